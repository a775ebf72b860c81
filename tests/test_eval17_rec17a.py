"""Recommendations in an audit report's findings and action plan tables (the family of the
seventeenth evaluation corpus's rec17a, an internal audit report on purchasing cards:
"Area N:" sub-headings under a numbered section "Detailed findings and action plan", each
over a table ``Ref | Finding | Risk | Priority | Recommendation | Agreed management action |
Responsible officer | Target date`` with refs "1.1"), in documents written for these tests
in other publishers' manner (the asserted values are the careful reader's reading, written
before the code ran):

- **Markdown** (a council's internal audit of payroll): numbered sub-headings "2.1
  Starters" under "2. Action plan", seven columns ``No. | Issue identified | Rating |
  Recommendation | Management response | Action owner | Implementation date``, refs "R1",
  responses opening with the decision "Agreed." (the status of the action), a summary
  table counting recommendations by rating and an appendix defining the ratings;
- **a web page** (a shared audit partnership's report on a council's tax reduction
  scheme): navigation and footer, plain ``<h3>`` headings over the tables, whole-number
  refs, ``Rec | Observation | Risk rating | Recommendation | Agreed action | Lead officer |
  Due date``, a paragraph between a heading and its table (the area's remit);
- inline: the text form (tab rows) with "Area N:" lines, a row carried over a page break
  (no ref: its words join the row above), and a response table with no finding, risk or
  priority column, which stays the written response reader's.

The reading (as the corpus's): a recommendation is the Recommendation cell of a findings
row, its number the printed ref; its area the heading over its table (an "Area N:" label
gives the area's number); the agreed management action of each row is an activity of the
area (a decision it opens with, "Agreed.", is its status); owners: the responsible
officer is an officer of the audited council, LG; the finding, risk, priority, officer and
date cells are kept per recommendation as printed; no themes.

Before: the corpus's forms read the areas and no recommendation; the Markdown document
was read as a written response (areas the numbered sections, themes the cover line, no
owners) and the web page was a ParseError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import Document, read_document
from wlga_analysis.interpret.recommendations.audit_findings import findings_columns
from wlga_analysis.recommendations import RecommendationsParse, parse_recommendations
from wlga_analysis.testing import quietly, table_rows
from wlga_analysis.testing.coverage import words_in_no_table

DATA = Path(__file__).parent / "data" / "eval17" / "rec17a"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval17" / "docs"


def _parse(path: Path) -> tuple[Document, RecommendationsParse]:
    doc = read_document(path, "recommendations")
    return doc, quietly(parse_recommendations, doc)


def _lost(doc: Document, parsed: RecommendationsParse) -> set[str]:
    return words_in_no_table(doc.lines, (parsed.areas, parsed.recommendations,
                                         parsed.activities, parsed.notes))


@pytest.fixture(scope="module")
def payroll() -> tuple[Document, RecommendationsParse]:
    return _parse(DATA / "payroll-starters-leavers.md")


@pytest.fixture(scope="module")
def ctr() -> tuple[Document, RecommendationsParse]:
    return _parse(DATA / "council-tax-reduction-audit.html")


def test_markdown_areas_are_the_sub_headings(payroll):
    _, parsed = payroll
    assert table_rows(parsed.areas, "area_id", "area", "theme") == [
        [1, "Starters", ""], [2, "Leavers", ""], [3, "Overtime and expenses", ""]]
    assert parsed.title == "Internal Audit Report: Payroll Starters and Leavers 2026-27"


def test_markdown_recommendations_refs_owners_and_columns(payroll):
    _, parsed = payroll
    recs = parsed.recommendations
    assert table_rows(recs, "rec_id", "rec_label", "area_id", "owners") == [
        [1, "R1", 1, ["LG"]], [2, "R2", 2, ["LG"]], [3, "R3", 2, ["LG"]],
        [4, "R4", 3, ["LG"]]]
    assert recs["text"].tolist() == [
        "Check that a signed contract is held before a new starter is first paid.",
        "Require managers to send leaver forms to payroll at least ten working days before "
        "the leaving date.",
        "Record every overpayment and follow it up until it is repaid or written off.",
        "Compare a sample of overtime claims with rotas each month."]
    assert recs["rating"].tolist() == ["Priority 2", "Priority 1", "Priority 2", "Priority 3"]
    assert recs["action_owner"].tolist() == ["Payroll Manager", "HR Business Partner",
                                             "Payroll Manager", "Director of Resources"]
    assert recs["implementation_date"].tolist()[0] == "31 May 2027"
    assert recs["issue_identified"].tolist()[2] == \
        "Overpayments to leavers are not always recovered."


def test_markdown_responses_are_activities_with_their_decision(payroll):
    _, parsed = payroll
    acts = parsed.activities
    assert table_rows(acts, "area_id", "text") == [
        [1, "Payroll will not set up a new starter until HR confirms the signed contract."],
        [2, "A reminder will go to all managers and late forms will be reported each "
            "quarter."],
        [2, "An overpayments log has been set up from February 2027."],
        [3, "The sample check will start in the new financial year."]]
    assert [s if isinstance(s, str) else None for s in acts["status"]] == [
        "Agreed", "Agreed", None, "Agreed"]


def test_markdown_nothing_lost_and_reported(payroll):
    doc, parsed = payroll
    assert _lost(doc, parsed) == set()
    assert ("read from findings tables", "R1") in {(i.check, i.item) for i in parsed.issues}
    notes = " ".join(parsed.notes["text"])
    assert "Priority 1" in notes and "fundamental weakness" in notes  # summary, appendix


def test_web_page_areas_remit_and_recommendations(ctr):
    doc, parsed = ctr
    assert table_rows(parsed.areas, "area_id", "area", "theme") == [
        [1, "Applications and assessment", ""], [2, "Recovery of overpayments", ""]]
    assert parsed.areas["remit"].tolist()[1] == "Two findings were raised on recovery."
    recs = parsed.recommendations
    assert "rec_label" not in recs
    assert table_rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 1, ["LG"]], [3, 2, ["LG"]], [4, 2, ["LG"]]]
    assert recs["text"].tolist()[3] == \
        "Report all write-offs to the Section 151 Officer each quarter."
    assert recs["risk_rating"].tolist() == ["Major", "Moderate", "Moderate", "Minor"]
    assert recs["lead_officer"].tolist()[1] == "Head of Revenues and Benefits"
    assert recs["due_date"].tolist()[2] == "February 2027"
    assert table_rows(parsed.activities, "area_id", "text")[2] == [
        2, "A weekly report of new overpayments will be checked by the team leader."]
    assert len(parsed.activities) == 4
    assert parsed.title == "Council Tax Reduction Scheme: internal audit report 2026-27"
    assert _lost(doc, parsed) == set()


_TEXT = (
    "TREF-Y-BRYN COUNCIL", "INTERNAL AUDIT", "", "Housing Rents 2026-27", "",
    "1. SUMMARY", "", "Two recommendations were made.", "",
    "2. FINDINGS AND RECOMMENDATIONS", "",
    "Area 1: Rent arrears", "",
    "No.\tFinding\tPriority\tRecommendation\tAgreed management action\t"
    "Responsible officer\tTarget date",
    "1\tArrears letters were late.\tHigh\tSend arrears letters within seven days.\t"
    "Agreed - the system will send them each night.\tIncome Manager\t31/03/2027",
    "2\tCases were closed\tMedium\tReview every case before it is\tA checklist will\t"
    "Income Manager\t30/04/2027",
    "\twithout a review.\t\tclosed.\tbe used.\t\t",
    "", "Area 2: Garages", "",
    "No.\tFinding\tPriority\tRecommendation\tAgreed management action\t"
    "Responsible officer\tTarget date",
    "3\tGarage rents were not reviewed.\tLow\tReview garage rents each year.\t"
    "Rents will be reviewed in January.\tHousing Manager\t31/01/2027",
)


def test_text_form_area_lines_and_a_row_over_a_page_break():
    doc = Document(Path("rents.txt"), "recommendations", _TEXT, "1" * 64)
    parsed = quietly(parse_recommendations, doc)
    assert table_rows(parsed.areas, "area_id", "area") == [[1, "Rent arrears"], [2, "Garages"]]
    assert table_rows(parsed.recommendations, "rec_id", "area_id", "text", "owners") == [
        [1, 1, "Send arrears letters within seven days.", ["LG"]],
        [2, 1, "Review every case before it is closed.", ["LG"]],
        [3, 2, "Review garage rents each year.", ["LG"]]]
    assert table_rows(parsed.activities, "area_id", "text") == [
        [1, "the system will send them each night."], [1, "A checklist will be used."],
        [2, "Rents will be reviewed in January."]]
    assert parsed.activities["status"].tolist()[0] == "Agreed"
    assert parsed.recommendations["priority"].tolist() == ["High", "Medium", "Low"]
    assert parsed.recommendations["finding"].tolist()[1] == "Cases were closed without a review."


_RECORDS = (
    "# Internal Audit Report: Fleet Management 2026-27", "", "Tref County Council", "",
    "## 2. Findings and action plan", "", "### Fuel cards", "", "| | |", "|---|---|",
    "| **Finding** | Fuel cards of sold vehicles were not cancelled. |",
    "| **Priority** | High |",
    "| **Recommendation** | Cancel the fuel card when a vehicle is sold. |",
    "| **Agreed action** | Agreed. The disposal form will include the fuel card. |",
    "| **Responsible officer** | Fleet Manager |", "", "### Servicing", "", "| | |",
    "|---|---|", "| **Finding** | Three vehicles missed their service. |",
    "| **Priority** | Medium |",
    "| **Recommendation** | Book services from the fleet system's reminders. |",
    "| **Agreed action** | Reminders will be switched on. |",
    "| **Responsible officer** | Fleet Supervisor |",
)


def test_each_finding_a_two_column_record_numbered_in_reading_order():
    doc = Document(Path("fleet.md"), "recommendations", _RECORDS, "2" * 64)
    parsed = quietly(parse_recommendations, doc)
    assert table_rows(parsed.areas, "area_id", "area") == [[1, "Fuel cards"], [2, "Servicing"]]
    assert table_rows(parsed.recommendations, "rec_id", "area_id", "text", "owners",
                      "priority") == [
        [1, 1, "Cancel the fuel card when a vehicle is sold.", ["LG"], "High"],
        [2, 2, "Book services from the fleet system's reminders.", ["LG"], "Medium"]]
    assert table_rows(parsed.activities, "area_id", "text") == [
        [1, "The disposal form will include the fuel card."],
        [2, "Reminders will be switched on."]]
    assert parsed.activities["status"].tolist()[0] == "Agreed"
    assert ("numbered by the loader", "2") in {(i.check, i.item) for i in parsed.issues}
    assert _lost(doc, parsed) == set()


_SUMMARY_FIRST = (
    "# Audit of Procurement Cards", "", "Glan Dyfi County Council", "",
    "## Summary of recommendations", "",
    "| Ref | Recommendation | Priority |", "|---|---|---|",
    "| 1.1 | Check every card limit. | High |", "| 2.1 | Cancel cards of leavers. | Low |",
    "", "## Area 1: Limits", "",
    "| Ref | Finding | Priority | Recommendation | Agreed action | Officer |",
    "|---|---|---|---|---|---|",
    "| 1.1 | Limits are high. | High | Check every card limit. | Agreed. | Card Officer |",
    "", "## Area 2: Leavers", "",
    "| Ref | Finding | Priority | Recommendation | Agreed action | Officer |",
    "|---|---|---|---|---|---|",
    "| 2.1 | Cards stay live. | Low | Cancel cards of leavers. | Weekly checks. | HR |",
)


def test_a_summary_table_repeating_the_findings_is_read_once():
    doc = Document(Path("cards.md"), "recommendations", _SUMMARY_FIRST, "3" * 64)
    parsed = quietly(parse_recommendations, doc)
    assert table_rows(parsed.areas, "area_id", "area") == [[1, "Limits"], [2, "Leavers"]]
    assert table_rows(parsed.recommendations, "rec_label", "area_id", "text") == [
        ["1.1", 1, "Check every card limit."], ["2.1", 2, "Cancel cards of leavers."]]
    assert parsed.activities["text"].tolist() == ["Agreed", "Weekly checks."]
    assert parsed.activities["status"].tolist()[0] == "Agreed"
    assert "printed twice" in {i.check for i in parsed.issues}
    assert "1.1 \u2013 Check every card limit. \u2013 High" in parsed.notes["text"].tolist()


def test_a_table_under_no_heading_is_one_area_named_after_the_title():
    lines = ("# Follow-up audit: Schools' Income 2026", "", "Cyngor Bro Morgannwg", "",
             "| Ref | Finding | Priority | Recommendation | Agreed action | "
             "Responsible officer |", "|---|---|---|---|---|---|",
             "| 1 | Income not banked. | High | Bank income weekly. | Agreed. | "
             "Head of Finance, Welsh Government |",
             "| 2 | No finding. | Low | | | |")
    parsed = quietly(parse_recommendations,
                     Document(Path("schools.md"), "recommendations", lines, "4" * 64))
    assert parsed.title == "Follow-up audit: Schools' Income 2026"
    assert table_rows(parsed.areas, "area_id", "area") == [
        [1, "Follow-up audit: Schools' Income 2026"]]
    assert table_rows(parsed.recommendations, "rec_id", "text", "owners") == [
        [1, "Bank income weekly.", ["LG", "WG"]]]
    assert "2 \u2013 No finding. \u2013 Low" in parsed.notes["text"].tolist()
    assert "no group heading" in {i.check for i in parsed.issues}


def test_a_response_table_with_no_finding_column_is_no_findings_table():
    assert findings_columns(["No.", "Recommendation", "Management response",
                             "Responsible officer", "Target date"], strict=True) is None
    assert findings_columns(["Area", "Activity", "Recommendations", "Lead"]) is None
    cols = findings_columns(["Ref", "Finding", "Risk", "Priority", "Recommendation",
                             "Agreed management action", "Responsible officer",
                             "Target date"])
    assert (cols.ref, cols.recommendation, cols.action, cols.officer) == (0, 4, 5, 6)


@pytest.mark.parametrize("form", ["txt", "html", "docx", "pdf"])
def test_corpus_forms_read_as_the_reading(form):
    _, parsed = _parse(CORPUS / f"rec17a-internal-audit-report.{form}")
    assert parsed.title == "Internal Audit Report: Purchasing Cards 2025-26"
    assert table_rows(parsed.areas, "area_id", "area", "theme") == [
        [1, "Cardholder set-up and limits", ""], [2, "Spending controls", ""],
        [3, "Monitoring and reconciliation", ""]]
    recs = parsed.recommendations
    assert table_rows(recs, "rec_label", "area_id", "owners") == [
        ["1.1", 1, ["LG"]], ["1.2", 1, ["LG"]], ["2.1", 2, ["LG"]], ["2.2", 2, ["LG"]],
        ["3.1", 3, ["LG"]], ["3.2", 3, ["LG"]]]
    assert recs["text"].tolist()[1] == \
        "Review card limits each year against each cardholder's actual spending."
    assert recs["priority"].tolist() == ["Medium", "Low", "Medium", "Low", "High", "Medium"]
    acts = parsed.activities
    assert acts["area_id"].tolist() == [1, 1, 2, 2, 3, 3]
    assert acts["text"].tolist()[3] == \
        "The card system will be set to make the receipt field mandatory."
