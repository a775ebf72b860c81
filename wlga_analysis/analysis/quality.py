"""The report quarter of a document and a summary of the data-quality report."""

from __future__ import annotations

import pandas as pd

from wlga_analysis.analysis._common import (
    _as_quarter,
)
from wlga_analysis.errors import ParseError


def report_quarter(metadata: dict) -> pd.Period:
    """The UK financial quarter a document reports in, from its metadata's ``date``.

    Raises
    ------
    ParseError
        If the metadata has no ``date``.

    Examples
    --------
    >>> import datetime as dt
    >>> report_quarter({"date": dt.date(2021, 10, 22)})
    Period('2022Q3', 'Q-MAR')
    """
    if not metadata.get("date"):
        raise ParseError("the document has no date, so its report quarter is unknown; "
                         "give report_quarter explicitly", path=metadata.get("path"))
    return _as_quarter(metadata["date"])


def quality_summary(report: pd.DataFrame) -> pd.DataFrame:
    """Count the data-quality report's findings per document, table and check.

    Examples
    --------
    >>> import pandas as pd
    >>> report = pd.DataFrame({"document": ["d", "d"], "table": ["t", "t"],
    ...                        "check": ["no owner", "no owner"], "item": ["13", "16"]})
    >>> quality_summary(report)
      document table     check  findings  items
    0        d     t  no owner         2  13, 16
    """
    columns = ["document", "table", "check"]
    grouped = report.groupby(columns, sort=False)["item"]
    out = grouped.agg(findings="size", items=lambda v: ", ".join(map(str, v))).reset_index()
    out["findings"] = out["findings"].astype("int64")
    return out
