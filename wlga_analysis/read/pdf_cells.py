"""Which of a PDF page's words stand in which table cell, in time linear in the page.

A word stands in a cell when its centre is inside the cell's box (edges included), and in a
row's band when its centre's height is within the row's. Testing every word of a row's band
against every cell of the row took time proportional to cells times words: a ruled table
of 1,000 columns, seconds. :class:`WordIndex` sorts the page's words once by the height and
the place across of their centres; a row's band is then a range found by bisection, and
each cell's words a range of the band sorted across. Each cell's words come in the order
of the page's words, as a test of every word gives them.

Examples
--------
>>> def word(text, x0, top):
...     return {"text": text, "x0": x0, "x1": x0 + 20, "top": top, "bottom": top + 10}
>>> words = [word("b", 60, 0), word("a", 10, 0), word("c", 10, 30)]
>>> index = WordIndex(words)
>>> [[w["text"] for w in cell] for cell in index.row_cells([(0, -1, 50, 20), None,
...                                                        (50, -1, 100, 20)])]
[['a'], [], ['b']]
>>> [w["text"] for w in index.outside([(0, 25, 50, 45)])]
['b', 'a']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress

__all__ = ["WordIndex", "inside"]

Box = tuple[float, float, float, float]


def inside(word: dict, bbox: Box) -> bool:
    """Whether a word's centre is inside ``bbox`` ``(x0, top, x1, bottom)``, edges included.

    Examples
    --------
    >>> inside({"x0": 0, "x1": 10, "top": 0, "bottom": 10}, (5, 5, 9, 9))
    True
    """
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


class WordIndex:
    """A page's words sorted by the height and by the place across of their centres (a
    word whose centre is not a number, NaN, is in no band and no cell, as a comparison
    with it is false).

    Parameters
    ----------
    words : list of dict
        The page's words (``x0``, ``x1``, ``top``, ``bottom``).
    """

    def __init__(self, words: list[dict]):
        self.words = words
        self.cx = [(w["x0"] + w["x1"]) / 2 for w in words]
        self.cy = [(w["top"] + w["bottom"]) / 2 for w in words]
        cx, cy = self.cx, self.cy
        total = sum(cx) + sum(cy)
        self.numbers = total == total  # (no centre is NaN: every word is in the index)
        self.real = list(range(len(words))) if self.numbers else [
            k for k in range(len(words)) if cx[k] == cx[k] and cy[k] == cy[k]]
        self.by_y = sorted(self.real, key=cy.__getitem__)
        self.ys = sorted(cy) if self.numbers else [cy[k] for k in self.by_y]
        self._by_x: list[int] | None = None  # (sorted across when a box is first asked for)
        self._xs: list[float] = []

    def _across(self) -> tuple[list[int], list[float]]:
        """The words (their indices) by the place across of their centre, and those places."""
        if self._by_x is None:
            cx = self.cx
            self._by_x = sorted(self.real, key=cx.__getitem__)
            self._xs = sorted(cx) if self.numbers else [cx[k] for k in self._by_x]
        return self._by_x, self._xs

    def band(self, top: float, bottom: float) -> list[int]:
        """The words (their indices) whose centre's height is within ``top`` to ``bottom``,
        by that height."""
        if not top <= bottom:  # (none, as no height is within; a NaN edge too)
            return []
        return self.by_y[bisect_left(self.ys, top):bisect_right(self.ys, bottom)]

    def row_cells(self, row: Sequence[Box | None]) -> list[list[dict]]:
        """The words of each cell of a table row (an empty list where a merged cell spans,
        ``None``): those of the row's band (the height of its cells' boxes) whose centre is
        in the cell's box, in the page's order."""
        boxes = [bbox for bbox in row if bbox is not None]
        top = min((b[1] for b in boxes), default=0.0)
        bottom = max((b[3] for b in boxes), default=-1.0)
        cx, cy = self.cx, self.cy
        band = sorted(self.band(top, bottom), key=cx.__getitem__)
        xs = [cx[k] for k in band]
        cells: list[list[dict]] = []
        for bbox in row:
            if bbox is None or not bbox[0] <= bbox[2]:  # (a NaN edge: no word is in)
                cells.append([])
                continue
            found = band[bisect_left(xs, bbox[0]):bisect_right(xs, bbox[2])]
            low, high = bbox[1], bbox[3]
            cells.append(self._in_order([k for k in found if low <= cy[k] <= high]))
        return cells

    def _in_order(self, found: list[int]) -> list[dict]:
        found.sort()
        words = self.words
        return [words[k] for k in found]

    def within(self, bbox: Box) -> list[dict]:
        """The words whose centre is inside ``bbox`` (:func:`inside`), in the page's order:
        found among those of its height or of its width, whichever are fewer."""
        found = self._within(bbox)
        return self._in_order(found) if found else []

    def _within(self, bbox: Box) -> list[int]:
        """The words (their indices) whose centre is inside ``bbox``, in no set order."""
        x0, top, x1, bottom = bbox
        if not (x0 <= x1 and top <= bottom):  # (a NaN edge: no word is in)
            return []
        lo, hi = bisect_left(self.ys, top), bisect_right(self.ys, bottom)
        by_x, xs = self._across()
        left, right = bisect_left(xs, x0), bisect_right(xs, x1)
        cx, cy = self.cx, self.cy
        if hi - lo <= right - left:
            return [k for k in self.by_y[lo:hi] if x0 <= cx[k] <= x1]
        return [k for k in by_x[left:right] if top <= cy[k] <= bottom]

    def outside(self, boxes: list[Box]) -> list[dict]:
        """The words inside none of ``boxes``, in the page's order."""
        if not boxes:
            return list(self.words)
        keep = [True] * len(self.words)
        for bbox in boxes:
            for k in self._within(bbox):
                keep[k] = False
        return list(compress(self.words, keep))
