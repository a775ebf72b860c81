"""Markdown as Obsidian, Notion and GitHub wikis write it (the twenty-first evaluation
corpus's Markdown forms), and the "Lead: A, with B" paragraphs and the section-heading
"theme" of its rec21b paper in every form.

The family: a programme update or recommendations paper exported from a note or wiki tool
carries the tool's marks: heading anchors (``## Progress {#progress}``), task-list items
whose box is a status (``- [x]`` done, ``- [ ]`` not done: the wording decides), list items
indented by a TAB under a numbered paragraph (``4. **Homelessness prevention**`` then
``\\t- [x] ...``), a paragraph in italics (``*Lead: Welsh Government*``), callouts
(``> [!NOTE]``, ``> [!TIP] Title``), emoji statuses in a table (✅ 🔄 ⏳ 🔴, with or without a
key line); a recommendations paper whose one section per area replaces the table, each
recommendation a ``**Rec 1** That ...`` paragraph followed by its ``*Lead: ...*``
paragraph, under the paper's section heading ("Findings and recommendations": no theme).

The documents in ``tests/data/eval21/markdown_dialects/`` are written for the test in
layouts of the family that differ from the corpus (other labels, years, owners, markers
``* [ ]``, a callout with a title, no emoji key); a Word paper is written by the fixture
(a table ``Area | Progress | Recommendations`` under "Summary of recommendations", whose
cells print "Lead: Welsh Government, with councils"). The asserted values are the careful
reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.programme import parse_programme
from wlga_analysis.recommendations import parse_recommendations
from wlga_analysis.testing import table_rows

DATA = Path(__file__).parent / "data" / "eval21" / "markdown_dialects"


def _recs(path: Path):
    return parse_recommendations(read_document(path, "recommendations"))


def _prog(path: Path):
    return parse_programme(read_document(path, "programme"))


@pytest.fixture(scope="module")
def housing():
    return _prog(DATA / "housing-programme-obsidian.md")


@pytest.fixture(scope="module")
def digital():
    return _prog(DATA / "digital-report-notion.md")


@pytest.fixture(scope="module")
def transport():
    return _recs(DATA / "rural-transport-wiki.md")


@pytest.fixture(scope="module")
def wellbeing():
    return _recs(DATA / "wellbeing-group-obsidian.md")


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    import docx

    doc = docx.Document()
    doc.add_heading("Waste Strategy Panel: review", level=1)
    doc.add_heading("Summary of recommendations", level=2)
    table = doc.add_table(rows=3, cols=3)
    rows = [("Area", "Progress", "Recommendations"),
            ("Recycling", "Kerbside sorting was rolled out in 15 councils.",
             ("R1 That the Welsh Government funds new sorting depots.",
              "Lead: Welsh Government, with councils")),
            ("Food waste", "A survey of food waste collections is under way.",
             ("R2 That councils collect food waste weekly from every home.",
              "Lead: Councils"))]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            paragraphs = (value,) if isinstance(value, str) else value
            cell.paragraphs[0].text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("The Panel meets again in June.")
    path = tmp_path_factory.mktemp("eval21md") / "waste-panel.docx"
    doc.save(str(path))
    return _recs(path)


def test_tab_indented_task_items_are_the_priorities_items(housing):
    assert housing.priorities["priority"].tolist() == ["Homelessness prevention",
                                                        "Empty homes"]
    assert table_rows(housing.programme, "paragraph", "text", "status", "quarter_label") == [
        [4, "Prevention toolkit: the toolkit for housing officers was completed in quarter "
         "one with Data Cymru.", "done", "2026-27 Q1"],
        [4, "Landlord forum: the first regional landlord forum is on track for quarter "
         "three.", "in progress", "2026-27 Q3"],
        [4, "Hospital discharge protocol: the protocol with the six health boards, in "
         "quarter two.", "done", "2026-27 Q2"],
        [5, "Empty homes survey: the survey of long-term empty homes has been delayed to "
         "quarter four and is at risk.", "at risk", "2026-27 Q4"],
        [5, "Loan scheme review: a review with Audit Wales is scheduled for quarter four.",
         "planned", "2026-27 Q4"]]


def test_task_boxes_are_reported_and_headings_keep_no_anchor(housing):
    notes = read_document(DATA / "housing-programme-obsidian.md", "programme").notes
    assert [(i.check, i.message) for i in notes] == [
        ("task list", "task list: 2 ticked boxes read as done, 3 empty boxes left to the "
                      "wording")]
    assert not any("{#" in t for t in housing.paragraphs["text"])


def test_notion_emoji_statuses_without_a_key(digital):
    assert table_rows(digital.programme, "item_id", "paragraph", "status", "quarter_label") == [
        ["2.1", 2, "done", "2026-27 Q2"], ["2.2", 2, "in progress", "2026-27 Q4"],
        ["3.1", 3, "planned", "2026-27 Q4"], ["3.2", 3, "at risk", "2026-27 Q2"]]
    assert digital.programme["status_rule"].tolist()[1:3] == ["symbol", "symbol"]  # 🔄 ⏳


def test_wiki_sections_instead_of_a_table(transport):
    assert table_rows(transport.areas, "area_id", "area", "theme") == [
        [1, "Bus services", ""], [2, "Community transport", ""]]
    assert table_rows(transport.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Bus services",
         "That the Welsh Government guarantees funding for rural bus routes for five years.",
         ["WG"]],
        [2, "Bus services", "That councils publish a single timetable for each county.",
         ["LG", "Transport for Wales"]],
        [3, "Community transport",
         "That the WLGA sets up a network for community transport officers.", ["WLGA"]]]
    assert table_rows(transport.activities.astype(object).where(transport.activities.notna(),
                                                                None),
                      "area_id", "text", "status") == [
        [1, "A map of every rural bus route was completed by Transport for Wales.", None],
        [1, "Demand-responsive services are being piloted in two counties.", None],
        [2, "A review of volunteer driver expenses is under way.", None]]


def test_wiki_table_under_anchored_theme_headings(wellbeing):
    assert table_rows(wellbeing.areas, "area", "theme") == [
        ["Induction", "Support in office"], ["Personal safety", "Safety"]]
    assert table_rows(wellbeing.recommendations, "rec_id", "text", "owners") == [
        [1, "That every council offers a mentor to each new councillor.", ["LG"]],
        [2, "That the WLGA publishes the induction checklist in Welsh and English.",
         ["WLGA"]],
        [3, "That the Welsh Government funds home security checks for councillors.", ["WG"]]]
    assert wellbeing.activities["activity_no"].tolist() == [1, 2, 3]


def test_lead_with_a_supporter_and_section_heading_no_theme(panel):
    assert table_rows(panel.areas, "area", "theme") == [["Recycling", ""], ["Food waste", ""]]
    assert table_rows(panel.recommendations, "rec_id", "text", "owners") == [
        [1, "That the Welsh Government funds new sorting depots.", ["WG", "LG"]],
        [2, "That councils collect food waste weekly from every home.", ["LG"]]]


def test_leading_emoji_statuses_of_a_notion_list(tmp_path):
    path = tmp_path / "waste-update.md"
    path.write_text("12 May 2026\n\n# Waste Programme Update\n\n## Progress Update\n\n"
                    "1. **Recycling**\n\n"
                    "    - \u2705 Kerbside sorting in ten councils, quarter one.\n"
                    "    - \U0001f7e1 Depot upgrades with Data Cymru, quarter two.\n"
                    "    - \u23f3 A survey of food waste, quarter four.\n"
                    "    - \U0001f534 The new depot contract, quarter three.\n",
                    encoding="utf-8")
    parsed = _prog(path)
    assert table_rows(parsed.programme, "item_id", "text", "status") == [
        ["1.1", "Kerbside sorting in ten councils, quarter one.", "done"],
        ["1.2", "Depot upgrades with Data Cymru, quarter two.", "at risk"],
        ["1.3", "A survey of food waste, quarter four.", "planned"],
        ["1.4", "The new depot contract, quarter three.", "at risk"]]
