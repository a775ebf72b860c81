"""An agreed-action cell that declines the recommendation: no activity.

An audit report's action plan prints the audited body's answer to each recommendation in
its "Agreed management action" column. Where management does not agree, the cell opens
with the decision ("Not agreed – risk accepted. Actions are confirmed by e-mail ...",
"Rejected: the service considers ...", "Risk accepted."): the recommendation was made (it
is counted), but nothing was agreed, so the cell is **no activity**. Its words are kept as a
note (nothing lost) and the refusal is reported (``not agreed``).

The decisions are the ``refusal`` phrases of ``data/raw/recommendation_words.csv`` ("not
agreed", "not accepted", "rejected", "risk accepted"), matched at the start of the cell
and followed by its end or a separator (a dash, a full stop, a colon, a comma).

Examples
--------
>>> words = frozenset({"not agreed", "risk accepted", "rejected"})
>>> refusal("Not agreed \\u2013 risk accepted. Actions are confirmed by e-mail.", words)
'Not agreed'
>>> refusal("Risk accepted.", words), refusal("Agreed. A timetable was set.", words)
('Risk accepted', None)
>>> refusal("Rejected options will be reviewed in May.", words) is None
True
"""

from __future__ import annotations

__all__ = ["refusal"]

#: What follows a decision printed at the start of a cell.
_AFTER = frozenset(".:;,\u2013\u2014-")


def refusal(text: str, words: frozenset[str]) -> str | None:
    """The refusal a cell opens with, as printed, or None when it opens with none.

    Parameters
    ----------
    text : str
        The cell's clean text.
    words : frozenset of str
        The ``refusal`` phrases (lower case).

    Returns
    -------
    str or None

    Examples
    --------
    >>> refusal("Not accepted", frozenset({"not accepted"}))
    'Not accepted'
    """
    text = text.strip()
    folded = text.casefold()
    for word in words:
        if folded.startswith(word):
            rest = text[len(word):].lstrip()
            if not rest or rest[0] in _AFTER:
                return text[:len(word)]
    return None
