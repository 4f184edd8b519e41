"""Spaces, tabs and no-break spaces at a line's end, as Word and PDF exports leave them, do
not change what a line is: a row of the table of contents, a signature and a paragraph's
wrapped last line are read as without them, with the same findings on the same lines."""

import json

import pytest
from conftest import FIXTURES
from referatlint.parse import parse
from referatlint.read.source import from_text

WHITESPACE = FIXTURES / "whitespace"
ENDINGS = [" ", "  ", "\t", "\t\t", " \t ", "\u00a0"]


def findings(cli, path) -> list[tuple[str, str | None, int]]:
    """(code, item, line) of every finding."""
    run = cli([path, "--no-cache", "--output-format", "json"])
    (result,) = json.loads(run.out)["files"]
    return [(f["code"], f["item"], f["line"]) for f in result["findings"]]


def with_endings(name: str, lines: list[int], ending: str) -> str:
    """The fixture's text with ``ending`` after each of ``lines`` (1-based)."""
    rows = (WHITESPACE / name).read_text("utf-8").split("\n")
    for line in lines:
        rows[line - 1] += ending
    return "\n".join(rows)


def lint(cli, tmp_path, name: str, lines: list[int], ending: str):
    path = tmp_path / name
    path.write_text(with_endings(name, lines, ending), "utf-8")
    return findings(cli, path)


def test_the_fixtures_findings_without_trailing_whitespace(cli):
    assert findings(cli, WHITESPACE / "indhold_uden_sidetal.txt") == [("RL306", "2", 15)]
    assert findings(cli, WHITESPACE / "underskrifter.txt") == [("RL503", None, 39)]
    assert findings(cli, WHITESPACE / "delt_saetning_ombrudt.txt") == [("RL608", "2", 25)]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("rows", [[15], [14, 15]], ids=["last row", "every row"])
def test_a_contents_row_without_a_page_ending_in_a_tab_is_still_a_row(cli, tmp_path, ending, rows):
    """ "Punkt 2. Salg af grund<TAB>" (the empty page cell of Word's contents) is the row of
    item 2, not a group's heading nor the heading of an item 2 of its own."""
    name = "indhold_uden_sidetal.txt"
    assert lint(cli, tmp_path, name, rows, ending) == [("RL306", "2", 15)]
    document = parse(from_text(with_endings(name, rows, ending), name))
    assert [(e.number, e.title, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 14),
        ("2", "Salg af grund", 15),
    ]
    assert [(i.number, i.line) for i in document.items] == [("1", 18), ("2", 24)]


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_signature_ending_in_spaces_is_still_signed(cli, tmp_path, ending):
    """ "Torben Hansen (A), borgmester  " signs as Torben Hansen; only Lars Fløe has not."""
    assert lint(cli, tmp_path, "underskrifter.txt", [41], ending) == [("RL503", None, 39)]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("rows", [[25], [23, 24, 25]], ids=["short line", "every line"])
def test_a_sentence_split_after_a_wrapped_line_ending_in_spaces_is_found(
    cli, tmp_path, ending, rows
):
    """ "arbejdes videre med og  " / blank / "sidenhen implementeres.": the same RL608."""
    assert lint(cli, tmp_path, "delt_saetning_ombrudt.txt", rows, ending) == [("RL608", "2", 25)]
