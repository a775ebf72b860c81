"""Programme interpreter: labelled priority headings over tables in a paper that numbers
its framing paragraphs.

A RAG progress report may number only the paragraphs that frame it ("1. This report sets
out progress ...", "2. Each action is rated ...") and head each priority by a label with no
paragraph number, "Priority 1: Carbon reporting", over a table of its actions (``No. |
Action | Lead | Target date | RAG | Commentary``). Each such heading is read as the
numbered section heading it stands for ("1. Carbon reporting"), so that its table's rows
are that section's items and its name one of the paper's priorities
(:class:`~.section_priorities.PriorityHeading`); the label words are data (list ``section
label`` of ``data/raw/programme_words.csv``, read by :func:`.sections.section_label`).

The first heading-shaped line after the last table ("Resources") that is not itself over a
numbered paragraph ends the last section (read as the next numbered section heading), so
that the paragraphs under it are not read as more of the last priority.

The rule accepts a paper only when it numbers paragraphs of prose before the first label
(none a numbered heading or sub-paragraph: a report whose own numbered sections go on, its
labelled tables in an appendix, is read by its numbering), has a table, and has at least
two labelled headings numbered 1, 2, ... in order, each followed by a table whose header
names known columns before any other text: a paper that merely mentions "Priority 1" is
left as it is (one look at the block classes first).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Heading, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
>>> head = row("No.", "Action", "Lead", "Target date")
>>> blocks = [Paragraph(Inline("This report sets out progress."), "1"),
...           Heading(Inline("Priority 1: Housing"), 3),
...           Table(head, (row("1.1", "A plan", "WLGA", "May 2026"),)),
...           Heading(Inline("Priority 2: Data"), 3),
...           Table(head, (row("2.1", "A hub", "WLGA", "June 2026"),))]
>>> [(type(b).__name__, b.number, b.text.text)
...  for b in labelled_table_sections(blocks) if not isinstance(b, Table)][1:]
[('PriorityHeading', '1', 'Housing'), ('PriorityHeading', '2', 'Data')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.labelled_priorities import _labelled
from wlga_analysis.interpret.programme.section_priorities import priority_heading
from wlga_analysis.interpret.programme.sections import _heading_shaped
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table

__all__ = ["labelled_table_sections"]

#: The longest header cell of a table of actions.
_LABEL_MAX = 40


def _over_a_table(blocks: list[Any], i: int) -> bool:
    """Whether the block after ``i`` is a table whose header (or first row) names two
    known columns or more (of ``programme_columns.csv``; "No." may end in a full stop)."""
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    if i + 1 >= len(blocks) or blocks[i + 1].__class__ is not Table:
        return False
    table = blocks[i + 1]
    head = table.header or (table.rows[0] if table.rows else ())
    texts = [" ".join(c.text.lower().split()).strip(" :.") for c in head]
    if len(texts) < 2 or any(len(t) > _LABEL_MAX for t in texts):
        return False
    known = programme_columns()
    return len({header_role(t, known) for t in texts} - {"other"}) >= 2


def _frames_before(blocks: list[Any], first: int) -> bool:
    """Whether numbered paragraphs stand before the first labelled heading, each of them
    prose ("1. This report sets out ...": a sentence, numbered by one whole number), none
    a numbered section heading ("4. Summary of Progress") or sub-paragraph ("4.1 ..."):
    a paper whose own numbered sections go on is read by its numbering."""
    numbered = [b for b in blocks[:first]
                if b.__class__ is not ListItem and getattr(b, "number", None) is not None]
    return bool(numbered) and all(
        b.text.text.rstrip()[-1:] in ".:;" and str(b.number).strip(".").isdigit()
        for b in numbered)


def _closing_heading(blocks: list[Any], last: int) -> int | None:
    """The index of the first heading-shaped line after the last section's table that is
    not over a numbered paragraph (the paper's own numbering then ends the section)."""
    for k in range(last + 2, len(blocks)):
        block = blocks[k]
        if block.__class__ is Table or block.__class__ is ListItem:
            continue
        if isinstance(block, Heading) or (block.__class__ is Paragraph and block.number is None
                                          and _heading_shaped(block)
                                          and not block.text.text.endswith(":")):
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            numbered = isinstance(nxt, Paragraph) and nxt.number is not None
            return None if numbered else k
    return None


def labelled_table_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each labelled priority heading over a table read as a numbered
    section heading, when the paper numbers a framing paragraph before them; else None
    (the paper is left to the other rules).

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, Paragraph
    >>> labelled_table_sections([Paragraph(Inline("Purpose."), "1"),
    ...                          Heading(Inline("Priority 1: Housing"), 3)]) is None
    True
    """
    if Table not in set(map(type, blocks)):  # (the one cheap look: no table, no such paper)
        return None
    found = _labelled(blocks)
    if len(found) < 2 or [int(n) for _, n, _ in found] != list(range(1, len(found) + 1)):
        return None
    if not _frames_before(blocks, found[0][0]) \
            or not all(_over_a_table(blocks, i) for i, _, _ in found):
        return None
    out = list(blocks)
    for i, number, start in found:
        block = blocks[i]
        out[i] = priority_heading(block, block.text.slice(start, len(block.text.text)),
                                  number)
    close = _closing_heading(blocks, found[-1][0])
    if close is not None:
        block = blocks[close]
        out[close] = Paragraph(block.text, str(len(found) + 1), block.location)
    return out
