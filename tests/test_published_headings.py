"""Headings as publishers print them in Markdown and web pages.

- A programme update whose numbered sections are Markdown headings ("### 3. Member
  Support") has those sections and their items, as if the headings were numbered paragraphs.
- A recommendations table printed under its own heading ("## Regional working" just before
  the header row) takes that heading as its theme; a heading followed by prose stays a note.
"""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import config

DATA = config.PROJ_ROOT / "tests" / "data" / "markdown"


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        yield


def test_numbered_markdown_headings_are_programme_sections():
    path = DATA / "programme-numbered-headings.md"
    items = wa.load_programme(path)
    assert items["item_id"].tolist() == ["3.1", "3.2", "4.1", "5.1"]
    assert items["section"].tolist() == ["Member Support", "Member Support",
                                         "Governance and Performance", "Workforce"]
    assert items["topic"].tolist()[:2] == ["Induction", "Mentoring"]
    assert items["status"].tolist() == ["done", "in progress", "planned", "at risk"]
    assert items["status_rule"].tolist() == ["tag"] * 4
    assert wa.quarter_label(items["quarter"]).tolist()[2:] == ["2023-24 Q3", "2023-24 Q2"]
    assert wa.load_priorities(path)["priority"].tolist() == [
        "Member Support", "Governance and Performance", "Workforce"]


def test_a_heading_just_before_a_table_is_its_theme():
    path = DATA / "recommendations-theme-headings.md"
    areas = wa.load_areas(path)
    assert areas["theme"].tolist() == ["Regional working", "Finance and funding"]
    notes = wa.load_recommendations_notes(path)["text"].tolist()
    assert "Remit of the Sub Group" in notes  # a heading over prose stays a note
    assert "Regional working" not in notes
    assert wa.load_recommendations(path)["owners"].tolist() == [["WLGA", "WG"], ["WG"]]


def test_a_progress_section_printed_only_as_tables_gives_its_rows_as_items():
    items = wa.load_programme(DATA / "programme-all-tables.md")
    assert items["item_id"].tolist() == ["2.1", "2.2", "3.1"]
    assert items["status"].tolist() == ["done", "at risk", "in progress"]
    assert items["status_rule"].tolist() == ["column"] * 3
    assert wa.quarter_label(items["quarter"]).tolist() == ["2023-24 Q2", "2024-25 Q1",
                                                           "2023-24 Q3"]
    assert items["partners"].tolist() == [["Audit Wales"], ["Data Cymru"], ["Academi Wales"]]
