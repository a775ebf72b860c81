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

import logging
import warnings
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from wlga_analysis.errors import DataQualityWarning

#: How :func:`emit` warns: ``"full"`` (one warning per finding), ``"capped"`` (one per
#: finding up to :data:`CAPPED_WARNINGS` a load, then one for the rest), ``"summary"`` (one
#: warning per load and document), or ``"auto"``: summary in an IPython/Jupyter session, else
#: capped.
WARNING_STYLES: tuple[str, ...] = ("auto", "full", "capped", "summary")
#: In the ``"capped"`` style, the findings of one load shown as warnings of their own.
CAPPED_WARNINGS = 50
_style = {"warnings": "auto"}
log = logging.getLogger("wlga_analysis")

#: Columns of the data-quality report, in order.
REPORT_COLUMNS: tuple[str, ...] = (
    "document", "table", "check", "item", "source_line", "message",
)


@dataclass(frozen=True, init=False)
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

    def __init__(self, document: str, table: str, check: str, item: str,
                 source_line: int | None, message: str) -> None:
        # (frozen: the fields are written past the frozen __setattr__, into the instance's
        # dict; a parse makes thousands of issues, and the generated __init__, which calls
        # object.__setattr__ for each field, costs twice as much)
        fields = self.__dict__
        fields["document"], fields["table"], fields["check"] = document, table, check
        fields["item"], fields["source_line"], fields["message"] = item, source_line, message

    def warning_text(self) -> str:
        """The message prefixed with where it is, as shown in a warning."""
        where = self.document if self.source_line is None else \
            f"{self.document}, line {self.source_line}"
        return f"{where}: {self.message}"


def set_warning_style(style: str) -> str:
    """Choose how loaders warn about data-quality findings; return the previous style.

    Parameters
    ----------
    style : {"auto", "full", "capped", "summary"}
        ``"full"``: one :class:`DataQualityWarning` per finding. ``"capped"``: one per
        finding for the first :data:`CAPPED_WARNINGS` of a load, then one for the rest of
        each document ("1,942 more data-quality findings; ..."). ``"summary"``: one per load
        and document ("24 findings; `wa.data_quality_report()` lists them"). Findings not
        shown as warnings of their own are still logged to the ``wlga_analysis`` logger.
        ``"auto"`` (the default): summary in an IPython or Jupyter session, capped
        otherwise (scripts, tests, the command line).

    Examples
    --------
    >>> previous = set_warning_style("summary")
    >>> previous, warning_style()
    ('auto', 'summary')
    >>> _ = set_warning_style(previous)
    >>> set_warning_style("loud")
    Traceback (most recent call last):
    ...
    ValueError: warning style must be one of auto, full, capped, summary; got 'loud'
    """
    if style not in WARNING_STYLES:
        raise ValueError(f"warning style must be one of {', '.join(WARNING_STYLES)}; "
                         f"got {style!r}")
    previous, _style["warnings"] = _style["warnings"], style
    return previous


def warning_style() -> str:
    """The style :func:`emit` uses now: ``"full"``, ``"capped"`` or ``"summary"``
    (``"auto"`` resolved).

    Examples
    --------
    >>> warning_style()  # the tests do not run in IPython
    'capped'
    """
    style = _style["warnings"]
    if style == "auto":
        from wlga_analysis.interactive import ipython_shell

        return "summary" if ipython_shell() is not None else "capped"
    return style


def summary_text(document: str, count: int, more: bool = False) -> str:
    """The one-line summary of a load's findings in one document (``more``: of those not
    shown as warnings of their own).

    Examples
    --------
    >>> summary_text("update.txt", 24)
    'update.txt: 24 data-quality findings; `wa.data_quality_report()` lists them'
    >>> summary_text("update.txt", 1)
    'update.txt: 1 data-quality finding; `wa.data_quality_report()` lists it'
    >>> summary_text("update.txt", 1942, more=True)
    'update.txt: 1,942 more data-quality findings; `wa.data_quality_report()` lists them'
    """
    noun, pronoun = ("finding", "it") if count == 1 else ("findings", "them")
    return (f"{document}: {count:,}{' more' if more else ''} data-quality {noun}; "
            f"`wa.data_quality_report()` lists {pronoun}")


def emit(issues: Iterable[Issue], tables: Iterable[str] | None = None,
         stacklevel: int = 3) -> None:
    """Emit ``issues`` (only those about ``tables``, if given) as DataQualityWarnings.

    In the ``"summary"`` style (see :func:`set_warning_style`; the default in IPython and
    Jupyter) one warning per document replaces the list, and each finding goes to the log;
    in the ``"capped"`` style (the default elsewhere) the first :data:`CAPPED_WARNINGS`
    findings are warnings of their own and one more warning per document counts the rest
    (which go to the log): a document of 3,000 items does not print 2,000 warnings.

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
    >>> previous = set_warning_style("summary")
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     emit(issues)
    >>> _ = set_warning_style(previous)
    >>> [str(w.message) for w in caught]
    ['doc.txt: 2 data-quality findings; `wa.data_quality_report()` lists them']
    """
    style = warning_style()
    if style != "summary" and ignored_by_filters(DataQualityWarning):
        return  # every warning would be dropped: none is made (thousands cost 0.1 s)
    wanted = None if tables is None else set(tables)
    chosen = [i for i in issues if wanted is None or i.table in wanted]
    shown = len(chosen) if style == "full" else CAPPED_WARNINGS if style == "capped" else 0
    for issue in chosen[:shown]:
        warnings.warn(issue.warning_text(), DataQualityWarning, stacklevel=stacklevel)
    per_document: dict[str, int] = {}
    logged = _log_is_read()
    for issue in chosen[shown:]:
        if logged:
            log.warning("data quality: %s", issue.warning_text())
        per_document[issue.document] = per_document.get(issue.document, 0) + 1
    for document, count in per_document.items():
        warnings.warn(summary_text(document, count, more=shown > 0), DataQualityWarning,
                      stacklevel=stacklevel)


def _log_is_read(logger: logging.Logger = log) -> bool:
    """Whether a warning logged to ``logger`` (the ``wlga_analysis`` logger) reaches a
    handler that writes it somewhere, not only a ``NullHandler``: a record nobody reads is
    not made (thousands cost tens of milliseconds).

    Examples
    --------
    >>> quiet = logging.getLogger("wlga_analysis.example")
    >>> quiet.propagate = False
    >>> quiet.addHandler(logging.NullHandler())
    >>> _log_is_read(quiet)
    False
    >>> handler = logging.StreamHandler()
    >>> quiet.addHandler(handler)
    >>> _log_is_read(quiet)
    True
    >>> quiet.removeHandler(handler)
    """
    if not logger.isEnabledFor(logging.WARNING):
        return False
    current: logging.Logger | None = logger
    while current is not None:
        if any(not isinstance(h, logging.NullHandler) for h in current.handlers):
            return True
        current = current.parent if current.propagate else None
    return False


def ignored_by_filters(category: type[Warning]) -> bool:
    """Whether the warning filters now in force ignore every warning of ``category``,
    whatever its message and where it comes from: the first filter that applies to the
    whole category is an "ignore" with no message, module or line of its own, and no
    filter before it shows some of them. ("ignore" filters for some messages only, as
    libraries add at import, are passed over: what they do not ignore goes on to the next
    filter. False when that cannot be told without the warning: then it is made, and the
    filters decide.)

    Examples
    --------
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", DataQualityWarning)
    ...     ignored_by_filters(DataQualityWarning)
    True
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", DataQualityWarning)
    ...     warnings.filterwarnings("always", message="doc.txt", category=DataQualityWarning)
    ...     ignored_by_filters(DataQualityWarning)
    False
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("always")
    ...     ignored_by_filters(DataQualityWarning)
    False
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     warnings.filterwarnings("ignore", message="numpy.dtype size changed")
    ...     ignored_by_filters(DataQualityWarning)
    True
    """
    for action, message, filtered, module, line in warnings.filters:
        if not issubclass(category, filtered):
            continue
        for_some = message is not None or module is not None or bool(line)
        if action != "ignore":
            return False  # it shows some or all of them
        if not for_some:
            return True
    return False


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
