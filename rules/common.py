"""Helpers the built-in rules share: which items are ordinary, example documents."""

from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from referatlint.parse.content import HISTORY_SECTIONS
from referatlint.parse.model import Document, Item
from referatlint.parse.vocabulary import PART_HEADINGS
from referatlint.profiles import Profile
from referatlint.records import record
from referatlint.rule import Context
from referatlint.text import Msg


def whose_decision(body: str | None) -> tuple[str, str]:
    """Whose decision a fix asks for, in Danish and English: the body's own where its name
    takes a genitive -s ("Byrådets", "Kommunalbestyrelsens", "Teknik- og Miljøudvalgets"),
    else the meeting's ("Udvalget for Børn og Skole" takes none): a council is no
    committee."""
    if body and body.endswith(("et", "en")) and " for " not in body:
        return f"{body}s beslutning", f"the decision of {body}"
    return "mødets beslutning", "the meeting's decision"


# What a required section says when there is little to say (RL101, RL102): a
# recommendation always recommends something; a consequence section may say there is none.
RECOMMENDATION = "Indstilling"
RECOMMENDATION_EXAMPLES = {
    True: "Administrationen indstiller, at orienteringen tages til efterretning.",
    False: "Administrationen indstiller, at forslaget godkendes.",
}


def recommendation_example(agenda_item: Item, profile: Profile) -> str:
    """A recommendation fitting the item: to take note of an orientation, else to approve."""
    case_type = (profile.case_type(agenda_item) or "").casefold()
    informs = case_type == "orienteringssag" or agenda_item.title.casefold().startswith("orient")
    return RECOMMENDATION_EXAMPLES[informs]


def consequence_section(section: str) -> bool:
    """Whether a section tells the item's consequences ("Økonomiske konsekvenser")."""
    return section.endswith("konsekvenser")


def ordinary_items(document: Document, context: Context) -> tuple[Item, ...]:
    """Items that are not standing items such as "Godkendelse af dagsorden", nor headings
    over sub-items ("5. Orienteringssager" over 5.1, 5.2 ...), nor withdrawn ("9. Udgår");
    found once per document."""
    return context.memo(
        "ordinary items", lambda: tuple(items_of_template(document, context.profile))
    )


def items_of_template(document: Document, profile: Profile) -> Iterator[Item]:
    """The ordinary items under ``profile`` (for callers without a rule's context)."""
    heads = {item.number.partition(".")[0] for item in document.items if "." in (item.number or "")}
    for item in document.items:
        if item.number not in heads and not item.withdrawn and not profile.is_standard_item(item):
            yield item


@record
class TemplateFit:
    """How the ordinary items still open follow the profile's template (RL101, RL107)."""

    items: list[Item]  # ordinary items that are not closed, in order
    required: dict[int, tuple[str, ...]]  # item line -> the sections it must have
    wanted: frozenset[str]  # the sections some item must have
    followed: bool  # whether any of the items has any of them
    # Sections that two or more items must have and not one of them has: the template
    # lacks them (a document from before the section came in), no item omitted them.
    absent: tuple[str, ...]


def template_fit(document: Document, context: Context) -> TemplateFit:
    def fit() -> TemplateFit:
        items = [i for i in ordinary_items(document, context) if not i.closed]
        required = {i.line: context.profile.required_sections(i) for i in items}
        wanted = frozenset(name for names in required.values() for name in names)
        followed = any(s.canonical in wanted for i in items for s in i.sections)
        return TemplateFit(items, required, wanted, followed, absent_sections(items, required))

    return context.memo("template fit", fit)


def absent_sections(items: list[Item], required: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    requiring: dict[str, int] = {}
    present: set[str] = set()
    for agenda_item in items:
        names = required[agenda_item.line]
        for name in names:
            requiring[name] = requiring.get(name, 0) + 1
        present.update(s.canonical for s in agenda_item.sections if s.canonical in names)
    return never_present(requiring, present)


def never_present(requiring: dict[str, int], present: set[str]) -> tuple[str, ...]:
    """The sections two or more items must have and none has: the template lacks them."""
    return tuple(sorted(n for n, count in requiring.items() if count > 1 and n not in present))


def template_mismatch(document: Document, context: Context) -> bool:
    """Whether the document follows another template than the profile's (RL107): no
    ordinary item still open has any of the sections the profile requires."""
    fit = template_fit(document, context)
    return bool(fit.wanted) and not fit.followed and not decisions_only(document)


def decisions_only(document: Document) -> bool:
    """Whether the document calls itself a "Beslutningsprotokol": with no item carrying
    the profile's sections, it records the decisions alone, by design (with them, it is
    full minutes under that name, as København's)."""
    return (document.meeting.label or "").casefold() == "beslutningsprotokol"


def undecided(document: Document, profile: Profile) -> bool:
    """Whether the document is minutes in which no ordinary item that must record a
    decision records one: a body that takes none (a theme meeting, an advisory council),
    or a template that writes them under a heading of its own. A closing phrase read as
    a decision on fewer than half of the items ("Taget til efterretning." as one item's
    record under "Referat:") does not make a body that decides: the other records are in
    words of their own."""
    if document.kind != "referat":
        return False
    items = [i for i in items_of_template(document, profile) if profile.requires_decision(i)]
    phrased = 0
    for agenda_item in items:
        if agenda_item.decision is not None:
            if agenda_item.decision.heading is not None:
                return False
            phrased += 1
    return bool(items) and 2 * phrased < len(items)


def closing_label(items: list[Item]) -> str | None:
    """The unknown label ("Referat:") that the last labelled part of most of ``items``
    (at least two) stands under: the heading of the template's own under which the
    items record what was said or decided, written without its colon."""
    counts: dict[str, int] = {}
    for agenda_item in items:
        lines = agenda_item.sections[-1].body if agenda_item.sections else agenda_item.unheaded
        for line in reversed(lines):
            text = line.text.strip()
            # A label alone on its line, a few words ending in a colon ("Referat:",
            # "Udvalgets bemærkninger:"); "Formål: Orientering" has its value after it.
            if text.endswith(":") and len(text) <= 40 and text[0].isupper():
                if text.count(" ") < 4:
                    label = text[:-1].strip()
                    counts[label] = counts.get(label, 0) + 1
                break
    label, count = max(counts.items(), key=lambda pair: pair[1], default=("", 0))
    return label if count >= 2 and 2 * count > len(items) else None


def metadata(document: Document, context: Context) -> dict[str, str]:
    """What the reader learnt about the file (PDF tags and printed page numbers, Word's
    page breaks), as a dict made once for every rule that asks."""
    return context.memo("metadata", lambda: dict(document.metadata))


def scanned_throughout(document: Document, values: dict[str, str]) -> bool:
    """Whether every page of a PDF is a scan (with or without machine-read text over it):
    there is no original to export again from this file."""
    ocr_pages = values.get("pdf.ocr_pages", "")
    if not ocr_pages or document.pages is None:
        return False
    without_text = values.get("pdf.pages_without_text", "")
    scanned = len(ocr_pages.split(",")) + (len(without_text.split(",")) if without_text else 0)
    return scanned == document.pages


def grouping_headings(agenda_item: Item, context: Context) -> set[int]:
    """Lines of headings that only group the sections after them ("Sagsfremstilling"
    directly followed by "Indstilling", "Resume" ...; any heading directly followed by a
    part such as "Baggrund"; "Tidligere beslutning" directly followed by an earlier
    meeting's decision heading): they have no text of their own."""
    sections = agenda_item.sections
    earlier = {entry.line for entry in agenda_item.history}
    return {
        section.line
        for section, following in pairwise(sections)
        if not section.body
        and (
            section.canonical in context.profile.group_headings
            or following.canonical in PART_HEADINGS
            or (section.canonical in HISTORY_SECTIONS and following.line in earlier)
        )
    }


WIDE_PUNCTUATION = ("»", "«", "–")  # the common ones; a rarer mark just stays on its word
# The spaces outside ASCII, at which str.split() splits and bytes.split() does not.
WIDE_SPACES = tuple(
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
ASCII_MARKS = b".,:;!?()[]{}\"'/\\<>|*#=+&%$-_"
ASCII_SPACES = b"\x1c\x1d\x1e\x1f"  # spaces to str.split(), not to bytes.split()
ASCII_PUNCTUATION_TO_SPACE = bytes.maketrans(
    ASCII_MARKS + ASCII_SPACES, b" " * len(ASCII_MARKS + ASCII_SPACES)
)


def scan(document, pattern, *triggers: str):
    """(match, line, column) for every match in the whole text; the scan (and compiling
    the pattern) is skipped when none of the trigger strings occurs in the text."""
    text = document.text
    if triggers and not any(trigger in text for trigger in triggers):
        return
    for match in pattern.finditer(text):
        line, column = document.locate(match.start())
        yield match, line, column


def lowered(document, context) -> str:
    """The text in lower case, offset for offset: a position found in it is the same
    position in the text (the rare letters whose lower case is longer stay as they are)."""

    def lower() -> str:
        text = document.text
        low = text.lower()
        if len(low) != len(text):  # "İ" becomes two characters
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        return low

    return context.memo("lower", lower)


def lowered_utf8(document, context) -> bytes:
    """The lower-case text in UTF-8, its wide punctuation and spaces as plain spaces: the
    words are split from it, and RL601 reads from it where the text's digits stand (it has
    a character for each of the text's, each digit the text's own)."""

    def encode() -> bytes:
        text = lowered(document, context)
        for mark in (*WIDE_PUNCTUATION, *WIDE_SPACES):
            text = text.replace(mark, " ")
        return text.encode("utf-8")

    return context.memo("lower utf8", encode)


def words(document, context) -> list[bytes]:
    """The lower-case words in order, without surrounding punctuation, in UTF-8: split as
    bytes, for that is quicker than as str (and the decoding it needs) by a fifth of the
    split; the few words a rule looks at closer are decoded."""

    def split() -> list[bytes]:
        # ASCII punctuation becomes space in one C-level pass over the UTF-8 bytes.
        return lowered_utf8(document, context).translate(ASCII_PUNCTUATION_TO_SPACE).split()

    return context.memo("words", split)


def vocabulary(document, context) -> frozenset[bytes]:
    """Every distinct lower-case word, in UTF-8: rules ask it whether their trigger words
    occur at all before they look for where."""
    return context.memo("vocabulary", lambda: frozenset(words(document, context)))


def mentions(document, context, *triggers: str) -> bool:
    """Whether any of the lower-case words ``triggers`` is one of the text's words."""
    return not vocabulary(document, context).isdisjoint(utf8(*triggers))


@cache  # a rule asks about the same words in every document
def utf8(*words: str) -> frozenset[bytes]:
    """Lower-case words as the vocabulary holds them."""
    return frozenset(map(str.encode, words))


def positions(text: str, literal: str) -> Iterator[int]:
    """Every offset where ``literal`` occurs in ``text`` (overlapping ones too), found by
    ``str.find``: far quicker than a regex scan when the literal is rare."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def hops(text: str, *literals: str) -> Iterator[int]:
    """Every offset where one of ``literals`` occurs in ``text``, for literals that all
    begin with the same character, rare in the text ("xx", "[dato]"): found by hopping
    from one occurrence of that character to the next. CPython looks for one character
    many times faster than for a longer string."""
    first = literals[0][0]
    at = text.find(first)
    while at >= 0:
        if text.startswith(literals, at):
            yield at
        at = text.find(first, at + 1)


def holds(text: str, literal: str) -> bool:
    """``literal in text``, quicker for a literal whose first character is rare."""
    return next(hops(text, literal), -1) >= 0


def anchored(document, context, pattern, *literals: str):
    """(match, line, column) for matches of ``pattern`` that begin where one of the
    lower-case literals occurs: a few ``str.find`` calls instead of a regex scan of the
    whole text, for patterns that start with one of a few words."""
    low = lowered(document, context)
    starts = set()
    for literal in literals:
        starts.update(positions(low, literal))
    return matches_at(document, pattern, starts)


def matches_at(document, pattern, starts):
    """(match, line, column) for matches of ``pattern`` that begin at one of the offsets
    ``starts``, in text order."""
    for start in sorted(starts):
        match = pattern.match(document.text, start)
        if match:
            yield match, *document.locate(start)


# Quotation marks in the pairs Danish texts use: »…«, “…”, „…“ and "…".
QUOTATION_PAIRS = (("»", "«"), ("“", "”"), ("„", "“"), ('"', '"'))


def line_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` begins and ends (before its newline)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def in_quotation(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` stands inside a quotation that opens before it
    and closes after it on the same line: someone else's words, quoted as written."""
    line_start, line_end = line_span(text, start)
    line = text[line_start:line_end]
    at = start - line_start
    for opening, closing in QUOTATION_PAIRS:
        before = line[:at]
        if opening == closing:
            inside = before.count(opening) % 2 == 1
        else:
            inside = before.rfind(opening) > before.rfind(closing)
        if inside and closing in line[at:]:
            return True
    return False


# Formats whose readers see line numbers: a text editor shows them, Word, PDF viewers and
# browsers do not.
LINE_NUMBERED = frozenset(("text", "markdown"))
PLACE_LINE = Msg("i linje {line}", "on line {line}")
PLACE_PAGE = Msg("på side {page}", "on page {page}")
# A search (Ctrl+F) for a line's opening words finds it in any viewer.
PLACE_QUOTE = Msg("ved »{start}«", "at “{start}”")


def place(document: Document, line: int, beside: int, quote: bool = True) -> Msg | None:
    """Where a message sends the reader to ``line`` from the finding's own line ``beside``:
    »i linje 44« in a text file; in Word, PDF and HTML »på side 3« where the page is known
    and is not the one the finding is on, else the line's opening words (»ved »20.
    Indstilling af …««), unless ``quote`` is false because the message quotes them already.
    None: nothing more to say than the message does."""
    if document.format in LINE_NUMBERED:
        return PLACE_LINE.format(line=line)
    page = document.page_of(line)
    if page is not None and page != document.page_of(beside):
        return PLACE_PAGE.format(page=page)
    if not quote:
        return None
    start = document.line_starts[line - 1]
    return PLACE_QUOTE.format(
        start=quoted(document.text[start : line_span(document.text, start)[1]], 50)
    )


def quoted(text: str, limit: int = 60) -> str:
    """Text for a message, cut to a readable length."""
    return opening_words(" ".join(text.split()), limit)


# A quote is cut between words: a word cut in two reads as a misspelling ("…mført" for
# "gennemført"). Only a single word longer than the limit is cut inside.
def opening_words(text: str, limit: int) -> str:
    """The start of ``text``, at most ``limit`` characters and whole words, then " …"."""
    if len(text) <= limit:
        return text
    space = text.rfind(" ", 0, limit)
    return text[:space].rstrip(" ,;:-–") + " …" if space > 0 else text[: limit - 1] + "…"


def closing_words(text: str, limit: int) -> str:
    """The end of ``text``, "… " and then at most ``limit`` characters of whole words."""
    if len(text) <= limit:
        return text
    space = text.find(" ", len(text) - limit)
    return "… " + text[space + 1 :] if 0 <= space < len(text) - 1 else "…" + text[-limit:]


HEAD = (
    "REFERAT Socialudvalget d. 01-11-2021\n\n"
    "Mødedato Mandag d. 01. november 2021 kl. 16:00\n\n"
    "Mødested Rådhuset, lokale 2\n\n"
)
COMPLETE_ITEM = (
    "Indstilling\n\nAdministrationen indstiller, at forslaget godkendes.\n\n"
    "Økonomiske konsekvenser\n\nDer er ingen økonomiske konsekvenser.\n\n"
    "Miljø- og klimamæssige konsekvenser\n\nDer er ingen miljø- og klimamæssige konsekvenser.\n\n"
)


def example(*items: str, head: str = HEAD) -> str:
    """A small minutes document for a rule's docs and tests: ``items`` are the texts
    from each "Punkt N: ..." heading on."""
    return head + "\n".join(items)


def item(number: int, title: str, body: str = COMPLETE_ITEM, decision: str = "Godkendt.") -> str:
    text = f"Punkt {number}: {title}\n\n{body}"
    if decision is not None:
        text += f"Beslutning\n\n{decision}\n"
    return text
