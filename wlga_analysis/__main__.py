"""Command line: ``python -m wlga_analysis build | validate | report | notebooks | dictionary |
export-docx | convert``.

Examples
--------
>>> _parser().parse_args(["build", "--out", "out"]).out
'out'
>>> main(["validate", "--programme", "no-such-file.txt"])
2
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from wlga_analysis.errors import DataQualityWarning, ParseError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m wlga_analysis",
        description="Tidy tables, an Excel workbook and charts from WLGA documents.")
    sub = parser.add_subparsers(dest="command", required=True)

    def documents(p: argparse.ArgumentParser, series: str = "a series of updates, "
                  "compared") -> None:
        p.add_argument("--recommendations", metavar="PATH",
                       help="a Working Group recommendations document (default: shipped)")
        p.add_argument("--programme", metavar="PATH", nargs="+", action="extend",
                       help="an Improvement Programme update (default: shipped); several "
                            f"paths or a folder: {series}")

    build = sub.add_parser("build", help="write the CSV tables, the workbook and figures")
    build.add_argument("--out", metavar="DIR",
                       help="output folder (default: data/processed, figures in "
                            "reports/figures; with --out, figures in DIR/figures)")
    build.add_argument("--no-figures", action="store_true", help="skip the charts")
    documents(build)

    check = sub.add_parser("validate", help="print the data-quality report")
    check.add_argument("--strict", action="store_true",
                       help="exit with status 1 when any issue is found")
    check.add_argument("--quiet", action="store_true", help="print only the summary line")
    documents(check)

    def notebook_documents(p: argparse.ArgumentParser) -> None:
        documents(p, "a series (in order), and notebooks 00-05 analyse the last one")

    rep = sub.add_parser("report", help="execute the notebooks and write one HTML report")
    rep.add_argument("--out", metavar="DIR", help="output folder (default: reports/html)")
    notebook_documents(rep)

    sub.add_parser("dictionary", help="rewrite docs/data-dictionary.md from the contracts")
    word = sub.add_parser("export-docx", help="write a Word file with every chart (alt text, "
                          "caption) and the key tables, to start a briefing from")
    word.add_argument("--out", metavar="FILE",
                      help="the Word file (default: reports/wlga_analysis_briefing.docx)")
    word.add_argument("--width-cm", type=float, default=16.0, metavar="CM",
                      help="width of every chart (default: 16, a paper's text column)")
    documents(word)
    conv = sub.add_parser("convert", help="print what was read from a document (.docx, .pdf, "
                                          ".html, .md, .txt) as the project's text form")
    conv.add_argument("path", metavar="PATH", help="the document")
    conv.add_argument("--to", choices=("text",), default="text",
                      help="what to print (the text form)")
    conv.add_argument("--kind", choices=("recommendations", "programme"),
                      help="the kind of document (default: a document with a table is a "
                           "recommendations table, else a programme update)")
    nbs = sub.add_parser("notebooks", help="re-execute the notebooks and store their outputs")
    nbs.add_argument("names", nargs="*", help="notebook file names (default: all)")
    nbs.add_argument("--out", metavar="DIR",
                     help="write the executed notebooks here instead of in place (default "
                          "with document options: reports/notebooks)")
    notebook_documents(nbs)
    return parser


def _log_to_file(command: str) -> logging.Handler | None:
    """Append this run's log (reads with checksums, writes, warnings) to config.LOG_FILE."""
    from wlga_analysis import config

    try:
        config.LOG_FILE.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(config.LOG_FILE, encoding="utf-8")
    except OSError as exc:
        print(f"warning: cannot write the log file: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("wlga_analysis")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("python -m wlga_analysis %s", command)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 issues with --strict, 2 error).

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after ``python -m wlga_analysis``; default ``sys.argv[1:]``.

    Returns
    -------
    int
        0 when all went well, 1 when ``validate --strict`` found data-quality issues, 2 when
        a document could not be read (the error is printed to stderr).

    Examples
    --------
    The shipped documents have 26 data-quality findings (three recommendations with no
    owner, a duplicate and a gap in the activity numbers, items with no timing...):

    >>> main(["validate", "--quiet"])
    26 data-quality issue(s) found
    0
    >>> main(["validate", "--quiet", "--strict"])
    26 data-quality issue(s) found
    1
    >>> main(["validate", "--recommendations", "no-such-file.txt"])
    2

    ``convert`` prints what was read from a document, as the text form:

    >>> from wlga_analysis import config
    >>> main(["convert", str(config.RAW_DIR / "improvement-programme-2021-22-update.txt")])
    22nd October 2021
    <BLANKLINE>
    WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE
    ...
    0
    """
    args = _parser().parse_args(argv)
    handler = _log_to_file(" ".join(argv if argv is not None else sys.argv[1:])) \
        if args.command in ("build", "report") else None
    try:
        with _data_quality_warnings_as_lines():
            return _run(args)
    except (ParseError, OSError) as exc:  # a document, or a file or folder it cannot write
        message = _error_message(exc)
        logging.getLogger("wlga_analysis").error("%s", message)
        print(f"error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: one line, no traceback; outputs land whole or not
        logging.getLogger("wlga_analysis").error("interrupted")
        print("interrupted (a build stopped before its end leaves the previous outputs as "
              "they were)", file=sys.stderr)
        return 130
    finally:
        if handler is not None:
            logging.getLogger("wlga_analysis").removeHandler(handler)
            handler.close()


def _error_message(exc: Exception) -> str:
    """The one line printed for an error: a ParseError as it is; a file-system error as
    ``<path>: <reason>`` (not Python's ``[Errno 17] ...``).

    Examples
    --------
    >>> _error_message(FileExistsError(17, "File exists", "out/report"))
    'out/report: File exists'
    """
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)


@contextlib.contextmanager
def _data_quality_warnings_as_lines() -> Iterator[None]:
    """Show each data-quality warning as one line, ``data quality: <file>, line N: ...``,
    not as Python shows a warning (the library's source file and line, then that line of
    code); other warnings as usual."""
    show = warnings.showwarning

    def show_line(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, DataQualityWarning):
            print(f"data quality: {message}", file=sys.stderr if file is None else file)
        else:
            show(message, category, filename, lineno, file, line)

    warnings.showwarning = show_line
    try:
        yield
    finally:
        warnings.showwarning = show


def _programme(paths: list[str] | None) -> str | list[str] | None:
    """``--programme``: one path stays a path; several are a series."""
    if paths is None:
        return None
    return paths[0] if len(paths) == 1 else paths


def _programme_list(paths: list[str] | None) -> list[str] | None:
    """``--programme`` for the notebooks: the paths in the order given, folders expanded."""
    if not paths:
        return None
    from wlga_analysis.series import series_sources

    return [str(p) for p in series_sources(paths)]


def _notebooks(args: argparse.Namespace) -> int:
    """Re-execute notebooks: in place for the shipped documents, else into an output folder
    (the stored notebooks stay those of the shipped documents, which nbval checks)."""
    import nbformat

    from wlga_analysis import config, notebooks
    from wlga_analysis.metadata import load_metadata

    programmes = _programme_list(args.programme)
    parameters = notebooks.document_parameters(args.recommendations, programmes)
    for path in [args.recommendations, *(programmes or [])]:
        if path is not None:  # a bad path fails here, naming the file, before any kernel
            load_metadata(path, kind="recommendations" if path == args.recommendations
                          else "programme")
    out = args.out or (config.REPORTS_DIR / "notebooks" if parameters else None)
    for path in notebooks.notebook_paths():
        if not args.names or path.name in args.names or path.stem in args.names:
            print(f"executing {path.name}", file=sys.stderr, flush=True)
            nb = notebooks.execute(path, write=out is None, parameters=parameters)
            if out is not None:
                target = Path(out) / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(nb, target)
                print(f"wrote {target}")
    return 0


def _run(args: argparse.Namespace) -> int:
    """Carry out one parsed command; ParseError propagates to main()."""
    if args.command in ("report", "export-docx", "notebooks"):
        from wlga_analysis.out_folder import check_output_file

        check_output_file(args.out)  # (never inside data/raw or the package)
    if args.command == "build":
        from wlga_analysis.build import build

        def progress(message: str) -> None:
            print(f"[build] {message}", file=sys.stderr, flush=True)

        written = build(args.out, args.recommendations, _programme(args.programme),
                        figures=not args.no_figures, progress=progress)
        print(f"wrote {len(written)} files:")
        for path in written:
            print(f"  {path}")
        return 0
    if args.command == "report":
        from wlga_analysis.report import build_report

        path = build_report(args.out, recommendations=args.recommendations,
                            programmes=_programme_list(args.programme),
                            progress=lambda m: print(f"[report] {m}", file=sys.stderr,
                                                     flush=True))
        print(f"wrote {path}")
        return 0
    if args.command == "notebooks":
        return _notebooks(args)
    if args.command == "export-docx":
        from wlga_analysis.word import export_docx

        programmes = _programme_list(args.programme)
        path = export_docx(args.out, args.recommendations,
                           programmes[-1] if programmes else None, args.width_cm)
        print(f"wrote {path}")
        return 0
    if args.command == "convert":
        from wlga_analysis.read.convert import convert

        print(convert(args.path, args.kind))
        return 0
    if args.command == "dictionary":
        from wlga_analysis import config
        from wlga_analysis.contracts import data_dictionary_markdown

        target = config.PROJ_ROOT / "docs" / "data-dictionary.md"
        target.write_text(data_dictionary_markdown(), encoding="utf-8")
        print(f"wrote {target}")
        return 0
    from wlga_analysis.validate import data_quality_report

    report = data_quality_report(args.recommendations, _programme(args.programme))
    if not args.quiet:
        for row in report.itertuples(index=False):
            line = "" if row.source_line is None or str(row.source_line) == "<NA>" \
                else f":{row.source_line}"
            print(f"{row.document}{line} [{row.table}] {row.check}: {row.message}")
    print(f"{len(report)} data-quality issue(s) found")
    return 1 if args.strict and len(report) else 0


if __name__ == "__main__":
    # The notebook commands import nbformat, whose validator imports jsonschema, which
    # imports rfc3987_syntax when installed (JupyterLab installs it): it builds an Earley
    # parser of the IRI grammar at import, about 3.3 s. No command checks an IRI (see
    # wlga_analysis.testing.pytest_startup), so this process goes without it.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]
    sys.exit(main())
