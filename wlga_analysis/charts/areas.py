from __future__ import annotations

import pandas as pd

from wlga_analysis import analysis
from wlga_analysis.charts.style import (
    _TEXT_GREY,
    Chart,
    _chars,
    _clause,
    _frame_figure,
    _in_style,
    _integer_ticks,
    _legend_columns,
    _new_figure,
    _palette,
    _source_note,
    _wrap,
)


@_in_style
def chart_area_counts(areas: pd.DataFrame, activities: pd.DataFrame,
                      recs: pd.DataFrame) -> Chart:
    """Recommendations and activities per area, as paired horizontal bars.

    Returns
    -------
    Chart
        Named ``"area_counts"``; the title names the area(s) with most recommendations.

    Examples
    --------
    >>> from wlga_analysis import recommendations as recs
    >>> chart = chart_area_counts(recs.load_areas(), recs.load_activities(),
    ...                           recs.load_recommendations())
    >>> chart.name
    'area_counts'
    >>> print(chart.title)
    Regional arrangements and Mutual respect and shared responsibilities have the most
    recommendations (5 each)
    """
    summary = analysis.area_summary(areas, activities, recs)
    if len(summary):
        most = summary["recommendations"].max()
        top = summary.loc[summary["recommendations"] == most, "area"].tolist()
        if len(top) == 1:
            title = f"{top[0]} has the most recommendations ({most})"
        elif len(top) == 2:
            title = f"{top[0]} and {top[1]} have the most recommendations ({most} each)"
        else:
            title = f"{len(top)} areas share the most recommendations ({most} each)"
    else:
        title = "The document has no areas"
    rec_c, act_c = _palette("duo")[:2]
    n = len(summary)
    fig = _new_figure(max(3.0, 1.8 + 0.42 * n))
    ax = fig.add_subplot()
    pos = list(range(n))[::-1]
    h = 0.38
    ax.barh([p + h / 2 for p in pos], summary["recommendations"], height=h, color=rec_c,
            label="Recommendations")
    ax.barh([p - h / 2 for p in pos], summary["activities"], height=h, color=act_c,
            label="Activities underway or achieved")
    for p, row in zip(pos, summary.itertuples(index=False), strict=True):
        ax.text(row.recommendations + 0.1, p + h / 2, str(row.recommendations), va="center",
                fontsize=7.5, color=rec_c)
        ax.text(row.activities + 0.1, p - h / 2, str(row.activities), va="center",
                fontsize=7.5, color=_TEXT_GREY)
    labels = [_wrap(f"{r.area_id}. {r.area}", _chars(34)) for r in summary.itertuples(index=False)]
    ax.set_yticks(pos, labels)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    top_x = max(1, int(summary[["recommendations", "activities"]].to_numpy().max())) if n else 1
    ax.set_xlim(0, top_x * 1.12 + 0.5)
    ax.set_xlabel("Number of items")
    _integer_ticks(ax.xaxis)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=_legend_columns(2),
              frameon=False,
              borderaxespad=0.2)
    subtitle = (f"Recommendations and activities listed per area ({n} areas, "
                f"{int(summary['recommendations'].sum()) if n else 0} recommendations, "
                f"{int(summary['activities'].sum()) if n else 0} activities)")
    _frame_figure(fig, ax, title, subtitle, _source_note("recommendations", recs))
    parts = "; ".join(f"{r.area} {r.recommendations} and {r.activities}"
                      for r in summary.itertuples(index=False))
    alt = (f"Horizontal bar chart of recommendations and activities per area "
           f"(recommendations and activities: {parts}); it shows that {_clause(title)}.")
    return Chart(fig, "area_counts", alt, title)


