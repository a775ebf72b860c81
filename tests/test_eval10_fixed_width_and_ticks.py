"""Recommendations tables of the tenth evaluation corpus's kinds, written for the test in the
publisher's manner (the asserted values are the careful reader's reading):

- a table laid out with SPACES only (a minutes system's text version): a header that wraps
  to two lines over a dashed rule, cells that wrap over three lines with a hanging indent,
  rows apart by a blank line, CAPITALS theme lines; as a .txt, in a web page's ``<pre>``,
  as Word paragraphs in Courier New and printed in Courier in a PDF, at other widths.
  Before, the .txt gave "damaged rows" and the ``<pre>`` and PDF a ParseError;
- a responsibility matrix: a column per owner, a tick in the owner's column (a typed ✔, a
  "Yes", a Word symbol), other partners named in a column of their own. Before, "table
  not read" and no recommendation;
- a Word symbol that no table knows: read as U+FFFD and noted, not dropped;
- a CAPITALS theme line before a tab-separated table.
"""

from __future__ import annotations

import html
import io

import pytest

import wlga_analysis as wa
from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly

_TOP = ["WALES ROAD SAFETY PARTNERSHIP", "Transport Sub-Group - 4 March 2027", "",
        "Active Travel Working Group: Recommendations", ""]
#: (area cell lines, activity cell lines, recommendation cell lines) of each row
_ROWS = [
    (["Area 1: Safe", "routes to", "school"],
     ["1. Councils mapped the", "   walking routes of 40", "   schools (Complete - LG)"],
     ["1. That councils publish a", "   route map for every", "   school by Q2 2027/28. (LG)"]),
    (["Area 2: Cycle", "training"],
     ["2. A pilot of cycle", "   training ran in six", "   schools (Ongoing - WG)"],
     ["2. That the Welsh Government", "   funds cycle training in", "   every school. (WG/LG)"]),
]


def _spaced_lines(first: int, second: int) -> list[str]:
    """The paper's lines, its table's columns ``first`` and ``second`` characters wide."""
    def line(*cells: str) -> str:
        return (cells[0].ljust(first) + cells[1].ljust(second) + cells[2]).rstrip()

    out = [*_TOP, line("Area of", "Activity underway", "Working Group"),
           line("work", "or achieved", "recommendations"),
           line("-" * (first - 2), "-" * (second - 2), "-" * 30), "",
           "THEME 1: SCHOOL ROUTES", ""]
    for cells in _ROWS:
        for i in range(max(len(c) for c in cells)):
            out.append(line(*(c[i] if i < len(c) else "" for c in cells)))
        out.append("")
    return [*out, "The Sub-Group is asked to note the report."]


def _html(lines: list[str]) -> str:
    body = html.escape("\n".join(lines))
    return (f"<!DOCTYPE html><html><head><title>Text version</title></head><body><main>"
            f"<p>Text version of the paper.</p><pre>\n{body}\n</pre></main></body></html>")


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for text in lines:
        run = d.add_paragraph().add_run(text)
        run.font.name = "Courier New"
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def _pdf(lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595, 842))
    c.setFont("Courier", 8)
    for i, text in enumerate(lines):
        c.drawString(36, 800 - 10 * i, text)
    c.save()
    return buffer.getvalue()


_FORMS = {"txt": (16, 27, lambda ls: "\n".join(ls).encode()),
          "html": (19, 31, lambda ls: _html(ls).encode()),
          "docx": (18, 29, _docx), "pdf": (20, 30, _pdf)}


@pytest.fixture(scope="module", params=sorted(_FORMS))
def spaced(request, tmp_path_factory):
    first, second, write = _FORMS[request.param]
    path = tmp_path_factory.mktemp("spaced") / f"paper.{request.param}"
    path.write_bytes(write(_spaced_lines(first, second)))
    return (quietly(load_areas, path), quietly(load_recommendations, path),
            quietly(load_activities, path))


def test_a_table_laid_out_with_spaces_gives_its_areas_and_themes(spaced):
    areas = spaced[0]
    assert areas[["area_id", "area", "theme"]].values.tolist() == [
        [1, "Safe routes to school", "School routes"], [2, "Cycle training", "School routes"]]


def test_a_table_laid_out_with_spaces_gives_its_wrapped_items(spaced):
    recs, acts = spaced[1], spaced[2]
    assert [(r.rec_id, r.area_id, list(r.owners), r.text) for r in recs.itertuples()] == [
        (1, 1, ["LG"], "That councils publish a route map for every school by Q2 2027/28."),
        (2, 2, ["WG", "LG"], "That the Welsh Government funds cycle training in every school.")]
    assert [(a.activity_no, a.area_id, a.status, list(a.owners), a.text)
            for a in acts.itertuples()] == [
        (1, 1, "Complete", ["LG"], "Councils mapped the walking routes of 40 schools"),
        (2, 2, "Ongoing", ["WG"], "A pilot of cycle training ran in six schools")]


def _unruled_lines(first: int, second: int) -> list[str]:
    """The paper with no rule under its one-line header."""
    lines = _spaced_lines(first, second)
    at = lines.index("-" * (first - 2) + "  " + "-" * (second - 2) + "  " + "-" * 30)
    header = ("Area".ljust(first) + "Activity underway or achieved".ljust(second)
              + "Recommendations")
    return [*lines[:at - 2], header, *lines[at + 1:]]


@pytest.mark.parametrize("form", ["txt", "pdf"])
def test_a_spaced_table_with_no_rule_is_read_from_its_blank_gaps(form, tmp_path):
    first, second, write = _FORMS[form]
    path = tmp_path / f"paper.{form}"
    path.write_bytes(write(_unruled_lines(first + 5, second + 4)))
    areas, recs = quietly(load_areas, path), quietly(load_recommendations, path)
    assert areas[["area", "theme"]].values.tolist() == [
        ["Safe routes to school", "School routes"], ["Cycle training", "School routes"]]
    assert [list(r.owners) for r in recs.itertuples()] == [["LG"], ["WG", "LG"]]


def test_a_spaced_table_with_no_blank_line_between_rows():
    from wlga_analysis.read.fixed_width import find_tables

    lines = ["Area              Recommendations", "----------------  -------------------------",
             "Area 1: Safe      1. That councils publish", "routes to school     a map. (LG)",
             "                  2. That maps are kept", "                     up to date. (LG)",
             "Area 2: Cycle     3. That the Welsh",
             "training             Government funds it. (WG)",
             "", "The Sub-Group is asked to note the report."]
    (table,) = find_tables(lines)
    assert [[c.text for c in row] for row in table.table.rows] == [
        ["Area 1: Safe routes to school",
         "That councils publish a map. (LG) That maps are kept up to date. (LG)"],
        ["Area 2: Cycle training", "That the Welsh Government funds it. (WG)"]]


def test_sentences_between_two_column_lines_make_no_table():
    from wlga_analysis.read.fixed_width import find_tables

    lines = ["Co-chair  Cllr Jane Jones", "", "The group met four times in the year.", "",
             "Member    Cllr Tom Price", "", "It reports to the Executive Board."] * 3
    assert find_tables(lines) == []


def test_prose_after_a_spaced_table_is_no_row():
    from wlga_analysis.read.fixed_width import find_tables

    lines = _spaced_lines(16, 27)
    (table,) = find_tables(lines)
    assert lines[table.end:] == ["", "The Sub-Group is asked to note the report."]
    assert [c.text for c in table.table.header] == [
        "Area of work", "Activity underway or achieved", "Working Group recommendations"]


# ---------------------------------------------------------------- responsibility matrix
_MATRIX = """# Rural Transport Working Group: Recommendations

Partnership Council for Wales – 3 March 2027

## Theme 1: Access

### Area 1: Community transport

**Recommendations**

| Ref | Recommendation | Welsh Government | Councils | WLGA | Partners |
|---|---|---|---|---|---|
| 1 | That a community transport fund is set up. | Yes |  | ✔ |  |
| 2 | That councils share one booking system. |  | ✔ | – | Transport for Wales |
"""

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _matrix_docx(tick: str = "F0FC") -> bytes:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("Rural Transport Working Group: Recommendations", level=1)
    d.add_paragraph("Partnership Council for Wales – 3 March 2027")
    d.add_heading("Theme 1: Access", level=2)
    d.add_heading("Area 1: Community transport", level=3)
    rows = [["Ref", "Recommendation", "Welsh Government", "Councils", "WLGA", "Partners"],
            ["1", "That a community transport fund is set up.", "*", "", "*", ""],
            ["2", "That councils share one booking system.", "", "*", "", "Transport for Wales"]]
    table = d.add_table(rows=3, cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            paragraph = table.cell(r, c).paragraphs[0]
            if text == "*":  # Insert > Symbol: a font and a code, no text
                paragraph._p.append(parse_xml(
                    f'<w:r {_W}><w:sym w:font="Wingdings" w:char="{tick}"/></w:r>'))
            else:
                paragraph.add_run(text)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("form", ["md", "docx"])
def test_a_tick_in_an_owners_column_makes_it_an_owner(form, tmp_path):
    path = tmp_path / f"matrix.{form}"
    path.write_bytes(_MATRIX.encode() if form == "md" else _matrix_docx())
    recs = quietly(load_recommendations, path)
    assert [(r.rec_id, list(r.owners)) for r in recs.itertuples()] == [
        (1, ["WG", "WLGA"]), (2, ["LG", "Transport for Wales"])]


def test_a_word_symbol_no_table_knows_is_kept_and_noted(tmp_path):
    from wlga_analysis.read import read_model

    path = tmp_path / "matrix.docx"
    path.write_bytes(_matrix_docx(tick="F0A9"))
    model = read_model(path)
    assert "\ufffd" in model.tables()[0].rows[0][2].text
    assert [n.kind for n in model.notes] == ["symbol"] * 3
    assert "Wingdings" in model.notes[0].text and "F0A9" in model.notes[0].text
    report = wa.data_quality_report(recommendations=path)  # a finding, not only a note
    assert report["check"].tolist().count("unknown symbol") == 3


# ------------------------------------------------------------- a CAPITALS theme line
def test_a_capitals_theme_line_before_a_tab_table_is_its_theme(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text("Finance Working Group: Recommendations\n\nSTRAND 2 - BUSINESS RATES\n\n"
                    "Area\tActivity underway or achieved\tRecommendations\n"
                    "<p><b>Area 1: Reliefs</b></p>\t<p>1. Reliefs were reviewed "
                    "<b>(Complete - WG)</b></p>\t<p>1. That the reliefs are kept. "
                    "<b>(WG)</b></p>\n")
    areas = quietly(load_areas, path)
    assert areas[["area", "theme"]].values.tolist() == [["Reliefs", "Business rates"]]


# ------------------------------------------------- a title on a line after the date line
def test_a_title_on_a_plain_line_after_the_date_line(tmp_path):
    from wlga_analysis.recommendations import recommendations_metadata

    path = tmp_path / "paper.txt"
    path.write_text("NORTH WALES ECONOMIC AMBITION BOARD\nTransport Sub-Group - 5 May 2027\n\n"
                    "Bus Reform Working Group: Final Report\n\nThe report sets out our work.\n\n"
                    "Area\tActivity underway or achieved\tRecommendations\n"
                    "<p><b>Area 1: Routes</b></p>\t<p>1. Routes were mapped "
                    "<b>(Complete - WG)</b></p>\t<p>1. That routes are kept. <b>(WG)</b></p>\n")
    meta = quietly(recommendations_metadata, path)
    assert (meta["title"], meta["title_line"], str(meta["date"])) == (
        "Bus Reform Working Group: Final Report", 4, "2027-05-05")


def test_a_theme_heading_between_matrix_tables_is_the_next_areas_theme(tmp_path):
    path = tmp_path / "matrix.md"
    second = ("\n### Theme 2: Costs\n\n#### Area 2: Fares\n\n**Recommendations**\n\n"
              "| Ref | Recommendation | Welsh Government | Councils | WLGA | Partners |\n"
              "|---|---|---|---|---|---|\n| 3 | That fares are capped. |  | ✔ |  |  |\n")
    path.write_text(_MATRIX.replace("## Theme 1", "### Theme 1").replace(
        "### Area 1", "#### Area 1") + second)
    areas = quietly(load_areas, path)
    assert areas[["area_id", "theme"]].values.tolist() == [[1, "Access"], [2, "Costs"]]


def test_a_list_of_members_laid_out_with_spaces_stays_in_the_notes(tmp_path):
    from wlga_analysis.recommendations import load_recommendations_notes

    lines = _spaced_lines(16, 27)
    members = ["", "Membership", "", "Name            Organisation", "Cllr Ann Bell   WLGA",
               "Cllr Tom Price  Cardiff Council"]
    path = tmp_path / "paper.txt"
    path.write_text("\n".join(lines + members) + "\n")
    notes = quietly(load_recommendations_notes, path)
    assert quietly(load_recommendations, path)["rec_id"].tolist() == [1, 2]
    texts = " ".join(notes["text"])
    assert "Cllr Ann Bell" in texts and "Cardiff Council" in texts
