"""The command line as users run it: formats, selection, exit codes, languages."""

import json
import subprocess
import sys

import jsonschema
import pytest
from conftest import CLEAN, DRAFT, DRAFT_CODES, HANG_GUARD, run_referatlint, seed_archive, seed_path
from referatlint.rules import BUILTIN
from referatlint.schemas import load


def test_full_output_names_file_line_item_code_and_fix(cli):
    run = cli([DRAFT])
    assert run.code == 1
    first = run.out.splitlines()[0]
    assert first == (
        f"{DRAFT}:11:1: RL306 [punkt 41] Titlen i indholdsfortegnelsen "
        "(»Godkendelse af dagsorden til mødet den 4. november 2024«) er ikke den samme som "
        "punktets (»Godkendelse af dagsorden til mødet den 7. oktober 2024«)."
    )
    assert " 42 | XX" in run.out
    assert "= ret: Skriv mødets beslutning" in run.out
    assert "= fejl · Beslutningen er en pladsholder · mere: referatlint rule RL402" in run.out
    assert run.out.rstrip().endswith("10 fund i 1 dokument: 4 fejl, 6 advarsler.")


def test_concise_output_is_one_line_per_finding(cli):
    run = cli([DRAFT, "--output-format", "concise"])
    lines = run.out.splitlines()
    assert [line.split(": ")[1].split()[0] for line in lines] == DRAFT_CODES
    assert lines[4] == (
        f"{DRAFT}:64:44: RL601 [punkt 42] Teksten indeholder et CPR-nummer (120456-****)."
    )


def test_clean_draft_gives_no_findings_and_exit_0(cli):
    run = cli([CLEAN])
    assert run.code == 0
    assert run.out == "Alt i orden: ingen fund i 1 dokument.\n"


def test_json_output_validates_against_the_report_schema(cli):
    run = cli([DRAFT, CLEAN, "--output-format", "json"])
    report = json.loads(run.out)
    jsonschema.validate(report, load("report.schema.json"))
    assert report["summary"] == {"files": 2, "findings": 10, "errors": 4, "warnings": 6, "infos": 0}
    first = report["files"][0]
    assert (first["path"], first["format"], first["kind"], first["items"]) == (
        str(DRAFT),
        "text",
        "referat",
        4,
    )
    cpr = first["findings"][4]
    assert {k: cpr[k] for k in ("code", "name", "severity", "line", "column", "item", "page")} == {
        "code": "RL601",
        "name": "cpr-number",
        "severity": "error",
        "line": 64,
        "column": 44,
        "item": "42",
        "page": None,
    }
    assert report["files"][1]["findings"] == []


def test_english_messages_keep_the_codes(cli):
    run = cli([DRAFT, "--output-format", "concise", "--lang", "en"])
    assert (
        f"{DRAFT}:42:1: RL402 [item 42] The decision is a placeholder (“XX”), not a decision."
        in run.out
    )


def test_select_ignore_and_extend_select_by_prefix(cli):
    codes = lambda run: [line.split(": ")[1].split()[0] for line in run.out.splitlines()]  # noqa: E731
    assert codes(cli([DRAFT, "--output-format", "concise", "--select", "RL4"])) == [
        "RL402",
        "RL401",
    ]
    assert codes(cli([DRAFT, "--output-format", "concise", "--select", "RL60,RL1"])) == [
        "RL601",
        "RL602",
        "RL103",
        "RL101",
        "RL604",
    ]
    run = cli([DRAFT, "--output-format", "concise", "--ignore", "RL6", "--extend-select", "RL601"])
    # All but the RL6 family's RL602 (the link to "#") and RL604 (the TODO); RL601 is back.
    assert codes(run) == [
        "RL306", "RL502", "RL402", "RL204", "RL601", "RL103", "RL401", "RL101",
    ]  # fmt: skip


def test_fail_level_and_exit_zero(cli):
    assert cli([DRAFT, "--select", "RL204"]).code == 1
    assert cli([DRAFT, "--select", "RL204", "--fail-on", "error"]).code == 0
    assert cli([DRAFT, "--select", "RL204", "--fail-on", "info"]).code == 1
    assert cli([DRAFT, "--select", "RL402", "--fail-on", "error"]).code == 1  # RL402: an error
    assert cli([DRAFT, "--exit-zero"]).code == 0


def test_statistics(cli):
    run = cli([seed_path("001"), "--statistics"])
    assert run.out.splitlines() == [
        "    1\tRL101\tmissing-required-section",
        "    1\tRL102\tempty-section",
        "    2\tRL106\tinvalid-case-type",
        "    2\tRL204\tlist-numbering",
        "    9\tRL401\tunreleased-decision",
        "   10\tRL602\tplaceholder-link",
        "    1\tRL608\tbroken-paragraph",
    ]


def test_directories_are_walked_in_a_stable_order(cli, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(CLEAN.read_text("utf-8"), "utf-8")
    (tmp_path / "a.txt").write_text(CLEAN.read_text("utf-8"), "utf-8")
    (tmp_path / ".skjult.txt").write_text("x", "utf-8")
    (tmp_path / "README.md").write_text("# Dagsordener\n", "utf-8")  # not a meeting document
    (tmp_path / "billede.png").write_bytes(b"\x89PNG")
    run = cli([tmp_path, "--output-format", "json"])
    assert [f["path"] for f in json.loads(run.out)["files"]] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "z.txt"),
    ]


@pytest.fixture
def udvalg(tmp_path):
    """udvalg/udkast.txt (the draft's ten findings) and udvalg/sub/referat.txt (clean)."""
    (tmp_path / "udvalg" / "sub").mkdir(parents=True)
    (tmp_path / "udvalg" / "udkast.txt").write_text(DRAFT.read_text("utf-8"), "utf-8")
    (tmp_path / "udvalg" / "sub" / "referat.txt").write_text(CLEAN.read_text("utf-8"), "utf-8")
    (tmp_path / "genvej.txt").symlink_to(tmp_path / "udvalg" / "udkast.txt")
    return tmp_path


@pytest.mark.parametrize(
    ("paths", "checked"),
    [
        (["udvalg/udkast.txt", "./udvalg/udkast.txt"], ["udvalg/udkast.txt"]),
        (["udvalg/udkast.txt", "{tmp}/udvalg/udkast.txt"], ["udvalg/udkast.txt"]),
        (["udvalg/udkast.txt", "udvalg/../udvalg/udkast.txt"], ["udvalg/udkast.txt"]),
        (["./udvalg/udkast.txt", "genvej.txt"], ["udvalg/udkast.txt"]),
        (["udvalg", "udvalg/udkast.txt"], ["udvalg/udkast.txt", "udvalg/sub/referat.txt"]),
        (["udvalg/udkast.txt", "udvalg"], ["udvalg/udkast.txt", "udvalg/sub/referat.txt"]),
        (["udvalg", "udvalg/sub"], ["udvalg/udkast.txt", "udvalg/sub/referat.txt"]),
        (["udvalg/sub", "udvalg"], ["udvalg/sub/referat.txt", "udvalg/udkast.txt"]),
    ],
)
def test_a_document_reached_twice_is_checked_once_by_its_first_name(cli, udvalg, paths, checked):
    argv = [path.format(tmp=udvalg) for path in paths]
    run = cli(["--no-cache", "--output-format", "json", *argv], cwd=udvalg)
    report = json.loads(run.out)
    assert run.code == 1
    assert [entry["path"] for entry in report["files"]] == checked
    assert report["summary"]["findings"] == 10
    screen = cli(["--no-cache", *argv], cwd=udvalg)
    summary = "10 fund i 2 dokumenter" if len(checked) == 2 else "10 fund i 1 dokument"
    assert screen.out.splitlines()[-1] == f"{summary}: 4 fejl, 6 advarsler."


def test_a_baseline_written_from_overlapping_paths_holds_each_finding_once(cli, udvalg):
    cli(["--no-cache", "--write-baseline", "alene.json", "udvalg"], cwd=udvalg)
    run = cli(
        ["--no-cache", "--write-baseline", "begge.json", "udvalg", "udvalg/udkast.txt"], cwd=udvalg
    )
    assert (run.code, run.err) == (0, "Skrev 10 fund til begge.json.\n")
    assert (udvalg / "begge.json").read_text("utf-8") == (udvalg / "alene.json").read_text("utf-8")


def test_standard_input_is_not_taken_for_the_file_it_holds(cli, udvalg):
    run = cli(["--no-cache", "--output-format", "concise", "-", "udvalg/udkast.txt"],
              stdin=DRAFT.read_bytes(), cwd=udvalg)  # fmt: skip
    lines = run.out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["-"] * 10 + ["udvalg/udkast.txt"] * 10


def test_output_file_gets_the_format_and_the_terminal_the_readable_text(cli, tmp_path):
    target = tmp_path / "rapport.json"
    run = cli([DRAFT, "--output-format", "json", "-o", target])
    assert json.loads(target.read_text("utf-8"))["summary"]["findings"] == 10
    assert "RL402 [punkt 42]" in run.out and run.out.rstrip().endswith(
        "10 fund i 1 dokument: 4 fejl, 6 advarsler."
    )


def test_output_file_without_output_format_gets_the_format_its_extension_names(cli, tmp_path):
    """The nightly job's ``referatlint -o rapport.sarif arkiv/`` writes SARIF, not text."""
    import shutil

    from lxml import etree, html

    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    for name in ("rapport.sarif", "rapport.json", "junit.xml", "rapport.HTML", "rapport.txt"):
        run = cli(["--no-cache", "-o", name, "udkast.txt"], cwd=tmp_path)
        assert (run.code, run.err) == (1, ""), name
        assert "udkast.txt:42:1: RL402 [punkt 42]" in run.out, name  # the screen: readable text
    sarif = json.loads((tmp_path / "rapport.sarif").read_text("utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == DRAFT_CODES
    report = json.loads((tmp_path / "rapport.json").read_text("utf-8"))
    assert report["summary"]["findings"] == 10 and report["files"][0]["path"] == "udkast.txt"
    junit = etree.parse(str(tmp_path / "junit.xml"))
    assert len(junit.findall("testsuite/testcase/failure")) == 10
    page = html.document_fromstring((tmp_path / "rapport.HTML").read_text("utf-8"))
    assert len(page.find_class("finding")) == 10
    text = (tmp_path / "rapport.txt").read_text("utf-8")  # any other name: the full text
    assert text.startswith("udkast.txt:11:1: RL306 [punkt 41]")


@pytest.mark.parametrize(
    ("options", "written"),
    [
        (["--output-format", "sarif", "-o", "rapport.sarif"], "sarif"),
        (["--output-format", "sarif", "-o", "rapport.json"], "sarif"),  # SARIF is JSON
        (["-o", "resultater.sarif.json"], "sarif"),
        (["--output-format", "gitlab", "-o", "gl-code-quality-report.json"], "gitlab"),
        (["--output-format", "concise", "-o", "rapport.txt"], "concise"),
        (["--output-format", "json", "-o", "rapport.log"], "json"),
    ],
)
def test_output_format_that_fits_the_extension_is_written(cli, tmp_path, options, written):
    import shutil

    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    run = cli(["--no-cache", *options, "udkast.txt"], cwd=tmp_path)
    assert (run.code, run.err) == (1, "")
    content = (tmp_path / options[-1]).read_text("utf-8")
    shape = {
        "sarif": lambda: json.loads(content)["runs"][0]["tool"]["driver"]["name"] == "referatlint",
        "gitlab": lambda: len(json.loads(content)) == 10,
        "concise": lambda: content.startswith("udkast.txt:11:1: RL306 [punkt 41] Titlen"),
        "json": lambda: json.loads(content)["summary"]["findings"] == 10,
    }[written]
    assert shape()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--output-format", "concise", "-o", "rapport.sarif"],
            "forkert brug: -o rapport.sarif er en SARIF-fil, men --output-format er concise; "
            "skriv --output-format sarif, eller kald filen rapport.txt",
        ),
        (
            ["--output-format", "full", "-o", "ci/rapport.json"],
            "forkert brug: -o ci/rapport.json er en JSON-fil, men --output-format er full; "
            "skriv --output-format json, eller kald filen ci/rapport.txt",
        ),
        (
            ["--output-format", "junit", "-o", "rapport.sarif"],
            "forkert brug: -o rapport.sarif er en SARIF-fil, men --output-format er junit; "
            "skriv --output-format sarif, eller kald filen rapport.xml",
        ),
        (
            ["--output-format", "github", "-o", "junit.xml"],
            "forkert brug: -o junit.xml er en XML-fil, men --output-format er github; "
            "skriv --output-format junit, eller kald filen junit.txt",
        ),
        (
            ["--output-format", "gitlab", "-o", "rapport.html"],
            "forkert brug: -o rapport.html er en HTML-side, men --output-format er gitlab; "
            "skriv --output-format html, eller kald filen rapport.json",
        ),
        (
            ["--output-format", "azure", "-o", "rapport.sarif"],
            "forkert brug: -o rapport.sarif er en SARIF-fil, men --output-format er azure; "
            "skriv --output-format sarif, eller kald filen rapport.txt",
        ),
        (
            ["--output-format", "concise", "-o", "rapport.sarif", "--lang", "en"],
            "usage error: -o rapport.sarif is a SARIF file, but --output-format is concise; "
            "write --output-format sarif, or name the file rapport.txt",
        ),
        # A document's extension: no report is written into a PDF or Word file.
        (
            ["--output-format", "html", "-o", "rapport.pdf"],
            "forkert brug: -o rapport.pdf: referatlint skriver ikke .pdf-filer; kald filen "
            "rapport.html",
        ),
        (
            ["-o", "ci/udkast.docx", "--lang", "en"],
            "usage error: -o ci/udkast.docx: referatlint does not write .docx files; name the "
            "file ci/udkast.txt",
        ),
    ],
)
def test_output_format_the_extension_contradicts_is_a_usage_error(cli, tmp_path, options, message):
    import shutil

    (tmp_path / "ci").mkdir()
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    run = cli(["--no-cache", *options, "udkast.txt"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (2, "", f"referatlint: {message}\n")
    assert not (tmp_path / options[options.index("-o") + 1]).exists()  # nothing emptied


def test_rules_and_rule_commands(cli):
    run = cli(["rules"])
    assert run.code == 0
    assert "RL401\tunreleased-decision" in run.out
    run = cli(["rule", "RL601"])
    assert run.out.startswith("RL601 cpr-number: CPR-nummer i teksten\nAlvor: fejl\n")
    assert "CPR-loven § 54, stk. 3" in run.out
    assert cli(["rule", "placeholder-link", "--lang", "en"]).out.startswith(
        "RL602 placeholder-link: Link without a target"
    )
    unknown = cli(["rule", "RL999"])
    assert (unknown.code, unknown.out, unknown.err) == (
        2, "", "referatlint: ukendt regel »RL999« (se referatlint rules)\n"
    )  # fmt: skip
    unknown = cli(["rule", "RL999", "--lang", "en"])
    assert unknown.err == "referatlint: unknown rule “RL999” (see referatlint rules)\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lang", "en", "rule", "RL601"],
         "“rule” is a subcommand: put it first (referatlint rule RL601 --lang en)"),
        (["--no-cache", "rules", "--format", "markdown"],
         "»rules« er en underkommando: skriv den først (referatlint rules --format markdown)"),
        (["--lang=da", "--select", "RL6", "profile", "odense"],
         "»profile« er en underkommando: skriv den først (referatlint profile odense --lang=da)"),
    ],
)  # fmt: skip
def test_a_subcommand_after_an_option_is_told_to_come_first(cli, tmp_path, argv, message):
    # Read as paths, they would be two RL901 findings "Filen findes ikke." (probe ZE, W6).
    run = cli(argv, cwd=tmp_path)
    assert (run.code, run.out, run.err) == (2, "", f"referatlint: {message}\n")


def test_a_document_named_as_a_subcommand_is_checked(cli, tmp_path):
    (tmp_path / "rules").write_text(CLEAN.read_text("utf-8"), encoding="utf-8")
    run = cli(["--no-cache", "--output-format", "concise", "rules"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (0, "", "")


def test_every_subcommand_takes_lang(cli):
    # The language of its errors, which it may be given after the command.
    assert cli(["profiles", "--lang", "en"]).code == 0
    run = cli(["profile", "nowhere", "--lang", "en"])
    assert run.code == 2 and run.err.startswith("referatlint: unknown profile")


def test_no_paths_is_a_usage_error(cli):
    run = cli([])
    assert run.code == 2 and "angiv mindst én fil" in run.err


def test_python_dash_m_works():
    result = run_referatlint(CLEAN)
    assert result.returncode == 0 and result.stdout == "Alt i orden: ingen fund i 1 dokument.\n"


def test_the_command_flushes_all_output_before_its_quick_exit(cli):
    """The command skips Python's teardown (os._exit): a pipe must still get every line,
    from the subcommands too (``rules`` prints line by line into a buffered stream)."""
    piped = run_referatlint("rules", env={"PYTHONUNBUFFERED": ""})
    assert piped.returncode == 0
    assert piped.stdout == cli(["rules"]).out and len(piped.stdout.splitlines()) == len(BUILTIN)


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """``referatlint archive | head -1``: exit 2, nothing on stderr."""
    archive = seed_archive(tmp_path, copies=10)  # more output than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "referatlint", archive, "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout.readline()
    process.stdout.close()
    assert process.stderr.read() == b""
    assert process.wait(timeout=HANG_GUARD) == 2


def assert_one_line_exit_2_in_every_process(cli, folder, message: str) -> None:
    """Two clean drafts in ``folder``: with one process and with two, the run stops at the
    first with ``message`` on one line of stderr and exit code 2."""
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    for jobs in ("1", "2"):
        run = cli([folder, "--no-cache", "--jobs", jobs])
        assert run.code == 2
        assert run.err.splitlines() == [f"referatlint: {folder / 'a.txt'}: {message}"]


def test_a_crashing_rule_is_one_line_and_exit_2_in_every_process(cli, monkeypatch, tmp_path):
    from referatlint import registry
    from referatlint.rule import Rule
    from referatlint.rules import BUILTIN
    from referatlint.text import Msg

    def crash(document, context):
        raise ZeroDivisionError("division by zero")
        yield

    broken = Rule(
        code="RL999", name="crashes", severity="error", title=Msg("Går ned", "Crashes"),
        what=Msg("", ""), why=Msg("", ""), bad="", good="", check=crash,
    )  # fmt: skip
    monkeypatch.setattr(registry, "builtin_rules", lambda: (*BUILTIN, broken))
    assert_one_line_exit_2_in_every_process(
        cli,
        tmp_path,
        "reglen RL999 fejlede (ZeroDivisionError: division by zero). Det er en fejl i reglen, "
        "ikke i dokumentet: fravælg reglen med --ignore RL999, og meld fejlen til reglens "
        "udvikler.",
    )


def test_a_parser_failure_is_one_line_and_exit_2_in_every_process(cli, monkeypatch, tmp_path):
    from referatlint import parse

    def fail(source, vocabulary=None, layout=None):
        raise IndexError("list index out of range")

    monkeypatch.setattr(parse, "parse", fail)
    assert_one_line_exit_2_in_every_process(
        cli,
        tmp_path,
        "referatlint kunne ikke tolke dokumentet (IndexError: list index out of range). Det er "
        "en fejl i referatlint, ikke i dokumentet: meld den til referatlints udviklere, gerne "
        "med dokumentet.",
    )
