"""Drift between consecutive updates of a series that the matching cannot settle alone.

:mod:`wlga_analysis.series` gives each item of an update one ``item_key``. Two kinds of
drift are left to the analyst, and reported so that neither reads as news silently:

- a **split**: an item that starts a new key but resembles the earlier wording of work
  another item of the same update continues ("Generative AI pilots" becomes "... in social
  care" and "... in customer contact"): :func:`drift_issues` reports it as a
  ``possible split``;
- a **merge**: work of the previous update that is missing from this one (so
  :func:`wlga_analysis.analysis.programme_changes` calls it dropped) although an item of
  this update resembles it: a ``possible merge``.

"Resembles": the bold leads (or project titles) contain one another's words, or the
wordings share :data:`DRIFT_THRESHOLD` of their words (rapidfuzz token-set ratio). A report
is a finding, not a match: the keys are not changed (``data/raw/item_matches.csv`` can say
what the analyst decides).

It also names the grants an update could not name (:func:`carried_grant_names`).

Examples
--------
>>> resembles(("generative ai pilots", "pilots are running"),
...           ("generative ai pilots in social care", "note taking tools"))
True
>>> resembles(("website", "pages are planned"), ("programme team", "two posts filled"))
False
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from wlga_analysis.quality import Issue

__all__ = ["DRIFT_THRESHOLD", "carried_grant_names", "drift_issues", "resembles"]

#: Lowest rapidfuzz token-set ratio (0-100) at which two wordings may be parts of one work.
DRIFT_THRESHOLD: float = 80.0

#: (normalised topic or None, normalised body) of one item or piece of work.
Wording = tuple[str | None, str]


def resembles(a: Wording, b: Wording) -> bool:
    """Whether two wordings may be parts of one piece of work: their leads contain one
    another's words, or their bodies share :data:`DRIFT_THRESHOLD` of their words.

    Examples
    --------
    >>> resembles((None, "the graduate programme will launch in january"),
    ...           (None, "recruitment to the graduate programme will launch in january"))
    True
    """
    from rapidfuzz import fuzz

    (topic_a, body_a), (topic_b, body_b) = a, b
    if topic_a and topic_b and fuzz.token_set_ratio(topic_a, topic_b) == 100:
        return True
    return bool(body_a and body_b) and fuzz.token_set_ratio(body_a, body_b) >= DRIFT_THRESHOLD


def drift_issues(update: str, items: Sequence[tuple[str, int, Wording]], keys: Sequence[str],
                 how: Sequence[str], before: Mapping[str, Wording],
                 previous: Sequence[str]) -> list[Issue]:
    """The possible splits and merges of one update against the one before it.

    Parameters
    ----------
    update : str
        The update's name.
    items : sequence of (item_id, source_line, wording)
        The update's items, in order.
    keys, how : sequences of str
        Each item's ``item_key`` and ``match``.
    before : mapping
        Each known key's latest wording before this update.
    previous : sequence of str
        The keys of the previous update, in order.

    Returns
    -------
    list of Issue
        ``possible split`` (on a new item) and ``possible merge`` (on the item that may hold
        work of the previous update that is missing from this one).

    Examples
    --------
    >>> items = [("3.1", 10, ("generative ai pilots", "pilots have finished"))]
    >>> before = {"a": ("generative ai pilots in social care", "running"),
    ...           "b": ("generative ai pilots in customer contact", "started")}
    >>> [i.check for i in drift_issues("q4.pdf", items, ["a"], ["topic"], before, ["a", "b"])]
    ['possible merge']
    """
    kept = [i for i, h in enumerate(how) if h != "new"]
    out: list[Issue] = []
    for i, h in enumerate(how):  # new items that resemble work another item continues
        if h != "new":
            continue
        related = [keys[j] for j in kept if resembles(items[i][2], before[keys[j]])]
        if related:
            out.append(Issue(update, "programme_series", "possible split", items[i][0],
                             items[i][1], f"item {items[i][0]} is new work, but resembles "
                             f"the earlier wording of {', '.join(related)}, which this "
                             "update continues: it may be a part split from it; if so, say "
                             "so in data/raw/item_matches.csv"))
    gone = [k for k in previous if k not in set(keys)]
    for j in kept:
        related = [k for k in gone if resembles(items[j][2], before[k])]
        if related:
            out.append(Issue(update, "programme_series", "possible merge", items[j][0],
                             items[j][1], f"{', '.join(related)} of the previous update "
                             f"is not in this one (dropped), but item {items[j][0]} "
                             f"({keys[j]}) resembles it: the work may have been merged into "
                             "it rather than dropped"))
    return out


def carried_grant_names(grants: Sequence[dict[str, Any]], unnamed: set[int],
                        earlier: Sequence[dict[str, Any]]) -> list[tuple[int, str, str]]:
    """Names for the grants an update could not name, from the update before it.

    A grant the update names only by its purpose (the interpreter calls it "grant for
    ..." and reports it ``unnamed grant``) takes the name of the one grant of the same
    financial year in the earlier update that this update no longer names: the same grant,
    restated ("improvement funding for 2025-26 increased to £850,000"). Anything else
    (two candidates, none) keeps its name.

    Parameters
    ----------
    grants : sequence of dict
        This update's grants (``grant``, ``financial_year``), in order.
    unnamed : set of int
        Positions in ``grants`` of the grants the update did not name.
    earlier : sequence of dict
        The earlier update's grants.

    Returns
    -------
    list of (position, name given, earlier name)

    Examples
    --------
    >>> g = [{"grant": "grant for improvement programme", "financial_year": "2025-26"}]
    >>> e = [{"grant": "improvement grant", "financial_year": "2025-26"}]
    >>> carried_grant_names(g, {0}, e)
    [(0, 'grant for improvement programme', 'improvement grant')]
    >>> carried_grant_names(g, {0}, e + [{"grant": "digital grant",
    ...                                   "financial_year": "2025-26"}])
    []
    """
    names = {(g["grant"], g["financial_year"]) for g in grants}
    out = []
    for i in sorted(unnamed):
        year = grants[i]["financial_year"]
        candidates = [g["grant"] for g in earlier if g["financial_year"] == year]
        if len(candidates) == 1 and (candidates[0], year) not in names:
            out.append((i, grants[i]["grant"], candidates[0]))
    return out
