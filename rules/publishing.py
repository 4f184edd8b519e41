"""RL601-RL609: what must not be published (personal data, placeholders, broken text)."""

import operator
import re
from itertools import compress, filterfalse

from referatlint import regex
from referatlint.cpr import cpr_numbers
from referatlint.regex import Lazy
from referatlint.rule import Option, Rule
from referatlint.rules.common import (
    COMPLETE_ITEM,
    anchored,
    closing_words,
    example,
    holds,
    hops,
    in_quotation,
    item,
    line_span,
    lowered,
    lowered_utf8,
    matches_at,
    mentions,
    opening_words,
    place,
    positions,
    quoted,
    scan,
    utf8,
    vocabulary,
    words,
)
from referatlint.rules.decisions import placeholder_decision_lines
from referatlint.rules.meeting import unfilled_date_field
from referatlint.text import Msg

# ---------------------------------------------------------------------------- RL601
# Whether the number passes the modulus-11 check is left out: not all numbers issued since
# 2007 pass it, and the number must go either way (the rule's page says so).
CPR_FOUND = Msg(
    "Teksten indeholder et CPR-nummer ({masked}).",
    "The text contains a CPR number ({masked}).",
)
CPR_FIX = Msg(
    "Fjern CPR-nummeret. Skal personen nævnes, så brug initialer eller et løbenummer.",
    "Remove the CPR number; use initials or a serial number if the person must be named.",
)

# In an attachment printed in the document (a citizen's hearing response) the text is not
# the secretary's to rewrite: the detail is blacked out in the attachment.
CPR_ATTACHMENT_FIX = Msg(
    "Overstreg (anonymisér) CPR-nummeret i bilaget, før bilaget offentliggøres, eller "
    "offentliggør dokumentet uden bilaget.",
    "Black out (redact) the CPR number in the attachment before the attachment is published, "
    "or publish the document without the attachment.",
)


def check_cpr(document, context):
    for match in cpr_numbers(document.text, lowered_utf8(document, context)):
        line, column = document.locate(match.start())
        yield context.report(
            CPR_FOUND.format(masked=f"{match['day']}{match['month']}{match['year']}-****"),
            line,
            column,
            fix=CPR_ATTACHMENT_FIX if document.attachment_part_at(line) else CPR_FIX,
        )


# ---------------------------------------------------------------------------- RL602
EMPTY_LINK = Lazy(
    r"\[(?P<text>(?:[^\]\\\n]|\\.)*)\]\([ \t]*(?P<target>#?)[ \t]*\)"
    r"|<a\b[^>\n]*\bhref\s*=\s*(?P<quote>[\"'])(?P<href>#?)(?P=quote)[^>\n]*>(?P<html>[^<\n]*)",
    re.IGNORECASE,
)
LINK = Msg(
    "Linket »{text}« fører ingen steder hen.",
    "The link “{text}” leads nowhere.",
)
LINK_FIX = Msg(
    "Indsæt adressen på det, linket skal pege på, eller fjern linket og behold teksten.",
    "Insert the address the link should point to, or remove the link and keep the text.",
)


def empty_links(document, context):
    """Markdown links whose target is "#" or empty, and HTML links likewise: found from
    their "](" or "<a", then checked with the full pattern."""
    text = document.text
    for at in hops(text, "]("):
        target = text[at + 2 : at + 6].lstrip(" \t")
        if target.startswith(("#)", ")")):
            start = text.rfind("[", text.rfind("\n", 0, at) + 1, at)
            match = EMPTY_LINK.match(text, start) if start >= 0 else None
            if match:
                yield match, *document.locate(start)
    if "<" in text:
        yield from anchored(document, context, EMPTY_LINK, "<a ")


def check_links(document, context):
    for match, line, column in empty_links(document, context):
        text = match["text"] if match["text"] is not None else match["html"]
        message = LINK.format(text=quoted(text.replace("\\", "")))
        yield context.report(message, line, column, fix=LINK_FIX)


# ---------------------------------------------------------------------------- RL603
# "ï¿½" is the replacement character itself, encoded as UTF-8 and read as Windows-1252.
MOJIBAKE = Lazy(
    r"Ã[\x80-\xbf¡-¿ÀÁÂÃÄÅÆ]|Ã[\xa0¦¥¸˜…†©]|â€[\x80-\xbf“”™œ\x9d˜š›–—¦]|Â[\xa0-\xbf]|\ufffd"
    r"|ï¿½"
)
# The first character of each alternative: a test for one character is far quicker than
# one for two or three.
MOJIBAKE_TRIGGERS = ("Ã", "â", "Â", "\ufffd", "ï")
MOJIBAKE_FOUND = Msg(
    "Teksten har forkert tegnkodning (»{sample}«); der skulle nok stå »{repaired}«.",
    "The text has broken character encoding (“{sample}”); it probably should read “{repaired}”.",
)
REPLACEMENT_FOUND = Msg(
    "Teksten indeholder erstatningstegnet »\ufffd«, hvor et bogstav er gået tabt.",
    "The text contains the replacement character “\ufffd” where a letter was lost.",
)
DROPPED = Msg(
    "»{word}« mangler nok æ, ø eller å (»{full}« står andetsteds i dokumentet).",
    "“{word}” probably lacks æ, ø or å (“{full}” appears elsewhere in the document).",
)
# A text file is saved with its encoding; in Word, PDF and HTML the damaged text came in
# by pasting or converting, and there is no encoding to choose when saving.
TEXT_ENCODING_FIX = Msg(
    "Ret teksten. Tjek også, hvordan filen er lavet: den er sandsynligvis gemt med en "
    "forkert tegnkodning (gem den som »UTF-8«).",
    "Correct the text. Also check how the file was made: it was probably saved with the wrong "
    "character encoding (save it as “UTF-8”).",
)
ENCODING_FIX = Msg(
    "Ret teksten. Tjek også, hvordan filen er lavet: teksten er sandsynligvis sat ind eller "
    "konverteret med en forkert tegnkodning.",
    "Correct the text. Also check how the file was made: the text was probably pasted in or "
    "converted with the wrong character encoding.",
)


def repaired(text: str) -> str:
    """The text with each damaged sequence decoded back, and nothing else touched: a whole
    phrase given to ftfy comes back unchanged when it also holds a letter written right
    ("rÃ¥dighedsbeløb")."""
    return MOJIBAKE.compiled.sub(decoded, text)


def decoded(match: re.Match[str]) -> str:
    """A sequence of the pattern (the UTF-8 bytes of one character, read as Windows-1252 or
    Latin-1) as the character it was; the replacement character stays as it is."""
    import ftfy.bad_codecs  # noqa: F401 -- registers "sloppy-windows-1252"

    damaged = match.group(0)
    if damaged == "\ufffd":  # the sloppy codec would make it a control character
        return damaged
    for codec in ("sloppy-windows-1252", "latin-1"):
        try:
            return damaged.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return damaged


# Danish words that are another word with its æ, ø or å taken out, mostly where that
# letter begins a part of a compound: "bredden" beside "åbredden", "undrede" beside
# "uændrede". A municipality adds its own under the option "words".
REAL_WORDS = (
    "boerne",
    "boer",
    "bredde",
    "bredden",
    "dalen",
    "grupper",
    "grupperne",
    "havet",
    "kande",
    "kommuner",
    "kommunerne",
    "samfund",
    "samfundet",
    "strand",
    "stranden",
    "undre",
    "undrede",
    "undrer",
    "undret",
)


LOSSES_SEEN = 3  # words with a single lost letter that show damage by their number


def dropped_letters(document, context) -> dict[str, str]:
    """Words of five letters or more that are a longer word of the same document with its
    æ, ø and å taken out ("mnedsopflgning" beside "månedsopfølgning"), lower case: word ->
    full form. C-level filters, joins, replaces and set operations do the work; Python
    only sees the few pairs found."""
    known = vocabulary(document, context)
    full = list(filterfalse(bytes.isascii, known))
    if not full:
        return {}
    # The letters taken out of the decoded text: str.replace finds one character far quicker
    # than bytes.replace finds two bytes.
    joined = b"\n".join(full).decode().replace("æ", "").replace("ø", "").replace("å", "")
    bare = joined.encode().split(b"\n")
    hits = known.intersection(bare).difference(utf8(*map(str.casefold, context.options["words"])))
    found: dict[str, str] = {}
    for stripped, word in compress(zip(bare, full, strict=True), map(hits.__contains__, bare)):
        if stripped != word:
            stripped, word = stripped.decode(), word.decode()
            if len(stripped) >= 5 and len(word) >= 6:
                found[stripped] = min(word, found.get(stripped, word))  # the same on every run
    # One letter gone is how many real words pair up: "stien" beside "åstien", "skoler"
    # beside "skoleår", "lever" beside "leveår". An export that drops letters drops them
    # all, so single losses count only beside a word that lost two, or among many.
    if len(found) < LOSSES_SEEN and all(
        len(word) - len(stripped) == 1 for stripped, word in found.items()
    ):
        return {}
    return found


def whole_words(low: str, words) -> list[tuple[int, str]]:
    """(offset, word) of each whole-word occurrence of the lower-case ``words``, in text
    order: a few ``str.find`` calls, where a regex made for each document would have to be
    compiled and tried at every word."""
    found = []
    for word in words:
        for at in positions(low, word):
            end = at + len(word)
            before = low[at - 1] if at else " "
            after = low[end] if end < len(low) else " "
            # The word-character test of a regex's \b: letters, digits and "_".
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                found.append((at, word))
    return sorted(found)


EXCERPT_REACH = 12  # characters of context either side of the damaged word


def word_excerpt(text: str, start: int, end: int) -> str:
    """The damaged word whole, with the whole words within EXCERPT_REACH characters either
    side of it on its line: a word cut in two would read as more damage."""
    line_start, line_end = line_span(text, start, end)
    while start > line_start and not text[start - 1].isspace():
        start -= 1
    while end < line_end and not text[end].isspace():
        end += 1
    left = max(line_start, start - EXCERPT_REACH)
    while line_start < left < start and not text[left - 1].isspace():
        left += 1
    right = min(line_end, end + EXCERPT_REACH)
    while end < right < line_end and not text[right].isspace():
        right -= 1
    return text[left:right].strip()


def check_encoding(document, context):
    reported: set[int] = set()  # one finding per line
    fix = TEXT_ENCODING_FIX if document.format in ("text", "markdown") else ENCODING_FIX
    for match, line, column in scan(document, MOJIBAKE, *MOJIBAKE_TRIGGERS):
        if line in reported:
            continue
        reported.add(line)
        if match.group(0) in ("\ufffd", "ï¿½"):
            yield context.report(REPLACEMENT_FOUND, line, column, fix=fix)
            continue
        sample = word_excerpt(document.text, match.start(), match.end())
        yield context.report(
            MOJIBAKE_FOUND.format(sample=sample, repaired=repaired(sample)),
            line,
            column,
            fix=fix,
        )
    damaged = dropped_letters(document, context)
    for start, stripped in whole_words(lowered(document, context), damaged):
        line, column = document.locate(start)
        if line not in reported:
            reported.add(line)
            word = document.text[start : start + len(stripped)]
            full = damaged[stripped]
            full = full[:1].upper() + full[1:] if word[:1].isupper() else full
            message = DROPPED.format(word=word, full=full)
            yield context.report(message, line, column, fix=fix)


# ---------------------------------------------------------------------------- RL604
# A template's field left unfilled: "[dato]", "[beløb]".
FIELD_WORDS = ("dato", "beløb", "navn", "tekst", "titel", "antal", "sted", "tidspunkt")
FIELDS = tuple(f"[{word}]" for word in FIELD_WORDS)
LEFTOVER = Lazy(
    r"(?<![\w-])(?:TODO|FIXME|TBD)(?![\w-])"
    r"|(?<![\w-])[xX]{2,}(?![\w-])"
    r"|\[[ \t]*indsæt[^\]\n]*\]|<[ \t]*indsæt[^>\n]*>|\{[ \t]*indsæt[^}\n]*\}"
    rf"|\[(?:{'|'.join(FIELD_WORDS)})\]"
    r"|\blorem ipsum\b"
    r"|(?<![\w.(-])(?-i:NN|N\.N\.)(?![\w-])"  # "NN" for a name not yet known; "(NN)" defines one
    r"|(?<=\w )_{3,}"  # "den ___": a blank to fill in (a signature line stands alone)
    r"|\b(?:00|dd)([.-])(?:00|mm)\1(?:0000|åååå|yyyy)\b"  # "00.00.0000", "dd-mm-åååå"
    # Word's unmerged merge field "«Mødested»": one name, no spaces; a Danish quotation
    # turns the other way (»…«), and one «with spaces» is words.
    r"|«[^\W\d_]\w*»",
    re.IGNORECASE,
)
LEFTOVER_FOUND = Msg(
    "Teksten indeholder en pladsholder: »{found}«.",
    "The text contains a placeholder: “{found}”.",
)
MERGE_FIELD_FOUND = Msg(
    "Flettefeltet {found} er ikke udfyldt.",
    "The merge field {found} was never filled in.",
)
LEFTOVER_FIX = Msg(
    "Erstat pladsholderen med den rigtige tekst, eller slet den.",
    "Replace the placeholder with the real text, or delete it.",
)


# "TEUF afsnit XX": a Roman numeral after the name of a part of a law or treaty.
ROMAN_AFTER = frozenset(("afsnit", "kapitel", "del", "titel", "bind"))
X_MARK = Lazy(r"(?<![\w-])X{1,3}(?![\w-])")


def not_a_gap(text: str, match, context) -> bool:
    """Whether an "XX" is a Roman numeral ("afsnit XX") or a mark of a scale the text uses
    (X, XX and XXX for small, medium, large), rather than a gap to fill in."""
    words_before = text[max(0, match.start() - 12) : match.start()].split()
    if match.group(0) == "XX" and words_before and words_before[-1].lower() in ROMAN_AFTER:
        return True
    if match.group(0) not in ("X", "XX", "XXX"):
        return False
    marks = context.memo("x marks", lambda: {found.group(0) for found in X_MARK.finditer(text)})
    return len(marks) == 3


def check_leftovers(document, context):
    low = lowered(document, context)
    if "indsæt" in low:  # "[indsæt ...]": rare, and the bracket has no fixed place
        found = scan(document, LEFTOVER)
    else:
        # Each kind of marker is looked for only where the text has its word at all.
        literals: list[str] = []
        if holds(low, "xx") or mentions(document, context, "todo", "fixme", "tbd", "lorem"):
            literals += ("todo", "fixme", "tbd", "xx", "lorem")
        if mentions(document, context, "nn", "n"):
            literals += ("nn", "n.n.")
        if holds(low, "___"):
            literals.append("___")
        if mentions(document, context, "0000", "åååå", "yyyy"):
            literals += ("00.00.", "00-00-", "dd.mm.", "dd-mm-")
        if "«" in document.text:
            literals.append("«")
        starts = {at for literal in literals for at in positions(low, literal)}
        if mentions(document, context, *FIELD_WORDS):
            starts.update(hops(low, *FIELDS))
        if not starts:
            return
        found = matches_at(document, LEFTOVER, starts)
    reported_by_rl402 = placeholder_decision_lines(document, context)
    text = document.text
    for match, line, column in found:
        marker = match.group(0)
        if "indsæt" not in marker.lower() and in_quotation(text, match.start()):
            continue  # a quoted letter's "XX" or "[navn]" for a name, a supplier's "TBD"
        if marker[:1] in "xX" and not_a_gap(text, match, context):
            continue
        if line not in reported_by_rl402:
            found_as = MERGE_FIELD_FOUND if marker[0] == "«" else LEFTOVER_FOUND
            message = found_as.format(found=marker)
            yield context.report(message, line, column, fix=LEFTOVER_FIX)


# ---------------------------------------------------------------------------- RL605
INTERNAL = Lazy(
    r"caseno\d[\w-]*_#\d+\S*(?:[^\n]*?\.(?:pdf|docx?|xlsx?|pptx?|msg))?"
    r"|(?<![\w])#\d{6,}(?:_v\d+)?"
    r"|\b[\w-]+_v\d+(?:_[\w-]+)*\.(?:pdf|docx?|xlsx?|pptx?)\b"
    r"|\b[A-Z]:\\[^\s]+"
    r"|\\\\[\w.-]+\\[^\s]+"
    r"|\b(?:dok(?:ument)?id|docid|dokumentnr)[ \t]*[:=][ \t]*\d+",
    re.IGNORECASE,
)
# Where a match of INTERNAL can begin: at a document id's label, at a "#" with six digits,
# at "\\" or one character before a drive letter's ":\", and at "caseno" or the start of
# the word with "_v2". The last two kinds need a "\" or a "_": a search for that one
# character is far quicker than one for a word, and finds none in most texts.
# Only "do" is consumed: labels that overlap ("dokidocid") are each found.
DOCUMENT_ID = regex.compile(r"do(?=k(?:ument)?id|kumentnr|cid)")
HASH_ID = regex.compile(r"#\d{6}")  # a literal first: CPython finds these quickly
VERSION = regex.compile(r"_v\d")
INTERNAL_FOUND = Msg(
    "Et internt filnavn eller dokument-id står i teksten: »{found}«.",
    "An internal file name or document id appears in the text: “{found}”.",
)
INTERNAL_FIX = Msg(
    "Slet filnavnet, eller erstat det med bilagets titel.",
    "Delete the file name, or replace it with the attachment's title.",
)


def internal_starts(low: str) -> set[int]:
    """Offsets where an internal name may begin: a few quick searches, where a regex scan
    of the whole text for INTERNAL would try every word."""
    starts = {match.start() for match in DOCUMENT_ID.finditer(low)}
    if "#" in low:
        starts.update(match.start() for match in HASH_ID.finditer(low))
    for at in hops(low, "\\"):  # "\\server\..." or "G:\..."
        if low.startswith("\\", at + 1):
            starts.add(at)
        if at > 1 and low[at - 1] == ":":
            starts.add(at - 2)
    if "_" in low:  # "caseno18-35080_#5092184" and "_v2" both hold one
        starts.update(positions(low, "caseno"))
        for match in VERSION.finditer(low):
            start = match.start()
            while start and (low[start - 1].isalnum() or low[start - 1] in "_-"):  # [\w-]
                start -= 1
            while low[start] == "-":  # the word begins at its first letter or digit
                start += 1
            starts.add(start)
    return starts


def in_link(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a web or mail link: the word it is in holds "://" or
    "mailto:" (as "[a@b.dk](mailto:a@b.dk)" from the HTML reader), or begins "www."."""
    word = text[max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1 : start]
    return "://" in word or "mailto:" in word or word.startswith("www.")


def check_internal_names(document, context):
    text = document.text
    end = 0
    for start in sorted(internal_starts(lowered(document, context))):
        if in_link(text, start):
            continue  # a file in a web address ("https://vejle.dk/trafikplan_v2.pdf") is public
        match = INTERNAL.match(text, start) if start >= end else None
        if match:
            end = match.end()
            line, column = document.locate(start)
            found = INTERNAL_FOUND.format(found=quoted(match.group(0)))
            yield context.report(found, line, column, fix=INTERNAL_FIX)


# ---------------------------------------------------------------------------- RL606
EMAIL = Lazy(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")
PHONE = Lazy(
    r"(?P<cue>(?:tlf|telefon|mobil|tel|mob|sms)\.?(?:nr\.?|nummer)?:?[ \t]*|\+45[ \t]?"
    r"|(?:ring|ringe|ringes|ringet)(?: op)? på[ \t]+|(?:kontaktes|træffes|nås) på[ \t]+)"
    r"(?P<number>\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}|\d{4}[ \t]\d{4})(?![\d])",
    re.IGNORECASE,
)
PHONE_WORDS = utf8(
    "tlf", "telefon", "mobil", "tel", "mob", "sms", "tlfnr", "telefonnr", "mobilnr",
    "telefonnummer", "mobilnummer",
)  # fmt: skip
PHONE_CUES = (
    "tlf",
    "telefon",
    "mobil",
    "tel.",
    "tel:",
    "tel ",
    "mob.",
    "mob:",
    "sms",
    "+45",
)
# "ringes op på", "kan kontaktes på": verbs that lead to a number; each looked for only
# when the text has its first word.
VERB_CUES = (
    "ring på", "ring op", "ringe på", "ringe op", "ringes op", "ringes på", "ringet op",
    "ringet på", "kontaktes på", "træffes på", "nås på",
)  # fmt: skip
VERB_CUE_WORDS = tuple((cue, cue.partition(" ")[0].encode()) for cue in VERB_CUES)
MUNICIPAL = Lazy(r"kommune|\bkk\.dk$|\bregion", re.IGNORECASE)
# An office's shared mailbox ("post@hjoerring.dk" in a web page's footer) is no person's.
SHARED_MAILBOXES = frozenset(
    ("post", "info", "kontakt", "mail", "borgerservice", "sekretariat", "kommune", "raadhus",
     "raadhuset", "byraad", "digitalpost", "postkasse")
)  # fmt: skip
# Words that make a number an office's ("Borgerservice: tlf. ...", "Rådhuset, ..., tlf.
# ...", "tlf. ... (kommunens hovednummer)"), in lower case; "kommunens" holds "kommune".
# A unit's name in its definite form ("Vandforsyningen", "forvaltningen", "Jobcentret"),
# not a role it compounds with ("forvaltningschef").
OFFICE_WORDS = (
    "rådhus", "kommune", "borgerservice", "hovednummer", "omstilling", "sekretariat", "vagt",
    "kontor", "skole", "plejecent", "plejehjem", "direktorat", "styrelse", "politi",
    "bibliotek", "tandpleje", "sundhedscent", "institution", "børnehave", "vuggestue",
    "kundecent", "kundeservice", "jobcent", "centret", "center for", "forsyningen",
    "forvaltningen", "afdelingen",
)  # fmt: skip
OFFICE_BEFORE = 60  # characters before the number's cue, on its line
# A work address or number at the municipality may stand (the rule's page: "uden grund"):
# the message says when it must not.
EMAIL_FOUND = Msg(
    "Teksten indeholder e-mailadressen »{found}«. Er det en privat persons adresse, må den "
    "ikke offentliggøres.",
    "The text contains the e-mail address “{found}”. If it is a private person's address, it "
    "must not be published.",
)
PHONE_FOUND = Msg(
    "Teksten indeholder telefonnummeret »{found}«. Er det en privat persons nummer, må det "
    "ikke offentliggøres.",
    "The text contains the phone number “{found}”. If it is a private person's number, it "
    "must not be published.",
)
EMAIL_FIX = Msg(
    "Fjern adressen, eller brug kommunens fælles adresse. Er det en af kommunens egne "
    "adresser, så bed den, der har sat referatlint op, om at tillade adressen.",
    "Remove the address, or use the municipality's shared address. If it is one of the "
    "municipality's own addresses, ask whoever set referatlint up to allow the address.",
)
PHONE_FIX = Msg(
    "Fjern nummeret, eller brug kommunens fælles nummer. Er det et af kommunens egne "
    "numre, så bed den, der har sat referatlint op, om at tillade nummeret.",
    "Remove the number, or use the municipality's shared number. If it is one of the "
    "municipality's own numbers, ask whoever set referatlint up to allow the number.",
)

EMAIL_ATTACHMENT_FIX = Msg(
    "Overstreg (anonymisér) adressen i bilaget, før bilaget offentliggøres. Er det en af "
    "kommunens egne adresser, så bed den, der har sat referatlint op, om at tillade adressen.",
    "Black out (redact) the address in the attachment before the attachment is published. If "
    "it is one of the municipality's own addresses, ask whoever set referatlint up to allow "
    "the address.",
)
PHONE_ATTACHMENT_FIX = Msg(
    "Overstreg (anonymisér) nummeret i bilaget, før bilaget offentliggøres. Er det et af "
    "kommunens egne numre, så bed den, der har sat referatlint op, om at tillade nummeret.",
    "Black out (redact) the number in the attachment before the attachment is published. If "
    "it is one of the municipality's own numbers, ask whoever set referatlint up to allow the "
    "number.",
)
# The fix of each kind of detail in the secretary's own text, and in an attachment.
CONTACT_FIXES = {EMAIL_FIX: EMAIL_ATTACHMENT_FIX, PHONE_FIX: PHONE_ATTACHMENT_FIX}


ADDRESS_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzæøå0123456789._+-")
# Where private persons' addresses live. Elsewhere an address is a person's when it reads
# like a name or initials ("jens.hansen", "jh", "jens73"), not a mailbox ("indkob", "udbud").
FREE_MAIL = frozenset(
    ("gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "outlook.com", "outlook.dk",
     "live.com", "live.dk", "msn.com", "yahoo.com", "yahoo.dk", "icloud.com", "me.com",
     "mail.dk", "jubii.dk", "get2net.dk", "webspeed.dk", "youmail.dk", "privat.dk",
     "stofanet.dk", "protonmail.com", "proton.me", "gmx.com", "gmx.net")
)  # fmt: skip


def personal(address: str, domain: str, line: str) -> bool:
    local = address.partition("@")[0]
    if local.casefold() == domain.partition(".")[0].casefold():
        return False  # the organisation's own acronym: "mst@mst.dk", "dif@dif.dk"
    if domain.casefold() in FREE_MAIL or any(mark in local for mark in "._-"):
        return True
    if any(character.isdigit() for character in local):
        return True
    return len(local) <= 3 and not owner_named(line, local.casefold(), domain.casefold())


ORGANISATION_NAME = Lazy(r"[A-ZÆØÅ][\wæøå]{3,}")


def owner_named(line: str, local: str, domain: str) -> bool:
    """Whether the line names the organisation whose short mailbox it gives: a name that
    begins with the domain's ("Politiet" for fyn@politi.dk, "Kystdirektoratet" for
    kdi@kyst.dk), or a long name holding the mailbox's letters in order, as an acronym
    does ("Søfartsstyrelsen" for sfs@dma.dk). Initials of a person fit neither."""
    label = domain.partition(".")[0]
    for name in ORGANISATION_NAME.findall(line):
        low = name.casefold()
        if len(label) >= 4 and low.startswith(label):
            return True
        letters = iter(low)
        if len(low) >= 10 and low[0] == local[0] and all(letter in letters for letter in local):
            return True
    return False


def addresses(document):
    """E-mail addresses, found from their "@" and read back to where they begin."""
    text = document.text
    for at in positions(text, "@"):
        start = at
        while start and text[start - 1].lower() in ADDRESS_CHARACTERS:
            start -= 1
        match = EMAIL.match(text, start) if start < at else None
        # Not a Teams link's "...meeting_19%3a...@thread.v2", nor the link target after the
        # link text "[a@b.dk]": one address, and only addresses.
        if match and not in_link(text, start):
            yield match, *document.locate(start)


def office_number(text: str, match) -> bool:
    """Whether an office names itself just before the number, on its line, or in brackets
    right after it: the number is the office's, not a person's."""
    line_start, line_end = line_span(text, match.start(), match.end())
    before = text[max(line_start, match.start() - OFFICE_BEFORE) : match.start()].lower()
    after = text[match.end() : line_end].lstrip()
    bracket = after[1 : after.find(")")].lower() if after.startswith("(") else ""
    return any(word in before or word in bracket for word in OFFICE_WORDS) or office_address(
        text, line_start
    )


# An address block above the number's line ("Roskilde Kommune, Vej & Park" / "Hovedgaden
# 12" / "4000 Roskilde" / "Tlf. ..."): its short rows, at most this many and this long.
ADDRESS_ROWS = 4
ADDRESS_ROW_LENGTH = 60


def office_address(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` ends an office's address block: short rows right
    above it, the post code and town ("4000 Roskilde") directly above (or above an e-mail
    row), and above that a row naming the office ("Roskilde Kommune, Vej & Park,
    Kundecenter"). A person's address names no office."""
    post_code = False
    end = line_start - 1
    for above in range(ADDRESS_ROWS):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end].strip()
        if not row or len(row) > ADDRESS_ROW_LENGTH:
            break
        if post_code:
            lowered_row = row.lower()
            if any(word in lowered_row for word in OFFICE_WORDS):
                return True
        elif row[:4].isdigit() and row[4:5] == " " and row[5:6].isupper():
            post_code = True
        elif above:
            break
        end = start - 1
    return False


def national(number: str) -> str:
    """A phone number's eight digits, without the country code +45 (or 0045)."""
    digits = re.sub(r"\D", "", number)
    return digits[-8:] if len(digits) > 8 and digits[:-8] in ("45", "0045") else digits


def check_contacts(document, context):
    # "@kommune.dk" allows the domain; "+45 70 10 20 30" the number as the text writes it.
    allowed = {value.casefold().lstrip("@") for value in context.options["allowed"]}
    allowed_digits = {national(value) for value in context.options["allowed"]}
    found = []
    shared_lines = set()  # lines with an office's own address: its number is the office's
    for match, line, column in addresses(document):
        address, domain = match.group(0), match["domain"]
        if address.partition("@")[0].casefold() in SHARED_MAILBOXES:
            shared_lines.add(line)
            continue
        if (
            address.casefold() in allowed
            or domain.casefold() in allowed
            or MUNICIPAL.search(domain)
            or not personal(
                address, domain, document.text[slice(*line_span(document.text, match.start()))]
            )
        ):
            continue
        found.append((line, column, EMAIL_FOUND.format(found=address), EMAIL_FIX))
    known = vocabulary(document, context)
    cues = [cue for cue, word in VERB_CUE_WORDS if word in known]
    if holds(document.text, "+45") or not known.isdisjoint(PHONE_WORDS):
        cues += PHONE_CUES
    for match, line, column in anchored(document, context, PHONE, *cues) if cues else ():
        if line in shared_lines or national(match["number"]) in allowed_digits:
            continue
        if office_number(document.text, match):
            continue
        column += match.start("number") - match.start()
        found.append((line, column, PHONE_FOUND.format(found=match["number"]), PHONE_FIX))
    for line, column, message, fix in sorted(found, key=lambda entry: entry[:2]):
        if document.attachment_part_at(line):
            fix = CONTACT_FIXES[fix]
        yield context.report(message, line, column, fix=fix)


# ---------------------------------------------------------------------------- RL607
RESIDUE = Lazy(
    # capitals: the template shouting about its own fields, not a campaign's "HUSK at ..."
    r"\bHUSK\b(?=[^.\n]*(?i:afsnit|tekst|felt|overskrift))[^.\n]*(?i:slet|fjern|udfyld|skriv)"
    r"|(?i:hjælpetekst\s*:"
    # "[Skriv ...]" from the template, not a link "[Skriv til os](https://...)" nor "[Tekst-tv"
    r"|\[[ \t]*(?:Her skrives|Skriv|Beskriv|Angiv|Tekst)\b(?!-)[^\]\n]*\](?!\()"
    r"|Hvis (?:feltet|afsnittet|overskriften) ikke er relevant"
    r"|overskriften kan slettes"
    # Word's own placeholders in content controls, old and new wordings: "Klik her for at
    # angive tekst.", "Klik eller tryk her for at skrive tekst.", "Klik eller tryk for at
    # angive en dato." (date picker), "Vælg et element." (list), "Vælg en byggeblok."
    r"|Klik (?:eller tryk )?(?:her )?for at (?:angive|skrive|indtaste) (?:tekst|en dato)"
    r"|Vælg (?:et element|en byggeblok)"
    r"|Skriv (?:teksten |tekst )?her\b)"
)
RESIDUE_ALONE = utf8("hjælpetekst", "skrives", "beskriv", "angiv", "byggeblok")
RESIDUE_PAIRS = tuple(
    utf8(*pair)
    for pair in (("slettes", "overskriften"), ("klik", "her"), ("klik", "tryk"),
                 ("vælg", "element"), ("skriv", "her"))
)  # fmt: skip


def residue_possible(document, context) -> bool:
    """Whether the words some alternative of RESIDUE needs all occur: set lookups that
    spare the search in nearly every document."""
    known = vocabulary(document, context)
    return (
        not known.isdisjoint(RESIDUE_ALONE)
        or any(pair <= known for pair in RESIDUE_PAIRS)
        or "HUSK" in document.text
        or (b"relevant" in known and "ikke er relevant" in lowered(document, context))
        or holds(lowered(document, context), "[tekst")
    )


RESIDUE_STARTS = (  # where each alternative of RESIDUE begins, in lower case
    "husk", "hjælpetekst", "[her", "[skriv", "[beskriv", "[angiv", "[tekst", "[ ", "hvis feltet",
    "hvis afsnittet", "hvis overskriften", "overskriften", "klik", "vælg et", "vælg en",
    "skriv her", "skriv tekst", "skriv teksten",
)  # fmt: skip
RESIDUE_FOUND = Msg(
    "Der står hjælpetekst fra skabelonen: »{found}«.",
    "Help text from the template is left in: “{found}”.",
)
RESIDUE_FIX = Msg(
    "Slet hjælpeteksten, og skriv den rigtige tekst (eller slet afsnittet, hvis det ikke "
    "er relevant).",
    "Delete the help text and write the real text (or delete the section if irrelevant).",
)


PLACEHOLDER_FOUND = Msg(
    "Et felt i Word-skabelonen viser stadig sin pladsholdertekst: »{found}«.",
    "A field of the Word template still shows its placeholder text: “{found}”.",
)
PLACEHOLDER_FIX = Msg(
    "Klik i feltet, og skriv den rigtige tekst (eller slet feltet, hvis det ikke er relevant).",
    "Click the field and write the real text (or delete the field if irrelevant).",
)


def check_residue(document, context):
    # One finding per line; a header's date field showing its help text is RL505's to
    # report ("fill in the date"), not a section to delete.
    unfilled = unfilled_date_field(document)
    reported = {unfilled[0].line} if unfilled else set()
    text = document.text
    if residue_possible(document, context):
        for match, line, column in anchored(document, context, RESIDUE, *RESIDUE_STARTS):
            if line not in reported:
                reported.add(line)
                end = text.find("\n", match.start())
                rest = text[match.start() : end if end >= 0 else len(text)]
                yield context.report(
                    RESIDUE_FOUND.format(found=quoted(rest)), line, column, fix=RESIDUE_FIX
                )
    # A content control showing its placeholder is residue whatever the text says.
    for placeholder in document.placeholders:
        if placeholder.line not in reported:
            reported.add(placeholder.line)
            start = document.line_starts[placeholder.line - 1]
            at = text.find(placeholder.text, start)
            column = at - start + 1 if at >= 0 and "\n" not in text[start:at] else 1
            yield context.report(
                PLACEHOLDER_FOUND.format(found=quoted(placeholder.text)),
                placeholder.line,
                column,
                fix=PLACEHOLDER_FIX,
            )


# ---------------------------------------------------------------------------- RL608
OPEN_END = Lazy(r"[a-zæøå0-9,–-]$")
LIST_START = Lazy(r"^(?:[-•*]|\d{1,3}[.)\]]|[a-z][.)\]])\s")
BROKEN = Msg(
    "Sætningen er delt af en tom linje: »{end}« fortsætter {next_line} med »{start}«.",
    "The sentence is split by a blank line: “{end}” continues {next_line_en} with “{start}”.",
)
# In Word, PDF and HTML on the same page (or no page known): the quotes are the place.
BROKEN_UNPLACED = Msg(
    "Sætningen er delt af en tom linje: »{end}« fortsætter med »{start}«.",
    "The sentence is split by a blank line: “{end}” continues with “{start}”.",
)
BROKEN_FIX = Msg(
    "Fjern den tomme linje, så sætningen hænger sammen.",
    "Remove the blank line so the sentence is whole again.",
)


# A line this long is running text; a shorter one is so only as a wrapped paragraph's tail.
RUNNING_LINE = 60
# A blank line (or several) followed by a lower-case letter or a year (not a case number
# such as "2024-002290"); the line above is then checked in Python. Starting with the
# literal "\n" keeps the scan quick.
PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*(?:[a-zæøå]|\d{4}\b(?![-/.]\d)))")


def wrapped_tail(text: str, begin: int, end: str) -> bool:
    """Whether ``end``, a short line beginning at offset ``begin``, is the last line of a
    paragraph wrapped onto it, as a PDF's text wraps every paragraph: it goes on in lower
    case from the line right above, which stops mid-sentence, and the two together are as
    long as a line of running text ("der skal identificere de projekter, der skal" /
    "arbejdes videre med og")."""
    tail = end.lstrip()
    if begin == 0 or not tail[:1].islower() or LIST_START.match(tail):
        return False
    above = text[line_span(text, begin - 1)[0] : begin - 1].rstrip()
    return (
        "\t" not in above
        and not above.endswith(", at")  # then the short line is a that-clause of a list
        and OPEN_END.search(above) is not None
        and len(above.lstrip()) + 1 + len(tail) >= RUNNING_LINE
    )


def check_broken(document, context):
    text = document.text
    for match in PARAGRAPH_BREAK.finditer(text):
        begin = line_span(text, match.start())[0]
        end = text[begin : match.start()].rstrip()
        if "\t" in end or not OPEN_END.search(end):
            continue  # a table row, or a finished sentence
        if len(end) < RUNNING_LINE and not wrapped_tail(text, begin, end):
            continue  # a heading, a list's entry, a name: complete on a short line
        if end.endswith(", at"):
            continue  # "Administrationen indstiller, at" leads in a list of that-clauses
        line, _ = document.locate(match.start())
        if line in document.furniture:
            continue  # a running title or footer: the sentence above runs on over a page break
        start_line, _ = document.locate(match.end())
        stop = text.find("\n", match.end())
        following = text[match.end() : stop if stop >= 0 else len(text)].rstrip()
        start = following.lstrip()
        if "\t" in following:
            continue  # a table below its caption ("Tabel 1. Udledning fordelt på sektorer")
        if LIST_START.match(start) or (start[:1].islower() and start[1:2].isupper()):
            continue  # a list; or a word spelt with a small first letter, "pH", "iPads"
        ends = {"end": closing_words(end, 25), "start": opening_words(start, 25)}
        where = place(document, start_line, line, quote=False)
        yield context.report(
            BROKEN_UNPLACED.format(**ends)
            if where is None
            else BROKEN.format(**ends, next_line=where.da, next_line_en=where.en),
            line,
            len(end),
            end_line=start_line,
            fix=BROKEN_FIX,
        )


# ---------------------------------------------------------------------------- RL609
# Spaces only: "For<tab>For" is two cells of a table, not a slip.
# Not "en en-til-en-samtale": a word followed by a hyphen begins a compound.
REPEATED = Lazy(r"\b(?P<word>[^\W\d_]{2,}) +(?P=word)(?![\w-])", re.IGNORECASE)
# Danish allows "det det", "der der", "stemte for for at"; English quotes "had had" and
# "that that".
ALLOWED_REPEATS = {
    "det", "der", "den", "de", "at", "som", "hvad", "om", "for", "had", "that", "hip",
}  # fmt: skip
# A preposition may end a relative clause before one that opens the next phrase ("det, vi
# har fokus på på mødet", "som der skal tages stilling til til maj"); "i dialog med med
# boligorganisationerne" has no such clause and is a slip.
STRANDED_PREPOSITIONS = frozenset(("på", "til", "med"))
RELATIVE_WORDS = frozenset(("som", "der", "hvad", "hvor", "hvilket", "hvilke", "hvem"))
SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "\n\n")
CLAUSE_REACH = 300  # characters back to look for the clause's start
# A preposition that opens a fixed phrase may follow the same one taken by a verb before it
# ("arbejde videre med med henblik på", "satser på på sigt at ...").
FIXED_PHRASES = frozenset(
    ("med henblik", "med tiden", "på sigt", "på længere", "på forhånd", "til sidst", "til gengæld")
)
REPEATED_FOUND = Msg(
    "Ordet »{word}« står to gange i træk.", "The word “{word}” appears twice in a row."
)
REPEATED_FIX = Msg("Slet det ene »{word}«.", "Delete one “{word}”.")


def sentence_start(text: str, start: int) -> bool:
    """Whether a sentence begins at ``start``: first on its line, or after a full stop,
    question or exclamation mark or a colon."""
    head = text[line_span(text, start)[0] : start].rstrip()
    return not head or head[-1] in ".!?:"


def stranded(text: str, start: int) -> bool:
    """Whether the first of two like prepositions at ``start`` belongs to what goes before:
    its sentence has a comma or a relative word before it, or the second opens a fixed
    phrase."""
    head = text[max(0, start - CLAUSE_REACH) : start]
    head = head[max(head.rfind(end) for end in SENTENCE_ENDS) + 1 :]
    if "," in head or not RELATIVE_WORDS.isdisjoint(head.casefold().split()):
        return True
    return " ".join(text[start : start + 30].casefold().split()[1:3]) in FIXED_PHRASES


def check_repeated(document, context):
    # Comparing neighbouring words in C finds the rare candidates; the regex then places them.
    tokens = words(document, context)
    doubled = {
        word
        for word in map(bytes.decode, compress(tokens, map(operator.eq, tokens, tokens[1:])))
        if len(word) > 1 and word.isalpha()
    }
    for match, line, column in anchored(document, context, REPEATED, *doubled - ALLOWED_REPEATS):
        word = match["word"]
        if word.casefold() in STRANDED_PREPOSITIONS and stranded(document.text, match.start()):
            continue
        if in_quotation(document.text, match.start()):
            continue  # someone else's words, as written: "die die" in a German letter
        if word[:1].isupper() and match.group(0)[-len(word) :][:1].isupper():
            if not sentence_start(document.text, match.start()):
                continue  # a name of two like words, "Bora Bora", mid-sentence
            start = match.start()
            before = "".join(document.text[max(0, start - 40) : start].split()[-1:])
            if before[:1].isupper() and before[-1:] not in ".:!?":
                continue  # the end of a name, "Hans Hansen Hansen"
        message = REPEATED_FOUND.format(word=word)
        yield context.report(message, line, column, fix=REPEATED_FIX.format(word=word))


def with_text(text: str) -> str:
    return example(
        item(
            1, "Beslutning om nye vedtægter", COMPLETE_ITEM.replace("at forslaget godkendes.", text)
        )
    )


RULES = (
    Rule(
        code="RL601",
        name="cpr-number",
        severity="error",
        title=Msg("CPR-nummer i teksten", "CPR number in the text"),
        what=Msg(
            "Et dansk CPR-nummer: seks cifre med en gyldig dato og fire cifre, med bindestreg "
            "eller mellemrum (uden skilletegn kun når »CPR« eller »født« står lige før), eller "
            "med datoen skrevet som dato (»12.03.61-1234«). "
            "Et nummer meldes, hvad enten det består modulus 11-kontrollen eller ej (ikke alle "
            "numre udstedt siden 2007 består den). "
            "Fundet viser kun fødselsdatoen; ingen udskrift fra referatlint viser de sidste fire "
            "cifre, heller ikke linjen under fundet. Journalnumre, KLE-numre, beløb, telefonnumre, "
            "årstal som »2020-2023« og et nummer lige efter »nr.« eller »nummer« (»tilbud nr. "
            "241115-0003«, »sagsnr.«), et ord på »-nummer« (»fakturanummer«) eller et dokuments "
            "navn (»Faktura«, »Kreditnota«, »ordre«, »tilbud«, »bilag«, »rekvisition«, "
            "»kontrakt«, »konto«, »EAN« og lignende), også på linjen over eller foran det første "
            "af flere numre (»Fakturaerne 120325-4471 og 120325-4472«), udløser den ikke; "
            "»cpr-nr.«, »personnummer« og »borgerens nr.« eller »nummer« gør. Står nummeret i et "
            "bilag, der er trykt i dokumentet (en borgers høringssvar), siger rettelsen, at det "
            "skal overstreges i bilaget.",
            "A Danish CPR number: six digits forming a valid date and four digits, with a "
            "hyphen or space (without one only right after “CPR” or “født”), or with the date "
            "written as a date (“12.03.61-1234”). A number is reported whether or not it passes "
            "the modulus-11 check (not all numbers issued since 2007 pass it). The finding "
            "shows only the date of birth; no output of referatlint shows the last four "
            "digits, not even the line under the finding. Journal numbers, KLE numbers, "
            "amounts, phone numbers, year ranges such as “2020-2023” and a number right after "
            "a numbering label (“nr.” or “nummer”: “tilbud nr. 241115-0003”, “sagsnr.”), a "
            "compound of “nummer” (“fakturanummer”) or a document's name (“Faktura”, "
            "“Kreditnota”, “ordre”, “tilbud”, “bilag”, “rekvisition”, “kontrakt”, “konto”, "
            "“EAN” and the like), also on the line above or before the first of several numbers "
            "(“Fakturaerne 120325-4471 og 120325-4472”), do not trigger it; “cpr-nr.”, "
            "“personnummer” and “borgerens nr.” or “nummer” do. Where the number is in an "
            "attachment printed in the document (a citizen's hearing response), the fix says "
            "to black it out in the attachment.",
        ),
        why=Msg(
            "CPR-numre er fortrolige personoplysninger og må ikke offentliggøres.",
            "CPR numbers are confidential personal data and must not be published.",
        ),
        source="CPR-loven § 54, stk. 3; databeskyttelsesloven § 11",
        bad=with_text("at borgeren (cpr 010190-1234) får bevilget hjælpen."),
        good=with_text("at borgeren får bevilget hjælpen."),
        check=check_cpr,
    ),
    Rule(
        code="RL602",
        name="placeholder-link",
        severity="warning",
        title=Msg("Link uden mål", "Link without a target"),
        what=Msg(
            "Et link, der ikke peger nogen steder hen: »[tekst](#)«, »[tekst]()« eller et "
            'HTML-link med tom href eller href="#" (en knap som »Udskriv«, som et script '
            "styrer, er ikke et link).",
            "A link that points nowhere: “[text](#)”, “[text]()” or an HTML link with an empty "
            "or “#” href (a button such as “Udskriv” that a script acts on is no link).",
        ),
        why=Msg(
            "Læseren klikker og kommer ingen steder; henvisningen til loven eller den "
            "tidligere sag er reelt væk.",
            "Readers click and get nowhere; the reference is effectively lost.",
        ),
        bad=with_text("at [vedtægterne](#) godkendes."),
        good=with_text("at [vedtægterne](https://www.kommune.dk/vedtaegter) godkendes."),
        check=check_links,
    ),
    Rule(
        code="RL603",
        name="encoding-damage",
        severity="warning",
        title=Msg("Ødelagte tegn", "Broken characters"),
        what=Msg(
            "Tegn ødelagt af forkert tegnkodning: »Ã¸« for »ø«, »â€“« for »–«, "
            "erstatningstegnet »\ufffd«, eller æ/ø/å, der er faldet ud (»Mnedsopflgning« når "
            "»Månedsopfølgning« står andetsteds). Mange rigtige ord er et andet ord uden ét "
            "æ, ø eller å (»stien« og »Åstien«, »skoler« og »skoleår«), så ord, der mangler ét "
            "bogstav, tæller kun ved siden af et ord, der mangler to, eller når der er mindst "
            "tre af dem.",
            "Characters broken by a wrong encoding (“Ã¸” for “ø”), the replacement character, "
            "or dropped Danish letters (“Mnedsopflgning” beside “Månedsopfølgning”). Many real "
            "words are another without one æ, ø or å (“skoler” and “skoleår”), so words "
            "lacking one letter count only beside a word lacking two, or three or more of them.",
        ),
        why=Msg(
            "Ødelagte bogstaver gør teksten svær at læse og ser uprofessionelt ud.",
            "Broken letters make the text hard to read and look unprofessional.",
        ),
        bad=with_text("at budgettet for Ã¸konomiudvalget godkendes."),
        good=with_text("at budgettet for Økonomiudvalget godkendes."),
        check=check_encoding,
        options=(
            Option(
                "words",
                list(REAL_WORDS),
                Msg(
                    "Rigtige ord, der ligner et andet ord uden æ, ø eller å (»undrede« ved "
                    "siden af »uændrede«): de meldes ikke.",
                    "Real words that look like another word without æ, ø or å (“undrede” "
                    "beside “uændrede”): never reported.",
                ),
            ),
        ),
    ),
    Rule(
        code="RL604",
        name="leftover-placeholder",
        severity="error",
        title=Msg("Glemt pladsholder", "Leftover placeholder"),
        what=Msg(
            "Pladsholdere i teksten: »TODO«, »XX«, »xxx«, »NN«, »[indsæt …]«, »[dato]«, "
            "»[beløb]«, »00.00.0000«, »dd-mm-åååå«, en streg at udfylde (»den ___«) og "
            "»Lorem ipsum« og et flettefelt, der ikke er flettet (»«Mødested»«: ét ord mellem "
            "« og »). En markør i et citat (»…«) er den citeredes ord (fx et navn, der er "
            "gjort anonymt: »XX«, »[navn]«) og tæller ikke, men »[indsæt …]« gør. »Afsnit XX« er "
            "et romertal, og X, XX og XXX tæller ikke, når teksten bruger dem alle tre som skala.",
            "Placeholders in the text: “TODO”, “XX”, “xxx”, “NN”, “[indsæt …]”, “[dato]”, "
            "“[beløb]”, “00.00.0000”, “dd-mm-åååå”, a blank to fill in (“den ___”) and "
            "“Lorem ipsum”, and a merge field never merged (“«Mødested»”: one word between "
            "« and »). A marker inside a quotation is the quoted writer's (a name made "
            "anonymous: “XX”, “[navn]”) and does not count, but “[indsæt …]” does. “Afsnit XX” "
            "is a Roman numeral, and X, XX and XXX do not count when the text uses all three "
            "as a scale.",
        ),
        why=Msg(
            "En pladsholder betyder, at en oplysning mangler (et beløb, en dato, et navn).",
            "A placeholder means a fact is missing (an amount, a date, a name).",
        ),
        bad=with_text("at der afsættes XX mio. kr. til projektet."),
        good=with_text("at der afsættes 2 mio. kr. til projektet."),
        check=check_leftovers,
    ),
    Rule(
        code="RL605",
        name="internal-file-name",
        severity="warning",
        title=Msg("Internt filnavn i teksten", "Internal file name in the text"),
        what=Msg(
            "Interne filnavne og dokument-id'er fra dagsordenssystemet "
            "(»caseno18-35080_#5092184_v2_….pdf«, »#5092184«, »notat_v3.docx«, "
            "»G:\\Sekretariat\\…«).",
            "Internal file names and document ids from the agenda system.",
        ),
        why=Msg(
            "Filnavne fra dagsordenssystemet siger intet til læseren og kan afsløre interne "
            "forhold.",
            "Agenda-system file names mean nothing to readers and may reveal internal details.",
        ),
        bad=with_text("at forslaget godkendes (se caseno18-35080_#5092184_v2_notat.pdf)."),
        good=with_text("at forslaget godkendes (se bilag 1)."),
        check=check_internal_names,
    ),
    Rule(
        code="RL606",
        name="contact-details",
        severity="warning",
        title=Msg("Personlige kontaktoplysninger", "Personal contact details"),
        what=Msg(
            "Private personers e-mailadresser (hos Gmail, Hotmail og lignende, eller et navn "
            "eller initialer som »jens.hansen@«) og telefonnumre (med »tlf.«, »mobil«, »+45« "
            "eller »ringes op på« foran). Domæner med »kommune« eller »region« i navnet, "
            "postkasser som »post@«, »indkob@« og »udbud@«, en myndigheds korte postkasse, når "
            "linjen nævner den (»Kystdirektoratet på kdi@kyst.dk«), et nummer på linje med "
            "»post@« og »info@«, eller som et kontor eller en institution står ved "
            "(»Borgerservice«, »Rådhuset«, »skolens kontor«, »Plejecenter …«, »Kundecentret«, "
            "»Vandforsyningen«, »(kommunens hovednummer)«) eller sidst i dets adresseblok "
            "(»Roskilde Kommune, Vej & Park« / »Hovedgaden 12« / »4000 Roskilde« / »Tlf. …«), "
            "og værdier under »allowed« er tilladt. Kommunens eget domæne (fx »holbaek.dk«) og "
            "numre skrives under »allowed«, som teksten skriver dem (»+45 72 36 36 36«). I et "
            "bilag, der er trykt i dokumentet, siger rettelsen, at oplysningen skal overstreges "
            "i bilaget.",
            "Private persons' e-mail addresses (at Gmail, Hotmail and the like, or a name or "
            "initials such as “jens.hansen@”) and phone numbers (after “tlf.”, “mobil”, “+45” "
            "or “ringes op på”). Domains with “kommune” or “region” in the name, mailboxes such "
            "as “post@”, “indkob@” and “udbud@”, an authority's short mailbox when the line "
            "names it (“Kystdirektoratet på kdi@kyst.dk”), a number on the line of “post@” or "
            "“info@” or next to an office or institution (“Borgerservice”, “Rådhuset”, "
            "“skolens kontor”, “Plejecenter …”, “Kundecentret”, “Vandforsyningen”, “(kommunens "
            "hovednummer)”) or ending its address block (“Roskilde Kommune, Vej & Park” / "
            "“Hovedgaden 12” / “4000 Roskilde” / “Tlf. …”), and values under “allowed” pass. "
            "The municipality's own domain (say “holbaek.dk”) and numbers "
            "go under “allowed”, as the text writes them (“+45 72 36 36 36”). In an attachment "
            "printed in the document, the fix says to black the detail out in the attachment.",
        ),
        why=Msg(
            "Private personers kontaktoplysninger må ikke offentliggøres uden grund.",
            "Private persons' contact details must not be published without reason.",
        ),
        source="Databeskyttelsesforordningen art. 5 og 6",
        bad=with_text("at borgeren (jens.hansen@gmail.com, tlf. 20 30 40 50) får svar."),
        good=with_text("at borgeren får svar."),
        check=check_contacts,
        options=(
            Option(
                "allowed",
                [],
                Msg(
                    "E-mailadresser, domæner og telefonnumre, der må stå (kommunens egne).",
                    "E-mail addresses, domains and phone numbers that may appear (the "
                    "municipality's own).",
                ),
            ),
        ),
    ),
    Rule(
        code="RL607",
        name="template-residue",
        severity="error",
        title=Msg("Hjælpetekst fra skabelonen", "Template help text left in"),
        what=Msg(
            "Hjælpetekst fra skabelonen: »HUSK denne hjælpetekst skal slettes«, »[Her skrives "
            "…]«, »Hvis feltet ikke er relevant, slettes overskriften« og Words egne tekster i "
            "indholdskontrolelementer: »Klik her for at angive tekst.«, »Klik eller tryk her for "
            "at skrive tekst.«, »Klik eller tryk for at angive en dato.«, »Vælg et element.«. "
            "I en Word-fil også et indholdskontrolelement, der stadig viser sin "
            "pladsholdertekst, hvad teksten end siger.",
            "Help text from the template, such as “[Her skrives …]”, and Word's own texts in "
            "content controls: “Klik her for at angive tekst.”, “Klik eller tryk her for at "
            "skrive tekst.”, “Klik eller tryk for at angive en dato.”, “Vælg et element.”. In a "
            "Word file also a content control that still shows its placeholder text, whatever "
            "it says.",
        ),
        why=Msg(
            "Hjælpeteksten er skrevet til sagsbehandleren, ikke til offentligheden.",
            "Help text is written for the case officer, not the public.",
        ),
        bad=with_text("at forslaget godkendes. [Her skrives indstillingen]"),
        good=with_text("at forslaget godkendes."),
        check=check_residue,
    ),
    Rule(
        code="RL608",
        name="broken-paragraph",
        severity="warning",
        title=Msg("Sætning delt af en tom linje", "Sentence split by a blank line"),
        what=Msg(
            "En lang tekstlinje, eller den korte sidste linje i et afsnit, der er brudt om "
            "over flere linjer, slutter midt i en sætning, og sætningen fortsætter efter en "
            "tom linje med lille bogstav eller et årstal (»… i perioden november« / "
            "»2021 til medio 2022.«). Lister og tabeller tæller ikke, heller ikke en "
            "indstilling, hvis »…, at« leder ind til at-sætninger, der har mistet deres "
            "punkttegn, eller en billedtekst over en tabel.",
            "A long line of text, or the short last line of a paragraph wrapped over several "
            "lines, ends mid-sentence and the sentence continues after a blank "
            "line in lower case or with a year. Lists and tables do not count, nor a "
            "recommendation whose “…, at” leads in that-clauses that lost their bullets, or a "
            "caption above a table.",
        ),
        why=Msg(
            "En tom linje midt i en sætning er et typisk spor efter kopiering fra PDF eller "
            "Word og gør teksten svær at læse.",
            "A blank line mid-sentence is a typical trace of copying from PDF or Word.",
        ),
        bad=with_text(
            "at der afsættes midler til opkvalificering af medarbejdere i perioden fra "
            "november\n\n2021 til medio 2022."
        ),
        good=with_text(
            "at der afsættes midler til opkvalificering af medarbejdere i perioden fra "
            "november 2021 til medio 2022."
        ),
        check=check_broken,
    ),
    Rule(
        code="RL609",
        name="repeated-word",
        severity="warning",
        title=Msg("Ord gentaget", "Repeated word"),
        what=Msg(
            "Det samme ord to gange i træk (»behandlingen af af punktet«). Gentagelser, dansk "
            "tillader (»det det«, »der der«, »fokus på på mødet«), et ord foran et sammensat ord, "
            "der begynder med det (»en en-til-en-samtale«), og gentagelser i et citat tæller ikke.",
            "The same word twice in a row; repetitions Danish allows (“det det”), a word before "
            "a compound that begins with it, and repetitions inside a quotation do not count.",
        ),
        why=Msg(
            "Et dobbelt ord er en slåfejl, som læseren falder over.",
            "A doubled word is a typo readers stumble over.",
        ),
        bad=with_text("at forslaget godkendes af af udvalget."),
        good=with_text("at forslaget godkendes af udvalget."),
        check=check_repeated,
    ),
)
