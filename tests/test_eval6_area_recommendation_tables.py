"""Each area printed as a heading over its own small table of recommendations and leads
("### Area 2 – Glass" over "| Recommendation | Lead |"), with no Area or activity column: a
layout the sixth evaluation corpus showed (a collapsible web page printed to Word). Before,
no such table was read ("table not read": the recommendations table was empty).

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.read.html import read_html
from wlga_analysis.recommendations import load_areas, load_recommendations
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

PAPER = "\n".join([
    "# Waste and Recycling Working Group: Recommendations", "",
    "Date: 5 January 2026", "",
    "## Recycling", "",
    "### Area 1 – Food waste", "",
    "| Recommendation | Lead |",
    "|---|---|",
    "| R1. That councils collect food waste from all flats by 2027. | Local authorities |",
    "| R2. That Welsh Government funds new food waste vehicles. | Welsh Government & WLGA |",
    "",
    "### Area 2 – Glass", "",
    "| Recommendation | Lead |",
    "|---|---|",
    "| R3. That the last two councils collect glass separately. | Local authorities |", "",
    "## Markets", "",
    "### Area 3 – Recycled materials", "",
    "| Recommendation | Lead |",
    "|---|---|",
    "| R4. That the WLGA publishes prices for recycled materials every quarter. | WLGA |", "",
])

RECS = [[1, 1, ["LG"]], [2, 1, ["WG", "WLGA"]], [3, 2, ["LG"]], [4, 3, ["WLGA"]]]
AREAS = [[1, "Food waste", "Recycling"], [2, "Glass", "Recycling"],
         [3, "Recycled materials", "Markets"]]


@pytest.mark.parametrize("form", ["md", "docx"])
def test_each_area_heading_over_its_own_recommendation_and_lead_table(tmp_path, form):
    path = _write(tmp_path, PAPER, "waste.md")
    if form == "docx":
        page = html_page(PAPER.split("\n"), "recommendations")
        path = tmp_path / "waste.docx"
        path.write_bytes(docx_bytes(read_html(page), "auto"))
    recs = quietly(load_recommendations, path)
    assert [[r[0], r[1], list(r[2])] for r in _rows(recs, "rec_id", "area_id", "owners")] \
        == RECS
    assert recs["text"].tolist()[2] == "That the last two councils collect glass separately."
    assert _rows(quietly(load_areas, path), "area_id", "area", "theme") == AREAS


def test_a_count_of_items_after_an_area_name_is_not_part_of_it(tmp_path):
    counted = PAPER.replace("Area 1 – Food waste", "Area 1 – Food waste (2 recommendations)")
    counted = counted.replace("Area 2 – Glass", "Area 2 – Glass (1 recommendation)")
    path = _write(tmp_path, counted, "waste.md")
    assert _rows(quietly(load_areas, path), "area_id", "area", "theme") == AREAS
