"""The pre-commit hook manifest: one checking hook, on exactly the files referatlint
reads. (tests/test_integrations_real.py runs it with the real pre-commit.)"""

import re

import yaml
from conftest import ROOT
from referatlint.read import SUPPORTED_SUFFIXES


def hooks() -> list[dict]:
    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))


def test_one_checking_hook_installed_with_python():
    (hook,) = hooks()  # referatlint-fix comes when fixes exist
    assert hook["id"] == "referatlint"
    assert hook["entry"] == "referatlint"
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
