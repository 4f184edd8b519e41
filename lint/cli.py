"""Command line: ``referatlint [OPTIONS] PATH...`` and the subcommands in commands.py.

``main(argv) -> int`` is the whole program; every expected failure is a
ReferatlintError, printed on one line with exit code 2.
"""

import argparse
import os
import sys
from collections.abc import Sequence
from functools import partial

from referatlint import __version__
from referatlint.errors import ReferatlintError, os_reason
from referatlint.report import FORMATS
from referatlint.rule import SEVERITIES, SEVERITY_RANK
from referatlint.text import Msg

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("parse", "rules", "rule", "profiles", "profile", "init", "schema")


# argparse's own words in the help, in Danish and in argparse's English.
USAGE = Msg("brug: ", "usage: ")
ARGUMENTS = Msg("argumenter", "positional arguments")
OPTIONS = Msg("tilvalg", "options")
SHOW_HELP = Msg("vis denne hjælp, og afslut", "show this help message and exit")
LANG_HELP = Msg("sprog for meddelelser (standard: da)", "language of the messages (default: da)")
# The placeholders in the help (metavars), as each language writes them.
PATH, FILE, NAME = Msg("STI", "PATH"), Msg("FIL", "FILE"), Msg("NAVN", "NAME")
CODES, PROFILE = Msg("KODER", "CODES"), Msg("PROFIL", "PROFILE")


class Formatter(argparse.HelpFormatter):
    """A fixed width: argparse otherwise imports shutil to ask the terminal at start-up."""

    def __init__(self, prog: str, usage_prefix: str, width: int | None = None, **options):
        super().__init__(prog, width=width or int(os.environ.get("COLUMNS", 100)), **options)
        self.usage_prefix = usage_prefix

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse, but with its help in ``lang`` (Danish by default), and usage errors
    become one-line ReferatlintErrors. A description, help or metavar given as a Msg is
    written in ``lang``.

    argparse's own words in the help are set here rather than through gettext (whose
    ``_`` is argparse's module global): that would change every parser in the process,
    pytest's too. Its error messages stay English here and are translated by ``error``,
    which keeps both languages for --lang."""

    def __init__(self, *args, lang: str = "da", description: Msg | None = None, **options):
        self.lang = lang
        super().__init__(
            *args,
            description=description and description.get(lang),
            formatter_class=partial(Formatter, usage_prefix=USAGE.get(lang)),
            add_help=False,
            **options,
        )
        self._positionals.title = ARGUMENTS.get(lang)
        self._optionals.title = OPTIONS.get(lang)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=SHOW_HELP)

    def add_argument(self, *names, **options):
        for key in ("help", "metavar"):
            if isinstance(options.get(key), Msg):
                options[key] = options[key].get(self.lang)
        return super().add_argument(*names, **options)

    def error(self, message: str):
        danish = in_danish(message, list(self._option_string_actions))
        for action in self._positionals._group_actions:
            # A missing word of a few choices (schema's): which they are, not only its name.
            if action.choices and message.endswith(f" required: {action.metavar}"):
                danish += f" ({listed(list(action.choices), 'eller')})"
                message += f" ({listed(list(action.choices), 'or')})"
        raise ReferatlintError(Msg(f"forkert brug: {danish}", f"usage error: {message}"))


def in_danish(message: str, options: list[str]) -> str:
    """argparse's usage errors (English) in Danish; any other stays as it is."""
    import re
    from difflib import get_close_matches

    def words(values: str) -> str:  # "'error', 'warning'" -> "error, warning"
        return ", ".join(value.strip(" '") for value in values.split(","))

    def unquoted(value: str) -> str:
        return value[1:-1] if value[:1] == value[-1:] and value[:1] in "'\"" else value

    if found := re.fullmatch(r"argument (\S+): invalid choice: (.+) \(choose from (.+)\)", message):
        option, value, choices = found.groups()
        value, choices = unquoted(value), words(choices)
        close = get_close_matches(value, choices.split(", "), 1)
        hint = f" (mente du »{close[0]}«?)" if close else ""
        return f"{option}: »{value}« er ikke en af {choices}{hint}"
    if found := re.fullmatch(r"argument (\S+): invalid (\w+) value: (.+)", message):
        option, kind, value = found.groups()
        kind = {"int": "et helt tal", "float": "et tal"}.get(kind, kind)
        return f"{option}: »{unquoted(value)}« er ikke {kind}"
    if found := re.fullmatch(r"argument (\S+): expected (one|at least one) arguments?", message):
        return f"{found[1]} skal have en værdi"
    if found := re.fullmatch(r"the following arguments are required: (.+)", message):
        return f"mangler {found[1]}"
    if found := re.fullmatch(r"unrecognized arguments: (.+)", message):
        unknown = found[1].split()
        close = get_close_matches(unknown[0], options, 1) if unknown[0].startswith("-") else []
        hint = f" (mente du {close[0]}?)" if close else ""
        many = "ukendte argumenter" if len(unknown) > 1 else "ukendt argument"
        return f"{many}: {found[1]}{hint}"
    if found := re.fullmatch(r"argument (\S+): ignored explicit argument (.+)", message):
        return f"{found[1]} tager ingen værdi (fik »{unquoted(found[2])}«)"
    if found := re.fullmatch(r"ambiguous option: (\S+) could match (.+)", message):
        return f"{found[1]} kan være flere tilvalg: {found[2]}"
    return message


def codes(value: str) -> list[str]:
    return [code.strip().upper() for code in value.split(",") if code.strip()]


def lint_parser(lang: str = "da") -> Parser:
    parser = Parser(
        prog="referatlint",
        lang=lang,
        description=Msg(
            "Tjekker dagsordener og referater, før de offentliggøres. "
            f"Underkommandoer: {', '.join(COMMANDS)} (fx »referatlint rule RL401«).",
            "Checks agendas and minutes before they are published. "
            f"Subcommands: {', '.join(COMMANDS)} (e.g. “referatlint rule RL401”).",
        ),
    )
    add = parser.add_argument
    add(
        "paths",
        nargs="*",
        metavar=PATH,
        help=Msg(
            "filer eller mapper (.txt, .pdf, .docx, .html, .md); - læser stdin",
            "files or folders (.txt, .pdf, .docx, .html, .md); - reads stdin",
        ),
    )
    add(
        "--output-format",
        choices=FORMATS,
        help=Msg(
            "udskriftsformat (standard: full; med -o FIL efter filens endelse: .sarif giver "
            "sarif, .json json, .xml junit, .html og .htm html, andre full)",
            "output format (default: full; with -o FILE by the file's extension: .sarif gives "
            "sarif, .json json, .xml junit, .html and .htm html, others full)",
        ),
    )
    add(
        "-o",
        "--output",
        metavar=FILE,
        help=Msg(
            "skriv formatet til FIL; skærmen får stadig den læsbare udskrift",
            "write the format to FILE; the screen still gets the readable output",
        ),
    )
    add(
        "--select",
        type=codes,
        action="extend",
        metavar=CODES,
        help=Msg(
            "kun disse regler (koder eller præfikser, fx RL1,RL401)",
            "only these rules (codes or prefixes, e.g. RL1,RL401)",
        ),
    )
    add(
        "--ignore",
        type=codes,
        action="extend",
        default=[],
        metavar=CODES,
        help=Msg("spring disse regler over", "skip these rules"),
    )
    add(
        "--extend-select",
        type=codes,
        action="extend",
        default=[],
        metavar=CODES,
        help=Msg("tilføj regler til udvalget", "add rules to the selection"),
    )
    add(
        "--fail-on",
        choices=SEVERITIES,
        help=Msg(
            "laveste alvor, der giver exitkode 1 (standard: warning)",
            "the lowest severity that gives exit code 1 (default: warning)",
        ),
    )
    add(
        "--exit-zero",
        action="store_true",
        help=Msg(
            "exitkode 0, selv om der er fund (en fil, der ikke kan læses, giver stadig 2)",
            "exit code 0 even when there are findings (a file that cannot be read still gives 2)",
        ),
    )
    add(
        "-q",
        "--quiet",
        action="store_true",
        help=Msg(
            "vis kun fundene: ingen opsummering, "
            "fremdrift eller advarsler; med -o får filen hele rapporten",
            "show only the findings: no summary, "
            "progress or warnings; with -o the file gets the whole report",
        ),
    )
    add(
        "-s",
        "--silent",
        action="store_true",
        help=Msg(
            "vis intet, kun exitkoden; en fejl, der giver kode 2, vises dog på én linje; "
            "med -o får filen hele rapporten",
            "show nothing, only the exit code; an error that gives code 2 is still shown "
            "on one line; with -o the file gets the whole report",
        ),
    )
    add(
        "--statistics",
        action="store_true",
        help=Msg("vis antal fund pr. regel", "show the number of findings per rule"),
    )
    add("--lang", choices=("da", "en"), help=LANG_HELP)
    add(
        "--profile",
        metavar=PROFILE,
        help=Msg(
            "skabelonprofil (standard, holbaek, odense, hedensted)",
            "template profile (standard, holbaek, odense, hedensted)",
        ),
    )
    add(
        "--config",
        metavar=FILE,
        help=Msg(
            "brug denne konfigurationsfil i stedet for at lede efter en",
            "use this configuration file instead of looking for one",
        ),
    )
    add(
        "--isolated",
        action="store_true",
        help=Msg("brug ingen konfigurationsfiler", "use no configuration files"),
    )
    add(
        "--baseline",
        metavar=FILE,
        help=Msg(
            "meld kun fund, der ikke står i baseline-filen",
            "report only findings that are not in the baseline file",
        ),
    )
    add(
        "--write-baseline",
        metavar=FILE,
        help=Msg("skriv alle fund til en baseline-fil", "write all findings to a baseline file"),
    )
    add(
        "--prune-baseline",
        action="store_true",
        help=Msg(
            "fjern rettede fund og fund i dokumenter, der ikke findes længere, fra "
            "--baseline-filen (nye fund tilføjes aldrig)",
            "remove fixed findings and findings of documents that no longer exist from the "
            "--baseline file (new findings are never added)",
        ),
    )
    add(
        "--force-exclude",
        action="store_true",
        help=Msg(
            "spring også filer over, som konfigurationens exclude dækker, når de er nævnt "
            "ved navn (som pre-commit nævner dem)",
            "skip files the configuration's exclude covers even when named (as pre-commit "
            "names them)",
        ),
    )
    add(
        "--show-waivers",
        action="store_true",
        help=Msg(
            "vis undtagelserne (waivers) og deres begrundelser",
            "show the waivers and their reasons",
        ),
    )
    add(
        "--show-settings",
        action="store_true",
        help=Msg(
            "vis den samlede konfiguration for hver sti; en fejl i en konfigurationsfil "
            "giver exitkode 2",
            "show the combined configuration for each path; an error in a configuration "
            "file gives exit code 2",
        ),
    )
    add(
        "--stdin-filename",
        metavar=NAME,
        help=Msg(
            "læs standardinput som filen NAVN (dens konfiguration, undtagelser og navn i fund)",
            "read standard input as the file NAME (its configuration, waivers and name in "
            "findings)",
        ),
    )
    add(
        "--no-cache",
        action="store_true",
        help=Msg(
            "tjek dokumenterne igen: læs og skriv ingen resultater i .referatlint_cache",
            "check the documents again: read and write no results in .referatlint_cache",
        ),
    )
    add(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help=Msg(
            "højst N processer (standard: alle kerner ved mange filer)",
            "at most N processes (default: all cores when there are many files)",
        ),
    )
    add(
        "--version",
        action="version",
        version=f"referatlint {__version__}",
        help=Msg("vis versionsnummeret, og afslut", "show program's version number and exit"),
    )
    return parser  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = requested_lang(argv)
    try:
        if argv and argv[0] in COMMANDS:
            from referatlint.commands import run_command

            return run_command(argv[0], argv[1:], lang)
        return run_lint(argv, lang)
    except ReferatlintError as error:
        print(f"referatlint: {error.render(lang)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def warn(message: Msg, lang: str) -> None:
    """A one-line warning on stderr: the run goes on."""
    word = "warning" if lang == "en" else "advarsel"
    print(f"referatlint: {word}: {message.get(lang)}", file=sys.stderr)


STDIN_ONLY = Msg(
    "--stdin-filename navngiver standardinput: angiv ingen andre stier end -",
    "--stdin-filename names standard input: give no paths other than -",
)
NO_DOCUMENTS = Msg(
    "ingen dokumenter fundet i {folder}{others}; referatlint læser .txt, .md, .pdf, .docx og .html",
    "no documents found in {folder}{others}; referatlint reads .txt, .md, .pdf, .docx and .html",
)


def listed(items: list[str], conjunction: str) -> str:
    """``a``, ``a og b``, ``a, b og c``."""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def no_documents(empty: list[tuple[str, str | None, int]]) -> Msg:
    """``ingen dokumenter fundet i moeder (kun 2 andre filer, fx moede.doc); …``, or for
    several folders ``ingen dokumenter fundet i a, b og c; …``."""
    if len(empty) > 1:
        folders = [folder for folder, _, _ in empty]
        return Msg(
            NO_DOCUMENTS.da.format(folder=listed(folders, "og"), others=""),
            NO_DOCUMENTS.en.format(folder=listed(folders, "and"), others=""),
        )
    ((folder, example, others),) = empty
    if example is None:
        return NO_DOCUMENTS.format(folder=folder, others="")
    if others == 1:
        return Msg(
            NO_DOCUMENTS.da.format(folder=folder, others=f" (kun {example})"),
            NO_DOCUMENTS.en.format(folder=folder, others=f" (only {example})"),
        )
    return Msg(
        NO_DOCUMENTS.da.format(folder=folder, others=f" (kun {others} andre filer, fx {example})"),
        NO_DOCUMENTS.en.format(
            folder=folder, others=f" (only {others} other files, e.g. {example})"
        ),
    )


def refuse_overwriting(args, inputs: list[str]) -> None:
    """Stop before -o or --write-baseline is opened (emptied) if it names a file the run
    reads: a document to check (also by another name: a link or a hard link), a
    configuration file, or, for -o, the baseline read or the baseline written. Writing
    the baseline over the one read (--baseline F --write-baseline F) renews it: allowed."""
    from referatlint.config import CONFIG_NAMES

    def same(path: str) -> tuple:
        try:
            status = os.stat(path)
        except OSError:  # not there yet: only another output can be the same file
            return ("missing", os.path.realpath(path))
        return status.st_dev, status.st_ino

    def named(da: str, en: str, path: str) -> Msg:
        return Msg(f"{da} {path}", f"{en} {path}")

    targets = [(option, path, same(path)) for option, path in
               (("-o", args.output), ("--write-baseline", args.write_baseline)) if path]  # fmt: skip
    if not targets:
        return
    read = {}  # what the run reads, by identity, in words
    if any(identity[0] != "missing" for _, _, identity in targets):
        for path in [*inputs, *filter(None, [args.stdin_filename])]:
            if path != "-":
                read.setdefault(same(path), named("dokumentet", "the document", path))
    if args.config:
        read[same(args.config)] = named(
            "konfigurationsfilen", "the configuration file", args.config
        )
    if args.baseline:
        read_by_output = {
            same(args.baseline): named("baseline-filen", "the baseline", args.baseline)
        }
    else:
        read_by_output = {}
    if args.write_baseline:
        read_by_output[same(args.write_baseline)] = named(
            "baseline-filen", "the baseline", args.write_baseline
        )
    for option, path, identity in targets:
        what = read.get(identity) or (read_by_output.get(identity) if option == "-o" else None)
        if what is None and os.path.basename(path) in CONFIG_NAMES:
            what = named("konfigurationsfilen", "the configuration file", path)
        if what is not None:
            raise ReferatlintError(
                Msg(f"{option} {path} ville overskrive {what.da}; vælg en anden fil",
                    f"{option} {path} would overwrite {what.en}; choose another file")
            )  # fmt: skip


def open_output(path: str | None):
    if path is None:
        return None
    try:
        return open(path, "w", encoding="utf-8")  # closed by run_lint
    except OSError as error:
        reason = os_reason(error, writing=True)
        raise ReferatlintError(
            Msg(f"kan ikke skrive {path}: {reason.da}", f"cannot write {path}: {reason.en}")
        ) from None


# Names people give a configuration file that referatlint does not read.
NEAR_MISSES = (
    ".referatlint.yml", "referatlint.yml", ".referatlint.toml", "referatlint.toml",
    ".referatlint.json", "referatlint.json", ".referatlintrc", "referatlintrc",
)  # fmt: skip
ONLY_THESE = (
    "referatlint læser kun .referatlint.yaml, referatlint.yaml og [tool.referatlint] i "
    "pyproject.toml",
    "referatlint only reads .referatlint.yaml, referatlint.yaml and [tool.referatlint] in "
    "pyproject.toml",
)
NOT_READ = Msg(
    "bruger {used}, ikke {ignored}: " + ONLY_THESE[0],
    "using {used_en}, not {ignored}: " + ONLY_THESE[1],
)
SEVERAL = Msg(
    "flere konfigurationsfiler i {folder}: bruger {used}, ikke {ignored}",
    "several configuration files in {folder}: using {used}, not {ignored}",
)


class ConfigNotes:
    """Configuration files that are silently passed by: a near-miss name (.referatlint.yml)
    between a document and the configuration it gets, and the other configuration files
    of the folder whose file wins. Each is told once, on one line of stderr."""

    def __init__(self) -> None:
        self.seen_folders: set[str] = set()
        self.seen_parents: set[str] = set()  # as given: an archive's files share a few
        self.told: set[str] = set()

    def check(self, path: str, lang: str) -> None:
        from referatlint.config import CONFIG_NAMES, has_tool_table

        parent = os.path.dirname(path) if path != "-" else "-"
        if parent in self.seen_parents:
            return
        self.seen_parents.add(parent)
        folder = os.getcwd() if path == "-" else os.path.dirname(os.path.abspath(path))
        folder = os.path.realpath(folder)  # as config.find_config walks
        near: list[str] = []
        while folder not in self.seen_folders:
            self.seen_folders.add(folder)
            near += [
                os.path.join(folder, name)
                for name in NEAR_MISSES
                if os.path.isfile(os.path.join(folder, name))
            ]
            real = [
                os.path.join(folder, name)
                for name in CONFIG_NAMES
                if os.path.isfile(os.path.join(folder, name))
                and (name != "pyproject.toml" or has_tool_table(os.path.join(folder, name)))
            ]
            if real:
                self.tell(near, real[0], lang)
                if len(real) > 1:
                    self.several(folder, real, lang)
                return
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        self.tell(near, None, lang)

    def tell(self, near: list[str], used: str | None, lang: str) -> None:
        from referatlint.report.common import report_path

        for ignored in near:
            if ignored not in self.told:
                self.told.add(ignored)
                shown = report_path(used) if used else None
                message = NOT_READ.format(
                    used=shown or "ingen konfigurationsfil",
                    used_en=shown or "no configuration file",
                    ignored=report_path(ignored),
                )
                warn(message, lang)

    def several(self, folder: str, real: list[str], lang: str) -> None:
        from referatlint.report.common import report_path

        if real[0] in self.told:
            return
        self.told.add(real[0])
        ignored = [report_path(path) for path in real[1:]]
        values = {"folder": report_path(folder), "used": report_path(real[0])}
        warn(
            Msg(SEVERAL.da.format(**values, ignored=listed(ignored, "og")),
                SEVERAL.en.format(**values, ignored=listed(ignored, "and"))),
            lang,
        )  # fmt: skip


class Run:
    """Settings per file, from the configuration that applies to it, built once each.
    ``notes``: tell of configuration files passed by (the main process does, workers not)."""

    def __init__(self, args, notes: bool = True):
        from referatlint import cache
        from referatlint.config import Finder
        from referatlint.settings import Overrides

        cache.use("results", not args.no_cache)
        self.finder = Finder(args.config, args.isolated)
        hushed = args.quiet or args.silent
        self.notes = (
            ConfigNotes() if notes and not (args.config or args.isolated or hushed) else None
        )
        self.overrides = Overrides(
            args.profile, args.select, tuple(args.ignore), tuple(args.extend_select),
            args.fail_on, args.lang,
        )  # fmt: skip
        self._settings = {}
        self._by_path = {}
        self._configured = {}

    def settings(self, path: str):
        # Asked twice of each file (to leave it out, then to report it): found once.
        if path in self._by_path:
            return self._by_path[path]
        from referatlint.settings import build

        resolved = self.finder.for_path(path)
        if resolved.sources not in self._settings:
            self._settings[resolved.sources] = build(resolved, self.overrides)
        settings = self._by_path[path] = self._settings[resolved.sources]
        if self.notes is not None:
            self.notes.check(path, settings.lang)
        return settings

    def configured_rule(self, path: str, code: str):
        """The rule with this code among the configuration's own rules (X101) that apply
        to ``path``, for reports that describe the rules; None if there is none."""
        from referatlint.registry import configured_rules

        settings = self.settings(path)
        key = (settings.sources, code)
        if key not in self._configured:
            rules = configured_rules(settings.data, settings.sources)
            self._configured[key] = next((rule for rule in rules if rule.code == code), None)
        return self._configured[key]

    def settings_at(self, path: str):
        """The settings of a file, or of the files in a folder (which the folder's own
        configuration file governs, not its parent's)."""
        if path != "-" and os.path.isdir(path):
            path = os.path.join(path, "*")  # a name in the folder: only its folder counts
        return self.settings(path)


# -o FILE's extensions that name a format: the format written when --output-format is not
# given, the formats such a file can hold (SARIF and GitLab's Code Quality are JSON too, so
# .json stays json: GitLab's file needs --output-format gitlab), and what the file is.
OUTPUT_SUFFIXES = {
    ".sarif": ("sarif", ("sarif",), Msg("en SARIF-fil", "a SARIF file")),
    ".json": ("json", ("json", "sarif", "gitlab"), Msg("en JSON-fil", "a JSON file")),
    ".xml": ("junit", ("junit",), Msg("en XML-fil", "an XML file")),
    ".html": ("html", ("html",), Msg("en HTML-side", "an HTML page")),
    ".htm": ("html", ("html",), Msg("en HTML-side", "an HTML page")),
}
ONE_EXCLUDED = Msg(
    "intet dokument er tjekket: {first} er udeladt af exclude i konfigurationen",
    "no document was checked: {first} is left out by exclude in the configuration",
)
ALL_EXCLUDED = Msg(
    "intet dokument er tjekket: de {count} fundne dokumenter er udeladt af exclude i "
    "konfigurationen (fx {first})",
    "no document was checked: the {count} documents found are left out by exclude in the "
    "configuration (e.g. {first})",
)
# Documents' extensions: no report is written into such a file.
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf")
# The extension of a file in each format, for the name a usage error proposes.
FORMAT_SUFFIXES = {"full": ".txt", "concise": ".txt", "github": ".txt", "azure": ".txt",
                   "json": ".json", "sarif": ".sarif", "gitlab": ".json", "junit": ".xml",
                   "html": ".html"}  # fmt: skip


def output_format(args) -> str:
    """The format of the report: --output-format, else the one -o FILE's extension names
    (``results.sarif.json`` is SARIF), else full. A format given that the extension
    contradicts (text into ``report.sarif``) is a usage error that says what to write."""
    if args.output is None:
        return args.output_format or "full"
    stem, suffix = os.path.splitext(args.output)
    if suffix.lower() in DOCUMENT_SUFFIXES:  # a report is text, never a PDF or Word file
        given = args.output_format or "full"
        other = stem + FORMAT_SUFFIXES[given]
        raise ReferatlintError(
            Msg(f"forkert brug: -o {args.output}: referatlint skriver ikke {suffix}-filer; kald "
                f"filen {other}",
                f"usage error: -o {args.output}: referatlint does not write {suffix} files; name "
                f"the file {other}")
        )  # fmt: skip
    if suffix.lower() not in OUTPUT_SUFFIXES:
        return args.output_format or "full"
    named, fitting, kind = OUTPUT_SUFFIXES[suffix.lower()]
    if args.output.lower().endswith(".sarif.json"):
        named = "sarif"
    if args.output_format is None:
        return named
    given = args.output_format
    if given in fitting:
        return given
    other = stem + FORMAT_SUFFIXES[given]
    raise ReferatlintError(
        Msg(f"forkert brug: -o {args.output} er {kind.da}, men --output-format er {given}; "
            f"skriv --output-format {named}, eller kald filen {other}",
            f"usage error: -o {args.output} is {kind.en}, but --output-format is {given}; "
            f"write --output-format {named}, or name the file {other}")
    )  # fmt: skip


def refuse_pruning_without_baseline(args) -> None:
    """--prune-baseline takes entries out of the baseline read; --write-baseline would
    write every finding, new ones too, so the two cannot go together."""
    if not args.prune_baseline:
        return
    if args.write_baseline:
        raise ReferatlintError(
            Msg("forkert brug: --prune-baseline kan ikke bruges med --write-baseline, som "
                "skriver alle fund, også de nye; vælg den ene",
                "usage error: --prune-baseline cannot be used with --write-baseline, which "
                "writes every finding, new ones too; choose one")
        )  # fmt: skip
    if not args.baseline:
        raise ReferatlintError(
            Msg("forkert brug: --prune-baseline skal bruges sammen med --baseline FIL (den "
                "baseline-fil, fundene fjernes fra)",
                "usage error: --prune-baseline goes with --baseline FILE (the baseline file "
                "the findings are removed from)")
        )  # fmt: skip


def refuse_backslashes(name: str) -> None:
    """``--stdin-filename udvalg\\udkast.txt`` (an editor on a Windows share): a name with
    \\ would get no folder's configuration, waivers or per-file ignores, silently; on
    this system only / separates folders."""
    if "\\" in name:
        slashed = name.replace("\\", "/")
        raise ReferatlintError(
            Msg(f"forkert brug: --stdin-filename {name} bruger \\ mellem mapperne; skriv / i "
                f"stedet: --stdin-filename {slashed}",
                f"usage error: --stdin-filename {name} uses \\ between folders; write / "
                f"instead: --stdin-filename {slashed}")
        )  # fmt: skip


def refuse_isolated_with_config(args) -> None:
    """As ruff: --isolated asks for no configuration file and --config for one."""
    if args.isolated and args.config:
        raise ReferatlintError(
            Msg(f"forkert brug: --config {args.config} kan ikke bruges med --isolated, som "
                "slår alle konfigurationsfiler fra; vælg den ene",
                f"usage error: --config {args.config} cannot be used with --isolated, which "
                "turns every configuration file off; choose one")
        )  # fmt: skip


def lang_option(argv: list[str]) -> list[str]:
    """The last ``--lang en`` or ``--lang=en`` among these arguments (the one argparse
    keeps; every command has it), else nothing: the lint command's other options are not
    a subcommand's."""
    found = []
    for at, argument in enumerate(argv):
        if argument == "--":  # the rest are paths
            break
        if argument.startswith("--lang="):
            found = [argument]
        elif argument == "--lang" and at + 1 < len(argv):
            found = argv[at : at + 2]
    return found


def requested_lang(argv: list[str]) -> str:
    """The language of the help and of usage errors: --lang on the command line, read
    before argparse parses it (which prints the help as soon as it meets -h), else da."""
    option = lang_option(argv)
    return "en" if option and option[-1].removeprefix("--lang=") == "en" else "da"


def refuse_misplaced_command(paths: list[str], argv: list[str]) -> None:
    """``referatlint --lang en rule RL601``: a subcommand comes first, or it is read as a
    file; a missing file named as a subcommand was meant as one."""
    for path in paths:
        if path in COMMANDS and not os.path.lexists(path):
            import shlex

            at = argv.index(path)
            meant = shlex.join(["referatlint", path, *argv[at + 1 :], *lang_option(argv[:at])])
            raise ReferatlintError(
                Msg(f"»{path}« er en underkommando: skriv den først ({meant})",
                    f"“{path}” is a subcommand: put it first ({meant})")
            )  # fmt: skip


def run_lint(argv: list[str], help_lang: str) -> int:
    """``help_lang``: the language of the help and of usage errors (the findings' is the
    configuration's, which --lang overrides)."""
    parser = lint_parser(help_lang)
    # A misplaced subcommand first: its own options are unknown to the lint command.
    args, unknown = parser.parse_known_args(argv)
    refuse_misplaced_command(args.paths, argv)
    if unknown:
        parser.parse_args(argv)  # the usage error that names them
    if args.jobs is not None and args.jobs < 1:
        raise ReferatlintError(
            Msg(f"forkert brug: --jobs/-j: »{args.jobs}« er ikke et helt tal på mindst 1",
                f"usage error: argument --jobs/-j: {args.jobs} is not a whole number of at least 1")
        )  # fmt: skip
    refuse_isolated_with_config(args)
    refuse_pruning_without_baseline(args)
    args.output_format = output_format(args)
    run = Run(args)
    if args.show_settings:
        from referatlint.commands import show_settings

        shown = args.paths or ["."]
        for path in shown:
            if path != "-" and not os.path.lexists(path):
                raise ReferatlintError(
                    Msg(f"--show-settings: {path} findes ikke", f"--show-settings: {path} does not exist")
                )  # fmt: skip
        return show_settings(run, shown)
    if args.stdin_filename is not None:
        if any(path != "-" for path in args.paths):
            raise ReferatlintError(STDIN_ONLY)
        refuse_backslashes(args.stdin_filename)
        args.paths = ["-"]
    if not args.paths and not args.show_waivers:
        raise ReferatlintError(
            Msg("angiv mindst én fil eller mappe", "give at least one file or folder")
        )
    from referatlint.filters import Baseline, BaselineWriter, WaiverBook
    from referatlint.report import Tally, reporter
    from referatlint.runner import FileResult, discover, excluded, unreadable_folder, without_dot

    first = args.stdin_filename or (args.paths[0] if args.paths else ".")
    lang = run.settings_at(first).lang
    empty: list[tuple[str, str | None, int]] = []  # folders without documents
    denied: list[tuple[str, OSError]] = []  # folders that cannot be listed
    named = {without_dot(path) for path in args.paths}
    paths, left_out = [], []  # all, before any output is emptied
    for path in discover(args.paths, empty, denied):
        # a file named is checked even if excluded, unless --force-exclude
        if (path in named and not args.force_exclude) or not excluded(path, run.settings(path)):
            paths.append(path)
        else:
            left_out.append(path)
    refuse_overwriting(args, paths)
    output = open_output(args.output)
    waivers_only = args.show_waivers
    hushed = args.quiet or args.silent  # no summary, progress or warnings: ruff's -q and -s
    reporters = []
    if not (waivers_only or args.silent):
        terminal = "full" if output is not None else args.output_format
        reporters.append(reporter(terminal, sys.stdout, lang, args.statistics))
        reporters[0].quiet = args.quiet
    if output is not None:
        reporters.append(reporter(args.output_format, output, lang, args.statistics))
    for out in reporters:
        out.configured_rule = run.configured_rule
        out.several = len(paths) + len(denied) > 1
    keep_text = any(out.needs_text for out in reporters)  # the HTML report shows the text
    book = WaiverBook()
    baseline = Baseline(args.baseline) if args.baseline else None
    writer = BaselineWriter(args.write_baseline) if args.write_baseline else None
    tally = Tally()
    failed = unreadable = False

    def emit(result: FileResult, fail_on: str | tuple[str, ...]) -> None:
        """Report one file; ``fail_on`` is the run's, or one per finding."""
        nonlocal failed, unreadable
        tally.add(result)
        levels = (fail_on,) * len(result.findings) if isinstance(fail_on, str) else fail_on
        failing = tuple(
            SEVERITY_RANK[f.severity] <= SEVERITY_RANK[level]  # level or more severe
            for f, level in zip(result.findings, levels, strict=True)
        )
        for out in reporters:
            out.file(result, failing)
        unreadable |= result.unreadable
        failed |= any(failing)
        if (waivers_only or args.silent) and result.unreadable:  # say why the code is 2
            for finding in result.findings:
                print(f"referatlint: {finding.path}: {finding.message.get(lang)}", file=sys.stderr)

    from referatlint.parallel import lint_all
    from referatlint.progress import Progress

    progress = Progress(
        sys.stderr,
        enabled=args.output_format in ("full", "concise") and not (waivers_only or hushed),
    )
    for path, result in lint_all(run, paths, args.jobs, argv, keep_text, args.stdin_filename):
        progress.tick()
        settings = run.settings(path)
        findings, waived_findings = book.apply(path, result.findings, settings)
        waived = len(waived_findings)
        if writer is not None:
            writer.add(path, findings)
        baselined = 0
        if baseline is not None:
            # An unreadable document's entries are not fixed: its findings are unknown.
            known = None if result.unreadable else settings
            kept = baseline.without_baselined(path, findings, known)
            baselined, findings = len(findings) - len(kept), kept
        tally.hide(waived, baselined)
        emit(result._replace(findings=findings, waived=waived_findings), settings.fail_on)
    for folder, error in denied:
        emit(unreadable_folder(folder, error), run.settings_at(folder).fail_on)
    stale: dict[str, list] = {}
    for finding, fail_on in book.stale():
        stale.setdefault(finding.path, []).append((finding, fail_on))
    for source, pairs in stale.items():
        findings = tuple(finding for finding, _ in pairs)
        if writer is not None:
            writer.add(source, findings)
        if baseline is not None:
            kept = {id(f) for f in baseline.without_baselined(source, findings, None)}
            pairs = [(finding, level) for finding, level in pairs if id(finding) in kept]
            tally.hide(0, len(findings) - len(pairs))
        if pairs:
            findings, levels = zip(*pairs, strict=True)
            emit(FileResult(source, "config", None, None, 0, findings), levels)
    progress.done()
    if unreadable or (empty and not tally.files and not waivers_only):
        code = EXIT_ERROR  # nothing was checked: a path that is wrong, or documents unread
    elif writer is not None or args.exit_zero or waivers_only:
        code = EXIT_CLEAN
    else:
        code = EXIT_FINDINGS if failed else EXIT_CLEAN
    for out in reporters:
        out.finish(tally.summary(code))
    if output is not None:
        output.close()
    if writer is not None:
        written = writer.write()
        if not hushed:
            print(written.get(lang), file=sys.stderr)
    if left_out and not tally.files and not hushed:  # say why nothing was checked
        told = ONE_EXCLUDED if len(left_out) == 1 else ALL_EXCLUDED
        warn(told.format(count=len(left_out), first=left_out[0]), lang)
    if empty and not waivers_only:
        if not tally.files:  # nothing was checked: an error (exit code 2), not a warning
            print(f"referatlint: {no_documents(empty).get(lang)}", file=sys.stderr)
        elif not hushed:
            warn(no_documents(empty), lang)
    checked = args.paths
    if baseline is not None and args.prune_baseline:
        pruned = baseline.prune(checked)
        if not hushed:
            print(pruned.get(lang), file=sys.stderr)
    if baseline is not None and tally.files and not hushed:
        for note in baseline.note(checked, pruned=args.prune_baseline):
            warn(note, lang)
    if waivers_only:
        from referatlint.commands import show_waivers

        show_waivers(run, args.paths, book, lang, [path for path in paths if path != "-"])
    sys.stdout.flush()
    return code
