"""RL308 printed-page-mismatch: the page number printed in a PDF's header or footer
("Side 3 af 18") is not the page's place in the file.

The PDF reader takes running headers and footers out of the text and keeps the numbers
they print (``pdf.printed_pages`` in the document's metadata). Findings use physical
pages, counted from the file's first page; where the document counts differently (a
cover page left out of the count), readers and referatlint mean different pages by the
same number, so referatlint says so once for each run of pages. RL304 holds a table of
contents that follows such printed numbers against them (printed_offset).
"""

from functools import partial

from referatlint.rule import Rule
from referatlint.rules.common import example, item, metadata
from referatlint.rules.samples import sample_pdf
from referatlint.text import Msg

ONE = Msg(
    "Side {first} i filen har sidetallet »{printed_first}« i sidehovedet eller sidefoden. "
    "Sidetal i referatlints fund er filens sider (side 1 er filens første side).",
    "Page {first} of the file has the page number “{printed_first}” in its header or footer. "
    "Page numbers in referatlint's findings are the file's pages (page 1 is its first page).",
)
RUN = Msg(
    "Side {first}–{last} i filen har sidetallene »{printed_first}«–»{printed_last}« i "
    "sidehovedet eller sidefoden. Sidetal i referatlints fund er filens sider (side 1 er "
    "filens første side).",
    "Pages {first}–{last} of the file have the page numbers “{printed_first}”–“{printed_last}” "
    "in their header or footer. Page numbers in referatlint's findings are the file's pages "
    "(page 1 is its first page).",
)
FIX = Msg(
    "Intet at rette, hvis det er med vilje (fx en forside uden sidetal). Ellers lad "
    "sidetallene følge filens sider, også forsiden.",
    "Nothing to fix if it is on purpose (a cover page without a number, say). Otherwise let "
    "the page numbers follow the file's pages, the cover page too.",
)


def printed_pages(document, context) -> list[int | None] | None:
    value = metadata(document, context).get("pdf.printed_pages")
    if value is None:
        return None
    return [int(token) if token.isdigit() else None for token in value.split()]


def printed_offset(document, context) -> int:
    """What to add to a page's place in the file to get the number printed on it, when
    every page that prints a number is off by the same amount (-1 for a cover left out
    of the count); else 0."""
    printed = printed_pages(document, context) or ()
    offsets = {label - page for page, label in enumerate(printed, 1) if label is not None}
    return offsets.pop() if len(offsets) == 1 else 0


def mismatched_runs(printed: list[int | None]) -> list[tuple[int, int, int]]:
    """(first page, last page, offset) for runs of pages printing a number that is not
    their own, where the difference stays the same."""
    runs: list[list[int]] = []
    for page, label in enumerate(printed, 1):
        if label is None or label == page:
            continue
        offset = label - page
        if runs and runs[-1][1] == page - 1 and runs[-1][2] == offset:
            runs[-1][1] = page
        else:
            runs.append([page, page, offset])
    return [(first, last, offset) for first, last, offset in runs]


def check_printed_pages(document, context):
    printed = printed_pages(document, context)
    if not printed:
        return
    for first, last, offset in mismatched_runs(printed):
        line = next((line.line for line in document.lines if line.page == first), 1)
        message = ONE if first == last else RUN
        yield context.report(
            message.format(
                first=first,
                last=last,
                printed_first=first + offset,
                printed_last=last + offset,
            ),
            line,
            item=None,
            fix=FIX,
        )


TEXT = example(item(1, "Godkendelse af dagsorden"))

RULES = (
    Rule(
        code="RL308",
        name="printed-page-mismatch",
        severity="info",
        title=Msg(
            "Trykt sidetal passer ikke med siden i filen",
            "Printed page number differs from the page in the file",
        ),
        what=Msg(
            "Sidetallet i en PDF-sides sidehoved eller sidefod (»Side 3 af 18«) er ikke "
            "sidens plads i filen, fx fordi forsiden ikke tælles med. Én besked for hver "
            "række af sider med samme forskel.",
            "The page number in a PDF page's header or footer (“Side 3 af 18”) is not the "
            "page's place in the file, for example because the cover page is not counted. "
            "One message for each run of pages with the same difference.",
        ),
        why=Msg(
            "Fund nævner filens sider; når dokumentet selv tæller anderledes, taler man let "
            "forbi hinanden om »side 7«. Indholdsfortegnelsen holdes op mod de trykte "
            "sidetal, hvis den følger dem (RL304).",
            "Findings name the file's pages; when the document counts differently, people "
            "easily mean different pages by “page 7”. The table of contents is held against "
            "the printed numbers if it follows them (RL304).",
        ),
        bad=partial(sample_pdf, ["Forside", TEXT + "\n\nSide 1 af 1"]),
        good=partial(sample_pdf, ["Forside\n\nSide 1 af 2", TEXT + "\n\nSide 2 af 2"]),
        check=check_printed_pages,
    ),
)
