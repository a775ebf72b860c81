"""The one-scan paths of the timing phrases (stop 21) find exactly what the pattern-by-
pattern searches found: month-first and day-first phrases tried only where a month name
starts (text.timing_scan), and the milestone rules' word tests made with str.find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis import quarters
from wlga_analysis.text import milestone
from wlga_analysis.text.dates import MONTH_NAMES
from wlga_analysis.text.timing_scan import DAY_FIRST, MONTH_FIRST, TextScan, matches_at

# awkward pieces: month names whole, cut, inside words, lower case; days with and without
# their suffix; every kind of white space the pattern's \s takes; figures of other scripts
_PIECES = st.sampled_from(
    [*MONTH_NAMES, "May", "Mayor", "reMay", "may", "MAY", "Sept.", "Mar.", "3", "31", "131",
     "31st", "2nd", "3rd", "4th", "st", "th", "0", "2022", "2025", "19", "20", "\u0663",
     "-", "\u2013", "/", ",", ".", "'s", "\u2019s", " elections", " meeting", "to", "and",
     "the", "_", "x", "A", "Q3", "\u00e9"])
_SPACES = st.sampled_from(["", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\x1c", " \n "])
_TEXTS = st.lists(st.tuples(_PIECES, _SPACES), max_size=14).map(
    lambda parts: "".join(piece + space for piece, space in parts))

_BY_NAME = {p.name: p for p in quarters.TIMING_PATTERNS}
_FAST = sorted(MONTH_FIRST | DAY_FIRST)


def _names_a_month(text: str) -> bool:
    """The check before stop 21: a search for each capitalised month word in turn."""
    word = re.compile("(?:" + "|".join(MONTH_NAMES) + ")(?![a-z])")
    pos = 0
    while (m := word.search(text, pos)) is not None:
        start = m.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return True
        pos = start + 1
    return False


def _spans(matches) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [m.span() for m in matches]


def test_the_fast_phrases_are_named_in_the_table() -> None:
    assert set(_FAST) <= set(_BY_NAME)
    # every month-first phrase opens with its month group
    for name in MONTH_FIRST:
        assert _BY_NAME[name].regex.pattern.startswith("(?P<month>")


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 12))
def test_one_scan_finds_what_each_search_found(text: str, pos: int) -> None:
    scan = TextScan(text, text.lower())
    assert scan.has_month == _names_a_month(text)
    for name in _FAST:
        regex = _BY_NAME[name].regex
        assert _spans(scan.matches(regex, name, pos)) == _spans(regex.finditer(text, pos)), \
            (name, text, pos)
    # a text whose words hold no month's letters is not scanned: it has no month to find
    said = quarters._LITERAL_GATE.candidates(text.lower())
    assert TextScan(text, text.lower(), said & quarters._A_MONTH).months == scan.months


def test_one_scan_on_hand_written_texts() -> None:
    texts = ["Held on 31st  May 2022, then 3 June 2023 and 131st\u00a0July 2024.",
             "due 1stMay 2022; reMay 2022; Mar. 2023 to Jun 2023; Apr-Jun 2025",
             "from 2nd\tSept. 2021 (May's elections) following May\u2019s council",
             "expected in November, not 4 November 2025; the Mayor met in May."]
    for text in texts:
        scan = TextScan(text, text.lower())
        assert scan.has_month == _names_a_month(text)
        for name in _FAST:
            regex = _BY_NAME[name].regex
            for pos in range(len(text)):
                assert _spans(scan.matches(regex, name, pos)) == \
                    _spans(regex.finditer(text, pos)), (name, text, pos)


def test_matches_at_goes_on_from_a_match_s_end() -> None:
    word = re.compile(r"ab+")
    assert _spans(matches_at(word, "abbb ab", [0, 1, 5], 0)) == [(0, 4), (5, 7)]
    assert _spans(matches_at(word, "abbb ab", [0, 1, 5], 1)) == [(5, 7)]


_RULE_WORDS = [w for rule in milestone.MILESTONE_RULES for w in rule.words]
_FOLDED = st.lists(st.sampled_from([*_RULE_WORDS, *(w[:2] for w in _RULE_WORDS),
                                    *(w[1:] for w in _RULE_WORDS), " ", "x", "-", "."]),
                   max_size=20).map("".join)


@settings(max_examples=200, deadline=None)
@given(_FOLDED, st.integers(0, 70),
       st.one_of(st.none(), st.integers(0, 70)))
def test_milestone_word_test_is_the_search(folded: str, end: int, stop: int | None) -> None:
    for rule in milestone.MILESTONE_RULES:
        assert all(re.escape(word) == word for word in rule.words)  # plain words only
        gate = re.compile("|".join(rule.words))
        slow = gate.search(folded, max(0, end - 30),
                           len(folded) if stop is None else stop) is not None
        assert rule.may_apply(folded, end, stop) == slow, (rule.name, folded, end, stop)


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", ".", ";", ":", "\n", "\u00a0", "x.", ". "]),
                max_size=16).map("".join), st.integers(0, 20))
def test_clause_end_is_the_search(text: str, end: int) -> None:
    found = milestone._BETWEEN_CLAUSES.search(text, end)
    assert milestone._clause_end(text, end) == (len(text) if found is None else found.start())
