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

import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

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

