"""Item headings set in from the margin ("  2. Title", "\t2. Title"), as an indented heading
style prints them, are items as they would be at the margin; a numbered list set in under a
section heading stays that section's text."""

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
