"""Programme interpreter: ONE table of actions with a Ref column, grouped by full-width rows.

A council's delivery plan tracker kept in a spreadsheet (saved as tab-delimited text)
prints its actions as rows ``Ref | Action | Lead officer | RAG | Target date | Progress
commentary`` ("A1" .. "A16"), each well-being objective a row of its own across the table
("Well-being Objective 2: Healthy, independent communities", its other cells empty). In a
paper that numbers no paragraph, each such row is the numbered section of the actions
under it: its label's number ("Objective 2" is section 2), else its place; the rows under
it a table with the tracker's header.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
>>> table = Table(row("Ref", "Action", "RAG"), (row("Objective 1: Homes", "", ""),
...     row("A1", "Build 40 homes", "Green"), row("Objective 2: Jobs", "", ""),
...     row("A2", "Open a hub", "Amber")))
>>> [(type(b).__name__, getattr(b, "number", None)) for b in ref_table_sections([table])]
[('Paragraph', '1'), ('Table', None), ('Paragraph', '2'), ('Table', None)]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.printed_refs import is_ref_header
from wlga_analysis.interpret.programme.sections import section_label
from wlga_analysis.read.model import Inline, Paragraph, Table

__all__ = ["ref_table_sections"]


def _group_rows(table: Table) -> list[int]:
    return [k for k, r in enumerate(table.rows) if r and r[0].text
            and not any(c.text for c in r[1:])]


def ref_table_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper (that numbers no paragraph) whose actions are ONE table with
    a Ref column split by full-width group rows: each group read as a numbered section
    heading over a table of its rows; None for any other paper.

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks with the table split.

    Examples
    --------
    >>> ref_table_sections([]) is None
    True
    """
    tables = [i for i, b in enumerate(blocks) if b.__class__ is Table and b.header
              and is_ref_header(b.header_key[0])]  # (one cheap look first)
    if not tables or any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    for i in tables:
        groups = _group_rows(blocks[i])
        if len(groups) >= 2 and groups[0] == 0:
            return [*blocks[:i], *_split(blocks[i], groups), *blocks[i + 1:]]
    return None


def _split(table: Table, groups: list[int]) -> list[Any]:
    rows = table.rows
    out: list[Any] = []
    number = 0
    for start, end in zip(groups, [*groups[1:], len(rows)], strict=True):
        name = rows[start][0].text.strip()
        label = section_label(name)
        number = int(label[0]) if label else number + 1
        loc = rows[start][0].location
        out.append(Paragraph(Inline(name[label[1]:] if label else name), str(number), loc))
        out.append(Table(table.header, tuple(rows[start + 1:end]), loc))
    return out
