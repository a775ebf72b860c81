"""Headings a Word file sets by direct formatting: bold, larger, alone on their line.

LibreOffice, Google Docs and many a hand-typed report set a heading by making a Normal
paragraph bold and larger with its runs, no heading style. The Word reader
(:mod:`wlga_analysis.read.docx`) reads such a paragraph printed at least 1.3 times the
size its styles give the body as a heading; in a file that has NO paragraph in a heading
style, this module reads them all, by the sizes a careful reader compares:

- the body's **usual size** is the size most of its characters not in bold are printed
  at (:func:`usual_size`: a LibreOffice file sets 12 pt on every run while its defaults
  say 11 pt; a hand-typed file sets 10 pt), not a fixed point value;
- a paragraph wholly in bold, short, with no closing full stop, colon or semicolon
  (a heading's shape, as the reader's), not numbered by Word, outside tables, and printed
  LARGER than the usual size is a heading; one at the usual size is a bold line (a label,
  "What has been done", read as before);
- its level is the rank of its size among those headings' sizes: the largest is level 1
  (the title), the next level 2 (themes, sections), and so on (at most 6). Each is noted.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Location, Paragraph
>>> usual_size([(24.0, 900, False), (28.0, 20, True), (22.0, 40, False)])
24.0
>>> title = Paragraph(Inline("Coastal report", ((0, 14),)), None, Location(1))
>>> theme = Paragraph(Inline("Flooding", ((0, 8),)), None, Location(2))
>>> label = Paragraph(Inline("Progress", ((0, 8),)), None, Location(3))
>>> sized = {id(b): (b, size) for b, size in ((title, 40.0), (theme, 28.0), (label, 24.0))}
>>> blocks, notes = sized_headings([title, theme, label], sized, 24.0)
>>> [(type(b).__name__, getattr(b, "level", None)) for b in blocks]
[('Heading', 1), ('Heading', 2), ('Paragraph', None)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from wlga_analysis.read.model import Heading, Inline, Note

__all__ = ["DEEPEST", "sized_headings", "usual_size"]

#: The deepest level a size gives.
DEEPEST = 6


def usual_size(runs: Iterable[tuple[float, int, bool]]) -> float | None:
    """The size most characters not in bold are printed at, from (size, characters,
    bold) runs (all runs when every one is bold); None when there are none. A tie goes
    to the smaller size.

    Examples
    --------
    >>> usual_size([(22.0, 10, False), (24.0, 10, False), (36.0, 50, True)])
    22.0
    >>> usual_size([])
    """
    plain: Counter[float] = Counter()
    every: Counter[float] = Counter()
    for size, chars, bold in runs:
        every[size] += chars
        if not bold:
            plain[size] += chars
    counts = plain or every
    if not counts:
        return None
    return min(counts, key=lambda size: (-counts[size], size))


def sized_headings(blocks: list[Any], sized: dict[int, tuple[Any, float]], usual: float
                   ) -> tuple[list[Any], list[Note]]:
    """``blocks`` with the bold lines of ``sized`` (``id(block)`` -> (the line as a
    paragraph, its size)) printed larger than ``usual`` as headings at the rank of their
    size, and those at the usual size or smaller as the paragraphs they are; a note for
    each heading.

    Parameters
    ----------
    blocks : list
        A Word file's top-level blocks, with no heading of a heading style.
    sized : dict
        The bold lines of a heading's shape (see the module), by the id of their block.
    usual : float
        The body's usual size (:func:`usual_size`), in the same unit as the sizes.

    Returns
    -------
    tuple
        The blocks, and the notes.
    """
    found = [(k, *sized[id(block)]) for k, block in enumerate(blocks) if id(block) in sized]
    ranks = {size: rank for rank, size in enumerate(
        sorted({size for _, _, size in found if size > usual}, reverse=True), start=1)}
    out = list(blocks)
    notes: list[Note] = []
    for k, line, size in found:
        if size not in ranks:
            out[k] = line
            continue
        level = min(ranks[size], DEEPEST)
        number = getattr(line, "number", None)
        out[k] = Heading(Inline(line.text.text.strip()), level,
                         None if number is None else str(number).rstrip("."), line.location)
        notes.append(Note(line.location, "sized heading", (
            f"a bold line printed at {size / 2:g} pt, larger than the body's usual "
            f"{usual / 2:g} pt, with no heading style: read as a heading of level {level}")))
    return out, notes
