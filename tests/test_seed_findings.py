"""The real defects in the five published seeds, found by reading them, each with the
reason it is a defect. With the default profile ("standard") exactly these are reported:
nothing else at any severity. (Findings the standard template explains rather than the
document, such as Odense 2019 having no climate section, are marked "template".)"""

import pytest
from conftest import seed_path, standard_settings
from referatlint.registry import builtin_rules
from referatlint.runner import lint_path

EXPECTED = {
    "000": [
        ("RL101", "2", 47),  # Orienteringssag without Økonomiske konsekvenser; items 3-4 have it
        ("RL101", "2", 47),  # ... and without Miljø- og klimamæssige konsekvenser
        ("RL605", "4", 173),  # "caseno18-35080_#5092184_v2_....pdf" glued to the decision
        ("RL605", "4", 174),  # "caseno18-35080_#5119001_v2_....pdf", an internal file name
    ],
    "001": [
        ("RL204", "120", 51),  # time table numbered 1-5, 7 (6 skipped) ...
        ("RL204", "120", 52),  # ... then 9 (8 skipped), although it lists the items in order
        ("RL401", "120", 58),  # "Beslutning ikke frigivet" for this very meeting in its minutes
        ("RL102", "121", 79),  # "Alternativ indstilling" heading with no text
        ("RL401", "121", 115),  # not released, this meeting
        ("RL106", "122", 134),  # case type "Beslutnings sag" (Beslutningssag)
        ("RL602", "122", 160),  # "[De nuværende vedtægter](#)": link to nowhere
        ("RL602", "122", 174),  # "[§37a i Retssikkerhedsloven](#)"
        ("RL401", "122", 178),  # not released, this meeting
        ("RL602", "123", 234),  # link to pkt. 55 without target
        ("RL401", "123", 238),  # not released, this meeting
        ("RL602", "124", 309),  # link to pkt. 208 without target
        ("RL401", "124", 313),  # not released, this meeting
        ("RL101", "125", 317),  # no "Økonomiske konsekvenser" (only a subheading in the text)
        ("RL106", "125", 325),  # case route lists bodies but no case type
        ("RL602", "125", 431),  # link to Almenboliglovens §91a without target
        ("RL602", "125", 433),  # link to L 23 without target
        ("RL602", "125", 437),  # link to KB punkt 268 without target
        ("RL401", "125", 441),  # not released, this meeting
        ("RL608", "126", 499),  # "... i perioden november" / blank line / "2021 til medio 2022."
        ("RL602", "126", 536),  # link to Punkt 35 without target
        ("RL602", "126", 538),  # link to Punkt 50 without target
        ("RL602", "126", 540),  # link to Punkt 4 without target
        ("RL401", "126", 544),  # not released, this meeting
        ("RL401", "127", 596),  # not released, this meeting
        ("RL401", "128", 604),  # not released, this meeting
    ],
    "002": [
        ("RL107", None, 1),  # template: Odense 2019 has no climate section, one note
        ("RL101", "3", 182),  # template: orientation items carry only a Resume ...
        ("RL101", "3", 182),  # template
        ("RL101", "4", 192),  # template
        ("RL101", "4", 192),  # template
        ("RL101", "5", 204),  # template
        ("RL101", "5", 204),  # template
        ("RL101", "6", 224),  # template
        ("RL101", "6", 224),  # template
        ("RL608", "6", 311),  # "... arbejdes videre med og" / blank line / "sidenhen implementeres"
        ("RL101", "7", 366),  # template
        ("RL101", "7", 366),  # template
    ],
    "003": [
        ("RL106", "1", 44),  # case type "Beslutnings sag"
        ("RL602", "2", 76),  # link without target
        ("RL602", "2", 78),  # link without target
        ("RL609", "2", 106),  # "behandlingen af af punktet"
        ("RL602", "4", 217),  # link without target
        ("RL602", "4", 219),  # link without target
        ("RL602", "4", 221),  # link without target
        ("RL602", "4", 223),  # link without target
        ("RL602", "4", 225),  # link without target
        ("RL602", "4", 251),  # link to Advokatsamfundets analyse without target
        ("RL602", "4", 285),  # link to Barnets lov without target
        ("RL602", "5", 328),  # link without target
        ("RL602", "5", 330),  # link without target
        ("RL602", "5", 332),  # link without target
        ("RL602", "6", 416),  # link without target
        ("RL602", "6", 418),  # link without target
        ("RL101", "7", 447),  # Orienteringssag ends after "Beskrivelse af sagen": no Økonomi ...
        ("RL101", "7", 447),  # ... and no Miljø section, which every other item has
        ("RL602", "7", 475),  # link without target
        ("RL602", "7", 477),  # link without target
        ("RL608", "7", 489),  # "... eventuelt anden" / blank line / "forsørgelse."
        ("RL106", "8", 527),  # case type "Orientering" (Orienteringssag)
    ],
    "004": [
        ("RL107", None, 1),  # template: Hedensted 2021 has no climate section, one note
        ("RL602", "96", 120),  # "[§ 84 a](#)"
        ("RL602", "96", 136),  # attachment link without target
        ("RL101", "101", 142),  # template: a short orientation item (Beslutningstema only) ...
        ("RL101", "101", 142),  # template
        ("RL101", "99", 328),  # no Økonomi section, as items 96-98 and 102 have
        ("RL101", "100", 391),  # no Økonomi section
        ("RL602", "100", 447),  # attachment link without target
        ("RL602", None, 573),  # collected attachment list: links without target ...
        ("RL603", None, 573),  # ... "omgrelsesprocenter": ø dropped (Omgørelsesprocenter)
        ("RL602", None, 574),  # link without target
        ("RL603", None, 574),  # "bne anonyme rdgivningssamtaler ... 13-25 r": å dropped
        ("RL602", None, 575),  # link without target
        ("RL602", None, 576),  # link without target
        ("RL602", None, 577),  # link without target
        ("RL603", None, 577),  # "Mnedsopflgning": å and ø dropped (Månedsopfølgning)
    ],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_gives_exactly_its_defects(prefix):
    settings = standard_settings(builtin_rules())
    findings = lint_path(str(seed_path(prefix)), settings).findings
    assert [(f.code, f.item, f.line) for f in findings] == EXPECTED[prefix]
