"""Programme interpreter: a closing RAG change and direction of travel ("Amber → Blue ▲ improving").

A council's progress report may close each item with the RAG rating given at the last
report and the rating now, and a direction-of-travel arrow: "... now at full strength.
Amber → Blue ▲ improving", "... Green → Amber ▼ worsening", "... Grey → Grey ► no change"
(a web page's ``<span class="rag">``, a Word definition's line after a line break). The
CURRENT rating, after the arrow, is the item's status, read through the paper's own key
("Key: Blue – complete; Green – on track; ...", :mod:`.colour_key`, else the colour words
of ``status_tags.csv``) over its wording (rule ``rag``): the previous rating and the arrow
are its history, not its status. A careful reader leaves the line out of the item's text,
as a closing status tag (:mod:`.closing_tags`); the printed line stays whole in the
paragraphs table, so nothing is lost.

Examples
--------
>>> from wlga_analysis.reference import load_status_tags
>>> tags = {**load_status_tags(), "blue": "done", "green": "in progress"}
>>> rag_change("The posts were filled in August 2025. Amber \\u2192 Blue \\u25b2 improving", tags)
('done', 'The posts were filled in August 2025.')
>>> rag_change("Meetings will continue. Green \\u2192 Green \\u25ba no change", tags)
('in progress', 'Meetings will continue.')
>>> rag_change("The move from Amber to Green was agreed.", tags) is None
True
"""

from __future__ import annotations

from wlga_analysis.interpret.programme.colour_key import COLOUR_WORDS
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["rag_change"]

_COLOURS = "|".join(COLOUR_WORDS)
#: "Amber → Blue", then an optional arrow symbol and a few words of direction, closing
#: the text.
_CHANGE = LazyPattern(
    rf"(?i)(?:^|\s)(?:{_COLOURS})[ \t]*+(?:\u2192|->|=>|\u27f6|\u2794)[ \t]*+"
    rf"(?P<now>{_COLOURS})\b(?:[ \t]*+[\u25b2\u25bc\u25ba\u25c4\u2191\u2193\u2192\u2194"
    r"\u25b6\u25c0=](?:[ \t]++[A-Za-z]++){0,3})?[ \t.]*+$")
#: The longest closing line read (colours, an arrow and its words).
_TAIL = 60


def rag_change(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status of the current rating, text without the line) of an item whose text
    closes with a previous → current RAG rating and any direction of travel; None when it
    closes with none, or when nothing but the line is left.

    Parameters
    ----------
    text : str
        The item's text (cleaned: no Markdown emphasis).
    tags : dict
        The status words, the paper's key's colours among them
        (:func:`~.symbols.symbol_tags`).

    Returns
    -------
    (str, str) or None
        The status the current colour states and the text before the line.

    Examples
    --------
    >>> rag_change("Amber \\u2192 Red", {"red": "at risk"}) is None
    True
    """
    if "\u2192" not in text[-_TAIL:] and "->" not in text[-_TAIL:] \
            and "=>" not in text[-_TAIL:]:
        return None  # (most texts: no arrow near their end; " to " alone is not searched)
    tail = text[-_TAIL:]
    m = _CHANGE.search(tail)
    if m is None:
        return None
    status = tags.get(m.group("now").lower())
    kept = text[:len(text) - len(tail) + m.start()].rstrip()
    if status is None or not any(ch.isalnum() for ch in kept):
        return None
    return status, kept
