"""Messages that send the reader to another line name a place the reader can find: the
line number in a text file; in Word, PDF and HTML, which show no line numbers, the page
where it is known and not the finding's own, else the line's opening words to search for."""

import makedocs
import pytest
from test_rule_messages import CAPITALS, SHIFTED, SPLIT, findings, write

BUILDERS = {
    "txt": str.encode,
    "pdf": makedocs.seed_pdf,
    "docx": makedocs.docx_bytes,
    "html": makedocs.html_bytes,
}


def messages(cli, path, code, lang="da"):
    found = findings(cli, path, "--select", code, "--isolated", "--lang", lang)
    return [(item, message) for _, item, _, message, _ in found]


def built(tmp_path, text, suffix, builder=None):
    path = tmp_path / f"dokument.{suffix}"
    path.write_bytes((builder or BUILDERS[suffix])(text))
    return path


WORD_UNPAGED = lambda text: makedocs.docx_bytes(text, rendered_breaks=False)  # noqa: E731
HEADING = "2. Skolernes madordning - evaluering af forsøg"


@pytest.mark.parametrize(
    ("suffix", "builder", "place", "place_en"),
    [
        ("txt", None, "i linje 18", "on line 18"),
        # Each item starts a page: the first item 2 is on page 3, the second on page 4.
        ("pdf", None, "på side 3", "on page 3"),
        ("docx", None, "på side 3", "on page 3"),
        # No pages: the first item 2's heading, to search for.
        ("html", None, f"ved »{HEADING}«", f"at “{HEADING}”"),
        ("docx", WORD_UNPAGED, f"ved »{HEADING}«", f"at “{HEADING}”"),
    ],
)
def test_rl202_names_the_other_item_where_the_reader_can_find_it(
    cli, tmp_path, suffix, builder, place, place_en
):
    path = built(tmp_path, SHIFTED, suffix, builder)
    assert messages(cli, path, "RL202") == [
        ("2", f"Punktnummer 2 er brugt to gange (også {place}).")
    ]
    assert messages(cli, path, "RL202", "en") == [
        ("2", f"Item number 2 is used twice (also {place_en}).")
    ]


def test_rl104_names_the_first_line_in_text_and_only_the_headings_on_one_page(cli, tmp_path):
    """On the page the finding is on, the quoted heading is the place: a line number or the
    same heading quoted twice would say nothing more."""
    text_file = write(tmp_path / "referat.txt", CAPITALS)
    assert messages(cli, text_file, "RL104") == [
        (
            "1",
            "»Økonomi« er samme afsnit som »ØKONOMISKE KONSEKVENSER« i linje 16: afsnittet "
            "står to gange i punktet.",
        ),
        ("1", "Afsnittet »INDSTILLING« står to gange i punktet (første gang i linje 12)."),
    ]
    for suffix in ("pdf", "docx", "html"):
        path = built(tmp_path, CAPITALS, suffix)
        assert messages(cli, path, "RL104") == [
            (
                "1",
                "»Økonomi« er samme afsnit som »ØKONOMISKE KONSEKVENSER«: afsnittet står to "
                "gange i punktet.",
            ),
            ("1", "Afsnittet »INDSTILLING« står to gange i punktet."),
        ], suffix
        assert messages(cli, path, "RL104", "en") == [
            (
                "1",
                "“Økonomi” is the same section as “ØKONOMISKE KONSEKVENSER”: the section "
                "appears twice in the item.",
            ),
            ("1", "The section “INDSTILLING” appears twice in the item."),
        ], suffix


def test_rl608_quotes_are_the_place_where_lines_are_not_numbered(cli, tmp_path):
    for suffix in ("pdf", "docx", "html"):
        path = built(tmp_path, SPLIT, suffix)
        assert messages(cli, path, "RL608") == [
            (
                "1",
                "Sætningen er delt af en tom linje: »… i perioden november« fortsætter med "
                "»2021 til medio 2022. Der …«.",
            )
        ], suffix
        assert messages(cli, path, "RL608", "en") == [
            (
                "1",
                "The sentence is split by a blank line: “… i perioden november” continues with "
                "“2021 til medio 2022. Der …”.",
            )
        ], suffix
