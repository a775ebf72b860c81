"""Programme interpreter: a funding panel's table with no headings, each grant's cell
naming its funder on a second line.

A designed report's boxed funding panel prints a table with no column headings under a
title ("FUNDING 2025-26"), each grant's name in bold with its funder on the line below, in
the same cell, and its amount beside it::

    | **Transforming Towns Placemaking Grant**<br>Welsh Government | £2,400,000 |
    | **Shared Prosperity Fund**<br>UK Government                  | £850,000   |

Read as one line, the name runs into the funder ("Transforming Towns Placemaking Grant
Welsh Government") and no grant is named. Such a table (:func:`funder_cells`): no header,
every row's first cell two lines, at least :data:`MIN_FUNDERS` of whose second lines name a
funder known to the project (the owner codes' names and aliases of ``owner_codes.csv``,
"Welsh Government"), and a £ amount in every row's other cells, is read as the table
``Grant | Funder | Amount`` it prints: a grant's name is its cell's first line; the year
is the one the title before the table names (:mod:`.grant_tables`).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def cell(*lines):
...     return Cell(tuple(Paragraph(Inline(t)) for t in lines))
>>> table = Table((), ((cell("**Placemaking Grant**", "Welsh Government"), cell("£2,400")),
...                    (cell("**Travel Fund**", "Welsh Ministers"), cell("£860"))))
>>> funder_cells(table)[0]
{'Grant': 'Placemaking Grant', 'Funder': 'Welsh Government', 'Amount': '£2,400'}
"""

from __future__ import annotations

from typing import Any

__all__ = ["MIN_FUNDERS", "funder_cells"]

#: The fewest rows whose second line names a known funder.
MIN_FUNDERS = 2

#: The headers of the table such a panel prints.
HEADERS = ("Grant", "Funder", "Amount")


def _known_funder(text: str) -> bool:
    from wlga_analysis.interpret.programme.grant_labels import _funders

    folded = " ".join(text.split()).casefold()
    return any(folded == f.strip().casefold() for f in _funders())


def _plain(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()


def funder_cells(table: Any) -> list[dict[str, str]] | None:
    """The cells by header (``Grant``, ``Funder``, ``Amount``) of each row of a headerless
    funding panel's table whose grant cells name the funder on a second line (see the
    module); None for any other table.

    Parameters
    ----------
    table : Table
        A table of the document model.

    Returns
    -------
    list of dict or None

    Examples
    --------
    >>> from wlga_analysis.read.model import Table
    >>> funder_cells(Table((), ())) is None
    True
    """
    if any(table.header_text) or len(table.rows) < MIN_FUNDERS:
        return None
    out: list[dict[str, str]] = []
    funders = 0
    for row in table.rows:
        if len(row) < 2 or len(row[0].blocks) != 2:
            return None
        name, funder = (_plain(b.text.markdown()) for b in row[0].blocks)
        amounts = [c.text.strip() for c in row[1:] if c.text.strip()]
        if not name or len(amounts) != 1 or not amounts[0].startswith("£"):
            return None
        funders += _known_funder(funder)
        out.append(dict(zip(HEADERS, (name, funder, amounts[0]), strict=True)))
    return out if funders >= MIN_FUNDERS else None
