"""The Markdown reader: an agenda system's .md export read as the text it shows, line N of
the text being line N of the file."""

import json

import jsonschema
import pytest
from conftest import FIXTURES, SEEDS
from referatlint.parse import parse
from referatlint.read import read
from referatlint.schemas import load

EXPORT = """\
---
title: Dagsorden
---
# Rebild Kommune

Dagsorden – Kultur- og Fritidsudvalget
======================================

**Mødedato:** Torsdag den 13. november 2025\x20\x20
__Mødested:__ Rebild Rådhus\\
*Afbud:* _Tina Poulsen (C)_

<!-- genereret af dagsordenssystemet
     version 4.2 -->
### Indholdsfortegnelse {#toc}

- [1 (Åben) Godkendelse af dagsorden](#punkt-1 "Gå til punktet")
* [2 (Åben) Budget 2026](<#punkt-2>)

---

## [1 (Åben) Godkendelse af dagsorden](#punkt-1) ##

1\\. Forvaltningen indstiller, at dagsordenen godkendes.

> **Bemærk:** ~~tirsdag~~ torsdag, se `bilag_1.pdf` og <https://rebild.dk/moeder>.
1. at planen vedtages
   + at den sendes i høring

| Område | Ansøgt \\| kr. | Tilskud |
|:---|---:|---|
| Idræt | **3.600.000** | 3.402.000<br>(72 pct.) |

```
**ikke fed**
```
"""


def test_markup_is_taken_off_line_for_line():
    source = read("dagsorden.md", EXPORT.encode())
    assert source.format == "markdown"
    assert source.anchors is None and source.line_pages is None
    assert source.lines == (
        "",  # front matter
        "",
        "",
        "Rebild Kommune",
        "",
        "Dagsorden – Kultur- og Fritidsudvalget",
        "",  # the heading's underline
        "",
        "Mødedato: Torsdag den 13. november 2025",
        "Mødested: Rebild Rådhus",
        "Afbud: Tina Poulsen (C)",
        "",
        "",  # the comment
        "",
        "Indholdsfortegnelse",
        "",
        "• [1 (Åben) Godkendelse af dagsorden](#punkt-1)",
        "• [2 (Åben) Budget 2026](#punkt-2)",
        "",
        "",  # the rule
        "",
        "1 (Åben) Godkendelse af dagsorden",  # a heading's link is the heading
        "",
        "1. Forvaltningen indstiller, at dagsordenen godkendes.",
        "",
        "Bemærk: tirsdag torsdag, se bilag_1.pdf og "
        "[https://rebild.dk/moeder](https://rebild.dk/moeder).",
        "1. at planen vedtages",
        "   • at den sendes i høring",
        "",
        "Område\tAnsøgt | kr.\tTilskud",
        "",  # the separator row
        "Idræt\t3.600.000\t3.402.000 (72 pct.)",
        "",
        "",  # the code fence
        "**ikke fed**",  # code is shown as written
        "",
    )
    assert len(source.lines) == EXPORT.count("\n")


def test_text_that_only_looks_like_markup_stays():
    """Blanks to fill in, arithmetic, file names, case numbers, placeholders in brackets:
    no emphasis, no link, no tag."""
    text = (
        "Underskrevet den ___ af ___\n"
        "Beløbet er 5 * 3 * 100 kr.\n"
        "Se fil_navn_v2.pdf og sag #5092184\n"
        "Tilskud på [indsæt beløb] kr. til <Navn>, R&D og 3 < 5\n"
        "#Hashtag\n"
    )
    assert read("x.md", text.encode()).lines == tuple(text.splitlines())


def test_a_line_break_tag_inside_a_line_starts_a_new_line():
    """The one place where the text has more lines than the file: the lines after move
    down. At a line's end the tag ends the line; in a table's cell it is a space."""
    text = "Mødedato: 13. november<br>Mødested: Rådhuset\nAfbud: Ingen<br/>\nSlut\n"
    assert read("x.md", text.encode()).lines == (
        "Mødedato: 13. november",
        "Mødested: Rådhuset",
        "Afbud: Ingen",
        "Slut",
    )


def test_reference_links_and_html_links_are_links():
    text = (
        "- [1 Godkendelse][p1]\n"
        "- [2 Budget][]\n"
        "- <a href='#p3'>3 Eventuelt</a> og [indsæt titel]\n"
        "\n"
        "[p1]: #punkt-1\n"
        '[2 budget]: <#punkt-2> "Punkt 2"\n'
    )
    assert read("x.md", text.encode()).lines == (
        "• [1 Godkendelse](#punkt-1)",
        "• [2 Budget](#punkt-2)",
        "• [3 Eventuelt](#p3) og [indsæt titel]",
        "",
        "",
        "",
    )


def test_ordered_list_entries_have_the_numbers_a_renderer_shows():
    """CommonMark: a list counts up from its first entry's number, whatever number the
    later entries carry ("1." on every entry, as wiki exporters and formatters write it);
    a nested list counts on its own; a list goes on over a blank line and a lazy
    continuation line, and ends at a paragraph after a blank line, a heading or another
    delimiter, so the next list starts from its own first number; an entry other than
    "1." does not break into a paragraph, and one indented as code is none."""
    text = (
        "Forvaltningen indstiller,\n"
        "1. at planen godkendes,\n"
        "1. at den sendes i høring\n"
        "fra den 1. september, og\n"
        "\n"
        "1. at udvalget orienteres\n"
        "   1. i oktober og\n"
        "   1. i december.\n"
        "\n"
        "Bilag\n"
        "\n"
        "3. Tidsplan\n"
        "3. Budget\n"
        "1) Kort\n"
        "1) Foto\n"
        "## Eventuelt\n"
        "1) Intet\n"
        "\n"
        "Beløbet er\n"
        "2. rate af tilskuddet.\n"
        "\n"
        "    1. kode\n"
        "    1. kode\n"
    )
    assert read("x.md", text.encode()).lines == (
        "Forvaltningen indstiller,",
        "1. at planen godkendes,",
        "2. at den sendes i høring",
        "fra den 1. september, og",
        "",
        "3. at udvalget orienteres",
        "   1. i oktober og",
        "   2. i december.",
        "",
        "Bilag",
        "",
        "3. Tidsplan",
        "4. Budget",
        "1) Kort",
        "2) Foto",
        "Eventuelt",
        "1) Intet",
        "",
        "Beløbet er",
        "2. rate af tilskuddet.",
        "",
        "    1. kode",
        "    1. kode",
    )


PANDOC_TOC = """\
Referat – Økonomiudvalget

- [1. Godkendelse af dagsorden](#godkendelse-af-dagsorden)
- [2. Budget 2026](#budget-2026)

## 1. Godkendelse af dagsorden

Beslutning: Godkendt.

Bilag:

- [Bilag 1: Tidsplan](#bilag-1)
- [Bilag 2: Budget](#bilag-2)

## 2. Budget 2026

Beslutning: Godkendt.
"""


def test_a_list_of_in_page_links_before_the_headings_it_names_is_the_table_of_contents():
    """pandoc's --toc writes the list without a heading: the blank line above it becomes
    one, as the HTML reader adds it. A later list of in-page links is no table of
    contents."""
    source = read("referat.md", PANDOC_TOC.encode())
    assert source.lines[:5] == (
        "Referat – Økonomiudvalget",
        "Indholdsfortegnelse",
        "• [1. Godkendelse af dagsorden](#godkendelse-af-dagsorden)",
        "• [2. Budget 2026](#budget-2026)",
        "",
    )
    assert source.lines[10:14] == (
        "",
        "• [Bilag 1: Tidsplan](#bilag-1)",
        "• [Bilag 2: Budget](#bilag-2)",
        "",
    )
    document = parse(source)
    assert [(e.number, e.title, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 3),
        ("2", "Budget 2026", 4),
    ]
    assert [(i.number, i.line) for i in document.items] == [("1", 6), ("2", 15)]


def test_cli_reads_markdown_as_its_own_format(cli, tmp_path):
    """A .md file reads as Markdown, with findings on the file's own lines; its model
    validates, and .markdown is the same format."""
    rebild = (FIXTURES / "layouts" / "rebild_dagsorden.md").read_text("utf-8")
    path = tmp_path / "dagsorden.markdown"
    path.write_text(rebild.replace("## 6 (Åben) Eventuelt", "## 5 (Åben) Eventuelt"), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert [line.split(" [")[0].removeprefix(f"{path}:") for line in run.out.splitlines()] == [
        "18:1: RL307",
        "116:1: RL202",
    ]
    model = json.loads(cli(["parse", path]).out)
    jsonschema.validate(model, load("document.schema.json"))
    assert (model["format"], model["anchors"]) == ("markdown", None)
    report = json.loads(cli([path, "--output-format", "json"]).out)
    jsonschema.validate(report, load("report.schema.json"))
    assert report["files"][0]["format"] == "markdown"


def test_the_same_bytes_as_markdown_and_as_text_are_not_one_cached_result(cli, tmp_path):
    """The cache (on in the tests) knows a file by its bytes; read as Markdown and as text
    they are different documents. (Markup without the strong cues of is_markdown: a .txt
    file with it is plain text.)"""
    text = (FIXTURES / "layouts" / "rebild_dagsorden.md").read_text("utf-8")
    text = text.replace("## ", "").replace("### ", "").replace("**", "")
    markdown, plain = tmp_path / "dagsorden.md", tmp_path / "dagsorden.txt"
    markdown.write_text(text, "utf-8")
    plain.write_text(text, "utf-8")
    as_markdown = json.loads(cli([markdown, "--output-format", "json"]).out)["files"][0]
    assert as_markdown["format"] == "markdown"
    as_text = json.loads(cli([plain, "--output-format", "json"]).out)["files"][0]
    assert as_text["format"] == "text"


WIKI = FIXTURES / "layouts" / "wiki_referat_nummerliste.md"


@pytest.mark.parametrize("name", [None, "udkast.txt"])
def test_markdown_on_standard_input_or_saved_as_text_is_read_as_markdown(cli, name):
    """Standard input without a name, or named as a .txt file, has no suffix to say it is
    Markdown: front matter with a title, "## 1. Titel" headings, "**Mødedato**" labels
    and a pipe table do. Read as plain text its "##" headings would be no items (RL903);
    read as Markdown it gives the findings the .md file gives."""
    decision = "**Beslutning:** Anbefales over for Kommunalbestyrelsen."
    text = WIKI.read_text("utf-8").replace(decision, "**Beslutning:** XX")
    run = cli(
        ["-", "--output-format", "concise"] + (["--stdin-filename", name] if name else []),
        stdin=text.encode(),
    )
    shown = name or "-"
    assert [line.split(" [")[0] for line in run.out.splitlines()] == [f"{shown}:79:1: RL402"]


@pytest.mark.parametrize(
    "text",
    [
        # bullets, "1." lists, a "---" box around the fields, a case number "#5092184"
        "---\nMødedato: 3. juni 2025\ntitle: Referat\n---\n\n- Punkt 1\n* Punkt 2\n"
        "1. at planen godkendes\n#5092184\n#2 Budget\n",
        # a heading-like line or two and one bold word
        "# Referat\n\n## Økonomiudvalget\n\nDet er **vigtigt**, at fristen holdes.\n",
        # a plain text's table drawn with dashes between all its rows
        "| Navn | Parti |\n|------|-------|\n| Ole | A |\n|------|-------|\n| Lise | V |\n"
        "|------|-------|\n",
    ],
)
def test_a_plain_draft_with_weak_markdown_cues_stays_plain_text(text):
    source = read("udkast.txt", text.encode())
    assert source.format == "text"
    assert source.lines == tuple(text.splitlines())


def test_no_text_fixture_is_read_as_markdown():
    """Every plain-text document the tests hold reads as it did: as text."""
    # Not the plugin fixture's blank dependency_links.txt: a file without text is no
    # document (RL901).
    paths = sorted(path for path in FIXTURES.glob("**/*.txt") if path.read_bytes().strip())
    assert len(paths) > 50
    assert [path.name for path in paths if read(str(path)).format != "text"] == []


def test_every_character_escaped_reads_back_as_the_text():
    """A backslash before any ASCII punctuation is that character: every seed, written with
    all of its punctuation escaped, reads back line for line."""
    for seed in SEEDS.glob("*.txt"):
        text = seed.read_text("utf-8").replace("\f", "")
        escaped = "".join(
            "\\" + char if char.isascii() and not char.isalnum() and char.isprintable()
            and char != " " else char
            for char in text
        )  # fmt: skip
        lines = tuple(line.rstrip() for line in text.splitlines())
        assert read("referat.md", escaped.encode()).lines == lines, seed.name
