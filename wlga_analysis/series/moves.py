"""Matching an item to earlier work when the paper moves its paragraphs about (for
:mod:`wlga_analysis.series`).

A board cover paper numbers its paragraphs through the paper, so an action's number shifts
from paper to paper and its key comes from its words alone. Three rules keep those keys
true to the work:

- a **renamed section** ("Fleet and transport" -> "Mobility and transport"): a section of
  this update missing from the previous one, standing where a section of the previous one
  is now missing (as many gone as new, in order), is the same section renamed, so an item
  under it still has the bonus of its own section (:func:`renamed_sections`);
- **the previous update first**: work last seen before the previous update (dropped from
  it) is taken up only after the work of the previous update that an item resembles as
  well: its likeness is ranked :data:`GAP_PENALTY` lower, never below the threshold it
  must reach (:func:`gap_penalty`); a key does not jump back two papers when the paper
  just before has the work;
- **a moved item** says so ("Joint procurement of charge points, now reported under this
  priority as it forms part of ..."): it is work of the previous update moved from another
  section, matched first to the previous update's free work its words are most like, in
  any section, when they reach the match threshold (:func:`moved_items`); a move is no
  merge (:data:`~wlga_analysis.series.said.MERGE_WORDS` leaves it out);
- **a split-off item** says so ("Tabletop exercises, previously part of the playbook work,
  are now taken forward separately", "split from", "separated out"): when it and another
  item resemble the same earlier work, the other item continues it; the split-off item's
  likeness is ranked :data:`GAP_PENALTY` lower (:func:`split_off`), so it starts a new
  key unless no other item claims the work (a later update's restatement keeps its key);
- **done just before**: work reported done in the previous update may be taken up by a
  later phase, but only when the item's words alone (no same-section bonus) reach the
  match threshold; a split-off or new action of the same section that merely shares its
  section's words is new work (:func:`done_just_before`).

Examples
--------
>>> renamed_sections(["buildings", "fleet", "procurement"],
...                  ["buildings", "mobility", "procurement"])
{'mobility': 'fleet'}
>>> renamed_sections(["a", "b"], ["a", "b", "c"])
{}
>>> gap_penalty(1, 4), gap_penalty(3, 4)
(10.0, 0.0)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["GAP_PENALTY", "MOVED_WORDS", "SPLIT_OFF_WORDS", "done_just_before", "gap_penalty",
           "moved_items", "ranked_pairs", "renamed_sections", "split_off"]

#: Words saying an item was moved to the section it stands in: "now reported under this
#: priority", "has been moved to this theme".
MOVED_WORDS = LazyPattern(
    r"(?i)\b(?:now[ \t]++(?:reported|shown|included|listed)|moved)[ \t]++(?:under|in|within|to)"
    r"[ \t]++(?:this|the)(?:[ \t]++[\w'-]++){0,3}?[ \t]++"
    r"(?:priority|theme|section|heading|objective|area|outcome)\b")
#: Words saying an item was split off from earlier work ("split from", "previously part of
#: the adaptation strand, are now taken forward separately"); not the words of the work
#: that carries on ("has been split into").
SPLIT_OFF_WORDS = LazyPattern(
    r"(?i)\bsplit[ \t]++(?:from|out|off)\b|\bseparated[ \t]++(?:from|out)\b|"
    r"\b(?:taken[ \t]++forward|delivered|managed|reported)[ \t]++separately\b|"
    r"\bpreviously[ \t]++(?:a[ \t]++)?part[ \t]++of\b")
#: How much lower the likeness of work absent from the previous update is ranked.
GAP_PENALTY: float = 10.0


def renamed_sections(previous: Sequence[str], current: Sequence[str]) -> dict[str, str]:
    """Each section of ``current`` that renames one of ``previous`` (both in order, names
    normalised): the new names and the gone names paired in order when there are as many
    of each (see the module).

    Examples
    --------
    >>> renamed_sections(["x", "y"], ["x", "z"])
    {'z': 'y'}
    """
    here = set(current)
    before = set(previous)
    gone = [s for s in dict.fromkeys(previous) if s not in here]
    new = [s for s in dict.fromkeys(current) if s not in before]
    if not gone or len(gone) != len(new):
        return {}
    return dict(zip(new, gone, strict=True))


def gap_penalty(last_update: int, number: int) -> float:
    """How much lower to rank the likeness of work last seen in update ``last_update``
    for an item of update ``number``: :data:`GAP_PENALTY` when the work was absent from
    the previous update, else nothing.

    Examples
    --------
    >>> gap_penalty(2, 3)
    0.0
    """
    return GAP_PENALTY if last_update < number - 1 else 0.0


def done_just_before(scores: Any, statuses: Iterable[str], known: Sequence[Any], number: int,
                     floor: float) -> None:
    """Zero, in place, the likeness (items x known work) below ``floor`` of an item not
    done with work reported done in the previous update (see the module).

    Examples
    --------
    >>> import numpy as np
    >>> from types import SimpleNamespace as Known
    >>> scores = np.array([[51.0, 58.0], [51.0, 58.0]])
    >>> done_just_before(scores, ["planned", "done"],
    ...                  [Known(done=True, last_update=2), Known(done=True, last_update=2)],
    ...                  3, 55.0)
    >>> scores.tolist()
    [[0.0, 58.0], [51.0, 58.0]]
    """
    import numpy as np

    rows = np.flatnonzero([s != "done" for s in statuses])
    cols = np.flatnonzero([k.done and k.last_update == number - 1 for k in known])
    if rows.size and cols.size:
        part = scores[np.ix_(rows, cols)]
        part[part < floor] = 0
        scores[np.ix_(rows, cols)] = part


def moved_items(items: Sequence[tuple[str, int, str]], said: dict[int, str],
                free: dict[str, str], threshold: float) -> dict[int, str]:
    """The key of the previous update's work each item that says it was moved continues:
    of ``free`` (the wording of each free key of the previous update), the one its body
    is most like (token-sort ratio) when that reaches ``threshold``; each key once.

    Parameters
    ----------
    items : sequence of (item_id, source_line, body)
        The update's items still unmatched, by their place.
    said : dict of int to str
        The words printed for each item, by source line.
    free, threshold
        As above.

    Returns
    -------
    dict of int (the item's place) to str

    Examples
    --------
    >>> moved_items([("14", 9, "depot charge points business case due in march")],
    ...             {9: "Depot charge points, now reported under this priority."},
    ...             {"W10": "depot charge points business case", "W6": "costing guide due"},
    ...             55.0)
    {0: 'W10'}
    """
    from rapidfuzz import fuzz, process

    out: dict[int, str] = {}
    for place, (_item_id, line, body) in enumerate(items):
        if not free or not MOVED_WORDS.search(said.get(line, "")):
            continue
        best = process.extractOne(body, {k: v for k, v in free.items()
                                         if k not in out.values()},
                                  scorer=fuzz.token_sort_ratio, score_cutoff=threshold)
        if best is not None:
            out[place] = best[2]
    return out


def split_off(said: str) -> float:
    """How much lower to rank the likeness of an item whose words (``said``) say it was
    split off from earlier work: :data:`GAP_PENALTY`, else nothing (see the module).

    Examples
    --------
    >>> split_off("Risk assessments, previously part of the plans strand, are now separate.")
    10.0
    >>> split_off("The plans strand has been split into two.")
    0.0
    """
    return GAP_PENALTY if said and SPLIT_OFF_WORDS.search(said) else 0.0


def ranked_pairs(scores: Any, rows: Sequence[tuple[str, str]], free: Sequence[Any],
                 previous_sections: Sequence[str], current_sections: Sequence[str],
                 number: int, bonus_and_least: tuple[float, float]
                 ) -> list[tuple[float, int, int]]:
    """(minus the rank, row, column) of each pair of an item and free work alike enough,
    best first (for :mod:`wlga_analysis.series`).

    The likeness (``scores``, items x free work) gains the same-section bonus when the work
    stands in the item's section or the section it renames (:func:`renamed_sections` of
    the previous update's and this update's sections); a pair counts when that reaches
    the least; it is ranked lower for work absent from the previous update
    (:func:`gap_penalty`) and for an item that says it was split off (:func:`split_off`).

    Parameters
    ----------
    scores : numpy array
        The likeness, one row per item to match, one column per piece of free work.
    rows : sequence of (str, str)
        Each item's normalised section and the words printed for it.
    free : sequence
        The free work, each with ``section`` and ``last_update``.
    previous_sections, current_sections : sequences of str
        The sections of the previous update's work and of this update's items.
    number : int
        The number of this update.
    bonus_and_least : (float, float)
        The same-section bonus and the least likeness a pair needs.

    Examples
    --------
    >>> import numpy as np
    >>> from types import SimpleNamespace as Known
    >>> free = [Known(section="fleet", last_update=2), Known(section="data", last_update=1)]
    >>> ranked_pairs(np.array([[58.0, 66.0]]), [("mobility", "")], free, ["fleet"],
    ...              ["mobility"], 3, (10.0, 60.0))
    [(-68.0, 0, 0), (-56.0, 0, 1)]
    """
    bonus, least = bonus_and_least
    sections = [k.section for k in free]
    renamed = renamed_sections(previous_sections, current_sections)
    gaps = [gap_penalty(k.last_update, number) for k in free]
    pairs = []
    for row, (section, said) in enumerate(rows):
        own = renamed.get(section, section)
        off = split_off(said)
        for col in scores[row].nonzero()[0].tolist():
            score = float(scores[row][col]) + (bonus if sections[col] in (section, own)
                                               else 0.0)
            if score >= least:
                pairs.append((gaps[col] + off - score, row, col))
    pairs.sort()
    return pairs
