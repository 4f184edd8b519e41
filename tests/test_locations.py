"""Where a finding points: the line, item and page a secretary is sent to must be the
place to change, and one slip gives one finding. Through the real command line, with the
exact code, item, line and message."""

import json
from pathlib import Path

from conftest import FIXTURES
from referatlint.parse import parse
from referatlint.read import read


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def findings(cli, path: Path, *args: str) -> list[tuple[str, str | None, int, str]]:
    """(code, item, line, message) of each finding, as the JSON report gives them."""
    run = cli([path, "--output-format", "json", "--no-cache", *args])
    (checked,) = json.loads(run.out)["files"]
    return [(f["code"], f["item"], f["line"], f["message"]) for f in checked["findings"]]


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


# ---------------------------------------------------------------------- RL304, RL305

ECONOMY_AGENDA = """\
Dagsorden
Økonomiudvalget

Mødedato: Mandag den 23. marts 2026
Mødested: Mødelokale 1, Rådhuset

Indholdsfortegnelse

1.	Godkendelse af dagsorden	2
2.	Budgetopfølgning 1 2026	2
3.	Overførsel af uforbrugte midler fra 2025 til 2026	3
4.	Anlægsregnskaber over 2 mio. kr. afsluttet i 2025	{page}
5.	Tillægsbevilling til vintertjeneste 2026	4
\f
1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Budgetopfølgning 1 2026

Indstilling
Direktionen indstiller, at budgetopfølgningen godkendes.
\f
3. Overførsel af uforbrugte midler fra 2025 til 2026

Indstilling
Direktionen indstiller, at overførslerne godkendes.
\f
4. Anlægsregnskaber over 2 mio. kr. afsluttet i 2025

Indstilling
Direktionen indstiller, at regnskaberne godkendes.

5. Tillægsbevilling til vintertjeneste 2026

Indstilling
Direktionen indstiller, at der gives en tillægsbevilling på 3,5 mio. kr.
"""


def test_one_page_number_too_high_gives_one_finding_on_its_own_line(cli, tmp_path):
    """Item 4 starts on page 4 of 4, and the table of contents says 5: RL304 says so on
    that line. The next line's 4 is right and is not blamed for being lower than the 5
    before it, nor is the 5 reported again for being beyond the last page."""
    text = ECONOMY_AGENDA.format(page=5)
    path = write(tmp_path / "dagsorden.txt", text)
    assert findings(cli, path, "--select", "RL304,RL305") == [
        ("RL304", "4", line_of(text, "4.\tAnlæg"),
         "Indholdsfortegnelsen siger side 5, men punktet begynder på side 4."),
    ]  # fmt: skip


def test_a_page_lower_than_the_line_before_is_reported_where_no_item_tells_the_page(cli, tmp_path):
    """Without page breaks the items' pages are unknown: the table of contents' own order
    is all there is, and a page lower than the one before is reported on its line, with
    the item the line lists."""
    text = ECONOMY_AGENDA.format(page=5).replace("\f", "").replace("\t4\n", "\t3\n", 1)
    path = write(tmp_path / "dagsorden.txt", text)
    assert findings(cli, path, "--select", "RL304,RL305") == [
        ("RL305", "5", line_of(text, "5.\tTillæg"),
         "Sidetallet 3 er mindre end sidetallet 5 i linjen før."),
    ]  # fmt: skip


# --------------------------------------------------------------------------------- RL303

ORDER_MINUTES = """\
REFERAT Teknik- og Miljøudvalget d. 03-03-2025

Mødedato Mandag d. 03. marts 2025 kl. 16:00

Indholdsfortegnelse

1 (Åben) Godkendelse af dagsorden ........ 2
2 (Åben) Trafiksikkerhedsplan 2025-2028 ........ 2
5 (Åben) Orientering om vejbelysning ........ 3
4 (Åben) Renovering af Torvet ........ 3

Punkt 1: Godkendelse af dagsorden

Beslutning

Godkendt.

Punkt 2: Trafiksikkerhedsplan 2025-2028

Indstilling

Administrationen indstiller, at planen sendes i høring.

Punkt 4: Renovering af Torvet

Indstilling

Administrationen indstiller, at projektet godkendes.

Punkt 5: Orientering om vejbelysning

Indstilling

Administrationen indstiller, at orienteringen tages til efterretning.
"""


def test_an_item_out_of_order_is_reported_on_its_table_of_contents_line(cli, tmp_path):
    """The order that is wrong is the table of contents': the finding points at item 5's
    line there, and names the item it passed by its number, never as »nr. 4«, which reads
    as item 4."""
    path = write(tmp_path / "referat.txt", ORDER_MINUTES)
    assert findings(cli, path, "--select", "RL303") == [
        ("RL303", "5", line_of(ORDER_MINUTES, "5 (Åben)"),
         "Punktet står i indholdsfortegnelsen før punkt 4, men i dokumentet efter det."),
    ]  # fmt: skip
    run = cli([path, "--select", "RL303", "--output-format", "concise", "--lang", "en"])
    assert run.out == (
        f"{path}:{line_of(ORDER_MINUTES, '5 (Åben)')}:1: RL303 [item 5] The table of contents "
        "lists the item before item 4, but in the document it comes after it.\n"
    )


def test_an_item_without_a_number_is_named_by_its_title():
    from referatlint.parse import parse
    from referatlint.read.source import from_text
    from referatlint.rules.toc import item_name

    budget = parse(from_text(ORDER_MINUTES, "referat.txt")).items[2]
    assert item_name(budget) == {"other": "punkt 4", "other_en": "item 4"}
    assert item_name(budget._replace(number=None)) == {
        "other": "punktet »Renovering af Torvet«",
        "other_en": "the item “Renovering af Torvet”",
    }


# --------------------------------------------------------------------------------- RL505

UNDATED_AGENDA = """\
Åbent møde

Dagsorden
Kommunalbestyrelsen

Mødedato:   Klik eller tryk for at angive en dato.
Mødetidspunkt:   Kl. 19.00
Mødested:   Kommunalbestyrelsens mødesal, Rødovre Rådhus

1. Godkendelse af dagsorden

Indstilling
Kommunaldirektøren indstiller, at dagsordenen godkendes.
"""


def test_a_date_field_left_as_the_template_wrote_it_is_pointed_at(cli, tmp_path):
    """Not the first line (»Åbent møde«): the »Mødedato« field, at its placeholder."""
    path = write(tmp_path / "dagsorden.txt", UNDATED_AGENDA)
    run = cli([path, "--select", "RL505", "--output-format", "json"])
    (finding,) = json.loads(run.out)["files"][0]["findings"]
    assert (finding["line"], finding["column"], finding["item"]) == (6, 13, None)
    assert finding["message"] == (
        "Feltet »Mødedato« er ikke udfyldt med en dato (der står »Klik eller tryk for at "
        "angive en dato.«)."
    )
    assert finding["fix"] == "Skriv mødets dato i feltet, fx »Mandag den 3. marts 2025«."
    run = cli([path, "--select", "RL505", "--output-format", "json", "--lang", "en"])
    (finding,) = json.loads(run.out)["files"][0]["findings"]
    assert finding["message"] == (
        "The field “Mødedato” is not filled in with a date (it says “Klik eller tryk for at "
        "angive en dato.”)."
    )


# ------------------------------------------------------------- findings about the file

# Saved in Windows-1252 (RL902, about the whole file), with a placeholder on its first line
# (RL604 at line 1).
CP1252_MINUTES = """\
REFERAT Socialudvalget d. 01-11-2021 kl. XX

Punkt 1: Godkendelse af dagsorden

Beslutning

Godkendt – ø
"""


def test_a_finding_about_the_whole_file_shows_no_line_and_comes_first(cli, tmp_path):
    """RL902 is about the file's encoding, not its first line: the full format shows it
    without »:1:1« and without a frame of line 1, labelled [hele dokumentet], before the
    findings on lines (even one on line 1). The concise format keeps »:1:1« for editors."""
    path = tmp_path / "referat.txt"
    path.write_bytes(CP1252_MINUTES.encode("cp1252"))
    run = cli([path, "--no-cache"])
    blocks = run.out.split("\n\n")
    assert blocks[0].splitlines()[0] == (
        f"{path}: RL902 [hele dokumentet] Filen er gemt med en ældre tegnkodning "
        "(Windows-1252). Tjek, at æ, ø og å ser rigtige ud."
    )
    assert not [row for row in blocks[0].splitlines() if " | " in row or row.endswith(" |")]
    assert blocks[1].splitlines()[:3] == [
        f"{path}:1:42: RL604 Teksten indeholder en pladsholder: »XX«.",
        "   |",
        " 1 | REFERAT Socialudvalget d. 01-11-2021 kl. XX",
    ]
    concise = cli([path, "--no-cache", "--output-format", "concise"]).out.splitlines()
    assert [row.split(" ", 2)[:2] for row in concise] == [
        [f"{path}:1:1:", "RL902"],
        [f"{path}:1:42:", "RL604"],
    ]
    assert concise[0].startswith(f"{path}:1:1: RL902 [hele dokumentet] Filen er gemt med en")
    english = cli([path, "--no-cache", "--lang", "en"]).out
    assert english.startswith(f"{path}: RL902 [whole document] The file is saved in an older")


def test_the_html_report_lists_a_finding_about_the_whole_file_apart_from_the_text(cli, tmp_path):
    from lxml import html

    path = tmp_path / "referat.txt"
    path.write_bytes(CP1252_MINUTES.encode("cp1252"))
    page = html.document_fromstring(cli([path, "--no-cache", "--output-format", "html"]).out)
    (card,) = page.xpath('//article[@data-code="RL902"]')
    assert card.xpath("preceding::h3[1]")[0].text_content() == "Fund uden en linje i teksten"
    assert card.xpath('string(p[@class="where"])') == "hele dokumentet"
    (row,) = page.xpath('//table[@class="by-item"]//tr[@data-item=""]')
    assert row.xpath("string(td/a)") == "hele dokumentet"


# ------------------------------------------------------------------- the code frame

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def frame(run_out: str, code: str) -> list[str]:
    """The head and the three frame rows of the first finding of ``code``."""
    rows = run_out.splitlines()
    start = next(n for n, row in enumerate(rows) if f": {code} " in row)
    return rows[start : start + 4]


def test_the_frame_of_a_pdf_shows_a_link_as_its_reader_sees_it(cli):
    """The PDF says »Se også den gældende affaldsregulativ.«; its reader writes the link as
    »[den gældende affaldsregulativ](#)«, which the frame must not show. The caret stays
    on the link's first letter."""
    path = FORMATS / "udkast-referat.pdf"
    run = cli([path, "--no-cache", "--select", "RL602"])
    assert frame(run.out, "RL602")[1:] == [
        "    |",
        " 66 | Se også den gældende affaldsregulativ.",
        "    |         ^",
    ]
    for other in ("udkast-referat.docx", "udkast-referat.html"):
        out = cli([FORMATS / other, "--no-cache", "--select", "RL602"]).out
        assert "](" not in out and "[den gældende affaldsregulativ" not in out, other


def test_the_frame_of_a_markdown_file_keeps_its_own_link_syntax(cli, tmp_path):
    path = tmp_path / "referat.md"
    path.write_text(
        "# Referat Socialudvalget d. 01-11-2021\n\n## Punkt 1: Godkendelse af dagsorden\n\n"
        "Se også [det gældende affaldsregulativ](#).\n\n### Beslutning\n\nGodkendt.\n",
        "utf-8",
    )
    run = cli([path, "--no-cache", "--select", "RL602"])
    assert frame(run.out, "RL602")[1:] == [
        "   |",
        " 5 | Se også [det gældende affaldsregulativ](#).",
        "   |         ^",
    ]


def test_a_column_in_or_after_a_link_keeps_its_letter():
    from referatlint.report.human import as_read

    line = "Se [bilag 1](https://kommune.dk/b1.pdf) og [bilag 2](#) fra 12. maj."
    shown = "Se bilag 1 og bilag 2 fra 12. maj."
    assert as_read(line, 1) == (shown, 1)  # before any link
    assert as_read(line, line.index("[bilag 1") + 1)[1] == shown.index("bilag 1") + 1
    assert as_read(line, line.index("1](") + 1)[1] == shown.index("1 og") + 1
    # on a target: at the end of its text
    assert as_read(line, line.index("kommune") + 1)[1] == shown.index(" og") + 1
    assert as_read(line, line.index("og [") + 1)[1] == shown.index("og b") + 1
    assert as_read(line, line.index("12. maj") + 1)[1] == shown.index("12. maj") + 1
    assert as_read("Ingen links her.", 7) == ("Ingen links her.", 7)


# ------------------------------------------------------------ the rule's name on screen


def test_the_last_line_of_a_finding_names_the_rule_by_its_title_in_the_output_language(
    cli, tmp_path
):
    """»missing-required-section« is a programmer's name: the full format gives the rule's
    title (a configuration's own rule too); machine formats keep the name."""
    path = write(tmp_path / "referat.txt", ORDER_MINUTES)
    danish = cli([path, "--no-cache", "--select", "RL303"]).out.splitlines()
    assert danish[5] == (
        "   = advarsel · Rækkefølgen i indholdsfortegnelsen passer ikke · mere: referatlint "
        "rule RL303"
    )
    english = cli([path, "--no-cache", "--select", "RL303", "--lang", "en"]).out.splitlines()
    assert english[5] == (
        "   = warning · Table of contents order differs · more: referatlint rule RL303"
    )
    run = cli([path, "--no-cache", "--select", "RL303", "--output-format", "json"])
    assert json.loads(run.out)["files"][0]["findings"][0]["name"] == "toc-order-mismatch"
    (tmp_path / "pyproject.toml").write_text(
        '[tool.referatlint]\n\n[[tool.referatlint.rules]]\ncode = "X101"\nkind = "forbidden"\n'
        'pattern = "vejbelysning"\nseverity = "info"\nmessage = "Skriv gadebelysning."\n',
        "utf-8",
    )
    own = cli([path, "--no-cache", "--select", "X101"]).out.splitlines()
    assert own[4] == "   = info · Skriv gadebelysning. · mere: referatlint rule X101"


def test_a_run_answered_from_the_cache_names_the_rules_without_loading_them(tmp_path):
    """The titles come from the loaded rules in a run that checks a document, and from the
    cache in a run whose documents all come from it (which must not load the rules)."""
    import os
    import subprocess
    import sys

    path = write(tmp_path / "referat.txt", ORDER_MINUTES)
    env = {**os.environ, "REFERATLINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-X", "importtime", "-m", "referatlint", path.name]
    first, again = (
        subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
        for _ in range(2)
    )
    assert again.stdout == first.stdout
    assert "· Rækkefølgen i indholdsfortegnelsen passer ikke ·" in again.stdout
    assert " referatlint.rules\n" in first.stderr
    assert " referatlint.rules\n" not in again.stderr


# ---------------------------------------------------------------------- the summary


def test_the_summary_counts_findings_a_waiver_hides_but_not_rules_left_out(cli, tmp_path):
    """A waiver hides a finding from the list, not from the count: the summary says how
    many and where to see them. Rules left out with --select or --ignore hide nothing."""
    path = write(tmp_path / "referat.txt", ORDER_MINUTES)
    (tmp_path / ".referatlint.yaml").write_text(
        "waivers:\n  - file: referat.txt\n    code: RL303\n    item: '5'\n"
        "    reason: Punkterne er byttet om efter udsendelsen.\n",
        "utf-8",
    )
    run = cli([path.name, "--no-cache", "--select", "RL303,RL306"], cwd=tmp_path)
    assert run.out.splitlines()[-1] == (
        "Alt i orden: ingen fund i 1 dokument. Ikke vist: 1 fund med en undtagelse (se "
        "--show-waivers)."
    )
    run = cli([path.name, "--no-cache", "--select", "RL303", "--lang", "en"], cwd=tmp_path)
    assert run.out.splitlines()[-1] == (
        "All clear: no findings in 1 document. Not shown: 1 waived finding (see --show-waivers)."
    )
    run = cli([path.name, "--no-cache", "--ignore", "RL303"], cwd=tmp_path)
    assert "Ikke vist" not in run.out


def test_a_run_with_only_info_says_nothing_needs_fixing_unless_info_fails_it(cli, tmp_path):
    path = tmp_path / "referat.txt"
    path.write_bytes(SMALL_MINUTES.encode("cp1252"))  # RL902, info
    run = cli([path, "--no-cache"])
    assert (run.code, run.out.splitlines()[-1]) == (
        0,
        "1 fund i 1 dokument: 1 info. Intet skal rettes: info er kun til orientering.",
    )
    run = cli([path, "--no-cache", "--fail-on", "info"])
    assert (run.code, run.out.splitlines()[-1]) == (1, "1 fund i 1 dokument: 1 info.")


SMALL_MINUTES = """\
REFERAT Socialudvalget d. 01-11-2021

Punkt 1: Godkendelse af dagsorden

Beslutning

Godkendt – ø
"""


# ------------------------------------------------------- a run over several documents


def test_a_run_over_several_documents_heads_each_and_names_those_without_findings(cli, work):
    """In the full format each document's findings come under a line with its name and
    counts, and the documents without findings are named before the summary; the
    findings' own lines are those of a run over the one document."""
    alone = cli(["dagsordener/udkast.txt", "--no-cache"]).out.splitlines()
    assert alone[0].startswith("dagsordener/udkast.txt:11:1: RL306 [punkt 41] ")
    run = cli(["dagsordener", "--no-cache"])
    lines = run.out.splitlines()
    assert lines[:2] == ["── dagsordener/udkast.txt: 10 fund (4 fejl, 6 advarsler) ──", ""]
    assert lines[2:-2] == alone[:-1]
    assert lines[-2:] == [
        "Uden fund: dagsordener/referat.txt.",
        "10 fund i 2 dokumenter: 4 fejl, 6 advarsler.",
    ]
    assert cli(["dagsordener", "--no-cache", "--jobs", "2"]).out == run.out
    english = cli(["dagsordener", "--no-cache", "--lang", "en"]).out.splitlines()
    assert english[0] == "── dagsordener/udkast.txt: 10 findings (4 errors, 6 warnings) ──"
    assert english[-2:] == [
        "No findings: dagsordener/referat.txt.",
        "10 findings in 2 documents: 4 errors, 6 warnings.",
    ]
    concise = cli(["dagsordener", "--no-cache", "--output-format", "concise"]).out
    assert concise.splitlines()[0].startswith("dagsordener/udkast.txt:11:1: RL306 [punkt 41] ")
    assert "──" not in concise and "Uden fund" not in concise


def test_a_document_of_one_severity_is_headed_by_that_count_alone(cli, work):
    run = cli(["dagsordener", "--no-cache", "--select", "RL306,RL502"])
    assert run.out.splitlines()[0] == "── dagsordener/udkast.txt: 2 advarsler ──"


def test_many_documents_without_findings_are_counted_not_named(cli, work):
    for number in range(1, 11):
        (work / "dagsordener" / f"referat-{number:02}.txt").write_bytes(
            (work / "dagsordener" / "referat.txt").read_bytes()
        )
    lines = cli(["dagsordener", "--no-cache"]).out.splitlines()
    assert lines[-2:] == [
        "Uden fund: 11 dokumenter.",
        "10 fund i 12 dokumenter: 4 fejl, 6 advarsler.",
    ]


def test_a_clean_run_over_several_documents_has_only_the_summary(cli, work):
    (work / "dagsordener" / "udkast.txt").unlink()
    (work / "dagsordener" / "referat-2.txt").write_bytes(
        (work / "dagsordener" / "referat.txt").read_bytes()
    )
    run = cli(["dagsordener", "--no-cache"])
    assert run.out == "Alt i orden: ingen fund i 2 dokumenter.\n"


# ---------------------------------------------------------------------- attachments

# The hearing response's agenda (tests/test_rule_messages.py) with a placeholder in item
# 2's own text, and only the e-mail address and the CPR number in the attachment.
AGENDA_WITH_ATTACHMENTS = (
    (FIXTURES / "defects" / "dagsorden_bilag_hoeringssvar.txt")
    .read_text("utf-8")
    .replace(
        "to høringssvar, se bilag 2.1 og 2.2. Borgeren med cpr.nr. 010190-1238 har også ringet.",
        "XX høringssvar, se bilag 2.1 og 2.2.",
    )
    .replace("karen.holm@mail.dk eller mobil 22 45 67 89.", "karen.holm@mail.dk.")
)


def test_a_finding_in_a_printed_attachment_names_the_attachment_after_the_item(cli, tmp_path):
    """A "dagsorden med bilag" (probe round ZM, P2: Syddjurs): the CPR number and the
    e-mail address are in the neighbour's hearing response, attachment 2.1, not in item 2's
    own text: the location says so in every format; the placeholder in item 2's own text
    keeps its location."""
    path = write(tmp_path / "dagsorden.txt", AGENDA_WITH_ATTACHMENTS)
    concise = cli([path, "--no-cache", "--output-format", "concise"]).out.splitlines()
    assert [row.removeprefix(f"{path}:") for row in concise] == [
        "16:64: RL604 [punkt 2, side 2] Teksten indeholder en pladsholder: »XX«.",
        "39:22: RL606 [punkt 2, bilag 2.1, side 3] Teksten indeholder e-mailadressen "
        "»karen.holm@mail.dk«. Er det en privat persons adresse, må den ikke offentliggøres.",
        "40:16: RL601 [punkt 2, bilag 2.1, side 3] Teksten indeholder et CPR-nummer (150372-****).",
    ]
    full = cli([path, "--no-cache"]).out
    assert f"{path}:40:16: RL601 [punkt 2, bilag 2.1, side 3] Teksten indeholder" in full
    english = cli([path, "--no-cache", "--lang", "en", "--output-format", "concise"]).out
    assert english.splitlines()[2] == (
        f"{path}:40:16: RL601 [item 2, attachment 2.1, page 3] The text contains a CPR number "
        "(150372-****)."
    )
    run = cli([path, "--output-format", "json", "--no-cache"])
    (checked,) = json.loads(run.out)["files"]
    assert [(f["code"], f["item"], f["page"], f.get("attachment")) for f in checked["findings"]] == [
        ("RL604", "2", 2, None), ("RL606", "2", 3, "2.1"), ("RL601", "2", 3, "2.1"),
    ]  # fmt: skip
    assert "attachment" not in checked["findings"][0]
    sarif = json.loads(cli([path, "--output-format", "sarif", "--no-cache"]).out)
    results = sarif["runs"][0]["results"]
    assert [result["properties"] for result in results] == [
        {"item": "2", "page": 2},
        {"item": "2", "attachment": "2.1", "page": 3},
        {"item": "2", "attachment": "2.1", "page": 3},
    ]
    assert results[2]["message"]["text"].startswith(
        "[punkt 2, bilag 2.1, side 3] Teksten indeholder et CPR-nummer (150372-****)."
    )


def test_an_attachment_without_a_number_is_named_by_its_title_shortened(cli, tmp_path):
    """An attachment printed under its title repeated from the item's "Bilag" list (a
    "samlet dokument", Favrskov) has no number: the location names it by its title, cut
    after a whole word."""
    text = AGENDA_WITH_ATTACHMENTS.replace(
        "2.1 Høringssvar fra Karen Margrethe Holm\n2.2 Høringssvar fra Grundejerforeningen Skovly",
        "Høringssvar fra Karen Margrethe Holm, Skovlyvej 14",
    ).replace(
        "Bilag 2.1: Høringssvar fra Karen Margrethe Holm\n",
        "Høringssvar fra Karen Margrethe Holm, Skovlyvej 14\n",
    )
    path = write(tmp_path / "dagsorden.txt", text)
    (part, *_) = parse(read(str(path))).items[1].attachment_parts
    assert (part.number, part.title, part.label) == (
        None, "Høringssvar fra Karen Margrethe Holm, Skovlyvej 14", "Høringssvar fra Karen…"
    )  # fmt: skip
    concise = cli([path, "--no-cache", "--output-format", "concise"]).out.splitlines()
    assert concise[2].removeprefix(f"{path}:") == (
        "39:16: RL601 [punkt 2, bilag »Høringssvar fra Karen…«, side 3] Teksten indeholder et "
        "CPR-nummer (150372-****)."
    )
    english = cli([path, "--no-cache", "--lang", "en", "--output-format", "concise"]).out
    assert (
        english.splitlines()[2]
        .removeprefix(f"{path}:")
        .startswith("39:16: RL601 [item 2, attachment “Høringssvar fra Karen…”, page 3] The text")
    )
