"""Recommendations in a matrix of themes by timescales (the family of the nineteenth
evaluation corpus's rec19a, an independent review whose chapters discuss the
recommendations in prose with pointers "(recommendation 3)" and whose closing table has a
row per theme and a column per timescale, "Immediate (0-6 months) | Medium term (6-18
months) | Longer term (18 months +)"), in documents written for these tests in other
publishers' manner (the asserted values are the careful reader's reading, written before
the code ran):

- **a web page** (``libraries-review.html``, a WLGA review of libraries): chapters as
  ``<h2>``, a statistics table before the matrix (no recommendations), the matrix under
  "Summary of recommendations" with ``<thead>`` cells "Priority | Short term (by March
  2027) | Medium term (2027-28) | Long term (2028 onwards)", ``<th scope="row">`` themes,
  empty cells "n/a", a cell of two ``<p>`` recommendations; an owner the code list does not
  know ("Library services") kept as printed and reported; a chapter sentence "We
  recommend that councils should ..." that is prose, not a recommendation;
- **Markdown** (``social-care-review.md``, a review for ADSS Cymru): numbered paragraphs
  "1.1", a pipe table "Theme | Year 1 | Years 2-3 | Years 4-5", two recommendations in one
  cell apart by ``<br>``, owners "Health boards and councils" (-> Health boards, LG) and
  "Social Care Wales".

Each numbered paragraph of a timescale cell is a recommendation (rec_id its number, area
the row's theme, the column header its ``timescale``), owners the sentence's subject; the
chapters (and their pointers) are notes. Before: the loaders read the chapter prose as the
recommendations (the pointer "(recommendation 1)" numbering a prose sentence) or raised
ParseError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import RecommendationsParse, parse_recommendations
from wlga_analysis.testing import quietly, table_rows
from wlga_analysis.testing.coverage import words_in_no_table

DATA = Path(__file__).parent / "data" / "eval19" / "rec19a"

#: The careful reader's reading: areas, then (rec_id, area, text, owners, timescale).
READINGS = {
    "libraries-review.html": {
        "title": "Open doors: a review of public libraries in Wales",
        "areas": ["Buildings", "People and skills"],
        "recs": [
            [1, "Buildings", "Councils should move branch libraries into shared community "
             "buildings where leases allow.", ["LG"], "Short term (by March 2027)"],
            [2, "Buildings", "The Welsh Government and the WLGA should set up a capital fund "
             "for library buildings.", ["WG", "WLGA"], "Long term (2028 onwards)"],
            [3, "People and skills", "The WLGA should publish a digital skills framework "
             "for library staff.", ["WLGA"], "Short term (by March 2027)"],
            [4, "People and skills", "Library services should offer digital support "
             "sessions in every branch.", ["Library services"], "Short term (by March 2027)"],
            [5, "People and skills", "Councils should share specialist staff across county "
             "borders.", ["LG"], "Medium term (2027-28)"],
        ],
        "unknown": ["4"],
    },
    "social-care-review.md": {
        "title": "Caring together: a review of domiciliary care commissioning",
        "areas": ["Commissioning", "Workforce"],
        "recs": [
            [1, "Commissioning", "Councils should buy domiciliary care together through "
             "regional frameworks.", ["LG"], "Year 1"],
            [2, "Workforce", "The Welsh Government should fund a common minimum rate for "
             "care workers.", ["WG"], "Year 1"],
            [3, "Workforce", "Health boards and councils should keep one regional register "
             "of care workers.", ["Health boards", "LG"], "Years 2-3"],
            [4, "Workforce", "Social Care Wales should publish the register's numbers each "
             "year.", ["Social Care Wales"], "Years 2-3"],
            [5, "Workforce", "The WLGA should review the frameworks with ADSS Cymru.",
             ["WLGA"], "Years 4-5"],
        ],
        "unknown": ["3", "4"],
    },
}


@pytest.fixture(scope="module", params=sorted(READINGS))
def parsed(request) -> tuple[str, RecommendationsParse, tuple[str, ...]]:
    doc = read_document(DATA / request.param, "recommendations")
    return request.param, quietly(parse_recommendations, doc), doc.lines


def test_the_matrix_is_read(parsed):
    name, result, _ = parsed
    reading = READINGS[name]
    assert result.title == reading["title"]
    assert result.areas["area"].tolist() == reading["areas"]
    assert table_rows(result.recommendations, "rec_id", "area", "text", "owners",
                      "timescale") == reading["recs"]
    assert result.activities.empty


def test_unknown_owners_are_reported_not_invented(parsed):
    name, result, _ = parsed
    unknown = sorted({i.item for i in result.issues if i.check == "unknown owner code"})
    assert unknown == READINGS[name]["unknown"]
    assert "read from a timescale matrix" in {i.check for i in result.issues}


def test_the_chapters_are_notes_and_nothing_is_lost(parsed):
    _, result, lines = parsed
    notes = " ".join(result.notes["text"])
    assert "(recommendation 1)" in notes  # (the pointers stay prose)
    lost = words_in_no_table(lines, (result.areas, result.recommendations, result.notes))
    assert lost - {"p", "b", "br", "n"} == set()  # ("n/a": an empty cell's placeholder)


def test_a_prose_recommendation_in_a_chapter_is_no_second_copy(parsed):
    _, result, _ = parsed
    assert not any("should also" in t or "buy it together" in t
                   for t in result.recommendations["text"])
