"""Issue 13 (1 MB in under 2 s): the grants rules' document-level gates read what the rules
read without them.

A rule whose words occur nowhere in a document's amount texts is not tried at each amount
(:mod:`wlga_analysis.interpret.programme.grant_scan`); a text with no sentence mark before
its end is one sentence; a text with no "GBP" or "￡" is read for "£" amounts only; list
entries are looked for only where one search of all texts finds them possible; the year
after an amount is read once per distinct text. Each test compares the short path with the
plain reading it replaces, on awkward inputs (case traps such as the long s, NULs, marks
at the end, units, definitions).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wlga_analysis import programme
from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import (
    grant_lists,
    grant_scan,
    grant_tables,
    grants,
    parser,
)
from wlga_analysis.interpret.programme.common import _Row, vocabulary
from wlga_analysis.testing import hostile
from wlga_analysis.text.sentences import SENTENCE_END

_EQUAL_PATHS = settings(max_examples=3 * settings().max_examples, deadline=None)
PIECES = ["£5,000", "£1.5m", "£2.50", "£1,00", " GBP 7", "gbp 8", "￡9", " of ", "grant",
          "Grant", " Fund", "Programme", "funding", "the budget", "TOTAL", "ſpent", "İ", "ı",
          " spend ", "plan", "PLAN", " for 2024-25", "2025/26", ". ", "! ", "? ", ".", " ",
          "\t", "\xa0", "The ", "digital ", "was agreed", " per annum", " a year for two years "
          "from 2025-26", ":", ":   ", "\0", "\n", "k", " million", "**Digital Fund:** "]
_texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=10).map("".join)


def _plain_amounts(text: str) -> tuple[grants.SentenceAmounts, ...]:
    """The reading before the gates: every sentence split, every rule tried."""
    vocab = vocabulary()
    return tuple(grants._sentence_amounts(s, vocab) for s in SENTENCE_END.split(text))


@_EQUAL_PATHS
@given(_texts, st.lists(_texts, max_size=3))
@example("the budget Fund:gbp 8", [])  # ("gbp" in lower case: its words were not looked at)
def test_amounts_with_the_gates_are_the_plain_amounts(text, others):
    vocab = vocabulary()
    words = grant_scan.DocumentWords.of_texts([text, *others], vocab)
    assert grants.row_amounts(text, vocab, words) == _plain_amounts(text)
    assert grants.row_amounts(text, vocab) == _plain_amounts(text)


@_EQUAL_PATHS
@given(st.lists(_texts, max_size=4), st.integers(0, 60), st.integers(0, 60))
def test_no_spending_words_anywhere_means_none_before_any_amount(texts, start, size):
    vocab = vocabulary()
    text = "\0".join(texts)
    piece = text[start:start + size]  # (any part: a window may cut a word)
    if vocab.not_a_grant.search(piece) is not None:
        assert grant_scan.may_occur(text, vocab.not_a_grant.pattern)
    lowered = piece.lower()
    words = grant_scan.DocumentWords(text, vocab)
    assert words.plan or "plan" not in lowered
    assert words.funded or "funded" not in lowered
    assert words.fund_names or not any(w in piece for w in grant_scan.FUND_NAME_ENDS)


def test_a_spending_word_before_an_amount_is_still_seen():
    vocab = vocabulary()
    text = "The grant funding the budget of £5,000 was agreed."
    words = grant_scan.DocumentWords.of_texts(["Other text.", text], vocab)
    (found,) = grants.row_amounts(text, vocab, words)
    assert [(r.amount, r.funding) for r in found.readings] == [(5000, False)]
    assert grants.row_amounts(text, vocab, words) == _plain_amounts(text)


def test_case_traps_keep_the_rule():
    vocab = vocabulary()
    assert vocab.not_a_grant.search("ſpent") is not None  # (a long s is a case-blind s)
    assert grant_scan.DocumentWords("£5 ſpent", vocab).spending
    assert not grant_scan.DocumentWords("£5 agreed", vocab).spending
    assert grant_scan.may_occur("anything", r"\bab?\b")  # (no literal known: searched)


def _rows(texts: list[str], kinds: list[str]) -> list[_Row]:
    return [_Row(kind, 1, None, None, text, n) for n, (text, kind) in
            enumerate(zip(texts, kinds, strict=False), 1)]


@_EQUAL_PATHS
@given(st.lists(st.tuples(_texts | st.sampled_from(
    ["Digital grant", ":   £530,000", "Careers fund\t£80,000", "Total\t£9", "Funding for "
     "2025-26 is:", "£5", " :£5 ", "A fund £1.5 m."]), st.sampled_from(["text", "bullet"])),
    max_size=8))
def test_list_entries_start_only_where_the_search_finds_them(pairs):
    rows = _rows([t for t, _ in pairs], [k for _, k in pairs])
    starts = set(grant_lists.entry_starts([r.text for r in rows]))
    for k in range(len(rows)):
        if grant_lists._entry(rows, k) is not None:
            assert k in starts


def test_definition_lists_are_read_as_before():
    rows = _rows(["Funding for 2025-26 is:", "Digital grant", ":   £530,000",
                  "Careers fund\t£80,000", "Total\t£610,000", "The grant of £5 was agreed."],
                 ["text"] * 6)
    records, read = grant_lists.definition_grants(rows, lambda *a: None)
    assert [(r["grant"], r["amount_gbp"]) for r in records] == [
        ("Digital grant", 530000), ("Careers fund", 80000)]
    assert len(read) == 4


@_EQUAL_PATHS
@given(_texts)
def test_the_year_after_an_amount_is_read_alike_once_or_again(after):
    m = grants._YEAR_AFTER.search(after)
    plain = None if m is None else grants._financial_year(m.group(1), m.group(2))
    assert grants._year_after_text(after) == grants._year_after(after) == plain


@settings(max_examples=settings().max_examples // 3 + 1, deadline=None)
@given(st.lists(st.sampled_from([
    "- The grant number 7 of £1,007 was agreed for 2021-22.",
    "- The Digital Transformation Fund of £5,000 was agreed.",
    "- **Careers Fund:** £80,000 for the careers team.",
    "- The WLGA business plan for 2024-25 is secured by £9,000 of funding.",
    "- A total of £4,000 was spent.", "- The grant budget of £6,000 is agreed.",
    "- The digital grant of £530,000 for 2021-22.",
    "- Funding of £7,000. The team is funded by a grant of £7,000.",
    "- The fund7 grant of £1,001 was agreed for the team."]), min_size=1, max_size=6))
def test_a_document_reads_the_same_grants_with_the_gates_or_without(tmp_path_factory,
                                                                     bullets):
    path = tmp_path_factory.mktemp("gates") / "update.txt"
    path.write_text(hostile.programme_text(bullets=tuple(bullets)), encoding="utf-8")
    hostile.clear_caches()
    gated = programme.parse_programme(read_document(path, "programme"))
    hostile.clear_caches()
    try:  # (every rule tried: the words of a document about which nothing is known)
        parser.DocumentWords = lambda text, vocab: grant_scan.ANY_WORDS  # type: ignore
        ungated = programme.parse_programme(read_document(path, "programme"))
    finally:
        parser.DocumentWords = grant_scan.DocumentWords  # type: ignore[misc]
        hostile.clear_caches()
    assert gated.grants.equals(ungated.grants)
    assert gated.issues == ungated.issues


def test_a_fund_named_in_a_bold_lead_is_still_its_name():
    row = _Row("bullet", 1, None, None, "- **Careers Fund:** £80,000 for the team.", 3)
    mention = grants._Mention(row, "x", grants.row_amounts("£80,000", vocabulary())[0]
                              .readings[0], True)
    assert grant_tables.printed_grant_name([mention]) == "Careers Fund"
    assert re.fullmatch(r"Careers Fund", grant_tables.printed_grant_name(
        [mention], grant_scan.DocumentWords("£80,000", vocabulary())) or "")
