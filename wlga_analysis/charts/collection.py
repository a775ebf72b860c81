"""Every chart at once: :func:`all_charts` draws them, :func:`build_all_charts` saves them
with the figures index."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from wlga_analysis import config
from wlga_analysis.charts.areas import chart_area_counts
from wlga_analysis.charts.funding import chart_funding
from wlga_analysis.charts.owners import chart_owner_theme_heatmap, chart_owners
from wlga_analysis.charts.quarters import (
    _report_quarter_from,
    chart_quarter_status,
    chart_status_by_priority,
)
from wlga_analysis.charts.save import save_figure, write_figures_index
from wlga_analysis.charts.style import Chart


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


