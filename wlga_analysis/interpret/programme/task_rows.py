"""Programme interpreter: the rows of a task board as a work-management tool (Asana) prints them.

Asana's list view, exported or printed, holds what :mod:`.task_board` reads, in three
forms of its own:

- its **CSV export** lists **subtasks** among the tasks: a row whose "Parent task" cell
  names its parent task, with no section and no project. A subtask is a step of its parent,
  not an action of the programme (the list view, its print and a report pasting it do not
  show it): it is no item, and its row as printed is kept in its parent's "As printed"
  cell (nothing lost; :func:`split_subtasks`). A subtask whose parent the export does not
  list stays a task (nothing dropped);
- the list **pasted as a table** (a Word report) has no section column: each section is a
  row of one filled cell merged across, over its tasks (:func:`grouped_rows`), and the
  completion tick a column with no header whose cells are only ticks
  (:func:`grouped_fields`);
- its **dates** are ISO ("2026-03-31") in the export, "31 Mar" in the print (the year
  printed only for another year than the current one): :func:`due_text` writes them as
  the quarter reader reads them, a yearless date taking the year of the paper's own date
  (:func:`paper_year`: the print's or report's date before the board).

Examples
--------
>>> due_text("2026-03-31", None), due_text("31 Mar", 2026), due_text("31 Jul 2025", 2026)
('31 March 2026', '31 Mar 2026', '31 Jul 2025')
>>> grouped_fields(["", "Task name", "Assignee", "Due date", "Status"],
...                [["Cyber", "", "", "", ""], ["\u2713", "Run it", "Owain", "30 Sep", ""]])
{'bucket': -1, 'task': 1, 'assignees': 2, 'due': 3, 'progress': 4, 'completed': 0}
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["due_text", "grouped_fields", "grouped_rows", "paper_year", "split_subtasks"]

#: An ISO date, the whole cell: "2026-03-31".
_ISO = LazyPattern(r"\s*(\d{4})-([01]\d)-([0-3]\d)\s*")
#: A day and a short or long month name with no year, the whole cell: "31 Mar".
_DAY_MONTH = LazyPattern(r"\s*[0-3]?\d\s+[A-Z][a-z]{2,8}\.?\s*")
#: The names of the months, for an ISO date written out.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
#: The cells of a completion column (a tick, or none: blank, an open circle or box).
_TICKS = frozenset({"", "\u2713", "\u2714", "\u2705", "\u2611", "\u25cb", "\u2610"})
#: The cells a paper's text is looked at for its date (the lines before the board).
_FRONT_BLOCKS = 40


def due_text(text: str, year: int | None) -> str:
    """A due date's cell as the quarter reader reads it: an ISO date written out ("31
    March 2026"), a day and month with no year given ``year`` (when known); the rest as
    printed."""
    iso = _ISO.fullmatch(text)
    if iso is not None and 1 <= int(iso.group(2)) <= 12:
        return f"{int(iso.group(3))} {_MONTHS[int(iso.group(2)) - 1]} {iso.group(1)}"
    if year is not None and _DAY_MONTH.fullmatch(text) is not None:
        return f"{text.strip()} {year}"
    return text


def paper_year(blocks: list[Any], first: int) -> int | None:
    """The year of the first full date ("12 Feb 2026") in the text before the board at
    ``first``: the year a print or report dates itself by; None when none is printed."""
    from wlga_analysis.text.dates import find_date

    for block in blocks[max(0, first - _FRONT_BLOCKS):first]:
        text = block.text.text if hasattr(block, "text") and hasattr(block.text, "text") \
            else ""
        day = find_date(text) if text and any(c.isdigit() for c in text) else None
        if isinstance(day, dt.date):
            return day.year
    return None


def grouped_fields(header: list[str], rows: list[list[str]]) -> dict[str, int] | None:
    """The fields of a board pasted as a table with its sections as rows of one filled
    cell (``bucket`` -1), its completion ticks a column with no header; None when the
    table has no such section row or is no board."""
    found = _board_without_sections(tuple(header))
    if found is None or not any(_group_name(row) for row in rows):
        return None
    fields = dict(found)
    for k, name in enumerate(header):
        if not name.strip() and "completed" not in fields and all(
                len(row) > k and row[k].strip() in _TICKS for row in rows
                if not _group_name(row)):
            fields["completed"] = k
    return fields


@lru_cache(maxsize=1024)
def _board_without_sections(header: tuple[str, ...]) -> dict[str, int] | None:
    """The board fields of a header with no section column (``bucket`` -1), read once per
    header (a paper of thousands of small tables asks it of every one); None when it is
    no board's."""
    from wlga_analysis.interpret.programme.task_board import board_fields

    fields = board_fields([*header, "Section"])
    if fields is None or fields["bucket"] != len(header):
        return None
    return {**fields, "bucket": -1}


def _group_name(row: list[str]) -> str:
    """A section row's name: its one filled cell, the first; else ""."""
    if len(row) < 3 or not row[0].strip() or any(c.strip() for c in row[1:]):
        return ""
    return row[0].strip()


def grouped_rows(rows: Any) -> list[tuple[str, Any]]:
    """The task rows of a table whose sections are rows of one filled cell, each with its
    section's name ("" above the first section row)."""
    out: list[tuple[str, Any]] = []
    bucket = ""
    for cells in rows:
        name = _group_name([c.text for c in cells])
        if name:
            bucket = " ".join(name.split())
        else:
            out.append((bucket, cells))
    return out


def split_subtasks(rows: list[tuple[str, Any]], fields: dict[str, int]
                   ) -> tuple[list[tuple[str, Any]], dict[str, list[Any]]]:
    """The task rows without the subtasks whose parent the board lists, and those
    subtasks' rows by their parent's name."""
    parent = fields.get("parent")
    if parent is None:
        return rows, {}
    task = fields["task"]
    names = {" ".join(c[task].text.split()) for _b, c in rows if len(c) > task}
    tops: list[tuple[str, Any]] = []
    subs: dict[str, list[Any]] = {}
    for bucket, cells in rows:
        named = " ".join(cells[parent].text.split()) if len(cells) > parent else ""
        if named and named in names:
            subs.setdefault(named, []).append(cells)
        else:
            tops.append((bucket, cells))
    return tops, subs


def headed_boards(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each table printed with no header row, whose first row heads a board
    pasted with its sections as rows (:func:`grouped_fields`: a tick column's empty header
    cell keeps the text reader from taking the row for a header), headed by that row."""
    from wlga_analysis.read.model import Table

    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.__class__ is not Table or block.header or len(block.rows) < 3:
            continue
        head = [c.text for c in block.rows[0]]
        if grouped_fields(head, [[c.text for c in r] for r in block.rows[1:]]) is not None:
            out[i] = Table(block.rows[0], block.rows[1:], block.location)
    return out


def project_title(table: Any, fields: dict[str, int]) -> Any:
    """The paragraph naming the project an export's "Projects" column prints on every task
    row (the one name it holds, on the header's line), for a paper with no title line
    (a CSV export); None when the column is absent or names several projects."""
    from wlga_analysis.read.model import Inline, Paragraph

    k = fields.get("project")
    if k is None:
        return None
    names = {" ".join(r[k].text.split()) for r in table.rows if len(r) > k}
    names.discard("")
    if len(names) != 1:
        return None
    return Paragraph(Inline(names.pop()), None, table.location)  # (the header's line)
