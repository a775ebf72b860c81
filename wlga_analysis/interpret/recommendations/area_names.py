"""Areas a paper names without a number: one area per name, found by the name.

A register prints its area in a column ("Digital inclusion", with no "Area N:" label); a
report may open an area by a heading over a table. Rows that name the same area (its name
in any case) belong to one area, numbered in the order the names first appear. A paper of
thousands of small tables names thousands of areas: each name is looked up, never compared
with every area opened before it.

Examples
--------
>>> from types import SimpleNamespace as NS
>>> class Parser(NS):
...     def start_area(self, number, title, ln):
...         self.areas[number] = self.current = NS(title=title, named=False, area_id=number)
>>> parser = Parser(areas={}, current=None)
>>> for name in ("Housing", "Roads", "housing"):
...     open_named_area(parser, name, 1)
>>> [a.title for a in parser.areas.values()], parser.current.title
(['Housing', 'Roads'], 'Housing')
"""

from __future__ import annotations

from typing import Any

__all__ = ["open_named_area"]


def _index(parser: Any) -> list[Any]:
    """[areas counted, {folded name: the first area named so}, the greatest area number] of
    ``parser``: made again when areas came another way since."""
    index = parser.__dict__.get("_named_areas")
    if index is None or index[0] != len(parser.areas):
        found: dict[str, Any] = {}
        for area in parser.areas.values():
            if area.named:
                found.setdefault(area.title.casefold(), area)
        index = parser.__dict__["_named_areas"] = [len(parser.areas), found,
                                                   max(parser.areas, default=0)]
    return index


def open_named_area(parser: Any, name: str, ln: int) -> None:
    """Make the area named ``name`` (any case) the parser's current area, opening it (the
    next number) when no area is named so yet.

    Parameters
    ----------
    parser : _Parser
        The recommendations parser (its ``areas``, ``current`` and ``start_area``).
    name : str
        The area's name as printed.
    ln : int
        The line that names it.
    """
    key, index = name.casefold(), _index(parser)
    area = index[1].get(key)
    if area is not None and area.named and area.title.casefold() == key:
        parser.current = area
        return
    parser.start_area(index[2] + 1, name, ln)
    parser.current.named = True
    index[0], index[2] = len(parser.areas), max(index[2], parser.current.area_id)
    index[1].setdefault(key, parser.current)
