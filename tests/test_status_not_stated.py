"""An item whose status the document does not give (a RAG cell whose shading a plain-text
copy lost: the programme contract allows a missing status since stop 32) is counted as
"not stated" by every count by status, never dropped from the totals."""

from __future__ import annotations

import warnings

import pandas as pd

import wlga_analysis as wa
from wlga_analysis import analysis, charts
from wlga_analysis.charts.style import _status_colours


def _programme_with_two_unrated() -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        programme = wa.load_programme()
    status = programme["status"].astype("object")
    status.iloc[[0, 5]] = None
    return programme.assign(status=pd.Series(status, dtype="str"))


def test_counts_by_priority_keep_every_item():
    programme = _programme_with_two_unrated()
    table = analysis.status_by_priority(programme)
    assert table["total"].sum() == len(programme)
    assert table["not stated"].sum() == 2
    assert list(table.columns[-2:]) == ["not stated", "total"]


def test_counts_by_quarter_and_partner_keep_every_item():
    programme = _programme_with_two_unrated()
    quarter = analysis.report_quarter(wa.load_metadata(kind="programme"))
    table = analysis.items_by_quarter(programme, quarter)
    assert table["total"].sum() == len(programme) and table["not stated"].sum() == 2
    partners = analysis.partners_by_status(programme)
    assert "<NA>" not in set(partners["status"]) and "nan" not in set(partners["status"])


def test_a_programme_with_every_status_given_has_no_not_stated_column():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        table = analysis.status_by_priority(wa.load_programme())
    assert "not stated" not in table.columns


def test_series_counts_keep_an_item_without_status():
    series = pd.DataFrame({"update": ["a", "a", "b"],
                           "update_date": ["2025-10-01", "2025-10-01", "2026-01-10"],
                           "status": pd.Series(["done", None, "at risk"], dtype="str")})
    table = analysis.status_by_update(series)
    assert table[["not stated", "total"]].to_numpy().tolist() == [[1, 2], [0, 1]]


def test_not_stated_is_grey_in_every_chart_and_named_in_the_alt_text():
    assert _status_colours(["done", "not stated"])["not stated"].upper() == "#BFBFBF"
    chart = charts.chart_status_by_priority(_programme_with_two_unrated())
    assert "not stated" in chart.alt_text
