"""Pandoc's simple and multiline tables: columns set out by runs of dashes.

Pandoc's Markdown writer prints a table whose cells fit on one line as a **simple table**
(a header line over a line of dash runs, one run a column, then one line a row, to a
blank line or a closing line of dash runs), and one whose cells wrap as a **multiline
table** (between two full-width dash lines; the rows apart by blank lines)::

      Grant                       Funder              Amount
      --------------------------- ------------------- ----------
      Improvement Support Grant   Welsh Government    £940,000
      --------------------------- ------------------- ----------

A column's cell is the text of each row's line from the start of its dash run to the
start of the next run (the last column to the end of the line), so that no character is
left out. :func:`dash_table_lines` prints each such table as the Markdown pipe rows the
text reader reads (:mod:`wlga_analysis.read.text_table`): the header on the line before
its ``| --- |`` separator, each row on the line where it starts, the other lines of the
table left blank (line numbers kept), as :mod:`~wlga_analysis.read.grid_tables` does for
pandoc's grid tables. A line of dash runs needs two runs or more (one run under a line is
a Markdown heading).

Examples
--------
>>> lines = ["  Grant      Amount", "  ---------- --------", "  Core grant £940,000",
...          "  Pilot      £95,000", "  ---------- --------"]
>>> dash_table_lines(lines)
('| Grant | Amount |', '| --- | --- |', '| Core grant | £940,000 |', '| Pilot | £95,000 |', '')
>>> dash_table_lines(["Title", "-----", "Text."])
('Title', '-----', 'Text.')
"""

from __future__ import annotations

from collections.abc import Sequence

from wlga_analysis.read.fixed_width import rows_after_blank
from wlga_analysis.read.grid_tables import pipe_row
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["dash_table_lines", "has_dash_columns"]

#: A line of dash runs, two or more, apart by spaces: the columns of a simple table.
_COLUMNS = LazyPattern(r"[ ]{0,3}-{3,}+(?:[ ]++-{3,}+)++[ ]*+")
#: A full-width dash line: the top or bottom of a multiline table.
_FULL = LazyPattern(r"[ ]{0,3}-{3,}+[ ]*+")
#: A table longer than this many lines is no table of a paper.
_MAX_LINES = 2000


def has_dash_columns(text: str | bytes) -> bool:
    """Whether a file's text may hold a simple or multiline table (a cheap test first).

    Examples
    --------
    >>> has_dash_columns("---- ----"), has_dash_columns(b"a - b")
    (True, False)
    >>> has_dash_columns("  ------  -----")  # (pandoc sets columns two spaces apart too)
    True
    """
    if isinstance(text, str):
        return "- -" in text or "-  -" in text
    return b"- -" in text or b"-  -" in text


def _runs(line: str) -> list[int]:
    """The start of each run of dashes of a line of dash runs."""
    return [i for i, ch in enumerate(line) if ch == "-" and (i == 0 or line[i - 1] == " ")]


def _cells(lines: list[str], starts: list[int]) -> list[str]:
    """The cells of a row printed on ``lines`` (each column's slices joined)."""
    bounds = [0, *starts[1:], None]
    out = []
    for k in range(len(starts)):
        parts = [line[bounds[k]:bounds[k + 1]].strip() for line in lines]
        out.append(" ".join(p for p in parts if p).replace("|", "\\|"))
    return out


def _blocks(lines: Sequence[str], start: int, multiline: bool) -> tuple[list[list[int]], int]:
    """The rows (line indexes) of the table whose first row is ``lines[start]``, and the
    index after its last line (its closing dash line included)."""
    rows: list[list[int]] = []
    k = start
    while k < len(lines) and k - start < _MAX_LINES:
        line = lines[k]
        if _COLUMNS.fullmatch(line) or (multiline and _FULL.fullmatch(line)):
            return rows, k + 1
        if not line.strip():
            if not multiline:
                break
            if k + 1 < len(lines) and not lines[k + 1].strip():
                break  # (two blank lines: no closing line came)
        elif multiline and rows and lines[k - 1].strip():
            rows[-1].append(k)
        else:
            rows.append([k])
        k += 1
    return rows, k


def _header_lines(lines: Sequence[str], sep: int) -> tuple[list[int], bool] | None:
    """The header's lines above the dash runs at ``sep``, and whether the table is a
    multiline one (a full dash line above its header); None when no text is above."""
    k = sep - 1
    while k >= 0 and lines[k].strip() and not _FULL.fullmatch(lines[k]) \
            and sep - k <= 4:
        k -= 1
    header = list(range(k + 1, sep))
    multiline = k >= 0 and _FULL.fullmatch(lines[k]) is not None
    if not header or (not multiline and len(header) > 1):
        return None
    return header, multiline


def dash_table_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """``lines`` with each pandoc simple or multiline table printed as Markdown pipe rows
    (see the module); lines of no such table are returned unchanged.

    Parameters
    ----------
    lines : sequence of str
        A text file's lines.

    Returns
    -------
    tuple of str
        The lines, as many as were given.
    """
    out = list(lines)
    i = 1
    while i < len(out):
        if not ("---" in out[i][:6] and _COLUMNS.fullmatch(out[i])):
            i += 1
            continue
        found = _header_lines(out, i)
        if found is None:
            i += 1
            continue
        header, multiline = found
        starts = _runs(out[i].rstrip())
        rows, end = _blocks(out, i + 1, multiline)
        if not rows or (not multiline and rows_after_blank(out, i, end)):
            i += 1
            continue
        first = header[0] - (1 if multiline else 0)
        printed = {header[-1]: pipe_row(_cells([out[k] for k in header], starts)),
                   i: pipe_row(["---"] * len(starts))}
        printed.update((r[0], pipe_row(_cells([out[k] for k in r], starts))) for r in rows)
        for k in range(first, end):
            out[k] = printed.get(k, "")
        i = end
    return tuple(out)
