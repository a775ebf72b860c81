"""Programme interpreter: a funding table's amount column headed with its year.

A funding table may name the year of its amounts in the amount column's header, after the
label: "Grant | Allocation 2025-26", "Funding stream | Amount 2024-25 | Amount 2025-26". The
header is an amount column (its label has role ``amount`` in ``programme_columns.csv``:
"Allocation", "Amount", "Grant amount") and a year label, the year before or after it
("2025-26 allocation")
(:func:`~wlga_analysis.read.year_headers.is_year_label`); each such column gives its rows'
grants of its own year, as a column headed by the year alone does (:mod:`.grant_tables`).
A column of another role ("Spent 2025-26") is no grant.

Examples
--------
>>> amount_year("Allocation 2025-26"), amount_year("Grant amount for 2024/25")
('2025-26', '2024-25')
>>> amount_year("Spent 2025-26") is None, amount_year("Allocation") is None
(True, True)
>>> amount_year("2025-26 allocation"), amount_year("2025-26 spend") is None
('2025-26', True)
"""

from __future__ import annotations

__all__ = ["amount_year", "column_year"]


def amount_year(header: str) -> str | None:
    """The financial year an amount column's header names after its label
    ("Allocation 2025-26": '2025-26'), else None.

    Parameters
    ----------
    header : str
        A column header.

    Returns
    -------
    str or None
        The year as "2025-26".

    Examples
    --------
    >>> amount_year("Grant amount (2026-27)")
    '2026-27'
    """
    if not any(ch.isdigit() for ch in header):  # (the cheap test first)
        return None
    from wlga_analysis.interpret.programme.grant_tables import _YEAR_HEADER, year_label
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.read.year_headers import is_year_label
    from wlga_analysis.reference import programme_columns

    if not is_year_label(header):
        return None
    m = _YEAR_HEADER.search(header)
    label = header[:m.start()] if m is not None else ""
    if m is not None and not label.strip():  # "2025-26 allocation": the label after it
        label = header[m.end():]
    folded = " ".join(label.lower().replace("(", " ").split()).strip(" :")
    folded = folded[:-4].strip() if folded.endswith(" for") else folded
    if not folded or header_role(folded, programme_columns()) != "amount":
        return None
    return year_label(m.group(1)) if m is not None else None


def column_year(header: str) -> str | None:
    """The financial year a grants table's column is of: its header a year
    (:func:`~.grant_tables.year_label`: "2025-26", "FY 2025/26") or an amount column's
    label and a year (:func:`amount_year`); else None.

    Parameters
    ----------
    header : str
        A column header.

    Returns
    -------
    str or None

    Examples
    --------
    >>> column_year("2024/25"), column_year("Allocation 2025-26"), column_year("Notes")
    ('2024-25', '2025-26', None)
    """
    from wlga_analysis.interpret.programme.grant_tables import year_label

    return year_label(header) or amount_year(header)
