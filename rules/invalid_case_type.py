"""RL106 invalid-case-type."""

from referatlint.rule import Rule
from referatlint.rules.common import COMPLETE_ITEM, example, item
from referatlint.text import Msg

MISSING = Msg(
    "Sagstypen mangler under »Sagsgang og sagstype«.",
    "The case type is missing under “Sagsgang og sagstype”.",
)
INVALID = Msg(
    "»{case_type}« er ikke en gyldig sagstype ({valid}).",
    "“{case_type}” is not a valid case type ({valid}).",
)
FIX = Msg("Skriv »{suggestion}«.", "Write “{suggestion}”.")
FIX_MISSING = Msg(
    "Skriv sagstypen ({valid}) på sidste linje under »Sagsgang og sagstype«.",
    "Write the case type ({valid}) on the last line under “Sagsgang og sagstype”.",
)


def suggestion(written: str, profile) -> str:
    """The known case type to write: the one the item is judged as (Profile.case_type),
    else the nearest."""
    known = profile.known_case_type(written)
    if known is not None:
        return known
    from referatlint.fuzzy import closest

    valid = profile.case_types
    return closest(written, valid) or valid[0]


def check(document, context):
    valid = context.profile.case_types
    if not valid:
        return
    folded = {case_type.casefold() for case_type in valid}
    listing = ", ".join(valid)
    for agenda_item in document.items:
        route = agenda_item.section("Sagsgang og sagstype")
        if route is None:
            continue
        if agenda_item.case_type is None:
            yield context.report(
                MISSING, route.line, item=agenda_item, fix=FIX_MISSING.format(valid=listing)
            )
        elif agenda_item.case_type.casefold() not in folded:
            guess = suggestion(agenda_item.case_type, context.profile)
            yield context.report(
                INVALID.format(case_type=agenda_item.case_type, valid=listing),
                agenda_item.case_type_line,
                item=agenda_item,
                fix=FIX.format(suggestion=guess),
            )


ROUTE = "Sagsgang og sagstype\n\nSocialudvalget, Kommunalbestyrelsen\n\n"
RULE = Rule(
    code="RL106",
    name="invalid-case-type",
    severity="warning",
    title=Msg("Ugyldig sagstype", "Invalid case type"),
    what=Msg(
        "Under »Sagsgang og sagstype« skal sidste linje være en sagstype fra profilens "
        "ordliste (standard: Beslutningssag, Orienteringssag, Drøftelsessag, Temadrøftelse, "
        "Valgsag og Medlemsforslag). Reglen finder "
        "en manglende sagstype og stavemåder som »Beslutnings sag« eller »Orientering«.",
        "Under “Sagsgang og sagstype” the last line must be a case type from the profile's "
        "vocabulary (standard: Beslutningssag, Orienteringssag, Drøftelsessag, Temadrøftelse, "
        "Valgsag and Medlemsforslag). The rule finds a missing case type and forms such as “Beslutnings sag”.",
    ),
    why=Msg(
        "Sagstypen afgør, hvilke afsnit punktet skal have, og om udvalget skal beslutte, "
        "drøfte eller blot orienteres.",
        "The case type decides which sections the item needs and whether the committee is to "
        "decide, discuss or just be informed.",
    ),
    bad=example(
        item(1, "Beslutning om nye vedtægter", ROUTE + "Beslutnings sag\n\n" + COMPLETE_ITEM)
    ),
    good=example(
        item(1, "Beslutning om nye vedtægter", ROUTE + "Beslutningssag\n\n" + COMPLETE_ITEM)
    ),
    check=check,
)
