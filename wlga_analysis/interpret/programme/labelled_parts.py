"""Programme interpreter: an annual delivery report's labelled priorities over their parts.

An annual delivery report prints each priority under a labelled heading ("Priority 1:
Member development"), a narrative paragraph under it, then the same parts in every
priority (:mod:`wlga_analysis.read.report_parts`): the year's work ("Achievements", "What
we did": bullets, done unless their wording says otherwise) and the next steps ("Looking
ahead", "Next steps": bullets, planned), perhaps with a case-study box between them (a
one-cell table in Markdown; a heading and paragraphs as a Word file or PDF prints it). A
careful reader takes:

- each **labelled priority** as its numbered section, numbered by its label
  (:func:`.sections.labelled_heading`);
- the **part headings** as group headings over the bullets
  (:class:`~.themes.ThemeText`), never sections nor priorities of their own;
- every other line of a priority (its narrative, a case study's title and paragraphs) as
  text of the priority, never items and never the end of the priority;
- the headings after the last priority's last bullet ("Contact", "Annex") as the paper's
  own, no part of the priority.

The rule is tried only on a paper that numbers no paragraph and prints a list (one cheap
look first), with two labelled priorities at least, part headings of two kinds, and a part
heading under every labelled priority.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Heading(Inline("Priority 1: Roads")), Paragraph(Inline("Roads matter.")),
...           Heading(Inline("Achievements"), 3), ListItem(Inline("We mended 9 bridges.")),
...           Heading(Inline("Case study: Powys"), 3), Paragraph(Inline("Powys did well.")),
...           Heading(Inline("Looking ahead"), 3), ListItem(Inline("Paint lines.")),
...           Heading(Inline("Priority 2: Parks")), Heading(Inline("Achievements"), 3),
...           ListItem(Inline("We planted trees.")), Heading(Inline("Looking ahead"), 3),
...           ListItem(Inline("Plant more.")), Heading(Inline("Contact")),
...           Paragraph(Inline("The WLGA."))]
>>> out = labelled_part_sections(blocks)
>>> [(type(b).__name__, b.number) for b in out][:5]
[('PriorityHeading', '1'), ('ThemeText', None), ('ThemeText', None), ('ListItem', None), \
('ThemeText', None)]
>>> [(type(b).__name__, b.number, b.text.text) for b in out][-2:]
[('Paragraph', '3', 'Contact'), ('Paragraph', None, 'The WLGA.')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.sections import (
    _heading_shaped,
    labelled_heading,
    section_label,
)
from wlga_analysis.interpret.programme.themes import ThemeText, _part_headings
from wlga_analysis.read.model import Inline, ListItem, Paragraph, Table

__all__ = ["labelled_part_sections"]

#: The fewest labelled priorities of such a report.
MIN_PRIORITIES = 2


def _labels(blocks: list[Any]) -> dict[int, tuple[str, int]] | None:
    """The labelled headings by place, when the paper numbers no paragraph and prints a
    list; None otherwise (one pass)."""
    labels: dict[int, tuple[str, int]] = {}
    listed = False
    for i, block in enumerate(blocks):
        cls = block.__class__
        if cls is ListItem:
            listed = True
        elif cls is Paragraph and block.number is not None:
            return None  # (a numbered paragraph: another layout)
        elif cls is not Table and _heading_shaped(block) \
                and (label := section_label(block.text.text)) is not None:
            labels[i] = label
    return labels if listed and len(labels) >= MIN_PRIORITIES else None


def _accepts(blocks: list[Any]) -> tuple[dict[int, tuple[str, int]], dict[int, str]] | None:
    """The labelled priorities and the part headings by place, when the paper is read so
    (see the module)."""
    labels = _labels(blocks)
    if labels is None:
        return None
    parts = {i: kind for i, kind in _part_headings(blocks).items() if i not in labels}
    if len(set(parts.values())) < 2:
        return None
    places = sorted(labels)
    ends = [*places[1:], len(blocks)]
    if not all(any(a < i < b for i in parts) for a, b in zip(places, ends, strict=True)):
        return None  # (a priority with no part under it: another layout)
    return labels, parts


def _last_priority_end(blocks: list[Any], start: int) -> int:
    """Where the last priority (from ``start``) ends: at the first heading-shaped line
    after its last list item (the paper's own closing sections), else at the end."""
    last_item = max((i for i in range(start, len(blocks))
                     if blocks[i].__class__ is ListItem), default=start)
    return next((i for i in range(last_item + 1, len(blocks))
                 if blocks[i].__class__ is not Table and _heading_shaped(blocks[i])),
                len(blocks))


def _box_text(table: Table) -> ThemeText | None:
    """A box printed as a one-column table (a case study) as one line of text of the
    priority, its cells' text in order; None for a table of more columns.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline
    >>> box = Table((), ((Cell((Paragraph(Inline("Case study: Powys")),)),),
    ...                  (Cell((Paragraph(Inline("Powys did well.")),)),)))
    >>> _box_text(box).text.text
    'Case study: Powys Powys did well.'
    """
    rows = [r for r in (table.header, *table.rows) if r]
    if not rows or any(len(r) > 1 for r in rows):
        return None
    text = " ".join(r[0].text.replace("\t", " ") for r in rows if r[0].text)
    return ThemeText(Inline(text), None, table.location)


def labelled_part_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an annual delivery report with each labelled priority read as its
    numbered section heading, its part headings and other lines as
    :class:`~.themes.ThemeText` (see the module); None when the paper is not one.

    Parameters
    ----------
    blocks : list
        The paper's blocks.

    Returns
    -------
    list or None
        The blocks, each priority a numbered heading, the bullets under its parts its items.
    """
    found = _accepts(blocks)
    if found is None:
        return None
    labels, _parts = found
    places = sorted(labels)
    end = _last_priority_end(blocks, places[-1])
    out = list(blocks)
    for i in places:
        out[i] = labelled_heading(blocks[i], *labels[i])
    for k in range(places[0] + 1, end):
        block = blocks[k]
        if block.__class__ is Table:
            out[k] = _box_text(block) or block
        elif k not in labels and block.__class__ is not ListItem and hasattr(block, "text"):
            out[k] = ThemeText(block.text, None, block.location)
    if end < len(blocks):  # (the paper's own section after the priorities: ends the last)
        head = blocks[end]
        number = str(max(int(n) for n, _ in labels.values()) + 1)
        out[end] = Paragraph(head.text.strip(), number, head.location)
    return out
