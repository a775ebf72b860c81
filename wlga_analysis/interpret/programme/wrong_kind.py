"""Programme interpreter: a recommendations paper given to the programme loader is refused.

A tracker of recommendations (a scrutiny committee's "Ref | Recommendation | Agreed action
| Update ..." table, rows grouped by the report's chapters) prints its rows much as a
council's action tracker prints its actions, and the programme layouts that read such a
tracker (:mod:`.ref_table_groups`) would read its recommendations as progress items. The
table's header tells the kinds apart: a header the recommendations loader reads as a
recommendations table (a Recommendation column with its number, owner, area or activity
columns: :func:`~wlga_analysis.interpret.recommendations.columns.map_columns`) makes the
paper a recommendations paper when

- every item the programme interpreter read is a row of such a table
  (:func:`refuse_rec_rows`): a ParseError naming the table's line and header;
- the paper numbers no paragraph (:func:`refuse_rec_paper`: the refusal says so).

A paper that is mostly an HTML table (the Working Group's recommendations as shipped) is
refused before it is read (:func:`refuse_html_table`).

A programme update that carries such a table beside progress items of its own (an annex
of an audit's recommendations) is still read: its own items are not the table's rows.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
>>> table = Table(row("Ref", "Recommendation", "Lead", "Update"),
...               (row("1", "That the Council acts.", "Chief Executive", "Done."),))
>>> [(n, header) for n, _, header in recommendations_tables([table], 3)]
[(None, 'Ref | Recommendation | Lead | Update')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wlga_analysis.read.model import Table

__all__ = ["recommendations_tables", "refuse_html_table", "refuse_rec_paper",
           "refuse_rec_rows"]


def refuse_html_table(lines: tuple[str, ...], doc: Any) -> None:
    """Raise the refusal of a paper that is mostly an HTML table (three or more lines of
    cell tags, most of the paper a table: the recommendations table as shipped); return
    otherwise. A table whose header names a programme table's columns ("Ref | Action |
    Status | Target") is the programme's own, not refused.

    Examples
    --------
    >>> refuse_html_table(("1. Digital", "- A plan was agreed."), None) is None
    True
    """
    from wlga_analysis.interpret.programme.common import _HTML_CELL
    from wlga_analysis.interpret.programme.layouts import is_mostly_table

    html = [n for n, ln in enumerate(lines, 1) if "<" in ln and _HTML_CELL.search(ln)
            ] if "<" in "\n".join(lines) else []  # (one look for "<" first)
    if len(html) >= 3 and is_mostly_table(lines, html) and not _programme_header(lines, html[0]):
        raise doc.error(
            "this looks like an HTML table (e.g. the Working Group recommendations), not "
            "a programme update; expected numbered paragraphs ('1. ...') under headings "
            "and bullets ('- ...') under 'Progress Update'", line=html[0])


def _programme_header(lines: tuple[str, ...], first: int) -> bool:
    """Whether the last TAB row before line ``first`` (1-based), the table's header, names a
    programme table's columns ("Ref | Action | Status | Target": a short update whose table
    of actions, laid out in aligned columns, the reader printed as cells): then the paper
    is a programme update, however much of it the table is."""
    from wlga_analysis.interpret.programme.spaced_tables import names_programme_columns

    header = next((ln for ln in reversed(lines[:first - 1]) if "\t" in ln), None)
    return header is not None and "<" not in header and len(header) < 400 \
        and names_programme_columns(header.split("\t"))


def _header_cells(table: Table) -> list[str]:
    """The header a table prints: its header row, else (a TAB table whose reader took no
    header) its first row."""
    if table.header_key:
        return list(table.header_key)
    return [c.text for c in table.rows[0]] if table.rows else []


def recommendations_tables(blocks: list[Any], n_lines: int
                           ) -> list[tuple[int | None, range, str]]:
    """The tables of a document model whose header names a recommendations table: for
    each, its line, the lines it spans (up to the next block) and its header as printed.

    Parameters
    ----------
    blocks : list
        The document model's blocks, in order.
    n_lines : int
        The number of lines of the document (the last table spans to its end).

    Returns
    -------
    list of (int or None, range, str)

    Examples
    --------
    >>> recommendations_tables([], 10)
    []
    """
    from wlga_analysis.interpret.recommendations.columns import map_columns
    from wlga_analysis.text.clean import clean_text

    out: list[tuple[int | None, range, str]] = []
    found: list[tuple[int, list[str]]] = []
    for i, block in enumerate(blocks):
        if block.__class__ is not Table:
            continue
        header = _header_cells(block)
        if "ecommend" not in " ".join(header).lower():  # (one cheap look first)
            continue
        cells = [clean_text(c) for c in header]
        if map_columns(cells) is not None or map_columns(cells, in_area=True) is not None:
            found.append((i, cells))
    ends = _next_lines(blocks, [i for i, _ in found])
    for (i, cells), end in zip(found, ends, strict=True):
        start = blocks[i].location.line
        span = range(start or 1, (end or n_lines + 1))
        out.append((start, span, " | ".join(c for c in cells if c)))
    return out


def _next_lines(blocks: list[Any], indexes: list[int]) -> list[int | None]:
    """For each of ``indexes`` (ascending), the line of the first block after it that has
    one (None when none has): one pass from the end, however many tables there are.

    Examples
    --------
    >>> from wlga_analysis.read.model import Location, Paragraph, Inline
    >>> blocks = [Paragraph(Inline(t), None, Location(line=n)) for t, n in
    ...           (("a", 1), ("b", None), ("c", 5))]
    >>> _next_lines(blocks, [0, 2])
    [5, None]
    """
    out: list[int | None] = []
    following: int | None = None
    wanted = set(indexes)
    for i in range(len(blocks) - 1, -1, -1):
        if i in wanted:
            out.append(following)
        line = blocks[i].location.line
        if line:
            following = line
    return out[::-1]


def _message(header: str, why: str) -> str:
    return (f"this looks like a recommendations paper ({why} a table headed '{header}'), "
            "not a programme update; read it with load_recommendations (a programme update "
            "has numbered paragraphs or progress items of its own)")


def refuse_rec_paper(blocks: list[Any], n_lines: int, doc: Any) -> None:
    """Raise the refusal of a paper that numbers no paragraph and holds a recommendations
    table (its message naming the table's line); return when it holds none.

    Examples
    --------
    >>> refuse_rec_paper([], 4, None) is None
    True
    """
    tables = recommendations_tables(blocks, n_lines)
    if tables:
        line, _, header = tables[0]
        raise doc.error(_message(header, "no numbered paragraphs, and"), line=line)


def refuse_rec_rows(blocks: list[Any], n_lines: int, item_lines: Iterable[Any],
                                doc: Any) -> None:
    """Raise a ParseError when every item read is a row of a recommendations table.

    Parameters
    ----------
    blocks : list
        The document model's blocks.
    n_lines : int
        The number of lines of the document.
    item_lines : iterable of int
        The source lines of the items read.
    doc : Document
        The document (for the error).

    Examples
    --------
    >>> refuse_rec_rows([], 0, [], None) is None
    True
    """
    lines = [n for n in item_lines if n == n and n is not None]  # (no NaN)
    if not lines or not any(b.__class__ is Table for b in blocks):
        return
    tables = recommendations_tables(blocks, n_lines)
    covered = _union([span for _, span, _ in tables])
    if tables and all(_in_a_span(int(n), covered) for n in lines):
        line, _, header = tables[0]
        raise doc.error(_message(header, "its items are the rows of"), line=line)



def _union(spans: list[range]) -> list[range]:
    """The lines of ``spans`` as ranges in order, none touching another.

    Examples
    --------
    >>> _union([range(7, 9), range(1, 4), range(2, 6)])
    [range(1, 6), range(7, 9)]
    """
    out: list[range] = []
    for span in sorted(spans, key=lambda r: r.start):
        if out and span.start <= out[-1].stop:
            out[-1] = range(out[-1].start, max(out[-1].stop, span.stop))
        elif span:
            out.append(span)
    return out


def _in_a_span(line: int, covered: list[range]) -> bool:
    """Whether ``line`` is in one of ``covered`` (in order, none touching another: the one
    that starts last at or before it, found by bisection).

    Examples
    --------
    >>> _in_a_span(4, [range(2, 5), range(7, 9)]), _in_a_span(5, [range(2, 5), range(7, 9)])
    (True, False)
    """
    from bisect import bisect_right

    k = bisect_right(covered, line, key=lambda r: r.start) - 1
    return k >= 0 and line in covered[k]
