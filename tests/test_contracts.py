"""Table contracts: checks that can fail, and the generated data dictionary."""

from __future__ import annotations

import pandas as pd
import pytest

from wlga_analysis import config
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
