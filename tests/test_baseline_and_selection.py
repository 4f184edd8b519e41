"""What IT staff wiring referatlint into pre-commit and CI expect of the baseline, the
reports and rule selection (probe round ZD: B5, B6, B9, B10, B11): each through the real
command line, with the exact lines and exit codes a user sees."""

import json
import shutil
from pathlib import Path

import jsonschema
from conftest import CLEAN, DRAFT, VERSION_2_BASELINE
from lxml import etree
from referatlint.text import Msg
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
        "referatlint: advarsel: 10 fund i baseline-filen bl.json er rettet (findes ikke "
        "længere); fjern dem med --prune-baseline\n"
    )
    # Only entries of rules that ran count: RL401 and RL402 of the ten.
    run = cli(["arkiv", "--baseline", "bl.json", "--select", "RL4", "--lang", "en"], cwd=tmp_path)
    assert run.err == (
        "referatlint: warning: 2 findings in the baseline file bl.json are fixed (no longer "
        "occur); remove them with --prune-baseline\n"
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


# --------------------------------------------------------------------------- probe round ZJ
#
# B2: findings of one rule on one line told apart by what they are about; B3: entries of
# documents that are gone; gap 1: --prune-baseline.

ORIENTATION = """Referat
Socialudvalget
Mødedato: 06-01-2020

1. Orientering om udgiftsdrivere

Indstilling

Administrationen indstiller, at orienteringen tages til efterretning.

Beskrivelse af sagen

Udvalget får hvert kvartal et overblik over udgiftsdriverne.

Beslutning

Orientering taget til efterretning.
"""
# The item with »Økonomiske konsekvenser« written and »Indstilling« deleted: one RL101
# fixed, one new, both at the item's heading (line 5).
ORIENTATION_SWAPPED = ORIENTATION.replace(
    "Indstilling\n\nAdministrationen indstiller, at orienteringen tages til efterretning.\n\n", ""
).replace("Beslutning\n", "Økonomiske konsekvenser\n\nIngen.\n\nBeslutning\n")
NEW_RL101 = "a.txt:5:1: RL101 [punkt 1] Punktet mangler afsnittet »Indstilling«.\n"


def test_a_new_missing_section_is_not_hidden_by_a_fixed_one_on_the_same_line(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ORIENTATION, "utf-8")
    written = cli(["a.txt", "--write-baseline", "bl.json"], cwd=tmp_path)
    assert (written.code, written.err) == (0, "Skrev 2 fund til bl.json.\n")
    (tmp_path / "a.txt").write_text(ORIENTATION_SWAPPED, "utf-8")
    run = cli(["a.txt", "--baseline", "bl.json", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (1, NEW_RL101, (
        "referatlint: advarsel: 1 fund i baseline-filen bl.json er rettet (findes ikke "
        "længere); fjern det med --prune-baseline\n"
    ))  # fmt: skip


def test_a_reworded_message_or_another_language_keeps_the_baseline_matching(
    cli, tmp_path, monkeypatch
):
    from referatlint.rules import missing_required_section as rl101

    (tmp_path / "a.txt").write_text(ORIENTATION, "utf-8")
    cli(["a.txt", "--write-baseline", "bl.json", "--no-cache"], cwd=tmp_path)
    # A later release words the finding differently.
    monkeypatch.setattr(rl101, "MESSAGE", Msg("Afsnittet »{section}« mangler i punktet.",
                                              "Section “{section}” is missing from the item."))  # fmt: skip
    rl101.messages.cache_clear()
    reworded = cli(["a.txt", "--output-format", "concise", "--no-cache"], cwd=tmp_path)
    assert reworded.out.splitlines()[0] == (
        "a.txt:5:1: RL101 [punkt 1] Afsnittet »Miljø- og klimamæssige konsekvenser« mangler i "
        "punktet."
    )
    for lang in ("da", "en"):
        run = cli(["a.txt", "--baseline", "bl.json", "--no-cache", "--lang", lang], cwd=tmp_path)
        assert (run.code, run.err) == (0, ""), lang
    rl101.messages.cache_clear()


def test_a_baseline_written_before_subjects_still_matches(cli, work):
    shutil.copy(VERSION_2_BASELINE, work / "baseline.json")
    run = cli(["dagsordener", "--baseline", "baseline.json"], cwd=work)
    assert (run.code, run.out, run.err) == (0, (
        "Alt i orden: ingen fund i 2 dokumenter. Ikke vist: 10 fund fra baseline-filen.\n"
    ), "")  # fmt: skip
    # Its fixed entries are counted, and pruned in the version it has.
    shutil.copy(CLEAN, work / "dagsordener" / "udkast.txt")
    run = cli(["dagsordener", "--baseline", "baseline.json"], cwd=work)
    assert run.err == (
        "referatlint: advarsel: 10 fund i baseline-filen baseline.json er rettet (findes ikke "
        "længere); fjern dem med --prune-baseline\n"
    )
    run = cli(["dagsordener", "--baseline", "baseline.json", "--prune-baseline"], cwd=work)
    assert (run.code, run.err) == (0, "Fjernede 10 fund fra baseline.json.\n")
    data = json.loads((work / "baseline.json").read_text("utf-8"))
    assert (data["version"], data["findings"]) == (2, [])


def archive_of_drafts(folder: Path, names=("a.txt", "b.txt", "c.txt")) -> None:
    (folder / "arkiv").mkdir()
    for name in names:
        shutil.copy(DRAFT, folder / "arkiv" / name)


def test_entries_of_renamed_and_deleted_documents_are_reported(cli, tmp_path):
    archive_of_drafts(tmp_path)
    (tmp_path / "andet").mkdir()
    shutil.copy(DRAFT, tmp_path / "andet" / "d.txt")
    cli(["arkiv", "andet", "--write-baseline", "bl.json"], cwd=tmp_path)
    (tmp_path / "arkiv" / "a.txt").rename(tmp_path / "arkiv" / "a omdøbt.txt")  # git mv
    (tmp_path / "arkiv" / "c.txt").unlink()
    run = cli(["arkiv", "--baseline", "bl.json", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, len(run.out.splitlines())) == (1, 10)  # the renamed one's findings
    assert run.err == (
        "referatlint: advarsel: 20 fund i baseline-filen bl.json hører til 2 dokumenter, der "
        "ikke findes længere (»arkiv/a.txt« og »arkiv/c.txt«). For et slettet dokument: fjern "
        "fundene med --prune-baseline; for et omdøbt: fundene meldes under det nye navn, indtil "
        "baseline-filen skrives igen (--write-baseline)\n"
    )
    run = cli(["arkiv", "--baseline", "bl.json", "--lang", "en"], cwd=tmp_path)
    assert run.err == (
        "referatlint: warning: 20 findings in the baseline file bl.json belong to 2 documents "
        "that no longer exist (“arkiv/a.txt” and “arkiv/c.txt”). For a deleted document: remove "
        "the findings with --prune-baseline; for a renamed one: the findings are reported under "
        "the new name until the baseline file is written again (--write-baseline)\n"
    )
    (tmp_path / "andet" / "d.txt").unlink()
    # Only the paths checked: another folder's, a single file's neighbours are not named.
    run = cli(["arkiv/b.txt", "--baseline", "bl.json"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")
    run = cli(["arkiv/b.txt", "andet", "--baseline", "bl.json"], cwd=tmp_path)
    assert run.err.splitlines()[-1] == (
        "referatlint: advarsel: 10 fund i baseline-filen bl.json hører til et dokument, der "
        "ikke findes længere (»andet/d.txt«). For et slettet dokument: fjern fundene med "
        "--prune-baseline; for et omdøbt: fundene meldes under det nye navn, indtil "
        "baseline-filen skrives igen (--write-baseline)"
    )


def test_prune_baseline_removes_fixed_and_vanished_entries_and_adds_no_new_one(cli, tmp_path):
    archive_of_drafts(tmp_path)
    cli(["arkiv", "--write-baseline", "bl.json"], cwd=tmp_path)
    baseline = tmp_path / "bl.json"
    baseline.chmod(0o640)
    entries = json.loads(baseline.read_text("utf-8"))["findings"]
    shutil.copy(CLEAN, tmp_path / "arkiv" / "b.txt")  # ten findings fixed
    (tmp_path / "arkiv" / "c.txt").unlink()  # ten entries of a document that is gone
    draft = DRAFT.read_text("utf-8")  # a new defect: a paragraph with a placeholder
    new_paragraph = "Kortet over ordningen eftersendes. TODO\n\nKlagen fra grundejeren"
    (tmp_path / "arkiv" / "a.txt").write_text(
        draft.replace("Klagen fra grundejeren", new_paragraph), "utf-8"
    )
    before = baseline.read_bytes()
    run = cli(["arkiv", "--baseline", "bl.json", "--output-format", "concise"], cwd=tmp_path)
    assert baseline.read_bytes() == before  # written only when asked
    new = "arkiv/a.txt:64:36: RL604 [punkt 42] Teksten indeholder en pladsholder: »TODO«.\n"
    assert (run.code, run.out) == (1, new)
    run = cli(["arkiv", "--baseline", "bl.json", "--output-format", "concise", "--prune-baseline"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.out, run.err) == (1, new, "Fjernede 20 fund fra bl.json.\n")
    data = json.loads(baseline.read_text("utf-8"))
    assert data["findings"] == [e for e in entries if e["path"] == "arkiv/a.txt"]
    assert (baseline.stat().st_mode & 0o777, sorted(p.name for p in tmp_path.iterdir())) == (
        0o640, ["arkiv", "bl.json"]
    )  # fmt: skip
    # Nothing left to prune, and the new finding is still new.
    run = cli(["arkiv", "--baseline", "bl.json", "--prune-baseline", "--lang", "en", "-q"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.err) == (1, "")
    run = cli(["arkiv", "--baseline", "bl.json", "--prune-baseline", "--lang", "en",
               "--output-format", "concise"], cwd=tmp_path)  # fmt: skip
    assert (run.code, run.out, run.err) == (1, (
        "arkiv/a.txt:64:36: RL604 [item 42] The text contains a placeholder: “TODO”.\n"
    ), "Removed 0 findings from bl.json.\n")  # fmt: skip


def test_an_unreadable_document_keeps_its_baseline_entries(cli, tmp_path):
    archive_of_drafts(tmp_path, ("a.txt",))
    cli(["arkiv", "--write-baseline", "bl.json"], cwd=tmp_path)
    (tmp_path / "arkiv" / "a.txt").write_bytes(b"\x00\x01\x02 beskadiget")
    run = cli(["arkiv", "--baseline", "bl.json", "--prune-baseline"], cwd=tmp_path)
    assert (run.code, run.err) == (2, "Fjernede 0 fund fra bl.json.\n")
    assert len(json.loads((tmp_path / "bl.json").read_text("utf-8"))["findings"]) == 10


def test_prune_baseline_needs_a_baseline_and_not_write_baseline(cli, work):
    run = cli(["dagsordener", "--prune-baseline"], cwd=work)
    assert (run.code, run.out, run.err) == (2, "", (
        "referatlint: forkert brug: --prune-baseline skal bruges sammen med --baseline FIL (den "
        "baseline-fil, fundene fjernes fra)\n"
    ))  # fmt: skip
    # Without --baseline but with --write-baseline, the clash is what to hear of.
    run = cli(["dagsordener", "--prune-baseline", "--write-baseline", "b.json"], cwd=work)
    assert (run.code, run.err) == (2, (
        "referatlint: forkert brug: --prune-baseline kan ikke bruges med --write-baseline, som "
        "skriver alle fund, også de nye; vælg den ene\n"
    ))  # fmt: skip
    assert not (work / "b.json").exists()
    cli(["dagsordener", "--write-baseline", "b.json"], cwd=work)
    run = cli(["dagsordener", "--baseline", "b.json", "--prune-baseline", "--write-baseline",
               "b.json", "--lang", "en"], cwd=work)  # fmt: skip
    assert (run.code, run.out, run.err) == (2, "", (
        "referatlint: usage error: --prune-baseline cannot be used with --write-baseline, which "
        "writes every finding, new ones too; choose one\n"
    ))  # fmt: skip
