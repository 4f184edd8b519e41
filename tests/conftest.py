"""Shared test helpers: where the fixtures are, and how to run the real command line."""

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
GOLDEN = ROOT / "tests" / "golden"
SHARED_SCHEMAS = ROOT.parent / "shared" / "schemas"
SEED_NAMES = sorted(path.stem for path in SEEDS.glob("*.txt"))
DRAFT = ROOT / "examples" / "udkast-referat.txt"
CLEAN = ROOT / "examples" / "referat.txt"
# What referatlint wrote for the ``work`` fixture's folder before fingerprints held a
# finding's subject (version 2, commit 0aec29f): its entries must keep matching.
VERSION_2_BASELINE = ROOT / "tests" / "fixtures" / "baselines" / "version-2.json"
# The smallest meeting document: a heading, one item and its decision.
SMALL_DRAFT = (
    "REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Godkendelse af dagsorden\n\n"
    "Beslutning\n\nGodkendt\n"
)


class Expected(NamedTuple):
    code: str
    line: int
    column: int
    severity: str
    item: str


# The bundled draft's ten defects, in the order every report lists them.
DRAFT_FINDINGS = [
    Expected("RL306", 11, 1, "warning", "41"),  # table-of-contents title differs from item 41's
    Expected("RL502", 16, 1, "warning", "41"),  # item 41 names the meeting of 7 October
    Expected("RL402", 42, 1, "error", "42"),  # decision "XX"
    Expected("RL204", 58, 1, "warning", "42"),  # list numbered 1, 2, 4
    Expected("RL601", 64, 44, "error", "42"),  # a CPR number
    Expected("RL602", 66, 9, "warning", "42"),  # a link to "#"
    Expected("RL103", 68, 1, "warning", "42"),  # "Økonomiske konsekvnser"
    Expected("RL401", 78, 1, "error", "42"),  # "Beslutning ikke frigivet" for this meeting
    Expected("RL101", 82, 1, "warning", "43"),  # item 43 lacks the environment section
    Expected("RL604", 106, 111, "error", "43"),  # "TODO: indsæt tal"
]
DRAFT_CODES = [finding.code for finding in DRAFT_FINDINGS]

# How long a subprocess may take before the test fails instead of stalling the suite. It
# only guards against hangs: how fast referatlint is, is measured by bench/run.py.
HANG_GUARD = 120  # seconds


def seed_path(prefix: str) -> Path:
    """A seed by its number: seed_path("001")."""
    (match,) = [path for path in SEEDS.glob(f"{prefix}_*.txt")]
    return match


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text("utf-8")


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    """A checkout-like working directory: dagsordener/udkast.txt (the draft with ten
    defects) and dagsordener/referat.txt (the corrected version)."""
    import shutil

    folder = tmp_path / "dagsordener"
    folder.mkdir()
    shutil.copy(DRAFT, folder / "udkast.txt")
    shutil.copy(CLEAN, folder / "referat.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def seed_archive(tmp_path: Path, copies: int = 3) -> Path:
    """A folder with ``copies`` copies of every seed, each copy made unique."""
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for copy in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text("utf-8") + f"\n\nKopi {copy}\n"
            (folder / f"{copy}-{seed.name}").write_text(text, "utf-8")
    return folder


def cache_entries(results: Path) -> dict[str, tuple[int, int]]:
    """Each result entry's inode and modification time: a miss writes the entry anew
    (a temporary file renamed into place), so a hit is an entry left exactly as it was."""
    return {
        path.name: (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in results.rglob("*.marshal")
    }


def standard_settings(rules=None):
    """Settings with the standard profile and no configuration, for the whole rule
    catalogue (built-in and plugin rules, as the command line has it) or the ``rules``
    given."""
    from referatlint import profiles
    from referatlint.registry import all_rules
    from referatlint.settings import Settings

    return Settings(profiles.builtin("standard"), all_rules() if rules is None else rules, {}, {})


def run_referatlint(
    *args, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    """Run ``python -m referatlint`` in a subprocess, as users do; ``env`` adds to (or
    overrides) this process's environment, e.g. PYTHONPATH for a plugin."""
    return subprocess.run(
        [sys.executable, "-m", "referatlint", *map(str, args)],
        cwd=cwd, env={**os.environ, **(env or {})}, input=stdin,
        capture_output=True, text=True, timeout=HANG_GUARD, check=False,
    )  # fmt: skip


class Run:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``referatlint`` in-process: cli(["file.txt"]) -> Run(code, out, err)."""
    from referatlint.cli import main

    def run(argv, stdin: bytes | None = None, cwd: Path | None = None) -> Run:
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        if cwd is not None:
            monkeypatch.chdir(cwd)
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory):
    """Tests keep their cache out of the repository (and each test session starts cold)."""
    os.environ["REFERATLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
