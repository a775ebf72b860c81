"""A paper-wide statement that everything not listed stands carries the rest of the work
forward (for :mod:`wlga_analysis.series`).

An exception report lists only what changed since the last report and closes (or opens)
with a statement about the rest: "All other actions remain on track.", "Actions not listed
below are unchanged.", "All remaining milestones are on schedule." The work it does not
list is not dropped: it stands as at the update before. Read so: an update whose text holds
such a statement (:data:`CARRY_ALL`) carries forward every piece of work of the previous
update that it does not print, that was not finished there (work reported done is reported
once) and that no item of this update took up (a merge); each such piece of work gets a
row in this update, a copy of its previous row (its last printed ref, status and due
date) marked ``match`` ``carried``, and a ``carried forward`` finding
(:func:`~wlga_analysis.series.carry.carried_issues`); it reads as ``unchanged`` in
:func:`wlga_analysis.analysis.programme_changes`. A section that says it has nothing to
report carries its own work only (:mod:`.carry`).

Examples
--------
>>> bool(CARRY_ALL.search("There are no closed actions. All other actions remain on track."))
True
>>> bool(CARRY_ALL.search("Actions not listed below are unchanged."))
True
>>> bool(CARRY_ALL.search("All actions remain on track."))  # (no 'other': a status)
False
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from wlga_analysis.quality import Issue
from wlga_analysis.series.carry import carried_issues
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["CARRY_ALL", "PAPER_WIDE", "carry_all", "carry_statement", "with_carried_rows"]

#: A statement that the work not listed stands: "All other actions remain on track",
#: "The remaining milestones are unchanged", "Actions not listed (below|here) are
#: unchanged", "Everything else is on track".
CARRY_ALL = LazyPattern(
    r"(?i)\b(?:(?:all[ ]++)?(?:the[ ]++)?(?:other|remaining)[ ]++(?:actions|milestones|"
    r"projects|tasks|deliverables|activities|items|work)|everything[ ]++else|(?:actions|"
    r"milestones|projects|items)[ ]++not[ ]++(?:listed|mentioned|reported|shown)"
    r"(?:[ ]++(?:below|above|here|in[ ]++this[ ]++report))?)[ ]++(?:remain|are|is|"
    r"continue[ ]++to[ ]++be)[ ]++(?:on[ ]++(?:track|schedule|target)|unchanged|"
    r"as[ ]++(?:reported|planned|before))\b")
#: The start of the note of a piece of work the statement carries (vs a quiet section's).
PAPER_WIDE = "carried forward: the update says"
#: Kinds of the paragraphs table's rows that may hold the statement (no item's row).
_TEXT_KINDS = frozenset({"text", "paragraph"})


def carry_statement(paragraphs: pd.DataFrame) -> tuple[int, str] | None:
    """(source line, the words) of the update's first paper-wide carry statement, else None.

    Examples
    --------
    >>> p = pd.DataFrame({"kind": ["text", "bullet"], "text": ["All other actions remain on "
    ...                   "track.", "x"], "source_line": [9, 10]})
    >>> carry_statement(p)
    (9, 'All other actions remain on track')
    """
    for kind, text, line in zip(paragraphs["kind"], paragraphs["text"],
                                paragraphs["source_line"], strict=True):
        if kind in _TEXT_KINDS and isinstance(text, str) and (m := CARRY_ALL.search(text)):
            return int(line), m.group(0)
    return None


def carry_all(update: str, statement: tuple[int, str] | None, previous: Sequence[str],
              taken: Sequence[str], last_ids: Mapping[str, str], live: Mapping[str, str]
              ) -> tuple[dict[str, str], list[Issue]]:
    """The work of the previous update a paper-wide statement carries forward.

    Parameters
    ----------
    update : str
        The update's name.
    statement : (int, str) or None
        :func:`carry_statement` of the update.
    previous : sequence of str
        The keys of the previous update not otherwise carried.
    taken : sequence of str
        The keys this update's items took (its items and the work merged into them).
    last_ids : mapping of str to str
        The previous update's item id of each key.
    live : mapping of str to str
        The section of each key of ``previous`` not finished there.

    Returns
    -------
    notes : dict of str to str
        The note of each key carried (it opens with :data:`PAPER_WIDE`).
    issues : list of Issue

    Examples
    --------
    >>> notes, issues = carry_all("u2.md", (9, "All other actions remain on track"),
    ...                           ["W1", "W2", "W3"], ["W2"], {"W1": "A1.1", "W3": "A1.3"},
    ...                           {"W1": "a1", "W2": "a1"})
    >>> list(notes), [i.item for i in issues]
    (['W1'], ['A1.1'])
    """
    if statement is None:
        return {}, []
    line, said = statement
    kept = set(taken)
    carried = {k: (last_ids.get(k, ""), live[k], line, said)
               for k in previous if k not in kept and k in live}
    notes = {k: f"{PAPER_WIDE} {said!r} (line {line}); not printed in this update"
             for k in carried}
    return notes, carried_issues(update, carried)


def _standing_status(out: dict[str, list[Any]], before: dict[str, list[Any]],
                     place: Mapping[str, int]) -> None:
    """In place: an item continuing earlier work whose words state no status keeps its
    status of the update before (status rule ``carried``)."""
    for n, (key, rule) in enumerate(zip(out["item_key"], out["status_rule"], strict=True)):
        if isinstance(rule, str) and rule.startswith("default") and key in place \
                and out["match"][n] != "new":
            out["status"][n], out["status_rule"][n] = before["status"][place[key]], "carried"


def with_carried_rows(columns: dict[str, list[Any]], before: dict[str, list[Any]] | None,
                      notes: Mapping[str, str], statement: tuple[int, str] | None = None
                      ) -> dict[str, list[Any]]:
    """An update's column lists with a row for each piece of work a paper-wide statement
    carries (:func:`carry_all`): its row of the update before, this update's name, date
    and report quarter, ``match`` ``carried``. In an update with such a statement, an item
    continuing earlier work whose words state no status (status rule ``default ...``)
    keeps its status of the update before (what the report does not say stands: "Due date
    moved ... to match the review"), status rule ``carried``.

    Examples
    --------
    >>> before = {"update": ["u1"], "item_key": ["W1"], "match": ["new"], "status": ["planned"]}
    >>> now = {"update": ["u2"], "item_key": ["W2"], "match": ["new"], "status": ["done"]}
    >>> with_carried_rows(now, before, {"W1": PAPER_WIDE + " ..."})["status"]
    ['done', 'planned']
    """
    keys = [k for k, note in notes.items() if note.startswith(PAPER_WIDE)]
    if before is None or not (keys or statement):
        return columns
    place = {k: i for i, k in enumerate(before["item_key"])}
    own = ("update", "update_date", "report_quarter")
    out = {name: list(values) for name, values in columns.items()}
    if statement is not None and "status_rule" in out:
        _standing_status(out, before, place)
    for key in keys:
        if key not in place:
            continue
        for name in out:
            out[name].append(columns[name][0] if name in own and columns[name] else
                             "carried" if name == "match" else before[name][place[key]])
    return out
