"""Linting many files: one process for one file, all cores for many, and the results in
the order the files were found whatever the number of processes."""

import os
from collections.abc import Iterable, Iterator
from itertools import islice

from referatlint.runner import FileResult, lint_path

_run = None  # each worker process builds its own settings, once per configuration


def _start(argv: list[str]) -> None:
    global _run
    from referatlint.cli import Run, lint_parser

    _run = Run(lint_parser().parse_args(argv))


def _lint(path: str) -> tuple[str, FileResult]:
    return path, lint_path(path, _run.settings(path))


def lint_all(
    run, paths: Iterable[str], jobs: int | None, argv: list[str]
) -> Iterator[tuple[str, FileResult]]:
    paths = iter(paths)
    head = list(islice(paths, 2))
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(head) > 1 else 1
    if jobs <= 1 or len(head) < 2 or "-" in head:
        for path in (*head, *paths):
            yield path, lint_path(path, run.settings(path))
        return
    import multiprocessing

    with multiprocessing.Pool(jobs, initializer=_start, initargs=(argv,)) as pool:
        yield from pool.imap(_lint, (p for chunk in (head, paths) for p in chunk), chunksize=8)
