"""The small plugin API: a rule declares itself once, in a Rule record, and yields
findings through a Context. The engine stamps code, severity, path, page and item, so a
rule cannot report under the wrong code or level."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from operator import attrgetter

from referatlint.cpr import masked, may_hold_cpr
from referatlint.records import record
from referatlint.text import Msg

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

    from referatlint.parse.model import Document, Item
    from referatlint.profiles import Profile

SEVERITIES = ("error", "warning", "info")  # the most severe first
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}  # 0: most severe
SEVERITY_NAMES = {
    "da": {"error": "fejl", "warning": "advarsel", "info": "info"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


@record
class Option:
    """A rule setting a configuration file may change."""

    name: str
    default: Any
    help: Msg


@record
class Rule:
    """Everything about a rule, in one place: the docs, `referatlint rule CODE`, the
    configuration schema and the tests are all generated from or checked against it.

    ``bad`` and ``good`` are small documents (text, or bytes where reading is the point):
    the first must produce the rule's code, the second must not (tests run both). A
    sample file may be given as a function that makes it, so that no run pays for
    building it; ``examples()`` gives the documents either way. ``good_caption`` heads the
    good example on the rule's page where »Rettet eksempel« would mislead (RL107's finding
    asks for other settings, not a corrected document).
    """

    code: str
    name: str
    severity: str
    title: Msg
    what: Msg
    why: Msg
    bad: str | bytes | Callable[[], bytes]
    good: str | bytes | Callable[[], bytes]
    check: Callable[[Document, Context], Iterable[Finding]] | None
    options: tuple[Option, ...] = ()
    source: str | None = None
    good_caption: Msg | None = None

    def examples(self) -> tuple[str | bytes, str | bytes]:
        """The bad and the good example, a sample file made now if given as a function."""
        bad, good = (made() if callable(made) else made for made in (self.bad, self.good))
        return bad, good


@record
class Finding:
    """One thing to fix, where it is, and how."""

    code: str
    name: str
    severity: str
    message: Msg
    line: int
    column: int
    end_line: int
    page: int | None
    item: str | None
    fix: Msg | None
    path: str
    context: str = ""
    # About the file, at no line of it (its encoding, its PDF properties, its template):
    # reports show no line for it; formats that need one get line 1.
    whole_file: bool = False
    # What the finding is about where its line need not say it (the missing section's
    # name, a person's, a body's): tells one rule's findings on one line apart in
    # baselines and CI fingerprints. Data from the document or profile, never wording.
    subject: str = ""
    # The attachment printed in the item that holds the line, as its location names it:
    # its number ("3.1") or its title shortened, "" for one only named as the item's
    # ("Bilag til punkt 3"); None outside attachments.
    attachment: str | None = None

    def sort_key(self) -> tuple:
        # What concerns the whole file first, then the lines in order; first of all what
        # qualifies every other finding.
        return (
            self.path,
            not self.whole_file,
            self.code not in QUALIFIES_ALL,
            self.line,
            self.column,
            self.code,
            self.message.da,
        )


# Findings that qualify all others of their file: RL907, the text checked was machine-read
# from scanned pages (any finding may be a reading error, and no file can be exported again).
QUALIFIES_ALL = frozenset({"RL907"})


AUTO: Any = object()  # "the item whose span holds the line"
NEW_RECORD = tuple.__new__
LINE_NUMBER = attrgetter("line")


class Context:
    """What a rule sees besides the document: its options, the profile, a reporter."""

    def __init__(
        self,
        document: Document,
        rule: Rule,
        profile: Profile,
        options: dict[str, Any],
        severity: str,
        shared: dict | None = None,
    ):
        self.document = document
        self.rule = rule
        self.profile = profile
        self.options = options
        self.severity = severity
        # What the rules derive from the document, shared by all of them: the engine gives
        # each rule's context the document and this at once.
        self.shared = {} if shared is None else shared

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """A value derived from the document (its lower-case text, its words), computed
        by the first rule that asks and shared with the others."""
        if key not in self.shared:
            self.shared[key] = make()
        return self.shared[key]

    def report(
        self,
        message: Msg,
        line: int,
        column: int = 1,
        *,
        end_line: int | None = None,
        item: Item | None = AUTO,
        fix: Msg | None = None,
        lower: bool = False,
        whole_file: bool = False,
        page: int | None = None,
        subject: str = "",
    ) -> Finding:
        """A finding at ``line``; ``lower`` reports a lesser case one level below the
        rule's configured severity. Its context is the text of the line (empty for a blank
        line). A finding about the ``whole_file`` (its encoding, its PDF properties) is at
        no line (give 1), in no item and on no page but the ``page`` it may name (a page
        without a line of text). Give the ``subject`` where several findings of the rule
        can share a line that does not name what each is about."""
        document = self.document
        if whole_file:
            item = None
        elif item is AUTO:
            item = document.item_at(line)
        number = attachment = None
        if item is not None:
            number = item.number
            part = item.attachment_part_at(line) if item.attachment_parts else None
            if part is not None:
                attachment = part.label
                if part.item is not None:
                    # "Bilag til punkt 3", printed after the last item: item 3's text, not
                    # the item it is printed in.
                    number = part.item
        severity = self.severity
        if lower:
            severity = SEVERITIES[min(SEVERITIES.index(severity) + 1, len(SEVERITIES) - 1)]
        context = ""  # a finding about the whole file shows no line of it
        if not whole_file:
            rows = document.lines  # the lines with text, in order: found by bisection
            at = bisect_left(rows, line, key=LINE_NUMBER)
            if at < len(rows) and rows[at].line == line:
                context = rows[at].text
        # Nothing a finding shows may show a CPR number: one look at all of it first, for
        # hardly any finding has six digits anywhere.
        if may_hold_cpr("\n".join((*message, *(fix or ()), context))):
            message = masked_message(message)
            fix = fix if fix is None else masked_message(fix)
            context = masked(context)
        rule = self.rule
        # Every field in order, made by tuple.__new__ in C: the named tuple's own __new__
        # takes keywords in Python (a rule run reports some 16 findings a document).
        return NEW_RECORD(
            Finding,
            (
                rule.code,
                rule.name,
                severity,
                message,
                line,
                column,
                end_line or line,
                page if whole_file else document.page_of(line),
                number,
                fix,
                document.path,
                context,
                whole_file,
                subject,
                attachment,
            ),
        )


def masked_message(message: Msg) -> Msg:
    """A message quoting the text shows no CPR number either."""
    da, en = masked(message.da), masked(message.en)
    return message if da is message.da and en is message.en else Msg(da, en)
