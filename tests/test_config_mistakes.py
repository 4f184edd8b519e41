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
    # 8: a key written twice, at any level
    ("ignore: [RL602]\nseverity:\n  RL502: error\nsections:\n  Sagsfremstilling: [Sagens baggrund]\n"
     "ignore: [RL603]\n", 6, "nøglen »ignore« står to gange (første gang linje 1)"),
    ("severity:\n  RL502: error\n  RL306: info\n  RL502: info\n", 4,
     "nøglen »RL502« står to gange (første gang linje 2)"),
    ("waivers:\n  - file: udkast.txt\n    code: RL602\n    reason: Aftalt med sekretariatet.\n"
     "    code: RL601\n", 5, "nøglen »code« står to gange (første gang linje 3)"),
    # 23: two ways of choosing the profile
    ("profile: holbaek\nextends: odense\n", 2,
     "»profile: holbaek« og »extends: odense« vælger begge en profil; brug kun den ene"),
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


# --------------------------------------------------------------------------- pyproject.toml

PYPROJECT = '[project]\nname = "vestby"\n\n[tool.referatlint]\nprofile = "odense"\n'


@pytest.mark.parametrize(
    ("table", "line", "message"),
    [
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
        "pyproject.toml:7: RL602 udkast.txt (brugt 1 gang(e))",
        "pyproject.toml:12: RL501 udkast.txt (brugt 0 gang(e))",
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
