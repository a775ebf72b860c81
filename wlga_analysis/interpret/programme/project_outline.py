"""Programme interpreter: a plan kept in Microsoft Project, its hierarchy its outline levels.

A programme kept in Project reaches its readers as ONE task table, a row per task, in any
of the tool's forms: the tab-delimited "Save As Text" export prints each task's level in an
**"Outline Level"** column (0 the project summary task, 1 a summary task, 2 a task, 3 a
sub-task) and its place in an "Outline Number" ("1.3.2"); a print, a SharePoint task list or
a Word table pasted from the plan prints the level only as the Task Name's indent (read by
:mod:`wlga_analysis.read.cell_indents`). Read so (:mod:`.indent_tracker` reads the table):

- an "Outline Level" column of whole numbers indents each task cell by its level, as a
  print does (:func:`outline_levelled`), so every form reads alike;
- the **project summary task**, the first row alone at the least level with two levels or
  more below it, is the paper's **title** (it names the plan), not an item nor a priority;
- the next level's rows (the summary tasks) are the **priorities**, the level below them
  the **items** (tasks and "0 days" milestones alike), and any deeper row (a sub-task) a
  **step** of the item above it: no item, its fields kept in that item's "As printed" cell
  (:func:`plan_levels`).

Examples
--------
>>> plan_levels([0, 1, 2, 3, 2, 1, 2])
(0, 1)
>>> plan_levels([0, 1, 1, 0, 1])
(None, 0)
>>> plan_levels([0, 1, 0, 1])  # (two parents flush left: no summary task)
(None, 0)
"""

from __future__ import annotations

from wlga_analysis.read.model import Cell, Paragraph, Table

__all__ = ["outline_levelled", "plan_levels"]

#: The header of a Project export's column of outline levels (whole header, folded).
OUTLINE_LEVEL_HEADER = "outline level"


def plan_levels(levels: list[int]) -> tuple[int | None, int]:
    """The row of a plan's project summary task (None when it prints none) and the level of
    its priorities (the items are one level below, deeper rows their steps).

    Parameters
    ----------
    levels : list of int
        Each row's level (its task's indent), in reading order.

    Returns
    -------
    tuple
        The summary row's index (or None) and the priorities' level.

    Examples
    --------
    >>> plan_levels([0, 1, 2])
    (0, 1)
    """
    if not levels:
        return None, 0
    low = min(levels)
    rest = levels[1:]
    if levels[0] == low and rest and min(rest) > low and len(set(rest)) >= 2:
        return 0, min(rest)
    return None, low


def _level_of(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and len(text) <= 2 else None


def outline_levelled(table: Table) -> Table | None:
    """The table with each task cell's first paragraph indented by its row's "Outline
    Level" (a Project text export); None when the table has no such column (one cheap look:
    its header), no task column, or a level that is no whole number.

    Parameters
    ----------
    table : Table
        A table whose cells nothing indents.

    Returns
    -------
    Table or None
        The table, its task cells indented.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> def row(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> t = Table(row("Outline Level", "Task Name"), (row("1", "Roads"), row("2", "Mend")))
    >>> [r[1].blocks[0].indent for r in outline_levelled(t).rows]
    [1, 2]
    """
    header = [c.text.strip().lower() for c in table.header]
    if OUTLINE_LEVEL_HEADER not in header:
        return None
    from wlga_analysis.interpret.programme.common import _column_roles

    level_at = header.index(OUTLINE_LEVEL_HEADER)
    names = _column_roles(table.header_text).get("text") or []
    task = table.header_text.index(names[0]) if names else None
    if task is None or task == level_at:
        return None
    rows: list[tuple[Cell, ...]] = []
    for cells in table.rows:
        level = _level_of(cells[level_at].text) if level_at < len(cells) else None
        if level is None or task >= len(cells):
            return None
        cell = cells[task]
        first = cell.blocks[0] if cell.blocks else None
        if level and first.__class__ is Paragraph:
            para = Paragraph(first.text, first.number, first.location, indent=level)
            cells = (*cells[:task], Cell((para, *cell.blocks[1:]), cell.location),
                     *cells[task + 1:])
        rows.append(cells)
    return Table(table.header, tuple(rows), table.location)
