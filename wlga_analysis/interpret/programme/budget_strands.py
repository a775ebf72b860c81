"""Programme interpreter: a funding table of grant strands, their budgets in the header's unit.

A programme update may show its funding as a table of strands, each a grant, with the
strand's budget and its spend so far, the figures in the unit the header names::

    The programme is funded by two Welsh Government grants for 2025-26, shown by strand
    below with spend to 30 September 2025.

    | Strand                               | Budget (£k) | Spent to date (£k) |
    | Democracy and Scrutiny Support Grant | 760         | 318                |
    | Total                                | 1,205       | 470                |

A careful reader reads each strand named as a grant or fund ("... Grant", "... Fund") as a
grant of its budget, in the header's unit ("760" under "Budget (£k)" is £760,000; "£'000",
"£000", "£m" alike), for the financial year the section heading, the line before the table
or the budget header names. The spend column is spending, not a grant; a row named as a
total (list ``not a grant`` of ``programme_words.csv``) and a strand not named as a grant
are reported, their figures kept in the paragraphs table. A table is read this way only
when it is about funding (its heading or the line before it names funding), a column's
header names a budget in a unit, and every row is a name and figures. The unit itself,
printed "£000" ("Allocation (£000)"), is no amount of £0 in the text of the header row
(:func:`without_units`).

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> def row(n, *cells):
...     return _Row("table row", 5, "Funding", 1, "", n, cells=dict(zip(
...         ("Strand", "Budget (£k)", "Spent to date (£k)"), cells)))
>>> rows = [row(9, "Data Grant", "760", "318"), row(10, "Total", "760", "318")]
>>> seen = []
>>> leads = {id(r): "Grants for 2025-26:" for r in rows}
>>> records, read = strand_budget_grants(rows, {}, leads, lambda *a: seen.append(a))
>>> [(r["grant"], r["amount_gbp"], r["financial_year"]) for r in records], len(read), len(seen)
([('Data Grant', 760000, '2025-26')], 2, 1)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.common import _Row, vocabulary
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["strand_budget_grants", "without_units"]

#: A budget column's header: "Budget (£k)", "Budget 2025-26 (£'000)", "Allocation (£m)".
_BUDGET_HEADER = LazyPattern(r"(?i)^(?:annual[ \t]++|total[ \t]++)?(?:budget|allocation|award)\b")

#: A strand named as a grant or fund ("Digital Democracy Grant", "Digital Inclusion Fund").
_GRANT_NAMED = LazyPattern(r"(?i)\b(?:grant|fund|funding)[ \t]*+(?:\([^()]*+\))?$")

#: A spend column's header ("Spent to date (£k)", "Spend", "Actual"): never a grant.
_SPEND_HEADER = LazyPattern(r"(?i)^(?:spen[dt]|actual|expenditure|forecast|outturn|claimed)")


def _budget_column(headers: tuple[str, ...]) -> str | None:
    """The header of the one budget column in a unit, when the table has one and its
    other columns after the first are spend columns; else None."""
    from wlga_analysis.interpret.programme.grant_tables import table_unit

    if len(headers) < 2:
        return None
    budget = [h for h in headers[1:] if _BUDGET_HEADER.search(h.strip())]
    others = [h for h in headers[1:] if h not in budget]
    if len(budget) != 1 or table_unit([budget[0]]) is None \
            or not all(_SPEND_HEADER.search(h.strip()) for h in others):
        return None
    return budget[0]


def _year(texts: tuple[str, ...]) -> str | None:
    from wlga_analysis.interpret.programme.grant_tables import _YEAR_HEADER, year_label

    for text in texts:
        m = _YEAR_HEADER.search(text or "")
        if m is not None and (year := year_label(m.group(1))) is not None:
            return year
    return None


def strand_budget_grants(table_rows: list[_Row], paragraphs: dict[int | None, str],
                         lead_ins: dict[int, str],
                         report: Callable[[str, int, str], None]
                         ) -> tuple[list[dict[str, Any]], set[int]]:
    """The grants of the funding tables of strands and budgets among ``table_rows`` (see
    the module), and the ``id`` of every row of such a table.

    Parameters
    ----------
    table_rows : list of _Row
        The rows of kind ``table row``.
    paragraphs : dict
        The text of each numbered paragraph (a section heading), by its number.
    lead_ins : dict
        The line just before each row's table, by the row's ``id``.
    report : callable
        ``report(item, line, message)``: records an "unclassified amount" note.

    Returns
    -------
    tuple of (list of dict, set of int)
        The grant records and the ids of the rows read.

    Examples
    --------
    >>> strand_budget_grants([], {}, {}, print)
    ([], set())
    """
    from wlga_analysis.interpret.programme.grant_tables import (
        _cell_amounts,
        _grant_name,
        _row_records,
        table_unit,
    )

    out: list[dict[str, Any]] = []
    read: set[int] = set()
    funding = vocabulary().funding
    budgets: dict[tuple[str, ...], str | None] = {}  # (each row of headers looked at once)
    for r in table_rows:
        headers = tuple(r.cells or {})
        budget = budgets[headers] if headers in budgets else \
            budgets.setdefault(headers, _budget_column(headers))
        if budget is None:
            continue
        lead = lead_ins.get(id(r), "")
        heading = paragraphs.get(r.paragraph, "") or r.heading or ""
        if not (funding.search(lead) or funding.search(heading)):
            continue
        year = _year((heading, lead, budget))
        if year is None:
            continue
        read.add(id(r))
        name = _grant_name(next(iter(r.cells.values()), "") or "")
        amounts = [m for m in _cell_amounts(r.cells[budget] or "", table_unit([budget]))
                   if m.value is not None]
        if not amounts:
            continue
        if not name or vocabulary().not_a_grant.search(name) or not _GRANT_NAMED.search(name):
            report(amounts[0].printed, r.source_line,
                   f"row {clean_text(name)!r} of a funding table of strands (line "
                   f"{r.source_line}) is not named as a grant; its figures are kept in the "
                   "paragraphs table only")
            continue
        out.extend(_row_records(r, name, [(year, amounts[0])]))
    return out, read


def without_units(found: list[Any]) -> list[Any]:
    """The amounts ``found`` in a text less a header's unit printed "£000" or "£000s"
    ("Allocation (£000)"), which is no amount of £0.

    Examples
    --------
    >>> from wlga_analysis.text.money import find_money
    >>> [m.printed for m in without_units(find_money("Allocation (£000) | Spend (£000s) | £5"))]
    ['£5']
    """
    return [m for m in found if m.printed.strip().rstrip("s") != "£000"]
