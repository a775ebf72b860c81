"""UK financial years and quarters, and timing phrases resolved to quarters.

The UK public-sector financial year runs from 1 April to 31 March; it is labelled
``"2021-22"`` and its quarters are Q1 = April-June ... Q4 = January-March. Quarters are
pandas :class:`~pandas.Period` objects with ``freq="Q-MAR"`` (pandas' own label for them,
``2022Q2``, names the calendar year the financial year *ends* in, so it is never shown:
use :func:`quarter_label`).

Timing phrases in programme items ("within quarter two", "late Autumn 2021", "following
May's elections", "by 31st March 2022", ...) are resolved by :func:`resolve_timing`, which
uses the single table of phrase patterns :data:`TIMING_PATTERNS`.

Examples
--------
>>> import datetime as dt
>>> financial_year_label(dt.date(2021, 10, 22))
'2021-22'
>>> quarter_label(to_quarter(dt.date(2021, 10, 22)))
'2021-22 Q3'
>>> resolve_timing("recruitment is scheduled for late Autumn 2021.", dt.date(2021, 10, 22))
(Period('2022Q3', 'Q-MAR'), 'late Autumn 2021')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pandas as pd

from wlga_analysis.financial_year import (  # noqa: F401 (the public ones re-exported)
    FREQ,
    _as_date,
    _fy_start_of_label,
    _quarter_of_fy,
    financial_year_label,
    financial_year_start,
    quarter_label,
    to_quarter,
)
from wlga_analysis.text.dates import (
    DAY_MONTH_YEAR,
    MONTH_COUNT,
    MONTH_RE,
    month_after,
    month_number,
)
from wlga_analysis.text.done_by import done_by
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.milestone import milestone
from wlga_analysis.text.phrase_starts import PHRASE_KEYWORDS, PHRASE_NEEDS
from wlga_analysis.text.phrase_starts import fold_case as _folded
from wlga_analysis.text.prefilter import SHARED_WORDS, LiteralGate
from wlga_analysis.text.regex_cache import compile_regex
from wlga_analysis.text.rows import FrozenRow
from wlga_analysis.text.tense import clause_tense as _tense
from wlga_analysis.text.timing_changes import MOVED_FROM, changed_to, mark_changes, may_be_moved
from wlga_analysis.text.timing_scan import MONTH_STEMS, TextScan

# Month names are matched case-sensitively (capitalised) so that the verb "may" is not May
# (MONTH_RE, MONTH_NAMES and month_number are defined once in wlga_analysis.text.dates).

_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
#: A school (and council) term: its first month, last month and the month it stands for
#: (the autumn term, September to December: November, in the third quarter).
_TERMS: dict[str, tuple[int, int, int]] = {"autumn": (9, 12, 11), "spring": (1, 4, 2),
                                           "summer": (4, 7, 6)}
_QUARTER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
}

# An optional leading preposition kept in the phrase ("within quarter two", "by 31st March").
_PREP = r"(?:(?i:expected|due)\s+)?" \
        r"(?i:within|in|during|by|from|before|until|after|following|ahead\s+of|" \
        r"at|over|throughout|through|(?:slipped|moved|postponed|deferred|rescheduled|delayed|" \
        r"pushed\s+back|put\s+back|brought\s+forward)\s+to)\s+"
#: A preposition before a timing phrase, looked for just before it (and kept in ``when``).
PREFIX: re.Pattern[str] = compile_regex(rf"(?:(?<=\s)|^){_PREP}(?:(?i:the)\s+)?$")
#: The same for an ASCII text lower-cased: case-sensitive (no case folding: 3 times quicker).
_PREFIX_LOWER = compile_regex(r"(?<!\S)" + _PREP.replace("(?i:", "(?:") + r"(?:the\s+)?$")
#: "for" also makes a bare month a timing ("scheduled for September"), but is not kept.
_FOR: re.Pattern[str] = LazyPattern(r"(?:(?<=\s)|^)(?i:for)\s+$")  # type: ignore[assignment]
#: A financial year after a quarter: "2024-25", "2024/25", "2024-2025", or two digits each
#: ("24/25", as in "Q3 24/25").
_FY = r"(?:(?P<fy>(?:19|20)\d{2})\s*[-–/]\s*(?P<fy2>\d{2}|\d{4})|(?P<fys>\d{2})/(?P<fys2>\d{2})\b)"
_FY_BEFORE = r"(?P<fyb>(?:19|20)\d{2})\s*[-–/]\s*(?P<fyb2>\d{2}|\d{4})"
_QWORD = r"(?P<q>one|two|three|four|[1-4])"


class TimingPattern(FrozenRow):
    """One row of :data:`TIMING_PATTERNS`.

    Attributes
    ----------
    name : str
        Short name of the kind of phrase.
    regex : re.Pattern
        The phrase; the whole match (without a leading space) becomes ``when``.
    resolve : callable
        ``resolve(match, document_date) -> Period | None``.
    example : str
        A phrase it matches.
    prefix_required : bool
        Whether the phrase only counts after a preposition (:data:`PREFIX`), which then
        belongs to the phrase either way ("by 31st March 2022").
    reads_tense : bool
        Whether its quarter depends on the tense of its clause (False for a phrase that
        states its year: its clause is not read for it).

    Examples
    --------
    >>> pattern = next(p for p in TIMING_PATTERNS if p.name == "day month year")
    >>> pattern.name, pattern.example, pattern.prefix_required
    ('day month year', 'by 31st March 2022', False)
    >>> match = pattern.regex.search(pattern.example)
    >>> match.group(0)
    '31st March 2022'
    >>> quarter_label(pattern.resolve(match, dt.date(2021, 10, 22)))
    '2021-22 Q4'
    >>> [p.name for p in TIMING_PATTERNS if p.prefix_required]
    ['month']
    """

    _fields = ("name", "regex", "resolve", "example", "prefix_required", "reads_tense")
    __slots__ = tuple(sorted(_fields))

    def __init__(self, name: str, regex: re.Pattern[str], resolve: Callable[..., Any],
                 example: str, prefix_required: bool = False, reads_tense: bool = True) -> None:
        self._set(name=name, regex=regex, resolve=resolve, example=example,
                  prefix_required=prefix_required, reads_tense=reads_tense)


def _fy_start_year(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    for name in ("fy", "fyb"):
        if groups.get(name):
            return int(groups[name])
    short, end = groups.get("fys"), groups.get("fys2")
    if short and end and int(end) == (int(short) + 1) % 100:  # "24/25": 2024-25
        return 2000 + int(short)
    return None


@lru_cache(maxsize=512)
def _quarter_end(start_year: int, quarter: int) -> dt.date:
    """The last day of quarter ``quarter`` of the financial year starting in ``start_year``."""
    return _quarter_of_fy(start_year, quarter).end_time.date()


def _doc_fy_start(document_date: dt.date | None) -> int | None:
    if document_date is None:
        return None
    return document_date.year if document_date.month >= 4 else document_date.year - 1


@lru_cache(maxsize=1024)
def _month_period(year: int, month: int) -> pd.Period:
    return pd.Period(year=year, month=month, day=1, freq="D").asfreq(FREQ)


def _next_month(month: int, document_date: dt.date | None,
                past: bool = False) -> pd.Period | None:
    """The first ``month`` on or after the document's month (the last one on or before it
    when the sentence is in the past tense: "was held in January")."""
    if document_date is None:
        return None
    if past:
        year = document_date.year if month <= document_date.month else document_date.year - 1
    else:
        year = document_date.year if month >= document_date.month else document_date.year + 1
    return _month_period(year, month)


def _r_quarter(m: re.Match[str], document_date: dt.date | None, fy_start: int | None = None,
               past: bool = False, future: bool = False) -> pd.Period | None:
    q = _QUARTER_WORDS[m.group("q").lower()]
    stated = _fy_start_year(m)
    start = stated or fy_start or _doc_fy_start(document_date)
    if start is None:
        return None
    quarter = _quarter_of_fy(start, q)
    if future and not stated and document_date is not None \
            and _quarter_end(start, q) < document_date:
        quarter = _quarter_of_fy(start + 1, q)  # "will ... by Q2" in a Q4 update: next Q2
    return quarter


def _r_year_end(m: re.Match[str], document_date: dt.date | None, fy_start: int | None = None,
                past: bool = False, future: bool = False) -> pd.Period | None:
    start = _fy_start_year(m) or fy_start or _doc_fy_start(document_date)
    return None if start is None else _quarter_of_fy(start, 4)


def _r_calendar_year_end(m: re.Match[str], document_date: dt.date | None,
                         fy_start: int | None = None, past: bool = False,
                         future: bool = False) -> pd.Period | None:
    if m.groupdict().get("year"):
        return _month_period(int(m.group("year")), 12)
    return None if document_date is None else _month_period(document_date.year, 12)


def _r_month_part(m: re.Match[str], document_date: dt.date | None,
                  fy_start: int | None = None, past: bool = False,
                  future: bool = False) -> pd.Period | None:
    month, year = month_number(m.group("month")), m.group("year") or m.groupdict().get("year2")
    if year:  # ("between June and September 2025": the range's year is June's too)
        return _month_period(int(year), month)
    return _next_month(month, document_date, past)


#: The month an unqualified part of a calendar year stands for ("early 2025": February).
_YEAR_PART_MONTH: dict[str, int] = {"early": 2, "mid": 7, "late": 11, "end": 12}


def _r_year_part(m: re.Match[str], document_date: dt.date | None,
                 fy_start: int | None = None, past: bool = False,
                 future: bool = False) -> pd.Period | None:
    part = m.group("part").lower().split()[0].rstrip("-")
    return _month_period(int(m.group("year")), _YEAR_PART_MONTH[part])


def _r_term(m: re.Match[str], document_date: dt.date | None, fy_start: int | None = None,
            past: bool = False, future: bool = False) -> pd.Period | None:
    """A school term: of the year printed, else the last that had begun by the paper's date
    (past tense) or the first not yet over (otherwise)."""
    first, last, month = _TERMS[m.group("term").lower()]
    if m.group("year"):
        year = int(m.group("year"))
    elif document_date is None:
        return None
    elif past:
        year = document_date.year - (first > document_date.month)
    else:
        year = document_date.year + (last < document_date.month)
    return _month_period(year, month)


def _r_season(m: re.Match[str], document_date: dt.date | None, fy_start: int | None = None,
              past: bool = False, future: bool = False) -> pd.Period | None:
    first = _SEASONS[m.group("season").lower()]
    part = (m.group("part") or "").lower()
    offset = {"early": 0, "late": 2, "end": 2}.get(part, 1)
    if m.group("year"):
        year = int(m.group("year"))
    elif document_date is None:
        return None
    elif past:  # the last such season that had begun by the document date
        year = document_date.year if first <= document_date.month else document_date.year - 1
    else:
        # The season (of this year, or the winter that started last December) that has not
        # ended yet on the document date; otherwise next year's.
        year = document_date.year - (1 if first == 12 and document_date.month <= 2 else 0)
        end = (year + (first + 1) // 12, (first + 1) % 12 + 1)  # the season's last month
        if end < (document_date.year, document_date.month):
            year += 1
    month = first + offset
    return _month_period(year + (month - 1) // 12, (month - 1) % 12 + 1)


def _r_date(m: re.Match[str], document_date: dt.date | None, fy_start: int | None = None,
            past: bool = False, future: bool = False) -> pd.Period | None:
    return _month_period(int(m.group("year")), month_number(m.group("month")))


def _r_numeric_date(m: re.Match[str], document_date: dt.date | None,
                    fy_start: int | None = None, past: bool = False,
                    future: bool = False) -> pd.Period | None:
    """The month of a date printed in figures, day first ("31/03/2025"), or with its month's
    name ("31-Mar-26"); None for one that is no date ("31/13/2025")."""
    month, year = m.group("month"), int(m.group("year"))
    month = int(month) if month.isdigit() else month_number(month)
    year += 2000 if year < 100 else 0  # "14.02.25"
    return _month_period(year, month) if 1 <= month <= 12 else None


def _r_month_range(m: re.Match[str], document_date: dt.date | None,
                   fy_start: int | None = None, past: bool = False,
                   future: bool = False) -> pd.Period | None:
    """The quarter a range of months starts in ("Apr-Jun 2025": 2025-26 Q1); the year is the
    last month's ("Nov-Jan 2026": November 2025)."""
    first, last = month_number(m.group("month")), month_number(m.group("month2"))
    year = int(m.group("year"))
    return _month_period(year if first <= last else year - 1, first)


def _r_month(m: re.Match[str], document_date: dt.date | None, fy_start: int | None = None,
             past: bool = False, future: bool = False) -> pd.Period | None:
    return _next_month(month_number(m.group("month")), document_date, past)


def _r_months_ahead(m: re.Match[str], document_date: dt.date | None,
                    fy_start: int | None = None, past: bool = False,
                    future: bool = False) -> pd.Period | None:
    """The month "within 6 months" of the paper's date ends in (in the past tense it is a
    duration, "ran for six months": no quarter)."""
    if past or document_date is None:
        return None
    return _month_period(*month_after(document_date, MONTH_COUNT[m.group("n").lower()]))


_p = LazyPattern  # a phrase pattern is compiled when first tried


#: The phrase patterns, tried together: the leftmost match in the text wins (the longest
#: one when two start at the same place). Month names must be capitalised; everything else
#: is case-insensitive. A bare year ("from 2022") is deliberately not a timing.
TIMING_PATTERNS: tuple[TimingPattern, ...] = (
    TimingPattern(
        "financial quarter",
        _p(rf"(?i:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:{_FY_BEFORE}\s+)?"
           rf"(?i:(?:the\s+)?quarter\s+{_QWORD}|q(?P<qn>[1-4])\b|"
           rf"(?:the\s+)?(?P<qo>first|second|third|fourth|final|last)\s+quarter\b)"
           rf"(?:\s+(?i:of\s+)?(?:(?i:FY|financial\s+year)\s+)?{_FY})?"),
        lambda m, d, **context: _r_quarter(_QMatch(m), d, **context),
        "within quarter two"),
    TimingPattern(
        "end of financial year",
        _p(rf"(?i:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:this\s+|current\s+)?"
           rf"(?:financial\s+)?year|(?:the\s+)?(?:financial\s+)?year[-\s]end)"
           rf"(?:\s+{_FY})?"),
        _r_year_end, "before the end of the financial year", reads_tense=False),
    TimingPattern(
        "end of calendar year",
        _p(r"(?i:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:this\s+)?calendar\s+year)"
           r"(?:\s+(?P<year>(?:19|20)\d{2})\b(?![-–/]\d))?"),
        _r_calendar_year_end, "by the end of the calendar year", reads_tense=False),
    TimingPattern(
        "part of a month",
        _p(rf"(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|early\s+|mid[-\s]|"
           rf"late\s+)(?P<month>{MONTH_RE})(?:(?:\s*,)?\s+(?P<year>(?:19|20)\d{{2}})\b"
           rf"(?![-–/]\d))?"),
        _r_month_part, "by the end of March"),
    TimingPattern(
        "months",
        _p(rf"(?i:between\s+)(?P<month>{MONTH_RE})(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
           rf"\s+(?i:and|to)\s+(?:{MONTH_RE})(?:\s+(?P<year2>(?:19|20)\d{{2}}))?"),
        _r_month_part, "between June and September"),
    TimingPattern(
        "new year",
        _p(r"(?i:(?:early\s+)?in\s+the\s+new\s+year)"),
        lambda m, d, past=False, **context: _next_month(1, d, past), "in the new year"),
    TimingPattern(
        "part of a year",
        _p(r"(?P<part>(?i:early|mid|late|(?:the\s+)?end\s+of))[-\s]+"
           r"(?P<year>(?:19|20)\d{2})\b(?![-–/]\d)"),
        _r_year_part, "expected early 2025", reads_tense=False),
    TimingPattern(
        "day month year",
        _p(DAY_MONTH_YEAR),  # (a date line's own pattern: compiled once for both)
        _r_date, "by 31st March 2022", reads_tense=False),
    TimingPattern(  # day first, as in the UK
        "numeric date",
        _p(r"(?<![\d/.])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d{2})\b"
           r"(?![/.]\d)"),
        _r_numeric_date, "by 31/03/2025", reads_tense=False),
    TimingPattern(  # day and month of two figures each, a dot or a two-figure year
        "short numeric date",
        _p(r"(?<![\d/.])(?P<day>[0-3]\d)(?P<sep>[/.])(?P<month>[01]\d)(?P=sep)"
           r"(?P<year>(?:19|20)\d{2}|\d{2})\b(?![/.]\d)"),
        _r_numeric_date, "by 14.02.25", reads_tense=False),
    TimingPattern(  # a spreadsheet's date: "31-Mar-26", "30-Sep-2026"
        "dashed date",
        _p(rf"(?<![\w-])(?P<day>[0-3]?\d)-(?P<month>{MONTH_RE})-"
           r"(?P<year>(?:19|20)\d{2}|\d{2})\b(?!-\d)"),
        _r_numeric_date, "by 31-Mar-26", reads_tense=False),
    TimingPattern(  # a quarter printed as its months: "Apr-Jun 2025", "January to March 2026"
        "month range",
        _p(rf"(?P<month>{MONTH_RE})(?:\s*[-–—]\s*|\s+(?i:to)\s+)(?P<month2>{MONTH_RE})"
           rf"(?:\s*,)?\s+(?P<year>(?:19|20)\d{{2}})\b(?![-–/]\d)"),
        _r_month_range, "delayed to Jan-Mar 2026", reads_tense=False),
    TimingPattern(
        "month year",
        _p(rf"(?P<month>{MONTH_RE})(?:\s*,)?\s+(?P<year>(?:19|20)\d{{2}})\b"
           rf"(?![-–/]\d)"),
        _r_date, "from May 2022", reads_tense=False),
    TimingPattern(
        "season",
        _p(r"(?i:(?P<part>early|mid|late|end\s+of)[-\s]+(?:the\s+)?)?"
           r"(?P<season>(?i:spring|summer|autumn|winter))\b"
           r"(?:\s+(?i:of\s+)?(?P<year>(?:19|20)\d{2})\b(?![-–/]\d))?"  # ("autumn of 2026")
           # not a name: "Autumn Statement", "Summer School", "winter pressures"
           r"(?!\s+(?:[A-Z]|(?i:statements?|schools?|budgets?|pressures?|terms?|sessions?|"
           r"editions?|issues?|campaigns?|newsletters?|conferences?|programmes?|plans?|"
           r"funding|grants?|fairs?|festivals?|events?)\b))"),
        _r_season, "late Autumn 2021"),
    TimingPattern(  # a school term: "during the autumn term", "by the summer term 2026"
        "school term",
        _p(r"(?P<term>(?i:spring|summer|autumn))\s+(?i:term)\b"
           r"(?:\s+(?P<year>(?:19|20)\d{2})\b(?![-–/]\d))?"),
        _r_term, "during the autumn term"),
    TimingPattern(  # a number of months from the paper's date (a duration when past)
        "months ahead",
        _p(r"(?i:within|in\s+the\s+next|in)\s+(?P<n>(?i:\d{1,2}|"
           + "|".join(sorted((w for w in MONTH_COUNT if not w.isdigit()), key=len, reverse=True))
           + r"))\s+(?i:months?)\b"),
        _r_months_ahead, "within 6 months"),
    TimingPattern(
        "month's event",
        _p(rf"(?P<month>{MONTH_RE})(?:['’]s(?:\s+(?i:(?:[a-z-]+\s+)?elections?|meetings?|council|"
           rf"conference|budget|deadline))?|\s+(?i:(?:local\s+|general\s+|council\s+)?elections?|meetings?|conference)\b)"),
        _r_month, "following May's elections"),
    TimingPattern(
        "month",
        _p(rf"(?P<month>{MONTH_RE})(?!\s*\d|,\s*(?:19|20)\d\d\b)"),
        _r_month, "expected in November", prefix_required=True),
)


class _QMatch:
    """Adapter giving the three quarter spellings one ``q`` group."""

    def __init__(self, match: re.Match[str]):
        self._m = match

    def group(self, name: str) -> str:
        if name == "q":
            return self._m.group("q") or self._m.group("qn") or self._m.group("qo")
        return self._m.group(name)

    def groupdict(self) -> dict[str, Any]:
        return self._m.groupdict()


_KEYWORD_SETS = {name: frozenset(words) for name, words in PHRASE_KEYWORDS.items()}
_LITERALS = tuple(sorted(set().union(*_KEYWORD_SETS.values(), *PHRASE_NEEDS.values(),
                                     MONTH_STEMS)))
#: Bit i: _LITERALS[i] is in a text (its words shared with the other gates of an item).
_LITERAL_GATE = LiteralGate([(k,) for k in _LITERALS], SHARED_WORDS)


def _bits(words: frozenset[str] | None) -> int | None:
    return None if words is None else sum(1 << _LITERALS.index(w) for w in words)


_GATES = tuple((p, _bits(_KEYWORD_SETS.get(p.name)), _bits(PHRASE_NEEDS.get(p.name)))
               for p in TIMING_PATTERNS)
_ANY_KEYWORD = _bits(frozenset().union(*_KEYWORD_SETS.values()))
_A_MONTH = _bits(MONTH_STEMS)  # (a text without one names no month: it is not scanned)


def _worth_trying(lowered: str, said: int, has_month: bool) -> list[TimingPattern] | None:
    """The patterns a text could hold, by cheap substring tests (keep long documents fast):
    a month name or one of its keywords (``said``: :data:`_LITERAL_GATE`'s bits of
    ``lowered``), and one of its needs; None when the text names neither a month nor a
    keyword."""
    if not has_month and not said & _ANY_KEYWORD:  # type: ignore[operator]
        return None  # most sentences name no time at all
    folded = _folded(lowered)
    present = said if folded is lowered else _LITERAL_GATE.candidates(folded)
    return _patterns_for(said, present, has_month)


@lru_cache(maxsize=4096)
def _patterns_for(said: int, present: int, has_month: bool) -> list[TimingPattern]:
    """The patterns worth trying on a text whose keywords are ``said`` and whose needs are
    ``present`` (bits of :data:`_LITERALS`): the same few combinations come again and
    again, each worked out once. (Read-only: the list is shared.)"""
    return [pattern for pattern, keywords, needs in _GATES
            if (has_month if keywords is None else keywords & said)
            and (needs is None or needs & present)]


#: The start year of a financial year's label ("2021-22": 2021), each label read once.
_fy_start_cached = lru_cache(maxsize=64)(_fy_start_of_label)
_FUTURE_PHRASE = compile_regex(r"(?i:expected|due|scheduled|planned|(?:delay|postpon)ed\s+to)\b")
_DEADLINE = compile_regex(r"(?i:by|before|until|no\s+later\s+than)\b")
_SEASON_CONTEXT = LazyPattern(r"(?i:\b(?:this|next|last|the|for)\s+)$")


def resolve_timing(text: str, document_date: Any,
                   financial_year: str | None = None) -> tuple[pd.Period | None, str | None]:
    """Find the first timing phrase in ``text`` and resolve it to a financial quarter.

    Relative phrases are resolved in the document's own financial year and relative to
    its date: a quarter number or "the end of the financial year" means that quarter of
    the document's year; a month or season without a year means the next one on or after
    the document's month. See :data:`TIMING_PATTERNS`.

    Parameters
    ----------
    text : str
        Item text.
    document_date : date, Timestamp, Period, ISO string or None
        The document's date. Without it only phrases with a year resolve.
    financial_year : str, optional
        The financial year the document reports on ("2024-25"), when it is not the one
        the date falls in (a year-end update dated in April): quarter numbers and "the end
        of the financial year" are read in it. Default: the date's financial year.

    Returns
    -------
    (Period or None, str or None)
        The quarter and the phrase it came from; ``(None, None)`` if there is no timing.

    Examples
    --------
    >>> import datetime as dt
    >>> d = dt.date(2021, 10, 22)
    >>> resolve_timing("appointed within quarter two, however", d)
    (Period('2022Q2', 'Q-MAR'), 'within quarter two')
    >>> resolve_timing("is planned following May's elections.", d)
    (Period('2023Q1', 'Q-MAR'), "following May's elections")
    >>> resolve_timing("targets will be met by 31st March 2022.", d)
    (Period('2022Q4', 'Q-MAR'), 'by 31st March 2022')
    >>> resolve_timing("with an initial meeting expected in November.", d)
    (Period('2022Q3', 'Q-MAR'), 'expected in November')
    >>> resolve_timing("support for new Members from 2022", d)
    (None, None)

    A month in a sentence about the past is the last one, not the next; a year may come
    before the quarter; "the Autumn Statement" is not a timing:

    >>> resolve_timing("The conference was held in September.", d)
    (Period('2022Q2', 'Q-MAR'), 'in September')
    >>> quarter_label(resolve_timing("now planned for 2022-23 Q1", d)[0])
    '2022-23 Q1'
    >>> resolve_timing("a briefing on the Autumn Statement", d)
    (None, None)
    >>> quarter_label(resolve_timing("was completed in Q4", dt.date(2025, 4, 28),
    ...                              financial_year="2024-25")[0])
    '2024-25 Q4'

    A date moved from one time to another is due at the new one:

    >>> resolve_timing("was postponed from December 2021 to April 2022", d)
    (Period('2023Q1', 'Q-MAR'), 'April 2022')
    >>> resolve_timing("planned for December 2021, has moved to April 2022", d)
    (Period('2023Q1', 'Q-MAR'), 'moved to April 2022')
    """
    if not isinstance(text, str) or not text:
        return None, None
    lowered = text.lower()
    said = _LITERAL_GATE.candidates(lowered)
    scan = TextScan(text, lowered, said & _A_MONTH)  # (its months, found once for all)
    worth = _worth_trying(lowered, said, scan.has_month)
    if not worth:  # (None: no month or keyword; []: no pattern has what it needs)
        return None, None
    found = _find_phrase(text, 0, scan, worth)
    # "started in July and will finish in March": the end is the milestone
    end = found and _may_end_later(_folded(lowered)) and _ENDS_LATER.search(text, found[3].end())
    if end:
        found = _find_phrase(text, end.end(), scan, worth) or found
    # "postponed from December 2026 to April 2027": the new date is the milestone
    new = changed_to(text, lowered, found, lambda pos: _find_phrase(text, pos, scan, worth))
    moved = not new and found and "from" in lowered and may_be_moved(lowered) \
        and MOVED_FROM.search(text, 0, found[3].end())
    if moved and moved.start() <= found[0] <= moved.end():
        new = _find_phrase(text, found[3].end(), scan, worth)
    found = new or found
    # "appointed in May 2026, for approval by June 2025": the deadline; "planned for
    # December, has moved to April": the new date (text.milestone)
    found = milestone(text, lowered, found, lambda pos: _find_phrase(text, pos, scan, worth))
    if found is None:
        return None, None
    period, phrase, _tense_of = _resolve_found(text, found, _as_date(document_date),
                                               financial_year, tense_wanted=False)
    return period, phrase


_Found = tuple[int, int, TimingPattern, re.Match[str]]
_ENDS_LATER = LazyPattern(r"\b(?:and|but)\s++(?:will|is\s++(?:due|expected)\s++to)\s++"
                         r"(?:(?:finish|end|complete|conclude|close)\b|(?:be\s++)?[a-z]+\s++again\b|"
                         r"next\s++[a-z]+\b)", re.IGNORECASE)  # ("met in June and will meet again")


def _may_end_later(folded: str) -> bool:
    """Whether ``folded`` holds the words every match of :data:`_ENDS_LATER` holds."""
    return ("and" in folded or "but" in folded) \
        and ("will" in folded or "due" in folded or "expected" in folded) \
        and any(verb in folded for verb in ("finish", "end", "complete", "conclude", "close",
                                            "again", "next"))


def _find_phrase(text: str, pos: int, scan: TextScan,
                 worth: list[TimingPattern]) -> _Found | None:
    """The leftmost timing phrase starting at or after ``pos`` (the longest one when two
    start at the same place): ``(start, -end, pattern, match)``; ``scan``: the text's
    :class:`~wlga_analysis.text.timing_scan.TextScan`; ``worth``: the patterns the text
    could hold (:func:`_worth_trying`)."""
    best: _Found | None = None
    prefix, subject = (_PREFIX_LOWER, scan.lowered) if text.isascii() else (PREFIX, text)
    for pattern in worth:
        for m in scan.matches(pattern.regex, pattern.name, pos):
            at = m.start()
            if best is not None and at - 40 > best[0]:
                break  # a phrase starts at most 40 characters before its match: too late
            # a preposition ends with white space: look for one only after white space
            before = prefix.search(subject, max(pos, at - 40), at) \
                if at > pos and text[at - 1].isspace() else None
            if before is None and pattern.prefix_required and \
                    not _FOR.search(text, max(0, at - 10), at):
                continue
            if pattern.name == "season" and before is None and not m.group("part") \
                    and not m.group("year") \
                    and not _SEASON_CONTEXT.search(text, max(0, at - 10), at):
                continue  # "Summer" alone may be a name; "this summer", "in summer" are not
            start = at if before is None else before.start()
            key = (start, start - m.end())
            if best is None or key < best[:2]:
                best = (key[0], key[1], pattern, m)
            break
    return best


def _resolve_found(text: str, found: _Found, day: dt.date | None, financial_year: str | None,
                   tense_wanted: bool = True) -> tuple[pd.Period | None, str, str | None]:
    """The quarter, phrase and tense of a phrase found by :func:`_find_phrase` (the tense
    None, unread, when it is not ``tense_wanted`` and the phrase does not read it)."""
    start, _, pattern, m = found
    fy_start = _fy_start_cached(financial_year) if financial_year else None
    phrase = text[start:m.end()].strip().rstrip(".")
    # a deadline ("by June") looks ahead whatever the tense
    # "expected in June" looks ahead whatever the rest of the sentence says
    tense = None
    if tense_wanted or pattern.reads_tense:
        tense = "future" if _FUTURE_PHRASE.match(phrase) else _tense(text, start, m.end())
    deadline = bool(_DEADLINE.match(phrase))
    try:
        if deadline and done_by(text, start, day, pattern.resolve(m, day, fy_start=fy_start,
                                                                  past=True)):
            deadline, tense = False, "past"  # "had signed up by the end of September"
        period = pattern.resolve(m, day, fy_start=fy_start,
                                 past=tense == "past" and not deadline,
                                 future=tense == "future")
    except (KeyError, ValueError):  # e.g. "31st February"
        period = None
    return period, phrase, tense


class Timing(FrozenRow):
    """One timing phrase of a text, resolved (see :func:`timing_phrases`).

    Attributes
    ----------
    quarter : Period or None
        The financial quarter it stands for (None when it cannot be placed).
    when : str
        The phrase as printed, with its preposition ("scheduled for" is not kept).
    tense : str or None
        "future" (still to happen: "will", "scheduled for", "expected in", "slipped to", a
        deadline "by ..."), "past", or None when the clause does not say.

    Examples
    --------
    >>> Timing(None, "in the new year", "future").tense
    'future'
    """

    _fields, __slots__ = ("quarter", "when", "tense"), ("quarter", "tense", "when")

    def __init__(self, quarter: pd.Period | None, when: str, tense: str | None) -> None:
        self._set(quarter=quarter, when=when, tense=tense)


#: Words just before a phrase that make it a new date for work still to happen
#: ("slipped to", "now expected", "rescheduled for").
_LOOKS_AHEAD = LazyPattern(r"(?i:\b(?:scheduled|expected|due|planned|slipped|moved|postponed|"
                          r"deferred|rescheduled|delayed|pushed\s+back|put\s+back|"
                          r"brought\s+forward|will(?:\s+\w+){0,3}|to\s+(?:commence|start|"
                          r"begin|run|take\s+place)|(?:is|are)\s+to\s+\w+|"
                          # work under way now: "is being arranged for", "now being prepared
                          # for launch in", "its courses run until" (not "were run in")
                          r"(?<!\bwas\s)(?<!\bwere\s)being(?:\s+\w+){1,3}|"
                          r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)"
                          r"(?:runs?|continues?|lasts?))\s+"
                          r"(?:(?:for|to|until|in|by|within|during|from)\s+)?(?:the\s+)?)$")


def timing_phrases(text: str, document_date: Any,
                   financial_year: str | None = None) -> list[Timing]:
    """Every timing phrase of ``text``, in order, each resolved like :func:`resolve_timing`
    and with its tense.

    The first one is the phrase :func:`resolve_timing` reads.

    Examples
    --------
    >>> import datetime as dt
    >>> text = ("The working group met in November; the pilot is scheduled for quarter "
    ...         "four.")
    >>> [(quarter_label(t.quarter), t.when, t.tense)
    ...  for t in timing_phrases(text, dt.date(2022, 1, 20))]
    [('2021-22 Q3', 'in November', 'past'), ('2021-22 Q4', 'quarter four', 'future')]
    >>> timing_phrases("No date is given.", dt.date(2022, 1, 20))
    []
    """
    if not isinstance(text, str) or not text:
        return []
    lowered = text.lower()
    said = _LITERAL_GATE.candidates(lowered)
    scan = TextScan(text, lowered, said & _A_MONTH)
    worth = _worth_trying(lowered, said, scan.has_month)
    if worth is None:
        return []
    day = _as_date(document_date)
    out: list[Timing] = []
    pos, founds = 0, []
    while (found := _find_phrase(text, pos, scan, worth)) is not None:
        founds.append(found)
        period, phrase, tense = _resolve_found(text, found, day, financial_year)
        if _RESCHEDULED.match(phrase):
            tense = "future"  # "slipped to March", "brought forward to May": the new date
            period = _resolve_found_again(text, found, day, financial_year, period, "future")
        elif tense is None and _DEADLINE.match(phrase):
            tense = "future"  # a deadline ("by the end of the year") looks ahead
        elif tense != "future" and _LOOKS_AHEAD.search(text, max(0, found[0] - 40),
                                                        found[0]):
            tense = "future"
            period = _resolve_found_again(text, found, day, financial_year, period, "future")
        elif tense is None and _DONE_JUST_BEFORE.search(text, max(0, found[0] - 30),
                                                         found[0]):
            tense = "past"  # "with the final post filled in February"
            period = _resolve_found_again(text, found, day, financial_year, period, "past")
        out.append(Timing(period, phrase, tense))
        pos = found[3].end()
    return mark_changes(text, lowered, founds, out,
                        lambda p: _find_phrase(text, p, scan, worth),
                        lambda f: _resolve_found_again(text, f, day, financial_year, None,
                                                       "future"))


#: A phrase that gives work a new date ("slipped to quarter four").
_RESCHEDULED = LazyPattern(r"(?i:(?:slipped|moved|postponed|deferred|rescheduled|delayed|"
                          r"pushed\s+back|put\s+back|brought\s+forward)\s+to)\b")
#: A past participle just before a phrase whose clause gives no tense ("filled in May").
_DONE_JUST_BEFORE = LazyPattern(r"\b[a-z]{3,}ed\s+$")


def _resolve_found_again(text: str, found: _Found, day: dt.date | None,
                         financial_year: str | None, period: pd.Period | None,
                         tense: str) -> pd.Period | None:
    """The quarter of a phrase read in ``tense`` ("future": a month is the next one;
    "past": the last one)."""
    _, _, pattern, m = found
    fy_start = _fy_start_of_label(financial_year) if financial_year else None
    try:
        return pattern.resolve(m, day, fy_start=fy_start, past=tense == "past",
                               future=tense == "future")
    except (KeyError, ValueError):
        return period


def due_timing(text: str, document_date: Any,
               financial_year: str | None = None) -> tuple[pd.Period | None, str | None,
                                                           list[str]]:
    """When the *outstanding* work of an item is due, and its other timing phrases.

    For tracking delivery over time the quarter that matters is the one attached to what
    is still to happen: the first phrase in the future tense ("will", "scheduled for",
    "expected in", "slipped to", a deadline "by ..."); failing that the first phrase whose
    tense the text does not give. Phrases about what has happened ("met in November") are
    kept, in order, as the other timings. An item whose every phrase is in the past has no
    due quarter.

    Parameters
    ----------
    text : str
        Item text (without its bold lead).
    document_date : date, Timestamp, Period, ISO string or None
        The update's date (see :func:`resolve_timing`).
    financial_year : str, optional
        The financial year the update reports on.

    Returns
    -------
    (Period or None, str or None, list of str)
        The due quarter, the phrase it came from, and every other timing phrase.

    Examples
    --------
    >>> import datetime as dt
    >>> text = ("The working group met in November and the pilot is scheduled for quarter "
    ...         "four.")
    >>> quarter, when, others = due_timing(text, dt.date(2022, 1, 20))
    >>> quarter_label(quarter), when, others
    ('2021-22 Q4', 'quarter four', ['in November'])
    >>> resolve_timing(text, dt.date(2022, 1, 20))[1]  # the first phrase, for comparison
    'in November'
    >>> due_timing("The report was published in May 2021.", dt.date(2021, 10, 22))
    (None, None, ['in May 2021'])
    >>> quarter_label(due_timing("The review has slipped to quarter one 2022-23.",
    ...                          dt.date(2022, 1, 20))[0])
    '2022-23 Q1'
    """
    phrases = timing_phrases(text, document_date, financial_year)
    due = next((t for t in phrases if t.tense == "future"), None) or \
        next((t for t in phrases if t.tense is None), None)
    others = [t.when for t in phrases if t is not due]
    if due is None:
        return None, None, others
    return due.quarter, due.when, others
