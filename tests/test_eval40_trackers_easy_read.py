"""Trackers whose hierarchy is only indentation, and Easy Read versions of an update (the
fortieth evaluation corpus's prog40a and prog40b: the family, written afresh).

The family:

- a project tool's tracker (Smartsheet, MS Project) exported or printed: ONE table, no
  numbers anywhere, the parent rows (flush left) the priorities, the child rows (indented:
  leading spaces in a tab-separated text, ``padding-left`` / ``text-indent`` on a web
  page's cell, a paragraph left indent in Word) the items; the status a Health ball's
  colour or a RAG word (Blue done, Green in progress, Yellow / Amber / Red at risk), else
  the % complete (0% planned); the quarter that of the finish date, its day / month order
  read from its column (a first number over 12: day first; a second: month first); the
  grant on the summary's "Funding:" line, not the parents' Budget shares;
- an Easy Read paper: labelled priorities over "What we did" / "What happens next" parts,
  a sentence a box (a table row beside an empty picture cell, or a paragraph), the boxes
  before the first part and outside the priorities no items; the grant named in the next
  sentence ("This money is called the X Fund."), its year written "2024 to 2025".

The documents are written by the tests (tmp_path) in layouts the corpus does not print: an
MS Project plain-text export with UK dates and a RAG Status column, a web page tracker with
``text-indent`` in em and US dates, a Word tracker, and Easy Read web and Markdown pages
with other parts' wording. The asserted values are the careful reader's reading, written
before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis.interpret.programme import load_grants, load_priorities, load_programme
from wlga_analysis.interpret.programme.indent_tracker import date_order, written_date
from wlga_analysis.metadata import load_metadata

PROJECT_TXT = """\
Highways Asset Programme 2024-25 - Project Plan
Report date: 28/02/2025
Funding: Local Roads Fund 2024-25 (Welsh Government) £900,000

Task Name\tStatus\t% Complete\tOwner\tStart\tFinish
Bridges\tAmber\t50%\t\t01/04/2024\t31/03/2025
  Inspect the 40 oldest bridges\tComplete\t100%\tDai Lewis\t01/04/2024\t30/06/2024
  Strengthen the Afon Teifi bridge\tRed\t30%\tDai Lewis\t15/07/2024\t14/03/2025
Drainage\tGreen\t45%\t\t01/05/2024\t30/09/2025
  Clear gullies on the A487 with Data Cymru mapping\tGreen\t70%\tNia Rees\t01/05/2024\t20/12/2024
  Map flood hot spots\t\t0%\tNia Rees\t01/06/2025\t30/09/2025
  Replace culverts in three villages\tAmber\t40%\tNia Rees\t01/08/2024\t28/02/2025
"""

TRACKER_HTML = """\
<html><body>
<h1>Library Services Tracker 2025-26</h1>
<p>Last updated: 02/20/26</p>
<p>Funding: Libraries Development Grant 2025-26 (Welsh Government) \u00a3240,000</p>
<table>
<tr><th>Task</th><th>Health</th><th>% Complete</th><th>Start Date</th><th>End \
Date</th><th>Budget</th></tr>
<tr><td>Digital access</td><td>Green</td><td>60%</td><td>04/01/25</td><td>12/31/26</td>\
<td>\u00a3150,000</td></tr>
<tr><td style="text-indent: 1.5em">Lend laptops in 10 branch libraries</td><td>Blue</td>\
<td>100%</td><td>04/01/25</td><td>09/30/25</td><td></td></tr>
<tr><td style="text-indent: 1.5em">Train volunteers as digital champions with CIPFA</td>\
<td>Yellow</td><td>40%</td><td>06/16/25</td><td>03/13/26</td><td></td></tr>
<tr><td>Buildings</td><td>Red</td><td>20%</td><td>10/01/25</td><td>12/31/26</td>\
<td>\u00a390,000</td></tr>
<tr><td style="text-indent: 1.5em">Refit the Aberaeron library</td><td>Red</td><td>20%</td>\
<td>10/01/25</td><td>12/31/26</td><td></td></tr>
</table>
</body></html>
"""

EASY_READ_HTML = """\
<html><body>
<h1>Keeping people safe: what we did this year</h1>
<p>Easy Read version</p>
<p>3 March 2025</p>
<h2>About this paper</h2>
<div><img alt="A picture of a council office"><p>This paper is from the WLGA.</p></div>
<h2>Priority 1: Safer streets</h2>
<div><img alt="A picture of a street"><p>This part is about making streets safer.</p></div>
<h3>What we did</h3>
<div><img alt="A picture of a lamp"><p>In June 2024 we put new lights in 12 parks.</p></div>
<div><img alt="A picture of a car"><p>We are still working on slower speed limits near \
schools.</p></div>
<h3>What happens next</h3>
<div><img alt="A picture of a calendar"><p>We will talk to young people in January 2025.</p></div>
<h2>Priority 2: Safe homes</h2>
<h3>What we did</h3>
<div><img alt="A picture of a house"><p>We checked 300 homes for fire alarms with Care \
Inspectorate Wales.</p></div>
<h3>What happens next</h3>
<div><img alt="A picture of a leaflet"><p>We will send a leaflet to every home.</p></div>
<h2>Money for this work</h2>
<div><img alt="A picture of coins"><p>The Welsh Government gave us \u00a330,000 (thirty \
thousand pounds) in 2024 to 2025.</p>
<p>This money is called the Safer Communities Fund.</p></div>
<h2>Find out more</h2>
<div><img alt="A picture of a phone"><p>You can phone us on 029 2046 8600.</p></div>
</body></html>
"""

EASY_READ_MD = """\
---
title: "Better bus services: an update"
---

Easy Read version

14 May 2025

# Priority 1: Buses in the country

|  |  |
|----|----|
| ![A picture of a bus](media/image1.png) | This part is about buses in the country. |

## What we did

|  |  |
|----|----|
| ![A picture of a bus stop](media/image2.png) | We added 20 new bus stops in April 2025. |
| ![A picture of a timetable](media/image3.png) | We wrote new timetables with Transport for \
Wales. |

## Next steps

|  |  |
|----|----|
| ![A picture of a map](media/image4.png) | We will start a new route in September 2025. |

# Priority 2: Buses for young people

## What we did

|  |  |
|----|----|
| ![A picture of a ticket](media/image5.png) | We gave 5,000 young people a free bus pass. |

## Next steps

|  |  |
|----|----|
| ![A picture of a school](media/image6.png) | We will ask schools what they think. |

# Money

|  |  |
|----|----|
| ![A picture of coins](media/image7.png) | We got \u00a375,000 (seventy-five thousand pounds) \
for this work in 2025 to 2026.<br>This money is called the Bus Support Grant. |
"""


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _load(path: str) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (load_programme(path), load_priorities(path), load_grants(path),
                load_metadata(path))


def _rows(frame) -> list[tuple]:
    return [(int(p), t, s, q if isinstance(q, str) else None) for p, t, s, q in zip(
        frame["paragraph"], frame["text"], frame["status"], frame["quarter_label"],
        strict=True)]


def test_project_plan_text_export_uk_dates_and_rag_words(tmp_path: Path) -> None:
    items, priorities, grants, meta = _load(_write(tmp_path, "plan.txt", PROJECT_TXT))
    assert _rows(items) == [
        (1, "Inspect the 40 oldest bridges", "done", "2024-25 Q1"),
        (1, "Strengthen the Afon Teifi bridge", "at risk", "2024-25 Q4"),
        (2, "Clear gullies on the A487 with Data Cymru mapping", "in progress", "2024-25 Q3"),
        (2, "Map flood hot spots", "planned", "2025-26 Q2"),
        (2, "Replace culverts in three villages", "at risk", "2024-25 Q4"),
    ]
    assert list(items["partners"])[2] == ["Data Cymru"]
    assert list(priorities["priority"]) == ["Bridges", "Drainage"]
    assert [(g, int(a), y) for g, a, y in zip(grants["grant"], grants["amount_gbp"],
                                               grants["financial_year"], strict=True)] \
        == [("Local Roads Fund", 900000, "2024-25")]
    assert str(meta["date"]) == "2025-02-28"


def test_web_tracker_text_indent_us_dates(tmp_path: Path) -> None:
    items, priorities, grants, meta = _load(_write(tmp_path, "tracker.html", TRACKER_HTML))
    assert _rows(items) == [
        (1, "Lend laptops in 10 branch libraries", "done", "2025-26 Q2"),
        (1, "Train volunteers as digital champions with CIPFA", "at risk", "2025-26 Q4"),
        (2, "Refit the Aberaeron library", "at risk", "2026-27 Q3"),
    ]
    assert list(priorities["priority"]) == ["Digital access", "Buildings"]
    assert [(g, int(a)) for g, a in zip(grants["grant"], grants["amount_gbp"], strict=True)] \
        == [("Libraries Development Grant", 240000)]  # (the Budget shares: no grants)
    assert str(meta["date"]) == "2026-02-20"


def test_word_tracker_paragraph_indent(tmp_path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.add_paragraph("Waste Programme 2025-26 Tracker")
    rows = [("Task Name", "Health", "% Complete", "Finish", 0),
            ("Recycling", "Green", "50%", "03/31/26", 0),
            ("Collect food waste weekly in 4 councils", "Blue", "100%", "06/30/25", 1),
            ("Buy 12 electric recycling lorries", "Green", "30%", "01/15/26", 1),
            ("Landfill", "Yellow", "10%", "09/30/26", 0),
            ("Close the Nantycaws landfill cell", "", "0%", "09/30/26", 1)]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, (*cells, indent) in enumerate(rows):
        for c, text in enumerate(cells):
            para = table.cell(r, c).paragraphs[0]
            para.add_run(text)
            if c == 0 and indent:
                para.paragraph_format.left_indent = Pt(14)
    path = tmp_path / "tracker.docx"
    doc.save(str(path))
    items, priorities, _, _ = _load(str(path))
    assert _rows(items) == [
        (1, "Collect food waste weekly in 4 councils", "done", "2025-26 Q1"),
        (1, "Buy 12 electric recycling lorries", "in progress", "2025-26 Q4"),
        (2, "Close the Nantycaws landfill cell", "planned", "2026-27 Q2"),
    ]
    assert list(priorities["priority"]) == ["Recycling", "Landfill"]


def test_easy_read_web_page(tmp_path: Path) -> None:
    items, priorities, grants, meta = _load(_write(tmp_path, "easy.html", EASY_READ_HTML))
    assert _rows(items) == [
        (1, "In June 2024 we put new lights in 12 parks.", "done", "2024-25 Q1"),
        (1, "We are still working on slower speed limits near schools.", "in progress", None),
        (1, "We will talk to young people in January 2025.", "planned", "2024-25 Q4"),
        (2, "We checked 300 homes for fire alarms with Care Inspectorate Wales.", "done",
         None),
        (2, "We will send a leaflet to every home.", "planned", None),
    ]
    assert list(priorities["priority"]) == ["Safer streets", "Safe homes"]
    assert [(g, int(a), y) for g, a, y in zip(grants["grant"], grants["amount_gbp"],
                                               grants["financial_year"], strict=True)] \
        == [("Safer Communities Fund", 30000, "2024-25")]
    assert meta["title"] == "Keeping people safe: what we did this year"


def test_easy_read_markdown_tables(tmp_path: Path) -> None:
    items, priorities, grants, _ = _load(_write(tmp_path, "easy.md", EASY_READ_MD))
    assert _rows(items) == [
        (1, "We added 20 new bus stops in April 2025.", "done", "2025-26 Q1"),
        (1, "We wrote new timetables with Transport for Wales.", "done", None),
        (1, "We will start a new route in September 2025.", "planned", "2025-26 Q2"),
        (2, "We gave 5,000 young people a free bus pass.", "done", None),
        (2, "We will ask schools what they think.", "planned", None),
    ]
    assert list(priorities["priority"]) == ["Buses in the country", "Buses for young people"]
    assert [(g, int(a), y) for g, a, y in zip(grants["grant"], grants["amount_gbp"],
                                               grants["financial_year"], strict=True)] \
        == [("Bus Support Grant", 75000, "2025-26")]


def test_date_order_of_a_column() -> None:
    assert date_order(["03/04/25", "05/06/25"]) is None  # (ambiguous: reported, day first)
    assert date_order(["12/31/25", "13/01/26"]) is None  # (contradictory)
    assert written_date("03/04/25", None) == "3 April 2025"
    assert written_date("12/31/25", "month first") == "31 December 2025"


def test_printed_tracker_with_gantt_area(tmp_path: Path) -> None:
    """A tool's print: rules under the rows, the grid's columns unruled, one rule between
    them and a Gantt area of months (bars drawn, no text), child tasks with a wider left
    padding."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    rows = [(0, "Schools", "Green", "40%", "08/29/25"), (1, "Survey 30 school kitchens",
            "Blue", "100%", "05/30/25"), (1, "Fit heat pumps in 5 schools", "Red", "10%",
            "08/29/25"), (0, "Leisure", "Yellow", "20%", "09/26/25"),
            (1, "Agree a pool heating plan", "", "0%", "09/26/25")]
    data = [["Task Name", "Health", "% Complete", "Finish", *months]]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
             ("LINEAFTER", (3, 0), (3, -1), 0.75, colors.grey)]
    for r, (level, *cells) in enumerate(rows, 1):
        data.append([*cells, *[""] * len(months)])
        if level:
            style.append(("LEFTPADDING", (0, r), (0, r), 14))
        style.append(("BACKGROUND", (4, r), (5 + r % 3, r), colors.HexColor("#7FA7D9")))
    table = Table(data, colWidths=[200, 50, 55, 50, *[20] * len(months)])
    table.setStyle(TableStyle(style))
    path = tmp_path / "print.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])
    items, priorities, _, _ = _load(str(path))
    assert _rows(items) == [
        (1, "Survey 30 school kitchens", "done", "2025-26 Q1"),
        (1, "Fit heat pumps in 5 schools", "at risk", "2025-26 Q2"),
        (2, "Agree a pool heating plan", "planned", "2025-26 Q2"),
    ]
    assert list(priorities["priority"]) == ["Schools", "Leisure"]
