"""RL105 missing-decision."""

from referatlint.rule import Rule
from referatlint.rules.common import (
    example,
    item,
    ordinary_items,
    template_mismatch,
    undecided,
    whose_decision,
)
from referatlint.text import Msg

MESSAGE = Msg(
    "Punktet har ingen beslutning, selv om dokumentet er et referat.",
    "The item has no decision although the document is minutes.",
)
FIX = Msg(
    "Skriv {whose} under overskriften »Beslutning« (fx »Godkendt« eller »Orientering taget "
    "til efterretning«).",
    "Write {whose_en} under the heading “Beslutning” (e.g. “Godkendt” or “Orientering taget "
    "til efterretning”).",
)


def check(document, context):
    profile = context.profile
    if document.kind != "referat" or not (
        profile.decision_required or any(profile.decision_required_by_type.values())
    ):
        return
    # Another template, and no decision anywhere: a body that takes none, or writes them
    # under a heading of its own. RL107's one note says so, not an error on every item.
    if template_mismatch(document, context) and undecided(document, context.profile):
        return
    whose, whose_en = whose_decision(document.meeting.body)
    fix = FIX.format(whose=whose, whose_en=whose_en)
    for agenda_item in ordinary_items(document, context):
        if (
            agenda_item.decision is None
            and not title_only(agenda_item)
            and profile.requires_decision(agenda_item)
        ):
            yield context.report(MESSAGE, agenda_item.line, item=agenda_item, fix=fix)


def title_only(agenda_item) -> bool:
    """A closed item published as its title alone, nothing under the heading: most
    municipalities publish closed items so, leaving out the decision with the case."""
    return agenda_item.closed and not (
        agenda_item.sections or agenda_item.unheaded or agenda_item.attachments
    )


RULE = Rule(
    code="RL105",
    name="missing-decision",
    severity="error",
    title=Msg("Beslutning mangler", "Decision missing"),
    what=Msg(
        "Hvert almindeligt punkt i et referat skal have en beslutning.\n"
        "- Beslutninger skrevet uden overskrift (som »Orientering givet.« sidst i punktet) "
        "tæller med.\n"
        "- Det gør en liste over beslutningerne efter sidste punkt også (»Beslutninger« / "
        "»Ad 1: Godkendt.«); et punkt, listen springer over, meldes.\n"
        "- Et dokument, hvor mindst ét punkt har en beslutning, regnes for et referat.\n"
        "- Et lukket punkt, der kun står med sin titel (intet under overskriften), meldes "
        "ikke: sådan offentliggør de fleste kommuner lukkede punkter. Har det tekst, men "
        "ingen beslutning, meldes det.\n"
        "- Et punkt, der er taget af dagsordenen (»9. Udgår«, »… (udgår)«), meldes ikke.\n"
        "- Et punkt, hvis sagstype ikke skal have en beslutning, meldes ikke: i "
        "standardprofilen en temadrøftelse (»Temadrøftelse: …«); ellers afgør indstillingen "
        "»decision_required« det for hver sagstype.\n"
        "- Har intet punkt en beslutning under en overskrift, har færre end halvdelen af "
        "punkterne en beslutning uden overskrift, og følger punkterne ikke profilens "
        "skabelon, meldes punkterne ikke hver for sig: RL107 giver én bemærkning om "
        "skabelonen.",
        "Every ordinary item of minutes must have a decision.\n"
        "- Decisions written without a heading (such as a closing “Orientering givet.”) "
        "count.\n"
        "- So does a list of the decisions after the last item (“Beslutninger” / “Ad 1: "
        "Godkendt.”); an item the list skips is reported.\n"
        "- A document with a decision on at least one item counts as minutes.\n"
        "- A closed item published as its title alone (nothing under the heading) is not "
        "reported: most municipalities publish closed items so. One with text but no "
        "decision is.\n"
        "- An item taken off the agenda (“9. Udgår”, “… (udgår)”) is not reported.\n"
        "- Nor is an item whose case type needs no decision: in the standard profile a theme "
        "discussion (“Temadrøftelse: …”); otherwise the setting “decision_required” decides "
        "it for each case type.\n"
        "- When no item has a decision under a heading, fewer than half of the items have "
        "one without a heading, and the items do not follow the profile's template, the "
        "items are not reported one by one: RL107 gives one note about the template.",
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
