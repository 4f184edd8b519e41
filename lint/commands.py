"""The subcommands: parse, rules, rule, profiles, profile, init, schema, and the
--show-settings and --show-waivers views of the lint command."""

import json
import os
import re
import sys
from collections import Counter

from referatlint.cli import EXIT_CLEAN, FILE, LANG_HELP, NAME, PATH, PROFILE, Parser
from referatlint.errors import ConfigError, ReferatlintError
from referatlint.text import Msg, enumeration


def run_command(command: str, argv: list[str], lang: str) -> int:
    """``lang``: the language of the command's help and usage errors."""
    return COMMANDS[command](argv, lang)


def add_lang(parser: Parser) -> None:
    """--lang for every command: the language of its output and of its errors (which
    cli.main reads before parsing)."""
    parser.add_argument("--lang", choices=("da", "en"), default="da", help=LANG_HELP)


def command_parse(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint parse",
        lang=lang,
        description=Msg(
            "Vis dokumentmodellen (hvad referatlint forstod) som JSON.",
            "Show the document model (what referatlint understood) as JSON.",
        ),
    )
    parser.add_argument(
        "path",
        metavar=PATH,
        help=Msg("dokumentet; - læser standardinput", "the document; - reads standard input"),
    )
    parser.add_argument(
        "--profile",
        metavar=PROFILE,
        help=Msg(
            "profilen, hvis afsnit og synonymer skal kendes",
            "the profile whose sections and synonyms to recognise",
        ),
    )
    add_lang(parser)
    args = parser.parse_args(argv)
    from referatlint.config import Finder
    from referatlint.parse import parse
    from referatlint.parse.model import as_json
    from referatlint.read import read
    from referatlint.settings import Overrides, build

    settings = build(Finder().for_path(args.path), Overrides(profile=args.profile))
    document = parse(read(args.path), settings.profile.vocabulary)
    json.dump(as_json(document), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_CLEAN


def add_config_options(parser: Parser) -> None:
    """--config and --isolated, for the commands that also show the configuration's rules."""
    parser.add_argument(
        "--config",
        metavar=FILE,
        help=Msg(
            "konfigurationsfilen med egne regler (standard: den, der gælder i denne mappe)",
            "the configuration file with your own rules "
            "(default: the one that applies in this folder)",
        ),
    )
    parser.add_argument(
        "--isolated",
        action="store_true",
        help=Msg("kun de indbyggede regler", "only the built-in rules"),
    )


def catalogue(args) -> tuple:
    """The built-in and plugin rules, then the rules of the configuration that applies in
    the working directory (or --config): the rules a run here has."""
    from referatlint.cli import refuse_isolated_with_config
    from referatlint.config import Finder
    from referatlint.registry import all_rules, configured_rules

    refuse_isolated_with_config(args)
    resolved = Finder(args.config, args.isolated).for_path(os.path.join(os.getcwd(), "*"))
    return all_rules() + configured_rules(resolved.data, resolved.sources)


def command_rules(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint rules", lang=lang, description=Msg("List reglerne.", "List the rules.")
    )
    add_lang(parser)
    parser.add_argument(
        "--format",
        choices=("table", "markdown"),
        default="table",
        help=Msg(
            "markdown: hele dokumentationen (sådan laves docs/rules.md)",
            "markdown: the whole documentation (how docs/rules.md is made)",
        ),
    )
    add_config_options(parser)
    args = parser.parse_args(argv)
    from referatlint.rule import SEVERITY_NAMES

    rules = catalogue(args)
    if args.format == "markdown":
        from referatlint.docs import catalogue_markdown

        sys.stdout.write(catalogue_markdown(rules, args.lang))
        return EXIT_CLEAN
    names = SEVERITY_NAMES[args.lang]
    for rule in rules:
        severity = names[rule.severity]
        print(f"{rule.code}\t{rule.name:<28}\t{severity:<8}\t{rule.title.get(args.lang)}")
    return EXIT_CLEAN


def command_rule(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint rule",
        lang=lang,
        description=Msg("Vis dokumentationen for en regel.", "Show the documentation of a rule."),
    )
    parser.add_argument(
        "code",
        metavar=Msg("KODE", "CODE"),
        help=Msg("reglens kode, fx RL401", "the rule's code, e.g. RL401"),
    )
    add_lang(parser)
    add_config_options(parser)
    args = parser.parse_args(argv)
    from referatlint.docs import rule_text
    from referatlint.registry import find

    rule = find(catalogue(args), args.code)
    if rule is None:
        raise ReferatlintError(
            Msg(f"ukendt regel »{args.code}« (se referatlint rules)",
                f"unknown rule “{args.code}” (see referatlint rules)")
        )  # fmt: skip
    print(rule_text(rule, args.lang))
    return EXIT_CLEAN


def command_profiles(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint profiles",
        lang=lang,
        description=Msg("List de indbyggede profiler.", "List the built-in profiles."),
    )
    add_lang(parser)
    parser.parse_args(argv)
    from referatlint import profiles

    for name in profiles.BUILTIN:
        print(f"{name:<10}\t{profiles.builtin(name).description}")
    return EXIT_CLEAN


def profile_yaml(name: str) -> str:
    """A built-in profile, resolved, as a configuration file a user can copy and edit."""
    import yaml
    from referatlint import profiles

    data = profiles.resolve(profiles.builtin_data(name))
    data.pop("extends", None)
    header = (
        f"# Profilen »{name}« som konfigurationsfil. Gem den som .referatlint.yaml og ret\n"
        "# afsnit, synonymer, krav pr. sagstype, faste punkter, sagstyper, rækkefølge og\n"
        "# udvalg, så de passer til jeres skabelon (se »Tilpas til jeres skabelon« i README).\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def command_profile(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint profile",
        lang=lang,
        description=Msg("Vis en profil som YAML.", "Show a profile as YAML."),
    )
    parser.add_argument(
        "name",
        metavar=NAME,
        help=Msg(
            "profilens navn (se referatlint profiles)",
            "the profile's name (see referatlint profiles)",
        ),
    )
    add_lang(parser)
    args = parser.parse_args(argv)
    from referatlint import profiles

    profiles.require_builtin(args.name)
    sys.stdout.write(profile_yaml(args.name))
    return EXIT_CLEAN


TEMPLATE_CODES = ("RL101", "RL105", "RL106", "RL107", "RL203")
STARTER = """\
# referatlint: konfiguration for dagsordener og referater i denne mappe og dens undermapper.
# Lavet af »referatlint init« ud fra {documents}: profilen »{profile}« passede
# bedst ({fit}). Hele profilen: »referatlint profile {profile}«.
# Skemaet (til editorer): »referatlint schema config«.
{extends}
profile: {profile}

# Sprog for meddelelserne: da eller en.
{kept}lang: da

# Laveste alvor, der får kørslen til at fejle: error, warning eller info.
{kept}fail_on: warning

# Regler, der ikke skal køres (koder eller præfikser, fx RL6 for alle publiceringsregler):
# ignore: [RL609]

{sections}

{required}

{decisions}

# Jeres egne tjek (koder uden for RL, fx X101):
# rules:
#   - code: X101
#     kind: forbidden
#     pattern: "\\\\bbruger(e|en|ne)?\\\\b"
#     message: "Skriv »borger« i stedet for »bruger«."

# Accepterede fund skal have en skrevet begrundelse:
# waivers:
#   - file: "dagsordener/2024-11-04.txt"
#     code: RL602
#     item: "42"
#     reason: "Linket peger på et internt dokument, der ikke offentliggøres."
"""

SECTIONS = """\
# Jeres egne overskrifter lægges oven i profilens, som synonymer for et kendt afsnit:
# sections:
#   Sagsfremstilling: [Sagens baggrund]"""
# Headings of the template's own, which the profile does not know: their text is read as
# the text of the section above, so they are proposed as sections of their own.
UNKNOWN = (
    "Mange punkter i dokumenterne har {headings}, som profilen ikke kender som overskrift{s}: "
    "teksten under {pronoun} læses som en del af afsnittet ovenover. Er det afsnit i jeres "
    "skabelon, så slet »# « foran »sections:« og foran {own} herunder (og skriv {pronoun} under "
    "required_sections, hvis hvert punkt skal have {pronoun}). Er det en anden overskrift for "
    "et kendt afsnit, så skriv {pronoun} i listen efter afsnittets navn, fx »Indstilling: "
    "[Rådets indstilling]«:"
)
# A heading-like line: a capital letter, then up to five words of letters (no full stop,
# digit or comma, which a line of text or a field has), and maybe a colon.
HEADING_LIKE = re.compile(r"[A-ZÆØÅ][\w-]*(?: [\w-]+){0,4}:?")
REQUIRED = """\
# Afsnit, hver sagstype skal have ("*" gælder punkter uden sagstype):
# required_sections:
#   Beslutningssag: [Indstilling, Økonomiske konsekvenser, Miljø- og klimamæssige konsekvenser]"""
# Like decision_required, proposed commented out: the secretary knows whether the template
# lacks the section or every item forgot it.
ABSENT = """\
# Intet punkt i dokumenterne har {sections},
# som profilen kræver: jeres skabelon har {pronoun} nok ikke (fx i ældre dokumenter). Er det
# rigtigt, så slet »# « foran linjerne herunder; resten af profilens afsnit kræves stadig:
# required_sections:
{lines}"""

# decision_required: false is proposed commented out, never written: a draft whose decisions
# are not yet written looks the same, and the secretary, not init, knows whether the body
# takes decisions (false would also silence RL105 for every other referat in the folder).
DECISIONS = """\
# Træffer møderne ingen beslutninger (temamøde, dialogmøde, råd), skal et referat ikke
# have en beslutning på hvert punkt:
# decision_required: false"""
UNDECIDED = """\
# Referater uden beslutning på noget punkt: {undecided} af {minutes}. Træffer møderne ingen
# beslutninger (temamøde, dialogmøde, råd), så slet »# « foran linjen herunder. Står
# beslutningerne under en anden overskrift (fx »Referat«), så skriv i stedet
# »Beslutning: [Referat]« under sections:.
# decision_required: false"""
# The items of those minutes end under a label of their own (RL107 names it too).
LABELLED = """\
# Referater uden beslutning på noget punkt: {undecided} af {minutes}; punkterne slutter under
# »{label}«. Står beslutningerne der, så slet »# « foran de to linjer herunder, så læses
# teksten under »{label}« som punktets beslutning:
# sections:
#   Beslutning: [{label}]
# Træffer møderne ingen beslutninger (temamøde, dialogmøde, råd), så slet i stedet »# «
# foran linjen herunder.
# decision_required: false"""
# The same, when the proposal of sections above holds the label's line.
LABELLED_ABOVE = """\
# Referater uden beslutning på noget punkt: {undecided} af {minutes}; punkterne slutter under
# »{label}«. Står beslutningerne der, så slet »# « foran »sections:« og »Beslutning:
# [{label}]« ovenfor, så læses teksten under »{label}« som punktets beslutning.
# Træffer møderne ingen beslutninger (temamøde, dialogmøde, råd), så slet i stedet »# «
# foran linjen herunder.
# decision_required: false"""
# Below a folder with a configuration, the new file builds on it: without ``extends`` the
# nearest file replaces the parent's, and its ignores, waivers and severities are lost.
EXTENDS = """
# Bygger videre på konfigurationen i en mappe ovenover: dens ignore, per_file_ignores,
# undtagelser (waivers), alvorsgrader og udvalg gælder også her; det, der står i denne fil,
# vinder. Sprog og fail_on arves (slet »# « foran dem herunder for at ændre dem).
extends: {parent}
"""
# Sections few items have: the template has them, but not on every item.
RARE = (
    "Få punkter i dokumenterne har {sections}, som profilen kræver på hvert punkt: jeres "
    "skabelon kræver {pronoun} nok ikke. Er det rigtigt, så slet »# « foran linjerne herunder; "
    "resten af profilens afsnit kræves stadig:"
)


def command_init(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint init",
        lang=lang,
        description=Msg(
            "Skriv en konfigurationsfil ud fra dokumenterne i en mappe (standard: "
            "denne); filen lægges i mappen.",
            "Write a configuration file from the documents in a folder (default: "
            "this one); the file is put in the folder.",
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar=PATH,
        help=Msg(
            "mapper eller dokumenter at lære af (standard: .)",
            "folders or documents to learn from (default: .)",
        ),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=Msg("overskriv en eksisterende fil", "overwrite an existing file"),
    )
    add_lang(parser)
    args = parser.parse_args(argv)
    from itertools import islice

    from referatlint import profiles
    from referatlint.config import NONE
    from referatlint.engine import check
    from referatlint.errors import InputError
    from referatlint.read import read
    from referatlint.rules.common import (
        closing_label,
        items_of_template,
        never_present,
        undecided,
    )
    from referatlint.runner import discover, parse_source
    from referatlint.settings import Overrides, build

    paths_given = args.paths or ["."]
    # One folder named: the configuration goes there, for its documents; else here.
    folder = paths_given[0] if len(paths_given) == 1 and os.path.isdir(paths_given[0]) else "."
    target = ".referatlint.yaml" if folder == "." else os.path.join(folder, ".referatlint.yaml")
    if os.path.exists(target) and not args.force:
        raise ConfigError(
            Msg(
                "findes allerede (brug --force for at overskrive)",
                "already exists (use --force to overwrite)",
            ),
            target,
        )
    parent = parent_config(folder, target)
    paths = list(islice(discover(paths_given), 200))
    candidates = {name: build(NONE, Overrides(profile=name)) for name in profiles.BUILTIN}
    standard = candidates["standard"].profile
    fits = dict.fromkeys(profiles.BUILTIN, 0)
    shown = {name: set() for name in profiles.BUILTIN}  # the sections read under each profile
    requiring = {name: Counter() for name in profiles.BUILTIN}  # section -> items requiring it
    having = {name: Counter() for name in profiles.BUILTIN}  # section -> items having it
    labels = Counter()  # the label the items of undecided minutes end under
    unknown = {name: Counter() for name in profiles.BUILTIN}  # heading -> items showing it
    spelled = {}  # the first spelling of each unknown heading
    opened = dict.fromkeys(profiles.BUILTIN, 0)  # the open items that are no standing item
    minutes, undecided_minutes = 0, 0
    for path in paths:
        try:
            source = read(path)  # once: a PDF or Word file is slow to decode
        except InputError:
            continue  # an unreadable document says nothing about the template
        for name, settings in candidates.items():
            document = parse_source(source, settings.profile.vocabulary)
            findings = check(document, settings.rules, settings.profile)
            fits[name] += sum(1 for finding in findings if finding.code in TEMPLATE_CODES)
            shown[name].update(section.canonical for i in document.items for section in i.sections)
            open_items = [i for i in items_of_template(document, settings.profile) if not i.closed]
            opened[name] += len(open_items)
            for agenda_item in document.items:  # standing items show the headings too
                if not agenda_item.closed:
                    for key, text in unknown_headings(agenda_item, settings.profile):
                        unknown[name][key] += 1
                        spelled.setdefault(key, text)
            for agenda_item in open_items:
                required = settings.profile.required_sections(agenda_item)
                requiring[name].update(required)
                having[name].update({s.canonical for s in agenda_item.sections} & set(required))
            if name == "standard" and document.kind == "referat":
                minutes += 1
                if undecided(document, settings.profile):
                    undecided_minutes += 1
                    labels[closing_label(open_items)] += 1
    # A profile fits only documents that show a heading of its own: one that demands a
    # heading no document has is not their template, however few findings it gives.
    missing = {
        name: own
        for name, candidate in candidates.items()
        if (own := own_headings(candidate.profile, standard)) and not own & shown[name]
    }
    ranked = sorted(profiles.BUILTIN, key=lambda name: (fits[name], name != "standard"))
    best = next(name for name in ranked if name not in missing)
    other = next(name for name in ranked if name != best)  # compared with the runner-up
    if not paths:
        fit = "ingen dokumenter i mappen at prøve profilerne på"
    elif best != "standard":
        fit = f"{fits[best]} fund om skabelonen mod {fits['standard']} med »standard«"
    elif other in missing and fits[other] < fits[best]:
        headings = " eller ".join(f"»{heading}«" for heading in sorted(missing[other]))
        fit = (
            f"{fits[best]} fund om skabelonen; »{other}« gav {fits[other]}, men dokumenterne "
            f"har ikke {headings}"
        )
    elif fits[other] == fits[best]:  # standard wins a tie
        fit = f"{fits[best]} fund om skabelonen; ingen anden profil gav færre"
    else:
        fit = f"{fits[best]} fund om skabelonen mod {fits[other]} med »{other}«, den næstbedste"
    decisions = UNDECIDED.format(undecided=undecided_minutes, minutes=minutes)
    label = next((label for label, _ in labels.most_common() if label), None)
    # Sections no item has (as RL107 counts them), or fewer than half of the items that
    # must, while the items follow the template otherwise (with none of its sections, they
    # follow another).
    absent = never_present(requiring[best], shown[best])
    rare = tuple(
        sorted(
            name
            for name, count in requiring[best].items()
            if count > 1 and 0 < 2 * having[best][name] < count
        )
    )
    if not shown[best] & set(requiring[best]):
        absent, rare = (), ()
    dropped = tuple(sorted({*absent, *rare}))
    recurring = [
        spelled[key]
        for key, count in unknown[best].most_common()
        if count >= 2 and 2 * count >= opened[best] and key != (label or "").casefold()
    ]
    if label is not None:
        decisions = (LABELLED_ABOVE if recurring else LABELLED).format(
            undecided=undecided_minutes, minutes=minutes, label=label
        )
    counts = {name: (having[best][name], requiring[best][name]) for name in dropped}
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(
            STARTER.format(
                documents=f"{len(paths)} {'dokument' if len(paths) == 1 else 'dokumenter'}",
                profile=best,
                fit=fit,
                decisions=decisions if undecided_minutes else DECISIONS,
                extends=EXTENDS.format(parent=parent) if parent else "",
                kept="# " if parent else "",
                sections=proposed_sections(recurring, unknown[best], opened[best], label),
                required=(
                    without_sections(candidates[best].profile, dropped, counts if rare else None)
                    if dropped
                    else REQUIRED
                ),
            )
        )
    print(f"Skrev {target} med profilen »{best}« ({fit}).")
    if parent:
        where = "denne mappe" if folder == "." else folder
        print(f"Den bygger videre på {parent} (extends), så dens undtagelser, ignoreringer og "
              f"alvorsgrader gælder stadig i {where}.")  # fmt: skip
    if rare:
        print(f"Få punkter har {counted(dropped, counts)}; se »required_sections« i {target}.")
    elif absent:
        names = enumeration(absent, "og", "»", "«")
        print(f"Intet punkt har {names}; se »required_sections« i {target}.")
    if recurring:
        headings = enumeration(recurring, "og", "»", "«")
        noun = "overskriften" if len(recurring) == 1 else "overskrifterne"
        print(f"Mange punkter har {noun} {headings}, som profilen ikke kender; "
              f"se »sections« i {target}.")  # fmt: skip
    if label is not None:
        print(f"Punkterne slutter under »{label}«; se »sections« i {target}.")
    if undecided_minutes:
        print(
            f"Referater uden beslutning på noget punkt: {undecided_minutes} af {minutes}; "
            f"se »decision_required« i {target}."
        )
    return EXIT_CLEAN


def parent_config(folder: str, target: str) -> str | None:
    """The configuration file that governs ``folder`` now (other than ``target``, which
    init replaces), as a path relative to the folder for ``extends``; None if there is
    none. A pyproject.toml in the folder itself counts: .referatlint.yaml would hide it."""
    from referatlint.config import find_config

    here = os.path.realpath(folder)
    found = find_config(here)
    if found is not None and found == os.path.realpath(target):  # init --force replaces it
        found = find_config(os.path.dirname(here))
    return os.path.relpath(found, here) if found else None


def unknown_headings(agenda_item, profile) -> set[tuple[str, str]]:
    """(key, text) of each line in the item that stands as a heading would, a few words
    with text after it ("Rådets bemærkninger"), and is no heading the profile knows, nor
    a decision ("Drøftet"), a status ("Beslutning ikke frigivet"), a case type or the name
    of a body deciding ("Socialudvalget")."""
    from referatlint.parse.header import names_body

    vocabulary = profile.vocabulary
    case_types = {case_type.casefold() for case_type in profile.case_types}
    lines = [*agenda_item.unheaded, *(line for s in agenda_item.sections for line in s.body)]
    found = set()
    for line in lines[:-1]:  # a heading has text after it
        text = line.text.strip()
        if HEADING_LIKE.fullmatch(text):
            text = text.removesuffix(":")
            if not (
                vocabulary.heading(text)
                or vocabulary.heading(text.split()[0])
                or vocabulary.decision_phrase.match(text)
                or text.casefold() in case_types
                or names_body(text, vocabulary.bodies)
            ):
                found.add((text.casefold(), text))
    return found


def proposed_sections(recurring: list[str], counts: Counter, items: int, label) -> str:
    """The commented ``sections`` proposal: the recurring unknown headings as sections of
    their own, else the general example."""
    if not recurring:
        return SECTIONS
    from textwrap import wrap

    note = UNKNOWN.format(
        headings=enumeration(
            [f"{heading}« ({counts[heading.casefold()]} af {items})" for heading in recurring],
            "og",
            "»",
        ),
        s="" if len(recurring) == 1 else "er",
        pronoun="den" if len(recurring) == 1 else "dem",
        own="dens linje" if len(recurring) == 1 else "deres linjer",
    )
    lines = [f"#   {heading}: []" for heading in recurring]
    if label is not None:  # the decision's label goes in the same mapping (see below)
        lines.append(f"#   Beslutning: [{label}]")
    wrapped = wrap(note, 90, initial_indent="# ", subsequent_indent="# ")
    return "\n".join([*wrapped, "# sections:", *lines])


def without_sections(profile, absent: tuple[str, ...], counts: dict | None = None) -> str:
    """The commented proposal of the profile's required sections without ``absent``: the
    sections no item has, or (with ``counts``, section -> items having it and items that
    must) the sections few items have."""
    lines = []
    for case_type, sections in profile.required.items():
        if not sections:
            continue  # a kind that requires none (a theme discussion) keeps the profile's
        kept = ", ".join(name for name in sections if name not in absent)
        key = '"*"' if case_type == "*" else case_type
        lines.append(f"#   {key}: [{kept}]")
    if counts is not None:
        from textwrap import wrap

        note = RARE.format(
            sections=("afsnittet " if len(absent) == 1 else "afsnittene ")
            + counted(absent, counts),
            pronoun="det" if len(absent) == 1 else "dem",
        )
        wrapped = wrap(note, 90, initial_indent="# ", subsequent_indent="# ")
        return "\n".join([*wrapped, "# required_sections:", *lines])
    names = enumeration(absent, "og", "»", "«")
    return ABSENT.format(
        sections=f"afsnittet {names}" if len(absent) == 1 else f"afsnittene {names}",
        pronoun="det" if len(absent) == 1 else "dem",
        lines="\n".join(lines),
    )


def counted(names: tuple[str, ...], counts: dict[str, tuple[int, int]]) -> str:
    """»Økonomiske konsekvenser« (1 af 4) og ...: each section with the items having it and
    the items that must."""
    return enumeration([f"{name}« ({counts[name][0]} af {counts[name][1]})" for name in names],
                       "og", "»")  # fmt: skip


def own_headings(profile, standard) -> set[str]:
    """The sections ``profile`` requires on every item, whatever its case type, and the
    standard profile does not: the headings a document of its template shows (a case type
    requiring none, as a theme discussion, shows no heading either way, and one it requires
    as the standard profile does, as an election, says nothing of its template)."""
    required = [
        set(sections)
        for case_type, sections in profile.required.items()
        if sections and sections != standard.required.get(case_type)
    ]
    demanded = set.intersection(*required) if required else set()
    return demanded - {name for names in standard.required.values() for name in names}


def command_schema(argv: list[str], lang: str) -> int:
    parser = Parser(
        prog="referatlint schema",
        lang=lang,
        description=Msg(
            "Udskriv et af de medfølgende JSON-skemaer.", "Print one of the bundled JSON schemas."
        ),
    )
    parser.add_argument(
        "which",
        choices=("config", "document", "report"),
        metavar=Msg("SKEMA", "SCHEMA"),
        help=Msg(
            "config (konfigurationsfilen), document (dokumentmodellen, som parse viser) "
            "eller report (rapporten, --output-format json)",
            "config (the configuration file), document (the document model, as parse "
            "shows it) or report (the report, --output-format json)",
        ),
    )
    add_lang(parser)
    args = parser.parse_args(argv)
    from referatlint.schemas import load

    json.dump(load(f"{args.which}.schema.json"), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_CLEAN


def show_settings(run, paths: list[str]) -> int:
    """The resolved configuration for each path, and the files it came from, in order: one
    YAML document each. Every configuration is read before any is shown, so an error in one
    (exit code 2) prints nothing but its line: the pre-commit hook for configuration files
    checks them this way."""
    import yaml

    views = [settings_view(run, path) for path in paths]
    sys.stdout.write(yaml.safe_dump_all(views, allow_unicode=True, sort_keys=False, width=100))
    return EXIT_CLEAN


def settings_view(run, path: str) -> dict:
    settings = run.settings_at(path)
    profile = settings.profile.data
    return {
        "file": path,
        "configuration_files": list(settings.sources) or ["(ingen: standardindstillinger)"],
        "profile": settings.profile.name,
        "lang": settings.lang,
        "fail_on": settings.fail_on,
        "rules": [rule.code for rule in settings.rules],
        "severity": settings.severities,
        "exclude": list(settings.exclude),
        "per_file_ignores": {pattern: list(codes) for pattern, codes in settings.per_file_ignores},
        "options": settings.options,
        "waivers": [w._asdict() for w in settings.waivers],
        "template": {key: value for key, value in profile.items() if key != "extends"},
    }


def show_waivers(run, paths: list[str], book, lang: str, linted: list[str]) -> None:
    """Every waiver that applies to the linted files, with its reason and its use; then
    every per-file ignore pattern, with the linted files it covered (the ignored rules do
    not run on them, so there are no findings to count), and a pattern that covered none."""
    from referatlint.report.common import report_path

    waivers = {w for settings in run._settings.values() for w in settings.waivers}
    if not paths:
        waivers |= set(run.settings_at(".").waivers)
    if not waivers:
        print("Ingen undtagelser." if lang == "da" else "No waivers.")
    for waiver in sorted(waivers, key=lambda w: (w.source, w.line or 0)):
        item = f" punkt {waiver.item}" if waiver.item else ""
        used = book.used[waiver]
        if lang == "da":
            count = f"brugt {used} {'gang' if used == 1 else 'gange'}"
        else:
            count = f"used {used} {'time' if used == 1 else 'times'}"
        where = f"{report_path(waiver.source)}:{waiver.line}"
        print(f"{where}: {waiver.code} {report_path(waiver.file)}{item} ({count})")
        print(f"    {'Begrundelse' if lang == 'da' else 'Reason'}: {waiver.reason}")
    show_ignored_files(run, linted, lang)


def show_ignored_files(run, linted: list[str], lang: str) -> None:
    """``per_file_ignores:`` and each pattern with its codes and how many linted files it
    covered."""
    from referatlint.report.common import report_path
    from referatlint.settings import pattern_covers

    covered: Counter = Counter()
    patterns: dict[str, tuple[str, ...]] = {}
    for settings in run._settings.values():
        patterns.update(settings.per_file_ignores)
    for path in linted:
        for pattern, _ in run.settings(path).per_file_ignores:
            covered[pattern] += pattern_covers(pattern, path)
    if not patterns:
        return
    print("per_file_ignores:")
    for pattern, codes in sorted(patterns.items()):
        files = covered[pattern]
        if lang == "en":
            use = (
                f"{files} file{'s' * (files != 1)}"
                if files
                else "no file checked: check the pattern"
            )
        else:
            use = (
                f"{files} fil{'er' * (files != 1)}"
                if files
                else "ingen tjekket fil: tjek mønsteret"
            )
        print(f"{report_path(pattern)}: {', '.join(codes)} ({use})")


COMMANDS = {
    "parse": command_parse,
    "rules": command_rules,
    "rule": command_rule,
    "profiles": command_profiles,
    "profile": command_profile,
    "init": command_init,
    "schema": command_schema,
}
