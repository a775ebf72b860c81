"""Programme interpreter: a paragraph numbered THROUGH a paper read as an item, its
printed number its id.

A board cover paper or a council's quarterly report may number every paragraph in one run,
1 to N ("1. Purpose", "2. Recommendation", ..., the progress paragraphs 6-19 under
un-numbered or labelled priority sub-headings: :mod:`.cover_paper_progress`,
:mod:`.continuous_paragraphs`). A careful reader cites such a paragraph by the number the
paper prints ("paragraph 19"), so that number is the item's id (``item_id``), as a ref
printed in a table is (:class:`~.printed_refs.PlainRef`); the item still belongs to the
section of its sub-heading (the ``paragraph`` column) and is read as a bullet there.
Bullets with no number keep the id ``"<section>.<position>"``.

The number moves from paper to paper (background grows, completed work drops out), so a
series matches these items by their text, never by their id (:mod:`wlga_analysis.series`).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> item = through_item(Paragraph(Inline("A toolkit was published."), "7"))
>>> item.marker, item.kind, item.number, type(item.number).__name__
('7.', 'bullet', '7', 'PlainRef')
>>> from wlga_analysis.interpret.programme.items import item_key
>>> item_key(item.number, 2, 1)
'7'
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.printed_refs import PlainRef
from wlga_analysis.read.model import ListItem

__all__ = ["through_item"]


def through_item(block: Any) -> ListItem:
    """A paragraph numbered through the paper as an item of its section: a bullet whose
    number is its printed number, kept as the item's id (see the module).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> through_item(Paragraph(Inline("Work began."), "12")).number
    '12'
    """
    return ListItem(block.text, f"{block.number}.", "bullet", PlainRef(block.number), 0,
                    block.location)
