"""The pre-commit hook manifest: one checking hook, on exactly the files referatlint
reads, and one for configuration files. (tests/test_integrations_real.py runs them with
the real pre-commit.)"""

import re
import shutil

import yaml
from conftest import DRAFT, ROOT
from readme import shell
from referatlint.config import CONFIG_NAMES
from referatlint.read import SUPPORTED_SUFFIXES


def hooks() -> list[dict]:
    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))


def test_one_checking_hook_installed_with_python():
    hook, _ = hooks()  # referatlint-fix comes when fixes exist
    assert hook["id"] == "referatlint"
    # The configuration's exclude holds for the files pre-commit names, as ruff's hook does.
    assert hook["entry"] == "referatlint --force-exclude"
    assert hook["language"] == "python"
    assert hook["types"] == ["file"]
    assert hook["require_serial"] is True  # one summary per commit, not one per batch
    assert "args" not in hook  # check only: no --fix, no --exit-zero


def test_hook_files_are_the_formats_referatlint_reads():
    pattern = re.compile(hooks()[0]["files"])
    for suffix in SUPPORTED_SUFFIXES:
        assert pattern.search(f"dagsordener/møde{suffix}"), suffix
        assert pattern.search(f"DAGSORDENER/MØDE{suffix.upper()}"), suffix
    for name in ("lint/cli.py", "data.json", ".pre-commit-config.yaml", "udkast.txt.bak", "x.doc"):
        assert not pattern.search(name), name


def test_configuration_hook_runs_on_every_configuration_file():
    _, hook = hooks()
    assert (hook["id"], hook["language"], hook["require_serial"]) == (
        "referatlint-config", "python", True
    )  # fmt: skip
    pattern = re.compile(hook["files"])
    for name in CONFIG_NAMES:
        assert pattern.search(name) and pattern.search(f"dagsordener/udvalg/{name}"), name
    for name in ("dagsordener/møde.txt", ".referatlint.yml", "mypyproject.toml", "a.yaml"):
        assert not pattern.search(name), name


def test_configuration_hook_checks_the_changed_files_and_no_document(tmp_path):
    """The hook's command as pre-commit runs it (entry, then the changed files): an error
    in any of them rejects the commit on one line; a defective draft beside them, not part
    of the commit, does not."""
    _, hook = hooks()
    (tmp_path / "dagsordener" / "udvalg").mkdir(parents=True)
    shutil.copy(DRAFT, tmp_path / "dagsordener" / "halvfærdigt-udkast.txt")
    (tmp_path / ".referatlint.yaml").write_text("profile: standard\nfail_on: warning\n", "utf-8")
    committee = tmp_path / "dagsordener" / "udvalg" / ".referatlint.yaml"
    committee.write_text("extends: ../../.referatlint.yaml\nfail_on: error\n", "utf-8")
    command = f"{hook['entry']} .referatlint.yaml dagsordener/udvalg/.referatlint.yaml"
    accepted = shell(command, tmp_path)
    assert (accepted.returncode, accepted.stderr) == (0, "")
    # Each file's settings (which pre-commit shows only with --verbose); no document.
    assert accepted.stdout.startswith("file: .referatlint.yaml\n")
    assert "\n---\nfile: dagsordener/udvalg/.referatlint.yaml\n" in accepted.stdout
    assert "halvfærdigt-udkast" not in accepted.stdout
    committee.write_text("extends: ../../.referatlint.yaml\nfail_on: eror\n", "utf-8")
    refused = shell(command, tmp_path)
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "referatlint: dagsordener/udvalg/.referatlint.yaml:2: »fail_on: eror« er ikke tilladt "
        "(vælg mellem error, warning, info); mente du »error«?\n"
    )
