"""A series across a programme's refresh: the printed crosswalk keys the work.

When a programme is refreshed at a year end, every action gets a new ref, priorities are
renamed, split or merged, and the first update of the refreshed programme prints a
crosswalk table (``2025-26 ref | 2026-27 ref | Note``, read by
:mod:`wlga_analysis.interpret.programme.crosswalk`). Its words beat any guess from the
wording: :func:`crosswalk_keys` gives each new ref the key of the item the previous update
printed with the old ref. A row of several old refs ("2.2, 2.3 | C1.2 | combined") keys the
new item with the first old ref's work (the others end there) and reports a ``possible
merge``; a row of several new refs ("3.2 | D1.2, D1.3 | split") keys the first new ref with
the old work, the others are new work, each reported as a ``possible split``. Rows with
no new ref (completed, not carried forward) or no old ref (new actions) key nothing: the
work ends, or is new.

Examples
--------
>>> from wlga_analysis.interpret.programme.crosswalk import CrosswalkRow
>>> rows = (CrosswalkRow(("2.2", "2.3"), ("C1.2",), "combined", 9),
...         CrosswalkRow(("3.2",), ("D1.2", "D1.3"), "split", 10))
>>> items = [("C1.2", "", None, "", 3), ("D1.2", "", None, "", 4), ("D1.3", "", None, "", 5)]
>>> keys, how = [None] * 3, ["new"] * 3
>>> last = {"W6": "2.2", "W7": "2.3", "W9": "3.2"}
>>> import datetime, types
>>> update = types.SimpleNamespace(name="u3.html", date=datetime.date(2026, 7, 16), crosswalk=rows)
>>> found = crosswalk_keys(update, items, keys, how, set(), last)
>>> keys, how
(['W6', 'W9', '2026-07-16#D1.3'], ['crosswalk', 'crosswalk', 'new'])
>>> [(i.check, i.item) for i in found]
[('possible merge', 'C1.2'), ('possible split', 'D1.3')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wlga_analysis.quality import Issue

__all__ = ["crosswalk_keys", "update_crosswalk"]


def update_crosswalk(doc: Any) -> tuple[Any, ...]:
    """The crosswalk rows an update prints (none when it prints no crosswalk table).

    Examples
    --------
    >>> from wlga_analysis.documents import read_document
    >>> update_crosswalk(read_document(None, "programme"))
    ()
    """
    if doc.model is None and not any("ref" in line.lower() for line in doc.lines):
        return ()  # (the cheap test first: no crosswalk without a "ref" header)
    from wlga_analysis.interpret.programme.crosswalk import crosswalk_rows
    from wlga_analysis.read import read_model

    model = read_model(doc, "programme")
    return tuple(row for table in model.tables() for row in crosswalk_rows(table))


def crosswalk_keys(update: Any, items: Sequence[tuple], keys: list, how: list[str],
                   claimed: set[str], last_ids: dict[str, str]) -> list[Issue]:
    """Key this update's items by the crosswalk (see the module); the reports found.

    Parameters
    ----------
    update : _Update
        The update: its ``name`` (file name), ``date`` and ``crosswalk`` (the rows printed).
    items : sequence of tuple
        The update's items, each (item id, section, topic, text, line).
    keys, how : list
        Each item's key (None when not matched yet) and how it was matched, set here.
    claimed : set of str
        The keys given so far (added to here).
    last_ids : dict
        Each key's item id in the update before.

    Returns
    -------
    list of Issue
    """
    rows, name = update.crosswalk, update.name
    if not rows:
        return []
    prefix = update.date.isoformat() if update.date else name  # (the series' new keys)
    by_id = {str(item_id): key for key, item_id in last_ids.items()}
    at = {str(item[0]): k for k, item in enumerate(items)}
    found: list[Issue] = []
    for row in rows:
        olds = [by_id[o] for o in row.old if o in by_id and by_id[o] not in claimed]
        news = [at[n] for n in row.new if n in at and keys[at[n]] is None]
        if not olds or not news:
            continue
        first = news[0]
        keys[first], how[first] = olds[0], "crosswalk"
        claimed.add(olds[0])
        if len(row.old) > 1:
            found.append(Issue(name, "programme_series", "possible merge", items[first][0],
                               items[first][4], f"the crosswalk combines {', '.join(row.old)} "
                               f"into {items[first][0]} ({row.note or 'no note'}): the work "
                               f"is followed from {row.old[0]}, the others end here"))
        for k in news[1:]:
            keys[k], how[k] = f"{prefix}#{items[k][0]}", "new"
            claimed.add(keys[k])
            found.append(Issue(name, "programme_series", "possible split", items[k][0],
                               items[k][4], f"the crosswalk splits {row.old[0]} into "
                               f"{', '.join(row.new)} ({row.note or 'no note'}): "
                               f"{items[k][0]} is new work split from it"))
    return found
