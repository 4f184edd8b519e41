"""Each layout family's tricky spots, pages from form feeds, and layouts the parser was
not written for: generic cues must still give a faithful model, and never a crash."""

import pytest
from conftest import FIXTURES, seed_text
from referatlint.parse import parse
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
        ("Anne Berg", False), ("Per Holm", True)
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
        f"{path}:33:1: RL402 [punkt 2] Beslutningen under »Beslutning« er tom."
    ]


def findings_with_defects(cli, tmp_path, name: str, defects, *options: str) -> list[str]:
    """The findings ("line:column: code") in a layout fixture after putting defects in:
    each (old, new) replacement must hit exactly one place."""
    text = (LAYOUTS / name).read_text("utf-8")
    for old, new in defects:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
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


def test_items_under_lukkede_sager_are_closed_and_the_member_list_is_read(cli, tmp_path):
    """Items grouped under "Åbne sager"/"Lukkede sager" in the body and the table of
    contents, a "Medlemmer:" list with a member on each line, an "Underskriftsblad"."""
    document = fixture("aabne_lukkede_sager.txt")
    assert [(i.number, i.closed) for i in document.items][-4:] == [
        ("93", False), ("94", True), ("95", True), ("96", True)
    ]  # fmt: skip
    assert [p.name for p in document.meeting.participants if p.absent] == ["Jens Holm (A)"]
    assert len(document.meeting.participants) == 7
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


def test_items_marked_aaben_or_lukket_and_their_defects(cli, tmp_path):
    """ "5 (Lukket) Title" headings and table-of-contents rows, a running title at the top
    of each page, "Beslutning <udvalg> den ..." without "i"."""
    document = fixture("status_i_parentes.txt")
    assert [(i.number, i.title, i.closed) for i in document.items][::4] == [
        ("1", "Godkendelse af dagsorden", False),
        ("5", "(Lukket) Køb af areal til regnvandsbassin", True),
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
         [("1", "Godkendelse af dagsorden"), ("2", "Lukket punkt: Salg af erhvervsgrund"),
          ("3", "Lukket punkt: Køb af ejendom til vejudvidelse"),
          ("4", "Lukket punkt: Personalesag")]),
    ],
)  # fmt: skip
def test_toc_entries_and_items_pair_in_more_forms(name, toc):
    document = fixture(name)
    assert [(e.number, e.title) for e in document.toc] == toc
    assert [(i.number, i.title) for i in document.items] == toc


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
    assert found == ["22:1: RL101", "91:1: RL202", "103:1: RL201"]  # one line less above


@pytest.mark.parametrize(
    "name", sorted(p.name for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".html"))
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
