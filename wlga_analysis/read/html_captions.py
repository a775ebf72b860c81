"""A web page's table captions: ``<caption>`` read as the line printed over the table.

A web page names a table in its ``<caption>`` ("Exhibit 8: recommendations and management
responses", "Table 1: Open actions"); the Word and PDF forms of the same paper print that
name as a line of its own over the table (a bold line or a heading). Nothing of a page is
lost, so the web reader (:mod:`.html`) reads the caption as that line: its blocks, as
printed (its own bold and italics kept, not made bold: a bold line alone is a heading or a
theme to the interpreters), just before the table (a layout table's too) -- but **after**
it where a heading stands directly over the table (:func:`placed_captions`; on a page
that prints its headings as bold lines, a bold line that reads as one: see
:mod:`.bold_levels`): there the heading names the table in every reading of a
programme's or a paper's layout ("### Workstream 1: Buildings" over its milestones
table, "Theme 1" over a matrix), and the
paper's other forms print no caption between them (pandoc's Markdown prints "Table: ..."
under the table). A caption the page hides (``hidden``, ``display: none``) is not printed,
and stays unread, as any hidden element.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> table = ("<table><caption>Table 1: Open actions</caption><tr><th>Action</th><th>Owner"
...          "</th></tr><tr><td>Publish the plan</td><td>WLGA</td></tr></table>")
>>> def kinds(model):
...     return [(type(b).__name__, b.text.text if hasattr(b, "text") else "")
...             for b in model.blocks]
>>> kinds(read_html("<p>The actions agreed.</p>" + table))[1:]
[('Paragraph', 'Table 1: Open actions'), ('Table', '')]
>>> kinds(read_html("<h3>Actions</h3>" + table))
[('Heading', 'Actions'), ('Table', ''), ('Paragraph', 'Table 1: Open actions')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.read.html import Element
    from wlga_analysis.read.model import Block

__all__ = ["CAPTION_LABEL", "caption_of", "placed_captions"]

#: The label pandoc prints before a table's caption under the table.
CAPTION_LABEL = "Table: "
#: A caption that labels itself ("Table 2: ...", "Exhibit 8: ...", "Figure 3: ..."): printed
#: as it is.
_LABELLED = LazyPattern(r"(?:Table|Exhibit|Figure|Chart|Box)(?: \d{1,3}[a-z]?)?: +\S")


def caption_of(reader: Any, table: Element) -> list[Block]:
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

    blocks = [block for caption in captions if not _hidden(caption)
              for block in reader.blocks(caption, 0, False)]
    if blocks:  # (noted on the reader: :func:`placed_captions` finds them by identity)
        reader.__dict__.setdefault("caption_ids", set()).update(map(id, blocks))
    return blocks


def placed_captions(reader: Any, blocks: list[Block]) -> list[Block]:
    """``blocks`` (a page's, read by ``reader``) with each table's caption, read just
    before the table, moved after it where a heading stands directly over the caption
    (see the module); unchanged when the page has no caption.

    Parameters
    ----------
    reader : _Reader
        The web reader that read ``blocks``.
    blocks : list of Block
        The page's blocks.

    Returns
    -------
    list of Block
    """
    from wlga_analysis.read.model import Heading, Table

    ids = reader.__dict__.get("caption_ids")
    if not ids:
        return blocks
    from wlga_analysis.read.bold_levels import heads_in_bold

    bold = heads_in_bold(blocks)  # (a page whose headings are bold lines: those lines)
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and id(blocks[end]) in ids:
            end += 1  # (a caption's blocks, then its table)
        if end > k and end < len(blocks) and isinstance(blocks[end], Table) \
                and out and (isinstance(out[-1], Heading) or bold(out[-1])):
            out.extend([blocks[end], *map(_under_its_table, blocks[k:end])])
            k = end + 1
        elif end > k:
            out.extend(blocks[k:end])
            k = end
        else:
            out.append(blocks[k])
            k += 1
    return out


def _under_its_table(block: Block) -> Block:
    """A caption's paragraph printed under its table as pandoc prints one ("Table: ..."):
    a line the text form reads as a caption, never as the heading of what follows
    (:meth:`~wlga_analysis.read.text_lines.LineRunReader.parse_caption`)."""
    from wlga_analysis.read.model import Inline, Paragraph

    if not isinstance(block, Paragraph) or block.number is not None \
            or _LABELLED.match(block.text.text) is not None:
        return block  # (a caption labelled already: "Table 2: ...")
    return Paragraph(Inline(CAPTION_LABEL) + block.text, None, block.location)
