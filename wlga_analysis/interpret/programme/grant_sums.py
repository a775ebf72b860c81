"""Programme interpreter: an amount in a sentence that sums the grants of a table.

A report may sum its grants up in a headline ("£0.97m of Welsh Government grant supports
the programme in 2025-26", an "In brief" box) before the table that lists them one by one
(Digital Transformation Grant £350,000, Circular Economy Capital Fund £620,000). The
headline names no grant of its own: its amount is exactly the sum of two or more of the
table's grants for the same year, and a careful reader counts the grants once, in the
table. :func:`without_table_sums` leaves such an amount out of the grants (its sentence
stays in the paragraphs table), as :mod:`.grant_summary` leaves out the parts of a
table's allocation.

Examples
--------
>>> table = [{"grant": "A", "amount_gbp": 350000, "financial_year": "2025-26"},
...          {"grant": "B", "amount_gbp": 620000, "financial_year": "2025-26"}]
>>> text = [{"grant": "grant for the programme", "amount_gbp": 970000,
...          "financial_year": "2025-26"},
...         {"grant": "Other", "amount_gbp": 90000, "financial_year": "2025-26"}]
>>> [g["grant"] for g in without_table_sums(text, table)]
['Other']
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

__all__ = ["without_table_sums"]

#: The most table grants tried in sums (the combinations grow fast).
_MAX_PARTS = 8


def without_table_sums(text_grants: list[dict[str, Any]],
                       table: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The grants read from text less those whose amount is exactly the sum of two or more
    grants a table states for the same year.

    Parameters
    ----------
    text_grants : list of dict
        Grant records read from sentences and cells.
    table : list of dict
        Grant records read from grants tables.

    Returns
    -------
    list of dict
        ``text_grants`` without the sums of the table's grants.

    Examples
    --------
    >>> t = [{"amount_gbp": 2, "financial_year": "x"}, {"amount_gbp": 3, "financial_year": "x"}]
    >>> without_table_sums([{"amount_gbp": 5, "financial_year": "y"}], t)
    [{'amount_gbp': 5, 'financial_year': 'y'}]
    """
    if len(table) < 2 or not text_grants:
        return text_grants
    kept = []
    for g in text_grants:
        parts = [t["amount_gbp"] for t in table if t["financial_year"] == g["financial_year"]
                 and t["amount_gbp"] < g["amount_gbp"]]
        if 2 <= len(parts) <= _MAX_PARTS and any(
                sum(c) == g["amount_gbp"] for n in range(2, len(parts) + 1)
                for c in combinations(parts, n)):
            continue
        kept.append(g)
    return kept
