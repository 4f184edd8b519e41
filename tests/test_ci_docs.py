"""The CI examples in docs/ci (shown in the README) are valid YAML of the right shape,
and their referatlint command lines run and write the files the jobs upload."""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import CLEAN, DRAFT, SHARED_SCHEMAS
from lxml import etree, html
from readme import GITHUB, github_commands, github_steps, gitlab_job, shell
from referatlint.config import CONFIG_NAMES


def output_file(commands: list[str], fmt: str) -> str:
    (command,) = [c for c in commands if f"--output-format {fmt} " in c]
    words = command.split()
    return words[words.index("-o") + 1]


def test_github_workflow_shape():
    workflow = yaml.safe_load(GITHUB.read_text("utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as true
    # A changed configuration file re-checks the documents: it can fail those that passed.
    paths = ["dagsordener/**", *(f"**/{name}" for name in CONFIG_NAMES)]
    assert triggers["pull_request"]["paths"] == paths
    assert triggers["push"]["paths"] == paths
    assert workflow["permissions"]["security-events"] == "write"
    steps = github_steps()
    commands = github_commands()
    assert commands[0].startswith('pip install "referatlint @ git+https://')
    assert commands[1] == "referatlint --output-format github dagsordener/"
    (sarif_upload,) = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/")]
    assert sarif_upload["uses"].split("@")[0] == "github/codeql-action/upload-sarif"
    assert sarif_upload["with"]["sarif_file"] == output_file(commands, "sarif")
    (artifact,) = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact")]
    assert artifact["with"]["path"] == output_file(commands, "html")
    # Reports are made and uploaded even when the check step failed.
    for step in steps[steps.index(next(s for s in steps if s.get("run") == commands[1])) + 1 :]:
        assert step["if"] == "${{ !cancelled() }}"


def test_gitlab_job_shape():
    job = gitlab_job()
    script = job["script"]
    assert script[0].startswith('pip install "referatlint @ git+https://')
    changes = ["dagsordener/**/*", *(f"**/{name}" for name in CONFIG_NAMES)]
    assert job["rules"] == [{"changes": changes}]
    reports = job["artifacts"]["reports"]
    assert reports["codequality"] == output_file(script, "gitlab")
    assert reports["junit"] == output_file(script, "junit")
    assert job["artifacts"]["paths"] == [output_file(script, "html")]
    assert job["artifacts"]["when"] == "always"
    # Only the last command may fail the job: the reports before it must be written.
    assert all("--exit-zero" in line for line in script[1:-1])
    assert "--exit-zero" not in script[-1]


@pytest.fixture
def checkout(tmp_path) -> Path:
    (tmp_path / "dagsordener" / "2024").mkdir(parents=True)
    shutil.copy(DRAFT, tmp_path / "dagsordener" / "2024" / "udkast.txt")
    shutil.copy(CLEAN, tmp_path / "dagsordener" / "referat.txt")
    return tmp_path


def check_reports(folder: Path, findings: int) -> None:
    """The files the jobs upload exist and are what their readers accept."""
    sarif = json.loads((folder / "referatlint.sarif").read_text("utf-8"))
    schema = json.loads((SHARED_SCHEMAS / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    assert len(sarif["runs"][0]["results"]) == findings
    page = html.document_fromstring((folder / "referatlint.html").read_text("utf-8"))
    assert len(page.find_class("finding")) == findings


def check_gitlab_reports(folder: Path, findings: int) -> None:
    quality = json.loads((folder / "gl-code-quality-report.json").read_text("utf-8"))
    assert len(quality) == findings
    assert {issue["location"]["path"] for issue in quality} <= {"dagsordener/2024/udkast.txt"}
    junit = etree.parse(str(folder / "referatlint-junit.xml"))
    etree.XMLSchema(etree.parse(str(SHARED_SCHEMAS / "JUnit.xsd"))).assertValid(junit)
    assert len(junit.findall("testsuite/testcase/failure")) == findings
    page = html.document_fromstring((folder / "referatlint.html").read_text("utf-8"))
    assert len(page.find_class("finding")) == findings


def run_job(commands: list[str], folder: Path) -> list[int]:
    codes = []
    for command in commands:
        done = shell(command, folder)
        assert done.stderr == "", command
        codes.append(done.returncode)
    return codes


def test_github_commands_run_and_write_what_is_uploaded(checkout):
    commands = github_commands()[1:]  # after pip install (see test_integrations_real.py)
    assert run_job(commands, checkout) == [1, 0, 0]
    annotations = shell(commands[0], checkout).stdout.splitlines()
    errors = [a for a in annotations if a.startswith("::error file=dagsordener/2024/udkast.txt,")]
    assert len(errors) == 4
    check_reports(checkout, 10)
    # Once the draft is corrected, the check passes.
    shutil.copy(CLEAN, checkout / "dagsordener" / "2024" / "udkast.txt")
    assert run_job(commands, checkout) == [0, 0, 0]
    check_reports(checkout, 0)


def test_gitlab_commands_run_and_write_what_is_uploaded(checkout):
    script = gitlab_job()["script"][1:]
    assert run_job(script, checkout) == [0, 0, 1]
    check_gitlab_reports(checkout, 10)
    shutil.copy(CLEAN, checkout / "dagsordener" / "2024" / "udkast.txt")
    assert run_job(script, checkout) == [0, 0, 0]
    check_gitlab_reports(checkout, 0)
