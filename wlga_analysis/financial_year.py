"""UK financial years and their quarters: labels ("2021-22", "2021-22 Q2") and pandas
``Period[Q-MAR]`` quarters (re-exported by :mod:`wlga_analysis.quarters`, which also
resolves timing phrases to quarters).

The UK public-sector financial year runs from 1 April to 31 March; it is labelled
``"2021-22"`` and its quarters are Q1 = April-June ... Q4 = January-March. pandas' own label
for such a quarter, ``2022Q2``, names the calendar year the financial year *ends* in, so it
is never shown: use :func:`quarter_label`.

Examples
--------
>>> import datetime as dt
>>> financial_year_label(dt.date(2021, 10, 22)), quarter_label(to_quarter("2021-10-22"))
('2021-22', '2021-22 Q3')
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import pandas as pd

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["FREQ", "financial_year_label", "financial_year_start", "quarter_label",
           "to_quarter"]

#: pandas frequency of a UK financial quarter (year ending in March).
FREQ: str = "Q-MAR"

@lru_cache(maxsize=512)
def _quarter_of_fy(start_year: int, quarter: int) -> pd.Period:
    """Quarter ``quarter`` (1-4) of the financial year starting April ``start_year``."""
    return pd.Period(year=start_year + 1, quarter=quarter, freq=FREQ)


@lru_cache(maxsize=64)
def _fy_start_of_label(label: str) -> int | None:
    try:
        return financial_year_start(label).year
    except ValueError:
        return None


def _as_date(value: Any) -> dt.date | None:
    """A date from a date, datetime, Timestamp, Period or ISO string (None if missing)."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Period):
        return value.start_time.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date()


_QUARTER_LABEL = LazyPattern(r"\s*+((?:19|20)\d{2})\s*+[-–/]\s*+(\d{2}|\d{4})\s*+Q([1-4])\s*+")


def to_quarter(value: Any) -> pd.Period | None:
    """The financial quarter (``Period[Q-MAR]``) containing a date or period, or named by a
    label such as ``"2021-22 Q3"``.

    Examples
    --------
    >>> to_quarter("2022-01-15")
    Period('2022Q4', 'Q-MAR')
    >>> to_quarter("2021-22 Q3")
    Period('2022Q3', 'Q-MAR')
    >>> to_quarter(None) is None
    True
    """
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Period):
        return value.asfreq(FREQ, how="start") if value.freqstr != FREQ else value
    if isinstance(value, str):
        label = _QUARTER_LABEL.fullmatch(value)
        if label:
            start = int(label.group(1))
            return _quarter_of_fy(start, int(label.group(3)))
    day = _as_date(value)
    return None if day is None else pd.Period(day, freq=FREQ)


def _fy_label_from_qyear(qyear: int) -> str:
    return f"{qyear - 1}-{qyear % 100:02d}"


def financial_year_label(value: Any) -> str | None:
    """The financial year ``"2021-22"`` of a date, Timestamp, Period or ISO date string.

    Returns None for a missing value.

    Examples
    --------
    >>> import datetime as dt
    >>> financial_year_label(dt.date(2022, 3, 31)), financial_year_label(dt.date(2022, 4, 1))
    ('2021-22', '2022-23')
    >>> import pandas as pd
    >>> financial_year_label(pd.Period("2022Q1", freq="Q-MAR"))
    '2021-22'
    >>> financial_year_label(pd.NaT) is None
    True
    """
    quarter = to_quarter(value)
    return None if quarter is None else _fy_label_from_qyear(quarter.qyear)


def financial_year_start(label: str) -> dt.date:
    """The first day of a financial year given as ``"2021-22"`` (or ``"2021/22"``).

    Examples
    --------
    >>> financial_year_start("2023-24")
    datetime.date(2023, 4, 1)
    >>> financial_year_start("2023-25")
    Traceback (most recent call last):
    ...
    ValueError: not a financial year label: '2023-25'
    """
    m = re.fullmatch(r"\s*((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\s*", str(label))
    if not m or int(m.group(2)) % 100 != (int(m.group(1)) + 1) % 100:
        raise ValueError(f"not a financial year label: {label!r}")
    return dt.date(int(m.group(1)), 4, 1)


def quarter_label(value: Any) -> str | pd.Series | None:
    """Label a financial quarter as ``"2021-22 Q2"`` (a Series gives a ``str`` Series).

    Missing values (None, NaT) stay missing.

    Examples
    --------
    >>> import pandas as pd
    >>> quarter_label(pd.Period("2022Q2", freq="Q-MAR"))
    '2021-22 Q2'
    >>> quarter_label(pd.NaT) is None
    True
    >>> s = pd.Series([pd.Period("2022Q1", freq="Q-MAR"), pd.NaT], dtype="period[Q-MAR]")
    >>> quarter_label(s).tolist()
    ['2021-22 Q1', nan]
    """
    if isinstance(value, pd.Series):
        labels = [quarter_label(v) for v in value]
        return pd.Series(labels, index=value.index, dtype="str", name=value.name)
    quarter = to_quarter(value)
    if quarter is None:
        return None
    return f"{_fy_label_from_qyear(quarter.qyear)} Q{quarter.quarter}"
