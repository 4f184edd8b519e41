"""The document model: what the parser understood of an agenda or minutes.

Every element is an immutable record that knows the 1-based source line it starts on
and, where the format knows pages, its physical page. The parser only describes; rules
read these records and judge.
"""

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from referatlint.read.source import page_at
from referatlint.records import record
from referatlint.text import Msg


@record
class Line:
    """One non-empty line of text as written, and where it stands."""

    text: str
    line: int
    page: int | None = None


@record
class ListEntry:
    """One entry of a numbered list: its number and the marker as printed ("2.", "3]")."""

    number: int
    marker: str
    line: int
    page: int | None = None


@record
class NumberedList:
    """Entries numbered in one style inside one section, in document order."""

    style: str
    entries: tuple[ListEntry, ...]


@record
class Section:
    """A headed part of an item.

    ``canonical`` is the template section the heading stands for (for example
    "Indstilling" for "INDSTILLING" or "Administrationen indstiller,"). ``resembles`` is
    set when the heading only resembles a known heading, such as a misspelling: that known
    heading as the template writes it, the canonical name or one of its synonyms
    ("Sagens baggrund" for "Sagens bagrund").
    """

    heading: str
    canonical: str
    line: int
    page: int | None
    body: tuple[Line, ...]
    lists: tuple[NumberedList, ...] = ()
    resembles: str | None = None

    @property
    def exact(self) -> bool:
        """Whether the heading is a known heading as written, not a near miss."""
        return self.resembles is None


@record
class Decision:
    """A decision of this meeting on the item. ``heading`` is None for a decision written
    without one (such as a closing "Orientering givet."); ``body``/``date`` come from
    headings such as "Beslutning i Socialudvalget den 06-01-2020"."""

    text: str
    line: int
    page: int | None
    heading: str | None
    body: str | None = None
    date: str | None = None
    date_text: str | None = None
    lines: tuple[Line, ...] = ()


@record
class HistoryEntry:
    """Which body handled the case when, and the outcome: an entry of "Sagens forløb", or
    a decision of an earlier meeting printed in the item."""

    date: str | None
    date_text: str
    body: str
    status: str
    line: int
    page: int | None = None


@record
class Absence:
    """A member noted as absent ("Afbud: Lars Qvist", "Fraværende: ...")."""

    name: str
    mark: str
    line: int
    page: int | None = None


@record
class Movement:
    """A member who came or went during the meeting, at an item: "Jens Ove Nielsen (A)
    forlod mødet efter punkt 3" (left, item "3"), "Lone Ravn (V) deltog fra punkt 4"
    (arrived, item "4"). ``item`` is the number as written, or the noting item's own
    number for "... forlod mødet under behandlingen af punktet"."""

    name: str
    arrived: bool
    item: str | None
    line: int


@record
class Participant:
    """A member on the participants line; ``absent`` when marked "(Afbud)" or similar.
    ``listed_under`` is the list's label as written ("Deltagere", "Medlemmer", a joint
    meeting's body, "Til stede fra Klimaudvalget"): whether it lists those present or all
    the body's members."""

    name: str
    absent: bool
    mark: str | None
    line: int
    listed_under: str = ""


@record
class Meeting:
    """Facts about the meeting from the document's header."""

    municipality: str | None = None
    body: str | None = None
    label: str | None = None
    number: str | None = None
    date: str | None = None
    last_date: str | None = None  # a meeting over several days: its last day
    date_text: str | None = None
    weekday: str | None = None
    date_line: int | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    participants: tuple[Participant, ...] = ()
    absences: tuple[Absence, ...] = ()
    movements: tuple[Movement, ...] = ()  # from the header's remarks ("Bemærkninger:")
    cancelled_line: int | None = None  # "Mødet er aflyst" in a document without items


@record
class TocEntry:
    """A table-of-contents row: number and page only when printed; ``anchor`` is the
    in-page link target of the row ("punkt-7" for "[Titel](#punkt-7)", "" for a bare
    "#"), in formats with links (HTML, Word), else None; ``closed`` is the status printed
    before the title: True for "(Lukket)", False for "(Åben)", None when none is."""

    number: str | None
    title: str
    page: int | None
    line: int
    group: str | None = None
    anchor: str | None = None
    closed: bool | None = None


def item_order(number: str | None) -> tuple[int, str] | None:
    """Where an item number stands in the numbering: "12" as (12, ""), and an item added
    after it ("12a" or "12A", "12b" on a tillægsdagsorden) as (12, "a"), (12, "b"); None for no
    number or a sub-item's "5.1"."""
    if not number:
        return None
    if number.isdigit():
        return int(number), ""
    main, letter = number[:-1], number[-1]
    return (int(main), letter.lower()) if main.isdigit() and letter.isalpha() else None


@record
class Anchor:
    """A link target the document defines (an HTML id, a Word bookmark) and its line."""

    name: str
    line: int


@record
class Comment:
    """A comment in a Word file, at the line where the text it is about begins; replies
    belong to the thread's first comment. ``resolved``: marked done in Word."""

    text: str
    author: str
    line: int
    page: int | None
    resolved: bool


LABEL_LENGTH = 30  # an attachment's title in a finding's location, at most (then cut)


@record
class AttachmentPart:
    """An attachment printed in the item (a "dagsorden med bilag", a "samlet dokument"):
    from its first line (``heading``: a marker such as "Bilag 2.1: Uddrag af referat fra
    Børne- og Uddannelsesudvalget", or its title repeated from the item's "Bilag" list) to
    the next attachment, the item's own decision printed after it, or the item's end.
    ``lines`` is its text; its headings are no sections of the item, its decisions and
    absences not the meeting's. ``item`` is the item its marker names ("4" for "Bilag til
    punkt 4"): the attachments printed after the last item are each that item's, not the
    last item's. ``number`` is the attachment's own number as its marker gives it ("2.1"),
    ``title`` its title ("Uddrag af referat ...", the heading where there is no marker)."""

    heading: str
    line: int
    page: int | None
    lines: tuple[Line, ...]
    item: str | None = None
    number: str | None = None
    title: str = ""

    @property
    def end_line(self) -> int:
        return self.lines[-1].line if self.lines else self.line

    @property
    def label(self) -> str:
        """How a finding's location names the attachment: its number ("3.1"), else its title
        shortened; "" for a marker that names only its item ("Bilag til punkt 3")."""
        if self.number is not None:
            return self.number
        title = self.title
        if len(title) <= LABEL_LENGTH:
            return title
        cut = title.rfind(" ", 0, LABEL_LENGTH)  # after a whole word
        return title[: cut if cut > 0 else LABEL_LENGTH].rstrip(" ,.:;–-") + "…"


@record
class Item:
    """An agenda item from its heading to the next item's heading. ``unheaded`` is the
    text under no section heading (before the first one), without the item's status,
    case number, fields such as "Sagsbehandler: ..." and absence notes. ``decisions`` are
    all of this meeting's decisions on the item, in order: one per body where several
    bodies decide (a joint meeting, "Beslutning Børne- og Uddannelsesudvalget den ..." and
    "Beslutning Social- og Sundhedsudvalget den ..."); ``decision`` is the item's own one
    among them (the one naming the meeting's body, else the last). ``withdrawn``: the
    item is printed as taken off the agenda ("9. Udgår", "... (udgår)", or only the
    decision "Punktet blev trukket af dagsordenen."), or as put off to a later meeting with
    only the decision "Udsat." (its sections are printed when it is treated).
    ``attachments`` lists the attachments under "Bilag"; ``attachment_parts`` are those
    printed in the item, after its own text."""

    number: str | None
    title: str
    line: int
    page: int | None
    end_line: int
    case_number: str | None = None
    case_type: str | None = None
    case_type_line: int | None = None
    bodies: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    decision: Decision | None = None
    decisions: tuple[Decision, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    attachments: tuple[Line, ...] = ()
    attachment_parts: tuple[AttachmentPart, ...] = ()
    absences: tuple[Absence, ...] = ()
    movements: tuple[Movement, ...] = ()
    unheaded: tuple[Line, ...] = ()
    closed: bool = False
    group: str | None = None
    withdrawn: bool = False

    def attachment_part_at(self, line: int) -> AttachmentPart | None:
        """The attachment printed in the item that holds ``line``, if any."""
        for part in self.attachment_parts:
            if part.line <= line <= part.end_line:
                return part
        return None

    def section(self, canonical: str) -> Section | None:
        """The first section standing for ``canonical``, if any."""
        for section in self.sections:
            if section.canonical == canonical:
                return section
        return None


@record
class Part:
    """A trailing part outside the items, such as signatures or a collected Bilag list."""

    kind: str
    heading: str
    line: int
    page: int | None
    entries: tuple[Line, ...]


@record
class Document:
    """Everything the parser understood of one document."""

    path: str
    format: str
    layout: str
    kind: str
    pages: int | None
    meeting: Meeting
    toc: tuple[TocEntry, ...]
    items: tuple[Item, ...]
    parts: tuple[Part, ...]
    lines: tuple[Line, ...]
    line_pages: tuple[int, ...] | None = None
    notices: tuple[Msg, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    anchors: tuple[Anchor, ...] | None = None  # None: the format has no anchors
    comments: tuple[Comment, ...] = ()  # Word comments
    # Word content controls still showing their placeholder text: printed, but not written
    placeholders: tuple[Line, ...] = ()
    text: str = ""  # the whole text, lines joined by "\n", for rules that scan it at once
    line_starts: tuple[int, ...] = ()  # offset in ``text`` where each line begins
    # Lines of page furniture the parser left out: footers ("Side 4 af 5"), running titles
    furniture: frozenset[int] = frozenset()

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of an offset in ``text``."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def page_of(self, line: int) -> int | None:
        return page_at(self.line_pages, line)

    def item_at(self, line: int) -> Item | None:
        """The item whose span contains ``line``, or whose decision, listed after the last
        item ("Ad 2: Godkendt."), does."""
        for item in self.items:
            if item.line <= line <= item.end_line:
                return item
        for item in self.items:
            decision = item.decision
            if decision is not None and decision.line > item.end_line:
                last = decision.lines[-1].line if decision.lines else decision.line
                if decision.line <= line <= last:
                    return item
        return None

    def attachment_part_at(self, line: int) -> AttachmentPart | None:
        """The attachment printed in an item that holds ``line`` (another author's letter,
        a report), if any: text the secretary does not write."""
        item = self.item_at(line)
        return item.attachment_part_at(line) if item is not None else None


def as_classified(lines: Sequence[str]) -> list[str]:
    """The lines as the parser reads them: without the spaces, tabs and no-break spaces at
    their ends, which Word and PDF exports leave and which must not change what a line is.
    Every line begins where it did, so lines and columns stay as written."""
    return list(map(str.rstrip, lines))


def line_starts(lines: tuple[str, ...]) -> tuple[int, ...]:
    """Offsets where each line starts in ``"\n".join(lines)``."""
    return (0, *accumulate(map((1).__add__, map(len, lines[:-1])))) if lines else (0,)


def next_filled(rows: Sequence[Line], index: int, step: int = 1) -> int | None:
    """The index of the next row with text after ``index`` (before it with ``step`` -1)."""
    index += step
    while 0 <= index < len(rows):
        if rows[index].text.strip():
            return index
        index += step
    return None


def as_json(document: Document) -> dict:
    """The model as ``referatlint parse`` prints it (schemas/document.schema.json)."""
    meeting = document.meeting
    return {
        "path": document.path,
        "format": document.format,
        "layout": document.layout,
        "kind": document.kind,
        "pages": document.pages,
        # The meeting's lists (participants, absences, movements) as lists of objects.
        "meeting": {
            field: [entry._asdict() for entry in value] if isinstance(value, tuple) else value
            for field, value in zip(Meeting._fields, meeting, strict=True)
        },
        "toc": [entry._asdict() for entry in document.toc],
        "items": [item_json(item) for item in document.items],
        "parts": [
            {
                "kind": part.kind,
                "heading": part.heading,
                "line": part.line,
                "page": part.page,
                "entries": [line._asdict() for line in part.entries],
            }
            for part in document.parts
        ],
        "anchors": None
        if document.anchors is None
        else [anchor._asdict() for anchor in document.anchors],
        "comments": [comment._asdict() for comment in document.comments],
        "placeholders": [line._asdict() for line in document.placeholders],
    }


def decision_json(decision: Decision) -> dict:
    return {
        "text": decision.text,
        "line": decision.line,
        "page": decision.page,
        "heading": decision.heading,
        "body": decision.body,
        "date": decision.date,
    }


def item_json(item: Item) -> dict:
    return {
        "number": item.number,
        "title": item.title,
        "line": item.line,
        "page": item.page,
        "end_line": item.end_line,
        "case_number": item.case_number,
        "case_type": item.case_type,
        "case_type_line": item.case_type_line,
        "bodies": list(item.bodies),
        "closed": item.closed,
        "withdrawn": item.withdrawn,
        "group": item.group,
        "sections": [
            {
                "heading": section.heading,
                "canonical": section.canonical,
                "exact": section.exact,
                "resembles": section.resembles,
                "line": section.line,
                "page": section.page,
                "end_line": section.body[-1].line if section.body else section.line,
                "lists": [[entry.number for entry in lst.entries] for lst in section.lists],
            }
            for section in item.sections
        ],
        "decision": None if item.decision is None else decision_json(item.decision),
        "decisions": [decision_json(decision) for decision in item.decisions],
        "history": [entry._asdict() for entry in item.history],
        "attachments": [line._asdict() for line in item.attachments],
        "attachment_parts": [
            {
                "heading": part.heading,
                "line": part.line,
                "page": part.page,
                "end_line": part.end_line,
                "item": part.item,
                "number": part.number,
                "title": part.title,
            }
            for part in item.attachment_parts
        ],
        "absences": [absence._asdict() for absence in item.absences],
        "movements": [movement._asdict() for movement in item.movements],
    }
