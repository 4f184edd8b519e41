"""RL101 missing-required-section."""

from functools import cache

from referatlint.rule import Rule
from referatlint.rules.common import (
    COMPLETE_ITEM,
    RECOMMENDATION,
    consequence_section,
    example,
    item,
    recommendation_example,
    template_fit,
)
from referatlint.text import Msg

MESSAGE = Msg("Punktet mangler afsnittet »{section}«.", "The item lacks the section “{section}”.")
FIX = Msg(
    "Tilføj overskriften »{section}« med en tekst.", "Add the heading “{section}” with a text."
)
CONSEQUENCE_FIX = Msg(
    "Tilføj overskriften »{section}« med en tekst. Er der intet at skrive, så skriv det "
    "(fx »Der er ingen {lower}.«).",
    "Add the heading “{section}” with a text. If there is nothing to say, say so (e.g. "
    "“Der er ingen {lower}.”).",
)
RECOMMENDATION_FIX = Msg(
    "Tilføj overskriften »{section}« med administrationens indstilling (fx »{example}«).",
    "Add the heading “{section}” with the administration's recommendation (e.g. “{example}”).",
)


def check(document, context):
    fit = template_fit(document, context)
    # A document where no item carries any required section follows another template;
    # RL107 says so once instead of a finding per item here.
    if not fit.followed:
        return
    for agenda_item in fit.items:
        present = {section.canonical for section in agenda_item.sections}
        for section in fit.required[agenda_item.line]:
            # A section no item has is the template's lack; RL107 notes it once.
            if section not in present and section not in fit.absent:
                example = ""
                if section == RECOMMENDATION:
                    example = recommendation_example(agenda_item, context.profile)
                message, fix = messages(section, example)
                # All of an item's missing sections are at its heading: the section says
                # which one a baseline entry is.
                yield context.report(
                    message, agenda_item.line, item=agenda_item, fix=fix, subject=section
                )


@cache  # the profile's few sections, missing from item after item
def messages(section: str, example: str) -> tuple[Msg, Msg]:
    if example:
        fix = RECOMMENDATION_FIX.format(section=section, example=example)
    elif consequence_section(section):
        fix = CONSEQUENCE_FIX.format(section=section, lower=section[:1].lower() + section[1:])
    else:
        fix = FIX.format(section=section)
    return MESSAGE.format(section=section), fix


RULE = Rule(
    code="RL101",
    name="missing-required-section",
    severity="warning",
    title=Msg("Påkrævet afsnit mangler", "Required section missing"),
    what=Msg(
        "Hvert almindeligt punkt skal have de afsnit, skabelonen kræver; i standardprofilen "
        "»Indstilling«, »Økonomiske konsekvenser« og »Miljø- og klimamæssige konsekvenser«.\n"
        "- Skabelonen kan kræve forskellige afsnit for hver sagstype.\n"
        "- Faste punkter som »Godkendelse af dagsorden«, »Nyt fra forvaltningen«, »Spørgetid "
        "for borgerne« og »Eventuelt« er undtaget.\n"
        "- En temadrøftelse (»Temadrøftelse: …«) skal ikke have afsnittene, og et "
        "medlemsforslag (»Anmodning om optagelse af sag på dagsordenen fra …«, "
        "»Medlemsforslag …«) heller ikke: det er medlemmets egen tekst.\n"
        "- Et punkt, der er taget af dagsordenen (»9. Udgår«, »… (udgår)« eller kun "
        "beslutningen »Punktet blev trukket«) eller udsat til et senere møde med kun "
        "beslutningen »Udsat.«, er undtaget.\n"
        "- Synonymer tæller med, fx »INDSTILLING« og »Økonomi«; i et dokument uden "
        "overskriften »Indstilling« tæller »Forslag« og »Beslutningspunkter«, og i et "
        "dokument uden en overskrift om klima og miljø tæller »Bæredygtighed«.\n"
        "- En nummereret overskrift (»5. Økonomiske konsekvenser«) tæller som overskriften.\n"
        "- Mangler et afsnit i alle de punkter (mindst to), der skal have det, har "
        "skabelonen det ikke (fx et dokument fra før afsnittet blev indført): så melder "
        "RL107 det én gang i stedet for her.",
        "Every ordinary item must have the sections the template requires; in the standard "
        "profile “Indstilling”, “Økonomiske konsekvenser” and “Miljø- og klimamæssige "
        "konsekvenser”.\n"
        "- The template may require different sections for each case type.\n"
        "- Standing items such as “Godkendelse af dagsorden”, “Nyt fra forvaltningen”, "
        "“Spørgetid for borgerne” and “Eventuelt” are exempt.\n"
        "- A theme discussion (“Temadrøftelse: …”) needs none of the sections, nor does a "
        "member's proposal (“Anmodning om optagelse af sag på dagsordenen fra …”, "
        "“Medlemsforslag …”): it is the member's own text.\n"
        "- An item taken off the agenda (“9. Udgår”, “… (udgår)” or only the decision "
        "“Punktet blev trukket”) or put off to a later meeting with only the decision "
        "“Udsat.” is exempt.\n"
        "- Synonyms count, such as “INDSTILLING” and “Økonomi”; in a document with no "
        "“Indstilling” heading, “Forslag” and “Beslutningspunkter” count, and in one with no "
        "heading about climate and environment, “Bæredygtighed” counts.\n"
        "- A numbered heading (“5. Økonomiske konsekvenser”) counts as the heading.\n"
        "- When a section is missing from all the items (at least two) that must have it, "
        "the template has none (a document from before the section was introduced, say): "
        "RL107 then reports it once instead.",
    ),
    why=Msg(
        "Politikerne skal kunne se indstillingen og konsekvenserne, før de beslutter. Et "
        "afsnit, der mangler, er let at overse, når man læser korrektur.",
        "Members must see the recommendation and the consequences before deciding; a "
        "missing section is easy to overlook when proofreading.",
    ),
    bad=example(item(1, "Beslutning om nye vedtægter", COMPLETE_ITEM.split("Miljø")[0])),
    good=example(item(1, "Beslutning om nye vedtægter")),
    check=check,
)
