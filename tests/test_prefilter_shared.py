"""Gates that share one table of words (status rules, organisations and timing phrases read
each programme item in turn) give each gate exactly what a gate of its own would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.status import may_match
from wlga_analysis.text.prefilter import LiteralGate, WordTable, _literal_matchers

texts = st.text(alphabet="abdegilnorstwy -'ıſK\t\xa0£12", max_size=60)
literals = st.text(alphabet="abdegilnorstwy -'ıſK\t\xa0£12", min_size=0, max_size=6)
requireds = st.lists(st.none() | st.lists(literals, min_size=1, max_size=4).map(tuple),
                     max_size=10)


def _expected(required, lowered):
    return [i for i, r in enumerate(required) if may_match(r, lowered)]


@settings(max_examples=100, deadline=None)
@given(st.lists(requireds, min_size=1, max_size=4), st.lists(texts, min_size=1, max_size=6),
       st.integers(1, 3), st.integers(3, 50))
def test_gates_sharing_a_table_are_each_their_own_pre_check(requireds_, many, max_gates,
                                                            max_words):
    table = WordTable()
    table.max_gates = max_gates  # a small table starts again: its gates place themselves anew
    table.max_words = max_words
    gates = [LiteralGate(required, table) for required in requireds_]
    for text in many:
        lowered = text.lower()
        for required, gate in zip(requireds_, gates, strict=True):
            assert list(gate.indices(gate.candidates(lowered))) == _expected(required, lowered)
        # each gate made again (one of its kind placed already: the same bits)
        for required in requireds_:
            gate = LiteralGate(list(required), table)
            assert list(gate.indices(gate.candidates(lowered))) == _expected(required, lowered)


def test_a_shared_table_reads_a_text_once_for_every_gate():
    table = WordTable()
    status = LiteralGate([("delay",), ("will",), (" with",)], table)
    partners = LiteralGate([("lga",), ("data cymru",)], table)
    text = "the lga will work with data cymru; no delays"
    assert (status.candidates(text), partners.candidates(text)) == (0b111, 0b11)
    assert table._known == set(text.split())  # the words were learned once, for both
    # (a literal of several words is looked for when its longest word is there)
    assert table._hits.keys() == {"lga", "will", "with", "cymru;", "delays"}


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.text(alphabet="abc£1'", min_size=1, max_size=5),
                       st.integers(1, 255), min_size=1, max_size=8),
       st.text(alphabet="abc£1'", max_size=12))
def test_the_tries_find_every_literal_of_a_word(owners, word):
    prefixes: dict[str, int] = {}
    holds_any, longest_at = _literal_matchers(owners, prefixes)
    expected = 0
    for literal, bits in owners.items():
        if literal in word:
            expected |= bits
    found = 0
    for m in longest_at(word):
        found |= prefixes[m.group(1)]
    assert found == expected
    assert (holds_any(word) is not None) == any(literal in word for literal in owners)


def test_a_table_that_starts_again_keeps_the_words_of_the_text_it_reads():
    """A table that outgrows its size forgets the words it knew; the text that made it
    start again is then read whole, its words known before included (the hypothesis test
    above found "2 i" read with no "i" after "11" and "1 i" filled a table of three words:
    in a document of more than 50,000 different words, a status or partner word seen before
    the table started again was missed)."""
    table = WordTable()
    table.max_words = 3
    gate = LiteralGate([("i",)], table)
    assert [gate.candidates(text) for text in ("11", "1 i", "2 i", "3 4 i")] == [0, 1, 1, 1]
