"""Where a timing phrase can start: the matches of a case-insensitive pattern found by
trying it only there.

The regex engine skips ahead quickly only for a pattern that starts with a fixed,
case-sensitive character; a case-insensitive pattern that starts with optional words
("(the )?(end|start|beginning|middle) of ... quarter two") is tried at every position of
the text, and the timing phrases of :mod:`wlga_analysis.quarters` spent most of their time
so. For each such phrase, :data:`PHRASE_STARTS` names what its match must start with (in
lower case: "the", "end", "early", a year's "19"/"20", ...); :func:`matches_from` looks for
those in the lower-cased text (case-sensitive, so the engine skips ahead) and tries the
phrase only where one starts. It gives exactly the matches of ``regex.finditer``: a match
can start nowhere else. (Only for ASCII text, where lower-casing keeps every character in
its place and the engine's case-insensitive matching is ``str.lower``.)

Examples
--------
>>> import re
>>> phrase = re.compile(r"(?i:(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?year)")
>>> text = "The end of the year, then the END of the year."
>>> [m.group(0) for m in matches_from(phrase, "end of calendar year", text, text.lower(), 0)]
['The end of the year', 'the END of the year']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["PHRASE_KEYWORDS", "PHRASE_NEEDS", "PHRASE_STARTS", "fold_case", "matches_from"]

#: Characters the regex engine matches case-insensitively to an ASCII letter that
#: ``str.lower`` keeps apart (dotless i, long s) or splits (the dot of a dotted capital I).
_CASE_EXTRAS = {0x131: "i", 0x17F: "s", 0x307: None}


def fold_case(lowered: str) -> str:
    """``lowered`` (a lower-cased text) with the characters the regex engine matches
    case-insensitively to an ASCII letter made that letter: a word a case-insensitive
    pattern matches in the text is then found in it by ``in``.

    Examples
    --------
    >>> fold_case("ſtarted by ı".lower())
    'started by i'
    """
    if lowered.isascii() or ("\u0131" not in lowered and "\u017f" not in lowered
                             and "\u0307" not in lowered):
        return lowered  # (three scans for the characters: far cheaper than a translate)
    return lowered.translate(_CASE_EXTRAS)

#: For a timing phrase (by its name in :data:`wlga_analysis.quarters.TIMING_PATTERNS`): what
#: every match of it starts with, in lower case. Each is read off the phrase's pattern:
#: its optional leading words, then its first required one.
PHRASE_STARTS: dict[str, str] = {
    # [(the) end/start/beginning/middle of] [2021-22] (the) quarter two | q2 | (the) first quarter
    "financial quarter": r"the\s|end\s|start\s|beginning\s|middle\s|19|20|quarter\s|q[1-4]"
                         r"|first\s|second\s|third\s|fourth\s|final\s|last\s",
    # (the) end of (the) (financial) year | (the) (financial) year-end
    "end of financial year": r"the\s|end\s|financial\s|year[-\s]",
    # (the) end of (the) (this) calendar year
    "end of calendar year": r"the\s|end\s",
    # (the) end/beginning/start/middle of | early | mid- | late, then a month
    "part of a month": r"the\s|end\s|beginning\s|start\s|middle\s|early\s|mid[-\s]|late\s",
    # between June and September
    "months": r"between\s",
    # (early) in the new year
    "new year": r"early\s|in\s",
    # early | mid | late | (the) end of, then a year
    "part of a year": r"early[-\s]|mid[-\s]|late[-\s]|the\s|end\s",
    # [early | mid | late | end of (the)] spring/summer/autumn/winter
    "season": r"early[-\s]|mid[-\s]|late[-\s]|end\s|spring|summer|autumn|winter",
    # within | in (the next), then a number of months
    "months ahead": r"within\s|in\s",
    # autumn/spring/summer term
    "school term": r"spring|summer|autumn",
}

#: For a timing phrase: strings one of which every match holds (in ``text.lower()``); a
#: phrase not listed holds a month name instead (:func:`wlga_analysis.quarters._worth_trying`).
PHRASE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "financial quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "end of financial year": ("end",),
    "end of calendar year": ("calendar",),
    "new year": ("new year",),
    "part of a year": ("early", "mid", "late", "end"),
    "season": ("spring", "summer", "autumn", "winter"),
    "school term": ("term",),
    "months ahead": ("month",),
    "numeric date": ("/",),
    "short numeric date": ("/", "."),
}
#: More strings one of which a match must contain, looked for in the text folded as the
#: regex engine folds case (see :func:`fold_case`): cheap tests that let most texts skip
#: most patterns (a pattern not listed needs only its keywords or a month name).
PHRASE_NEEDS: dict[str, frozenset[str]] = {
    "end of financial year": frozenset({"year"}),
    "end of calendar year": frozenset({"year"}),
    "part of a month": frozenset({"end", "start", "beginning", "early", "mid", "late"}),
    "months": frozenset({"between"}),
    "part of a year": frozenset({"19", "20"}),
    "day month year": frozenset({"19", "20"}),
    "month year": frozenset({"19", "20"}),
    "numeric date": frozenset({"19", "20"}),
    "dashed date": frozenset({"-"}),
    # two months joined by a dash or "to": "Apr-Jun 2025", "January to March 2026"
    "month range": frozenset({"-", "\u2013", "\u2014", " to "}),
    # a month of two figures after its separator: "14.02.25", "31/12/24"
    "short numeric date": frozenset({".0", ".1", "/0", "/1"}),
    "month's event": frozenset({"'s", "\u2019s", "election", "meeting", "conference"}),
}

_COMPILED: dict[str, re.Pattern[str]] = {}


def matches_from(regex: Any, name: str, text: str, lowered: str,
                 pos: int) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text, pos)``, found by trying ``regex`` only where
    the phrase ``name`` can start (see :data:`PHRASE_STARTS`; every position for a phrase
    not listed there or a text that is not ASCII).

    Parameters
    ----------
    regex : re.Pattern
        The phrase's pattern.
    name : str
        The phrase's name.
    text, lowered : str
        The text, and ``text.lower()``.
    pos : int
        Where to start looking.
    """
    source = PHRASE_STARTS.get(name)
    if source is None or not text.isascii():
        return regex.finditer(text, pos)
    starts = _COMPILED.get(name)
    if starts is None:
        starts = _COMPILED[name] = compile_regex(source)
    return _tried_at_starts(regex, starts, text, lowered, pos)


def _tried_at_starts(regex: Any, starts: re.Pattern[str], text: str, lowered: str,
                     pos: int) -> Iterator[re.Match[str]]:
    at = pos
    while (start := starts.search(lowered, at)) is not None:
        here = start.start()
        m = regex.match(text, here)  # what a search tries at this position
        if m is None:
            at = here + 1
            continue
        yield m
        at = max(m.end(), here + 1)  # a search goes on from the match's end
