"""What the cold-parse speed-ups (issue 9: the 100x programme in under 0.5 s from cold) must
keep: every pattern is still checked as before, and a phrase tried only where it can start
finds exactly the matches of a search at every position."""

from __future__ import annotations

import random
import re

import pytest

from wlga_analysis.errors import ParseError
from wlga_analysis.quarters import TIMING_PATTERNS
from wlga_analysis.reference import _PLAIN_WORD_PATTERN, load_programme_words
from wlga_analysis.status import compile_checked, load_status_rules
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.phrase_starts import PHRASE_STARTS, matches_from

_FRAGMENTS = ("the", "The", "THE", " ", "  ", "\t", "\n", "end", "End", "of", "start",
              "beginning", "middle", "early", "mid", "mid-", "late", "template", "quarter",
              "Quarter", "q", "Q", "1", "2", "4", "two", "first", "final", "19", "20", "2021",
              "2021-22", "2022/23", "-", "/", "financial", "calendar", "year", "year-end",
              "this", "current", "between", "June", "September", "and", "to", "in", "new",
              "spring", "Summer", "autumn", "WINTER", "Statement", ",", ".", "May", "x",
              "in the new year", "between June and", "late March", "early 2025",
              "the end of", *(p.example for p in TIMING_PATTERNS))


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_FRAGMENTS) + rng.choice(("", " "))
                    for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_every_phrase_start_belongs_to_a_timing_pattern():
    names = {p.name for p in TIMING_PATTERNS}
    assert set(PHRASE_STARTS) <= names
    assert {"financial quarter", "part of a month", "part of a year"} <= set(PHRASE_STARTS)


@pytest.mark.parametrize("name", sorted(PHRASE_STARTS))
def test_a_phrase_tried_only_where_it_can_start_finds_every_match(name):
    pattern = next(p for p in TIMING_PATTERNS if p.name == name)
    found = 0
    for k, text in enumerate(_texts(3000, seed=len(name))):
        pos = k % 5
        expected = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text, pos)]
        got = [(m.span(), m.groupdict())
               for m in matches_from(pattern.regex, name, text, text.lower(), pos)]
        assert got == expected, (name, text, pos)
        found += len(expected)
    assert found > 100  # the texts do hold the phrase


def test_phrase_starts_are_not_used_for_text_that_is_not_ascii():
    pattern = next(p for p in TIMING_PATTERNS if p.name == "part of a year")
    text = "work ends ſtart of 2024 and late 2025"  # ſ: lower-casing would not find it
    assert [m.group(0) for m in matches_from(pattern.regex, pattern.name, text, text.lower(),
                                             0)] == ["late 2025"]


def test_timing_patterns_are_compiled_only_when_tried():
    assert all(isinstance(p.regex, LazyPattern) for p in TIMING_PATTERNS)
    lazy = LazyPattern(r"\bgrants?\b")
    assert lazy.compiled is None
    assert lazy.search("two grants").group(0) == "grants" and lazy.compiled is not None


@pytest.mark.parametrize("pattern", ["(", "a)|(b", "x{2,1}", "[z-a]", "a**", "\\",
                                     "(?P<n>a)(?P<n>b)", "(?<=a+)b", "(?<=ab|c)d",
                                     "x(?i)y"])
def test_a_checked_pattern_fails_as_compiling_it_does(pattern):
    with pytest.raises(re.error) as compiled:
        re.compile(pattern, re.IGNORECASE)
    with pytest.raises(re.error) as checked:
        compile_checked(pattern, re.IGNORECASE)
    assert str(checked.value) == str(compiled.value)


def test_a_bad_status_rule_is_reported_even_if_no_item_reaches_it(tmp_path):
    path = tmp_path / "status_rules.csv"
    path.write_text("order,status,pattern,rule\n1,done,\\bdone\\b,done\n"
                    "2,at risk,(?<=late+)ly,risk: lately\n99,in progress,.,default\n",
                    encoding="utf-8")
    with pytest.raises(ParseError, match=r"line 3: invalid regular expression.*look-behind"):
        load_status_rules(path)


def test_plain_word_patterns_always_compile():
    rng = random.Random(3)
    alphabet = [*"ab ,'-?+*|()", "\\s", "\\b", "\\d", "(?:", "\\", "[", "{"]
    plain = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if _PLAIN_WORD_PATTERN.fullmatch(text):
            plain += 1
            re.compile(text)
    assert plain > 1000
    assert _PLAIN_WORD_PATTERN.fullmatch("provid(?:es|ed|ing)")
    assert not _PLAIN_WORD_PATTERN.fullmatch("a)|(b")


def test_a_bad_programme_word_is_still_reported(tmp_path):
    path = tmp_path / "programme_words.csv"
    path.write_text("list,pattern\nfunding,grants?\nfunding,a)|(b\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"line 3: invalid pattern 'a\)\|\(b'"):
        load_programme_words(path)
