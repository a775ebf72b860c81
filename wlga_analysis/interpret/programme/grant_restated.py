"""Programme interpreter: a grant restated in a paper's financial paragraph, as changed to
a new amount or as the whole of which an amount was spent.

A board paper's "Financial implications" restates the programme's grant when it changes
and when it is spent:

- "The Welsh Government has increased the Climate Change Support Programme Grant for
  2025-26 to £700,000 to fund the adaptation work": the grant's own name stands before
  the amount, as the object of the change ("increased / raised / reduced / cut ... the
  <Name> Grant (for <year>) to £X"); what follows ("to fund the adaptation work") is its
  purpose, no name (:func:`changed_to_name`);
- "£689,000 of the £700,000 Climate Change Support Programme Grant for 2025-26 was spent":
  the first amount is a part OF the second, the spend of the grant, no grant of its own
  (:func:`part_of_next`); the sentence stays in the paragraphs table.

Examples
--------
>>> changed_to_name("The Welsh Government has increased the Climate Change Support "
...                 "Programme Grant for 2025-26 to ")
'Climate Change Support Programme Grant'
>>> changed_to_name("The council has increased its contribution to ") is None
True
>>> part_of_next(" of the ", True), part_of_next(" of ", True), part_of_next(" of the ", False)
(True, True, False)
>>> part_of_next(" and a further ", True)
False
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["changed_to_name", "part_of_next"]

_WORD = r"[A-Z][\w'&-]*+"
#: "increased the <Name> Grant (for 2025-26) to " at the end of the words before an amount.
_CHANGED_TO = LazyPattern(
    r"\b(?:increased|raised|reduced|decreased|cut|lowered|uplifted|topped[ \t]+up)[ \t]+"
    r"(?:the|its|their|our)[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:in|for|of|and|on|with)[ \t]+)?{_WORD}){{0,6}}?"
    r"[ \t]+(?:Grant|Fund|grant))"
    r"(?:[ \t]+(?:for|in)[ \t]+(?:19|20)\d\d(?:[-\u2013/]\d{2,4})?+)?[ \t]+to[ \t]*+$")
#: The words between an amount and the next one that make it a part of the next: "£689,000
#: of the £700,000 grant", "£20,000 of its £100,000 allocation".
_PART_OF_NEXT = LazyPattern(r"[ \t]*+of(?:[ \t]++(?:the|this|that|its|our|their|a|an))?"
                            r"[ \t]*+")
#: The verbs of a change, as a quick test before the pattern.
_CHANGES = ("creased", "raised", "reduced", "cut", "lowered", "uplifted", "topped")


def changed_to_name(before: str) -> str | None:
    """The name of the grant changed to the amount that ``before`` precedes ("increased the
    X Grant for 2025-26 to "), or None.

    Examples
    --------
    >>> changed_to_name("It has reduced the Digital Fund to ")
    'Digital Fund'
    """
    tail = before[-200:]
    if not tail.rstrip().endswith(" to") or not any(verb in tail for verb in _CHANGES):
        return None
    m = _CHANGED_TO.search(tail)
    return m.group("name") if m is not None else None


def part_of_next(after: str, another: bool) -> bool:
    """Whether an amount is a part of the next amount of its sentence: ``after`` (the words
    between them) is "of (the)" and ``another`` (an amount follows).

    Examples
    --------
    >>> part_of_next(" of which ", True)
    False
    """
    return another and len(after) < 16 and _PART_OF_NEXT.fullmatch(after) is not None
