"""Programme interpreter: a spreadsheet's "Last updated" row, its date then a note.

A tracker kept in a spreadsheet says when it was updated in a row of its own above the
header, the date followed by who updated it and a note to its users, all in one cell:
"Last updated: 30/01/2026 by the Programme Office (WLGA). Please do not sort or filter this
view ...". The line is too long to be a dated line (:func:`~wlga_analysis.text.dates.
split_dated_line` reads short lines only), yet its date is the paper's: a line opening with
the ``updated label`` of ``programme_words.csv`` and a date within a few words of it is read
as its words up to that date.

Examples
--------
>>> updated_part("Last updated: 30/01/2026 by the Programme Office. Please do not sort "
...              "or filter this view - use a filter view instead.")
'Last updated: 30/01/2026'
>>> updated_part("Updated 9 January 2026 by Sian Jones, who keeps the tracker for the "
...              "board and answers questions about it.")
'Updated 9 January 2026'
>>> updated_part("The tracker was updated by every lead officer before 30/01/2026.")
"""

from __future__ import annotations

import re

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["updated_part"]

#: A date a few characters after the label: "30/01/2026", "9 January 2026".
_DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]{2,8}[ ]\d{4})"
#: Only lines longer than this are cut (a short line is read as it is).
_LONG = 60


def updated_part(text: str, label: re.Pattern[str] | None = None) -> str | None:
    """The words of a long "Last updated" line up to its date, else None.

    Parameters
    ----------
    text : str
        A line of the paper's front matter.
    label : re.Pattern, optional
        The pattern of the ``updated label`` list (matched at the line's start); the
        project's list when not given.

    Returns
    -------
    str or None
    """
    if len(text) <= _LONG or "pdated" not in text[:30]:
        return None
    if label is None:
        from wlga_analysis.interpret.programme.action_log import _words

        label = _words()[2]
    found = label.match(text)
    if found is None:
        return None
    date = compile_regex(rf"\W{{0,3}}(?:on[ ])?({_DATE})\b").match(text, found.end())
    return text[:date.end(1)] if date else None
