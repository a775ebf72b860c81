"""The contract checks through pandas give the same problems as the checks value by value."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis import contracts
from wlga_analysis.contracts import Column

_WORDS = st.sampled_from(["title", "heading", "paragraph", "note", "a", "b"])


def _column(kind: str) -> st.SearchStrategy[Column]:
    allowed = st.sampled_from([None, ("title", "heading", "paragraph")]) if kind == "str" \
        else st.just(None)
    return st.builds(Column, st.just("c"), st.just(kind), st.just("d"),
                     nullable=st.booleans(), allowed=allowed, unique=st.booleans())


def _values(kind: str) -> st.SearchStrategy[pd.Series]:
    small = st.integers(-3, 3)
    if kind == "str":
        return st.lists(st.one_of(_WORDS, st.none()), max_size=8).map(
            lambda v: pd.Series(v, dtype="str"))
    if kind == "int":
        return st.lists(small, max_size=8).map(lambda v: pd.Series(v, dtype="int64"))
    if kind == "Int":
        return st.lists(st.one_of(small, st.none()), max_size=8).map(
            lambda v: pd.Series(v, dtype="Int64"))
    if kind == "bool":
        return st.lists(st.booleans(), max_size=8).map(lambda v: pd.Series(v, dtype="bool"))
    return st.lists(st.one_of(st.sampled_from(["2021Q1", "2021Q2", "2022Q4"]), st.none()),
                    max_size=8).map(lambda v: pd.Series(pd.PeriodIndex(v, freq="Q-MAR")))


@st.composite
def _typed_columns(draw):
    kind = draw(st.sampled_from(["str", "int", "Int", "bool", "period"]))
    return draw(_column(kind)), draw(_values(kind))


@settings(max_examples=300, deadline=None)
@given(_typed_columns())
def test_checks_through_pandas_match_the_checks_value_by_value(case):
    col, series = case
    assert contracts._typed_fast_path(col, series.dtype)
    _, expected = contracts._column_problems(col, series.dtype, series.tolist())
    assert contracts._typed_column_problems(col, series) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["x", "y"]), st.integers(1, 2),
                          st.sampled_from(["2021-22", "2022-23"]), st.booleans()),
                min_size=1, max_size=6))
def test_a_grants_table_gets_the_same_problems_as_value_by_value(rows):
    grant, amount, year, stated = zip(*rows, strict=True)
    frame = pd.DataFrame({"grant": pd.Series(grant, dtype="str"), "amount_gbp": list(amount),
                          "financial_year": pd.Series(year, dtype="str"),
                          "financial_year_stated": list(stated),
                          "purpose": pd.Series([None] * len(rows), dtype="str"),
                          "paragraphs": [[1]] * len(rows), "source_line": list(amount)})
    expected = []
    for col in contracts.TABLES["grants"].columns:
        expected += contracts._column_problems(col, frame[col.name].dtype,
                                               frame[col.name].tolist())[1]
    keys = list(zip(grant, amount, year, strict=True))
    if len(set(keys)) < len(keys):
        seen: set = set()
        first = next(k for k in keys if k in seen or seen.add(k))
        expected.append(f"key (grant, amount_gbp, financial_year) must be unique, {first!r} "
                        "is repeated")
    assert contracts.contract_problems(frame, "grants") == expected
