"""Programme updates of eval54's two programme families, written afresh for these tests
(other subjects, numbers of items, wordings and forms than the corpus):

- a WLGA-style quarterly update whose items, numbered by their labelled priority, OPEN with
  a bold status label ("**Complete:** ...", "**Behind schedule:** ..."): the label is the
  status (not the wording) and no part of the text; as pandoc's Markdown export (each
  priority's list restarting at "1.  ", a pull quote with its attribution among the items)
  and as a web page whose "At a glance" box lands between two items of one priority (a
  heading above the priority's level, then the items numbered on);
- a council Cabinet report whose appendix is ONE table of actions grouped by a
  "Corporate objective" cell spanning its rows (``rowspan``), statuses "On target" /
  "Slipped" / "Complete", the cover report's "Summary of performance" paragraph no item.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import wlga_analysis as wa

ITEMS_A = [  # (item_id, section, text, status, quarter: of the work outstanding)
    ("1.1", 1, "The housing adaptations guide was published in October 2025.", "done",
     "2025-26 Q3"),
    ("1.2", 1, "Training for occupational therapists has been held in nine councils, with "
     "the rest booked for February 2026.", "in progress", "2025-26 Q4"),
    ("1.3", 1, "The review of disabled facilities grants has been put back to June 2026.",
     "at risk", "2026-27 Q1"),
    ("2.1", 2, "The homelessness data return was agreed with all councils in November "
     "2025 and is next collected in April 2026.", "in progress", "2026-27 Q1"),
    ("2.2", 2, "A prevention toolkit will be drafted in quarter 1 of 2026-27.", "planned",
     "2026-27 Q1"),
]
PRIORITIES_A = ["Adaptations and independent living", "Homelessness prevention"]

MD_A = """\
12th February 2026

# Housing Support Programme 2025-26: Quarter 3 Report

## Purpose

1.  To report progress on the Housing Support Programme at the end of quarter 3.

## Background

2.  The programme is funded by a grant of £240,000 from the Welsh Government for 2025-26.

## Progress Update

### Priority 1: Adaptations and independent living

1.  **Complete:** The housing adaptations guide was published in October 2025.

2.  **On track:** Training for occupational therapists has been held in
    nine councils, with the rest booked for February 2026.

> “The guide has already changed how our team works.”
>
> **– Sian Morgan, Head of Housing, a pilot council**

3.  **Behind schedule:** The review of disabled facilities grants has
    been put back to June 2026.

### Priority 2: Homelessness prevention

1.  **On track:** The homelessness data return was agreed with all
    councils in November 2025 and is next collected in April 2026.

2.  **Not started:** A prevention toolkit will be drafted in quarter 1 of 2026-27.

## Recommendation

3.  Members are asked to note the report.
"""

HTML_A = """\
<html><body>
<p>12th February 2026</p>
<h1>Housing Support Programme 2025-26: Quarter 3 Report</h1>
<h2>Purpose</h2>
<p>1. To report progress on the Housing Support Programme at the end of quarter 3.</p>
<h2>Background</h2>
<p>2. The programme is funded by a grant of £240,000 from the Welsh Government for 2025-26.</p>
<h2>Progress Update</h2>
<h3>Priority 1: Adaptations and independent living</h3>
<p>1.1 <strong>Complete:</strong> The housing adaptations guide was published in October 2025.</p>
<p>1.2 <strong>On track:</strong> Training for occupational therapists has been held in nine
councils, with the rest booked for February 2026.</p>
<p>1.3 <strong>Behind schedule:</strong> The review of disabled facilities grants has been put
back to June 2026.</p>
<h3>Priority 2: Homelessness prevention</h3>
<p>2.1 <strong>On track:</strong> The homelessness data return was agreed with all councils in
November 2025 and is next collected in April 2026.</p>
<h2>At a glance</h2>
<p>£240,000</p>
<p>grant for 2025-26</p>
<p>2.2 <strong>Not started:</strong> A prevention toolkit will be drafted in quarter 1 of
2026-27.</p>
<h2>Recommendation</h2>
<p>3. Members are asked to note the report.</p>
</body></html>
"""

ITEMS_B = [  # (section, text, status, quarter)
    (1, "Open the new library and hub in Cwm Isaf.", "done", "2025-26 Q3"),
    (1, "Extend the summer reading scheme to all primary schools.", "in progress",
     "2025-26 Q4"),
    (2, "Plant 5,000 trees on council land.", "at risk", "2026-27 Q2"),
    (2, "Replace street lights with LED lanterns.", "in progress", "2025-26 Q4"),
    (2, "Adopt a local nature recovery plan.", "in progress", "2026-27 Q1"),
]
PRIORITIES_B = ["Strong and connected communities", "A nature-positive county"]

HTML_B = """\
<html><body>
<h1>Cabinet, 3 March 2026</h1>
<h2>Council Plan 2024-29: Quarter 3 Progress Report</h2>
<h3>1. Purpose</h3>
<p>1.1 To report progress on the Council Plan actions at the end of quarter 3.</p>
<h3>2. Summary of performance</h3>
<p>2.1 Of the five actions, one is complete, three are on target and one has slipped.</p>
<h3>3. Financial implications</h3>
<p>3.1 The work is funded from the council's budgets.</p>
<h3>Appendix 1 – Council Plan actions</h3>
<table border="1"><thead><tr><th>Corporate objective</th><th>Action</th><th>Lead officer</th>
<th>Progress</th><th>Status</th><th>Target date</th></tr></thead><tbody>
<tr><td rowspan="2">1. Strong and connected communities</td>
<td>Open the new library and hub in Cwm Isaf.</td><td>Head of Culture</td>
<td>The hub opened on 4 November 2025.</td><td>Complete</td><td>November 2025</td></tr>
<tr><td>Extend the summer reading scheme to all primary schools.</td><td>Library Manager</td>
<td>41 of 52 schools have signed up.</td><td>On target</td><td>Q4 2025/26</td></tr>
<tr><td rowspan="3">2. A nature-positive county</td>
<td>Plant 5,000 trees on council land.</td><td>Parks Manager</td>
<td>The wet autumn stopped planting on two sites.</td><td>Slipped</td><td>Q2 2026-27</td></tr>
<tr><td>Replace street lights with LED lanterns.</td><td>Head of Highways</td>
<td>1,900 of 2,400 lanterns are replaced.</td><td>On target</td><td>March 2026</td></tr>
<tr><td>Adopt a local nature recovery plan.</td><td>Ecologist</td>
<td>The draft plan is out to consultation.</td><td>On target</td><td>Q1 2026-27</td></tr>
</tbody></table>
</body></html>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _check_a(path: Path) -> None:
    prog = wa.load_programme(path)
    got = [(r.item_id, int(r.paragraph), " ".join(r.text.split()), r.status, r.quarter_label)
           for r in prog.itertuples()]
    assert got == ITEMS_A
    assert set(prog["status_rule"]) == {"label"}
    assert list(wa.load_priorities(path)["priority"]) == PRIORITIES_A


def test_markdown_restarting_lists_with_status_labels_and_a_quote(tmp_path: Path) -> None:
    _check_a(_write(tmp_path, "housing-q3.md", MD_A))


def test_web_page_box_between_items_of_a_priority(tmp_path: Path) -> None:
    _check_a(_write(tmp_path, "housing-q3.html", HTML_A))


def test_cabinet_appendix_grouped_by_objective(tmp_path: Path) -> None:
    path = _write(tmp_path, "cabinet-q3.html", HTML_B)
    prog = wa.load_programme(path)
    got = [(int(r.paragraph), r.text, r.status, r.quarter_label) for r in prog.itertuples()]
    assert got == ITEMS_B  # (the cover report's 2.1 summary is no item)
    assert list(wa.load_priorities(path)["priority"]) == PRIORITIES_B
