"""RL501 weekday-date-mismatch, RL502 stale-date, RL503 absence-mismatch,
RL504 unknown-body, RL505 missing-meeting-date: facts about the meeting that must agree."""

import datetime
import re

from referatlint import regex
from referatlint.parse.content import is_meeting_body
from referatlint.parse.dates import (
    MONTHS,
    TITLE_DATE_RE,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_DATE_RE,
    WEEKDAYS,
    full_weekday,
    long_date,
    long_span,
    shared_year,
    to_iso,
    weekday_name,
    written_like,
)
from referatlint.parse.header import FIELD, FIELDS, name_key, same_body
from referatlint.parse.model import item_order
from referatlint.rule import Option, Rule
from referatlint.rules.common import (
    HEAD,
    example,
    item,
    lowered,
    metadata,
    ordinary_items,
    positions,
    quoted,
    vocabulary,
)
from referatlint.text import Msg, enumeration

WEEKDAY = Msg(
    "»{written}« passer ikke: {date} er en {actual}.",
    "“{written}” does not fit: {date_en} is a {actual_en}.",
)
WEEKDAY_FIX = Msg(
    "Ret ugedagen til »{actual}«, eller ret datoen.",
    "Change the weekday to “{actual}”, or correct the date.",
)
ENGLISH_DAYS = dict(
    zip(
        WEEKDAYS,
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        strict=True,
    )
)
WEEKDAY_STEMS = tuple(day.removesuffix("dag") for day in WEEKDAYS)
# Each abbreviation ("tirs.") with its word as the vocabulary holds it.
ABBREVIATION_WORDS = tuple((short, short[:-1].encode()) for short in WEEKDAY_ABBREVIATIONS)


def weekday_starts(low: str, shortened=()) -> list[int]:
    """Offsets where a weekday name begins in the lower-case text: every weekday ends in
    "dag", and finding that literal is far quicker than scanning for the seven names.
    Then where one of the ``shortened`` ("tirs.") does."""
    starts = []
    for at in positions(low, "dag"):
        if low.endswith(WEEKDAY_STEMS, 0, at):  # most are "dagsorden", "dagtilbud" ...
            stem = next(stem for stem in WEEKDAY_STEMS if low.endswith(stem, 0, at))
            start = at - len(stem)
            if start == 0 or not low[start - 1].isalpha():
                starts.append(start)
    for short in shortened:
        starts.extend(at for at in positions(low, short) if at == 0 or not low[at - 1].isalpha())
    return sorted(starts)


DATE_ARTICLE = regex.compile(r"^(?:den|d\.) ", re.I)  # "den 12. marts 2025": the date itself
NEAR_MEETING = 200  # days: a date without a year lies this close to the meeting


def without_year(match, text: str, meeting: datetime.date | None) -> str | None:
    """For "torsdag den 12. marts" without a year: the date it most likely is, when the
    weekday fits none of the dates it may be (in the meeting's year or a neighbouring
    one, no further than NEAR_MEETING days from the meeting); else None."""
    if (
        meeting is None
        or not match["d2"]
        or match["y2"]
        or text[match.end() : match.end() + 1].isalpha()
    ):
        return None
    month, day = MONTHS[match["m2"].lower()], int(match["d2"])
    candidates = []
    for year in (meeting.year - 1, meeting.year, meeting.year + 1):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if abs((candidate - meeting).days) <= NEAR_MEETING:
            candidates.append(candidate)
    written = full_weekday(match["weekday"])
    if not candidates or any(weekday_name(c.isoformat()) == written for c in candidates):
        return None
    return min(candidates, key=lambda c: abs((c - meeting).days)).isoformat()


def check_weekday(document, context):
    """Every weekday written with a full date, the meeting date first among them; and
    with a date without a year, read in the years around the meeting."""
    text = document.text
    meeting = document.meeting.date
    meeting_day = datetime.date.fromisoformat(meeting) if meeting else None
    # Only the abbreviations whose word the text has at all: one scan of the text each.
    known = vocabulary(document, context)
    shortened = [short for short, word in ABBREVIATION_WORDS if word in known]
    for start in weekday_starts(lowered(document, context), shortened):
        match = WEEKDAY_DATE_RE.match(text, start)
        if match is None:
            continue
        iso = to_iso(match)
        date = DATE_ARTICLE.sub("", match.group(0)[len(match["weekday"]) :].strip(" ,"))
        if iso is None and match["d2"]:
            # "torsdag den 28. august og fredag den 29. august 2025": the year comes later.
            year = shared_year(text, match.end(), MONTHS[match["m2"].lower()])
            if year and (iso := to_iso(match, year)):
                date = long_date(iso)
        if iso is None:
            iso = without_year(match, text, meeting_day)
            if iso is None:
                continue
            date = long_date(iso)
        actual = weekday_name(iso)
        if full_weekday(match["weekday"]) != actual:
            line, column = document.locate(start)
            values = {"written": match.group(0), "date": date, "actual": actual}
            # A date in Danish words is written the English way in the English message.
            date_en = long_date(iso, english=True) if match["d2"] else date
            yield context.report(
                WEEKDAY.format(**values, date_en=date_en, actual_en=ENGLISH_DAYS[actual]),
                line,
                column,
                fix=WEEKDAY_FIX.format(actual=actual),
            )


# "Godkendelse af dagsorden til mødet den 4. oktober", "Orienteringer til møde i
# Socialudvalget 7. januar 2025": standing items that name the meeting they belong to.
# "Godkendelse af referat fra mødet den 4. oktober" names the previous meeting: fine.
MEETING_REFERENCE = regex.compile(
    r"\b(?:til|på|for) (?:mødet|møde)\b|^godkendelse af dagsorden", re.I
)
EARLIER_MEETING = regex.compile(r"\b(?:referat|protokol|sidste|forrige|tidligere|flyttet)", re.I)
# "herunder dagsorden til Byrådets møde den 24. april": a meeting of the body named.
OWNED_MEETING = regex.compile(r"\b(?P<owner>[A-ZÆØÅ][\w-]*?)s møde\b")
STALE_TITLE = Msg(
    "Titlen nævner {written}, men mødet er {meeting}.",
    "The title names {written}, but the meeting is on {meeting_en}.",
)
STALE_DECISION = Msg(
    "Beslutningen er dateret {written}, men mødet er {meeting}.",
    "The decision is dated {written}, but the meeting is on {meeting_en}.",
)
# The fix gives the date as it is to be typed into the Danish document, also in English:
# in the document's own form where it can ("02-10-2023"), else in Danish words.
STALE_FIX = Msg(
    "Ret datoen til mødets dato ({meeting}); teksten er nok kopieret fra et tidligere møde.",
    "Change the date to the meeting's (“{meeting}”); the text was probably copied from an "
    "earlier meeting.",
)
# A meeting over several days: the message names them all ("4.-5. november 2025").
STALE_FIX_DAYS = Msg(
    "Ret datoen til en af mødets dage ({meeting}); teksten er nok kopieret fra et tidligere møde.",
    "Change the date to one of the meeting's days (“{meeting}”); the text was probably copied "
    "from an earlier meeting.",
)


# "den 4.-5. november 2024": a meeting of two days, its first day written alone.
RANGE_START = regex.compile(r"(?<![\d.])(?P<day>\d{1,2})\.?\s*[-–]\s*$")
# "30. oktober - 1. november 2024": two dates joined by a dash.
RANGE_JOIN = regex.compile(r"\s*[-–]\s*")


def has_year(match) -> bool:
    return bool(match["y1"] or match["y2"] or match["y3"] or match["y4"] or match["y5"])


def title_dates(title: str, year: int):
    """(written, first, last, has_year) for each date or range of dates in a title, with
    ISO dates; a date without a year is read in ``year``."""
    matches = [
        (m, iso) for m in TITLE_DATE_RE.finditer(title) if (iso := to_iso(m, default_year=year))
    ]
    skip = False
    for index, (match, iso) in enumerate(matches):
        following = matches[index + 1] if index + 1 < len(matches) else None
        if skip:
            skip = False
            continue
        start, first, last, dated = match.start(), iso, iso, has_year(match)
        end = match.end()
        alone = RANGE_START.search(title, 0, start)
        if following and RANGE_JOIN.fullmatch(title, end, following[0].start()):
            later, last, end = following[0], following[1], following[0].end()
            dated, skip = has_year(later), True
            if not has_year(match):  # "30. december - 2. januar 2025"
                first = f"{last[:4]}{first[4:]}"
                if first > last:
                    first = f"{int(last[:4]) - 1:04d}{first[4:]}"
        elif alone and (match["d1"] or match["d2"]) and int(alone["day"]) < int(iso[8:]):
            start, first = alone.start(), f"{iso[:8]}{int(alone['day']):02d}"
        yield title[start:end], first, last, dated


def covers(first: str, last: str, meeting_iso: str, dated: bool) -> bool:
    """Whether the meeting's date lies from ``first`` to ``last``; without a year, by
    month and day (a range over the new year wraps round)."""
    if dated:
        return first <= meeting_iso <= last
    first, last, day = first[5:], last[5:], meeting_iso[5:]
    return first <= day <= last if first <= last else day >= first or day <= last


def days_of(meeting) -> list[str]:
    """The ISO dates the meeting lasts: one, or each day to its last."""
    first = datetime.date.fromisoformat(meeting.date)
    last = datetime.date.fromisoformat(meeting.last_date or meeting.date)
    return [
        (first + datetime.timedelta(days)).isoformat() for days in range((last - first).days + 1)
    ]


def names_this_meeting(title: str, meeting) -> bool:
    """Whether a standing item's title names the meeting it belongs to (not an earlier
    one, nor another body's)."""
    if not MEETING_REFERENCE.search(title) or EARLIER_MEETING.search(title):
        return False
    owned = OWNED_MEETING.search(title)
    return not (owned and meeting.body and not same_body(owned["owner"], meeting.body))


def check_stale(document, context):
    meeting = document.meeting
    if meeting.date is None:
        return
    year = int(meeting.date[:4])
    meeting_days = days_of(meeting)
    shown = long_span(meeting.date, meeting.last_date)
    shown_en = long_span(meeting.date, meeting.last_date, english=True)
    fix = (STALE_FIX_DAYS if meeting.last_date else STALE_FIX).format(meeting=shown)
    for agenda_item in document.items:
        title = agenda_item.title
        if context.profile.is_standard_item(agenda_item) and names_this_meeting(title, meeting):
            for written, first, last, dated in title_dates(title, year):
                if not any(covers(first, last, day, dated) for day in meeting_days):
                    yield context.report(
                        STALE_TITLE.format(written=written, meeting=shown, meeting_en=shown_en),
                        agenda_item.line,
                        item=agenda_item,
                        fix=typed_fix(written, meeting, fix),
                    )
        if document.kind != "referat":
            continue  # in an agenda, the decisions are earlier meetings'
        for decision in agenda_item.decisions:
            if not decision.date or decision.date in meeting_days:
                continue
            # One of this meeting's bodies: the meeting's own, or one of a joint meeting's.
            if (
                not decision.body
                or not meeting.body
                or is_meeting_body(decision.body, meeting.body)
            ):
                yield context.report(
                    STALE_DECISION.format(
                        written=decision.date_text, meeting=shown, meeting_en=shown_en
                    ),
                    decision.line,
                    item=agenda_item,
                    fix=typed_fix(decision.date_text, meeting, fix),
                )


def typed_fix(written: str, meeting, fix: Msg) -> Msg:
    """The fix with the meeting's date as ``written`` writes its own: "04-09-2023" is to be
    typed over as "02-10-2023"; ``fix`` (the date in words) where it cannot be."""
    typed = not meeting.last_date and written_like(written, meeting.date)
    return STALE_FIX.format(meeting=typed) if typed else fix


ABSENT_SIGNS = Msg(
    "{name} er meldt fraværende, men står under »{heading}«.",
    "{name} is noted absent but is listed under “{heading}”.",
)
PRESENT_NOT_SIGNED = Msg(
    "{name} deltog i mødet, men står ikke under »{heading}«.",
    "{name} attended the meeting but is not listed under “{heading}”.",
)
ITEM_OMITS = Msg(
    "{name} er meldt fraværende i mødets deltagerliste, men ikke i punktets fraværsnote.{instead}",
    "{name} is absent according to the participants, but not in the item's absence note."
    "{instead_en}",
)
# The other half of the mismatch, when the note names someone the participants do not.
NOTE_NAMES_INSTEAD = Msg(
    " Noten nævner i stedet {names}, som ikke er meldt fraværende i deltagerlisten.",
    " The note names {names_en} instead, who is not absent according to the participants.",
)
ITEM_ONLY = Msg(
    "{name} er meldt fraværende i alle punkterne, men ikke i mødets deltagerliste.",
    "{name} is absent in every item but not in the meeting's participants.",
)
LISTED_AS_PRESENT = Msg(
    "{name} står både under »{present}« og under »{absent}«.",
    "{name} is listed both under “{present}” and under “{absent}”.",
)
ABSENCE_FIX = Msg(
    "Ret fraværet, så deltagerlisten, punkterne og underskrifterne siger det samme.",
    "Make the participants, the items and the signatures agree on who was absent.",
)


# "Afbud: Lars Qvist", "Fraværende: ...", "Lars Qvist deltog ikke i mødet": the meeting.
# "Jens Kjær deltog ikke i behandlingen af punktet", "... var fraværende under punktet":
# this item only (an item may note both).
MEETING_MARKS = ("afbud", "fravær")
ONE_ITEM = regex.compile(r"\b(?:behandling|punkt|sag(?:en|ens)\b|inhabil)", re.I)


def for_meeting(absence) -> bool:
    """Whether an item's absence note is about the whole meeting, not this item only."""
    mark = absence.mark
    return mark.casefold().startswith(MEETING_MARKS) or not ONE_ITEM.search(mark)


def present_list(label: str, present_lists: set[str]) -> bool:
    """Whether a participant list's label is one of ``present_lists`` (folded), alone or
    naming a body at a joint meeting: "Til stede fra Klimaudvalget" is a "Til stede" list."""
    folded = label.casefold()
    return folded in present_lists or folded.partition(" fra ")[0] in present_lists


# An item on a member leaving the body at this meeting: "Udtræden af kommunalbestyrelsen -
# Karsten Pedersen (V)", "Anmodning om fritagelse for hvervet som byrådsmedlem".
LEAVES_BODY = ("udtræden", "udtrædelse", "fritagelse for hverv", "fritagelse fra hverv")


def left_the_body(document) -> dict[str, int]:
    """The members who left the body at this meeting (folded name: the line of the decided
    item on it): from the next item on they are no members to note as absent."""
    left: dict[str, int] = {}
    for agenda_item in document.items:
        title = agenda_item.title.casefold()
        if not any(cue in title for cue in LEAVES_BODY):
            continue
        if agenda_item.withdrawn or agenda_item.decision is None or not agenda_item.decision.text:
            continue
        texts = (title, *(line.text for s in agenda_item.sections for line in s.body))
        named = " ".join(" ".join(texts).casefold().split())
        for absence in document.meeting.absences:
            key = name_key(absence.name)
            if key and key in named:
                left.setdefault(key, agenda_item.line)
    return left


def present_at(key: str, agenda_item, movements) -> bool:
    """Whether the member came before or at the item, or left at or after it, by the notes
    of who came and went (at the item itself either is read as present: "under punkt 3")."""
    at = item_order(agenda_item.number)
    if at is None:
        return False
    for movement in movements:
        moved = item_order(movement.item)
        if moved is None or name_key(movement.name) != key:
            continue
        if (moved <= at) if movement.arrived else (moved >= at):
            return True
    return False


def check_absence(document, context):
    meeting = document.meeting
    absent = {name_key(a.name): a.name for a in meeting.absences}
    # Listed as present and, on a line of its own, as absent ("Fraværende: ..."). Many
    # municipalities list the whole body under "Deltagere:" or "Til stede:" too, so only
    # the labels the configuration names as lists of those present count.
    present_lists = {label.casefold().rstrip(":") for label in context.options["present_lists"]}
    absence_lines = {name_key(a.name): a for a in meeting.absences} if present_lists else {}
    # "Til stede: ..., Kirsten Bach (O) (afbud)": the list itself says the member is absent.
    marked_in_list = {(name_key(a.name), a.line) for a in meeting.absences}
    for person in meeting.participants:
        absence = absence_lines.get(name_key(person.name))
        if (
            absence is not None
            and absence.line != person.line
            and (name_key(person.name), person.line) not in marked_in_list
            and present_list(person.listed_under, present_lists)
        ):
            yield context.report(
                LISTED_AS_PRESENT.format(
                    name=person.name, present=person.listed_under, absent=absence.mark
                ),
                absence.line,
                item=None,
                fix=ABSENCE_FIX,
                subject=person.name,
            )
    present = {name_key(p.name): p for p in meeting.participants if not p.absent}
    # Each item's note of who was absent from the meeting, if it has one.
    notes = {
        agenda_item.line: [a for a in agenda_item.absences if for_meeting(a)]
        for agenda_item in document.items
    }
    noted_by = {line: {name_key(a.name) for a in noted} for line, noted in notes.items() if noted}
    # Who came and went during the meeting, and who left the body at it, explain a note that
    # differs from the participants.
    movements = [*meeting.movements, *(m for i in document.items for m in i.movements)]
    left = left_the_body(document) if noted_by else {}
    for agenda_item in document.items:
        noted = noted_by.get(agenda_item.line)
        if noted is None:
            continue
        others = [a.name for a in notes[agenda_item.line] if name_key(a.name) not in absent]
        instead = (
            NOTE_NAMES_INSTEAD.format(
                names=enumeration(others), names_en=enumeration(others, "and")
            )
            if others
            else None
        )
        for key, name in absent.items():
            if key in noted or left.get(key, agenda_item.line) < agenda_item.line:
                continue  # noted, or no longer a member
            if movements and present_at(key, agenda_item, movements):
                continue  # came later or left early: there at this item
            yield context.report(
                ITEM_OMITS.format(
                    name=name,
                    instead=instead.da if instead else "",
                    instead_en=instead.en if instead else "",
                ),
                notes[agenda_item.line][0].line,
                item=agenda_item,
                fix=ABSENCE_FIX,
                subject=name,  # one not in the note: its line cannot say who
            )
    # Absent in every item that could note it: an item without the note is evidence that
    # the member was there (a closed item printed without its text is no evidence).
    ordinary = [
        i for i in ordinary_items(document, context) if not i.closed or i.decision is not None
    ]
    if len(ordinary) >= 2 and all(i.line in noted_by for i in ordinary):
        everywhere = set.intersection(*(noted_by[i.line] for i in ordinary))
        # one who came late or left early is absent only from some items, whatever they are
        everywhere -= {name_key(movement.name) for movement in movements}
        for key in sorted(everywhere):
            if key in present:
                person = present[key]
                yield context.report(
                    ITEM_ONLY.format(name=person.name),
                    person.line,
                    item=None,
                    fix=ABSENCE_FIX,
                    subject=person.name,
                )
    for part in document.parts:
        if part.kind != "signatures":
            continue
        signed = {name_key(entry.text): entry for entry in part.entries}
        for key, entry in signed.items():
            if key in absent:
                yield context.report(
                    ABSENT_SIGNS.format(name=absent[key], heading=part.heading),
                    entry.line,
                    item=None,
                    fix=ABSENCE_FIX,
                    subject=absent[key],
                )
        for key, person in present.items():
            if key not in signed:
                yield context.report(
                    PRESENT_NOT_SIGNED.format(name=person.name, heading=part.heading),
                    part.line,
                    item=None,
                    fix=ABSENCE_FIX,
                    subject=person.name,  # every missing signature is at the heading
                )


UNKNOWN_BODY = Msg(
    "»{body}« står ikke på listen over kommunens udvalg og råd.",
    "“{body}” is not on the list of the municipality's committees and councils.",
)
UNKNOWN_NEAR_BODY = Msg(
    "»{body}« står ikke på listen over kommunens udvalg og råd; det ligner »{known}«.",
    "“{body}” is not on the list of the municipality's committees and councils; it resembles "
    "“{known}”.",
)
NEAR_BODY = Msg(
    "»{body}« ligner »{known}«, men er stavet forkert.",
    "“{body}” resembles “{known}” but is misspelt.",
)
BODY_FIX = Msg("Ret navnet til »{known}«.", "Change the name to “{known}”.")
# The list is the configuration's: whoever keeps it adds a body that really exists.
UNLISTED_FIX = Msg(
    " Er »{body}« et rigtigt udvalg eller råd, så bed den, der har sat referatlint op, om at "
    "tilføje det til listen.",
    " If “{body}” is a real committee or council, ask whoever set referatlint up to add it to "
    "the list.",
)
UNKNOWN_BODY_FIX = Msg(
    "Ret navnet til udvalgets eller rådets rigtige navn.",
    "Change the name to the committee's or council's right name.",
)


def body_mentions(document):
    for agenda_item in document.items:
        route = agenda_item.section("Sagsgang og sagstype")
        for body in agenda_item.bodies:
            written = [line.line for line in route.body if body in line.text] if route else []
            yield body, written[0] if written else agenda_item.line, agenda_item
        for entry in agenda_item.history:
            yield entry.body, entry.line, agenda_item
        for decision in agenda_item.decisions:
            if decision.body:
                yield decision.body, decision.line, agenda_item


def shared_start(one: str, other: str) -> int:
    """How many characters two strings share at the start."""
    count = 0
    for first, second in zip(one, other, strict=False):
        if first != second:
            break
        count += 1
    return count


def nearly(one: str, other: str) -> bool:
    """Two names that differ only by a small edit in one place ("socialudvalgt",
    "socialudvalget"), confirmed by a fuzzy match; the cheap test comes first."""
    prefix = shared_start(one, other)
    suffix = shared_start(one[::-1], other[::-1])
    if prefix + suffix < max(len(one), len(other)) - 2:
        return False
    from referatlint.fuzzy import similarity

    return similarity(one, other) >= 90


def definite_form(one: str, other: str) -> bool:
    """Whether one name is the other with the definite article Danish adds: "Økonomiudvalg"
    and "Økonomiudvalget", "Byråd" and "Byrådet", "Kommunalbestyrelse" and "-bestyrelsen"
    (a route lists "Økonomiudvalg, Byråd"; the decision names "Økonomiudvalget")."""
    short, long = sorted((one, other), key=len)
    return long.startswith(short) and long[len(short) :] in ("et", "en", "n")


def check_bodies(document, context):
    """Against the profile's list of bodies when it has one; otherwise against the names
    the document itself uses most, so that only misspellings of those are reported."""
    mentions = list(body_mentions(document))
    listed = context.profile.bodies
    if listed:
        known = {body.casefold() for body in listed}
        for body, line, agenda_item in mentions:
            if body.casefold() in known:
                continue
            from referatlint.fuzzy import closest

            best = closest(body, listed, cutoff=80)
            if best:
                message, fix = UNKNOWN_NEAR_BODY, BODY_FIX
            else:
                message, fix = UNKNOWN_BODY, UNKNOWN_BODY_FIX
            unlisted = UNLISTED_FIX.format(body=body)
            fix = fix.format(known=best)
            yield context.report(
                message.format(body=body, known=best),
                line,
                item=agenda_item,
                fix=Msg(fix.da + unlisted.da, fix.en + unlisted.en),
                subject=body,  # a body not named in the route is reported at the heading
            )
        return
    counts: dict[str, int] = {}
    for body, _, _ in mentions:
        counts[body.casefold()] = counts.get(body.casefold(), 0) + 1
    if document.meeting.body:
        key = document.meeting.body.casefold()
        counts[key] = counts.get(key, 0) + 2
    spelled = {body.casefold(): body for body, _, _ in mentions}
    if document.meeting.body:
        spelled.setdefault(document.meeting.body.casefold(), document.meeting.body)
    resembled: dict[str, str | None] = {}  # a name -> the commoner name it nearly is
    for body, line, agenda_item in mentions:
        key = body.casefold()
        if key not in resembled:
            resembled[key] = next(
                (
                    other
                    for other, count in counts.items()
                    if other != key
                    and count > counts[key]
                    and not definite_form(key, other)
                    and nearly(key, other)
                ),
                None,
            )
        if resembled[key] is not None:
            yield context.report(
                NEAR_BODY.format(body=body, known=spelled[resembled[key]]),
                line,
                item=agenda_item,
                fix=BODY_FIX.format(known=spelled[resembled[key]]),
                subject=body,
            )


NO_DATE = Msg(
    "Dokumentet har ingen mødedato: der står ingen dato øverst i dokumentet (før punkterne).",
    "The document has no meeting date: there is no date at the top of the document (before "
    "the items).",
)
NO_DATE_FIX = Msg(
    "Skriv mødets dato øverst i dokumentet (før punkterne), fx »Mødedato: Mandag den 3. marts "
    "2025«.",
    "Write the meeting's date at the top of the document (before the items), e.g. “Mødedato: "
    "Mandag den 3. marts 2025”.",
)


EMPTY_DATE_FIELD = Msg(
    "Feltet »{label}« er ikke udfyldt.",
    "The field “{label}” is not filled in.",
)
UNDATED_DATE_FIELD = Msg(
    "Feltet »{label}« er ikke udfyldt med en dato (der står »{value}«).",
    "The field “{label}” is not filled in with a date (it says “{value}”).",
)
# The field already carries its label: the example is what to type after it.
DATE_FIELD_FIX = Msg(
    "Skriv mødets dato i feltet, fx »Mandag den 3. marts 2025«.",
    "Write the meeting's date in the field, e.g. “Mandag den 3. marts 2025”.",
)
# On a scanned page the text is machine-read (RL907): »20l7« may stand for a true 2017.
OCR_DATE_FIX = Msg(
    "Siden er scannet, og teksten er maskinlæst (RL907): står der en dato i scanningen, er "
    "»{value}« en læsefejl i den maskinlæste tekst, og der er intet at rette i dokumentet.",
    "The page is scanned and its text machine-read (RL907): if the scan shows a date, "
    "“{value}” is a reading error in the machine-read text, and there is nothing to correct "
    "in the document.",
)


def unfilled_date_field(document):
    """(line, field match) of the header's date field where the document has items but no
    meeting date: the field is empty or holds a template's "Klik eller tryk for at angive en
    dato."; None where there is no such field."""
    if not (document.items and document.meeting.date is None and document.lines):
        return None
    first_item = document.items[0].line
    for text_line in document.lines:
        if text_line.line >= first_item:
            break
        field = FIELD.match(text_line.text.strip())
        if field and FIELDS[field["key"].casefold()] == "date":
            return text_line, field
    return None


def check_meeting_date(document, context):
    if not (document.items and document.meeting.date is None and document.lines):
        return
    # A date field in the header without a date is what to fill in.
    unfilled = unfilled_date_field(document)
    if unfilled is None:
        yield context.report(NO_DATE, 1, whole_file=True, fix=NO_DATE_FIX)
        return
    text_line, field = unfilled
    label, value = field["key"], field["value"]
    message = UNDATED_DATE_FIELD if value else EMPTY_DATE_FIELD
    column = text_line.text.index(value) + 1 if value else 1
    scanned = metadata(document, context).get("pdf.ocr_pages", "").split(",")
    on_scan = value and str(text_line.page) in scanned
    yield context.report(
        message.format(label=label, value=quoted(value)),
        text_line.line,
        column,
        item=None,
        fix=OCR_DATE_FIX.format(value=quoted(value)) if on_scan else DATE_FIELD_FIX,
    )


def with_participants(participants: str) -> str:
    return HEAD + f"Mødedeltagere {participants}\n\n"


RULES = (
    Rule(
        code="RL501",
        name="weekday-date-mismatch",
        severity="error",
        title=Msg("Ugedag og dato passer ikke sammen", "Weekday does not match date"),
        what=Msg(
            "En ugedag skrevet foran en dato (»Mandag d. 2. november 2021«) er ikke den "
            "ugedag, datoen falder på. Mødedatoen og alle andre datoer med ugedag tjekkes. Et "
            "årstal skrevet én gang efter flere datoer (»torsdag den 28. august og fredag den "
            "29. august 2025«) gælder dem alle. En anden dato uden årstal (»torsdag den 12. "
            "marts«) læses i mødets år og årene før og efter, så langt som ca. 200 dage fra "
            "mødet, og meldes kun, når ugedagen ikke passer med nogen af dem; uden mødedato "
            "tjekkes den ikke.",
            "A weekday written before a date is not the weekday of that date; the meeting date "
            "and every other date with a weekday are checked. A year written once after "
            "several dates (“torsdag den 28. august og fredag den 29. august 2025”) belongs to "
            "them all. Another date without a year is read in the meeting's year and the "
            "years before and after, up to about 200 days from the meeting, and reported only "
            "when the weekday fits none of them; without a meeting date it is not checked.",
        ),
        why=Msg(
            "En forkert ugedag gør det uklart, hvornår mødet var, og er et typisk tegn på en "
            "skabelon, der er kopieret fra et tidligere møde.",
            "A wrong weekday makes the meeting date unclear and is a typical sign of a copied "
            "template.",
        ),
        bad=example(
            item(1, "Beslutning om nye vedtægter"),
            head=HEAD.replace("Mandag d. 01.", "Tirsdag d. 01."),
        ),
        good=example(item(1, "Beslutning om nye vedtægter")),
        check=check_weekday,
    ),
    Rule(
        code="RL502",
        name="stale-date",
        severity="warning",
        title=Msg("Forældet dato", "Stale date"),
        what=Msg(
            "En dato, der skulle være mødets dato, er en anden: i titler på faste punkter "
            "(»Godkendelse af dagsorden til mødet den 4. oktober« i novemberreferatet, også med "
            "tocifret årstal: »den 4/10-21«) og i "
            "beslutningsoverskrifter (»Beslutning i Socialudvalget den 06-02-2020« i "
            "januarreferatet; på et fællesmøde hvert af udvalgenes). Et møde over flere dage "
            "(»mødet den 4.-5. november 2024«) passer, når mødedatoen ligger i perioden, og når mødedatoen i hovedet går over "
            "flere dage (»4.-5. november 2025«, »mandag d. 3. marts kl. 9 – tirsdag d. 4. "
            "marts kl. 15«), passer hver af dagene, og fundet nævner dem alle.",
            "A date that should be the meeting's date is another one: in titles of standing "
            "items (also with a two-digit year: “den 4/10-21”) and in decision headings (at a "
            "joint meeting, each committee's). A meeting "
            "of several days (“den 4.-5. november”) fits when the meeting date lies within it; "
            "when the header's meeting date runs "
            "over several days (“4.-5. november 2025”), each of them fits, and the finding "
            "names them all.",
        ),
        why=Msg(
            "Datoen er næsten altid kopieret fra et tidligere møde og ikke rettet.",
            "The date was almost always copied from an earlier meeting and not updated.",
        ),
        bad=example(item(1, "Godkendelse af dagsorden til mødet den 4. oktober 2021", "")),
        good=example(item(1, "Godkendelse af dagsorden til mødet den 1. november 2021", "")),
        check=check_stale,
    ),
    Rule(
        code="RL503",
        name="absence-mismatch",
        severity="warning",
        title=Msg("Fravær stemmer ikke overens", "Absences disagree"),
        what=Msg(
            "Fravær skal stå ens i deltagerlisten (»Lars Qvist (Afbud)«, »Fraværende:«), i "
            "punkternes fraværsnoter (»Afbud: Lars Qvist«) og i underskrifterne.\n"
            "- Meldes: en fraværende, der skriver under; en deltager, der mangler blandt "
            "underskrifterne; et punkt, der udelader en fraværende; et fravær, som hvert "
            "almindeligt punkt nævner, men deltagerlisten ikke har.\n"
            "- Meldes også: et medlem, der står både på en liste over de tilstedeværende (fx "
            "»Deltagere«; hvilke lister, siger indstillingen »present_lists«) og under "
            "»Fraværende:«.\n"
            "- En note om ét punkt (»Jens Kjær deltog ikke i behandlingen af punktet«) er "
            "ikke fravær fra mødet.\n"
            "- Et medlem, der kom eller gik undervejs (»Bemærkninger: Jens Ove Nielsen (A) "
            "forlod mødet efter punkt 3«, »Lone Ravn (V) deltog fra punkt 4«), eller som "
            "udtrådte ved et tidligere punkt på mødet (»Udtræden af kommunalbestyrelsen - "
            "Karsten Pedersen (V)«, besluttet), skal ikke stå i fraværsnoten for de punkter, "
            "det ikke var med i.\n"
            "- Navne sammenlignes uden partibogstav og hverv: »Formand Lene Thorsen« og "
            "»Lene Thorsen (V), næstformand« er samme person.",
            "Absences must agree between the participants list (“Lars Qvist (Afbud)”, "
            "“Fraværende:”), the items' absence notes (“Afbud: Lars Qvist”) and the "
            "signatures.\n"
            "- Reported: an absent member who signs; a participant missing from the "
            "signatures; an item that leaves out an absent member; an absence every ordinary "
            "item names but the participants list does not.\n"
            "- Also reported: a member listed both under a list of those present (such as "
            "“Deltagere”; which lists, the setting “present_lists” says) and under "
            "“Fraværende:”.\n"
            "- A note about one item (“Jens Kjær deltog ikke i behandlingen af punktet”) is "
            "no absence from the meeting.\n"
            "- A member who came or went during the meeting (“Bemærkninger: Jens Ove Nielsen "
            "(A) forlod mødet efter punkt 3”, “Lone Ravn (V) deltog fra punkt 4”) or left "
            "the body at an earlier item of the meeting (“Udtræden af kommunalbestyrelsen - "
            "Karsten Pedersen (V)”, decided) need not be in the absence notes of the items "
            "they were not there for.\n"
            "- Names are compared without party letter and office: “Formand Lene Thorsen” "
            "and “Lene Thorsen (V), næstformand” are the same person.",
        ),
        why=Msg(
            "Fraværet afgør, hvem der har deltaget i beslutningerne; det skal stå ens overalt.",
            "Absences decide who took part in the decisions; they must agree everywhere.",
        ),
        bad=example(
            item(1, "Beslutning om nye vedtægter", decision="Godkendt.\n\nAfbud: Lars Qvist"),
            "Underskrifter\n\nJakob Villadsen\n\nLars Qvist\n",
            head=with_participants("Jakob Villadsen, Lars Qvist (Afbud)"),
        ),
        good=example(
            item(1, "Beslutning om nye vedtægter", decision="Godkendt.\n\nAfbud: Lars Qvist"),
            "Underskrifter\n\nJakob Villadsen\n",
            head=with_participants("Jakob Villadsen, Lars Qvist (Afbud)"),
        ),
        check=check_absence,
        options=(
            Option(
                "present_lists",
                [],
                Msg(
                    "Overskrifter på deltagerlister, der kun nævner de tilstedeværende "
                    "(fx »Deltagere«, »Til stede«): et medlem, der også står under "
                    "»Fraværende:« eller »Afbud:«, meldes; »Til stede« gælder også et fællesmødes "
                    "»Til stede fra Klimaudvalget«. Tom som standard, fordi mange kommuner også "
                    "skriver de fraværende under »Deltagere:« og »Til stede:«.",
                    "Labels of participant lists that name only those present (such as "
                    "“Deltagere”, “Til stede”): a member also listed under “Fraværende:” or "
                    "“Afbud:” is reported; “Til stede” covers a joint meeting's “Til stede fra "
                    "Klimaudvalget” too. Empty by default, since many municipalities list the "
                    "absent under “Deltagere:” and “Til stede:” too.",
                ),
            ),
        ),
    ),
    Rule(
        code="RL504",
        name="unknown-body",
        severity="warning",
        title=Msg("Ukendt udvalg", "Unknown body"),
        what=Msg(
            "Et udvalg under »Sagsgang og sagstype«, i »Sagens forløb« eller i »Beslutning i "
            "<udvalg>« er ikke blandt de udvalg og råd, profilen nævner (»bodies«). Nævner "
            "profilen ingen, meldes kun navne, der ligner et navn, dokumentet selv bruger "
            "oftere (»Socialudvalgt« ved siden af »Socialudvalget«; »Socialudvalg« uden "
            "bestemt form er samme navn).",
            "A body named in the case route, the case history or a decision heading is not "
            "among the bodies the profile lists; without a list, only near misses of a name "
            "the document uses more often are reported.",
        ),
        why=Msg(
            "Et forkert udvalgsnavn (»Socialudvalgt«) ser sjusket ud og kan sende sagen til "
            "det forkerte sted.",
            "A wrong body name looks careless and may route the case wrongly.",
        ),
        bad=example(
            item(
                1,
                "Beslutning om nye vedtægter",
                "Sagsgang og sagstype\n\nSocialudvalgt\n\nBeslutningssag\n\n",
            )
        ),
        good=example(
            item(
                1,
                "Beslutning om nye vedtægter",
                "Sagsgang og sagstype\n\nSocialudvalget\n\nBeslutningssag\n\n",
            )
        ),
        check=check_bodies,
    ),
    Rule(
        code="RL505",
        name="missing-meeting-date",
        severity="warning",
        title=Msg("Mødedato mangler", "Meeting date missing"),
        what=Msg(
            "Dokumentet har punkter, men ingen mødedato øverst i dokumentet, før dem "
            "(»Mødedato: …«, »Mandag den 3. marts 2025 kl. 16.00«, »Referat Socialudvalget d. "
            "01-11-2021«). Står der øverst et datofelt, der ikke er udfyldt, peger fundet på "
            "det felt. Er en PDF-fils første side scannet (RL801), gælder datoen i det "
            "sidehoved, der står på de fleste sider, hvis det har netop én dato.",
            "The document has items but no meeting date at its top, before them. Where the top "
            "has a date field that is not filled in, the finding points at that field. Where a "
            "PDF's first page is a scan (RL801), the date in the running header on most pages "
            "counts, if it has exactly one.",
        ),
        why=Msg(
            "Uden dato ved læseren ikke, hvilket møde dokumentet hører til, og en dato i en "
            "skabelon, der ikke er udfyldt, er let at overse. Ugedage og datoer i punkterne kan "
            "heller ikke tjekkes mod mødet (RL501, RL502).",
            "Without a date the reader cannot tell which meeting the document belongs to, and "
            "an unfilled date field is easy to miss; weekdays and dates in the items cannot be "
            "checked against the meeting either (RL501, RL502).",
        ),
        bad=example(
            item(1, "Beslutning om nye vedtægter"),
            head="REFERAT Socialudvalget\n\nMødedato [Vælg dato]\n\nMødested Rådhuset\n\n",
        ),
        good=example(item(1, "Beslutning om nye vedtægter")),
        check=check_meeting_date,
    ),
)
