"""HTML reader: a meeting page's agenda items printed as one small table each.

A council's committee pages (ModernGov's minutes and agendas, "mgItemTable") print each
agenda item as a table of one row and two cells: the item's number alone in the first cell
("7."), and in the second the item's title, a "Minutes:" label and the minute's paragraphs
and lists. The table is the page's layout, not data: a careful reader reads "7. WLGA
IMPROVEMENT PROGRAMME ..." as a numbered heading over the item's paragraphs, as the printed
minutes (a Word file, its PDF) show it. :func:`item_number` tells such a table;
:func:`item_blocks` reads it: the second cell's blocks, the first numbered by the first
cell.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = read_html('<table><tr><td><p>7.</p></td><td><p>BUDGET</p>'
...                  '<p>7.1 The report was noted.</p></td></tr></table>')
>>> [(type(b).__name__, getattr(b, "number", None), b.text.text) for b in page.blocks]
[('Paragraph', '7', 'BUDGET'), ('ListItem', '7.1', 'The report was noted.')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.html_tree import Element
from wlga_analysis.read.model import Heading, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["item_blocks", "item_number"]

#: An agenda item's number alone in its cell: "7.", "7", "12a.".
_ITEM_NUMBER = LazyPattern(r"\s*(\d{1,3}[a-z]?)\.?\s*")
#: Elements whose content is a block of its own (a paragraph, a list, a heading).
_BLOCKS = frozenset({"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                     "blockquote"})


def _text(node: Element | str) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text(c) for c in node.children)


def _cells(tr: Element) -> list[Element]:
    return [c for c in tr.children if isinstance(c, Element) and c.tag in ("td", "th")]


def _block_count(cell: Element) -> int:
    """The block-level elements of a cell, a ``<div>`` of blocks counted by its children."""
    count = 0
    for child in cell.children:
        if isinstance(child, Element) and child.tag in _BLOCKS:
            inner = _block_count(child) if child.tag == "div" else 0
            count += inner or 1
    return count


def item_number(rows: list[tuple[Element, bool]]) -> str | None:
    """The agenda item's number ("7") when a table's rows are one row of two cells, the
    first holding only a number, the second two or more blocks (the item's title and
    its minute); else None.

    Examples
    --------
    >>> td = lambda html: Element("td", {}, 1, html)
    >>> p = lambda text: Element("p", {}, 1, [text])
    >>> item_number([(Element("tr", {}, 1, [td([p("7.")]), td([p("A"), p("B")])]), False)])
    '7'
    >>> item_number([(Element("tr", {}, 1, [td([p("7.")]), td([p("A")])]), False)]) is None
    True
    """
    if len(rows) != 1 or rows[0][1]:
        return None
    cells = _cells(rows[0][0])
    if len(cells) != 2:
        return None
    m = _ITEM_NUMBER.fullmatch(_text(cells[0]).replace("\u00a0", " "))
    if m is None or _block_count(cells[1]) < 2:
        return None
    return m.group(1)


def item_blocks(reader: Any, table: Element, number: str, level: int,
                bold: bool) -> list[Any]:
    """The blocks of an agenda item's table (:func:`item_number` gave ``number``): the
    second cell's blocks, the first of them (the item's title) numbered ``number``.

    Parameters
    ----------
    reader : html._Reader
        The reader of the page (its ``blocks`` method reads the cell).
    table : Element
        The ``<table>``.
    number : str
        The item's number.
    level, bold : int, bool
        The nesting level and emphasis the table is read at.

    Returns
    -------
    list
        The blocks, in reading order.

    Examples
    --------
    >>> from wlga_analysis.read.html import read_html
    >>> page = read_html('<table><tr><td>3</td><td><h3>Minutes</h3><p>Agreed.</p></td></tr>'
    ...                  '</table>')
    >>> [(b.number, b.text.text) for b in page.blocks]
    [('3', 'Minutes'), (None, 'Agreed.')]
    """
    rows = [c for c in table.children if isinstance(c, Element)]
    tr = next((c for c in rows if c.tag == "tr"), None)
    if tr is None:  # (the row inside a <tbody>)
        tr = next(c for body in rows for c in body.children
                  if isinstance(c, Element) and c.tag == "tr")
    blocks = reader.blocks(_cells(tr)[1], level, bold)
    first = next((k for k, b in enumerate(blocks) if b.text.text.strip()), None)
    if first is not None and (blocks[first].__class__ is Heading or (
            blocks[first].__class__ is Paragraph and blocks[first].number is None)):
        blocks[first] = Paragraph(blocks[first].text, number, blocks[first].location)
    return blocks
