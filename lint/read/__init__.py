"""Read stage: turn a path (or ``-`` for standard input) into a Source.

The reader is chosen by the first bytes when they say what the file is (a PDF, a Word
file, an HTML page), else by the file name suffix: a file named for another format than
it holds is read as what it holds, and RL906 tells to rename it. The text reader reads a
text that is clearly Markdown as Markdown. Heavy libraries are imported by the reader that needs them, never
here.
"""

import importlib
import os
import stat
import sys

from referatlint.errors import InputError, os_reason
from referatlint.read.source import Source, as_seen
from referatlint.text import Msg

MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
SUFFIX_FORMATS = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html",
                  ".md": "markdown", ".markdown": "markdown"}  # fmt: skip
SUPPORTED_SUFFIXES = tuple(sorted(TEXT_SUFFIXES | SUFFIX_FORMATS.keys()))
# format: the module and function that read it, imported only when a file needs them
READERS = {
    "text": ("referatlint.read.text", "read_text"),
    "pdf": ("referatlint.read.pdf", "read_pdf"),
    "docx": ("referatlint.read.docx", "read_docx"),
    "html": ("referatlint.read.html", "read_html"),
    "markdown": ("referatlint.read.markdown", "read_markdown"),
}

TOO_LARGE = Msg(
    "filen er for stor ({size} MB; grænsen er {limit} MB)",
    "the file is too large ({size} MB; the limit is {limit} MB)",
)
CANNOT_OPEN = Msg("filen kan ikke åbnes: {reason}", "the file cannot be opened: {reason}")
NOT_FOUND = Msg("filen findes ikke", "no such file")
NO_ACCESS = Msg("ingen adgang til filen", "permission denied")
NOT_A_FILE = Msg(
    "det er ikke en almindelig fil (men fx en pipe eller en enhed); brug - for standardinput",
    "it is not a regular file (but e.g. a pipe or a device); use - for standard input",
)
IS_DIRECTORY = Msg("det er en mappe, ikke en fil", "it is a directory, not a file")
UNFORESEEN = Msg(
    "filen kan ikke læses ({reason}); er den hel, så meld fejlen til referatlints udviklere",
    "the file cannot be read ({reason}); if it is whole, report this to referatlint's authors",
)


def sniff(data: bytes) -> str:
    """Guess the format from the first bytes."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    # A zip archive, or Word's old .doc format (which the Word reader names).
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
        return "docx"
    lowered = head[:200].lower()
    if lowered.startswith(b"<!doctype html") or b"<html" in lowered:
        return "html"
    return "text"


def load_bytes(path: str) -> bytes:
    """All bytes of a file or of standard input, refusing anything over MAX_BYTES."""
    limit = MAX_BYTES // (1024 * 1024)
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            status = os.stat(path)
            if stat.S_ISDIR(status.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(status.st_mode):  # a FIFO or device: open() would wait for ever
                raise InputError(NOT_A_FILE, path)
            size = status.st_size
            if size > MAX_BYTES:
                raise InputError(TOO_LARGE.format(size=size // (1024 * 1024), limit=limit), path)
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(NOT_FOUND, path) from None
    except PermissionError:
        raise InputError(NO_ACCESS, path) from None
    except IsADirectoryError:
        raise InputError(IS_DIRECTORY, path) from None
    except OSError as error:
        reason = os_reason(error)
        raise InputError(
            Msg(CANNOT_OPEN.da.format(reason=reason.da), CANNOT_OPEN.en.format(reason=reason.en)),
            path,
        ) from None
    if len(data) > MAX_BYTES:
        raise InputError(TOO_LARGE.format(size=len(data) // (1024 * 1024), limit=limit), path)
    return data


def detect_format(path: str, data: bytes) -> str:
    """The format a file holds. A PDF's or a zip archive's first bytes are certain, and so
    is an HTML page where a PDF or Word file should begin; without such a mark the name
    decides (a text named .pdf goes to the PDF reader, which says it is no PDF). A .md
    holding HTML stays Markdown: Markdown may hold HTML."""
    suffix = os.path.splitext(path)[1].lower() if path != "-" else ""
    named = SUFFIX_FORMATS.get(suffix)
    found = sniff(data)
    if named is None or found in ("pdf", "docx"):
        return found
    if named in ("pdf", "docx") and found == "html":
        return found
    return named


def misnamed(path: str, format: str) -> str | None:
    """The suffix of a file whose name says another format than the one it holds (a Word
    file named .pdf, a PDF named .txt), else None. Markdown is text: a .txt holding it is
    named well enough."""
    suffix = os.path.splitext(path)[1].lower() if path != "-" else ""
    named = SUFFIX_FORMATS.get(suffix, "text" if suffix in TEXT_SUFFIXES else None)
    if named is None or {named, format} <= {"text", "markdown"}:
        return None
    return suffix if named != format else None


def read(path: str, data: bytes | None = None) -> Source:
    """Read one document, its lines as a reader sees them (source.as_seen). Raises
    InputError with a one-line reason when it cannot."""
    if data is None:
        data = load_bytes(path)
    format = detect_format(path, data)
    module, function = READERS[format]
    try:
        source = as_seen(getattr(importlib.import_module(module), function)(data, path))
    except InputError as error:
        error.path = error.path or path
        raise
    except Exception as error:  # a library failing on a damaged file in a way not foreseen
        reason = f"{type(error).__name__}: {error}"
        raise InputError(UNFORESEEN.format(reason=reason), path) from None
    suffix = misnamed(path, format)
    if suffix is not None:  # RL906 tells it
        return source._replace(metadata=(*source.metadata, ("file.misnamed", suffix)))
    return source
