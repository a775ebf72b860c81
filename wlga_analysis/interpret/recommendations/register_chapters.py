"""A numbered register of recommendations grouped by chapter rows or by a Theme column.

A scrutiny committee's tracker prints its recommendations one a row under a header with a
number column and a Recommendation column, and no Area column::

    Ref | Recommendation | Lead officer | Progress (March 2025) | RAG
    **Chapter 2 – Housing**                                          (a row across the table)
    4   | That the Council ...  | Head of Housing | ...          | Amber

or names each row's group in a column of its own (``Theme | No. | Recommendation | ...``).
The groups are the areas of the recommendations under them (never the page's title):

- a row whose only text is in its first cell, a short name that is no item number (bold or
  plain, merged across the table, ``colspan``, a pipe table's first cell with the rest
  empty, a TAB row of empty cells), is the **area** of the rows below it, in a table with
  a number column and no Area or Theme column (:func:`register_chapters`; the rule of the
  update columns' trackers, :func:`.update_columns.chapter_row`, reads the row);
- in a table with a Theme column and no Area column, the **Theme cell names the area** of
  its row (:func:`theme_column`); areas named alike are one area, numbered in the order
  they first appear.

Examples
--------
>>> from wlga_analysis.interpret.recommendations.columns import map_columns
>>> register_chapters(map_columns(["Ref", "Recommendation", "Lead", "RAG"]))
True
>>> register_chapters(map_columns(["Area", "No.", "Recommendation"]))
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.interpret.recommendations.lines import _Item
    from wlga_analysis.read.model import Cell

__all__ = ["printed_ref", "register_chapters", "theme_column"]

#: The fewest columns of a table whose rows across it name chapters (a row of two cells,
#: one empty, is an item with an empty cell).
_WIDTH = 3
#: The longest reference a number column prints ("LR12", "SC-3a").
_REF_MAX = 12


def register_chapters(columns: Columns | None) -> bool:
    """Whether a table's rows across it (text in the first cell alone) may name its
    chapters: a register with a number column (first), a Recommendation column, no Area
    nor Theme column, at least three columns.

    Parameters
    ----------
    columns : Columns or None
        The table's columns (:func:`.columns.map_columns`).

    Returns
    -------
    bool

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.columns import map_columns
    >>> register_chapters(map_columns(["No.", "Recommendation", "Owner"]))
    True
    >>> register_chapters(map_columns(["Recommendation", "No.", "Owner"]))
    False
    """
    return columns is not None and columns.number == 0 and columns.area is None \
        and columns.theme is None and columns.width >= _WIDTH and not columns.ticks


def theme_column(parser: ModelParser, columns: Columns, row: tuple[Cell, ...],
                 ln: int) -> None:
    """Read a row's Theme cell: in a table with no Area column, it names the row's area
    (opened when it differs from the current one; an empty cell: the area above goes on);
    else it is the theme of the row's area.

    Parameters
    ----------
    parser : ModelParser
        The recommendations parser reading the table.
    columns : Columns
        The table's columns.
    row : tuple of Cell
        The row's cells.
    ln : int
        The row's line.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.columns import map_columns
    >>> theme_column(None, map_columns(["No.", "Recommendation", "Lead"]), (), 1)  # (none)
    """
    if columns.theme is None or columns.theme >= len(row):
        return
    name = clean_text(row[columns.theme].text)
    if not name:
        return
    if columns.area is not None:
        parser.set_theme(name, ln)  # a register's Theme column, beside its Area column
    elif parser.current is None or parser.current.title.casefold() != name.casefold():
        parser.named_area(name, ln)  # ("Theme | No. | Recommendation": the Theme's area)


def printed_ref(columns: Columns, row: tuple[Cell, ...], started: list[_Item]) -> None:
    """Keep the reference a register's number column prints ("LR1", "TF3") as the label of
    the row's recommendation when the loader read no number from it (the recommendation is
    then numbered in reading order): the printed reference is never lost (``rec_label``).

    Parameters
    ----------
    columns : Columns
        The table's columns.
    row : tuple of Cell
        The row's cells.
    started : list of _Item
        The recommendations the row started (one, or the reference is not given).

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.columns import map_columns
    >>> printed_ref(map_columns(["Ref", "Recommendation", "Lead"]), (), [])
    """
    if columns.number is None or len(started) != 1 or columns.number >= len(row):
        return
    text = clean_text(row[columns.number].text)
    item = started[0]
    if item.label is None and any(ch.isalpha() for ch in text) and len(text) <= _REF_MAX:
        item.label = text
