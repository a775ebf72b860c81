"""Programme interpreter: the £ figures of a progress table's items are no grants.

A return that reports its projects (a funder's form per project, :mod:`.forms`; a
benefits register's table) prints each project's own figures in columns of its row::

    Project name | Allocation 2026-27 | Spend to end of quarter | Forecast outturn | RAG status
    Community Wellbeing Coordinators | £1,180,000 | £552,300 | £1,180,000 | Green

The figures are the item's share of the grant the paper names once (the region's
allocation), its spend, its forecast, or a benefit's baseline and target: counting them as
grants would invent rows (and a row's narrative, "All grants have been paid", would make
its figures look like funding). A row of a **progress table** (its header has a column of
role ``text``, the item, and one of role ``status``: ``programme_columns.csv``) with an
amount printed alone in a cell of another column is such an item's row: its amounts are
not read as grants; each row of headers is reported once, the figures kept in the
paragraphs table.

Examples
--------
>>> from types import SimpleNamespace as R
>>> rows = [R(cells={"Project": "Hubs", "Allocation 2026-27": "£735,000", "RAG": "Green"},
...           text="Hubs | £735,000 | Green", source_line=9),
...         R(cells={"Project": "Sanctuary", "Allocation 2026-27": "", "RAG": "Amber"},
...           text="Sanctuary |  | Amber", source_line=10)]
>>> seen = []
>>> len(item_figure_rows(rows, lambda *a: seen.append(a))), seen[0][1]
(1, 9)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.text.money import find_money

__all__ = ["item_figure_rows"]


@by_headers
def _figure_columns(headers: tuple[str, ...]) -> tuple[int, ...]:
    """The places of the columns that may hold an item's figures (any column but the
    item's text and its ref) of a progress table's headers (a text and a status column);
    () for any other table."""
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    roles = [header_role(" ".join(h.lower().split()).strip(" :"), known) for h in headers]
    if "text" not in roles or "status" not in roles:
        return ()
    return tuple(k for k, role in enumerate(roles) if role not in ("text", "ref", "status"))


def _alone(cell: str) -> bool:
    """Whether a cell is an amount alone ("£1,180,000", "£0")."""
    found = find_money(cell)
    return len(found) == 1 and found[0].value is not None \
        and found[0].printed.strip() == cell.strip()


def item_figure_rows(table_rows: list[Any], report: Callable[[str, int, str], None]
                     ) -> set[int]:
    """The ``id`` of every progress-table row whose figures are the item's own (see the
    module), each table reported once through ``report(item, line, message)``.

    Parameters
    ----------
    table_rows : list of _Row
        The paper's table rows (each with its ``cells``, header -> text).
    report : callable
        Records an "unclassified amount" issue.

    Returns
    -------
    set of int
        The rows' ids.
    """
    out: set[int] = set()
    reported: set[tuple[str, ...]] = set()
    for r in table_rows:
        if "£" not in r.text:  # (a cheap test first: most rows print no amount)
            continue
        headers = tuple(r.cells)
        columns = _figure_columns(headers)
        if not columns:
            continue
        values = list(r.cells.values())
        alone = [values[k] for k in columns if "£" in values[k] and _alone(values[k])]
        if not alone:
            continue
        out.add(id(r))
        if headers not in reported:
            reported.add(headers)
            report(alone[0], r.source_line,
                   f"the table at line {r.source_line} gives each item's own figures "
                   f"({', '.join(headers[k] for k in columns if '£' in values[k])}): shares "
                   "of the paper's funding or measures of its items, not grants of their "
                   "own; its amounts are kept in the paragraphs table only")
    return out
