"""Patterns replaced by faster equivalents must find exactly what the old ones found
(the per-item reading of the programme loader: sentence ends, funding words, spending
words before an amount)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.interpret.programme.common import vocabulary
from wlga_analysis.read.model import Inline
from wlga_analysis.reference import load_programme_words
from wlga_analysis.text.sentences import split_sentences

#: The sentence end as it was: a look-behind first, tried at every position.
OLD_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z£(\"'])")

#: White space of every kind \s matches, and characters that start a sentence or not.
PIECES = [".", "!", "?", " ", "  ", "\t", "\n", "\xa0", "\u2028", "\u3000", "A", "Z", "a",
          "£", "(", '"', "'", "1", "Mar.", "e.g. ", "-", "ſ", "K", "İ", "ı"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=20).map("".join))
def test_sentences_are_split_where_they_were(text):
    assert split_sentences(text) == OLD_SENTENCE_END.split(text)


def _old_vocabulary_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load_programme_words()

    def either(name: str) -> str:
        return "|".join(f"(?:{w})" for w in words[name])

    return (re.compile(rf"\b(?:{either('funding')})\b", re.IGNORECASE),
            re.compile(rf"(?i)\b(?:{either('not a grant')})\b(?:\s+\S+){{0,6}}\s*$"))


WORDS = ["grant", "GRANTS", "funding", "Funded", "per annum", "budget", "spend", "spent",
         "underspend", "total", "in-kind", "in kind", "estimated at", "costs", "of", "the",
         "£5,000", "for", "saving", "ſpend", "Kind", "coſt", "İn kind", "cuts", "reſerves"]
SEPARATORS = [" ", "  ", "\n", "\t", "\xa0", "-", ".", ",", "", "\u2028"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS) | st.text(max_size=3),
                          st.sampled_from(SEPARATORS)), max_size=12)
       .map(lambda parts: "".join(w + s for w, s in parts)))
def test_funding_and_spending_words_are_found_where_they_were(text):
    funding, not_a_grant = _old_vocabulary_patterns()
    vocab = vocabulary()
    assert (vocab.funding.search(text) is None) == (funding.search(text) is None)
    assert (vocab.not_a_grant.search(text) is None) == (not_a_grant.search(text) is None)


GRANT_WORDS = ["grant", "Grant", "GRANT", "for", "FOR", "fOr", "of", "the", "digital", "is",
               "was", "funding", "£5", "2024-25", "ſ", "K", "İ", "ı"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(GRANT_WORDS) | st.text(max_size=3),
                          st.sampled_from(SEPARATORS)), max_size=10)
       .map(lambda parts: "".join(w + s for w, s in parts)))
def test_a_grant_name_is_looked_for_only_where_its_words_are(text):
    from wlga_analysis.interpret.programme.grant_tables import _GRANT_FOR
    from wlga_analysis.interpret.programme.grants import _NAME_AFTER

    # the cheap tests tried first (a match always holds these words)
    if _NAME_AFTER.match(text):
        assert "grant" in text
    if _GRANT_FOR.search(text[-120:]):
        assert "grant" in text[-120:].lower() and "for" in text[-120:].lower()


TIMING_TEXTS = ["before the end of the financial year", "by the end of the financial year 2024-25",
                "by the end of the calendar year", "the end of the calendar year 2025",
                "expected early 2025", "late 2023", "the end of 2024", "by 31st March 2022",
                "on 1 June 2025", "from May 2022", "in September 2024", "year-end 2023/24",
                # phrases whose quarter the tense decides (a wrong mark would show here)
                "in November", "in the new year", "in Spring", "by quarter two",
                "between June and September", "following May's elections"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TIMING_TEXTS),
       st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2027, 12, 31)),
       st.sampled_from([None, "2021-22", "2024-25"]))
def test_a_phrase_that_states_its_year_resolves_whatever_the_tense(text, day, year):
    from wlga_analysis.quarters import TIMING_PATTERNS, _fy_start_of_label

    fy_start = _fy_start_of_label(year) if year else None
    for pattern in TIMING_PATTERNS:
        m = pattern.regex.search(text)
        if pattern.reads_tense or m is None:
            continue
        readings = {_reading(pattern, m, day, fy_start, past, future)
                    for past in (False, True) for future in (False, True)}
        assert len(readings) == 1, (pattern.name, text, readings)


def _reading(pattern, m, day, fy_start, past, future):
    try:
        return str(pattern.resolve(m, day, fy_start=fy_start, past=past, future=future))
    except (KeyError, ValueError) as exc:  # (read as no quarter, whatever the tense)
        return repr(exc)


def test_the_phrases_that_state_their_year_are_those_marked_so():
    from wlga_analysis.quarters import TIMING_PATTERNS

    assert sorted(p.name for p in TIMING_PATTERNS if not p.reads_tense) == [
        "dashed date", "day month year", "end of calendar year", "end of financial year",
        "month range", "month year", "numeric date", "part of a year", "short numeric date"]


def _old_folded(inline: Inline) -> Inline:
    """Inline.folded as it was: a character at a time over the bold mask."""
    chars: list[str] = []
    marks: list[bool] = []
    for ch, bold in zip(inline.text, inline.mask(), strict=True):
        if ch.isspace():
            if chars and chars[-1] == " ":
                marks[-1] = marks[-1] and bold
                continue
            ch = " "
        chars.append(ch)
        marks.append(bold)
    return Inline.from_mask("".join(chars), marks).strip()


@st.composite
def _inlines(draw) -> Inline:
    """Texts of letters and white space of every kind, with bold spans that may touch, be
    empty, or start or end inside a run of white space."""
    characters = ["a", "b", " ", "\t", "\n", "\xa0", "\u2028", "\x1c", "\u3000", "\u200b"]
    text = draw(st.text(st.sampled_from(characters), max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    return Inline(text, tuple(zip(cuts[::2], cuts[1::2], strict=False)))


@settings(max_examples=200, deadline=None)
@given(_inlines())
def test_inline_text_is_folded_as_it_was(inline):
    assert inline.folded() == _old_folded(inline)


NAMING_PIECES = ["grant", "grants", "Grant", "digital", "team", "-", "_", "2024", "é", "ſ",
                 " ", "  ", "\t", "\xa0", "\u2028", ".", ",", "x-", "grant-grant", "K"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(NAMING_PIECES) | st.text(max_size=3), max_size=14)
       .map("".join))
def test_grant_name_words_are_found_where_the_pattern_found_them(text):
    from wlga_analysis.interpret.programme.common import _NAMED_GRANT
    from wlga_analysis.interpret.programme.grants import named_grant_words

    assert named_grant_words(text) == [m.group(1) for m in _NAMED_GRANT.finditer(text)]
