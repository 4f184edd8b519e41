"""Words the parser recognises: section headings and their synonyms, decision phrases.

The defaults below are what the built-in "standard" profile states; a profile may add
headings and synonyms, so the parser always receives a Vocabulary built from the
resolved configuration.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain

from referatlint import regex
from referatlint.regex import Lazy

SECTIONS: dict[str, tuple[str, ...]] = {
    "Indstilling": (
        "Indstillinger",
        "Administrationens indstilling",
        "Forvaltningens indstilling",
        "Direktionens indstilling",
        "Direktørens indstilling",
        "Kommunaldirektørens indstilling",
        "Borgmesterens indstilling",
        "Indstilling fra forvaltningen",
        "Indstilling fra administrationen",
        "Indstilling fra direktionen",
        "Forvaltningens forslag",
        "Administrationens forslag",
        "Administrationen indstiller",
        "Forvaltningen indstiller",
        "Direktionen indstiller",
        "Direktøren indstiller",
        "Kommunaldirektøren indstiller",
        "Borgmesteren indstiller",
        "Stadsdirektøren indstiller",
        # The chair puts the case forward; at a constituting meeting the eldest member
        # chairs until the mayor is elected.
        "Formanden indstiller",
        "Formandens indstilling",
        "Aldersformanden indstiller",
        "Aldersformandens indstilling",
        "Indstilling og beslutning",
    ),
    "Økonomiske konsekvenser": (
        "Økonomi",
        "Økonomiske forhold",
        "Økonomiske og personalemæssige konsekvenser",
        "Økonomi og finansiering",
        "Bevillingsmæssige konsekvenser",
        # Older templates' names (2007-2019).
        "Økonomiske og administrative konsekvenser",
        "Økonomiske og bevillingsmæssige konsekvenser",
        "Bevillingsmæssige og økonomiske konsekvenser",
        "Økonomiske konsekvenser og finansiering",
        "Økonomiske forhold og finansiering",
        "Økonomi og personale",
        "Økonomi og personaleforhold",  # also "Økonomi/personaleforhold" (Hørsholm)
        "Økonomi- og personalemæssige konsekvenser",
    ),
    "Miljø- og klimamæssige konsekvenser": (
        "Klima- og miljømæssige konsekvenser",
        "Miljø- og klimakonsekvenser",
        "Klima- og miljøkonsekvenser",
        "Klimamæssige konsekvenser",
        "Klimakonsekvenser",
        "Miljømæssige konsekvenser",
        "Klima, natur og miljø",
        "Miljø og klima",
        "Klima og miljø",
        "Klima- og miljøvurdering",
        "Miljø- og klimavurdering",
        # Sustainability named beside the climate, in either order.
        "Klima og bæredygtighed",
        "Bæredygtighed og klima",
        "Klima, miljø og bæredygtighed",
        "Klima-, miljø- og bæredygtighedsvurdering",
        "Klima- og bæredygtighedsvurdering",
        "Klima- og bæredygtighedsmæssige konsekvenser",
        # Energy named beside the climate, in either order (Samsø).
        "Klima- og energimæssige konsekvenser",
        "Energi- og klimamæssige konsekvenser",
        "Klima- og energikonsekvenser",
        "Klima og energi",
        "Energi og klima",
        "Klima, energi og miljø",
        "Klima, miljø og energi",
        # "Konsekvenser for ..." comes in either order of the two words.
        "Konsekvenser for klima og miljø",
        "Konsekvenser for miljø og klima",
        "Konsekvenser for klima, natur og miljø",
    ),
    "Beslutning": ("Beslutninger", "Udvalgets beslutning", "Byrådets beslutning", "Afgørelse"),
    "Sagsfremstilling": (
        "Beskrivelse af sagen",
        "Sagsbeskrivelse",
        "Sagens indhold",
        "Sagens baggrund",
    ),
    "Resume": ("Resumé", "Sammenfatning", "Sagsresume", "Sagsresumé"),
    "Beslutningstema": (),
    "Sagsgang og sagstype": (),
    "Hvem beslutter": ("Beslutningskompetence", "Kompetence"),
    "Sagens forløb": (),
    "Sagshistorik": (
        "Sagshistorik, henvisninger",
        "Tidligere beslutninger",
        "Tidligere beslutning",
        "Tidligere behandling",
        "Sagens tidligere behandling",
    ),
    "Historik": (),
    "Bilag": ("Sagens bilag",),
    "Lovgrundlag": ("Lovgrundlag – link", "Retsgrundlag", "Hjemmel", "Retligt grundlag"),
    "Kommunikation": (),
    "Høring": ("Høringer",),
    "Alternativ indstilling": (),
    "Øvrige konsekvenser": ("Andre konsekvenser",),
    "Effekt": (),
    "Problemstilling": (),  # Københavns Kommune
    "Løsning": (),
    "Videre proces": (),
    # Sections of older templates (2007-2019), known so that the section above one ends
    # there (an empty "Økonomiske konsekvenser" above "Personalemæssige konsekvenser").
    "Personalemæssige konsekvenser": ("Personaleforhold", "Personalemæssige forhold"),
    "Administrative konsekvenser": (),
    "Finansiering": (),
    "Udvalgets indstilling": ("Fagudvalgets indstilling",),
    # Headings many templates give the case description's parts (Middelfart, Thisted,
    # Gladsaxe): known, so the section above one ends there, and never required.
    "Baggrund": (),
    "Vurdering": ("Administrationens vurdering", "Forvaltningens vurdering"),
    "Tidsplan": (),
    # Notes to the decision: a member's protocol note (kommunestyrelseslovens § 11) and a
    # minority's statement, each under its own heading after the decision.
    "Protokoltilførsel": (
        "Protokoltilførsler",
        "Protokoltilføjelse",
        "Protokoltilføjelser",
        "Protokolbemærkning",
        "Protokolbemærkninger",
        "Protokollat",
    ),
    "Mindretalsudtalelse": ("Mindretalsudtalelser", "Særudtalelse", "Særudtalelser"),
}
# Sections that belong to the decision record: published with it (in a closed item too),
# and one per member or group, so they may repeat.
DECISION_NOTES = ("Protokoltilførsel", "Mindretalsudtalelse")

# Sections that are another's in an item without a section of that other: "Finansiering"
# is the economic section where no "Økonomi" heading stands, but the funding's own section
# below one; a committee's recommendation ("Økonomiudvalgets indstilling") is the item's
# Indstilling, or the committee's to the council beside the administration's.
STANDS_IN_FOR = {"Finansiering": "Økonomiske konsekvenser", "Udvalgets indstilling": "Indstilling"}

# Headings of a part of a section's text as much as of a section of their own: "Baggrund"
# and "Vurdering" head the parts of the case in one template and stand under "Resume" or
# "Sagsfremstilling" in another. So they may repeat in an item, and a heading with nothing
# under it but one of them groups it.
PART_HEADINGS = ("Baggrund", "Vurdering")

# Headings that stand for a section only in a document with no heading of that section.
# Kolding heads the recommendation "Forslag" ("Direktøren ... foreslår, at ..."); elsewhere a
# line "Forslag" may head a member's proposal, or a passage of the case description, in an
# item that has its "Indstilling" too: read there as a second Indstilling it would split
# that section and be reported as a duplicate (RL104). A template names its recommendation
# one way, so a document with any Indstilling heading keeps "Forslag" as text. Aarhus heads
# it "Beslutningspunkter" ("2. Beslutningspunkter / At 1) ..."), elsewhere a name for what
# is to be decided (Beslutningstema) that may stand beside an Indstilling. Skanderborg heads
# its climate and environment section "Bæredygtighed"; beside a climate heading the word
# may head a passage of another section (the UN goals, a building's certification).
FALLBACK_SECTIONS: dict[str, tuple[str, ...]] = {
    "Indstilling": ("Forslag", "Beslutningspunkter"),
    "Miljø- og klimamæssige konsekvenser": ("Bæredygtighed",),
}

DECISION_PHRASES: tuple[str, ...] = (
    r"orientering(?:en)? (?:blev )?(?:givet|taget til efterretning)",
    r"(?:indstilling(?:en)? )?(?:blev )?(?:godkendt|tiltrådt|anbefalet)(?: som indstillet)?",
    r"taget til efterretning",
    r"(?:sagen (?:blev )?)?(?:drøftet|udsat)",
    r"anbefales(?: godkendt)?",
)

# The decision heading with its body and date: "Beslutning i Socialudvalget den 06-01-2020",
# "BESLUTNING I BYRÅDET DEN 17. APRIL 2024", "Beslutning Byrådet den 17-04-2024" (a body
# named without "i"), "Beslutning den 3. maj 2021", "Teknik- og Miljøudvalgets beslutning
# den ..." (the owner is the body's name without the genitive "s"). A date in none of the
# known forms ("12.03.20") is still part of the heading. "i mødet" may stand before the date
# ("Teknik- og Miljøudvalgets beslutning i mødet den 9. september 2024", København): the
# meeting, not a body.
BODY_NOUN = r"(?i:udvalget|byrådet|kommunalbestyrelsen|bestyrelsen|rådet|magistraten)"
OWNER = r"[A-ZÆØÅ][\w-]*(?: (?:og|for|af) [\w-]+| [A-ZÆØÅ][\w-]*)*"
DECISION_HEADING = regex.compile(
    r"^(?:(?:Beslutning|BESLUTNING)"
    rf"(?: (?:i|I) (?!mødet\b|MØDET\b)(?P<body>[^:]+?)| (?P<named>[A-ZÆØÅ][\w -]*?{BODY_NOUN}))?"
    rf"|(?P<owner>{OWNER})s beslutning)"
    r"(?: (?:i|på|I|PÅ) (?:mødet|MØDET))?"
    r"(?: (?:den|DEN|d\.) (?P<date>\d[^\s:]*(?: [^\s:]+){0,2}))?:?$"  # a DATE_RE or not
)


# "Teknik- og Miljøudvalget, 5. marts 2024:" above the decision (Bornholm).
SITTING_HEADING = Lazy(
    rf"^(?P<sitting>[A-ZÆØÅ][\w -]*?{BODY_NOUN}), (?P<date>\d[^\s:]*(?: [^\s:]+){{0,2}}):$"
)


# "Økonomiudvalget den 16. september 2024:", "Klima-, Miljø- og Teknikudvalget den ...:"
# under one "Beslutning" heading that prints each body's decision in turn (Gentofte).
# The name is capitalised words: "Godkendt af Byrådet den 5. maj:" is no such heading.
NAME_PART = r"[A-ZÆØÅ][\w-]*"
STACKED_HEADING = Lazy(
    rf"^(?P<sitting>(?:{NAME_PART}-,? (?:og )?)*(?=[A-ZÆØÅ])\w*?{BODY_NOUN}"
    rf"(?: for {NAME_PART}(?:,? (?:og )?{NAME_PART})*)?),? (?:den|d\.) "
    r"(?P<date>\d[^\s:]*(?: [^\s:]+){0,2}):$"
)


# "Teknisk Forvaltnings indstilling", "Børne- og Kulturforvaltningens indstilling", "Teknik-
# og Miljøudvalgets indstilling", and in a council's minutes "Indstilling fra
# Økonomiudvalget (til Byrådet)" (Svendborg): a name of capitalised words ending in the
# owner's kind. Not "Teknik- og Miljøudvalget indstiller" alone on its line: that is a step
# of the case's route under "Hvem beslutter" (Bornholm).
OWNED_RECOMMENDATION_END = "s indstilling"
OWNED_RECOMMENDATION_FROM = "indstilling fra "


def owner_name(group: str) -> str:
    return (
        rf"(?:{NAME_PART},? (?:og )?)*(?=[A-ZÆØÅ])[\w-]*?"
        rf"(?P<{group}>(?i:forvaltning(?:en)?|udvalget))"
    )


OWNED_RECOMMENDATION = Lazy(
    rf"^(?:{owner_name('owner')}s indstilling"
    rf"|Indstilling fra {owner_name('giver')}(?: til {NAME_PART}(?: {NAME_PART})*)?):?$"
)


def decision_body(heading: re.Match[str]) -> str | None:
    """The body a match of DECISION_HEADING, SITTING_HEADING or STACKED_HEADING names."""
    groups = heading.groupdict()
    return groups.get("body") or groups.get("named") or groups.get("owner") or groups.get("sitting")


KEPT_ANSWERS = 5000  # texts whose answer heading() and resembles() keep

ENDINGS = {"", "e", "n", "r", "s", "en", "er", "et", "ne", "es", "ens", "ere", "erne"}
LEAD_IN_TAIL = regex.compile(r"(?:[,:;]|\s+at)+$")
LEAD_IN_ENDINGS = (",", ":", ";", " at")  # what LEAD_IN_TAIL can take off a stripped line


def inflected(one: str, other: str) -> bool:
    """Whether two words are the same stem with plain Danish endings ("beslutningen",
    "beslutninger", "beslutning"): forms of one word, not a misspelling."""
    for cut in range(0, 5):
        stem = one[: len(one) - cut]
        if other.startswith(stem) and one[len(stem) :] in ENDINGS and other[len(stem) :] in ENDINGS:
            return True
    return False


def letter_difference(one: Counter, other: Counter) -> int:
    return sum((one - other).values()) + sum((other - one).values())


def normalize(text: str) -> str:
    """Heading key: case and spacing ignored, a lead-in tail such as ", at:" dropped, and a
    slash between two words read as "og" ("Økonomi/finansiering")."""
    if "/" in text:
        text = text.replace("/", " og ")
    text = LEAD_IN_TAIL.sub("", " ".join(text.split()))
    return text.casefold()


def dashed_alike(key: str) -> tuple[str, ...]:
    """A heading key with a dash between words as the other dash: " – " and " - "."""
    if " – " in key:
        return (key.replace(" – ", " - "),)
    if " - " in key:
        return (key.replace(" - ", " – "),)
    return ()


# A known heading with its number: "5. Økonomiske konsekvenser" (Aarhus' byrådsindstilling),
# or with an outline number, "1.0 Sagsfremstilling", "2.1 Indstilling" (Word's multilevel
# heading numbering).
HEADING_NUMBER = r"\d{1,2}\.(?:\d{1,2}\.?)?"
NUMBERED_HEADING = regex.compile(rf"^(?P<number>{HEADING_NUMBER})\s+(?P<head>\S.*)$")


def without_full_stop(text: str) -> str:
    """A heading as written with a full stop ("Beslutning.") without it; a line in lower
    case ("høring.", the end of a sentence) or without a full stop as it is."""
    return text[:-1].rstrip() if text[-1:] == "." and not text[:1].islower() else text


def outline(number: str) -> tuple[int, ...]:
    """Where a heading's number stands in the outline: "2." as (2,), "2.1" as (2, 1)."""
    return tuple(int(part) for part in number.split(".") if part)


# An outline number before a heading's first word, of five characters at most ("2.",
# "2.0", "12.10"; not "12.10."), and the space after it.
NUMBER_BEFORE = rf"(?!\d\d\.\d\d\.){HEADING_NUMBER} "
_heading_lines: dict[tuple[str, ...], tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def has_heading_line(text: str, headings: tuple[str, ...]) -> bool:
    """Whether a line of ``text`` is one of ``headings`` (any spacing, numbered or not), alone
    or opening an inline text ("Indstilling: at ...", "Direktionen indstiller, at"),
    capitalised or in capitals as headings are. Each heading's first word is looked for at
    the start of a line first (a capitalised one after an outline number too: "2.
    Beslutningspunkter", "2.0 Indstilling"), by one pattern that begins with the line break
    and so scans the text quickly: "forslag" as a word is everywhere."""
    if headings not in _heading_lines:
        keys = {normalize(h) for h in headings}
        words = sorted(
            (r"\s+".join(map(re.escape, k.split())) for k in keys), key=len, reverse=True
        )
        pattern = regex.compile(
            r"[ \t]*(?:" + "|".join(words) + r")[ \t]*(?:$|[,:;]|at\b)", re.IGNORECASE
        )
        firsts = {k.split()[0] for k in keys}
        probes = sorted({form for first in firsts for form in (first.capitalize(), first.upper())})
        # A capitalised first word may follow an outline number; one in capitals may not.
        capitalised = "|".join(re.escape(probe) for probe in probes if not probe.isupper())
        capitals = "|".join(re.escape(probe) for probe in probes if probe.isupper())
        branches = [f"(?:{NUMBER_BEFORE})?(?={capitalised})"] if capitalised else []
        if capitals:
            branches.append(f"(?={capitals})")
        opening = "|".join(branches)
        # A digit or a probe's first letter after the line break: most lines are passed over
        # by this one test.
        initials = re.escape("".join(sorted({probe[0] for probe in probes})))
        _heading_lines[headings] = (
            # An indented heading is one too ("  2. Beslutningspunkter").
            regex.compile(f"[ \\t]*(?:{opening})"),
            regex.compile(f"\\n[ \\t]*(?=[\\d{initials}])(?:{opening})"),
            pattern,
        )
    first_line, line_start, pattern = _heading_lines[headings]
    opened = first_line.match(text)
    for found in chain((opened,) if opened else (), line_start.finditer(text)):
        start = found.end()
        end = text.find("\n", start)
        if pattern.match(text, start, len(text) if end < 0 else end):
            return True
    return False


class Vocabulary:
    """Section headings (canonical name -> synonyms), decision phrases, and the names of
    the municipality's bodies the profile lists."""

    def __init__(
        self,
        sections: Mapping[str, Iterable[str]] = SECTIONS,
        decision_phrases: Iterable[str] = DECISION_PHRASES,
        fallbacks: Mapping[str, Iterable[str]] = FALLBACK_SECTIONS,
        bodies: Iterable[str] = (),
    ):
        self.sections = {name: tuple(synonyms) for name, synonyms in sections.items()}
        self.decision_phrases = tuple(decision_phrases)
        # Folded: the parser finds them in a line whatever its case ("ÆLDRERÅDET").
        self.bodies = tuple(body.casefold() for body in bodies)
        self.exact: dict[str, str] = {}
        # Each key's heading as the profile or configuration writes it ("Sagens baggrund"),
        # for messages that name the heading a near miss resembles.
        self.written: dict[str, str] = {}
        for canonical, synonyms in self.sections.items():
            for heading in (canonical, *synonyms):
                # "Lovgrundlag – link" is also typed with a hyphen, as Word leaves it
                # where it does not make the dash itself.
                written = normalize(heading)
                for key in (written, *dashed_alike(written)):
                    self.exact[key] = canonical
                    self.written.setdefault(key, heading)
        self.canonical_keys = {normalize(name) for name in self.sections}
        # Longer lines are never headings: the parser skips them without looking closer.
        self.longest = max(map(len, self.exact)) + 12
        self.decision_phrase = Lazy(
            r"^(?:" + "|".join(self.decision_phrases) + r")\.?$", re.IGNORECASE
        )
        # A fallback heading the profile or configuration already gives a section is that
        # section's heading everywhere.
        self.fallbacks = {
            canonical: kept
            for canonical, headings in fallbacks.items()
            if canonical in self.sections
            and (kept := tuple(h for h in headings if normalize(h) not in self.exact))
        }
        self.fallback_headings = tuple(h for headings in self.fallbacks.values() for h in headings)
        self._with_fallbacks: dict[frozenset[str], Vocabulary] = {}
        # The answers of heading() and resembles(), kept: the same headings recur in every
        # document of a template.
        self._headings: dict[str, tuple[str, bool] | None] = {}
        self._resembling: dict[str, tuple[str, bool, str] | None] = {}
        # What a short row's text may be, as document.row_kinds() works it out with this
        # vocabulary.
        self.row_kinds: dict[str, int] = {}
        # Fuzzy matching candidates, bucketed by length for a cheap first filter.
        self._by_length: dict[int, list[tuple[str, str]]] = {}
        for key, canonical in self.exact.items():
            self._by_length.setdefault(len(key), []).append((key, canonical))
        # The first and last three characters of the keys: a near miss shares one of them.
        self._key_starts = {key[:3] for key in self.exact}
        self._key_ends = {key[-3:] for key in self.exact}

    def for_text(self, text: str) -> "Vocabulary":
        """The vocabulary for one document: with the fallback headings of each section the
        document gives no heading of its own ("Forslag" for Indstilling where no line is
        "Indstilling" or a synonym of it)."""
        # One look for any fallback heading first: most documents have none.
        if not self.fallbacks or not has_heading_line(text, self.fallback_headings):
            return self
        wanted = frozenset(
            canonical
            for canonical, headings in self.fallbacks.items()
            if has_heading_line(text, headings)
            and not has_heading_line(text, (canonical, *self.sections[canonical]))
        )
        if not wanted:
            return self
        if wanted not in self._with_fallbacks:
            sections = {
                name: (*synonyms, *self.fallbacks.get(name, ())) if name in wanted else synonyms
                for name, synonyms in self.sections.items()
            }
            self._with_fallbacks[wanted] = Vocabulary(
                sections, self.decision_phrases, {}, self.bodies
            )
        return self._with_fallbacks[wanted]

    def heading(self, text: str) -> tuple[str, bool] | None:
        """(canonical, is_synonym) for a line that is exactly a known heading (the answers
        are kept: the same headings and short lines recur in every document of a template)."""
        if len(text) > self.longest:
            return None
        if text not in self._headings:
            if len(self._headings) > KEPT_ANSWERS:
                self._headings.clear()
            self._headings[text] = self._heading(text)
        return self._headings[text]

    def _heading(self, text: str) -> tuple[str, bool] | None:
        key = text.casefold()
        if key not in self.exact:
            if (
                not text.endswith(LEAD_IN_ENDINGS)
                and "  " not in text
                and "\t" not in text
                and "/" not in text
            ):
                # nothing for normalize() to take away: a heading only as an owner's
                # recommendation
                return self.owned_recommendation(text, key)
            key = normalize(text)
        canonical = self.exact.get(key)
        if canonical is None:
            return self.owned_recommendation(text, key)
        return canonical, key not in self.canonical_keys

    def owned_recommendation(self, text: str, key: str) -> tuple[str, bool] | None:
        """(canonical, True) for a recommendation headed by its owner's name, as older
        templates head it: an administration's ("Teknisk Forvaltnings indstilling") is the
        Indstilling, a committee's ("Teknik- og Miljøudvalgets indstilling", "Indstilling fra
        Økonomiudvalget") the committee's."""
        if not (
            key.endswith(OWNED_RECOMMENDATION_END) or key.startswith(OWNED_RECOMMENDATION_FROM)
        ):
            return None
        owned = OWNED_RECOMMENDATION.match(text)
        if owned is None:
            return None
        owner = owned["owner"] or owned["giver"]
        canonical = "Udvalgets indstilling" if owner.casefold() == "udvalget" else "Indstilling"
        return (canonical, True) if canonical in self.sections else None

    def resembles(self, text: str) -> tuple[str, bool, str] | None:
        """(canonical, is_synonym, known) for a heading-like line that is a near miss of a
        known heading, ``known`` being that heading as the vocabulary writes it ("Sagens
        baggrund" for "Sagens bagrund"; the answers are kept: the same subheadings recur
        in every document of a template)."""
        if text not in self._resembling:
            if len(self._resembling) > KEPT_ANSWERS:
                self._resembling.clear()
            self._resembling[text] = self._resembles(text)
        return self._resembling[text]

    def _resembles(self, text: str) -> tuple[str, bool, str] | None:
        """(canonical, is_synonym, known) for a heading-like line that is a near miss.

        Short headings must match exactly: "Beslutningen" or "Høringer" are ordinary
        words, not misspellings. Longer ones may differ by one edit (two from 20
        characters), but not by a plain Danish ending added to a known heading.
        """
        key = normalize(text)
        size = len(key)
        if size < 8 or size > 60:
            return None
        if key[:3] not in self._key_starts and key[-3:] not in self._key_ends:
            return None  # the quick case: no known heading begins or ends as this one
        allowed = 2 if size >= 20 else 1
        letters = Counter(key)
        candidates = [
            (known, canonical)
            for length in range(size - allowed, size + allowed + 1)
            for known, canonical in self._by_length.get(length, ())
            if (known[:3] == key[:3] or known[-3:] == key[-3:])
            and not inflected(key, known)
            # Each edit changes the letters by at most two: a cheap bound before aligning.
            and letter_difference(letters, Counter(known)) <= 2 * allowed
        ]
        if not candidates:
            return None
        from referatlint.fuzzy import edits

        distance, known, canonical = min(
            (edits(key, known), known, canonical) for known, canonical in candidates
        )
        if distance <= allowed:
            return canonical, known not in self.canonical_keys, self.written[known]
        return None

    def is_decision_phrase(self, text: str) -> bool:
        return bool(self.decision_phrase.match(" ".join(text.split())))


DEFAULT = Vocabulary()
