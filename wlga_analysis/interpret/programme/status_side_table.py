"""Programme interpreter: a status table beside the items, keyed by their reference.

An Executive Board report may print its items as outline paragraphs with no status or
timing ("4.1.1 A workshop for the performance leads ...") and give both in a separate
table keyed by the item's number::

    Table 1: Status of actions at 31 October 2026
    Ref    Action                        Status       Expected completion
    4.1.1  Performance leads' workshop   Complete     2026/27 Q2

Such a table (its first column of role ``ref`` in ``data/raw/programme_columns.csv``,
whose values are the printed numbers of items already read) is no list of more items: each
row is joined to the item with its number, the item's status taken from the row's Status
column (rule ``status table``) and its timing from the row's timing column. The rows stay
in the paragraphs table. A reference that names no item, and an item given two rows, are
reported (the first row counts).

Examples
--------
>>> from types import SimpleNamespace as R
>>> item = R(kind="bullet", number="4.1.1", source_line=5, cells=None)
>>> head = R(kind="table header", number=None, source_line=9, cells=None)
>>> row = R(kind="table row", number=None, source_line=10, cells={
...     "Ref": "4.1.1", "Action": "Workshop", "Status": "Complete",
...     "Expected completion": "2026/27 Q2"})
>>> rows = [item, head, row]
>>> side = join_status_table(rows, lambda *a: None)
>>> [r.kind for r in rows], side.statuses[id(item)], side.timings[id(item)]
(['bullet', 'table header'], ('done', 'status table'), '2026/27 Q2')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from wlga_analysis.interpret.programme.action_log import meeting_timings
from wlga_analysis.interpret.programme.common import _column_roles
from wlga_analysis.interpret.programme.layouts import column_status
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["SideStatus", "join_status_table"]

_CELLS = attrgetter("cells")
_REF = LazyPattern(r"\d{1,2}(?:\.\d{1,2}){0,3}")
_PRINTED = LazyPattern(r"\s*(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s")


class SideStatus:
    """What the status tables state for the items they key: ``statuses`` (status and rule)
    and ``timings``, by ``id`` of the item's row; ``joined``, the ids of the item rows given
    a row. (A plain class: a dataclass costs its making at every import.)"""

    __slots__ = ("joined", "statuses", "timings")

    def __init__(self) -> None:
        self.statuses: dict[int, tuple[str, str]] = {}
        self.timings: dict[int, str] = {}
        self.joined: set[int] = set()


def _tables(rows: list[Any]) -> list[list[Any]]:
    """The runs of table rows (each after its table header) among ``rows``."""
    out: list[list[Any]] = []
    if not any(map(_CELLS, rows)):  # (no table: one pass in C)
        return out
    for r in rows:
        if r.kind == "table header":
            out.append([])
        elif r.kind == "table row" and r.cells and out:
            out[-1].append(r)
    return [t for t in out if t]


def _ref_column(table: list[Any]) -> str | None:
    """The header of a table's Ref column (role ``ref`` of programme_columns.csv), if any."""
    refs = _column_roles(list(table[0].cells)).get("ref", [])
    return refs[0] if refs else None


def _printed_numbers(rows: list[Any], lines: Sequence[str]) -> dict[str, Any]:
    """The item rows by their printed number: a list item's ("3.2"), else the outline
    number its line starts with ("4.1.1 A workshop ...")."""
    out: dict[str, Any] = {}
    for r in rows:
        if r.kind not in ("bullet", "sub-bullet") or r.cells is not None:
            continue
        number = r.number
        if not number and 0 < r.source_line <= len(lines):
            m = _PRINTED.match(lines[r.source_line - 1])
            number = m.group(1) if m else None
        if number:
            out.setdefault(number, r)
    return out


def join_status_table(rows: list[Any], issue: Callable[..., Any], lines: Sequence[str] = (),
                      tags: dict[str, str] | None = None) -> SideStatus:
    """Every status table keyed by item numbers taken out of the progress ``rows`` (the
    list is changed in place) and joined to its items (see the module's docstring);
    ``issue(table, check, item, line, message)`` reports a reference with no item and an
    item given twice; ``lines`` are the document's lines (where an outline item's number
    is printed)."""
    out = SideStatus()
    out.timings.update(meeting_timings(rows, lines))  # an action log's "Next meeting"
    items: dict[str, Any] | None = None  # (looked for only when a table has a Ref column)
    for table in _tables(rows):
        ref = _ref_column(table)
        if ref is not None and items is None:
            items = _printed_numbers(rows, lines)
        keys = [(r, (r.cells[ref] or "").strip().rstrip(".")) for r in table] if ref else []
        if not keys or items is None or not any(k in items for _, k in keys) or \
                not all(_REF.fullmatch(k) for _, k in keys):
            continue
        roles = _column_roles(list(table[0].cells))
        for r, key in keys:
            _join_row(out, r, items.get(key), key, roles, issue, tags)
        taken = {id(r) for r in table}
        rows[:] = [r for r in rows if id(r) not in taken]
    return out


def _join_row(out: SideStatus, row: Any, item: Any, key: str, roles: dict[str, list[str]],
              issue: Callable[..., Any], tags: dict[str, str] | None) -> None:
    """Join one row of a status table to its item (or report it)."""
    if item is None:
        issue("programme", "status row with no item", key, row.source_line,
              f"row {key!r} of a status table names no item of the progress section; "
              "it is kept in the paragraphs table only")
        return
    if id(item) in out.joined:
        issue("programme", "item given two status rows", key, row.source_line,
              f"item {key} is given a second row in a status table; the first counts")
        return
    out.joined.add(id(item))
    status_cell = " ".join(row.cells[h] for h in roles.get("status", []) if row.cells[h])
    timing = " ".join(row.cells[h] for h in roles.get("timing", []) if row.cells[h])
    status = column_status(status_cell, tags) if status_cell else None
    if status is not None:
        out.statuses[id(item)] = (status, "status table")
    elif status_cell:
        issue("programme", "unknown status word", key, row.source_line,
              f"status {status_cell!r} of item {key} (status table) is not in "
              "status_tags.csv; the status is read from the wording")
    if timing:
        out.timings[id(item)] = timing
