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

# Why a file cannot be read: sentences, as every finding's message (RL901), with the advice
# on the finding's fix line.
TOO_LARGE = Msg(
    "Filen er for stor ({size} MB; grænsen er {limit} MB).",
    "The file is too large ({size} MB; the limit is {limit} MB).",
)
TOO_LARGE_FIX = Msg(
    "Tjek, at det er den rigtige fil; er den det, så gem dokumentet med mindre billeder.",
    "Check that it is the right file; if it is, save the document with smaller images.",
)
CANNOT_OPEN = Msg("Filen kan ikke åbnes: {reason}.", "The file cannot be opened: {reason}.")
NOT_FOUND = Msg("Filen findes ikke.", "The file does not exist.")
CHECK_NAME = Msg("Tjek filnavnet og mappen.", "Check the file name and the folder.")
FOLDER_NOT_FOUND = Msg("Mappen findes ikke.", "The folder does not exist.")
CHECK_FOLDER_NAME = Msg("Tjek mappens navn og stien til den.",
                        "Check the folder's name and the path to it.")  # fmt: skip
NAME_NOT_FOUND = Msg("Der er hverken en fil eller en mappe med det navn.",
                     "There is no file or folder by that name.")  # fmt: skip
CHECK_PATH = Msg("Tjek navnet og stien.", "Check the name and the path.")
NO_ACCESS = Msg("Der er ikke adgang til at læse filen.", "There is no permission to read the file.")
ASK_ACCESS = Msg("Bed om adgang til at læse filen (fx hos IT).",
                 "Ask for permission to read the file (e.g. from IT).")  # fmt: skip
NOT_A_FILE = Msg(
    "Det er ikke en almindelig fil, men fx en pipe eller en enhed.",
    "It is not a regular file but, for example, a pipe or a device.",
)
NOT_A_FILE_FIX = Msg(
    "Angiv et dokument, eller - for at læse standardinput.",
    "Give a document, or - to read standard input.",
)
IS_DIRECTORY = Msg("Det er en mappe, ikke en fil.", "It is a folder, not a file.")
IS_DIRECTORY_FIX = Msg("Angiv et dokument i mappen.", "Give a document in the folder.")
UNFORESEEN = Msg("Filen kan ikke læses, og grunden er ukendt.",
                 "The file cannot be read, and the reason is not known.")  # fmt: skip
# The library's own words (English) are for the authors, so they go on the fix line.
UNFORESEEN_FIX = Msg(
    "Kan filen åbnes i sit eget program, er det en fejl i referatlint: meld den til "
    "referatlints udviklere, gerne med filen og denne tekst: {reason}",
    "If the file opens in its own program, this is a bug in referatlint: report it to "
    "referatlint's authors, with the file and this text if you can: {reason}",
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
                raise InputError(NOT_A_FILE, path, fix=NOT_A_FILE_FIX)
            size = status.st_size
            if size > MAX_BYTES:
                too_large = TOO_LARGE.format(size=size // (1024 * 1024), limit=limit)
                raise InputError(too_large, path, fix=TOO_LARGE_FIX)
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise not_found(path) from None
    except PermissionError:
        raise InputError(NO_ACCESS, path, fix=ASK_ACCESS) from None
    except IsADirectoryError:
        raise InputError(IS_DIRECTORY, path, fix=IS_DIRECTORY_FIX) from None
    except OSError as error:
        import errno

        reason = os_reason(error)
        in_the_name = error.errno in (errno.ELOOP, errno.ENOTDIR, errno.ENAMETOOLONG)
        raise InputError(
            Msg(CANNOT_OPEN.da.format(reason=reason.da), CANNOT_OPEN.en.format(reason=reason.en)),
            path,
            fix=CHECK_NAME if in_the_name else None,
        ) from None
    if len(data) > MAX_BYTES:
        too_large = TOO_LARGE.format(size=len(data) // (1024 * 1024), limit=limit)
        raise InputError(too_large, path, fix=TOO_LARGE_FIX)
    return data


def not_found(path: str) -> InputError:
    """A missing path in the words of how it was written: ``moeder/`` is a folder,
    ``udkast.txt`` a file, and ``moeder`` (no suffix) may be either."""
    if path.endswith("/"):
        return InputError(FOLDER_NOT_FOUND, path, fix=CHECK_FOLDER_NAME)
    if os.path.splitext(path)[1][1:].isalnum():
        return InputError(NOT_FOUND, path, fix=CHECK_NAME)
    return InputError(NAME_NOT_FOUND, path, fix=CHECK_PATH)


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
        raise InputError(UNFORESEEN, path, fix=UNFORESEEN_FIX.format(reason=reason)) from None
    suffix = misnamed(path, format)
    if suffix is not None:  # RL906 tells it
        return source._replace(metadata=(*source.metadata, ("file.misnamed", suffix)))
    return source
