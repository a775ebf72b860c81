"""Many boxes placed in a PDF page's reading order in time about linear in the page.

:func:`wlga_analysis.read.pdf_boxes.place_box` puts one box (a one-cell frame's lines, or
the table of labels it prints) among a page's items, scanning every item placed so far:
the lines beside the box, the first item below its top, the run of lines beside it after
the last. A page of hundreds of boxes took time growing as the square of the boxes (issue
#13). :class:`BoxOrder` places them all, one after another as that function does, on a
page with no column block (where the function places every box beside its text, or by
its top):

- the items are a linked list, each with an integer key that sorts as the reading order
  does (a box's items get keys between their neighbours'; when there is no room left, every
  key is given afresh, :data:`SPACING` apart);
- the last line beside a box is found among the lines whose tops are near the box (the
  page's lines, the boxes' to come included, sorted by top once);
- the first item below a box's top is the least key among the items of tops below it (a
  tree of the least key by rank of top);
- the run of lines beside a box after the last of them is walked over the page's own
  items a subtree at a time (a tree of the left and right extents of the page's items:
  a subtree whose lines all stand on one side of the box is passed in one step), and over
  the boxes' items placed among them one by one.

Examples
--------
>>> from types import SimpleNamespace as Line
>>> def line(text, top, x0=0):
...     return Line(text=text, top=top, bottom=top + 9, x0=x0, x1=x0 + 50, order=None)
>>> items = [line("a", 10), line("beside", 30, 100), line("more", 50, 100), line("b", 70)]
>>> boxes = [((0, 30, 50, 40), [line("box", 32)])]
>>> BoxOrder(items, boxes).place(boxes)
>>> [i.text for i in items]  # (after the column of text beside it)
['a', 'beside', 'more', 'box', 'b']
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from typing import Any

__all__ = ["SPACING", "BoxOrder"]

#: The gap between the keys of two neighbouring items after the keys are given afresh.
SPACING = 1 << 1024

Box = tuple[float, float, float, float]


class BoxOrder:
    """A page's items (lines and tables, in reading order) and the boxes to place among
    them (see the module).

    Parameters
    ----------
    items : list
        The page's items (lines have ``text``, ``top``, ``bottom``, ``x0`` and ``x1``;
        tables ``top``); changed in place by :meth:`place`.
    boxes : list of (bbox, items)
        The boxes, each its ``(x0, top, x1, bottom)`` and the items it is read as.
    """

    @staticmethod
    def fits(items: list[Any], boxes: list[tuple[Box, list[Any]]]) -> bool:
        """Whether the page is one this order places as ``place_box`` does: no item in a
        column block (with an ``order``), every item once, every coordinate a finite
        number."""
        every = [*items, *(i for _, box in boxes for i in box)]
        if any(getattr(i, "order", None) is not None for i in every):
            return False
        if len({id(i) for i in every}) != len(every):
            return False
        numbers = [c for bbox, _ in boxes for c in bbox] + [i.top for i in every]
        numbers += [c for i in every if hasattr(i, "text") for c in (i.bottom, i.x0, i.x1)]
        return all(math.isfinite(c) for c in numbers)

    def __init__(self, items: list[Any], boxes: list[tuple[Box, list[Any]]]) -> None:
        self.items = items
        every = sorted([*items, *(i for _, box in boxes for i in box)], key=lambda i: i.top)
        self.rank = {id(i): r for r, i in enumerate(every)}
        self.tops = [i.top for i in every]
        self.by_rank = every
        self.lines = [i for i in every if hasattr(i, "text")]
        self.line_tops = [i.top for i in self.lines]
        self.reach = max((i.bottom - i.top for i in self.lines), default=0.0)
        self.size = len(every)
        self.tree: list[int | None] = [None] * (2 * self.size)
        self.key: dict[int, int] = {}
        self.after: dict[int, Any] = {}
        self.before: dict[int, Any] = {}
        self.head: Any = None
        self.tail: Any = None
        for item in items:
            self.before[id(item)], self.after[id(item)] = self.tail, None
            if self.tail is None:
                self.head = item
            else:
                self.after[id(self.tail)] = item
            self.tail = item
        self._relabel()
        self._own_items = list(items)
        self.own = {id(i): k for k, i in enumerate(items)}  # (the page's items, by place)
        self.gap_set: set[int] = set()
        self.gap: dict[int, int] = {}  # a box's item -> the page's item it stands before
        self.gaps: list[int] = []  # (the page's items with boxes' items just before them)
        self.span = 1
        while self.span < len(items):
            self.span *= 2
        self.left = [math.inf] * (2 * self.span)
        self.right = [-math.inf] * (2 * self.span)
        self.solid = [False] * (2 * self.span)  # (a subtree holding a table)
        for k, item in enumerate(items):
            if hasattr(item, "text"):
                self.left[self.span + k], self.right[self.span + k] = item.x0, item.x1
            else:
                self.solid[self.span + k] = True
        for node in range(self.span - 1, 0, -1):
            self.left[node] = min(self.left[2 * node], self.left[2 * node + 1])
            self.right[node] = max(self.right[2 * node], self.right[2 * node + 1])
            self.solid[node] = self.solid[2 * node] or self.solid[2 * node + 1]

    # ----------------------------------------------------------------- the linked list
    def _link(self, prev: Any, item: Any, key: int) -> None:
        """Put ``item`` after ``prev`` (None: first) with ``key``."""
        nxt = self.after[id(prev)] if prev is not None else self.head
        self.before[id(item)], self.after[id(item)] = prev, nxt
        if prev is None:
            self.head = item
        else:
            self.after[id(prev)] = item
        if nxt is None:
            self.tail = item
        else:
            self.before[id(nxt)] = item
        self._set(item, key)

    def _set(self, item: Any, key: int) -> None:
        """Give ``item`` its key, in the tree of least keys too."""
        self.key[id(item)] = key
        at = self.rank[id(item)] + self.size
        tree = self.tree
        tree[at] = key
        at >>= 1
        while at:
            a, b = tree[2 * at], tree[2 * at + 1]
            tree[at] = a if b is None or (a is not None and a < b) else b
            at >>= 1

    def _relabel(self) -> None:
        """Give every item placed its key afresh, :data:`SPACING` apart, in order (the
        tree of least keys built again from its leaves)."""
        item, k, tree = self.head, 0, self.tree
        while item is not None:
            k += 1
            self.key[id(item)] = tree[self.rank[id(item)] + self.size] = k * SPACING
            item = self.after[id(item)]
        for at in range(self.size - 1, 0, -1):
            a, b = tree[2 * at], tree[2 * at + 1]
            tree[at] = a if b is None or (a is not None and a < b) else b

    # -------------------------------------------------------------------------- placing
    def place(self, boxes: list[tuple[Box, list[Any]]]) -> None:
        """Place every box as ``place_box`` would, one after another, and write the order
        back into the items."""
        for bbox, box in boxes:
            if box:
                self._insert(self._prev(bbox), box)
        out, item = [], self.head
        while item is not None:
            out.append(item)
            item = self.after[id(item)]
        self.items[:] = out

    def _prev(self, bbox: Box) -> Any:
        """The item a box is read after (None: first), as ``_beside_place`` finds it: the
        run of lines beside it after the last line beside it, else the item before the
        first below its top."""
        x0, top, x1, bottom = bbox

        def aside(item: Any) -> bool:
            return hasattr(item, "text") and (item.x1 <= x0 + 1 or item.x0 >= x1 - 1)

        lo = bisect_right(self.line_tops, top - self.reach - 1.0)
        last, key = None, -1
        for item in self.lines[lo:bisect_left(self.line_tops, bottom)]:
            at = self.key.get(id(item))
            if at is not None and at > key and item.bottom > top and aside(item):
                last, key = item, at
        if last is None:
            below = self._first_below(top)
            return self.tail if below is None else self.before[id(below)]
        return self._run_end(last, aside, (x0, x1))

    def _first_below(self, top: float) -> Any:
        """The first item in reading order whose top is below ``top`` (None: none)."""
        lo, hi = bisect_right(self.tops, top) + self.size, 2 * self.size
        best, node = None, 0
        tree = self.tree
        while lo < hi:
            for at in ((lo,) if lo & 1 else ()) + ((hi - 1,) if hi & 1 else ()):
                if tree[at] is not None and (best is None or tree[at] < best):
                    best, node = tree[at], at
            lo, hi = (lo + (lo & 1)) >> 1, (hi - (hi & 1)) >> 1
        if best is None:
            return None
        while node < self.size:  # (down the tree to the leaf of that key)
            node = 2 * node if tree[2 * node] == best else 2 * node + 1
        return self.by_rank[node - self.size]

    def _run_end(self, last: Any, aside: Any, across: tuple[float, float]) -> Any:
        """The last of the items beside a box from ``last`` on (each next one beside it):
        the page's own items passed a subtree at a time, the boxes' one by one."""
        own, items = self.own, self.items_of_page()
        while True:
            nxt = self.after[id(last)]
            if nxt is None or not aside(nxt):
                return last
            k = own.get(id(nxt))
            if k is None:  # (a box's item)
                last = nxt
                continue
            stop = self._not_beside(1, 0, self.span, k, across)
            stop = len(items) if stop is None else stop
            at = bisect_right(self.gaps, k)
            gap = self.gaps[at] if at < len(self.gaps) else len(items) + 1
            if gap > stop:
                return items[stop - 1]  # (the page's next item is not beside the box)
            last = items[gap - 1]  # (beside it up to a box's items placed there)

    def items_of_page(self) -> list[Any]:
        """The page's own items, in their order before any box was placed."""
        return self._own_items

    def _not_beside(self, node: int, lo: int, hi: int, start: int,
                    across: tuple[float, float]) -> int | None:
        """The place of the first of the page's own items from ``start`` on, within the
        subtree ``node`` (its items ``lo`` to ``hi``), that is no line beside a box spanning
        ``across`` (None: all are)."""
        x0, x1 = across
        if hi <= start or (not self.solid[node] and (self.right[node] <= x0 + 1
                                                     or self.left[node] >= x1 - 1)):
            return None
        if hi - lo == 1:
            return lo
        mid = (lo + hi) // 2
        found = self._not_beside(2 * node, lo, mid, start, across)
        return found if found is not None else self._not_beside(2 * node + 1, mid, hi, start,
                                                                across)

    def _insert(self, prev: Any, box: list[Any]) -> None:
        """Put a box's items after ``prev`` (None: first), in their order."""
        nxt = self.after[id(prev)] if prev is not None else self.head
        low = self.key[id(prev)] if prev is not None else 0
        high = self.key[id(nxt)] if nxt is not None else low + 2 * SPACING
        step = (high - low) // (len(box) + 1)
        gap = 0 if prev is None else self.gap.get(id(prev), self.own.get(id(prev), -1) + 1)
        if gap not in self.gap_set:
            self.gap_set.add(gap)
            insort(self.gaps, gap)
        for m, item in enumerate(box):
            self._link(prev, item, low + step * (m + 1))
            self.gap[id(item)] = gap
            prev = item
        if step == 0:  # (no room between the neighbours' keys)
            self._relabel()
