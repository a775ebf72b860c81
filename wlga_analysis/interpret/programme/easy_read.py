"""Programme interpreter: an Easy Read version of a programme update.

An Easy Read paper prints one short sentence (or two) a box, each beside a picture, under
plain headings; no bullets and no numbers but the priorities' labels::

    Priority 1: Councillors checking decisions
    [picture] | This part is about how councillors check the decisions ...
    What we have done
    [picture] | In July 2025 we ran 9 training days for councillors about scrutiny.
    What we will do next
    [picture] | We will hold a meeting for all scrutiny chairs in February 2026.
    Money for this work
    [picture] | The Welsh Government gave the WLGA £650,000 ...

The boxes reach the interpreter as a table's rows (the picture's cell empty: Markdown, Word)
or as a paragraph a sentence (a web page's ``<p>``, a PDF's lines). A careful reader takes:

- each **labelled priority** heading ("Priority 1: ...", :func:`.sections.section_label`)
  as its numbered section; the headings after the last priority that are no part of it
  ("Money for this work", "Hard words", "More information") frame the paper, no sections;
- the **part headings** under a priority ("What we have done", "What we will do next":
  :func:`wlga_analysis.read.report_parts.part_kind`) as group headings, as a themed
  report's parts (:mod:`.themes`): the boxes under "done" done unless their wording says
  otherwise ("We are still working on ..." in progress), under "next" planned;
- each **box** under a part an item; the boxes before a priority's first part ("This part
  is about ...") and every box outside the priorities text, never items (the money boxes'
  sentences are read by the grant rules).

The rule is tried only on a paper that numbers nothing and prints no list (one cheap look
first), with two labelled priorities at least and a part heading under one.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> lines = ["About this update", "This update is from the WLGA.",
...          "Priority 1: Roads", "This part is about roads.", "What we have done",
...          "We mended 9 bridges.", "What we will do next", "We will paint lines.",
...          "Priority 2: Parks", "What we have done", "We planted trees.",
...          "Money for this work", "We got £5,000."]
>>> out = easy_read_sections([Paragraph(Inline(t)) for t in lines])
>>> [(type(b).__name__, b.number) for b in out][2:6]
[('PriorityHeading', '1'), ('ThemeText', None), ('ThemeText', None), ('ListItem', None)]
>>> type(out[-2]).__name__, type(out[-1]).__name__
('Paragraph', 'Paragraph')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.sections import (
    _heading_shaped,
    labelled_heading,
    section_label,
)
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Inline, ListItem, Paragraph, Table
from wlga_analysis.read.report_parts import LONGEST, part_kind

__all__ = ["easy_read_sections"]

#: The fewest labelled priorities of an Easy Read paper.
MIN_PRIORITIES = 2


def _label(block: Any) -> tuple[str, int] | None:
    return section_label(block.text.text) if _heading_shaped(block) else None


def _part(block: Any) -> str | None:
    if block.__class__ is Table or not hasattr(block, "text") \
            or len(block.text.text) > LONGEST or not _heading_shaped(block):
        return None
    return part_kind(block.text.text)


def _accepts(blocks: list[Any]) -> dict[int, tuple[str, int]] | None:
    """The labelled priorities by index, when the paper is read so (see the module)."""
    labels: dict[int, tuple[str, int]] = {}
    for i, block in enumerate(blocks):
        cls = block.__class__
        if cls is ListItem or (cls is Paragraph and block.number is not None):
            return None  # (a list or a numbered paragraph: another layout)
        if cls is not Table and (label := _label(block)) is not None:
            labels[i] = label
    if len(labels) < MIN_PRIORITIES:
        return None
    first = min(labels)  # (a priority's labelled heading is no part: not looked at again)
    if not any(_part(b) is not None for i, b in enumerate(blocks[first:], first)
               if i not in labels):
        return None
    return labels


def _boxes(block: Any) -> list[tuple[str, Any]]:
    """A block's boxes: a table's rows (the text of their cells with text), or the block."""
    if block.__class__ is not Table:
        return [(block.text.text, block.location)] if hasattr(block, "text") else []
    out = []
    for row in (block.header, *block.rows):
        texts = [c.text for c in row if c.text]
        if texts:
            out.append((" ".join(texts), row[0].location))
    return out


def easy_read_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an Easy Read paper read as numbered sections over their parts' boxes
    (see the module); None when the paper is not one.

    Parameters
    ----------
    blocks : list
        The paper's blocks.

    Returns
    -------
    list or None
        The blocks: each priority a numbered heading, each box under a part a bullet, every
        other box a paragraph.
    """
    labels = _accepts(blocks)
    if labels is None:
        return None
    out: list[Any] = []
    in_priority = in_part = False
    for i, block in enumerate(blocks):
        if i in labels:
            out.append(labelled_heading(block, *labels[i]))
            in_priority, in_part = True, False
            continue
        if in_priority and _part(block) is not None:
            out.append(ThemeText(block.text, None, block.location))
            in_part = True
            continue
        if in_priority and block.__class__ is not Table and _heading_shaped(block):
            in_priority = in_part = False  # (a heading of the paper's own: "Money for ...")
        for text, at in _boxes(block) if block.__class__ is Table or not out \
                or in_priority else [(None, None)]:
            if text is None:
                out.append(block)
            elif in_part:
                out.append(ListItem(Inline(text), "-", "bullet", None, 0, at))
            elif in_priority:
                out.append(ThemeText(Inline(text), None, at))
            else:
                out.append(Paragraph(Inline(text), None, at))
    return out
