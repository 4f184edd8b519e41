"""Command line: ``referatlint [OPTIONS] PATH...`` and the subcommands in commands.py.

``main(argv) -> int`` is the whole program; every expected failure is a
ReferatlintError, printed on one line with exit code 2.
"""

import argparse
import os
import sys
from collections.abc import Sequence

from referatlint import __version__
from referatlint.errors import ReferatlintError
from referatlint.report import FORMATS
from referatlint.rule import SEVERITIES
from referatlint.text import Msg

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("parse", "rules", "rule", "profiles", "profile", "init", "schema")


class Formatter(argparse.HelpFormatter):
    """A fixed width: argparse otherwise imports shutil to ask the terminal at start-up."""

    def __init__(self, prog: str, width: int | None = None, **options):
        super().__init__(prog, width=width or int(os.environ.get("COLUMNS", 100)), **options)


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors become one-line ReferatlintErrors."""

    def __init__(self, *args, **options):
        super().__init__(*args, formatter_class=Formatter, **options)

    def error(self, message: str):
        raise ReferatlintError(Msg(f"forkert brug: {message}", f"usage error: {message}"))


def codes(value: str) -> list[str]:
    return [code.strip().upper() for code in value.split(",") if code.strip()]


def lint_parser() -> Parser:
    parser = Parser(
        prog="referatlint",
        description=(
            "Tjekker dagsordener og referater, før de offentliggøres. "
            f"Underkommandoer: {', '.join(COMMANDS)} (fx »referatlint rule RL401«)."
        ),
    )
    add = parser.add_argument
    add(
        "paths",
        nargs="*",
        metavar="STI",
        help="filer eller mapper (.txt, .pdf, .docx, .html); - læser stdin",
    )
    add("--output-format", default="full", choices=FORMATS, help="udskriftsformat (standard: full)")
    add(
        "-o",
        "--output",
        metavar="FIL",
        help="skriv formatet til FIL; skærmen får stadig den læsbare udskrift",
    )
    add(
        "--select",
        type=codes,
        action="extend",
        metavar="KODER",
        help="kun disse regler (koder eller præfikser, fx RL1,RL401)",
    )
    add(
        "--ignore",
        type=codes,
        action="extend",
        default=[],
        metavar="KODER",
        help="spring disse regler over",
    )
    add(
        "--extend-select",
        type=codes,
        action="extend",
        default=[],
        metavar="KODER",
        help="tilføj regler til udvalget",
    )
    add(
        "--fail-on",
        choices=SEVERITIES,
        help="laveste alvor, der giver exitkode 1 (standard: warning)",
    )
    add("--exit-zero", action="store_true", help="exitkode 0, selv om der er fund")
    add("--statistics", action="store_true", help="vis antal fund pr. regel")
    add("--lang", choices=("da", "en"), help="sprog for meddelelser (standard: da)")
    add("--profile", help="skabelonprofil (standard, holbaek, odense, hedensted)")
    add(
        "--config", metavar="FIL", help="brug denne konfigurationsfil i stedet for at lede efter en"
    )
    add("--isolated", action="store_true", help="brug ingen konfigurationsfiler")
    add("--baseline", metavar="FIL", help="meld kun fund, der ikke står i baseline-filen")
    add("--write-baseline", metavar="FIL", help="skriv alle fund til en baseline-fil")
    add(
        "--show-waivers",
        action="store_true",
        help="vis undtagelserne (waivers) og deres begrundelser",
    )
    add(
        "--show-settings",
        action="store_true",
        help="vis den samlede konfiguration for den første sti",
    )
    add("--no-cache", action="store_true", help="læs og skriv ikke .referatlint_cache")
    add(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="antal processer (standard: alle kerner ved mange filer)",
    )
    add("--version", action="version", version=f"referatlint {__version__}")
    return parser  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "en" if "--lang=en" in argv or ("--lang" in argv and "en" in argv) else "da"
    try:
        if argv and argv[0] in COMMANDS:
            from referatlint.commands import run_command

            return run_command(argv[0], argv[1:])
        return run_lint(argv)
    except ReferatlintError as error:
        print(f"referatlint: {error.render(lang)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def open_output(path: str | None):
    if path is None:
        return None
    try:
        return open(path, "w", encoding="utf-8")  # closed by run_lint
    except OSError as error:
        raise ReferatlintError(
            Msg(
                f"kan ikke skrive {path}: {error.strerror}",
                f"cannot write {path}: {error.strerror}",
            )
        ) from None


class Run:
    """Settings per file, from the configuration that applies to it, built once each."""

    def __init__(self, args):
        from referatlint import cache
        from referatlint.config import Finder
        from referatlint.settings import Overrides

        cache.use("results", not args.no_cache)
        self.finder = Finder(args.config, args.isolated)
        self.overrides = Overrides(
            args.profile, args.select, tuple(args.ignore), tuple(args.extend_select),
            args.fail_on, args.lang,
        )  # fmt: skip
        self._settings = {}

    def settings(self, path: str):
        from referatlint.settings import build

        resolved = self.finder.for_path(path)
        if resolved.sources not in self._settings:
            self._settings[resolved.sources] = build(resolved, self.overrides)
        return self._settings[resolved.sources]

    def settings_at(self, path: str):
        """The settings of a file, or of the files in a folder (which the folder's own
        configuration file governs, not its parent's)."""
        if path != "-" and os.path.isdir(path):
            path = os.path.join(path, "*")  # a name in the folder: only its folder counts
        return self.settings(path)


def run_lint(argv: list[str]) -> int:
    args = lint_parser().parse_args(argv)
    run = Run(args)
    if args.show_settings:
        from referatlint.commands import show_settings

        return show_settings(run, args.paths[0] if args.paths else ".")
    if not args.paths and not args.show_waivers:
        raise ReferatlintError(
            Msg("angiv mindst én fil eller mappe", "give at least one file or folder")
        )
    from referatlint.filters import BaselineWriter, WaiverBook, load_baseline, without_baselined
    from referatlint.report import Tally, reporter
    from referatlint.runner import FileResult, discover

    lang = run.settings_at(args.paths[0] if args.paths else ".").lang
    output = open_output(args.output)
    quiet = args.show_waivers
    reporters = []
    if not quiet:
        terminal = "full" if output is not None else args.output_format
        reporters.append(reporter(terminal, sys.stdout, lang, args.statistics))
    if output is not None:
        reporters.append(reporter(args.output_format, output, lang, args.statistics))
    keep_text = any(out.needs_text for out in reporters)  # the HTML report shows the text
    book = WaiverBook()
    baseline = load_baseline(args.baseline) if args.baseline else None
    writer = BaselineWriter() if args.write_baseline else None
    tally = Tally()
    failed = unreadable = False

    def emit(result: FileResult, fail_on: str | tuple[str, ...]) -> None:
        """Report one file; ``fail_on`` is the run's, or one per finding."""
        nonlocal failed, unreadable
        tally.add(result.findings)
        for out in reporters:
            out.file(result)
        unreadable |= result.unreadable
        levels = (fail_on,) * len(result.findings) if isinstance(fail_on, str) else fail_on
        failed |= any(
            SEVERITIES.index(f.severity) <= SEVERITIES.index(level)  # level or more severe
            for f, level in zip(result.findings, levels, strict=True)
        )

    from referatlint.parallel import lint_all
    from referatlint.progress import Progress

    progress = Progress(sys.stderr, enabled=args.output_format in ("full", "concise") and not quiet)
    for path, result in lint_all(run, discover(args.paths), args.jobs, argv, keep_text):
        progress.tick()
        settings = run.settings(path)
        findings = book.apply(path, result.findings, settings)
        if writer is not None:
            writer.add(path, findings)
        if baseline is not None:
            findings = without_baselined(path, findings, baseline)
        emit(result._replace(findings=findings), settings.fail_on)
    stale: dict[str, list] = {}
    for finding, fail_on in book.stale():
        stale.setdefault(finding.path, []).append((finding, fail_on))
    for source, pairs in stale.items():
        findings, levels = zip(*pairs, strict=True)
        emit(FileResult(source, "config", None, None, 0, findings), levels)
    progress.done()
    for out in reporters:
        out.finish(tally.summary())
    if output is not None:
        output.close()
    if writer is not None:
        writer.write(args.write_baseline)
    if quiet:
        from referatlint.commands import show_waivers

        show_waivers(run, args.paths, book, lang)
    sys.stdout.flush()
    if unreadable:
        return EXIT_ERROR
    if writer is not None or args.exit_zero or quiet:
        return EXIT_CLEAN
    return EXIT_FINDINGS if failed else EXIT_CLEAN
