"""Programme interpreter: a board's or committee's action log.

An action log (an action tracker, "matters arising") records the actions a board agreed
and their progress, as one table or two ("Table 1: Open actions", "Table 2: Actions closed
since the last meeting"), one row an action::

    Action No. | Meeting date | Action          | Owner | Due          | Update     | Status
    31         | 11/03/2025   | Agree template. | Chair | 30/09/2025   | Revised .. | Open - overdue
    34         | 10/06/2025   | Report take-up. | Lead  | Next meeting | Report ... | Open

The paper numbers no paragraph and has no progress heading: the tables are the progress.
A careful reader takes every row of every action table as an item (open and closed alike:
the closed table is the log's record of the actions done), its text the Action cell, its
number the action's number; its status the Status cell (Open = in progress, Closed = done,
"Open - overdue" by its qualifier: at risk, see :func:`~.layouts.column_status`), unless
an open action's update says how far it got ("Not started: ..." = planned); its timing the
Due cell, or the **revised date** its update gives ("Revised date 31/03/2026"), and a due
date of "Next meeting" is the meeting the paper names ("Meeting of 20 January 2026"). The
date the action was raised (a "Meeting date" or "Date raised" column, role ``note`` of
``programme_columns.csv``) gives no timing. The update (role ``update``: "Update", "Latest
update", "Comments") is the action's progress commentary: kept in the paragraphs table.

Rules, each a function:

- :func:`is_action_table`: a table with an Action column (role ``text``, a header holding
  the word "action", or "task": a sheet's tasks), a number column (role ``ref``, or a
  header "No."/"Number"), and two
  of owner, due, status and update columns, and no Recommendation column (a
  recommendations tracker, whose agreed actions answer its recommendations, is read by
  the recommendations loader);
- :func:`action_log_sections`: a paper numbering nothing whose tables include an action
  table (and no status board or grouped table): each action table an
  :class:`ActionTable`, a part of the log **with no number** (the log numbers no
  section: the items' ``paragraph`` is missing), named by its caption (a heading, a
  "Table N" line or a bold line above it: "Table 1: Open actions" -> "Open actions"),
  else unnamed;
- :func:`log_rows`: the interpreter's rows of such a table (registered in
  :func:`~.kanban.status_board_rows`), each action's ``number`` its printed number (the
  item's id); :func:`log_progress`: the log's parts are the paper's progress (registered
  in :func:`~.appendix.appendix_rows`);
- :func:`update_cells`: the status and timing a row's update column changes (the revised
  date, a leading status of an open action);
- :func:`meeting_timings`: the meeting a "Next meeting" due date stands for;
- :func:`updated_first`: the paper's date lines, the one saying when it was updated
  ("Updated 9 January 2026") before the meeting it goes to.

The words are data: lists ``next meeting``, ``revised date``, ``updated label`` and
``meeting label`` of ``data/raw/programme_words.csv``.

Examples
--------
>>> is_action_table(["Action No.", "Meeting date", "Action", "Owner", "Due", "Status"])
True
>>> is_action_table(["Ref", "Risk", "Mitigation", "Owner"])
False
>>> update_cells({"Status": "Open", "Update": "Not started: after the budget."},
...              ["Update"], ["Status"], "Open", "31/12/2025")
('Not started', '31/12/2025')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.data_date_box import dates_beside_titles
from wlga_analysis.read.model import Heading, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words, load_status_tags
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ActionTable", "action_log_sections", "is_action_table", "log_progress",
           "log_rows", "meeting_timings", "update_cells", "updated_first"]

#: Headers of an action's number column beside role ``ref`` ("No.", "Number").
_NUMBER_HEADERS = frozenset({"no", "number", "action ref", "id"})
#: A word of the header of an action log's text column ("Action", "Task": a sheet's tasks).
_ACTION_WORDS = frozenset({"action", "actions", "task", "tasks"})
#: A caption's label before its name ("Table 1:", "Table 2 –").
_CAPTION_LABEL = compile_regex(r"(?i)^table\s+\d{1,2}\s*[:.\u2013\u2014-]\s*")
#: The longest caption line.
_CAPTION_CHARS = 90
#: How many lines of the top of the paper may name its meeting.
_TOP_LINES = 12
#: A day-month-year date, or dd/mm/yyyy.
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"


@lru_cache(maxsize=8)
def _patterns(identity: tuple[str, int, int]) -> tuple[re.Pattern[str], ...]:
    words = load_programme_words(identity[0])

    def either(name: str) -> str:
        return "|".join(f"(?:{w})" for w in words[name]) or "(?!)"

    return (compile_regex(rf"(?i)^\W*(?:{either('next meeting')})\W*$"),
            compile_regex(rf"(?i)\b(?:{either('revised date')})\b[^.;]{{0,30}}?({_DATE})"),
            compile_regex(rf"(?i)^\W*(?:{either('updated label')})\b"),
            compile_regex(rf"(?i)\b(?:{either('meeting label')})\W{{1,3}}(?:\w+\W+){{0,2}}?"
                          rf"({_DATE})"))


def _words() -> tuple[re.Pattern[str], ...]:
    return _patterns(file_identity(config.PROGRAMME_WORDS_FILE))


# ------------------------------------------------------------------------ the tables
def is_action_table(header: list[str]) -> bool:
    """Whether a table's header is an action log's: an Action column, a number column
    and two of owner, due date, status and update columns (see the module).

    Parameters
    ----------
    header : list of str
        The table's header cells.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_action_table(["No.", "Action", "Lead", "Latest update", "Status"])
    True
    >>> is_action_table(["No.", "Commitment", "Lead", "Status"])
    False
    >>> is_action_table(["Ref", "Task", "Owner", "Due", "Status"])  # (a sheet's tasks)
    True
    >>> is_action_table(["No.", "Recommendation", "Agreed action", "Lead", "Status"])
    False
    """
    lowered = " ".join(header).lower()
    if len(header) < 4 or ("action" not in lowered and "task" not in lowered
                           ) or "recommendation" in lowered:
        return False  # (most tables; and a recommendations tracker's actions answer them)
    from wlga_analysis.interpret.programme.common import _column_roles, folded_words

    roles = _column_roles(header)
    if not any(_ACTION_WORDS.intersection(folded_words(h).split()) for h in roles["text"]):
        return False
    numbered = bool(roles.get("ref")) or any(folded_words(h) in _NUMBER_HEADERS
                                             for h in roles.get("other", []))
    kinds = sum(1 for role in ("partners", "timing", "status", "update") if roles.get(role))
    return numbered and kinds >= 2


def _caption(block: Any) -> str | None:
    """The name a short line above a table gives it ("**Table 1: Open actions**" ->
    "Open actions"): a heading, a line labelled "Table N", or a line printed in bold, with
    no closing punctuation; None when the block is no caption."""
    if block.__class__ not in (Paragraph, Heading) or block.number is not None:
        return None
    raw = block.text.text.strip()
    text = raw.strip("*_ ").strip()
    if not text or len(text) > _CAPTION_CHARS or text[-1] in ".;,":
        return None
    label = _CAPTION_LABEL.match(text)
    bold = raw.startswith("**") or block.text.bold == ((0, len(block.text.text)),)
    if label is None and not bold and block.__class__ is not Heading:
        return None
    return text[label.end():].strip() or text if label else text


@dataclass(frozen=True)
class ActionTable(Table):
    """An action log's table, with its caption ("Table 1: Open actions") and the caption's
    line: it stands for a part of the log with no number (the log numbers no section)."""

    caption: str = ""
    caption_line: int | None = None


def action_log_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an action log with each action table an :class:`ActionTable` holding
    its caption (the caption's block taken into it); None when the paper is no action log
    (it has no action table, or its progress is a status board or grouped table). Run only
    on a paper that numbers no paragraph (the rule after ``numbered_paragraphs``).

    Parameters
    ----------
    blocks : list of Block
        The document model's blocks.

    Returns
    -------
    list of Block or None

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Location
    >>> def cells(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> table = Table(cells("No.", "Action", "Lead", "Status"),
    ...               (cells("1", "Write to the minister.", "Chair", "Open"),),
    ...               Location(line=5))
    >>> caption = Paragraph(Inline("Table 1: Open actions"), location=Location(line=3))
    >>> out = action_log_sections([caption, table])
    >>> [(type(b).__name__, b.caption, b.caption_line) for b in out]
    [('ActionTable', 'Open actions', 3)]
    >>> action_log_sections([table])[0].caption
    ''
    """
    from wlga_analysis.interpret.programme.group_column import is_grouped_table
    from wlga_analysis.interpret.programme.kanban import is_status_board

    found = [i for i, b in enumerate(blocks)
             if b.__class__ is Table and is_action_table(b.header_text)]
    if not found or any(is_status_board(b) or is_grouped_table(b)
                        for b in blocks if b.__class__ is Table):
        return None
    out = list(blocks)
    for i in reversed(found):
        table = blocks[i]
        name = _caption(blocks[i - 1]) if i else None
        out[i] = ActionTable(table.header, table.rows, table.location, name or "",
                             blocks[i - 1].location.line if name is not None else None)
        if name is not None:
            del out[i - 1]  # (its words are the section row's: in the paragraphs table)
    return out


def log_rows(table: ActionTable, heading: str | None, heading_line: int | None,
             roles: dict[int, tuple[str, int | None]]) -> list[Any]:
    """The interpreter's rows of an action table: a section row with no number (kind
    ``paragraph``, its text the caption, or empty), the header row, and a row per action
    (its ``number`` the action's number: the item's id); ``roles`` (line -> role) is given
    each row's line.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Location
    >>> def cells(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> table = ActionTable(cells("No.", "Action", "Lead", "Status"),
    ...                     (cells("1", "Write.", "Chair", "Open"),), Location(line=5),
    ...                     "Open actions", 3)
    >>> [(r.kind, r.paragraph, r.text) for r in log_rows(table, None, None, {})]
    [('paragraph', None, 'Open actions'), ('table header', None, 'No. | Action | Lead | \
Status'), ('table row', None, '1 | Write. | Chair | Open')]
    """
    from wlga_analysis.interpret.programme.common import _column_roles, _Row, folded_words

    roles_by = _column_roles(table.header_text)
    number = next((i for i, h in enumerate(table.header_text) if h in roles_by.get("ref", ())
                   or folded_words(h) in _NUMBER_HEADERS), None)  # (the action's number)
    line = table.location.line or 0
    first = table.caption_line or line
    out = [_Row("paragraph", None, heading, heading_line, table.caption, first, lines=[first],
                cells={}, numbered_heading=True),  # (a part of the log: no number)
           _Row("table header", None, heading, heading_line,
                " | ".join(h for h in table.header_text if h), line, lines=[line])]
    roles[first] = roles[line] = ("row", line)
    for row_cells in table.rows:
        texts = [c.text for c in row_cells]
        n = row_cells[0].location.line if row_cells else line
        out.append(_Row("table row", None, heading, heading_line,
                        " | ".join(t for t in texts if t), n, lines=[n],
                        cells=dict(zip(table.header_text, texts, strict=False)),
                        number=texts[number].strip() or None
                        if number is not None and number < len(texts) else None))
        roles[n] = ("row", n)
    return out


def log_progress(rows: list[Any], issue: Any = None) -> list[Any] | None:
    """The progress rows of an action log: its rows from its first part's (a section row
    with no number, :func:`log_rows`) on; None for any other paper. ``issue`` (if given)
    is told where the progress was read.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("text", None, None, None, "Updated 9 May 2026", 1),
    ...         _Row("paragraph", None, None, None, "Open actions", 3, cells={}),
    ...         _Row("table row", None, None, None, "7 | Write. | Open", 5, cells={"A": "7"})]
    >>> [r.text for r in log_progress(rows)]
    ['Open actions', '7 | Write. | Open']
    >>> log_progress(rows[:1]) is None
    True
    """
    first = next((k for k, r in enumerate(rows)
                  if r.kind == "paragraph" and r.paragraph is None), None)
    if first is None:
        return None
    if issue is not None:
        actions = sum(1 for r in rows[first:] if r.kind == "table row")
        issue("programme", "progress in an action log", "", rows[first].source_line,
              f"the progress is read from the action log's tables ({actions} actions, the "
              "log numbers no section); what stands before them frames the paper and is "
              "kept in the paragraphs table only")
    return rows[first:]


# --------------------------------------------------------------------- a row's update
def _leading_status(update: str, tags: dict[str, str]) -> str | None:
    """The status word an update opens with, before a colon, dash or full stop ("Not
    started: ..."), as printed; None when it opens with none."""
    head = re.split(r"[:.;\u2013\u2014]| - ", update, maxsplit=1)[0].strip(" *")
    return head if len(head) <= 30 and tags.get(" ".join(head.lower().split())) else None


def update_cells(cells: dict[str, str], notes: list[str], heads: list[str], status: str,
                 timing: str) -> tuple[str, str]:
    """The status and timing of a table row, with what its update or progress comment
    changes: a revised date in it ("Revised date 31/03/2026", "new date 30 November 2025")
    is the row's timing; an open action (status cell "Open" or "Ongoing") whose update
    opens with a status word ("Not started: ...") has that status, as has an action whose
    status cell is blank (a tracker's RAG left empty); in a table with no
    Status column the update is the status's wording (its leading status word, else its
    text, read as a Progress column's is).

    Parameters
    ----------
    cells : dict
        The row's cells by header.
    notes : list of str
        The headers of its update columns (role ``update``), or of the progress comments
        beside the column that states its status.
    heads : list of str
        The headers of the columns its status is read from.
    status, timing : str
        The status and timing cells' text as read.

    Returns
    -------
    tuple of str
        (status, timing).

    Examples
    --------
    >>> cells = {"Status": "Open - overdue", "Update": "Revised date 31/03/2026."}
    >>> update_cells(cells, ["Update"], ["Status"], "Open - overdue", "30/09/2025")
    ('Open - overdue', '31/03/2026')
    >>> cells = {"Status": "Closed", "Update": "Not started."}
    >>> update_cells(cells, ["Update"], ["Status"], "Closed", "")
    ('Closed', '')
    >>> update_cells({"Update": "Delayed: now due 30/09/2025."}, ["Update"], [], "", "")
    ('Delayed', '30/09/2025')
    >>> update_cells({"RAG": "", "Commentary": "Not yet started - begins in May."},
    ...              ["Commentary"], ["RAG"], "", "")
    ('Not yet started', '')
    """
    update = " ".join(cells[h] for h in notes if cells.get(h))
    revised = _words()[1].search(f"{update} {status}") if update or len(status) > 20 \
        else None  # (a progress comment read as the status may give a revised date too)
    if revised is not None:
        timing = revised.group(1)
    if not update:
        return status, timing
    tags = load_status_tags()
    if not heads:  # (no Status column: the update's wording, as a Progress column's is read)
        return _leading_status(update, tags) or update, timing
    folded = " ".join(status.lower().split())
    if not folded or folded in _OPEN:  # (a blank RAG cell too: "Not yet started - ...")
        status = _leading_status(update, tags) or status
    elif folded in _ON_TRACK and (lead := _planned_sentence(update, tags)) is not None:
        status = lead  # (a Green milestone whose comment says "Not started: ...": planned)
    return status, timing


def _planned_sentence(update: str, tags: dict[str, str]) -> str | None:
    """The planned status word ("Not started") a sentence of an update opens with, as
    printed: the first sentence ("Not started: ...") or a later one ("New milestone added
    this quarter. Not started: work begins in May."); None when no sentence opens so.

    Examples
    --------
    >>> tags = {"not started": "planned", "complete": "done"}
    >>> _planned_sentence("Added by the board. Not started: drafting in May.", tags)
    'Not started'
    >>> _planned_sentence("Work started. Complete: see the note.", tags) is None
    True
    """
    for sentence in update.split(". "):
        lead = _leading_status(sentence, tags)
        if lead is not None and tags.get(" ".join(lead.lower().split())) == "planned":
            return lead
    return None


#: Status cells that say only that an action is open (its update may say more).
_OPEN = frozenset({"open", "ongoing"})
#: RAG cells that say an action is on track: one not started yet is planned, if its update
#: opens by saying so.
_ON_TRACK = frozenset({"green", "g", "on track"})


def meeting_timings(rows: list[Any], lines: list[str] | tuple[str, ...]) -> dict[int, str]:
    """The meeting date a "Next meeting" due date stands for, by ``id`` of the row: the
    date of the meeting the paper's top lines name ("Meeting of 20 January 2026", "Date of
    meeting: ..."); empty when no row is due at the next meeting or no meeting is named.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> row = R(kind="table row", cells={"Action": "Report.", "Due": "Next meeting"})
    >>> list(meeting_timings([row], ["Board", "Meeting of 20 January 2026"]).values())
    ['20 January 2026']
    """
    due = [r for r in rows if r.cells and r.kind == "table row"
           and any("meeting" in v.lower() for v in r.cells.values() if v and len(v) < 40)]
    if not due:
        return {}
    words = _words()
    found = next((m.group(1) for ln in lines[:_TOP_LINES * 3]
                  if (m := words[3].search(ln)) is not None), None)
    if found is None:
        return {}
    return {id(r): found for r in due
            if any(words[0].match(v) for v in r.cells.values() if v and len(v) < 40)}


#: A sentence's clause saying when a board was exported or printed, or a paper published
#: ("Published 13 November 2025 with the self-assessment"), and the date.
_EXPORTED = LazyPattern(r"(?i)\b(?:(?:exported|printed)\s+(?:from\s+[^,.;]{1,40}?\s+)?on"
                        r"|published(?:\s+on)?)\s+"
                        r"(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b")


def _export_dates(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``(line, "Exported on <date>")`` of each front line saying when the paper (a task
    board) was exported or printed; the sentence keeps its line (see :func:`updated_first`)."""
    # (in capitals: the sentence stays a paragraph of text, as a dated title in capitals
    # stays the title - its other words are no date line's)
    return [(n, f"EXPORTED ON {m.group('date')}") for n, t in texts
            if (m := _EXPORTED.search(t)) is not None]


def updated_first(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The front matter's lines, those saying when the paper was updated ("Updated 9
    January 2026", "Last updated: ...") first: its date, not the meeting's it goes to.

    Examples
    --------
    >>> updated_first([(1, "Meeting of 20 January 2026"), (3, "Updated 9 January 2026")])
    [(3, 'Updated 9 January 2026'), (1, 'Meeting of 20 January 2026')]

    A sentence saying when a board was exported or printed ("Tasks of the board, exported on
    06/10/2025 for the group.") dates the paper, after the dated lines:

    >>> updated_first([(2, "Tasks of the board, exported on 06/10/2025 for the group.")])[-1]
    (2, 'EXPORTED ON 06/10/2025')
    """
    texts = dates_beside_titles(texts)  # ("Title Data as at <date>": .data_date_box)
    if any("xported" in t or "rinted on" in t or "ublished" in t
           for _, t in texts):  # (a board's export, a report card's publication)
        texts = [*texts, *_export_dates(texts)]  # (after a dated line: a print's header)
    if not any("pdated" in t for _, t in texts):
        return texts
    label = _words()[2]
    from wlga_analysis.interpret.programme.updated_rows import updated_part  # (a sheet's row)

    texts = [(n, updated_part(t, label) or t) for n, t in texts]
    return sorted(texts, key=lambda nt: label.match(nt[1]) is None)
