"""Recommendations papers of the fifty-third evaluation corpus's families, in documents written
for these tests in other publishers' manner (the asserted values are the careful reader's
reading, written before the code ran):

- **an internal audit report saved as plain text by Word** (rec53a): the action plan's
  rows are TAB lines and its full-width area rows lines with no TAB between them ("Card
  issue" over its refs): the area rows head the rows under them (the header row keeps
  its columns); the "5. Action plan" heading over the table is no area; a row whose
  agreed action opens with a refusal ("Rejected – the service accepts the risk",
  "Risk accepted.") is a recommendation but no activity (kept in the notes, reported).
  Written here: a fleet fuel cards audit (other column names: "No. | Issue identified |
  Rating | Recommendation | Management response | Action owner | Implementation date") and
  a Markdown payroll audit with bold area rows and a "Risk accepted." row;
- **an independent review** (rec53b): a recommendation's sentence ending with ":" over
  bullets holds the bullets as its parts, "lead-in: part; part." (Markdown with a summary
  repeating the recommendations; a web page whose chapters are ``<details>`` sections,
  their ``<summary>`` the chapter's heading).

Before: the plain-text audit report read no recommendation (only an area "Action plan");
the refusals were activities; the parts were dropped; the web page's chapters were no areas.
"""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
)
from wlga_analysis.testing import quietly, table_rows

FLEET_TXT = "\r\n".join([
    "Internal Audit Report: Fleet Fuel Cards 2025-26",
    "",
    "Tref County Borough Council \u2013 Internal Audit Service",
    "",
    "Audit\tFleet Fuel Cards 2025-26",
    "Report status\tFinal",
    "Date issued\t3 March 2026",
    "",
    "1. Executive summary",
    "",
    "Overall opinion: Limited assurance. Controls over fuel cards need to be strengthened.",
    "",
    "5. Action plan",
    "",
    "No.\tIssue identified\tRating\tRecommendation\tManagement response\tAction owner"
    "\tImplementation date",
    "Card issue",
    "1\tCards issued without a signed form.\tHigh\tIssue no card without a signed "
    "request form.\tA signed form is now required before any card is issued.\t"
    "Fleet Manager\tApril 2026",
    "2\tLeavers' cards not cancelled.\tHigh\tCancel the card of every leaver on their last "
    "day.\tHR will notify the fleet team of every leaver each week.\tFleet Manager\tMay 2026",
    "Transactions",
    "3\tNo review of unusual fuel purchases.\tMedium\tReview fuel purchases over £150 each "
    "month.\tRejected \u2013 the service accepts the risk. Purchases are capped by the "
    "supplier.\tHead of Transport\tn/a",
    "4\tMileage not recorded at fill-up.\tLow\tRecord the mileage at every fill-up.\t"
    "Drivers have been reminded and the card terminal now asks for it.\tFleet Manager\t"
    "March 2026",
    "Disposal of vehicles",
    "5\tNo independent valuation before sale.\tMedium\tObtain an independent valuation of "
    "every vehicle before sale.\tValuations will be obtained from the auction house.\t"
    "Head of Transport\tJune 2026",
    "",
    "Appendix A \u2013 Opinion definitions",
    "",
    "Limited assurance\tSignificant gaps were identified.",
    "",
])

PAYROLL_MD = "\n".join([
    "# Internal Audit Report: Payroll Overpayments 2025-26",
    "",
    "Cyngor Tref County Council, Internal Audit Service, final report 9 February 2026",
    "",
    "## 2. Action plan",
    "",
    "| Ref | Finding | Priority | Recommendation | Agreed management action "
    "| Responsible officer | Target date |",
    "|---|---|---|---|---|---|---|",
    "| **Starters and leavers** | | | | | | |",
    "| 1 | Leavers paid after leaving. | High | Process every leaver before the payroll "
    "cut-off. | Agreed. Managers must now submit leaver forms within two days. "
    "| Payroll Manager | April 2026 |",
    "| 2 | Overpayments not recovered. | Medium | Start recovery of every overpayment within "
    "a month. | Risk accepted. Recovery is already pursued case by case. | Head of HR | n/a |",
    "| **Overtime** | | | | | | |",
    "| 3 | Overtime claims not approved. | Medium | Approve every overtime claim before it is "
    "paid. | The system now blocks unapproved claims. | Payroll Manager | March 2026 |",
    "",
])

REVIEW_MD = """# Rapid review of respite care for carers: report

Published 12 January 2027

## Summary of recommendations

**Recommendation 1:** Local authorities should publish their short breaks offer on one page.

**Recommendation 2:** The Welsh Government should set up a national respite fund:

-   open to every unpaid carer
-   paying for breaks of up to two weeks a year

**Recommendation 3:** The WLGA should gather data on waiting times every year.

## Part 1: Access to breaks

Carers told us the offer is hard to find.

### Recommendation 1

Local authorities should publish their short breaks offer on one page.

### Recommendation 2

The Welsh Government should set up a national respite fund:

-   open to every unpaid carer
-   paying for breaks of up to two weeks a year

## Part 2: Evidence

Few councils record how long carers wait.

### Recommendation 3

The WLGA should gather data on waiting times every year.

## Part 3: Conclusion

We thank everyone who took part.
"""

REVIEW_HTML = """<html><body><main>
<h1>Review of rural bus services: final report</h1>
<p>First published 2 June 2026</p>
<details class="accordion" id="c1"><summary><span>Chapter 1: Background</span></summary>
<div><p>Rural bus use fell by 20% between 2019 and 2025.</p></div></details>
<details class="accordion" id="c2"><summary><span>Chapter 2: Networks</span></summary>
<div><p>Routes are planned council by council.</p>
<h3>Recommendation 1</h3><p>Corporate Joint Committees should plan bus networks across
their regions.</p>
<h3>Recommendation 2</h3><p>Local authorities should review their subsidised routes:</p>
<ul><li>starting with routes to schools and hospitals;</li><li>publishing the results.</li></ul>
</div></details>
<details class="accordion" id="c3"><summary><span>Chapter 3: Fares</span></summary>
<div><h3>Recommendation 3</h3><p>The Welsh Government should cap single fares at £2.</p>
</div></details>
</main></body></html>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_word_plain_text_action_plan_area_rows_head_its_rows(tmp_path: Path) -> None:
    path = _write(tmp_path, "fleet-audit.txt", FLEET_TXT)
    areas = quietly(load_areas, path)
    assert table_rows(areas, "area_id", "area") == [
        [1, "Card issue"], [2, "Transactions"], [3, "Disposal of vehicles"]]
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "area", "owners") == [
        [1, "Card issue", ["LG"]], [2, "Card issue", ["LG"]], [3, "Transactions", ["LG"]],
        [4, "Transactions", ["LG"]], [5, "Disposal of vehicles", ["LG"]]]
    assert recs.text[2] == "Review fuel purchases over £150 each month."
    acts = quietly(load_activities, path)
    assert table_rows(acts, "area_id", "text") == [
        [1, "A signed form is now required before any card is issued."],
        [1, "HR will notify the fleet team of every leaver each week."],
        [2, "Drivers have been reminded and the card terminal now asks for it."],
        [3, "Valuations will be obtained from the auction house."]]
    notes = quietly(load_recommendations_notes, path)
    assert any(t.startswith("Rejected \u2013 the service accepts the risk") for t in notes.text)


def test_refused_action_in_markdown_action_plan_is_no_activity(tmp_path: Path) -> None:
    path = _write(tmp_path, "payroll-audit.md", PAYROLL_MD)
    assert table_rows(quietly(load_areas, path), "area") == [["Starters and leavers"],
                                                             ["Overtime"]]
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "area") == [
        [1, "Starters and leavers"], [2, "Starters and leavers"], [3, "Overtime"]]
    acts = quietly(load_activities, path)
    assert table_rows(acts, "area_id", "text") == [
        [1, "Managers must now submit leaver forms within two days."],
        [2, "The system now blocks unapproved claims."]]


def test_lead_in_and_bullets_are_one_recommendation_read_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "respite-review.md", REVIEW_MD)
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "area", "owners") == [
        [1, "Access to breaks", ["LG"]], [2, "Access to breaks", ["WG"]],
        [3, "Evidence", ["WLGA"]]]
    assert recs.text[1] == ("The Welsh Government should set up a national respite fund: "
                            "open to every unpaid carer; paying for breaks of up to two "
                            "weeks a year.")
    assert quietly(load_activities, path).empty


def test_details_summary_chapters_are_areas(tmp_path: Path) -> None:
    path = _write(tmp_path, "rural-buses.html", REVIEW_HTML)
    assert table_rows(quietly(load_areas, path), "area") == [["Networks"], ["Fares"]]
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "area", "owners") == [
        [1, "Networks", ["Corporate Joint Committees"]], [2, "Networks", ["LG"]],
        [3, "Fares", ["WG"]]]
    assert recs.text[1] == ("Local authorities should review their subsidised routes: "
                            "starting with routes to schools and hospitals; publishing the "
                            "results.")
