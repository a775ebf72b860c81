"""Programme interpreter: a workstream table whose cells hold one bullet per deliverable.

A quarterly delivery report may print its whole programme as ONE table, a row per
workstream (or part of one), whose "Key deliverables" cell holds a bullet per deliverable
and whose "Progress this quarter" cell beside it a bullet per deliverable in the same
order; a workstream spanning two rows (with different RAG ratings) has its name and its
funding merged down (a web page's ``rowspan``, Word's vertical merge, a PDF's span, blank
cells in a Markdown export)::

    Workstream          | Key deliverables        | Progress this quarter | RAG   | Funding
    Net zero buildings  | - Heat plans (by March) | - Plans for 14 ...    | Green | £250,000
                        | - Solar PV (by Dec)     | - Tender agreed.      |       |
                        | - Dashboard (by Sept)   | - Dashboard built ... | Amber |
    Fleet and transport | - Vehicle review (June) | - Review published.   | Blue  | £200,000

Each workstream is a numbered section (its printed number, else its place) and each
deliverable bullet an item: its text the bullet as printed, its progress the bullet
beside it (kept in the item's row), its status the row's RAG (the rating, not the progress
wording). :func:`paired_bullet_sections` reads the table so: a numbered paragraph per
workstream over a table of one row per bullet; a cell merged down over a workstream's rows
(its funding) stays in its first row only.

A table is read so when its first column groups its rows (a name in its first row,
blank or the same name below), it has two other columns whose cells hold, row by row, the
same number of blocks (the readers keep a cell's list items apart: a Markdown export's
``"- "`` lines, a web page's ``<li>``, Word's "List Bullet" paragraphs, a PDF's hanging
bullets), and some row holds two or more in both.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, ListItem, Table
>>> def cell(*texts):
...     return Cell(tuple(ListItem(Inline(t)) for t in texts))
>>> table = Table((cell("Workstream"), cell("Deliverables"), cell("Progress"), cell("RAG")),
...               ((cell("Fleet"), cell("A (by May 2025)", "B (by June 2025)"),
...                 cell("Done.", "Begun."), cell("Green")),
...                (cell(""), cell("C (by July 2025)"), cell("Late."), cell("Red"))))
>>> blocks = paired_bullet_sections([table])
>>> [type(b).__name__ for b in blocks]
['Paragraph', 'Table']
>>> blocks[0].number, blocks[0].text.text
('1', 'Fleet')
>>> [[c.text for c in row] for row in blocks[1].rows]
[['A (by May 2025)', 'Done.', 'Green'], ['B (by June 2025)', 'Begun.', 'Green'], \
['C (by July 2025)', 'Late.', 'Red']]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.heading_priorities import lists_no_priorities
from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["paired_bullet_sections", "paired_columns", "with_group_priorities"]

#: A bullet printed in a cell's text ("- ", "• "; a Markdown export keeps its markers).
_MARKER = compile_regex(r"[-*\u2022\u25aa\u25cf\uf0b7\u2013]\s+")
#: A group's printed number ("1. Net zero buildings").
_NUMBER = compile_regex(r"(?P<n>\d{1,2})[.)]\s++")


def _header_and_body(table: Table) -> tuple[tuple[Cell, ...], tuple[tuple[Cell, ...], ...]]:
    """The header row and the body rows (the first row is the header when the reader found
    none)."""
    if any(c.text for c in table.header) or not table.rows:
        return table.header, table.rows
    return table.rows[0], table.rows[1:]


def _count(row: tuple[Cell, ...], k: int) -> int:
    return len(row[k].blocks) if k < len(row) and row[k].text else 0


def paired_columns(body: tuple[tuple[Cell, ...], ...] | list[tuple[Cell, ...]],
                   width: int) -> tuple[int, int] | None:
    """The first two columns (after the first) whose cells hold, in every row, the same
    number of blocks, two or more in some row; None when there are none.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> def cell(n):
    ...     return Cell(tuple(Paragraph(Inline(f"p{i}")) for i in range(n)))
    >>> paired_columns([(cell(1), cell(2), cell(1), cell(2))], 4)
    (1, 3)
    >>> paired_columns([(cell(1), cell(1), cell(1), cell(1))], 4) is None
    True
    """
    for i in range(1, width - 1):
        counts = [_count(r, i) for r in body]
        if max(counts, default=0) < 2:
            continue
        for j in range(i + 1, width):
            if all(_count(r, j) == n for r, n in zip(body, counts, strict=True)):
                return i, j
    return None


def paired_bullet_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper whose progress is ONE table of bulleted deliverable and
    progress cells grouped by a merged first column (see the module): each group a
    numbered paragraph over a table of one row per bullet; None for any other paper (one
    look at each table's shape first).

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks with the table split.
    """
    for i, block in enumerate(blocks):
        if block.__class__ is not Table or len(block.rows) < 2:
            continue
        header, body = _header_and_body(block)
        width = len(header)
        if width < 3 or any(len(r) != width for r in body):
            continue
        pair = paired_columns(body, width)
        if pair is None:
            continue
        from wlga_analysis.interpret.programme.spanning_groups import first_column_groups

        starts = first_column_groups(body)  # (imported only for a table of paired cells)
        if starts is None:
            continue
        return [*blocks[:i], *_split(header, body, starts, pair), *blocks[i + 1:]]
    return None


def _plain(block: Any) -> Paragraph:
    """A cell's block as a paragraph, its printed bullet marker left out."""
    text = block.text
    m = _MARKER.match(text.text)
    if m is not None:
        text = text.slice(m.end(), len(text.text))
    return Paragraph(text, None, block.location)


def _shared(body: tuple[tuple[Cell, ...], ...], starts: list[int], width: int) -> set[int]:
    """The columns (after the first, not paired) merged down with it: named in the first
    row of every group, blank in every row below."""
    opens = set(starts)
    return {k for k in range(1, width)
            if all(bool(r[k].text) == (j in opens) for j, r in enumerate(body))}


def _split(header: tuple[Cell, ...], body: tuple[tuple[Cell, ...], ...], starts: list[int],
           pair: tuple[int, int]) -> list[Any]:
    """A numbered paragraph and a table of one row per bullet per group of ``body``."""
    width = len(header)
    shared = _shared(body, starts, width) - set(pair)
    keep = list(range(1, width))
    out: list[Any] = []
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(body)],
                                              strict=True), 1):
        rows = list(body[start:end])
        name = rows[0][0].text.strip()
        label = _NUMBER.match(name)
        loc = rows[0][0].location
        out.append(Paragraph(Inline(name[label.end():] if label else name),
                             label.group("n") if label else str(number), loc))
        cells = tuple(Cell(header[k].blocks, loc) for k in keep)
        out.append(Table(cells, tuple(r for row in rows
                                      for r in _bullet_rows(row, keep, pair, shared)), loc))
    return out


def _bullet_rows(row: tuple[Cell, ...], keep: list[int], pair: tuple[int, int],
                 shared: set[int]) -> list[tuple[Cell, ...]]:
    """One row per bullet of the paired cells: the bullets side by side, the row's other
    cells (its RAG) in each, a cell merged down over the group (its funding) in the first
    only (printed once, read once)."""
    n = len(row[pair[0]].blocks) if row[pair[0]].text else 0
    if n < 2:
        return [tuple(Cell(tuple(_plain(b) for b in row[k].blocks), row[k].location)
                      if k in pair else row[k] for k in keep)]
    blank = {k: Cell((), row[k].location) for k in shared}
    return [tuple(Cell((_plain(row[k].blocks[m]),), row[k].location) if k in pair
                  else blank[k] if m and k in shared else row[k] for k in keep)
            for m in range(n)]


def with_group_priorities(parsed: Any) -> Any:
    """The parse of a paper whose sections are the groups of a table's first column (each
    numbered section printed in the first row of its group: the line of a table row of its
    own section) and that lists no priorities, with those groups as its priorities, each
    item given its section's; ``parsed`` itself for any other paper.

    The groups of such a table (the workstreams of a delivery table, the issues of an
    action plan) are what the programme is built around, as the workstreams of a
    percentage-complete report (:func:`.percent_complete.with_workstream_priorities`).

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with new priorities and programme tables.

    Examples
    --------
    >>> with_group_priorities(None) is None
    True
    """
    if not lists_no_priorities(parsed):
        return parsed
    paras = parsed.paragraphs
    kinds = paras["kind"]
    row_lines = set(zip(paras["paragraph"][kinds == "table row"],
                        paras["source_line"][kinds == "table row"], strict=True))
    from wlga_analysis.interpret.programme.heading_priorities import (
        item_sections,
        with_section_priorities,
    )

    rows = item_sections(parsed)
    if len(rows) < 2 or not all((p, n) in row_lines for p, _, n in rows):
        return parsed

    return with_section_priorities(parsed, rows)
