"""A shaded box between a lead-in and its bullets that repeats one of them (a manifesto's
"Key ask").

A manifesto of asks prints, per policy area, "We are calling on the next Welsh Government
to:" over unnumbered bullets, and a shaded "Key ask" box repeating one of the bullets word
for word (capitalised, with a full stop). A designed print sets the box beside the area's
intro, and a PDF's text comes out with the box after the lead-in, before its bullets:

    **We are calling on the next Welsh Government to:**
    **KEY ASK**
    Agree a multi-year funding settlement ...
    • agree a multi-year funding settlement ...;

A careful reader reads the box's ask once, from its bullet: the box (its label and its
repeat) is a note, and the bullets are still the lead-in's items. :func:`repeated_box`
finds such a box: up to three paragraphs after the lead-in, each a repeat of one of the
bullets below (letter case and the closing punctuation aside, a short label before it,
"Key ask:", left out) or a short label alone (up to four words: "KEY ASK"), at least one a
repeat. Anything else (a paragraph of its own) ends the lead-in as before.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("We call on X to:")), Paragraph(Inline("KEY ASK")),
...           Paragraph(Inline("Fund schools.")), ListItem(Inline("fund schools;"))]
>>> repeated_box(blocks, 0)
(3, frozenset({1, 2}))
"""

from __future__ import annotations

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, ListItem, Paragraph

__all__ = ["repeated_box"]

#: The most paragraphs a box between a lead-in and its bullets holds (a label, the repeat).
_BOX_MOST = 3
#: The most words of a box's label ("Key ask", "Our top ask").
_LABEL_WORDS = 4


def _norm(text: str) -> str:
    """A paragraph's words for comparing: without a short label before a colon ("Key ask:
    "), case and closing punctuation aside."""
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head.split()) <= _LABEL_WORDS:
        text = rest
    return " ".join(text.replace("*", "").split()).rstrip(" .;,").casefold()


def _is_label(text: str) -> bool:
    """A short label alone ("KEY ASK", "Key ask:"): a few words, no sentence."""
    words = text.replace("*", "").strip().rstrip(":").split()
    return 0 < len(words) <= _LABEL_WORDS and not text.rstrip().endswith((".", ";"))


def repeated_box(blocks: list[Block], index: int) -> tuple[int, frozenset[int]] | None:
    """(index of the first bullet, the box's blocks) when the lead-in at ``index`` is
    followed by a box repeating one of its bullets before them; else None (cheap: a
    bullet within the next four blocks first).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> repeated_box([Paragraph(Inline("We call on X to:"))], 0) is None
    True
    """
    first = next((at for at in range(index + 2, min(index + 2 + _BOX_MOST, len(blocks)))
                  if isinstance(blocks[at], ListItem)), None)
    if first is None or blocks[first].kind != "bullet":  # type: ignore[attr-defined]
        return None
    box = range(index + 1, first)
    if not all(isinstance(blocks[at], Paragraph) for at in box):
        return None
    bullets: set[str] = set()
    for block in blocks[first:]:
        if not isinstance(block, ListItem) or block.kind != "bullet":
            break
        bullets.add(_norm(clean_text(block.text.text)))
    texts = [clean_text(blocks[at].text.text) for at in box]
    repeats = [t for t in texts if _norm(t) in bullets]
    if not repeats or not all(t in repeats or _is_label(t) for t in texts):
        return None
    return first, frozenset(box)
