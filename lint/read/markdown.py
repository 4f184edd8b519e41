"""Read Markdown: an agenda system's export (``.md``) with its markup taken off, in the text
shape the other readers give the parser. Standard library only: the job is reading the
text, not rendering HTML.

Line N of the text is line N of the file, so a finding's line is the file's line:

- a heading ("## 1 (Åben) Godkendelse af dagsorden", a line over "===") is its text; a
  heading's underline, a rule ("---"), a table's separator row, a code fence, front matter
  ("---" / "title: ..." / "---" at the top), a link definition and an HTML comment are
  empty lines;
- "**bold**", "__bold__", "*em*", "_em_", "~~struck~~" and "`code`" are their text, and
  a backslash escape is its character ("1\\." is "1."); a quote's ">" is dropped;
- a bulleted entry starts with "•" at its indentation, as a web page's list does; a
  numbered one has the number a renderer shows (CommonMark): a list counts up from its
  first entry's number, whatever the later entries carry ("1." on every entry is 1, 2,
  3), and a list ends where a block outside its entries begins (a heading, a paragraph
  after a blank line, another kind of list), so the next one starts from its own first
  number;
- a table row is its cells with a tab between them;
- a link is "[text](href)" as the HTML and Word readers write it (a reference link too),
  so a table of contents of in-page links is read as one; in a heading a link is its text
  (as on a web page); an image is left out, and so are HTML tags, but ``<a href>`` is a
  link and ``<br>`` in a table's cell a space; character references are decoded.

The one exception: a ``<br>`` inside a line outside a table starts a new line, as on the
web page, and moves the lines after it down by one.

No anchors (``Source.anchors`` is None): a heading's id is made by whatever renders the
file, and renderers make it differently ("1-åben-godkendelse-af-dagsorden" on GitHub,
"åben-godkendelse-af-dagsorden" in pandoc, which drops leading digits); an agenda system
links its export's table of contents to the ids of its own web page ("#punkt-1"), which
the file does not define. No link target can be known to be missing, so none is reported;
the table of contents is still compared with the items by number and title. Markdown has
no pages.
"""

import html
import re

from referatlint import regex
from referatlint.read.source import TOC_HEADING_TEXT, Source, is_toc_heading, render_links
from referatlint.read.text import with_text

HEADING = regex.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
# "## Title {#punkt-1}" (pandoc, kramdown): the id is no part of the title.
HEADING_ID = regex.compile(r"[ \t]*\{[#.][^{}]*\}$")
RULE = regex.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
UNDERLINE = regex.compile(r" {0,3}(?:=+|-+)[ \t]*$")
BULLET = regex.compile(r"([ \t]*)[-*+](?:[ \t]+|$)")
QUOTE = regex.compile(r" {0,3}>[ \t]?")
FENCE = regex.compile(r" {0,3}(`{3,}|~{3,})")
SEPARATOR_ROW = regex.compile(r" {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
CELL_BORDER = regex.compile(r"(?<!\\)\|")
# A list entry that is only an in-page link: "• [1 (Åben) Titel](#punkt-1)", "1. [Titel](#a)".
CONTENTS_ROW = regex.compile(r"[ \t]*(?:•|\d{1,3}[.)])[ \t]+\[([^\]]+)\]\(#[^)\s]+\)$")
LIST_STARTS = set("•0123456789")
DIGITS = frozenset("0123456789")
# An ordered list's entry (CommonMark): up to nine digits, "." or ")", then white space
# or the end of the line.
ORDERED_ENTRY = regex.compile(r"([ \t]*)(\d{1,9})([.)])([ \t]+|$)")
FRONT_MATTER_KEY = regex.compile(r"[A-Za-z_][\w.-]*[ \t]*:")
DEFINITION = regex.compile(
    r" {0,3}\[(?!\^)([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$"
)

# Inline markup, gated by the characters each needs.
INLINE_MARKS = regex.compile(r"[\\`<\[*_~&]")
ESCAPE = regex.compile(r"\\([!-/:-@\[-`{-~])")
CODE = regex.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
AUTOLINK = regex.compile(r"<((?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.\w+)>")
HTML_LINK = regex.compile(
    r"<a\s[^<>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)')[^<>]*>([^<]*)</a\s*>", re.IGNORECASE
)
LINE_BREAK = regex.compile(r"<br\s*/?>", re.IGNORECASE)
TAG = regex.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
HTML_TAGS = {
    "a", "abbr", "b", "big", "blockquote", "br", "caption", "center", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure",
    "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "summary", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul",
}  # fmt: skip
# Link texts and addresses hold no "[" (one pair inside a text), so that each try ends
# where the next link could begin: a long line of brackets costs no more than its length.
IMAGE = regex.compile(r"!\[[^\[\]]*\]\([^()\[\]]*\)")
LINK = regex.compile(
    r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([ \t]*(<[^<>\[\]]*>|[^\s()\[\]]*)"
    r"(?:[ \t]+(?:\"[^\"\[\]]*\"|'[^'\[\]]*'|\([^()\[\]]*\)))?[ \t]*\)"
)
REFERENCE = regex.compile(r"\[([^\[\]]+)\](?:\[([^\[\]]*)\])?(?![(:])")
# A mark's text holds no mark character, so that each try ends at the next mark; "em" is
# read before and after "bold", as either holds the other ("**bold *em* bold**").
STAR_EM = regex.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")
UNDERSCORE_EM = regex.compile(r"(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
EMPHASIS = (
    ("*", (
        regex.compile(r"(?<!\*)\*\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*\*(?!\*)"),
        STAR_EM,
        regex.compile(r"(?<!\*)\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*(?!\*)"),
        STAR_EM,
    )),
    ("_", (
        # "___" alone is a blank to fill in ("den ___"), no mark
        regex.compile(r"(?<![\w_])___(?=[^\s_])([^_]+?)(?<=[^\s_])___(?![\w_])"),
        UNDERSCORE_EM,
        regex.compile(r"(?<![\w_])__(?=[^\s_])([^_]+?)(?<=[^\s_])__(?![\w_])"),
        UNDERSCORE_EM,
    )),
    ("~~", (regex.compile(r"~~(?=[^\s~])([^~]+?)(?<=[^\s~])~~"),)),
)  # fmt: skip
ENTITY = regex.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Text set aside from further reading (an escaped character, a code span, a link's
# address) stands in the line as a token of two Unicode noncharacters around its number:
# noncharacters are for a program's own use and never occur in a document.
KEPT = regex.compile("\ufdd0(\\d+)\ufdd1")


def read_markdown(data: bytes, path: str) -> Source:
    text, notices = with_text(data)
    return from_markdown(text, path, notices)


def from_markdown(text: str, path: str, notices: tuple = ()) -> Source:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return Source(path, "markdown", tuple(Renderer(lines).render()), None, None, notices)


class Renderer:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.references = link_definitions(lines)
        self.lists = OrderedLists()
        self.in_paragraph = False  # the line before was a paragraph's text

    def render(self) -> list[str]:
        lines = self.lines
        start = front_matter_end(lines)
        out = [""] * start
        fence = ""  # the open code block's fence
        in_comment = in_table = False
        for index in range(start, len(lines)):
            line = lines[index]
            if fence:
                closing = FENCE.match(line)
                if closing and closing[1].startswith(fence) and not line[closing.end() :].strip():
                    fence, line = "", ""
                out.append(line.rstrip())
                continue
            if in_comment:
                end = line.find("-->")
                if end < 0:
                    out.append("")
                    continue
                in_comment, line = False, line[end + 3 :]
            if "<!--" in line:
                line, in_comment = without_comments(line)
            if in_table and "|" in line and line.strip():
                out.append("" if SEPARATOR_ROW.match(line) else self.table_row(line))
                continue
            following = lines[index + 1] if index + 1 < len(lines) else ""
            in_table = "|" in line and "|" in following and bool(SEPARATOR_ROW.match(following))
            if in_table:
                self.other_block(line)
                out.append(self.table_row(line))
                continue
            opening = FENCE.match(line)
            if opening and not (opening[1][0] == "`" and "`" in line[opening.end() :]):
                self.other_block(line)
                fence = opening[1]
                out.append("")
                continue
            if out and out[-1] and UNDERLINE.match(line):
                self.other_block(line)
                out.append("")  # a heading's underline
                continue
            out.extend(self.block(line))
        name_table_of_contents(out)
        return out

    def other_block(self, line: str) -> None:
        """A table, code block or heading underline begins: no paragraph goes on over it,
        and it ends the ordered lists whose entries it does not stand in."""
        self.in_paragraph = False
        if self.lists.open:
            self.lists.end_outside(line)

    def block(self, line: str) -> list[str]:
        """One line of the file as its line of text, or lines where ``<br>`` breaks it."""
        depth = 0
        quote = QUOTE.match(line)
        while quote:
            line = line[quote.end() :]
            depth += 1
            quote = QUOTE.match(line)
        first = line.lstrip()[:1]
        in_paragraph, self.in_paragraph = self.in_paragraph, False
        if first in DIGITS or self.lists.open:
            line = self.lists.shown(line, depth, in_paragraph)
            first = line.lstrip()[:1]
        if first == "#":
            heading = HEADING.match(line)
            if heading:
                title = heading[2] or ""
                if "{" in title:
                    title = HEADING_ID.sub("", title)
                return [" ".join(self.inline(title, in_heading=True).split())]
        if first in ("-", "*", "_") and RULE.match(line):
            return [""]
        if first == "[" and DEFINITION.match(line):
            return [""]
        prefix = ""
        if first in ("-", "*", "+"):
            bullet = BULLET.match(line)
            if bullet:
                prefix, line = bullet[1] + "• ", line[bullet.end() :]
        parts = [part.rstrip() for part in (prefix + self.inline(line)).split("\n")]
        while len(parts) > 1 and not parts[-1]:
            parts.pop()  # "<br>" at the end of a line ends the line
        self.in_paragraph = bool(parts[-1])
        return parts

    def table_row(self, line: str) -> str:
        row = line.strip()
        if row.startswith("|"):
            row = row[1:]
        if row.endswith("|") and not row.endswith("\\|"):
            row = row[:-1]
        cells = (self.inline(cell) for cell in CELL_BORDER.split(row))
        return "\t".join(" ".join(cell.split()) for cell in cells)

    def inline(self, text: str, in_heading: bool = False) -> str:
        """A line's text without inline markup; "\\n" where a ``<br>`` breaks it."""
        if not INLINE_MARKS.search(text):
            return text
        kept: list[str] = []

        def keep(value: str) -> str:
            kept.append(value)
            return f"\ufdd0{len(kept) - 1}\ufdd1"

        def link(text: str, href: str) -> str:
            if in_heading and href not in ("", "#"):
                return text  # a heading linking elsewhere is still the heading
            return render_links([(text, keep(href))])

        def restore(text: str) -> str:
            return KEPT.sub(lambda match: restore(kept[int(match[1])]), text)

        if "\\" in text:
            text = ESCAPE.sub(lambda match: keep(match[1]), text)
            if text.endswith("\\"):
                text = text[:-1]  # a hard line break
        if "`" in text:
            text = CODE.sub(lambda match: keep(code_text(match[2])), text)
        if "<" in text:
            text = AUTOLINK.sub(lambda match: link(match[1], address(match[1])), text)
            text = HTML_LINK.sub(lambda match: link(match[3], match[1] or match[2] or ""), text)
            text = TAG.sub(html_tag, LINE_BREAK.sub("\n", text))
        if "[" in text:
            if "![" in text:
                text = IMAGE.sub("", text)
            text = LINK.sub(lambda match: link(match[1], match[2].strip("<>")), text)
            if self.references:
                text = REFERENCE.sub(lambda match: self.reference(match, link), text)
        for mark, patterns in EMPHASIS:
            if mark in text:
                for pattern in patterns:
                    text = pattern.sub(r"\1", text)
        if "&" in text:
            text = ENTITY.sub(lambda match: html.unescape(match[0]), text)
        return restore(text) if kept else text

    def reference(self, match, link) -> str:
        """A reference link ("[Titel][punkt-1]", "[Titel][]", "[Titel]") as an inline one,
        when the file defines its label; else the text as written ("[indsæt beløb]")."""
        href = self.references.get(label_key(match[2] or match[1]))
        return match[0] if href is None else link(match[1], href)


class OrderedLists:
    """The ordered lists open at a line, innermost last, each as [the column its entries'
    markers stand in from, its last entry's content column, its delimiter, the number its
    next entry shows]; and the quote depth they stand at."""

    def __init__(self):
        self.open: list[list] = []
        self.depth = 0

    def shown(self, line: str, depth: int, in_paragraph: bool) -> str:
        """The line with the number a renderer shows on it, if it is an ordered entry; the
        lists it ends are closed, the one it begins opened. A line in another quote than
        the lists' ends them all."""
        if depth != self.depth:
            self.open.clear()
            self.depth = depth
        if not line.strip():
            return line  # a blank line ends no list: the next entry may follow it
        entry = ORDERED_ENTRY.match(line)
        indent = len((entry[1] if entry else line[: len(line) - len(line.lstrip())]).expandtabs(4))
        lists = self.open
        # A new list may break into a paragraph only if it starts at 1.
        starts_list = entry is not None and (not in_paragraph or int(entry[2]) == 1)
        for index in range(len(lists) - 1, -1, -1) if entry else ():
            container, content, delimiter, number = lists[index]
            if indent >= content:
                break  # within that list's entry: a list of its own
            if entry[3] == delimiter and container <= indent < container + 4:
                del lists[index + 1 :]  # the next entry of this list ends those inside it
                lists[index][1:] = [content_column(line, entry), delimiter, number + 1]
                if int(entry[2]) == number:
                    return line
                return line[: entry.start(2)] + str(number) + line[entry.end(2) :]
        while lists and indent < lists[-1][1]:
            if in_paragraph and not starts_list and not starts_block(line):
                return line  # a paragraph's lazy continuation: the entry goes on
            lists.pop()
        container = lists[-1][1] if lists else 0
        if starts_list and indent < container + 4:  # four columns further in, it is code
            lists.append([container, content_column(line, entry), entry[3], int(entry[2]) + 1])
        return line

    def end_outside(self, line: str) -> None:
        """Close the lists whose entries a block starting on this line does not stand in."""
        indent = len(line[: len(line) - len(line.lstrip())].expandtabs(4))
        while self.open and indent < self.open[-1][1]:
            self.open.pop()


def content_column(line: str, entry) -> int:
    """The column an ordered entry's text starts in: one to four spaces after its marker
    belong to the marker, more start indented code, none (an empty entry) count as one."""
    marker_end = len(line[: entry.end(3)].expandtabs(4))
    spaces = len(line[: entry.end()].expandtabs(4)) - marker_end
    return marker_end + (spaces if 1 <= spaces <= 4 else 1)


def starts_block(line: str) -> bool:
    """Whether a line begins a block of its own (a heading, rule, list entry or code
    fence) rather than going on with the paragraph above it."""
    first = line.lstrip()[:1]
    if first == "#":
        return HEADING.match(line) is not None
    if first in ("-", "*", "+", "_"):
        return bool(RULE.match(line) or BULLET.match(line.lstrip()))
    return first in ("`", "~") and FENCE.match(line) is not None


def name_table_of_contents(lines: list[str]) -> None:
    """A list of in-page links before the headings it names is a table of contents
    (pandoc's ``--toc`` writes one without a heading of its own). The parser needs the
    heading, as the HTML reader gives it, so the blank line above the list becomes one.
    Only the document's first such list can be its table of contents; a later one is a
    list of attachments or the like."""
    first = next((i for i, line in enumerate(lines) if is_contents_row(line)), None)
    if first is None or first == 0 or lines[first - 1]:
        return
    end = first
    while end < len(lines) and is_contents_row(lines[end]):
        end += 1
    heading = next((text for text in reversed(lines[:first]) if text), "")
    if end - first < 2 or is_toc_heading(heading):
        return
    later = {line.strip() for line in lines[end:]}
    if any(CONTENTS_ROW.match(line)[1] in later for line in lines[first:end]):
        lines[first - 1] = TOC_HEADING_TEXT


def is_contents_row(line: str) -> bool:
    return line.lstrip()[:1] in LIST_STARTS and CONTENTS_ROW.match(line) is not None


def without_comments(line: str) -> tuple[str, bool]:
    """A line without its HTML comments, and whether the last one goes on below it."""
    parts, at = [], 0
    while (opened := line.find("<!--", at)) >= 0:
        parts.append(line[at:opened])
        at = line.find("-->", opened + 4)
        if at < 0:
            return "".join(parts), True
        at += 3
    parts.append(line[at:])
    return "".join(parts), False


def link_definitions(lines: list[str]) -> dict[str, str]:
    """The file's link reference definitions ("[punkt-1]: #punkt-1"), by label."""
    found = {}
    for line in lines:
        if "]:" in line:
            definition = DEFINITION.match(line)
            if definition:
                found.setdefault(label_key(definition[1]), definition[2])
    return found


def front_matter_end(lines: list[str]) -> int:
    """How many lines the front matter at the top takes ("---", "title: ...", "---"); 0
    when there is none."""
    if not lines or lines[0].rstrip() != "---" or len(lines) < 3:
        return 0
    if not FRONT_MATTER_KEY.match(lines[1]):
        return 0
    for index in range(2, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return index + 1
        if not lines[index].strip():
            return 0  # a blank line: a rule above a paragraph, not front matter
    return 0


def code_text(text: str) -> str:
    """A code span's text: one space inside each backtick run is no part of it."""
    if len(text) > 2 and text[0] == " " and text[-1] == " " and text.strip():
        return text[1:-1]
    return text


def label_key(label: str) -> str:
    return " ".join(label.split()).casefold()


def html_tag(match) -> str:
    """Nothing for an HTML tag ("<u>", "</span>"); the text for anything else in angle
    brackets, such as a placeholder ("<Navn>")."""
    return "" if match[1].lower() in HTML_TAGS else match[0]


def address(target: str) -> str:
    return target if "://" in target else "mailto:" + target
