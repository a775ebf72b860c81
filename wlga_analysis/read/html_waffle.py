"""A spreadsheet published to the web (Google Sheets' File > Publish to web): its grid.

Google Sheets publishes a workbook as one page: each tab a ``<table class="waffle">`` in a
``<div>`` of its own (the tabs after the first hidden with ``display:none`` until their
button is clicked), above them the file's name, the row of tab buttons and an "Updated
automatically" bar, and below a "Published by Google Sheets" footer. The grid prints the
sheet's furniture as cells: a ``<thead>`` row of the column letters (A, B, C ...), a ``<th>``
opening each row with the row's number, and a freeze bar (a row of ``freezebar-cell``
cells) under the frozen header rows::

    <thead><tr><th></th><th>A</th><th>B</th>...</tr></thead>
    <tr><th class="row-headers-background"><div>4</div></th><td>ID</td><td>Workstream</td>...
    <tr><th class="freezebar-cell ..."></th><td class="freezebar-cell ..."></td>...

A careful reader reads each tab's rows as printed, the letters, numbers and freeze bar being
the grid's, not the sheet's: :func:`waffle_tables` takes them out of the page's tree (before
it is read) and opens the hidden tabs (every tab is published; the page shows one at a
time), and leaves out the page's furniture around the grids (the file's name, the tab
buttons, the bars): the sheet's own title row is the paper's title. One cheap look (the
word "waffle" in the page) rejects any other page.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = ('<div id="doc-title">tracker (copy)</div><div id="sheets-viewport">'
...         '<div id="0"><table class="waffle"><thead><tr><th></th><th>A</th><th>B</th>'
...         '</tr></thead><tbody><tr><th class="row-headers-background"><div>1</div></th>'
...         '<td>Ref</td><td>Action</td></tr><tr><th class="row-headers-background">'
...         '<div>2</div></th><td>A1</td><td>Do it</td></tr></tbody></table></div>'
...         '<div id="1" style="display:none"><table class="waffle"><tbody><tr>'
...         '<th class="row-headers-background">1</th><td>Grant</td><td>£5</td></tr>'
...         '</tbody></table></div></div>')
>>> model = read_html(page)
>>> [[c.text for c in b.header] for b in model.blocks]
[['Ref', 'Action'], ['Grant', '£5']]
>>> [n.kind for n in model.notes]
['sheet tab']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Location, Note

__all__ = ["waffle_tables"]

#: The ids of a published workbook's page furniture around its grids.
_FURNITURE_IDS = frozenset({"doc-title", "sheet-menu", "top-bar", "footer"})


def _classes(el: Any) -> str:
    return el.attrs.get("class", "")


def _elements(el: Any) -> list[Any]:
    return [c for c in el.children if not isinstance(c, str)]


def _grid_row(tr: Any) -> Any | None:
    """A grid row without its row-number cell; None for a freeze bar's row."""
    cells = _elements(tr)
    if cells and all("freezebar" in _classes(c) for c in cells):
        return None
    if cells and cells[0].tag == "th" and ("row-header" in _classes(cells[0])
                                          or "freezebar" in _classes(cells[0])):
        tr.children = [c for c in tr.children if c is not cells[0]]
    return tr


def _strip_grid(table: Any) -> None:
    """The column letters, row numbers and freeze bar of a waffle table taken out."""
    kept: list[Any] = []
    for part in table.children:
        if isinstance(part, str):
            kept.append(part)
        elif part.tag == "thead":
            continue  # (the column letters)
        elif part.tag == "tbody":
            part.children = [r for r in part.children
                             if isinstance(r, str) or r.tag != "tr" or _grid_row(r) is not None]
            kept.append(part)
        elif part.tag != "tr" or _grid_row(part) is not None:
            kept.append(part)
    table.children = kept


def _open_tab(div: Any) -> bool:
    """Whether a hidden tab's ``<div>`` was opened (its ``display:none`` removed)."""
    style = div.attrs.get("style", "")
    if "display" not in style or "none" not in style:
        return False
    div.attrs = {k: v for k, v in div.attrs.items() if k != "style"}
    return True


def waffle_tables(markup: str, root: Any) -> list[Note]:
    """Prepare a published spreadsheet's page before it is read (see the module): the grid's
    furniture taken out, hidden tabs opened, the page's furniture left out; the notes of the
    tabs opened. Any other page is left as it is.

    Parameters
    ----------
    markup : str
        The page (for the cheap look).
    root : wlga_analysis.read.html.Element
        The page's element tree (changed in place).

    Returns
    -------
    list of Note
        One "sheet tab" note per hidden tab opened.

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> waffle_tables("<p>Hi</p>", parse_html("<p>Hi</p>"))
    []
    """
    if "waffle" not in markup:
        return []
    notes: list[Note] = []
    stack = [root]
    while stack:
        el = stack.pop()
        kept: list[Any] = []
        for c in el.children:
            if isinstance(c, str):
                kept.append(c)
                continue
            if c.attrs.get("id") in _FURNITURE_IDS:
                continue
            if c.tag == "table" and "waffle" in _classes(c).split():
                _strip_grid(c)
            elif c.tag == "div" and c.find(lambda e: e.tag == "table" and "waffle" in
                                           _classes(e).split()) and _open_tab(c):
                notes.append(Note(Location(line=c.line), "sheet tab",
                                  f"a hidden sheet tab (line {c.line}) of a published "
                                  "spreadsheet read: every tab is published"))
            kept.append(c)
            stack.append(c)
        el.children = kept
    return notes
