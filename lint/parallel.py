"""Linting many files: one process for one file, all cores for many, and the results in
the order the files were found whatever the number of processes."""

import os
from collections.abc import Iterator

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
    paths: list[str],
    jobs: int | None,
    argv: list[str],
    keep_text: bool = False,
    stdin_name: str | None = None,
) -> Iterator[tuple[str, FileResult]]:
    """``keep_text``: keep each document's lines in its result (for the HTML report);
    ``stdin_name``: the name standard input (``-``) is linted and reported under."""
    # More processes than files or cores only cost their start-up (--jobs 200 on 2 files).
    jobs = min(jobs or len(paths), len(paths), os.cpu_count() or 1)
    if jobs <= 1 or "-" in paths:
        for path in paths:
            if path == "-" and stdin_name is not None:
                settings = run.settings(stdin_name)
                yield stdin_name, lint_stdin(stdin_name, settings, keep_text=keep_text)
            else:
                yield path, lint_path(path, run.settings(path), keep_text=keep_text)
        return
    import multiprocessing

    with multiprocessing.Pool(jobs, initializer=_start, initargs=(argv, keep_text)) as pool:
        yield from pool.imap(_lint, paths, chunksize=8)
