"""Council delivery plan trackers reported to scrutiny (the series41 corpus's layouts,
written afresh in other wordings): actions as table rows with a Ref column ("P1", "HW-3"),
grouped by full-width objective rows in a spreadsheet's tab-delimited export, or by
labelled headings ("Well-being Objective 2: ... and ...") over tables; a revised target
column beside the original; a committee system's page furniture. The asserted values are
a careful reader's, written before the code ran.
"""

from __future__ import annotations

from wlga_analysis.testing import parse_document

SHEET = [
    "Tref Wen Town Council\t\t\t\t\t",
    "Service Plan tracker 2025-26\tUpdated: 12/11/2025\t\t\t\t",
    "\t\t\t\t\t",
    "Ref\tAction\tOwner\tRAG\tDue date\tUpdate",
    "Priority 1: Clean streets and parks\t\t\t\t\t",
    "P1\tReplace 40 litter bins in the town centre\tStreet Scene Manager\tGreen\t"
    "31/01/2026\tBins ordered.",
    "P2\tRefurbish the play area at Parc Bach\tParks Officer\tRed\t30/09/2025\t"
    "Contractor went into administration.",
    "Priority 2: Events and culture\t\t\t\t\t",
    "P3\tRun the summer festival\tEvents Officer\tComplete\t31/08/2025\tHeld on 9 August.",
    "\t\t\t\t\t",
]


def _parse(path):
    return parse_document(path, "programme")


def test_tab_delimited_tracker_grouped_by_priority_rows(tmp_path):
    path = tmp_path / "tracker.txt"
    path.write_text("\r\n".join(SHEET) + "\r\n", encoding="utf-8")
    parse = _parse(path)
    rows = [(r.item_id, r.paragraph, r.section, r.status, r.quarter_label)
            for r in parse.programme.itertuples()]
    assert rows == [
        ("P1", 1, "Clean streets and parks", "in progress", "2025-26 Q4"),
        ("P2", 1, "Clean streets and parks", "at risk", "2025-26 Q2"),
        ("P3", 2, "Events and culture", "done", "2025-26 Q2"),
    ]


MARKDOWN = """# Wellbeing Plan – Quarter 3 update

**Date:** 20 January 2026

## Well-being Objective 1: Thriving towns and green growth

| Ref | Action | Lead officer | RAG | Original target | Revised target | Comments |
|-----|--------|--------------|-----|-----------------|----------------|----------|
| HW-1 | Open the repair café | Head of Waste | Amber | 30/09/2025 | 31/03/2026 | Venue found. |
| HW-2 | Plant 5,000 trees | Head of Parks | Green | 31/03/2026 | – | On track. |

## Well-being Objective 2: Safe and connected communities

| Ref | Action | Lead officer | RAG | Original target | Revised target | Comments |
|-----|--------|--------------|-----|-----------------|----------------|----------|
| HW-7 | Install 20 speed signs | Highways | Green | 31/12/2025 | 30/06/2026 | Ordered. |
"""


def test_labelled_headings_named_whole_and_revised_target_wins(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    parse = _parse(path)
    rows = [(r.item_id, r.paragraph, r.quarter_label) for r in parse.programme.itertuples()]
    assert rows == [("HW-1", 1, "2025-26 Q4"), ("HW-2", 1, "2025-26 Q4"),
                    ("HW-7", 2, "2026-27 Q1")]
    assert "Thriving towns" not in parse.priorities["priority"].tolist()
    assert "green growth" not in parse.priorities["priority"].tolist()
    assert parse.programme["section"].iloc[0] == "Thriving towns and green growth"


PAGE = """<html><body>
<div class="mgContent">
<p>Committee report, 4 March 2026</p>
<h2>Well-being Objective 1: Homes and neighbourhoods</h2>
<table><tr><th>Ref</th><th>Action</th><th>RAG</th><th>Target date</th></tr>
<tr><td>H1</td><td>Bring 30 empty homes back into use</td><td>Green</td><td>31/03/2026</td></tr>
</table>
<h2>Well-being Objective 2: Jobs and skills</h2>
<table><tr><th>Ref</th><th>Action</th><th>RAG</th><th>Target date</th></tr>
<tr><td>J1</td><td>Open the enterprise hub</td><td>Amber</td><td>30/06/2026</td></tr>
</table>
<p class="mgSupportingDocs">Supporting documents:</p>
<ul><li><a href="documents/s1/Report.pdf">Plan update report, item 5. PDF 300 KB</a></li></ul>
</div>
<div id="mgFooter"><a href="a.aspx">Accessibility</a> | <a href="p.aspx">Privacy</a></div>
</body></html>
"""


def test_committee_page_furniture_is_no_item(tmp_path):
    path = tmp_path / "item.html"
    path.write_text(PAGE, encoding="utf-8")
    parse = _parse(path)
    assert parse.programme["item_id"].tolist() == ["H1", "J1"]
    assert not parse.programme["text"].str.contains("PDF|Privacy").any()
