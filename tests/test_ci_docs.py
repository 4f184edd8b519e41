"""The CI examples in docs/ci (shown in the README) are valid YAML of the right shape,
and their referatlint command lines run and write the files the jobs upload."""

import json
import os
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import CLEAN, DRAFT, SHARED_SCHEMAS
from lxml import etree, html
from readme import (
    AZURE,
    GITHUB,
    azure_commands,
    azure_steps,
    github_commands,
    github_steps,
    gitlab_job,
    shell,
)
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
    # GitLab stops at the first line that fails: each keeps the exit code for the last.
    assert all(line.endswith(" || status=$?") for line in script[1:-1])
    assert script[-1] == "exit ${status:-0}"


def test_azure_pipeline_shape():
    pipeline = yaml.safe_load(AZURE.read_text("utf-8"))
    paths = ["dagsordener/**", *(f"**/{name}" for name in CONFIG_NAMES)]
    assert pipeline["trigger"]["paths"]["include"] == paths
    assert pipeline["pr"]["paths"]["include"] == paths
    steps = azure_steps()
    commands = azure_commands()
    assert commands[0] == github_commands()[0]  # the same install line
    assert commands[1] == "referatlint --output-format azure dagsordener/"
    (results,) = [s for s in steps if s.get("task") == "PublishTestResults@2"]
    assert results["inputs"]["testResultsFormat"] == "JUnit"
    assert results["inputs"]["testResultsFiles"] == output_file(commands, "junit")
    artifacts = {
        s["inputs"]["artifact"]: s["inputs"]["targetPath"]
        for s in steps
        if s.get("task") == "PublishPipelineArtifact@1"
    }
    assert artifacts == {
        "CodeAnalysisLogs": output_file(commands, "sarif"),  # the SARIF Scans tab reads it
        "referatlint-rapport": output_file(commands, "html"),
    }
    # Reports are made and published even when the check step failed.
    check = steps.index(next(s for s in steps if s.get("script") == commands[1]))
    for step in steps[check + 1 :]:
        assert step["condition"] == "succeededOrFailed()"


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


def check_junit(folder: Path, findings: int) -> None:
    junit = etree.parse(str(folder / "referatlint-junit.xml"))
    etree.XMLSchema(etree.parse(str(SHARED_SCHEMAS / "JUnit.xsd"))).assertValid(junit)
    assert len(junit.findall("testsuite/testcase/failure")) == findings


def check_gitlab_reports(folder: Path, findings: int) -> None:
    quality = json.loads((folder / "gl-code-quality-report.json").read_text("utf-8"))
    assert len(quality) == findings
    assert {issue["location"]["path"] for issue in quality} <= {"dagsordener/2024/udkast.txt"}
    check_junit(folder, findings)
    page = html.document_fromstring((folder / "referatlint.html").read_text("utf-8"))
    assert len(page.find_class("finding")) == findings


def run_job(commands: list[str], folder: Path) -> list[int]:
    codes = []
    for command in commands:
        done = shell(command, folder)
        assert done.stderr == "", command
        codes.append(done.returncode)
    return codes


def run_steps(steps: list[tuple[str, bool]], folder: Path) -> list[int | None]:
    """Run a GitHub or Azure job's commands in order, as the runner does: once a step has
    failed, only the steps marked to run anyway (``always``) run (None: skipped)."""
    codes: list[int | None] = []
    for command, always in steps:
        if any(codes) and not always:
            codes.append(None)
            continue
        codes.append(shell(command, folder).returncode)
    return codes


def github_run_steps() -> list[tuple[str, bool]]:
    """The workflow's commands after pip install, each with whether it runs after a failure."""
    return [(s["run"], s.get("if") == "${{ !cancelled() }}") for s in github_steps() if "run" in s][
        1:
    ]


def azure_run_steps() -> list[tuple[str, bool]]:
    steps = [s for s in azure_steps() if "script" in s]
    return [(s["script"], s.get("condition") == "succeededOrFailed()") for s in steps][1:]


def run_gitlab_script(folder: Path):
    """The job's script after pip install, as GitLab runs it: one shell, stopping at the
    first line that fails."""
    return shell("\n".join(["set -eo pipefail", *gitlab_job()["script"][1:]]), folder)


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
    job = run_gitlab_script(checkout)
    assert (job.returncode, job.stderr) == (1, "")  # findings fail the job
    check_gitlab_reports(checkout, 10)
    shutil.copy(CLEAN, checkout / "dagsordener" / "2024" / "udkast.txt")
    job = run_gitlab_script(checkout)
    assert (job.returncode, job.stderr) == (0, "")
    check_gitlab_reports(checkout, 0)


def test_azure_commands_run_and_write_what_is_published(checkout):
    commands = azure_commands()[1:]  # after pip install (see test_integrations_real.py)
    assert run_job(commands, checkout) == [1, 0, 0, 0]
    issues = shell(commands[0], checkout).stdout.splitlines()
    # At the default fail level every finding fails the step: each is an error, with the
    # absolute path the agent maps to the file in the repository.
    draft = os.path.join(checkout, "dagsordener", "2024", "udkast.txt")
    errors = [
        i for i in issues if i.startswith(f"##vso[task.logissue type=error;sourcepath={draft};")
    ]
    assert len(errors) == 10
    check_junit(checkout, 10)
    check_reports(checkout, 10)
    shutil.copy(CLEAN, checkout / "dagsordener" / "2024" / "udkast.txt")
    assert run_job(commands, checkout) == [0, 0, 0, 0]
    check_junit(checkout, 0)
    check_reports(checkout, 0)


UPLOADED = {
    "github": ["referatlint.sarif", "referatlint.html"],
    "gitlab": ["referatlint-junit.xml", "referatlint.html", "gl-code-quality-report.json"],
    "azure": ["referatlint-junit.xml", "referatlint.sarif", "referatlint.html"],
}


@pytest.mark.parametrize("ci", sorted(UPLOADED))
def test_a_document_that_cannot_be_read_fails_the_job_with_every_report_written(checkout, ci):
    """Exit code 2 comes even with --exit-zero: no job may stop before its reports."""
    (checkout / "dagsordener" / "ødelagt.docx").write_bytes(b"ikke en zip")
    if ci == "gitlab":
        job = run_gitlab_script(checkout)
        assert job.returncode == 2
    else:
        codes = run_steps(github_run_steps() if ci == "github" else azure_run_steps(), checkout)
        assert codes[0] == 2 and None not in codes  # the check fails; every step still runs
    for name in UPLOADED[ci]:
        report = (checkout / name).read_text("utf-8")
        assert "dagsordener/ødelagt.docx" in report or "dagsordener/%C3%B8delagt.docx" in report, (
            name
        )
        assert "RL402" in report, name  # the other documents' findings are there too
