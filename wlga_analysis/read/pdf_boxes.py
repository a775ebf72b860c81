"""Boxes on a PDF page (a shaded panel, a one-cell frame): what they hold, and where they are
read.

A box is not a table (one cell), yet it may print one: a newsletter's or a report's shaded
block of **labels and values** under each item (a bold label column, the values starting
at one edge to its right; a label too long for its column wraps onto a second line)::

    Area    Safety on the journey
    Lead    Welsh Government and local
            authorities
    By      July 2027
    when

Read line by line, the wrapped label would join the value ("By July 2027 when"). A box whose
lines are such rows (:func:`box_items`: at least :data:`MIN_ROWS` lines opening with bold
words and then plain words that start at one edge, :data:`EDGE` points apart at most, with
a gap before it) is read as the two-column table it prints: a line with only label words
goes on with the row's label, a line with only value words at the values' edge with its
value. Any other box is read as its lines, as before.

A box stands in the reading order where a reader meets it (:func:`place_box`): on a page
set in two columns (:mod:`wlga_analysis.read.pdf_columns`) in **its own column**, after the
column's last line above it; a box beside a column of text and in no column block (a
slide's side panel) after that column, as before; any other where it stands.

Examples
--------
>>> def word(text, x0, top, bold=False):
...     return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top,
...             "bottom": top + 9, "size": 9, "bold": bold}
>>> words = [word("Area", 50, 10, True), word("Safety", 100, 10),
...          word("Lead", 50, 22, True), word("Welsh", 100, 22), word("Government", 136, 22),
...          word("By", 50, 34, True), word("July", 100, 34), word("when", 50, 45, True)]
>>> [[" ".join(w["text"] for w in cell) for cell in row] for row in label_rows(words)]
[['Area', 'Safety'], ['Lead', 'Welsh Government'], ['By when', 'July']]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from wlga_analysis.read.pdf_columns import baseline_rows

__all__ = ["EDGE", "MIN_ROWS", "board_cards", "box_items", "label_rows", "place_box",
           "place_boxes"]

#: The fewest rows (a label and a value on one line) of a box read as a table.
MIN_ROWS = 2
#: How far (points) the values' first words may start from their common edge.
EDGE = 2.0
#: The most lines of a box read as a table of labels.
_MAX_LINES = 40


def _split(row: list[dict]) -> tuple[list[dict], list[dict]]:
    """A line's leading bold words (its label) and the words after them."""
    k = 0
    while k < len(row) and row[k].get("bold"):
        k += 1
    return row[:k], row[k:]


def label_rows(words: list[dict]) -> list[list[list[dict]]] | None:
    """The rows (label words, value words) of a box of labels and values, or None when its
    words are not such a table (see the module's doc)."""
    lines = baseline_rows(words)
    if not MIN_ROWS <= len(lines) <= _MAX_LINES:
        return None
    parts = [_split(line) for line in lines]
    starts = [value[0]["x0"] for label, value in parts if label and value]
    if len(starts) < MIN_ROWS:
        return None
    edge = Counter(round(x) for x in starts).most_common(1)[0][0]
    return _rows_at(parts, edge)


def _rows_at(parts: list[tuple[list[dict], list[dict]]], edge: float
             ) -> list[list[list[dict]]] | None:
    """The rows of a box's lines (each its label words and value words) whose values start
    at ``edge``: a line with a label and a value starts a row, a line with only one of them
    goes on with the row above; None when a value is off the edge or touches its label."""
    rows: list[list[list[dict]]] = []
    for label, value in parts:
        if value and abs(value[0]["x0"] - edge) > EDGE:
            return None  # (a value word off the values' edge: not a column of values)
        if label and label[-1]["x1"] > edge - 0.5 * label[-1]["size"]:
            return None  # (no gap between the label and its value)
        if label and value:
            rows.append([list(label), list(value)])
        elif not rows:
            return None
        else:
            rows[-1][0 if label else 1].extend(label or value)
    return rows


def box_items(part: Any, bbox: tuple[float, float, float, float], words: list[dict]
              ) -> list[Any]:
    """What a box (a one-cell table part of :mod:`wlga_analysis.read.pdf`) is read as: the
    two-column table of labels and values it prints, else its lines (marked as a panel's).

    Examples
    --------
    >>> box_items(None, (0, 0, 10, 10), [])
    []
    """
    from wlga_analysis.read.pdf import _lines
    from wlga_analysis.read.pdf_cells import inside as centred

    inside = [w for w in words if centred(w, bbox)]  # (the reader gives these only)
    rows = label_rows(inside) if part is not None and len(inside) >= 2 * MIN_ROWS else None
    if rows is None:
        lines = part.rows[0][0] if part is not None else []
        return [replace(line, panel=True) for line in lines]
    cells = [[_lines(label, part.page), _lines(value, part.page)] for label, value in rows]
    edge = min(value[0]["x0"] for _, value in rows)
    return [replace(part, rows=cells, columns=(round(bbox[0]), round(edge)))]


def _placed(item: Any) -> bool:
    """Whether an item is a box placed already (a table of labels, a panel's line)."""
    return not hasattr(item, "text") or bool(getattr(item, "panel", False))


def _segments(items: list[Any]) -> list[tuple[int, int, int]]:
    """The column-block lines of a page's items as runs ``(start, end, side)``: the lines
    of one column of one block (0 the left, 1 the right), with the boxes placed among them
    already."""
    out: list[tuple[int, int, int]] = []
    start, side, last = None, 0, None
    for k, item in enumerate([*items, None]):
        if item is not None and start is not None and _placed(item):
            continue  # (a box placed in the column: the column goes on after it)
        order = getattr(item, "order", None)
        new = order is None or item.column_start or last is None or order - last > 0.01
        if new and start is not None:
            out.append((start, k, side))
            start = None
        if order is not None and start is None:
            start, side = k, 1 if item.column_start else 0
        last = order
    return out


def _x0(item: Any) -> float:
    """Where an item starts on the page (a table part: its first column's edge)."""
    columns = getattr(item, "columns", None)
    return float(columns[0]) if columns else item.x0


def _column_place(items: list[Any], bbox: tuple[float, float, float, float]) -> int | None:
    """Where a box standing in a column of a two-column block is read: after the last line
    (or box placed before it) of its column above it, else before its column's first; None
    for a box in no column block."""
    segments = _segments(items)
    for n, (start, end, side) in enumerate(segments):
        if side != 0:
            continue
        right = segments[n + 1] if n + 1 < len(segments) and segments[n + 1][2] == 1 else None
        stop = right[1] if right else end
        lines = [i for i in items[start:stop] if not _placed(i)]
        if lines and bbox[3] >= min(i.top for i in lines) - 30 \
                and bbox[1] <= max(i.bottom for i in lines) + 30:
            return _place_in(items, bbox, (start, end), right)
    return None


def _place_in(items: list[Any], bbox: tuple[float, float, float, float],
              left: tuple[int, int], right: tuple[int, int, int] | None) -> int | None:
    """Where a box is read in the column block whose left column is ``items[left[0]:
    left[1]]`` and right column ``right``: in its own column, by its top."""
    x0, top, x1, _ = bbox
    left_edge = max(i.x1 for i in items[left[0]:left[1]] if not _placed(i))
    # (across the gutter: in no column; a banner as wide as the left column, its edge on
    # the column's longest line, is the column's, when it stops short of the right column)
    right_edge = min((_x0(i) for i in items[right[0]:right[1]] if not _placed(i)),
                     default=left_edge) if right else left_edge
    if x0 < left_edge - 2 < x1 and x1 > max(right_edge, left_edge) + 2:
        return None
    in_right = x0 >= left_edge - 2
    if in_right and right is None:
        return None
    stop = right[1] if right else left[1]

    def ours(k: int) -> bool:
        if _placed(items[k]):
            return (_x0(items[k]) >= left_edge - 2) == in_right
        return (right is not None and k >= right[0]) == in_right

    mine = [k for k in range(left[0], stop) if ours(k)]
    above = [k for k in mine if items[k].top < top]
    return above[-1] + 1 if above else (mine[0] if mine else None)


def place_box(items: list[Any], bbox: tuple[float, float, float, float], box: list[Any]
              ) -> None:
    """Put the items of a box (:func:`box_items`) in the page's reading order (see the
    module's doc).

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> items = [Line(top=10, bottom=20, x0=0, x1=50, order=None, column_start=False)]
    >>> place_box(items, (0, 30, 50, 40), ["box"])
    >>> items[-1]
    'box'
    """
    at = _column_place(items, bbox)
    if at is None:
        at = _beside_place(items, bbox)
    items[at:at] = box


def _beside_place(items: list[Any], bbox: tuple[float, float, float, float]) -> int:
    """Where a box is read when it stands in no column block: after the column of text
    beside it (the lines on one side of the box from its top down, until a line crosses its
    width); a box with no text beside it where it stands."""
    x0, top, x1, bottom = bbox

    def aside(item: Any) -> bool:
        return hasattr(item, "text") and (item.x1 <= x0 + 1 or item.x0 >= x1 - 1)

    beside = [i for i, item in enumerate(items) if aside(item)
              and item.top < bottom and item.bottom > top]
    if not beside:
        return next((i for i, item in enumerate(items) if item.top > top), len(items))
    at = beside[-1] + 1
    while at < len(items) and aside(items[at]):
        at += 1
    return at


def place_boxes(items: list[Any],
                boxes: list[tuple[tuple[float, float, float, float], list[Any]]]) -> None:
    """Put the items of every box in the page's reading order, each as :func:`place_box`
    puts it after the boxes before it: on a page with no column block (its lines read by
    their tops) through :class:`~wlga_analysis.read.pdf_boxorder.BoxOrder`, in time about
    linear in the page's items and boxes (:func:`place_box` scans every item placed so far
    for each box).

    Examples
    --------
    >>> from types import SimpleNamespace as Line
    >>> def line(text, top, x0=0):
    ...     return Line(text=text, top=top, bottom=top + 9, x0=x0, x1=x0 + 50, order=None,
    ...                 column_start=False, panel=False)
    >>> items = [line("a", 10), line("b", 50)]
    >>> place_boxes(items, [((0, 30, 50, 40), [line("box", 32)])])
    >>> [i.text for i in items]
    ['a', 'box', 'b']
    """
    from wlga_analysis.read.pdf_boxorder import BoxOrder

    if not boxes:
        return
    if BoxOrder.fits(items, boxes):
        BoxOrder(items, boxes).place(boxes)
        return
    for bbox, box in boxes:  # (a column block, or a coordinate that is no finite number)
        place_box(items, bbox, box)


def board_cards(items: list[Any], panels: list[Any], words: list[dict], page: int
                ) -> list[Any]:
    """The page's boxes that are no task board's; a board of boxed cards (four boxes or
    more) is read as one table placed in ``items`` (:mod:`wlga_analysis.read.pdf_boards`).

    Examples
    --------
    >>> board_cards([], [], [], 1)
    []
    """
    if len(panels) < 4:  # (a page's few boxes: no board; the module loads when needed)
        return panels
    from wlga_analysis.read.pdf_boards import board_cards as read_board

    return read_board(items, panels, words, page)
