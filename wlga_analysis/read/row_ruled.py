"""Tables ruled by rows only: a line under each row, no column lines.

A web page printed to PDF ("Print to PDF" of a council's tracker page), or a report styled
the same way, draws a table with a rule under each row (CSS ``border-bottom``; a shaded
header row's box) and no vertical lines: the columns are told only by where their text
stands. :mod:`~wlga_analysis.read.pdf_page` finds tables by their ruling lines, columns
and rows; this module reads such a row-ruled table:

1. a **stack** is three or more horizontal rules of the same extent (same left and right
   ends), one under the other: the bands between them are the table's rows;
2. no column line is drawn inside the stack (lines at its two ends only, a shaded header's
   box, are allowed): else the table is a grid and is read as one;
3. the **columns** are the strips of the page the text of the rows fills: the extents of
   the words of every band, merged where they overlap or nearly touch (closer than
   :data:`GAP_EMS` times the text size); each column starts where its leftmost word starts.
   A stack is a table when it has three columns or more and every band prints words in two
   of them or more (a page of paragraphs between rules, a form's lines, is no table).

Each column's cell box then takes the words of its band as a grid's cell does; a table
continued on the next page has the same columns (its words start at the same places), so
the reader joins the two parts.

Examples
--------
>>> def word(text, x0, x1, top):
...     return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 8, "size": 9}
>>> rules = [(100.0, 40.0, 500.0), (120.0, 40.0, 500.0), (140.0, 40.0, 500.0)]
>>> words = [word("Theme", 45, 80, 106), word("Action", 150, 190, 106),
...          word("Status", 350, 390, 106), word("Homes", 45, 80, 126),
...          word("Build homes.", 150, 230, 126), word("Done", 350, 380, 126)]
>>> [[tuple(round(v) for v in cell) for cell in row] for row in
...  row_ruled_grids(rules, [], words)[0].rows][1]
[(40, 120, 149, 140), (149, 120, 349, 140), (349, 120, 500, 140)]
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from math import floor
from typing import Any

__all__ = ["GAP_EMS", "row_ruled_grids", "with_row_ruled"]

#: Two words closer than this many times the text size stand in one column.
GAP_EMS = 0.6
#: The fewest columns of a row-ruled table.
MIN_COLUMNS = 3
#: Rules whose ends differ by less than this (points) have the same extent.
_TOL = 2.0


def _stacks(horizontal: list[tuple]) -> list[list[float]]:
    """The heights of each set of three or more rules with the same extent (top down).

    A rule joins the first extent found (in the order they were found) whose ends are each
    within the tolerance of its own; the extents are kept in cells of the tolerance's size,
    so a rule is compared with those of the nine cells around its ends only (a scan of every
    extent took time growing as the square of a page's rules of different widths).

    Examples
    --------
    >>> _stacks([(10, 0, 100), (20, 1, 101), (30, 0.5, 99), (40, 0, 50)])
    [[0.0, 100.0, 10, 20, 30]]
    """
    by_extent: dict[tuple[int, int], list[float]] = {}
    cells: dict[tuple[int, int], list[tuple[int, tuple[int, int]]]] = {}  # -> (order, key)
    for y, x0, x1 in horizontal:
        c0, c1 = floor(x0 / _TOL), floor(x1 / _TOL)
        near = [(order, k) for i in (c0 - 1, c0, c0 + 1) for j in (c1 - 1, c1, c1 + 1)
                for order, k in cells.get((i, j), ())
                if abs(k[0] - x0) <= _TOL and abs(k[1] - x1) <= _TOL]
        if near:
            key = min(near)[1]
        else:
            key = (round(x0), round(x1))
            if key not in by_extent:
                cells.setdefault((floor(key[0] / _TOL), floor(key[1] / _TOL)), []).append(
                    (len(by_extent), key))
        by_extent.setdefault(key, []).append(y)
    out = []
    for (x0, x1), ys in by_extent.items():
        ys = sorted({round(y, 1) for y in ys})
        if len(ys) >= 3:
            out.append([float(x0), float(x1), *ys])
    return out


def _bands(words: list[dict], ys: list[float]) -> list[list[dict]]:
    """The words whose centre is in each band between two heights of ``ys`` (rising, each
    once; a band holds its two edges, so a word centred on a rule is in the bands on both
    sides of it), in the order of ``words``: each word's bands found by bisection (a test
    of every word against every band took time growing as their product: a stack of
    hundreds of boxes' rules).

    Examples
    --------
    >>> words = [{"top": 0, "bottom": 10}, {"top": 15, "bottom": 25}, {"top": 50, "bottom": 60}]
    >>> [[w["top"] for w in band] for band in _bands(words, [0.0, 5.0, 20.0, 30.0])]
    [[0], [0, 15], [15]]
    """
    if any(y != y for y in ys):  # (a height that is no number, NaN: a test of every band)
        return [[w for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom]
                for top, bottom in pairwise(ys)]
    bands: list[list[dict]] = [[] for _ in range(len(ys) - 1)]
    for w in words:
        centre = (w["top"] + w["bottom"]) / 2
        at = bisect_right(ys, centre) - 1
        if at > 0 and ys[at] == centre:  # (on a rule: the band above it holds it too)
            bands[at - 1].append(w)
        if 0 <= at < len(bands):
            bands[at].append(w)
    return bands


def _columns(bands: list[list[dict]]) -> list[float] | None:
    """Where each column starts (its leftmost word), or None when the bands' words do not
    stand in columns (see the module)."""
    spans = sorted((w["x0"], w["x1"], _size(w)) for band in bands for w in band)
    merged: list[list[float]] = []
    for x0, x1, size in spans:
        if merged and x0 - merged[-1][1] < GAP_EMS * size:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    if len(merged) < MIN_COLUMNS:
        return None
    starts = [m[0] for m in merged]
    for band in bands:
        used = {sum(1 for s in starts if s <= w["x0"]) for w in band}
        if len(used) < 2:
            return None
    return starts


def _column_bands(bands: list[list[dict]], merged: set[int], narrower: bool
                  ) -> list[list[dict]]:
    """The bands whose words tell the columns: not those merged across, nor the header's
    band of a stack narrower than its rules (its cells' words may run on)."""
    return [b for k, b in enumerate(bands) if k not in merged
            and (k > 0 or not narrower or len(bands) <= 2)]


def _row_boxes(xs: list[float], top: float, bottom: float, across: bool
               ) -> list[tuple[float, float, float, float] | None]:
    """A row's cell boxes between the column edges ``xs``; one box the row's width (the
    rest None, merged) for a row merged across."""
    if across:
        return [(xs[0], top, xs[-1], bottom), *([None] * (len(xs) - 2))]
    return [(xs[c], top, xs[c + 1], bottom) for c in range(len(xs) - 1)]


def spanning_bands(bands: list[list[dict]]) -> set[int]:
    """The bands that are a section's row merged across (a list view's section name over
    its tasks): each prints one run of words from the table's left edge (no gap of
    :data:`GAP_EMS` sizes), while three bands or more, and two thirds of them or more,
    print words in several places; else none (every band then needs two columns).

    Examples
    --------
    >>> def word(text, x0, x1):
    ...     return {"text": text, "x0": x0, "x1": x1, "top": 0, "bottom": 8, "size": 9}
    >>> row = [word("Do", 45, 60), word("it", 150, 160), word("Done", 350, 380)]
    >>> spanning_bands([[word("Housing", 41, 90), word("support", 93, 140)], row, row, row])
    {0}
    >>> spanning_bands([[word("Housing", 41, 90)], row, row])
    set()
    """
    left = min((w["x0"] for band in bands for w in band), default=0.0)
    runs = set()
    for k, band in enumerate(bands):
        spans = sorted((w["x0"], w["x1"], _size(w)) for w in band)
        end = spans[0][1] if spans else 0.0
        if spans and spans[0][0] - left < spans[0][2] and all(
                x0 - (end := max(end, prev[1])) < GAP_EMS * size
                for prev, (x0, _x1, size) in pairwise(spans)):
            runs.add(k)
    several = len(bands) - len(runs)
    return runs if runs and several >= MIN_COLUMNS and 3 * several >= 2 * len(bands) else set()


def _size(word: dict) -> float:
    return word.get("size") or 9.0


def _lines_above(words: list[dict], rule: float, x0: float, x1: float) -> list[list[dict]]:
    """The lines of words within the stack's width just above ``rule``, bottom one first."""
    lines: dict[int, list[dict]] = {}
    for w in words:
        if rule - 8 * _size(w) <= w["bottom"] <= rule + _TOL and x0 <= w["x0"] \
                and w["x1"] <= x1:
            lines.setdefault(round(w["bottom"]), []).append(w)
    return [lines[k] for k in sorted(lines, reverse=True)]


def _line_columns(line: list[dict], starts: list[float]) -> set[int] | None:
    """The columns a line's words stand in, or None when a word crosses into the next."""
    found = set()
    for w in line:
        c = sum(1 for s in starts if s <= w["x0"] + 0.5) - 1
        if c < 0 or (c + 1 < len(starts) and w["x1"] >= starts[c + 1]):
            return None
        found.add(c)
    return found


def _header_top(words: list[dict], rule: float, starts: list[float], x0: float, x1: float
                ) -> float | None:
    """The top of a header row printed right above a stack's first rule with no rule over
    it: the lines just above the rule (the first within a text size of it, each next within
    :data:`GAP_EMS` sizes of the line under it) whose words each stand in one column, the
    lowest of them in two columns or more; None when there is none."""
    edge, top = rule, None
    for line in _lines_above(words, rule, x0, x1):
        size = max(_size(w) for w in line)
        gap = edge - max(w["bottom"] for w in line)
        columns = _line_columns(line, starts)
        if columns is None or gap > (size if top is None else GAP_EMS * size) \
                or (top is None and len(columns) < 2):
            break
        edge = top = min(w["top"] for w in line)
    return None if top is None else top - 1.0


def row_ruled_grids(horizontal: list[tuple], vertical: list[tuple], words: list[dict]
                    ) -> list[Any]:
    """The tables ruled by rows only on a page (see the module).

    Parameters
    ----------
    horizontal, vertical : list of tuple
        The page's joined ruling segments, ``(y, x0, x1)`` and ``(x, y0, y1)``.
    words : list of dict
        The page's words (``x0``, ``x1``, ``top``, ``bottom``, ``size``).

    Returns
    -------
    list of Grid
        One grid per table, its first row the band under its first rule.
    """
    from wlga_analysis.read.pdf_page import Grid

    out = []
    for x0, whole, *ys in _stacks(horizontal):
        lines = sorted(x for x, y0, y1 in vertical if x0 + _TOL < x < whole - _TOL
                       and y0 < ys[-1] and y1 > ys[0])
        x1 = whole if not lines else _separator(lines[0], vertical, ys)
        if x1 is None:
            continue  # (a column line inside: a grid)
        inside = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
                  and ys[0] <= (w["top"] + w["bottom"]) / 2 <= ys[-1]]
        bands = _bands(inside, ys)
        if not all(bands):
            continue
        # (a tool's print: its header cells' words may run up to the next column's, the
        # columns are where the body's words stand; a section's row merged across is none)
        merged = spanning_bands(bands)
        starts = _columns(_column_bands(bands, merged, x1 < whole))
        if starts is None:
            continue
        top = _header_top(words, ys[0], starts, x0, x1)
        if top is not None:  # (a header row over the first rule, no rule above it)
            ys = [top, *ys]
        xs = [x0, *(s - 1.0 for s in starts[1:]), x1, *([whole] if x1 < whole else [])]
        across = {ys[k + (len(ys) - len(bands) - 1)] for k in merged}  # (their tops)
        rows = [_row_boxes(xs, top, bottom, top in across) for top, bottom in pairwise(ys)]
        out.append(Grid(rows, (x0, ys[0], xs[-1], ys[-1])))
    return out


def _separator(x: float, vertical: list[tuple], ys: list[float]) -> float | None:
    """Where the unruled columns of a stack end: at its first column line (``x``, the
    leftmost inside the stack) when that line runs the stack's whole height (a tool's
    print: the grid's columns unruled on the left, a Gantt's month area, its bars' edges,
    right of one rule); None otherwise (a grid)."""
    full = [v for v in vertical if abs(v[0] - x) <= _TOL and v[1] <= ys[0] + _TOL
            and v[2] >= ys[-1] - _TOL]
    return x if full else None


def with_row_ruled(grids: list[Any], horizontal: list[tuple], vertical: list[tuple],
                   words: list[dict]) -> list[Any]:
    """``grids`` (a page's ruled tables) with its row-ruled tables added, and any grid
    inside one of them (a shaded header row's box) left out.

    Examples
    --------
    >>> with_row_ruled([], [(10.0, 0.0, 100.0)], [], [])
    []
    """
    found = row_ruled_grids(horizontal, vertical, words)
    if not found:
        return grids
    kept = [g for g in grids if not any(
        t.bbox[0] - _TOL <= g.bbox[0] and g.bbox[2] <= t.bbox[2] + _TOL
        and _mostly_within(g.bbox[1], g.bbox[3], t.bbox[1], t.bbox[3]) for t in found)]
    return kept + found


def _mostly_within(top: float, bottom: float, first: float, last: float) -> bool:
    """Whether a grid's rows (``top`` to ``bottom``) stand within a row-ruled table's
    (``first`` to ``last``), but for a header line over it (a Gantt's years): inside it,
    or more than nine tenths of its height in it."""
    if first - _TOL <= top and bottom <= last + _TOL:
        return True
    shared = min(bottom, last) - max(top, first)
    return bottom > top and shared > 0.9 * (bottom - top)
