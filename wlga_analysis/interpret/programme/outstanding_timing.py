"""Programme interpreter: the timing of an item whose printed status label says the work is
still to finish.

An item opening with its status label ("**On track:** The officers' network met in
December 2025 and meets again in March 2026 ...") is, by that label, not done: the date it
is due is that of the work outstanding, not of what has already happened. When the item's
first timing lies wholly before the paper's date and a later timing in its text does not,
a careful reader takes the later one ("March 2026", 2025-26 Q4, not "December 2025").
Only a label's status is read so (:func:`.items.bullet_fields`, rule ``label``): a status
read from the wording keeps the first timing, as before.

Examples
--------
>>> import datetime as dt
>>> outstanding_timing("The network met in December 2025 and meets again in March 2026.",
...                    "in December 2025", dt.date(2026, 1, 30), "2025-26")
(Period('2026Q4', 'Q-MAR'), 'in March 2026')
>>> outstanding_timing("The guide went out in March 2026.", "in March 2026",
...                    dt.date(2026, 1, 30), "2025-26") is None
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from wlga_analysis import quarters

__all__ = ["LABEL_STATUSES", "outstanding_timing"]

#: The label statuses whose work is still to finish.
LABEL_STATUSES = frozenset({"in progress", "at risk", "planned"})


def outstanding_timing(text: str, when: str | None, ref_date: dt.date | None,
                       financial_year: str | None) -> tuple[Any, str] | None:
    """(quarter, phrase) of the first timing after ``when`` in ``text`` that does not lie
    wholly before ``ref_date``, when ``when`` (the item's first timing) does; None
    otherwise (no date, no earlier timing, none later).

    Parameters
    ----------
    text : str
        The item's text.
    when : str or None
        The phrase of its first timing.
    ref_date : date or None
        The paper's date.
    financial_year : str or None
        The year the paper reports on.

    Returns
    -------
    tuple or None
        The later timing, or None.
    """
    if not when or ref_date is None or when not in text:
        return None
    period, _ = quarters.resolve_timing(when, ref_date, financial_year)
    day = pd.Timestamp(ref_date)
    if period is None or period.end_time >= day:
        return None
    rest = text[text.index(when) + len(when):]
    for _ in range(4):  # (the few timings an item prints)
        later, phrase = quarters.resolve_timing(rest, ref_date, financial_year)
        if later is None or phrase is None:
            return None
        if later.end_time >= day:
            return later, phrase
        rest = rest[rest.index(phrase) + len(phrase):] if phrase in rest else ""
    return None
