"""Mistakes a municipality's IT staff make in a configuration file, each refused with one
line that names the file and the line (exit code 2) instead of being silently accepted,
and what such settings mean once they are accepted (synonyms, severity prefixes, codes in
small letters). The cases come from a test of the tool by a municipality's IT staff."""

import json
import shutil
from pathlib import Path

import pytest
from conftest import DRAFT


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    return path


def refused(cli, config: Path, *args) -> str:
    """The one error line for a run with ``config`` (found next to the document)."""
    document = config.parent / "udkast.txt"
    if not document.exists():
        shutil.copy(DRAFT, document)
    run = cli([document, "--no-cache", *args])
    assert run.code == 2, run.out
    assert run.out == ""
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    return run.err.rstrip("\n")


WAIVER = "  - file: udkast.txt\n    code: {}\n    reason: Aftalt med sekretariatet.\n"
RULE = "  - code: {}\n    kind: forbidden\n    pattern: {}\n    message: Skriv om.\n"

MISTAKES = [
    # 4: a case type the profile does not have would never match an item
    ("required_sections:\n  Orienteringsag: [Indstilling]\n", 2,
     "ukendt sagstype »Orienteringsag« (mente du »Orienteringssag«?)"),
    ("required_sections:\n  Orienteringsag: [Lovgrundlag]\n  Orienteringssag: [Lovgrundlag]\n", 2,
     "ukendt sagstype »Orienteringsag« (mente du »Orienteringssag«?)"),
    ("case_types: [Beslutningssag, Orienteringssag]\nrequired_sections:\n"
     "  Drøftelsessag: [Indstilling]\n", 3,
     "ukendt sagstype »Drøftelsessag« (kendte: Beslutningssag, Orienteringssag); skriv en ny "
     "sagstype under »extend_case_types« (fx extend_case_types: [Drøftelsessag])"),
    ("case_type_hints:\n  - case_type: Orienteringsag\n    title: '^Orientering'\n", 2,
     "ukendt sagstype »Orienteringsag« (mente du »Orienteringssag«?)"),
    # 5: an unknown rule code, with the nearest one
    ("ignore: [RL6002]\n", 1, "ukendt regelkode »RL6002« (mente du »RL602«?)"),
    ("profile: holbaek\nselect: [RL1, RL60002]\n", 2,
     "ukendt regelkode »RL60002« (mente du »RL602«?)"),
    ("severity:\n  RL502: error\n  RL999: error\n", 3,
     "ukendt regelkode »RL999«: ingen regel har en kode, der begynder sådan (»referatlint rules« "
     "viser dem)"),
    ("extend_select: [X999]\n", 1,
     "ukendt regelkode »X999«: ingen regel har en kode, der begynder sådan (»referatlint rules« "
     "viser dem)"),
    # 6, 7: an unknown section where the template, a rule or group_headings names one
    ("required_sections:\n  Orienteringssag: [Sagsfremstiling]\n", 2,
     "ukendt afsnit »Sagsfremstiling« (mente du »Sagsfremstilling«?); et nyt afsnit skrives "
     "under »sections«"),
    ("required_sections:\n  Orienteringssag: [Klima, natur og miljø]\n", 2,
     "ukendt afsnit »Klima«; skriv et nyt afsnit under »sections« (fx sections: {Klima: []})"),
    ("rules:\n  - code: X101\n    kind: required-section\n    section: Lovgrundlg\n"
     "    message: Lovgrundlag mangler.\n", 4,
     "ukendt afsnit »Lovgrundlg« (mente du »Lovgrundlag«?); et nyt afsnit skrives under "
     "»sections«"),
    ("rules:\n  - code: X102\n    kind: required-phrase\n    pattern: indstiller\n"
     "    scope: section\n    section: Indstiling\n    message: Skriv »indstiller«.\n", 6,
     "ukendt afsnit »Indstiling« (mente du »Indstilling«?); et nyt afsnit skrives under "
     "»sections«"),
    ("group_headings: [Resume, Sagsfremstiling]\n", 1,
     "ukendt afsnit »Sagsfremstiling« (mente du »Sagsfremstilling«?); et nyt afsnit skrives "
     "under »sections«"),
    # 8: a key written twice, at any level
    ("ignore: [RL602]\nseverity:\n  RL502: error\nsections:\n  Sagsfremstilling: [Sagens baggrund]\n"
     "ignore: [RL603]\n", 6, "nøglen »ignore« står to gange (første gang linje 1)"),
    ("severity:\n  RL502: error\n  RL306: info\n  RL502: info\n", 4,
     "nøglen »RL502« står to gange (første gang linje 2)"),
    ("waivers:\n  - file: udkast.txt\n    code: RL602\n    reason: Aftalt med sekretariatet.\n"
     "    code: RL601\n", 5, "nøglen »code« står to gange (første gang linje 3)"),
    # 9: a severity for a prefix is still a code that must exist
    ("severity:\n  RL66: info\n", 2, "ukendt regelkode »RL66« (mente du »RL606«?)"),
    # 10: a waiver is for one existing rule
    ("waivers:\n" + WAIVER.format("RL1010"), 3, "ukendt regelkode »RL1010« (mente du »RL101«?)"),
    ("waivers:\n" + WAIVER.format("RL6"), 3,
     "»RL6« er ikke en hel regelkode: en undtagelse gælder én regel (fx »RL601«)"),
    # 14: a misspelt known section is no new one; a heading belongs to one section
    ("sections:\n  Sagsfremstiling: [Sagens baggrund]\n", 2,
     "»Sagsfremstiling« under »sections« er ikke et kendt afsnit, men ligner »Sagsfremstilling« "
     "(mente du »Sagsfremstilling«?)"),
    ("sections:\n  Miljø og klimamæssige konsekvenser: [Klimavurdering]\n", 2,
     "»Miljø og klimamæssige konsekvenser« under »sections« er ikke et kendt afsnit, men ligner "
     "»Miljø- og klimamæssige konsekvenser« (mente du »Miljø- og klimamæssige konsekvenser«?)"),
    ("sections:\n  Økonomiske konsekvenser: [Klimavurdering]\n"
     "  Miljø- og klimamæssige konsekvenser: [Klimavurdering]\n", 3,
     "overskriften »Klimavurdering« hører allerede til afsnittet »Økonomiske konsekvenser«; en "
     "overskrift kan kun høre til ét afsnit"),
    ("sections:\n  Sagsfremstilling: [Sagens baggrund, Økonomi]\n", 2,
     "overskriften »Økonomi« hører allerede til afsnittet »Økonomiske konsekvenser«; en "
     "overskrift kan kun høre til ét afsnit"),
    ("sections:\n  Økonomi: [Økonomisk vurdering]\n", 2,
     "»Økonomi« under »sections« er allerede en overskrift for afsnittet »Økonomiske "
     "konsekvenser« (mente du »Økonomiske konsekvenser«?)"),
    # 15: settings that leave no rule to run
    ("ignore: [ALL]\n", 1,
     "ingen regler er valgt (»ignore« slår dem alle fra), så referatlint ville ikke tjekke noget"),
    ("select: []\n", 1,
     "ingen regler er valgt (»select« er tom), så referatlint ville ikke tjekke noget"),
    # 17: two custom rules with one code
    ("rules:\n" + RULE.format("X101", "sommerhus") + RULE.format("X101", "klima"), 6,
     "regelkoden »X101« er brugt to gange (første gang linje 2)"),
    # 23: two ways of choosing the profile
    ("profile: holbaek\nextends: odense\n", 2,
     "»profile: holbaek« og »extends: odense« vælger begge en profil; brug kun den ene"),
    # 24: RL901 is always an error
    ("severity:\n  RL901: warning\n", 2,
     "RL901 (et dokument, der ikke kan læses) er altid en fejl: den kan ikke slås fra, undtages "
     "eller gives en anden alvor"),
    ("ignore: [RL9, RL901]\n", 1,
     "RL901 (et dokument, der ikke kan læses) er altid en fejl: den kan ikke slås fra, undtages "
     "eller gives en anden alvor"),
    ("waivers:\n" + WAIVER.format("RL901"), 3,
     "RL901 (et dokument, der ikke kan læses) er altid en fejl: den kan ikke slås fra, undtages "
     "eller gives en anden alvor"),
    # 26: a misspelt key in an entry is named, not only the key it lacks
    ("waivers:\n  - file: udkast.txt\n    code: RL602\n    reasn: Aftalt med sekretariatet.\n", 4,
     "ukendt nøgle »reasn« (mente du »reason«?)"),
    ("rules:\n  - code: X101\n    kind: forbidden\n    patern: x\n    message: m\n", 4,
     "ukendt nøgle »patern« (mente du »pattern«?)"),
    ("RL606:\n  allowed: [a.dk]\n", 1,
     "ukendt nøgle »RL606« (en regels indstillinger står under »options«: options: {RL606: …})"),
    # 27: codes in words, not as a regular expression
    ("rules:\n" + RULE.format("x101", "x"), 2, "skriv koden med store bogstaver: »X101«"),
    ("ignore:\n  - RL602\n   - RL603\n", 2,
     "»RL602 - RL603« under »ignore.0« er ikke en regelkode (bogstaver og cifre, fx RL601, eller "
     "et præfiks som RL6)"),
    # 28: a misspelt built-in profile after extends
    ("extends: holbek\n", 1,
     "»extends: holbek« er hverken en indbygget profil eller en fil (mente du »holbaek«?)"),
    # 20: the parser's complaints in Danish, at the line to mend
    ("profile: holbaek\nsections:\n  Sagsfremstilling: [Sagens baggrund\nignore: [RL602]\n", 3,
     "ikke gyldig YAML: »[« er ikke lukket med »]«"),
    ("profile: holbaek\nignore:\n\t- RL602\n", 3,
     "ikke gyldig YAML: et tabulatortegn; ryk ind med mellemrum"),
    ("profile: holbaek\nrequired_sections:\n  Orienteringssag: Lovgrundlag: x\n", 3,
     "ikke gyldig YAML: et kolon, hvor der ikke kan stå et; sæt teksten i anførselstegn eller "
     "ret indrykningen"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "message"), MISTAKES)
def test_a_mistake_is_one_line_with_the_file_and_line(cli, tmp_path, text, line, message):
    config = write(tmp_path / ".referatlint.yaml", text)
    assert refused(cli, config) == f"referatlint: {config}:{line}: {message}"


def test_a_file_not_saved_as_utf8(cli, tmp_path):
    config = write(
        tmp_path / ".referatlint.yaml", "ignore: [RL602]\nprofile: holbæk\n".encode("cp1252")
    )
    assert refused(cli, config) == (
        f"referatlint: {config}:2: filen er ikke gemt som UTF-8 (men fx som Windows-1252 eller "
        "UTF-16); gem filen som UTF-8"
    )


def test_a_mistake_in_an_extended_file_names_that_file(cli, tmp_path):
    base = write(
        tmp_path / "faelles" / "base.yaml", "profile: hedensted\nseverity:\n  RL6002: info\n"
    )
    config = write(tmp_path / "moeder" / ".referatlint.yaml", "extends: ../faelles/base.yaml\n")
    assert refused(cli, config) == (
        f"referatlint: {base}:3: ukendt regelkode »RL6002« (mente du »RL602«?)"
    )


def test_a_custom_rule_code_from_an_extended_file_may_be_used_but_not_reused(cli, tmp_path):
    base = write(tmp_path / "base.yaml", "rules:\n" + RULE.format("X101", "sommerhus"))
    config = write(tmp_path / ".referatlint.yaml", "extends: base.yaml\nseverity:\n  X101: error\n")
    report = json.loads(cli([DRAFT, "--config", config, "--output-format", "json"]).out)
    assert {f["severity"] for f in report["files"][0]["findings"] if f["code"] == "X101"} == {
        "error"
    }
    write(config, "extends: base.yaml\nrules:\n" + RULE.format("X101", "klima"))
    assert refused(cli, config, "--config", config) == (
        f"referatlint: {config}:3: regelkoden »X101« er brugt to gange (første gang {base}:2)"
    )


# --------------------------------------------------------------------------- pyproject.toml

PYPROJECT = '[project]\nname = "vestby"\n\n[tool.referatlint]\nprofile = "odense"\n'


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
        ('severity = { RL504 = "error", RL6002 = "info" }\n', 6,
         "ukendt regelkode »RL6002« (mente du »RL602«?)"),
        ("\n[tool.referatlint.severity]\nRL504 = \"error\"\nRL999 = \"info\"\n", 9,
         "ukendt regelkode »RL999«: ingen regel har en kode, der begynder sådan (»referatlint "
         "rules« viser dem)"),
        ("\n[[tool.referatlint.waivers]]\nfile = \"udkast.txt\"\ncode = \"RL602\"\n"
         "reason = \"Aftalt med sekretariatet.\"\n\n[[tool.referatlint.waivers]]\n"
         "file = \"udkast.txt\"\ncode = \"RL1010\"\nreason = \"Aftalt med sekretariatet.\"\n", 14,
         "ukendt regelkode »RL1010« (mente du »RL101«?)"),
        ('ignore = ["RL504"\nfail_on = "error"\n', 7,
         "ikke gyldig TOML: en liste i [ ] er ikke lukket med »]«"),
        ('fail_on = error\n', 6,
         "ikke gyldig TOML: værdien er ikke gyldig (en tekst skal stå i anførselstegn)"),
        ('profile = "holbaek"\n', 6, "ikke gyldig TOML: nøglen står to gange"),
    ],
)  # fmt: skip
def test_a_mistake_in_pyproject_names_its_line(cli, tmp_path, table, line, message):
    config = write(tmp_path / "pyproject.toml", PYPROJECT + table)
    assert refused(cli, config) == f"referatlint: {config}:{line}: {message}"


def test_waivers_in_pyproject_carry_their_lines(cli, tmp_path):
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    write(
        tmp_path / "pyproject.toml",
        PYPROJECT + '\n[[tool.referatlint.waivers]]\nfile = "udkast.txt"\ncode = "RL602"\n'
        'reason = "Linket peger på et internt dokument."\n\n[[tool.referatlint.waivers]]\n'
        'file = "udkast.txt"\ncode = "RL501"\nreason = "Ugedagen var forkert i 2024."\n',
    )
    shown = cli(["--show-waivers", "udkast.txt"], cwd=tmp_path).out.splitlines()
    assert shown[0::2] == [
        "pyproject.toml:7: RL602 udkast.txt (brugt 1 gang)",
        "pyproject.toml:12: RL501 udkast.txt (brugt 0 gange)",
    ]
    stale = cli(["udkast.txt", "--output-format", "concise"], cwd=tmp_path).out.splitlines()[-1]
    assert stale.startswith("pyproject.toml:12:1: RL905 Undtagelsen for RL501")


def test_a_config_option_naming_a_pyproject_without_the_table_or_a_folder(cli, tmp_path):
    plain = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert refused(cli, plain, "--config", plain) == (
        f"referatlint: {plain}: har ingen tabel [tool.referatlint]; skriv indstillingerne under "
        "en linje med [tool.referatlint]"
    )
    assert refused(cli, plain, "--config", tmp_path) == (
        f"referatlint: {tmp_path}: er en mappe; --config skal pege på en konfigurationsfil"
    )


# --------------------------------------------------------------------------- the command line


@pytest.mark.parametrize(
    ("args", "why"),
    [(["--ignore", "ALL"], "--ignore ALL"), (["--select", ""], "--select er tom")],
)
def test_a_command_line_selecting_no_rule_is_an_error(cli, tmp_path, args, why):
    config = write(tmp_path / ".referatlint.yaml", "profile: holbaek\n")
    assert refused(cli, config, *args) == (
        f"referatlint: ingen regler er valgt ({why}), så referatlint ville ikke tjekke noget"
    )


def test_ignoring_all_but_selecting_some_again_is_fine(cli, tmp_path):
    write(tmp_path / ".referatlint.yaml", "ignore: [ALL]\nextend_select: [RL6]\n")
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    lines = cli(["udkast.txt", "--output-format", "concise"], cwd=tmp_path).out.splitlines()
    assert [line.split(": ")[1].split()[0] for line in lines] == ["RL601", "RL602", "RL604"]


# --------------------------------------------------------------------------- what is accepted


def findings(cli, config: Path, *args) -> list[tuple[str, str, int, str]]:
    """(code, item, line, severity) of the draft's findings, the draft next to ``config``."""
    document = config.parent / "udkast.txt"
    shutil.copy(DRAFT, document)
    report = json.loads(
        cli([document, "--config", config, "--no-cache", "--output-format", "json", *args]).out
    )
    return [
        (f["code"], f["item"], f["line"], f["severity"]) for f in report["files"][0]["findings"]
    ]


def test_a_heading_of_a_section_names_the_section_and_case_types_match_in_any_case(cli, tmp_path):
    # Hjemmel is a heading of Lovgrundlag; »Sagens baggrund« one the file gives Sagsfremstilling
    # (item 43 has it as »Beskrivelse af sagen«).
    config = write(
        tmp_path / "a.yaml",
        "sections:\n  Sagsfremstilling: [Sagens baggrund]\nrequired_sections:\n"
        "  orienteringssag: [Hjemmel, Sagens baggrund, lovgrundlag]\n",
    )
    run = cli([DRAFT, "--config", config, "--select", "RL101", "--output-format", "concise"])
    assert run.code == 1
    assert run.out.splitlines() == [
        f"{DRAFT}:82:1: RL101 [punkt 43] Punktet mangler afsnittet »Lovgrundlag«."
    ]
    shown = cli(["--show-settings", "--config", config, DRAFT]).out
    assert "    orienteringssag:\n    - Lovgrundlag\n    - Sagsfremstilling\n" in shown


def test_a_custom_rule_and_group_headings_may_name_a_heading_of_the_section(cli, tmp_path):
    # Both items have »Beskrivelse af sagen«, a heading of Sagsfremstilling.
    config = write(
        tmp_path / "a.yaml",
        "group_headings: [sagsbeskrivelse]\n"
        "rules:\n  - code: X101\n    kind: required-section\n    section: beskrivelse af sagen\n"
        "    message: Sagsfremstillingen mangler.\n",
    )
    assert findings(cli, config, "--select", "X") == []
    shown = cli(["--show-settings", "--config", config, DRAFT]).out
    assert "  group_headings:\n  - Sagsfremstilling\n" in shown


def test_a_severity_for_a_prefix_applies_to_its_codes_and_the_longest_key_wins(cli, tmp_path):
    config = write(tmp_path / "a.yaml", "severity:\n  RL6: info\n  RL601: error\n  ALL: info\n")
    assert [(code, severity) for code, _item, _line, severity in findings(cli, config)] == [
        ("RL306", "info"),
        ("RL502", "info"),
        ("RL402", "info"),
        ("RL204", "info"),
        ("RL601", "error"),
        ("RL602", "info"),
        ("RL103", "info"),
        ("RL401", "info"),
        ("RL101", "info"),
        ("RL604", "info"),
    ]


def test_codes_in_small_letters_are_read_as_on_the_command_line(cli, tmp_path):
    small = write(
        tmp_path / "small.yaml",
        "select: [rl6, rl4]\nignore: [rl604]\nseverity:\n  rl601: info\n"
        "waivers:\n  - file: '*.txt'\n    code: rl401\n    reason: Frigives af systemet.\n",
    )
    capital = write(
        tmp_path / "capital.yaml",
        "select: [RL6, RL4]\nignore: [RL604]\nseverity:\n  RL601: info\n"
        "waivers:\n  - file: '*.txt'\n    code: RL401\n    reason: Frigives af systemet.\n",
    )
    assert (
        findings(cli, small)
        == findings(cli, capital)
        == [
            ("RL402", "42", 42, "error"),
            ("RL601", "42", 64, "info"),
            ("RL602", "42", 66, "warning"),
        ]
    )
