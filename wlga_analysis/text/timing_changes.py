"""Dates that changed: "delayed from March 2026 to June 2026", "original target March 2026;
revised target June 2026".

A progress report often gives an item's old date beside its new one. A careful reader
takes the NEW date as the item's timing and keeps the old one among its other timings:

- ``from X to Y`` after a verb of change in the same clause ("delayed", "moved back",
  "revised", "extended", "brought forward": the ``timing change`` list of
  ``data/raw/programme_words.csv``): Y is the timing. A month range printed the same way
  ("moved from March to June 2026", one phrase to :mod:`wlga_analysis.quarters`) is split:
  June 2026 is the timing, "from March" the old date. Without such a verb "from X to Y" is a
  plain range ("runs from October to December 2025") and stays its first month.
- a date just after an old-date marker ("was", "originally planned for", "original
  target": the ``old date`` list) with a later date in the text: the later one is the
  timing (:func:`mark_old_dates`).

:func:`changed_to` is called by :func:`wlga_analysis.quarters.resolve_timing`,
:func:`mark_changes` by :func:`wlga_analysis.quarters.timing_phrases`. Each first makes a
cheap test (the text says "from", or it holds two timing phrases) before reading the lists.

Examples
--------
>>> import datetime as dt
>>> from wlga_analysis.quarters import due_timing, quarter_label, resolve_timing
>>> d = dt.date(2026, 1, 10)
>>> resolve_timing("The launch has moved from March to June 2026.", d)
(Period('2027Q1', 'Q-MAR'), 'June 2026')
>>> quarter, when, others = due_timing("The review, due in March, has slipped to June 2026.", d)
>>> quarter_label(quarter), when, others
('2026-27 Q1', 'slipped to June 2026', ['due in March'])
>>> quarter, when, others = due_timing("Target revised from Q3 to Q4.", d)
>>> quarter_label(quarter), when, others
('2025-26 Q4', 'Q4', ['from Q3'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.reference import file_identity, load_programme_words, reading_token
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

#: A found phrase of :mod:`wlga_analysis.quarters`: ``(start, -end, pattern, match)``.
Found = tuple[int, int, Any, re.Match[str]]
Finder = Callable[[int], "Found | None"]

#: A date moved: "postponed from" (then the old date, then the new one after "to"; without
#: "to", the next date).
MOVED_FROM = LazyPattern(r"\b(?:postponed|moved|deferred|rescheduled|delayed|brought\s++"
                         r"forward|put\s++back|pushed\s++back|slipped|changed)\s++from\b",
                         re.IGNORECASE)
#: What stands between the old date and the new one ("from March 2026 to June 2026").
_TO_GAP = LazyPattern(r"\s*+(?i:to|until|till|into)\s++$")
#: What stands between an old date and its new one after it ("due in March, has slipped to
#: June 2026", "March 2026, now moved to June 2026"): a change verb and "to", nothing else.
_MOVED_TO = LazyPattern(r"[ ,]*+(?:(?:and|but|which|it|this)[ ]++)?(?:(?:has|have|had|is|are|"
                        r"was|were)[ ]++)?(?:now[ ]++)?(?:been[ ]++)?(?:slipped|moved|delayed|"
                        r"postponed|deferred|rescheduled|changed|revised|extended|put[ ]++back|"
                        r"pushed[ ]++back|brought[ ]++forward)(?:[ ]++(?:back|out))?[ ]++"
                        r"(?:to|until|till|into)[ ]++(?:the[ ]++)?", re.IGNORECASE)
#: The end of a clause: a change verb before it does not change a date after it.
_CLAUSE_END = LazyPattern(r"[.;!?]")
#: A verb in the past between an old date and a later one: the later one happened ("was
#: planned for May but took place in July"), it is not a new date still to come.
_PAST_GAP = LazyPattern(r"\b(?:took|held|happened|ran|had|did|completed|launched|delivered|"
                        r"published|opened|started|finished|met)\b", re.IGNORECASE)
#: The words an old-date marker may have after it before the date ("was due in").
_FILLER = (r"(?:(?:due|planned|scheduled|expected|set|targeted|intended|timetabled|"
           r"anticipated|forecast|agreed|for|in|by|to|at|on|as|date|target|deadline|"
           r"completion)[\s:,-]++){0,3}")


@lru_cache(maxsize=8)
def _patterns(identity: tuple[str, str, int]) -> tuple[re.Pattern[str], re.Pattern[str],
                                                      list[str]]:
    """The change verbs (ending a clause's text before "from") and the old-date markers
    (ending the text before a date), compiled from the word lists of ``identity``, and the
    first words of the markers."""
    words = load_programme_words(identity[0])
    change = "|".join(words["timing change"]) or r"(?!)"
    old = "|".join(words["old date"]) or r"(?!)"
    return (compile_regex(rf"\b(?:{change})\b(?:\s++[\w-]++){{0,3}}\s*+$", re.IGNORECASE),
            compile_regex(rf"\b(?:{old})\b[\s:,-]*+{_FILLER}$", re.IGNORECASE),
            _first_words(words["old date"]))


def _lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two patterns of the current word lists (checked once per reading of a paper:
    within one no reference file changes)."""
    token = reading_token()
    if token is None or _LAST[0] is not token:
        change, old, first = _patterns(file_identity(config.PROGRAMME_WORDS_FILE))
        _OLD_WORDS[:] = first
        _LAST[:] = [token, (change, old)]
    return _LAST[1]


#: The reading the patterns were last checked in, and the patterns.
_LAST: list[Any] = [None, None]


#: The first words of the old-date markers last read (a cheap test before the list is read
#: again; empty before it is first read: then the list is read).
_OLD_WORDS: list[str] = []
_FIRST_WORD = LazyPattern(r"[a-z]++")


def _first_words(patterns: Sequence[str]) -> list[str]:
    """The words the old-date markers start with ("was", "original"); a marker that starts
    with no plain word is always looked for ("")."""
    words = (_FIRST_WORD.match(pattern.lower()) for pattern in patterns)
    return sorted({w.group(0) if w else "" for w in words}) or ["\x00"]


def _may_be_old(lowered: str) -> bool:
    """Whether ``lowered`` holds the first word of an old-date marker."""
    if not _OLD_WORDS:
        _lists()
    return any(word in lowered for word in _OLD_WORDS)


def may_be_moved(lowered: str) -> bool:
    """Whether ``lowered`` holds a word every match of :data:`MOVED_FROM` starts with.

    Examples
    --------
    >>> may_be_moved("postponed from may"), may_be_moved("runs from may")
    (True, False)
    """
    return "postpon" in lowered or "resched" in lowered or "defer" in lowered \
        or "moved" in lowered or "delay" in lowered or "slipp" in lowered \
        or "brought" in lowered or "put" in lowered or "push" in lowered \
        or "changed" in lowered


def _clause_before(text: str, start: int, width: int = 60) -> str:
    """The text of ``start``'s clause before it (at most ``width`` characters)."""
    window = text[max(0, start - width):start]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[ends[-1]:] if ends else window


def _is_changed_from(text: str, found: Found) -> bool:
    """Whether ``found`` opens with "from" after a change verb of its clause."""
    start = found[0]
    if text[start:start + 5].lower() != "from " and text[start:start + 5].lower() != "from\t":
        return False
    return _lists()[0].search(_clause_before(text, start)) is not None


def _range_split(text: str, found: Found, find: Finder) -> tuple[Found, str] | None:
    """A month range "from March to June 2026" after a change verb: the phrase of its last
    month and the words of its first ("from March")."""
    match = found[3]
    groups = match.re.groupindex
    if "month2" not in groups or not match.group("month2"):
        return None
    if not _TO_GAP.search(text, match.end("month"), match.start("month2")):
        return None
    new = find(match.start("month2"))
    if new is None or new[0] != match.start("month2"):
        return None
    return new, text[found[0]:match.end("month")].strip()


def changed_to(text: str, lowered: str, found: Found | None, find: Finder) -> Found | None:
    """The new date of a change "from X to Y" whose old date X is ``found``; None when
    ``found`` is no such old date (the text's cheap test first: it says "from").

    Parameters
    ----------
    text, lowered : str
        The text and its lower case.
    found : tuple or None
        The first timing phrase of the text.
    find : callable
        ``find(pos)``: the next timing phrase starting at or after ``pos``.

    Examples
    --------
    >>> import datetime as dt
    >>> from wlga_analysis.quarters import resolve_timing
    >>> resolve_timing("Rescheduled from May to July 2026.", dt.date(2026, 1, 10))[1]
    'July 2026'
    >>> resolve_timing("The course runs from May to July 2026.", dt.date(2026, 1, 10))[1]
    'from May to July 2026'
    """
    if found is None:
        return None
    if "from" not in lowered or not _is_changed_from(text, found):
        return _after_old(text, lowered, found, find)
    split = _range_split(text, found, find)
    if split is not None:
        return split[0]
    new = find(found[3].end())
    if new is not None and _TO_GAP.search(text, found[3].end(), new[0]):
        return new
    return None


def _after_old(text: str, lowered: str, found: Found, find: Finder) -> Found | None:
    """The date after ``found`` when ``found`` is an old date ("was March 2026, now June")."""
    if not _may_be_old(lowered) or not _old_marked(text, found):
        return None
    new = find(found[3].end())
    if new is None or _old_marked(text, new) or _PAST_GAP.search(text, found[3].end(), new[0]):
        return None
    return new


def _old_marked(text: str, found: Found) -> bool:
    return _lists()[1].search(_clause_before(text, found[0], 50)) is not None


def mark_changes(text: str, lowered: str, founds: Sequence[Found], out: list[Any],
                 find: Finder, again: Callable[[Found], Any]) -> list[Any]:
    """The timings ``out`` of the phrases ``founds`` with every changed date read: an old
    date's tense is "past" (kept among the other timings), its new date's "future" (the
    quarter read again by ``again(found)``); a month range "from March to June 2026" after a
    change verb becomes two timings, the old and the new.

    ``out`` holds one :class:`~wlga_analysis.quarters.Timing` per phrase (``quarter``,
    ``when``, ``tense``).

    Examples
    --------
    >>> import datetime as dt
    >>> from wlga_analysis.quarters import due_timing, quarter_label
    >>> quarter, when, others = due_timing("Was March 2026, now June 2026.",
    ...                                    dt.date(2026, 1, 10))
    >>> quarter_label(quarter), when, others
    ('2026-27 Q1', 'June 2026', ['March 2026'])
    """
    if not founds or ("from" not in lowered and len(founds) < 2):
        return out
    timing = type(out[0])
    result = list(out)
    extra: dict[int, Any] = {}  # an old date split off a range, before its new one
    may_be_old = len(founds) > 1 and _may_be_old(lowered)
    moved = _moved_indexes(text, lowered, founds)
    for i, found in enumerate(founds):
        if i in moved:
            _renew(result, i, founds, again, timing)  # "due in March, has slipped to June"
        elif "from" in lowered and _is_changed_from(text, found):
            split = _range_split(text, found, find)
            if split is not None:
                extra[i] = timing(out[i].quarter, split[1], "past")
                result[i] = timing(again(split[0]), _when(text, split[0]), "future")
            elif i + 1 < len(founds) and _TO_GAP.search(text, found[3].end(),
                                                       founds[i + 1][0]):
                _renew(result, i, founds, again, timing)
        elif may_be_old and i + 1 < len(founds) and _old_marked(text, found) \
                and not _old_marked(text, founds[i + 1]):
            _mark_old(text, i, founds, result, again, timing)
    if extra:
        result = [t for i, new in enumerate(result) for t in ((extra[i], new) if i in extra
                                                              else (new,))]
    return result


def _mark_old(text: str, i: int, founds: Sequence[Found], result: list[Any],
              again: Callable[[Found], Any], timing: type) -> None:
    """Timing ``i`` is an old date ("past"); the next one its new date ("future") unless a
    verb in the past stands between them ("was planned for May but took place in July")."""
    old, new = result[i], result[i + 1]
    result[i] = timing(old.quarter, old.when, "past")
    if new.tense != "future" and not _PAST_GAP.search(text, founds[i][3].end(),
                                                      founds[i + 1][0]):
        result[i + 1] = timing(again(founds[i + 1]), new.when, "future")


def _moved_indexes(text: str, lowered: str, founds: Sequence[Found]) -> set[int]:
    """The timings followed by their new date: only a change verb and "to" (which may open
    the next phrase, "slipped to June 2026") stand between them (the cheap test first)."""
    if len(founds) < 2 or " to " not in lowered or not may_be_moved(lowered):
        return set()
    out = set()
    for i in range(len(founds) - 1):
        m = _MOVED_TO.match(text, founds[i][3].end())
        if m is not None and m.end() >= founds[i + 1][0]:
            out.add(i)
    return out


def _renew(result: list[Any], i: int, founds: Sequence[Found],
           again: Callable[[Found], Any], timing: type) -> None:
    """Make timing ``i`` the old date ("past") and ``i + 1`` its new one ("future")."""
    old, new = result[i], result[i + 1]
    result[i] = timing(old.quarter, old.when, "past")
    if new.tense != "future":
        result[i + 1] = timing(again(founds[i + 1]), new.when, "future")


def _when(text: str, found: Found) -> str:
    return text[found[0]:found[3].end()].strip().rstrip(".")
