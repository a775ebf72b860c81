"""Laying a chart out at a given size: the figure frame (headline title, subtitle, source
note), text sizes that never fall below 7 pt, and a check that nothing is clipped.

Every chart function draws at the house width (:data:`FIGURE_WIDTH`, 6.5 in) unless a
:func:`layout` is in force; :func:`relayout` draws a chart again inside one, e.g. 8 cm wide
for a paper's column, optionally without its headline title (a caption carries it).

Examples
--------
>>> current_layout().width_in
6.5
>>> with layout(width_cm=8, title=False) as narrow:
...     round(current_layout().width_in, 3), narrow.show_title, narrow.font(9), narrow.font(12, 9)
(3.15, False, 7.0, 9.0)
>>> current_layout().show_title
True
"""

from __future__ import annotations

import contextlib
import itertools
import textwrap
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from wlga_analysis.charts.style import Chart

#: Width of every figure in inches (a journal column / A4 page text width).
FIGURE_WIDTH: float = 6.5
#: No text of a chart is smaller than this (points), at any size.
MIN_FONT_PT: float = 7.0
#: A headline title is never smaller than this (points).
MIN_TITLE_PT: float = 9.0
CM_PER_INCH: float = 2.54
_TEXT_GREY = "#3D3D3D"
#: Frame texts: role -> (size at the house width, characters per inch at that size, colour).
_FRAME_TEXTS: dict[str, tuple[float, float, str]] = {
    "title": (12.0, 9.4, "black"),
    "subtitle": (9.0, 14.5, _TEXT_GREY),
    "source": (7.0, 19.0, _TEXT_GREY),
}
_PAD_IN = 0.08
_LINE = 1.25 / 72  # inches per point of text, with line spacing


@dataclass(frozen=True)
class Layout:
    """The size a chart is drawn at, and whether it shows its headline title.

    Attributes
    ----------
    width_in : float
        Figure width in inches.
    height_in : float or None
        Fixed figure height in inches; None lets the chart choose (its rows, wrapped text).
    show_title : bool
        Draw the headline title (False when a caption carries it).

    Examples
    --------
    >>> Layout().scale, Layout(width_in=3.25).scale
    (1.0, 0.5)
    >>> Layout(width_in=3.25).font(8.5), Layout().font(8.5)
    (7.0, 8.5)
    >>> Layout(width_in=3.25).chars(34)
    16
    """

    width_in: float = FIGURE_WIDTH
    height_in: float | None = None
    show_title: bool = True

    @property
    def scale(self) -> float:
        """Width relative to the house width, at most 1."""
        return min(1.0, self.width_in / FIGURE_WIDTH)

    @property
    def is_house(self) -> bool:
        """The house size with its title: charts are drawn exactly as by default."""
        return self.width_in == FIGURE_WIDTH and self.height_in is None and self.show_title

    def font(self, size: float, floor: float = MIN_FONT_PT) -> float:
        """A house font size scaled to this width, never below ``floor`` (or ``size``)."""
        if self.scale >= 1:
            return size
        return round(max(float(min(floor, size)), size * self.scale), 2)

    def chars(self, n: int, size: float = 8.5) -> int:
        """A wrap width of ``n`` characters at the house width, for this width."""
        if self.scale >= 1:
            return n
        # narrow figures give a larger share of their width to labels: wrap a fifth sooner
        return max(8, int(0.8 * n * self.scale * size / self.font(size)))


_CURRENT: list[Layout] = [Layout()]


def current_layout() -> Layout:
    """The layout charts are drawn at now (the house one unless :func:`layout` is active).

    Returns
    -------
    Layout

    Examples
    --------
    >>> current_layout() == Layout()
    True
    """
    return _CURRENT[-1]


@contextlib.contextmanager
def layout(width_cm: float | None = None, height_cm: float | None = None,
           title: bool = True) -> Iterator[Layout]:
    """Draw charts inside the ``with`` block at this size.

    Parameters
    ----------
    width_cm : float, optional
        Figure width in centimetres (default the house width, 6.5 in).
    height_cm : float, optional
        Figure height in centimetres (default: as the chart needs).
    title : bool
        Draw the headline title.

    Yields
    ------
    Layout

    Examples
    --------
    >>> with layout(width_cm=16.51) as wide:
    ...     round(wide.width_in, 2)
    6.5
    """
    width_in = FIGURE_WIDTH if width_cm is None else float(width_cm) / CM_PER_INCH
    height_in = None if height_cm is None else float(height_cm) / CM_PER_INCH
    if width_in <= 0 or (height_in is not None and height_in <= 0):
        raise ValueError(f"a figure needs a positive size, not {width_cm} x {height_cm} cm")
    _CURRENT.append(Layout(width_in, height_in, bool(title)))
    try:
        yield _CURRENT[-1]
    finally:
        _CURRENT.pop()


def new_figure(height: float) -> Figure:
    """A figure of the current layout's width; ``height`` is what the chart needs at the
    house width (inches), kept as its natural height.

    Examples
    --------
    >>> new_figure(3.0).get_size_inches().tolist()
    [6.5, 3.0]
    """
    from matplotlib.figure import Figure

    now = current_layout()
    figure = Figure(figsize=(now.width_in, now.height_in or height), layout="constrained")
    figure._wlga_natural_height = height  # type: ignore[attr-defined]
    return figure


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(str(text), width=width, break_long_words=False)) or str(text)


def _fit_text_sizes(figure: Figure, now: Layout) -> None:
    """Scale every text already drawn to the layout's width, never below 7 pt."""
    import matplotlib
    from matplotlib.text import Text

    if now.scale >= 1:
        return
    tick_labels = {id(label) for axes in figure.axes for axis in (axes.xaxis, axes.yaxis)
                   for label in axis.get_ticklabels(which="both")}
    for text in figure.findobj(Text):
        if id(text) not in tick_labels:
            text.set_fontsize(now.font(text.get_fontsize()))
    for axes in figure.axes:
        for axis, key in ((axes.xaxis, "xtick.labelsize"), (axes.yaxis, "ytick.labelsize")):
            labels = axis.get_ticklabels()
            size = labels[0].get_fontsize() if labels else matplotlib.rcParams[key]
            axis.set_tick_params(labelsize=now.font(float(size)))


def frame_figure(figure: Figure, title: str, subtitle: str, source: str) -> None:
    """Headline title, subtitle and source note in the house style, at the current layout.

    The three are figure texts aligned with the figure's left edge; the constrained layout
    is confined to the band between them, so nothing overlaps or is clipped. Texts drawn
    before are scaled to the layout's width (never below 7 pt).

    Examples
    --------
    >>> figure = new_figure(2.5)
    >>> frame_figure(figure, "A title", "A subtitle", "Source: a document")
    >>> [t.get_text() for t in figure.texts]
    ['A title', 'A subtitle', 'Source: a document']
    """
    now = current_layout()
    _fit_text_sizes(figure, now)
    width_in = figure.get_size_inches()[0]
    parts = []
    for role, text in (("title", title), ("subtitle", subtitle), ("source", source)):
        if role == "title" and not now.show_title:
            continue
        house_size, per_inch, colour = _FRAME_TEXTS[role]
        size = now.font(house_size, MIN_TITLE_PT if role == "title" else MIN_FONT_PT)
        fill = 1.0 if now.is_house else 0.9  # house wraps are tuned for 6.5 in
        wrapped = _wrap(text, int(width_in * per_inch * house_size / size * fill))
        artist = figure.text(0.012, 0.5, wrapped, ha="left", fontsize=size, color=colour,
                             fontweight="bold" if role == "title" else "normal",
                             va="bottom" if role == "source" else "top")
        parts.append((role, artist, size * _LINE * (wrapped.count("\n") + 1)))
    figure._wlga_frame = parts  # type: ignore[attr-defined]
    if not now.is_house and now.height_in is None:
        natural = figure._wlga_natural_height  # type: ignore[attr-defined]
        band = max(1.3, natural - 0.95) * now.font(8.5) / 8.5
        header = sum(h for role, _, h in parts if role != "source") + 2.2 * _PAD_IN
        footer = sum(h for role, _, h in parts if role == "source") + 1.2 * _PAD_IN
        figure.set_size_inches(width_in, band + header + footer)
    place_frame(figure)


def place_frame(figure: Figure) -> None:
    """Put the frame texts at the top and bottom of ``figure`` at its present height, and
    confine the constrained layout to the band between them."""
    height_in = figure.get_size_inches()[1]
    pad = _PAD_IN / height_in
    top = 1 - pad
    bottom = pad * 0.6
    for role, artist, h in getattr(figure, "_wlga_frame", []):
        if role == "source":
            artist.set_y(bottom)
            bottom += h / height_in + 0.6 * pad
        else:
            artist.set_y(top)
            top -= h / height_in + (0.3 if role == "title" else 1.3) * pad
    figure.get_layout_engine().set(rect=(0, bottom, 1, max(0.05, top - bottom)))


def clipped_edges(figure: Figure) -> list[str]:
    """The edges of the canvas that some drawn element crosses (nothing clipped: ``[]``),
    plus ``"overlap"`` when tick labels of one axis overlap each other and ``"collapsed"``
    when the plot area is squeezed to almost nothing.

    Examples
    --------
    >>> figure = new_figure(1.0)
    >>> clipped_edges(figure)
    []
    >>> _ = figure.text(0.9, 0.5, "a long text that runs off the right edge")
    >>> clipped_edges(figure)
    ['right']
    """
    with warnings.catch_warnings():  # a layout that does not fit is reported below
        warnings.filterwarnings("ignore", "constrained_layout not applied")
        figure.draw_without_rendering()
    renderer = figure._get_renderer()
    box = figure.get_tightbbox(renderer)
    width_in, height_in = figure.get_size_inches()
    tolerance = 0.5 / 72
    edges = [edge for edge, out in (("left", box.x0 < -tolerance),
                                    ("bottom", box.y0 < -tolerance),
                                    ("right", box.x1 > width_in + tolerance),
                                    ("top", box.y1 > height_in + tolerance)) if out]
    if _tick_labels_overlap(figure, renderer):
        edges.append("overlap")
    if any(min(axes.get_position().width * width_in, axes.get_position().height * height_in)
           < 0.25 for axes in figure.axes):
        edges.append("collapsed")
    return edges


def _tick_labels_overlap(figure: Figure, renderer) -> bool:
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            boxes = [t.get_window_extent(renderer) for t in axis.get_ticklabels()
                     if t.get_visible() and t.get_text()]
            boxes.sort(key=lambda b: (b.y0, b.x0))
            for a, b in itertools.pairwise(boxes):
                inter = a.intersection(a, b)
                if inter is not None and inter.width > 1 and inter.height > 1:
                    return True
    return False


def relayout(chart: Chart, width_cm: float | None = None, height_cm: float | None = None,
             title: bool = True) -> Chart:
    """Draw ``chart`` again at another size, optionally without its headline title.

    Text never falls below 7 pt. With no ``height_cm``, the figure grows (up to twice its
    height) until nothing is clipped and no tick labels overlap.

    Parameters
    ----------
    chart : Chart
        A chart from one of the chart functions (it knows how to draw itself again).
    width_cm, height_cm : float, optional
        The size; default the house width and the height the chart needs.
    title : bool
        Keep the headline title on the figure.

    Returns
    -------
    Chart
        A new chart (same name, title and alt text) with a new figure.

    Examples
    --------
    >>> import pandas as pd
    >>> from wlga_analysis.charts import chart_owners
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1, 2], "owners": [["WLGA"], ["WG"]]}))
    >>> narrow = relayout(chart, width_cm=8, title=False)
    >>> round(float(narrow.figure.get_size_inches()[0]) * 2.54, 2), narrow.title == chart.title
    (8.0, True)
    >>> chart.title in [t.get_text() for t in narrow.figure.texts], clipped_edges(narrow.figure)
    (False, [])
    """
    if chart.redraw is None:
        raise ValueError(f"chart {chart.name!r} cannot be drawn again (no redraw recorded)")
    with layout(width_cm, height_cm, title) as now:
        redrawn = chart.redraw()
    redrawn = replace(redrawn, name=chart.name, title=chart.title, alt_text=chart.alt_text)
    warn_if_clipped(redrawn, fit_figure(redrawn.figure, grow=now.height_in is None))
    return redrawn


def _narrow_legends(figure: Figure) -> bool:
    """Give a legend that runs off the right edge one column fewer; True if any changed."""
    renderer = figure._get_renderer()
    changed = False
    for axes in figure.axes:
        legend = axes.get_legend()
        columns = getattr(legend, "_ncols", 1) if legend is not None else 1
        if legend is None or columns <= 1:
            continue
        if legend.get_window_extent(renderer).x1 <= figure.bbox.x1:
            continue
        texts = legend.get_texts()
        axes.legend(handles=legend.legend_handles, labels=[t.get_text() for t in texts],
                    loc="lower left", bbox_to_anchor=(0, 1.0), ncols=columns - 1,
                    frameon=False, borderaxespad=0.2, fontsize=texts[0].get_fontsize())
        changed = True
    return changed


def fit_figure(figure: Figure, grow: bool = True) -> list[str]:
    """Make a laid-out figure fit its canvas: legends that run off the right edge lose
    columns, and (with ``grow``) the figure grows in height, up to twice, until nothing is
    cut at the top or bottom and no labels overlap. Returns what still does not fit.

    Examples
    --------
    >>> fit_figure(new_figure(1.0))
    []
    """
    width_in, height_in = figure.get_size_inches()
    for _ in range(12):
        found = clipped_edges(figure)
        problems = set(found)
        if "right" in problems and _narrow_legends(figure):
            continue
        if not grow or not {"top", "bottom", "overlap", "collapsed"} & problems:
            return found  # the figure is as it was measured: no need to draw it again
        figure.set_size_inches(width_in, figure.get_size_inches()[1] + height_in / 8)
        place_frame(figure)
    return clipped_edges(figure)


def warn_if_clipped(chart: Chart, problems: list[str] | None = None) -> list[str]:
    """Warn (UserWarning) when something of ``chart`` is cut at the canvas edges or tick
    labels overlap; return the problems found (see :func:`clipped_edges`).

    ``problems`` are those already measured on the figure as it is (what
    :func:`fit_figure` returns), so that it is not drawn again to find them.

    Examples
    --------
    >>> import pandas as pd
    >>> from wlga_analysis.charts import chart_owners
    >>> warn_if_clipped(chart_owners(pd.DataFrame({"rec_id": [1], "owners": [["WLGA"]]})))
    []
    """
    if problems is None:
        problems = clipped_edges(chart.figure)
    if problems:
        size = "x".join(f"{v * CM_PER_INCH:.1f}" for v in chart.figure.get_size_inches())
        warnings.warn(f"chart {chart.name!r} at {size} cm does not fit: "
                      f"{', '.join(problems)}; give it more room", UserWarning, stacklevel=2)
    return problems
