"""The items' decisions listed after the last item ("Beslutninger" / "Ad 1: Godkendt." /
"Ad 2: Anbefales."): minutes typed into a template that leaves the decisions out of the
items. Each entry is its item's decision."""

import re

from referatlint import regex
from referatlint.parse.model import Decision, Item, Line, Part

# The headings over such a list, folded, without a colon.
HEADINGS = frozenset(("beslutninger", "beslutningsprotokol", "referat"))
HEADING_INITIALS = frozenset("BbRr")  # a quick test before folding a row
LONGEST_HEADING = len("beslutningsprotokol:")
# An entry: "Ad 3: Godkendt.", "Ad pkt. 3.", "Pkt. 3:", "Punkt 3 –"; a bare number only
# with a colon ("3: Godkendt."), for "3. Godkendt." is a numbered list.
ENTRY = regex.compile(
    r"^(?P<label>(?:Ad(?: pkt\.?| punkt)?|Pkt\.?|Punkt) ?(?P<number>\d{1,3}[a-z]?)(?=\s*[:.)–-])"
    r"|(?P<bare>\d{1,3}[a-z]?)(?=:))\s*[:.)–-]?\s*(?P<text>.*)$",
    re.I,
)
ENTRY_INITIALS = frozenset("AaPp0123456789")


def heads_decision_list(text: str) -> bool:
    """Whether a row's stripped text may head a list of decisions ("Beslutninger:")."""
    return (
        text[:1] in HEADING_INITIALS
        and len(text) <= LONGEST_HEADING
        and text.rstrip(":").casefold() in HEADINGS
    )


def entry(text: str) -> tuple[str, str, str] | None:
    """(label, item number, decision) of an entry ("Ad 3", "3", "Godkendt."), else None."""
    found = ENTRY.match(text) if text[:1] in ENTRY_INITIALS else None
    if found is None:
        return None
    return found["label"], found["number"] or found["bare"], found["text"]


def lists_decisions(rows: list[Line], numbers: list[str | None]) -> bool:
    """Whether the rows under such a heading list decisions of the items numbered
    ``numbers``: the first row with text is an entry, and most entries, two or more, name
    items, in their order (one may name an item misnumbered in the body; lines without a
    label go on the entry above)."""
    entries = 0
    positions = []
    for row in rows:
        text = row.text.strip()
        if not text:
            continue
        found = entry(text)
        if found is None:
            if not entries:
                return False
            continue
        entries += 1
        if found[1] in numbers:
            positions.append(numbers.index(found[1]))
    return (
        len(positions) >= 2 and 2 * len(positions) > entries and positions == sorted(set(positions))
    )


def with_listed_decisions(items: list[Item], part: Part) -> list[Item]:
    """The items, each without a decision of its own given its entry of the list (the
    entry's line is the decision's, its label the decision's heading)."""
    listed: dict[str, Decision] = {}
    for row in part.entries:
        text = row.text.strip()
        found = entry(text)
        if found is not None:
            label, number, rest = found
            lines = [Line(rest, row.line, row.page)] if rest else []
            listed[number] = Decision(rest, row.line, row.page, label, lines=tuple(lines))
        elif listed:  # the entry above goes on
            last = listed[number]
            lines = [*last.lines, Line(text, row.line, row.page)]
            listed[number] = last._replace(
                text=" ".join(line.text for line in lines), lines=tuple(lines)
            )
    return [
        item._replace(decision=listed[item.number], decisions=(listed[item.number],))
        if item.decision is None and item.number in listed
        else item
        for item in items
    ]
