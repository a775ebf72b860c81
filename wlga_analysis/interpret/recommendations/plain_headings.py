"""Recommendations interpreter: the headings of a Word "Save as plain text" export.

Word's plain-text export prints a heading as a plain line: its style is lost, so a
report's "Theme 1: Long-term financial planning" over an addressee (tick) matrix reaches
the model as a paragraph, and the matrix's rows would stand under no heading. In a
document whose model has **no heading at all** (the sign of such an export: a Markdown,
Word, PDF or web-page form keeps its headings), a short, heading-shaped, unnumbered
paragraph directly over a table is read as the level-3 heading it was printed as (the
Markdown form's ``### Theme 1: ...``), and the first line, the title (up to
:data:`MAX_TITLE` characters, no closing full stop), as the level-1 heading it was.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table
>>> table = Table((Cell((Paragraph(Inline("No.")),)),), ())
>>> table = Table(table.header, (), Location(line=3))
>>> blocks = [Paragraph(Inline("Review of planning")), Paragraph(Inline("Theme 1: Money")), table]
>>> [type(b).__name__ for b in plain_text_headings(blocks, ["Review", "Theme 1", "No.\\tText"])]
['Heading', 'Heading', 'Table']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wlga_analysis.read.model import Heading, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["matrices_after_error", "plain_text_headings"]

#: The level a plain line over a table is read at (a Markdown form's "### Theme 1: ...").
LEVEL = 3
#: The longest title line read as the title heading.
MAX_TITLE = 200
#: A table's caption ("Exhibit 8: ...", "Table 2 - ..."): it names the table, no heading.
_CAPTION = LazyPattern(r"(?i)(?:exhibit|table|figure|chart)\s+\d{1,3}[a-z]?\s*[:.\u2013-]")


def _plain_export(blocks: list[Any], lines: Sequence[str]) -> bool:
    """Whether the blocks are a Word plain-text export's: a table printed as TAB rows, and
    no heading printed as a Markdown one ("## ...": the text reader makes headings of
    short lines too, "Recommendations"). Only tables and headings are looked at."""
    def printed(b: Any) -> str:
        n = b.location.line
        return lines[n - 1] if n is not None and 0 < n <= len(lines) else ""

    return any(b.__class__ is Table and "\t" in printed(b) for b in blocks) and not any(
        b.__class__ is Heading and printed(b).lstrip()[:1] in ("#", "") for b in blocks)


def plain_text_headings(blocks: list[Any], lines: Sequence[str]) -> list[Any]:
    """``blocks`` with each short heading-shaped paragraph over a table read as a heading,
    when no block is a heading (a Word plain-text export); else ``blocks`` unchanged.

    Parameters
    ----------
    blocks : list
        The document model's blocks.
    lines : sequence of str
        The document's lines (``lines[0]`` is line 1), as the blocks were read from.

    Returns
    -------
    list
        The same list, or a copy with those paragraphs (and the title line) made
        :class:`Heading` blocks.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Location
    >>> blocks = [Heading(Inline("Title"), 1), Paragraph(Inline("Theme 1: Money"))]
    >>> plain_text_headings(blocks, ["# Title", "Theme 1: Money"]) is blocks
    True
    >>> table = Table((Cell((Paragraph(Inline("Ref")),)),), (), Location(line=3))
    >>> blocks = [Paragraph(Inline("Audit")), Paragraph(Inline("Exhibit 8: responses")), table]
    >>> [type(b).__name__ for b in plain_text_headings(blocks, ["Audit", "Exhibit", "Ref\\tX"])]
    ['Heading', 'Paragraph', 'Table']
    """
    if not _plain_export(blocks, lines):
        return blocks
    out = list(blocks)
    first = out[0]
    if first.__class__ is Paragraph and first.number is None \
            and 0 < len(title := first.text.text.strip()) <= MAX_TITLE \
            and title[-1] not in ".;,:" and title[0].isalnum():
        out[0] = Heading(first.text, 1, None, first.location)
    for k in range(1, len(out) - 1):
        b = out[k]
        if out[k + 1].__class__ is Table and b.__class__ is Paragraph and b.number is None \
                and has_heading_shape(text := b.text.text.strip()) \
                and _CAPTION.match(text) is None:
            out[k] = Heading(b.text, LEVEL, None, b.location)
    return out


def matrices_after_error(doc: Any, known: Any, parser: Any) -> Any | None:
    """The addressee matrices of a document the table reader stopped on (a row before any
    area: a Word plain-text export's matrix under a plain "Theme 1: ..." line, which the
    table reader does not take for an area), read as matrices under the headings
    :func:`plain_text_headings` restores (:func:`.addressee_matrix.matrix_after_table`);
    None when the document prints none (the reader's error stands).

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("t.txt"), "recommendations", ("Title", "1\\tDo it."), "0" * 64)
    >>> matrices_after_error(doc, frozenset(), _Parser(doc, frozenset())) is None
    True
    """
    if parser.header_line is None:
        return None
    from wlga_analysis.interpret.recommendations.addressee_matrix import matrix_after_table

    return matrix_after_table(doc, known, parser)
