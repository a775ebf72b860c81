"""Programme interpreter: a fund named as the subject of its allocation.

A council's covering report states a fund's money as its allocation::

    The Shared Prosperity Fund allocation for 2025-26 is £1.45m, of which £610,000 ...
    The Levelling Up Fund award was £2m.

The capitalised name ending in "Fund" or "Grant" before the award word ("allocation",
"award", "offer"), its year and the verb names the amount's grant ("Shared Prosperity
Fund"); the year is read by the general rules.

Examples
--------
>>> allocation_fund_name("The Shared Prosperity Fund allocation for 2025-26 is ")
'Shared Prosperity Fund'
>>> allocation_fund_name("The Levelling Up Fund award was ")
'Levelling Up Fund'
>>> allocation_fund_name("by a Diversity in Democracy Fund award of ")
'Diversity in Democracy Fund'
>>> allocation_fund_name("A Cyber Resilience Fund award of ")
'Cyber Resilience Fund'
>>> allocation_fund_name("The allocation for 2025-26 is ") is None
True
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["allocation_fund_name"]

#: "<Name> Fund allocation [for 2025-26] is " at the end of the words before an amount.
_ALLOCATION = LazyPattern(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*+[ ](?:(?:in|of|for|and)[ ])?){1,6}(?:Fund|Grant))[ ]"
    r"(?:allocation|award|offer)[ ](?:(?:for|in)[ ](?:the[ ])?(?:19|20)\d\d[-\u2013/]\d\d"
    r"(?:\d\d)?+[ ])?(?:is|was|has[ ]been|totals|totalled|of)[ ]$")


def allocation_fund_name(before: str) -> str | None:
    """The fund named as the subject of the allocation before an amount (see the module),
    or None.

    Parameters
    ----------
    before : str
        The words before the amount.

    Returns
    -------
    str or None
    """
    tail = before[-160:]
    if not ("allocation" in tail or "award" in tail or "offer" in tail):  # (one cheap look)
        return None
    m = _ALLOCATION.search(tail)
    if m is None:
        return None
    name = m.group("name")
    first, _, rest = name.partition(" ")
    return rest if first in _OPENERS and rest.count(" ") >= 1 else name


#: Words that open a sentence before a fund's name, no part of it ("The", "This").
_OPENERS = frozenset(("The", "This", "That", "Our", "Its", "Their", "A", "An"))
