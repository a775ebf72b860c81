"""Document metadata from one call."""

from __future__ import annotations

import datetime as dt

from wlga_analysis import load_metadata


def test_programme_metadata():
    meta = load_metadata()
    assert meta["date"] == dt.date(2021, 10, 22)
    assert meta["financial_year"] == "2021-22"
    assert "IMPROVEMENT PROGRAMME 2021-22" in meta["title"].upper()
    assert meta["publisher"] == "Welsh Local Government Association (WLGA)"
    assert meta["file"] == "improvement-programme-2021-22-update.txt"
    assert len(meta["sha256"]) == 64


def test_recommendations_metadata_is_undated():
    meta = load_metadata(kind="recommendations")
    assert meta["title"] == "Working Group on Local Government Recommendations"
    assert meta["date"] is None
    assert "2019-20" in meta["date_note"]


def test_a_document_by_path_has_no_provenance(tmp_path):
    path = tmp_path / "update.txt"
    path.write_text("14th June 2023\n\nWLGA IMPROVEMENT PROGRAMME 2023-24 UPDATE\n\n"
                    "Progress Update\n\n1. Corporate Capability\n\n- Work has commenced.\n")
    meta = load_metadata(path)
    assert meta["date"] == dt.date(2023, 6, 14)
    assert meta["financial_year"] == "2023-24"
    assert meta["publisher"] is None
