"""Where items begin: explicit headings ("Punkt 7: ...") are always items; bare numbers
("7. ...") are weighed against the table of contents and their surroundings, because
numbered lists inside items look the same."""

import re
from bisect import bisect_left
from itertools import pairwise

from referatlint.parse.dates import DATE_WORD
from referatlint.parse.layouts import (
    CASE_COLUMN,
    CASE_NUMBER,
    ITEM_BARE,
    ITEM_EXPLICIT,
    ITEM_EXPLICIT_ALONE,
    ITEM_WITH_STATUS,
    Layout,
)
from referatlint.parse.model import Line, TocEntry, item_order, next_filled
from referatlint.parse.toc import (
    case_number_after,
    clean_title,
    closed_mark,
    letter_apart,
    letter_number,
    numbered_title,
    sub_number,
    title_key,
)
from referatlint.parse.vocabulary import (
    DECISION_HEADING,
    NUMBERED_HEADING,
    Vocabulary,
    without_full_stop,
)
from referatlint.records import record

EXPLICIT_WORDS = ("Punkt", "Pkt", "Sag", "Dagsorden")
HEADING_FIRST = frozenset("PSD0123456789 \t")
STRONG = 5
NO_DIGITS = str.maketrans("", "", "0123456789")
# Words a title does not end with: the title goes on on the next row.
TITLE_BREAKS = frozenset(
    ("af", "for", "til", "og", "i", "på", "med", "fra", "om", "ved", "over", "under", "mellem",
     "efter", "mod", "samt", "eller", "hos", "vedr.", "inkl.", "en", "et", "den", "det", "de",
     "som", "at")
)  # fmt: skip
# Words after a number that make it an amount or a measure, not part of a title.
UNITS = frozenset(
    ("kr.", "kr", "mio.", "mia.", "pct.", "procent", "m²", "m2", "km", "t.", "timer", "dage",
     "uger", "måneder", "år", "stk.", "gange")
)  # fmt: skip
STATUS_LINES = frozenset(("åbent punkt", "åben sag", "åbent sag", "lukket punkt", "lukket sag"))
# The labels of a case system's own lines beside an item's title (Acadre, eDoc): "Sagsid: 26/1002",
# "Ansvarlig: Mette Holm, Sekretariatet". They are not the case number ("Sagsnr.").
CASE_FIELDS = frozenset(("sagsid", "sags-id", "sagsbehandler", "sagsansvarlig", "ansvarlig"))
# An accordion's toggle or a list's mark before an item's number, as a web page prints its
# headings ("+ 4. Budgetopfølgning", "▸ 4. ..."): weighed as "4. Budgetopfølgning" would be,
# so a numbered list in an item with the same marks ("- 1. rate betales ...") stays a list.
ITEM_MARKS = frozenset("+-−–▸►▶▾▼•")


@record
class ItemStart:
    heading: int  # row of the heading
    first: int  # first row of the item (a case number may stand above the heading)
    body: int  # first row after heading, repeated title and case number
    number: str | None
    title: str
    case_number: str | None
    closed: bool = False  # the heading says so: "7 (Lukket) Personalesag"


@record
class Heading:
    row: int
    number: str
    title: str
    title_row: int  # the row below "Punkt 7" standing alone, else the heading's own row


@record
class Candidate:
    row: int
    number: str
    title: str
    quality: int


def may_head_item(text: str) -> bool:
    """Whether a row's stripped text may be an item heading: it begins with a digit (after
    a mark, see ITEM_MARKS), or it is "Punkt 7", "Pkt. 7: Title", "Sag 7 - Title" or the
    like."""
    return without_item_mark(text)[:1].isdigit() or bool(
        text.startswith(EXPLICIT_WORDS)
        and (ITEM_EXPLICIT_ALONE.match(text) or ITEM_EXPLICIT.match(text))
    )


def without_item_mark(text: str) -> str:
    """The text after a mark before a number at its start ("+ 4. Title": "4. Title"), else
    the text as it is."""
    if text[:1] in ITEM_MARKS:
        rest = text[1:].lstrip(" \t")
        if rest[:1].isdigit():
            return rest
    return text


def bare_heading(text: str) -> re.Match[str] | None:
    """A row's "7. Title", also after a mark (ITEM_MARKS)."""
    return ITEM_BARE.match(without_item_mark(text))


def find_items(
    rows: list[Line],
    candidates: list[int],
    begin: int,
    skip: range,
    layout: Layout,
    toc: tuple[TocEntry, ...],
    vocabulary: Vocabulary,
) -> list[ItemStart]:
    """The items' starts among ``candidates``, the rows that may head an item
    (may_head_item), from row ``begin`` on and outside the table of contents (``skip``)."""
    explicit: list[Heading] = []
    bare: list[tuple[int, str, str]] = []
    spaced: list[tuple[int, str, str]] = []  # "7 Title": only when nothing else is found
    subs: list[tuple[int, str, str]] = []  # "5.1 Title" under item 5
    for index in candidates[bisect_left(candidates, begin) :]:
        text = rows[index].text
        if index in skip:
            continue
        stripped = text.strip()
        if text[:1] in ITEM_MARKS:
            match = bare_heading(text)
            if match:
                bare.append((index, match["number"], match["title"]))
            continue
        if not text[:1].isdigit():
            # "  7. Title" indented, as an indented heading style prints it: weighed as "7.
            # Title" (quality weighs the indentation against the document's style).
            if stripped[:1].isdigit():
                match = ITEM_BARE.match(stripped)
                if match:
                    bare.append((index, match["number"], match["title"]))
                continue
            # "Punkt 7: Title" at the start of its row, or after spaces or a tab.
            if text[:1] not in HEADING_FIRST or not stripped.startswith(EXPLICIT_WORDS):
                continue
            # Before the form with a title: "Punkt 7, Byrådets møde den ..." names the meeting.
            alone = ITEM_EXPLICIT_ALONE.match(stripped)
            if alone:
                title_row = next_filled(rows, index)
                if title_row is not None and not ITEM_EXPLICIT_ALONE.match(rows[title_row].text):
                    title = rows[title_row].text.strip()
                    number = alone["number"] + (alone["letter"] or "")
                    explicit.append(Heading(index, number, title, title_row))
                continue
            match = ITEM_EXPLICIT.match(stripped)
            if match and "](" not in stripped:
                number, title = numbered_title(match)  # "Punkt 2 A: Title" is item 2A
                explicit.append(Heading(index, number, title, index))
            continue
        match = ITEM_BARE.match(text)
        if match:
            bare.append((index, match["number"], match["title"]))
            continue
        marked = ITEM_WITH_STATUS.match(stripped) if "(" in text else None
        if marked:
            explicit.append(Heading(index, marked["number"], marked["title"], index))
            continue
        # "7 Title", "7<TAB>Title" (Lyngby-Taarbæk) or "7  Title" (a PDF's number and title
        # columns); a row with more cells is a table's row, not a heading.
        tabbed = "\t" in stripped[:5]
        number, _, title = stripped.partition("\t" if tabbed else " ")
        columns = title[:1] == " "
        title = title.lstrip(" ")
        if (tabbed and "\t" in title) or (columns and "  " in title):
            continue
        # "2 A. Title" and "2 a. Title" are item 2A and 2a, weighed as "2A. Title" would be.
        lettered = letter_apart(number, title) if len(number) <= 3 else None
        if lettered:
            bare.append((index, *lettered))
        elif not title[:1].isupper():
            continue
        elif number.isdigit() and len(number) <= 3:
            spaced.append((index, number, title))
        elif sub := sub_number(number):
            subs.append((index, sub, title))
        elif lettered_number := letter_number(number):  # "2.a Title" is item 2a
            bare.append((index, lettered_number, title))

    if spaced and toc:
        # Where the table of contents lists a "7 Title" row (number and title), that is the
        # document's form of item heading: its rows are weighed with the bare numbers, which
        # a numbered list in an item also gives ("Bilag" / "2. Oversigt over ansøgninger").
        listed = {(entry.number, title_key(entry.title)) for entry in toc}
        if any((number, title_key(title)) in listed for _, number, title in spaced):
            bare = sorted(bare + spaced)
    chosen = explicit
    # A family whose items read "Punkt 7: ..." reads only that form where the document uses
    # it; where it does not ("7. Title" under the family's header), the generic forms apply.
    if not (layout.explicit_items and explicit):
        if explicit:
            # Under "Punkt 7, Title" a bare "1. Resume" heads a numbered section, whatever
            # the blank rows around it.
            bare = [entry for entry in bare if not known_heading(entry[2], vocabulary)]
        # Bare numbers win only where they find more items than the explicit form.
        numbered = choose_bare(rows, bare, layout, toc, vocabulary)
        if len(numbered) > len(explicit):
            chosen = numbered
        if not chosen and spaced:  # "1 Godkendelse af dagsorden" (Esbjerg)
            chosen = choose_bare(rows, spaced, layout, toc, vocabulary)
        if explicit and chosen is not explicit:
            chosen = with_lettered_items(chosen, explicit)
    if subs and chosen:
        chosen = with_sub_items(rows, chosen, subs, {entry.number for entry in toc}, vocabulary)
    toc_titles = frozenset(title_key(entry.title) for entry in toc)
    return [item_start(rows, heading, layout, toc_titles, vocabulary) for heading in chosen]


def with_lettered_items(chosen: list[Heading], explicit: list[Heading]) -> list[Heading]:
    """The items headed by bare numbers ("2. Title", "3. Title") with those added in the
    explicit form with a letter ("Punkt 2 a. Title", a supplementary item keeping its own
    heading), where the letter's number falls between the items' around it."""
    found = list(chosen)
    for heading in explicit:
        order = item_order(heading.number)
        if order is None or not order[1]:
            continue
        before = next((item for item in reversed(chosen) if item.row < heading.row), None)
        after = next((item for item in chosen if item.row > heading.row), None)
        below = item_order(before.number) if before is not None else None
        above = item_order(after.number) if after is not None else None
        if below is not None and below < order and (after is None or (above and order < above)):
            found.append(heading)
    return sorted(found, key=lambda heading: heading.row)


def with_sub_items(
    rows: list[Line],
    chosen: list[Heading],
    subs: list[tuple[int, str, str]],
    toc_numbers: set[str | None],
    vocabulary: Vocabulary,
) -> list[Heading]:
    """The items with their sub-items ("5.1 Title" between item 5 and item 6). A section
    numbered "2.1" inside an item looks the same, so a sub-item counts where the table of
    contents lists it; without a table of contents, where its item only groups the
    sub-items (the first one right under its heading) and each opens with a section
    heading, as items do. Sub-items may also stand in their item's place, with no row
    "18." above "18.1" and "18.2" (Ringsted): then they count between the items before and
    after that number, where the table of contents lists them, or without one where an item
    follows them and each opens with a section heading."""
    starts = sorted(heading.row for heading in chosen)
    parents = {heading.number: heading.row for heading in chosen}
    found = list(chosen)
    for row, number, title in subs:
        parent = parents.get(number.partition(".")[0])
        if parent is None:
            if in_place_of_item(rows, chosen, (row, number, title), toc_numbers, vocabulary):
                found.append(Heading(row, number, title, row))
            continue
        if row <= parent:
            continue
        following = next((start for start in starts if start > parent), None)
        if following is not None and row > following:
            continue
        # "2.1 Indstilling" is item 2's section (its template numbers them), no sub-item.
        if number in toc_numbers or (
            not any(toc_numbers)
            and not known_heading(title, vocabulary)
            and grouping(rows, parent, subs)
            and opens_with_heading(rows, row, vocabulary)
        ):
            found.append(Heading(row, number, title, row))
    return sorted(found, key=lambda heading: heading.row)


def in_place_of_item(
    rows: list[Line],
    chosen: list[Heading],
    sub: tuple[int, str, str],
    toc_numbers: set[str | None],
    vocabulary: Vocabulary,
) -> bool:
    """Whether the sub-item "18.1 Title" (row, number, title), with no item 18, stands in
    item 18's place: after an item numbered below 18 and before one numbered above it (a
    section "3.1 Baggrund" in item 2, before item 3, does not)."""
    row, number, title = sub
    main = int(number.partition(".")[0])
    before = next((heading for heading in reversed(chosen) if heading.row < row), None)
    after = next((heading for heading in chosen if heading.row > row), None)
    below = item_order(before.number) if before is not None else (0, "")
    above = item_order(after.number) if after is not None else (main + 1, "")
    if below is None or above is None or not below[0] < main < above[0]:
        return False
    if number in toc_numbers:
        return True
    return (
        not any(toc_numbers)
        and before is not None
        and after is not None
        and not known_heading(title, vocabulary)
        and opens_with_heading(rows, row, vocabulary)
    )


def grouping(rows: list[Line], parent: int, subs: list[tuple[int, str, str]]) -> bool:
    """Whether the item heading on row ``parent`` has its first sub-item right under it."""
    below = next_filled(rows, parent)
    return any(row == below for row, _, _ in subs)


def choose_bare(
    rows: list[Line],
    bare: list[tuple[int, str, str]],
    layout: Layout,
    toc: tuple[TocEntry, ...],
    vocabulary: Vocabulary,
) -> list[Heading]:
    toc_numbers = {entry.number for entry in toc if entry.number}
    toc_titles = {title_key(entry.title) for entry in toc}
    # Where every numbered row is indented, that is the document's style (an indented
    # heading style), which tells no heading from a list's entry.
    margin = not all(rows[index].text[:1].isspace() for index, _, _ in bare)
    candidates = [
        Candidate(
            index,
            number,
            title,
            quality(
                rows, index, number, title, layout, toc_numbers, toc_titles, vocabulary, margin
            ),
        )
        for index, number, title in bare
    ]
    candidates = without_stray_letters(candidates, toc_numbers)
    strong = [c for c in candidates if c.quality >= STRONG]
    if toc:
        strong = without_restarts(rows, strong, toc)
    if len(strong) >= 2:
        chosen = with_plain_items(rows, strong, candidates, vocabulary)
    else:
        plausible = [c for c in candidates if c.quality >= 2]
        chosen = best_chain(plausible)
        if not toc:
            chosen = without_chapter_ends(rows, chosen, plausible, vocabulary)
            chosen = with_items_left_out(rows, chosen, plausible, vocabulary)
    return [Heading(c.row, c.number, c.title, c.row) for c in chosen]


def without_stray_letters(candidates: list[Candidate], toc_numbers: set[str]) -> list[Candidate]:
    """The candidates but a lettered number below the number of the heading above it, which
    the table of contents does not list: an item added after item 8 ("8 a.", "8A.") follows
    item 8 or the items before it; "1 a. Der gives tilskud ..." under "2. Tilskud til ..." is
    an entry of a list in item 2."""
    kept = []
    last = 0  # the number of the nearest heading above that may head an item
    for candidate in candidates:
        order = item_order(candidate.number)
        if order is None:
            kept.append(candidate)
            continue
        if order[1] and order[0] < last and candidate.number not in toc_numbers:
            continue
        kept.append(candidate)
        if candidate.quality >= 2:
            last = order[0]
    return kept


def without_chapter_ends(
    rows: list[Line], chain: list[Candidate], candidates: list[Candidate], vocabulary: Vocabulary
) -> list[Candidate]:
    """The chain of items but a heading that goes on from a numbered run restarted in the
    item above it, rather than from that item, where a heading further on opens as the
    items do: a report pasted into item 4 numbers its chapters "1. Indledning" ... "4.
    Økonomi", "5. Konklusion", and "5. Konklusion", over the report's text, is its last
    chapter, not item 5; "5. Meddelelser" over "Sagsfremstilling" below it is (or "4.
    Meddelelser", the slip RL202 is to report: with_items_left_out takes it back)."""
    kept = chain[:1]
    for position, candidate in enumerate(chain[1:], 1):
        item_above = chain[position - 1]
        end = chain[position + 1].row if position + 1 < len(chain) else len(rows)
        run = [c for c in candidates if item_above.row < c.row < candidate.row]
        if (
            run
            and item_order(run[-1].number) == item_order(item_above.number)
            and not opens_with_heading(rows, candidate.row, vocabulary)
            and any(
                same_opening(rows, item.row, later.row, vocabulary)
                for later in candidates
                if candidate.row < later.row < end
                for item in chain
            )
        ):
            continue
        kept.append(candidate)
    return kept


def with_items_left_out(
    rows: list[Line], chain: list[Candidate], candidates: list[Candidate], vocabulary: Vocabulary
) -> list[Candidate]:
    """The chain of items and the rows left out of it that head an item as the items do: the
    next item printed with the number of the item next to it by a slip, opening with the same
    section heading ("1. Salg af ejendom" / "Sagsfremstilling" ... "1. Takster" /
    "Sagsfremstilling"), RL202's to report; or an item printed out of the numbers' order, as
    minutes printed in the order the items were treated are ("3. Titel" / "Sagsfremstilling"
    ... "2. Titel" / "Sagsfremstilling"), RL203's to report: a number the chain lacks, printed
    in the form of an item's heading ("2. " as "3. ") over that item's first section heading,
    parting sections that the item above would print twice. Not a second run of the
    template's sections in one item (RL104). The chain keeps only rising numbers."""
    chosen = {c.row for c in chain}
    numbers = {item_order(c.number) for c in chain}
    left_out = []
    for candidate in candidates:
        if candidate.row in chosen or known_heading(candidate.title, vocabulary):
            continue
        order = item_order(candidate.number)
        position = bisect_left(chain, candidate.row, key=lambda c: c.row)
        if any(
            item_order(neighbour.number) == order
            and same_opening(rows, neighbour.row, candidate.row, vocabulary)
            for neighbour in chain[max(position - 1, 0) : position + 1]
        ) or (
            order not in numbers
            and position > 0
            and any(
                same_form(rows, item, candidate)
                and same_opening(rows, item.row, candidate.row, vocabulary)
                for item in chain
            )
            and parts_repeated_section(
                rows,
                (chain[position - 1].row, candidate.row),
                (candidate.row, chain[position].row if position < len(chain) else len(rows)),
                vocabulary,
            )
        ):
            left_out.append(candidate)
    return sorted(chain + left_out, key=lambda c: c.row) if left_out else chain


def same_form(rows: list[Line], one: Candidate, other: Candidate) -> bool:
    """Whether two headings print their numbers alike before the title, the digits aside:
    "3. Titel" and "2. Titel", not "3. Titel" and "  2) Titel"."""
    first, second = rows[one.row].text, rows[other.row].text
    return first[: first.rfind(one.title)].translate(NO_DIGITS) == second[
        : second.rfind(other.title)
    ].translate(NO_DIGITS)


def parts_repeated_section(
    rows: list[Line], above: tuple[int, int], below: tuple[int, int], vocabulary: Vocabulary
) -> bool:
    """Whether a section heading stands both in the rows ``above`` and in the rows ``below``
    (each a range of rows, their first row left out: a heading): one item would print it
    twice."""
    seen = {section_opened(row.text.strip(), vocabulary) for row in rows[above[0] + 1 : above[1]]}
    seen.discard(None)
    return any(
        section_opened(row.text.strip(), vocabulary) in seen
        for row in rows[below[0] + 1 : below[1]]
    )


def same_opening(rows: list[Line], one: int, other: int, vocabulary: Vocabulary) -> bool:
    """Whether the rows ``one`` and ``other`` each have the same section heading right under
    them, or under their status and case number ("Åbent punkt" / "24/2271")."""
    below, under = opening(rows, one), opening(rows, other)
    if below is None or under is None:
        return False
    section = section_opened(rows[under].text.strip(), vocabulary)
    return section is not None and section == section_opened(rows[below].text.strip(), vocabulary)


def opening(rows: list[Line], index: int) -> int | None:
    """The first row with text under the heading on row ``index``, after its status line
    and case number."""
    below = next_filled(rows, index)
    while below is not None and (
        status_line(rows[below].text) or CASE_NUMBER.match(rows[below].text.strip())
    ):
        below = next_filled(rows, below)
    return below


def without_restarts(
    rows: list[Line], strong: list[Candidate], toc: tuple[TocEntry, ...]
) -> list[Candidate]:
    """The strong candidates but those numbered as an item that the table of contents names
    by number and title, whose own title it does not list: a list restarting at "1." in an
    item ("Bilag" / "1. Kvalitetsrapport 2023/24"), or an attached report's chapter going
    on from the item above ("3. Anbefalinger" after item 2, where item 3 is "Lokalplan
    ..."), not a second item 1 or 3. A title it lists keeps a repeated number (RL202's to
    report), also where the title wraps onto the next row ("3. Tilskud til
    sommeraktiviteter" / "for børn og unge 2025"). A heading whose title wraps onto a row of
    its own after a blank one ("3. Lokalplan 1.45 ... – endelig" / "" / "vedtagelse") names
    its entry by the title's first words."""
    listed = {(entry.number, title_key(entry.title)) for entry in toc}
    titles = {title for _, title in listed}

    def names_its_entry(candidate: Candidate) -> bool:
        key = title_key(candidate.title)
        return (candidate.number, key) in listed or any(
            number == candidate.number and title.startswith(key + " ") for number, title in listed
        )

    claimed = {c.number for c in strong if names_its_entry(c)}
    return [
        c
        for c in strong
        if c.number not in claimed
        or title_key(c.title) in titles
        or names_its_entry(c)
        or wrapped_title_listed(rows, c.row, c.title, titles)
    ]


def with_plain_items(
    rows: list[Line], strong: list[Candidate], candidates: list[Candidate], vocabulary: Vocabulary
) -> list[Candidate]:
    """The strong items, and the plainer ones among them: an item without a case number
    ("1. Godkendelse af dagsorden" between items that have one) still opens with a section
    heading right under its title (or its case number), which a numbered list entry does
    not; one right under a numbered row is that list's last entry ("2. Styrket læsning" /
    "3. Flere elever i erhvervsuddannelse" in item 3). Only if the numbers still rise (or
    repeat: a duplicated number is the secretary's slip, RL202's to report) from each
    plain one's neighbours, strong items printed out of order (minutes in the order the
    items were treated) aside; otherwise the strong ones alone. Then the plain items
    printed as a title alone (see with_numbers_filled)."""
    plain = [
        c
        for c in candidates
        if 2 <= c.quality < STRONG
        and not (c.row and bare_heading(rows[c.row - 1].text))
        and not known_heading(c.title, vocabulary)  # "5. Økonomiske konsekvenser": a section
    ]
    if not plain:
        return strong
    opening = [c for c in plain if opens_with_heading(rows, c.row, vocabulary)]
    chosen = sorted(strong + opening, key=lambda c: c.row)
    rising = all(
        item_order(a.number) <= item_order(b.number) or min(a.quality, b.quality) >= STRONG
        for a, b in pairwise(chosen)
    )
    if not rising:
        chosen = strong
    # Rows ending as a sentence ("1. At budgetprocessen godkendes.") are a list's entries.
    titled = [c for c in candidates if not (ends_sentence(c.title) or c.title[-1:] in ",;")]
    titles_alone = [c for c in plain if c in titled and c not in chosen and c.number.isdigit()]
    return with_numbers_filled(chosen, titles_alone, titled) if titles_alone else chosen


def with_numbers_filled(
    chosen: list[Candidate], titles_alone: list[Candidate], titled: list[Candidate]
) -> list[Candidate]:
    """The items and the titles standing alone that fill a gap in their numbers: an agenda
    prints its fixed and closed items as a title alone ("1. Godkendelse af dagsorden",
    "4. Meddelelser", "5. Lukket punkt: ..."), with no case number or section under them,
    between or after items that have them. Such a title counts where its number is the
    next after the item above it (or the one before the item below it), between theirs, or
    marked closed, the one after that;
    not where a row with a title (of ``titled``) numbered one less stands between that item
    and it: then it is the next entry of a list in that item ("2. Ungeråd" / "3.
    Servicetjek")."""
    found = list(chosen)
    for title in titles_alone:
        number = int(title.number)
        position = bisect_left(found, title.row, key=lambda c: c.row)
        above = item_order(found[position - 1].number) if position else (0, "")
        below = item_order(found[position].number) if position < len(found) else None
        if above is None or (position < len(found) and below is None):
            continue
        # A title marked closed is no list's entry: it counts a number skipped too ("6.",
        # then "8. Lukket punkt: …"), the slip RL201 is to report.
        after_above = not above[1] and (
            above[0] + 1 == number or (above[0] + 2 == number and closed_mark(title.title))
        )
        before_below = below is not None and below[0] == number + 1
        if not (
            above[0] < number
            and (below is None or number < below[0])
            and (after_above or before_below)
        ):
            continue
        top = found[position - 1].row if position else -1
        if any(top < c.row < title.row and c.number == str(number - 1) for c in titled):
            continue
        found.insert(position, title)
    return found


def opens_with_heading(rows: list[Line], index: int, vocabulary: Vocabulary) -> bool:
    """Whether a section heading follows the row, after a case number if there is one;
    a decision heading with its body and date ("Byrådets beslutning den 17. juni 2024",
    Randers) is one too."""
    below = next_filled(rows, index)
    if below is not None and CASE_NUMBER.match(rows[below].text.strip()):
        below = next_filled(rows, below)
    if below is None:
        return False
    text = rows[below].text.strip()
    return known_heading(text, vocabulary) or bool(
        ("eslutning" in text or "ESLUTNING" in text) and DECISION_HEADING.match(text)
    )


def status_line(text: str) -> bool:
    """Whether a line only says the item's status: "Åben sag", "Lukket punkt"."""
    return text.strip().casefold() in STATUS_LINES


def section_opened(text: str, vocabulary: Vocabulary) -> str | None:
    """The section a row opens, by its canonical name: a known heading standing apart, or
    with its text on its line ("Sagsfremstilling: Forvaltningen har ...")."""
    apart = heading_apart(text, vocabulary)
    if apart is not None:
        return apart
    head, colon, rest = text.partition(":")
    known = vocabulary.heading(head.strip()) if colon and rest[:1] == " " else None
    return known[0] if known else None


def heading_apart(text: str, vocabulary: Vocabulary) -> str | None:
    """The canonical name of a known section heading as an item writes it standing apart:
    as it is, with its number ("1.0 Sagsfremstilling") or with a full stop ("Beslutning.")."""
    text = without_full_stop(text)
    numbered = NUMBERED_HEADING.match(text) if text[:1].isdigit() else None
    known = vocabulary.heading(numbered["head"] if numbered else text)
    return known[0] if known else None


def known_heading(text: str, vocabulary: Vocabulary) -> bool:
    return heading_apart(text, vocabulary) is not None


def quality(
    rows: list[Line],
    index: int,
    number: str,
    title: str,
    layout: Layout,
    toc_numbers: set[str],
    toc_titles: set[str],
    vocabulary: Vocabulary,
    margin: bool,
) -> int:
    """How much a bare "N. Title" line looks like an item heading rather than a list entry;
    ``margin``: whether the document prints numbered rows at the margin, beside which an
    indented one is more likely a list's entry, unless its section headings stand as far in
    (the document's heading style)."""
    score = 0
    if number in toc_numbers:
        score += 3
    paired = title_key(title) in toc_titles or wrapped_title_listed(rows, index, title, toc_titles)
    if paired:
        score += 3
    before = index - 1
    if before < 0 or not rows[before].text.strip():
        score += 1
        previous = next_filled(rows, index, -1)
        if previous is not None and (
            CASE_NUMBER.match(rows[previous].text.strip()) or status_line(rows[previous].text)
        ):
            score += 2  # the header block over it: "Sagsnr.: 24/00123" or "Lukket punkt"
    elif bare_heading(rows[before].text):
        score -= 3
    elif vocabulary.heading(rows[before].text.strip()):
        score -= 3  # "Bilag" right above it: the first entry of that section's list
    elif header_block(rows, index) is not None:
        score += 3  # as a blank line and a case number above it
    after = index + 1
    if after < len(rows) and rows[after].text.strip() and wraps(rows, title, after, vocabulary):
        after += 1  # the title goes on on the next row
    if after >= len(rows) or not rows[after].text.strip():
        score += 1
    elif bare_heading(rows[after].text):
        score -= 3
    text = rows[index].text
    indent = text[: len(text) - len(text.lstrip())]
    aligned = False  # the section heading below stands as far in as the row
    following = next_filled(rows, index)
    if following is not None:
        if layout.title_repeated and title_key(rows[following].text) == title_key(title):
            score += 3
        following = past_case_fields(rows, following)
        for ahead in range(following, min(following + 6, len(rows))):
            if vocabulary.heading(rows[ahead].text):
                score += 1
                section = rows[ahead].text
                aligned = section.startswith(indent) and not section[len(indent) :][:1].isspace()
                break
        # "Åbent punkt" or the case number "24/4103" (or a table of it) right under the title
        # and the case system's lines.
        for ahead in range(following, min(following + 2, len(rows))):
            text = rows[ahead].text.strip()
            if status_line(text) or CASE_NUMBER.match(text) or CASE_COLUMN.match(text):
                score += 2
                break
    if not title[:1].isupper() and title[:1] not in "\"'“„«(" and not counted_title(title):
        score -= 4
    if DATE_WORD.match(title):
        score -= 4
    if indent and margin and not aligned:
        score -= 2
    if paired and number in toc_numbers:
        # Number and title as in the table of contents: an item, even in a block of them
        # ("2. Lukket punkt: ..." directly above "3. Lukket punkt: ...").
        return max(score, STRONG)
    return score


def counted_title(title: str) -> bool:
    """Whether a title opens with a number that is part of its words, as an item's title may:
    "10-årig anlægsplan", "2027-budgettet", "3. etape af cykelstien", "2. behandling af
    ...", "48 almene boliger"; not an amount ("1.250 kr.", "12,5 mio."), a date ("2. marts")
    or a number alone, which start a numbered list's entries or a table's rows."""
    first, _, rest = title.partition(" ")
    number, hyphen, word = first.partition("-")
    if not number.isdigit():
        return first[-1:] == "." and first[:-1].isdigit() and counted_word(rest)
    if hyphen:
        return word[:1].isalpha()  # "10-årig", not the span "2027-2036"
    return counted_word(rest)


def counted_word(text: str) -> bool:
    """Whether the words after a title's number name what it counts or orders ("etape",
    "behandling", "almene boliger"): words in small letters, no unit or month."""
    word = text.partition(" ")[0]
    return word[:1].islower() and word not in UNITS and not DATE_WORD.match(word)


def wrapped_title_listed(rows: list[Line], index: int, title: str, toc_titles: set[str]) -> bool:
    """Whether the title goes on on the row below as the table of contents lists it whole
    (a heading broken by hand, "... lokalplan nr. 118" / "for boliger ved ...")."""
    after = index + 1
    if not toc_titles or after >= len(rows) or not rows[after].text.strip():
        return False
    return title_key(clean_title(title + " " + rows[after].text)) in toc_titles


def wraps(rows: list[Line], title: str, following: int, vocabulary: Vocabulary) -> bool:
    """Whether the row under a heading ends its title, with no table of contents to tell:
    a short row standing alone under it (then a blank row or the case number), that is no
    heading, case number or status, and goes on from where the title broke off, after a
    word that cannot end a title ("... og nedrivning af" / "Snekkersten Svømmehal"), in
    small letters ("... for" / "lån til ny multihal") or as a lone number ("... fra
    skoleåret" / "2025/26")."""
    text = rows[following].text.strip()
    if len(text) > 80 or ":" in text:
        return False
    if ends_sentence(text):
        return False
    first = text[:1]
    last_word = title.rpartition(" ")[2].casefold()
    if not (
        last_word in TITLE_BREAKS
        or first.islower()
        or (first.isdigit() and goes_on_with_number(text))
        or (first in "-–" and text[1:2] == " " and text[2:3].islower())  # "- principper"
    ):
        return False
    after = following + 1
    below = rows[after].text.strip() if after < len(rows) else ""
    if (
        below
        and not status_line(below)
        and not CASE_NUMBER.match(below)
        and section_opened(below, vocabulary) is None
    ):
        return False
    return not (
        status_line(text)
        or CASE_NUMBER.match(text)
        or vocabulary.heading(text)
        or ITEM_EXPLICIT.match(text)
        or DATE_WORD.match(text)
    )


def goes_on_with_number(text: str) -> bool:
    """Whether a row opening with a number may go on from a title broken off before it, as
    a year or a school year does ("2027 - principper", "2023 for Helsingør Kommune",
    "2025/26"): not a list's number ("3. Title", "3) Title"), a date ("9. marts") or an
    amount ("250 mio. kr.")."""
    number, _, rest = text.partition(" ")
    if not number.replace("/", "").isdigit():
        return False
    return rest.partition(" ")[0] not in UNITS and not DATE_WORD.match(rest)


def ends_sentence(text: str) -> bool:
    """Whether a row ends as a sentence does ("2024 er vedtaget af byrådet."), not an
    abbreviation ("m.v.", "mv.")."""
    ended = text.rpartition(" ")[2]
    return text[-1:] == "." and len(ended) > 4 and "." not in ended[:-1]


def header_block(rows: list[Line], index: int) -> int | None:
    """The first row of an item's header block standing directly above its heading, after a
    blank line: "Åbent punkt" or "Lukket punkt" and "Sagsnr.: 24/05519" over "88. Title"
    (Helsingør), with the case system's lines among them ("Ansvarlig: ..."). Without the
    blank line ("Beslutning: Godkendt." / "Åbent punkt") the status line opens the block.
    None if the row above the heading is anything else."""
    top = None
    labelled = False  # a status or case number, not the case system's lines alone
    above = index - 1
    while above >= 0 and index - above <= 4:
        text = rows[above].text.strip()
        if not text:
            break
        if status_line(text) or CASE_NUMBER.match(text):
            labelled = True
        elif not case_field(text):
            break
        top, above = above, above - 1
    if top is None or not labelled:
        return None
    if above >= 0 and rows[above].text.strip() and not status_line(rows[top].text):
        return None
    return top


def spaced_header_block(rows: list[Line], index: int) -> int | None:
    """The first row of an item's header block set apart from its heading by a blank line, or
    line by line as a Word document's paragraphs are: "Lukket punkt" / "" / "Sagsnr.:
    24/00123" / "" / "89. Eventuelt". Only with its status line on top, as a case number
    alone may end the item before."""
    above = index - 1
    while above >= 1 and index - above <= 8:
        text = rows[above].text.strip()
        if status_line(text):
            return above
        if text and not (CASE_NUMBER.match(text) or case_field(text)):
            return None
        if not text and not rows[above - 1].text.strip():
            return None  # two blank rows set it apart from the heading
        above -= 1
    return None


def heads_next_item(rows: list[Line], case_row: int) -> bool:
    """Whether a case number stands over the next item's heading, the case system's lines
    between them: "Journalnr.: ..." / "Ansvarlig: ..." / "2. Orientering fra borgmesteren"."""
    after = next_filled(rows, case_row)
    return after is not None and bool(ITEM_BARE.match(rows[past_case_fields(rows, after)].text))


def case_field(text: str) -> bool:
    """Whether a row is one of the case system's lines: "Sagsid: 26/1002", "Ansvarlig: ..."."""
    label, colon, value = text.partition(":")
    return bool(colon and value[:1] == " ") and label.strip().casefold() in CASE_FIELDS


def past_case_fields(rows: list[Line], index: int) -> int:
    """The first filled row from ``index`` on that is not one of the case system's lines under
    a title ("Sagsid: 26/1002" / "Ansvarlig: ..." / "" / "Åben sag"); ``index`` if none is."""
    row: int | None = index
    while row is not None and case_field(rows[row].text):
        row = next_filled(rows, row)
    return index if row is None else row


def best_chain(candidates: list[Candidate]) -> list[Candidate]:
    """The increasing run of item numbers with the highest total quality."""
    if not candidates:
        return []
    best: list[tuple[int, int]] = []  # (total, previous index) per candidate
    for position, candidate in enumerate(candidates):
        total, previous = candidate.quality, -1
        for earlier in range(position):
            if item_order(candidates[earlier].number) < item_order(candidate.number):
                value = best[earlier][0] + candidate.quality
                if value > total:
                    total, previous = value, earlier
        best.append((total, previous))
    position = max(range(len(candidates)), key=lambda p: (best[p][0], -p))
    chain: list[Candidate] = []
    while position != -1:
        chain.append(candidates[position])
        position = best[position][1]
    return chain[::-1]


def item_start(
    rows: list[Line],
    heading: Heading,
    layout: Layout,
    toc_titles: frozenset[str],
    vocabulary: Vocabulary,
) -> ItemStart:
    index, title = heading.row, clean_title(heading.title)
    body = heading.title_row + 1
    following = next_filled(rows, heading.title_row)
    # A title that wraps onto the next line, recognisable by the table of contents, or
    # without one by how the first line breaks off.
    if following == heading.title_row + 1:
        joined = clean_title(title + " " + rows[following].text) if toc_titles else None
        if (joined is not None and title_key(joined) in toc_titles) or (
            (not toc_titles or title_key(title) not in toc_titles)
            and wraps(rows, title, following, vocabulary)
        ):
            title = joined or clean_title(title + " " + rows[following].text)
            body = following + 1
            following = next_filled(rows, following)
    elif following == heading.title_row + 2 and toc_titles:
        # A PDF may set a wrapped title's second line apart by a blank row ("3. Lokalplan
        # 1.45 ... – endelig" / "" / "vedtagelse"): joined only as the contents print it.
        joined = clean_title(title + " " + rows[following].text)
        if title_key(joined) in toc_titles:
            title, body = joined, following + 1
            following = next_filled(rows, following)
    repeated = following is not None and title_key(rows[following].text) == title_key(title)
    if layout.title_repeated and repeated:
        body = following + 1
        following = next_filled(rows, following)
    if following is not None and case_field(rows[following].text):
        # The case system's lines under the title ("Sagsid: 26/1002", "Ansvarlig: ...") are not
        # the item's text: its status and case number follow them.
        following = past_case_fields(rows, following)
        body = following
    case_number = None
    block_case = None  # in the header block above the heading: the one under the title wins
    first = index
    if layout.case_number_before:
        # The case number with the case system's lines around it ("Journalnr.: ..." /
        # "Ansvarlig: ..."): the topmost number is the family's own.
        previous = next_filled(rows, index, -1)
        while previous is not None and index - previous <= 6:
            text = rows[previous].text.strip()
            above = CASE_NUMBER.match(text)
            if above:
                case_number, first = above["value"], previous
            elif not case_field(text):
                break
            previous = next_filled(rows, previous, -1)
    elif index:
        # The item's header block above the heading belongs to it, not to the item before.
        if rows[index - 1].text.strip():
            top = header_block(rows, index)
        else:
            top = spaced_header_block(rows, index)
        if top is not None:
            first = top
            for row in rows[top:index]:
                above = CASE_NUMBER.match(row.text.strip())
                if above and not status_line(row.text):
                    block_case = block_case or above["value"]
    below = CASE_NUMBER.match(rows[following].text.strip()) if following is not None else None
    if below and block_case and heads_next_item(rows, following):
        below = None  # a title-only item: the number below opens the next item's header block
    if case_number is None and below:
        case_number, body = below["value"], following + 1
    elif case_number is None and following is not None and status_line(rows[following].text):
        # "Åben sag" / "Sagsnr.: 09/4117" under the title: the status line stays the item's
        # text (it tells whether the item is closed); the case number below it is the item's.
        after = next_filled(rows, following)
        below = CASE_NUMBER.match(rows[after].text.strip()) if after is not None else None
        case_number = below["value"] if below else None
    elif case_number is None and following is not None and CASE_COLUMN.match(rows[following].text):
        # the table's rows stay the item's text, as a status line does
        after = next_filled(rows, following)
        cell = rows[after].text.strip().split("\t", 1)[0] if after is not None else ""
        below = CASE_NUMBER.match(cell)
        case_number = below["value"] if below else None
    case_number = case_number or block_case or case_number_after(heading.title)
    closed = closed_mark(heading.title.lstrip())
    return ItemStart(index, first, body, heading.number, title, case_number, closed)
