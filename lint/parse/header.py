"""The meeting header: body, date, weekday, times, place and participants, from the
lines before the table of contents (or the first item)."""

import datetime
import functools
import re
from collections.abc import Container

from referatlint import regex
from referatlint.parse.dates import DATE_RE, WEEKDAY_DATE_RE, to_iso
from referatlint.parse.model import Absence, Line, Meeting, Movement, Participant
from referatlint.records import record
from referatlint.regex import Lazy

# "Dagsorden og referat" is one label (one document for both, Vallensbæk): "og referat"
# is no body.
LABEL = regex.compile(
    r"^(?P<label>REFERAT|Referat|DAGSORDEN(?: OG (?:REFERAT|BESLUTNINGSPROTOKOL))?"
    r"|Dagsorden(?: og (?:[Rr]eferat|[Bb]eslutningsprotokol))?|BESLUTNINGSPROTOKOL"
    r"|Beslutningsprotokol|Mødereferat|Protokol)\b[\s:]*(?P<rest>.*?)\s*$"
)
# The labels of a list of the absent, in the header and in an item's absence note. The
# whole label names the absence: "Fraværende med afbud: Jens Ole Kristensen (O)".
ABSENCE_LABELS = (
    *("fraværende", "fraværende med afbud", "fraværende uden afbud"),
    *("afbud", "afbud fra", "meldt afbud"),
)
# The groups a MED committee or a joint body lists its members in, each a list of its own
# ("Ledelsesrepræsentanter:", then one member on each line, then "Medarbejderrepræsentanter:").
# "Fra ledelsen" only with its colon: "Fra ledelsen deltog ..." is a sentence.
MEMBER_GROUPS = (
    *("ledelsesrepræsentanter", "lederrepræsentanter", "medarbejderrepræsentanter"),
    *("arbejdsgiverrepræsentanter", "arbejdsgiversiden", "medarbejdersiden"),
    *("fra ledelsen:", "fra medarbejderne:", "fra arbejdsgiversiden:", "fra medarbejdersiden:"),
)
FIELDS = {
    "mødedato": "date",
    "dato": "date",
    "mødetidspunkt": "time",
    "mødetid": "time",
    "klokkeslæt": "time",
    "tidspunkt": "time",
    "tid": "time",
    "starttidspunkt": "start",
    "mødestart": "start",
    "start": "start",  # "Start kl.: 16:00": the value is "kl.: 16:00"
    "sluttidspunkt": "end",
    "mødeslut": "end",
    "slut": "end",  # "Slut kl.: 18:30"
    "mødested": "place",
    "sted": "place",
    "lokale": "place",
    # "Mødelokale: Mødelokale 1, Rådhuset" (Sorø), with its colon: "Mødelokale 1, Rådhuset"
    # alone is the room, a place without a label.
    "mødelokale:": "place",
    "mødedeltagere": "participants",
    "deltagere": "participants",
    "medlemmer": "participants",
    "til stede": "participants",
    "deltog:": "participants",  # with its colon: after "Deltog ikke:" come the absent
    **dict.fromkeys(MEMBER_GROUPS, "participants"),
    **dict.fromkeys(ABSENCE_LABELS, "absent"),
    # A substitute takes an absent member's seat: a participant, not an absence.
    "stedfortræder": "substitutes",
    "stedfortrædere": "substitutes",
    "udvalg": "body",
    "møde": "label",
    "bemærkninger": "remarks",
}
FIELD = regex.compile(
    r"^(?P<key>" + "|".join(sorted(FIELDS, key=len, reverse=True)) + r")(?:\s*:\s*|\t+|\s+|$)"
    r"(?P<value>.*?)\s*$",
    re.IGNORECASE,
)
BODY_CUE = regex.compile(
    r"udvalg|byråd|kommunalbestyrelse|borgerrepræsentation|regionsråd|\bråd(?:et)?\b"
    r"|bestyrelse|direktion",
    re.IGNORECASE,
)
# A body named by a word of its own kind at the end of a compound: "Handicaprådet",
# "Beredskabskommissionen", "Klagenævnet", "Magistraten" (folded).
BODY_WORD = regex.compile(r"(?:råd|kommission|nævn|magistrat)(?:et|en)?$")
# Small words inside a body's name: "Klagenævnet for Specialundervisning".
NAME_LINKS = frozenset(("og", "for", "i", "af", "under", "til"))
NAME_WORDS = 6  # a body's name has at most this many words
# "Kommunalbestyrelsen - budgetseminar (temamøde)": the body's name, then what meeting.
SUBTITLE = regex.compile(r"\s+[-–]\s+")
# "Faxe Kommune", or in capitals as a letterhead writes it: "FAXE KOMMUNE".
MUNICIPALITY = regex.compile(r"^(?P<name>[A-ZÆØÅ][\w-]+(?: [\w-]+)?) (?:Kommune|KOMMUNE)$")
# A municipality named in the genitive, as three are officially ("Københavns Kommune",
# "Nordfyns Kommune", "Vesthimmerlands Kommune"): a place word and an "s". "Randers",
# "Horsens", "Assens" and "Stevns" end in no place word.
GENITIVE_PLACE = regex.compile(r"(?:havn|fyn|land|borg|sund|bjerg)s$")
# A dash that joins the body's name to the title before it: "Dagsorden – Kultur- og
# Fritidsudvalget".
LEADING_DASH = regex.compile(r"^[-–—]\s+")
TERM = regex.compile(r"\s+\d{4}-\d{4}$")
LABEL_FILLER = regex.compile(
    r"^(?:fra|for|af)\s+(?:(?:det\s+)?(?:ordinære\s+)?møde[t]?\s+)?(?:i|for)?\s*", re.I
)
# "Byrådets møde onsdag": the body owns the meeting; its name is the owner without "s".
MEETING_OF = Lazy(r"^(?P<owner>[A-ZÆØÅ].*?)s\s+(?:(?:ordinære|ekstraordinære)\s+)?møde\b")
MEETING_NUMBER = regex.compile(r"^(?P<number>\d{1,3}-\d{2})\s+")
TIME = regex.compile(r"(?<![\d.])(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?::\d\d)?(?![\d])")
TIME_RANGE = regex.compile(
    r"(?P<start>\d{1,2}[.:]\d\d)\s*(?:-|–|til)\s*(?P<end>\d{1,2}[.:]\d\d)(?![\d])"
)
ABSENCE_MARK = regex.compile(
    r"\s*[(\[](?P<mark>afbud|fraværende|fravær|syg|forfald|deltog ikke|ikke til stede)[)\]]"
    r"|\s+[-–]\s*(?P<mark2>afbud|fraværende)$",
    re.IGNORECASE,
)
PEOPLE = ("participants", "absent", "substitutes")  # the fields that list members
# A list of members labelled after a wide gap on its row ("Mødedato:  Onsdag den 14. maj
# 2025       Medlemmer:  Jens Ejner Christensen (V)"): a front page in two columns, as
# pdftotext -layout writes it, the rows of both side by side.
RIGHT_COLUMN_LIST = regex.compile(
    r"\S {6,}(?=(?i:"
    + "|".join(sorted((k.rstrip(":") for k, v in FIELDS.items() if v in PEOPLE), key=len)[::-1])
    + r")\b[^:]{0,40}:)"
)
COLUMN_GAP = regex.compile(r" {3,}(?=\S)")
# How far left of the leftmost label a right column's text may begin: pdftotext aligns the
# labels' colons, so a longer label ("Fraværende:") starts further left than "Medlemmer:".
COLUMN_SLACK = 12
NAME_COLUMN = frozenset(("navn", "medlem", "medlemmer", "deltager", "deltagere"))  # headers
# The other columns of a table of the members, by their heading: "Medlem<TAB>Parti<TAB>Fremmøde".
MEMBER_COLUMNS = {
    "parti": "party",
    **dict.fromkeys(("fremmøde", "fremmødt", "status", "deltagelse", "til stede"), "status"),
}
# A status column's word for a member who came; a word for one who did not is an absence mark
# ("Afbud", "Deltog ikke"). A member with any other status ("Stedfortræder") is left out.
PRESENT_STATUS = frozenset(("til stede", "deltog", "mødt", "fremmødt", "ja", "x", "✓", "✔"))
# Not inside "Social- og Seniorudvalget": a hyphen before "og" shares the word's ending.
NAME_SPLIT = regex.compile(r"\s*[,;]\s*|(?<!-)\s+og\s+")  # ";" between members (Ærø)
NOBODY = Lazy(r"^\s*(?:ingen(?: afbud| fravær(?:ende)?)?|intet|[-–—])?\s*\.?\s*$", re.I)
IN_PLACE_OF = regex.compile(r"\s+(?:i\s+stedet\s+)?for\s")  # the member a substitute replaces
PARENTHESES = regex.compile(r"\([^)]*\)")
PARTY = regex.compile(r"\([A-ZÆØÅ]{1,2}\)")  # "(A)", "(SF)"
# A party letter or an organisation after a member's name: "(V)", "(DGI Midt- og
# Vestsjælland)", "(Greve Idrætsråd)"; not an office in lower case ("(formand)").
AFFILIATION = regex.compile(r"\([A-ZÆØÅ]")
# The marks a list entry opens with, as the readers write them ("• Lise Dam (A)").
BREADCRUMB_MARKS = "›>»"  # between the parts of a breadcrumb, spaces around them
BULLETS = frozenset("•·▪◦‣➢❖✓*-–")
NAME_PARTICLES = frozenset(("af", "de", "la", "le", "van", "von"))  # "Ulla de Neergaard"
MEMBER_LENGTH = 80
# A place without a label, on the line after a date without one: "Byrådssalen, Randers
# Rådhus, Laksetorvet 1", "Mødelokale 1, Rådhuset". Only a word naming a room or a town
# hall makes it the place; any other line there is the body, a time or the text.
PLACE_CUE = regex.compile(r"(?:sal(?:en)?|lokale[t]?|værelse[t]?|rådhus(?:et)?)\b", re.I)
PLACE_LENGTH = 100
# A header written as one sentence ("onsdag den 25. september 2024 kl. 18.00 / i
# Byrådssalen, Aarhus Rådhus") leads into the place with a preposition: no part of it.
PLACE_PREPOSITIONS = frozenset(("i", "på"))
# A member's office, written before the name ("Rådmand Karsten Mølgaard", "Formand Lene
# Thorsen (V)") or after it ("Jørgen Skov (A), formand", "Lene Thorsen - næstformand for
# udvalget"): no part of the name. "(formand)" goes with the parentheses. After the name
# without a comma or dash only in lower case: "Anders Formand" may be a surname.
ROLE = (
    r"(?:(?:1\.|2\.|3\.|første|anden|tredje|konstitueret|fungerende)\s+)?"
    r"(?:(?:næst|udvalgs|regionsråds)?formand|(?:vice|over)?borgmester|rådmand|rådkvinde"
    r"|(?:byråds|kommunalbestyrelses|regionsråds|udvalgs)?medlem)"
)
ROLE_BEFORE = regex.compile(rf"^(?i:{ROLE})[,:]?\s+(?=[A-ZÆØÅ])")
ROLE_AFTER = regex.compile(
    rf"(?:(?:\s*,|\s+[-–—])\s*(?i:{ROLE})|\s+{ROLE})(?:\s+(?:for|i|af)\s.*)?\.?$"
)
ROLE_ALONE = regex.compile(rf"^(?i:{ROLE})\b(?:\s+(?:for|i|af)\b.*)?$")
# "Byrådets medlemmer", "Alle medlemmer", "Samtlige medlemmer af udvalget": the members as a
# group, not a person.
COLLECTIVE = regex.compile(r"\b(?:medlem(?:mer|merne)?|alle|samtlige)\b", re.I)
# How a member holds the seat, after the name: "Tomas Breddam (A), formand, udpeget af
# Socialdemokratiet", "valgt af Byrådet", "direktør for Social og Sundhed": an office in lower
# case and a preposition, up to the next comma, with the party letter of a member it names
# ("stedfortræder for Lise Bech (O)"). An "og" inside it joins no other member ("udpeget af
# DH og Ældre Sagen"), unless a name with its party letter follows ("valgt af Byrådet og Ole
# Bo (A)": the list's last member).
MANDATE = regex.compile(
    r",\s*[a-zæøå][\w-]*\s+(?:af|for|fra)\s(?:(?!\sog\s[A-ZÆØÅ][^,;()]*\()[^,;()])*"
    r"(?:\([^()]*\))?"
)
# An office written as one word after an abbreviation: "Trine Weber, HR-chef", "IT-konsulent".
OFFICE_WORD = regex.compile(r"[A-ZÆØÅ]{2,}-[a-zæøå]+")


@record
class Field:
    """A header value, its line, the field's name as written ("Afbud", "MØDE"), and
    for a date found outside the fields, its match."""

    value: str
    line: int
    key: str = ""
    date: re.Match[str] | None = None


def one_column(rows: list[Line]) -> list[Line]:
    """The header's rows with a front page in two columns read as one: the left column's
    rows, then the right column's, each part keeping its row's line. The right column
    begins where a list of members is labelled after a wide gap (RIGHT_COLUMN_LIST), or a
    little left of it; a row's text that begins there after three spaces or more is the
    right column's, and a row without such a gap is the left column's alone."""
    labels = [found.end() for row in rows if (found := RIGHT_COLUMN_LIST.search(row.text))]
    if not labels:
        return rows
    edge = min(labels) - COLUMN_SLACK
    left, right = [], []
    for row in rows:
        split = next(
            (gap.end() for gap in COLUMN_GAP.finditer(row.text) if gap.end() >= edge), None
        )
        if split is None:
            left.append(row)
            continue
        left.append(row._replace(text=row.text[:split].rstrip()))
        right.append(row._replace(text=row.text[split:]))
    return left + right


def label_beside_middle(rows: list[Line]) -> list[Line]:
    """The header's rows with a list of members whose label a table centres beside its
    middle row ("<TAB>Ib Lauritsen (A)" / "Deltagere<TAB>Anne Mette Kjeldsen (V)" /
    "<TAB>Jens Kristian Boe (A)"): the names above the label follow it, as the rows
    below do, each keeping its line. Only names in the label's column of a table: rows
    with an empty first cell, right above the label, under a blank row."""
    moved = list(rows)
    for index, row in enumerate(rows):
        field = FIELD.match(row.text) if "\t" in row.text else None
        if field is None or FIELDS.get(field["key"].casefold()) not in PEOPLE:
            continue
        first = index
        while first and rows[first - 1].text.startswith("\t") and rows[first - 1].text.strip():
            first -= 1
        if first == index or (first and rows[first - 1].text.strip()):
            continue
        at = moved.index(row)
        above = moved[at - (index - first) : at]
        moved[at - len(above) : at + 1] = [row, *above]
    return moved


def clock(text: str) -> str | None:
    match = TIME.search(text)
    if not match:
        return None
    return f"{int(match['hour']):02d}:{match['minute']}"


def time_range(text: str) -> tuple[str | None, str | None] | None:
    """(start, end) of a range such as "15.00-17.30" or "15:00 til 17:30", if any."""
    span = TIME_RANGE.search(text)
    return (clock(span["start"]), clock(span["end"])) if span else None


def parse_header(
    rows: list[Line], running: Container[str] = frozenset(), bodies: tuple[str, ...] = ()
) -> tuple[Meeting, str | None]:
    """The meeting, and the label as written ("REFERAT", "Dagsorden", ...) if any.
    ``running`` holds the titles the later pages repeat at their top: on page 1 such a
    line ("Mariagerfjord Kommune Økonomiudvalget 13-03-2025") names the body only when
    no other line does. ``bodies`` are the names the configuration gives the
    municipality's bodies (folded): each is a body's name as the built-in cues are."""
    rows = label_beside_middle(one_column(rows))
    values: dict[str, Field] = {}
    label: str | None = None
    label_rest = ""
    body_line: str | None = None
    running_body: str | None = None  # a running title naming the body
    municipality: str | None = None
    member_lists: list[Field] = []  # a joint meeting's: "Børne- og Uddannelsesudvalget: ..."
    absent_lists: list[Field] = []  # "Afbud: ...", "Afbud fra Klimaudvalget: ..."
    titles: list[str] = []  # the lines that are no field, such as the meeting's title
    index = 0
    after_date = False  # on the line after a date without a label
    while index < len(rows):
        row = rows[index]
        text = row.text.strip()
        index += 1
        if not text:
            continue
        if after_date:
            after_date = False
            if (
                len(text) <= PLACE_LENGTH
                and PLACE_CUE.search(text)
                and not FIELD.match(text)
                and not DATE_RE.search(text)
            ):
                first, _, rest = text.partition(" ")
                place = rest if first in PLACE_PREPOSITIONS and rest else text
                values["loose place"] = Field(place, row.line)  # a "Mødested:" field wins
                continue
        labelled = LABEL.match(text)
        if labelled and label is None:
            label, label_rest = labelled["label"], labelled["rest"]
            dated = DATE_RE.search(label_rest)
            if dated:
                values["title date"] = Field(dated.group(0), row.line, date=dated)
            continue
        # A table of the members under its header row ("Medlem<TAB>Parti<TAB>Fremmøde").
        table = member_table(rows, index - 1) if "\t" in text and name_column(text) else None
        if table:
            table_members, index = table
            member_lists.extend(table_members)
            continue
        field = FIELD.match(text)
        named_in = "" if field or ":" not in text else " ".join((label_rest, *titles)).casefold()
        members = body_members(text, named_in, bodies) if named_in else None
        listed = listed_from(field) if field else None
        absent_from = None  # "Afbud fra Klimaudvalget: Kim Fogh (V)": that body's absent
        if listed:  # "Til stede fra Klimaudvalget: Lise Borup (A), ...": that body's members
            body, listed_under, names = listed
            present = FIELDS[field["key"].casefold()] == "participants"
            if members_of(body, " ".join((label_rest, *titles)).casefold(), bodies):
                if present:
                    members, field = (listed_under, names), None
                else:
                    absent_from = (listed_under, names)
            elif present:
                continue  # staff or guests ("Deltagere fra forvaltningen: ..."): no members
        if field or members:
            key, value = absent_from or (
                (field["key"], field["value"].strip()) if field else members
            )
            name = FIELDS[field["key"].casefold()] if field else "participants"
            table = member_table(rows, index, key) if name in PEOPLE and not value else None
            if table:  # "Medlemmer", "Afbud" or "Stedfortrædere", and a table below it
                listed_members, index = table
                if name == "participants":
                    member_lists.extend(listed_members)
                elif name == "absent":
                    absent_lists.extend(listed_members)
                else:
                    names = ", ".join(member.value for member in listed_members)
                    values.setdefault(name, Field(names, listed_members[0].line, key))
                continue
            if not value and (key.isupper() or (text[-1] == ":" and name not in PEOPLE)):
                # Field name alone on its line (UDVALG; "Mødedato:" as pdftotext writes the
                # label column, the value a block below): the value is the next text line,
                # unless that is a field or the label of its own (a field left empty).
                below = index
                while below < len(rows) and not rows[below].text.strip():
                    below += 1
                if below < len(rows) and (key.isupper() or not field_or_label(rows[below].text)):
                    value, row = rows[below].text.strip(), rows[below]
                    index = below + 1
            listed_below = name in PEOPLE and (not value or first_of_column(value, rows, index))
            if name == "participants" or listed_below:
                # Long participant lists wrap onto the following lines; a list that starts
                # below its field name ("Medlemmer:", "Afbud fra:"), or on its line with a
                # member alike on each line below, has a name on each line.
                one_per_line = listed_below
                # One paragraph per member (how a DOCX reads): a blank line before each name,
                # or after each from the first; or a list below a blank line (a web page's
                # <ul>, a Word paragraph of names with soft line breaks).
                spaced = one_per_line and not all(
                    rows[at].text.strip() for at in range(index, min(index + 2, len(rows)))
                )
                named_in = named_in or " ".join((label_rest, *titles)).casefold()
                while index < len(rows):
                    line = rows[index].text.strip()
                    if (
                        not line
                        and spaced
                        and (member_paragraph(rows, index + 1) or list_below(rows, index, value))
                    ):
                        index += 1
                        continue
                    if not line or FIELD.match(line) or body_members(line, named_in, bodies):
                        break
                    # A list that goes on as a table below its first member on the field's line
                    # ("Anne Berg<tab>A"): the name is the row's first cell (a table right below
                    # its field is member_table's).
                    if one_per_line:
                        entry = unbulleted(line)  # "•<TAB>Bo Libergren (V)": a web page's list
                        member = entry.split("\t")[0].strip()
                        if member.casefold() not in NAME_COLUMN:
                            if member != entry and not one_member(member):
                                break  # a field's row ("Referent<tab>Hans Holm"): no member
                            value = ", ".join(filter(None, (value, member)))
                    else:
                        value += " " + line
                    index += 1
            if members or key.casefold() in MEMBER_GROUPS:
                member_lists.append(Field(value, row.line, key))
            elif name == "absent":  # one field for each body of a joint meeting, say
                absent_lists.append(Field(value, row.line, key))
            else:
                values.setdefault(name, Field(value, row.line, key))
            continue
        dated = DATE_RE.search(text) if "loose date" not in values else None
        if dated:  # "Tirsdag den 2. april 2024 kl. 15"
            values["loose date"] = Field(text, row.line, date=WEEKDAY_DATE_RE.search(text) or dated)
            after_date = True
        titles.append(text)
        named = MUNICIPALITY.match(text)
        if named:
            name = named["name"]
            name = name.title() if name.isupper() else name
            municipality = name[:-1] if GENITIVE_PLACE.search(name) else name
        elif (
            body_line is None
            and len(text) < 80
            and names_body(text, bodies)
            and not breadcrumb(text)
        ):
            if text not in running:
                body_line = text
            elif running_body is None:
                running_body = text
    body_line = body_line or running_body
    if body_line:
        body_line = without_subtitle(LEADING_DASH.sub("", body_line), bodies)
    meeting = build_meeting(
        values, member_lists, absent_lists, label, label_rest, body_line, municipality
    )
    return meeting, label


def dated_by_running_header(meeting: Meeting, running_text: str) -> Meeting:
    """The meeting with the date of the running header that stands on most pages
    ("Tårnby Kommune · Kommunalbestyrelsen · 30.05.2023"), for a PDF whose first page,
    with the meeting's fields, is a scan: the one date the header prints, if it prints
    exactly one. It is on no line of the text (``date_line`` stays None)."""
    found = {iso: match for match in DATE_RE.finditer(running_text) if (iso := to_iso(match))}
    if len(found) != 1:
        return meeting
    ((date, match),) = found.items()
    return meeting._replace(date=date, date_text=match.group(0))


def build_meeting(
    values: dict[str, Field],
    member_lists: list[Field],
    absent_lists: list[Field],
    label: str | None,
    label_rest: str,
    body_line: str | None,
    municipality: str | None,
) -> Meeting:
    number = None
    body = values.get("body", Field("", 0)).value or None
    date = date_text = weekday = None
    date_line = None
    label_rest = LEADING_DASH.sub("", label_rest)
    if label_rest:
        title_date = values.get("title date")
        if title_date is not None:
            opening = first_day(title_date.date)
            label_rest = label_rest[: opening[0] if opening else title_date.date.start()]
        numbered = MEETING_NUMBER.match(label_rest)
        if numbered:
            number = numbered["number"]
            label_rest = label_rest[numbered.end() :]
        label_rest = re.sub(r"\s+(?:d\.|den)\s*$", "", label_rest).strip()
        label_rest = LABEL_FILLER.sub("", label_rest)
        owned = MEETING_OF.match(label_rest)
        named = owned["owner"] if owned else TERM.sub("", label_rest)
        # A body's name opens with a capital; "Referat af lokaludvalgsmøde" names the meeting.
        body = body or (named if named[:1].isupper() else None)
    if label is None and "label" in values:
        label = values["label"].value
    body = body or body_line

    start = end = last_date = None
    # The time field last: "Mødetidspunkt: 09.09.2024 15:15" may hold the date too, and its
    # clock is then the one after the date.
    for name in ("date", "start", "title date", "loose date", "time"):
        if name not in values:
            continue
        field = values[name]
        text = field.value
        match = field.date or WEEKDAY_DATE_RE.search(text) or DATE_RE.search(text)
        if match and date is None:
            date = to_iso(match)
            last_date = last_day(text, match.end(), date)
            weekday = match.groupdict().get("weekday")
            first = match.start("weekday") if weekday else match.start()
            opening = first_day(match)
            if opening and last_date is None:  # "4.-5. november 2025"
                first, date, last_date = opening[0], opening[1], date
            date_text = match.string[first : match.end()]
            date_line = field.line
        span = time_range(text)
        if span:
            start, end = span
        elif name in ("start", "time") or "kl" in text.casefold():
            start = start or clock(match.string[match.end() :] if match else text)
    if "end" in values:
        end = clock(values["end"].value.split(" ", 1)[-1]) or end
    if "remarks" in values and "slut" in values["remarks"].value.casefold():
        end = end or clock(values["remarks"].value)
    participants, absences = people(values, member_lists, absent_lists)
    remarks = values.get("remarks")
    return Meeting(
        municipality=municipality,
        body=body,
        label=label,
        number=number,
        date=date,
        last_date=last_date,
        date_text=date_text,
        weekday=weekday,
        date_line=date_line,
        start=start,
        end=end,
        place=next(
            (f.value for f in map(values.get, ("place", "loose place")) if f and f.value), None
        ),
        participants=participants,
        absences=absences,
        movements=tuple(movements_in(remarks.value, remarks.line)) if remarks else (),
    )


def field_or_label(text: str) -> bool:
    """Whether a header line is a field ("Mødested: ...") or the document's label ("Referat")."""
    return bool(FIELD.match(text) or LABEL.match(text))


def name_column(row: str) -> bool:
    """Whether a table's row opens with the heading of a column of names ("Medlem")."""
    return row.partition("\t")[0].strip().casefold() in NAME_COLUMN


def member_table(rows: list[Line], index: int, label: str = "") -> tuple[list[Field], int] | None:
    """The members a table lists, one on each row, and the index of the row after it: the
    table at ``index`` (blank rows skipped) under a header row naming a column of names and
    a party or status column ("Medlem<TAB>Parti<TAB>Fremmøde"), or any table whose rows
    open with a member's name under its list's ``label`` ("Medlemmer"). Each member is
    written as the text form writes it ("Lars Dahl (V) (Afbud)"), on its row's line, under
    the label, or without one, the column's heading. None when no such table stands there."""
    while index < len(rows) and not rows[index].text.strip():
        index += 1
    if index >= len(rows) or "\t" not in rows[index].text:
        return None
    heading = cells(rows[index].text)
    columns = table_columns(heading) if name_column(heading[0]) else None
    if not (label or columns):  # without a label, only a header row naming its columns
        return None
    if columns is not None:
        label, index = label or heading[0], index + 1
    members: list[Field] = []
    while index < len(rows) and "\t" in rows[index].text:
        row = cells(rows[index].text)
        name = unbulleted(row[0])
        if not one_member(name):
            break  # the next table ("Referent<TAB>Hans Holm")
        member = table_member(name, row, columns or {})
        if member:
            members.append(Field(member, rows[index].line, label))
        index += 1
    return (members, index) if members else None


def cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.split("\t")]


def table_columns(heading: list[str]) -> dict[str, int]:
    """Where a member table's header row has its party and status columns."""
    columns: dict[str, int] = {}
    for at, cell in enumerate(heading[1:], 1):
        kind = MEMBER_COLUMNS.get(cell.casefold().rstrip(":"))
        if kind:
            columns.setdefault(kind, at)
    return columns


def table_member(name: str, row: list[str], columns: dict[str, int]) -> str | None:
    """A member table's row as the text form writes the member: the name, the party's letter
    from the party column ("Venstre (V)", "V") and the absence in the status column ("Lars Dahl
    (V) (Afbud)"); without headings, the second cell's letter and any cell that holds an
    absence alone. None for a status neither present nor absent."""
    party_at = columns.get("party", 1)
    party = row[party_at] if party_at < len(row) else ""
    if "party" in columns and PARTY.fullmatch(f"({party})"):
        # The letter alone ("V") under the heading "Parti"; a cell without a heading may mean
        # anything ("X": present).
        party = f"({party})"
    letter = PARTY.search(party)
    if letter and not AFFILIATION.search(name):  # "Henrik Lund (formand)" has none yet
        name = f"{name} {letter.group(0)}"
    status_at = columns.get("status")
    statuses = row[1:] if status_at is None else row[status_at : status_at + 1]
    absent = next((cell for cell in statuses if ABSENCE_MARK.fullmatch(f"({cell})")), None)
    if absent:
        return f"{name} ({absent})"
    if status_at is None or (statuses and statuses[0].casefold() in PRESENT_STATUS):
        return name
    return None


def member_paragraph(rows: list[Line], index: int) -> bool:
    """Whether the row at ``index``, below a blank one, is a member's name as a paragraph of
    its own, alike the member above it ("Tina Lund (V), næstformand"): one line, the name's
    words in capitals, a party letter or an organisation if the member above has one."""
    if index >= len(rows) or (index + 1 < len(rows) and rows[index + 1].text.strip()):
        return False
    text = unbulleted(rows[index].text.strip())
    if not text or FIELD.match(text) or not one_member(text):
        return False
    above = rows[index - 2].text.strip()  # the member above, or the field's own line
    return bool(FIELD.match(above)) or alike(above, text)


def list_below(rows: list[Line], blank: int, listed: str) -> bool:
    """Whether a list of the members follows the blank row at ``blank`` right below its
    field: entries opening with a bullet ("Medlemmer:", blank, "• Kirsten Bonde (DH),
    formand", "• Lise Dam (A)" as a web page's list reads), or lines of members' names
    ("Til stede:", blank, "Marianne Kaas (A), formand", "Lene Friis (C)": a Word paragraph
    of names with soft line breaks; "Medlemmer:", blank, "Anne Schou (A), Lars Fuglsang (V)"
    as pdftotext writes a label and its value as blocks of their own)."""
    below = blank + 1
    if listed or below >= len(rows):
        return False
    text = rows[below].text.strip()
    if bulleted(text):
        return True
    names = split_names(text) if text and not FIELD.match(text) else None
    return bool(names) and all(map(one_member, names))


def bulleted(text: str) -> bool:
    """Whether a text is a list entry opening with a bullet ("• Lise Dam (A)")."""
    return len(text) > 2 and text[0] in BULLETS and text[1] in " \t"


def unbulleted(text: str) -> str:
    """A list entry's text without its bullet; other text as it is."""
    return text[2:].lstrip() if bulleted(text) else text


def alike(one: str, other: str) -> bool:
    """Whether two members are written alike: both with a party letter or an organisation
    in parentheses ("Anette Bonde (A)", "Hanne Sørensen (DGI)"), or neither."""
    return bool(AFFILIATION.search(one)) == bool(AFFILIATION.search(other))


def one_member(text: str) -> bool:
    """Whether a text is one member's name, with an office and party letter if any: two to
    five words in capitals ("Birgit Holm (A), næstformand"), not a list of names."""
    if len(text) > MEMBER_LENGTH:
        return False
    name = PARENTHESES.sub("", without_role(text))
    words = name.split()
    return (
        2 <= len(words) <= 5
        and "," not in name
        and all(w[0].isupper() or w in NAME_PARTICLES for w in words)
    )


def first_of_column(value: str, rows: list[Line], index: int) -> bool:
    """Whether a list's first member stands on the field's line and the others one on each
    line below it ("Medlemmer: Lars Dalgaard (V), formand" / "Birgit Holm (A)"), not a list
    wrapping onto the lines below: the field holds one member, and so does the line below
    (or the paragraph below, as a DOCX reads), alike it (both with a party letter or an
    organisation, or neither)."""
    if index >= len(rows) or not one_member(value):
        return False
    below = rows[index].text.strip()
    if not below:
        if not member_paragraph(rows, index + 1):
            return False
        below = rows[index + 1].text.strip()
    # A table's row: the member is its first cell; a label there ("Stedfortræder<TAB>Kim
    # Lauritzen (O)") is the next field's, no member.
    below = below.split("\t")[0]
    return ":" not in below and one_member(below) and alike(value, below)


def breadcrumb(text: str) -> bool:
    """Whether a line is a web page's path to itself ("Forside › Politik › Udvalg ›
    Børn- og Ungeudvalget"): navigation, that names no body however it ends."""
    return sum(text.count(f" {mark} ") for mark in BREADCRUMB_MARKS) >= 2


@functools.lru_cache(maxsize=4096)
def names_body(text: str, bodies: tuple[str, ...] = ()) -> bool:
    """Whether a line names a body: by a word such as "udvalg" or "byråd" in it, by a name
    ending in a word of a body's kind ("Handicaprådet", "Beredskabskommissionen - møde"),
    or by a name ``bodies`` (folded) gives. The answers are kept: the same names (of the
    bodies, of the members) recur in every document of a council."""
    if BODY_CUE.search(text):
        return True
    if bodies:
        folded = text.casefold()
        if any(body in folded for body in bodies):
            return True
    return body_name(SUBTITLE.split(text, maxsplit=1)[0])


def body_name(text: str) -> bool:
    """Whether a text is the name of a body of a council's or commission's kind:
    capitalised words, one of them ending in "råd", "kommission", "nævn" or "magistrat"
    ("Det Lokale Beskæftigelsesråd", "Klagenævnet for Specialundervisning"). A sentence
    that mentions one ("Mødet holdes sammen med Ældrerådet") is none."""
    words = text.split()
    return (
        0 < len(words) <= NAME_WORDS
        and all(word[0].isupper() or word in NAME_LINKS for word in words)
        and any(BODY_WORD.search(word.casefold()) for word in words)
    )


def without_subtitle(body: str, bodies: tuple[str, ...] = ()) -> str:
    """A body's name without what the line says about the meeting after a dash:
    "Kommunalbestyrelsen - budgetseminar (temamøde)" is Kommunalbestyrelsen. A line whose
    name comes after the dash ("Fællesmøde - Økonomiudvalget og ...") is kept whole."""
    if "-" not in body and "–" not in body:
        return body
    name = SUBTITLE.split(body, maxsplit=1)[0]
    return name if name != body and names_body(name, bodies) else body


def body_members(text: str, named_in: str, bodies: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(body, names) of a line listing the members of a body that the header names as
    holding the meeting ("Fællesmøde mellem Børne- og Uddannelsesudvalget og ..."), under
    the body's name: "Børne- og Uddannelsesudvalget:<TAB>Anne Worm (V), formand, Bent Skov
    (A)". A body the header does not name (a council of guests) lists no members."""
    body, colon, names = text.partition(":")
    body, names = body.strip(), names.strip()
    if not (colon and names and named_in) or len(body) > MEMBER_LENGTH:
        return None
    if body.casefold() not in named_in or not names_body(body, bodies):
        return None
    listed = split_names(names)  # the last name may go on, wrapped, on the line below
    return (body, names) if listed and all(map(one_member, listed[:-1] or listed)) else None


def listed_from(field: re.Match[str]) -> tuple[str, str, str] | None:
    """(whose, label, names) of a list of members or of the absent whose label says whose
    list it is, up to a colon: "Til stede fra Klimaudvalget: Lise Borup (A), formand" is
    ("Klimaudvalget", "Til stede fra Klimaudvalget", "Lise Borup (A), formand"), and "Afbud
    fra Klimaudvalget: Kim Fogh (V)" alike; the names may be on the lines below."""
    key, value = field["key"], field["value"]
    if FIELDS[key.casefold()] not in ("participants", "absent"):
        return None
    if value[:4].casefold() == "fra ":
        key, value = f"{key} fra", value[4:]
    elif key[-4:].casefold() != " fra":  # "Afbud fra" is a label of its own
        return None
    whose, colon, names = value.partition(":")
    if not colon:
        return None
    whose = whose.strip()
    return whose, f"{key} {whose}", names.strip()


def members_of(body: str, named_in: str, bodies: tuple[str, ...] = ()) -> bool:
    """Whether a list "Til stede fra <body>:" lists members of the meeting: ``body`` is a
    body that the header (``named_in``, folded) names as holding it, as for body_members()."""
    return len(body) <= MEMBER_LENGTH and body.casefold() in named_in and names_body(body, bodies)


def people(
    values: dict[str, Field], member_lists: list[Field], absent_lists: list[Field]
) -> tuple[tuple[Participant, ...], tuple[Absence, ...]]:
    participants: list[Participant] = []
    absences: list[Absence] = []
    for listed in ([values["participants"]] if "participants" in values else []) + member_lists:
        line, label = listed.line, listed.key.rstrip(":")
        for name in split_names(listed.value):
            mark = ABSENCE_MARK.search(name)
            if mark:
                clean = (name[: mark.start()] + name[mark.end() :]).strip()
                written = mark["mark"] or mark["mark2"]
                participants.append(Participant(clean, True, written, line, label))
                absences.append(Absence(clean, written, line))
            else:
                participants.append(Participant(name, False, None, line, label))
    if "substitutes" in values:
        seated = {name_key(p.name) for p in participants}
        field = values["substitutes"]
        # "Stedfortræder for Lise Bech (O): Kim Lauritzen (O)": the substitute follows the colon.
        names = field.value.rpartition(":")[2]
        for name in [] if NOBODY.match(names) else split_names(names):
            name = IN_PLACE_OF.split(name, maxsplit=1)[0]  # "Jakob Riis for Mette Lene Jensen"
            if name_key(name) not in seated:
                participants.append(Participant(name, False, None, field.line, field.key))
    noted = [
        absence
        for absent in absent_lists
        for absence in noted_absences(absent.key, absent.value, absent.line)
    ]
    if noted:
        absences.extend(noted)
        # "Medlemmer: A, B, C" with "Fraværende: C" on a line of its own: C is absent.
        marks = {name_key(a.name): a.mark for a in reversed(noted)}  # the first mark
        participants = [
            p._replace(absent=True, mark=marks[name_key(p.name)])
            if not p.absent and name_key(p.name) in marks
            else p
            for p in participants
        ]
    return tuple(participants), tuple(absences)


def same_body(one: str | None, other: str | None) -> bool:
    """Whether two names of a body are the same body ("Byrådet", "BYRÅDET")."""
    return bool(one and other) and one.casefold() == other.casefold()


@functools.lru_cache(maxsize=4096)  # the same members' names recur in every document
def name_key(name: str) -> str:
    """A person's name for comparison: case, spacing, a party letter "(A)" and an office
    ("Formand Lene Thorsen", "Jørgen Skov (A), formand") aside."""
    return " ".join(PARENTHESES.sub("", without_role(name)).casefold().split())


def without_mandate(text: str) -> str:
    """The text without how each member holds the seat (", udpeget af Venstre")."""
    if " af " in text or " for " in text or " fra " in text:
        return MANDATE.sub("", text)
    return text


def without_role(name: str) -> str:
    """The name without the office written before or after it: "Rådmand Karsten Mølgaard"
    is Karsten Mølgaard, "Lene Thorsen (V), næstformand" is Lene Thorsen (V), and "Tomas
    Breddam (A), formand, udpeget af Socialdemokratiet" is Tomas Breddam (A)."""
    name = without_mandate(name)
    if ROLE_BEFORE.match(name):
        name = ROLE_BEFORE.sub("", name, count=1)
    after = ROLE_AFTER.search(name)
    if after and after.start() > 0:
        name = name[: after.start()]
    return name.strip()


def noted_absences(mark: str, names: str, line: int, page: int | None = None) -> list[Absence]:
    """The absences of a line such as "Afbud: Anne Berg og Per Holm", with the mark as
    written; in the header and in an item alike. "Afbud: Ingen" notes nobody."""
    if NOBODY.match(names):
        return []
    return [Absence(name, mark, line, page) for name in split_names(first_sentence(names))]


# A member who came or went during the meeting, and at which item: "Jens Ove Nielsen (A)
# forlod mødet efter punkt 3", "Lone Ravn (V) deltog fra punkt 4", "Per Holm ankom kl. 17.10
# under punkt 2", "... forlod mødet under behandlingen af punktet" (the noting item).
AT_ITEM = (
    r"(?:før|under|efter|fra)(?: (?:behandlingen|starten) af)?"
    r" (?:(?:punkt|pkt\.?|sag) ?(?P<number>\d{1,3}[a-z]?)\b|(?:dette )?punkt(?:et)?\b)"
)
MOVED = r"(?:(?P<left>forlod)|ankom|mødte(?: op)?|kom|deltog)"
MOVEMENT = regex.compile(
    rf"\b{MOVED}(?:(?<=forlod) (?:mødet|salen))?(?: kl\. ?\d{{1,2}}[.:]\d\d)? {AT_ITEM}", re.I
)
# The item first, the verb before the name: "Efter punkt 3 forlod Jens Ove Nielsen (A)
# mødet", "Fra punkt 4 deltog Lone Ravn (V)".
MOVEMENT_FRONTED = regex.compile(rf"\b{AT_ITEM},? {MOVED} ", re.I)
MOVEMENT_CUES = ("forlod", "ankom", "mødte", "kom ", "deltog")  # a quick test before MOVEMENT
WHERE_LEFT = regex.compile(r"\s+(?:(?:i )?mødet|salen)$")


def movements_in(text: str, line: int, item: str | None = None) -> list[Movement]:
    """The members a remark or a note says came or went during the meeting, and at which
    item (``item`` for "punktet", the noting item). Each name stands before its verb, back
    to the sentence's start."""
    if not any(cue in text for cue in MOVEMENT_CUES):
        return []
    found = []
    start = 0
    for match in MOVEMENT.finditer(text):
        subject = last_sentence(text[start : match.start()])
        start = match.end()
        arrived = match["left"] is None
        found.extend(
            Movement(name, arrived, match["number"] or item, line)
            for name in split_names(subject)
            if name[:1].isupper()
        )
    for match in MOVEMENT_FRONTED.finditer(text):
        subject = WHERE_LEFT.sub("", first_sentence(text[match.end() :]).rstrip(" ."))
        arrived = match["left"] is None
        found.extend(
            Movement(name, arrived, match["number"] or item, line)
            for name in split_names(subject)
            if name[:1].isupper()
        )
    return found


def last_sentence(text: str) -> str:
    """The text after its last full stop or colon; the stop after an initial ("Jan E.
    Jørgensen") ends no sentence."""
    text = text[text.rfind(": ") + 1 :]
    at = len(text)
    while (at := text.rfind(". ", 0, at)) > 0:
        if not (text[at - 1].isupper() and (at == 1 or text[at - 2] == " ")):
            return text[at + 1 :].strip()
    return text.strip()


MEETING_DAYS = 7  # a meeting over several days (a budget seminar) lasts at most a week


def last_day(text: str, after: int, first: str | None) -> str | None:
    """The last day of a meeting over several days, when its date field goes on to a later
    date: "Mandag d. 3. marts 2025 kl. 9 – tirsdag d. 4. marts 2025 kl. 15"."""
    if first is None:
        return None
    match = WEEKDAY_DATE_RE.search(text, after) or DATE_RE.search(text, after)
    last = to_iso(match) if match else None
    if last is None or last <= first:
        return None
    span = datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)
    return last if span.days <= MEETING_DAYS else None


# "4.-5. november 2025", "4. og 5. november 2025": the first day of a meeting over several
# days, written alone before the date the date patterns find ("5. november 2025"). Its full
# stop is needed: "Møde nr. 3 - 4. november 2025" is a meeting on the 4th.
FIRST_DAY = regex.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s*(?:[-–]|og|til)\s*$")


def first_day(match: re.Match[str]) -> tuple[int, str] | None:
    """(offset, ISO date) of a first day written alone before the date ``match`` found, as
    in "4.-5. november 2025"; None when the date opens no such range."""
    groups = match.groupdict()
    if not (groups.get("d1") or groups.get("d2")):
        return None
    alone = FIRST_DAY.search(match.string, 0, match.start())
    last = to_iso(match)
    if alone is None or last is None:
        return None
    day = int(alone["day"])
    if not 1 <= int(last[8:]) - day <= MEETING_DAYS:
        return None
    return alone.start(), f"{last[:8]}{day:02d}"


def first_sentence(text: str) -> str:
    """The text up to its first full stop: "Anders Holm. Lise Bak deltog som stedfortræder."
    notes one absence. The stop after an initial ("Anders B. Holm") ends no sentence."""
    at = text.find(". ")
    while at > 0:
        if not (text[at - 1].isupper() and (at == 1 or text[at - 2] == " ")):
            return text[:at]
        at = text.find(". ", at + 2)
    return text


def split_names(text: str) -> list[str]:
    """The names in a list, each without its office; a part in lower case only or an office
    alone is a role ("Mikael Smed (A), borgmester", "..., Formand for udvalget"), "Byrådets
    medlemmer" the members as a group, and a body after a member's name the body the member
    sits for ("Hans Erik Møller (C), næstformand, Social- og Seniorudvalget"): none is a
    person. A comma or "og" inside parentheses is part of an organisation's name ("Bent
    Rasmussen (Midt- og Vestjyllands Politi)")."""
    return list(names_in(text))


@functools.lru_cache(maxsize=1024)
def names_in(text: str) -> tuple[str, ...]:
    """split_names()'s answer, kept: the same lists of members recur in a committee's
    documents."""
    text = without_mandate(text)
    parts = (
        part.strip(" .\t")
        for listed in (outside_parentheses(text) if "(" in text else NAME_SPLIT.split(text))
        for part in (by_party(listed) if listed.count("(") > 1 else (listed,))
    )
    names = (
        without_role(part)
        for part in parts
        if part
        and not part.islower()
        and not ROLE_ALONE.match(part)
        and not COLLECTIVE.search(part)
        and not OFFICE_WORD.fullmatch(part)
    )
    # The office aside first: "Udvalgsformand Per Holm" is a person.
    return tuple(name for name in names if "(" in name or not names_body(name))


def outside_parentheses(text: str) -> list[str]:
    """The parts of a list split at its commas and "og" outside parentheses."""
    parts, start = [], 0
    for split in NAME_SPLIT.finditer(text):
        before = text[start : split.start()]
        if before.count("(") > before.count(")"):
            continue  # the split is inside the part's parentheses
        parts.append(before)
        start = split.end()
    parts.append(text[start:])
    return parts


def by_party(text: str) -> list[str]:
    """The names run together without commas, each closed by its party letter: "Carsten
    Nielsen (C) Helle Kragh (A)" (one name per line in a table cell, read as one line)."""
    names, start = [], 0
    for party in PARTY.finditer(text):
        rest = text[party.end() : party.end() + 2]
        if rest[:1] == " " and rest[1:].isupper():
            names.append(text[start : party.end()])
            start = party.end() + 1
    names.append(text[start:])
    return names
