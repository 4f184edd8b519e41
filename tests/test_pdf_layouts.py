"""PDF page layouts from another producer (reportlab, tests/fixtures/pdf/make.py): what
the reader takes as page furniture, how it rejoins justified and hyphenated rows, and a
landscape page in a portrait document. Each fixture is a correct document (its only
finding is RL802: reportlab does not tag, and RL308 where the front page is not counted)
unless its name ends in _defekt."""

import json

import pytest
from conftest import FIXTURES
from referatlint.parse import parse
from referatlint.read import read
from referatlint.read.pdf import (
    LINE_END_HYPHEN,
    Chunk,
    Glyph,
    Row,
    join_wrapped,
    make_row,
    side_by_side,
    strip_furniture,
)
from referatlint.rules.samples import sample_pdf

PDFS = FIXTURES / "pdf"
# RL308 "Side 2–4 i filen har sidetallene »1«–»3«" of the fixtures whose front page is not
# counted, at the first row of the file's page 2 ("Indhold")
UNCOUNTED_COVER = ("RL308", None, 9)
CLIMATE = "Miljø- og klimamæssige konsekvenser"


def findings(cli, path) -> list[tuple[str, str | None, int]]:
    run = cli([path, "--output-format", "json", "--ignore", "RL802"])
    assert run.code in (0, 1), run.err
    (result,) = json.loads(run.out)["files"]
    return [(f["code"], f["item"], f["line"]) for f in result["findings"]]


@pytest.mark.parametrize(
    "name", sorted(path.name for path in PDFS.glob("*.pdf") if "_defekt" not in path.name)
)
def test_correct_pdf_layouts_give_no_findings(cli, name):
    uncounted = name.startswith("forside_uden_sidetal")  # RL308, true: tested below
    assert findings(cli, PDFS / name) == ([UNCOUNTED_COVER] if uncounted else [])


@pytest.mark.parametrize(
    "name", ["forside_uden_sidetal.pdf", "forside_uden_sidetal_filens_sider.pdf"]
)
def test_a_toc_by_printed_or_file_pages_after_an_uncounted_cover_is_right(cli, name):
    """Tårnby (probe round ZK, ZK5): the front page has no page number, so "Side 1 af 3"
    is the file's page 2. A table of contents with the printed numbers (1, 1, 2, 2, 3, 3)
    is right for the reader: it was held against the file's pages (2, 2, 3, 3, 4, 4),
    RL304 on every row. One with the file's pages is right too, as it was."""
    assert findings(cli, PDFS / name) == [UNCOUNTED_COVER]


def test_a_wrong_page_in_a_toc_by_printed_numbers_is_told_in_them(cli):
    """Item 4 stands on the page printed "Side 2 af 3" (the file's page 3), and the table
    of contents, which follows the printed numbers, gives it 3: the one wrong row, told
    in the numbers the table of contents uses. Held against the file's pages, the five
    right rows were reported and this one was not."""
    run = cli([PDFS / "forside_uden_sidetal_defekt.pdf", "--output-format", "json"])
    (result,) = json.loads(run.out)["files"]
    found = [f for f in result["findings"] if f["code"] in ("RL304", "RL305")]
    assert [(f["code"], f["item"], f["line"], f["page"]) for f in found] == [("RL304", "4", 14, 2)]
    assert (found[0]["message"], found[0]["fix"]) == (
        "Indholdsfortegnelsen siger side 3, men punktet begynder på siden med sidetallet 2 "
        "(side 3 i filen).",
        "Opdatér sidetallet i indholdsfortegnelsen til 2.",
    )
    assert findings(cli, PDFS / "forside_uden_sidetal_defekt.pdf") == [
        UNCOUNTED_COVER,
        ("RL304", "4", 14),
    ]


def test_a_heading_that_opens_two_pages_is_text_not_a_running_header(cli):
    """Faxe (probe round Y, Y1): the climate heading is the first row of pages 2 and 3,
    below the running header, as a layout without keep-with-next put it. The same text
    at the same place on two of three pages is no running header where it also stands
    lower on a page in the same font: it was taken away, and each item was reported as
    lacking the section (RL101), an empty one as missing instead of empty (RL102)."""
    source = read(str(PDFS / "overskrift_oeverst_paa_siden.pdf"))
    assert [(line, source.page_of(line)) for line in (35, 65)] == [(35, 2), (65, 3)]
    assert [source.lines[line - 1] for line in (34, 35, 64, 65)] == ["", CLIMATE, "", CLIMATE]
    assert not any("Faxe Kommune" in line or "Side " in line for line in source.lines)
    items = parse(source).items
    assert [[s.heading for s in item.sections] for item in items if item.number in ("3", "5")] == [
        ["Sagsfremstilling", "Økonomiske konsekvenser", CLIMATE, "Indstilling"]
    ] * 2
    assert findings(cli, PDFS / "overskrift_oeverst_paa_siden_defekt.pdf") == [("RL102", "5", 65)]


def test_a_coincidental_repeat_on_half_the_pages_is_text_not_furniture():
    """A decision that is the last row of pages 1 and 3 of four, at the same height, and
    stands nowhere else: a running footer repeats on a clear majority of the pages (two
    thirds), so these stay the items' decisions (it was taken away, RL402 twice)."""
    source = read(str(PDFS / "beslutning_nederst_paa_to_sider.pdf"))
    assert [(source.lines[line - 1], source.page_of(line)) for line in (43, 112)] == [
        ("Godkendt.", 1),
        ("Godkendt.", 3),
    ]
    decisions = {item.number: item.decision.text for item in parse(source).items}
    assert (decisions["3"], decisions["7"]) == ("Godkendt.", "Godkendt.")
    assert dict(source.metadata)["pdf.printed_pages"] == "1 2 3 4"


def test_the_running_header_of_a_landscape_page_is_furniture_too():
    """Holstebro (probe round Y, Y3): a table on a landscape page of its own. Its header
    stands as far below the turned page's top edge as on the other pages, but lower on
    the page: it stayed in the item's text after 16 blank lines, which the page's lower
    top edge made."""
    source = read(str(PDFS / "tvaerside.pdf"))
    assert not any("HOLSTEBRO" in line for line in source.lines)
    turned = [line for line, page in enumerate(source.line_pages, 1) if page == 2]
    assert [source.lines[line - 1] for line in turned[:4]] == [
        "",
        "Tabel 1. Forventet regnskab 2026 for Teknik og Miljø (1.000 kr.)",
        "",
        "Område\tOpr. budget\tKorr. budget\tForbrug 31.03.\tForv. regnskab\tAfvigelse",
    ]
    assert dict(source.metadata)["pdf.printed_pages"] == "1 2 3"
    (budget,) = [item for item in parse(source).items if item.number == "2"]
    assert [(s.heading, s.line) for s in budget.sections] == [
        ("Sagsfremstilling", 12),
        ("Økonomiske konsekvenser", 15),
        (CLIMATE, 31),
        ("Indstilling", 34),
        ("Beslutning", 37),
    ]


def row(page: int, height: float, from_top: float, text: str, bold: bool = False) -> Row:
    chunk = Chunk(62.0, 62.0 + 5 * len(text), ((text, None),))
    return Row(page, height - from_top, 10.0, (chunk,), 40.0, bold, from_top, False)


def test_a_running_header_is_placed_from_the_top_edge_and_counted_apart_from_the_body():
    """Page 3 is turned (a lower top edge) and page 4 a cover-like page with the header
    lower down: the header is furniture where it stands as far below the top edge as on
    most pages, whatever the page's height; where it stands otherwise it is no body text
    that would make the others a template heading."""
    heights = {1: 842.0, 2: 842.0, 3: 595.0, 4: 842.0}
    places = {1: 50.0, 2: 50.0, 3: 50.0, 4: 120.0}
    pages = [
        [
            row(page, heights[page], places[page], "Faxe Kommune"),
            *(
                row(page, heights[page], 92.0 + 15 * index, f"Punkt {page}, række {index}.")
                for index in range(4)
            ),
        ]
        for page in heights
    ]
    stripped, _ = strip_furniture(pages)
    assert [rows[0].text() for rows in stripped] == [
        "Punkt 1, række 0.",
        "Punkt 2, række 0.",
        "Punkt 3, række 0.",
        "Faxe Kommune",
    ]


def test_a_running_header_on_the_documents_own_pages_only_is_furniture():
    """Favrskov (probe round ZL, ZL4): a "samlet dokument" whose portal stamps "Referat med
    bilag · … · Side n af 5" on every page; the document prints its running header and
    "Side n af 5" on its own pages only (1, 2 and 5 of 5), the letter attached on pages 3
    and 4 its own "Side 1 af 2". The header stood on too few of all the pages to be
    furniture: it was glued onto item 1's decision above it ("Godkendt. Favrskov Kommune
    · Økonomiudvalget · Referat") and read as the committee. The letter keeps its rows."""
    source = read(str(PDFS / "samlet_dokument.pdf"))
    assert not any("Favrskov Kommune" in line for line in source.lines)
    assert [(source.lines[line - 1].strip(), source.page_of(line)) for line in (27, 72)] == [
        ("Grundejerforeningen Søften Nord", 3),
        ("Side 1 af 2", 3),
    ]
    document = parse(source)
    assert document.meeting.body == "Økonomiudvalget"
    assert [
        (item.number, item.decision.text, item.decision.line, item.decision.page)
        for item in document.items
    ] == [
        ("1", "Godkendt.", 8, 1),
        ("2", "Indstillingen godkendt.", 124, 5),
        ("3", "Intet.", 128, 5),
    ]


def test_an_unreleased_decision_in_a_pdf_is_quoted_without_the_next_pages_header(cli):
    """The same document with item 1's decision not released: RL401 quoted it with the
    next page's running header (»Beslutning ikke frigivet Favrskov Kommune ·
    Økonomiudvalget …«), which a secretary does not find in the decision."""
    path = PDFS / "samlet_dokument_defekt.pdf"
    run = cli([path, "--output-format", "concise", "--ignore", "RL802"])
    assert run.out.splitlines() == [
        f"{path}:9:1: RL401 [punkt 1, side 1] Beslutningen står som »Beslutning ikke "
        "frigivet«: referatet er udsendt, før beslutningen blev frigivet."
    ]


def test_a_heading_atop_the_documents_own_pages_that_recurs_in_the_body_stays_text():
    """Own pages 1, 2 and 6 of six carry the running header and "Side n af 6"; pages 3-5
    are an attachment with only the portal's stamp and its own footer. "Beslutning" opens
    pages 2 and 6 under the header, two of the three own pages, as a running header would:
    it stands in page 1's body in the same font too, so it is the decision's heading."""
    own = {1: ["1. Godkendelse af dagsorden", "Beslutning", "Godkendt."], 2: ["Beslutning"]}
    own[6] = ["Beslutning", "Indstillingen godkendt."]
    pages = []
    for page in range(1, 7):
        rows = [row(page, 842.0, 24.0, f"Referat med bilag · Side {page} af 6")]
        if page in own:
            rows.append(row(page, 842.0, 50.0, "Favrskov Kommune · Økonomiudvalget · Referat"))
            body = [*own[page], "Sagen er behandlet på mødet."]
            footer = f"Side {page} af 6"
        else:
            body = [f"Høringssvaret, del {page - 2}, række {index}." for index in range(3)]
            footer = f"Side {page - 2} af 3"
        rows += [row(page, 842.0, 92.0 + 30 * index, text) for index, text in enumerate(body)]
        rows.append(row(page, 842.0, 802.0, footer))
        pages.append(rows)
    stripped, labels = strip_furniture(pages)
    assert [[r.text() for r in rows[:1]] + [rows[-1].text()] for rows in stripped] == [
        ["1. Godkendelse af dagsorden", "Sagen er behandlet på mødet."],
        ["Beslutning", "Sagen er behandlet på mødet."],
        ["Høringssvaret, del 1, række 0.", "Høringssvaret, del 1, række 2."],
        ["Høringssvaret, del 2, række 0.", "Høringssvaret, del 2, række 2."],
        ["Høringssvaret, del 3, række 0.", "Høringssvaret, del 3, række 2."],
        ["Beslutning", "Sagen er behandlet på mødet."],
    ]
    assert labels == [1, 2, 3, 4, 5, 6]


def test_a_front_page_in_two_columns_is_read_column_by_column(cli):
    """Faxe (probe round Y, Y2): the meeting's fields on the left, the table of contents
    on the right. Read row by row, each field was joined to a table-of-contents row by a
    tab: the committee read "Indhold", the items joined the members, and no table of
    contents was found, so a wrong title in it was not reported (RL306)."""
    source = read(str(PDFS / "forside_i_to_spalter.pdf"))
    assert source.lines[:4] == (
        "Dagsorden",
        "",
        "Kultur- og Fritidsudvalget",
        "Mødedato",
    )
    assert source.lines[14:24] == (
        "Tina Lang (Æ)",
        "Afbud",
        "Tina Lang (Æ)",
        "",
        "Indhold",
        "",
        "1. Godkendelse af dagsorden ................................ 2",
        "2. Folkeoplysningspolitik 2026-2029 - udsendelse i høring "
        "........................................ 2",
        "3. Anlægstilskud til klubhus, Dalby Boldklub "
        ".......................................................... 2",
        "4. Eventuelt ............................................................ 2",
    )
    document = parse(source)
    assert document.meeting.body == "Kultur- og Fritidsudvalget"
    assert [person.name for person in document.meeting.participants] == [
        "Julie Roed (A)",
        "Kasper Andersen (V)",
        "Lone Madsen (F)",
        "Søren Wichmann (C)",
        "Tina Lang (Æ)",
    ]
    assert [(entry.number, entry.page, entry.line) for entry in document.toc] == [
        ("1", 2, 21),
        ("2", 2, 22),
        ("3", 2, 23),
        ("4", 2, 24),
    ]
    assert findings(cli, PDFS / "forside_i_to_spalter_defekt.pdf") == [("RL306", "3", 23)]


def test_a_table_of_contents_with_a_number_column_stays_a_table():
    """Numbers in a column of their own beside titles with dot leaders are one table,
    even with short rows of their own below it on the left: the titles' column is no
    column of text beside the page's other text."""

    def cells(from_top: float, *spans: tuple[float, float, str]) -> Row:
        chunks = tuple(Chunk(x0, x1, ((text, None),)) for x0, x1, text in spans)
        return Row(1, 842.0 - from_top, 10.0, chunks, 6.0, False, from_top, False)

    rows = [
        cells(92.0, (62.0, 68.0, "1"), (90.0, 533.0, "Godkendelse af dagsorden ........ 2")),
        cells(105.0, (62.0, 68.0, "2"), (90.0, 420.0, "Budgetopfølgning for 1. kvartal 2026")),
        cells(118.0, (90.0, 533.0, "og forventet regnskab 2026 .................... 3")),
        cells(131.0, (62.0, 68.0, "3"), (90.0, 533.0, "Eventuelt ....................... 4")),
        cells(157.0, (62.0, 86.0, "Bilag")),
        cells(170.0, (62.0, 84.0, "Ingen")),
    ]
    assert side_by_side(rows) == rows


def test_a_justified_row_with_wide_word_gaps_is_text_not_table_cells():
    """Faxe (probe round Y, Y5): a justified row before a long word has its word gaps
    stretched past a table's cell gap. All its gaps are alike and it fills the measure,
    which a table row does not: the paragraph stays one line without tabs (it was cut
    into cells, and the rows around it were set into the "columns")."""
    source = read(str(PDFS / "overskrift_oeverst_paa_siden.pdf"))
    assert source.lines[11] == (
        "Bibliotekerne i Haslev og Faxe foreslås at holde betjent åbent fra kl. 10 til 14 i "
        "ugerne 28-31. Erfaringerne fra sommeren 2025 viser, at der kom få brugere om aftenen "
        "efter kl. 14. Bogbussen kører på begge biblioteker efter sin normale køreplan i hele "
        "sommerferien. Borgerservicecentrenes selvbetjeningsautomater er udskiftet i foråret. "
        "Personalet afholder ferie i de uger, hvor der er reduceret betjening."
    )


def test_compound_hyphens_at_a_row_end_are_kept():
    """Faxe (probe round Y, Y4): a suspended hyphen before "og" stays with its space
    ("miljø- og klimamæssige", "Børne- og Ungeudvalget"; it read "miljøog"), and a word's
    own hyphen after a digit joins the word without one ("CO2-neutralt"; it read "CO2-
    neutralt")."""
    lines = read(str(PDFS / "overskrift_oeverst_paa_siden.pdf")).lines
    climate, solar, roof = (
        next(line for line in lines if line.startswith(start))
        for start in ("Ordningen deler lokaler", "Klubhuset opføres", "Taget på svømmehallen")
    )
    assert "men har ingen direkte miljø- og klimamæssige konsekvenser for" in climate
    assert "forventes at være helt CO2-neutralt i driften." in solar
    assert roof.endswith("og sagen er drøftet med Børne- og Ungeudvalget.")


@pytest.mark.parametrize(
    ("end", "following", "joined"),
    [
        (f"både bygge{LINE_END_HYPHEN}", "eller anlægsloven", "både bygge- eller anlægsloven"),
        (f"fritids{LINE_END_HYPHEN}", "samt ungdomsklubber", "fritids- samt ungdomsklubber"),
        # A hyphenated word's end is no suspended compound, even where it is a word
        (f"ind{LINE_END_HYPHEN}", "til videre", "indtil videre"),
        (f"lang{LINE_END_HYPHEN}", "somt", "langsomt"),
        ("2025-", "2029 vedtages", "2025-2029 vedtages"),
        ("kl. 16 -", "18", "kl. 16 - 18"),  # a dash, not a word's hyphen
    ],
)
def test_how_a_row_ending_in_a_hyphen_joins_the_next(end, following, joined):
    segments = [(end, None)]
    join_wrapped(segments, ((following, None),))
    assert "".join(text for text, _ in segments) == joined


def test_a_ligature_keeps_all_its_letters():
    """Fredensborg (probe round ZK, ZK2): pdfium gives the letters of one ligature glyph
    ("ﬀ", "ﬃ") the same box, and the second "f" was dropped as a glyph drawn twice:
    "Afaldsplan", "ofentlig", "Jef Stafeldt". With the table of contents set with the
    ligature and the bold heading without, the titles differed (RL306)."""
    source = read(str(PDFS / "ligaturer.pdf"))
    assert source.lines[6].startswith("1. Affaldsplan 2025-2030 - endelig vedtagelse ....")
    assert source.lines[7].startswith("2. Effektivisering af rengøringen ....")
    assert source.lines[11] == "Planen har været i offentlig høring, og Jeff Staffeldt har svaret."
    assert source.lines[13] == "Indsamlingen bliver mere efficient og finansieres af gebyrerne."
    assert source.lines[15] == "Planen mindsker mængden af affald til forbrænding."
    toc = parse(source).toc
    assert [entry.title for entry in toc] == [
        "Affaldsplan 2025-2030 - endelig vedtagelse",
        "Effektivisering af rengøringen",
    ]


def test_a_glyph_drawn_twice_a_little_aside_is_read_once():
    """Fake bold: the same letter drawn again a fraction of a point to the right."""
    glyphs = [
        Glyph(index, char, x, x + 6, 700, 10, None)
        for index, (char, x) in enumerate([("G", 60), ("G", 60.4), ("o", 66), ("o", 66.4)])
    ]
    assert make_row(1, glyphs, 842).text() == "Go"


OCR_NOTE = (
    "PDF-filen er scannet, og teksten er maskinlæst fra billederne (OCR). Det er den "
    "maskinlæste tekst, referatlint tjekker, og den kan afvige fra det, der står i "
    "scanningen: et fund kan skyldes en læsefejl, fx »20l7« for »2017« eller »0konomi« for "
    "»Økonomi«."
)


def test_a_scan_with_an_ocr_layer_is_said_once_and_its_findings_are_kept(cli):
    """Lemvig (probe round ZK, ZK1): a scanned referat with FineReader's invisible text
    over the page image was checked as if its machine-read text were what the reader sees:
    "20l7" and "0konomiske" gave an RL505 and an RL101 nobody can see in the image. One
    note says the text is machine-read; the findings stay, as the text may be wrong too."""
    path = PDFS / "skannet" / "ocr_lag.pdf"
    assert findings(cli, path) == [("RL907", None, 1), ("RL505", None, 4), ("RL101", "1", 6)]
    run = cli([path, "--output-format", "json", "--select", "RL907", "--lang", "da"])
    (result,) = json.loads(run.out)["files"]
    (note,) = result["findings"]
    assert (note["message"], note["page"], note["severity"]) == (OCR_NOTE, None, "info")
    assert note["fix"] == (
        "Tjek den oprindelige fil i stedet (Word-dokumentet eller PDF-filen fra "
        "dagsordenssystemet), hvis den findes; ellers se hvert fund efter på billedet, før du "
        "retter noget."
    )
    english = cli([path, "--output-format", "concise", "--select", "RL907", "--lang", "en"])
    assert english.out.startswith(
        f"{path}:1:1: RL907 [whole document] The PDF file is scanned, and its text was "
        "machine-read from the images (OCR). That machine-read text is what referatlint checks"
    )


def test_an_unreadable_date_on_a_scanned_page_is_told_it_may_be_a_reading_error(cli):
    """The scan's "20l7" (probe round ZM, P5): RL505 cannot tell a reading error from an
    empty field, so on a page with machine-read text its fix says what to look for in the
    scan rather than to write the date."""
    path = PDFS / "skannet" / "ocr_lag.pdf"
    run = cli([path, "--output-format", "json", "--select", "RL505"])
    (result,) = json.loads(run.out)["files"]
    (finding,) = result["findings"]
    assert (finding["line"], finding["message"]) == (
        4,
        "Feltet »Dato« er ikke udfyldt med en dato (der står »Tirsdag den 4. april 20l7«).",
    )
    assert finding["fix"] == (
        "Siden er scannet, og teksten er maskinlæst (RL907): står der en dato i scanningen, er "
        "»Tirsdag den 4. april 20l7« en læsefejl i den maskinlæste tekst, og der er intet at "
        "rette i dokumentet."
    )


def test_scanned_pages_with_an_ocr_layer_in_a_digital_file_are_named(cli, tmp_path):
    first = "\n".join(("Referat", "Teknik- og Miljøudvalget", "Punkt 1: Godkendelse af dagsorden"))
    second = "\n".join(("Punkt 2: Cykelsti langs Skovvej", "Beslutning", "Godkendt."))
    third = "\n".join(("Punkt 3: Eventuelt", "Beslutning", "Intet."))
    one = tmp_path / "forside.pdf"
    one.write_bytes(sample_pdf([first, second, third], ocr_pages=(0,)))
    run = cli([one, "--output-format", "concise", "--select", "RL907"])
    assert run.out.startswith(
        f"{one}:1:1: RL907 [side 1] Side 1 er scannet, og dens tekst er maskinlæst fra "
        "billedet (OCR)."
    )
    two = tmp_path / "bilag.pdf"
    two.write_bytes(sample_pdf([first, second, third], ocr_pages=(1, 2)))
    run = cli([two, "--output-format", "concise", "--select", "RL907"])
    assert run.out.startswith(
        f"{two}:1:1: RL907 [hele dokumentet] Side 2 og 3 er scannede, og deres tekst er "
        "maskinlæst fra billederne (OCR)."
    )
    run = cli([two, "--output-format", "concise", "--select", "RL907", "--lang", "en"])
    assert run.out.startswith(
        f"{two}:1:1: RL907 [whole document] Pages 2 and 3 are scanned, and their text was "
        "machine-read from the images (OCR)."
    )


def test_a_scanned_file_is_said_first_and_its_pdf_fixes_ask_for_the_original(cli, tmp_path):
    """Lemvig (probe round ZM, P5): RL907 qualifies every other finding of a scanned file,
    so it comes first of the findings about the whole file; a 2017 scan has no Word file to
    export again, so RL802 and RL804 ask for the PDF made from the original document. The
    same untagged file made digitally keeps the export fixes."""
    first = "\n".join(
        (
            "Referat",
            "Teknik- og Miljøudvalget",
            "",
            "Mødedato: Onsdag den 4. april 2017",
            "",
            "Punkt 1: Godkendelse af dagsorden",
            "Beslutning",
            "Godkendt.",
        )
    )
    second = "\n".join(("Punkt 2: Cykelsti langs Skovvej", "Beslutning", "Godkendt."))
    scan = tmp_path / "scannet.pdf"
    scan.write_bytes(sample_pdf([first, second], title=None, tagged=False, ocr_pages=(0, 1)))
    run = cli([scan, "--output-format", "json", "--select", "RL8,RL9"])
    (result,) = json.loads(run.out)["files"]
    assert [(f["code"], f["line"], f["fix"]) for f in result["findings"]] == [
        (
            "RL907",
            1,
            "Tjek den oprindelige fil i stedet (Word-dokumentet eller PDF-filen fra "
            "dagsordenssystemet), hvis den findes; ellers se hvert fund efter på billedet, før "
            "du retter noget.",
        ),
        (
            "RL802",
            1,
            "Filen er scannet: lav PDF-filen fra det oprindelige dokument (Word eller "
            "dagsordenssystemet) med tilgængelighed slået til; en scanning kan ikke tagges "
            "pålideligt.",
        ),
        (
            "RL804",
            1,
            "Filen er scannet: lav PDF-filen fra det oprindelige dokument (Word eller "
            "dagsordenssystemet) med en titel i dets egenskaber, fx »Referat, Teknik- og "
            "Miljøudvalget 4. april 2017«. Findes det ikke, så skriv titlen i PDF-programmet under "
            "Dokumentegenskaber.",
        ),
    ]
    full = cli([scan, "--select", "RL8,RL9", "--lang", "en"]).out
    assert full.startswith(f"{scan}: RL907 [whole document] The PDF file is scanned")
    assert (
        " = fix: The file is scanned: make the PDF file from the original document (Word or "
        "the agenda system) with accessibility turned on; a scan cannot be tagged reliably.\n"
    ) in full
    assert (
        " = fix: The file is scanned: make the PDF file from the original document (Word or "
        "the agenda system) with a title in its properties, for example “Referat, Teknik- og "
        "Miljøudvalget 4. april 2017”. If there is none, write the title in the PDF program under Document "
        "Properties.\n"
    ) in full
    digital = tmp_path / "digital.pdf"
    digital.write_bytes(sample_pdf([first, second], title=None, tagged=False))
    run = cli([digital, "--output-format", "json", "--select", "RL8,RL9"])
    (result,) = json.loads(run.out)["files"]
    assert [(f["code"], f["fix"][:34]) for f in result["findings"]] == [
        ("RL802", "Eksportér igen med tilgængelighed "),
        ("RL804", "Skriv en titel i dokumentets egens"),
    ]


@pytest.mark.parametrize("name", sorted(path.name for path in PDFS.glob("*.pdf")))
def test_a_pdf_drawn_in_visible_text_has_no_ocr_pages(name):
    assert dict(read(str(PDFS / name)).metadata)["pdf.ocr_pages"] == ""


def test_a_scanned_page_without_text_is_no_ocr_page():
    scanned = read("scannet.pdf", sample_pdf(["Punkt 1: Godkendelse af dagsorden", ""]))
    metadata = dict(scanned.metadata)
    assert (metadata["pdf.pages_without_text"], metadata["pdf.ocr_pages"]) == ("2", "")
