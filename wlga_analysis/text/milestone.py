"""Which of several timing phrases of a sentence is its milestone.

A progress sentence may name a date as background before the date it is due by: "a
framework for staff appointed in May 2026 is being drafted, for approval by the end of
September 2025"; "the review was due in June and is now expected in August"; "a session
planned for December 2025 has moved to April 2026". A careful reader takes the date the
item is due by, the date it now has, or the date it has been moved to. So a later phrase
wins over the first one, rule by rule in the order of :data:`MILESTONE_RULES`, when the
first is not itself of the rule's kind and the later one is:

- ``deadline``: it opens with "by", "before", "until" or "no later than", or "now" stands
  just before it ("is now expected in", "will now take place in");
- ``moved to``: it follows "moved to", "slipped to", "postponed until", "rescheduled
  for" ... in the same clause (no ";", ":" or full stop between: "The group met in
  November; the pilot has slipped to May" keeps November);
- ``revised``: "revised", "amended", "re-profiled" or "new date" stands just before it
  ("30/11/2025 revised 30/06/2026", "March 2026 (revised date: June 2026)"), in any clause;
- ``still to come``: the first phrase dates something done ("completed in Q1", "started
  in June", or a passive verb earlier in its clause: "a draft was shared with officers in
  December") and the later one what is still to come ("expected in 2026/27 Q3", "the
  programme ends in 2027/28 Q1", "finishes in 2026/27 Q2", "the final guidance is due in
  February 2026"), in any clause: a timing
  for what is outstanding beats a past date ("more will run in May" is not such a timing).

- ``event named``, tried first: the first phrase is the date of an event the sentence
  names, "the" before it and an event's noun after it ("the campaign for the May 2027
  elections ... for launch in January 2026": :data:`EVENT_NOUNS`), and the later one is
  not;

- ``future verb``: the first phrase follows a bare participle ("vans ordered in June 2025")
  and the later one, in the same clause, follows "will <verb>" or "is to be <verb>ed"
  ("will be delivered in November 2025"): :mod:`wlga_analysis.text.participle_date`;

- ``booked``, tried last: the first phrase dates something done (as for ``still to come``;
  "since June 2025" too) and a later one IN THE SAME CLAUSE follows "booked for",
  "scheduled for", "planned for", "expected in" ("four have taken part since June 2025 and
  three more are booked for January 2026"); in another clause ("posts were filled in
  quarter two; recruitment is scheduled for quarter three") the first stays.

Before the rules, two months printed before one year ("in July and August 2024") are one
phrase, read as a month range is read: the first month, in the year they share (it has
none of its own).

:func:`milestone` is used by :func:`wlga_analysis.quarters.resolve_timing` after its other
rules (an end that comes later, a date moved "from" one time to another). Each rule first
checks that the text holds one of its words, so most sentences cost one substring test.

Examples
--------
>>> import re
>>> find = lambda text: lambda pos: (
...     m := re.compile(r"(?:in|by|for|to) \\w+ \\d{4}").search(text, pos)) and (
...     m.start(), -m.end(), None, m)
>>> text = "staff appointed in May 2026, for approval by June 2025"
>>> milestone(text, text.lower(), find(text)(0), find(text))[3].group(0)
'by June 2025'
>>> text = "A session planned for December 2025 has moved to April 2026."
>>> milestone(text, text.lower(), find(text)(0), find(text))[3].group(0)
'to April 2026'
>>> text = "Go-live in December 2025 (revised date: for March 2026)."
>>> milestone(text, text.lower(), find(text)(0), find(text))[3].group(0)
'for March 2026'
>>> text = "The group met in May 2025; the pilot has moved to June 2025."
>>> milestone(text, text.lower(), find(text)(0), find(text))[3].group(0)
'in May 2025'
>>> months = lambda text: lambda pos: (m := re.compile(
...     r"(?:in )?(?:July|August)(?: 2024)?").search(text, pos)) and (m.start(), -m.end(), None, m)
>>> text = "Sessions ran in July and August 2024."
>>> found = milestone(text, text.lower(), months(text)(0), months(text))
>>> text[found[0]:found[3].end()], found[2].resolve(found[3])
('in July and August 2024', Period('2025Q2', 'Q-MAR'))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.text.dates import MONTH_RE, month_number
from wlga_analysis.text.done_by import done_by_verb
from wlga_analysis.text.participle_date import FUTURE_WORDS, after_future_verb, after_participle
from wlga_analysis.text.phrase_starts import fold_case
from wlga_analysis.text.regex_cache import compile_regex
from wlga_analysis.text.rows import FrozenRow

__all__ = ["MILESTONE_RULES", "MilestoneRule", "milestone"]

#: A phrase that states a deadline.
_DEADLINE = compile_regex(r"(?i:by|before|until|no\s+later\s+than)\b")
#: "now" just before a phrase ("is now expected in", "will now take place in").
_NOW = compile_regex(r"(?i)\bnow\b[^.;,]{0,24}$")
#: The end of a clause or sentence: a date moved in the next one is another thing's.
_BETWEEN_CLAUSES = compile_regex(r"[;:]|\.(?:\s|$)")
_VERB = (r"(?:moved|slipped|postponed|deferred|rescheduled|delayed|pushed\s+back|put\s+back|"
         r"brought\s+forward|changed)")
#: The words just before a new date (the phrase may begin with its "to" or "until").
_MOVED = compile_regex(rf"(?i)\b{_VERB}(?:\s+(?:to|until|till|for))?\s+$")
#: A phrase that begins with them ("moved to April 2026": the verb read as its preposition).
_MOVED_AT = compile_regex(rf"(?i){_VERB}\s+(?:to|until|till|for)\b")
#: The old date's preposition ("rescheduled from December 2025").
_FROM = compile_regex(r"(?i)from\b")
#: The words just before a revised date ("revised", "(amended:", "new target date").
_REVISED = compile_regex(r"(?i)\b(?:(?:revised|amended|re-?profiled)(?:\s+(?:target|due))?"
                         r"(?:\s+date)?|new\s+(?:target\s+|due\s+)?date)(?:\s+(?:to|of))?"
                         r"\s*+[:\u2013-]?\s*+$")


#: Two months and the year both share: "July and August 2024".
_TWO_MONTHS_ONE_YEAR = compile_regex(rf"(?P<first>{MONTH_RE})[ \t]++and[ \t]++"
                                     rf"(?P<second>{MONTH_RE})[ \t]++(?P<year>(?:19|20)\d\d)\b")


class _SharedYear(FrozenRow):
    """The timing pattern of two months printed before one year ("in July and August
    2024"): the first month, in that year (the year before it when the first month comes
    later in the calendar: "December and January 2026"), as a month range is read."""

    _fields = ("name", "reads_tense", "prefix_required")
    __slots__ = ("name", "prefix_required", "reads_tense")

    def __init__(self, name: str = "two months, one year", reads_tense: bool = False,
                 prefix_required: bool = False) -> None:
        self._set(name=name, reads_tense=reads_tense, prefix_required=prefix_required)

    @staticmethod
    def resolve(m: Any, _day: Any = None, **_how: Any) -> Any:
        import pandas as pd

        first, second = month_number(m.group("first")), month_number(m.group("second"))
        year = int(m.group("year")) - (first > second)
        return pd.Period(f"{year}-{first:02d}", freq="M").asfreq("Q-MAR")


_SHARED_YEAR = _SharedYear()


def _shared_year(text: str, found: Any) -> Any:
    """``found`` extended over " and <month> <year>" when it names a month with no year
    of its own ("in July and August 2024"): the phrase from its start to the year, read
    as :class:`_SharedYear` reads it."""
    first = found[3]
    if any(ch.isdigit() for ch in first.group(0)):
        return found  # (a day or a year of its own)
    both = _TWO_MONTHS_ONE_YEAR.search(text, first.start(), first.end() + 40)
    if both is None or both.end("first") != first.end():
        return found
    return found[0], -both.end(), _SHARED_YEAR, both


def _is_revised(text: str, start: int) -> bool:
    return _REVISED.search(text, max(0, start - 40), start) is not None


def _is_deadline(text: str, start: int) -> bool:
    # (not work done by a date: "had signed up by the end of September", text.done_by)
    return (_DEADLINE.match(text, start) is not None and not done_by_verb(text, start)) \
        or _NOW.search(text[max(0, start - 30):start]) is not None


def _is_moved(text: str, start: int) -> bool:
    # (a phrase opening with "from" is the date moved from: "rescheduled from December")
    return _MOVED_AT.match(text, start) is not None \
        or (_MOVED.search(text, max(0, start - 30), start) is not None
            and not _FROM.match(text, start))


#: Words just before a phrase dating what is still to come ("expected", "ends", "finishes";
#: not "will run": "A workshop was held in April and more will run in May" is April's).
_TO_COME = compile_regex(r"(?i)\b(?:expected|due|ends?|finish(?:es)?|closes?|concludes?|"
                         r"scheduled|planned)(?:\s+to\s+[a-z]+)?\s+$")
#: A phrase that opens with them ("expected in March").
_TO_COME_AT = compile_regex(r"(?i)(?:expected|due|scheduled|planned)\b")
#: Words just before a date that was booked for what is still to come, its preposition
#: not part of the phrase ("are booked for January 2026", "is scheduled for March").
_BOOKED = compile_regex(r"(?i)\b(?:booked|scheduled|planned|expected|due)\s++(?:for|in|on)"
                        r"\s++$")


def _is_booked(text: str, start: int) -> bool:
    return _BOOKED.search(text, max(0, start - 30), start) is not None
#: A verb of something done just before a phrase ("completed in Q1", "started in June").
_DONE_BEFORE = compile_regex(r"(?i)\b(?:completed|started|began|begun|commenced|launched|awarded|"
                             r"delivered|published|agreed|approved|appointed|opened|finished|"
                             r"held|took\s+place|went\s+live|since)\s+$")


def _is_to_come(text: str, start: int) -> bool:
    return _TO_COME_AT.match(text, start) is not None \
        or _TO_COME.search(text, max(0, start - 30), start) is not None


#: A passive verb of something done earlier in the phrase's clause ("a draft was shared
#: with monitoring officers in December": the draft's date, not the guidance's).
_DONE_PASSIVE = compile_regex(r"(?i)\b(?:was|were|has\s+been|have\s+been)\s+[a-z]+ed\b"
                              r"[^.;:]{0,50}$")


def _is_done(text: str, start: int) -> bool:
    return _DONE_BEFORE.search(text, max(0, start - 20), start) is not None \
        or ("ed " in text[max(0, start - 70):start]
            and _DONE_PASSIVE.search(text, max(0, start - 70), start) is not None)


class MilestoneRule(FrozenRow):
    """One row of :data:`MILESTONE_RULES`.

    Attributes
    ----------
    name : str
        What the later phrase is.
    words : tuple of str
        Words (lower case) one of which a text holds, at most 30 characters before the end
        of the first phrase or after it, wherever the rule can apply: a text with none of
        them there is not searched again.
    marks : callable
        ``marks(text, start)``: whether the phrase starting at ``start`` is of this kind.
    same_clause : bool
        Whether the later phrase must stand in the first one's clause.
    first : callable or None
        ``first(text, start)``: whether the first phrase may give way to a later one (any
        may when None).

    Examples
    --------
    >>> [rule.name for rule in MILESTONE_RULES]
    ['event named', 'deadline', 'moved to', 'revised', 'still to come', 'future verb', 'booked']
    """

    _fields = ("name", "words", "marks", "same_clause", "first")
    __slots__ = ("first", "marks", "name", "same_clause", "words")

    def __init__(self, name: str, words: tuple[str, ...], marks: Callable[[str, int], bool],
                 same_clause: bool, first: Callable[[str, int], bool] | None = None) -> None:
        self._set(name=name, words=words, marks=marks, same_clause=same_clause, first=first)

    def may_apply(self, folded: str, end: int, stop: int | None = None) -> bool:
        """Whether ``folded`` (the text lower-cased as :func:`fold_case` does it, its
        characters where the text's are) holds one of the rule's words where a later
        phrase's could be: from 30 characters before ``end``, the first phrase's end, up
        to ``stop`` (default: the end of the text; for a rule of the same clause, where the
        clause ends: :func:`_clause_end`).

        (``in`` of each word: a search of the words as one pattern tried each position
        whose letter starts one of them, several times slower.)"""
        part = folded[max(0, end - 30):stop]  # (the whole text is not copied)
        for word in self.words:  # noqa: SIM110 (a loop: no generator made per call)
            if word in part:
                return True
        return False


#: Nouns of events a date may name ("the May 2027 elections"): the date is the event's,
#: not the item's timing.
EVENT_NOUNS: tuple[str, ...] = ("election", "elections", "conference", "summit", "census",
                                "eisteddfod", "games", "festival", "show", "referendum")
#: "the" just before a phrase ("for the May 2027 elections").
_THE_BEFORE = compile_regex(r"(?i)\bthe\s++$")
#: An event's noun just after a phrase, perhaps after one or two words naming it ("
#: elections", " local elections", " Senedd election").
_EVENT_AFTER = compile_regex(rf"(?i)(?:[ \t]++[a-z][a-z'’-]*+){{0,2}}?[ \t]++"
                             rf"(?:{'|'.join(EVENT_NOUNS)})\b")


def _names_event(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is the date of an event the sentence names ("the May
    2027 elections", "the 2026 Senedd election"): "the" before it, an event's noun
    (:data:`EVENT_NOUNS`) after it, perhaps after one or two words.

    Examples
    --------
    >>> text = "a guide for the May 2027 local elections, for March 2026"
    >>> _names_event(text, text.index("May")), _names_event(text, text.index("March"))
    (True, False)
    """
    if _THE_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    m = _DATE_AT.match(text, start)
    return m is not None and _EVENT_AFTER.match(text, m.end()) is not None


#: A month and year, or a year, as an event's date is printed ("May 2027", "2027").
_DATE_AT = compile_regex(rf"(?i)(?:{MONTH_RE}[ \t]++)?(?:19|20)\d\d\b")


#: The rules, in the order they are applied.
MILESTONE_RULES: tuple[MilestoneRule, ...] = (
    MilestoneRule("event named", EVENT_NOUNS, lambda text, start: not _names_event(text, start),
                  False, _names_event),
    MilestoneRule("deadline", ("by", "before", "until", "later", "now"), _is_deadline, False),
    MilestoneRule("moved to", ("moved", "slipped", "postponed", "deferred", "rescheduled",
                               "delayed", "back", "forward", "changed"), _is_moved, True),
    MilestoneRule("revised", ("revised", "amended", "profiled", "new"), _is_revised, False),
    MilestoneRule("still to come", ("expected", "due", "end", "finish", "close", "conclude",
                                    "scheduled", "planned"), _is_to_come, False,
                  _is_done),
    MilestoneRule("future verb", FUTURE_WORDS, after_future_verb, True, after_participle),
    MilestoneRule("booked", ("booked", "scheduled", "planned", "expected", "due"), _is_booked,
                  True, _is_done),
)


def _clause_between(text: str, start: int, end: int, marks: dict[int, int]) -> bool:
    """Whether a clause mark (:data:`_BETWEEN_CLAUSES`) stands in ``text[start:end]``, as
    ``_BETWEEN_CLAUSES.search(text, start, end)`` finds one; ``marks``: where the first
    mark from each ``start`` ends (-1: none), found once (the later phrases of a text are
    tried in turn from one phrase: a search of all the text between for each was quadratic
    in the phrases, issue #13).

    Examples
    --------
    >>> marks = {}
    >>> text = "due in May, then June; moved to July"
    >>> _clause_between(text, 10, 17, marks), _clause_between(text, 10, 32, marks)
    (False, True)
    >>> _clause_between("met in May.June", 10, 11, {})  # (a full stop at the end: "$")
    True
    """
    first = marks.get(start)
    if first is None:
        m = _BETWEEN_CLAUSES.search(text, start)
        first = marks[start] = -1 if m is None else m.end()
    if 0 <= first <= end:
        return True
    # (a full stop just before ``end`` is a mark there, its "$" the end of the search)
    return start < end and text[end - 1] == "."


def _clause_end(text: str, end: int) -> int:
    """Where the clause of a phrase ending at ``end`` ends (its ";", ":" or full stop): a
    phrase starting after it stands in another clause, and the words of a rule of the same
    clause (:data:`MILESTONE_RULES`: "moved to" before or at the later phrase) all stand
    before it.

    Examples
    --------
    >>> _clause_end("met in May; moved to June", 10), _clause_end("met in May", 10)
    (10, 10)
    """
    # (:data:`_BETWEEN_CLAUSES` found with ``str.find``: the engine tests the set of its
    # first characters on every character, several times slower)
    stop = len(text)
    for mark in ";:":
        at = text.find(mark, end, stop)
        if at >= 0:
            stop = at
    dot = text.find(".", end, stop)
    while dot >= 0 and dot + 1 < len(text) and not text[dot + 1].isspace():
        dot = text.find(".", dot + 1, stop)
    return stop if dot < 0 else dot


def milestone(text: str, lowered: str, found: Any, find: Callable[[int], Any]) -> Any | None:
    """The phrase of ``text`` that is its milestone, given the first phrase ``found``.

    Parameters
    ----------
    text, lowered : str
        The text, and ``text.lower()``.
    found : tuple or None
        The phrase read so far, ``(start, -end, pattern, match)`` as
        :mod:`wlga_analysis.quarters` finds them.
    find : callable
        ``find(pos)``: the leftmost phrase at or after ``pos``, or None.

    Returns
    -------
    tuple or None
        A later phrase that is a milestone by :data:`MILESTONE_RULES`, else ``found``.
    """
    if found is None:
        return None
    if text.startswith(" and ", found[3].end()):
        found = _shared_year(text, found)  # "in July and August 2024"
    # every rule gives way only to a later phrase: a text with none after the first (most
    # items name one timing) keeps it, and no rule's words are looked for
    nexts: dict[int, Any] = {}

    def find_once(pos: int) -> Any:  # (``find`` is pure: each position searched once)
        if pos not in nexts:
            nexts[pos] = find(pos)
        return nexts[pos]

    if find_once(found[3].end()) is None:
        return found
    return _apply_rules(text, lowered, found, find_once)


def _apply_rules(text: str, lowered: str, found: Any, find: Callable[[int], Any]) -> Any:
    """:func:`milestone`'s rules applied in turn to the phrase ``found`` (``find``: each
    position's phrase searched once)."""
    # (each word's place in the lower-cased text is its place in the text when lower-casing
    # keeps the length; else the whole text is looked at)
    folded = fold_case(lowered)
    same_places = len(folded) == len(text)
    clause_ends: dict[int, int] = {}  # (where the clause of a phrase ending there ends)
    marks: dict[int, int] = {}  # (where the first clause mark from a place ends)
    for rule in MILESTONE_RULES:
        if find(found[3].end()) is None:
            break  # no later phrase: no rule can change the first
        end = found[3].end() if same_places else 0
        stop = None
        if rule.same_clause and same_places:
            stop = clause_ends.get(end)
            if stop is None:
                stop = clause_ends[end] = _clause_end(text, end)
        if not rule.may_apply(folded, end, stop) or (
                rule.first is not None and not rule.first(text, found[0])) \
                or rule.marks(text, found[0]):
            continue  # (the words' look-up first: most texts hold none of a rule's words)
        later = find(found[3].end())
        while later is not None:
            if rule.same_clause and _clause_between(text, found[3].end(), later[0], marks):
                break
            if rule.marks(text, later[0]):
                found = later
                break
            later = find(later[3].end())
    return found
