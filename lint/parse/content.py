"""An item's content: sections under known headings, the decision, case history
("Sagens forløb"), case type, attachments and absences noted in the item."""

import re
from bisect import bisect_left
from itertools import compress

from referatlint import regex
from referatlint.parse.dates import DATE, DATE_RE, DATE_WORD, NUMERIC, earlier, to_iso
from referatlint.parse.header import (
    ABSENCE_LABELS,
    first_sentence,
    movements_in,
    names_body,
    noted_absences,
    same_body,
)
from referatlint.parse.items import ItemStart
from referatlint.parse.layouts import CASE_NUMBER
from referatlint.parse.model import (
    Absence,
    AttachmentPart,
    Decision,
    HistoryEntry,
    Item,
    Line,
    ListEntry,
    Meeting,
    NumberedList,
    Section,
    next_filled,
)
from referatlint.parse.vocabulary import (
    BODY_NOUN,
    DECISION_HEADING,
    DECISION_NOTES,
    NAME_PART,
    NUMBERED_HEADING,
    SITTING_HEADING,
    STACKED_HEADING,
    STANDS_IN_FOR,
    Vocabulary,
    decision_body,
    outline,
    without_full_stop,
)
from referatlint.records import record
from referatlint.regex import Lazy

# "Beslutning: Godkendt.", "Økonomi: Ingen." - a heading with its text on the same line.
INLINE_HEADING = regex.compile(r"^(?P<head>[^:]{3,60}?)\s*:\s+(?P<rest>\S.*)$")
# "Afbud: Anne Berg", "Afbud fra: Anne Berg"; LEFT_OUT: "Anne Berg deltog ikke i sagens
# behandling.", "... deltog ikke i mødet", "... var fraværende under punktet".
ABSENCE_LINE = regex.compile(
    rf"^(?P<mark>{'|'.join(sorted(ABSENCE_LABELS, key=len, reverse=True))}|Fravær)\s*:\s*"
    r"(?P<names>.*)$",
    re.I,
)
# The mark is the rest of the line as written: it says whether the note is about the
# meeting ("deltog ikke i mødet") or this item only ("... i behandlingen af punktet").
# A member who declared himself disqualified ("Lars Bo (A) erklærede sig inhabil og
# deltog ikke ...") is named without the declaration.
LEFT_OUT = regex.compile(
    r"^(?P<names>[A-ZÆØÅ][^:;]{0,80}?) (?:(?:erklærede sig|blev erklæret|var) inhabile? og )?"
    r"(?P<mark>(?:deltog ikke|var fraværende|var ikke til stede)"
    r"(?: i (?:sagens|punktets) behandling| i behandlingen(?: af (?:sagen|punktet))?"
    r"| i mødet| under (?:behandlingen|punktet))?(?:[ ,(].*?)?)\.?$"
)
# The line an attachment printed in the item begins with ("Bilag 3.2: Høringssvar fra ...",
# "Bilag 1 - Kort", "Bilag til punkt 4", a portal's separator page).
ATTACHMENT_MARK = regex.compile(
    r"^bilag\s+(?P<to_item>til\s+(?:punkt|pkt\.?)\s+)?(?P<number>\d{1,3}(?:\.\d{1,3})*[a-z]?)"
    r"(?:\s*[:–-]\s*(?P<title>\S.*))?$",
    re.I,
)
# An attachment list's entry's number ("2.1 Budgetoverslag", "1. Kort"), not its title.
LISTED_NUMBER = regex.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+")
FILE_NAME = regex.compile(r"^\S.*\.(?:pdf|docx?|xlsx?|pptx?|odt|msg)$", re.I)
HISTORY_ENTRY = regex.compile(rf"^(?P<date>{NUMERIC})\s+(?P<body>\S.*)$")
# An entry of "Sagens forløb" with the body before the date: "Økonomiudvalget den 18-03-2019:
# Anbefales.", "Kommunalbestyrelsen, 31. januar 2019, pkt. 12:" (Kerteminde), its decision
# after the colon or on the lines below.
SITTING_ENTRY = Lazy(
    rf"^(?P<body>(?:{NAME_PART}-,? (?:og )?)*(?=[A-ZÆØÅ])[\w-]*?{BODY_NOUN}),? (?:den |d\. )?"
    rf"(?P<date>{DATE})(?:, (?:pkt|punkt)\.? ?\d+)?:(?:\s+(?P<status>\S.*))?$"
)
CLOSED_MARK = regex.compile(r"^\(?(?:Lukket\b|Personsag\b|Personalesag\b|Fortroligt\b)", re.I)
CLOSED_ENDINGS = ("(lukket)", "(lukket punkt)", "(lukket sag)", "(fortroligt)")  # after a title
# An item taken off the agenda: its title is "Udgår" ("Punkt 9: Udgår") or ends so
# ("Anlægsbevilling til skolevej (udgår)", "... - udgået"); or its only text is the
# decision "Punktet blev trukket af dagsordenen." / "Sagen udgår." / "Udgår.", or that it
# was put off to a later meeting ("Udsat.", "Punktet blev udsat til næste møde."): its
# sections are printed when it is treated, not here.
WITHDRAWN_TITLE = regex.compile(
    r"^(?:(?:punktet|sagen) (?:er )?)?(?:udgår|udgået|udgik|trukket(?: tilbage)?|tilbagetrukket)"
    r"\.?$|(?:\(|\s[-–]\s*)(?:udgår|udgået|trukket|tilbagetrukket)\)?\.?$",
    re.I,
)
WITHDRAWN_DECISION = regex.compile(
    r"(?:(?:punktet|sagen) (?:blev |er )?)?"
    r"(?:trukket|taget af dagsordenen|udgår|udgik|udgået|udsat|udsættes|ikke behandlet)\b",
    re.I,
)
LIST_ENTRY = regex.compile(r"^\s*(?P<label>\d{1,3}|[a-z])(?P<delim>[.)\]])\s+(?P<rest>\S.*)$")
# Where a list's entry may begin in a row's stripped text: first, or after a heading's colon
# ("Beslutning: 1. Godkendt": opens_section reads what follows as the section's first line).
LIST_START = regex.compile(r"(?:[^:]{0,63}:\s+)?(?:\d|[a-z][.)\]])")
# A first name that is also a month, before a capitalised name: "Jan Hansen", "Maj Brit
# Andersen", "Jan E. Jørgensen" (a date has a year or a lower-case word after its month).
NAMED = regex.compile(r"[A-ZÆØÅ][a-zæøå]* [A-ZÆØÅ]")
TABLE_NUMBER_HEADER = regex.compile(r"^(?:Nr\.?|Pkt\.?|Punkt)\t", re.I)
TABLE_ROW = regex.compile(r"^(?P<label>\d{1,3})\t")
# The labels of a case number line ("Sagsnr.: 24/3702", "Dok.nr.: 77132-24"), a quick test
# before CASE_NUMBER.
CASE_LABELS = (
    *("Sagsnr", "Sags nr", "Sagsnummer", "J.nr", "J. nr", "Journalnr", "Dok.nr", "Dok. nr", "KLE"),
)
SENTENCE_END = regex.compile(r"[.!?;,]$")
# A note that the item is closed: "Sagen behandles for lukkede døre.", "Punktet er
# fortroligt", "Undtaget fra offentlighed, jf. kommunestyrelseslovens § 10"; CLOSURE_CUES
# are a quick test before it.
CLOSURE_NOTE = Lazy(
    r"lukke[dt]e? (?:døre|møde|punkt|sag|dagsorden)|(?:behandles|punktet er|sagen er) "
    r"(?:lukket|fortroligt?)|fortroligt punkt|undtaget fra (?:offentlighed|aktindsigt)"
    r"|styrelseslovens § ?10|lov om kommunernes styrelse",
    re.I,
)
CLOSURE_CUES = ("lukke", "fortrolig", "undtaget", "styrelse")
# A body named by its kind alone ("Udvalget"), folded.
GENERIC_BODIES = frozenset(("udvalget", "bestyrelsen", "rådet"))
# Another body named beside one in a joint meeting's name (folded).
JOINT_BODY = Lazy(r"udvalg|bestyrelse|råd(?:et)?\b")
# The sections that list the case's route ("Økonomiudvalget den 13-06-2017, pkt. 112:
# Anbefales."), whichever the template calls it: each entry is the item's history.
HISTORY_SECTIONS = frozenset(("Sagens forløb", "Sagshistorik", "Historik"))
# Sections that may follow the decision: a decision written without a heading ends the
# section before them.
AFTER_DECISION = {"Bilag", "Sagens forløb", *DECISION_NOTES}
HEADING_LENGTH = 60  # a longer line is text, not a heading (inline "Beslutning: ..." aside)
# Not inside "By- og Kulturudvalget": a hyphen before "og" shares the word's ending.
BODY_SPLIT = regex.compile(
    r"(?:,|\.|(?<!-)\s+og)\s+(?=(?:[\wæøå-]*(?:udvalg|bestyrelse|råd)|Byrådet|Kommunalbestyrelsen))",
    re.I,
)


def decision_heading(text: str) -> re.Match[str] | None:
    """A decision heading ("Beslutning i Socialudvalget den 06-01-2020"), the word tested
    first: the pattern is tried on few lines."""
    return DECISION_HEADING.match(text) if "eslutning" in text or "ESLUTNING" in text else None


def heading_like(rows: list[Line], index: int, end: int, text: str) -> bool:
    """A short line standing alone, as headings do, rather than a line of running text."""
    if not text[:1].isupper():
        return False
    before = rows[index - 1].text if index > 0 else ""
    after = rows[index + 1].text if index + 1 < end else ""
    if (before and not before.isspace()) or (after and not after.isspace()):
        return False
    return len(text) <= 60 and len(text.split()) <= 8 and not SENTENCE_END.search(text)


@record
class ItemRows:
    """What parse_item reads of a document's rows, worked out once for all its items: each
    row's text without spaces around it ("" for a blank row), each row as the line of text
    a section holds (its text so stripped), the rows that may open a section or begin an
    attachment (marks: attachment_mark), and the line numbers of those that may hold a
    list's entry (may_list)."""

    stripped: list[str]
    lines: list[Line]
    openers: list[int]
    listing: list[int]
    marks: frozenset[int]


def item_rows(
    rows: list[Line],
    stripped: list[str],
    spaced: list[int],
    openers: list[int],
    listing: list[int],
    marks: list[int],
) -> ItemRows:
    """The ItemRows of ``rows``; ``stripped`` are their texts without spaces around them
    ("" where a row is blank or blanked), ``spaced`` the rows whose text has spaces around
    it, ``openers`` the rows that may open a section (may_open) or begin an attachment
    (``marks``), ``listing`` those that may hold a list's entry (may_list)."""
    lines = rows.copy()
    for index in spaced:
        row = rows[index]
        lines[index] = Line(stripped[index], row.line, row.page)
    return ItemRows(
        stripped, lines, openers, [rows[index].line for index in listing], frozenset(marks)
    )


def attachment_mark(text: str) -> bool:
    """Whether a row's stripped text may begin an attachment printed in an item ("Bilag
    2.1: Uddrag af referat fra ...", ATTACHMENT_MARK)."""
    return text[:5].casefold() == "bilag" and ATTACHMENT_MARK.match(text) is not None


def may_list(text: str) -> bool:
    """Whether a row's stripped text may be, or hold after a heading, an entry of a numbered
    list or a row of a numbered table (numbered_lists): a digit or "a)" first or after a
    colon, or a tab."""
    return "\t" in text or LIST_START.match(text) is not None


def may_open(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a row's stripped text may open a section (opens_section) or end a decision
    as a case number line, in some place of some item: each of their tests that the text
    alone decides, the rows around it and the sections above taken to allow it. A table's
    row beside a known heading's cell may wrap that heading's label onto the row below:
    any such row may open one."""
    if not text:
        return False
    short = len(text) <= HEADING_LENGTH
    inline = ":" in text[:64]
    tabbed = "\t" in text[:HEADING_LENGTH]
    deciding = "eslutning" in text or "ESLUTNING" in text
    if not (short or inline or tabbed or deciding or text[-1] == ":"):
        return False  # a longer line is text, a heading with its text on the line aside
    if text.startswith(CASE_LABELS) and CASE_NUMBER.match(text):
        return True
    heading = vocabulary.heading
    if short:
        bare = without_full_stop(text)
        if heading(text) or (bare is not text and heading(bare)):
            return True
        if text[0].isdigit():
            for head in (text, bare):
                numbered = NUMBERED_HEADING.match(head)
                if numbered and heading(numbered["head"]):
                    return True
    if deciding:
        if decision_heading(text):
            return True
        numbered = NUMBERED_HEADING.match(text) if text[0].isdigit() else None
        if numbered and DECISION_HEADING.match(numbered["head"]):
            return True
    if text[-1] == ":":
        if ", " in text and SITTING_HEADING.match(text):
            return True
        if (" den " in text or " d. " in text) and STACKED_HEADING.match(text):
            return True
    found = INLINE_HEADING.match(text) if inline else None
    if found:
        head = found["head"]
        if DECISION_HEADING.match(head) or STACKED_HEADING.match(head + ":"):
            return True
        if heading(head) and not head.casefold().endswith("indstiller"):
            return True
    if tabbed:
        beside = text.partition("\t")[2].strip()
        if beside[:1].isalpha() and "\t" not in beside:
            return True
    return bool(
        short
        and text[:1].isupper()
        and len(text.split()) <= 8
        and not SENTENCE_END.search(text)
        and vocabulary.resembles(text)
    )


def parse_item(
    rows: list[Line],
    row_texts: ItemRows,
    start: ItemStart,
    end: int,
    vocabulary: Vocabulary,
    meeting: Meeting,
    group: str | None,
) -> Item:
    preamble: list[Line] = []
    sections: list[dict] = []
    body = preamble  # where the next line of text goes
    heading = vocabulary.heading
    deciding = False  # in a decision section, or the case number lines after it
    case_below: str | None = None  # "24/3702" from "Sagsnr.: 24/3702" below the decision
    case_end = 0  # the line of the last case number line there
    stripped, lines, openers, listing, marks = row_texts
    # The attachments printed in the item (a "dagsorden med bilag"), each from its first
    # line to the next one, the item's own decision after them, or the item's end: their
    # headings are the attachment's, not the item's sections.
    printed: list[tuple[Line, list[Line]]] = []  # each one's first line and its text
    in_attachment = False
    # Each row that may open a section is read in turn; the rows with text between them are
    # the text of the section they stand in.
    done = start.body  # the rows above are read
    for index in openers[bisect_left(openers, start.body) : bisect_left(openers, end)]:
        if index < done:
            continue  # the row below a wrapped column heading, read with it
        if not in_attachment and sections and sections[-1]["canonical"] == "Bilag":
            begins = listed_title_again(stripped, sections[-1]["body"], done, index)
            if begins is not None:
                body.extend(compress(lines[done:begins], stripped[done:begins]))
                body, in_attachment = attachment_part(printed, lines[begins]), True
                deciding = False
                done = begins + 1
        body.extend(compress(lines[done:index], stripped[done:index]))
        done = index + 1
        row = rows[index]
        text = stripped[index]
        # Standing apart as a heading does: below a blank row or first in the item.
        apart = index == start.body or not stripped[index - 1]
        if (
            index in marks
            # standing apart, or first on its page (a portal's separator page)
            and (apart or row.page != rows[index - 1].page)
            and sections
            and begins_attachment(rows, openers, index, end, sections[-1])
        ):
            body, in_attachment = attachment_part(printed, lines[index]), True
            deciding = False
            continue
        short = len(text) <= HEADING_LENGTH
        section = opens_section(
            text, row, sections, heading, vocabulary, short, rows, index, end, apart
        )
        if in_attachment:
            if section is None or not own_decision_heading(section, meeting):
                body.append(lines[index])  # the attachment's own heading
                continue
            in_attachment = False  # the item's decision, printed after its attachments
        if section is not None:
            if adds_attachment(section, sections):
                sections[-1]["body"].extend(section["body"])
                continue
            sections.append(section)
            body = section["body"]
            deciding = section["canonical"] == "Beslutning"
            if section.pop("wrapped", False):
                # "konsekvenser<TAB>text": the label's end is read, its text goes on.
                below = rows[done]
                rest = stripped[done].partition("\t")[2].strip()
                if rest:
                    body.append(Line(rest, below.line, below.page))
                done += 1
            continue
        if deciding and text.startswith(CASE_LABELS) and (labelled := CASE_NUMBER.match(text)):
            # "Beslutning: / Godkendt. / Sagsnr.: 24/3702 / Dok.nr.: ..." (decision first,
            # Sønderborg): the item's case number ends the decision; it is no part of it.
            case_below, case_end = case_below or labelled["value"], row.line
            body = preamble
            continue
        body.append(lines[index])
    if not in_attachment and sections and sections[-1]["canonical"] == "Bilag":
        begins = listed_title_again(stripped, sections[-1]["body"], done, end)
        if begins is not None:
            body.extend(compress(lines[done:begins], stripped[done:begins]))
            body = attachment_part(printed, lines[begins])
            done = begins + 1
    body.extend(compress(lines[done:end], stripped[done:end]))

    stand_in(sections, vocabulary)
    closing_absences = closing_absence_notes(sections)
    decision, decisions, decision_absences, attachments, earlier_decisions = own_decision(
        sections, preamble, meeting, vocabulary
    )
    absences = [absence for line in preamble for absence in absences_in(line) or ()]
    absences.extend(closing_absences)
    absences.extend(decision_absences)
    # "Jens Ove Nielsen (A) forlod mødet efter dette punkt.", under the decision or above it
    noted_lines = [*preamble, *(line for d in decisions for line in d.lines)]
    movements = [
        m for line in noted_lines for m in movements_in(line.text, line.line, start.number)
    ]
    bilag = [s for s in sections if s["canonical"] == "Bilag"]
    for section in bilag:
        attachments.extend(section["body"])
    # "Sagens forløb" (or "Historik") lists its entries in the order of the lines; earlier
    # decisions go among them by their line.
    history = [
        entry for s in sections if s["canonical"] in HISTORY_SECTIONS for entry in history_of(s)
    ]
    if earlier_decisions:
        history = sorted([*history, *earlier_decisions], key=lambda entry: entry.line)
    case_type, case_type_line, bodies = case_route(sections, vocabulary.bodies)
    first_text = preamble[0].text if preamble else ""
    end_line = last_line(rows, start.heading, end)
    # A case number below the decision is the item's if more of the item follows it (else it
    # may head the next item).
    case_number = start.case_number or (case_below if case_end < end_line else None)
    closed = bool(
        start.closed
        or CLOSED_MARK.match(start.title)
        or start.title.casefold().endswith(CLOSED_ENDINGS)
        or CLOSED_MARK.match(first_text)
        # "Lukket punkt" in the header block above the heading (Helsingør)
        or (
            start.first < start.heading
            and any(CLOSED_MARK.match(r.text.strip()) for r in rows[start.first : start.heading])
        )
        or (group and "lukke" in group.casefold())  # "Lukket dagsorden", "Lukkede sager"
    )
    unheaded = unheaded_text(preamble)
    withdrawn = bool(
        WITHDRAWN_TITLE.search(start.title)
        or (
            decision is not None
            and not unheaded
            and all(s["canonical"] == "Beslutning" for s in sections)
            and WITHDRAWN_DECISION.match(decision.text or "")
            # an earlier meeting's "Udsat." puts the item on this agenda
            and not earlier(decision.date, meeting.date)
        )
    )
    return Item(
        number=start.number,
        title=start.title,
        line=rows[start.heading].line,
        page=rows[start.heading].page,
        end_line=end_line,
        case_number=case_number,
        case_type=case_type,
        case_type_line=case_type_line,
        bodies=bodies,
        sections=tuple(freeze(s, listing) for s in sections),
        decision=decision,
        decisions=decisions,
        history=tuple(history),
        attachments=tuple(attachments),
        attachment_parts=tuple(
            AttachmentPart(first.text, first.line, first.page, tuple(text), *marker(first.text))
            for first, text in printed
        ),
        absences=tuple(absences),
        movements=tuple(movements),
        unheaded=unheaded,
        closed=closed,
        group=group,
        withdrawn=withdrawn,
    )


def attachment_part(printed: list[tuple[Line, list[Line]]], first: Line) -> list[Line]:
    """Begin an attachment printed in the item at its first line; the list its text goes
    to."""
    printed.append((first, []))
    return printed[-1][1]


def marker(heading: str) -> tuple[str | None, str | None, str]:
    """What an attachment's first line says of it: the item it names ("4" for "Bilag til
    punkt 4"), its own number ("2.1" for "Bilag 2.1: Uddrag af referat") and its title (the
    whole line where it is no marker but a title repeated from the "Bilag" list)."""
    marked = ATTACHMENT_MARK.match(heading) if heading[:5].casefold() == "bilag" else None
    if marked is None:
        return None, None, heading
    title = marked["title"] or ""
    if marked["to_item"]:
        return marked["number"], None, title
    return None, marked["number"], title


def begins_attachment(
    rows: list[Line], openers: list[int], index: int, end: int, current: dict
) -> bool:
    """Whether a marker standing apart ("Bilag 2.1: Uddrag af referat fra ...") begins the
    attachment printed below it: text follows it, not a heading or the next marker of a
    list of attachments ("Bilag 1: Kort" / "Bilag 2: Notat" / "Beslutning"). Under
    "Bilag", the list above must name the attachment's number ("2.1 Uddrag af referat"):
    else the marker is an entry of that list ("Bilag 1: Opgørelse.pdf")."""
    text = rows[index].text.strip()
    if "." in text[-5:] and FILE_NAME.match(text):
        return False
    if current["canonical"] == "Bilag":
        number = ATTACHMENT_MARK.match(text)["number"]
        if number not in {listed_number(line.text) for line in current["body"]}:
            return False
    below = next_filled(rows, index)
    if below is None or below >= end:
        return False
    at = bisect_left(openers, below)
    return at == len(openers) or openers[at] != below


def listed_title_again(
    stripped: list[str], listed: list[Line], start: int, stop: int
) -> int | None:
    """The row in ``start:stop`` where an attachment the "Bilag" list above names is
    printed: a row standing apart that repeats the list's first title or a numbered one,
    without its number ("2.1 Budgetoverslag 2026-2030" / ... / "Budgetoverslag
    2026-2030"). A letter's sender signing it is no title."""
    titles = {
        listed_title(line.text)
        for position, line in enumerate(listed)
        if position == 0 or line.text[0].isdigit()
    }
    first = not listed
    for index in range(start, stop):
        text = stripped[index]
        if not text:
            continue
        title = listed_title(text)
        if title in titles and not stripped[index - 1]:
            return index
        if first or text[0].isdigit():
            titles.add(title)
        first = False
    return None


def listed_number(text: str) -> str | None:
    """The number of an attachment list's entry: "2.1" for "2.1 Budgetoverslag" or "Bilag
    2.1: Budgetoverslag"."""
    if text[0].isdigit():
        numbered = LISTED_NUMBER.match(text)
        return numbered[0].rstrip(" .\t") if numbered else None
    marked = ATTACHMENT_MARK.match(text) if text[:5].casefold() == "bilag" else None
    return marked["number"] if marked else None


def listed_title(text: str) -> str:
    """An attachment's title as a list names it, without its number, folded."""
    return (LISTED_NUMBER.sub("", text, count=1) if text[0].isdigit() else text).casefold()


def own_decision_heading(section: dict, meeting: Meeting) -> bool:
    """Whether a section is the item's own decision, not one an attachment prints (an
    earlier meeting's minutes: "Beslutning i Teknik- og Miljøudvalget den 4. maj 2026"): a
    decision heading naming no other body and no earlier date."""
    body = section.get("decision_body")
    return (
        section["canonical"] == "Beslutning"
        and not (body and meeting.body and not is_meeting_body(body, meeting.body))
        and not earlier(section.get("decision_iso"), meeting.date)
    )


def adds_attachment(section: dict, sections: list[dict]) -> bool:
    """Whether a "Bilag: file.pdf" line goes on the attachment list above it: one such line
    per attachment is one list, not a new "Bilag" section each time."""
    return (
        section["canonical"] == "Bilag"
        and bool(section["body"])
        and "wrapped" not in section
        and bool(sections)
        and sections[-1]["canonical"] == "Bilag"
    )


def stand_in(sections: list[dict], vocabulary: Vocabulary) -> None:
    """Read a section that stands in for another (STANDS_IN_FOR) as that other in an item
    without a section of its own: "Finansiering" as the economic section."""
    present = {section["canonical"] for section in sections}
    for section in sections:
        other = STANDS_IN_FOR.get(section["canonical"])
        if other is not None and other not in present and other in vocabulary.sections:
            section["canonical"] = other


def opens_section(
    text, row, sections, heading, vocabulary, short, rows, index, end, apart
) -> dict | None:
    """The section a line opens (known heading, decision heading, "Heading: text" on one
    line, or a near miss of a heading standing alone), or None for a line of text.
    ``apart``: the line stands below a blank row or first in the item."""
    current = sections[-1] if sections else None
    # "Beslutning." standing apart is a heading written with a full stop; a line ending a
    # paragraph ("... sendes i" / "høring.") is none.
    head = without_full_stop(text) if short and apart else text
    known = heading(head) if short else None
    if known:
        return None if leads_in(*known, current) else new_section(text, known[0], row)
    if short and text[0].isdigit() and not decided_unnumbered(sections):
        known = numbered_heading(head, rows, index, end, heading, current, apart)
        if known:
            return new_section(text, known[0], row)
    decided = decision_heading(text)
    if not decided and text[0].isdigit() and "eslutning" in text:
        # "5.0 Beslutning i Teknik- og Miljøudvalget den 01-11-2021" in an outline-numbered
        # template, standing as a heading does.
        decided = numbered_decision(text, rows, index, end, current, apart)
    if not decided and text[-1:] == ":" and ", " in text:
        decided = SITTING_HEADING.match(text)
    # Each body's decision in turn under one "Beslutning" heading.
    stacking = current is not None and current["canonical"] == "Beslutning"
    if not decided and stacking and text[-1:] == ":" and (" den " in text or " d. " in text):
        decided = STACKED_HEADING.match(text)
    if decided:
        return decision_section(text, decided, row)
    inline = INLINE_HEADING.match(text) if ":" in text[:64] else None
    if inline:
        head, rest = inline["head"], Line(inline["rest"], row.line, row.page)
        decided = DECISION_HEADING.match(head)
        if not decided and stacking:
            decided = STACKED_HEADING.match(head + ":")
        if decided:
            return decision_section(head, decided, row, rest)
        known = heading(head)
        # "Administrationen indstiller: at ..." opens a sentence, not a section.
        if known and not head.casefold().endswith("indstiller"):
            section = new_section(head, known[0], row)
            section["body"].append(rest)
            return section
    if "\t" in text[:HEADING_LENGTH]:
        column = column_heading(text, row, rows, index, end, heading, current)
        if column is not None:
            return column
    if short and heading_like(rows, index, end, text):
        near = vocabulary.resembles(text)
        if near and not leads_in(*near[:2], current):
            return new_section(text, near[0], row, resembles=near[2])
    return None


def column_heading(text, row, rows, index, end, heading, current) -> dict | None:
    """The section a known heading opens in the left column of a two-column layout, its
    text beside it ("Beslutning<TAB>Godkendt.", Lemvig's PDF), with the label's end from
    the left cell of the row below when the column wraps it ("Økonomiske<TAB>text" /
    "konsekvenser<TAB>text"; the section then has ``wrapped``). The label opens a paragraph
    and is beside one cell of running text, a letter first: a table's row ("Økonomi<TAB>
    2025<TAB>2026", "Høring<TAB>april 2025" above "Beslutning<TAB>juni 2025") is none."""
    label, _, beside = text.partition("\t")
    beside = beside.strip()
    if not beside[:1].isalpha() or "\t" in beside:
        return None
    below = rows[index + 1].text if index + 1 < end else ""
    left_below, tab, _ = below.partition("\t")
    left_below = left_below.strip()
    wrapped = None
    if below[:1].islower() and (tab or len(below) <= 30):
        wrapped = heading(f"{label} {left_below}")
    row_above = index > 0 and rows[index - 1].text.strip()
    row_below = wrapped is None and tab and not below[:1].isspace()
    if (row_above or row_below) and not in_section_table(rows, index, end, heading):
        return None  # a row of a table
    text_line = Line(beside, row.line, row.page)
    if wrapped is not None:
        if leads_in(*wrapped, current):
            return None
        section = new_section(f"{label} {left_below}", wrapped[0], row)
        section["body"].append(text_line)
        section["wrapped"] = True
        return section
    decided = decision_heading(label)
    if decided:
        return decision_section(label, decided, row, text_line)
    known = heading(label)
    if known is None or leads_in(*known, current):
        return None
    section = new_section(label, known[0], row)
    section["body"].append(text_line)
    return section


def in_section_table(rows: list[Line], index: int, end: int, heading) -> bool:
    """Whether a row is one of a table's rows that each hold a section, its known heading
    in the left cell and its text, or nothing, in the right ("Sagsfremstilling<TAB>..." /
    "Økonomi og finansiering<TAB>..." / "Beslutning<TAB>Godkendt.": a Word table with a
    row per section, no blank between them). A table of dates or figures ("Høring<TAB>
    april 2025" / "Anlæg<TAB>2026") has other labels, a figure first or no sentence."""
    if not section_row(rows[index].text, heading):
        return False  # the quick case: a table's row with a label of its own
    first = index
    while first > 0 and rows[first - 1].text.strip():
        first -= 1
    last = index
    while last + 1 < end and rows[last + 1].text.strip():
        last += 1
    texts = [row.text for row in rows[first : last + 1]]
    return (
        len(texts) > 1
        and all(section_row(text, heading) for text in texts)
        and any(text.partition("\t")[2].strip()[-1:] in (".", "!", ":") for text in texts)
    )


def section_row(text: str, heading) -> bool:
    """Whether a row is a known heading beside one cell of text (a letter first) or none:
    an empty cell leaves the heading alone on its row (the parser reads rows without the
    tab at their end, see as_classified)."""
    label, _, beside = text.partition("\t")
    label, beside = label.strip(), beside.strip()
    if "\t" in beside or (beside and not beside[:1].isalpha()):
        return False
    return bool(heading(label) or decision_heading(label))


def decided_unnumbered(sections: list[dict]) -> bool:
    """Whether the item's headings so far, none of them numbered, include its decision: a
    numbered heading below it ("2. Baggrund", "4. Økonomi") is a chapter of a report pasted
    in after the decision, not a section of the item."""
    return any(s["canonical"] == "Beslutning" for s in sections) and not any(
        s["heading"][:1].isdigit() for s in sections
    )


def numbered_heading(text, rows, index, end, heading, current, apart) -> tuple[str, bool] | None:
    """The known heading a numbered line stands for ("5. Økonomiske konsekvenser", "1.0
    Sagsfremstilling"), when the line stands as a heading does: apart from the text above,
    or going on from the numbered heading above (a PDF's text copied without blank rows),
    with text below it rather than the next entry of a numbered list, and not in a list of
    attachments ("2. Økonomi"). With no text below, it is an empty section when it goes on
    from a numbered heading above."""
    numbered = NUMBERED_HEADING.match(text)
    if not numbered or (current is not None and current["canonical"] == "Bilag"):
        return None
    known = heading(numbered["head"])
    if not known or leads_in(*known, current):
        return None
    going_on = goes_on(numbered["number"], current)
    if not apart and not (
        (going_on or opens_outline(numbered["number"], rows, index, end, heading, current))
        and ends_text(rows[index - 1].text, numbered["number"])
    ):
        return None
    below = next_filled(rows, index)
    if below is None or below >= end:
        return None
    if not numbered_line(rows[below].text):
        return known
    if going_on and below > index + 1:
        return known
    # Emptied, directly above the next heading of the outline ("4.0 Miljø- og klimamæssige
    # konsekvenser" / "5.0 Beslutning ..."), rather than above a numbered list's next entry.
    following = NUMBERED_HEADING.match(rows[below].text.strip())
    return (
        known
        if going_on
        and following
        and outline(following["number"]) > outline(numbered["number"])
        and (heading(following["head"]) or decision_heading(following["head"]))
        else None
    )


def opens_outline(number: str, rows, index, end, heading, current) -> bool:
    """Whether a heading numbered first ("1. Resume"), before any section of the item, opens
    the item's numbered sections when no blank rows set them apart: the next numbered known
    heading below it in the item is the next number ("2. Beslutningspunkter"). Not after a
    lead-in ("Sagen berører:" / "1. Økonomi"), the start of a list."""
    place = outline(number)
    if current is not None or place[-1:] != (1,) or rows[index - 1].text.rstrip()[-1:] == ":":
        return False
    for below in range(index + 1, end):
        text = rows[below].text.strip()
        numbered = NUMBERED_HEADING.match(text) if text[:1].isdigit() else None
        if numbered and heading(numbered["head"]):
            return outline(numbered["number"]) == (*place[:-1], 2)
    return False


def goes_on(number: str, current: dict | None) -> bool:
    """Whether a heading numbered ``number`` follows the current section's numbered heading
    in the outline ("2.0 Indstilling" after "1.0 Sagsfremstilling")."""
    above = NUMBERED_HEADING.match(current["heading"]) if current is not None else None
    return above is not None and outline(above["number"]) < outline(number)


def numbered_decision(text, rows, index, end, current, apart) -> re.Match | None:
    """The decision heading an outline-numbered line holds ("5.0 Beslutning i Byrådet den
    4. marts 2025"), standing apart or going on from the numbered heading above it, with
    the decision below it."""
    numbered = NUMBERED_HEADING.match(text)
    if not numbered or not (apart or goes_on(numbered["number"], current)):
        return None
    below = next_filled(rows, index)
    if below is None or below >= end:
        return None
    return DECISION_HEADING.match(numbered["head"])


def ends_text(above: str, number: str) -> bool:
    """Whether the row above a numbered heading ends the text before it, rather than being
    the entry of a numbered list the line goes on ("1. Ny sti" / "2. Økonomi"); an entry
    numbered before it in the outline ("1.2 Trafiksikkerhed" / "2.0 Indstilling") ends it,
    and so does a sentence wrapped before a date ("3. maj til den 28. juni 2024, og ...")."""
    entry = LIST_ENTRY.match(above)
    if entry and not DATE_WORD.match(entry["rest"]):
        return False
    numbered = NUMBERED_HEADING.match(above)
    return (
        numbered is None
        or DATE_WORD.match(numbered["head"]) is not None
        or outline(numbered["number"]) < outline(number)
    )


def numbered_line(text: str) -> bool:
    """Whether a line is a numbered list's entry ("2. Bygningshøjden", "a) ...") or opens
    with an outline number ("2.1 Parkering")."""
    return bool(LIST_ENTRY.match(text) or NUMBERED_HEADING.match(text))


def leads_in(canonical: str, synonym: bool, current: dict | None) -> bool:
    """Whether a synonym, or a near miss of one, is the lead-in of the section it stands
    in: "Administrationen indstiller, at:" under "Indstilling" opens its text. Under a
    decision that names its sitting ("Beslutning i Børne- og Ungeudvalget den 3. marts
    2025"), "Udvalgets beslutning" heads the next sitting's decision."""
    return (
        synonym
        and current is not None
        and current["canonical"] == canonical
        and not (current.get("decision_body") or current.get("decision_date"))
    )


def new_section(text: str, canonical: str, row: Line, resembles: str | None = None) -> dict:
    """A section under a heading; ``resembles`` is the known heading a near miss is near."""
    return {
        "heading": text,
        "canonical": canonical,
        "row": row,
        "body": [],
        "resembles": resembles,
    }


def decision_section(heading: str, decided: re.Match, row: Line, text: Line | None = None) -> dict:
    section = new_section(heading, "Beslutning", row)
    section["decision_body"] = decision_body(decided)
    section["decision_date"] = decided["date"]
    dated = DATE_RE.fullmatch(decided["date"]) if decided["date"] else None
    section["decision_iso"] = to_iso(dated) if dated else None
    if text is not None:
        section["body"].append(text)
    return section


def freeze(section: dict, listing: list[int]) -> Section:
    """The section as the model's record; ``listing`` are the line numbers of the rows that
    may hold a list's entry (may_list): a section's text comes from its heading's row and
    the rows below it, so one with none between them and its last line has no lists."""
    row = section["row"]
    body = tuple(section["body"])
    listed = bisect_left(listing, row.line)
    return Section(
        section["heading"],
        section["canonical"],
        row.line,
        row.page,
        body,
        numbered_lists(body)
        if body and listed < len(listing) and listing[listed] <= body[-1].line
        else (),
        section["resembles"],
    )


def last_line(rows: list[Line], heading: int, end: int) -> int:
    for index in range(end - 1, heading, -1):
        if rows[index].text.strip():
            return rows[index].line
    return rows[heading].line


def own_decision(
    sections: list[dict], preamble: list[Line], meeting: Meeting, vocabulary: Vocabulary
) -> tuple[Decision | None, tuple[Decision, ...], list[Absence], list[Line], list[HistoryEntry]]:
    """The item's own decision, and all the decisions of this meeting: the "Beslutning"
    sections (one per body when several bodies decide; never another body's earlier
    decision), the own one naming this meeting's body, else the last; without a heading,
    a closing decision phrase such as "Orientering givet." at the end of the last section
    or of the text before the first. With them, the absences and attachment file names
    noted under their headings, which are not the decisions' text, and the decisions
    made earlier (another body's, or this body's before a postponement) as the case's
    history."""
    headed = [
        section
        for section, after in zip(sections, [*sections[1:], None], strict=False)
        if section["canonical"] == "Beslutning" and not over_decisions(section, after)
    ]
    if headed:
        # "Beslutning i Økonomiudvalget den 10-04-2024" in the Byråd's minutes of 17-04:
        # another body's earlier decision, printed for the record; so is this body's own
        # beside its later one. (This body's only heading with an earlier date is a stale
        # date, which RL502 reports.)
        recorded = under_history(sections, meeting)
        current = [
            s
            for s in headed
            if not decided_elsewhere(s, meeting)
            and not superseded(s, headed)
            and id(s) not in recorded
        ]
        earlier = [
            earlier_decision(s) for s in headed if s not in current and s.get("decision_body")
        ]
        if not current:
            return None, (), [], [], earlier
        chosen = current[-1]
        for section in current:
            if same_body(section.get("decision_body"), meeting.body):
                chosen = section
        absences: list[Absence] = []
        files: list[Line] = []
        decisions = tuple(headed_decision(section, absences, files) for section in current)
        return decisions[current.index(chosen)], decisions, absences, files, earlier
    for section in reversed(sections):
        if section["canonical"] in AFTER_DECISION:
            continue
        decision = closing_decision(section["body"], vocabulary)
        break
    else:  # No section before it: "Lukket punkt / Godkendt." below the title.
        decision = closing_decision(preamble, vocabulary)
    return decision, () if decision is None else (decision,), [], [], []


def under_history(sections: list[dict], meeting: Meeting) -> set[int]:
    """The ids of the decision sections of an earlier meeting standing right under an empty
    history heading: "Tidligere beslutning" over "Beslutning i Teknik- og Miljøudvalget den
    3. marts 2026 / Sagen blev udsat." (Skive) is the record of the postponement, not a
    stale date, whatever heading the item's own decision has."""
    recorded: set[int] = set()
    history = False  # in the run of sections under an empty history heading
    for section in sections:
        if section["canonical"] in HISTORY_SECTIONS:
            history = not section["body"]
        elif history and section["canonical"] == "Beslutning":
            if not earlier(section.get("decision_iso"), meeting.date):
                history = False
            else:
                recorded.add(id(section))
        else:
            history = False
    return recorded


def earlier_decision(section: dict) -> HistoryEntry:
    """A decision made before this meeting, printed in the item for the record, as an
    entry of the case's history: "Beslutning i Økonomiudvalget den 10-04-2024 / Anbefales."."""
    row = section["row"]
    return HistoryEntry(
        section.get("decision_iso"),
        section.get("decision_date") or "",
        section["decision_body"],
        " ".join(line.text for line in section["body"]),
        row.line,
        row.page,
    )


def headed_decision(section: dict, absences: list[Absence], files: list[Line]) -> Decision:
    """The decision under a "Beslutning" heading; the absences and file names noted under
    it go to ``absences`` and ``files``."""
    text_lines: list[Line] = []
    for line in section["body"]:
        noted = absences_in(line)
        if noted is not None:
            absences.extend(noted)
        elif "." in line.text[-5:] and FILE_NAME.match(line.text):  # ".pdf", ".docx" last
            files.append(line)
        else:
            text_lines.append(line)
    row = section["row"]
    return Decision(
        " ".join(line.text for line in text_lines),
        row.line,
        row.page,
        section["heading"],
        section.get("decision_body"),
        section.get("decision_iso"),
        section.get("decision_date"),
        tuple(text_lines),
    )


def closing_decision(lines: list[Line], vocabulary: Vocabulary) -> Decision | None:
    """A decision phrase written without a heading ("Orientering givet.") that ends the
    lines, taken out of them."""
    if lines and vocabulary.is_decision_phrase(lines[-1].text):
        line = lines.pop()
        return Decision(line.text, line.line, line.page, None, lines=(line,))
    return None


def over_decisions(section: dict, after: dict | None) -> bool:
    """Whether a bare "Beslutning" heading with nothing under it stands over decisions that
    name their body ("Økonomiudvalget den 16. september 2024:", "Kommunalbestyrelsen den
    30. september 2024:"): a heading over them, no decision of its own."""
    return (
        not section["body"]
        and not section.get("decision_body")
        and after is not None
        and after["canonical"] == "Beslutning"
        and after.get("decision_body") is not None
    )


def decided_elsewhere(section: dict, meeting: Meeting) -> bool:
    """Whether a decision heading names another body and a date before this meeting."""
    body = section.get("decision_body")
    return bool(
        body and meeting.body and not is_meeting_body(body, meeting.body)
        and earlier(section.get("decision_iso"), meeting.date)
    )  # fmt: skip


def superseded(section: dict, headed: list[dict]) -> bool:
    """Whether the same body decides the item again at a later date, above or below it:
    "Beslutning i Børne- og Ungeudvalget den 03-11-2025 / Udsat." beside the decision of
    01-12-2025 is the record of a postponement, not a stale date, whether the history is
    printed oldest or newest first (another body's decision beside it at a joint meeting
    is its own)."""
    body, date = section.get("decision_body"), section.get("decision_iso")
    return bool(date) and any(
        earlier(date, other.get("decision_iso"))
        and (
            same_body(body, other.get("decision_body"))
            or (body is None and other.get("decision_body") is None)
        )
        for other in headed
    )


def is_meeting_body(body: str | None, meeting_body: str | None) -> bool:
    """Whether ``body`` is the meeting's body, or one of the bodies a joint meeting names
    ("Social- og Sundhedsudvalget" in "Fællesmøde mellem Børne- og Uddannelsesudvalget og
    Social- og Sundhedsudvalget"): the name stands whole in it beside another body's. A
    body named generically ("Udvalgets beslutning" in the Erhvervs- og Planudvalget's
    minutes) is the meeting's own body of that kind."""
    if not body or not meeting_body:
        return False
    if same_body(body, meeting_body):
        return True
    named, name = meeting_body.casefold(), body.casefold()
    if name in GENERIC_BODIES and named.endswith(name):
        return True
    at = named.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or named[at - 1] == " ") and (end == len(named) or named[end] in " ,")
        if whole and JOINT_BODY.search(named[:at] + named[end:]):
            return True
        at = named.find(name, at + 1)
    return False


def absences_in(line: Line) -> list[Absence] | None:
    """The absences a line notes, or None when it is no absence line ("Afbud: Ingen" is
    one, noting nobody)."""
    text = line.text
    match = ABSENCE_LINE.match(text) if ":" in text else None
    if match:
        return noted_absences(match["mark"], match["names"], line.line, line.page)
    left = LEFT_OUT.match(text) if " ikke " in text or " fravær" in text else None
    # "Godkendt. Per Holm deltog ikke i mødet." is the decision, with a remark after it.
    if left and first_sentence(left["names"]) == left["names"]:
        return noted_absences(left["mark"], left["names"], line.line, line.page)
    return None


def closing_absence_notes(sections: list[dict]) -> list[Absence]:
    """The absences noted at the end of an item ("Fraværende: Birgit Munk (F)") below a
    last section that is no decision (one is missing, or written without a heading), taken
    out of that section's text: a note on the item, not the section's text."""
    if not sections or sections[-1]["canonical"] == "Beslutning":
        return []
    body = sections[-1]["body"]
    notes: list[Absence] = []
    while body and (noted := ABSENCE_LINE.match(body[-1].text)):
        line = body.pop()
        notes[:0] = noted_absences(noted["mark"], noted["names"], line.line, line.page)
    return notes


def unheaded_text(preamble: list[Line]) -> tuple[Line, ...]:
    """The lines under no heading that are text, not the item's header: its status ("Åben
    sag", "Lukket punkt", "Sagen behandles for lukkede døre."), case or archive number, a
    field ("Sagsbehandler: Per Sand", "Sagsgang: Økonomiudvalget, Byrådet") or an absence
    note. Text has three words or more."""
    return tuple(line for line in preamble if is_text(line))


def is_text(line: Line) -> bool:
    text = line.text
    words = text.split()
    if len(words) < 3 or sum(any(map(str.isalpha, word)) for word in words) < 3:
        return False
    # "Lukket punkt - personsag", not "Personalesag vedrørende afskedigelse af ...".
    if (CLOSED_MARK.match(text) and len(words) <= 5) or closure_note(text):
        return False
    if text.startswith(CASE_LABELS) and CASE_NUMBER.match(text):
        return False
    field = INLINE_HEADING.match(text) if ":" in text[:64] else None
    # "Bemærkning: Medarbejderen er afskediget." is a sentence under a label.
    if field and not (text[-1] in ".!?" and len(field["rest"].split()) >= 3):
        return False
    return absences_in(line) is None


def closure_note(text: str) -> bool:
    folded = text.casefold()
    return any(cue in folded for cue in CLOSURE_CUES) and bool(CLOSURE_NOTE.search(text))


def history_of(section: dict) -> list[HistoryEntry]:
    entries: list[HistoryEntry] = []
    current: dict | None = None
    for line in section["body"]:
        text = line.text
        match = HISTORY_ENTRY.match(text)
        if match is None and (text[-1] == ":" or ": " in text):
            match = SITTING_ENTRY.match(text)
        if match:
            if current:
                entries.append(history_entry(current))
            status = match.groupdict().get("status")
            current = {"match": match, "line": line, "status": [status] if status else []}
        elif current is not None:
            current["status"].append(line.text)
    if current:
        entries.append(history_entry(current))
    return entries


def history_entry(current: dict) -> HistoryEntry:
    match, line = current["match"], current["line"]
    return HistoryEntry(
        to_iso(match),
        match["date"],
        match["body"].strip(),
        " ".join(current["status"]),
        line.line,
        line.page,
    )


def case_route(
    sections: list[dict], known: tuple[str, ...] = ()
) -> tuple[str | None, int | None, tuple[str, ...]]:
    """Bodies and case type from "Sagsgang og sagstype": bodies name a committee or
    council (or a body ``known`` names); the last line that does not is the case type."""
    route = next((s for s in sections if s["canonical"] == "Sagsgang og sagstype"), None)
    if route is None:
        return None, None, ()
    bodies: list[str] = []
    case_type: Line | None = None
    for line in route["body"]:
        text = line.text
        if not names_body(text, known):
            case_type = line
        elif "," in text or "." in text or "og" in text.casefold():  # where BODY_SPLIT may split
            bodies.extend(part.strip(" .") for part in BODY_SPLIT.split(text) if part.strip())
        else:
            bodies.append(text.strip(" ."))
    if case_type is None:
        return None, None, tuple(bodies)
    return case_type.text, case_type.line, tuple(bodies)


def numbered_lists(body: tuple[Line, ...]) -> tuple[NumberedList, ...]:
    """Numbered entries grouped into lists: a list of one style ("1.", "a)", "1]")
    continues across paragraphs and nested lists of another style, and a new one starts
    at 1 (or a). Rows of a table whose first column is headed "Nr" count as a list."""
    if not body:
        return ()
    lists: list[tuple[str, list[ListEntry]]] = []
    open_lists: dict[str, list[ListEntry]] = {}
    in_numbered_table = False
    for line in body:
        text = line.text
        if "\t" in text and TABLE_NUMBER_HEADER.match(text):
            in_numbered_table = True
            open_lists["table"] = []
            lists.append(("table", open_lists["table"]))
            continue
        row = TABLE_ROW.match(text) if in_numbered_table else None
        if row:
            entry = ListEntry(int(row["label"]), row["label"], line.line, line.page)
            open_lists["table"].append(entry)
            continue
        in_numbered_table = in_numbered_table and "\t" in text
        first = text[:1]
        if not (first.isdigit() or first.isspace() or text[1:2] in ".)]"):
            continue  # cheap test before the regex: list entries start "1.", "a)", " 2]"
        match = LIST_ENTRY.match(text)
        if not match or (DATE_WORD.match(match["rest"]) and not NAMED.match(match["rest"])):
            continue  # a date ("2. juni 2026"), not an entry; "2. Jan Hansen (A)" is one
        label = match["label"]
        number = int(label) if label.isdigit() else ord(label) - ord("a") + 1
        style = ("1" if label.isdigit() else "a") + match["delim"]
        if number == 1 or style not in open_lists:
            open_lists[style] = []
            lists.append((style, open_lists[style]))
        open_lists[style].append(ListEntry(number, label + match["delim"], line.line, line.page))
    if not lists:
        return ()
    return tuple(NumberedList(style, tuple(entries)) for style, entries in lists if entries)
