"""Read HTML: the web version of an agenda or minutes (lxml.html), rendered into the text
shape the parser reads.

- Headings, paragraphs and other blocks are lines with a blank line between them; a
  ``<br>`` starts a new line; an empty ``<p>`` adds a blank line, as an empty paragraph
  does in Word.
- List items are lines starting with a space and their number ("3.", "c)") or a bullet,
  without blank lines between items of one list; without either where the page hides it
  (``list-style: none``) or an item prints its number itself ("1. Godkendelse").
- Table rows are lines of tab-separated cells; a definition list's term and value are
  such a row ("Mødedato<TAB>Mandag den 24. marts 2025"). A table that lays out the page
  (older sites: the menu in one cell, the document with its headings in the next) is
  read cell by cell, as blocks.
- Links become "[text](href)" (a link a script acts on, such as a print button, is text);
  every ``id`` (and ``<a name>``) is an anchor, so a table of
  contents made of in-page links can be checked against the targets that exist.
- Scripts, styles, forms, buttons and hidden elements are ignored, and so are the site's
  footer, navigation, cookie banner, skip link and (beside a ``<main>``) header around the
  page's content, as tags, roles or in older pages ids and classes (``<div id="footer">``,
  ``class="crumbs"``); a navigation of in-page links is the table of contents and is read.
  A collapsed panel (an accordion's closed item: hidden, but holding paragraphs or
  headings) is published text and is read, and so is a button in a heading (an
  accordion's title). HTML has no pages.
"""

import codecs
import re

from referatlint import regex
from referatlint.errors import InputError
from referatlint.read.source import (
    TOC_HEADING_TEXT,
    Block,
    Source,
    anchor_lines,
    formatted,
    is_toc_heading,
    join_cells,
    render_links,
    tight,
)
from referatlint.read.text import decode
from referatlint.text import Msg

# Sentences, as every finding's message (RL901); lxml's reason (English) is left out.
EMPTY = Msg(
    "HTML-siden har ingen tekst (teksten sættes måske først ind af JavaScript, når siden vises).",
    "The HTML page has no text (the text may be put in by JavaScript only when the page is shown).",
)
EMPTY_FIX = Msg(
    "Tjek dokumentet selv (PDF eller Word), eller gem siden fra browseren, som den vises.",
    "Check the document itself (PDF or Word), or save the page from the browser as shown.",
)
DAMAGED = Msg("HTML-filen er beskadiget og kan ikke læses.",
              "The HTML file is damaged and cannot be read.")  # fmt: skip
DAMAGED_FIX = Msg(
    "Gem siden igen fra browseren, eller tjek dokumentet selv (PDF eller Word).",
    "Save the page again from the browser, or check the document itself (PDF or Word).",
)

IGNORED = {
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    "embed", "canvas", "select", "textarea", "input", "button", "audio", "video", "map",
}  # fmt: skip
BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
    "blockquote", "address", "figure", "figcaption", "details", "summary", "dl", "dt",
    "dd", "form", "fieldset", "legend", "center", "body", "html", "hr", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol", "menu", "li", "table",
}  # fmt: skip
# The site's parts around a document, as tags and as roles (WAI-ARIA landmarks); a dialog
# is the cookie banner or another pop-up.
CHROME = {"header": "header", "nav": "nav", "footer": "footer", "banner": "header",
          "navigation": "nav", "contentinfo": "footer", "dialog": "dialog",
          "alertdialog": "dialog"}  # fmt: skip
CONTENT = {"main", "article", "section"}
# The same parts in older markup, named by id or class ("footer", "site-footer", "topMenu",
# "crumbs"); a name ends with one of these. Such a name is a weaker cue than a tag, so an
# element named so inside one named as the content ("content", "main") is kept as well.
CHROME_NAMES = {"footer": "footer", "sidefod": "footer", "header": "header", "nav": "nav",
                "navigation": "nav", "menu": "nav", "crumb": "nav", "crumbs": "nav"}  # fmt: skip
CONTENT_NAMES = {"content": "content", "main": "content", "indhold": "content"}
# A cookie banner named anywhere in its id or class ("CybotCookiebotDialog", "cookie-consent").
CONSENT_NAMES = ("cookie", "consent", "samtykke")
NAMED_CHROME_TAGS = {"div", "ul", "ol", "menu", "p", "aside", "table", "td"}
NAME_PARTS = regex.compile(r"[\s_-]+")
# <ol type> as numbering formats (source.formatted)
LIST_TYPES = {"a": "lower-alpha", "A": "upper-alpha", "i": "lowerRoman", "I": "upperRoman"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A heading's text, also a disclosure's <summary>: a link in it, or a button, is its title.
TITLES = HEADINGS | {"summary"}
# An item's number in an element of its own ("3", "3.", "Punkt 3").
NUMBER_CELL = regex.compile(r"(?:[^\W\d_]{1,6}\.?\s*)?\d{1,4}[.:)]?")
# What makes a hidden element a collapsed panel of the document's text.
PANEL_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote")
# A list whose markers the page hides: <ol style="list-style:none">.
UNMARKED_STYLE = regex.compile(r"list-style(?:-type)?\s*:\s*none\b", re.IGNORECASE)
HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
META_CHARSET = regex.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# A zero-width space is no white space: "Skole&#8203;struktur" is one word, and
# source.as_seen takes the zero-width space away.
SPACE = regex.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def decode_page(data: bytes) -> tuple[str, tuple[Msg, ...]]:
    """The page's text by its <meta charset> (unless a byte-order mark overrules it), else
    as a text file is decoded; with any notice about how it was read."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii")), ()
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data)


def read_html(data: bytes, path: str) -> Source:
    from lxml import etree
    from lxml import html as lxml_html

    text, notices = decode_page(data)
    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        if "empty" in str(error).lower():
            raise InputError(EMPTY, fix=EMPTY_FIX) from None
        raise InputError(DAMAGED, fix=DAMAGED_FIX) from None
    title = " ".join((root.findtext(".//title") or "").split())
    language = root.get("lang") or root.get("xml:lang") or ""
    renderer = Renderer(marked_main(root))
    body = root.find("body")
    renderer.walk(body if body is not None else root)
    renderer.flush()
    lines, anchors = renderer.result()
    if not any(line.strip() for line in lines):
        raise InputError(EMPTY, fix=EMPTY_FIX)
    metadata = (("html.title", title), ("html.lang", language.strip()))
    return Source(path, "html", tuple(lines), None, None, notices, metadata, tuple(anchors))


class Renderer:
    def __init__(self, marked_main: bool = False):
        self.marked_main = marked_main
        self.blocks: list[Block] = []
        self.lines: list[list[list]] = [[]]  # the paragraph being gathered
        self.anchors: list[tuple[str, int]] = []  # name, block index
        self.tables = 0
        self.href: str | None = None
        self.item_label: str | None = None  # the list item whose text is gathered
        self.in_heading = 0

    # ----------------------------------------------------------------- gathering
    def text(self, value: str | None) -> None:
        if not value:
            return
        # a tab standing alone between words is a tab (a Word export's "Titel<tab>3");
        # any other run of white space is one space
        value = SPACE.sub(lambda run: "\t" if set(run.group()) == {"\t"} else " ", value)
        segments = self.lines[-1]
        if segments and segments[-1][1] == self.href:
            segments[-1][0] += value
        else:
            segments.append([value, self.href])

    def line_break(self) -> None:
        self.lines.append([])

    def flush(self) -> None:
        """The gathered text as a block: a list item's first block carries its label."""
        kind, prefix = "para", ""
        if self.item_label is not None:
            kind = "list"
            if self.has_text():
                prefix, self.item_label = self.item_label, ""
                if self.repeats(prefix):
                    # <li>1. Godkendelse</li> as item 1: the page prints the number itself,
                    # and its style sheet hides the list's own.
                    prefix = ""
        lines = [clean(segments) for segments in self.lines]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        if lines and prefix:
            lines[0].insert(0, [prefix, None])
        if lines:
            self.blocks.append(Block(kind, lines))
        self.lines = [[]]

    # ----------------------------------------------------------------- walking
    def walk(self, element) -> None:
        for child in element:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            # a button in a heading is the heading's text (an accordion's title); other
            # buttons are the site's controls ("Accepter alle", "Del")
            shown = tag not in IGNORED or (tag == "button" and self.in_heading > 0)
            if tag and shown and not hidden(child) and not self.chrome(child, tag):
                self.element(child, tag)
            if child.tail:
                self.text(child.tail)
            elif tag and tag not in BLOCKS and self.number_glued_to_title(child):
                self.text(" ")

    def element(self, element, tag: str) -> None:
        name = element.get("id") or (element.get("name") if tag == "a" else None)
        if name:
            self.anchors.append((name, len(self.blocks)))
        if tag == "br":
            self.line_break()
        elif tag == "a" and element.get("href") is not None:
            href = element.get("href").strip()
            if self.in_heading and href not in ("", "#"):
                href = None  # a heading that links elsewhere is still the heading
            elif element.get("onclick") or element.get("role") == "button":
                href = None  # a button ("Udskriv") made of a link: a script acts, not the href
            saved, self.href = self.href, href
            self.text(element.text)
            self.walk(element)
            self.href = saved
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            self.list_items(element, tag == "ol")
        elif tag == "table":
            self.flush()
            self.table(element)
        elif tag == "dl":
            self.flush()
            self.definitions(element)
        elif tag == "pre":
            self.flush()
            for line in element.text_content().split("\n"):
                self.lines[-1].append([line.rstrip(), None])
                self.line_break()
            self.flush()
        elif tag in BLOCKS:
            self.flush()
            heading = tag in TITLES
            self.in_heading += heading
            self.text(element.text)
            self.walk(element)
            self.in_heading -= heading
            if tag == "p" and not self.has_text():
                self.blocks.append(Block("empty", [[]]))
                self.lines = [[]]
            self.flush()
        else:
            self.text(element.text)
            self.walk(element)

    def chrome(self, element, tag: str) -> bool:
        """Whether an element is the site's header, navigation, footer, cookie banner or
        skip link ("Gå til indhold") around the page's content (a breadcrumb, "Københavns
        Kommune · Rådhuspladsen 1" below the last item) rather than the document's. A
        navigation of in-page links is the document's table of contents; a page header is
        kept unless the page marks its main content, as it may hold the document's title.
        Older pages name these parts by id or class (``<div id="footer">``); inside an
        element named as the content they are kept."""
        part = CHROME.get(tag) or CHROME.get(element.get("role") or "")
        named = part is None and tag in NAMED_CHROME_TAGS
        if named:
            part = named_part(element, CHROME_NAMES) or consent_banner(element)
        elif tag == "a" and skip_link(element):
            part = "skip"
        if part is None or (part == "header" and not self.marked_main):
            return False
        if part == "nav" and any(
            (href := link.get("href") or "")[:1] == "#" and len(href) > 1
            for link in element.iter("a")
        ):
            return False
        return not any(
            ancestor.tag in CONTENT
            or ancestor.get("role") == "main"
            or (named and named_part(ancestor, CONTENT_NAMES))
            for ancestor in element.iterancestors()
        )

    def number_glued_to_title(self, element) -> bool:
        """Whether an element holding a line's number ("3", "3.", "Punkt 3") is followed
        directly by the title's (``<span>3</span><span>Godkendelse</span>``): the page's style
        sheet sets them apart, so the text needs a space between them."""
        following = element.getnext()
        if following is None or not isinstance(following.tag, str) or following.tag in BLOCKS:
            return False
        segments = self.lines[-1]
        if not segments or segments[-1][0][-1:] in ("", " ", "\t"):
            return False
        if not following.text_content()[:1].isalnum():
            return False
        line = "".join(text for text, _ in segments).strip()
        return line == element.text_content().strip() and NUMBER_CELL.fullmatch(line) is not None

    def has_text(self) -> bool:
        return any(text.strip() for segments in self.lines for text, _ in segments)

    def repeats(self, label: str) -> bool:
        """Whether the gathered text begins with a list item's label: "1." before "1. Title"."""
        first = next(("".join(text for text, _ in line) for line in self.lines if line), "")
        first, label = first.lstrip(), label.strip()
        return first.startswith(label) and first[len(label) : len(label) + 1] in (" ", "\t")

    def list_items(self, element, ordered: bool) -> None:
        number = int_attribute(element, "start", 1)
        style = (element.get("type") or "1") if ordered else None
        reverse = ordered and element.get("reversed") is not None
        if reverse and element.get("start") is None:
            number = sum(1 for child in element if child.tag == "li")
        list_unmarked = unmarked(element)
        for child in element:
            if not isinstance(child.tag, str) or child.tag.lower() != "li" or hidden(child):
                continue
            number = int_attribute(child, "value", number)
            label = "•"
            if ordered:
                label = formatted(number, LIST_TYPES.get(style, "decimal"))
                label += "." if style in ("1", "i", "I") else ")"
            shown = not (list_unmarked or unmarked(child))
            saved, self.item_label = self.item_label, f" {label} " if shown else ""
            self.text(child.text)
            self.walk(child)
            self.flush()
            self.item_label = saved
            number += -1 if reverse else 1

    def table(self, element) -> None:
        self.tables += 1
        group = self.tables
        for row in element.iter("tr"):
            if nearest_table(row) is not element or hidden(row):
                continue
            if any(layout_cell(cell) for cell in row):
                self.layout_row(row)
                continue
            cells: list[list[list]] = []
            for cell in row:
                tag = cell.tag.lower() if isinstance(cell.tag, str) else ""
                if tag not in ("td", "th"):
                    continue
                # a layout table's menu cell (<td class="topmenu">) is the site's
                cells.append([] if self.chrome(cell, tag) else self.cell(cell))
                cells.extend([] for _ in range(int_attribute(cell, "colspan", 1) - 1))
            segments = join_cells(cells)
            if any(text.strip() for text, _ in segments):
                self.blocks.append(Block("row", [segments], group))

    def layout_row(self, row) -> None:
        """A row of a page laid out with a table (older sites: the menu in one cell, the
        document in the next): each cell's content in turn, its headings and paragraphs
        as lines, as if the cells were blocks of the page."""
        for cell in row:
            tag = cell.tag.lower() if isinstance(cell.tag, str) else ""
            if tag in ("td", "th") and not hidden(cell) and not self.chrome(cell, tag):
                self.flush()
                self.text(cell.text)
                self.walk(cell)
                self.flush()

    def definitions(self, element) -> None:
        """A definition list as rows of a table: "Mødedato<TAB>Mandag den 24. marts 2025",
        as the header fields it usually holds are printed elsewhere; a term's further
        values on rows of their own below it."""
        self.tables += 1
        group = self.tables
        term: list[list] | None = None
        for part in definition_parts(element):
            if part.tag.lower() == "dt":
                if term is not None:
                    self.blocks.append(Block("row", [term], group))
                term = self.cell(part)
                continue
            value = self.cell(part)
            segments = join_cells([term or [], value])
            term = None
            if any(text.strip() for text, _ in segments):
                self.blocks.append(Block("row", [segments], group))
        if term is not None:
            self.blocks.append(Block("row", [term], group))

    def cell(self, cell) -> list[list]:
        """A cell's content on one line (paragraphs and nested tables run together)."""
        saved_blocks, saved_lines, saved_label = self.blocks, self.lines, self.item_label
        self.blocks, self.lines, self.item_label = [], [[]], None
        known = len(self.anchors)
        self.text(cell.text)
        self.walk(cell)
        self.flush()
        produced = self.blocks
        self.blocks, self.lines, self.item_label = saved_blocks, saved_lines, saved_label
        for index in range(known, len(self.anchors)):  # anchors in a cell: its row
            self.anchors[index] = (self.anchors[index][0], len(self.blocks))
        segments: list[list] = []
        for block in produced:
            for line in block.lines:
                if segments and line:
                    segments.append([" ", None])
                segments.extend([text.replace("\t", " "), href] for text, href in line)
        return clean(segments)

    # ----------------------------------------------------------------- output
    def contents_runs(self) -> set[int]:
        """First blocks of runs of two or more list items that are each one in-page link."""
        starts: set[int] = set()
        run: list[int] = []
        for index, block in enumerate([*self.blocks, Block("para", [])]):
            linked = block.kind == "list" and all(
                ONLY_LINK.match(render_links(line)) for line in block.lines
            )
            if linked and block.lines:
                run.append(index)
                continue
            if len(run) >= 2:
                starts.add(run[0])
            run = []
        return starts

    def result(self) -> tuple[list[str], list[tuple[str, int]]]:
        lines: list[str] = []
        first_line: dict[int, int] = {}
        previous: Block | None = None
        pending = 0
        contents = self.contents_runs()
        for index, block in enumerate(self.blocks):
            if block.kind == "empty":
                pending += 1
                continue
            if index in contents and not (
                previous and is_toc_heading(render_links(previous.lines[-1]))
            ):
                # a list of in-page links is a table of contents; the parser needs a heading
                lines.extend(["", TOC_HEADING_TEXT] if lines else [TOC_HEADING_TEXT])
                previous = Block("para", [[[TOC_HEADING_TEXT, None]]])
            blanks = pending + (1 if previous is not None and not tight(previous, block) else 0)
            lines.extend("" for _ in range(blanks))
            first_line[index] = len(lines) + 1
            lines.extend(render_links(segments) for segments in block.lines)
            previous, pending = block, 0
        anchors = anchor_lines(self.anchors, first_line, len(self.blocks), len(lines))
        return lines, anchors


ONLY_LINK = regex.compile(r"^\s*(?:\S{1,4}\s+)?\[[^\]]+\]\(#[^)\s]+\)\s*$")


def clean(segments: list[list]) -> list[list]:
    """Segments with runs of spaces collapsed and the line's ends trimmed."""
    out: list[list] = []
    for text, href in segments:
        if out and out[-1][0].endswith((" ", "\t")) and text.startswith(" "):
            text = text[1:]
        if not text:
            continue
        if out and out[-1][1] == href:
            out[-1][0] += text
        else:
            out.append([text, href])
    if out:
        out[0][0] = out[0][0].lstrip(" \t")
        out[-1][0] = out[-1][0].rstrip(" \t")
    return [segment for segment in out if segment[0] or segment[1] is not None]


def marked_main(root) -> bool:
    """Whether the page marks its main content (<main>, role="main")."""
    return root.find(".//main") is not None or root.find(".//*[@role='main']") is not None


def named_part(element, names: dict[str, str]) -> str | None:
    """The part that a word of an element's id or class ends with ("site-footer",
    "topMenu"), by the ``names`` {ending: part}; None when none does."""
    given = element.get("id") or ""
    if element.get("class"):
        given += " " + element.get("class")
    if not given:
        return None
    for word in NAME_PARTS.split(given.lower()):
        for ending, part in names.items():
            if word.endswith(ending):
                return part
    return None


def consent_banner(element) -> str | None:
    """The part "dialog" when an element's id or class names a cookie banner, else None."""
    given = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return "dialog" if any(name in given for name in CONSENT_NAMES) else None


def skip_link(element) -> bool:
    """Whether a link jumps to the page's content ("Gå til indhold", ``href="#main-content"``)
    from outside it, for keyboard users, rather than to a part of the document ("Til toppen"
    inside it)."""
    href = element.get("href") or ""
    if href[:1] != "#":
        return False
    words = NAME_PARTS.split(href[1:].lower())
    if not any(word.endswith(ending) for word in words for ending in CONTENT_NAMES):
        return False
    return all(ancestor.get("id") != href[1:] for ancestor in element.iterancestors())


def unmarked(element) -> bool:
    """Whether a list or list item shows no number or bullet (list-style: none)."""
    style = element.get("style")
    return bool(style) and "none" in style and UNMARKED_STYLE.search(style) is not None


def hidden(element) -> bool:
    """Whether the page hides an element from its reader: a decorative icon, Word's table
    of contents page numbers (``display:none``), text Word hides (``mso-hide``). A collapsed
    panel, hidden but holding paragraphs or headings (an accordion's closed item), is not:
    a click shows it, and it is published."""
    style = element.get("style") or ""
    marked = element.get("hidden") is not None or element.get("aria-hidden") == "true"
    if not marked and (not style or HIDDEN_STYLE.search(style) is None):
        return False
    return "mso-hide" in style or next(element.iterdescendants(*PANEL_BLOCKS), None) is None


def int_attribute(element, name: str, default: int) -> int:
    try:
        return int(element.get(name, default))
    except (TypeError, ValueError):
        return default


def definition_parts(element):
    """The terms and values of a definition list, also those grouped in a <div>."""
    for child in element:
        if not isinstance(child.tag, str) or hidden(child):
            continue
        tag = child.tag.lower()
        if tag in ("dt", "dd"):
            yield child
        elif tag == "div":
            yield from definition_parts(child)


def layout_cell(cell) -> bool:
    """Whether a table cell holds part of the page rather than a table's value: a cell
    with a heading in it (a data table's cell holds a value or a few paragraphs)."""
    return isinstance(cell.tag, str) and any(
        isinstance(inner.tag, str) and inner.tag.lower() in HEADINGS for inner in cell.iter()
    )


def nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent
