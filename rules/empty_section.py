"""RL102 empty-section."""

from referatlint.rule import Rule
from referatlint.rules.common import (
    COMPLETE_ITEM,
    RECOMMENDATION,
    consequence_section,
    example,
    grouping_headings,
    item,
    recommendation_example,
)
from referatlint.text import Msg

MESSAGE = Msg(
    "Afsnittet »{heading}« er tomt.",
    "The section “{heading}” is empty.",
)
FIX = Msg(
    "Skriv teksten under overskriften, eller slet overskriften, hvis afsnittet ikke skal bruges.",
    "Write the text under the heading, or delete the heading if the section is not used.",
)
# A section the template requires must stay: deleting its heading would bring RL101.
REQUIRED_FIX = Msg("Skriv teksten under overskriften.", "Write the text under the heading.")
CONSEQUENCE_FIX = Msg(
    "Skriv teksten under overskriften. Er der intet at skrive, så skriv det (fx »Der er "
    "ingen {lower}.«).",
    "Write the text under the heading. If there is nothing to say, say so (e.g. “Der er "
    "ingen {lower}.”).",
)
RECOMMENDATION_FIX = Msg(
    "Skriv administrationens indstilling under overskriften (fx »{example}«).",
    "Write the administration's recommendation under the heading (e.g. “{example}”).",
)
# Owned by other rules: an empty decision is RL402, a missing case type RL106.
OWNED_ELSEWHERE = {"Beslutning", "Sagsgang og sagstype"}


def check(document, context):
    for agenda_item in document.items:
        for section in agenda_item.sections:
            if section.body or section.canonical in OWNED_ELSEWHERE:
                continue
            if section.line in grouping_headings(agenda_item, context):
                continue
            yield context.report(
                MESSAGE.format(heading=section.heading.rstrip(" :")),
                section.line,
                item=agenda_item,
                fix=fix(section.canonical, agenda_item, context.profile),
            )


def fix(section: str, agenda_item, profile) -> Msg:
    """Delete an optional section; write a required one, with an example where one fits."""
    if section not in profile.required_sections(agenda_item):
        return FIX
    if section == RECOMMENDATION:
        return RECOMMENDATION_FIX.format(example=recommendation_example(agenda_item, profile))
    if consequence_section(section):
        return CONSEQUENCE_FIX.format(lower=section[:1].lower() + section[1:])
    return REQUIRED_FIX


RULE = Rule(
    code="RL102",
    name="empty-section",
    severity="warning",
    title=Msg("Tomt afsnit", "Empty section"),
    what=Msg(
        "En overskrift uden tekst før næste overskrift. Overskrifter, der samler de "
        "følgende afsnit (som »Sagsfremstilling« i nogle skabeloner, eller en overskrift "
        "lige over »Baggrund« eller »Vurdering«), er undtaget.",
        "A heading with no text before the next heading. Headings that group the sections "
        "below them (such as “Sagsfremstilling” in some templates, or a heading directly "
        "above “Baggrund” or “Vurdering”) are exempt.",
    ),
    why=Msg(
        "En tom overskrift ser ud som en glemt tekst og efterlader læseren i tvivl.",
        "An empty heading looks like forgotten text and leaves the reader in doubt.",
    ),
    bad=example(
        item(1, "Drøftelse af udgiftsdrivere", COMPLETE_ITEM + "Alternativ indstilling\n\n")
    ),
    good=example(item(1, "Drøftelse af udgiftsdrivere")),
    check=check,
)
