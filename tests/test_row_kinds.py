"""An item's content is read only at the rows whose text may open a section (a row kind,
worked out once per text by content.may_open): that quick test must let through every
row that the full test (opens_section) takes, or a heading is silently read as text.
Checked on every row of every layout fixture and seed, in the contexts that make the full
test most willing: standing apart, and under a decision (stacked decision headings)."""

import pytest
from conftest import FIXTURES, SEEDS
from referatlint.parse import parse
from referatlint.parse.content import may_open, new_section, numbered_lists, opens_section
from referatlint.parse.document import KEPT_LENGTH, line_kinds, running_text
from referatlint.parse.model import Line
from referatlint.parse.vocabulary import DEFAULT
from referatlint.read import read

DOCUMENTS = sorted(
    path
    for folder in (FIXTURES / "layouts", SEEDS)
    for path in folder.iterdir()
    if path.suffix in (".txt", ".md", ".html")
)


def rows_of(path) -> list[Line]:
    return [Line(text, number, None) for number, text in enumerate(read(str(path)).lines, 1)]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_every_row_a_section_may_open_on_is_marked(path):
    rows = rows_of(path)
    # Under a decision section the stacked decision headings are tried too.
    contexts = ([], [new_section("Beslutning", "Beslutning", rows[0])]) if rows else ()
    missed = []
    for index, row in enumerate(rows):
        text = row.text.strip()
        if not text or may_open(text, DEFAULT):
            continue
        for sections in contexts:
            opened = opens_section(
                text, row, sections, DEFAULT.heading, DEFAULT, len(text) <= 60, rows,
                index, len(rows), True,
            )  # fmt: skip
            if opened is not None:
                missed.append(text)
    assert missed == []


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_every_long_row_read_as_running_text_is_of_no_kind(path):
    """row_kinds() gives a long row that running_text() passes no kinds without asking
    line_kinds(): that must be the answer line_kinds() would give."""
    texts = {text for text in read(str(path)).lines if len(text) > KEPT_LENGTH}
    assert [text for text in texts if running_text(text) and line_kinds(text, DEFAULT)] == []


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_every_section_with_a_numbered_list_has_it(path):
    """A section's lists are looked for only where a row of it may hold a list's entry
    (content.may_list): the section must have every list that its text holds."""
    items = parse(read(str(path)), DEFAULT).items
    sections = [section for item in items for section in item.sections]
    assert [section.lists for section in sections] == [
        numbered_lists(section.body) for section in sections
    ]
