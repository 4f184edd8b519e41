"""Every command line the README tells people to copy runs, as written, with the
installed ``referatlint`` in a shell, and does what the README says."""

import json
import re
import shutil
import tomllib
from pathlib import Path

import pytest
import yaml
from conftest import CLEAN, DRAFT, ROOT
from lxml import html
from readme import blocks, command_lines, shell, under
from referatlint.read import SUPPORTED_SUFFIXES

SUMMARY = "10 fund i 1 dokument: 4 fejl, 6 advarsler."

# Command (without its comment) -> exit code and a piece of what it prints, run in a folder
# with udkast.txt (the bundled draft) and dagsordener/ (the draft and the corrected version).
COMMANDS = {
    "Using it": {
        "referatlint udkast.txt": (1, SUMMARY),
        "referatlint dagsordener/": (1, "10 fund i 2 dokumenter: 4 fejl, 6 advarsler."),
        "cat udkast.txt | referatlint -": (1, "-:42:1: RL402 [punkt 42]"),
        "referatlint parse udkast.txt": (0, '"path": "udkast.txt"'),
        "referatlint rules": (0, "RL401\tunreleased-decision"),
        "referatlint rule RL401": (0, "RL401 unreleased-decision: Beslutning ikke frigivet"),
    },
    "Kommandolinjen": {
        "referatlint dagsordener/": (1, "10 fund i 2 dokumenter: 4 fejl, 6 advarsler."),
        "referatlint --output-format concise dagsordener/": (
            1,
            "dagsordener/udkast.txt:42:1: RL402 [punkt 42] Beslutningen er en pladsholder",
        ),
        "referatlint --output-format sarif -o referatlint.sarif dagsordener/": (
            1,
            "10 fund i 2 dokumenter: 4 fejl, 6 advarsler.",
        ),
    },
    "HTML-rapport til sekretariatet": {
        "referatlint --output-format html -o rapport.html udkast.txt": (1, SUMMARY),
    },
}


def without_comment(line: str) -> str:
    return line.split("  #", 1)[0].strip()


@pytest.fixture
def folder(tmp_path) -> Path:
    shutil.copy(DRAFT, tmp_path / "udkast.txt")
    (tmp_path / "dagsordener").mkdir()
    shutil.copy(DRAFT, tmp_path / "dagsordener" / "udkast.txt")
    shutil.copy(CLEAN, tmp_path / "dagsordener" / "referat.txt")
    return tmp_path


@pytest.mark.parametrize("heading", sorted(COMMANDS))
def test_readme_command_lines_run_as_written(folder, heading):
    (block,) = under(heading, "sh")
    lines = command_lines(block)
    assert [without_comment(line) for line in lines] == list(COMMANDS[heading])
    for line in lines:
        code, shown = COMMANDS[heading][without_comment(line)]
        done = shell(line, folder)
        assert (done.returncode, done.stderr) == (code, ""), line
        assert shown in done.stdout, line


def test_readme_output_files_hold_the_format(folder):
    shell("referatlint --output-format sarif -o referatlint.sarif dagsordener/", folder)
    log = json.loads((folder / "referatlint.sarif").read_text("utf-8"))
    assert len(log["runs"][0]["results"]) == 10
    shell("referatlint --output-format html -o rapport.html udkast.txt", folder)
    page = html.document_fromstring((folder / "rapport.html").read_text("utf-8"))
    assert len(page.find_class("finding")) == 10


def test_readme_sample_finding_is_real_output(folder):
    (sample,) = under("Using it", "text")
    done = shell("referatlint udkast.txt", folder)
    assert sample.text in done.stdout


def test_readme_says_how_an_unreadable_file_is_shown(cli, folder):
    """A block in the default format, one line in the concise one, the others checked."""
    said = " ".join((ROOT / "README.md").read_text("utf-8").split())
    assert (
        "an unreadable file is an RL901 finding among the others, which are still checked (in "
        "the default `full` format a block with the reason and a fix line, on one line with "
        "`--output-format concise`)"
    ) in said
    full = cli(["--no-cache", "findes-ikke.txt", "udkast.txt"], cwd=folder)
    assert (full.code, full.out.splitlines()[2:5]) == (
        2,
        [
            "findes-ikke.txt: RL901 [hele dokumentet] Filen findes ikke.",
            " = ret: Tjek filnavnet og mappen.",
            " = fejl · Dokumentet kan ikke læses · mere: referatlint rule RL901",
        ],
    )
    assert full.out.endswith("11 fund i 2 dokumenter: 5 fejl, 6 advarsler.\n")
    concise = cli(["--no-cache", "--output-format", "concise", "findes-ikke.txt"], cwd=folder)
    assert (concise.code, concise.out) == (
        2,
        "findes-ikke.txt:1:1: RL901 [hele dokumentet] Filen findes ikke.\n",
    )


def test_readme_pre_commit_snippet():
    (config,) = under("pre-commit", "yaml")
    data = yaml.safe_load(config.text)
    (repo,) = data["repos"]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert repo["rev"] == f"v{version}"
    documents, configuration = repo["hooks"]
    assert documents["id"] == "referatlint"
    # The pattern replaces the hook's own: it must name the folder and every format read.
    pattern = re.compile(documents["files"])
    readme = re.compile(documents["exclude"])
    for suffix in SUPPORTED_SUFFIXES:
        for name in (f"møde{suffix}", f"MØDE{suffix.upper()}"):
            assert pattern.search(f"dagsordener/2024/{name}"), name
            assert not readme.search(f"dagsordener/2024/{name}"), name
    for name in ("dagsordener/.referatlint.yaml", "dagsordener/logo.png", "dagsordener/x.csv",
                 "README.md", "andet/møde.txt"):  # fmt: skip
        assert not pattern.search(name), name
    assert readme.search("dagsordener/README.md") and readme.search("dagsordener/a/ReadMe.txt")
    # A changed configuration file is checked by the manifest's hook for it, on its own
    # files (tests/test_pre_commit_hook.py), without linting the working tree's drafts.
    assert configuration == {"id": "referatlint-config"}
    (commands,) = under("pre-commit", "sh")
    # Both lines are run for real in tests/test_integrations_real.py.
    assert command_lines(commands) == ["pre-commit install", "pre-commit run --all-files"]


@pytest.mark.parametrize(
    ("heading", "path"),
    [
        ("GitHub Actions", "docs/ci/github-workflow.yml"),
        ("GitLab CI", "docs/ci/gitlab-ci.yml"),
        ("Azure DevOps", "docs/ci/azure-pipelines.yml"),
    ],
)
def test_readme_ci_blocks_are_the_files_in_docs_ci(heading, path):
    (block,) = under(heading, "yaml")
    assert block.text == (ROOT / path).read_text("utf-8")


def test_every_integration_code_block_is_covered():
    """A new block under "Using it" or "Integrationer" needs a test: the list below says
    where each is checked."""
    covered = {
        ("Using it", "sh"),  # test_readme_command_lines_run_as_written
        ("Using it", "text"),  # test_readme_sample_finding_is_real_output
        ("Kommandolinjen", "sh"),  # test_readme_command_lines_run_as_written
        ("HTML-rapport til sekretariatet", "sh"),  # ditto
        ("pre-commit", "yaml"),  # test_integrations_real.py (real pre-commit, real commit)
        ("pre-commit", "sh"),  # ditto
        ("GitHub Actions", "yaml"),  # test_ci_docs.py, test_integrations_real.py
        ("GitLab CI", "yaml"),  # ditto
        ("Azure DevOps", "yaml"),  # ditto
    }
    shown = {(b.heading, b.lang) for b in blocks() if b.section in ("Using it", "Integrationer")}
    assert shown == covered


def test_quick_start_is_two_commands():
    (block,) = under("Quick start", "sh")
    assert len(command_lines(block)) == 2
