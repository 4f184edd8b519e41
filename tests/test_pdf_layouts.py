"""PDF page layouts from another producer (reportlab, tests/fixtures/pdf/make.py): how
the reader rejoins justified and hyphenated rows."""

import pytest
from conftest import FIXTURES
from referatlint.read import read
from referatlint.read.pdf import LINE_END_HYPHEN, join_wrapped

PDFS = FIXTURES / "pdf"


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
