"""Table headers printed over two rows, and column headers that name a period.

A delivery plan printed as a Gantt chart heads its quarter columns with a second header
row: the first row names the year once over the quarter columns ("2025-26", a cell merged
across them, so the text form prints it in the first of them and leaves the others empty),
the second the quarters ("Apr–Jun", "Jul–Sep", ...) under it, empty under the headers merged
down ("Ref", "Milestone"):

.. code-block:: text

    Ref   Milestone   Lead   2025-26                              Progress
                             Apr–Jun  Jul–Sep  Oct–Dec  Jan–Mar

:func:`join_header_rows` reads the two rows as one header ("2025-26 Apr–Jun", "2025-26
Jul–Sep", ...: the spanning label before each header under it). :func:`is_period_label`
tells a header naming a period ("2025-26", "Q3", "Quarter 3 2025-26", "Apr–Jun",
"Apr-Jun 2025", "2025-26 Oct–Dec", a month: "Sept 2025") from data.

Examples
--------
>>> join_header_rows(["Ref", "Milestone", "2025-26", "", "Progress"],
...                  ["", "", "Apr–Jun", "Jul–Sep", ""])
['Ref', 'Milestone', '2025-26 Apr–Jun', '2025-26 Jul–Sep', 'Progress']
>>> join_header_rows(["Ref", "Milestone", "Q1", "Q2"], ["1.1", "A guide", "", "X"]) is None
True
"""

from __future__ import annotations

import re

from wlga_analysis.text.dates import MONTH_RE
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_period_label", "join_header_rows"]

_YEAR = r"(?:FY[ \t]?)?(?:19|20)\d\d(?:[-–/](?:\d\d|\d{4}))?"
_QUARTER = r"(?:Q|Qtr[ \t]?|Quarter[ \t])[1-4]"
_MONTHS = rf"{MONTH_RE}[ \t]*+[-–—][ \t]*+{MONTH_RE}"
#: A header naming a period: a year, a quarter or a range of months, with a year before or
#: after it ("Q1 2025-26", "2025-26 Apr–Jun", "Apr-Jun 2025").
_PERIOD = compile_regex(
    rf"(?:{_YEAR}[ \t]++)?(?:{_QUARTER}(?:[ \t]*+\({_MONTHS}\))?|{_MONTHS}|{MONTH_RE})"
    rf"(?:[ \t]++\(?{_YEAR}\)?)?"
    rf"|{_YEAR}", re.IGNORECASE)
#: The longest text of a header cell.
_LABEL_MAX = 60


def is_period_label(text: str) -> bool:
    """Whether a header cell names a period (a year, a quarter, a range of months, a
    month).

    Examples
    --------
    >>> [is_period_label(t) for t in ("Apr–Jun", "2025-26 Oct-Dec", "Jan - Mar 2026",
    ...                               "Quarter 2", "Q3 2025-26", "2024-25", "£1,000", "3.1")]
    [True, True, True, True, True, True, False, False]
    >>> is_period_label("Sept 2025"), is_period_label("May"), is_period_label("Mayor 2025")
    (True, True, False)
    >>> is_period_label("Q1 (Apr–Jun)"), is_period_label("Q1 (Apr–Jun) 2026-27")
    (True, True)
    """
    return bool(_PERIOD.fullmatch(text.strip()))


def _label(text: str) -> bool:
    """A short label: no full stop at its end, no figure but in a period."""
    text = text.strip()
    return 0 < len(text) <= _LABEL_MAX and not text.endswith(".") and (
        not any(ch.isdigit() for ch in text) or is_period_label(text))


def join_header_rows(first: list[str], second: list[str]) -> list[str] | None:
    """The header two rows print together, or None when ``second`` is not the second row
    of ``first``'s header.

    ``first`` is a header row with labels and empty cells, each run of empty cells after
    a label (the label merged across them); ``second`` has a label under each cell of such
    a run (the label included) and nothing under the other labels. Each header under a
    spanning label is read with that label before it.

    Examples
    --------
    >>> join_header_rows(["Action", "2026", "", "Lead"], ["", "Jan", "Feb", ""])
    ['Action', '2026 Jan', '2026 Feb', 'Lead']
    >>> join_header_rows(["Action", "Lead"], ["", "x"]) is None  # no span in the first row
    True
    """
    texts = [c.strip() for c in first]
    subs = [c.strip() for c in second]
    if not _may_join(texts, subs):
        return None
    out: list[str] = []
    span = ""  # the label of the run of empty cells being read
    for k, (text, sub) in enumerate(zip(texts, subs, strict=True)):
        spans = not text or (k + 1 < len(texts) and not texts[k + 1])
        if text:
            span = text
        if spans != bool(sub):
            return None  # a cell of a span with no header under it, or a header under none
        out.append(f"{span} {sub}" if spans else text)
    return out


def _may_join(texts: list[str], subs: list[str]) -> bool:
    """Two rows of one length (three cells or more), the first opening with a label, with
    two labels or more and an empty cell; every text of both a label."""
    return len(texts) == len(subs) >= 3 and bool(texts[0]) and "" in texts \
        and sum(1 for t in texts if t) >= 2 and all(_label(t) for t in texts + subs if t)
