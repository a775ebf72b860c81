"""Programme interpreter: a "Key figures" strip printed as a table of figures over labels.

A designed report prints its key figures as a strip: each figure over its label, side by
side ("22 | 340 | £1.2m | 46" over "councils supported | members trained | Welsh Government
Democracy Support Grant 2025-26 | candidates mentored"). A Word file prints the strip as a
two-row table, Markdown as a grid table whose header row holds the figures. Read row by row
the figures and their labels fall apart, so a £ figure loses the grant its label names.

A careful reader reads each column as one phrase, the figure then its label ("£1.2m Welsh
Government Democracy Support Grant 2025-26"), as a web page's list of figures or a PDF's
band prints them, the phrases one paragraph (the strip's rows share their lines) kept as
text: the grant rules read a £ figure with the name beside it. A table is such a strip
when it has two rows of 2-6 cells, every cell of the first a figure alone and every cell
of the second a label with letters and no figure of its own (labels over figures are a
table of results, "Strongly agree | Agree" over "52% | 35%", read as a table).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
>>> strip = Table(row("22", "£1.2m"), (row("councils", "Democracy Support Grant 2025-26"),))
>>> [b.text.text for b in with_figure_strips([strip])]
['22 councils; £1.2m Democracy Support Grant 2025-26']
>>> plain = Table(row("Ref", "Action"), (row("1", "A plan"),))
>>> votes = Table(row("Agree", "Disagree"), (row("52%", "48%"),))
>>> with_figure_strips([plain])[0] is plain, with_figure_strips([votes])[0] is votes
(True, True)
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Inline, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["with_figure_strips"]

#: A figure alone in a cell: a count, a percentage or a £ amount ("£1.2m", "£85,000").
_FIGURE = LazyPattern(r"[£$€]?\d[\d,]*+(?:\.\d++)?\s?(?:%|k|m|bn|million|billion)?\+?")
#: The most columns of a strip.
MOST_COLUMNS = 6


def _is_figure(text: str) -> bool:
    return len(text) <= 16 and _FIGURE.fullmatch(text.replace("*", "").strip()) is not None


def _is_label(text: str) -> bool:
    return any(c.isalpha() for c in text) and not any(c.isdigit() for c in text[:1])


def _strip_columns(table: Table) -> list[tuple[Any, Any]] | None:
    """The (figure cell, label cell) pairs of a figures strip, in column order; None for
    any other table."""
    rows = [r for r in (table.header, *table.rows) if r]
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or not 2 <= len(rows[0]) <= MOST_COLUMNS:
        return None
    figures, labels = rows  # (figures over labels: a header of labels over a row of
    # figures, "Strongly agree | Agree" over "52% | 35%", is a table of its own)
    if all(_is_figure(c.text) for c in figures) and all(_is_label(c.text) for c in labels):
        return list(zip(figures, labels, strict=True))
    return None


def with_figure_strips(blocks: list[Any]) -> list[Any]:
    """The blocks with each figures strip (see the module) read as one paragraph of its
    columns, each the figure then its label; ``blocks`` itself when there is none (one look first).

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list
        The blocks, each strip one paragraph of its columns.
    """
    if not any(b.__class__ is Table and len(b.rows) <= 2 for b in blocks):
        return blocks
    out: list[Any] = []
    for block in blocks:
        pairs = _strip_columns(block) if block.__class__ is Table else None
        if pairs is None:
            out.append(block)
            continue
        texts = [" ".join(f"{figure.text.replace('*', '')} {label.text}".split())
                 for figure, label in pairs]  # (one line: the rows share their lines)
        out.append(Paragraph(Inline("; ".join(texts)), None, block.location))
    return out
