"""Headings printed again and again under other headings of the same size: labels.

A PDF gives its headings levels by their size, and a Word file or web page by the style or
tag its author chose; an author often prints the labels of each section's parts
("Activity underway", "Recommendations", "Progress") in the same size or style as the
sections' own names ("A1 Scrutiny and transparency"). A careful reader still sees which is
which: a heading printed again and again, the same words under each section, is the label
of a part of the section above it, not a section beside it. So, at a level where some
headings are printed two or more times and others once, a repeated one that stands after a
once-printed one at that level is read one level deeper (:func:`with_label_levels`), with a
note; the other headings keep their levels.

Examples
--------
>>> from wlga_analysis.read.model import DocumentModel, Heading, Inline, Location, Paragraph
>>> def heading(text, level, line):
...     return Heading(Inline(text), level, None, Location(line))
>>> text = Paragraph(Inline("Text."), None, Location(9))
>>> blocks = [heading("Part A", 3, 1), heading("A1 Scrutiny", 4, 2), heading("Activity", 4, 3),
...           text, heading("Recommendations", 4, 4), text, heading("A2 Voting", 4, 5),
...           heading("Activity", 4, 6), text, heading("Recommendations", 4, 7), text]
>>> model = with_label_levels(DocumentModel(blocks=blocks))
>>> [(b.text.text, b.level) for b in model.blocks if isinstance(b, Heading)][1:5]
[('A1 Scrutiny', 4), ('Activity', 5), ('Recommendations', 5), ('A2 Voting', 4)]
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.read.bold_levels import DEEPEST
from wlga_analysis.read.model import Heading, Note

__all__ = ["label_heading_levels", "with_label_levels"]


def _words(block: Heading) -> str:
    return " ".join(block.text.text.casefold().split())


def label_heading_levels(blocks: list[Any]) -> dict[int, int]:
    """The headings of ``blocks`` (by index) that are labels printed again and again at the
    level of once-printed headings, and the level each is read at (see the module).

    Parameters
    ----------
    blocks : list
        A document model's blocks.

    Returns
    -------
    dict
        Index -> the deeper level; empty when no heading is such a label.
    """
    counts: dict[tuple[int, str], int] = {}
    for block in blocks:
        if type(block) is Heading and block.level < DEEPEST:
            key = (block.level, _words(block))
            counts[key] = counts.get(key, 0) + 1
    if not counts or max(counts.values()) < 2:  # (most papers: no heading printed twice)
        return {}
    levels: dict[int, int] = {}
    seen_once: set[int] = set()  # (levels at which a once-printed heading has stood)
    for k, block in enumerate(blocks):
        if type(block) is not Heading or block.level >= DEEPEST:
            continue
        if counts[(block.level, _words(block))] == 1:
            seen_once.add(block.level)
        elif block.level in seen_once and sum(
                1 for (level, _), n in counts.items() if level == block.level and n == 1) >= 2:
            levels[k] = block.level + 1
    return levels


def with_label_levels(model: Any) -> Any:
    """A published form's model with its repeated label headings read one level deeper
    (:func:`label_heading_levels`), with a note each; the model unchanged when it has none.

    Parameters
    ----------
    model : DocumentModel

    Returns
    -------
    DocumentModel
    """
    levels = label_heading_levels(list(model.blocks))
    if not levels:
        return model
    blocks = list(model.blocks)
    notes = list(model.notes)
    for k, level in levels.items():
        block = blocks[k]
        blocks[k] = dataclasses.replace(block, level=level)
        notes.append(Note(block.location, "label heading", (
            f"heading {block.text.text!r} is printed again and again at the size of the "
            f"headings it stands under; read as a label one level deeper ({level})")))
    return dataclasses.replace(model, blocks=blocks, notes=notes)
