"""Nothing lost: a document read with areas but no recommendation is reported.

A layout the interpreters do not know may still give areas (numbered headings, "Area N"
lines) while its recommendations, printed in a form no rule reads, go to the notes. The
loaders then return the areas and empty recommendation and activity tables; the report
says so, so that empty tables are never silent.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.lines import _Parser
>>> doc = Document(Path("d.md"), "recommendations", ("# T",), "0" * 64)
>>> parser = _Parser(doc, frozenset())
>>> parser.start_area(1, "Buses", 3)
>>> report_nothing_read(parser)
>>> [(i.check, i.table) for i in parser.issues if i.check == "no recommendations"]
[('no recommendations', 'recommendations')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Parser

__all__ = ["report_nothing_read"]


def report_nothing_read(parser: _Parser) -> None:
    """Report a parse that read areas but no recommendation (its text is in the notes)."""
    if parser.items["recommendations"] or not parser.areas:
        return
    first = min(area.line for area in parser.areas.values())
    parser.issue("recommendations", "no recommendations", "", first,
                 f"{len(parser.areas)} area(s) were read but no recommendation: the document "
                 "prints its recommendations in a layout the loader does not read; its text "
                 "is kept in the notes (load_recommendations_notes)")
