"""A task board printed from the browser: columns of cards read as the board's table.

A planning tool's board (Microsoft Planner, Trello, Asana's board view) printed from the
browser is columns side by side, each a **bucket** (a list, a section) with its name over
its **cards**; a card prints its task's fields as small parts, some only as an icon whose
word is in its ``title`` (Planner's progress ◐ "In progress"), a person as initials whose
name is in the ``title``::

    <section class="bucket"><h2>Buildings and energy</h2>
      <div class="card"><div class="labels"><span class="label">Training</span></div>
        <div class="title"><span class="progress" title="In progress">◐</span> Run ...</div>
        <div class="meta"><span class="late">Late</span><span class="due">19/09</span></div>
        <div class="assignees"><span class="avatar" title="Carys Morgan">CM</span></div>
      </div> ...

Read as the tool's export prints the same board (:mod:`wlga_analysis.interpret.programme
.task_board`): a table ``Task Name | Bucket Name | Progress | Late | Due Date | Assigned To |
Labels | Priority | Checklist``, a row per card in the board's order. The rule
(:func:`board_tables`, before the page is read):

- a **board** is an element with two or more children that are **columns**: each has a
  heading (``<h2>``-``<h4>``, or an element whose class names a "name", "title" or
  "header") and one card or more (an element whose class has the word "card", a
  ``-card``/``card-`` part too: Trello's "list-card");
- a **card's** parts are found by their class words: title/name (the task, without its
  icon), progress/status (the word in its ``title``, else its text), late/overdue, due,
  avatar/assignee/member (the ``title``, else the text), label/tag, priority, checklist;
  text in none of them is kept in a "Details" column;
- a board whose column headings are mostly status words ("Done", "Now", "Next") is a
  status board or roadmap, left as it is (its cards are read by their columns' status);
- a due date printed without its year ("28/11") is in the year of the page's own date
  (the first dd/mm/yyyy outside the board: "exported on 06/10/2025"), as the tool prints
  it (the current year's dates without one);
- what else the board prints ("Completed tasks 1", a column's count) is kept as a line
  after the table; a board is noted ("task board").

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = ('<p>Printed 01/05/2024</p><div class="board">'
...         '<div class="column"><h3>Design</h3><div class="card"><div class="title">'
...         '<i class="status" title="Completed">✔</i> Draft brief</div>'
...         '<span class="due">12/04</span></div></div>'
...         '<div class="column"><h3>Build</h3><div class="card"><div class="title">Site set up'
...         '</div><span class="late">Late</span><span class="avatar" title="Ann Lee">AL</span>'
...         '</div></div></div>')
>>> model = read_html(page)
>>> table = model.blocks[1]
>>> table.header_text[:5]
['Task Name', 'Bucket Name', 'Progress', 'Late', 'Due Date']
>>> [[c.text for c in r][:6] for r in table.rows][0]
['Draft brief', 'Design', 'Completed', '', '12/04/2024', '']
>>> [[c.text for c in r][:6] for r in table.rows][1]
['Site set up', 'Build', '', 'true', '', 'Ann Lee']
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["board_tables"]

#: The header of the board's table, and the card part (class word) of each column.
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Task Name", ("title", "name", "task")),
    ("Bucket Name", ()),
    ("Progress", ("progress", "status")),
    ("Late", ("late", "overdue")),
    ("Due Date", ("due", "date")),
    ("Assigned To", ("avatar", "assignee", "assignees", "member", "members", "person")),
    ("Labels", ("label", "tag", "labels", "tags")),
    ("Priority", ("priority",)),
    ("Checklist", ("checklist", "checklists")),
    ("Details", ()),
)
#: A card's class: a word "card", or a part of one ("list-card", "card-body" is no card).
_CARD = compile_regex(r"(?:^|\s)(?:[\w-]*-)?card(?:\s|$)")
#: A column heading's class.
_HEADING_CLASS = compile_regex(r"(?i)(?:^|[\s_-])(?:name|title|header|heading)(?:$|[\s_-])")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})
#: A date with its year, and one without it.
_FULL_DATE = compile_regex(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
_SHORT_DATE = compile_regex(r"^\d{1,2}/\d{1,2}$")


def board_tables(markup: str, root: Any) -> list[Any]:
    """Turn each task board of the page's tree into a table (in place); return the notes
    (one "task board" note a board). A page with no "card" in its classes costs one look.

    Parameters
    ----------
    markup : str
        The page (to look for the cheap sign first).
    root : wlga_analysis.read.html.Element
        The page's element tree.
    """
    from wlga_analysis.read.model import Location, Note

    if "card" not in markup or not _CARD.search(" ".join(re.findall(r'class="([^"]*)"', markup))):
        return []
    notes: list[Any] = []
    year = _page_year(markup)
    for board in _boards(root):
        columns = [c for c in board.children if not isinstance(c, str) and _column(c)]
        if _status_columns(columns):
            continue  # (a roadmap's status columns: the interpreter reads its cards)
        _replace(board, columns, year)
        notes.append(Note(Location(line=board.line), "task board",
                          f"a task board's {len(columns)} columns of cards (line {board.line}) "
                          "read as a table, a row per card"))
    return notes


def _status_columns(columns: list[Any]) -> bool:
    """Whether half of a board's column headings or more are status words ("Done", "Now",
    "Next", "In progress": ``status_tags.csv``): a status board or roadmap, whose columns
    are statuses, not areas (:mod:`wlga_analysis.interpret.programme.roadmap`)."""
    from wlga_analysis.reference import load_status_tags

    tags = load_status_tags()
    names = [" ".join(_text(h).casefold().split()) for c in columns
             if (h := _heading(c)) is not None]
    return 2 * sum(1 for n in names if re.sub(r"\s*\(\d+\)$", "", n) in tags) >= len(names)


def _classes(el: Any) -> str:
    return el.attrs.get("class", "") if el.attrs else ""


def _elements(root: Any) -> list[Any]:
    out: list[Any] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in reversed(node.children) if not isinstance(c, str))
    return out


def _cards(column: Any) -> list[Any]:
    """The cards of a column (not nested in one another), in order."""
    out: list[Any] = []
    stack = [c for c in reversed(column.children) if not isinstance(c, str)]
    while stack:
        el = stack.pop()
        if _CARD.search(_classes(el)):
            out.append(el)
        else:
            stack.extend(c for c in reversed(el.children) if not isinstance(c, str))
    return out


def _heading(column: Any) -> Any | None:
    """A column's heading: its first heading element or one classed as a name/title."""
    for el in _elements(column)[1:]:
        if _CARD.search(_classes(el)):
            return None
        if el.tag in _HEADINGS or (_HEADING_CLASS.search(_classes(el)) and _text(el)):
            return el
    return None


def _column(el: Any) -> bool:
    return _heading(el) is not None and bool(_cards(el))


def _boards(root: Any) -> list[Any]:
    """The elements with two columns of cards or more among their children."""
    return [el for el in _elements(root) if sum(
        1 for c in el.children if not isinstance(c, str) and _CARD.search(
            " ".join(_classes(e) for e in _elements(c))) and _column(c)) >= 2]


def _text(el: Any) -> str:
    parts: list[str] = []
    stack: list[Any] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif node.tag != "button":
            stack.extend(reversed(node.children))
    return " ".join("".join(parts).split())


def _page_year(markup: str) -> str | None:
    """The year of the page's first full date outside its cards (the export's)."""
    for found in _FULL_DATE.finditer(markup):
        before = markup.rfind("class=", 0, found.start())
        if before < 0 or not _CARD.search(markup[before:found.start()].split(">", 1)[0]):
            return found.group(0)[-4:]
    return None


def _part(el: Any) -> int | None:
    """The column (of :data:`_COLUMNS`) a card's part gives, by its class words."""
    words = set(re.split(r"[\s_-]+", _classes(el).casefold()))
    for k, (_, parts) in enumerate(_COLUMNS):
        if words & set(parts):
            return k
    return None


def _card_row(card: Any, bucket: str, year: str | None) -> list[str]:
    """A card's cells under the columns of :data:`_COLUMNS`."""
    cells: list[list[str]] = [[] for _ in _COLUMNS]
    cells[1].append(bucket)
    stack: list[Any] = list(reversed(card.children))
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if node.strip():
                cells[-1].append(node.strip())
            continue
        k = _part(node)
        if k in (2, 5) and node.attrs.get("title"):  # (an icon or initials: the word)
            cells[k].append(node.attrs["title"].strip())
        elif k == 3:
            cells[k].append("true")
        elif k == 0:  # (the title without its icon: the icon gives the progress)
            _title(node, cells)
        elif k is not None and not any(_part(e) is not None for e in _elements(node)[1:]):
            cells[k].append(_text(node))
        else:
            stack.extend(reversed(node.children))
    due = " ".join(cells[4])
    if year and _SHORT_DATE.match(due):
        cells[4] = [f"{due}/{year}"]
    return [";".join(c) if k in (5, 6) else " ".join(c) for k, c in enumerate(cells)]


def _title(node: Any, cells: list[list[str]]) -> None:
    """A card's title part: its icons' words to their columns, its text the task."""
    words: list[str] = []
    for child in node.children:
        if isinstance(child, str):
            words.append(child)
            continue
        k = _part(child)
        if k == 2 and child.attrs.get("title"):
            cells[2].append(child.attrs["title"].strip())
        else:
            words.append(_text(child))
    cells[0].append(" ".join("".join(words).split()))


def _replace(board: Any, columns: list[Any], year: str | None) -> None:
    """The board's element made a table (a row per card) and the lines it prints besides."""
    from wlga_analysis.read.html import Element

    rows: list[list[str]] = []
    extra: list[str] = []
    for column in columns:
        heading = _heading(column)
        bucket = _text(heading) if heading is not None else ""
        cards = _cards(column)
        rows.extend(_card_row(card, bucket, year) for card in cards)
        extra.extend(_left_over(column, heading, cards))
    line = board.line
    keep = [k for k in range(len(_COLUMNS)) if k < 2 or any(r[k] for r in rows)]

    def row(tag: str, texts: list[str]) -> Any:
        return Element("tr", {}, line, [Element(tag, {}, line, [t]) for t in texts])

    head = Element("thead", {}, line, [row("th", [_COLUMNS[k][0] for k in keep])])
    body = Element("tbody", {}, line, [row("td", [r[k] for k in keep]) for r in rows])
    board.tag, board.attrs = "div", {}
    board.children = [Element("table", {}, line, [head, body]),
                      *(Element("p", {}, line, [t]) for t in extra)]


def _left_over(column: Any, heading: Any, cards: list[Any]) -> list[str]:
    """The text a column prints besides its heading and cards ("Completed tasks 1")."""
    skip = {id(heading), *(id(c) for c in cards)}
    out: list[str] = []
    stack = [c for c in reversed(column.children)]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            if node.strip():
                out.append(node.strip())
        elif id(node) not in skip and node.tag != "button":
            stack.extend(reversed(node.children))
    return [" ".join(out)] if out else []
