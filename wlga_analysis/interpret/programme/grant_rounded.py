"""Programme interpreter: a rounded figure that totals the grants, not another grant.

A designed report's "At a glance" sidebar, or a summary sentence, may print the total of
the grants the report lists, rounded to a headline figure: "£4.1m external funding this
year" beside a funding panel of £2,400,000, £850,000 and £860,000 (£4,110,000).
:mod:`.grant_sums` leaves out only exact sums; a rounded one would be read as a fourth,
unnamed grant. :func:`without_rounded_totals` leaves out an amount printed in a rounded
unit ("£4.1m", "£4m", "£410k", "£4.1 million") that the sum of the year's other grants
(two or more, each smaller) rounds to at the printed precision (£4.1m: the nearest
£100,000), and reports it as a total (its sentence stays in the paragraphs table).

Examples
--------
>>> [rounded_unit(p) for p in ("£4.1m", "£4 million", "£410k", "£850,000")]
[100000, 1000000, 1000, None]
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.money import find_money

__all__ = ["rounded_unit", "without_rounded_totals"]

#: An amount printed with a unit word or letter after its figure: "£4.1m", "£2 million".
_ROUNDED = LazyPattern(r"(?i)^£[ \t]*+\d++(?:\.(\d++))?[ \t]*+(k|m|bn|million|billion)\b")
#: The same anywhere in a line (a line printing no rounded amount needs no closer look).
_ROUNDED_IN_LINE = LazyPattern(r"(?i)£[ \t]*+\d++(?:\.\d++)?[ \t]*+(?:k|m|bn|million|billion)\b")
_UNITS = {"k": 1000, "m": 10 ** 6, "million": 10 ** 6, "bn": 10 ** 9, "billion": 10 ** 9}


def rounded_unit(printed: str) -> int | None:
    """The pounds one unit of the last printed digit of a rounded amount stands for; None
    for an amount printed in full.

    Examples
    --------
    >>> rounded_unit("£1.25bn")
    10000000
    """
    m = _ROUNDED.match(printed.strip())
    if m is None:
        return None
    decimals = len(m.group(1) or "")
    return int(Decimal(_UNITS[m.group(2).lower()]) / Decimal(10) ** decimals) or None


def _printed(grant: dict[str, Any], lines: list[str]) -> str | None:
    """How the grant's amount is printed on its source line (the first such amount)."""
    n = grant.get("source_line")
    if not isinstance(n, int) or not 1 <= n <= len(lines) \
            or not _ROUNDED_IN_LINE.search(lines[n - 1]):  # (one cheap look: most print none)
        return None
    return next((m.printed for m in find_money(lines[n - 1])
                 if m.value is not None and m.value == grant["amount_gbp"]), None)


def without_rounded_totals(text_grants: list[dict[str, Any]], table: list[dict[str, Any]],
                           parser: Any) -> list[dict[str, Any]]:
    """The grants read from text less those that are the rounded total of the year's other
    grants (see the module); each left out is reported (``parser.issue``) and its "unnamed
    grant" issue withdrawn.

    Parameters
    ----------
    text_grants : list of dict
        Grant records read from sentences and cells.
    table : list of dict
        Grant records read from grants tables.
    parser : object
        With ``lines`` (the document's text form), ``issues`` and ``issue(table, check,
        item, line, message)``.

    Returns
    -------
    list of dict

    Examples
    --------
    >>> without_rounded_totals([], [], None)
    []
    """
    if len(text_grants) + len(table) < 3:
        return text_grants
    smaller = _smaller_sums(text_grants + table)
    kept = []
    withdrawn: set[tuple[Any, str]] = set()
    for g in text_grants:
        printed = _printed(g, parser.lines)
        unit = rounded_unit(printed) if printed else None
        count, total = smaller(g["financial_year"], g["amount_gbp"]) if unit else (0, 0)
        if unit is None or count < 2 or 2 * abs(total - g["amount_gbp"]) > unit:
            kept.append(g)
            continue
        line = g["source_line"]
        withdrawn.add((line, printed))
        parser.issue("grants", "unclassified amount", printed, line,
                     f"{printed} (line {line}) is the total of the {count} other grants "
                     f"of {g['financial_year']} (£{total:,}, rounded), not another "
                     "grant; it is kept in the paragraphs table only")
    if withdrawn:  # (their "unnamed grant" issues, in one pass)
        parser.issues[:] = [i for i in parser.issues if not (
            i.check == "unnamed grant" and (i.source_line, i.item) in withdrawn)]
    return kept


def _smaller_sums(grants: list[dict[str, Any]]) -> Any:
    """A function of (year, amount): how many of ``grants`` of that year are smaller than
    the amount, and their sum (sorted amounts and running sums per year, found by
    bisection: linear in the grants however many there are).

    Examples
    --------
    >>> smaller = _smaller_sums([{"financial_year": "2025-26", "amount_gbp": a}
    ...                          for a in (5, 1, 2, 9)])
    >>> smaller("2025-26", 6), smaller("2025-26", 1), smaller("2024-25", 6)
    ((3, 8), (0, 0), (0, 0))
    """
    from bisect import bisect_left
    from itertools import accumulate

    amounts: dict[Any, list[int]] = {}
    for g in grants:
        amounts.setdefault(g["financial_year"], []).append(g["amount_gbp"])
    table = {year: (sorted(values), [0, *accumulate(sorted(values))])
             for year, values in amounts.items()}

    def smaller(year: Any, amount: int) -> tuple[int, int]:
        found = table.get(year)
        if found is None:
            return 0, 0
        values, sums = found
        k = bisect_left(values, amount)
        return k, sums[k]

    return smaller
