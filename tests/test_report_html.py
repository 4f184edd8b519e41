"""The HTML report for secretaries: one self-contained file with an overview and the
document's text, every finding under its line. Checked as HTML here, and rendered in a
real headless Chromium (Debian's package; .ci/run installs it)."""

import io
import os
import re
import shutil
import stat
import struct
from pathlib import Path

import pytest
from browser import Browser, find_chromium
from conftest import CLEAN, DRAFT, DRAFT_FINDINGS, cache_entries, standard_settings
from lxml import html
from referatlint.registry import all_rules
from referatlint.report import FORMATS, Summary, reporter
from referatlint.runner import lint_path

RULES = {rule.code: rule for rule in all_rules()}
# The draft's lines as the report shows them: the CPR number on line 64 masked.
SHOWN_LINES = [
    line.replace("120456-1234", "120456-****") for line in DRAFT.read_text("utf-8").split("\n")[:-1]
]


def report(cli, *args: str) -> tuple[int, str]:
    run = cli(["--output-format", "html", *args])
    return run.code, run.out


def test_only_the_html_report_makes_the_runner_keep_the_text(work):
    wanting = [name for name in FORMATS if reporter(name, io.StringIO(), "da").needs_text]
    assert wanting == ["html"]
    settings = standard_settings()
    assert lint_path("dagsordener/udkast.txt", settings).text is None
    kept = lint_path("dagsordener/udkast.txt", settings, keep_text=True).text
    assert kept == tuple(SHOWN_LINES)


def test_report_is_self_contained(cli, work):
    code, page = report(cli, "dagsordener/udkast.txt")
    assert code == 1
    assert page.startswith('<!DOCTYPE html>\n<html lang="da">')
    tree = html.document_fromstring(page)
    assert tree.xpath("//script | //link | //img | //iframe | //object | //embed") == []
    assert tree.xpath("//@src") == []
    assert {href[0] for href in tree.xpath("//@href")} == {"#"}  # links inside the page only
    style = "".join(tree.xpath("//style/text()"))
    assert "url(" not in style and "@import" not in style


def test_report_shows_every_finding_under_its_line_in_danish(cli, work):
    _, page = report(cli, "dagsordener/udkast.txt")
    tree = html.document_fromstring(page)
    assert tree.findtext(".//title") == "Rapport fra referatlint: dagsordener/udkast.txt"
    assert tree.get_element_by_id("summary").text_content() == (
        "10 fund i 1 dokument: 4 fejl, 6 advarsler."
    )
    cards = tree.find_class("finding")
    assert [
        (card.get("data-code"), int(card.get("data-line")), card.get("class")) for card in cards
    ] == [(f.code, f.line, f"finding {f.severity}") for f in DRAFT_FINDINGS]
    for card, (code, line, _, _, item) in zip(cards, DRAFT_FINDINGS, strict=True):
        # The card follows its line (or another card of the same line) in the text.
        previous = card.getprevious()
        while "finding" in previous.get("class"):
            previous = previous.getprevious()
        assert previous.get("id") == f"d1-L{line}"
        assert "hit" in previous.get("class")
        text = " ".join(card.text_content().split())
        rule = RULES[code]
        assert f"Punkt {item}" in text and f"linje {line}" in text
        assert f"Hvorfor: {rule.why.da}" in text
        assert f"Hvad reglen tjekker: {' '.join(rule.what.da.split())}" in text
        assert f"referatlint rule {code}" in text
    # A rule's list (RL401's cases) keeps a line for each item.
    unreleased = html.tostring(cards[7].find_class("rule")[0], encoding="unicode")
    assert (
        "endnu ikke er frigivet.<br>\n- Fejl: beslutningen i et referat lyder sådan" in unreleased
    )
    cpr = cards[4]
    assert " ".join(cpr.text_content().split()).startswith(
        "Fejl RL601 CPR-nummer i teksten Punkt 42 · linje 64 · kolonne 44 "
        "Teksten indeholder et CPR-nummer (120456-****)"
    )
    assert cpr.find_class("fix")[0].text_content() == (
        "Sådan retter du det: Fjern CPR-nummeret. Skal personen nævnes, så brug initialer "
        "eller et løbenummer."
    )
    # The word at the finding's column is marked in the line, the number masked.
    assert tree.get_element_by_id("d1-L64").find(".//mark").text == "120456-****"
    # Every line of the document is there, in order.
    lines = tree.xpath("//div[contains(@class, 'ln')]/span[@class='tx']")
    assert [span.text_content() for span in lines] == SHOWN_LINES


def test_overview_counts_per_severity_rule_and_item(cli, work):
    _, page = report(cli, "dagsordener/udkast.txt")
    tree = html.document_fromstring(page)
    counts = {li.get("class"): li.find_class("n")[0].text for li in tree.find_class("counts")[0]}
    assert counts == {"error": "4", "warning": "6", "info": "0"}
    by_rule = {
        row.get("data-code"): row.xpath("td")[-1].text for row in tree.xpath("//tr[@data-code]")
    }
    assert by_rule == dict.fromkeys(sorted(code for code, *_ in DRAFT_FINDINGS), "1")
    rows = tree.xpath("//table[@class='by-item']/tbody/tr")
    assert [
        (row.get("data-item"), [td.text_content() for td in row.xpath("td")]) for row in rows
    ] == [
        ("41", ["0", "2", "0", "linje 11"]),
        ("42", ["3", "3", "0", "linje 42"]),
        ("43", ["1", "1", "0", "linje 82"]),
    ]
    assert tree.xpath("//table[@class='by-document']") == []  # one document only


def test_report_in_english(cli, work):
    _, page = report(cli, "--lang", "en", "dagsordener/udkast.txt")
    tree = html.document_fromstring(page)
    assert tree.get("lang") == "en"
    assert tree.get_element_by_id("summary").text_content() == (
        "10 findings in 1 document: 4 errors, 6 warnings."
    )
    fix = tree.find_class("fix")[0].text_content()
    assert fix == "How to fix it: Use the same title in both places."


def test_several_documents_clean_and_unreadable(cli, work):
    (work / "dagsordener" / "tom.pdf").write_bytes(b"%PDF-1.4 broken")
    code, page = report(cli, "dagsordener/")
    assert code == 2
    tree = html.document_fromstring(page)
    rows = tree.xpath("//table[@class='by-document']/tbody/tr")
    assert [[cell.text_content() for cell in row] for row in rows] == [
        ["dagsordener/referat.txt", "0", "0", "0"],
        ["dagsordener/tom.pdf", "1", "0", "0"],
        ["dagsordener/udkast.txt", "4", "6", "0"],
    ]
    clean, broken, draft = tree.find_class("document")
    assert clean.find_class("meta")[0].text == (
        "Referat · 4 punkter · Ingen fund i dette dokument."
    )
    assert "Dokumentet kunne ikke læses." in broken.text_content()
    (card,) = broken.find_class("finding")
    assert card.get("data-code") == "RL901"
    assert len(draft.find_class("finding")) == 10


def test_document_text_is_escaped(cli, work):
    hostile = CLEAN.read_text("utf-8").replace(
        "Godkendt.", "Godkendt. <script>alert('x')</script> & <b>fed</b>", 1
    )
    (work / "dagsordener" / "referat.txt").write_text(hostile, "utf-8")
    _, page = report(cli, "dagsordener/referat.txt")
    tree = html.document_fromstring(page)
    assert tree.xpath("//script | //b") == []
    assert "<script>alert('x')</script> & <b>fed</b>" in tree.text_content()


def test_documents_are_spooled_until_the_overview_is_known(work):
    settings = standard_settings()
    stream = io.StringIO()
    out = reporter("html", stream, "da")
    out.file(lint_path("dagsordener/udkast.txt", settings, keep_text=True))
    assert stream.getvalue() == ""  # nothing is held in memory: the section is on disk
    spool = out.body
    spool.flush()
    on_disk = os.fstat(spool.fileno())
    # A regular file with no name left in any folder: a temporary file, gone once closed.
    assert stat.S_ISREG(on_disk.st_mode) and on_disk.st_nlink == 0
    spool.seek(0)
    section = spool.read()
    assert on_disk.st_size == len(section.encode("utf-8"))
    assert section.startswith('<section class="block document" id="d1">')
    assert section.count('<article class="finding') == 10
    out.finish(Summary(1, 10, 4, 6, 0, ()))
    page = stream.getvalue()
    assert page.index(section) > page.index('<section class="block" id="overblik">')
    assert page.count('<article class="finding') == 10
    assert spool.closed


# -- in a real browser -------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def chromium() -> str:
    found = find_chromium()
    if found is None:
        if os.environ.get("REFERATLINT_CI"):
            pytest.fail("no Chromium, but REFERATLINT_CI is set: CI must run the browser test")
        pytest.skip("no Chromium installed (Debian package chromium; .ci/run installs it)")
    return found


CARDS = """[...document.querySelectorAll('article.finding')].map(card => {
  const box = card.getBoundingClientRect();
  const line = document.getElementById('d1-L' + card.dataset.line).getBoundingClientRect();
  const style = getComputedStyle(card);
  return {code: card.dataset.code, line: Number(card.dataset.line), top: box.top,
          height: box.height, width: box.width, lineBottom: line.bottom,
          visible: style.display !== 'none' && style.visibility === 'visible',
          border: style.borderLeftColor, text: card.innerText};
})"""


def test_report_renders_in_headless_chromium(cli, work, chromium, tmp_path):
    code, terminal = report(cli, "-o", "rapport.html", "dagsordener/udkast.txt")
    assert code == 1
    assert terminal.endswith("10 fund i 1 dokument: 4 fejl, 6 advarsler.\n")
    target = work / "rapport.html"
    with Browser.start(tmp_path / "profile", chromium) as browser:
        view = browser.open(target.as_uri())
        assert view.evaluate("document.title") == (
            "Rapport fra referatlint: dagsordener/udkast.txt"
        )
        assert view.evaluate("document.getElementById('summary').innerText") == (
            "10 fund i 1 dokument: 4 fejl, 6 advarsler."
        )
        cards = view.evaluate(CARDS)
        shot = view.screenshot(tmp_path / "rapport.png")
        height = view.evaluate("document.documentElement.scrollHeight")
        overview = view.evaluate("document.getElementById('overblik').innerText")
        requests = view.requests()
    # Nothing but the file itself was loaded: no fonts, styles, scripts or images.
    assert requests == [target.as_uri()]
    assert [(c["code"], c["line"]) for c in cards] == [(c, line) for c, line, *_ in DRAFT_FINDINGS]
    colours = {"error": "rgb(176, 0, 32)", "warning": "rgb(138, 83, 0)"}
    for card, (_, _, _, severity, item) in zip(cards, DRAFT_FINDINGS, strict=True):
        assert card["visible"] and card["height"] > 40 and card["width"] > 600
        assert card["top"] >= card["lineBottom"] - 0.5  # shown below its line
        assert card["border"] == colours[severity]
        assert f"Punkt {item}" in card["text"]
    cpr = cards[4]["text"]
    assert "Sådan retter du det: Fjern CPR-nummeret." in cpr
    assert "Hvorfor: " + RULES["RL601"].why.da in cpr
    assert re.search(r"RL402\s+Beslutningen er en pladsholder[^\n]*\s+1", overview)
    width, png_height = png_size(shot)
    assert width == 1200 and png_height == height > 3000
    artifacts = os.environ.get("REFERATLINT_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / "html-report.png")
        shutil.copy(target, Path(artifacts) / "html-report.html")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_text_is_kept_from_the_cache_and_from_worker_processes(
    cli, work, jobs, tmp_path, monkeypatch
):
    """The result cache holds findings, not text; worker processes keep it too."""
    monkeypatch.setenv("REFERATLINT_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copy(DRAFT, work / "dagsordener" / "kopi.txt")
    pages = [report(cli, "--jobs", jobs, "dagsordener/")[1]]
    # The results are cached now (two contents: the copy equals the draft), so the second
    # run is answered from the cache: a miss would write its entry anew (a new inode).
    entries = cache_entries(tmp_path / "cache" / "results")
    assert len(entries) == 2
    pages.append(report(cli, "--jobs", jobs, "dagsordener/")[1])
    assert cache_entries(tmp_path / "cache" / "results") == entries
    for page in pages:
        tree = html.document_fromstring(page)
        kopi, _, udkast = tree.find_class("document")
        for section in (kopi, udkast):
            shown = section.xpath(".//div[contains(@class, 'ln')]/span[@class='tx']")
            assert [span.text_content() for span in shown] == SHOWN_LINES
            assert len(section.find_class("finding")) == 10
