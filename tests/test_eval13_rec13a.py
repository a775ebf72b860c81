"""eval13 rec13a: a recommendations tracker with one column per update (stop 19).

A scrutiny committee's tracker prints one row per recommendation, a column per report back
("Update May 2025", "Position at March 2025", "Update (Jan 2024)"), and a row across the
table naming each chapter of the report. The documents here are written for these tests,
in layouts the corpus does not use (their readings written before the loader ran):

- ``housing-tracker.md``: a pandoc grid table (``Rec no. | ... | Position at March 2025 |
  Position at May 2025 | RAG``), a cell of two paragraphs, "No update" and "N/A" cells, a
  recommendation to the Welsh Government;
- ``leisure-tracker.html``: a council web page (cookie banner, navigation, the committee's
  name in bold above the title), three update columns "Update (Jan 2024)", a chapter row
  in bold and one in plain text (``colspan``), "Not yet due" cells;
- a Word file built here: merged chapter rows (``gridSpan``), "Progress update – <month
  year>" columns, the owner named as "That the WLGA and the Council ...".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wlga_analysis as wa

DATA = Path(__file__).parent / "data" / "eval13" / "rec13a"


def _read(path: Path) -> dict[str, object]:
    return {
        "areas": wa.load_areas(path)["area"].tolist(),
        "themes": wa.load_areas(path)["theme"].tolist(),
        "recs": [(r.rec_id, r.area, r.text, list(r.owners))
                 for r in wa.load_recommendations(path).itertuples()],
        "acts": [(a.area_id, a.text) for a in wa.load_activities(path).itertuples()],
        "notes": " ".join(wa.load_recommendations_notes(path)["text"]),
    }


@pytest.fixture(scope="module")
def housing() -> dict[str, object]:
    return _read(DATA / "housing-tracker.md")


@pytest.fixture(scope="module")
def leisure() -> dict[str, object]:
    return _read(DATA / "leisure-tracker.html")


def _merged_row(table, text: str) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    cell.paragraphs[0].add_run(text).bold = True


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("Audit and Governance Committee, 12 March 2025")
    doc.add_heading("Digital Task Group: recommendations monitoring", level=1)
    table = doc.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation", "Lead officer",
                                                "Progress update – July 2024",
                                                "Progress update – January 2025"),
                          strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    rows = [("chapter", "Online services"),
            ("1", "That the WLGA and the Council build a shared booking system.",
             "Chief Digital Officer", "A supplier was chosen.", "The system went live."),
            ("2", "That the Council publishes its digital strategy.", "Head of ICT",
             "N/A", "The strategy was published in December 2024."),
            ("chapter", "Digital skills"),
            ("3", "That the Council trains every member of staff in cyber security.",
             "Head of People", "Training started.", "Not yet due")]
    for row in rows:
        if row[0] == "chapter":
            _merged_row(table, row[1])
            continue
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    path = tmp_path_factory.mktemp("rec13a") / "digital-tracker.docx"
    doc.save(str(path))
    return _read(path)


# -- the readings, written before the loader ran -------------------------------------------
def test_grid_table_tracker_areas_and_recommendations(housing: dict[str, object]) -> None:
    assert housing["areas"] == ["Homelessness prevention", "Empty homes"]
    assert housing["themes"] == ["", ""]
    assert housing["recs"] == [
        (1, "Homelessness prevention",
         "That the Council opens a second advice hub in Holyhead.", ["LG"]),
        (2, "Homelessness prevention",
         "That the Council and the health board share data on people leaving hospital.",
         ["LG", "health board"]),
        (3, "Empty homes", "That the Welsh Government extends the empty homes grant to 2027.",
         ["WG"]),
        (4, "Empty homes", "That the Council doubles the council tax premium on empty homes.",
         ["LG"]),
    ]


def test_grid_table_tracker_update_cells_are_the_activities(housing: dict[str, object]
                                                            ) -> None:
    assert housing["acts"] == [
        (1, "A second hub site has been chosen."),
        (1, "The hub opened on 2 May 2025. Forty people used it in its first week."),
        (1, "A joint protocol is being drafted."),
        (2, "The Leader wrote to the Minister in February."),
        (2, "A reply is awaited."),
    ]
    # nothing lost: the text around the table is in the notes
    assert "The next report will be made in December 2025." in housing["notes"]


def test_web_page_tracker(leisure: dict[str, object]) -> None:
    assert leisure["areas"] == ["Swimming pools", "Sports pitches"]
    assert leisure["themes"] == ["", ""]  # the committee's name above the title: no theme
    assert [(r[0], r[1], r[3]) for r in leisure["recs"]] == [
        (1, "Swimming pools", ["LG", "Natural Resources Wales"]),
        (2, "Swimming pools", ["LG"]),
        (3, "Sports pitches", ["LG", "community councils"]),
    ]
    assert leisure["acts"] == [
        (1, "The site meeting was held in December 2023."),
        (1, "A draft plan was shared."),
        (1, "The plan was agreed in August 2024."),
        (1, "The rota was reviewed."),
        (1, "Sunday opening started on 1 September 2024."),
        (2, "Talks with three community councils began in July 2024."),
    ]


def test_word_tracker_with_merged_chapter_rows(word: dict[str, object]) -> None:
    assert word["areas"] == ["Online services", "Digital skills"]
    assert word["recs"] == [
        (1, "Online services", "That the WLGA and the Council build a shared booking system.",
         ["WLGA", "LG"]),
        (2, "Online services", "That the Council publishes its digital strategy.", ["LG"]),
        (3, "Digital skills",
         "That the Council trains every member of staff in cyber security.", ["LG"]),
    ]
    assert word["acts"] == [
        (1, "A supplier was chosen."),
        (1, "The system went live."),
        (1, "The strategy was published in December 2024."),
        (2, "Training started."),
    ]


# -- the rules, one by one -----------------------------------------------------------------
def test_update_headers_and_other_columns() -> None:
    from wlga_analysis.interpret.recommendations.columns import map_columns

    cols = map_columns(["No.", "Recommendation", "Cabinet response", "Agreed action",
                        "Lead officer", "Update May 2025", "Update November 2025", "Status"])
    assert (cols.number, cols.recommendations, cols.updates) == (0, 1, (5, 6))
    assert [name for _, name in cols.extras] == ["cabinet_response", "agreed_action",
                                                 "lead_officer", "status"]
    assert map_columns(["Recommendation", "Update"]) is None  # no time: no update column
    assert map_columns(["Ref", "Recommendation", "Position at 31 March 2025"]).updates == (2,)


def test_grid_tables_read_for_every_text_loader() -> None:
    from wlga_analysis.read import read_model
    from wlga_analysis.read.model import Table

    model = read_model(DATA / "housing-tracker.md", "programme")
    tables = [b for b in model.blocks if isinstance(b, Table)]
    assert tables[0].header_text[:3] == ["Rec no.", "Recommendation", "Executive response"]
    first = [c.text for c in tables[1].rows[0]]  # (the bold chapter row cut the table)
    assert first[1] == "That the Council opens a second advice hub in Holyhead."


def test_tracker_with_no_number_column(tmp_path: Path) -> None:
    path = tmp_path / "roads.md"
    path.write_text("# Roads Task Group: tracker\n\n"
                    "| Recommendation | Lead officer | Update May 2025 | Update Nov 2025 |\n"
                    "| --- | --- | --- | --- |\n| **Repairs** | | | |\n"
                    "| That the Council fixes potholes within a week. | Head of Highways "
                    "| A new contract was let. | Not yet due |\n"
                    "| That the Council paints the lines again. | Head of Highways "
                    "| Not yet due | The lines on the A55 were painted. |\n", encoding="utf-8")
    read = _read(path)
    assert read["areas"] == ["Repairs"]
    assert [(r[0], r[2], r[3]) for r in read["recs"]] == [
        (1, "That the Council fixes potholes within a week.", ["LG"]),
        (2, "That the Council paints the lines again.", ["LG"])]
    assert read["acts"] == [(1, "A new contract was let."),
                            (1, "The lines on the A55 were painted.")]


def test_grid_table_blank_cell_lines_and_row_spans() -> None:
    from wlga_analysis.read.grid_tables import grid_table_lines

    lines = ["+----+--------+", "| No | Text   |", "+====+========+", "| 1  | Done.  |",
             "|    |        |", "|    | More.  |", "|    +--------+", "|    | Next.  |",
             "+----+--------+"]
    assert grid_table_lines(lines) == (
        "", "| No | Text |", "| --- | --- |", "| 1 | Done.<br>More. |", "", "", "",
        "|  | Next. |", "")  # a blank line of the cells parts blocks; a row span: a new row


def test_that_subject_needs_a_verb_after_the_names() -> None:
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners

    known = load_owners()
    assert that_subject_owners("That the Council, the police and the health boards meet.",
                               known) is None  # "the police": no name the rule reads
    assert that_subject_owners("That Council Tax is frozen.", known) is None
    assert that_subject_owners("That the Council and the Welsh Government agree a plan.",
                               known) == ["LG", "WG"]
