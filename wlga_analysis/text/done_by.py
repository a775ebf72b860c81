"""A deadline told in a past tense: work done by a date, not work due by one.

"by the end of September" looks ahead when it is a deadline ("will go live by the end of
September"), but "11,200 households had signed up by the end of September", "all six fairs
were completed by the end of October" and "the returns have been received by December" say
what was done by a date already past: a careful reader takes the LAST such month before the
paper's date. The verb just before the phrase tells it (:func:`done_by_verb`): "had", or
"was", "were", "has been", "have been" and a verb, perhaps with its particle ("had signed
up by"); not "will have been completed by", nor "was due by", "were expected by" (a date
looked forward to).

A simple past that is far behind the paper ("It was published by January" in an October
paper: last January is nine months back) keeps the deadline's reading: the last month is
taken only when it falls in the six months before the paper (:func:`done_by`).

Examples
--------
>>> import datetime as dt
>>> import pandas as pd
>>> text = "11,200 households had signed up by the end of September."
>>> done_by_verb(text, text.index("by")), done_by_verb("It will go live by May.", 13)
(True, False)
>>> done_by(text, text.index("by"), dt.date(2025, 12, 11), pd.Period("2026Q2", "Q-MAR"))
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["done_by", "done_by_verb"]

#: Verbs after "was"/"were" that look forward to a date rather than report it done.
_LOOKED_FOR = ("expected", "due", "scheduled", "planned", "intended", "meant", "supposed",
               "hoped", "aimed", "targeted", "set", "asked", "required", "needed", "to",
               # a new date: "has been delayed by a month", "was extended by March"
               "delayed", "postponed", "deferred", "extended", "moved", "rescheduled",
               "pushed", "put", "slipped", "paused", "suspended")
#: The deadlines a verb of work done may turn into a date past ("until" is a span's end:
#: "had been paused until April").
_BY = compile_regex(r"(?i)(?:by|before)\b")
#: "had", "was", "were", "has been", "have been" (not after "will", "would", ...), then a
#: verb and perhaps its particle, just before the phrase.
_DONE_VERB = compile_regex(
    r"(?i)\b(?:(?<!\bwill\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bmay\s)"
    r"(?<!\bcould\s)(?:has|have|had)\s++been|had|was|were)\s++"
    r"(?:(?:all|already|now|fully|largely|mostly)\s++)?(?P<verb>[a-z]++)"
    r"(?:\s++(?:up|out|off|in|on|back|down|through))?\s++$")
#: How far back a past month may be and still be the one a simple past names.
RECENT_DAYS = 183


def done_by_verb(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` opens with "by" or "before" and follows a verb of
    work done ("had signed up by", "were completed by"; not "has been delayed until").

    Examples
    --------
    >>> text = "The returns have been received by December."
    >>> done_by_verb(text, text.index("by"))
    True
    >>> text = "All returns will have been received by December."
    >>> done_by_verb(text, text.index("by"))
    False
    >>> text = "The report was expected by March."
    >>> done_by_verb(text, text.index("by"))
    False
    >>> text = "The review had been paused until April."
    >>> done_by_verb(text, text.index("until"))
    False
    """
    if _BY.match(text, start) is None:
        return False
    m = _DONE_VERB.search(text, max(0, start - 50), start)
    return m is not None and m.group("verb").lower() not in _LOOKED_FOR


def done_by(text: str, start: int, day: dt.date | None, last: Any) -> bool:
    """Whether the deadline phrase at ``start`` reports work done by ``last``, the quarter
    of the last such date on or before the paper's date ``day``: a verb of work done before
    it (:func:`done_by_verb`), and ``last`` ends at most six months before ``day`` (or
    later).

    Examples
    --------
    >>> import pandas as pd
    >>> text = "It was published by January."
    >>> done_by(text, text.index("by"), dt.date(2021, 10, 22), pd.Period("2021Q4", "Q-MAR"))
    False
    """
    if day is None or last is None or not done_by_verb(text, start):
        return False
    return (day - last.end_time.date()).days <= RECENT_DAYS
