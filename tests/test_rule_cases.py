"""Per-rule cases from tests/rules/<rule-name>.yaml.

Each case is a small document. A marker ``{RL101:7}`` at the end of a line says that rule
RL101 must report that line for item 7 (``{RL301:-}``: no item); the markers are removed
before linting. A line holding only ``\\f`` becomes a page break. The file's ``head`` is put
before every case's document unless the case says ``head: false``. Only the file's rule
runs, under the case's ``profile`` (default "standard"), and its findings must equal the
markers exactly: a case without markers is a near miss that must stay silent. A case's
``message`` is the Danish message every finding must give, word for word, or a list of
them, one per finding in line order; ``fix`` the same for the findings' fixes.
"""

import re
from pathlib import Path

import pytest
import yaml
from referatlint import profiles
from referatlint.engine import check
from referatlint.parse import parse
from referatlint.read.source import from_text
from referatlint.registry import builtin_rules

CASES = Path(__file__).parent / "rules"
MARKER = re.compile(r"\s*\{(?P<code>[A-Z]+\d+):(?P<item>[^}]+)\}")
RULES = {rule.code: rule for rule in builtin_rules()}


def load_cases():
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text("utf-8"))
        for case in spec["cases"]:
            yield pytest.param(spec, case, id=f"{path.stem}: {case['name']}")


def prepare(text: str) -> tuple[str, list[tuple[str, int, str | None]]]:
    """Strip markers and turn ``\\f`` lines into page breaks; return text and expectations."""
    lines, expected, page_break = [], [], False
    for raw in text.split("\n"):
        if raw.strip() == "\\f":
            page_break = True
            continue
        markers = list(MARKER.finditer(raw))
        line = MARKER.sub("", raw)
        if page_break:
            line, page_break = "\f" + line, False
        lines.append(line)
        for marker in markers:
            item = None if marker["item"] == "-" else marker["item"]
            expected.append((marker["code"], len(lines), item))
    return "\n".join(lines), expected


@pytest.mark.parametrize(("spec", "case"), list(load_cases()))
def test_rule_case(spec, case):
    rule = RULES[spec["rule"]]
    head = spec.get("head", "") if case.get("head", True) else ""
    text, expected = prepare(head + case["document"])
    profile = profiles.builtin(case.get("profile", "standard"))
    document = parse(from_text(text, "case.txt"), profile.vocabulary)
    options = {rule.code: case["options"]} if "options" in case else {}
    findings = check(document, [rule], profile, options=options)
    actual = [(f.code, f.line, f.item) for f in findings]
    messages = "\n".join(f"{f.line}: {f.message.da}" for f in findings)
    assert sorted(actual) == sorted(expected), messages
    ordered = sorted(findings, key=lambda f: f.line)
    for field in ("message", "fix"):
        if field in case:
            wanted = case[field]
            if isinstance(wanted, str):
                wanted = [wanted] * len(findings)
            assert [getattr(f, field).da for f in ordered] == wanted, messages


# Rules about how bytes were read cannot be written as text cases; their bytes examples
# run in test_rule_docs.py, and tests/test_read.py (RL902) and tests/test_formats.py
# (printed page numbers of a PDF, its accessibility, a Word file without rendered page
# breaks, Word comments) cover them; tests/test_cli_leftovers.py covers a file named for
# another format (RL906).
READING_RULES = {
    *("RL902", "RL308", "RL801", "RL802", "RL803", "RL804", "RL904", "RL610", "RL906", "RL907"),
}


def test_every_rule_with_a_check_has_a_case_file():
    covered = {yaml.safe_load(p.read_text("utf-8"))["rule"] for p in CASES.glob("*.yaml")}
    runnable = {c for c, rule in RULES.items() if rule.check is not None} - READING_RULES
    assert runnable <= covered, sorted(runnable - covered)


def test_every_case_file_has_firing_and_silent_cases():
    for path in CASES.glob("*.yaml"):
        cases = yaml.safe_load(path.read_text("utf-8"))["cases"]
        marked = [bool(MARKER.search(case["document"])) for case in cases]
        assert any(marked) and not all(marked), path.name
