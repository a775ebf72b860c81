"""Tests of wlga_analysis.quarters: financial-year labels and timing phrases."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from wlga_analysis.quarters import (
    TIMING_PATTERNS,
    financial_year_label,
    financial_year_start,
    quarter_label,
    resolve_timing,
    to_quarter,
)

OCT21 = dt.date(2021, 10, 22)
JUN23 = dt.date(2023, 6, 14)


@pytest.mark.parametrize(("day", "label"), [
    (dt.date(2021, 4, 1), "2021-22"), (dt.date(2022, 3, 31), "2021-22"),
    (dt.date(2022, 4, 1), "2022-23"), (dt.date(1999, 12, 31), "1999-00"),
    (pd.Timestamp("2023-06-14"), "2023-24"), ("2024-02-29", "2023-24"),
])
def test_financial_year_label(day, label):
    assert financial_year_label(day) == label


def test_financial_year_label_missing_and_periods():
    assert financial_year_label(None) is None
    assert financial_year_label(pd.NaT) is None
    assert financial_year_label(pd.Period("2021-10", freq="M")) == "2021-22"
    assert financial_year_start("2021/22") == dt.date(2021, 4, 1)


def test_quarter_label_never_pandas_style():
    q = to_quarter(OCT21)
    assert str(q.freqstr) == "Q-MAR"
    assert quarter_label(q) == "2021-22 Q3"
    assert quarter_label(to_quarter(dt.date(2021, 4, 1))) == "2021-22 Q1"
    assert quarter_label(to_quarter(dt.date(2022, 1, 1))) == "2021-22 Q4"
    assert quarter_label(None) is None and quarter_label(pd.NaT) is None


def test_quarter_label_vectorised():
    s = pd.Series([to_quarter(OCT21), pd.NaT], dtype="period[Q-MAR]", name="q")
    out = quarter_label(s)
    assert str(out.dtype) == "str"
    assert out.iloc[0] == "2021-22 Q3" and pd.isna(out.iloc[1])
    assert out.name == "q"


@pytest.mark.parametrize(("text", "when", "label"), [
    ("appointed within quarter two, however", "within quarter two", "2021-22 Q2"),
    ("to commence in quarter three.", "in quarter three", "2021-22 Q3"),
    ("work continuing during quarter 3.", "during quarter 3", "2021-22 Q3"),
    ("toolkit due in Q4", "due in Q4", "2021-22 Q4"),
    ("scheduled for late Autumn 2021.", "late Autumn 2021", "2021-22 Q3"),
    ("is scheduled for Autumn 2021.", "Autumn 2021", "2021-22 Q3"),
    ("An event is planned for late Autumn.", "late Autumn", "2021-22 Q3"),
    ("a meeting in November", "in November", "2021-22 Q3"),
    ("a meeting expected in November.", "expected in November", "2021-22 Q3"),
    ("a review in April", "in April", "2022-23 Q1"),
    ("targets will be met by 31st March 2022.", "by 31st March 2022", "2021-22 Q4"),
    ("Assessments from May 2022.", "from May 2022", "2022-23 Q1"),
    ("March 2022 deadline", "March 2022", "2021-22 Q4"),
    ("is planned following May's elections.", "following May's elections", "2022-23 Q1"),
    ("two more before the end of the financial year.",
     "before the end of the financial year", "2021-22 Q4"),
    ("targets by the end of year, which", "by the end of year", "2021-22 Q4"),
    ("done at the end of the year", "at the end of the year", "2021-22 Q4"),
    ("in the third quarter of 2022-23", "in the third quarter of 2022-23", "2022-23 Q3"),
    ("early winter", "early winter", "2021-22 Q3"),
    ("winter 2021", "winter 2021", "2021-22 Q4"),
])
def test_resolve_timing_in_october_2021(text, when, label):
    period, phrase = resolve_timing(text, OCT21)
    assert phrase == when
    assert quarter_label(period) == label


def test_first_phrase_wins():
    text = ("further work is required by the end of year, which has been delayed. "
            "An event is planned for late Autumn.")
    assert resolve_timing(text, OCT21)[1] == "by the end of year"


def test_relative_to_another_document_date():
    assert quarter_label(resolve_timing("within quarter two", JUN23)[0]) == "2023-24 Q2"
    assert quarter_label(resolve_timing("in November", JUN23)[0]) == "2023-24 Q3"
    assert quarter_label(resolve_timing("in May", JUN23)[0]) == "2024-25 Q1"
    assert quarter_label(resolve_timing("early Spring", JUN23)[0]) == "2023-24 Q4"
    assert quarter_label(resolve_timing("late Autumn", dt.date(2021, 12, 5))[0]) == \
        "2022-23 Q3"


@pytest.mark.parametrize("text", [
    "support for newly elected Members from 2022, including", "this may follow the model",
    "the draft delivery plan 2022-23", "Act 2021", "", "no timing at all",
])
def test_not_timings(text):
    assert resolve_timing(text, OCT21) == (None, None)


def test_without_document_date_only_absolute_phrases_resolve():
    assert quarter_label(resolve_timing("by 31st March 2022", None)[0]) == "2021-22 Q4"
    assert resolve_timing("within quarter two", None) == (None, "within quarter two")


def test_pattern_table_examples_match():
    for pattern in TIMING_PATTERNS:
        period, when = resolve_timing(pattern.example, OCT21)
        assert when is not None and period is not None, pattern.name


def test_for_makes_a_bare_month_a_timing_but_is_not_kept():
    import datetime as dt

    from wlga_analysis.quarters import quarter_label, resolve_timing

    quarter, phrase = resolve_timing("Training is scheduled for September.", dt.date(2023, 6, 14))
    assert (quarter_label(quarter), phrase) == ("2023-24 Q2", "September")
    assert resolve_timing("support for new Members from 2022", dt.date(2023, 6, 14)) == (None,
                                                                                         None)


@pytest.mark.parametrize(("text", "when", "label"), [
    ("assessed by the end of March", "by the end of March", "2021-22 Q4"),
    ("in early December", "in early December", "2021-22 Q3"),
    ("in mid-January", "in mid-January", "2021-22 Q4"),
    ("expected early 2022", "early 2022", "2021-22 Q4"),
    ("by the end of the calendar year", "by the end of the calendar year", "2021-22 Q3"),
    ("now planned for 2022-23 Q1", "2022-23 Q1", "2022-23 Q1"),
    ("on hold until 2023-24 quarter two", "until 2023-24 quarter two", "2023-24 Q2"),
    ("The conference was held in September.", "in September", "2021-22 Q2"),
    ("A workshop was held in April and more will run in May.", "in April", "2021-22 Q1"),
    ("Members elected in May's elections have been supported.", "in May's elections",
     "2021-22 Q1"),
    ("The review has been delayed until April.", "until April", "2022-23 Q1"),
    ("It was published by January.", "by January", "2021-22 Q4"),  # a deadline looks ahead
])
def test_more_timing_phrases_in_october_2021(text, when, label):
    period, phrase = resolve_timing(text, OCT21)
    assert phrase == when
    assert quarter_label(period) == label


@pytest.mark.parametrize("text", [
    "a briefing on the Autumn Statement", "the Summer School for councillors",
    "support on winter pressures", "the Spring budget", "Summer reading",
])
def test_seasons_that_are_names_are_not_timings(text):
    assert resolve_timing(text, OCT21) == (None, None)


def test_a_financial_year_other_than_the_dates():
    april = dt.date(2025, 4, 28)  # a 2024-25 year-end update, dated after the year ended
    assert quarter_label(resolve_timing("completed in Q4", april)[0]) == "2025-26 Q4"
    assert quarter_label(resolve_timing("completed in Q4", april, "2024-25")[0]) == "2024-25 Q4"
    assert quarter_label(resolve_timing("by the end of the financial year", april,
                                        "2024-25")[0]) == "2024-25 Q4"
    assert quarter_label(resolve_timing("by September", april, "2024-25")[0]) == "2025-26 Q2"


@pytest.mark.parametrize(("text", "day", "when", "label"), [
    ("were delivered between June and September.", dt.date(2018, 12, 5),
     "between June and September", "2018-19 Q1"),
    ("will be gathered in the new year.", dt.date(2018, 12, 5), "in the new year", "2018-19 Q4"),
    ("has slipped to May because of data delays", dt.date(2025, 2, 20), "slipped to May",
     "2025-26 Q1"),
    ("will be completed by the end of Q2.", dt.date(2025, 2, 20), "by the end of Q2",
     "2025-26 Q2"),  # a quarter four update looking ahead
    ("was completed in Q2.", dt.date(2025, 2, 20), "in Q2", "2024-25 Q2"),
    ("was held over the summer months.", dt.date(2018, 12, 5), "over the summer",
     "2018-19 Q2"),
    # "plans" is a noun here, not "plans to": the clause is in the past
    ("Peer reviews of financial plans were completed in four councils in the autumn.",
     dt.date(2025, 2, 26), "in the autumn", "2024-25 Q3"),
    ("The council plans to publish its strategy in the autumn.", dt.date(2025, 2, 26),
     "in the autumn", "2025-26 Q3"),
])
def test_ranges_the_new_year_slips_and_tense(text, day, when, label):
    period, phrase = resolve_timing(text, day)
    assert phrase == when
    assert quarter_label(period) == label


def test_an_expected_date_looks_ahead_after_a_past_clause():
    text = "Guidance has not yet been completed and is now expected in June."
    period, phrase = resolve_timing(text, dt.date(2025, 4, 28))
    assert (phrase, quarter_label(period)) == ("expected in June", "2025-26 Q1")


@pytest.mark.parametrize(("text", "phrase", "label"), [
    ("the first cohort started in July 2024 and will finish in March 2025.",
     "in March 2025", "2024-25 Q4"),
    ("work began in June and is expected to conclude in February.", "in February",
     "2024-25 Q4"),
    ("the review started in July 2024 and the report followed in August.", "in July 2024",
     "2024-25 Q2"),
])
def test_a_start_and_an_end_give_the_end(text, phrase, label):
    """With a start and an end, a reader records the end (the milestone)."""
    period, found = resolve_timing(text, dt.date(2024, 10, 15))
    assert found == phrase
    assert quarter_label(period) == label


@pytest.mark.parametrize(("text", "when", "label"), [
    # a date in figures, day first as in the UK
    ("The guide will be published by 31/03/2025.", "by 31/03/2025", "2024-25 Q4"),
    ("Responses are due by 30/04/2025.", "due by 30/04/2025", "2025-26 Q1"),
    ("by 31/13/2025", "by 31/13/2025", None),  # no such month: printed, not placed
    # a financial year in two digits each after a quarter
    ("Q1 25/26", "Q1 25/26", "2025-26 Q1"),
    ("Q3 24/25", "Q3 24/25", "2024-25 Q3"),
    ("Quarter 3 2024/25", "Quarter 3 2024/25", "2024-25 Q3"),
    # months in Welsh, with their year
    ("The network met in Medi 2024.", "in Medi 2024", "2024-25 Q2"),
    ("The guide will be published in Ionawr 2025.", "in Ionawr 2025", "2024-25 Q4"),
    ("Dyddiad cau: 13 Rhagfyr 2024", "13 Rhagfyr 2024", "2024-25 Q3"),
])
def test_figures_short_years_and_welsh_months(text, when, label):
    period, phrase = resolve_timing(text, dt.date(2024, 12, 13))
    assert phrase == when
    assert (quarter_label(period) if period is not None else None) == label
