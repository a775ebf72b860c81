"""A merge an item's own words state, and finished work (for :mod:`wlga_analysis.series`).

A highlight report that merges two milestones says so in the row that carries on: "P1-M5
has been combined with P1-M4 so that one piece of work ...", "H1.M3 has been merged into
H1.M2". The row keeps the ref of the milestone merged into, and its name takes in both
("Bus network review and franchising readiness assessment"), so by wording alone it may
look more like the milestone merged away. Read so:

- **merged into**: an item whose words state a merge (:data:`~.said.MERGE_WORDS`),
  printed under the ref an item of the previous update had, continues that item's work
  when its words take in that item's (rapidfuzz token-set ratio of at least the series'
  text threshold); the milestone merged away (its ref named in those words) is then
  dropped, its key taken by no other item (and the merge reported by
  :func:`~wlga_analysis.series.said.said_issues`);
- **finished work**: work reported done and then absent from an update is finished (a
  report states a completion once); a later item not done is not matched to it by
  wording alone (a new milestone of like words, "Grant scheme reopened for 2026-27", is
  new work): :func:`done_apart`;
- **stated new**: a new item whose own words say it is new work ("New milestone.", "Added
  this quarter at the request of ...") and state no split is not reported as a possible
  split of work whose words it resembles (:func:`says_new`).

Examples
--------
>>> items = [("P1-M4", 27, "bus network review and franchising readiness assessment")]
>>> said = {27: "P1-M4 | Bus ... | P1-M5 has been combined with P1-M4."}
>>> merged_into(items, said, {"P1-M4": "W4", "P1-M5": "W5"},
...             {"W4": "bus network review options appraisal",
...              "W5": "bus franchising readiness assessment"}, 55.0)
{0: 'W4'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from wlga_analysis.quality import Issue
from wlga_analysis.series.said import MERGE_WORDS, SPLIT_WORDS
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["NEW_WORDS", "done_apart", "merged_away", "merged_into", "says_new",
           "unless_said_new"]

#: Words saying an item is new work: "New milestone", "New action", "Added this quarter",
#: "Added by the board", "added at the request of".
NEW_WORDS = LazyPattern(r"(?i)\bnew[ ]++(?:milestones?|actions?|activit(?:y|ies)|tasks?|"
                        r"deliverables?)\b|\badded[ ]++(?:this|in[ ]++this|by|at)\b")


def merged_into(items: Sequence[tuple[str, int, str]], said: Mapping[int, str],
                previous: Mapping[str, str], free: Mapping[str, str],
                threshold: float) -> dict[int, str]:
    """The keys of the items that carry on work merged into them, by the item's place.

    Parameters
    ----------
    items : sequence of (item_id, source_line, body)
        The update's items not yet matched (``body`` normalised for comparison).
    said : mapping of int to str
        The words printed for each item, by source line.
    previous : mapping of str to str
        The key of each item id of the previous update.
    free : mapping of str to str
        The normalised wording of each key not yet taken in this update.
    threshold : float
        The least token-set ratio (0-100) of the two wordings.

    Returns
    -------
    dict of int to str

    Examples
    --------
    >>> merged_into([("A2", 5, "survey design and fieldwork")], {5: "A3 merged into A2."},
    ...             {"A2": "W2"}, {"W2": "survey design"}, 55.0)
    {0: 'W2'}
    >>> merged_into([("A2", 5, "survey design and fieldwork")], {5: "On track."},
    ...             {"A2": "W2"}, {"W2": "survey design"}, 55.0)
    {}
    """
    from rapidfuzz import fuzz

    out: dict[int, str] = {}
    for place, (item_id, line, body) in enumerate(items):
        key = previous.get(item_id)
        if key is None or key not in free or key in out.values():
            continue
        if MERGE_WORDS.search(said.get(line, "")) and \
                fuzz.token_set_ratio(body, free[key]) >= threshold:
            out[place] = key
    return out


def merged_away(items: Sequence[tuple[str, int, str]], said: Mapping[int, str],
                previous: Mapping[str, str], free: Mapping[str, str],
                threshold: float) -> set[str]:
    """The keys of the previous update's work that an item's words say was merged into it
    ("E1-M3 is now combined with E1-M2"): the refs its merge words name besides its own,
    unless an item printed under that ref still has that work's words and does not say it
    is new work (:func:`says_new`). That work carries on in the item, so no other item of
    the update takes its key.

    Parameters
    ----------
    items : sequence of (item_id, source_line, body)
        The update's items.
    said, previous, free, threshold
        As for :func:`merged_into`.

    Examples
    --------
    >>> said = {7: "E1-M3 is now combined with E1-M2: one case."}
    >>> free = {"W3": "business case full"}
    >>> merged_away([("E1-M2", 7, "business case"), ("E1-M3", 8, "customer survey")],
    ...             said, {"E1-M2": "W2", "E1-M3": "W3"}, free, 55.0)
    {'W3'}
    >>> merged_away([("E1-M2", 7, "business case"), ("E1-M3", 8, "business case full")],
    ...             said, {"E1-M2": "W2", "E1-M3": "W3"}, free, 55.0)
    set()
    """
    from rapidfuzz import fuzz

    bodies: dict[str, list[str]] = {}
    for item_id, line, body in items:  # (an item that says it is new is no earlier work)
        if not says_new(said.get(line, "")):
            bodies.setdefault(item_id, []).append(body)
    out: set[str] = set()
    for item_id, line, _ in items:
        text = said.get(line, "")
        if not MERGE_WORDS.search(text):
            continue
        words = {w.strip(".,;:()[]'\"") for w in text.split()}
        out |= {key for ref, key in previous.items() if ref != item_id and ref in words
                and key in free and not any(fuzz.token_set_ratio(b, free[key]) >= threshold
                                            for b in bodies.get(ref, ()))}
    return out


def says_new(text: str) -> bool:
    """Whether an item's words say it is new work and state no split.

    Examples
    --------
    >>> says_new("G | New milestone. Not started: begins in May.")
    True
    >>> says_new("New action (split from A12).")
    False
    >>> says_new("Work is on track.")
    False
    """
    return bool(NEW_WORDS.search(text)) and not SPLIT_WORDS.search(text)


def unless_said_new(issues: list[Issue], said: Mapping[int, str]) -> list[Issue]:
    """``issues`` without the ``possible split`` findings on items that say they are new
    work (:func:`says_new`).

    Examples
    --------
    >>> found = [Issue("u4.txt", "programme_series", "possible split", "1.4", 20, "...")]
    >>> unless_said_new(found, {20: "G | New milestone. Not started."})
    []
    """
    return [i for i in issues if i.check != "possible split"
            or not says_new(said.get(i.source_line or 0, ""))]


def done_apart(scores: Any, statuses: Iterable[str], known: Sequence[Any],
               number: int) -> None:
    """Zero, in place, the wording similarities (items x known work) of an item not done
    with finished work: work reported done and then absent from an update (a report
    states a completion once) is not taken up again by a later item of like words ("Grant
    scheme reopened for 2026-27" after "Grant scheme opened", complete and gone). Work
    done in the update just before may be (a follow-on phase reported under it, a status
    read backwards: :func:`wlga_analysis.analysis.programme_changes` flags it).

    Parameters
    ----------
    scores : numpy array
        The similarities, one row per item, one column per piece of known work.
    statuses : iterable of str
        The items' statuses.
    known : sequence
        The known work, each with ``done`` (its last status was done) and
        ``last_update`` (the number of the update it was last seen in).
    number : int
        The number of this update.

    Examples
    --------
    >>> import numpy as np
    >>> from types import SimpleNamespace as Known
    >>> scores = np.array([[75.0, 70.0, 95.0], [90.0, 60.0, 95.0]])
    >>> done_apart(scores, ["in progress", "done"],
    ...            [Known(done=True, last_update=2), Known(done=False, last_update=1),
    ...             Known(done=True, last_update=1)], 3)
    >>> scores.tolist()
    [[75.0, 70.0, 0.0], [90.0, 60.0, 95.0]]
    """
    import numpy as np

    rows = np.flatnonzero([s != "done" for s in statuses])
    cols = np.flatnonzero([k.done and k.last_update < number - 1 for k in known])
    if rows.size and cols.size:
        scores[np.ix_(rows, cols)] = 0
