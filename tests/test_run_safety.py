"""The run never harms what it reads and never hangs: outputs that would overwrite an
input are refused, folders that cannot be read and files that are no files are told,
--jobs is bounded, and --no-cache keeps no results."""

import hashlib
import os
import shutil

import pytest
from conftest import CLEAN, DRAFT, DRAFT_CODES, run_referatlint


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "udvalg").mkdir()
    shutil.copy(DRAFT, tmp_path / "udvalg" / "udkast.txt")
    shutil.copy(CLEAN, tmp_path / "udvalg" / "referat.txt")
    return tmp_path


@pytest.mark.parametrize(
    "argv",
    [
        ["--output-format", "json", "-o", "udvalg/udkast.txt", "udvalg/udkast.txt"],
        ["-o", "udvalg/udkast.txt", "udvalg"],  # found in the folder given
        ["-o", "genvej.txt", "udvalg/udkast.txt"],  # a link to it
        ["--write-baseline", "udvalg/udkast.txt", "udvalg/udkast.txt"],
        ["--write-baseline", "./udvalg/../udvalg/udkast.txt", "udvalg"],
    ],
)
def test_an_output_naming_a_document_is_refused_and_the_document_kept(cli, drafts, argv):
    (drafts / "genvej.txt").symlink_to(drafts / "udvalg" / "udkast.txt")
    before = digest(drafts / "udvalg" / "udkast.txt")
    run = cli(argv, cwd=drafts)
    option, target = ("-o", argv[argv.index("-o") + 1]) if "-o" in argv else (
        "--write-baseline", argv[argv.index("--write-baseline") + 1])  # fmt: skip
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        f"referatlint: {option} {target} ville overskrive dokumentet udvalg/udkast.txt; vælg "
        "en anden fil\n"
    )
    assert digest(drafts / "udvalg" / "udkast.txt") == before


def test_an_output_over_a_hard_link_of_a_document_is_refused(cli, drafts):
    os.link(drafts / "udvalg" / "udkast.txt", drafts / "kopi.json")
    run = cli(["-o", "kopi.json", "--output-format", "json", "udvalg", "--lang", "en"], cwd=drafts)
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "referatlint: -o kopi.json would overwrite the document udvalg/udkast.txt; choose "
        "another file\n"
    )


def test_outputs_that_would_destroy_the_configuration_or_the_baseline_are_refused(cli, drafts):
    (drafts / "regler.yaml").write_text("profile: standard\n", "utf-8")
    assert cli(["udvalg", "--write-baseline", "b.json"], cwd=drafts).code == 0
    baseline = (drafts / "b.json").read_bytes()
    refused = {
        (
            "-o",
            "b.json",
            "--baseline",
            "b.json",
        ): "-o b.json ville overskrive baseline-filen b.json",
        ("-o", "ny.json", "--write-baseline", "ny.json"): (
            "-o ny.json ville overskrive baseline-filen ny.json"
        ),
        ("--config", "regler.yaml", "--write-baseline", "regler.yaml"): (
            "--write-baseline regler.yaml ville overskrive konfigurationsfilen regler.yaml"
        ),
        ("-o", "udvalg/.referatlint.yaml"): (
            "-o udvalg/.referatlint.yaml ville overskrive konfigurationsfilen "
            "udvalg/.referatlint.yaml"
        ),
    }
    for options, message in refused.items():
        run = cli(["udvalg", *options], cwd=drafts)
        assert (run.code, run.err) == (2, f"referatlint: {message}; vælg en anden fil\n"), options
    assert (drafts / "b.json").read_bytes() == baseline
    assert (drafts / "regler.yaml").read_text("utf-8") == "profile: standard\n"
    assert not (drafts / "ny.json").exists()
    assert not (drafts / "udvalg" / ".referatlint.yaml").exists()
    # Renewing the baseline in place is what --baseline F --write-baseline F is for.
    shutil.copy(CLEAN, drafts / "udvalg" / "udkast.txt")
    run = cli(["udvalg", "--baseline", "b.json", "--write-baseline", "b.json"], cwd=drafts)
    assert run.code == 0
    assert '"findings": []' in (drafts / "b.json").read_text("utf-8")


def test_a_fifo_is_passed_by_in_a_folder_and_refused_when_named(drafts):
    os.mkfifo(drafts / "udvalg" / "pipe.txt")
    done = run_referatlint("--no-cache", "--output-format", "concise", "udvalg", cwd=drafts)
    assert (done.returncode, done.stderr) == (1, "")
    assert "pipe.txt" not in done.stdout
    assert done.stdout.count("udvalg/udkast.txt:") == 10
    done = run_referatlint(
        "--no-cache", "--output-format", "concise", "udvalg/pipe.txt", cwd=drafts
    )
    assert done.returncode == 2
    assert done.stdout == (
        "udvalg/pipe.txt:1:1: RL901 [hele dokumentet] Det er ikke en almindelig fil, men fx en pipe eller en enhed.\n"
    )


def test_symlink_rings_in_a_folder_are_rl901_and_the_other_documents_checked(cli, drafts):
    """A link to itself, or two links to each other (left by a broken sync), cannot be
    opened: each is told as when it is named, not a traceback that stops the run."""
    os.symlink("selv.txt", drafts / "udvalg" / "selv.txt")
    os.symlink("b.txt", drafts / "udvalg" / "a.txt")
    os.symlink("a.txt", drafts / "udvalg" / "b.txt")
    run = cli(["--no-cache", "--output-format", "concise", "udvalg"], cwd=drafts)
    ring = "1:1: RL901 [hele dokumentet] Filen kan ikke åbnes: et symbolsk link peger i ring (på sig selv eller tilbage ad vejen)."
    lines = run.out.splitlines()
    assert (run.code, run.err) == (2, "")
    assert lines[:3] == [f"udvalg/a.txt:{ring}", f"udvalg/b.txt:{ring}", f"udvalg/selv.txt:{ring}"]
    assert [line.split(": ")[1].split()[0] for line in lines[3:]] == DRAFT_CODES


@pytest.fixture
def locked(drafts, monkeypatch):
    """udvalg/låst cannot be listed (the tests run as root, so chmod 000 would not deny)."""
    (drafts / "udvalg" / "låst").mkdir()
    shutil.copy(DRAFT, drafts / "udvalg" / "låst" / "udkast.txt")
    scandir = os.scandir

    def denying(path="."):
        if os.path.basename(os.fspath(path)) == "låst":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denying)
    return drafts


def test_a_folder_that_cannot_be_read_is_rl901_and_exit_2(cli, locked):
    run = cli(["--output-format", "concise", "udvalg"], cwd=locked)
    assert run.code == 2
    lines = run.out.splitlines()
    assert len(lines) == 11
    assert lines[-1] == (
        "udvalg/låst:1:1: RL901 Der er ikke adgang til mappen, så dokumenterne i den er ikke "
        "tjekket."
    )
    assert all(line.startswith("udvalg/udkast.txt:") for line in lines[:-1])
    run = cli(["--output-format", "concise", "udvalg/låst"], cwd=locked)
    assert (run.code, run.out, run.err) == (
        2,
        "udvalg/låst:1:1: RL901 Der er ikke adgang til mappen, så dokumenterne i den er ikke "
        "tjekket.\n",
        "",
    )


def test_a_folder_that_cannot_be_read_reached_twice_is_told_once(cli, locked):
    run = cli(["--output-format", "concise", "udvalg", "./udvalg/låst"], cwd=locked)
    lines = run.out.splitlines()
    assert (run.code, run.err, len(lines)) == (2, "", 11)
    assert lines[-1] == (
        "udvalg/låst:1:1: RL901 Der er ikke adgang til mappen, så dokumenterne i den er ikke "
        "tjekket."
    )


def test_jobs_must_be_at_least_one(cli):
    for value in ("0", "-1"):
        run = cli(["--jobs", value, str(CLEAN)])
        assert (run.code, run.out) == (2, "")
        assert run.err == (
            f"referatlint: forkert brug: --jobs/-j: »{value}« er ikke et helt tal på mindst 1\n"
        )


def test_jobs_are_capped_by_files_and_cores(cli, drafts, monkeypatch):
    import multiprocessing

    started = []

    class Pool:  # runs the workers' function here, and notes how many processes were asked
        def __init__(self, processes, initializer, initargs):
            started.append(processes)
            initializer(*initargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def imap(self, function, paths, chunksize):
            return map(function, paths)

    monkeypatch.setattr(multiprocessing, "Pool", Pool)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    run = cli(["--jobs", "200", "--output-format", "concise", "udvalg"], cwd=drafts)
    assert run.code == 1
    assert run.out.splitlines()[0].startswith("udvalg/udkast.txt:11:1: RL306")
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert cli(["--jobs", "200", "udvalg"], cwd=drafts).code == 1  # one core: no pool
    assert started == [2]


def test_no_cache_reads_and_writes_no_results(cli, drafts, monkeypatch):
    """--no-cache checks the documents again: no results are kept; the validated
    configuration is (it only saves start-up time and is keyed by the file's content)."""
    (drafts / ".referatlint.yaml").write_text("profile: standard\n", "utf-8")
    monkeypatch.setenv("REFERATLINT_CACHE_DIR", str(drafts / "cache"))
    assert cli(["--no-cache", "udvalg"], cwd=drafts).code == 1
    assert not (drafts / "cache" / "results").exists()
    assert (drafts / "cache" / "config").is_dir()
    assert cli(["udvalg"], cwd=drafts).code == 1
    assert {p.name for p in (drafts / "cache").iterdir()} == {
        ".gitignore",
        "config",
        "plugins",
        "results",
    }
