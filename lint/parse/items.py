"""Where items begin: explicit headings ("Punkt 7: ...") are always items; bare numbers
("7. ...") are weighed against the table of contents and their surroundings, because
numbered lists inside items look the same."""

from itertools import pairwise

from referatlint.parse.dates import DATE_WORD
from referatlint.parse.layouts import (
    CASE_NUMBER,
    ITEM_BARE,
    ITEM_EXPLICIT,
    ITEM_EXPLICIT_ALONE,
    ITEM_WITH_STATUS,
    Layout,
)
from referatlint.parse.model import Line, TocEntry
from referatlint.parse.toc import clean_title, sub_number, title_key
from referatlint.parse.vocabulary import Vocabulary
from referatlint.records import record

EXPLICIT_WORDS = ("Punkt", "Pkt", "Sag", "Dagsorden")
HEADING_FIRST = frozenset("PSD0123456789 \t")
STRONG = 5
STATUS_LINES = frozenset(("åbent punkt", "åben sag", "åbent sag", "lukket punkt", "lukket sag"))


@record
class ItemStart:
    heading: int  # row of the heading
    first: int  # first row of the item (a case number may stand above the heading)
    body: int  # first row after heading, repeated title and case number
    number: str | None
    title: str
    case_number: str | None


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


def next_filled(rows: list[Line], index: int, step: int = 1) -> int | None:
    index += step
    while 0 <= index < len(rows):
        if rows[index].text.strip():
            return index
        index += step
    return None


def find_items(
    rows: list[Line],
    begin: int,
    skip: range,
    layout: Layout,
    toc: tuple[TocEntry, ...],
    vocabulary: Vocabulary,
) -> list[ItemStart]:
    explicit: list[Heading] = []
    bare: list[tuple[int, str, str]] = []
    spaced: list[tuple[int, str, str]] = []  # "7 Title": only when nothing else is found
    subs: list[tuple[int, str, str]] = []  # "5.1 Title" under item 5
    # Item headings begin "Punkt", "Pkt.", "Sag", "Dagsordenspunkt" or a digit: a quick
    # first pass keeps the few lines that might.
    maybe = [
        index
        for index in range(begin, len(rows))
        if rows[index].text[:1] in HEADING_FIRST and index not in skip
    ]
    for index in maybe:
        text = rows[index].text
        if not (text[:1].isdigit() or text.lstrip().startswith(EXPLICIT_WORDS)):
            continue
        stripped = text.strip()
        match = ITEM_EXPLICIT.match(stripped)
        if match and "](" not in stripped:
            explicit.append(Heading(index, match["number"], match["title"], index))
            continue
        alone = ITEM_EXPLICIT_ALONE.match(stripped)
        if alone:
            title_row = next_filled(rows, index)
            if title_row is not None and not ITEM_EXPLICIT_ALONE.match(rows[title_row].text):
                title = rows[title_row].text.strip()
                explicit.append(Heading(index, alone["number"], title, title_row))
            continue
        match = ITEM_BARE.match(text) if text[:1].isdigit() else None
        if match:
            bare.append((index, match["number"], match["title"]))
        elif text[:1].isdigit():
            marked = ITEM_WITH_STATUS.match(stripped) if "(" in text else None
            if marked:
                explicit.append(Heading(index, marked["number"], marked["title"], index))
            else:
                number, _, title = stripped.partition(" ")
                if title[:1].isupper() and number.isdigit() and len(number) <= 3:
                    spaced.append((index, number, title))
                elif title[:1].isupper() and (sub := sub_number(number)):
                    subs.append((index, sub, title))

    chosen = explicit
    if not layout.explicit_items:
        # Bare numbers win only where they find more items than the explicit form.
        numbered = choose_bare(rows, bare, layout, toc, vocabulary)
        if len(numbered) > len(explicit):
            chosen = numbered
        if not chosen and spaced:  # "1 Godkendelse af dagsorden" (Esbjerg)
            chosen = choose_bare(rows, spaced, layout, toc, vocabulary)
    if subs and chosen:
        chosen = with_sub_items(chosen, subs, {entry.number for entry in toc})
    toc_titles = frozenset(title_key(entry.title) for entry in toc)
    return [item_start(rows, heading, layout, toc_titles) for heading in chosen]


def with_sub_items(
    chosen: list[Heading], subs: list[tuple[int, str, str]], toc_numbers: set[str | None]
) -> list[Heading]:
    """The items with their sub-items ("5.1 Title" between item 5 and item 6). Only those the
    table of contents lists count: a section numbered "2.1" inside an item looks the same."""
    starts = sorted(heading.row for heading in chosen)
    parents = {heading.number: heading.row for heading in chosen}
    found = list(chosen)
    for row, number, title in subs:
        parent = parents.get(number.partition(".")[0])
        if number not in toc_numbers or parent is None or row <= parent:
            continue
        following = next((start for start in starts if start > parent), None)
        if following is None or row < following:
            found.append(Heading(row, number, title, row))
    return sorted(found, key=lambda heading: heading.row)


def choose_bare(
    rows: list[Line],
    bare: list[tuple[int, str, str]],
    layout: Layout,
    toc: tuple[TocEntry, ...],
    vocabulary: Vocabulary,
) -> list[Heading]:
    toc_numbers = {entry.number for entry in toc if entry.number}
    toc_titles = {title_key(entry.title) for entry in toc}
    candidates = [
        Candidate(
            index,
            number,
            title,
            quality(rows, index, number, title, layout, toc_numbers, toc_titles, vocabulary),
        )
        for index, number, title in bare
    ]
    strong = [c for c in candidates if c.quality >= STRONG]
    if len(strong) >= 2:
        chosen = with_plain_items(rows, strong, candidates, vocabulary)
    else:
        chosen = best_chain([c for c in candidates if c.quality >= 2])
    return [Heading(c.row, c.number, c.title, c.row) for c in chosen]


def with_plain_items(
    rows: list[Line], strong: list[Candidate], candidates: list[Candidate], vocabulary: Vocabulary
) -> list[Candidate]:
    """The strong items, and the plainer ones among them: an item without a case number
    ("1. Godkendelse af dagsorden" between items that have one) still opens with a section
    heading right under its title, which a numbered list entry does not. Only if the numbers
    still rise (or repeat: a duplicated number is the secretary's slip, RL202's to report);
    otherwise the strong ones alone."""
    plain = [
        c
        for c in candidates
        if 2 <= c.quality < STRONG
        and (below := next_filled(rows, c.row)) is not None
        and vocabulary.heading(rows[below].text.strip())
    ]
    if not plain:
        return strong
    chosen = sorted(strong + plain, key=lambda c: c.row)
    rising = all(int(a.number) <= int(b.number) for a, b in pairwise(chosen))
    return chosen if rising else strong


def quality(
    rows: list[Line],
    index: int,
    number: str,
    title: str,
    layout: Layout,
    toc_numbers: set[str],
    toc_titles: set[str],
    vocabulary: Vocabulary,
) -> int:
    """How much a bare "N. Title" line looks like an item heading rather than a list entry."""
    score = 0
    if number in toc_numbers:
        score += 3
    paired = title_key(title) in toc_titles
    if paired:
        score += 3
    before = index - 1
    if before < 0 or not rows[before].text.strip():
        score += 1
        previous = next_filled(rows, index, -1)
        if previous is not None and CASE_NUMBER.match(rows[previous].text.strip()):
            score += 2
    elif ITEM_BARE.match(rows[before].text):
        score -= 3
    after = index + 1
    if after >= len(rows) or not rows[after].text.strip():
        score += 1
    elif ITEM_BARE.match(rows[after].text):
        score -= 3
    following = next_filled(rows, index)
    if following is not None:
        if layout.title_repeated and title_key(rows[following].text) == title_key(title):
            score += 3
        for ahead in range(following, min(following + 6, len(rows))):
            if vocabulary.heading(rows[ahead].text):
                score += 1
                break
        # "Åbent punkt" or the case number "24/4103" right under the title.
        for ahead in range(following, min(following + 2, len(rows))):
            text = rows[ahead].text.strip()
            if text.casefold() in STATUS_LINES or CASE_NUMBER.match(text):
                score += 2
                break
    if not title[:1].isupper() and title[:1] not in "\"'“„«(":
        score -= 4
    if DATE_WORD.match(title):
        score -= 4
    if rows[index].text[:1].isspace():
        score -= 2
    if paired and number in toc_numbers:
        # Number and title as in the table of contents: an item, even in a block of them
        # ("2. Lukket punkt: ..." directly above "3. Lukket punkt: ...").
        return max(score, STRONG)
    return score


def best_chain(candidates: list[Candidate]) -> list[Candidate]:
    """The increasing run of item numbers with the highest total quality."""
    if not candidates:
        return []
    best: list[tuple[int, int]] = []  # (total, previous index) per candidate
    for position, candidate in enumerate(candidates):
        total, previous = candidate.quality, -1
        for earlier in range(position):
            if int(candidates[earlier].number) < int(candidate.number):
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
    rows: list[Line], heading: Heading, layout: Layout, toc_titles: frozenset[str]
) -> ItemStart:
    index, title = heading.row, clean_title(heading.title)
    body = heading.title_row + 1
    following = next_filled(rows, heading.title_row)
    # A title that wraps onto the next line, recognisable by the table of contents.
    if following == heading.title_row + 1 and toc_titles:
        joined = clean_title(title + " " + rows[following].text)
        if title_key(joined) in toc_titles:
            title, body = joined, following + 1
            following = next_filled(rows, following)
    repeated = following is not None and title_key(rows[following].text) == title_key(title)
    if layout.title_repeated and repeated:
        body = following + 1
        following = next_filled(rows, following)
    case_number = None
    first = index
    if layout.case_number_before:
        previous = next_filled(rows, index, -1)
        above = CASE_NUMBER.match(rows[previous].text.strip()) if previous is not None else None
        if above:
            case_number, first = above["value"], previous
    below = CASE_NUMBER.match(rows[following].text.strip()) if following is not None else None
    if case_number is None and below:
        case_number, body = below["value"], following + 1
    return ItemStart(index, first, body, heading.number, title, case_number)
