"""The table of contents: a heading such as "Indholdsfortegnelse" or "PUNKTER" and the
rows below it, with the item number and page where they are printed."""

import functools
import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from referatlint import regex
from referatlint.parse.layouts import (
    ITEM_EXPLICIT,
    ITEM_NUMBER,
    ITEM_WITH_STATUS,
    group_name,
)
from referatlint.parse.model import Line, TocEntry, item_order, next_filled
from referatlint.records import record
from referatlint.regex import Lazy

# After dot leaders the page may be labelled: "... side 3" (Svendborg), "... s. 3". Not
# after tabs alone: "Referat - Økonomiudvalget<TAB>side 2" is a running footer's form.
LEADER_PAGE = r"(?:(?:[Ss]ide|SIDE|[Ss]\.)\s*)?(?P<page>\d{1,4})\s*$"
# An item's letter printed apart from its number, before the title: the " " of "8 a. Title",
# "8 b) Title" (see letter_apart). Not a count ("3 a-kasser") nor a word ("2 af ...").
LETTER_APART = r" (?=[a-zA-Z][.):] +[A-ZÆØÅ])"
# The item number before a title: "1. ", "1) ", "1 - ", "1<TAB>", or "1 " with one space
# before a capital ("1 Godkendelse af dagsorden<TAB>2") or a letter apart ("1 a. Title").
# A title that begins with a count ("3 nye boliger<TAB>5") or a year ("2025 Budgetopfølgning")
# keeps its number.
ENTRY_NUMBER = (
    rf"(?:(?P<number>{ITEM_NUMBER})"
    rf"(?:[.)]\s+|\s+[–-]\s+|\t+|(?<!\d{{4}}) (?=[A-ZÆØÅ])|{LETTER_APART}))?"
)
PAGED_ENTRY = (
    # "96\t<u>Omgørelsesprocenter 2020</u>\t3"
    regex.compile(rf"^(?P<number>{ITEM_NUMBER})\t+(?P<title>[^\t]+?)\t+(?P<page>\d{{1,4}})\s*$"),
    # "Godkendelse af dagsorden.....\t3", "1. Godkendelse ........ 3"
    regex.compile(rf"^{ENTRY_NUMBER}(?P<title>\S.*?)\s*(?:\.{{3,}}|…+)[\s.]*" + LEADER_PAGE),
    # "1. Godkendelse af dagsorden\t3", "Godkendelse af dagsorden    3", "1 Eventuelt\t4";
    # Word's contents style may put a no-break space after the tab: "Meddelelser\t 2"
    regex.compile(rf"^{ENTRY_NUMBER}(?P<title>\S.*?)(?:\t[\t ]*|\s{{3,}})(?P<page>\d{{1,4}})\s*$"),
)
NUMBERED_ENTRY = regex.compile(
    rf"^(?P<number>{ITEM_NUMBER})(?:[.)]\s+|\s+[–-]\s+|{LETTER_APART})(?P<title>\S.*)$"
)
# "5.1 Status på grundvandsbeskyttelse" without a page: a sub-item under item 5.
SUB_ENTRY = regex.compile(r"^(?P<number>\d{1,3}\.\d{1,2})\.?\s+(?P<title>[A-ZÆØÅ].*)$")
# "104<TAB>Godkendelse af dagsorden" without a page (Randers), also with markup before the
# title ("96<TAB><u>Omgørelsesprocenter", Hedensted). Not a year ("2024<TAB>Budget") nor a
# row of a table with more cells.
TABBED_ENTRY = regex.compile(
    r"^(?P<number>\d{1,3}[a-z]?)\t+(?P<title>(?:<[a-zA-Z]+>)?[A-ZÆØÅ\"“„«»][^\t]*?)"
    # a web page's table may end the row with the item's status: "41<TAB>Title<TAB>Åben"
    r"(?:\t+(?P<status>(?i:Åben|Åbent|Lukket)))?\s*$"
)
# The column headings of a table of contents: "Pkt.<TAB>Titel<TAB>Side", "Sag nr.<TAB>Sagens
# titel<TAB>Side", "Sag/Tekst<TAB>Side", and "Punkt Tekst<TAB>Side" from a PDF, whose first
# two headings stand close; without a page column, a title column by a name of its own
# ("Punkt<TAB>Titel", "Nr.<TAB>Punkt"), where a group's name would be any text.
COLUMN_TITLE = r"(?:Tekst|Titel|Emne|Sag|Sagstitel|Overskrift|Indhold)"
HEADER_ROW = regex.compile(
    r"^(?:Pkt\.?|Nr\.?|Punkt|Sag(?:\s?nr\.?)?)"
    rf"(?:(?:\t+[^\t\d]+?|/\S+| +{COLUMN_TITLE})[\t ]+(?:Side|Sidetal|Sidenr\.?|Status)"
    rf"|[\t ]+(?:{COLUMN_TITLE}|Punkt|Sagens titel|Punktets titel))\s*$",
    re.I,
)
# An item number alone on its row ("1.", "12a)"): plain pdftotext prints a table of contents'
# number column and its title column as blocks of their own (see title_apart).
NUMBER_ALONE = regex.compile(rf"^(?P<number>{ITEM_NUMBER})[.)]$")
MARKUP = regex.compile(r"</?[a-zA-Z][^>]*>")
STATUS_MARK = Lazy(r"^\((?:Åben|Åbent|Lukket)\)\s*(?=\S)", re.I)
# "Lukket punkt: Køb af areal" (København): the status before the title, as "(Lukket)" is.
STATUS_PREFIX = Lazy(r"^Lukket (?:punkt|sag)\s*(?::|\s[–-])\s*(?=\S)", re.I)
# "Cykelparkering ved Nørreport (2024-0298765)" (København): the case number after the title.
CASE_NUMBER_AFTER = Lazy(r"\s*\((?P<value>\d{4}-\d{5,7}|\d{2}-\d{5,6})\)$")
PRINTED_STATUS = Lazy(r"^(?:\d{1,4}[.)]?\s+)?\((?P<status>Åben|Åbent|Lukket)\)", re.I)
# What follows an item's letter printed apart from its number: "2 A. Title", "Punkt 2 A: Title".
LETTER_STOPS = frozenset((". ", ": ", ") "))
QUOTES_AS_PLAIN = str.maketrans(dict.fromkeys("“”„«»'’‘`", '"'))
DASHES = regex.compile(r"\s*[–—‐-]\s*")
# A row linking to a place in the document, as HTML and Word tables of contents do:
# "[Titel](#punkt-7)", "96\t[Titel](#punkt-96)\t3", "[Titel](#_Toc12)\t3".
IN_PAGE_LINK = regex.compile(r"\[(?P<text>[^\]]*)\]\((?P<href>#[^)\s]*)\)")
BULLET = Lazy(r"^\s*(?:[•·▪◦*–-]\s+)?")
# A page after one space, where a copy from a PDF lost the tab: "Godkendelse af dagsorden 1",
# or where Word saved its dotted leader in a web page as ". ": "Meddelelser. 2".
TRAILING_PAGE = Lazy(r"^(?P<title>.*\S) (?P<page>\d{1,3})$")
# An item number in a column of its own, set off from the title by spaces only, as EG
# Dagsorden's text print lays out its contents: "41      Godkendelse af dagsorden      2".
# Not a year ("2025    Budget").
COLUMN_NUMBER = Lazy(r"^(?P<number>\d{1,3}[a-zA-Z]?) {2,}(?=\S)")
# A page labelled after the title, as a web page or a copied PDF prints its page column:
# "Budget 2026 Side 4", "Budget 2026 s. 4" (a tab before the label is a space in a title).
LABELLED_PAGE = Lazy(r"^(?P<title>.*\S) (?:[Ss]ide|SIDE|[Ss]\.) ?(?P<page>\d{1,4})$")
# An attachment's heading or its row in the contents: "Bilag 2.1: Analyse af ...", "Bilag
# 3 - Kort", "Bilag til punkt 4".
ATTACHMENT_HEADING = Lazy(r"^Bilag (?:\d{1,3}(?:\.\d{1,2})?\s*[:.)–-]|til punkt \d)")


@record
class Toc:
    entries: tuple[TocEntry, ...]
    start: int
    end: int


def clean_title(title: str) -> str:
    """The title without markup and extra spaces, without the status in front ("(Åben)",
    "(Lukket)", "Lukket punkt: "): a status, not part of the title, and without a case
    number in parentheses after it (see case_number_after). An item's heading marked
    "(Lukket)" is closed (see closed_mark)."""
    title = " ".join(MARKUP.sub("", title).split())
    if title[:1] == "(":
        title = STATUS_MARK.sub("", title)
    elif title[:7].casefold() == "lukket ":
        title = STATUS_PREFIX.sub("", title)
    return CASE_NUMBER_AFTER.sub("", title) if title[-1:] == ")" else title


def case_number_after(title: str) -> str | None:
    """The case number in parentheses after a title: "2024-0311234"."""
    match = CASE_NUMBER_AFTER.search(title.rstrip()) if title.rstrip()[-1:] == ")" else None
    return match["value"] if match else None


def printed_status(title: str) -> bool | None:
    """Whether a row closes its item, by the status printed before its title: True for
    "(Lukket) Title" or "5 (Lukket) Title", False for "(Åben)", None when none is printed."""
    if closed_mark(title):
        return True
    status = PRINTED_STATUS.match(title) if "(" in title[:8] else None
    return None if status is None else status["status"].casefold() == "lukket"


def closed_mark(title: str) -> bool:
    """Whether a title as printed begins with "(Lukket)" or "Lukket punkt: "."""
    if title[:1] == "(":
        return title[1:8].casefold() == "lukket)"
    return title[:7].casefold() == "lukket " and STATUS_PREFIX.match(title) is not None


@functools.lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """A title with small typography ignored: markup, case, quotes, dashes, spacing, end
    stop. The parser pairs headings with the table of contents by it, and so do the rules."""
    text = clean_title(title).translate(QUOTES_AS_PLAIN)
    return DASHES.sub("-", text).casefold().rstrip(" .:;")


def unlink(text: str) -> tuple[str, str | None]:
    """A row holding one in-page link: the row with the link's text in place of the
    link, and the link's target without "#"; other rows unchanged, target None."""
    if "](#" not in text:
        return text, None  # the quick case: no link
    links = list(IN_PAGE_LINK.finditer(text))
    if len(links) != 1:
        return text, None
    link = links[0]
    return text[: link.start()] + link["text"] + text[link.end() :], link["href"][1:]


def group_of(row: str) -> str | None:
    """The group a row heads ("Åbne sager", "C. Sager til orientering"), if it is one,
    named without a colon after it."""
    return group_name(row.strip())


def group_title(row: str) -> str:
    return clean_title(row).rstrip(" :")


def sub_number(token: str) -> str | None:
    """ "5.1" from "5.1" or "5.1.": the number of a sub-item under item 5."""
    main, dot, sub = token.rstrip(".").partition(".")
    return token.rstrip(".") if dot and main.isdigit() and sub.isdigit() and len(sub) <= 2 else None


def letter_number(token: str) -> str | None:
    """ "2a" from "2.a" or "2.a.": an item added after item 2, its letter set off by a full
    stop, written as "2a" is."""
    main, dot, letter = token.rstrip(".").partition(".")
    if dot and main.isdigit() and len(letter) == 1 and letter.isascii() and letter.isalpha():
        return main + letter
    return None


def letter_apart(number: str, title: str) -> tuple[str, str] | None:
    """ "2A" and "Hastesag" from "2" and "A. Hastesag" ("2 A. Hastesag", "Punkt 2 A:
    Hastesag"): an item added after item 2, its letter printed apart from its number. Not
    initials ("A. P. Møller")."""
    letter, stop, rest = title[:1], title[1:3], title[3:].lstrip()
    if not (stop in LETTER_STOPS and letter.isascii() and letter.isalpha() and number.isdigit()):
        return None
    return (number + letter, rest) if rest[:1].isupper() and rest[1:2] != "." else None


def numbered_title(match: re.Match[str]) -> tuple[str | None, str]:
    """A row's number and title as printed, the number with its letter where the letter
    follows the number after a space ("2 A. Hastesag", not "7. A. Hansen")."""
    number, title = match["number"], match["title"]
    if number and match.string[match.end("number") : match.start("title")].isspace():
        return letter_apart(number, title) or (number, title)
    return number, title


def entry_of(match: re.Match[str]) -> tuple[str | None, str]:
    """A table of contents row's number and clean title (see labelled)."""
    number, title = numbered_title(match)
    return labelled(number, clean_title(title))


def labelled(number: str | None, title: str) -> tuple[str | None, str]:
    """An entry's number written as an item heading's ("Pkt. 4 Title", "Punkt 41 - Title",
    "5 (Lukket) Title", or "4. Title" wrapped onto a second row) moves from its title to
    its number."""
    if number is not None:
        return number, title
    if not (title[:1].isdigit() or title.startswith(("P", "S", "D"))):
        return None, title  # the quick case: neither a number nor "Punkt", "Sag", ... first
    first, _, rest = title.partition(" ")
    # "5.1 Status på grundvandsbeskyttelse", "2.a Lokalplan 12"
    if rest and (sub := sub_number(first) or letter_number(first)):
        return sub, rest
    explicit = (
        ITEM_EXPLICIT.match(title) or ITEM_WITH_STATUS.match(title) or NUMBERED_ENTRY.match(title)
    )
    if not explicit:
        return None, title
    number, title = numbered_title(explicit)
    return number, clean_title(title)


def match_entry(text: str, paged_only: bool = False) -> re.Match[str] | None:
    if text.rstrip()[-1:].isdigit():  # each paged form ends in the page
        for form in PAGED_ENTRY:
            match = form.match(text)
            if match:
                return match
    if paged_only:
        return None
    # "Punkt 1. Title" as a plain list; a table row's page may be on its next line.
    numbered = NUMBERED_ENTRY.match(text) or (SUB_ENTRY.match(text) if "." in text[1:4] else None)
    if "\t" in text:
        return numbered or TABBED_ENTRY.match(text)
    return (
        numbered
        or ITEM_EXPLICIT.match(text)
        # "3 (Lukket) Erstatningssag": a Word TOC field without page numbers (Guldborgsund)
        or (ITEM_WITH_STATUS.match(text) if "(" in text[:8] else None)
    )


def find_toc(
    rows: list[Line], headings: list[int], limit: int, item_rows: list[int], openers: list[int]
) -> Toc | None:
    """The table of contents, if one of ``headings``, the rows that are a TOC heading
    ("Indholdsfortegnelse", "PUNKTER": TOC_HEADING), stands before row ``limit`` and
    before the items: not an attachment's own contents (see after_an_item)."""
    if not headings or headings[0] >= limit:
        return None
    toc = read_entries(rows, headings[0])
    return None if after_an_item(rows, toc, item_rows, openers) else toc


def after_an_item(rows: list[Line], toc: Toc, item_rows: list[int], openers: list[int]) -> bool:
    """Whether ``toc`` stands in an item's text, as a report attached to the agenda prints
    its own contents: below a numbered heading among ``item_rows`` that it does not list,
    with a section heading among ``openers`` or an attachment's heading between them ("2.
    Analyse af busbetjeningen" / "Sagsfremstilling" ... "Bilag 2.1: Analyse ..." /
    "Indhold" / "1. Indledning ..... 3"). The document's contents stand before the items
    they list; below them, they name an item above (a title above)."""
    listed = {title_key(entry.title) for entry in toc.entries}
    first = None  # the first item heading above the list that the list does not name
    for index in item_rows[: bisect_left(item_rows, toc.start)]:
        match = match_entry(rows[index].text.strip())
        if match is None or match["number"] is None:
            continue
        if title_key(entry_of(match)[1]) in listed:
            return False
        if first is None:
            first = index
    if first is None:
        return False
    below = bisect_right(openers, first)
    if below < len(openers) and openers[below] < toc.start:
        return True
    return any(attachment_heading(row.text) for row in rows[first + 1 : toc.start])


def attachment_heading(text: str) -> bool:
    """Whether a row names an item's attachment: "Bilag 2.1: Analyse af ...", "Bilag 3 -
    Kort", "Bilag til punkt 4"."""
    text = text.lstrip()
    return text[:6] == "Bilag " and ATTACHMENT_HEADING.match(text) is not None


def agenda_list(rows: list[Line], headings: list[int], limit: int) -> Toc | None:
    """The items listed under "Dagsorden:", with or without pages, above the items
    ("Dagsorden:" / "1) Godkendelse af dagsorden" / "2) ..."), as the table of contents,
    where no heading ("Indholdsfortegnelse") names one: where ``headings``,
    the rows that may head an item, give most of the list's titles again below it (one
    title changed in one place is RL306's to report) and none above it. Elsewhere
    "Dagsorden" titles the document, or a list under it is something else."""
    label = None
    for index in headings:
        if index >= limit:
            return None
        above = next_filled(rows, index, -1)
        if above is not None and rows[above].text.strip().rstrip(" :").casefold() == "dagsorden":
            label = above
            break
    if label is None:
        return None
    toc = read_entries(rows, label)
    if len(toc.entries) < 2 or any(e.number is None for e in toc.entries):
        return None
    listed = {title_key(entry.title) for entry in toc.entries}
    above = heading_titles(rows, headings[: bisect_left(headings, label)])
    below = heading_titles(rows, headings[bisect_left(headings, toc.end) :])
    again = len(listed & below)
    return toc if again >= 2 and 2 * again > len(listed) and not listed & above else None


def heading_titles(rows: list[Line], indexes: list[int]) -> set[str]:
    """The titles (title_key) of the rows at ``indexes`` that are numbered as items are."""
    titles = set()
    for index in indexes:
        match = match_entry(rows[index].text.strip())
        if match is not None and match["number"] is not None:
            titles.add(title_key(entry_of(match)[1]))
    return titles


def read_entries(rows: list[Line], start: int) -> Toc:
    entries: list[TocEntry] = []
    listed: set[tuple[str | None, str]] = set()  # each entry's number and title
    group: str | None = None
    index = start + 1
    pending: Line | None = None  # a title wrapped onto the next line
    form: str | None = None  # how the last row prints its number: "Punkt #:", "#."
    apart: str | None = None  # the number printed alone above the row at ``index``
    hanging: int | None = None  # the title's column in the row above, an entry without page
    while index < len(rows):
        column, hanging = hanging, None
        text, anchor = unlink(rows[index].text)
        text = text.lstrip()  # a wrapped title's second line may hang indented
        if not text:
            if entries and not resumes(rows, index, entries, form):
                break
            index += 1
            continue
        if (title_row := title_apart(rows, index)) is not None:
            apart, index = text.rstrip(".)"), title_row
            continue
        if HEADER_ROW.match(text):
            index += 1
            continue
        match = match_entry(text, paged_only=bool(entries) and entries[-1].page is not None)
        if match is None and column is not None and indent(rows[index].text) == column:
            # the rest of the title above, hanging under its first word: "3) Overførsel af
            # uforbrugte" / "   midler fra 2025 til 2026" in a list without pages
            last = entries[-1]
            entries[-1] = last._replace(title=f"{last.title} {clean_title(text)}")
            listed.add((last.number, entries[-1].title))
            hanging, index = column, index + 1
            continue
        grouped = group_of(text) if match is None else None
        if grouped:
            group = grouped
            index += 1
            continue
        if match is None and anchor is not None and BULLET.sub("", text).strip():
            # a row that is only a link: an entry without number or page
            first = rows[index]
            printed = BULLET.sub("", text)
            number, title = labelled(None, clean_title(printed))
            entries.append(
                TocEntry(number, title, None, first.line, group, anchor, printed_status(printed))
            )
            listed.add((number, title))
            form = None
            index += 1
            continue
        groups = match.groupdict() if match is not None else {}  # its page and status, if any
        if match is None or (groups.get("page") is None and continues(rows, index)):
            if (
                pending is None
                and index + 1 < len(rows)
                and match_entry(rows[index + 1].text.lstrip())
            ):
                pending = rows[index]
                index += 1
                continue
            if pending is not None and no_number(pending.text) and paged_row(rows, index):
                # a group heading above a row wrapped onto the next line with its page
                # ("Udvalget for Læring" / "97<TAB>Fremadrettede organisering af" / "...<TAB>7")
                group, pending = group_title(pending.text), rows[index]
                index += 1
                continue
            if match is None:
                break
        number, title = entry_of(match)
        if pending is not None and number_in_title(number, pending.text):
            number, title = None, clean_title(text[: match.end("title")])
        if number is None and pending is None and attachment_heading(title):
            # "Bilag 3.2: Høringssvar ... 15" under item 3's row: that item's attachment,
            # which the body prints under the item, not an item of its own.
            index += 1
            continue
        if apart is not None:
            number, apart = apart, None
        if (number, title) in listed:
            break  # the list has run into the first item heading, which repeats a row
        first = rows[index]
        status = groups.get("status")
        closed = printed_status(match["title"]) if status is None else status.casefold() == "lukket"
        if pending is not None and number is not None and no_number(pending.text):
            # A row without number or page above a row with its own number is no first half
            # of that row's title (a wrapped title has its number on its first row): it heads
            # a group ("\tSager til beslutning", Horsens).
            group, pending = group_title(pending.text), None
        if pending is not None:  # "Dagsordenspunkt 2: Anlægsbevilling til" + "ny bro  4"
            head = clean_title(pending.text)
            # "96<TAB><u>Omgørelsesprocenter 2020": the clean title keeps no tab to set the
            # number off by, so read the number from the row as printed
            tabbed = TABBED_ENTRY.match(pending.text.strip())
            if number is None and tabbed is not None:
                number, head = tabbed["number"], clean_title(tabbed["title"])
            number, title = labelled(number, head + " " + title)
            closed = printed_status(pending.text.lstrip())
            if closed is None and (own := match_entry(pending.text.lstrip())) is not None:
                closed = printed_status(own["title"])  # "7.<TAB>Lukket punkt: Salg af ..."
            first, pending = pending, None
        page = groups.get("page")
        entries.append(
            TocEntry(number, title, int(page) if page else None, first.line, group, anchor, closed)
        )
        listed.add((number, title))
        form = number_form(text, match) if first is rows[index] else None
        if page is None and first is rows[index] and anchor is None:
            printed = rows[index].text  # its indent, then ``text``
            hanging = len(printed[: len(printed) - len(text) + match.start("title")].expandtabs())
        index += 1
    entries = numbers_in_column(tuple(entries), rows[start + 1 : index])
    return Toc(pages_after_titles(entries, rows[index:]), start, index)


def numbers_in_column(entries: tuple[TocEntry, ...], rows: list[Line]) -> tuple[TocEntry, ...]:
    """The entries with their numbers split from their titles where every row prints the
    number in a column of its own, two or more spaces before the title ("41      Godkendelse
    af dagsorden      2"), and the numbers never fall. One space, or a row without the
    column, leaves a title beginning with a number of its own ("3 nye daginstitutioner",
    "2025-budget") whole."""
    if len(entries) < 2 or any(entry.number is not None for entry in entries):
        return entries
    if not all(entry.title[:1].isdigit() for entry in entries):
        return entries  # the quick case: a row without a number first
    text_at = {row.line: row.text.lstrip() for row in rows}
    columns = [COLUMN_NUMBER.match(text_at.get(entry.line, "")) for entry in entries]
    if not all(columns):
        return entries
    numbers = [column["number"] for column in columns]
    orders = [item_order(number) for number in numbers]
    if None in orders or any(earlier > later for earlier, later in pairwise(orders)):
        return entries
    split = []
    for entry, number in zip(entries, numbers, strict=True):
        printed = entry.title[len(number) :].lstrip()
        closed = printed_status(printed) if entry.closed is None else entry.closed
        split.append(entry._replace(number=number, title=clean_title(printed), closed=closed))
    return tuple(split)


def pages_after_titles(entries: tuple[TocEntry, ...], body: list[Line]) -> tuple[TocEntry, ...]:
    """The entries with their pages split from their titles where the rows print the page
    after the title with a label ("Budget 2026 Side 4", "Budget 2026 s. 4") or after one
    space, where a copy from a PDF lost the tab ("183. Godkendelse af dagsorden 1"), when
    the rows agree: every row ends in a page so written, the numbers fall at most once (a
    misprinted page is RL304's to report), and most of the body's headings end in the
    titles without them. A title may end in a number of its own ("Budget 2025", "Lokalplan
    444") or in words such as "side 4": a row of the body that ends in an entry's whole
    title keeps them all."""
    if not entries or any(entry.page is not None for entry in entries):
        return entries
    split = page_ends(entries, LABELLED_PAGE)
    if split is None and len(entries) >= 2:
        split = page_ends(entries, TRAILING_PAGE)
    if split is None:
        return entries
    pages = [int(match["page"]) for match in split]
    if sum(earlier > later for earlier, later in pairwise(pages)) > 1:
        return entries
    ends = [title_key(row.text) for row in body if row.text.strip()]

    def heads(title: str) -> bool:
        key = title_key(title)
        return any(end.endswith(key) for end in ends)

    if any(heads(entry.title) for entry in entries):
        return entries
    titles = [match["title"] for match in split]
    if 2 * sum(map(heads, titles)) <= len(split):
        return entries
    if all(title[-1] == "." for title in titles):
        # Every row's "." before its page is the leader's (Word's dotted tab saved as ". "),
        # not an end stop of the title.
        titles = [title[:-1].rstrip() for title in titles]
    return tuple(
        entry._replace(title=title, page=page)
        for entry, title, page in zip(entries, titles, pages, strict=True)
    )


def page_ends(entries: tuple[TocEntry, ...], form: Lazy) -> list[re.Match[str]] | None:
    """Each entry's title split by ``form`` into title and page, or None unless all are."""
    split = [form.match(entry.title) if entry.title[-1:].isdigit() else None for entry in entries]
    return split if all(split) else None


def title_apart(rows: list[Line], index: int) -> int | None:
    """The row with the title and page of an entry whose number stands alone at row
    ``index``, right below it or after one blank row ("1." / "" / "Godkendelse af dagsorden
    ...... 2"), else None. The title row has no number of its own."""
    text = rows[index].text.strip()
    if len(text) > 5 or not text[:1].isdigit() or not NUMBER_ALONE.match(text):
        return None  # the quick case: no short number first
    below = next_filled(rows, index)
    if below is None or below - index > 2:
        return None
    entry = match_entry(unlink(rows[below].text)[0].lstrip(), paged_only=True)
    return below if entry is not None and entry["number"] is None else None


def indent(text: str) -> int:
    """The width of a row's indent, tabs set every eight columns."""
    wide = text.expandtabs()
    return len(wide) - len(wide.lstrip())


def no_number(text: str) -> bool:
    return labelled(None, clean_title(text))[0] is None


def continues(rows: list[Line], index: int) -> bool:
    """Whether the next row ends a title wrapped from this one: a page without a number
    ("reparation af tilkørselsramperne\t4" below "1. Tillægsbevilling til ... og akut"), or
    after a number that is the title's (see number_in_title)."""
    if index + 1 >= len(rows):
        return False
    following = match_entry(rows[index + 1].text.lstrip(), paged_only=True)
    if following is None:
        return False
    return following["number"] is None or number_in_title(following["number"], rows[index].text)


def number_in_title(number: str | None, above: str) -> bool:
    """Whether ``number``, first on the row below the numbered row ``above`` that has no
    page, begins the rest of that row's title ("4.<TAB>Budgetopfølgning pr." / "<TAB>30.
    september 2026<TAB>3", "7. Lokalplan 12," / "2. behandling  5"): it is not the number
    of the item after that row's."""
    if number is None:
        return False
    previous = labelled(None, clean_title(above))[0]
    return previous is not None and not next_number(number, previous)


def next_number(number: str, previous: str) -> bool:
    """Whether ``number`` is the item number right after ``previous``: "5" or "4a" after
    "4", "4b" or "5" after "4a"."""
    this, last = item_order(number), item_order(previous)
    if this is None or last is None:
        return False
    if this[0] == last[0] + 1:
        return not this[1]
    return this[0] == last[0] and this[1] == (chr(ord(last[1]) + 1) if last[1] else "a")


def paged_row(rows: list[Line], index: int) -> bool:
    """Whether the row at ``index`` is an entry with its page, or an entry whose title is
    wrapped onto the next row with the page ("3.<TAB>Overførsel af uforbrugte" / "<TAB>midler
    fra 2025 til 2026<TAB>4")."""
    text = unlink(rows[index].text)[0].lstrip()
    if match_entry(text, paged_only=True):
        return True
    entry = match_entry(text)
    return entry is not None and entry["number"] is not None and continues(rows, index)


def number_form(text: str, match: re.Match[str]) -> str | None:
    """How a row prints its number: "Punkt #:" for "Punkt 2: Meddelelser", "#." for
    "2. Meddelelser"; None for a row without a number of its own."""
    if match["number"] is None:
        return None
    separator = " ".join(text[match.end("number") : match.start("title")].split())
    return text[: match.start("number")] + "#" + separator


def numbered_on(number: str | None, previous: str | None) -> bool:
    """Whether ``number`` comes after ``previous`` ("12a" after "12"); a row left out of the
    list may skip one."""
    this, last = item_order(number), item_order(previous)
    return this is not None and last is not None and this > last


def numbered_again(number: str | None, previous: str | None) -> bool:
    """Whether ``number`` repeats ``previous``: an item number printed twice."""
    this = item_order(number)
    return this is not None and this == item_order(previous)


def row_in_form(rows: list[Line], index: int | None, form: str) -> re.Match[str] | None:
    """The entry at row ``index`` if it prints its number in ``form``."""
    if index is None:
        return None
    text = unlink(rows[index].text)[0].lstrip()
    row = match_entry(text)
    return row if row is not None and number_form(text, row) == form else None


def resumes(rows: list[Line], blank: int, entries: list[TocEntry], form: str | None) -> bool:
    """Whether the list goes on after a blank row: with a row that has a page, with the next
    row of a list without pages written one row per paragraph ("Punkt 1: Title", blank,
    "Punkt 2: Title": the same form, numbered on, not listed yet; or with the last number
    printed again, RL202's to report, where another row in the form follows), or with a
    group heading over a row not listed yet ("Lukkede sager" / "8.<TAB>Ekspropriation ...",
    with or without pages). A group heading over a row already listed heads the body's first
    item, below a list without pages; so does a row repeating the first row."""
    following = next_filled(rows, blank)
    if following is None:
        return False
    text = unlink(rows[following].text)[0].lstrip()
    if paged_row(rows, following) or title_apart(rows, following) is not None:
        return True
    if form is not None and entries[-1].page is None:
        row = row_in_form(rows, following, form)
        if row is not None:
            number, title = entry_of(row)
            last = entries[-1].number
            if all(title_key(entry.title) != title_key(title) for entry in entries) and (
                numbered_on(number, last)
                or (
                    numbered_again(number, last)
                    and row_in_form(rows, next_filled(rows, following), form) is not None
                )
            ):
                return True
    if not group_of(text):
        return False
    below = next_filled(rows, following)
    if below is None:
        return False
    match = match_entry(unlink(rows[below].text)[0].lstrip())
    if not match or (entries[-1].page is not None and not paged_row(rows, below)):
        return False
    number, title = entry_of(match)
    if number is not None:
        return all(entry.number != number for entry in entries)
    return all(title_key(entry.title) != title_key(title) for entry in entries)
