"""Read DOCX: the WordprocessingML parts from the zip archive, rendered into the text
shape the parser reads, with the page of every line where Word recorded its pages.

- Every paragraph is a line; a blank line separates paragraphs, except between
  paragraphs of one list, rows of one table and entries of the table of contents; an
  empty paragraph adds a blank line. A line break inside a paragraph starts a new line.
- Automatic numbering is resolved to the numbers Word shows ("3.", "b)"), from
  numbering.xml and the paragraph styles; a paragraph whose first line is indented
  starts with a space, as indented lists do in the text shape (a number hanging at the
  margin is not indented). A heading (a heading style or an outline level) is never
  indented: its indent is the list's layout, its number the item's number.
- A line break inside a heading wraps its one title, as Word's table of contents prints
  it; elsewhere it starts a new line (addresses, vote lines).
- Table rows are lines of tab-separated cells.
- A text box prints: its paragraphs follow the paragraph that anchors it, read once
  (Word writes a box twice, as a drawing and in VML for older readers).
- Tracked changes are read as accepted: deleted text is left out, and a paragraph whose
  mark is deleted runs on into the next one.
- Hyperlinks become "[text](target)"; a link to a bookmark is "[text](#name)", and the
  bookmarks are the document's anchors, so links in the table of contents can be
  checked. The table-of-contents field gives its entries with their cached page numbers.
- Pages: Word writes ``w:lastRenderedPageBreak`` where a page began when it last laid
  out the document. Where such marks exist, a line's page is counted from them (and from
  hard page breaks that no mark follows). Where none exist (the file was written by a
  program that does not lay out pages), pages are unknown rather than guessed, and the
  metadata says so (RL904).
- Traces of drafting that are not printed text are kept beside the text: Word comments
  (comments.xml, resolved or not from commentsExtended.xml) at the line their range
  starts, and content controls still showing their placeholder text (w:showingPlcHdr),
  whose text stays in the lines because Word prints it.

The archive is untrusted: members and sizes are bounded before anything is unpacked,
the XML parser neither loads DTDs nor resolves entities nor touches the network, a part
with a DTD is refused, and libxml2's depth limit stands.
"""

import re
import zipfile
from io import BytesIO

from referatlint import regex
from referatlint.errors import InputError
from referatlint.read.source import (
    TOC_HEADING_TEXT,
    Block,
    Source,
    anchor_lines,
    formatted,
    is_toc_heading,
    render_links,
    tight,
)
from referatlint.records import record
from referatlint.text import Msg

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_DOCUMENT = "/officeDocument"
DC = "{http://purl.org/dc/elements/1.1/}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"

MAX_MEMBERS = 5000
MAX_TOTAL = 512 * 1024 * 1024  # declared uncompressed size of the whole archive
MAX_PART = 48 * 1024 * 1024  # actual uncompressed size of one part that is read
MAX_RATIO = 200  # uncompressed : compressed, for a part over RATIO_FROM that is read
RATIO_FROM = 2 * 1024 * 1024
DTD_MARKS = tuple(
    mark.encode(encoding)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be")
)

# Sentences, as every finding's message (RL901); a library's reason (English) is left out:
# it tells a secretary nothing, and the fix is the same.
NOT_ZIP = Msg(
    "Filen har endelsen .docx, men er ikke et Word-dokument.",
    "The file ends in .docx but is not a Word document.",
)
NOT_ZIP_FIX = Msg(
    "Tjek, at det er den rigtige fil, eller gem dokumentet som .docx igen i Word.",
    "Check that it is the right file, or save the document as .docx again in Word.",
)
OLD_OR_ENCRYPTED = Msg(
    "Word-filen er i det gamle .doc-format eller beskyttet med en adgangskode.",
    "The Word file is in the old .doc format or protected by a password.",
)
OLD_OR_ENCRYPTED_FIX = Msg(
    "Åbn den i Word, og gem den som .docx uden adgangskode.",
    "Open it in Word and save it as .docx without a password.",
)
DAMAGED = Msg(
    "Word-filen er beskadiget og kan ikke åbnes.",
    "The Word file is damaged and cannot be opened.",
)
SAVE_AGAIN = Msg(
    "Gem eller eksportér filen igen fra Word eller dagsordenssystemet.",
    "Save or export the file again from Word or the agenda system.",
)
BOMB = Msg(
    "Word-filen fylder for meget, når den pakkes ud (over {size} MB), så den læses ikke.",
    "The Word file takes up too much space unpacked (over {size} MB), so it is not read.",
)
BOMB_RATIO = Msg(
    "Word-filen pakker sig ud til over {ratio} gange sin størrelse, så den læses ikke.",
    "The Word file unpacks to over {ratio} times its size, so it is not read.",
)
TOO_MANY_PARTS = Msg(
    "Word-filen består af for mange dele ({count}; grænsen er {limit}), så den læses ikke.",
    "The Word file consists of too many parts ({count}; the limit is {limit}), so it is not read.",
)
BOMB_FIX = Msg(
    "Tjek, at det er den rigtige fil, og gem den igen fra Word.",
    "Check that it is the right file, and save it again from Word.",
)
ENCRYPTED_MEMBER = Msg(
    "Word-filen har krypterede dele og kan ikke læses.",
    "The Word file has encrypted parts and cannot be read.",
)
ENCRYPTED_MEMBER_FIX = Msg(
    "Fjern krypteringen (adgangskoden) i Word, og gem filen igen.",
    "Remove the encryption (password) in Word, and save the file again.",
)
DTD = Msg(
    "Word-filen indeholder noget, Word aldrig skriver (en DTD eller entiteter i {part}), "
    "så den læses ikke.",
    "The Word file contains something Word never writes (a DTD or entities in {part}), so "
    "it is not read.",
)
DTD_FIX = Msg(
    "Tjek, hvor filen kommer fra; åbn den i Word, og gem den igen.",
    "Check where the file comes from; open it in Word and save it again.",
)

HEADING_STYLE = regex.compile(r"^(?:heading|overskrift)\s*\d$", re.IGNORECASE)
TOC_STYLE = regex.compile(r"^(?:toc|indholdsfortegnelse)\s*\d$", re.IGNORECASE)
TOC_HEADING_STYLE = regex.compile(r"^(?:toc heading|overskrift til indholdsfortegnelse)$", re.I)
FIELD_TARGET = regex.compile(r'^\s*HYPERLINK\s+(?:(?P<local>\\l)\s+)?"(?P<target>[^"]*)"', re.I)
BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "o": "◦"}
BODY_TEXT_LEVEL = 9  # w:outlineLvl 9: body text; 0-8 are heading levels
BLOCKS = {"p", "tbl", "sdt", "customXml", "sectPr"}
SKIPPED = {"drawing", "pict", "object", "AlternateContent", "del", "moveFrom", "instrText"}


@record
class Part:
    name: str
    root: object


def read_docx(data: bytes, path: str) -> Source:
    archive = open_archive(data)
    main = main_part_name(archive)
    document = load_xml(archive, main)
    if document is None:
        raise InputError(DAMAGED, fix=SAVE_AGAIN)
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    rels = relationships(load_xml(archive, rels_name(main)))
    styles = Styles(load_xml(archive, folder + "styles.xml"))
    numbering = Numbering(load_xml(archive, folder + "numbering.xml"), styles)
    core = load_xml(archive, "docProps/core.xml")
    body = document.find(f"{W}body")
    if body is None:
        raise InputError(DAMAGED, fix=SAVE_AGAIN)
    renderer = Renderer(styles, numbering, rels)
    renderer.container(body)
    lines, pages, anchors, commented, placeholders = renderer.result()
    threads = comment_threads(
        load_xml(archive, folder + "comments.xml"),
        load_xml(archive, folder + "commentsExtended.xml"),
    )
    comments = tuple((line, *threads[name]) for name, line in commented if name in threads)
    known = renderer.rendered_breaks > 0
    metadata = [
        ("docx.rendered_page_breaks", str(renderer.rendered_breaks)),
        ("docx.hard_page_breaks", str(renderer.hard_breaks)),
    ]
    if core is not None:
        title = core.findtext(f"{DC}title") or ""
        metadata.append(("docx.title", " ".join(title.split())))
    return Source(
        path,
        "docx",
        tuple(lines),
        tuple(pages) if known else None,
        (max(pages) if pages else 1) if known else None,
        (),
        tuple(metadata),
        tuple(anchors),
        comments,
        placeholders,
    )


# --------------------------------------------------------------------------- archive


def open_archive(data: bytes) -> zipfile.ZipFile:
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InputError(OLD_OR_ENCRYPTED, fix=OLD_OR_ENCRYPTED_FIX)
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(NOT_ZIP, fix=NOT_ZIP_FIX)
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    # NotImplementedError: a damaged directory can ask for a zip version or feature
    # that does not exist.
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        raise InputError(DAMAGED, fix=SAVE_AGAIN) from None
    if len(members) > MAX_MEMBERS:
        too_many = TOO_MANY_PARTS.format(count=len(members), limit=MAX_MEMBERS)
        raise InputError(too_many, fix=BOMB_FIX)
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL:
        raise InputError(BOMB.format(size=total // (1024 * 1024)), fix=BOMB_FIX)
    return archive


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        member = archive.getinfo(name)
    except KeyError:
        return None
    if member.flag_bits & 0x1:
        raise InputError(ENCRYPTED_MEMBER, fix=ENCRYPTED_MEMBER_FIX)
    ratio = member.file_size / max(member.compress_size, 1)
    if member.file_size > MAX_PART:
        raise InputError(BOMB.format(size=member.file_size // (1024 * 1024)), fix=BOMB_FIX)
    if member.file_size > RATIO_FROM and ratio > MAX_RATIO:
        raise InputError(BOMB_RATIO.format(ratio=MAX_RATIO), fix=BOMB_FIX)
    try:
        with archive.open(member) as handle:
            data = handle.read(MAX_PART + 1)
    except Exception:  # BadZipFile, zlib.error, EOFError ...: a corrupt member
        raise InputError(DAMAGED, fix=SAVE_AGAIN) from None
    if len(data) > MAX_PART:
        raise InputError(BOMB.format(size=MAX_PART // (1024 * 1024)), fix=BOMB_FIX)
    return data


def load_xml(archive: zipfile.ZipFile, name: str):
    """A part parsed safely, or None when the archive has no such part."""
    from lxml import etree

    data = read_member(archive, name)
    if data is None:
        return None
    if any(mark in data for mark in DTD_MARKS):
        raise InputError(DTD.format(part=name), fix=DTD_FIX)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise InputError(DAMAGED, fix=SAVE_AGAIN) from None
    if root is None:
        raise InputError(DAMAGED, fix=SAVE_AGAIN)
    if root.getroottree().docinfo.doctype:
        raise InputError(DTD.format(part=name), fix=DTD_FIX)
    return root


def rels_name(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def main_part_name(archive: zipfile.ZipFile) -> str:
    package = load_xml(archive, "_rels/.rels")
    if package is not None:
        for rel in package.iter(f"{PACKAGE_RELS}Relationship"):
            if rel.get("Type", "").endswith(OFFICE_DOCUMENT):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def relationships(root) -> dict[str, str]:
    if root is None:
        return {}
    return {
        rel.get("Id"): rel.get("Target", "")
        for rel in root.iter(f"{PACKAGE_RELS}Relationship")
        if rel.get("Id")
    }


# --------------------------------------------------------------------------- comments


def comment_threads(comments, extended) -> dict[str, tuple[str, str, bool]]:
    """(author, text, resolved) of every comment that opens a thread, by its id. Word
    marks a thread resolved ("done") on the paragraph id of its first comment's last
    paragraph; a reply names its parent there and is part of the parent's thread."""
    if comments is None:
        return {}
    done: dict[str, bool] = {}
    replies: set[str] = set()
    if extended is not None:
        for entry in extended.iter(f"{W15}commentEx"):
            para = entry.get(f"{W15}paraId")
            done[para] = entry.get(f"{W15}done") == "1"
            if entry.get(f"{W15}paraIdParent"):
                replies.add(para)
    threads = {}
    for comment in comments.iter(f"{W}comment"):
        paragraphs = comment.findall(f"{W}p")
        last = paragraphs[-1].get(f"{W14}paraId") if paragraphs else None
        if last in replies:
            continue
        text = " ".join(
            "".join(t.text or "" for t in paragraph.iter(f"{W}t")).strip()
            for paragraph in paragraphs
        ).strip()
        author = comment.get(f"{W}author", "")
        threads[comment.get(f"{W}id")] = (author, text, done.get(last, False))
    return threads


# --------------------------------------------------------------------------- styles


class Styles:
    """Paragraph styles by id: name, base style, numbering and indentation."""

    def __init__(self, root):
        self.names: dict[str, str] = {}
        self.based_on: dict[str, str] = {}
        self.numbering: dict[str, tuple[str | None, str | None]] = {}
        self.indent: dict[str, int] = {}
        self.outline: dict[str, int] = {}
        self.headings: dict[str | None, bool] = {}
        if root is None:
            return
        for style in root.iter(f"{W}style"):
            sid = style.get(f"{W}styleId")
            if not sid:
                continue
            name = style.find(f"{W}name")
            self.names[sid] = name.get(f"{W}val", sid) if name is not None else sid
            based = style.find(f"{W}basedOn")
            if based is not None:
                self.based_on[sid] = based.get(f"{W}val")
            ppr = style.find(f"{W}pPr")
            if ppr is not None:
                num = ppr.find(f"{W}numPr")
                if num is not None:
                    self.numbering[sid] = num_pr(num)
                ind = indentation(ppr)
                if ind is not None:
                    self.indent[sid] = ind
                level = outline_level(ppr)
                if level is not None:
                    self.outline[sid] = level

    def chain(self, sid: str | None):
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            yield sid
            sid = self.based_on.get(sid)

    def name(self, sid: str | None) -> str:
        return self.names.get(sid, sid or "") if sid else ""

    def numbering_of(self, sid: str | None) -> tuple[str | None, str | None] | None:
        for style in self.chain(sid):
            if style in self.numbering:
                return self.numbering[style]
        return None

    def indent_of(self, sid: str | None) -> int | None:
        for style in self.chain(sid):
            if style in self.indent:
                return self.indent[style]
        return None

    def is_heading(self, sid: str | None, outline: int | None = None) -> bool:
        """A heading style, or a paragraph or style with an outline level (a template's
        own "Dagsordenpunkt" style that Word's navigation pane and TOC list)."""
        if outline is not None and outline < BODY_TEXT_LEVEL:
            return True
        if sid not in self.headings:  # asked for every paragraph: once per style
            chain = list(self.chain(sid))
            level = next((self.outline[s] for s in chain if s in self.outline), BODY_TEXT_LEVEL)
            self.headings[sid] = level < BODY_TEXT_LEVEL or any(
                HEADING_STYLE.match(self.name(style)) for style in chain
            )
        return self.headings[sid]

    def is_toc(self, sid: str | None) -> bool:
        return bool(TOC_STYLE.match(self.name(sid)))


def num_pr(element) -> tuple[str | None, str | None]:
    ilvl = element.find(f"{W}ilvl")
    num = element.find(f"{W}numId")
    return (
        num.get(f"{W}val") if num is not None else None,
        ilvl.get(f"{W}val") if ilvl is not None else None,
    )


def outline_level(ppr) -> int | None:
    element = ppr.find(f"{W}outlineLvl")
    return int_value(element, BODY_TEXT_LEVEL) if element is not None else None


def indentation(ppr) -> int | None:
    """Where the paragraph's first line starts, in twips from the margin: a hanging indent
    pulls it back ("left=567 hanging=567" puts a list number at the margin, the text at
    1 cm), a first-line indent pushes it in."""
    ind = ppr.find(f"{W}ind")
    if ind is None:
        return None
    value = ind.get(f"{W}left") or ind.get(f"{W}start")
    try:
        if value is None:
            return None
        return int(value) - int(ind.get(f"{W}hanging") or 0) + int(ind.get(f"{W}firstLine") or 0)
    except ValueError:
        return None


# --------------------------------------------------------------------------- numbering


@record
class Level:
    start: int
    fmt: str
    text: str
    indent: int | None


class Numbering:
    """Automatic numbering resolved as Word shows it: lists that share an abstract
    definition continue one another unless a list instance restarts (startOverride)."""

    def __init__(self, root, styles: Styles):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[tuple[str, int]] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        for abstract in root.iter(f"{W}abstractNum"):
            aid = abstract.get(f"{W}abstractNumId")
            self.abstract[aid] = {
                int(lvl.get(f"{W}ilvl", "0")): level(lvl) for lvl in abstract.iter(f"{W}lvl")
            }
            link = abstract.find(f"{W}numStyleLink")
            if link is not None and not self.abstract[aid]:
                links[aid] = link.get(f"{W}val")
        for num in root.iter(f"{W}num"):
            nid = num.get(f"{W}numId")
            ref = num.find(f"{W}abstractNumId")
            if nid is None or ref is None:
                continue
            aid = ref.get(f"{W}val")
            if aid in links:  # a list style: follow it to the list it stands for
                linked = styles.numbering_of(links[aid])
                target = next(
                    (
                        n.find(f"{W}abstractNumId").get(f"{W}val")
                        for n in root.iter(f"{W}num")
                        if linked
                        and n.get(f"{W}numId") == linked[0]
                        and n.find(f"{W}abstractNumId") is not None
                    ),
                    aid,
                )
                aid = target
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = override.find(f"{W}startOverride")
                if start is not None:
                    starts[ilvl] = int_value(start, 1)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    levels[ilvl] = level(lvl)
            self.instances[nid] = (aid, starts, levels)

    def label(self, num_id: str, ilvl: int) -> tuple[str, int | None] | None:
        """The number as Word shows it ("3.", "b)", "•") and the level's indentation."""
        if num_id not in self.instances or not 0 <= ilvl < 9:
            return None
        aid, starts, overrides = self.instances[num_id]
        levels = {**self.abstract.get(aid, {}), **overrides}
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(aid, [None] * 9)
        if ilvl in starts and (num_id, ilvl) not in self.started:
            counters[ilvl] = starts[ilvl] - 1
        self.started.add((num_id, ilvl))
        current = counters[ilvl]
        counters[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        this = levels[ilvl]
        if this.fmt == "none":
            return "", this.indent
        if this.fmt == "bullet":
            return "".join(BULLETS.get(ch, ch) for ch in this.text) or "•", this.indent

        def number(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            if index not in levels:
                return ""
            value = counters[index] if counters[index] is not None else levels[index].start
            return formatted(value, levels[index].fmt)

        return re.sub(r"%([1-9])", number, this.text), this.indent


def int_value(element, default: int) -> int:
    try:
        return int(element.get(f"{W}val"))
    except (TypeError, ValueError):
        return default


def level(lvl) -> Level:
    start = lvl.find(f"{W}start")
    fmt = lvl.find(f"{W}numFmt")
    text = lvl.find(f"{W}lvlText")
    ppr = lvl.find(f"{W}pPr")
    return Level(
        int_value(start, 1) if start is not None else 1,
        fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
        text.get(f"{W}val", "") if text is not None else "",
        indentation(ppr) if ppr is not None else None,
    )


# --------------------------------------------------------------------------- rendering


class Renderer:
    def __init__(self, styles: Styles, numbering: Numbering, rels: dict[str, str]):
        self.styles = styles
        self.numbering = numbering
        self.rels = rels
        self.blocks: list[Block] = []
        self.page = 1
        self.rendered_breaks = 0
        self.hard_breaks = 0
        self.pending_hard = False
        self.fields: list[dict] = []  # open complex fields
        self.anchors: list[tuple[str, int]] = []  # bookmark, block index
        self.comments: list[tuple[str, int]] = []  # comment id, block index
        self.placeholders: list[tuple[str, int]] = []  # placeholder text, block index
        self.tables = 0
        self.carried: tuple | None = None  # a paragraph that runs on into the next one
        self.boxes: list = []  # the text boxes anchored in the paragraph being rendered
        # the paragraph being rendered
        self.segments: list[list] = []
        self.lines: list[tuple[list, int]] = []
        self.href: str | None = None
        self.line_page: int | None = None
        self.in_heading = False

    # ----------------------------------------------------------------- structure
    def container(self, element) -> None:
        for child in element:
            tag = local(child)
            if tag == "p":
                self.paragraph(child)
                if self.boxes and self.carried is None:
                    # a text box prints: its paragraphs follow the one that anchors it
                    boxes, self.boxes = self.boxes, []
                    for box in boxes:
                        self.container(box)
            elif tag == "tbl":
                self.table(child)
            elif tag in ("sdt", "customXml", "ins", "moveTo"):
                content = child.find(f"{W}sdtContent") if tag == "sdt" else child
                if content is not None:
                    if tag == "sdt":
                        self.content_control(child, content)
                    self.container(content)
            elif tag == "bookmarkStart":
                self.bookmark(child)
            elif tag == "commentRangeStart":
                self.comment(child)

    def table(self, element) -> None:
        self.tables += 1
        group = self.tables
        for row in unwrapped(element, "tr"):
            cells: list[str] = []
            page = None
            for cell in unwrapped(row, "tc"):
                text, cell_page = self.cell_text(cell)
                page = page or cell_page
                cells.append(text)
                span = cell.find(f"{W}tcPr/{W}gridSpan")
                if span is not None:
                    cells.extend([""] * (int_value(span, 1) - 1))
            if cells:
                self.blocks.append(Block("row", [("\t".join(cells), page or self.page)], group))

    def cell_text(self, cell) -> tuple[str, int | None]:
        """A table cell's paragraphs as one line (nested tables flattened into it)."""
        start = len(self.blocks)
        self.container(cell)
        produced = self.blocks[start:]
        del self.blocks[start:]
        texts = [text for block in produced for text, _ in block.lines if text.strip()]
        page = next((page for block in produced for _, page in block.lines), None)
        for marks in (self.anchors, self.comments, self.placeholders):
            for index, (name, position) in enumerate(marks):
                if position > start:
                    marks[index] = (name, start)
        return " ".join(text.replace("\t", " ").strip() for text in texts), page

    def bookmark(self, element) -> None:
        name = element.get(f"{W}name")
        if name and name != "_GoBack":
            self.anchors.append((name, len(self.blocks)))

    def comment(self, element) -> None:
        """Where a comment's range starts (or, without a range, its reference mark)."""
        name = element.get(f"{W}id")
        if name is not None and all(name != seen for seen, _ in self.comments):
            self.comments.append((name, len(self.blocks)))

    def content_control(self, element, content) -> None:
        """A content control still showing its placeholder: Word prints the text, but it
        is the template's prompt, not what the author wrote."""
        showing = element.find(f"{W}sdtPr/{W}showingPlcHdr")
        if showing is not None and not off(showing):
            text = " ".join("".join(t.text or "" for t in content.iter(f"{W}t")).split())
            if text:
                self.placeholders.append((text, len(self.blocks)))

    # ----------------------------------------------------------------- paragraphs
    def paragraph(self, element) -> None:
        ppr = element.find(f"{W}pPr")
        style = None
        numbered = None
        indent = None
        outline = None
        if ppr is not None:
            pstyle = ppr.find(f"{W}pStyle")
            style = pstyle.get(f"{W}val") if pstyle is not None else None
            num = ppr.find(f"{W}numPr")
            if num is not None:
                numbered = num_pr(num)
            indent = indentation(ppr)
            outline = outline_level(ppr)
            if ppr.find(f"{W}pageBreakBefore") is not None and not off(
                ppr.find(f"{W}pageBreakBefore")
            ):
                self.hard_break()
        if numbered is None:
            numbered = self.styles.numbering_of(style)
        toc_before = self.in_toc()
        self.segments, self.lines, self.line_page = self.carried or ([], [], None)
        self.carried = None
        self.in_heading = self.styles.is_heading(style, outline)
        self.inline(element)
        if runs_on(element, ppr):
            self.carried = (self.segments, self.lines, self.line_page)
            return
        self.end_line()
        lines = [(render_links(segments), page) for segments, page in self.lines]
        has_text = any(text.strip() for text, _ in lines)
        if not has_text:
            if self.is_empty(element):
                self.blocks.append(Block("empty", [("", self.page)]))
            return
        label = None
        if numbered and numbered[0] not in (None, "0"):
            label = self.numbering.label(numbered[0], int(numbered[1] or 0))
        if indent is None and label is not None:
            indent = label[1]
        if indent is None:
            indent = self.styles.indent_of(style)
        kind = "para"
        if toc_before or self.in_toc() or self.styles.is_toc(style):
            kind = "toc"
        elif label is not None and not self.in_heading:
            kind = "list"
        first_text, first_page = lines[0]
        if label is not None and label[0]:
            first_text = f"{label[0]} {first_text.lstrip()}"
        if indent and indent > 0 and kind in ("para", "list") and not self.in_heading:
            first_text = " " + first_text.lstrip()
        lines[0] = (first_text, first_page)
        self.blocks.append(Block(kind, lines))

    @staticmethod
    def is_empty(element) -> bool:
        """An empty paragraph shows as an empty line; a paragraph holding only a page
        break or field codes does not."""
        for node in element.iter():
            tag = local(node)
            if tag == "br" and node.get(f"{W}type") == "page":
                return False
            if tag in ("fldChar", "instrText", "fldSimple", "sectPr"):
                return False
        return True

    def in_toc(self) -> bool:
        return any(field.get("toc") for field in self.fields)

    def inline(self, element) -> None:
        for child in element:
            tag = local(child)
            if tag in SKIPPED or tag == "pPr":
                continue
            if tag == "r":
                self.run(child)
            elif tag == "hyperlink":
                target = child.get(f"{W}anchor")
                rid = child.get(f"{R}id")
                if target is not None:
                    href = "#" + target
                elif rid is not None:
                    href = self.rels.get(rid, "")
                else:
                    href = ""
                saved, self.href = self.href, href
                self.inline(child)
                self.href = saved
            elif tag == "fldSimple":
                instruction = child.get(f"{W}instr", "")
                link = FIELD_TARGET.match(instruction)
                saved = self.href
                if link:
                    self.href = ("#" if link["local"] else "") + link["target"]
                self.inline(child)
                self.href = saved
            elif tag == "bookmarkStart":
                self.bookmark(child)
            elif tag == "commentRangeStart":
                self.comment(child)
            elif tag == "sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.content_control(child, content)
                    self.inline(content)
            elif tag in ("ins", "moveTo", "smartTag", "customXml", "sdtContent", "dir"):
                self.inline(child)

    def run(self, element) -> None:
        for child in element:
            tag = local(child)
            if tag == "fldChar":
                self.field_char(child)
            elif tag == "instrText":
                if self.fields and self.fields[-1]["state"] == "code":
                    self.fields[-1]["code"] += child.text or ""
            elif self.fields and self.fields[-1]["state"] == "code":
                continue  # the field's instructions, not its result
            elif tag == "t":
                self.text(child.text or "")
            elif tag == "tab" or tag == "ptab":
                self.text("\t", plain=True)
            elif tag == "br":
                kind = child.get(f"{W}type")
                if kind == "page":
                    self.hard_break()
                elif kind != "column":
                    self.line_break()
            elif tag == "cr":
                self.line_break()
            elif tag == "noBreakHyphen":
                self.text("-")
            elif tag == "sym":
                self.text(BULLETS.get(chr(int(child.get(f"{W}char", "20"), 16)), " "))
            elif tag == "lastRenderedPageBreak":
                self.rendered_breaks += 1
                self.page += 1
                self.pending_hard = False
            elif tag == "commentReference":
                self.comment(child)
            elif tag in ("drawing", "pict", "AlternateContent"):
                self.boxes.extend(text_boxes(child))

    def field_char(self, element) -> None:
        kind = element.get(f"{W}fldCharType")
        if kind == "begin":
            self.fields.append({"state": "code", "code": "", "saved": self.href})
        elif kind == "separate" and self.fields:
            field = self.fields[-1]
            field["state"] = "result"
            code = field["code"].strip()
            field["toc"] = code.upper().startswith("TOC")
            link = FIELD_TARGET.match(code)
            if link:
                self.href = ("#" if link["local"] else "") + link["target"]
        elif kind == "end" and self.fields:
            field = self.fields.pop()
            self.href = field["saved"]

    def hard_break(self) -> None:
        self.hard_breaks += 1
        self.pending_hard = True

    def text(self, value: str, plain: bool = False) -> None:
        if not value:
            return
        if self.pending_hard and value.strip():
            # a hard page break that Word did not follow with a rendered mark
            self.page += 1
            self.pending_hard = False
        if self.line_page is None and value.strip():
            self.line_page = self.page
        href = self.href
        if value == "\t" and href is not None:
            href = None
            self.href = None  # a tab ends a link: "[Titel](#_Toc1)\t3"
        if self.segments and self.segments[-1][1] == href:
            self.segments[-1][0] += value
        else:
            self.segments.append([value, href])

    def line_break(self) -> None:
        """A heading broken by hand to fit its column is still one title."""
        if not self.in_heading:
            self.end_line()
        elif self.segments and self.segments[-1][0][-1:] not in (" ", "\t"):
            self.text(" ")

    def end_line(self) -> None:
        self.lines.append((self.segments, self.line_page or self.page))
        self.segments, self.line_page = [], None

    # ----------------------------------------------------------------- output
    def result(self) -> tuple[list[str], list[int], list, list, tuple]:
        """The lines and their pages; then, each at its line, the bookmarks as (name, line),
        the comments as (id, line) and the placeholders as (line, text)."""
        lines: list[str] = []
        pages: list[int] = []
        first_line: dict[int, int] = {}
        previous: Block | None = None
        pending = 0
        for index, block in enumerate(self.blocks):
            if block.kind == "empty":
                pending += 1
                continue
            page = block.lines[0][1]
            opens_toc = block.kind == "toc" and (previous is None or previous.kind != "toc")
            if opens_toc and (previous is None or not is_toc_heading(previous.lines[-1][0])):
                # Word's TOC field has no heading of its own; the parser needs one
                added = ["", TOC_HEADING_TEXT] if lines else [TOC_HEADING_TEXT]
                lines.extend(added)
                pages.extend([page] * len(added))
                previous = Block("para", [(TOC_HEADING_TEXT, page)])
            blanks = pending
            if previous is not None and not tight(previous, block):
                blanks += 1
            for _ in range(blanks):
                lines.append("")
                pages.append(page)
            first_line[index] = len(lines) + 1
            for text, line_page in block.lines:
                lines.append(text)
                pages.append(line_page)
            previous, pending = block, 0
        anchors, comments, placeholders = (
            anchor_lines(marks, first_line, len(self.blocks), len(lines))
            for marks in (self.anchors, self.comments, self.placeholders)
        )
        return lines, pages, anchors, comments, tuple((line, text) for text, line in placeholders)


def runs_on(element, ppr) -> bool:
    """Whether a paragraph runs on into the next one: its mark is a tracked deletion, so
    with the changes accepted the two are one paragraph, in the next one's format."""
    mark = ppr.find(f"{W}rPr") if ppr is not None else None
    if mark is None or (mark.find(f"{W}del") is None and mark.find(f"{W}moveFrom") is None):
        return False
    following = next(
        (sibling for sibling in element.itersiblings() if local(sibling) in BLOCKS), None
    )
    return following is not None and local(following) == "p"


def text_boxes(element) -> list:
    """The contents (w:txbxContent) of the text boxes in a drawing, each once: Word writes
    a box twice, as a drawing (mc:Choice) and as VML for older readers (mc:Fallback)."""
    if next(element.iter(f"{W}txbxContent"), None) is None:
        return []  # a picture, a chart: the quick case
    if local(element) == "txbxContent":
        return [element]
    if local(element) == "AlternateContent":
        return text_boxes(element[0]) if len(element) else []
    return [box for child in element for box in text_boxes(child)]


def local(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def off(element) -> bool:
    return element.get(f"{W}val") in ("0", "false", "off")


def unwrapped(element, tag: str):
    """The children of ``element`` with the given local name, also those that a content
    control (w:sdt) or custom XML wraps; not those of a nested table."""
    for child in element:
        name = local(child)
        if name == tag:
            yield child
        elif name == "sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from unwrapped(content, tag)
        elif name == "customXml":
            yield from unwrapped(child, tag)
