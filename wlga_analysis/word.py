"""A Word file to start a briefing from: every chart at a paper's column width, with its alt
text on the picture and its title as a caption, and the key tables as Word tables.

``python -m wlga_analysis export-docx [--out FILE]`` writes it (default
``reports/wlga_analysis_briefing.docx``). The file is byte-identical from one run to the next:
its timestamps are the newest document date, as in the Excel workbook.

Examples
--------
The key tables it holds, each with its caption (:func:`export_docx` writes the file):

>>> [key.caption for key in KEY_TABLES][:2]
['Recommendations per owner, sole and joint', 'Programme items by quarter and status']
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from wlga_analysis import config
from wlga_analysis.files import atomic_write, fixed_zip

#: Default file written by ``export-docx``.
DOCX_NAME = "wlga_analysis_briefing.docx"
#: Width of every chart in the Word file (a paper's text column, A4 with 2.5 cm margins).
COLUMN_WIDTH_CM: float = 16.0
#: Resolution of the chart pictures.
PICTURE_DPI: int = 200
_EPOCH = dt.datetime(1980, 1, 1)


@dataclass(frozen=True)
class KeyTable:
    """One table of the briefing: its caption and how to make it from the loaders' tables.

    Attributes
    ----------
    caption : str
        Shown above the table, after "Table N: ".
    make : callable
        Takes the tables (and the report quarter) and returns a DataFrame.
    headers : dict of str to str
        Columns to show, in order, with their headers.

    Examples
    --------
    >>> KEY_TABLES[0].caption
    'Recommendations per owner, sole and joint'
    """

    caption: str
    make: Callable[[dict[str, pd.DataFrame], pd.Period], pd.DataFrame]
    headers: dict[str, str]


def _per_owner(tables: dict[str, pd.DataFrame], quarter: pd.Period) -> pd.DataFrame:
    from wlga_analysis import analysis

    return analysis.recommendations_per_owner(tables["recommendations"])


def _by_quarter(tables: dict[str, pd.DataFrame], quarter: pd.Period) -> pd.DataFrame:
    from wlga_analysis import analysis

    return analysis.items_by_quarter(tables["programme"], quarter)


def _by_priority(tables: dict[str, pd.DataFrame], quarter: pd.Period) -> pd.DataFrame:
    from wlga_analysis import analysis

    return analysis.status_by_priority(tables["programme"])


def _grants(tables: dict[str, pd.DataFrame], quarter: pd.Period) -> pd.DataFrame:
    from wlga_analysis import analysis

    return analysis.grant_summary(tables["grants"])


_STATUS_HEADERS = {"done": "Done", "in progress": "In progress", "planned": "Planned",
                   "at risk": "At risk", "total": "Total"}

#: The key tables of the briefing, in order.
KEY_TABLES: tuple[KeyTable, ...] = (
    KeyTable("Recommendations per owner, sole and joint", _per_owner,
             {"owner": "Owner", "sole": "Sole owner", "joint": "Joint with others",
              "total": "Total"}),
    KeyTable("Programme items by quarter and status", _by_quarter,
             {"quarter_label": "Quarter", "position": "Against the report quarter",
              **_STATUS_HEADERS}),
    KeyTable("Programme items by priority and status", _by_priority,
             {"priority": "Priority", **_STATUS_HEADERS}),
    KeyTable("Grants named with an amount", _grants,
             {"grant": "Grant", "amount": "Amount", "financial_year": "Financial year",
              "purpose": "Purpose"}),
)


def _cell_text(value) -> str:
    """A table value as text: missing values blank, lists joined, numbers as printed."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _add_table(document, frame: pd.DataFrame, headers: dict[str, str]) -> None:
    columns = [c for c in headers if c in frame.columns]
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, column in zip(table.rows[0].cells, columns, strict=True):
        cell.text = headers[column]
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in frame[columns].itertuples(index=False):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = _cell_text(value)


def _set_alt_text(shape, description: str, title: str) -> None:
    """Alt text of a picture: the ``descr`` and ``title`` of its ``wp:docPr``."""
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", description)
    doc_pr.set("title", title)


def _stamp(tables: dict[str, pd.DataFrame]) -> dt.datetime:
    """Midnight on the newest document date (1980-01-01 when none is dated)."""
    dates = []
    documents = tables.get("documents")
    if documents is not None and "date" in documents:
        dates = [pd.Timestamp(d) for d in documents["date"].dropna() if str(d)]
    if not dates:
        return _EPOCH
    newest = max(dates)
    return dt.datetime(newest.year, newest.month, newest.day)


def briefing_document(tables: dict[str, pd.DataFrame], width_cm: float = COLUMN_WIDTH_CM,
                      dpi: int = PICTURE_DPI, workers: int | None = None):
    """Build the briefing as a python-docx ``Document`` (not yet saved).

    Parameters
    ----------
    tables : dict of str to DataFrame
        The loaders' tables (see :func:`wlga_analysis.build.load_tables`).
    width_cm : float
        Width of every chart (and of its picture in the document).
    dpi : int
        Resolution of the chart pictures.
    workers : int, optional
        Processes to draw charts in (default one per CPU).

    Returns
    -------
    docx.document.Document

    Examples
    --------
    >>> from wlga_analysis.build import load_tables
    >>> doc = briefing_document(load_tables(), dpi=40, workers=1)
    >>> doc.inline_shapes[0]._inline.docPr.get("descr")[:40]
    'Horizontal stacked bar chart of recommen'
    """
    from docx import Document
    from docx.shared import Cm

    from wlga_analysis import charts
    from wlga_analysis.charts.quarters import _report_quarter_from

    quarter = _report_quarter_from(tables)
    rendered = charts.render_all_charts(tables, ("png",), dpi, quarter, width_cm=width_cm,
                                        title=False, workers=workers)
    document = Document()
    document.core_properties.title = "Briefing material from WLGA documents"
    document.core_properties.author = "wlga-analysis"
    document.core_properties.last_modified_by = "wlga-analysis"
    document.core_properties.revision = 1
    document.add_heading("Briefing material from WLGA documents", level=0)
    document.add_paragraph("Charts and tables drawn by wlga-analysis from these documents:")
    for kind in ("recommendations", "programme"):
        document.add_paragraph(charts.cite_document(kind, tables.get(kind)),
                               style="List Bullet")
    document.add_heading("Figures", level=1)
    for number, chart in enumerate(rendered, start=1):
        document.add_picture(io.BytesIO(chart.files["png"]), width=Cm(width_cm))
        _set_alt_text(document.inline_shapes[-1], chart.alt_text, chart.title)
        document.add_paragraph(f"Figure {number}: {chart.title}", style="Caption")
    document.add_heading("Tables", level=1)
    for number, key in enumerate(KEY_TABLES, start=1):
        document.add_paragraph(f"Table {number}: {key.caption}", style="Caption")
        _add_table(document, key.make(tables, quarter), key.headers)
    return document


def export_docx(out: str | Path | None = None, recommendations: str | Path | None = None,
                programme: str | Path | None = None, width_cm: float = COLUMN_WIDTH_CM,
                workers: int | None = None, dpi: int = PICTURE_DPI) -> Path:
    """Write the briefing Word file (every chart, its alt text and caption, key tables).

    Parameters
    ----------
    out : str or Path, optional
        The file to write; default ``reports/wlga_analysis_briefing.docx``.
    recommendations, programme : str or Path, optional
        Documents to read; default the shipped ones.
    width_cm : float
        Width of every chart.
    workers : int, optional
        Processes to draw charts in (default one per CPU).
    dpi : int
        Resolution of the chart pictures.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> import tempfile
    >>> from docx import Document
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     doc = Document(export_docx(Path(tmp) / "b.docx", workers=1, dpi=40))
    >>> len(doc.inline_shapes), len(doc.tables)
    (6, 4)
    >>> [p.text for p in doc.paragraphs if p.style.name == "Caption"][0]
    'Figure 1: WLGA and WG jointly own 14 of 25 recommendations'
    >>> [cell.text for cell in doc.tables[0].rows[1].cells]
    ['WLGA', '2', '17', '19']
    """
    from wlga_analysis.build import load_tables

    path = Path(out) if out is not None else config.REPORTS_DIR / DOCX_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    tables = load_tables(recommendations, programme)
    stamp = _stamp(tables)
    document = briefing_document(tables, width_cm, dpi, workers=workers)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write(path, fixed_zip(buffer.getvalue(), stamp))
    return path
