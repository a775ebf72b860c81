"""A council cabinet report whose programme update is an appendix (the twelfth evaluation
corpus's prog12a layout): numbered report paragraphs (purpose, background, financial and
other impacts) frame the paper, and the progress is one action table in "Appendix 1" after
them, its rows grouped by a sub-heading row across the table.

Every document here is written for the test (its own council, themes, timings and
wording), in the forms a publisher prints. The asserted values are the careful reader's
reading, written before the code ran.
"""

from __future__ import annotations

import pytest

import wlga_analysis as wa
from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

BODY = [
    "**Report of:** Head of Housing  ", "**Date of meeting:** 14/10/2025  ", "",
    "# Housing Support Programme 2025-26: Quarter 2 Update", "",
    "## 1. Purpose of the Report", "",
    "1.1 To update Cabinet on the housing support action plan, set out in Appendix 1.", "",
    "## 2. Financial Implications", "",
    "2.1 The action plan is met from existing budgets.", "",
    "## 3. Equalities Impacts", "",
    "3.1 There are no equalities impacts arising from this update.", "",
    "## 4. Reasons for the Decision", "",
    "4.1 To keep members informed of delivery.", "",
    "## Appendices", "",
    "Appendix 1 – Housing support action plan", "",
]
HEADER = ["| Ref | Action | Lead | Due | Status |", "|---|---|---|---|---|"]
MARKDOWN = "\n".join([
    *BODY, "# Appendix 1 – Housing support action plan: update at 30/09/2025", "",
    *HEADER,
    "| **Theme 1 – Homelessness prevention** |  |  |  |  |",
    "| 1.1 | Open a single advice line for people at risk of losing their home. "
    "| Housing Options Manager | 30/06/2025 | Complete |",
    "| 1.2 | Train frontline staff in early intervention. | Housing Options Manager "
    "| 31/03/2026 | On track |",
    "| **Theme 2 – Temporary accommodation** |  |  |  |  |",
    "| 2.1 | Reduce the use of bed and breakfast for families. | Head of Housing "
    "| 31/12/2025 | At risk |",
])

HTML = """<!DOCTYPE html><html><head><title>Cabinet</title></head><body>
<dl><dt>Report of</dt><dd>Head of Housing</dd><dt>Date of meeting</dt><dd>14/10/2025</dd></dl>
<h1>Housing Support Programme 2025-26: Quarter 2 Update</h1>
<h2>1. Purpose of the Report</h2>
<p><span>1.1</span> To update Cabinet on the housing support action plan, set out in
Appendix 1.</p>
<h2>2. Financial Implications</h2>
<p><span>2.1</span> The action plan is met from existing budgets.</p>
<h2>3. Equalities Impacts</h2>
<p><span>3.1</span> There are no equalities impacts arising from this update.</p>
<h2>4. Reasons for the Decision</h2>
<p><span>4.1</span> To keep members informed of delivery.</p>
<h2>Appendix 1 – Housing support action plan: update at 30/09/2025</h2>
<table>
<thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>Status</th></tr></thead>
<tbody><tr><th colspan="5" scope="colgroup">Homelessness prevention</th></tr>
<tr><td>1.1</td><td>Open a single advice line for people at risk of losing their home.</td>
<td>Housing Options Manager</td><td>30/06/2025</td><td>Complete</td></tr>
<tr><td>1.2</td><td>Train frontline staff in early intervention.</td>
<td>Housing Options Manager</td><td>31/03/2026</td><td>On track</td></tr></tbody>
<tbody><tr><th colspan="5" scope="colgroup">Temporary accommodation</th></tr>
<tr><td>2.1</td><td>Reduce the use of bed and breakfast for families.</td>
<td>Head of Housing</td><td>31/12/2025</td><td>At risk</td></tr></tbody>
</table></body></html>
"""


@pytest.mark.parametrize("form", ["md", "html"])
def test_appendix_table_rows_are_the_items_under_their_sub_headings(tmp_path, form):
    path = _write(tmp_path, MARKDOWN if form == "md" else HTML, f"cabinet.{form}")
    prog = quietly(load_programme, path)
    # the report's numbered paragraphs (1.1 ... 4.1) frame the paper: no item; the rows
    # across the table are the sections of the rows under them, not items
    assert _rows(prog, "item_id", "paragraph", "status", "quarter_label") == [
        ["1.1", 1, "done", "2025-26 Q1"],
        ["1.2", 1, "in progress", "2025-26 Q4"],
        ["2.1", 2, "at risk", "2025-26 Q3"]]
    assert prog["section"].tolist() == ["Homelessness prevention"] * 2 + [
        "Temporary accommodation"]
    assert prog["text"].tolist()[1] == "Train frontline staff in early intervention."
    # (a cover block's label alone on its line, "<dt>Report of</dt>", is no title)
    meta = quietly(wa.load_metadata, path)
    assert meta["title"] == "Housing Support Programme 2025-26: Quarter 2 Update"
    assert str(meta["date"]) == "2025-10-14"


def test_a_report_without_an_appendix_table_is_read_as_before(tmp_path):
    # (numbered sections over lists, no appendix: the report's own sections are the items')
    text = "\n".join([
        "# Housing Support Update", "", "Date: 14/10/2025", "",
        "## 1. Homelessness prevention", "",
        "- A single advice line opened in June 2025 (complete).", "",
        "## 2. Temporary accommodation", "",
        "- Fewer families in bed and breakfast by December 2025 (on track).", "",
        "Appendix 1 – Background papers", ""])
    prog = quietly(load_programme, _write(tmp_path, text, "plain.md"))
    assert prog["paragraph"].tolist() == [1, 2]


REVISED = "\n".join([
    "# Housing Support Programme 2025-26: Quarter 3 Update", "", "Date: 12/01/2026", "",
    "## Progress Update", "",
    "1. Homelessness prevention", "",
    "- Open a single advice line: 30/11/2025 revised 30/06/2026 (at risk).", "",
    "- Train frontline staff by 31/12/2025 (complete).", "",
    "2. Temporary accommodation", "",
    "- Reduce the use of bed and breakfast: March 2026 (revised date: May 2026).", "",
])


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_revised_date_beside_the_original_is_the_milestone(tmp_path, form):
    from wlga_analysis.testing.publish import html_page

    text = REVISED if form == "md" else html_page(REVISED.split("\n"), "programme")
    prog = quietly(load_programme, _write(tmp_path, text, f"revised.{form}"))
    assert _rows(prog, "item_id", "quarter_label") == [
        ["1.1", "2026-27 Q1"], ["1.2", "2025-26 Q3"], ["2.1", "2026-27 Q1"]]


AWARD = "\n".join([
    "# Housing Support Programme 2025-26: Quarter 3 Update", "", "Date: 12/01/2026", "",
    "## Progress Update", "",
    "1. Homelessness prevention", "",
    "- Open a single advice line by March 2026 (on track).", "",
    "## Funding", "",
    "A Tenancy Sustainment Fund award of £45,000 in 2025-26 pays for the advice line.", "",
])


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_named_fund_award_is_the_funds_grant(tmp_path, form):
    from wlga_analysis.programme import load_grants
    from wlga_analysis.testing.publish import html_page

    text = AWARD if form == "md" else html_page(AWARD.split("\n"), "programme")
    grants = quietly(load_grants, _write(tmp_path, text, f"award.{form}"))
    assert _rows(grants, "grant", "amount_gbp", "financial_year") == [
        ["Tenancy Sustainment Fund", 45000, "2025-26"]]


def test_an_action_with_empty_cells_is_no_sub_heading():
    from wlga_analysis.interpret.programme.appendix import _sub_heading
    from wlga_analysis.interpret.programme.common import _Row

    def row(first: str) -> _Row:
        return _Row("table row", 4, None, None, first, 9, cells={"A": first, "B": "", "C": ""})

    assert _sub_heading([row("Theme 2 – Data")], 0) == "Theme 2 – Data"
    assert _sub_heading([row("Train twenty data champions.")], 0) is None
    assert _sub_heading([row("2.4")], 0) is None
