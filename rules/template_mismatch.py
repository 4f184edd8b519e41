"""RL107 template-mismatch."""

from referatlint.profiles import BUILTIN, builtin
from referatlint.rule import Rule
from referatlint.rules.common import (
    closing_label,
    example,
    item,
    items_of_template,
    template_fit,
    template_mismatch,
    undecided,
)
from referatlint.text import Msg, enumeration

MESSAGE = Msg(
    "Ingen af punkterne har de afsnit, profilen »{profile}« kræver ({sections}); "
    "dokumentet følger nok en anden skabelon.",
    "None of the items has the sections the “{profile}” profile requires ({sections}); "
    "the document probably follows another template.",
)
# The settings are kept by whoever set referatlint up, not by the secretary reading this:
# the fixes say whom to ask and where the manual explains it; the settings themselves are
# on the rule's page.
FIX = Msg(
    "Bed den, der har sat referatlint op, om at vælge en profil, der passer til kommunens "
    "skabelon, eller tilpasse indstillingerne til den (se »Tilpas til jeres skabelon« i "
    "vejledningen).",
    "Ask whoever set referatlint up to choose a profile that fits the municipality's "
    "template, or to adapt the settings to it (see “Tilpas til jeres skabelon” in the "
    "manual).",
)
UNDECIDED_MESSAGE = Msg(
    "Ingen af punkterne har de afsnit, profilen »{profile}« kræver ({sections}), og intet "
    "punkt har en beslutning; dokumentet følger nok en anden skabelon, eller mødet træffer "
    "ingen beslutninger (temamøde, dialogmøde, råd).",
    "None of the items has the sections the “{profile}” profile requires ({sections}), and "
    "no item has a decision; the document probably follows another template, or the meeting "
    "takes no decisions (a theme meeting, a dialogue meeting, a council).",
)
UNDECIDED_FIX = Msg(
    "Bed den, der har sat referatlint op, om at tilpasse indstillingerne til kommunens "
    "skabelon: hvilke afsnit punkterne skal have, hvor beslutningerne står, og om mødet "
    "træffer beslutninger (se »Tilpas til jeres skabelon« i vejledningen).",
    "Ask whoever set referatlint up to adapt the settings to the municipality's template: "
    "which sections the items must have, where the decisions stand, and whether the meeting "
    "takes decisions (see “Tilpas til jeres skabelon” in the manual).",
)
# The items end under a label of the template's own ("Referat:"): their decisions, most
# likely, which the label as a synonym of Beslutning makes read (README, "Punkter uden
# sagstype og møder uden beslutninger").
LABELLED_MESSAGE = Msg(
    "Ingen af punkterne har de afsnit, profilen »{profile}« kræver ({sections}), og "
    "punkterne slutter under »{label}« frem for en beslutning; dokumentet følger nok en "
    "anden skabelon.",
    "None of the items has the sections the “{profile}” profile requires ({sections}), and "
    "the items end under “{label}” rather than a decision; the document probably follows "
    "another template.",
)
LABELLED_FIX = Msg(
    "Bed den, der har sat referatlint op, om at tilpasse indstillingerne til kommunens "
    "skabelon, så teksten under »{label}« læses som punktets beslutning, eller så der ikke "
    "kræves en beslutning, hvis mødet ikke træffer beslutninger (se »Tilpas til jeres "
    "skabelon« i vejledningen).",
    "Ask whoever set referatlint up to adapt the settings to the municipality's template, so "
    "that the text under “{label}” is read as the item's decision, or so that no decision is "
    "required if the meeting takes none (see “Tilpas til jeres skabelon” in the manual).",
)
ABSENT_MESSAGE = Msg(
    "Intet punkt har afsnittet {da_names}, som profilen »{profile}« kræver; skabelonen har "
    "det nok ikke (fx fordi dokumentet er fra før afsnittet blev indført).",
    "No item has the section {en_names} that the “{profile}” profile requires; the template "
    "probably lacks it (the document may be from before the section was introduced).",
)
ABSENT_PLURAL_MESSAGE = Msg(
    "Intet punkt har afsnittene {da_names}, som profilen »{profile}« kræver; skabelonen har "
    "dem nok ikke (fx fordi dokumentet er fra før afsnittene blev indført).",
    "No item has the sections {en_names} that the “{profile}” profile requires; the "
    "template probably lacks them (the document may be from before the sections were "
    "introduced).",
)
ABSENT_FIX = Msg(
    "Følger dokumenterne en ældre skabelon, så bed den, der har sat referatlint op, om at "
    "tilpasse indstillingerne til den (se »Ældre dokumenter i et arkiv« i vejledningen).",
    "If the documents follow an older template, ask whoever set referatlint up to adapt the "
    "settings to it (see “Ældre dokumenter i et arkiv” in the manual).",
)

# The same note for a document dated after the sections came into the templates: then the
# municipality's template has none.
TEMPLATE_MESSAGE = Msg(
    "Intet punkt har afsnittet {da_names}, som profilen »{profile}« kræver; kommunens "
    "skabelon har det nok ikke.",
    "No item has the section {en_names} that the “{profile}” profile requires; the "
    "municipality's template probably does not have it.",
)
TEMPLATE_PLURAL_MESSAGE = Msg(
    "Intet punkt har afsnittene {da_names}, som profilen »{profile}« kræver; kommunens "
    "skabelon har dem nok ikke.",
    "No item has the sections {en_names} that the “{profile}” profile requires; the "
    "municipality's template probably does not have them.",
)
TEMPLATE_FIX = Msg(
    "Bed den, der har sat referatlint op, om at tilpasse indstillingerne til kommunens "
    "skabelon (se »Tilpas til jeres skabelon« i vejledningen).",
    "Ask whoever set referatlint up to adapt the settings to the municipality's template "
    "(see “Tilpas til jeres skabelon” in the manual).",
)
# Added to a fix when another built-in profile fits the document.
PROFILE_FITS = Msg(
    " Dokumentet passer til referatlints indbyggede skabelon »{profile}«: bed den, der har "
    "sat referatlint op, om at vælge den.",
    " The document fits referatlint's built-in template “{profile}”: ask whoever set "
    "referatlint up to choose it.",
)
# Sections that came into the templates late, and the last year a document may still follow
# a template from before: the climate section came in around 2020 (README, "Ældre
# dokumenter i et arkiv"), and a municipality's template may take a year to follow.
PREDATED_UNTIL = {"Miljø- og klimamæssige konsekvenser": 2021}


def check(document, context):
    fit = template_fit(document, context)
    if not template_mismatch(document, context):
        if fit.followed and fit.absent:
            yield absent_note(fit, document, context)
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
        fix=with_fitting_profile(fix, document, context),
    )


def absent_note(fit, document, context):
    """One note about the whole document for the sections no item has."""
    single = len(fit.absent) == 1
    if may_predate(fit.absent, document.meeting.date):
        message, fix = (ABSENT_MESSAGE if single else ABSENT_PLURAL_MESSAGE), ABSENT_FIX
    else:
        message, fix = (TEMPLATE_MESSAGE if single else TEMPLATE_PLURAL_MESSAGE), TEMPLATE_FIX
    message = message.format(
        da_names=enumeration(fit.absent, "og", "»", "«"),
        en_names=enumeration(fit.absent, "and", "“", "”"),
        profile=context.profile.name,
    )
    return context.report(
        message, 1, whole_file=True, fix=with_fitting_profile(fix, document, context)
    )


def with_fitting_profile(fix: Msg, document, context) -> Msg:
    """The fix, naming the first other built-in profile under which every ordinary open item
    has every section it requires (Odense's minutes under »standard«: »odense«)."""
    for name in BUILTIN:
        if name == context.profile.name:
            continue
        profile = builtin(name)
        items = [i for i in items_of_template(document, profile) if not i.closed]
        required = [(i, profile.required_sections(i)) for i in items]
        if any(sections for _, sections in required) and all(
            i.section(section) is not None for i, sections in required for section in sections
        ):
            fits = PROFILE_FITS.format(profile=name)
            return Msg(fix.da + fits.da, fix.en + fits.en)
    return fix


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
        "Har intet almindeligt punkt nogen af de afsnit, profilen kræver, følger dokumentet "
        "nok en anden skabelon: så kommer denne ene bemærkning i stedet for en advarsel fra "
        "RL101 på hvert punkt.\n"
        "- Har intet punkt i et referat heller en beslutning, siger bemærkningen også det, og "
        "RL105 melder ikke hvert punkt. Slutter de fleste punkter under samme egen overskrift "
        "(fx »Referat:«), nævner bemærkningen den.\n"
        "- En »Beslutningsprotokol« (dokumentet kalder sig det) uden profilens afsnit er en "
        "protokol over beslutningerne alene: den får ingen bemærkning, og dens beslutninger "
        "tjekkes som i et referat.\n"
        "- Mangler et af profilens afsnit i alle de punkter (mindst to), der skal have det, har "
        "skabelonen nok ikke det afsnit (fx et dokument fra før afsnittet blev indført): så "
        "melder RL101 det ikke for hvert punkt, og bemærkningen nævner det i stedet. Er "
        "dokumentet fra 2022 eller senere, siger bemærkningen, at kommunens skabelon nok ikke "
        "har afsnittet (klimaafsnittet blev indført omkring 2020; de andre afsnit har altid "
        "været der).\n"
        "- Har blot ét punkt afsnittet, melder RL101 de punkter, der mangler det.\n"
        "- Rettelsen beder den, der har sat referatlint op, om at tilpasse indstillingerne til "
        "skabelonen; passer dokumentet til en anden af referatlints indbyggede profiler, "
        "nævner rettelsen den.\n"
        "- Indstillingerne står i .referatlint.yaml: de afsnit, hvert punkt skal have, under "
        "»required_sections« med nøglen »*« (et nyt afsnit skal også stå under »sections«); "
        "et møde uden beslutninger (temamøde, dialogmøde, råd) med »decision_required: "
        "false«; og en egen overskrift for beslutningen (»Referat:«) under »sections« som et "
        "andet navn for »Beslutning«.",
        "When no ordinary item has any of the sections the profile requires, the document "
        "probably follows another template: this single note is then given instead of a "
        "warning from RL101 on every item.\n"
        "- When no item of minutes has a decision either, the note says so too, and RL105 "
        "does not report every item. When most items end under the same label of their own "
        "(“Referat:”, say), the note names it.\n"
        "- A “Beslutningsprotokol” (so the document calls itself) without the profile's "
        "sections records the decisions alone: it gets no note, and its decisions are checked "
        "as in minutes.\n"
        "- When one of the profile's sections is missing from all the items (at least two) "
        "that must have it, the template probably has no such section (a document from before "
        "the section was introduced, say): RL101 then does not report it for every item, and "
        "the note names it instead. When the document is from 2022 or later, the note says "
        "that the municipality's template probably lacks the section (the climate section was "
        "introduced around 2020; the others were always there).\n"
        "- When a single item has the section, RL101 reports the items lacking it.\n"
        "- The fix asks whoever set referatlint up to adapt the settings to the template; when "
        "the document fits another of referatlint's built-in profiles, the fix names it.\n"
        "- The settings are in .referatlint.yaml: the sections every item must have under "
        "“required_sections” with the key “*” (a new section must also stand under “sections”); a "
        "meeting that takes no decisions (theme meeting, dialogue meeting, council) with "
        "“decision_required: false”; and a label of the template's own for the decision "
        "(“Referat:”) under “sections” as another name for “Beslutning”.",
    ),
    why=Msg(
        "Hver kommune har sin skabelon. Et dokument, der slet ikke bruger profilens "
        "afsnit, skal have en profil, der passer, ikke en fejl pr. punkt.",
        "Each municipality has its own template; a document that uses none of the profile's "
        "sections needs a matching profile, not a finding per item.",
    ),
    bad=example(item(1, "Beslutning om nye vedtægter", "Sagen\n\nTekst om sagen.\n\n")),
    good=example(item(1, "Beslutning om nye vedtægter")),
    good_caption=Msg("Dokument, der passer til profilen", "Document that fits the profile"),
    check=check,
)
