"""The data-quality report lists what the sources get wrong or leave open."""

from __future__ import annotations

import pytest

from wlga_analysis import DataQualityWarning, data_quality_report, load_activities


@pytest.fixture(scope="module")
def report():
    return data_quality_report()


def test_report_columns_and_order(report):
    assert report.columns.tolist() == ["document", "table", "check", "item", "source_line",
                                       "message"]
    assert set(report["document"]) == {"working-group-recommendations.txt",
                                       "improvement-programme-2021-22-update.txt"}


def test_activity_numbering_duplicate_and_gap_are_reported(report):
    acts = report[report["table"] == "activities"]
    assert "15" in acts.loc[acts["check"].str.contains("duplicate"), "item"].tolist()
    assert "19" in acts.loc[acts["check"].str.contains("gap"), "item"].tolist()


def test_recommendations_without_owner_are_reported(report):
    assert report.loc[report["check"] == "no owner", "item"].tolist() == ["13", "16", "17"]


def test_items_with_no_timing_are_reported(report):
    programme = report[report["table"] == "programme"]
    assert programme["check"].str.contains("timing").sum() >= 10


def test_every_issue_names_a_line(report):
    assert report["source_line"].notna().all()


def test_loaders_warn_with_one_documented_class():
    with pytest.warns(DataQualityWarning, match=r"line \d+: .*15"):
        load_activities()
