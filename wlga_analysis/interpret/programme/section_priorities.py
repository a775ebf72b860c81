"""Programme interpreter: a paper whose numbered paragraphs are only its section headings,
each over its own numbered items, and whose section headings name its priorities.

A council's update to Members (often an e-mail) may number nothing but its section
headings and their items: "1. CUSTOMER AND DIGITAL" over "1.1 Online payments: Update –
...", "1.2 ...", then "2. ASSETS AND ACCOMMODATION" over "2.1 ...", and close with a
framing section ("4. Funding", a table). No line lists the priorities, yet a careful reader
names them: the section headings, in reading order. Such a paper's headings are read as
:class:`PriorityHeading` blocks (numbered paragraphs like any other, whose lines the
interpreter gives the role :data:`~.heading_priorities.PRIORITY_ROLE`), so that a paper
that lists no priorities of its own takes its sections' names as its priorities
(:func:`~.heading_priorities.with_heading_priorities`). A paper that lists its priorities
keeps them; a paper with a numbered paragraph of prose (a "Purpose" paragraph) is left as
it is.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("CUSTOMER AND DIGITAL"), "1"),
...           ListItem(Inline("Portal: live."), number="1.1"),
...           Paragraph(Inline("WORKFORCE"), "2"),
...           ListItem(Inline("Policy: agreed."), number="2.1")]
>>> [type(b).__name__ for b in numbered_heading_sections(blocks)]
['PriorityHeading', 'ListItem', 'PriorityHeading', 'ListItem']
"""

from __future__ import annotations

from typing import Any, ClassVar

from wlga_analysis.interpret.programme.heading_priorities import PRIORITY_ROLE
from wlga_analysis.read.model import ListItem, Paragraph, Table

__all__ = ["PriorityHeading", "PriorityListHeading", "numbered_heading_sections",
           "priority_heading"]

#: What ends a sentence or a list's line (a heading ends with none of these).
_CLOSING = ".!?;:,"
#: Words of a paper that recommends or proposes (a recommendations paper read with the
#: programme loader): its numbered sections ("1. Reasons for the recommendations") are
#: not a programme's priorities.
_RECOMMENDING = ("recommend", "propos")


class PriorityHeading(Paragraph):
    """A numbered section heading that names one of the paper's priorities (a numbered
    paragraph to every rule; its line's role is :attr:`role`)."""

    role: ClassVar[tuple[str, None]] = (PRIORITY_ROLE, None)


class PriorityListHeading(PriorityHeading):
    """A priority heading over prose, then the list of its items
    (:func:`.sections.labelled_heading`)."""

    heads_items: ClassVar[bool] = True


def priority_heading(block: Any, text: Any, number: str) -> PriorityHeading:
    """``block`` read as the priority heading numbered ``number`` with the text ``text``.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> priority_heading(Paragraph(Inline("Priority 2 – Data")), Inline("Data"), "2").number
    '2'
    """
    return PriorityHeading(text, number, block.location)


def _short_heading(block: Any) -> bool:
    text = block.text.text
    return 0 < len(text) <= 80 and text[-1] not in _CLOSING and len(text.split()) <= 10


def _over_own_items(blocks: list[Any], i: int) -> bool:
    """Whether block ``i`` (numbered N) is followed by list items numbered "N.1", "N.2"
    ... (and nothing else) up to the next numbered paragraph or table."""
    prefix = f"{blocks[i].number}."
    seen = False
    for block in blocks[i + 1:]:
        if block.__class__ is ListItem:
            if not (block.number or "").startswith(prefix):
                return False
            seen = True
        elif isinstance(block, Table) or getattr(block, "number", None) is not None:
            break
    return seen


def _recommends(blocks: list[Any]) -> bool:
    """Whether a paragraph or list item of the paper recommends or proposes
    (:data:`_RECOMMENDING`)."""
    for block in blocks:
        inline = getattr(block, "text", None)
        lowered = inline.text.lower() if inline is not None else ""
        if any(word in lowered for word in _RECOMMENDING):
            return True
    return False


def numbered_heading_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with the numbered section headings read as :class:`PriorityHeading`,
    when every numbered paragraph of the paper is a short heading, two or more of them each
    over their own numbered items ("1." over "1.1", "1.2") and any other a framing section
    ("Funding", over a table), in a paper that does not recommend (a recommendations paper
    read with the programme loader); else None.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, ListItem
    >>> numbered_heading_sections([Paragraph(Inline("To update Members."), "1"),
    ...                            ListItem(Inline("Done."), number="1.1")]) is None
    True
    """
    from wlga_analysis.interpret.programme.layouts import is_other_section

    numbered = []
    for i, block in enumerate(blocks):  # (most papers: a paragraph of prose ends it early)
        if block.__class__ is Paragraph and block.number is not None:
            if not (block.number.isdecimal() and _short_heading(block)):
                return None
            numbered.append(i)
    if len(numbered) < 2:
        return None
    heads = [i for i in numbered if not is_other_section(blocks[i].text.text)]
    if len(heads) < 2 or not all(_over_own_items(blocks, i) for i in heads) \
            or _recommends(blocks):
        return None
    out = list(blocks)
    for i in heads:
        out[i] = priority_heading(blocks[i], blocks[i].text, blocks[i].number)
    return out
