"""Every chart at once: :func:`all_charts` draws them, :func:`build_all_charts` saves them
with the figures index."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from wlga_analysis import config
from wlga_analysis.chart_workers import WORKERS_VARIABLE as WORKERS_VARIABLE
from wlga_analysis.charts.areas import chart_area_counts
from wlga_analysis.charts.funding import chart_funding
from wlga_analysis.charts.owners import chart_owner_theme_heatmap, chart_owners
from wlga_analysis.charts.pdf_fonts import use_working_fonts
from wlga_analysis.charts.quarters import (
    _report_quarter_from,
    chart_quarter_status,
    chart_status_by_priority,
)
from wlga_analysis.charts.save import _close, render_formats, write_figures_index
from wlga_analysis.charts.style import Chart
from wlga_analysis.files import atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.chart_workers import ChartWorkers


def _owners(tables: dict[str, pd.DataFrame], report_quarter: pd.Period) -> Chart:
    return chart_owners(tables["recommendations"])


def _owner_theme_heatmap(tables: dict[str, pd.DataFrame], report_quarter: pd.Period) -> Chart:
    return chart_owner_theme_heatmap(tables["recommendations"])


def _area_counts(tables: dict[str, pd.DataFrame], report_quarter: pd.Period) -> Chart:
    return chart_area_counts(tables["areas"], tables["activities"], tables["recommendations"])


def _quarter_status(tables: dict[str, pd.DataFrame], report_quarter: pd.Period) -> Chart:
    return chart_quarter_status(tables["programme"], report_quarter)


def _status_by_priority(tables: dict[str, pd.DataFrame], report_quarter: pd.Period) -> Chart:
    return chart_status_by_priority(tables["programme"])


def _funding(tables: dict[str, pd.DataFrame], report_quarter: pd.Period) -> Chart:
    return chart_funding(tables["grants"], tables["paragraphs"])


#: The published charts in order: each draws one chart from the tables and report quarter.
CHART_MAKERS: list[Callable[[dict[str, pd.DataFrame], pd.Period], Chart]] = [
    _owners, _owner_theme_heatmap, _area_counts, _quarter_status, _status_by_priority,
    _funding,
]

#: The order worker processes start the charts in: the costliest to draw and render first
#: (the heatmap's image and cell labels take about twice a bar chart's time), so that the
#: charts still running when the others are done are short ones (longest first).
COSTLIEST_FIRST: tuple[Callable[..., Chart], ...] = (
    _owner_theme_heatmap, _area_counts, _funding, _status_by_priority, _quarter_status,
    _owners)


def render_order(indices: list[int]) -> list[int]:
    """Positions of ``indices`` (of :data:`CHART_MAKERS`) in the order to start them:
    :data:`COSTLIEST_FIRST`, then any other chart in its published order.

    Examples
    --------
    >>> render_order([0, 1, 2, 3, 4, 5])
    [1, 2, 5, 4, 3, 0]
    >>> render_order([5, 0])
    [0, 1]
    """
    rank = {maker: k for k, maker in enumerate(COSTLIEST_FIRST)}
    return sorted(range(len(indices)), key=lambda k: (
        rank.get(CHART_MAKERS[indices[k]], len(rank)), indices[k]))


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
    return [make(tables, report_quarter) for make in CHART_MAKERS]


@dataclass(frozen=True)
class RenderedChart:
    """A chart drawn and rendered to bytes (what a worker process sends back).

    Attributes
    ----------
    name, title, alt_text : str
        As on the :class:`~wlga_analysis.charts.style.Chart`.
    files : dict of str to bytes
        Each format's bytes, keyed by format.

    Examples
    --------
    >>> RenderedChart("owners", "A title", "Alt text.", {"svg": b"<svg/>"}).files["svg"]
    b'<svg/>'
    """

    name: str
    title: str
    alt_text: str
    files: dict[str, bytes]


def _render_one(index: int, tables: dict[str, pd.DataFrame], report_quarter: pd.Period,
                formats: tuple[str, ...], dpi: int, width_cm: float | None,
                title: bool) -> RenderedChart:
    """Draw chart ``index`` of :data:`CHART_MAKERS` and render it (runs in a worker)."""
    use_working_fonts()  # many PDFs in this process (see charts.pdf_fonts)
    from wlga_analysis.charts.layout import layout

    with layout(width_cm, None, title):
        chart = CHART_MAKERS[index](tables, report_quarter)
    if width_cm is not None or not title:
        from wlga_analysis.charts.layout import fit_figure, warn_if_clipped

        warn_if_clipped(chart, fit_figure(chart.figure))
    files = render_formats(chart, formats, dpi) if formats else {}
    _close(chart.figure)
    return RenderedChart(chart.name, chart.title, chart.alt_text, files)


def _warm_up(formats: tuple[str, ...]) -> None:
    """Load what every rendering needs (backends, fonts, font subsetting, the working
    copies of the fonts PDFs embed) by rendering a tiny figure in the house style.

    Only the chart server calls it (a process of its own, whose workers it forks): it also
    turns on, for that process, font files read from memory (see
    :mod:`~wlga_analysis.charts.font_files`), read here once for every worker.
    """
    from wlga_analysis.charts.font_files import read_fonts_from_memory
    from wlga_analysis.charts.layout import new_figure
    from wlga_analysis.charts.style import _matplotlib, _style

    use_working_fonts()  # made here once (for the fonts below), not by each worker
    read_fonts_from_memory()
    mpl = _matplotlib()
    with mpl.style.context(_style()):
        figure = new_figure(0.5)
        figure.text(0.1, 0.5, "0 £", fontweight="bold")
        figure.text(0.5, 0.5, "0 £")
        chart = Chart(figure, "warm-up", "", "")
        render_formats(chart, formats, dpi=10)
        _close(figure)


def render_all_charts(tables: dict[str, pd.DataFrame], formats: Iterable[str] = ("png", "svg",
                      "pdf"), dpi: int = 300, report_quarter=None, width_cm: float | None = None,
                      title: bool = True, workers: int | None = None) -> list[RenderedChart]:
    """Draw and render every chart, in parallel on the available CPUs.

    Each chart is drawn and rendered in one worker process; results come back in
    :data:`CHART_MAKERS` order, and the bytes are the same as when rendered one by one in
    this process (rendering depends on nothing but the chart).

    Parameters
    ----------
    tables : dict of str to DataFrame
        Keyed by table name.
    formats : iterable of str
        Any of ``png``, ``svg``, ``pdf``; none: only names, titles and alt texts.
    dpi : int
        Resolution of raster output.
    report_quarter : Period, str or date, optional
        Quarter the update reports in; default from the programme document's date.
    width_cm : float, optional
        Lay every chart out at this width (see :func:`~wlga_analysis.charts.layout.layout`).
    title : bool
        Keep the headline titles on the figures.
    workers : int, optional
        Worker processes; default one per available CPU (1: no worker processes).

    Returns
    -------
    list of RenderedChart

    Examples
    --------
    >>> from wlga_analysis.build import load_tables
    >>> rendered = render_all_charts(load_tables(), formats=("svg",), workers=1)
    >>> [r.name for r in rendered][:3], rendered[0].files["svg"][:5]
    (['owners', 'owner_theme_heatmap', 'area_counts'], b'<?xml')
    """
    from wlga_analysis.chart_workers import ChartWorkers

    with ChartWorkers(formats, dpi, workers) as pool:
        pool.submit(tables, report_quarter, width_cm, title)
        return pool.results()


def build_all_charts(tables: dict[str, pd.DataFrame], folder: str | Path | None = None,
                     progress: Callable[[str], None] | None = None,
                     formats: Iterable[str] = ("png", "svg", "pdf"), dpi: int = 300,
                     report_quarter=None, workers: ChartWorkers | None = None) -> list[Path]:
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
    workers : ChartWorkers, optional
        Workers already started and handed these tables (see
        :class:`~wlga_analysis.chart_workers.ChartWorkers`): their results are saved,
        and ``formats``, ``dpi`` and ``report_quarter`` are theirs.

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
    folder.mkdir(parents=True, exist_ok=True)
    formats = tuple(formats)
    written: list[Path] = []
    rendered = workers.results() if workers is not None \
        else render_all_charts(tables, formats, dpi, report_quarter)
    for chart in rendered:
        say(f"saving figure {chart.name}")
        for fmt, data in chart.files.items():
            path = folder / f"{chart.name}.{fmt}"
            atomic_write(path, data)
            written.append(path)
        alt_path = folder / f"{chart.name}.alt.txt"
        atomic_write(alt_path, (chart.alt_text.strip() + "\n").encode("utf-8"))
        written.append(alt_path)
    written.extend(write_figures_index(rendered, folder))
    return written
