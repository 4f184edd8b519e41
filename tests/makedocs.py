"""Build PDF, DOCX and HTML versions of a document in the linter's text shape, so that
tests know the truth: every format is made from the same text, laid out on pages whose
numbers the generator knows.

The text shape is the seeds' (one paragraph per line, blank lines between paragraphs,
tab-separated table rows, "[text](href)" links, leading spaces for indented lines).
Only the standard library and the linter itself are used: the PDF is written object by
object (Helvetica, WinAnsiEncoding, optional tags, links, RC4 encryption), the DOCX part
by part with zipfile, the HTML as plain markup.

    python tests/makedocs.py OUTDIR FILE.txt...   # writes FILE.pdf, FILE.docx, FILE.html
"""

import hashlib
import html
import io
import re
import sys
import zipfile
import zlib
from pathlib import Path
from typing import NamedTuple

from referatlint.parse import parse
from referatlint.parse.layouts import CASE_NUMBER
from referatlint.parse.vocabulary import DEFAULT
from referatlint.read.source import from_text
from referatlint.rules.samples import pdf_string
from referatlint.rules.toc import compute_alignment

# Advance widths (1/1000 em) of the WinAnsiEncoding characters 32..255 in the Adobe
# core-14 metrics (Helvetica.afm, Helvetica-Bold.afm).
WIDTHS = {
    "Helvetica": (
        "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 "
        "556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 "
        "500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 "
        "556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 "
        "278 556 500 722 500 500 500 334 260 334 584 350 556 350 222 556 333 1000 556 556 333 "
        "1000 667 333 1000 350 611 350 350 222 222 333 333 350 556 1000 333 1000 500 333 944 "
        "350 500 667 278 333 556 556 556 556 260 556 333 737 370 556 584 333 737 333 400 584 "
        "333 333 333 556 537 278 333 333 365 556 834 834 834 611 667 667 667 667 667 667 1000 "
        "722 667 667 667 667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 "
        "722 667 667 611 556 556 556 556 556 556 889 500 556 556 556 556 278 278 278 278 556 "
        "556 556 556 556 556 556 584 611 556 556 556 556 500 556 500"
    ),
    "Helvetica-Bold": (
        "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 "
        "556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 "
        "556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 "
        "556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 "
        "333 611 556 778 556 556 500 389 280 389 584 350 556 350 278 556 500 1000 556 556 333 "
        "1000 667 333 1000 350 611 350 350 278 278 500 500 350 556 1000 333 1000 556 333 944 "
        "350 500 667 278 333 556 556 556 556 280 556 333 737 370 556 584 333 737 333 400 584 "
        "333 333 333 611 556 278 333 333 365 556 834 834 834 611 722 722 722 722 722 722 1000 "
        "722 667 667 667 667 278 278 278 278 722 722 778 778 778 778 778 584 778 722 722 722 "
        "722 667 667 611 556 556 556 556 556 556 889 556 556 556 556 556 278 278 278 278 611 "
        "611 611 611 611 611 611 584 611 611 611 611 611 556 611 556"
    ),
}
ADVANCE = {font: [int(w) for w in widths.split()] for font, widths in WIDTHS.items()}
FONTS = {"Helvetica": "F1", "Helvetica-Bold": "F2"}

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89
LEFT, RIGHT = 56.7, 595.28 - 56.7
TOP, BOTTOM = 772.0, 72.0  # first and lowest body baseline
HEADER_Y, FOOTER_Y = 806.0, 40.0
STAMP_Y = 824.0
SIZE, PITCH = 10.0, 13.0
INDENT = 18.0
CELL_GAP = 16.0
MIN_TABLE_SIZE = 4.0
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<href>[^)\s]*)\)")
LEADER = re.compile(r"\.{3,}$")


def width(text: str, font: str = "Helvetica", size: float = SIZE) -> float:
    units = ADVANCE[font]
    return (
        sum(units[byte - 32] if byte >= 32 else 0 for byte in text.encode("cp1252")) * size / 1000
    )


# --------------------------------------------------------------------------- the truth


class Truth(NamedTuple):
    """What the text says: item heading lines, where the table of contents is."""

    items: dict[int, str | None]  # heading line -> item number
    item_titles: dict[int, str]
    toc_lines: dict[int, int]  # TOC entry line -> heading line of its item
    toc_range: tuple[int, int]  # first and last line of the contents (heading included)
    section_lines: set[int]
    body: str | None
    date: str | None


def truth(text: str) -> Truth:
    document = parse(from_text(text, "seed.txt"))
    items = {item.line: item.number for item in document.items}
    titles = {item.line: item.title for item in document.items}
    # which item each TOC row stands for, as the linter pairs them (a row whose title
    # differs from its item's still points to it)
    pairs = compute_alignment(document.toc, document.items).pairs
    toc_lines = {entry.line: item.line for entry, item in pairs}
    lines = text.split("\n")
    first = min(document.toc, key=lambda e: e.line).line if document.toc else 0
    heading = first - 1
    while heading > 0 and not lines[heading - 1].strip():
        heading -= 1
    last = max((e.line for e in document.toc), default=0)
    sections = {
        number
        for number, line in enumerate(lines, 1)
        if line.strip() and DEFAULT.heading(line.strip()) and number not in items
    }
    meeting = document.meeting
    return Truth(items, titles, toc_lines, (heading, last), sections, meeting.body, meeting.date)


# --------------------------------------------------------------------------- layout


class Piece(NamedTuple):
    x: float
    text: str
    font: str
    size: float
    href: str | None = None


class Row(NamedTuple):
    line: int  # line of the text this row shows
    pieces: tuple[Piece, ...]
    continued: bool = False  # a wrapped paragraph's second or later row
    toc_item: int | None = None  # heading line of the item a TOC row points to


class Unit(NamedTuple):
    """Rows that must stay on one page, the blank lines before them, a forced break."""

    rows: list[Row]
    blanks: int
    new_page: bool


class Page(NamedTuple):
    rows: list[tuple[float, Row]]  # baseline, row


def spans(text: str) -> list[tuple[str, str | None]]:
    """Text split into (text, href) spans at markdown links."""
    out: list[tuple[str, str | None]] = []
    position = 0
    for match in LINK.finditer(text):
        if match.start() > position:
            out.append((text[position : match.start()], None))
        out.append((match["text"], match["href"]))
        position = match.end()
    if position < len(text):
        out.append((text[position:], None))
    return out


def words_of(text: str) -> list[list[tuple[str, str | None]]]:
    """Words separated by spaces; a word may be made of parts with different links
    ("[Have](#)." is the linked "Have" and a plain ".")."""
    words: list[list[tuple[str, str | None]]] = [[]]
    for part, href in spans(text):
        for index, piece in enumerate(part.split(" ")):
            if index and words[-1]:
                words.append([])
            if piece:
                words[-1].append((piece, href))
    return [word for word in words if word]


def wrap(line: int, text: str, font: str, x0: float) -> list[Row]:
    """Greedy word wrap between x0 and RIGHT; links stay links across rows."""
    space = width(" ", font)
    rows: list[Row] = []
    current: list[list[tuple[str, str | None]]] = []

    def word_width(word) -> float:
        return sum(width(part, font) for part, _ in word)

    def emit():
        pieces: list[Piece] = []
        x = x0
        for position, word in enumerate(current):
            for index, (part, href) in enumerate(word):
                text_ = (" " if position and index == 0 else "") + part
                if pieces and pieces[-1].href == href:
                    last = pieces[-1]
                    pieces[-1] = last._replace(text=last.text + text_)
                else:
                    if text_.startswith(" ") and pieces:
                        # the space between two spans belongs to the span before it
                        last = pieces[-1]
                        pieces[-1] = last._replace(text=last.text + " ")
                        text_ = text_[1:]
                        x = last.x + width(last.text + " ", font)
                    pieces.append(Piece(x, text_, font, SIZE, href))
                last = pieces[-1]
                x = last.x + width(last.text, font)
        rows.append(Row(line, tuple(pieces), continued=bool(rows)))

    used = 0.0
    for word in words_of(text):
        needed = word_width(word) + (space if current else 0)
        if current and x0 + used + needed > RIGHT:
            emit()
            current, used = [], 0.0
            needed = word_width(word)
        current.append(word)
        used += needed
    if current or not rows:
        emit()
    return rows


def table_rows(block: list[tuple[int, str]], truth_: Truth, right: float = RIGHT) -> list[Row]:
    """Tab-separated rows as a table: cells left-aligned on shared columns, the font
    made smaller until the table fits; a TOC row with dot leaders gets a leader line and
    its page number right-aligned."""
    cells = [[cell.strip() for cell in text.split("\t")] for _, text in block]
    if all(LEADER.search(row[0]) and len(row) == 2 for row in cells):
        return [
            toc_row(line, row[0], row[1], truth_)
            for (line, _), row in zip(block, cells, strict=True)
        ]
    columns = max(len(row) for row in cells)
    size = SIZE
    while True:
        widths = [0.0] * columns
        for row in cells:
            for index, cell in enumerate(row):
                text = LINK.sub(lambda m: m["text"], cell)
                widths[index] = max(widths[index], width(text, "Helvetica", size))
        total = sum(widths) + CELL_GAP * (columns - 1)
        if LEFT + total <= right or size <= MIN_TABLE_SIZE:
            break
        size -= 0.5
    starts = [LEFT]
    for index in range(1, columns):
        starts.append(starts[-1] + widths[index - 1] + CELL_GAP)
    rows = []
    for (line, _), row in zip(block, cells, strict=True):
        pieces = []
        for index, cell in enumerate(row):
            if not cell:
                continue
            x = starts[index]
            for part, href in spans(cell):
                pieces.append(Piece(x, part, "Helvetica", size, href))
                x += width(part, "Helvetica", size)
        rows.append(Row(line, tuple(pieces), toc_item=truth_.toc_lines.get(line)))
    return rows


def toc_row(line: int, title: str, page: str, truth_: Truth) -> Row:
    title = LEADER.sub("", title)
    font, size = "Helvetica", SIZE
    while width(title, font, size) > RIGHT - LEFT - 60 and size > MIN_TABLE_SIZE:
        size -= 0.5
    end = LEFT + width(title, font, size) + 3
    number_x = RIGHT - width(page, font, size)
    dots = "." * max(3, int((number_x - 3 - end) / width(".", font, size)))
    pieces = (
        Piece(LEFT, title, font, size),
        Piece(end, dots, font, size),
        Piece(number_x, page, font, size),
    )
    return Row(line, pieces, toc_item=truth_.toc_lines.get(line))


def units(text: str, truth_: Truth, item_breaks: bool = True) -> list[Unit]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out: list[Unit] = []
    blanks = 0
    index = 0
    current: Unit | None = None
    while index < len(lines):
        number, raw = index + 1, lines[index]
        if not raw.strip():
            blanks += 1
            index += 1
            current = None
            continue
        if "\t" in raw:
            block = []
            while index < len(lines) and "\t" in lines[index]:
                block.append((index + 1, lines[index]))
                index += 1
            rows = table_rows(block, truth_)
        else:
            bold = number in truth_.items or number in truth_.section_lines
            font = "Helvetica-Bold" if bold else "Helvetica"
            indent = INDENT if raw[:1] == " " else 0.0
            rows = wrap(number, raw.strip(), font, LEFT + indent)
            index += 1
        new_page = item_breaks and blanks > 0 and starts_item(number, lines, truth_)
        for row in rows:
            if current is None or row.continued or new_page:
                current = Unit([], blanks, new_page)
                out.append(current)
                blanks, new_page = 0, False
            current.rows.append(row)
    return out


def starts_item(number: int, lines: list[str], truth_: Truth) -> bool:
    """An item heading, or the case number standing above one (with a blank between)."""
    if number in truth_.items:
        return not (number > 2 and CASE_NUMBER.match(lines[number - 3].strip()))
    below = number + 2
    return below in truth_.items and bool(CASE_NUMBER.match(lines[number - 1].strip()))


def paginate(units_: list[Unit]) -> list[Page]:
    pages: list[Page] = [Page([])]
    y = TOP
    for unit in units_:
        height = PITCH * len(unit.rows)
        first = not pages[-1].rows
        if not first:
            y -= PITCH * unit.blanks
        if not first and (unit.new_page or y - height + PITCH < BOTTOM):
            pages.append(Page([]))
            first = True
        if first:
            # blank lines at a page break: one is the break itself, the rest stay as
            # space above the first row
            extra = max(0, unit.blanks - 1) if len(pages) > 1 else unit.blanks
            y = TOP - PITCH * extra
        for row in unit.rows:
            if y < BOTTOM:
                pages.append(Page([]))
                y = TOP
            pages[-1].rows.append((y, row))
            y -= PITCH
    return pages


def item_pages(pages: list[Page]) -> dict[int, int]:
    """Heading line of every item -> the page it starts on."""
    found: dict[int, int] = {}
    for number, page in enumerate(pages, 1):
        for _, row in page.rows:
            found.setdefault(row.line, number)
    return found


def with_toc_pages(
    pages: list[Page], truth_: Truth, wrong: dict[int, int] | None = None
) -> list[Page]:
    """The table of contents' page numbers set to the pages the items start on; ``wrong``
    gives some TOC rows (by position) another number on purpose."""
    starts = item_pages(pages)
    wrong = wrong or {}
    position = 0
    fixed = []
    for page in pages:
        rows = []
        for y, row in page.rows:
            if row.toc_item is not None and row.pieces and row.pieces[-1].text.isdigit():
                page_number = wrong.get(position, starts[row.toc_item])
                position += 1
                last = row.pieces[-1]
                text = str(page_number)
                right = last.x + width(last.text, last.font, last.size)
                if len(row.pieces) == 3:  # leader row: the number stays right-aligned
                    last = last._replace(x=right - width(text, last.font, last.size))
                row = row._replace(pieces=(*row.pieces[:-1], last._replace(text=text)))
            rows.append((y, row))
        fixed.append(Page(rows))
    return fixed


def layout(text: str, wrong: dict[int, int] | None = None, item_breaks: bool = True):
    truth_ = truth(text)
    pages = paginate(units(text, truth_, item_breaks))
    return with_toc_pages(pages, truth_, wrong), truth_


# --------------------------------------------------------------------------- PDF objects


class Name(str):
    pass


class Ref(NamedTuple):
    number: int


class Stream(NamedTuple):
    meta: dict
    data: bytes


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


PADDING = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


class Encryption:
    """The standard security handler, revision 2 (RC4, 40-bit key)."""

    def __init__(self, user: str, owner: str, file_id: bytes, permissions: int = -44):
        user_pad = (user.encode("latin-1") + PADDING)[:32]
        owner_pad = (owner.encode("latin-1") + PADDING)[:32]
        self.owner_entry = rc4(hashlib.md5(owner_pad).digest()[:5], user_pad)
        self.permissions = permissions
        digest = hashlib.md5(
            user_pad + self.owner_entry + (permissions & 0xFFFFFFFF).to_bytes(4, "little") + file_id
        )
        self.key = digest.digest()[:5]
        self.user_entry = rc4(self.key, PADDING)

    def crypt(self, number: int, data: bytes) -> bytes:
        key = hashlib.md5(self.key + number.to_bytes(3, "little") + b"\x00\x00").digest()[:10]
        return rc4(key, data)

    def dictionary(self) -> dict:
        return {
            "Filter": Name("Standard"),
            "V": 1,
            "R": 2,
            "O": self.owner_entry,
            "U": self.user_entry,
            "P": self.permissions,
        }


def serialise(value, number: int, crypt: Encryption | None) -> bytes:
    if isinstance(value, Name):
        return b"/" + value.encode("ascii")
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, int):
        return str(value).encode()
    if isinstance(value, float):
        return f"{value:.2f}".encode()
    if isinstance(value, Ref):
        return f"{value.number} 0 R".encode()
    if isinstance(value, str):  # text string: PDFDocEncoding is Latin-1 for these texts
        value = value.encode("latin-1")
    if isinstance(value, bytes):
        return pdf_string(crypt.crypt(number, value) if crypt else value)
    if isinstance(value, list):
        return b"[" + b" ".join(serialise(v, number, crypt) for v in value) + b"]"
    if isinstance(value, dict):
        parts = [b"/" + k.encode() + b" " + serialise(v, number, crypt) for k, v in value.items()]
        return b"<<" + b" ".join(parts) + b">>"
    if value is None:
        return b"null"
    raise TypeError(value)


def write_pdf(objects: dict[int, object], root: int, info: int | None, crypt=None, file_id=b""):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        value = objects[number]
        offsets[number] = len(out)
        own = None if crypt and number == max(objects) else crypt  # /Encrypt stays plain
        out += f"{number} 0 obj\n".encode()
        if isinstance(value, Stream):
            data = own.crypt(number, value.data) if own else value.data
            meta = dict(value.meta, Length=len(data))
            out += serialise(meta, number, own) + b"\nstream\n" + data + b"\nendstream"
        else:
            out += serialise(value, number, own)
        out += b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        if number in offsets:
            out += f"{offsets[number]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    trailer = {"Size": size, "Root": Ref(root)}
    if info:
        trailer["Info"] = Ref(info)
    if crypt:
        trailer["Encrypt"] = Ref(size - 1)
    if file_id:
        trailer["ID"] = [file_id, file_id]
    out += b"trailer\n" + serialise(trailer, 0, None) + f"\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text_op(piece: Piece, y: float) -> bytes:
    data = piece.text.encode("cp1252")
    return (
        f"BT /{FONTS[piece.font]} {piece.size:g} Tf 1 0 0 1 {piece.x:.2f} {y:.2f} Tm ".encode()
        + pdf_string(data)
        + b" Tj ET\n"
    )


def pdf_bytes(
    pages: list[Page],
    *,
    title: str | None = "Referat",
    lang: str | None = "da-DK",
    tagged: bool = True,
    header: str | None = None,
    footer: str | None = "Side {page} af {pages}",
    footer_offset: int = 0,
    image_pages: tuple[int, ...] = (),
    stamp: str | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
    reversed_toc: bool = False,
) -> bytes:
    """A PDF of laid-out pages. ``footer_offset`` shifts the printed "Side N" (a cover
    page that is not counted); ``image_pages`` (1-based) become scanned images without
    text; ``stamp`` is a line an archive system stamps above the header of every page,
    scanned or not ("Side {page}/{pages}" filled in); ``reversed_toc`` draws each page's page numbers before the titles, as some
    producers do, to test text order."""
    objects: dict[int, object] = {}
    catalog, page_tree, f1, f2, info_number, image = 1, 2, 3, 4, 5, 6
    next_number = 7
    for font, number in (("Helvetica", f1), ("Helvetica-Bold", f2)):
        objects[number] = {
            "Type": Name("Font"),
            "Subtype": Name("Type1"),
            "BaseFont": Name(font),
            "Encoding": Name("WinAnsiEncoding"),
            "FirstChar": 32,
            "LastChar": 255,
            "Widths": ADVANCE[font],
        }
    gray = bytes([200, 210, 220, 230] * 16)
    objects[image] = Stream(
        {
            "Type": Name("XObject"),
            "Subtype": Name("Image"),
            "Width": 8,
            "Height": 8,
            "ColorSpace": Name("DeviceGray"),
            "BitsPerComponent": 8,
        },
        gray,
    )
    kids, paragraphs, parent_tree = [], [], []
    document_element = next_number
    next_number += 1
    for page_number, page in enumerate(pages, 1):
        page_ref, content_ref = next_number, next_number + 1
        next_number += 2
        ops = bytearray()
        annots = []
        marked: list[int] = []
        if stamp:
            label = stamp.format(page=page_number, pages=len(pages))
            ops += text_op(Piece(LEFT, label, "Helvetica", 7), STAMP_Y)
        if page_number in image_pages:
            ops += b"q 481 0 0 700 57 70 cm /Im1 Do Q\n"
        else:
            rows = list(page.rows)
            if reversed_toc:
                rows.sort(key=lambda item: item[1].toc_item is None)
            for y, row in rows:
                pieces = list(row.pieces)
                if reversed_toc and row.toc_item is not None:
                    pieces = pieces[::-1]
                if tagged:
                    ops += f"/P <</MCID {len(marked)}>> BDC\n".encode()
                for piece in pieces:
                    ops += text_op(piece, y)
                    if piece.href is not None:
                        x1 = piece.x + width(piece.text.rstrip(), piece.font, piece.size)
                        annots.append(
                            {
                                "Type": Name("Annot"),
                                "Subtype": Name("Link"),
                                "Rect": [piece.x, y - 2.5, x1, y + piece.size * 0.8],
                                "Border": [0, 0, 0],
                                "A": {"S": Name("URI"), "URI": piece.href.encode("latin-1")},
                            }
                        )
                if tagged:
                    ops += b"EMC\n"
                    marked.append(next_number)
                    paragraphs.append(next_number)
                    objects[next_number] = {
                        "Type": Name("StructElem"),
                        "S": Name("P"),
                        "P": Ref(document_element),
                        "Pg": Ref(page_ref),
                        "K": len(marked) - 1,
                    }
                    next_number += 1
            furniture = []
            if header:
                furniture.append(Piece(LEFT, header, "Helvetica", 8))
            if footer and page_number + footer_offset >= 1:
                label = footer.format(page=page_number + footer_offset, pages=len(pages))
                x = (PAGE_WIDTH - width(label, "Helvetica", 8)) / 2
                furniture.append(Piece(x, label, "Helvetica", 8))
            for piece in furniture:
                y = HEADER_Y if header and piece.text == header else FOOTER_Y
                if tagged:
                    ops += b"/Artifact BMC\n" + text_op(piece, y) + b"EMC\n"
                else:
                    ops += text_op(piece, y)
        objects[content_ref] = Stream({"Filter": Name("FlateDecode")}, zlib.compress(bytes(ops)))
        page_dict = {
            "Type": Name("Page"),
            "Parent": Ref(page_tree),
            "MediaBox": [0, 0, PAGE_WIDTH, PAGE_HEIGHT],
            "Resources": {
                "Font": {"F1": Ref(f1), "F2": Ref(f2)},
                "XObject": {"Im1": Ref(image)},
            },
            "Contents": Ref(content_ref),
        }
        if annots:
            page_dict["Annots"] = annots
        if tagged:
            page_dict["StructParents"] = page_number - 1
            parent_tree.extend([page_number - 1, [Ref(n) for n in marked]])
        objects[page_ref] = page_dict
        kids.append(Ref(page_ref))
    objects[page_tree] = {"Type": Name("Pages"), "Kids": kids, "Count": len(kids)}
    root: dict = {"Type": Name("Catalog"), "Pages": Ref(page_tree)}
    if lang:
        root["Lang"] = lang
    if title:
        root["ViewerPreferences"] = {"DisplayDocTitle": True}
    if tagged:
        tree = next_number
        next_number += 1
        objects[tree] = {
            "Type": Name("StructTreeRoot"),
            "K": Ref(document_element),
            "ParentTree": {"Nums": parent_tree},
        }
        objects[document_element] = {
            "Type": Name("StructElem"),
            "S": Name("Document"),
            "P": Ref(tree),
            "K": [Ref(n) for n in paragraphs],
        }
        root["MarkInfo"] = {"Marked": True}
        root["StructTreeRoot"] = Ref(tree)
    objects[catalog] = root
    info = {"Producer": "referatlint tests/makedocs.py"}
    if title:
        info["Title"] = title
    objects[info_number] = info
    crypt = None
    file_id = hashlib.md5(repr(len(objects)).encode() + (title or "").encode()).digest()
    if user_password is not None or owner_password is not None:
        crypt = Encryption(user_password or "", owner_password or "eier", file_id)
        objects[next_number] = crypt.dictionary()
    return write_pdf(objects, catalog, info_number, crypt, file_id)


def meeting_header(truth_: Truth) -> str | None:
    if not truth_.body:
        return None
    return f"{truth_.body} - {truth_.date}" if truth_.date else truth_.body


def seed_pdf(text: str, wrong: dict[int, int] | None = None, **options) -> bytes:
    """A PDF of a seed: each item on a new page, the table of contents with the pages
    the items really start on (except ``wrong``), running header and "Side N af M"."""
    pages, truth_ = layout(text, wrong)
    options.setdefault("header", meeting_header(truth_))
    options.setdefault("title", meeting_header(truth_) or "Referat")
    return pdf_bytes(pages, **options)


def page_of_items(text: str) -> dict[str, int]:
    """Item number (or title) -> the page the generator puts it on."""
    pages, truth_ = layout(text)
    starts = item_pages(pages)
    return {truth_.items[line] or truth_.item_titles[line]: starts[line] for line in truth_.items}


# --------------------------------------------------------------------------- DOCX

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
LIST_LINE = re.compile(r"^\s*(?P<number>\d{1,3})(?P<delim>[.)])\s+(?P<rest>\S.*)$")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out = []
    for index, part in enumerate(text.split("\t")):
        if index:
            out.append(f"<w:r>{props}<w:tab/></w:r>")
        if part:
            out.append(f'<w:r>{props}<w:t xml:space="preserve">{esc(part)}</w:t></w:r>')
    return "".join(out)


class DocxBuilder:
    def __init__(self):
        self.rels: list[tuple[str, str]] = []  # (id, target)
        self.nums: list[tuple[int, int, str]] = []  # numId, start, delimiter
        self.bookmarks = 0

    def link(self, text: str, href: str) -> str:
        if href.startswith("#") and len(href) > 1:
            return f'<w:hyperlink w:anchor="{esc(href[1:])}">{run(text)}</w:hyperlink>'
        rid = f"rIdL{len(self.rels) + 1}"
        self.rels.append((rid, href))
        return f'<w:hyperlink r:id="{rid}">{run(text)}</w:hyperlink>'

    def inline(self, text: str, bold: bool = False) -> str:
        return "".join(
            self.link(part, href) if href is not None else run(part, bold)
            for part, href in spans(text)
        )

    def numbered(self, start: int, delimiter: str) -> int:
        number = len(self.nums) + 1
        self.nums.append((number, start, delimiter))
        return number


def paragraph(content: str, style: str | None = None, props: str = "", before: str = "") -> str:
    ppr = ""
    if style or props:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + props + "</w:pPr>"
    return f"<w:p>{ppr}{before}{content}</w:p>"


def docx_bytes(
    text: str,
    *,
    rendered_breaks: bool = True,
    wrong: dict[int, int] | None = None,
    title: str | None = "Referat",
    extra_parts: dict[str, bytes | None] | None = None,
    document_xml: bytes | None = None,
) -> bytes:
    """A DOCX of the text, paginated like the PDF: each item after a hard page break, a
    ``w:lastRenderedPageBreak`` where every page begins (as Word writes them when it
    saves) unless ``rendered_breaks`` is False (as python-docx and other generators
    write files); the dot-leader table of contents as a TOC field whose entries link to
    bookmarks on the item headings and carry the page numbers as cached results.

    The text's shape maps to Word's: lines that follow each other are one paragraph with
    line breaks, "N. text" lines are automatic numbering, tab lines are table rows, and
    n blank lines are one paragraph break plus n-1 empty paragraphs (n between two
    entries of one list). ``extra_parts`` adds or (with None) removes parts."""
    pages, truth_ = layout(text, wrong)
    page_starts: set[tuple[int, int]] = set()  # (line, row of that line) starting a page
    row_counter: dict[int, int] = {}
    toc_numbers: dict[int, str] = {}
    for number, page in enumerate(pages, 1):
        for index, (_, row) in enumerate(page.rows):
            position = row_counter.get(row.line, 0)
            row_counter[row.line] = position + 1
            if index == 0 and number > 1:
                page_starts.add((row.line, position))
            if row.toc_item is not None and row.pieces[-1].text.isdigit():
                toc_numbers[row.line] = row.pieces[-1].text

    builder = DocxBuilder()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    toc_first, toc_last = truth_.toc_range
    bookmarks = {line: f"_Toc{100 + n}" for n, line in enumerate(sorted(truth_.items))}

    def mark(line: int, position: int = 0) -> str:
        if rendered_breaks and (line, position) in page_starts:
            return "<w:r><w:lastRenderedPageBreak/></w:r>"
        return ""

    def later_marks(line: int) -> str:
        """Rendered breaks inside a wrapped paragraph, after its first row."""
        return "".join(mark(line, position) for position in range(1, row_counter.get(line, 1)))

    def kind_of(number: int, raw: str) -> str:
        if number in truth_.toc_lines and LEADER.search(raw.split("\t")[0]) and "\t" in raw:
            return "toc"
        if "\t" in raw:
            return "row"
        in_toc = toc_first <= number <= toc_last
        if LIST_LINE.match(raw) and not in_toc and number not in truth_.items:
            return "list"
        return "para"

    body: list[str] = []
    blanks = 0
    previous: str | None = None
    list_state: tuple[int, int, str] | None = None  # numId, last number, delimiter
    toc_open = False
    index = 0
    while index < len(lines):
        number, raw = index + 1, lines[index]
        if not raw.strip():
            blanks += 1
            index += 1
            continue
        kind = kind_of(number, raw)
        if toc_open and kind != "toc":
            body.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
            toc_open = False
        if blanks and starts_item(number, lines, truth_):
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        if previous is None or (kind == previous and kind in ("list", "toc")):
            empties = blanks
        else:
            empties = max(0, blanks - 1)
        body.extend("<w:p/>" for _ in range(empties))
        blanks = 0
        previous = kind

        if kind == "toc":
            target = bookmarks[truth_.toc_lines[number]]
            begin = ""
            if not toc_open:
                begin = (
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                )
                toc_open = True
            body.append(
                '<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" '
                'w:leader="dot" w:pos="9628"/></w:tabs></w:pPr>'
                + begin
                + mark(number)
                + f'<w:hyperlink w:anchor="{target}" w:history="1">'
                + run(LEADER.sub("", raw.split("\t")[0]))
                + "<w:r><w:tab/></w:r>"
                + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                + f'<w:r><w:instrText xml:space="preserve"> PAGEREF {target} \\h </w:instrText></w:r>'
                + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                + run(toc_numbers.get(number, raw.split("\t")[-1]))
                + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
            )
            index += 1
            continue

        if kind == "row":
            list_state = None
            rows_xml = []
            block = []
            while index < len(lines) and "\t" in lines[index]:
                block.append((index + 1, lines[index]))
                index += 1
            columns = max(len(t.split("\t")) for _, t in block)
            for line, row_text in block:
                cells = row_text.split("\t")
                cells += [""] * (columns - len(cells))
                contents = [builder.inline(cell) for cell in cells]
                if line in truth_.toc_lines:  # a TOC table: link the title, real page
                    target = bookmarks[truth_.toc_lines[line]]
                    contents[1] = f'<w:hyperlink w:anchor="{target}">{run(cells[1])}</w:hyperlink>'
                    contents[-1] = run(toc_numbers.get(line, cells[-1]))
                cells_xml = "".join(
                    "<w:tc>" + paragraph((mark(line) if c == 0 else "") + content) + "</w:tc>"
                    for c, content in enumerate(contents)
                )
                rows_xml.append(f"<w:tr>{cells_xml}</w:tr>")
            body.append(
                '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
                + "".join(rows_xml)
                + "</w:tbl>"
            )
            continue

        # A paragraph: this line and the lines that directly follow it (line breaks),
        # up to a blank line, a table row, a numbered line or an item heading.
        block = [(number, raw)]
        index += 1
        while (
            index < len(lines)
            and lines[index].strip()
            and number not in truth_.items
            and ((index + 1) not in truth_.items or toc_first <= index + 1 <= toc_last)
            and kind_of(index + 1, lines[index]) == "para"
        ):
            block.append((index + 1, lines[index]))
            index += 1
        style = None
        props = ""
        first_text = raw
        if number in truth_.items:
            style = "Heading1"
        elif number in truth_.section_lines:
            style = "Heading2"
        if kind == "list":
            listed = LIST_LINE.match(raw)
            value, delimiter = int(listed["number"]), listed["delim"]
            if list_state and list_state[2] == delimiter and list_state[1] + 1 == value:
                num_id = list_state[0]
            else:
                num_id = builder.numbered(value, delimiter)
            list_state = (num_id, value, delimiter)
            props = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            if not raw.startswith(" "):
                props += '<w:ind w:left="0" w:hanging="0"/>'
            first_text = listed["rest"]
        elif raw.startswith(" "):
            props = '<w:ind w:left="360"/>'
        before = ""
        end = ""
        if number in bookmarks:
            builder.bookmarks += 1
            before = f'<w:bookmarkStart w:id="{builder.bookmarks}" w:name="{bookmarks[number]}"/>'
            end = f'<w:bookmarkEnd w:id="{builder.bookmarks}"/>'
        parts = [mark(number), builder.inline(first_text.strip(), bold=style is not None)]
        parts.append(later_marks(number))
        for line, line_text in block[1:]:
            parts.append("<w:r><w:br/></w:r>")
            parts.append(mark(line))
            parts.append(builder.inline(line_text))
            parts.append(later_marks(line))
        body.append(paragraph("".join(parts) + end, style, props, before))
    if toc_open:
        body.append('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')

    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    ).encode("utf-8")
    parts_ = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": package_rels(),
        "word/_rels/document.xml.rels": document_rels(builder.rels),
        "word/document.xml": document_xml if document_xml is not None else document,
        "word/styles.xml": styles_xml(),
        "word/numbering.xml": numbering_xml(builder.nums),
        "docProps/core.xml": core_xml(title),
    }
    parts_.update(extra_parts or {})
    return zip_parts(parts_)


def zip_parts(parts: dict[str, bytes | None]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if data is not None:  # a fixed date, so the same text gives the same bytes
                info = zipfile.ZipInfo(name, (2024, 11, 4, 12, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
    return buffer.getvalue()


def content_types() -> bytes:
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/>'
        f'<Override PartName="/word/numbering.xml" ContentType="{main}.numbering+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    ).encode()


def package_rels() -> bytes:
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{PACKAGE_RELS}">'
        f'<Relationship Id="rId1" Type="{office}/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    ).encode()


def document_rels(links: list[tuple[str, str]]) -> bytes:
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rows = [
        f'<Relationship Id="rId1" Type="{office}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rId2" Type="{office}/numbering" Target="numbering.xml"/>',
    ]
    rows += [
        f'<Relationship Id="{rid}" Type="{office}/hyperlink" Target="{esc(target)}" '
        'TargetMode="External"/>'
        for rid, target in links
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{PACKAGE_RELS}">' + "".join(rows) + "</Relationships>"
    ).encode()


def styles_xml() -> bytes:
    styles = [
        ("paragraph", "Normal", "Normal", ""),
        ("paragraph", "Heading1", "heading 1", '<w:basedOn w:val="Normal"/>'),
        ("paragraph", "Heading2", "heading 2", '<w:basedOn w:val="Normal"/>'),
        ("paragraph", "TOC1", "toc 1", '<w:basedOn w:val="Normal"/>'),
        ("table", "TableGrid", "Table Grid", ""),
    ]
    body = "".join(
        f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}</w:style>'
        for kind, sid, name, extra in styles
    )
    # Word's usual defaults: Arial-like 10 pt text, space after each paragraph, Danish
    defaults = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
        '<w:sz w:val="20"/><w:lang w:val="da-DK"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W}">{defaults}{body}</w:styles>'
    ).encode()


def numbering_xml(nums: list[tuple[int, int, str]]) -> bytes:
    abstract = []
    for delimiter, abstract_id in ((".", 1), (")", 2)):
        abstract.append(
            f'<w:abstractNum w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="%1{delimiter}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>'
            "</w:abstractNum>"
        )
    instances = []
    for num_id, start, delimiter in nums:
        abstract_id = 1 if delimiter == "." else 2
        override = ""
        if start != 1 or any(d == delimiter for n, _, d in nums if n < num_id):
            override = (
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            )
        instances.append(
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:numbering xmlns:w="{W}">' + "".join(abstract + instances) + "</w:numbering>"
    ).encode()


def core_xml(title: str | None) -> bytes:
    title_xml = f"<dc:title>{esc(title)}</dc:title>" if title else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{title_xml}<dc:language>da-DK</dc:language></cp:coreProperties>"
    ).encode()


# --------------------------------------------------------------------------- HTML


def html_bytes(
    text: str, broken_anchor: int | None = None, misdirected: int | None = None
) -> bytes:
    """The web version: headings with ids, paragraphs (lines that follow each other are
    joined by <br>), numbered lines as <ol>, tables, the table of contents as in-page
    links (``broken_anchor``: the TOC entry at that position links to a missing id;
    ``misdirected``: it links to the next item's id). Scripts and styles are included
    to show that they are ignored."""
    truth_ = truth(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    ids = {line: f"punkt-{truth_.items[line] or n}" for n, line in enumerate(sorted(truth_.items))}
    order = sorted(ids)
    toc_first, toc_last = truth_.toc_range
    toc_position = 0
    out = [
        "<!DOCTYPE html>",
        '<html lang="da"><head><meta charset="utf-8"><title>Referat</title>',
        "<style>body { font-family: sans-serif } .toc { list-style: none }</style>",
        '<script>document.write("Denne tekst må ikke komme med");</script>',
        "</head><body><main>",
    ]

    def link_html(part: str, href: str | None) -> str:
        if href is None:
            return esc(part)
        return f'<a href="{esc(href)}">{esc(part)}</a>'

    def inline(value: str) -> str:
        return "".join(link_html(part, href) for part, href in spans(value))

    def toc_link(line: int, title: str) -> str:
        nonlocal toc_position
        target = ids[truth_.toc_lines[line]]
        if toc_position == broken_anchor:
            target = "punkt-findes-ikke"
        if toc_position == misdirected:
            position = order.index(truth_.toc_lines[line])
            target = ids[order[(position + 1) % len(order)]]
        toc_position += 1
        return f'<a href="#{target}">{esc(title)}</a>'

    def kind_of(number: int, raw: str) -> str:
        if "\t" in raw:
            return "row"
        listed = LIST_LINE.match(raw)
        in_toc = toc_first <= number <= toc_last
        if listed and listed["delim"] == "." and not in_toc and number not in truth_.items:
            return "list"
        if raw.startswith(" • "):
            return "bullet"
        return "para"

    blanks = 0
    previous: str | None = None
    index = 0
    while index < len(lines):
        number, raw = index + 1, lines[index]
        if not raw.strip():
            blanks += 1
            index += 1
            continue
        kind = kind_of(number, raw)
        same_list = kind == previous and kind in ("list", "bullet")
        empties = blanks if previous is None or same_list else max(0, blanks - 1)
        out.extend("<p></p>" for _ in range(empties))
        blanks, previous = 0, kind
        if kind == "row":
            rows = []
            while index < len(lines) and "\t" in lines[index]:
                line = index + 1
                cells = lines[index].split("\t")
                if line in truth_.toc_lines and LEADER.search(cells[0]):
                    rows.append(f"<li>{toc_link(line, LEADER.sub('', cells[0]))}</li>")
                else:
                    html_cells = []
                    for c, cell in enumerate(cells):
                        if line in truth_.toc_lines and c == 1:
                            html_cells.append(f"<td>{toc_link(line, cell)}</td>")
                        else:
                            html_cells.append(f"<td>{inline(cell)}</td>")
                    rows.append("<tr>" + "".join(html_cells) + "</tr>")
                index += 1
            if rows[0].startswith("<li>"):
                out.append('<ul class="toc">' + "".join(rows) + "</ul>")
            else:
                out.append("<table>" + "".join(rows) + "</table>")
            continue
        if kind in ("list", "bullet"):
            entries = []
            start = int(LIST_LINE.match(raw)["number"]) if kind == "list" else 1
            expected = start
            while index < len(lines) and kind_of(index + 1, lines[index]) == kind:
                if kind == "list":
                    match = LIST_LINE.match(lines[index])
                    if int(match["number"]) != expected:
                        break
                    entries.append(f"<li>{inline(match['rest'])}</li>")
                else:
                    entries.append(f"<li>{inline(lines[index][3:])}</li>")
                expected += 1
                index += 1
            if kind == "list":
                out.append(f'<ol start="{start}">' + "".join(entries) + "</ol>")
            else:
                out.append("<ul>" + "".join(entries) + "</ul>")
            continue
        block = [raw]
        index += 1
        while (
            index < len(lines)
            and lines[index].strip()
            and kind_of(index + 1, lines[index]) == "para"
            and ((index + 1) not in truth_.items or toc_first <= index + 1 <= toc_last)
            and number not in truth_.items
        ):
            block.append(lines[index])
            index += 1
        if number in truth_.items:
            out.append(f'<h2 id="{ids[number]}">{inline(raw)}</h2>')
        elif number in truth_.section_lines and len(block) == 1:
            out.append(f"<h3>{inline(raw)}</h3>")
        else:
            content = "<br>".join(inline(line) for line in block)
            out.append(f"<p>{content}</p>")
    out.append("</main></body></html>")
    return "\n".join(out).encode("utf-8")


def main(argv: list[str]) -> int:
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    for name in argv[1:]:
        path = Path(name)
        text = path.read_text("utf-8")
        (outdir / (path.stem + ".pdf")).write_bytes(seed_pdf(text))
        (outdir / (path.stem + ".docx")).write_bytes(docx_bytes(text))
        (outdir / (path.stem + ".html")).write_bytes(html_bytes(text))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
