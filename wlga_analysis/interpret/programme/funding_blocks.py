"""Programme interpreter: a block of funding inside a tracker's sheet, and its Year column.

A tracker kept in Excel and saved as "Text (Tab delimited)" may carry, below its actions,
a second block with its own header row::

    Funding                 | Year    | Allocation | Note
    Shared Prosperity Fund  | 2025-26 | £1,450,000 | Final year; supports A1 and A10

The reader joins the sheet into one table. A careful reader reads the block as a table of
its own whose rows are grants, not items: a header row inside a table that names an amount
column ("Allocation", "Amount": role ``amount`` of ``programme_columns.csv``) and is no
header of measures starts a funding table (:func:`is_funding_header`, used by
:mod:`.inner_headers`). Such a table (and any grants table with one amount column) may
give each row's financial year in a column of its own, "Year" or "Financial year"
(:func:`row_year`, used by :mod:`.grant_tables`).

Examples
--------
>>> is_funding_header(("Funding", "Year", "Allocation", "Note"))
True
>>> is_funding_header(("Ref", "Action", "Lead officer", "RAG"))
False
>>> row_year({"Funding": "Shared Prosperity Fund", "Year": "2025-26", "Allocation": "£1"})
'2025-26'
"""

from __future__ import annotations

from collections.abc import Mapping

from wlga_analysis.reference import per_reading

__all__ = ["YEAR_HEADERS", "is_funding_header", "is_funding_table", "row_year"]

#: Headers (lower case, spaces single) of a column giving each row's financial year.
YEAR_HEADERS = frozenset({"year", "financial year", "fy", "funding year", "grant year"})


@per_reading  # (asked of every table's header by several passes)
def is_funding_header(texts: tuple[str, ...]) -> bool:
    """Whether a header row found inside a table starts a funding table: one of its
    headers names an amount column and the row is no header of measures.

    Parameters
    ----------
    texts : tuple of str
        The header row's cell texts.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_funding_header(("Funding stream", "Amount", "Year"))
    True
    >>> is_funding_header(("Measure", "Target", "Actual"))
    False
    """
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.interpret.programme.measures import is_measure_header
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    if not any(header_role(" ".join(t.lower().split()).strip(" :"), known) == "amount"
               for t in texts if t):
        return False
    return not is_measure_header(list(texts))


@per_reading
def is_funding_table(headers: tuple[str, ...]) -> bool:
    """Whether a table's headers are a funding table's: a funding header
    (:func:`is_funding_header`) and no column of role text, so its rows are grants, not
    items (left out of the progress rows as a risk register's are: :mod:`.headed`).

    Parameters
    ----------
    headers : tuple of str
        The table's headers.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_funding_table(("Funding", "Year", "Allocation", "Note"))
    True
    >>> is_funding_table(("Project", "Allocation", "Status"))
    False
    """
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    if not is_funding_header(headers):
        return False
    known = programme_columns()
    return all(header_role(" ".join(h.lower().split()).strip(" :"), known) != "text"
               for h in headers if h)


def row_year(cells: Mapping[str, str | None]) -> str | None:
    """The financial year a grants table's row gives in a Year column of its own
    ("2025-26", "2025/26"), else None.

    Parameters
    ----------
    cells : mapping of str to str
        The row's cells by header.

    Returns
    -------
    str or None
        The year's label, "2025-26".

    Examples
    --------
    >>> row_year({"Fund": "Levelling Up Fund", "Financial year": "2024/25"})
    '2024-25'
    >>> row_year({"Fund": "Levelling Up Fund", "Amount": "£2.3m"}) is None
    True
    """
    from wlga_analysis.interpret.programme.grant_tables import year_label

    for header, cell in cells.items():
        if cell and " ".join(header.lower().split()).strip(" :") in YEAR_HEADERS:
            return year_label(cell.strip())
    return None
