"""CPR numbers: what counts as one (RL601 reports exactly these), and masking them."""

import pytest
from referatlint.cpr import cpr_numbers, masked


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Borgeren (cpr 010190-1234) klager.", ["010190-1234"]),
        ("CPR-nr. 010190 1234 og 311299-0001", ["010190 1234", "311299-0001"]),
        ("født 0101901234", ["0101901234"]),  # no separator: only right after a cue
        ("Kontonummer 0101901234", []),
        ("Sag 320190-1234: day 32 is no date", []),
        ("Sag 011390-1234: month 13 is no date", []),
        ("Journalnr. 27.00.00-010190-1234", []),  # part of a longer number
        ("Beløb 010190-12345 kr.", []),  # five digits after the hyphen
        ("Dato 01-01-1990, tlf. 12 34 56 78", []),
        ("Per Møller, cpr.nr. 010190-1234, klager.", ["010190-1234"]),  # a comma after it
        ("Beløb 010190-1234,50 kr.", []),  # a decimal comma: an amount
        ("Nr. 010190-1234.5", []),
        # A numbering label right before the number: a document's number.
        ("fx »tilbud nr. 241115-0003«", []),
        ("Ordrenr. 241115-0003, fakturanr.: 241115-0004, løbenr. 241115-0005", []),
        # A document's name right before the number, without "nr.", or a "nummer" compound;
        # a second number joined to the first; the name ending the line above.
        ("Faktura 120325-4471 og fakturanummer 120325-4472", []),
        ("(ordre 311299-1234 hos leverandøren); Tilbuddet har nummer 150324-0042", []),
        ("jf. ordre 010226-0815, Kreditnota 120325-4472 og Tilbuddet 241115-0003", []),
        ("Fakturaerne 120325-4471, 120325-4472 og 120325-4473 er afvist", []),
        (
            "tilbud nr. 241115-0003 og 241115-0004; borgerens nr. 010190-1234 og 010190-1235",
            ["010190-1234", "010190-1235"],
        ),
        ("byggemødereferat nr. 14 af 3. marts 2025 og ordre\n010226-0815).", []),
        # ... whatever indents the line with the number.
        ("\tbyggemødereferat nr. 14 af 3. marts 2025 og ordre\n\t010226-0815).", []),
        ("  byggemødereferat nr. 14 af 3. marts 2025 og ordre\n  010226-0815).", []),
        ("\tklage fra en nabo, cpr.nr.\n\t030459-2213, er", ["030459-2213"]),
        # A cue, a name, running text or a person's "nummer" keeps it a CPR number.
        ("personnumre 120325-4471, CPR-nummer 120325-4472", ["120325-4471", "120325-4472"]),
        ("Karl Erik Hansen 120325-4471 og 120325-4472", ["120325-4471", "120325-4472"]),
        ("en faktura til Karl Hansen 120325-4471", ["120325-4471"]),
        ("borgerens nummer 120325-4471, kontoret 120325-4472", ["120325-4471", "120325-4472"]),
        ("hans nummer 120325-4471", ["120325-4471"]),
        ("af en nabo, cpr.nr.\n030459-2213, er", ["030459-2213"]),
        ("Faktura\n\n120325-4471 Karl Hansen", ["120325-4471"]),  # a blank line between
        # A CPR cue in the label, or a person's "nr.", keeps it a CPR number.
        ("CPR nr. 010190-1234, cpr-nr. 010190-1235", ["010190-1234", "010190-1235"]),
        ("personnr. 010190-1234 og borgerens nr. 010190-1235", ["010190-1234", "010190-1235"]),
        # The date part written as a date, then a dash and four digits.
        ("kasserer (cpr.nr. 12.03.61-1234)", ["12.03.61-1234"]),
        ("født 12/03/61–1234 i Vejle", ["12/03/61–1234"]),
        ("Dato 12.03.2024, kl. 12.03, 12.03.61-12345, 1.12.03.61-1234, 12.03/61-1234", []),
        ("Sag 32.03.61-1234 og 12.13.61-1234: no dates", []),
    ],
)
def test_what_counts_as_a_cpr_number(text, numbers):
    assert [match.group() for match in cpr_numbers(text)] == numbers


def test_masking_hides_the_serial_and_keeps_every_column():
    text = "Borgeren (cpr 010190-1234) er født 0101901234 (sag 27.00.00-010190-1234)."
    assert (
        masked(text) == "Borgeren (cpr 010190-****) er født 010190**** (sag 27.00.00-010190-1234)."
    )
    assert masked("født 12.03.61-1234, cpr 010190-1234") == "født 12.03.61-****, cpr 010190-****"
    assert len(masked(text)) == len(text)


def test_text_without_a_cpr_number_is_returned_as_it_is():
    text = "Sagsnr. 27.00.00-A00-1-21, mødt kl. 16:00"
    assert masked(text) is text


def test_an_order_number_on_a_tab_indented_wrapped_line_is_no_cpr_number(cli, tmp_path):
    """Vordingborg, the case description indented by tabs: "... og ordre" / "<TAB>010226-0815)."
    is the order's number (only the template's own RL107 is left)."""
    path = tmp_path / "ordre.txt"
    path.write_text(
        "Vordingborg Kommune\n\nReferat\nKlima- og Miljøudvalget\n\n"
        "Mødedato: Mandag den 9. marts 2026\n\n1. Tvist om efterregulering af entreprise\n\n"
        "Sagsfremstilling\n"
        "\tEntreprenøren har sendt to fakturaer. Kommunen har afvist den anden, fordi\n"
        "\tekstraarbejderne ikke var bestilt (jf. byggemødereferat nr. 14 af 3. marts 2025 og "
        "ordre\n\t010226-0815).\n\nBeslutning\nGodkendt.\n",
        encoding="utf-8",
    )
    run = cli([path, "--output-format", "concise", "--no-cache"])
    assert [line.split(" ")[1] for line in run.out.splitlines()] == ["RL107"]
