"""RL103 unknown-section-heading."""

from referatlint.rule import Rule
from referatlint.rules.common import COMPLETE_ITEM, example, item
from referatlint.text import Msg

MESSAGE = Msg(
    "Overskriften »{heading}« ligner »{known}«, men er stavet forkert.",
    "The heading “{heading}” resembles “{known}” but is misspelt.",
)
# The heading resembled is another name of the section ("Sagens baggrund", the template's
# name for Sagsfremstilling): the message says which section that is.
SYNONYM_MESSAGE = Msg(
    "Overskriften »{heading}« ligner »{known}« (afsnittet »{canonical}«), men er stavet forkert.",
    "The heading “{heading}” resembles “{known}” (the section “{canonical}”) but is misspelt.",
)
FIX = Msg("Ret overskriften til »{known}«.", "Change the heading to “{known}”.")


def check(document, context):
    for agenda_item in document.items:
        for section in agenda_item.sections:
            if not section.exact:
                known = section.resembles or section.canonical
                message = MESSAGE if known == section.canonical else SYNONYM_MESSAGE
                heading = section.heading.rstrip(" :")
                # A template writing its headings in capitals keeps them: "SAGSFREMSTILLING".
                if heading.isupper():
                    known = known.upper()
                yield context.report(
                    message.format(heading=heading, known=known, canonical=section.canonical),
                    section.line,
                    item=agenda_item,
                    fix=FIX.format(known=known),
                )


RULE = Rule(
    code="RL103",
    name="unknown-section-heading",
    severity="warning",
    title=Msg("Overskrift stavet forkert", "Misspelled section heading"),
    what=Msg(
        "En linje, der står som en overskrift og næsten er en kendt overskrift, men ikke "
        "helt (fx »Økonomiske konsekvnser« eller »Miljø og klimamæssige konsekvenser«). "
        "Fundet nævner den overskrift, linjen næsten er: afsnittets navn eller en af dets "
        "andre overskrifter, også dem, skabelonen selv giver det under »sections« (»Sagens "
        "bagrund« skal rettes til »Sagens baggrund«, ikke til »Sagsfremstilling«). Korte "
        "linjer i brødteksten og almindelige bøjninger (»Beslutningen«) udløser den ikke.",
        "A line standing as a heading that is nearly, but not exactly, a known heading (such "
        "as “Økonomiske konsekvnser”). The finding names the heading the line nearly is: the "
        "section's name or another of its headings, including those the template gives it "
        "under “sections” (“Sagens bagrund” becomes “Sagens baggrund”, not "
        "“Sagsfremstilling”). Short lines of body text and plain inflections do not trigger "
        "it.",
    ),
    why=Msg(
        "En stavefejl i en overskrift ser sjusket ud, og afsnittet bliver ikke genkendt af "
        "systemer, der læser dokumentet, så kontrollen af påkrævede afsnit kan fejle.",
        "A misspelled heading looks careless, and systems reading the document do not "
        "recognise the section.",
    ),
    bad=example(
        item(
            1,
            "Beslutning om nye vedtægter",
            COMPLETE_ITEM.replace("Økonomiske konsekvenser\n", "Økonomiske konsekvnser\n"),
        )
    ),
    good=example(item(1, "Beslutning om nye vedtægter")),
    check=check,
)
