"""Text form: a page's layout kept as a table (a layout table), read column by column.

An e-mail campaign saved from Outlook as Word keeps its layout as ONE row of two or three
cells: the stories in the main column, the sidebar ("Programme funding", "Key dates") in
the shaded one beside it. The cells are columns of the page, not the fields of a record:
a careful reader reads the main column to its end, then the sidebar. So a table of one row
whose cells hold :data:`MIN_BLOCKS` blocks or more between them, and one of them
:data:`MIN_COLUMN_BLOCKS` or more, is printed as each cell's blocks in turn (a data
table's row holds a few blocks a cell; a one-row table of records has a header row).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> main = Cell(tuple(Paragraph(Inline(f"Line {i}.")) for i in range(10)))
>>> side = Cell((Paragraph(Inline("Key dates")), Paragraph(Inline("5 March 2026"))))
>>> [b.text.text for b in column_blocks(Table((main, side), ()))][-3:]
['Line 9.', 'Key dates', '5 March 2026']
>>> column_blocks(Table((side, side), ())) is None
True
"""

from __future__ import annotations

from typing import Any

__all__ = ["MIN_BLOCKS", "MIN_COLUMN_BLOCKS", "column_blocks"]

#: The fewest blocks the cells of a layout table's one row hold between them.
MIN_BLOCKS = 12
#: The fewest blocks of its main column.
MIN_COLUMN_BLOCKS = 8
#: The most cells (columns) of a layout table's row.
_MAX_COLUMNS = 3


def column_blocks(table: Any) -> tuple[Any, ...] | None:
    """The blocks of a layout table's cells, column by column (see the module); None for
    any other table."""
    rows = [row for row in (table.header, *table.rows) if row]
    if len(rows) != 1 or not 2 <= len(rows[0]) <= _MAX_COLUMNS:
        return None
    sizes = [len(cell.blocks) for cell in rows[0]]
    if sum(sizes) < MIN_BLOCKS or max(sizes) < MIN_COLUMN_BLOCKS:
        return None
    return tuple(b for cell in rows[0] for b in cell.blocks)
