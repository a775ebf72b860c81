"""Recommendations papers of the shipped kind written by other hands (eval29's families).

Documents in ``tests/data/eval29``, written for these tests (other subjects, years and
owners than the corpus):

- ``transport-group-table.md`` / ``.html``: a working group's table, themes printed as rows
  inside the table (a bold pipe row; a ``<th colspan scope="rowgroup">`` row on the web
  page), an area's activities as "• ...<br>• ..." bullets in one pipe cell (on the web
  page "<p>• ...</p>" paragraphs), and one cell reading "• None to date." (no activity:
  reported, not read as one);
- ``housing-review-parts.md`` / ``.html``: a review group's report, "Part A – Supply"
  themes over "A1 Leasing schemes" areas (the area's code numbers it within its part), each
  with "Activity underway" and "Recommendations" parts; the web page prints the areas and
  their parts' labels in the same ``<h3>``.

A careful reader's reading is written out below.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

DATA = Path(__file__).parent / "data" / "eval29"
TABLE = [DATA / "transport-group-table.md", DATA / "transport-group-table.html"]
PARTS = [DATA / "housing-review-parts.md", DATA / "housing-review-parts.html"]

TABLE_AREAS = [("Franchising", "Bus services"), ("Rural routes", "Bus services"),
               ("School journeys", "Active travel")]
TABLE_ACTIVITIES = ["A franchising timetable was published in July 2026.",
                    "Two councils seconded officers to Transport for Wales.",
                    "Nine councils mapped safe routes to school in 2026."]
PARTS_AREAS = [("Leasing schemes", "Supply"), ("Empty homes", "Supply"),
               ("Tenancy support", "Support")]
PARTS_RECS = [("1", "Leasing schemes"), ("2", "Empty homes"), ("3", "Tenancy support")]


def _load(path: Path) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {"areas": wa.load_areas(path), "activities": wa.load_activities(path),
                "recs": wa.load_recommendations(path), "notes": wa.load_recommendations_notes(path)}


@pytest.fixture(scope="module", params=TABLE, ids=lambda p: p.suffix)
def table(request):
    return _load(request.param)


@pytest.fixture(scope="module", params=PARTS, ids=lambda p: p.suffix)
def parts(request):
    return _load(request.param)


def test_theme_rows_inside_the_table_are_themes(table):
    got = list(zip(table["areas"]["area"], table["areas"]["theme"], strict=True))
    assert got == TABLE_AREAS


def test_bullets_of_one_cell_are_activities_and_none_to_date_is_none(table):
    assert table["activities"]["text"].tolist() == TABLE_ACTIVITIES
    assert len(table["recs"]) == 3


@pytest.mark.parametrize("path", TABLE, ids=lambda p: p.suffix)
def test_none_to_date_is_reported(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_recommendations(read_document(path, "recommendations"))
    placeholders = [i for i in parsed.issues if i.check == "placeholder"]
    assert len(placeholders) == 1 and "None to date" in placeholders[0].message


def test_area_codes_are_not_part_of_the_names(parts):
    got = list(zip(parts["areas"]["area"], parts["areas"]["theme"], strict=True))
    assert got == PARTS_AREAS
    assert parts["areas"]["theme_no"].tolist() == ["A", "A", "B"]


def test_each_recommendation_in_its_area(parts):
    got = [(str(r.rec_id), r.area) for r in parts["recs"].itertuples()]
    assert got == PARTS_RECS
    names = dict(zip(parts["areas"]["area_id"], parts["areas"]["area"], strict=True))
    assert parts["activities"]["area_id"].map(names).tolist() == [a for a, _ in PARTS_AREAS]
