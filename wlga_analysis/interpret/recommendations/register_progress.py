"""The progress column of a register: one unnumbered activity per row.

An action plan may print one row per recommendation, its number in a column of its own
("Ref", "No."), with a "Progress" column that says in a sentence or two what has been done
about it and a "Status" column ("Complete", "In progress"). The progress cell prints no
number of its own: it is the activity of the row. The rules here read it so:

- in a table with a number column, a progress cell whose first paragraph has no number
  (and is not a bullet: bullets are read by :mod:`.bullets`) of a row that starts a
  recommendation is the next activity of the area, numbered in reading order across the
  document (the numbering is reported, as for :mod:`.labelled_bullets`);
- the row's status column (:data:`ROW_STATUS_COLUMNS`) gives that activity its status
  when its text printed none (the status describes the progress the row reports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.blocks import _Block

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.lines import _Item, _Parser
    from wlga_analysis.read.model import Cell

__all__ = ["ROW_STATUS_COLUMNS", "number_progress_cell", "status_from_row"]

#: Output names of the columns (:func:`.columns.column_name`) whose cell is the status of
#: the row's activity in a register.
ROW_STATUS_COLUMNS: frozenset[str] = frozenset({"status", "rag", "rag_status",
                                                "progress_status"})


def number_progress_cell(parser: _Parser, columns: Columns, activities: list[_Block],
                         recommendations: list[_Block], ln: int) -> list[_Block]:
    """The blocks of a register row's progress cell, the first numbered as the next activity
    when the cell prints no number (unchanged otherwise).

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.columns import map_columns
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("d.md"), "recommendations", ("# T",), "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.area_block(_Block("Area 1: Buses", False), 3, True)
    >>> cols = map_columns(["Ref", "Recommendation", "Progress", "Status"])
    >>> blocks = number_progress_cell(parser, cols, [_Block("A plan was agreed.", False)],
    ...                               [_Block("1. That ...", False)], 5)
    >>> [b.raw for b in blocks]
    ['1. A plan was agreed.']
    """
    if columns.number is None or not activities or not recommendations:
        return activities
    first = activities[0]
    text = clean_text(first.raw)
    if first.bullet or not text or parser.number_of(text) is not None:
        return activities
    number = parser.next_no("activities")
    if parser.current is not None:
        parser.issue("activities", "unnumbered items numbered", str(number), ln,
                     f"Area {parser.current.area_id}'s activity is printed in a register's "
                     f"progress cell with no number; numbered {number} in reading order "
                     "across the document")
    return [_Block(f"{number}. {first.raw}", first.bullet), *activities[1:]]


def status_from_row(columns: Columns, row: tuple[Cell, ...], started: list[_Item]) -> None:
    """Give the activities a register row started the status its status column prints,
    when their text printed none."""
    for index, name in columns.extras:
        if name in ROW_STATUS_COLUMNS and index < len(row):
            value = clean_text(row[index].text)
            if value:
                for item in started:
                    if item.status is None:
                        item.status = value
            return
