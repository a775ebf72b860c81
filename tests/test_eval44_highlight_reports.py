"""Programme highlight reports of a joint committee (the series44 corpus's layouts, written
afresh in other wordings): one block per project ("Project 2 – name" over its header
fields, or an e-mail's "Project: name<TAB>SRO: ..." line) over a milestone table
``Milestone | Owner | Baseline date | Forecast date | Actual date | RAG | Comment``, a
ref opening each Milestone cell ("H1.M2") or none, "Decisions required" after the
projects. The asserted values are a careful reader's, written before the code ran:
milestones are the items, the due quarter is the FORECAST date's, budgets are no grants.
"""

from __future__ import annotations

from wlga_analysis.testing import parse_document

HEADER = "| Milestone | Owner | Baseline date | Forecast date | Actual date | RAG | Comment |"

MARKDOWN = [
    "# Gwent Valleys Joint Committee", "", "Date of meeting: 14 October 2025", "",
    "## Housing and Regeneration Programme: highlight report", "",
    "Tolerance: six weeks beyond the baseline date.", "",
    "## Project 1 – Empty homes", "",
    "**SRO:** Carys Evans | **Overall RAG:** Amber | **Budget:** £3m | "
    "**Spend to date:** £1.4m", "",
    HEADER, "| --- | --- | --- | --- | --- | --- | --- |",
    "| H1.M1 Empty homes grant scheme opened | Housing Manager | 30 June 2025 | "
    "30 June 2025 | 27 June 2025 | Complete | Opened on 27 June. |",
    "| H1.M2 First 50 homes brought back into use | Housing Manager | 31 December 2025 | "
    "28 February 2026 |  | Amber | Contractor capacity is short. |",
    "", "## Project 2 – Town centres", "",
    "**SRO:** Dafydd Rees | **Overall RAG:** Green | **Budget:** £900,000 | "
    "**Spend to date:** £200,000", "",
    HEADER, "| --- | --- | --- | --- | --- | --- | --- |",
    "| H2.M1 Placemaking plans adopted | Regeneration Officer | 31 March 2026 | "
    "31 March 2026 |  | Green | Not started - the brief goes out in January. |",
    "| H2.M2 Market hall reopened | Regeneration Officer | 30 November 2025 | "
    "30 November 2025 |  | Red - Exception | Asbestos found; a new date is sought. |",
    "", "## Decisions required", "", "1. Note the report.", "",
    "2. Accept the exception for H2.M2.", "",
]

EMAIL = [
    "From: Programme Office <pmo@example.cymru>", "Sent: 02 February 2026 09:10",
    "To: Board members", "Subject: Highlight report for the board of 12 February 2026", "",
    "Hello all,", "", "The milestone tables are pasted below without their refs.", "",
    "Project: Digital Skills\tSRO: Nia Thomas\tOverall RAG: G\tBudget: £750,000\t"
    "Spend to date: £410,000",
    "Milestone\tOwner\tBaseline date\tForecast date\tActual date\tRAG\tComment",
    "Digital champions trained\tSkills Lead\t31-Dec-25\t31-Dec-25\t15-Dec-25\tC\tAll 40 trained.",
    "Library hubs kitted out\tSkills Lead\t31-Mar-26\t31-May-26\t\tA\tKit on back order.",
    "",
    "Project: Connectivity\tSRO: Owain Jenkins\tOverall RAG: A\tBudget: £2.2m\t"
    "Spend to date: £1.1m",
    "Milestone\tOwner\tBaseline date\tForecast date\tActual date\tRAG\tComment",
    "Rural broadband vouchers issued\tDigital Officer\t30-Nov-25\t31-Jan-26\t\tR (E)\t"
    "Supplier withdrew.",
    "Mobile coverage survey\tDigital Officer\t30-Jun-26\t30-Jun-26\t\tG\tNot started: "
    "begins in April.",
    "",
    "Project: Data Platform\tSRO: Mair Price\tOverall RAG: G\tBudget: £400,000\t"
    "Spend to date: £90,000",
    "No exceptions to report.", "",
    "Decisions required:", "1) Note the report.", "", "Thanks,", "Programme Office",
]

HTML = """<html><body><nav><a href="/">Home</a></nav><main>
<h1>Energy Programme highlight report</h1><p>Published 20 January 2026</p>
<p>Meeting date: 15 January 2026</p>
<h2>Project 1: Heat networks</h2>
<p>SRO: Rhodri Bowen | Overall RAG: Amber | Budget: £5.1m | Spend to date: £2m</p>
<table><tr><th>Milestone</th><th>Owner</th><th>Baseline date</th><th>Forecast date</th>
<th>Actual date</th><th>RAG</th><th>Comment</th></tr>
<tr><td>E1-M1 Feasibility study signed off</td><td>Energy Manager</td><td>31 Oct 2025</td>
<td>30 Nov 2025</td><td>28 Nov 2025</td><td>Complete</td><td>Signed off in November.</td></tr>
<tr><td>E1-M2 Outline business case</td><td>Energy Manager</td><td>31 Mar 2026</td>
<td>30 Jun 2026</td><td></td><td>Amber</td><td>Waiting for the feasibility results.</td></tr>
</table>
<h2>Project 2: Solar on schools</h2>
<p>SRO: Elin Hughes | Overall RAG: Green | Budget: £800,000 | Spend to date: £100,000</p>
<table><tr><th>Milestone</th><th>Owner</th><th>Baseline date</th><th>Forecast date</th>
<th>Actual date</th><th>RAG</th><th>Comment</th></tr>
<tr><td>E2-M1 Ten school roofs surveyed</td><td>Schools Officer</td><td>28 Feb 2026</td>
<td>28 Feb 2026</td><td></td><td>Green</td><td>Six surveyed so far.</td></tr>
</table>
<h2>Decisions required</h2><ol><li>Note the report.</li></ol>
</main><footer>Contact us</footer></body></html>
"""


def _parse(path):
    return parse_document(path, "programme")


def _rows(parse):
    return [(r.item_id, r.paragraph, r.section, r.status, r.quarter_label)
            for r in parse.programme.itertuples()]


def test_markdown_projects_with_refs_in_the_milestone_cell(tmp_path):
    path = tmp_path / "highlight.md"
    path.write_text("\n".join(MARKDOWN) + "\n", encoding="utf-8")
    parse = _parse(path)
    assert _rows(parse) == [
        ("H1.M1", 1, "Empty homes", "done", "2025-26 Q1"),
        ("H1.M2", 1, "Empty homes", "at risk", "2025-26 Q4"),  # (the forecast's quarter)
        ("H2.M1", 2, "Town centres", "planned", "2025-26 Q4"),  # (Green, "Not started")
        ("H2.M2", 2, "Town centres", "at risk", "2025-26 Q3"),  # (an exception)
    ]
    assert parse.programme["text"].tolist()[1] == "First 50 homes brought back into use"
    assert parse.grants.empty  # (project budgets and spend are no grants)
    assert "Accept the exception for H2.M2." in " ".join(parse.paragraphs["text"])


def test_email_projects_pasted_as_tab_lines_without_refs(tmp_path):
    path = tmp_path / "highlight.txt"
    path.write_text("\n".join(EMAIL) + "\n", encoding="utf-8")
    parse = _parse(path)
    assert _rows(parse) == [
        ("1.1", 1, "Digital Skills", "done", "2025-26 Q3"),
        ("1.2", 1, "Digital Skills", "at risk", "2026-27 Q1"),
        ("2.1", 2, "Connectivity", "at risk", "2025-26 Q4"),
        ("2.2", 2, "Connectivity", "planned", "2026-27 Q1"),
    ]
    assert parse.grants.empty
    text = " ".join(parse.paragraphs["text"])
    assert "No exceptions to report." in text and "1. Note the report." in text


def test_web_page_projects_over_html_tables(tmp_path):
    path = tmp_path / "highlight.html"
    path.write_text(HTML, encoding="utf-8")
    parse = _parse(path)
    assert _rows(parse) == [
        ("E1-M1", 1, "Heat networks", "done", "2025-26 Q3"),
        ("E1-M2", 1, "Heat networks", "at risk", "2026-27 Q1"),
        ("E2-M1", 2, "Solar on schools", "in progress", "2025-26 Q4"),
    ]
    assert parse.grants.empty
