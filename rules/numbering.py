"""RL201 item-number-gap, RL202 duplicate-item-number, RL203 item-order,
RL204 list-numbering: the numbers items and lists are printed with."""

from itertools import pairwise

from referatlint.parse.model import item_order
from referatlint.rule import Rule
from referatlint.rules.common import COMPLETE_ITEM, example, item, place
from referatlint.rules.toc import align
from referatlint.text import Msg


def numbered(document):
    """(order, item) for the numbered items: "12" as (12, ""), "12a" after it as (12, "a")."""
    return [(order, i) for i in document.items if (order := item_order(i.number))]


GAP = Msg(
    "Punktnummeret springer fra {before} til {after}; {missing} mangler.",
    "The item numbers jump from {before} to {after}; {missing} is missing.",
)
GAP_FIX = Msg(
    "Ret nummereringen, eller tilføj det manglende punkt.",
    "Correct the numbering, or add the missing item.",
)
# Where the table of contents lists the item with the number it should have (counting on
# without the slip), nothing is missing: the body's numbers are what to correct.
TOC_NUMBER_FIX = Msg(
    "Indholdsfortegnelsen giver punktet nummer {number}; ret punkternes numre, så de passer "
    "med den.",
    "The table of contents numbers the item {number}; correct the items' numbers to match it.",
)


def toc_fix(document, context, agenda_item, wanted: tuple[int, str], fix: Msg) -> Msg:
    """``TOC_NUMBER_FIX`` where the table of contents gives the item the number ``wanted``
    (``item_order``'s form), else ``fix``."""
    position = align(document, context).item_positions.get(agenda_item.line)
    if position is not None and item_order(number := document.toc[position].number) == wanted:
        return TOC_NUMBER_FIX.format(number=number)
    return fix


def filled_by_duplicates(numbers, before: int, after: int, first_item) -> bool:
    """Whether the items just before ``after`` repeat the number of ``before``'s first item
    once for each missing number (5, 5, 7): nothing is missing, the repeats have the wrong
    number, which RL202 reports with its fix; "add the missing item" would be wrong advice.
    12a, 12b and 18.1, 18.2 are no repeats."""
    first = first_item[before]
    at = next(
        index for index, (_, candidate) in enumerate(numbers) if candidate is first_item[after]
    )
    missing = after - before - 1
    repeats = [candidate for _, candidate in numbers[max(0, at - missing) : at]]
    return len(repeats) == missing and all(
        candidate is not first and candidate.number == first.number for candidate in repeats
    )


def check_gap(document, context):
    # "12a" and "12b" stand in 12's place: 11, 12a, 13 leaves nothing out; so do sub-items
    # "12.1" and "12.2" printed without a row "12." over them.
    numbers = [(number, agenda_item) for (number, _), agenda_item in numbered(document)]
    numbers += [
        (int(main), agenda_item)
        for agenda_item in document.items
        if "." in (agenda_item.number or "")
        and (main := agenda_item.number.partition(".")[0]).isdigit()
    ]
    numbers.sort(key=lambda pair: pair[1].line)
    ordered = sorted({number for number, _ in numbers})
    first_item = {}
    for number, agenda_item in numbers:
        first_item.setdefault(number, agenda_item)
    for before, after in pairwise(ordered):
        if after - before > 1 and not filled_by_duplicates(numbers, before, after, first_item):
            missing = str(before + 1) if after - before == 2 else f"{before + 1}-{after - 1}"
            yield context.report(
                GAP.format(before=before, after=after, missing=missing),
                first_item[after].line,
                item=first_item[after],
                fix=toc_fix(document, context, first_item[after], (before + 1, ""), GAP_FIX),
            )


DUPLICATE = Msg(
    "Punktnummer {number} er brugt to gange (også {first}).",
    "Item number {number} is used twice (also {first_en}).",
)
DUPLICATE_FIX = Msg("Giv punkterne hver sit nummer.", "Give each item its own number.")


def duplicate_fix(document, context, agenda_item, number: tuple[int, str]) -> Msg:
    """The fix for the second item of a number: the next number ("13" after "12", "12b"
    after "12a") where the table of contents gives it that."""
    main, letter = number
    wanted = (main, chr(ord(letter) + 1)) if letter else (main + 1, "")
    return toc_fix(document, context, agenda_item, wanted, DUPLICATE_FIX)


def check_duplicate(document, context):
    seen = {}
    for number, agenda_item in numbered(document):
        if number in seen:
            first = place(document, seen[number].line, agenda_item.line)
            yield context.report(
                DUPLICATE.format(
                    number="".join(map(str, number)), first=first.da, first_en=first.en
                ),
                agenda_item.line,
                item=agenda_item,
                fix=duplicate_fix(document, context, agenda_item, number),
            )
        else:
            seen[number] = agenda_item


ORDER = {
    "ascending": Msg(
        "Punkt {number} står efter punkt {previous}; punkterne skal stå i nummerorden.",
        "Item {number} comes after item {previous}; items must be in numerical order.",
    ),
    "ascending-or-toc": Msg(
        "Punkt {number} står efter punkt {previous}; punkterne står hverken i nummerorden "
        "eller i indholdsfortegnelsens rækkefølge.",
        "Item {number} comes after item {previous}; the items follow neither numerical "
        "order nor the order of the table of contents.",
    ),
}
ORDER_FIX = Msg(
    "Flyt punktet, så rækkefølgen passer, eller ret nummeret.",
    "Move the item so the order fits, or correct its number.",
)


def first_descent(sequence):
    """Index of the first element smaller than the one before it, else None."""
    for index in range(1, len(sequence)):
        if sequence[index] < sequence[index - 1]:
            return index
    return None


def check_order(document, context):
    numbers = numbered(document)
    order = context.profile.item_order
    if len(numbers) < 2 or order == "toc":
        return  # items that must follow the table of contents are RL303's to check
    sequence = [agenda_item for _, agenda_item in numbers]
    broken = first_descent([number for number, _ in numbers])
    if order == "ascending-or-toc" and broken is not None and document.toc:
        positions = align(document, context).item_positions
        in_toc = [agenda_item for agenda_item in sequence if agenda_item.line in positions]
        if in_toc and first_descent([positions[item.line] for item in in_toc]) is None:
            broken = None  # the items follow the table of contents
    if broken is not None:
        agenda_item, previous = sequence[broken], sequence[broken - 1]
        # Without a table of contents the numbers' order is the only one to name.
        wanted = order if document.toc else "ascending"
        yield context.report(
            ORDER[wanted].format(number=agenda_item.number, previous=previous.number),
            agenda_item.line,
            item=agenda_item,
            fix=ORDER_FIX,
        )


LIST_SKIP = Msg(
    "Listen springer fra {before} til {after}.",
    "The list jumps from {before} to {after}.",
)
LIST_REPEAT = Msg(
    "Nummer {number} står to gange i listen.", "Number {number} appears twice in the list."
)
# A list's numbers may be the agenda's item numbers (a time plan), skipping on purpose.
LIST_FIX = Msg(
    "Ret nummereringen, så {next} følger efter {before}. Henviser numrene til punkter eller "
    "andet, der med vilje springer over, er der ingen fejl.",
    "Correct the numbering so that {next} follows {before}. If the numbers refer to items or "
    "other things skipped on purpose, nothing is wrong.",
)


def label(number, style):
    return str(number) if style[0] != "a" else chr(ord("a") + number - 1)


def check_lists(document, context):
    for agenda_item in document.items:
        for section in agenda_item.sections:
            for numbered_list in section.lists:
                style = numbered_list.style
                for previous, entry in pairwise(numbered_list.entries):
                    if entry.number == previous.number:
                        message = LIST_REPEAT.format(number=entry.marker)
                    elif entry.number > previous.number + 1:
                        message = LIST_SKIP.format(
                            before=label(previous.number, style), after=label(entry.number, style)
                        )
                    else:
                        continue
                    fix = LIST_FIX.format(
                        before=label(previous.number, style), next=label(previous.number + 1, style)
                    )
                    yield context.report(message, entry.line, item=agenda_item, fix=fix)


RULES = (
    Rule(
        code="RL201",
        name="item-number-gap",
        severity="warning",
        title=Msg("Hul i punktnumrene", "Gap in item numbers"),
        what=Msg(
            "Punktnumrene danner ikke en sammenhængende række (fx 3, 5 uden 4).",
            "The item numbers are not contiguous (for example 3, 5 without 4).",
        ),
        why=Msg(
            "Et manglende nummer tyder på et slettet eller glemt punkt, og henvisninger til "
            "»punkt 4« bliver forkerte.",
            "A missing number suggests a deleted or forgotten item and breaks references.",
        ),
        bad=example(item(1, "Godkendelse af dagsorden", ""), item(3, "Beslutning om budget")),
        good=example(item(1, "Godkendelse af dagsorden", ""), item(2, "Beslutning om budget")),
        check=check_gap,
    ),
    Rule(
        code="RL202",
        name="duplicate-item-number",
        severity="error",
        title=Msg("Punktnummer brugt to gange", "Duplicate item number"),
        what=Msg(
            "To punkter har samme nummer.",
            "Two items have the same number.",
        ),
        why=Msg(
            "Henvisninger til punktet bliver tvetydige, og beslutninger kan blive knyttet til "
            "det forkerte punkt.",
            "References become ambiguous and decisions may be tied to the wrong item.",
        ),
        bad=example(item(1, "Godkendelse af dagsorden", ""), item(1, "Beslutning om budget")),
        good=example(item(1, "Godkendelse af dagsorden", ""), item(2, "Beslutning om budget")),
        check=check_duplicate,
    ),
    Rule(
        code="RL203",
        name="item-order",
        severity="warning",
        title=Msg("Punkter i forkert rækkefølge", "Items out of order"),
        what=Msg(
            "Punkterne står i en rækkefølge, der hverken følger numrene eller "
            "indholdsfortegnelsen. Dokumenter, der følger deres indholdsfortegnelse frem for "
            "numrene, er i orden. En profil kan kræve nummerorden (item_order: ascending), "
            "eller at punkterne følger indholdsfortegnelsen (item_order: toc); det sidste "
            "tjekker RL303, så denne regel melder da intet.",
            "Items appear in an order that follows neither their numbers nor the table of "
            "contents; following the table of contents rather than the numbers is fine. A "
            "profile may require numerical order (item_order: ascending), or that items "
            "follow the table of contents (item_order: toc); RL303 checks the latter, so "
            "this rule then reports nothing.",
        ),
        why=Msg(
            "Læseren finder punkterne ud fra numrene og indholdsfortegnelsen.",
            "Readers find items by their numbers and the table of contents.",
        ),
        bad=example(item(2, "Beslutning om budget"), item(1, "Godkendelse af dagsorden", "")),
        good=example(item(1, "Godkendelse af dagsorden", ""), item(2, "Beslutning om budget")),
        check=check_order,
    ),
    Rule(
        code="RL204",
        name="list-numbering",
        severity="warning",
        title=Msg("Fejl i listenummerering", "List numbering error"),
        what=Msg(
            "En nummereret liste i et afsnit springer et nummer over eller gentager et. "
            "Også tabeller med en »Nr«-kolonne. Datoer som »4. februar« tæller ikke.",
            "A numbered list in a section skips or repeats a number; also tables with an "
            "“Nr” column. Dates such as “4. februar” do not count.",
        ),
        why=Msg(
            "Indstillinger henviser til deres at-punkter med numre; et hul ser ud som et "
            "slettet punkt.",
            "Recommendations refer to their points by number; a gap looks like a deleted point.",
        ),
        bad=example(
            item(
                1,
                "Beslutning om budget",
                COMPLETE_ITEM.replace(
                    "at forslaget godkendes.",
                    "at:\n\n1. forslaget godkendes\n2. udgiften afholdes\n4. sagen evalueres",
                ),
            )
        ),
        good=example(
            item(
                1,
                "Beslutning om budget",
                COMPLETE_ITEM.replace(
                    "at forslaget godkendes.",
                    "at:\n\n1. forslaget godkendes\n2. udgiften afholdes\n3. sagen evalueres",
                ),
            )
        ),
        check=check_lists,
    ),
)
