"""PDFs as tools print them (the twenty-first evaluation corpus): a table printed WITHOUT
ruling lines (LibreOffice's "Export as PDF" of a borderless table), and a web page printed
from a browser, the site's bars above the title.

Before: an unruled table was read line by line, its columns interleaved ("Buildings ● Heat
decarbonisation surveys ..."), its last column after the table, so the recommendations of a
paper lost their areas and the activities were lost (rec21b pdf 15/56); a published Google
Doc printed from Chrome was titled "Published using Google Docs Report abuse Learn more"
(prog21b pdf). Now an unruled table under a bold header row of three cells or more is read
as a table (:mod:`wlga_analysis.read.pdf_unruled`) and, in a browser's print (its footer a
web address), small print above the first page's title is page furniture
(:mod:`wlga_analysis.read.pdf_print`).

The documents are drawn for the test in layouts the corpus does not use (other fonts,
sizes, column headers and widths; numbered recommendations with owner tags, a table broken
across two pages under a repeated header row; a council's web page with a breadcrumb and a
"Skip to content" bar); the asserted values are the careful reader's reading, written
before the code ran.
"""

from __future__ import annotations

import pytest

import wlga_analysis as wa
from wlga_analysis.testing import quietly

# ------------------------------------------------------------------ the documents
#: (area, remit, activities, [(number, recommendation, owners)])
AREAS = [
    ("Active travel", "Walking and cycling to school and work.",
     ["Walking routes were audited in nine towns.", "A cycle loan scheme is being piloted."],
     [("1", "That councils publish an active travel map for every town.", "LG"),
      ("2", "That the Welsh Government funds secure cycle parking at stations.", "WG")]),
    ("Bus services", "Local bus networks after the franchising change.",
     ["Timetable data is shared with Traveline Cymru."],
     [("3", "That councils and Transport for Wales agree one network plan.", "LG/WG")]),
    ("Road safety", "Speed limits and safer routes near schools.",
     ["Default 20mph limits were reviewed on 400 roads.", "School streets were trialled."],
     [("4", "That the WLGA shares the reviews' findings with every council.", "WLGA"),
      ("5", "That councils extend school streets to every primary school.", "LG")]),
    ("Rural transport", "Demand-responsive services in rural areas.",
     ["Fflecsi services now run in six counties."],
     [("6", "That the Welsh Government and the WLGA fund two more fflecsi areas.", "WG/WLGA")]),
]
EXPECTED_RECS = [  # rec_id, area, text, owners
    ("1", "Active travel", "That councils publish an active travel map for every town.", ["LG"]),
    ("2", "Active travel", "That the Welsh Government funds secure cycle parking at stations.",
     ["WG"]),
    ("3", "Bus services", "That councils and Transport for Wales agree one network plan.",
     ["LG", "WG"]),
    ("4", "Road safety", "That the WLGA shares the reviews' findings with every council.",
     ["WLGA"]),
    ("5", "Road safety", "That councils extend school streets to every primary school.",
     ["LG"]),
    ("6", "Rural transport",
     "That the Welsh Government and the WLGA fund two more fflecsi areas.", ["WG", "WLGA"]),
]
EXPECTED_ACTIVITIES = [a for _, _, acts, _ in AREAS for a in acts]

#: (ref, action, status, due)
ACTIONS = [
    ("2.1", "Agree a shared data standard for waste tonnages with Data Cymru.", "Complete",
     "May 2026"),
    ("2.2", "Publish the first all-Wales recycling dashboard.", "On track", "September 2026"),
    ("2.3", "Train waste officers in carbon accounting.", "Not started", "February 2027"),
    ("3.1", "Review the food waste collection contracts of four councils.", "Delayed",
     "July 2026"),
    ("3.2", "Pilot reusable nappy schemes in two councils.", "On track", "December 2026"),
]
EXPECTED_ITEMS = [  # item_id, text, status
    ("2.1", "Agree a shared data standard for waste tonnages with Data Cymru.", "done"),
    ("2.2", "Publish the first all-Wales recycling dashboard.", "in progress"),
    ("2.3", "Train waste officers in carbon accounting.", "planned"),
    ("3.1", "Review the food waste collection contracts of four councils.", "at risk"),
    ("3.2", "Pilot reusable nappy schemes in two councils.", "in progress"),
]
TITLE = "Circular Economy Programme: quarterly report, July 2026"


def _styles(size: float):
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=size, leading=size * 1.25,
                          spaceAfter=3)
    return body, ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.2)


def _unruled(data, widths):
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _paper(path) -> None:
    """A recommendations paper (LibreOffice-like export): Helvetica, an unruled table
    ``Area | Progress so far | Recommendations`` broken over two pages, numbered
    recommendations with bold owner tags."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    body, cell = _styles(11)
    story = [Paragraph("Sustainable Transport Task Group: recommendations",
                       body.clone("t", fontSize=22, leading=26, fontName="Helvetica-Bold")),
             Paragraph("Report to the WLGA Council, 18 June 2026", body)]
    for n in range(15):  # (enough text that the table breaks across the page)
        story.append(Paragraph(f"Background paragraph {n + 1}. The task group met in "
                               "spring 2026 to review how councils plan transport for "
                               "residents, and heard evidence from officers and users.", body))
    story.append(Spacer(1, 8))
    header = [Paragraph(f"<b>{h}</b>", cell)
              for h in ("Area", "Progress so far", "Recommendations")]
    data = [header]
    for area, remit, acts, recs in AREAS:
        data.append([[Paragraph(f"<b>{area}</b>", cell), Paragraph(remit, cell)],
                     [Paragraph(a, cell.clone("li", leftIndent=10), bulletText="\u2022")
                      for a in acts],
                     [Paragraph(f"{n}. {text} <b>({owners})</b>", cell)
                      for n, text, owners in recs]])
    story.append(_unruled(data, [110, 170, 210]))
    story.append(Paragraph("The task group will meet again in the autumn.", body))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60,
                      topMargin=60, bottomMargin=60).build(story)


def _web_print(path) -> None:
    """A council's web page printed from a browser: date and page title at the top, the
    address and "1/N" at the bottom of every page, a "Skip to content" bar, navigation and
    breadcrumb in small print above the title; an unruled ``Ref | Action | Status | Due``
    table under each numbered section."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body, cell = _styles(10)
    small = body.clone("s", fontSize=7.5, leading=9.5)
    story = [Paragraph(t, small) for t in (
        "Skip to main content", "Home | Services | Bins and recycling | About the council",
        "You are here: Home &gt; Reports &gt; Circular Economy Programme")]
    story.append(Paragraph(TITLE, body.clone("t", fontSize=20, leading=24, spaceAfter=8)))
    story.append(Paragraph("1. Introduction", body.clone("h", fontName="Helvetica-Bold")))
    story.append(Paragraph("This report sets out progress against the programme's plan for "
                           "2026-27.", body))
    for number, name, refs in (("2", "Recycling data", ("2.1", "2.2", "2.3")),
                               ("3", "Waste services", ("3.1", "3.2"))):
        story.append(Paragraph(f"{number}. {name}", body.clone("h", fontName="Helvetica-Bold")))
        rows = [[Paragraph(f"<b>{h}</b>", cell) for h in ("Ref", "Action", "Status", "Due")]]
        rows += [[Paragraph(x, cell) for x in a] for a in ACTIONS if a[0] in refs]
        story.append(_unruled(rows, [40, 250, 80, 90]))

    class Canvas(rl_canvas.Canvas):  # (the header and footer drawn once the pages are known)
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 7)
                self.drawString(20, A4[1] - 16, "12/07/2026, 16:40")
                self.drawCentredString(A4[0] / 2, A4[1] - 16, f"{TITLE} | Example Council")
                self.drawString(20, 14, "https://www.example.gov.wales/reports/circular-economy")
                self.drawRightString(A4[0] - 20, 14, f"{self._pageNumber}/{len(self._pages)}")
                super().showPage()
            super().save()

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=36, rightMargin=36, topMargin=36,
                      bottomMargin=36).build(story, canvasmaker=Canvas)


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    path = tmp_path_factory.mktemp("unruled") / "task-group.pdf"
    _paper(path)
    return quietly(wa.load_recommendations, path), quietly(wa.load_activities, path), path


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    path = tmp_path_factory.mktemp("print") / "circular-economy.pdf"
    _web_print(path)
    return quietly(wa.load_programme, path), quietly(wa.load_metadata, path), path


# ---------------------------------------------------------------------- the tests
def test_an_unruled_table_is_read_by_its_columns(paper):
    recs, _, _ = paper
    got = [(str(r.rec_id), r.area, r.text, sorted(r.owners)) for r in recs.itertuples()]
    assert got == [(i, a, t, sorted(o)) for i, a, t, o in EXPECTED_RECS]


def test_the_progress_column_gives_the_activities(paper):
    _, activities, _ = paper
    assert activities["text"].tolist() == EXPECTED_ACTIVITIES
    assert activities["area_id"].tolist() == [n for n, (_, _, acts, _) in enumerate(AREAS, 1)
                                              for _ in acts]


def test_the_table_read_as_one_across_the_page_break(paper):
    from wlga_analysis.read.model import Table
    from wlga_analysis.read.pdf import read_pdf

    _, _, path = paper
    model = read_pdf(path.read_bytes())
    tables = [b for b in model.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and len(tables[0].rows) == len(AREAS)
    assert [n.kind for n in model.notes if n.kind in ("repeated header row", "table continued")
            ] == ["repeated header row", "table continued"]
    # (the text after the table is no row of it)
    assert "The task group will meet again in the autumn." in [
        getattr(b, "text", None) and b.text.text for b in model.blocks]


def test_a_browser_print_is_titled_by_the_page_not_its_bars(web):
    _, metadata, _ = web
    assert metadata["title"] == TITLE


def test_the_bars_are_noted_as_furniture_not_lost(web):
    from wlga_analysis.read.pdf import read_pdf

    _, _, path = web
    notes = [n.text for n in read_pdf(path.read_bytes()).notes if n.kind == "page furniture"]
    assert "Skip to main content" in notes
    assert any("You are here: Home > Reports" in n for n in notes)


def test_unruled_action_tables_give_the_items(web):
    items, _, _ = web
    assert [(r.item_id, r.text, r.status) for r in items.itertuples()] == EXPECTED_ITEMS


def _words(rows):
    out = []
    for top, cells in rows:
        for x0, text, bold in cells:
            out.append({"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": top,
                        "bottom": top + 9, "size": 9, "bold": bold})
    return out


def test_what_is_not_an_unruled_table():
    from wlga_analysis.read.pdf_unruled import unruled_tables

    # two bold labels (a page in two columns): no table
    two = _words([(100, [(50, "Purpose", True), (300, "Background", True)]),
                  (112, [(50, "To report.", False), (300, "In 2025 the", False)]),
                  (124, [(50, "To agree.", False), (300, "Board agreed.", False)])])
    # a bold line of three labels over a paragraph running across them: no table
    prose = _words([(100, [(50, "Name", True), (200, "Role", True), (350, "Date", True)]),
                    (112, [(50, "The paper was written by the officers of the team " * 2,
                            False)])])
    # a bold line whose words are word-spaced (a bold sentence): one cell, no table
    sentence = _words([(100, [(50, "This", True), (75, "is", True), (90, "bold.", True)]),
                       (112, [(50, "Then", False), (75, "a", False), (90, "line.", False)])])
    assert unruled_tables(two, []) == []
    assert unruled_tables(prose, []) == []
    assert unruled_tables(sentence, []) == []


def test_a_header_cell_wrapped_over_two_lines(tmp_path):
    """A narrow column's header wraps ("Activity underway or achieved so far" / "this
    year"): its second bold line is part of the header row, not a row of the table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from wlga_analysis.read.model import Table
    from wlga_analysis.read.pdf import read_pdf

    body, cell = _styles(10)
    data = [[Paragraph(f"<b>{h}</b>", cell) for h in (
        "Area", "Activity underway or achieved so far this year", "Recommendations")]]
    for area, _, acts, recs in AREAS[:2]:
        data.append([[Paragraph(f"<b>{area}</b>", cell)],
                     [Paragraph(a, cell, bulletText="\u2022") for a in acts],
                     [Paragraph(f"{n}. {text} <b>({owners})</b>", cell)
                      for n, text, owners in recs]])
    path = tmp_path / "wrapped.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("Transport", body), _unruled(data, [90, 150, 200])])
    tables = [b for b in read_pdf(path.read_bytes()).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [" ".join(b.text.text for b in c.blocks) for c in tables[0].header] == [
        "Area", "Activity underway or achieved so far this year", "Recommendations"]
    assert [r[0].blocks[0].text.text for r in tables[0].rows] == ["Active travel", "Bus services"]


def test_an_unruled_table_whose_first_column_prints_nothing():
    """A "Ref" column whose numbers were list counters the print left out: the rows start
    where the next column's cells start."""
    from wlga_analysis.read.pdf_unruled import unruled_tables

    words = _words([(100, [(50, "Ref", True), (90, "Action", True), (300, "Status", True)]),
                    (120, [(90, "Survey the depots.", False), (300, "Complete", False)]),
                    (131, [(90, "Then report.", False)]),
                    (151, [(90, "Map the chargers.", False), (300, "On track", False)])])
    tables = unruled_tables(words, [])
    assert len(tables) == 1 and len(tables[0].rows) == 3  # header + 2 rows
    assert [len(row) for row in tables[0].rows] == [3, 3, 3]
