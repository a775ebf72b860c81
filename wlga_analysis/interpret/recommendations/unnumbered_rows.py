"""A recommendations table with one recommendation a row and no number anywhere.

A working group's recommendations kept in a spreadsheet and exported (Excel's "Text (Tab
delimited)", "Save as Web Page", the range pasted into Word, the sheet printed) print one
recommendation a row and no number column::

    Theme | Area | Activity underway or achieved | Recommendation            | Owner
    T1    | A1   | - Review completed             | Bring together the ...    | WG / WLGA
    T1    | A1   |                                | Publish one summary ...   | PSB

A careful reader numbers the recommendations 1, 2, 3 ... by their place in the table (as
the publisher would number them), each row's Recommendation cell one recommendation (its
further paragraphs continue it), and the loader reports it (check ``numbered by the
loader``), since the document printed no number. The rule holds when the table has an Area
(or Theme) column and no number column, and the first Recommendation cell read in the
document prints no number; a cell that opens with a small letter continues the row before
(a row broken over a page).

Examples
--------
>>> opens_sentence("Bring together the support"), opens_sentence("and the councils")
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.heading_tables import numbers_area_tables

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.blocks import _Block
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.from_model import ModelParser

__all__ = ["number_sheet_row", "opens_sentence"]


def opens_sentence(text: str) -> bool:
    """Whether a cell's text can open a recommendation: its first letter a capital (or a
    digit), not a small letter that continues the cell before.

    Examples
    --------
    >>> opens_sentence("2027 review of grants"), opens_sentence("")
    (True, False)
    """
    first = next((ch for ch in text if ch.isalnum()), "")
    return bool(first) and not first.islower()


def number_sheet_row(parser: ModelParser, columns: Columns, blocks: list[_Block],
                     ln: int) -> list[_Block]:
    """The blocks of a row's Recommendation cell, the first numbered as the next
    recommendation when the table prints one recommendation a row and no number (see the
    module's notes; reported); unchanged otherwise."""
    if columns.number is not None or columns.answers or columns.updates or not blocks \
            or (columns.area is None and columns.theme is None
                and not numbers_area_tables(parser)):  # (an area's table under its heading)
        return blocks
    text = clean_text(blocks[0].raw)
    if not text:
        return blocks
    from wlga_analysis.interpret.recommendations.lines import _REC

    unnumbered = getattr(parser, "unnumbered_rows", None)
    if unnumbered is None:
        unnumbered = parser.number_of(text) is None and not parser.items[_REC] \
            and opens_sentence(text)
        parser.unnumbered_rows = unnumbered
    if not unnumbered or not opens_sentence(text):
        return blocks
    from wlga_analysis.interpret.recommendations.response_rows import numbered_in_reading_order

    return numbered_in_reading_order(parser, blocks, ln, "table")
