"""Which of several timing phrases of a sentence is its milestone.

A progress sentence may name a date as background before the date it is due by: "a
framework for staff appointed in May 2026 is being drafted, for approval by the end of
September 2025"; "the review was due in June and is now expected in August". A careful
reader takes the date the item is due by, or the date it now has. So a later phrase wins
over the first one (which is neither a deadline nor a date said to be the current one)
when it is

- a **deadline**: it opens with "by", "before", "until" or "no later than"; or
- the date the item **now** has: "now" stands just before it ("is now expected in",
  "will now take place in").

:func:`later_milestone` is used by :func:`wlga_analysis.quarters.resolve_timing` after its
other rules (an end that comes later, a date moved from one time to another).

Examples
--------
>>> import re
>>> text = "staff appointed in May 2026, for approval by June 2025"
>>> find = lambda pos: (m := re.compile(r"(?:in|by) \\w+ \\d{4}").search(text, pos)) and (
...     m.start(), -m.end(), None, m)
>>> later_milestone(text, find(0), find)[3].group(0)
'by June 2025'
>>> later_milestone("held in May 2025", find(0), find) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["later_milestone"]

#: A phrase that states a deadline.
_DEADLINE = compile_regex(r"(?i:by|before|until|no\s+later\s+than)\b")
#: "now" just before a phrase ("is now expected in", "will now take place in").
_NOW = compile_regex(r"(?i)\bnow\b[^.;,]{0,24}$")


def later_milestone(text: str, found: Any, find: Callable[[int], Any]) -> Any | None:
    """The phrase after ``found`` that is the sentence's milestone (see the module), or
    None when ``found`` is one or none is.

    ``found`` and what ``find(pos)`` returns (the leftmost phrase at or after ``pos``, or
    None) are ``(start, -end, pattern, match)``, as :mod:`wlga_analysis.quarters` finds them.
    """
    if found is None or _DEADLINE.match(text, found[0]) or _now(text, found[0]):
        return None
    later = find(found[3].end())
    while later is not None:
        if _DEADLINE.match(text, later[0]) or _now(text, later[0]):
            return later
        later = find(later[3].end())
    return None


def _now(text: str, start: int) -> bool:
    return _NOW.search(text[max(0, start - 30):start]) is not None
