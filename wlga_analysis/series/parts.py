"""Parts of one piece of work told by the words of the items' bold leads (for
:mod:`wlga_analysis.series.drift`).

Two drifts the wordings' overall likeness misses, because a part's lead names only some of
the work's words:

- a **merge into new work**: a new item whose wording takes in the leads of two or more
  items of the previous update that this one drops ("Digital skills for councillors" and
  "Data literacy for officers" become "Digital and data skills programme: the e-learning
  module for councillors and the data literacy course for officers ...");
- a **split beside continued work**: a new item whose lead shares two or more words with the
  lead of an item that continues earlier work, words the earlier lead holds too ("Cyber
  resilience exercises" becomes "Cyber exercises for senior leaders" and "Cyber exercises
  for ICT teams").

Examples
--------
>>> sorted(lead_words("Cyber exercises for ICT teams"))
['cyber', 'exercises', 'ict', 'teams']
>>> takes_in("digital and data skills programme for councillors", "data literacy for "
...          "officers")
False
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MIN_SHARED", "lead_words", "merged_into", "siblings", "takes_in"]

#: Words of a lead that name no part of the work.
_STOP = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the",
                   "to", "with"})
#: Fewest lead words two parts of one work share.
MIN_SHARED = 2


def lead_words(topic: str | None) -> frozenset[str]:
    """The words of a (normalised) lead that name the work: stop words left out.

    Examples
    --------
    >>> sorted(lead_words("data literacy for officers"))
    ['data', 'literacy', 'officers']
    >>> lead_words(None)
    frozenset()
    """
    return frozenset(w for w in (topic or "").lower().split() if w not in _STOP)


def takes_in(wording: str, topic: str | None) -> bool:
    """Whether ``wording`` (a lead and its text, normalised) holds at least two thirds of
    the words of the lead ``topic``, and at least :data:`MIN_SHARED` of them.

    Examples
    --------
    >>> takes_in("training offer: the equality course and the welsh language course",
    ...          "welsh language support")
    True
    """
    words = lead_words(topic)
    held = len(words & set(wording.split()))
    return held >= MIN_SHARED and 3 * held >= 2 * len(words)


def merged_into(wording: str, gone: Sequence[tuple[str, str | None]]) -> list[str]:
    """The keys of the dropped work (``(key, lead)``) whose leads ``wording`` takes in,
    when there are two or more of them (a merge); else none.

    Examples
    --------
    >>> text = ("digital and data skills programme the e learning module for councillors "
    ...         "and the data literacy course for officers")
    >>> merged_into(text, [("W8", "digital skills for councillors"),
    ...                    ("W9", "data literacy for officers"), ("W1", "scrutiny toolkit")])
    ['W8', 'W9']
    """
    found = [key for key, topic in gone if takes_in(wording, topic)]
    return found if len(found) >= 2 else []


def siblings(new_topic: str | None, kept_topic: str | None, earlier_topic: str | None) -> bool:
    """Whether a new item's lead and a continuing item's lead share :data:`MIN_SHARED`
    words or more, all of them words of the continued work's earlier lead.

    Examples
    --------
    >>> siblings("cyber exercises for ict teams", "cyber exercises for senior leaders",
    ...          "cyber resilience exercises")
    True
    >>> siblings("data dashboards", "data literacy for officers", "data literacy")
    False
    """
    shared = lead_words(new_topic) & lead_words(kept_topic)
    return len(shared) >= MIN_SHARED and shared <= lead_words(earlier_topic)
