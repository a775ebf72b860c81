"""The main job: load both documents, then write every table as CSV, one Excel workbook
and the figures.

Steps read as load -> process -> save. The whole build is written into a temporary folder
beside each output folder, under a lock, and renamed into place at the end (see
:mod:`wlga_analysis.outputs`), so a failed, killed or concurrent build never leaves a
half-written or mixed set of outputs, and every output is byte-identical from one build to
the next (the workbook's timestamps are fixed to the newest document date).

Examples
--------
>>> import tempfile
>>> tables = load_tables()
>>> sorted(tables)[:3]
['activities', 'areas', 'data_quality']
>>> with tempfile.TemporaryDirectory() as out:
...     written = write_csvs(tables, out)
...     [p.name for p in written][:2]
['documents.csv', 'areas.csv']
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import logging
import os
import re
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from wlga_analysis import config
from wlga_analysis.contracts import TABLES
from wlga_analysis.errors import DataQualityWarning, ParseError, printable
from wlga_analysis.files import atomic_write, fixed_zip
from wlga_analysis.outputs import (
    StagedOutput,
    _write_error,
    excel_text,
    neutralise_formulas,
    safe_tables,
    xml_safe,
)

#: Tables in the order they are written (CSV files and workbook sheets).
TABLE_ORDER: tuple[str, ...] = (
    "documents", "areas", "activities", "recommendations", "recommendation_owners",
    "recommendations_notes", "programme", "priorities", "grants", "paragraphs",
    "programme_series", "programme_changes", "grants_series", "data_quality",
)

WORKBOOK_NAME = "wlga_analysis.xlsx"
log = logging.getLogger("wlga_analysis")
_EPOCH = dt.datetime(1980, 1, 1)


#: What ``--programme`` may be: one update, a folder of updates, or a list of them.
ProgrammeSources = str | Path | list[str | Path] | tuple[str | Path, ...] | None


def load_tables(recommendations: str | Path | None = None,
                programme: ProgrammeSources = None) -> dict[str, pd.DataFrame]:
    """Load every table from the two documents (default: the shipped raw files).

    Data-quality warnings are not shown here: they are returned as the
    ``"data_quality"`` table.

    Parameters
    ----------
    recommendations : str or Path, optional
        Path to a recommendations document; None for the shipped one.
    programme : str, Path, folder or list of them, optional
        One programme update, or several (a list, or a folder) read as a series: the
        series tables hold them all, the one-update tables the newest. None for the
        shipped update.

    Returns
    -------
    dict of str to DataFrame
        Keyed by table name (see :data:`TABLE_ORDER`).

    Examples
    --------
    >>> tables = load_tables()
    >>> list(tables) == list(TABLE_ORDER)
    True
    >>> {name: len(tables[name]) for name in ("areas", "recommendations", "programme", "grants")}
    {'areas': 10, 'recommendations': 25, 'programme': 30, 'grants': 2}
    >>> tables["data_quality"].loc[lambda t: t["check"] == "no owner", "item"].tolist()
    ['13', '16', '17']
    >>> len(tables["programme_series"]), len(tables["programme_changes"])
    (30, 0)
    """
    from wlga_analysis import programme as prog
    from wlga_analysis import recommendations as recs
    from wlga_analysis.analysis.series import programme_changes
    from wlga_analysis.metadata import load_documents
    from wlga_analysis.series import is_single_source, read_series
    from wlga_analysis.validate import data_quality_report

    series = read_series(programme)
    latest = programme if is_single_source(programme) else series.latest()
    loaders: dict[str, Callable[[], pd.DataFrame]] = {
        "documents": lambda: load_documents(recommendations, latest),
        "areas": lambda: recs.load_areas(recommendations),
        "activities": lambda: recs.load_activities(recommendations),
        "recommendations": lambda: recs.load_recommendations(recommendations),
        "recommendation_owners": lambda: recs.load_recommendation_owners(recommendations),
        "recommendations_notes": lambda: recs.load_recommendations_notes(recommendations),
        "programme": lambda: prog.load_programme(latest),
        "priorities": lambda: prog.load_priorities(latest),
        "grants": lambda: prog.load_grants(latest),
        "paragraphs": lambda: prog.load_paragraphs(latest),
        "programme_series": lambda: series.programme,
        "programme_changes": lambda: programme_changes(series.programme),
        "grants_series": lambda: series.grants,
        "data_quality": lambda: data_quality_report(recommendations, programme),
    }
    tables = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        for name in TABLE_ORDER:
            tables[name] = loaders[name]()
    return tables


def output_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` ready for CSV and Excel: lists joined with "/",
    quarters as "2021-22 Q2", missing values as empty.

    Examples
    --------
    >>> df = pd.DataFrame({"owners": [["WLGA", "WG"], []],
    ...                    "quarter": pd.PeriodIndex(["2021-07", None], freq="Q-MAR")})
    >>> output_frame(df).to_dict("list")
    {'owners': ['WLGA/WG', ''], 'quarter': ['2021-22 Q2', '']}
    """
    from wlga_analysis.quarters import quarter_label

    out = frame.copy()
    for name in out.columns:
        col = out[name]
        if isinstance(col.dtype, pd.PeriodDtype):
            out[name] = quarter_label(col).fillna("")
        elif col.dtype == object and col.map(lambda v: isinstance(v, list)).any():
            out[name] = col.map(lambda v: "/".join(str(x) for x in v)
                                if isinstance(v, list) else ("" if pd.isna(v) else str(v)))
    return out


def prepare_out_dir(out: str | Path) -> Path:
    """Create ``out`` if needed and check it can be written; ParseError otherwise.

    Parameters
    ----------
    out : str or Path
        The output folder; missing parent folders are created too.

    Returns
    -------
    Path
        ``out`` as a Path.

    Raises
    ------
    ParseError
        If the folder cannot be created or written to.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     folder = prepare_out_dir(Path(tmp) / "build" / "tables")
    ...     (folder.name, folder.is_dir())
    ('tables', True)

    A file where the folder should be is refused with a message naming the fix:

    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     blocker = Path(tmp) / "out"
    ...     _ = blocker.write_text("not a folder")
    ...     prepare_out_dir(blocker / "tables")
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: ...: cannot write the build output here: ...; choose another
    folder with --out
    """
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test.", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ParseError(f"cannot write the build output here: {exc.strerror or exc}; "
                         "choose another folder with --out", path=out) from None
    return out


def write_csvs(tables: dict[str, pd.DataFrame], out: str | Path) -> list[Path]:
    """Write one UTF-8 CSV per table into ``out`` (stable order, lists joined with "/").

    Text cells that a spreadsheet would run as a formula get a leading ``'`` (see
    :func:`wlga_analysis.outputs.neutralise_formulas`).

    Parameters
    ----------
    tables : dict of str to DataFrame
        Tables keyed by name; names not in :data:`TABLE_ORDER` are not written.
    out : str or Path
        Output folder (created if needed).

    Returns
    -------
    list of Path
        The CSV files written (``<name>.csv``), in :data:`TABLE_ORDER`.

    Examples
    --------
    >>> import tempfile
    >>> tables = load_tables()
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = write_csvs({"grants": tables["grants"], "areas": tables["areas"]}, tmp)
    ...     lines = (Path(tmp) / "grants.csv").read_text(encoding="utf-8").splitlines()
    >>> [p.name for p in written]
    ['areas.csv', 'grants.csv']
    >>> lines[0].split(",")[:3], lines[1].split(",")[:3]
    (['grant', 'amount_gbp', 'financial_year'], ['improvement grant', '800000', '2021-22'])
    """
    out = prepare_out_dir(out)
    written = []
    for name in TABLE_ORDER:
        if name not in tables:
            continue
        frame = neutralise_formulas(output_frame(tables[name]))
        text = frame.to_csv(index=False, lineterminator="\n")
        path = out / f"{name}.csv"
        atomic_write(path, text.encode("utf-8"))
        written.append(path)
    return written


def _column_notes(name: str) -> list[tuple[str, str, str]]:
    if name in TABLES:
        return [(c.name, c.dtype, c.description) for c in TABLES[name].columns]
    from wlga_analysis.quality import REPORT_COLUMNS
    return [(c, "str", "see the data-quality report") for c in REPORT_COLUMNS]


def _table_description(name: str) -> str:
    if name in TABLES:
        return TABLES[name].description
    return "Data-quality report: what the sources get wrong or leave open."


def _table_source(name: str) -> str:
    return TABLES[name].source if name in TABLES else "both"


def _column_heading(table: str, column: str) -> str:
    """The readable heading of a column in the workbook (the contract's label)."""
    from wlga_analysis.contracts import column_label

    if table in TABLES:
        for col in TABLES[table].columns:
            if col.name == column:
                return col.heading
    return column_label(column)


def _as_date(value):
    """An ISO date text as a ``datetime.date`` (Excel shows it as a date); else as is."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


#: How cells of some columns are written to Excel: (test on the column name, conversion of
#: the value, number format). CSVs keep the plain values.
_EXCEL_FORMATS: tuple[tuple[Callable[[str], bool], Callable, str], ...] = (
    (lambda name: name.endswith("_gbp"), lambda v: v, '"£"#,##0'),
    (lambda name: name == "date" or name.endswith("_date"), _as_date, "d mmmm yyyy"),
)


def _excel_format(column: str) -> tuple[Callable, str | None]:
    for test, convert, number_format in _EXCEL_FORMATS:
        if test(column):
            return convert, number_format
    return (lambda v: v), None


def _excel_value(value):
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _set_cell(ws, row: int, column: int, value) -> None:
    value = _excel_value(value)
    if isinstance(value, str) and xml_safe(value) != value:
        log.warning("workbook: sheet %s row %d column %d: characters not allowed in XML "
                    "replaced by U+FFFD", ws.title, row, column)
        value = xml_safe(value)
    if isinstance(value, str) and excel_text(value) != value:
        log.warning("workbook: sheet %s row %d column %d: %d characters, more than an Excel "
                    "cell holds; cut in the workbook (the CSV holds the whole text)",
                    ws.title, row, column, len(value))
        value = excel_text(value)
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(cell.value, str) and cell.data_type == "f":
        cell.data_type = "s"  # text starting with "=" stays text, never a formula


def _write_table_sheet(ws, name: str, frame: pd.DataFrame) -> None:
    """One table's sheet: readable headings, typed and formatted cells, fitted widths,
    frozen header row and an autofilter."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    headings = [_column_heading(name, head) for head in frame.columns]
    for col, heading in enumerate(headings, start=1):
        _set_cell(ws, 1, col, heading)
        ws.cell(row=1, column=col).font = Font(bold=True)
        ws.cell(row=1, column=col).fill = PatternFill("solid", fgColor="DDDDDD")
    formats = [_excel_format(head) for head in frame.columns]
    for r, values in enumerate(frame.itertuples(index=False), start=2):
        for col, (value, (convert, number_format)) in enumerate(zip(values, formats,
                                                                     strict=True), start=1):
            _set_cell(ws, r, col, convert(value))
            if number_format and ws.cell(row=r, column=col).data_type in "nd":
                ws.cell(row=r, column=col).number_format = number_format
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, head in enumerate(frame.columns, start=1):
        lengths = [len(headings[col - 1])] + [len(str(v)) for v in frame[head].head(500)]
        width = min(max(lengths) + 2, 80)
        ws.column_dimensions[get_column_letter(col)].width = max(width, 8)
        if max(lengths) > 80:
            for r in range(2, len(frame) + 2):
                ws.cell(row=r, column=col).alignment = wrap
    ws.freeze_panes = "A2"
    if len(frame.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"


def write_workbook(tables: dict[str, pd.DataFrame], path: str | Path,
                   documents: list[dict] | None = None,
                   timestamp: dt.datetime | None = None) -> Path:
    """Write every table to one Excel workbook with a contents sheet first.

    Each table sheet has a bold header row of readable headings (the contracts' labels, e.g.
    "Amount (£)"), frozen panes, an autofilter and column widths fitted to the content;
    amounts are numbers in a £ format and dates are dates. The contents sheet says what
    each table and column is (with its column name, as in the CSV) and where it came from.
    Text is always stored as text (never as a formula). The file is
    byte-identical from one build to the next: every timestamp inside it is ``timestamp``.

    Parameters
    ----------
    tables : dict of str to DataFrame
        Tables keyed by name; one sheet each, in :data:`TABLE_ORDER`.
    path : str or Path
        The workbook file to write (its folder is created if needed).
    documents : list of dict, optional
        Source documents to list on the contents sheet (see :func:`document_records`).
    timestamp : datetime, optional
        Timestamp stored in the file; default 1980-01-01.

    Returns
    -------
    Path
        ``path``.

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> tables = load_tables()
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = write_workbook({"grants": tables["grants"]}, Path(tmp) / WORKBOOK_NAME)
    ...     book = load_workbook(path)
    >>> path.name, book.sheetnames
    ('wlga_analysis.xlsx', ['contents', 'grants'])
    >>> [cell.value for cell in book["grants"]["A1:C2"][0]]
    ['Grant', 'Amount (£)', 'Financial year']
    >>> [cell.value for cell in book["grants"]["A1:C2"][1]], book["grants"]["B2"].number_format
    (['improvement grant', 800000, '2021-22'], '"£"#,##0')
    >>> book["grants"].freeze_panes, book["grants"].auto_filter.ref
    ('A2', 'A1:G3')
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    prepare_out_dir(path.parent)
    stamp = timestamp or _EPOCH
    wb = Workbook()
    contents = wb.active
    contents.title = "contents"
    bold = Font(bold=True)
    names = [n for n in TABLE_ORDER if n in tables]

    row = 1
    _set_cell(contents, row, 1, "wlga-analysis: tables from WLGA documents")
    contents.cell(row=row, column=1).font = Font(bold=True, size=14)
    row += 2
    for col, head in enumerate(("sheet", "what it is", "rows", "source document"), start=1):
        _set_cell(contents, row, col, head)
        contents.cell(row=row, column=col).font = bold
    for name in names:
        row += 1
        _set_cell(contents, row, 1, name)
        contents.cell(row=row, column=1).hyperlink = f"#'{name}'!A1"
        _set_cell(contents, row, 2, _table_description(name))
        _set_cell(contents, row, 3, len(tables[name]))
        _set_cell(contents, row, 4, _table_source(name))
    if documents:
        row += 2
        _set_cell(contents, row, 1, "Source documents")
        contents.cell(row=row, column=1).font = bold
        row += 1
        keys = ("kind", "file", "title", "publisher", "date", "sha256")
        for col, head in enumerate(keys, start=1):
            _set_cell(contents, row, col, head)
            contents.cell(row=row, column=col).font = bold
        for doc in documents:
            row += 1
            for col, key in enumerate(keys, start=1):
                _set_cell(contents, row, col, "" if doc.get(key) is None else str(doc[key]))
    row += 2
    _set_cell(contents, row, 1, "Columns")
    contents.cell(row=row, column=1).font = bold
    row += 1
    for col, head in enumerate(("sheet", "column", "type", "meaning", "heading"), start=1):
        _set_cell(contents, row, col, head)
        contents.cell(row=row, column=col).font = bold
    for name in names:
        for column, kind, description in _column_notes(name):
            row += 1
            values = (name, column, kind, description, _column_heading(name, column))
            for col, value in enumerate(values, start=1):
                _set_cell(contents, row, col, value)
    for letter, width in zip("ABCDEF", (24, 70, 12, 40, 30, 66), strict=True):
        contents.column_dimensions[letter].width = width

    for name in names:
        _write_table_sheet(wb.create_sheet(name), name, output_frame(tables[name]))

    wb.properties.creator = "wlga-analysis"
    wb.properties.created = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    data = fixed_zip(buffer.getvalue(), stamp)
    _check_reopens(data, path)
    atomic_write(path, data)
    return path


def _check_reopens(data: bytes, path: Path) -> None:
    """Re-open a workbook just written: one that openpyxl cannot read is never kept."""
    from openpyxl import load_workbook

    try:
        load_workbook(io.BytesIO(data), read_only=True).close()
    except Exception as exc:
        raise ParseError(f"the workbook written cannot be opened again ({type(exc).__name__}: "
                         f"{exc}); it was not saved", path=path) from None


def document_records(recommendations: str | Path | None = None,
                     programme: str | Path | None = None) -> list[dict]:
    """Metadata of the two documents a build reads (with provenance for shipped files).

    Parameters
    ----------
    recommendations, programme : str or Path, optional
        Documents to read; default the shipped raw files.

    Returns
    -------
    list of dict
        The recommendations document's metadata, then the programme update's (see
        :func:`wlga_analysis.load_metadata`).

    Examples
    --------
    >>> [(d["kind"], d["date"]) for d in document_records()]
    [('recommendations', None), ('programme', datetime.date(2021, 10, 22))]
    >>> document_records()[0]["date_note"]
    'undated (2019-20; refers to the Local Government and Elections (Wales) Bill)'
    """
    from wlga_analysis.metadata import load_metadata

    return [load_metadata(recommendations, kind="recommendations"),
            load_metadata(programme, kind="programme")]


def build_timestamp(documents: list[dict]) -> dt.datetime:
    """The fixed timestamp written inside outputs: the newest document date (or 1980-01-01).

    Parameters
    ----------
    documents : list of dict
        Document metadata, each with a ``date`` (a ``datetime.date`` or None).

    Returns
    -------
    datetime
        Midnight on the newest date; 1980-01-01 (the earliest zip date) when none is dated.

    Examples
    --------
    >>> build_timestamp(document_records())
    datetime.datetime(2021, 10, 22, 0, 0)
    >>> build_timestamp([{"date": None}])
    datetime.datetime(1980, 1, 1, 0, 0)
    """
    dates = [d["date"] for d in documents if d.get("date") is not None]
    if not dates:
        return _EPOCH
    newest = max(dates)
    return dt.datetime(newest.year, newest.month, newest.day)


def build(out: str | Path | None = None, recommendations: str | Path | None = None,
          programme: ProgrammeSources = None, figures: bool = True,
          progress: Callable[[str], None] | None = None) -> list[Path]:
    """Run the main job: tables (CSV), the Excel workbook and (optionally) the figures.

    Parameters
    ----------
    out : str or Path, optional
        Output folder; default ``data/processed/`` with figures in ``reports/figures/``.
        With ``out`` given, figures go to ``out/figures/``.
    recommendations : str or Path, optional
        The recommendations document; default the shipped one.
    programme : str, Path, folder or list of them, optional
        One programme update or several (a series); default the shipped one.
    figures : bool
        Also draw and save every chart.
    progress : callable, optional
        Called with a short message before each step.

    Returns
    -------
    list of Path
        Every file written.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     written = build(tmp, figures=False, progress=print)
    reading the recommendations document working-group-recommendations.txt
    reading the programme document improvement-programme-2021-22-update.txt
    writing 14 CSV tables
    writing the Excel workbook
    >>> [p.name for p in written]  # doctest: +NORMALIZE_WHITESPACE
    ['documents.csv', 'areas.csv', 'activities.csv', 'recommendations.csv',
     'recommendation_owners.csv', 'recommendations_notes.csv', 'programme.csv',
     'priorities.csv', 'grants.csv', 'paragraphs.csv', 'programme_series.csv',
     'programme_changes.csv', 'grants_series.csv', 'data_quality.csv', 'wlga_analysis.xlsx']
    """
    from wlga_analysis.out_folder import check_output_folder
    from wlga_analysis.series import series_sources

    say = progress or (lambda message: None)
    if out is not None:  # never over an input, the package or a folder holding them
        check_output_folder(out, [recommendations or config.RAW_DIR,
                                  *series_sources(programme)])
    out_dir = prepare_out_dir(out if out is not None else config.PROCESSED_DIR)
    figures_dir = config.FIGURES_DIR if out is None else out_dir / "figures"
    single = programme is None or len(series_sources(programme)) <= 1
    with _chart_workers(figures and single) as workers:
        return _build(out, out_dir, figures_dir, recommendations, programme, figures, say,
                      workers)


def _chart_workers(wanted: bool) -> contextlib.AbstractContextManager:
    """Chart workers started now, so that their start-up overlaps the reading of the
    documents (see :mod:`wlga_analysis.chart_workers`); a null context when not wanted."""
    if not wanted:
        return contextlib.nullcontext()
    from wlga_analysis.chart_workers import ChartWorkers

    return ChartWorkers()


def _build(out: str | Path | None, out_dir: Path, figures_dir: Path,
           recommendations: str | Path | None, programme: ProgrammeSources, figures: bool,
           say: Callable[[str], None], workers) -> list[Path]:
    """The body of :func:`build`, with its chart workers (or None) already started."""
    from wlga_analysis.series import latest_source, series_sources

    latest = latest_source(programme)
    documents = document_records(recommendations, latest)
    if programme is not None and len(series_sources(programme)) > 1:
        for path in series_sources(programme):
            say(f"reading the programme update {path.name} (series)")
    for doc in documents:
        say(f"reading the {doc['kind']} document {printable(doc['file'])}")
        log.info("read %s document %s sha256=%s", doc["kind"], printable(doc["path"]),
                 doc["sha256"])
    tables = load_tables(recommendations, programme)
    for issue in tables["data_quality"].itertuples(index=False):
        log.warning("data quality: %s, line %s: %s", printable(issue.document),
                    issue.source_line, printable(issue.message))
    tables, notes = safe_tables(tables)
    for note in notes:
        log.warning("output: %s", note)
    if workers is not None:
        say(f"drawing the figures (in {workers.workers} processes, meanwhile writing tables)"
            if workers.parallel else "drawing the figures")
        workers.submit(tables)
    # The whole build is written beside its folders, then swapped in (see outputs.py).
    targets = [out_dir] + ([figures_dir] if figures and out is None else [])
    with StagedOutput(*targets) as stage:
        staged_figures = None
        if figures:
            staged_figures = (stage.folder(figures_dir) if out is None
                              else stage.folder(out_dir) / "figures")
        try:
            written = _write_outputs(tables, documents, stage.folder(out_dir), staged_figures,
                                     say, workers)
        except OSError as exc:  # a full disk: one clear error, the previous outputs kept
            raise _write_error(exc, out_dir) from None
        digests = [hashlib.sha256(path.read_bytes()).hexdigest() for path in written]
        stage.commit()
        written = [stage.final_path(path) for path in written]
    for path, digest in zip(written, digests, strict=True):
        log.info("wrote %s sha256=%s", printable(str(path)), digest)
    return written


def _write_outputs(tables: dict[str, pd.DataFrame], documents: list[dict], out_dir: Path,
                   figures_dir: Path | None, say: Callable[[str], None],
                   workers=None) -> list[Path]:
    """Write the CSVs, the workbook and (with ``figures_dir``) the figures, from
    ``workers`` when they were handed the tables; return them."""
    say(f"writing {len(tables)} CSV tables")
    written = write_csvs(tables, out_dir)
    say("writing the Excel workbook")
    written.append(write_workbook(tables, out_dir / WORKBOOK_NAME, documents,
                                  build_timestamp(documents)))
    if figures_dir is not None:
        if workers is None:
            say("drawing the figures")
        written.extend(_draw_figures(tables, prepare_out_dir(figures_dir), workers))
    return written


def _draw_figures(tables: dict[str, pd.DataFrame], folder: Path, workers=None) -> list[Path]:
    """Every chart (from ``workers`` when given); with a series of two or more updates,
    the series charts too (status by update, milestone trend), listed in the same figures
    index."""
    from wlga_analysis import charts

    series = tables.get("programme_series")
    if series is None or series["update"].nunique() < 2:
        return charts.build_all_charts(tables, folder, workers=workers)
    from wlga_analysis.charts.series import mark_example_data, series_charts

    drawn = charts.all_charts(tables)
    if bool(series.loc[series["update"] == series["update"].iloc[-1], "example_data"].all()):
        drawn = [mark_example_data(chart) for chart in drawn]  # drawn from the newest update
    drawn += series_charts(series)
    written: list[Path] = []
    for chart in drawn:
        written.extend(charts.save_figure(chart, folder))
    written.extend(charts.write_figures_index(drawn, folder))
    return written
