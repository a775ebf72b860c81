"""Programme interpreter: a board cover paper's "Progress" section of un-numbered
priority sub-headings over paragraphs numbered THROUGH the paper.

A board or committee cover paper numbers every paragraph in one run, 1 to N (in Word one
list numbering the whole paper, its numbers not in the text; on a web page ``<ol>`` runs
each with its ``start``): "Purpose of report" (1), "Recommendation" (2, a decision the
Board is asked to take), "Background" (3-5), then a progress heading ("Progress", list
``progress heading`` of ``data/raw/programme_words.csv``) over UN-NUMBERED sub-headings,
one per priority ("Homelessness prevention"), each directly over the paragraphs that
report its work (6-10, 11-14 ...), and after them the sections framing the paper
("Financial implications", "Equality implications", "Risk": list ``other section``).

A careful reader takes each sub-heading under the progress heading as the numbered section
it stands for (its place, 1, 2, ...: its name one of the paper's priorities) and each
numbered paragraph under it as one of its items, the paragraph's own number its
reference. The numbered paragraphs before the progress heading are the paper's framing,
no items (the Board's recommendation is no piece of work); the first sub-heading after the
runs that is not a priority's (a heading at the progress heading's level or above, or one
naming a framing section) is read as the next numbered section heading, a framing one, so
that its paragraphs (grants in "Financial implications") stay text, not items.

The rule accepts a paper only when the progress heading is directly followed by two or
more un-numbered sub-headings, none naming a framing section, each DIRECTLY over a run of
paragraphs numbered by plain whole numbers that runs on from the paragraphs before it (the
first number under the first sub-heading is one more than the last before the progress
heading, and so on): a paper whose paragraphs restart under each heading is another
layout's. A first look rejects any paper with no short line opening "Progress" / "Update"
/ "Delivery" before anything else is computed.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Heading(Inline("Purpose of report"), 2),
...           Paragraph(Inline("To report progress."), "1"),
...           Heading(Inline("Progress"), 2), Heading(Inline("Housing"), 3),
...           Paragraph(Inline("A toolkit was published."), "2"),
...           Heading(Inline("Data"), 3),
...           Paragraph(Inline("The hub went live in May."), "3"),
...           Heading(Inline("Financial implications"), 2),
...           Paragraph(Inline("A grant of £5,000 funds it."), "4")]
>>> [(type(b).__name__, getattr(b, "marker", b.number), b.text.text)
...  for b in progress_subheading_sections(blocks)][1:]  # doctest: +NORMALIZE_WHITESPACE
[('ThemeText', None, 'To report progress.'), ('ThemeText', None, 'Progress'),
 ('PriorityHeading', '1', 'Housing'), ('ListItem', '2.', 'A toolkit was published.'),
 ('PriorityHeading', '2', 'Data'), ('ListItem', '3.', 'The hub went live in May.'),
 ('Paragraph', '3', 'Financial implications'),
 ('Paragraph', '4', 'A grant of £5,000 funds it.')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.continuous_paragraphs import whole_number
from wlga_analysis.interpret.programme.section_priorities import priority_heading
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.interpret.programme.through_numbers import through_item
from wlga_analysis.read.model import Heading, Paragraph

__all__ = ["progress_subheading_sections"]

#: The first words a progress heading may open with (the cheap first look; the whole
#: heading is then matched against list ``progress heading``).
_OPENINGS = ("progress", "update", "delivery")
#: The longest progress heading or priority sub-heading, in characters.
_HEADING_MAX = 80


def _heading_like(block: Any) -> bool:
    """A heading, or an un-numbered short line (a text form's heading-shaped line)."""
    if block.__class__ is Heading:
        return True
    text = block.text.text if block.__class__ is Paragraph and block.number is None else ""
    return 0 < len(text) <= _HEADING_MAX and text[-1] not in ".:;,"


def _progress_index(blocks: list[Any]) -> int | None:
    """The index of the progress heading, or None (the first look: its opening word)."""
    from wlga_analysis.interpret.programme.sources import is_progress_heading

    for i, block in enumerate(blocks):
        if block.__class__ not in (Heading, Paragraph) or getattr(block, "number", None):
            continue
        text = block.text.text
        if (len(text) <= _HEADING_MAX and text[:8].lower().startswith(_OPENINGS)
                and _heading_like(block) and is_progress_heading(text.strip().rstrip(":"))):
            return i
    return None


def _ends_progress(block: Any, head: Any) -> bool:
    """Whether a heading-like block after the progress heading ends its sub-headings: a
    heading at the progress heading's level or above, or one naming a framing section."""
    from wlga_analysis.interpret.programme.layouts import is_other_section

    if block.__class__ is Heading and head.__class__ is Heading and block.level <= head.level:
        return True
    return is_other_section(block.text.text.strip().rstrip(":"))


def _runs(blocks: list[Any], start: int, head: Any) -> tuple[list[tuple[int, list[int]]], int]:
    """The sub-headings from ``start`` on, each with the indices of its numbered run, and
    the index where they end (the first block that is neither)."""
    found: list[tuple[int, list[int]]] = []
    k = start
    while k < len(blocks) and _heading_like(blocks[k]) and not _ends_progress(blocks[k], head):
        run: list[int] = []
        j = k + 1
        while j < len(blocks) and whole_number(blocks[j]) is not None:
            run.append(j)
            j += 1
        if not run:
            break
        found.append((k, run))
        k = j
    return found, k


def _runs_on(blocks: list[Any], found: list[tuple[int, list[int]]], before: int | None
             ) -> bool:
    """Whether the numbers run on, one by one, from ``before`` through every run."""
    last = before
    for _, run in found:
        for k in run:
            number = whole_number(blocks[k])
            if last is not None and number != last + 1:
                return False
            last = number
    return before is not None


def progress_subheading_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each un-numbered sub-heading under the progress heading read as a
    numbered section heading, its paragraphs numbered through the paper its items, the
    numbered paragraphs before the progress heading framing text and the heading that
    ends the sub-headings the next (framing) numbered section (see the module); None when
    the paper is not so laid out.

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, Paragraph
    >>> progress_subheading_sections([Heading(Inline("Progress"), 2),
    ...                               Heading(Inline("Housing"), 3),
    ...                               Paragraph(Inline("Done."), "1"),
    ...                               Heading(Inline("Data"), 3),
    ...                               Paragraph(Inline("Begun."), "1")]) is None
    True
    """
    at = _progress_index(blocks)
    if at is None:
        return None
    found, end = _runs(blocks, at + 1, blocks[at])
    numbered_before = [k for k in range(at) if whole_number(blocks[k]) is not None]
    before = whole_number(blocks[numbered_before[-1]]) if numbered_before else None
    if len(found) < 2 or not _runs_on(blocks, found, before):
        return None
    out = list(blocks)
    for k in numbered_before:
        out[k] = ThemeText(blocks[k].text, None, blocks[k].location)
    out[at] = ThemeText(blocks[at].text, None, blocks[at].location)
    for place, (i, run) in enumerate(found, start=1):
        out[i] = priority_heading(blocks[i], blocks[i].text, str(place))
        for k in run:
            item = blocks[k]
            out[k] = through_item(item)
    if end < len(blocks) and _heading_like(blocks[end]):
        block = blocks[end]
        out[end] = Paragraph(block.text, str(len(found) + 1), block.location)
    return out
