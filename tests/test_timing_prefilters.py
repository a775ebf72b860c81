"""The quick paths of the timing phrases (stop 20) find exactly what the slow ones found."""

from __future__ import annotations

import datetime as dt
import random

from wlga_analysis import quarters
from wlga_analysis.text import milestone

_WORDS = ("in", "IN", "By", "by", "the", "The", "of", "ahead", "Ahead", "slipped", "to",
          "moved", "pushed", "back", "put", "brought", "forward", "expected", "due", "within",
          "During", "at", "over", "x", "2021", "March", ",", ".", ";")


def test_prefix_twin_finds_the_same_preposition() -> None:
    rnd = random.Random(20)
    for _ in range(20_000):
        text = "".join(rnd.choice(_WORDS) + rnd.choice((" ", "", "  ", "\t", "\n"))
                       for _ in range(rnd.randint(1, 12)))
        at = rnd.randint(0, len(text))
        lo = max(0, at - rnd.randint(0, 40))
        slow = quarters.PREFIX.search(text, lo, at)
        quick = quarters._PREFIX_LOWER.search(text.lower(), lo, at)
        assert (slow is None) == (quick is None), (text, lo, at)
        assert slow is None or slow.start() == quick.start(), (text, lo, at)


def test_clause_end() -> None:
    text = "met in May; moved to June. Feedback is good"
    assert milestone._clause_end(text, 10) == text.index(";")
    assert milestone._clause_end(text, 12) == text.index(".")
    assert milestone._clause_end(text, 30) == len(text)


def test_moved_date_read_in_its_clause_only() -> None:
    day = dt.date(2021, 10, 22)
    # a date moved in the same clause is the milestone
    assert quarters.resolve_timing("A session planned for December 2025 has moved to "
                                   "April 2026.", day)[1] == "moved to April 2026"
    # "back" of a later sentence ("Feedback") moves nothing
    assert quarters.resolve_timing("The review met in November 2021. Feedback came "
                                   "back in March 2022.", day)[1] == "in November 2021"
    # nor does a date moved in the next clause
    assert quarters.resolve_timing("The group met in May 2025; the pilot has moved to "
                                   "June 2025.", day)[1] == "in May 2025"
