"""An inspection letter's "Strengths | Areas for improvement" tables (the twentieth
evaluation corpus's rec20a layout: a Care Inspectorate Wales performance evaluation
inspection letter).

The family: an inspectorate's letter or report sets out its findings under headings (the
principles of the 2014 Act, an inspection's themes), each a two-column table of strengths
beside areas for improvement (or development), bullets in each cell; or one table with a
row per heading and a first column naming it. The improvement bullets are the
recommendations, numbered in reading order, their area the heading (or the row's first
cell), their owner the council the letter is about unless a bullet names another subject;
the strengths are findings, kept in the notes.

The documents in ``tests/data/eval20/improvement_tables/`` are written for the test, in
layouts of the family that differ from the corpus: a pandoc Markdown review letter
(``estyn-style-areas-for-development.md``) whose tables are ``What is working well | Areas
for development`` pipe tables with "<br>"-joined bullets, its address block with pandoc's
hard line breaks ("\\"); a web page (``principle-rows.html``) with ONE table ``Principle |
Key strengths | Areas for improvement`` whose rows are the principles; and a Word letter
(written by the fixture) whose Heading 2 themes stand over Word tables ``Strengths | Areas
for improvement`` with "List Bullet" paragraphs in the cells. The asserted values are the
careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document, table_rows

DATA = Path(__file__).parent / "data" / "eval20" / "improvement_tables"


def _parse(path: Path):
    return parse_document(path, "recommendations")


@pytest.fixture(scope="module")
def review():
    return _parse(DATA / "estyn-style-areas-for-development.md")


@pytest.fixture(scope="module")
def rows():
    return _parse(DATA / "principle-rows.html")


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Maesglas Council")
    doc.add_heading("Inspection of adult safeguarding", level=1)
    doc.add_paragraph("Dear Director, these are our findings.")
    cells = {
        "Safeguarding": (["Referrals are acted on quickly."],
                         ["Complete all strategy meetings within seven days.",
                          "The council must train every manager in the new procedures."]),
        "Well-being": (["People say staff are kind.", "Carers are offered breaks."],
                       ["Offer every carer an assessment."]),
    }
    for heading, (strengths, improve) in cells.items():
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = \
            "Strengths", "Areas for improvement"
        for cell, bullets in zip(table.rows[1].cells, (strengths, improve), strict=True):
            cell.paragraphs[0].text = bullets[0]
            cell.paragraphs[0].style = doc.styles["List Bullet"]
            for bullet in bullets[1:]:
                cell.add_paragraph(bullet, style="List Bullet")
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("The council should send us its action plan.")
    path = tmp_path_factory.mktemp("eval20") / "safeguarding-letter.docx"
    doc.save(str(path))
    return _parse(path)


def test_areas_for_development_tables_under_headings(review):
    assert table_rows(review.areas, "area_id", "area", "theme") == [
        [1, "Leadership and planning", ""], [2, "Safeguarding", ""]]
    assert table_rows(review.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Leadership and planning",
         "Set clear measures of the difference youth work makes.", ["LG"]],
        [2, "Leadership and planning",
         "The council should publish its youth work plan in Welsh and English.", ["LG"]],
        [3, "Safeguarding", "Keep training records for all sessional workers.", ["LG"]]]
    assert review.activities.empty


def test_strengths_and_letter_are_notes_not_recommendations(review):
    notes = review.notes["text"].tolist()
    assert "Elected members champion the youth service." in notes
    assert "Staff know how to raise concerns." in notes
    assert any("within two months" in n for n in notes)
    assert review.title == "Review of youth services: Tref County Council"
    assert "read from improvement tables" in {i.check for i in review.issues}


def test_pandoc_hard_line_breaks_are_no_text(review):
    notes = review.notes["text"].tolist()
    assert "Chief Executive" in notes
    assert not any(n.endswith("\\") for n in notes)


def test_one_table_with_a_row_per_principle(rows):
    assert rows.areas["area"].tolist() == ["Voice and control", "Partnership working"]
    assert table_rows(rows.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Voice and control", "Make advocacy available to every child in care.", ["LG"]],
        [2, "Voice and control", "Record children's views in their plans.", ["LG"]],
        [3, "Partnership working",
         "Work with the WLGA to agree a regional approach to placements.", ["LG", "WLGA"]]]
    notes = " ".join(rows.notes["text"])
    assert "Joint visits are routine." in notes and "within three months" in notes


def test_word_tables_with_list_bullets(letter):
    assert letter.areas["area"].tolist() == ["Safeguarding", "Well-being"]
    assert table_rows(letter.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Safeguarding", "Complete all strategy meetings within seven days.", ["LG"]],
        [2, "Safeguarding", "The council must train every manager in the new procedures.",
         ["LG"]],
        [3, "Well-being", "Offer every carer an assessment.", ["LG"]]]
    assert "Carers are offered breaks." in letter.notes["text"].tolist()


def test_areas_for_improvement_and_for_development_side_by_side(tmp_path):
    path = tmp_path / "both-columns.md"
    path.write_text("# Review of libraries: Bryn Council\n\n## Access\n\n"
                    "| Strengths | Areas for improvement | Areas for development |\n"
                    "| --- | --- | --- |\n"
                    "| - Opening hours suit users. | - Repair the lift at the central library. "
                    "| - Consider a mobile library for the valleys. |\n", encoding="utf-8")
    parsed = _parse(path)
    assert table_rows(parsed.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Access", "Repair the lift at the central library.", ["LG"]],
        [2, "Access", "Consider a mobile library for the valleys.", ["LG"]]]
    assert "Opening hours suit users." in parsed.notes["text"].tolist()
