"""Pandoc's grid tables: a table drawn with ``+---+`` rules, its cells wrapped over lines.

Pandoc writes a table whose cells are too long for a pipe table as a **grid table**::

    +-----+----------------------+-----------------+
    | No. | Recommendation       | Update May 2025 |
    +=====+======================+=================+
    | **Empty buildings**                          |
    +-----+----------------------+-----------------+
    | 1   | That the Council     | A register was  |
    |     | creates a register.  | drafted.        |
    +-----+----------------------+-----------------+

The ``+`` of the top rule mark the column edges; a ``+===+`` rule ends the header; every
other rule ends a row, and a row's cells are the text between the ``|`` of its lines, each
cell's lines joined (a blank line, or a line that starts with a list marker, starts a new
block of the cell; a line ending in a hyphen after a letter, a compound wrapped at its
hyphen, "home-" / "to-school", joins the next without a space). A row whose line prints no
``|`` at an edge has a cell **spanning** the columns on both sides (pandoc 3's column spans:
a chapter's name across the whole table): its text goes in its first column, the columns it
covers are left empty (as a Word file's merged cell is read). A cell **spanning rows** prints
no rule under the rows it spans ("| Big  +-----+": see :mod:`.grid_row_spans`): its text goes
in the first row it spans, the rows after it leave it empty (as a web page's ``rowspan``).

:func:`grid_table_lines` prints each grid table as the Markdown pipe rows the text reader
reads (:mod:`wlga_analysis.read.text_table`): one row a line, on the line where the row
starts, the header followed by its ``| --- |`` separator, the other lines of the table left
blank (line numbers kept). Every loader that reads a text or Markdown file reads the
tables so (:func:`wlga_analysis.documents.read_document`); a file with no grid table comes
back unchanged.

Examples
--------
>>> lines = ["+----+----------+", "| No | Text     |", "+====+==========+",
...          "| 1  | That it  |", "|    | is done. |", "+----+----------+"]
>>> grid_table_lines(lines)
('', '| No | Text |', '| --- | --- |', '| 1 | That it is done. |', '', '')
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["grid_table_lines", "has_grid_rule", "pipe_row"]

#: A full rule of a grid table: "+----+:---:+", "+====+====+".
_RULE = LazyPattern(r"[ ]{0,3}\+(?:[-=:]++\+)++[ ]*+")
#: A rule under a cell spanning rows ("|      +------+"): an edge, runs of dashes (with a
#: "+" where the rule meets an edge: a blank line of the cells, "|    |    |", is none).
_PART_RULE = LazyPattern(r"[ ]{0,3}[|+](?:(?:[ ]++|[-=:]++)[|+])++[ ]*+")
#: A line of a cell that starts a block of its own: a bullet or a number.
_BLOCK_START = LazyPattern(r"(?:[-*+\u2022]|\d{1,3}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))[ ]")
#: A row longer than this many lines is no grid row (a cell of a table is a few lines).
_MAX_ROW_LINES = 200


def has_grid_rule(text: str | bytes) -> bool:
    """Whether a file's text may hold a grid table (a cheap test before any line is read).

    Examples
    --------
    >>> has_grid_rule("+---+---+"), has_grid_rule(b"a - b + c")
    (True, False)
    """
    return ("-+" in text) if isinstance(text, str) else (b"-+" in text)


def _is_rule(line: str) -> bool:
    return line[:4].lstrip(" ").startswith("+") and _RULE.fullmatch(line) is not None


def _edges(rule: str) -> list[int]:
    """The positions of the column edges (the ``+``) of a table's top rule."""
    return [i for i, ch in enumerate(rule) if ch == "+"]


def _cell_text(lines: list[str]) -> str:
    """A cell's lines as one pipe cell: its lines joined, its blocks apart by ``<br>``."""
    blocks: list[list[str]] = []
    new_block = True
    for line in lines:
        text = line.strip()
        if not text:
            new_block = True
            continue
        if new_block or _BLOCK_START.match(text):
            blocks.append([text])
        elif (last := blocks[-1][-1]).endswith("-") and last[-2:-1].isalpha():
            blocks[-1][-1] = last + text  # (a compound wrapped at its hyphen: "home-" / "to-")
        else:
            blocks[-1].append(text)
        new_block = False
    return "<br>".join(" ".join(b) for b in blocks).replace("|", "\\|")


def _row_cells(lines: list[str], edges: list[int]) -> list[str]:
    """The cells of a row printed on ``lines``: an inner edge where some line prints no
    ``|`` is inside a spanning cell (its text in the cell's first column; the columns it
    covers empty)."""
    inner = [e for e in edges[1:-1]
             if all(len(line) > e and line[e] in "|+" for line in lines)]
    bounds = [edges[0], *inner, edges[-1]]
    cells: list[str] = []
    for start, end in pairwise(bounds):
        cells.append(_cell_text([line[start + 1:end] for line in lines]))
        cells.extend("" for e in edges if start < e < end)  # the columns it spans
    return cells


def _spans_rows(line: str, edges: list[int]) -> bool:
    """Whether a line of a grid table rules some columns and prints text in another: the
    rule under the cells of a row beside a cell that spans rows ("| Big  +-----+")."""
    if "+" not in line or _is_rule(line):
        return False
    ruled = text = False
    for left, right in pairwise(edges):
        part = line[left + 1:right]
        if part and not part.strip("-=:") and line[left:left + 1] == "+" \
                and line[right:right + 1] == "+":
            ruled = True
        elif part.strip():
            text = True
    return ruled and text


def pipe_row(cells: list[str]) -> str:
    """A Markdown pipe row of ``cells`` (each already escaped).

    Examples
    --------
    >>> pipe_row(["No", "Text"])
    '| No | Text |'
    """
    return "| " + " | ".join(cells) + " |"


def _table_end(lines: Sequence[str], start: int, width: int) -> int:
    """The index after the last rule of the grid table whose top rule is ``lines[start]``
    (``start`` itself when no row follows)."""
    end = start
    k = start + 1
    run = 0
    while k < len(lines) and run <= _MAX_ROW_LINES:
        line = lines[k]
        if _is_rule(line) and len(line.rstrip()) == width:
            end, run = k, 0
        elif line.lstrip(" ")[:1] in ("|", "+") and len(line.rstrip()) == width:
            run += 1
        else:
            break
        k += 1
    return end + 1 if end > start else start


def _rewrite(out: list[str], start: int, end: int) -> None:
    """Print the grid table ``out[start:end]`` as pipe rows (line numbers kept)."""
    edges = _edges(out[start].rstrip())
    table = out[start:end]
    if any(_spans_rows(line, edges) for line in table[1:]):
        from wlga_analysis.read.grid_row_spans import rewrite_row_spans

        rewrite_row_spans(out, start, table, edges, _cell_text)
        return
    out[start:end] = [""] * (end - start)
    row: list[int] = []  # the indexes (in ``table``) of the lines of the row being read
    for k, line in enumerate(table[1:], start=1):
        rule = _is_rule(line)
        if not rule and not ("+" in line and _PART_RULE.fullmatch(line)):
            row.append(k)
            continue
        if row:
            cells = _row_cells([table[i] for i in row], edges)
            out[start + row[0]] = pipe_row(cells)
            if "=" in line:  # the header ends: its separator on the line after it
                at = row[1] if len(row) > 1 else k
                out[start + at] = pipe_row(["---"] * len(cells))
        row = []


def grid_table_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """``lines`` with each grid table printed as Markdown pipe rows, one row a line (line
    numbers kept); unchanged when they hold none.

    Examples
    --------
    A chapter's name across the table is a row of its own, in the first column:

    >>> lines = ["+---+-------+", "| **Roads** |", "+---+-------+",
    ...          "| 1 | - A   |", "|   | - B   |", "+---+-------+"]
    >>> grid_table_lines(lines)[1], grid_table_lines(lines)[3]
    ('| **Roads** |  |', '| 1 | - A<br>- B |')
    """
    out: list[str] | None = None
    k = 0
    n = len(lines)
    while k < n:
        line = lines[k]
        if "+" in line[:4] and _is_rule(line):
            end = _table_end(lines, k, len(line.rstrip()))
            if end > k + 2:
                if out is None:
                    out = list(lines)
                _rewrite(out, k, end)
                k = end
                continue
        k += 1
    return tuple(lines) if out is None else tuple(out)
