"""Programme interpreter: a labelled sub-bullet under a numbered paragraph is its note.

A report that numbers its paragraphs "1.1", "1.2" ... (each an item, closing with its
status: "... in February 2026 (on track).") may put a labelled sub-bullet under a few of
them ("o Next step: Agree the test plan with the six councils."). Its export may lose the
bullet's level (a web page, pandoc's Markdown, Word's text print all show it at the
paragraphs' level), so it would be read as one more item. A careful reader takes it as part
of the paragraph above: no item, and no part of the item's text (the paragraph's own
sentence and status are the item); it is kept as text (the paragraphs table).

:func:`with_item_notes` reads such a bullet as a paragraph of text: an un-numbered list item
opening with a short label ("Next step:", "Action:", "Note:") directly after a list item
numbered at two levels ("1.2") whose text closes a sentence, or after another such note.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem
>>> blocks = [ListItem(Inline("A tool was built (on track)."), number="1.2"),
...           ListItem(Inline("Next step: Agree the test plan.")),
...           ListItem(Inline("A guide was agreed (complete)."), number="1.3")]
>>> [type(b).__name__ for b in with_item_notes(blocks)]
['ListItem', 'Paragraph', 'ListItem']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import ListItem, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["tag_before_note", "with_item_notes"]

#: A note's label: one to three words, the first capitalised, and a colon.
_LABEL = LazyPattern(r"[A-Z][a-z]{1,15}(?: [a-z]{1,15}){0,2}:[ \t]")
#: A number at two levels or more ("1.2", "3.1.4").
_NUMBER = LazyPattern(r"\d{1,3}(?:\.\d{1,3})+\.?")


def _is_paragraph_item(block: Any) -> bool:
    """A list item numbered at two levels whose text closes a sentence."""
    number = block.number if block.__class__ is ListItem else None
    return number is not None and _NUMBER.fullmatch(number) is not None \
        and block.text.text.rstrip()[-1:] in (".", ")", "]")


def _is_note(block: Any) -> bool:
    return block.__class__ is ListItem and block.number is None \
        and _LABEL.match(block.text.text.lstrip()) is not None


def with_item_notes(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each labelled sub-bullet of a numbered paragraph read as a paragraph
    of text (see the module); ``blocks`` itself when there is none.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list
        The blocks.
    """
    out: list[Any] | None = None
    after = False  # (the block before is a numbered paragraph's item or its note)
    for k, block in enumerate(blocks):
        if after and _is_note(block):
            if out is None:
                out = list(blocks)
            out[k] = Paragraph(block.text, None, block.location)
            continue
        after = block.__class__ is ListItem and _is_paragraph_item(block)
    return blocks if out is None else out


#: A status tag in brackets, then a labelled note to the end of the text: a PDF's print
#: joins the note's line onto its paragraph ("... 2026 (on track). Next step: Agree ...").
_TAG_THEN_NOTE = LazyPattern(r"[\[(](?P<tag>[A-Za-z][A-Za-z'/ -]{1,40})[\])](?P<stop>\.?)"
                             r"[ \t]+[A-Z][a-z]{1,15}(?: [a-z]{1,15}){0,2}:[ \t]")


def tag_before_note(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, the text before it) of a text whose status tag in brackets closes its own
    sentence and a labelled note follows ("... 2026 (on track). Next step: Agree ..."); None
    when it has none (the note is left out of the item's text: it stays in the printed
    line, kept whole in the paragraphs table).

    Examples
    --------
    >>> from wlga_analysis.reference import load_status_tags
    >>> tag_before_note("A tool was built (on track). Next step: Test it.", load_status_tags())
    ('in progress', 'A tool was built.')
    >>> tag_before_note("A tool (phase two). Next step: Test it.", load_status_tags()) is None
    True
    """
    from wlga_analysis.interpret.programme.layouts import tag_status

    for m in _TAG_THEN_NOTE.finditer(text):
        status = tag_status(m.group("tag"), tags)
        kept = text[:m.start()].rstrip()
        if status is not None and kept:
            if m.group("stop") and not kept.endswith((".", "!", "?")):
                kept += "."
            return status, kept
    return None
