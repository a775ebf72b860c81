"""Programme interpreter: each amount of a sentence read in its own part, with its own source.

A sentence may name two amounts from two sources, one of them the council's own money::

    The programme is funded by £850,000 from the council's invest-to-save reserve and
    £400,000 from the Welsh Government's Digital Priorities Investment Fund in 2025-26.

Each amount is read in its own part of the sentence, the amount and the words after it up
to the next amount ("£850,000 from the council's invest-to-save reserve and"):

- **its source**: the words after the amount that open with "from" (up to a comma, a
  semicolon or "and") name where the money comes from; a source named by a word of list
  ``not a grant`` of ``programme_words.csv`` (a reserve, a budget, borrowing, capital
  receipts) is the council's own money: the amount is no grant, however the sentence
  opens ("funded by");
- **the words before it**: a word of list ``not a grant`` just before an amount (within
  60 characters: "spend of £5") makes it no grant; but when a separator (a comma, a
  semicolon, "and") stands between the amount and the one before it, only the words after
  the separator are the amount's own: the words before it belong to the earlier amount's
  part (its source "from the council's reserve").

Examples
--------
>>> import re
>>> words = re.compile(r"(?i)\\b(?:reserves?|budget|spend)\\b")
>>> s = ("funded by £850,000 from the council's invest-to-save reserve and £400,000 "
...      "from the Digital Fund in 2025-26.")
>>> first, second = s.index("£850,000"), s.index("£400,000")
>>> own_source(s[first + 8:second], words.search), own_source(s[second + 8:], words.search)
(False, True)
>>> s[max(0, second - 60):second].strip()[-11:], own_words_before(s, second, first + 8).strip()
('reserve and', '')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["own_part", "own_source", "own_words_before"]

#: A source after an amount: "from the council's invest-to-save reserve" (up to a comma,
#: a semicolon, a full stop or "and").
_SOURCE = compile_regex(r"[ \t]*+from[ \t]++(?P<source>[^,;.]{1,80}?)(?=[ \t]+and\b|[,;.]|$)",
                        re.IGNORECASE)
#: A passive verb after an amount: "£331,000 had been spent", "£2,000 was underspent".
_PASSIVE = LazyPattern(r"[ \t]*+(?:has|have|had|was|were|is|are)[ \t]++(?:already[ \t]++)?"
                       r"(?:been[ \t]++)?(?P<verb>[a-z]{3,20})\b", re.IGNORECASE)
#: A separator between two amounts' parts.
_SEPARATOR = compile_regex(r"(?:,|;|\band\b)(?!.*(?:,|;|\band\b))", re.IGNORECASE | re.DOTALL)


def own_source(after: str, not_a_grant: Callable[[str], object]) -> bool:
    """Whether an amount names no source of the council's own (see the module): False when
    the words after it (``after``, up to the next amount) open with "from" and the source
    names a word of list ``not a grant``, or with a passive verb of that list ("£331,000
    had been spent").

    Parameters
    ----------
    after : str
        The words after the amount, up to the next amount or the sentence's end.
    not_a_grant : callable
        The ``search`` of the words of list ``not a grant`` (a match, or None).

    Returns
    -------
    bool
    """
    m = _SOURCE.match(after) if "from" in after[:12].lower() else None  # (a cheap test)
    if m is not None and not_a_grant(m.group("source")) is not None:
        return False
    # ("of which £331,000 had been spent": the amount is spending, no grant)
    m = _PASSIVE.match(after) if after[:1] == " " and after[1:2] in "hwiaHWIA" else None
    return m is None or not_a_grant(m.group("verb")) is None


def own_words_before(sentence: str, start: int, previous_end: int | None) -> str:
    """The words before the amount starting at ``start`` that are its own (see the module):
    the 60 characters before it, cut after the last separator that follows the previous
    amount (ending at ``previous_end``; None for the first amount).

    Parameters
    ----------
    sentence : str
        The sentence.
    start : int
        Where the amount starts.
    previous_end : int or None
        Where the amount before it ends.

    Returns
    -------
    str
        The words to look for a word of list ``not a grant`` in.
    """
    window_start = max(0, start - 60)
    if previous_end is None:
        return sentence[window_start:start]
    between = sentence[max(previous_end, window_start):start]
    m = _SEPARATOR.search(between)
    if m is None:
        return sentence[window_start:start]
    return between[m.end():]


def own_part(sentence: str, k: int, amounts: Sequence[Any], after: str,
             not_a_grant: Callable[[str], object], spending: bool = True) -> bool:
    """Whether the ``k``-th amount of ``amounts`` (each with its ``start`` and ``end`` in
    ``sentence``), read in its own part of the sentence, may be a grant: no word of list
    ``not a grant`` among its own words before it (:func:`own_words_before`) and no source
    of the council's own after it (:func:`own_source`). Always True when the paper holds
    no such word (``spending`` False).

    Parameters
    ----------
    sentence : str
        The sentence.
    k : int
        The amount's place among ``amounts``.
    amounts : sequence
        The sentence's amounts (:class:`~wlga_analysis.text.money.Money`), in order.
    after : str
        The words after the amount, up to the next amount.
    not_a_grant : callable
        The ``search`` of the words of list ``not a grant``.
    spending : bool
        Whether the paper holds a word of that list at all.

    Returns
    -------
    bool

    Examples
    --------
    >>> from wlga_analysis.text.money import find_money
    >>> words = re.compile(r"(?i)\\b(?:reserves?|spend)\\b").search
    >>> s = "Funded by £5 from our reserves and £9 from the Fund."
    >>> found = find_money(s)
    >>> [own_part(s, k, found, s[m.end:], words) for k, m in enumerate(found)]
    [False, True]
    """
    if not spending:
        return True
    start = amounts[k].start
    before = own_words_before(sentence, start, amounts[k - 1].end if k else None)
    if not_a_grant(before) is not None:  # (unless a fund's name stands just before it)
        from wlga_analysis.interpret.programme.fund_before import names_fund_before

        if not names_fund_before(before):
            return False
    return own_source(after, not_a_grant)
