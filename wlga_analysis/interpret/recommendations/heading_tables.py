"""Tables of recommendations under area headings: "## Billing and collection" over a table.

An ordinary working group's report prints each area as a heading and the area's
recommendations as a table under it, one row a recommendation, with no Area column and no
"Area N:" row::

    ## Billing and collection                      <- the area
    | Recommendation | Owner | Timescale |          <- its table (a "No." column or none)
    | Councils should offer ... | Local authorities | April 2026 |
    ## Discounts and exemptions                    <- the next area
    | Recommendation | Owner | Timescale |

A careful reader reads it so:

- the **heading just above** a table whose header has a Recommendation column (and, with no
  Area column, whatever :func:`.columns.map_columns` reads under an area: an owner column
  or a number column) opens the area, named as printed; the nearest heading of a higher
  level above it (not the title) its theme; tables under headings named alike are one area;
- a heading that names a part of the paper ("Recommendations", "Annex A") or names
  recommendations ("Recommendations for partner agencies": for whom they are, read by
  :mod:`.agency_tables`) opens none (the table is read as before), nor does one over a
  table that prints its areas as rows ("Area 2: Digital" alone in a row);
- recommendations are numbered by the number column, else in reading order (reported:
  ``numbered by the loader``); owners from the owner column; every other column as printed.

The rule applies only while no area is open, or while the areas open were opened by it, so a
sub-heading inside an area printed another way ("### Our recommendations on housing" under
"## Area 1: Housing") still leaves its table in that area.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.from_model import ModelParser
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Report", "", "## Billing", "", "| Recommendation | Owner |", "|---|---|",
...          "| Councils should bill monthly. | Councils |")
>>> parser = ModelParser(Document(Path("a.md"), "recommendations", lines, "0" * 64),
...                      OwnerCodes.from_rows([("LG", "Local government", "councils")]))
>>> parser.run()
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Billing')]
>>> [(i.number, i.owners) for i in parser.items["recommendations"]]
[(1, ['LG'])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.read.model import Table

__all__ = ["numbers_area_tables", "open_area_table"]


def _area_table(parser: ModelParser, table: Table) -> bool:
    """Whether ``table`` is an area's table of recommendations: a Recommendation column, no
    Area or activity column, no response column, and no row printing an area."""
    from wlga_analysis.interpret.recommendations.columns import map_columns

    if not table.header or not table.rows:
        return False
    columns = map_columns(table.header_text, in_area=True)
    if columns is None or columns.recommendations is None or columns.area is not None \
            or columns.activities is not None or columns.theme is not None \
            or columns.answers or columns.updates or columns.ticks:
        return False
    return all(parser.area_row(row) is None for row in table.rows)


def open_area_table(parser: ModelParser, table: Table, pending: tuple[str, int] | None
                    ) -> bool:
    """Before an area's table of recommendations, open the area of the heading just above
    it (``pending``; see the module's notes); True when the heading was read so.

    Parameters
    ----------
    parser : ModelParser
        The model interpreter reading the document.
    table : Table
        The table about to be read.
    pending : tuple of (str, int) or None
        The heading just before the table (its text and line), if any.

    Returns
    -------
    bool
    """
    from wlga_analysis.interpret.recommendations.themes import names_a_part

    at = None if pending is None else _note_at(parser.notes, ("heading", *pending))
    if at is None or names_a_part(pending[0]) or "recommend" in pending[0].casefold():
        return False  # (a heading naming recommendations names for whom, not an area)
    opened: set[int] = getattr(parser, "area_table_ids", set())
    if parser.current is not None and parser.current.area_id not in opened:
        return False  # (an area printed another way: its sub-heading's table stays in it)
    if not _area_table(parser, table):
        return False
    level = next((lv for lv, text, ln in reversed(parser.headings_seen)
                  if (text, ln) == pending), 7)
    del parser.notes[at]
    parser.theme_above(level)
    parser.named_area(*pending)
    assert parser.current is not None
    opened.add(parser.current.area_id)
    parser.area_table_ids = opened
    return True


def _note_at(notes: list[Any], note: Any) -> int | None:
    """Where ``note`` was last noted (looked for from the end: the heading just read is
    the last note or nearly), or None."""
    for k in range(len(notes) - 1, -1, -1):
        if notes[k] == note:
            return k
    return None


def numbers_area_tables(parser: ModelParser) -> bool:
    """Whether ``parser`` reads areas' tables opened by :func:`open_area_table` (their
    recommendations, printed with no number, are numbered in reading order).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> numbers_area_tables(SimpleNamespace()), numbers_area_tables(
    ...     SimpleNamespace(area_table_ids={1}))
    (False, True)
    """
    return bool(getattr(parser, "area_table_ids", None))
