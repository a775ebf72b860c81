"""Programme interpreter: labelled priority headings over paragraphs numbered THROUGH the report.

A council's quarterly report may number every paragraph of the report in one run, 1 to N
(in Word one List Number list running through the headings, its numbers not in the text;
on a web page ``<ol>`` then ``<ol start="5">``): the introduction's paragraphs first
("1. This report sets out ...", 2-4), then under each labelled priority heading
("Priority 1: Customer access", the words of list ``section label`` of
``data/raw/programme_words.csv``) the paragraphs that report its pieces of work (5-9, 10-14
...). A careful reader takes each labelled heading as the numbered section it stands for
(its name one of the paper's priorities) and each numbered paragraph under it as one of its
items: the paragraph's own number is the item's reference (kept as its printed marker,
"5."), not its section; the items are numbered in their section as bullets are. The
paragraphs before the first labelled heading are the report's framing, no items; a
dashboard table or an "In brief" box before them is a summary of the items, no second set.
The run under the last labelled heading ends at the first heading at its level or above
("Resources"), read as the next numbered section heading (a framing section, never a
priority), so that its table is no more of the last priority's items.

The rule accepts a paper only when it has two or more labelled headings numbered 1, 2, ...
in order, each DIRECTLY over a run of paragraphs numbered by plain whole numbers, the
numbering running on from heading to heading (the first number under a heading is one
more than the last above it): a paper whose paragraphs restart at each heading is another
layout's.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Paragraph(Inline("This report sets out progress."), "1"),
...           Heading(Inline("Priority 1: Housing"), 3),
...           Paragraph(Inline("A fund for tenants was launched."), "2"),
...           Heading(Inline("Priority 2: Data"), 3),
...           Paragraph(Inline("The data hub went live in May."), "3"),
...           Paragraph(Inline("The survey will begin in June."), "4")]
>>> [(type(b).__name__, getattr(b, "marker", b.number), b.text.text)
...  for b in continuous_sections(blocks)]  # doctest: +NORMALIZE_WHITESPACE
[('ThemeText', None, 'This report sets out progress.'), ('PriorityHeading', '1', 'Housing'),
 ('ListItem', '2.', 'A fund for tenants was launched.'), ('PriorityHeading', '2', 'Data'),
 ('ListItem', '3.', 'The data hub went live in May.'),
 ('ListItem', '4.', 'The survey will begin in June.')]
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from wlga_analysis.interpret.programme.labelled_priorities import _labelled
from wlga_analysis.interpret.programme.section_priorities import priority_heading
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.interpret.programme.through_numbers import through_item
from wlga_analysis.read.model import Heading, ListItem, Paragraph

__all__ = ["continuous_sections", "whole_number"]


def whole_number(block: Any) -> int | None:
    """The plain whole number of a numbered paragraph or numbered list item, or None.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> whole_number(Paragraph(Inline("Work began."), "7")), whole_number(Paragraph(Inline("x")))
    (7, None)
    """
    if block.__class__ is Paragraph or (block.__class__ is ListItem and block.kind == "number"
                                        and block.level == 0):
        number = block.number or ""
        if number.isdecimal():
            return int(number)
    return None


def _run_under(blocks: list[Any], i: int) -> list[int]:
    """The indices of the numbered paragraphs directly under the heading at ``i``, their
    numbers consecutive."""
    out: list[int] = []
    last = None
    for k in range(i + 1, len(blocks)):
        number = whole_number(blocks[k])
        if number is None or (last is not None and number != last + 1):
            break
        out.append(k)
        last = number
    return out


def _closing_heading(blocks: list[Any], last: int, end: int) -> int | None:
    """The first heading after the last run (``end``) at the last labelled heading's level
    or above, when the labelled headings are headings."""
    head = blocks[last]
    if not isinstance(head, Heading):
        return None
    for k in range(end, len(blocks)):
        block = blocks[k]
        if isinstance(block, Heading) and block.level <= head.level:
            return k
    return None


def continuous_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each labelled priority heading read as a numbered section heading,
    the paragraphs numbered through the report under it its items and the numbered
    paragraphs before the first one framing text (see the module); None when the paper
    is not so laid out.

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, Paragraph
    >>> continuous_sections([Heading(Inline("Priority 1: Housing"), 3),
    ...                      Paragraph(Inline("Done."), "1"),
    ...                      Heading(Inline("Priority 2: Data"), 3),
    ...                      Paragraph(Inline("Begun."), "1")]) is None
    True
    """
    found = _labelled(blocks)
    if len(found) < 2 or [int(n) for _, n, _ in found] != list(range(1, len(found) + 1)):
        return None
    runs = [_run_under(blocks, i) for i, _, _ in found]
    if not all(runs):
        return None
    for before, after in pairwise(runs):
        if whole_number(blocks[after[0]]) != whole_number(blocks[before[-1]]) + 1:
            return None
    first = whole_number(blocks[runs[0][0]])
    if first is None or first < 2:  # (the numbering runs on from the framing paragraphs)
        return None
    out = list(blocks)
    for k in range(found[0][0]):
        if whole_number(blocks[k]) is not None:
            out[k] = ThemeText(blocks[k].text, None, blocks[k].location)
    for (i, number, start), run in zip(found, runs, strict=True):
        block = blocks[i]
        out[i] = priority_heading(block, block.text.slice(start, len(block.text.text)), number)
        for k in run:
            item = blocks[k]
            out[k] = through_item(item)
    close = _closing_heading(blocks, found[-1][0], runs[-1][-1] + 1)
    if close is not None:
        block = blocks[close]
        out[close] = Paragraph(block.text, str(len(found) + 1), block.location)
    return out
