"""Tables printed without ruling lines: columns told by where their text stands.

LibreOffice's "Export as PDF" of a table with no borders (and many a word processor's
"no borders" table style) draws no line at all: :mod:`~wlga_analysis.read.pdf_page` finds
no grid, and read line by line, the cells of one row interleave ("**Buildings** ● Heat
decarbonisation surveys of 300 Heating, lighting and …"). A reader still sees the table:
a **bold header row naming the columns** and, under it, text that keeps to the columns the
header names start. :func:`unruled_tables` finds such a table on a page:

1. a **header row** is one line whose words are all bold and fall in
   :data:`MIN_COLUMNS` or more groups apart by more than :data:`GAP_EMS` times the text
   size (the header cells), and the first line under it stands more than half a line
   below it (a row's padding; a bold line of text, such as a board's card titles side by
   side, goes on at the line spacing); each column starts where its header cell starts (a
   header cell wrapped over a second bold line close under the first is part of it);
2. the **body** is the run of lines under it, in the header's text size (within
   :data:`SIZE_TOLERANCE` points), whose every word starts in a column and ends before the
   next column starts (a gutter that holds on every line); the first line that crosses a
   column start, starts left of the first column, is printed in another size (a heading,
   the page's footer) or stands more than :data:`MAX_GAP_EMS` lines below the one above
   ends the table. A table has :data:`MIN_BODY_LINES` or more body lines, every column but
   one at most printing some of them (a "Ref" column whose numbers were not printed), and
   two columns or more printing on one line;
3. a **row** starts where the first column starts a paragraph (a gap of more than half a
   line above it, as the reader starts a block) on the line where another column starts
   one too, and no column has a line running across that height (the cells of a row are
   top-aligned: "Buildings", its first bullet and "R1" share their first line).

Each table is given as a :class:`~wlga_analysis.read.pdf_page.Grid` of cell boxes, so the
reader reads its cells exactly as it reads a ruled table's (paragraphs, lists, a table
continued on the next page under its repeated header row). Cost: one pass over the page's
words to find bold header lines (none, no further work); the body is read only under a
header found.

Examples
--------
>>> def word(text, x0, top, bold=False):
...     return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top,
...             "bottom": top + 9, "size": 9, "bold": bold}
>>> words = [word("Area", 50, 100, True), word("Done", 150, 100, True),
...          word("Next", 300, 100, True),
...          word("Homes", 50, 120, True), word("Surveys done.", 150, 120),
...          word("R1 That", 300, 120), word("they act.", 300, 131),
...          word("Roads", 50, 150, True), word("Plans agreed.", 150, 150),
...          word("R2 That", 300, 150)]
>>> [[round(cell[1]) for cell in row][:1] for row in unruled_tables(words, [])[0].rows]
[[99], [119], [149]]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import Any

from wlga_analysis.read.pdf_columns import baseline_rows

__all__ = ["GAP_EMS", "MAX_COLUMNS", "MAX_GAP_EMS", "MIN_BODY_LINES", "MIN_COLUMNS",
           "SIZE_TOLERANCE", "unruled_tables", "with_unruled"]

#: The fewest columns (header cells) of an unruled table: two columns of text side by side
#: are a page set in two columns (:mod:`~wlga_analysis.read.pdf_columns`), not a table.
MIN_COLUMNS = 3
#: The most columns of an unruled table (a Word table's most): a bold line of more cells
#: is no table's header (read as lines; a page of 1,000 bold "cells" took quadratic time).
MAX_COLUMNS = 63
#: Two bold words further apart than this many times their size are two header cells.
GAP_EMS = 1.0
#: A body line printed in a size further than this (points) from the header's ends the table.
SIZE_TOLERANCE = 1.5
#: A body line more than this many text sizes below the line above ends the table.
MAX_GAP_EMS = 3.0
#: The fewest body lines of an unruled table.
MIN_BODY_LINES = 2
#: How far (in text sizes) a word may start left of its column's start.
_LEAD = 0.35
#: Two lines whose tops differ by less than this many points stand side by side.
_SAME_TOP = 1.5

_Row = list[dict]  # the words of one line (one baseline), left to right


def _cells(row: _Row) -> list[float]:
    """The starts of a header line's cells (its words apart by more than :data:`GAP_EMS`);
    empty unless every word is bold and there are :data:`MIN_COLUMNS` to
    :data:`MAX_COLUMNS` cells.

    Examples
    --------
    >>> def word(text, x0, x1):
    ...     return {"text": text, "x0": x0, "x1": x1, "size": 9, "bold": True}
    >>> _cells([word("Area", 50, 75), word("What", 150, 175), word("done", 178, 200),
    ...         word("Next", 300, 320)])
    [50, 150, 300]
    >>> _cells([word(f"H{k}", 50 * k, 50 * k + 20) for k in range(MAX_COLUMNS + 1)])
    []
    """
    if len(row) < MIN_COLUMNS or not all(w.get("bold") for w in row):
        return []
    starts = [row[0]["x0"]]
    for a, b in pairwise(row):
        if b["x0"] - a["x1"] > GAP_EMS * max(a["size"], b["size"], 1.0):
            starts.append(b["x0"])
    return starts if MIN_COLUMNS <= len(starts) <= MAX_COLUMNS else []


def _column(word: dict, starts: list[float], lead: float) -> int | None:
    """The column a word stands in (None when it starts left of the first column or runs
    across the start of the next)."""
    c = next((k for k in range(len(starts) - 1, -1, -1) if word["x0"] >= starts[k] - lead),
             None)
    if c is None or (c + 1 < len(starts) and word["x1"] > starts[c + 1] - lead / 2):
        return None
    return c


def _size(row: _Row) -> float:
    """A line's text size: its longest word's (a bullet glyph set larger does not count)."""
    return max(row, key=lambda w: len(w["text"].strip()))["size"]


def _header_end(rows: list[_Row], at: int, size: float) -> tuple[int, float]:
    """The index of the line after the header row ``rows[at]`` and the header's bottom: a
    header cell wrapped over more lines goes on in bold lines close under the first."""
    end, bottom = at + 1, max(w["bottom"] for w in rows[at])
    while end < len(rows) and rows[end][0]["top"] - bottom < 0.45 * size \
            and all(w.get("bold") for w in rows[end]):
        bottom = max(w["bottom"] for w in rows[end])
        end += 1
    return end, bottom


def _body(rows: list[_Row], at: int, starts: list[float], size: float
          ) -> tuple[int, list[list[tuple[float, float, float]]]]:
    """The header's lines (from ``at``) and the body lines under them: the index after the
    table's last line, and for each column its lines' ``(top, bottom, size)``."""
    lead = _LEAD * size
    columns: list[list[tuple[float, float, float]]] = [[] for _ in starts]
    end, bottom = _header_end(rows, at, size)
    if end < len(rows) and min(w["top"] for w in rows[end]) - bottom <= 0.45 * size:
        return end, columns  # (no space under the bold line: a bold line of text, no header)
    for row in rows[end:]:
        top = min(w["top"] for w in row)
        if abs(_size(row) - size) > SIZE_TOLERANCE or top - bottom > MAX_GAP_EMS * size:
            break
        places = [_column(w, starts, lead) for w in row]
        if None in places:
            break
        for c in set(places):
            words = [w for w, p in zip(row, places, strict=True) if p == c]
            columns[c].append((min(w["top"] for w in words), max(w["bottom"] for w in words),
                               _size(words)))
        bottom = max(w["bottom"] for w in row)
        end += 1
    return end, columns


def _starts_paragraph(lines: list[tuple[float, float, float]], k: int) -> bool:
    return k == 0 or lines[k][0] - lines[k - 1][1] > 0.45 * lines[k - 1][2]


class _Column:
    """A column's lines, sorted to count the lines beside a height or running across it in
    logarithmic time (a loop over every column's lines for each row's top took quadratic
    time: a table of 4,000 lines, 2.5 s)."""

    def __init__(self, lines: list[tuple[float, float, float]]):
        order = sorted(range(len(lines)), key=lambda j: lines[j][0])
        self.lines = lines
        self.order = order
        self.tops = [lines[j][0] for j in order]
        self.bottoms = sorted(b for _, b, _ in lines)
        self.upright = all(t <= b for t, b, _ in lines)  # (every bottom under its top)

    def beside(self, top: float, columns: int) -> int:
        """This column's part of a row's test at ``top``: +1 for each line beside it that
        starts a paragraph, ``-columns`` for each other line beside it or running across."""
        lines = self.lines
        if not self.upright:  # (never in a page's words: the loop itself)
            return sum((1 if _starts_paragraph(lines, j) else -columns)
                       if abs(t - top) <= _SAME_TOP else -columns if t < top - _SAME_TOP
                       and b > top else 0 for j, (t, b, _) in enumerate(lines))
        lo = bisect_left(self.tops, top - _SAME_TOP - 1e-6)
        hi = bisect_right(self.tops, top + _SAME_TOP + 1e-6)
        out, above, ended = 0, lo, 0
        for j in self.order[lo:hi]:
            t, b, _ = lines[j]
            if abs(t - top) <= _SAME_TOP:
                out += 1 if _starts_paragraph(lines, j) else -columns
                ended += b <= top  # (a line beside, ended by the top)
            elif t < top - _SAME_TOP:
                above += 1  # (a line at the window's edge, above it)
        # lines above the window running across the top: all above, less those ended by it
        # (every line ended by the top is above the window or beside it)
        return out - columns * (above - (bisect_right(self.bottoms, top) - ended))


def _row_tops(columns: list[list[tuple[float, float, float]]]) -> list[float]:
    """The tops of the table's body rows (see the module's description, step 3; the first
    column that prints anything stands for the first when that is empty throughout)."""
    first = next(c for c, lines in enumerate(columns) if lines)
    tops = [min(c[0][0] for c in columns if c)]
    others = [_Column(lines) for lines in columns[first + 1:]]
    for k, (top, _, _) in enumerate(columns[first]):
        if top <= tops[0] + _SAME_TOP or not _starts_paragraph(columns[first], k):
            continue
        if sum(column.beside(top, len(columns)) for column in others) > 0:
            tops.append(top)
    return tops


def _grid(rows: list[_Row], at: int, starts: list[float]) -> tuple[Any, int] | None:
    """The unruled table whose header row is ``rows[at]`` (a Grid), and the index of the
    line after it; None when the lines under the header are no table."""
    from wlga_analysis.read.pdf_page import Grid

    size = _size(rows[at])
    end, columns = _body(rows, at, starts, size)
    lines = sum(len(c) for c in columns)
    if lines < MIN_BODY_LINES or sum(map(bool, columns)) < len(columns) - 1 \
            or end - at - 1 >= lines:
        return None  # (one column empty at most; some line prints in two columns or more)
    lead = _LEAD * size
    right = max(w["x1"] for row in rows[at:end] for w in row) + 1.0
    bottom = max(w["bottom"] for w in rows[end - 1]) + 1.0
    header_top = min(w["top"] for w in rows[at]) - 1.0
    tops = [header_top] + [t - 1.0 for t in _row_tops(columns)] + [bottom]
    edges = [s - lead for s in starts] + [right]
    grid = [[(x0, t0, x1, t1) for x0, x1 in pairwise(edges)] for t0, t1 in pairwise(tops)]
    return Grid(grid, (edges[0], header_top, right, bottom)), end


def _in(word: dict, bbox: tuple[float, float, float, float]) -> bool:
    return bbox[0] <= word["x0"] <= bbox[2] and bbox[1] <= word["top"] <= bbox[3]


def _inside_any(words: list[dict], boxes: list[tuple[float, float, float, float]]
                ) -> list[bool]:
    """For each word, whether it starts in one of ``boxes`` (:func:`_in`): each box looks
    only at the words whose top is within its height, the words sorted by their top once (a
    test of every word against every table took quadratic time on a page of many tables).

    Examples
    --------
    >>> _inside_any([{"x0": 5, "top": 5}, {"x0": 50, "top": 5}], [(0, 0, 10, 10)])
    [True, False]
    """
    by_top = sorted((w["top"], k) for k, w in enumerate(words) if w["top"] == w["top"])
    tops = [t for t, _ in by_top]
    inside = [False] * len(words)
    for x0, top, x1, bottom in boxes:
        if not top <= bottom:  # (a NaN edge: no word is in)
            continue
        for _, k in by_top[bisect_left(tops, top):bisect_right(tops, bottom)]:
            inside[k] = inside[k] or x0 <= words[k]["x0"] <= x1
    return inside


def _heads(words: list[dict], boxes: list[tuple[float, float, float, float]]) -> set[int]:
    """The baselines (rounded) of the bold lines of :data:`MIN_COLUMNS` cells or more
    (:func:`_cells`) whose first word starts in none of the ruled tables' ``boxes``."""
    bold: dict[int, list[int]] = {}
    for k, w in enumerate(words):
        if w.get("bold"):
            bold.setdefault(round(w["bottom"]), []).append(k)
    firsts = [ks[0] for ks in bold.values() if len(ks) >= MIN_COLUMNS]
    taken = {k for k, inside in zip(firsts, _inside_any([words[k] for k in firsts], boxes),
                                    strict=True) if inside} if boxes and firsts else set()
    return {y for y, ks in bold.items() if len(ks) >= MIN_COLUMNS and ks[0] not in taken
            and _cells(sorted((words[k] for k in ks), key=lambda w: w["x0"]))}


def unruled_tables(words: list[dict], ruled: list[Any]) -> list[Any]:
    """The unruled tables of a page's ``words`` (see the module's description), as
    :class:`~wlga_analysis.read.pdf_page.Grid` boxes, top to bottom; words inside the
    ``ruled`` tables (Grids) already found are left to them.

    Examples
    --------
    >>> bold = {"x1": 40, "top": 0, "bottom": 9, "size": 9, "bold": True}
    >>> len(unruled_tables([dict(bold, text=t, x0=x) for t, x in (("A", 0), ("B", 99))], []))
    0
    """
    boxes = [g.bbox for g in ruled]
    heads = _heads(words, boxes)
    if not heads:
        return []  # (no bold line of three cells or more outside the ruled tables: one pass)
    if ruled:
        words = [w for w, inside in zip(words, _inside_any(words, boxes), strict=True)
                 if not inside]
    rows = baseline_rows(words)
    out: list[Any] = []
    at = 0
    while at < len(rows):
        row = rows[at]
        starts = _cells(row) if round(row[0]["bottom"]) in heads else []
        found = _grid(rows, at, starts) if starts else None
        if found is None:
            at += 1
            continue
        out.append(found[0])
        at = found[1]
    return out


def with_unruled(ruled: list[Any], words: list[dict]) -> list[Any]:
    """The ``ruled`` tables of a page and its unruled ones (:func:`unruled_tables`), top
    to bottom.

    Examples
    --------
    >>> with_unruled([], [{"text": "Plain", "x0": 0, "x1": 30, "top": 0, "bottom": 9,
    ...                    "size": 9, "bold": False}])
    []
    """
    found = unruled_tables(words, ruled)
    return sorted([*ruled, *found], key=lambda g: g.bbox[1]) if found else ruled
