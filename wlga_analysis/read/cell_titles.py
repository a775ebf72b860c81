"""A table cell that opens with a bold title over its text, printed with the title apart.

A register's "Risk" cell (a risk register, an issues log) prints a short bold title over a
description: in a Word file or PDF two paragraphs, the first wholly bold; on a web page one
paragraph whose bold lead is followed by the description (``<strong>Title</strong><br>...``,
the break read as a space). The programme's text form prints such a cell as
``**Title**<br>description``, so that the title reaches the interpreter as a block of its own
(the text form's table reader reads ``<br>`` as the start of a block); any other cell is
printed as before. A bold lead that is a label ("**Status:** ...", ending in a colon) or a
sentence (ending in a full stop) is no title.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> titled_cell((Paragraph(Inline.from_html("<b>Cyber security</b>")),
...              Paragraph(Inline("An attack disrupts services."))))
'**Cyber security**<br>An attack disrupts services.'
>>> titled_cell((Paragraph(Inline.from_html("<b>Flooding</b> Homes flood in storms.")),))
'**Flooding**<br>Homes flood in storms.'
>>> titled_cell((Paragraph(Inline.from_html("<b>Status:</b> complete")),)) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["titled_cell"]

#: A bold lead of a few words and the text after it.
_LEAD = compile_regex(r"\*\*(?P<title>[^*\n]{2,80}?)\*\*[ \t]*+(?P<rest>\S.*)?")


def titled_cell(blocks: tuple[Any, ...]) -> str | None:
    """The cell's text form with its bold title apart (see the module), or None when the
    cell does not open with a bold title over more text.

    Parameters
    ----------
    blocks : tuple of Block
        The cell's blocks; the first a Paragraph.

    Returns
    -------
    str or None
        ``**title**<br>text<br>...`` or None.
    """
    md = blocks[0].text.markdown()
    if not md.startswith("**"):
        return None
    m = _LEAD.fullmatch(md.replace("\t", " "))
    if m is None or m.group("title").rstrip()[-1:] in ".:;,":
        return None
    rest = [m.group("rest")] if m.group("rest") else []
    if len(blocks) < 2 and not rest:
        return None
    if len(blocks) > 1 and any(b.__class__ is not blocks[0].__class__ for b in blocks[1:]):
        return None
    if rest and "**" in rest[0]:
        return None  # (more bold text: not a title over plain text)
    tail = [b.text.text.replace("\t", " ") for b in blocks[1:]]
    return "<br>".join([f"**{m.group('title').strip()}**", *rest, *tail])
