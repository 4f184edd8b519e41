"""A small on-disk cache, like ruff's: ``.referatlint_cache/`` in the working directory.

Entries are JSON files named by a key the caller derives from everything the value
depends on (file contents, tool version, configuration), so a stale entry is never
read. Writes go to a temporary file and are renamed into place, which is atomic and
safe when several processes run at once. A cache that cannot be written is skipped
silently: it only ever saves time.
"""

import json
import os
import tempfile
from typing import Any

DIRECTORY = ".referatlint_cache"
_enabled = True


def disable() -> None:
    global _enabled
    _enabled = False


def folder(kind: str) -> str:
    root = os.environ.get("REFERATLINT_CACHE_DIR") or os.path.join(os.getcwd(), DIRECTORY)
    return os.path.join(root, kind)


_code_stamp: str | None = None


def code_stamp() -> str:
    """The tool version and the newest change to its own source files: a key part that
    keeps a development install from reading results of older code."""
    global _code_stamp
    if _code_stamp is None:
        from referatlint import __file__ as package
        from referatlint import __version__
        from referatlint.rules import __file__ as rules

        newest = 0
        for folder in {os.path.dirname(package), os.path.dirname(rules)}:
            for root, _, files in os.walk(folder):
                for name in files:
                    if name.endswith((".py", ".txt", ".json")):
                        newest = max(newest, os.stat(os.path.join(root, name)).st_mtime_ns)
        _code_stamp = f"{__version__}-{newest}"
    return _code_stamp


def enabled() -> bool:
    return _enabled


def load(kind: str, key: str) -> Any:
    if not _enabled:
        return None
    try:
        with open(os.path.join(folder(kind), key[:2], key + ".json"), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def store(kind: str, key: str, value: Any) -> None:
    if not _enabled:
        return
    directory = os.path.join(folder(kind), key[:2])
    try:
        os.makedirs(directory, exist_ok=True)
        ignore = os.path.join(folder(kind), "..", ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as handle:
                handle.write("# Made by referatlint: the cache is not part of the project.\n*\n")
        handle, temporary = tempfile.mkstemp(dir=directory, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, os.path.join(directory, key + ".json"))
    except OSError:
        pass
