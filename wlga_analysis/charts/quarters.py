from __future__ import annotations

import pandas as pd

from wlga_analysis import analysis
from wlga_analysis.charts.style import (
    _GREY,
    _TEXT_GREY,
    Chart,
    _chars,
    _clause,
    _contrast,
    _frame_figure,
    _in_style,
    _integer_ticks,
    _join,
    _legend_columns,
    _new_figure,
    _plural,
    _source_note,
    _status_colours,
    _wrap,
)
from wlga_analysis.quarters import quarter_label


def _default_report_quarter() -> pd.Period:
    from wlga_analysis.metadata import load_metadata

    return analysis._as_quarter(load_metadata(kind="programme")["date"])




def _report_quarter_from(tables: dict[str, pd.DataFrame]) -> pd.Period:
    """The report quarter of the programme update the tables came from: its date as
    recorded by the loader (``attrs["date"]``) or in the ``documents`` table, else the
    shipped update's."""
    programme = tables.get("programme")
    if programme is not None and programme.attrs.get("date"):
        return analysis._as_quarter(programme.attrs["date"])
    documents = tables.get("documents")
    if documents is not None:
        dates = documents.loc[documents["kind"] == "programme", "date"].dropna().tolist()
        if dates:
            return analysis._as_quarter(dates[0])
    return _default_report_quarter()



def _quarter_title(table: pd.DataFrame) -> str:
    """Headline of the quarter chart: untimed items when most are, else where timed ones
    fall."""
    total = int(table["total"].sum())
    no_timing = int(table.loc[table["quarter_label"] == analysis.NO_TIMING, "total"].sum())
    timed = table[table["quarter_label"] != analysis.NO_TIMING]
    ahead = int(timed.loc[timed["position"] == "ahead", "total"].sum())
    current = int(timed.loc[timed["position"] == "current", "total"].sum())
    if total and no_timing * 2 > total:
        return f"{no_timing} of {total} programme items give no timing"
    if len(timed):
        busiest = timed.loc[timed["total"].idxmax()]
        return (f"Most timed items fall in {busiest['quarter_label']}"
                if busiest["total"] * 2 > timed["total"].sum() else
                f"{current + ahead} of {total} programme items are timed for the report "
                f"quarter or later")
    return "No programme item gives a timing"


@_in_style
def chart_quarter_status(programme: pd.DataFrame, report_quarter=None) -> Chart:
    """Programme items per quarter, stacked by status, with the report's quarter marked.

    Items with no timing get their own bar at the right, so they are counted, not dropped.

    Parameters
    ----------
    programme : DataFrame
        The ``programme`` table.
    report_quarter : Period, str or date, optional
        The quarter the update reports in (default: that of the shipped update's date).

    Returns
    -------
    Chart
        Named ``"quarter_status"``.

    Examples
    --------
    >>> from wlga_analysis.programme import load_programme
    >>> chart = chart_quarter_status(load_programme(), "2021-22 Q3")
    >>> chart.name, chart.title
    ('quarter_status', '20 of 30 programme items give no timing')
    >>> print(chart.alt_text)  # doctest: +ELLIPSIS
    Stacked bar chart of programme items per financial quarter by status, with the report
    quarter 2021-22 Q3 marked (2021-22 Q2 1; 2021-22 Q3 5; ...
    """
    if report_quarter is None:
        report_quarter = _report_quarter_from({"programme": programme})
    report = analysis._as_quarter(report_quarter)
    table = analysis.items_by_quarter(programme, report)
    statuses = [s for s in analysis._statuses(programme) if s in table.columns]
    shown = [s for s in statuses if table[s].sum() > 0] or statuses[:1]
    colours = _status_colours(statuses)
    total = int(table["total"].sum())
    no_timing = int(table.loc[table["quarter_label"] == analysis.NO_TIMING, "total"].sum())
    timed = table[table["quarter_label"] != analysis.NO_TIMING]
    title = _quarter_title(table)
    fig = _new_figure(3.8)
    ax = fig.add_subplot()
    x = list(range(len(table)))
    bottom = [0] * len(table)
    for s in shown:
        vals = table[s].tolist()
        ax.bar(x, vals, bottom=bottom, color=colours[s], label=s.capitalize(), width=0.65)
        for xi, b, v in zip(x, bottom, vals, strict=True):
            if v >= 2:
                ax.text(xi, b + v / 2, str(v), ha="center", va="center", fontsize=7.5,
                        color=_contrast(colours[s]))
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    for xi, t in zip(x, table["total"], strict=True):
        ax.text(xi, t + 0.15, str(int(t)), ha="center", va="bottom", fontsize=8,
                color=_TEXT_GREY)
    labels = [lab.replace(" Q", "\nQ") if lab != analysis.NO_TIMING else "No\ntiming"
              for lab in table["quarter_label"]]
    ax.set_xticks(x, labels)
    ymax = max(1, int(table["total"].max())) if len(table) else 1
    ax.set_ylim(0, ymax * 1.25 + 0.5)
    if len(timed):
        ax.axvline(len(timed) - 0.5, color=_GREY, linewidth=1, linestyle=":")
    current_rows = [i for i, p in enumerate(table["position"]) if p == "current"]
    report_label = quarter_label(report)
    if current_rows:
        i = current_rows[0]
        ax.axvspan(i - 0.45, i + 0.45, color="#F2F2F2", zorder=0)
        ax.annotate(f"Report quarter\n({report_label})", xy=(i, ymax * 1.25 + 0.3),
                    ha="center", va="top", fontsize=7.5, color=_TEXT_GREY)
    ax.set_ylabel("Programme items")
    _integer_ticks(ax.yaxis)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=_legend_columns(len(shown)),
              frameon=False,
              borderaxespad=0.2)
    subtitle = (f"Programme items by the quarter their timing points to and by status; "
                f"report quarter {report_label}; {no_timing} of {total} items give no timing")
    _frame_figure(fig, ax, title, subtitle, _source_note("programme", programme))
    parts = "; ".join(f"{r['quarter_label']} {int(r['total'])}" for _, r in table.iterrows())
    alt = (f"Stacked bar chart of programme items per financial quarter by status, with the "
           f"report quarter {report_label} marked ({parts}); it shows that {_clause(title)}.")
    return Chart(fig, "quarter_status", alt, title)


def _priority_title(table: pd.DataFrame) -> str:
    """Headline of the priority chart: the items at risk and where, else how many are
    done."""
    total = int(table["total"].sum())
    done = int(table["done"].sum()) if "done" in table else 0
    at_risk = table[table.get("at risk", 0) > 0] if "at risk" in table else table.iloc[:0]
    if len(at_risk):
        n_risk = int(at_risk["at risk"].sum())
        return (f"{_plural(n_risk, 'item')} {'is' if n_risk == 1 else 'are'} at risk, in "
                f"{_join(at_risk['priority'].tolist())}")
    if total:
        return f"{done} of {total} programme items are done"
    return "The update lists no programme items"


@_in_style
def chart_status_by_priority(programme: pd.DataFrame) -> Chart:
    """Programme items per priority, stacked by status (horizontal bars).

    Returns
    -------
    Chart
        Named ``"status_by_priority"``.

    Examples
    --------
    >>> from wlga_analysis.programme import load_programme
    >>> chart = chart_status_by_priority(load_programme())
    >>> chart.name
    'status_by_priority'
    >>> chart.title
    '2 items are at risk, in Programme Set Up and COVID-19 Pandemic Recovery'
    """
    table = analysis.status_by_priority(programme)
    statuses = [s for s in analysis._statuses(programme) if s in table.columns]
    shown = [s for s in statuses if table[s].sum() > 0] or statuses[:1]
    colours = _status_colours(statuses)
    total = int(table["total"].sum())
    title = _priority_title(table)
    n = len(table)
    fig = _new_figure(max(3.0, 1.9 + 0.45 * n))
    ax = fig.add_subplot()
    y = list(range(n))[::-1]
    left = [0] * n
    for s in shown:
        vals = table[s].tolist()
        ax.barh(y, vals, left=left, color=colours[s], label=s.capitalize(), height=0.62)
        for yi, lft, v in zip(y, left, vals, strict=True):
            if v >= 1:
                ax.text(lft + v / 2, yi, str(v), ha="center", va="center", fontsize=7.5,
                        color=_contrast(colours[s]))
        left = [a + v for a, v in zip(left, vals, strict=True)]
    labels = [_wrap(p if ip else f"{p} (section, no priority)", _chars(30))
              for p, ip in zip(table["priority"], table["is_priority"], strict=True)]
    ax.set_yticks(y, labels)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlim(0, max(1, int(table["total"].max()) if n else 1) * 1.05)
    ax.set_xlabel("Programme items")
    _integer_ticks(ax.xaxis)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=_legend_columns(len(shown)),
              frameon=False,
              borderaxespad=0.2)
    subtitle = (f"Progress bullets per priority of the offer and their status ({total} items; "
                "status read from the wording of each bullet)")
    _frame_figure(fig, ax, title, subtitle, _source_note("programme", programme))
    parts = "; ".join(f"{r['priority']}: " + ", ".join(f"{int(r[s])} {s}" for s in shown
                                                      if r[s])
                      for _, r in table.iterrows())
    alt = (f"Horizontal stacked bar chart of programme items per priority by status ({parts}); "
           f"it shows that {_clause(title)}.")
    return Chart(fig, "status_by_priority", alt, title)


