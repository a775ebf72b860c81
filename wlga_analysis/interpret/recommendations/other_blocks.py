"""The blocks a layout's reader reads as no item: a table's rows and other blocks' text.

A reader of one layout family (IRP determinations, improvement plans, strengths and
improvement tables, key asks) reads its items from some blocks and keeps every other block
in the notes, so that nothing is lost. Each opens its handler of those blocks the same
way, with :func:`other_block_text`: a table no reader reads goes to the notes a row at a
time (:func:`table_notes`, its cells joined by dashes), any other block gives its text
cleaned, and a block with no text is skipped. What the reader then does with the text (a
title, a chapter, a note) is its own.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.lines import _Parser
>>> from wlga_analysis.read.text import read_text_lines
>>> parser = _Parser(Document(Path("t.md"), "recommendations", ("x",), "0" * 64), frozenset())
>>> blocks = read_text_lines(["# Annex", "", "| Year | Cost |", "|---|---|",
...                           "| 2027 | £5m |"]).blocks
>>> [other_block_text(parser, block) for block in blocks]
['Annex', None]
>>> [text for _, text, _ in parser.notes]
['Year \u2013 Cost', '2027 \u2013 £5m']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, Table

__all__ = ["ThemelessAreas", "other_block_text", "table_notes"]


def table_notes(parser: Any, table: Table) -> None:
    """Keep each row of a table no reader reads in ``parser``'s notes, its cells joined by
    dashes.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> from wlga_analysis.read.text import read_text_lines
    >>> table = read_text_lines(["| Year | Cost |", "|---|---|", "| 2027 | £5m |"]).blocks[0]
    >>> parser = _Parser(Document(Path("t.md"), "recommendations", ("x",), "0" * 64),
    ...                  frozenset())
    >>> table_notes(parser, table)
    >>> [text for _, text, _ in parser.notes]
    ['Year \u2013 Cost', '2027 \u2013 £5m']
    """
    ln = table.location.line or 0
    for row in (table.header, *table.rows) if table.header else table.rows:
        text = " \u2013 ".join(t for t in (clean_text(c.text) for c in row) if t)
        if text:
            parser.notes.append(("paragraph", text, row[0].location.line or ln))


def other_block_text(parser: Any, block: Block) -> str | None:
    """The text of a block that is no item, cleaned, for the reader to place (a title, a
    heading, a note); None when nothing is left to place: a table (its rows are kept in
    ``parser``'s notes by :func:`table_notes`) or a block with no text.

    Parameters
    ----------
    parser : _Parser
        The reader, whose notes a table's rows are added to.
    block : Block
        A block of the document model.

    Returns
    -------
    str or None
        The block's text, stripped; None for a table or an empty block.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Location, Paragraph
    >>> other_block_text(None, Paragraph(Inline("  Next steps "), None, Location(line=3)))
    'Next steps'
    >>> other_block_text(None, Paragraph(Inline("   "), None, Location(line=4))) is None
    True
    """
    if isinstance(block, Table):
        table_notes(parser, block)
        return None
    text = clean_text(block.text.text).strip() if hasattr(block, "text") else ""
    return text or None


class ThemelessAreas:
    """A layout reader's mixin (listed before its parser class): its areas ask for no theme
    (its headings or chapters are the areas), so each is opened with an empty theme and no
    "no theme" report.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> class Reader(ThemelessAreas, _Parser):
    ...     pass
    >>> reader = Reader(Document(Path("t.md"), "recommendations", ("x",), "0" * 64), frozenset())
    >>> reader.start_area(1, "Housing", 3)
    >>> reader.areas[1].theme, [i.check for i in reader.issues]
    ('', [])
    """

    def start_area(self, area_id: int, title: str, ln: int) -> None:
        """Open an area with an empty theme (no theme is asked for)."""
        self.theme = ""
        super().start_area(area_id, title, ln)  # type: ignore[misc]
