"""Owners ticked in a responsibility matrix: a column per owner, a tick in the owner's cell.

A Working Group table may print who is responsible as a matrix, "No. | Recommendation | WG |
WLGA | LG | Other partners", a tick (✓) in the column of each owner. The columns headed by
an owner (a code or name of ``data/raw/owner_codes.csv``) are found by
:func:`~wlga_analysis.interpret.recommendations.columns.map_columns` (``Columns.ticks``);
here a row's ticked columns become its recommendations' owners, in column order (the
names an "Other partners" column prints follow, read as any owner column).

To teach the loader another mark, add it to :data:`TICKS` (a mark that says "not this
owner" to :data:`NOT_TICKED`); any other text in an owner's column is reported.

Examples
--------
>>> is_tick("✔"), is_tick(" Yes "), is_tick("X"), is_tick("✗"), is_tick("")
(True, True, True, False, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.read.model import Cell

__all__ = ["NOT_TICKED", "TICKS", "is_tick", "tick_owners"]

#: What a ticked cell prints (case folded): ticks, a cross used as a tick, "yes", a dot.
TICKS = frozenset({"\u2713", "\u2714", "\u2611", "\u2705", "\U0001f5f8", "\u221a", "x",
                   "yes", "y", "\u25cf", "\u2022", "\u25a0", "\u2b24", "\u25c9"})
#: What a cell that is not ticked may print: nothing, a dash, "no", a cross mark.
NOT_TICKED = frozenset({"", "-", "\u2013", "\u2014", "no", "n", "n/a", "\u2717", "\u2718",
                        "\u2610"})


def is_tick(text: str) -> bool:
    """Whether a cell's text is a tick (see :data:`TICKS`).

    Examples
    --------
    >>> is_tick("\u2713"), is_tick("No")
    (True, False)
    >>> is_tick("\u2713Yes")  # (a web page's tick with its screen-reader word)
    True
    """
    folded = " ".join(text.split()).casefold()
    return folded in TICKS or (folded[:1] in TICKS and folded[1:].strip() in TICKS)


def tick_owners(parser: Any, columns: Columns, row: tuple[Cell, ...], started: list[Any],
                ln: int) -> None:
    """Give the recommendations started in a row (``started``) the owners whose columns
    hold a tick, in column order; text in an owner's column that is neither a tick nor
    blank is reported (kept in its printed column)."""
    for index, code in columns.ticks:
        text = row[index].text if index < len(row) else ""
        folded = " ".join(text.split()).casefold()
        if folded in NOT_TICKED:
            continue
        if not is_tick(folded):
            parser.issue("recommendations", "owner not read", "", ln,
                         f"the {code} column reads {text!r}, which is not a tick; the owner "
                         "is not read from it (kept in its column)")
            continue
        if not started:
            parser.issue("recommendations", "owner without item", "", ln,
                         f"the {code} column is ticked in a row with no recommendation")
        for item in started:
            if code not in item.owners:
                item.owners.append(code)
