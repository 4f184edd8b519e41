"""Command line: ``referatlint [OPTIONS] PATH...`` and a few subcommands.

``main(argv) -> int`` is the whole program; every expected failure is a
ReferatlintError, printed on one line with exit code 2.
"""

import argparse
import os
import sys
from collections.abc import Sequence

from referatlint import __version__
from referatlint.errors import ConfigError, ReferatlintError
from referatlint.report import FORMATS
from referatlint.text import Msg

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
COMMANDS = ("parse", "rules", "rule")


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors become one-line ReferatlintErrors."""

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
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="STI",
        help="filer eller mapper (.txt, .pdf, .docx, .html); - læser stdin",
    )
    parser.add_argument(
        "--output-format",
        default="full",
        choices=FORMATS,
        help="udskriftsformat (standard: full)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FIL",
        help="skriv formatet til FIL; skærmen får stadig den læsbare udskrift",
    )
    parser.add_argument(
        "--select",
        type=codes,
        action="extend",
        metavar="KODER",
        help="kun disse regler (koder eller præfikser, fx RL1,RL401)",
    )
    parser.add_argument(
        "--ignore",
        type=codes,
        action="extend",
        default=[],
        metavar="KODER",
        help="spring disse regler over",
    )
    parser.add_argument(
        "--extend-select",
        type=codes,
        action="extend",
        default=[],
        metavar="KODER",
        help="tilføj regler til udvalget",
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        default="warning",
        help="laveste alvor, der giver exitkode 1 (standard: warning)",
    )
    parser.add_argument("--exit-zero", action="store_true", help="exitkode 0, selv om der er fund")
    parser.add_argument("--statistics", action="store_true", help="vis antal fund pr. regel")
    parser.add_argument(
        "--lang", choices=("da", "en"), default="da", help="sprog for meddelelser (standard: da)"
    )
    parser.add_argument("--profile", default="standard", help="skabelonprofil (standard)")
    parser.add_argument("--version", action="version", version=f"referatlint {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "en" if "--lang=en" in argv or ("--lang" in argv and "en" in argv) else "da"
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv[0], argv[1:], lang)
        return run_lint(argv)
    except ReferatlintError as error:
        print(f"referatlint: {error.render(lang)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def build_settings(args):
    from referatlint import profiles
    from referatlint.registry import all_rules, select
    from referatlint.settings import Settings

    try:
        profile = profiles.builtin(args.profile)
    except KeyError:
        raise ConfigError(
            Msg(
                f"ukendt profil »{args.profile}« (findes: {', '.join(profiles.BUILTIN)})",
                f"unknown profile “{args.profile}” (available: {', '.join(profiles.BUILTIN)})",
            )
        ) from None
    rules = select(all_rules(), args.select, args.ignore, args.extend_select)
    return Settings(profile, rules, {}, {}, fail_on=args.fail_on, lang=args.lang)


def run_lint(argv: list[str]) -> int:
    args = lint_parser().parse_args(argv)
    if not args.paths:
        lint_parser().print_usage(sys.stderr)
        raise ReferatlintError(Msg("angiv mindst én fil eller mappe", "give at least one file"))
    from referatlint.report import Tally, reporter
    from referatlint.runner import discover, lint_path

    settings = build_settings(args)
    output = open_output(args.output)
    if output is None:
        reporters = [reporter(args.output_format, sys.stdout, settings.lang, args.statistics)]
    else:
        reporters = [
            reporter(args.output_format, output, settings.lang, args.statistics),
            reporter("full", sys.stdout, settings.lang, args.statistics),
        ]
    keep_text = any(out.needs_text for out in reporters)
    tally = Tally()
    failed = unreadable = False
    threshold = SEVERITY_RANK[settings.fail_on]
    for path in discover(args.paths):
        result = lint_path(path, settings, keep_text=keep_text)
        tally.add(result.findings)
        for out in reporters:
            out.file(result)
        unreadable |= result.unreadable
        failed |= any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings)
    for out in reporters:
        out.finish(tally.summary())
    if output is not None:
        output.close()
    sys.stdout.flush()
    if unreadable:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed and not args.exit_zero else EXIT_CLEAN


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


def run_command(command: str, argv: list[str], lang: str) -> int:
    if command == "parse":
        return command_parse(argv)
    if command == "rules":
        return command_rules(argv)
    return command_rule(argv)


def command_parse(argv: list[str]) -> int:
    parser = Parser(
        prog="referatlint parse",
        description="Vis dokumentmodellen (hvad referatlint forstod) som JSON.",
    )
    parser.add_argument("path", metavar="STI")
    parser.add_argument("--profile", default="standard")
    args = parser.parse_args(argv)
    import json

    from referatlint import profiles
    from referatlint.parse import parse
    from referatlint.parse.model import as_json
    from referatlint.read import read

    profile = profiles.builtin(args.profile)
    document = parse(read(args.path), profile.vocabulary)
    json.dump(as_json(document), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_CLEAN


def command_rules(argv: list[str]) -> int:
    parser = Parser(prog="referatlint rules", description="List reglerne.")
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    args = parser.parse_args(argv)
    from referatlint.registry import all_rules

    for rule in all_rules():
        print(f"{rule.code}\t{rule.name:<28}\t{rule.severity:<8}\t{rule.title.get(args.lang)}")
    return EXIT_CLEAN


def command_rule(argv: list[str]) -> int:
    parser = Parser(prog="referatlint rule", description="Vis dokumentationen for en regel.")
    parser.add_argument("code", metavar="KODE")
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    args = parser.parse_args(argv)
    from referatlint.docs import rule_text
    from referatlint.registry import all_rules, find

    rule = find(all_rules(), args.code)
    if rule is None:
        raise ReferatlintError(Msg(f"ukendt regel »{args.code}«", f"unknown rule “{args.code}”"))
    print(rule_text(rule, args.lang))
    return EXIT_CLEAN
