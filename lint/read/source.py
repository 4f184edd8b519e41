"""Read stage output: a document's text as lines, with the page each line stands on; and
what the format readers share in making those lines (blocks, links, list numbers).

The lines hold what a reader sees (``as_seen``, applied to every reader's Source): no-break
and typographic spaces are plain spaces, soft hyphens and zero-width characters are gone,
a no-break hyphen is "-", a PDF's ligatures are their letters and a bullet in Word's
Symbol font is "•". A space, hyphen or bullet keeps the column of what follows it; on a
line that lost an invisible character or had a ligature spelled out, a finding's column
after that point is off by as many characters as the line shrank or grew.
"""

import re

from referatlint.records import record
from referatlint.text import Msg

# The heading a reader writes above a table of contents it recognises from links alone
# (Word's TOC field, a list of in-page links), so the parser finds it as in any text.
TOC_HEADING_TEXT = "Indholdsfortegnelse"


def is_toc_heading(text: str) -> bool:
    """Whether a line is a heading the parser takes for a table of contents."""
    from referatlint.parse.layouts import TOC_HEADING  # on use: reading needs no parser

    return bool(TOC_HEADING.match(text.strip()))


def furniture_pages(text: str, pages: int) -> int:
    """On how many of a document's ``pages`` the same text must stand at the top (or the
    foot) of the page to be page furniture, a running title: two thirds of them, half
    where it holds a number (the meeting's date), two at least. A heading or a line such
    as "Godkendt." may open two pages of many by chance."""
    if any(map(str.isdigit, text)):
        return max(2, -(-pages // 2))
    return max(2, -(-2 * pages // 3))


def titles_own_pages(text: str, pages: set[int], numberings: list[frozenset[int]]) -> bool:
    """Whether a text at the top (or the foot) of ``pages`` is the running title of the
    pages one page numbering numbers as the document's own ("Side 12 af 19" on page 12):
    a "samlet dokument" may print its title on its own pages only, the attachments between
    them printing their own furniture or just a portal's stamp. The text stands on no
    other page and on most of those (furniture_pages), of three at least."""
    return any(
        len(own) > 2 and pages <= own and len(pages) >= furniture_pages(text, len(own))
        for own in numberings
    )


@record
class Source:
    """Text of one document as read, before any interpretation.

    ``lines`` hold the text without line breaks or form feeds; line N of the document is
    ``lines[N - 1]``. ``line_pages`` gives the physical page of every line when the format
    knows pages (form feeds in text, PDF pages, rendered Word page breaks), else None.
    ``anchors`` are the link targets the document defines, as (name, line), in formats
    that have them (HTML ids, Word bookmarks); None where the format has none.
    ``comments`` are a Word file's comments as (line, author, text, resolved), and
    ``placeholders`` its content controls still showing their placeholder, as (line, text).
    """

    path: str
    format: str
    lines: tuple[str, ...]
    line_pages: tuple[int, ...] | None = None
    pages: int | None = None
    notices: tuple[Msg, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    anchors: tuple[tuple[str, int], ...] | None = None
    comments: tuple[tuple[int, str, str, bool], ...] = ()
    placeholders: tuple[tuple[int, str], ...] = ()

    def page_of(self, line: int) -> int | None:
        """Page of a 1-based line number, or None when pages are unknown."""
        return page_at(self.line_pages, line)


# Characters exports leave in text that a reader does not see as written: spaces that only
# forbid a line break (Word's Ctrl+Shift+Space, dates "4.\u00a0november") and typographic
# spaces, soft hyphens and zero-width characters (a word joiner, a byte-order mark left
# mid-text), hyphens other than "-" (Word's Ctrl+Shift+- in "Miljø- og"), a PDF's ligatures,
# and Word's bullets in the Symbol and Wingdings fonts, which a text export writes as
# characters of those fonts' private area.
SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u202f"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}  # fmt: skip
HYPHENS = "\u2010\u2011"
FONT_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪"}
SEEN_AS = (dict.fromkeys(SPACES, " ") | dict.fromkeys(INVISIBLE, "") | dict.fromkeys(HYPHENS, "-")
           | LIGATURES | FONT_BULLETS)  # fmt: skip
# UTF-8 read as Windows-1252 makes a no-break space "Â\u00a0", "à" "Ã\u00a0" and "í"
# "Ã\u00ad": those stay, so that RL603 still reports the damage.
MOJIBAKE_TRIGGERS = ("Ã", "Â", "â€")
# A decomposed (NFD) text shows itself by the marks of å, é, ü, à or Ã: looking for these
# five costs a third of unicodedata.is_normalized on a text that has none.
COMBINING_MARKS = ("\u030a", "\u0301", "\u0308", "\u0300", "\u0303")
OUTSIDE_MOJIBAKE = "(?<![ÃÂ])(?<!â€)"


def as_seen(source: Source) -> Source:
    """The Source with its lines (and the placeholders quoted from them) as a reader sees
    them. A text without any of these characters costs one quick scan for each; the ones
    found are replaced by str.replace, not str.translate, which looks every character of a
    non-ASCII text up in its table and takes forty times as long. A text saved on a Mac
    may write "å" as "a" and a combining ring (NFD): it is read composed (NFC), as it is
    seen, or "Byrådet" and "Udgår" would be words unknown."""
    text = "\n".join(source.lines)
    if any(mark in text for mark in COMBINING_MARKS):
        source = composed(source)
        text = "\n".join(source.lines)
    found = [char for char in SEEN_AS if char in text]
    if not found:
        return source
    damaged = any(trigger in text for trigger in MOJIBAKE_TRIGGERS)
    lines, quotes = list(source.lines), [quote for _, quote in source.placeholders]
    for char in found:
        lines, quotes = replaced(lines, char, damaged), replaced(quotes, char, damaged)
    numbers = [line for line, _ in source.placeholders]
    return source._replace(
        lines=tuple(lines), placeholders=tuple(zip(numbers, quotes, strict=True))
    )


def composed(source: Source) -> Source:
    """The Source with its lines and placeholders in NFC: line by line, so that no line
    joins another and the line numbers stay."""
    import unicodedata  # on use: a composed text, nearly every one, needs none

    return source._replace(
        lines=tuple(unicodedata.normalize("NFC", line) for line in source.lines),
        placeholders=tuple(
            (line, unicodedata.normalize("NFC", quote)) for line, quote in source.placeholders
        ),
    )


def replaced(texts: list[str], char: str, damaged: bool) -> list[str]:
    """The texts with the character as seen; in a text with encoding damage, a no-break
    space or soft hyphen that is part of the damage stays."""
    seen = SEEN_AS[char]
    if damaged and char in "\u00a0\u00ad":
        outside_damage = re.compile(OUTSIDE_MOJIBAKE + char)
        return [outside_damage.sub(seen, text) for text in texts]
    return [text.replace(char, seen) for text in texts]


def page_at(line_pages: tuple[int, ...] | None, line: int) -> int | None:
    """The page of a 1-based line number in a line -> page map, or None when unknown."""
    if line_pages is None or not 1 <= line <= len(line_pages):
        return None
    return line_pages[line - 1]


def from_text(text: str, path: str, notices: tuple[Msg, ...] = ()) -> Source:
    """Split normalised text into lines; every form feed starts a new page.

    A form feed at the very end (as ``pdftotext`` writes after the last page) does not open
    an empty extra page.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    if "\f" not in text:
        return Source(path, "text", tuple(raw_lines), None, None, notices)

    lines: list[str] = []
    pages: list[int] = []
    page = 1
    last_page_with_text = 1
    for raw in raw_lines:
        if "\f" not in raw:
            lines.append(raw)
            pages.append(page)
            if raw.strip():
                last_page_with_text = page
            continue
        # The line belongs to the page in force at its first visible character.
        head = raw.lstrip("\f")
        page += len(raw) - len(head)
        line_page = page
        page += head.count("\f")
        clean = head.replace("\f", "")
        lines.append(clean)
        pages.append(line_page)
        if clean.strip():
            last_page_with_text = line_page
    return Source(path, "text", tuple(lines), tuple(pages), last_page_with_text, notices)


def anchor_lines(
    anchors: list[tuple[str, int]], first_line: dict[int, int], blocks: int, lines: int
) -> list[tuple[str, int]]:
    """(name, line) of each anchor, given as (name, block index): the first line of its
    block, or of the next block that has text (an anchor on an empty paragraph marks what
    follows it), else the last line."""
    found = []
    for name, index in anchors:
        line = next((first_line[i] for i in range(index, blocks) if i in first_line), lines)
        found.append((name, max(1, min(line, lines))))
    return found


def join_cells(cells: list) -> list:
    """The (text, href) segments of a table row's cells as one line, a tab between cells."""
    segments: list = []
    for position, cell in enumerate(cells):
        if position:
            segments.append(("\t", None))
        segments.extend(cell)
    return segments


ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"))
ROMAN += ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def formatted(value: int, fmt: str) -> str:
    """A list number as shown in a numbering format: Word's (``lowerLetter``,
    ``upperRoman``, ``decimalZero`` ...) or CSS's ``lower-alpha`` and ``upper-alpha``.
    After z Word repeats the letter (aa, bb), a browser counts on (aa, ab)."""
    number = max(value, 1)
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lower-alpha", "upper-alpha"):
        letters = ""
        while number:
            number, letter = divmod(number - 1, 26)
            letters = chr(ord("a") + letter) + letters
        return letters.upper() if fmt == "upper-alpha" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for amount, digits in ROMAN:
            while number >= amount:
                out, number = out + digits, number - amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


@record
class Block:
    """A paragraph, list entry, table row, table-of-contents entry or empty paragraph, as
    the DOCX and HTML readers gather them before they become lines."""

    kind: str  # para, list, row, toc, empty
    lines: list  # in the reader's own form: (text, page) in DOCX, link segments in HTML
    group: int = 0  # rows of one table share a group


def tight(previous: Block, block: Block) -> bool:
    """Whether no blank line separates two blocks: rows of one table, entries of one list
    or of the table of contents."""
    if previous.kind != block.kind:
        return False
    if block.kind == "row":
        return previous.group == block.group
    return block.kind in ("list", "toc")


def render_links(segments) -> str:
    """(text, href) segments as one line, a link as "[text](href)". White space at a
    link's ends stays outside the brackets; a tab ends the link, as in a table of
    contents: "[Titel](#_Toc1)\t3"."""
    out = []
    for text, href in segments:
        if href is None:
            out.append(text)
            continue
        core = text.strip()
        trail = text[len(text.rstrip()) :]
        lead = text[: len(text) - len(core) - len(trail)]
        title, tab, after = core.partition("\t")
        out.append(f"{lead}[{title.rstrip()}]({href}){tab}{after.lstrip()}{trail}")
    return "".join(out)
