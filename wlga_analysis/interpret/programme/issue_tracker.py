"""Programme interpreter: an issue tracker's export, epics and their stories in one table.

A programme tracked in an issue tracker (Jira, its "Export > CSV", its printable list view
printed to PDF, a Jira Issues table pasted in a Confluence page) is ONE table, a row per
issue in key order, the **epics** (the programme's priorities) rows of the same table as
their **stories** (its actions), each story naming its epic in a link column::

    Issue key | Summary          | Issue Type | Status | Due date  | Epic Link | Description
    DIGI-1    | Data and insight | Epic       | To Do  |           |           | Funded by ...
    DIGI-5    | Run assessments  | Story      | Done   | 30/Sep/25 | DIGI-1    | All 22 ...

Read so:

- the **tracker** is a table with a summary column and a link column (:data:`HEADERS`);
- an **epic** is a row whose type cell says "Epic", or whose key or summary some row's link
  names (a printed list shows the type only as an icon); the epics are the numbered
  sections, in the table's order, their summaries the priorities;
- every other row is an **item** of its epic's section (a link naming no epic of the table
  opens a section of that name; rows linked to none a last section "No epic"), its text the
  Summary (the Description is the issue's notes), its status the Status through
  ``status_tags.csv`` (To Do planned, Blocked at risk), its timing the due date written out
  ("31/Mar/26", "Mar 31, 2026" -> "31 March 2026");
- each row as printed (each field after its header) is kept: a story's in its item's "As
  printed" cell, an epic's as a paragraph after its stories, so that the funding an epic's
  Description names is read as any paragraph's.

Examples
--------
>>> due_written("31/Mar/26"), due_written("Mar 31, 2026"), due_written("next week")
('31 March 2026', '31 March 2026', 'next week')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["HEADERS", "EpicText", "due_written", "issue_sections"]

#: The columns of an issue tracker's table, by their headers as printed (folded: lower
#: case, no punctuation). ``summary`` and ``link`` must both be present.
HEADERS: dict[str, frozenset[str]] = {
    "summary": frozenset({"summary", "issue summary"}),
    "link": frozenset({"epic link", "parent", "parent link", "epic", "parent summary",
                       "epic name link"}),
    "type": frozenset({"t", "type", "issue type", "work type"}),
    "key": frozenset({"key", "issue key", "issue id"}),
    "status": frozenset({"status"}),
    "due": frozenset({"due", "due date", "target end", "end date"}),
    "description": frozenset({"description"}),
}
#: The months' names, January first.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
#: Jira's day/month/year date ("31/Mar/26") and its US-style long date ("Mar 31, 2026").
_DMY = compile_regex(r"\s*+(?P<d>\d{1,2})/(?P<m>[A-Za-z]{3,9})/(?P<y>\d{4}|\d{2})\s*+")
_MDY = compile_regex(r"\s*+(?P<m>[A-Za-z]{3,9})\.?+ (?P<d>\d{1,2}),? (?P<y>\d{4})\s*+")
#: The section of the rows linked to no epic.
NO_EPIC = "No epic"


class EpicText(Paragraph):
    """A paragraph of an epic's Description, kept as text under its stories; it shares the
    epic's source line (``shares_line``: each is read, its funding as any paragraph's) and
    leaves that line the role of the priority's heading."""

    shares_line = True
    role = ("priority heading", None)  # (heading_priorities.PRIORITY_ROLE)


def _fold(header: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in header.casefold()).split())


def due_written(cell: str) -> str:
    """A tracker's due date written out ("31 March 2026"); the cell as printed when it is
    no such date."""
    m = _DMY.fullmatch(cell) if "/" in cell else _MDY.fullmatch(cell) if "," in cell else None
    if m is None:
        return cell
    month = m.group("m")[:3].casefold()
    names = [n[:3].casefold() for n in _MONTHS]
    if month not in names or not 1 <= int(m.group("d")) <= 31:
        return cell
    year = m.group("y")
    return f"{int(m.group('d'))} {_MONTHS[names.index(month)]} " \
           f"{2000 + int(year) if len(year) == 2 else year}"


def _columns(header: list[str]) -> dict[str, int] | None:
    """The tracker's columns by their role; None when the table has no summary and link
    columns."""
    found: dict[str, int] = {}
    for k, name in enumerate(header):
        folded = _fold(name)
        for role, names in HEADERS.items():
            if folded in names and role not in found:
                found[role] = k
    return found if "summary" in found and "link" in found else None


def _cell(cells: tuple[Cell, ...], k: int | None) -> str:
    return cells[k].text.strip() if k is not None and k < len(cells) else ""


def _epics(table: Table, columns: dict[str, int]) -> list[int]:
    """The places of the table's epic rows (see the module)."""
    links = {_cell(r, columns["link"]).casefold() for r in table.rows} - {""}
    out = []
    for i, cells in enumerate(table.rows):
        names = {_cell(cells, columns.get("key")).casefold(),
                 _cell(cells, columns["summary"]).casefold()} - {""}
        if _cell(cells, columns.get("type")).casefold() == "epic" or names & links:
            out.append(i)
    return out


def _tracker(blocks: list[Any]) -> tuple[int, Table, dict[str, int], list[int]] | None:
    """The first tracker's place, table, columns and epic rows; None when there is none."""
    for i, block in enumerate(blocks):
        if block.__class__ is not Table or len(block.rows) < 2:
            continue
        columns = _columns(block.header_text)
        if columns is None:
            continue
        epics = _epics(block, columns)
        if epics and len(epics) < len(block.rows):
            return i, block, columns, epics
    return None


def issue_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an issue tracker's export read as numbered sections (its epics) over
    tables of their stories (see the module); None when the paper prints no such table.

    Parameters
    ----------
    blocks : list
        The paper's blocks.

    Returns
    -------
    list or None
        The blocks, the tracker's table replaced by its sections.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def row(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
    >>> table = Table(row("Key", "Summary", "Status", "Epic Link"),
    ...               (row("P-1", "Roads", "In Progress", ""),
    ...                row("P-2", "Mend the bridge", "Done", "P-1"),
    ...                row("P-3", "Paint lines", "Blocked", "P-1")))
    >>> out = issue_sections([table])
    >>> out[0].text.text, out[0].number, [c.text for c in out[1].rows[1][:2]]
    ('Roads', '1', ['Paint lines', 'at risk'])
    """
    if Table not in set(map(type, blocks)):
        return None
    found = _tracker(blocks)
    if found is None:
        return None
    at, table, columns, epics = found
    return [*blocks[:at], *_sections(table, columns, epics), *blocks[at + 1:]]


def _groups(table: Table, columns: dict[str, int], epics: list[int]
            ) -> list[tuple[str, int | None, list[int]]]:
    """The sections: (name, epic row or None, story rows), epics first in order, then the
    links naming no epic of the table, then the rows linked to none."""
    groups: list[tuple[str, int | None, list[int]]] = []
    by_name: dict[str, int] = {}
    for i in epics:
        cells = table.rows[i]
        for name in (_cell(cells, columns.get("key")), _cell(cells, columns["summary"])):
            if name:
                by_name.setdefault(name.casefold(), len(groups))
        groups.append((_cell(cells, columns["summary"]), i, []))
    epic_rows = set(epics)
    for i, cells in enumerate(table.rows):
        if i in epic_rows or not _cell(cells, columns["summary"]):
            continue
        link = _cell(cells, columns["link"]) or NO_EPIC
        if link.casefold() not in by_name:
            by_name[link.casefold()] = len(groups)
            groups.append((link, None, []))
        groups[by_name[link.casefold()]][2].append(i)
    return groups


def _sections(table: Table, columns: dict[str, int], epics: list[int]) -> list[Any]:
    """The tracker's epics as numbered sections, each over a table of its stories."""
    from wlga_analysis.interpret.programme.layouts import column_status
    from wlga_analysis.interpret.programme.status_bullets import FieldsTable
    from wlga_analysis.interpret.programme.task_board import printed_fields

    header = table.header_text
    head = tuple(Cell((Paragraph(Inline(h)),), table.location)
                 for h in ("Task", "Status", "Due date", "As printed"))
    out: list[Any] = []
    for n, (name, epic, stories) in enumerate(_groups(table, columns, epics), 1):
        first = table.rows[epic if epic is not None else stories[0]]
        at = first[columns["summary"]].location if columns["summary"] < len(first) \
            else table.location
        out.append(Paragraph(Inline(name), str(n), at))
        rows = []
        for i in stories:
            cells = table.rows[i]
            status = _cell(cells, columns.get("status"))
            values = (_cell(cells, columns["summary"]),
                      (column_status(status) or "") if status else "",
                      due_written(_cell(cells, columns.get("due"))),
                      printed_fields(header, cells))
            where = cells[columns["summary"]].location
            rows.append(tuple(Cell((Paragraph(Inline(v)),) if v else (), where)
                              for v in values))
        if rows:
            out.append(FieldsTable.of(Table(head, tuple(rows), at), at.line if at else None))
        if epic is not None:
            out.extend(_epic_paragraphs(header, first, columns.get("description"), at))
    return out


def _epic_paragraphs(header: list[str], cells: tuple[Cell, ...], described: int | None,
                     at: Any) -> list[Paragraph]:
    """An epic's row after its stories: its Description's paragraphs as printed (the
    funding it names read as any paragraph's), then its other fields as printed."""
    from wlga_analysis.interpret.programme.task_board import printed_fields

    out = []
    if described is not None and described < len(cells):
        out = [EpicText(Inline(b.text.text.strip()), None, at) for b in cells[described].blocks
               if b.__class__ is Paragraph and b.text.text.strip()]
    printed = printed_fields(header, cells, described if out else None)
    return [*out, Paragraph(Inline(f"As printed: {printed}"), None, at)]
