"""The parse machinery: layout family, table of contents, items, header, content.

The layout family is detected from the text; the family may mend known export damage;
then generic steps find the table of contents, the items, the meeting header, each
item's content and the trailing parts (signatures, a collected attachment list).
"""

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, count, pairwise, repeat
from operator import itemgetter

from referatlint import regex
from referatlint.parse.content import (
    attachment_mark,
    decision_heading,
    item_rows,
    may_list,
    may_open,
    parse_item,
)
from referatlint.parse.dates import earlier
from referatlint.parse.decision_list import (
    entry,
    heads_decision_list,
    lists_decisions,
    with_listed_decisions,
)
from referatlint.parse.header import MUNICIPALITY, dated_by_running_header, name_key, parse_header
from referatlint.parse.items import ItemStart, find_items, may_head_item
from referatlint.parse.layouts import (
    ITEM_WORD,
    TOC_HEADING,
    Layout,
    by_name,
    detect,
    group_heading,
    group_name,
    named_group,
)
from referatlint.parse.model import (
    Anchor,
    Comment,
    Document,
    Line,
    Meeting,
    Part,
    as_classified,
    line_starts,
    next_filled,
)
from referatlint.parse.toc import agenda_list, find_toc, title_key
from referatlint.parse.vocabulary import DECISION_HEADING, DEFAULT, Vocabulary
from referatlint.read.source import Source, furniture_pages, page_at, titles_own_pages

SIGNATURES = regex.compile(
    r"^(?:Underskrifter|Underskriftsark|Underskriftsblad|Underskrift|Underskrevet af)\s*:?$"
)
MINUTES_LABELS = ("referat", "beslutningsprotokol", "mødereferat", "protokol")
# A page's running footer or header left in a text copied from a PDF: "Side 2 af 4".
PAGE_FURNITURE = regex.compile(
    r"[ \t]*(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*$", re.I
)
FURNITURE_LAST = frozenset("0123456789 \t")  # a quick test before the pattern
# A web browser's print header: the time of printing, then the page's title ("26.11.2026
# 14:03<TAB>Dagsorden - Teknik- og Miljøudvalget - Aarhus Kommune", "26/11/2026, 14.03").
PRINT_STAMP = regex.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+(?:kl\.\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*[AP]M)?\s+(?=\S)",
    re.I,
)
# Its footer: the page's address, then a counter of the printed pages ("https://…<TAB>3/17").
WEB_ADDRESS = ("http://", "https://", "www.", "file://")
PAGE_NUMBER = regex.compile(r"(?:side|page)\s+(\d{1,4})\s*(?:af|of|/)\s*(\d{1,4})\s*$", re.I)
# A page number between dashes alone on its line: "- 7 -", "– 7 –".
PAGE_DASHES = frozenset("-–")
# Or over the number of pages: "3/12" alone at a page's foot.
PAGE_SLASH = "/"
FEW_LINES = 3  # lines above a first page's footer: more than a running header's
# A web page's link back to its top: "[Til toppen](#top)".
BACK_LINKS = frozenset(("til toppen", "tilbage til toppen", "til top", "top"))
# A web page's own words standing alone on a row, in a text copied from the browser: its
# navigation, sharing links and footer links ("Til toppen" after each item, "Udskriv",
# "Del på Facebook", "Følg os på LinkedIn"). Never the minutes' text.
SITE_WORDS = frozenset(
    ("til toppen", "tilbage til toppen", "gå til indhold", "spring til indhold", "menu", "søg",
     "udskriv", "print", "del", "del siden", "del på facebook", "del på linkedin", "del på x",
     "del på twitter", "del via mail", "del via e-mail", "abonnér", "abonner", "kontakt os",
     "kontakt kommunen", "cookies", "cookiepolitik", "cookieindstillinger",
     "privatlivspolitik", "tilgængelighedserklæring", "om hjemmesiden", "følg os på facebook",
     "følg os på linkedin", "følg os på instagram", "følg os på x", "følg os på twitter",
     "følg os på youtube")
)  # fmt: skip
SITE_WORD_LONGEST = max(map(len, SITE_WORDS))
SITE_WORD_FIRST = frozenset("".join(word[0] + word[0].upper() for word in SITE_WORDS))
# A web page's footer under the minutes: the municipality's name, alone or opening its
# address ("Aarhus Kommune · Rådhuspladsen 2 · 8000 Aarhus C"), then its contact details.
FOOTER_NAME_END = regex.compile(r"\s+[·|•,]\s+.*$")
CONTACT = regex.compile(r"\b(?:Tlf\.|Telefon\b|CVR\b|EAN\b)|(?:^|·\s)\d{4} [A-ZÆØÅ]")
FOOTER_ROWS = 6  # the contact details stand this close under the name
# A web page's cookie banner, copied with the minutes from the browser when the site puts
# it at the end of the page: "Vi bruger cookies for at …", then its buttons ("Accepter
# alle", "Kun nødvendige") or a link to the cookie policy.
COOKIE_BANNER = regex.compile(
    r"^(?:Vi|Denne (?:hjemme)?side|Hjemmesiden|Siden|[\w.-]+\.dk) (?:bruger|anvender) cookies\b"
)
COOKIE_CONSENT = regex.compile(
    r"accept|afvis|nødvendige|samtykke|tillad|indstillinger|læs mere", re.I
)
BANNER_ROWS = 4  # the buttons stand this close under the banner's text
# A notice that the meeting will not be held, in place of its items: "Mødet er aflyst",
# "Mødet blev aflyst, da der ikke er sager", "AFLYST", "Aflysning af mødet".
MEETING_CANCELLED = regex.compile(
    r"^(?:mødet (?:er|blev) aflyst|aflyst|aflysning af (?:mødet|udvalgsmødet))\b", re.I
)
MEETING_CLOSED = regex.compile(r"^Mødet (?:blev )?(?:hævet|afsluttet|sluttede|slut)\b")
# The gap between a row's cells: a tab or a run of spaces (one space is inside a name or a
# title). Signatures set in columns: "Mette Lund          Knud Vestergaard"; a running
# header's parts: "7. Anlægsregnskab for Kvaglund Skole<TAB>Byrådet 23.11.2026".
COLUMN_GAP = regex.compile(r"\s*\t\s*| {2,}")
# A note on the meeting or its minutes after the last item: "Næste møde: Onsdag den 17.
# december 2025", "Referatet er godkendt digitalt af udvalgets medlemmer den 24/4 2020.",
# "Mødet hævet kl. 18.10.", "Oplæst og godkendt." (above the signatures). Its subject, for
# a last item on the same subject ("9) Næste møde", "Godkendelse af referat").
MEETING_NOTE = regex.compile(
    r"^(?:(?P<next>næste møde)(?:(?P<colon>(?:dato|t)?\s*:)|\s+(?:er|holdes|afholdes|bliver)\b)"
    r"|(?P<minutes>referat)(?:et)?(?: er| blev)?(?: \w+)? (?:godkendt|underskrevet|oplæst)\b"
    r"|(?P<meeting>mødet) (?:blev )?(?:hævet|afsluttet|sluttede)\b"
    r"|(?:således )?oplæst og (?:godkendt|vedtaget)\b)",
    re.I,
)
MEETING_NOTE_INITIALS = frozenset(
    ("Næste", "NÆSTE", "næste", "Refer", "REFER", "Mødet", "MØDET", "Oplæs", "OPLÆS", "Såled")
)
LEADING_NUMBER = regex.compile(
    r"(?:(?:Punkt|Pkt\.?|Sag(?: nr\.)?) ?)?(\d{1,3}[a-z]?)(?![\d.])", re.I
)
TOC_SEARCH_ROWS = 400
DETECT_CHARACTERS = 3000
# Row kinds (line_kinds), as bits.
PAGE_FURNITURE_ROW = 1
DASHED_ROW = 2
SPACED_ROW = 4
OPENS_SECTION = 8
GROUP_ROW = 16
ITEM_HEADING = 32
TOC_HEADING_ROW = 64
LIST_ROW = 128
SITE_ROW = 256
ATTACHMENT_ROW = 512
SLASHED_ROW = 1024
KEPT_KINDS = 20000  # texts whose kinds row_kinds() keeps: a few dozen documents'
# Only a short row's kinds are kept from one document to the next: headings, labels and
# standing items recur in every document of a template; running text does not.
KEPT_LENGTH = 60
# A longer row of running text, which can be none of the kinds (group and TOC headings are
# shorter): it begins with a letter, a quote, a bracket or a bullet (no digit, no space),
# not as "Punkt 7", "B) Sager", a list's "a)", a heading's mark and number ("- 7. Title",
# items.ITEM_MARKS) or an attachment's "Bilag 1 - ..." do; it has no colon in its first 64
# characters (no inline heading) and no tab (no column heading or table); and it ends in a
# letter or a sentence's punctuation (no page number, colon, back link or space). Found by
# this pattern and RUNNING_LAST, the row needs no line_kinds.
LETTERS = string.ascii_letters + "ÆØÅæøåÄÖÜäöüÉé"
RUNNING_TEXT = regex.compile(
    rf"(?![A-H][.)] |[a-z][.)\]]|{ITEM_WORD}\s*\d|[•–-]\s*\d|[Bb]ilag\s+\d)[{LETTERS}«»\"'„“(\[*•–-][^:\t]{{59}}"
    r"(?![^:]{0,3}:)[^\t]*$"
)
RUNNING_LAST = frozenset(LETTERS + ".,;!?\"'»”*")


def parse(
    source: Source, vocabulary: Vocabulary | None = None, layout: str | None = None
) -> Document:
    """Describe a document: meeting, table of contents, items and trailing parts."""
    text = "\n".join(source.lines)  # as written: the rules' offsets are in it
    texts = as_classified(source.lines)
    classified = "\n".join(texts)
    # "Forslag" is Indstilling where nothing else is.
    vocabulary = (vocabulary or DEFAULT).for_text(classified)
    # The cues of every family show on the first pages; no need to scan a long document.
    family = by_name(layout) if layout else detect(classified[:DETECT_CHARACTERS])
    kinds = row_kinds(texts, vocabulary)
    marked = list(compress(count(), kinds))
    # Footers stand between pages, not in the table of contents, an item or a decision.
    furniture = [index for index in marked if kinds[index] & PAGE_FURNITURE_ROW]
    dashed = [  # (index, number) of each "- 7 -"
        (index, dashed_page_number(texts[index])) for index in marked if kinds[index] & DASHED_ROW
    ]
    pages, page_count = source.line_pages, source.pages
    dashed = page_numbers_in_step(dashed, pages)
    slashed = [index for index in marked if kinds[index] & SLASHED_ROW]  # each "3/12"
    slashed, total = slashed_page_numbers(texts, slashed, pages)
    if pages is None and len(furniture) >= 2:
        # A text copied from a PDF keeps "Side 2 af 4" where its page breaks were.
        pages, page_count = printed_pages(source.lines, furniture) or (None, None)
    if pages is None and dashed:
        pages, page_count = pages_from_numbers(source.lines, dashed) or (None, None)
    if pages is None and slashed:
        pages, page_count = pages_from_numbers(source.lines, slashed, total) or (None, None)
    furniture.extend(index for index, _ in dashed)
    furniture.extend(index for index, _ in slashed)
    # Built by tuple.__new__ in C rather than by the named tuple's Python __new__.
    rows = list(map(tuple.__new__, repeat(Line), zip(texts, count(1), pages or repeat(None))))
    numberings = own_numberings(rows, furniture, page_count) if pages else []
    stripped = list(map(str.strip, texts))  # "" for a blank row
    lines = tuple(compress(rows, stripped))
    blank(rows, stripped, kinds, furniture)
    blanked = list(furniture)  # every row of page furniture, for the model
    # A web page's words copied with the minutes (SITE_WORDS) are not their text either.
    blank(rows, stripped, kinds, [index for index in marked if kinds[index] & SITE_ROW])
    if pages and page_count and page_count > 1:
        footers = running_footers(rows, pages)
        blanked += footers
        blank(rows, stripped, kinds, footers)
    running: set[str] = set()  # the running titles' texts
    if page_count and page_count > 2:
        tops, filled_pages = page_tops(rows)
        titles = running_titles(rows, tops, filled_pages, vocabulary, numberings)
        headings = [index for index in marked if kinds[index] & ITEM_HEADING]
        titles += item_title_headers(rows, tops, filled_pages, headings)
        running.update(stripped[index] for index in titles)
        blanked += titles
        blank(rows, stripped, kinds, titles)
    if family.prepare:
        rows = family.prepare(rows)
        texts = list(map(itemgetter(0), rows))
        stripped = list(map(str.strip, texts))
        kinds = row_kinds(texts, vocabulary)
        marked = list(compress(count(), kinds))
    else:
        marked = [index for index in marked if kinds[index]]  # without the rows blanked

    contents = [index for index in marked if kinds[index] & TOC_HEADING_ROW]
    headings = [index for index in marked if kinds[index] & ITEM_HEADING]
    openers = [index for index in marked if kinds[index] & OPENS_SECTION]
    toc = find_toc(rows, contents, TOC_SEARCH_ROWS, headings, openers) or agenda_list(
        rows, headings, TOC_SEARCH_ROWS
    )
    toc_entries = toc.entries if toc else ()
    skip = range(toc.start, toc.end) if toc else range(0)
    begin = toc.end if toc else 0
    headings = without_listed_decisions(rows, headings, kinds)
    starts = find_items(rows, headings, begin, skip, family, toc_entries, vocabulary)
    header_end = toc.start if toc else (starts[0].first if starts else len(rows))
    if not toc and starts:
        # "Åbne punkter" right above the first item heads the items, not the header.
        above_first = next_filled(rows, header_end, -1)
        if above_first is not None and group_name(rows[above_first].text.strip()):
            header_end = above_first
    meeting, label = parse_header(rows[:header_end], running, vocabulary.bodies)
    if meeting.date is None and (running_text := dict(source.metadata).get("pdf.running_text")):
        # The first page is a scan: its meeting's fields cannot be read, the header's can.
        meeting = dated_by_running_header(meeting, running_text)
    if not starts:
        meeting = meeting._replace(cancelled_line=cancellation(rows))

    parts, items_end = trailing_parts(rows, starts, family, vocabulary)
    if starts:
        items_end = meeting_closed(rows, starts[-1].body, items_end, meeting)
    groups = {entry.number: entry.group for entry in toc_entries if entry.number}
    groups.update({title_key(entry.title): entry.group for entry in toc_entries})
    firsts = {start.first for start in starts}
    group_rows = [
        index
        for index in marked
        if kinds[index] & GROUP_ROW
        and index not in skip  # the table of contents' own group rows
        # A heading known by its shape alone ("Orienteringssager") heads a group only right
        # above an item, and is no section's heading.
        and (
            named_group(stripped[index])
            or (next_filled(rows, index) in firsts and not kinds[index] & OPENS_SECTION)
        )
    ]
    # A group the table of contents names ("Sager til orientering") heads a group in the
    # body too, whatever its case, on the row above an item's first.
    toc_groups = {
        entry.group.casefold()
        for entry in toc_entries
        if entry.group and not group_heading(entry.group)  # those are found already
    }
    if toc_groups:
        named = (
            above
            for start in starts
            if (above := next_filled(rows, start.first, -1)) is not None
            and rows[above].text.strip().rstrip(":").casefold() in toc_groups
            and above not in skip
        )
        group_rows = sorted({*group_rows, *named})
    # A group row above the first item heads it only from right above it: one higher up is
    # the table of contents' last group (when the list stopped short of it), not the body's.
    first_item = starts[0].first if starts else 0
    # In an item, an attachment's first line opens a part of its own, as a heading does.
    openers = [index for index in marked if kinds[index] & (OPENS_SECTION | ATTACHMENT_ROW)]
    spaced = [index for index in marked if kinds[index] & SPACED_ROW]
    listing = [index for index in marked if kinds[index] & LIST_ROW]
    marks = [index for index in openers if kinds[index] & ATTACHMENT_ROW]
    row_texts = item_rows(rows, stripped, spaced, openers, listing, marks)
    items = []
    for position, start in enumerate(starts):
        end = starts[position + 1].first if position + 1 < len(starts) else items_end
        # A group heading between two items ends the first and heads the second.
        end = next((index for index in group_rows if start.body <= index < end), end)
        above = [index for index in group_rows if index < start.first]
        group = (
            groups.get(start.number)
            or groups.get(title_key(start.title))
            or (
                group_name(rows[above[-1]].text.strip())
                if above and (above[-1] > first_item or next_filled(rows, above[-1]) == first_item)
                else None
            )
        )
        items.append(parse_item(rows, row_texts, start, end, vocabulary, meeting, group))
    for part in parts:
        if part.kind == "decisions":
            items = with_listed_decisions(items, part)

    # An agenda quotes recommendations ("Anbefales godkendt.") and earlier decisions ("Sagen
    # udsat." on 4 March): in a document labelled "Dagsorden" only a decision of this
    # meeting under a decision heading makes it minutes.
    agenda = (label or "").casefold() == "dagsorden"
    minutes = (label or "").casefold() in MINUTES_LABELS or any(
        i.decision
        and i.decision.text
        and (not agenda or (i.decision.heading and not earlier(i.decision.date, meeting.date)))
        for i in items
    )
    return Document(
        path=source.path,
        format=source.format,
        layout=family.name,
        kind="referat" if minutes else "dagsorden",
        pages=page_count,
        meeting=meeting,
        toc=toc_entries,
        items=tuple(items),
        parts=tuple(parts),
        lines=lines,
        line_pages=pages,
        notices=source.notices,
        metadata=source.metadata,
        anchors=None
        if source.anchors is None
        else tuple(Anchor(name, line) for name, line in source.anchors),
        comments=tuple(
            Comment(text, author, line, page_at(pages, line), resolved)
            for line, author, text, resolved in source.comments
        ),
        placeholders=tuple(
            Line(text, line, page_at(pages, line)) for line, text in source.placeholders
        ),
        text=text,
        line_starts=line_starts(source.lines),
        furniture=frozenset(index + 1 for index in blanked),
    )


def page_footer(line: str) -> bool:
    """ "Side 2 af 4" alone, or after the running title: "Referat Byrådet 17. april 2024 -
    Side 2 af 4" (then with the number of pages)."""
    if PAGE_FURNITURE.match(line):
        return True
    low = line.lower()
    at = max(low.rfind("side "), low.rfind("page "))
    return (
        0 < at <= 81
        and low[at - 1] in " \t,–-"
        and PAGE_FURNITURE.match(low, at) is not None
        and any(word in low[at:] for word in (" af ", " of ", "/"))
    )


def blank(rows: list[Line], stripped: list[str], kinds: list[int], indices: Iterable[int]) -> None:
    """Empty the rows at ``indices`` (page furniture), keeping their line and page."""
    for index in indices:
        rows[index] = rows[index]._replace(text="")
        stripped[index] = ""
        kinds[index] = 0


def row_kinds(texts: Sequence[str], vocabulary: Vocabulary) -> list[int]:
    """What each row may be, by its text alone, as bits (line_kinds), each distinct text
    worked out once. A short text's answer is kept with the vocabulary (KEPT_LENGTH), so
    a heading is one lookup in C in every later document of the template."""
    known = vocabulary.row_kinds
    if len(known) > KEPT_KINDS:
        known.clear()
    fresh: dict[str, int] = {}
    for text in set(texts).difference(known):
        if len(text) <= KEPT_LENGTH:
            known[text] = line_kinds(text, vocabulary)
        elif not running_text(text):
            fresh[text] = line_kinds(text, vocabulary)
    # A long row in neither table is running text: 0.
    return list(map(known.get, texts, map(fresh.get, texts, repeat(0))))


def running_text(line: str) -> bool:
    """Whether a row longer than KEPT_LENGTH is running text, of no kind (RUNNING_TEXT, and
    no decision heading's word): a few tests in C instead of line_kinds' in Python."""
    return (
        line[-1] in RUNNING_LAST
        and RUNNING_TEXT.match(line) is not None
        and "eslutning" not in line
        and "ESLUTNING" not in line
    )


def line_kinds(line: str, vocabulary: Vocabulary) -> int:
    """What a row with this text may be, as bits: a page's footer or header (PAGE_FURNITURE_ROW:
    "Side 2 af 4", a web page's "[Til toppen](#top)"), a page number between dashes
    (DASHED_ROW), a text with spaces around it (SPACED_ROW), a row opening a section
    (OPENS_SECTION, content.may_open), an attachment's first line (ATTACHMENT_ROW,
    content.attachment_mark), a group's heading (GROUP_ROW), an item's heading
    (ITEM_HEADING, items.may_head_item), a table of contents' (TOC_HEADING_ROW), a row
    that may hold a numbered list's entry (LIST_ROW, content.may_list), or a web page's
    own words (SITE_ROW, SITE_WORDS)."""
    text = line.strip()
    kinds = 0
    last = line[-1:]
    if last in FURNITURE_LAST:
        if page_footer(line):
            kinds |= PAGE_FURNITURE_ROW
        elif PAGE_SLASH in line and slashed_page_number(line) is not None:
            kinds |= SLASHED_ROW
    elif last == ")":
        if back_link(text):
            kinds |= PAGE_FURNITURE_ROW
    elif last in PAGE_DASHES and dashed_page_number(line) is not None:
        kinds |= DASHED_ROW
    if text and text != line:
        kinds |= SPACED_ROW
    if may_open(text, vocabulary):
        kinds |= OPENS_SECTION
    if attachment_mark(text):
        kinds |= ATTACHMENT_ROW
    if group_name(text):
        kinds |= GROUP_ROW
    if may_head_item(text):
        kinds |= ITEM_HEADING
    if TOC_HEADING.match(text):
        kinds |= TOC_HEADING_ROW
    if may_list(text):
        kinds |= LIST_ROW
    if (
        len(text) <= SITE_WORD_LONGEST
        and text[:1] in SITE_WORD_FIRST
        and text.casefold() in SITE_WORDS
    ):
        kinds |= SITE_ROW
    return kinds


def printed_pages(lines: Sequence[str], furniture: list[int]) -> tuple[tuple[int, ...], int] | None:
    """The page of every line, read from "Side N af M" footers (or headers) in a text
    without page breaks, and M: only when the numbers run on without a gap, and the
    first or last of them shows whether they close their pages or open them."""
    numbered = [
        (index, int(found[1]), int(found[2]))
        for index in furniture
        if (found := PAGE_NUMBER.search(lines[index]))
    ]
    if len(numbered) < 2:
        return None
    total = numbered[0][2]
    if any(of != total for _, _, of in numbered) or numbered[-1][1] > total:
        return None
    return pages_from_numbers(lines, [(index, number) for index, number, _ in numbered], total)


def pages_from_numbers(
    lines: Sequence[str], numbered: list[tuple[int, int]], total: int | None = None
) -> tuple[tuple[int, ...], int] | None:
    """The page of every line from the page numbers at ``numbered`` (index, number), and the
    number of pages. Without the total ("- 7 -"), the last page may have lost its number:
    then both ends must show that the numbers close their pages, or both that they open them."""
    if len(numbered) < 2 or any(after[1] != before[1] + 1 for before, after in pairwise(numbered)):
        return None
    (first_index, first), (last_index, last) = numbered[0], numbered[-1]
    votes = []  # True: the numbers close their pages (footers); False: they open them
    if first == 1:
        votes.append(filled(lines[:first_index]) > FEW_LINES)
    if total is None or last == total:
        votes.append(filled(lines[last_index + 1 :]) <= FEW_LINES)
    if len(set(votes)) != 1 or (total is None and len(votes) < 2):
        return None
    total = total or last
    pages: list[int] = []
    previous = 0
    if votes[0]:  # footers: a line is on the page of the next footer
        for index, number in numbered:
            pages.extend([number] * (index + 1 - previous))
            previous = index + 1
        pages.extend([min(last + 1, total)] * (len(lines) - previous))
    else:  # headers: a line is on the page of the header above it
        pages.extend([max(first - 1, 1)] * first_index)
        for position, (index, number) in enumerate(numbered):
            stop = numbered[position + 1][0] if position + 1 < len(numbered) else len(lines)
            pages.extend([number] * (stop - index))
    return tuple(pages), total


def dashed_page_number(line: str) -> int | None:
    """The number of a page number between dashes alone on its line ("- 7 -"), else None."""
    text = line.strip()
    if len(text) < 3 or text[0] not in PAGE_DASHES or text[-1] not in PAGE_DASHES:
        return None
    number = text[1:-1].strip()
    return int(number) if len(number) <= 4 and number.isascii() and number.isdigit() else None


def slashed_page_number(line: str) -> tuple[int, int] | None:
    """The number and the number of pages of a page number over the pages alone on its
    line ("3/12"), else None."""
    number, slash, total = line.strip().partition(PAGE_SLASH)
    if not slash or not (number + total).isascii():
        return None
    if not (number.isdigit() and total.isdigit() and len(number) <= 4 and len(total) <= 4):
        return None
    return (int(number), int(total)) if 0 < int(number) <= int(total) else None


def slashed_page_numbers(
    texts: Sequence[str], marked: list[int], pages: Sequence[int] | None
) -> tuple[list[tuple[int, int]], int | None]:
    """The "3/12" lines that are page numbers, with the number of pages they count: all over
    the same number and keeping step with the pages like "- 7 -" (page_numbers_in_step); a
    fraction in a table does not."""
    numbered = [slashed_page_number(texts[index]) for index in marked]
    totals = {total for _, total in numbered}
    if len(totals) != 1:
        return [], None
    in_step = page_numbers_in_step(
        [(index, number) for index, (number, _) in zip(marked, numbered, strict=True)], pages
    )
    return in_step, totals.pop()


def page_numbers_in_step(
    numbered: list[tuple[int, int]], pages: Sequence[int] | None
) -> list[tuple[int, int]]:
    """The "- 7 -" lines that are page numbers: two or more, keeping step with the pages, or
    in a text without pages running on one by one (a list's "- 2 -" does neither)."""
    if len(numbered) < 2:
        return []
    if pages is None:
        in_step = all(after[1] == before[1] + 1 for before, after in pairwise(numbered))
    else:
        in_step = len({number - pages[index] for index, number in numbered}) == 1
    return numbered if in_step else []


def filled(lines: Sequence[str]) -> int:
    return sum(1 for line in lines if line.strip())


def back_link(line: str) -> bool:
    text, _, target = line.partition("](#")
    return text[:1] == "[" and "]" not in target and text[1:].casefold() in BACK_LINKS


def running_footers(rows: list[Line], pages: Sequence[int]) -> list[int]:
    """Rows closing or opening two or more pages with the same text and a page number that
    keeps step with the page ("Referat - Økonomiudvalget - tirsdag den 11. marts 2025<TAB>side
    2" at the foot, "Teknik- og Miljøudvalget<TAB>Mødedato: 07.10.2024<TAB>Side 2" at the
    top): a running footer or header without "af M", which page_footer() leaves alone
    anywhere else. So are a web browser's print footer and header (printed_page, PRINT_STAMP),
    whose counter and time start again with each print job, and the rows a later print job
    opens with above its first item: the web page's own header printed again (the site's
    menu, the committee, "Referat, tirsdag den 10. november 2026 (fortsat)")."""
    footers: dict[str, list[tuple[int, int]]] = {}
    browser: list[int] = []
    stamped: dict[str, list[int]] = {}  # a print header's title: its rows
    restarts: list[tuple[int, int]] = []  # (top, bottom) of a later print job's first page
    for page in range(pages[0], pages[-1] + 1):
        top = bisect_left(pages, page)  # the page's first row, then its first with text
        while top < len(rows) and pages[top] == page and not rows[top].text.strip():
            top += 1
        bottom = bisect_right(pages, page) - 1  # the page's last row, then its last with text
        while bottom >= 0 and pages[bottom] == page and not rows[bottom].text.strip():
            bottom -= 1
        if bottom < 0 or pages[bottom] != page:
            continue
        for index in {top, bottom}:  # one row when the page has one
            text = rows[index].text
            if index == top and text[:1].isdigit() and (stamp := PRINT_STAMP.match(text)):
                stamped.setdefault(" ".join(text[stamp.end() :].split()), []).append(index)
                continue
            if not text[-1:].isdigit():
                continue
            if index == bottom and (printed := printed_page(text)):
                browser.append(index)
                if printed == 1 and page != pages[0]:
                    restarts.append((top, bottom))
                continue
            low = text.lower()
            at = max(low.rfind("side "), low.rfind("page "))
            if at > 0 and low[at - 1] in " \t,–-" and PAGE_FURNITURE.match(low, at):
                number = low[at + 5 :].split()[0]
                if number.isdigit():
                    key = low[:at].rstrip(" \t,–-")
                    footers.setdefault(key, []).append((index, int(number) - page))
    page_count = pages[-1] - pages[0] + 1
    headers = {
        index
        for title, indexes in stamped.items()
        if len(indexes) >= furniture_pages(title, page_count)
        for index in indexes
    }
    reprinted = []
    for top, bottom in restarts:
        if top in headers:
            first_item = next(
                (index for index in range(top + 1, bottom) if may_head_item(rows[index].text)), None
            )
            if first_item is not None:
                reprinted += [index for index in range(top + 1, first_item) if rows[index].text]
    return (
        [
            index
            for found in footers.values()
            if len(found) >= 2 and len({offset for _, offset in found}) == 1
            for index, _ in found
        ]
        + browser
        + sorted(headers)
        + reprinted
    )


def printed_page(text: str) -> int | None:
    """The number of the printed page when a page's last row is a web browser's print
    footer: the page's address and the counter of the printed pages,
    "https://dagsorden.kolding.dk/referat?side=1<TAB>3/17"; else None."""
    words = text.split()
    if len(words) != 2 or not words[0].startswith(WEB_ADDRESS):
        return None
    number, slash, total = words[1].partition("/")
    if slash and number.isdigit() and total.isdigit() and 0 < int(number) <= int(total):
        return int(number)
    return None


def page_tops(rows: list[Line]) -> tuple[list[int], int]:
    """The first row with text of every page after the first, and the number of pages
    with text."""
    tops = []
    page = rows[0].page if rows else None
    for index, row in enumerate(rows):
        if row.page != page and row.text.strip():
            page = row.page
            tops.append(index)
    return tops, len(tops) + 1


def item_title_headers(
    rows: list[Line], tops: list[int], pages: int, headings: list[int]
) -> list[int]:
    """Page tops that repeat an item's heading beside a part printed at the top of most
    pages ("7. Anlægsregnskab for Kvaglund Skole<TAB>Byrådet 23.11.2026", or the parts
    padded apart by spaces): a running header that changes with the item. The item's own
    heading has no such part and stays."""
    split = {}  # page top: its two parts
    for index in tops:
        text = rows[index].text.strip()
        if "\t" in text or "  " in text:
            parts = COLUMN_GAP.split(text)
            if len(parts) == 2:
                split[index] = parts
    if not split:
        return []
    titles = {" ".join(rows[index].text.split()) for index in headings if index not in split}
    beside: dict[str, list[int]] = {}  # the constant part: the rows showing it
    for index, parts in split.items():
        for title, constant in (parts, parts[::-1]):
            if title in titles:
                beside.setdefault(constant, []).append(index)
                break
    return [
        index
        for constant, indexes in beside.items()
        if len(indexes) >= furniture_pages(constant, pages)
        for index in indexes
    ]


def own_numberings(
    rows: list[Line], furniture: list[int], page_count: int | None
) -> list[frozenset[int]]:
    """The pages that each page numbering numbers as the document's own: "Side 12 af 19"
    on page 12 of 19. A "samlet dokument" numbers so its own pages; the attachments
    printed between them keep their own numbers ("Side 2 af 7") or none. One numbering is
    told from another by the words before the number: a portal's stamp ("Dagsorden med
    bilag · Side 12 af 19") may number every page, the document's footer its own."""
    numbered: dict[str, set[int]] = {}
    for index in furniture:
        text = rows[index].text
        found = PAGE_NUMBER.search(text)
        if found and int(found[2]) == page_count and int(found[1]) == rows[index].page:
            numbered.setdefault(" ".join(text[: found.start()].split()), set()).add(
                rows[index].page
            )
    return list(map(frozenset, numbered.values()))


def running_titles(
    rows: list[Line],
    tops: list[int],
    pages: int,
    vocabulary: Vocabulary,
    numberings: list[frozenset[int]],
) -> list[int]:
    """Rows of a title printed at the top of two or more pages ("Teknik- og Miljøudvalget
    10-04-2024"), and of most of them: page furniture; so is the row under such a title
    where the print splits the title in two ("Børne- og Skoleudvalget, 04-11-2024" /
    "Referat") and that row stands under it on most pages too. Rows are compared with each
    run of white space as one space: pdftotext -layout pads a title's parts apart by a
    different run on each page. A heading, or a line of text such as "Godkendt.", that
    happens to open two pages of many is not one (furniture_pages, as the PDF reader weighs
    its furniture). In a "samlet dokument" the document's own pages (one of the
    ``numberings``, numbered as its own) may be the only ones to print its title, the
    attachments between them printing their own: a title at the top of most of those
    pages, and of no other, is the document's running title too (titles_own_pages, as the
    PDF reader weighs its furniture)."""

    def running(title: str, indexes: list[int]) -> bool:
        return (
            len(indexes) >= furniture_pages(title, pages)
            or titles_own_pages(title, {rows[index].page for index in indexes}, numberings)
        ) and not (vocabulary.heading(title) or DECISION_HEADING.match(title))

    by_text: dict[str, list[int]] = {}
    for index in tops:
        by_text.setdefault(" ".join(rows[index].text.split()), []).append(index)
    titles = [
        index for title, indexes in by_text.items() if running(title, indexes) for index in indexes
    ]
    seconds: dict[str, list[int]] = {}
    for index in titles:
        below = next_filled(rows, index)
        if below is not None and rows[below].page == rows[index].page:
            # Text that goes on from a heading at the foot of the page before is its section's.
            above = next_filled(rows, index, -1)
            heading = rows[above].text.strip() if above is not None else ""
            if not (vocabulary.heading(heading.rstrip(":")) or DECISION_HEADING.match(heading)):
                seconds.setdefault(" ".join(rows[below].text.split()), []).append(below)
    return titles + [
        index for title, indexes in seconds.items() if running(title, indexes) for index in indexes
    ]


def cancellation(rows: list[Line]) -> int | None:
    """The line of a notice that the meeting is cancelled, if the document has one."""
    return next((row.line for row in rows if MEETING_CANCELLED.match(row.text.strip())), None)


def meeting_closed(rows: list[Line], begin: int, end: int, meeting: Meeting) -> int:
    """Where the last item ends before ``end``: at the names of the meeting's members, one
    on each line, closing it (signatures without a heading, Svendborg), or at "Mødet hævet
    kl. 21:05" as its last line (Helsingør). Neither is the last item's text or decision."""
    most = max(len(meeting.participants), 1)
    block: list[int] = []  # the last rows with text, from the bottom up
    index = end - 1
    while index >= begin and len(block) <= most:
        if rows[index].text.strip():
            block.append(index)
        elif block:
            break
        index -= 1
    if not block:
        return end
    stop, last = end, block[0]
    # Names are short lines; a paragraph's lines are longer.
    if 2 <= len(block) <= len(meeting.participants) and all(
        len(rows[index].text) <= 60 for index in block
    ):
        members = {name_key(person.name) for person in meeting.participants}
        if all(name_key(rows[index].text) in members for index in block):
            stop, last = block[-1], next_filled(rows, block[-1], -1)
    line = rows[last].text if last is not None and last >= begin else ""
    if line[:5] == "Mødet" and len(line) <= 60 and MEETING_CLOSED.match(line):
        return last
    return stop


def trailing_parts(
    rows: list[Line], starts: list[ItemStart], layout: Layout, vocabulary: Vocabulary
) -> tuple[list[Part], int]:
    """Signatures, collected attachment lists, a list of the items' decisions and notes
    on the meeting ("Næste møde: ...") after the last item, and the row where the last
    item therefore ends."""
    if not starts:
        return [], len(rows)
    last = starts[-1]
    heads: list[tuple[int, str]] = []
    blank_run = 0
    for index in range(last.body, len(rows)):
        text = rows[index].text.strip()
        if not text:
            blank_run += 1
            continue
        if SIGNATURES.match(text) and not SIGNATURES.match(last.title):
            heads.append((index, "signatures"))
        elif layout.part_gap and blank_run >= layout.part_gap and text == "Bilag":
            heads.append((index, "attachments"))
        elif heads_decision_list(text):
            heads.append((index, "decisions"))
        elif (
            blank_run
            and text[:5] in MEETING_NOTE_INITIALS
            and meeting_note(rows, index, last, vocabulary)
        ):
            heads.append((index, "note"))
        elif blank_run and (
            ("Kommune" in text and site_footer(rows, index)) or cookie_banner(rows, index)
        ):
            rows = rows[:index]  # nothing below it is the minutes'
            break
        blank_run = 0
    numbers = [start.number for start in starts]
    heads = [
        (index, kind)
        for position, (index, kind) in enumerate(heads)
        if kind != "decisions"
        or lists_decisions(rows[index + 1 : part_end(heads, position, rows)], numbers)
    ]
    parts = []
    for position, (index, kind) in enumerate(heads):
        entries = tuple(
            row for row in rows[index + 1 : part_end(heads, position, rows)] if row.text.strip()
        )
        if kind == "signatures":
            entries = tuple(cell for row in entries for cell in signature_cells(row))
        row = rows[index]
        heading = row.text.strip()
        # "Næste møde: Onsdag den 17. december": the text after the label is an entry
        # ("Mødet hævet kl. 17:15" has no label).
        note = MEETING_NOTE.match(heading) if kind == "note" else None
        if note and note["colon"]:
            end = note.end("colon")
            heading, rest = heading[:end].rstrip(" :"), heading[end:].strip()
            if rest:
                entries = (Line(rest, row.line, row.page), *entries)
        parts.append(Part(kind, heading, row.line, row.page, entries))
    return parts, heads[0][0] if heads else len(rows)


def site_footer(rows: list[Line], index: int) -> bool:
    """Whether a web page's footer begins at the row: the municipality's name, alone or
    before its address, with a phone, CVR or EAN number or a postcode on it or on the
    rows right under it (a page of minutes copied or printed from the browser)."""
    text = rows[index].text.strip()
    if not MUNICIPALITY.match(FOOTER_NAME_END.sub("", text)):
        return False
    return any(CONTACT.search(row.text.strip()) for row in rows[index : index + FOOTER_ROWS])


def cookie_banner(rows: list[Line], index: int) -> bool:
    """Whether a web page's cookie banner begins at the row: its sentence on cookies, with
    a consent button or a link to the policy on it or on the rows right under it."""
    if "cookies" not in rows[index].text or not COOKIE_BANNER.match(rows[index].text.strip()):
        return False
    return any(COOKIE_CONSENT.search(row.text) for row in rows[index : index + BANNER_ROWS])


def without_listed_decisions(rows: list[Line], headings: list[int], kinds: list[int]) -> list[int]:
    """The rows that may head an item without the entries of a list of the items'
    decisions after the last item, whose "Pkt. 1: Godkendt." reads as an item's heading:
    under a heading such as "Beslutningsprotokol", each names an item above, in order,
    and no section opens among them. The entries are the last of the rows, so they are
    sought from the end."""
    for position in range(len(headings) - 1, 0, -1):
        if entry(rows[headings[position]].text.strip()) is None:
            return headings
        above = next_filled(rows, headings[position], -1)
        if above is None or not heads_decision_list(rows[above].text.strip()):
            continue
        if any(kinds[index] & OPENS_SECTION for index in range(above + 1, headings[-1])):
            return headings
        entries = [rows[index] for index in headings[position:]]
        numbers = [leading_number(rows[index].text) for index in headings[:position]]
        return headings[:position] if lists_decisions(entries, numbers) else headings
    return headings


def leading_number(text: str) -> str | None:
    """The number a row that may head an item begins with ("3" of "3) Title", "Pkt. 3")."""
    found = LEADING_NUMBER.match(text.strip())
    return found[1] if found else None


def part_end(heads: list[tuple[int, str]], position: int, rows: list[Line]) -> int:
    """The row where the part headed at ``heads[position]`` ends: the next part's head."""
    return heads[position + 1][0] if position + 1 < len(heads) else len(rows)


def meeting_note(rows: list[Line], index: int, last: ItemStart, vocabulary: Vocabulary) -> bool:
    """Whether a row standing apart below the last item is a note on the meeting or its
    minutes ("Næste møde: Onsdag den 17. december 2025", "Referatet er godkendt ..."), not
    the text of the item: unless that item is on the same subject ("9) Næste møde",
    "Godkendelse af referat") or the row is the text of a heading right above it."""
    note = MEETING_NOTE.match(rows[index].text.strip())
    if not note:
        return False
    subject = note["next"] or note["minutes"] or note["meeting"]
    if subject and subject.casefold() in last.title.casefold():
        return False
    above = next_filled(rows, index, -1)
    text = rows[above].text.strip() if above is not None else ""
    return not (vocabulary.heading(text.rstrip(":")) or decision_heading(text))


def signature_cells(row: Line) -> list[Line]:
    """The names on a line of signatures, each as an entry of its own line: one name, or
    several set in columns."""
    text = row.text.strip()
    if "\t" not in text and "  " not in text:
        return [row]
    return [row._replace(text=cell) for cell in COLUMN_GAP.split(text) if cell]
