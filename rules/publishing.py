"""RL601-RL609: what must not be published (personal data, placeholders, broken text)."""

import re
from itertools import pairwise

from referatlint.rule import Option, Rule
from referatlint.rules.common import COMPLETE_ITEM, example, item, quoted
from referatlint.rules.decisions import is_placeholder
from referatlint.text import Msg

# ---------------------------------------------------------------------------- RL601
CPR = re.compile(
    r"(?<![\d.,/-])(?P<day>[0-3]\d)(?P<month>[01]\d)(?P<year>\d\d)"
    r"(?P<sep>[- ]?)(?P<serial>\d{4})(?![\d,/-]|\.\d)"
)
CPR_CUE = re.compile(r"cpr|personnummer|personnr|født", re.IGNORECASE)
DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
CPR_FOUND = Msg(
    "Teksten indeholder et CPR-nummer ({masked}); {check}.",
    "The text contains a CPR number ({masked}); {check_en}.",
)
MOD11_OK = ("det består modulus 11-kontrollen", "it passes the modulus-11 check")
MOD11_NO = (
    "det består ikke modulus 11-kontrollen, men det gør ikke alle CPR-numre udstedt siden 2007",
    "it fails the modulus-11 check, which not all numbers issued since 2007 pass",
)
CPR_FIX = Msg(
    "Fjern CPR-nummeret. Skal personen nævnes, så brug initialer eller et løbenummer.",
    "Remove the CPR number; use initials or a serial number if the person must be named.",
)


def valid_date_part(match: re.Match[str]) -> bool:
    day, month = int(match["day"]), int(match["month"])
    return 1 <= month <= 12 and 1 <= day <= DAYS[month - 1]


def modulus11(digits: str) -> bool:
    return (
        sum(int(d) * w for d, w in zip(digits, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11
        == 0
    )


def check_cpr(document, context):
    for line in document.lines:
        for match in CPR.finditer(line.text):
            if not valid_date_part(match):
                continue
            # Ten digits in a row are only a CPR number when the text says so nearby.
            if not match["sep"] and not CPR_CUE.search(
                line.text[max(0, match.start() - 25) : match.start()]
            ):
                continue
            digits = match["day"] + match["month"] + match["year"] + match["serial"]
            passes = MOD11_OK if modulus11(digits) else MOD11_NO
            masked = f"{digits[:6]}-****"
            yield context.report(
                CPR_FOUND.format(masked=masked, check=passes[0], check_en=passes[1]),
                line.line,
                match.start() + 1,
                fix=CPR_FIX,
            )


# ---------------------------------------------------------------------------- RL602
EMPTY_LINK = re.compile(
    r"\[(?P<text>(?:[^\]\\]|\\.)*)\]\(\s*(?P<target>#?)\s*\)"
    r"|<a\b[^>]*\bhref\s*=\s*(?P<quote>[\"'])(?P<href>#?)(?P=quote)[^>]*>(?P<html>[^<]*)",
    re.IGNORECASE,
)
LINK = Msg(
    "Linket »{text}« peger ingen steder hen ({target}).",
    "The link “{text}” points nowhere ({target}).",
)
LINK_FIX = Msg(
    "Indsæt adressen på det, linket skal pege på, eller fjern linket og behold teksten.",
    "Insert the address the link should point to, or remove the link and keep the text.",
)


def check_links(document, context):
    for line in document.lines:
        for match in EMPTY_LINK.finditer(line.text):
            text = match["text"] if match["text"] is not None else match["html"]
            target = match["target"] if match["text"] is not None else match["href"]
            shown = "»#«" if target == "#" else "tom adresse"
            shown_en = "“#”" if target == "#" else "empty address"
            text = quoted(text.replace("\\", ""))
            yield context.report(
                Msg(
                    LINK.da.format(text=text, target=shown),
                    LINK.en.format(text=text, target=shown_en),
                ),
                line.line,
                match.start() + 1,
                fix=LINK_FIX,
            )


# ---------------------------------------------------------------------------- RL603
MOJIBAKE = re.compile(
    r"Ã[\x80-\xbf¡-¿ÀÁÂÃÄÅÆ]|Ã[\xa0¦¥¸˜…†©]|â€[\x80-\xbf“”™œ\x9d˜š›–—¦]|Â[\xa0-\xbf]|\ufffd"
)
DANISH = re.compile(r"[æøåÆØÅ]")
WORD = re.compile(r"[^\W\d_]+")
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
ENCODING_FIX = Msg(
    "Ret teksten, og tjek eksporten: den er sandsynligvis gemt eller læst med en forkert "
    "tegnkodning (brug UTF-8).",
    "Correct the text and check the export: it was probably saved or read with the wrong "
    "encoding (use UTF-8).",
)


def repaired(text: str) -> str:
    from ftfy import fix_text

    return fix_text(text)


def check_encoding(document, context):
    stripped_forms: dict[str, str] = {}
    for line in document.lines:
        if DANISH.search(line.text):
            for word in WORD.findall(line.text):
                if DANISH.search(word) and len(word) >= 6:
                    stripped_forms.setdefault(DANISH.sub("", word).casefold(), word)
    for line in document.lines:
        match = MOJIBAKE.search(line.text)
        if match:
            if match.group(0) == "\ufffd":
                yield context.report(
                    REPLACEMENT_FOUND, line.line, match.start() + 1, fix=ENCODING_FIX
                )
                continue
            words = line.text[max(0, match.start() - 12) : match.end() + 12]
            yield context.report(
                MOJIBAKE_FOUND.format(sample=words.strip(), repaired=repaired(words).strip()),
                line.line,
                match.start() + 1,
                fix=ENCODING_FIX,
            )
            continue
        if not stripped_forms:
            continue
        for word_match in WORD.finditer(line.text):
            word = word_match.group(0)
            if len(word) < 5 or DANISH.search(word):
                continue
            full = stripped_forms.get(word.casefold())
            if full and full.casefold() != word.casefold():
                yield context.report(
                    DROPPED.format(word=word, full=full),
                    line.line,
                    word_match.start() + 1,
                    fix=ENCODING_FIX,
                )
                break


# ---------------------------------------------------------------------------- RL604
LEFTOVER = re.compile(
    r"(?<![\w-])(?:TODO|FIXME|TBD)(?![\w-])"
    r"|(?<![\w-])[xX]{2,}(?![\w-])"
    r"|\[\s*indsæt[^\]]*\]|<\s*indsæt[^>]*>|\{\s*indsæt[^}]*\}"
    r"|\blorem ipsum\b",
    re.IGNORECASE,
)
LEFTOVER_FOUND = Msg(
    "Teksten indeholder en pladsholder: »{found}«.",
    "The text contains a placeholder: “{found}”.",
)
LEFTOVER_FIX = Msg(
    "Erstat pladsholderen med den rigtige tekst, eller slet den.",
    "Replace the placeholder with the real text, or delete it.",
)


def check_leftovers(document, context):
    # A placeholder decision is RL402's finding; do not report it twice.
    skip = {
        line.line
        for agenda_item in document.items
        if agenda_item.decision and is_placeholder(agenda_item.decision.text)
        for line in agenda_item.decision.lines
    }
    for line in document.lines:
        if line.line in skip:
            continue
        for match in LEFTOVER.finditer(line.text):
            yield context.report(
                LEFTOVER_FOUND.format(found=match.group(0)),
                line.line,
                match.start() + 1,
                fix=LEFTOVER_FIX,
            )


# ---------------------------------------------------------------------------- RL605
INTERNAL = re.compile(
    r"caseno\d[\w-]*_#\d+\S*(?:[^\n]*?\.(?:pdf|docx?|xlsx?|pptx?|msg))?"
    r"|(?<![\w])#\d{6,}(?:_v\d+)?"
    r"|\b[\w-]+_v\d+(?:_[\w-]+)*\.(?:pdf|docx?|xlsx?|pptx?)\b"
    r"|\b[A-Z]:\\[^\s]+"
    r"|\\\\[\w.-]+\\[^\s]+"
    r"|\b(?:dok(?:ument)?id|docid|dokumentnr)\s*[:=]\s*\d+",
    re.IGNORECASE,
)
INTERNAL_FOUND = Msg(
    "Et internt filnavn eller dokument-id står i teksten: »{found}«.",
    "An internal file name or document id appears in the text: “{found}”.",
)
INTERNAL_FIX = Msg(
    "Slet filnavnet, eller erstat det med bilagets titel.",
    "Delete the file name, or replace it with the attachment's title.",
)


def check_internal_names(document, context):
    for line in document.lines:
        for match in INTERNAL.finditer(line.text):
            yield context.report(
                INTERNAL_FOUND.format(found=quoted(match.group(0))),
                line.line,
                match.start() + 1,
                fix=INTERNAL_FIX,
            )


# ---------------------------------------------------------------------------- RL606
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\b")
PHONE = re.compile(
    r"(?P<cue>(?:tlf|telefon|mobil|tel|mob|ring|sms)\.?(?:nr\.?)?:?\s*|\+45\s?)"
    r"(?P<number>\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{4}\s\d{4})(?![\d])",
    re.IGNORECASE,
)
MUNICIPAL = re.compile(r"kommune|\bkk\.dk$|\bregion", re.IGNORECASE)
CONTACT_FOUND = Msg(
    "Teksten indeholder {kind} »{found}«. Personlige kontaktoplysninger må ikke offentliggøres.",
    "The text contains {kind_en} “{found}”. Personal contact details must not be published.",
)
CONTACT_FIX = Msg(
    "Fjern oplysningen, eller brug kommunens fælles adresse eller nummer. Er det kommunens "
    "egen, så tilføj den under »allowed« for RL606 i konfigurationen.",
    "Remove it, or use the municipality's shared address or number; if it is the "
    "municipality's own, add it under “allowed” for RL606 in the configuration.",
)


def check_contacts(document, context):
    allowed = {value.casefold() for value in context.options["allowed"]}
    allowed_digits = {re.sub(r"\D", "", value) for value in context.options["allowed"]}
    for line in document.lines:
        for match in EMAIL.finditer(line.text):
            address, domain = match.group(0), match["domain"]
            if address.casefold() in allowed or domain.casefold() in allowed:
                continue
            if MUNICIPAL.search(domain):
                continue
            yield context.report(
                CONTACT_FOUND.format(
                    kind="e-mailadressen", kind_en="the e-mail address", found=address
                ),
                line.line,
                match.start() + 1,
                fix=CONTACT_FIX,
            )
        for match in PHONE.finditer(line.text):
            digits = re.sub(r"\D", "", match["number"])
            if digits in allowed_digits:
                continue
            yield context.report(
                CONTACT_FOUND.format(
                    kind="telefonnummeret", kind_en="the phone number", found=match["number"]
                ),
                line.line,
                match.start("number") + 1,
                fix=CONTACT_FIX,
            )


# ---------------------------------------------------------------------------- RL607
RESIDUE = re.compile(
    r"\bHUSK\b[^.\n]*(?i:slet|fjern|udfyld|skriv)"  # capitals: the template shouting
    r"|(?i:hjælpetekst"
    r"|\[\s*(?:Her skrives|Skriv|Beskriv|Angiv|Tekst)[^\]]*\]"
    r"|Hvis (?:feltet|afsnittet|punktet|overskriften) ikke er relevant"
    r"|overskriften (?:kan )?slettes"
    r"|Klik (?:eller tryk )?her for at (?:angive|skrive|indtaste) (?:tekst|en dato)"
    r"|Vælg et element"
    r"|Skriv (?:teksten |tekst )?her\b)"
)
RESIDUE_FOUND = Msg(
    "Der står hjælpetekst fra skabelonen: »{found}«.",
    "Help text from the template is left in: “{found}”.",
)
RESIDUE_FIX = Msg(
    "Slet hjælpeteksten, og skriv den rigtige tekst (eller slet afsnittet, hvis det ikke "
    "er relevant).",
    "Delete the help text and write the real text (or delete the section if irrelevant).",
)


def check_residue(document, context):
    for line in document.lines:
        match = RESIDUE.search(line.text)
        if match:
            yield context.report(
                RESIDUE_FOUND.format(found=quoted(line.text[match.start() :])),
                line.line,
                match.start() + 1,
                fix=RESIDUE_FIX,
            )


# ---------------------------------------------------------------------------- RL608
OPEN_END = re.compile(r"[a-zæøå0-9,–-]$")
CONTINUES = re.compile(r"^(?:[a-zæøå]|\d{4}\b)")
LIST_START = re.compile(r"^(?:[-•*]|\d{1,3}[.)\]]|[a-z][.)\]])\s")
BROKEN = Msg(
    "Afsnittet er delt midt i en sætning: »…{end}« fortsætter i linje {next_line} »{start}…«.",
    "The paragraph is split mid-sentence: “…{end}” continues on line {next_line} “{start}…”.",
)
BROKEN_FIX = Msg(
    "Fjern det tomme linjeskift, så sætningen hænger sammen.",
    "Remove the blank line so the sentence is whole again.",
)


def check_broken(document, context):
    lines = document.lines
    for previous, line in pairwise(lines):
        if line.line - previous.line < 2:
            continue  # not separated by a blank line
        end, start = previous.text.rstrip(), line.text.lstrip()
        if len(end) < 60 or not OPEN_END.search(end) or "\t" in end:
            continue
        if not CONTINUES.match(start) or LIST_START.match(start):
            continue
        yield context.report(
            BROKEN.format(end=end[-25:], next_line=line.line, start=start[:25]),
            previous.line,
            len(end),
            end_line=line.line,
            fix=BROKEN_FIX,
        )


# ---------------------------------------------------------------------------- RL609
REPEATED = re.compile(r"\b(?P<word>[^\W\d_]{2,})\s+(?P=word)\b", re.IGNORECASE)
# Danish allows "det det", "der der" and a few more in ordinary sentences.
ALLOWED_REPEATS = {"det", "der", "den", "de", "at", "som", "hvad", "om"}
REPEATED_FOUND = Msg(
    "Ordet »{word}« står to gange i træk.", "The word “{word}” appears twice in a row."
)
REPEATED_FIX = Msg("Slet det ene »{word}«.", "Delete one “{word}”.")


def check_repeated(document, context):
    for line in document.lines:
        for match in REPEATED.finditer(line.text):
            word = match["word"]
            if word.casefold() in ALLOWED_REPEATS:
                continue
            yield context.report(
                REPEATED_FOUND.format(word=word),
                line.line,
                match.start() + 1,
                fix=REPEATED_FIX.format(word=word),
            )


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
            "eller mellemrum (uden skilletegn kun når »CPR« eller »født« står lige før). "
            "Fundet viser kun fødselsdatoen og siger, om nummeret består modulus 11-kontrollen "
            "(ikke alle gør siden 2007). Journalnumre, KLE-numre, beløb, telefonnumre og "
            "årstal som »2020-2023« udløser den ikke.",
            "A Danish CPR number: six digits forming a valid date and four digits, with a "
            "hyphen or space (without one only right after “CPR” or “født”). The finding "
            "masks the serial and says whether it passes the modulus-11 check.",
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
            'HTML-link med tom href eller href="#".',
            "A link that points nowhere: “[text](#)”, “[text]()” or an HTML link with an empty "
            "or “#” href.",
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
            "»Månedsopfølgning« står andetsteds).",
            "Characters broken by a wrong encoding (“Ã¸” for “ø”), the replacement character, "
            "or dropped Danish letters (“Mnedsopflgning” beside “Månedsopfølgning”).",
        ),
        why=Msg(
            "Ødelagte bogstaver gør teksten svær at læse og ser uprofessionelt ud.",
            "Broken letters make the text hard to read and look unprofessional.",
        ),
        bad=with_text("at budgettet for Ã¸konomiudvalget godkendes."),
        good=with_text("at budgettet for Økonomiudvalget godkendes."),
        check=check_encoding,
    ),
    Rule(
        code="RL604",
        name="leftover-placeholder",
        severity="error",
        title=Msg("Glemt pladsholder", "Leftover placeholder"),
        what=Msg(
            "Pladsholdere i teksten: »TODO«, »XX«, »xxx«, »[indsæt …]«, »Lorem ipsum«.",
            "Placeholders in the text: “TODO”, “XX”, “xxx”, “[indsæt …]”, “Lorem ipsum”.",
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
            "Interne filnavne og dokument-id'er fra sagssystemet "
            "(»caseno18-35080_#5092184_v2_….pdf«, »#5092184«, »notat_v3.docx«, "
            "»G:\\Sekretariat\\…«).",
            "Internal file names and document ids from the case system.",
        ),
        why=Msg(
            "Filnavne fra sagssystemet siger intet til læseren og kan afsløre interne forhold.",
            "Case-system file names mean nothing to readers and may reveal internal details.",
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
            "E-mailadresser og telefonnumre (med »tlf.«, »mobil« eller »+45« foran). "
            "Adresser på kommunale domæner og numre og adresser under »allowed« er tilladt.",
            "E-mail addresses and phone numbers (after “tlf.”, “mobil” or “+45”). Municipal "
            "domains and values under “allowed” pass.",
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
            "…]«, »Hvis feltet ikke er relevant, slettes overskriften«, »Klik her for at "
            "angive tekst«.",
            "Help text from the template, such as “[Her skrives …]” or “Klik her for at "
            "angive tekst”.",
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
        title=Msg("Afsnit delt midt i en sætning", "Paragraph split mid-sentence"),
        what=Msg(
            "En lang tekstlinje slutter midt i en sætning, og sætningen fortsætter efter en "
            "tom linje med lille bogstav eller et årstal (»… i perioden november« / "
            "»2021 til medio 2022.«). Lister og tabeller tæller ikke.",
            "A long line of text ends mid-sentence and the sentence continues after a blank "
            "line in lower case or with a year. Lists and tables do not count.",
        ),
        why=Msg(
            "Et linjeskift midt i en sætning er et typisk spor efter kopiering fra PDF eller "
            "Word og gør teksten svær at læse.",
            "A break mid-sentence is a typical trace of copying from PDF or Word.",
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
            "tillader (»det det«, »der der«), tæller ikke.",
            "The same word twice in a row; repetitions Danish allows (“det det”) do not count.",
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
