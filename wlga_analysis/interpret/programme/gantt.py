"""Programme interpreter: a delivery plan printed as a Gantt chart.

A table per workstream, ``Ref | Milestone | Lead | Apr–Jun | Jul–Sep | Oct–Dec | Jan–Mar |
Progress``: one column per quarter of the year, the quarters a milestone is scheduled in
marked ("■", "X", a tick) or shaded (the readers give an empty shaded cell the text "■":
:func:`wlga_analysis.read.colours.fill_text`). The rules:

- a column headed by a quarter ("Q1", "Quarter 3", "Q2 2025-26"), a range of months
  ("Apr–Jun", "Oct-Dec 2025", "2025-26 Jan–Mar": a two-row header's year before it) or a
  month ("Sep", "March 2026": a chart by month) is a quarter column, giving the quarter the
  months fall in (:func:`quarter_columns`);
- with no column of the item's text, a column headed "Milestone" (a timing column beside an
  action) is the item (:func:`milestone_text`), in a Gantt chart or in a table whose other
  columns all have a role ("| Milestone | Due | Status |");
- the item's quarter is its LAST marked quarter (:func:`quarter_timing` names it "Q4
  2025-26"; see :func:`~wlga_analysis.interpret.programme.common.quarter_mark`); a mark
  that is only a mark ("■", "X") is no status word.
"""

from __future__ import annotations

import re

from wlga_analysis.read.header_rows import is_period_label
from wlga_analysis.text.dates import MONTH_RE, month_number
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MARKS", "milestone_text", "quarter_columns", "quarter_timing"]

#: Marks a Gantt chart prints in a scheduled quarter: they state no status.
MARKS = frozenset({"\u25a0", "\u25aa", "\u2588", "\u25ae", "x", "X", "*", "\u2022"})

_FIRST_MONTH = compile_regex(rf"(?:^|[ \t])({MONTH_RE})(?:[ \t]*+[-–—]|[ \t]|$)",
                             re.IGNORECASE)
_QUARTER_NO = compile_regex(r"(?i)\b(?:Q|Qtr[ \t]?|Quarter[ \t])([1-4])\b")
_FY = compile_regex(r"((?:19|20)\d\d)[-–/](\d\d|\d{4})")
_YEAR = compile_regex(r"\b((?:19|20)\d\d)\b")


def _is_quarter_header(header: str) -> bool:
    return is_period_label(header) and bool(
        _QUARTER_NO.search(header) or _FIRST_MONTH.search(header))


def quarter_columns(by_role: dict[str, list[str]]) -> dict[str, list[str]]:
    """``by_role`` (headers by role, :func:`common._column_roles`) with the headers of no
    known role that name a quarter or a range of three months moved to role ``quarter``;
    then, with no text column, a timing column headed "Milestone" moved to ``text`` (in a
    table with quarter columns, or with no column of unknown role: "| Milestone | Due |
    Status |": the milestone is the item, "Due" its timing).

    Examples
    --------
    >>> quarter_columns({"text": [], "timing": ["Milestone"], "partners": ["Lead"],
    ...                  "other": ["Apr–Jun", "2025-26 Jul–Sep", "Notes"]})["quarter"]
    ['Apr–Jun', '2025-26 Jul–Sep']
    """
    other = by_role.get("other", [])
    found = [h for h in other if _is_quarter_header(h)]
    if found:
        by_role["other"] = [h for h in other if h not in found]
        by_role.setdefault("quarter", []).extend(found)
    if not by_role["text"] and (by_role.get("quarter") or not by_role.get("other")):
        milestone = milestone_text(by_role.get("timing", []))
        if milestone is not None:
            by_role["timing"].remove(milestone)
            by_role["text"].append(milestone)
    return by_role


def milestone_text(timing: list[str]) -> str | None:
    """The timing column that names the milestone itself ("Milestone", "Key milestones"),
    in a table with no other column for the item's text; None when there is none.

    Examples
    --------
    >>> milestone_text(["Milestone", "Due"]), milestone_text(["Target date"])
    ('Milestone', None)
    """
    return next((h for h in timing if "milestone" in h.lower()), None)


def quarter_timing(header: str, financial_year: str | None) -> str | None:
    """The quarter a quarter column's header names, as a timing the quarters module reads
    ("Q3 2025-26"): a range of months by the financial year's quarter it falls in (April
    to June is Q1), a year printed in the header by its financial year ("Jan-Mar 2026" is
    2025-26), else the paper's. None for a header naming no quarter (then the header is
    read as printed).

    Examples
    --------
    >>> [quarter_timing(h, "2025-26") for h in ("Apr–Jun", "Oct-Dec 2026", "2024-25 Jan–Mar",
    ...                                         "Jan-Mar 2026", "Quarter 2", "Notes")]
    ['Q1 2025-26', 'Q3 2026-27', 'Q4 2024-25', 'Q4 2025-26', 'Q2 2025-26', None]
    >>> quarter_timing("Sep", "2025-26"), quarter_timing("February 2027", "2025-26")
    ('Q2 2025-26', 'Q4 2026-27')
    """
    months = _FIRST_MONTH.search(header)
    if months is not None:
        first = month_number(months.group(1))
        number = (first - 4) % 12 // 3 + 1
    elif (q := _QUARTER_NO.search(header)) is not None:
        number, first = int(q.group(1)), 0
    else:
        return None
    fy = _FY.search(header)
    if fy is not None:
        start = int(fy.group(1))
    elif (year := _YEAR.search(header)) is not None and first:
        start = int(year.group(1)) - (1 if first < 4 else 0)
    elif financial_year:
        start = int(financial_year[:4])
    else:
        return f"Q{number}"
    return f"Q{number} {start}-{(start + 1) % 100:02d}"
