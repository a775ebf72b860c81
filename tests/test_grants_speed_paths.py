"""Issue 13 (1 MB in under 2 s): the grants' shorter paths read what the longer ones read.

A sentence with one well-formed amount skips the sorting of malformed amounts and pence;
a mention's name is looked for without a generator of candidates; a year only where a
"19" or "20" is printed; the words that name grants are found in all texts in one pass
(the texts kept apart by a NUL), each found from "grant" backwards by one match in the
reversed text. Each test compares the short path with the plain reading it replaces.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.interpret.programme import grants
from wlga_analysis.interpret.programme.common import vocabulary

PIECES = ["grant", "grants", "Grant", "funding", "digital", "fund7", "Is", "received", "-",
          "_", " ", "  ", "\t", "\xa0", "\n", "\0", "é", "2024-25", "19", ": ", "of ", "up to ",
          "Digital Fund", "annual", "x-", "grant-grant"]
#: Each short path against the plain reading: three times the profile's examples (90 by
#: default; HYPOTHESIS_PROFILE=long for thousands).
_EQUAL_PATHS = settings(max_examples=3 * settings().max_examples, deadline=None)
_texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=12).map("".join)


def _old_named_grant_words(text: str) -> list[str]:
    """The character-by-character reading the one-match reading replaced."""
    out, last_end, at = [], 0, text.find("grant")
    while at >= 0:
        after = at + 5
        if after < len(text) and (text[after].isalnum() or text[after] == "_"):
            at = text.find("grant", after)
            continue
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        start = space
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        if space < at and start < space and start >= last_end and re.match(
                "[A-Za-z]", text[start]):
            out.append(text[start:space])
            last_end = after
        at = text.find("grant", after)
    return out


@_EQUAL_PATHS
@given(_texts)
def test_grant_words_are_found_as_character_by_character(text):
    assert grants.named_grant_words(text) == _old_named_grant_words(text)


@_EQUAL_PATHS
@given(st.lists(_texts, max_size=5))
def test_grant_words_of_texts_joined_by_a_nul_are_those_of_each_text(texts):
    one_by_one: dict[str, int] = {}
    for text in texts:
        grants.note_grant_words(text, frozenset({"annual"}), one_by_one)
    joined: dict[str, int] = {}
    grants.note_grant_words("\0".join(texts), frozenset({"annual"}), joined)
    assert list(joined.items()) == list(one_by_one.items())


def test_grant_words_of_joined_texts_keep_their_order_and_the_first_place():
    named: dict[str, int] = {}
    grants.note_grant_words("\0".join(["The team grant.", "the\0digital grant", "grant",
                                       "Team grant and annual grant"]),
                            frozenset({"annual"}), named)
    assert named == {"team": 0, "digital": 1}


def _old_mention_name(before: str, after: str, generic: frozenset[str]) -> str | None:
    """The name as the generator of candidates read it (main before the short path)."""
    if before.rstrip().endswith(":"):
        m = grants._FUNDING_LABEL.fullmatch(before)
        if m is not None and vocabulary().funding.search(m.group("label")):
            return m.group("label")
    for word in grants._name_candidates(before, after):
        lowered = word.lower()
        if lowered not in generic and not grants._VERB_LIKE.fullmatch(word):
            return f"{lowered} grant"
    return None


@_EQUAL_PATHS
@given(_texts, _texts)
def test_a_mention_is_named_as_the_candidates_named_it(before, after):
    generic = vocabulary().generic
    assert grants._mention_name(before, after, generic) == \
        _old_mention_name(before, after, generic)


@_EQUAL_PATHS
@given(st.text(alphabet="abc 018-–/foryear", max_size=30),
       st.text(alphabet="abc 018-–/foryear", max_size=30))
def test_no_year_is_stated_without_a_19_or_20(before, after):
    assert grants._mention_year(before, after) is None


def test_tricky_sentences_are_read_alike_with_one_amount_or_many():
    vocab = vocabulary()
    cases = {
        "The digital grant of £5,000 for 2024-25 was agreed.":
            ([], [(5000, True, "digital grant", "2024-25")]),
        "The team grant of £2.50 was agreed.": (["£2.50"], [(3, True, "team grant", None)]),
        "A grant of £1,00 was agreed.": (["£1"], []),
        "Funding of GBP 7,000 and ￡8,000 for the scrutiny grant.":
            ([], [(7000, True, None, None), (8000, True, None, None)]),
        "The budget of £9 is funding.": ([], [(9, False, None, None)]),
        "£12k of funding: improvement grant in 2023-24.":
            ([], [(12000, True, None, "2023-24")]),
    }
    for sentence, (problems, readings) in cases.items():
        (found,) = grants.row_amounts(sentence, vocab)
        assert [m.printed for m in found.problems] == problems, sentence
        assert [(r.amount, r.funding, r.name, r.year) for r in found.readings] == readings, \
            sentence
        assert found.per_year is False


def test_a_sentence_read_per_year_says_so():
    (found,) = grants.row_amounts("WG has offered a grant of £250,000 a year for two years "
                                  "from 2025-26.", vocabulary())
    assert found.per_year is True
    assert [r.year for r in found.readings] == ["2025-26", "2026-27"]


def test_the_cached_purpose_is_the_purpose():
    after = " was agreed for the digital team, as planned."
    assert grants._purpose_after_text(after) == grants._purpose_after(after) == "digital team"
    assert grants._purpose_after_text(" each year for 2024-25.") is None


def test_the_programme_name_is_read_from_the_title_or_the_first_rows():
    assert grants.programme_name_in("WLGA Improvement Programme 2021-22", []) == \
        "Improvement Programme"
    assert grants.programme_name_in("The Digital Programme Update", []) == "Digital Programme"
