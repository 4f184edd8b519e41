"""PDF, DOCX and HTML versions of the seeds, made by tests/makedocs.py so the truth is
known: the same defects as the text, the pages the generator laid the items on, page
mismatches found exactly where one page number was made wrong."""

import json
import subprocess
import sys
from collections import Counter

import jsonschema
import makedocs
import pytest
from conftest import DRAFT, HANG_GUARD, SEED_NAMES, SEEDS, SMALL_DRAFT, seed_path, seed_text
from referatlint.parse import parse
from referatlint.parse.model import Line
from referatlint.read import read
from referatlint.rules.samples import sample_pdf
from referatlint.schemas import load

FORMATS = ("pdf", "docx", "html")
# Codes that depend on what a format knows, so they may differ from the text's findings.
# Everything else must be the same finding (code and item), as many times.
FORMAT_DEPENDENT = {
    "RL304": "toc-page-mismatch needs the pages an item starts on: PDF, Word with rendered breaks",
    "RL305": "toc-page-sequence compares with the page count; the web version prints no pages",
    "RL308": "printed-page-mismatch reads PDF headers and footers",
    "RL801": "PDF file property",
    "RL802": "PDF file property",
    "RL803": "PDF file property",
    "RL804": "PDF file property",
    "RL904": "a Word file without rendered page breaks",
}
BUILDERS = {"pdf": makedocs.seed_pdf, "docx": makedocs.docx_bytes, "html": makedocs.html_bytes}


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """Every seed in every format, as files with the right suffix."""
    folder = tmp_path_factory.mktemp("formats")
    paths = {}
    for name in SEED_NAMES:
        paths[(name, "text")] = SEEDS / f"{name}.txt"
        for kind, build in BUILDERS.items():
            path = folder / f"{name}.{kind}"
            path.write_bytes(build(paths[(name, "text")].read_text("utf-8")))
            paths[(name, kind)] = path
    return paths


def findings(cli, path, *options) -> list[dict]:
    run = cli([path, "--output-format", "json", *options])
    assert run.code in (0, 1), run.err
    (result,) = json.loads(run.out)["files"]
    return result["findings"]


def code_items(found: list[dict]) -> Counter:
    return Counter(
        (finding["code"], finding["item"])
        for finding in found
        if finding["code"] not in FORMAT_DEPENDENT
    )


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("name", SEED_NAMES)
def test_same_findings_in_every_format(cli, documents, name, kind):
    text = findings(cli, documents[(name, "text")])
    other = findings(cli, documents[(name, kind)])
    assert code_items(other) == code_items(text)
    assert code_items(text), "a seed without findings would prove nothing"
    # The generated files are right about their pages and accessible: nothing more either.
    assert [f for f in other if f["code"] in FORMAT_DEPENDENT] == []


@pytest.mark.parametrize("kind", ("pdf", "docx"))
@pytest.mark.parametrize("name", SEED_NAMES)
def test_items_start_on_the_pages_they_were_laid_on(documents, name, kind):
    document = parse(read(str(documents[(name, kind)])))
    expected = makedocs.page_of_items(seed_text(name[:3]))
    assert {item.number: item.page for item in document.items} == expected
    paged = [entry.page for entry in document.toc if entry.page is not None]
    if name.startswith("000"):  # the PUNKTER list prints no pages
        assert paged == [] and len(document.toc) == len(document.items)
    else:  # the generator printed the real pages in the table of contents
        assert sorted(paged) == sorted(expected.values())


@pytest.mark.parametrize("name", SEED_NAMES)
def test_pdf_text_is_the_seed_text(documents, name):
    """The PDF reader rebuilds paragraphs, blank lines and tables from glyph positions;
    only the table-of-contents rows differ (dot leaders, the real pages), and table rows
    outside a table's multi-cell rows lose their trailing empty cells."""
    seed = seed_text(name[:3]).split("\n")
    source = read(str(documents[(name, "pdf")]))
    toc = {entry.line for entry in parse(read(str(SEEDS / f"{name}.txt"))).toc}
    assert len(source.lines) == len(seed)
    for number, (mine, theirs) in enumerate(zip(source.lines, seed, strict=True), 1):
        if number not in toc:
            assert mine in (theirs, theirs.rstrip("\t")), number


def test_pdf_running_header_and_footer_are_not_text(documents):
    source = read(str(documents[(seed_path("001").stem, "pdf")]))
    assert not any("Side " in line and " af 18" in line for line in source.lines)
    assert not any(line.startswith("Socialudvalget - 2021-11-01") for line in source.lines)
    assert dict(source.metadata)["pdf.printed_pages"] == " ".join(map(str, range(1, 19)))


def test_pdf_page_mismatch_is_found_exactly(cli, tmp_path):
    text = seed_text("001")
    pages = makedocs.page_of_items(text)
    path = tmp_path / "forkert.pdf"
    path.write_bytes(makedocs.seed_pdf(text, wrong={2: pages["122"] + 1}))
    found = [f for f in findings(cli, path) if f["code"] in ("RL304", "RL305")]
    assert [(f["code"], f["item"], f["line"], f["page"]) for f in found] == [
        ("RL304", "122", 15, 1)
    ]
    assert found[0]["message"] == (
        f"Indholdsfortegnelsen siger side {pages['122'] + 1}, men punktet begynder på side "
        f"{pages['122']}."
    )


def test_docx_page_mismatch_is_found_exactly(cli, tmp_path):
    text = seed_text("004")
    pages = makedocs.page_of_items(text)
    path = tmp_path / "forkert.docx"
    path.write_bytes(makedocs.docx_bytes(text, wrong={0: 1}))
    found = [f for f in findings(cli, path) if f["code"] in ("RL304", "RL305")]
    assert [(f["code"], f["item"], f["line"]) for f in found] == [("RL304", "96", 23)]
    assert f"punktet begynder på side {pages['96']}" in found[0]["message"]


def test_docx_without_rendered_breaks_skips_page_checks_and_says_why(cli, tmp_path):
    path = tmp_path / "genereret.docx"
    # one page number wrong, which RL304 would find if the pages were known
    path.write_bytes(makedocs.docx_bytes(seed_text("001"), rendered_breaks=False, wrong={1: 4}))
    document = parse(read(str(path)))
    assert document.line_pages is None and document.pages is None
    found = findings(cli, path)
    assert [(f["code"], f["line"], f["page"]) for f in found if f["code"] in FORMAT_DEPENDENT] == [
        ("RL904", 13, None)
    ]


def test_printed_page_numbers_that_differ_are_reported_once(cli, tmp_path):
    path = tmp_path / "forside.pdf"
    path.write_bytes(makedocs.seed_pdf(seed_text("001"), footer_offset=-1))
    found = [f for f in findings(cli, path) if f["code"] == "RL308"]
    assert [(f["line"], f["page"], f["severity"]) for f in found] == [(23, 2, "info")]
    assert (found[0]["message"], found[0]["fix"]) == (
        "Side 2–18 i filen har sidetallene »1«–»17« i sidehovedet eller sidefoden. Sidetal i "
        "referatlints fund er filens sider (side 1 er filens første side).",
        "Intet at rette, hvis det er med vilje (fx en forside uden sidetal). Ellers lad "
        "sidetallene følge filens sider, også forsiden.",
    )


def test_accessibility_checks_on_an_untagged_pdf(cli, tmp_path):
    path = tmp_path / "utilgaengelig.pdf"
    path.write_bytes(
        makedocs.seed_pdf(
            seed_text("002"), tagged=False, lang="en-US", title="Microsoft Word - x.docx"
        )
    )
    found = [f for f in findings(cli, path) if f["code"].startswith("RL8")]
    assert [(f["code"], f["severity"]) for f in found] == [
        ("RL802", "warning"),
        ("RL803", "warning"),
        ("RL804", "warning"),
    ]
    assert "»en-US«" in found[1]["message"] and "filnavn" in found[2]["message"]
    assert found[2]["fix"] == (  # the example title is the document's own
        "Skriv en titel i dokumentets egenskaber, før det gemmes som PDF (i Word: Filer › "
        "Oplysninger › Titel), fx »Referat, Økonomiudvalget 16. januar 2019«."
    )


def test_accessibility_checks_never_fire_on_other_formats(cli, documents):
    for name in SEED_NAMES:
        for kind in ("text", "docx", "html"):
            assert not [
                f for f in findings(cli, documents[(name, kind)]) if f["code"].startswith("RL8")
            ]


def test_html_broken_and_misdirected_table_of_contents_links(cli, tmp_path):
    text = seed_text("003")
    broken, misdirected = tmp_path / "brudt.html", tmp_path / "skaev.html"
    broken.write_bytes(makedocs.html_bytes(text, broken_anchor=1))
    misdirected.write_bytes(makedocs.html_bytes(text, misdirected=3))
    found = [f for f in findings(cli, broken) if f["code"] in ("RL301", "RL302")]
    second_entry = parse(read(str(broken))).toc[1]
    assert [(f["code"], f["item"], f["line"]) for f in found] == [("RL301", "2", second_entry.line)]
    # The anchor's name is code to a secretary: the link leads nowhere.
    assert found[0]["message"] == (
        "Linket i indholdsfortegnelsen til »Orientering om status på udviklingstiltag og "
        "indsatser på …« fører ingen steder hen."
    )
    found = [f for f in findings(cli, misdirected) if f["code"] in ("RL301", "RL302")]
    fourth = parse(read(str(misdirected))).toc[3]  # the row of item 4, linked to item 5
    assert [(f["code"], f["item"], f["line"]) for f in found] == [("RL302", "4", fourth.line)]
    assert "fører ikke til punktet: det fører til punkt 5." in found[0]["message"]


SIGNED_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Referat</title></head><body>
<h1>Økonomiudvalget - Referat</h1>
<p>Mødedato: Tirsdag den 1. april 2025</p>
<h2>Indhold</h2>
<ol><li><a href="#p1">1. Godkendelse af dagsorden</a></li>
<li><a href="#underskrifter">2. Regnskab 2024</a></li></ol>
<h2 id="p1">1. Godkendelse af dagsorden</h2>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2 id="p2">2. Regnskab 2024</h2>
<h3>Sagsfremstilling</h3><p>Regnskabet viser et overskud.</p>
<h3>Økonomiske konsekvenser</h3><p>Ingen.</p>
<h3>Miljø- og klimamæssige konsekvenser</h3><p>Ingen.</p>
<h3>Indstilling</h3><p>Direktionen indstiller, at regnskabet godkendes.</p>
<h3>Beslutning</h3><p>Godkendt.</p>
<h2 id="underskrifter">Underskrifter</h2>
<p>Jens Hansen (A)</p><p>Mette Lund (V)</p>
</body></html>
"""


def test_a_table_of_contents_link_to_the_signatures_names_the_place(cli, tmp_path):
    """A link that leads below the last item is sent to a place the reader can find; the
    finding stands at the table of contents' row, where the link is mended."""
    page = tmp_path / "referat.html"
    page.write_text(SIGNED_PAGE, encoding="utf-8")
    found = findings(cli, page)
    row = parse(read(str(page))).toc[1]
    assert [(f["code"], f["item"], f["line"]) for f in found] == [("RL302", "2", row.line)]
    assert found[0]["message"] == (
        "Indholdsfortegnelsen nævner punktet, men linket (»#underskrifter«) fører ikke til "
        "punktet: det fører til et sted efter punkterne (ved »Underskrifter«)."
    )


TOC_TABLE_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
<title>Dagsorden</title></head><body><main>
<h1>Økonomiudvalget - Dagsorden</h1>
<p>Dato: Tirsdag den 1. april 2025</p>
<h2>Indhold</h2>
<table><thead><tr><th>Sag</th><th>Titel</th><th>Status</th></tr></thead><tbody>
<tr><td>41</td><td><a href="#sag41">Godkendelse af dagsorden</a></td><td>Åben</td></tr>
<tr><td>42</td><td><a href="#sag42">Regnskab 2023 - overførsler</a></td><td>{status}</td></tr>
</tbody></table>
<h3 id="sag41">Sag 41 (Åben) Godkendelse af dagsorden</h3>
<h3 id="sag42">Sag 42 (Åben) Regnskab {year} - overførsler</h3>
<p><strong>Indstilling</strong><br>Stadsdirektøren foreslår, at overførslerne godkendes.</p>
<p><strong>Økonomiske konsekvenser</strong><br>Ingen.</p>
<p><strong>Miljø- og klimamæssige konsekvenser</strong><br>Ingen.</p>
</main></body></html>"""


def test_html_table_of_contents_as_a_table_with_a_status_column(cli, tmp_path):
    """A web page's "Sag | Titel | Status" table is the table of contents: the column
    headings are no entry, and the status cell is the row's printed status (RL309)."""
    page = tmp_path / "dagsorden.html"
    page.write_text(TOC_TABLE_PAGE.format(status="Åben", year="2023"), "utf-8")
    toc = parse(read(str(page))).toc
    assert [(e.number, e.title, e.anchor, e.closed) for e in toc] == [
        ("41", "Godkendelse af dagsorden", "sag41", False),
        ("42", "Regnskab 2023 - overførsler", "sag42", False),
    ]
    assert findings(cli, page) == []
    page.write_text(TOC_TABLE_PAGE.format(status="Lukket", year="2024"), "utf-8")
    found = [(f["code"], f["item"], f["line"]) for f in findings(cli, page)]
    assert found == [("RL306", "42", 9), ("RL309", "42", 9)]


def test_html_scripts_styles_and_hidden_text_are_ignored(tmp_path):
    page = (
        b"<html><head><title>Referat</title><style>p{}</style></head><body>"
        b"<script>var x = 'Punkt 9: Skjult';</script><div hidden>Punkt 8: Skjult</div>"
        b'<p style="display: none">Punkt 7: Skjult</p><h2 id="p1">Punkt 1: Synlig</h2>'
        b'<p>Se <a href="#">vedt\xc3\xa6gterne</a> og <a href="">loven</a>.</p>'
        b'<p><a href="#" onclick="window.print()">Udskriv</a> '
        b'<a href="#" role="button">Del</a></p></body></html>'
    )
    source = read("side.html", page)
    assert source.lines == (
        "Punkt 1: Synlig",
        "",
        "Se [vedtægterne](#) og [loven]().",
        "",
        "Udskriv Del",  # buttons made of links: a script acts, they point nowhere by design
    )
    assert source.anchors == (("p1", 1),)
    assert dict(source.metadata)["html.title"] == "Referat"


def test_html_lists_tables_and_encoding():
    page = (
        '<html><head><meta charset="windows-1252"></head><body><p>Indstilling</p>'
        '<ol start="3"><li>økonomi</li><li>plan<ul><li>del</li></ul></li></ol>'
        '<ol type="a"><li>første</li></ol>'
        '<table><tr><th>Nr</th><th colspan="2">Sag</th></tr><tr><td>1</td><td>A</td>'
        "<td>2</td></tr></table><p></p><p></p><p>Slut<br>her</p></body></html>"
    ).encode("cp1252")
    assert read("side.html", page).lines == (
        "Indstilling",
        "",
        " 3. økonomi",
        " 4. plan",
        " • del",
        " a) første",
        "",
        "Nr\tSag\t",
        "1\tA\t2",
        "",
        "",
        "",
        "Slut",
        "her",
    )


def test_html_list_numbers_the_page_does_not_show():
    """A list styled without markers shows no number or bullet; an item printing its own
    number ("1. Godkendelse", the list's hidden by a style sheet) does not get it twice. A
    plain <ol> still numbers its items."""
    page = (
        '<html><body><h2>Indholdsfortegnelse</h2><ol style="list-style: none">'
        '<li><a href="#p1">1. Godkendelse af dagsorden</a></li><li>Eventuelt</li></ol>'
        '<ul><li style="list-style-type:none">Bilag 1</li><li>Bilag 2</li></ul>'
        '<ol class="toc"><li><a href="#p1">1. Godkendelse af dagsorden</a></li>'
        "<li>2.\tEventuelt</li><li>2025 i tal</li></ol>"
        "<ol><li>at planen vedtages,</li><li>at den sendes i høring.</li></ol></body></html>"
    ).encode()
    assert read("side.html", page).lines == (
        "Indholdsfortegnelse",
        "",
        "[1. Godkendelse af dagsorden](#p1)",
        "Eventuelt",
        "Bilag 1",
        " • Bilag 2",
        "[1. Godkendelse af dagsorden](#p1)",
        "2.\tEventuelt",
        " 3. 2025 i tal",
        " 1. at planen vedtages,",
        " 2. at den sendes i høring.",
    )


def test_html_site_header_navigation_and_footer_are_not_the_document():
    """The site's breadcrumb and footer around <main> are not read (the footer was the
    last item's decision); a navigation of in-page links is the table of contents, and
    an article's own footer and a page header without <main> are the document's."""
    item = '<h2 id="p1">Punkt 1: Budget</h2><h3>Beslutning</h3><p>Godkendt.</p>'
    chrome = (
        '<header><a href="/">Forside</a></header><nav><a href="/politik">Politik</a></nav>'
        '<p>REFERAT Socialudvalget</p><nav><a href="#p1">Punkt 1: Budget</a></nav>'
        f"<main>{item}</main>"
        '<footer><p>Københavns Kommune</p><a href="/tilgaengelighed">Tilgængelighed</a></footer>'
        '<div role="contentinfo">Kontakt</div>'
    )
    assert read("side.html", f"<html><body>{chrome}</body></html>".encode()).lines == (
        "REFERAT Socialudvalget",
        "",
        "[Punkt 1: Budget](#p1)",
        "",
        "Punkt 1: Budget",
        "",
        "Beslutning",
        "",
        "Godkendt.",
    )
    kept = (
        "<header><p>REFERAT Socialudvalget</p></header>"
        f"<article>{item}<footer>Mødet hævet kl. 17.05</footer></article>"
    )
    assert read("side.html", f"<html><body>{kept}</body></html>".encode()).lines == (
        "REFERAT Socialudvalget",
        "",
        "Punkt 1: Budget",
        "",
        "Beslutning",
        "",
        "Godkendt.",
        "",
        "Mødet hævet kl. 17.05",
    )


def test_html_site_parts_named_by_id_or_class_are_not_the_document(cli, tmp_path):
    """Older pages mark the site's menu, breadcrumb and footer by id or class, not by tag
    (Netpublikator-like). The footer below the content was read as text of the last item,
    a closed one (RL701, an error); parts named so inside the content are the document's."""
    page = (
        '<html lang="da"><body><div id="top"><a href="/">Forside</a><ul class="menu">'
        '<li><a href="/borger">Borger</a></li><li><a href="/politik">Politik</a></li></ul></div>'
        '<div class="crumbs"><a href="/">Forside</a> / <a href="/politik">Politik</a></div>'
        '<div id="content"><h1>Økonomiudvalget - Dagsorden</h1>'
        "<p>Dato: Tirsdag den 1. april 2025</p>"
        '<h3 id="sag1">Sag 1 (Åben) Godkendelse af dagsorden</h3>'
        '<h3 id="sag2">Sag 2 (Lukket) Personalesag</h3>{inside}</div>'
        '<div id="footer">Gladsaxe Kommune, Rådhus Allé 7, 2860 Søborg · '
        '<a href="/cookies">Cookies</a></div></body></html>'
    )
    kept = '<p class="sag-footer">Dagsordenen er udsendt den 25. marts 2025.</p>'
    assert read("dagsorden.html", page.format(inside=kept).encode()).lines == (
        "[Forside](/)",  # the logo link: "top" names no part
        "",
        "Økonomiudvalget - Dagsorden",
        "",
        "Dato: Tirsdag den 1. april 2025",
        "",
        "Sag 1 (Åben) Godkendelse af dagsorden",
        "",
        "Sag 2 (Lukket) Personalesag",
        "",
        "Dagsordenen er udsendt den 25. marts 2025.",
    )
    path = tmp_path / "dagsorden.html"
    path.write_text(page.format(inside=""), "utf-8")
    assert findings(cli, path) == []


def test_html_definition_list_is_read_as_label_and_value_rows():
    """Header fields in a <dl> (FirstAgenda-like) are rows "Mødedato<TAB>Mandag ...", as a
    table's; a term's further values are rows of their own below it."""
    page = (
        '<html lang="da"><body><main><h1>Referat</h1><p>Byrådet</p><dl class="moedeinfo">'
        "<dt>Mødedato</dt><dd>Mandag den 24. marts 2025</dd>"
        "<div><dt>Tidspunkt</dt><dd>Kl. 17.00 - 20.15</dd></div>"
        "<dt>Mødested</dt><dd>Byrådssalen, Middelfart Rådhus</dd>"
        "<dt>Medlemmer</dt><dd>Anne Møller (V), Bo Holm (A), Camilla Fischer (F)</dd>"
        "<dt>Fraværende</dt><dd>Bo Holm (A)</dd><dd>Camilla Fischer (F)</dd></dl>"
        "<h2>1. Godkendelse af dagsorden</h2><h4>Beslutning</h4><p>Godkendt.</p>"
        "</main></body></html>"
    ).encode()
    source = read("referat.html", page)
    assert source.lines[:10] == (
        "Referat",
        "",
        "Byrådet",
        "",
        "Mødedato\tMandag den 24. marts 2025",
        "Tidspunkt\tKl. 17.00 - 20.15",
        "Mødested\tByrådssalen, Middelfart Rådhus",
        "Medlemmer\tAnne Møller (V), Bo Holm (A), Camilla Fischer (F)",
        "Fraværende\tBo Holm (A)",
        "\tCamilla Fischer (F)",
    )
    meeting = parse(source).meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.place) == (
        "2025-03-24",
        "17:00",
        "20:15",
        "Byrådssalen, Middelfart Rådhus",
    )
    assert [(p.name, p.absent) for p in meeting.participants] == [
        ("Anne Møller (V)", False),
        ("Bo Holm (A)", True),
        ("Camilla Fischer (F)", True),
    ]


def test_html_collapsed_accordion_panels_are_read_and_hidden_icons_and_page_numbers_are_not(
    cli, tmp_path
):
    """An accordion's closed items (``hidden``, ``style="display: none;"``) are published
    text a click shows: their decisions and a CPR number in them are checked. What the page
    hides that holds no paragraph or heading stays out: a decorative icon (aria-hidden),
    Word's table of contents page number (display:none), text Word hides (mso-hide)."""
    page = (
        '<html lang="da"><body><main><h1>Økonomiudvalget</h1><p>Referat</p>'
        "<p>Mødedato: Mandag den 12. januar 2026 kl. 16.00</p>"
        '<h2>1. Godkendelse af dagsorden<span class="icon" aria-hidden="true">+</span></h2>'
        '<div class="accordion-collapse" hidden><div class="accordion-body">'
        "<h3>Beslutning</h3><p>Godkendt.</p></div></div>"
        "<h2>2. Budget 2026<span style='display:none'>3</span></h2>"
        '<div class="accordion__content" style="display: none;">'
        "<h3>Indstilling</h3><p>Direktionen indstiller, at budgettet godkendes. Klage fra "
        "borger (cpr.nr. 120385-1234).</p><h3>Økonomi</h3><p>Ingen.</p>"
        "<h3>Klima og miljø</h3><p>Ingen.</p>"
        "<div style='display:none;mso-hide:all'><p>Skjult tekst fra Word</p></div>"
        "<h3>Beslutning</h3><p>{decision}</p></div></main></body></html>"
    )
    source = read("referat.html", page.format(decision="Godkendt.").encode())
    assert source.lines[6:] == (
        "1. Godkendelse af dagsorden",
        "",
        "Beslutning",
        "",
        "Godkendt.",
        "",
        "2. Budget 2026",
        "",
        "Indstilling",
        "",
        "Direktionen indstiller, at budgettet godkendes. Klage fra borger (cpr.nr. 120385-1234).",
        "",
        "Økonomi",
        "",
        "Ingen.",
        "",
        "Klima og miljø",
        "",
        "Ingen.",
        "",
        "Beslutning",
        "",
        "Godkendt.",
    )
    path = tmp_path / "referat.html"
    path.write_text(page.format(decision="Beslutning ikke frigivet"), "utf-8")
    found = [(f["code"], f["item"], f["line"]) for f in findings(cli, path)]
    assert found == [("RL601", "2", 17), ("RL401", "2", 29)]


def test_html_a_button_in_a_heading_is_the_items_title():
    """An accordion's item title is a button in the heading (Bootstrap, FirstAgenda:
    ``<h2><button aria-expanded="false">3. Title</button></h2>``); the site's buttons
    ("Accepter alle", "Fold alle punkter ud") are no text."""
    page = (
        '<html lang="da"><body><div><button type="button">Accepter alle</button></div><main>'
        "<h1>Økonomiudvalget</h1><p>Referat</p><p>Mødedato: Mandag den 12. januar 2026</p>"
        '<button type="button">Fold alle punkter ud</button>'
        '<h2><button type="button" aria-expanded="true" aria-controls="punkt-1">'
        "1. Godkendelse af dagsorden</button></h2>"
        '<div id="punkt-1"><h3>Beslutning</h3><p>Godkendt.</p></div>'
        '<details><summary><button type="button">2. Lukket punkt: Personalesag</button>'
        "</summary><h3>Beslutning</h3><p>Godkendt.</p></details></main></body></html>"
    ).encode()
    source = read("referat.html", page)
    assert source.lines == (
        "Økonomiudvalget",
        "",
        "Referat",
        "",
        "Mødedato: Mandag den 12. januar 2026",
        "",
        "1. Godkendelse af dagsorden",
        "",
        "Beslutning",
        "",
        "Godkendt.",
        "",
        "2. Lukket punkt: Personalesag",
        "",
        "Beslutning",
        "",
        "Godkendt.",
    )
    assert [(i.number, i.title, i.line, i.closed) for i in parse(source).items] == [
        ("1", "Godkendelse af dagsorden", 7, False),
        ("2", "Personalesag", 13, True),
    ]


@pytest.mark.parametrize("number", ["{}", "{}.", "Punkt {}"])
def test_html_item_number_in_an_element_of_its_own_is_set_apart_from_the_title(number):
    """``<span class="number">3</span><span class="title">Title</span>`` (Glostrup): the
    page's style sheet sets the number apart (``.number::after{content:". "}``), so it is
    read as "3 Title", not "3Title"; a number already followed by white space (Word's
    list number), a word's subscript ("CO<sub>2</sub>") and a number running into the rest
    of a number ("1,5") are left as they are."""
    headings = "".join(
        f'<h3 id="punkt-{n}"><span class="number">{number.format(n)}</span>'
        f'<span class="title">{title}</span></h3><p>Sagen forelægges til {text}.</p>'
        for n, title, text in ((1, "Godkendelse af dagsorden", "godkendelse"),
                               (2, "Budget 2026", "drøftelse"), (3, "Eventuelt", "orientering"))
    )  # fmt: skip
    page = (
        '<html lang="da"><body><main><h1>Økonomiudvalget</h1><p>Dagsorden</p>'
        f"<p>Mødedato: Mandag den 12. januar 2026 kl. 16.00</p>{headings}"
        "<h4><span style='mso-list:Ignore'>a)<span>&nbsp;&nbsp;</span></span><span>Bilag"
        "</span></h4><p>CO<sub>2</sub><span>udledningen</span> falder med "
        "<span>1</span><span>,5</span> ton.</p></main></body></html>"
    ).encode()
    source = read("dagsorden.html", page)
    assert source.lines[6:] == (
        f"{number.format(1)} Godkendelse af dagsorden",
        "",
        "Sagen forelægges til godkendelse.",
        "",
        f"{number.format(2)} Budget 2026",
        "",
        "Sagen forelægges til drøftelse.",
        "",
        f"{number.format(3)} Eventuelt",
        "",
        "Sagen forelægges til orientering.",
        "",
        "a) Bilag",
        "",
        "CO2udledningen falder med 1,5 ton.",
    )
    assert [(i.number, i.title, i.line) for i in parse(source).items] == [
        ("1", "Godkendelse af dagsorden", 7),
        ("2", "Budget 2026", 11),
        ("3", "Eventuelt", 15),
    ]


def test_html_cookie_banner_skip_link_and_layout_table_menu_are_not_the_document(cli, tmp_path):
    """A cookie banner (Cookiebot's dialog, a div named "cookie-consent") is the site's:
    its "Tillad alle" links point to "#" by design (RL602 on a correct page). So are a skip
    link to the page's content ("Spring til indhold") and a layout table's menu cell."""
    page = (
        '<html lang="da"><body><div id="skip"><a href="#indhold">Spring til indhold</a></div>'
        '<div id="CybotCookiebotDialog" role="dialog"><h2>Denne hjemmeside bruger cookies</h2>'
        '<a href="#">Tillad alle</a> <a href="#">Afvis</a></div>'
        '<div class="cookie-consent"><p>Vi bruger cookies til statistik.</p>'
        '<a href="#">OK</a></div>'
        '<table class="layout"><tr><td class="topbanner"><img src="logo.gif" alt="Logo"></td>'
        '<td class="topmenu"><a href="/">Forside</a> | <a href="/politik">Politik</a></td>'
        '</tr></table><div id="indhold"><h1>Økonomiudvalget</h1><p>Referat</p>'
        "<p>Mødedato: Mandag den 12. januar 2026 kl. 16.00</p>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>"
        '<p><a href="#indhold">Til toppen</a></p></div></body></html>'
    )
    assert read("referat.html", page.encode()).lines == (
        "Økonomiudvalget",
        "",
        "Referat",
        "",
        "Mødedato: Mandag den 12. januar 2026 kl. 16.00",
        "",
        "1. Godkendelse af dagsorden",
        "",
        "Beslutning",
        "",
        "Godkendt.",
        "",
        "[Til toppen](#indhold)",  # inside the content: the document's own link
    )
    path = tmp_path / "referat.html"
    path.write_text(page, "utf-8")
    assert findings(cli, path) == []


def test_docx_numbering_as_word_shows_it():
    """Lists that share a definition continue one another; a start override restarts;
    levels restart below their parent; letters, bullets and styles resolve."""
    numbering = (
        f'<w:numbering xmlns:w="{makedocs.W}">'
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
        "</w:numbering>"
    ).encode()

    def numbered(text, num, level=0, extra=""):
        return (
            f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/>'
            f"</w:numPr>{extra}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )

    document = (
        f'<w:document xmlns:w="{makedocs.W}"><w:body>'
        + numbered("en", 1)
        + numbered("to", 1)
        + numbered("to-a", 1, 1)
        + numbered("to-b", 1, 1)
        + numbered("tre", 2)  # another instance of the same list continues it
        + numbered("tre-a", 2, 1)
        + "<w:p><w:r><w:t>Mellem</w:t></w:r></w:p>"
        + numbered("igen", 3)  # a start override restarts it
        + numbered("punkt", 4, extra='<w:ind w:left="0"/>')
        + "</w:body></w:document>"
    ).encode()
    data = makedocs.docx_bytes(
        SMALL_DRAFT, document_xml=document, extra_parts={"word/numbering.xml": numbering}
    )
    assert read("liste.docx", data).lines == (
        " 1. en",
        " 2. to",
        "a) to-a",
        "b) to-b",
        " 3. tre",
        "a) tre-a",
        "",
        "Mellem",
        "",
        " 1. igen",
        "• punkt",
    )


def word_minutes_with_numbered_headings(climate: bool = True) -> bytes:
    """Minutes as SBSYS writes them from Word: the items are Heading 1 paragraphs that Word
    numbers itself ("%1."), the number hanging at the margin and the title at 1 cm."""
    w = makedocs.W
    numbering = (
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        '</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    ).encode()

    def para(text, style=None, num=None, ind=""):
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num:
            props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        return f"<w:p><w:pPr>{props}{ind}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"

    climate_section = (
        para("Miljø- og klimamæssige konsekvenser", "Heading2") + para("Ingen.") if climate else ""
    )
    document = (
        f'<w:document xmlns:w="{w}"><w:body>'
        + para("Referat")
        + para("Teknik- og Miljøudvalget")
        + para("Mødedato: Onsdag den 5. marts 2025")
        + para("Godkendelse af dagsorden", "Heading1", 1)
        + para("Beslutning", "Heading2")
        + para("Godkendt.")
        + para("Vinterregulativ 2025-2028", "Heading1", 1)
        + para("Indstilling", "Heading2")
        + para("Forvaltningen indstiller, at", ind='<w:ind w:left="0" w:firstLine="284"/>')
        + para("regulativet godkendes,", num=2)
        + para("udgifterne afholdes inden for rammen.", num=2)
        + para("Økonomiske konsekvenser", "Heading2")
        + para("Ingen.")
        + climate_section
        + para("Beslutning", "Heading2")
        + para("Godkendt.")
        + "</w:body></w:document>"
    ).encode()
    return makedocs.docx_bytes(
        SMALL_DRAFT, document_xml=document, extra_parts={"word/numbering.xml": numbering}
    )


def test_docx_number_hanging_at_the_margin_is_not_indented(cli, tmp_path):
    """A hanging indent pulls the first line back: "left=567 hanging=567" puts an item's
    number at the margin, so the heading is "1. Title", an item. Word's usual list indent
    (left=720 hanging=360) and a first-line indent still start a line further in."""
    source = read("referat.docx", word_minutes_with_numbered_headings())
    assert source.lines[6:] == (
        "1. Godkendelse af dagsorden",
        "",
        "Beslutning",
        "",
        "Godkendt.",
        "",
        "2. Vinterregulativ 2025-2028",
        "",
        "Indstilling",
        "",
        " Forvaltningen indstiller, at",
        "",
        " 1. regulativet godkendes,",
        " 2. udgifterne afholdes inden for rammen.",
        "",
        "Økonomiske konsekvenser",
        "",
        "Ingen.",
        "",
        "Miljø- og klimamæssige konsekvenser",
        "",
        "Ingen.",
        "",
        "Beslutning",
        "",
        "Godkendt.",
    )
    document = parse(source)
    assert [(item.number, item.title, item.line) for item in document.items] == [
        ("1", "Godkendelse af dagsorden", 7),
        ("2", "Vinterregulativ 2025-2028", 13),
    ]
    path = tmp_path / "referat.docx"
    path.write_bytes(word_minutes_with_numbered_headings())
    assert findings(cli, path, "--ignore", "RL904") == []
    path.write_bytes(word_minutes_with_numbered_headings(climate=False))
    assert [
        (f["code"], f["item"], f["line"]) for f in findings(cli, path, "--ignore", "RL904")
    ] == [("RL101", "2", 13)]


def word_agenda_with_list_indent_and_line_breaks(
    item_style: str = "Overskrift1", economy: bool = True
) -> bytes:
    """An agenda as a secretariat finishes it in Word (Frederikssund, FirstAgenda export):
    the items are headings numbered with Word's numbering button, so the number stands at
    the list's default indent (left=720 hanging=360); the table of contents lists the
    titles without numbers; a long item title and a long section heading are broken by
    hand (Shift+Enter), and so are the vote lines of a committee's decision."""
    w = makedocs.W
    styles = (
        f'<w:styles xmlns:w="{w}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="Overskrift1">'
        '<w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
        # a template's own item style: no heading name, only an outline level
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dagsordenpunkt">'
        '<w:name w:val="Dagsordenpunkt"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Overskrift-til-indholdsfortegnelse">'
        '<w:name w:val="TOC Heading"/><w:basedOn w:val="Overskrift1"/>'
        '<w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Indholdsfortegnelse1"><w:name w:val="toc 1"/>'
        '<w:basedOn w:val="Normal"/></w:style></w:styles>'
    ).encode()
    numbering = (
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="40">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
        '</w:lvl></w:abstractNum><w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>'
        "</w:numbering>"
    ).encode()

    def runs(*texts: str) -> str:
        return "<w:r><w:br/></w:r>".join(
            "<w:r><w:tab/></w:r>".join(word_run(part) for part in text.split("\t"))
            for text in texts
        )

    def para(*texts: str, style: str | None = None) -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{props}{runs(*texts)}</w:p>"

    pages = {"_Toc1": 2, "_Toc2": 2, "_Toc3": 3, "_Toc4": 3}

    def item(bookmark: str, *title: str, new_page: bool = False) -> str:
        mark = "<w:r><w:lastRenderedPageBreak/></w:r>" if new_page else ""
        return (
            f'<w:p><w:pPr><w:pStyle w:val="{item_style}"/><w:numPr><w:ilvl w:val="0"/>'
            f'<w:numId w:val="40"/></w:numPr></w:pPr><w:bookmarkStart w:id="{bookmark[-1]}" '
            f'w:name="{bookmark}"/>{mark}{runs(*title)}<w:bookmarkEnd w:id="{bookmark[-1]}"/>'
            "</w:p>"
        )

    def toc_entry(index: int, bookmark: str, title: str) -> str:
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            ' TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        page = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f" PAGEREF {bookmark} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="
            f'"separate"/></w:r>{word_run(str(pages[bookmark]))}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
        return (
            '<w:p><w:pPr><w:pStyle w:val="Indholdsfortegnelse1"/></w:pPr>'
            f'{begin}<w:hyperlink w:anchor="{bookmark}">{word_run(title)}'
            f"<w:r><w:tab/></w:r>{page}</w:hyperlink></w:p>"
        )

    title_2 = "Forslag til kommuneplantillæg nr. 12 og lokalplan nr. 118"
    title_2_rest = "for boliger ved Frederiksværkvej"
    toc = [
        ("_Toc1", "Godkendelse af dagsorden"),
        ("_Toc2", f"{title_2} {title_2_rest}"),
        ("_Toc3", "Budgetopfølgning 2 for 2025"),
        ("_Toc4", "Eventuelt"),
    ]
    economy_section = (
        para("Økonomiske konsekvenser", style="Overskrift2")
        + para("Forslaget har ingen økonomiske konsekvenser for kommunen.")
        if economy
        else ""
    )
    body = [
        para("Dagsorden"),
        para("Byrådet"),
        para("Mødedato:\tOnsdag den 25. juni 2025"),
        para("Mødetidspunkt:\tKl. 18.00"),
        para("Mødested:\tByrådssalen, Frederikssund Rådhus"),
        para("Indhold", style="Overskrift-til-indholdsfortegnelse"),
        *(toc_entry(index, bookmark, title) for index, (bookmark, title) in enumerate(toc)),
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        item("_Toc1", "Godkendelse af dagsorden", new_page=True),
        para("Indstilling", style="Overskrift2"),
        para("Borgmesteren indstiller, at dagsordenen godkendes."),
        item("_Toc2", title_2, title_2_rest),
        para("Sagsfremstilling", style="Overskrift2"),
        para(
            "Lokalplanforslaget gør det muligt at opføre op til 60 boliger i op til tre etager "
            "langs Frederiksværkvej."
        ),
        economy_section,
        para("Miljø- og klimamæssige", "konsekvenser", style="Overskrift2"),
        para("Planen vurderes ikke at medføre væsentlige klimapåvirkninger."),
        para("Indstilling", style="Overskrift2"),
        para("Direktionen indstiller, at forslagene vedtages og sendes i offentlig høring."),
        para("Økonomiudvalgets beslutning den 18. juni 2025", style="Overskrift2"),
        para("Anbefales.", "For stemte 7: A, V, C og F.", "Imod stemte 1: Ø."),
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
        item("_Toc3", "Budgetopfølgning 2 for 2025", new_page=True),
        para("Sagsfremstilling", style="Overskrift2"),
        para("Budgetopfølgningen viser et forventet merforbrug på 2,7 mio. kr."),
        para("Økonomiske konsekvenser", style="Overskrift2"),
        para("Merforbruget finansieres af kassebeholdningen."),
        para("Miljø- og klimamæssige konsekvenser", style="Overskrift2"),
        para("Sagen har ingen klimamæssige konsekvenser."),
        para("Indstilling", style="Overskrift2"),
        para("Direktionen indstiller, at budgetopfølgningen godkendes."),
        item("_Toc4", "Eventuelt"),
    ]
    return makedocs.docx_bytes(
        SMALL_DRAFT,
        document_xml=word_document(body),
        extra_parts={"word/styles.xml": styles, "word/numbering.xml": numbering},
    )


@pytest.mark.parametrize("item_style", ["Overskrift1", "Dagsordenpunkt"])
def test_docx_heading_numbered_at_the_list_indent_and_broken_by_hand_is_one_item(
    cli, tmp_path, item_style
):
    """A heading's list indent is layout: "1. Title", an item, not an indented " 1. Title".
    A line break inside a heading wraps its one title (as Word's table of contents prints
    it); in a body paragraph it keeps its line."""
    source = read("dagsorden.docx", word_agenda_with_list_indent_and_line_breaks(item_style))
    assert source.lines[17:46] == (
        "1. Godkendelse af dagsorden",
        "",
        "Indstilling",
        "",
        "Borgmesteren indstiller, at dagsordenen godkendes.",
        "",
        "2. Forslag til kommuneplantillæg nr. 12 og lokalplan nr. 118 for boliger ved "
        "Frederiksværkvej",
        "",
        "Sagsfremstilling",
        "",
        "Lokalplanforslaget gør det muligt at opføre op til 60 boliger i op til tre etager "
        "langs Frederiksværkvej.",
        "",
        "Økonomiske konsekvenser",
        "",
        "Forslaget har ingen økonomiske konsekvenser for kommunen.",
        "",
        "Miljø- og klimamæssige konsekvenser",
        "",
        "Planen vurderes ikke at medføre væsentlige klimapåvirkninger.",
        "",
        "Indstilling",
        "",
        "Direktionen indstiller, at forslagene vedtages og sendes i offentlig høring.",
        "",
        "Økonomiudvalgets beslutning den 18. juni 2025",
        "",
        "Anbefales.",
        "For stemte 7: A, V, C og F.",
        "Imod stemte 1: Ø.",
    )
    document = parse(source)
    assert [(item.number, item.title, item.line) for item in document.items] == [
        ("1", "Godkendelse af dagsorden", 18),
        ("2", "Forslag til kommuneplantillæg nr. 12 og lokalplan nr. 118 for boliger ved "
         "Frederiksværkvej", 24),
        ("3", "Budgetopfølgning 2 for 2025", 48),
        ("4", "Eventuelt", 66),
    ]  # fmt: skip
    assert [section.heading for section in document.items[1].sections] == [
        "Sagsfremstilling",
        "Økonomiske konsekvenser",
        "Miljø- og klimamæssige konsekvenser",
        "Indstilling",
        "Økonomiudvalgets beslutning den 18. juni 2025",
    ]
    path = tmp_path / "dagsorden.docx"
    path.write_bytes(word_agenda_with_list_indent_and_line_breaks(item_style))
    assert findings(cli, path) == []
    path.write_bytes(word_agenda_with_list_indent_and_line_breaks(item_style, economy=False))
    assert [(f["code"], f["item"], f["line"]) for f in findings(cli, path)] == [("RL101", "2", 24)]


def test_docx_links_bookmarks_tables_and_pages():
    w = makedocs.W
    r = makedocs.R
    document = (
        f'<w:document xmlns:w="{w}" xmlns:r="{r}"><w:body>'
        '<w:p><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Punkt 1</w:t></w:r><w:r><w:tab/></w:r>'
        "<w:r><w:t>2</w:t></w:r></w:hyperlink></w:p>"
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        '<w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:lastRenderedPageBreak/>'
        '<w:t>Punkt 1: Godkendelse</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">Se </w:t></w:r><w:hyperlink r:id="rIdL1">'
        "<w:r><w:t>loven</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r>"
        "<w:r><w:br/></w:r><w:del><w:r><w:delText>slettet</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>indsat</w:t></w:r></w:ins></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Nr</w:t></w:r></w:p></w:tc><w:tc><w:tcPr>"
        '<w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Sag</w:t></w:r></w:p></w:tc></w:tr>'
        "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>A</w:t>"
        "</w:r></w:p><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc><w:tc/></w:tr></w:tbl>"
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        "<w:p><w:r><w:t>Side tre</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()
    rels = makedocs.document_rels([("rIdL1", "")])
    data = makedocs.docx_bytes(
        SMALL_DRAFT, document_xml=document, extra_parts={"word/_rels/document.xml.rels": rels}
    )
    source = read("links.docx", data)
    assert source.lines == (
        "[Punkt 1](#_Toc1)\t2",
        "",
        "Punkt 1: Godkendelse",
        "",
        "Se [loven]().",
        "indsat",
        "",
        "Nr\tSag\t",
        "1\tA B\t",
        "",
        "Side tre",
    )
    # the rendered mark after the first hard break; the second hard break has none
    assert source.line_pages == (1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3)  # blanks: the next page
    assert source.anchors == (("_Toc1", 3),)
    document_model = parse(source)
    assert [(e.title, e.page, e.anchor) for e in document_model.toc] == []  # no TOC heading


def test_cli_reads_pdf_and_docx_and_html_drafts(cli, documents):
    for kind in FORMATS:
        run = cli([documents[(seed_path("001").stem, kind)], "--output-format", "concise"])
        assert run.code == 1 and "RL602" in run.out and "Traceback" not in run.err
        if kind != "html":
            assert "[punkt 122, side 5] Linket »De nuværende vedtægter«" in run.out


@pytest.mark.parametrize("kind", FORMATS)
def test_parse_output_of_every_format_validates(cli, documents, kind):
    run = cli(["parse", documents[(seed_path("004").stem, kind)]])
    assert run.code == 0
    model = json.loads(run.out)
    jsonschema.validate(model, load("document.schema.json"))
    assert model["format"] == kind
    if kind == "pdf":
        assert model["anchors"] is None
    else:
        anchors = {anchor["name"] for anchor in model["anchors"]}
        assert {entry["anchor"] for entry in model["toc"]} <= anchors


def test_text_runs_do_not_import_the_format_libraries_or_typing():
    """Start-up time is a feature: lxml, PDFium, the Markdown reader and the CI reports
    (here Azure's) load only for their formats, and typing (2 ms) only for type checkers."""
    code = (
        "import sys; from referatlint.cli import main; "
        f"main(['--output-format', 'concise', {str(seed_path('001'))!r}]); "
        "print([m for m in ('lxml', 'pypdfium2', 'typing', 'referatlint.read.markdown', "
        "'referatlint.report.azure') "
        "if m in sys.modules], "
        "file=sys.stderr)"
    )
    # The first run with an empty cache lists the installed plugins with importlib.metadata,
    # which imports typing; the answer is cached, so every later run looks like the second.
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_GUARD
        )
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_word_toc_field_and_web_link_list_without_heading_are_tables_of_contents():
    w = makedocs.W
    field = (
        f'<w:document xmlns:w="{w}"><w:body>'
        "<w:p><w:r><w:t>REFERAT Socialudvalget d. 01-11-2021</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/>'
        '</w:r><w:r><w:instrText> TOC \\o "1-2" \\h </w:instrText></w:r><w:r>'
        '<w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink w:anchor="_Toc1"><w:r><w:t>'
        "Godkendelse af dagsorden</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r>"
        '</w:hyperlink></w:p><w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p><w:p><w:bookmarkStart w:id="1" '
        'w:name="_Toc1"/><w:r><w:lastRenderedPageBreak/><w:t>Punkt 1: Godkendelse af '
        "dagsorden</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    document = parse(read("felt.docx", makedocs.docx_bytes(SMALL_DRAFT, document_xml=field)))
    assert [(e.title, e.page, e.anchor) for e in document.toc] == [
        ("Godkendelse af dagsorden", 3, "_Toc1")
    ]
    assert [(item.number, item.page) for item in document.items] == [("1", 2)]

    page = (
        b"<html><body><p>REFERAT Socialudvalget d. 01-11-2021</p><nav><ul>"
        b'<li><a href="#p1">Godkendelse af dagsorden</a></li><li><a href="#p2">Budget</a></li>'
        b'</ul></nav><h2 id="p1">Punkt 1: Godkendelse af dagsorden</h2><p>Godkendt</p>'
        b'<h2 id="p2">Punkt 2: Budget</h2></body></html>'
    )
    document = parse(read("side.html", page))
    assert [(e.title, e.anchor) for e in document.toc] == [
        ("Godkendelse af dagsorden", "p1"),
        ("Budget", "p2"),
    ]


LIBREOFFICE = SEEDS.parent / "libreoffice"
# What LibreOffice's files know differently from the text (see its README): it drops links
# to "#" from the PDF (RL602), exports untagged PDF (RL802), saves no rendered page
# breaks (RL904), and wraps the item-120 table's cells onto several lines in the PDF,
# which the PDF reader cannot rejoin, so that table's numbering is not seen (RL204).
LIBREOFFICE_DIFFERENCES = {
    "pdf": (
        Counter({("RL802", None): 1}),
        Counter({("RL204", "120"): 2, ("RL602", "122"): 2, ("RL602", "123"): 1})
        + Counter({("RL602", "124"): 1, ("RL602", "125"): 3, ("RL602", "126"): 3}),
    ),
    "docx": (Counter({("RL904", None): 1}), Counter()),
    "html": (Counter(), Counter()),
}


@pytest.mark.parametrize("kind", FORMATS)
def test_files_written_by_libreoffice_give_the_same_findings(cli, kind):
    text = Counter((f["code"], f["item"]) for f in findings(cli, seed_path("001")))
    other = Counter((f["code"], f["item"]) for f in findings(cli, LIBREOFFICE / f"001.{kind}"))
    extra, missing = LIBREOFFICE_DIFFERENCES[kind]
    assert (other - text, text - other) == (extra, missing)


def test_libreoffice_pdf_pages_and_table_of_contents():
    import pypdfium2

    document = parse(read(str(LIBREOFFICE / "001.pdf")))
    assert document.pages == 18
    pages = {item.number: item.page for item in document.items}
    assert pages == {
        "120": 2, "121": 3, "122": 5, "123": 7, "124": 8, "125": 10, "126": 14, "127": 17,
        "128": 18,
    }  # fmt: skip
    # the truth from the file itself: each of those pages begins with its item heading
    pdf = pypdfium2.PdfDocument(str(LIBREOFFICE / "001.pdf"))
    for number, page in pages.items():
        first = pdf[page - 1].get_textpage().get_text_range().split("\n")[0]
        assert first.startswith(f"Punkt {number}: ")
    # LibreOffice recomputes the page references: every entry matches its item
    assert [entry.page for entry in document.toc] == list(pages.values())


def test_libreoffice_pdf_with_tight_glyph_boxes_has_no_spaces_inside_words():
    """pdfium gives a glyph's tight box (without its side bearings) for a font whose
    descriptor has no ascent, as LibreOffice writes some: the reader measures the gaps
    from each glyph's pen position, so "Kl. 18:00" is not "Kl . 18:00"."""
    document = parse(read(str(LIBREOFFICE / "nordfyns-forside.pdf")))
    assert tuple(line for line in document.lines if 10 <= line.line <= 17) == (
        Line("Starttidspunkt\tKl. 18:00", 10, 1),
        Line("Sluttidspunkt\tKl. 21:10", 11, 1),
        Line("Mødested\tByrådssalen, Rådhuset i Bogense", 12, 1),
        Line("Fraværende\tHanne Rasmussen (V), Susanne Bering (A)", 13, 1),
        Line("Stedfortrædere\tIngen", 14, 1),
        Line("Indholdsfortegnelse", 17, 1),
    )
    assert [(entry.number, entry.page) for entry in document.toc] == [
        ("1", 2), ("2", 2), ("3", 2), ("4", 3), ("5", 3), ("6", 3), ("7", 4), ("8", 4),
    ]  # fmt: skip


def test_pdf_words_hyphenated_at_the_end_of_a_row_are_one_word(cli, tmp_path):
    """pdfium marks the hyphen of a word broken over two rows; the rows of a paragraph
    are joined without a space there, and the hyphen is kept only where the word has one
    of its own (before a capital, after capitals). A number broken after its own hyphen
    ("010203-" / "1234", a plain hyphen to pdfium) is joined too, so its CPR check and
    column are those of the whole number."""
    page = "\n".join(
        (
            "Referat",
            "Økonomiudvalget",
            "Mødedato: Tirsdag den 3. juni 2025",
            "",
            "1. Budgetopfølgning",
            "",
            "Sagsfremstilling",
            "",
            "Budgetopfølgningen viser et resultat på det skattefinansierede område på 34,6 mio. kr. Kas-",
            "sebeholdningen forventes at udgøre 162 mio. kr. ved årets udgang. Høringssvarene fra MED-",
            "udvalgene er vedlagt, og forvaltningen har gennemgået dem med skolerne på Spodsbjerg-",
            "Tårs-ruten. Takserne er uændrede i perioden 2025-2029, og en borger med cpr.nr. 010203-",
            "1234 har skrevet til udvalget om dem. Forvaltningen foreslår taksterne for 2025-",
            "2026 uændrede.",
        )
    )
    path = tmp_path / "referat.pdf"
    path.write_bytes(sample_pdf([page]))
    assert read(str(path)).lines[8:] == (
        "Budgetopfølgningen viser et resultat på det skattefinansierede område på 34,6 mio. kr. "
        "Kassebeholdningen forventes at udgøre 162 mio. kr. ved årets udgang. Høringssvarene "
        "fra MED-udvalgene er vedlagt, og forvaltningen har gennemgået dem med skolerne på "
        "Spodsbjerg-Tårs-ruten. Takserne er uændrede i perioden 2025-2029, og en borger med "
        "cpr.nr. 010203-1234 har skrevet til udvalget om dem. Forvaltningen foreslår taksterne "
        "for 2025-",  # a row that does not wrap keeps its hyphen at the end
        "2026 uændrede.",
    )
    found = findings(cli, path, "--select", "RL601")
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("RL601", 9, 345)]


def test_pdf_label_below_a_full_row_ending_a_sentence_starts_a_line(tmp_path):
    """Odder (First Agenda, justified): a decision row filled to the margin and ending in
    "." is not wrapped into "Fraværende: ..." below it; the absence note is the item's, not
    decision text. A full row not ending a sentence still wraps into the next."""
    page = "\n".join(
        (
            "Referat",
            "Byrådet",
            "Mødedato: Onsdag den 21. juni 2017",
            "",
            "5. Takster for dagtilbud 2018",
            "",
            "Beslutning",
            "",
            "Byrådet godkendte taksterne med 15 stemmer for (A, V, C, I, B, F, Å) mod 3 imod (O).",
            "Fraværende: Kirsten Bach (Dansk Folkeparti)",
            "Byrådet bemærkede, at forældrebetalingen for 2018 følger de gældende regler og det",
            "Bilag: vedtagne budget for dagtilbuddene i Odder Kommune for året 2018 og frem.",
        )
    )
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(sample_pdf([page]))
    assert read(str(pdf)).lines[8:] == (
        "Byrådet godkendte taksterne med 15 stemmer for (A, V, C, I, B, F, Å) mod 3 imod (O).",
        "Fraværende: Kirsten Bach (Dansk Folkeparti)",
        "Byrådet bemærkede, at forældrebetalingen for 2018 følger de gældende regler og det "
        "Bilag: vedtagne budget for dagtilbuddene i Odder Kommune for året 2018 og frem.",
    )
    (item,) = parse(read(str(pdf))).items
    assert [(a.name, a.line) for a in item.absences] == [("Kirsten Bach (Dansk Folkeparti)", 10)]


BUNDLED_FORMATS = SEEDS.parent / "formats"


@pytest.mark.parametrize("kind", FORMATS)
def test_bundled_draft_in_every_format_is_current_and_has_the_same_defects(cli, kind):
    committed = BUNDLED_FORMATS / f"udkast-referat.{kind}"
    assert committed.read_bytes() == BUILDERS[kind](DRAFT.read_text("utf-8")), (
        "stale: python tests/makedocs.py tests/fixtures/formats examples/udkast-referat.txt"
    )
    text = findings(cli, DRAFT)
    assert code_items(findings(cli, committed)) == code_items(text)
    assert len(text) == 10


def test_anchor_on_an_empty_paragraph_marks_the_next_text_in_docx_as_in_html():
    w = makedocs.W
    document = (
        f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>Indledning</w:t></w:r></w:p>'
        '<w:p><w:bookmarkStart w:id="0" w:name="punkt1"/><w:bookmarkEnd w:id="0"/></w:p>'
        "<w:p><w:r><w:t>Punkt 1: Godkendelse</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    page = b'<html><body><p>Indledning</p><p id="punkt1"></p><p>Punkt 1: Godkendelse</p>'
    for source in (
        read("tom.docx", makedocs.docx_bytes(SMALL_DRAFT, document_xml=document)),
        read("tom.html", page),
    ):
        assert source.lines == ("Indledning", "", "", "Punkt 1: Godkendelse")
        assert source.anchors == (("punkt1", 4),)


def test_docx_table_rows_and_cells_inside_content_controls_and_custom_xml_are_read():
    def cell(text, inner=""):
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p>{inner}</w:tc>"

    def control(content):
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>"

    nested = "<w:tbl><w:tr>" + cell("indre") + "</w:tr></w:tbl>"
    document = (
        f'<w:document xmlns:w="{makedocs.W}"><w:body><w:tbl>'
        "<w:tr>" + cell("Nr") + cell("Sag") + "</w:tr>"
        + control("<w:tr>" + cell("1") + cell("Budget") + "</w:tr>")
        + '<w:customXml w:element="punkt"><w:tr>' + cell("2") + cell("Plan") + "</w:tr>"
        "</w:customXml>"
        "<w:tr>" + control(cell("3", nested)) + cell("Valg") + "</w:tr>"
        "</w:tbl></w:body></w:document>"
    ).encode()  # fmt: skip
    source = read("tabel.docx", makedocs.docx_bytes(SMALL_DRAFT, document_xml=document))
    assert source.lines == ("Nr\tSag", "1\tBudget", "2\tPlan", "3 indre\tValg")


def test_html_that_is_not_utf8_and_declares_no_charset_is_read_as_cp1252_with_rl902(cli, tmp_path):
    from referatlint.read.text import CP1252_NOTICE

    path = tmp_path / "cp1252.html"
    path.write_bytes("<html><body><p>Økonomi – ingen</p></body></html>".encode("cp1252"))
    source = read(str(path))
    assert (source.lines, source.notices) == (("Økonomi – ingen",), (CP1252_NOTICE,))
    found = [(f["code"], f["item"], f["line"]) for f in findings(cli, path)]
    assert found == [("RL902", None, 1), ("RL903", None, 1)]
    declared = b'<html><head><meta charset="windows-1252"></head><body><p>\xd8</p></body></html>'
    assert (read("side.html", declared).lines, read("side.html", declared).notices) == (
        ("Ø",),
        (),
    )


def test_html_lettered_list_counts_past_z_as_browsers_do():
    page = (
        b'<html><body><ol type="a" start="26"><li>z</li><li>aa</li><li>ab</li></ol>'
        b'<p>Mellem</p><ol type="A" start="27"><li>AA</li></ol></body></html>'
    )
    assert read("liste.html", page).lines == (
        " z) z",
        " aa) aa",
        " ab) ab",
        "",
        "Mellem",
        "",
        " AA) AA",
    )


def test_links_render_alike_in_every_reader():
    """White space at a link's ends stays outside the brackets, once; a tab ends a link."""
    from referatlint.read.pdf import render

    page = b'<html><body><p>Se<a href="#p1"> Titel\t3</a></p><p>A<a href="#x"> </a>B</p>'
    assert read("links.html", page).lines == ("Se [Titel](#p1)\t3", "", "A[](#x) B")
    document = (
        f'<w:document xmlns:w="{makedocs.W}"><w:body><w:p><w:r><w:t>Se</w:t></w:r>'
        '<w:hyperlink w:anchor="p1"><w:r><w:t xml:space="preserve"> Titel\t3</w:t></w:r>'
        "</w:hyperlink></w:p></w:body></w:document>"
    ).encode()
    source = read("links.docx", makedocs.docx_bytes(SMALL_DRAFT, document_xml=document))
    assert source.lines == ("Se [Titel](#p1)\t3",)
    # a PDF link annotation over a table-of-contents row covers title and page alike
    assert render([("Titel", "#p1"), ("\t", None), ("3", "#p1")]) == "[Titel](#p1)\t3"


def test_docx_unmerged_merge_field_and_date_picker_placeholder_are_reported(cli, tmp_path):
    def paragraph(*runs):
        return "<w:p>" + "".join(runs) + "</w:p>"

    def run(text):
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    def field_char(kind):
        return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'

    # Word shows a merge field that was never merged as «Name» between the field's
    # instructions and its end; a date picker with no date shows Word's placeholder.
    merge_field = (
        field_char("begin")
        + "<w:r><w:instrText> MERGEFIELD  Mødested  \\* MERGEFORMAT </w:instrText></w:r>"
        + field_char("separate") + run("«Mødested»") + field_char("end")
    )  # fmt: skip
    date_picker = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent>"
        + run("Klik eller tryk for at angive en dato.")
        + "</w:sdtContent></w:sdt>"
    )
    body = [
        paragraph(run("REFERAT Økonomiudvalget d. 06-05-2025")),
        paragraph(run("Mødested: "), merge_field),
        paragraph(run("Punkt 1: Klimaplan 2025 - udsendelse i høring")),
        paragraph(run("Sagsfremstilling")),
        paragraph(run("Høringsfristen er "), date_picker, run(".")),
    ]
    document = (
        f'<w:document xmlns:w="{makedocs.W}"><w:body>{"".join(body)}</w:body></w:document>'
    ).encode()
    path = tmp_path / "flettefelt.docx"
    path.write_bytes(makedocs.docx_bytes(SMALL_DRAFT, document_xml=document))
    found = [f for f in findings(cli, path) if f["code"] in ("RL604", "RL607")]
    assert [(f["code"], f["item"], f["line"], f["column"]) for f in found] == [
        ("RL604", None, 3, 11),
        ("RL607", "1", 9, 19),
    ]


def word_paragraph(*runs: str) -> str:
    return "<w:p>" + "".join(runs) + "</w:p>"


def word_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def word_document(paragraphs: list[str], namespaces: str = "") -> bytes:
    return (
        f'<w:document xmlns:w="{makedocs.W}"{namespaces}><w:body>'
        + "".join(paragraphs)
        + "</w:body></w:document>"
    ).encode()


def test_docx_content_control_still_showing_the_templates_own_placeholder_is_reported(
    cli, tmp_path
):
    """A content control showing its placeholder (w:showingPlcHdr) holds the template's
    prompt, whatever it says; once filled in (no mark, or the mark switched off) it is
    the author's text. Word prints the placeholder, so its text stays in the lines."""

    def control(content: str, showing: str = "<w:showingPlcHdr/>") -> str:
        return f"<w:sdt><w:sdtPr>{showing}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"

    body = [
        word_paragraph(word_run("DAGSORDEN Økonomiudvalget d. 06-05-2025")),
        word_paragraph(word_run("Punkt 1: Klimaplan 2025 - udsendelse i høring")),
        word_paragraph(word_run("Økonomiske konsekvenser")),
        control(word_paragraph(word_run("Beskriv de økonomiske konsekvenser for kommunen."))),
        word_paragraph(word_run("Miljø- og klimamæssige konsekvenser")),
        control(word_paragraph(word_run("Planen mindsker udledningen med 4 pct.")), ""),
        word_paragraph(word_run("Indstilling")),
        word_paragraph(
            word_run("Forvaltningen indstiller, at "),
            control(word_run("Angiv hvem der skal godkende")),
            word_run(" godkender planen."),
        ),
        word_paragraph(
            word_run("Høringen slutter "),
            control(word_run("1. juni 2025"), '<w:showingPlcHdr w:val="0"/>'),
            word_run("."),
        ),
    ]
    path = tmp_path / "skabelon.docx"
    path.write_bytes(makedocs.docx_bytes(SMALL_DRAFT, document_xml=word_document(body)))
    source = read(str(path))
    assert source.lines[6] == "Beskriv de økonomiske konsekvenser for kommunen."
    assert source.placeholders == (
        (7, "Beskriv de økonomiske konsekvenser for kommunen."),
        (15, "Angiv hvem der skal godkende"),
    )
    found = [(f["code"], f["item"], f["line"], f["column"]) for f in findings(cli, path)]
    assert found == [("RL607", "1", 7, 1), ("RL607", "1", 15, 30)]


def test_docx_open_comments_are_reported_and_resolved_ones_and_replies_are_not(cli, tmp_path):
    """Comments are not the document's text; an open thread is reported once, at the line
    its range starts, by its first comment; a thread Word marks done is not."""
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"

    def commented(name: str, text: str) -> str:
        return (
            f'<w:p><w:commentRangeStart w:id="{name}"/>{word_run(text)}'
            f'<w:commentRangeEnd w:id="{name}"/><w:r><w:commentReference w:id="{name}"/></w:r>'
            "</w:p>"
        )

    body = [
        word_paragraph(word_run("DAGSORDEN Økonomiudvalget d. 23-04-2025")),
        word_paragraph(word_run("Punkt 1: Salg af areal ved Østre Havn")),
        word_paragraph(word_run("Indstilling")),
        commented("0", "Direktionen indstiller, at arealet sælges for 12,6 mio. kr."),
        word_paragraph(word_run("Bilag")),
        commented("1", "Købsaftale"),
    ]

    def comment(name: str, para: str, text: str, author: str = "Peter Jurist") -> str:
        return (
            f'<w:comment w:id="{name}" w:author="{author}"><w:p w14:paraId="{para}">'
            f"{word_run(text)}</w:p></w:comment>"
        )

    comments = (
        f'<w:comments xmlns:w="{makedocs.W}" xmlns:w14="{w14}">'
        + comment("0", "0A", "Er beløbet 12,6 eller 12,8 mio. kr.?", "Lise Økonomi")
        + comment("2", "0C", "Det er 12,6. Rettet.")
        + comment("1", "0B", "Husk at vedlægge købsaftalen som bilag")
        + "</w:comments>"
    )
    extended = (
        f'<w15:commentsEx xmlns:w15="{w15}">'
        '<w15:commentEx w15:paraId="0A" w15:done="1"/>'
        '<w15:commentEx w15:paraId="0C" w15:paraIdParent="0A" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0B" w15:done="0"/>'
        "</w15:commentsEx>"
    )
    parts = {"word/comments.xml": comments.encode(), "word/commentsExtended.xml": extended.encode()}
    path = tmp_path / "kommentarer.docx"
    path.write_bytes(
        makedocs.docx_bytes(SMALL_DRAFT, document_xml=word_document(body), extra_parts=parts)
    )
    model = parse(read(str(path)))
    assert [(c.line, c.author, c.text, c.resolved) for c in model.comments] == [
        (7, "Lise Økonomi", "Er beløbet 12,6 eller 12,8 mio. kr.?", True),
        (11, "Peter Jurist", "Husk at vedlægge købsaftalen som bilag", False),
    ]
    assert "Husk" not in model.text
    found = [(f["code"], f["item"], f["line"]) for f in findings(cli, path) if f["code"] == "RL610"]
    assert found == [("RL610", "1", 11)]
    # Without commentsExtended.xml (older Word) no comment is known to be resolved.
    del parts["word/commentsExtended.xml"]
    path.write_bytes(
        makedocs.docx_bytes(SMALL_DRAFT, document_xml=word_document(body), extra_parts=parts)
    )
    found = [(f["code"], f["line"]) for f in findings(cli, path) if f["code"] == "RL610"]
    assert found == [("RL610", 7), ("RL610", 11)]


TEXT_BOX_NAMESPACES = (
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml"'
)


def word_text_box(*lines: str, fallback: bool = True) -> str:
    """A run holding a text box as Word writes it: a drawing (mc:Choice) and the same box
    again in VML for older readers (mc:Fallback); without ``fallback`` only the VML, as
    Word 2007 wrote it."""
    content = "<w:txbxContent>" + "".join(word_paragraph(word_run(t)) for t in lines)
    content += "</w:txbxContent>"
    vml = f'<w:pict><v:shape style="width:180pt;height:60pt"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    if not fallback:
        return f"<w:r>{vml}</w:r>"
    drawing = (
        '<w:drawing><wp:anchor behindDoc="0" simplePos="0" relativeHeight="2" locked="0"'
        ' layoutInCell="1" allowOverlap="1"><wp:extent cx="2286000" cy="762000"/>'
        '<wp:docPr id="1" name="Tekstfelt 1"/><a:graphic><a:graphicData'
        ' uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing>"
    )
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_docx_text_box_is_read_once_after_the_paragraph_that_anchors_it(cli, tmp_path):
    """A text box prints: its paragraphs are lines of their own after the paragraph that
    anchors it, read once although Word writes the box twice (drawing and VML); a box in
    VML only (Word 2007) is read as well. A CPR number in a box is found."""
    body = [
        word_paragraph(word_run("REFERAT Socialudvalget d. 05-06-2025")),
        word_paragraph(word_run("Punkt 1: Klage over afgørelse om hjemmehjælp")),
        word_paragraph(word_run("Sagsfremstilling")),
        word_paragraph(
            word_run("Borgeren har klaget over afgørelsen."),
            word_text_box("Borger: Jens Hansen", "CPR 240378-1231"),
        ),
        word_paragraph(word_text_box("Sagsbehandler: Lise Holm", fallback=False)),
        word_paragraph(word_run("Beslutning")),
        word_paragraph(word_run("Klagen blev ikke imødekommet.")),
    ]
    path = tmp_path / "tekstboks.docx"
    document = word_document(body, TEXT_BOX_NAMESPACES)
    path.write_bytes(makedocs.docx_bytes(SMALL_DRAFT, document_xml=document))
    assert read(str(path)).lines[4:] == (
        "Sagsfremstilling",
        "",
        "Borgeren har klaget over afgørelsen.",
        "",
        "Borger: Jens Hansen",
        "",
        "CPR 240378-1231",
        "",
        "",
        "Sagsbehandler: Lise Holm",
        "",
        "Beslutning",
        "",
        "Klagen blev ikke imødekommet.",
    )
    # RL107: an item this short has none of the sections the profile requires
    found = findings(cli, path, "--ignore", "RL107")
    assert [(f["code"], f["item"], f["line"], f["column"]) for f in found] == [
        ("RL601", "1", 11, 5)
    ]


def test_docx_paragraph_whose_mark_is_a_tracked_deletion_runs_on_into_the_next(cli, tmp_path):
    """Deleting a paragraph mark with changes tracked joins two paragraphs: with the changes
    accepted they are one, so the join the secretary made is no paragraph broken mid-
    sentence (RL608). A paragraph whose text and mark are both deleted leaves nothing."""
    deleted = '<w:del w:id="{}" w:author="Sekretariatet" w:date="2025-06-16T09:00:00Z">'

    def paragraph(runs: str, mark_deleted: bool, number: int) -> str:
        mark = f"<w:pPr><w:rPr>{deleted.format(number)}</w:del></w:rPr></w:pPr>"
        return f"<w:p>{mark if mark_deleted else ''}{runs}</w:p>"

    def draft(mark_deleted: bool) -> bytes:
        body = [
            word_paragraph(word_run("DAGSORDEN Byrådet d. 25-06-2025")),
            word_paragraph(word_run("Punkt 3: Forslag til lokalplan nr. 118")),
            word_paragraph(word_run("Sagsfremstilling")),
            paragraph(
                word_run(
                    "Lokalplanforslaget er udarbejdet på baggrund af en anmodning fra en "
                    "privat bygherre og gør det muligt at opføre op til 60 boliger "
                ),
                mark_deleted,
                1,
            ),
            word_paragraph(word_run("i op til tre etager langs Frederiksværkvej.")),
            paragraph(
                f"{deleted.format(2)}<w:r><w:delText>Sagen er udsat.</w:delText></w:r></w:del>",
                True,
                3,
            ),
            word_paragraph(word_run("Planudvalget besigtigede området den 2. juni 2025.")),
        ]
        return makedocs.docx_bytes(SMALL_DRAFT, document_xml=word_document(body))

    path = tmp_path / "sporede_aendringer.docx"
    path.write_bytes(draft(mark_deleted=True))
    assert read(str(path)).lines[4:] == (
        "Sagsfremstilling",
        "",
        "Lokalplanforslaget er udarbejdet på baggrund af en anmodning fra en privat bygherre "
        "og gør det muligt at opføre op til 60 boliger i op til tre etager langs "
        "Frederiksværkvej.",
        "",
        "Planudvalget besigtigede området den 2. juni 2025.",
    )
    # RL107: an item this short has none of the sections the profile requires
    assert findings(cli, path, "--ignore", "RL107") == []
    path.write_bytes(draft(mark_deleted=False))
    found = findings(cli, path, "--ignore", "RL107")
    assert [(f["code"], f["item"], f["line"]) for f in found] == [("RL608", "3", 7)]


def lejre_word_draft(
    *defects: tuple[str, str], buyer: str = "Foreningen Kirke Hyllinge Forsamlingshus"
) -> bytes:
    """Minutes from a GetOrganized-like Word template (Lejre): the header fields and each
    item's sections in two-column tables, a row per section (label cell | text cell, no
    blank between rows), letterhead and buyer in text boxes. ``defects`` are (old, new)
    replacements in the XML, each hitting exactly one place."""

    def cell(*paragraphs: str) -> str:
        return "<w:tc>" + "".join(paragraphs) + "</w:tc>"

    def table(*rows: tuple[str, ...]) -> str:
        return (
            "<w:tbl>"
            + "".join(
                "<w:tr>" + cell(word_paragraph(word_run(label))) + cell(*texts) + "</w:tr>"
                for label, *texts in rows
            )
            + "</w:tbl>"
        )

    def text(value: str, *extra: str) -> str:
        return word_paragraph(word_run(value), *extra)

    def heading(value: str) -> str:
        return f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{word_run(value)}</w:p>'

    body = [
        text("Referat", word_text_box("Lejre Kommune", "Møllebjergvej 4, 4330 Hvalsø")),
        text("Økonomiudvalget"),
        table(
            ("Mødedato", text("Onsdag den 11. juni 2025")),
            ("Mødetid", text("Kl. 08.00 - 10.15")),
            ("Mødested", text("Mødelokale 1, Rådhuset i Allerslev")),
            (
                "Medlemmer",
                text(
                    "Tina Mandrup (V), formand, Carsten Rasmussen (A), næstformand, Jens Hauge "
                    "(V), Bjørn Rasmussen (Ø), Karina Mortensen (B), Cristina Lage (F), Finn "
                    "Jensen (C)"
                ),
            ),
            ("Fraværende", text("Cristina Lage (F)")),
        ),
        heading("75. Godkendelse af dagsorden"),
        table(("Beslutning", text("Godkendt."))),
        heading("76. Budgetopfølgning pr. 30. april 2025"),
        table(
            (
                "Sagsfremstilling",
                text(
                    "Budgetopfølgningen viser et forventet merforbrug på serviceudgifterne på "
                    "6,2 mio. kr., primært på det specialiserede børneområde."
                ),
                text("Administrationen foreslår en handleplan, som forelægges i august."),
            ),
            (
                "Økonomi og finansiering",
                text("Merforbruget foreslås finansieret af reserven på 4,0 mio. kr."),
            ),
            (
                "Klima- og miljømæssige konsekvenser",
                text("Sagen har ingen klima- og miljømæssige konsekvenser."),
            ),
            (
                "Indstilling",
                text("Direktionen indstiller, at:"),
                text("1. budgetopfølgningen tages til efterretning,"),
                text("2. merforbruget finansieres som beskrevet."),
            ),
            (
                "Beslutning",
                text("Anbefales over for Byrådet."),
                text("For stemte 4: V, A og C."),
                text("Imod stemte 2: Ø og B."),
                text("Fraværende: Cristina Lage (F)."),
            ),
        ),
        heading("77. Salg af kommunal ejendom - Gl. Skole i Kirke Hyllinge"),
        table(
            (
                "Sagsfremstilling",
                text(
                    "Ejendommen har været udbudt i offentligt udbud. Der er kommet fem bud.",
                    word_text_box(f"Køber: {buyer}"),
                ),
            ),
            ("Økonomi og finansiering", text("Salgsindtægten tilgår kassebeholdningen.")),
            ("Klima- og miljømæssige konsekvenser", text("Ingen.")),
            (
                "Indstilling",
                text("Direktionen indstiller, at ejendommen sælges til højestbydende."),
            ),
            ("Beslutning", text("Anbefales over for Byrådet.")),
        ),
    ]
    document = word_document(body, TEXT_BOX_NAMESPACES).decode()
    for old, new in defects:
        assert document.count(old) == 1, old
        document = document.replace(old, new)
    return makedocs.docx_bytes(SMALL_DRAFT, document_xml=document.encode())


def test_word_table_with_a_row_per_section_is_read_section_by_section(cli, tmp_path):
    """Lejre's Word template: each item's sections are the rows of one two-column table,
    rendered as "Label<TAB>text" lines with no blank between them. Each row whose label is
    a known section heading is that section, the cell beside it its text; the header table
    and a table of dates or figures stay what they are. No finding on the correct draft."""
    source = read("lejre.docx", lejre_word_draft())
    assert source.lines[:8] == (
        "Referat",
        "",
        "Lejre Kommune",
        "",
        "Møllebjergvej 4, 4330 Hvalsø",
        "",
        "Økonomiudvalget",
        "",
    )
    document = parse(source)
    assert (document.meeting.body, document.meeting.date) == ("Økonomiudvalget", "2025-06-11")
    assert [(i.number, i.line) for i in document.items] == [("75", 15), ("76", 19), ("77", 27)]
    budget, sale = document.items[1:]
    assert [(s.heading, s.canonical, s.line) for s in budget.sections] == [
        ("Sagsfremstilling", "Sagsfremstilling", 21),
        ("Økonomi og finansiering", "Økonomiske konsekvenser", 22),
        ("Klima- og miljømæssige konsekvenser", "Miljø- og klimamæssige konsekvenser", 23),
        ("Indstilling", "Indstilling", 24),
        ("Beslutning", "Beslutning", 25),
    ]
    assert [line.text for line in budget.sections[3].body] == [
        "Direktionen indstiller, at: 1. budgetopfølgningen tages til efterretning, "
        "2. merforbruget finansieres som beskrevet."
    ]
    assert budget.decision.text == (
        "Anbefales over for Byrådet. For stemte 4: V, A og C. Imod stemte 2: Ø og B. "
        "Fraværende: Cristina Lage (F)."
    )
    assert [line.text for line in sale.sections[0].body] == [
        "Ejendommen har været udbudt i offentligt udbud. Der er kommet fem bud. "
        "Køber: Foreningen Kirke Hyllinge Forsamlingshus"
    ]
    assert sale.decision.text == "Anbefales over for Byrådet."
    path = tmp_path / "lejre.docx"
    path.write_bytes(lejre_word_draft())
    assert findings(cli, path, "--ignore", "RL904") == []


def test_defects_in_word_tables_with_a_row_per_section_are_found(cli, tmp_path):
    """An empty text cell is an empty section (not a heading over the rows below), a row
    taken out is a missing section, and a CPR number in a text box is found."""
    climate = "Sagen har ingen klima- og miljømæssige konsekvenser."
    recommendation = (
        '<w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">Indstilling</w:t></w:r></w:p>'
        '</w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">Direktionen indstiller, at '
        "ejendommen sælges til højestbydende.</w:t></w:r></w:p></w:tc></w:tr>"
    )
    defects = [
        (f'<w:r><w:t xml:space="preserve">{climate}</w:t></w:r>', ""),
        (recommendation, ""),
    ]
    path = tmp_path / "lejre_defekt.docx"
    path.write_bytes(lejre_word_draft(*defects, buyer="Jens Hansen, CPR 240378-1231"))
    found = [(f["code"], f["item"], f["line"]) for f in findings(cli, path, "--ignore", "RL904")]
    assert found == [("RL102", "76", 23), ("RL101", "77", 27), ("RL601", "77", 29)]


def test_pdf_review_notes_are_reported_unless_a_reply_marked_them_done(cli, tmp_path):
    """A reviewer's notes in a PDF (Acrobat's comments) go with the file: an open one is
    reported at the line level with its top edge, on its page; one whose thread ends in a
    review state (Completed, Accepted ...) is not, nor is a reply on its own."""
    from referatlint.rules.common import example, item
    from referatlint.rules.samples import sample_pdf

    first = example(item(1, "Salg af grund på Havnevej"))
    second = item(2, "Nyt tag på Rådhuset")
    notes = {
        (0, 10): ("Husk at vedlægge købsaftalen som bilag.", "Peter Jurist", None),
        (0, 14): ("Er det 12,6 eller 12,8 mio. kr.?", "Lise Økonomi", "Completed"),
        (1, 10): ("Mangler klimaafsnittet?", "Anne Berg", "None"),  # a reply without a verdict
    }
    path = tmp_path / "kommentarer.pdf"
    path.write_bytes(sample_pdf([first, second], notes=notes))
    source = read(str(path))
    model = parse(source)
    assert [(c.line, c.page, c.author, c.text, c.resolved) for c in model.comments] == [
        (11, 1, "Peter Jurist", "Husk at vedlægge købsaftalen som bilag.", False),
        (15, 1, "Lise Økonomi", "Er det 12,6 eller 12,8 mio. kr.?", True),
        (35, 2, "Anne Berg", "Mangler klimaafsnittet?", False),
    ]
    assert source.lines[10] == "Administrationen indstiller, at forslaget godkendes."
    assert source.lines[34] == "Miljø- og klimamæssige konsekvenser"
    assert "Husk" not in model.text
    found = [
        (f["code"], f["item"], f["line"], f["page"], f["message"])
        for f in findings(cli, path)
        if f["code"] == "RL610"
    ]
    assert found == [
        ("RL610", "1", 11, 1, "PDF-filen har en åben kommentar fra Peter Jurist: »Husk at "
         "vedlægge købsaftalen som bilag.«"),
        ("RL610", "2", 35, 2, "PDF-filen har en åben kommentar fra Anne Berg: »Mangler "
         "klimaafsnittet?«"),
    ]  # fmt: skip


def test_a_finding_about_the_whole_file_is_on_no_page(cli, tmp_path):
    """The encoding of a text (RL902) and the properties of a PDF (RL802) concern the whole
    file, as an unreadable file (RL901) does: no "[side 1]", though they stand at line 1.
    A finding on a line of the file keeps the line's page."""
    paged = tmp_path / "cp1252.txt"
    paged.write_bytes(("Økonomiudvalget\n\f" + SMALL_DRAFT).encode("cp1252"))
    assert [(f["code"], f["line"], f["page"]) for f in findings(cli, paged)] == [("RL902", 1, None)]
    run = cli([paged, "--output-format", "concise"])
    assert run.out.startswith(
        f"{paged}:1:1: RL902 [hele dokumentet] Filen er gemt med en ældre tegnkodning"
    )
    pdf = findings(cli, LIBREOFFICE / "001.pdf")
    assert [(f["line"], f["page"]) for f in pdf if f["code"] == "RL802"] == [(1, None)]
    assert [(f["line"], f["page"]) for f in pdf if f["code"] == "RL102"] == [(112, 3)]


def test_a_page_without_text_is_reported_on_that_page_and_no_line(cli, tmp_path):
    """No line of text stands on a scanned page: RL801 is about the file, as RL802 is,
    and its bracket names the page its message names, not the last page with text."""
    first = "\n".join(("Referat", "Teknik- og Miljøudvalget", "Punkt 1: Godkendelse af dagsorden"))
    second = "\n".join(("Punkt 2: Cykelsti langs Skovvej", "Beslutning", "Godkendt."))
    one = tmp_path / "scannet.pdf"
    one.write_bytes(sample_pdf([first, "", second]))
    (found,) = [f for f in findings(cli, one) if f["code"] == "RL801"]
    assert (found["line"], found["page"], found["item"]) == (1, 2, None)
    assert found["message"].startswith("Side 2 har intet tekstlag")
    run = cli([one, "--output-format", "concise", "--select", "RL801"])
    assert run.out.startswith(f"{one}:1:1: RL801 [side 2] Side 2 har intet tekstlag")
    several = tmp_path / "scannet-flere.pdf"
    several.write_bytes(sample_pdf([first, "", second, ""]))
    (found,) = [f for f in findings(cli, several) if f["code"] == "RL801"]
    assert (found["line"], found["page"], found["item"]) == (1, None, None)
    assert found["message"].startswith("Siderne 2, 4 har intet tekstlag")


TAARNBY_HEADER = "Tårnby Kommune · Kommunalbestyrelsen · 30.05.2023"


def scanned_cover_pages(cover: str, header: str = TAARNBY_HEADER) -> list[str]:
    """A referat whose meeting's fields stand on the first page (``cover``; "" for a scan)
    and whose other pages open with the agenda system's running ``header``."""
    second = "\n".join(
        (
            header,
            "1. Godkendelse af dagsorden",
            "Beslutning",
            "Godkendt.",
            "2. Orientering om vejarbejde på Amager Landevej",
            "Sagsfremstilling",
            "Vejarbejdet på Amager Landevej afsluttes i uge 26.",
            "Beslutning",
            "Taget til efterretning.",
        )
    )
    third = "\n".join((header, "3. Eventuelt", "Beslutning", "Intet."))
    return [cover, second, third]


def test_a_scanned_cover_dates_the_meeting_by_the_running_header(cli, tmp_path):
    """Tårnby (probe round ZK, ZK6): the meeting's fields stand on a scanned first page,
    and the date is in text only in the running header on every other page. That date is
    the meeting's: it was reported missing (RL505 "der står ingen dato øverst i
    dokumentet"), and the items' dates could not be checked against it."""
    path = tmp_path / "scannet-forside.pdf"
    path.write_bytes(sample_pdf(scanned_cover_pages("")))
    meeting = parse(read(str(path))).meeting
    assert (meeting.date, meeting.date_text, meeting.date_line) == (
        "2023-05-30",
        "30.05.2023",
        None,
    )
    assert [f["code"] for f in findings(cli, path) if f["code"].startswith("RL5")] == []


@pytest.mark.parametrize(
    ("cover", "header"),
    [
        # the first page has text: the meeting's date belongs there, as RL505 says
        ("Referat\nKommunalbestyrelsen\nMødested: Rådhuset", TAARNBY_HEADER),
        # two dates in the running header: which is the meeting's is not known
        ("", "Kommunalbestyrelsen 30.05.2023 · Udskrevet 02.06.2023"),
    ],
)
def test_the_running_header_dates_no_meeting_beyond_a_scanned_cover(cli, tmp_path, cover, header):
    path = tmp_path / "uden-dato.pdf"
    path.write_bytes(sample_pdf(scanned_cover_pages(cover, header)))
    assert parse(read(str(path))).meeting.date is None
    assert [(f["code"], f["line"]) for f in findings(cli, path) if f["code"] == "RL505"] == [
        ("RL505", 1)
    ]
