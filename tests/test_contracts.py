"""Table contracts: checks that can fail, and the generated data dictionary."""

from __future__ import annotations

import pandas as pd
import pytest

from wlga_analysis import config, contracts
from wlga_analysis.contracts import TABLES, data_dictionary_markdown, validate
from wlga_analysis.errors import ParseError


def _areas(**changes):
    frame = pd.DataFrame({"area_id": [1, 2], "area": ["A", "B"], "theme": ["T", "T"],
                          "remit": ["r", "s"], "source_line": [10, 12]})
    return frame.assign(**changes)


def test_a_valid_table_passes_unchanged():
    frame = _areas()
    assert validate(frame, "areas").equals(frame)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"area_id": [1, 1]}, "area_id"),
        ({"area": ["A", None]}, "area"),
        ({"source_line": ["10", "12"]}, "source_line"),
    ],
)
def test_a_broken_table_is_a_parse_error_naming_the_column(changes, message):
    with pytest.raises(ParseError, match=message):
        validate(_areas(**changes), "areas")


def test_list_and_period_columns_are_checked():
    grants = pd.DataFrame({"grant": ["g"], "amount_gbp": [1], "financial_year": ["2021-22"],
                           "financial_year_stated": [True], "purpose": ["p"],
                           "paragraphs": [["4"]], "source_line": [1]})
    with pytest.raises(ParseError, match="lists of int"):
        validate(grants, "grants")


def test_every_table_has_a_source_line_column():
    for table in TABLES.values():
        assert "source_line" in [c.name for c in table.columns], table.name


def test_the_committed_data_dictionary_is_current():
    committed = (config.PROJ_ROOT / "docs" / "data-dictionary.md").read_text()
    assert committed == data_dictionary_markdown(), \
        "run `python -m wlga_analysis dictionary` and commit docs/data-dictionary.md"


def _owners(**changes):
    frame = pd.DataFrame({"rec_seq": [1, 1], "rec_id": [6, 6], "owner": ["WLGA", "LG"],
                          "owner_name": ["Welsh Local Government Association",
                                         "Local government"],
                          "owner_position": [1, 2], "joint": [True, True],
                          "source_line": [17, 17]})
    frame["owner"] = frame["owner"].astype("str")
    frame["owner_name"] = frame["owner_name"].astype("str")
    return frame.assign(**changes)


def test_a_repeated_composite_key_is_refused():
    assert validate(_owners(), "recommendation_owners") is not None
    with pytest.raises(ParseError, match=r"key \(rec_seq, owner\) must be unique, "
                                         r"\(1, 'WLGA'\) is repeated"):
        validate(_owners(owner=pd.Series(["WLGA", "WLGA"], dtype="str")),
                 "recommendation_owners")


def test_missing_values_of_every_kind_are_found():
    quarters = pd.Series([pd.Period("2021Q3", freq="Q-MAR"), pd.NaT], dtype="period[Q-MAR]")
    numbers = pd.Series([1, pd.NA], dtype="Int64")
    texts = pd.Series(["a", None], dtype="str")
    for series in (quarters, numbers, texts):
        assert [contracts._is_missing(v) for v in series.tolist()] == [False, True]
    with pytest.raises(ParseError, match="area: 1 missing value"):
        validate(_areas(area=pd.Series(["A", None], dtype="str")), "areas")
    with pytest.raises(ParseError, match=r"source_line: expected int64, found Int64"):
        validate(_areas(source_line=pd.Series([1, pd.NA], dtype="Int64")), "areas")
    with pytest.raises(ParseError, match="owner: 1 missing value"):
        validate(_owners(owner=pd.Series(["WLGA", None], dtype="str")),
                 "recommendation_owners")


def test_repeated_column_names_are_refused():
    frame = pd.concat([_areas(), _areas()[["area"]]], axis=1)
    with pytest.raises(ParseError, match="column names must be unique, 'area'"):
        validate(frame, "areas")
