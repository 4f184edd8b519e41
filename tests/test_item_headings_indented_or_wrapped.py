"""Item headings set in from the margin ("  2. Title", "\t2. Title"), as an indented heading
style prints them, are items as they would be at the margin; a numbered list set in under a
section heading stays that section's text."""

import json

import pytest
from conftest import FIXTURES
from referatlint.parse import parse
from referatlint.read.source import from_text

LAYOUTS = FIXTURES / "layouts"


def items(text: str):
    return [(item.number, item.title, item.line) for item in parse(from_text(text, "x.txt")).items]


def test_indented_item_headings_are_items_when_only_they_are_set_in():
    text = (LAYOUTS / "indrykket_punktoverskrift.txt").read_text("utf-8")
    assert items(text) == [
        ("1", "Godkendelse af dagsorden", 11),
        ("2", "Affaldsgebyrer 2027 - principper", 16),
        ("3", "Eventuelt", 35),
    ]


@pytest.mark.parametrize("indent", ["  ", "\t"])
def test_item_headings_and_section_headings_set_in_alike_beside_a_list_at_the_margin(indent):
    """The body's numbered list stands at the margin, the headings are set in: the items'
    headings are the document's style, also "6. Eventuelt" with no case number under it."""
    text = (
        "Referat\nTeknik- og Miljøudvalget\n\nMødedato: Mandag den 9. marts 2026\n\n"
        f"{indent}5. Udskiftning af vandmålere\n\nSagsnr.: 13.02.10-G01-4-26\n\n"
        f"{indent}Sagsfremstilling\nVandforsyningen foreslår:\n"
        "1) målerne udskiftes i 2026-2028,\n2) kunderne får brev i uge 14.\n\n"
        f"{indent}Indstilling\nAdministrationen indstiller, at orienteringen tages til "
        f"efterretning.\n\n{indent}Beslutning\nTaget til efterretning.\n\n"
        f"{indent}6. Eventuelt\n\n{indent}Beslutning\nIntet.\n"
    )
    assert items(text) == [
        ("5", "Udskiftning af vandmålere", 6),
        ("6", "Eventuelt", 21),
    ]


def test_a_numbered_list_set_in_under_a_section_heading_stays_its_text():
    """Headings at the margin, a recommendation's list set in with blank lines between its
    entries: the entries are no items."""
    text = (
        "Referat\nTeknik- og Miljøudvalget\n\nMødedato: Mandag den 9. marts 2026\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Affaldsgebyrer 2027\n\nSagsnr.: 07.00.00-Ø60-3-26\n\n"
        "Indstilling\nAdministrationen indstiller, at\n\n"
        "  1. Gebyret fastsættes pr. beholder\n\n  2. Underskuddet afvikles over 3 år\n\n"
        "Beslutning\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert items(text) == [
        ("1", "Godkendelse af dagsorden", 6),
        ("2", "Affaldsgebyrer 2027", 11),
        ("3", "Eventuelt", 25),
    ]


def item_model(text: str):
    return [
        (item.number, item.title, item.line, item.case_number, item.closed)
        for item in parse(from_text(text, "x.txt")).items
    ]


@pytest.mark.parametrize(
    ("name", "wrapped"),
    [
        # the title goes on with a year, in a number's place: not item 2027 nor a list
        (
            "titel_ombrudt_tal_foerst.txt",
            ("2", "Affaldsgebyrer 2027 - principper", 16, "07.00.00-Ø60-3-26", False),
        ),
        (
            "titel_ombrudt_tal_foerst_etiketter.txt",
            ("88", "Regnskab 2023 for Helsingør Kommune", 21, "24/05519", False),
        ),
        # the title goes on after a dash; the case number below it is the item's
        (
            "titel_ombrudt_tankestreg.txt",
            ("2", "Affaldsgebyrer 2027 - principper", 16, "07.00.00-Ø60-3-26", False),
        ),
    ],
)
def test_a_title_wrapped_onto_a_row_opening_with_a_number_or_a_dash_is_one_title(name, wrapped):
    models = item_model((LAYOUTS / name).read_text("utf-8"))
    assert len(models) == 3
    assert models[1] == wrapped


def test_a_wrapped_title_ending_in_lukket_over_a_section_heading_closes_the_item():
    text = (
        "Referat\nBørne- og Uddannelsesudvalget\n\nMødedato: Mandag den 18. marts 2024\n\n"
        "Pkt. 50 - Godkendelse af dagsorden\nBeslutning:\n  Godkendt.\n\n"
        "Pkt. 51 - Ansøgning om dispensation\nfra skolestart (Lukket)\nBeslutning:\n"
        "  Godkendt.\n"
    )
    assert item_model(text) == [
        ("50", "Godkendelse af dagsorden", 6, None, False),
        ("51", "Ansøgning om dispensation fra skolestart (Lukket)", 10, None, True),
    ]


@pytest.mark.parametrize(
    "below",
    ["3. Takster for spildevand", "3) Takster for spildevand", "9. marts 2026", "250 mio. kr."],
)
def test_a_row_under_a_title_that_is_a_list_entry_a_date_or_an_amount_is_no_part_of_it(below):
    text = (
        "Referat\nTeknik- og Miljøudvalget\n\nMødedato: Mandag den 9. marts 2026\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        f"2. Affaldsgebyrer\n{below}\n\nSagsnr.: 07.00.00-Ø60-3-26\n\n"
        "Beslutning\nGodkendt.\n"
    )
    titles = [title for _, title, *_ in item_model(text)]
    assert titles[0] == "Godkendelse af dagsorden"
    assert not any(below in title for title in titles)


DUPLICATE_NUMBER_WRAPPED = """Vallensbæk Kommune

Dagsorden
Børne- og Kulturudvalget

Mødedato: Onsdag den 11. juni 2025
Mødetidspunkt: Kl. 17.00 - 19.15
Mødested: Mødelokale 1, Vallensbæk Rådhus

Dagsorden:
1) Godkendelse af dagsorden
2) Kvalitetsrapport for skoleområdet 2024/25
3) Tilskud til sommeraktiviteter for børn og unge 2025
4) Eventuelt


1) Godkendelse af dagsorden


2) Kvalitetsrapport for skoleområdet 2024/25

Sagsfremstilling
Forvaltningen har udarbejdet kvalitetsrapporten for skoleåret 2024/25.

Økonomiske konsekvenser
Sagen har ingen økonomiske konsekvenser.

Miljø- og klimamæssige konsekvenser
Sagen har ingen miljø- og klimamæssige konsekvenser.

Indstilling
Forvaltningen indstiller, at udvalget godkender kvalitetsrapporten.


2) Tilskud til sommeraktiviteter
for børn og unge 2025

Sagsfremstilling
Der er modtaget seks ansøgninger om tilskud fra puljen til sommeraktiviteter.

Økonomiske konsekvenser
Udgiften på 120.000 kr. afholdes inden for puljen til sommeraktiviteter.

Miljø- og klimamæssige konsekvenser
To af aktiviteterne er naturdage i Vallensbæk Mose.

Indstilling
Forvaltningen indstiller, at der gives tilskud til de seks aktiviteter.


4) Eventuelt
"""


def test_an_item_with_a_repeated_number_whose_title_wraps_is_still_an_item(cli, tmp_path):
    """The slip is reported as it is with the title on one line (RL202, RL307), not as one
    item printing its sections twice (RL104) and number 3 missing (RL201)."""
    path = tmp_path / "dagsorden.txt"
    path.write_text(DUPLICATE_NUMBER_WRAPPED, "utf-8")
    run = cli([str(path), "--output-format", "json", "--no-cache"])
    (result,) = json.loads(run.out)["files"]
    assert [(f["code"], f["item"], f["line"]) for f in result["findings"]] == [
        ("RL307", "2", 13),
        ("RL202", "2", 35),
    ]
    assert [
        (number, title, line) for number, title, line, *_ in item_model(DUPLICATE_NUMBER_WRAPPED)
    ] == [
        ("1", "Godkendelse af dagsorden", 17),
        ("2", "Kvalitetsrapport for skoleområdet 2024/25", 20),
        ("2", "Tilskud til sommeraktiviteter for børn og unge 2025", 35),
        ("4", "Eventuelt", 51),
    ]
