"""Programme interpreter: a cover table before a paper's first numbered paragraph.

A council's Word template prints a report's cover details ("Report of:", "Matter for:",
"Date of meeting:") as a table of label and value cells, where a text export prints them
as lines ("**Date of meeting:** 11/02/2026"). A careful reader takes the date and the
title from either alike, so :func:`cover_blocks` gives each label and its value as the
line a text export prints, for the front matter's date and title rules; any other table
before the first numbered paragraph is left out of the front matter, as before.

A table is a cover table when each of its rows holds pairs of cells, a short label and
its value ("Date of meeting: | 11/02/2026", or two pairs in a row of four cells); an empty
row is no row. A label is a few words that end with a colon, or, in a table of two rows or
more whose labels have no colon ("Report to | Board, 16 October 2025"), a few words with
no figure and no sentence's punctuation, starting with a capital; the line of such a pair
reads "label: value", as a text export prints it.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table
>>> def cell(text, line):
...     return Cell((Paragraph(Inline(text), location=Location(line)),), Location(line))
>>> cover = Table((cell("Report of:", 3), cell("Head of Digital", 4)),
...               ((cell("Date of meeting:", 5), cell("11/02/2026", 6)),), Location(3))
>>> [(b.location.line, b.text.text) for b in cover_blocks([cover])]
[(4, 'Report of: Head of Digital'), (6, 'Date of meeting: 11/02/2026')]
>>> plain = Table((cell("Report to", 1), cell("Board, 16 October 2025", 2)),
...               ((cell("Overall RAG", 3), cell("Amber", 4)),))
>>> [b.text.text for b in cover_blocks([plain])]
['Report to: Board, 16 October 2025', 'Overall RAG: Amber']
>>> grid = Table((cell("Ref", 1), cell("Action", 2)), ((cell("1.1", 3), cell("Launch", 4)),))
>>> cover_blocks([grid])
[]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Cell, Inline, Paragraph, Table

#: The most words a cover table's label has ("Portfolio holder responsible:").
_LABEL_WORDS = 6


def cover_blocks(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each cover table replaced by its lines ("label value", one
    :class:`~wlga_analysis.read.model.Paragraph` per pair of cells, at the value's line)
    and any other table left out.

    The table itself stays in the document's blocks: its rows are rows of the paragraphs
    table, as before (the role the front matter gives a line, "date" or "message header",
    is then the role of the table row that prints it: "row"). A line stands at its value's
    cell, where the date is printed.

    Parameters
    ----------
    blocks : list
        The blocks before a paper's first numbered paragraph.

    Returns
    -------
    list
        The blocks the front matter reads.
    """
    from wlga_analysis.interpret.programme.message_header import header_lines

    out: list[Any] = []
    for block in blocks:
        if not isinstance(block, Table):
            out.extend(header_lines(block))  # (an e-mail's header as one paragraph: its lines)
        elif (lines := _cover_lines(block)) is not None:
            out.extend(lines)
    return out


def _cover_lines(table: Table) -> list[Paragraph] | None:
    """The lines of a cover table, or None when ``table`` is no cover table."""
    rows = [cells for row in (table.header, *table.rows) if (cells := [c for c in row if c.text])]
    if not rows or any(len(cells) % 2 for cells in rows):
        return None
    labels = [c.text for cells in rows for c in cells[::2]]
    if not all(_is_label(text) for text in labels) and \
            (len(rows) < 2 or not all(_is_plain_label(text) for text in labels)):
        return None
    return [Paragraph(Inline(f"{label.text} {value.text}" if label.text.endswith(":")
                             else f"{label.text}: {value.text}"),
                      location=_line_of(value, table))
            for cells in rows for label, value in zip(cells[::2], cells[1::2], strict=True)]


def _is_label(text: str) -> bool:
    """Whether a cell's text is a cover table's label: a few words ending with a colon."""
    return text.endswith(":") and len(text.split()) <= _LABEL_WORDS


def _is_plain_label(text: str) -> bool:
    """Whether a cell's text may be a label printed with no colon ("Report to"): a few
    words starting with a capital, with no figure and no sentence's punctuation."""
    return text[:1].isupper() and len(text.split()) <= _LABEL_WORDS and \
        not any(c.isdigit() or c in ".,;:!?()" for c in text)


def _line_of(cell: Cell, table: Table) -> Any:
    """Where a cell stands: its own location, else the table's."""
    return cell.location if cell.location.line is not None else table.location
