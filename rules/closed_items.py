"""RL701 closed-item-content."""

import os
import re
from functools import cache

from referatlint.parse.content import closure_note
from referatlint.parse.vocabulary import DECISION_NOTES
from referatlint.regex import Lazy
from referatlint.rule import Rule
from referatlint.rules.common import example, item
from referatlint.text import Msg

ALLOWED = {"Beslutning", "Bilag", "Sagens forløb", *DECISION_NOTES}  # notes: the decision's
CONTENT = Msg(
    "Punktet er lukket, men afsnittet »{heading}« står med tekst i den offentlige udgave.",
    "The item is closed, but the section “{heading}” has text in the public version.",
)
UNHEADED = Msg(
    "Punktet er lukket, men der står tekst uden overskrift i den offentlige udgave.",
    "The item is closed, but text without a heading stands in the public version.",
)
CONTENT_FIX = Msg(
    "Slet teksten: et lukket punkt viser kun titel og beslutning i den offentlige udgave.",
    "Delete the text: a closed item shows only its title and decision in public.",
)
NAMED = Msg(
    "Titlen på det lukkede punkt ser ud til at nævne en person (»{name}«).",
    "The closed item's title seems to name a person (“{name}”).",
)
NAMED_FIX = Msg(
    "Skriv titlen uden navnet, fx »{title}«.",
    "Write the title without the name, e.g. “{title}”.",
)
# When nothing but the name and the closed marking is left to suggest.
NAMED_FIX_PLAIN = Msg(
    "Skriv titlen uden navnet, så den kun siger, hvad sagen handler om.",
    "Write the title without the name, so that it says only what the case is about.",
)
CAPITALISED_PAIR = Lazy(r"\b(?P<first>[A-ZÆØÅ][a-zæøåé]+)(?:[ -][A-ZÆØÅ][a-zæøåé]+)+")
# "J. Hansen", "K.M. Sørensen": initials before a surname of the Danish -sen kind.
INITIALLED = Lazy(
    r"\b(?P<first>[A-ZÆØÅ]\.(?: ?[A-ZÆØÅ]\.){0,2}) ?[A-ZÆØÅ][a-zæøå]+sen\b"
    r"(?:[ -][A-ZÆØÅ][a-zæøåé]+)*"
)


@cache
def first_names() -> frozenset[str]:
    """Common Danish first names (Danmarks Statistik), one per line."""
    with open(
        os.path.join(os.path.dirname(__file__), "first_names.txt"), encoding="utf-8"
    ) as handle:
        lines = [line.strip() for line in handle if not line.startswith("#")]
    return frozenset(line.casefold() for line in lines if line)


# Places named after people: "Hans Tausens Gade", "Anne Marie Skolen", "H.C. Andersens
# Boulevard". Endings surnames do not have ("-gård" and "-hus" they do).
PLACE_ENDINGS = (
    "vej", "vejen", "gade", "allé", "stræde", "plads", "torv", "boulevard", "skole", "skolen",
    "parken", "hallen", "kirke", "kirken", "centret", "centeret", "huset", "biblioteket",
    "børnehave", "børnehaven", "hospitalet", "kollegiet", "museum", "museet",
)  # fmt: skip


# Companies and foundations named after people: "Knud Højgaards Fond", "Per Aarsleff
# Holding"; or with the company form after the name: "Per Aarsleff A/S", "Hans Jensen &
# Søn", "Jens Hansens Tømrerforretning ApS" (where the name's match ends in "Ap").
LEGAL_ENTITY = Lazy(
    r"(?<![\w/&])(?:(?i:a/s|aps|i/s|p/s|k/s|a\.m\.b\.a\.?|amba)(?![\w/])"
    r"|(?:Fond|Fonden|Holding)\b|(?:&|og) Søn(?:ner)?\b)"
)


def legal_entity(title: str, match) -> bool:
    """Whether a company form or "Fond" ends the name, or follows it right after."""
    entity = LEGAL_ENTITY.search(title, match.start("first") + len(match["first"]))
    return entity is not None and entity.start() <= match.end() + 1


def named_people(title: str) -> list:
    """The matches of the people a title names, in order."""
    named = [m for m in CAPITALISED_PAIR.finditer(title) if m["first"].casefold() in first_names()]
    if "." in title:
        named += INITIALLED.finditer(title)
    return [
        match
        for match in sorted(named, key=lambda match: match.start())
        if not match.group(0).casefold().endswith(PLACE_ENDINGS) and not legal_entity(title, match)
    ]


# The words that join a name to the title: "Salg af grund - køber Jens Hansen", "Køb af
# ejendom fra …", "Ekspropriation hos …", "Personalesag vedrørende …", "… og Børge Madsen".
JOINING_WORDS = Lazy(
    r"(?:\s*(?:[-–:,]|\b(?i:køber|sælger|fra|hos|til|v/|vedr\.|vedrørende|ang\.|angående"
    r"|med|mod|over|om|for|og)(?!\w)))+\s*$"
)
# What follows a name and belongs to the person: an address (", Bramsnæsvej 4").
ADDRESS_AFTER = Lazy(r"^,[^-–,]*\d[^-–,]*")
# The closed marking the heading prints before the title ("Lukket punkt: ", "Lukket sag - ").
CLOSED_MARKING = Lazy(r"Lukket (?:punkt|sag)\s*(?::|\s[–-])\s*$", re.I)


def title_without_names(title: str, names: list) -> str | None:
    """The title with each name, its joining words and its address taken out, or None when
    too little is left to say what the case is about."""
    for match in reversed(names):
        before = JOINING_WORDS.sub("", title[: match.start()])
        after = ADDRESS_AFTER.sub("", title[match.end() :])
        title = f"{before} {after.strip()}" if after.strip()[:1].isalnum() else before + after
    title = title.strip(" -–:,")
    return title if len(title) > 3 else None


def closed_marking(document, agenda_item) -> str:
    """ "Lukket punkt: " as the item's heading prints it before the title, or ""."""
    text, start = document.text, document.line_starts[agenda_item.line - 1]
    end = text.find("\n", start)
    heading = text[start : end if end >= 0 else len(text)]
    marking = CLOSED_MARKING.search(heading, 0, max(heading.find(agenda_item.title), 0))
    return marking.group(0) if marking else ""


def check(document, context):
    for agenda_item in document.items:
        if not agenda_item.closed:
            continue
        if agenda_item.unheaded:
            line = agenda_item.unheaded[0].line
            yield context.report(UNHEADED, line, item=agenda_item, fix=CONTENT_FIX)
        for section in agenda_item.sections:
            # "Indstilling<TAB>Sagen behandles for lukkede døre." says why there is no text
            if section.body and section.canonical not in ALLOWED and not closed_notice(section):
                yield context.report(
                    CONTENT.format(heading=section.heading),
                    section.line,
                    item=agenda_item,
                    fix=CONTENT_FIX,
                )
        names = named_people(agenda_item.title)
        if names:
            suggestion = title_without_names(agenda_item.title, names)
            fix = (
                NAMED_FIX.format(title=closed_marking(document, agenda_item) + suggestion)
                if suggestion
                else NAMED_FIX_PLAIN
            )
            yield context.report(
                NAMED.format(name=names[0].group(0)), agenda_item.line, item=agenda_item, fix=fix
            )


# A second sentence after the note ("... lukkede døre. Sælger ønsker 4,2 mio. kr.").
NEXT_SENTENCE = Lazy(r"[.!?]\s+[A-ZÆØÅ]")


def closed_notice(section) -> bool:
    """Whether a section's only text is the note that the item is closed."""
    return all(
        closure_note(line.text) and not NEXT_SENTENCE.search(line.text) for line in section.body
    )


RULE = Rule(
    code="RL701",
    name="closed-item-content",
    severity="error",
    title=Msg("Indhold i lukket punkt", "Content in a closed item"),
    what=Msg(
        "Et lukket punkt må kun vise sin titel og sin beslutning, og titlen må ikke nævne en "
        "person.\n"
        "- Lukkede punkter er dem, der hedder »Lukket punkt«, »Lukket - …« eller "
        "»Personsag«, og punkterne i en gruppe »Lukket dagsorden«.\n"
        "- Beslutningen må have sine protokoltilførsler og mindretalsudtalelser med.\n"
        "- Meldes: et afsnit med tekst, eller tekst uden overskrift.\n"
        "- Tæller ikke: status, sagsnummer, felter som »Sagsbehandler: …«, fraværsnoter, en "
        "beslutning uden overskrift og »Sagen behandles for lukkede døre«, også som et "
        "afsnits eneste tekst.\n"
        "- En person i titlen: et almindeligt dansk fornavn fulgt af et efternavn, eller "
        "forbogstaver foran et efternavn på -sen, som »J. Hansen«.\n"
        "- Ikke en person: steder opkaldt efter en person, som »Hans Tausens Gade« og »Anne "
        "Marie Skolen«, og virksomheder og fonde, som »Per Aarsleff A/S«, »Knud Højgaards "
        "Fond« og »Hans Jensen & Søn« (også ApS, I/S, P/S, K/S, A.m.b.a., Fonden og "
        "Holding).",
        "A closed item may show only its title and its decision, and its title must not name "
        "a person.\n"
        "- Closed items are those called “Lukket punkt”, “Lukket - …” or “Personsag”, and "
        "the items of a group “Lukket dagsorden”.\n"
        "- The decision may carry its protocol notes and minority statements.\n"
        "- Reported: a section with text, or text under no heading.\n"
        "- Not counted: the item's status, case number, fields such as “Sagsbehandler: …”, "
        "absence notes, a decision without a heading, and “Sagen behandles for lukkede "
        "døre”, also as a section's only text.\n"
        "- A person in the title: a common Danish first name followed by a surname, or "
        "initials before a surname ending in -sen, such as “J. Hansen”.\n"
        "- Not a person: places named after a person, such as “Hans Tausens Gade” and “Anne "
        "Marie Skolen”, and companies and foundations, such as “Per Aarsleff A/S”, “Knud "
        "Højgaards Fond” and “Hans Jensen & Søn” (also ApS, I/S, P/S, K/S, A.m.b.a., Fonden "
        "and Holding).",
    ),
    why=Msg(
        "Lukkede punkter behandles for lukkede døre, fordi de rummer fortrolige oplysninger; "
        "kun titel og beslutning må offentliggøres.",
        "Closed items are dealt with behind closed doors because they hold confidential "
        "information; only title and decision may be published.",
    ),
    source="Lov om kommunernes styrelse § 10 og § 8, stk. 7; forvaltningsloven § 27",
    bad=example(
        item(
            1,
            "Lukket punkt: Personsag vedrørende Jens Hansen",
            "Sagsfremstilling\n\nMedarbejderen har været sygemeldt i seks måneder.\n\n",
        )
    ),
    good=example(item(1, "Lukket punkt: Personsag", "")),
    check=check,
)
