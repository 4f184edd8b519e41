"""Benchmark: start-up on one draft, throughput over an archive, memory, cache, formats.

    python bench/run.py            # the full run: 10,000 documents (a few minutes)
    python bench/run.py --quick    # 1,000 documents, fewer repetitions

Run it with the Python of the environment referatlint is installed in (for example
``.venv/bin/python bench/run.py``): the referatlint command next to that Python is measured.
It builds a corpus from the seeds in ../shared/seeds (every layout family; one document in
four with an injected defect; every document unique, so the result cache cannot answer
for a copy), measures, prints a table and writes it to bench/RESULTS.md.

The baseline is a Python script that only reads, decodes and runs one regex over each
document (a case-insensitive phrase with word boundaries, as a one-phrase lint rule
would): what any Python linter pays at the least.
"""

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
BIN = Path(sys.executable).parent
REFERATLINT = str(BIN / "referatlint")
DRAFT = ROOT / "examples" / "udkast-referat.txt"

BASELINE = r"""
import re, sys, time
from pathlib import Path
pattern = re.compile(r"\bBeslutning ikke frigivet\b", re.IGNORECASE)
paths = sorted(str(p) for p in Path(sys.argv[1]).rglob("*.txt"))
hits = 0
for path in paths:
    with open(path, "rb") as handle:
        hits += len(pattern.findall(handle.read().decode("utf-8")))
print(hits)
"""

PEAK_MEMORY = r"""
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

CONFIG = """\
profile: holbaek
severity:
  RL602: info
options:
  RL606:
    allowed: [holbaek.dk]
"""


# --------------------------------------------------------------------------- corpus


def inject(text: str, rng: random.Random) -> str:
    """One defect of a few kinds the rules know, placed in the text."""
    choice = rng.randrange(6)
    if choice == 0:
        return text.replace("Økonomiske konsekvenser\n", "Økonomiske konsekvnser\n", 1)
    if choice == 1:
        return text.replace("\n\nBeslutning\n\n", "\n\nBeslutning\n\nXX\n\n", 1)
    if choice == 2:
        return text.replace(
            "Indstilling\n\n", "Indstilling\n\nBorgeren (cpr 010190-1234) klager.\n\n", 1
        )
    if choice == 3:
        return text.replace("ø", "Ã¸", 3)
    if choice == 4:
        return text.replace("Mandag", "Fredag", 1).replace("Tirsdag", "Fredag", 1)
    return text.replace("Orientering", "TODO Orientering", 1)


def build_corpus(folder: Path, count: int) -> None:
    seeds = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        sys.exit(f"no seeds in {SEEDS}: the benchmark builds its corpus from them")
    rng = random.Random(2026)
    for index in range(count):
        text = seeds[index % len(seeds)]
        if index % 4 == 3:
            text = inject(text, rng)
        # Unique content, so the result cache of one document never answers for another.
        text += f"\n\nArkivnummer {index}\n"
        sub = folder / f"{index // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"dokument-{index:05d}.txt").write_text(text, "utf-8")


# --------------------------------------------------------------------------- measuring


def wall(command: list[str], cwd: Path) -> float:
    """Wall time in seconds of running a command once."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def medians(commands: dict[str, tuple[list[str], Path]], repeat: int) -> dict[str, float]:
    """Median wall time of each command, the commands taking turns: a machine that speeds
    up or slows down during the run then shifts every figure alike, not the ratios."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (command, cwd) in commands.items():
            times[name].append(wall(command, cwd))
    return {name: statistics.median(values) for name, values in times.items()}


def verdict(ratio: float | None, target: str) -> str:
    """The target ("≤ 4.0x", "≥ 0.25x baseline") and whether the measured ratio meets it."""
    if not target or ratio is None:
        return target
    bound = float(target.split()[1].rstrip("x"))
    met = ratio <= bound if target.startswith("≤") else ratio >= bound
    return f"{target}: {'met' if met else '**not met**'}"


def peak_memory_mb(command: list[str], cwd: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, *command], cwd=cwd, capture_output=True, text=True
    ).stdout
    return int(out.strip()) / 1024


def formats_available() -> list[tuple[str, Path]]:
    """Drafts in other formats, made from the bundled draft by the test fixture script,
    when the format readers and fixtures exist."""
    fixtures = ROOT / "tests" / "fixtures" / "formats"
    found = []
    for suffix in ("pdf", "docx", "html"):
        candidates = sorted(fixtures.glob(f"*.{suffix}")) if fixtures.is_dir() else []
        if candidates:
            found.append((suffix, candidates[0]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 documents, fewer repetitions")
    parser.add_argument("--documents", type=int, help="corpus size (default 10,000)")
    args = parser.parse_args()
    count = args.documents or (1000 if args.quick else 10000)
    startup_repeat, corpus_repeat = (15, 1) if args.quick else (30, 3)
    cores = os.cpu_count() or 1

    work = Path(tempfile.mkdtemp(prefix="referatlint-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        build_corpus(corpus, count)
        configured = work / "configured"
        configured.mkdir()
        (configured / ".referatlint.yaml").write_text(CONFIG, "utf-8")
        shutil.copy(DRAFT, configured / DRAFT.name)
        env_cache = {"REFERATLINT_CACHE_DIR": str(work / "cache")}
        os.environ.update(env_cache)

        draft = [REFERATLINT, str(DRAFT), "--no-cache"]
        warm = [REFERATLINT, str(DRAFT)]
        with_config = [REFERATLINT, DRAFT.name, "--no-cache"]
        # Once each first: the plugin scan, the validated configuration and the draft's
        # result are cached as in any second run.
        for command, cwd in ((draft, work), (warm, work), (with_config, configured)):
            wall(command, cwd)
        starts = {
            "bare": ([sys.executable, "-c", "pass"], work),
            "draft": (draft, work),
            "warm": (warm, work),
            "config": (with_config, configured),
        }
        formats = formats_available()
        for suffix, path in formats:
            starts[suffix] = ([REFERATLINT, str(path), "--no-cache"], work)
        took = medians(starts, startup_repeat)
        bare = took["bare"]
        rows = [
            ("Bare Python start-up (python -c pass)", bare, None, ""),
            ("One text draft, default config, result not cached", took["draft"],
             took["draft"] / bare, "≤ 4.0x"),
            ("One text draft, default config, result cached", took["warm"], took["warm"] / bare, ""),
            ("One text draft, config file, result not cached", took["config"],
             took["config"] / bare, "≤ 5.0x"),
        ]  # fmt: skip
        format_rows = [
            (
                f"One {suffix.upper()} draft ({path.name})",
                took[suffix],
                took[suffix] - took["draft"],
            )
            for suffix, path in formats
        ]

        archive = [str(corpus), "--output-format", "concise"]
        cached_run = [REFERATLINT, *archive, "--jobs", "1"]
        wall(cached_run, work)  # fill the result cache
        runs = {
            "baseline": ([sys.executable, "-c", BASELINE, str(corpus)], work),
            "one": ([REFERATLINT, *archive, "--no-cache", "--jobs", "1"], work),
            "all": ([REFERATLINT, *archive, "--no-cache", "--jobs", str(cores)], work),
            "cached": (cached_run, work),
        }
        took = medians(runs, corpus_repeat)
        baseline, one_core, all_cores, cached = (
            took[k] for k in ("baseline", "one", "all", "cached")
        )
        memory = peak_memory_mb(runs["one"][0], work)

        throughput = [
            ("Baseline: read + decode + one regex, 1 process", count / baseline, 1.0, ""),
            ("referatlint, all rules, 1 process (--jobs 1)", count / one_core, baseline / one_core, "≥ 0.25x baseline"),
            (f"referatlint, all rules, {cores} processes (--jobs {cores})", count / all_cores,
             one_core / all_cores, "≥ 1.8x one core"),
            ("referatlint, unchanged archive again (result cache)", count / cached, baseline / cached, ""),
        ]  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = [
        "# Benchmark results",
        "",
        f"`python bench/run.py{' --quick' if args.quick else ''}` on {platform.node() or 'this machine'}: "
        f"{platform.python_implementation()} {platform.python_version()}, {cores} cores, "
        f"{count:,} documents built from the seeds. Medians of {startup_repeat} runs for start-up, "
        f"{corpus_repeat} for the archive; the commands of each table take turns.",
        "",
        "| Start-up | wall time | ratio to bare Python | target |",
        "|---|---:|---:|---|",
    ]
    for name, seconds, ratio, target in rows:
        shown = f"{ratio:.1f}x" if ratio else "1.0x"
        lines.append(f"| {name} | {seconds * 1000:.1f} ms | {shown} | {verdict(ratio, target)} |")
    lines += [
        "",
        "| Archive throughput | documents/s | ratio | target |",
        "|---|---:|---:|---|",
    ]
    for name, rate, ratio, target in throughput:
        lines.append(f"| {name} | {rate:,.0f} | {ratio:.2f}x | {verdict(ratio, target)} |")
    lines += [
        "",
        f"Peak memory of the {count:,}-document run on one process: {memory:.0f} MB "
        f"(target < 150 MB: {'met' if memory < 150 else '**not met**'}).",
    ]
    if format_rows:
        lines += [
            "",
            "| Other formats | wall time | extra over the text draft |",
            "|---|---:|---:|",
        ]
        for name, seconds, extra in format_rows:
            lines.append(f"| {name} | {seconds * 1000:.1f} ms | {extra * 1000:+.1f} ms |")
    report = "\n".join(lines) + "\n"
    print(report)
    (ROOT / "bench" / "RESULTS.md").write_text(report, "utf-8")


if __name__ == "__main__":
    main()
