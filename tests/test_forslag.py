""" "Forslag" as the recommendation's heading (Kolding): built in where a document has no
Indstilling heading, and by configuration (the README's example) everywhere."""

import re

import yaml
from conftest import ROOT
from referatlint.parse.vocabulary import DEFAULT, Vocabulary

HEAD = "REFERAT Økonomiudvalget d. 27-05-2024\n\nMødedato Mandag d. 27. maj 2024 kl. 8:00\n\n"
CONSEQUENCES = (
    "Økonomiske konsekvenser\n\nIngen.\n\n"
    "Miljø- og klimamæssige konsekvenser\n\nIngen.\n\n"
    "Beslutning\n\nGodkendt.\n\n"
)
ONLY_FORSLAG = (
    HEAD
    + "Punkt 1: Budgetopfølgning\n\nSagsbeskrivelse\n\nTekst.\n\n"
    + "Forslag\n\nDirektøren foreslår, at budgetopfølgningen tages til efterretning.\n\n"
    + CONSEQUENCES
)
MIXED = (
    HEAD
    + "Punkt 1: Regnskab\n\nIndstilling\n\nDirektøren indstiller, at regnskabet godkendes.\n\n"
    + CONSEQUENCES
    + "Punkt 2: Budgetopfølgning\n\nForslag\n\nDirektøren foreslår, at den tages til efterretning.\n\n"
    + CONSEQUENCES
)


def test_forslag_is_indstilling_only_where_no_line_is_an_indstilling_heading():
    assert DEFAULT.heading("Forslag") is None
    assert DEFAULT.for_text(ONLY_FORSLAG).heading("Forslag") == ("Indstilling", True)
    assert DEFAULT.for_text(MIXED) is DEFAULT
    # An inline heading or a synonym counts as the document's own Indstilling.
    assert DEFAULT.for_text("Forslag\n\nIndstilling: at sagen godkendes.") is DEFAULT
    assert DEFAULT.for_text("Forslag\n\nDirektionen indstiller, at\n") is DEFAULT
    # A sentence beginning with the word is no heading.
    forslag = DEFAULT.for_text("Forslag\n\nIndstillingen fra udvalget er vedlagt.")
    assert forslag.heading("Forslag") == ("Indstilling", True)
    # The document's vocabulary is built once.
    assert DEFAULT.for_text(ONLY_FORSLAG) is forslag


def test_beslutningspunkter_is_indstilling_only_where_no_line_is_an_indstilling_heading():
    """Aarhus numbers it: "2. Beslutningspunkter / At 1) ..."."""
    numbered = "Punkt 1: Natbusser\n\n2. Beslutningspunkter\nAt 1) ordningen gøres permanent.\n"
    assert DEFAULT.heading("Beslutningspunkter") is None
    assert DEFAULT.for_text(numbered).heading("Beslutningspunkter") == ("Indstilling", True)
    assert DEFAULT.for_text(numbered + "\n3. Indstilling\nTekst.\n") is DEFAULT
    # A number is the line's own, not one in a sentence before the word.
    assert DEFAULT.for_text("Se punkt 2. Beslutningspunkter er vedlagt.\n") is DEFAULT


def test_an_indstilling_heading_with_an_outline_number_is_the_documents_own():
    """Jammerbugt: "2.0 Indstilling"; "Forslag" heading a passage in the text stays text."""
    text = "Sag 1: Budget\n\n1.0 Sagsfremstilling\nForslag\nTekst.\n\n2.0 Indstilling\nTekst.\n"
    assert DEFAULT.for_text(text) is DEFAULT
    assert DEFAULT.for_text(text.replace("2.0 Indstilling", "2.0 Økonomi")) is not DEFAULT


def test_a_configured_forslag_is_that_section_everywhere():
    own = Vocabulary({**DEFAULT.sections, "Medlemsforslag": ("Forslag",)})
    assert own.for_text(ONLY_FORSLAG) is own
    assert own.heading("Forslag") == ("Medlemsforslag", True)


def test_forslag_in_a_document_without_indstilling_gives_no_finding(cli, tmp_path):
    path = tmp_path / "kolding.txt"
    path.write_text(ONLY_FORSLAG, "utf-8")
    run = cli([path, "--isolated", "--no-cache", "--output-format", "concise"])
    assert (run.code, run.out) == (0, "")


def test_readme_config_makes_forslag_indstilling_beside_indstilling(cli, tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    (setting,) = re.findall(r"`(sections: \{[^`]*Forslag[^`]*\})`", readme)
    assert yaml.safe_load(setting) == {"sections": {"Indstilling": ["Forslag"]}}
    path = tmp_path / "referat.txt"
    path.write_text(MIXED, "utf-8")
    run = cli([path, "--isolated", "--no-cache", "--output-format", "concise"])
    assert run.code == 1
    assert [line.split(": ", 1)[1] for line in run.out.splitlines()] == [
        "RL101 [punkt 2] Punktet mangler afsnittet »Indstilling«."
    ]
    config = tmp_path / ".referatlint.yaml"
    config.write_text(setting + "\n", "utf-8")
    run = cli([path, "--no-cache", "--output-format", "concise"])
    assert (run.code, run.out) == (0, "")
