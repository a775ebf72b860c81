"""Programme interpreter: a table whose header row stands inside it, below title rows.

A tracker kept in Excel and saved as "Text (Tab delimited)", or a table printed to PDF
whose header the reader could not tell from its body, reaches the interpreter as ONE table
with no header: its title rows ("Corporate Performance ... Committee | 18 September 2025",
"Position at 30 June 2025", a RAG key) first, then the row of column names ("Ref | Action
| Lead officer | RAG | Target date | Progress commentary"), the body, and perhaps a second
block with its own header row ("Funding | Year | Allocation | Note"). A careful reader
reads the title rows as the paper's lines of text, the row of column names as the table's
header, and each further header row (with a title row over it) as the start of another
table, read as the reader found it.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
>>> table = Table(row("", "", ""), (row("Delivery tracker", "", ""),
...               row("Ref", "Action", "Target date"), row("A1", "Open a hub", "31/03/2026")))
>>> [type(b).__name__ for b in with_inner_headers([table])]
['Paragraph', 'Table']
>>> with_inner_headers([table])[1].header_key
('Ref', 'Action', 'Target date')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.funding_blocks import is_funding_header
from wlga_analysis.read.model import Cell, Inline, Paragraph, Table

__all__ = ["with_inner_headers"]

#: The most title rows above a header row found inside a table.
_TITLE_ROWS = 8
#: The longest label of a funding block's header row.
_LABEL_MAX = 40


def with_inner_headers(blocks: list[Any]) -> list[Any]:
    """The blocks with each header-less table whose header row stands inside it (after at
    most a few title rows, its first column a Ref column) read as title lines over a table
    with that header, split again at a later header row; ``blocks`` itself when there is
    none (one look first: a table with no header text).

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list
        The blocks, perhaps with tables split.

    Examples
    --------
    >>> with_inner_headers([]) == []
    True
    """
    if not any(b.__class__ is Table and b.rows for b in blocks):
        return blocks
    out: list[Any] = []
    for block in blocks:
        found = None
        if block.__class__ is Table and block.rows:
            found = _split(block) if not any(block.header_key) else _funding_split(block)
        out.extend(found or (block,))
    return out if len(out) != len(blocks) or out != blocks else blocks


def _filled(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The cells up to the last filled one (a spreadsheet's trailing empty cells dropped)."""
    n = len(cells)
    while n and not cells[n - 1].text:
        n -= 1
    return cells[:n]


def _is_header(cells: tuple[Cell, ...]) -> bool:
    from wlga_analysis.interpret.programme.measures import _names_columns

    filled = _filled(cells)
    return len(filled) >= 3 and _names_columns(filled)


def _is_ref_header(cells: tuple[Cell, ...]) -> bool:
    """A header row of a tracker's actions: its first column a Ref column (a table of
    measures under a title row is read by :func:`~.measures.split_table`)."""
    from wlga_analysis.interpret.programme.printed_refs import is_ref_header

    return bool(cells) and is_ref_header(cells[0].text) and _is_header(cells)


def _is_funding_row(cells: tuple[Cell, ...]) -> bool:
    """A header row of a funding block ("Grant | Funder | Allocation 2025-26 | Spent"): a
    sheet's Budget tab pasted as a table of its own, its title row over it: three short
    labels or more, the first naming funding, one an amount column's."""
    from wlga_analysis.interpret.programme.common import vocabulary

    texts = tuple(c.text for c in _filled(cells))
    if len(texts) < 3 or any(len(t) > _LABEL_MAX for t in texts):
        return False
    return vocabulary().funding.search(texts[0]) is not None and is_funding_header(texts)


def _split(table: Table) -> list[Any] | None:
    rows = table.rows
    first = next((k for k, r in enumerate(rows[:_TITLE_ROWS + 1])
                  if _is_ref_header(r) or _is_funding_row(r)), None)
    if first is None:
        return None
    return [*_title_lines(rows[:first], table), *_body(table, first)]


def _title_lines(rows: Any, table: Table | None = None) -> list[Paragraph]:
    """The title rows ``rows`` as the paper's lines of text."""
    return [Paragraph(Inline(" | ".join(c.text for c in _filled(r))), None,
                      r[0].location if r or table is None else table.location)
            for r in rows if any(c.text for c in r)]


def _funding_split(table: Table) -> list[Any] | None:
    """A table the reader found headed by a Ref column, split at a funding block's header
    row inside it (:func:`~.funding_blocks.is_funding_header`); None when there is none."""
    from wlga_analysis.interpret.programme.printed_refs import is_ref_header

    if not is_ref_header(table.header_key[0]) or not any(
            _is_header(r) and is_funding_header(tuple(c.text for c in _filled(r)))
            for r in table.rows):
        return None
    return _body(Table(table.header, (table.header, *table.rows), table.location), 0)


def _body(table: Table, first: int) -> list[Table]:
    """The table under its header row ``rows[first]``, up to a later header row: the rest
    (with the title row over it) left as the reader found it."""
    rows = table.rows
    header, body = rows[first], []
    names = tuple(c.text for c in header)
    for k in range(first + 1, len(rows)):
        r = rows[k]
        texts = tuple(c.text for c in r)
        if not any(texts) or texts == names:  # (a blank row, a page's repeated header)
            continue
        if _is_header(r):
            keep = 1 if body and not any(c.text for c in body[-1][1:]) else 0
            if is_funding_header(tuple(c.text for c in _filled(r))):  # (.funding_blocks)
                return [_table(header, body[:len(body) - keep]),
                        *_title_lines(body[len(body) - keep:]), *_body(table, k)]
            return [_table(header, body[:len(body) - keep]),
                    Table(table.header, (*body[len(body) - keep:], *rows[k:]), r[0].location)]
        body.append(r)
    return [_table(header, body)]


def _table(header: tuple[Cell, ...], body: list[tuple[Cell, ...]]) -> Table:
    """A table of ``body`` under ``header``, the columns empty in every row (a
    spreadsheet's trailing tabs) left out; a column a header spans (a drawn bar beside its
    number, :mod:`.percent_complete`) kept."""
    width = max(len(_filled(r)) for r in (header, *body))
    return Table(header[:width], tuple(r[:width] for r in body), header[0].location)
