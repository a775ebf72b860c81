"""Data-quality issues: what a source gets wrong or leaves open.

Parsers collect :class:`Issue` records while they read a document; loaders emit the ones
that concern the table they return as :class:`~wlga_analysis.errors.DataQualityWarning`,
and :func:`wlga_analysis.data_quality_report` lists them all. Nothing is dropped or
renumbered because of an issue: it is reported, and the row kept as well as it can be.

Examples
--------
>>> issue = Issue("doc.txt", "activities", "duplicate number", "15", 30,
...               "activity 15 is printed twice")
>>> issue.warning_text()
'doc.txt, line 30: activity 15 is printed twice'
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from wlga_analysis.errors import DataQualityWarning

#: Columns of the data-quality report, in order.
REPORT_COLUMNS: tuple[str, ...] = (
    "document", "table", "check", "item", "source_line", "message",
)


@dataclass(frozen=True)
class Issue:
    """One thing a document gets wrong or leaves open.

    Attributes
    ----------
    document : str
        File name of the document.
    table : str
        The table it concerns (``"activities"``, ``"recommendations"``, ``"programme"``...).
    check : str
        Short name of the check that found it (``"numbering gap"``, ``"no owner"``...).
    item : str
        The item concerned, as printed (``"15"``, ``"7.2"``), or ``""``.
    source_line : int or None
        1-based line of the document, where there is one.
    message : str
        A sentence an analyst can act on.

    Examples
    --------
    >>> issue = Issue("working-group-recommendations.txt", "recommendations", "no owner", "13",
    ...               26, "recommendation 13 names no owner")
    >>> issue.warning_text()
    'working-group-recommendations.txt, line 26: recommendation 13 names no owner'
    >>> Issue("update.txt", "programme", "no date", "", None, "no date found").warning_text()
    'update.txt: no date found'
    """

    document: str
    table: str
    check: str
    item: str
    source_line: int | None
    message: str

    def warning_text(self) -> str:
        """The message prefixed with where it is, as shown in a warning."""
        where = self.document if self.source_line is None else \
            f"{self.document}, line {self.source_line}"
        return f"{where}: {self.message}"


def emit(issues: Iterable[Issue], tables: Iterable[str] | None = None,
         stacklevel: int = 3) -> None:
    """Emit ``issues`` (only those about ``tables``, if given) as DataQualityWarnings.

    Parameters
    ----------
    issues : iterable of Issue
        The issues to emit, in order.
    tables : iterable of str, optional
        Emit only the issues about these tables; default all.
    stacklevel : int
        Passed to :func:`warnings.warn`, so the warning points at the loader's caller.

    Examples
    --------
    >>> issues = [Issue("doc.txt", "activities", "numbering gap", "19", 44,
    ...                 "activity 19 is missing"),
    ...           Issue("doc.txt", "recommendations", "no owner", "13", 26,
    ...                 "recommendation 13 names no owner")]
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     emit(issues, tables=["recommendations"])
    >>> [(w.category.__name__, str(w.message)) for w in caught]
    [('DataQualityWarning', 'doc.txt, line 26: recommendation 13 names no owner')]
    """
    wanted = None if tables is None else set(tables)
    for issue in issues:
        if wanted is None or issue.table in wanted:
            warnings.warn(issue.warning_text(), DataQualityWarning, stacklevel=stacklevel)


def issues_frame(issues: Iterable[Issue]):
    """Return issues as a DataFrame with :data:`REPORT_COLUMNS` (a new frame).

    Examples
    --------
    >>> issues_frame([]).columns.tolist()
    ['document', 'table', 'check', 'item', 'source_line', 'message']
    """
    import pandas as pd

    rows = [asdict(i) for i in issues]
    frame = pd.DataFrame(rows, columns=list(REPORT_COLUMNS))
    frame["source_line"] = frame["source_line"].astype("Int64")
    for col in ("document", "table", "check", "item", "message"):
        frame[col] = frame[col].astype("str")
    return frame


def document_name(path: str | Path) -> str:
    """The name an issue uses for a document: its file name.

    Parameters
    ----------
    path : str or Path
        Where the document was read from.

    Returns
    -------
    str

    Examples
    --------
    >>> document_name("data/raw/improvement-programme-2021-22-update.txt")
    'improvement-programme-2021-22-update.txt'
    """
    return Path(path).name
