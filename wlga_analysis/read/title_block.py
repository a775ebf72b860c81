"""Read a pandoc title block at the top of a Markdown file.

Pandoc's Markdown may open with a **title block** instead of YAML front matter: up to three
lines each starting with ``%``, the title, the author(s) and the date, in that order (a
line may be empty, ``%`` alone, when the field is not given; a field may run on over
lines that start with a space):

.. code-block:: text

    % Local Government Digital Delivery Plan 2025-26: Quarter 2 progress report
    % Welsh Local Government Association – Digital team
    % 6 November 2025

:func:`title_block` reads the title as a level-1 heading and the author and date lines as
paragraphs (the ``%`` marks removed), as pandoc prints them at the top of the document.

Examples
--------
>>> n, blocks = title_block(["% Delivery Plan 2025-26", "% WLGA", "% 6 November 2025", "",
...                          "## Introduction"])
>>> n, [(type(b).__name__, b.text.text) for b in blocks]  # doctest: +NORMALIZE_WHITESPACE
(3, [('Heading', 'Delivery Plan 2025-26'), ('Paragraph', 'WLGA'),
     ('Paragraph', '6 November 2025')])
>>> title_block(["% of councils", "that report"])[0]  # (no blank line after it: no block)
0
"""

from __future__ import annotations

from collections.abc import Sequence

from wlga_analysis.read.model import Block, Heading, Inline, Location, Paragraph

__all__ = ["title_block"]

#: The most lines a title block takes (its three fields, each perhaps run on).
_MAX_LINES = 12


def title_block(lines: Sequence[str]) -> tuple[int, list[Block]]:
    """The number of lines a pandoc title block at the top of ``lines`` takes and its
    blocks (title, author, date); (0, []) when the lines open with none.

    Parameters
    ----------
    lines : sequence of str
        The document's lines (``lines[0]`` is line 1).

    Returns
    -------
    tuple of (int, list of Block)
    """
    if not lines or not lines[0].startswith("%"):
        return 0, []
    fields: list[tuple[int, str]] = []  # (line, text) of each field
    n = 0
    while n < min(len(lines), _MAX_LINES):
        line = lines[n]
        if line.startswith("%") and len(fields) < 3:
            fields.append((n + 1, line[1:].strip()))
        elif line[:1] in (" ", "\t") and line.strip() and fields:
            at, text = fields[-1]
            fields[-1] = (at, f"{text} {line.strip()}".strip())
        else:
            break
        n += 1
    if n < len(lines) and lines[n].strip():
        return 0, []  # (a line after it that is not blank: text that starts with "%")
    blocks: list[Block] = []
    for k, (at, text) in enumerate(fields):
        if text:
            loc = Location(line=at)
            blocks.append(Heading(Inline(text), 1, None, loc) if k == 0
                          else Paragraph(Inline(text), None, loc))
    return n, blocks
