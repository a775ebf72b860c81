"""Programme interpreter: a grant named after its amount, as the scheme it is offered under.

An offer letter names its grant after the amount: "a grant of up to £880,000 in the
financial year 2025-26 under the Local Government Improvement and Support Grant, for the
approved purposes in Schedule 1" -> "Local Government Improvement and Support Grant". The
name is the capitalised name of a grant, fund or scheme (its last word "Grant", "Fund",
"Scheme" or "Programme") after "under the", "from the" or "through the", in the words after
the amount up to the next amount. Read only when no name is printed before the amount.

Examples
--------
>>> scheme_name_after(" in the financial year 2025-26 under the Local Government "
...                   "Improvement and Support Grant, for the approved purposes.")
'Local Government Improvement and Support Grant'
>>> scheme_name_after(" from the council's own budget.") is None
True

An owner's name before the grant's ("from the Welsh Government's Digital Priorities
Investment Fund") is not part of it, as :mod:`.grant_names` reads it before an amount:

>>> scheme_name_after(" from the Welsh Government's Digital Priorities Investment Fund.")
'Digital Priorities Investment Fund'
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["scheme_name_after"]

_WORD = r"[A-Z][\w'&-]*+"
#: "under the Local Government Improvement and Support Grant" after the amount.
_UNDER = LazyPattern(
    rf"\b(?:under|from|through)\s+the\s+(?P<name>(?:{_WORD}\s+(?:(?:and|for|of|in)\s+)?)"
    r"{0,7}(?:Grant|Fund|Scheme|Programme))\b")
#: An owner's name before the grant's ("Welsh Government's "): not part of it.
_OWNER = LazyPattern(r"^.*['\u2019]s\s+")


def scheme_name_after(after: str | None) -> str | None:
    """The name of the grant, fund or scheme the words ``after`` an amount offer it under
    (see the module); None when they name none (a cheap test first: most words after an
    amount hold none of "under", "from", "through" with a capital after "the").

    Parameters
    ----------
    after : str or None
        The words after the amount in its sentence, up to the next amount.

    Returns
    -------
    str or None
        The printed name, or None.
    """
    if not after or " the " not in after or ("under" not in after and "from" not in after
                                              and "through" not in after):
        return None
    m = _UNDER.search(after[:300])
    if m is None:
        return None
    name = m.group("name")
    return _OWNER.sub("", name) if "'" in name or "\u2019" in name else name
