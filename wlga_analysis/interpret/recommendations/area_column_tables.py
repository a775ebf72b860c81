"""A report whose recommendations table names the areas in an Area column, printed only on
an area's first row.

A working group's report may print its own numbered parts ("1. Purpose", "2. How we
worked", "3. Recommendations", "4. Next steps") around one table whose Area column names
the areas, each printed on its first row only and left blank below until it changes (a
borderless, whitespace-aligned table as a word processor or a terminal prints it)::

    No.  Area                  Recommendation                          Lead
    1    Transport and access  That the Welsh Government extends ...   WG
    2                          That councils and bus operators ...     Councils
    3    Digital connectivity  That each council appoints ...          Councils

The rules:

- the table's Area column names the areas (:func:`names_areas_in_column`): the paper's
  numbered headings are then its own parts, never areas (as in a paper whose areas are
  labelled "Area N", :func:`.owner_groups.labelled_areas`);
- such a numbered heading is noted as a heading (:func:`numbered_part`), also after the
  table ("4. Next steps" right under its last row is no row of it);
- a row whose Area cell is blank continues the area printed above it: its recommendations
  are in that area, and each is reported ("area carried down", :func:`report_carried_area`),
  never silently given an area the row does not print.

Examples
--------
>>> lines = ("### 1. Purpose", "", "No.\\tArea\\tRecommendation\\tLead", "1\\tRoads\\tThat it\\tWG")
>>> names_areas_in_column(type("P", (), {"lines": lines})())
True
>>> names_areas_in_column(type("P", (), {"lines": ("### 1. Roads", "1. That it is done.")})())
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.lines import _Item, _Parser
    from wlga_analysis.read.model import Cell

__all__ = ["names_areas_in_column", "numbered_part", "report_carried_area"]

#: The longest line read as a table's header row (a header's cells are short names).
_HEADER_MAX = 400


def _header_names_area(line: str) -> bool:
    """Whether a line is a recommendations table's header row with an Area column."""
    from wlga_analysis.interpret.recommendations.columns import _row_cells, map_columns

    if len(line) > _HEADER_MAX or "ecommend" not in line.replace(" ", ""):
        return False
    cells = _row_cells(line)
    if not cells or len(cells) < 2:
        return False
    columns = map_columns(cells)
    return columns is not None and columns.area is not None \
        and columns.recommendations is not None


def _first_row(lines: Any, k: int) -> bool:
    """Whether ``lines[k]`` may be a table's header row: a tab row after a line with no
    tab, or a pipe row over its ``| --- |`` separator (not each row of a long table)."""
    line = lines[k]
    if "\t" in line:
        return k == 0 or "\t" not in lines[k - 1]
    below = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return line.lstrip().startswith("|") and "-" in below and not below.strip("|-: ")


def names_areas_in_column(parser: object) -> bool:
    """Whether the paper prints a recommendations table with an Area column (a header row,
    tab or pipe cells): its numbered headings ("1. Purpose") are then its own parts, not
    areas. Kept once on the parser.

    Parameters
    ----------
    parser : object
        The parser reading the paper (its ``lines``).

    Returns
    -------
    bool

    Examples
    --------
    >>> names_areas_in_column(type("P", (), {"lines": ("| Area | Recommendation |",
    ...                                                "| --- | --- |")})())
    True
    """
    known = getattr(parser, "_names_areas_in_column", None)
    if known is None:
        lines = getattr(parser, "lines", ())
        known = any(_header_names_area(line) for k, line in enumerate(lines)
                    if _first_row(lines, k))
        parser._names_areas_in_column = known  # type: ignore[attr-defined]
    return known


def report_carried_area(parser: _Parser, columns: Columns, row: tuple[Cell, ...],
                        started: list[_Item], ln: int) -> None:
    """Report each recommendation a row starts whose Area cell is blank, in an area named
    by the Area column above it: the area is carried down from the row that prints it.

    Parameters
    ----------
    parser : _Parser
        The model interpreter reading the table.
    columns : Columns
        The table's columns (its Area column's index).
    row : tuple of Cell
        The row read.
    started : list of _Item
        The recommendations the row started.
    ln : int
        The row's line.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> found = []
    >>> parser = NS(current=NS(named=True, title="Roads"),
    ...             issue=lambda *a: found.append(a[1:4]))
    >>> report_carried_area(parser, NS(area=0), (NS(text=" "),), [NS(printed="2")], 9)
    >>> found
    [('area carried down', '2', 9)]
    """
    area = columns.area
    current = parser.current
    if area is None or not started or current is None or not current.named \
            or (area < len(row) and row[area].text.strip()):
        return
    for item in started:
        parser.issue("recommendations", "area carried down", item.printed, ln,
                     f"recommendation {item.printed} is printed with a blank Area cell; "
                     f"read in the area printed above it, {current.title!r}")


def numbered_part(parser: Any, number: str, name: str, raw: str, ln: int) -> bool:
    """Whether a numbered paragraph printed as a heading ("## 4. Next steps") is one of the
    paper's own parts in a paper whose table names the areas in an Area column: noted as a
    heading (True), never an area nor a row of the table.

    Parameters
    ----------
    parser : _Parser
        The model interpreter (its lines and notes).
    number, name : str
        The printed number and the heading's text after it.
    raw : str
        The line as printed.
    ln : int
        Its line number.

    Returns
    -------
    bool

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> parser = NS(lines=("| Area | Recommendation |", "|---|---|"), notes=[],
    ...             table_started=True)
    >>> numbered_part(parser, "4", "Next steps", "## 4. Next steps", 9), parser.notes
    (True, [('heading', '4. Next steps', 9)])
    """
    from wlga_analysis.interpret.recommendations.owner_groups import (
        NAME_WORDS,
        _printed_as_heading,
    )

    if not (number.isdigit() and 0 < len(name.split()) <= NAME_WORDS
            and _printed_as_heading(raw) and names_areas_in_column(parser)):
        return False
    parser.notes.append(("heading", f"{number}. {name}", ln))
    if parser.table_started:
        parser.prose_after_rows = True  # (what follows is no row of the table)
    return True
