"""RL107 template-mismatch."""

from referatlint.rule import Rule
from referatlint.rules.common import example, item, template_fit, template_mismatch, undecided
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


def check(document, context):
    fit = template_fit(document, context)
    if not template_mismatch(document, context):
        if fit.followed and fit.absent:
            yield absent_note(fit, context)
        return
    message, fix = (
        (UNDECIDED_MESSAGE, UNDECIDED_FIX)
        if undecided(document, context.profile)
        else (MESSAGE, FIX)
    )
    yield context.report(
        message.format(profile=context.profile.name, sections=", ".join(sorted(fit.wanted))),
        fit.items[0].line,
        item=None,
        fix=fix,
    )


def absent_note(fit, context):
    """One note for the sections no item has, at the first item that must have one."""
    first = next(i for i in fit.items if not set(fit.required[i.line]).isdisjoint(fit.absent))
    message = ABSENT_MESSAGE if len(fit.absent) == 1 else ABSENT_PLURAL_MESSAGE
    message = message.format(
        da_names=enumeration(fit.absent, "og", "»", "«"),
        en_names=enumeration(fit.absent, "and", "“", "”"),
        profile=context.profile.name,
    )
    return context.report(message, first.line, item=None, fix=ABSENT_FIX)


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
        "»decision_required: false« i .referatlint.yaml. En "
        "»Beslutningsprotokol« (dokumentet kalder sig det) uden profilens afsnit er en "
        "protokol over beslutningerne alene: den får ingen bemærkning, og dens beslutninger "
        "tjekkes som i et referat. Har punkterne profilens afsnit, men mangler et af dem i "
        "alle de punkter (mindst to), der skal have det, har skabelonen det afsnit ikke (fx "
        "et dokument fra før afsnittet kom ind): så melder RL101 ikke afsnittet for hvert "
        "punkt, og bemærkningen nævner det i stedet. Har blot ét punkt afsnittet, melder "
        "RL101 de punkter, der mangler det.",
        "No ordinary item has any of the sections the profile requires. RL101 then stays "
        "quiet and this single note is given instead. When no item of minutes has a decision "
        "either, the note says so too, and RL105 does not report every item: a meeting that "
        "takes no decisions (theme meeting, dialogue meeting, council) is stated with "
        "“decision_required: false” in .referatlint.yaml. A “Beslutningsprotokol” (so the "
        "document calls itself) without the profile's sections records the decisions alone: "
        "it gets no note, and its decisions are checked as in minutes. When the items follow "
        "the profile but one of its sections is missing from all the items (at least two) "
        "that must have it, the template has no such section (a document from before the "
        "section came in, say): RL101 then does not report it for every item, and the note "
        "names it instead. When a single item has the section, RL101 reports the items "
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
