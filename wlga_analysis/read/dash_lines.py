"""Dash lines in one cell: a list typed with line breaks, not as paragraphs.

A spreadsheet's cell (and a Word table's cell pasted from it) holds a list as lines of one
paragraph, each opening with a dash: Excel's Alt+Enter, written by its "Save as Web Page"
as ``<br style='mso-data-placement:same-cell;'>`` and by Word as a line break (``w:br``)::

    - Review of support funding completed in May 2025<br>- Joint workshop held in June

A reader sees a list of two items, not one line. When every line of such a paragraph opens
with a bullet mark ("- ", "– ", "• ", "* ") and there are two lines or more, each line is
read as a list item of its own (:func:`split_dash_breaks` for a web page's tree,
:func:`dash_line_blocks` for a Word paragraph's text); a paragraph whose lines do not all
open so keeps its line breaks as spaces (an address, a wrapped sentence).

Examples
--------
>>> from wlga_analysis.read.model import Inline
>>> [b.text.text for b in dash_line_blocks(Inline("- one\\n- two **x**"))]
['one', 'two **x**']
>>> dash_line_blocks(Inline("- one\\nand more")) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Block, Inline, Location

__all__ = ["dash_line_blocks", "opens_with_dash", "split_dash_breaks"]

#: The bullet marks a line of such a list opens with (then a space).
_MARKS = ("-", "\u2013", "\u2022", "*", "\u25aa", "\u00b7")
#: The elements whose lines are looked at: a table's cells and paragraphs.
_HOLDERS = frozenset({"td", "th", "p"})


def opens_with_dash(text: str) -> bool:
    """Whether a line opens with a bullet mark and a space.

    Examples
    --------
    >>> opens_with_dash("- Review"), opens_with_dash("-5 degrees"), opens_with_dash("Text")
    (True, False, False)
    """
    line = text.lstrip()
    return len(line) > 2 and line[0] in _MARKS and line[1] in " \t\u00a0"


def dash_line_blocks(text: Inline, location: Location | None = None) -> list[Block] | None:
    """The list items of a paragraph's text (not folded: its line breaks ``\\n``) when it
    has two lines or more and every line opens with a bullet mark; else None."""
    from wlga_analysis.read.blocks import block_from_text

    if "\n" not in text.text:
        return None
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    if len(spans) < 2 or not all(opens_with_dash(text.text[a:b]) for a, b in spans):
        return None
    return [block_from_text(text.slice(a, b).folded(), location) for a, b in spans]


def _lines(children: list[Any]) -> list[list[Any]]:
    """The children of an element cut at each ``<br>``."""
    lines: list[list[Any]] = [[]]
    for child in children:
        if not isinstance(child, str) and child.tag == "br":
            lines.append([])
        else:
            lines[-1].append(child)
    return [line for line in lines if any(not isinstance(c, str) or c.strip() for c in line)]


def _text(nodes: list[Any]) -> str:
    out: list[str] = []
    stack = list(reversed(nodes))
    while stack and len(out) < 8:  # (the line's opening is all that is looked at)
        node = stack.pop()
        if isinstance(node, str):
            out.append(node)
        else:
            stack.extend(reversed(node.children))
    return "".join(out)


def split_dash_breaks(root: Any) -> int:
    """Read every cell or ``<p>`` of the page whose lines (parted by ``<br>``) all open with
    a bullet mark, two lines or more, as one ``<p>`` a line (in place); the number read so.

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> root = parse_html("<table><tr><td>- one<br>- two</td></tr></table>")
    >>> split_dash_breaks(root)
    1
    """
    from wlga_analysis.read.html import Element

    done = 0
    stack = [root]
    while stack:
        node = stack.pop()
        out: list[Any] = []
        for child in node.children:
            out.append(child)
            if isinstance(child, str):
                continue
            stack.append(child)
            lines = _dash_lines(child)
            if lines is None:
                continue
            done += 1
            parts = [Element("p", {}, child.line, line) for line in lines]
            if child.tag == "p":  # (a paragraph: one paragraph a line, in its place)
                out[-1:] = parts
            else:  # (a cell: its lines its paragraphs)
                child.children[:] = parts
        node.children[:] = out
    return done


def _dash_lines(element: Any) -> list[list[Any]] | None:
    """The lines of a cell or ``<p>`` when they are dash lines (see
    :func:`split_dash_breaks`), else None."""
    if element.tag not in _HOLDERS or not any(
            not isinstance(c, str) and c.tag == "br" for c in element.children):
        return None
    lines = _lines(element.children)
    if len(lines) < 2 or not all(opens_with_dash(_text(line)) for line in lines):
        return None
    return lines
