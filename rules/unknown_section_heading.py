"""RL103 unknown-section-heading."""

from referatlint.rule import Rule
from referatlint.rules.common import COMPLETE_ITEM, example, item
from referatlint.text import Msg

MESSAGE = Msg(
    "Overskriften »{heading}« ligner »{canonical}«, men er skrevet anderledes.",
    "The heading “{heading}” resembles “{canonical}” but is written differently.",
)
FIX = Msg("Ret overskriften til »{canonical}«.", "Change the heading to “{canonical}”.")


def check(document, context):
    for agenda_item in document.items:
        for section in agenda_item.sections:
            if not section.exact:
                values = {"heading": section.heading, "canonical": section.canonical}
                yield context.report(
                    MESSAGE.format(**values),
                    section.line,
                    item=agenda_item,
                    fix=FIX.format(**values),
                )


RULE = Rule(
    code="RL103",
    name="unknown-section-heading",
    severity="warning",
    title=Msg("Overskrift stavet forkert", "Misspelled section heading"),
    what=Msg(
        "En linje, der står som en overskrift og næsten er en kendt overskrift, men ikke "
        "helt (fx »Økonomiske konsekvnser« eller »Miljø og klimamæssige konsekvenser«). "
        "Korte linjer i brødteksten og almindelige bøjninger (»Beslutningen«) udløser den ikke.",
        "A line standing as a heading that is nearly, but not exactly, a known heading (such "
        "as “Økonomiske konsekvnser”). Short lines of body text and plain inflections do not "
        "trigger it.",
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
