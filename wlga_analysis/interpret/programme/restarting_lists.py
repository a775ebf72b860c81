"""Programme interpreter: labelled priority headings over numbered lists restarting at 1.

A Word update numbers its items by a list per priority, "1.1" - "1.5" under "Priority 1:
...", "2.1" - "2.5" under "Priority 2: ...", the framing paragraphs 1-4 another list. A
Markdown export (pandoc's) keeps each list's own count and drops the priority's part of
the number: under every labelled heading the items are numbered paragraphs restarting at
1 ("1.  **On track:** ..."), beside the framing paragraphs numbered through the paper
(1 the purpose, 2-3 the background, 4 the recommendation). Read as printed, the restarting
numbers are paragraphs of the paper; a careful reader reads the Word file's numbers: each
labelled heading a numbered section, its paragraphs its items "N.1", "N.2", ...

The rule accepts a paper only when two or more labelled headings (list ``section label``
of ``data/raw/programme_words.csv``), numbered 1, 2, ... in order, are each followed by a
numbered paragraph "1" (a block quote or note may stand between its items: a part of the
section, :class:`~.themes.ThemeText`, no item); those runs of paragraphs become list items
numbered by their heading, and the paper is then read as
:mod:`.labelled_priorities` reads a paper of labelled headings over lists. The paragraphs
numbered through the paper outside these runs stay its framing paragraphs.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Paragraph(Inline("To update Members."), "1"),
...           Heading(Inline("Priority 1: Housing"), 3), Paragraph(Inline("Done."), "1"),
...           Paragraph(Inline("Begun."), "2"),
...           Heading(Inline("Priority 2: Data"), 3), Paragraph(Inline("Begun."), "1"),
...           Heading(Inline("Recommendation"), 2), Paragraph(Inline("Note it."), "2")]
>>> out = restarting_list_sections(blocks)
>>> [(type(b).__name__, b.number) for b in out]  # doctest: +NORMALIZE_WHITESPACE
[('Paragraph', '1'), ('PriorityHeading', '1'), ('ListItem', '1.1'), ('ListItem', '1.2'),
 ('PriorityHeading', '2'), ('ListItem', '2.1'), ('Heading', None), ('Paragraph', '2')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.sections import _heading_shaped, section_label
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table

__all__ = ["restarting_list_sections"]


def _run(blocks: list[Any], i: int) -> list[int]:
    """The indexes of the numbered paragraphs 1, 2, ... after the labelled heading at
    ``i``, up to the next heading (un-numbered paragraphs between them, a quote, skipped);
    empty when the first numbered paragraph after it is not "1"."""
    out: list[int] = []
    for k in range(i + 1, len(blocks)):
        block = blocks[k]
        if isinstance(block, (Heading, Table, ListItem)):
            break
        if block.__class__ is not Paragraph or block.number is None:
            continue
        if block.number != str(len(out) + 1):
            break
        out.append(k)
    return out


def restarting_list_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with the numbered paragraphs restarting at 1 under each labelled heading
    read as list items numbered by it ("1" under "Priority 2: ..." -> "2.1") and the paper
    read by :func:`.labelled_priorities.labelled_priority_sections`; None for any other
    paper (one with list items of its own, or fewer than two such headings).

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks with the sections numbered.
    """
    if any(b.__class__ is ListItem for b in blocks):  # (its lists are lists: not this)
        return None
    labelled = [(i, found[0]) for i, b in enumerate(blocks)
                if b.__class__ is Heading and _heading_shaped(b)
                and (found := section_label(b.text.text)) is not None]
    if len(labelled) < 2 or [n for _, n in labelled] != [
            str(k) for k in range(1, len(labelled) + 1)]:
        return None
    runs = [(n, _run(blocks, i)) for i, n in labelled]
    if not all(run for _, run in runs):
        return None
    out = list(blocks)
    for n, run in runs:
        for k in range(run[0], run[-1] + 1):
            block = blocks[k]
            if k not in run:  # (a quote between the items: a part of the section, no item)
                out[k] = ThemeText(block.text, None, block.location)
                continue
            number = f"{n}.{block.number}"
            out[k] = ListItem(block.text, number, "number", number, 0, block.location)
    from wlga_analysis.interpret.programme.labelled_priorities import (
        labelled_priority_sections,
    )

    return labelled_priority_sections(out)
