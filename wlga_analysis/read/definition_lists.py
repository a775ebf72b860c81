"""Definition lists read as labelled items: a term and its definition one block.

A progress report may print each piece of work as a term over its definition: a web
page's ``<dl>`` (``<dt>2.1 Programme team</dt><dd>The two vacant posts were filled ...
</dd>``), a Word file's pair of the author's own paragraph styles ("Item term", bold, over
"Item definition", indented; any style whose name says *term*, over one whose name says
*definition* or *description*). A reader sees one labelled item: the term its bold lead
("2.1 **Programme team**"), the definition its text, as a bold label opens a bullet
("**Programme team:** ..."). :func:`definition_item` joins a ``<dt>`` and the paragraphs
of its ``<dd>``; :func:`join_styled_definitions` a Word term and the definition
paragraphs after it. The term's printed number is the item's (:func:`.blocks.block_from_text`).

On a web page only a term that carries a printed number is an item's (a ``<dl>`` of a
cover's or a card's fields, "Report date" over "31 October 2025", "Recommendation" over
its sentence, is a form's); in a Word file the styles say so. A term over a definition
that holds a list or a table, or no prose (a form's "Lead" over "WG", a short value), is
left as it was read: a bold label over its own blocks.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Location, Paragraph
>>> term = Inline("2.1 Programme team", ((0, 18),))
>>> item = definition_item(term, [Paragraph(Inline("The two vacant adviser posts were "
...                                                "filled in August 2025."))], Location())
>>> item.number, item.text.bold_text()
('2.1', ['Programme team'])
>>> item.text.text
'Programme team The two vacant adviser posts were filled in August 2025.'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from wlga_analysis.read.blocks import block_from_text
from wlga_analysis.read.model import Block, Inline, Location, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["definition_item", "join_styled_definitions", "style_role"]

#: The fewest words of a definition read as the term's text (a form's value has fewer).
MIN_WORDS = 6
#: A Word paragraph style for a term, or for a definition, by the words of its name.
_TERM_STYLE = LazyPattern(r"(?i)\b(?:term|definition\s+term)\b")
_DEFINITION_STYLE = LazyPattern(r"(?i)\b(?:definition|description)\b")


def _prose(blocks: list[Any]) -> bool:
    """Whether ``blocks`` are un-numbered paragraphs of prose (MIN_WORDS words or more)."""
    return bool(blocks) and all(b.__class__ is Paragraph and b.number is None
                                for b in blocks) \
        and sum(len(b.text.text.split()) for b in blocks) >= MIN_WORDS


def definition_item(term: Inline, definition: list[Any], location: Location) -> Block | None:
    """The block of a NUMBERED term (bold, as printed: "2.1 Programme team") and its
    definition's paragraphs joined; None when the term has no printed number (a form's
    field, "Report date", over its value) or the definition is no prose (see the module).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Location, Paragraph
    >>> definition_item(Inline("Lead", ((0, 4),)), [Paragraph(Inline("WG"))], Location()) is None
    True
    >>> definition_item(Inline("Recommendation", ((0, 14),)), [Paragraph(Inline(
    ...     "The Welsh Government should update the transfer guide."))], Location()) is None
    True
    """
    text = _joined(term, definition)
    if text is None:
        return None
    block = block_from_text(text, location)
    return block if getattr(block, "number", None) is not None else None


def _joined(term: Inline, definition: list[Any]) -> Inline | None:
    """The term's text and its definition's, joined; None when the definition is no prose."""
    if not term.text.strip() or not _prose(definition):
        return None
    text = term.strip()
    for block in definition:
        text = text + Inline(" ") + block.text
    return text.folded()


def style_role(name: str) -> str | None:
    """``"term"`` or ``"definition"`` for a Word paragraph style named so, else None.

    Examples
    --------
    >>> style_role("Item term"), style_role("Item definition"), style_role("Normal")
    ('term', 'definition', None)
    """
    if _TERM_STYLE.search(name) is not None:
        return "term"
    if _DEFINITION_STYLE.search(name) is not None:
        return "definition"
    return None


def join_styled_definitions(blocks: list[Block], roles: list[str | None]) -> list[Block]:
    """The blocks with each term (role ``"term"``) and the definition paragraphs right
    after it (role ``"definition"``) joined into one block (:func:`definition_item`).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> blocks = [Paragraph(Inline("Peer pool", ((0, 9),))),
    ...           Paragraph(Inline("Recruitment of a further 15 peers is under way."))]
    >>> [b.text.text for b in join_styled_definitions(blocks, ["term", "definition"])]
    ['Peer pool Recruitment of a further 15 peers is under way.']
    """
    if "term" not in roles:
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        k = i + 1
        if roles[i] == "term":
            while k < len(blocks) and roles[k] == "definition":
                k += 1
        text = _joined(blocks[i].text, list(blocks[i + 1:k])) if k > i + 1 else None
        if text is None:
            out.append(blocks[i])
            i += 1
            continue
        out.append(replace(blocks[i], text=text))  # (its number, as Word numbered it)
        i = k
    return out
