"""Issue 13 (1 MB in under 2 s): the string tests run before a grant's name and purpose
patterns never rule out a text the pattern matches.

A mention's words before its amount are searched for "<word> grant of" and "a <Name> Fund
award of" only when they end so (``str.endswith`` after the white space and "of" are
stripped): a paper of many funding sentences that end otherwise ("The grant number 7 of
£1,007") is read without those searches. Each test checks, on texts built from the pieces
the patterns read, that a match implies the test's yes; and that the hostile paper's
wording is ruled out.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.interpret.programme import grant_names, grants

PIECES = ["grant", "grants", "Grant", "Fund", "funding", "grant funding", "of", "up", "to",
          "The", "a", "an", "its", "award", "offer", "payment", "allocation", "Cyber",
          "Resilience", "in", "digital", "grantof", "7", "£", " ", " ", " ", "  ", "\t", "\xa0",
          "\n", "\u2028", ":"]
_texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
_MANY = settings(max_examples=600, deadline=None)


@_MANY
@given(_texts)
def test_a_name_or_word_before_funding_is_searched_for_wherever_it_can_match(before):
    if grants._NAME_BEFORE.search(before) or grants._WORD_FUNDING.search(before):
        assert grants._ends_in_funding_word(before)


@_MANY
@given(_texts)
def test_a_named_kind_of_grant_is_searched_for_wherever_it_can_match(before):
    if before.rstrip().endswith(" of") and grant_names._A_NAMED.search(before[-160:]):
        assert grant_names._names_a_kind(before)


def test_the_tests_pass_the_names_they_must_find():
    for before in ("the digital grant of ", "improvement funding ", "a grant funding of up to ",
                   "the team grant\tof\xa0up  to "):
        assert grants._ends_in_funding_word(before), before
        assert grants._NAME_BEFORE.search(before), before
    for before in ("a Cyber Resilience Fund award of ", "a Diversity in Democracy grant of "):
        assert grant_names._names_a_kind(before), before
        assert grant_names._A_NAMED.search(before), before


def test_the_many_grants_paper_is_ruled_out_without_a_search():
    before = "The grant number 7 of "
    assert not grants._ends_in_funding_word(before)
    assert not grant_names._names_a_kind(before)
