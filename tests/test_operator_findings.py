"""What a municipality's IT staff ran into wiring referatlint into CI and pre-commit
(numbers as in their report): each through the real command line, with the exact lines
and exit codes a user sees."""

import shutil
from pathlib import Path

from conftest import CLEAN, DRAFT, seed_path


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
        "Skrev .referatlint.yaml med profilen »odense« (0 fund om skabelonen mod 17 med "
        "»standard«).\n"
    )
    empty = tmp_path / "tom"
    empty.mkdir()
    assert cli(["init"], cwd=empty).out == (
        "Skrev .referatlint.yaml med profilen »standard« (ingen dokumenter i mappen at prøve "
        "profilerne på).\n"
    )


def test_rules_lists_severities_in_the_chosen_language(cli):
    first = cli(["rules"]).out.splitlines()[0]
    assert first == "RL101\tmissing-required-section    \tadvarsel\tPåkrævet afsnit mangler"
    first = cli(["rules", "--lang", "en"]).out.splitlines()[0]
    assert first == "RL101\tmissing-required-section    \twarning \tRequired section missing"


# --------------------------------------------------------------------------- 2: RL905

STALE_RL501 = (
    ".referatlint.yaml:2:1: RL905 Undtagelsen for RL501 i »udkast.txt« bruger ikke længere "
    "noget fund; slet den."
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


def test_a_waiver_of_a_rule_ignored_by_the_configuration_is_not_unused(cli, tmp_path):
    waived_draft(tmp_path, "ignore: [RL501]\n")
    run = cli(["udkast.txt", "--select", "RL501,RL601,RL905", "--output-format", "concise"],
              cwd=tmp_path)  # fmt: skip
    assert (run.code, run.out) == (0, "")
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
    args = ["udkast.txt", "--select", "RL501,RL601,RL905", "--output-format", "concise"]
    assert (cli(args, cwd=tmp_path).code, cli(args, cwd=tmp_path).out) == (0, "")


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
        ".referatlint.yaml:2: RL501 udkast.txt (brugt 0 gang(e))",
        "    Begrundelse: Ugedagen var forkert.",
        ".referatlint.yaml:5: RL601 udkast.txt (brugt 0 gang(e))",
        "    Begrundelse: Nummeret er fiktivt.",
    ])  # fmt: skip
