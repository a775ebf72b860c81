"""Programme interpreter: a task board exported from a planning tool (Planner, Trello, Asana).

A task board groups its tasks (cards) in columns a team names itself: Microsoft Planner's
**buckets**, Trello's **lists**, Asana's **sections**. Exported ("Export plan to Excel",
Trello's CSV, Asana's CSV) or printed (the board as a table), it is ONE table, a row per
task, with the tool's own fields::

    Task Name | Bucket Name | Progress | Priority | Assigned To | Start Date | Due Date | Late |
    Completed Checklist Items | Checklist Items | Labels
    Card Name | List Name | Labels | Members | Due Date | Due Complete | Archived
    Name | Section/Column | Assignee | Start Date | Due Date | Completed At | Tags

Read so (unlike a status board, :mod:`.kanban`, whose columns are statuses, here the
columns of the board are the AREAS of the work):

- the **board** is a table whose header names a task column (role ``task`` of
  :data:`TASK_HEADERS`) and a column of buckets (:data:`BUCKET_HEADERS`), and one more of
  the tool's fields (progress, a due date, a late or completed flag);
- each **bucket** is a numbered section, in the order the board first shows it (a
  priority: :mod:`.heading_priorities`); each task an **item** of its bucket, its text the
  task's name;
- its **status**: a task flagged **late** ("Late" true, "Overdue" yes) is at risk whatever
  its progress (the tool's only sign of trouble); else its progress ("Completed", "In
  progress", "Not started": ``status_tags.csv``), else a completed flag or date (done);
- its **timing** the due date; its **partners** the organisations of its assignees, read
  from the plan's key of people ("Nia Thomas (NT) – Data Cymru (data analyst)", the name
  or the initials the board prints), and of its labels (organisations of
  ``organisations.csv``; a label "Reporting" names none);
- each task's row as printed, each field after its header ("Priority Urgent \u00b7 Start Date
  14/07/2025 \u00b7 ...": :func:`printed_fields`), is kept in an "As printed" column of its
  item's row (role ``note`` of ``programme_columns.csv``: the paragraphs table), giving it
  nothing; the board's header is no line of its own (a header naming "Progress" would be
  taken for the paper's title).

A board printed as cards (a web page's or PDF's columns of cards) reaches here as the same
table: the readers turn it into one (:mod:`wlga_analysis.read.html_boards`).

Examples
--------
>>> board_fields(["Task Name", "Bucket Name", "Progress", "Due Date", "Late"])["bucket"]
1
>>> board_fields(["Card Name", "List Name", "Members", "Due Date"])["assignees"]
2
>>> board_fields(["Action", "Lead", "Status"]) is None
True
>>> task_status({"progress": "In progress", "late": "true"})
'at risk'
>>> task_status({"progress": "Not started", "late": "false"})
'planned'
>>> task_status({"completed": "2025-08-01"}), task_status({"completed": "false"})
('done', '')
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.interpret.programme import task_rows
from wlga_analysis.interpret.programme.common import folded_words
from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["BUCKET_HEADERS", "TASK_HEADERS", "board_fields", "board_sections", "printed_fields",
           "task_status"]

#: Header words (folded) of a board's fields, by field.
TASK_HEADERS: dict[str, frozenset[str]] = {
    "task": frozenset({"task name", "task", "card name", "card", "name", "task title"}),
    "progress": frozenset({"progress", "status"}),
    "late": frozenset({"late", "overdue"}),
    "due": frozenset({"due date", "due", "due on", "due at", "due by"}),
    "completed": frozenset({"completed at", "completed on", "completed date", "due complete",
                            "completed", "done"}),
    "assignees": frozenset({"assigned to", "assignee", "assignees", "members", "member",
                            "owner", "owners"}),
    "labels": frozenset({"labels", "label", "tags", "tag"}),
    "parent": frozenset({"parent task"}),
    "project": frozenset({"projects", "project"}),
}
#: Header words (folded) of the column naming a task's bucket (Planner), list (Trello) or
#: section (Asana), or a Notion database's select property grouping its rows (Workstream).
BUCKET_HEADERS = frozenset({"bucket name", "bucket", "list name", "list", "section column",
                            "section", "column", "stage", "workstream"})
#: The fields one of which a board prints besides its task and bucket columns.
_TOOL_FIELDS = ("progress", "late", "due", "completed")
#: A flag's cell that says yes.
_YES = frozenset({"true", "yes", "y", "late", "overdue", "1", "\u2714", "\u2713", "x"})
#: A flag's cell that says no.
_NO = frozenset({"", "false", "no", "n", "0", "-", "\u2013", "\u25cb", "\u2610"})
#: The separators of several people or labels in one cell.
_SEPARATORS = compile_regex(r"\s*[;,]\s*|\s+and\s+")


def board_fields(header: list[str]) -> dict[str, int] | None:
    """The columns of a task board's fields (``task``, ``bucket`` and those of
    :data:`TASK_HEADERS` it prints) by their headers; None when the table is no board."""
    folded = [folded_words(h) for h in header]
    bucket = next((k for k, h in enumerate(folded) if h in BUCKET_HEADERS), None)
    if bucket is None:
        return None
    found: dict[str, int] = {"bucket": bucket}
    for k, h in enumerate(folded):
        for field, words in TASK_HEADERS.items():
            if h in words and field not in found and k != bucket:
                found[field] = k
    if "task" not in found or not any(f in found for f in _TOOL_FIELDS):
        return None
    return found


def printed_fields(header: list[str], cells: tuple[Cell, ...], skip: int | None = None) -> str:
    """A row's cells as printed, each after its header ("Priority Urgent \u00b7 Late true"),
    the column ``skip`` left out: the row's words and its table's header's, with no colon
    (a "Priority: ..." line would announce a list of priorities).

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph
    >>> row = tuple(Cell((Paragraph(Inline(t)),)) for t in ("Medium", "", "true"))
    >>> printed_fields(["Priority", "Labels", "Late"], row)
    'Priority Medium \u00b7 Late true'
    """
    return " \u00b7 ".join(f"{header[k]} {c.text.strip()}" if k < len(header) else c.text.strip()
                           for k, c in enumerate(cells) if k != skip and c.text.strip())


def task_status(cells: dict[str, str]) -> str:
    """A task's status word from its fields (``progress``, ``late``, ``completed``): at
    risk when late, else its progress's status, else done when a completed flag or date
    says so; "" when nothing does."""
    from wlga_analysis.interpret.programme.layouts import tag_status

    if cells.get("late", "").strip().casefold() in _YES:
        return "at risk"
    if cells.get("completed", "").strip().casefold() not in _NO:
        return "done"  # (a completion date or tick: whatever a stale progress field says)
    progress = tag_status(cells.get("progress", "")) if cells.get("progress") else None
    if progress is not None:
        return progress
    return "planned" if "progress" in cells and not cells["progress"].strip() else ""


def _boards(blocks: list[Any]) -> dict[int, dict[str, int]] | None:
    """The boards' places and their fields' columns; None when there is none."""
    if Table not in set(map(type, blocks)):  # (no table: most papers)
        return None
    found: dict[int, dict[str, int]] = {}
    read: dict[tuple[str, ...], dict[str, int] | None] = {}  # (per row of headers)
    for i, block in enumerate(blocks):
        if block.__class__ is Table and block.header and block.rows:
            header = block.header_key
            if header not in read:
                read[header] = board_fields(list(header))
            if (fields := read[header]) is not None:
                found[i] = fields
            elif (fields := task_rows.grouped_fields(
                    list(block.header_text), [[c.text for c in r] for r in block.rows])):
                found[i] = fields  # (sections as rows merged across: .task_rows)
    return found or None


def board_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a task board read as numbered sections (its buckets) over tables of
    tasks (see the module); None when the paper prints no board."""
    if Table not in set(map(type, blocks)):  # (no table: most papers)
        return None
    blocks = task_rows.headed_boards(blocks)  # (a pasted board's header row: .task_rows)
    boards = _boards(blocks)
    if boards is None:
        return None
    first = min(boards)
    key = _people_key(blocks, boards)
    year = task_rows.paper_year(blocks, first)
    out: list[Any] = []
    buckets: dict[str, int] = {}
    for i, block in enumerate(blocks):
        if i in boards:
            out.extend(_board_blocks(block, boards[i], buckets, (key, year)))
        elif i < first:
            out.append(block)
        else:
            from wlga_analysis.interpret.programme.risk_register import _lines, _text

            out.extend(_lines(block) if block.__class__ is Table else [_text(block)])
    from wlga_analysis.interpret.programme.notion_pages import toggles_as_text

    out[:first] = toggles_as_text(out[:first], list(buckets))  # (a Notion page's toggles)
    if not any(b.__class__ is Paragraph for b in out[:first]):  # (an export: no title line)
        named = task_rows.project_title(blocks[first], boards[first])
        out[:0] = [named] if named is not None else []
    return out


def _people_key(blocks: list[Any], boards: dict[int, dict[str, int]]) -> list[str]:
    """The lines of text outside the boards that may key a person to an organisation (a
    list item or paragraph with a dash or a comma after a name)."""
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i in boards or block.__class__ is Table:
            continue
        text = block.text.text if hasattr(block, "text") else ""
        if text and len(text) < 240 and ("\u2013" in text or " - " in text or "\u2014" in text):
            out.append(text)
    return out


def _organisations_of(person: str, key: list[str]) -> str:
    """The text the plan's key gives a person (named in full or by initials): its line
    without the name, or "" when the key does not name them."""
    name = person.strip()
    if not name:
        return ""
    pattern = rf"(?<![\w]){re.escape(name)}(?![\w])"  # (a document's name: not kept)
    for line in key:
        found = re.search(pattern, line)
        if found is not None:
            rest = line[found.end():]
            return re.sub(r"^\s*(?:\(\w{1,4}\))?\s*[\u2013\u2014,-]?\s*", "", rest)
    return ""


def _board_blocks(table: Table, fields: dict[str, int], buckets: dict[str, int],
                  context: tuple[list[str], int | None]) -> list[Any]:
    """A board's buckets as numbered sections, each over a table of its tasks (the
    context: the plan's key of people and the paper's year)."""
    from wlga_analysis.interpret.programme.status_bullets import FieldsTable

    key, year = context
    header = table.header_text
    rows: dict[str, list[tuple[Cell, ...]]] = {}
    places: dict[str, Any] = {}
    tasks, subtasks = task_rows.split_subtasks(
        task_rows.grouped_rows(table.rows) if fields["bucket"] < 0 else
        [(c[fields["bucket"]].text if fields["bucket"] < len(c) else "", c) for c in table.rows],
        fields)
    for bucket_text, cells in tasks:
        texts = {f: cells[k].text.strip() if 0 <= k < len(cells) else ""
                 for f, k in fields.items()}
        bucket = " ".join(bucket_text.split())
        if not texts["task"]:
            continue
        texts["due"] = task_rows.due_text(texts.get("due", ""), year)
        at = cells[0].location if cells and cells[0].location.line is not None \
            else table.location
        places.setdefault(bucket, at)
        steps = subtasks.get(" ".join(texts["task"].split()), [])
        printed = Cell((Paragraph(Inline(" \u00b7 ".join(
            [printed_fields(header, cells), *("Subtask " + printed_fields(header, s)
                                              for s in steps)]))),), at)
        rows.setdefault(bucket, []).append((*_task_row(texts, key, at), printed))
    out: list[Any] = []
    head = ("Task", "Status", "Due date", "Delivered by", "As printed")
    for bucket, tasks in rows.items():
        number = buckets.setdefault(bucket, len(buckets) + 1)
        at = places[bucket]
        out.append(Paragraph(Inline(bucket or "Tasks"), str(number), at))
        header_cells = tuple(Cell((Paragraph(Inline(h)),), at) for h in head)
        out.append(FieldsTable.of(Table(header_cells, tuple(tasks), at), at.line))
    return out


def _task_row(texts: dict[str, str], key: list[str], at: Any) -> tuple[Cell, ...]:
    """A task's item row: its name, status, due date and partners' organisations."""
    people = [p for p in _SEPARATORS.split(texts.get("assignees", "")) if p]
    labels = [p for p in re.split(r"\s*[;,]\s*", texts.get("labels", "")) if p]
    partners = "; ".join(o for o in (*(_organisations_of(p, key) for p in people), *labels)
                         if o)
    from wlga_analysis.interpret.programme.notion_pages import day_first

    values = (texts["task"], task_status(texts), day_first(texts.get("due", "")), partners)
    return tuple(Cell((Paragraph(Inline(v)),) if v else (), at) for v in values)
