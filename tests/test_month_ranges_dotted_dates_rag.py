"""Timings printed as a quarter's months ("Apr-Jun 2025", "January to March 2026") or as
dates with dots and a two-figure year ("by 14.02.25"), a paper dated "27.03.25", and RAG
colours (Blue, Green, Amber, Red) as statuses in both kinds of document.

The documents are written for the test as a WLGA officer prints them; the asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis import load_activities, load_metadata, load_programme, load_recommendations
from wlga_analysis.quarters import quarter_label, resolve_timing
from wlga_analysis.testing import parse_issues, quietly, table_rows, write_document

MONTH_RANGES = "\n".join([
    "# Improvement Programme: Quarter 1 2025-26 Update", "",
    "WLGA Executive Board, 11 July 2025", "",
    "## 1. Purpose", "",
    "To update Members on progress.", "",
    "## 3. Scrutiny", "",
    "- Two scrutiny reviews were completed in Apr-Jun 2025.",
    "- A training programme for chairs has been delayed to Jan-Mar 2026.",
    "- A conference will be held in Apr\u2013Jun 2026.",
    "- A pilot of peer review runs from October to December 2025.",
])


def test_a_quarter_printed_as_its_months_is_that_quarter(tmp_path):
    items = quietly(load_programme, write_document(tmp_path, MONTH_RANGES, "q1.md"))
    rows = table_rows(items, "item_id", "status", "when")
    assert rows == [["3.1", "done", "in Apr-Jun 2025"],
                    ["3.2", "at risk", "delayed to Jan-Mar 2026"],
                    ["3.3", "planned", "in Apr\u2013Jun 2026"],
                    ["3.4", "in progress", "from October to December 2025"]]
    # "delayed to Jan" read alone was a January already past: 2024-25 Q4
    assert [quarter_label(q) for q in items["quarter"]] == [
        "2025-26 Q1", "2025-26 Q4", "2026-27 Q1", "2025-26 Q3"]


def test_a_range_over_the_new_year_takes_its_first_month_from_the_year_before():
    period, when = resolve_timing("A winter pilot runs Nov-Jan 2026.", dt.date(2025, 7, 1))
    assert (quarter_label(period), when) == ("2025-26 Q3", "Nov-Jan 2026")


DOTTED = "\n".join([
    "WLGA COUNCIL \u2013 27.03.25", "",
    "IMPROVEMENT PROGRAMME 2024-25: YEAR-END REPORT", "",
    "Progress", "",
    "4. Equalities", "",
    "- BLUE \u2013 Training was delivered to 180 officers by 14.02.25.",
    "- GREEN \u2013 The review is under way and will report by 30.06.25.",
    "- BLUE \u2013 A conference was held on 21.11.24.",
])


def test_dates_with_dots_and_a_two_figure_year(tmp_path):
    path = write_document(tmp_path, DOTTED, "year-end.txt")
    assert quietly(load_metadata, path, kind="programme")["date"] == dt.date(2025, 3, 27)
    items = quietly(load_programme, path)
    assert table_rows(items, "item_id", "status", "when") == [
        ["4.1", "done", "by 14.02.25"], ["4.2", "in progress", "by 30.06.25"],
        ["4.3", "done", "21.11.24"]]
    assert [quarter_label(q) for q in items["quarter"]] == ["2024-25 Q4", "2025-26 Q1",
                                                            "2024-25 Q3"]


def test_figures_that_are_no_date_are_no_timing():
    day = dt.date(2025, 3, 27)
    for text in ("See section 4.1.2 of the plan.", "Version 1.2.25 of the toolkit.",
                 "Paragraph 3.4.25 applies."):
        assert resolve_timing(text, day) == (None, None), text


RAG_TABLE = "\n".join([
    "# Improvement Programme 2025-26: Action Plan", "",
    "Date: 19 September 2025", "",
    "## 2. Financial resilience", "",
    "| Ref | Action | Target date | RAG |",
    "|---|---|---|---|",
    "| 2.1 | Publish a financial planning toolkit for councils | Apr-Jun 2025 | Blue |",
    "| 2.2 | Run peer reviews of reserves strategies | Oct-Dec 2025 | Green |",
])


def test_blue_in_a_rag_column_is_done(tmp_path):
    items = quietly(load_programme, write_document(tmp_path, RAG_TABLE, "plan.md"))
    assert table_rows(items, "item_id", "status", "status_rule") == [
        ["2.1", "done", "column"], ["2.2", "in progress", "column"]]
    assert [quarter_label(q) for q in items["quarter"]] == ["2025-26 Q1", "2025-26 Q3"]


RAG_MARKERS = "\n".join([
    "## Housing Group: Recommendations", "",
    "Date: 5 June 2025", "",
    "#### Accommodation", "",
    "Area\tActivity underway or achieved\tRecommendations",
    "<p><b>Area 1: Temporary accommodation</b></p>\t"
    "<p>1. Councils report data every month. (<b>Blue</b>)</p>"
    "<p>2. A cost review is under way. (<b>Amber</b>)</p>\t"
    "<p>1. That Welsh Government extends the grant. (<b>WG</b>)</p>",
])


def test_a_rag_colour_in_an_activity_marker_is_its_status_not_an_owner(tmp_path):
    acts = quietly(load_activities, write_document(tmp_path, RAG_MARKERS, "housing.txt"))
    assert table_rows(acts, "activity_no", "status", "owners") == [
        [1, "Blue", []], [2, "Amber", []]]


HIGHLIGHT = "\n".join([
    "# CJC Support Programme: Highlight Report", "",
    "Date: 23 January 2026", "",
    "## 5. Strategic transport planning", "",
    "**Achievements this quarter (Oct-Dec 2025):**", "",
    "- All four CJCs consulted on their draft plans.", "",
    "Planned next quarter (Jan-Mar 2026):", "",
    "- Final plans submitted to Welsh Government.", "",
    "Risks and issues:", "",
    "- The delivery agreements cannot be met; a revised date of Jul-Sep 2026 is proposed.",
])


#: The same report in the text form: "5. ..." a numbered paragraph, the labels plain lines.
HIGHLIGHT_TEXT = HIGHLIGHT.replace("# CJC", "CJC").replace("## 5.", "5.").replace("**", "")


@pytest.mark.parametrize(("text", "name"), [(HIGHLIGHT, "highlight.md"),
                                            (HIGHLIGHT_TEXT, "highlight.txt")])
def test_group_labels_of_a_highlight_report_give_their_bullets_a_status(tmp_path, text, name):
    items = quietly(load_programme, write_document(tmp_path, text, name))
    assert items["section"].tolist() == ["Strategic transport planning"] * 3
    assert table_rows(items, "item_id", "status", "status_rule") == [
        ["5.1", "done", "group"], ["5.2", "planned", "group"], ["5.3", "at risk", "group"]]
    # an item that states no timing takes its group's: "(Oct-Dec 2025)"
    assert table_rows(items, "when") == [["Oct-Dec 2025"], ["Jan-Mar 2026"],
                                         ["Jul-Sep 2026"]]
    assert [quarter_label(q) for q in items["quarter"]] == ["2025-26 Q3", "2025-26 Q4",
                                                            "2026-27 Q2"]


DECIMAL_RECS = "\n".join([
    "## Housing Group: Recommendations", "",
    "Date: 5 June 2025", "",
    "#### Accommodation", "",
    "Area\tActivity underway or achieved\tRecommendations",
    "<p><b>Area 1: Temporary accommodation</b></p>\t"
    "<p>1. Councils report data every month.</p>\t"
    "<p>1.1 That Welsh Government extends the grant. (<b>WG</b>)</p>"
    "<p>1.2 That councils publish a plan. (<b>LG</b>)</p>",
    "<p><b>Area 2: Rough sleeping</b></p>\t"
    "<p>2. Outreach teams meet every week.</p>\t"
    "<p>2.1 That the WLGA shares the outreach model. (<b>WLGA</b>)</p>",
])

DECIMAL_REGISTER = "\n".join([
    "# Transport Group: Recommendations", "",
    "Date: 23 October 2025", "",
    "| No. | Area | Recommendation | Owner |",
    "|---|---|---|---|",
    "| 1.1 | Regional transport plans | That each CJC adopts its plan. | CJCs |",
    "| 1.2 | Regional transport plans | That Transport for Wales models demand. | WG |",
    "| 2.1 | Bus services | That councils publish their bus network reviews. | LG |",
])


@pytest.mark.parametrize(("text", "name"), [(DECIMAL_RECS, "housing.txt"),
                                            (DECIMAL_REGISTER, "transport.md")])
def test_recommendations_numbered_within_their_area(tmp_path, text, name):
    recs = quietly(load_recommendations, write_document(tmp_path, text, name))
    # "1.2" is the second recommendation of area 1: its number is 1 (as for "1b")
    assert table_rows(recs, "rec_id", "rec_label", "area_id") == [
        [1, "1.1", 1], [1, "1.2", 1], [2, "2.1", 2]]
    assert recs["text"].str.startswith("That ").all()


def test_a_meeting_that_met_or_an_event_that_took_place_is_done():
    from wlga_analysis.status import classify_status

    assert classify_status("The scrutiny chairs' network met in May 2025.")[0] == "done"
    assert classify_status("The first regional workshop took place on 3 March.")[0] == "done"
    assert classify_status("The network will meet in June.")[0] == "planned"


PRIORITY_TABLE = "\n".join([
    "# Improvement Programme 2025-26: Action Plan Update", "",
    "Date: 19 September 2025", "",
    "## 2. Priorities", "",
    "The action plan has three priorities, each with a senior responsible officer:", "",
    "| Priority | Senior responsible officer |", "|---|---|",
    "| Financial sustainability | Director of Finance, WLGA |",
    "| Digital and data | Chief Digital Officer for Local Government |",
    "| Leadership development | Head of Improvement, WLGA |", "",
    "## 3. Financial sustainability", "",
    "- A financial planning toolkit was published in June 2025.",
])


def test_priorities_listed_in_a_table_or_in_the_past_tense(tmp_path):
    from wlga_analysis import load_priorities

    path = write_document(tmp_path, PRIORITY_TABLE, "plan.md")
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "Financial sustainability", "Digital and data", "Leadership development"]
    # its rows are the priorities, not items left out of the progress sections
    assert not [i for i in parse_issues(path, "programme")
                if i.check == "table row not an item"]
    year_end = "\n".join([
        "27 March 2025", "", "IMPROVEMENT PROGRAMME 2024-25: YEAR-END REPORT", "",
        "3. The programme's priorities in 2024-25 were equalities, scrutiny and risk "
        "management.", "", "4. Equalities", "",
        "- Training was delivered to 180 officers in February 2025."])
    path = write_document(tmp_path, year_end, "year-end.txt")
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "equalities", "scrutiny", "risk management"]
