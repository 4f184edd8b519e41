"""What makes referatlint fast must not change what it says: parallel runs, the result
cache and the progress line are checked for their behaviour here (timings are measured by
bench/run.py, never asserted in tests)."""

import io
import json
import marshal
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import HANG_GUARD, cache_entries, run_referatlint, seed_archive
from referatlint.regex import STAMP, PatternStore

SUMMARY_OF_ONE_COPY = {"files": 5, "findings": 81, "errors": 10, "warnings": 69, "infos": 2}


def test_jobs_give_the_same_report_in_the_same_order(tmp_path):
    folder = seed_archive(tmp_path)
    one = run_referatlint(
        folder, "--jobs", "1", "--no-cache", "--output-format", "json", cwd=tmp_path
    )
    two = run_referatlint(
        folder, "--jobs", "2", "--no-cache", "--output-format", "json", cwd=tmp_path
    )
    assert one.stdout == two.stdout and one.returncode == two.returncode == 1
    report = json.loads(one.stdout)
    assert [f["path"] for f in report["files"]] == sorted(str(p) for p in folder.iterdir())


def test_cache_answers_unchanged_files_and_rereads_changed_ones(tmp_path):
    folder = seed_archive(tmp_path, copies=1)
    env = {"REFERATLINT_CACHE_DIR": str(tmp_path / "cache")}
    first = run_referatlint(folder, "--output-format", "json", cwd=tmp_path, env=env)
    results = tmp_path / "cache" / "results"
    entries = cache_entries(results)
    assert len(entries) == 5
    second = run_referatlint(folder, "--output-format", "json", cwd=tmp_path, env=env)
    assert second.stdout == first.stdout
    assert cache_entries(results) == entries  # nothing written: every file was a hit
    changed = folder / "0-001_a8efd4b7cb96c4ec.txt"
    changed.write_text(changed.read_text("utf-8").replace("Drøftet", "XX", 1), "utf-8")
    third = run_referatlint(folder, "--output-format", "json", cwd=tmp_path, env=env)
    assert third.stdout != first.stdout and "RL402" in third.stdout
    assert len(list(results.rglob("*.marshal"))) == 6


def test_no_cache_writes_no_results(tmp_path):
    folder = seed_archive(tmp_path, copies=1)
    env = {"REFERATLINT_CACHE_DIR": str(tmp_path / "cache")}
    uncached = run_referatlint(
        folder, "--no-cache", "--output-format", "json", cwd=tmp_path, env=env
    )
    assert not list((tmp_path / "cache").glob("results/**/*.marshal"))
    cached = run_referatlint(folder, "--output-format", "json", cwd=tmp_path, env=env)
    assert uncached.returncode == cached.returncode == 1
    assert uncached.stdout == cached.stdout
    assert json.loads(uncached.stdout)["summary"] == SUMMARY_OF_ONE_COPY


WAIVED = """fail_on: {fail_on}
waivers:
  - file: arkiv/0-001_a8efd4b7cb96c4ec.txt
    code: RL602
    reason: {reason}
"""


def test_editing_what_acts_after_the_rules_keeps_the_cached_results(tmp_path):
    folder = seed_archive(tmp_path, copies=1)
    env = {"REFERATLINT_CACHE_DIR": str(tmp_path / "cache")}
    config = tmp_path / ".referatlint.yaml"
    config.write_text(WAIVED.format(fail_on="warning", reason="Linkene er interne."), "utf-8")
    first = run_referatlint(folder, "--output-format", "json", cwd=tmp_path, env=env)
    results = tmp_path / "cache" / "results"
    entries = cache_entries(results)
    assert len(entries) == 5
    config.write_text(WAIVED.format(fail_on="error", reason="Linkene peger indad."), "utf-8")
    second = run_referatlint(folder, "--output-format", "json", cwd=tmp_path, env=env)
    assert second.stdout == first.stdout
    assert cache_entries(results) == entries  # a new reason or fail_on: every file a hit
    # A severity or a rule option changes the findings: every file is linted again.
    config.write_text(config.read_text("utf-8") + "severity:\n  RL602: info\n", "utf-8")
    run_referatlint(folder, cwd=tmp_path, env=env)
    assert len(cache_entries(results)) == 10
    config.write_text(config.read_text("utf-8") + "options:\n  RL606:\n    allowed: [x]\n", "utf-8")
    run_referatlint(folder, cwd=tmp_path, env=env)
    assert len(cache_entries(results)) == 15


def test_parallel_runs_share_the_cache_safely(tmp_path):
    folder = seed_archive(tmp_path)
    env = {**os.environ, "REFERATLINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "referatlint", str(folder), "--output-format", "json"]
    runs = [subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True)
            for _ in range(4)]  # fmt: skip
    outputs = {run.communicate(timeout=HANG_GUARD)[0] for run in runs}
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["summary"]["files"] == 15
    assert not list((tmp_path / "cache").rglob("*.tmp"))


class Terminal(io.StringIO):
    def isatty(self):
        return True


def ticked(stream, enabled: bool = True) -> str:
    """What a progress line writes over three files, shown from the first moment on."""
    from referatlint import progress

    bar = progress.Progress(stream, enabled)
    for _ in range(3):
        bar.tick()
    bar.done()
    return stream.getvalue()


def test_progress_line_only_on_a_terminal(monkeypatch):
    from referatlint import progress

    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    assert ticked(io.StringIO()) == ""  # piped
    assert ticked(Terminal(), enabled=False) == ""  # a machine-readable format


def test_progress_line_on_an_interactive_terminal(monkeypatch):
    from referatlint import progress

    monkeypatch.setattr(progress, "SHOW_AFTER", 0.0)
    shown = ticked(Terminal())
    assert shown.startswith("\r1 dokumenter tjekket")
    assert shown.endswith("\r\033[K")


def benchmark_script():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    try:
        import run as bench
    finally:
        sys.path.pop(0)
    return bench


def test_the_benchmark_corpus_builder_makes_unique_documents(tmp_path):
    bench = benchmark_script()
    bench.build_corpus(tmp_path, 40)
    texts = [path.read_text("utf-8") for path in tmp_path.rglob("*.txt")]
    assert len(texts) == len(set(texts)) == 40
    shutil.rmtree(tmp_path / "00")


def test_the_benchmark_says_which_targets_are_met():
    verdict = benchmark_script().verdict
    assert verdict(3.9, "≤ 4.0x") == "≤ 4.0x: met"
    assert verdict(6.0, "≤ 4.0x") == "≤ 4.0x: **not met**"
    assert verdict(1.86, "≥ 1.8x one core") == "≥ 1.8x one core: met"
    assert verdict(0.11, "≥ 0.25x baseline") == "≥ 0.25x baseline: **not met**"
    assert verdict(None, "") == ""


PATTERNS = [
    (r"^(?P<number>\d{1,4})[.)]\s+(?P<title>\S.*)$", 0),
    (r"(?<![\w-])(?:TODO|FIXME|TBD)(?![\w-])", re.IGNORECASE),
    (r"\b(?P<day>[0-3]?\d)\. (?P<month>januar|februar|marts)\b", re.I),
    (r"Miljø- og klimamæssige konsekvenser\s*:?$", 0),
]


def test_kept_patterns_are_the_ones_re_compile_gives(tmp_path):
    path = str(tmp_path / "patterns")
    first = PatternStore(path)
    for pattern, flags in PATTERNS:
        assert first.compile(pattern, flags) == re.compile(pattern, flags)
    first.save()
    second = PatternStore(path)
    assert set(second.kept) == {(pattern, int(flags)) for pattern, flags in PATTERNS}
    for pattern, flags in PATTERNS:
        kept = second.compile(pattern, flags)
        # Patterns compare by their compiled code, flags and source.
        assert kept == re.compile(pattern, flags)
        assert kept.groupindex == re.compile(pattern, flags).groupindex
    assert not second.changed  # every pattern came from the store
    assert second.compile(PATTERNS[2][0], PATTERNS[2][1]).search("den 4. marts").group("month")


def test_a_damaged_or_foreign_pattern_store_is_rebuilt(tmp_path):
    path = tmp_path / "patterns"
    pattern = PATTERNS[0][0]
    path.write_bytes(b"\x00not marshal data")
    assert PatternStore(str(path)).compile(pattern) == re.compile(pattern)
    path.write_bytes(marshal.dumps((("another Python",), {(pattern, 0): (0, [], 0, {}, ())})))
    assert PatternStore(str(path)).kept == {}
    path.write_bytes(marshal.dumps((STAMP, {(pattern, 0): (0, [1, 2, 999], 0, {}, (None,))})))
    damaged = PatternStore(str(path))
    assert damaged.compile(pattern) == re.compile(pattern)
    assert damaged.changed  # the damaged entry was replaced, and is written at exit
    damaged.save()
    assert PatternStore(str(path)).compile(pattern) == re.compile(pattern)


def test_the_command_keeps_the_patterns_it_compiled_for_the_next_run(tmp_path):
    """The command ends with os._exit, which runs no atexit handler: the store must be
    written before it, or every run on a draft compiles every pattern again (25 ms)."""
    prefix = tmp_path / "pycache"  # the store goes beside the bytecode, under this prefix
    draft = Path(__file__).parents[1] / "examples" / "udkast-referat.txt"
    env = {"PYTHONPYCACHEPREFIX": str(prefix), "REFERATLINT_CACHE_DIR": str(tmp_path / "c")}
    first = run_referatlint(draft, "--no-cache", env=env)
    (store,) = prefix.rglob("regex.*.patterns")
    stamp, kept = marshal.loads(store.read_bytes())
    assert stamp == STAMP and len(kept) > 50
    again = run_referatlint(draft, "--no-cache", env=env)
    assert again.stdout == first.stdout
    assert marshal.loads(store.read_bytes())[1] == kept  # nothing new to compile


def test_an_unwritable_pattern_store_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", "utf-8")
    store = PatternStore(str(blocker / "patterns"))
    assert store.compile(PATTERNS[1][0], PATTERNS[1][1]) == re.compile(*PATTERNS[1])
    store.save()  # its folder cannot be made: compiled again on the next run, no error
    assert list(tmp_path.iterdir()) == [blocker]
