"""What the library does differently in an IPython or Jupyter session.

On ``import wlga_analysis`` inside IPython (a notebook, JupyterLab, the IPython shell), two
display formatters are registered, without importing matplotlib or pandas:

- a chart's PNG carries its alt text in the output's metadata (``{"alt": ...}``), so an
  HTML export (the report) puts it on the ``<img>``;
- with ``WLGA_ANALYSIS_DISPLAY=report`` in the kernel's environment (set by
  ``python -m wlga_analysis report``), tables are shown in full, without the pandas index,
  with missing values as "—", and pandas truncates nothing.

Data-quality warnings are summarised in such a session (see
:func:`wlga_analysis.quality.emit`). Outside IPython nothing here does anything.

Examples
--------
>>> ipython_shell() is None  # not in IPython when the tests run
True
>>> setup()
False
"""

from __future__ import annotations

import os
import sys
from typing import Any

#: Environment variable that switches the report's table display on (value ``report``).
DISPLAY_ENV = "WLGA_ANALYSIS_DISPLAY"
#: Shown for a missing value in the report's tables.
MISSING = "—"


def ipython_shell() -> Any | None:
    """The running IPython shell, or None outside IPython (IPython is never imported here).

    Examples
    --------
    >>> ipython_shell() is None
    True
    """
    module = sys.modules.get("IPython")
    if module is None:
        return None
    try:
        return module.get_ipython()
    except AttributeError:  # pragma: no cover - a half-imported IPython
        return None


def chart_png(chart: Any) -> tuple[bytes, dict[str, str]]:
    """A chart's PNG and its display metadata: the alt text under ``alt``.

    Parameters
    ----------
    chart : wlga_analysis.charts.Chart

    Returns
    -------
    tuple of (bytes, dict)
        What an IPython formatter may return: data and metadata.

    Examples
    --------
    >>> import pandas as pd
    >>> from wlga_analysis import charts
    >>> chart = charts.chart_owners(pd.DataFrame({"rec_id": [1], "owners": [["WLGA"]]}))
    >>> png, metadata = chart_png(chart)
    >>> png[:4], metadata["alt"] == chart.alt_text
    (b'\\x89PNG', True)
    """
    return chart._repr_png_(), {"alt": chart.alt_text}


def table_html(frame: Any) -> str:
    """A DataFrame as the report shows it: every row and column, no pandas index (a named or
    non-default index becomes ordinary columns), missing values as "—", nothing cut short.

    Parameters
    ----------
    frame : DataFrame

    Returns
    -------
    str
        An HTML table.

    Examples
    --------
    >>> import pandas as pd
    >>> html = table_html(pd.DataFrame({"grant": ["digital grant", None],
    ...                                 "text": ["x" * 80, "y"]}))
    >>> "<th>0</th>" in html, "—" in html, "x" * 80 in html, "..." in html
    (False, True, True, False)
    >>> "<th>owner</th>" in table_html(pd.DataFrame({"n": [1]},
    ...                                             index=pd.Index(["WLGA"], name="owner")))
    True
    >>> by_theme = pd.DataFrame({"theme": ["Joint"], "WLGA": pd.array([pd.NA], "Int64")})
    >>> html = table_html(by_theme.rename_axis(columns="owner"))
    >>> "<th></th>" in html, "NA&gt;" in html, html.count("—")
    (False, False, 1)
    """
    import pandas as pd

    index = frame.index
    default = isinstance(index, pd.RangeIndex) and index.name is None and index.start == 0 \
        and index.step == 1
    shown = (frame if default else frame.reset_index()).rename_axis(columns=None)
    for name in shown.columns:  # nullable dtypes print <NA> or None, not na_rep
        column = shown[name]
        if isinstance(column, pd.Series) and isinstance(column.dtype, pd.api.extensions.
                                                        ExtensionDtype) and column.hasnans:
            shown[name] = column.astype(object).where(column.notna(), MISSING)
    with pd.option_context("display.max_colwidth", None):
        return shown.to_html(index=False, na_rep=MISSING, max_rows=None, max_cols=None,
                             notebook=True, border=0)


def _report_display(shell: Any) -> None:
    import pandas as pd

    for option in ("display.max_rows", "display.max_columns", "display.max_colwidth",
                   "display.width"):
        pd.set_option(option, None)
    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html)


def setup(shell: Any | None = None) -> bool:
    """Register the display formatters in an IPython session; return whether it did.

    Called on ``import wlga_analysis``. Charts are matched by name, so matplotlib is not
    imported until a chart is shown.

    Parameters
    ----------
    shell : InteractiveShell, optional
        Default: the running one, if any.

    Returns
    -------
    bool
        False outside IPython.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> registered = []
    >>> formatter = SimpleNamespace(for_type_by_name=lambda *args: registered.append(args))
    >>> shell = SimpleNamespace(display_formatter=SimpleNamespace(
    ...     formatters={"image/png": formatter}))
    >>> setup(shell), registered[0][:2]
    (True, ('wlga_analysis.charts.style', 'Chart'))
    """
    shell = shell if shell is not None else ipython_shell()
    if shell is None:
        return False
    formatters = shell.display_formatter.formatters
    formatters["image/png"].for_type_by_name("wlga_analysis.charts.style", "Chart", chart_png)
    if os.environ.get(DISPLAY_ENV) == "report":
        _report_display(shell)
    return True
