"""Readers: the indent of a table's cells, where a column's indent is its hierarchy.

A tracker exported from a project tool (Smartsheet, MS Project, a Gantt sheet) prints its
hierarchy ONLY by indentation: the parent rows' task names flush left, their child rows'
indented under them, no number anywhere. Each form keeps the indent in its own way: four
leading spaces in a tab-separated cell (text), ``padding-left`` on the cell (a web page), a
paragraph left indent (Word). The readers measure it and this module turns the measures
of one table into levels on the cell's first :class:`~wlga_analysis.read.model.Paragraph`
(``indent``; 0 flush left): only in a column that indents some of its cells and leaves
others flush (a column indented throughout is only padded), each distinct indent a level.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph
>>> rows = [(Cell((Paragraph(Inline(t)),)), Cell((Paragraph(Inline("x")),)))
...         for t in ("Parent", "Child", "Child 2", "Parent 2", "Child 3")]
>>> out = indent_rows(rows, [[0, 0], [4, 0], [4, 0], [0, 0], [4, 0]], tolerance=1)
>>> [r[0].blocks[0].indent for r in out]
[0, 1, 1, 0, 1]
>>> indent_rows(rows, [[4, 0]] * 5, tolerance=1) is rows
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Cell, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["cell_style", "css_indent", "indent_rows", "indented_column", "leading_spaces",
           "spaced_rows"]

#: A cell's left padding, margin or first-line indent in its style attribute.
_CSS_INDENT = LazyPattern(r"(?i)(?:padding-left|margin-left|text-indent)[ \t]*+:[ \t]*+"
                          r"(?P<n>\d{1,4}(?:\.\d{1,3})?)[ \t]*+(?P<unit>px|pt|em|rem)?")
#: Pixels a unit is worth.
_PIXELS = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0}


def css_indent(style: str | None) -> float | None:
    """A web page cell's indent in pixels, read from its style (``padding-left``,
    ``margin-left`` or ``text-indent``); None when the style sets none.

    Examples
    --------
    >>> css_indent("padding-left: 20px"), css_indent("text-indent:1.5em"), css_indent(None)
    (20.0, 24.0, None)
    """
    if not style or "-" not in style:
        return None
    m = _CSS_INDENT.search(style)
    if m is None:
        return None
    return float(m.group("n")) * _PIXELS[(m.group("unit") or "px").lower()]


def cell_style(td: Any) -> str:
    """A web page cell's style with that of the wrapper its content opens with (a
    SharePoint task list pads a ``<div>`` in the cell, not the cell).

    Examples
    --------
    >>> from wlga_analysis.read.html_tree import Element
    >>> td = Element("td", {}, 1, [Element("div", {"style": "padding-left:48px"}, 1, ["A"])])
    >>> css_indent(cell_style(td))
    48.0
    """
    style = td.attrs.get("style", "")
    first = next((c for c in td.children if not isinstance(c, str) or c.strip()), None)
    if first is None or isinstance(first, str) or first.tag not in ("div", "span", "p"):
        return style
    return f"{style};{first.attrs.get('style', '')}"


def leading_spaces(raw: str) -> int:
    """The spaces a raw text cell opens with (a tab-separated tracker's indent).

    Examples
    --------
    >>> leading_spaces("    Publish the guidance"), leading_spaces("Parent")
    (4, 0)
    """
    return len(raw) - len(raw.lstrip(" "))


def indented_column(measures: list[list[float | None]], tolerance: float) -> int | None:
    """The first column of which at least two cells are indented (by more than
    ``tolerance`` beyond the column's least indent) and at least one is flush; None when
    no column is (the cheap test: most tables indent nothing).

    Examples
    --------
    >>> indented_column([[0, 0], [0, 4], [0, 4]], 1)
    1
    >>> indented_column([[0], [4]], 1) is None
    True
    """
    if len(measures) < 3:
        return None
    width = max(len(m) for m in measures)
    for col in range(width):
        values = [m[col] for m in measures if col < len(m) and m[col] is not None]
        if len(values) < 3:
            continue
        low = min(values)
        indented = sum(1 for v in values if v - low > tolerance)
        if indented >= 2 and indented < len(values):
            return col
    return None


def _levels(values: list[float | None], tolerance: float) -> list[int]:
    """Each measure's level: 0 the least, then one a distinct larger indent."""
    present = sorted({v for v in values if v is not None})
    steps: list[float] = []
    for v in present:
        if not steps or v - steps[-1] > tolerance:
            steps.append(v)
    return [0 if v is None else max(n for n, s in enumerate(steps) if v >= s - tolerance)
            for v in values]


def indent_rows(rows: list[tuple[Cell, ...]], measures: list[list[float | None]],
                tolerance: float) -> list[tuple[Cell, ...]]:
    """The rows with the levels of their indented column set on each cell's first
    paragraph (``rows`` itself when no column indents some cells and not others).

    Parameters
    ----------
    rows : list of tuple of Cell
        A table's body rows.
    measures : list of list of float or None
        Each row's cells' indents, in any unit (None: not measured).
    tolerance : float
        The largest difference of two indents read as the same.

    Returns
    -------
    list of tuple of Cell
        The rows.
    """
    col = indented_column(measures, tolerance)
    if col is None or len(measures) != len(rows):
        return rows
    levels = _levels([m[col] if col < len(m) else None for m in measures], tolerance)
    out: list[tuple[Cell, ...]] = []
    for cells, level in zip(rows, levels, strict=True):
        if level and col < len(cells) and cells[col].blocks \
                and cells[col].blocks[0].__class__ is Paragraph:
            cell = cells[col]
            first = cell.blocks[0]
            para = Paragraph(first.text, first.number, first.location, indent=level)
            cells = (*cells[:col], Cell((para, *cell.blocks[1:]), cell.location),
                     *cells[col + 1:])
        out.append(cells)
    return out


def spaced_rows(rows: list[tuple[Cell, ...]], leads: list[list[float | None]]
                ) -> list[tuple[Cell, ...]]:
    """A tab-separated table's rows with the levels its cells' leading spaces give
    (``leads``, a row's cells' spaces; None for a cell of a pipe row); ``rows`` itself when
    no cell opens with a space (most tables).

    Examples
    --------
    >>> spaced_rows([], []) == []
    True
    """
    if len(leads) != len(rows) or not any(any(m) for m in leads):
        return rows
    return indent_rows(rows, leads, tolerance=1)
