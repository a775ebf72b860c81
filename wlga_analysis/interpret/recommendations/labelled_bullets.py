"""Activities printed as unnumbered bullets under a label of their own, with a status line.

Some pages print an area's work done as a bold label ("**What has been done**",
"**Progress so far**") over bullets with no number, under the area's heading or after the
area's table, and end each bullet with its status ("... has been designed. Status:
Complete"). Each bullet is an activity of the area it is printed in: numbered after the last
activity read (in reading order across the document, as :mod:`.bullets` numbers the bullets
of an Activity cell), the status as printed after the label
(:data:`wlga_analysis.text.labels.STATUS_TRAILER`) taken out of its text. The numbering is
reported, so an analyst knows the numbers are the loader's, not the publisher's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.interpret.recommendations.blocks import _Block
from wlga_analysis.text.labels import status_trailer

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Parser

__all__ = ["read_unnumbered_activity"]

def read_unnumbered_activity(parser: _Parser, column: str, text: str, ln: int,
                             printed: str = "a bullet with no number under a label") -> None:
    """Read an unnumbered bullet under an activity label as the next activity of the current
    area: its status from a "Status: ..." trailer, and the numbering reported.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("d.md"), "recommendations", ("# T",), "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.area_block(_Block("Area 1: Buses", False), 3, True)
    >>> read_unnumbered_activity(parser, "activities", "A plan was made. Status: Complete", 5)
    >>> item = parser.items["activities"][0]
    >>> item.number, item.pieces, item.status
    (1, ['A plan was made.'], 'Complete')
    """
    body, status = status_trailer(text)
    number = parser.next_no(column)
    parser.item_block(column, _Block(f"{number}. {body}", False), ln, False)
    item = parser.last_item[column]
    if item is None or item.number != number:
        return
    if status is not None and item.status is None:
        item.status = status
    if parser.current is not None:
        parser.issue(column, "unnumbered items numbered", str(number), ln,
                     f"Area {parser.current.area_id}'s activity is printed as {printed}; "
                     f"numbered {number} in reading order across the document")
