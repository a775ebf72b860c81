"""PDF reader: a table ruled under its rows and between its columns, open at both sides.

A web page printed from a browser (a Notion database view, a light-ruled table) draws a
rule under every row across the whole table and a rule after every column but the last:
no rule at the table's left or right edge. The grid the column rules draw
(:func:`wlga_analysis.read.pdf_page.ruled_tables`) then leaves out the first and last
columns, whose words fall outside it and are read as loose lines (the rows' names apart
from their statuses). Where the row rules run on past the outermost column rule, to
common ends, those ends are the table's edges: the open first and last columns are cells
of the grid too.

Examples
--------
>>> rows = [(100.0 + 26 * k, 45.3, 550.0) for k in range(4)]
>>> open_edges(rows, [209.8, 289.1, 498.9])
[45.3, 209.8, 289.1, 498.9, 550.0]
>>> open_edges(rows[:2], [209.8, 498.9])  # (two rules: no table's edge)
[209.8, 498.9]
>>> open_edges(rows, [45.3, 209.8, 550.0])  # (closed at both sides)
[45.3, 209.8, 550.0]
"""

from __future__ import annotations

__all__ = ["open_edges"]

#: Row rules that run on past the outermost column rule: at least this many ...
_MIN_RULES = 3
#: ... ending within this many points of one another ...
_SAME_END = 3.0
#: ... and this many points or more past it.
_PAST = 12.0


def open_edges(horizontal: list[tuple], xs: list[float]) -> list[float]:
    """The column edges ``xs`` (sorted) with the table's open sides added: the common left
    and right ends of the row rules ``(y, x0, x1)`` where at least :data:`_MIN_RULES` of them
    run on :data:`_PAST` points or more past the outermost column rule, all to within
    :data:`_SAME_END` points of one end.

    Parameters
    ----------
    horizontal : list of tuple
        The table's row rules, ``(y, x0, x1)``.
    xs : list of float
        The positions of its column rules, left to right.

    Returns
    -------
    list of float
        ``xs``, with a left and a right edge where the rules run on.

    Examples
    --------
    >>> open_edges([(10.0, 0.0, 100.0)] * 3, [50.0])
    [0.0, 50.0, 100.0]
    """
    if len(horizontal) < _MIN_RULES or not xs:
        return xs
    lefts = [s[1] for s in horizontal]
    rights = [s[2] for s in horizontal]
    out = list(xs)
    if max(lefts) - min(lefts) <= _SAME_END and xs[0] - max(lefts) >= _PAST:
        out.insert(0, min(lefts))
    if max(rights) - min(rights) <= _SAME_END and min(rights) - xs[-1] >= _PAST:
        out.append(max(rights))
    return out
