"""Tests of wlga_analysis.text.prefilter: the literal gate and the start-character search
must never change which pattern matches, or where (status rules, organisations)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wlga_analysis.interpret.programme.partners import _organisation_patterns, _partners
from wlga_analysis.status import StatusRule, classify_status, load_status_rules, may_match
from wlga_analysis.text.prefilter import LiteralGate, StartSearch, first_characters

#: Characters where case folding has quirks: the regex engine matches "ı" and "ſ" to i and
#: s case-insensitively, "İ" lower-cases to two characters, "K" (Kelvin) to k.
QUIRKS = "ıſİKkKsSiI"
ALPHABET = "abcdeghilnorstuvwy -.,;:'’\n\t\xa0" + "ABDGHLNSTW" + QUIRKS + "é£12"

#: Pieces of patterns: literals, classes, anchors, look-arounds, repeats, local flags.
FRAGMENTS = ["a", "ab", "has", "(?:has|have)", "\\b", "\\s+", "x?", "[a-c]", "[^a]", ".",
             "(?<!w\\s)", "(?=b)", "(?i:k)", "(?-i:B)", "ſ", "ı", "İ", "K", "\\d", "\\w",
             "(?:on|off)*", "^", "$", "\n", " ", "-", "[-x]", "(?>ab|a)", "a++", "é",
             "(b)\\1", "(?P<g>n)", "[A-Z]", "(?s:.)", "on-?going", "will\\b"]

texts = st.text(alphabet=ALPHABET, max_size=60)
literals = st.text(alphabet="abdegilnorstwy -'ıſK\t\xa0", min_size=0, max_size=6)


def _old_classify(text, rules):
    """classify_status as it was: every rule's pre-check, then its regex, in order."""
    lowered = (text or "").lower()
    for rule in rules:
        if may_match(rule.required, lowered) and rule.regex.search(text or ""):
            return rule.status, rule.rule
    for rule in rules:
        if rule.rule.startswith("default"):
            return rule.status, rule.rule
    return None, None


def _old_partners(text, orgs):
    """_partners as it was: every organisation's pre-check, then its regex."""
    lowered = text.lower()
    found = [(m.start(), org.name) for org in orgs
             if may_match(org.triggers, lowered) and (m := org.regex.search(text))]
    return [name for _, name in sorted(found)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.none() | st.lists(literals, min_size=1, max_size=4).map(tuple),
                max_size=12), texts)
def test_gate_is_the_pre_check_of_every_pattern(required, text):
    lowered = text.lower()
    gate = LiteralGate(required)
    expected = [i for i, r in enumerate(required) if may_match(r, lowered)]
    assert list(gate.indices(gate.candidates(lowered))) == expected
    assert list(gate.indices(gate.candidates(lowered))) == expected  # (remembered words)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.none() | st.lists(literals, min_size=1, max_size=4).map(tuple),
                max_size=12), st.lists(texts, min_size=1, max_size=6), st.booleans())
def test_gate_learns_many_new_words_at_once_as_it_would_one_by_one(required, many, small):
    gate = LiteralGate(required)
    if small:
        gate.max_words = 3  # its table outgrows its size and starts again
    for text in many:
        lowered = text.lower()
        expected = [i for i, r in enumerate(required) if may_match(r, lowered)]
        assert list(gate.indices(gate.candidates(lowered))) == expected


def test_a_word_holding_no_literal_is_remembered_without_bits():
    gate = LiteralGate([("delay",), ("will",)])
    assert gate.candidates("12345 67890 delayed") == 0b01
    assert gate._known == {"12345", "67890", "delayed"} and set(gate._hits) == {"delayed"}


def test_gate_finds_literals_that_overlap_or_contain_each_other():
    gate = LiteralGate([("abc",), ("bcd",), ("bc",), ("cd e",), ("xyz",)])
    assert list(gate.indices(gate.candidates("abcd ef"))) == [0, 1, 2, 3]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map("".join),
       st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.ASCII, re.ASCII]), texts)
def test_start_search_finds_what_search_finds(pattern, flags, text):
    try:
        regex = re.compile(pattern, flags)
    except re.error:
        return
    expected = regex.search(text)
    found = StartSearch(pattern, flags).search(text)
    assert (found is None) == (expected is None)
    if expected is not None:
        assert found.start() == expected.start()


def test_first_characters_of_shipped_patterns():
    rules = {r.rule: r for r in load_status_rules()}
    assert first_characters(rules["risk: delay"].pattern, re.IGNORECASE) == "Dd"
    assert first_characters(rules["in progress: working with"].pattern, re.I) == "Ww"
    assert first_characters(".", re.IGNORECASE) is None  # a match may start anywhere
    assert first_characters("ſtart", re.IGNORECASE) == "Ss"  # as the engine folds case
    assert first_characters(r"(a)\1") is None  # a group reference: searched as usual


@pytest.mark.parametrize("text", [
    "The programme HAS BEEN DELAYED.", "Work is ongoing with Data Cymru and the LGA.",
    "Wıll be publıshed", "ſcheduled for June", "İt will be done", "work with the WLGA",
    "", " ", "Not yet started; no delays.", "The Kelvin ſign: K"])
def test_classify_status_and_partners_as_before_on_shipped_lists(text):
    rules, orgs = load_status_rules(), _organisation_patterns()
    assert classify_status(text, rules) == _old_classify(text, rules)
    assert _partners(text, orgs) == _old_partners(text, orgs)


WORDS = ["has been", "delay", "will", "not yet", "on track", " with", "work", "Data Cymru",
         "LGA", "Audit Wales", "ongoing", "scheduled for", "WALES", "ſ", "ı", "İ", "K",
         "being developed", "completed", "Stonewall", "continu", "under way", ". ", "£5m"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | texts, max_size=10).map(" ".join))
def test_classify_status_and_partners_as_before_on_any_text(text):
    rules, orgs = load_status_rules(), _organisation_patterns()
    assert classify_status(text, rules) == _old_classify(text, rules)
    assert _partners(text, orgs) == _old_partners(text, orgs)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*FRAGMENTS, "delay", "(?:will|shall)", "has been\\b"]),
                min_size=1, max_size=3).map("".join).filter(lambda p: _compiles(p)),
       st.lists(st.sampled_from(WORDS) | texts, max_size=8).map(" ".join))
def test_classify_status_as_before_with_any_rules(pattern, text):
    rules = (StatusRule(1, "done", pattern, "analyst's rule"),
             *load_status_rules()[::3],
             StatusRule(200, "planned", "(?:" + pattern + ")|will", "another"))
    assert classify_status(text, rules) == _old_classify(text, rules)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error:
        return False
    return True
