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
    _palette,
    _plural,
    _source_note,
    _wrap,
)


@_in_style
def chart_owners(recs: pd.DataFrame) -> Chart:
    """Recommendations per owner, sole and joint, as stacked horizontal bars.

    Parameters
    ----------
    recs : DataFrame
        The ``recommendations`` table.

    Returns
    -------
    Chart
        Named ``"owners"``; the title names the most common combination of owners.

    Examples
    --------
    >>> from wlga_analysis.recommendations import load_recommendations
    >>> chart = chart_owners(load_recommendations())
    >>> chart.name, chart.title
    ('owners', 'WLGA and WG jointly own 14 of 25 recommendations')
    >>> print(chart.alt_text)  # doctest: +ELLIPSIS
    Horizontal stacked bar chart of recommendations per owner, sole and joint: WLGA 19 (2 sole,
    17 joint); WG 16 (1 sole, 15 joint); ...
    """
    per_owner = analysis.recommendations_per_owner(recs)
    combos = analysis.owner_combinations(recs, keep_lead=False)
    named = combos[combos["n_owners"] > 0]
    n_recs = len(recs)
    n_none = len(analysis.recommendations_without_owner(recs))
    if len(named):
        top = named.iloc[0]
        members = top["owners"].split("/")
        if len(members) > 1:
            title = (f"{_join(members)} jointly own {top['recommendations']} of "
                     f"{_plural(n_recs, 'recommendation')}")
        else:
            title = (f"{members[0]} alone owns {top['recommendations']} of "
                     f"{_plural(n_recs, 'recommendation')}, more than any other combination")
    else:
        title = "No recommendation names an owner"
    sole_c, joint_c = _palette("duo")[:2]
    fig = _new_figure(max(2.6, 1.6 + 0.42 * len(per_owner)))
    ax = fig.add_subplot()
    y = list(range(len(per_owner)))[::-1]
    ax.barh(y, per_owner["sole"], color=sole_c, label="Sole owner", height=0.6)
    ax.barh(y, per_owner["joint"], left=per_owner["sole"], color=joint_c,
            label="Joint with others", height=0.6)
    for yi, row in zip(y, per_owner.itertuples(index=False), strict=True):
        for start, value, colour in ((0, row.sole, sole_c), (row.sole, row.joint, joint_c)):
            if value >= 2:
                ax.text(start + value / 2, yi, str(value), ha="center", va="center",
                        color=_contrast(colour), fontsize=8)
        ax.text(row.total + 0.2, yi, f"{row.total} total", va="center", fontsize=8,
                color=_TEXT_GREY)
    ax.set_yticks(y, per_owner["owner"].tolist())
    ax.set_xlabel(_wrap("Recommendations (a joint recommendation counts for each owner)",
                        _chars(80, 9)))
    _integer_ticks(ax.xaxis)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlim(0, (per_owner["total"].max() if len(per_owner) else 1) * 1.18 + 0.5)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=_legend_columns(2),
              frameon=False,
              borderaxespad=0.2)
    subtitle = (f"Recommendations naming each owner, {n_recs} recommendations in all"
                + (f"; {n_none} name no owner" if n_none else ""))
    _frame_figure(fig, ax, title, subtitle, _source_note("recommendations", recs))
    parts = "; ".join(f"{r.owner} {r.total} ({r.sole} sole, {r.joint} joint)"
                      for r in per_owner.itertuples(index=False))
    alt = (f"Horizontal stacked bar chart of recommendations per owner, sole and joint: "
           f"{parts}; it shows that {_clause(title)}.")
    return Chart(fig, "owners", alt, title)


def _heatmap_title(matrix: pd.DataFrame) -> str:
    """The owners named in every theme, else the theme with most owner credits."""
    owners, themes = list(matrix.columns), list(matrix.index)
    everywhere = [o for o in owners if (matrix[o] > 0).all()] if len(themes) else []
    if everywhere and len(themes) > 1:
        verb = "is" if len(everywhere) == 1 else "are"
        return f"{_join(everywhere)} {verb} named in every theme"
    if len(themes) and owners:
        theme_totals = matrix.sum(axis=1)
        busiest = theme_totals.idxmax()
        return f"'{busiest}' carries the most owner credits ({int(theme_totals.max())})"
    return "No recommendation names an owner"


@_in_style
def chart_owner_theme_heatmap(recs: pd.DataFrame) -> Chart:
    """Heatmap of recommendations per theme (rows) and owner (columns).

    Returns
    -------
    Chart
        Named ``"owner_theme_heatmap"``; the title names the owners found in every theme.

    Examples
    --------
    >>> from wlga_analysis.recommendations import load_recommendations
    >>> chart = chart_owner_theme_heatmap(load_recommendations())
    >>> chart.name, chart.title
    ('owner_theme_heatmap', 'WLGA and WG are named in every theme')
    >>> print(chart.alt_text)  # doctest: +ELLIPSIS
    Heatmap of recommendations by theme and owner (Joint working and structures: WLGA 7, WG 6,
    LG 4, Working Group 1; ...
    """
    from matplotlib.colors import LinearSegmentedColormap

    matrix = analysis.owner_by_theme(recs).set_index("theme")
    owners = list(matrix.columns)
    themes = list(matrix.index)
    title = _heatmap_title(matrix)
    seq = _palette("sequential", 5)[::-1]  # light to dark
    cmap = LinearSegmentedColormap.from_list("af_sequential", ["#FFFFFF", *seq[1:]])
    fig = _new_figure(max(2.8, 1.9 + 0.5 * len(themes)))
    ax = fig.add_subplot()
    values = matrix.to_numpy(dtype=float) if owners else [[0.0]]
    vmax = max(1.0, float(matrix.to_numpy().max()) if owners and len(themes) else 1.0)
    ax.imshow(values, cmap=cmap, vmin=0, vmax=vmax, aspect="auto")
    for i, theme in enumerate(themes):
        for j, owner in enumerate(owners):
            v = int(matrix.loc[theme, owner])
            shade = cmap(v / vmax)
            lum = 0.2126 * shade[0] + 0.7152 * shade[1] + 0.0722 * shade[2]
            ax.text(j, i, str(v), ha="center", va="center", fontsize=9,
                    color=_GREY if v == 0 else "black" if lum > 0.5 else "white")
    ax.set_xticks(range(len(owners)), owners)
    ax.set_yticks(range(len(themes)), [_wrap(t, _chars(26)) for t in themes])
    ax.tick_params(axis="x", top=True, labeltop=True, bottom=False, labelbottom=False)
    ax.grid(False)
    ax.set_xticks([j + 0.5 for j in range(len(owners) - 1)], minor=True)
    ax.set_yticks([i + 0.5 for i in range(len(themes) - 1)], minor=True)
    ax.grid(which="minor", axis="both", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0)
    subtitle = ("Recommendations per theme naming each owner (a joint recommendation counts "
                "for each owner)")
    _frame_figure(fig, ax, title, subtitle, _source_note("recommendations", recs))
    cells = "; ".join(f"{t}: " + ", ".join(f"{o} {int(matrix.loc[t, o])}" for o in owners
                                          if matrix.loc[t, o] > 0)
                      for t in themes)
    alt = (f"Heatmap of recommendations by theme and owner ({cells or 'no owners'}); "
           f"it shows that {_clause(title)}.")
    return Chart(fig, "owner_theme_heatmap", alt, title)


