"""The cheaper readers of amounts and purposes find exactly what the plain patterns find.

Each reference below is the straightforward reading the faster one replaces (one regex
call per question, case-blind throughout); the faster one must agree with it on any text.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.interpret.programme import grants
from wlga_analysis.text import money

_Z, _G = "\u200b\u2060\ufeff", "\u00a0\u202f\u2009"
_PLAIN_MONEY = re.compile(
    r"(?P<sign>£|￡|\bGBP(?![^\W\d_]))[ \u00a0]?"
    r"(?P<num>\d{1,3}(?:(?:,[" + _Z + r"]?|[" + _G + r"])\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:[ \u00a0]?(?P<unit>bn|billion|m|million|k|thousand)"
    r"(?![^\W\d\u00b2\u00b3\u00b9\u2070-\u2079]))?",  # (a digit or footnote mark may follow)
    re.IGNORECASE)
_PLAIN_BAD_TAIL = re.compile(r"(?P<group>[," + _G + _Z + r"]?\d)|(?P<point>\.\d)|"
                             r"(?P<space>,? \d{3}(?!\d))")


def _plain_find_money(text: str) -> list[tuple]:
    out = []
    for m in _PLAIN_MONEY.finditer(text):
        digits, unit = m.group("num", "unit")
        bad = None if unit else _PLAIN_BAD_TAIL.match(text, m.end("num"))
        if bad is not None:
            problem = ("more than one decimal point" if bad.group("point") else
                       "a plain space inside the number" if bad.group("space") else
                       "a digit group that is not three digits")
            out.append((m.start(), m.end(), m.group(0), None, problem))
            continue
        head, point, tail = digits.partition(".")
        if not unit and point and len(tail) == 3 and head.isdigit():
            out.append((m.start(), m.end(), m.group(0), None, "a point before three digits "
                        "(a thousands separator, or three decimal places?)"))
            continue
        try:
            value = Decimal(re.sub("[," + _G + _Z + "]", "", digits))
        except InvalidOperation:  # pragma: no cover
            continue
        value *= money._UNITS.get(unit.lower() if unit else "", 1)
        if value >= 2 ** 63 - 1:  # (no whole-pound column holds it)
            out.append((m.start(), m.end(), m.group(0), None, "too large to be an amount "
                        "(more than a whole-pound column holds: a figure run together?)"))
            continue
        out.append((m.start(), m.end(), m.group(0), value, None))
    return out


def _as_tuples(found: list[money.Money]) -> list[tuple]:
    return [(m.start, m.end, m.printed, m.value, m.problem) for m in found]


@settings(max_examples=400)
@given(st.text(alphabet="£￡GgBbPp 0123456789,.\u00a0\u202f\u200bkKmMbnBNilo\u212a\u0130x",
               max_size=50))
def test_find_money_reads_what_the_plain_case_blind_pattern_reads(text):
    assert _as_tuples(money.find_money(text)) == _plain_find_money(text)


def test_find_money_on_the_forms_of_an_amount():
    text = ("£800,000.75, GBP 5, gbp 7m, ￡9 and £1.2.3; £80,00 and £800 000 then £4 BN, "
            "£12345678901234567890123456789012 and £3 K\u212a")
    got = _as_tuples(money.find_money(text))
    assert got == _plain_find_money(text)
    assert [m[4][:20] for m in got if m[4]] == ["more than one decima",
                                               "a digit group that i",
                                               "a plain space inside",
                                               "too large to be an a"]
    # (32 digits: more than a table's whole-pound column holds, reported, not read; it
    # stopped the whole document with an overflow, issue #13)
    assert got[-2][3] is None


_PLAIN_PHRASE_END = (r"\s*[,;:.()]\s|\s*[,;:](?!\d)|\s+and\s+the\s+|\s+(?:which|that|who|to|"
                     r"from|with|by|in order)\s+|\s+(?:during|in|for|over)\s+(?:the\s+)?"
                     r"(?:(?:financial\s+)?year\s+)?(?:19|20)\d{2}\b|\.$")


@settings(max_examples=400)
@given(st.lists(st.sampled_from(
    ["the", " ", "\u00a0", "\t", ",", ";", ":", ".", "(", ")", "1", "2021", "2024", "team",
     "and", "which", "in order", "for", "year", "financial", "Digital", "\n", "ſ"]),
    max_size=14).map("".join))
def test_a_phrase_is_cut_where_the_plain_pattern_cuts_it(text):
    plain = re.split(_PLAIN_PHRASE_END, text, maxsplit=1)[0].strip().rstrip(".")
    assert grants._cut_phrase(text) == plain


@settings(max_examples=400)
@given(st.lists(st.sampled_from(
    [" ", "for", "FOR", "towards", "funds", "pays", "for", "supports", "to", "deliver",
     "the", "team", "2024-25", "a year", "xfor", "ſupports", "-", ".", "K"]),
    max_size=12).map(" ".join))
def test_a_purpose_lead_is_found_where_the_plain_search_finds_it(text):
    plain = grants._PURPOSE_LEAD.search(text)
    fast = grants._purpose_lead(text)
    assert (plain and (plain.span(), plain.group("p"))) == (fast and (fast.span(),
                                                                      fast.group("p")))


@given(st.sampled_from([*sorted(grants._VERB_WORDS), "digital", "gives", "give", "Awards",
                        "AGREED", "being", "mad", "rece"]),
       st.sampled_from(["", "s", "d", "x"]), st.booleans())
def test_verb_words_are_what_the_verb_pattern_matches(word, tail, upper):
    word = (word + tail).upper() if upper else word + tail
    assert grants._is_verb_like(word, word.lower()) == bool(grants._VERB_LIKE.fullmatch(word))


def test_every_alternative_of_the_verb_pattern_is_a_verb_word():
    forms = {w + s for w in re.findall(r"[a-z]+\??", grants._VERB_LIKE.pattern[3:])
             for s in ("",)}
    words = {f[:-2] for f in forms if f.endswith("s?")} | \
        {f[:-2] + "s" for f in forms if f.endswith("s?")} | {f for f in forms if "?" not in f}
    assert words == set(grants._VERB_WORDS)


def test_grants_listed_inline_after_a_colon_are_named_by_their_labels():
    # a PDF prints the funding list as one sentence: "... funded by two grants: A (Welsh
    # Government): £1,200,000; B (Welsh Government): £300,000." Each label names its grant
    # (its funder in brackets dropped), not the sentence's subject ("grant for roadmap's work")
    from wlga_analysis.interpret.programme.grants import _mention_name

    before = ("The roadmap's work in 2025-26 is funded by two grants: Digital Transformation "
              "Fund (Welsh Government): ")
    assert _mention_name(before, "; Cyber ...") == "Digital Transformation Fund"
    before += "£1,200,000; Cyber Resilience Grant (Welsh Government): "
    assert _mention_name(before, ".") == "Cyber Resilience Grant"
    # a colon that ends a sentence's lead-in is no label of a grant's name
    assert _mention_name("Councils were told: ", "") is None
