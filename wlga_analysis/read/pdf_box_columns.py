"""Two text columns found from their boxes: a report printed in two columns with each
recommendation (or each item) in a shaded box.

:mod:`wlga_analysis.read.pdf_columns` finds a page's columns from the rows that print words
on both sides of one blank strip. The boxes' words are not among them (a box is read apart:
:mod:`wlga_analysis.read.pdf_boxes`), and on a page of boxes the text outside them is a
heading and a few lines here and there: no row prints on both sides, no column block is
found, and the boxes of the left and right columns are read in one sequence by their tops
("Recommendation 2" in the left column, then "Recommendation 11" at the head of the right
one, then "Recommendation 3").

:func:`boxed_columns` looks again with the boxes' words counted (only on a page of two
boxes or more, side by side, whose own text found no column block, and no task board): when
the page then has a column block and every box stands wholly in one of its columns, each
column is read down, its lines and its boxes by their tops (left column first, then the
right), as the text of a column block is. The boxes in no column block are placed as
before (:func:`~wlga_analysis.read.pdf_boxes.place_boxes`).

Examples
--------
>>> boxed_columns([], [], [], 1, None) is None
True
"""

from __future__ import annotations

from typing import Any

__all__ = ["boxed_columns"]

Box = tuple[float, float, float, float]


def _side_by_side(panels: list[tuple[Box, list[Any]]]) -> bool:
    """Whether two of the boxes stand side by side (one ends left of where another starts).

    Examples
    --------
    >>> _side_by_side([((0, 0, 10, 5), []), ((20, 0, 30, 5), [])])
    True
    """
    return len(panels) >= 2 and min(b[2] for b, _ in panels) < max(b[0] for b, _ in panels)


def _box_words(panels: list[tuple[Box, list[Any]]], index: Any) -> list[dict]:
    """The words of every box, each marked with its box's place in ``panels``."""
    return [{**w, "box": n} for n, (bbox, _) in enumerate(panels) for w in index.within(bbox)]


def boxed_columns(body: list[dict], panels: list[tuple[Box, list[Any]]],
                  spans: list[tuple[float, float]], number: int, index: Any
                  ) -> tuple[list[Any], list[tuple[Box, list[Any]]]] | None:
    """The page's lines and boxes in reading order when its boxes make its columns (see the
    module), and the boxes left to place as before; None when the page is no such page.

    Parameters
    ----------
    body : list of dict
        The page's words outside its tables and boxes.
    panels : list of (bbox, items)
        The page's boxes (one-cell tables) and the items each is read as.
    spans : list of (top, bottom)
        The vertical spans of the page's tables (a column block does not run across one).
    number : int
        The page's number.
    index : WordIndex
        The page's words (:class:`~wlga_analysis.read.pdf_cells.WordIndex`).
    """
    if not _side_by_side(panels):
        return None
    from wlga_analysis.read.pdf_columns import column_parts

    # (a banner box across both columns needs no break: its words cross the gutter)
    parts = column_parts([*body, *_box_words(panels, index)], spans)
    if all(side is None for _, _, side in parts):
        return None
    where: dict[int, set[int]] = {}
    for p, (words, _, _) in enumerate(parts):
        for w in words:
            if "box" in w:
                where.setdefault(w["box"], set()).add(p)
    if any(len(found) > 1 for found in where.values()):
        return None  # (a box across two columns: not the columns of these boxes)
    placed = {n for n, found in where.items() if parts[next(iter(found))][2] is not None}
    if not placed:
        return None
    items: list[Any] = []
    for p, (words, top, side) in enumerate(parts):
        items.extend(_part_items(words, top, side, [n for n in sorted(placed) if p in where[n]],
                                 panels, number))
    return items, [box for n, box in enumerate(panels) if n not in placed]


def _part_items(words: list[dict], top: float | None, side: int | None, boxes: list[int],
                panels: list[tuple[Box, list[Any]]], number: int) -> list[Any]:
    """The items of one part of the page: its lines, and in a column its boxes among them
    by their tops, each given its place in the column's reading order."""
    from wlga_analysis.read.pdf import _lines

    lines = _lines([w for w in words if "box" not in w], number)
    if top is None:
        return lines
    units = sorted([(line.top, [line]) for line in lines] +
                   [(panels[n][0][1], panels[n][1]) for n in boxes], key=lambda u: u[0])
    out = [item for _, unit in units for item in unit]
    for k, item in enumerate(out):
        item.order = top + 0.5 * side + k * 1e-4
    if side and out and hasattr(out[0], "text"):
        out[0].column_start = True
    return out
