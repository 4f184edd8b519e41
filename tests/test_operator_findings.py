"""What a municipality's IT staff ran into wiring referatlint into CI and pre-commit
(numbers as in their report): each through the real command line, with the exact lines
and exit codes a user sees."""

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import CLEAN, DRAFT, DRAFT_CODES, ROOT, VERSION_2_BASELINE, seed_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


# --------------------------------------------------------------------------- 29, 30: commands


def test_init_compares_the_chosen_profile_with_another_one(cli, tmp_path):
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    run = cli(["init"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")
    assert run.out == (
        "Skrev .referatlint.yaml med profilen »standard« (1 fund om skabelonen; ingen anden "
        "profil gav færre).\n"
    )
    other = tmp_path / "odense"
    other.mkdir()
    shutil.copy(seed_path("002"), other / "referat.txt")
    assert cli(["init"], cwd=other).out == (
        "Skrev .referatlint.yaml med profilen »odense« (0 fund om skabelonen mod 11 med "
        "»standard«).\n"
        "Den bygger videre på ../.referatlint.yaml (extends), så dens undtagelser, "
        "ignoreringer og alvorsgrader gælder stadig i denne mappe.\n"
    )
    empty = tmp_path / "tom"
    empty.mkdir()
    assert cli(["init"], cwd=empty).out == (
        "Skrev .referatlint.yaml med profilen »standard« (ingen dokumenter i mappen at prøve "
        "profilerne på).\n"
        "Den bygger videre på ../.referatlint.yaml (extends), så dens undtagelser, "
        "ignoreringer og alvorsgrader gælder stadig i denne mappe.\n"
    )


def test_rules_lists_severities_in_the_chosen_language(cli):
    first = cli(["rules"]).out.splitlines()[0]
    assert first == "RL101\tmissing-required-section    \tadvarsel\tPåkrævet afsnit mangler"
    first = cli(["rules", "--lang", "en"]).out.splitlines()[0]
    assert first == "RL101\tmissing-required-section    \twarning \tRequired section missing"


# --------------------------------------------------------------------------- 2: RL905

STALE_RL501 = (
    ".referatlint.yaml:2:1: RL905 Undtagelsen for RL501 i »udkast.txt« dækker ikke længere "
    "noget fund."
)


def waived_draft(folder: Path, extra: str = "") -> None:
    """The draft with two waivers: RL601 (used) and RL501 (the draft has none: unused)."""
    shutil.copy(DRAFT, folder / "udkast.txt")
    write(
        folder / ".referatlint.yaml",
        "waivers:\n"
        "  - file: udkast.txt\n    code: RL501\n    reason: Ugedagen var forkert.\n"
        "  - file: udkast.txt\n    code: RL601\n    reason: Nummeret er fiktivt.\n" + extra,
    )


def test_an_unused_waiver_of_a_rule_that_ran_is_reported(cli, tmp_path):
    waived_draft(tmp_path)
    run = cli(["udkast.txt", "--select", "RL501,RL601,RL905", "--output-format", "concise"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.out.splitlines()) == (1, [STALE_RL501])


def test_an_unused_waiver_for_one_item_names_the_item_and_says_how_to_fix_it(cli, tmp_path):
    waived_draft(tmp_path, "  - file: udkast.txt\n    code: RL402\n    item: 7\n"
                 "    reason: Beslutningen kommer senere.\n")  # fmt: skip
    run = cli(["udkast.txt", "--select", "RL402,RL905", "--output-format", "json"], cwd=tmp_path)
    config = next(f for f in json.loads(run.out)["files"] if f["format"] == "config")
    assert [(f["line"], f["message"], f["fix"]) for f in config["findings"]] == [
        (
            8,
            "Undtagelsen for RL402 i »udkast.txt«, punkt 7, dækker ikke længere noget fund.",
            "Slet undtagelsen i konfigurationsfilen: fundet er rettet.",
        )
    ]


def test_a_waiver_of_a_rule_that_did_not_run_is_not_unused(cli, tmp_path):
    waived_draft(tmp_path)
    for options in (["--select", "RL402"], ["--ignore", "RL501"], ["--ignore", "RL5"]):
        run = cli(["udkast.txt", *options, "--output-format", "concise"], cwd=tmp_path)
        assert "RL905" not in run.out, options
    run = cli(["udkast.txt", "--select", "RL402", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out.splitlines()) == (
        1,
        ["udkast.txt:42:1: RL402 [punkt 42] Beslutningen er en pladsholder (»XX«), ikke en "
         "beslutning."],
    )  # fmt: skip


def line_codes(run) -> list[str]:
    """The code of each line of a concise run."""
    return [line.split(": ")[1].split()[0] for line in run.out.splitlines()]


DRAFT_BUT_RL601 = [code for code in DRAFT_CODES if code != "RL601"]  # RL601 is waived


def test_a_waiver_of_a_rule_ignored_by_the_configuration_is_not_unused(cli, tmp_path):
    # Without --select, which would replace the configuration's ignore (and run RL501).
    waived_draft(tmp_path, "ignore: [RL501]\n")
    run = cli(["udkast.txt", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, line_codes(run)) == (1, DRAFT_BUT_RL601)
    waived_draft(tmp_path, 'per_file_ignores:\n  "udkast.*": [RL501]\n')
    run = cli(["udkast.txt", "--select", "RL501,RL601,RL905", "--output-format", "concise"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.out) == (0, "")


def test_rl905_is_selected_and_ignored_like_every_rule(cli, tmp_path):
    waived_draft(tmp_path)
    args = ["udkast.txt", "--select", "RL501,RL601", "--output-format", "concise"]
    assert (cli(args, cwd=tmp_path).code, cli(args, cwd=tmp_path).out) == (0, "")
    args = ["udkast.txt", "--ignore", "RL905", "--output-format", "concise"]
    assert "RL905" not in cli(args, cwd=tmp_path).out
    waived_draft(tmp_path, "ignore: [RL905]\n")
    run = cli(["udkast.txt", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, line_codes(run)) == (1, DRAFT_BUT_RL601)


def test_rl905_has_the_severity_and_fail_level_of_the_configuration(cli, tmp_path):
    waived_draft(tmp_path, "fail_on: error\n")
    args = ["udkast.txt", "--select", "RL501,RL601,RL905", "--output-format", "concise"]
    run = cli(args, cwd=tmp_path)
    assert (run.code, run.out.splitlines()) == (0, [STALE_RL501])  # a warning; fails on errors
    waived_draft(tmp_path, "fail_on: error\nseverity:\n  RL905: error\n")
    run = cli([*args[:-2], "--output-format", "json"], cwd=tmp_path)
    assert run.code == 1
    assert '"code": "RL905", "name": "unused-waiver", "severity": "error"' in run.out


# --------------------------------------------------------------------------- 3: folders


def test_show_settings_of_a_folder_is_what_its_files_get(cli, tmp_path):
    config = write(tmp_path / "moeder" / ".referatlint.yaml", "lang: en\n")
    shutil.copy(CLEAN, tmp_path / "moeder" / "referat.txt")
    expected = ["configuration_files:", f"- {config}", "profile: standard", "lang: en"]
    for cwd, path in ((tmp_path / "moeder", "."), (tmp_path, "moeder"), (tmp_path, "moeder/")):
        run = cli(["--show-settings", path], cwd=cwd)
        assert (run.code, run.out.splitlines()[:5]) == (0, [f"file: {path}", *expected]), path
    file = cli(["--show-settings", "moeder/referat.txt"], cwd=tmp_path).out.splitlines()
    assert file[1:5] == expected
    # The folder's configuration also chooses the language of the run's own lines.
    run = cli(["moeder"], cwd=tmp_path)
    assert (run.code, run.out) == (0, "All clear: no findings in 1 document.\n")


def test_show_waivers_without_paths_reads_the_configuration_of_this_folder(cli, tmp_path):
    waived_draft(tmp_path)
    run = cli(["--show-waivers"], cwd=tmp_path)
    assert (run.code, run.out.splitlines()) == (0, [
        ".referatlint.yaml:2: RL501 udkast.txt (brugt 0 gange)",
        "    Begrundelse: Ugedagen var forkert.",
        ".referatlint.yaml:5: RL601 udkast.txt (brugt 0 gange)",
        "    Begrundelse: Nummeret er fiktivt.",
    ])  # fmt: skip


# --------------------------------------------------------------------------- 12: baseline

CLEAN_TWO = "Alt i orden: ingen fund i 2 dokumenter. Ikke vist: 10 fund fra baseline-filen.\n"


def test_baseline_paths_are_relative_to_the_baseline_file(cli, work):
    (work / "ci").mkdir()
    written = cli(["dagsordener", "--write-baseline", "ci/baseline.json"], cwd=work)
    assert written.code == 0
    data = json.loads((work / "ci" / "baseline.json").read_text("utf-8"))
    assert data["version"] == 3
    assert {entry["path"] for entry in data["findings"]} == {"../dagsordener/udkast.txt"}
    # The same baseline from every working directory: the repository, the documents'
    # folder, the baseline's folder and the repository's parent (a monorepo job).
    for cwd, args in (
        (work, ["dagsordener", "--baseline", "ci/baseline.json"]),
        (work / "dagsordener", [".", "--baseline", "../ci/baseline.json"]),
        (work / "ci", ["../dagsordener/", "--baseline", "baseline.json"]),
        (work.parent, [f"{work.name}/dagsordener", "--baseline", f"{work.name}/ci/baseline.json"]),
    ):
        run = cli(args, cwd=cwd)
        assert (run.code, run.out, run.err) == (0, CLEAN_TWO, ""), (cwd, args)


def test_a_baseline_of_an_older_referatlint_is_read_from_where_it_was_made(cli, work):
    # Version 1 differs from 2 only in where its paths start: here, the same place.
    data = json.loads(VERSION_2_BASELINE.read_text("utf-8"))
    (work / "baseline.json").write_text(json.dumps({**data, "version": 1}), "utf-8")
    run = cli(["dagsordener", "--baseline", "baseline.json"], cwd=work)
    assert (run.code, run.out, run.err) == (0, CLEAN_TWO, "")
    run = cli([".", "--baseline", "../baseline.json", "--output-format", "concise"],
              cwd=work / "dagsordener")  # fmt: skip
    assert (run.code, len(run.out.splitlines())) == (1, 10)
    assert run.err.splitlines() == [
        "referatlint: advarsel: baseline-filen ../baseline.json nævner ingen af de tjekkede "
        "filer, så den skjuler ingen fund; den er lavet af en ældre referatlint og gælder kun, "
        "når referatlint kører fra den mappe, den blev lavet i (lav den igen med "
        "--write-baseline)"
    ]


def test_a_baseline_that_names_none_of_the_checked_files_says_so(cli, work):
    cli(["dagsordener/referat.txt", "dagsordener/udkast.txt", "--write-baseline", "b.json"],
        cwd=work)  # fmt: skip
    shutil.copy(DRAFT, work / "andet.txt")
    run = cli(["andet.txt", "--baseline", "b.json", "--output-format", "concise"], cwd=work)
    assert (run.code, len(run.out.splitlines())) == (1, 10)
    assert run.err == (
        "referatlint: advarsel: baseline-filen b.json nævner ingen af de tjekkede filer, så "
        "den skjuler ingen fund\n"
    )
    run = cli(["andet.txt", "--baseline", "b.json", "--lang", "en", "--select", "RL402"],
              cwd=work)  # fmt: skip
    assert run.err == (
        "referatlint: warning: the baseline file b.json names none of the checked files, so "
        "it hides no findings\n"
    )


# --------------------------------------------------------------------------- 20: Danish


def test_a_report_given_as_a_baseline_is_named_in_danish(cli, work):
    for fmt in ("json", "sarif", "gitlab"):
        cli(["dagsordener", "--output-format", fmt, "-o", f"rapport.{fmt}"], cwd=work)
    (work / "liste.json").write_text("[]", "utf-8")
    (work / "halv.json").write_text('{\n  "findings": [\n', "utf-8")
    (work / "andet.json").write_text('{"findings": [{"sti": "x"}]}', "utf-8")
    (work / "config.json").write_text('{"version": "2", "ignore": ["RL402"]}', "utf-8")
    expected = {
        "rapport.json": "rapport.json: det er en JSON-rapport, ikke en baseline; lav den med "
        "--write-baseline",
        "rapport.sarif": "rapport.sarif: det er en SARIF-rapport, ikke en baseline; lav den "
        "med --write-baseline",
        "rapport.gitlab": "rapport.gitlab: det er en GitLab-rapport, ikke en baseline; lav den "
        "med --write-baseline",
        "liste.json": "liste.json: det er en JSON-liste, ikke en baseline; lav den med "
        "--write-baseline",
        "halv.json": "halv.json:3: baseline-filen kan ikke læses: ikke gyldig JSON",
        "andet.json": "andet.json: »findings« skal være en liste af fund, hver med »path« og "
        "»fingerprint«; lav filen med --write-baseline",
        "dagsordener": "dagsordener: baseline-filen kan ikke læses: det er en mappe, ikke en fil",
        "config.json": "config.json: det er ikke en baseline (den har ingen »findings«); lav den "
        "med --write-baseline",
    }
    for name, message in expected.items():
        run = cli(["dagsordener", "--baseline", name], cwd=work)
        assert (run.code, run.out, run.err) == (2, "", f"referatlint: {message}\n"), name


def test_a_missing_output_folder_is_named_in_danish_before_the_run(cli, work):
    run = cli(["dagsordener", "-o", "mangler/x.json", "--output-format", "json"], cwd=work)
    assert (run.code, run.out) == (2, "")
    assert run.err == "referatlint: kan ikke skrive mangler/x.json: mappen mangler findes ikke\n"
    run = cli(["dagsordener", "--write-baseline", "mangler/b.json"], cwd=work)
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "referatlint: mangler/b.json: kan ikke skrives: mappen mangler findes ikke\n"
    )


def help_of(capsys, argv: list[str]) -> str:
    """What ``referatlint ARGV`` prints for --help (which exits 0 while parsing)."""
    from referatlint.cli import main

    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "command", ["", "parse", "rules", "rule", "profiles", "profile", "init", "schema"]
)
def test_help_is_danish_also_in_argparse_own_words(capsys, command):
    help_text = help_of(capsys, [*command.split(), "--help"])
    prog = f"referatlint {command}".strip()
    assert help_text.startswith(f"brug: {prog} [-h]")
    assert "\ntilvalg:\n  -h, --help " in help_text
    assert help_text.splitlines()[help_text.splitlines().index("tilvalg:") + 1].endswith(
        " vis denne hjælp, og afslut"
    )
    english = ("usage:", "positional arguments", "options:", "show this help", "show program")
    assert not [word for word in english if word in help_text]
    if command in ("parse", "rule", "profile", "init", "schema"):  # a positional argument
        assert "\nargumenter:\n" in help_text
    if not command:
        assert "  --version             vis versionsnummeret, og afslut\n" in help_text
        # Only the secretary's words: no other program to know (ruff's -q and -s).
        words = " ".join(help_text.split())
        assert (
            "-q, --quiet vis kun fundene: ingen opsummering, fremdrift eller advarsler; med "
            "-o får filen hele rapporten" in words
        )
        assert "-s, --silent vis intet, kun exitkoden; en fejl," in words
        assert "ruff" not in help_text


RULE_HELP_DA = """\
brug: referatlint rule [-h] [--lang {da,en}] [--config FIL] [--isolated] KODE

Vis dokumentationen for en regel.

argumenter:
  KODE            reglens kode, fx RL401

tilvalg:
  -h, --help      vis denne hjælp, og afslut
  --lang {da,en}  sprog for meddelelser (standard: da)
  --config FIL    konfigurationsfilen med egne regler (standard: den, der gælder i denne mappe)
  --isolated      kun de indbyggede regler
"""
RULE_HELP_EN = """\
usage: referatlint rule [-h] [--lang {da,en}] [--config FILE] [--isolated] CODE

Show the documentation of a rule.

positional arguments:
  CODE            the rule's code, e.g. RL401

options:
  -h, --help      show this help message and exit
  --lang {da,en}  language of the messages (default: da)
  --config FILE   the configuration file with your own rules (default: the one that applies in this
                  folder)
  --isolated      only the built-in rules
"""


def test_the_danish_help_is_unchanged_by_the_english_one(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert help_of(capsys, ["rule", "--help"]) == RULE_HELP_DA
    assert help_of(capsys, ["rule", "--help", "--lang", "da"]) == RULE_HELP_DA
    help_text = help_of(capsys, ["--help"])
    assert help_text.startswith(
        "brug: referatlint [-h] "
        "[--output-format {full,concise,json,sarif,junit,github,gitlab,azure,html}]\n"
        "                  [-o FIL] [--select KODER] [--ignore KODER] [--extend-select KODER]\n"
    )
    assert (
        "\nargumenter:\n"
        "  STI                   filer eller mapper (.txt, .pdf, .docx, .html, .md); "
        "- læser stdin\n"
        "\ntilvalg:\n"
        "  -h, --help            vis denne hjælp, og afslut\n" in help_text
    )
    assert "  --select KODER        kun disse regler (koder eller præfikser, fx RL1,RL401)\n" in (
        help_text
    )
    assert "  --lang {da,en}        sprog for meddelelser (standard: da)\n" in help_text


@pytest.mark.parametrize(
    "argv",
    [
        ["--help", "--lang", "en"],
        ["--lang=en", "--help"],
        *([command, "--help", "--lang", "en"]
          for command in ("parse", "rules", "rule", "profiles", "profile", "init", "schema")),
        ["rule", "--lang=en", "-h"],
    ],
)  # fmt: skip
def test_help_is_english_with_lang_en_also_in_argparse_own_words(capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "100")
    help_text = help_of(capsys, argv)
    command = "" if argv[0].startswith("-") else argv[0]
    assert help_text.startswith(f"usage: {f'referatlint {command}'.strip()} [-h]")
    assert "\noptions:\n  -h, --help " in help_text
    assert help_text.splitlines()[help_text.splitlines().index("options:") + 1].endswith(
        " show this help message and exit"
    )
    (lang_line,) = [line for line in help_text.splitlines() if "  --lang {da,en} " in line]
    assert lang_line.endswith(" language of the messages (default: da)")
    if command in ("parse", "rule", "profile", "init", "schema"):  # a positional argument
        assert "\npositional arguments:\n" in help_text
    # No Danish: neither argparse's words, the help texts, their letters nor placeholders.
    danish = ["brug:", "tilvalg", "argumenter", "afslut", "standard:", " fx ", " og ", " eller "]
    assert not [word for word in danish if word in help_text]
    assert not set("æøåÆØÅ»«") & set(help_text)
    assert not re.search(r"\b(STI|FIL|KODER?|NAVN|PROFIL)\b", help_text)


def test_the_main_help_in_english_names_each_option_in_english(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    help_text = help_of(capsys, ["--lang", "en", "--help"])
    assert help_text.startswith(
        "usage: referatlint [-h] "
        "[--output-format {full,concise,json,sarif,junit,github,gitlab,azure,html}]\n"
        "                   [-o FILE] [--select CODES] [--ignore CODES] [--extend-select CODES]\n"
    )
    assert (
        "\n\nChecks agendas and minutes before they are published. Subcommands: parse, "
        "rules, rule, profiles,\nprofile, init, schema (e.g. “referatlint rule RL401”).\n\n"
        in help_text
    )
    assert (
        "\npositional arguments:\n"
        "  PATH                  files or folders (.txt, .pdf, .docx, .html, .md); - reads stdin\n"
        in help_text
    )
    for line in (
        "  --select CODES        only these rules (codes or prefixes, e.g. RL1,RL401)",
        "  --config FILE         use this configuration file instead of looking for one",
        "  --baseline FILE       report only findings that are not in the baseline file",
        "  --jobs N, -j N        at most N processes (default: all cores when there are many "
        "files)",
        "  --version             show program's version number and exit",
    ):
        assert f"\n{line}\n" in help_text, line
    words = " ".join(help_text.split())
    assert (
        "-q, --quiet show only the findings: no summary, progress or warnings; with -o the file "
        "gets the whole report" in words
    )
    assert (
        "-s, --silent show nothing, only the exit code; an error that gives code 2 is still "
        "shown on one line; with -o the file gets the whole report" in words
    )
    assert (
        "--exit-zero exit code 0 even when there are findings (a file that cannot be read "
        "still gives 2)" in words
    )
    assert (
        "--output-format {full,concise,json,sarif,junit,github,gitlab,azure,html} output format "
        "(default: full; with -o FILE by the file's extension: .sarif gives sarif, .json json, "
        ".xml junit, .html and .htm html, others full)" in words
    )


def test_the_main_help_in_danish_tells_the_format_of_o_and_exit_code_2(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    words = " ".join(help_of(capsys, ["--help"]).split())
    assert (
        "--exit-zero exitkode 0, selv om der er fund (en fil, der ikke kan læses, giver "
        "stadig 2)" in words
    )
    assert (
        "udskriftsformat (standard: full; med -o FIL efter filens endelse: .sarif giver sarif, "
        ".json json, .xml junit, .html og .htm html, andre full)" in words
    )
    assert (
        "--show-settings vis den samlede konfiguration for hver sti; en fejl i en "
        "konfigurationsfil giver exitkode 2" in words
    )


def test_the_rule_help_in_english(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert help_of(capsys, ["rule", "--help", "--lang", "en"]) == RULE_HELP_EN


def test_the_language_of_help_and_usage_errors_is_the_last_lang_before_a_double_dash():
    from referatlint.cli import requested_lang

    assert requested_lang(["--lang", "en", "udkast.txt"]) == "en"
    assert requested_lang(["udkast.txt", "--lang=en"]) == "en"
    assert requested_lang(["--lang", "en", "--lang", "da", "udkast.txt"]) == "da"
    assert requested_lang(["--lang", "da", "en"]) == "da"  # a document named »en«
    assert requested_lang(["--", "--lang", "en"]) == "da"  # files named --lang and en
    assert requested_lang(["--lang"]) == "da"
    assert requested_lang([]) == "da"


def test_usage_errors_follow_the_help_language(cli):
    run = cli(["rule", "--lang", "en"])
    assert (run.code, run.err) == (2, "referatlint: usage error: the following arguments are "
                                      "required: CODE\n")  # fmt: skip
    run = cli(["--lang", "en", "--output-format", "nope", "x.txt"])
    assert (run.code, run.err) == (
        2,
        "referatlint: usage error: argument --output-format: invalid choice: 'nope' (choose "
        "from 'full', 'concise', 'json', 'sarif', 'junit', 'github', 'gitlab', 'azure', 'html')\n",
    )
    run = cli(["--lang", "da", "en", "--fail-on", "fatal"])  # »en« is a document here
    assert (run.code, run.err) == (
        2,
        "referatlint: forkert brug: --fail-on: »fatal« er ikke en af error, warning, info\n",
    )


def test_a_missing_schema_is_named_with_its_choices_in_both_languages(cli, capsys):
    run = cli(["schema", "--lang", "en"])
    assert (run.code, run.out, run.err) == (
        2,
        "",
        "referatlint: usage error: the following arguments are required: SCHEMA (config, "
        "document or report)\n",
    )
    assert "  SCHEMA          config (the configuration file), document (the document model, " in (
        help_of(capsys, ["schema", "--help", "--lang", "en"])
    )
    assert "  SKEMA           config (konfigurationsfilen), document (dokumentmodellen, som " in (
        help_of(capsys, ["schema", "--help"])
    )


def test_usage_errors_are_in_danish_with_a_suggestion(cli):
    expected = {
        ("--fail-on", "fatal", "x"): "--fail-on: »fatal« er ikke en af error, warning, info",
        ("--fail-on", "warn", "x"): "--fail-on: »warn« er ikke en af error, warning, info "
        "(mente du »warning«?)",
        ("--jobs", "to", "x"): "--jobs/-j: »to« er ikke et helt tal",
        ("--selct", "RL1", "x"): "ukendt argument: --selct (mente du --select?)",
        ("x", "--select"): "--select skal have en værdi",
        ("rule",): "mangler KODE",
        ("schema",): "mangler SKEMA (config, document eller report)",
        ("schema", "rapport"): "SKEMA: »rapport« er ikke en af config, document, report (mente du "
        "»report«?)",
        ("--exit-zero=ja", "x"): "--exit-zero tager ingen værdi (fik »ja«)",
    }
    for argv, message in expected.items():
        run = cli(list(argv))
        assert (run.code, run.err) == (2, f"referatlint: forkert brug: {message}\n"), argv
    run = cli(["--fail-on", "fatal", "x", "--lang", "en"])
    assert run.err == (
        "referatlint: usage error: argument --fail-on: invalid choice: 'fatal' (choose from "
        "'error', 'warning', 'info')\n"
    )


# --------------------------------------------------------------------------- 21: no documents


def test_a_folder_without_documents_is_an_error_not_all_clear(cli, tmp_path):
    (tmp_path / "word").mkdir()
    (tmp_path / "word" / "moede.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (tmp_path / "word" / "moede.odt").write_bytes(b"PK\x03\x04" + bytes(60))
    (tmp_path / "tom").mkdir()
    run = cli(["word"], cwd=tmp_path)
    assert (run.code, run.out) == (2, "Ingen dokumenter tjekket.\n")
    assert run.err == (
        "referatlint: ingen dokumenter fundet i word (kun 2 andre filer, fx moede.doc); "
        "referatlint læser .txt, .md, .pdf, .docx og .html\n"
    )
    run = cli(["tom", "word", "--lang", "en"], cwd=tmp_path)
    assert (run.code, run.out) == (2, "No documents checked.\n")
    assert run.err == (
        "referatlint: no documents found in tom and word; referatlint reads .txt, .md, .pdf, .docx "
        "and .html\n"
    )


def test_a_folder_without_documents_beside_documents_is_a_warning(cli, tmp_path):
    (tmp_path / "tom").mkdir()
    shutil.copy(CLEAN, tmp_path / "referat.txt")
    run = cli(["tom", "referat.txt"], cwd=tmp_path)
    assert (run.code, run.out) == (0, "Alt i orden: ingen fund i 1 dokument.\n")
    assert run.err == (
        "referatlint: advarsel: ingen dokumenter fundet i tom; referatlint læser .txt, .md, .pdf, "
        ".docx og .html\n"
    )


# --------------------------------------------------------------------------- 22: config names

ONLY_THESE = (
    "referatlint læser kun .referatlint.yaml, referatlint.yaml og [tool.referatlint] i "
    "pyproject.toml"
)


def test_a_configuration_file_with_a_near_miss_name_is_named(cli, tmp_path):
    write(tmp_path / ".referatlint.yml", "ignore: [RL402]\n")
    (tmp_path / "dagsordener").mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(CLEAN, tmp_path / "dagsordener" / name)
    note = (
        "referatlint: advarsel: bruger ingen konfigurationsfil, ikke .referatlint.yml: "
        f"{ONLY_THESE}\n"
    )
    for jobs in ("1", "2"):  # told once, by the main process
        run = cli(["dagsordener", "--jobs", jobs], cwd=tmp_path)
        assert (run.code, run.out, run.err) == (
            0,
            "Alt i orden: ingen fund i 2 dokumenter.\n",
            note,
        )
    run = cli(["--show-settings", "dagsordener/a.txt"], cwd=tmp_path)
    assert run.err == note
    # A configuration further up is used: both are named.
    write(tmp_path / "referatlint.yaml", "lang: da\n")
    write(tmp_path / "dagsordener" / "referatlint.toml", "ignore = ['RL402']\n")
    run = cli(["dagsordener"], cwd=tmp_path)
    assert run.err.splitlines() == [
        f"referatlint: advarsel: bruger referatlint.yaml, ikke dagsordener/referatlint.toml: "
        f"{ONLY_THESE}",
        f"referatlint: advarsel: bruger referatlint.yaml, ikke .referatlint.yml: {ONLY_THESE}",
    ]
    # Chosen on the command line: nothing to tell.
    for options in (["--isolated"], ["--config", "referatlint.yaml"]):
        assert cli(["dagsordener", *options], cwd=tmp_path).err == ""


def test_several_configuration_files_in_one_folder_are_named(cli, tmp_path):
    shutil.copy(CLEAN, tmp_path / "referat.txt")
    write(tmp_path / ".referatlint.yaml", "lang: da\n")
    write(tmp_path / "referatlint.yaml", "lang: en\n")
    write(tmp_path / "pyproject.toml", "[tool.referatlint]\nlang = 'en'\n")
    run = cli(["referat.txt"], cwd=tmp_path)
    assert (run.code, run.out) == (0, "Alt i orden: ingen fund i 1 dokument.\n")
    assert run.err == (
        "referatlint: advarsel: flere konfigurationsfiler i .: bruger .referatlint.yaml, ikke "
        "referatlint.yaml og pyproject.toml\n"
    )
    (tmp_path / "referatlint.yaml").unlink()
    write(tmp_path / "pyproject.toml", "[project]\nname = 'dagsordener'\n")  # not referatlint's
    assert cli(["referat.txt"], cwd=tmp_path).err == ""


# --------------------------------------------------------------------------- 13: not documents


def png() -> bytes:
    """A real (1x1) PNG image: NUL bytes from its first chunk on."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_files_named_that_are_not_documents_are_rl901_with_the_reason(cli, tmp_path):
    """What pre-commit passes with ``files: ^dagsordener/``: each file named gets an
    answer (as ruff and yamllint give), RL901 for what is not a document, exit code 2."""
    folder = tmp_path / "dagsordener"
    folder.mkdir()
    shutil.copy(CLEAN, folder / "referat.txt")
    write(folder / ".referatlint.yaml", "fail_on: warning\n")
    write(folder / "oversigt.csv", "punkt;titel\n1;Godkendelse\n")
    (folder / "logo.png").write_bytes(png())
    (folder / "tegning.png").write_bytes(b"\x89PNG\r\n\x1a\n0000")  # no NUL byte
    (folder / "moede.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    names = ["referat.txt", ".referatlint.yaml", "oversigt.csv", "logo.png", "tegning.png",
             "moede.doc"]  # fmt: skip
    run = cli([f"dagsordener/{name}" for name in names] + ["--output-format", "concise"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.err) == (2, "")
    assert run.out.splitlines() == [
        "dagsordener/.referatlint.yaml:1:1: RL901 [hele dokumentet] referatlint kan ikke læse .yaml-filer.",
        "dagsordener/oversigt.csv:1:1: RL901 [hele dokumentet] referatlint kan ikke læse .csv-filer.",
        "dagsordener/logo.png:1:1: RL901 [hele dokumentet] Filen er ikke et tekstdokument (den indeholder binære "
        "data).",
        "dagsordener/tegning.png:1:1: RL901 [hele dokumentet] referatlint kan ikke læse .png-filer.",
        "dagsordener/moede.doc:1:1: RL901 [hele dokumentet] referatlint kan ikke læse .doc-filer.",
    ]
    # What to do: a word processor's file is saved again, anything else is not the document.
    report = json.loads(cli([f"dagsordener/{name}" for name in names[2:]] + [
        "--output-format", "json"], cwd=tmp_path).out)  # fmt: skip
    assert [finding["fix"] for file in report["files"] for finding in file["findings"]] == [
        "Angiv selve dokumentet: referatlint læser .txt, .md, .pdf, .docx og .html.",
        "Tjek, at det er den rigtige fil; referatlint læser .txt, .md, .pdf, .docx og .html.",
        "Angiv selve dokumentet: referatlint læser .txt, .md, .pdf, .docx og .html.",
        "Gem dokumentet som .docx eller PDF.",
    ]
    # A name without a suffix, or whose last dot is none, is read by its content.
    shutil.copy(DRAFT, folder / "Referat 4. nov. 2024")
    shutil.copy(DRAFT, folder / "udkast")
    for name in ("Referat 4. nov. 2024", "udkast"):
        run = cli([f"dagsordener/{name}", "--select", "RL402", "--output-format", "concise"],
                  cwd=tmp_path)  # fmt: skip
        assert run.out == (
            f"dagsordener/{name}:42:1: RL402 [punkt 42] Beslutningen er en pladsholder (»XX«), "
            "ikke en beslutning.\n"
        )


# --------------------------------------------------------------------------- 16: own rules

OWN_RULE = (
    '[tool.referatlint]\n\n[[tool.referatlint.rules]]\ncode = "X101"\nkind = "forbidden"\n'
    'pattern = "\\\\bbruger(e|en|ne)?\\\\b"\nmessage = "Skriv »borger« i stedet for »bruger«."\n'
)
USER_TEXT = (
    "REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Godkendelse af dagsorden\n\n"
    "Beslutning\n\nGodkendt. Brugerne er orienteret.\n"
)


def own_rule_folder(folder: Path) -> Path:
    write(folder / "pyproject.toml", OWN_RULE)
    return write(folder / "referat.txt", USER_TEXT)


def test_rule_and_rules_show_the_configurations_own_rules(cli, tmp_path):
    own_rule_folder(tmp_path / "kommune")
    run = cli(["referat.txt", "--output-format", "concise"], cwd=tmp_path / "kommune")
    assert run.out == "referat.txt:7:11: X101 [punkt 1] Skriv »borger« i stedet for »bruger«.\n"
    doc = [
        "X101 x101: Skriv »borger« i stedet for »bruger«.",
        "Alvor: advarsel",
        "",
        "Hvad reglen tjekker:",
        "  Teksten må ikke indeholde »\\bbruger(e|en|ne)?\\b«.",
        "",
        "Hvorfor:",
        "  Kommunens egen regel (konfigurationsfilen).",
        "",
        "Kilde: pyproject.toml",
    ]
    for code in ("X101", "x101"):
        run = cli(["rule", code])
        assert (run.code, run.out.splitlines(), run.err) == (0, doc, "")
    rules = cli(["rules"]).out.splitlines()
    assert (
        rules[-1]
        == "X101\tx101                        \tadvarsel\tSkriv »borger« i stedet for »bruger«."
    )
    # From another folder: with --config, else it is not one of the rules there.
    run = cli(["rule", "X101", "--config", "kommune/pyproject.toml"], cwd=tmp_path)
    assert run.out.splitlines() == [*doc[:-1], "Kilde: kommune/pyproject.toml"]
    for options in ([], ["--isolated"]):
        run = cli(["rule", "X101", *options], cwd=tmp_path)
        assert (run.code, run.err) == (
            2,
            "referatlint: ukendt regel »X101« (se referatlint rules)\n",
        )
    assert cli(["rules"]).out.splitlines()[-1].startswith("RL907\t")


# --------------------------------------------------------------------------- 32: stdin's name


def test_stdin_filename_gives_standard_input_a_files_settings_and_name(cli, tmp_path):
    write(
        tmp_path / "dagsordener" / ".referatlint.yaml",
        'per_file_ignores:\n  "udkast-*.txt": [RL204]\n'
        "waivers:\n  - file: udkast-referat.txt\n    code: RL601\n    reason: Fiktivt nummer.\n",
    )
    args = ["--select", "RL204,RL601,RL402", "--output-format", "concise"]
    run = cli(["-", *args], stdin=DRAFT.read_bytes(), cwd=tmp_path)
    assert run.out.splitlines() == [
        "-:42:1: RL402 [punkt 42] Beslutningen er en pladsholder (»XX«), ikke en beslutning.",
        "-:58:1: RL204 [punkt 42] Listen springer fra 2 til 4.",
        "-:64:44: RL601 [punkt 42] Teksten indeholder et CPR-nummer (120456-****).",
    ]
    name = "dagsordener/udkast-referat.txt"  # need not exist: an editor's unsaved buffer
    for paths in ([], ["-"]):
        run = cli([*paths, "--stdin-filename", name, *args], stdin=DRAFT.read_bytes())
        assert (run.code, run.err) == (1, "")
        assert run.out.splitlines() == [
            f"{name}:42:1: RL402 [punkt 42] Beslutningen er en pladsholder (»XX«), ikke en "
            "beslutning."
        ]
    run = cli(["dagsordener", "--stdin-filename", name], stdin=b"")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "referatlint: --stdin-filename navngiver standardinput: angiv ingen andre stier end -\n"
    )


# --------------------------------------------------------------------------- 25: file patterns

PATTERNS_DOC = ROOT / "docs" / "ci" / "file-patterns.md"


def pattern_table() -> tuple[list[str], list[tuple[str, list[bool]]]]:
    """The files and (pattern, covers each file) of the table in docs/ci/file-patterns.md."""
    rows = [line for line in PATTERNS_DOC.read_text("utf-8").splitlines() if line.startswith("| ")]
    cells = [[cell.strip().strip("`") for cell in row.strip("|").split("|")] for row in rows]
    files = cells[0][1:]
    return files, [(row[0], [value == "ja" for value in row[1:]]) for row in cells[1:]]


def test_file_patterns_match_as_documented(cli, tmp_path):
    files, table = pattern_table()
    assert files == ["udkast-c.txt", "dagsordener/udkast-a.txt", "dagsordener/2024/udkast-b.txt"]
    assert len(table) == 12
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DRAFT, tmp_path / name)
    (tmp_path / "andet").mkdir()
    for pattern, covered in table:
        expected = [name for name, covers in zip(files, covered, strict=True) if not covers]
        waived = {"per_file_ignores": f'  "{pattern}": [RL402]\n',
                  "waivers": f'  - file: "{pattern}"\n    code: RL402\n    reason: Beslutningen er ikke truffet.\n'}  # fmt: skip
        for key, text in waived.items():
            write(tmp_path / ".referatlint.yaml", f"{key}:\n{text}")
            # From the configuration's folder and from another one: the same files.
            for cwd, prefix in ((tmp_path, ""), (tmp_path / "andet", "../")):
                run = cli([*(prefix + name for name in files), "--select", "RL402",
                           "--output-format", "concise"], cwd=cwd)  # fmt: skip
                assert run.err == ""
                reported = [
                    line.split(":")[0].removeprefix(prefix) for line in run.out.splitlines()
                ]
                assert reported == expected, (pattern, key, cwd)


# --------------------------------------------------------------------------- ZJ B6, B7: Windows paths


@pytest.mark.parametrize(
    ("config", "line", "pattern", "slashed"),
    [
        ('per_file_ignores:\n  "udvalg\\\\*": [RL6]\n', 2, "udvalg\\*", "udvalg/*"),
        (
            "waivers:\n  - file: 'byraad\\udvalg\\udkast.txt'\n    code: RL402\n"
            "    reason: Pladsholderen er godkendt af sekretariatet.\n",
            2,
            "byraad\\udvalg\\udkast.txt",
            "byraad/udvalg/udkast.txt",
        ),
    ],
)
def test_a_file_pattern_with_backslashes_is_a_configuration_error(
    cli, tmp_path, config, line, pattern, slashed
):
    """Written the Windows way, the pattern would match nothing and hide nothing, silently."""
    write(tmp_path / ".referatlint.yaml", config)
    write(tmp_path / "byraad" / "udvalg" / "udkast.txt", DRAFT.read_text("utf-8"))
    run = cli(["--no-cache", "byraad"], cwd=tmp_path)
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        f"referatlint: .referatlint.yaml:{line}: filmønsteret »{pattern}« bruger \\ "
        f"mellem mapperne; skriv / i stedet (også på Windows): »{slashed}«\n"
    )
    run = cli(["--no-cache", "--lang", "en", "byraad"], cwd=tmp_path)
    assert (run.code, run.err) == (
        2,
        f"referatlint: .referatlint.yaml:{line}: the file pattern “{pattern}” uses \\ "
        f"between folders; write / instead (also on Windows): “{slashed}”\n",
    )


def test_a_stdin_filename_with_backslashes_is_a_usage_error(cli, tmp_path):
    """On this system \\ separates no folders: the name would get no folder's settings."""
    run = cli(["--stdin-filename", "boern-og-unge\\odense.txt", "-"], stdin=DRAFT.read_bytes(),
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "referatlint: forkert brug: --stdin-filename boern-og-unge\\odense.txt bruger \\ mellem "
        "mapperne; skriv / i stedet: --stdin-filename boern-og-unge/odense.txt\n"
    )
    run = cli(["--lang", "en", "--stdin-filename", "boern-og-unge\\odense.txt"],
              stdin=DRAFT.read_bytes(), cwd=tmp_path)  # fmt: skip
    assert (run.code, run.err) == (
        2,
        "referatlint: usage error: --stdin-filename boern-og-unge\\odense.txt uses \\ between "
        "folders; write / instead: --stdin-filename boern-og-unge/odense.txt\n",
    )
