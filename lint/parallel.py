"""Linting many files: one process for one file, all cores for many, and the results in
the order the files were found whatever the number of processes."""

import os
from collections.abc import Iterable, Iterator
from itertools import islice

from referatlint.runner import FileResult, lint_path, lint_stdin

_run = None  # each worker process builds its own settings, once per configuration
_keep_text = False


def _start(argv: list[str], keep_text: bool = False) -> None:
    global _run, _keep_text
    from referatlint.cli import Run, lint_parser

    _run = Run(lint_parser().parse_args(argv), notes=False)  # the main process tells
    _keep_text = keep_text


def _lint(path: str) -> tuple[str, FileResult]:
    return path, lint_path(path, _run.settings(path), keep_text=_keep_text)


def lint_all(
    run,
    paths: Iterable[str],
    jobs: int | None,
    argv: list[str],
    keep_text: bool = False,
    stdin_name: str | None = None,
) -> Iterator[tuple[str, FileResult]]:
    """``keep_text``: keep each document's lines in its result (for the HTML report);
    ``stdin_name``: the name standard input (``-``) is linted and reported under."""
    paths = iter(paths)
    head = list(islice(paths, 2))
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(head) > 1 else 1
    if jobs <= 1 or len(head) < 2 or "-" in head:
        for path in (*head, *paths):
            if path == "-" and stdin_name is not None:
                settings = run.settings(stdin_name)
                yield stdin_name, lint_stdin(stdin_name, settings, keep_text=keep_text)
            else:
                yield path, lint_path(path, run.settings(path), keep_text=keep_text)
        return
    import multiprocessing

    with multiprocessing.Pool(jobs, initializer=_start, initargs=(argv, keep_text)) as pool:
        yield from pool.imap(_lint, (p for chunk in (head, paths) for p in chunk), chunksize=8)
