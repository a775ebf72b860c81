"""One rule for every reader: a line of printed text becomes a heading, a numbered
paragraph, a list item or a plain paragraph.

Web pages, Word files and PDFs print numbers and markers in the text ("6. LG continue",
"○ Update it", "a) Local Democracy"); this module turns such a text into the block the
text-form reader would give for the same line, with the marker rules of
:mod:`wlga_analysis.read.markers`.

Examples
--------
>>> from wlga_analysis.read.model import Inline
>>> block_from_text(Inline("6. LG continue to consider shared services"))
Paragraph(text=Inline(text='LG continue to consider shared services', bold=()), number='6', ...)
>>> item = block_from_text(Inline("○ Update it annually;"), level=1)
>>> item.marker, item.kind, item.level, item.text.text
('○', 'bullet', 1, 'Update it annually;')
>>> block_from_text(Inline("Background")).number is None
True
"""

from __future__ import annotations

from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.model import Block, Inline, ListItem, Location, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["block_from_text", "nest_by_indent", "split_marker"]

#: A numbered paragraph as the text form prints it ("5. text"): read as a Paragraph.
_NUMBERED = compile_regex(r"[ ]{0,3}(\d{1,4})\.[ \t\u00a0]+(?=\S)")


def split_marker(text: Inline) -> tuple[str | None, str | None, str | None, Inline]:
    """Split a printed marker off ``text``: ``(marker, kind, number, rest)``.

    Examples
    --------
    >>> marker, kind, number, rest = split_marker(Inline("b) Local Democracy"))
    >>> marker, kind, number, rest.text
    ('b)', 'letter', 'b', 'Local Democracy')
    >>> split_marker(Inline("Local Democracy"))[0] is None
    True
    """
    found = parse_marker(text.text)
    if found is None:
        return None, None, None, text
    cut = len(text.text) - len(found.rest)
    return found.marker, found.kind, found.number, text.slice(cut, len(text.text)).strip()


def block_from_text(text: Inline, location: Location | None = None, level: int = 0,
                    list_context: bool = False) -> Block:
    """The block a line of printed text stands for.

    Parameters
    ----------
    text : Inline
        The line's text (white space folded), marker included.
    location : Location, optional
        Where it was printed.
    level : int
        Nesting level for a list item.
    list_context : bool
        True when the text was printed as an item of a list: a decimal number then gives a
        numbered list item, not a numbered paragraph.

    Returns
    -------
    Paragraph or ListItem

    Examples
    --------
    >>> block_from_text(Inline("20.1 Consider the report")).marker
    '20.1'
    >>> block_from_text(Inline("1. Completed a review"), list_context=True).kind
    'number'
    """
    loc = location or Location()
    m = _NUMBERED.match(text.text)
    if m and not list_context:
        return Paragraph(text.slice(m.end(), len(text.text)).strip(), m.group(1), loc)
    marker, kind, number, rest = split_marker(text)
    if marker is None or not rest.text:
        return Paragraph(text, None, loc)
    return ListItem(rest, marker, kind or "bullet", number, level, loc)


def nest_by_indent(blocks: list[Block], indents: list[float | None],
                   tolerance: float = 0.0) -> list[Block]:
    """List items take their nesting from their left indentation (Word files and PDFs): in
    each run of items with an indent, the smallest indent is level 0, the next larger (by
    more than ``tolerance``) level 1, and so on; the level is added to the item's own.

    Examples
    --------
    >>> items = [ListItem(Inline(t)) for t in ("a", "b", "c")]
    >>> [b.level for b in nest_by_indent(items, [10, 30, 31], tolerance=4)]
    [0, 1, 1]
    """
    from dataclasses import replace

    out = list(blocks)
    i = 0
    while i < len(out):
        if indents[i] is None:
            i += 1
            continue
        j = i
        while j < len(out) and indents[j] is not None:
            j += 1
        steps: list[float] = []
        for x in sorted(indents[k] for k in range(i, j)):
            if not steps or x - steps[-1] > tolerance:
                steps.append(x)
        for k in range(i, j):
            level = max(n for n, x in enumerate(steps) if indents[k] >= x - tolerance)
            if level:
                out[k] = replace(out[k], level=out[k].level + level)
        i = j
    return out
