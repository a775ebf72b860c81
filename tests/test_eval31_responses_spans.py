"""Layouts the thirty-first evaluation corpus showed, in documents written for these tests
(the asserted values are the careful reader's reading):

- a Government **response** quoting each recommendation "Recommendation N: That the Welsh
  Government and WLGA ...", then "Response: Accept", an explanation and "Financial
  implications: ...": the owners are the bodies the "That ..." clause names as acting; the
  response (decision, explanation, financial implications) is the Government's answer, not
  work of the report: no activities, the response kept in the notes;
- a recommendations table with **nested numbering** and **row-spanning** Area cells
  ("1" then the area's name, spanning the rows of refs 1.1, 1.2): every row of the span is
  in that area; owners printed as abbreviations the document's **glossary** defines
  ("LAs – local authorities" is LG; "NPAs – National Park Authorities" as its name); the
  bullets under "2.1 <area name>" sub-headings of an earlier section are the activities of
  the area of that name;
- the same table as a pandoc **grid table with row spans** (a spanned cell prints no rule
  under it).
"""

from __future__ import annotations

import pytest

from wlga_analysis.read.grid_tables import grid_table_lines
from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
)
from wlga_analysis.testing import quietly, table_rows

RESPONSE_MD = """# Welsh Government Response to the Rural Services Task Group Report

May 2026

# Introduction

The Task Group reported in March 2026 and made four recommendations.

# Transport

**Recommendation 1:** That local authorities and the WLGA develop a shared approach to
demand responsive transport.

**Response: Accept in principle**

Three councils already run pilots. We will fund an evaluation.

**Financial implications:** Up to £25,000 in 2026-27.

**Recommendation 2:** That the Welsh Government publishes guidance for councils on
community transport permits.

**Response: Accept**

Guidance has been drafted with the Community Transport Association.

**Financial implications:** None.

# Libraries

**Recommendation 3:** That the WLGA maps library opening hours across Wales.

**Response: Reject**

This is a matter for the WLGA.

**Financial implications:** None for the Welsh Government.

**Recommendation 4:** That councils and the Welsh Government agree a standard for mobile libraries.

**Response: Accept**

Work has started with the Society of Chief Librarians.

**Financial implications:** None.
"""

RESPONSE_HTML = """<!DOCTYPE html><html><head><title>Response</title></head><body><main>
<h1>Welsh Government response to the Coastal Councils Group report</h1>
<h2>Flood resilience</h2>
<div class="callout"><p><strong>Recommendation 1:</strong> That the Welsh Government and councils
agree a ten-year programme of coastal defence works.</p></div>
<p><strong>Response: Accept</strong></p>
<p>A programme board has been set up with the WLGA.</p>
<p><strong>Financial implications:</strong> Met from the Flood and Coastal Erosion budget.</p>
<div class="callout"><p><strong>Recommendation 2:</strong> That the WLGA shares good practice on
flood warden schemes.</p></div>
<p><strong>Response: Accept in principle</strong></p>
<p>This is a matter for the WLGA, which is already collecting case studies.</p>
<p><strong>Financial implications:</strong> None.</p>
</main></body></html>
"""

SPANS_HTML = """<!DOCTYPE html><html><head><title>Review</title></head><body><main>
<h1>Housing Review Panel: recommendations</h1>
<h2>1. Background</h2>
<p>The Panel was asked to look at housing supply and homelessness in 2025.</p>
<h2>2. Progress so far</h2>
<h3>2.1 Housing supply</h3>
<ul><li>Six councils have adopted new local development plans.</li>
<li>The land release protocol was agreed in January 2026.</li></ul>
<h3>2.2 Homelessness prevention</h3>
<ul><li>Every council now funds a prevention officer.</li></ul>
<h2>3. Recommendations</h2>
<table>
<tr><th>Area</th><th>Ref</th><th>Recommendation</th><th>Owner(s)</th><th>Timescale</th></tr>
<tr><td rowspan="2"><strong>1</strong> Housing supply</td><td>1.1</td>
<td>That LAs publish a register of empty homes.</td><td>LAs</td><td>By 2027</td></tr>
<tr><td>1.2</td><td>That NPAs review their affordable housing targets.</td><td>NPAs</td>
<td>2026-27</td></tr>
<tr><td rowspan="3"><strong>2</strong> Homelessness prevention</td><td>2.1</td>
<td>That the Welsh Government extends the prevention grant.</td><td>WG</td><td>2027-28</td></tr>
<tr><td>2.2</td><td>That LAs and the WLGA agree a common assessment form.</td>
<td>LAs / WLGA</td><td>By March 2027</td></tr>
<tr><td>2.3</td><td>That NPAs and LAs share waiting list data.</td><td>NPAs, LAs</td>
<td>Ongoing</td></tr>
</table>
<h2>Abbreviations</h2>
<p><strong>LAs</strong> &#8211; local authorities</p>
<p><strong>NPAs</strong> &#8211; National Park Authorities</p>
<p><strong>WG</strong> &#8211; Welsh Government</p>
</main></body></html>
"""

SPANS_GRID = """# Housing Review Panel: recommendations

# 1. Background

The Panel was asked to look at housing supply and homelessness in 2025.

# 2. Progress so far

## 2.1 Housing supply

-   Six councils have adopted new local development plans.
-   The land release protocol was agreed in January 2026.

## 2.2 Homelessness prevention

-   Every council now funds a prevention officer.

# 3. Recommendations

+--------------+------+---------------------------------+-----------+----------+
| Area         | Ref  | Recommendation                  | Owner(s)  | When     |
+==============+======+=================================+===========+==========+
| 1            | 1.1  | That LAs publish a register of  | LAs       | By 2027  |
|              |      | empty homes.                    |           |          |
| Housing      +------+---------------------------------+-----------+----------+
| supply       | 1.2  | That NPAs review their          | NPAs      | 2026-27  |
|              |      | affordable housing targets.     |           |          |
+--------------+------+---------------------------------+-----------+----------+
| 2            | 2.1  | That the Welsh Government       | WG        | 2027-28  |
|              |      | extends the prevention grant.   |           |          |
| Homelessness +------+---------------------------------+-----------+----------+
| prevention   | 2.2  | That LAs and the WLGA agree a   | LAs /     | By March |
|              |      | common assessment form.         | WLGA      | 2027     |
|              +------+---------------------------------+-----------+----------+
|              | 2.3  | That NPAs and LAs share waiting | NPAs, LAs | Ongoing  |
|              |      | list data.                      |           |          |
+--------------+------+---------------------------------+-----------+----------+

# Abbreviations

**LAs** -- local authorities\\
**NPAs** -- National Park Authorities\\
**WG** -- Welsh Government
"""

SPAN_AREAS = [[1, "Housing supply"], [2, "Homelessness prevention"]]
SPAN_RECS = [
    ["1.1", "Housing supply", ["LG"]],
    ["1.2", "Housing supply", ["National Park Authorities"]],
    ["2.1", "Homelessness prevention", ["WG"]],
    ["2.2", "Homelessness prevention", ["LG", "WLGA"]],
    ["2.3", "Homelessness prevention", ["National Park Authorities", "LG"]],
]
SPAN_ACTS = [
    [1, "Six councils have adopted new local development plans."],
    [1, "The land release protocol was agreed in January 2026."],
    [2, "Every council now funds a prevention officer."],
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval31")
    (path / "response.md").write_text(RESPONSE_MD, encoding="utf-8")
    (path / "response.html").write_text(RESPONSE_HTML, encoding="utf-8")
    (path / "spans.html").write_text(SPANS_HTML, encoding="utf-8")
    (path / "spans.md").write_text(SPANS_GRID, encoding="utf-8")
    return path


def test_a_response_reads_owners_from_the_that_clause(folder):
    recs = quietly(load_recommendations, folder / "response.md")
    assert table_rows(recs, "rec_id", "area", "owners") == [
        [1, "Transport", ["LG", "WLGA"]],
        [2, "Transport", ["WG"]],
        [3, "Libraries", ["WLGA"]],
        [4, "Libraries", ["LG", "WG"]],
    ]
    assert recs["text"].iloc[0] == ("That local authorities and the WLGA develop a shared "
                                    "approach to demand responsive transport.")


def test_a_response_is_an_activity_with_its_decision_as_status(folder):
    # (the package's rule since eval8: the response, what the government does, is an
    # activity of the recommendation's area, its status the decision as printed)
    acts = quietly(load_activities, folder / "response.md")
    assert table_rows(acts, "area_id", "status") == [
        [1, "Accept in principle"], [1, "Accept"], [2, "Reject"], [2, "Accept"]]
    assert acts["text"].iloc[0] == ("Three councils already run pilots. We will fund an "
                                    "evaluation. Financial implications: Up to £25,000 in "
                                    "2026-27.")
def test_a_response_web_page(folder):
    path = folder / "response.html"
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "owners") == [[1, ["WG", "LG"]], [2, ["WLGA"]]]
    acts = quietly(load_activities, path)
    assert table_rows(acts, "status") == [["Accept"], ["Accept in principle"]]
    assert acts["text"].iloc[0].startswith("A programme board has been set up with the WLGA.")


@pytest.mark.parametrize("name", ["spans.html", "spans.md"])
def test_row_spanning_area_cells_glossary_owners_and_section_activities(folder, name):
    path = folder / name
    assert table_rows(quietly(load_areas, path), "area_id", "area") == SPAN_AREAS
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_label", "area", "owners") == SPAN_RECS
    assert recs["text"].iloc[4] == "That NPAs and LAs share waiting list data."
    acts = quietly(load_activities, path)
    assert table_rows(acts, "area_id", "text") == SPAN_ACTS


def test_a_grid_table_row_span_leaves_the_spanned_cell_empty_below():
    lines = ["+-----+-----+------+", "| Area| Ref | Text |", "+=====+=====+======+",
             "| 1   | 1.1 | Do   |", "| Big +-----+------+", "| one | 1.2 | That |",
             "+-----+-----+------+"]
    out = grid_table_lines(lines)
    assert out[1] == "| Area | Ref | Text |"
    assert out[3] == "| 1 Big one | 1.1 | Do |"
    assert out[4] == "" and out[6] == ""
    assert out[5] == "|  | 1.2 | That |"
