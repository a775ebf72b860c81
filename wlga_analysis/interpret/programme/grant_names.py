"""Programme interpreter: a grant's proper name printed in the sentence of its amount.

Two ways a sentence prints a grant's own name around its amount, both with the name's
words in capitals:

- as the subject of "is/was £X", perhaps with who gives it: "The Improvement Programme
  grant from the Welsh Government is £790,000" -> "Improvement Programme grant";
- after the amount, as what it is for: "... has confirmed £0.15m for the Participation
  Fund in 2026/27" -> "Participation Fund".

A name in lower case ("the improvement grant is £X") is left to the general rules of
:mod:`.grants`.

Examples
--------
>>> proper_grant_name("The Improvement Programme grant from the Welsh Government is ", "")
'Improvement Programme grant'
>>> proper_grant_name("The Welsh Government has also confirmed ",
...                   " for the Participation Fund in 2026/27.")
'Participation Fund'
>>> proper_grant_name("The Welsh Government improvement grant is ", "") is None
True
"""

from __future__ import annotations

import re

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["proper_grant_name"]

_WORD = r"[A-Z][\w'&-]*+"
#: "The Improvement Programme grant (from the Welsh Government) is " before the amount.
_SUBJECT = LazyPattern(
    rf"(?:^|(?<=[.;:]\s)|\b[Tt]he\s+|\b[Tt]his\s+|\b[Oo]ur\s+)"
    rf"(?P<name>(?:{_WORD}\s+){{1,5}}(?:[Gg]rant|Fund))"
    rf"(?:\s+(?:from|by)\s+(?:the\s+)?(?:{_WORD}\s+){{0,4}}{_WORD})?"
    r"\s+(?:is|was|will\s+be|totals?|amounts\s+to)\s+(?:worth\s+)?$")
#: How the text before an amount ends when :data:`_SUBJECT` can match (a quick test first).
_VERB_ENDS = (" is", " was", " be", " total", " totals", " to", " worth")
#: " for the Participation Fund" after the amount.
_FOR_THE = LazyPattern(
    rf"\s*(?:for|to)\s+the\s+(?P<name>(?:{_WORD}\s+){{0,5}}(?:Fund|Grant))\b")


def proper_grant_name(before: str, after: str) -> str | None:
    """The proper name of the grant of an amount, from the words ``before`` and ``after``
    it in its sentence (see the module); None when neither way names it."""
    m = _SUBJECT.search(before) if ("rant" in before or "Fund" in before) and \
        before.rstrip().endswith(_VERB_ENDS) else None
    if m is None and ("Fund" in after or "Grant" in after):
        m = _FOR_THE.match(after)
    return None if m is None else re.sub(r"^(?:The|This|Our)\s+", "", m.group("name"))
