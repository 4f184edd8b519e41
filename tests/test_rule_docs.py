"""Registry meta-tests: every rule is declared completely, its examples run as documented,
and the generated documentation has not drifted from the declarations."""

import re

import pytest
from conftest import ROOT, standard_settings
from referatlint.docs import markdown_blocks, rule_markdown, rule_text
from referatlint.read import sniff
from referatlint.registry import builtin_rules
from referatlint.runner import lint_path

RULES = builtin_rules()
FAMILIES = {
    "1": "structure", "2": "numbering", "3": "table of contents", "4": "decisions",
    "5": "meeting", "6": "publishing", "7": "closed items", "8": "accessibility", "9": "reading",
}  # fmt: skip


def test_codes_and_names_are_unique_and_well_formed():
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"RL[1-9]\d{2}", rule.code), rule.code
        assert rule.code[2] in FAMILIES, rule.code
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", rule.name), rule.name
        assert rule.severity in ("error", "warning", "info")


def test_catalogue_is_in_code_order():
    codes = [rule.code for rule in RULES]
    assert codes == sorted(codes)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_documentation_is_complete_in_both_languages(rule):
    for text in (rule.title, rule.what, rule.why):
        assert text.da.strip() and text.en.strip()
        assert text.da != text.en
    bad, good = rule.examples()
    assert bad and good and bad != good
    for option in rule.options:
        assert option.help.da and option.help.en


def run_example(rule, example):
    """An example in a file named for its format (a PDF example as eksempel.pdf)."""
    settings = standard_settings(RULES)
    data = example if isinstance(example, bytes) else example.encode("utf-8")
    suffix = {"pdf": ".pdf", "docx": ".docx", "html": ".html"}.get(sniff(data), ".txt")
    return lint_path(f"eksempel{suffix}", settings, data=data).findings


# Findings the command line makes from the configuration, not from a document (the
# waiver tests in test_config.py produce them), and from the file's name (test_read.py).
NOT_FROM_CONTENT = {"RL905", "RL906"}
DOCUMENT_RULES = [rule for rule in RULES if rule.code not in NOT_FROM_CONTENT]


@pytest.mark.parametrize("rule", DOCUMENT_RULES, ids=lambda rule: rule.code)
def test_failing_example_produces_the_code(rule):
    assert rule.code in {finding.code for finding in run_example(rule, rule.examples()[0])}


@pytest.mark.parametrize("rule", DOCUMENT_RULES, ids=lambda rule: rule.code)
def test_corrected_example_is_clean(rule):
    findings = run_example(rule, rule.examples()[1])
    assert [(f.code, f.line, f.message.da) for f in findings if f.severity != "info"] == []
    assert rule.code not in {finding.code for finding in findings}


def test_docs_rules_md_is_generated_from_the_declarations(cli):
    generated = cli(["rules", "--format", "markdown"]).out
    committed = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert committed == generated, (
        "docs/rules.md is stale: referatlint rules --format markdown > docs/rules.md"
    )
    for rule in RULES:
        assert rule_markdown(rule) in committed


def test_a_rules_text_keeps_its_list_on_the_terminal_and_in_markdown():
    """Lines of »what« starting with »- « are list items: an indented line each on the
    terminal, a Markdown list set off from the sentence before it."""
    (rule,) = [rule for rule in RULES if rule.code == "RL701"]
    first = "Et lukket punkt må kun vise sin titel og sin beslutning, og titlen må ikke nævne en person."
    items = [
        "- Lukkede punkter er dem, der hedder »Lukket punkt«, »Lukket - …« eller »Personsag«, "
        "og punkterne i en gruppe »Lukket dagsorden«.",
        "- Beslutningen må have sine protokoltilførsler og mindretalsudtalelser med.",
    ]
    terminal = rule_text(rule).split("\n")
    start = terminal.index("Hvad reglen tjekker:")
    assert terminal[start + 1 : start + 4] == ["  " + line for line in (first, *items)]
    assert f"**Hvad reglen tjekker.** {first}\n\n{items[0]}\n{items[1]}\n- Meldes:" in (
        rule_markdown(rule)
    )
    english = "A closed item may show only its title and its decision, and its title must not name a person."
    assert f"  {english}\n  - Closed items are those called “Lukket punkt”" in rule_text(rule, "en")
    assert f"**What it checks.** {english}\n\n- Closed items are those called" in (
        rule_markdown(rule, "en")
    )


def test_markdown_sets_a_list_off_from_the_paragraphs_around_it():
    assert markdown_blocks("Punktet.\n- a\n- b\nSidst.") == "Punktet.\n\n- a\n- b\n\nSidst."


# A secretary reads the rule pages: no file-format internals or libraries (probe ZH N4,
# N15), and the Danish says »intet dokument«.
PROGRAMMERS_WORDS = {
    "RL802": ("MarkInfo", "/Marked", "strukturtræ"),
    "RL901": ("ingen dokument",),
    "RL904": ("w:lastRenderedPageBreak", "python-docx"),
    "RL906": ("bytes", "»PK«", "zip", "sagssystem", "hedder"),
}


@pytest.mark.parametrize("code", sorted(PROGRAMMERS_WORDS))
def test_rule_pages_speak_the_secretarys_language(cli, code):
    for language in ("da", "en"):
        page = cli(["rule", code, "--lang", language]).out
        found = [word for word in PROGRAMMERS_WORDS[code] if word in page]
        assert not found, (code, language, found)


def rule_of(code):
    (rule,) = [rule for rule in RULES if rule.code == code]
    return rule


def test_an_example_marks_the_changed_line_and_the_correction_shows_only_it(cli):
    """A reader finds the one changed line of a 20-line example document (probe ZE P21, ZH
    N15): the failing example whole with the line marked in the margin, the corrected one
    as only the changed line and the lines around it; the same on the terminal and in
    Markdown."""
    page = cli(["rule", "RL106"]).out.rstrip("\n").split("\n")
    start = page.index("Eksempel med fejl (→ markerer de linjer, der ændres):")
    assert page[start + 11 : start + 15] == [
        "  | Socialudvalget, Kommunalbestyrelsen",
        "  | ",
        "→ | Beslutnings sag",
        "  | ",
    ]
    start = page.index(
        "Rettet eksempel (kun det ændrede, markeret med →, og linjerne omkring det):"
    )
    assert page[start + 1 :] == [
        "  | […]",
        "  | Socialudvalget, Kommunalbestyrelsen",
        "  | ",
        "→ | Beslutningssag",
        "  | ",
        "  | Indstilling",
        "  | […]",
    ]
    markdown = rule_markdown(rule_of("RL106"))
    assert (
        "  Socialudvalget, Kommunalbestyrelsen\n\n→ Beslutnings sag\n\n  Indstilling\n" in markdown
    )
    assert markdown.endswith(
        "**Rettet eksempel (kun det ændrede, markeret med →, og linjerne omkring det):**\n\n"
        "```text\n  […]\n  Socialudvalget, Kommunalbestyrelsen\n\n→ Beslutningssag\n\n"
        "  Indstilling\n  […]\n```\n"
    )
    english = rule_text(rule_of("RL106"), "en").split("\n")
    assert "Failing example (→ marks the lines that change):" in english
    assert "Corrected example (only what changed, marked with →, and the lines around it):" in (
        english
    )


def test_a_correction_that_deletes_shows_the_lines_around_the_deleted_one():
    page = rule_text(rule_of("RL102")).split("\n")
    assert "→ | Alternativ indstilling" in page
    start = page.index("Rettet eksempel (kun linjerne omkring det, der er slettet):")
    assert page[start + 1 :] == [
        "  | […]",
        "  | Der er ingen miljø- og klimamæssige konsekvenser.",
        "  | ",
        "  | Beslutning",
        "  | […]",
    ]


def test_a_short_corrected_example_is_shown_whole_with_its_mark():
    page = rule_text(rule_of("RL903")).split("\n")
    start = page.index("Rettet eksempel (→ markerer det ændrede):")
    assert page[start + 1 :] == [
        "  | REFERAT Socialudvalget d. 01-11-2021",
        "  | ",
        "→ | Punkt 1: Godkendelse af dagsorden",
    ]


def test_rl107s_page_puts_the_settings_last_and_does_not_call_its_example_corrected():
    """RL107's finding asks for other settings, not a corrected document (probe ZH N15): the
    good example is a document that fits the profile; the page opens with one plain
    sentence and names the configuration keys only in its last item."""
    rule = rule_of("RL107")
    for language, first, settings, heading in (
        ("da", "Har intet almindeligt punkt nogen af de afsnit, profilen kræver, følger "
         "dokumentet nok en anden skabelon: så kommer denne ene bemærkning i stedet for en "
         "advarsel fra RL101 på hvert punkt.",
         "- Indstillingerne står i .referatlint.yaml:",
         "Dokument, der passer til profilen (kun det ændrede, markeret med →, og linjerne "
         "omkring det):"),
        ("en", "When no ordinary item has any of the sections the profile requires, the "
         "document probably follows another template: this single note is then given instead "
         "of a warning from RL101 on every item.",
         "- The settings are in .referatlint.yaml:",
         "Document that fits the profile (only what changed, marked with →, and the lines "
         "around it):"),
    ):  # fmt: skip
        lines = rule.what.get(language).split("\n")
        assert lines[0] == first
        assert lines[-1].startswith(settings)
        keys = ("required_sections", "decision_required", "sections«", "sections”", ".yaml")
        assert [line for line in lines[:-1] if any(key in line for key in keys)] == []
        page = rule_text(rule, language)
        assert f"\n{heading}\n" in page
        assert "Rettet eksempel" not in page and "Corrected example" not in page
