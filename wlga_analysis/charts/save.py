"""Writing charts: PNG, SVG and PDF byte-identical from one run to the next, alt text, and
the ``figures.csv`` / ``figures.md`` index."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wlga_analysis import config
from wlga_analysis.charts.pdf_fonts import lean_pdf_fonts
from wlga_analysis.charts.style import CREATOR, SVG_HASHSALT, Chart, _matplotlib, _style
from wlga_analysis.files import atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

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
    """One format of ``chart`` as bytes (see :func:`render_formats`)."""
    return render_formats(chart, (fmt,), dpi)[fmt]


def render_formats(chart: Chart, formats: Iterable[str] = ("png", "svg", "pdf"),
                   dpi: int = 300) -> dict[str, bytes]:
    """``chart`` in each format, as bytes identical from one run to the next.

    The figure is laid out once, by the first format; the others reuse that layout, so
    every format shows the same positions (and the layout is not computed again). SVG keeps
    its text as ``<text>`` elements; PDF embeds its fonts as TrueType (Type 42), so text
    stays editable and searchable.

    Parameters
    ----------
    chart : Chart
    formats : iterable of str
        Any of ``png``, ``svg``, ``pdf``.
    dpi : int
        Resolution of raster output.

    Returns
    -------
    dict of str to bytes
        Keyed by format, in the order given.

    Examples
    --------
    >>> import pandas as pd
    >>> from wlga_analysis.charts import chart_owners
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1], "owners": [["WLGA"]]}))
    >>> files = render_formats(chart, ("svg", "pdf"))
    >>> b"<text" in files["svg"], b"FontFile2" in files["pdf"], b"<dc:date>" in files["svg"]
    (True, True, False)
    """
    mpl = _matplotlib()
    figure = chart.figure
    engine, canvas = figure.get_layout_engine(), figure.canvas
    formats = tuple(formats)
    out: dict[str, bytes] = {}
    try:
        with mpl.style.context(_style()), mpl.rc_context({"svg.hashsalt": SVG_HASHSALT}), \
                lean_pdf_fonts():
            if formats[:1] == ("png",) and engine is not None:
                _lay_out_for_raster(figure, dpi)
            for fmt in formats:
                out[fmt] = _figure_bytes(figure, fmt, dpi, chart.title)
                _freeze_layout(figure)  # keep the layout of the first format
    finally:
        if engine is not None:
            figure.set_layout_engine(engine)
        if figure.canvas is not canvas:
            figure.set_canvas(canvas)
    return out


def _lay_out_for_raster(figure: Figure, dpi: int) -> None:
    """Lay ``figure`` out as ``savefig`` would before drawing it at ``dpi`` with Agg, and
    keep that layout; the figure keeps the Agg canvas, so the drawing that follows reuses
    the renderer (and its text measurements) the layout used.

    ``savefig`` on a figure with a layout engine first draws the whole figure once with
    drawing turned off, only to run the engine; running the engine directly, on the same
    canvas at the same resolution, gives the same layout without that pass.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)  # the figure's canvas until render_formats gives it back
    if figure.axes and figure.get_visible():  # when Figure.draw would run the engine
        resolution = figure.dpi
        figure.set_dpi(dpi)
        try:
            figure.get_layout_engine().execute(figure)
        except ValueError:  # as Figure.draw: a layout that cannot be done is skipped
            pass
        finally:
            figure.set_dpi(resolution)
    _freeze_layout(figure)


#: zlib level of PNG files (1 is fastest, 9 smallest; Pillow's default is 6). On the
#: charts' large flat areas, 3 writes a file about 8 % larger in about 60 % of the time.
PNG_COMPRESS_LEVEL: int = 3


def _figure_bytes(figure: Figure, fmt: str, dpi: int, title: str) -> bytes:
    """``figure`` saved in one format, with the house metadata and a white background."""
    if fmt == "png":
        return _png_bytes(figure, dpi, title)
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_metadata(fmt, title),
                   facecolor="white")
    return buffer.getvalue().replace(b"\r\n", b"\n") if fmt == "svg" else buffer.getvalue()


class _PixelsKept:
    """A file for ``savefig(format="rgba")`` that keeps what it is given, the Agg
    renderer's own pixel buffer, instead of copying it (about 12 MB a chart at 300 dpi)."""

    pixels: Any = None

    def write(self, data: Any) -> int:
        self.pixels = data
        return len(data)

    def seek(self, *args: Any) -> int:  # (what makes it a file to matplotlib)
        return 0


def _png_bytes(figure: Figure, dpi: int, title: str) -> bytes:
    """``figure`` as a PNG: rendered by Agg as matplotlib does, then written by Pillow as
    RGB when every pixel is opaque (always, on the white background), which is the same
    image in a smaller file, and quicker to compress, than matplotlib's RGBA. Pillow reads
    the renderer's pixels where they are (no copy), so a chart allocates and touches one
    image's memory less."""
    import numpy as np
    from PIL import Image, PngImagePlugin

    kept = _PixelsKept()
    figure.savefig(kept, format="rgba", dpi=dpi, facecolor="white")
    width, height = (int(v) for v in figure.get_size_inches() * dpi)
    pixels = np.asarray(kept.pixels) if kept.pixels is not None else None
    if pixels is None or pixels.shape != (height, width, 4):  # pragma: no cover - Agg
        buffer = io.BytesIO()                                 # sized it otherwise
        figure.savefig(buffer, format="png", dpi=dpi, metadata=_metadata("png", title),
                       facecolor="white")
        return buffer.getvalue()
    image = Image.frombuffer("RGBA", (width, height), pixels, "raw", "RGBA", 0, 1)
    if pixels[:, :, 3].min() == 255:
        image = image.convert("RGB")
    info = PngImagePlugin.PngInfo()
    for key, value in _metadata("png", title).items():
        if value is not None:
            info.add_text(key, value)
    out = io.BytesIO()
    image.save(out, format="png", pnginfo=info, dpi=(dpi, dpi),
               compress_level=PNG_COMPRESS_LEVEL)
    return out.getvalue()


def _freeze_layout(figure: Figure) -> None:
    """Keep ``figure``'s current layout: no layout engine at all, so that later formats
    draw once (matplotlib runs an extra measuring pass whenever an engine is set, even
    the placeholder that ``set_layout_engine("none")`` leaves)."""
    mpl = _matplotlib()
    with mpl.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        figure.set_layout_engine(None)


def save_figure(chart: Chart, folder: str | Path | None = None,
                formats: Iterable[str] = ("png", "svg", "pdf"), dpi: int = 300,
                close: bool = True, width_cm: float | None = None,
                height_cm: float | None = None, title: bool = True) -> list[Path]:
    """Write ``chart`` as ``<name>.<format>`` for each format, plus ``<name>.alt.txt``.

    Output is byte-identical from one run to the next (no dates, fixed SVG id salt); each
    file is written to a temporary name and renamed into place. Given a size (or
    ``title=False``), the chart is laid out again at that size first (see
    :func:`~wlga_analysis.charts.layout.relayout`): text never below 7 pt, nothing
    clipped, and without its headline title when a caption will carry it.

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
    width_cm, height_cm : float, optional
        Size of the figure for a paper (e.g. ``width_cm=8`` for a column); default the
        house size (6.5 in wide, as tall as the chart needs).
    title : bool
        Keep the headline title on the figure (False: a caption carries it).

    Returns
    -------
    list of Path
        The files written (figures first, then the alt text).

    Examples
    --------
    >>> import tempfile
    >>> import pandas as pd
    >>> from wlga_analysis.charts import chart_owners
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1, 2], "owners": [["WLGA", "WG"], []]}))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = save_figure(chart, tmp, formats=("png",), dpi=50)
    ...     alt = (Path(tmp) / "owners.alt.txt").read_text(encoding="utf-8")
    ...     png = (Path(tmp) / "owners.png").read_bytes()
    >>> [p.name for p in written]
    ['owners.png', 'owners.alt.txt']
    >>> png[1:4], alt.rstrip().endswith("WLGA and WG jointly own 1 of 2 recommendations.")
    (b'PNG', True)

    For a paper's column, 8 cm wide without the headline title (at 254 dpi, 100 pixels a
    centimetre):

    >>> from PIL import Image
    >>> chart = chart_owners(pd.DataFrame({"rec_id": [1, 2], "owners": [["WLGA", "WG"], []]}))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = save_figure(chart, tmp, formats=("png",), dpi=254, width_cm=8, title=False)
    ...     Image.open(Path(tmp) / "owners.png").width
    800
    """
    if width_cm is not None or height_cm is not None or not title:
        from wlga_analysis.charts.layout import relayout

        original = chart
        chart = relayout(chart, width_cm, height_cm, title)
        if close:
            _close(original.figure)
    folder = Path(folder) if folder is not None else config.FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, data in render_formats(chart, tuple(formats), dpi).items():
        path = folder / f"{chart.name}.{fmt}"
        atomic_write(path, data)
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
    >>> import pandas as pd
    >>> from wlga_analysis.charts import chart_owners
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

