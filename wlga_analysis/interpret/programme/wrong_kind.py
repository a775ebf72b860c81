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
- the paper numbers no paragraph (:func:`rec_paper_hint`: the refusal says so).

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

__all__ = ["rec_paper_hint", "recommendations_tables", "refuse_rec_rows"]


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
    for i, block in enumerate(blocks):
        if block.__class__ is not Table:
            continue
        header = _header_cells(block)
        if "ecommend" not in " ".join(header).lower():  # (one cheap look first)
            continue
        cells = [clean_text(c) for c in header]
        if map_columns(cells) is None and map_columns(cells, in_area=True) is None:
            continue
        start = block.location.line
        end = next((b.location.line for b in blocks[i + 1:] if b.location.line), None)
        span = range(start or 1, (end or n_lines + 1))
        out.append((start, span, " | ".join(c for c in cells if c)))
    return out


def _message(header: str, why: str) -> str:
    return (f"this looks like a recommendations paper ({why} a table headed '{header}'), "
            "not a programme update; read it with load_recommendations (a programme update "
            "has numbered paragraphs or progress items of its own)")


def rec_paper_hint(blocks: list[Any], n_lines: int) -> tuple[str, int | None] | None:
    """The refusal of a paper that numbers no paragraph and holds a recommendations table:
    its message and the table's line; None when it holds none.

    Examples
    --------
    >>> rec_paper_hint([], 4) is None
    True
    """
    tables = recommendations_tables(blocks, n_lines)
    if not tables:
        return None
    line, _, header = tables[0]
    return _message(header, "no numbered paragraphs, and"), line


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
    if tables and all(any(int(n) in span for _, span, _ in tables) for n in lines):
        line, _, header = tables[0]
        raise doc.error(_message(header, "its items are the rows of"), line=line)
