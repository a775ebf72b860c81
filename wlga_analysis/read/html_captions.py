"""A web page's table captions: ``<caption>`` read as the line printed over the table.

A web page names a table in its ``<caption>`` ("Exhibit 8: recommendations and management
responses", "Table 1: Open actions"); the other forms of the same paper print that name as
a line of its own by the table (a bold line or a heading over it in Word and PDF, pandoc's
"Table: Objective 1 actions" under it in Markdown). Nothing of a page is lost, so the web
reader (:mod:`.html`) reads the caption as that line: its blocks, as printed (its own bold
and italics kept), **just after the table** (a layout table's too). After, not before: a
heading stands directly over its table in every reading of a programme's or a paper's
layout ("### Workstream 1: Buildings" over its milestones table, "Theme 1" over a matrix),
and a caption between them would cut the table from its heading; and it is read as
printed, not made bold: a bold line alone is a heading or a theme to the interpreters. A
caption the page hides (``hidden``, ``display: none``) is not printed, and stays unread,
as any hidden element.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> model = read_html("<table><caption>Table 1: Open actions</caption>"
...                   "<tr><th>Action</th><th>Owner</th></tr>"
...                   "<tr><td>Publish the plan</td><td>WLGA</td></tr></table>")
>>> [(type(b).__name__, b.text.markdown() if hasattr(b, "text") else "")
...  for b in model.blocks]
[('Table', ''), ('Paragraph', 'Table 1: Open actions')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.read.html import Element
    from wlga_analysis.read.model import Block

__all__ = ["caption_blocks"]


def caption_blocks(reader: Any, table: Element) -> list[Block]:
    """The blocks of ``table``'s captions (its ``<caption>`` children, in the order
    printed), as printed; empty when it has none.

    Parameters
    ----------
    reader : _Reader
        The web reader reading the page (:class:`wlga_analysis.read.html._Reader`).
    table : Element
        A ``<table>`` element (or an ARIA grid read as one).

    Returns
    -------
    list of Block
    """
    captions = [c for c in table.children if getattr(c, "tag", None) == "caption"]
    if not captions:
        return []
    from wlga_analysis.read.html import _hidden

    return [block for caption in captions if not _hidden(caption)
            for block in reader.blocks(caption, 0, False)]
