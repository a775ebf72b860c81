"""Pandoc grid tables whose cells span rows: a rule printed under some columns only.

Pandoc 3 writes a cell that spans rows (a table's area, "1 / Strategic transport planning",
beside its recommendations 1.1 and 1.2) with no rule under the rows it spans: the line that
ends the rows beside it rules their columns and prints the spanning cell's text in its own::

    +-----------+-----+----------------+
    | 1         | 1.1 | That the WG    |
    |           |     | funds it.      |
    | Transport +-----+----------------+
    |           | 1.2 | That CJCs act. |
    +-----------+-----+----------------+

Each column's cells run from one rule of that column to the next; the table's rows run
from one rule of any column to the next. A row prints, in each column, the cell that starts
on the row's first line (all its lines, however many rows it spans), else nothing: the
spanning cell's text in its first row, the rows after it leave it empty, as a web page's
``rowspan`` and a Word file's vertically merged cell are read.

Examples
--------
>>> from wlga_analysis.read.grid_tables import grid_table_lines
>>> lines = ["+----+-----+------+", "| A  | Ref | Text |", "+====+=====+======+",
...          "| 1  | 1.1 | Do   |", "| Me +-----+------+", "|    | 1.2 | That |",
...          "+----+-----+------+"]
>>> grid_table_lines(lines)[3:6]
('| 1 Me | 1.1 | Do |', '', '|  | 1.2 | That |')
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

__all__ = ["rewrite_row_spans"]


def _ruled(line: str, edges: list[int]) -> list[bool]:
    """Which columns ``line`` rules (dashes, "=" or ":" between two "+")."""
    out = []
    for left, right in pairwise(edges):
        part = line[left + 1:right]
        out.append(bool(part) and not part.strip("-=:") and line[left:left + 1] == "+"
                   and line[right:right + 1] == "+")
    return out


def _column_cells(table: list[str], edges: list[int]) -> tuple[list[dict[int, list[int]]],
                                                                  list[int], int | None]:
    """For each column, its cells (first line -> the lines of its text); the lines that
    rule some column; the line of the rule that ends the header (None for none)."""
    width = len(edges) - 1
    cells: list[dict[int, list[int]]] = [{} for _ in range(width)]
    open_at: list[int | None] = [None] * width
    rules: list[int] = []
    header_end = None
    for k, line in enumerate(table[1:], start=1):
        ruled = _ruled(line, edges)
        if any(ruled):
            rules.append(k)
            if header_end is None and "=" in line:
                header_end = k
        for j in range(width):
            if ruled[j]:
                open_at[j] = None
                continue
            if open_at[j] is None:
                open_at[j] = k
                cells[j][k] = []
            cells[j][open_at[j]].append(k)
    return cells, rules, header_end


def rewrite_row_spans(out: list[str], start: int, table: list[str], edges: list[int],
                      cell_text: Callable[[list[str]], str]) -> None:
    """Print the grid table ``table`` (``out[start:start + len(table)]``), whose cells span
    rows, as pipe rows, one row on the line where it starts (line numbers kept);
    ``cell_text`` joins a cell's lines (:func:`.grid_tables._cell_text`)."""
    from wlga_analysis.read.grid_tables import pipe_row

    cells, rules, header_end = _column_cells(table, edges)
    out[start:start + len(table)] = [""] * len(table)
    row_start = 1
    for rule in rules:
        if rule > row_start:
            row = []
            for j, (left, right) in enumerate(pairwise(edges)):
                lines = cells[j].get(row_start)
                row.append(cell_text([table[i][left + 1:right] for i in lines])
                           if lines is not None else "")
            out[start + row_start] = pipe_row(row)
            if rule == header_end:  # the header ends: its separator after it
                at = row_start + 1 if rule > row_start + 1 else rule
                out[start + at] = pipe_row(["---"] * len(row))
        row_start = rule + 1
