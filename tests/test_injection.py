"""Defect injection: take each seed, inject one defect at a time, and assert that exactly
the expected new finding appears, at the right item.

Where a seed's table of contents prints pages, the seed is first paginated with form
feeds so that every item starts on the page its table of contents says; then page
defects can be injected too. An injection that does not apply to a seed (no printed
pages, no weekday to change, no standing item naming the meeting date) is skipped with
the reason. The recall is the share of applicable injections that pass.
"""

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

import pytest
from conftest import SEED_NAMES, seed_path, standard_settings
from referatlint import profiles
from referatlint.parse import parse
from referatlint.parse.model import Document, Item
from referatlint.read.source import from_text
from referatlint.registry import builtin_rules
from referatlint.rules.toc import align
from referatlint.runner import lint_source

SETTINGS = standard_settings(builtin_rules())


def model(text: str) -> Document:
    return parse(from_text(text, "seed.txt"))


def findings(text: str, renamed: dict[str, str] | None = None) -> Counter:
    """(code, item) counts; ``renamed`` maps item numbers an injection has changed."""
    renamed = renamed or {}
    result = lint_source(from_text(text, "seed.txt"), SETTINGS)
    return Counter((f.code, renamed.get(f.item, f.item)) for f in result.findings)


def paginate(text: str) -> str:
    """Page breaks before item headings so that each starts on its printed TOC page."""
    document = model(text)
    pairs = [(entry.page, item) for entry, item in align(document).pairs if entry.page]
    if not pairs or len(pairs) != len(document.items):
        return text
    lines = text.split("\n")
    page = 1
    for printed, item in pairs:
        breaks = printed - page
        if breaks > 0:
            first = first_line_of(document, item)
            lines[first - 1] = "\f" * breaks + lines[first - 1]
            page = printed
    return "\n".join(lines)


def first_line_of(document: Document, item: Item) -> int:
    """The item's first line: its heading, or a case number printed above it."""
    previous_end = max([i.end_line for i in document.items if i.end_line < item.line] + [0])
    lines = {line.line: line.text for line in document.lines}
    candidates = [n for n in range(previous_end + 1, item.line) if n in lines]
    if candidates and re.match(r"^\d{2}\.\d{2}\.\d{2}-", lines[candidates[-1]]):
        return candidates[-1]
    return item.line


class Skip(Exception):
    """The injection does not apply to this seed."""


def ordinary(document: Document) -> list[Item]:
    standard = profiles.builtin("standard")
    return [i for i in document.items if not standard.is_standard_item(i) and not i.closed]


def replace_line(text: str, number: int, new: str | None) -> str:
    lines = text.split("\n")
    if new is None:
        del lines[number - 1]
    else:
        lines[number - 1] = new
    return "\n".join(lines)


def section_item(document: Document, canonical: str) -> tuple[Item, object]:
    for item in ordinary(document):
        for section in item.sections:
            if section.canonical == canonical and section.body:
                return item, section
    raise Skip(f"no ordinary item with a {canonical} section")


# Each injector returns (new text, expected new findings as [(code, item)]).


def remove_required_section(text: str, document: Document):
    item, section = section_item(document, "Økonomiske konsekvenser")
    lines = text.split("\n")
    del lines[section.line - 1 : section.body[-1].line]
    return "\n".join(lines), [("RL101", item.number)]


def misspell_heading(text: str, document: Document):
    for canonical, wrong in (
        ("Økonomiske konsekvenser", "Økonomiske konsekvnser"),
        ("Sagsfremstilling", "Sagsfremstiling"),
    ):
        for item in ordinary(document):
            section = item.section(canonical)
            if section and section.heading == canonical and section.body:
                return replace_line(text, section.line, wrong), [("RL103", item.number)]
    raise Skip("no heading to misspell")


def renumber_last_item(text: str, document: Document, number: str) -> str:
    last = document.items[-1]
    old = last.number
    lines = text.split("\n")
    heading = lines[last.line - 1]
    lines[last.line - 1] = re.sub(rf"(?<!\d){old}(?=[.:)\s])", number, heading, count=1)
    for entry in document.toc:
        if entry.number == old:
            lines[entry.line - 1] = re.sub(
                rf"^(\D*){old}(?=[.:)\t\s])", rf"\g<1>{number}", lines[entry.line - 1], count=1
            )
    return "\n".join(lines)


def duplicate_item_number(text: str, document: Document):
    last, previous = document.items[-1].number, document.items[-2].number
    injected = renumber_last_item(text, document, previous)
    return injected, [("RL202", previous)], {last: previous}


def skip_item_number(text: str, document: Document):
    last = document.items[-1].number
    skipped = str(int(last) + 1)
    return renumber_last_item(text, document, skipped), [("RL201", skipped)], {last: skipped}


def middle_pair(document: Document):
    pairs = align(document).pairs
    if len(pairs) < 3:
        raise Skip("no table of contents")
    return pairs[len(pairs) // 2]


def drop_toc_entry(text: str, document: Document):
    entry, item = middle_pair(document)
    return replace_line(text, entry.line, None), [("RL302", item.number)]


def retitle_toc_entry(text: str, document: Document):
    entry, item = middle_pair(document)
    line = text.split("\n")[entry.line - 1]
    new = line.replace(entry.title, "Revideret plan for budgetopfølgning i tredje kvartal")
    if new == line:  # titles with markup, such as "<u>...</u>"
        new = re.sub(r"<u>.*</u>", "<u>Revideret plan for budgetopfølgning</u>", line)
    return replace_line(text, entry.line, new), [("RL306", item.number)]


def shift_printed_page(text: str, document: Document):
    if document.line_pages is None:
        raise Skip("the table of contents prints no pages")
    pairs = align(document).pairs
    for (entry, item), (following, _) in pairwise(pairs):
        if entry.page + 1 < following.page:
            line = text.split("\n")[entry.line - 1]
            new = re.sub(rf"(?<!\d){entry.page}(\s*)$", rf"{entry.page + 1}\1", line)
            return replace_line(text, entry.line, new), [("RL304", item.number)]
    raise Skip("no page that can move without changing the order")


def unreleased_decision(text: str, document: Document):
    meeting = document.meeting
    day = "-".join(reversed(meeting.date.split("-")))
    without_history = [item for item in ordinary(document) if not item.history]
    if not without_history:
        raise Skip("every item already records this meeting as not released")
    item = without_history[0]
    addition = f"\nSagens forløb\n\n{day} {meeting.body}\n\nBeslutning ikke frigivet\n"
    return replace_line(
        text, item.end_line, text.split("\n")[item.end_line - 1] + "\n" + addition
    ), [("RL401", item.number)]


def unreleased_earlier_decision(text: str, document: Document):
    for item in ordinary(document):
        for entry in item.history:
            if entry.date > document.meeting.date:
                year = int(entry.date_text[-4:]) - 1
                new = text.split("\n")[entry.line - 1].replace(
                    entry.date_text, entry.date_text[:-4] + str(year)
                )
                return replace_line(text, entry.line, new), [("RL401", item.number)]
    raise Skip("no later-meeting history entry to move before the meeting")


def placeholder_decision(text: str, document: Document):
    for item in ordinary(document):
        decision = item.decision
        if decision and decision.heading and decision.lines:
            for line in decision.lines[1:]:
                text = replace_line(text, line.line, "")
            return replace_line(text, decision.lines[0].line, "XX"), [("RL402", item.number)]
    raise Skip("no headed decision")


def cpr_number(text: str, document: Document):
    item, section = section_item(document, "Sagsfremstilling")
    line = section.body[0]
    sentence = " Borgerens CPR-nummer er 070761-4285."
    return replace_line(text, line.line, text.split("\n")[line.line - 1] + sentence), [
        ("RL601", item.number)
    ]


def mojibake(text: str, document: Document):
    item, section = section_item(document, "Sagsfremstilling")
    for line in section.body:
        if "ø" in line.text:
            broken = text.split("\n")[line.line - 1].replace("ø", "Ã¸")
            return replace_line(text, line.line, broken), [("RL603", item.number)]
    raise Skip("no ø to break")


def wrong_weekday(text: str, document: Document):
    meeting = document.meeting
    line = text.split("\n")[meeting.date_line - 1]
    wrong = "Fredag" if (meeting.weekday or "").lower() != "fredag" else "Mandag"
    if meeting.weekday:
        new = line.replace(meeting.weekday, wrong, 1)
    else:
        new = line.replace(meeting.date_text, f"{wrong} den {meeting.date_text}", 1)
    return replace_line(text, meeting.date_line, new), [("RL501", None)]


def stale_date(text: str, document: Document):
    """The title copied from an earlier meeting, wherever the title is printed."""
    for item in document.items:
        match = re.search(r"til (?:mødet|møde)\D*?(\d{1,2})\. ([a-zæøå]+)", item.title)
        if item.title.startswith("Godkendelse af dagsorden") and match:
            day, month = int(match.group(1)), match.group(2)
            stale = item.title.replace(f"{day}. {month}", f"{day % 27 + 1}. {month}", 1)
            return text.replace(item.title, stale), [("RL502", item.number)]
    raise Skip("no standing item names this meeting's date")


INJECTIONS: dict[str, Callable] = {
    "remove a required section": remove_required_section,
    "misspell a heading": misspell_heading,
    "duplicate an item number": duplicate_item_number,
    "skip an item number": skip_item_number,
    "drop a table-of-contents entry": drop_toc_entry,
    "retitle a table-of-contents entry": retitle_toc_entry,
    "shift a printed page": shift_printed_page,
    "unreleased decision (this meeting)": unreleased_decision,
    "unreleased decision (earlier meeting)": unreleased_earlier_decision,
    "placeholder decision": placeholder_decision,
    "CPR number": cpr_number,
    "mojibake": mojibake,
    "wrong weekday": wrong_weekday,
    "stale date": stale_date,
}


@pytest.mark.parametrize("seed", [name[:3] for name in SEED_NAMES])
@pytest.mark.parametrize("injection", list(INJECTIONS))
def test_injected_defect_is_found_alone(seed, injection):
    original = paginate(seed_path(seed).read_text("utf-8"))
    document = model(original)
    try:
        injected, expected, *renamed = INJECTIONS[injection](original, document)
    except Skip as reason:
        pytest.skip(str(reason))
    before = findings(original, renamed[0] if renamed else None)
    after = findings(injected)
    new = after - before
    gone = before - after
    assert sorted(new.elements()) == sorted(expected), (
        f"new: {sorted(new.elements())}, gone: {sorted(gone.elements())}"
    )
    assert not gone, f"findings that disappeared: {sorted(gone.elements())}"


def test_paginated_seeds_have_no_page_findings():
    for name in SEED_NAMES:
        text = paginate(seed_path(name[:3]).read_text("utf-8"))
        codes = {code for code, _ in findings(text)}
        assert not codes & {"RL304", "RL305"}, name
