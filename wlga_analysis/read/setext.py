"""Reader of text lines: a line underlined with ``====`` or ``----`` (a setext heading).

Markdown prints a heading either with ``#`` marks ("## 2. Long-term planning") or
underlined (CommonMark's setext headings: the text over a line of ``=`` for level 1, of
``-`` for level 2), and a plain-text e-mail or report underlines its headings the same way.
Both must read alike, for every rule that reads a text document's lines (the
recommendations' rules read its ``#`` marks): so a text document's underlined headings are
printed with ``#`` marks when it is read (:func:`setext_lines`, the underline left a blank
line, line numbers kept), and the reader of text lines reads an underline as a heading's
too (:func:`underline`). An underlined line of plain text is a :class:`Heading`; an
underlined numbered line ("2. Long-term planning" over ``-----``) is the numbered
paragraph a ``## 2. Long-term planning`` heading is read as, closed (no line under it
continues it), and so is an underlined numbered sub-paragraph ("3.1 Networks"). Any other
block (a list item, a line that already continues) is not underlined: the line of ``-`` is
then a horizontal rule.

Examples
--------
>>> from types import SimpleNamespace as Open
>>> text = Open(kind="text", marker="", number=None, heading_level=2, closed=False)
>>> underline(text, "="), text.kind, text.heading_level
(True, 'heading', 1)
>>> numbered = Open(kind="paragraph", marker="", number="2", heading_level=2, closed=False)
>>> underline(numbered, "-"), numbered.kind, numbered.closed
(True, 'paragraph', True)
>>> bullet = Open(kind="item", marker="-", marker_kind="bullet", number=None, closed=False)
>>> underline(bullet, "-")
False
>>> setext_lines(("Title", "=====", "", "2. Planning", "-----------", "Text.", "- item", "---"))
('# Title', '', '', '## 2. Planning', '', 'Text.', '- item', '---')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["UNDERLINED", "has_setext", "setext_lines", "underline"]

#: A setext underline (CommonMark): up to three spaces, one run of "=" or "-" (three or
#: more: "--" is no underline here), spaces after.
_UNDERLINE = LazyPattern(r"[ ]{0,3}(?:={3,}|-{3,})[ \t]*")
#: What a heading's line cannot start with: a list marker, a table, a quote, a "#" heading.
_NOT_HEADING_START = ("-", "*", "+", ">", "|", "#", "=")

#: The kinds of open block a setext underline may stand under.
UNDERLINED = ("text", "heading", "paragraph", "item")


def underline(block: Any, char: str) -> bool:
    """Read ``block`` (an open block of one line, directly over the underline of ``char``,
    ``=`` or ``-``) as underlined, in place; False when it cannot be (see the module).

    Parameters
    ----------
    block : _Open
        The block over the underline.
    char : str
        The underline's character.

    Returns
    -------
    bool
        Whether the underline was taken as the block's.
    """
    if block.kind in ("text", "heading") and not block.marker:
        block.kind, block.marker = "heading", "#"
        block.heading_level = 1 if char == "=" else 2
        return True
    if block.kind == "paragraph" or (block.kind == "item" and block.marker_kind == "number"
                                     and block.number is not None and "." in block.number):
        block.closed = True  # (as "## 2. Long-term planning" is read)
        return True
    return False


def has_setext(data: bytes) -> bool:
    """Whether a text document's bytes may hold an underlined heading (a cheap test:
    a line starting with ``---`` or ``===``)."""
    return b"\n---" in data or b"\n===" in data


def setext_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with each underlined heading printed with ``#`` marks (``=`` one, ``-``
    two) and its underline left blank: a line of text that starts a paragraph (the first
    line, or after a blank line), not a list item, table row, quote or heading, directly
    over its underline.

    Parameters
    ----------
    lines : tuple of str
        A text document's lines.

    Returns
    -------
    tuple of str
        ``lines`` itself when no heading is underlined.
    """
    out: list[str] | None = None
    for k in range(1, len(lines)):
        under = lines[k]
        if under[:4].lstrip(" ")[:1] not in ("-", "=") or not _UNDERLINE.fullmatch(under):
            continue
        text = lines[k - 1].strip()
        if not text or text.startswith(_NOT_HEADING_START) or (k > 1 and lines[k - 2].strip()):
            continue
        out = list(lines) if out is None else out
        out[k - 1] = ("# " if under.strip()[0] == "=" else "## ") + text
        out[k] = ""
    return lines if out is None else tuple(out)
