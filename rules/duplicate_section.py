"""RL104 duplicate-section."""

from referatlint.parse.model import Section
from referatlint.parse.vocabulary import DECISION_NOTES, PART_HEADINGS
from referatlint.rule import Rule
from referatlint.rules.common import COMPLETE_ITEM, example, grouping_headings, item, place
from referatlint.text import Msg

MESSAGE = Msg(
    "Afsnittet »{heading}« står to gange i punktet (første gang {first}).",
    "The section “{heading}” appears twice in the item (first {first_en}).",
)
# Where the first heading has no place to name but the heading itself (Word without page
# breaks, HTML, or the same page): the heading, quoted, is what to search for.
MESSAGE_UNPLACED = Msg(
    "Afsnittet »{heading}« står to gange i punktet.",
    "The section “{heading}” appears twice in the item.",
)
# The second heading is another name of the same section ("Økonomi" after "Økonomiske
# konsekvenser"): both are named as the document writes them.
SYNONYM_MESSAGE = Msg(
    "»{heading}« er samme afsnit som »{first_heading}« {first}: afsnittet står to gange i punktet.",
    "“{heading}” is the same section as “{first_heading}” {first_en}: the section "
    "appears twice in the item.",
)
SYNONYM_MESSAGE_UNPLACED = Msg(
    "»{heading}« er samme afsnit som »{first_heading}«: afsnittet står to gange i punktet.",
    "“{heading}” is the same section as “{first_heading}”: the section appears twice in the item.",
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
        seen: dict[tuple[str, str], Section] = {}
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
                first = seen[key]
                heading, first_heading = section.heading.rstrip(" :"), first.heading.rstrip(" :")
                same = heading.casefold() == first_heading.casefold()
                # The message quotes the first heading: no need to quote its line again.
                where = place(document, first.line, section.line, quote=False)
                if where is None:
                    message = (MESSAGE_UNPLACED if same else SYNONYM_MESSAGE_UNPLACED).format(
                        heading=heading, first_heading=first_heading
                    )
                else:
                    message = (MESSAGE if same else SYNONYM_MESSAGE).format(
                        heading=heading,
                        first_heading=first_heading,
                        first=where.da,
                        first_en=where.en,
                    )
                yield context.report(message, section.line, item=agenda_item, fix=FIX)
            else:
                seen[key] = section


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
