"""RL901 unreadable-document, RL902 encoding-fallback, RL903 no-items, RL904
pages-unknown, RL905 unused-waiver, RL906 misnamed-file, RL907 ocr-text-layer: what
reading and parsing could not do, or did with text that may not be the document's. RL901 is reported by the runner, which has no document; RL905 by the
configuration's waivers."""

from functools import partial

from referatlint.rule import Rule
from referatlint.rules.common import example, item, metadata, scanned_throughout
from referatlint.rules.samples import sample_docx, sample_pdf
from referatlint.text import Msg, enumeration

NO_ITEMS = Msg(
    "Der er ikke fundet nogen dagsordenspunkter i dokumentet.",
    "No agenda items were found in the document.",
)
NO_ITEMS_FIX = Msg(
    "Tjek, at det er en dagsorden eller et referat, og at punkterne har overskrifter som "
    "»Punkt 1: …« eller »1. …«.",
    "Check that this is an agenda or minutes and that items have headings such as “Punkt 1: …”.",
)


ENCODING_FIX = Msg(
    "Gem filen igen, og vælg kodningen »UTF-8« (i Notesblok: Filer › Gem som › Kodning).",
    "Save the file again and choose the encoding “UTF-8” (in Notepad: File › Save as › Encoding).",
)


def check_encoding_fallback(document, context):
    for notice in document.notices:
        yield context.report(notice, 1, whole_file=True, fix=ENCODING_FIX)


def check_no_items(document, context):
    # A notice that the meeting is cancelled has no items to find.
    if not document.items and document.meeting.cancelled_line is None:
        yield context.report(NO_ITEMS, 1, whole_file=True, fix=NO_ITEMS_FIX)


PAGES_UNKNOWN = Msg(
    "Sidetallene i indholdsfortegnelsen er ikke tjekket: Word-filen viser ikke, hvor siderne "
    "skifter (det gemmer kun Word selv, ikke fx LibreOffice eller et dagsordenssystem), så det kan "
    "ikke ses, hvilken side et punkt begynder på.",
    "The page numbers in the table of contents were not checked: the Word file does not show "
    "where its pages break (only Word itself saves that, not LibreOffice or an agenda system, "
    "for example), so the page an item starts on cannot be known.",
)
PAGES_UNKNOWN_FIX = Msg(
    "Åbn filen i Word, og gem den igen, så kan sidetallene tjekkes; eller gem den som PDF, "
    "og tjek PDF-filen i stedet.",
    "Open the file in Word and save it again, and the page numbers can be checked; or save "
    "it as PDF and check the PDF file instead.",
)


def check_pages_unknown(document, context):
    values = metadata(document, context)
    if document.format != "docx" or values.get("docx.rendered_page_breaks") != "0":
        return
    paged = [entry for entry in document.toc if entry.page is not None]
    if paged:
        yield context.report(PAGES_UNKNOWN, paged[0].line, item=None, fix=PAGES_UNKNOWN_FIX)


# What each format is called, and the suffix it should have.
FORMAT_NAMES = {
    "pdf": ("en PDF-fil", "a PDF file", ".pdf"),
    "docx": ("et Word-dokument", "a Word document", ".docx"),
    "html": ("en HTML-side", "an HTML page", ".html"),
    "markdown": ("en Markdown-fil", "a Markdown file", ".md"),
    "text": ("en tekstfil", "a text file", ".txt"),
}
MISNAMED = Msg(
    "Filen har endelsen {suffix}, men er {what_da}.",
    "The file ends in {suffix} but is {what_en}.",
)
MISNAMED_FIX = Msg(
    "Omdøb filen, så den ender på {right}.", "Rename the file so that it ends in {right}."
)
# A file named .pdf was meant to be published as one: saving it as PDF is the other way.
MISNAMED_PDF_FIX = Msg(
    "Omdøb filen, så den ender på {right} (eller gem den som PDF, hvis den skal "
    "offentliggøres som PDF).",
    "Rename the file so that it ends in {right} (or save it as PDF if it is to be published "
    "as PDF).",
)


def check_misnamed(document, context):
    suffix = metadata(document, context).get("file.misnamed")
    if suffix:
        what_da, what_en, right = FORMAT_NAMES[document.format]
        message = MISNAMED.format(suffix=suffix, what_da=what_da, what_en=what_en)
        fix = (MISNAMED_PDF_FIX if suffix == ".pdf" else MISNAMED_FIX).format(right=right)
        yield context.report(message, 1, whole_file=True, fix=fix)


# What is scanned: the whole file, one page, or some pages.
OCR_FILE = Msg(
    "PDF-filen er scannet, og teksten er maskinlæst fra billederne (OCR).",
    "The PDF file is scanned, and its text was machine-read from the images (OCR).",
)
OCR_PAGE = Msg(
    "Side {pages} er scannet, og dens tekst er maskinlæst fra billedet (OCR).",
    "Page {pages_en} is scanned, and its text was machine-read from the image (OCR).",
)
OCR_PAGES = Msg(
    "Side {pages} er scannede, og deres tekst er maskinlæst fra billederne (OCR).",
    "Pages {pages_en} are scanned, and their text was machine-read from the images (OCR).",
)
OCR_LAYER = Msg(
    "{scanned} Det er den maskinlæste tekst, referatlint tjekker, og den kan afvige fra det, "
    "der står i scanningen: et fund kan skyldes en læsefejl, fx »20l7« for »2017« eller "
    "»0konomi« for »Økonomi«.",
    "{scanned_en} That machine-read text is what referatlint checks, and it may differ from "
    "what the scan shows: a finding may come from a reading error, such as “20l7” for "
    "“2017” or “0konomi” for “Økonomi”.",
)
OCR_LAYER_FIX = Msg(
    "Tjek den oprindelige fil i stedet (Word-dokumentet eller PDF-filen fra "
    "dagsordenssystemet), hvis den findes; ellers se hvert fund efter på billedet, før du "
    "retter noget.",
    "Check the original file instead (the Word document or the PDF file from the agenda "
    "system) if it exists; otherwise look each finding up in the image before correcting "
    "anything.",
)


def check_ocr_layer(document, context):
    values = metadata(document, context)
    pages = [int(page) for page in values.get("pdf.ocr_pages", "").split(",") if page]
    if not pages:
        return
    if scanned_throughout(document, values):
        scanned, page = OCR_FILE, None
    else:
        numbers = list(map(str, pages))
        scanned = (OCR_PAGES if len(pages) > 1 else OCR_PAGE).format(
            pages=enumeration(numbers), pages_en=enumeration(numbers, "and")
        )
        page = None if len(pages) > 1 else pages[0]
    message = OCR_LAYER.format(scanned=scanned.da, scanned_en=scanned.en)
    yield context.report(message, 1, whole_file=True, page=page, fix=OCR_LAYER_FIX)


WORD_DRAFT = [
    "REFERAT Socialudvalget d. 01-11-2021",
    "Indholdsfortegnelse",
    "Godkendelse af dagsorden\t2",
    "\fPunkt 1: Godkendelse af dagsorden",
    "Beslutning",
    "Godkendt",
]

OCR_EXAMPLE = example(item(1, "Godkendelse af dagsorden"))

RULES = (
    Rule(
        code="RL901",
        name="unreadable-document",
        severity="error",
        title=Msg("Dokumentet kan ikke læses", "Document cannot be read"),
        what=Msg(
            "Filen kunne ikke læses: den er tom (eller kun mellemrum), binær, beskadiget, "
            "krypteret, for stor eller i et format, referatlint ikke læser. Kørslen ender med "
            "kode 2. En tom fil er intet dokument at tjekke, så den er en fejl som en tom PDF "
            "eller Word-fil, ikke RL903.",
            "The file could not be read: empty (or only spaces), binary, damaged, encrypted, "
            "too large or in an unsupported format. The run ends with exit code 2. An empty "
            "file is no document to check, so it is an error like an empty PDF or Word file, "
            "not RL903.",
        ),
        why=Msg(
            "Et dokument, der ikke kan læses, kan ikke tjekkes.",
            "A document that cannot be read cannot be checked.",
        ),
        bad=b"\x00\x01\x02\x03 PNG-billede gemt som tekst",
        good="REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Godkendelse af dagsorden\n",
        check=None,
    ),
    Rule(
        code="RL902",
        name="encoding-fallback",
        severity="info",
        title=Msg("Ældre tegnkodning", "Older character encoding"),
        what=Msg(
            "Tekstfilen er ikke gyldig UTF-8 og er læst som Windows-1252 (cp1252), den "
            "tegnkodning, Notesblok og ældre programmer gemmer med.",
            "The text file is not valid UTF-8 and was read as Windows-1252 (cp1252), the "
            "encoding Notepad and older programs save in.",
        ),
        why=Msg(
            "Med den forkerte tegnkodning kan æ, ø og å blive forkerte.",
            "With the wrong encoding æ, ø and å may come out wrong.",
        ),
        # "ø" in Windows-1252 (cp1252), written as bytes: encoding it here costs every run a
        # codec import.
        bad=b"REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Godkendelse af dagsorden\n\xf8\n",
        good="REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Godkendelse af dagsorden\nø\n",
        check=check_encoding_fallback,
    ),
    Rule(
        code="RL903",
        name="no-items",
        severity="warning",
        title=Msg("Ingen punkter fundet", "No items found"),
        what=Msg(
            "Der er ingen dagsordenspunkter i dokumentet, så næsten intet kan tjekkes. En "
            "meddelelse om, at mødet er aflyst (»Mødet er aflyst«, »AFLYST«), har ingen "
            "punkter og meldes ikke.",
            "The document has no agenda items, so almost nothing can be checked. A notice "
            "that the meeting is cancelled (“Mødet er aflyst”, “AFLYST”) has no items and is "
            "not reported.",
        ),
        why=Msg(
            "Enten er det ikke en dagsorden, eller også har punkterne en form, referatlint "
            "ikke kender; så bør profilen eller formatet tilpasses.",
            "Either it is not an agenda, or its items have a form referatlint does not know.",
        ),
        bad="REFERAT Socialudvalget d. 01-11-2021\n\nDer er ingen punkter her.\n",
        good="REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Godkendelse af dagsorden\n",
        check=check_no_items,
    ),
    Rule(
        code="RL904",
        name="pages-unknown",
        severity="info",
        title=Msg("Sidetal ikke tjekket", "Page numbers not checked"),
        what=Msg(
            "En Word-fil har sidetal i indholdsfortegnelsen, men viser ikke, hvor siderne "
            "skifter (de sideskift, Word gemmer i filen). Sidetjekkene (RL304, "
            "RL305) springes over i stedet for at gætte. Word gemmer sideskiftene, hver gang "
            "det gemmer filen; en fil gemt i LibreOffice eller skrevet af et andet program "
            "(fx mange dagsordenssystemer) har dem ikke. Åbnes og gemmes filen i "
            "Word, eller gemmes den som PDF, kan sidetallene tjekkes.",
            "A Word file has page numbers in its table of contents but does not show where "
            "its pages break (the page breaks Word saves in the file). The page "
            "checks (RL304, RL305) are skipped rather than guessing. Word saves the page "
            "breaks every time it saves the file; a file saved in LibreOffice or written by "
            "another program (many agenda systems, for example) lacks them. Opened and saved "
            "in Word, or saved as PDF, its page numbers can be checked.",
        ),
        why=Msg(
            "Et sidetjek, der gætter, ville give forkerte fund; det er bedre at sige, at det "
            "ikke kunne laves.",
            "A page check that guesses would give wrong findings; better to say it could not "
            "be done.",
        ),
        bad=partial(sample_docx, WORD_DRAFT, rendered_breaks=False),
        good=partial(sample_docx, WORD_DRAFT),
        check=check_pages_unknown,
    ),
    Rule(
        code="RL905",
        name="unused-waiver",
        severity="warning",
        title=Msg("Undtagelse bruges ikke", "Unused waiver"),
        what=Msg(
            "En undtagelse (waiver) i konfigurationen gælder en fil, der blev tjekket med "
            "undtagelsens regel, men dækker ikke længere noget fund. En regel, der ikke kørte "
            "(--select, --ignore, »ignore«), gør ikke sin undtagelse ubrugt. Fundet står i "
            "konfigurationsfilen.",
            "A waiver in the configuration applies to a file that was checked with the waiver's "
            "rule but no longer covers any finding. A rule that did not run (--select, "
            "--ignore, “ignore”) does not make its waiver unused. It is reported in the "
            "configuration file.",
        ),
        why=Msg(
            "En undtagelse, der ikke længere bruges, skjuler fremtidige fejl af samme slags og "
            "forvirrer den, der reviderer undtagelserne.",
            "An unused waiver hides future findings of the same kind and confuses auditors.",
        ),
        bad="waivers:\n  - file: referat.txt\n    code: RL602\n    reason: Linket er internt.\n",
        good="waivers: []\n",
        check=None,
    ),
    Rule(
        code="RL906",
        name="misnamed-file",
        severity="warning",
        title=Msg("Filnavnet passer ikke til indholdet", "File name does not match its content"),
        what=Msg(
            "Filens endelse siger ét format, men indholdet er et andet: et Word-dokument med "
            "endelsen .pdf, en PDF med endelsen .txt. referatlint ser på, hvad filen faktisk "
            "indeholder, læser den som det, den er, og tjekker den som sædvanlig. En tom fil "
            "eller en fil, der ikke kan læses som noget format, er i stedet RL901.",
            "The file's suffix says one format but its content is another: a Word document "
            "ending in .pdf, a PDF ending in .txt. referatlint looks at what the file actually "
            "holds, reads it as what it is and checks it as usual. An empty file, or one that "
            "cannot be read as any format, is RL901 instead.",
        ),
        why=Msg(
            "Borgernes computere og hjemmesiden åbner filen efter endelsen: et Word-dokument "
            "med endelsen .pdf kan ikke åbnes fra hjemmesiden.",
            "Citizens' computers and the website open the file by its suffix: a Word document "
            "ending in .pdf cannot be opened from the website.",
        ),
        # The finding is about the name, which an example's content cannot show: these
        # describe the file, and the tests name real files (test_read.py).
        bad="Fil: udkast.pdf\nIndhold: et Word-dokument\n",
        good="Fil: udkast.docx\nIndhold: et Word-dokument\n",
        check=check_misnamed,
    ),
    Rule(
        code="RL907",
        name="ocr-text-layer",
        severity="info",
        title=Msg("Scannet PDF med OCR-tekst", "Scanned PDF with OCR text"),
        what=Msg(
            "PDF-filen, eller nogle af dens sider, er scannede billeder med et usynligt lag "
            "maskinlæst tekst ovenpå, sådan som OCR-programmer (tekstgenkendelse) som ABBYY "
            "FineReader, Tesseract og OCRmyPDF lægger det. referatlint tjekker den "
            "maskinlæste tekst og melder sine fund som sædvanlig; denne regel siger én gang "
            "for hele filen, at teksten er maskinlæst.",
            "The whole PDF file or some of its pages are scanned images with an invisible layer "
            "of machine-read text on top, as text recognition (OCR) programs such as ABBYY "
            "FineReader, Tesseract and OCRmyPDF lay it. referatlint checks the machine-read "
            "text and reports its findings as usual; this rule says once for the whole file "
            "that the text is machine-read.",
        ),
        why=Msg(
            "Den maskinlæste tekst er usynlig, så en læsefejl i den kan ingen læser se; men et "
            "fund om en manglende overskrift eller en forkert dato kan skyldes sådan en "
            "læsefejl og ikke dokumentet.",
            "The machine-read text is invisible, so no reader sees a reading error in it; but "
            "a finding about a missing heading or a wrong date may come from such a reading "
            "error, not from the document.",
        ),
        bad=partial(sample_pdf, [OCR_EXAMPLE], ocr_pages=(0,)),
        good=partial(sample_pdf, [OCR_EXAMPLE]),
        check=check_ocr_layer,
    ),
)
