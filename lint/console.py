"""The ``referatlint`` command (and ``python -m referatlint``): ``cli.main`` with the
process settings of a short command-line run."""

import gc
import os
import sys


def run() -> None:
    """``cli.main``, then an exit that skips the interpreter's teardown.

    Python looks for reference cycles every 700 new objects. A run makes hundreds of
    thousands of objects, most of them while importing, and next to no cycles: looking
    rarely saves over a millisecond on one draft and 3 % on an archive, at the same peak
    memory. Freeing every module and object one by one at exit costs about 4 ms, a tenth
    of a run on one draft, and nothing needs it: main has closed its files and worker
    processes, and the standard streams are flushed and the compiled patterns kept here.
    """
    gc.set_threshold(100_000, 50, 100)
    from referatlint.cli import EXIT_ERROR, main

    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe, a full disk: the output is incomplete
        code = EXIT_ERROR
    # os._exit runs no atexit handler: the patterns this run compiled are kept here, or
    # every run would compile them again (some 6 ms of a run on one draft).
    from referatlint.regex import STORE

    STORE.save()
    os._exit(code)
