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
    from wlga_analysis.series.parts import takes_in

    kept = [i for i, h in enumerate(how) if h != "new"]
    gone = [k for k in previous if k not in set(keys)]
    out = [issue for i, h in enumerate(how) if h == "new"
           for issue in _new_item_issues(update, items[i], keys, kept, items, before, gone)]
    for j in kept:
        wording = " ".join(w for w in items[j][2] if w)
        related = [k for k in gone if resembles(items[j][2], before[k])
                   or takes_in(wording, before[k][0])]
        if related:
            out.append(_merge_issue(update, items[j][:2], related, keys[j]))
    return out


def _new_item_issues(update: str, item: tuple[str, int, Wording], keys: Sequence[str],
                     kept: list[int], items: Sequence[tuple[str, int, Wording]],
                     before: Mapping[str, Wording], gone: list[str]) -> list[Issue]:
    """A new item's drift: a merge when it takes in the leads of two or more pieces of
    dropped work, else a split when it resembles work another item continues (its earlier
    wording, or a sibling lead: :func:`wlga_analysis.series.parts.siblings`)."""
    from wlga_analysis.series.parts import merged_into, siblings

    merged = merged_into(" ".join(w for w in item[2] if w), [(k, before[k][0]) for k in gone])
    if merged:
        return [_merge_issue(update, item[:2], merged, None)]
    related = [keys[j] for j in kept if resembles(item[2], before[keys[j]])
               or siblings(item[2][0], items[j][2][0], before[keys[j]][0])]
    if not related:
        return []
    return [Issue(update, "programme_series", "possible split", item[0], item[1],
                  f"item {item[0]} is new work, but resembles the earlier wording of "
                  f"{', '.join(related)}, which this update continues: it may be a part "
                  "split from it; if so, say so in data/raw/item_matches.csv")]


def _merge_issue(update: str, item: tuple[str, int], related: list[str],
                 key: str | None) -> Issue:
    """A ``possible merge`` on ``item`` (its id and line) of the dropped work ``related``;
    ``key`` is the work the item continues (None for new work)."""
    what = f"({key}) resembles it" if key else "is new work that takes in their leads"
    return Issue(update, "programme_series", "possible merge", item[0], item[1],
                 f"{', '.join(related)} of the previous update is not in this one "
                 f"(dropped), but item {item[0]} {what}: the work may have been merged "
                 "into it rather than dropped")


def carried_grant_names(grants: Sequence[dict[str, Any]], unnamed: set[int],
                        earlier: Sequence[dict[str, Any]]) -> list[tuple[int, str, str]]:
    """Names for the grants an update could not name, from the update before it.

    A grant the update names only by its purpose (the interpreter calls it "grant for
    ..." and reports it ``unnamed grant``) takes the name of the one grant of the same
    financial year in the earlier update that this update does not name again: the same grant,
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
    >>> g.append({"grant": "digital grant", "financial_year": "2025-26"})  # named again
    >>> carried_grant_names(g, {0}, e + [g[1]])
    [(0, 'grant for improvement programme', 'improvement grant')]
    """
    names = {(g["grant"], g["financial_year"]) for g in grants}
    out = []
    for i in sorted(unnamed):
        year = grants[i]["financial_year"]
        # (a grant this update names again is not the unnamed one: the restated grant is
        # the one grant of its year the update does not name otherwise)
        candidates = [g["grant"] for g in earlier
                      if g["financial_year"] == year and (g["grant"], year) not in names]
        if len(candidates) == 1:
            out.append((i, grants[i]["grant"], candidates[0]))
    return out
