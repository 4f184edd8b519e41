"""Layout families: how one publishing system prints agendas and minutes.

The parser reads every document with generic cues (item headings such as "Punkt 7",
"Pkt. 7", "Sag 7", "7." or "7)", known section headings, "Key: value" header fields).
A family only states what its system does differently: a few regular expressions and,
where an export damages the text in a known way, a ``prepare`` step that mends it
without changing line numbers. Adding a municipality's layout means adding one small
module here and listing it in LAYOUTS.
"""

import re
from collections.abc import Callable

from referatlint import regex
from referatlint.parse.model import Line
from referatlint.records import record
from referatlint.regex import Lazy

ITEM_WORD = r"(?:Punkt(?: nr\.?)?|Pkt\.?|Sag(?: nr\.?)?|Dagsordens?punkt)"
# An item number, or one with a letter for an item added after it: "12a", "12b".
ITEM_NUMBER = r"\d{1,4}[a-zA-Z]?"  # "12a" and "12A": an item added after item 12
# "Punkt 7: Title", "Punkt 7 - Title", and "Punkt 7, Title" (Aarhus) with a capital after the
# comma: "Punkt 3, som udvalget ..." is a sentence.
ITEM_EXPLICIT = regex.compile(
    rf"^{ITEM_WORD}\s*(?P<number>{ITEM_NUMBER})(?:\s*[:.)–-]|,(?=\s+[A-ZÆØÅ0-9\"“„«]))?\s+"
    r"(?P<title>[^\s\[].*)$"
)
# "Punkt 7" alone, or with the meeting after a comma (Aarhus: "Punkt 7, Byrådets møde den
# 13. marts 2024"): the title is on the next line. "Punkt 7 A" is item 7A, its letter apart.
ITEM_EXPLICIT_ALONE = regex.compile(
    rf"^{ITEM_WORD}\s*(?P<number>{ITEM_NUMBER})(?: (?P<letter>[a-zA-Z]))?"
    r"(?:\s*[:.)]|,\s.*\bmøde den \d.*)?$"
)
# "7. Title", "7) Title", "7 - Title" (Silkeborg).
ITEM_BARE = regex.compile(rf"^(?P<number>{ITEM_NUMBER})(?:\s?[.)]|\s+[–-])\s+(?P<title>\S.*)$")
# "5 (Lukket) Køb af areal", "1. (Åben) Godkendelse af dagsorden": a number with the item's
# status is an item heading wherever it stands.
ITEM_WITH_STATUS = Lazy(
    r"^(?P<number>\d{1,4})[.)]?\s+(?P<title>\((?:Åben|Åbent|Lukket)\)\s*\S.*)$", re.I
)
# The fields a metadata row gives beside the case number.
CASE_FIELD = r"(?:Sagsbehandler|Sagsansvarlig|Ansvarlig|Status|Åben|Åbent|Lukket)"
CASE_LABEL = r"(?:Sagsnr|Sags nr|Sagsnummer|J\. ?nr|Journalnr|Journalnummer|Dok\. ?nr|KLE)\.?:?\s*"
CASE_NUMBER = regex.compile(
    rf"^(?:{CASE_LABEL})?"
    r"(?P<value>"
    r"\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}"  # KLE journal number
    r"|\d{2}-\d{5,6}"  # "21-021702"
    r"|\d{4}-\d{5,7}"  # "2023-0123456"
    r"|\d{2}/\d{3,6}"  # "24/12345"
    r"|(?<=[:.] )\S+"  # anything after an explicit label
    r")"
    # "Sagsnr.: 24/2210<TAB>Dok.nr.: 29502/24" (Viborg), "Sagsnr.: 13/9876   Dok.nr.: 15314/14"
    # (Viborg's EG text print), "Sagsnr.: 19/2201 Dok.nr.: 9422/19" (Kalundborg); the other
    # cells of a metadata row: "Sagsnr.: 25/14102<TAB>Sagsbehandler: Bente Kjær<TAB>Åben sag",
    # "Sagsnr.: 26/1175 · Sagsbehandler: Mads Holm", "Sagsnr. 01.02.05-P16-3-25 · Dok.nr. 412233-26"
    # (Slagelse)
    rf"(?:(?:\t|,? |\s·\s)\s*{CASE_LABEL}\S.*|(?:\t|\s·\s)\s*{CASE_FIELD}\b.*)?$"
)
# The header row of a metadata table whose first column holds the case number, in the row
# below: "Sagsnr.<TAB>Sagsbehandler<TAB>Åben/Lukket" over "26/1204<TAB>Pia Ravn<TAB>Åben".
CASE_COLUMN = regex.compile(rf"^{CASE_LABEL}\t")
# Items added after the agenda went out, often after the closed items ("12a", "12b").
ADDED_ITEMS = (
    "tillægsdagsorden",
    "supplerende dagsorden",
    "eftersendte punkter",
    "eftersendte sager",
)
# A heading that groups the items after it, in the body as in the table of contents.
GROUP_HEADINGS = frozenset(
    f"{state} {part}"
    for states, parts in ((("åbne", "lukkede"), ("sager", "punkter")),
                          (("åben", "åbent", "lukket"), ("dagsorden", "del", "møde")))
    for state in states
    for part in parts
).union(ADDED_ITEMS)  # fmt: skip
GROUP_FIRST = frozenset("ÅåLlTtSsEe")
GROUP_LONGEST = max(map(len, GROUP_HEADINGS)) + 1  # and a colon


# "A. Sager til afgørelse i byrådet" ... "D. Lukkede sager" (Odense): a capital letter orders
# the groups; the words after it name sager or punkter ("Orienteringssager").
GROUP_LETTERS = frozenset("ABCDEFGH")
GROUP_NOUNS = ("sager", "punkter")
# An unlettered group heading's shape (group_shape): "Sager til orientering", one compound
# "Orienteringssager" (longer than "Sager" and "Punkter" alone).
GROUP_LEADS = ("sager til ", "punkter til ")
GROUP_WORD_SHORTEST = 8
GROUP_SHAPE_LONGEST = 60  # as long as a row that is no running text (document.RUNNING_TEXT)


def group_heading(line: str) -> bool:
    """ "Åbne sager", "Lukket møde:" and the like: a heading over the items after it."""
    return (
        line[:1] in GROUP_FIRST
        and len(line) <= GROUP_LONGEST
        and line.rstrip(" \t:").casefold() in GROUP_HEADINGS
    )


def group_name(line: str) -> str | None:
    """The group a heading opens, as named (named_group), or by its shape alone
    (group_shape)."""
    return named_group(line) or group_shape(line)


def named_group(line: str) -> str | None:
    """The group a heading opens by its words: "Åbne sager", "Lukket møde" from "Lukket
    møde:", and after a letter ("D. Lukkede sager", "B) Sager til afgørelse i udvalget") the
    words without it. Not an item's title ("A. P. Møller Fonden") nor a list's entry ("a)
    Sager, der ...")."""
    if line[1:3] in (". ", ") ") and line[:1] in GROUP_LETTERS:
        name = line[3:].strip().rstrip(":")
        noun = name.partition(" ")[0].casefold()
        return name if noun.endswith(GROUP_NOUNS) or group_heading(name) else None
    return line.rstrip(" \t:") if group_heading(line) else None


def group_shape(line: str) -> str | None:
    """The group a heading may open by its shape, without a letter: the kind of case in the
    plural, as one word ("Orienteringssager", "Beslutningssager") or as "Sager til ..."
    ("Sager til afgørelse i Byrådet", "SAGER TIL ORIENTERING"), with no digit or full stop.
    The words alone do not make a group: "Byggesager" may head a passage of an item's
    text. The parser takes it for one where it stands between items or between a table of
    contents' rows."""
    if not line[:1].isupper() or len(line) > GROUP_SHAPE_LONGEST:
        return None
    name = line.rstrip(" \t:")
    low = name.casefold()
    if low.endswith(GROUP_NOUNS):
        one_word = len(name) >= GROUP_WORD_SHORTEST and name.isalpha()
        return name if one_word and not TOC_HEADING.match(line) else None  # "Dagsordenspunkter"
    if low.startswith(GROUP_LEADS) and not any(c.isdigit() or c in ".\t" for c in name):
        return name
    return None


TOC_HEADING = regex.compile(
    r"^(?:Indholdsfortegnelse|INDHOLDSFORTEGNELSE|Indhold|PUNKTER|Punkter|Dagsordenspunkter"
    r"|Punkter på dagsordenen|Oversigt over punkter|Punktoversigt)\s*:?$"
)


# Cues are searched in "\n" + the first part of the text, and begin with "\n" rather than
# "^": a pattern that starts with a literal scans far faster than one that starts with "^".
@record
class Layout:
    """What a publishing system does differently from the generic cues."""

    name: str
    cues: tuple[re.Pattern[str] | str, ...] = ()
    # Items as "Punkt 7: ...": where the document has such headings, bare numbers ("7. ...")
    # are never items; elsewhere they are weighed against the table of contents and the
    # context, as in the generic reading (the family is told by its header, not its items).
    explicit_items: bool = False
    case_number_before: bool = False
    title_repeated: bool = False
    # Blank lines that separate a trailing part (signatures, a collected "Bilag" list)
    # from the last item; 0 means only signature headings end the last item.
    part_gap: int = 0
    prepare: Callable[[list[Line]], list[Line]] | None = None

    def score(self, text: str, wanted: int = 0) -> int:
        """How many of the cues the text shows; 0 as soon as ``wanted`` is out of reach (the
        cues left would not make it up)."""
        found = 0
        for position, cue in enumerate(self.cues):
            if found + len(self.cues) - position < wanted:
                return 0
            if cue in text if type(cue) is str else cue.search(text):
                found += 1
        return found


REGEX_SYNTAX = frozenset(".^$*+?{}[]|()\\")


def cues(*patterns: str) -> tuple[re.Pattern[str] | str, ...]:
    """The cues compiled; one with no regex syntax but "\\n" and "\\t" stays a string that
    ``in`` finds: nothing to compile on every start, and quicker to look for."""
    found: list[re.Pattern[str] | str] = []
    for pattern in patterns:
        literal = pattern.replace(r"\n", "\n").replace(r"\t", "\t")
        found.append(regex.compile(pattern) if REGEX_SYNTAX & set(literal) else literal)
    return tuple(found)


GENERIC = Layout("generic")


def _families() -> tuple[Layout, ...]:
    from referatlint.parse.layouts import field_header, punkt, toc_table

    return (field_header.LAYOUT, punkt.LAYOUT, toc_table.LAYOUT)


def detect(text: str) -> Layout:
    """The family whose cues the text shows most, or GENERIC when none fits well."""
    best, best_score = GENERIC, 2  # a family shows three cues at least
    text = "\n" + text + "\n"
    for layout in _families():
        score = layout.score(text, best_score + 1)
        if score > best_score:
            best, best_score = layout, score
    return best


def by_name(name: str) -> Layout:
    for layout in (GENERIC, *_families()):
        if layout.name == name:
            return layout
    raise KeyError(name)
