"""Programme interpreter: labelled priority headings in a paper that numbers its framing
paragraphs.

A programme update may number only the paragraphs that frame it ("1. To update Members
...", "Background" 2-3, "Recommendation" 4) and head its priorities by a label with no
paragraph number: "Priority 1 – Recruitment and retention", "Objective 2: Data",
"Workstream 3. Wellbeing", each over its bullets (often in groups under run-in labels such
as "Progress to date:" and "Next steps:"; a label before the first list is read as a part
of the section, :class:`~.themes.ThemeText`, no item). Each such heading is read as the numbered
section heading it stands for ("1. Recruitment and retention"), with the printed number,
so that its bullets are that section's items, as in a paper that numbers its section
headings, and its name one of the paper's priorities when the paper lists none
(:class:`~.section_priorities.PriorityHeading`). The label words are data (list ``section label`` of
``data/raw/programme_words.csv``, read by :func:`.sections.section_label`).

A heading after the last labelled one (at its level or above) that is not followed by a
numbered paragraph ends the last section: it is read as the next numbered section heading
(a framing section such as "Funding" is never a progress section), so that the table or
list under it is not read as more of the last priority.

The rule accepts a paper only when it numbers a paragraph, has a list, and has at least
two labelled headings, numbered 1, 2, ... in order, each followed by a list before the
next heading: a paper that merely mentions "Priority 1" in a short line is left as it is.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("To update Members."), "1"),
...           Heading(Inline("Priority 1 – Housing"), 3), ListItem(Inline("Done.")),
...           Heading(Inline("Priority 2 – Data"), 3), ListItem(Inline("Begun."))]
>>> [(type(b).__name__, b.number, b.text.text)
...  for b in labelled_priority_sections(blocks)[1:] if not isinstance(b, ListItem)]
[('PriorityHeading', '1', 'Housing'), ('PriorityHeading', '2', 'Data')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.section_priorities import priority_heading
from wlga_analysis.interpret.programme.sections import _heading_shaped, section_label
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table

__all__ = ["labelled_priority_sections"]


def _labelled(blocks: list[Any]) -> list[tuple[int, str, int]]:
    """(index, number, where the name starts) of each heading-shaped labelled block."""
    out = []
    for i, block in enumerate(blocks):
        if block.__class__ is ListItem or not _heading_shaped(block):
            continue
        found = section_label(block.text.text)
        if found is not None:
            out.append((i, *found))
    return out


def _over_a_list(blocks: list[Any], i: int) -> bool:
    """Whether a list follows block ``i`` before the next heading or numbered paragraph
    (run-in labels such as "Progress to date:" may stand between)."""
    for block in blocks[i + 1:]:
        if block.__class__ is ListItem:
            return True
        if isinstance(block, (Heading, Table)) or getattr(block, "number", None) is not None:
            return False
        if _heading_shaped(block) and section_label(block.text.text) is not None:
            return False
    return False


def _closing_heading(blocks: list[Any], last: int) -> int | None:
    """The index of the heading after the last labelled one that ends its section (at its
    level or above, or any heading-shaped line over a table or list when the labelled
    headings are lines of text), unless a numbered paragraph follows it (the paper's own
    numbering then ends the section)."""
    head = blocks[last]
    for k in range(last + 1, len(blocks)):
        block = blocks[k]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if isinstance(block, Heading):
            ends = not isinstance(head, Heading) or block.level <= head.level
        else:
            ends = (block.__class__ is Paragraph and block.number is None
                    and _heading_shaped(block) and isinstance(nxt, (ListItem, Table))
                    and not block.text.text.endswith(":"))
        if ends:
            numbered = isinstance(nxt, Paragraph) and nxt.number is not None
            return None if numbered else k
    return None


def labelled_priority_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each labelled priority heading read as a numbered section heading,
    when the paper numbers a paragraph and heads two or more priorities by a label over
    their lists; else None (the paper is left to the other rules).

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
    >>> labelled_priority_sections([Paragraph(Inline("Purpose."), "1"),
    ...                             Heading(Inline("Priority 1 – Housing"), 3)]) is None
    True
    """
    classes = set(map(type, blocks))
    if ListItem not in classes or not any(
            b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    found = _labelled(blocks)
    if len(found) < 2 or [int(n) for _, n, _ in found] != list(range(1, len(found) + 1)):
        return None
    if not all(_over_a_list(blocks, i) for i, _, _ in found):
        return None
    out = list(blocks)
    for i, number, start in found:
        block = blocks[i]
        out[i] = priority_heading(block, block.text.slice(start, len(block.text.text)),
                                  number)
        k = i + 1  # (run-in labels over the first list, "Progress to date:": no items)
        while blocks[k].__class__ is not ListItem:
            out[k] = ThemeText(blocks[k].text, None, blocks[k].location)
            k += 1
    close = _closing_heading(blocks, found[-1][0])
    if close is not None:
        block = blocks[close]
        out[close] = Paragraph(block.text, str(len(found) + 1), block.location)
    return out
