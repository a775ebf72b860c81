"""A table cell of lines opening with status symbols, printed one line a block.

A plan on a page written in Word is a table of tiles, one cell a tile: a heading paragraph
("1 Healthy and connected communities") over three to five action paragraphs, each opening
with a status symbol typed as text ("✔ Open the community hub", "◐ ...", "○ ..."; the
reader may take a leading "○" for a list's bullet, :mod:`.markers`). The programme's text
form prints such a cell with its paragraphs apart (``<br>``, which the text form's table
reader reads as the start of a block) and each symbol kept (a bullet's marker put back in
front of its text), so that each action reaches the interpreter as a line of its own
(:mod:`wlga_analysis.interpret.programme.plan_on_a_page`). Any other cell is printed as
before: this reads a cell only when at least two of its paragraphs after the first open
with a status symbol of ``status_symbols.csv``.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> tile = (Paragraph(Inline("1 Homes")), Paragraph(Inline("\\u2714 Buy 20 homes1")),
...         ListItem(Inline("Open a hub2"), "\\u25cb", "bullet"))
>>> symbol_lines_cell(tile)
'1 Homes<br>\\u2714 Buy 20 homes1<br>\\u25cb Open a hub2'
>>> symbol_lines_cell(tile[:2]) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import ListItem, Table

__all__ = ["symbol_lines_cell"]


def _symbols() -> frozenset[str]:
    """The one-character symbols of ``status_symbols.csv`` as the analyst's list is now
    (asked once per reading: :func:`~wlga_analysis.reference.per_reading`)."""
    from wlga_analysis.reference import per_reading

    if not _ASKED:
        _ASKED.append(per_reading(_single_characters))
    return _ASKED[0]()


def _single_characters() -> frozenset[str]:
    from wlga_analysis.reference import load_status_symbols  # (only for a cell of lines)

    return frozenset(s for s in load_status_symbols() if len(s) == 1)


#: :func:`_single_characters` asked once per reading, made when first asked (the reference
#: module is not imported by the reader until a cell of lines needs it).
_ASKED: list = []


def _line(block: Any) -> str:
    """A block's text on one line, a list item's symbol marker in front of it."""
    text = block.text.text.replace("\t", " ").replace("\n", " ")
    if block.__class__ is ListItem and block.marker in _symbols():
        return f"{block.marker} {text}"
    return text


def _opens_with_symbol(block: Any) -> bool:
    return _line(block)[:1] in _symbols()


def symbol_lines_cell(blocks: tuple[Any, ...]) -> str | None:
    """The cell's text form with one line a block (see the module), or None when fewer
    than two of its blocks after the first open with a status symbol.

    Parameters
    ----------
    blocks : tuple
        The cell's blocks.

    Returns
    -------
    str or None
        The blocks' lines joined by ``<br>``, or None.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> symbol_lines_cell((Paragraph(Inline("Key")), Paragraph(Inline("\\u2714 Done")),
    ...                    Paragraph(Inline("\\u25d0 Started"))))
    'Key<br>\\u2714 Done<br>\\u25d0 Started'
    """
    if len(blocks) < 3 or any(b.__class__ is Table or not hasattr(b, "text") for b in blocks):
        return None
    if sum(_opens_with_symbol(b) for b in blocks[1:]) < 2:
        return None
    return "<br>".join(_line(b) for b in blocks)
