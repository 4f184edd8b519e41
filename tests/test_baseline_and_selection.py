"""What IT staff wiring referatlint into pre-commit and CI expect of the baseline, the
reports and rule selection (probe round ZD: B5, B6, B9, B10, B11): each through the real
command line, with the exact lines and exit codes a user sees."""

import json
import shutil
from pathlib import Path

import jsonschema
from conftest import CLEAN, DRAFT
from lxml import etree
from test_report_formats import junit_schema, sarif_validator

UNUSED_WAIVER = (
    "waivers:\n  - file: arkiv/b.txt\n    code: RL601\n"
    "    reason: Gammel undtagelse, som ikke længere bruges.\n"
)
STALE_RL601 = (
    ".referatlint.yaml:2:1: RL905 Undtagelsen for RL601 i »arkiv/b.txt« dækker ikke længere "
    "noget fund."
)


def archive_with_unused_waiver(folder: Path) -> None:
    """arkiv/a.txt (the draft, ten findings), arkiv/b.txt (clean) and a configuration
    whose one waiver matches nothing (RL905)."""
    (folder / "arkiv").mkdir()
    shutil.copy(DRAFT, folder / "arkiv" / "a.txt")
    shutil.copy(CLEAN, folder / "arkiv" / "b.txt")
    (folder / ".referatlint.yaml").write_text(UNUSED_WAIVER, "utf-8")


# --------------------------------------------------------------------------- B5: baseline


def test_the_run_right_after_write_baseline_is_clean_config_findings_included(cli, tmp_path):
    archive_with_unused_waiver(tmp_path)
    written = cli(["arkiv", "--write-baseline", "bl.json", "--output-format", "concise"],
                  cwd=tmp_path)  # fmt: skip
    assert (written.code, written.out.splitlines()[-1], written.err) == (
        0, STALE_RL601, "Skrev 11 fund til bl.json.\n"
    )  # fmt: skip
    entries = json.loads((tmp_path / "bl.json").read_text("utf-8"))["findings"]
    assert [(e["path"], e["code"]) for e in entries if e["code"] == "RL905"] == [
        (".referatlint.yaml", "RL905")
    ]
    run = cli(["arkiv", "--baseline", "bl.json"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (
        0,
        "Alt i orden: ingen fund i 2 dokumenter. Ikke vist: 11 fund fra baseline-filen.\n",
        "",
    )
    # A second stale waiver is new: reported, the baselined one stays hidden.
    config = tmp_path / ".referatlint.yaml"
    config.write_text(UNUSED_WAIVER + UNUSED_WAIVER.replace("RL601", "RL501")[9:], "utf-8")
    run = cli(["arkiv", "--baseline", "bl.json", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out) == (
        1,
        STALE_RL601.replace(":2:", ":5:").replace("601", "501") + "\n",
    )


def test_fixed_findings_left_in_the_baseline_are_counted_on_stderr(cli, tmp_path):
    archive_with_unused_waiver(tmp_path)
    cli(["arkiv", "--write-baseline", "bl.json"], cwd=tmp_path)
    shutil.copy(CLEAN, tmp_path / "arkiv" / "a.txt")  # all ten findings fixed
    run = cli(["arkiv", "--baseline", "bl.json"], cwd=tmp_path)
    # The stale waiver's RL905 is still in the baseline, and still hidden.
    assert (run.code, run.out) == (
        0,
        "Alt i orden: ingen fund i 2 dokumenter. Ikke vist: 1 fund fra baseline-filen.\n",
    )
    assert run.err == (
        "referatlint: advarsel: 10 fund i baseline-filen bl.json findes ikke længere; fjern "
        "dem med --prune-baseline\n"
    )
    # Only entries of rules that ran count: RL401 and RL402 of the ten.
    run = cli(["arkiv", "--baseline", "bl.json", "--select", "RL4", "--lang", "en"], cwd=tmp_path)
    assert run.err == (
        "referatlint: warning: 2 findings in the baseline file bl.json no longer occur; remove "
        "them with --prune-baseline\n"
    )
    # Documents the run did not check have no stale entries.
    run = cli(["arkiv/b.txt", "--baseline", "bl.json"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")


def test_an_unreadable_document_is_not_baselined_and_never_hidden(cli, tmp_path):
    archive_with_unused_waiver(tmp_path)
    (tmp_path / "arkiv" / "c.pdf").write_bytes(b"%PDF-1.4 broken")
    written = cli(["arkiv", "--write-baseline", "bl.json"], cwd=tmp_path)
    assert (written.code, written.err) == (2, "Skrev 11 fund til bl.json.\n")
    data = json.loads((tmp_path / "bl.json").read_text("utf-8"))
    entries = data["findings"]
    assert "RL901" not in {entry["code"] for entry in entries}
    # An older baseline with the entry hides nothing either: exit 2 says why.
    entries.append({**entries[0], "path": "arkiv/c.pdf", "code": "RL901", "fingerprint": "x"})
    (tmp_path / "bl.json").write_text(json.dumps({**data, "findings": entries}), "utf-8")
    run = cli(["arkiv", "--baseline", "bl.json", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out) == (
        2, "arkiv/c.pdf:1:1: RL901 [hele dokumentet] PDF-filen er ikke hel (den er afbrudt undervejs).\n"
    )  # fmt: skip


def test_a_baseline_of_an_unknown_version_is_refused(cli, work):
    cli(["dagsordener", "--write-baseline", "b.json"], cwd=work)
    data = json.loads((work / "b.json").read_text("utf-8"))
    for version, shown in ((99, "99"), ("2", '"2"'), (0, "0")):
        (work / "b.json").write_text(json.dumps({**data, "version": version}), "utf-8")
        run = cli(["dagsordener", "--baseline", "b.json"], cwd=work)
        assert (run.code, run.out, run.err) == (2, "", (
            f"referatlint: b.json: ukendt baseline-version {shown}; denne referatlint læser "
            "version 1 til 3 (lav filen igen med --write-baseline)\n"
        )), version  # fmt: skip


# --------------------------------------------------------------------------- B6: reports


def test_a_configuration_file_with_a_finding_is_reported_but_not_counted_as_a_document(
    cli, tmp_path
):
    archive_with_unused_waiver(tmp_path)
    shutil.copy(CLEAN, tmp_path / "arkiv" / "a.txt")
    run = cli(["arkiv"], cwd=tmp_path)
    assert (run.code, run.out.splitlines()[-1]) == (1, "1 fund i 2 dokumenter: 1 advarsel.")
    report = json.loads(cli(["arkiv", "--output-format", "json"], cwd=tmp_path).out)
    schema = json.loads(cli(["schema", "report"]).out)
    jsonschema.validators.validator_for(schema)(schema).validate(report)
    assert [(f["path"], f["format"]) for f in report["files"]] == [
        ("arkiv/a.txt", "text"), ("arkiv/b.txt", "text"), (".referatlint.yaml", "config")
    ]  # fmt: skip
    (config,) = [f for f in report["files"] if f["format"] == "config"]
    assert [(f["code"], f["line"], f["item"]) for f in config["findings"]] == [("RL905", 2, None)]
    assert report["summary"] == {"files": 2, "findings": 1, "errors": 0, "warnings": 1, "infos": 0}
    sarif = json.loads(cli(["arkiv", "--output-format", "sarif"], cwd=tmp_path).out)
    assert sarif["runs"][0]["invocations"][0]["properties"]["files"] == 2
    github = cli(["arkiv", "--output-format", "github"], cwd=tmp_path).out.splitlines()
    assert github[-1] == "referatlint: 1 fund i 2 dokumenter: 1 advarsel."


# --------------------------------------------------------------------------- B9: exit code


def test_junit_fails_only_the_findings_that_fail_the_run(cli, work):
    run = cli(["--output-format", "junit", "--select", "RL204,RL402", "--fail-on", "error",
               "dagsordener/udkast.txt"])  # fmt: skip
    assert run.code == 1  # RL402 is an error; RL204, a warning, is below the fail level
    document = etree.fromstring(run.out.encode("utf-8"))
    junit_schema().assertValid(document)
    (suite,) = document.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    failed, passed = suite.findall("testcase")
    assert failed.find("failure").get("type") == "RL402 decision-placeholder"
    assert passed.get("name") == "RL204 list-numbering [punkt 42, linje 58]" and len(passed) == 0
    assert suite.find("system-out").text == (
        "dagsordener/udkast.txt:58:1: RL204 list-numbering\n"
        "[punkt 42] Listen springer fra 2 til 4.\n"
        "Ret: Ret nummereringen, så 3 følger efter 2. Henviser numrene til punkter eller andet, "
        "der med vilje springer over, er der ingen fejl.\n"
        "58 | 4. ordningen evalueres efter et år\n"
        "mere: referatlint rule RL204"
    )
    # A run that passes has no failed test.
    run = cli(["--output-format", "junit", "--select", "RL204", "--fail-on", "error",
               "dagsordener/udkast.txt"])  # fmt: skip
    (suite,) = etree.fromstring(run.out.encode("utf-8")).findall("testsuite")
    assert (run.code, suite.get("tests"), suite.get("failures")) == (0, "1", "0")


def test_sarif_says_whether_the_run_succeeded_and_its_exit_code(cli, work):
    for paths, code in (
        (["dagsordener/referat.txt"], 0),
        (["dagsordener/udkast.txt"], 1),
        (["dagsordener/udkast.txt", "dagsordener/mangler.txt"], 2),
    ):
        run = cli(["--output-format", "sarif", *paths])
        log = json.loads(run.out)
        sarif_validator().validate(log)
        invocation = log["runs"][0]["invocations"][0]
        assert (run.code, invocation["executionSuccessful"], invocation["exitCode"]) == (
            code, code != 2, code
        ), paths  # fmt: skip


# --------------------------------------------------------------------------- B11: selection

RL204 = "udkast.txt:58:1: RL204 [punkt 42] Listen springer fra 2 til 4."
RL402 = (
    "udkast.txt:42:1: RL402 [punkt 42] Beslutningen er en pladsholder (»XX«), ikke en beslutning."
)


def concise(cli, folder: Path, *args) -> tuple[int, list[str], str]:
    run = cli(["udkast.txt", "--output-format", "concise", *args], cwd=folder)
    return run.code, run.out.splitlines(), run.err


def test_the_command_line_selection_wins_over_the_configuration(cli, tmp_path):
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    (tmp_path / ".referatlint.yaml").write_text("ignore: [RL204]\n", "utf-8")
    assert RL204 not in concise(cli, tmp_path)[1]
    # --select replaces the configuration's choice, its ignore included ...
    assert concise(cli, tmp_path, "--select", "RL204") == (1, [RL204], "")
    assert concise(cli, tmp_path, "--select", "RL204,RL402") == (1, [RL402, RL204], "")
    # ... --extend-select adds to it, and --ignore takes out what the configuration adds.
    assert RL204 in concise(cli, tmp_path, "--extend-select", "RL204")[1]
    (tmp_path / ".referatlint.yaml").write_text("select: [RL4]\nextend_select: [RL204]\n", "utf-8")
    assert concise(cli, tmp_path, "--select", "RL402")[:2] == (1, [RL402])
    assert concise(cli, tmp_path, "--ignore", "RL204,RL401")[:2] == (1, [RL402])
    # Nothing left is the command line's doing, not the configuration's.
    (tmp_path / ".referatlint.yaml").write_text("ignore: [RL204]\n", "utf-8")
    assert concise(cli, tmp_path, "--select", "RL204", "--ignore", "RL2") == (2, [], (
        "referatlint: ingen regler er valgt (--select og --ignore), så referatlint ville "
        "ikke tjekke noget\n"
    ))  # fmt: skip
