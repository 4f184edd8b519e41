"""What a municipality's IT staff ran into wiring referatlint into CI and pre-commit
(numbers as in their report): each through the real command line, with the exact lines
and exit codes a user sees."""

import shutil
from pathlib import Path

from conftest import DRAFT, seed_path


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
