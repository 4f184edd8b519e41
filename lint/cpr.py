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
NOT_BEFORE = frozenset("0123456789.,/-")
DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0000000000")
CUE = Lazy(r"cpr|personnummer|personnr|født", re.IGNORECASE)
DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def cpr_numbers(text: str) -> Iterator[re.Match[str]]:
    """The CPR numbers in ``text``: six digits forming a day and month, then four, with a
    hyphen or space between (with none only right after "CPR", "født" and the like)."""
    if b"000000" not in text.encode("utf-8").translate(DIGITS_AS_ZERO):
        return  # no six digits in a row anywhere
    for match in CPR.finditer(text):
        start = match.start()
        if not valid_date_part(match):
            continue
        # Ten digits in a row are only a CPR number when the text says so nearby.
        before = text[max(0, start - 25) : start].rpartition("\n")[2]
        if before[-1:] in NOT_BEFORE and not (before.endswith(".") and CUE.search(before)):
            continue  # part of a longer number; "cpr.nr.0707614285" is one all the same
        if match["sep"] or CUE.search(before):
            yield match


def valid_date_part(match: re.Match[str]) -> bool:
    day, month = int(match["day"]), int(match["month"])
    return 1 <= month <= 12 and 1 <= day <= DAYS[month - 1]


def masked(text: str) -> str:
    """``text`` with the last four digits of every CPR number in it as "****"; the length
    stays, so columns in the text still point where they did."""
    for match in list(cpr_numbers(text)):
        start, end = match.span("serial")
        text = text[:start] + "****" + text[end:]
    return text
