"""Characters a reader does not see as written (no-break spaces, soft hyphens, zero-width
characters, ligatures, Word's Symbol-font bullets) are read as seen, once, in the read
stage, whatever the format: dates, headings, titles and contents rows that carry them are
read as if typed plainly."""

import codecs
import importlib
import json

import makedocs
import pytest
from conftest import FIXTURES
from referatlint.parse import parse
from referatlint.read import READERS, read
from referatlint.read.source import Source, from_text

NB, SHY, ZW, BOM = "\u00a0", "\u00ad", "\u200b", "\ufeff"
NYBORG = FIXTURES / "layouts" / "nyborg_usynlige_tegn.txt"


def findings(cli, path, stdin: bytes | None = None) -> list[tuple]:
    """(code, item, line, column) of every finding."""
    run = cli([path, "--output-format", "json"], stdin=stdin)
    (result,) = json.loads(run.out)["files"]
    return [(f["code"], f["item"], f["line"], f["column"]) for f in result["findings"]]


def test_text_lines_are_what_a_reader_sees():
    text = (
        f"Mødedato:\tTirsdag den 4.{NB}november 2025 kl.\u202f16.00\n"
        f"Økono{SHY}miske konsekvenser\n"
        f"{BOM}Indstilling\n"
        f"Skole{ZW}struktur i Ølstykke\u200c\u200d\u2060\n"
        "Kystbeskyttelse i Løkken - \ufb01nansiering, af\ufb02ytning og \ufb00\ufb03\ufb04\n"
        "\uf0b7\tStatus på byggeriet\n"
        "Beløb:\t\u20071.250\u2009kr.\n"
        "Miljø\u2011 og klimamæssige konsekvenser\n"
    )
    source = read("x.txt", codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))
    assert source.lines == (
        "Mødedato:\tTirsdag den 4. november 2025 kl. 16.00",
        "Økonomiske konsekvenser",
        "Indstilling",
        "Skolestruktur i Ølstykke",
        "Kystbeskyttelse i Løkken - finansiering, afflytning og ffffiffl",
        "•\tStatus på byggeriet",
        "Beløb:\t 1.250 kr.",
        "Miljø- og klimamæssige konsekvenser",
    )


def test_a_wrong_weekday_in_a_date_with_a_no_break_space_is_found_from_standard_input(cli):
    """Word's Ctrl+Shift+Space between day and month: "fredag den 20. november 2025" (a
    Thursday) is read as a date, in the header too (the meeting's date)."""
    text = (
        f"Referat\nØkonomiudvalget\n\nMødedato:\tTirsdag den 4.{NB}november 2025\n\n"
        "Punkt 1: Salg af grund\n\nSagsfremstilling\n"
        f"Køber overtager grunden fredag{NB}den 20.{NB}november 2025.\n\n"
        "Indstilling\nDirektionen indstiller, at grunden sælges.\n\n"
        f"Økonomiske konsekvenser\nSalgsindtægt 2,1{NB}mio. kr.\n\n"
        "Miljø- og klimamæssige konsekvenser\nIngen.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    assert findings(cli, "-", stdin=text.encode("utf-8")) == [("RL501", "1", 9, 25)]
    assert parse(read("x.txt", text.encode("utf-8"))).meeting.date == "2025-11-04"


def word_paragraph(text: str, style: str = "") -> str:
    """A paragraph of one run per "|"-separated part; a tab is Word's <w:tab/>."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    tab = '</w:t><w:tab/><w:t xml:space="preserve">'
    runs = "".join(
        f'<w:r><w:t xml:space="preserve">{part.replace(chr(9), tab)}</w:t></w:r>'
        for part in text.split("|")
    )
    return f"<w:p>{props}{runs}</w:p>"


def test_docx_runs_are_read_as_seen_and_a_heading_with_a_soft_hyphen_is_no_rl103(cli, tmp_path):
    """Egedal: a soft hyphen typed in a Heading 2 run ("klima" soft hyphen "mæssige"), which
    prints exactly like the heading it is (no RL103), no-break spaces in dates and amounts,
    and a zero-width space in a title."""
    paragraphs = [
        ("Referat", "Title"),
        ("Børne- og Familieudvalget", ""),
        (f"Dato:\tMandag den 3.{NB}november 2025", ""),
        (f"1. Skole{ZW}struktur i Ølstykke", "Heading1"),
        ("Sagsfremstilling", "Heading2"),
        (f"Forslaget sendes i høring til 5.{NB}januar 2026.", ""),
        ("Indstilling", "Heading2"),
        ("Forvaltningen indstiller, at forslaget sendes i høring.", ""),
        (f"Økono|{SHY}|miske konsekvenser", "Heading2"),
        (f"Ingen ud over 0,4{NB}mio.{NB}kr. til høringen.", ""),
        (f"Miljø- og klima{SHY}mæssige konsekvenser", "Heading2"),
        ("Ingen.", ""),
        ("Beslutning", "Heading2"),
        ("Godkendt.", ""),
    ]
    document = (
        f'<w:document xmlns:w="{makedocs.W}"><w:body>'
        + "".join(word_paragraph(text, style) for text, style in paragraphs)
        + "</w:body></w:document>"
    ).encode()
    path = tmp_path / "referat.docx"
    path.write_bytes(makedocs.docx_bytes("Referat\n", document_xml=document))
    lines = [line for line in read(str(path)).lines if line]
    assert lines[2:] == [
        "Dato:\tMandag den 3. november 2025",
        "1. Skolestruktur i Ølstykke",
        "Sagsfremstilling",
        "Forslaget sendes i høring til 5. januar 2026.",
        "Indstilling",
        "Forvaltningen indstiller, at forslaget sendes i høring.",
        "Økonomiske konsekvenser",
        "Ingen ud over 0,4 mio. kr. til høringen.",
        "Miljø- og klimamæssige konsekvenser",
        "Ingen.",
        "Beslutning",
        "Godkendt.",
    ]
    assert findings(cli, path) == []


def test_html_entities_for_invisible_characters_are_read_as_seen():
    page = (
        "<html><body><h1>Referat</h1><p>Mødedato: Tirsdag den 4.&nbsp;november 2025</p>"
        "<h2>1. Skole&#8203;struktur i Ølstykke</h2><h3>Økono&shy;miske konsekvenser</h3>"
        "<p>Løkken - &#xFB01;nansiering af&#xFEFF; 2. etape</p></body></html>"
    )
    assert read("side.html", page.encode("utf-8")).lines == (
        "Referat",
        "",
        "Mødedato: Tirsdag den 4. november 2025",
        "",
        "1. Skolestruktur i Ølstykke",
        "",
        "Økonomiske konsekvenser",
        "",
        "Løkken - finansiering af 2. etape",
    )


@pytest.mark.parametrize("format_", sorted(READERS))
def test_every_readers_lines_and_placeholders_are_read_as_seen(monkeypatch, format_):
    """One place for every format: a PDF's ligatures as much as a Word file's soft hyphens."""
    module, function = READERS[format_]
    noisy = f"Kystbeskyttelse - \ufb01nansiering{NB}af 2.{ZW}etape: Skriv{SHY} her"

    def reader(data, path):
        return Source(path, format_, ("Punkt 1", noisy), placeholders=((2, f"Skriv{SHY} her"),))

    monkeypatch.setattr(importlib.import_module(module), function, reader)
    monkeypatch.setattr("referatlint.read.detect_format", lambda path, data: format_)
    source = read("x", b"")
    assert source.lines == ("Punkt 1", "Kystbeskyttelse - finansiering af 2.etape: Skriv her")
    assert source.placeholders == ((2, "Skriv her"),)


def test_encoding_damage_keeps_the_no_break_space_and_soft_hyphen_it_is_made_of(cli, tmp_path):
    """UTF-8 read as Windows-1252 turns a no-break space into "Â" and one, "à" into "Ã" and
    a no-break space, "í" into "Ã" and a soft hyphen: RL603 still reports them, while a
    no-break space elsewhere on the line is a space."""
    damaged = (
        f"Udgiften er 2.000Â{NB}kr. fra 4.{NB}november.",
        f"Menuen er Ã{NB} la carte.",
        f"Studieturen går til KÃ{SHY}na og Økono{SHY}mi.",
    )
    text = "Referat\n\nPunkt 1: Studietur\n\nSagsfremstilling\n" + "\n".join(damaged) + "\n"
    path = tmp_path / "referat.txt"
    path.write_text(text, encoding="utf-8")
    assert read(str(path)).lines[5:] == (
        f"Udgiften er 2.000Â{NB}kr. fra 4. november.",
        f"Menuen er Ã{NB} la carte.",
        f"Studieturen går til KÃ{SHY}na og Økonomi.",
    )
    damage = [found for found in findings(cli, path) if found[0] == "RL603"]
    assert damage == [("RL603", "1", 6, 18), ("RL603", "1", 7, 11), ("RL603", "1", 8, 22)]


def test_toc_rows_with_a_blank_between_the_tab_and_the_page():
    """Word's contents style may put a (no-break) space after the tab: "Meddelelser<TAB> 2"
    is a contents row, not an item whose title ends in the page."""
    document = parse(
        from_text(
            "Referat\nØkonomiudvalget\n\nIndholdsfortegnelse\n"
            "Punkt 1: Godkendelse af dagsorden\t 2\nPunkt 2: Meddelelser\t 3\n"
            "\fPunkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
            "\fPunkt 2: Meddelelser\n\nBeslutning\nTaget til efterretning.\n",
            "x.txt",
        )
    )
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 2, 5),
        ("2", "Meddelelser", 3, 6),
    ]
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 7),
        ("2", "Meddelelser", 11),
    ]


def test_a_word_export_with_no_break_spaces_and_soft_hyphens_is_read_as_typed():
    """Nyborg, Word saved as "Almindelig tekst" (UTF-8 with BOM, CRLF, form feeds): no-break
    spaces in dates, amounts, "Punkt 1:" and before every contents page; soft hyphens in
    "Økono-miske konsekvenser", "Beslut-ning" and a title; a zero-width space in a title; a
    byte-order mark before a heading where two pieces were joined; Symbol-font bullets."""
    document = parse(read(str(NYBORG)))
    assert (document.meeting.date, document.meeting.date_text) == (
        "2025-11-04",
        "Tirsdag den 4. november 2025",
    )
    titles = [
        "Godkendelse af dagsorden",
        "Meddelelser",
        "Budgetopfølgning pr. 30. september 2025",
        "Anlægsbevilling - renovering af Nyborg Svømmehal",
        "Kommunegaranti til Nyborg Forsyning & Service A/S",
        "Salg af erhvervsgrund i Nyborg Nord",
        "Køb af ejendom",
    ]
    pages = [2, 2, 2, 3, 3, 4, 4]
    assert [(e.number, e.title, e.page) for e in document.toc] == list(
        zip("1234567", titles, pages, strict=True)
    )
    assert [(i.number, i.title, i.page) for i in document.items] == list(
        zip("1234567", titles, pages, strict=True)
    )
    assert [i.closed for i in document.items] == [False] * 6 + [True]
    case = ["Sagsfremstilling", "Indstilling", "Økonomiske konsekvenser",
            "Miljø- og klimamæssige konsekvenser", "Beslutning"]  # fmt: skip
    assert [[s.heading for s in i.sections] for i in document.items[2:6]] == [case] * 4
    decision = document.items[5].decision  # under "Beslut-ning", not by a fallback
    assert (decision.heading, decision.line, decision.text[:9]) == ("Beslutning", 115, "Godkendt.")


def test_defects_in_a_word_export_with_invisible_characters_are_found(cli, tmp_path):
    """The same export with four defects, each on a line that holds no-break spaces or soft
    hyphens: a wrong weekday in the header and in an item, a contents title that differs
    from the item's, and a missing section."""
    text = NYBORG.read_bytes().decode("utf-8")
    defects = [
        (f"Tirsdag den 4.{NB}november", f"Onsdag den 4.{NB}november"),
        (f"torsdag den 20.{NB}november", f"fredag den 20.{NB}november"),
        (f"Nyborg Svømmehal\t{NB}3", f"Nyborg Stadion\t{NB}3"),
        (
            f"Økono{SHY}miske konsekvenser\r\nGarantien påvirker ikke kommunens låneramme. "
            f"Provisionen giver en indtægt på ca. 210.000{NB}kr. om året.\r\n\r\n",
            "",
        ),
    ]
    for old, new in defects:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / NYBORG.name
    path.write_bytes(text.encode("utf-8"))
    assert findings(cli, path) == [
        ("RL501", None, 5, 11),
        ("RL306", "4", 22, 1),
        ("RL501", "2", 38, 30),
        ("RL101", "5", 84, 1),
    ]


# A text saved on a Mac (NFD): "å" is "a" and a combining ring, "Ã" "A" and a tilde.
NFD_REFERAT = FIXTURES / "layouts" / "nfd_mac_referat.txt"
NFD_MOJIBAKE = FIXTURES / "defects" / "nfd_mac_mojibake.txt"


def test_a_decomposed_text_is_read_composed_line_for_line():
    source = read(str(NFD_REFERAT))
    assert "a\u030a" in NFD_REFERAT.read_text("utf-8")
    assert source.lines[4] == "Byrådet" and source.lines[18] == "2. Udgår"
    assert len(source.lines) == NFD_REFERAT.read_text("utf-8").count("\n")


def test_a_decomposed_text_is_read_as_its_composed_twin(cli, tmp_path):
    """Decomposed, "Byrådet" was no body (the committee's earlier decision became this
    meeting's: RL502) and "2. Udgår" no withdrawn item (RL101 ×3, RL105)."""
    document = parse(read(str(NFD_REFERAT)))
    assert document.meeting.body == "Byrådet"
    assert [item.withdrawn for item in document.items] == [False, True, False]
    assert findings(cli, str(NFD_REFERAT)) == []
    # The damage of a decomposed text is found, and quoted composed.
    run = cli([str(NFD_MOJIBAKE), "--output-format", "concise"])
    assert run.out.splitlines()[0] == (
        f"{NFD_MOJIBAKE}:22:54: RL603 [punkt 2] Teksten har forkert tegnkodning (»kommunernes "
        "Ã¸konomi.«); der skulle nok stå »kommunernes økonomi.«"
    )
