"""Two text columns whose lines stand on different baselines, and a banner across both.

:mod:`wlga_analysis.read.pdf_columns` finds a page's two columns from the rows (baselines)
that print words on both sides of one blank strip. A designed page sets its columns apart:
a section banner or a pull quote in one column moves every line below it off the other
column's baselines, and no row prints on both sides. Such a page is read row by row,
joining the columns' sentences. :func:`offset_rows` groups the words in rows of a line's
height instead (a word joins a row when its baseline is within :data:`ROW_EMS` of the
text size of the row's first word: the nearest line of the other column, never the next
line of its own), tried only when the baselines find no columns.

A shaded banner printed across both columns (:func:`across_breaks`: a box at least
:data:`ACROSS_SHARE` as wide as the page's text) starts a new part of the page: the
columns above it are read, then the banner, then the columns below it.

Examples
--------
>>> def word(text, x0, bottom):
...     return {"text": text, "x0": x0, "x1": x0 + 40, "top": bottom - 9, "bottom": bottom,
...             "size": 9}
>>> rows = offset_rows([word("a", 10, 20), word("b", 200, 25), word("c", 10, 31)])
>>> [[w["text"] for w in row] for row in rows]
[['a', 'b'], ['c']]
"""

from __future__ import annotations

from typing import Any

__all__ = ["ACROSS_SHARE", "ROW_EMS", "across_breaks", "offset_rows"]

#: How far (in multiples of the text size) a word's baseline may stand from its row's.
ROW_EMS = 0.6
#: The narrowest box across the columns, as a share of the width of the page's text.
ACROSS_SHARE = 0.6


def offset_rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped in rows of a line's height, top to bottom, left to right.

    Examples
    --------
    >>> offset_rows([])
    []
    """
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["bottom"], w["x0"])):
        if rows and word["bottom"] - rows[-1][0]["bottom"] <= ROW_EMS * max(
                min(word.get("size", 10.0), rows[-1][0].get("size", 10.0)), 1.0):
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def across_breaks(panels: list[tuple[tuple[float, float, float, float], Any]],
                  words: list[dict]) -> list[tuple[float, float]]:
    """The vertical spans of the boxes (``(bbox, items)``) printed across the page's text,
    with text above and below them (a banner, not a cover band).

    Examples
    --------
    >>> words = [{"x0": 40, "x1": 300, "top": 10, "bottom": 20},
    ...          {"x0": 320, "x1": 560, "top": 200, "bottom": 210}]
    >>> across_breaks([((40, 100, 560, 120), []), ((40, 100, 300, 120), [])], words)
    [(100, 120)]
    """
    if not words or not panels:
        return []
    x0, x1 = min(w["x0"] for w in words), max(w["x1"] for w in words)
    width = max(x1 - x0, 1.0)
    return [(top, bottom) for (a, top, b, bottom), _ in panels
            if b - a >= ACROSS_SHARE * width
            and any(w["bottom"] <= top for w in words) and any(w["top"] >= bottom for w in words)]
