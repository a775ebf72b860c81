"""Programme interpreter: a bullet under a table that opens with a row's ref is a note.

An update that prints its actions in a table may follow it with "Notes:" bullets, each
about one row, opening with that row's ref::

    Ref    Action                          Status    Target
    A2.1   Return to local government      At risk   February 2027

    Notes:
    - A2.1: the launch has slipped from December 2026 to February 2027.
    - A2.2 is a new action agreed by the Board in September 2026.

The row is the item; the bullet is what the paper says of it, not one more item. A careful
reader keeps it as text (the paragraphs table). :func:`with_ref_notes` reads each
un-numbered bullet after a table (a short label line such as "Notes:" between them allowed)
whose first word is a ref printed in the first column of that table, or of a table before
it, as a paragraph.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, ListItem, Paragraph, Table
>>> def cell(text):
...     return Cell((Paragraph(Inline(text)),))
>>> table = Table((cell("Ref"), cell("Action")), ((cell("A2.1"), cell("Scheme")),))
>>> blocks = [table, Paragraph(Inline("Notes:")), ListItem(Inline("A2.1: it slipped.")),
...           ListItem(Inline("Another point."))]
>>> [type(b).__name__ for b in with_ref_notes(blocks)]
['Table', 'Paragraph', 'Paragraph', 'ListItem']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import ListItem, Paragraph, Table

__all__ = ["with_ref_notes"]

#: The longest label line between a table and its notes ("Notes:", "Key points:").
_LABEL_MAX = 30


def _first_word(text: str) -> str:
    word = text.split(None, 1)[0] if text.strip() else ""
    return word.rstrip(":,;.")


def _refs(table: Table) -> set[str]:
    """The first column's refs of a table's rows: short one-word cells holding a figure."""
    out: set[str] = set()
    for row in table.rows:
        text = row[0].text.strip() if row else ""
        if 0 < len(text) <= 12 and " " not in text and any(ch.isdigit() for ch in text):
            out.add(text.rstrip("."))
    return out


def with_ref_notes(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each bullet note on a table's row (see the module) a paragraph.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list
        A new list where a bullet became a paragraph; else ``blocks`` itself.
    """
    if not any(b.__class__ is Table for b in blocks):
        return blocks
    out = blocks
    refs: set[str] = set()
    after_table = False  # the blocks since the last table are its notes or their label
    for k, block in enumerate(blocks):
        if block.__class__ is Table:
            refs |= _refs(block)
            after_table = True
        elif block.__class__ is ListItem and after_table and block.kind == "bullet" \
                and _first_word(block.text.text) in refs:
            if out is blocks:
                out = list(blocks)
            out[k] = Paragraph(block.text, None, block.location)
        elif not (block.__class__ is Paragraph and len(block.text.text) <= _LABEL_MAX
                  and block.text.text.rstrip().endswith(":")) and block.__class__ is not ListItem:
            after_table = False
    return out
