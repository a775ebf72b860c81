"""Council scrutiny reports whose priorities are ``Item | Update`` tables, and a programme
page whose funding sentence names one priority (the thirty-fourth evaluation corpus's
prog34b and prog34a: the family, written afresh).

The family:

- labelled headings ("Priority 1: ...", "Objective 2: ...") each over a table of two
  columns, the first the item's label ("1.1 Empty homes", headed "Item" or "Project"), the
  second its update: paragraphs whose first opens with the status ("Complete.", "On
  track.", "Delayed:", "Not started."); a careful reader takes the update's first
  paragraph without the status word as the item (the label is its topic), its quarter
  from the dates of that paragraph, and names the priorities by the headings;
- a plain-text form (Word's "Save as Plain Text") prints a cell's later paragraphs on lines
  of their own right under the row; a web page numbers the report's recommendations in an
  ``<ol>`` before the priorities (no sections of the programme);
- the cover table's "Report Subject" is the title, without its label;
- a sentence about one priority by its number ("The Objective 2 projects are also funded
  by £120,000 from ..., managed by ...") lists no priorities, and an amount's thousands
  comma parts nothing.

The documents are written by the tests (tmp_path) in layouts the corpus does not print: a
plain-text report with "Objective N:" headings over "Project | Update" tables, and an HTML
committee page with ``<h4>Priority N:</h4>`` headings over ``<p><strong>`` cells. The
asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import load_priorities, load_programme, parse_programme

PLAIN = """\
DENBIGHSHIRE COUNTY COUNCIL

PERFORMANCE SCRUTINY COMMITTEE

Date of Meeting\tThursday, 15 January 2026
Report Subject\tCorporate Plan Delivery 2025-26: Quarter 3 Report
Report Author\tHead of Business Improvement

EXECUTIVE SUMMARY

This report gives the position of the five projects of the Corporate Plan at the end of \
quarter 3.

REPORT DETAILS

1.00\tTHE QUARTER 3 POSITION

1.01\tEach project's update opens with its status.

Objective 1: Housing

Project\tUpdate
1.1 Empty homes\tOn track. Forty empty homes will be back in use by the end of March 2026.
Twenty-six are already occupied.
1.2 Gypsy and Traveller site\tDelayed: The planning application for the Ruthin site was \
deferred and is now expected in May 2026.
Next quarter: Submit the revised site plan.

Objective 2: Environment

Project\tUpdate
2.1 Tree planting\tComplete. The 5,000 trees planted with Data Cymru volunteers were in the \
ground in November 2025.
2.2 Flood defences\tNot started. Design work on the Rhyl flood defences will start in \
February 2026.
Next quarter: Appoint the designers.
2.3 Recycling centre\tOn track. The new recycling centre at Denbigh will open in December 2026.

2.00\tRESOURCE IMPLICATIONS

2.01\tThe Objective 2 projects are also funded by £120,000 from the Welsh Government, managed \
by the environment team, and by the Council's own budget.
"""

PAGE = """\
<html><head><title>Agenda item - Digital Strategy</title></head><body>
<h1>Digital Strategy 2025-26: Quarter 3 Progress</h1>
<p>Governance and Audit Committee – Wednesday, 21st January, 2026 2.00 pm</p>
<table><tr><td>Date of Meeting</td><td>Wednesday, 21 January 2026</td></tr>
<tr><td>Report Subject</td><td>Digital Strategy 2025-26: Quarter 3 Progress</td></tr></table>
<h3>Recommendations</h3>
<ol><li>That the Committee notes the progress made with the strategy.</li>
<li>That the Committee agrees the date of its next report.</li></ol>
<h3>1.00 Explaining the position</h3>
<p>1.01 The strategy has two priorities and four items.</p>
<h4>Priority 1: Online services</h4>
<table class="mgTable"><tr><th>Item</th><th>Update</th></tr>
<tr><td>1.1 Online payments</td><td><p><strong>Complete.</strong> Online payments for parking
permits went live on 3 November 2025.</p><p>1,450 permits were paid online in the first
month.</p></td></tr>
<tr><td>1.2 Booking system</td><td><p><strong>Delayed:</strong> The leisure booking system
has been held up by the supplier and is now expected in April 2026.</p>
<p>Next quarter: Agree a revised plan with the supplier.</p></td></tr>
</table>
<h4>Priority 2: Digital skills</h4>
<table class="mgTable"><tr><th>Item</th><th>Update</th></tr>
<tr><td>2.1 Councillor training</td><td><p><strong>On track.</strong> Digital training for
councillors, run with Academi Wales, will finish by the end of February 2026.</p></td></tr>
<tr><td>2.2 Staff devices</td><td><p><strong>Not started.</strong> The replacement of 300
staff laptops will begin in June 2026.</p></td></tr>
</table>
<h3>2.00 Resource implications</h3>
<p>2.01 There are no resource implications arising from this report.</p>
</body></html>
"""


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def _rows(path: Path) -> list[tuple]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = load_programme(path)
    return [tuple(r) for r in prog[["item_id", "topic", "text", "status",
                                    "quarter_label"]].itertuples(index=False)]


def test_plain_text_project_update_tables(tmp_path):
    path = _write(tmp_path, "corporate-plan-q3.txt", PLAIN, "cp1252")
    assert _rows(path) == [
        ("1.1", "Empty homes", "Forty empty homes will be back in use by the end of March 2026.",
         "in progress", "2025-26 Q4"),
        ("1.2", "Gypsy and Traveller site", "The planning application for the Ruthin site was "
         "deferred and is now expected in May 2026.", "at risk", "2026-27 Q1"),
        ("2.1", "Tree planting", "The 5,000 trees planted with Data Cymru volunteers were in "
         "the ground in November 2025.", "done", "2025-26 Q3"),
        ("2.2", "Flood defences", "Design work on the Rhyl flood defences will start in "
         "February 2026.", "planned", "2025-26 Q4"),
        ("2.3", "Recycling centre", "The new recycling centre at Denbigh will open in December "
         "2026.", "in progress", "2026-27 Q3"),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = load_programme(path)
        priorities = load_priorities(path)
    assert prog.set_index("item_id").loc["2.1", "partners"] == ["Data Cymru"]
    assert priorities["priority"].tolist() == ["Housing", "Environment"]
    meta = parse_programme(read_document(path, "programme")).metadata
    assert meta["title"] == "Corporate Plan Delivery 2025-26: Quarter 3 Report"
    assert str(meta["date"]) == "2026-01-15"
    # the later paragraphs of an update stay in the paragraphs table (nothing lost)
    paras = parse_programme(read_document(path, "programme")).paragraphs
    assert any("Twenty-six are already occupied." in str(t) for t in paras["text"])


def test_committee_page_item_update_tables(tmp_path):
    path = _write(tmp_path, "digital-strategy-q3.html", PAGE)
    assert _rows(path) == [
        ("1.1", "Online payments", "Online payments for parking permits went live on 3 "
         "November 2025.", "done", "2025-26 Q3"),
        ("1.2", "Booking system", "The leisure booking system has been held up by the supplier "
         "and is now expected in April 2026.", "at risk", "2026-27 Q1"),
        ("2.1", "Councillor training", "Digital training for councillors, run with Academi "
         "Wales, will finish by the end of February 2026.", "in progress", "2025-26 Q4"),
        ("2.2", "Staff devices", "The replacement of 300 staff laptops will begin in June "
         "2026.", "planned", "2026-27 Q1"),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = load_programme(path)
        priorities = load_priorities(path)
    assert prog.set_index("item_id").loc["2.1", "partners"] == ["Academi Wales"]
    assert priorities["priority"].tolist() == ["Online services", "Digital skills"]
    meta = parse_programme(read_document(path, "programme")).metadata
    assert meta["title"] == "Digital Strategy 2025-26: Quarter 3 Progress"
