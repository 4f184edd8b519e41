"""A small on-disk cache, like ruff's: ``.referatlint_cache/`` in the project's root, the
folder of the configuration file nearest the working directory (else the working
directory itself), so that a run from a subfolder uses the project's one cache;
REFERATLINT_CACHE_DIR wins over both.

Entries are marshal files (the format of Python's own bytecode cache: nothing to
import, and several times quicker to load than JSON) named by a key the caller derives
from everything the value depends on (file contents, tool version, configuration), so a
stale entry is never read. Writes go to a temporary file and are renamed into place,
which is atomic and safe when several processes run at once. A cache that cannot be
written is skipped silently: it only ever saves time.
"""

from __future__ import annotations

import marshal
import os

TYPE_CHECKING = False  # typing itself costs 2 ms of every start
if TYPE_CHECKING:
    from typing import Any

try:  # the blake2 module alone loads far faster than hashlib with OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

DIRECTORY = ".referatlint_cache"
SUFFIX = ".marshal"
_disabled: set[str] = set()


def use(kind: str, on: bool) -> None:
    """Read and write one kind of entry, or not (--no-cache: the lint results)."""
    if on:
        _disabled.discard(kind)
    else:
        _disabled.add(kind)


_roots: dict[str, str] = {}  # working directory -> its project root, found once


def project_root() -> str:
    """The folder of the nearest configuration file at or above the working directory, or
    the working directory if there is none (as ruff puts its cache)."""
    here = os.getcwd()
    if here not in _roots:
        from referatlint.config import find_config

        found = find_config(here)
        _roots[here] = os.path.dirname(found) if found else here
    return _roots[here]


def folder(kind: str) -> str:
    root = os.environ.get("REFERATLINT_CACHE_DIR") or os.path.join(project_root(), DIRECTORY)
    return os.path.join(root, kind)


def digest(data: bytes | str) -> str:
    """A short, collision-safe key for cache entries."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return blake2b(data, digest_size=20).hexdigest()


_code_stamp: str | None = None


def code_stamp() -> str:
    """The tool version and the newest change to its own source files: a key part that
    keeps a development install from reading results of older code."""
    global _code_stamp
    if _code_stamp is None:
        from referatlint import __file__ as package
        from referatlint import __version__

        engine = os.path.dirname(package)
        # Installed, the rules are a sub-package; in a source checkout, lint/'s sibling.
        rules = os.path.join(engine, "rules")
        if not os.path.isdir(rules):
            rules = os.path.join(os.path.dirname(engine), "rules")
        newest = 0
        for folder in (engine, rules):
            for root, _, files in os.walk(folder):
                for name in files:
                    if name.endswith((".py", ".txt", ".json")):
                        newest = max(newest, os.stat(os.path.join(root, name)).st_mtime_ns)
        _code_stamp = f"{__version__}-{newest}"
    return _code_stamp


def enabled() -> bool:
    """Whether lint results are read and written (not under --no-cache)."""
    return "results" not in _disabled


def load(kind: str, key: str) -> Any:
    if kind in _disabled:
        return None
    try:
        with open(os.path.join(folder(kind), key[:2], key + SUFFIX), "rb") as handle:
            return marshal.loads(handle.read())  # load(handle) reads in small pieces: slower
    except (OSError, EOFError, ValueError, TypeError):  # missing, or written by another Python
        return None


def store(kind: str, key: str, value: Any) -> None:
    if kind in _disabled:
        return
    directory = os.path.join(folder(kind), key[:2])
    try:
        os.makedirs(directory, exist_ok=True)
        ignore = os.path.join(folder(kind), "..", ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as handle:
                handle.write("# Made by referatlint: the cache is not part of the project.\n*\n")
        # A name of this process's own, then an atomic rename: parallel runs never see
        # half an entry.
        temporary = os.path.join(directory, f"{key}.{os.getpid()}.tmp")
        with open(temporary, "wb") as stream:
            marshal.dump(value, stream)
        os.replace(temporary, os.path.join(directory, key + SUFFIX))
    except (OSError, ValueError):  # ValueError: a value marshal cannot write
        pass
