"""Recommendations printed as the minutes of a task and finish group: "Item N:" headings,
"Resolved:" over lettered resolutions "(a) That ...", and "Action: <who> – <when>" lines
giving each resolution its owner in order. The sixth evaluation corpus found such minutes
ending in a ParseError ("found neither"). The document is written for the test; the
asserted values are the careful reader's reading (area = the item's number, rec_id = the
item's number with the letter as its label, as "3a" is read).
"""

from __future__ import annotations

import pytest

from wlga_analysis.read.html import read_html
from wlga_analysis.recommendations import load_areas, load_recommendations
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

MINUTES = "\n".join([
    "Minutes of the Climate Change Task and Finish Group", "",
    "Meeting held on Tuesday 10 March 2026 at 2.00pm", "",
    "Item 1: Apologies", "",
    "Apologies were received from two members.", "",
    "Item 2: Net zero reporting", "",
    "Officers reported that all councils have submitted their 2024-25 net zero returns.", "",
    "Resolved:", "",
    "(a) That Welsh Government simplifies the net zero reporting guidance.", "",
    "(b) That councils publish their net zero returns on their websites.", "",
    "Action: Head of Decarbonisation, Welsh Government – Q2 2026/27", "",
    "Action: Chief Executives, all councils – by the end of the financial year", "",
    "Item 3: Fleet", "",
    "Resolved:", "",
    "(a) That the WLGA shares a model specification for electric refuse vehicles.", "",
    "Action: Head of Climate Change, WLGA – Spring 2026", "",
    "Item 4: Any other business", "",
    "None.", "",
])

#: rec_id, rec_label, area_id, owners
RECS = [[2, "2a", 2, ["WG"]], [2, "2b", 2, ["LG"]], [3, "3a", 3, ["WLGA"]]]


@pytest.mark.parametrize("form", ["txt", "html", "docx"])
def test_resolutions_under_meeting_items_with_action_lines(tmp_path, form):
    path = _write(tmp_path, MINUTES, "climate.txt")
    if form != "txt":
        page = html_page(MINUTES.split("\n"), "recommendations")
        path = _write(tmp_path, page, "climate.html")
        if form == "docx":
            path = tmp_path / "climate.docx"
            path.write_bytes(docx_bytes(read_html(page), "auto"))
    recs = quietly(load_recommendations, path)
    assert [[r[0], r[1], r[2], list(r[3])] for r in _rows(
        recs, "rec_id", "rec_label", "area_id", "owners")] == RECS
    assert recs["text"].tolist()[0].startswith("That Welsh Government simplifies")
    assert _rows(quietly(load_areas, path), "area_id", "area") == [
        [2, "Net zero reporting"], [3, "Fleet"]]
