"""House style of every chart: the :class:`Chart` record, the afcharts style, palettes,
the figure frame (headline title, subtitle, source note) and small text helpers.

Examples
--------
>>> _join(["WLGA", "WG", "LG"]), _plural(1, "item"), _plural(3, "item")
('WLGA, WG and LG', '1 item', '3 items')
>>> _contrast("#12436D"), _contrast("#F2F2F2")
('white', 'black')
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from wlga_analysis.charts.layout import FIGURE_WIDTH as FIGURE_WIDTH
from wlga_analysis.charts.layout import _wrap as _wrap
from wlga_analysis.charts.layout import (
    current_layout,
    frame_figure,
    new_figure,
)

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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
    "svg.fonttype": "none",
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
    redraw : callable or None
        Draws the chart again (inside a :func:`~wlga_analysis.charts.layout.layout`, at
        another size); set by the chart functions.

    Examples
    --------
    >>> import pandas as pd
    >>> from wlga_analysis.charts import chart_owners
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
    redraw: Callable[[], Chart] | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"Chart {self.name!r}: {self.title}"

    def _repr_png_(self) -> bytes:
        """Show the chart in Jupyter (96 dpi PNG), without needing pyplot."""
        from wlga_analysis.charts.save import _render

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
    """One fixed colour per programme status (same in every chart); an item whose status
    the document does not give ("not stated") in the focus palette's grey."""
    cat = _palette("categorical")
    fixed = {"done": cat[0], "in progress": cat[1], "planned": cat[3], "at risk": cat[2],
             "not stated": _palette("focus")[-1]}
    extra = [c for c in cat if c not in fixed.values()]
    out = {}
    for s in statuses:
        out[s] = fixed.get(s) or extra[len(out) % len(extra)]
    return out


def _new_figure(height: float) -> Figure:
    """A figure of the current layout's width (house width: 6.5 in) and ``height`` inches."""
    _matplotlib()
    return new_figure(height)


def _frame_figure(fig: Figure, ax: Axes | None, title: str, subtitle: str,
                  source: str) -> None:
    """Headline title, subtitle and source note in the house style (see
    :func:`wlga_analysis.charts.layout.frame_figure`)."""
    frame_figure(fig, title, subtitle, source)


def _chars(n: int, size: float = 8.5) -> int:
    """A wrap width of ``n`` characters at the house width, for the current layout."""
    return current_layout().chars(n, size)


def _legend_columns(n: int) -> int:
    """Legend entries per row: all in one row, at most two on a narrow figure, one on a
    very narrow one."""
    scale = current_layout().scale
    return n if scale >= 0.75 else min(n, 2) if scale >= 0.6 else 1


def _integer_ticks(axis) -> None:
    """Ticks of a count axis at whole numbers only."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _source_note(kind: str, frame: pd.DataFrame | None = None) -> str:
    """'Source: ' and the citation of the document the frame came from (see
    :func:`cite_document`)."""
    return "Source: " + cite_document(kind, frame)


def _provenance_record(kind: str, attrs: dict) -> dict | None:
    """The provenance record of the frame's document: the one with its checksum; for a
    frame that names no document, the shipped document of ``kind``."""
    try:
        from wlga_analysis.documents import load_provenance, shipped_record

        sha = attrs.get("source_sha256")
        if sha:
            return next((r for r in load_provenance() if r.get("sha256") == sha), None)
        if attrs.get("source_file") or attrs.get("source"):
            return None
        return shipped_record(kind)
    except Exception:  # pragma: no cover - provenance unreadable
        return None


def _long_date(value: Any) -> str | None:
    """'22 October 2021' from a date or ISO text; None when there is no date."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    try:
        day = pd.Timestamp(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{day.day} {day:%B %Y}"


def cite_document(kind: str, frame: pd.DataFrame | None = None) -> str:
    """The document a table came from, cited as people cite it: publisher, title, date.

    The title and date come from the loader (``frame.attrs``), the publisher from the
    provenance record of the shipped documents (matched by checksum). A document with no
    provenance record is named by its file instead of a publisher; an undated one says so.

    Parameters
    ----------
    kind : {"recommendations", "programme"}
        The kind of document (used when the frame names none: the shipped one).
    frame : DataFrame, optional
        A loader's table.

    Returns
    -------
    str

    Examples
    --------
    >>> import warnings
    >>> import wlga_analysis as wa
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     grants = wa.load_grants()
    >>> cite_document("programme", grants)
    "Welsh Local Government Association (WLGA), 'WLGA Improvement Programme 2021-22 Update', \
22 October 2021"
    >>> frame = pd.DataFrame(); frame.attrs.update(source_file="later.txt",
    ...     source_sha256="0" * 64, source_title="An Update", date="2022-07-15")
    >>> cite_document("programme", frame)
    "later.txt, 'An Update', 15 July 2022 (publisher not recorded)"
    """
    attrs = dict(frame.attrs) if frame is not None else {}
    record = _provenance_record(kind, attrs) or {}
    title = attrs.get("source_title") or attrs.get("title") or record.get("title")
    date = _long_date(attrs.get("date") or record.get("date")) or "undated"
    publisher = attrs.get("source_publisher") or record.get("publisher")
    file = attrs.get("source_file") or record.get("file")
    if file is None and attrs.get("source"):
        file = Path(str(attrs["source"])).name
    named = [publisher or file, f"'{title}'" if title else None, date]
    text = ", ".join(p for p in named if p)
    if not publisher and file:
        text += " (publisher not recorded)"
    return text or f"the {kind} document"


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
    """Draw with the house style; the chart records how to draw itself again."""
    def wrapper(*args, **kwargs) -> Chart:
        mpl = _matplotlib()
        with mpl.style.context(_style()):
            chart = func(*args, **kwargs)
        chart.redraw = functools.partial(wrapper, *args, **kwargs)
        return chart

    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func  # type: ignore[attr-defined]
    return wrapper


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

