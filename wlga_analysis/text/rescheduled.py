"""A date an item has been moved to: "planned for December 2025, has moved to April 2026",
"the launch, set for May, has slipped to July". The new date is the item's milestone, as
it is when the old one is named with "from" ("postponed from December to April",
:func:`wlga_analysis.quarters.resolve_timing`).

:func:`moved_to` is used by :func:`wlga_analysis.quarters.resolve_timing` after its other
rules: when the phrase it found is not itself a new date, a later phrase of the same
clause (no ";" or full stop between) straight after "moved to", "slipped to", "postponed
until", "rescheduled for" ... wins ("The group met in November; the pilot has slipped to
May": the first clause's date stays).

Examples
--------
>>> import re
>>> text = "A session planned for December 2025 has moved to April 2026."
>>> find = lambda pos: (m := re.compile(r"(?:for|to) \\w+ \\d{4}").search(text, pos)) and (
...     m.start(), -m.end(), None, m)
>>> moved_to(text, find(0), find)[3].group(0)
'to April 2026'
>>> moved_to("Held in May 2025 and reported to June 2025 Cabinet.", find(0), find) is None
True
>>> text = "The group met for May 2025; the pilot has moved to June 2025."
>>> moved_to(text, find(0), find) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["moved_to"]

#: The end of a clause or sentence: a date moved in the next one is another thing's.
_BETWEEN_CLAUSES = compile_regex(r"[;:]|\.(?:\s|$)")
_VERB = (r"(?:moved|slipped|postponed|deferred|rescheduled|delayed|pushed\s+back|put\s+back|"
         r"brought\s+forward|changed)")
#: The words just before a new date (the phrase may begin with its "to" or "until").
_MOVED = compile_regex(rf"(?i)\b{_VERB}(?:\s+(?:to|until|till|for))?\s+$")
#: A phrase that begins with them ("moved to April 2026": the verb read as its preposition).
_MOVED_AT = compile_regex(rf"(?i){_VERB}\s+(?:to|until|till|for)\b")


def moved_to(text: str, found: Any, find: Callable[[int], Any]) -> Any | None:
    """The phrase after ``found`` that gives the item its new date (see the module), or
    None when ``found`` is one or none is.

    ``found`` and what ``find(pos)`` returns (the leftmost phrase at or after ``pos``, or
    None) are ``(start, -end, pattern, match)``, as :mod:`wlga_analysis.quarters` finds them.
    """
    if found is None or _moved(text, found[0]):
        return None
    later = find(found[3].end())
    while later is not None and _BETWEEN_CLAUSES.search(text, found[3].end(), later[0]) is None:
        if _moved(text, later[0]):
            return later
        later = find(later[3].end())
    return None


def _moved(text: str, start: int) -> bool:
    return _MOVED_AT.match(text, start) is not None \
        or _MOVED.search(text, max(0, start - 30), start) is not None
