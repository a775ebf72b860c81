"""The tense of a clause: whether what it says has happened or is still to happen.

Timing phrases (:mod:`wlga_analysis.quarters`) are read by the tense of their clause: "was
held in January" is the last January, "will run in January" the next one.

Examples
--------
>>> text = "The review was completed in May; the next one is planned for June."
>>> clause_tense(text, text.index("in May"), text.index(";"))
'past'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.past_verbs import tells_done
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["clause_tense"]

#: Words that put a sentence in the past ("was held in January") or the future.
_PAST_WORDS = (r"\b(?:was|were|(?:has|have|had)\s+(?:now\s+)?been|took\s+place|met|held|"
               r"began|started|ran|hosted|opened|completed|finalised|finalized|launched|"
               r"published|delivered|rolled\s+out|went\s+live|closed|finished|"
               # done now: "the conversion is now complete, finishing at the end of June"
               r"(?:is|are)\s+(?:now\s+)?complete)\b")
#: ("plans" and "aims" only as verbs, "plans to", "aims to": "financial plans were agreed"
#: is in the past.)
_FUTURE_WORDS = (r"\b(?:will|shall|to\s+be|is\s+to|are\s+to|expected|expects?|"
                 r"scheduled|planned|plans?\s+to|due|intends?|intended|aims?\s+to|next|upcoming|"
                 r"forthcoming|going\s+to|by|before|until|"
                 # a state that looks ahead: "remains on track for February 2026"
                 r"(?:is|are|remains?|stays?)\s+(?:still\s+)?on\s+track|"
                 # a delay names the new, future date: "has been delayed until May"
                 r"delay(?:ed|s)?|postponed|deferred|rescheduled|moved|pushed|put\s+back|"
                 r"extended)\b")
# Case-insensitive, for text that is not ASCII (compiled only when such text comes).
_PAST = LazyPattern(_PAST_WORDS, re.IGNORECASE)
_FUTURE = LazyPattern(_FUTURE_WORDS, re.IGNORECASE)
# For ASCII text in lower case: the same patterns, case-sensitive (they are all lower case).
_FUTURE_LOWER = compile_regex(_FUTURE_WORDS)
_PAST_LOWER = compile_regex(_PAST_WORDS)
assert _FUTURE_WORDS.islower() and _PAST_WORDS.islower()
_SENTENCE_BREAK = compile_regex(r"[.;!?](?:\s|$)")
#: A clause's end: punctuation then white space, or "and", "but" ... between spaces. (Written
#: as one set of first characters, then either: the regex engine skips to that set.)
_NEXT_CLAUSE = compile_regex(r"[.;!?,\s](?:(?<=[.;!?,])(?:\s|$)|"
                             r"(?<=\s)(?:and|but|while|whereas)\s)")


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None: the tense of the clause holding ``text[start:end]``.

    The words before the phrase in its clause decide, then the words after it, then the
    earlier clauses of the same sentence, nearest first.

    Examples
    --------
    >>> text = "A workshop was held in January and a session will run in Summer."
    >>> clause_tense(text, text.index("in January"), text.index(" and"))
    'past'
    >>> clause_tense(text, text.index("in Summer"), len(text) - 1)
    'future'
    >>> text = "Targets have been achieved early, in August."
    >>> clause_tense(text, text.index("in August"), len(text) - 1)
    'past'
    >>> text = "In July, the team published a guide. It is free."
    >>> clause_tense(text, 0, len("In July"))
    'past'
    >>> text = "The fund closed in June and has awarded grants."
    >>> clause_tense(text, text.index("in June"), text.index(" and"))
    'past'
    >>> text = "Reviews of financial plans were completed in the autumn."
    >>> clause_tense(text, text.index("in the autumn"), len(text) - 1)
    'past'
    """
    for part in _clauses(text, start, end):
        if part.isascii():  # the same words, matched three times faster in lower case
            part, future, past = part.lower(), _FUTURE_LOWER, _PAST_LOWER
        else:
            future, past = _FUTURE, _PAST
        if future.search(part):
            return "future"
        if past.search(part) or tells_done(part):  # ("we coordinated": .past_verbs)
            return "past"
    return None


def _clauses(text: str, start: int, end: int) -> Iterator[str]:
    """The parts of its sentence :func:`clause_tense` reads for ``text[start:end]``, in order,
    each cut only when the ones before it did not decide."""
    sentence_start = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, start):
        sentence_start = m.end()
    cuts = [sentence_start] + [m.end() for m in _NEXT_CLAUSE.finditer(text, sentence_start,
                                                                     start)]
    yield text[cuts[-1]:start]
    after_end = _NEXT_CLAUSE.search(text, end)
    yield text[end:after_end.start() if after_end else len(text)]
    if after_end is not None and cuts[-1] == sentence_start \
            and not text[sentence_start:start].strip() and not text[end:after_end.start()].strip():
        # a phrase opening its sentence ("In July, the team published ..."): the clauses it
        # introduces, after the comma, tell the tense, nearest first
        yield from _following_clauses(text, after_end.end())
    for a, b in zip(reversed(cuts[:-1]), reversed(cuts[1:]), strict=True):
        yield text[a:b]


def _following_clauses(text: str, pos: int) -> Iterator[str]:
    """The clauses of the sentence from ``pos`` on, in order."""
    stop = _SENTENCE_BREAK.search(text, pos)
    end = stop.start() if stop else len(text)
    while pos < end:
        nxt = _NEXT_CLAUSE.search(text, pos, end)
        yield text[pos:nxt.start() if nxt else end]
        if nxt is None:
            return
        pos = max(nxt.end(), pos + 1)
