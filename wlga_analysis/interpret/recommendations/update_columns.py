"""A recommendations tracker with one column per update, its chapters printed across it.

A scrutiny committee tracks the recommendations of a task and finish group in one table,
adding a column at each report back::

    No. | Recommendation | Cabinet response | Agreed action | Lead officer |
        Update May 2025 | Update November 2025 | Status

with a row across the table naming the report's chapter over its recommendations. The
rules here read it so:

- an **update column** is headed by an update word (kind ``update_column`` of
  ``data/raw/recommendation_words.csv``: "Update", "Progress update", "Position") and a
  time ("May 2025", "(Q2 2025-26)", "as at 31 March 2025", "2025"), in either order
  (:func:`update_role`); a table may have any number of them, and a number column and a
  Recommendations column with one is a recommendations table (its other columns, "Cabinet
  response", "Agreed action", "Lead officer", "Status", are kept as printed);
- **each update cell is an activity** of the row's area (:func:`read_update_cells`),
  numbered in reading order across the document (the numbering reported), in the order of
  the columns; a cell that says there is nothing to report ("Not yet due", "N/A": kind
  ``placeholder``) is no activity (reported);
- a row whose only text is in its first cell, a short name (a merged row, ``colspan``, a
  pandoc grid table's spanning cell), or such a name printed as a heading between the rows
  of a table the text reader cut in two, is the **area** of the rows below it
  (:func:`chapter_row`, :func:`chapter_heading`); areas named alike are one area;
- with no number column, each row's recommendation is numbered in reading order (reported:
  :func:`number_tracker_row`);
- with no owner column, a recommendation's **owners** are the subject of its sentence
  ("That the Council and Transport for Wales review ..." -> LG, Transport for Wales).

Examples
--------
>>> update_role("update may 2025"), update_role("november 2025 update")
(True, True)
>>> update_role("update (q2 2025-26)"), update_role("update"), update_role("agreed action")
(True, False, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.blocks import _Block
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.interpret.recommendations.lines import _Item
    from wlga_analysis.read.model import Cell, Heading, Table

__all__ = ["chapter_heading", "chapter_row", "number_tracker_row", "read_update_cells",
           "tracker_header", "update_columns_of", "update_role"]

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
#: The time an update column's header names: a month and year, a date, a quarter, a year or
#: a financial year, after "as at", "at", "to" or "of", in brackets or after a dash.
_WHEN = LazyPattern(
    r"[(\[\-\u2013:,]?\s*(?:(?:as\s)?at\s|to\s|of\s|for\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s)?"
    rf"(?:(?:{_MONTHS})\.?\s(?:19|20)\d\d|q[1-4]\s(?:19|20)\d\d(?:[-/]\d\d)?|"
    r"(?:19|20)\d\d(?:[-/]\d\d)?(?:\sq[1-4])?|\d{1,2}/\d{1,2}/(?:19|20)?\d\d)\s*[)\]]?")
#: The least a chapter row's name has: a letter; the most: this many characters.
_CHAPTER_MAX = 120
#: The longest header cell of an update column.
_HEADER_MAX = 60


def _update_words() -> frozenset[str]:
    from wlga_analysis.reference import load_recommendation_words

    return load_recommendation_words()["update_column"]


def update_role(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether a (folded) header cell heads an update column: an update word and a time.
    ``words``: the update words (``data/raw/recommendation_words.csv``), when read already.

    Examples
    --------
    >>> update_role("progress update as at 31 march 2025"), update_role("position at 2024")
    (True, True)
    """
    if words is not None and not (text.startswith(ends := tuple(words))
                                  or text.endswith(ends)):
        return False  # (no update word at either end: one look, before the figures)
    if not any(ch.isdigit() for ch in text):
        return False
    words = words if words is not None else _update_words()
    for word in words:
        if text.startswith(word) and _WHEN.fullmatch(text[len(word):].strip()):
            return True
        if text.endswith(word) and _WHEN.fullmatch(text[:-len(word)].strip()):
            return True
    return False


def update_columns_of(headers: list[str], roles: dict[str, int], others: list[int]
                      ) -> tuple[tuple[int, ...], list[int]]:
    """The update columns of a table's header (its roles found: ``roles`` holds the first
    update column's, ``others`` the columns no role took, the later update columns among
    them), and the other columns without them.

    Examples
    --------
    >>> update_columns_of(["No.", "Update May 2025", "Update June 2025", "Lead officer"],
    ...                   {"number": 0, "updates": 1}, [2, 3])
    ((1, 2), [3])
    """
    from wlga_analysis.interpret.recommendations.columns import column_role

    if "updates" not in roles:
        return (), others
    updates = tuple(i for i, h in enumerate(headers) if column_role(h) == "updates")
    return updates, [i for i in others if i not in updates]


def tracker_header(table: Table) -> Table:
    """A table whose header row the text reader took for a row (a header cell "Update May
    2025" prints figures, and a chapter row right under it cut the table there): the table
    with that row as its header, when a cell of it heads an update column and its cells
    map to a recommendations table; else the table unchanged."""
    from dataclasses import replace

    from wlga_analysis.interpret.recommendations.columns import map_columns

    if table.header or not table.rows:
        return table
    first = [clean_text(cell.text) for cell in table.rows[0]]
    if not any(len(text) <= _HEADER_MAX and update_role(" ".join(text.casefold().split()))
               for text in first):
        return table
    columns = map_columns(first)
    if columns is None or not columns.updates:
        return table
    return replace(table, header=table.rows[0], rows=table.rows[1:])


def _chapter_name(parser: ModelParser, text: str) -> bool:
    """Whether a text alone in a row (or a heading among the rows) names a chapter: short,
    a letter in it, not a sentence, no item number."""
    return 0 < len(text) <= _CHAPTER_MAX and any(ch.isalpha() for ch in text) \
        and text[-1] not in ".;:" and parser.number_of(text) is None


def chapter_row(parser: ModelParser, row: tuple[Cell, ...], filled: list[int]) -> bool:
    """Whether a row of a tracker (a table with update columns) is a chapter row: its only
    text (``filled``: the indexes of the cells with text) a short name in its first cell.
    A bold line or heading above the document's title is then no theme of the chapter's
    area (the row itself is read as an area row, named by its text)."""
    from wlga_analysis.interpret.recommendations.register_chapters import register_chapters

    columns = parser.columns
    if columns is None or filled != [0] or not row[0].blocks \
            or not (columns.updates or register_chapters(columns)):
        return False
    if not _chapter_name(parser, clean_text(row[0].text)):
        return False
    _no_theme_above_title(parser)
    return True


def chapter_heading(parser: ModelParser, block: Heading, ln: int) -> bool:
    """Read a low heading (level 4 and below, what the text reader makes of a bold row
    across a table) between the rows of a tracker as the area of the rows below it."""
    from wlga_analysis.interpret.recommendations.register_chapters import register_chapters

    columns = parser.columns
    if block.level < 4 or columns is None \
            or not (columns.updates or register_chapters(columns)):
        return False
    text = clean_text(block.text.text)
    if not _chapter_name(parser, text):
        return False
    _open_chapter(parser, text, ln)
    return True


def _no_theme_above_title(parser: ModelParser) -> None:
    """A bold line or heading printed above the document's title ("Appendix A", the
    committee's name) is no theme of a chapter (noted as a heading at the end)."""
    titles = [line for kind, _, line in parser.notes if kind == "title"]
    if parser.theme is not None and parser.theme_lines and titles \
            and parser.theme_lines[-1][1] < titles[0]:
        parser.theme = parser.theme_no = None


def _open_chapter(parser: ModelParser, name: str, ln: int) -> None:
    """Open the chapter's area (see :func:`_no_theme_above_title`)."""
    _no_theme_above_title(parser)
    parser.named_area(name, ln)


def number_tracker_row(parser: ModelParser, columns: Columns, blocks: list[_Block],
                       ln: int) -> list[_Block]:
    """The blocks of a tracker row's recommendation cell, the first numbered as the next
    recommendation when neither a number column nor the cell prints a number (reported);
    unchanged otherwise (and for any table with no update column)."""
    if not columns.updates or columns.number is not None or not blocks:
        return blocks
    from wlga_analysis.interpret.recommendations.response_rows import numbered_in_reading_order

    return numbered_in_reading_order(parser, blocks, ln, "tracker")


def read_update_cells(parser: ModelParser, columns: Columns, row: tuple[Cell, ...],
                      started: list[_Item], ln: int) -> None:
    """Read the update cells of a tracker's row, each an activity of the current area (in
    the order of the columns); a placeholder cell ("Not yet due") is reported, not read.
    With no owner column, the row's recommendations get the owners of their wording."""
    if not columns.updates or parser.current is None:  # (every row of every table)
        return
    from wlga_analysis.interpret.recommendations.labelled_bullets import (
        read_unnumbered_activity,
    )
    from wlga_analysis.interpret.recommendations.lines import _ACT, _is_placeholder

    for index in columns.updates:
        if index >= len(row) or not row[index].blocks:
            continue
        text = clean_text(row[index].text)
        if not text:
            continue
        if _is_placeholder(text, parser.words["placeholder"]):
            parser.issue(_ACT, "placeholder", "", ln,
                         f"Area {parser.current.area_id}'s update cell reads {text!r}: no "
                         "activity (kept in this message only)")
            continue
        html = " ".join(parser.cell_block(b).raw for b in row[index].blocks)
        read_unnumbered_activity(parser, _ACT, html, ln, printed="an update column's cell")
    if columns.owners is None and not columns.ticks:
        _wording_owners(parser, started)


def _wording_owners(parser: ModelParser, started: list[_Item]) -> None:
    from wlga_analysis.interpret.recommendations.said_did import wording_owners
    from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners

    for item in started:
        if item.owners or not item.pieces:
            continue
        text = clean_text(item.pieces[0])
        for name in wording_owners(text, parser.known) \
                or that_subject_owners(text, parser.known) or ():
            item.owners.append(name)
            if name not in parser.known:
                item.unknown.append(name)
