"""The command line's leftovers from probe round ZD (IT staff wiring referatlint into
pre-commit and CI): misnamed, empty and unopenable files (B10), init below a configured
folder (B4), the cache's place (B7), --quiet (gap 1), per_file_ignores in --show-waivers
(gap 6) and paths without "./" (B13). Each runs the real command line and compares its
whole answer."""

import os

import pytest
from conftest import FIXTURES

FORMATS = FIXTURES / "formats"


def concise(cli, *args, cwd=None):
    return cli(["--no-cache", "--output-format", "concise", *args], cwd=cwd)


# --------------------------------------------------------------------------- B10


@pytest.mark.parametrize(
    ("fixture", "name", "line"),
    [
        ("udkast-referat.docx", "udkast.pdf",
         "Filen har endelsen .pdf, men er et Word-dokument."),
        ("udkast-referat.pdf", "udkast.docx",
         "Filen har endelsen .docx, men er en PDF-fil."),
        ("udkast-referat.html", "udkast.pdf",
         "Filen har endelsen .pdf, men er en HTML-side."),
        ("udkast-referat.pdf", "udkast.txt",
         "Filen har endelsen .txt, men er en PDF-fil."),
        ("udkast-referat.pdf", "udkast.md",
         "Filen har endelsen .md, men er en PDF-fil."),
    ],
)  # fmt: skip
def test_misnamed_file_is_read_as_what_it_is_and_told_to_be_renamed(
    cli, tmp_path, fixture, name, line
):
    (tmp_path / name).write_bytes((FORMATS / fixture).read_bytes())
    (tmp_path / fixture).write_bytes((FORMATS / fixture).read_bytes())
    misnamed = concise(cli, name, cwd=tmp_path)
    right = concise(cli, fixture, cwd=tmp_path)
    assert misnamed.code == 1
    found = misnamed.out.splitlines()
    assert found[0] == f"{name}:1:1: RL906 [hele dokumentet] {line}"
    # Otherwise the same findings as the well-named file: it was read as what it is.
    assert found[1:] == [row.replace(fixture, name) for row in right.out.splitlines()]


@pytest.mark.parametrize(
    ("fixture", "name", "language", "said"),
    [
        ("udkast-referat.docx", "udkast.pdf", "da", [
            "udkast.pdf: RL906 [hele dokumentet] Filen har endelsen .pdf, men er et Word-dokument.",
            " = ret: Omdøb filen, så den ender på .docx (eller gem den som PDF, hvis den skal "
            "offentliggøres som PDF).",
        ]),
        ("udkast-referat.html", "udkast.txt", "en", [
            "udkast.txt: RL906 [whole document] The file ends in .txt but is an HTML page.",
            " = fix: Rename the file so that it ends in .html.",
        ]),
    ],
)  # fmt: skip
def test_misnamed_file_fix_is_on_its_own_line(cli, tmp_path, fixture, name, language, said):
    """The message says what is wrong, the fix line what to do, as for every other code."""
    (tmp_path / name).write_bytes((FORMATS / fixture).read_bytes())
    run = cli(["--no-cache", "--lang", language, name], cwd=tmp_path)
    assert run.out.splitlines()[:2] == said


def test_well_named_file_gets_no_rl906(cli, tmp_path):
    (tmp_path / "udkast.docx").write_bytes((FORMATS / "udkast-referat.docx").read_bytes())
    assert "RL906" not in concise(cli, "udkast.docx", cwd=tmp_path).out


@pytest.mark.parametrize(
    "content", [b"Punkt 1: Godkendelse af dagsorden\n", os.urandom(2048) + b"\x00%%EOF"]
)
def test_file_named_pdf_without_the_pdf_mark_is_no_pdf_not_a_truncated_one(cli, tmp_path, content):
    # Without a format's mark the name decides, and the PDF reader says why it refuses.
    (tmp_path / "referat.pdf").write_bytes(content)
    run = concise(cli, "referat.pdf", cwd=tmp_path)
    assert (run.code, run.out.splitlines()) == (
        2,
        [
            "referat.pdf:1:1: RL901 [hele dokumentet] Filen har endelsen .pdf, men er ikke en PDF-fil."
        ],
    )


def test_symlink_loop_is_told_in_danish(cli, tmp_path):
    os.symlink("ring.txt", tmp_path / "ring.txt")
    run = concise(cli, "ring.txt", cwd=tmp_path)
    assert (run.code, run.out.splitlines()[0]) == (
        2,
        "ring.txt:1:1: RL901 [hele dokumentet] Filen kan ikke åbnes: et symbolsk link peger i ring (på sig selv "
        "eller tilbage ad vejen).",
    )


def test_too_long_name_and_file_in_the_path_are_told_in_danish(cli, tmp_path):
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    long_name = "a" * 300 + ".txt"
    run = concise(cli, "fil/referat.txt", long_name, cwd=tmp_path)
    assert run.code == 2
    assert run.out.splitlines()[:2] == [
        "fil/referat.txt:1:1: RL901 [hele dokumentet] Filen kan ikke åbnes: en del af stien er en fil, ikke en "
        "mappe.",
        f"{long_name}:1:1: RL901 [hele dokumentet] Filen kan ikke åbnes: navnet er for langt.",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Filen er tom."),
        (b"  \n\n\t\r\n ", "Filen indeholder ingen tekst (kun mellemrum og tomme linjer)."),
    ],
)
@pytest.mark.parametrize("name", ["tom.txt", "tom.md"])
def test_empty_text_is_unreadable_exit_2_not_rl903(cli, tmp_path, content, message, name):
    (tmp_path / name).write_bytes(content)
    run = concise(cli, name, cwd=tmp_path)
    assert (run.code, run.out.splitlines()) == (
        2,
        [f"{name}:1:1: RL901 [hele dokumentet] {message}"],
    )


def test_empty_standard_input_is_unreadable(cli):
    run = cli(["--no-cache", "--output-format", "concise", "-"], stdin=b"")
    assert (run.code, run.out.splitlines()[0]) == (
        2,
        "-:1:1: RL901 [hele dokumentet] Filen er tom.",
    )


@pytest.mark.parametrize(
    ("path", "da", "en"),
    [
        ("byraad/", ["RL901 [hele dokumentet] Mappen findes ikke.", "Tjek mappens navn og stien til den."],
         ["RL901 [whole document] The folder does not exist.", "Check the folder's name and the path to it."]),
        ("udvalg/moeder/", ["RL901 [hele dokumentet] Mappen findes ikke.", "Tjek mappens navn og stien til den."],
         ["RL901 [whole document] The folder does not exist.", "Check the folder's name and the path to it."]),
        ("byraad", ["RL901 [hele dokumentet] Der er hverken en fil eller en mappe med det navn.",
                    "Tjek navnet og stien."],
         ["RL901 [whole document] There is no file or folder by that name.",
          "Check the name and the path."]),
        ("Referat 4. nov. 2024",
         ["RL901 [hele dokumentet] Der er hverken en fil eller en mappe med det navn.",
          "Tjek navnet og stien."],
         ["RL901 [whole document] There is no file or folder by that name.",
          "Check the name and the path."]),
        ("udkast.txt", ["RL901 [hele dokumentet] Filen findes ikke.", "Tjek filnavnet og mappen."],
         ["RL901 [whole document] The file does not exist.",
          "Check the file name and the folder."]),
    ],
)  # fmt: skip
def test_a_missing_path_is_named_a_folder_a_file_or_either_as_it_was_written(
    cli, tmp_path, path, da, en
):
    """``byraad/`` is written as a folder, ``udkast.txt`` as a file; ``byraad`` may be
    either."""
    (tmp_path / "udvalg").mkdir()
    for lang, (message, fix) in (("da", da), ("en", en)):
        run = cli(["--no-cache", "--lang", lang, path], cwd=tmp_path)
        word = "ret" if lang == "da" else "fix"
        assert (run.code, run.out.splitlines()[:2]) == (
            2,
            [f"{path}: {message}", f" = {word}: {fix}"],
        )


def test_show_waivers_of_a_missing_path_says_why_it_fails(cli, tmp_path):
    run = cli(["--show-waivers", "findes-ikke.txt"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (
        2,
        "Ingen undtagelser.\n",
        "referatlint: findes-ikke.txt: Filen findes ikke.\n",
    )


# --------------------------------------------------------------------------- B4


def configured_tree(root):
    """A root configuration that silences RL6 in udvalg/ and lowers RL4, over a draft."""
    (root / "udvalg").mkdir()
    draft = (FIXTURES.parent.parent / "examples" / "udkast-referat.txt").read_bytes()
    (root / "udvalg" / "udkast.txt").write_bytes(draft)
    (root / ".referatlint.yaml").write_text(
        'per_file_ignores:\n  "udvalg/*": [RL6]\nseverity:\n  RL4: info\n', encoding="utf-8"
    )


def test_init_below_a_configured_folder_extends_it_and_keeps_its_ignores(cli, tmp_path):
    configured_tree(tmp_path)
    before = concise(cli, "udvalg", cwd=tmp_path)
    assert "RL6" not in before.out and " RL4" in before.out  # the root's settings at work
    init = cli(["init", "udvalg"], cwd=tmp_path)
    assert (init.code, init.err) == (0, "")
    assert init.out.splitlines()[1] == (
        "Den bygger videre på ../.referatlint.yaml (extends), så dens undtagelser, "
        "ignoreringer og alvorsgrader gælder stadig i udvalg."
    )
    written = (tmp_path / "udvalg" / ".referatlint.yaml").read_text("utf-8").splitlines()
    assert "extends: ../.referatlint.yaml" in written
    assert "# fail_on: warning" in written  # inherited, not overridden
    after = concise(cli, "udvalg", cwd=tmp_path)
    assert (after.code, after.out) == (before.code, before.out)


def test_init_again_with_force_extends_the_parent_not_itself(cli, tmp_path):
    configured_tree(tmp_path)
    cli(["init", "udvalg"], cwd=tmp_path)
    again = cli(["init", "--force", "udvalg"], cwd=tmp_path)
    assert again.code == 0 and "../.referatlint.yaml (extends)" in again.out
    written = (tmp_path / "udvalg" / ".referatlint.yaml").read_text("utf-8").splitlines()
    assert [line for line in written if line.startswith("extends:")] == [
        "extends: ../.referatlint.yaml"
    ]


def test_init_without_a_configuration_above_writes_no_extends(cli, tmp_path):
    configured_tree(tmp_path)
    (tmp_path / ".referatlint.yaml").unlink()
    init = cli(["init", "udvalg"], cwd=tmp_path)
    written = (tmp_path / "udvalg" / ".referatlint.yaml").read_text("utf-8").splitlines()
    assert len(init.out.splitlines()) >= 1 and "extends" not in init.out
    assert not any(line.startswith(("extends:", "# fail_on")) for line in written)
    assert "fail_on: warning" in written


# --------------------------------------------------------------------------- B7


def run_without_cache_variable(tmp_path, cwd, *args, cache_dir=None):
    """A real run in its own process, with the cache where referatlint puts it."""
    import subprocess
    import sys

    environment = {k: v for k, v in os.environ.items() if k != "REFERATLINT_CACHE_DIR"}
    if cache_dir is not None:
        environment["REFERATLINT_CACHE_DIR"] = str(cache_dir)
    return subprocess.run(
        [sys.executable, "-m", "referatlint", "--output-format", "concise", *args],
        cwd=cwd, env=environment, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def caches(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob(".referatlint_cache"))


def test_cache_is_made_in_the_project_root_from_a_subfolder(tmp_path):
    configured_tree(tmp_path)
    run = run_without_cache_variable(tmp_path, tmp_path / "udvalg", "udkast.txt")
    assert run.returncode == 1 and run.stderr == ""
    assert caches(tmp_path) == [".referatlint_cache"]
    assert (tmp_path / ".referatlint_cache" / "results").is_dir()


def test_cache_is_made_in_a_pyproject_root(tmp_path):
    configured_tree(tmp_path)
    (tmp_path / ".referatlint.yaml").unlink()
    (tmp_path / "pyproject.toml").write_text("[tool.referatlint]\nfail_on = 'error'\n", "utf-8")
    run_without_cache_variable(tmp_path, tmp_path / "udvalg", "udkast.txt")
    assert caches(tmp_path) == [".referatlint_cache"]


def test_cache_without_configuration_is_made_in_the_current_directory(tmp_path):
    configured_tree(tmp_path)
    (tmp_path / ".referatlint.yaml").unlink()
    run_without_cache_variable(tmp_path, tmp_path / "udvalg", "udkast.txt")
    assert caches(tmp_path) == ["udvalg/.referatlint_cache"]


def test_cache_variable_wins_over_the_project_root(tmp_path):
    configured_tree(tmp_path)
    elsewhere = tmp_path / "andetsteds"
    run_without_cache_variable(tmp_path, tmp_path / "udvalg", "udkast.txt", cache_dir=elsewhere)
    assert caches(tmp_path) == []
    assert (elsewhere / "results").is_dir()


# --------------------------------------------------------------------------- gap 1: -q, -s


@pytest.fixture
def draft_and_empty_folder(tmp_path):
    (tmp_path / "udkast.txt").write_bytes(
        (FIXTURES.parent.parent / "examples" / "udkast-referat.txt").read_bytes()
    )
    (tmp_path / "tom").mkdir()
    (tmp_path / "tom" / "liste.csv").write_text("a;b\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("option", ["-q", "--quiet"])
def test_quiet_prints_the_findings_but_no_summary_or_warning(cli, draft_and_empty_folder, option):
    loud = cli(["--no-cache", "udkast.txt", "tom"], cwd=draft_and_empty_folder)
    quiet = cli(["--no-cache", option, "udkast.txt", "tom"], cwd=draft_and_empty_folder)
    assert loud.out.splitlines()[-1] == "10 fund i 1 dokument: 4 fejl, 6 advarsler."
    assert loud.err.startswith("referatlint: advarsel: ingen dokumenter fundet i tom")
    assert (quiet.code, quiet.out, quiet.err) == (1, loud.out.rsplit("\n", 2)[0] + "\n", "")


def test_quiet_github_has_no_summary_annotation_line(cli, draft_and_empty_folder):
    args = ["--no-cache", "--output-format", "github", "udkast.txt"]
    loud = cli(args, cwd=draft_and_empty_folder).out.splitlines()
    quiet = cli([*args, "-q"], cwd=draft_and_empty_folder).out.splitlines()
    assert loud[-1].startswith("referatlint: 10 fund i 1 dokument: ")
    assert quiet == loud[:-1]


@pytest.mark.parametrize("option", ["-s", "--silent"])
def test_silent_prints_nothing_and_keeps_the_exit_code(cli, draft_and_empty_folder, option):
    run = cli(["--no-cache", option, "udkast.txt", "tom"], cwd=draft_and_empty_folder)
    assert (run.code, run.out, run.err) == (1, "", "")


def test_silent_with_output_file_writes_the_whole_report(cli, draft_and_empty_folder):
    args = ["--no-cache", "--output-format", "json", "udkast.txt"]
    loud = cli([*args, "-o", "loud.json"], cwd=draft_and_empty_folder)
    silent = cli([*args, "-s", "-o", "silent.json"], cwd=draft_and_empty_folder)
    assert (silent.code, silent.out, silent.err) == (loud.code, "", "")
    assert loud.out  # the screen showed the findings; the silent run did not
    written = [
        (draft_and_empty_folder / name).read_text("utf-8") for name in ("loud.json", "silent.json")
    ]
    assert written[0] == written[1] and '"code": "RL604"' in written[1]


def test_silent_still_says_why_a_run_fails_with_2(cli, draft_and_empty_folder):
    run = cli(["--no-cache", "-s", "findes-ikke.txt"], cwd=draft_and_empty_folder)
    assert (run.code, run.out, run.err) == (
        2,
        "",
        "referatlint: findes-ikke.txt: Filen findes ikke.\n",
    )
    run = cli(["--no-cache", "-s", "tom"], cwd=draft_and_empty_folder)
    assert (run.code, run.out) == (2, "")
    assert run.err.startswith("referatlint: ingen dokumenter fundet i tom (kun liste.csv)")


# --------------------------------------------------------------------------- gap 6


def test_show_waivers_lists_per_file_ignores_with_the_files_they_cover(cli, tmp_path):
    configured_tree(tmp_path)
    (tmp_path / ".referatlint.yaml").write_text(
        'per_file_ignores:\n  "udvalg/*": [RL6, RL402]\n  "arkiv/*.pdf": [RL802]\n',
        encoding="utf-8",
    )
    run = cli(["--no-cache", "--show-waivers", "udvalg"], cwd=tmp_path)
    assert (run.code, run.err) == (0, "")
    assert run.out.splitlines() == [
        "Ingen undtagelser.",
        "per_file_ignores:",
        "arkiv/*.pdf: RL802 (ingen tjekket fil: tjek mønsteret)",
        "udvalg/*: RL6, RL402 (1 fil)",
    ]
    english = cli(["--no-cache", "--show-waivers", "--lang", "en", "udvalg"], cwd=tmp_path)
    assert english.out.splitlines()[2:] == [
        "arkiv/*.pdf: RL802 (no file checked: check the pattern)",
        "udvalg/*: RL6, RL402 (1 file)",
    ]


# --------------------------------------------------------------------------- B13


@pytest.mark.parametrize("form", ["concise", "full", "json"])
def test_paths_of_a_walked_dot_folder_have_no_dot_slash(cli, draft_and_empty_folder, form):
    (draft_and_empty_folder / "tom" / "liste.csv").unlink()
    (draft_and_empty_folder / "tom" / "b.txt").write_text("", encoding="utf-8")
    dotted = cli(["--no-cache", "--output-format", form, "."], cwd=draft_and_empty_folder)
    named = cli(["--no-cache", "--output-format", form, "udkast.txt", "tom/b.txt"],
                cwd=draft_and_empty_folder)  # fmt: skip
    assert "./" not in dotted.out
    assert dotted.out == named.out and dotted.code == named.code == 2


def test_a_named_dot_slash_path_is_shown_without_it(cli, draft_and_empty_folder):
    run = cli(["--no-cache", "--output-format", "concise", "./udkast.txt"],
              cwd=draft_and_empty_folder)  # fmt: skip
    assert run.out.splitlines()[0].startswith("udkast.txt:11:1: RL306 ")


def test_show_settings_of_a_missing_path_is_an_error(cli, tmp_path):
    run = cli(["--show-settings", "findes-ikke.txt"], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (
        2, "", "referatlint: --show-settings: findes-ikke.txt findes ikke\n"
    )  # fmt: skip


@pytest.mark.parametrize("command", [[], ["rules"], ["rule", "RL101"]])
def test_isolated_with_config_is_a_usage_error_as_in_ruff(cli, tmp_path, command):
    (tmp_path / "egen.yaml").write_text("fail_on: error\n", encoding="utf-8")
    (tmp_path / "udkast.txt").write_text("Punkt 1: Godkendelse\n", encoding="utf-8")
    paths = ["udkast.txt"] if not command else []
    run = cli([*command, "--isolated", "--config", "egen.yaml", *paths], cwd=tmp_path)
    assert (run.code, run.out, run.err) == (
        2,
        "",
        "referatlint: forkert brug: --config egen.yaml kan ikke bruges med --isolated, som slår "
        "alle konfigurationsfiler fra; vælg den ene\n",
    )
