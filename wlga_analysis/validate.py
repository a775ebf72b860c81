"""The data-quality report: what the sources get wrong or leave open.

Numbering gaps and duplicates, recommendations with no owner, unknown owner codes, items
with no timing, damaged rows: each is one row, naming the document and line. The loaders
emit the same findings as :class:`~wlga_analysis.errors.DataQualityWarning`.

Examples
--------
>>> report = data_quality_report()
>>> report.loc[report["check"] == "no owner", "item"].tolist()
['13', '16', '17']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from wlga_analysis.documents import read_document
from wlga_analysis.quality import issues_frame


def data_quality_report(recommendations: str | Path | None = None,
                        programme: str | Path | list[str | Path] | None = None
                        ) -> pd.DataFrame:
    """List every data-quality issue found in the two documents.

    Parameters
    ----------
    recommendations : str or Path, optional
        The recommendations document to check; default the shipped one.
    programme : str, Path, folder or list of them, optional
        One programme update, or several (a series: every update's findings, then the
        matching's, e.g. ambiguous matches); default the shipped update.

    Returns
    -------
    DataFrame
        Columns ``document``, ``table``, ``check``, ``item``, ``source_line``, ``message``,
        in document order.

    Examples
    --------
    >>> report = data_quality_report()
    >>> len(report)
    26
    >>> report.loc[report["check"] == "no owner", ["item", "source_line", "message"]]
      item  source_line                           message
    0   13           26  recommendation 13 names no owner
    2   16           36  recommendation 16 names no owner
    3   17           37  recommendation 17 names no owner
    >>> report["check"].value_counts().to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'no timing': 20, 'no owner': 3, 'duplicate number': 1, 'numbering gap': 1,
     'status by default': 1}
    """
    from wlga_analysis.programme import parse_programme
    from wlga_analysis.recommendations import parse_recommendations
    from wlga_analysis.series import is_single_source, read_series

    recs_doc = read_document(recommendations, "recommendations")
    if is_single_source(programme):
        programme_doc = read_document(programme, "programme")
        programme_issues = [*programme_doc.notes, *parse_programme(programme_doc).issues]
    else:
        programme_issues = read_series(programme).issues
    issues = [  # what reading normalised (invisible characters), then what parsing found
        *recs_doc.notes, *parse_recommendations(recs_doc).issues,
        *programme_issues,
    ]
    return issues_frame(issues)
