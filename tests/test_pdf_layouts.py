"""PDF page layouts from another producer (reportlab, tests/fixtures/pdf/make.py): how
the reader rejoins justified and hyphenated rows."""

from conftest import FIXTURES
from referatlint.read import read

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
