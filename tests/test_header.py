"""The meeting header's people and place: an office beside a name is no part of it, the
members as a group are no person, and a place may stand unlabelled below the date."""

import pytest
from conftest import FIXTURES
from referatlint.parse import parse
from referatlint.parse.header import name_key, split_names, without_role
from referatlint.parse.vocabulary import Vocabulary
from referatlint.read import read as read_file
from referatlint.read.source import from_text

LAYOUTS = FIXTURES / "layouts"

ITEM = "\n\n1. Regnskab 2023\n\nBeslutning\nGodkendt.\n"


def meeting(header: str):
    return parse(from_text(header + ITEM, "x.txt")).meeting


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Jørgen Skov (A), formand", "Jørgen Skov (A)"),
        ("Lene Thorsen (V), næstformand", "Lene Thorsen (V)"),
        ("Formand Lene Thorsen (V)", "Lene Thorsen (V)"),
        ("Rådmand Karsten Mølgaard", "Karsten Mølgaard"),
        ("1. viceborgmester Bo Ek", "Bo Ek"),
        ("Lene Thorsen - næstformand for Teknisk Udvalg", "Lene Thorsen"),
        ("Mikael Smed (A) borgmester", "Mikael Smed (A)"),
        # A capitalised word after the name without a comma may be a surname.
        ("Anders Formand", "Anders Formand"),
        ("Peter Borgmester Hansen", "Peter Borgmester Hansen"),
    ],
)
def test_an_office_before_or_after_a_name_is_no_part_of_it(written, name):
    assert without_role(written) == name


def test_names_compare_without_office_party_and_case():
    keys = {
        name_key(text)
        for text in (
            "Lene Thorsen (V)",
            "Lene Thorsen (V), næstformand",
            "Formand Lene Thorsen (V)",
            "LENE THORSEN (næstformand)",
        )
    }
    assert keys == {"lene thorsen"}


def test_a_list_drops_offices_and_the_members_as_a_group():
    assert split_names(
        "Jørgen Skov (A), formand, Lene Thorsen (V), Næstformand for udvalget, Peter Vinding (A)"
    ) == ["Jørgen Skov (A)", "Lene Thorsen (V)", "Peter Vinding (A)"]
    assert split_names("Borgmester Anders Winnerskjold, rådmand Mette Skautrup") == [
        "Anders Winnerskjold",
        "Mette Skautrup",
    ]
    assert split_names("Byrådets medlemmer") == []
    assert split_names("Alle medlemmer af udvalget") == []


def test_participants_and_absences_are_read_without_office():
    read = meeting(
        "REFERAT Økonomiudvalget d. 13-03-2024\n\n"
        "Medlemmer: Peter Rahbæk Juel, Rådmand Karsten Mølgaard, Susanne Crawley Larsen\n"
        "Afbud: Rådmand Karsten Mølgaard"
    )
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Peter Rahbæk Juel", False),
        ("Karsten Mølgaard", True),
        ("Susanne Crawley Larsen", False),
    ]
    assert [a.name for a in read.absences] == ["Karsten Mølgaard"]


@pytest.mark.parametrize(
    "label",
    ["Fraværende med afbud", "Fraværende uden afbud", "Meldt afbud", "FRAVÆRENDE MED AFBUD"],
)
@pytest.mark.parametrize("separator", [" ", "\n"])
def test_an_absence_label_of_several_words_is_the_whole_label(label, separator):
    """Viborg (EG Dagsorden): "Fraværende med afbud: Jens Ole Kristensen (O)"; the label is
    all of it before the colon, not "Fraværende" with the member "med afbud: ..."."""
    read = meeting(
        "REFERAT Økonomiudvalget d. 03.03.2014\n\n"
        "Medlemmer: Anne Bach (A), Jens Ole Kristensen (O), Mette Skov (C)\n"
        f"{label}:{separator}Jens Ole Kristensen (O)"
    )
    assert [(a.name, a.mark) for a in read.absences] == [("Jens Ole Kristensen (O)", label)]
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Anne Bach (A)", False),
        ("Jens Ole Kristensen (O)", True),
        ("Mette Skov (C)", False),
    ]


@pytest.mark.parametrize("label", ["Deltagere", "Medlemmer", "Til stede", "Deltog"])
def test_each_participant_keeps_the_label_of_its_list(label):
    """Whether a list names those present or all the body's members is the label's to say
    (RL503's "present_lists"): the model keeps it as written."""
    read = meeting(
        "Referat\n\nBørne- og Skoleudvalget\n\nDato: Torsdag 23/4 2020\n"
        f"{label}:\nKaren Lund (V)\nPoul Erik Madsen (O)\n\nFraværende:\nPoul Erik Madsen (O)"
    )
    assert [(p.name, p.absent, p.listed_under) for p in read.participants] == [
        ("Karen Lund (V)", False, label),
        ("Poul Erik Madsen (O)", True, label),
    ]
    assert [(a.name, a.mark) for a in read.absences] == [("Poul Erik Madsen (O)", "Fraværende")]


HOLSTEBRO = (
    "Holstebro Kommune\n\nReferat\n\n"
    "Fællesmøde mellem Teknik- og Miljøudvalget og Klimaudvalget\n\n"
    "Mødedato: Mandag den 25. november 2024\n"
)


@pytest.mark.parametrize("label", ["Til stede", "Deltagere", "Medlemmer"])
def test_a_joint_meetings_lists_name_their_body_after_the_label(label):
    """Holstebro: "Til stede fra Teknik- og Miljøudvalget: ..." then "Til stede fra
    Klimaudvalget: ...": both are lists of members, the body part of the label, not of the
    first name."""
    read = meeting(
        f"{HOLSTEBRO}{label} fra Teknik- og Miljøudvalget: Jens Kristian Mols (V), formand, "
        f"Søren Bak (A)\n{label} fra Klimaudvalget: Lise Borup (A), formand, Kim Fogh (V)\n"
        "Afbud: Søren Bak (A)"
    )
    first, second = f"{label} fra Teknik- og Miljøudvalget", f"{label} fra Klimaudvalget"
    assert [(p.name, p.absent, p.line, p.listed_under) for p in read.participants] == [
        ("Jens Kristian Mols (V)", False, 8, first),
        ("Søren Bak (A)", True, 8, first),
        ("Lise Borup (A)", False, 9, second),
        ("Kim Fogh (V)", False, 9, second),
    ]
    assert [(a.name, a.line) for a in read.absences] == [("Søren Bak (A)", 10)]


def test_a_list_named_after_its_body_may_go_below_and_staff_are_no_members():
    """The names below "Deltagere fra Klimaudvalget:", one on each line; "Deltagere fra
    forvaltningen:" lists staff, not members of a body the header names."""
    read = meeting(
        f"{HOLSTEBRO}Deltagere fra forvaltningen: Direktør Hans Holm, Lise Dam\n"
        "Deltagere fra Klimaudvalget:\nLise Borup (A), formand\nKim Fogh (V)\n"
    )
    assert [(p.name, p.line, p.listed_under) for p in read.participants] == [
        ("Lise Borup (A)", 9, "Deltagere fra Klimaudvalget"),
        ("Kim Fogh (V)", 9, "Deltagere fra Klimaudvalget"),
    ]


def test_members_separated_by_semicolons_are_each_a_participant():
    """Ærø: "Name (A), borgmester, formand; Name (V); ...": a semicolon parts the members,
    the offices after a comma are the first member's."""
    read = meeting(
        "Dagsorden\n\nØkonomiudvalget\n\nMødedato: Torsdag den 22. januar 2026\n"
        "Medlemmer: Ole Wej Petersen (A), borgmester, formand; Lars Møller (V); "
        "Ebbe Klemmensen (C); Jan Rasmussen (L)\n"
        "Afbud: Lars Møller (V)"
    )
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Ole Wej Petersen (A)", False),
        ("Lars Møller (V)", True),
        ("Ebbe Klemmensen (C)", False),
        ("Jan Rasmussen (L)", False),
    ]
    assert split_names("Anne Berg; Per Holm") == ["Anne Berg", "Per Holm"]


def test_the_members_as_a_group_are_no_participant():
    read = meeting(
        "Dagsorden\n\nByrådet\n\nMødedato: Onsdag den 24. april 2024\nDeltagere: Byrådets medlemmer"
    )
    assert read.participants == ()


@pytest.mark.parametrize(
    "place",
    [
        "Byrådssalen, Randers Rådhus, Laksetorvet 1, 8900 Randers C",
        "Mødelokale 1, Rådhuset, Springvandspladsen 5, 9800 Hjørring",
        "Udvalgsværelset",
    ],
)
def test_a_room_on_the_line_after_an_unlabelled_date_is_the_place(place):
    read = meeting(
        f"Randers Kommune\n\nByrådet\n\nReferat\n\nMandag den 17. juni 2024 kl. 16.00\n\n{place}"
    )
    assert (read.body, read.date, read.start, read.place) == (
        "Byrådet",
        "2024-06-17",
        "16:00",
        place,
    )


@pytest.mark.parametrize(
    "header",
    [
        # No room or town hall named: the line is no place.
        "Referat\n\nMandag den 17. juni 2024 kl. 16.00\n\nØkonomiudvalget",
        "Referat\n\nMandag den 17. juni 2024 kl. 16.00\n\nEkstraordinært møde",
        # A room, but not right below the date.
        "Referat\n\nMandag den 17. juni 2024 kl. 16.00\n\nØkonomiudvalget\n\nByrådssalen",
        # A date in a labelled field: a place would have its label too.
        "Referat\n\nMødedato: Mandag den 17. juni 2024\nByrådssalen",
    ],
)
def test_no_place_without_a_room_on_the_line_after_the_date(header):
    assert meeting(header).place is None


@pytest.mark.parametrize(
    "field", ["Mødelokale:\tMødelokale 1, Rådhuset", "Mødelokale: Mødelokale 1, Rådhuset"]
)
def test_a_meeting_room_field_is_the_place(field):
    read = meeting(f"Referat\n\nØkonomiudvalget\n\nMødedato:\tMandag den 12-03-2012\n{field}")
    assert (read.date, read.place) == ("2012-03-12", "Mødelokale 1, Rådhuset")


def test_a_labelled_place_wins_over_a_room_below_the_date():
    read = meeting(
        "Referat\n\nMandag den 17. juni 2024 kl. 16.00\nMødelokale 2\nMødested: Rådhuset, lokale 4"
    )
    assert read.place == "Rådhuset, lokale 4"


@pytest.mark.parametrize(
    ("field", "date", "weekday", "start", "end"),
    [
        ("Mødetidspunkt: 09.09.2024 15:15", "2024-09-09", None, "15:15", None),
        ("Mødetidspunkt\t09.09.2024 15:15", "2024-09-09", None, "15:15", None),  # a table row
        (
            "Mødetidspunkt: Mandag den 9. september 2024 kl. 15:15",
            "2024-09-09",
            "Mandag",
            "15:15",
            None,
        ),
        ("Tidspunkt: 09.09.2024 kl. 15.15-17.30", "2024-09-09", None, "15:15", "17:30"),
    ],
)
def test_a_date_in_the_time_field_is_the_meeting_date(field, date, weekday, start, end):
    read = meeting(f"Teknik- og Miljøudvalget\n\nReferat\n\n{field}\nMødested: Rådhuset")
    assert (read.date, read.weekday, read.start, read.end) == (date, weekday, start, end)


def test_a_date_field_wins_over_a_date_in_the_time_field():
    read = meeting("Referat\n\nMødedato: 09.09.2024\nMødetidspunkt: 10.09.2024 kl. 15:15")
    assert (read.date, read.date_line, read.start) == ("2024-09-09", 3, "15:15")


@pytest.mark.parametrize(
    ("written", "place"),
    [
        ("i Byrådssalen, Aarhus Rådhus", "Byrådssalen, Aarhus Rådhus"),
        ("på Rådhuset, mødelokale 2", "Rådhuset, mødelokale 2"),
    ],
)
def test_a_header_written_as_a_sentence_leads_into_the_place_with_a_preposition(written, place):
    read = meeting(
        "Aarhus Kommune\n\nDagsorden for Byrådets møde\n"
        f"onsdag den 25. september 2024 kl. 18.00\n{written}"
    )
    assert (read.body, read.date, read.start, read.place) == (
        "Byrådet",
        "2024-09-25",
        "18:00",
        place,
    )


def test_members_one_paragraph_each_as_a_docx_reads():
    read = meeting(
        "Referat\n\nKlima- og Miljøudvalget\n\nMødedato: Tirsdag den 10. december 2024\n\n"
        "Medlemmer:\n\nSimon Hansen (A), formand\n\nTina Lund (V), næstformand\n\n"
        "Jens Erik Bech (A)\n\nBirgit Munk (F)\n\n\nAfbud: Birgit Munk (F)"
    )
    assert [(p.name, p.absent, p.line) for p in read.participants] == [
        ("Simon Hansen (A)", False, 7),
        ("Tina Lund (V)", False, 7),
        ("Jens Erik Bech (A)", False, 7),
        ("Birgit Munk (F)", True, 7),
    ]


@pytest.mark.parametrize(
    "below",
    [
        "Sekretær Lise Holm",  # no party letter, unlike the members
        "Mødet blev holdt digitalt.",
        "Sagsnr.: 24/1120\nSagsbehandler: Lise Holm (A)",  # a paragraph of two lines
    ],
)
def test_a_paragraph_unlike_a_member_ends_the_list(below):
    read = meeting(
        "Referat\n\nKlima- og Miljøudvalget\n\nMødedato: Tirsdag den 10. december 2024\n\n"
        f"Medlemmer:\n\nSimon Hansen (A), formand\n\nTina Lund (V)\n\n{below}"
    )
    assert [p.name for p in read.participants] == ["Simon Hansen (A)", "Tina Lund (V)"]


FAVRSKOV = (
    "Dagsorden\nTeknik- og Miljøudvalget\n\nMødedato: 07.01.2025\n"
    "Medlemmer: Lars Dalgaard (V), formand\nBirgit Holm (A), næstformand\n"
    "Mads Kjeldsen (C)\nInge Bak (F)\nOle Rytter (V)\nAfbud: Inge Bak (F)"
)


@pytest.mark.parametrize(
    "header",
    [FAVRSKOV, FAVRSKOV.replace("formand\n", "formand\n\n").replace(")\n", ")\n\n")],
    ids=["a line each", "a paragraph each (DOCX)"],
)
def test_the_first_member_on_the_fields_line_and_the_others_one_on_each_line(header):
    read = meeting(header)
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Lars Dalgaard (V)", False),
        ("Birgit Holm (A)", False),
        ("Mads Kjeldsen (C)", False),
        ("Inge Bak (F)", True),
        ("Ole Rytter (V)", False),
    ]


def test_a_list_wrapping_onto_the_next_lines_is_one_list():
    read = meeting(
        "Referat\nØkonomiudvalget\n\nMødedato: 07.01.2025\n"
        "Medlemmer: Lars Dalgaard (V), formand, Birgit Holm (A), Mads\n"
        "Kjeldsen (C), Inge Bak (F)\nAfbud: Anne Berg (A)\nOle Rytter (V)"
    )
    assert [p.name for p in read.participants] == [
        "Lars Dalgaard (V)",
        "Birgit Holm (A)",
        "Mads Kjeldsen (C)",
        "Inge Bak (F)",
    ]
    # "Afbud:" goes on below its line as a list of one member on each line.
    assert [a.name for a in read.absences] == ["Anne Berg (A)", "Ole Rytter (V)"]


JOINT = (
    "Referat\n\nFællesmøde mellem Børne- og Uddannelsesudvalget og Social- og Sundhedsudvalget"
    "\n\nMødedato:\tTorsdag den 21. november 2024\n\n"
    "Børne- og Uddannelsesudvalget:\tAnne Worm (V), formand, Bent Skov (A), Camilla Fogh (A)\n\n"
    "Social- og Sundhedsudvalget:\tFinn Moos (V), formand, Gitte Brix (A), Hans Riis (C)\n\n"
    "Afbud:\tHans Riis (C)"
)


def test_a_joint_meetings_members_under_each_bodys_name():
    read = meeting(JOINT)
    assert [(p.name, p.absent, p.line) for p in read.participants] == [
        ("Anne Worm (V)", False, 7),
        ("Bent Skov (A)", False, 7),
        ("Camilla Fogh (A)", False, 7),
        ("Finn Moos (V)", False, 9),
        ("Gitte Brix (A)", False, 9),
        ("Hans Riis (C)", True, 9),
    ]
    assert read.body == (
        "Fællesmøde mellem Børne- og Uddannelsesudvalget og Social- og Sundhedsudvalget"
    )


def test_a_joint_meetings_member_list_wrapping_onto_the_next_line():
    read = meeting(
        JOINT.replace("Bent Skov", "Bent\nSkov")
        .replace(":\t", ": ")
        .replace("\n\nSocial", "\nSocial")
    )
    assert [(p.name, p.line) for p in read.participants][:4] == [
        ("Anne Worm (V)", 7),
        ("Bent Skov (A)", 7),
        ("Camilla Fogh (A)", 7),
        ("Finn Moos (V)", 9),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ældrerådet:\tKaj Holm, Lis Berg",  # guests: a council the header does not name
        "Social- og Sundhedsudvalget:\tmøde nr. 7",  # no names
    ],
)
def test_a_body_and_names_that_are_no_member_list(line):
    read = meeting(
        "Referat\n\nSocial- og Sundhedsudvalget\n\nMødedato: Torsdag den 21. november 2024\n\n"
        f"{line}"
    )
    assert read.participants == ()


# A Word table of two columns without colons (Vordingborg): the rows below "Afbud" are
# further fields, and the substitute takes the absent member's seat.
TABLE = (
    "Referat\n\nTeknik- og Miljøudvalget\n\nMødedato\tOnsdag den 5. marts 2025\n"
    "Medlemmer\tMikael Smed (A), Britt Jensen (V), Lise Bech (O)\n"
    "Afbud\tLise Bech (O)\n"
)


@pytest.mark.parametrize(
    ("row", "seated"),
    [
        ("Stedfortræder\tKim Lauritzen (O)", ["Kim Lauritzen (O)"]),
        ("Stedfortræder: Jakob Riis (O) for Lise Bech (O)", ["Jakob Riis (O)"]),
        ("Stedfortræder: Jakob Riis i stedet for Lise Bech (O)", ["Jakob Riis"]),
        ("Stedfortræder for Lise Bech (O): Kim Lauritzen (O)", ["Kim Lauritzen (O)"]),
        ("Stedfortrædere: Kim Lauritzen (O) og Bo Ek (A)", ["Kim Lauritzen (O)", "Bo Ek (A)"]),
        ("Stedfortræder: Ingen", []),
        ("Referent\tHans Holm (A)", []),  # a label the parser does not know: still no member
    ],
)
def test_a_substitute_is_a_participant_and_a_fields_label_no_absent_member(row, seated):
    read = meeting(TABLE + row)
    assert [a.name for a in read.absences] == ["Lise Bech (O)"]
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Mikael Smed (A)", False),
        ("Britt Jensen (V)", False),
        ("Lise Bech (O)", True),
        *((name, False) for name in seated),
    ]


def test_a_substitute_already_among_the_members_is_listed_once():
    read = meeting(
        TABLE.replace("Lise Bech (O)\n", "Lise Bech (O), Kim Lauritzen (O)\n", 1)
        + "Stedfortræder\tKim Lauritzen (O)"
    )
    assert [p.name for p in read.participants].count("Kim Lauritzen (O)") == 1


def test_members_one_per_line_in_a_table_cell_read_as_one_line():
    # A cell with a paragraph per member reads as one line: the party letters part the names.
    read = meeting(
        "Referat\n\nTeknik- og Miljøudvalget\n\nMødedato\tOnsdag den 5. marts 2025\n"
        "Medlemmer\tMikael Smed (A), formand Britt Jensen (V), næstformand Carsten Nielsen (C)"
        " Helle Kragh (A) Jens Thorup (Ø) Lise Bech (O)\nAfbud\tLise Bech (O)"
    )
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Mikael Smed (A)", False),
        ("Britt Jensen (V)", False),
        ("Carsten Nielsen (C)", False),
        ("Helle Kragh (A)", False),
        ("Jens Thorup (Ø)", False),
        ("Lise Bech (O)", True),
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Anne Berg (A) Per Holm (V)", ["Anne Berg (A)", "Per Holm (V)"]),
        ("Anne Berg (A) Formand Per Holm (V)", ["Anne Berg (A)", "Per Holm (V)"]),
        ("Anne Berg (A) (afbud), Per Holm (V)", ["Anne Berg (A) (afbud)", "Per Holm (V)"]),
        # Without a party letter after each name the names cannot be told apart.
        ("Anne Berg (A) Per Holm", ["Anne Berg (A) Per Holm"]),
    ],
)
def test_party_letters_part_names_only_before_a_capital(written, names):
    assert split_names(written) == names


@pytest.mark.parametrize(
    "body",
    [
        "Handicaprådet",
        "Ældrerådet",
        "Integrationsrådet",
        "Beredskabskommissionen",
        "Det Lokale Beskæftigelsesråd",
        "Klagenævnet for Specialundervisning",
        "Magistraten",
        "ÆLDRERÅDET",
    ],
)
def test_a_council_commission_or_board_named_alone_is_the_body(body):
    assert meeting(f"Referat\n\n{body}\n\nMødedato: Torsdag den 4. september 2025").body == body


@pytest.mark.parametrize(
    "line",
    [
        "Mødet holdes sammen med Ældrerådet",  # a sentence naming a council
        "Rådhuset, Centrumpladsen 1, Ringe",  # a town hall is no council
    ],
)
def test_a_line_mentioning_a_council_is_no_body(line):
    read = meeting(f"Referat\n\n{line}\n\nMødedato: Torsdag den 4. september 2025")
    assert read.body is None
    read = meeting(
        f"Referat\n\n{line}\n\nSocialudvalget\n\nMødedato: Torsdag den 4. september 2025"
    )
    assert read.body == "Socialudvalget"


def test_a_body_the_configuration_lists_is_the_body():
    header = "Referat\n\nSeniorforum\n\nMødedato: Torsdag den 4. september 2025"
    listed = Vocabulary(bodies=["Seniorforum", "Social- og Seniorudvalget"])
    assert parse(from_text(header + ITEM, "x.txt"), listed).meeting.body == "Seniorforum"
    assert meeting(header).body is None  # no word of a body's kind in the name


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Kommunalbestyrelsen - budgetseminar (temamøde)", "Kommunalbestyrelsen"),
        ("Handicaprådet – dialogmøde med Byrådet", "Handicaprådet"),
        ("Økonomiudvalget og Børne- og Ungeudvalget - fællesmøde",
         "Økonomiudvalget og Børne- og Ungeudvalget"),
        # The bodies after the dash: the line is kept whole.
        ("Fællesmøde - Økonomiudvalget og Børne- og Ungeudvalget",
         "Fællesmøde - Økonomiudvalget og Børne- og Ungeudvalget"),
        ("Økonomiudvalget og Børne- og Ungeudvalget", "Økonomiudvalget og Børne- og Ungeudvalget"),
    ],
)  # fmt: skip
def test_the_body_is_its_name_without_the_meetings_subtitle(line, body):
    assert meeting(f"Referat\n\n{line}\n\nMødedato: Mandag den 25. august 2025").body == body


@pytest.mark.parametrize(
    ("letterhead", "municipality"),
    [
        ("Faxe Kommune", "Faxe"),
        ("FAXE KOMMUNE", "Faxe"),  # a letterhead in capitals (Faxe's old case system)
        ("LYNGBY-TAARBÆK KOMMUNE", "Lyngby-Taarbæk"),
        # The genitive of the official name is the place's name; a name that ends in "s" is not.
        ("KØBENHAVNS KOMMUNE", "København"),
        ("Nordfyns Kommune", "Nordfyn"),
        ("Vesthimmerlands Kommune", "Vesthimmerland"),
        ("Randers Kommune", "Randers"),
        ("Stevns Kommune", "Stevns"),
    ],
)
def test_the_municipality_from_its_name_in_capitals_or_not(letterhead, municipality):
    header = f"{letterhead}\n\nREFERAT\n\nPlan- og Miljøudvalget\n\nMødedato: Torsdag den 6. november 2025"
    assert meeting(header).municipality == municipality


@pytest.mark.parametrize(
    "title",
    [
        "Dagsorden – Kultur- og Fritidsudvalget",
        "Dagsorden\n– Kultur- og Fritidsudvalget",  # the title wrapped before the dash
    ],
)
def test_the_body_without_the_dash_joining_it_to_the_label(title):
    """Rebild's agenda system: "Dagsorden – Kultur- og Fritidsudvalget"."""
    document = meeting(f"Rebild Kommune\n\n{title}\n\nMødedato: Torsdag den 13. november 2025")
    assert (document.label, document.body) == ("Dagsorden", "Kultur- og Fritidsudvalget")


GREVE = (
    "Greve Kommune\n\nReferat\n\nFolkeoplysningsudvalget\n\n"
    "Mødedato: Onsdag den 10. september 2025\nMødested: Mødelokale 3, Greve Rådhus\n\n"
    "Medlemmer:\n{members}\n\nAfbud: Hanne Sørensen (DGI Midt- og Vestsjælland)"
)
GREVE_MEMBERS = [
    "Lars Bjerregaard (V), formand",
    "Anette Bonde (A)",
    "Hanne Sørensen (DGI Midt- og Vestsjælland), næstformand",
    "Michael Vinther (Greve Idrætsråd)",
    "Bent Rasmussen (Midt- og Vestjyllands Politi)",
    "Peter Nørgaard (Greve Ungdomsråd)",
]


@pytest.mark.parametrize("between", ["\n", "\n\n"])  # a line or a paragraph (DOCX) each
def test_members_with_an_organisation_in_parentheses_one_on_each_line(between):
    read = meeting(GREVE.format(members=between.join(GREVE_MEMBERS)).replace(":\n", ":" + between))
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Lars Bjerregaard (V)", False),
        ("Anette Bonde (A)", False),
        ("Hanne Sørensen (DGI Midt- og Vestsjælland)", True),
        ("Michael Vinther (Greve Idrætsråd)", False),
        ("Bent Rasmussen (Midt- og Vestjyllands Politi)", False),
        ("Peter Nørgaard (Greve Ungdomsråd)", False),
    ]
    assert [(a.name, a.mark) for a in read.absences] == [
        ("Hanne Sørensen (DGI Midt- og Vestsjælland)", "Afbud")
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Bent Rasmussen (Midt- og Vestjyllands Politi) og Ane Skov (Ikast-Brande Kommune)",
         ["Bent Rasmussen (Midt- og Vestjyllands Politi)", "Ane Skov (Ikast-Brande Kommune)"]),
        ("Kirsten Bonde (DH Faaborg-Midtfyn, Scleroseforeningen), formand, Lise Dam (A)",
         ["Kirsten Bonde (DH Faaborg-Midtfyn, Scleroseforeningen)", "Lise Dam (A)"]),
        # The committee a member sits for is no person.
        ("Hans Erik Møller (C), næstformand, Social- og Seniorudvalget, Lise Dam (A)",
         ["Hans Erik Møller (C)", "Lise Dam (A)"]),
        ("Anne Berg og Per Holm", ["Anne Berg", "Per Holm"]),
        # An office naming a body is set aside, not the person with it.
        ("Udvalgsformand Per Holm og Byrådsmedlem Anne Berg", ["Per Holm", "Anne Berg"]),
    ],
)  # fmt: skip
def test_a_comma_or_og_inside_parentheses_parts_no_names(written, names):
    assert split_names(written) == names


def test_an_items_absence_note_with_og_inside_parentheses():
    document = parse(
        from_text(
            GREVE.format(members="\n".join(GREVE_MEMBERS)) + "\n\n1. Godkendelse af dagsorden\n\n"
            "Beslutning\nGodkendt.\nFraværende: Hanne Sørensen (DGI Midt- og Vestsjælland)\n",
            "x.txt",
        )
    )
    assert [(a.name, a.mark, a.line) for a in document.items[0].absences] == [
        ("Hanne Sørensen (DGI Midt- og Vestsjælland)", "Fraværende", 24)
    ]


BULLETED = (
    "Handicaprådet\n\nReferat\n\nMødedato: Torsdag den 4. september 2025\n\n"
    "Medlemmer:\n\n"
    " • Kirsten Bonde (DH Faaborg-Midtfyn, Scleroseforeningen), formand\n"
    " • Hans Erik Møller (C), næstformand, Social- og Seniorudvalget\n"
    " • Lise Dam (A)\n\n"
    "Afbud:\n\n • Lise Dam (A)"
)


def test_members_and_absences_as_a_bulleted_list_below_their_field():
    """A web page's <ul> after "Medlemmer:" and "Afbud:": one member each entry; the
    committee a member sits for is neither a member nor the meeting's body."""
    read = meeting(BULLETED)
    assert read.body == "Handicaprådet"
    assert [(p.name, p.absent, p.line) for p in read.participants] == [
        ("Kirsten Bonde (DH Faaborg-Midtfyn, Scleroseforeningen)", False, 7),
        ("Hans Erik Møller (C)", False, 7),
        ("Lise Dam (A)", True, 7),
    ]
    assert [(a.name, a.line) for a in read.absences] == [("Lise Dam (A)", 13)]


def test_members_as_word_list_paragraphs_one_paragraph_each():
    """Skive (Word "Gem som webside"): each member a list paragraph of its own, its bullet
    "·" from the Symbol font."""
    read = parse(read_file(str(LAYOUTS / "skive_toc_uden_sidetal.html"))).meeting
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Peder Christian Kirkegaard (V)", False),
        ("Hans Kristian Bak (A)", True),
        ("Mogens Jespersen (V)", False),
        ("Niels-Jørgen Jørgensen (C)", False),
        ("Kjeld Bønkel (DF)", False),
        ("Erik Flyvholm (V)", False),
        ("Per Ulrik Kristensen (A)", False),
        ("Jeppe Lindholm (A)", False),
        ("Karsten Hvid (V)", False),
    ]


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Dagsorden og referat", "Dagsorden og referat"),
        ("DAGSORDEN OG REFERAT", "DAGSORDEN OG REFERAT"),
        ("Dagsorden og beslutningsprotokol", "Dagsorden og beslutningsprotokol"),
    ],
)
def test_agenda_and_minutes_in_one_title_is_the_label_and_the_body_is_the_line_below(title, label):
    """Vallensbæk: "Dagsorden og referat" above the body's name is one label; "og referat"
    is no body."""
    document = parse(
        from_text(
            f"Vallensbæk Kommune\n\n{title}\nBørne- og Kulturudvalget\n\n"
            "Mødedato: Tirsdag den 10. juni 2025" + ITEM,
            "x.txt",
        )
    )
    assert (document.meeting.label, document.meeting.body) == (label, "Børne- og Kulturudvalget")
    assert document.kind == "referat"  # the items' decisions make it minutes


def test_agenda_and_minutes_in_one_title_without_decisions_is_an_agenda():
    """The same title on the agenda sent out before the meeting: no decision yet."""
    document = parse(
        from_text(
            "Dagsorden og referat\nBørne- og Kulturudvalget\n\nMødedato: Tirsdag den 10. juni 2025"
            "\n\n1. Regnskab 2023\n\nIndstilling\nForvaltningen indstiller, at regnskabet "
            "godkendes.\n",
            "x.txt",
        )
    )
    assert (document.meeting.label, document.kind) == ("Dagsorden og referat", "dagsorden")


# Attendance as a Word table (Silkeborg): a header row naming the columns, the party's
# name with its letter, and the member's attendance.
ATTENDANCE = (
    "Medlem\tParti\tFremmøde\n"
    "Helle Gade\tSocialdemokratiet (A)\tTil stede\n"
    "Lars Dahl\tVenstre (V)\tAfbud\n"
    "Tina Bruun Holm\tDet Konservative Folkeparti (C)\tDeltog ikke\n"
    "Rasmus Frost\tEnhedslisten (Ø)\tTil stede\n"
)
MEETING_ROWS = "Referat\n\nUdvalg\tØkonomiudvalget\nMødedato\tTorsdag den 12. marts 2026\n\n"


@pytest.mark.parametrize(
    ("above", "label"),
    [
        ("Mødedeltagere\n\n", "Mødedeltagere"),  # as a DOCX reads: a blank line under the label
        ("MØDEDELTAGERE\n", "MØDEDELTAGERE"),
        ("", "Medlem"),  # no label: the column's heading
    ],
)
def test_a_member_table_with_a_status_column_lists_each_member_on_its_row(above, label):
    read = meeting(MEETING_ROWS + above + ATTENDANCE)
    first = MEETING_ROWS.count("\n") + above.count("\n") + 2  # the row below the header row
    assert [(p.name, p.absent, p.mark, p.line, p.listed_under) for p in read.participants] == [
        ("Helle Gade (A)", False, None, first, label),
        ("Lars Dahl (V)", True, "Afbud", first + 1, label),
        ("Tina Bruun Holm (C)", True, "Deltog ikke", first + 2, label),
        ("Rasmus Frost (Ø)", False, None, first + 3, label),
    ]
    # As "Afbud: Lars Dahl (V)" and "Deltog ikke: Tina Bruun Holm (C)" would give.
    assert [(a.name, a.mark, a.line) for a in read.absences] == [
        ("Lars Dahl (V)", "Afbud", first + 1),
        ("Tina Bruun Holm (C)", "Deltog ikke", first + 2),
    ]


def test_a_member_tables_header_may_name_the_members_deltagere_and_the_status_status():
    read = meeting(
        MEETING_ROWS + ATTENDANCE.replace("Medlem\tParti\tFremmøde", "Deltagere\tParti\tStatus")
    )
    assert [(p.name, p.absent, p.listed_under) for p in read.participants] == [
        ("Helle Gade (A)", False, "Deltagere"),
        ("Lars Dahl (V)", True, "Deltagere"),
        ("Tina Bruun Holm (C)", True, "Deltagere"),
        ("Rasmus Frost (Ø)", False, "Deltagere"),
    ]


def test_a_member_whose_status_is_neither_present_nor_absent_is_left_out():
    # A substitute's row: whose seat is not said, so no member is counted present.
    read = meeting(MEETING_ROWS + ATTENDANCE + "Kim Lauritzen\tVenstre (V)\tStedfortræder\n")
    assert "Kim Lauritzen (V)" not in [p.name for p in read.participants]
    assert len(read.participants) == 4


def test_a_two_column_table_under_medlemmer_is_the_member_list():
    """Sønderborg: a bold "Medlemmer" above a table of name and party, the absent member in
    the metadata table above it."""
    read = meeting(
        "Dagsorden\n\nBørne- og Uddannelsesudvalget\n\n"
        "Mødedato\tTirsdag den 3. februar 2026 kl. 16:00\nAfbud\tHelga Jensen (I)\n\n\n"
        "Medlemmer\n\n"
        "Stephan Kleinschmidt\tSlesvigsk Parti (S), formand\n"
        "Ellen Trane Nørby\tVenstre (V), næstformand\n"
        "Helga Jensen\tLiberal Alliance (I)\n"
    )
    assert [(p.name, p.absent, p.line, p.listed_under) for p in read.participants] == [
        ("Stephan Kleinschmidt (S)", False, 11, "Medlemmer"),
        ("Ellen Trane Nørby (V)", False, 12, "Medlemmer"),
        ("Helga Jensen (I)", True, 13, "Medlemmer"),
    ]
    assert [(a.name, a.mark, a.line) for a in read.absences] == [("Helga Jensen (I)", "Afbud", 6)]


@pytest.mark.parametrize(
    "table",
    [
        "Pkt.\tTitel\tSide\n1.\tGodkendelse af dagsorden\t2\n2.\tBudgetopfølgning\t3\n",
        "Tidspunkt\tPunkt\n15:00\tGodkendelse af dagsorden\n15:10\tBudgetopfølgning\n",
        # Staff: a column of names without a party or attendance column, and no label.
        "Navn\tFunktion\nKirsten Møller\tReferent\nPia Ravn\tØkonomichef\n",
        "Referent\tKirsten Møller\nSagsbehandler\tPia Ravn\n",
    ],
)
def test_other_tables_in_the_header_list_no_members(table):
    assert meeting(MEETING_ROWS + table).participants == ()
    # Below a list's label, a table that opens with no member's name is no member list.
    if not table.startswith("Navn"):
        assert meeting(MEETING_ROWS + "Mødedeltagere\n\n" + table).participants == ()


@pytest.mark.parametrize(
    ("rows", "absent"),
    [
        # A joint meeting's absent, under each committee's name.
        (
            "Afbud fra Teknik- og Miljøudvalget: Søren Bak (A)\n"
            "Afbud fra Klimaudvalget: Kim Fogh (V)\n",
            [
                ("Søren Bak (A)", "Afbud fra Teknik- og Miljøudvalget", 8),
                ("Kim Fogh (V)", "Afbud fra Klimaudvalget", 9),
            ],
        ),
        (
            "Fraværende fra Klimaudvalget: Kim Fogh (V)\n",
            [("Kim Fogh (V)", "Fraværende fra Klimaudvalget", 8)],
        ),
        # Two fields of absence in one header: both are read.
        (
            "Afbud: Søren Bak (A)\nFraværende: Kim Fogh (V)\n",
            [("Søren Bak (A)", "Afbud", 8), ("Kim Fogh (V)", "Fraværende", 9)],
        ),
    ],
)
def test_every_absence_field_of_the_header_and_whose_absent_it_lists(rows, absent):
    read = meeting(
        "Referat\n\nFællesmøde mellem Teknik- og Miljøudvalget og Klimaudvalget\n\n"
        "Mødedato: Mandag den 25. november 2024\n"
        "Til stede fra Teknik- og Miljøudvalget: Jens Kristian Mols (V), Søren Bak (A)\n"
        "Til stede fra Klimaudvalget: Lise Borup (A), Kim Fogh (V)\n" + rows
    )
    assert [(a.name, a.mark, a.line) for a in read.absences] == absent
    marked = {a.name: a.mark for a in read.absences}
    assert [(p.name, p.mark) for p in read.participants if p.absent] == list(marked.items())


def test_a_table_under_afbud_lists_the_absent_with_their_party_letters():
    """A Word table under "Afbud" (as under "Medlemmer"): each row an absent member, the
    party's letter from its second cell, not the first cell alone."""
    read = meeting(
        MEETING_ROWS + "Afbud\n\nLars Dahl\tVenstre (V)\nTina Bruun Holm\tDet Konservative "
        "Folkeparti (C)\n\nMedlemmer\n\nHelle Gade\tSocialdemokratiet (A)\n"
        "Lars Dahl\tVenstre (V)\n"
    )
    assert [(a.name, a.mark, a.line) for a in read.absences] == [
        ("Lars Dahl (V)", "Afbud", 8),
        ("Tina Bruun Holm (C)", "Afbud", 9),
    ]
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Helle Gade (A)", False),
        ("Lars Dahl (V)", True),
    ]


def test_a_table_under_stedfortraedere_seats_each_substitute():
    read = meeting(
        MEETING_ROWS + "Medlemmer\n\nHelle Gade\tSocialdemokratiet (A)\n\n"
        "Stedfortrædere\n\nKim Lauritzen\tVenstre (V)\nSara Holm\tEnhedslisten (Ø)\n"
    )
    assert [(p.name, p.line, p.listed_under) for p in read.participants] == [
        ("Helle Gade (A)", 8, "Medlemmer"),
        ("Kim Lauritzen (V)", 12, "Stedfortrædere"),
        ("Sara Holm (Ø)", 12, "Stedfortrædere"),
    ]


def test_a_party_column_may_hold_the_letter_alone():
    read = meeting(
        MEETING_ROWS + ATTENDANCE.replace("Venstre (V)", "V").replace("Enhedslisten (Ø)", "Ø")
    )
    assert [p.name for p in read.participants] == [
        "Helle Gade (A)",
        "Lars Dahl (V)",
        "Tina Bruun Holm (C)",
        "Rasmus Frost (Ø)",
    ]


def test_a_bare_capital_in_a_table_without_headings_is_no_party():
    # "X" marks a member present in some tables: no party letter "(X)".
    read = meeting(MEETING_ROWS + "Medlemmer\n\nHelle Gade\tX\nLars Dahl\tX\n")
    assert [p.name for p in read.participants] == ["Helle Gade", "Lars Dahl"]


def test_a_med_committees_members_under_the_labels_of_their_groups():
    """Svendborg's Hovedudvalg (HMU): "Ledelsesrepræsentanter:" and
    "Medarbejderrepræsentanter:", one member on each line, are two lists of the members;
    an office after a name without a party ("Trine Weber, HR-chef", "direktør for Social
    og Sundhed") is no member."""
    document = parse(read_file(str(LAYOUTS / "med_udvalg_grupper.txt")))
    assert [(p.name, p.absent, p.line, p.listed_under) for p in document.meeting.participants] == [
        ("Jesper Holm", False, 9, "Ledelsesrepræsentanter"),
        ("Anne Marie Skov", False, 9, "Ledelsesrepræsentanter"),
        ("Kim Lykke", False, 9, "Ledelsesrepræsentanter"),
        ("Trine Weber", False, 9, "Ledelsesrepræsentanter"),
        ("Mette Lind (FOA)", False, 15, "Medarbejderrepræsentanter"),
        ("Lise Brandt (BUPL)", False, 15, "Medarbejderrepræsentanter"),
        ("Henrik Nørgaard (Danmarks Lærerforening)", False, 15, "Medarbejderrepræsentanter"),
        ("Susanne Bech (Dansk Sygeplejeråd)", False, 15, "Medarbejderrepræsentanter"),
    ]
    assert [(a.name, a.mark) for a in document.meeting.absences] == [
        ("Bo Kristiansen (3F)", "Fraværende")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Fra ledelsen:", "Fra medarbejderne:"), ("Arbejdsgiversiden:", "Medarbejdersiden:")],
)
def test_the_two_sides_of_a_joint_body_are_lists_of_its_members(first, second):
    read = meeting(
        "Referat\n\nMED-Hovedudvalget\n\nDato: Tirsdag den 3. juni 2025\n\n"
        f"{first}\nKaren Holt, direktør\nJens Bo, skolechef\n\n"
        f"{second}\nSanne Lyng (FOA), næstformand\nOle Dam (HK)\n\nAfbud: Ole Dam (HK)"
    )
    assert [(p.name, p.absent, p.listed_under) for p in read.participants] == [
        ("Karen Holt", False, first[:-1]),
        ("Jens Bo", False, first[:-1]),
        ("Sanne Lyng (FOA)", False, second[:-1]),
        ("Ole Dam (HK)", True, second[:-1]),
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Tomas Breddam (A), formand, udpeget af Socialdemokratiet", ["Tomas Breddam (A)"]),
        ("Karina Vincentz (V), udpeget af Venstre, Lise Bay (F), valgt af Byrådet",
         ["Karina Vincentz (V)", "Lise Bay (F)"]),
        ("Ulla Brink, repræsentant for Ældre Sagen og Ældrerådet", ["Ulla Brink"]),
        # The member a substitute stands in for goes with the office.
        ("Kim Lauritzen (O), stedfortræder for Lise Bech (O), Ib Ek (V)",
         ["Kim Lauritzen (O)", "Ib Ek (V)"]),
        # Inside an organisation's parentheses, the office stays there.
        ("Peter Ahl (arbejdsmiljørepræsentant, repræsentant for Teknik og Miljø)",
         ["Peter Ahl (arbejdsmiljørepræsentant)"]),
        ("Trine Weber, HR-chef, Jens Bo, IT-chef", ["Trine Weber", "Jens Bo"]),
        # The list's last member, joined by "og" after an office.
        ("Karina Vincentz (V), valgt af Byrådet og Ole Bo (A)",
         ["Karina Vincentz (V)", "Ole Bo (A)"]),
        ("Ulla Brink, udpeget af DH og Ældre Sagen, Jens Bo", ["Ulla Brink", "Jens Bo"]),
    ],
)  # fmt: skip
def test_how_a_member_holds_the_seat_is_no_member(written, names):
    """Roskilde's Valgbestyrelse: "Tomas Breddam (A), formand, udpeget af
    Socialdemokratiet" is one member; "udpeget af ...", "valgt af ...", "repræsentant for
    ..." say who appointed the member, as "formand" says the office."""
    assert split_names(written) == names


@pytest.mark.parametrize("after_label", ["\n", " "])  # the first member below or beside it
def test_members_with_who_appointed_them_one_on_each_line(after_label):
    read = meeting(
        "Dagsorden\nValgbestyrelsen\n\nMødedato: Tirsdag den 20. januar 2026\n\n"
        f"Medlemmer:{after_label}Tomas Breddam (A), formand, udpeget af Socialdemokratiet\n"
        "Karina Vincentz (V), udpeget af Venstre\nLise Bay (F), udpeget af SF"
    )
    assert [(p.name, p.line) for p in read.participants] == [
        ("Tomas Breddam (A)", 6),
        ("Karina Vincentz (V)", 6),
        ("Lise Bay (F)", 6),
    ]


@pytest.mark.parametrize(
    "members",
    [
        # "Til stede:" a paragraph of its own, the names one paragraph with soft line breaks
        # (how Word renders it).
        "Til stede:\n\nMarianne Kaas (A), formand\nPeter Vinding (Sundbyvester "
        "Grundejerforening)\nLene Friis (C)",
        # One paragraph per member, the first right below the label.
        "Til stede:\nMarianne Kaas (A), formand\n\nPeter Vinding (Sundbyvester "
        "Grundejerforening)\n\nLene Friis (C)",
    ],
)
def test_members_below_their_label_across_blank_lines(members):
    read = meeting(
        "Amager Vest Lokaludvalg\n\nReferat\n\nDato: Tirsdag den 10. september 2024\n\n"
        f"{members}\n\nAfbud: Lene Friis (C)"
    )
    assert [(p.name, p.absent, p.line, p.listed_under) for p in read.participants] == [
        ("Marianne Kaas (A)", False, 7, "Til stede"),
        ("Peter Vinding (Sundbyvester Grundejerforening)", False, 7, "Til stede"),
        ("Lene Friis (C)", True, 7, "Til stede"),
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Referat af lokaludvalgsmøde", "Amager Vest Lokaludvalg"),
        ("Referat af mødet", "Amager Vest Lokaludvalg"),
        # The label's rest names the body when it does.
        ("Referat af mødet i Økonomiudvalget", "Økonomiudvalget"),
    ],
)
def test_a_label_naming_the_meeting_leaves_the_body_to_the_line_naming_it(title, body):
    read = meeting(
        f"Københavns Kommune\n\nAmager Vest Lokaludvalg\n\n{title}\n\n"
        "Dato: Tirsdag den 10. september 2024"
    )
    assert (read.label, read.body, read.municipality) == ("Referat", body, "København")


def test_a_front_page_in_two_columns_side_by_side_on_the_same_rows():
    """Vejle through pdftotext -layout: the meeting's fields on the left, "Medlemmer:" and a
    name on each row on the right of the same rows (some rows the name alone, after 95
    spaces), "Fraværende:" right-aligned below: both columns are read."""
    read = parse(read_file(str(LAYOUTS / "pdftotext_layout_to_spalter.txt"))).meeting
    assert (read.body, read.date, read.start, read.end, read.place) == (
        "Teknik- og Miljøudvalget",
        "2025-05-14",
        "15:00",
        "17:30",
        "Byrådssalen, Vejle Rådhus",
    )
    assert [(p.name, p.absent) for p in read.participants] == [
        ("Jens Ejner Christensen (V)", False),
        ("Mette Lene Jensen (A)", False),
        ("Per Vittrup (C)", False),
        ("Bente Holm (F)", False),
        ("Mikkel Dencker (DF)", True),
        ("Søren Bech (V)", False),
        ("Lotte Thygesen (A)", False),
    ]
    assert [(a.name, a.mark, a.line) for a in read.absences] == [
        ("Mikkel Dencker (DF)", "Fraværende", 17)
    ]


def test_field_labels_alone_with_their_values_in_blocks_below():
    """Plain pdftotext writes a front page's label column and value column as blocks of
    their own: "Mødedato:", a blank line, the date."""
    document = parse(read_file(str(LAYOUTS / "pdftotext_felter_blokke.txt")))
    read = document.meeting
    assert (read.date, read.date_line, read.start, read.end, read.place) == (
        "2024-11-04",
        7,
        "15:30",
        "18:00",
        "Mødelokale 1, Randers Rådhus, Laksetorvet 1",
    )
    assert [(p.name, p.line) for p in read.participants] == [
        ("Anne Marie Schou (A)", 17),
        ("Lars Fuglsang (V)", 17),
        ("Kristina Dam (A)", 17),
        ("Poul Kristensen (C)", 17),
        ("Malte Brix (F)", 17),
    ]
    assert read.absences == ()


def test_an_empty_field_alone_takes_no_field_or_label_below_as_its_value():
    read = meeting(
        "Mødested:\n\nReferat\n\nØkonomiudvalget\n\nMødedato:\n\nMandag den 3. marts 2025"
    )
    assert (read.place, read.label, read.body, read.date) == (
        None,
        "Referat",
        "Økonomiudvalget",
        "2025-03-03",
    )


@pytest.mark.parametrize(
    ("remarks", "noted"),
    [
        (
            "Mødet begyndte kl. 16.05. Jens Ove Nielsen (A) forlod mødet efter punkt 3. Jan E. "
            "Jørgensen (V) og Lone Ravn (V) deltog fra punkt 4.",
            "Per Bach Laursen (V) forlod mødet under behandlingen af punktet.",
        ),
        # The item first, the verb before the name; "kom sagen" names no one.
        (
            "Efter punkt 3 forlod Jens Ove Nielsen (A) mødet. Fra punkt 4 deltog Jan E. "
            "Jørgensen (V) og Lone Ravn (V).",
            "Under behandlingen af punktet forlod Per Bach Laursen (V) salen. Efter punkt 1 kom "
            "sagen om vejene op.",
        ),
    ],
)
def test_who_came_and_went_during_the_meeting_is_read_from_the_remarks_and_the_items(
    remarks, noted
):
    header = (
        "Referat\nKommunalbestyrelsen\n\nDato: Mandag den 16. februar 2026\n"
        "Medlemmer: Per Bach Laursen (V), Jan E. Jørgensen (V), Jens Ove Nielsen (A)\n"
        f"Bemærkninger: {remarks}\n"
        f"\n\n1. Valg af formand\n\nBeslutning\nHanne Rask (C) blev valgt. {noted}\n"
        "\n2. Eventuelt\n\nBeslutning\nIntet. Per Holm deltog ikke i behandlingen af punkt 2.\n"
    )
    document = parse(from_text(header, "x.txt"))
    assert [tuple(m) for m in document.meeting.movements] == [
        ("Jens Ove Nielsen (A)", False, "3", 6),
        ("Jan E. Jørgensen (V)", True, "4", 6),
        ("Lone Ravn (V)", True, "4", 6),
    ]
    assert [tuple(m) for m in document.items[0].movements] == [
        ("Per Bach Laursen (V)", False, "1", 12)
    ]
    assert document.items[1].movements == ()


def test_a_member_list_whose_label_a_table_centres_beside_its_middle_row():
    """Ikast-Brande (probe round ZK, ZK3): a header table prints "Deltagere" in its label
    column beside the 2nd of the names, so the first name stands above the label, in the
    value column alone. It is a participant as much as the names below the label; a row in
    the value column under another field's row is not."""
    found = meeting(
        "Referat\nBørne- og Familieudvalget\n\nMødedato\tTirsdag den 7. september 2021\n\n"
        "\tIb Lauritsen (A), formand\nDeltagere\tAnne Mette Kjeldsen (V)\n"
        "\tJens Kristian Boe (A)\n\tMette Søndergaard (F)\n\nFraværende\tRasmus Bach Kruse (C)"
    )
    assert sorted(p.name for p in found.participants) == [
        "Anne Mette Kjeldsen (V)", "Ib Lauritsen (A)", "Jens Kristian Boe (A)",
        "Mette Søndergaard (F)",
    ]  # fmt: skip
    assert [absence.name for absence in found.absences] == ["Rasmus Bach Kruse (C)"]
    found = meeting(
        "Referat\nBørne- og Familieudvalget\n\nSted\tRådhuset\n\tMødelokale 2\n"
        "Deltagere\tAnne Mette Kjeldsen (V)\n\tJens Kristian Boe (A)"
    )
    assert [p.name for p in found.participants] == [
        "Anne Mette Kjeldsen (V)", "Jens Kristian Boe (A)"
    ]  # fmt: skip
