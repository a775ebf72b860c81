"""Programme documents of eval47's two families, written afresh for these tests (other
subjects, numbers of items, wordings and forms than the corpus):

- an ANNUAL DELIVERY REPORT: "Priority N: name" headings, each over a narrative paragraph,
  an "Achievements" (or "Key achievements") sub-heading over bullets whose wording gives the
  status, a case-study box (a one-cell table in Markdown, a heading and paragraphs as a Word
  file or PDF prints it) that holds no items, and a "Looking ahead" sub-heading over bullets
  (planned); the sub-headings are parts of the priority, never priorities of their own;
- a COMMITMENTS TRACKER: "Well-being objective N: ..." (or "Objective N") headings each over
  a table ``Ref | Commitment | Lead Minister | Status | Update`` with no date column: the
  due quarter is the Update's timing, a partner named only in the Update is the item's
  partner; as a web page, its contents list (an ordered list of the objectives) before the
  title line does not swallow the title.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wlga_analysis as wa

# -------------------------------------------------------------- annual delivery report
REPORT_MD = """\
---
title: "Digital Councils Programme: Annual Report 2025-26"
date: 20 May 2026
author: WLGA
---

## Introduction

This report looks back at the programme's year.

+------------------+-----------------------------+
| **19**           | **£450,000**                |
+==================+=============================+
| councils tested  | Welsh Government Cyber      |
|                  | Resilience Grant 2025-26    |
+------------------+-----------------------------+

## Priority 1: Cyber resilience

Councils face more cyber attacks every year.

### Key achievements

-   A cyber exercise for all council emergency planners was completed in September 2025.
-   Work on a shared security operations centre is in progress and will finish in January 2026.

+----------------------------------------------------------------------------+
| **Case study: Powys County Council**                                       |
|                                                                            |
| Powys tested its recovery plan and restored its systems within a day.      |
+----------------------------------------------------------------------------+

### Looking ahead

-   Run a tabletop exercise for council leaders in October 2026.

## Priority 2: Data and insight

We help councils use their data well.

### Achievements

-   The data maturity assessment was completed by 18 councils in November 2025.
-   A data skills course has been delayed to May 2026.

### Looking ahead

-   Publish a data sharing toolkit by February 2027.
-   Hold a data leaders' network meeting in July 2026.

## Contact

Digital team, WLGA
"""
REPORT_PRIORITIES = ["Cyber resilience", "Data and insight"]
REPORT_ITEMS = [  # (id, status, quarter)
    ("1.1", "done", "2025-26 Q2"),
    ("1.2", "in progress", "2025-26 Q4"),
    ("1.3", "planned", "2026-27 Q3"),
    ("2.1", "done", "2025-26 Q3"),
    ("2.2", "at risk", "2026-27 Q1"),
    ("2.3", "planned", "2026-27 Q4"),
    ("2.4", "planned", "2026-27 Q2"),
]

# as a Word file or PDF prints it (text form): un-numbered short lines, the box's title a
# heading, the parts' names plain lines
REPORT_TXT = """\
Housing Support Programme: Annual Delivery Report 2025-26

Published 3 July 2026

Priority 1: Homelessness prevention

Our aim is that fewer households become homeless.

Achievements

- The prevention toolkit was launched in all councils in August 2025.
- Training for housing officers is ongoing and will end in March 2026.

## Case study: Conwy County Borough Council

Conwy used the toolkit to help 40 families stay in their homes.

Looking ahead

- Review the toolkit with Audit Wales by December 2026.

Priority 2: Temporary accommodation

We support councils to cut the use of bed and breakfast.

Achievements

- A national framework for leasing homes was completed in October 2025.

Looking ahead

- Extend the framework to social landlords in April 2026.
- Report on the use of bed and breakfast in September 2026.

Priority 3: Rapid rehousing

Councils are moving to rapid rehousing plans.

Achievements

- Rapid rehousing plans were published by 20 councils in June 2025.

Looking ahead

- Support the last two councils to publish their plans by June 2026.
"""
REPORT_TXT_PRIORITIES = ["Homelessness prevention", "Temporary accommodation",
                         "Rapid rehousing"]
REPORT_TXT_ITEMS = [
    ("1.1", "done", "2025-26 Q2"),
    ("1.2", "in progress", "2025-26 Q4"),
    ("1.3", "planned", "2026-27 Q3"),
    ("2.1", "done", "2025-26 Q3"),
    ("2.2", "planned", "2026-27 Q1"),
    ("2.3", "planned", "2026-27 Q2"),
    ("3.1", "done", "2025-26 Q1"),
    ("3.2", "planned", "2026-27 Q1"),
]


def _items(path: Path) -> list[tuple[str, str, str | None]]:
    p = wa.load_programme(path)
    return [(str(r.item_id), r.status, None if r.quarter_label != r.quarter_label
             else r.quarter_label) for r in p.itertuples()]


@pytest.mark.filterwarnings("ignore")
def test_annual_report_markdown_parts_are_no_priorities(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT_MD, encoding="utf-8")
    assert list(wa.load_priorities(path)["priority"]) == REPORT_PRIORITIES
    assert _items(path) == REPORT_ITEMS
    p = wa.load_programme(path)
    assert not p["text"].str.contains("Powys tested").any()  # (the case study: no item)
    assert p.loc[p["item_id"].astype(str) == "2.3", "text"].item() == \
        "Publish a data sharing toolkit by February 2027."
    g = wa.load_grants(path)  # (the key-figures strip: "£450,000" over the grant's name)
    assert [(r.grant, r.amount_gbp) for r in g.itertuples()] == [
        ("Cyber Resilience Grant", 450000)]


@pytest.mark.filterwarnings("ignore")
def test_annual_report_text_form_case_study_heading_ends_no_priority(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT_TXT, encoding="utf-8")
    assert list(wa.load_priorities(path)["priority"]) == REPORT_TXT_PRIORITIES
    assert _items(path) == REPORT_TXT_ITEMS
    p = wa.load_programme(path)
    assert p.loc[p["item_id"].astype(str) == "1.3", "partners"].item() == ["Audit Wales"]


# -------------------------------------------------------------- commitments tracker
TRACKER_HTML = """\
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Commitments | GOV.WALES</title></head>
<body><main><article>
<div class="metadata"><dl><dt>First published:</dt><dd>4 March 2026</dd></dl></div>
<nav class="contents"><h2>Contents</h2><ol>
<li><a href="#o1">Objective 1: Make public services greener</a></li>
<li><a href="#o2">Objective 2: Improve the lives of young people</a></li></ol></nav>
<h1>Local government commitments: progress report, March 2026</h1>
<p>This report sets out progress on the commitments councils deliver.</p>
<h2 id="o1">Objective 1: Make public services greener</h2>
<table class="govuk-table"><thead><tr><th scope="col">Ref</th><th scope="col">Commitment</th>
<th scope="col">Lead Minister</th><th scope="col">Status</th><th scope="col">Update</th>
</tr></thead><tbody>
<tr><th scope="row">C1.1</th><td>Plant a tree for every child born in Wales.</td>
<td>Cabinet Secretary for Climate Change</td><td>On track</td>
<td>Planting for 2025 births will finish in November 2026.</td></tr>
<tr><th scope="row">C1.2</th><td>Switch council street lights to LED.</td>
<td>Cabinet Secretary for Climate Change</td><td>Delayed</td>
<td>Supply problems mean the work now ends in February 2027, with CIPFA advising.</td></tr>
</tbody></table>
<h2 id="o2">Objective 2: Improve the lives of young people</h2>
<table class="govuk-table"><thead><tr><th scope="col">Ref</th><th scope="col">Commitment</th>
<th scope="col">Lead Minister</th><th scope="col">Status</th><th scope="col">Update</th>
</tr></thead><tbody>
<tr><th scope="row">C2.1</th><td>Extend free school meals to all primary pupils.</td>
<td>Cabinet Secretary for Education</td><td>Delivered</td>
<td>All primary pupils were offered free meals from September 2024.</td></tr>
</tbody></table>
</article></main></body></html>
"""
TRACKER_ITEMS = [  # (id: the printed ref, status, quarter)
    ("C1.1", "in progress", "2026-27 Q3"),
    ("C1.2", "at risk", "2026-27 Q4"),
    ("C2.1", "done", "2024-25 Q2"),
]

TRACKER_TXT = "\r\n".join([
    "Regional partnership commitments: delivery report, January 2026",
    "",
    "Published 15 January 2026",
    "",
    "Well-being objective 1: Build a stronger economy",
    "",
    "Commitment ref\tCommitment\tLead Minister / Portfolio\tStatus\tUpdate",
    "PfG 1.1\tCreate a regional skills fund.\tCabinet Secretary for Economy\tOn track\t"
    "The fund opens to bids in June 2026.",
    "PfG 1.2\tSupport town centre regeneration.\tCabinet Secretary for Economy\tDelivered\t"
    "Grants were paid to 30 towns in October 2025.",
    "",
    "Well-being objective 2: Protect our environment",
    "",
    "Commitment ref\tCommitment\tLead Minister / Portfolio\tStatus\tUpdate",
    "PfG 2.1\tRestore peatland in upland councils.\tCabinet Secretary for Climate Change"
    "\tNot yet started\tWork will start in August 2026 with Disability Wales.",
    "",
])
TRACKER_TXT_ITEMS = [
    ("PfG 1.1", "in progress", "2026-27 Q1"),
    ("PfG 1.2", "done", "2025-26 Q3"),
    ("PfG 2.1", "planned", "2026-27 Q2"),
]


@pytest.mark.filterwarnings("ignore")
def test_tracker_web_page_contents_list_and_update_timing(tmp_path: Path) -> None:
    path = tmp_path / "tracker.html"
    path.write_text(TRACKER_HTML, encoding="utf-8")
    assert list(wa.load_priorities(path)["priority"]) == [
        "Make public services greener", "Improve the lives of young people"]
    assert _items(path) == TRACKER_ITEMS
    p = wa.load_programme(path)
    assert p.loc[p["item_id"].astype(str) == "C1.2", "partners"].item() == ["CIPFA"]
    assert p.loc[p["item_id"].astype(str) == "C2.1", "text"].item() == \
        "Extend free school meals to all primary pupils."


@pytest.mark.filterwarnings("ignore")
def test_tracker_text_update_timing_and_partner(tmp_path: Path) -> None:
    path = tmp_path / "tracker.txt"
    path.write_bytes(TRACKER_TXT.encode("utf-8"))
    assert _items(path) == TRACKER_TXT_ITEMS
    p = wa.load_programme(path)
    assert p.loc[p["item_id"].astype(str) == "PfG 2.1", "partners"].item() == [
        "Disability Wales"]
