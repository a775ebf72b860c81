"""A work-management tool's list view printed from the browser: rows of ``role="row"`` read
as the list's table.

Asana's print view (and other tools' list views) draws its list as ``div``\\s, not as a
``<table>`` or an ARIA grid (no ``role="table"`` around it): a row of column headers
(``role="columnheader"`` cells, a first cell with none over the completion ticks), then
each section's heading over its task rows, each row ``role="row"`` whose child elements are
its cells::

    <div role="row"><span></span><span role="columnheader">Task name</span> ...</div>
    <div class="PrintSection"><h2>Scrutiny development</h2>
      <div role="row"><span>✓</span><span class="TaskName">Run the ...
        <div class="TaskNotes"><div>Six sessions held.</div></div></span>
        <span>DH Dafydd Huws</span><span>30 Nov 2025</span><span>On track</span></div> ...

Read as the table the list presents (:func:`row_list_tables`, before the page is read):
its header the header row's cells; each section heading between the rows a row of one
filled cell (the section's name, as a list pasted into Word prints it merged across); each
task row a row of its child elements' text, where a cell's own words (the task's name)
stand apart from the elements it nests under them (its notes, a subtask count), which are
kept in a last "Notes" column (nothing lost) when they are lines of their own (a ``div``,
``p`` or list) or a part labelled for a screen reader (``aria-label``). A page with no
``role="columnheader"`` costs one look; rows inside a ``<table>`` or an ARIA grid are left
to their table.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = ('<p>Printed 12 Feb 2026</p><div role="row"><span></span>'
...         '<span role="columnheader">Task name</span><span role="columnheader">Due date'
...         '</span></div><div><h2>Cyber</h2><div role="row"><span>\u2713</span><span>Run an '
...         'exercise<div>Held in May.</div></span><span>30 May</span></div>'
...         '<div role="row"><span>\u25cb</span><span>Write a plan</span><span>31 Mar</span>'
...         '</div></div>')
>>> table = read_html(page).blocks[1]
>>> table.header_text
['', 'Task name', 'Due date', 'Notes']
>>> [[c.text for c in r] for r in table.rows]
[['Cyber', '', '', ''], ['\u2713', 'Run an exercise', '30 May', 'Held in May.'], \
['\u25cb', 'Write a plan', '31 Mar', '']]
"""

from __future__ import annotations

from typing import Any

__all__ = ["row_list_tables"]

#: The headings that name a section between the rows.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The elements that put a cell's nested text on lines of its own.
_BLOCKS = frozenset({"div", "p", "ul", "ol"})
#: The fewest task rows of a list.
_MIN_ROWS = 2


def _role(el: Any) -> str:
    return el.attrs.get("role", "").strip().casefold() if el.attrs else ""


def _elements_of(el: Any) -> list[Any]:
    return [c for c in el.children if not isinstance(c, str)]


def _text(node: Any) -> str:
    if isinstance(node, str):
        return node
    return " ".join(" ".join(_text(c) for c in node.children).split())


def row_list_tables(markup: str, root: Any) -> list[Any]:
    """Turn each list of ``role="row"`` rows outside any table into a table (in place);
    return the notes (one "list rows" note a list)."""
    from wlga_analysis.read.model import Location, Note

    if 'role="columnheader"' not in markup:
        return []
    notes: list[Any] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.tag == "table" or _role(node) in {"table", "grid", "treegrid"}:
            continue
        kids = node.children
        head = next((k for k, c in enumerate(kids) if not isinstance(c, str)
                     and _role(c) == "row" and any(_role(g) == "columnheader"
                                                    for g in _elements_of(c))), None)
        if head is not None and (table := _list_table(kids[head], kids[head + 1:])) is not None:
            node.children[head:] = [table]
            notes.append(Note(Location(line=table.line), "list rows",
                              f"a list view's rows (line {table.line}) read as a table"))
            continue
        stack.extend(c for c in reversed(kids) if not isinstance(c, str))
    return notes


def _flat_rows(nodes: list[Any]) -> list[Any]:
    """The rows and section headings of the elements after a header row, in order: an
    element that is neither holds them as children (a section's ``div``)."""
    out: list[Any] = []
    for node in nodes:
        if isinstance(node, str):
            continue
        if _role(node) == "row" or node.tag in _HEADINGS:
            out.append(node)
        elif any(_role(c) == "row" or c.tag in _HEADINGS for c in _elements_of(node)):
            out.extend(c for c in _elements_of(node) if _role(c) == "row" or c.tag in _HEADINGS)
        else:
            out.append(node)  # (other text: kept after the table)
    return out


def _notes_under(cell: Any) -> bool:
    """Whether a cell nests lines under its own words (a ``div``, ``p`` or list: a task's
    notes) or a part labelled for a screen reader (a subtask count): parts of the row,
    not of its name."""
    return any(g.tag in _BLOCKS or "aria-label" in g.attrs for g in _elements_of(cell))


def _row_texts(row: Any) -> list[tuple[str, int]]:
    """A task row's cells' texts and lines, and its "Notes" cell: the first cell that nests
    notes under its own words gives its own words, its notes the last cell."""
    kids = _elements_of(row)
    own = [" ".join(" ".join(s for s in c.children if isinstance(s, str)).split())
           for c in kids]
    named = next((k for k, c in enumerate(kids) if own[k] and _notes_under(c)), None)
    out = [(own[k] if k == named else _text(c), c.line) for k, c in enumerate(kids)]
    notes = " ".join(_text(g) for g in _elements_of(kids[named])) if named is not None else ""
    return [*out, (notes, row.line)]


def _list_table(header: Any, after: list[Any]) -> Any:
    """The table of a header row and the rows after it; None when fewer than two rows."""
    from wlga_analysis.read.html_tree import Element

    width = len(_elements_of(header))
    parts = _flat_rows(after)
    rows = [p for p in parts if _role(p) == "row" and len(_elements_of(p)) == width]
    if len(rows) < _MIN_ROWS or width < 2:
        return None

    def cell(tag: str, text: str, line: int) -> Any:
        return Element(tag, {}, line, [text] if text else [])

    head = [cell("th", _text(c), c.line) for c in _elements_of(header)]
    body: list[Any] = []
    rest: list[Any] = []
    for part in parts:
        if part.tag in _HEADINGS:
            cells = [cell("td", _text(part), part.line)] + \
                [cell("td", "", part.line) for _k in range(width)]
        elif _role(part) == "row" and len(_elements_of(part)) == width:
            cells = [cell("td", text, line) for text, line in _row_texts(part)]
        else:
            rest.append(part)
            continue
        body.append(Element("tr", {}, part.line, cells))
    table = Element("table", {}, header.line, [
        Element("thead", {}, header.line, [Element("tr", {}, header.line, [
            *head, cell("th", "Notes", header.line)])]),
        Element("tbody", {}, header.line, body)])
    table_and_rest = Element("div", {}, header.line, [table, *rest])
    table_and_rest.line = header.line
    return table_and_rest
