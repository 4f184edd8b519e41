"""The README's fenced code blocks, each with the heading it stands under, and the CI
examples it shows (docs/ci), so tests can check and run exactly the lines the README
tells people to copy."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import yaml
from conftest import HANG_GUARD, ROOT

FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
HEADING = re.compile(r"^#{2,3} (.+)$", re.MULTILINE)
SECTION = re.compile(r"^## (.+)$", re.MULTILINE)


class Block(NamedTuple):
    heading: str  # the nearest ## or ### heading above the block
    lang: str
    text: str
    section: str  # the nearest ## heading above it


def blocks(text: str | None = None) -> list[Block]:
    text = (ROOT / "README.md").read_text("utf-8") if text is None else text
    found = []
    for match in FENCE.finditer(text):
        headings = HEADING.findall(text, 0, match.start()) or [""]
        sections = SECTION.findall(text, 0, match.start()) or [""]
        found.append(Block(headings[-1], match.group(1), match.group(2), sections[-1]))
    return found


def under(heading: str, lang: str | None = None) -> list[Block]:
    """The blocks under one heading (optionally of one language)."""
    chosen = [b for b in blocks() if b.heading == heading and (lang is None or b.lang == lang)]
    assert chosen, f"no code block under “{heading}” in README.md"
    return chosen


def command_lines(block: Block) -> list[str]:
    return [line for line in block.text.splitlines() if line.strip()]


def installed_bin() -> str:
    """The folder of the installed ``referatlint`` script (this interpreter's)."""
    folder = str(Path(sys.executable).parent)
    assert shutil.which("referatlint", path=folder), "referatlint is not installed here"
    return folder


def shell(line: str, cwd: Path) -> subprocess.CompletedProcess:
    """A command line as a user runs it: in bash, with the installed ``referatlint``."""
    env = {**os.environ, "PATH": installed_bin() + os.pathsep + os.environ.get("PATH", "")}
    env.pop("FORCE_COLOR", None)
    return subprocess.run(
        ["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=HANG_GUARD
    )


GITHUB = ROOT / "docs" / "ci" / "github-workflow.yml"
GITLAB = ROOT / "docs" / "ci" / "gitlab-ci.yml"
AZURE = ROOT / "docs" / "ci" / "azure-pipelines.yml"


def github_steps() -> list[dict]:
    workflow = yaml.safe_load(GITHUB.read_text("utf-8"))
    (job,) = workflow["jobs"].values()
    return job["steps"]


def github_commands() -> list[str]:
    return [step["run"] for step in github_steps() if "run" in step]


def gitlab_job() -> dict:
    (job,) = yaml.safe_load(GITLAB.read_text("utf-8")).values()
    return job


def azure_steps() -> list[dict]:
    return yaml.safe_load(AZURE.read_text("utf-8"))["steps"]


def azure_commands() -> list[str]:
    return [step["script"] for step in azure_steps() if "script" in step]
