"""RL801-RL804: accessibility pre-checks for the PDF that will be published.

Documents a municipality publishes on its website since 23 September 2018 must be
accessible (webtilgængelighedsloven, lov nr. 692 af 8. juni 2018, § 3 and § 1, stk. 5,
nr. 1), which means meeting EN 301 549, clause 10 (non-web documents), that is WCAG 2.1
level AA. These rules check the four things a PDF can be seen to lack without a
screen reader: a text layer on every page, a tag structure, the document language and a
title. They are pre-checks: a PDF that passes them can still fail a full test (PAC,
veraPDF). They read what the PDF reader put in the document's metadata, so they never
fire on text, Word or HTML input.
"""

import re
from functools import partial

from referatlint.parse.dates import long_date
from referatlint.regex import Lazy
from referatlint.rule import Rule
from referatlint.rules.common import example, item, metadata, scanned_throughout
from referatlint.rules.samples import sample_pdf
from referatlint.text import Msg

LAW = "Webtilgængelighedsloven (lov nr. 692 af 8. juni 2018) § 3, stk. 1"
FILE_NAME_TITLE = Lazy(
    r"^(?:Microsoft Word - |Microsoft PowerPoint - )|\.(?:docx?|pdf|odt|rtf|txt)$|^untitled$",
    re.IGNORECASE,
)


def facts(document, context) -> dict[str, str] | None:
    """The PDF reader's findings about the file, or None for other formats."""
    values = metadata(document, context)
    return values if "pdf.tagged" in values else None


# ---------------------------------------------------------------------------- RL801
NO_TEXT_PAGES = Msg(
    "{pages} har intet tekstlag (scannet som billede). En skærmlæser kan ikke læse det, og "
    "teksten kan hverken søges i eller tjekkes.",
    "{pages_en} no text layer (scanned as an image). A screen reader cannot read it, and the "
    "text can be neither searched nor checked.",
)
NO_TEXT_FIX = Msg(
    "Eksportér dokumentet til PDF fra Word eller dagsordenssystemet i stedet for at scanne "
    "det, eller kør OCR (tekstgenkendelse) på siderne.",
    "Export the document to PDF from Word or the agenda system instead of scanning it, or "
    "run OCR (text recognition) on the pages.",
)


def check_text_layer(document, context):
    values = facts(document, context)
    if not values or not values.get("pdf.pages_without_text"):
        return
    pages = [int(page) for page in values["pdf.pages_without_text"].split(",")]
    shown = ", ".join(str(page) for page in pages)
    many = len(pages) > 1
    # No line stands on a page without text: the finding is about the file, on the page
    # its message names (several pages: the message names them all).
    yield context.report(
        NO_TEXT_PAGES.format(
            pages=f"{'Siderne' if many else 'Side'} {shown}",
            pages_en=f"{'Pages' if many else 'Page'} {shown} {'have' if many else 'has'}",
        ),
        1,
        whole_file=True,
        page=None if many else pages[0],
        fix=NO_TEXT_FIX,
    )


# ---------------------------------------------------------------------------- RL802
UNTAGGED = Msg(
    "PDF-filen er ikke tagget: den har ingen struktur, der fortæller en skærmlæser, hvad der "
    "er overskrifter, afsnit, lister og tabeller.",
    "The PDF file is not tagged: it has no structure telling a screen reader what are "
    "headings, paragraphs, lists and tables.",
)
UNTAGGED_FIX = Msg(
    "Eksportér igen med tilgængelighed slået til (i Word: Gem som PDF › Indstillinger › "
    "»Dokumentstrukturkoder til tilgængelighed«), eller bed leverandøren af "
    "dagsordenssystemet om taggede PDF-filer.",
    "Export again with accessibility turned on (in Word: Save as PDF › Options › "
    "“Document structure tags for accessibility”), or ask the agenda system's vendor for "
    "tagged PDF files.",
)

# A scanned file (RL907) has no Word file to export again: it is made anew from the original.
SCANNED_UNTAGGED_FIX = Msg(
    "Filen er scannet: lav PDF-filen fra det oprindelige dokument (Word eller "
    "dagsordenssystemet) med tilgængelighed slået til; en scanning kan ikke tagges pålideligt.",
    "The file is scanned: make the PDF file from the original document (Word or the agenda "
    "system) with accessibility turned on; a scan cannot be tagged reliably.",
)


def check_tagged(document, context):
    values = facts(document, context)
    if values and values.get("pdf.tagged") == "no":
        fix = SCANNED_UNTAGGED_FIX if scanned_throughout(document, values) else UNTAGGED_FIX
        yield context.report(UNTAGGED, 1, whole_file=True, fix=fix)


# ---------------------------------------------------------------------------- RL803
NO_LANGUAGE = Msg(
    "PDF-filen angiver ikke sit sprog, så en skærmlæser kan læse den danske tekst op med "
    "forkert (fx engelsk) udtale.",
    "The PDF file does not state its language, so a screen reader may read the Danish text "
    "with the wrong (for example English) pronunciation.",
)
OTHER_LANGUAGE = Msg(
    "PDF-filen angiver sproget »{language}«, men dokumentet er på dansk.",
    "The PDF file states the language “{language}”, but the document is in Danish.",
)
LANGUAGE_FIX = Msg(
    "Sæt dokumentets sprog til dansk (da-DK) før eksporten: i Word under Gennemse › Sprog, "
    "eller i PDF-programmet under Dokumentegenskaber › Avanceret.",
    "Set the document language to Danish (da-DK) before exporting: in Word under Review › "
    "Language, or in the PDF program under Document Properties › Advanced.",
)


def check_language(document, context):
    values = facts(document, context)
    if not values:
        return
    language = values.get("pdf.lang", "")
    if not language:
        yield context.report(NO_LANGUAGE, 1, whole_file=True, fix=LANGUAGE_FIX)
    elif not re.match(r"^da(?:-|_|$)", language, re.IGNORECASE):
        yield context.report(
            OTHER_LANGUAGE.format(language=language), 1, whole_file=True, fix=LANGUAGE_FIX
        )


# ---------------------------------------------------------------------------- RL804
NO_TITLE = Msg(
    "PDF-filen har ingen titel i sine metadata, så fanebladet og skærmlæseren viser "
    "filnavnet i stedet.",
    "The PDF file has no title in its metadata, so the browser tab and the screen reader "
    "show the file name instead.",
)
FILE_TITLE = Msg(
    "PDF-filens titel er et filnavn (»{title}«), ikke en titel, der siger, hvad dokumentet er.",
    "The PDF file's title is a file name (“{title}”), not a title saying what the document is.",
)
TITLE_FIX = Msg(
    "Skriv en titel i dokumentets egenskaber, før det gemmes som PDF (i Word: Filer › "
    "Oplysninger › Titel), fx »{example}«.",
    "Write a title in the document's properties before saving it as PDF (in Word: File › "
    "Info › Title), for example “{example}”.",
)
SCANNED_TITLE_FIX = Msg(
    "Filen er scannet: lav PDF-filen fra det oprindelige dokument (Word eller "
    "dagsordenssystemet) med en titel i dets egenskaber, fx »{example}«. Findes det ikke, så "
    "skriv titlen i PDF-programmet under Dokumentegenskaber.",
    "The file is scanned: make the PDF file from the original document (Word or the agenda "
    "system) with a title in its properties, for example “{example}”. If there is none, "
    "write the title in the PDF program under Document Properties.",
)
KIND_NAMES = {"referat": "Referat", "dagsorden": "Dagsorden"}


def title_example(document) -> str:
    """A title for the document from what it says it is: "Referat, Økonomiudvalget 20.
    januar 2026", with what it does not say left out."""
    meeting = document.meeting
    which = " ".join(filter(None, (meeting.body, meeting.date and long_date(meeting.date))))
    kind = KIND_NAMES.get(document.kind, "Referat")
    return f"{kind}, {which}" if which else kind


def check_title(document, context):
    values = facts(document, context)
    if not values:
        return
    title = values.get("pdf.title", "")
    fix = SCANNED_TITLE_FIX if scanned_throughout(document, values) else TITLE_FIX
    fix = fix.format(example=title_example(document))
    if not title:
        yield context.report(NO_TITLE, 1, whole_file=True, fix=fix)
    elif FILE_NAME_TITLE.search(title):
        yield context.report(FILE_TITLE.format(title=title), 1, whole_file=True, fix=fix)


TEXT = example(item(1, "Godkendelse af dagsorden"))
GOOD = partial(sample_pdf, [TEXT])
WHY = Msg(
    "Kommunens PDF-filer på hjemmesiden skal være tilgængelige for borgere, der bruger "
    "skærmlæser eller forstørrelse; Digitaliseringsstyrelsen fører tilsyn med kravet.",
    "The municipality's PDF files on its website must be accessible to citizens using "
    "screen readers or magnification; the Danish Agency for Digital Government supervises "
    "the requirement.",
)

RULES = (
    Rule(
        code="RL801",
        name="pdf-without-text",
        severity="warning",
        title=Msg("Side uden tekstlag i PDF", "PDF page without a text layer"),
        what=Msg(
            "Sider i PDF-filen, der kun er billeder (scannede sider) og ingen tekst har. En "
            "PDF helt uden tekst kan slet ikke læses og giver en fejl (RL901).",
            "Pages of the PDF file that are images only (scanned pages) with no text. A PDF "
            "without any text cannot be read at all and gives an error (RL901).",
        ),
        why=WHY,
        source=LAW + "; EN 301 549 10.1.1.1 og 10.1.4.5 (WCAG 2.1 1.1.1 Non-text Content, "
        "1.4.5 Images of Text)",
        bad=partial(sample_pdf, [TEXT, ""]),
        good=GOOD,
        check=check_text_layer,
    ),
    Rule(
        code="RL802",
        name="pdf-not-tagged",
        severity="warning",
        title=Msg("PDF uden tags", "PDF without tags"),
        what=Msg(
            "PDF-filen er ikke tagget: den fortæller ikke, hvad der er overskrifter, afsnit, "
            "lister og tabeller. Et fortjek: om taggene er rigtige, må et tjekværktøj til "
            "tilgængelighed som PAC eller veraPDF afgøre. Er hele filen scannet (RL907), siger "
            "rettelsen, at PDF-filen skal laves fra det oprindelige dokument.",
            "The PDF file is not tagged: it does not tell what is a heading, paragraph, list or "
            "table. A pre-check: whether the tags are right is for an accessibility checker such "
            "as PAC or veraPDF to decide. Where the whole file is scanned (RL907), the fix says "
            "to make the PDF file from the original document.",
        ),
        why=WHY,
        source=LAW + "; EN 301 549 10.1.3.1 (WCAG 2.1 1.3.1 Info and Relationships)",
        bad=partial(sample_pdf, [TEXT], tagged=False),
        good=GOOD,
        check=check_tagged,
    ),
    Rule(
        code="RL803",
        name="pdf-language",
        severity="warning",
        title=Msg("PDF uden dansk sprog", "PDF language not Danish"),
        what=Msg(
            "PDF-filen angiver ikke sit sprog (/Lang i kataloget), eller den angiver et andet "
            "sprog end dansk.",
            "The PDF file does not state its language (/Lang in the catalog), or states a "
            "language other than Danish.",
        ),
        why=WHY,
        source=LAW + "; EN 301 549 10.3.1.1 (WCAG 2.1 3.1.1 Language of Page)",
        bad=partial(sample_pdf, [TEXT], lang=None),
        good=GOOD,
        check=check_language,
    ),
    Rule(
        code="RL804",
        name="pdf-title",
        severity="warning",
        title=Msg("PDF uden titel", "PDF without a title"),
        what=Msg(
            "PDF-filen har ingen titel i sine metadata, eller titlen er et filnavn "
            "(»Microsoft Word - udkast.docx«). Er hele filen scannet (RL907), siger rettelsen, "
            "at PDF-filen skal laves fra det oprindelige dokument, eller titlen skrives i "
            "PDF-programmet.",
            "The PDF file has no title in its metadata, or the title is a file name "
            "(“Microsoft Word - udkast.docx”). Where the whole file is scanned (RL907), the fix "
            "says to make the PDF file from the original document, or to write the title in the "
            "PDF program.",
        ),
        why=WHY,
        source=LAW + "; EN 301 549 10.2.4.2 (WCAG 2.1 2.4.2 Page Titled)",
        bad=partial(sample_pdf, [TEXT], title=None),
        good=GOOD,
        check=check_title,
    ),
)
