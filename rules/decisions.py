"""RL401 unreleased-decision, RL402 decision-placeholder."""

import re
from bisect import bisect_right
from operator import attrgetter

from referatlint import regex
from referatlint.parse.header import same_body
from referatlint.regex import Lazy
from referatlint.rule import Rule
from referatlint.rules.common import (
    COMPLETE_ITEM,
    example,
    item,
    ordinary_items,
    quoted,
    whose_decision,
)
from referatlint.text import Msg

OWN = Msg(
    "»{heading}« viser »Beslutning ikke frigivet« for dette møde ({body} {date}), men "
    "dokumentet er referatet fra mødet.",
    "“{heading}” shows “Beslutning ikke frigivet” for this meeting ({body} {date}), "
    "although the document is the minutes of that meeting.",
)
EARLIER = Msg(  # from "Sagens forløb", or a decision heading of an earlier meeting
    "Beslutningen fra et tidligere møde ({body} {date}) står som »Beslutning ikke frigivet«.",
    "The decision of an earlier meeting ({body} {date}) reads “Beslutning ikke frigivet”.",
)
DECIDED_UNRELEASED = Msg(
    "Beslutningen står som »{text}«: referatet er udsendt, før beslutningen blev frigivet.",
    "The decision reads “{text}”: the minutes went out before the decision was released.",
)
# The system's stand-in ("Beslutning ikke frigivet") is the whole decision, or the whole
# status in "Sagens forløb", with nothing after it but punctuation: not a sentence that
# says "ikke frigivet" about something else ("Anlægsbevillingen blev ikke frigivet."), nor
# a decision with its reason ("Ikke frigivet. Udvalget ønsker en billigere løsning.").
UNRELEASED = Lazy(
    r"^\s*(?:beslutning(?:en)?\s+)?(?:er\s+)?(?:endnu\s+)?ikke\s+frigivet[\s.!,;:]*$",
    re.IGNORECASE,
)


def unreleased(status: str) -> bool:
    return "frigivet" in status.lower() and bool(UNRELEASED.match(status))


def unreleased_decision(decision) -> bool:
    first = decision.lines[0].text if decision.lines else ""
    return unreleased(decision.text) or system_wording(first)


def unreleased_status(document, entry) -> bool:
    """The status, or its first line (the one after the entry's date and body)."""
    if unreleased(entry.status):
        return True
    after = bisect_right(document.lines, entry.line, key=attrgetter("line"))
    return after < len(document.lines) and system_wording(document.lines[after].text)


def system_wording(line: str) -> bool:
    """The system's own wording ("Beslutning ikke frigivet") on a line of its own: the
    stand-in whatever lines follow it."""
    return line.lstrip()[:10].casefold() == "beslutning" and unreleased(line)


RELEASE_FIX = Msg(
    "Frigiv beslutningen i dagsordenssystemet, og udsend referatet igen.",
    "Release the decision in the agenda system, then publish the minutes again.",
)
# A status in the case history (»Sagens forløb«) shows the decision once it is released.
HISTORY_RELEASE_FIX = Msg(
    "Frigiv beslutningen i dagsordenssystemet, så sagens forløb viser den, og udsend "
    "referatet igen.",
    "Release the decision in the agenda system so the case history shows it, then publish "
    "the minutes again.",
)


def check_unreleased(document, context):
    if document.kind == "referat":
        for agenda_item in document.items:
            for decision in agenda_item.decisions:
                if unreleased_decision(decision):
                    line = decision.lines[0].line if decision.lines else decision.line
                    message = DECIDED_UNRELEASED.format(text=quoted(decision.text))
                    yield context.report(message, line, item=agenda_item, fix=RELEASE_FIX)
    meeting = document.meeting
    if meeting.date is None:
        return
    for agenda_item in document.items:
        for entry in agenda_item.history:
            if entry.date is None or not unreleased_status(document, entry):
                continue
            values = {"body": entry.body, "date": entry.date_text}
            own = entry.date == meeting.date and (
                same_body(entry.body, meeting.body) or not meeting.body
            )
            if own and document.kind == "referat":
                message = OWN.format(heading=heading_above(agenda_item, entry.line), **values)
                yield context.report(message, entry.line, item=agenda_item, fix=HISTORY_RELEASE_FIX)
            elif entry.date < meeting.date:
                yield context.report(
                    EARLIER.format(**values),
                    entry.line,
                    item=agenda_item,
                    fix=HISTORY_RELEASE_FIX,
                    lower=True,
                )
            # Later meetings (of this or other bodies) have not decided yet: that is normal.


def heading_above(agenda_item, line: int) -> str:
    """The heading of the section holding ``line``, as written ("Sagens forløb",
    "Historik")."""
    above = [section.heading for section in agenda_item.sections if section.line <= line]
    return above[-1] if above else "Sagens forløb"


PLACEHOLDER = regex.compile(
    r"^(?:x{2,}|\?+|todo|tbd|afventer|udestår|mangler|\.{2,}|…|[-–—_]+|nn|n\.n\.|\[[^\]]*\]|<[^>]*>"
    r"|beslutning|indsæt beslutning.*|skriv beslutning.*)[.!]?$",
    re.IGNORECASE,
)
EMPTY = Msg(
    "Beslutningen under »{heading}« er tom.",
    "The decision under “{heading}” is empty.",
)
PLACEHELD = Msg(
    "Beslutningen er en pladsholder (»{text}«), ikke en beslutning.",
    "The decision is a placeholder (“{text}”), not a decision.",
)
DECISION_FIX = Msg(
    "Skriv {whose}, fx »Godkendt« eller »Orientering taget til efterretning«.",
    "Write {whose_en}, e.g. “Godkendt” or “Orientering taget til efterretning”.",
)


def decision_fix(document, decision) -> Msg:
    whose, whose_en = whose_decision(decision.body or document.meeting.body)
    return DECISION_FIX.format(whose=whose, whose_en=whose_en)


def is_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.match(" ".join(text.split())))


def checked_decisions(document, context):
    """(item, decision) for the decisions RL402 checks: those of ordinary items in minutes
    (a standing item may decide nothing), each body's where several decide."""
    if document.kind != "referat":
        return
    for agenda_item in ordinary_items(document, context):
        for decision in agenda_item.decisions:
            yield agenda_item, decision


def placeholder_decision_lines(document, context) -> set[int]:
    """Lines of the decisions RL402 reports as placeholders: RL604 leaves exactly these
    to it, and reports a placeholder decision of a standing item itself."""
    return {
        line.line
        for _item, decision in checked_decisions(document, context)
        if is_placeholder(decision.text)
        for line in decision.lines
    }


def check_placeholder(document, context):
    for agenda_item, decision in checked_decisions(document, context):
        if not decision.text.strip():
            yield context.report(
                EMPTY.format(heading=decision.heading.rstrip(" :")),
                decision.line,
                item=agenda_item,
                fix=decision_fix(document, decision),
            )
        elif is_placeholder(decision.text):
            line = decision.lines[0].line if decision.lines else decision.line
            yield context.report(
                PLACEHELD.format(text=quoted(decision.text)),
                line,
                item=agenda_item,
                fix=decision_fix(document, decision),
            )


HISTORY = "Sagens forløb\n\n01-11-2021 Socialudvalget\n\n{status}\n\n"
RULES = (
    Rule(
        code="RL401",
        name="unreleased-decision",
        severity="error",
        title=Msg("Beslutning ikke frigivet", "Decision not released"),
        what=Msg(
            "Et punkt viser »Beslutning ikke frigivet«: dagsordenssystemets tekst for en "
            "beslutning, der endnu ikke er frigivet.\n"
            "- Fejl: beslutningen i et referat lyder sådan (når flere udvalg beslutter på "
            "mødet, som på et fællesmøde, hvert udvalgs beslutning).\n"
            "- Fejl: i et referat står det under »Sagens forløb« for dette mødes eget udvalg "
            "og dato.\n"
            "- Advarsel: det står for et tidligere møde, under »Sagens forløb« eller i et "
            "andet udvalgs tidligere beslutning trykt i punktet (»Beslutning i "
            "Økonomiudvalget den …«).\n"
            "- Kun systemets egen tekst meldes: hele teksten »(Beslutning) (endnu) ikke "
            "frigivet«, eller en første linje »Beslutning ikke frigivet«. En beslutning, der "
            "siger mere (»Anlægsbevillingen blev ikke frigivet.«, »Ikke frigivet. Udvalget "
            "ønsker …«), meldes ikke.\n"
            "- Senere møder, i dette eller andre udvalg, har endnu ikke besluttet noget; det "
            "er normalt og meldes ikke.",
            "An item shows “Beslutning ikke frigivet” (decision not released): the agenda "
            "system's text for a decision not yet released.\n"
            "- Error: the decision in minutes reads so (each body's decision, where several "
            "decide at the meeting, as at a joint meeting).\n"
            "- Error: in minutes, “Sagens forløb” shows it for this meeting's own body and "
            "date.\n"
            "- Warning: it stands for an earlier meeting, under “Sagens forløb” or in "
            "another body's earlier decision printed in the item (“Beslutning i "
            "Økonomiudvalget den …”).\n"
            "- Only the system's own wording is reported: the whole text “(Beslutning) "
            "(endnu) ikke frigivet”, or a first line “Beslutning ikke frigivet”. A decision "
            "that says more (“Anlægsbevillingen blev ikke frigivet.”, “Ikke frigivet. "
            "Udvalget ønsker …”) is not reported.\n"
            "- Later meetings, of this or other bodies, have not decided yet; that is normal "
            "and not reported.",
        ),
        why=Msg(
            "Et referat skal vise de beslutninger, mødet traf. Står beslutningen som ikke "
            "frigivet, er referatet udsendt, før beslutningen blev frigivet i systemet, og "
            "borgerne kan ikke se den.",
            "Minutes must show the decisions the meeting made; “not released” means the "
            "minutes went out before the decision was released in the system.",
        ),
        source="Lov om kommunernes styrelse § 8, stk. 7 (offentliggørelse af beslutninger)",
        bad=example(
            item(
                1,
                "Beslutning om nye vedtægter",
                COMPLETE_ITEM + HISTORY.format(status="Beslutning ikke frigivet"),
            )
        ),
        good=example(
            item(
                1, "Beslutning om nye vedtægter", COMPLETE_ITEM + HISTORY.format(status="Godkendt")
            )
        ),
        check=check_unreleased,
    ),
    Rule(
        code="RL402",
        name="decision-placeholder",
        severity="error",
        title=Msg("Beslutningen er en pladsholder", "Placeholder decision"),
        what=Msg(
            "Beslutningen i et referat er tom eller en pladsholder: »XX«, »[indsæt "
            "beslutning]«, »TODO«, »Afventer«, »?«, »–«, »___«, »NN«; hvert udvalgs beslutning, "
            "når flere udvalg beslutter på mødet. En protokoltilførsel eller mindretalsudtalelse "
            "under beslutningen er ikke dens tekst. Faste punkter som »Orienteringer« og "
            "»Underskriftsark« må have en tom beslutning.",
            "A decision in minutes is empty or a placeholder (“XX”, “[indsæt beslutning]”, "
            "“TODO”, “Afventer”, “?”, “–”, “___”, “NN”); each committee's, where several decide at "
            "the meeting. A protocol note or minority statement below the decision is not its "
            "text. Standing items may have an empty decision.",
        ),
        why=Msg(
            "En pladsholder i et offentliggjort referat ser ud som en beslutning, der aldrig "
            "blev skrevet.",
            "A placeholder in published minutes reads as a decision that was never written.",
        ),
        source="Lov om kommunernes styrelse § 8, stk. 7 (offentliggørelse af beslutninger)",
        bad=example(item(1, "Beslutning om nye vedtægter", decision="[Indsæt beslutning]")),
        good=example(item(1, "Beslutning om nye vedtægter")),
        check=check_placeholder,
    ),
)
