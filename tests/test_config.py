"""Configuration: discovery, extends chains, precedence, validation messages, profiles,
declarative rules, waivers and the baseline, each through the real command line."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DRAFT, DRAFT_CODES, FIXTURES, ROOT, seed_path
from readme import command_lines, under
from referatlint.config_schema import build


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def settings_view(cli, path) -> str:
    return cli(["--show-settings", path]).out


def concise(cli, *args) -> list[str]:
    return cli([*args, "--output-format", "concise"]).out.splitlines()


# --------------------------------------------------------------------------- discovery


def test_nearest_file_wins_walking_up_from_each_document(cli, tmp_path):
    write(tmp_path / ".referatlint.yaml", "profile: odense\n")
    write(tmp_path / "hedensted" / "referatlint.yaml", "profile: hedensted\n")
    deep = write(tmp_path / "hedensted" / "2021" / "udvalg" / "x.txt", "")
    other = write(tmp_path / "odense" / "y.txt", "")
    view = settings_view(cli, deep)
    assert "profile: hedensted" in view
    assert f"- {tmp_path / 'hedensted' / 'referatlint.yaml'}" in view
    assert "profile: odense" in settings_view(cli, other)


def test_yaml_file_beats_pyproject_in_the_same_folder(cli, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.referatlint]\nprofile = "odense"\n')
    write(tmp_path / ".referatlint.yaml", "profile: hedensted\n")
    document = write(tmp_path / "x.txt", "")
    assert "profile: hedensted" in settings_view(cli, document)
    (tmp_path / ".referatlint.yaml").unlink()
    view = settings_view(cli, document)
    assert "profile: odense" in view and f"- {tmp_path / 'pyproject.toml'}" in view


def test_pyproject_without_a_referatlint_table_is_passed_by(cli, tmp_path):
    write(tmp_path / ".referatlint.yaml", "profile: odense\n")
    write(tmp_path / "projekt" / "pyproject.toml", "[project]\nname = 'x'\n")
    document = write(tmp_path / "projekt" / "x.txt", "")
    assert "profile: odense" in settings_view(cli, document)


def test_extends_chain_of_files_and_a_built_in_profile(cli, tmp_path):
    write(tmp_path / "fælles" / "base.yaml", "extends: hedensted\nseverity:\n  RL602: info\n")
    write(tmp_path / "mellem.yaml", "extends: fælles/base.yaml\nfail_on: error\n")
    write(tmp_path / "udvalg" / ".referatlint.yaml", "extends: ../mellem.yaml\nlang: en\n")
    document = write(tmp_path / "udvalg" / "x.txt", "")
    view = settings_view(cli, document)
    files = re.findall(r"^- (/.*)$", view, re.MULTILINE)
    assert files[:3] == [
        str(tmp_path / "fælles" / "base.yaml"),
        str(tmp_path / "mellem.yaml"),
        str(tmp_path / "udvalg" / ".referatlint.yaml"),
    ]
    assert "profile: hedensted" in view and "fail_on: error" in view and "lang: en" in view
    assert "RL602: info" in view


def test_explicit_config_and_isolated_mode(cli, tmp_path):
    write(tmp_path / ".referatlint.yaml", "profile: odense\n")
    chosen = write(tmp_path / "andet.yaml", "profile: hedensted\n")
    document = write(tmp_path / "x.txt", "")
    assert "profile: hedensted" in cli(["--show-settings", "--config", chosen, document]).out
    assert "profile: standard" in cli(["--show-settings", "--isolated", document]).out


def test_command_line_beats_the_configuration(cli, tmp_path):
    write(tmp_path / ".referatlint.yaml", "profile: odense\nfail_on: error\nlang: en\n")
    document = write(tmp_path / "x.txt", "")
    view = cli(["--show-settings", "--profile", "holbaek", "--fail-on", "info", document]).out
    assert "profile: holbaek" in view and "fail_on: info" in view and "lang: en" in view


# --------------------------------------------------------------------------- bad configuration


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("profile: holbaek\nrequried_sections:\n  '*': [Indstilling]\n", 2,
         "ukendt nøgle »requried_sections« (mente du »required_sections«?)"),
        ("profile: holbek\n", 1, "»profile: holbek« er ikke tilladt (vælg mellem standard, holbaek, "
         "odense, hedensted); mente du »holbaek«?"),
        ("fail_on: warnings\n", 1, "mente du »warning«?"),
        ("ignore: RL602\n", 1, "»ignore« skal være en liste, fx ignore: [RL602]"),
        ("severity:\n  RL602: kritisk\n", 2, "»severity.RL602: kritisk« er ikke tilladt"),
        ("options:\n  RL606:\n    alowed: [x]\n", 3, "ukendt nøgle »alowed« (mente du »allowed«?)"),
        ("waivers:\n  - file: a.txt\n    code: RL602\n", 2, "»waivers.0« mangler nøglen »reason«"),
        ("waivers:\n  - file: a.txt\n    code: RL602\n    reason: fordi\n", 4,
         "en undtagelse skal have en skrevet begrundelse"),
        ("standard_items: ['^(godkendelse']\n", 1, "er ikke et gyldigt regulært udtryk"),
        ("ignore: [RL602]\nextend_standard_items: ['^nyt (fra']\n", 2,
         "er ikke et gyldigt regulært udtryk"),
        ("decision_required:\n  '*': true\n  Temadrøftelse: nej\n", 3,
         "»decision_required.Temadrøftelse« skal være true eller false"),
        ("decision_required:\n  Temadrøftelsen: false\n", 2,
         "ukendt sagstype »Temadrøftelsen« (mente du »Temadrøftelse«?)"),
        ("rules:\n  - code: RL999\n    kind: forbidden\n    pattern: x\n    message: m\n", 2,
         "»RL999« kan ikke være koden for en egen regel: brug 1-3 store bogstaver og tre cifre, "
         "fx X101 (koder, der begynder med RL, er referatlints egne)"),
        ("rules:\n  - code: X101\n    kind: forbidden\n    message: m\n", 2,
         "»rules.0« mangler nøglen »pattern«"),
        ("profile: [holbaek\n", 1, "ikke gyldig YAML: »[« er ikke lukket med »]«"),
        ("!!python/object:os.system\nargs: [echo hacked]\n", 1, "ikke gyldig YAML"),
        ("- bare\n- liste\n", 1, "skal være en samling af »nøgle: værdi«"),
        ("extends: findes-ikke.yaml\n", 1, "»extends: findes-ikke.yaml« er hverken en indbygget profil eller en fil"),
    ],
)  # fmt: skip
def test_bad_configuration_is_one_line_with_file_line_and_hint(cli, tmp_path, text, line, message):
    config = write(tmp_path / ".referatlint.yaml", text)
    document = write(tmp_path / "x.txt", DRAFT.read_text("utf-8"))
    run = cli([document])
    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert run.err.startswith(f"referatlint: {config}:{line}: "), run.err
    assert message in run.err, run.err


def test_extends_loop_is_reported(cli, tmp_path):
    write(tmp_path / "a.yaml", "extends: b.yaml\n")
    write(tmp_path / "b.yaml", "extends: a.yaml\n")
    run = cli(["--config", tmp_path / "a.yaml", write(tmp_path / "x.txt", "")])
    assert run.code == 2 and "»extends« går i ring" in run.err


def test_bad_pyproject_table_names_the_key_line(cli, tmp_path):
    config = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.referatlint]\nprofil = "odense"\n',
    )
    run = cli([write(tmp_path / "x.txt", "")])
    assert run.code == 2
    assert (
        run.err.strip() == f"referatlint: {config}:5: ukendt nøgle »profil« (mente du »profile«?)"
    )


def test_a_configuration_error_names_the_file_as_findings_name_theirs(cli, tmp_path):
    """Relative to the working folder when the file lies in it (as the README shows it),
    absolute when it lies above it: either way the path a user can open."""
    write(tmp_path / ".referatlint.yaml", "profile: standard\n")
    write(tmp_path / "boern-og-unge" / ".referatlint.yaml",
          "extends: ../.referatlint.yaml\nrequried_sections: {}\n")  # fmt: skip
    write(tmp_path / "boern-og-unge" / "odense.txt", DRAFT.read_text("utf-8"))
    error = ":2: ukendt nøgle »requried_sections« (mente du »required_sections«?)\n"
    run = cli(["--no-cache", "boern-og-unge"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (
        2, "", f"referatlint: boern-og-unge/.referatlint.yaml{error}"
    )  # fmt: skip
    run = cli(["--no-cache", "--config", "./boern-og-unge/.referatlint.yaml", "boern-og-unge"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.err) == (2, f"referatlint: boern-og-unge/.referatlint.yaml{error}")
    write(tmp_path / "boern-og-unge" / ".referatlint.yaml", "extends: ../.referatlint.yaml\n")
    write(tmp_path / ".referatlint.yaml", "profile: standart\n")
    run = cli(["--no-cache", "odense.txt"], cwd=tmp_path / "boern-og-unge")
    assert (run.code, run.err) == (
        2,
        f"referatlint: {tmp_path}/.referatlint.yaml:1: »profile: standart« er ikke tilladt "
        "(vælg mellem standard, holbaek, odense, hedensted); mente du »standard«?\n",
    )


@pytest.mark.parametrize(
    ("config", "args", "line", "error"),
    [
        ("", ["--select", "RL999"], None, "ukendt regelkode »RL999«: ingen regel har en kode, "
         "der begynder sådan (»referatlint rules« viser dem)"),
        ("ignore: [RL1011]\n", [], 1, "ukendt regelkode »RL1011« (mente du »RL101«?)"),
        ("severity:\n  RL999: error\n", [], 2, "ukendt regelkode »RL999«: ingen regel har en "
         "kode, der begynder sådan (»referatlint rules« viser dem)"),
        ("per_file_ignores:\n  '*.txt': [RL77]\n", [], 2, "ukendt regelkode »RL77«: ingen regel "
         "har en kode, der begynder sådan (»referatlint rules« viser dem)"),
        ("required_sections:\n  '*': [Sagsfremstiling]\n", [], 2,
         "ukendt afsnit »Sagsfremstiling« (mente du »Sagsfremstilling«?); et nyt afsnit skrives "
         "under »sections«"),
    ],
)  # fmt: skip
def test_a_mistyped_rule_code_or_section_is_refused_not_silently_ignored(
    cli, tmp_path, config, args, line, error
):
    config_file = write(tmp_path / ".referatlint.yaml", config)
    run = cli([write(tmp_path / "x.txt", "Punkt 1: A\n"), "--no-cache", *args])
    assert run.code == 2 and run.out == ""
    where = f"{config_file}:{line}: " if line else ""
    assert run.err == f"referatlint: {where}{error}\n"


def test_a_new_section_the_template_requires_is_declared_under_sections(cli, tmp_path):
    write(
        tmp_path / ".referatlint.yaml",
        "sections:\n  Borgerinddragelse: []\n"
        "required_sections:\n  '*': [Indstilling, Borgerinddragelse]\n",
    )
    text = "REFERAT X\n\nPunkt 1: Budget\n\nIndstilling\n\nTekst.\n"
    run = cli([write(tmp_path / "x.txt", text), "--select", "RL101", "--no-cache"])
    assert run.code == 1 and "mangler afsnittet »Borgerinddragelse«" in run.out


def test_a_template_may_take_an_optional_sections_heading_for_its_own_section(cli, tmp_path):
    """ "Baggrund" is known as an optional section (so that it ends the section above it);
    a template whose case description is headed "Baggrund" takes the heading for its own
    required Sagsfremstilling. A heading of a section the profile requires stays its."""
    config = write(
        tmp_path / ".referatlint.yaml",
        "sections:\n  Sagsfremstilling: [Baggrund]\n"
        "required_sections:\n  '*': [Sagsfremstilling, Indstilling]\n",
    )
    text = (
        "REFERAT X\n\nPunkt 1: Budget\n\nBaggrund\n\nTekst om sagen.\n\n"
        "Indstilling\n\nAdministrationen indstiller, at forslaget godkendes.\n"
    )
    document = write(tmp_path / "x.txt", text)
    assert concise(cli, document, "--select", "RL101,RL102", "--no-cache") == []
    canonical = json.loads(cli(["parse", document]).out)["items"][0]["sections"][0]["canonical"]
    assert canonical == "Sagsfremstilling"
    config.write_text("sections:\n  Sagsfremstilling: [Baggrund, Økonomi]\n", "utf-8")
    run = cli([document, "--no-cache"])
    assert run.code == 2
    assert "overskriften »Økonomi« hører allerede til afsnittet »Økonomiske konsekvenser«" in (
        run.err
    )


def test_a_body_the_configuration_lists_is_the_meetings_body(cli, tmp_path):
    """A body whose name no built-in cue knows ("Seniorforum") is the meeting's body once
    ``bodies`` lists it: the committee that sent the case for hearing decided earlier, which
    is history, not a stale date of this meeting (RL502)."""
    text = (
        "Referat\n\nSeniorforum\n\nMødedato: Torsdag den 4. september 2025\n\n"
        "1. Høring om kvalitetsstandard for hjemmehjælp\n\n"
        "Beslutning i Social- og Seniorudvalget den 20-08-2025\nSendt i høring.\n\n"
        "Beslutning i Seniorforum den 04-09-2025\nSeniorforum afgav høringssvar.\n"
    )
    document = write(tmp_path / "x.txt", text)
    selected = ("--select", "RL502,RL504", "--no-cache")
    assert [line.split(" [")[0] for line in concise(cli, document, *selected)] == [
        f"{document}:9:1: RL502"
    ]
    (config,) = under("Kommunens udvalg og råd", "yaml")  # the README's list of bodies
    write(tmp_path / ".referatlint.yaml", config.text)
    assert concise(cli, document, *selected) == []
    assert json.loads(cli(["parse", document]).out)["meeting"]["body"] == "Seniorforum"
    # A name the list lacks is reported where the case went.
    write(document, text.replace("Social- og Seniorudvalget", "Social- og Seniorudvalgt"))
    assert [line.split(" [")[0] for line in concise(cli, document, *selected)] == [
        f"{document}:9:1: RL504"
    ]


def test_unknown_profile_on_the_command_line(cli):
    error = "referatlint: ukendt profil »aarhus« (findes: standard, holbaek, odense, hedensted)\n"
    run = cli([DRAFT, "--profile", "aarhus"])
    assert run.code == 2 and run.err == error
    shown = cli(["profile", "aarhus"])
    assert shown.code == 2 and shown.err == error


# --------------------------------------------------------------------------- profiles

# With its own template, each seed gives only its true defects (RL602 links aside, listed
# in test_seed_findings.py); with "standard", the differences are what the template explains.
MATCHING = {
    "000": ("holbaek", [("RL101", "2"), ("RL101", "2"), ("RL605", "4"), ("RL605", "4")]),
    "001": ("holbaek", None),  # the same as with "standard": Holbæk is the standard template
    "002": ("odense", [("RL608", "6")]),
    "003": ("holbaek", None),
    "004": ("hedensted", [("RL603", None), ("RL603", None), ("RL603", None)]),
}


def codes_items(cli, *args):
    report = json.loads(cli([*args, "--output-format", "json"]).out)
    return [(f["code"], f["item"]) for f in report["files"][0]["findings"] if f["code"] != "RL602"]


@pytest.mark.parametrize("seed", sorted(MATCHING))
def test_each_seed_with_its_profile_gives_only_its_true_defects(cli, seed):
    profile, expected = MATCHING[seed]
    with_profile = codes_items(cli, seed_path(seed), "--profile", profile, "--isolated")
    standard = codes_items(cli, seed_path(seed), "--isolated")
    if expected is None:
        assert with_profile == standard
    else:
        assert with_profile == expected


def test_standard_reports_what_odense_and_hedensted_templates_explain(cli):
    odense = codes_items(cli, seed_path("002"), "--isolated")
    assert odense.count(("RL101", "3")) == 2 and ("RL608", "6") in odense
    # No item has the climate section: one RL107 note instead of an RL101 per item.
    assert odense.count(("RL107", None)) == 1
    assert {code for code, _ in odense} == {"RL101", "RL107", "RL608"}
    hedensted = codes_items(cli, seed_path("004"), "--isolated")
    assert {code for code, _ in hedensted} == {"RL101", "RL107", "RL603"}


def test_profiles_and_profile_commands(cli, tmp_path):
    listing = cli(["profiles"]).out.splitlines()
    assert [line.split("\t")[0].strip() for line in listing] == [
        "standard",
        "holbaek",
        "odense",
        "hedensted",
    ]
    printed = cli(["profile", "hedensted"]).out
    assert printed.startswith("# Profilen »hedensted« som konfigurationsfil.")
    assert "item_order: toc" in printed
    # The printed profile is a configuration file a user can copy and use as it is.
    write(tmp_path / ".referatlint.yaml", printed)
    copied = cli(
        [seed_path("004"), "--config", tmp_path / ".referatlint.yaml", "--output-format", "json"]
    )
    assert (
        copied.out
        == cli(
            [seed_path("004"), "--profile", "hedensted", "--isolated", "--output-format", "json"]
        ).out
    )


def test_init_writes_the_best_fitting_profile(cli, tmp_path, monkeypatch):
    import referatlint.read
    import referatlint.runner

    shutil.copy(seed_path("004"), tmp_path / "referat.txt")
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    reads = []

    def read(path, data=None):
        reads.append(path)
        return original(path, data)

    original = referatlint.read.read
    monkeypatch.setattr(referatlint.read, "read", read)
    monkeypatch.setattr(referatlint.runner, "read", read)
    monkeypatch.setenv("REFERATLINT_CACHE_DIR", str(tmp_path / "cache"))
    run = cli(["init"], cwd=tmp_path)
    assert run.code == 0 and "profilen »hedensted«" in run.out
    assert sorted(reads) == ["referat.txt", "udkast.txt"]  # each once, for every profile
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    assert "\nprofile: hedensted\n" in config and config.startswith("# referatlint:")
    assert "# Lavet af »referatlint init« ud fra 2 dokumenter: profilen »hedensted«" in config
    assert "profile: hedensted" in settings_view(cli, tmp_path / "referat.txt")
    again = cli(["init"], cwd=tmp_path)
    assert again.code == 2 and "findes allerede" in again.err


# A theme meeting's minutes (Formål, Oplæg, Drøftelse; no decisions; a closed item as its
# title only) and an inter-municipal body's agenda (Sagsfremstilling, Økonomi, Indstilling).
THEME_MEETING = FIXTURES / "templates" / "temamoede_referat.txt"
EMERGENCY_BOARD = FIXTURES / "templates" / "beredskab_dagsorden.txt"
UNDECIDED_NOTE = (
    "RL107 [hele dokumentet] Ingen af punkterne har de afsnit, profilen »standard« kræver (Indstilling, Miljø- "
    "og klimamæssige konsekvenser, Økonomiske konsekvenser), og intet punkt har en "
    "beslutning; dokumentet følger nok en anden skabelon, eller mødet træffer ingen "
    "beslutninger (temamøde, dialogmøde, råd)."
)


def test_init_proposes_decision_required_for_minutes_without_decisions(cli, tmp_path):
    shutil.copy(THEME_MEETING, tmp_path / "temamoede.txt")
    run = cli(["init"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")
    assert run.out == (
        "Skrev .referatlint.yaml med profilen »standard« (1 fund om skabelonen; ingen anden "
        "profil gav færre).\n"
        "Referater uden beslutning på noget punkt: 1 af 1; se »decision_required« i "
        ".referatlint.yaml.\n"
    )
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    assert "\n# Referater uden beslutning på noget punkt: 1 af 1. " in config
    assert config.count("\n# decision_required: false\n") == 1
    # The one finding init counted is the one the run gives: no RL105 on every item.
    assert concise(cli, "temamoede.txt") == [f"temamoede.txt:1:1: {UNDECIDED_NOTE}"]
    # The secretary takes the proposal: the note no longer asks for it.
    config = config.replace("\n# decision_required: false\n", "\ndecision_required: false\n")
    write(tmp_path / ".referatlint.yaml", config)
    assert [line.split(": ", 1)[1] for line in concise(cli, "temamoede.txt")] == [
        "RL107 [hele dokumentet] Ingen af punkterne har de afsnit, profilen »standard« kræver "
        "(Indstilling, Miljø- og klimamæssige konsekvenser, Økonomiske konsekvenser); "
        "dokumentet følger nok en anden skabelon."
    ]


def test_init_counts_missing_decisions_among_the_template_findings(cli, tmp_path):
    decided = THEME_MEETING.read_text("utf-8").replace(
        "Der var enighed om at prioritere klimatilpasningen i Kolind.\n",
        "Der var enighed om at prioritere klimatilpasningen i Kolind.\n\n"
        "Beslutning\nAnlægsrammen fastholdes på 268 mio. kr.\n",
    )
    write(tmp_path / "temamoede.txt", decided)
    run = cli(["init"], cwd=tmp_path)
    assert run.out == (
        "Skrev .referatlint.yaml med profilen »standard« (4 fund om skabelonen; ingen anden "
        "profil gav færre).\n"
    )
    assert "\n# Træffer møderne ingen beslutninger (temamøde, dialogmøde, råd), skal et " in (
        (tmp_path / ".referatlint.yaml").read_text("utf-8")
    )
    found = [
        line.split(": ", 1)[0] + " " + line.split()[1] for line in concise(cli, "temamoede.txt")
    ]
    assert found == [
        "temamoede.txt:1:1 RL107",
        "temamoede.txt:17:1 RL105",
        "temamoede.txt:30:1 RL105",
        "temamoede.txt:44:1 RL105",
    ]


ARCHIVE_MINUTES = FIXTURES / "templates" / "arkiv_referat_2012.txt"


def assert_missing_recommendation_found(cli, tmp_path):
    """Under the archive's configuration an item without its recommendation is still found."""
    text = ARCHIVE_MINUTES.read_text("utf-8").replace(
        "Administrationens indstilling\nAdministrationen indstiller, at der gives",
        "Administrationen indstiller, at der gives",
    )
    write(tmp_path / "referat.txt", text)
    assert concise(cli, "referat.txt") == [
        "referat.txt:47:1: RL101 [punkt 36] Punktet mangler afsnittet »Indstilling«."
    ]


def test_readme_example_of_an_archive_of_older_documents_works(cli, tmp_path):
    shutil.copy(ARCHIVE_MINUTES, tmp_path / "referat.txt")
    # No item has the climate section, which came in later: one note, not one per item.
    run = cli(["referat.txt", "--isolated", "--output-format", "concise"], cwd=tmp_path)
    assert run.out.splitlines() == [
        "referat.txt:1:1: RL107 [hele dokumentet] Intet punkt har afsnittet »Miljø- og "
        "klimamæssige konsekvenser«, som profilen »standard« kræver; skabelonen har det nok ikke (fx fordi "
        "dokumentet er fra før afsnittet blev indført)."
    ]
    config, _scans = under("Ældre dokumenter i et arkiv", "yaml")
    write(tmp_path / ".referatlint.yaml", config.text)
    run = cli(["referat.txt", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out) == (0, "")
    assert_missing_recommendation_found(cli, tmp_path)


def test_a_recent_document_without_the_climate_section_is_told_to_describe_its_template(
    cli, tmp_path
):
    """The archive's minutes dated 2026, after the climate section came into the templates:
    the note blames the municipality's template, not the document's age, and its fix tells
    whom to ask to adapt the settings (no configuration keys); the archive's configuration (those very lines) then silences it."""
    text = ARCHIVE_MINUTES.read_text("utf-8").replace("12-03-2012", "09-03-2026")
    write(tmp_path / "referat.txt", text)
    run = cli(["referat.txt", "--isolated"], cwd=tmp_path)
    assert run.out.splitlines()[0] == (
        "referat.txt: RL107 [hele dokumentet] Intet punkt har afsnittet »Miljø- og "
        "klimamæssige konsekvenser«, som profilen »standard« kræver; kommunens skabelon har det nok ikke."
    )
    assert (
        "= ret: Bed den, der har sat referatlint op, om at tilpasse indstillingerne til kommunens "
        "skabelon (se »Tilpas til jeres skabelon« i vejledningen).\n"
    ) in run.out
    config, _scans = under("Ældre dokumenter i et arkiv", "yaml")
    write(tmp_path / ".referatlint.yaml", config.text)
    run = cli(["referat.txt", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out) == (0, "")


def test_init_passes_a_profile_whose_own_heading_no_document_has(cli, tmp_path):
    shutil.copy(EMERGENCY_BOARD, tmp_path / "dagsorden.txt")
    run = cli(["init"], cwd=tmp_path)
    # »hedensted« gives fewer findings (one note that no item has a Beslutningstema,
    # against that note for the climate section and a missing economy section), but no
    # item has a Beslutningstema.
    assert run.out == (
        "Skrev .referatlint.yaml med profilen »standard« (2 fund om skabelonen; »hedensted« "
        "gav 1, men dokumenterne har ikke »Beslutningstema«).\n"
        "Intet punkt har »Miljø- og klimamæssige konsekvenser«; se »required_sections« i "
        ".referatlint.yaml.\n"
    )
    assert "\nprofile: standard\n" in (tmp_path / ".referatlint.yaml").read_text("utf-8")
    # Holbæk's minutes ("Sagsgang og sagstype" on every item) are no Odense document either.
    holbaek = tmp_path / "holbaek"
    holbaek.mkdir()
    shutil.copy(seed_path("000"), holbaek / "referat.txt")
    assert cli(["init"], cwd=holbaek).out == (
        "Skrev .referatlint.yaml med profilen »standard« (2 fund om skabelonen; »odense« gav "
        "1, men dokumenterne har ikke »Resume«).\n"
        "Den bygger videre på ../.referatlint.yaml (extends), så dens undtagelser, "
        "ignoreringer og alvorsgrader gælder stadig i denne mappe.\n"
    )


def test_readme_example_of_a_meeting_without_decisions_works(cli, tmp_path):
    (config,) = under("Punkter uden sagstype og møder uden beslutninger", "yaml")
    write(tmp_path / ".referatlint.yaml", config.text)
    shutil.copy(THEME_MEETING, tmp_path / "temamoede.txt")
    run = cli(["temamoede.txt", "--output-format", "concise"], cwd=tmp_path)
    assert (run.code, run.out) == (0, "")
    # An item without its Drøftelse is still found.
    text = THEME_MEETING.read_text("utf-8").replace(
        "Drøftelse\nAntallet af borgere", "Antallet af borgere"
    )
    write(tmp_path / "temamoede.txt", text)
    assert concise(cli, "temamoede.txt") == [
        "temamoede.txt:44:1: RL101 [punkt 3] Punktet mangler afsnittet »Drøftelse«."
    ]


# --------------------------------------------------------------------------- settings at work


def test_severity_override_per_file_ignores_and_rule_options(cli, tmp_path):
    text = DRAFT.read_text("utf-8").replace(
        "særskilt.", "særskilt, se jens@gmail.com eller tlf. 20 30 40 50."
    )
    write(tmp_path / "arkiv" / "gammel.txt", text)
    write(tmp_path / "ny.txt", text)
    write(
        tmp_path / ".referatlint.yaml",
        "severity:\n  RL602: info\nper_file_ignores:\n  'arkiv/*': [RL6]\n"
        "options:\n  RL606:\n    allowed: [20 30 40 50]\n",
    )
    new = concise(cli, tmp_path / "ny.txt")
    assert any("RL606" in line and "jens@gmail.com" in line for line in new)
    assert not any("RL606" in line and "20 30 40 50" in line for line in new)
    report = json.loads(cli([tmp_path / "ny.txt", "--output-format", "json"]).out)
    assert {f["severity"] for f in report["files"][0]["findings"] if f["code"] == "RL602"} == {
        "info"
    }
    old = concise(cli, tmp_path / "arkiv" / "gammel.txt")
    assert old and not any(": RL6" in line for line in old)


def test_declarative_rules_of_every_kind(cli, tmp_path):
    write(
        tmp_path / ".referatlint.yaml",
        """
rules:
  - code: X101
    kind: forbidden
    pattern: "\\\\bbruger(e|en|ne)?\\\\b"
    message: "Skriv »borger« i stedet for »bruger«."
    fix: "Erstat ordet."
  - code: X102
    kind: required-section
    section: Sagens forløb
    message: "Punktet skal have »Sagens forløb«."
    severity: info
  - code: X103
    kind: pattern
    scope: section
    section: Indstilling
    pattern: "indstiller, at"
    message: "Indstillingen skal begynde med »... indstiller, at«."
  - code: X104
    kind: required-phrase
    scope: document
    pattern: "Mødested"
    message: "Dokumentet skal nævne mødestedet."
  - code: X105
    kind: max-length
    scope: item
    max: 600
    message: "Punktet er for langt til forsiden."
    severity: error
""",
    )
    document = write(
        tmp_path / "x.txt",
        DRAFT.read_text("utf-8")
        .replace("Rådhuset, mødelokale 3", "Rådhuset")
        .replace("Mødested", "Sted")
        .replace("Flere grundejerforeninger", "Flere brugere")
        .replace(
            "Administrationen indstiller, at:\n\n1. orienteringen",
            "Forvaltningen foreslår:\n\n1. orienteringen",
        ),
    )
    report = json.loads(cli([document, "--output-format", "json"]).out)
    findings = report["files"][0]["findings"]
    mine = [
        (f["code"], f["item"], f["line"], f["severity"]) for f in findings if f["code"][0] == "X"
    ]
    # Standing items (41 Godkendelse af dagsorden, 44 Eventuelt) are left out by default.
    assert mine == [
        ("X104", None, 1, "warning"),
        ("X105", "42", 36, "error"),
        ("X101", "42", 62, "warning"),
        ("X102", "43", 82, "info"),
        ("X103", "43", 98, "warning"),
    ]
    assert "X101 [punkt 42] Skriv »borger« i stedet for »bruger«." in cli([document]).out
    assert concise(cli, document, "--select", "X10")[0].startswith(f"{document}:1:1: X104")


# --------------------------------------------------------------------------- adopting


def test_baseline_makes_the_next_run_clean_and_reports_a_new_defect_alone(cli, tmp_path):
    archive = tmp_path / "arkiv"
    archive.mkdir()
    for seed in ("000", "001", "002", "003", "004"):
        shutil.copy(seed_path(seed), archive / f"{seed}.txt")
    written = cli(["arkiv", "--write-baseline", "baseline.json"], cwd=tmp_path)
    assert written.code == 0 and (tmp_path / "baseline.json").exists()
    clean = cli(["arkiv", "--baseline", "baseline.json"], cwd=tmp_path)
    assert clean.code == 0 and clean.out == (
        "Alt i orden: ingen fund i 5 dokumenter. Ikke vist: 80 fund fra baseline-filen.\n"
    )
    # Edits elsewhere move every line down; the old findings stay baselined ...
    text = (archive / "003.txt").read_text("utf-8")
    text = text.replace("Mødested Virtuelt", "Mødested Virtuelt\n\nNy linje\n\nEndnu en linje")
    # ... and one injected defect is reported alone.
    text = text.replace(
        "Der er ingen økonomiske konsekvenser ud over det, der er anført ovenfor.", "XX"
    )
    (archive / "003.txt").write_text(text, "utf-8")
    run = cli(["arkiv", "--baseline", "baseline.json", "--output-format", "concise"], cwd=tmp_path)
    assert run.out.splitlines() == [
        "arkiv/003.txt:181:1: RL604 [punkt 3] Teksten indeholder en pladsholder: »XX«."
    ]
    assert run.code == 1


def test_missing_baseline_is_a_clean_error(cli, tmp_path):
    run = cli([DRAFT, "--baseline", tmp_path / "nej.json"])
    assert run.code == 2 and "baseline-filen kan ikke læses: filen findes ikke" in run.err


def test_waivers_silence_one_code_per_file_or_item_and_show_their_reasons(cli, tmp_path):
    shutil.copy(seed_path("001"), tmp_path / "2021-11-01.txt")
    write(
        tmp_path / ".referatlint.yaml",
        "waivers:\n"
        "  - file: 2021-11-01.txt\n    code: RL602\n    item: '122'\n"
        "    reason: Linkene peger på interne dokumenter.\n"
        "  - file: 2021-11-01.txt\n    code: RL401\n"
        "    reason: Beslutningerne frigives af systemet dagen efter.\n"
        "  - file: 2021-11-01.txt\n    code: RL501\n    reason: Ugedagen var forkert i 2021.\n",
    )
    lines = cli(["2021-11-01.txt", "--output-format", "concise"], cwd=tmp_path).out.splitlines()
    assert not any("RL401" in line for line in lines)
    assert not any("RL602 [punkt 122]" in line for line in lines)
    assert any("RL602 [punkt 123]" in line for line in lines)
    assert lines[-1] == (
        ".referatlint.yaml:9:1: RL905 Undtagelsen for RL501 i »2021-11-01.txt« dækker ikke "
        "længere noget fund."
    )
    shown = cli(["--show-waivers", tmp_path / "2021-11-01.txt"], cwd=tmp_path)
    assert shown.code == 0
    assert shown.out.splitlines() == [
        ".referatlint.yaml:2: RL602 2021-11-01.txt punkt 122 (brugt 2 gange)",
        "    Begrundelse: Linkene peger på interne dokumenter.",
        ".referatlint.yaml:6: RL401 2021-11-01.txt (brugt 9 gange)",
        "    Begrundelse: Beslutningerne frigives af systemet dagen efter.",
        ".referatlint.yaml:9: RL501 2021-11-01.txt (brugt 0 gange)",
        "    Begrundelse: Ugedagen var forkert i 2021.",
    ]


def test_waivers_outside_the_working_directory_are_shown_as_unused_ones_are(cli, tmp_path):
    shutil.copy(seed_path("001"), tmp_path / "2021-11-01.txt")
    write(
        tmp_path / ".referatlint.yaml",
        "waivers:\n  - file: 2021-11-01.txt\n    code: RL501\n"
        "    reason: Ugedagen var forkert i 2021.\n",
    )
    (tmp_path / "sub").mkdir()
    shown = cli(["--show-waivers", "../2021-11-01.txt"], cwd=tmp_path / "sub")
    assert shown.out.splitlines() == [
        f"{tmp_path}/.referatlint.yaml:2: RL501 {tmp_path}/2021-11-01.txt (brugt 0 gange)",
        "    Begrundelse: Ugedagen var forkert i 2021.",
    ]
    stale = concise(cli, "../2021-11-01.txt")[-1]  # still in sub/
    assert stale == (
        f"{tmp_path}/.referatlint.yaml:2:1: RL905 Undtagelsen for RL501 i "
        f"»{tmp_path}/2021-11-01.txt« dækker ikke længere noget fund."
    )


def test_waiver_for_a_file_not_linted_is_not_called_unused(cli, tmp_path):
    shutil.copy(DRAFT, tmp_path / "a.txt")
    write(
        tmp_path / ".referatlint.yaml",
        "waivers:\n  - file: b.txt\n    code: RL402\n    reason: Gælder kun b.txt.\n",
    )
    run = cli([tmp_path / "a.txt", "--output-format", "concise"])
    assert run.code == 1
    # The draft's ten defects, RL402 (waived for b.txt only) among them, and no RL905.
    assert [line.split(": ")[1].split()[0] for line in run.out.splitlines()] == DRAFT_CODES


def test_each_configuration_file_is_read_and_parsed_once(tmp_path, monkeypatch):
    import jsonschema
    import yaml
    from referatlint import config, config_schema

    monkeypatch.setenv("REFERATLINT_CACHE_DIR", str(tmp_path / "cache"))
    write(tmp_path / "base.yaml", "profile: odense\n")
    waiver = "  - file: {}.txt\n    code: RL402\n    reason: Frigives dagen efter.\n"
    path = write(
        tmp_path / ".referatlint.yaml",
        "extends: base.yaml\nwaivers:\n" + "".join(waiver.format(n) for n in "abc"),
    )
    calls = []

    def counted(name, function):
        def call(*args, **options):
            calls.append(name)
            return function(*args, **options)

        return call

    monkeypatch.setattr(config, "read_bytes", counted("read", config.read_bytes))
    monkeypatch.setattr(yaml, "compose", counted("compose", yaml.compose))
    validator = jsonschema.Draft202012Validator
    monkeypatch.setattr(jsonschema, "Draft202012Validator", counted("validator", validator))
    config_schema.validator.cache_clear()
    resolved = config.load(str(path))
    assert [waiver["line"] for waiver in resolved.data["waivers"]] == [3, 6, 9]
    # Each file read once (no second read for the cache's fingerprints), the one with
    # waivers composed once for all their lines, and one validator for both files.
    assert sorted(calls) == ["compose", "read", "read", "validator"]


# --------------------------------------------------------------------------- schema, cache, README


def test_shipped_config_schema_is_generated_from_the_code(cli):
    shipped = json.loads((ROOT / "schemas" / "config.schema.json").read_text("utf-8"))
    assert shipped == build(), (
        "regenerate: python -m referatlint.config_schema > schemas/config.schema.json"
    )
    assert json.loads(cli(["schema", "config"]).out) == shipped


def test_validated_configuration_is_cached_so_later_runs_skip_yaml_and_jsonschema(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "REFERATLINT_CACHE_DIR"}
    write(tmp_path / ".referatlint.yaml", "profile: holbaek\nseverity:\n  RL602: info\n")
    write(tmp_path / "x.txt", DRAFT.read_text("utf-8"))
    probe = (
        "import sys; from referatlint.cli import main; code = main(['x.txt', '--output-format', 'concise']);"
        "print('LOADED', 'yaml' in sys.modules, 'jsonschema' in sys.modules)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        for _ in range(2)
    ]
    assert runs[0].stdout.splitlines()[-1] == "LOADED True True"
    assert runs[1].stdout.splitlines()[-1] == "LOADED False False"
    assert runs[0].stdout.splitlines()[:-1] == runs[1].stdout.splitlines()[:-1]
    assert (tmp_path / ".referatlint_cache" / ".gitignore").exists()
    # A changed file is read again, not served from the cache.
    write(tmp_path / ".referatlint.yaml", "profile: holbaek\nseverity:\n  RL602: error\n")
    third = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=environment, capture_output=True,
        text=True, check=False,
    )  # fmt: skip
    assert third.stdout.splitlines()[-1] == "LOADED True True"


def test_readme_template_example_works(cli, tmp_path):
    (config,) = under("Tilpas til jeres skabelon", "yaml")
    write(tmp_path / ".referatlint.yaml", config.text)
    seed = seed_path("001").read_text("utf-8")
    write(tmp_path / "2021-11-01.txt", seed.replace("Beskrivelse af sagen", "Redegørelse"))
    write(
        tmp_path / "2024-11-04.txt", seed.replace("Konstituering af", "Brugere og konstituering af")
    )
    first = concise(cli, tmp_path / "2021-11-01.txt")
    assert not any("RL602 [punkt 122]" in line for line in first)  # the waiver
    model = json.loads(cli(["parse", "2021-11-01.txt"], cwd=tmp_path).out)
    assert {s["canonical"] for i in model["items"] for s in i["sections"]
            if s["heading"] == "Redegørelse"} == {"Sagsfremstilling"}  # fmt: skip
    second = concise(cli, tmp_path / "2024-11-04.txt")
    assert [line.split(": ", 1)[1] for line in second if ": X101 " in line] == [
        "X101 [punkt 127] Skriv »borger« i stedet for »bruger«."
    ]
    (commands,) = under("Tilpas til jeres skabelon", "sh")
    for command in command_lines(commands):
        argv = command.split("#")[0].split()[1:]
        run = cli(argv, cwd=tmp_path)
        assert run.code == 0, command
    assert "Redegørelse" in cli(["--show-settings", "2024-11-04.txt"], cwd=tmp_path).out


def test_init_proposes_required_sections_without_one_no_item_has(cli, tmp_path):
    shutil.copy(ARCHIVE_MINUTES, tmp_path / "referat.txt")
    run = cli(["init"], cwd=tmp_path)
    assert run.out.splitlines()[1] == (
        "Intet punkt har »Miljø- og klimamæssige konsekvenser«; se »required_sections« i "
        ".referatlint.yaml."
    )
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    proposal = (
        "# Intet punkt i dokumenterne har afsnittet »Miljø- og klimamæssige konsekvenser«,\n"
        "# som profilen kræver: jeres skabelon har det nok ikke (fx i ældre dokumenter). Er det\n"
        "# rigtigt, så slet »# « foran linjerne herunder; resten af profilens afsnit kræves "
        "stadig:\n"
        "# required_sections:\n"
        '#   "*": [Indstilling, Økonomiske konsekvenser]\n'
    )
    assert proposal in config
    # Taken, the proposal silences the note and still requires the rest.
    taken = proposal.replace("# required_sections:", "required_sections:").replace(
        '#   "*"', '  "*"'
    )
    write(tmp_path / ".referatlint.yaml", config.replace(proposal, taken))
    assert concise(cli, "referat.txt") == []
    assert_missing_recommendation_found(cli, tmp_path)


def test_init_proposes_no_required_sections_when_an_item_has_each(cli, tmp_path):
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    run = cli(["init"], cwd=tmp_path)
    assert "required_sections" not in run.out
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    assert "# Afsnit, hver sagstype skal have" in config and "Intet punkt" not in config


def test_exclude_skips_files_in_a_folders_run_and_force_exclude_named_ones(
    cli, tmp_path, monkeypatch
):
    """An archive with scans referatlint cannot read: ``exclude`` leaves them out of a run
    over the folder; a scan named on the command line is still checked, unless
    --force-exclude (pre-commit's hook) says otherwise."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    (tmp_path / "scannet").mkdir()
    (tmp_path / "scannet" / "2012-referat.txt").write_bytes(b"\x00\x01\x02" * 400)
    run = cli([".", "--output-format", "concise"])
    assert run.code == 2
    assert "scannet/2012-referat.txt:1:1: RL901" in [
        line.split(" [")[0] for line in run.out.splitlines()
    ]
    _template, config = under("Ældre dokumenter i et arkiv", "yaml")  # the README's
    assert "scannet/\n" in config.text  # a folder's pattern covers its files
    write(tmp_path / ".referatlint.yaml", config.text)
    run = cli([".", "--output-format", "concise"])
    assert run.code == 1
    assert {line.split(":")[0] for line in run.out.splitlines()} == {"udkast.txt"}
    assert len(run.out.splitlines()) == len(DRAFT_CODES)
    named = cli(["scannet/2012-referat.txt", "udkast.txt", "--output-format", "concise"])
    assert (named.code, named.out.splitlines()[0].split(" [")[0]) == (
        2,
        "scannet/2012-referat.txt:1:1: RL901",
    )
    forced = cli(
        ["scannet/2012-referat.txt", "udkast.txt", "--force-exclude", "--output-format", "concise"]
    )
    assert (forced.code, forced.out) == (1, run.out)
    # Nothing left to check: the run says why, on one line.
    alone = cli(["scannet/2012-referat.txt", "--force-exclude"])
    assert (alone.code, alone.out, alone.err) == (
        0,
        "Ingen dokumenter tjekket.\n",
        "referatlint: advarsel: intet dokument er tjekket: scannet/2012-referat.txt er udeladt "
        "af exclude i konfigurationen\n",
    )
    # A pattern written with Windows' backslash is a mistake in the file.
    write(tmp_path / ".referatlint.yaml", "exclude:\n  - scannet\\*\n")
    refused = cli(["."])
    assert refused.code == 2 and refused.err.startswith("referatlint: .referatlint.yaml:2: ")


# --------------------------------------------------------------------------- item kinds

THEME_DISCUSSION = FIXTURES / "layouts" / "randers_temadroeftelse_referat.txt"


def findings(cli, *args) -> list[str]:
    """The concise findings of a run whose configuration was accepted."""
    run = cli([*args, "--output-format", "concise"])
    assert run.err == "" and run.code in (0, 1), run.err
    return run.out.splitlines()


def test_a_template_describing_theme_discussions_keeps_them_free_of_a_decision(
    cli, tmp_path, monkeypatch
):
    """A configuration with its own case types, a title hint and required sections for
    Temadrøftelse (without a word about decisions) keeps the standard profile's rule that a
    theme discussion records no decision; its own required sections are checked."""
    monkeypatch.chdir(tmp_path)
    write(
        tmp_path / ".referatlint.yaml",
        "sections: {Formål: [], Oplæg: [], Drøftelse: [], Opfølgning: []}\n"
        "case_types: [Beslutningssag, Orienteringssag, Drøftelsessag, Temadrøftelse]\n"
        "case_type_hints:\n  - case_type: Temadrøftelse\n    title: '^Temadrøftelse'\n"
        "required_sections:\n"
        '  "*": [Indstilling, Økonomiske konsekvenser, Miljø- og klimamæssige konsekvenser]\n'
        "  Temadrøftelse: [Formål, Drøftelse, Opfølgning]\n",
    )
    text = THEME_DISCUSSION.read_text("utf-8")
    write(tmp_path / "referat.txt", text)
    assert findings(cli, "referat.txt") == []
    write(
        tmp_path / "referat.txt",
        text.replace("Opfølgning\nForvaltningen indarbejder", "Forvaltningen indarbejder"),
    )
    assert findings(cli, "referat.txt") == [
        "referat.txt:20:1: RL101 [punkt 2] Punktet mangler afsnittet »Opfølgning«."
    ]


def test_decision_required_per_case_type(cli, tmp_path, monkeypatch):
    """decision_required keyed by case type as required_sections is: a body whose dialogue
    items record no decision; its cases still need one, and "*" false frees the rest."""
    monkeypatch.chdir(tmp_path)
    text = (
        THEME_DISCUSSION.read_text("utf-8")
        .replace("2. Temadrøftelse: Unge", "2. Borgerdialog: Unge")
        .replace(
            "Beslutning i Beskæftigelsesudvalget den 04-11-2025\nGodkendt.\nFraværende",
            "Fraværende",
        )
    )
    write(tmp_path / "referat.txt", text)
    assert [line.split(" [")[0] for line in findings(cli, "referat.txt")] == [
        "referat.txt:20:1: RL101",
        "referat.txt:20:1: RL101",
        "referat.txt:20:1: RL101",
        "referat.txt:20:1: RL105",
        "referat.txt:35:1: RL105",
    ]
    kinds = (
        "case_types: [Beslutningssag, Borgerdialog]\n"
        "case_type_hints:\n  - case_type: Borgerdialog\n    title: '^Borgerdialog'\n"
        "required_sections: {Borgerdialog: []}\n"
    )
    write(tmp_path / ".referatlint.yaml", kinds + "decision_required: {Borgerdialog: false}\n")
    assert findings(cli, "referat.txt") == [
        "referat.txt:35:1: RL105 [punkt 3] Punktet har ingen beslutning, selv om dokumentet er "
        "et referat."
    ]
    write(
        tmp_path / ".referatlint.yaml",
        kinds + "decision_required: {'*': false, Beslutningssag: true}\n",
    )
    assert findings(cli, "referat.txt") == []


def test_extend_case_types_and_hints_add_to_the_profiles_lists(cli, tmp_path, monkeypatch):
    """A new case type and its hint without copying the profile's lists: the profile's
    hints (the theme discussion's) still apply, and a chain of files adds up."""
    monkeypatch.chdir(tmp_path)
    write(
        tmp_path / "referat.txt",
        "Referat\n\nBeskæftigelsesudvalget\nMødedato: Tirsdag den 4. november 2025\n\n"
        "1. Temadrøftelse: Unge uden job\n\nSagsfremstilling\nUdvalget drøfter indsatsen.\n\n"
        "2. Borgerdialog: Unge og job\n\nSagsfremstilling\n"
        "Udvalget mødte ti unge fra produktionsskolen.\n\nBeslutning\n"
        "Udvalget takkede for dialogen.\n\n3. Beskæftigelsesplan 2026\n\nSagsfremstilling\n"
        "Planen har tre mål.\n\nØkonomiske konsekvenser\nIngen.\n\n"
        "Miljø- og klimamæssige konsekvenser\nIngen.\n\nIndstilling\n"
        "Forvaltningen indstiller, at planen godkendes.\n\nBeslutning\nGodkendt.\n",
    )
    assert [line.split(" [")[0] for line in findings(cli, "referat.txt")] == [
        "referat.txt:11:1: RL101",
        "referat.txt:11:1: RL101",
        "referat.txt:11:1: RL101",
    ]
    write(tmp_path / "base.yaml", "extend_case_types: [Borgerdialog]\n")
    write(
        tmp_path / ".referatlint.yaml",
        "extends: base.yaml\n"
        "extend_case_type_hints:\n  - case_type: Borgerdialog\n    title: '^Borgerdialog'\n"
        "required_sections: {Borgerdialog: []}\n",
    )
    assert findings(cli, "referat.txt") == []
    # A hint for a case type the profile does not know is a mistake in the file.
    write(tmp_path / "base.yaml", "extend_case_types: [Borgermøde]\n")
    run = cli(["referat.txt"])
    assert (run.code, run.err) == (
        2,
        "referatlint: .referatlint.yaml:5: ukendt sagstype »Borgerdialog« (kendte: "
        "Beslutningssag, Orienteringssag, Drøftelsessag, Temadrøftelse, Valgsag, "
        "Medlemsforslag, Borgermøde); skriv en ny sagstype under »extend_case_types« "
        "(fx extend_case_types: [Borgerdialog])\n",
    )


def test_extend_standard_items_adds_to_the_profile_list_standard_items_replaces_it(
    cli, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    write(
        tmp_path / "referat.txt",
        THEME_DISCUSSION.read_text("utf-8").replace(
            "2. Temadrøftelse: Unge under 30 år uden uddannelse og job",
            "2. Nyt fra Det Lokale Beskæftigelsesråd",
        ),
    )
    # An ordinary item to the standard profile: the three sections and a decision.
    assert len(findings(cli, "referat.txt")) == 4
    write(tmp_path / ".referatlint.yaml", "extend_standard_items: ['^nyt fra det lokale']\n")
    assert findings(cli, "referat.txt") == []
    write(tmp_path / ".referatlint.yaml", "standard_items: ['^nyt fra det lokale']\n")
    assert [line.split(" [")[0] for line in findings(cli, "referat.txt")] == [
        "referat.txt:15:1: RL101",
        "referat.txt:15:1: RL101",
        "referat.txt:15:1: RL101",
        "referat.txt:73:1: RL101",
        "referat.txt:73:1: RL101",
        "referat.txt:73:1: RL101",
    ]
    # A chain of files adds up the standing items.
    write(tmp_path / "base.yaml", "extend_standard_items: ['^godkendelse af dagsorden']\n")
    write(
        tmp_path / ".referatlint.yaml",
        "extends: base.yaml\nstandard_items: ['^eventuelt$']\n"
        "extend_standard_items: ['^nyt fra det lokale']\n",
    )
    assert findings(cli, "referat.txt") == []


def test_readme_example_of_standing_items_case_types_and_present_lists_works(
    cli, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    (config,) = under("Faste punkter, sagstyper og deltagerlister", "yaml")
    text = (
        THEME_DISCUSSION.read_text("utf-8")
        .replace("Fraværende:\tLone Dahl (A)\n", "Afbud:\tLone Dahl (A)\n")
        .replace("Medlemmer:\t", "Deltagere:\t")
        .replace("4. Budgetopfølgning pr. 30. september 2025 - forsørgelsesydelser",
                 "4. Borgerdialog: Unge og job")
        .replace("5. Eventuelt", "5. Nyt fra Det Lokale Beskæftigelsesråd")
    )  # fmt: skip
    for old, new in (
        ("Beslutning i Beskæftigelsesudvalget den 04-11-2025\nTaget til efterretning.\n", ""),
        ("Indstilling\nBeskæftigelsesforvaltningen indstiller, at budgetopfølgningen", "Tekst om"),
    ):
        assert text.count(old) == 1
        text = text.replace(old, new)  # fmt: skip
    write(tmp_path / "referat.txt", text)
    # The standard profile: the dialogue and the council's news are cases to decide.
    assert [line.split(" [")[0] for line in findings(cli, "referat.txt")] == [
        "referat.txt:54:1: RL101",
        "referat.txt:54:1: RL105",
        "referat.txt:70:1: RL101",
        "referat.txt:70:1: RL101",
        "referat.txt:70:1: RL101",
    ]
    write(tmp_path / ".referatlint.yaml", config.text)
    assert findings(cli, "referat.txt") == [
        "referat.txt:12:1: RL503 Lone Dahl (A) står både under »Deltagere« og under »Afbud«."
    ]


# Amager Vest Lokaludvalg's minutes (København): Baggrund and Indstilling on every case,
# Økonomi only on the grant, no climate section, the decision as "Beslutning: ...".
LOCAL_COUNCIL = """\
Amager Vest Lokaludvalg

Referat

Dato: Tirsdag den 10. september 2024

Punkt 1: Godkendelse af dagsorden

Beslutning: Godkendt.

Punkt 2: Puljeansøgning fra Kulturhus Islands Brygge

Baggrund
Kulturhuset søger 40.000 kr. til en børnekulturfestival i oktober.

Økonomi
Puljen har 212.000 kr. tilbage i 2024.

Indstilling
Sekretariatet indstiller, at ansøgningen imødekommes.

Beslutning: Godkendt.

Punkt 3: Høring om lokalplan for Ørestad Syd

Baggrund
Teknik- og Miljøforvaltningen har sendt forslaget i høring til 1. oktober.

Indstilling
Sekretariatet indstiller, at lokaludvalget afgiver høringssvar.

Beslutning: Høringssvaret blev godkendt med en tilføjelse om cykelparkering.

Punkt 4: Trafiksikkerhed ved Sundbyøster Skole

Baggrund
Forældrebestyrelsen har bedt om en fodgængerovergang på Englandsvej.

Indstilling
Sekretariatet indstiller, at lokaludvalget støtter ønsket.

Beslutning: Godkendt.

Punkt 5: Lokaludvalgets budget 2025

Baggrund
Budgettet fordeles som i 2024.

Indstilling
Sekretariatet indstiller, at budgettet godkendes.

Beslutning: Godkendt.
"""


def test_init_learns_from_a_named_folder_and_writes_its_file_there(cli, tmp_path):
    write(tmp_path / "lokaludvalg" / "referat.txt", LOCAL_COUNCIL)
    run = cli(["init", "lokaludvalg"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines()[0].startswith("Skrev lokaludvalg/.referatlint.yaml med profilen")
    assert (tmp_path / "lokaludvalg" / ".referatlint.yaml").is_file()
    assert not (tmp_path / ".referatlint.yaml").exists()
    # "." and a document's name are paths to learn from as well; the file goes here.
    assert cli(["init", "."], cwd=tmp_path / "lokaludvalg").code == 2  # exists already
    run = cli(["init", "lokaludvalg/referat.txt"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")
    assert "\nprofile: standard\n" in (tmp_path / ".referatlint.yaml").read_text("utf-8")


def test_init_proposes_required_sections_without_one_few_items_have(cli, tmp_path):
    write(tmp_path / "referat.txt", LOCAL_COUNCIL)
    run = cli(["init"], cwd=tmp_path)
    assert run.out.splitlines()[1] == (
        "Få punkter har »Miljø- og klimamæssige konsekvenser« (0 af 4) og »Økonomiske "
        "konsekvenser« (1 af 4); se »required_sections« i .referatlint.yaml."
    )
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    proposal = (
        "# Få punkter i dokumenterne har afsnittene »Miljø- og klimamæssige konsekvenser« (0 af 4)\n"
        "# og »Økonomiske konsekvenser« (1 af 4), som profilen kræver på hvert punkt: jeres\n"
        "# skabelon kræver dem nok ikke. Er det rigtigt, så slet »# « foran linjerne herunder;\n"
        "# resten af profilens afsnit kræves stadig:\n"
        "# required_sections:\n"
        '#   "*": [Indstilling]\n'
    )
    assert proposal in config
    assert len(concise(cli, "referat.txt")) == 4  # RL107 and RL101 Økonomi on three cases
    taken = proposal.replace("# required_sections:", "required_sections:").replace(
        '#   "*"', '  "*"'
    )
    write(tmp_path / ".referatlint.yaml", config.replace(proposal, taken))
    assert concise(cli, "referat.txt") == []
    write(
        tmp_path / "referat.txt",
        LOCAL_COUNCIL.replace(
            "Indstilling\nSekretariatet indstiller, at budgettet",
            "Sekretariatet indstiller, at budgettet",
        ),
    )
    assert concise(cli, "referat.txt") == [
        "referat.txt:44:1: RL101 [punkt 5] Punktet mangler afsnittet »Indstilling«."
    ]


# Svendborg's Hovedudvalg (HMU): every item records the meeting under "Referat:".
MED_COMMITTEE = """\
Referat
Hovedudvalget (HMU)

Dato: Torsdag den 12. juni 2025

1. Sygefravær 1. kvartal 2025

Sagsfremstilling:
Sygefraværet var 5,9 pct.

Referat:
HMU drøftede udviklingen og aftalte en handleplan.

2. Retningslinje for vold og trusler

Sagsfremstilling:
Retningslinjen er revideret.

Referat:
HMU godkendte retningslinjen med en ændring.

3. Trivselsmåling 2025

Sagsfremstilling:
Svarprocenten var 81.

Referat:
Taget til efterretning.
"""


def test_init_proposes_the_label_the_items_end_under_as_the_decision(cli, tmp_path):
    write(tmp_path / "referat.txt", MED_COMMITTEE)
    run = cli(["init"], cwd=tmp_path)
    assert run.out.splitlines()[1:] == [
        "Punkterne slutter under »Referat«; se »sections« i .referatlint.yaml.",
        "Referater uden beslutning på noget punkt: 1 af 1; se »decision_required« i "
        ".referatlint.yaml.",
    ]
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    proposal = "# sections:\n#   Beslutning: [Referat]\n"
    assert proposal in config
    write(
        tmp_path / ".referatlint.yaml",
        config.replace(proposal, "sections:\n  Beslutning: [Referat]\n"),
    )
    assert [line.split(" [")[0].split(" Ingen")[0] for line in concise(cli, "referat.txt")] == [
        "referat.txt:1:1: RL107"
    ]
    write(
        tmp_path / "referat.txt",
        MED_COMMITTEE.replace(
            "Referat:\nHMU godkendte retningslinjen med en ændring.\n", "Referat:\n"
        ),
    )
    assert [line.split(": ", 1)[1][:5] for line in concise(cli, "referat.txt")] == [
        "RL107",
        "RL402",
    ]


def test_init_proposes_the_headings_many_items_have_and_the_profile_does_not_know(cli, tmp_path):
    """Aarhus' Handicaprådet records its view under "Rådets bemærkninger" and its hearing
    replies under "Høringssvar": init proposes them as sections of their own, and taken,
    their text is no longer part of the Sagsfremstilling above them."""
    shutil.copy(FIXTURES / "templates" / "handicapraad_referat.txt", tmp_path / "referat.txt")
    run = cli(["init"], cwd=tmp_path)
    assert run.out.splitlines()[1] == (
        "Mange punkter har overskrifterne »Høringssvar« og »Rådets bemærkninger«, som "
        "profilen ikke kender; se »sections« i .referatlint.yaml."
    )
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    proposal = "# sections:\n#   Høringssvar: []\n#   Rådets bemærkninger: []\n"
    assert "»Høringssvar« (2 af 4) og »Rådets bemærkninger« (2 af\n# 4)" in config
    assert "slet »# « foran »sections:« og foran deres linjer herunder" in re.sub(
        "\n# ", " ", config
    )
    assert proposal in config and "Sagens baggrund" not in config
    taken = "sections:\n  Høringssvar: []\n  Rådets bemærkninger: []\n"
    write(tmp_path / ".referatlint.yaml", config.replace(proposal, taken))
    parsed = json.loads(cli(["parse", "referat.txt"], cwd=tmp_path).out)
    assert [[s["heading"] for s in i["sections"]] for i in parsed["items"][2:6]] == [
        ["Sagsfremstilling", "Høringssvar"],
        ["Sagsfremstilling", "Rådets bemærkninger"],
        ["Sagsfremstilling", "Høringssvar"],
        ["Sagsfremstilling", "Rådets bemærkninger"],
    ]


@pytest.mark.parametrize("seed", ["000", "001", "003"])
def test_init_proposes_no_heading_from_bodies_decisions_statuses_or_case_types(cli, tmp_path, seed):
    """Holbæk's items end in "Socialudvalget", a case type ("Drøftelsessag") and a decision
    ("Drøftet", "Beslutning ikke frigivet") on lines of their own: no headings."""
    shutil.copy(seed_path(seed), tmp_path / "referat.txt")
    run = cli(["init"], cwd=tmp_path)
    assert run.code == 0 and "overskrift" not in run.out
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    assert "# sections:\n#   Sagsfremstilling: [Sagens baggrund]\n" in config


def test_init_proposes_the_decision_label_in_the_same_sections_as_the_headings(cli, tmp_path):
    """One ``sections`` mapping, not two: YAML keeps only the last of two equal keys."""
    assessed = "\nLedelsens vurdering\nLedelsen bakker op.\n\nReferat:\n"
    write(tmp_path / "referat.txt", MED_COMMITTEE.replace("\n\nReferat:\n", assessed))
    cli(["init"], cwd=tmp_path)
    config = (tmp_path / ".referatlint.yaml").read_text("utf-8")
    proposal = "# sections:\n#   Ledelsens vurdering: []\n#   Beslutning: [Referat]\n"
    assert proposal in config and config.count("# sections:") == 1
    assert "slet »# « foran »sections:« og »Beslutning:\n# [Referat]« ovenfor" in config
    write(tmp_path / ".referatlint.yaml", config.replace(proposal, proposal.replace("# ", "")))
    parsed = json.loads(cli(["parse", "referat.txt"], cwd=tmp_path).out)
    assert [i["decision"]["text"] for i in parsed["items"]] == [
        "HMU drøftede udviklingen og aftalte en handleplan.",
        "HMU godkendte retningslinjen med en ændring.",
        "Taget til efterretning.",
    ]
    assert [[s["heading"] for s in i["sections"]] for i in parsed["items"]] == [
        ["Sagsfremstilling:", "Ledelsens vurdering", "Referat:"]
    ] * 3
