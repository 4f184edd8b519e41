"""RL104 duplicate-section."""

from referatlint.parse.vocabulary import DECISION_NOTES, PART_HEADINGS
from referatlint.rule import Rule
from referatlint.rules.common import COMPLETE_ITEM, example, grouping_headings, item
from referatlint.text import Msg

MESSAGE = Msg(
    "Afsnittet »{canonical}« står to gange i punktet (første gang i linje {first}).",
    "The section “{canonical}” appears twice in the item (first on line {first}).",
)
FIX = Msg(
    "Saml teksten under én overskrift, og slet den anden.",
    "Gather the text under one heading and delete the other.",
)

# A note to the decision is one member's or group's of several; a part ("Baggrund") may
# stand under each of two sections.
MAY_RECUR = frozenset((*DECISION_NOTES, *PART_HEADINGS))


def check(document, context):
    for agenda_item in document.items:
        seen: dict[tuple[str, str], int] = {}
        for section in agenda_item.sections:
            if section.canonical in MAY_RECUR:
                continue
            # Only a heading without text may be one that groups the sections after it.
            if not section.body and section.line in grouping_headings(agenda_item, context):
                continue
            # Decisions of several bodies ("Beslutning i Økonomiudvalget", "... i Byrådet")
            # are different sections; the same body twice is not.
            body = ""
            if section.canonical == "Beslutning":
                body = section.heading.casefold()
            key = (section.canonical, body)
            if key in seen:
                yield context.report(
                    MESSAGE.format(canonical=section.canonical, first=seen[key]),
                    section.line,
                    item=agenda_item,
                    fix=FIX,
                )
            else:
                seen[key] = section.line


RULE = Rule(
    code="RL104",
    name="duplicate-section",
    severity="warning",
    title=Msg("Afsnit står to gange", "Duplicate section"),
    what=Msg(
        "Det samme afsnit (også under et synonym) optræder to gange i ét punkt. En "
        "overskrift, der kun samler de følgende afsnit (»Sagsfremstilling« over "
        "»Indstilling« og »Beskrivelse af sagen«), tæller ikke, og en »Protokoltilførsel« "
        "eller »Mindretalsudtalelse« må stå flere gange: én for hvert medlem eller parti. "
        "Det må »Baggrund« og »Vurdering« også, der kan stå under hvert sit afsnit.",
        "The same section (also under a synonym) appears twice in one item; a heading that "
        "only groups the sections below it does not count, and a “Protokoltilførsel” or "
        "“Mindretalsudtalelse” may appear several times: one per member or party. So may "
        "“Baggrund” and “Vurdering”, which may stand under two sections.",
    ),
    why=Msg(
        "To afsnit med samme overskrift gør det uklart, hvilken tekst der gælder, og er ofte "
        "tegn på, at tekst er kopieret ind fra et andet punkt.",
        "Two sections with the same heading make it unclear which text applies and often "
        "mean text was pasted in from another item.",
    ),
    bad=example(
        item(
            1,
            "Beslutning om nye vedtægter",
            COMPLETE_ITEM + "Økonomi\n\nUdgiften afholdes inden for rammen.\n\n",
        )
    ),
    good=example(item(1, "Beslutning om nye vedtægter")),
    check=check,
)
