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

The package is split by topic: :mod:`~wlga_analysis.charts.style` (the Chart record, house
style, figure frame), :mod:`~wlga_analysis.charts.owners`, :mod:`~wlga_analysis.charts.areas`,
:mod:`~wlga_analysis.charts.quarters`, :mod:`~wlga_analysis.charts.funding`,
:mod:`~wlga_analysis.charts.save` (files) and :mod:`~wlga_analysis.charts.collection` (every
chart at once). Every name is importable from ``wlga_analysis.charts`` itself.

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

# Every name of the former single-module package stays importable from here.
# ruff: noqa: F401
import pandas as pd

from wlga_analysis import analysis, config
from wlga_analysis.charts.areas import chart_area_counts
from wlga_analysis.charts.collection import (
    CHART_MAKERS,
    RenderedChart,
    all_charts,
    build_all_charts,
    render_all_charts,
)
from wlga_analysis.charts.funding import chart_funding
from wlga_analysis.charts.layout import (
    Layout,
    clipped_edges,
    current_layout,
    layout,
    relayout,
    warn_if_clipped,
)
from wlga_analysis.charts.owners import chart_owner_theme_heatmap, chart_owners
from wlga_analysis.charts.quarters import (
    _default_report_quarter,
    _report_quarter_from,
    chart_quarter_status,
    chart_status_by_priority,
)
from wlga_analysis.charts.save import (
    _close,
    _metadata,
    _render,
    render_formats,
    save_figure,
    write_figures_index,
)
from wlga_analysis.charts.style import (
    _FALLBACK_CATEGORICAL,
    _GREY,
    _HOUSE_RC,
    _TEXT_GREY,
    CREATOR,
    FIGURE_WIDTH,
    SVG_HASHSALT,
    Chart,
    _chars,
    _clause,
    _contrast,
    _frame_figure,
    _gbp_formatter,
    _in_style,
    _integer_ticks,
    _join,
    _legend_columns,
    _matplotlib,
    _new_figure,
    _number_word,
    _palette,
    _plural,
    _source_note,
    _status_colours,
    _style,
    _wrap,
    cite_document,
)
from wlga_analysis.files import atomic_write
from wlga_analysis.quarters import quarter_label

__all__ = [
    "CHART_MAKERS", "FIGURE_WIDTH", "Chart", "Layout", "RenderedChart", "all_charts",
    "build_all_charts", "chart_area_counts", "chart_funding", "chart_owner_theme_heatmap",
    "chart_owners", "chart_quarter_status", "chart_status_by_priority", "cite_document",
    "clipped_edges", "current_layout", "layout", "relayout", "render_all_charts",
    "render_formats", "save_figure", "warn_if_clipped", "write_figures_index",
]
