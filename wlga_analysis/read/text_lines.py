"""Read a run of text-form lines (no table rows) into blocks.

Headings (``#``), numbered paragraphs (``5.``), list items (any marker of
:data:`wlga_analysis.read.markers.MARKER_RULES`, nesting from indentation) and paragraphs;
``**bold**`` becomes bold spans.

Examples
--------
>>> blocks, notes = read_line_run(["## Purpose", "", "1. To update Members.", " - a bullet"], 1)
>>> [(type(b).__name__, b.text.text) for b in blocks]
[('Heading', 'Purpose'), ('Paragraph', 'To update Members.'), ('ListItem', 'a bullet')]
"""

from __future__ import annotations

import re

from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.model import Block, Heading, Inline, ListItem, Location, Note, Paragraph

__all__ = ["markdown_inline", "read_line_run"]

_HEADING = re.compile(r"[ ]{0,3}(#{1,6})[ \t\u00a0]+(.*?)[ \t#]*$")
_NUMBERED = re.compile(r"[ ]{0,3}(\d{1,3})\.[ \t]+(?=\S)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def markdown_inline(text: str) -> Inline:
    """Read ``**bold**`` (or ``__bold__``) spans of a line of text.

    Examples
    --------
    >>> markdown_inline("- **Programme team:** three members").bold_text()
    ['Programme team:']
    """
    runs: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        runs.append((text[pos:m.start()], False))
        runs.append((m.group(1) or m.group(2), True))
        pos = m.end()
    runs.append((text[pos:], False))
    return Inline.from_runs(runs).strip()


def read_line_run(lines: list[str], first: int) -> tuple[list[Block], list[Note]]:
    """Read a run of lines starting at line number ``first`` into blocks (one per line)."""
    blocks: list[Block] = []
    for offset, line in enumerate(lines):
        if not line.strip():
            continue
        loc = Location(line=first + offset)
        m = _HEADING.match(line)
        if m:
            blocks.append(Heading(markdown_inline(m.group(2)), len(m.group(1)), None, loc))
            continue
        m = _NUMBERED.match(line)
        if m:
            blocks.append(Paragraph(markdown_inline(line[m.end():]), m.group(1), loc))
            continue
        marker = parse_marker(line)
        if marker is not None:
            indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            blocks.append(ListItem(markdown_inline(marker.rest), marker.marker, marker.kind,
                                   marker.number, 1 if indent else 0, loc))
            continue
        blocks.append(Paragraph(markdown_inline(line), None, loc))
    return blocks, []
