"""The integrations with the real tools on the other side: pre-commit installing the hook
from this checkout and blocking a real ``git commit``, and pip installing referatlint the
way the CI examples do. Slow (each builds an environment): deselect locally with
``-m "not slow"``; CI runs them (.ci/run sets REFERATLINT_CI, so nothing is skipped).

The README's snippets name the public repository; here it is replaced by a snapshot of
this checkout (uncommitted changes included) in a temporary git repository, tagged with
the version the snippets pin."""

import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
import yaml
from conftest import CLEAN, DRAFT, ROOT
from readme import azure_commands, command_lines, github_commands, gitlab_job, under

pytestmark = pytest.mark.slow

PUBLIC_REPO = "https://github.com/referatlint/referatlint"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
SKIPPED = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", "build", "dist"}


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("REFERATLINT_CI"):
            pytest.fail(f"{tool} is missing, but REFERATLINT_CI is set")
        pytest.skip(f"{tool} is not installed")
    return found


@pytest.fixture(scope="module")
def git_env(tmp_path_factory) -> dict[str, str]:
    """Git with a known identity and none of the user's configuration."""
    need("git")
    home = tmp_path_factory.mktemp("home")
    config = home / "gitconfig"
    config.write_text(
        "[user]\n\tname = Sekretariatet\n\temail = sekretariat@kommune.example\n"
        "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n",
        "utf-8",
    )
    return {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(config),
        "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(home / "pre-commit-cache"),
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
        "NO_COLOR": "1",
    }


def run(args, cwd: Path, env: dict[str, str], timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def checked(args, cwd: Path, env: dict[str, str]) -> str:
    done = run(args, cwd, env)
    assert done.returncode == 0, f"{args}: {done.stdout}{done.stderr}"
    return done.stdout


def checkout_files() -> list[Path]:
    """The checkout's files as git would commit them now (tracked or new, not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if listed.returncode == 0:
        names = [name for name in listed.stdout.decode().split("\0") if name]
        return [ROOT / name for name in names if (ROOT / name).is_file()]
    return [  # not a git checkout: everything but caches and environments
        path
        for path in ROOT.rglob("*")
        if path.is_file()
        and not SKIPPED & set(path.relative_to(ROOT).parts)
        and not any(part.endswith(".egg-info") for part in path.parts)
    ]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, git_env) -> Path:
    """This checkout as a git repository with the tag the README pins (v<version>)."""
    repo = tmp_path_factory.mktemp("referatlint-repo")
    for path in checkout_files():
        target = repo / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    checked(["git", "init", "-q"], repo, git_env)
    checked(["git", "add", "-A"], repo, git_env)
    checked(["git", "commit", "-q", "-m", "snapshot"], repo, git_env)
    checked(["git", "tag", f"v{VERSION}"], repo, git_env)
    return repo


def test_pre_commit_blocks_a_defective_draft_and_passes_the_corrected_one(
    tmp_path, git_env, hook_repo
):
    need("git")
    project = tmp_path / "kommune"
    (project / "dagsordener").mkdir(parents=True)
    # The README's configuration, pointing at this checkout instead of the public one.
    (config_block,) = under("pre-commit", "yaml")
    assert PUBLIC_REPO in config_block.text
    config = config_block.text.replace(PUBLIC_REPO, str(hook_repo))
    assert yaml.safe_load(config)["repos"][0]["rev"] == f"v{VERSION}"
    (project / ".pre-commit-config.yaml").write_text(config, "utf-8")
    (project / "README.md").write_text("# Dagsordener\n\nUdvalgets dagsordener.\n", "utf-8")
    # Beside the documents: the configuration and a picture, which the hook must pass by.
    (project / "dagsordener" / ".referatlint.yaml").write_text("fail_on: warning\n", "utf-8")
    (project / "dagsordener" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    checked(["git", "init", "-q"], project, git_env)
    checked(["git", "add", "-A"], project, git_env)
    checked(["git", "commit", "-q", "-m", "start"], project, git_env)

    # The README's commands, as written.
    (commands,) = under("pre-commit", "sh")
    install, run_all = command_lines(commands)
    assert "pre-commit installed at .git/hooks/pre-commit" in checked(
        ["bash", "-c", install], project, git_env
    )

    shutil.copy(DRAFT, project / "dagsordener" / "udkast.txt")
    checked(["git", "add", "dagsordener/udkast.txt"], project, git_env)
    refused = run(["git", "commit", "-m", "Udkast til referat"], project, git_env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "referatlint" in output and "Failed" in output
    assert "dagsordener/udkast.txt:42:1: RL402 [punkt 42] Beslutningen er en pladsholder" in output
    assert "10 fund i 1 dokument: 4 fejl, 6 advarsler." in output
    assert "README.md" not in output and "RL901" not in output  # the README's files:
    log = checked(["git", "log", "--oneline"], project, git_env)
    assert len(log.splitlines()) == 1  # nothing was committed

    shutil.copy(CLEAN, project / "dagsordener" / "udkast.txt")
    checked(["git", "add", "dagsordener/udkast.txt"], project, git_env)
    accepted = run(["git", "commit", "-m", "Rettet referat"], project, git_env)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert "referatlint" in output and "Passed" in output
    assert len(checked(["git", "log", "--oneline"], project, git_env).splitlines()) == 2

    # Checking everything already in the repository: the corrected draft passes ...
    assert "Passed" in checked(["bash", "-c", run_all], project, git_env)
    # ... and a defective one added later fails, the README's README.md still unchecked.
    shutil.copy(DRAFT, project / "dagsordener" / "gammelt-udkast.txt")
    checked(["git", "add", "-A"], project, git_env)
    failed = run(["bash", "-c", run_all], project, git_env)
    assert failed.returncode == 1
    assert "dagsordener/gammelt-udkast.txt:106:111: RL604" in failed.stdout
    assert "README.md" not in failed.stdout and "RL901" not in failed.stdout


def test_pre_commit_checks_a_changed_configuration_not_the_drafts_beside_it(
    tmp_path, git_env, hook_repo
):
    """The README's second hook: a commit that only changes the configuration passes
    with a half-written draft in the folder (not part of the commit), and one with a
    typo in the configuration is refused on one line."""
    project = tmp_path / "kommune"
    (project / "dagsordener").mkdir(parents=True)
    (config_block,) = under("pre-commit", "yaml")
    config = config_block.text.replace(PUBLIC_REPO, str(hook_repo))
    (project / ".pre-commit-config.yaml").write_text(config, "utf-8")
    shutil.copy(CLEAN, project / "dagsordener" / "referat.txt")
    (project / ".referatlint.yaml").write_text("profile: standard\n", "utf-8")
    checked(["git", "init", "-q"], project, git_env)
    checked(["git", "add", "-A"], project, git_env)
    checked(["git", "commit", "-q", "-m", "start"], project, git_env)
    checked(["pre-commit", "install"], project, git_env)

    shutil.copy(DRAFT, project / "dagsordener" / "halvfærdigt-udkast.txt")  # untracked
    (project / ".referatlint.yaml").write_text("profile: standard\nfail_on: info\n", "utf-8")
    checked(["git", "add", ".referatlint.yaml"], project, git_env)
    accepted = run(["git", "commit", "-m", "Strengere konfiguration"], project, git_env)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert "referatlint (konfiguration)" in output and "Passed" in output
    assert "halvfærdigt-udkast" not in output

    (project / ".referatlint.yaml").write_text("profile: standard\nfail_on: infoo\n", "utf-8")
    checked(["git", "add", ".referatlint.yaml"], project, git_env)
    refused = run(["git", "commit", "-m", "Stavefejl"], project, git_env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "Failed" in output and "exit code: 2" in output
    assert (
        "referatlint: .referatlint.yaml:2: »fail_on: infoo« er ikke tilladt "
        "(vælg mellem error, warning, info); mente du »info«?" in output
    )
    assert len(checked(["git", "log", "--oneline"], project, git_env).splitlines()) == 2


def install_line(commands: list[str]) -> str:
    (line,) = [c for c in commands if c.startswith("pip install")]
    assert f"{PUBLIC_REPO}@v{VERSION}" in line
    return line


def test_ci_install_lines_install_a_working_referatlint(tmp_path, git_env, hook_repo):
    """What the GitHub, GitLab and Azure jobs do, in order, with a fresh Python
    environment: the pip install line (from this checkout instead of the public
    repository), then every referatlint line of each job."""
    steps, script, azure = github_commands(), gitlab_job()["script"], azure_commands()
    assert install_line(steps) == install_line(script) == install_line(azure)
    environment = tmp_path / "ci-venv"
    venv.create(environment, with_pip=True)
    env = {
        **git_env,
        "PATH": str(environment / "bin") + os.pathsep + os.environ.get("PATH", ""),
    }
    # CI images come with a recent pip; the one venv bundles may be too old for git URLs.
    checked(["python", "-m", "pip", "install", "-q", "--upgrade", "pip"], tmp_path, env)
    line = install_line(steps).replace(PUBLIC_REPO, hook_repo.as_uri())
    checked(["bash", "-c", line], tmp_path, env)
    assert shutil.which("referatlint", path=str(environment / "bin")).startswith(str(environment))

    checkout = tmp_path / "checkout"
    (checkout / "dagsordener").mkdir(parents=True)
    shutil.copy(DRAFT, checkout / "dagsordener" / "udkast.txt")
    codes = {}
    for command in [c for c in steps + azure if c.startswith("referatlint")]:
        done = run(["bash", "-c", command], checkout, env)
        assert done.stderr == "", command
        codes[command] = done.returncode
    assert codes == {
        "referatlint --output-format github dagsordener/": 1,
        "referatlint --output-format sarif -o referatlint.sarif --exit-zero dagsordener/": 0,
        "referatlint --output-format html -o referatlint.html --exit-zero dagsordener/": 0,
        "referatlint --output-format azure dagsordener/": 1,
        "referatlint --output-format junit -o referatlint-junit.xml --exit-zero dagsordener/": 0,
    }
    # GitLab's script runs in one shell that stops at the first line that fails.
    gitlab = run(["bash", "-c", "\n".join(["set -eo pipefail", *script[1:]])], checkout, env)
    assert (gitlab.returncode, gitlab.stderr) == (1, "")
    for name in (
        "referatlint.sarif",
        "referatlint.html",
        "referatlint-junit.xml",
        "gl-code-quality-report.json",
    ):
        assert (checkout / name).stat().st_size > 1000, name
