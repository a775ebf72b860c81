"""One scan of a text for the month names its timing phrases are built on.

Most timing phrases of :mod:`wlga_analysis.quarters` hold a month name ("from May 2022",
"Apr-Jun 2025", "following May's elections", "by 31st March 2022", "expected in November").
Searched for one pattern after another, each phrase was a scan of the whole text by the
regex engine: a month's capital letters are a set the engine tests character by character
(slowly), and a phrase that opens with a day's figures ("31st March 2022") is tried at
every position. :class:`TextScan` looks for the month names once per text; a phrase that
opens with a month (:data:`MONTH_FIRST`) is then tried only where one starts, and a phrase
that opens with a day before a month (:data:`DAY_FIRST`) only on the four characters
before the white space in front of one, when a day can end there. Either gives exactly
the matches of ``regex.finditer``: a match can start nowhere else (a month name holds one
capital letter, its first, so two names never overlap and one scan finds every place one
starts).

Examples
--------
>>> scan = TextScan("Held on 3rd May 2022; next in June.", "held on 3rd may 2022; next in june.")
>>> scan.months, scan.has_month
([12, 30], True)
>>> scan.day_starts()  # ("3rd" starts at 8: a day can start on 7 to 10; not "in June")
[7, 8, 9, 10]
>>> TextScan("The Mayor met.", "the mayor met.").has_month
False
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import Any

from wlga_analysis.text.dates import MONTH_NAMES
from wlga_analysis.text.phrase_starts import matches_from
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["DAY_FIRST", "MONTH_FIRST", "MONTH_STEMS", "TextScan", "matches_at"]

#: Where a month name starts (in any word: a phrase's month need not start one).
_MONTH_AT = compile_regex("|".join(MONTH_NAMES))
#: A month name as a whole capitalised word ("May", not "Mayor"), its start checked apart.
_MONTH_WORD = compile_regex("(?:" + "|".join(MONTH_NAMES) + ")(?![a-z])")

#: Lower-case strings one of which every month name holds ("mar" for "March" and "Mar"):
#: a text whose lower-cased words hold none names no month (it is not scanned).
MONTH_STEMS: frozenset[str] = frozenset(
    name for name in {n.lower() for n in MONTH_NAMES}
    if not any(other != name and other in name for other in {n.lower() for n in MONTH_NAMES}))

#: The last letters a day before a month can end with ("1st", "2nd", "3rd", "4th"; either
#: case), besides a figure.
_DAY_ENDS = frozenset("tdhTDH")

#: The timing phrases (by name, :data:`wlga_analysis.quarters.TIMING_PATTERNS`) whose every
#: match starts with a month name.
MONTH_FIRST: frozenset[str] = frozenset({"month year", "month range", "month's event",
                                         "month"})
#: Those whose every match is a day (one or two figures, then an optional "st", "nd", "rd"
#: or "th"), white space, then a month name.
DAY_FIRST: frozenset[str] = frozenset({"day month year"})


class TextScan:
    """The places of a text's month names, found once for all its timing phrases.

    Parameters
    ----------
    text, lowered : str
        The text, and ``text.lower()``.
    may_name_a_month : bool or int, default True
        False (or 0) when ``lowered`` holds none of :data:`MONTH_STEMS`: the text names no
        month, and is not scanned.

    Attributes
    ----------
    months : list of int
        Where a month name starts (in any word), in order.
    has_month : bool
        Whether a capitalised word of the text is a month name ("May", not "Mayor" or
        "reMay"): without one no phrase that needs a month is tried.

    Examples
    --------
    >>> text = "Due by end of March 2026 (was Jan)."
    >>> scan = TextScan(text, text.lower())
    >>> scan.months, [text[p:p + 3] for p in scan.months]
    ([14, 30], ['Mar', 'Jan'])
    """

    __slots__ = ("_chains", "_days", "has_month", "lowered", "months", "text")

    def __init__(self, text: str, lowered: str, may_name_a_month: bool | int = True) -> None:
        self.text, self.lowered = text, lowered
        self.months = [m.start() for m in _MONTH_AT.finditer(text)] if may_name_a_month \
            else []
        self.has_month = any(
            (p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_"))
            and _MONTH_WORD.match(text, p) is not None for p in self.months)
        self._days: list[int] | None = None
        self._chains: dict[Any, _Chain] = {}

    def day_starts(self) -> list[int]:
        """Where a day before a month name can start: each of the four characters before
        the white space in front of a month name (two figures and "st", at most) when the
        last of them can end a day (a figure, \\d: ``str.isdecimal``; or the last letter
        of "st", "nd", "rd", "th", in either case), in order."""
        if self._days is None:
            text, starts = self.text, set()
            for p in self.months:
                q = p
                while q > 0 and text[q - 1].isspace():  # (the pattern's \\s: str.isspace)
                    q -= 1
                # (a day ends with a figure or "st", "nd", "rd", "th": "in June" has none)
                if q < p and (text[q - 1] in _DAY_ENDS or text[q - 1].isdecimal()):
                    starts.update(range(max(0, q - 4), q))
            self._days = sorted(starts)
        return self._days

    def matches(self, regex: Any, name: str, pos: int) -> Iterator[re.Match[str]]:
        """The matches of ``regex.finditer(text, pos)`` for the timing phrase ``name``:
        tried only where a month name or a day before one starts for a phrase of
        :data:`MONTH_FIRST` or :data:`DAY_FIRST`, else as
        :func:`~wlga_analysis.text.phrase_starts.matches_from` finds them.

        Each pattern's matches are found once per text (a :class:`_Chain`): a text's
        timing phrases are looked for from each phrase in turn (the milestone rules, a
        changed date), and a pattern matching nowhere after a position was a scan to the
        text's end each time, quadratic in the phrases (issue #13)."""
        chain = self._chains.get(regex)
        if chain is None:
            chain = self._chains[regex] = _Chain(
                lambda at: self._matches(regex, name, at), pos)
        return chain.matches_from(pos)

    def _matches(self, regex: Any, name: str, pos: int) -> Iterator[re.Match[str]]:
        """The matches of :meth:`matches`, searched for afresh."""
        if name in MONTH_FIRST:
            starts = self.months
        elif name in DAY_FIRST:
            starts = self.day_starts()
        else:
            return matches_from(regex, name, self.text, self.lowered, pos)
        if not starts or starts[-1] < pos:
            return iter(())  # (none left: a later phrase is often looked for, and is none)
        return matches_at(regex, self.text, starts, pos)


class _Chain:
    """The matches of one pattern from ``since`` on (``found``), each the first after the
    one before, as ``search(since)`` gives them (found only as they are asked for).

    From a later position the matches are the chain's own from its first match starting
    there, unless a match of the chain before it spans the position (a match starting
    inside it was skipped): then they are searched for afresh.

    Examples
    --------
    >>> import re
    >>> pair = re.compile(r"\\d\\d")
    >>> chain = _Chain(lambda pos: pair.finditer("in 2024", pos), 0)
    >>> [m.group(0) for m in chain.matches_from(0)], [m.group(0) for m in chain.matches_from(5)]
    (['20', '24'], ['24'])
    >>> [m.group(0) for m in chain.matches_from(4)]  # (inside "20": searched afresh)
    ['02']
    """

    __slots__ = ("found", "rest", "search", "since", "starts")

    def __init__(self, search: Callable[[int], Iterator[re.Match[str]]], since: int) -> None:
        self.search, self.since = search, since
        self.rest: Iterator[re.Match[str]] | None = search(since)
        self.found: list[re.Match[str]] = []
        self.starts: list[int] = []

    def matches_from(self, pos: int) -> Iterator[re.Match[str]]:
        """The matches of ``search(pos)``: the chain's when it holds them (see the
        class), else searched for afresh."""
        if pos < self.since:
            return self.search(pos)
        k = bisect_left(self.starts, pos)
        if k and _after(self.found[k - 1]) > pos:
            return self.search(pos)
        return self._from(pos, k)

    def _from(self, pos: int, k: int) -> Iterator[re.Match[str]]:
        while True:
            if k < len(self.found):
                yield self.found[k]
                k += 1
                continue
            m = next(self.rest, None) if self.rest is not None else None
            if m is None:
                self.rest = None
                return
            self.found.append(m)
            self.starts.append(m.start())
            if m.start() < pos:
                if _after(m) > pos:  # (spans ``pos``: a match may start inside it)
                    yield from self.search(pos)
                    return
                k += 1


def _after(m: re.Match[str]) -> int:
    """Where a search goes on after the match ``m``."""
    return max(m.end(), m.start() + 1)


def matches_at(regex: Any, text: str, starts: list[int], pos: int) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text, pos)`` when every match starts at one of
    ``starts`` (in order): ``regex`` is tried there only, from ``pos``, each try after the
    end of the last match (as a search goes on from there).

    Examples
    --------
    >>> year = re.compile(r"\\d{4}")
    >>> [m.group(0) for m in matches_at(year, "in 2024 and 2025", [3, 4, 12], 0)]
    ['2024', '2025']
    """
    at = pos
    # (the first start at or after ``pos`` found by bisection: a text's later phrases are
    # looked for from each phrase in turn, and a walk from the first start each time made
    # that quadratic in the phrases, issue #13)
    for k in range(bisect_left(starts, pos), len(starts)):
        start = starts[k]
        if start < at:
            continue
        m = regex.match(text, start)  # (what a search tries at this position)
        if m is not None:
            yield m
            at = max(m.end(), start + 1)
