"""The text-form table reader: tab rows of HTML cells and Markdown pipe tables, into the model."""

from __future__ import annotations

from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.read.text_table import cell_blocks, read_table_run

PIPE = [
    "| Area | Activity underway or achieved | Recommendations | Status |",
    "| --- | --- | --- | :---: |",
    "| **Area 1: Workforce** <br>To review recruitment. | 1. Survey done | "
    "1. That councils pilot it **(WLGA)**<br>2. That it is reviewed | Ongoing |",
    "| Area | Activity underway or achieved | Recommendations | Status |",
    "| | 2. Pilots \\| trials | (continued) text | Complete |",
]


def test_pipe_table_cells_become_blocks_with_locations():
    blocks, notes = read_table_run(PIPE, 40)
    assert len(blocks) == 1
    table = blocks[0]
    assert isinstance(table, Table)
    assert table.header_text == ["Area", "Activity underway or achieved", "Recommendations",
                                 "Status"]
    assert len(table.rows) == 2  # the repeated header is removed...
    assert [(n.kind, n.location.line) for n in notes] == [("repeated header", 43)]  # ...noted
    area, _acts, recs, status = table.rows[0]
    assert [b.text.text for b in area.blocks] == ["Area 1: Workforce", "To review recruitment."]
    assert area.blocks[0].text.is_bold()
    assert [(b.number, b.text.text) for b in recs.blocks] == [
        ("1", "That councils pilot it (WLGA)"), ("2", "That it is reviewed")]
    assert recs.blocks[0].text.bold_text() == ["(WLGA)"]
    assert status.text == "Ongoing"
    assert (recs.location.line, recs.location.table, recs.location.row,
            recs.location.column) == (42, 1, 1, 3)
    second = table.rows[1]
    assert second[0].blocks == ()
    assert second[1].blocks[0].text.text == "Pilots | trials"  # an escaped pipe stays
    assert second[1].location.row == 2 and second[1].location.line == 44


def test_html_lists_markers_and_numbering():
    blocks = cell_blocks('<ol start="7"><li>That it is done</li><li>12. Printed</li>'
                         "<li>Then</li></ol><ul><li>• A bullet<ul><li>Nested</li></ul></li></ul>"
                         "<p>13.That no space</p><p>Loose <strong>bold</strong> text</p>")
    kinds = [(type(b).__name__, getattr(b, "marker", None), b.number, getattr(b, "level", None))
             for b in blocks]
    assert kinds == [("ListItem", "7.", "7", 0), ("ListItem", "12.", "12", 0),
                     ("ListItem", "13.", "13", 0), ("ListItem", "•", None, 0),
                     ("ListItem", "•", None, 1), ("Paragraph", None, None, None),
                     ("Paragraph", None, None, None)]
    assert blocks[-1].text.bold_text() == ["bold"]
    assert blocks[-2].text.text == "13.That no space"  # no space: not a printed marker


def test_theme_rows_separators_and_tables_in_a_document():
    lines = ["# Title", "",
             "Area\tActivity underway or achieved\tRecommendations",
             "<p><b>Area 1: Regional</b></p>\t<p>1. Done</p>\t<p>1. That <b>(WG)</b></p>",
             "---\t---\t---", "",
             "<b>Theme 2: Finance</b>\t\t",
             "Area\tActivity underway or achieved\tRecommendations",
             "<p><b>Area 2: Funding</b></p>\t<p>2. Done</p>\t<p>2. That <b>(WG)</b></p>",
             "", "After the table."]
    model = read_text_lines(lines)
    kinds = [type(b).__name__ for b in model.blocks]
    assert kinds == ["Heading", "Table", "Heading", "Table", "Paragraph"]
    theme = model.blocks[2]
    assert isinstance(theme, Heading) and theme.text.text == "Theme 2: Finance"
    assert theme.level == 4 and theme.location.line == 7
    first, second = model.tables()
    assert (first.location.table, second.location.table) == (1, 2)
    assert second.rows[0][2].location.table == 2
    assert isinstance(first.rows[0][1].blocks[0], Paragraph)
    assert first.rows[0][1].blocks[0].number == "1"


def test_a_run_without_a_header_row_is_a_table_without_header():
    row = "<p>Area 3: x. It is long and ends with a stop.</p>\t<p>4. y</p>"
    blocks, _ = read_table_run([row], 5)
    assert blocks[0].header == () and len(blocks[0].rows) == 1
    assert isinstance(cell_blocks("<li>3. x</li>")[0], Paragraph | ListItem)
