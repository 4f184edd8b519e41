"""Each layout family's tricky spots, pages from form feeds, and layouts the parser was
not written for: generic cues must still give a faithful model, and never a crash."""

import re
import zipfile

import pytest
from conftest import CLEAN, FIXTURES, seed_path, seed_text
from referatlint.parse import parse
from referatlint.parse.document import (
    dashed_page_number,
    page_numbers_in_step,
    pages_from_numbers,
    printed_pages,
    slashed_page_number,
    slashed_page_numbers,
)
from referatlint.parse.layouts import CASE_NUMBER
from referatlint.parse.vocabulary import DEFAULT, Vocabulary
from referatlint.read import read
from referatlint.read.source import from_text

LAYOUTS = FIXTURES / "layouts"


def parsed(text: str, path: str = "x.txt"):
    return parse(from_text(text, path))


def seed(prefix: str):
    return parsed(seed_text(prefix))


def test_field_header_glued_first_heading_is_split_from_the_punkter_list():
    document = seed("000")
    assert document.layout == "field-header"
    assert [(e.number, e.title) for e in document.toc][-1] == ("6", "Underskriftsark")
    assert len(document.toc) == 6
    first = document.items[0]
    assert (first.number, first.title, first.line) == (
        "1",
        "Godkendelse af dagsorden til mødet den 6. januar",
        29,
    )
    # The title printed again below the heading is not body text.
    assert first.sections[0].heading == "Sagsgang og sagstype"


def test_field_header_meeting_fields_on_their_own_lines():
    meeting = seed("000").meeting
    assert (meeting.body, meeting.label, meeting.place) == (
        "Socialudvalget",
        "Referat",
        "Kanalstræde 2, mødelokale 0.13",
    )
    assert (meeting.date, meeting.start, meeting.end) == ("2020-01-06", "16:00", "18:30")


def test_field_header_decision_heading_names_body_and_date_and_file_names_are_unglued():
    item = seed("000").items[3]
    decision = item.decision
    assert (decision.heading, decision.body, decision.date) == (
        "Beslutning i Socialudvalget den 06-01-2020",
        "Socialudvalget",
        "2020-01-06",
    )
    assert decision.text == "Orientering taget til efterretning"
    names = [a.text for a in item.attachments]
    assert names[0].startswith("caseno18-35080_#5092184_v2_bilag") and names[0].endswith(".pdf")
    assert names[2:] == [
        "Bilag til slutevaluering Pilotprojekt sammenhængende borgerforløb",
        "Projektbeskrivelse af forlængelse af projekt sammenhængende borgerforløb",
    ]


def test_punkt_layout_toc_with_dot_leaders_tab_and_pages():
    document = seed("001")
    assert document.layout == "punkt"
    assert [(e.number, e.page) for e in document.toc] == [
        (None, 3),
        (None, 5),
        (None, 7),
        (None, 8),
        (None, 9),
        (None, 11),
        (None, 14),
        (None, 17),
        (None, 18),
    ]
    assert document.toc[3].title == (
        "Drøftelse af dagsorden til dialogmøde med Handicaprådet i november 2021"
    )


def test_punkt_header_over_items_numbered_without_the_word_punkt(cli, tmp_path):
    """The punkt family's header ("REFERAT ... d. 04-11-2024", "Mødedato", "Mødested") over
    items headed "1. Title": the family is told by the header, the items are read in the
    generic way (they were none, and RL903 hid every other finding)."""
    name = "punkt_hoved_numre_uden_ordet_punkt.txt"
    document = fixture(name)
    assert document.layout == "punkt"
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 7),
        ("2", "Eventuelt", 13),
    ]
    found = findings_with_defects(cli, tmp_path, name, [("2. Eventuelt", "3. Eventuelt")])
    assert found == ["13:1: RL201"]
    run = cli([tmp_path / name, "--output-format", "concise"])
    assert run.out.splitlines()[0].partition(" ")[2] == (
        "RL201 [punkt 3] Punktnummeret springer fra 1 til 3; 2 mangler."
    )


def test_punkt_family_keeps_a_numbered_list_out_of_its_punkt_n_items():
    """What the punkt family is for: where its items read "Punkt 1: Title", a numbered list
    in an item ("1. Budgetforslaget godkendes" ... "3.") stays the item's text, though it
    has more rows than the document has items."""
    text = (
        "REFERAT 5-24 Udvalget for Klima og Miljø d. 04-11-2024\n\n"
        "Mødedato Mandag d. 04. november 2024 kl. 17:00\n\n"
        "Mødested Rådhuset, mødelokale 3\n\n"
        "Punkt 1: Budget 2025\n\nIndstilling\n\nAdministrationen indstiller, at:\n\n"
        "1. Budgetforslaget godkendes\n\n2. Anlægsrammen fastholdes\n\n"
        "3. Takster for affald hæves\n\nBeslutning\n\nGodkendt.\n\n"
        "Punkt 2: Eventuelt\n\nBeslutning\n\nIntet.\n"
    )
    document = parsed(text)
    assert document.layout == "punkt"
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Budget 2025", 7),
        ("2", "Eventuelt", 23),
    ]
    recommendation = document.items[0].sections[0]
    assert [line.text for line in recommendation.body][-1] == "3. Takster for affald hæves"


@pytest.mark.parametrize("heading", ["{}. ", "{}) "])
@pytest.mark.parametrize(
    ("path", "numbers"),
    [(CLEAN, "41 42 43 44"), (seed_path("002"), "1 2 3 4 5 6 7")],
    ids=["eksempel", "seed002"],
)
def test_punkt_family_reads_bare_numbered_items_as_it_reads_punkt_n(
    cli, tmp_path, path, numbers, heading
):
    """ "41. Title" and "41) Title" for "Punkt 41: Title" under the punkt family's header
    give the same items and the same findings (the seed's twelve)."""
    text = path.read_text("utf-8")
    bare = re.sub(r"(?m)^Punkt (\d+): ", lambda match: heading.format(match[1]), text)
    assert bare.count("\n") == text.count("\n") and "\nPunkt " not in bare
    original, variant = parsed(text), parsed(bare)
    assert variant.layout == original.layout == "punkt"
    assert [item.number for item in variant.items] == numbers.split()
    assert variant.items == original.items
    findings = []
    for folder, content in (("punkt", text), ("tal", bare)):
        (tmp_path / folder).mkdir()
        file = tmp_path / folder / path.name
        file.write_text(content, "utf-8")
        run = cli([file, "--output-format", "concise"])
        findings.append([line.removeprefix(f"{file}:") for line in run.out.splitlines()])
    assert findings[1] == findings[0]


@pytest.mark.parametrize(
    ("route", "bodies", "listed"),
    [
        ("Beredskabskommissionen", ("Beredskabskommissionen",), ()),
        ("Handicaprådet", ("Handicaprådet",), ()),
        ("Seniorforum", ("Seniorforum",), ("Seniorforum",)),  # a name only the profile knows
    ],
)
def test_a_councils_or_commissions_name_in_the_case_route_is_a_body(route, bodies, listed):
    text = (
        "REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Kvalitetsstandard for hjemmehjælp\n\n"
        f"Sagsgang og sagstype\n\n{route}\n\nBeslutningssag\n"
    )
    item = parse(from_text(text, "x.txt"), Vocabulary(bodies=listed)).items[0]
    assert (item.bodies, item.case_type) == (bodies, "Beslutningssag")


def test_punkt_layout_case_route_and_history():
    items = {item.number: item for item in seed("001").items}
    assert (items["122"].case_type, items["122"].case_type_line) == ("Beslutnings sag", 134)
    assert items["122"].bodies == ("Socialudvalget", "Kommunalbestyrelsen")
    assert items["125"].case_type is None  # bodies only, no case type
    history = items["125"].history
    assert [(h.date, h.body, h.status) for h in history[:2]] == [
        ("2021-11-01", "Socialudvalget", "Beslutning ikke frigivet"),
        ("2021-11-02", "Udvalget for Beskæftigelse og Uddannelse", "Beslutning ikke frigivet"),
    ]
    assert items["122"].case_number == "21-021702"


def test_history_lines_that_name_the_body_before_the_date():
    """Kerteminde's "Sagens forløb": "Body den DATE: decision", or the decision on the lines
    below, or "Body, DATE, pkt. N:"; a sentence with a body and a date in it is no entry."""
    text = (
        "REFERAT Kommunalbestyrelsen d. 28-03-2019\n\n"
        "Punkt 1: Lokalplan 2018-04 - endelig vedtagelse\n\nSagens forløb\n"
        "Teknik- og Miljøudvalget den 07-01-2019: Anbefales sendt i høring.\n"
        "Kommunalbestyrelsen den 31-01-2019: Tiltrådt.\n\n"
        "Punkt 2: Anlægsbevilling - ny daginstitution\n\nSagens forløb\n"
        "Kommunalbestyrelsen den 31. januar 2019:\nForslaget sendes i høring.\n"
        "Økonomiudvalget den 18. marts 2019:\nAnbefales over for Kommunalbestyrelsen.\n\n"
        "Punkt 3: Budgetopfølgning\n\nSagens forløb\n"
        "Kommunalbestyrelsen, 31. januar 2019, pkt. 12:\nForslaget sendes i høring.\n"
        "Sagen blev drøftet i Økonomiudvalget den 18. marts 2019: se bilag.\n"
    )
    items = parse(from_text(text, "x.txt")).items
    assert [[(h.date, h.body, h.status, h.line) for h in item.history] for item in items] == [
        [
            ("2019-01-07", "Teknik- og Miljøudvalget", "Anbefales sendt i høring.", 6),
            ("2019-01-31", "Kommunalbestyrelsen", "Tiltrådt.", 7),
        ],
        [
            ("2019-01-31", "Kommunalbestyrelsen", "Forslaget sendes i høring.", 12),
            ("2019-03-18", "Økonomiudvalget", "Anbefales over for Kommunalbestyrelsen.", 14),
        ],
        [
            (
                "2019-01-31",
                "Kommunalbestyrelsen",
                "Forslaget sendes i høring. Sagen blev drøftet i Økonomiudvalget den 18. marts "
                "2019: se bilag.",
                20,
            )
        ],
    ]


def test_punkt_layout_participants_wrap_and_absences_in_every_item():
    document = seed("003")
    names = [(p.name, p.absent) for p in document.meeting.participants]
    assert ("Kanga Kandasamy", False) in names and ("Lars Qvist", True) in names
    for item in document.items:
        assert [a.name for a in item.absences] == ["Lars Qvist"], item.number


def test_odense_kle_numbers_upper_case_indstilling_and_unheaded_decisions():
    items = seed("002").items
    assert items[0].case_number == "00.01.00-A00-402-18"
    assert [(s.heading, s.canonical) for s in items[0].sections][2] == (
        "INDSTILLING",
        "Indstilling",
    )
    assert [(s.heading, s.canonical) for s in items[0].sections][5] == (
        "Økonomi",
        "Økonomiske konsekvenser",
    )
    for item in items[2:]:
        assert (item.decision.heading, item.decision.text) == (None, "Orientering givet."), (
            item.number
        )
    # The unheaded decision is not also left in the Resume section.
    assert all("Orientering givet." not in line.text for line in items[2].sections[0].body)


def test_toc_table_rows_groups_kle_before_heading_and_toc_order():
    document = seed("004")
    assert document.layout == "toc-table"
    order = ["96", "101", "97", "98", "99", "100", "102", "103", "104"]  # as printed
    assert [e.number for e in document.toc] == order
    assert document.toc[0].title == "Omgørelsesprocenter 2020 på det sociale område"  # no <u>
    assert [e.group for e in document.toc[:3]] == [
        "Åben dagsorden",
        "Åben dagsorden",
        "Udvalget for Læring",
    ]
    assert [i.number for i in document.items] == order
    assert document.items[0].case_number == "00.00.00-I02-1-21"


def test_toc_table_trailing_parts_and_quoted_decisions_are_not_the_items():
    document = seed("004")
    assert [(p.kind, p.heading, p.line) for p in document.parts] == [
        ("attachments", "Bilag", 571),
        ("signatures", "Underskrifter", 581),
    ]
    assert [e.text for e in document.parts[1].entries][-1] == "Torsten Sonne Petersen"
    item_100 = document.items[5]
    # "Beslutning fra Byrådet ..., pkt. 145:" quotes another body's decision ...
    assert [s.heading for s in item_100.sections].count("Beslutning") == 1
    assert item_100.decision.text == "Punktet er drøftet."
    # ... and the council's "Fraværende:" there is not this meeting's absence.
    assert item_100.absences == ()
    assert document.items[-1].end_line == 567


def test_form_feeds_give_every_item_its_page():
    text = seed_text("001")
    lines = text.split("\n")
    # A page break before every item heading: items start on pages 2, 3, 4, ...
    with_breaks = "\n".join("\f" + line if line.startswith("Punkt ") else line for line in lines)
    document = parsed(with_breaks)
    assert document.pages == 10
    assert [item.page for item in document.items] == list(range(2, 11))
    assert [item.line for item in document.items] == [item.line for item in seed("001").items]


# Layouts from other systems, written to test the generic cues.


def fixture(name: str):
    return parse(from_text((LAYOUTS / name).read_text("utf-8"), name))


def test_generic_pkt_with_headings_and_text_on_one_line():
    document = fixture("pkt_inline.txt")
    assert document.layout == "generic"
    assert [(i.number, i.title) for i in document.items] == [
        ("12", "Godkendelse af dagsorden"),
        ("13", "Tilskud til foreningernes lokaler 2024"),
        ("14", "Eventuelt"),
    ]
    item = document.items[1]
    assert item.case_number == "24/004512"
    assert [s.canonical for s in item.sections] == [
        "Sagsfremstilling",
        "Indstilling",
        "Økonomiske konsekvenser",
        "Miljø- og klimamæssige konsekvenser",
        "Beslutning",
    ]
    assert item.decision.text == "Godkendt som indstillet."
    meeting = document.meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2024-03-12", "16:30", "18:00")
    assert [p.name for p in meeting.participants] == [
        "Anne Berg",
        "Per Holm",
        "Sofie Lind",
        "Jonas Friis",
    ]


def test_generic_sag_headings_upper_case_sections_and_loose_date_line():
    document = fixture("sag_protokol.txt")
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Meddelelser"),
        ("2", "Anlægsbevilling til ny cykelsti langs Ringvejen"),
        ("3", "Salg af grund på Industrivej 14"),
    ]
    assert document.items[1].case_number == "05.01.02-P20-3-23"
    assert document.items[2].decision.text == "Godkendt."
    meeting = document.meeting
    assert (meeting.body, meeting.date, meeting.weekday, meeting.start, meeting.end) == (
        "Økonomiudvalget",
        "2024-04-02",
        "Tirsdag",
        "15:00",
        "17:30",
    )
    assert [a.name for a in meeting.absences] == ["Mads Lund"]


def test_header_absences_keep_the_mark_as_written():
    document = parsed(
        "Referat\n\nMødedato: 2. april 2024\nAfbud: Mads Lund og Eva Holm\n\n"
        "Punkt 1: Meddelelser\n\nIngen.\n"
    )
    assert [(a.name, a.mark, a.line) for a in document.meeting.absences] == [
        ("Mads Lund", "Afbud", 4),
        ("Eva Holm", "Afbud", 4),
    ]


MEETING_TIMES = """\
Faaborg-Midtfyn Kommune

REFERAT

Børne- og Skoleudvalget

Dato: Mandag den 3. november 2025
{start}
{end}
Mødested: Mødelokale 3, Rådhuset, Faaborg
Deltagere: Tom Ulriksen (formand), Lise Rasmussen, Jens Erik Hansen
Fraværende: Ingen

Punkt 1: Godkendelse af dagsorden

Beslutning

Godkendt.

Punkt 2: Eventuelt

Beslutning

Intet.
"""


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("Start kl.: 16:00", "Slut kl.: 18:30"),
        ("Start kl. 16.00", "Slut kl. 18.30"),
        ("Start: 16:00", "Slut: 18:30"),
        ("START KL.: 16:00", "SLUT KL.: 18:30"),
        ("Starttidspunkt: 16:00", "Sluttidspunkt: 18:30"),
    ],
)
def test_start_and_end_of_the_meeting_on_lines_of_their_own(cli, tmp_path, start, end):
    """ "Start kl.: 16:00" and "Slut kl.: 18:30" below the date give the meeting's times,
    as "kl. 16:00" after the date does; the date, body and place are read as before, and
    a correct document with such a header gives no findings."""
    text = MEETING_TIMES.format(start=start, end=end)
    meeting = parsed(text).meeting
    assert (meeting.body, meeting.date, meeting.date_line, meeting.place) == (
        "Børne- og Skoleudvalget",
        "2025-11-03",
        7,
        "Mødelokale 3, Rådhuset, Faaborg",
    )
    assert (meeting.start, meeting.end) == ("16:00", "18:30")
    assert [p.name for p in meeting.participants][1:] == ["Lise Rasmussen", "Jens Erik Hansen"]
    path = tmp_path / "referat.txt"
    path.write_text(text, "utf-8")
    run = cli([path, "--output-format", "concise", "--no-cache"])
    assert (run.code, run.out) == (0, "")


@pytest.mark.parametrize(
    ("header", "body", "date_text"),
    [
        ("REFERAT\n\nByrådet\n\nMødedato: Tirsdag den 4.-5. november 2025 kl. 9.00",
         "Byrådet", "4.-5. november 2025"),
        ("REFERAT Byrådet 4.–5. november 2025", "Byrådet", "4.–5. november 2025"),
        ("REFERAT\n\nByrådet\n\nDato: 04.-05.11.2025", "Byrådet", "04.-05.11.2025"),
        ("REFERAT\n\nByrådet\n\nMødedato: Tirsdag den 4. og onsdag den 5. november 2025",
         "Byrådet", "4. og onsdag den 5. november 2025"),
        ("REFERAT\n\nByrådet\n\nMødedato: 4. og 5. november 2025", "Byrådet",
         "4. og 5. november 2025"),
        ("REFERAT Byrådet 4. til 5. november 2025", "Byrådet", "4. til 5. november 2025"),
    ],
)  # fmt: skip
def test_a_meeting_date_written_as_a_range_of_days(header, body, date_text):
    """ "4.-5. november 2025": the meeting's first day is the 4th and its last the 5th (not
    a meeting on the 5th), and the range is no part of the body's name."""
    meeting = parsed(
        header + "\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    ).meeting
    assert (meeting.body, meeting.date, meeting.last_date, meeting.date_text) == (
        body,
        "2025-11-04",
        "2025-11-05",
        date_text,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Dato: 1.-20. november 2025",  # too long for a meeting
        "Byrådsmøde nr. 19 - 20. november 2025",  # a number, not a first day
        "Dato: 1. og 20. november 2025",  # two meetings, not one of three weeks
    ],
)
def test_a_date_after_a_dash_that_opens_no_meeting_of_several_days(line):
    meeting = parsed(f"REFERAT\n\nByrådet\n\n{line}\n\nPunkt 1: Eventuelt\n").meeting
    assert (meeting.date, meeting.last_date) == ("2025-11-20", None)


def test_svendborg_start_and_end_lines_give_the_meeting_times():
    meeting = fixture("svendborg_referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2025-03-11", "08:30", "11:15")


def test_generic_parenthesis_numbers_against_numbered_lists():
    document = fixture("parentes_dagsorden.txt")
    assert [i.number for i in document.items] == ["1", "2", "3"]  # "1) klubberne ..." is a list
    assert document.kind == "dagsorden"  # empty decision headings do not make it minutes
    assert document.items[2].sections[0].lists[0].entries[-1].number == 2
    assert [(e.number, e.page) for e in document.toc] == [("1", 2), ("2", 2), ("3", 3)]


def test_generic_punkt_number_alone_with_the_title_below():
    document = fixture("punkt_alene.txt")
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af referat fra sidste møde", 5),
        ("2", "Høring om madservice", 12),
    ]
    assert document.meeting.body == "Ældrerådet"
    assert document.items[1].sections[0].heading == "Indstilling"


@pytest.mark.parametrize(
    ("title", "body", "date"),
    [
        ("Referat fra Byrådets møde onsdag den 17. april 2024", "Byrådet", "2024-04-17"),
        ("Dagsorden for Teknik- og Miljøudvalgets ordinære møde den 3. april 2024",
         "Teknik- og Miljøudvalget", "2024-04-03"),
        ("Referat fra mødet i Økonomiudvalget den 3. april 2024", "Økonomiudvalget", "2024-04-03"),
    ],
)  # fmt: skip
def test_the_body_whose_meeting_the_title_names(title, body, date):
    document = parsed(f"{title}\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert (document.meeting.body, document.meeting.date) == (body, date)


def test_a_participants_table_gives_the_names_in_its_first_column():
    document = parsed(
        "Referat\n\nØkonomiudvalget\n\nMedlemmer:\nNavn\tParti\nAnne Berg\tA\nPer Holm\tV\n"
        "Fraværende: Per Holm\n\nPunkt 1: Budget\n"
    )
    assert [(p.name, p.absent) for p in document.meeting.participants] == [
        ("Anne Berg (A)", False), ("Per Holm (V)", True)
    ]  # fmt: skip


def test_signatures_under_underskriftsblad_are_a_part_of_their_own():
    document = parsed(
        "REFERAT Byrådet d. 17-04-2024\n\nPunkt 1: Salg af grund\n\nBeslutning\n\nGodkendt.\n\n"
        "Underskriftsblad\n\nJens Holm\n\nAnne Berg\n"
    )
    assert document.items[0].decision.text == "Godkendt."
    assert [(p.kind, [e.text for e in p.entries]) for p in document.parts] == [
        ("signatures", ["Jens Holm", "Anne Berg"])
    ]


def test_a_title_wrapped_onto_the_next_line_is_joined_by_the_toc_key_and_cleaned():
    document = parsed(
        "Indholdsfortegnelse\n\n1. Godkendelse af dagsorden\t2\n"
        "2. Tilskud til foreningernes lokaler - 2024\t2\n"
        "3. Salg af grund på Industrivej 14\t3\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "Punkt 2: Tilskud til foreningernes\nlokaler – 2024\n\nGodkendt.\n\n"
        "Punkt 3: <u>Salg af grund på\nIndustrivej 14</u>\n\nGodkendt.\n"
    )
    # The dash differs from the table of contents; the markup closes on the second line.
    assert [item.title for item in document.items] == [
        "Godkendelse af dagsorden",
        "Tilskud til foreningernes lokaler – 2024",
        "Salg af grund på Industrivej 14",
    ]


def test_decision_heading_dates_in_every_known_form_and_others_kept_as_written():
    document = parsed(
        "Punkt 1: Budget\n\nBeslutning i Økonomiudvalget den 6/1 2020\n\nGodkendt.\n\n"
        "Punkt 2: Regnskab\n\nBeslutning den 12.03.20\n\nGodkendt.\n"
    )
    assert [(i.decision.body, i.decision.date, i.decision.date_text) for i in document.items] == [
        ("Økonomiudvalget", "2020-01-06", "6/1 2020"),
        (None, None, "12.03.20"),
    ]


def test_half_years_and_abbreviated_months_after_a_number_are_no_list_entries():
    document = parsed(
        "Punkt 1: Budget\n\nSagsfremstilling\n\nPlanen:\n1. Udbud\n2. Kontrakt\n\n"
        "Byggeriet slutter i\n2. halvdel af 2025, og driften begynder\n1. sept. 2026.\n"
    )
    [section] = document.items[0].sections
    assert [[entry.number for entry in found.entries] for found in section.lists] == [[1, 2]]


def test_item_titles_that_open_with_a_number_head_their_items_without_a_toc():
    document = fixture("titler_med_tal_foerst_referat.txt")
    assert [(i.number, i.title, i.line, i.case_number) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 12, None),
        ("2", "10-årig anlægsplan for affald og genbrug 2027-2036", 18, "07.00.00-Ø60-3-26"),
        ("3", "2. behandling af affaldsregulativ 2027", 50, "07.00.05-P24-1-25"),
        ("4", "48 almene ældreboliger i Nørre Alslev - skema A", 75, "03.02.02-P19-2-26"),
        ("5", "3. etape af cykelstien Vordingborg-Masnedø", 97, "05.01.08-G01-1-26"),
        ("6", "Eventuelt", 119, None),
    ]
    # "1. 10-årig anlægsplan ..." under "Indstilling" is that section's list, not an item.
    assert document.items[1].decision.text.startswith("Godkendt.")


def test_word_heading_1_titles_opening_with_a_number_head_their_items():
    document = parse(read(LAYOUTS / "titler_med_tal_word_overskrift1.docx"))
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 9),
        ("2", "10-årig anlægsplan 2027-2036", 11),
        ("3", "3. etape af cykelstien Fredericia-Taulov", 29),
        ("4", "Eventuelt", 47),
    ]


@pytest.mark.parametrize(
    "title", ["100-dages plan for det nye byråd", "2027-budgettet - proces", "4 nye ladestandere"]
)
def test_a_title_opening_with_a_number_between_items_is_an_item(title):
    document = parsed(
        "Dagsorden\n\n1. Godkendelse af dagsorden\n\n"
        f"2. {title}\n\nSagsfremstilling\nTekst om sagen.\n\n"
        "Indstilling\nDirektionen indstiller, at sagen godkendes.\n\n3. Eventuelt\n"
    )
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", title),
        ("3", "Eventuelt"),
    ]


def test_amounts_and_dates_after_a_number_standing_apart_are_no_items():
    document = parsed(
        "Dagsorden\n\n1. Godkendelse af dagsorden\n\n2. Budget 2027 - proces\n\n"
        "Sagsfremstilling\nDirektionen foreslår to ændringer:\n\n"
        "3. 500 kr. pr. indbygger flyttes fra anlæg til drift\n\n"
        "4. 2. marts 2026 holdes budgetseminar\n\n"
        "Indstilling\nDirektionen indstiller, at sagen godkendes.\n\n3. Eventuelt\n"
    )
    assert [(i.number, i.line) for i in document.items] == [("1", 3), ("2", 5), ("3", 17)]


def test_a_toc_title_differing_from_a_numbered_title_in_one_number_names_that_item(cli, tmp_path):
    path = tmp_path / "dagsorden.txt"
    path.write_text(
        "Dagsorden\nByrådet\nMødedato: Mandag den 26. januar 2026\n\n"
        "Indholdsfortegnelse\n1. Godkendelse af dagsorden\n"
        "2. 4. etape af cykelstien Fredericia-Taulov\n3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\n\n2. 3. etape af cykelstien Fredericia-Taulov\n\n"
        "Sagsnr.: 25/09914\nBeslutningskompetence: Byrådet\n\n"
        "Sagsfremstilling\n3. etape er 3,1 km.\n\nØkonomiske konsekvenser\nIngen.\n\n"
        "Miljø- og klimamæssige konsekvenser\nIngen.\n\n"
        "Indstilling\nDirektionen indstiller, at der gives en anlægsbevilling.\n\n3. Eventuelt\n",
        "utf-8",
    )
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:").split("]")[0] for line in run.out.splitlines()] == [
        "7:1: RL306 [punkt 2"
    ]


def test_fixed_and_closed_items_printed_as_a_title_alone_are_items_without_a_toc():
    document = fixture("faste_punkter_kun_titel_dagsorden.txt")
    assert [(i.number, i.title, i.line, i.closed) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 13, False),
        ("2", "Plan for det nye byråds første 100 dage", 16, False),
        ("3", "Budget 2027 - proces og økonomiske rammer", 45, False),
        ("4", "Meddelelser", 82, False),
        ("5", "Køb af areal til regnvandsbassin", 85, True),
    ]
    # "1. At budgetprocessen ... godkendes." ... "4. At ..." stay item 3's recommendation.
    [recommendation] = document.items[2].section("Indstilling").lists
    assert [entry.number for entry in recommendation.entries] == [1, 2, 3, 4]


def test_a_name_in_a_closed_title_alone_is_found_between_items_with_case_numbers(cli, tmp_path):
    text = (LAYOUTS / "faste_punkter_kun_titel_dagsorden.txt").read_text("utf-8")
    path = tmp_path / "dagsorden.txt"
    path.write_text(text.replace("regnvandsbassin", "regnvandsbassin - Karl Erik Hansen"), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:").split("]")[0] for line in run.out.splitlines()] == [
        "85:1: RL701 [punkt 5"
    ]


def test_a_closed_title_alone_after_a_skipped_number_is_the_item_rl201_reports(cli, tmp_path):
    """A title marked closed is no list's entry: numbered one past the next number, it is
    still the last item, and the number skipped is reported (Aarhus, printed from its
    portal, probe round ZG)."""
    text = (LAYOUTS / "faste_punkter_kun_titel_dagsorden.txt").read_text("utf-8")
    path = tmp_path / "dagsorden.txt"
    path.write_text(text.replace("5. Lukket punkt", "6. Lukket punkt"), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:") for line in run.out.splitlines()] == [
        "85:1: RL201 [punkt 6] Punktnummeret springer fra 4 til 6; 5 mangler."
    ]


def test_a_list_of_titles_in_the_last_item_numbered_past_it_is_no_item():
    text = (LAYOUTS / "faste_punkter_kun_titel_dagsorden.txt").read_text("utf-8")
    text = text[: text.index("Indstilling\nDirektionen indstiller,\n\n1.")] + (
        "Sagen har fire bilag:\n\n1. Tidsplan for budget 2027-2030\n\n2. Rammeoversigt\n\n"
        "3. Budgetreserve\n\n4. Høringsplan\n"
    )
    document = parsed(text)
    assert [(i.number, i.line) for i in document.items] == [("1", 13), ("2", 16), ("3", 45)]


def test_dagsordenpunkt_number_alone_with_the_title_below():
    document = parsed("Referat\n\nDagsordenpunkt 3\nBudget 2025\n\nBeslutning\n\nGodkendt.\n")
    assert [(i.number, i.title, i.line) for i in document.items] == [("3", "Budget 2025", 3)]
    assert document.items[0].decision.text == "Godkendt."


def test_a_title_below_a_number_alone_may_wrap_too():
    document = parsed(
        "Indholdsfortegnelse\n\n1. Tilskud til foreningernes lokaler 2024\t2\n2. Eventuelt\t3\n\n"
        "Punkt 1\nTilskud til foreningernes\nlokaler 2024\n\nBeslutning\n\nGodkendt.\n\n"
        "Punkt 2\nEventuelt\n\nIntet.\n"
    )
    assert [item.title for item in document.items] == [
        "Tilskud til foreningernes lokaler 2024",
        "Eventuelt",
    ]


def test_running_footers_copied_from_a_pdf_are_no_part_of_an_item():
    # Headings without blank lines around them and "Side N af M" left between the items.
    text = (LAYOUTS / "sidefod_uden_luft.txt").read_text("utf-8")
    document = parsed(text)
    assert [(i.number, i.decision.text, i.end_line) for i in document.items] == [
        ("1", "Godkendt.", 20),
        ("2", "Taget til efterretning.", 34),
        ("3", "Godkendt.", 55),
        ("4", "Intet.", 59),
    ]
    assert all(
        "Side" not in line.text for i in document.items for s in i.sections for line in s.body
    )


def test_a_running_footer_inside_the_table_of_contents_splits_nothing(cli, tmp_path):
    text = (LAYOUTS / "sidefod_uden_luft.txt").read_text("utf-8")
    toc_row = "2. Budgetopfølgning pr. 29. februar 2024\t2\n"
    text = text.replace(toc_row, toc_row + "\n   Side 1 af 5   \n\n")
    document = parsed(text)
    assert [(e.number, e.page) for e in document.toc] == [("1", 2), ("2", 2), ("3", 3), ("4", 4)]
    assert [i.number for i in document.items] == ["1", "2", "3", "4"]
    path = tmp_path / "toc.txt"
    path.write_text(text, encoding="utf-8")
    run = cli([path, "--output-format", "concise", "--fail-on", "warning"])
    assert (run.code, run.out) == (0, "")


def test_an_empty_decision_before_a_running_footer_is_found(cli, tmp_path):
    text = (LAYOUTS / "sidefod_uden_luft.txt").read_text("utf-8")
    path = tmp_path / "tom.txt"
    path.write_text(text.replace("Taget til efterretning.\n", ""), encoding="utf-8")
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:33:1: RL402 [punkt 2, side 2] Beslutningen under »Beslutning« er tom."
    ]


def test_side_n_af_m_footers_give_a_text_copy_its_pages(cli, tmp_path):
    # Copied from a PDF without page breaks: the footers still say where each page ends.
    text = (LAYOUTS / "sidefod_uden_luft.txt").read_text("utf-8")
    document = parsed(text)
    assert document.pages == 4
    assert [(i.number, i.page) for i in document.items] == [("1", 2), ("2", 2), ("3", 3), ("4", 4)]
    assert [document.page_of(line) for line in (1, 15, 16, 36, 37, 61)] == [1, 1, 2, 2, 3, 4]
    path = tmp_path / "sidetal.txt"
    toc_row = "3. Ny affaldsordning for sommerhuse\t"
    path.write_text(text.replace(toc_row + "3", toc_row + "2"), encoding="utf-8")
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:12:1: RL304 [punkt 3, side 1] Indholdsfortegnelsen siger side 2, men punktet "
        "begynder på side 3."
    ]


def test_side_n_af_m_at_the_top_of_each_page_opens_it():
    lines = ["Side 1 af 3", "Referat", "Punkt 1: A", "Tekst", "Side 2 af 3", "Punkt 2: B",
             "Tekst", "Tekst", "Side 3 af 3", "Punkt 3: C", "Tekst", "Tekst", "Tekst", "Tekst"]  # fmt: skip
    assert printed_pages(lines, [0, 4, 8]) == ((1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3), 3)


@pytest.mark.parametrize(
    "footers",
    [
        ["Side 1 af 3", "Side 3 af 3"],  # a page's footer is missing
        ["Side 1 af 3", "Side 2 af 4"],  # two documents' pages
        ["Side 3 af 9", "Side 4 af 9"],  # an extract: neither end shows which way they go
    ],
)
def test_page_numbers_that_do_not_run_on_give_no_pages(footers):
    lines = ["Referat", "Punkt 1: A", "Tekst", "Tekst", footers[0], "Punkt 2: B", "Tekst",
             footers[1], "Punkt 3: C"]  # fmt: skip
    assert printed_pages(lines, [4, 7]) is None


def findings_with_defects(cli, tmp_path, name: str, defects, *options: str) -> list[str]:
    """The findings ("line:column: code") in a layout fixture after putting defects in:
    each (old, new) replacement must hit exactly one place."""
    text = (LAYOUTS / name).read_text("utf-8")
    for old, new in defects:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return located_findings(cli, path, *options)


def located_findings(cli, path, *options: str) -> list[str]:
    """The findings ("line:column: code") referatlint reports on the file at ``path``."""
    run = cli([path, "--output-format", "concise", *options])
    return [line.split(" [")[0].removeprefix(f"{path}:") for line in run.out.splitlines()]


def test_defects_in_the_copenhagen_layout_are_found(cli, tmp_path):
    """Københavns Kommune: "INDSTILLING OG BESLUTNING", the decision under "Teknik- og
    Miljøudvalgets beslutning den ...", headings such as PROBLEMSTILLING and LØSNING."""
    defects = [
        ("faldet på stedet.", "faldet på stedet, senest en borger med cpr.nr. 120456-1234."),
        (
            "ØKONOMI\n\nForsøget giver udgifter til skiltning",
            "Forsøget giver udgifter til skiltning",
        ),
        (
            "og sendes til Region Hovedstaden\n\nTeknik- og Miljøudvalgets beslutning den 15. "
            "april 2024\n\nIndstillingen blev godkendt uden afstemning.",
            "og sendes til Region Hovedstaden\n\nTeknik- og Miljøudvalgets beslutning den 15. "
            "april 2024\n\nBeslutning ikke frigivet",
        ),
    ]
    found = findings_with_defects(
        cli, tmp_path, "kbh_beslutningsprotokol.txt", defects, "--select", "RL1,RL4,RL6"
    )
    assert found == ["33:232: RL601", "56:1: RL101", "126:1: RL401"]


def test_numbered_section_headings_open_their_sections():
    """Aarhus' byrådsindstilling: "1. Resume", "2. Beslutningspunkter" (the recommendation,
    "At 1) ..."), "5. Økonomiske konsekvenser" in items numbered the same way. A numbered
    list in the text ("1. Økonomi / 2. Bygningshøjden ...") and in Bilag stays text."""
    document = fixture("nummererede_afsnit.txt")
    assert [item.number for item in document.items] == ["1", "2", "3", "4"]
    item = document.items[1]
    assert [(s.heading, s.canonical, s.line) for s in item.sections] == [
        ("1. Resume", "Resume", 30),
        ("2. Beslutningspunkter", "Indstilling", 35),
        ("3. Baggrund", "Baggrund", 39),
        ("4. Effekt", "Effekt", 49),
        ("5. Økonomiske konsekvenser", "Økonomiske konsekvenser", 53),
        ("6. Klima- og miljømæssige konsekvenser", "Miljø- og klimamæssige konsekvenser", 57),
        ("Bilag", "Bilag", 69),
    ]
    assert "1. Økonomi" in [line.text for line in item.sections[2].body]
    assert [line.text for line in item.attachments] == ["1. Lokalplan 1187.pdf", "2. Økonomi"]


def test_defects_in_numbered_sections_are_found(cli, tmp_path):
    defects = [
        ("2. Beslutningspunkter\nAt 1) Lokalplan 1187 vedtages endeligt med de ændringer, der "
         "fremgår af bilag 2.\nAt 2) høringssvarene besvares som beskrevet i bilag 3.\n\n", ""),
        ("6. Klima- og miljømæssige konsekvenser\nBusserne kører på el, så ordningen giver "
         "ingen øget CO2-udledning.\n\n", ""),
        ("Et nyt gadetræ koster mellem 40.000 og 120.000 kr. at plante. Forslaget er ikke "
         "finansieret og\nindgår i budgetforhandlingerne for 2026.\n", ""),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "nummererede_afsnit.txt", defects)
    assert found == ["20:1: RL101", "69:1: RL101", "125:1: RL102"]


JAMMERBUGT_HEADER = (
    "Jammerbugt Kommune\nReferat\nTeknik- og Miljøudvalget\n\n"
    "Mødedato: Tirsdag den 11. november 2025\n\n"
)


def test_a_heading_written_with_a_full_stop_standing_apart():
    """Jammerbugt's PDF: "Beslutning." with a full stop heads the decision where it stands
    apart (below a blank row, or first in the item). A one-word decision ("Tiltrådt.") is
    the decision's text, and a heading's word ending a sentence on a row of its own
    ("... under overskriften" / "Økonomi.") is text."""
    document = parsed(
        JAMMERBUGT_HEADER + "Sag 1: Godkendelse af dagsorden\nBeslutning.\nGodkendt.\n\n"
        "Sag 2: Vintertjeneste 2025/26\n\nSagsfremstilling.\nMerudgiften til saltlage er "
        "beskrevet nærmere nedenfor under overskriften\nØkonomi.\n\n"
        "Beslutning.\n\nTiltrådt.\nFraværende: Lise Kjær (C)\n"
    )
    first, second = document.items
    assert [(s.heading, s.canonical, s.line) for s in first.sections] == [
        ("Beslutning.", "Beslutning", 8)
    ]
    assert first.decision.text == "Godkendt."
    assert [(s.heading, s.canonical, s.line) for s in second.sections] == [
        ("Sagsfremstilling.", "Sagsfremstilling", 13),
        ("Beslutning.", "Beslutning", 17),
    ]
    assert [line.text for line in second.sections[0].body][-1] == "Økonomi."
    assert (second.decision.text, [a.name for a in second.absences]) == (
        "Tiltrådt.",
        ["Lise Kjær (C)"],
    )


def test_sub_items_opening_with_a_decision_heading_with_a_full_stop():
    """Without a table of contents, "2.1 Title" rows under "Sag 2: Meddelelser", each
    opening with "Beslutning.", are items."""
    document = parsed(
        JAMMERBUGT_HEADER + "Sag 1: Godkendelse af dagsorden\n\nBeslutning.\nGodkendt.\n\n"
        "Sag 2: Meddelelser\n\n2.1 Kystdirektoratets besøg i Løkken\n\nBeslutning.\n"
        "Taget til efterretning.\n\n2.2 Ansøgninger om solcelleparker\n\nBeslutning.\n"
        "Taget til efterretning.\n\nSag 3: Eventuelt\n\nBeslutning.\nIntet.\n"
    )
    assert [(i.number, i.line, i.decision and i.decision.text) for i in document.items] == [
        ("1", 7, "Godkendt."),
        ("2", 12, None),
        ("2.1", 14, "Taget til efterretning."),
        ("2.2", 19, "Taget til efterretning."),
        ("3", 24, "Intet."),
    ]


def test_sections_numbered_1_0_to_5_0(cli):
    """Jammerbugt's PDF: sections numbered as Word's multilevel headings, "1.0
    Sagsfremstilling" ... "5.0 Beslutning", and "Beslutning." on the standing items."""
    document = fixture("nummererede_afsnit_decimal.txt")
    assert [(i.number, i.line) for i in document.items] == [
        ("1", 24), ("2", 30), ("3", 49), ("4", 75), ("5", 94), ("6", 113)
    ]  # fmt: skip
    assert [(s.heading, s.canonical, s.line) for s in document.items[1].sections] == [
        ("1.0 Sagsfremstilling", "Sagsfremstilling", 32),
        ("2.0 Indstilling", "Indstilling", 36),
        ("3.0 Økonomiske konsekvenser", "Økonomiske konsekvenser", 39),
        ("4.0 Miljø- og klimamæssige konsekvenser", "Miljø- og klimamæssige konsekvenser", 42),
        ("5.0 Beslutning", "Beslutning", 45),
    ]
    assert [(i.decision.text, i.decision.line) for i in document.items][::5] == [
        ("Godkendt.", 26),
        ("Intet.", 115),
    ]
    run = cli([LAYOUTS / "nummererede_afsnit_decimal.txt", "--output-format", "concise"])
    assert (run.code, run.out) == (0, "")


def test_defects_in_sections_numbered_1_0_to_5_0_are_found(cli, tmp_path):
    defects = [
        ("5.0 Beslutning\nGodkendt.\nFraværende: Lise Kjær (C)\n\nSag 5", "Sag 5"),
        ("4.0 Miljø- og klimamæssige konsekvenser\nIngen.\n\n5.0 Beslutning\nGodkendt.",
         "4.0 Miljø- og klimamæssige konsekvenser\n\n5.0 Beslutning\nGodkendt."),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "nummererede_afsnit_decimal.txt", defects)
    assert found == ["75:1: RL105", "102:1: RL102"]


def test_numbered_sections_without_blank_rows_between_them():
    """A PDF's text copied without blank rows: "1.0 Sagsfremstilling" right under the item's
    heading, "2.0 Indstilling" right under the text above it, going on from "1.0". A list
    numbered the same way in the text ("1.1 Økonomi" / "1.2 Trafiksikkerhed") stays text."""
    document = parsed(
        JAMMERBUGT_HEADER + "Sag 1: Godkendelse af dagsorden\n5.0 Beslutning\nGodkendt.\n\n"
        "Sag 2: Trafikhandlingsplan 2026-2029\n1.0 Sagsfremstilling\nPlanen har to temaer:\n"
        "1.1 Økonomi\n1.2 Trafiksikkerhed\n2.0 Indstilling\n"
        "Forvaltningen indstiller, at planen sendes i høring.\n"
        "3.0 Økonomiske konsekvenser\nIngen.\n"
        "4.0 Miljø- og klimamæssige konsekvenser\nFlere cyklister mindsker udledningen.\n"
        "5.0 Beslutning\nGodkendt.\n"
    )
    first, second = document.items
    assert [(s.heading, s.line) for s in first.sections] == [("5.0 Beslutning", 8)]
    assert [(s.canonical, s.line) for s in second.sections] == [
        ("Sagsfremstilling", 12),
        ("Indstilling", 16),
        ("Økonomiske konsekvenser", 18),
        ("Miljø- og klimamæssige konsekvenser", 20),
        ("Beslutning", 22),
    ]
    assert [line.text for line in second.sections[0].body] == [
        "Planen har to temaer:",
        "1.1 Økonomi",
        "1.2 Trafiksikkerhed",
    ]


def test_a_section_numbered_under_its_item_is_no_sub_item():
    """Sections numbered after their item ("2.1 Sagsfremstilling", "2.2 Indstilling" in item
    2), without a table of contents: an empty "2.2 Indstilling" above "2.3 Økonomiske
    konsekvenser" is item 2's empty section, not a sub-item 2.2."""
    document = parsed(
        JAMMERBUGT_HEADER + "Sag 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Sag 2: Salg af grund ved Vestergade\n\n2.1 Sagsfremstilling\nGrunden har været i "
        "offentligt udbud.\n\n2.2 Indstilling\n\n2.3 Økonomiske konsekvenser\nSalgsindtægt "
        "2,1 mio. kr.\n\n2.4 Miljø- og klimamæssige konsekvenser\nIngen.\n\n"
        "2.5 Beslutning\nGodkendt.\n"
    )
    assert [item.number for item in document.items] == ["1", "2"]
    assert [(s.heading, s.line, len(s.body)) for s in document.items[1].sections] == [
        ("2.1 Sagsfremstilling", 14, 1),
        ("2.2 Indstilling", 17, 0),
        ("2.3 Økonomiske konsekvenser", 19, 1),
        ("2.4 Miljø- og klimamæssige konsekvenser", 22, 1),
        ("2.5 Beslutning", 25, 1),
    ]


def test_sub_items_opening_with_a_numbered_section_heading():
    """Without a table of contents, "2.1 Title" rows right under "Sag 2: Orienteringssager",
    each opening with "1.0 Sagsfremstilling", are items with their numbered sections."""
    sub_item = (
        "\n\n1.0 Sagsfremstilling\nTekst.\n\n2.0 Indstilling\nForvaltningen indstiller, at "
        "orienteringen tages til efterretning.\n\n3.0 Økonomiske konsekvenser\nIngen.\n\n"
        "4.0 Miljø- og klimamæssige konsekvenser\nIngen.\n\n"
        "5.0 Beslutning\nTaget til efterretning.\n\n"
    )
    document = parsed(
        JAMMERBUGT_HEADER + "Sag 1: Godkendelse af dagsorden\n\nBeslutning.\nGodkendt.\n\n"
        "Sag 2: Orienteringssager\n\n2.1 Status på kystbeskyttelsen i Løkken" + sub_item
        + "2.2 Vintertjeneste 2025/26" + sub_item + "Sag 3: Eventuelt\n\nBeslutning.\nIntet.\n"
    )  # fmt: skip
    assert [(i.number, i.line, len(i.sections)) for i in document.items] == [
        ("1", 7, 1), ("2", 12, 0), ("2.1", 14, 5), ("2.2", 31, 5), ("3", 48, 1)
    ]  # fmt: skip


def test_an_absence_note_ending_an_item_is_no_text_of_its_last_section():
    """ "Fraværende: ..." ends every item under its decision; where the decision is missing,
    or written without a heading, the note still belongs to the item, not to the text of
    the section above it."""
    document = parsed(
        JAMMERBUGT_HEADER + "Sag 1: Takster for 2026\n\nIndstilling\nForvaltningen "
        "indstiller, at taksterne godkendes.\n\nMiljø- og klimamæssige konsekvenser\n\n\n"
        "Fraværende: Lise Kjær (C)\n\nSag 2: Salg af grund\n\nIndstilling\nDirektionen "
        "indstiller, at grunden sælges.\n\nGodkendt.\nFraværende: Lise Kjær (C)\n"
    )
    first, second = document.items
    assert [(s.canonical, s.body) for s in first.sections][1] == (
        "Miljø- og klimamæssige konsekvenser",
        (),
    )
    assert (first.decision, [(a.name, a.line) for a in first.absences]) == (
        None,
        [("Lise Kjær (C)", 15)],
    )
    assert (second.decision.text, [(a.name, a.line) for a in second.absences]) == (
        "Godkendt.",
        [("Lise Kjær (C)", 23)],
    )


def test_items_under_lukkede_sager_are_closed_and_the_member_list_is_read(cli, tmp_path):
    """Items grouped under "Åbne sager"/"Lukkede sager" in the body and the table of
    contents, a "Medlemmer:" list with a member on each line, an "Underskriftsblad"."""
    document = fixture("aabne_lukkede_sager.txt")
    assert [(i.number, i.closed) for i in document.items][-4:] == [
        ("93", False), ("94", True), ("95", True), ("96", True)
    ]  # fmt: skip
    assert [p.name for p in document.meeting.participants if p.absent] == ["Jens Holm (A)"]
    # The seven members and the substitute, "Stedfortræder: Lise Friis (A)".
    assert [p.name for p in document.meeting.participants][-2:] == [
        "Tina Berg (Ø)",
        "Lise Friis (A)",
    ]
    assert len(document.meeting.participants) == 8
    defects = [
        ("Erstatningssag vedrørende vejanlæg\nBeslutning",
         "Erstatningssag vedrørende vejanlæg\nSagsfremstilling\nGrundejer Poul Erik Sørensen "
         "kræver erstatning.\n\nBeslutning"),
        ("Mette Gruelund (V)\nLise Friis (A)", "Mette Gruelund (V)\nJens Holm (A)\nLise Friis (A)"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "aabne_lukkede_sager.txt", defects)
    assert found == ["170:1: RL701", "186:1: RL503"]


def test_toc_rows_written_as_item_headings_give_the_number():
    document = parsed(
        "Indholdsfortegnelse\n\nÅbne sager\nPkt. 1 Godkendelse af dagsorden ....... 2\n"
        "[Punkt 2 - Budgetopfølgning](#punkt-2)\nLukkede sager\nPunkt 3: Salg af grund\t3\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nPunkt 2: Budgetopfølgning\n\nPunkt 3: Salg af grund\n"
    )
    assert [(e.number, e.title, e.group) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", "Åbne sager"),
        ("2", "Budgetopfølgning", "Åbne sager"),
        ("3", "Salg af grund", "Lukkede sager"),
    ]
    assert [i.closed for i in document.items] == [False, False, True]


def test_an_agenda_quoting_an_earlier_committees_decision_is_still_an_agenda():
    document = fixture("pkt_dagsorden_sidetal.txt")
    assert document.kind == "dagsorden"
    # "Beslutning i Teknik- og Miljøudvalget den 9. april 2024": not this meeting's decision
    assert document.meeting.body == "Økonomiudvalget" and document.items[3].decision is None
    assert [(e.number, e.page) for e in document.toc] == [
        ("1", 2), ("2", 2), ("3", 3), ("4", 4), ("5", 5), ("6", 6), ("7", 6)
    ]  # fmt: skip


def test_minutes_name_the_decision_of_this_body_not_an_earlier_one_of_another():
    def minutes(*decisions: str):
        headed = "".join(f"Beslutning i {d}\n\nGodkendt.\n\n" for d in decisions)
        return (
            parsed(f"REFERAT Byrådet d. 17-04-2024\n\nPunkt 1: Garanti\n\n{headed}")
            .items[0]
            .decision
        )

    assert minutes("Økonomiudvalget den 10-04-2024") is None
    assert minutes("Økonomiudvalget den 10-04-2024", "Byrådet den 17-04-2024").body == "Byrådet"
    # This body's own heading with an earlier date is kept: RL502 reports the stale date.
    assert minutes("Byrådet den 20-03-2024").date == "2024-03-20"


@pytest.mark.parametrize(
    ("decided", "body"),
    [
        ("Beslutning\nTeknik- og Miljøudvalgets beslutning i mødet den 9. september 2024\n",
         "Teknik- og Miljøudvalget"),
        ("Beslutning i mødet den 9. september 2024\n", None),  # "mødet" is no body
        ("Beslutning på mødet den 9. september 2024\n", None),
    ],
)  # fmt: skip
def test_a_decision_heading_may_name_the_meeting_before_its_date(decided, body):
    """København: "Beslutning" over "<Udvalg>s beslutning i mødet den <dato>"."""
    document = parsed(
        "REFERAT Teknik- og Miljøudvalget d. 09-09-2024\n\nPunkt 1: Cykelparkering\n\n"
        f"{decided}Indstillingen blev godkendt uden afstemning.\n"
    )
    decision = document.items[0].decision
    assert (decision.body, decision.date, decision.text) == (
        body,
        "2024-09-09",
        "Indstillingen blev godkendt uden afstemning.",
    )


@pytest.mark.parametrize(
    ("decided", "kind"),
    [
        ("Teknik- og Miljøudvalget den 9. april", "dagsorden"),  # printed for the record
        ("Økonomiudvalget den 9. april", "referat"),  # this body's, with a stale date (RL502)
        ("Økonomiudvalget den 23. april", "referat"),
    ],
)
def test_an_unlabelled_document_is_minutes_when_this_meeting_decided(decided, kind):
    document = parsed(
        "Økonomiudvalget\n\nMødedato: 23. april 2024\n\nPunkt 1: Budget\n\n"
        f"Beslutning i {decided} 2024\n\nGodkendt.\n"
    )
    assert document.kind == kind


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Side 2 af 4", True),
        ("   side 12", True),
        ("Referat Kommunalbestyrelsen 25. april 2024 - Side 2 af 4", True),
        ("Bornholms Regionskommune\tTeknik- og Miljøudvalget 06-03-2024\tSide 3 af 4", True),
        ("Økonomiudvalget, 23. april 2024 - Side 4 af 6", True),
        ("Se bilag 2, side 4", False),  # a reference, not a footer: no page count
        ("Planen beskriver på side 4 af 6 sider, hvordan", False),
    ],
)
def test_page_footers(line, furniture):
    from referatlint.parse.document import page_footer

    assert page_footer(line) is furniture


def test_a_title_at_the_top_of_every_page_is_page_furniture():
    def item(number: int, decision: str) -> str:
        return (
            f"\fTeknik- og Miljøudvalget 10-04-2024\n\nPunkt {number}: Sag {number}\n\n"
            f"Beslutning\n\n{decision}\n\n"
        )

    document = parsed(
        "REFERAT Teknik- og Miljøudvalget d. 10-04-2024\n\n"
        + item(1, "Godkendt.") + item(2, "Afventer") + item(3, "XX") + item(4, "Godkendt.")
    )  # fmt: skip
    assert [i.decision.text for i in document.items] == [
        "Godkendt.", "Afventer", "XX", "Godkendt."
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("below", "body"),
    [
        ("Referat\n\nØkonomiudvalget\n", "Økonomiudvalget"),
        # No other line names the body: the running title on page 1 still does.
        ("Referat\n", "Favrskov Kommune Økonomiudvalget 13-03-2025"),
    ],
)
def test_the_running_title_on_page_1_of_a_pdf_copy_names_the_body_only_as_a_last_resort(
    below, body
):
    # Copied from a PDF: the running title tops every page, the first too, and "Side N af 3"
    # closes each.
    top = "Favrskov Kommune Økonomiudvalget 13-03-2025\n"
    document = parsed(
        f"{top}{below}\nDato: Torsdag den 13. marts 2025\nMedlemmer: Anne Berg (A), Per Holm (V)"
        "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\nSide 1 af 3\n"
        f"{top}2. Regnskab 2024\n\nSagsfremstilling\nRegnskabet viser et overskud.\n\n"
        "Beslutning\nGodkendt.\n\nSide 2 af 3\n"
        f"{top}3. Eventuelt\n\nBeslutning\nIntet.\n\nSide 3 af 3\n"
    )
    assert [(i.number, i.page) for i in document.items] == [("1", 1), ("2", 2), ("3", 3)]
    assert (document.meeting.body, document.meeting.date) == (body, "2025-03-13")


def test_items_marked_aaben_or_lukket_and_their_defects(cli, tmp_path):
    """ "5 (Lukket) Title" headings and table-of-contents rows, a running title at the top
    of each page, "Beslutning <udvalg> den ..." without "i"."""
    document = fixture("status_i_parentes.txt")
    assert [(i.number, i.title, i.closed) for i in document.items][::4] == [
        ("1", "Godkendelse af dagsorden", False),
        ("5", "Køb af areal til regnvandsbassin", True),
    ]
    assert [e.number for e in document.toc] == ["1", "2", "3", "4", "5", "6"]
    defects = [
        ("Budgetopfølgning pr. 31. marts 2024\t4", "Budgetopfølgning pr. 31. marts 2024\t5"),
        ("Indvindingen øges ikke.", "XX"),
    ]
    found = findings_with_defects(cli, tmp_path, "status_i_parentes.txt", defects)
    assert found == ["14:1: RL304", "76:1: RL604"]


def test_defects_in_minutes_with_several_bodies_decisions(cli, tmp_path):
    """The Byråd's minutes print the committees' earlier decisions above its own."""
    byraad = "Beslutning i Byrådet den 17-04-2024\nGodkendt.\n\n"
    committee = (
        "til fjernvarme.\n\nBeslutning i Økonomiudvalget den 10-04-2024\nAnbefales godkendt.\n"
        "Fraværende: Hanne Vig (V)\n\n"
    )
    defects = [
        (byraad + "4. Kommuneplantillæg",
         byraad.replace("Godkendt.", "Beslutning ikke frigivet") + "4. Kommuneplantillæg"),
        (committee + byraad, committee),
        ("Beslutning i Byrådet den 17-04-2024\nGodkendt.\nFraværende: Karen Lund (C)",
         "Beslutning i Byrådet den 20-03-2024\nGodkendt.\nFraværende: Karen Lund (C)"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "flere_organers_beslutninger.txt", defects)
    assert found == ["80:1: RL401", "111:1: RL105", "157:1: RL502"]


def test_open_and_closed_meeting_parts_in_the_body_not_the_toc_close_items():
    document = fixture("aabent_lukket_moede.txt")
    assert [(e.number, e.group) for e in document.toc] == [
        ("1", "Åbent møde"),
        ("2", "Lukket møde"),
    ]
    assert [(i.number, i.closed) for i in document.items] == [("1", False), ("2", True)]


def test_a_closed_group_after_a_blank_line_in_a_toc_with_pages(cli, tmp_path):
    """Næstved: "Lukkede sager" after a blank line in the table of contents heads the row
    below it; it neither ends the list (losing that row) nor closes every item."""
    document = fixture("lukkede_sager_efter_tom_linje.txt")
    assert [(e.number, e.page, e.group) for e in document.toc] == [
        ("1", 2, None), ("2", 2, None), ("3", 3, None), ("4", 4, None), ("5", 4, None),
        ("6", 5, "Lukkede sager"),
    ]  # fmt: skip
    assert [(i.number, i.closed) for i in document.items] == [
        ("1", False), ("2", False), ("3", False), ("4", False), ("5", False), ("6", True)
    ]  # fmt: skip
    defects = [
        ("Ringstedvej\t5", "Ringstedvej\t4"),
        ("Lukket punkt\n", "Lukket punkt\n\nSagsfremstilling\nLodsejer Poul Erik Sørensen "
         "kræver 410.000 kr. i erstatning.\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "lukkede_sager_efter_tom_linje.txt", defects)
    assert found == ["32:1: RL304", "108:1: RL701"]


def test_open_and_closed_groups_in_a_toc_without_pages(cli, tmp_path):
    """Haderslev: "Åbne sager:" and, after a blank line, "Lukkede sager:" in a table of
    contents without pages. The closed item is an item of its own (not the end of
    "Eventuelt" above it), the groups are named without the colon, and an item the table
    of contents leaves out takes no group from it."""
    document = fixture("aabne_lukkede_sager_uden_sidetal.txt")
    assert [(e.number, e.group) for e in document.toc] == [
        ("1", "Åbne sager"), ("2", "Åbne sager"), ("3", "Åbne sager"), ("4", "Åbne sager"),
        ("5", "Lukkede sager"),
    ]  # fmt: skip
    assert [(i.number, i.line, i.end_line, i.group, i.closed) for i in document.items][-2:] == [
        ("4", 80, 80, "Åbne sager", False),
        ("5", 83, 88, "Lukkede sager", True),
    ]
    defects = [
        ("Simmerstedvej\n\n\n1.", "Simmerstedvej fra Hans Jørgen Ravn\n\n\n1."),
        ("Simmerstedvej\n\nSagsnr.", "Simmerstedvej fra Hans Jørgen Ravn\n\nSagsnr."),
    ]
    found = findings_with_defects(cli, tmp_path, "aabne_lukkede_sager_uden_sidetal.txt", defects)
    assert found == ["83:1: RL701"]
    defects = [("3. Takster for affaldsordninger 2025\n4.", "4.")]
    found = findings_with_defects(cli, tmp_path, "aabne_lukkede_sager_uden_sidetal.txt", defects)
    assert found == ["59:1: RL302"]


def test_web_minutes_with_an_unnumbered_toc_list_and_a_site_footer(cli, tmp_path):
    """København's web minutes: the table of contents an <ol style="list-style:none"> whose
    links print the numbers (no list number added: RL306 on every title), the site's
    breadcrumb and footer (not the last item's decision)."""
    defects = [
        ('">3. Forsøg med solcelledrevne', '">3. Forsøg med selvkomprimerende'),
        (
            "<p><strong>Teknik- og Miljøudvalgets beslutning i mødet den 9. september 2024"
            "</strong></p>\n<p>Indstillingen blev godkendt uden afstemning.</p>\n</section>\n"
            "</main>",
            "</section>\n</main>",
        ),
    ]
    found = findings_with_defects(cli, tmp_path, "kbh_web_referat.html", defects)
    assert found == ["14:1: RL306", "80:1: RL402"]


def test_defects_in_the_gladsaxe_web_agenda_are_found(cli, tmp_path):
    """Gladsaxe (Netpublikator-like web page): the site's menu, breadcrumb and footer are
    divs named by id or class, the footer right below the last item, a closed one (it was
    read as that item's text: RL701); "Sag 41 (Åben) Title" items, sections as
    "<strong>Label</strong><br>text"; the table of contents a "Sag | Titel | Status" table.
    The closed item naming a person is still found, and its title differs from the table of
    contents' row."""
    defects = [
        ("31,2 mio. kr. godkendes", "[indsæt beløb] godkendes"),
        (
            "<strong>Bevillingsmæssige konsekvenser</strong><br>Beløbet er afsat i "
            "investeringsoversigten.</p>",
            "<strong>Bevillingsmæssige konsekvenser</strong></p>",
        ),
        ("Sag 46 (Lukket) Personalesag", "Sag 46 (Lukket) Personalesag - Birgitte Holm"),
    ]
    found = findings_with_defects(cli, tmp_path, "gladsaxe_dagsorden.html", defects)
    assert found == ["17:1: RL306", "40:53: RL604", "69:1: RL102", "80:1: RL701"]


def test_an_accordion_web_page_reads_its_collapsed_items(cli, tmp_path):
    """Albertslund (FirstAgenda-like web minutes, Bootstrap accordion): each item's title is
    a button in its <h2>, number and title in spans without white space between them
    ("<span>3.</span><span>Anlægsbevilling …</span>"), and the items' panels are
    collapsed (``hidden``) but one. A collapsed item is published text: a CPR number, a
    decision not released and a missing section in it are found, and so is a closed item's
    title naming a person. The cookie banner's "Tillad alle" links ("#") and the skip link
    are the site's."""
    document = parse(read(str(LAYOUTS / "accordion_referat.html")))
    assert [(i.number, i.title, i.line, i.closed) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 13, False),
        ("2", "Lokalplan 2.41 - Boliger ved Roskildevej, endelig vedtagelse", 21, False),
        ("3", "Anlægsbevilling - renovering af Albertslund Svømmehal", 56, False),
        ("4", "Takster for dagtilbud 2026", 84, False),
        ("5", "Eventuelt", 110, False),
        ("6", "Salg af erhvervsgrund på Herstedvang", 118, True),
    ]
    assert [(s.heading, s.line) for s in document.items[3].sections] == [
        ("Sagsfremstilling", 88),
        ("Indstilling", 92),
        ("Økonomi", 96),
        ("Klima- og miljømæssige konsekvenser", 100),
        ("Beslutning", 104),
    ]
    defects = [
        ("flyttes til Glostrup Svømmehal.</p>",
         "flyttes til Glostrup Svømmehal. Klage fra Hans Jensen (cpr.nr. 120385-1234).</p>"),
        ('<h3 class="field-title">Økonomi</h3>\n<div class="field-content"><p>Anlægsbevillingen'
         " finansieres af rådighedsbeløbet i budget 2025. Driftsudgifterne falder med ca. 0,4 "
         "mio. kr. om året.</p></div>\n", ""),
        ("ingen klima- og miljømæssige konsekvenser.</p></div>\n<div class=\"beslutning\"><h3 "
         'class="field-title">Beslutning</h3>\n<p>Godkendt.</p>',
         "ingen klima- og miljømæssige konsekvenser.</p></div>\n<div class=\"beslutning\"><h3 "
         'class="field-title">Beslutning</h3>\n<p>Beslutning ikke frigivet</p>'),
        ("Lukket punkt: Salg af erhvervsgrund på Herstedvang",
         "Lukket punkt: Fratrædelsesaftale med Henrik Sørensen"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "accordion_referat.html", defects)
    assert found == ["56:1: RL101", "64:143: RL601", "102:1: RL401", "114:1: RL701"]


def test_a_group_row_far_above_the_first_item_heads_none_of_the_items():
    """A closed group whose row the table of contents cannot read (no page, in a list with
    pages) stops the list; the group row left above the first item is the table of
    contents', and closes none of the open items below."""
    text = (LAYOUTS / "lukkede_sager_efter_tom_linje.txt").read_text("utf-8")
    document = parsed(text.replace("Ringstedvej\t5", "Ringstedvej"))
    assert [(i.number, i.group, i.closed) for i in document.items] == [
        ("1", None, False), ("2", None, False), ("3", None, False), ("4", None, False),
        ("5", None, False), ("6", None, True),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("dagsordenspunkt_ombrudt.txt",
         "Tillægsbevilling til vinterberedskab og akut reparation af tilkørselsramperne"),
        ("sag_nr_indrykket.txt", "Budgetopfølgning pr. 30. september 2024 for Økonomiudvalgets eget område"),
    ],
)  # fmt: skip
def test_a_toc_title_wrapped_onto_a_second_line_keeps_its_number(name, first):
    document = fixture(name)
    assert (document.toc[0].number, document.toc[0].title, document.toc[0].page) == ("1", first, 1)
    assert (document.items[0].number, document.items[0].title) == ("1", first)


def test_an_agenda_quoting_a_recommendation_without_a_heading_stays_an_agenda():
    document = fixture("dagsorden_med_anbefaling.txt")
    assert document.kind == "dagsorden"
    assert document.items[0].decision.text == "Anbefales godkendt."  # a closing phrase


@pytest.mark.parametrize(
    ("name", "toc"),
    [
        ("punkter_paa_dagsordenen.txt",
         [("1", "Godkendelse af dagsorden"), ("2", "Høring over kvalitetsstandarder")]),
        ("nummer_ombrudt.txt",
         [("1", "Tillægsbevilling til vinterberedskab og akut reparation af tilkørselsramperne")]),
        ("lukkede_punkter_samlet.txt",
         [("1", "Godkendelse af dagsorden"), ("2", "Salg af erhvervsgrund"),
          ("3", "Køb af ejendom til vejudvidelse"), ("4", "Personalesag")]),
    ],
)  # fmt: skip
def test_toc_entries_and_items_pair_in_more_forms(name, toc):
    document = fixture(name)
    assert [(e.number, e.title) for e in document.toc] == toc
    assert [(i.number, i.title) for i in document.items] == toc


def test_a_heading_wrapped_onto_a_second_row_pairs_with_its_unnumbered_toc_entry(cli, tmp_path):
    """A Word agenda whose table of contents lists the titles without numbers, and whose
    item heading is broken over two rows ("... kommuneplantillæg nr. 7" / "for boliger ved
    Kollerødvej"): the two rows are the title the table of contents lists, so item 2."""
    document = fixture("toc_uden_numre_ombrudt_titel.txt")
    title = "Forslag til lokalplan nr. 2-418 og kommuneplantillæg nr. 7 for boliger ved Kollerødvej"
    assert [(e.number, e.title, e.page) for e in document.toc][1] == (None, title, 2)
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 16),
        ("2", title, 21),
        ("3", "Vinterregulativ 2025-2028", 39),
        ("4", "Eventuelt", 56),
    ]
    assert [s.heading for s in document.items[1].sections] == [
        "Sagsfremstilling",
        "Økonomiske konsekvenser",
        "Klima og bæredygtighed",
        "Indstilling",
        "Beslutning",
    ]
    defects = [
        ("Økonomiske konsekvenser\nSagen har ingen økonomiske konsekvenser for kommunen.\n\n", "")
    ]
    found = findings_with_defects(cli, tmp_path, "toc_uden_numre_ombrudt_titel.txt", defects)
    assert found == ["21:1: RL101"]


def test_defects_in_the_bornholm_layout_are_found(cli, tmp_path):
    """Items "4. Title" with "Åbent punkt" and the case number below, the decision under
    "Teknik- og Miljøudvalget, 6. marts 2024:", "Afbud fra:" with the name below, and
    "NN deltog ikke i sagens behandling." as an absence, not decision text."""
    document = fixture("bornholm_referat.txt")
    assert [i.number for i in document.items] == ["1", "2", "3", "4"]
    assert [p.name for p in document.meeting.participants if p.absent] == ["Bjarne Holm"]
    assert document.items[2].decision.text == "Godkendt."
    assert document.items[2].decision.body == "Teknik- og Miljøudvalget"
    defects = [
        ("Teknik- og Miljøudvalget, 6. marts 2024:\nGodkendt.\nBjarne Holm deltog ikke i sagens "
         "behandling.\n\nSagsfremstilling\nServiceniveauet",
         "Teknik- og Miljøudvalget, 6. marts 2024:\n\nSagsfremstilling\nServiceniveauet"),
        ("41 høringssvar.", "41 høringssvar. Skriv til soeren.kofoed63@gmail.com."),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "bornholm_referat.txt", defects)
    assert found == ["54:135: RL606", "82:1: RL402"]


def test_each_bodys_decision_in_turn_under_one_heading(cli, tmp_path):
    """Gentofte: one "Beslutning" heading, then "Økonomiudvalget den 16. september 2024:",
    "Kommunalbestyrelsen den 30. september 2024:" each with its decision; the meeting's own
    is the item's decision. Closed items "(Lukket)" show only a status line and the decision."""
    document = fixture("stablede_beslutninger.txt")
    assert [
        (i.decision.heading, i.decision.body, i.decision.date, i.decision.text, i.decision.line)
        for i in document.items
    ] == [
        ("Kommunalbestyrelsen den 30. september 2024:", "Kommunalbestyrelsen", "2024-09-30",
         "Taget til efterretning.", 32),
        ("Kommunalbestyrelsen den 30. september 2024:", "Kommunalbestyrelsen", "2024-09-30",
         "Godkendt.", 62),
        ("Kommunalbestyrelsen den 30. september 2024:", "Kommunalbestyrelsen", "2024-09-30",
         "Taget til efterretning.", 95),
        ("Kommunalbestyrelsen den 30. september 2024:", "Kommunalbestyrelsen", "2024-09-30",
         "Godkendt.", 110),
        ("Kommunalbestyrelsen den 30. september 2024:", "Kommunalbestyrelsen", "2024-09-30",
         "Godkendt.", 120),
    ]  # fmt: skip
    assert [s.heading for s in document.items[1].sections][-5:] == [
        "Beslutning",
        "Plan- og Boligudvalget den 10. september 2024:",
        "Økonomiudvalget den 16. september 2024:",
        "Kommunalbestyrelsen den 30. september 2024:",
        "Bilag",
    ]
    assert [entry.closed for entry in document.toc] == [False, False, False, True, True]
    closed = document.items[3]
    assert (closed.closed, closed.unheaded) == (True, ())
    assert [a.name for a in closed.absences] == ["Anne Skovbro (V)"]
    defects = [
        ("Kommunalbestyrelsen den 30. september 2024:\nTaget til efterretning.\n\n2 (Åben)",
         "Kommunalbestyrelsen den 30. september 2024:\nBeslutning ikke frigivet\n\n2 (Åben)"),
        ("Godkendt.\n\nBilag\n1. Lokalplan", "XX\n\nBilag\n1. Lokalplan"),
        ("Anbefales.\n\nKommunalbestyrelsen den 30. september 2024:\nTaget til efterretning.\n",
         "Anbefales.\n"),
        ("Sagen behandles for lukkede døre.\n",
         "Sagen behandles for lukkede døre.\nSagen vedrører afskedigelse af en afdelingsleder.\n"),
        ("Kommunalbestyrelsen den 30. september 2024:\nGodkendt.\n\nMødet",
         "Kommunalbestyrelsen den 26. august 2024:\nGodkendt.\n\nMødet"),
        ("3 (Åben) Klimaplan 2030 - opfølgning for 2023 ....", "3 (Lukket) Klimaplan 2030 - opfølgning for 2023 ...."),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "stablede_beslutninger.txt", defects)
    assert found == [
        "16:1: RL309", "33:1: RL401", "63:1: RL402", "72:1: RL105", "105:1: RL701", "118:1: RL502"
    ]  # fmt: skip


def test_an_agenda_printing_committees_decisions_in_turn_stays_an_agenda():
    text = (
        "Dagsorden\n\nKommunalbestyrelsen\n\nMødedato: Mandag den 30. september 2024\n\n"
        "1 (Åben) Lokalplan 445 - endelig vedtagelse\n\nBeslutning\n"
        "Plan- og Boligudvalget den 10. september 2024:\nAnbefales.\n\n"
        "Økonomiudvalget den 16. september 2024:\nAnbefales.\n"
    )
    document = parsed(text)
    assert (document.kind, document.items[0].decision) == ("dagsorden", None)


def test_a_joint_meeting_checks_each_committees_decision(cli, tmp_path):
    """Aabenraa: a fællesmøde of two committees, each item with "Beslutning <udvalg> den
    <dato>" for each of them; both are this meeting's decisions, and both are checked.
    Another committee's earlier decision ("Beslutning Økonomiudvalget den 12-11-2024") is
    none of them. A minority statement and a protocol note below a decision are sections of
    their own, not its text."""
    document = fixture("faellesmoede_referat.txt")
    both = ("Børne- og Uddannelsesudvalget", "Social- og Sundhedsudvalget")
    assert [[(d.body, d.line) for d in i.decisions] for i in document.items] == [
        list(zip(both, lines, strict=True))
        for lines in ((29, 35), (65, 71), (113, 119), (145, 151), (163, 167), (173, 177))
    ]
    assert [i.decision.line for i in document.items] == [35, 71, 119, 151, 167, 177]
    second = document.items[1]
    assert second.decisions[1].text == "Anbefales. For stemte: V, A (3) Imod stemte: F (1)"
    assert [(s.canonical, s.line) for s in second.sections][-1] == ("Mindretalsudtalelse", 81)
    assert [a.name for a in second.absences] == ["Hans Riis (C)"]
    assert [(s.canonical, s.line) for s in document.items[3].sections][-1] == (
        "Protokoltilførsel",
        157,
    )
    run = cli([LAYOUTS / "faellesmoede_referat.txt", "--output-format", "concise"])
    assert (run.code, run.out) == (0, "")
    defects = [
        ("Anbefales.\n\nFraværende: Ingen", "XX\n\nFraværende: Ingen"),
        ("Anbefales over for udvalgene.\n\nBeslutning Børne- og Uddannelsesudvalget den "
         "21-11-2024\n\nGodkendt.",
         "Anbefales over for udvalgene.\n\nBeslutning Børne- og Uddannelsesudvalget den "
         "21-11-2024\n\nBeslutning ikke frigivet"),
        ("den 21-11-2024\n\nGodkendt.\n\nFraværende: Hans Riis (C)\n\nProtokoltilførsel",
         "den 21-11-2023\n\nGodkendt.\n\nFraværende: Hans Riis (C)\n\nProtokoltilførsel"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "faellesmoede_referat.txt", defects)
    assert found == ["67:1: RL402", "115:1: RL401", "151:1: RL502"]


def test_a_joint_meeting_lists_those_present_from_each_committee(cli, tmp_path):
    """Holstebro: "Til stede fra Teknik- og Miljøudvalget: ..." and "Til stede fra
    Klimaudvalget: ..." list each committee's members present, who all sign. A member of
    the second list who does not sign is reported; a member under "Til stede fra ..." and
    under "Afbud:" only when the configuration names "Til stede" a list of those present
    (RL503's present_lists: correct layouts list the absent under "Til stede:" too)."""
    participants = fixture("til_stede_fra_udvalg.txt").meeting.participants
    assert [(p.name, p.line, p.listed_under) for p in participants[3:5]] == [
        ("Hanne Vinther (F)", 13, "Til stede fra Teknik- og Miljøudvalget"),
        ("Lise Borup (A)", 15, "Til stede fra Klimaudvalget"),
    ]
    assert len(participants) == 9
    defects = [
        (
            "Anne Marie Lund (A), Poul Erik Kjær",
            "Anne Marie Lund (A), Søren Bak (A), Poul Erik Kjær",
        ),
        ("Kim Fogh (V)\nMads Krog (Ø)", "Mads Krog (Ø)"),
    ]
    unsigned = "122:1: RL503 Kim Fogh (V) deltog i mødet, men står ikke under »Underskrifter«."
    found = findings_with_defects(cli, tmp_path, "til_stede_fra_udvalg.txt", defects)
    assert found == [unsigned]
    (tmp_path / ".referatlint.yaml").write_text(
        "options:\n  RL503:\n    present_lists: [Til stede]\n", encoding="utf-8"
    )
    found = findings_with_defects(cli, tmp_path, "til_stede_fra_udvalg.txt", defects)
    assert found == [
        "17:1: RL503 Søren Bak (A) står både under »Til stede fra Teknik- og Miljøudvalget« og "
        "under »Afbud«.",
        unsigned,
    ]


@pytest.mark.parametrize(
    ("name", "member", "after", "present", "finding"),
    [
        # Svendborg's Hovedudvalg (HMU): the members in two groups, one on each line.
        ("med_udvalg_grupper.txt", "Bo Kristiansen (3F)", "Mette Lind (FOA), næstformand\n",
         "Medarbejderrepræsentanter",
         "22:1: RL503 Bo Kristiansen (3F) står både under »Medarbejderrepræsentanter« og "
         "under »Fraværende«."),
        # Amager Vest Lokaludvalg: "Til stede:", a blank line, the names as Word renders a
        # paragraph with soft line breaks.
        ("lokaludvalg_til_stede_afsnit.txt", "Lene Friis (C)", "Signe Dahl (F)\n", "Til stede",
         "23:1: RL503 Lene Friis (C) står både under »Til stede« og under »Afbud«."),
    ],
)  # fmt: skip
def test_a_member_listed_present_and_absent_in_a_list_below_its_label(
    cli, tmp_path, name, member, after, present, finding
):
    defects = [(after, f"{after}{member}\n")]
    (tmp_path / ".referatlint.yaml").write_text(
        f"options:\n  RL503:\n    present_lists: [{present}]\n", encoding="utf-8"
    )
    assert findings_with_defects(cli, tmp_path, name, defects) == [finding]


def test_a_member_absent_in_every_item_of_a_pdftotext_copy(cli, tmp_path):
    """Randers through plain pdftotext: "Medlemmer:", a blank line, the names as a block;
    a member noted absent in every ordinary item is absent from the meeting."""
    defects = [
        ("Beslutning\nGodkendt.\n\n3.", "Beslutning\nGodkendt.\nFraværende: Malte Brix (F)\n\n3."),
        ("Taget til efterretning.\n", "Taget til efterretning.\nFraværende: Malte Brix (F)\n"),
    ]
    found = findings_with_defects(cli, tmp_path, "pdftotext_felter_blokke.txt", defects)
    assert found == [
        "17:1: RL503 Malte Brix (F) er meldt fraværende i alle punkterne, men ikke i mødets "
        "deltagerliste."
    ]


def test_attendance_as_a_word_table_with_a_status_column_and_its_defect(cli, tmp_path):
    """Silkeborg: "Mødedeltagere" above a Word table "Medlem | Parti | Fremmøde" (the
    fixture is tests/makedocs.py's DOCX of such a text): each row is a member with the
    party's letter, "Afbud" an absence; the TOC and metadata tables list no members. The
    member marked "Til stede" but absent in every item is reported on the table's row, as
    the text form "Medlemmer: ..., Lars Dahl (V), ..." is on its line."""
    name = "fremmoede_tabel.docx"
    meeting = parse(read(str(LAYOUTS / name))).meeting
    assert [(p.name, p.absent, p.line, p.listed_under) for p in meeting.participants] == [
        ("Helle Gade (A)", False, 13, "Mødedeltagere"),
        ("Anders Kjærgaard (V)", False, 14, "Mødedeltagere"),
        ("Lars Dahl (V)", True, 15, "Mødedeltagere"),
        ("Marianne Sloth (F)", False, 16, "Mødedeltagere"),
        ("Rasmus Frost (Ø)", False, 17, "Mødedeltagere"),
    ]
    assert [(a.name, a.mark, a.line) for a in meeting.absences] == [("Lars Dahl (V)", "Afbud", 15)]
    path = tmp_path / name
    with zipfile.ZipFile(LAYOUTS / name) as correct, zipfile.ZipFile(path, "w") as defective:
        for entry in correct.infolist():
            data = correct.read(entry)
            if entry.filename == "word/document.xml":
                assert data.count(b">Afbud<") == 1
                data = data.replace(b">Afbud<", b">Til stede<")
            defective.writestr(entry, data)
    message = "Lars Dahl (V) er meldt fraværende i alle punkterne, men ikke i mødets deltagerliste."
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [f"{path}:15:1: RL503 [side 1] {message}"]
    text_form = tmp_path / "fremmoede.txt"
    text_form.write_text(
        "Referat\n\nØkonomiudvalget\nMødedato: Torsdag den 12. marts 2026\n"
        "Medlemmer: Helle Gade (A), Anders Kjærgaard (V), Lars Dahl (V), Marianne Sloth (F), "
        "Rasmus Frost (Ø)\n\n"
        + "".join(
            f"{number}. {title}\n\nBeslutning\nGodkendt.\n\nFraværende: Lars Dahl (V)\n\n"
            for number, title in enumerate(
                ("Budgetopfølgning pr. 31. januar 2026", "Anlægsbevilling til ny daginstitution"), 1
            )
        ),
        encoding="utf-8",
    )
    run = cli([text_form, "--output-format", "concise", "--select", "RL503"])
    assert run.out.splitlines() == [f"{text_form}:5:1: RL503 {message}"]


def test_attendance_as_a_web_pages_table_and_its_defect(cli, tmp_path):
    """eDoc: the web page's participants table "Navn | Parti | Fremmøde" under "Deltagere",
    the party a bare letter ("V") and an office in the name's cell; "Afbud" an absence."""
    meeting = parse(read(str(LAYOUTS / "edoc_referat.html"))).meeting
    assert [(p.name, p.absent, p.line, p.listed_under) for p in meeting.participants] == [
        ("Henrik Lund (formand) (V)", False, 14, "Deltagere"),
        ("Mette Kragh (næstformand) (A)", False, 15, "Deltagere"),
        ("Søren Bak (V)", False, 16, "Deltagere"),
        ("Birgitte Vestergaard (A)", True, 17, "Deltagere"),
        ("Thomas Riis (DF)", False, 18, "Deltagere"),
    ]
    defects = [("<td>Afbud</td>", "<td>Til stede</td>")]
    assert findings_with_defects(cli, tmp_path, "edoc_referat.html", defects) == [
        "17:1: RL503 Birgitte Vestergaard (A) er meldt fraværende i alle punkterne, men ikke i mødets "
        "deltagerliste."
    ]


def test_a_decisions_only_protocol_with_protocol_notes_and_minority_statements(cli, tmp_path):
    """Ballerup: a "Beslutningsprotokol" of decisions alone (no item has the template's
    sections, by design: no RL107), with "Mindretalsudtalelse" and "Protokoltilførsel"
    (twice, and in a closed item) under their own headings after the decision."""
    document = fixture("beslutningsprotokol_tilfoersler.txt")
    assert [[s.canonical for s in i.sections] for i in document.items[1:4:2]] == [
        ["Beslutning", "Mindretalsudtalelse"],
        ["Beslutning", "Protokoltilførsel", "Protokoltilførsel"],
    ]
    assert [i.decision.text for i in document.items[1:4:2]] == [
        "Kommunalbestyrelsen godkendte, at Skovlunde Skole og Hedegårdsskolen lægges sammen til "
        "én skole med to afdelinger fra skoleåret 2025/2026. For stemte: A, F, Ø, B (14) "
        "Imod stemte: V, C, O, I (10)",
        "Godkendt.",
    ]
    run = cli([LAYOUTS / "beslutningsprotokol_tilfoersler.txt", "--output-format", "concise"])
    assert (run.code, run.out) == (0, "")
    defects = [
        ("Beslutning\nGodkendt.\n\nProtokoltilførsel\nJesper Holm (Ø) ønskede ført til "
         "protokols, at Enhedslisten støtter",
         "Beslutning\n\nProtokoltilførsel\nJesper Holm (Ø) ønskede ført til protokols, at "
         "Enhedslisten støtter"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "beslutningsprotokol_tilfoersler.txt", defects)
    assert found == ["50:1: RL402"]


def test_text_under_no_heading_is_told_from_the_items_header_lines():
    text = (
        "REFERAT Socialudvalget d. 01-11-2021\n\nPunkt 1: Personalesag\nLukket punkt\n"
        "Sagsnr.: 24/2890\nSagsbehandler: Per Sand\nSagen behandles for lukkede døre.\n"
        "Anne Berg deltog ikke i behandlingen af punktet.\n"
        "Sagen vedrører en medarbejders sygefravær.\nBemærkning: Medarbejderen er afskediget.\n"
        "\nGodkendt.\n"
    )
    item = parsed(text).items[0]
    assert [(line.line, line.text) for line in item.unheaded] == [
        (9, "Sagen vedrører en medarbejders sygefravær."),
        (10, "Bemærkning: Medarbejderen er afskediget."),
    ]
    assert (item.closed, item.decision.text, item.decision.line) == (True, "Godkendt.", 12)
    assert [absence.name for absence in item.absences] == ["Anne Berg"]


def test_sub_items_listed_in_the_toc_are_items_of_their_own(cli, tmp_path):
    document = fixture("underpunkter.txt")
    assert [i.number for i in document.items] == ["1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "6"]
    assert [e.number for e in document.toc][4:8] == ["5", "5.1", "5.2", "5.3"]
    defects = [
        ("Udvalgets beslutning: Taget til efterretning.\nFraværende: Lone Hjort (C)\n\n5.2",
         "Udvalgets beslutning: Beslutning ikke frigivet\nFraværende: Lone Hjort (C)\n\n5.2"),
        ("\nMiljø- og klimamæssige konsekvenser\nMere tekstil vil blive genbrugt eller genanvendt.\n",
         "\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "underpunkter.txt", defects)
    assert found == ["111:1: RL401", "114:1: RL101"]


def test_sub_items_in_a_toc_without_pages_and_the_items_after_them(cli, tmp_path):
    """Favrskov: "3.1 Title" rows under "3. Orienteringssager" in a table of contents without
    pages are entries, so the sub-items are items, and "4. Eventuelt" and the closed
    "5. Lukket punkt: ..." after them are not swallowed by the last sub-item."""
    document = fixture("underpunkter_uden_sidetal.txt")
    assert [e.number for e in document.toc] == ["1", "2", "3", "3.1", "3.2", "4", "5"]
    assert [(i.number, i.line, i.closed) for i in document.items] == [
        ("1", 20, False), ("2", 25, False), ("3", 45, False), ("3.1", 47, False),
        ("3.2", 63, False), ("4", 79, False), ("5", 81, True),
    ]  # fmt: skip
    defects = [
        ("Ingen.\n\nKlima- og miljøkonsekvenser\nIngen.\n\n4. Eventuelt", "Ingen.\n\n4. Eventuelt"),
        ("Sagen behandles for lukkede døre.\n",
         "Sagen behandles for lukkede døre.\n\nSagsfremstilling\nSkadelidte kræver 85.000 kr.\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "underpunkter_uden_sidetal.txt", defects)
    assert found == ["63:1: RL101", "82:1: RL701"]


def test_sub_items_without_a_table_of_contents(cli, tmp_path):
    """Without a table of contents, "2.1 Title" rows right under "2. Orienteringssager",
    each opening with a section heading, are items; "3.1 Sikre skoleveje" listed inside
    item 3's text is not."""
    document = fixture("underpunkter_uden_indholdsfortegnelse.txt")
    assert [(i.number, i.line, len(i.sections)) for i in document.items] == [
        ("1", 11, 1), ("2", 17, 0), ("2.1", 19, 5), ("2.2", 36, 5), ("3", 53, 5), ("4", 76, 1),
    ]  # fmt: skip
    defects = [
        ("Beslutning\nTaget til efterretning.\n\n3. Forslag", "Beslutning\n\n3. Forslag"),
        ("Ingen.\n\nMiljø- og klimamæssige konsekvenser\nDer bruges", "Ingen.\n\nDer bruges"),
    ]
    found = findings_with_defects(
        cli, tmp_path, "underpunkter_uden_indholdsfortegnelse.txt", defects
    )
    assert found == ["36:1: RL101", "49:1: RL402"]


def test_sub_items_in_place_of_their_item(cli, tmp_path):
    """Ringsted: "3.1."/"3.2." stand in item 3's place, with no row "3." over them, in the
    table of contents as in the body: items of their own, not item 2's text (false RL104 for
    each of their sections, RL301 for their rows and RL201 "3 mangler")."""
    document = fixture("underpunkter_uden_overpunkt.txt")
    assert [e.number for e in document.toc] == ["1", "2", "3.1", "3.2", "4", "5"]
    assert [(i.number, i.line, i.title, len(i.sections)) for i in document.items] == [
        ("1", 26, "Godkendelse af dagsorden", 0),
        ("2", 29, "Opfølgning på klimahandleplanen 2025", 6),
        ("3.1", 52, "Overførsler fra 2025 til 2026 - drift", 6),
        ("3.2", 74, "Overførsler fra 2025 til 2026 - anlæg", 6),
        ("4", 96, "Anlægsbevilling til renovering af Ringsted Hallen", 6),
        ("5", 119, "Eventuelt", 0),
    ]
    defects = [
        ("3.1. Overførsler fra 2025 til 2026 - drift ....", "3.1. Overførsler fra 2024 til 2025 - drift ...."),
        ("Indstilling\nDirektionen indstiller, at overførslerne godkendes.\n\nTidligere behandling\n"
         "Økonomiudvalget den 1. december 2025, pkt. 15: Anbefales.\n\n\n4.",
         "Tidligere behandling\nØkonomiudvalget den 1. december 2025, pkt. 15: Anbefales.\n\n\n4."),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "underpunkter_uden_overpunkt.txt", defects)
    assert found == ["19:1: RL306", "74:1: RL101"]


SUB_ITEMS_ALONE = """Dagsorden
Byrådet

Mødedato: Mandag den 8. december 2025

17. Opfølgning på klimahandleplanen

Indstilling
Direktionen indstiller, at opfølgningen tages til efterretning.

Økonomiske konsekvenser
Ingen.

Miljø- og klimamæssige konsekvenser
Kommunen er på vej mod målet om 70 pct. reduktion i 2030.

{first} Overførsler fra 2025 til 2026 - drift

Indstilling
Direktionen indstiller, at overførslerne godkendes.

Økonomiske konsekvenser
Overførslerne finansieres af kassebeholdningen.

Miljø- og klimamæssige konsekvenser
Ingen.

{second} Overførsler fra 2025 til 2026 - anlæg

Indstilling
Direktionen indstiller, at overførslerne godkendes.

Økonomiske konsekvenser
Overførslerne finansieres af kassebeholdningen.

Miljø- og klimamæssige konsekvenser
Flere af projekterne er energirenoveringer.

{following} Anlægsbevilling til renovering af Ringsted Hallen

Indstilling
Direktionen indstiller, at anlægsbevillingen gives.
"""


@pytest.mark.parametrize(
    ("first", "second", "following", "numbers"),
    [
        ("18.1", "18.2", "19.", ["17", "18.1", "18.2", "19"]),
        ("18.1.", "18.2.", "19.", ["17", "18.1", "18.2", "19"]),
        # an item added after item 17, its letter apart from its number
        ("17.a", "17.b", "18.", ["17", "17a", "17b", "18"]),
        ("17 A.", "17 B.", "18.", ["17", "17A", "17B", "18"]),
    ],
)
def test_sub_items_in_place_of_their_item_without_a_table_of_contents(
    first, second, following, numbers
):
    """Without a table of contents, "18.1"/"18.2" between items 17 and 19 (and "17.a", "17 A."
    after item 17) are items, each opening with a section heading."""
    text = SUB_ITEMS_ALONE.format(first=first, second=second, following=following)
    document = parse(from_text(text, "x.txt"))
    assert [(i.number, i.line, i.title) for i in document.items] == [
        (numbers[0], 6, "Opfølgning på klimahandleplanen"),
        (numbers[1], 17, "Overførsler fra 2025 til 2026 - drift"),
        (numbers[2], 28, "Overførsler fra 2025 til 2026 - anlæg"),
        (numbers[3], 39, "Anlægsbevilling til renovering af Ringsted Hallen"),
    ]


def test_numbered_sections_are_no_sub_items_in_place_of_an_item():
    """ "18.1 Baggrund" in item 17 before item 18 stays item 17's text, and so does "19.1
    ..." where the item after it is not numbered above 19 (a section's outline number)."""
    text = SUB_ITEMS_ALONE.format(first="18.1", second="19.1", following="18.")
    document = parse(from_text(text, "x.txt"))
    assert [(i.number, i.line) for i in document.items] == [("17", 6), ("18", 39)]


def test_a_lettered_item_printed_apart_in_the_table_of_contents_and_the_body():
    """ "Punkt 2 A: Title" and "2 A. Title" are item 2A, after item 2, not item 2 again (RL202),
    in the table of contents as in the body; "Punkt 3: A. P. Møller ..." keeps its number."""
    text = (
        "Dagsorden\nByrådet\n\nMødedato: Mandag den 8. december 2025\n\nIndholdsfortegnelse\n"
        "Punkt 2: Lokalplan 12\t2\nPunkt 2 A: Hastesag: Lokalplan 13\t3\n"
        "Punkt 3: A. P. Møller Fondens donation til Byparken\t4\n\n"
        "Punkt 2: Lokalplan 12\n\nIndstilling\nSagen godkendes.\n\n"
        "Punkt 2 A: Hastesag: Lokalplan 13\n\nIndstilling\nSagen godkendes.\n\n"
        "Punkt 3: A. P. Møller Fondens donation til Byparken\n\nIndstilling\nDonationen modtages.\n"
    )
    document = parse(from_text(text, "x.txt"))
    expected = [
        ("2", "Lokalplan 12"),
        ("2A", "Hastesag: Lokalplan 13"),
        ("3", "A. P. Møller Fondens donation til Byparken"),
    ]
    assert [(e.number, e.title) for e in document.toc] == expected
    assert [(i.number, i.title) for i in document.items] == expected


def test_lettered_items_with_a_space_and_a_small_letter(cli, tmp_path):
    """Aabenraa: "5 a." and "5 b. Lukket punkt: ..." under "Tillægsdagsorden", in the table of
    contents as in the body, are items 5a and 5b after the closed item 5, as "5 A." would be;
    "1 a. Serviceudgifterne ..." in item 2's text, "3 a-kasser" and "2 af ..." are none."""
    document = fixture("tillaegsdagsorden_bogstav_med_mellemrum.txt")
    assert [(e.number, e.line, e.group) for e in document.toc][-3:] == [
        ("5", 22, None), ("5a", 24, "Tillægsdagsorden"), ("5b", 25, "Tillægsdagsorden")
    ]  # fmt: skip
    assert [(i.number, i.line, i.end_line, i.closed, i.group) for i in document.items] == [
        ("1", 31, 31, False, None),
        ("2", 35, 57, False, None),
        ("3", 61, 80, False, None),
        ("4", 86, 86, False, None),
        ("5", 90, 90, True, None),
        ("5a", 96, 116, False, "Tillægsdagsorden"),
        ("5b", 120, 120, True, "Tillægsdagsorden"),
    ]
    defects = [
        ("5 b. Lukket punkt: Forlængelse af lejekontrakt\n",
         "5 a. Lukket punkt: Forlængelse af lejekontrakt\n"),
        ("Miljø- og klimamæssige konsekvenser\nDen nye bådebro", "Den nye bådebro"),
    ]  # fmt: skip
    found = findings_with_defects(
        cli, tmp_path, "tillaegsdagsorden_bogstav_med_mellemrum.txt", defects
    )
    assert found == ["25:1: RL307", "96:1: RL101", "119:1: RL202"]


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("5 a. Tilskud til sejlklubben", "5a"),
        ("5 a) Tilskud til sejlklubben", "5a"),
        ("5 a: Tilskud til sejlklubben", "5a"),
        ("5 A. Tilskud til sejlklubben", "5A"),
        ("Punkt 5 a. Tilskud til sejlklubben", "5a"),
        # "Punkt 5 A" alone on its row, the title on the next: item 5A, not item 5 again
        ("Punkt 5 A\nTilskud til sejlklubben", "5A"),
        ("Punkt 5 a:\nTilskud til sejlklubben", "5a"),
    ],
)
def test_a_lettered_item_with_its_letter_apart_without_a_table_of_contents(heading, number):
    explicit = heading.startswith("Punkt")
    prefix = "Punkt {}: " if explicit else "{}. "
    text = (
        "Referat\nØkonomiudvalget\nMødedato: Onsdag den 12. marts 2025\n\n"
        f"{prefix.format(4)}Regnskab 2024\n\nSagsfremstilling\nOverskud på 212 mio. kr.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        f"{prefix.format(5)}Lukket punkt: Køb af ejendom\n\nBeslutning\nGodkendt.\n\n"
        f"Tillægsdagsorden\n\n{heading}\n\nSagsfremstilling\nKlubben søger 450.000 kr.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    document = parsed(text)
    assert [(i.number, i.title, i.decision.text) for i in document.items] == [
        ("4", "Regnskab 2024", "Taget til efterretning."),
        ("5", "Køb af ejendom", "Godkendt."),
        (number, "Tilskud til sejlklubben", "Godkendt."),
    ]


@pytest.mark.parametrize("row", ["5 a. Tilskud til sejlklubben", "5 A. Tilskud til sejlklubben"])
def test_a_lettered_toc_row_with_its_letter_apart_without_a_page(row):
    """A table of contents without pages lists "5 a. Title" as item 5a, not as the end of the
    list."""
    text = (
        "Dagsorden\nØkonomiudvalget\nMødedato: Onsdag den 12. marts 2025\n\nIndholdsfortegnelse\n"
        f"5. Køb af ejendom\n{row}\n\n5. Køb af ejendom\n\nSagsfremstilling\nKøb af en grund.\n\n"
        f"{row}\n\nSagsfremstilling\nKlubben søger 450.000 kr.\n"
    )
    document = parsed(text)
    number = row.replace(" ", "")[:2]
    assert [(e.number, e.title) for e in document.toc] == [
        ("5", "Køb af ejendom"), (number, "Tilskud til sejlklubben")
    ]  # fmt: skip
    assert [(i.number, i.line) for i in document.items] == [("5", 9), (number, 14)]


@pytest.mark.parametrize(("first", "second"), [("1 a.", "1 b."), ("1a.", "1b."), ("1 A.", "1 B.")])
def test_a_lettered_list_entry_in_an_item_is_no_item(first, second):
    """ "1 a. Der gives ..." and "1 b. ..." under item 2, in its text, are a list's entries:
    an item added after item 1 follows item 1, not item 2."""
    text = (
        "Referat\nØkonomiudvalget\nMødedato: Onsdag den 12. marts 2025\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Tilskud til foreningerne\n\nSagsfremstilling\nForvaltningen foreslår:\n\n"
        f"{first} Der gives tilskud til sejlklubben.\n\n"
        f"{second} Tilskuddet finansieres af puljen.\n\n"
        "Økonomiske konsekvenser\nIngen.\n\nBeslutning\nGodkendt.\n\n"
        "3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    document = parsed(text)
    assert [(i.number, i.line) for i in document.items] == [("1", 5), ("2", 10), ("3", 25)]


@pytest.mark.parametrize(
    "name",
    [
        "bornholm_referat.txt",  # "Åbent punkt" and the case number under each heading
        "esbjerg_referat.txt",  # "2 Title" and a "Dok.nr.: ... Sagsnr.: ..." row under it
        "roskilde_referat.txt",  # "03." and "02." strong by their case numbers, the rest plain
        "frederiksberg_referat.txt",
        "helsingoer_referat.txt",  # "Indstilling: ..." with its text on its line
    ],
)
def test_minutes_printed_in_the_order_the_items_were_treated(cli, tmp_path, name):
    """Without a table of contents, minutes printing item 3 before item 2 (treated first)
    read every item, each with its own sections: RL203 on item 2, not RL201 and RL104 per
    section of item 2 read as item 3's."""
    lines = (LAYOUTS / name).read_text("utf-8").split("\n")
    second, third, fourth = fixture(name).items[1:4]
    treated = (
        lines[: second.line - 1]
        + lines[third.line - 1 : fourth.line - 1]
        + lines[second.line - 1 : third.line - 1]
        + lines[fourth.line - 1 :]
    )
    path = tmp_path / name
    path.write_text("\n".join(treated), encoding="utf-8")
    moved = second.line + fourth.line - third.line  # where item 2's heading is now
    document = parse(from_text(path.read_text("utf-8"), name))
    assert [(i.number, i.title) for i in document.items][1:4] == [
        (third.number, third.title), (second.number, second.title), (fourth.number, fourth.title)
    ]  # fmt: skip
    assert document.items[2].line == moved
    assert located_findings(cli, path, "--fail-on", "warning") == [f"{moved}:1: RL203"]


def test_a_number_printed_twice_over_a_case_number_row(cli, tmp_path):
    """Esbjerg: item 4 printed as "3" a second time, each heading over a "Dok.nr.: ...
    Sagsnr.: ..." row and then "Sagsfremstilling", is an item of its own (RL202), not a
    second run of item 3's sections (RL104 per section); item 5 after it is no gap (RL201):
    4 is not missing, the second 3 has its number."""
    defects = [("4 Orientering om trafiktællinger 2023", "3 Orientering om trafiktællinger 2023")]
    found = findings_with_defects(cli, tmp_path, "esbjerg_referat.txt", defects)
    assert found == ["72:1: RL202"]


def test_items_added_on_a_tillaegsdagsorden_after_the_closed_items(cli, tmp_path):
    """Slagelse: "6a."/"6b." under a "Tillægsdagsorden" heading after the closed items 4 and
    5, in the table of contents as in the body: items of their own, in that group, open."""
    document = fixture("tillaegsdagsorden.txt")
    assert [(e.number, e.group) for e in document.toc][-3:] == [
        ("5", None), ("6a", "Tillægsdagsorden"), ("6b", "Tillægsdagsorden")
    ]  # fmt: skip
    assert [(i.number, i.line, i.end_line, i.closed, i.group) for i in document.items][-3:] == [
        ("5", 61, 64, True, None),
        ("6a", 68, 88, False, "Tillægsdagsorden"),
        ("6b", 91, 111, False, "Tillægsdagsorden"),
    ]
    defects = [
        ("6b. Høringssvar om regional trafikplan ....................................... 3",
         "6b. Høringssvar om regional trafikplan ....................................... 2"),
        ("frist fredag den 13. december", "frist torsdag den 13. december"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "tillaegsdagsorden.txt", defects)
    assert found == ["21:1: RL304", "96:69: RL501"]
    run = cli([tmp_path / "tillaegsdagsorden.txt", "--output-format", "concise", "--select", "RL5"])
    assert "RL501 [punkt 6b, side 3]" in run.out  # the item it stands in, not the closed 5


@pytest.mark.parametrize(
    "heading", ["Tillægsdagsorden", "Tillægsdagsorden:", "Eftersendte punkter"]
)
def test_a_tillaegsdagsorden_heading_ends_the_item_above_it_without_a_toc(heading):
    text = (
        "Referat\nØkonomiudvalget\nMødedato: Mandag den 18. november 2024\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt med punkt 2a og 2b.\n\n"
        "2. Lukket punkt: Køb af ejendom\n\nBeslutning\nGodkendt.\n\n"
        f"{heading}\n\n"
        "2a. Tillægsbevilling til vintertjenesten\n\nSagsfremstilling\n"
        "Der er indgået en ny kontrakt om saltning.\n\nBeslutning\nAnbefalet.\n\n"
        "2b. Høringssvar om trafikplan\n\nSagsfremstilling\n"
        "Administrationen har udarbejdet et høringssvar.\n\nBeslutning\nGodkendt.\n"
    )
    document = parsed(text)
    group = heading.rstrip(":")
    assert [(i.number, i.closed, i.group, i.decision.text) for i in document.items] == [
        ("1", False, None, "Godkendt med punkt 2a og 2b."),
        ("2", True, None, "Godkendt."),
        ("2a", False, group, "Anbefalet."),
        ("2b", False, group, "Godkendt."),
    ]


def test_items_numbered_with_a_dash_and_closed_at_the_end_of_the_title(cli, tmp_path):
    """Silkeborg: "1 - Title" in the body and in a table of contents whose column headings
    read "Sag / Titel / Side", and "(Lukket)" after the title."""
    document = fixture("silkeborg_dagsorden.txt")
    assert [(i.number, i.closed) for i in document.items] == [
        ("1", False), ("2", False), ("3", False), ("4", False), ("5", False), ("6", True)
    ]  # fmt: skip
    assert document.toc[0].title == "Godkendelse af dagsorden"
    defects = [
        ("3 -\tNy politik for indkøb og udbud\t4", "3 -\tNy politik for indkøb\t4"),
        (
            "Miljø- og klimamæssige konsekvenser\nPolitikken stiller krav",
            "Politikken stiller krav",
        ),
    ]
    found = findings_with_defects(cli, tmp_path, "silkeborg_dagsorden.txt", defects)
    assert found == ["17:1: RL306", "56:1: RL101"]


def test_items_with_and_without_a_case_number_and_a_duplicated_number(cli, tmp_path):
    """Roskilde: "01." items with no table of contents, some with a "Sagsnr.:" line and
    some without; the decision ("Udvalgets beslutning") first."""
    document = fixture("roskilde_referat.txt")
    assert [i.number for i in document.items] == ["01", "02", "03", "04", "05"]
    assert document.items[0].decision.text == "Godkendt."
    defects = [
        ("04. Meddelelser", "03. Meddelelser"),
        ("Økonomi\nSagen har ingen økonomiske", "Sagen har ingen økonomiske"),
    ]
    found = findings_with_defects(cli, tmp_path, "roskilde_referat.txt", defects)
    assert found == ["22:1: RL101", "91:1: RL202"]  # one line less above


AGENDA_LIST = (
    "Dagsorden:\n1) Godkendelse af dagsorden\n2) Kvalitetsrapport for skoleområdet 2024/25\n"
    "3) Tilskud til sommeraktiviteter for børn og unge 2025\n4) Takster for klubber 2026\n"
    "5) Eventuelt\n\n"
)


def test_a_typed_agenda_list_without_pages_is_the_table_of_contents(cli, tmp_path):
    """Vallensbæk: "Dagsorden:" over the items typed as "1) Title" without pages, the items
    "3) Title" below with "Bilag:" and file names. The list is the table of contents, so a
    title changed in one place is RL306, and a number printed twice in the body RL307 at the
    list's row, RL202 (and no gap after it: RL201)."""
    document = fixture("dagsorden_liste_uden_sidetal.txt")
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", None, 17),
        ("2", "Kvalitetsrapport for skoleområdet 2024/25", None, 18),
        ("3", "Tilskud til sommeraktiviteter for børn og unge 2025", None, 19),
        ("4", "Takster for klubber 2026", None, 20),
        ("5", "Eventuelt", None, 21),
    ]
    assert [(i.number, i.line) for i in document.items] == [
        ("1", 24), ("2", 30), ("3", 53), ("4", 74), ("5", 92)
    ]  # fmt: skip
    assert document.meeting.date == "2025-06-10"
    name = "dagsorden_liste_uden_sidetal.txt"
    retitled = [("4) Takster for klubber 2026\n5)", "4) Takster for fritidsklubber 2026\n5)")]
    assert findings_with_defects(cli, tmp_path, name, retitled) == ["20:1: RL306"]
    repeated = [("\n\n3) Tilskud", "\n\n2) Tilskud")]
    found = findings_with_defects(cli, tmp_path, name, repeated)
    assert found == ["19:1: RL307", "53:1: RL202"]


def test_a_typed_agenda_list_with_pages_is_the_table_of_contents(cli, tmp_path):
    """The same "Dagsorden:" list with each item's page after a tab, in a text paged by form
    feeds: its pages are read and checked like a table of contents' (RL304, RL305)."""
    text = (LAYOUTS / "dagsorden_liste_uden_sidetal.txt").read_text("utf-8")
    pages = {"1": 1, "2": 1, "3": 2, "4": 3, "5": 3}
    listed = "".join(f"{row}\t{pages[row[0]]}\n" for row in AGENDA_LIST.splitlines()[1:] if row)
    text = text.replace(AGENDA_LIST, f"Dagsorden:\n{listed}\n")
    text = text.replace("\n\n3) Tilskud", "\n\f3) Tilskud").replace(
        "\n\n4) Takster", "\n\f4) Takster"
    )
    document = parsed(text)
    assert [(e.number, e.page, e.line) for e in document.toc] == [
        ("1", 1, 17), ("2", 1, 18), ("3", 2, 19), ("4", 3, 20), ("5", 3, 21)
    ]  # fmt: skip
    path = tmp_path / "referat.txt"
    path.write_text(text, "utf-8")
    assert located_findings(cli, str(path)) == []
    path.write_text(text.replace("klubber 2026\t3", "klubber 2026\t4"), "utf-8")
    # One wrong page, one finding: the 4 is beyond the last page and above the next line's
    # right 3, which RL305 leaves to RL304.
    assert located_findings(cli, str(path)) == ["20:1: RL304"]


@pytest.mark.parametrize("marker", [")", "."])
def test_an_item_number_printed_twice_without_a_table_of_contents_heads_an_item(
    cli, tmp_path, marker
):
    """Without a table of contents, the next item printed with the number of the one before
    ("2) Tilskud ..." under item 2's "Bilag:" list) opens with the same section heading as
    that item: an item of its own, RL202 (no gap after it: RL201), not a line of item
    2's attachments with every section of the item twice (RL104)."""
    text = (LAYOUTS / "dagsorden_liste_uden_sidetal.txt").read_text("utf-8")
    text = text.replace(AGENDA_LIST, "").replace("\n\n3) Tilskud", "\n\n2) Tilskud")
    text = re.sub(r"^(\d)\) ", rf"\1{marker} ", text, flags=re.M)
    document = parsed(text)
    assert document.toc == ()
    assert [(i.number, i.line) for i in document.items] == [
        ("1", 17), ("2", 23), ("2", 46), ("4", 67), ("5", 85)
    ]  # fmt: skip
    assert [line.text for line in document.items[1].attachments] == [
        "Kvalitetsrapport_2024-25_endelig.pdf",
        "Handleplan trivsel udskoling.pdf",
    ]
    path = tmp_path / "referat.txt"
    path.write_text(text, encoding="utf-8")
    assert located_findings(cli, path) == ["46:1: RL202"]


@pytest.mark.parametrize(
    ("body", "items"),
    [
        # The items' headings themselves stand under "Dagsorden:", one per paragraph.
        (
            "Dagsorden:\n\n1. Godkendelse af dagsorden\n\n2. Salg af ejendom\n\n"
            "Sagsfremstilling\nKommunen har modtaget et bud på ejendommen.\n\n"
            "Beslutning\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.\n",
            [("1", 9), ("2", 11), ("3", 19)],
        ),
        # The agenda quoted in item 1, below that item's heading.
        (
            "1. Godkendelse af dagsorden\n\nSagsfremstilling\nDagsorden:\n"
            "1. Godkendelse af dagsorden\n2. Salg af ejendom\n3. Eventuelt\n\n"
            "Beslutning\nGodkendt.\n\n2. Salg af ejendom\n\nSagsfremstilling\n"
            "Kommunen har modtaget et bud på ejendommen.\n\nBeslutning\nGodkendt.\n\n"
            "3. Eventuelt\n\nBeslutning\nIntet.\n",
            [("1", 7), ("2", 18), ("3", 26)],
        ),
    ],
)
def test_a_list_under_dagsorden_that_is_not_the_items_own_list_is_no_table_of_contents(body, items):
    document = parsed(
        "Referat\n\nØkonomiudvalget\n\nMødedato: Onsdag den 19. november 2025 kl. 16.00\n\n" + body
    )
    assert document.toc == ()
    assert [(i.number, i.line) for i in document.items] == items


def test_defects_in_the_viborg_layout_are_found(cli, tmp_path):
    """Viborg: "1. Title" with a dot-leader table of contents, "Side N af M" footers and
    "Sagsnr.: X<TAB>Dok.nr.: Y" on one line."""
    document = fixture("viborg_referat.txt")
    assert [(i.number, i.closed, i.decision.text) for i in document.items] == [
        ("1", False, "Godkendt."),
        ("2", False, "Taget til efterretning."),
        ("3", False, "Anbefales godkendt."),
        ("4", False, "Godkendt."),
        ("5", False, "Godkendt."),
        ("6", False, "Intet."),
        ("7", True, "Godkendt."),
    ]
    assert document.items[2].title == (
        "Anlægsbevilling til renovering af svømmehallen i Bjerringbro og udvidelse af "
        "omklædningsfaciliteterne"
    )
    assert document.items[1].case_number == "24/2210"  # "Sagsnr.: 24/2210<TAB>Dok.nr.: ..."
    defects = [
        ("Onsdag den 13. marts 2024", "Tirsdag den 13. marts 2024"),
        ("Erhvervsråd ................. 4", "Erhvervsråd ................. 5"),
        ("til bil.\n\nBeslutning i Økonomi- og Erhvervsudvalget den 13-03-2024\n\nGodkendt.",
         "til bil.\n\nBeslutning i Økonomi- og Erhvervsudvalget den 13-03-2024\n\n"
         "Beslutning ikke frigivet"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "viborg_referat.txt", defects)
    assert found == ["7:11: RL501", "19:1: RL304", "169:1: RL401"]


def test_baeredygtighed_as_the_climate_section_and_a_year_shared_by_two_dates(cli, tmp_path):
    """Skanderborg: "Bæredygtighed" is the template's climate and environment section,
    "Orientering fra borgmester og direktion" a standing item, and a meeting plan writes
    the year once after two dates ("torsdag den 28. august og fredag den 29. august 2025")."""
    document = fixture("skanderborg_dagsorden.txt")
    assert [(s.heading, s.canonical) for s in document.items[2].sections] == [
        ("Beslutningstema", "Beslutningstema"),
        ("Sagsfremstilling", "Sagsfremstilling"),
        ("Indstilling", "Indstilling"),
        ("Økonomi", "Økonomiske konsekvenser"),
        ("Bæredygtighed", "Miljø- og klimamæssige konsekvenser"),
        ("Bilag", "Bilag"),
    ]
    defects = [
        ("Bæredygtighed\nUdbygningen opføres", "Udbygningen opføres"),
        ("holdes torsdag den 28. august", "holdes onsdag den 28. august"),
    ]
    found = findings_with_defects(cli, tmp_path, "skanderborg_dagsorden.txt", defects)
    assert found == ["79:1: RL101", "113:144: RL501"]


def test_items_headed_number_tab_title_and_a_slash_in_a_heading(cli, tmp_path):
    """Lyngby-Taarbæk: "1<TAB>Title" item headings (the table of contents has the same
    rows), "Økonomi/finansiering" as the economy section, footers in the running text."""
    document = fixture("lyngby_referat.txt")
    assert [(i.number, i.line, i.closed) for i in document.items] == [
        ("1", 31, False), ("2", 41, False), ("3", 80, False), ("4", 121, False),
        ("5", 159, False), ("6", 198, False), ("7", 204, True),
    ]  # fmt: skip
    assert [i.title for i in document.items] == [e.title for e in document.toc]
    assert document.items[2].title == (
        "Frigivelse af anlægsmidler til klimatilpasning af Lyngby Hovedgade og Virum Stationsvej"
    )
    economy = [s for s in document.items[1].sections if s.canonical == "Økonomiske konsekvenser"]
    assert [s.heading for s in economy] == ["Økonomi/finansiering"]
    assert [i.decision.text for i in document.items][:3] == [
        "Orienteringen taget til efterretning.",
        "Taget til efterretning.",
        "Anbefales.",
    ]
    defects = [
        ("budget 2025.", "budget 2025 og om klagen fra borgeren med cpr-nr. 120456-1236."),
        ("marts 2024\n\nTaget til efterretning.", "marts 2024\n\nXX"),
        ("4\tUdbud af rengøring på kommunens skoler og daginstitutioner\n\n",
         "3\tUdbud af rengøring på kommunens skoler og daginstitutioner\n\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "lyngby_referat.txt", defects)
    # The duplicated number 3 also leaves the table of contents' 4 unmatched and 4 missing.
    assert found == ["25:1: RL307", "35:102: RL601", "78:1: RL402", "121:1: RL202"]


def test_a_slash_between_two_words_of_a_heading_reads_as_og():
    assert DEFAULT.heading("Økonomi/finansiering") == ("Økonomiske konsekvenser", True)
    assert DEFAULT.heading("Klima / miljø") == ("Miljø- og klimamæssige konsekvenser", True)
    assert DEFAULT.heading("Økonomi/tidsplan") is None


def test_toc_group_rows_without_number_and_page_are_groups_not_titles(cli, tmp_path):
    """Horsens: "Sag nr. 112: Title", a table of contents with "<TAB>Sager til beslutning"
    group rows, CAPITAL section headings, "KLE:" under "Sagsnr.:", "... Side N" footers
    without "af M" before a form feed."""
    document = fixture("horsens_dagsorden.txt")
    assert document.kind == "dagsorden"
    assert [(e.number, e.title, e.group) for e in document.toc][:2] == [
        ("112", "Godkendelse af dagsorden", "Sager til beslutning"),
        ("113", "Overførsel af uforbrugte drifts- og anlægsmidler fra 2023 til 2024",
         "Sager til beslutning"),
    ]  # fmt: skip
    groups = ["Sager til beslutning"] * 5 + ["Sager til orientering"] * 2 + ["Lukkede sager"] * 2
    assert [(i.number, i.group, i.closed) for i in document.items] == [
        (str(112 + n), group, n >= 7) for n, group in enumerate(groups)
    ]
    # The body's group heading ends the item above it; the footer is no part of an item.
    texts = [line.text for s in document.items[4].sections for line in s.body]
    assert not any("SAGER TIL" in text or "Side " in text for text in texts)
    defects = [
        ("Horsens Vand A/S\t4", "Horsens Forsyning A/S\t4"),
        ("ØKONOMI\n\nSagen har ingen økonomiske konsekvenser for kommunen.\n\n", ""),
        ("SAGSFREMSTILLING\n\nHorsens Vand", "SAGSFREMSTILING\n\nHorsens Vand"),
    ]
    found = findings_with_defects(cli, tmp_path, "horsens_dagsorden.txt", defects)
    assert found == ["21:1: RL306", "78:1: RL101", "120:1: RL103"]


def test_decision_first_with_the_case_number_below_it_and_wrapped_titles(cli, tmp_path):
    """Sønderborg: "Pkt. 45 - Title", the decision first with "Sagsnr.:" and "Dok.nr.:"
    below it, headings ending in a colon, a title wrapped onto "2025/26", no contents."""
    document = fixture("soenderborg_referat.txt")
    assert [(i.number, i.case_number, i.decision.text) for i in document.items] == [
        ("45", None, "Godkendt."),
        ("46", "24/3702", "Indstillingen blev godkendt."),
        ("47", "23/29811", "Orienteringen blev taget til efterretning."),
        ("48", "24/1874", "Godkendt."),
        ("49", "24/2930", "Godkendt med den ændring, at åbningstiden fredag forlænges til kl. 16.00."),
        ("50", None, "Intet."),
        ("51", None, "Godkendt."),
    ]  # fmt: skip
    assert document.items[1].title == "Skoledistrikter i Nordborg-området fra skoleåret 2025/26"
    assert document.items[-1].closed
    defects = [
        ("Godkendt.\nTom Ahrendt var fraværende.\n\nSagsnr.: 24/1874",
         "Afventer\nTom Ahrendt var fraværende.\n\nSagsnr.: 24/1874"),
        ("Godkendt med den ændring, at åbningstiden fredag forlænges til kl. 16.00.",
         "Beslutning ikke frigivet"),
        ("Pkt. 51 -", "Pkt. 52 -"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "soenderborg_referat.txt", defects)
    assert found == ["87:1: RL402", "113:1: RL401", "142:1: RL201"]


def test_a_header_block_above_the_heading_belongs_to_the_item_below(cli, tmp_path):
    """Helsingør: "Åbent punkt" or "Lukket punkt" and "Sagsnr.:" directly above "88. Title",
    inline sections, "Mødet hævet kl. 21:05" after the last item, no contents."""
    document = fixture("helsingoer_referat.txt")
    assert [(i.number, i.line, i.case_number, i.closed) for i in document.items] == [
        ("87", 16, "24/00122", False), ("88", 24, "24/05519", False),
        ("89", 49, "23/28804", False), ("90", 71, "24/07711", False),
        ("91", 90, "24/08016", False), ("92", 108, "24/00123", False),
        ("93", 113, None, True),
    ]  # fmt: skip
    assert document.items[2].title == (
        "Anlægsbevilling til ny svømmehal ved Helsingør Idrætspark og nedrivning af "
        "Snekkersten Svømmehal"
    )
    assert [i.decision.text for i in document.items] == [
        "Taget til efterretning.", "Godkendt.", "Godkendt.",
        "Godkendt med 22 stemmer for og 3 imod.",
        "Forslaget blev oversendt til Miljø- og Teknikudvalget.", "Intet.", "Godkendt.",
    ]  # fmt: skip
    assert (document.meeting.date, document.meeting.end) == ("2024-05-27", "21:05")
    defects = [
        ("Dato: Mandag", "Dato: Tirsdag"),
        ("Tillægget er 4,10 kr.", "Tillægget er [indsæt beløb] kr."),
        ("93. Salg af grund i Espergærde Erhvervsområde\n",
         "93. Salg af grund i Espergærde Erhvervsområde\n\nSagsfremstilling: Køberen, Jens "
         "Hansen, driver et vognmandsfirma og har budt 4,2 mio. kr. for grunden.\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "helsingoer_referat.txt", defects)
    assert [" ".join(f.split()[:2]) for f in found] == [
        "7:7: RL501",
        "76:32: RL604",
        "115:1: RL701",
    ]


def test_a_header_block_marks_a_bare_heading_with_no_section_heading_near_it():
    paragraphs = "\n\n".join(f"Borgmesteren orienterede om sag {n}." for n in range(4))
    text = "Referat\n\n" + "".join(
        f"{status}\nSagsnr.: 24/0012{n}\n{n}. Punkt nummer {n}\n\n{paragraphs}\n\n"
        "Beslutning: Taget til efterretning.\n\n"
        for n, status in ((1, "Åbent punkt"), (2, "Åbent punkt"), (3, "Lukket punkt"))
    )
    document = parsed(text)
    assert [(i.number, i.case_number, i.closed) for i in document.items] == [
        ("1", "24/00121", False), ("2", "24/00122", False), ("3", "24/00123", True)
    ]  # fmt: skip
    assert [i.decision.text for i in document.items] == ["Taget til efterretning."] * 3


def test_a_case_number_closing_an_item_is_not_taken_for_its_own():
    text = (
        "Referat\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n\n"
        "Sagsnr.: 24/00122\n\nPunkt 2: Meddelelser\n\nBeslutning:\nGodkendt.\n\n"
        "Sagsnr.: 24/00123\n\nSagsfremstilling:\nIngen.\n"
    )
    document = parsed(text)
    assert [(i.case_number, i.decision.text) for i in document.items] == [
        (None, "Godkendt."), ("24/00123", "Godkendt.")
    ]  # fmt: skip


def test_without_the_header_blocks_items_and_a_wrapped_title_are_still_found():
    text = (LAYOUTS / "helsingoer_referat.txt").read_text("utf-8")
    text = re.sub(r"(?m)^(?:Åbent punkt|Lukket punkt|Sagsnr\.: \S+)\n", "", text)
    document = parsed(text)
    assert [i.number for i in document.items] == [str(n) for n in range(87, 94)]
    assert document.items[2].title.endswith("og nedrivning af Snekkersten Svømmehal")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The row under the heading goes on from the title ...
        ("4. Salg af grund til\nEspergærde Erhverv\n\nTekst.\n", "Salg af grund til Espergærde Erhverv"),
        ("4. Skoledistrikter fra skoleåret\n2025/26\n\nTekst.\n", "Skoledistrikter fra skoleåret 2025/26"),
        ("4. Garanti til Idrætscentret\nfor lån\nSagsnr.: 24/1\n\nTekst.\n", "Garanti til Idrætscentret for lån"),
        # ... or is the item's text, a heading, a case number or a paragraph.
        ("4. Salg af grund\nGrunden sælges.\n\nTekst.\n", "Salg af grund"),
        ("4. Salg af grund til\nIndstilling\n\nTekst.\n", "Salg af grund til"),
        ("4. Salg af grund til\nSagsnr.: 24/1\n\nTekst.\n", "Salg af grund til"),
        ("4. Salg af grund til\nen køber i byen, som\nhar budt.\n", "Salg af grund til"),
        ("4. Budget for\n2024 er vedtaget af byrådet.\n\nTekst.\n", "Budget for"),
    ],
)  # fmt: skip
def test_a_title_wrapped_without_a_table_of_contents(text, title):
    heading = "REFERAT\n\nPunkt 3: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
    document = parsed(heading + text.replace("4. ", "Punkt 4: "))
    assert document.items[-1].title == title


def test_a_toc_with_pages_written_side_n_and_a_footer_without_af(cli, tmp_path):
    """Svendborg: "Punkt 1" alone with the title below, a contents "Punkt 1  Title ....
    side 2" with a wrapped row, running header and footer "... tirsdag den 11. marts 2025
    <TAB>side 2" at each page's end, signatures without a heading after the last item."""
    document = fixture("svendborg_referat.txt")
    assert [(e.number, e.page) for e in document.toc] == [
        ("1", 2), ("2", 2), ("3", 2), ("4", 3), ("5", 4), ("6", 5), ("7", 5), ("8", 6)
    ]  # fmt: skip
    title = "Ansøgning om kommunegaranti til Svendborg Idrætscenter for lån til ny multihal"
    assert document.toc[3].title == document.items[3].title == title
    assert document.items[3].case_number == "24/22817"
    assert [(i.number, i.closed, i.decision.text) for i in document.items] == [
        ("1", False, "Godkendt."),
        ("2", False, "Godkendt."),
        ("3", False, "Taget til efterretning."),
        ("4", False, "Anbefales godkendt."),
        ("5", False, "Anbefales godkendt."),
        ("6", False, "Taget til efterretning."),
        ("7", False, "Intet."),
        ("8", True, "Godkendt."),
    ]
    defects = [
        ("Svendborg Havn ...... side 5", "Svendborg Havn ...... side 4"),
        ("Beslutning i Økonomiudvalget den 11. marts 2025\n\nTaget til efterretning.\n\n"
         "Referat - Økonomiudvalget - tirsdag den 11. marts 2025\t\t\t\tside 2",
         "Referat - Økonomiudvalget - tirsdag den 11. marts 2025\t\t\t\tside 2"),
        ("Anbefales godkendt.\n\nReferat - Økonomiudvalget - tirsdag den 11. marts 2025\t\t\t\tside 4",
         "Afventer\n\nReferat - Økonomiudvalget - tirsdag den 11. marts 2025\t\t\t\tside 4"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "svendborg_referat.txt", defects)
    assert found == ["22:1: RL304", "45:1: RL105", "138:1: RL402"]


def test_a_running_footer_without_af_is_page_furniture_only_where_it_keeps_step():
    page = "Punkt 1\nBudget\n\nBeslutning\n\n{}\n\nReferat - Udvalget\t\tside {}\n"
    text = page.format("Godkendt.", 1) + "\f" + page.format("Intet.", 2).replace("1", "2", 1)
    assert [i.decision.text for i in parsed(text).items] == ["Godkendt.", "Intet."]
    # A number that does not follow the pages is the decision's, not a footer.
    text = text.replace("side 2", "side 7")
    assert parsed(text).items[0].decision.text.endswith("side 1")


def test_a_running_header_with_a_page_number_and_no_af_is_page_furniture(cli, tmp_path):
    """Næstved: "Teknik- og Miljøudvalget<TAB>Mødedato: 07.10.2024<TAB>Side N" opens pages
    2-6 after a form feed, with no footer: it ends no decision, section or attachment list."""
    document = fixture("sidehoved_med_sidetal.txt")
    assert [(i.number, i.page, i.decision.text) for i in document.items] == [
        ("1", 2, "Godkendt."),
        ("2", 2, "Udvalget blev orienteret om status på renoveringen af Axeltorv og om "
                 "tidsplanen for den nye busterminal."),
        ("3", 3, "Indstillingen blev godkendt."),
        ("4", 5, "Anbefales."),
        ("5", 6, "Intet."),
    ]  # fmt: skip
    climate = document.items[2].sections[-1]
    assert [line.text for line in climate.body] == [
        "Sikrere cykelstier og skoleveje kan få flere til at cykle i stedet for at køre bil."
    ]
    assert [a.text for a in document.items[3].attachments] == [
        "1. Forslag til spildevandsplan 2025-2030 (offentlig)",
        "2. Miljøvurdering af spildevandsplanen (offentlig)",
    ]
    defects = [
        ("Indstillingen blev godkendt.\n", "XX\n"),
        ("Sikrere cykelstier og skoleveje kan få flere til at cykle i stedet for at køre bil.\n",
         "\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "sidehoved_med_sidetal.txt", defects)
    assert found == ["55:1: RL402", "71:1: RL102"]


def test_a_running_header_padded_differently_on_each_page_is_page_furniture(cli, tmp_path):
    """pdftotext -layout pads the gap between a running header's two parts by a different
    number of spaces on each page: the header is furniture all the same, not the end of
    the decision that closes the page before."""
    document = fixture("sidehoved_skiftende_mellemrum.txt")
    assert [(i.number, i.page, i.decision.text) for i in document.items] == [
        ("1", 2, "Godkendt."),
        ("2", 2, "Godkendt."),
        ("3", 3, "Anbefales over for Økonomiudvalget og Byrådet."),
        ("4", 4, "Intet."),
    ]
    defects = [
        ("Godkendt.\n\n\n", "XX\n\n\n"),
        ("Anbefales over for Økonomiudvalget og Byrådet.\n", "Beslutning ikke frigivet\n"),
    ]
    found = findings_with_defects(cli, tmp_path, "sidehoved_skiftende_mellemrum.txt", defects)
    assert found == ["42:1: RL402", "65:1: RL401"]


def test_a_running_header_split_in_two_rows_and_toc_numbers_apart_from_titles(cli, tmp_path):
    """Plain pdftotext prints each text block as a paragraph of its own: the running
    header's two parts as two rows ("Social- og Sundhedsudvalget, 02-06-2025" / "Referat")
    on every page, both furniture, and a contents row's number ("1.") apart from its title
    and page, one entry."""
    document = fixture("sidehoved_to_linjer_toc_blokke.txt")
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 2, 17),
        ("2", "Rehabiliteringsforløb i hjemmeplejen", 2, 21),
        ("3", "Takster for madservice 2026", 3, 25),
        ("4", "Klage over afgørelse om hjælpemidler", 4, 29),
    ]
    assert [(i.number, i.page, i.closed, i.decision.text) for i in document.items] == [
        ("1", 2, False, "Godkendt."),
        ("2", 2, False, "Godkendt."),
        ("3", 3, False, "Anbefales over for Byrådet."),
        ("4", 4, True, "Klagen blev ikke imødekommet."),
    ]
    defects = [
        ("Rehabiliteringsforløb i hjemmeplejen .....", "Rehabilitering i hjemmeplejen ....."),
        ("....... 3\n", "....... 4\n"),
        ("Anbefales over for Byrådet.\n", "XX\n"),
    ]
    found = findings_with_defects(cli, tmp_path, "sidehoved_to_linjer_toc_blokke.txt", defects)
    assert found == ["21:1: RL306", "25:1: RL304", "79:1: RL402"]


def test_a_decision_under_a_running_title_on_two_pages_of_three_is_no_furniture():
    """The row under a running title is the title's second row only where it does not go on
    from a heading at the foot of the page before: here both pages after the first open
    with the decision under "Beslutning" (at the foot of the page before)."""
    title = "Økonomiudvalget, 12-03-2026\n\n"
    document = parsed(
        f"{title}Referat\n\nMødedato: Torsdag den 12. marts 2026\n\n1. Budgetopfølgning\n\n"
        f"Beslutning\n\f{title}Godkendt.\n\n2. Salg af grunde\n\nBeslutning\n"
        f"\f{title}Godkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert [(i.number, i.decision.text) for i in document.items] == [
        ("1", "Godkendt."), ("2", "Godkendt."), ("3", "Intet.")
    ]  # fmt: skip


def test_a_running_header_without_af_is_page_furniture_only_where_it_keeps_step():
    text = (
        "Referat\n\nPunkt 1\nBudget\n\nBeslutning\n\nGodkendt.\n"
        "\fSocialudvalget\tMødedato: 07.10.2024\tSide 2\n\nIndstilling\n\nAt budgettet godkendes.\n"
        "\fSocialudvalget\tMødedato: 07.10.2024\tSide 3\n\nPunkt 2\nEventuelt\n\nBeslutning\n\nIntet.\n"
    )
    assert [i.decision.text for i in parsed(text).items] == ["Godkendt.", "Intet."]
    # Numbers that do not follow the pages are the decision's, not a header's.
    text = text.replace("Side 2", "Side 6").replace("Side 3", "Side 9")
    decision = "Godkendt. Socialudvalget\tMødedato: 07.10.2024\tSide 6"
    assert parsed(text).items[0].decision.text == decision


def test_a_decision_that_opens_two_pages_of_four_is_text_not_a_running_title():
    """A text print with form feeds: "Godkendt." is the first row of pages 2 and 4, for the
    decision under the heading at the foot of the page before went on to the next page. A
    running title opens most pages; this is each item's decision (main read RL402 twice)."""
    item = (
        "{n}. {title}\n\nSagsfremstilling\n{text}\n\nØkonomiske konsekvenser\nIngen.\n\n"
        "Miljø- og klimamæssige konsekvenser\nIngen.\n\n"
        "Indstilling\nDirektionen indstiller, at sagen godkendes.\n\nBeslutning\n"
    )
    pages = [
        "Referat\n\nØkonomiudvalget\n\nMødedato: Torsdag den 12. marts 2026\n\n"
        + item.format(n=1, title="Budgetopfølgning", text="Budgettet er gennemgået."),
        "Godkendt.\n\n" + item.format(n=2, title="Salg af grunde", text="Kommunen sælger."),
        "Anbefales.\n\n" + item.format(n=3, title="Takster for lokaler", text="Taksterne stiger."),
        "Godkendt.\n\n"
        + item.format(n=4, title="Tilskud", text="Puljen fordeles.")
        + "Godkendt.\n",
    ]
    document = parsed("\f".join(pages))
    decisions = [(i.number, i.decision.text, i.decision.lines[0].line) for i in document.items]
    assert decisions == [
        ("1", "Godkendt.", 22), ("2", "Anbefales.", 39), ("3", "Godkendt.", 56),
        ("4", "Godkendt.", 73),
    ]  # fmt: skip
    assert [document.page_of(line) for *_, line in decisions] == [2, 3, 4, 4]


def test_a_page_number_between_dashes_is_page_furniture(cli, tmp_path):
    """Frederikshavn: "- N -" alone on the last line of each page (form feeds), under a
    running header: no attachment, no section's text; an empty section at a page's end."""
    document = fixture("sidetal_mellem_streger.txt")
    assert [(i.number, i.page, i.closed) for i in document.items] == [
        ("1", 2, False), ("2", 2, False), ("3", 3, False), ("4", 4, False), ("5", 4, False),
        ("6", 5, True),
    ]  # fmt: skip
    assert [a.text for a in document.items[2].attachments] == [
        "1. Takstblad for renovation 2025",
        "2. Notat om indsamling af tekstilaffald",
    ]
    recommendation = document.items[1].sections[-1]
    assert (recommendation.heading, [line.text for line in recommendation.body]) == (
        "Indstilling",
        ["Borgmesteren indstiller, at orienteringen tages til efterretning."],
    )
    defects = [
        ("Borgmesteren indstiller, at orienteringen tages til efterretning.\n", ""),
        ("Direktøren for Teknik og Miljø indstiller, at der gives en anlægsbevilling på 8,5 "
         "mio. kr. til cykelstien.\n", ""),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "sidetal_mellem_streger.txt", defects)
    assert found == ["44:1: RL102", "88:1: RL102"]


def test_page_numbers_between_dashes_give_a_text_copy_its_pages(cli, tmp_path):
    # Copied without its page breaks: "- N -" running on from 1 still closes each page.
    text = (LAYOUTS / "sidetal_mellem_streger.txt").read_text("utf-8").replace("\f", "")
    document = parsed(text)
    assert document.pages == 5
    assert [(i.number, i.page) for i in document.items] == [
        ("1", 2), ("2", 2), ("3", 3), ("4", 4), ("5", 4), ("6", 5)
    ]  # fmt: skip
    assert len(document.items[2].attachments) == 2
    path = tmp_path / "uden_sideskift.txt"
    path.write_text(text.replace("Hjørringvej ...................... 4", "Hjørringvej "
                                 "...................... 3"), encoding="utf-8")  # fmt: skip
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:19:1: RL304 [punkt 4, side 1] Indholdsfortegnelsen siger side 3, men punktet "
        "begynder på side 4."
    ]


@pytest.mark.parametrize(
    ("line", "number"),
    [("- 7 -", 7), ("  – 12 –", 12), ("-3-", 3), ("- 7", None), ("- a -", None), ("--", None)],
)
def test_page_numbers_between_dashes(line, number):
    assert dashed_page_number(line) == number


def test_numbers_between_dashes_are_page_numbers_only_when_they_keep_step():
    assert page_numbers_in_step([(4, 1), (9, 2), (15, 3)], None) == [(4, 1), (9, 2), (15, 3)]
    assert page_numbers_in_step([(4, 1), (9, 3)], None) == []  # a list's "- 1 -", "- 3 -"
    assert page_numbers_in_step([(4, 2), (9, 3)], (1,) * 5 + (2,) * 5) == [(4, 2), (9, 3)]
    assert page_numbers_in_step([(4, 2), (9, 3)], (1,) * 10) == []
    assert page_numbers_in_step([(4, 1)], None) == []


def test_numbers_without_a_total_give_pages_only_when_both_ends_agree():
    lines = ["Referat", "Punkt 1: A", "Tekst", "Tekst", "- 1 -", "Punkt 2: B", "Tekst",
             "- 2 -", "Punkt 3: C", "Tekst", "Tekst", "Tekst"]  # fmt: skip
    # The last page lost its number: footers at the start, headers at the end.
    assert pages_from_numbers(lines, [(4, 1), (7, 2)]) is None
    assert pages_from_numbers(lines[:9], [(4, 1), (7, 2)]) == ((1,) * 5 + (2,) * 3 + (2,), 2)


def test_a_page_number_over_the_number_of_pages_is_page_furniture():
    """ "1/2" alone at each page's foot is no part of the decision above it."""
    text = (LAYOUTS / "sidetal_over_antal_sider.txt").read_text("utf-8")
    for copy in (text, text.replace("\f", "")):  # with its page breaks and without
        document = parsed(copy)
        assert document.pages == 2
        assert [(i.number, i.page, i.decision.text) for i in document.items] == [
            ("1", 1, "Godkendt."), ("2", 2, "Godkendt."), ("3", 2, "Intet.")
        ]  # fmt: skip


def test_a_fraction_is_no_page_number_over_the_pages():
    assert slashed_page_number("   3/12") == (3, 12)
    assert slashed_page_number("1/2 mio. kr.") is None
    assert slashed_page_number("5/4") is None
    # Fractions alone on their lines keep no step, or are not over one number of pages.
    lines = ["Tekst", "1/2", "Tekst", "Tekst", "1/4", "Tekst", "2/4", "Tekst"]
    assert slashed_page_numbers(lines, [1, 4, 6], None) == ([], None)
    assert slashed_page_numbers(lines, [4, 6], None) == ([(4, 1), (6, 2)], 4)


def test_the_committees_decision_after_an_earlier_committees_decision():
    """Svendborg: "Udvalgets beslutning" under "Beslutning i Børne- og Ungeudvalget den 3.
    marts 2025" heads this meeting's decision, not a line of the earlier one."""
    document = fixture("udvalgets_beslutning_efter_historik.txt")
    item = document.items[1]
    assert [(s.heading, s.line) for s in item.sections[-2:]] == [
        ("Beslutning i Børne- og Ungeudvalget den 3. marts 2025", 46),
        ("Udvalgets beslutning", 50),
    ]
    assert [(d.heading, d.text) for d in item.decisions] == [
        ("Udvalgets beslutning", "Anbefales godkendt.")
    ]


def test_case_number_lines_with_two_fields_or_a_kle_label():
    assert CASE_NUMBER.match("Sagsnr.: 24/2210\tDok.nr.: 29502/24")["value"] == "24/2210"
    assert CASE_NUMBER.match("KLE: 00.30.14-S00-1-24")["value"] == "00.30.14-S00-1-24"
    assert CASE_NUMBER.match("Sagsnr.: 24/2210\tBilag 3") is None


@pytest.mark.parametrize(
    "line, value",
    [
        ("Sagsnr.: 13/9876   Dok.nr.: 15314/14", "13/9876"),  # EG Dagsorden's text print
        ("Sagsnr.: 19/2201 Dok.nr.: 9422/19", "19/2201"),  # SBSYS through LibreOffice
        ("Sagsnr.: 24/3702, Dok.nr.: 77132/24", "24/3702"),
        ("Sagsnr.: 13/9876   Bilag 3", None),  # no second label: not a case number line
        # the other cells of a metadata row (Word tables and web pages)
        ("Sagsnr.: 25/14102\tSagsbehandler: Bente Kjær\tÅben sag", "25/14102"),
        ("Sagsnr. 25/31044\tSagsbehandler Anne Marie Due\tStatus Åben", "25/31044"),
        ("Sagsnr.: 26/1175 · Sagsbehandler: Mads Holm", "26/1175"),
        ("Sagsnr.: 26/1175 · Bilag 3", None),
        # Slagelse's Word template: the case and the document number on one line
        ("Sagsnr. 01.02.05-P16-3-25 · Dok.nr. 412233-26", "01.02.05-P16-3-25"),
        ("Sagsnr. 01.03.03-P19-412-26 · Journalnr. 24/12345", "01.03.03-P19-412-26"),
    ],
)
def test_a_case_number_and_a_document_number_set_apart_by_spaces(line, value):
    match = CASE_NUMBER.match(line)
    assert (match["value"] if match else None) == value


def test_case_numbers_from_metadata_rows_and_tables():
    """A metadata row with the case handler beside the number, and a table whose header row
    is over the values (Word and web page exports): each item's case number, every item
    read, and the table's rows stay the item's text."""
    item = (
        "{heading}\n\n{metadata}\n\nSagsfremstilling\nKommunen udlejer lokaler.\n\n"
        "Økonomiske konsekvenser\nIngen.\n\nMiljø- og klimamæssige konsekvenser\nIngen.\n\n"
        "Indstilling\nDirektionen indstiller, at sagen godkendes.\n\nBeslutning\nGodkendt.\n\n"
    )
    document = parsed(
        "Referat\n\nØkonomiudvalget\nMødedato: Torsdag den 12. marts 2026\n\n"
        + item.format(
            heading="1. Budgetopfølgning pr. 31. januar 2026",
            metadata="Sagsnr.: 25/14102\tSagsbehandler: Bente Kjær\tÅben sag",
        )
        + item.format(
            heading="2. Salg af erhvervsgrunde",
            metadata="Sagsnr.: 26/1175 · Sagsbehandler: Mads Holm",
        )
        + item.format(
            heading="3. Takster for leje af lokaler",
            metadata="Sagsnr.\tSagsbehandler\tÅben/Lukket\n26/1204\tPia Ravn\tÅben",
        )
    )
    assert [(i.number, i.case_number) for i in document.items] == [
        ("1", "25/14102"), ("2", "26/1175"), ("3", "26/1204")
    ]  # fmt: skip
    assert [line.text for line in document.items[2].unheaded][-1] == "26/1204\tPia Ravn\tÅben"


def test_the_items_of_a_column_toc_print_carry_their_case_numbers():
    document = fixture("viborg_toc_kolonner.txt")
    assert [i.case_number for i in document.items] == [
        "15/188", "15/2231", "14/7410", "15/301", "15/500"
    ]  # fmt: skip


HISTORIK = """Odder Kommune

Referat

Byrådet

Dato: 21.06.2017

1. Anlægsbevilling til udvidelse af Parkvejens Skole

J.nr.: 17.01.00-G01-1-17

Sagsfremstilling
Skolen mangler plads til de nye 0. klasser fra august 2018.

Økonomi
Udvidelsen finansieres af anlægspuljen for skoler.

Miljø- og klimamæssige konsekvenser
Tilbygningen opføres som lavenergibyggeri.

Indstilling
Direktionen indstiller, at der gives en anlægsbevilling på 12,5 mio. kr.

{heading}
Børne- og Skoleudvalget den 8-06-2017, pkt. 41: Anbefales.
Økonomiudvalget den 13-06-2017, pkt. 112: {status}

Beslutning i Byrådet den 21-06-2017
Godkendt.
"""


@pytest.mark.parametrize(
    "heading", ["Historik", "Sagens tidligere behandling", "Tidligere behandling", "Sagshistorik"]
)
def test_earlier_handling_under_historik_is_the_items_history(heading):
    """Odder's old First Agenda template: "Historik" over the case's route, one line per
    committee ("Økonomiudvalget den 13-06-2017, pkt. 112: Anbefales."), as "Sagens forløb"
    lists it in other templates."""
    document = parsed(HISTORIK.format(heading=heading, status="Anbefales."))
    assert [(h.date, h.body, h.status, h.line) for h in document.items[0].history] == [
        ("2017-06-08", "Børne- og Skoleudvalget", "Anbefales.", 26),
        ("2017-06-13", "Økonomiudvalget", "Anbefales.", 27),
    ]


def test_an_unreleased_decision_under_historik_is_found(cli, tmp_path):
    path = tmp_path / "odder.txt"
    path.write_text(HISTORIK.format(heading="Historik", status="Beslutning ikke frigivet"))
    assert located_findings(cli, path) == ["27:1: RL401"]


INLINE_CHAIN = """Viborg Kommune

Referat

Byrådet

Mødedato: Onsdag den 27. maj 2026

1. Anlægsbevilling til udvidelse af Overlund Skole

Sagsfremstilling
Skolen udvides med seks klasselokaler.

Økonomiske konsekvenser
Udvidelsen koster 58 mio. kr.

Miljø- og klimamæssige konsekvenser
Byggeriet opføres i træ.

Indstilling
Direktionen indstiller, at der gives en anlægsbevilling på 58 mio. kr.

Beslutning i Børne- og Ungdomsudvalget den 5. maj 2026: Anbefales.
Beslutning i Økonomiudvalget den 12. maj 2026: Anbefales, idet C og Ø tager forbehold.
{own}
"""


def test_earlier_decisions_written_on_their_heading_line_are_the_items_history():
    """Viborg's council minutes: each committee's decision on one line, »Beslutning i
    <udvalg> den <dato>: <tekst>«, is that committee's decision (history), not an empty
    decision under a heading that holds the text."""
    own = "\nBeslutning i Byrådet den 27. maj 2026\nGodkendt."
    [item] = parsed(INLINE_CHAIN.format(own=own)).items
    assert [(h.date, h.body, h.status, h.line) for h in item.history] == [
        ("2026-05-05", "Børne- og Ungdomsudvalget", "Anbefales.", 23),
        ("2026-05-12", "Økonomiudvalget", "Anbefales, idet C og Ø tager forbehold.", 24),
    ]
    assert [(d.body, d.date, d.text, d.line) for d in item.decisions] == [
        ("Byrådet", "2026-05-27", "Godkendt.", 26)
    ]


@pytest.mark.parametrize(
    ("own", "found"),
    [
        ("\nBeslutning i Byrådet den 27. maj 2026\nGodkendt.", []),
        ("Beslutning i Byrådet den 27. maj 2026: Godkendt.", []),
        ("Beslutning i Byrådet den 27. maj 2026: Beslutning ikke frigivet", ["25:1: RL401"]),
        ("Beslutning i Byrådet den 29. april 2026: Godkendt.", ["25:1: RL502"]),
        ("", ["9:1: RL105"]),  # the council's own decision is missing
    ],
)
def test_the_councils_own_decision_below_an_inline_chain_is_judged(cli, tmp_path, own, found):
    path = tmp_path / "viborg.txt"
    path.write_text(INLINE_CHAIN.format(own=own), encoding="utf-8")
    assert located_findings(cli, path) == found


COMMITTEE_RECOMMENDATION = """Svendborg Kommune

Referat

Byrådet

Mødedato: Tirsdag den 16. juni 2026

1. Overtagelse af færgedriften

Sagsfremstilling
Kommunen overtager færgedriften.

Økonomiske konsekvenser
Købet koster 22 mio. kr.

Miljø- og klimamæssige konsekvenser
Færgerne ombygges til hybriddrift.

{heading}
Økonomiudvalget indstiller til Byrådet, at kommunen overtager færgedriften.

Beslutning i Byrådet den 16. juni 2026
Godkendt.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Økonomiudvalgets indstilling",
        "Indstilling fra Økonomiudvalget",
        "Indstilling fra Teknik- og Miljøudvalget",
        "Indstilling fra Økonomiudvalget til Byrådet",
    ],
)
def test_a_committees_recommendation_to_the_council_is_the_items_indstilling(
    cli, tmp_path, heading
):
    """A council item's recommendation comes from the committee that treated it, headed by
    the committee's name before or after the word (Svendborg, probe round ZI3)."""
    text = COMMITTEE_RECOMMENDATION.format(heading=heading)
    [item] = parsed(text).items
    assert [(s.canonical, s.line) for s in item.sections] == [
        ("Sagsfremstilling", 11),
        ("Økonomiske konsekvenser", 14),
        ("Miljø- og klimamæssige konsekvenser", 17),
        ("Indstilling", 20),
        ("Beslutning", 23),
    ]
    path = tmp_path / "svendborg.txt"
    path.write_text(text, encoding="utf-8")
    assert located_findings(cli, path) == []


MEMBER_PROPOSAL = """Svendborg Kommune

Referat

Byrådet

Mødedato: Tirsdag den 16. juni 2026

1. {title}

Sagsfremstilling
Jesper Kiel (Ø) har anmodet om, at følgende sag optages på dagsordenen, jf. § 11 i lov om
kommunernes styrelse: "Enhedslisten foreslår gratis buskort til unge under 18 år."
{decision}"""


@pytest.mark.parametrize(
    "title",
    [
        "Anmodning om optagelse af sag på dagsordenen fra Enhedslisten - gratis buskort",
        "Medlemsforslag fra Enhedslisten - gratis buskort",
        "Forslag fra Enhedslisten om gratis buskort (§ 11)",
        "Sag optaget efter anmodning fra Jesper Kiel (Ø) - gratis buskort",
    ],
)
@pytest.mark.parametrize("profile", ["standard", "odense", "hedensted"])
def test_a_members_proposal_needs_only_the_decision(cli, tmp_path, title, profile):
    """A member's proposal (styrelseslovens § 11) has the member's text, no recommendation
    or consequences from the administration; the council's decision it still needs
    (Viborg, Lolland, probe round ZI2)."""
    path = tmp_path / "svendborg.txt"
    decision = "\nBeslutning i Byrådet den 16. juni 2026\nForslaget blev forkastet.\n"
    path.write_text(MEMBER_PROPOSAL.format(title=title, decision=decision), encoding="utf-8")
    assert located_findings(cli, path, "--profile", profile) == []
    path.write_text(MEMBER_PROPOSAL.format(title=title, decision=""), encoding="utf-8")
    assert located_findings(cli, path, "--profile", profile) == ["9:1: RL105"]


RESUMED = """Skive Kommune

Referat

Teknik- og Miljøudvalget

Mødedato: Tirsdag den 9. juni 2026

1. Genoptagelse af sag: Trafiksikkerhedsplan 2026-2030

Sagsfremstilling
Udvalget udsatte sagen på mødet den 3. marts 2026.

Tidligere beslutning
{earlier}

Økonomiske konsekvenser
Planen koster 11,2 mio. kr.

Miljø- og klimamæssige konsekvenser
Flere cykler i stedet for biler.

Indstilling
Forvaltningen indstiller, at planen godkendes.

Beslutning
Godkendt.
"""


@pytest.mark.parametrize(
    "earlier",
    [
        # Skive: the earlier meeting's decision under its own heading
        "Beslutning i Teknik- og Miljøudvalget den 3. marts 2026\nSagen blev udsat.",
        # Randers: the body and the date before the decision
        "Teknik- og Miljøudvalget den 3. marts 2026:\nSagen blev udsat.",
    ],
)
def test_a_resumed_items_earlier_decision_is_its_history(cli, tmp_path, earlier):
    """»Tidligere beslutning« over the decision the item was put off with (probe round
    ZI): the item's history, and the heading is no empty section."""
    text = RESUMED.format(earlier=earlier)
    [item] = parsed(text).items
    assert [(h.date, h.body, h.status, h.line) for h in item.history] == [
        ("2026-03-03", "Teknik- og Miljøudvalget", "Sagen blev udsat.", 15)
    ]
    assert [(s.canonical, s.line) for s in item.sections][:2] == [
        ("Sagsfremstilling", 11),
        ("Sagshistorik", 14),
    ]
    path = tmp_path / "skive.txt"
    path.write_text(text, encoding="utf-8")
    assert located_findings(cli, path) == []


def test_one_bilag_line_per_attachment_is_one_attachment_list():
    """Fanø: a "Bilag: file.pdf" paragraph per attachment is one list of attachments under
    one "Bilag" section, not the section again on each line."""
    item = parse(read(LAYOUTS / "fanoe_bilag_hver_linje.txt")).items[2]
    assert [(s.canonical, s.line) for s in item.sections] == [
        ("Sagsfremstilling", 44),
        ("Økonomiske konsekvenser", 48),
        ("Miljø- og klimamæssige konsekvenser", 52),
        ("Indstilling", 56),
        ("Bilag", 60),
        ("Beslutning", 64),
    ]
    assert [(a.text, a.line) for a in item.attachments] == [
        ("Forslag til kommuneplantillæg nr. 3.pdf", 60),
        ("Miljørapport kystbeskyttelse Fanø Bad.pdf", 62),
    ]


def test_defects_in_the_bilag_per_line_layout_are_found(cli, tmp_path):
    """Under the "Bilag: file.pdf" lines a section written twice is still reported."""
    defects = [
        (
            "Bilag: Miljørapport kystbeskyttelse Fanø Bad.pdf\n",
            "Bilag: Miljørapport kystbeskyttelse Fanø Bad.pdf\n\nIndstilling\n\n"
            "Administrationen indstiller, at forslaget godkendes.\n",
        ),
        ("Beslutning: Anbefales.\n\n\nPkt. 4", "Beslutning: Beslutning ikke frigivet\n\n\nPkt. 4"),
    ]
    assert findings_with_defects(cli, tmp_path, "fanoe_bilag_hver_linje.txt", defects) == [
        "64:1: RL104",
        "68:1: RL401",
    ]


def test_a_closed_items_title_naming_a_person_is_found_in_the_bilag_per_line_layout(cli, tmp_path):
    """Fanø's closed item titled with the person's name ("Jonna", a common Danish name)."""
    defects = [("Lukket punkt: Personalesag\n", "Lukket punkt: Personalesag – Jonna Rindom\n")]
    assert findings_with_defects(cli, tmp_path, "fanoe_bilag_hver_linje.txt", defects) == [
        "72:1: RL701"
    ]


def test_toc_rows_with_the_number_in_a_column_of_spaces():
    """Viborg's EG Dagsorden print: contents under "Pkt.    Tekst    Side", rows "41      Title
    2" with the number set off by spaces only, a title wrapped under the title column, a title
    beginning with a count of its own, and a closed item marked "Lukket punkt:"."""
    document = fixture("viborg_toc_kolonner.txt")
    assert [(e.number, e.title, e.page, e.line, e.closed) for e in document.toc] == [
        ("41", "Godkendelse af dagsorden", 2, 24, None),
        ("42", "Budgetopfølgning pr. 31. januar 2015", 2, 25, None),
        ("43", "2 nye omklædningsrum ved Viborg Stadion", 2, 26, None),
        ("44", "Kommunegaranti for lån til Viborg Fjernvarme til udbygning af "
         "fjernvarmenettet i Overlund og Rødding", 3, 27, None),
        ("45", "Personalesag", 3, 29, True),
    ]  # fmt: skip
    assert [(i.number, i.title, i.page) for i in document.items] == [
        (e.number, e.title, e.page) for e in document.toc
    ]


def test_defects_in_toc_rows_with_the_number_in_a_column_of_spaces_are_found(cli, tmp_path):
    defects = [
        ("42      Budgetopfølgning pr. 31. januar 2015",
         "42      Budgetopfølgning pr. 28. februar 2015"),
        ("43      2 nye omklædningsrum ved Viborg Stadion                       2",
         "43      2 nye omklædningsrum ved Viborg Stadion                       3"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "viborg_toc_kolonner.txt", defects)
    assert found == ["25:1: RL306", "26:1: RL304"]


@pytest.mark.parametrize(
    "rows",
    [
        # One space after the number: a count beginning the title, no column.
        ["3 nye daginstitutioner      2", "2 nye skoler      3"],
        # Only one row shows a gap: the others have no number column to agree with it.
        ["2025  Budget for vejvedligehold      2", "Eventuelt      3"],
        # Numbers that fall are counts in the titles, not the items' numbers.
        ["3  nye daginstitutioner      2", "2  nye skoler      3"],
    ],
)
def test_a_number_before_every_toc_title_stays_unless_a_column_of_rising_numbers(rows):
    text = "Indholdsfortegnelse\n\n" + "\n".join(rows) + "\n\n1. Punkt\n\nBeslutning\nGodkendt.\n"
    document = parsed(text)
    assert [(e.number, e.title) for e in document.toc] == [
        (None, " ".join(row.rsplit(None, 1)[0].split())) for row in rows
    ]


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".html", ".md", ".docx")),
)
def test_correct_documents_in_unseen_layouts_give_no_warnings(cli, name):
    run = cli([LAYOUTS / name, "--output-format", "concise", "--fail-on", "warning"])
    assert run.code == 0, run.out


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "Punkt",
        "1.",
        "Punkt 1:\n",
        "Indholdsfortegnelse\n\n1. a .... 2\n",
        "Beslutning\n\nBeslutning\n",
        "\f\f\f",
        "1. A\n1. A\n1. A\n",
        "Sagens forløb\n01-13-2021 Udvalget\n",
        "Mødedato Mandag d. 31. februar 2021\n",
        "x" * 100000,
        "1. " + "a " * 50000,
    ],
)
def test_odd_input_never_crashes(text):
    document = parsed(text)
    assert document.kind in ("referat", "dagsorden")


def test_random_text_never_crashes():
    import random

    alphabet = "Punkt 1234567890.:)\t\fBeslutning Indstilling Økonomi\n-–»«ÆØÅæøå"
    generator = random.Random(7)
    for _ in range(300):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 400)))
        parsed(text)


def test_the_layout_can_be_named():
    document = parse(from_text(seed_text("001"), "x.txt"), layout="generic")
    assert document.layout == "generic" and len(document.items) == 9


def test_toc_rows_number_space_title_tab_page():
    """Jammerbugt: contents rows "1 Godkendelse af dagsorden<TAB>2" (the number, one
    space, the title, a tab, the page), items "1. Title" on pages ending "Side N af 4"."""
    document = fixture("nummer_titel_tab_side.txt")
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 2, 14),
        ("2", "Budgetopfølgning pr. 31. januar 2025", 2, 15),
        ("3", "Anlægsbevilling til ny daginstitution i Biersted", 3, 16),
        ("4", "Høring om forslag til trafikplan for Nordjylland", 4, 17),
        ("5", "Eventuelt", 4, 18),
    ]
    assert [(i.number, i.title, i.page) for i in document.items] == [
        (e.number, e.title, e.page) for e in document.toc
    ]
    # "2 medlemmer deltog<TAB>5" in item 3's text is a row of a table there, not the contents'.
    background = document.items[2].section("Sagsfremstilling")
    assert "2 medlemmer deltog\t5" in [line.text for line in background.body]


def test_defects_in_toc_rows_number_space_title_tab_page_are_found(cli, tmp_path):
    defects = [
        ("3 Anlægsbevilling til ny daginstitution i Biersted\t3",
         "6 Anlægsbevilling til ny daginstitution i Biersted\t3"),
        ("4 Høring om forslag til trafikplan for Nordjylland\t4",
         "4 Høring om forslag til trafikplan for Nordjylland\t3"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "nummer_titel_tab_side.txt", defects)
    assert found == ["16:1: RL307", "17:1: RL304"]


def test_number_space_title_tab_rows_without_a_toc_heading_are_no_toc():
    """The same rows in running text, with no contents heading above them near the top,
    are text: "2 medlemmer deltog<TAB>5" and a title-like "3 Borgere talte<TAB>4"."""
    text = (LAYOUTS / "nummer_titel_tab_side.txt").read_text("utf-8")
    contents = text[text.index("Indholdsfortegnelse") : text.index("5 Eventuelt\t4\n") + 14]
    text = text.replace(contents, "").replace(
        "2 medlemmer deltog\t5\n", "2 medlemmer deltog\t5\n3 Borgere talte\t4\n"
    )
    document = parsed(text)
    assert document.toc == ()
    assert [i.number for i in document.items][:4] == ["1", "2", "3", "4"]
    background = document.items[2].section("Sagsfremstilling")
    assert [line.text for line in background.body][3:6] == [
        "Borgere\t64",
        "2 medlemmer deltog\t5",
        "3 Borgere talte\t4",
    ]


def test_a_numbered_attachment_list_of_one_entry_is_no_item(cli, tmp_path):
    """Hjørring: "Bilag" / "1. Kvalitetsrapport 2023/24" closing an item, with a table of
    contents; a numbered list in an item closing with the item's own number."""
    document = fixture("hjoerring_bilag_et_nummer.txt")
    assert [(i.number, [a.text for a in i.attachments]) for i in document.items] == [
        ("1", []),
        ("2", ["1. Høringsmateriale - skolestruktur i Vrå og Tårs", "2. Elevprognose 2024-2031"]),
        ("3", ["1. Kvalitetsrapport 2023/24"]),
        ("4", ["1. Retningslinjer for klimavenlig mad i dagtilbud og skoler"]),
        ("5", []),
    ]
    defects = [
        ("\n4. Klimavenlig mad i dagtilbud og skoler\n\nSags",
         "\n3. Klimavenlig mad i dagtilbud og skoler\n\nSags"),
        ("Bilag\n1. Kvalitetsrapport 2023/24\n", "Bilag\n\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "hjoerring_bilag_et_nummer.txt", defects)
    assert found == ["26:1: RL307", "102:1: RL102", "105:1: RL202"]


@pytest.mark.parametrize(
    ("first", "second", "entry"),
    [
        # right under the heading, in an item retitled since the table of contents
        ("Bilag\n1. Notat om mødeplan 2025\n", "", "1. Notat om mødeplan 2025"),
        # a list restarting at 1 after item 1, below a blank line
        ("", "Bilag\n\n1. Kvalitetsrapport 2023/24\n", "1. Kvalitetsrapport 2023/24"),
    ],
)
def test_a_numbered_attachment_under_bilag_is_the_items_not_an_item(first, second, entry):
    item = "Indstilling\nDirektøren indstiller, at sagen godkendes.\n\nBeslutning\nGodkendt.\n\n"
    document = parsed(
        "Referat\n\nIndholdsfortegnelse\n1. Mødeplan 2025\t1\n2. Kvalitetsrapport\t1\n"
        f"3. Meddelelser\t2\n\n1. {'Mødeplan for 2025' if first else 'Mødeplan 2025'}\n\n"
        f"{item}{first}\n2. Kvalitetsrapport\n\n{item}"
        f"{second}\n3. Meddelelser\n\n{item}"
    )
    assert [(i.number, [a.text for a in i.attachments]) for i in document.items] == [
        ("1", [entry] if first else []),
        ("2", [entry] if second else []),
        ("3", []),
    ]


def test_a_toc_of_item_numbers_and_titles_without_pages_is_read(cli, tmp_path):
    """Randers: "104<TAB>Godkendelse af dagsorden" rows with continuing item numbers and no
    page, items "104. Title" with the case number and the decisions first."""
    document = fixture("randers_toc_uden_sidetal.txt")
    assert [(e.number, e.title[:24], e.page) for e in document.toc] == [
        ("104", "Godkendelse af dagsorden", None),
        ("105", "Regnskab 2023 og overfør", None),
        ("106", "Ny skolestruktur i Rande", None),
        ("107", "Køb af ejendom på Grenåv", None),
    ]
    assert [i.number for i in document.items] == ["104", "105", "106", "107"]
    defects = [
        ("106\tNy skolestruktur i Randers Nordby - sammenlægning af Nørrevangsskolen og "
         "Rismølleskolen\n", ""),
        ("105\tRegnskab 2023 og overførsler til 2024", "105\tRegnskab 2022 og overførsler til 2023"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "randers_toc_uden_sidetal.txt", defects)
    assert found == ["17:1: RL306", "69:1: RL302"]


@pytest.mark.parametrize(
    ("row", "entry"),
    [
        ("104\tGodkendelse af dagsorden", ("104", "Godkendelse af dagsorden")),
        ("7\t»Grøn by« - status", ("7", "»Grøn by« - status")),
        ("2024\tBudget 2024", None),  # a year in a table, no item number
        ("12\tmio. kr. i alt", None),
        ("12\tFolkeskoler\t512,4", None),  # a row of a table with more cells
    ],
)
def test_a_toc_row_of_a_number_and_a_title_after_a_tab(row, entry):
    from referatlint.parse.toc import match_entry

    found = match_entry(row)
    assert (found and (found["number"], found["title"])) == entry


def test_lettered_group_headings_group_and_close_items(cli, tmp_path):
    """Odense: "A. Sager til afgørelse i byrådet" ... "D. Lukkede sager" over the items in
    the table of contents and the body; the items under "D. Lukkede sager" are closed."""
    document = fixture("odense_bogstavgrupper.txt")
    assert [(e.title[:24], e.group) for e in document.toc] == [
        ("Regnskab 2023 for Odense", "Sager til afgørelse i byrådet"),
        ("Tidsplan for budget 2025", "Sager til afgørelse i udvalget"),
        ("Orientering om budgetopf", "Sager til orientering"),
        ("Salg af areal ved Thomas", "Lukkede sager"),
    ]
    assert [(i.number, i.group, i.closed) for i in document.items] == [
        ("1", "Sager til afgørelse i byrådet", False),
        ("2", "Sager til afgørelse i udvalget", False),
        ("3", "Sager til orientering", False),
        ("4", "Lukkede sager", True),
    ]
    assert [a.text for a in document.items[0].attachments] == [
        "Regnskab 2023 - Hovedtal", "Overførselssager fra 2023 til 2024"
    ]  # fmt: skip
    assert document.items[2].decision.text == "Orientering givet."
    defects = [
        ("Punkt 4: Salg af areal ved Thomas B. Thriges Gade\n\nBeslutning",
         "Punkt 4: Salg af areal ved Thomas B. Thriges Gade\n\nSagsfremstilling\n\n"
         "Arealet sælges til ejendomsselskabet Thriges Gade ApS for 14,5 mio. kr.\n\nBeslutning"),
        ("Tidsplan for budget 2025.....", "Tidsplan for budget 2026....."),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "odense_bogstavgrupper.txt", defects)
    assert found == ["14:1: RL306", "142:1: RL701"]


def test_lettered_group_headings_in_a_body_without_a_table_of_contents():
    document = parsed(
        "REFERAT Økonomiudvalget d. 13-03-2024\n\nPunkt 1: Regnskab 2023\n\nBeslutning\n\n"
        "Anbefales.\n\nB. Sager til afgørelse i udvalget\n\nPunkt 2: Tidsplan for budget 2025\n\n"
        "Beslutning\n\nGodkendt.\n\nC) Lukkede sager\n\nPunkt 3: Salg af areal ved Thriges Gade"
        "\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [(i.group, i.closed, i.decision.text) for i in document.items] == [
        (None, False, "Anbefales."),
        ("Sager til afgørelse i udvalget", False, "Godkendt."),
        ("Lukkede sager", True, "Godkendt."),
    ]


def test_a_group_heading_above_the_first_item_groups_it_without_a_table_of_contents():
    """ "Åbne punkter" between the header and item 1 heads items 1 and 2; it is no part of
    the header, and "Lukket dagsorden" above the first item closes it."""
    text = (
        "Referat\n\nSocialudvalget\n\nMødedato: Mandag den 4. november 2024 kl. 16.00\n\n"
        "{group}\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Eventuelt\n\nBeslutning\n\nIntet.\n\nLukkede punkter\n\n3. Personalesag\n\n"
        "Beslutning\n\nGodkendt.\n"
    )
    document = parsed(text.format(group="Åbne punkter"))
    assert [(i.number, i.group, i.closed) for i in document.items] == [
        ("1", "Åbne punkter", False),
        ("2", "Åbne punkter", False),
        ("3", "Lukkede punkter", True),
    ]
    assert (document.meeting.body, document.meeting.date) == ("Socialudvalget", "2024-11-04")
    document = parsed(text.format(group="Lukket dagsorden"))
    first = document.items[0]
    assert (first.group, first.closed) == ("Lukket dagsorden", True)


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("D. Lukkede sager", "Lukkede sager"),
        ("B) Sager til afgørelse i udvalget", "Sager til afgørelse i udvalget"),
        ("C. Orienteringssager", "Orienteringssager"),
        ("Lukket møde:", "Lukket møde"),
        ("D. Lukkede sager:", "Lukkede sager"),
        ("A. P. Møller Fonden - ansøgning om tilskud", None),  # an item's title
        ("a) Sager, der vedrører budgettet", None),  # a list's entry
        ("B. Regnskab 2023", None),
    ],
)
def test_group_headings_with_and_without_a_letter(line, group):
    from referatlint.parse.layouts import group_name

    assert group_name(line) == group


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Sager til afgørelse i Byrådet", "Sager til afgørelse i Byrådet"),
        ("Sager til afgørelse i Kommunalbestyrelsen/Økonomiudvalget",
         "Sager til afgørelse i Kommunalbestyrelsen/Økonomiudvalget"),
        ("SAGER TIL ORIENTERING", "SAGER TIL ORIENTERING"),
        ("Sager til drøftelse:", "Sager til drøftelse"),
        ("Orienteringssager", "Orienteringssager"),
        ("Beslutningssager", "Beslutningssager"),
        ("Meddelelsessager", "Meddelelsessager"),
        ("Orienteringspunkter", "Orienteringspunkter"),
        ("Sager", None),  # no kind of case
        ("Beslutning", None),
        ("Orienteringssag", None),  # a case type, singular
        ("orienteringssager", None),  # the end of a sentence wrapped onto its own line
        ("Byggesager og klagesager", None),
        ("Sager til behandling i 2025", None),
        ("Sager til orientering behandles samlet.", None),
        ("Dagsordenspunkter", None),  # a table of contents' heading
    ],
)  # fmt: skip
def test_group_headings_by_their_shape(line, group):
    from referatlint.parse.layouts import group_shape

    assert group_shape(line) == group


def test_unlisted_group_headings_after_a_blank_line_or_first_on_a_page(cli, tmp_path):
    """Herning (First Agenda, text): "Sager til afgørelse i Byrådet" after a blank line and
    "Orienteringssager" first on the second page of the table of contents go on with the
    list; in the body the same headings stand between the items, heading the next, not
    closing the text of the item above."""
    document = fixture("gruppeoverskrifter_byraad.txt")
    decide, inform = "Sager til afgørelse i Byrådet", "Orienteringssager"
    assert [(e.number, e.page, e.group) for e in document.toc] == [
        ("1", 3, None), ("2", 3, None), ("3", 3, decide), ("4", 4, decide),
        ("5", 4, inform), ("6", 5, "Lukkede sager"),
    ]  # fmt: skip
    last_words = [
        (i.number, i.group, i.closed, i.decision.text.split()[-1]) for i in document.items
    ]
    assert last_words == [
        ("1", None, False, "Godkendt."),
        ("2", None, False, "efterretning."),
        ("3", decide, False, "Godkendt."),
        ("4", decide, False, "Godkendt."),
        ("5", inform, False, "efterretning."),
        ("6", "Lukkede sager", True, "Godkendt."),
    ]
    defects = [
        ("5. Halvårsregnskab 2024 .......", "5. Halvårsregnskab 2023 ......."),
        ("Miljø- og klimamæssige konsekvenser\nDet nye", "Det nye"),
    ]
    found = findings_with_defects(cli, tmp_path, "gruppeoverskrifter_byraad.txt", defects)
    assert found == ["35:1: RL306", "79:1: RL101"]


def test_unlisted_group_headings_between_the_items_of_a_body_without_a_table_of_contents():
    """Vordingborg (EG Dagsorden, Word): "Sager til afgørelse i Byrådet" and "Sager til
    orientering" in a style of their own between the items. A line of the same shape in an
    item's text ("Byggesager" over a passage) stays text."""
    document = parsed(
        "Dagsorden\n\nByrådet\n\nMødedato: Torsdag den 29. januar 2026\n\n"
        "1. Godkendelse af dagsorden\n\nSager til afgørelse i Byrådet\n\n"
        "2. Ændring af vedtægt for Vordingborg Forsyning A/S\nSagsnr.: 25/21877\n\n"
        "Sagsfremstilling\nBestyrelsen får to medarbejdervalgte medlemmer.\n\nByggesager\n"
        "Selskabet behandler fortsat byggesager om kloakering.\n\nIndstilling\n"
        "Direktionen indstiller, at vedtægtsændringen godkendes.\n\nSager til orientering\n\n"
        "3. Status på sygefraværet 2025\nSagsnr.: 25/00881\n\nSagsfremstilling\n"
        "Sygefraværet faldt til 4,9 procent.\n"
    )
    groups = [(i.number, i.group) for i in document.items]
    assert groups == [
        ("1", None), ("2", "Sager til afgørelse i Byrådet"), ("3", "Sager til orientering")
    ]  # fmt: skip
    assert document.items[0].unheaded == ()
    sections = [(s.heading, [line.text for line in s.body]) for s in document.items[1].sections]
    assert sections == [
        ("Sagsfremstilling", [
            "Bestyrelsen får to medarbejdervalgte medlemmer.", "Byggesager",
            "Selskabet behandler fortsat byggesager om kloakering.",
        ]),
        ("Indstilling", ["Direktionen indstiller, at vedtægtsændringen godkendes."]),
    ]  # fmt: skip


def test_the_status_before_a_title_is_no_part_of_it():
    """Gentofte: "8 (Lukket) Køb af ejendom" as "1 (Åben) Meddelelser": the status goes, in the
    table of contents as in the body, and "(Lukket)" closes the item."""
    document = parsed(
        "Indholdsfortegnelse\n1 (Åben) Meddelelser fra borgmesteren ........ 2\n"
        "2 (Lukket) Køb af ejendom ........ 2\n\n1 (Åben) Meddelelser fra borgmesteren\n\n"
        "Beslutning\nTaget til efterretning.\n\n2 (Lukket) Køb af ejendom\n\nBeslutning\nGodkendt.\n"
    )
    assert [e.title for e in document.toc] == ["Meddelelser fra borgmesteren", "Køb af ejendom"]
    assert [(i.title, i.closed) for i in document.items] == [
        ("Meddelelser fra borgmesteren", False),
        ("Køb af ejendom", True),
    ]


def test_items_headed_punkt_comma_title():
    """Aarhus: "Punkt 3, Title" in the table of contents (tab, page) and as the item's heading;
    a sentence beginning "Punkt 4, som ..." in an item is no heading."""
    document = fixture("aarhus_punkt_komma.txt")
    titles = [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Forslag til Lokalplan 1187 - Boliger ved Ringgaden, Trøjborg"),
        ("3", "Forlængelse af aftale om natbusser i Aarhus Midtby"),
        ("4", "Borgerforslag om flere træer i Aarhus C"),
    ]
    assert [(e.number, e.title, e.page) for e in document.toc] == [
        (number, title, page) for (number, title), page in zip(titles, (2, 3, 4, 5), strict=True)
    ]
    assert [(i.number, i.title, i.line, i.page) for i in document.items] == [
        (number, title, line, page)
        for (number, title), line, page in zip(titles, (19, 27, 61, 87), (2, 3, 4, 5), strict=True)
    ]
    assert document.items[0].unheaded[-1].text.startswith("Punkt 4, som blev udsat")


def test_defects_in_items_headed_punkt_comma_title_are_found(cli, tmp_path):
    defects = [
        ("natbusser i Aarhus Midtby\t4", "natbusser i Aarhus Midtby\t5"),
        ("træer i Aarhus C\t5", "træer i Aarhus Midtby\t5"),
    ]
    found = findings_with_defects(cli, tmp_path, "aarhus_punkt_komma.txt", defects)
    assert found == ["13:1: RL304", "14:1: RL306"]


NUMBERED_SECTIONS = [
    ("1. Resume", "Resume"),
    ("2. Beslutningspunkter", "Indstilling"),
    ("3. Økonomiske konsekvenser", "Økonomiske konsekvenser"),
    ("4. Klima- og miljømæssige konsekvenser", "Miljø- og klimamæssige konsekvenser"),
]


def numbered_sections_of(name: str):
    """The items' (number, title) and their sections' (heading, section) in a fixture."""
    document = fixture(name)
    items = [(i.number, i.title) for i in document.items]
    return items, [[(s.heading, s.canonical) for s in i.sections] for i in document.items]


@pytest.mark.parametrize(
    "name",
    [
        "nummererede_afsnit_to_tomme_linjer.txt",
        "nummererede_afsnit_indrykket.txt",
        "nummererede_afsnit_uden_tomme_linjer.txt",
    ],
)
def test_numbered_sections_under_punkt_comma_items_whatever_their_spacing(name):
    """Aarhus: "1. Resume", "2. Beslutningspunkter" (its Indstilling) head sections of the
    "Punkt 2, Title" item, with two blank rows under them, indented or with no blank rows
    around them (under a line of text; over "3. maj til ...", a sentence's wrapped date),
    never items."""
    items, sections = numbered_sections_of(name)
    assert items == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Forslag til Lokalplan 1187 - Boliger ved Ringgaden, Trøjborg"),
        ("3", "Borgerforslag om flere træer i Aarhus C"),
        ("4", "Salg af storparcel på Nye, etape 3"),
    ]
    assert sections == [[], NUMBERED_SECTIONS, NUMBERED_SECTIONS, []]


def test_a_numbered_list_of_section_names_after_a_lead_in_stays_text():
    document = parsed(
        "Punkt 1, Kvalitetsrapport 2025\n\nRapporten beskriver skolernes resultater.\n"
        "Rapporten har to dele:\n1. Økonomi\nSkolernes forbrug i 2025.\n"
        "2. Klima og miljø\nSkolernes energiforbrug.\n\nIndstilling\n"
        "Forvaltningen indstiller, at rapporten godkendes.\n"
    )
    assert [s.heading for s in document.items[0].sections] == ["Indstilling"]


def test_punkt_comma_and_the_meeting_still_puts_the_title_on_the_next_line():
    """ "Punkt 1, Magistratens møde den 22. april 2024" names the meeting, not the item."""
    document = fixture("punkt_komma_moede.txt")
    assert [(i.number, i.title) for i in document.items][:2] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Forslag til lokalplan nr. 1198, Boliger ved Ringgadebroen"),
    ]
    # A title about a meeting, without its date, is the item's title.
    document = parsed(
        "Punkt 1, Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "Punkt 2, Orientering om Byrådets møde med Folketingets Boligudvalg\n\n"
        "Orienteringen blev taget til efterretning.\n"
    )
    assert [i.title for i in document.items] == [
        "Godkendelse af dagsorden",
        "Orientering om Byrådets møde med Folketingets Boligudvalg",
    ]


def test_items_headed_number_two_spaces_title_beside_a_numbered_attachment_list():
    """Haderslev as pdftotext -layout gives it: "2  Title" (a number column and a title
    column), the table of contents "2. Title" without pages; item 2's "Bilag" list "1. ..." /
    "2. Oversigt over ansøgninger" is no item."""
    document = fixture("haderslev_nummer_kolonne.txt")
    assert [(i.number, i.title, i.line, i.closed) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 23, False),
        ("2", "Tilskud til landsbyfornyelse 2025", 33, False),
        ("3", "Takster for affaldsordninger 2025", 57, False),
        ("4", "Eventuelt", 77, False),
        ("5", "Køb af areal til regnvandsbassin ved Simmerstedvej", 80, True),
    ]
    assert [a.text for a in document.items[1].attachments] == [
        "1. Fordeling af puljen til landsbyfornyelse 2025",
        "2. Oversigt over ansøgninger",
    ]


def test_defects_in_items_headed_number_two_spaces_title_are_found(cli, tmp_path):
    """An item the table of contents leaves out is still an item in the same form."""
    name = "haderslev_nummer_kolonne.txt"
    text = (LAYOUTS / name).read_text("utf-8")
    for old, new in [
        ("3. Takster for affaldsordninger 2025\n", ""),
        ("Udvalget skal fordele puljen til landsbyfornyelse for 2025.\n", ""),
        ("regnvandsbassin ved Simmerstedvej", "regnvandsbassin fra Hans Jørgen Ravn"),
    ]:
        assert text.count(old) >= 1, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    run = cli([path, "--output-format", "concise"])
    # Each in the item it stands in: "37:1: RL102 [punkt 2".
    found = [line.removeprefix(f"{path}:").split("]")[0] for line in run.out.splitlines()]
    assert found == ["37:1: RL102 [punkt 2", "55:1: RL302 [punkt 3", "78:1: RL701 [punkt 5"]


def test_number_with_a_wide_gap_and_more_columns_is_a_table_row():
    """ "2  Hoptrup  0,8 mio. kr." in an item of that form, with no table of contents to pair
    by: a row of a table (its cells apart as the number is from the title), not an item."""
    text = (LAYOUTS / "haderslev_nummer_kolonne.txt").read_text("utf-8")
    contents = text[text.index("Indholdsfortegnelse") : text.index("\n\n\n1  Godkendelse")]
    text = text.replace(contents, "")[: text.index("\n\n\n4  Eventuelt")]
    table = "at puljen fordeles således:\n1  Øsby  0,9 mio. kr.\n2  Hoptrup  0,8 mio. kr.\n"
    text = text.replace("at puljen fordeles som beskrevet i bilag 1.\n", table)
    document = parsed(text)
    assert [(i.number, i.title) for i in document.items] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Tilskud til landsbyfornyelse 2025"),
        ("3", "Takster for affaldsordninger 2025"),
        ("4", "Eventuelt"),  # a title alone, and a closed item with no section: items too
        ("5", "Køb af areal til regnvandsbassin ved Simmerstedvej"),
    ]
    recommendation = document.items[1].section("Indstilling")
    assert [line.text for line in recommendation.body][-3:] == table.splitlines()


def test_case_number_after_the_title_and_lukket_punkt_before_it():
    """København: "4. Cykelparkering ... (2024-0298765)" and "5. Lukket punkt: Erstatningssag
    ...": the case number is the item's case number, "Lukket punkt: " its status; neither is
    part of the title, in the table of contents or in the body."""
    document = parsed(
        "Teknik- og Miljøudvalget\n\nReferat\n\nMødedato: 09.09.2024 kl. 15:15\n\n"
        "Indholdsfortegnelse\n\n1. Godkendelse af dagsorden\n"
        "2. Cykelparkering ved Nørreport Station, projektforslag (2024-0298765)\n"
        "3. Lukket punkt: Erstatningssag vedrørende vejarbejde (2024-0456789)\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nDagsordenen blev godkendt.\n\n"
        "2. Cykelparkering ved Nørreport Station, projektforslag (2024-0298765)\n\n"
        "Indstilling\nForvaltningen indstiller, at projektforslaget godkendes.\n\n"
        "Beslutning\nIndstillingen blev godkendt uden afstemning.\n\n"
        "3. Lukket punkt: Erstatningssag vedrørende vejarbejde (2024-0456789)\n\n"
        "Beslutning\nIndstillingen blev godkendt.\n"
    )
    assert [(e.title, e.closed) for e in document.toc] == [
        ("Godkendelse af dagsorden", None),
        ("Cykelparkering ved Nørreport Station, projektforslag", None),
        ("Erstatningssag vedrørende vejarbejde", True),
    ]
    assert [(i.title, i.case_number, i.closed) for i in document.items] == [
        ("Godkendelse af dagsorden", None, False),
        ("Cykelparkering ved Nørreport Station, projektforslag", "2024-0298765", False),
        ("Erstatningssag vedrørende vejarbejde", "2024-0456789", True),
    ]


def test_a_toc_without_pages_whose_rows_carry_the_status_and_its_defects(cli, tmp_path):
    """Guldborgsund: a Word table of contents without page numbers, "1 (Åben) Title" /
    "5 (Lukket) Title", above items headed the same way: the rows are its entries, not items."""
    document = fixture("status_i_parentes_uden_sidetal.txt")
    assert [(e.number, e.title, e.page, e.closed) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", None, False),
        ("2", "Vandhandleplan 2024-2027 for Guldborgsund Kommune", None, False),
        ("3", "Vinterbekæmpelse - regulativ 2024-2028", None, False),
        ("4", "Eventuelt", None, False),
        ("5", "Erstatningssag - vejarbejde", None, True),
    ]
    assert [(i.number, i.line, i.closed) for i in document.items] == [
        ("1", 27, False), ("2", 35, False), ("3", 67, False), ("4", 99, False), ("5", 105, True)
    ]  # fmt: skip
    defects = [
        ("5 (Lukket) Erstatningssag - vejarbejde\n\n1", "5 (Åben) Erstatningssag - vejarbejde\n\n1")
    ]
    found = findings_with_defects(cli, tmp_path, "status_i_parentes_uden_sidetal.txt", defects)
    assert found == ["25:1: RL309"]


@pytest.mark.parametrize(
    "header",
    ["Punkt Tekst\tSide", "Nr. Titel Side", "Pkt.\tTitel\tSide", "Sag nr.\tSagens titel\tSide"],
)
def test_the_column_headings_of_a_toc_table_head_no_group(header):
    """Fredericia's PDF prints the table's headings "Punkt Tekst<TAB>Side" above the rows:
    the headings of its columns, not a group of items such as "Lukkede punkter"."""
    document = parsed(
        f"Indholdsfortegnelse\n\n{header}\n"
        "1. Godkendelse af dagsorden ........................ 2\n"
        "2. Affaldsplan 2025-2036 - endelig vedtagelse ....... 2\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Affaldsplan 2025-2036 - endelig vedtagelse\n\nBeslutning\nGodkendt.\n"
    )
    assert [(e.number, e.page, e.group) for e in document.toc] == [("1", 2, None), ("2", 2, None)]
    assert [(i.number, i.group) for i in document.items] == [("1", None), ("2", None)]


@pytest.mark.parametrize("header", ["Punkt\tTitel", "Nr.\tPunkt", "Sag nr.\tSagens titel"])
def test_the_column_headings_of_a_toc_table_without_pages_head_no_group(header):
    """A contents table without a page column (a text saved in Notepad) prints its
    columns' headings above the rows: no group, as "Åbne punkter" would be."""
    document = parsed(
        f"Indholdsfortegnelse\n\n{header}\n1.\tGodkendelse af dagsorden\n"
        "2.\tAffaldsplan 2025-2036 - endelig vedtagelse\n\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Affaldsplan 2025-2036 - endelig vedtagelse\n\nBeslutning\nGodkendt.\n"
    )
    assert [(e.number, e.group) for e in document.toc] == [("1", None), ("2", None)]
    assert [(i.number, i.group) for i in document.items] == [("1", None), ("2", None)]


def test_a_toc_table_without_pages_under_its_column_headings_and_its_defects(cli, tmp_path):
    """ "Nr.<TAB>Punkt" heads the table's columns; "Lukkede punkter" below it heads a group."""
    document = fixture("toc_kolonneoverskrift_uden_sidetal.txt")
    assert [(e.number, e.group) for e in document.toc] == [
        ("1", None), ("2", None), ("3", None), ("4", "Lukkede punkter")
    ]  # fmt: skip
    assert [(i.number, i.group, i.closed) for i in document.items] == [
        ("1", None, False), ("2", None, False), ("3", None, False),
        ("4", "Lukkede punkter", True),
    ]  # fmt: skip
    defects = [
        ("2.\tHandleplan for biodiversitet", "2.\tHandlingsplan for biodiversitet"),
        ("4. Køb af areal til vådområde\n", "4. Køb af areal til vådområde\n\nIndstilling\n"
         "Forvaltningen indstiller, at arealet købes for 2,1 mio. kr.\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "toc_kolonneoverskrift_uden_sidetal.txt", defects)
    assert found == ["12:1: RL306", "43:1: RL701"]


def test_a_page_after_one_space_in_a_toc_copied_from_a_pdf_and_its_defects(cli, tmp_path):
    """Hillerød copied from a PDF viewer: "183. Godkendelse af dagsorden 2", the tab before
    the page lost. The last number only is the page ("... spildevand 2025 2"), and a wrong one
    is found."""
    document = fixture("toc_sidetal_efter_mellemrum.txt")
    assert [(e.number, e.title, e.page) for e in document.toc] == [
        ("183", "Godkendelse af dagsorden", 2),
        ("184", "Takster for vand og spildevand 2025", 2),
        ("185", "Lokalplan 444 for boliger ved Hillerød Syd - endelig vedtagelse", 3),
        ("186", "Eventuelt", 4),
    ]
    defects = [("Syd - endelig vedtagelse 3", "Syd - endelig vedtagelse 4")]
    found = findings_with_defects(cli, tmp_path, "toc_sidetal_efter_mellemrum.txt", defects)
    assert found == ["13:1: RL304"]
    # A page misprinted lower than the one above is still a page, and found, once (RL304
    # names the right page; RL305 does not add that it is lower than the line before).
    defects = [("186. Eventuelt 4", "186. Eventuelt 1")]
    found = findings_with_defects(cli, tmp_path, "toc_sidetal_efter_mellemrum.txt", defects)
    assert found == ["14:1: RL304"]


@pytest.mark.parametrize(
    "toc, body",
    [
        # Titles that end in numbers of their own, as the body prints them, above a text
        # whose line breaks after "lokalplan".
        (["Lokalplan 444", "Lokalplan 450"],
         ["Lokalplan 444", "Lokalplan 450\n\nSagsfremstilling\nForslaget afløser en del af lokalplan\n"
          "444 for området."]),
        # One row without a number at its end: no page after a space anywhere.
        (["Godkendelse af dagsorden 1", "Budget 2025", "Eventuelt"],
         ["Godkendelse af dagsorden", "Budget 2025", "Eventuelt"]),
        # Numbers that fall more than once are no pages.
        (["Vej 12", "Sti 3", "Bro 9", "Havn 1"], ["Vej", "Sti", "Bro", "Havn"]),
    ],
)  # fmt: skip
def test_a_number_ending_every_toc_title_stays_unless_the_rows_agree_it_is_a_page(toc, body):
    rows = "".join(f"{number}. {title}\n" for number, title in enumerate(toc, 1))
    items = "".join(
        f"{number}. {title}\n\nBeslutning\nGodkendt.\n\n" for number, title in enumerate(body, 1)
    )
    document = parsed(f"Indholdsfortegnelse\n{rows}\n{items}")
    assert [(e.title, e.page) for e in document.toc] == [(title, None) for title in toc]


def test_members_one_on_each_line_and_signatures_in_columns(cli, tmp_path):
    """Slagelse-like minutes: "Medlemmer:" with the first member on its line and the others
    one on each line below, and the signatures set in columns, a name per cell."""
    document = fixture("underskrifter_kolonner.txt")
    # The substitute ("Stedfortræder: Jens Aagaard (C)") takes part in the meeting.
    assert [(p.name, p.absent) for p in document.meeting.participants][-4:] == [
        ("Heidi Kragh (F)", False), ("Palle Mørk (O)", False), ("Villy Borg (C)", True),
        ("Jens Aagaard (C)", False),
    ]  # fmt: skip
    assert [(e.text, e.line) for e in document.parts[0].entries][2:5] == [
        ("Anders Bech", 85), ("Heidi Kragh", 86), ("Palle Mørk", 86)
    ]  # fmt: skip
    defects = [("Palle Mørk                Jens", "Villy Borg                Jens")]
    found = findings_with_defects(cli, tmp_path, "underskrifter_kolonner.txt", defects)
    assert [finding.split(" »")[0] for finding in found] == [
        "84:1: RL503 Palle Mørk (O) deltog i mødet, men står ikke under",
        "86:1: RL503 Villy Borg (C) er meldt fraværende, men står under",
    ]


def test_a_word_table_header_with_a_substitute_and_a_member_per_paragraph(cli, tmp_path):
    """Vordingborg-like minutes from Word: the header is a table of two columns without
    colons, the members one paragraph each in one cell (read as one line), then the rows
    "Afbud" and "Stedfortræder". The substitute takes part; the label is no absent member."""
    document = fixture("tabel_hoved_stedfortraeder.txt")
    meeting = document.meeting
    assert [(p.name, p.absent) for p in meeting.participants] == [
        ("Mikael Smed (A)", False), ("Britt Jensen (V)", False), ("Carsten Nielsen (C)", False),
        ("Helle Kragh (A)", False), ("Jens Thorup (F)", False), ("Lise Bech (O)", True),
        ("Ole Ryberg (V)", False), ("Kim Lauritzen (O)", False),
    ]  # fmt: skip
    assert [(a.name, a.mark) for a in meeting.absences] == [("Lise Bech (O)", "Afbud")]
    text = (LAYOUTS / "tabel_hoved_stedfortraeder.txt").read_text("utf-8")
    note = "Fraværende: Lise Bech (O)"
    # A member of the cell noted absent in every item: the header and the items disagree.
    path = tmp_path / "kragh.txt"
    path.write_text(text.replace(note, note + ", Helle Kragh (A)"), encoding="utf-8")
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:8:1: RL503 [side 1] Helle Kragh (A) er meldt fraværende i alle punkterne, men ikke i "
        "mødets deltagerliste."
    ]
    # Item 3 notes the substitute instead of the absent member.
    defects = [
        ("Godkendt.\n\n" + note + "\n\n4.", "Godkendt.\n\nFraværende: Kim Lauritzen (O)\n\n4.")
    ]
    found = findings_with_defects(cli, tmp_path, "tabel_hoved_stedfortraeder.txt", defects)
    assert found == ["81:1: RL503"]


def test_two_column_layout_reads_each_heading_beside_its_text():
    """Lemvig's PDF: each section heading in a left column, its text beside it after a TAB
    ("Beslutning<TAB>Godkendt."), a long heading wrapped in that column ("Økonomiske" /
    "konsekvenser"). The rows of a table ("Høring<TAB>marts og april 2025" above
    "Beslutning<TAB>juni 2025", "Økonomi<TAB>2025<TAB>2026") stay text."""
    document = fixture("kolonne_afsnit.txt")
    assert [(i.number, i.closed) for i in document.items] == [
        ("1", False), ("2", False), ("3", False), ("4", False), ("5", True),
    ]  # fmt: skip
    item = document.items[2]
    assert [(s.heading, s.canonical, s.line) for s in item.sections] == [
        ("Sagsfremstilling", "Sagsfremstilling", 37),
        ("Vurdering", "Vurdering", 41),
        ("Tidsplan", "Tidsplan", 44),
        ("Indstilling", "Indstilling", 50),
        ("Økonomiske konsekvenser", "Økonomiske konsekvenser", 53),
        ("Miljø- og klimamæssige konsekvenser", "Miljø- og klimamæssige konsekvenser", 59),
        ("Beslutning", "Beslutning", 62),
    ]
    assert [line.text for line in item.sections[2].body] == [
        "Projektet følger denne plan:",
        "Høring\tmarts og april 2025",
        "Beslutning\tjuni 2025",
        "Anlæg\tsommerhalvåret 2025 og 2026",
    ]
    assert [(line.text, line.line) for line in item.sections[4].body] == [
        ("Medfinansieringen afholdes af kassebeholdningen:", 53),
        ("Økonomi\t2025\t2026\t2027", 56),
        ("Kommunen\t2,1\t2,1\t2,2", 57),
    ]
    assert [(line.text, line.line) for line in item.sections[5].body] == [
        ("Projektet beskytter naturområderne bag diget mod", 59),
        ("oversvømmelse med saltvand.", 60),
    ]
    assert item.decision.text == (
        "Indstillingen blev godkendt. For stemte: C, A, V (14) Imod stemte: F, Ø (4)"
    )
    assert [(i.decision.text, i.decision.line) for i in document.items[3:]] == [
        ("Godkendt.", 83),
        ("Godkendt.", 89),
    ]
    climate = document.items[3].sections[3]
    assert (climate.heading, [line.text for line in climate.body]) == (
        "Miljø- og klimamæssige konsekvenser",
        ["Udledningen af CO2 fra fjernvarmen falder med ca. 5.200 ton om året."],
    )


def test_rows_of_known_headings_are_sections_when_they_hold_text_not_dates():
    """A table with a row per section ("Sagsfremstilling<TAB>text" / "Indstilling<TAB>..."
    with no blank between rows) is read section by section; rows whose labels are known
    headings but whose cells are only dates ("Høring<TAB>april 2025" / "Beslutning<TAB>
    juni 2025", a time plan) stay the text of the section above."""
    head = "Referat\n\nØkonomiudvalget\n\nMødedato:\tOnsdag den 11. juni 2025\n\n"
    sections = (
        "1. Lokalplan 118\n\n"
        "Sagsfremstilling\tPlanudvalget har behandlet forslaget.\n"
        "Tidsplan\tForslaget følger denne plan:\n"
        "Indstilling\tDirektionen indstiller, at forslaget godkendes.\n"
        "Beslutning\tGodkendt.\n"
    )
    item = parsed(head + sections).items[0]
    assert [(s.canonical, s.line, [b.text for b in s.body]) for s in item.sections] == [
        ("Sagsfremstilling", 9, ["Planudvalget har behandlet forslaget."]),
        ("Tidsplan", 10, ["Forslaget følger denne plan:"]),
        ("Indstilling", 11, ["Direktionen indstiller, at forslaget godkendes."]),
        ("Beslutning", 12, ["Godkendt."]),
    ]
    plan = "1. Lokalplan 118\n\nTidsplan\n\nHøring\tapril 2025\nBeslutning\tjuni 2025\n\n"
    item = parsed(head + plan + "Beslutning\n\nGodkendt.\n").items[0]
    assert [(s.canonical, s.line, [b.text for b in s.body]) for s in item.sections] == [
        ("Tidsplan", 9, ["Høring\tapril 2025", "Beslutning\tjuni 2025"]),
        ("Beslutning", 14, ["Godkendt."]),
    ]


def test_defects_in_the_two_column_layout_are_found(cli, tmp_path):
    defects = [
        (
            "Miljø- og klimamæssige\tProjektet beskytter naturområderne bag diget mod\n"
            "konsekvenser\toversvømmelse med saltvand.",
            "Miljø- og klimamæssige konsekvenser",
        ),
        ("Beslutning\tIndstillingen blev godkendt.", "Beslutning\tBeslutning ikke frigivet"),
        (
            "Økonomiske\tGarantien påvirker ikke kommunens låneramme. Provisionen\n"
            "konsekvenser\tgiver ca. 190.000 kr. om året.\n\n",
            "",
        ),
    ]
    found = findings_with_defects(cli, tmp_path, "kolonne_afsnit.txt", defects)
    assert found == ["59:1: RL102", "61:1: RL401", "67:1: RL101"]


def test_a_toc_without_pages_one_paragraph_per_row_lists_every_row(cli, tmp_path):
    """Skive (Word "Gem som webside (filtreret)"): each row of the table of contents is a
    paragraph of its own, so blank lines stand between the rows, and the page numbers are
    hidden on the web. The list goes on over the blank lines and ends where the body's
    first item heading repeats its first row."""
    document = parse(read(str(LAYOUTS / "skive_toc_uden_sidetal.html")))
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", None, 39),
        ("2", "Meddelelser", None, 41),
        ("3", "Takster for daginstitutioner 2026", None, 43),
        ("4", "Eventuelt", None, 45),
        ("5", "Salg af grund", None, 47),
    ]
    assert [(i.number, i.line) for i in document.items] == [
        ("1", 49), ("2", 55), ("3", 65), ("4", 87), ("5", 93)
    ]  # fmt: skip
    defects = [
        ('#_Toc190003">Punkt 3: Takster for daginstitutioner 2026',
         '#_Toc190003">Punkt 3: Takster for dagplejen 2026'),
        ('<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc190004">Punkt 4: Eventuelt<span'
         " style='color:windowtext;display:none;text-decoration:none'>. </span><span style='color:"
         "windowtext;display:none;text-decoration:none'>4</span></a></span></p>\n", ""),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "skive_toc_uden_sidetal.html", defects)
    assert found == ["43:1: RL306", "85:1: RL302"]


def test_an_advisory_councils_web_minutes_with_bulleted_members(cli, tmp_path):
    """Faaborg-Midtfyn's Handicapråd on the web: the body is the page's <h1> "Handicaprådet";
    members and absences are <ul> lists below "Medlemmer:" and "Afbud:", with organisations
    in parentheses ("(DH Faaborg-Midtfyn, Scleroseforeningen)") and the committee a member
    sits for after the name. The committee that sent a case for hearing decided it earlier
    ("Beslutning i Social- og Seniorudvalget den 20-08-2025"): history, not this meeting's
    decision (no RL502), while the council's own stale date is one."""
    document = parse(read(str(LAYOUTS / "handicapraad_referat.html")))
    meeting = document.meeting
    assert meeting.body == "Handicaprådet"
    assert [(p.name, p.absent) for p in meeting.participants] == [
        ("Kirsten Bonde (DH Faaborg-Midtfyn, Scleroseforeningen)", False),
        ("Hans Erik Møller (C)", False),
        ("Lise Dam (A)", True),
        ("Bent Lauritsen (DH Faaborg-Midtfyn, Ældre Sagen)", False),
        ("Anni Skov (DH Faaborg-Midtfyn, LEV)", False),
        ("Tina Rasmussen (DH Faaborg-Midtfyn, Autismeforeningen)", True),
        ("Claus Holm (socialchef, Faaborg-Midtfyn Kommune)", False),
    ]
    assert [(a.name, a.line) for a in meeting.absences] == [
        ("Lise Dam (A)", 21),
        ("Tina Rasmussen (DH Faaborg-Midtfyn, Autismeforeningen)", 21),
    ]
    assert [(d.body, d.line) for d in document.items[1].decisions] == [("Handicaprådet", 63)]
    assert [a.name for a in document.items[1].absences] == [a.name for a in meeting.absences]
    defects = [
        ("<h3>Beslutning i Handicaprådet den 04-09-2025</h3>\n<p>Handicaprådet afgav",
         "<h3>Beslutning i Handicaprådet den 21-08-2025</h3>\n<p>Handicaprådet afgav"),
        ("efterretning.</p>\n<p>Afbud: Lise Dam (A), Tina Rasmussen (DH Faaborg-Midtfyn, "
         "Autismeforeningen)</p>", "efterretning.</p>\n<p>Afbud: Lise Dam (A)</p>"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "handicapraad_referat.html", defects)
    assert found == ["63:1: RL502", "91:1: RL503"]


def test_an_agenda_exported_as_markdown(cli, tmp_path):
    """Rebild (an agenda system's Markdown export): "## 1 (Åben) Title" items, "### Indstilling"
    and "**Økonomiske konsekvenser**" as section headings, "**Mødedato:**" fields, a table of
    contents of "- [1 (Åben) Title](#punkt-1)" links, "---" between items, "1\\." escapes
    and a table. Findings stand on the file's own lines."""
    document = parse(read(str(LAYOUTS / "rebild_dagsorden.md")))
    assert (document.meeting.date, document.meeting.place) == (
        "2025-11-13",
        "Mødelokale 3, Rebild Rådhus, Hobrovej 88, 9530 Støvring",
    )
    assert [(e.number, e.line, e.anchor) for e in document.toc][-2:] == [
        ("6", 18, "punkt-6"),
        ("7", 19, "punkt-7"),
    ]
    assert [(i.number, i.line, i.closed) for i in document.items][-3:] == [
        ("5", 90, False), ("6", 116, False), ("7", 120, True)
    ]  # fmt: skip
    assert [(s.canonical, s.line) for s in document.items[2].sections] == [
        ("Sagsfremstilling", 49),
        ("Indstilling", 53),
        ("Økonomiske konsekvenser", 57),
        ("Miljø- og klimamæssige konsekvenser", 61),
    ]
    defects = [
        ("- [4 (Åben) Kulturpolitik 2026–2029", "- [4 (Åben) Kulturpolitik 2026–2030"),
        ("anlægstilskud på 400.000 kr.", "anlægstilskud på XX kr."),
        ("Tilskuddet finansieres af anlægspuljen for idræt, hvor der er 650.000 kr. tilbage "
         "i 2025.", ""),
        ('[kommunens hjemmeside](https://rebild.dk/kulturpolitik "Kulturpolitik 2026–2029")',
         "[kommunens hjemmeside](#)"),
        ("### Indstilling\n\nForvaltningen indstiller, at lokaletilskuddet",
         "\n\nForvaltningen indstiller, at lokaletilskuddet"),
        ("Forpagtning af cafeteriet i Støvring Hallerne](#punkt-7)",
         "Forpagtning af cafeteriet i Støvring Hallerne – Jette Mikkelsen](#punkt-7)"),
        ("## 7 (Lukket) Forpagtning af cafeteriet i Støvring Hallerne",
         "## 7 (Lukket) Forpagtning af cafeteriet i Støvring Hallerne – Jette Mikkelsen"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "rebild_dagsorden.md", defects)
    assert found == [
        "16:1: RL306", "55:62: RL604", "57:1: RL102", "71:355: RL602", "90:1: RL101",
        "120:1: RL701",
    ]  # fmt: skip


def test_a_wiki_export_numbering_every_list_entry_one(cli, tmp_path):
    """A wiki page's Markdown export writes "1." on every entry of an ordered list (the
    table of contents, the points of an Indstilling): the page shows 1, 2, 3, and so the
    rows are read."""
    source = read(str(LAYOUTS / "wiki_referat_nummerliste.md"))
    assert [line[:3] for line in source.lines[50:53]] == ["1. ", "2. ", "3. "]
    document = parse(source)
    assert [(e.number, e.title, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 18),
        ("2", "Ny struktur for dagplejen", 19),
        ("3", "Kvalitetsrapport for skoleåret 2023/24", 20),
        ("4", "Eventuelt", 21),
    ]
    assert [(i.number, i.line) for i in document.items] == [
        ("1", 25),
        ("2", 31),
        ("3", 59),
        ("4", 83),
    ]
    defects = [
        ("1. [Kvalitetsrapport for skoleåret 2023/24]", "1. [Kvalitetsrapport for skoleåret 2022/23]"),
        ("Færre legestuer giver et lavere energiforbrug.", ""),
        ("**Beslutning:** Anbefales over for Kommunalbestyrelsen.", "**Beslutning:** XX"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "wiki_referat_nummerliste.md", defects)
    assert found == ["20:1: RL306", "43:1: RL102", "79:1: RL402"]


@pytest.mark.parametrize("label", ["Punkt {}: ", "{}. "])
def test_toc_rows_without_pages_between_blank_lines_are_no_items(label):
    """A text copy of such a table of contents: "Punkt 2: Title" rows between blank lines
    are rows of the list, not empty items of their own."""
    titles = ["Godkendelse af dagsorden", "Takster for daginstitutioner 2026", "Eventuelt"]
    rows = [label.format(number) + title for number, title in enumerate(titles, 1)]
    body = "\n\nBeslutning\nTiltrådt.\n\n".join(rows)
    document = parsed(
        "Skive Kommune\n\nReferat\n\nØkonomiudvalget\n\nIndholdsfortegnelse\n\n"
        + "\n\n".join(rows)
        + "\n\n"
        + body
        + "\n\nBeslutning\nTiltrådt.\n"
    )
    assert [(e.number, e.title, e.line) for e in document.toc] == [
        ("1", titles[0], 9), ("2", titles[1], 11), ("3", titles[2], 13)
    ]  # fmt: skip
    assert [(i.number, i.line) for i in document.items] == [("1", 15), ("2", 20), ("3", 25)]


def test_toc_rows_without_pages_between_blank_lines_go_on_to_an_added_item():
    """ "12a. Salg af grund" on a tillægsdagsorden comes after "12. Eventuelt" in such a list
    too, so the row is listed and its item is no RL302."""
    text = (
        "REFERAT Byrådet d. 01-11-2021\n\nMødedato Mandag d. 01. november 2021 kl. 16:00\n\n"
        "Indholdsfortegnelse\n\n11. Budget\n\n12. Eventuelt\n\n12a. Salg af grund\n\n"
        "11. Budget\n\nBeslutning\n\nGodkendt.\n\n12. Eventuelt\n\nBeslutning\n\nIntet.\n\n"
        "12a. Salg af grund\n\nBeslutning\n\nGodkendt.\n"
    )
    document = parsed(text)
    assert [(e.number, e.line) for e in document.toc] == [("11", 7), ("12", 9), ("12a", 11)]
    assert [(i.number, i.line) for i in document.items] == [("11", 13), ("12", 19), ("12a", 25)]


def test_the_case_number_below_a_status_line_under_the_title():
    """Morsø 2009: "Åben sag" / "Sagsnr.: 09/4117" under the title; the status line still
    tells whether the item is closed."""
    document = parsed(
        "REFERAT\n\nSocial- og Sundhedsudvalget\n\nMødedato: 16.09.2009\n\n"
        "3. Kvalitetsstandard for hjemmehjælp\nÅben sag\nSagsnr.: 09/4117\n\n"
        "Beslutning\nGodkendt.\n\n"
        "4. Klage over afgørelse\nLukket sag\nSagsnr.: 09/3302\n\nBeslutning\nGodkendt.\n"
    )
    assert [(i.number, i.case_number, i.closed) for i in document.items] == [
        ("3", "09/4117", False),
        ("4", "09/3302", True),
    ]


def test_a_web_toc_printing_side_n_after_each_link(cli, tmp_path):
    """Glostrup's web agenda copies the PDF's page column: "<a>3. Title</a> <span>Side
    3</span>". The label and number are the row's page, not part of its title, so the rows
    pair with the items and a wrong title or number in one row is found in that row only."""
    document = parse(read(str(LAYOUTS / "glostrup_toc_side.html")))
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 2, 15),
        ("2", "Budgetopfølgning pr. 30. november 2025", 2, 16),
        ("3", "Anlægsregnskab - ny kunstgræsbane på Glostrup Stadion", 3, 17),
        ("4", "Udbudsstrategi 2026-2029", 4, 18),
        ("5", "Eventuelt", 5, 19),
        ("6", "Køb af ejendom", 5, 20),
    ]
    assert [(i.number, i.title) for i in document.items] == [
        (e.number, e.title) for e in document.toc
    ]
    defects = [
        ("4. Udbudsstrategi 2026-2029</a>", "4. Udbudsstrategi 2025-2028</a>"),
        ('#punkt-5">5. Eventuelt', '#punkt-5">6. Eventuelt'),
    ]
    found = findings_with_defects(cli, tmp_path, "glostrup_toc_side.html", defects)
    assert found == ["18:1: RL306", "19:1: RL307"]


@pytest.mark.parametrize(
    "rows",
    [
        "1. Godkendelse af dagsorden Side 2\n2. Budget 2026 Side 4\n",
        "1. Godkendelse af dagsorden s. 2\n2. Budget 2026 s. 4\n",
        "1. Godkendelse af dagsorden\tside 2\n2. Budget 2026\tside 4\n",
        "1. Godkendelse af dagsorden SIDE 2\n\n2. Budget 2026 SIDE 4\n",
    ],
)
def test_a_toc_page_labelled_after_the_title_is_the_rows_page(rows):
    document = parsed(
        "Økonomiudvalget\n\nDagsorden\n\nMødedato: Mandag den 12. januar 2026 kl. 16.00\n\n"
        f"Indholdsfortegnelse\n\n{rows}\n1. Godkendelse af dagsorden\n\n2. Budget 2026\n\n"
        "Indstilling\n\nDirektionen indstiller, at budgettet godkendes.\n"
    )
    assert [(e.number, e.title, e.page) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 2),
        ("2", "Budget 2026", 4),
    ]


def test_a_title_ending_in_side_n_as_its_heading_does_keeps_it():
    """A correction to an earlier meeting's minutes names the page it corrects: the body's
    heading ends in the same words, so they are the title's, and the rows have no page."""
    title = "Rettelse til referat af 3. oktober 2024, side {}"
    document = parsed(
        "Økonomiudvalget\n\nDagsorden\n\nMødedato: Mandag den 11. november 2024 kl. 16.00\n\n"
        f"Indholdsfortegnelse\n\n1. {title.format(4)}\n2. {title.format(7)}\n\n"
        f"1. {title.format(4)}\n\nIndstilling\n\nDirektionen indstiller, at rettelsen godkendes.\n\n"
        f"2. {title.format(7)}\n\nIndstilling\n\nDirektionen indstiller, at rettelsen godkendes.\n"
    )
    assert [(e.title, e.page) for e in document.toc] == [
        (title.format(4), None),
        (title.format(7), None),
    ]


def test_a_word_web_page_toc_one_paragraph_per_row_with_the_leaders_dot(cli, tmp_path):
    """Herlev (Word "Gem som webside"): each row of the table of contents is a paragraph,
    "1. Title. 2", Word's dotted tab leader saved as ". " before the page; the climate
    section is headed "Bæredygtighed og klima". A number printed twice (in the contents
    and the Word-numbered heading) is RL202 (no gap after it: RL201); the list of
    contents goes on over the repeated number. An empty economic section above the climate
    heading is found."""
    document = parse(read(str(LAYOUTS / "herlev_word_webside.html")))
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 2, 14),
        ("2", "Kvalitetsrapport for folkeskolerne 2023/24", 2, 16),
        ("3", "Ny struktur for SFO - udsendelse i høring", 3, 18),
        ("4", "Anlægsbevilling - nye legepladser i tre daginstitutioner", 4, 20),
        ("5", "Eventuelt", 5, 22),
    ]
    assert [(s.canonical, s.line) for s in document.items[1].sections] == [
        ("Sagsfremstilling", 39),
        ("Økonomiske konsekvenser", 44),
        ("Miljø- og klimamæssige konsekvenser", 49),
        ("Indstilling", 54),
        ("Beslutning", 59),
    ]
    defects = [
        ('<a href="#_Toc182304404">4.<span', '<a href="#_Toc182304404">3.<span'),
        ("<span style='mso-list:Ignore'>4.<span", "<span style='mso-list:Ignore'>3.<span"),
        ("<p class=MsoNormal>Sagen har ingen økonomiske konsekvenser.<o:p></o:p></p>\n", ""),
    ]
    found = findings_with_defects(cli, tmp_path, "herlev_word_webside.html", defects)
    assert found == ["44:1: RL102", "98:1: RL202"]


def test_a_page_laid_out_with_a_table_has_its_document_in_a_cell(cli, tmp_path):
    """Older municipal sites lay the page out with a table: the menu in one cell, the whole
    document (headings, paragraphs, the table of contents) in the next. That cell is read
    as the page's blocks, not run together into one table row."""
    document = parse(read(str(LAYOUTS / "tabel_layout_referat.html")))
    assert (document.meeting.body, document.meeting.date) == (
        "Teknik- og Miljøudvalget",
        "2026-02-03",
    )
    assert [(e.number, e.title, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 15),
        ("2", "Trafiksikkerhedsplan 2026-2029", 16),
        ("3", "Affaldsplan - høringssvar", 17),
    ]
    assert [(i.number, i.line, len(i.sections)) for i in document.items] == [
        ("1", 19, 1),
        ("2", 25, 5),
        ("3", 51, 5),
    ]
    defects = [
        ("strækninger.</p>", "strækninger, bl.a. fra en borger med cpr.nr. 120456-1234.</p>"),
        ("<p>Anbefales.</p>", "<p>Beslutning ikke frigivet</p>"),
        ("<h4>Økonomiske konsekvenser</h4>\n<p>Ingen.</p>\n", ""),
    ]
    found = findings_with_defects(cli, tmp_path, "tabel_layout_referat.html", defects)
    assert found == ["31:233: RL601", "51:1: RL101", "69:1: RL401"]


SLIPPED_NUMBERS = """\
Dagsorden

Økonomiudvalget

Mødedato: Mandag den 3. marts 2025 kl. 16.00

Indholdsfortegnelse

1. Godkendelse af dagsorden	2
2. Budgetopfølgning pr. 31. januar 2025	2
3. Lånegaranti til Billund Vand & Energi A/S	3
4. Eventuelt	3

1. Godkendelse af dagsorden

Indstilling

Direktionen indstiller, at dagsordenen godkendes.

2. Budgetopfølgning pr. 31. januar 2025

Indstilling

Direktionen indstiller, at budgetopfølgningen tages til efterretning.

Økonomiske konsekvenser

Ingen.

Miljø- og klimamæssige konsekvenser

Ingen.

4. Lånegaranti til Billund Vand & Energi A/S

Indstilling

Direktionen indstiller, at der gives en lånegaranti på 12 mio. kr.

Økonomiske konsekvenser

Garantien påvirker ikke kommunens låneramme.

Miljø- og klimamæssige konsekvenser

Ingen.

5. Eventuelt
"""


def test_body_numbers_slipped_against_the_toc_pair_rows_by_title(cli, tmp_path):
    """Item 3 is numbered 4 in the body, and every item after it one higher: each row of
    the table of contents still finds its item by title, so the rows are reported as
    numbered differently (RL307), not as items that do not exist (RL301), with the wrong
    title (RL306) or missing from the table of contents (RL302). The shift is one slip,
    reported once at its first row, and the table of contents, which counts on, is right."""
    path = tmp_path / "dagsorden.txt"
    path.write_text(SLIPPED_NUMBERS, "utf-8")
    assert located_findings(cli, path) == ["11:1: RL307", "34:1: RL201"]
    run = cli([path, "--output-format", "concise", "--select", "RL307"])
    assert run.out.splitlines() == [
        f"{path}:11:1: RL307 [punkt 4] Fra punktet »Lånegaranti til Billund Vand & Energi A/S« "
        "og frem er numrene i indholdsfortegnelsen 1 lavere end punkternes egne (3–4 mod 4–5), "
        "fordi punkternes numre springer 3 over."
    ]


@pytest.mark.parametrize(
    ("title", "decision", "withdrawn"),
    [
        ("Udgår", None, True),
        ("Punktet udgår", None, True),
        ("Anlægsbevilling til ny skolevej (udgår)", None, True),
        ("Anlægsbevilling til ny skolevej - udgået", None, True),
        ("Salg af grund på Industrivej", "Punktet blev trukket af dagsordenen.", True),
        ("Salg af grund på Industrivej", "Sagen udgår.", True),
        ("Salg af grund på Industrivej", "Udgår.", True),
        ("Salg af grund på Industrivej", "Udsat.", True),  # put off to a later meeting
        ("Salg af grund på Industrivej", "Punktet blev udsat til næste møde.", True),
        ("Salg af grund på Industrivej", "Sagen udsættes.", True),
        ("Salg af grund på Industrivej", "Udsatte borgere får tilbud om rådgivning.", False),
        ("Salg af grund på Industrivej", "Godkendt.", False),
        ("Skovvej udgår af vejregistret", None, False),
    ],
)
def test_an_item_taken_off_the_agenda_is_withdrawn(title, decision, withdrawn):
    decided = f"\nBeslutning\n\n{decision}\n" if decision else ""
    document = parsed(
        "Referat\n\nKommunalbestyrelsen\n\nMødedato: Mandag den 23. juni 2025\n\n"
        f"1. {title}\n{decided}\n2. Takster 2026\n\nBeslutning\n\nGodkendt.\n"
    )
    assert [item.withdrawn for item in document.items] == [withdrawn, False]


def test_a_member_disqualified_from_an_item_is_named_without_the_declaration():
    document = parsed(
        "Referat\n\nKommunalbestyrelsen\n\nMødedato: Mandag den 23. juni 2025\n\n"
        "1. Salg af grund på Havnevej\n\nBeslutning\n\nGodkendt.\n\n"
        "Lars Bo (A) erklærede sig inhabil og deltog ikke i behandlingen af punktet.\n"
    )
    assert [(a.name, a.mark) for a in document.items[0].absences] == [
        ("Lars Bo (A)", "deltog ikke i behandlingen af punktet")
    ]


def test_decisions_listed_after_the_last_item_are_the_items_decisions():
    """Ishøj: a hand-made template with no decision in the items; the minutes list them
    after the last item ("Beslutninger" / "Ad 1: Godkendt."), each on its item."""
    document = fixture("beslutninger_efter_punkterne.txt")
    assert document.kind == "referat"
    assert [
        (item.number, item.decision.heading, item.decision.line, item.decision.text)
        for item in document.items
    ] == [
        ("1", "Ad 1", 74, "Godkendt."),
        ("2", "Ad 2", 75, "Godkendt."),
        (
            "3",
            "Ad 3",
            76,
            "Godkendt med den ændring, at Ishøj Roklub får 25.000 kr., som tages fra reserven.",
        ),
        ("4", "Ad 4", 78, "Intet."),
        ("5", "Ad 5", 79, "Næste møde holdes onsdag den 13. august 2025 kl. 16.30."),
    ]
    assert [line.line for line in document.items[2].decision.lines] == [76, 77]
    # The list is no section of the last item, which ends at its title.
    last = document.items[-1]
    assert (last.sections, last.end_line) == ((), 69)
    assert [(part.kind, part.heading, part.line) for part in document.parts] == [
        ("decisions", "Beslutninger", 72),
        ("signatures", "Underskrifter:", 81),
    ]


@pytest.mark.parametrize("label", ["Pkt. ", "Punkt ", ""])
def test_decision_list_entries_shaped_as_item_headings_are_no_items(label):
    """ "Pkt. 1: Godkendt." under "Beslutninger" looks like an item's heading; it is the
    decision of item 1 above."""
    text = (LAYOUTS / "beslutninger_efter_punkterne.txt").read_text("utf-8")
    document = parsed(re.sub(r"(?m)^Ad (\d):", rf"{label}\1:", text))
    assert [(item.number, item.line) for item in document.items] == [
        ("1", 28),
        ("2", 31),
        ("3", 47),
        ("4", 66),
        ("5", 69),
    ]
    assert [item.decision.line for item in document.items] == [74, 75, 76, 78, 79]


def test_an_item_the_decision_list_leaves_out_has_no_decision(cli, tmp_path):
    defects = [
        (
            "Ad 3: Godkendt med den ændring, at Ishøj Roklub får 25.000 kr.,\n"
            "som tages fra reserven.\n",
            "",
        ),
    ]
    found = findings_with_defects(cli, tmp_path, "beslutninger_efter_punkterne.txt", defects)
    assert found == ["47:1: RL105"]


def test_next_meeting_after_the_last_item_is_a_note_on_the_meeting():
    """Fanø: "Næste møde: ..." below the last (closed) item's decision is about the
    meeting, not part of that item's decision."""
    document = fixture("naeste_moede_efter_lukket_punkt.txt")
    last = document.items[-1]
    assert (last.closed, last.end_line, last.decision.text) == (True, 39, "Godkendt.")
    note = document.parts[0]
    assert (note.kind, note.heading, note.line) == ("note", "Næste møde", 42)
    assert [line.text for line in note.entries] == ["Onsdag den 17. december 2025 kl. 16.00."]


def test_a_wrong_weekday_of_the_next_meeting_is_not_the_closed_items(cli, tmp_path):
    text = (LAYOUTS / "naeste_moede_efter_lukket_punkt.txt").read_text("utf-8")
    path = tmp_path / "referat.txt"
    path.write_text(text.replace("Onsdag den 17. december", "Tirsdag den 17. december"), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:") for line in run.out.splitlines()] == [
        "42:13: RL501 »Tirsdag den 17. december 2025« passer ikke: 17. december 2025 er en onsdag."
    ]


def test_approval_of_the_minutes_after_the_last_item_is_a_note_on_the_meeting():
    """Lemvig (a Teams meeting in 2020): "Referatet er godkendt digitalt ..." standing apart
    below the last (closed) item's decision is about the minutes, not that decision."""
    document = fixture("referat_godkendt_efter_lukket_punkt.txt")
    last = document.items[-1]
    assert (last.closed, last.decision.text) == (True, "Klagen blev ikke imødekommet.")
    assert [(a.name, a.line) for a in last.absences] == [("Poul Erik Madsen (O)", 60)]
    assert [(p.kind, p.heading, p.line, p.entries) for p in document.parts] == [
        ("note", "Referatet er godkendt digitalt af udvalgets medlemmer den 24/4 2020.", 63, ())
    ]


def test_an_empty_last_decision_above_the_approval_of_the_minutes_is_found(cli, tmp_path):
    defects = [("Klagen blev ikke imødekommet.\n", "")]
    found = findings_with_defects(cli, tmp_path, "referat_godkendt_efter_lukket_punkt.txt", defects)
    assert found == ["58:1: RL402"]


@pytest.mark.parametrize(
    "closing",
    [
        "Mødet hævet kl. 17:15.",
        "Oplæst og godkendt.",
        "Referatet blev underskrevet.",
        "Næste møde holdes tirsdag den 16. december 2025 kl. 16:00.",
    ],
)
def test_a_closing_line_about_the_meeting_after_the_last_decision_is_a_note(closing):
    document = parsed(
        "Referat\n\nØkonomiudvalget\n\nMødedato: Onsdag den 19. november 2025\n\n"
        f"1. Takster 2026\n\nBeslutning: Godkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n\n"
        f"{closing}\n"
    )
    assert document.items[-1].decision.text == "Intet."
    assert [(p.kind, p.heading) for p in document.parts] == [("note", closing)]


@pytest.mark.parametrize(
    "title, decision",
    [
        # The decision on approving the last minutes is about minutes itself.
        (
            "Godkendelse af referat fra mødet den 22. oktober 2025",
            "Beslutning\nGodkendt.\n\nReferatet er godkendt.",
        ),
        # Right below its heading, the line is the decision.
        ("Eventuelt", "Beslutning\n\nReferatet blev oplæst og godkendt."),
    ],
)
def test_a_closing_line_stays_the_decision_of_an_item_on_its_subject_or_below_its_heading(
    title, decision
):
    document = parsed(
        "Referat\n\nØkonomiudvalget\n\nMødedato: Onsdag den 19. november 2025\n\n"
        f"1. Takster 2026\n\nBeslutning: Godkendt.\n\n2. {title}\n\n{decision}\n"
    )
    assert document.parts == ()
    assert document.items[-1].decision.lines[-1].text == decision.rpartition("\n")[2]


@pytest.mark.parametrize(
    "title, decision",
    [
        ("Eventuelt", "Beslutning\n\nNæste møde: Onsdag den 17. december 2025."),
        ("Næste møde", "Beslutning: Godkendt.\n\nNæste møde: Onsdag den 17. december 2025."),
    ],
)
def test_next_meeting_stays_the_text_of_a_heading_or_of_the_next_meeting_item(title, decision):
    document = parsed(
        "Referat\n\nØkonomiudvalget\n\nMødedato: Onsdag den 19. november 2025\n\n"
        f"1. Takster 2026\n\nBeslutning: Godkendt.\n\n2. {title}\n\n{decision}\n"
    )
    assert document.parts == ()
    assert document.items[-1].decision.lines[-1].text.endswith("17. december 2025.")


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Punkt 4 a. Tilskud til sejlklubben", ["4", "4a", "5"]),
        ("Punkt 4 A: Tilskud til sejlklubben", ["4", "4A", "5"]),
        # Not between the items around it: a line of item 4's text, as "7 a." would be.
        ("Punkt 7 a. Tilskud til sejlklubben", ["4", "5"]),
    ],
)
def test_a_lettered_item_in_the_explicit_form_among_items_headed_by_bare_numbers(heading, items):
    """A supplementary item keeps its own heading form ("Punkt 4 a. Title") where the others
    are headed "4. Title": it is item 4a, not a second run of item 4's sections (RL104)."""
    sections = "\n\nSagsfremstilling\nKlubben søger 450.000 kr.\n\nBeslutning\nGodkendt.\n\n"
    text = (
        "Referat\nØkonomiudvalget\nMødedato: Onsdag den 12. marts 2025\n\n"
        f"4. Regnskab 2024{sections}{heading}{sections}5. Køb af ejendom{sections}"
    )
    document = parsed(text)
    assert [i.number for i in document.items] == items
    assert document.items[-1].line == 21


def test_a_theme_discussion_among_decided_cases_needs_no_decision(cli, tmp_path):
    """Randers: "2. Temadrøftelse: ..." with Formål, Oplæg, Drøftelse and Opfølgning (the
    record of the talk) between cases with the standard sections and a decision; the
    cases still need theirs, and a theme discussion's record is still read as text."""
    document = fixture("randers_temadroeftelse_referat.txt")
    theme = document.items[1]
    assert (theme.number, theme.sections, theme.decision) == ("2", (), None)
    defects = [
        ("Beslutning i Beskæftigelsesudvalget den 04-11-2025\nGodkendt.\nFraværende", "Fraværende"),
        ("Økonomiske konsekvenser\nMindreforbruget på 11,5 mio. kr. netto tilfalder kassen, da "
         "ydelserne er budgetgaranterede.\n\n", ""),
        ("Udvalget drøftede især brobygning", "Udvalget drøftede især brobygning [indsæt tekst]"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "randers_temadroeftelse_referat.txt", defects)
    assert found == ["30:35: RL604", "35:1: RL105", "52:1: RL101"]


def test_a_running_header_repeating_the_item_title_is_page_furniture(cli, tmp_path):
    """A portal's export heads every page of an item with the item's title beside the
    meeting ("2. Budgetopfølgning …<pad>Byrådet 23.11.2026"): the header is furniture on
    the item's first page and on its next pages, not the decision ending the page before
    and not a second item 3 when the contents list titles it otherwise."""
    document = fixture("sidehoved_punkttitel.txt")
    assert [(i.number, i.line, i.title, i.decision.text) for i in document.items] == [
        ("1", 23, "Godkendelse af dagsorden", "Godkendt."),
        ("2", 33, "Budgetopfølgning pr. 30. september 2026 for hele kommunen", "Godkendt."),
        ("3", 60, "Takster for Esbjerg Forsyning 2027", "Godkendt."),
        ("4", 85, "Ekspropriation til cykelsti", "Byrådet godkendte ekspropriationen."),
    ]
    assert {20, 30, 54, 72} <= document.furniture
    # The same header as a PDF's row, its parts apart by a tab.
    text = (LAYOUTS / "sidehoved_punkttitel.txt").read_text("utf-8")
    tabbed = parse(from_text(re.sub(r"(?m)^(\d\. .+?) {2,}(Byrådet 23)", r"\1\t\2", text), "x"))
    assert [i.decision.text for i in tabbed.items] == [i.decision.text for i in document.items]
    defects = [
        ("Esbjerg Forsyning 2027 .....", "Esbjerg Forsyning 2028 ....."),
        ("Byrådet 23.11.2026\n\n\nGodkendt.\nFraværende: Ole Andersen (I)\n", "Byrådet 23.11.2026\n\n\n"),
    ]  # fmt: skip
    found = findings_with_defects(cli, tmp_path, "sidehoved_punkttitel.txt", defects)
    assert found == ["16:1: RL306", "51:1: RL402"]
    run = cli([tmp_path / "sidehoved_punkttitel.txt", "--output-format", "concise"])
    assert "punktets (»Takster for Esbjerg Forsyning 2027«)" in run.out


def test_a_browser_print_header_and_footer_are_page_furniture_across_print_jobs(cli, tmp_path):
    """A web page printed from the browser in two print jobs (two portal pages): every page
    has the browser's header (time of printing, page title) and footer (address, "1/2"),
    the time and the counter starting again with the second job, which opens with the
    portal page's own header printed again. All of it is furniture: not the decision that
    ends a page, not the meeting's committee."""
    document = fixture("browser_udskrift_to_job.txt")
    assert document.meeting.body == "Børne- og Uddannelsesudvalget"
    assert [(i.number, i.line, i.decision.text) for i in document.items] == [
        ("1", 16, "Godkendt."),
        ("2", 22, "Godkendt."),
        ("3", 44, "Anbefales."),
        ("4", 73, "Godkendt."),
        ("5", 92, "Intet."),
    ]
    assert document.furniture == {1, 42, 43, 63, 64, 65, 66, 68, 69, 71, 97}
    defects = [
        ("Godkendt.\nFraværende: Lise Bech (F)\n\nhttps", "Beslutning ikke frigivet.\n\nhttps"),
        ("Anbefales.\nFraværende: Lise Bech (F)\n", ""),
    ]
    found = findings_with_defects(cli, tmp_path, "browser_udskrift_to_job.txt", defects)
    assert found == ["39:1: RL401", "58:1: RL402"]
    run = cli([tmp_path / "browser_udskrift_to_job.txt", "--output-format", "concise"])
    assert "Beslutningen står som »Beslutning ikke frigivet.«: referatet" in run.out


@pytest.mark.parametrize("mark", ["+ ", "+", "− ", "- ", "▸ ", "► ", "▾ "])
def test_item_headings_behind_an_accordions_toggle_head_their_items(mark):
    """An agenda portal printed from the browser: each item is an expanded accordion whose
    toggle stands before the number ("+ 2. Høring om ny busplan ..."); the closed item has
    none. A bulleted numbered list in an item ("- 1. Rate betales ...") stays the item's
    text."""
    text = (LAYOUTS / "browser_accordion_dagsorden.txt").read_text("utf-8")
    text = text.replace("\n+ ", f"\n{mark}").replace(". rate betales", ". Rate betales")
    document = parsed(text)
    assert [(i.number, i.line, i.title) for i in document.items] == [
        ("1", 17, "Godkendelse af dagsorden"),
        ("2", 21, "Høring om ny busplan for Aarhus Midtby"),
        ("3", 36, "Salg af grund til erhverv ved Hasselager"),
        ("4", 57, "Budgetopfølgning 3. kvartal 2026"),
        ("5", 72, "Køb af ejendom til vejudvidelse"),
        ("6", 74, "Eventuelt"),
    ]
    assert [row.text for row in document.items[2].sections[1].body] == [
        "Køberen betaler købesummen i to rater:",
        "- 1. Rate betales ved underskrift af købsaftalen.",
        "- 2. Rate betales ved overtagelsen den 1. april 2027.",
        "Køberen skal bygge inden for tre år.",
    ]


def test_defects_in_items_behind_an_accordions_toggle_are_found(cli, tmp_path):
    defects = [
        ("Økonomiske konsekvenser\nMindreforbruget overføres til 2027.\n", ""),
        ("overtagelsen den 1. april 2027", "overtagelsen fredag den 1. april 2027"),
    ]
    found = findings_with_defects(cli, tmp_path, "browser_accordion_dagsorden.txt", defects)
    assert found == ["47:36: RL501", "57:1: RL101"]


def test_minutes_copied_from_a_portal_page_in_the_browser():
    """Odense's minutes selected on the portal page and pasted as text: the breadcrumb
    ("Forside > ... > Børn- og Ungeudvalget > Møder") is navigation, not the committee; the
    members are one "•<TAB>Name" bullet each under "Deltagere:"; the page's own words
    ("Til toppen" after each item, "Udskriv", "Følg os på Facebook" in the site footer) are
    no decision, attachment or text of the closed last item."""
    document = fixture("browser_kopieret_referat.txt")
    meeting = document.meeting
    assert meeting.body == "Børn- og Ungeudvalget"
    assert [(p.name, p.line) for p in meeting.participants] == [
        ("Susanne Crawley Larsen (B)", 20),
        ("Bo Libergren (V)", 20),
        ("Mark Grossmann (A)", 20),
        ("Marlene Ploug (F)", 20),
        ("Christel Gall (V)", 20),
    ]
    assert meeting.absences == ()
    assert [item.decision.text for item in document.items[:2]] == ["Godkendt.", "Godkendt."]
    assert [a.text for a in document.items[1].attachments] == [
        "Bilag 1: Kvalitetsrapport 2026 (pdf, 2,1 MB)"
    ]
    closed = document.items[2]
    assert (closed.number, closed.line, closed.closed, closed.decision) == ("3", 64, True, None)


def test_defects_in_minutes_copied_from_a_portal_page_are_found(cli, tmp_path):
    defects = [
        ("Afbud:\tIngen", "Afbud:\tChristel Gall (V)"),
        ("Godkendt.\n\nBilag", "Beslutning ikke frigivet.\n\nBilag"),
    ]
    (tmp_path / ".referatlint.yaml").write_text(
        "options:\n  RL503:\n    present_lists: [Deltagere]\n", encoding="utf-8"
    )
    found = findings_with_defects(cli, tmp_path, "browser_kopieret_referat.txt", defects)
    assert found == [
        "27:1: RL503 Christel Gall (V) står både under »Deltagere« og under »Afbud«.",
        "57:1: RL401",
    ]
    run = cli([tmp_path / "browser_kopieret_referat.txt", "--output-format", "concise"])
    assert run.out.splitlines()[1].split(": ", 1)[1] == (
        "RL401 [punkt 2] Beslutningen står som »Beslutning ikke frigivet.«: referatet er udsendt, "
        "før beslutningen blev frigivet."
    )


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        # A sentence in the site footer is not the closed item's text.
        ("Kontakt os\n", "Kontakt kommunen på telefon eller skriv til os via Digital Post.\n", []),
        ("Odense Kommune\nFlakhaven 2\n5000 Odense C\nTlf. 66 13 13 72\n",
         "Odense Kommune · Flakhaven 2 · 5000 Odense C · Tlf. 66 13 13 72\n"
         "Vi bruger cookies til statistik. Læs mere om cookies\n", []),
        # A cookie banner where the site's footer was, its buttons under it.
        ("Odense Kommune\nFlakhaven 2\n5000 Odense C\nTlf. 66 13 13 72\n",
         "Vi bruger cookies for at forbedre din oplevelse af hjemmesiden.\nAccepter alle\n"
         "Kun nødvendige\n", []),
        # Text under the closed item's title, above the footer, still is.
        ("Lukket punkt\n\nTil toppen", "Lukket punkt\nKlager mener, at skolen har handlet "
         "forkert over for eleven.\n\nTil toppen", ["64:1: RL105", "66:1: RL701"]),
    ],
)  # fmt: skip
def test_a_site_footer_under_a_closed_last_item_is_not_its_text(cli, tmp_path, old, new, found):
    defects = [(old, new)]
    assert findings_with_defects(cli, tmp_path, "browser_kopieret_referat.txt", defects) == found


def test_an_attached_reports_contents_after_the_items_is_not_the_documents():
    """Minutes published with their attachments and no contents of their own: the report
    attached to item 3 prints its own "Indhold" ("1. Indledning ..... 3"); the items stay
    the minutes' own, not the report's chapters (Favrskov, probe round ZL, ZL1)."""
    document = fixture("referat_med_bilag_indholdsfortegnelse.txt")
    assert document.toc == ()
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 9),
        ("2", "Budgetopfølgning pr. 30. april 2026", 14),
        ("3", "Analyse af den kollektive trafik – opfølgning", 31),
        ("4", "Salg af byggegrunde i Søften", 83),
        ("5", "Personalesag", 100),
    ]
    assert document.items[2].decision.text == "Indstillingen godkendt."


def test_an_attached_reports_contents_gives_no_findings(cli):
    path = LAYOUTS / "referat_med_bilag_indholdsfortegnelse.txt"
    assert located_findings(cli, path) == []


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        ("Indstillingen godkendt.", "Beslutning ikke frigivet.",
         ["81:1: RL401 [punkt 3] Beslutningen står som »Beslutning ikke frigivet.«: referatet "
          "er udsendt, før beslutningen blev frigivet."]),
        ("Beslutning\nGodkendt.\n\n5.", "5.",
         ["83:1: RL105 [punkt 4] Punktet har ingen beslutning, selv om dokumentet er et "
          "referat."]),
        ("Miljø- og klimamæssige konsekvenser\nSagen har ingen miljø- og klimamæssige "
         "konsekvenser.\n\n", "",
         ["14:1: RL101 [punkt 2] Punktet mangler afsnittet »Miljø- og klimamæssige "
          "konsekvenser«."]),
        ("5. Lukket", "6. Lukket",
         ["100:1: RL201 [punkt 6] Punktnummeret springer fra 4 til 6; 5 mangler."]),
    ],
)  # fmt: skip
def test_defects_in_minutes_with_an_attached_reports_contents(cli, tmp_path, old, new, found):
    text = (LAYOUTS / "referat_med_bilag_indholdsfortegnelse.txt").read_text("utf-8")
    assert text.count(old) == 1
    path = tmp_path / "referat.txt"
    path.write_text(text.replace(old, new), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:") for line in run.out.splitlines()] == found


def test_contents_under_an_attachments_heading_in_an_agenda_without_sections():
    """Items printed as titles only: the report's contents below "Bilag 2.1: ..." are the
    attachment's, though no section heading stands between item 2 and them."""
    document = parsed(
        "Dagsorden\nÆldrerådet\n\nMødedato: Tirsdag den 16. juni 2026\n\n"
        "1. Godkendelse af dagsorden\n\n2. Orientering om ny trafikanalyse\n\n"
        "Bilag 2.1: Trafikanalyse for Favrskov Kommune\n\nIndhold\n"
        "1. Indledning ..................... 3\n2. Resultater ..................... 5\n\n"
        "1. Indledning\nAnalysen belyser ældres brug af bus og Flextur.\n\n"
        "2. Resultater\nHalvdelen af de adspurgte bruger Flextur hver uge.\n\n3. Eventuelt\n"
    )
    assert document.toc == ()
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 6),
        ("2", "Orientering om ny trafikanalyse", 8),
        ("3", "Eventuelt", 22),
    ]


def test_contents_after_the_items_that_name_them_stay_the_documents():
    """Contents printed after the items they list are still the document's: an item's
    title above them is listed."""
    document = parsed(
        "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Indholdsfortegnelse\n1. Godkendelse af dagsorden ........ 1\n2. Eventuelt ........ 1\n\n"
        "2. Eventuelt\n\nBeslutning\nIntet.\n"
    )
    assert [(e.number, e.title) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden"),
        ("2", "Eventuelt"),
    ]


def test_attachment_rows_in_the_contents_are_no_entries():
    """An agenda with attachments lists each item's attachments under its row ("Bilag 2.1:
    Høringssvar ... 2"): they are the item's, printed in the body under it, not items the
    contents name (Syddjurs, probe round ZL, ZL5)."""
    document = fixture("dagsorden_bilag_i_indholdsfortegnelse.txt")
    assert [(e.number, e.title, e.page, e.line) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", 1, 8),
        ("2", "Lokalplan 1.45 Boliger ved Skovlyvej", 1, 9),
        ("3", "Meddelelser", 3, 12),
    ]
    assert [a.text for a in document.items[1].attachments] == [
        "Bilag 2.1: Høringssvar fra Karen Margrethe Holm",
        "Bilag 2.2: Høringssvar fra Grundejerforeningen Skovly",
    ]


def test_attachment_rows_in_the_contents_give_no_findings_and_an_item_missing_does(cli, tmp_path):
    path = LAYOUTS / "dagsorden_bilag_i_indholdsfortegnelse.txt"
    assert located_findings(cli, path) == []
    text = path.read_text("utf-8")
    without_item_3 = tmp_path / "dagsorden.txt"
    without_item_3.write_text(text[: text.index("3. Meddelelser\n\n")], "utf-8")
    run = cli([without_item_3, "--output-format", "concise"])
    assert [line.removeprefix(f"{without_item_3}:") for line in run.out.splitlines()] == [
        "12:1: RL301 Indholdsfortegnelsen nævner »Meddelelser«, men der er intet punkt med den "
        "titel."
    ]


def test_an_attached_reports_chapter_numbered_as_the_next_item_is_not_that_item():
    """The report attached to item 2 has a chapter "3. Anbefalinger"; the contents name
    item 3 "Lokalplan 1.45 ...", whose heading in the body wraps its last word onto a row
    of its own after a blank one (Syddjurs, probe round ZL, ZL2)."""
    document = fixture("dagsorden_bilag_kapitel_fortsaetter_nummer.txt")
    assert [(i.number, i.title, i.line) for i in document.items] == [
        ("1", "Godkendelse af dagsorden", 13),
        ("2", "Analyse af den kollektive trafik 2026", 18),
        ("3", "Lokalplan 1.45 Boliger ved Skovlyvej, Rønde – endelig vedtagelse", 49),
        ("4", "Meddelelser", 65),
    ]


def test_an_attached_reports_chapter_gives_no_findings_and_a_repeated_number_does(cli, tmp_path):
    path = LAYOUTS / "dagsorden_bilag_kapitel_fortsaetter_nummer.txt"
    assert located_findings(cli, path) == []
    text = path.read_text("utf-8")
    repeated = tmp_path / "dagsorden.txt"
    repeated.write_text(text.replace("4. Meddelelser\n\n", "3. Meddelelser\n\n"), "utf-8")
    run = cli([repeated, "--output-format", "concise"])
    assert [line.removeprefix(f"{repeated}:") for line in run.out.splitlines()] == [
        "11:1: RL307 [punkt 3] Indholdsfortegnelsen giver punktet nummer 4, men punktet har "
        "nummer 3.",
        "65:1: RL202 [punkt 3] Punktnummer 3 er brugt to gange (også i linje 49).",
    ]


# --------------------------------------------------------------------------- probe round ZL
STANDARD_SECTIONS = [
    "Sagsfremstilling",
    "Økonomiske konsekvenser",
    "Miljø- og klimamæssige konsekvenser",
    "Indstilling",
    "Bilag",
]


def sections_of(item) -> list[tuple[str, int]]:
    return [(section.canonical, section.line) for section in item.sections]


def parts_of(item) -> list[tuple[str, int, int]]:
    return [(part.heading, part.line, part.end_line) for part in item.attachment_parts]


def test_an_attached_minutes_extract_is_an_attachment_not_the_items_sections(cli):
    """An earlier committee's minutes extract printed under the item's "Bilag" list, its
    title repeated from the list (probe round ZL, ZL3): its "Sagsfremstilling" ... and
    "Beslutning i Teknik- og Miljøudvalget den 4. maj 2026" are the attachment's, not the
    item's (no RL104 for each heading twice); the item's own decision after it is found."""
    path = LAYOUTS / "bilag_referatuddrag.txt"
    document = parse(read(str(path)))
    item = document.items[0]
    assert sections_of(item) == [
        ("Sagsfremstilling", 9), ("Økonomiske konsekvenser", 12),
        ("Miljø- og klimamæssige konsekvenser", 15), ("Indstilling", 18), ("Bilag", 21),
        ("Beslutning", 44),
    ]  # fmt: skip
    assert parts_of(item) == [
        ("Uddrag af referat fra Teknik- og Miljøudvalget den 4. maj 2026", 24, 42)
    ]
    assert [line.text for line in item.attachments] == [
        "Uddrag af referat fra Teknik- og Miljøudvalget den 4. maj 2026"
    ]
    assert (item.decision.text, item.decision.line) == ("Godkendt.", 44)
    assert item.history == () and item.absences == ()
    assert parts_of(document.items[1]) == []
    assert located_findings(cli, path) == []


def test_attachments_after_a_portals_separator_page_are_no_sections_of_the_item(cli):
    """Vordingborg's "dagsorden med bilag" (probe round ZL, ZL3): each attachment follows a
    separator page "Bilag 2.1: Uddrag af referat fra Børne- og Uddannelsesudvalget"; the
    extract's own sections gave RL104 four times on item 2."""
    path = LAYOUTS / "dagsorden_med_bilag_skilleside.txt"
    document = parse(read(str(path)))
    assert [(item.number, item.line) for item in document.items] == [
        ("1", 52), ("2", 100), ("3", 203), ("4", 545), ("5", 648), ("6", 705)
    ]  # fmt: skip
    assert [[canonical for canonical, _ in sections_of(item)] for item in document.items] == [
        [],
        *[STANDARD_SECTIONS] * 4,
        [],
    ]
    assert sections_of(document.items[1]) == [
        ("Sagsfremstilling", 102), ("Økonomiske konsekvenser", 105),
        ("Miljø- og klimamæssige konsekvenser", 108), ("Indstilling", 111), ("Bilag", 114),
    ]  # fmt: skip
    assert [parts_of(item) for item in document.items] == [
        [],
        [("Bilag 2.1: Uddrag af referat fra Børne- og", 147, 202)],
        [("Bilag 3.1: Analyse af den kollektive trafik", 252, 544)],
        [("Bilag 4.1: Budgetoverslag 2026-2030", 594, 647)],
        [("Bilag 5.1: Kort over linjeføringen", 698, 702)],
        [],
    ]
    # The extract's decision and absence are the other committee's, of 19 May.
    assert [(item.decision, item.history, item.absences) for item in document.items[1:2]] == [
        (None, (), ())
    ]
    assert document.kind == "dagsorden"
    assert located_findings(cli, path) == []


def test_a_cpr_number_and_a_placeholder_in_a_printed_attachment_are_still_found(cli, tmp_path):
    """The rules that read the whole text read the attachments printed in an item too: a
    citizen's CPR number or a placeholder there is published as much as the item's own."""
    text = (LAYOUTS / "dagsorden_med_bilag_skilleside.txt").read_text("utf-8")
    text = text.replace(
        "Energiforbruget falder; buskørslen stiger.",
        "Energiforbruget falder; buskørslen stiger. Borger med cpr.nr. 150372-2486 klager.",
    ).replace("Korrigeret budgetoverslag.", "Korrigeret budgetoverslag på [indsæt beløb].")
    path = tmp_path / "dagsorden.txt"
    path.write_text(text, encoding="utf-8")
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:").split("] ")[0] for line in run.out.splitlines()] == [
        "166:63: RL601 [punkt 2, bilag 2.1, side 5",
        "601:30: RL604 [punkt 4, bilag 4.1, side 17",
    ]


def test_the_decision_printed_after_the_items_attachments_is_the_items_own(cli):
    """Favrskov's "samlet dokument" (probe round ZL): the item's text, its "Bilag" list,
    the attachments (each title repeated from the list) and then, on a page of its own,
    the decision. Each attachment ends at the decision, which stays the item's. (The
    consultant report's own table of contents is left out here: ZL1.)"""
    path = LAYOUTS / "referat_samlet_beslutning_efter_bilag.txt"
    document = parse(read(str(path)))
    assert [sections_of(item) for item in document.items[1:5]] == [
        [(name, line + first) for name, line in zip(
            [*STANDARD_SECTIONS, "Beslutning"], [0, 3, 6, 9, 12, decided - first], strict=True
        )]
        for first, decided in ((35, 107), (115, 453), (463, 556), (564, 583))
    ]  # fmt: skip
    assert [parts_of(item) for item in document.items] == [
        [],
        [("Budgetoverslag 2026-2030", 53, 106)],
        [("Analyse af den kollektive trafik", 133, 452)],
        [],  # the letter's title is not the list's ("Høringssvar – rute 113")
        [],
        [],
    ]
    assert [(item.number, item.decision.line) for item in document.items] == [
        ("1", 27), ("2", 107), ("3", 453), ("4", 556), ("5", 583), ("6", 591)
    ]  # fmt: skip
    assert document.items[2].decision.text.startswith(
        "Indstillingen godkendt. Martin Vinther Jensen (O) tog forbehold."
    )
    assert located_findings(cli, path) == []


@pytest.mark.parametrize(
    "attachments",
    [
        # A list whose entries stand apart, the last one above the decision.
        "Bilag\n\nBilag 1: Kort over området\n\nBilag 2: Notat om trafik\n\n",
        # An entry naming a file, with the signatures below it (Aarhus).
        "Bilag\n\nBilag 1: Opgørelse over udkald.pdf\n\nThomas Medom\n/ Morten Gregersen\n\n",
        # A marker whose number the list above does not name.
        "Bilag\n1. Kort over området\n\nBilag 2: Notat om trafik\nSendes senere.\n\n",
    ],
)
def test_markers_in_a_list_of_attachments_begin_no_attachment(attachments):
    """ "Bilag 2: Notat" in the item's list of attachments is an entry of the list, not an
    attachment printed in the item: the decision below is the item's."""
    document = parsed(
        "Referat\nByrådet\n\nDato: 27. maj 2026\n\n1. Lokalplan 12\n\nSagsfremstilling\n"
        f"Planen er i høring.\n\n{attachments}Beslutning\nGodkendt.\n"
    )
    item = document.items[0]
    assert item.attachment_parts == ()
    assert [canonical for canonical, _ in sections_of(item)] == [
        "Sagsfremstilling", "Bilag", "Beslutning"
    ]  # fmt: skip
    assert item.decision.text == "Godkendt."


def test_attachments_printed_after_the_last_item_are_not_that_items_text(cli):
    """Kalundborg (probe round ZL): every attachment after the last item, each under "Bilag
    til punkt 2" at the top of a page; the one for item 2 is the Teknik- og
    Miljøudvalget's minutes extract with its sections. They are no sections of the closed
    item 6 (RL701 four times) and no part of its decision. (The consultant report's own
    table of contents is left out here: ZL1.)"""
    path = LAYOUTS / "referat_bilag_bagest.txt"
    document = parse(read(str(path)))
    last = document.items[-1]
    assert (last.number, last.closed, sections_of(last)) == ("6", True, [("Beslutning", 101)])
    assert (last.decision.text, last.decision.line) == ("Godkendt.", 101)
    assert parts_of(last) == [
        ("Bilag til punkt 2", 103, 127), ("Bilag til punkt 3", 158, 176),
        ("Bilag til punkt 4", 210, 448),
    ]  # fmt: skip
    assert located_findings(cli, path) == []


def test_an_absence_in_an_attached_minutes_extract_is_not_the_meetings(cli, tmp_path):
    """ "Fraværende: Lars Ibsen (V)" under the attached extract's "Beslutning i Teknik- og
    Miljøudvalget den 4. maj 2026" is about that meeting (probe round ZL, ZL6). Where the
    header does not name the meeting's body, that decision was read as item 6's: its
    absence gave RL503, its date RL502."""
    text = (LAYOUTS / "referat_bilag_bagest.txt").read_text("utf-8")
    path = tmp_path / "referat.txt"
    path.write_text(text.replace("\nByrådet\n", "\n\n", 1), encoding="utf-8")
    document = parse(read(str(path)))
    assert document.meeting.body is None
    assert [absence.name for absence in document.meeting.absences] == ["Kirsten Brodersen (A)"]
    assert [item.absences for item in document.items] == [()] * 6
    assert document.items[-1].decision.text == "Godkendt."
    assert document.items[-1].history == ()
    assert located_findings(cli, path) == []


def test_a_report_pasted_into_an_item_does_not_lend_its_last_chapter_as_the_next_item(cli):
    """Nyborg (probe round ZL): a consultant report pasted into item 4 after its decision,
    with no attachment marker, numbers its chapters "1. Indledning" ... "5. Konklusion".
    "5. Konklusion", over the report's text, ends the report's run of chapters; "5.
    Meddelelser" below it, over "Sagsfremstilling" as the items open, is item 5 (was
    RL101 x3 on "Konklusion"). "4. Økonomi" after the item's unnumbered headings and its
    decision is the report's chapter, not the item's economic section again (was RL104)."""
    path = LAYOUTS / "referat_rapport_indsat_i_punkt.txt"
    document = parse(read(str(path)))
    assert [(item.number, item.title, item.line) for item in document.items] == [
        ("1", "Godkendelse af dagsorden", 11),
        ("2", "Nye åbningstider på Nyborg Bibliotek", 17),
        ("3", "Tilskud til Nyborg Svømmeklub – ny halleje", 39),
        ("4", "Kulturhus Nyborg – status på byggeriet", 61),
        ("5", "Meddelelser", 109),
    ]
    assert sections_of(document.items[3]) == [
        ("Sagsfremstilling", 63), ("Økonomiske konsekvenser", 67),
        ("Miljø- og klimamæssige konsekvenser", 71), ("Indstilling", 75), ("Beslutning", 79),
    ]  # fmt: skip
    assert document.items[3].end_line == 107
    assert located_findings(cli, path) == []


def test_an_item_number_repeated_after_a_pasted_report_is_reported_where_it_stands(cli, tmp_path):
    """The same document with the last item numbered 4 again by a slip: the report's "5.
    Konklusion" is still no item, and the second "4." is RL202's at its own line (it was
    missed: item 5 "Konklusion" came between)."""
    text = (LAYOUTS / "referat_rapport_indsat_i_punkt.txt").read_text("utf-8")
    path = tmp_path / "referat.txt"
    path.write_text(text.replace("5. Meddelelser", "4. Meddelelser"), encoding="utf-8")
    document = parse(read(str(path)))
    assert [(item.number, item.title, item.line) for item in document.items[3:]] == [
        ("4", "Kulturhus Nyborg – status på byggeriet", 61),
        ("4", "Meddelelser", 109),
    ]
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:109:1: RL202 [punkt 4] Punktnummer 4 er brugt to gange (også i linje 61)."
    ]


def test_a_running_header_on_the_documents_own_pages_only_is_furniture(cli):
    """Rebild (probe round ZL, ZL4): a "samlet dokument" prints its running header and
    "Side n af 9" on its own pages only (5 of 9); the letter attached between them has its
    own ("Ældrerådet i Rebild Kommune", "Side 1 af 4"). The header is furniture all the
    same: it is no part of the decisions above it, nor the meeting's committee."""
    path = LAYOUTS / "referat_samlet_sidehoved_kun_paa_egne_sider.txt"
    document = parse(read(str(path)))
    assert document.meeting.body == "Social- og Sundhedsudvalget"
    assert [(item.number, item.decision.text, item.decision.line) for item in document.items] == [
        ("1", "Godkendt.", 18),
        ("2", "Godkendt. Tage Skov (O) stemte imod.", 55),
        ("3", "Orienteringen taget til efterretning.", 62),
    ]
    assert {16, 21, 54, 58} <= document.furniture
    assert not {35, 42, 46, 50} & document.furniture  # the letter's own header is its text
    assert located_findings(cli, path) == []


def test_an_unreleased_decision_is_quoted_without_the_running_header_below_it(cli, tmp_path):
    """The same document with item 1's decision not released: RL401 quotes the decision
    alone, not the next page's running header glued onto it."""
    text = (LAYOUTS / "referat_samlet_sidehoved_kun_paa_egne_sider.txt").read_text("utf-8")
    path = tmp_path / "referat.txt"
    path.write_text(text.replace("\nGodkendt.\n", "\nBeslutning ikke frigivet\n", 1), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:19:1: RL401 [punkt 1, side 2] Beslutningen står som »Beslutning ikke "
        "frigivet«: referatet er udsendt, før beslutningen blev frigivet."
    ]


def test_a_finding_in_an_attachment_printed_after_the_last_item_names_the_item_it_is_for(
    cli, tmp_path
):
    """Kalundborg (probe round ZM, P2a): "Bilag til punkt 3", printed after the last item
    (6, "Køb af ejendom"), is item 3's attachment: the contact details in the hearing
    response it holds are item 3's findings, not item 6's, and the location says they are
    in its attachment (P2)."""
    text = (LAYOUTS / "referat_bilag_bagest.txt").read_text("utf-8")
    path = tmp_path / "referat.txt"
    path.write_text(
        text.replace(
            "Kontakt: miljøafdelingen",
            "Kontakt: helle.krogh@asnaes-staal.dk · tlf. 59 51 22 00",
        ),
        encoding="utf-8",
    )
    document = parse(read(str(path)))
    assert [(part.heading, part.item) for part in document.items[-1].attachment_parts] == [
        ("Bilag til punkt 2", "2"), ("Bilag til punkt 3", "3"), ("Bilag til punkt 4", "4"),
    ]  # fmt: skip
    run = cli([path, "--output-format", "concise"])
    assert [line.removeprefix(f"{path}:") for line in run.out.splitlines()] == [
        "176:10: RL606 [bilag til punkt 3, side 11] Teksten indeholder e-mailadressen "
        "»helle.krogh@asnaes-staal.dk«. Er det en privat persons adresse, må den ikke "
        "offentliggøres.",
        "176:45: RL606 [bilag til punkt 3, side 11] Teksten indeholder telefonnummeret »59 51 22 00«. "
        "Er det en privat persons nummer, må det ikke offentliggøres.",
    ]


def test_a_portal_stamp_numbering_every_page_leaves_the_own_pages_header_furniture(cli, tmp_path):
    """The same document as a portal publishes it (Vordingborg, probe round ZL, ZL4): a
    stamp "Referat med bilag · Side n af 9" tops every page, the letter's too. The pages
    it numbers are not the document's own pages, which its footer numbers: held against
    all nine pages, the header (on five) was glued onto the decisions again, and RL401
    quoted it."""
    text = (LAYOUTS / "referat_samlet_sidehoved_kun_paa_egne_sider.txt").read_text("utf-8")
    stamped = "\f".join(
        f"Referat med bilag · Side {number} af 9\n{page}"
        for number, page in enumerate(text.split("\f"), 1)
    )
    path = tmp_path / "referat.txt"
    path.write_text(stamped, "utf-8")
    document = parse(read(str(path)))
    assert document.meeting.body == "Social- og Sundhedsudvalget"
    assert [(item.number, item.decision.text, item.decision.line) for item in document.items] == [
        ("1", "Godkendt.", 20),
        ("2", "Godkendt. Tage Skov (O) stemte imod.", 63),
        ("3", "Orienteringen taget til efterretning.", 71),
    ]
    path.write_text(stamped.replace("\nGodkendt.\n", "\nBeslutning ikke frigivet\n", 1), "utf-8")
    run = cli([path, "--output-format", "concise"])
    assert run.out.splitlines() == [
        f"{path}:21:1: RL401 [punkt 1, side 2] Beslutningen står som »Beslutning ikke "
        "frigivet«: referatet er udsendt, før beslutningen blev frigivet."
    ]


def test_case_system_lines_under_the_title_keep_the_item_its_status_and_case_number():
    """Acadre/eDoc print "Sagsid: 26/1002" / "Ansvarlig: ..." under the title (probe round ZO,
    R8): above the template's "Åben sag" / "Sagsnr." block the item was lost; without the
    block its case number was."""
    for name, last in (
        ("sagsid_ansvarlig_over_aaben_sag.txt", 38),
        ("sagsid_ansvarlig_over_sagsnr.txt", 37),
    ):
        document = fixture(name)
        assert [(i.number, i.line, i.case_number) for i in document.items] == [
            ("1", 11, None),
            ("2", 16, "07.00.00-Ø60-3-26"),
            ("3", last, None),
        ]
    # "Lukket punkt." under the case system's lines still closes the item.
    text = (LAYOUTS / "sagsid_ansvarlig_over_sagsnr.txt").read_text("utf-8")
    document = parsed(text.replace("Sagsnr.: 07.00.00-Ø60-3-26\n", "Lukket punkt.\n"))
    assert [(i.number, i.closed) for i in document.items] == [
        ("1", False),
        ("2", True),
        ("3", False),
    ]


def test_a_header_block_with_the_case_system_lines_or_without_a_blank_line_opens_the_item():
    """ "Ansvarlig: ..." between "Sagsnr." and "88. Title", and an inline decision directly
    over the next item's "Åbent punkt" (probe round ZO, R8 and R7): item 88 was lost."""
    for name, lines in (
        ("ansvarlig_mellem_sagsnr_og_titel.txt", [(13, 17), (22, 32), (36, 38)]),
        ("beslutning_uden_tom_linje_foer_etiketter.txt", [(13, 17), (20, 30), (33, 35)]),
    ):
        document = fixture(name)
        assert [(i.number, i.case_number) for i in document.items] == [
            ("87", "24/00122"),
            ("88", "24/05519"),
            ("89", "24/00123"),
        ]
        # The previous item ends above the header block, not at the heading.
        assert [(i.line, i.end_line) for i in document.items] == lines


def test_label_paragraphs_above_a_word_heading_belong_to_its_item():
    """ "Åbent punkt" / "Sagsnr." paragraphs above an Overskrift 1 item heading (probe round
    ZO, R13): a Word document sets each apart by a blank line, and they went to the item
    before, which lost the closed item's flag and every case number."""
    document = parse(read(LAYOUTS / "etiketter_over_word_overskrift.docx"))
    assert [(i.number, i.line, i.case_number, i.closed) for i in document.items] == [
        ("87", 17, "24/00122", False),
        ("88", 27, "24/05519", False),
        ("89", 43, "24/00123", True),
    ]
    assert document.items[0].decision.text == "Taget til efterretning."


def test_case_system_lines_above_the_heading_do_not_shift_case_numbers_to_the_item_before():
    """ "Journalnr.: ..." / "Ansvarlig: ..." directly under the case number the family prints
    above each heading (probe round ZO, R8): each item's number went to the item before.
    The family's own number, on top, stays the item's; none is left in the item before."""
    text = re.sub(
        r"^(\d{2,3})\. ",
        r"Journalnr.: 00.01.00-A00-\1-26\nAnsvarlig: Mette Holm, Sekretariatet\n\1. ",
        seed_text("004"),
        flags=re.M,
    )
    document = parsed(text)
    assert document.layout == "toc-table"
    assert [(i.number, i.case_number) for i in document.items] == [
        ("96", "00.00.00-I02-1-21"),
        ("101", "00.30.14-S00-7-20"),
        ("97", "17.03.04-A00-1-20"),
        ("98", "28.00.00-A00-3-21"),
        ("99", "28.09.40-G01-44-21"),
        ("100", "00.00.00-P22-2-21"),
        ("102", "27.00.00-A00-19-20"),
        ("103", "00.22.04-A00-1-21"),
        ("104", "00.22.04-A00-1-21"),
    ]
    assert [i.decision.text for i in document.items] == [i.decision.text for i in seed("004").items]


def test_a_header_block_set_apart_from_the_heading_by_a_blank_line_opens_the_item():
    """A PDF's lines as LibreOffice writes a Word document (probe round ZO, R13): the label
    paragraphs under the decision, a blank line, then the heading; "Lukket punkt" alone
    over the last item lost it."""
    text = (LAYOUTS / "beslutning_uden_tom_linje_foer_etiketter.txt").read_text("utf-8")
    text = text.replace("Sagsnr.: 24/05519\n88.", "Sagsnr.: 24/05519\n\n88.")
    text = text.replace("Åbent punkt\nSagsnr.: 24/00123\n89.", "Lukket punkt\n\n89.")
    document = parsed(text)
    assert [(i.number, i.line, i.end_line, i.case_number, i.closed) for i in document.items] == [
        ("87", 13, 17, "24/00122", False),
        ("88", 21, 31, "24/05519", False),
        ("89", 34, 36, None, True),
    ]


def test_the_case_number_under_the_title_wins_over_a_journal_number_above_the_heading():
    """ "Journalnr.: ..." / "Ansvarlig: ..." over the heading and the template's "Åben sag" /
    "Sagsnr.: ..." under it (probe round ZO, R8): the template's number is the item's; the
    journal number is where the item has no other."""
    text = (LAYOUTS / "sagsid_ansvarlig_over_aaben_sag.txt").read_text("utf-8")
    for number in ("2", "3"):
        text = text.replace(
            f"\n{number}. ",
            f"\nJournalnr.: 00.01.00-A00-{number}-26\nAnsvarlig: Mette Holm, Sekretariatet\n{number}. ",
        )
    document = parsed(text)
    assert [(i.number, i.line, i.case_number) for i in document.items] == [
        ("1", 11, None),
        ("2", 18, "07.00.00-Ø60-3-26"),
        ("3", 42, "00.01.00-A00-3-26"),
    ]
    assert document.items[0].end_line == 14


def test_a_title_only_item_keeps_its_own_journal_number_not_the_next_items():
    """A dagsorden's title-only items, each under "Journalnr.: ..." / "Ansvarlig: ..."
    (probe round ZO, R8): the journal number of the next item is not the title-only item's."""
    header = (LAYOUTS / "ansvarlig_mellem_sagsnr_og_titel.txt").read_text("utf-8").split("\n")[:10]
    items = [
        ("1", "Godkendelse af dagsorden", ""),
        ("2", "Orientering fra borgmesteren", ""),
        ("3", "Budgetopfølgning 2026", "Sagsfremstilling\nForbruget følger budgettet.\n\n"),
    ]
    text = (
        "\n".join(header)
        + "\n"
        + "".join(
            f"Journalnr.: 00.01.00-A00-{n}-26\nAnsvarlig: Mette Holm, Sekretariatet\n{n}. {title}\n\n"
            f"{body}\n"
            for n, title, body in items
        )
    )
    document = parsed(text)
    assert [(i.number, i.case_number) for i in document.items] == [
        ("1", "00.01.00-A00-1-26"),
        ("2", "00.01.00-A00-2-26"),
        ("3", "00.01.00-A00-3-26"),
    ]


@pytest.mark.parametrize(
    ("name", "row", "group", "line"),
    [
        ("toc_ombrudt_foerste_i_gruppe.txt",
         ("3", "Overførsel af uforbrugte midler fra 2025 til 2026", 1), "Sager til afgørelse i Byrådet", 16),
        ("toc_ombrudt_under_lukket_gruppe.txt",
         ("4", "Salg af storparcel på Nye, etape 3", 1), "Lukket dagsorden", 15),
    ],
)  # fmt: skip
def test_a_wrapped_toc_row_first_under_a_group_heading_stays_in_the_toc(name, row, group, line):
    """A row wrapped onto a second line with its page ("3.<TAB>Overførsel af uforbrugte" /
    "<TAB>midler fra 2025 til 2026<TAB>1") right under a group heading goes on the table of
    contents: it neither ends it nor becomes an item, and only the last item is closed."""
    document = fixture(name)
    wrapped = document.toc[int(row[0]) - 1]
    assert ((wrapped.number, wrapped.title, wrapped.page), wrapped.group, wrapped.line) == (
        row, group, line,
    )  # fmt: skip
    assert [item.number for item in document.items] == [entry.number for entry in document.toc]
    closed = group == "Lukket dagsorden"
    assert [item.closed for item in document.items] == [False] * 3 + [closed]


def test_a_wrapped_toc_row_whose_second_line_begins_with_a_date_keeps_its_number():
    """ "4.<TAB>Budgetopfølgning pr." / "<TAB>30. september 2026<TAB>1": 30 is no item
    number after 4 but the title's date."""
    document = fixture("toc_ombrudt_ordenstal_foerst.txt")
    last = document.toc[-1]
    assert (last.number, last.title, last.page, last.line) == (
        "4", "Budgetopfølgning pr. 30. september 2026", 1, 14,
    )  # fmt: skip
    assert len(document.toc) == 4


def test_a_wrapped_row_in_a_toc_without_pages_is_joined_where_it_hangs_under_the_title():
    """ "3) Overførsel af uforbrugte" / "   midler fra 2025 til 2026": the second line hangs
    under the title's first word, so it is the rest of the title, not a group heading."""
    document = fixture("toc_uden_sidetal_ombrudt.txt")
    assert [(e.number, e.title, e.page, e.line, e.group) for e in document.toc] == [
        ("1", "Godkendelse af dagsorden", None, 11, None),
        ("2", "Tidsplan for budget 2027-2030", None, 12, None),
        ("3", "Overførsel af uforbrugte midler fra 2025 til 2026", None, 13, None),
        ("4", "Tillægsbevilling til vintertjeneste 2026", None, 15, None),
    ]


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("         Ungdomsskolen", "Fremtidig organisering af Ungdomsskolen"),
        ("\tUngdomsskolen", "Fremtidig organisering af"),  # not under the title's first word
    ],
)
def test_a_second_line_in_a_toc_without_pages_joins_only_hanging_under_the_title(second, title):
    text = (
        "Indholdsfortegnelse\n\nPunkt 1  Godkendelse af dagsorden\n"
        f"Punkt 2  Fremtidig organisering af\n{second}\nPunkt 3  Eventuelt\n\n"
        "Punkt 1\nGodkendelse af dagsorden\n\nGodkendt.\n"
    )
    assert parsed(text).toc[1].title == title


def test_toc_rows_with_markup_wrapped_under_a_group_heading_of_any_name():
    """Hedensted: "96<TAB><u>Omgørelsesprocenter 2020" / "<TAB>   på det sociale område</u>
    <TAB>3" right under a group heading by any name ("Udvalget for Læring<TAB><TAB>"): each
    wrapped row is one entry with its number, under its group, and the list goes on."""
    text = (
        "Hedensted Kommune\n\nDagsorden\n\nIndholdsfortegnelse\n\nPkt.\tTekst\tSide\n"
        "Åben dagsorden\t\t\n96\t<u>Omgørelsesprocenter 2020\n  \t   på det sociale område</u>\t3\n"
        "Udvalget for Læring\t\t\n97\t<u>Fremadrettede organisering af\n"
        "  \t   ungesamtaler for 13-25årige</u>\t7\n98\t<u>Godkendelse af referat</u>\t9\n\n"
        "96. Omgørelsesprocenter 2020 på det sociale område\n\nTil orientering.\n\n"
        "97. Fremadrettede organisering af ungesamtaler for 13-25årige\n\nTil orientering.\n\n"
        "98. Godkendelse af referat\n\nTil orientering.\n"
    )
    assert [(e.number, e.title, e.page, e.line, e.group) for e in parsed(text).toc] == [
        ("96", "Omgørelsesprocenter 2020 på det sociale område", 3, 9, "Åben dagsorden"),
        ("97", "Fremadrettede organisering af ungesamtaler for 13-25årige", 7, 12, "Udvalget for Læring"),
        ("98", "Godkendelse af referat", 9, 14, "Udvalget for Læring"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "first"),
    [
        ("1.\tBudgetopfølgning pr.\n  \t30. september 2026\t1\n2.\tEventuelt\t2",
         ("1", "Budgetopfølgning pr. 30. september 2026", 1)),
        ("1.\tLokalplan 12, Havnefronten,\n  \t1. behandling\t1\n2.\tEventuelt\t2",
         ("1", "Lokalplan 12, Havnefronten, 1. behandling", 1)),
    ],
)  # fmt: skip
def test_a_first_toc_row_wrapped_before_a_number_of_its_title_keeps_its_number(rows, first):
    """The second line's number (30, or 1 again) is not the item number after the row's."""
    text = f"Indholdsfortegnelse\n\n{rows}\n\n1. {first[1]}\n\nGodkendt.\n\n2. Eventuelt\n"
    toc = parsed(text).toc
    assert [(e.number, e.title, e.page) for e in toc] == [first, ("2", "Eventuelt", 2)]


def test_a_closed_toc_row_wrapped_onto_a_second_line_stays_closed():
    text = (
        "Indholdsfortegnelse\n\n1.\tGodkendelse af dagsorden\t2\n"
        "2.\tLukket punkt: Salg af erhvervsgrund,\n  \tVed Fjorden\t3\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Salg af erhvervsgrund, Ved Fjorden\n"
    )
    last = parsed(text).toc[-1]
    assert (last.number, last.title, last.page, last.closed) == (
        "2", "Salg af erhvervsgrund, Ved Fjorden", 3, True,
    )  # fmt: skip
