"""A progress report whose only status is the percentage of each milestone complete (the
nineteenth evaluation corpus's prog19b layout): 100% done, 0% planned, else in progress,
whatever the milestone's wording says; the numbered workstream headings over the tables
its priorities; pandoc's hard line breaks ending its bold cover lines.

The document is written for the test, in a layout of the family that differs from the
corpus: "Percent complete" columns with "100 %" cells, "No. | Action | Owner | Target"
columns, level-3 workstream headings, two workstreams. The asserted values are the careful
reader's reading.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.interpret.programme.percent_complete import is_percent_header, percent_status
from wlga_analysis.programme import parse_programme

DOC = Path(__file__).parent / "data" / "eval19" / "percent" / "libraries-percent.md"


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return parse_programme(read_document(DOC, "programme"))


def test_status_is_the_percentage_not_the_wording(parsed):
    got = [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label)
           for r in parsed.programme.itertuples()]
    assert got == [
        ("1.1", 1, "Branch refurbishment designs finished", "done", "2025-26 Q3"),
        ("1.2", 1, "Self-service kiosks installed in all branches", "in progress",
         "2026-27 Q1"),
        ("2.1", 2, "Wi-Fi upgrade completed with Jisc", "in progress", "2025-26 Q4"),
        ("2.2", 2, "E-book lending scheme launched", "planned", "2026-27 Q2"),
    ]


def test_workstreams_are_the_priorities_and_cover_date_read(parsed):
    assert parsed.priorities["priority"].tolist() == ["Buildings", "Digital access"]
    assert parsed.programme["priority"].tolist() == ["Buildings", "Buildings",
                                                     "Digital access", "Digital access"]
    assert str(parsed.metadata["date"]) == "2026-01-20"


def test_percent_cells_and_headers():
    assert [percent_status(c) for c in ("100%", "0 %", "45%", "Green", "120%")] == [
        "done", "planned", "in progress", None, None]
    assert is_percent_header("% complete") and is_percent_header("Percent complete")
    assert not is_percent_header("Complete") and not is_percent_header("Budget (%)")


def test_one_table_split_by_workstream_rows():
    """One table for the programme (a PDF's layout, here as Markdown), its workstreams
    full-width rows with no number: each a section, numbered in order."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        got = parse_programme(read_document(DOC.parent / "leisure-one-table.md", "programme"))
    items = [(int(r.paragraph), r.text, r.status, r.quarter_label)
             for r in got.programme.itertuples()]
    assert items == [
        (1, "Free swimming for under-16s extended to all pools", "done", "2026-27 Q2"),
        (1, "Community sport grants scheme reopened", "planned", "2026-27 Q4"),
        (2, "Play area renewal programme finished in five parks", "in progress",
         "2026-27 Q3"),
        (2, "Tree planting plan agreed with Natural Resources Wales", "done", "2026-27 Q1"),
    ]
    assert got.priorities["priority"].tolist() == ["Sport and physical activity",
                                                   "Parks and open spaces"]
