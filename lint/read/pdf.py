"""Read PDF: characters and their positions page by page (pypdfium2), rebuilt into the
text shape the parser reads, with the physical page of every line.

A PDF has no paragraphs, only glyphs at positions, so the shape is rebuilt from geometry:

- glyphs on one baseline form a row; a wide horizontal gap is a tab (a table cell, a
  page number after a table-of-contents title), a narrow one a space, and so are wide
  gaps all alike in a row that fills the measure (justified text);
- a row that is filled to the right margin, so that the next row's first word would
  not have fitted after it, was wrapped: the rows are joined into one paragraph line,
  a word hyphenated at the row's end into one word;
- vertical space of more than a line's pitch is a blank line, as many as fit;
- rows of a table keep their columns: a row with empty cells gets its tabs back;
- a row indented from the left margin starts with a space, as indented lists do;
- lines that repeat at the top or bottom of most pages (running headers, "Side 3 af
  18") are page furniture and are left out; the page numbers they print are kept in
  the metadata, so a printed number that disagrees with the physical page can be
  reported (RL308), and so is their text where the first page is a scan (the meeting's
  date in a running header);
- link annotations with a web address become "[text](address)";
- review notes (sticky notes, highlights with a note) are kept beside the text at the
  line they stand by, with their author and whether a reply marked them done.

The metadata also says what the accessibility checks (RL801-RL804) need: pages without
text, whether the file is tagged, its language and title.

Measured on the seeds made into PDFs (bench/measure_pdf.py), pypdfium2 reads text about
seven times faster than pypdf and keeps table-of-contents rows whole whatever order the
producer drew them in; it also tells tagging, language and links directly.
"""

import re
from collections import Counter
from functools import cache
from itertools import pairwise
from statistics import median

from referatlint import regex
from referatlint.errors import InputError
from referatlint.read.source import (
    Source,
    furniture_pages,
    join_cells,
    render_links,
    titles_own_pages,
)
from referatlint.records import record
from referatlint.text import Msg

# Sentences, as every finding's message (RL901); PDFium's reason (English) is left out.
ENCRYPTED = Msg(
    "PDF-filen er beskyttet med en adgangskode.",
    "The PDF file is protected by a password.",
)
ENCRYPTED_FIX = Msg("Gem en udgave uden adgangskode.", "Save a copy without a password.")
DAMAGED = Msg(
    "PDF-filen er beskadiget og kan ikke åbnes.",
    "The PDF file is damaged and cannot be opened.",
)
EXPORT_AGAIN = Msg("Hent eller eksportér PDF-filen igen.", "Download or export the PDF file again.")
NOT_PDF = Msg(
    "Filen har endelsen .pdf, men er ikke en PDF-fil.",
    "The file ends in .pdf but is not a PDF file.",
)
NOT_PDF_FIX = Msg(
    "Tjek, at det er den rigtige fil, eller eksportér dokumentet som PDF igen.",
    "Check that it is the right file, or export the document as PDF again.",
)
TRUNCATED = Msg(
    "PDF-filen er ikke hel (den er afbrudt undervejs).",
    "The PDF file is not complete (it was cut off partway).",
)
NO_TEXT = Msg(
    "PDF-filen har ingen tekst, kun billeder (den er scannet).",
    "The PDF file has no text, only images (it is scanned).",
)
NO_TEXT_FIX = Msg(
    "Eksportér dokumentet til PDF fra Word eller dagsordenssystemet i stedet for at scanne "
    "det. Er det et underskrevet referat i et arkiv, så lad referatlint springe det over "
    "(exclude i konfigurationen).",
    "Export the document to PDF from Word or the agenda system instead of scanning it. If it "
    "is a signed copy of the minutes in an archive, let referatlint skip it (exclude in the "
    "configuration).",
)
EMPTY = Msg("PDF-filen indeholder ingen tekst.", "The PDF file contains no text.")
NO_PAGES = Msg("PDF-filen har ingen sider.", "The PDF file has no pages.")
RIGHT_FILE = Msg(
    "Tjek, at det er den rigtige fil, og eksportér den ellers igen.",
    "Check that it is the right file, or else export it again.",
)
BOMB = Msg(
    "PDF-filen fylder for meget, når den pakkes ud (over {limit} MB), så den læses ikke.",
    "The PDF file takes up too much space unpacked (over {limit} MB), so it is not read.",
)
MAX_STREAM = 64 * 1024 * 1024  # decoded size of one content, font or object stream
MAX_DECODED = 256 * 1024 * 1024  # all of them together
STREAM_START = regex.compile(rb"(?<!end)stream\r?\n")

PAGE_LABEL = regex.compile(
    r"^(?:(?:side|page|s\.)\s*(?P<number>\d{1,4})(?:\s*(?:af|of|/)\s*\d{1,4})?"
    r"|-?\s*(?P<bare>\d{1,4})\s*-?|(?P<first>\d{1,4})\s*(?:af|/)\s*\d{1,4})$",
    re.IGNORECASE,
)
BOLD_NAME = regex.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
SENTENCE_END = regex.compile(r"[.:!?]\)?$")
PAGE_IN_TEXT = regex.compile(r"\b(?:side|page)\s+(\d{1,4})\b", re.IGNORECASE)
STARTS_ENTRY = regex.compile(r"^(?:[-•▪◦·–*]|\d{1,3}[.)]|[a-z][.)])\s")
LIST_LABEL = regex.compile(r"^(?:\d{1,3}[.)]|[a-zA-Z][.)]|[•▪◦·\uf0b7–-])$")
# Labels that open a line of their own below a paragraph: an absence note, attachments, a
# case number (the parser's absence and case-number labels).
LINE_LABELS = (
    *("Fraværende:", "Fraværende med afbud:", "Fraværende uden afbud:", "Fravær:"),
    *("Afbud:", "Afbud fra:", "Meldt afbud:", "Bilag:", "Sagsbehandler:"),
    *("Sagsnr.", "Sagsnr:", "Sagsnummer:", "J.nr.", "Journalnr.", "Dok.nr.", "KLE:"),
)
LEADER_ROW = regex.compile(r"(?:\.{4,}|…{2,})[\s.]*\d{1,4}$")
# pdfium's code for the hyphen of a word hyphenated at the end of a row ("Kas-" /
# "sebeholdningen"), kept in a row's text as this mark until the rows are joined.
LINE_END_HYPHEN = "\ufffe"
# Words after a suspended hyphen ("miljø- og klimamæssige"); "til" and "som" are left
# out, as they also end hyphenated words ("ind-" / "til", "lang-" / "som").
SUSPENDED_BEFORE = frozenset(("og", "eller", "samt"))
FURNITURE_ROWS = 2  # rows at the top and at the bottom of a page that may be furniture
# What a page with an image may be: images and no text (scanned), a page-sized image with
# no more text than its furniture (a scan with an archive's journal stamp or a page number),
# or a page-sized image under text drawn invisible (a scan with an OCR layer).
IMAGE_ONLY, IMAGE_AND_FEW_ROWS, OCR_LAYER = "image", "few rows", "ocr"
TEXT_INVISIBLE = 3  # the PDF's text render mode 3: neither filled nor stroked
PAGE_SIZED = 0.6  # of the page's area: an image this large is the page scanned
PDFACTION_URI = 3


@record
class Glyph:
    index: int  # in the page's character list
    char: str
    x0: float
    x1: float
    y: float  # baseline
    size: float
    href: str | None


@record
class Chunk:
    """Glyphs of a row between two wide gaps, as (text, href) segments."""

    x0: float
    x1: float
    segments: tuple[tuple[str, str | None], ...]


@record
class Row:
    page: int
    y: float
    size: float
    chunks: tuple[Chunk, ...]
    first_word: float  # width of the first word, to judge whether the row above wrapped
    bold: bool
    from_top: float  # the baseline's distance below the page's top edge
    even_gaps: bool  # several wide gaps, all as wide as every gap between its words

    @property
    def x0(self) -> float:
        return self.chunks[0].x0

    @property
    def x1(self) -> float:
        return self.chunks[-1].x1

    def text(self) -> str:
        return "\t".join("".join(text for text, _ in chunk.segments) for chunk in self.chunks)


def read_pdf(data: bytes, path: str) -> Source:
    import pypdfium2 as pdfium

    if b"%PDF-" not in data[:1024]:  # the header may follow a few bytes of junk
        raise InputError(NOT_PDF, fix=NOT_PDF_FIX)
    if b"%%EOF" not in data[-2048:]:
        raise InputError(TRUNCATED, fix=EXPORT_AGAIN)
    check_streams(data)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) in (4, 6):  # FPDF_ERR_PASSWORD, _SECURITY
            raise InputError(ENCRYPTED, fix=ENCRYPTED_FIX) from None
        raise InputError(DAMAGED, fix=EXPORT_AGAIN) from None
    try:
        if len(document) == 0:
            raise InputError(NO_PAGES, fix=RIGHT_FILE)
        scans: dict[int, str] = {}
        notes: list[Note] = []
        pages = [page_rows(document, index, scans, notes) for index in range(len(document))]
        facts = document_facts(document)
    except pdfium.PdfiumError:
        raise InputError(DAMAGED, fix=EXPORT_AGAIN) from None
    finally:
        document.close()
    if not any(pages) and not scans:
        raise InputError(EMPTY, fix=RIGHT_FILE)
    stripped, labels = strip_furniture(pages)
    # A scanned page is one with images and no text but its furniture (the stamp repeats
    # with the page number); a blank page is none.
    scanned = [
        page for page, kind in sorted(scans.items()) if kind == IMAGE_ONLY or not stripped[page - 1]
    ]
    if not any(stripped) and scanned:
        raise InputError(NO_TEXT, fix=NO_TEXT_FIX)
    empty = [str(number) for number in scanned]
    ocr = [str(page) for page, kind in sorted(scans.items()) if kind == OCR_LAYER]
    running = running_text(pages, stripped) if "1" in empty else ""
    pages = stripped
    rows = [row for rows in pages for row in side_by_side(rows)]
    lines, line_pages, row_lines = assemble(rows)
    metadata = (
        *facts,
        ("pdf.pages_without_text", ",".join(empty)),
        ("pdf.ocr_pages", ",".join(ocr)),
        ("pdf.printed_pages", " ".join(str(label) if label else "-" for label in labels)),
        ("pdf.running_text", running),
    )
    comments = tuple(
        (row_lines[beside(rows, note)] + 1, note.author, note.text, note.resolved)
        for note in notes
        if rows
    )
    return Source(
        path, "pdf", tuple(lines), tuple(line_pages), len(pages), (), metadata, comments=comments
    )


def check_streams(data: bytes) -> None:
    """Refuse a decompression bomb before PDFium unpacks it: a compressed stream that is
    not an image or an attached file may not decode to more than MAX_STREAM, nor all of
    them together to more than MAX_DECODED. Parsing a huge content stream can take PDFium
    minutes; inflating up to the limit takes zlib a fraction of a second."""
    import zlib

    total = 0
    for match in STREAM_START.finditer(data):
        head = data[max(0, match.start() - 2048) : match.start()]
        head = head[head.rfind(b" obj") + 1 :] if b" obj" in head else head
        if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl/" not in head:
            continue
        if b"/Image" in head or b"/EmbeddedFile" in head:
            continue
        end = data.find(b"endstream", match.end())
        chunk = data[match.end() : end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        try:
            decoded = len(inflater.decompress(chunk, MAX_STREAM + 1))
        except zlib.error:
            continue  # encrypted or damaged: PDFium will say which
        total += decoded
        if decoded > MAX_STREAM or total > MAX_DECODED:
            limit = MAX_STREAM if decoded > MAX_STREAM else MAX_DECODED
            raise InputError(BOMB.format(limit=limit // (1024 * 1024)), fix=RIGHT_FILE)


def document_facts(document) -> tuple[tuple[str, str], ...]:
    """Tagging, language and metadata title, for the accessibility checks."""
    import ctypes

    import pypdfium2.raw as raw

    size = raw.FPDFCatalog_GetLanguage(document.raw, None, 0)
    language = ""
    if size > 2:
        buffer = (ctypes.c_ushort * (size // 2))()
        raw.FPDFCatalog_GetLanguage(document.raw, buffer, size)
        language = bytes(buffer)[: size - 2].decode("utf-16-le", errors="replace")
    info = document.get_metadata_dict(skip_empty=True)
    return (
        ("pdf.tagged", "yes" if raw.FPDFCatalog_IsTagged(document.raw) else "no"),
        ("pdf.lang", language.strip()),
        ("pdf.title", " ".join(info.get("Title", "").split())),
        ("pdf.producer", " ".join(info.get("Producer", "").split())),
    )


def page_links(document, page) -> list[tuple[tuple[float, float, float, float], str]]:
    """Web links on a page: (left, bottom, right, top) and the address."""
    import ctypes

    import pypdfium2.raw as raw

    links = []
    position = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    while raw.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = raw.FPDFLink_GetAction(link)
        if not action or raw.FPDFAction_GetType(action) != PDFACTION_URI:
            continue
        size = raw.FPDFAction_GetURIPath(document.raw, action, None, 0)
        buffer = ctypes.create_string_buffer(max(size, 1))
        raw.FPDFAction_GetURIPath(document.raw, action, buffer, size)
        address = buffer.raw[: max(size - 1, 0)].decode("latin-1").strip()
        rect = raw.FS_RECTF()
        if raw.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            box = (min(rect.left, rect.right), min(rect.bottom, rect.top))
            box += (max(rect.left, rect.right), max(rect.bottom, rect.top))
            links.append((box, address))
    return links


# Annotations a reviewer writes a note in; a link, a form field or a note's pop-up is none.
NOTE_SUBTYPES = frozenset((1, 3, 4, 5, 8, 9, 10, 11, 12, 14, 15))  # Text, FreeText, Square ...
# A reply's review state that ends the thread (Acrobat's "Angiv status").
DONE_STATES = frozenset(("Accepted", "Rejected", "Cancelled", "Completed"))


@record
class Note:
    """A reviewer's note on a page: where it stands (its top) and what it says."""

    page: int
    top: float
    author: str
    text: str
    resolved: bool


def annotation_string(annotation, key: str) -> str:
    import ctypes

    import pypdfium2.raw as raw

    size = raw.FPDFAnnot_GetStringValue(annotation, key.encode(), None, 0)
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFAnnot_GetStringValue(annotation, key.encode(), buffer, size)
    return bytes(buffer)[: size - 2].decode("utf-16-le", errors="replace").strip()


def page_notes(page, number: int) -> list[Note]:
    """The review notes on a page: each thread's first note, resolved when a reply in it
    has a review state that ends it."""
    import ctypes

    import pypdfium2.raw as raw

    found: dict[int, Note] = {}
    states: dict[int, str] = {}  # thread's first note -> its latest review state
    for index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annotation = raw.FPDFPage_GetAnnot(page.raw, index)
        try:
            if raw.FPDFAnnot_GetSubtype(annotation) not in NOTE_SUBTYPES:
                continue
            parent = raw.FPDFAnnot_GetLinkedAnnot(annotation, b"IRT")
            if parent:
                state = annotation_string(annotation, "State")
                if state:
                    states[raw.FPDFPage_GetAnnotIndex(page.raw, parent)] = state
                raw.FPDFPage_CloseAnnot(parent)
                continue
            text = annotation_string(annotation, "Contents")
            rect = raw.FS_RECTF()
            if not text or not raw.FPDFAnnot_GetRect(annotation, ctypes.byref(rect)):
                continue
            author = annotation_string(annotation, "T")
            found[index] = Note(number, max(rect.top, rect.bottom), author, text, False)
        finally:
            raw.FPDFPage_CloseAnnot(annotation)
    return [
        Note(note.page, note.top, note.author, note.text, states.get(index) in DONE_STATES)
        for index, note in found.items()
    ]


def beside(rows: list[Row], note: Note) -> int:
    """The row a note stands by: the first on its page whose baseline is below the note's
    top edge (a note is placed on the text it is about, a highlight covers it), else the
    page's last row (or the last row before the page)."""
    best = 0
    for index, row in enumerate(rows):
        if row.page > note.page:
            break
        best = index
        if row.page == note.page and row.y < note.top:
            break
    return best


def page_rows(document, index: int, scans: dict[int, str], notes: list[Note]) -> list[Row]:
    """The rows of text on one page, top to bottom; a page with images and no text, a
    page-sized image and no more rows than furniture has, or a page-sized image under rows
    mostly drawn invisible, is added to ``scans`` as such, its review notes to ``notes``."""
    import ctypes

    import pypdfium2.raw as raw

    page = document[index]
    text = page.get_textpage()
    try:
        links = page_links(document, page)
        notes.extend(page_notes(page, index + 1))
        glyphs: list[Glyph] = []
        box = raw.FS_RECTF()
        x, y = ctypes.c_double(), ctypes.c_double()
        box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(x), ctypes.byref(y)
        handle = text.raw  # the raw handle: the wrapper costs a lookup on every call
        unicode, angle_of = raw.FPDFText_GetUnicode, raw.FPDFText_GetCharAngle
        loose_box, origin, font_size, is_hyphen = (
            raw.FPDFText_GetLooseCharBox,
            raw.FPDFText_GetCharOrigin,
            raw.FPDFText_GetFontSize,
            raw.FPDFText_IsHyphen,
        )
        for char_index in range(raw.FPDFText_CountChars(handle)):
            code = unicode(handle, char_index)
            if code == 2 and is_hyphen(handle, char_index):
                code = ord(LINE_END_HYPHEN)
            elif code <= 32 or code in (0xA0, 0xFFFE, 0xFEFF) or 0xD800 <= code <= 0xDFFF:
                continue  # spaces and line breaks are judged from the gaps
            angle = angle_of(handle, char_index)
            if 0.02 < angle < 6.26:
                continue  # rotated text: a "KLADDE" watermark, a turned table heading
            loose_box(handle, char_index, box_ref)
            origin(handle, char_index, x_ref, y_ref)
            size = font_size(handle, char_index) or (box.top - box.bottom)
            # The pen position, not the box, is where a glyph begins: pdfium gives a tight
            # box for a font whose descriptor has no ascent, and its side bearings would
            # read as spaces inside every word.
            left, right = min(box.left, box.right, x.value), max(box.left, box.right)
            href = None
            if links:
                middle_x, middle_y = (left + right) / 2, y.value + size * 0.3
                for (x0, y0, x1, y1), address in links:
                    if x0 <= middle_x <= x1 and y0 <= middle_y <= y1:
                        href = address
                        break
            glyphs.append(Glyph(char_index, chr(code), left, right, y.value, max(size, 1.0), href))
        top_edge = page.get_mediabox()[3]
        lines = baselines(glyphs)
        rows = [make_row(index + 1, line, top_edge, is_bold(text, line)) for line in lines]
        # Counted only where the middle row is invisible: on an ordinary page none is.
        middle_invisible = bool(lines) and is_invisible(handle, lines[len(lines) // 2])
        invisible = middle_invisible and sum(is_invisible(handle, line) for line in lines)
        if not rows and has_image(page):
            scans[index + 1] = IMAGE_ONLY
        elif 2 * invisible > len(rows) and has_page_sized_image(page):
            scans[index + 1] = OCR_LAYER
        elif rows and len(rows) <= 2 * FURNITURE_ROWS and has_page_sized_image(page):
            scans[index + 1] = IMAGE_AND_FEW_ROWS
    finally:
        text.close()
        page.close()
    return rows


def has_image(page) -> bool:
    import pypdfium2.raw as raw

    return any(True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4))


def has_page_sized_image(page) -> bool:
    import pypdfium2.raw as raw

    width, height = page.get_size()
    for image in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= PAGE_SIZED * width * height:
            return True
    return False


def is_invisible(text, glyphs: list[Glyph]) -> bool:
    """Whether a row is drawn invisible, as OCR programs lay their text over the scanned
    image, judged by its middle glyph."""
    import pypdfium2.raw as raw

    text_object = raw.FPDFText_GetTextObject(text, glyphs[len(glyphs) // 2].index)
    return bool(text_object) and raw.FPDFTextObj_GetTextRenderMode(text_object) == TEXT_INVISIBLE


def is_bold(text, glyphs: list[Glyph]) -> bool:
    """Whether a row is set in a bold font (a heading), judged by its middle glyph."""
    import ctypes

    import pypdfium2.raw as raw

    index = glyphs[len(glyphs) // 2].index
    if raw.FPDFText_GetFontWeight(text, index) >= 600:
        return True
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(text, index, name, 128, ctypes.byref(flags))
    return bool(BOLD_NAME.search(name.value.decode("latin-1")))


def baselines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline, top to bottom, each group left to right."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: -g.y):
        # rows lie at least a line's height apart; a superscript stays in its row
        if lines and lines[-1][0].y - glyph.y <= 0.45 * max(lines[-1][0].size, glyph.size):
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    return [sorted(line, key=lambda g: g.x0) for line in lines]


def make_row(page: int, glyphs: list[Glyph], top_edge: float, bold: bool = False) -> Row:
    size = median(g.size for g in glyphs)
    chunks: list[Chunk] = []
    segments: list[list] = []
    start = previous = None
    first_word = None
    narrowest, widest = float("inf"), 0.0  # of the gaps between words
    for glyph in glyphs:
        if previous is not None:
            gap = glyph.x0 - previous.x1
            if gap < -0.5 * size and glyph.char == previous.char and not ligature(previous, glyph):
                continue  # the same glyph drawn twice (fake bold)
            if gap > 0.15 * size:
                narrowest, widest = min(narrowest, gap), max(widest, gap)
            if gap > 1.2 * size:
                chunks.append(Chunk(start.x0, previous.x1, tuple(map(tuple, segments))))
                segments, start = [], None
            elif gap > 0.15 * size:
                if first_word is None:
                    first_word = previous.x1 - glyphs[0].x0
                add(segments, " ", previous.href if previous.href == glyph.href else None)
        if start is None:
            start = glyph
        add(segments, glyph.char, glyph.href)
        previous = glyph
    chunks.append(Chunk(start.x0, previous.x1, tuple(map(tuple, segments))))
    if len(chunks) > 1 and LIST_LABEL.match("".join(text for text, _ in chunks[0].segments)):
        # "1.", "a)" or "•" and a tab to the text: a list entry, not two table cells
        label, text = chunks[0], chunks[1]
        joined = (*label.segments, (" ", None), *text.segments)
        chunks[:2] = [Chunk(label.x0, text.x1, joined)]
    if first_word is None or (len(chunks) > 1 and first_word > chunks[0].x1 - chunks[0].x0):
        first_word = chunks[0].x1 - chunks[0].x0
    y = glyphs[0].y
    even = len(chunks) > 2 and widest - narrowest <= 0.1 * size
    return Row(page, y, size, tuple(chunks), first_word, bold, top_edge - y, even)


def ligature(previous: Glyph, glyph: Glyph) -> bool:
    """Whether two glyphs are letters of one ligature glyph ("ﬀ", "ﬃ"): pdfium gives them
    one after the other with the ligature's box; a glyph drawn twice is drawn again later
    in the page's text, or a little aside."""
    return glyph.index == previous.index + 1 and glyph.x0 == previous.x0 and glyph.x1 == previous.x1


def add(segments: list[list], text: str, href: str | None) -> None:
    if segments and segments[-1][1] == href:
        segments[-1][0] += text
    else:
        segments.append([text, href])


# --------------------------------------------------------------------------- furniture


def page_label(row: Row) -> int | None:
    """The page number a header or footer row prints: "Side 3 af 18", "3/18", "- 3 -",
    or "Socialudvalget 01-11-2021 · Side 3"."""
    text = " ".join(row.text().split())
    printed = PAGE_LABEL.match(text)
    if printed:
        return int(printed["number"] or printed["bare"] or printed["first"])
    found = PAGE_IN_TEXT.search(text)
    return int(found.group(1)) if found else None


def strip_furniture(pages: list[list[Row]]) -> tuple[list[list[Row]], list[int | None]]:
    """Pages without their running headers and footers, and the page number each page
    prints in them (None where it prints none).

    Furniture is peeled from the top and the bottom of the pages, outermost row first
    (up to FURNITURE_ROWS deep, a deeper row only where the row outside it was furniture):
    a row is furniture when a page number stands at the same place on at least half the
    pages, or the same text on a clear majority of them (two thirds; half where it prints
    a number, as the meeting's date). A header's place is measured from the page's top
    edge and a footer's from its bottom, so a landscape page has the same furniture.
    Content that repeats ("Beslutning", "Godkendt") is not at the same place on most
    pages, or has an item heading outside it; a template heading that opens two pages
    ("Økonomiske konsekvenser") also stands lower on a page in the same font, which a
    running header does not. A "samlet dokument" may print its running header on its own
    pages only: a text at the same place on most of the pages that one page numbering
    numbers as the document's own, and on no other, is furniture too (titles_own_pages)."""
    count = len(pages)
    removed: list[set[int]] = [set() for _ in pages]
    labels: list[int | None] = [None] * count

    @cache  # found once, and only for a text that repeats on too few of all the pages
    def own_numberings() -> list[frozenset[int]]:
        return own_numbered_pages(pages)

    def recurs_in_body(group: list[Row]) -> bool:
        # Below a page's top rows and above its bottom rows: the same header placed
        # otherwise on a page (a cover, a landscape page) is no body text.
        first = group[0]
        text = first.text()
        return any(
            row.bold == first.bold and abs(row.size - first.size) < 0.3 and row.text() == text
            for rows in pages
            for row in rows[FURNITURE_ROWS:-FURNITURE_ROWS]
        )

    for side in (0, -1):
        active = set(range(count))
        for _ in range(FURNITURE_ROWS):
            outer: dict[int, Row] = {}
            for page in active:
                remaining = [row for row in pages[page] if id(row) not in removed[page]]
                if remaining:
                    outer[page] = remaining[side]
            place = {page: row.y if side else row.from_top for page, row in outer.items()}
            found = furniture(outer, place, count, recurs_in_body, own_numberings)
            for page, label in found.items():
                removed[page].add(id(outer[page]))
                if label is not None and labels[page] is None:
                    labels[page] = label
            active = set(found)
            if not active:
                break
    stripped = [
        [row for row in rows if id(row) not in removed[page]] for page, rows in enumerate(pages)
    ]
    return stripped, labels


def running_text(pages: list[list[Row]], stripped: list[list[Row]]) -> str:
    """The furniture rows that stand on most of the pages, one per line ("Tårnby Kommune ·
    Kommunalbestyrelsen · 30.05.2023"): where the first page is a scan, the meeting's
    date may be read nowhere else."""
    counts: Counter[str] = Counter()
    for rows, kept in zip(pages, stripped, strict=True):
        left = set(map(id, kept))
        counts.update({row.text() for row in rows if id(row) not in left})
    return "\n".join(text for text, number in counts.items() if 2 * number > len(pages))


def own_numbered_pages(pages: list[list[Row]]) -> list[frozenset[int]]:
    """The pages (their indexes) that each page numbering numbers as the document's own,
    "Side 4 af 22" on the file's fourth page, found among a page's FURNITURE_ROWS top and
    bottom rows: one numbering stands at one place (a portal's stamp at the top of every
    page, the document's footer at the bottom of its own pages)."""
    numbered: dict[tuple[bool, int], set[int]] = {}
    for page, rows in enumerate(pages):
        for at_foot, edge in ((False, rows[:FURNITURE_ROWS]), (True, rows[-FURNITURE_ROWS:])):
            for row in edge:
                if page_label(row) == page + 1:
                    place = round(row.y if at_foot else row.from_top)
                    numbered.setdefault((at_foot, place), set()).add(page)
    return list(map(frozenset, numbered.values()))


def furniture(
    outer: dict[int, Row],
    place: dict[int, float],
    count: int,
    recurs_in_body,
    own_numberings,
) -> dict[int, int | None]:
    """Pages whose given row is furniture, with the page number the row prints (None if
    it prints none): it is a page number that counts with the pages (a constant
    difference) at the same place (within 2 pt) on half the ``count`` pages, or its text
    recurs at the same place on two thirds of them (on half where the text has a digit,
    on two at least), or on most of the pages one numbering numbers as the document's own
    and on no other (``own_numberings()``), and nowhere else in the same font."""
    labels = {page: page_label(row) for page, row in outer.items()}
    groups: dict[str, list[int]] = {}
    for page, row in outer.items():
        label = labels[page]
        if label is not None:
            groups.setdefault(f"\0page{label - page}", []).append(page)
        else:
            groups.setdefault(" ".join(row.text().split()), []).append(page)
    found: set[int] = set()
    for key, pages in groups.items():
        numbered = key.startswith("\0page")
        enough = -(-count // 2) if numbered else furniture_pages(key, count)
        if len(pages) < (enough if numbered else 2):
            continue
        heights = sorted(pages, key=place.__getitem__)
        best: list[int] = []
        for start, page in enumerate(heights):
            window = [p for p in heights[start:] if place[p] - place[page] <= 2.0]
            if len(window) > len(best):
                best = window
        if numbered:
            if len(best) >= enough:
                found.update(best)
        elif (
            len(best) >= enough or titles_own_pages(key, set(best), own_numberings())
        ) and not recurs_in_body([outer[p] for p in best]):
            found.update(best)
    return {page: labels[page] for page in found}


# --------------------------------------------------------------------------- text shape


def side_by_side(rows: list[Row]) -> list[Row]:
    """A page's rows with a table of contents set in a column of its own beside other
    text (a front page: the meeting's fields on the left, "Indhold" on the right) read
    as two blocks, the left column's rows before the right column's, each from its own
    left edge: row by row, the two were joined into table rows of unrelated cells.

    The right column is where the rows with dot leaders begin, in the right part of the
    page; from the first row that has text there, no text crosses its edge, and both
    columns have rows of their own (the other's side empty), which a table's rows, cell
    beside cell, do not."""
    if sum(len(row.chunks) > 1 for row in rows) < 2:
        return rows
    leaders = [
        chunk.x0
        for row in rows
        for chunk in row.chunks
        if chunk.segments[-1][0][-1:].isdigit()
        and LEADER_ROW.search("".join(text for text, _ in chunk.segments))
    ]
    if len(leaders) < 2:
        return rows
    edge = min(leaders) - 1
    left = min(row.x0 for row in rows)
    if edge - left < 0.4 * (max(row.x1 for row in rows) - left):
        return rows  # a column of titles beside their numbers, as a table has
    start = next(index for index, row in enumerate(rows) if row.x1 > edge)
    left_rows: list[Row] = []
    right_rows: list[Row] = []
    shift = edge + 1 - left
    shared = 0  # rows with text in both columns
    for row in rows[start:]:
        on_left = tuple(chunk for chunk in row.chunks if chunk.x1 < edge)
        on_right = tuple(
            Chunk(chunk.x0 - shift, chunk.x1 - shift, chunk.segments)
            for chunk in row.chunks
            if chunk.x0 >= edge
        )
        if len(on_left) + len(on_right) < len(row.chunks):
            return rows  # text across the edge: no columns
        shared += bool(on_left and on_right)
        if on_left:
            left_rows.append(row._replace(chunks=on_left))
        if on_right:
            width = on_right[0].x1 - on_right[0].x0
            right_rows.append(row._replace(chunks=on_right, first_word=width))
    if len(left_rows) - shared < 2 or len(right_rows) - shared < 1:
        return rows
    return rows[:start] + left_rows + right_rows


def assemble(rows: list[Row]) -> tuple[list[str], list[int], list[int]]:
    """Rows of all pages as text lines in the parser's shape, with their pages, and the
    line (0-based) each row went into."""
    if not rows:
        return [], [], []
    right = margin(rows)
    left = Counter(round(row.x0) for row in rows).most_common(1)[0][0]
    rows = [
        as_text(row) if row.even_gaps and abs(row.x0 - left) < 1 and right - row.x1 < 1 else row
        for row in rows
    ]
    pitch = line_pitch(rows)
    top = body_top(rows)
    cells = table_cells(rows, pitch)

    pages: list[int] = []
    row_lines: list[int] = []
    segments_of: list[list[tuple[str, str | None]]] = []
    previous: Row | None = None
    continued = False  # whether ``previous`` continues a paragraph
    for index, row in enumerate(rows):
        if previous is None:
            blanks = max(0, round((row.from_top - top) / pitch))
        elif previous.page == row.page:
            gap = previous.y - row.y  # below zero where a column beside begins
            blanks = 0 if 0 < gap <= 1.3 * pitch else max(1, round(gap / pitch) - 1)
        else:
            blanks = 1 + max(0, round((row.from_top - top) / pitch))
        wrapped = (
            previous is not None
            and wraps_into(previous, row, right, pitch, top, continued)
            and index not in cells
            and index - 1 not in cells
        )
        if wrapped:
            join_wrapped(segments_of[-1], row.chunks[0].segments)
            row_lines.append(len(segments_of) - 1)
            previous, continued = row, True
            continue
        for _ in range(blanks):
            pages.append(row.page)
            segments_of.append([])
        if index in cells:
            segments = join_cells(cells[index])
        else:
            segments = join_cells([chunk.segments for chunk in row.chunks])
            if row.x0 - left > 0.8 * row.size:
                segments.insert(0, (" ", None))
        pages.append(row.page)
        row_lines.append(len(segments_of))
        segments_of.append(segments)
        previous, continued = row, False
    return [render(segments) for segments in segments_of], pages, row_lines


def as_text(row: Row) -> Row:
    """A justified row whose word gaps were stretched so wide that they read as cell gaps
    (every gap alike, from the text's left edge to its right margin) as one chunk of
    words: a table's columns do not space evenly and fill the measure."""
    segments: list = []
    for chunk in row.chunks:
        if segments:
            segments.append((" ", None))
        segments.extend(chunk.segments)
    return row._replace(chunks=(Chunk(row.x0, row.x1, tuple(segments)),))


def join_wrapped(segments: list, following: tuple) -> None:
    """Add a wrapped row's segments to the line above it, after a space, or joined to a
    word hyphenated at the row's end: "Kas-" / "sebeholdningen" is one word. The hyphen
    stays where the word has one of its own: before a capital or a digit ("Spodsbjerg-" /
    "Tårs-overfarten"), after an abbreviation in capitals ("MED-" / "udvalgene") or a
    number ("010203-" / "1234", "CO2-" / "neutralt", which pdfium leaves a plain hyphen).
    A hyphen before "og", "eller" or "samt" leaves the word open for the next one
    ("miljø-" / "og klimamæssige"), so the space stays too."""
    text, href = segments[-1]
    after = following[0][0][:1] if following else ""
    hyphen = text.endswith(LINE_END_HYPHEN) or (text.endswith("-") and text[-2:-1].isalnum())
    if hyphen and following and following[0][0].split(" ", 1)[0] in SUSPENDED_BEFORE:
        segments[-1] = (text[:-1] + "-", href)
        segments.append((" ", None))
    elif text.endswith(LINE_END_HYPHEN):
        word = text[:-1].rpartition(" ")[2]
        own = after.isupper() or after.isdigit() or word[-1:].isdigit() or word[1:].isupper()
        segments[-1] = (text[:-1] + ("-" if own else ""), href)
    elif not hyphen:
        segments.append((" ", None))
    segments.extend(following)


def margin(rows: list[Row]) -> float:
    """The right margin of running text: the third largest right edge of rows that are
    neither table rows nor table-of-contents rows (whose tab stops may lie outside the
    text), so that one or two rows running past the margin do not move it."""
    text_rows = [row for row in rows if len(row.chunks) == 1 and not LEADER_ROW.search(row.text())]
    edges = sorted((row.x1 for row in text_rows or rows), reverse=True)
    return edges[min(2, len(edges) - 1)]


def line_pitch(rows: list[Row]) -> float:
    """The usual distance between the baselines of two rows of one paragraph."""
    gaps = [
        round(a.y - b.y, 1)
        for a, b in pairwise(rows)
        if a.page == b.page and 0 < a.y - b.y < 2 * a.size
    ]
    if not gaps:
        return 1.2 * median(row.size for row in rows)
    return Counter(gaps).most_common(1)[0][0]


def body_top(rows: list[Row]) -> float:
    """Where a page's text begins, below the page's top edge: at the highest first row of
    any page but the first (whose title block may stand higher), so that space left above
    a page's first row counts as blank lines, whatever the page's height."""
    firsts = [page_rows[0].from_top for page_rows in by_page(rows).values()]
    return min(firsts[1:] or firsts)


def by_page(rows: list[Row]) -> dict[int, list[Row]]:
    pages: dict[int, list[Row]] = {}
    for row in rows:
        pages.setdefault(row.page, []).append(row)
    return pages


def wraps_into(
    previous: Row, row: Row, right: float, pitch: float, top: float, continued: bool
) -> bool:
    """Whether ``row`` continues the paragraph of ``previous``: the row above is filled
    so far that the first word of this row would not have fitted after it, in the same
    font, and the row does not start left of a row that itself continued a paragraph.
    Across a page break a full row that ends a sentence before a capital letter or a list
    entry is taken as the end of a paragraph: the geometry cannot tell, and a split
    paragraph is the smaller harm."""
    if len(previous.chunks) > 1 or len(row.chunks) > 1:
        return False
    before = previous.text()
    if LEADER_ROW.search(before):
        return False
    if abs(previous.size - row.size) > 0.5 or previous.bold != row.bold:
        return False
    if continued and row.x0 < previous.x0 - 1:
        return False
    if previous.page == row.page:
        if previous.y - row.y > 1.3 * pitch:
            return False
    else:
        if abs(row.from_top - top) > 0.5 * pitch:
            return False
        after = row.text()
        if SENTENCE_END.search(before) and (after[:1].isupper() or STARTS_ENTRY.match(after)):
            return False
    space = 0.28 * row.size
    if previous.x1 + space + row.first_word <= right - 1.0:
        return False
    # A full row that ends a sentence, then a row opening with a label ("Fraværende: ...",
    # "Bilag:", "Sagsnr.: ..."): the label starts a line of its own, as the parser reads it.
    return not (SENTENCE_END.search(before) and row.text().startswith(LINE_LABELS))


def table_cells(
    rows: list[Row], pitch: float
) -> dict[int, list[tuple[tuple[str, str | None], ...]]]:
    """Rows that belong to a table, with their cells on the table's columns.

    A table is a run of rows on one page without blank lines between them in which
    rows have several cells. Columns are the spans of those cells, merged where they
    overlap. A row with one cell belongs to the table when it stands between rows with
    several cells or starts in a later column (an empty first cell)."""
    result: dict[int, list] = {}
    run: list[int] = []

    def close() -> None:
        if any(len(rows[i].chunks) > 1 for i in run):
            layout_table(rows, run, result)
        run.clear()

    for index, row in enumerate(rows):
        if run:
            above = rows[run[-1]]
            if above.page != row.page or above.y - row.y > 1.3 * pitch:
                close()
        run.append(index)
    close()
    return result


def layout_table(rows: list[Row], run: list[int], result: dict) -> None:
    multi = [i for i in run if len(rows[i].chunks) > 1]
    spans = sorted((chunk.x0, chunk.x1) for i in multi for chunk in rows[i].chunks)
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + 1:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    if len(columns) < 2:
        return
    first, last = multi[0], multi[-1]
    for index in run:
        row = rows[index]
        column_of = [column_index(columns, chunk) for chunk in row.chunks]
        between = first < index < last
        if len(row.chunks) == 1 and not between and column_of[0] == 0:
            continue
        if len(row.chunks) == 1 and not between and index not in (first - 1, last + 1):
            continue
        cells: list[list] = [[] for _ in columns]
        for chunk, column in zip(row.chunks, column_of, strict=True):
            if cells[column]:
                cells[column].append((" ", None))
            cells[column].extend(chunk.segments)
        result[index] = [tuple(cell) for cell in cells]


def column_index(columns: list[list[float]], chunk: Chunk) -> int:
    best, overlap = 0, -1.0
    for index, (x0, x1) in enumerate(columns):
        shared = min(x1, chunk.x1) - max(x0, chunk.x0)
        if shared > overlap:
            best, overlap = index, shared
    return best


def render(segments: list[tuple[str, str | None]]) -> str:
    """Segments as text, links as "[text](address)"; a link broken over two rows is one
    link, as it was one in the document."""
    merged: list[list] = []
    for text, href in segments:
        if not text:
            continue
        text = text.replace(LINE_END_HYPHEN, "-")  # a row not joined to the next keeps it
        if merged and merged[-1][1] == href:
            merged[-1][0] += text
        elif (
            len(merged) >= 2
            and href is not None
            and merged[-2][1] == href
            and not merged[-1][0].strip()
            and merged[-1][1] is None
        ):
            space = merged.pop()[0]
            merged[-1][0] += space + text
        else:
            merged.append([text, href])
    return render_links(merged)
