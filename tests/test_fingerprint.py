"""Fingerprints identify a finding across versions of a document: they survive edits
elsewhere, change when the offending line or its item changes, and tell identical
findings apart."""

import re
from pathlib import Path

from conftest import DRAFT, standard_settings
from referatlint.fingerprint import base, fingerprints, normalise
from referatlint.runner import lint_path


def lint_text(tmp_path: Path, text: str, name: str = "udkast.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return lint_path(str(path.relative_to(tmp_path)), standard_settings())


def by_code(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding, print_ in zip(result.findings, fingerprints(result.findings), strict=True):
        found.setdefault(finding.code, []).append(print_)
    return found


def test_normalise_collapses_whitespace_and_folds_case():
    assert normalise("  Beslutning\tikke   FRIGIVET \n") == "beslutning ikke frigivet"
    assert normalise("STRASSE") == normalise("straße")


def test_fingerprints_survive_lines_added_above(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = DRAFT.read_text("utf-8")
    before = lint_text(tmp_path, text)
    # Three blank lines after the first line move every finding down three lines.
    first, rest = text.split("\n", 1)
    after = lint_text(tmp_path, first + "\n\n\n\n" + rest)
    assert [f.line + 3 for f in before.findings] == [f.line for f in after.findings]
    assert fingerprints(before.findings) == fingerprints(after.findings)
    assert len(set(fingerprints(before.findings))) == len(before.findings) == 10


def test_fingerprint_changes_with_the_offending_line_but_not_its_spacing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = DRAFT.read_text("utf-8")
    original = by_code(lint_text(tmp_path, text))
    respaced = by_code(lint_text(tmp_path, text.replace("TODO: indsæt", "TODO:   Indsæt")))
    reworded = by_code(lint_text(tmp_path, text.replace("TODO: indsæt", "TODO: find")))
    assert respaced["RL604"] == original["RL604"]
    assert reworded["RL604"] != original["RL604"]
    # Findings elsewhere keep theirs.
    assert reworded["RL402"] == original["RL402"]


def test_identical_findings_get_occurrence_indexes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # The placeholder paragraph of item 43 twice: same key, different fingerprints.
    paragraph = next(line for line in DRAFT.read_text("utf-8").split("\n") if "TODO" in line)
    text = DRAFT.read_text("utf-8").replace(paragraph, paragraph + "\n\n" + paragraph)
    result = lint_text(tmp_path, text)
    todo = [f for f in result.findings if f.code == "RL604"]
    prints = dict(zip(result.findings, fingerprints(result.findings), strict=True))
    assert len(todo) == 2 and todo[0].context == todo[1].context
    assert prints[todo[0]] == base(todo[0]) + ":0"
    assert prints[todo[1]] == base(todo[1]) + ":1"
    # With the path folded in (GitLab), they stay apart too.
    located = dict(zip(result.findings, fingerprints(result.findings, path=True), strict=True))
    assert located[todo[0]] != located[todo[1]]


def test_path_is_folded_in_only_when_asked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = DRAFT.read_text("utf-8")
    one = lint_text(tmp_path, text, "a.txt")
    two = lint_text(tmp_path, text, "b.txt")
    assert fingerprints(one.findings) == fingerprints(two.findings)
    assert all(re.fullmatch(r"[0-9a-f]{32}:0", mark) for mark in fingerprints(one.findings))
    located = fingerprints(one.findings, path=True)
    assert set(located).isdisjoint(fingerprints(two.findings, path=True))
    assert all(re.fullmatch(r"[0-9a-f]{32}", mark) for mark in located)
    # ./a.txt and a.txt are the same file.
    dotted = [f._replace(path="./a.txt") for f in one.findings]
    assert fingerprints(dotted, path=True) == located


def test_every_spelling_of_a_path_gives_the_same_fingerprints(tmp_path, monkeypatch):
    """GitLab shows report_path(path); the fingerprint folds in that same path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    result = lint_text(tmp_path, DRAFT.read_text("utf-8"), "draft.txt")
    spellings = ["draft.txt", f"{tmp_path}/draft.txt", "./sub/../draft.txt"]
    prints = [
        fingerprints([f._replace(path=path) for f in result.findings], path=True)
        for path in spellings
    ]
    assert len(prints[0]) == 10
    assert prints[1] == prints[0] and prints[2] == prints[0]
    # Seen from a subfolder, ../draft.txt is still the same file.
    monkeypatch.chdir(tmp_path / "sub")
    above = [f._replace(path="../draft.txt") for f in result.findings]
    assert fingerprints(above, path=True) == fingerprints(
        [f._replace(path=f"{tmp_path}/draft.txt") for f in result.findings], path=True
    )


def test_findings_of_one_rule_on_one_line_are_told_apart_by_their_subject(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # Item 43 lacks only the climate section; without »Økonomiske konsekvenser« it lacks
    # two, both reported at its heading (line 82).
    text = DRAFT.read_text("utf-8")
    economy = "Økonomiske konsekvenser\n\nDer er ingen økonomiske konsekvenser.\n\n"
    assert text.count(economy) == 1
    one = lint_text(tmp_path, text)
    two = lint_text(tmp_path, text.replace(economy, ""))
    missing = [f for f in two.findings if f.code == "RL101"]
    assert [(f.line, f.subject) for f in missing] == [
        (82, "Miljø- og klimamæssige konsekvenser"), (82, "Økonomiske konsekvenser")
    ]  # fmt: skip
    climate = next(f for f in one.findings if f.code == "RL101")
    # The climate finding keeps its fingerprint whatever else the item lacks.
    assert fingerprints([climate]) == fingerprints(missing[:1])
    assert fingerprints(missing[1:]) != fingerprints(missing[:1])
    # Without subjects (baseline version 2) they were "the first and second RL101 here":
    # the economy finding alone got the climate finding's fingerprint.
    assert fingerprints([climate], subject=False) == fingerprints(missing[1:], subject=False)
