"""Read plain text: decode bytes (UTF-8 with or without BOM, else cp1252) into a Source.
A text that is clearly Markdown (standard input, a wiki page saved as .txt) is read as
Markdown."""

import codecs

from referatlint.errors import InputError
from referatlint.read.source import Source, from_text
from referatlint.regex import Lazy
from referatlint.text import Msg

# The finding of RL902, whose fix says how to save the file again.
CP1252_NOTICE = Msg(
    "Filen er gemt med en ældre tegnkodning (Windows-1252). Tjek, at æ, ø og å ser rigtige ud.",
    "The file is saved in an older character encoding (Windows-1252). Check that æ, ø and å "
    "look right.",
)
# Sentences, as every finding's message (RL901), with the advice on the fix line.
BINARY = Msg(
    "Filen er ikke et tekstdokument (den indeholder binære data).",
    "The file is not a text document (it holds binary data).",
)
BINARY_FIX = Msg(
    "Tjek, at det er den rigtige fil; referatlint læser .txt, .md, .pdf, .docx og .html.",
    "Check that it is the right file; referatlint reads .txt, .md, .pdf, .docx and .html.",
)

# As an empty PDF or Word file is (RL901): nothing to check is no document.
EMPTY = Msg("Filen er tom.", "The file is empty.")
BLANK = Msg(
    "Filen indeholder ingen tekst (kun mellemrum og tomme linjer).",
    "The file contains no text (only spaces and blank lines).",
)
EMPTY_FIX = Msg(
    "Tjek, at det er den rigtige fil, og at dokumentet er gemt i den.",
    "Check that it is the right file and that the document was saved in it.",
)

CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x0b")
CONTROL_CHARACTERS = dict.fromkeys(CONTROL_BYTES)  # str.translate deletes them


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean it is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return many_controls(len(head), len(head) - len(head.translate(None, CONTROL_BYTES)))


def many_controls(length: int, controls: int) -> bool:
    """Whether a sample of ``length`` characters holds more control characters than text
    does (a stray form feed or two aside)."""
    return controls > max(8, length // 100)


def utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 written without a byte-order mark (.NET's Encoding.Unicode, a
    database export), or None. Its Latin letters put a NUL in every other byte, always on
    the same side: most bytes on that side and none on the other are NUL, and what that
    decodes to is text without control characters. Binary data shows no such pattern."""
    head = data[:8192]
    if len(data) % 2 or len(head) < 8:
        return None
    low_first, high_first = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if high_first >= half * 3 // 4 and not low_first:
        encoding = "utf-16-le"
    elif low_first >= half * 3 // 4 and not high_first:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # a lone surrogate: not UTF-16
        return None
    sample = text[:4096]
    controls = len(sample) - len(sample.translate(CONTROL_CHARACTERS))
    return None if many_controls(len(sample), controls) else text


def decode(data: bytes) -> tuple[str, tuple[Msg, ...]]:
    """Decode document bytes; returns the text and any notice about how it was read."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError(BINARY, fix=BINARY_FIX) from None
    if looks_binary(data):
        text = utf16_without_bom(data) if b"\x00" in data[:8192] else None
        if text is None:
            raise InputError(BINARY, fix=BINARY_FIX)
        return text, ()
    try:
        # "utf-8-sig" would do, but loads a codec module: a third of a millisecond per run.
        return data.decode("utf-8").removeprefix("\ufeff"), ()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), (CP1252_NOTICE,)


# Cues only Markdown shows, never a plain draft: front matter naming a title, headings
# ("## 1. Titel"), bold labels ("**Mødedato:**", also in a table's cell), and a table's
# separator row under its header row. Bullets, "1." lists, a "---" line or a "#" in a
# case number say nothing: a plain draft has them too. Compiled only for a text with such
# marks.
MARKDOWN_CUES_NEEDED = 3
MARKDOWN_SNIFF_CHARACTERS = 65536
HEADING_LINE = Lazy(r" {0,3}#{1,6}[ \t]+\S")
BOLD_LABEL_LINE = Lazy(r"[ \t]*(?:[-*+>|][ \t]*)?\*\*[^*\s][^*]*\*\*")
TABLE_SEPARATOR = Lazy(r" {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
FRONT_MATTER_TITLE = Lazy(r"---[ \t]*\r?\n(?:[A-Za-z_][\w.-]*:.*\r?\n)*?title:")


def is_markdown(text: str) -> bool:
    """Whether a text shows enough strong Markdown cues to be read as Markdown; they show
    near the top, so a long text is looked at no further than its first pages."""
    head = text[:MARKDOWN_SNIFF_CHARACTERS]
    if not has_markdown_marks(head):
        return False
    cues = 1 if FRONT_MATTER_TITLE.match(head) else 0
    before = previous = ""
    for line in head.splitlines():
        first = line.lstrip()[:1]
        if first == "#":
            cues += HEADING_LINE.match(line) is not None
        elif "**" in line:
            cues += BOLD_LABEL_LINE.match(line) is not None
        # a table's separator row under its header row, once a table (a plain text's table
        # of dashes between all its rows is none)
        if "|" in previous and "|" not in before and "-" in line and TABLE_SEPARATOR.match(line):
            cues += 1
        if cues >= MARKDOWN_CUES_NEEDED:
            return True
        before, previous = previous, line
    return False


def has_markdown_marks(text: str) -> bool:
    """Whether a text has a "#" opening a line, a "**", a "|" or a "---" at the top; a
    plain draft has none or few "#" and "*", so they are visited one by one (a search
    for "\n#" would cost a scan of the text for each of its many line breaks)."""
    if "|" in text or text.startswith(("#", "---")):
        return True
    at = text.find("#")
    while at > 0:
        if text[at - 1] == "\n":
            return True
        at = text.find("#", at + 1)
    at = text.find("*")
    while at >= 0:
        if text.startswith("*", at + 1):
            return True
        at = text.find("*", at + 1)
    return False


def with_text(data: bytes) -> tuple[str, tuple[Msg, ...]]:
    """``decode``, refusing a file with no text at all."""
    if not data:
        raise InputError(EMPTY, fix=EMPTY_FIX)
    text, notices = decode(data)
    if not text.strip():
        raise InputError(BLANK, fix=EMPTY_FIX)
    return text, notices


def read_text(data: bytes, path: str) -> Source:
    text, notices = with_text(data)
    if is_markdown(text):
        from referatlint.read.markdown import from_markdown  # on use: plain text needs none

        return from_markdown(text, path, notices)
    return from_text(text, path, notices)
