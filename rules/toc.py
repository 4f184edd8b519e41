"""RL301-RL307: the table of contents against the items it lists.

Entries and items are paired once per document: by number and title, then title,
then number, then by similar titles; every TOC rule reads that one alignment. Where the
table of contents is made of links (HTML, Word), RL301 and RL302 also follow the links:
a link to an anchor that does not exist, or to another place than its item."""

from itertools import pairwise

from referatlint.parse.model import Document, Item, TocEntry, item_order
from referatlint.parse.toc import title_key
from referatlint.records import record
from referatlint.rule import Context, Rule
from referatlint.rules.common import HEAD, example, item, place, quoted
from referatlint.rules.pages import printed_offset
from referatlint.text import Msg

SIMILAR = 75


@record
class Alignment:
    pairs: tuple[tuple[TocEntry, Item], ...]  # in table-of-contents order
    toc_only: tuple[TocEntry, ...]
    items_only: tuple[Item, ...]
    item_positions: dict[int, int]  # item line -> position of its entry in the TOC


def align(document: Document, context: Context | None = None) -> Alignment:
    """The document's alignment: in a lint run made by the first rule that asks and
    shared with the others; without a context (tests, tools) made afresh."""
    if context is None:
        return compute_alignment(document.toc, document.items)
    return context.memo("toc-alignment", lambda: compute_alignment(document.toc, document.items))


def compute_alignment(toc: tuple[TocEntry, ...], items: tuple[Item, ...]) -> Alignment:
    paired: dict[int, int] = {}  # toc index -> item index
    used: set[int] = set()
    entry_keys = [title_key(entry.title) for entry in toc]  # each title's key made once
    item_keys = [title_key(candidate.title) for candidate in items] if toc else []
    # The items of each number and of each title key, in order: an entry is tried against
    # those alone, not against every item.
    numbered = indexes(candidate.number for candidate in items)
    titled = indexes(item_keys)

    def pair_where(candidates, test=None) -> None:
        """Each entry not yet paired, with the first free item among its candidates that
        passes ``test``."""
        for entry_index in range(len(toc)):
            if entry_index in paired:
                continue
            for item_index in candidates(entry_index):
                if item_index not in used and (test is None or test(entry_index, item_index)):
                    paired[entry_index] = item_index
                    used.add(item_index)
                    break

    def same_number(entry: int) -> list[int]:
        number = toc[entry].number
        return numbered.get(number, []) if number is not None else []

    def same_title(entry: int) -> list[int]:
        return titled.get(entry_keys[entry], [])

    pair_where(same_number, lambda e, c: entry_keys[e] == item_keys[c])
    # A title is more to go by than a number: where the body's numbers have slipped
    # against the table of contents, each row still finds its item (RL307 for the number).
    pair_where(same_title)
    pair_where(same_number)
    if len(paired) < len(toc) and len(used) < len(items):
        from referatlint.fuzzy import similarity

        pair_where(
            lambda e: range(len(items)),
            lambda e, c: similarity(entry_keys[e], item_keys[c]) >= SIMILAR,
        )
    fill_gaps(paired, used, toc, items)
    order = sorted(paired)
    return Alignment(
        pairs=tuple((toc[i], items[paired[i]]) for i in order),
        toc_only=tuple(entry for i, entry in enumerate(toc) if i not in paired),
        items_only=tuple(candidate for i, candidate in enumerate(items) if i not in used),
        item_positions={items[paired[i]].line: i for i in order},
    )


def indexes(values) -> dict:
    """Each value -> the positions where it stands, in order."""
    found: dict = {}
    for position, value in enumerate(values):
        found.setdefault(value, []).append(position)
    return found


def fill_gaps(
    paired: dict[int, int], used: set[int], toc: tuple[TocEntry, ...], items: tuple[Item, ...]
) -> None:
    """Where exactly one entry and one item are left between the same two paired
    neighbours, they are the same item with a changed title; unless their numbers differ
    too: then nothing ties them, and the entry's item is missing (4. Status på plejeboliger)
    while the item is not listed (5. Eventuelt)."""
    if len(paired) == len(toc) or len(used) == len(items):
        return  # nothing left on one side
    anchors = sorted(paired.items())
    bounds = [(-1, -1), *anchors, (len(toc), len(items))]
    for (entry_before, item_before), (entry_after, item_after) in pairwise(bounds):
        free_entries = [e for e in range(entry_before + 1, entry_after) if e not in paired]
        free_items = [i for i in range(item_before + 1, item_after) if i not in used]
        if len(free_entries) == 1 and len(free_items) == 1 and item_before < item_after:
            numbers = {toc[free_entries[0]].number, items[free_items[0]].number} - {None}
            if len(numbers) < 2:
                paired[free_entries[0]] = free_items[0]
                used.add(free_items[0])


WITHOUT_ITEM = Msg(
    "Indholdsfortegnelsen nævner »{title}«, men der er intet punkt med den titel.",
    "The table of contents lists “{title}”, but there is no such item.",
)
WITHOUT_ITEM_FIX = Msg(
    "Slet linjen i indholdsfortegnelsen, eller tilføj punktet.",
    "Delete the line in the table of contents, or add the item.",
)


# The anchor's name ("#punkt-06") is code to a secretary: the link leads nowhere, as RL602
# says of a link without a target.
BROKEN_LINK = Msg(
    "Linket i indholdsfortegnelsen til »{title}« fører ingen steder hen.",
    "The table-of-contents link to “{title}” leads nowhere.",
)
BROKEN_LINK_FIX = Msg(
    "Ret linket, så det peger på punktets overskrift (opdatér indholdsfortegnelsen).",
    "Correct the link so it points to the item's heading (update the table of contents).",
)


def check_toc_entry_without_item(document, context):
    for entry in align(document, context).toc_only:
        yield context.report(
            WITHOUT_ITEM.format(title=quoted(entry.title)),
            entry.line,
            item=None,
            fix=WITHOUT_ITEM_FIX,
        )
    if document.anchors is None:
        return
    names = {anchor.name for anchor in document.anchors}
    for entry, agenda_item in align(document, context).pairs:
        # a bare "#" is RL602's finding (a link without a target)
        if entry.anchor and entry.anchor not in names:
            yield context.report(
                BROKEN_LINK.format(title=quoted(entry.title)),
                entry.line,
                item=agenda_item,
                fix=BROKEN_LINK_FIX,
            )


def linked_item(document, line: int) -> Item | None:
    """The item an anchor on ``line`` leads to: the item around it, else the next one."""
    found = document.item_at(line)
    if found is not None:
        return found
    return next((candidate for candidate in document.items if candidate.line > line), None)


MISSING_FROM_TOC = Msg(
    "Punktet står ikke i indholdsfortegnelsen.",
    "The item is not in the table of contents.",
)
MISSING_FROM_TOC_FIX = Msg(
    "Opdatér indholdsfortegnelsen, så punktet kommer med.",
    "Update the table of contents so the item is listed.",
)


MISLINKED = Msg(
    "Indholdsfortegnelsen nævner punktet, men linket (»#{anchor}«) fører ikke til punktet: "
    "det fører til {target}.",
    "The table of contents lists the item, but the link (“#{anchor}”) does not lead to the "
    "item: it leads to {target_en}.",
)
MISLINKED_FIX = Msg(
    "Ret linket, så det peger på punktets overskrift (opdatér indholdsfortegnelsen).",
    "Correct the link so it points to the item's heading (update the table of contents).",
)


def check_item_missing_from_toc(document, context):
    if not document.toc:
        return
    for agenda_item in align(document, context).items_only:
        yield context.report(
            MISSING_FROM_TOC, agenda_item.line, item=agenda_item, fix=MISSING_FROM_TOC_FIX
        )
    if document.anchors is None:
        return
    lines = {anchor.name: anchor.line for anchor in document.anchors}
    for entry, agenda_item in align(document, context).pairs:
        if not entry.anchor or entry.anchor not in lines:
            continue
        target = linked_item(document, lines[entry.anchor])
        if target is agenda_item:
            continue
        if target is not None:
            names = item_name(target)
            where = (names["other"], names["other_en"])
        else:  # an anchor below the last item: at the signatures or a note on the meeting
            spot = place(document, lines[entry.anchor], agenda_item.line)
            where = (f"et sted efter punkterne ({spot.da})", f"a place after the items ({spot.en})")
        yield context.report(  # at the table of contents' row, where the link is mended
            MISLINKED.format(anchor=entry.anchor, target=where[0], target_en=where[1]),
            entry.line,
            item=agenda_item,
            fix=MISLINKED_FIX,
        )


# Named by the item next to it in both orders: "nr. 4 i fortegnelsen" read as item 4.
ORDER_BEFORE = Msg(
    "Punktet står i indholdsfortegnelsen før {other}, men i dokumentet efter det.",
    "The table of contents lists the item before {other_en}, but in the document it comes "
    "after it.",
)
ORDER_AFTER = Msg(
    "Punktet står i indholdsfortegnelsen efter {other}, men i dokumentet før det.",
    "The table of contents lists the item after {other_en}, but in the document it comes "
    "before it.",
)
ORDER_FIX = Msg(
    "Opdatér indholdsfortegnelsen, eller flyt punktet.",
    "Update the table of contents, or move the item.",
)


def longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence."""
    best: list[tuple[int, int]] = []
    for index, value in enumerate(values):
        length, previous = 1, -1
        for earlier in range(index):
            if values[earlier] < value and best[earlier][0] + 1 > length:
                length, previous = best[earlier][0] + 1, earlier
        best.append((length, previous))
    if not best:
        return set()
    index = max(range(len(best)), key=lambda i: best[i][0])
    chain = set()
    while index != -1:
        chain.add(index)
        index = best[index][1]
    return chain


def toc_order(document, context) -> tuple[list[Item], list[int], set[int]]:
    """The items the table of contents lists, in document order; each one's position in
    the table of contents; the indexes of those kept in order (the rest are RL303's)."""
    positions = align(document, context).item_positions
    in_toc = [i for i in document.items if i.line in positions]
    values = [positions[i.line] for i in in_toc]
    return in_toc, values, longest_increasing(values)


def misplaced_rows(document, context) -> set[int]:
    """The lines of the table-of-contents rows that RL303 reports as out of order."""
    in_toc, values, keep = context.memo("toc-order", lambda: toc_order(document, context))
    return {document.toc[values[i]].line for i in range(len(in_toc)) if i not in keep}


def check_toc_order(document, context):
    positions = align(document, context).item_positions
    in_toc, values, keep = context.memo("toc-order", lambda: toc_order(document, context))
    # The items kept in order stand in the same order in the document and in the table of
    # contents; an item out of order is named by a kept one it passed: the first after it
    # in the table of contents if that one comes before it in the document, else the last
    # before it (which then comes after it: otherwise the item would be in order).
    kept = sorted(keep)
    for index, agenda_item in enumerate(in_toc):
        if index in keep:
            continue
        following = next((k for k in kept if values[k] > values[index]), None)
        if following is not None and following < index:
            message, other = ORDER_BEFORE, in_toc[following]
        else:
            message = ORDER_AFTER
            other = in_toc[max(k for k in kept if values[k] < values[index])]
        entry = document.toc[positions[agenda_item.line]]
        yield context.report(
            message.format(**item_name(other)),
            entry.line,
            item=agenda_item,
            fix=ORDER_FIX,
        )


def item_name(agenda_item: Item) -> dict[str, str]:
    """``other`` and ``other_en`` for a message: »punkt 4«, or the title of an item
    without a number."""
    if agenda_item.number:
        return {"other": f"punkt {agenda_item.number}", "other_en": f"item {agenda_item.number}"}
    title = quoted(agenda_item.title)
    return {"other": f"punktet »{title}«", "other_en": f"the item “{title}”"}


PAGE = Msg(
    "Indholdsfortegnelsen siger side {printed}, men punktet begynder på side {actual}.",
    "The table of contents says page {printed}, but the item starts on page {actual}.",
)
PRINTED_PAGE = Msg(
    "Indholdsfortegnelsen siger side {printed}, men punktet begynder på siden med sidetallet "
    "{actual} (side {page} i filen).",
    "The table of contents says page {printed}, but the item starts on the page numbered "
    "{actual} (page {page} of the file).",
)
PAGE_FIX = Msg(
    "Opdatér sidetallet i indholdsfortegnelsen til {actual}.",
    "Update the page number in the table of contents to {actual}.",
)


def toc_offset(document, context) -> int:
    """What to add to the page of the file an item starts on to get the page the table
    of contents means: the difference of the numbers printed on the pages (RL308, a cover
    left out of the count) where more of its rows follow those than the file's pages,
    else 0 (some systems number from the cover, as the file does)."""

    def choose() -> int:
        offset = printed_offset(document, context)
        if not offset:
            return 0
        pages = [
            (entry.page, agenda_item.page)
            for entry, agenda_item in align(document, context).pairs
            if None not in (entry.page, agenda_item.page)
        ]
        by_print = sum(toc == page + offset for toc, page in pages)
        by_file = sum(toc == page for toc, page in pages)
        return offset if by_print > by_file else 0

    return context.memo("toc-page-offset", choose)


def judged_pages(document, context) -> dict[int, bool]:
    """The entries whose page can be compared with the page their item starts on, by
    line: whether it is that page, in the numbering the table of contents follows. Only
    where the pages of lines are known, and the item's page has a number in it."""
    if document.line_pages is None:
        return {}
    offset = toc_offset(document, context)
    return {
        entry.line: entry.page == agenda_item.page + offset
        for entry, agenda_item in align(document, context).pairs
        if None not in (entry.page, agenda_item.page) and agenda_item.page + offset > 0
    }


def check_toc_page(document, context):
    judged = judged_pages(document, context)
    offset = toc_offset(document, context)
    message = PRINTED_PAGE if offset else PAGE
    for entry, agenda_item in align(document, context).pairs:
        if judged.get(entry.line) is False:
            values = {
                "printed": entry.page,
                "actual": agenda_item.page + offset,
                "page": agenda_item.page,
            }
            yield context.report(
                message.format(**values),
                entry.line,
                item=agenda_item,
                fix=PAGE_FIX.format(**values),
            )


DECREASING = Msg(
    "Sidetallet {page} er mindre end sidetallet {previous} i linjen før.",
    "Page {page} is lower than page {previous} on the line before.",
)
BEYOND = Msg(
    "Sidetallet {page} er større end dokumentets {pages} sider.",
    "Page {page} is beyond the document's {pages} pages.",
)
SEQUENCE_FIX = Msg(
    "Opdatér indholdsfortegnelsen (i de fleste systemer: generér den igen).",
    "Update the table of contents (in most systems: generate it again).",
)


def check_toc_page_sequence(document, context):
    # An entry whose page can be held against its item's is judged by that alone: a wrong
    # one is RL304's finding, and neither it nor its right neighbour is reported again
    # for disagreeing with the other (one slip, one finding). So is a row out of order
    # (RL303): its page is right for its item, and the rows around it are not compared
    # with it.
    judged = judged_pages(document, context)
    misplaced = misplaced_rows(document, context) if document.toc else set()
    items = {entry.line: agenda_item for entry, agenda_item in align(document, context).pairs}
    previous = None
    for entry in document.toc:
        right = judged.get(entry.line)
        if entry.page is None or right is False or entry.line in misplaced:
            continue
        if right is None and previous is not None and entry.page < previous:
            yield context.report(
                DECREASING.format(page=entry.page, previous=previous),
                entry.line,
                item=items.get(entry.line),
                fix=SEQUENCE_FIX,
            )
        elif right is None and document.pages is not None and entry.page > document.pages:
            yield context.report(
                BEYOND.format(page=entry.page, pages=document.pages),
                entry.line,
                item=items.get(entry.line),
                fix=SEQUENCE_FIX,
            )
        previous = entry.page


TITLE = Msg(
    "Titlen i indholdsfortegnelsen (»{toc}«) er ikke den samme som punktets (»{item}«).",
    "The title in the table of contents (“{toc}”) differs from the item's (“{item}”).",
)
TITLE_FIX = Msg("Brug samme titel begge steder.", "Use the same title in both places.")
# Titles up to this length are quoted whole; longer ones around where they first differ.
TITLE_LIMIT = 100
# How much of the common beginning stays before the first difference.
TITLE_CONTEXT = 30


def differing(toc: str, item: str) -> tuple[str, str]:
    """Both titles for the message: whole when they are short enough, else cut alike from a
    word shortly before the first difference, which two titles cut at the same length would
    hide (»... endelig vedtag…« twice)."""
    toc, item = " ".join(toc.split()), " ".join(item.split())
    if max(len(toc), len(item)) <= TITLE_LIMIT:
        return toc, item
    same = next(
        (at for at, (mine, theirs) in enumerate(zip(toc, item, strict=False)) if mine != theirs),
        min(len(toc), len(item)),
    )
    start = toc.rfind(" ", 0, max(0, same - TITLE_CONTEXT)) + 1
    return excerpt(toc, start), excerpt(item, start)


def excerpt(text: str, start: int) -> str:
    """The text from ``start``, cut after a whole word when it is too long."""
    cut = ("…" if start else "") + text[start:]
    if len(cut) <= TITLE_LIMIT:
        return cut
    end = cut.rfind(" ", 0, TITLE_LIMIT)
    return cut[: end if end > 0 else TITLE_LIMIT - 1] + "…"


def check_toc_title(document, context):
    for entry, agenda_item in align(document, context).pairs:
        if title_key(entry.title) != title_key(agenda_item.title):
            toc, item = differing(entry.title, agenda_item.title)
            yield context.report(
                TITLE.format(toc=toc, item=item),
                entry.line,
                item=agenda_item,
                fix=TITLE_FIX,
            )


NUMBER = Msg(
    "Indholdsfortegnelsen giver punktet nummer {toc}, men punktet har nummer {item}.",
    "The table of contents numbers the item {toc}, but the item is numbered {item}.",
)
NUMBER_FIX = Msg("Brug samme nummer begge steder.", "Use the same number in both places.")
NUMBER_FIX_ITEM = Msg(
    "Giv punktet nummer {toc}, som i indholdsfortegnelsen.",
    "Number the item {toc}, as in the table of contents.",
)
NUMBER_FIX_TOC = Msg(
    "Ret nummeret i indholdsfortegnelsen til {item}, som punktet har.",
    "Change the number in the table of contents to {item}, the item's own.",
)
SHIFT = Msg(
    "Fra punktet »{title}« og frem er numrene i indholdsfortegnelsen {offset} {direction} end "
    "punkternes egne ({toc} mod {items}){cause}.",
    "From the item “{title}” on, the numbers in the table of contents are {offset} "
    "{direction_en} than the items' own ({toc} against {items}){cause_en}.",
)
SHIFT_FIX_ITEMS = Msg(
    "Giv disse punkter numrene {toc}, som i indholdsfortegnelsen.",
    "Number these items {toc}, as in the table of contents.",
)
SHIFT_FIX_TOC = Msg(
    "Ret numrene i indholdsfortegnelsen til {items}, som punkterne har (i de fleste systemer: "
    "generér den igen).",
    "Change the numbers in the table of contents to {items}, the items' own (in most "
    "systems: generate it again).",
)
SHIFT_FIX = Msg(
    "Ret punkternes numre eller indholdsfortegnelsens, så de passer.",
    "Correct the items' numbers or those in the table of contents so they match.",
)
# Why one side's numbers have slipped, by its step into the first row that differs.
SHIFT_CAUSE = {
    ("items", "twice"): Msg(
        ", fordi to punkter har nummer {number}", ", because two items are numbered {number}"
    ),
    ("items", "skips"): Msg(
        ", fordi punkternes numre springer {missing} over",
        ", because the items' numbers skip {missing}",
    ),
    ("toc", "twice"): Msg(
        ", fordi nummer {number} står to gange i indholdsfortegnelsen",
        ", because number {number} appears twice in the table of contents",
    ),
    ("toc", "skips"): Msg(
        ", fordi indholdsfortegnelsen springer {missing} over",
        ", because the table of contents skips {missing}",
    ),
}


def plain(number: str | None) -> int | None:
    """A number of digits alone as an int; "12a", "18.1" and no number as None."""
    return int(number) if number and number.isdigit() else None


def number_runs(pairs) -> list[list[tuple[TocEntry, Item]]]:
    """The pairs whose numbers differ, in runs: consecutive pairs that differ by the same
    amount while both sides count on by one are one run, a shift that began with one slip;
    every other differing pair is a run of its own."""
    runs: list[list[tuple[TocEntry, Item]]] = []
    offset = None
    for entry, agenda_item in pairs:
        if None in (entry.number, agenda_item.number) or entry.number == agenda_item.number:
            offset = None
            continue
        toc, body = plain(entry.number), plain(agenda_item.number)
        previous, offset_before = runs[-1][-1][1] if runs else None, offset
        offset = toc - body if None not in (toc, body) else None
        if offset is not None and offset == offset_before and plain(previous.number) == body - 1:
            runs[-1].append((entry, agenda_item))
        else:
            runs.append([(entry, agenda_item)])
    return runs


def step(rows, row, by: int) -> int | None:
    """How far the number of the row ``by`` places from ``row`` in ``rows`` is from the
    row's own number; None where there is no such row or either number is not plain."""
    at = next(index for index, candidate in enumerate(rows) if candidate is row) + by
    if not 0 <= at < len(rows):
        return None
    here, there = plain(row.number), plain(rows[at].number)
    return None if None in (here, there) else there - here


def follows(rows, row, by: int) -> bool | None:
    """Whether the row ``by`` places from ``row`` in ``rows`` is the number before it (-1)
    or after it (1): 7, 8, 8a, 8b, 9; None where there is no such row or either number
    is of another kind ("18.1", none)."""
    at = next(index for index, candidate in enumerate(rows) if candidate is row) + by
    if not 0 <= at < len(rows):
        return None
    earlier, later = (rows[at], row) if by < 0 else (row, rows[at])
    first, then = item_order(earlier.number), item_order(later.number)
    if None in (first, then):
        return None
    main, letter = first
    next_letter = chr(ord(letter) + 1) if letter else "a"
    return then in ((main + 1, ""), (main, next_letter))


def counts_on(rows, first, last, isolated: bool) -> bool:
    """Whether ``first`` follows the row before it, and for a row alone also the row after
    it follows it; a missing neighbour is no evidence against."""
    after = follows(rows, last, 1) if isolated else None
    return follows(rows, first, -1) is not False and after is not False


def span(first: str, last: str) -> str:
    return first if first == last else f"{first}–{last}"


def wrong_side(document, run) -> str | None:
    """ "items" or "toc": the side whose numbers break where the run begins while the other
    side counts on; None where that cannot be told."""
    (first_entry, first_item), (last_entry, last_item) = run[0], run[-1]
    isolated = len(run) == 1
    toc_on = counts_on(document.toc, first_entry, last_entry, isolated)
    items_on = counts_on(document.items, first_item, last_item, isolated)
    if toc_on == items_on:
        return None
    return "items" if toc_on else "toc"


def cause(document, run, side: str | None) -> dict[str, str]:
    """``cause`` and ``cause_en`` for SHIFT: the slip on the wrong side, where it is one."""
    if side is None:
        return {"cause": "", "cause_en": ""}
    rows, row = (document.items, run[0][1]) if side == "items" else (document.toc, run[0][0])
    jump = -step(rows, row, -1)
    number = plain(row.number)
    if jump == 0:
        text = SHIFT_CAUSE[side, "twice"].format(number=number)
    elif jump > 1:
        missing = span(str(number - jump + 1), str(number - 1))
        text = SHIFT_CAUSE[side, "skips"].format(missing=missing)
    else:
        return {"cause": "", "cause_en": ""}
    return {"cause": text.da, "cause_en": text.en}


def report_shift(document, context, run, side: str | None):
    (first_entry, first_item), (last_entry, last_item) = run[0], run[-1]
    offset = plain(first_entry.number) - plain(first_item.number)
    toc = span(first_entry.number, last_entry.number)
    items = span(first_item.number, last_item.number)
    higher = offset > 0
    message = SHIFT.format(
        title=quoted(first_item.title),
        offset=abs(offset),
        direction="højere" if higher else "lavere",
        direction_en="higher" if higher else "lower",
        toc=toc,
        items=items,
        **cause(document, run, side),
    )
    fix = {"items": SHIFT_FIX_ITEMS, "toc": SHIFT_FIX_TOC, None: SHIFT_FIX}[side]
    return context.report(
        message, first_entry.line, item=first_item, fix=fix.format(toc=toc, items=items)
    )


def check_toc_number(document, context):
    # One slip in the body's numbering (RL201, RL202) moves every item after it against a
    # table of contents that counts on without it: one finding for the run, not one per row.
    for run in number_runs(align(document, context).pairs):
        side = wrong_side(document, run)
        if len(run) > 1:
            yield report_shift(document, context, run, side)
            continue
        entry, agenda_item = run[0]
        values = {"toc": entry.number, "item": agenda_item.number}
        fix = {"items": NUMBER_FIX_ITEM, "toc": NUMBER_FIX_TOC, None: NUMBER_FIX}[side]
        yield context.report(
            NUMBER.format(**values), entry.line, item=agenda_item, fix=fix.format(**values)
        )


def contents(*rows: str) -> str:
    return "Indholdsfortegnelse\n\n" + "\n".join(rows) + "\n\n"


TOC_OK = contents("Godkendelse af dagsorden.....\t2", "Beslutning om budget.....\t3")
ITEMS = (item(1, "Godkendelse af dagsorden", ""), item(2, "Beslutning om budget"))


def doc(toc: str, *items: str) -> str:
    return example(*items, head=HEAD + toc)


RULES = (
    Rule(
        code="RL301",
        name="toc-entry-without-item",
        severity="warning",
        title=Msg(
            "Indholdsfortegnelsen nævner et punkt, der ikke findes",
            "Table of contents lists a missing item",
        ),
        what=Msg(
            "En linje i indholdsfortegnelsen har intet punkt i dokumentet. I HTML og Word, hvor "
            "fortegnelsen består af links: linket peger på et anker, der ikke findes.",
            "A table-of-contents entry has no item in the document. In HTML and Word, where the "
            "entries are links: the link points to an anchor that does not exist.",
        ),
        why=Msg(
            "Læseren leder forgæves efter punktet; ofte er et punkt slettet eller flyttet "
            "uden at fortegnelsen er opdateret.",
            "Readers look for the item in vain; usually an item was removed without updating "
            "the table of contents.",
        ),
        bad=doc(
            contents(
                "Godkendelse af dagsorden.....\t2",
                "Beslutning om budget.....\t3",
                "Eventuelt.....\t4",
            ),
            *ITEMS,
        ),
        good=doc(TOC_OK, *ITEMS),
        check=check_toc_entry_without_item,
    ),
    Rule(
        code="RL302",
        name="item-missing-from-toc",
        severity="warning",
        title=Msg(
            "Punkt mangler i indholdsfortegnelsen, eller linket er forkert",
            "Item missing from the table of contents, or its link is wrong",
        ),
        what=Msg(
            "Et punkt i dokumentet står ikke i indholdsfortegnelsen. I HTML og Word, hvor "
            "fortegnelsen består af links: punktets linje i fortegnelsen linker til et andet "
            "sted, så punktet ikke kan nås derfra.",
            "An item of the document is not in the table of contents. In HTML and Word, where "
            "the entries are links: the item's entry links to another place, so the item cannot "
            "be reached from it.",
        ),
        why=Msg(
            "Indholdsfortegnelsen er læserens oversigt; et punkt, der mangler, bliver overset.",
            "The table of contents is the reader's overview; a missing item gets overlooked.",
        ),
        bad=doc(contents("Godkendelse af dagsorden.....\t2"), *ITEMS),
        good=doc(TOC_OK, *ITEMS),
        check=check_item_missing_from_toc,
    ),
    Rule(
        code="RL303",
        name="toc-order-mismatch",
        severity="warning",
        title=Msg(
            "Rækkefølgen i indholdsfortegnelsen passer ikke", "Table of contents order differs"
        ),
        what=Msg(
            "Punkterne står i en anden rækkefølge i indholdsfortegnelsen end i dokumentet.",
            "Items are listed in another order in the table of contents than in the document.",
        ),
        why=Msg(
            "Læseren forventer punkterne i den rækkefølge, fortegnelsen viser.",
            "Readers expect items in the order the table of contents shows.",
        ),
        bad=doc(
            contents("Beslutning om budget.....\t3", "Godkendelse af dagsorden.....\t2"), *ITEMS
        ),
        good=doc(TOC_OK, *ITEMS),
        check=check_toc_order,
    ),
    Rule(
        code="RL304",
        name="toc-page-mismatch",
        severity="warning",
        title=Msg("Forkert sidetal i indholdsfortegnelsen", "Wrong page in the table of contents"),
        what=Msg(
            "Sidetallet i indholdsfortegnelsen er ikke den side, punktet begynder på. Kun når "
            "siderne kendes: i PDF, i Word-filer med sideskift, i tekst med sideskift "
            "(form feed, som pdftotext skriver) og i tekst kopieret fra en PDF, hvor hver side "
            "har »Side N af M« i sidefoden eller sidehovedet. Har PDF-filens sider trykte "
            "sidetal, der er forskudt fra filens sider (fx en forside uden sidetal, RL308), "
            "og følger indholdsfortegnelsen de trykte sidetal, holdes den op mod dem.",
            "The page in the table of contents is not the page the item starts on; checked "
            "only where pages are known (PDF, Word page breaks, form feeds in text, or a text "
            'copied from a PDF with "Side N af M" on every page). Where a PDF\'s pages print '
            "numbers shifted from the file's pages (a cover page without a number, say; "
            "RL308) and the table of contents follows the printed numbers, it is held against "
            "those.",
        ),
        why=Msg(
            "Et forkert sidetal sender læseren til den forkerte side, især i trykte og "
            "PDF-udgaver.",
            "A wrong page sends the reader to the wrong page, above all in print and PDF.",
        ),
        bad=doc(
            contents("Godkendelse af dagsorden.....\t1", "Beslutning om budget.....\t3"),
            ITEMS[0],
            "\f" + ITEMS[1],
        ),
        good=doc(
            contents("Godkendelse af dagsorden.....\t1", "Beslutning om budget.....\t2"),
            ITEMS[0],
            "\f" + ITEMS[1],
        ),
        check=check_toc_page,
    ),
    Rule(
        code="RL305",
        name="toc-page-sequence",
        severity="warning",
        title=Msg(
            "Sidetallene i indholdsfortegnelsen er i uorden",
            "Table of contents pages out of sequence",
        ),
        what=Msg(
            "Sidetallene i indholdsfortegnelsen falder, eller de er større end dokumentets "
            "antal sider (når det kendes). Et sidetal, der kan holdes op mod den side, punktet "
            "begynder på, tjekker RL304: er det forkert, melder RL305 hverken det eller "
            "linjen efter. En linje, der står i forkert rækkefølge, melder RL303, og linjerne "
            "omkring den holdes ikke op mod dens sidetal.",
            "Printed pages decrease, or exceed the document's page count where known. A page "
            "that can be held against the page its item starts on is checked by RL304: if it "
            "is wrong, RL305 reports neither it nor the line after it. A line out of order is "
            "reported by RL303, and the lines around it are not held against its page.",
        ),
        why=Msg(
            "Sidetal i uorden betyder, at fortegnelsen ikke er genereret efter sidste ændring.",
            "Pages out of sequence mean the contents were not regenerated after the last edit.",
        ),
        bad=doc(
            contents("Godkendelse af dagsorden.....\t3", "Beslutning om budget.....\t2"), *ITEMS
        ),
        good=doc(
            contents("Godkendelse af dagsorden.....\t2", "Beslutning om budget.....\t3"), *ITEMS
        ),
        check=check_toc_page_sequence,
    ),
    Rule(
        code="RL306",
        name="toc-title-mismatch",
        severity="warning",
        title=Msg("Titlen i indholdsfortegnelsen passer ikke", "Table of contents title differs"),
        what=Msg(
            "Et punkts titel i indholdsfortegnelsen er en anden end punktets egen titel. Små "
            "typografiske forskelle (store/små bogstaver, anførselstegn, bindestreger, "
            "mellemrum, punktum til sidst) tæller ikke.",
            "An item's title in the table of contents differs from its own title; small "
            "typography (case, quotes, dashes, spacing, a final stop) does not count.",
        ),
        why=Msg(
            "To forskellige titler får læseren til at tvivle på, om det er samme sag.",
            "Two different titles make readers doubt that it is the same case.",
        ),
        bad=doc(
            contents("Godkendelse af dagsorden.....\t2", "Beslutning om budget 2022.....\t3"),
            *ITEMS,
        ),
        good=doc(TOC_OK, *ITEMS),
        check=check_toc_title,
    ),
    Rule(
        code="RL307",
        name="toc-number-mismatch",
        severity="warning",
        title=Msg(
            "Nummeret i indholdsfortegnelsen passer ikke", "Table of contents number differs"
        ),
        what=Msg(
            "Indholdsfortegnelsen giver et punkt et andet nummer, end punktet selv har. Er "
            "numrene forskudt fra et punkt og frem, fordi to punkter har samme nummer eller et "
            "nummer er sprunget over (RL202, RL201), meldes forskydningen én gang, ved den "
            "første linje, der ikke passer. Hvor den ene side tæller videre uden fejl, siger "
            "rettelsen, hvilke numre der skal stå på den anden.",
            "The table of contents gives an item another number than the item has. Where the "
            "numbers are shifted from one item on, because two items have the same number or "
            "a number was skipped (RL202, RL201), the shift is reported once, at the first row "
            "that differs. Where one side counts on without a slip, the fix says which numbers "
            "the other side needs.",
        ),
        why=Msg(
            "Henvisninger til punktnumre bliver forkerte.",
            "References to item numbers go wrong.",
        ),
        bad=doc(contents("1. Godkendelse af dagsorden\t2", "3. Beslutning om budget\t3"), *ITEMS),
        good=doc(contents("1. Godkendelse af dagsorden\t2", "2. Beslutning om budget\t3"), *ITEMS),
        check=check_toc_number,
    ),
)
