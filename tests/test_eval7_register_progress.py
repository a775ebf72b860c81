"""An action plan printed as one register table per area heading ("## Area 2: ..." over
"Ref | Recommendation | Owner | By when | Progress | Status"): the Progress cell of each row is
that row's activity (no number printed; numbered in reading order and reported), its status
the row's Status cell; each area heading starts its own area. A layout the seventh evaluation
corpus showed (rec29). Before, the progress cells were joined into the first area's remit and
every recommendation fell in area 1.

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.read.html import read_html
from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

HEADER = ["| Ref | Recommendation | Owner | By when | Progress | Status |",
          "|---|---|---|---|---|---|"]
PAPER = "\n".join([
    "# Libraries Working Group: Action Plan Update", "",
    "Date: 3 February 2026", "",
    "## Area 1: Opening hours", "",
    *HEADER,
    "| 1 | That councils publish library opening hours in one place. | LG | by the end of Q3 "
    "| Eleven councils have published their hours. | In progress |",
    "| 2 | That Welsh Government funds weekend opening pilots. | WG/WLGA | FY 2026/27 "
    "| Two pilots were funded. | Complete |", "",
    "## Area 2: Digital lending", "",
    *HEADER,
    "| 3 | That the WLGA negotiates a national e-book licence. | WLGA | during the autumn term "
    "| Not yet started. | Not started |", "",
])


@pytest.mark.parametrize("form", ["md", "docx"])
def test_each_progress_cell_of_a_register_is_the_rows_activity(tmp_path, form):
    path = _write(tmp_path, PAPER, "libraries.md")
    if form == "docx":
        page = html_page(PAPER.split("\n"), "recommendations")
        path = tmp_path / "libraries.docx"
        path.write_bytes(docx_bytes(read_html(page), "literal"))
    assert _rows(quietly(load_areas, path), "area_id", "area") == \
        [[1, "Opening hours"], [2, "Digital lending"]]
    recs = quietly(load_recommendations, path)
    assert _rows(recs, "rec_id", "area_id") == [[1, 1], [2, 1], [3, 2]]
    acts = quietly(load_activities, path)
    assert _rows(acts, "activity_no", "area_id", "text", "status") == [
        [1, 1, "Eleven councils have published their hours.", "In progress"],
        [2, 1, "Two pilots were funded.", "Complete"],
        [3, 2, "Not yet started.", "Not started"]]
