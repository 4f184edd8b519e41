"""RL107 template-mismatch."""

from referatlint.rule import Rule
from referatlint.rules.common import (
    closing_label,
    example,
    item,
    template_fit,
    template_mismatch,
    undecided,
)
from referatlint.text import Msg, enumeration

MESSAGE = Msg(
    "Ingen af punkterne har de afsnit, profilen »{profile}« kræver ({sections}); "
    "dokumentet følger nok en anden skabelon.",
    "None of the items has the sections the profile “{profile}” requires ({sections}); "
    "the document probably follows another template.",
)
FIX = Msg(
    "Vælg en profil, der passer til jeres skabelon (se »referatlint profiles« og "
    "»referatlint init«), eller beskriv skabelonen i en konfigurationsfil.",
    "Choose a profile that fits your template (see “referatlint profiles” and “referatlint "
    "init”), or describe the template in a configuration file.",
)
UNDECIDED_MESSAGE = Msg(
    "Ingen af punkterne har de afsnit, profilen »{profile}« kræver ({sections}), og intet "
    "punkt har en beslutning; dokumentet følger nok en anden skabelon. Træffer mødet ingen "
    "beslutninger (temamøde, dialogmøde, råd), så skriv »decision_required: false« i "
    ".referatlint.yaml.",
    "None of the items has the sections the profile “{profile}” requires ({sections}), and "
    "no item has a decision; the document probably follows another template. If the "
    "meeting takes no decisions (a theme meeting, a dialogue meeting, a council), write "
    "“decision_required: false” in .referatlint.yaml.",
)
UNDECIDED_FIX = Msg(
    "Beskriv skabelonen i .referatlint.yaml: »decision_required: false«, når mødet ikke "
    'træffer beslutninger, og under »required_sections:« med nøglen "*" de afsnit, hvert '
    "punkt skal have (et nyt afsnit skrives først under »sections:«). Står beslutningerne "
    "under en anden overskrift, så skriv den som synonym: »sections: {Beslutning: "
    "[Referat]}«. Se »Tilpas til jeres skabelon« i README.",
    "Describe the template in .referatlint.yaml: “decision_required: false” when the meeting "
    'takes no decisions, and under “required_sections:” with the key "*" the sections every '
    "item must have (a new section goes under “sections:” first). If the decisions stand "
    "under another heading, add it as a synonym: “sections: {Beslutning: [Referat]}”. See "
    "“Tilpas til jeres skabelon” in the README.",
)
# The items end under a label of the template's own ("Referat:"): their decisions, most
# likely, which the label as a synonym of Beslutning makes read (README, "Punkter uden
# sagstype og møder uden beslutninger").
LABELLED_MESSAGE = Msg(
    "Ingen af punkterne har de afsnit, profilen »{profile}« kræver ({sections}), og "
    "punkterne slutter under »{label}« frem for en beslutning; dokumentet følger nok en "
    "anden skabelon.",
    "None of the items has the sections the profile “{profile}” requires ({sections}), and "
    "the items end under “{label}” rather than a decision; the document probably follows "
    "another template.",
)
LABELLED_FIX = Msg(
    "Står beslutningerne under »{label}«, så skriv »sections: {{Beslutning: [{label}]}}« i "
    ".referatlint.yaml: så læses teksten under »{label}« som punktets beslutning. Beskriv "
    'også under »required_sections:« med nøglen "*" de afsnit, hvert punkt skal have. '
    "Træffer mødet ingen beslutninger, så skriv i stedet »decision_required: false«. Se "
    "»Tilpas til jeres skabelon« i README.",
    "If the decisions stand under “{label}”, write “sections: {{Beslutning: [{label}]}}” in "
    ".referatlint.yaml: the text under “{label}” is then read as the item's decision. List "
    'under “required_sections:”, with the key "*", the sections every item must have too. '
    "If the meeting takes no decisions, write “decision_required: false” instead. See "
    "“Tilpas til jeres skabelon” in the README.",
)
ABSENT_MESSAGE = Msg(
    "Intet punkt har afsnittet {da_names}, som profilen »{profile}« kræver; skabelonen har "
    "det nok ikke (fx fordi dokumentet er fra før afsnittet kom ind).",
    "No item has the section {en_names} that the profile “{profile}” requires; the template "
    "probably lacks it (the document may be from before the section came in).",
)
ABSENT_PLURAL_MESSAGE = Msg(
    "Intet punkt har afsnittene {da_names}, som profilen »{profile}« kræver; skabelonen har "
    "dem nok ikke (fx fordi dokumentet er fra før afsnittene kom ind).",
    "No item has the sections {en_names} that the profile “{profile}” requires; the "
    "template probably lacks them (the document may be from before the sections came in).",
)
ABSENT_FIX = Msg(
    "Følger dokumenterne en ældre skabelon, så skriv i .referatlint.yaml under "
    '»required_sections:« med nøglen "*" de afsnit, hvert punkt skal have. Se »Ældre '
    "dokumenter i et arkiv« i README.",
    "If the documents follow an older template, list under “required_sections:” in "
    '.referatlint.yaml, with the key "*", the sections every item must have. See “Ældre '
    "dokumenter i et arkiv” in the README.",
)

# The same note for a document dated after the sections came into the templates: then the
# municipality's template has none.
TEMPLATE_MESSAGE = Msg(
    "Intet punkt har afsnittet {da_names}, som profilen »{profile}« kræver; kommunens "
    "skabelon har det nok ikke.",
    "No item has the section {en_names} that the profile “{profile}” requires; the "
    "municipality's template probably does not have it.",
)
TEMPLATE_PLURAL_MESSAGE = Msg(
    "Intet punkt har afsnittene {da_names}, som profilen »{profile}« kræver; kommunens "
    "skabelon har dem nok ikke.",
    "No item has the sections {en_names} that the profile “{profile}” requires; the "
    "municipality's template probably does not have them.",
)
TEMPLATE_FIX = Msg(
    "Har jeres skabelon ikke afsnittet, så skriv i .referatlint.yaml under "
    '»required_sections:« med nøglen "*" de afsnit, hvert punkt skal have. Står det under '
    "en anden overskrift, så skriv overskriften som synonym under »sections:«. Se »Tilpas "
    "til jeres skabelon« i README.",
    "If your template has no such section, list under “required_sections:” in "
    '.referatlint.yaml, with the key "*", the sections every item must have. If it stands '
    "under another heading, add that heading as a synonym under “sections:”. See “Tilpas "
    "til jeres skabelon” in the README.",
)
# Sections that came into the templates late, and the last year a document may still follow
# a template from before: the climate section came in around 2020 (README, "Ældre
# dokumenter i et arkiv"), and a municipality's template may take a year to follow.
PREDATED_UNTIL = {"Miljø- og klimamæssige konsekvenser": 2021}


def check(document, context):
    fit = template_fit(document, context)
    if not template_mismatch(document, context):
        if fit.followed and fit.absent:
            yield absent_note(fit, context, document.meeting.date)
        return
    message, fix, label = MESSAGE, FIX, None
    if undecided(document, context.profile):
        message, fix = UNDECIDED_MESSAGE, UNDECIDED_FIX
        label = closing_label(fit.items)
        if label is not None:
            message, fix = LABELLED_MESSAGE, LABELLED_FIX.format(label=label)
    yield context.report(
        message.format(
            profile=context.profile.name, sections=", ".join(sorted(fit.wanted)), label=label
        ),
        1,
        whole_file=True,
        fix=fix,
    )


def absent_note(fit, context, date: str | None):
    """One note about the whole document for the sections no item has."""
    single = len(fit.absent) == 1
    if may_predate(fit.absent, date):
        message, fix = (ABSENT_MESSAGE if single else ABSENT_PLURAL_MESSAGE), ABSENT_FIX
    else:
        message, fix = (TEMPLATE_MESSAGE if single else TEMPLATE_PLURAL_MESSAGE), TEMPLATE_FIX
    message = message.format(
        da_names=enumeration(fit.absent, "og", "»", "«"),
        en_names=enumeration(fit.absent, "and", "“", "”"),
        profile=context.profile.name,
    )
    return context.report(message, 1, whole_file=True, fix=fix)


def may_predate(sections: tuple[str, ...], date: str | None) -> bool:
    """Whether the document may be from before one of ``sections`` came into the templates:
    its date is unknown, or not later than the last year a template may lack one."""
    if date is None:
        return True
    year = int(date[:4])
    return any(year <= PREDATED_UNTIL.get(section, 0) for section in sections)


RULE = Rule(
    code="RL107",
    name="template-mismatch",
    severity="info",
    title=Msg("Skabelonen passer ikke til profilen", "Template does not match the profile"),
    what=Msg(
        "Intet almindeligt punkt har nogen af de afsnit, profilen kræver. Så melder "
        "RL101 ikke hvert punkt; i stedet kommer denne ene bemærkning. Har intet punkt i et "
        "referat heller en beslutning, siger bemærkningen også det, og RL105 melder ikke "
        "hvert punkt: et møde uden beslutninger (temamøde, dialogmøde, råd) angives med "
        "»decision_required: false« i .referatlint.yaml; slutter de fleste punkter under samme "
        "egen overskrift (»Referat:«), nævner bemærkningen den og »sections: {Beslutning: "
        "[Referat]}«. En "
        "»Beslutningsprotokol« (dokumentet kalder sig det) uden profilens afsnit er en "
        "protokol over beslutningerne alene: den får ingen bemærkning, og dens beslutninger "
        "tjekkes som i et referat. Har punkterne profilens afsnit, men mangler et af dem i "
        "alle de punkter (mindst to), der skal have det, har skabelonen det afsnit ikke (fx "
        "et dokument fra før afsnittet kom ind): så melder RL101 ikke afsnittet for hvert "
        "punkt, og bemærkningen nævner det i stedet. Har dokumentet en dato, der ligger efter "
        "afsnittet kom ind i skabelonerne (klimaafsnittet kom ind omkring 2020, så 2022 "
        "eller senere; de andre afsnit har altid været der), siger bemærkningen i stedet, at "
        "kommunens skabelon nok ikke har afsnittet, og peger på »required_sections« i "
        ".referatlint.yaml. Har blot ét punkt afsnittet, melder "
        "RL101 de punkter, der mangler det.",
        "No ordinary item has any of the sections the profile requires. RL101 then stays "
        "quiet and this single note is given instead. When no item of minutes has a decision "
        "either, the note says so too, and RL105 does not report every item: a meeting that "
        "takes no decisions (theme meeting, dialogue meeting, council) is stated with "
        "“decision_required: false” in .referatlint.yaml; when most items end under the same "
        "label of their own (“Referat:”), the note names it and “sections: {Beslutning: "
        "[Referat]}”. A “Beslutningsprotokol” (so the "
        "document calls itself) without the profile's sections records the decisions alone: "
        "it gets no note, and its decisions are checked as in minutes. When the items follow "
        "the profile but one of its sections is missing from all the items (at least two) "
        "that must have it, the template has no such section (a document from before the "
        "section came in, say): RL101 then does not report it for every item, and the note "
        "names it instead. When the document is dated after the section came into the "
        "templates (the climate section came in around 2020, so 2022 or later; the others "
        "were always there), the note says instead that the municipality's template "
        "probably lacks it, and points to “required_sections” in .referatlint.yaml. When a single item has the section, RL101 reports the items "
        "lacking it.",
    ),
    why=Msg(
        "Hver kommune har sin skabelon. Et dokument, der slet ikke bruger profilens "
        "afsnit, skal have en profil, der passer, ikke en fejl pr. punkt.",
        "Each municipality has its own template; a document that uses none of the profile's "
        "sections needs a matching profile, not a finding per item.",
    ),
    bad=example(item(1, "Beslutning om nye vedtægter", "Sagen\n\nTekst om sagen.\n\n")),
    good=example(item(1, "Beslutning om nye vedtægter")),
    check=check,
)
