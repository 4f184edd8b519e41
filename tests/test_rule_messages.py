"""Findings whose wording carries the fix: the heading to write instead of a misspelt one
(RL103), the days of a meeting a stale date is compared with (RL502). Each through the
real command line, with the exact code, item, line, message and fix a secretary sees."""

import json
from pathlib import Path

import pytest
from conftest import FIXTURES


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def findings(cli, path: Path, *args: str) -> list[tuple[str, str, int, str, str]]:
    """(code, item, line, message, fix) of each finding, as the JSON report gives them."""
    run = cli([path, "--output-format", "json", "--no-cache", *args])
    (checked,) = json.loads(run.out)["files"]
    return [(f["code"], f["item"], f["line"], f["message"], f["fix"]) for f in checked["findings"]]


# --------------------------------------------------------------------------- RL103

# A template that calls the case description "Sagens baggrund" and the climate section
# "Klimavurdering" (the README's example of a municipality's own headings).
TEMPLATE = """\
sections:
  Sagsfremstilling: [Sagens baggrund]
  Miljø- og klimamæssige konsekvenser: [Klimavurdering]
"""

MISSPELT = """\
REFERAT Teknik- og Miljøudvalget d. 03-03-2025

Mødedato Mandag d. 3. marts 2025 kl. 16:00

Mødested Rådhuset, mødelokale 2


Punkt 1: Godkendelse af anlægsbevilling til renovering af Søndergade

Sagens bagrund

Søndergade er nedslidt, og belægningen skal udskiftes på hele strækningen.

Indstilling

Forvaltningen indstiller, at der gives en anlægsbevilling på 4,2 mio. kr.

Økonomiske konsekvnser

Udgiften afholdes af rådighedsbeløbet til vejvedligeholdelse.

Klimavurderng

Den nye belægning nedsætter støjen og holder længere.

Beslutning

Godkendt.


Punkt 2: Orientering om vintertjenesten

Sagsbeskrivlse

Vintertjenesten har kørt 41 gange i sæsonen.

Indstilling

Forvaltningen indstiller, at orienteringen tages til efterretning.

Økonomiske konsekvenser

Ingen.

Klimavurdering

Ingen.

Beslutning

Orientering taget til efterretning.
"""


def test_rl103_names_the_configured_synonym_the_heading_nearly_is(cli, tmp_path):
    """A near miss of the template's own heading is told to become that heading, not the
    canonical section name the template does not use; a near miss of the canonical name
    itself, and of a built-in synonym ("Sagsbeskrivelse"), likewise become what they
    nearly are."""
    write(tmp_path / ".referatlint.yaml", TEMPLATE)
    document = write(tmp_path / "referat.txt", MISSPELT)
    assert findings(cli, document, "--select", "RL103") == [
        (
            "RL103",
            "1",
            10,
            "Overskriften »Sagens bagrund« ligner »Sagens baggrund« (afsnittet "
            "»Sagsfremstilling«), men er stavet forkert.",
            "Ret overskriften til »Sagens baggrund«.",
        ),
        (
            "RL103",
            "1",
            18,
            "Overskriften »Økonomiske konsekvnser« ligner »Økonomiske konsekvenser«, men er "
            "stavet forkert.",
            "Ret overskriften til »Økonomiske konsekvenser«.",
        ),
        (
            "RL103",
            "1",
            22,
            "Overskriften »Klimavurderng« ligner »Klimavurdering« (afsnittet »Miljø- og "
            "klimamæssige konsekvenser«), men er stavet forkert.",
            "Ret overskriften til »Klimavurdering«.",
        ),
        (
            "RL103",
            "2",
            33,
            "Overskriften »Sagsbeskrivlse« ligner »Sagsbeskrivelse« (afsnittet "
            "»Sagsfremstilling«), men er stavet forkert.",
            "Ret overskriften til »Sagsbeskrivelse«.",
        ),
    ]
    english = findings(cli, document, "--select", "RL103", "--lang", "en")
    assert english[0][3:] == (
        "The heading “Sagens bagrund” resembles “Sagens baggrund” (the section "
        "“Sagsfremstilling”) but is misspelt.",
        "Change the heading to “Sagens baggrund”.",
    )


def test_rl103_without_the_template_knows_only_the_built_in_headings(cli, tmp_path):
    """The same draft without the configuration: "Klimavurderng" resembles nothing the
    standard profile knows; the near miss of a built-in synonym ("Sagens bagrund", an older
    template's Sagsfremstilling) is named by that synonym."""
    document = write(tmp_path / "referat.txt", MISSPELT)
    assert [
        (code, item, line, fix)
        for code, item, line, _, fix in findings(cli, document, "--select", "RL103", "--isolated")
    ] == [
        ("RL103", "1", 10, "Ret overskriften til »Sagens baggrund«."),
        ("RL103", "1", 18, "Ret overskriften til »Økonomiske konsekvenser«."),
        ("RL103", "2", 33, "Ret overskriften til »Sagsbeskrivelse«."),
    ]


def test_the_parse_output_names_the_heading_a_near_miss_resembles(cli, tmp_path):
    write(tmp_path / ".referatlint.yaml", TEMPLATE)
    document = write(tmp_path / "referat.txt", MISSPELT)
    model = json.loads(cli(["parse", document]).out)
    first = model["items"][0]["sections"]
    assert [(s["heading"], s["canonical"], s["exact"], s["resembles"]) for s in first] == [
        ("Sagens bagrund", "Sagsfremstilling", False, "Sagens baggrund"),
        ("Indstilling", "Indstilling", True, None),
        ("Økonomiske konsekvnser", "Økonomiske konsekvenser", False, "Økonomiske konsekvenser"),
        ("Klimavurderng", "Miljø- og klimamæssige konsekvenser", False, "Klimavurdering"),
        ("Beslutning", "Beslutning", True, None),
    ]


# --------------------------------------------------------------------------- RL502

TWO_DAYS = """\
Aalborg Kommune

REFERAT

Byrådet

Mødedato: {date}
Mødested: Byrådssalen, Aalborg Rådhus

Punkt 1: Godkendelse af dagsorden til mødet den 6. oktober 2025

Beslutning i Byrådet den 04-11-2025

Godkendt.

Punkt 2: Budgetopfølgning pr. 30. september 2025

Beslutning i Byrådet den 06-10-2025

Taget til efterretning.
"""


def test_rl502_names_every_day_of_a_meeting_over_several_days(cli, tmp_path):
    """A meeting over two days ("4.-5. november 2025") is named by both days, in the
    message and the fix, not by its first day alone."""
    document = write(tmp_path / "referat.txt", TWO_DAYS.format(date="4.-5. november 2025"))
    fix = (
        "Ret datoen til en af mødets dage (4.-5. november 2025); teksten er nok kopieret fra et "
        "tidligere møde."
    )
    assert findings(cli, document, "--select", "RL502", "--isolated") == [
        (
            "RL502",
            "1",
            10,
            "Titlen nævner 6. oktober 2025, men mødet er 4.-5. november 2025.",
            fix,
        ),
        (
            "RL502",
            "2",
            18,
            "Beslutningen er dateret 06-10-2025, men mødet er 4.-5. november 2025.",
            fix,
        ),
    ]
    english = findings(cli, document, "--select", "RL502", "--isolated", "--lang", "en")
    assert english[0][3:] == (
        "The title names 6. oktober 2025, but the meeting is on 4-5 November 2025.",
        "Change the date to one of the meeting's days (“4.-5. november 2025”); the text was "
        "probably copied from an earlier meeting.",
    )


def test_rl502_names_days_in_two_months_and_a_single_day_as_before(cli, tmp_path):
    across = TWO_DAYS.format(
        date="Fredag den 31. oktober 2025 kl. 9.00 – lørdag den 1. november 2025 kl. 15.00"
    ).replace("den 04-11-2025", "den 01-11-2025")
    document = write(tmp_path / "referat.txt", across)
    assert [message for _, _, _, message, _ in findings(cli, document, "--select", "RL502")] == [
        "Titlen nævner 6. oktober 2025, men mødet er 31. oktober - 1. november 2025.",
        "Beslutningen er dateret 06-10-2025, men mødet er 31. oktober - 1. november 2025.",
    ]
    one_day = write(tmp_path / "et-møde.txt", TWO_DAYS.format(date="Tirsdag den 4. november 2025"))
    assert findings(cli, one_day, "--select", "RL502")[0][3:] == (
        "Titlen nævner 6. oktober 2025, men mødet er 4. november 2025.",
        "Ret datoen til mødets dato (4. november 2025); teksten er nok kopieret fra et tidligere "
        "møde.",
    )
    decided = findings(cli, one_day, "--select", "RL502")[1][3:]
    assert decided == (
        "Beslutningen er dateret 06-10-2025, men mødet er 4. november 2025.",
        "Ret datoen til mødets dato (04-11-2025); teksten er nok kopieret fra et tidligere møde.",
    )  # the fix in the decision's own way of writing a date, to be typed over it
    # In English too the fix gives the date as it is to be typed into the Danish document.
    english = findings(cli, one_day, "--select", "RL502", "--lang", "en")
    assert english[0][3:] == (
        "The title names 6. oktober 2025, but the meeting is on 4 November 2025.",
        "Change the date to the meeting's (“4. november 2025”); the text was probably copied "
        "from an earlier meeting.",
    )
    assert english[1][3:] == (
        "The decision is dated 06-10-2025, but the meeting is on 4 November 2025.",
        "Change the date to the meeting's (“04-11-2025”); the text was probably copied from an "
        "earlier meeting.",
    )


def test_rl501_writes_a_date_in_danish_words_the_english_way_in_english(cli, tmp_path):
    document = write(
        tmp_path / "referat.txt",
        TWO_DAYS.format(date="Torsdag den 10. december 2025").replace("04-11-2025", "10-12-2025"),
    )
    danish = findings(cli, document, "--select", "RL501")
    assert [finding[:4] for finding in danish] == [
        ("RL501", None, 7, "»Torsdag den 10. december 2025« passer ikke: 10. december 2025 er en "
         "onsdag."),
    ]  # fmt: skip
    english = findings(cli, document, "--select", "RL501", "--lang", "en")
    assert english[0][3] == (
        "“Torsdag den 10. december 2025” does not fit: 10 December 2025 is a Wednesday."
    )


# --------------------------------------------------------------------------- RL603

DAMAGED = """\
Referat
Byrådet
Mødedato: 24.09.2024

1. Anlægsbevilling til udvidelse af Lind Skole

Indstilling
Udvalget indstiller, at der gives en anlægsbevilling på 34,5 mio. kr.

Økonomi
Bevillingen finansieres af det afsatte {damaged} på anlægsbudgettet.

Miljø og klima
Tilbygningen får solceller på taget.

Beslutning
Godkendt.
"""


@pytest.mark.parametrize(
    ("damaged", "sample", "repaired"),
    [
        # A letter written right in the same word: only the damaged sequence is mended.
        # The excerpt is whole words: "det", not "et"; the damaged word to its end.
        ("rÃ¥dighedsbeløb", "det afsatte rÃ¥dighedsbeløb på", "det afsatte rådighedsbeløb på"),
        ("rÃ¥dighedsbelob", "det afsatte rÃ¥dighedsbelob på", "det afsatte rådighedsbelob på"),
        (
            "RÃ…DIGHEDSBELÃ˜B",
            "det afsatte RÃ…DIGHEDSBELÃ˜B på",
            "det afsatte RÅDIGHEDSBELØB på",
        ),
        # Words that would be cut at either side are left out.
        ("særlige hÃ¸jbeholderen", "særlige hÃ¸jbeholderen på", "særlige højbeholderen på"),
    ],
)
def test_rl603_suggests_the_text_with_only_the_damage_mended(
    cli, tmp_path, damaged, sample, repaired
):
    document = write(tmp_path / "referat.txt", DAMAGED.format(damaged=damaged))
    assert findings(cli, document, "--select", "RL603", "--isolated") == [
        (
            "RL603",
            "1",
            11,
            f"Teksten har forkert tegnkodning (»{sample}«); der skulle nok stå »{repaired}«.",
            "Ret teksten. Tjek også, hvordan filen er lavet: den er sandsynligvis gemt med en "
            "forkert tegnkodning (gem den som »UTF-8«).",
        )
    ]


def test_rl603_in_a_web_page_asks_how_the_text_came_in_not_to_save_as_utf8(cli, tmp_path):
    """A web page, Word file or PDF has no encoding to choose when saving: the damaged text
    was pasted in or converted."""
    text = DAMAGED.format(damaged="rÃ¥dighedsbeløb")
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line)
    page = f"<html><head><meta charset='utf-8'></head><body>\n{paragraphs}</body></html>\n"
    document = write(tmp_path / "referat.html", page)
    (finding,) = findings(cli, document, "--select", "RL603", "--isolated")
    assert finding[4] == (
        "Ret teksten. Tjek også, hvordan filen er lavet: teksten er sandsynligvis sat ind eller "
        "konverteret med en forkert tegnkodning."
    )
    english = findings(cli, document, "--select", "RL603", "--isolated", "--lang", "en")
    assert english[0][4] == (
        "Correct the text. Also check how the file was made: the text was probably pasted in or "
        "converted with the wrong character encoding."
    )


# --------------------------------------------------------------------------- RL601

CPR_IN_TEXT = """\
Referat
Byrådet
Mødedato: 24.09.2024

1. Klage over afgørelse om hjemmehjælp

Indstilling
Udvalget indstiller, at klagen fra borgeren ({number}) afvises.

Økonomi
Ingen.

Miljø og klima
Ingen.

Beslutning
Godkendt.
"""


@pytest.mark.parametrize("number", ["010190-1238", "150362-2117", "12.03.61-1234"])
def test_rl601_names_the_number_without_the_modulus_11_check(cli, tmp_path, number):
    """A number passing the modulus-11 check and one failing it (as some real numbers issued
    since 2007 do) must both go: the finding says no more than that the text holds one,
    and shows only the date of birth."""
    document = write(tmp_path / "referat.txt", CPR_IN_TEXT.format(number=number))
    masked = "".join(number[:-5].split(".")) + "-****"
    assert findings(cli, document, "--select", "RL601", "--isolated") == [
        (
            "RL601",
            "1",
            8,
            f"Teksten indeholder et CPR-nummer ({masked}).",
            "Fjern CPR-nummeret. Skal personen nævnes, så brug initialer eller et løbenummer.",
        )
    ]
    english = findings(cli, document, "--select", "RL601", "--isolated", "--lang", "en")
    assert english[0][3] == f"The text contains a CPR number ({masked})."


# --------------------------------------------------------------------------- RL306

TITLES = """\
REFERAT Byrådet d. 30-10-2024

Mødedato Onsdag d. 30. oktober 2024 kl. 18:00

Mødested Byrådssalen, Hillerød Rådhus


Indholdsfortegnelse

Punkt 187: Lokalplan 444 for boliger ved Hillerød Syd - endelig vedtagelse 5\t2
Punkt 188: Forslag til tillæg nr. 12 til Kommuneplan 2021 for et nyt boligområde ved \
Ullerødbyen og en ny vejforbindelse til Frederiksborgvej - endelig vedtagelse\t2


Punkt 187: Lokalplan 444 for boliger ved Hillerød Syd - endelig vedtagelse

Beslutning i Byrådet den 30-10-2024

Godkendt.


Punkt 188: Forslag til tillæg nr. 12 til Kommuneplan 2021 for et nyt boligområde ved \
Ullerødbyen Nord og en ny vejforbindelse til Frederiksborgvej - endelig vedtagelse

Beslutning i Byrådet den 30-10-2024

Godkendt.
"""


def test_rl306_shows_where_the_two_titles_differ(cli, tmp_path):
    """Both titles cut at the same length looked the same (»... endelig vedtag…« twice): a
    title of ordinary length is quoted whole, a long one from shortly before the first
    difference, so the difference shows in both."""
    document = write(tmp_path / "referat.txt", TITLES)
    fix = "Brug samme titel begge steder."
    assert findings(cli, document, "--select", "RL306", "--isolated") == [
        (
            "RL306",
            "187",
            10,
            "Titlen i indholdsfortegnelsen (»Lokalplan 444 for boliger ved Hillerød Syd - "
            "endelig vedtagelse 5«) er ikke den samme som punktets (»Lokalplan 444 for boliger "
            "ved Hillerød Syd - endelig vedtagelse«).",
            fix,
        ),
        (
            "RL306",
            "188",
            11,
            "Titlen i indholdsfortegnelsen (»…nyt boligområde ved Ullerødbyen og en ny "
            "vejforbindelse til Frederiksborgvej - endelig vedtagelse«) er ikke den samme som "
            "punktets (»…nyt boligområde ved Ullerødbyen Nord og en ny vejforbindelse til "
            "Frederiksborgvej - endelig…«).",
            fix,
        ),
    ]


# --------------------------------------------------------------------------- RL307

SHIFTED = """\
Dagsorden
Børne- og Uddannelsesudvalget
Mødedato: Tirsdag den 3. februar 2026 kl. 16.00

Indholdsfortegnelse

1\tGodkendelse af dagsorden\t2
2\tSkolernes madordning - evaluering af forsøg\t2
3\tUngdomsskolens virksomhedsplan 2026\t3
4\tHøring om ændret skoledistrikt for Kegnæs\t3
5\tEventuelt\t4

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Skolernes madordning - evaluering af forsøg

Beslutning
Taget til efterretning.

2. Ungdomsskolens virksomhedsplan 2026

Beslutning
Godkendt.

3. Høring om ændret skoledistrikt for Kegnæs

Beslutning
Sendes i høring.

4. Eventuelt

Beslutning
Intet.
"""


def test_rl307_reports_a_shift_from_a_duplicated_number_once(cli, tmp_path):
    """Two items numbered 2 move every item after them one below the table of contents,
    which counts on: one RL307 at the first row that differs, naming the run and the slip,
    and a fix saying which numbers to write, beside RL202 for the duplicate itself, whose
    fix names the number the table of contents gives the item."""
    document = write(tmp_path / "dagsorden.txt", SHIFTED)
    assert findings(cli, document, "--select", "RL202,RL307", "--isolated") == [
        (
            "RL307",
            "2",
            9,
            "Fra punktet »Ungdomsskolens virksomhedsplan 2026« og frem er numrene i "
            "indholdsfortegnelsen 1 højere end punkternes egne (3–5 mod 2–4), fordi to punkter "
            "har nummer 2.",
            "Giv disse punkter numrene 3–5, som i indholdsfortegnelsen.",
        ),
        ("RL202", "2", 23, "Punktnummer 2 er brugt to gange (også i linje 18).",
         "Indholdsfortegnelsen giver punktet nummer 3; ret punkternes numre, så de passer "
         "med den."),
    ]  # fmt: skip
    english = findings(cli, document, "--select", "RL307", "--isolated", "--lang", "en")
    assert english[0][3:] == (
        "From the item “Ungdomsskolens virksomhedsplan 2026” on, the numbers in the table of "
        "contents are 1 higher than the items' own (3–5 against 2–4), because two items are "
        "numbered 2.",
        "Number these items 3–5, as in the table of contents.",
    )


# --------------------------------------------------------------------------- RL503

ABSENCES = """\
REFERAT Social- og Sundhedsudvalget d. 02-06-2025

Mødedato Mandag d. 2. juni 2025 kl. 16:00

Mødedeltagere Lise Hansen (A), Jesper Bøgelund (O) (Afbud), Karin Møller (V)

Punkt 1: Takster for madservice 2026

Beslutning

Godkendt.

Fraværende: Lise Hansen (A).
"""


def test_absence_mismatch_names_both_sides_of_an_item_note(cli, tmp_path):
    path = write(tmp_path / "referat.txt", ABSENCES)
    assert findings(cli, path, "--select", "RL503") == [
        (
            "RL503",
            "1",
            13,
            "Jesper Bøgelund (O) er meldt fraværende i mødets deltagerliste, men ikke i punktets "
            "fraværsnote. Noten nævner i stedet Lise Hansen (A), som ikke er meldt fraværende i "
            "deltagerlisten.",
            "Ret fraværet, så deltagerlisten, punkterne og underskrifterne siger det samme.",
        )
    ]
    # A note that names the absent member and no one else says no more.
    agreed = ABSENCES.replace("Fraværende: Lise Hansen (A).", "Fraværende: Jesper Bøgelund (O).")
    assert findings(cli, write(path, agreed), "--select", "RL503") == []


# --------------------------------------------------------------------------- RL904


def test_a_word_file_saved_without_its_page_breaks_says_how_to_get_the_pages_checked(cli):
    """Every .docx LibreOffice saves lacks Word's saved page breaks: the note says so in
    words a secretary knows, and what to do (save it in Word, or check the PDF)."""
    docx = Path(__file__).parent / "fixtures" / "libreoffice" / "001.docx"
    assert [f for f in findings(cli, docx) if f[0] == "RL904"] == [
        (
            "RL904",
            None,
            13,
            "Sidetallene i indholdsfortegnelsen er ikke tjekket: Word-filen viser ikke, hvor "
            "siderne skifter (det gemmer kun Word selv, ikke fx LibreOffice eller et "
            "dagsordenssystem), så det kan ikke ses, hvilken side et punkt begynder på.",
            "Åbn filen i Word, og gem den igen, så kan sidetallene tjekkes; eller gem den som "
            "PDF, og tjek PDF-filen i stedet.",
        )
    ]


# --------------------------------------------------------------------------- RL701

CLOSED_TITLES = """\
Aalborg Kommune

REFERAT

Byrådet

Mødedato: 6. oktober 2025
Mødested: Byrådssalen, Aalborg Rådhus

Punkt 1: Lukket punkt: Salg af erhvervsgrund i Aalborg Øst - køber Jørgen Madsen

Beslutning

Godkendt.

Punkt 2: Lukket punkt: Køb af jord ved Hvalsø - Hanne Mortensen, Bramsnæsvej 4

Beslutning

Godkendt.

Punkt 3: Lukket punkt: Personalesag vedrørende Birgitte Holmgaard

Beslutning

Godkendt.

Punkt 4: Lukket punkt: Klage fra Inger Kristensen og Børge Madsen over Per Aarsleff A/S

Beslutning

Godkendt.

Punkt 5: Lukket punkt: Jens Erik Pedersen

Beslutning

Godkendt.
"""


def test_rl701_suggests_the_items_own_title_without_the_name(cli, tmp_path):
    """A land sale is not renamed »Personalesag«: the suggestion is the title itself with
    the name, the words joining it (»- køber«, »og«, »fra«) and the person's address taken
    out; a title that is nothing but the name gets advice without an example."""
    document = write(tmp_path / "referat.txt", CLOSED_TITLES)
    message = "Titlen på det lukkede punkt ser ud til at nævne en person (»{}«)."
    assert findings(cli, document, "--select", "RL701", "--isolated") == [
        (
            "RL701",
            "1",
            10,
            message.format("Jørgen Madsen"),
            "Skriv titlen uden navnet, fx »Lukket punkt: Salg af erhvervsgrund i Aalborg Øst«.",
        ),
        (
            "RL701",
            "2",
            16,
            message.format("Hanne Mortensen"),
            "Skriv titlen uden navnet, fx »Lukket punkt: Køb af jord ved Hvalsø«.",
        ),
        (
            "RL701",
            "3",
            22,
            message.format("Birgitte Holmgaard"),
            "Skriv titlen uden navnet, fx »Lukket punkt: Personalesag«.",
        ),
        (
            "RL701",
            "4",
            28,
            message.format("Inger Kristensen"),
            "Skriv titlen uden navnet, fx »Lukket punkt: Klage over Per Aarsleff A/S«.",
        ),
        (
            "RL701",
            "5",
            34,
            message.format("Jens Erik Pedersen"),
            "Skriv titlen uden navnet, så den kun siger, hvad sagen handler om.",
        ),
    ]
    english = findings(cli, document, "--select", "RL701", "--isolated", "--lang", "en")
    assert [fix for *_, fix in english[::4]] == [
        "Write the title without the name, e.g. “Lukket punkt: Salg af erhvervsgrund i Aalborg "
        "Øst”.",
        "Write the title without the name, so that it says only what the case is about.",
    ]


# --------------------------------------------------------------------------- RL101, RL102

SECTIONS = """\
REFERAT Teknik- og Miljøudvalget d. 03-03-2025

Mødedato Mandag d. 3. marts 2025 kl. 16:00


Punkt 1: Anlægsbevilling til renovering af Søndergade

Indstilling

Forvaltningen indstiller, at der gives en anlægsbevilling på 4,2 mio. kr.

Økonomi:

Miljø- og klimamæssige konsekvenser

Den nye belægning nedsætter støjen.

Beslutning

Godkendt.


Punkt 2: Orientering om vintertjenesten

Indstilling

Økonomiske konsekvenser

Vintertjenesten holdt sig inden for budgettet.

Miljø- og klimamæssige konsekvenser

Der er brugt 12 % mindre vejsalt end sidste sæson.

Alternativ indstilling

Beslutning

Orienteringen blev taget til efterretning.


Punkt 3: Trafiksikring ved Vestre Skole

Sagsfremstilling

Forældrene har bedt om et fodgængerfelt ved skolen.

Økonomiske konsekvenser

Udgiften på 0,3 mio. kr. afholdes af trafikpuljen.

Beslutning

Godkendt.


Punkt 4: Orientering om status på cykelstiplanen

Sagsfremstilling

Tre af planens fem strækninger er færdige.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Flere cyklister nedsætter udledningen af CO2.

Beslutning

Orienteringen blev taget til efterretning.
"""


def test_rl102_keeps_a_required_section_and_rl101_gives_a_real_recommendation(cli, tmp_path):
    """An empty section the template requires is to be written, not deleted (deleting it
    brings RL101 next run): a consequence section may say there are none, a recommendation
    recommends something. Only an optional section may go. The heading is quoted without
    its colon. A missing recommendation is given a real one as example, fitting an
    orientation or a proposal; a missing consequence section the »Der er ingen …« one."""
    document = write(tmp_path / "referat.txt", SECTIONS)
    assert findings(cli, document, "--select", "RL101,RL102", "--isolated") == [
        (
            "RL102",
            "1",
            12,
            "Afsnittet »Økonomi« er tomt.",
            "Skriv teksten under overskriften. Er der intet at skrive, så skriv det (fx »Der er "
            "ingen økonomiske konsekvenser.«).",
        ),
        (
            "RL102",
            "2",
            25,
            "Afsnittet »Indstilling« er tomt.",
            "Skriv administrationens indstilling under overskriften (fx »Administrationen "
            "indstiller, at orienteringen tages til efterretning.«).",
        ),
        (
            "RL102",
            "2",
            35,
            "Afsnittet »Alternativ indstilling« er tomt.",
            "Skriv teksten under overskriften, eller slet overskriften, hvis afsnittet ikke skal "
            "bruges.",
        ),
        (
            "RL101",
            "3",
            42,
            "Punktet mangler afsnittet »Indstilling«.",
            "Tilføj overskriften »Indstilling« med administrationens indstilling (fx "
            "»Administrationen indstiller, at forslaget godkendes.«).",
        ),
        (
            "RL101",
            "3",
            42,
            "Punktet mangler afsnittet »Miljø- og klimamæssige konsekvenser«.",
            "Tilføj overskriften »Miljø- og klimamæssige konsekvenser« med en tekst. Er der "
            "intet at skrive, så skriv det (fx »Der er ingen miljø- og klimamæssige "
            "konsekvenser.«).",
        ),
        (
            "RL101",
            "4",
            57,
            "Punktet mangler afsnittet »Indstilling«.",
            "Tilføj overskriften »Indstilling« med administrationens indstilling (fx "
            "»Administrationen indstiller, at orienteringen tages til efterretning.«).",
        ),
    ]
    english = findings(cli, document, "--select", "RL101,RL102", "--isolated", "--lang", "en")
    assert [fix for *_, fix in english] == [
        "Write the text under the heading. If there is nothing to say, say so (e.g. “Der er "
        "ingen økonomiske konsekvenser.”).",
        "Write the administration's recommendation under the heading (e.g. “Administrationen "
        "indstiller, at orienteringen tages til efterretning.”).",
        "Write the text under the heading, or delete the heading if the section is not used.",
        "Add the heading “Indstilling” with the administration's recommendation (e.g. "
        "“Administrationen indstiller, at forslaget godkendes.”).",
        "Add the heading “Miljø- og klimamæssige konsekvenser” with a text. If there is nothing "
        "to say, say so (e.g. “Der er ingen miljø- og klimamæssige konsekvenser.”).",
        "Add the heading “Indstilling” with the administration's recommendation (e.g. "
        "“Administrationen indstiller, at orienteringen tages til efterretning.”).",
    ]


def test_rl101_asks_only_for_a_text_under_a_section_that_is_not_about_consequences(cli, tmp_path):
    """Odense's template requires a Resume: »Der er ingen resume.« is not a sentence."""
    text = SECTIONS.replace("Sagsfremstilling\n\nForældrene", "Resume\n\nForældrene")
    document = write(tmp_path / "referat.txt", text)
    assert [
        (item, line, message, fix)
        for code, item, line, message, fix in findings(
            cli, document, "--select", "RL101", "--profile", "odense", "--isolated"
        )
        if "Resume" in message
    ][:1] == [
        (
            "1",
            6,
            "Punktet mangler afsnittet »Resume«.",
            "Tilføj overskriften »Resume« med en tekst.",
        )
    ]


# --------------------------------------------------------------------------- RL107

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def test_rl107_asks_whoever_set_referatlint_up_and_names_the_profile_that_fits(cli):
    """Odense's minutes of 2019 under the standard profile: no configuration keys for the
    secretary, whom to ask instead, and the built-in profile under which every item has its
    sections."""
    odense = SEEDS / "002_eacc25c0a5330880.txt"
    assert findings(cli, odense, "--select", "RL107", "--isolated") == [
        (
            "RL107",
            None,
            1,
            "Intet punkt har afsnittet »Miljø- og klimamæssige konsekvenser«, som profilen "
            "»standard« kræver; skabelonen har det nok ikke (fx fordi dokumentet er fra før "
            "afsnittet blev indført).",
            "Følger dokumenterne en ældre skabelon, så bed den, der har sat referatlint op, om at "
            "tilpasse indstillingerne til den (se »Ældre dokumenter i et arkiv« i vejledningen). "
            "Dokumentet passer til referatlints indbyggede skabelon »odense«: bed den, der har "
            "sat referatlint op, om at vælge den.",
        )
    ]
    english = findings(cli, odense, "--select", "RL107", "--isolated", "--lang", "en")
    assert english[0][3:] == (
        "No item has the section “Miljø- og klimamæssige konsekvenser” that the “standard” "
        "profile requires; the template probably lacks it (the document may be from before the "
        "section was introduced).",
        "If the documents follow an older template, ask whoever set referatlint up to adapt the "
        "settings to it (see “Ældre dokumenter i et arkiv” in the manual). The document fits "
        "referatlint's built-in template “odense”: ask whoever set referatlint up to choose it.",
    )
    # A template no built-in profile fits gets no profile named.
    theme = Path(__file__).parent / "fixtures" / "templates" / "temamoede_referat.txt"
    assert findings(cli, theme, "--select", "RL107", "--isolated")[0][4] == (
        "Bed den, der har sat referatlint op, om at tilpasse indstillingerne til kommunens skabelon: "
        "hvilke afsnit punkterne skal have, hvor beslutningerne står, og om mødet træffer "
        "beslutninger (se »Tilpas til jeres skabelon« i vejledningen)."
    )


# --------------------------------------------------------------------------- RL902

# The same minutes, whole, saved by an old editor.
WINDOWS_1252 = DAMAGED.format(damaged="rådighedsbeløb")


def test_rl902_says_in_plain_words_how_to_save_the_file_again(cli, tmp_path):
    """A file Notepad saved in Windows-1252: what it means for æ, ø and å, and a fix line
    with where to choose the encoding."""
    path = tmp_path / "referat.txt"
    path.write_bytes(WINDOWS_1252.encode("cp1252"))
    assert findings(cli, path, "--select", "RL902", "--isolated") == [
        (
            "RL902",
            None,
            1,
            "Filen er gemt med en ældre tegnkodning (Windows-1252). Tjek, at æ, ø og å ser "
            "rigtige ud.",
            "Gem filen igen, og vælg kodningen »UTF-8« (i Notesblok: Filer › Gem som › Kodning).",
        )
    ]
    english = findings(cli, path, "--select", "RL902", "--isolated", "--lang", "en")
    assert english[0][3:] == (
        "The file is saved in an older character encoding (Windows-1252). Check that æ, ø and "
        "å look right.",
        "Save the file again and choose the encoding “UTF-8” (in Notepad: File › Save as › "
        "Encoding).",
    )


# --------------------------------------------------------------------------- RL504, RL606

BODIES = """\
REFERAT Socialudvalget d. 02-06-2025

Mødedato Mandag d. 2. juni 2025 kl. 16:00


Punkt 1: Takster for madservice 2026

Sagsgang og sagstype

Socialudvalget, Økonomiudvalget, Kommunalbestyrelsen

Beslutningssag

Indstilling

Administrationen indstiller, at taksterne godkendes.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Ingen.

Beslutning

Godkendt. Spørgsmål kan rettes til borgmester Søren Kjær, sk@holbaek.dk, eller til
borgerens pårørende Jens Hansen på jens.hansen@gmail.com eller tlf. 20 30 40 50.


Punkt 2: Tilskud til Seniorklubben

Sagsgang og sagstype

Socialudvalgt, Fritidsudvalget for Ældre, Kommunalbestyrelsen

Beslutningssag

Indstilling

Administrationen indstiller, at der gives et tilskud på 25.000 kr.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Ingen.

Beslutning

Godkendt.
"""


def test_rl504_names_the_right_body_and_whom_to_ask_about_the_list(cli, tmp_path):
    """Against Holbæk's list of bodies: a near miss is told its right name, an unknown body
    whom to ask to add it; no configuration key in either."""
    document = write(tmp_path / "referat.txt", BODIES)
    unlisted = (
        " Er »{}« et rigtigt udvalg eller råd, så bed den, der har sat referatlint op, om at "
        "tilføje det til listen."
    )
    assert findings(cli, document, "--select", "RL504", "--profile", "holbaek", "--isolated") == [
        (
            "RL504",
            "2",
            36,
            "»Fritidsudvalget for Ældre« står ikke på listen over kommunens udvalg og råd.",
            "Ret navnet til udvalgets eller rådets rigtige navn."
            + unlisted.format("Fritidsudvalget for Ældre"),
        ),
        (
            "RL504",
            "2",
            36,
            "»Socialudvalgt« står ikke på listen over kommunens udvalg og råd; det ligner "
            "»Socialudvalget«.",
            "Ret navnet til »Socialudvalget«." + unlisted.format("Socialudvalgt"),
        ),
    ]
    english = findings(
        cli, document, "--select", "RL504", "--profile", "holbaek", "--isolated", "--lang", "en"
    )
    assert english[1][3:] == (
        "“Socialudvalgt” is not on the list of the municipality's committees and councils; it "
        "resembles “Socialudvalget”.",
        "Change the name to “Socialudvalget”. If “Socialudvalgt” is a real committee or council, "
        "ask whoever set referatlint up to add it to the list.",
    )
    # Without a list, a near miss of the name the document uses more often.
    assert findings(cli, document, "--select", "RL504", "--isolated") == [
        (
            "RL504",
            "2",
            36,
            "»Socialudvalgt« ligner »Socialudvalget«, men er stavet forkert.",
            "Ret navnet til »Socialudvalget«.",
        )
    ]


def test_rl606_says_when_an_address_must_not_be_published(cli, tmp_path):
    """A private person's address or number must not be published, a mayor's work address
    may: the message says which, and the fix whom to ask to allow the municipality's own."""
    document = write(tmp_path / "referat.txt", BODIES)
    fix = (
        "Fjern adressen, eller brug kommunens fælles adresse. Er det en af kommunens egne "
        "adresser, så bed den, der har sat referatlint op, om at tillade adressen."
    )
    phone_fix = (
        "Fjern nummeret, eller brug kommunens fælles nummer. Er det et af kommunens egne "
        "numre, så bed den, der har sat referatlint op, om at tillade nummeret."
    )
    assert findings(cli, document, "--select", "RL606", "--isolated") == [
        (
            "RL606",
            "1",
            28,
            "Teksten indeholder e-mailadressen »sk@holbaek.dk«. Er det en privat persons adresse, "
            "må den ikke offentliggøres.",
            fix,
        ),
        (
            "RL606",
            "1",
            29,
            "Teksten indeholder e-mailadressen »jens.hansen@gmail.com«. Er det en privat persons "
            "adresse, må den ikke offentliggøres.",
            fix,
        ),
        (
            "RL606",
            "1",
            29,
            "Teksten indeholder telefonnummeret »20 30 40 50«. Er det en privat persons nummer, "
            "må det ikke offentliggøres.",
            phone_fix,
        ),
    ]
    english = findings(cli, document, "--select", "RL606", "--isolated", "--lang", "en")
    assert [message for _, _, _, message, _ in english][1:] == [
        "The text contains the e-mail address “jens.hansen@gmail.com”. If it is a private "
        "person's address, it must not be published.",
        "The text contains the phone number “20 30 40 50”. If it is a private person's number, "
        "it must not be published.",
    ]
    assert english[0][4] == (
        "Remove the address, or use the municipality's shared address. If it is one of the "
        "municipality's own addresses, ask whoever set referatlint up to allow the address."
    )
    assert english[2][4] == (
        "Remove the number, or use the municipality's shared number. If it is one of the "
        "municipality's own numbers, ask whoever set referatlint up to allow the number."
    )


# --------------------------------------------------------------------------- RL602, RL608

SPLIT = """\
REFERAT Social- og Sundhedsudvalget d. 02-06-2025

Mødedato Mandag d. 2. juni 2025 kl. 16:00


Punkt 1: Kompetenceudvikling i hjemmeplejen

Sagsfremstilling

Projektet om opkvalificering af social- og sundhedshjælpere blev gennemført i perioden november

2021 til medio 2022. Der deltog 48 medarbejdere.

Se også [Orientering om status på udviklingstiltag og indsatser på Sundhedsområdet](#) og \
[De nuværende vedtægter]().

Indstilling

Administrationen indstiller, at orienteringen tages til efterretning.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Ingen.

Beslutning

Taget til efterretning.
"""


def test_quotes_are_cut_between_words_and_say_plainly_what_is_wrong(cli, tmp_path):
    """»…mført i perioden november« read as a misspelling: a quote is cut between words.
    RL608 speaks of the sentence and the blank line (not »Afsnittet«, a paragraph), RL602
    of a link leading nowhere (no »(»#«)«)."""
    document = write(tmp_path / "referat.txt", SPLIT)
    assert findings(cli, document, "--select", "RL602,RL608", "--isolated") == [
        (
            "RL608",
            "1",
            10,
            "Sætningen er delt af en tom linje: »… i perioden november« fortsætter i linje 12 "
            "med »2021 til medio 2022. Der …«.",
            "Fjern den tomme linje, så sætningen hænger sammen.",
        ),
        (
            "RL602",
            "1",
            14,
            "Linket »Orientering om status på udviklingstiltag og indsatser på …« fører ingen "
            "steder hen.",
            "Indsæt adressen på det, linket skal pege på, eller fjern linket og behold teksten.",
        ),
        (
            "RL602",
            "1",
            14,
            "Linket »De nuværende vedtægter« fører ingen steder hen.",
            "Indsæt adressen på det, linket skal pege på, eller fjern linket og behold teksten.",
        ),
    ]
    english = findings(cli, document, "--select", "RL602,RL608", "--isolated", "--lang", "en")
    assert [message for _, _, _, message, _ in english][:2] == [
        "The sentence is split by a blank line: “… i perioden november” continues on line 12 "
        "with “2021 til medio 2022. Der …”.",
        "The link “Orientering om status på udviklingstiltag og indsatser på …” leads nowhere.",
    ]


# --------------------------------------------------------------------------- RL105, RL401, RL402

COUNCIL = """\
Dragør Kommune

REFERAT

Kommunalbestyrelsen

Mødedato: Torsdag den 27. marts 2025
Mødested: Rådhuset, byrådssalen


Punkt 1: Anlægsbevilling til renovering af Kirkevej

Indstilling

Administrationen indstiller, at der gives en anlægsbevilling på 2,1 mio. kr.

Økonomiske konsekvenser

Udgiften afholdes af anlægsrammen.

Miljø- og klimamæssige konsekvenser

Ingen.


Punkt 2: Takster for vinterbadning 2026

Indstilling

Administrationen indstiller, at taksterne godkendes.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Ingen.

Beslutning i Teknik- og Miljøudvalget den 27. marts 2025:


Punkt 3: Helhedsplan for Søvang

Indstilling

Administrationen indstiller, at helhedsplanen godkendes.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Ingen.

Beslutning

Beslutning ikke frigivet
"""


def test_decision_fixes_name_the_body_that_decides_and_quote_without_double_stops(cli, tmp_path):
    """A council is no committee: the fix names the body whose decision is missing (the
    decision heading's, else the meeting's), quotes its examples without a stop inside and
    outside the quotes, and quotes a heading without its colon. A decision not released
    without a case history is told to be released, not to show in »sagens forløb«."""
    document = write(tmp_path / "referat.txt", COUNCIL)
    assert findings(cli, document, "--select", "RL105,RL401,RL402", "--isolated") == [
        (
            "RL105",
            "1",
            11,
            "Punktet har ingen beslutning, selv om dokumentet er et referat.",
            "Skriv Kommunalbestyrelsens beslutning under overskriften »Beslutning« (fx "
            "»Godkendt« eller »Orientering taget til efterretning«).",
        ),
        (
            "RL402",
            "2",
            40,
            "Beslutningen under »Beslutning i Teknik- og Miljøudvalget den 27. marts 2025« er tom.",
            "Skriv Teknik- og Miljøudvalgets beslutning, fx »Godkendt« eller »Orientering taget "
            "til efterretning«.",
        ),
        (
            "RL401",
            "3",
            59,
            "Beslutningen står som »Beslutning ikke frigivet«: referatet er udsendt, før "
            "beslutningen blev frigivet.",
            "Frigiv beslutningen i dagsordenssystemet, og udsend referatet igen.",
        ),
    ]
    english = findings(cli, document, "--select", "RL105,RL402", "--isolated", "--lang", "en")
    assert [fix for *_, fix in english] == [
        "Write the decision of Kommunalbestyrelsen under the heading “Beslutning” (e.g. "
        "“Godkendt” or “Orientering taget til efterretning”).",
        "Write the decision of Teknik- og Miljøudvalget, e.g. “Godkendt” or “Orientering taget "
        "til efterretning”.",
    ]
    # A body whose name takes no genitive: the meeting's decision.
    other = write(
        tmp_path / "udvalg.txt",
        COUNCIL.replace("\nKommunalbestyrelsen\n", "\nUdvalget for Børn og Skole\n"),
    )
    assert findings(cli, other, "--select", "RL105", "--isolated")[0][4] == (
        "Skriv mødets beslutning under overskriften »Beslutning« (fx »Godkendt« eller "
        "»Orientering taget til efterretning«)."
    )


# --------------------------------------------------------------------------- RL103, RL104

CAPITALS = """\
REFERAT Teknik- og Miljøudvalget d. 03-03-2025

Mødedato Mandag d. 3. marts 2025 kl. 16:00


Punkt 1: Godkendelse af anlægsbevilling til renovering af Søndergade

SAGSFREMSTILING

Søndergade er nedslidt, og belægningen skal udskiftes på hele strækningen.

INDSTILLING

Forvaltningen indstiller, at der gives en anlægsbevilling på 4,2 mio. kr.

ØKONOMISKE KONSEKVENSER

Udgiften afholdes af rådighedsbeløbet til vejvedligeholdelse.

MILJØ- OG KLIMAMÆSSIGE KONSEKVENSER

Den nye belægning nedsætter støjen.

Økonomi:

Der er afsat 4,2 mio. kr.

INDSTILLING

Forvaltningen indstiller desuden, at arbejdet udbydes.

BESLUTNING

Godkendt.
"""


def test_rl103_keeps_the_templates_capitals_and_rl104_names_both_headings(cli, tmp_path):
    """A template that writes its headings in capitals is told the heading in capitals;
    a section written twice under two names is named by both, as the document writes them
    (without the colon), the same heading twice by that heading."""
    document = write(tmp_path / "referat.txt", CAPITALS)
    assert findings(cli, document, "--select", "RL103,RL104", "--isolated") == [
        (
            "RL103",
            "1",
            8,
            "Overskriften »SAGSFREMSTILING« ligner »SAGSFREMSTILLING«, men er stavet forkert.",
            "Ret overskriften til »SAGSFREMSTILLING«.",
        ),
        (
            "RL104",
            "1",
            24,
            "»Økonomi« er samme afsnit som »ØKONOMISKE KONSEKVENSER« i linje 16: afsnittet står "
            "to gange i punktet.",
            "Saml teksten under én overskrift, og slet den anden.",
        ),
        (
            "RL104",
            "1",
            28,
            "Afsnittet »INDSTILLING« står to gange i punktet (første gang i linje 12).",
            "Saml teksten under én overskrift, og slet den anden.",
        ),
    ]
    english = findings(cli, document, "--select", "RL103,RL104", "--isolated", "--lang", "en")
    assert [message for _, _, _, message, _ in english][:2] == [
        "The heading “SAGSFREMSTILING” resembles “SAGSFREMSTILLING” but is misspelt.",
        "“Økonomi” is the same section as “ØKONOMISKE KONSEKVENSER” on line 16: the section "
        "appears twice in the item.",
    ]


# --------------------------------------------------------------------------- RL204

TIME_PLAN = """\
REFERAT Handicaprådet d. 02-06-2025

Mødedato Mandag d. 2. juni 2025 kl. 16:00


Punkt 1: Tidsplan for mødet

Sagsfremstilling

Nr Sag Estimeret tid
1. Godkendelse af dagsorden 5 min.
2. Orientering fra formanden 10 min.
4. Høring om hjælpemiddelpolitik 30 min.
4. Eventuelt 5 min.

Beslutning

Godkendt.
"""


def test_rl204_says_which_number_comes_next_and_when_a_skip_is_no_slip(cli, tmp_path):
    """»Ret nummereringen i listen« said neither what nor that a time plan's numbers may be
    the agenda's, skipping on purpose."""
    document = write(tmp_path / "referat.txt", TIME_PLAN)
    assert [
        (code, line, message, fix)
        for code, _, line, message, fix in findings(cli, document, "--select", "RL204")
    ] == [
        (
            "RL204",
            13,
            "Listen springer fra 2 til 4.",
            "Ret nummereringen, så 3 følger efter 2. Henviser numrene til punkter eller andet, "
            "der med vilje springer over, er der ingen fejl.",
        ),
        (
            "RL204",
            14,
            "Nummer 4. står to gange i listen.",
            "Ret nummereringen, så 5 følger efter 4. Henviser numrene til punkter eller andet, "
            "der med vilje springer over, er der ingen fejl.",
        ),
    ]
    english = findings(cli, document, "--select", "RL204", "--lang", "en")
    assert english[0][4] == (
        "Correct the numbering so that 3 follows 2. If the numbers refer to items or other "
        "things skipped on purpose, nothing is wrong."
    )


# ------------------------------------------------------------------- RL601, RL606 in bilag

# A "dagsorden med bilag" with a citizen's hearing response printed as attachment 2.1.
AGENDA_WITH_HEARING_RESPONSE = (
    FIXTURES / "defects" / "dagsorden_bilag_hoeringssvar.txt"
).read_text("utf-8")


def test_rl601_and_rl606_in_a_printed_attachment_say_to_black_the_detail_out(cli, tmp_path):
    """A citizen's hearing response printed as attachment 2.1 (probe round ZM, P4): the
    secretary cannot rewrite the letter or give it the municipality's address; the fix is
    to black the detail out in the attachment. The CPR number in item 2's own text keeps
    the fix that rewrites it."""
    document = write(tmp_path / "dagsorden.txt", AGENDA_WITH_HEARING_RESPONSE)
    assert findings(cli, document, "--select", "RL601,RL606", "--isolated") == [
        (
            "RL601",
            "2",
            16,
            "Teksten indeholder et CPR-nummer (010190-****).",
            "Fjern CPR-nummeret. Skal personen nævnes, så brug initialer eller et løbenummer.",
        ),
        (
            "RL606",
            "2",
            39,
            "Teksten indeholder e-mailadressen »karen.holm@mail.dk«. Er det en privat persons "
            "adresse, må den ikke offentliggøres.",
            "Overstreg (anonymisér) adressen i bilaget, før bilaget offentliggøres. Er det en af "
            "kommunens egne adresser, så bed den, der har sat referatlint op, om at tillade "
            "adressen.",
        ),
        (
            "RL606",
            "2",
            39,
            "Teksten indeholder telefonnummeret »22 45 67 89«. Er det en privat persons nummer, "
            "må det ikke offentliggøres.",
            "Overstreg (anonymisér) nummeret i bilaget, før bilaget offentliggøres. Er det et af "
            "kommunens egne numre, så bed den, der har sat referatlint op, om at tillade "
            "nummeret.",
        ),
        (
            "RL601",
            "2",
            40,
            "Teksten indeholder et CPR-nummer (150372-****).",
            "Overstreg (anonymisér) CPR-nummeret i bilaget, før bilaget offentliggøres, eller "
            "offentliggør dokumentet uden bilaget.",
        ),
    ]
    english = findings(cli, document, "--select", "RL601,RL606", "--isolated", "--lang", "en")
    assert [finding[4] for finding in english[1:]] == [
        "Black out (redact) the address in the attachment before the attachment is published. "
        "If it is one of the municipality's own addresses, ask whoever set referatlint up to "
        "allow the address.",
        "Black out (redact) the number in the attachment before the attachment is published. "
        "If it is one of the municipality's own numbers, ask whoever set referatlint up to "
        "allow the number.",
        "Black out (redact) the CPR number in the attachment before the attachment is "
        "published, or publish the document without the attachment.",
    ]


# --------------------------------------------------------------------------- RL106

MISSPELT_CASE_TYPES = """\
Faaborg-Midtfyn Kommune

Referat

Økonomiudvalget

Mødedato: Mandag den 8. juni 2026

1. Forslag fra Socialdemokratiet om legeplads i Ringe

Sagsgang og sagstype

Økonomiudvalget, Byrådet

Medlemsforslg

Sagsfremstilling
Per Hansen (A) har bedt om at få sagen på dagsordenen.

Beslutning
Oversendt til Børne- og Ungeudvalget.

2. Budgetopfølgning

Sagsgang og sagstype

Økonomiudvalget

Beslutnings sag

Sagsfremstilling
Budgettet følges.

Indstilling
Direktionen indstiller, at opfølgningen godkendes.

Økonomiske konsekvenser
Ingen.

Miljø- og klimamæssige konsekvenser
Ingen.

Beslutning
Godkendt.
"""
VALID_CASE_TYPES = (
    "Beslutningssag, Orienteringssag, Drøftelsessag, Temadrøftelse, Valgsag, Medlemsforslag"
)


def test_an_item_with_a_misspelt_case_type_is_judged_as_the_type_rl106_suggests(cli, tmp_path):
    """Faaborg-Midtfyn (probe round ZM, P8): »Medlemsforslg« is a member's proposal, which
    needs no administration's recommendation, economy or environment section: only RL106
    says so, not three RL101 asking for the administration's recommendation. A case type
    resembling no known one still leaves the item judged by the default sections."""
    document = write(tmp_path / "referat.txt", MISSPELT_CASE_TYPES)
    assert findings(cli, document, "--isolated") == [
        (
            "RL106",
            "1",
            15,
            f"»Medlemsforslg« er ikke en gyldig sagstype ({VALID_CASE_TYPES}).",
            "Skriv »Medlemsforslag«.",
        ),
        (
            "RL106",
            "2",
            29,
            f"»Beslutnings sag« er ikke en gyldig sagstype ({VALID_CASE_TYPES}).",
            "Skriv »Beslutningssag«.",
        ),
    ]
    unknown = write(
        tmp_path / "ukendt.txt", MISSPELT_CASE_TYPES.replace("Medlemsforslg", "Henvendelse")
    )
    assert [finding[:3] for finding in findings(cli, unknown, "--isolated")] == [
        ("RL101", "1", 9), ("RL101", "1", 9), ("RL101", "1", 9),
        ("RL106", "1", 15), ("RL106", "2", 29),
    ]  # fmt: skip
