"""RL105 missing-decision."""

from referatlint.rule import Rule
from referatlint.rules.common import example, item, ordinary_items
from referatlint.text import Msg

MESSAGE = Msg(
    "Punktet har ingen beslutning, selv om dokumentet er et referat.",
    "The item has no decision although the document is minutes.",
)
FIX = Msg(
    "Skriv udvalgets beslutning under overskriften »Beslutning« (fx »Godkendt.« eller "
    "»Orientering taget til efterretning.«).",
    "Write the decision under the heading “Beslutning”.",
)


def check(document, context):
    if document.kind != "referat" or not context.profile.decision_required:
        return
    for agenda_item in ordinary_items(document, context):
        if agenda_item.decision is None:
            yield context.report(MESSAGE, agenda_item.line, item=agenda_item, fix=FIX)


RULE = Rule(
    code="RL105",
    name="missing-decision",
    severity="error",
    title=Msg("Beslutning mangler", "Decision missing"),
    what=Msg(
        "Et almindeligt punkt i et referat har ingen beslutning. Beslutninger skrevet uden "
        "overskrift (som »Orientering givet.« sidst i punktet) tæller med. Et dokument, hvor "
        "mindst ét punkt har en beslutning, regnes for et referat.",
        "An ordinary item of minutes has no decision. Decisions written without a heading "
        "(such as a closing “Orientering givet.”) count. A document with a decision on any "
        "item counts as minutes.",
    ),
    why=Msg(
        "Referatet er den offentlige beslutningsprotokol: et punkt uden beslutning fortæller "
        "ikke borgerne, hvad der blev besluttet.",
        "The minutes are the public record of decisions; an item without one does not tell "
        "citizens what was decided.",
    ),
    source="Lov om kommunernes styrelse § 8, stk. 7 (offentliggørelse af beslutninger)",
    bad=example(
        item(1, "Beslutning om nye vedtægter"),
        item(2, "Beslutning om ny politik", decision=None),
    ),
    good=example(item(1, "Beslutning om nye vedtægter"), item(2, "Beslutning om ny politik")),
    check=check,
)
