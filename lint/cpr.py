"""Danish CPR numbers: where a text holds one, and the text with them masked.

RL601 reports them. Everything referatlint prints (a finding's line, its message, the
HTML report's copy of the document) shows them masked, "120456-****": a CI log or a
report passed around must not spread the number the check is there to catch.
"""

import re
from collections.abc import Iterator

from referatlint.regex import Lazy

# No lookbehind in front: a pattern that starts with a character class scans several
# times faster, and the character before is checked in Python for the few matches.
CPR = Lazy(
    r"(?P<day>[0-3]\d)(?P<month>[01]\d)(?P<year>\d\d)"
    r"(?P<sep> ?[-\u2010\u2011\u2013] ?| ?)(?P<serial>\d{4})(?![\d/-]|[.,]\d)"
)  # hyphen, Word's non-breaking hyphen or an en dash, with or without spaces; a space
# "12.03.61-1234", "12/03/61-1234": the date part written as a date, then the serial
# after a dash, which a date ("12.03.2024"), a time or an amount never has.
DOTTED = Lazy(
    r"(?P<day>[0-3]\d)(?P<dot>[./])(?P<month>[01]\d)(?P=dot)(?P<year>\d\d)"
    r"(?P<sep> ?[-\u2010\u2011\u2013] ?)(?P<serial>\d{4})(?![\d/-]|[.,]\d)"
)
NOT_BEFORE = frozenset("0123456789.,/-")
DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
CUE = Lazy(r"cpr|personnum|personnr|født", re.IGNORECASE)  # "personnummer", "personnumre"
# "tilbud nr. 241115-0003", "ordrenr. 241115-0003": a numbering label right before the
# number makes it a document's number (a CPR cue in front, "cpr-nr.", keeps it a CPR number).
NUMBER_LABEL = Lazy(r"(?P<stem>[^\W\d_]*)nr\.?:? ?[»\"'(]?$", re.IGNORECASE)
WORD_BEFORE = Lazy(r"(?P<word>[^\W\d_]+)[ ]$")
# A document's name right before a number, without "nr.", makes it that document's number
# ("Faktura 120325-4471", "ordre 010226-0815", "Tilbuddet 241115-0003"); as do compounds of
# "nummer" ("fakturanummer"; "personnummer" is a cue, seen before this).
DOCUMENT_WORDS = frozenset(
    ("faktura", "fakturaen", "fakturaer", "fakturaerne", "kreditnota", "kreditnotaen",
     "kreditnotaer", "ordre", "ordren", "ordrer", "ordrerne", "tilbud", "tilbuddet",
     "tilbuddene", "bilag", "bilaget", "bilagene", "rekvisition", "rekvisitionen",
     "bestilling", "bestillingen", "kvittering", "kvitteringen", "kontrakt", "kontrakten",
     "konto", "kontoen", "ean", "journal")
)  # fmt: skip
NUMBER_WORDS = ("nummer", "nummeret", "numre", "numrene")
# What joins a second number to the first after one name: "Fakturaerne 120325-4471 og ...".
JOINING = (" og ", " eller ", ", ")
DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Six digits, in a row or as a date: what every CPR number has. Most texts a report shows
# (a message, a line) have none, and skip the scans.
SIX_DIGITS = Lazy(r"\d\d[./]?\d\d[./]?\d\d")


def cpr_numbers(text: str, data: bytes | None = None) -> Iterator[re.Match[str]]:
    """The CPR numbers in ``text``: six digits forming a day and month, then four, with a
    hyphen or space between (with none only right after "CPR", "født" and the like).
    ``data`` spares encoding the text: the UTF-8 of a copy with a character for each of the
    text's and its digits, dots and slashes in their places (its lower case, say), from
    which only where those stand is read."""
    data = text.encode("utf-8") if data is None else data
    shapes = data.translate(SHAPES, CONTINUATION_BYTES)
    if b"\xff" in shapes and OTHER_DIGIT.search(without_ascii(data)):
        matches = scanned(text)
    else:
        matches = tried_at_digits(text, shapes)
    for match in matches:
        start = match.start()
        if not valid_date_part(match):
            continue
        # Ten digits in a row are only a CPR number when the text says so nearby.
        before = text[max(0, start - 25) : start].rpartition("\n")[2]
        cue = CUE.search(before)
        if before[-1:] in NOT_BEFORE and not (before.endswith(".") and cue):
            continue  # part of a longer number; "cpr.nr.0707614285" is one all the same
        # A label may end the line above ("... og ordre" / "010226-0815"): read across it,
        # and the CPR cue with it ("cpr.nr." / "030459-2213"), whatever indents the line.
        above, _, line = text[max(0, start - 60) : start].rpartition("\n")
        wide = above.rpartition("\n")[2] + " " + line.lstrip()
        if not cue and not CUE.search(wide, len(wide) - 25) and numbered(wide):
            continue
        if match["sep"] or cue:
            yield match


# The text as one byte per character, so that an offset in it is an offset in the text:
# its UTF-8 without the continuation bytes, the digits 0-9 as "0", a slash as a dot (a date
# "00.00.00" is then found by one search, whichever mark it has), and as "\xff" each first
# byte that may begin a decimal digit of another script ("٣", "３"), which the patterns'
# \d matches too.
OTHER_DIGIT_LEADS = b"\xd9\xdb\xdf\xe0\xe1\xea\xef\xf0"
SHAPES = bytes.maketrans(
    b"0123456789/" + OTHER_DIGIT_LEADS, b"0" * 10 + b"." + b"\xff" * len(OTHER_DIGIT_LEADS)
)
CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
ASCII_BYTES = bytes(range(0x80))
OTHER_DIGIT = Lazy(r"\d")  # searched for among the characters outside ASCII


def without_ascii(data: bytes) -> str:
    """The characters outside ASCII of a UTF-8 text, in one C-level pass."""
    return data.translate(None, ASCII_BYTES).decode("utf-8")


def tried_at_digits(text: str, shapes: bytes) -> list[re.Match[str]]:
    """The matches a scan of the whole text would find, for a text whose only decimal
    digits are 0-9: each pattern is tried only where its digits stand, six in a row for
    CPR, a date "00.00.00" or "00/00/00" for DOTTED. Like a scan's, one pattern's matches do
    not overlap."""
    matches = []
    for pattern, mark in ((CPR, b"000000"), (DOTTED, b"00.00.00")):
        end = 0
        for start in offsets(shapes, mark):
            if start >= end and (match := pattern.match(text, start)):
                matches.append(match)
                end = match.end()
    return sorted(matches, key=re.Match.start)


def scanned(text: str) -> list[re.Match[str]]:
    """The matches of a scan of the whole text, for a text with decimal digits of another
    script: each pattern is scanned for where the digits 0-9 (and the dashes after a date)
    show it may match."""
    shapes = text.encode("utf-8").translate(DIGITS_AS_ZERO)
    patterns = [CPR] if b"000000" in shapes else []  # six digits in a row somewhere
    if dated_serial(shapes):
        patterns.append(DOTTED)
    return sorted(
        (match for pattern in patterns for match in pattern.finditer(text)), key=re.Match.start
    )


def offsets(data: bytes, mark: bytes) -> Iterator[int]:
    """Every offset where ``mark`` occurs in ``data``, overlapping ones too."""
    at = data.find(mark)
    while at >= 0:
        yield at
        at = data.find(mark, at + 1)


DASHES = (b"-", "\u2010".encode(), "\u2011".encode(), "\u2013".encode())


def dated_serial(shapes: bytes) -> bool:
    """Whether a date "00.00.00" (digits as zeros) is followed by a dash anywhere: a quick
    look at the few dates of a text before a scan for "12.03.61-1234"."""
    return any(
        shapes[at + 8 : at + 12].lstrip(b" ").startswith(DASHES)
        for mark in (b"00.00.00", b"00/00/00")
        for at in offsets(shapes, mark)
    )


def numbered(before: str) -> bool:
    """Whether the text before a number ends in a numbering label: "sagsnr.", "løbenr.",
    "tilbud nr.", "Nr.", "fakturanummer", or a document's name ("Faktura", "ordre"), also
    before a second number joined to the first ("Fakturaerne 120325-4471 og"). Not after a
    possessive ("borgerens nr."): that is a person's."""
    label = NUMBER_LABEL.search(before)
    if label is None:
        return document_named(before)
    if label["stem"]:
        return True  # "ordrenr.": a compound ("personnr." is a cue, seen before this)
    word = WORD_BEFORE.search(before, 0, label.start())
    return word is None or not word["word"].casefold().endswith("s")


def document_named(before: str) -> bool:
    """Whether the text before a number ends in a document's name or a compound of
    "nummer" (DOCUMENT_WORDS, NUMBER_WORDS), or in a number after a label, joined by "og",
    "eller" or a comma."""
    for joining in JOINING:
        if before.endswith(joining):
            previous, _, number = before[: -len(joining)].rpartition(" ")
            return number[:1].isdigit() and numbered(previous + " ")
    rest, _, word = before.rstrip(" »\"'(:").rpartition(" ")
    word = word.lstrip("(»\"'").casefold()
    if word in NUMBER_WORDS:  # "nummer" alone, as "nr." alone: not after a possessive
        return not rest.rpartition(" ")[2].casefold().endswith("s")
    return word in DOCUMENT_WORDS or (word.endswith(NUMBER_WORDS) and word.isalpha())


def valid_date_part(match: re.Match[str]) -> bool:
    day, month = int(match["day"]), int(match["month"])
    return 1 <= month <= 12 and 1 <= day <= DAYS[month - 1]


# Six digits of a date with its dots or slashes taken out stand six in a row: its UTF-8 with
# the digits (and the first byte of any other script's digit) as "0", the continuation
# bytes and the marks "." and "/" dropped.
DIGITS_UNMARKED = bytes.maketrans(
    b"0123456789" + OTHER_DIGIT_LEADS, b"0" * (10 + len(OTHER_DIGIT_LEADS))
)
NOT_DIGITS = CONTINUATION_BYTES + b"./"


def may_hold_cpr(text: str) -> bool:
    """Whether ``text`` has six digits, in a row or as a date, as every CPR number has. A
    C-level look at the digits first: a regex search tries every character (a finding's
    message and line are searched for every finding)."""
    digits = text.encode("utf-8", "surrogatepass").translate(DIGITS_UNMARKED, NOT_DIGITS)
    return b"000000" in digits and SIX_DIGITS.search(text) is not None


def masked(text: str) -> str:
    """``text`` with the last four digits of every CPR number in it as "****"; the length
    stays, so columns in the text still point where they did."""
    if not may_hold_cpr(text):
        return text
    for match in list(cpr_numbers(text)):
        start, end = match.span("serial")
        text = text[:start] + "****" + text[end:]
    return text
