"""Charts of a series of programme updates: status by update, and the milestone trend.

Both take the ``programme_series`` table (:func:`wlga_analysis.load_programme_series`) and
follow the house style of :mod:`wlga_analysis.charts` (headline title computed from the
data, subtitle, source note, alt text). A series with invented example updates (from
``data/examples/``) says "example data" in every title, so that nobody quotes it.

Examples
--------
>>> import warnings
>>> from wlga_analysis import config, load_programme_series
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     series = load_programme_series([config.SHIPPED_PROGRAMME,
...                                     config.DATA_DIR / "examples"])
>>> [chart.name for chart in series_charts(series)]
['status_by_update', 'milestone_trend']
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pandas as pd

from wlga_analysis.charts import (
    Chart,
    _contrast,
    _frame_figure,
    _in_style,
    _new_figure,
    _palette,
    _plural,
    _status_colours,
)

__all__ = ["chart_milestone_trend", "chart_status_by_update", "mark_example_data",
           "series_charts"]


def _date_label(value: str | None) -> str:
    if not isinstance(value, str):
        return "undated"
    day = dt.date.fromisoformat(value)
    return f"{day.day} {day:%b %Y}"


def _month_label(value: str | None) -> str:
    return "an undated update" if not isinstance(value, str) else \
        f"{dt.date.fromisoformat(value):%B %Y}"


def _series_source(series: pd.DataFrame) -> str:
    updates = list(dict.fromkeys(series["update"]))
    names = ", ".join(updates) if len(updates) <= 2 else f"{updates[0]} to {updates[-1]}"
    note = f"Source: {_plural(len(updates), 'programme update')}, {names}"
    if bool(series["example_data"].any()):
        note += " (files in data/examples/ are invented example data)"
    return note


def _titled(title: str, series: pd.DataFrame) -> str:
    from wlga_analysis.analysis.series import example_title

    return example_title(title, series)


@_in_style
def chart_status_by_update(series: pd.DataFrame) -> Chart:
    """Programme items by status at each update, as stacked bars (one bar per update date).

    Returns
    -------
    Chart
        Named ``"status_by_update"``.

    Examples
    --------
    >>> import warnings
    >>> from wlga_analysis import config, load_programme_series
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     series = load_programme_series([config.SHIPPED_PROGRAMME,
...                                     config.DATA_DIR / "examples"])
    >>> chart_status_by_update(series).title
    'Done items rose from 7 of 30 to 8 of 28 between October 2021 and March 2022 (example data)'
    """
    from wlga_analysis.analysis.series import status_by_update

    table = status_by_update(series)
    statuses = [c for c in table.columns if c not in ("update", "update_date", "total")]
    shown = [s for s in statuses if table[s].sum() > 0] or statuses[:1]
    colours = _status_colours(statuses)
    first, last = table.iloc[0], table.iloc[-1]
    done0 = int(first.get("done", 0))
    done1 = int(last.get("done", 0))
    span = f"between {_month_label(first['update_date'])} and {_month_label(last['update_date'])}"
    if len(table) < 2:
        title = f"{done1} of {int(last['total'])} items are done at the only update"
    elif done1 != done0:
        verb = "rose" if done1 > done0 else "fell"
        title = (f"Done items {verb} from {done0} of {int(first['total'])} to {done1} of "
                 f"{int(last['total'])} {span}")
    else:
        title = f"Done items stayed at {done1} {span}"
    title = _titled(title, series)
    fig = _new_figure(3.6)
    ax = fig.add_subplot()
    x = list(range(len(table)))
    bottom = [0] * len(table)
    for s in shown:
        values = table[s].tolist()
        ax.bar(x, values, bottom=bottom, color=colours[s], label=s.capitalize(), width=0.6)
        for xi, b, v in zip(x, bottom, values, strict=True):
            if v >= 1:
                ax.text(xi, b + v / 2, str(v), ha="center", va="center", fontsize=7.5,
                        color=_contrast(colours[s]))
        bottom = [a + v for a, v in zip(bottom, values, strict=True)]
    ax.set_xticks(x, [_date_label(d) for d in table["update_date"]])
    ax.grid(axis="x", visible=False)
    ax.set_ylabel("Programme items")
    ax.set_ylim(0, max(1, int(table["total"].max())) * 1.08)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(shown), frameon=False,
              borderaxespad=0.2)
    subtitle = ("Progress bullets of each update by status (status read from the wording of "
                "each bullet)")
    _frame_figure(fig, ax, title, subtitle, _series_source(series))
    parts = "; ".join(f"{_date_label(r['update_date'])}: " + ", ".join(
        f"{int(r[s])} {s}" for s in shown if r[s]) for _, r in table.iterrows())
    alt = (f"Stacked bar chart of programme items by status at each of "
           f"{_plural(len(table), 'update')} ({parts}); {title[0].lower() + title[1:]}.")
    return Chart(fig, "status_by_update", alt, title)


@_in_style
def chart_milestone_trend(series: pd.DataFrame) -> Chart:
    """Milestone trend: for each item with a due quarter, the due quarter as reported at
    each update. Flat lines are on time; rising lines slip; the dashed diagonal is the
    update's own quarter (a milestone meeting it is due now).

    Returns
    -------
    Chart
        Named ``"milestone_trend"``.

    Examples
    --------
    >>> import warnings
    >>> from wlga_analysis import config, load_programme_series
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     series = load_programme_series([config.SHIPPED_PROGRAMME,
...                                     config.DATA_DIR / "examples"])
    >>> chart_milestone_trend(series).title
    '6 of 16 dated items slipped at least once (example data)'
    """
    from wlga_analysis.analysis.series import milestone_trend
    from wlga_analysis.quarters import quarter_label

    trend = milestone_trend(series)
    dates = list(dict.fromkeys(series["update_date"]))
    position = {d: i for i, d in enumerate(dates)}
    report = dict(zip(series["update_date"], series["report_quarter"], strict=True))
    quarters = sorted({q for q in trend["due_quarter"]} |
                      {q for q in report.values() if not pd.isna(q)})
    ordinal = {q: i for i, q in enumerate(quarters)}
    slipped = _slipped_keys(trend)
    n_items = trend["item_key"].nunique()
    title = _titled(f"{len(slipped)} of {n_items} dated items slipped at least once"
                    if n_items else "No item gives a due quarter", series)
    fig = _new_figure(4.8)
    ax = fig.add_subplot()
    focus = _palette("categorical")[2]
    ends = _draw_trend_lines(ax, trend, position, ordinal, slipped, focus)
    _label_line_ends(ax, ends, len(dates) - 1, focus)
    _draw_own_quarter(ax, report, position, ordinal)
    ax.set_xticks(range(len(dates)), [_date_label(d) for d in dates])
    ax.set_yticks(range(len(quarters)), [quarter_label(q) for q in quarters])
    ax.set_ylabel("Due quarter as reported")
    subtitle = ("Due quarter of each item's outstanding work at each update; slipping items "
                "highlighted and named")
    _frame_figure(fig, ax, title, subtitle, _series_source(series))
    names = ", ".join(sorted(trend.loc[trend["item_key"].isin(slipped), "label"].unique()))
    alt = (f"Milestone trend line chart of the due quarter of {_plural(n_items, 'item')} at "
           f"each of {_plural(len(dates), 'update')}; {title[0].lower() + title[1:]}"
           + (f" ({names})." if names else "."))
    return Chart(fig, "milestone_trend", alt, title)


def _slipped_keys(trend: pd.DataFrame) -> set[str]:
    """Items whose due quarter moved later at least once."""
    return {key for key, rows in trend.groupby("item_key", sort=False)
            if any(b > a for a, b in pairwise(rows["due_quarter"].tolist()))}


def _draw_trend_lines(ax, trend: pd.DataFrame, position: dict, ordinal: dict,
                      slipped: set[str], focus: str) -> list[tuple[float, str]]:
    """One line per item (slipping ones in the focus colour, spread a little where they
    share a quarter); returns the end point and label of each slipping line."""
    keys = list(dict.fromkeys(trend["item_key"]))
    step = min(0.5 / max(len(keys), 1), 0.05)
    ends: list[tuple[float, str]] = []
    for k, (key, rows) in enumerate(trend.groupby("item_key", sort=False)):
        offset = (k - (len(keys) - 1) / 2) * step
        x = [position[d] for d in rows["update_date"]]
        y = [ordinal[q] + offset for q in rows["due_quarter"]]
        ax.plot(x, y, marker="o", markersize=3, linewidth=1.3,
                color=focus if key in slipped else "#BFBFBF", zorder=3 if key in slipped else 2)
        if key in slipped:
            label = rows["label"].iloc[-1]
            ends.append((y[-1], label if len(label) <= 30 else label[:29].rstrip() + "…"))
    return ends


def _label_line_ends(ax, ends: list[tuple[float, str]], last_x: int, colour: str) -> None:
    """Name each slipping line at its end, labels pushed apart so they do not overlap."""
    placed = -1e9
    for y, label in sorted(ends):
        placed = max(y, placed + 0.16)
        ax.annotate(label, (last_x, y), xytext=(last_x + 0.12, placed), fontsize=6.5,
                    va="center", color=colour, textcoords="data",
                    arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.5})
    ax.set_xlim(-0.3, max(last_x, 1) + (1.4 if ends else 0.3))


def _draw_own_quarter(ax, report: dict, position: dict, ordinal: dict) -> None:
    """The dashed diagonal: each update's own quarter (a milestone on it is due now)."""
    diagonal = [(position[d], ordinal[q]) for d, q in report.items()
                if not pd.isna(q) and q in ordinal]
    if diagonal:
        ax.plot(*zip(*diagonal, strict=True), linestyle="--", linewidth=1, color="#3D3D3D",
                label="the update's own quarter")
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, borderaxespad=0.2)


def series_charts(series: pd.DataFrame) -> list[Chart]:
    """Both series charts, in the order they are published.

    Returns
    -------
    list of Chart
        Status by update, then the milestone trend.

    Examples
    --------
    >>> from wlga_analysis.series import read_series
    >>> [c.title for c in series_charts(read_series(None).programme)]
    ['7 of 30 items are done at the only update', '0 of 10 dated items slipped at least once']
    """
    return [chart_status_by_update(series), chart_milestone_trend(series)]


def mark_example_data(chart: Chart) -> Chart:
    """Add "(example data)" to a chart's title, on the figure and in its alt text (for a
    chart drawn from an invented example update).

    Returns
    -------
    Chart
        The same chart, changed.

    Examples
    --------
    >>> from wlga_analysis.charts import chart_owners
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1], "owners": [["WG"]]}))
    >>> mark_example_data(chart).title.endswith(" (example data)")
    True
    >>> any("(example data)" in t.get_text() for t in chart.figure.texts)
    True
    """
    if chart.title.endswith("(example data)"):
        return chart
    flat = " ".join(chart.title.split())
    for text in chart.figure.texts:
        if " ".join(text.get_text().split()) == flat:
            lines = text.get_text().split("\n")
            lines[-1] += " (example data)"
            text.set_text("\n".join(lines))
            break
    chart.title = f"{chart.title} (example data)"
    chart.alt_text = f"{chart.alt_text} Example data, invented for demonstration."
    return chart
