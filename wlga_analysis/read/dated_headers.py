"""Column headers that name the date their column reports at.

A council's action plan heads its comment column with the date of the position it gives:
"Progress at 30 September 2025", "Position as at 31 March 2026", "Update (December
2025)". A Word file, PDF or web page reaches the readers as its text form, where a table's
header row is known only by its cells being short labels with no figure
(:mod:`~wlga_analysis.read.text_table`); such a dated label is a label all the same, while
a cell holding a date alone ("December 2025", a target date) stays data; a date after "At"
or "As at" alone ("At 30 Sept 2025") heads the figures of that position.

Examples
--------
>>> [is_dated_label(t) for t in ("Progress at 30 September 2025",
...                              "Position as at 31 March 2026", "Update (December 2025)",
...                              "Comments at 30 September 2026")]
[True, True, True, True]
>>> [is_dated_label(t) for t in ("December 2025", "Met on 12 June 2025 and meets monthly",
...                              "Adopted on 17 September 2025.", "Progress at 30 days")]
[False, False, False, False]

A label naming a financial year is one too (:mod:`~wlga_analysis.read.year_headers`):

>>> is_dated_label("Allocation 2025-26"), is_dated_label("2025-26 allocated.")
(True, False)
"""

from __future__ import annotations

import re

from wlga_analysis.text.dates import MONTH_RE
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_dated_label"]

_DATE = rf"(?:[0-3]?\d(?:st|nd|rd|th)?[ \t]+)?{MONTH_RE}(?:[ \t]+(?:19|20)\d\d)?"
#: One to four words (a label: "Progress", "Position", "Update this quarter"), then the
#: date after "at", "as at", "to", "on" or "for", or in brackets.
_DATED = compile_regex(
    rf"[A-Za-z][A-Za-z'’&/-]*+(?:[ \t]+[A-Za-z][A-Za-z'’&/-]*+){{0,3}}?[ \t]+"
    rf"(?:(?:as[ \t]+)?(?:at|to|on|for)[ \t]+{_DATE}|\((?:as[ \t]+at[ \t]+)?{_DATE}\))",
    re.IGNORECASE)
#: A position's date alone after "At" or "As at": "At 30 Sept 2025" (a header of figures).
_AT_DATE = compile_regex(rf"(?:as[ \t]+)?at[ \t]+[0-3]?\d(?:st|nd|rd|th)?[ \t]+{MONTH_RE}"
                         r"(?:[ \t]+(?:19|20)\d\d)?", re.IGNORECASE)
#: The longest dated label.
_LABEL_MAX = 60


def is_dated_label(text: str) -> bool:
    """Whether a table cell is a column header naming the date its column reports at: a
    few words, then "at 30 September 2025" (or "as at", "to", "on", "for") or the date in
    brackets; no full stop.

    Parameters
    ----------
    text : str
        A cell's text.

    Returns
    -------
    bool
        True for "Progress at 30 September 2025"; False for a date alone or a sentence.

    Examples
    --------
    >>> is_dated_label("Spend to 30 September"), is_dated_label("30 September 2025")
    (True, False)
    >>> is_dated_label("At 30 Sept 2025"), is_dated_label("As at 31 March 2026")
    (True, True)
    """
    from wlga_analysis.read.year_headers import is_year_label

    text = text.strip()
    return len(text) <= _LABEL_MAX and any(c.isdigit() for c in text) \
        and (_DATED.fullmatch(text) is not None or is_year_label(text)  # ("Budget 2025-26")
             or _AT_DATE.fullmatch(text) is not None)  # ("At 30 Sept 2025")
