"""Two text columns on a PDF page: the reading order of a newsletter-style page or a
two-column slide.

A page set in two columns prints a line of the left column and a line of the right column on
the same baseline; read across, each line of the page would join two unrelated sentences
("School streets trialled at 40 schools • R1 That councils adopt ..."). A reader reads the
left column down, then the right column. :func:`column_parts` finds where that happens:

1. the words are grouped in rows (one baseline);
2. a **gutter** is a gap between two words of a row wider than :data:`GUTTER_EMS` times the
   text size, that at least :data:`MIN_SPLIT_ROWS` rows share (the same blank strip of the
   page);
3. a **column block** is a run of consecutive rows none of which prints a word across the
   gutter or inside it (a full-width title, a centred page number, a table end it), with at
   least :data:`MIN_SPLIT_ROWS` rows printing words on both sides, and each side at least
   :data:`MIN_SIDE` of the block's width (a narrow left column of labels, "Date:" then a
   value, is no column: it is a line of two parts);
4. a column block is read left side first, then right side; every other row as before.

Examples
--------
>>> def word(text, x0, x1, bottom):
...     return {"text": text, "x0": x0, "x1": x1, "top": bottom - 9, "bottom": bottom,
...             "size": 10}
>>> words = [word("A title across the page", 40, 400, 20)]
>>> for n, bottom in enumerate((40, 52, 64)):
...     words += [word(f"left {n} of the first column", 40, 200, bottom),
...               word(f"right {n} of the second column", 240, 400, bottom)]
>>> [(len(ws), side) for ws, top, side in column_parts(words, [])]
[(1, None), (3, 0), (3, 1)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Any

from wlga_analysis.read.model import Block, Location

__all__ = ["GUTTER_EMS", "MAX_GAPS", "MAX_SPLITS", "MIN_SIDE", "MIN_SPLIT_ROWS",
           "baseline_rows", "column_parts", "spaced_table_blocks"]

#: Space between two lines of a fixed-pitch print wider than this share of the font's size
#: is a blank line (the end of a table's row).
_BLANK_LINE = 0.5

#: The narrowest gutter, in multiples of the text size (a justified line's widest word space
#: is narrower).
GUTTER_EMS = 1.8
#: Rows that must print words on both sides of one gutter.
MIN_SPLIT_ROWS = 2
#: The narrowest side of a column block, as a fraction of the block's width.
MIN_SIDE = 0.25
#: Pages with more rows than this are read as before (no column search).
MAX_ROWS = 400
#: ... and pages with more gaps wide enough to be a gutter (a two-column page has one a
#: row, a table printed without rules a few; scattered letters thousands, and the search
#: compares each gap with every other).
MAX_GAPS = 500
#: A column block's side split again into columns at most this many times (a board of four
#: frames side by side: twice; words scattered over a page split for ever).
MAX_SPLITS = 3


def baseline_rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped by baseline (as the reader's lines), top to bottom, left to right.

    Examples
    --------
    >>> words = [{"text": "b", "x0": 50, "bottom": 20}, {"text": "a", "x0": 10, "bottom": 21}]
    >>> [[w["text"] for w in row] for row in baseline_rows(words)]
    [['a', 'b']]
    """
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 2.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _gaps(row: list[dict]) -> list[tuple[float, float]]:
    """The gaps of a row wide enough to be a gutter."""
    out = []
    for a, b in pairwise(row):
        if b["x0"] - a["x1"] >= GUTTER_EMS * max(a["size"], b["size"], 1.0):
            out.append((a["x1"], b["x0"]))
    return out


def _gutter(rows: list[list[dict]]) -> tuple[float, float] | None:
    """The blank strip most rows split at (the intersection of their gaps, widened to the
    strip the rows between them leave blank: :func:`_blank_strip`), or None."""
    import numpy as np

    gaps = [(g, k) for k, row in enumerate(rows) for g in _gaps(row)]
    if len(gaps) > MAX_GAPS:
        return None
    lefts = np.array([a for (a, _), _ in gaps], dtype=float)
    rights = np.array([b for (_, b), _ in gaps], dtype=float)
    best: tuple[int, tuple[float, float], list[int]] | None = None
    for (left, right), _ in gaps:
        lo, hi, split = left, right, []
        # (only the gaps that meet this one can meet the strip narrowed from it, in order)
        near = np.flatnonzero(np.minimum(right, rights) - np.maximum(left, lefts) >= 2.0)
        if best is not None and len(near) <= best[0]:
            continue  # (it cannot split more rows than the best so far)
        for (a, b), k in map(gaps.__getitem__, near.tolist()):
            if min(hi, b) - max(lo, a) >= 2.0:
                lo, hi = max(lo, a), min(hi, b)
                split.append(k)
        if len(split) >= MIN_SPLIT_ROWS and (best is None or len(split) > best[0]):
            best = (len(split), (lo, hi), split)
    if best is None:
        return None
    _, strip, split = best
    return _blank_strip(rows[min(split):max(split) + 1], strip) or strip


def _blank_strip(rows: list[list[dict]], strip: tuple[float, float]
                 ) -> tuple[float, float] | None:
    """The widest blank strip around ``strip`` that the rows from the first split row to
    the last leave blank: from the right end of the furthest-reaching word left of the
    strip to the left end of the nearest word right of it (a column block whose two columns
    print their lines on different baselines, a cover's title block beside its summary,
    splits at few rows, and those rows' gaps meet in a narrower strip than the gutter
    every row leaves); None when a word crosses the strip or the blank strip is narrower
    than the text's size (then the split rows' strip stands).

    Examples
    --------
    >>> def w(x0, x1):
    ...     return {"x0": x0, "x1": x1, "size": 10}
    >>> _blank_strip([[w(60, 170), w(298, 350)], [w(60, 280)], [w(60, 220), w(298, 340)]],
    ...              (220, 298))
    (280, 298)
    """
    lo, hi = strip
    words = [w for row in rows for w in row]
    if any(w["x0"] < lo and w["x1"] > hi for w in words):
        return None
    left = [w["x1"] for w in words if w["x0"] < lo]
    right = [w["x0"] for w in words if w["x1"] > hi]
    if not left or not right:
        return None
    blank = (max(left), min(right))
    size = sorted(w["size"] for w in words)[len(words) // 2]  # (the text's, not a title's)
    return blank if blank[1] - blank[0] >= size else None


def _column_of(word: dict, gutter: tuple[float, float]) -> int | None:
    """0 for a word of the left column, 1 of the right, None for one over the gutter's
    middle. The gutter is the strip every split row leaves blank: a line of a column that
    runs longer than those (a ragged right edge) reaches into it, never across its middle.
    """
    lo, hi = gutter
    middle = (lo + hi) / 2
    if word["x1"] <= max(lo + 1.0, middle):
        return 0
    if word["x0"] >= min(hi - 1.0, middle):
        return 1
    return None


def _side(row: list[dict], gutter: tuple[float, float]) -> str:
    """Where a row's words are: "left", "right", "both", or "across" (a word over the
    gutter's middle)."""
    left = right = False
    for w in row:
        column = _column_of(w, gutter)
        if column is None:
            return "across"
        left, right = left or column == 0, right or column == 1
    return "both" if left and right else ("left" if left else "right")


def _is_column_block(rows: list[list[dict]], sides: list[str],
                     gutter: tuple[float, float]) -> bool:
    if sum(s == "both" for s in sides) < MIN_SPLIT_ROWS:
        return False
    words = [w for row in rows for w in row]
    x0, x1 = min(w["x0"] for w in words), max(w["x1"] for w in words)
    width = max(x1 - x0, 1.0)
    return gutter[0] - x0 >= MIN_SIDE * width and x1 - gutter[1] >= MIN_SIDE * width


def _runs(rows: list[list[dict]], sides: list[str], breaks: list[tuple[float, float]]
          ) -> Iterator[tuple[list[list[dict]], list[str]]]:
    """Consecutive rows cut where a row crosses the gutter (that row alone, its side
    "across") or a table stands between two rows."""
    start = 0
    for end in range(1, len(rows) + 1):
        at_end = end == len(rows)
        table_between = not at_end and any(
            rows[end - 1][0]["bottom"] <= top <= rows[end][0]["top"] for top, _ in breaks)
        if sides[end - 1] == "across":
            if end - 1 > start:
                yield rows[start:end - 1], sides[start:end - 1]
            yield rows[end - 1:end], sides[end - 1:end]
            start = end
        elif at_end or table_between:
            yield rows[start:end], sides[start:end]
            start = end


def column_parts(words: list[dict], breaks: list[tuple[float, float]], splits: int = 0
                 ) -> list[tuple[list[dict], float | None, int | None]]:
    """The words of a page in reading order, as parts ``(words, top, side)``: the words
    outside any column block in one part (``top`` and ``side`` None: read by position as
    before), and for each column block its left side (``side`` 0) and right side (1), with
    the block's top. ``breaks``: the vertical spans of the page's tables (a column block
    does not run across one); ``splits``: how many times the words' part of the page has
    been split into columns already (at most :data:`MAX_SPLITS`)."""
    rows = baseline_rows(words)
    gutter = _gutter(rows) if len(rows) <= MAX_ROWS else None
    if gutter is None and 2 * MIN_SPLIT_ROWS <= len(rows) <= MAX_ROWS:
        from wlga_analysis.read.pdf_offset_rows import offset_rows  # (columns off each
        rows = offset_rows(words)  # other's baselines: rows of a line's height)
        gutter = _gutter(rows)
    if gutter is None:
        return [(words, None, None)]
    parts: list[tuple[list[dict], float | None, int | None]] = []
    plain: list[dict] = []
    for block, sides in _runs(rows, [_side(row, gutter) for row in rows], breaks):
        if not _is_column_block(block, sides, gutter):
            plain.extend(w for row in block for w in row)
            continue
        top = min(w["top"] for row in block for w in row)
        sides = [[w for row in block for w in row if _column_of(w, gutter) == side]
                 for side in (0, 1)]
        columns = [*_columns_of(sides[0], breaks, splits + 1),
                   *_columns_of(sides[1], breaks, splits + 1)]
        parts += [(_shifted(ws, columns[0]) if k else ws, top, k)
                  for k, ws in enumerate(columns)]
    return [(plain, None, None), *parts] if plain else parts


def _columns_of(words: list[dict], breaks: list[tuple[float, float]], splits: int
                ) -> list[list[dict]]:
    """The columns of one side of a column block, left to right: the side itself, or its
    own sides when it is set in columns too (a board of four frames side by side splits at
    its widest gutter first, then each half at its own)."""
    parts = column_parts(words, breaks, splits) if len(words) > 1 and splits < MAX_SPLITS \
        else []
    if len(parts) < 2 or any(side is None for _, _, side in parts):
        return [words]  # (no column block filling the whole side)
    return [ws for ws, _, _ in parts]


def _shifted(right: list[dict], left: list[dict]) -> list[dict]:
    """The right column's words moved left by the distance between the two columns' left
    edges: a line is indented (a sub-item) by where it starts in its own column.

    Examples
    --------
    >>> _shifted([{"x0": 300, "x1": 400}, {"x0": 320, "x1": 390}], [{"x0": 50, "x1": 250}])
    [{'x0': 50, 'x1': 150}, {'x0': 70, 'x1': 140}]
    """
    offset = min(w["x0"] for w in right) - min(w["x0"] for w in left)
    if offset <= 0:
        return right
    return [{**w, "x0": w["x0"] - offset, "x1": w["x1"] - offset} for w in right]


def spaced_table_blocks(lines: list[Any], blocks_of: Callable[[list[Any]], list[Block]],
                        tables: int, out: list[Block]) -> int:
    """Append to ``out`` the blocks of a run of a PDF's lines (``blocks_of`` reads lines
    into blocks), a table laid out with spaces in a fixed-pitch font (lines with their
    ``spaced`` text; see :mod:`wlga_analysis.read.fixed_width`) read as a table; return
    the number of tables read so far (``tables`` before).

    Examples
    --------
    >>> spaced_table_blocks([], lambda lines: [], 2, [])
    2
    """
    if not any(line.spaced for line in lines):
        out.extend(blocks_of(lines))
        return tables
    from wlga_analysis.read.fixed_width import split_blocks

    texts: list[str] = []
    owners: list[Any] = []
    for prev, line in zip([None, *lines], lines, strict=False):
        if prev is not None and line.page == prev.page and \
                line.top - prev.bottom > _BLANK_LINE * prev.size:
            texts.append("")  # space for a line between: a blank line
            owners.append(None)
        texts.append(line.spaced if line.spaced is not None else "\t")  # (never a row)
        owners.append(line)
    pending: list[Any] = []
    for first, end, table in split_blocks(texts, 1, tables + 1):
        if table is None:
            pending.extend(owner for owner in owners[first:end] if owner is not None)
            continue
        out.extend(blocks_of(pending))
        pending = []
        tables += 1
        page = next(o.page for o in owners[first:end] if o is not None)
        out.append(replace(table, location=Location(page=page, table=tables)))
    out.extend(blocks_of(pending))
    return tables
