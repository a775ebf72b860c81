"""A static HTML report of every notebook, for readers who do not run Python.

``python -m wlga_analysis report [--out DIR]`` executes each notebook in a fresh kernel
(the stored notebooks are not changed), then writes one self-contained HTML file
(``DIR/wlga_analysis_report.html``, default ``reports/html/``): code cells hidden, charts
embedded as images, a contents list, and the source documents named with their
checksums. Nothing is fetched from the network when it is opened. Apart from the printed
build date, the file is the same on every run.

Examples
--------
>>> contents_markdown([("00_data_tour", "A tour of the data")]).splitlines()[2]
'1. [A tour of the data](#A-tour-of-the-data)'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wlga_analysis import config

REPORT_NAME = "wlga_analysis_report.html"
log = logging.getLogger("wlga_analysis")
TEMPLATES_DIR = Path(__file__).parent / "templates"


def _anchor(title: str) -> str:
    """The id nbconvert gives a Markdown heading."""
    return re.sub(r"\s+", "-", title.strip())


def contents_markdown(entries: list[tuple[str, str]]) -> str:
    """A Markdown contents list linking to each notebook's title heading.

    Parameters
    ----------
    entries : list of (str, str)
        ``(notebook name, title)`` pairs, in order.

    Returns
    -------
    str
        A ``## Contents`` heading and a numbered list of links.

    Examples
    --------
    >>> print(contents_markdown([("01_delivery_by_owner", "Delivery by owner"),
    ...                          ("04_funding", "Funding: grants and options")]))
    ## Contents
    <BLANKLINE>
    1. [Delivery by owner](#Delivery-by-owner)
    2. [Funding: grants and options](#Funding:-grants-and-options)
    """
    lines = ["## Contents", ""]
    for number, (_, title) in enumerate(entries, start=1):
        lines.append(f"{number}. [{title}](#{_anchor(title)})")
    return "\n".join(lines)


def _title(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, flags=re.M)
            if match:
                return match.group(1).strip()
    return fallback


def sources_markdown(documents: list[dict]) -> str:
    """A Markdown section naming the source documents (title, publisher, date, sha256).

    Parameters
    ----------
    documents : list of dict
        Document metadata (see :func:`document_records`); an undated document shows its
        ``date_note``.

    Returns
    -------
    str
        A ``## Sources`` heading and a Markdown table, one row per document.

    Examples
    --------
    >>> print(sources_markdown([{"title": "Update", "publisher": "WLGA", "file": "update.txt",
    ...                          "date": dt.date(2021, 10, 22), "sha256": "ab12" * 4}]))
    ## Sources
    <BLANKLINE>
    | document | publisher | date | file | sha256 |
    | --- | --- | --- | --- | --- |
    | Update | WLGA | 2021-10-22 | `update.txt` | `ab12ab12ab12ab12` |
    >>> print(sources_markdown(document_records()).splitlines()[-1])
    | WLGA Improvement Programme 2021-22 Update | Welsh Local Government Association (WLGA) |
    2021-10-22 | `improvement-programme-2021-22-update.txt` |
    `816c9382e638e26cd27825e629221799d52b7fe2697b90f3d61caa3cd4d0a967` |
    """
    lines = ["## Sources", "", "| document | publisher | date | file | sha256 |",
             "| --- | --- | --- | --- | --- |"]
    for doc in documents:
        date = doc.get("date") or doc.get("date_note") or "undated"
        title = doc.get("title_display") or doc.get("title")
        lines.append(f"| {title} | {doc.get('publisher') or ''} | {date} | "
                     f"`{doc.get('file')}` | `{doc.get('sha256', '')}` |")
    return "\n".join(lines)


def document_records(recommendations: str | Path | None = None,
                     programmes: list[str | Path] | None = None) -> list[dict]:
    """Metadata of the documents a report reads: the recommendations document, then each
    programme update given (default: the shipped ones).

    Examples
    --------
    >>> [(d["kind"], d["file"]) for d in document_records()]  # doctest: +NORMALIZE_WHITESPACE
    [('recommendations', 'working-group-recommendations.txt'),
     ('programme', 'improvement-programme-2021-22-update.txt')]
    """
    from wlga_analysis.metadata import load_metadata

    return [load_metadata(recommendations, kind="recommendations")] + \
        [load_metadata(p, kind="programme") for p in (programmes or [None])]


def front_matter(documents: list[dict]) -> str:
    """The title page's sentence naming the documents the report is made from.

    Examples
    --------
    >>> print(front_matter([{"title": "Recommendations", "date": None},
    ...                     {"title_display": "Update", "date": dt.date(2022, 1, 27)}]))
    Tables and charts from *Recommendations* (undated) and *Update* (27 January 2022).
    >>> front_matter([])
    ''
    """
    from wlga_analysis.narrative import join_words, long_date

    named = [f"*{d.get('title_display') or d.get('title') or d.get('file')}* "
             f"({long_date(d.get('date')) or 'undated'})" for d in documents]
    return f"Tables and charts from {join_words(named)}. " if named else ""


def combine(executed: list[tuple[str, Any]], documents: list[dict], built: dt.date) -> Any:
    """One notebook made of a front page and every executed notebook's cells.

    Parameters
    ----------
    executed : list of (str, NotebookNode)
        ``(notebook name, notebook)`` pairs, in report order.
    documents : list of dict
        Source documents for the front page (see :func:`sources_markdown`).
    built : date
        The build date printed on the front page.

    Returns
    -------
    NotebookNode
        The front page (title, contents, sources) followed by every notebook's cells.

    Examples
    --------
    >>> import nbformat
    >>> owners = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("# Delivery by owner"),
    ...     nbformat.v4.new_code_cell("1 + 1")])
    >>> report = combine([("01_delivery_by_owner", owners)], [], dt.date(2021, 10, 22))
    >>> [cell.cell_type for cell in report.cells], report.metadata["title"]
    (['markdown', 'markdown', 'code'], 'WLGA delivery analysis')
    >>> [cell.id.startswith("n0-") for cell in report.cells[1:]]
    [True, True]
    >>> front = report.cells[0].source
    >>> "Built on 2021-10-22." in front, "1. [Delivery by owner](#Delivery-by-owner)" in front
    (True, True)
    >>> front.splitlines()[2]
    'Made by wlga-analysis from the notebooks in `notebooks/`. Built on 2021-10-22.'

    """
    import nbformat

    entries = [(name, _title(nb, name)) for name, nb in executed]
    front = nbformat.v4.new_markdown_cell(
        "# WLGA delivery analysis: owners, areas, quarters and funding\n\n"
        + front_matter(documents)
        + f"Made by wlga-analysis from the notebooks in `notebooks/`. Built on "
        f"{built.isoformat()}.\n\n"
        + contents_markdown(entries) + "\n\n" + sources_markdown(documents))
    front.id = "report-front-page"  # a fixed id: new cells get a random one
    cells = [front]
    for number, (_, nb) in enumerate(executed):
        for position, cell in enumerate(nb.cells):
            # Ids must be unique in the report (an injected cell has the same id in every
            # notebook); prefixing keeps them fixed, so the report stays byte-identical.
            cell = cell.copy()
            cell.id = f"n{number}-{cell.get('id') or position}"[:64]
            cells.append(cell)
    report = nbformat.v4.new_notebook(cells=cells)
    report.metadata["title"] = "WLGA delivery analysis"
    report.metadata["kernelspec"] = (executed[0][1].metadata.get("kernelspec")
                                     if executed else None) or {
        "name": "python3", "display_name": "Python 3", "language": "python"}
    report.metadata["language_info"] = {"name": "python"}
    return report


def to_html(nb: Any) -> str:
    """Render a notebook as offline HTML with code cells hidden.

    Parameters
    ----------
    nb : NotebookNode
        The notebook (e.g. from :func:`combine`).

    Returns
    -------
    str
        One self-contained HTML page: outputs shown, code and prompts left out, images
        embedded.

    Examples
    --------
    >>> import nbformat
    >>> result = nbformat.v4.new_output("execute_result", {"text/plain": "1330000"},
    ...                                 execution_count=1)
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("# Funding"),
    ...     nbformat.v4.new_code_cell("800000 + 530000", execution_count=1, outputs=[result])])
    >>> html = to_html(nb)
    >>> html.startswith("<!DOCTYPE html>"), "1330000" in html, "800000 + 530000" in html
    (True, True, False)
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="wlga_report",
                            extra_template_basedirs=[str(TEMPLATES_DIR)],
                            exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True)
    body, _ = exporter.from_notebook_node(nb)
    return body


def _executed(paths: list[Path], parameters: dict[str, Any] | None,
              say: Callable[[str], None]) -> list[tuple[str, Any]]:
    """Each notebook executed in a fresh kernel of its own, (stem, notebook) in the order
    given: two at a time on a machine with two CPUs or more (each kernel is a process of its
    own; this process only waits on them), one at a time with ``$WLGA_ANALYSIS_WORKERS=1``.
    A notebook's outputs do not depend on the others', so the report is the same either way."""
    from concurrent.futures import ThreadPoolExecutor

    from wlga_analysis import notebooks as nbs
    from wlga_analysis.interactive import DISPLAY_ENV
    from wlga_analysis.second_cpu import cpus

    def run(path: Path) -> tuple[str, Any]:
        log.info("executing notebook %s sha256=%s", path,
                 hashlib.sha256(path.read_bytes()).hexdigest())
        return path.stem, nbs.execute(path, write=False, parameters=parameters,
                                      env={DISPLAY_ENV: "report"})

    for path in paths:
        say(f"executing {path.name}")
    with ThreadPoolExecutor(max_workers=min(2, cpus(), max(1, len(paths)))) as pool:
        return list(pool.map(run, paths))


def build_report(out: str | Path | None = None, *, notebooks: list[Path] | None = None,
                 built: dt.date | None = None, execute: bool = True,
                 recommendations: str | Path | None = None,
                 programmes: list[str | Path] | None = None,
                 progress: Callable[[str], None] | None = None) -> Path:
    """Execute the notebooks and write the combined HTML report; return its path.

    Parameters
    ----------
    out : str or Path, optional
        Output folder; default ``reports/html/``.
    notebooks : list of Path, optional
        Default: every notebook in ``notebooks/``, in order.
    built : date, optional
        The build date printed on the front page (default today).
    execute : bool
        Execute each notebook in a fresh kernel first (default); False uses the stored
        outputs as they are.
    recommendations : str or Path, optional
        A recommendations document to analyse instead of the shipped one.
    programmes : list of str or Path, optional
        Programme updates to analyse instead of the shipped one (the last is the one
        notebooks 00-05 analyse; see :func:`wlga_analysis.notebooks.document_parameters`).
        The title page and the Sources table name exactly the documents used.
    progress : callable, optional
        Called with a short message before each step.

    Returns
    -------
    Path
        The report, ``<out>/wlga_analysis_report.html``.

    Examples
    --------
    With ``execute=False`` the stored outputs are used as they are (quick):

    >>> import nbformat
    >>> import tempfile
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Funding")])
    >>> nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     nb_path = Path(tmp) / "04_funding.ipynb"
    ...     nbformat.write(nb, nb_path)
    ...     path = build_report(tmp, notebooks=[nb_path], execute=False,
    ...                         built=dt.date(2021, 10, 22), progress=print)
    ...     html = path.read_text(encoding="utf-8")
    writing the HTML report
    >>> path.name, "Built on 2021-10-22." in html, "816c9382e638e26c" in html
    ('wlga_analysis_report.html', True, True)

    The default executes every notebook in a fresh kernel (about a minute), so is not run
    here:

    >>> build_report()  # doctest: +SKIP
    PosixPath('.../reports/html/wlga_analysis_report.html')
    """
    import nbformat

    from wlga_analysis import notebooks as nbs
    from wlga_analysis.build import prepare_out_dir
    from wlga_analysis.files import atomic_write

    say = progress or (lambda message: None)
    out_dir = prepare_out_dir(out if out is not None else config.REPORTS_DIR / "html")
    paths = notebooks if notebooks is not None else nbs.notebook_paths()
    if not execute and (recommendations is not None or programmes):
        raise ValueError("other documents need execute=True: stored outputs are of the "
                         "shipped documents")
    documents = document_records(recommendations, programmes)  # fails early on a bad path
    parameters = nbs.document_parameters(recommendations, programmes)
    if execute:
        executed = _executed(paths, parameters, say)
    else:
        executed = [(path.stem, nbformat.read(path, as_version=4)) for path in paths]
    say("writing the HTML report")
    html = to_html(combine(executed, documents, built or dt.date.today()))
    target = out_dir / REPORT_NAME
    data = html.encode("utf-8")
    atomic_write(target, data)
    log.info("wrote %s sha256=%s", target, hashlib.sha256(data).hexdigest())
    return target
