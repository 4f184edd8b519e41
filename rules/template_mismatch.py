"""RL107 template-mismatch."""

from referatlint.rule import Rule
from referatlint.rules.common import example, item, template_fit
from referatlint.text import Msg

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


def check(document, context):
    fit = template_fit(document, context)
    if not fit.wanted or fit.followed or decisions_only(document):
        return
    yield context.report(
        MESSAGE.format(profile=context.profile.name, sections=", ".join(sorted(fit.wanted))),
        fit.items[0].line,
        item=None,
        fix=FIX,
    )


def decisions_only(document) -> bool:
    """Whether the document calls itself a "Beslutningsprotokol": with no item carrying
    the profile's sections, it records the decisions alone, by design (with them, it is
    full minutes under that name, as København's)."""
    return (document.meeting.label or "").casefold() == "beslutningsprotokol"


RULE = Rule(
    code="RL107",
    name="template-mismatch",
    severity="info",
    title=Msg("Skabelonen passer ikke til profilen", "Template does not match the profile"),
    what=Msg(
        "Intet almindeligt punkt har nogen af de afsnit, profilen kræver. Så melder "
        "RL101 ikke hvert punkt; i stedet kommer denne ene bemærkning. En "
        "»Beslutningsprotokol« (dokumentet kalder sig det) uden profilens afsnit er en "
        "protokol over beslutningerne alene: den får ingen bemærkning, og dens beslutninger "
        "tjekkes som i et referat.",
        "No ordinary item has any of the sections the profile requires. RL101 then stays "
        "quiet and this single note is given instead. A “Beslutningsprotokol” (so the "
        "document calls itself) without the profile's sections records the decisions alone: "
        "it gets no note, and its decisions are checked as in minutes.",
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
