"""Programme interpreter: an amount printed straight after a fund's own name.

A project's Budget field may name the fund that pays part of it::

    Budget: £1.2m (including Shared Prosperity Fund £450,000, 2025-26)

The budget (£1.2m) is the board's money, no grant: "Budget:" stands before it. The
£450,000 is the named fund's: its capitalised name ending in "Fund" or "Grant" stands
straight before the amount, so the words of list ``not a grant`` further before it
("Budget", "including") are the budget's, not the fund amount's.

Examples
--------
>>> names_fund_before("Budget: £1.2m (including Shared Prosperity Fund ")
True
>>> names_fund_before("the budget of the fund "), names_fund_before("Budget: ")
(False, False)
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["names_fund_before"]

#: A fund's capitalised name ending just before the amount ("Shared Prosperity Fund ").
_FUND_NAME = LazyPattern(r"(?<![\w'’-])(?:[A-Z][\w'’-]*+[ ]){1,6}(?:Fund|Grant)[ ]?$")


def names_fund_before(before: str) -> bool:
    """Whether the words ``before`` an amount end in a fund's capitalised name (see the
    module).

    Parameters
    ----------
    before : str
        The words before the amount.

    Returns
    -------
    bool

    Examples
    --------
    >>> names_fund_before("incl. Levelling Up Fund ")
    True
    """
    tail = before[-80:]
    if not tail.rstrip().endswith(("Fund", "Grant")):  # (one cheap look first)
        return False
    return _FUND_NAME.search(tail) is not None
