"""Programme interpreter: a tracker whose hierarchy is only the indent of its task names.

A project tool's sheet (Smartsheet, MS Project, a Gantt sheet) exported or printed is ONE
table, a row per task, **no numbers anywhere**: the parent rows (flush left, their Health,
% and dates rolled up from their children) are the programme's priorities, the child rows
(indented under them) its actions::

    Task Name                          | Health | % Complete | Assigned To | Start    | Finish
    Net zero planning and reporting    | Yellow | 61%        |             | 04/01/25 | 03/31/26
        Publish the net zero summary   | Blue   | 100%       | Rhian Price | 04/01/25 | 07/31/25

The readers keep each task cell's indent as its paragraph's level (:mod:`wlga_analysis.read.
cell_indents`). Read so:

- the **tracker** is a table whose task column (role ``text`` of ``programme_columns.csv``)
  indents some cells and not others, and that prints a status (a Health ball, a status or
  a % complete) or a finish date;
- each flush row is a **priority**, a numbered section in reading order (nothing is
  numbered: the reader counts); each indented row under it an **item**, its text the task;
- its **status** the Health ball's colour through ``status_tags.csv`` (Blue done, Green in
  progress, Yellow / Amber and Red at risk), else its % complete (100% done, 0% planned);
- its **timing** the finish date: a column of dates written ``nn/nn/yy`` is read day first
  or month first as the column shows (a first number over 12: day first; a second over
  12: month first, as a US tool prints), the order noted beside it; a column that shows
  neither is read day first (the UK order) and reported as ambiguous;
- the row as printed (each field after its header) is kept in its item's "As printed"
  cell (role ``note``), so the parent rows' Budget figures (shares of the programme's
  grant, not grants) are kept beside the priority, not read as grants.

Examples
--------
>>> date_order(["04/01/25", "07/31/25"]), date_order(["14/07/2025"]), date_order(["01/02/25"])
('month first', 'day first', None)
>>> written_date("07/31/25", "month first"), written_date("14/07/2025", "day first")
('31 July 2025', '14 July 2025')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["date_order", "tracker_sections", "written_date"]

#: A date written with slashes, two numbers and a year ("03/31/26", "14/07/2025"), perhaps
#: after its weekday as Project prints it ("Fri 31/07/26").
_SLASH_DATE = compile_regex(r"\s*+(?:[A-Z][a-z]{2}\s++)?(?P<a>\d{1,2})/(?P<b>\d{1,2})/"
                            r"(?P<y>\d{4}|\d{2})\s*+")
#: The months' names, January first.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
#: A tree's expand / collapse toggle printed before a parent row's name.
_TOGGLES = "\u25be\u25b8\u25bc\u25b6\u25b2\u25ba\u2212+ "


class ParentText(Paragraph):
    """A parent row's Notes, kept as text under its table; it shares the parent's source
    line (``shares_line``: each is read, a "Grant: ..." note as any paragraph's) and leaves
    that line the role of the priority's heading."""

    shares_line = True
    role = ("priority heading", None)  # (heading_priorities.PRIORITY_ROLE)


def date_order(cells: list[str]) -> str | None:
    """Whether a column's slash dates are written day first or month first, as its cells
    show (a first number over 12: day first; a second: month first); None when none shows
    it (or the cells contradict each other)."""
    day_first = month_first = False
    for cell in cells:
        m = _SLASH_DATE.fullmatch(cell) if "/" in cell else None
        if m is not None:
            day_first |= int(m.group("a")) > 12
            month_first |= int(m.group("b")) > 12
    if day_first == month_first:
        return None
    return "day first" if day_first else "month first"


def written_date(cell: str, order: str | None) -> str:
    """A slash date written out ("31 July 2025") in the column's order (day first when
    unknown); the cell as printed when it is no such date."""
    m = _SLASH_DATE.fullmatch(cell) if "/" in cell else None
    if m is None:
        return cell
    a, b, year = int(m.group("a")), int(m.group("b")), m.group("y")
    day, month = (b, a) if order == "month first" else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return cell
    return f"{day} {_MONTHS[month - 1]} {2000 + int(year) if len(year) == 2 else year}"


def _level(cell: Cell) -> int:
    first = cell.blocks[0] if cell.blocks else None
    return first.indent if first.__class__ is Paragraph else 0


def _columns(table: Table) -> dict[str, int] | None:
    """The tracker's task, status, percent and finish columns; None when the table is no
    tracker (no task column whose cells are indented, or nothing but the task)."""
    from wlga_analysis.interpret.programme.common import _column_roles
    from wlga_analysis.interpret.programme.percent_complete import is_percent_header

    header = table.header_text
    roles = _column_roles(header)
    found: dict[str, int] = {}
    percent = [k for k, h in enumerate(header) if is_percent_header(h)]
    for role in ("text", "status", "timing", "partners"):
        names = [header.index(n) for n in roles.get(role, [])]
        names = [k for k in names if k not in percent]
        if names:  # (the last date column: "Start | Finish")
            found[role] = names[-1] if role == "timing" else names[0]
    if percent:
        found["percent"] = percent[0]
    task = found.get("text")
    if task is None or len(found) < 2:
        return None
    if not any(len(r) > task and _level(r[task]) for r in table.rows):
        return None
    return found


def _trackers(blocks: list[Any]) -> dict[int, tuple[Table, dict[str, int]]] | None:
    """The trackers' places, tables and columns; None when there is none (one cheap look
    first: a table whose rows hold an indented paragraph). A table whose header the reader
    could not tell (empty) is read with its first row as its header."""
    found: dict[int, tuple[Table, dict[str, int]]] = {}
    for i, block in enumerate(blocks):
        if block.__class__ is not Table or len(block.rows) < 3:
            continue
        if not any(c.blocks and c.blocks[0].__class__ is Paragraph and c.blocks[0].indent
                   for r in block.rows for c in r):
            block = _outline_levelled(block)  # (a Project text export: .project_outline)
            if block is None:
                continue
        table = block if any(c.text for c in block.header) else \
            Table(block.rows[0], block.rows[1:], block.location)
        columns = _columns(table)
        if columns is not None:
            found[i] = (table, columns)
    return found or None


def _outline_levelled(table: Table) -> Table | None:
    """A table of a Project export indented by its "Outline Level" column, else None (one
    cheap look first: its header)."""
    if not any("outline" in c.text.lower() for c in table.header):
        return None
    from wlga_analysis.interpret.programme.project_outline import outline_levelled

    return outline_levelled(table)


def tracker_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an indent tracker read as numbered sections (its parent rows) over
    tables of their child rows (see the module); None when the paper prints no tracker.

    Parameters
    ----------
    blocks : list
        The paper's blocks.

    Returns
    -------
    list or None
        The blocks, each tracker replaced by its sections.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def row(*texts, indent=0):
    ...     return tuple(Cell((Paragraph(Inline(t), indent=indent if k == 0 else 0),))
    ...                  for k, t in enumerate(texts))
    >>> header = tuple(Cell((Paragraph(Inline(h)),)) for h in ("Task Name", "Status", "Finish"))
    >>> table = Table(header, (row("Roads", "Green", "03/31/26"),
    ...                        row("Mend the bridge", "Blue", "07/31/25", indent=1),
    ...                        row("Paint lines", "Red", "01/30/26", indent=1)))
    >>> out = tracker_sections([table])
    >>> out[0].text.text, out[0].number, [c.text for c in out[1].rows[0][:3]]
    ('Roads', '1', ['Mend the bridge', 'done', '31 July 2025'])
    """
    trackers = _trackers(blocks)
    if trackers is None:
        return None
    out: list[Any] = []
    sections = [0]
    for i, block in enumerate(blocks):
        if i in trackers:
            out.extend(_tracker_blocks(*trackers[i], sections))
        else:
            out.append(block)
    return out


def _status(cells: tuple[Cell, ...], columns: dict[str, int]) -> str:
    """A task's status: its Health / status cell through the status vocabulary, else its
    % complete."""
    from wlga_analysis.interpret.programme.layouts import column_status
    from wlga_analysis.interpret.programme.percent_complete import percent_status

    for role, read in (("status", column_status), ("percent", percent_status)):
        k = columns.get(role)
        text = cells[k].text.strip(" \u25cf\u25cb\u2b24") if k is not None and k < len(cells) \
            else ""
        status = read(text) if text else None
        if status:
            return status
    return ""


def _tracker_blocks(table: Table, columns: dict[str, int], sections: list[int]) -> list[Any]:
    """A tracker's parent rows as numbered sections, each over a table of its child rows; a
    plan's project summary row its title, a child's own children its steps
    (:mod:`.project_outline`)."""
    from wlga_analysis.interpret.programme.minutes import UpdateItemHeading
    from wlga_analysis.interpret.programme.project_outline import plan_levels
    from wlga_analysis.interpret.programme.status_bullets import FieldsTable
    from wlga_analysis.interpret.programme.task_board import printed_fields

    header = table.header_text
    task, finish = columns["text"], columns.get("timing")
    order = date_order([r[finish].text for r in table.rows if finish is not None
                        and finish < len(r)]) if finish is not None else None
    head = tuple(Cell((Paragraph(Inline(h)),), table.location)
                 for h in ("Task", "Status", "Due date", "Partners", "As printed"))
    rows = [r for r in table.rows if len(r) > task and r[task].text.strip()]
    summary, top = plan_levels([_level(r[task]) for r in rows])
    out: list[Any] = []
    children: list[tuple[list[str], Any]] = []
    parent_at: Any = None
    parent_printed: list[str] = []
    parent_notes: list[str] = []

    def close() -> None:
        if children:
            out.append(FieldsTable.of(Table(head, tuple(
                tuple(Cell((Paragraph(Inline(v)),) if v else (), at) for v in values)
                for values, at in children), parent_at), parent_at.line))
        out.extend(Paragraph(Inline(f"As printed: {printed}"), None, parent_at)
                   for printed in parent_printed)  # (after its table: the heading opens it)
        out.extend(ParentText(Inline(t), None, parent_at) for t in parent_notes)
        parent_notes.clear()
        children.clear()
        parent_printed.clear()

    summary_printed: list[str] = []
    for n, cells in enumerate(rows):
        name = cells[task].text.strip().lstrip(_TOGGLES)
        at = cells[task].location
        printed = printed_fields(header, cells)
        if finish is not None and order is None and "/" in cells[finish].text:
            printed += " \u00b7 (date order ambiguous: read day first)"
        level = _level(cells[task])
        if n == summary:  # (the plan's title; its fields kept under the first priority)
            out.append(UpdateItemHeading(Inline(name), None, at))
            summary_printed.append(printed)
        elif level <= top or parent_at is None:
            close()
            sections[0] += 1
            parent_at = at
            out.append(Paragraph(Inline(name), str(sections[0]), at))
            parent_printed.extend([printed, *summary_printed])
            parent_notes.extend(_notes(header, cells))  # ("Grant: ..." in a task's Notes)
            summary_printed.clear()
        elif level > top + 1 and children:  # (a sub-task: a step of the task above)
            children[-1][0][-1] += f" \u00b7 Sub-task: {name} ({printed})"
        else:
            children.append((_child_values(cells, columns, order, name, printed), at))
    close()
    return out


def _child_values(cells: tuple[Cell, ...], columns: dict[str, int], order: str | None,
                  name: str, printed: str) -> list[str]:
    """A child row's cells of the tracker's table of items: task, status, due date,
    partners, as printed."""
    finish, partners = columns.get("timing"), columns.get("partners")
    due = written_date(cells[finish].text.strip(), order) if finish is not None \
        and finish < len(cells) else ""
    who = cells[partners].text.strip() if partners is not None and partners < len(cells) \
        else ""
    return [name, _status(cells, columns), due, who, printed]


#: Headers of a plan's column of free notes (a summary task's "Grant: ..." line).
_NOTE_HEADERS = frozenset(("notes", "note", "description"))


def _notes(header: list[str], cells: tuple[Cell, ...]) -> list[str]:
    """A parent row's notes cells' texts, each a paragraph of its section."""
    return [cells[k].text.strip() for k, h in enumerate(header)
            if k < len(cells) and h.strip().lower() in _NOTE_HEADERS and cells[k].text.strip()]
