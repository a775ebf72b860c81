"""Programme interpreter: a paper in prose under un-numbered sub-headings (a written statement).

A Welsh Government written statement, or a short briefing, numbers nothing: a title, the
minister and date lines, an opening paragraph, then short un-numbered sub-headings ("Peer
support", "Scrutiny", "Funding"), each over a paragraph or two of prose. A careful reader
takes each sub-heading as a section, numbered in reading order (1, 2, 3 ...), and each
sentence of the prose under it that reports a piece of work as one of its items, as in a
paper of numbered prose paragraphs (:mod:`.prose`). So each such sub-heading is read as the
numbered section heading it stands for ("1. Peer support").

A sub-heading is a short line shaped as a heading (up to :data:`HEADING_WORDS` words, no
closing punctuation, no digit and no colon: "First published: 3 March 2026" and "Jayne
Bryant MS, Cabinet Secretary" are front matter, not sections) directly followed by a
paragraph of prose (a sentence that ends with a full stop). The rule is the last section
rule: it reads a paper only when nothing else numbers its sections, and only with at least
two such sub-headings (otherwise the "no numbered paragraphs" error stands).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> done, later = ("Two safety schemes were completed in May.",
...                "Resurfacing of the main routes will start in June.")
>>> blocks = [Heading(Inline("Written Statement: Roads 2026-27"), 1),
...           Paragraph(Inline("First published: 3 March 2026")),
...           Paragraph(Inline("Safety")), Paragraph(Inline(done)),
...           Paragraph(Inline("Maintenance")), Paragraph(Inline(later))]
>>> [(b.number, b.text.text[:12]) for b in statement_sections(blocks)][2:]
[('1', 'Safety'), (None, 'Two safety s'), ('2', 'Maintenance'), (None, 'Resurfacing ')]
>>> statement_sections(blocks[:4]) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Heading, Paragraph
from wlga_analysis.read.text_lines import has_heading_shape

__all__ = ["statement_sections"]

#: The longest sub-heading, in words.
HEADING_WORDS = 6


def _is_sub_heading(block: Any) -> bool:
    """A short un-numbered heading or line: a sub-heading's shape (see the module)."""
    if not isinstance(block, (Heading, Paragraph)) or getattr(block, "number", None):
        return False
    text = block.text.text.strip()
    return has_heading_shape(text) and len(text.split()) <= HEADING_WORDS \
        and ":" not in text and not any(ch.isdigit() for ch in text)


def _is_prose(block: Any) -> bool:
    """An un-numbered paragraph of prose: it ends a sentence."""
    return isinstance(block, Paragraph) and block.number is None \
        and block.text.text.rstrip().endswith((".", "!", "?")) \
        and len(block.text.text.split()) > HEADING_WORDS


def statement_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper that numbers nothing with each sub-heading over prose read as
    a numbered section heading, numbered in reading order (see the module); None when the
    paper numbers a paragraph or has fewer than two such sub-headings."""
    if any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    heads = [i for i in range(1, len(blocks) - 1)
             if _is_sub_heading(blocks[i]) and _is_prose(blocks[i + 1])]
    if len(heads) < 2:
        return None
    out = list(blocks)
    for number, i in enumerate(heads, 1):
        block = blocks[i]
        out[i] = Paragraph(block.text.strip(), str(number), block.location)
    return out
