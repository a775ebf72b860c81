"""Charts in one house style: the UK Government Analysis Function style (``afcharts``).

Every chart function takes the loaders' tables, draws one figure and returns a
:class:`Chart`: the figure, a file name, a headline title that carries the message (computed
from the data), and alt text. Each figure has a headline title, a subtitle describing the
data and a source note naming the document, and is sized for a journal column (6.5 in).

matplotlib is imported only when a chart is drawn (``import wlga_analysis`` does not load it).
Figures are created without pyplot, so nothing is left open in pyplot's figure list and an
interactive backend (e.g. Jupyter's inline one) is never replaced; when no backend has been
chosen at all, the non-interactive Agg backend is selected.

:func:`save_figure` writes PNG, SVG and PDF that are byte-identical from one run to the next,
plus ``<name>.alt.txt``; :func:`build_all_charts` draws and saves every chart and writes the
``figures.csv`` / ``figures.md`` index.

Examples
--------
>>> import pandas as pd
>>> recs = pd.DataFrame({"rec_id": [1, 2, 3],
...                      "owners": [["WLGA", "WG"], ["WG", "WLGA"], ["WLGA"]]})
>>> chart = chart_owners(recs)
>>> chart.title
'WLGA and WG jointly own 2 of 3 recommendations'
>>> chart.alt_text.startswith("Horizontal stacked bar chart")
True
"""

from __future__ import annotations

import csv
import io
import os
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from wlga_analysis import analysis, config
from wlga_analysis.files import atomic_write
from wlga_analysis.quarters import quarter_label

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Width of every figure in inches (a journal column / A4 page text width).
FIGURE_WIDTH: float = 6.5
#: Fixed salt for SVG element ids, so SVG output is identical from run to run.
SVG_HASHSALT: str = "wlga-analysis"
#: Creator written into SVG and PDF metadata.
CREATOR: str = "wlga_analysis"

#: afcharts categorical palette (colour-blind safe, in its recommended order).
_FALLBACK_CATEGORICAL = ["#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1"]
_GREY = "#BFBFBF"
_TEXT_GREY = "#3D3D3D"

#: Overrides of the afcharts style for a 6.5 in wide figure (afcharts targets slides).
_HOUSE_RC: dict[str, Any] = {
    "font.size": 9,
    "axes.titlesize": 9,
    "axes.labelsize": 9,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "figure.titlesize": 12,
    "figure.titleweight": "bold",
    "figure.dpi": 100,
    "savefig.dpi": 300,
    "svg.hashsalt": SVG_HASHSALT,
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "path.simplify": True,
    "figure.constrained_layout.use": True,
}


@dataclass
class Chart:
    """A drawn chart and what is needed to publish it.

    Attributes
    ----------
    figure : matplotlib.figure.Figure
    name : str
        File stem, e.g. ``"owners"``.
    alt_text : str
        One sentence: chart type, data, main message.
    title : str
        The headline title shown on the figure.

    Examples
    --------
    >>> import pandas as pd
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1, 2], "owners": [["WLGA"], ["WG"]]}))
    >>> chart
    Chart 'owners': WLGA alone owns 1 of 2 recommendations, more than any other combination
    >>> chart.name, type(chart.figure).__name__, chart.figure.get_size_inches().tolist()
    ('owners', 'Figure', [6.5, 2.6])
    """

    figure: Figure
    name: str
    alt_text: str
    title: str

    def __repr__(self) -> str:
        return f"Chart {self.name!r}: {self.title}"

    def _repr_png_(self) -> bytes:
        """Show the chart in Jupyter (96 dpi PNG), without needing pyplot."""
        return _render(self, "png", dpi=96)


# --------------------------------------------------------------------------- style


def _matplotlib():
    """Import matplotlib, choosing Agg only when no backend has been chosen."""
    import matplotlib

    if not os.environ.get("MPLBACKEND"):
        try:
            chosen = matplotlib.rcParams._get_backend_or_none()
        except AttributeError:  # pragma: no cover - older matplotlib
            chosen = "pyplot" in sys.modules and matplotlib.get_backend()
        if chosen is None:
            matplotlib.use("Agg")
    import matplotlib.style  # registers matplotlib.style

    return matplotlib


def _style() -> list:
    """The afcharts style followed by the house overrides (for ``style.context``)."""
    styles: list = []
    try:
        import afcharts

        path = Path(afcharts.__file__).with_name("afcharts.mplstyle")
        if path.exists():
            styles.append(str(path))
    except ImportError:  # pragma: no cover - afcharts is a dependency
        pass
    styles.append(_HOUSE_RC)
    return styles


def _palette(kind: str = "categorical", n: int | None = None) -> list[str]:
    """Colours from afcharts' ``af_colours`` (categorical, duo, sequential or focus)."""
    try:
        from afcharts.af_colours import get_af_colours

        if kind == "sequential":
            return list(get_af_colours("sequential", number_of_colours=n or 5))
        if kind == "categorical" and n is not None and n > 2:
            return list(get_af_colours("categorical", number_of_colours=min(n, 6)))
        return list(get_af_colours(kind if kind != "categorical" else "categorical"))
    except Exception:  # pragma: no cover - afcharts missing or changed
        return _FALLBACK_CATEGORICAL[: n or 6]


def _status_colours(statuses: Sequence[str]) -> dict[str, str]:
    """One fixed colour per programme status (same in every chart)."""
    cat = _palette("categorical")
    fixed = {"done": cat[0], "in progress": cat[1], "planned": cat[3], "at risk": cat[2]}
    extra = [c for c in cat if c not in fixed.values()]
    out = {}
    for s in statuses:
        out[s] = fixed.get(s) or extra[len(out) % len(extra)]
    return out


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(str(text), width=width, break_long_words=False)) or str(text)


def _new_figure(height: float) -> Figure:
    _matplotlib()
    from matplotlib.figure import Figure

    return Figure(figsize=(FIGURE_WIDTH, height), layout="constrained")


def _frame_figure(fig: Figure, ax: Axes | None, title: str, subtitle: str,
                  source: str) -> None:
    """Headline title, subtitle and source note in the house style.

    The three are figure texts aligned with the figure's left edge; the constrained layout
    is confined to the band between them, so nothing overlaps or is clipped.
    """
    width_in, height_in = fig.get_size_inches()
    title_txt = _wrap(title, int(width_in * 9.4))
    sub_txt = _wrap(subtitle, int(width_in * 14.5))
    src_txt = _wrap(source, int(width_in * 19))
    pad = 0.08 / height_in
    line = 1.25 / 72 / height_in  # one point of text with line spacing, as a figure fraction
    title_h = 12 * line * (title_txt.count("\n") + 1)
    sub_h = 9 * line * (sub_txt.count("\n") + 1)
    src_h = 7 * line * (src_txt.count("\n") + 1)
    top = 1 - pad
    fig.text(0.012, top, title_txt, ha="left", va="top", fontsize=12, fontweight="bold",
             color="black")
    fig.text(0.012, top - title_h - 0.3 * pad, sub_txt, ha="left", va="top", fontsize=9,
             color=_TEXT_GREY)
    fig.text(0.012, pad * 0.6, src_txt, ha="left", va="bottom", fontsize=7, color=_TEXT_GREY)
    band_top = top - title_h - sub_h - 1.6 * pad
    band_bottom = pad * 0.6 + src_h + 0.6 * pad
    fig.get_layout_engine().set(rect=(0, band_bottom, 1, band_top - band_bottom))


def _source_note(kind: str, frame: pd.DataFrame | None = None) -> str:
    """'Source: <file>, <title>' for the document the frame came from."""
    file = title = None
    if frame is not None:
        file = frame.attrs.get("source_file") or frame.attrs.get("file")
        path = frame.attrs.get("source") or frame.attrs.get("path")
        if file is None and path:
            file = Path(str(path)).name
        title = frame.attrs.get("source_title") or frame.attrs.get("title")
    if file is None or title is None:
        try:
            from wlga_analysis.documents import shipped_record

            record = shipped_record(kind)
            file = file or record.get("file")
            if title is None and file == record.get("file"):
                title = record.get("title")
        except Exception:  # pragma: no cover - provenance unreadable
            pass
    parts = [p for p in (file, title) if p]
    return "Source: " + (", ".join(f"'{p}'" if p == title else p for p in parts)
                         if parts else f"the {kind} document")


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _contrast(hex_colour: str) -> str:
    """Black or white text, whichever reads better on ``hex_colour``."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "black" if lum > 0.5 else "white"


def _in_style(func: Callable[..., Chart]) -> Callable[..., Chart]:
    def wrapper(*args, **kwargs) -> Chart:
        mpl = _matplotlib()
        with mpl.style.context(_style()):
            return func(*args, **kwargs)

    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func  # type: ignore[attr-defined]
    return wrapper


# --------------------------------------------------------------------------- charts


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
    ax.set_xlabel("Recommendations (a joint recommendation counts for each owner)")
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlim(0, (per_owner["total"].max() if len(per_owner) else 1) * 1.18 + 0.5)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False,
              borderaxespad=0.2)
    subtitle = (f"Recommendations naming each owner, {n_recs} recommendations in all"
                + (f"; {n_none} name no owner" if n_none else ""))
    _frame_figure(fig, ax, title, subtitle, _source_note("recommendations", recs))
    parts = "; ".join(f"{r.owner} {r.total} ({r.sole} sole, {r.joint} joint)"
                      for r in per_owner.itertuples(index=False))
    alt = (f"Horizontal stacked bar chart of recommendations per owner, sole and joint: "
           f"{parts}; it shows that {_clause(title)}.")
    return Chart(fig, "owners", alt, title)


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
    everywhere = [o for o in owners if (matrix[o] > 0).all()] if len(themes) else []
    if everywhere and len(themes) > 1:
        verb = "is" if len(everywhere) == 1 else "are"
        title = f"{_join(everywhere)} {verb} named in every theme"
    elif len(themes) and owners:
        theme_totals = matrix.sum(axis=1)
        busiest = theme_totals.idxmax()
        title = f"'{busiest}' carries the most owner credits ({int(theme_totals.max())})"
    else:
        title = "No recommendation names an owner"
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
    ax.set_yticks(range(len(themes)), [_wrap(t, 26) for t in themes])
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
    labels = [_wrap(f"{r.area_id}. {r.area}", 34) for r in summary.itertuples(index=False)]
    ax.set_yticks(pos, labels)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    top_x = max(1, int(summary[["recommendations", "activities"]].to_numpy().max())) if n else 1
    ax.set_xlim(0, top_x * 1.12 + 0.5)
    ax.set_xlabel("Number of items")
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False,
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


def _default_report_quarter() -> pd.Period:
    from wlga_analysis.metadata import load_metadata

    return analysis._as_quarter(load_metadata(kind="programme")["date"])


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
    ahead = int(timed.loc[timed["position"] == "ahead", "total"].sum())
    current = int(timed.loc[timed["position"] == "current", "total"].sum())
    if total and no_timing * 2 > total:
        title = f"{no_timing} of {total} programme items give no timing"
    elif len(timed):
        busiest = timed.loc[timed["total"].idxmax()]
        title = (f"Most timed items fall in {busiest['quarter_label']}"
                 if busiest["total"] * 2 > timed["total"].sum() else
                 f"{current + ahead} of {total} programme items are timed for the report "
                 f"quarter or later")
    else:
        title = "No programme item gives a timing"
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
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(shown), frameon=False,
              borderaxespad=0.2)
    subtitle = (f"Programme items by the quarter their timing points to and by status; "
                f"report quarter {report_label}; {no_timing} of {total} items give no timing")
    _frame_figure(fig, ax, title, subtitle, _source_note("programme", programme))
    parts = "; ".join(f"{r['quarter_label']} {int(r['total'])}" for _, r in table.iterrows())
    alt = (f"Stacked bar chart of programme items per financial quarter by status, with the "
           f"report quarter {report_label} marked ({parts}); it shows that {_clause(title)}.")
    return Chart(fig, "quarter_status", alt, title)


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
    done = int(table["done"].sum()) if "done" in table else 0
    at_risk = table[table.get("at risk", 0) > 0] if "at risk" in table else table.iloc[:0]
    if len(at_risk):
        n_risk = int(at_risk["at risk"].sum())
        title = (f"{_plural(n_risk, 'item')} {'is' if n_risk == 1 else 'are'} at risk, in "
                 f"{_join(at_risk['priority'].tolist())}")
    elif total:
        title = f"{done} of {total} programme items are done"
    else:
        title = "The update lists no programme items"
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
    labels = [_wrap(p if ip else f"{p} (section, no priority)", 30)
              for p, ip in zip(table["priority"], table["is_priority"], strict=True)]
    ax.set_yticks(y, labels)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.set_xlim(0, max(1, int(table["total"].max()) if n else 1) * 1.05)
    ax.set_xlabel("Programme items")
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=len(shown), frameon=False,
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


@_in_style
def chart_funding(grants: pd.DataFrame, paragraphs: pd.DataFrame) -> Chart:
    """The grants and their total as bars, with the longer-term funding options as text.

    No figure is attached to the options: the update gives none.

    Returns
    -------
    Chart
        Named ``"funding"``.

    Examples
    --------
    >>> from wlga_analysis.programme import load_grants, load_paragraphs
    >>> chart = chart_funding(load_grants(), load_paragraphs())
    >>> chart.name, chart.title
    ('funding', 'Two grants total £1,330,000 for 2021-22')
    >>> print(chart.alt_text)  # doctest: +ELLIPSIS
    Horizontal bar chart of grants with their total (improvement grant £800,000; digital grant
    £530,000; total £1,330,000); 3 options for longer-term funding listed as text without
    amounts; ...
    """
    summary = analysis.grant_summary(grants)
    options = analysis.funding_options(paragraphs, include_current=False)
    body = summary[~summary["is_total"]]
    totals = summary[summary["is_total"]]
    total_row = totals.iloc[0]
    years = total_row["financial_year"]
    first = body[body["financial_year"] == years] if len(totals) > 1 else body
    if len(first) > 1:
        title = f"{_number_word(len(first))} grants total {total_row['amount']} for {years}"
    elif len(first) == 1:
        title = f"One grant of {total_row['amount']} for {years}"
    else:
        title = "The update names no grant"
    if len(totals) > 1:  # other years are never added in
        later = ", ".join(totals["financial_year"].iloc[1:])
        title += f"; {len(body) - len(first)} more for {later}"
        years = ", ".join(totals["financial_year"])
    n_opt = len(options)
    height = 2.0 + 0.3 * len(summary) + (0.4 * n_opt + 0.3 if n_opt else 0)
    fig = _new_figure(height)
    ax = fig.add_subplot()
    colour, total_colour = _palette("duo")[0], _GREY
    y = list(range(len(summary)))[::-1]
    bar_colours = [total_colour if t else colour for t in summary["is_total"]]
    ax.barh(y, summary["amount_gbp"], color=bar_colours, height=0.6)
    top = float(summary["amount_gbp"].max()) if len(summary) else 1.0
    for yi, row in zip(y, summary.itertuples(index=False), strict=True):
        ax.text(row.amount_gbp + top * 0.01, yi, row.amount, va="center", fontsize=8.5,
                color=_TEXT_GREY, fontweight="bold" if row.is_total else "normal")
    labels = [g.capitalize() if t else _wrap(g[0].upper() + g[1:], 24)
              for g, t in zip(summary["grant"], summary["is_total"], strict=True)]
    ax.set_yticks(y, labels)
    ax.set_xlim(0, top * 1.22)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    ax.xaxis.set_major_formatter(_gbp_formatter(top))
    if n_opt:
        para = options["paragraph"].dropna()
        where = f" (paragraph {int(para.iloc[0])})" if len(para) else ""
        lines = [f"Options for longer-term funding{where}; the update gives no amounts:"]
        for r in options.itertuples(index=False):
            if r.kind == "supplement":
                text = _wrap(f"possibly supplemented by {r.option}", 78)
                lines.append("     " + text.replace("\n", "\n     "))
            else:
                text = _wrap(f"{r.option_no}. {r.option[0].upper()}{r.option[1:]}", 82)
                lines.append(text.replace("\n", "\n    "))
        ax.set_xlabel("\n".join(lines), loc="left", fontsize=7.5, color="black",
                      labelpad=8, linespacing=1.35)
    subtitle = (f"Grant funding to the WLGA named in the update with an amount, {years}"
                if len(body) else "Grants named in the update")
    _frame_figure(fig, ax, title, subtitle, _source_note("programme", grants))
    parts = "; ".join(f"{r.grant} {r.amount}" for r in summary.itertuples(index=False))
    alt = (f"Horizontal bar chart of grants with their total ({parts}); "
           f"{_plural(n_opt, 'option')} for longer-term funding listed as text without "
           f"amounts; it shows that {_clause(title)}.")
    return Chart(fig, "funding", alt, title)


def _clause(title: str) -> str:
    """The title as a clause inside a sentence ('Two grants...' -> 'two grants...')."""
    first, _, rest = title.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in {
            "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "most", "the"}:
        return f"{first.lower()} {rest}".strip()
    return title


def _number_word(n: int) -> str:
    words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return (words[n] if 0 <= n < len(words) else str(n)).capitalize()


def _gbp_formatter(top: float):
    from matplotlib.ticker import FuncFormatter

    scale, unit = ((1e9, "bn") if top >= 1e9 else (1e6, "m") if top >= 1e6 else
                   (1e3, "k") if top >= 1e3 else (1.0, ""))
    return FuncFormatter(lambda v, _: "£0" if v == 0 else f"£{v / scale:g}{unit}")


# --------------------------------------------------------------------------- saving


def _metadata(fmt: str, title: str) -> dict[str, Any]:
    if fmt == "png":
        return {"Software": None, "Title": title}
    if fmt == "svg":
        return {"Date": None, "Creator": CREATOR, "Title": title}
    if fmt == "pdf":
        return {"CreationDate": None, "ModDate": None, "Creator": CREATOR,
                "Producer": CREATOR, "Title": title}
    return {}


def _render(chart: Chart, fmt: str, dpi: int) -> bytes:
    mpl = _matplotlib()
    buffer = io.BytesIO()
    with mpl.style.context(_style()), mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        chart.figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_metadata(fmt, chart.title),
                             facecolor="white")
    data = buffer.getvalue()
    if fmt == "svg":
        # a timestamp-free SVG still names the matplotlib version; keep it (it is stable)
        data = data.replace(b"\r\n", b"\n")
    return data


def save_figure(chart: Chart, folder: str | Path | None = None,
                formats: Iterable[str] = ("png", "svg", "pdf"), dpi: int = 300,
                close: bool = True) -> list[Path]:
    """Write ``chart`` as ``<name>.<format>`` for each format, plus ``<name>.alt.txt``.

    Output is byte-identical from one run to the next (no dates, fixed SVG id salt); each
    file is written to a temporary name and renamed into place.

    Parameters
    ----------
    chart : Chart
    folder : str or Path, optional
        Default :data:`wlga_analysis.config.FIGURES_DIR`; created if needed.
    formats : iterable of str
        Any of ``png``, ``svg``, ``pdf``.
    dpi : int
        Resolution of raster output.
    close : bool
        Close the figure afterwards (free its memory).

    Returns
    -------
    list of Path
        The files written (figures first, then the alt text).

    Examples
    --------
    >>> import tempfile
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1, 2], "owners": [["WLGA", "WG"], []]}))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = save_figure(chart, tmp, formats=("png",), dpi=50)
    ...     alt = (Path(tmp) / "owners.alt.txt").read_text(encoding="utf-8")
    ...     png = (Path(tmp) / "owners.png").read_bytes()
    >>> [p.name for p in written]
    ['owners.png', 'owners.alt.txt']
    >>> png[1:4], alt.rstrip().endswith("WLGA and WG jointly own 1 of 2 recommendations.")
    (b'PNG', True)
    """
    folder = Path(folder) if folder is not None else config.FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = folder / f"{chart.name}.{fmt}"
        atomic_write(path, _render(chart, fmt, dpi))
        written.append(path)
    alt_path = folder / f"{chart.name}.alt.txt"
    atomic_write(alt_path, (chart.alt_text.strip() + "\n").encode("utf-8"))
    written.append(alt_path)
    if close:
        _close(chart.figure)
    return written


def _close(fig: Figure) -> None:
    if "matplotlib.pyplot" in sys.modules:
        import matplotlib.pyplot as plt

        plt.close(fig)
    fig.clear()


def write_figures_index(charts: Sequence[Chart], folder: str | Path | None = None) -> list[Path]:
    """Write ``figures.csv`` (name, title, alt_text, files) and ``figures.md`` into ``folder``.

    ``files`` lists, separated by ``;``, the files of the chart present in the folder.

    Returns
    -------
    list of Path
        The two index files.

    Examples
    --------
    >>> import tempfile
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1], "owners": [["WLGA"]]}))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = save_figure(chart, tmp, formats=("png",), dpi=50)
    ...     written = write_figures_index([chart], tmp)
    ...     rows = list(csv.DictReader(open(written[0], encoding="utf-8")))
    >>> [p.name for p in written]
    ['figures.csv', 'figures.md']
    >>> rows[0]["name"], rows[0]["files"]
    ('owners', 'owners.png;owners.alt.txt')
    >>> rows[0]["title"]
    'WLGA alone owns 1 of 1 recommendation, more than any other combination'
    """
    folder = Path(folder) if folder is not None else config.FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for chart in charts:
        files = [f"{chart.name}.{ext}" for ext in ("png", "svg", "pdf", "alt.txt")
                 if (folder / f"{chart.name}.{ext}").exists()]
        rows.append({"name": chart.name, "title": chart.title, "alt_text": chart.alt_text,
                     "files": ";".join(files)})
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["name", "title", "alt_text", "files"],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    csv_path = folder / "figures.csv"
    atomic_write(csv_path, buffer.getvalue().encode("utf-8"))
    md = ["# Figures", ""]
    for row in rows:
        md += [f"## {row['title']}", ""]
        if (folder / f"{row['name']}.png").exists():
            alt = row["alt_text"].replace("[", "(").replace("]", ")")
            md += [f"![{alt}]({row['name']}.png)", ""]
        md += [f"Alt text: {row['alt_text']}", "", f"Files: {row['files'].replace(';', ', ')}",
               ""]
    md_path = folder / "figures.md"
    atomic_write(md_path, "\n".join(md).encode("utf-8"))
    return [csv_path, md_path]


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


def all_charts(tables: dict[str, pd.DataFrame], report_quarter=None) -> list[Chart]:
    """Draw every chart from the loaders' tables (keys: the table names).

    Parameters
    ----------
    tables : dict of str to DataFrame
        Keyed by table name, as from :func:`wlga_analysis.build.load_tables`.
    report_quarter : Period, str or date, optional
        Quarter the update reports in; default from the programme document's date.

    Returns
    -------
    list of Chart
        One per chart function, in the order the figures are published.

    Examples
    --------
    >>> from wlga_analysis.build import load_tables
    >>> for chart in all_charts(load_tables()):
    ...     print(f"{chart.name}: {chart.title}")
    owners: WLGA and WG jointly own 14 of 25 recommendations
    owner_theme_heatmap: WLGA and WG are named in every theme
    area_counts: Regional arrangements and Mutual respect and shared responsibilities have the
    most recommendations (5 each)
    quarter_status: 20 of 30 programme items give no timing
    status_by_priority: 2 items are at risk, in Programme Set Up and COVID-19 Pandemic Recovery
    funding: Two grants total £1,330,000 for 2021-22
    """
    if report_quarter is None:
        report_quarter = _report_quarter_from(tables)
    recs, prog = tables["recommendations"], tables["programme"]
    return [
        chart_owners(recs),
        chart_owner_theme_heatmap(recs),
        chart_area_counts(tables["areas"], tables["activities"], recs),
        chart_quarter_status(prog, report_quarter),
        chart_status_by_priority(prog),
        chart_funding(tables["grants"], tables["paragraphs"]),
    ]


def build_all_charts(tables: dict[str, pd.DataFrame], folder: str | Path | None = None,
                     progress: Callable[[str], None] | None = None,
                     formats: Iterable[str] = ("png", "svg", "pdf"), dpi: int = 300,
                     report_quarter=None) -> list[Path]:
    """Draw and save every chart, then write the figures index.

    Parameters
    ----------
    tables : dict of str to DataFrame
        Keyed by table name (``recommendations``, ``areas``, ``activities``, ``programme``,
        ``grants``, ``paragraphs``).
    folder : str or Path, optional
        Default :data:`wlga_analysis.config.FIGURES_DIR`.
    progress : callable, optional
        Called with a short message before each chart.
    report_quarter : Period, str or date, optional
        Quarter the update reports in; default from the programme document's date.

    Returns
    -------
    list of Path
        Every file written (figures, alt texts, ``figures.csv``, ``figures.md``).

    Examples
    --------
    With no figure formats (quick), only the alt texts and the index are written:

    >>> import tempfile
    >>> from wlga_analysis.build import load_tables
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = build_all_charts(load_tables(), tmp, formats=())
    ...     index = (Path(tmp) / "figures.md").read_text(encoding="utf-8")
    >>> [p.name for p in written]  # doctest: +NORMALIZE_WHITESPACE
    ['owners.alt.txt', 'owner_theme_heatmap.alt.txt', 'area_counts.alt.txt',
     'quarter_status.alt.txt', 'status_by_priority.alt.txt', 'funding.alt.txt',
     'figures.csv', 'figures.md']
    >>> index.splitlines()[2]
    '## WLGA and WG jointly own 14 of 25 recommendations'
    """
    say = progress or (lambda message: None)
    folder = Path(folder) if folder is not None else config.FIGURES_DIR
    formats = tuple(formats)
    written: list[Path] = []
    charts = all_charts(tables, report_quarter)
    for chart in charts:
        say(f"saving figure {chart.name}")
        written.extend(save_figure(chart, folder, formats=formats, dpi=dpi))
    written.extend(write_figures_index(charts, folder))
    return written


__all__ = [
    "FIGURE_WIDTH", "Chart", "all_charts", "build_all_charts", "chart_area_counts",
    "chart_funding", "chart_owner_theme_heatmap", "chart_owners", "chart_quarter_status",
    "chart_status_by_priority", "save_figure", "write_figures_index",
]
