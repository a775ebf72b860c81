"""Programme interpreter: a funding summary table under a progress table of workstreams.

A delivery report may print each workstream's share of a grant beside it ("£250,000 (Local
Government Decarbonisation grant)" in a Funding column) and then sum the grants up in a
summary table whose year only the note under it names::

    | Grant                                  | Allocation | Spend to date | Forecast outturn |
    | Local Government Decarbonisation grant | £450,000   | £205,300      | £441,000         |
    | Total                                  | £570,000   | £257,100      | £561,000         |

    Both grants are Welsh Government grants for 2025-26.

Two rules read it as a careful reader does:

- :func:`table_context`: the line just before each table, as the grants tables read it,
  and, when that line names no financial year, the note just after the table too (the
  summary's year is the note's);
- :func:`without_allocation_parts`: amounts read from sentences or cells that together
  make up exactly a grant a table states for the same year (£250,000 + £200,000 of a
  £450,000 allocation) are parts of that allocation, no grants of their own (they stay in
  the paragraphs table).

Examples
--------
>>> table = [{"grant": "G", "amount_gbp": 450000, "financial_year": "2025-26"}]
>>> text = [{"grant": "grant of £250,000", "amount_gbp": 250000, "financial_year": "2025-26"},
...         {"grant": "grant of £200,000", "amount_gbp": 200000, "financial_year": "2025-26"},
...         {"grant": "Other", "amount_gbp": 90000, "financial_year": "2025-26"}]
>>> [g["grant"] for g in without_allocation_parts(text, table)]
['Other']
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["table_context", "without_allocation_parts"]

#: A financial year printed in a note ("for 2025-26", "2025/26").
_YEAR = LazyPattern(r"\b(?:19|20)\d{2}[ \t]*+[-\u2013/][ \t]*+(?:\d{2}|\d{4})\b")
#: The most amounts looked at as parts of one allocation (the subsets tried grow as 2^n).
_MAX_PARTS = 8


def table_context(rows: list[Any], leads: dict[int, str]) -> dict[int, str]:
    """``leads`` (the line before each table row's table, by the row's ``id``) with the note
    printed just after a table added when the line before it names no financial year.

    Parameters
    ----------
    rows : list of _Row
        The paper's rows.
    leads : dict
        The line before each table row's table, by the row's ``id``.

    Returns
    -------
    dict
        ``leads``, changed in place.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("table header", 5, None, None, "Grant | Allocation", 9),
    ...         _Row("table row", 5, None, None, "A grant | £5", 10),
    ...         _Row("text", 5, None, None, "Both are grants for 2025-26.", 12)]
    >>> list(table_context(rows, {id(rows[1]): ""}).values())
    [' Both are grants for 2025-26.']
    """
    k = 0
    while k < len(rows):
        if rows[k].kind != "table header":
            k += 1
            continue
        end = k + 1
        while end < len(rows) and rows[end].kind == "table row":
            end += 1
        note = rows[end].text if end < len(rows) and rows[end].kind == "text" else ""
        if note and _YEAR.search(note):
            for r in rows[k + 1:end]:
                lead = leads.get(id(r), "")
                if not _YEAR.search(lead):
                    leads[id(r)] = f"{lead} {note}"
        k = end
    return leads


def without_allocation_parts(text_grants: list[dict[str, Any]],
                             table: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The grants read from text less those that together make up exactly a grant a table
    states for the same year (two or more amounts, each smaller than it).

    Parameters
    ----------
    text_grants : list of dict
        Grant records read from sentences and cells.
    table : list of dict
        Grant records read from grants tables.

    Returns
    -------
    list of dict
        ``text_grants`` without the parts of a table's allocation.
    """
    if not table or len(text_grants) < 2:
        return text_grants
    parts: set[int] = set()
    for whole in table:
        amount, year = whole["amount_gbp"], whole["financial_year"]
        candidates = [i for i, g in enumerate(text_grants) if i not in parts
                      and g["financial_year"] == year and g["amount_gbp"] < amount]
        if len(candidates) > _MAX_PARTS:
            continue
        found = next((c for n in range(2, len(candidates) + 1)
                      for c in combinations(candidates, n)
                      if sum(text_grants[i]["amount_gbp"] for i in c) == amount), None)
        parts.update(found or ())
    return [g for i, g in enumerate(text_grants) if i not in parts]
