"""Programme updates of eval43's layouts whose paper's date, or table, the page furniture
holds (prog43b .docx/.html/.pdf, prog43a .pdf, the Notion grant names), in documents
written for the test.

- A **Leader's statement to Cabinet** as a Word file whose date is only in the section's
  running header ("Cabinet – 4 February 2026"): a careful reader dates the paper by it, and
  reads "was completed in December" in 2025-26 Q3 and the grant in 2025-26.
- The same kind of statement as a **committee system's agenda item page** whose date is only
  in the breadcrumb ("Meeting of Cabinet, Monday, 2nd February, 2026 2.00 pm").
- A **PDF** with the meeting's date in its running header and a **light-ruled table**
  (rules under the rows and between the columns, none at the table's left or right side,
  as a browser prints a Notion database): the first and last columns are cells of the table.
- A **Notion funding toggle** whose grant's name is the label of its amount ("Welsh
  Government Housing Support Grant: £300k") or is followed by a bracket ("Empty Homes Fund
  (Welsh Government, Transforming Towns): £1.2m").

The running header, the breadcrumb and the page furniture are no items. The values asserted
were written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

_STATEMENT = [
    ("h1", "Statement by the Leader: Coastal Communities programme"),
    ("p", "Councillor Nia Prosser"),
    ("p", "Chair, I am pleased to report on the Coastal Communities programme, ten months "
          "into the 2025-26 financial year."),
    ("p", "The programme is funded this year by a Coastal Risk Management Grant of £250,000 "
          "from the Welsh Government."),
    ("h2", "Flood defences"),
    ("item", "Harbour wall", "The repair of the harbour wall was completed in December, "
             "within budget."),
    ("item", "Dune restoration", "Fencing and planting at Traeth Mawr remains on course for "
             "March 2026."),
    ("h2", "Town centres"),
    ("item", "Seafront shelters", "Work on the four seafront shelters will begin in May 2026."),
]


def _parse(path: Path):
    return parse_document(path, "programme")


def _items(parsed) -> list[tuple[str, str, str | None]]:
    p = parsed.programme
    return [(str(r.item_id), r.status, None if r.quarter_label != r.quarter_label
             else r.quarter_label) for r in p.itertuples()]


def _word(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Cabinet \u2013 4 February 2026"
    for kind, *text in _STATEMENT:
        if kind == "h1":
            doc.add_heading(text[0], level=1)
        elif kind == "h2":
            doc.add_heading(text[0], level=2)
        elif kind == "p":
            doc.add_paragraph(text[0])
        else:
            para = doc.add_paragraph()
            para.add_run(text[0]).bold = True
            para.add_run(" \u2013 " + text[1])
    doc.save(path)
    return path


def _page(path: Path) -> Path:
    body = []
    for kind, *text in _STATEMENT:
        if kind == "h1":
            body.append(f'<h2 class="mgSubTitleTxt">{text[0]}</h2>')
        elif kind == "h2":
            body.append(f'<p class="mgSubHeading"><strong><u>{text[0]}</u></strong></p>')
        elif kind == "p":
            body.append(f"<p>{text[0]}</p>")
        else:
            body.append(f"<p><strong>{text[0]}</strong> &ndash; {text[1]}</p>")
    path.write_text(
        "<html><head><title>Agenda item - Statements</title></head><body>"
        '<div id="modgov"><div class="mgBreadCrumbs"><a href="a">Committee structure</a> '
        '&gt; <a href="b">Cabinet</a> &gt; <a href="c">Meeting of Cabinet, Monday, 2nd '
        'February, 2026 2.00 pm</a> &gt; Agenda item</div>'
        '<h1 class="mgMainTitleTxt">Agenda item</h1><div class="mgContent">'
        '<h3 class="mgSubTitleTxt">Minutes:</h3><div class="mgWordPara">'
        + "\n".join(body) + "</div></div></div></body></html>", encoding="utf-8")
    return path


def _pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()

    def header(canvas, _doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, "Council \u2013 11 December 2025")
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    rows = [["Name", "Workstream", "Status", "Due", "Budget"],
            ["Survey the school estate for solar", "Schools", "Done", "October 2025",
             "\u00a312,000"],
            ["Install batteries at two leisure centres", "Leisure", "In progress",
             "February 2026", "\u00a390,000"],
            ["Tender the next heat pump scheme", "Schools", "Not started", "May 2026", ""],
            ["Replace the pool boilers", "Leisure", "Blocked", "March 2026", "\u00a340,000"]]
    table = Table(rows, colWidths=[70 * mm, 30 * mm, 25 * mm, 28 * mm, 22 * mm])
    grey = colors.HexColor("#E9E9E7")
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, grey),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.3, grey)]))
    story = [Paragraph("Energy Projects Board: progress update", styles["Heading1"]),
             Paragraph("The board receives this update each quarter.", styles["BodyText"]),
             Paragraph("Project tasks", styles["Heading2"]), table]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=header,
                                                    onLaterPages=header)
    return path


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    return _parse(_word(tmp_path_factory.mktemp("w") / "coastal-statement.docx"))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    return _parse(_page(tmp_path_factory.mktemp("h") / "coastal-statement.html"))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    return _parse(_pdf(tmp_path_factory.mktemp("p") / "energy-board.pdf"))


_EXPECTED = [("1.1", "done", "2025-26 Q3"), ("1.2", "in progress", "2025-26 Q4"),
             ("2.1", "planned", "2026-27 Q1")]


def test_word_running_header_dates_the_paper(word):
    assert str(word.metadata["date"]) == "2026-02-04"
    assert _items(word) == _EXPECTED
    assert not any("Cabinet \u2013" in t for t in word.programme["text"])
    assert list(word.grants["financial_year"]) == ["2025-26"]
    assert list(word.grants["amount_gbp"]) == [250000]


def test_breadcrumb_dates_the_agenda_item(page):
    assert str(page.metadata["date"]) == "2026-02-02"
    assert _items(page) == _EXPECTED
    assert list(page.grants["financial_year"]) == ["2025-26"]


def test_pdf_open_sided_table_and_running_header_date(pdf):
    assert str(pdf.metadata["date"]) == "2025-12-11"
    assert list(pdf.programme["text"]) == [
        "Survey the school estate for solar", "Tender the next heat pump scheme",
        "Install batteries at two leisure centres", "Replace the pool boilers"]
    assert [s for _, s, _ in _items(pdf)] == ["done", "planned", "in progress", "at risk"]
    assert list(pdf.priorities["priority"]) == ["Schools", "Leisure"]


def test_notion_grant_named_as_its_amounts_label(tmp_path):
    path = tmp_path / "empty-homes-tracker.md"
    path.write_text(
        "# Empty Homes Programme 2025-26\n\nLast edited: October 6, 2025 9:15 AM\n"
        "Owner: Gwenllian Roberts\n\n## Workstreams\n\n- \u25b8 Enforcement\n\n"
        "    Using enforcement powers on long-term empty homes.\n\n"
        "- \u25b8 **Funding**\n\n    <aside>\n"
        "    \U0001f4b7 Welsh Government Housing Support Grant: \u00a3300k for 2025-26.\n\n"
        "    Empty Homes Fund (Welsh Government, Transforming Towns): \u00a31.2m for "
        "2025-26.\n\n    </aside>\n\n## Tasks\n\n"
        "| Name | Workstream | Status | Assignee | Due date |\n| --- | --- | --- | --- | --- |\n"
        "| Serve notices on 40 homes | Enforcement | In progress | Ifan Lewis | "
        "@December 19, 2025 |\n", encoding="utf-8")
    grants = _parse(path).grants
    assert list(grants["grant"]) == ["Housing Support Grant", "Empty Homes Fund"]
    assert list(grants["amount_gbp"]) == [300000, 1200000]
