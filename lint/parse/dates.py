"""Danish dates as municipal documents write them: "06-01-2020", "6. januar 2020",
"16/1 2019", "29.11.2021", with or without a weekday in front."""

import datetime
import re

from referatlint import regex

# Each month as written in full, then its abbreviations.
MONTH_FORMS = (
    ("januar", "jan"),
    ("februar", "feb"),
    ("marts", "mar"),
    ("april", "apr"),
    ("maj",),
    ("juni", "jun"),
    ("juli", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {name: number for number, names in enumerate(MONTH_FORMS, start=1) for name in names}
MONTH_LONG = tuple(names[0] for names in MONTH_FORMS)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "tirs. d. 9/6-25": weekdays shortened, with their full names.
WEEKDAY_ABBREVIATIONS = {
    "man.": "mandag", "tir.": "tirsdag", "tirs.": "tirsdag", "ons.": "onsdag",
    "tor.": "torsdag", "tors.": "torsdag", "fre.": "fredag", "lør.": "lørdag", "søn.": "søndag",
}  # fmt: skip
WEEKDAY_NAMES = "|".join((*WEEKDAYS, *map(re.escape, WEEKDAY_ABBREVIATIONS)))

NUMERIC = r"(?P<d1>\d{1,2})[-/.](?P<m1>\d{1,2})[-/.](?P<y1>\d{4})"
SLASH_YEAR = r"(?P<d3>\d{1,2})/(?P<m3>\d{1,2}) (?P<y3>\d{4})"
WORDED = rf"(?P<d2>\d{{1,2}})\.? ?(?P<m2>(?i:{MONTH_NAMES}))\.?(?: (?P<y2>\d{{4}}))?"
ISO = r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
DATE = rf"(?:{ISO}|{NUMERIC}|{SLASH_YEAR}|{WORDED})"
# "9/6-25", "09.06.25": a two-digit year, read only after a weekday, where the digits
# cannot be a number of another kind.
SHORT_YEAR = r"(?P<d5>\d{1,2})[-/.](?P<m5>\d{1,2})[-/.](?P<y5>\d{2})"
DATE_RE = regex.compile(rf"(?<![\d.])(?:{DATE})(?![\d])")
# A standing item's title naming its meeting may write the year in two digits: "til mødet
# den 3/2-14" (older EG and Acadre templates).
TITLE_DATE_RE = regex.compile(rf"(?<![\d.])(?:{DATE}|{SHORT_YEAR})(?![\d])")
WEEKDAY_DATE_RE = regex.compile(
    rf"\b(?P<weekday>(?i:{WEEKDAY_NAMES}))(?:,)? (?:(?i:den|d\.) )?(?:{DATE}|{SHORT_YEAR})"
    r"(?![\d])"
)
# "torsdag den 28. august og fredag den 29. august 2025": the next date of an enumeration,
# which may carry the year written once for all of them.
NEXT_DATE = regex.compile(
    rf"(?:,| og| eller| til| ?[-–]) (?:(?i:{WEEKDAY_NAMES}),? )?(?:(?i:den|d\.) )?"
    rf"\d{{1,2}}\.? ?(?P<month>(?i:{MONTH_NAMES}))\.?(?: (?P<year>\d{{4}})(?!\d))?"
)
# A word that makes "2. halvår" or "1. januar" a date or period rather than a list entry.
DATE_WORD = regex.compile(rf"^(?i:{MONTH_NAMES}|kvartal|halvår|halvdel)\b")


def to_iso(match: re.Match[str], default_year: int | None = None) -> str | None:
    """ISO date for a match of a pattern built on DATE, or None when the match holds
    none of DATE's forms or is not a real calendar date. A date without a year is read in
    ``default_year``, a two-digit year in its century."""
    groups = match.groupdict()
    if groups.get("y4"):
        day, month, year = groups["d4"], groups["m4"], groups["y4"]
    elif groups.get("d1"):
        day, month, year = groups["d1"], groups["m1"], groups["y1"]
    elif groups.get("d3"):
        day, month, year = groups["d3"], groups["m3"], groups["y3"]
    elif groups.get("d5"):  # in the century of the year given ("3/2-98" in 1998)
        century = str(default_year)[:2] if default_year else "20"
        day, month, year = groups["d5"], groups["m5"], century + groups["y5"]
    elif groups.get("d2"):
        day, year = groups["d2"], groups["y2"]
        month = str(MONTHS[groups["m2"].lower()])
        if year is None:
            if default_year is None:
                return None
            year = str(default_year)
    else:
        return None
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def shared_year(text: str, end: int, month: int) -> int | None:
    """The year of a date in ``month`` without a year, ending at ``end``, when the dates
    that follow it in an enumeration end with one ("den 28. august og den 29. august
    2025"); a later month's year is the next year's ("30. december - 2. januar 2026")."""
    for _ in range(6):  # a list of dates is short; a longer run is no enumeration
        joined = NEXT_DATE.match(text, end)
        if joined is None:
            return None
        if joined["year"]:
            return int(joined["year"]) - (month > MONTHS[joined["month"].lower()])
        end = joined.end()
    return None


def earlier(date: str | None, other: str | None) -> bool:
    """Whether ISO date ``date`` lies before ``other`` (False when either is unknown)."""
    return bool(date and other and date < other)


def full_weekday(written: str) -> str:
    """ "Tirs." as "tirsdag"; a weekday written in full, in lower case."""
    low = written.casefold()
    return WEEKDAY_ABBREVIATIONS.get(low, low)


def weekday_name(iso: str) -> str:
    """Danish weekday name of an ISO date, lower case."""
    return WEEKDAYS[datetime.date.fromisoformat(iso).weekday()]


ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(iso: str, english: bool = False) -> str:
    """ "2024-11-04" as prose: "4. november 2024" (Danish), "4 November 2024" (English)."""
    day = datetime.date.fromisoformat(iso)
    if english:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return f"{day.day}. {MONTH_LONG[day.month - 1]} {day.year}"


def long_span(first: str, last: str | None, english: bool = False) -> str:
    """The days of a meeting as prose: "4. november 2024" for one day, "4.-5. november
    2024" for two in a month, "31. oktober - 1. november 2024", "30. december 2024 - 2.
    januar 2025" (in English "4-5 November 2024", "31 October - 1 November 2024")."""
    if last is None or last == first:
        return long_date(first, english)
    start, end = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
    day = f"{start.day}" if english else f"{start.day}."
    months = ENGLISH_MONTHS if english else MONTH_LONG
    if (start.year, start.month) == (end.year, end.month):
        return f"{day}-{long_date(last, english)}"
    if start.year == end.year:
        return f"{day} {months[start.month - 1]} - {long_date(last, english)}"
    return f"{long_date(first, english)} - {long_date(last, english)}"


def written_like(written: str, iso: str) -> str | None:
    """The date ``iso`` written the way ``written`` writes its date ("04-09-2023" gives
    "02-10-2023" for 2023-10-02, "4/9 2023" gives "2/10 2023"), so a fix can be typed as
    it stands; None for a date in words or no date."""
    match = TITLE_DATE_RE.search(written)
    if match is None or match["d2"]:
        return None
    if match["y4"]:
        return iso
    year, month, day = iso.split("-")
    for d, m, y in (("d1", "m1", "y1"), ("d3", "m3", "y3"), ("d5", "m5", "y5")):
        if match[d]:
            text = match.string
            day = day if len(match[d]) == 2 else str(int(day))
            month = month if len(match[m]) == 2 else str(int(month))
            year = year[-len(match[y]) :]
            between = text[match.end(d) : match.start(m)], text[match.end(m) : match.start(y)]
            return f"{day}{between[0]}{month}{between[1]}{year}"
    return None
