"""Programme interpreter: grants (see :mod:`wlga_analysis.interpret.programme`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache, partial
from operator import attrgetter
from typing import NamedTuple, TypeVar

from wlga_analysis import quarters
from wlga_analysis.interpret.programme.common import (
    _FY_TEXT,
    Vocabulary,
    _normalise,
    _Row,
    vocabulary,
)
from wlga_analysis.interpret.programme.fund_allocation import allocation_fund_name
from wlga_analysis.interpret.programme.funding_lines import labelled_funding_name
from wlga_analysis.interpret.programme.grant_bracketed import bracketed_grant_name
from wlga_analysis.interpret.programme.grant_labels import label_grant_name
from wlga_analysis.interpret.programme.grant_name_parts import plain_grant_name
from wlga_analysis.interpret.programme.grant_names import proper_grant_name
from wlga_analysis.interpret.programme.grant_restated import part_of_next
from wlga_analysis.interpret.programme.grant_scan import ANY_WORDS, DocumentWords, named_grant_words
from wlga_analysis.interpret.programme.grant_shares import given_out
from wlga_analysis.interpret.programme.grant_sources import own_part
from wlga_analysis.quality import Issue
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.money import Money, find_money, pound_amounts, pounds
from wlga_analysis.text.prefilter import StartSearch
from wlga_analysis.text.regex_cache import compile_regex
from wlga_analysis.text.sentences import SENTENCE_END

#: Where a purpose's phrase ends: a comma or other mark, "and the", a relative word, a
#: financial year, a full stop at the end.
_PHRASE_END = (r"\s*[,;:.()]\s|\s*[,;:](?!\d)|\s+and\s+the\s+|\s+(?:which|that|who|to|from|"
               r"with|by|in order)\s+|\s+(?:during|in|for|over)\s+(?:the\s+)?"
               r"(?:(?:financial\s+)?year\s+)?(?:19|20)\d{2}\b|\.$")
#: :data:`_PHRASE_END`, tried only at the characters a match starts with (white space or
#: a mark): the regex engine skips to those by itself, then checks the whole pattern there
#: (its match starts where the pattern's first match starts).
_PHRASE_END_AT = compile_regex(rf"[\s,;:.()](?<=(?=(?:{_PHRASE_END}))(?s:.))")


def _cut_phrase(text: str) -> str:
    """The phrase at the start of ``text``: up to where it ends (:data:`_PHRASE_END`).

    Examples
    --------
    >>> _cut_phrase("the digital team, as agreed"), _cut_phrase("team.")
    ('the digital team', 'team')
    """
    end = _PHRASE_END_AT.search(text)
    if end is not None:
        text = text[:end.start()]
    return text.strip().rstrip(".")


class _Reading(NamedTuple):
    """One readable £ amount of a sentence, as the sentence alone says it: its whole
    pounds, whether it is named as funding (the sentence is about funding and no spending,
    budget or total stands just before it), the words before and after it (up to the
    amounts next to it), and the name and financial year it states."""

    money: Money
    amount: int
    funding: bool
    before: str
    after: str
    name: str | None
    year: str | None
    #: For one of the rows of an amount stated per year over stated years ("£250,000 a
    #: year for three years from 2025-26"): the words that state the years.
    per_year: str | None = None


class SentenceAmounts(NamedTuple):
    """The amounts of one sentence: ``problems`` (the malformed ones and those with pence,
    in order, for the caller to report), ``readings`` (one per readable amount) and
    ``per_year`` (whether an amount is read as one row per stated year, which
    :func:`per_year_issues` reports)."""

    sentence: str
    problems: tuple[Money, ...]
    readings: tuple[_Reading, ...]
    per_year: bool = False


def row_amounts(text: str, vocab: Vocabulary,
                words: DocumentWords = ANY_WORDS) -> tuple[SentenceAmounts, ...]:
    """The amounts of a row's text, sentence by sentence (a sentence without one too: it
    ends the name a sentence carries to the next).

    Everything here depends on the text alone, so a parser reads each distinct text once.
    ``words`` says which words the document holds (:class:`.grant_scan.DocumentWords`): a
    rule whose words it lacks is not tried.

    Examples
    --------
    >>> [(r.amount, r.funding, r.name, r.year) for s in row_amounts(
    ...     "The digital grant of £5,000 for 2024-25 was agreed. The budget is £9.", vocabulary())
    ...  for r in s.readings]
    [(5000, True, 'digital grant', '2024-25'), (9, False, None, None)]
    >>> [(r.amount, r.funding) for s in row_amounts(
    ...     "By January, £410k of the grant had been spent.", vocabulary()) for r in s.readings]
    [(410000, False)]
    >>> [(m.printed, m.problem, str(m.value)) for s in row_amounts("£1,00 and £2.50.",
    ...                                                               vocabulary())
    ...  for m in s.problems]
    [('£1', 'a digit group that is not three digits', 'None'), ('£2.50', None, '2.50')]
    """
    # (the sentences of :func:`~wlga_analysis.text.sentences.split_sentences`: a sentence
    # ends at a mark with white space after it, so a text with no mark before its last
    # character is one sentence; and a text with no "GBP" and no "￡" has "£" amounts only)
    find = find_money if "￡" in text or "bp" in text or "BP" in text or "Bp" in text \
        or "bP" in text else pound_amounts
    spending = words.spending
    if text.find(".", 0, -1) < 0 and "?" not in text and "!" not in text:
        return (_sentence_amounts(text, vocab, find, spending),)
    out = tuple([_sentence_amounts(sentence, vocab, find, spending)
                 for sentence in SENTENCE_END.split(text)])
    if "called" in text or "known as" in text:  # "This money is called X." (.called_names)
        from wlga_analysis.interpret.programme.called_names import named_by_next

        out = named_by_next(out)
    return out


#: An amount that is a part of a funding stream, not a new grant: "£410k of the grant had
#: been spent", "£250,000 of this year's allocation".
_PART_OF = compile_regex(r"\s*+of\s++(?:the|this|that|its|our|their|which)\s++"
                         r"(?:[\w'’-]++\s++){0,2}?(?:grant|funding|allocation|budget|award)s?\b",
                         re.IGNORECASE)


#: A :class:`_Reading` or :class:`SentenceAmounts` from a tuple of all its fields, built
#: without a Python-level call (one of each per amount of a long document).
_new_reading = partial(tuple.__new__, _Reading)
_new_amounts = partial(tuple.__new__, SentenceAmounts)


def _readable(found: list[Money]) -> tuple[list[Money], tuple[Money, ...]]:
    """The amounts of ``found`` that can be read, and those to report (the malformed ones
    and those with pence, in order).

    Examples
    --------
    >>> [[m.printed for m in part] for part in _readable(find_money("£1,00 and £2.50, £3"))]
    [['£2.50', '£3'], ['£1', '£2.50']]
    """
    # (pence need a decimal point in the printed amount)
    if all(m.value is not None and "." not in m.printed for m in found):
        return found, ()  # (most sentences: every amount read, no pence)
    return [m for m in found if m.value is not None], \
        tuple(m for m in found if m.value is None or ("." in m.printed and m.has_pence))


def _sentence_amounts(sentence: str, vocab: Vocabulary,
                      find: Callable[[str], list[Money]] = find_money,
                      spending: bool = True) -> SentenceAmounts:
    found = find(sentence)
    if found and "£000" in sentence:  # (a header's unit, "Allocation (£000)": .budget_strands)
        from wlga_analysis.interpret.programme.budget_strands import without_units

        found = without_units(found)
    if not found:
        return _new_amounts((sentence, (), (), False))
    if len(found) == 1 and found[0].value is not None and "." not in found[0].printed:
        readable, problems = found, ()  # (most sentences: one amount, read, no pence)
    else:
        readable, problems = _readable(found)
        if not readable:
            return _new_amounts((sentence, problems, (), False))
    funding = vocab.funding.search(sentence) is not None
    not_a_grant, generic = vocab.not_a_grant.search, vocab.generic
    readings = []
    per_year = False
    last = len(readable) - 1
    for k, m in enumerate(readable):
        start, end = m.start, m.end
        # spending, a budget or a total just before the amount is not a grant
        # and neither is a part of a grant ("£410k of the grant had been spent")
        before = sentence[readable[k - 1].end if k else 0:start]
        after = sentence[end:readable[k + 1].start] if k < last else sentence[end:]
        granted = funding and own_part(sentence, k, readable, after, not_a_grant, spending) \
            and _not_a_share(sentence, end, after, k < last)  # (.grant_sources)
        year = _mention_year(before, after)
        value = m.value  # (most amounts: whole pounds, read without a call)
        reading = _new_reading((m, whole if value.is_finite() and (whole := int(value)) == value
                                else pounds(value), granted, before, after,
                                _mention_name(before, after, generic), year, None))
        span = stated_years(after) if granted and ("year" in after or "annum" in after) \
            else None
        if span is None:
            readings.append(reading)
        else:  # one row per stated year, each the amount as printed
            per_year = True
            readings.extend(reading._replace(year=year, per_year=span[1]) for year in span[0])
    return _new_amounts((sentence, problems, tuple(readings), per_year))


def _not_a_share(sentence: str, end: int, after: str, another: bool = False) -> bool:
    """Whether the amount ending at ``end`` is no part of a grant ("£410k of the grant"),
    no part of the next amount (``another``: one follows; "£689,000 of the £700,000 grant
    was spent": :mod:`.grant_restated`) and no share given out ("£45,000 to 19 community
    groups": :mod:`.grant_shares`)."""
    return _PART_OF.match(sentence, end) is None and not given_out(after) \
        and not part_of_next(after, another)


T = TypeVar("T")
_FY_WORDS = r"(?:19|20)\d{2}\s*[-\u2013/]\s*\d{2,4}"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
#: An amount stated per year over years the sentence states: "a year for three years from
#: 2025-26", "per annum for 2023-24 to 2025-26", "each year from 2024-25 to 2026-27".
_PER_YEAR_SPAN = LazyPattern(
    r"\s*(?:a|each|per|every)\s+(?:year|annum)\s+(?:"
    rf"for\s+(?:the\s+next\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})"
    r"\s+(?:financial\s+)?years\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+"
    rf"(?:the\s+)?(?:financial\s+year\s+)?(?P<first>{_FY_WORDS})"
    r"|(?:for|from|over)\s+(?:the\s+(?:financial\s+)?years\s+)?"
    rf"(?P<start>{_FY_WORDS})\s*(?:to|until|and|-|\u2013)\s*(?P<end>{_FY_WORDS}))",
    re.IGNORECASE)


def stated_years(after: str) -> tuple[tuple[str, ...], str] | None:
    """The financial years an amount is stated for, one each year, by the words after it
    ("a year for three years from 2025-26", "per annum for 2023-24 to 2025-26"), and those
    words; None unless the words state both the years and that the amount is per year (at
    most ten years; a span that runs backwards is no span).

    Examples
    --------
    >>> stated_years(" a year for three years from 2025-26 for a scrutiny programme.")
    (('2025-26', '2026-27', '2027-28'), 'a year for three years from 2025-26')
    >>> stated_years(" per annum for 2023-24 to 2025-26.")[0]
    ('2023-24', '2024-25', '2025-26')
    >>> stated_years(" a year.") is None, stated_years(" for 2023-24 to 2025-26.") is None
    (True, True)
    """
    m = _PER_YEAR_SPAN.match(after)
    if m is None:
        return None
    try:
        if m.group("count"):
            count = _COUNTS.get(m.group("count").lower()) or int(m.group("count"))
            first = quarters.financial_year_start(re.sub(r"\s+", "", m.group("first"))).year
        else:
            first = quarters.financial_year_start(re.sub(r"\s+", "", m.group("start"))).year
            last = quarters.financial_year_start(re.sub(r"\s+", "", m.group("end"))).year
            count = last - first + 1
    except ValueError:
        return None
    if not 2 <= count <= 10:
        return None
    years = tuple(quarters.financial_year_label(date(first + k, 4, 1)) for k in range(count))
    return years, " ".join(m.group(0).split())


def per_year_issues(document: str, line: int | None, readings: Sequence[_Reading]
                    ) -> list[Issue]:
    """A data-quality note (check "grant per year", table grants) for each amount of a
    sentence read as one grant row per stated year, so that the rows are traceable to the
    amount as printed (``document``: the document's name; ``line``: the sentence's line).

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import vocabulary
    >>> [(i.check, i.item, i.message[:50]) for s in row_amounts(
    ...     "WG has offered a grant of £250,000 a year for two years from 2025-26.", vocabulary())
    ...  for i in per_year_issues("paper.md", 7, s.readings)]
    [('grant per year', '£250,000', '£250,000 a year for two years from 2025-26 is read')]
    """
    out: list[Issue] = []
    seen: set[int] = set()
    for reading in readings:
        if reading.per_year is None or reading.money.start in seen:
            continue
        seen.add(reading.money.start)
        years = [r.year or "" for r in readings if r.money.start == reading.money.start]
        printed = reading.money.printed
        out.append(Issue(document, "grants", "grant per year", printed, line,
                         f"{printed} {reading.per_year} is read as one grant row per year: "
                         f"{', '.join(years)} ({printed} each)"))
    return out


def note_grant_words(text: str, generic: frozenset[str], named: dict[str, int]) -> None:
    """Add to ``named`` each non-``generic`` word of ``text`` naming a grant, with its order.

    Examples
    --------
    >>> named = {"team": 0}
    >>> note_grant_words("The digital grant and the annual grant; the team grant.",
    ...                  frozenset({"annual"}), named)
    >>> named
    {'team': 0, 'digital': 1}
    """
    for word in named_grant_words(text):
        word = word.lower()
        if word not in generic and word not in named:
            named[word] = len(named)


class _Mention:
    """One £ amount in a sentence of a row: the words before it and after it (up to the
    next amount), whether it is named as funding, and the name and financial year the
    mention itself states (the name may be carried from the sentence before)."""

    __slots__ = ("after", "amount", "before", "funding", "group_seen", "match", "name", "row",
                 "sentence", "year")

    def __init__(self, row: _Row, sentence: str, reading: _Reading, funding: bool):
        self.row, self.sentence, self.match, self.amount = row, sentence, reading.money, \
            reading.amount
        self.funding, self.before, self.after = funding, reading.before, reading.after
        self.name, self.year = reading.name, reading.year
        #: For the grant this mention opens: (its list of mentions, how many of them were
        #: read, their names, their years), kept by :func:`_names_and_years`.
        self.group_seen: tuple[list[_Mention], int, set[str], set[str]] | None = None


def grant_of(grants: list[list[_Mention]] | None, mention: _Mention) -> list[_Mention] | None:
    """The first of ``grants`` (those of the mention's amount) that ``mention`` is another
    mention of (see :func:`_same_grant`), or None.

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> first = M(amount=5, name="digital grant", year=None, group_seen=None)
    >>> grant_of([[first]], M(amount=5, name=None, year=None)) == [first]
    True
    >>> grant_of([[first]], M(amount=5, name="team grant", year=None)) is None
    True
    >>> grant_of(None, M(amount=5, name=None, year=None)) is None
    True
    """
    for grant in grants or ():
        if _same_grant(grant, mention):
            return grant
    return None


def _same_grant(grant: list[_Mention], mention: _Mention) -> bool:
    """Whether ``mention`` is another mention of ``grant``: the same amount, and no name or
    stated year that differs from the grant's."""
    if grant[0].amount != mention.amount:
        return False
    if not mention.name and not mention.year:
        return True  # nothing of its own that could differ
    names, years = _names_and_years(grant)
    return not (mention.name and names and mention.name not in names) and \
        not (mention.year and years and mention.year not in years)


def _names_and_years(grant: list[_Mention]) -> tuple[set[str], set[str]]:
    """The names and the years the mentions of ``grant`` state, read from the mentions added
    since the last call (a grant's list only grows): an amount mentioned many times costs
    time linear in its mentions, not quadratic."""
    first = grant[0]
    seen = first.group_seen
    if seen is None or seen[0] is not grant or seen[1] > len(grant):
        seen = (grant, 0, set(), set())
    _, count, names, years = seen
    for x in grant[count:]:
        if x.name:
            names.add(x.name)
        if x.year:
            years.add(x.year)
    first.group_seen = (grant, len(grant), names, years)
    return names, years


_NAME_BEFORE = compile_regex(r"(?<![\w-])([A-Za-z][\w-]*+)\s+(?:grant\s+funding|grant|funding)\s+"
                             r"(?:of\s+)?(?:up\s+to\s+)?$")


def _ends_in_funding_word(before: str) -> bool:
    """Whether ``before`` ends in "grant" or "funding", perhaps then "of" and "up to" (with
    white space after each): true wherever :data:`_NAME_BEFORE` or :data:`_WORD_FUNDING`
    can match (a test by string methods first: most words before an amount end otherwise).

    Examples
    --------
    >>> _ends_in_funding_word("the digital grant of up to "), _ends_in_funding_word("funding ")
    (True, True)
    >>> _ends_in_funding_word("The grant number 7 of ")
    False
    """
    tail = before.rstrip()
    if tail.endswith("to"):  # "up to"
        tail = tail[:-2].rstrip()
        if tail.endswith("up"):
            tail = tail[:-2].rstrip()
    if tail.endswith("of"):
        tail = tail[:-2].rstrip()
    return tail.endswith(("grant", "funding"))


_NAME_AFTER = compile_regex(r"\s+(?:of\s+)?([A-Za-z][\w-]*)\s+grant\b")
#: Verbs that come before "grant funding of £X" and are not its name.
_VERB_LIKE = LazyPattern(r"(?i:receives?|received|receiving|provides?|provided|providing|"
                        r"awards?|awarded|confirms?|confirmed|secures?|secured|allocates?|"
                        r"allocated|indicated|announced|approved|committed|offered|agreed|"
                        r"has|have|had|is|are|was|were|be|been|gives?|given|makes?|made|"
                        r"includes?|included|including)")


def _mention_name(before: str, after: str,
                  generic: frozenset[str] | None = None) -> str | None:
    """"improvement grant" from "improvement funding of £X" or "£X digital grant" (words of
    ``generic``, default the programme words' generic ones, name no grant); a label that
    names funding before a colon and the amount is the name as printed ("Local Government
    Digital Transformation Fund: £1 million", a slide's or a list's "Name: £amount").

    Examples
    --------
    >>> _mention_name("Digital Transformation Fund: ", ", managed by the WLGA")
    'Digital Transformation Fund'
    >>> _mention_name("The improvement grant is ", "")
    'improvement grant'
    >>> _mention_name("Funded by two grants: Cyber Fund (Welsh Government): £1m; "
    ...               "Skills Grant (WLGA): ", ".")
    'Skills Grant'
    """
    if before.rstrip().endswith(":"):
        # (the label alone, or the last of a list printed inline: "... funded by two grants:
        # A (Welsh Government): £1.2m; B (Welsh Government): £300,000")
        m = _FUNDING_LABEL.fullmatch(before) or _FUNDING_LABEL.fullmatch(
            _LIST_PART.split(before.rstrip()[-120:-1])[-1] + ": ")  # (a label: 80 at most)
        if m is not None and vocabulary().funding.search(m.group("label")):
            return plain_grant_name(label_grant_name(m.group("label")))  # (.grant_labels)
    if (label := _printed_name(before)) is not None:
        return label
    if (proper := proper_grant_name(before, after)) is not None:  # "The X Programme grant"
        return plain_grant_name(proper)  # ("Local Transport Fund grant": the fund)
    if generic is None:
        generic = vocabulary().generic
    if ("grant" in before or "funding" in before) and _ends_in_funding_word(before):
        m = _NAME_BEFORE.search(before)  # (the nearest candidate first)
        if m is not None and (name := _grant_word(m.group(1), generic)) is not None:
            return name
    # the other candidates of :func:`_name_candidates`, nearest first (read in line: one
    # of these per amount of a long document)
    if "grant" in after and (m := _NAME_AFTER.match(after)) is not None \
            and (name := _grant_word(m.group(1), generic)) is not None:
        return name
    if "grant" in before:
        for word in reversed(named_grant_words(before)):
            if (name := _grant_word(word, generic)) is not None:
                return name
    return None


def _printed_name(before: str) -> str | None:
    """The name printed before an amount: "Funding: X Grant 2025-26 (...) £X"
    (.funding_lines), an allocation's fund (.fund_allocation), "X Grant (£X)"
    (.grant_bracketed)."""
    return labelled_funding_name(before) or allocation_fund_name(before) \
        or bracketed_grant_name(before)


def _grant_word(word: str, generic: frozenset[str]) -> str | None:
    """A candidate word's grant name ("digital grant"), or None when the word is generic or
    a verb (every candidate starts with a letter: none is a financial year)."""
    lowered = word.lower()
    if lowered in generic or _is_verb_like(word, lowered):
        return None
    return f"{lowered} grant"


#: All that is printed before an amount is a label and a colon ("Name of the fund: £X").
#: Where an item of a list printed inline starts: after a semicolon or a colon.
_LIST_PART = LazyPattern(r"[;:][ \t]++")
_FUNDING_LABEL = LazyPattern(r"[ \t]*+(?:[-*\u2022\U0001f300-\U0001faff][ \t]++)?"
                             r"(?P<label>[A-Z][^:£\n]{2,80}?)"
                             r"[ \t]*+:[ \t]*+")


#: The words :data:`_VERB_LIKE` matches, in lower case.
_VERB_WORDS = frozenset((
    "receive", "receives", "received", "receiving", "provide", "provides", "provided",
    "providing", "award", "awards", "awarded", "confirm", "confirms", "confirmed", "secure",
    "secures", "secured", "allocate", "allocates", "allocated", "indicated", "announced",
    "approved", "committed", "offered", "agreed", "has", "have", "had", "is", "are", "was",
    "were", "be", "been", "give", "gives", "given", "make", "makes", "made", "include",
    "includes", "included", "including"))


def _is_verb_like(word: str, lowered: str) -> bool:
    """``_VERB_LIKE.fullmatch(word)`` (``lowered``: the word in lower case), as a set
    look-up for a word in ASCII.

    Examples
    --------
    >>> _is_verb_like("Received", "received"), _is_verb_like("digital", "digital")
    (True, False)
    """
    if word.isascii():
        return lowered in _VERB_WORDS
    return _VERB_LIKE.fullmatch(word) is not None


def _name_candidates(before: str, after: str, first: bool = True) -> Iterator[str]:
    """The words that may name a mention's grant, nearest first, each looked for only when
    the words its pattern needs are there ("grant" or "funding", in lower case); without
    the ``first`` (the word before "grant of") when ``first`` is false."""
    if first and ("grant" in before or "funding" in before):
        m = _NAME_BEFORE.search(before)
        if m:
            yield m.group(1)
    m = _NAME_AFTER.match(after) if "grant" in after else None
    if m:
        yield m.group(1)
    if "grant" in before:
        yield from reversed(named_grant_words(before))


_YEAR_AFTER = compile_regex(r"\b(?i:for|in|during|of|from)\s+(?i:the\s+)?(?i:financial\s+year\s+)?"
                            r"((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\b")


_YEAR_NAMING = LazyPattern(r"((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\s+(?:[A-Za-z-]+\s+){0,2}"
                          r"(?i:grant|funding|allocation)\b")


def _mention_year(before: str, after: str) -> str | None:
    """The financial year a mention states: "£X for 2024-25" (or "For 2025-26, ... £X")."""
    # the candidates in order: the first year stated after the mention, then the last
    # stated before it (looked for only in text that has a "19" or "20" a year starts with)
    if ("19" in after or "20" in after) and (label := _year_after_text(after)) is not None:
        return label  # (most years stated: after the amount)
    if "19" in before or "20" in before:
        for pattern in (_YEAR_AFTER, _YEAR_NAMING):
            found = list(pattern.finditer(before))
            if found and (label := _financial_year(found[-1].group(1),
                                                   found[-1].group(2))) is not None:
                return label
    return None


def _year_after(after: str) -> str | None:
    """The financial year the words after an amount state first ("... for 2024-25"), or
    None (the first year :data:`_YEAR_AFTER` finds, if it is one).

    Examples
    --------
    >>> _year_after(" was agreed for 2024/25."), _year_after(" for 2024-26.")
    ('2024-25', None)
    """
    m = _YEAR_AFTER.search(after)
    return None if m is None else _financial_year(m.group(1), m.group(2))


#: :func:`_year_after`, which depends on the text alone: the words a document repeats
#: after its amounts ("... was agreed for 2021-22.") are read once (the last 1,024
#: distinct texts are kept).
_year_after_text = lru_cache(maxsize=1024)(_year_after)


@lru_cache(maxsize=256)
def _financial_year(first: str, second: str) -> str | None:
    """The label of the financial year printed as ``first``-``second``, or None."""
    try:
        return quarters.financial_year_label(quarters.financial_year_start(f"{first}-{second}"))
    except ValueError:
        return None


_PURPOSE_LEAD = compile_regex(
    r"\b(?:for|towards|funds|pays\s+for|supports|to\s+(?:deliver|fund|support|secure|resource|"
    r"provide|establish|develop|run|pay\s+for))\s+(?:the\s+)?(?P<p>.+)", re.IGNORECASE)


#: Where :data:`_PURPOSE_LEAD` can match (the same start, found without trying the
#: case-blind pattern at every character).
_PURPOSE_LEAD_START = StartSearch(_PURPOSE_LEAD.pattern, re.IGNORECASE)


def _purpose_lead(after: str) -> re.Match[str] | None:
    """``_PURPOSE_LEAD.search(after)``, tried only where it can start."""
    at = _PURPOSE_LEAD_START.search(after)
    return None if at is None else _PURPOSE_LEAD.match(after, at.start())


_EACH_YEAR = compile_regex(r"(?i)(?:a|each|per)\s+year\b")
#: How long a grant runs, which is no purpose: "for three years", "for a further two years".
_DURATION = compile_regex(r"(?i)(?:a\s+(?:further\s+)?|another\s+)?(?:(?:one|two|three|four|five|"
                          r"six|seven|eight|nine|ten|\d{1,2})\s+(?:more\s+|further\s+)?"
                          r"(?:financial\s+)?years?|(?:further|another)\s+year)\b")
#: The plan or programme an amount secures: "the WLGA business plan for 2024-25".
_PLAN = compile_regex(r"\b((?:[A-Z][\w-]*+\s+){0,12}(?:delivery|business|work|action)\s+plan"
                      r"(?:\s+(?:for\s+)?(?:19|20)\d{2}\s*[-–/]\s*\d{2,4})?)", re.IGNORECASE)
#: "<word> funding/grant of " just before an amount.
_WORD_FUNDING = LazyPattern(r"\b([A-Za-z][\w-]*)\s+(?:funding|grant)\s+(?:of\s+)?$")


def _grant_purpose(funded: list[_Mention], programme_name: str | None,
                   words: DocumentWords = ANY_WORDS) -> str | None:
    """What a grant is for, as stated; None when the document does not say. (Each rule
    reads each distinct text of the mentions once: a grant mentioned many times in the same
    words costs one reading; a rule whose words the document lacks, ``words``, none.)"""
    # a. "£X ... for (the) <purpose>", "... to deliver <purpose>", "... towards <purpose>"
    for after in _distinct(funded, _AFTER):
        purpose = _purpose_after_text(after)
        if purpose:
            return purpose
    # b. the plan or programme the amount secures
    for text in _distinct(funded, _around) if words.plan else ():
        p = _PLAN.search(text) if "plan" in text.lower() else None
        if p:
            phrase = re.sub(r"^(?:the|this|our)\s+", "", p.group(1), flags=re.IGNORECASE)
            if programme_name and programme_name.lower() not in phrase.lower():
                phrase = f"{programme_name} {phrase}"
            return phrase
    # c. "<word> funding/grant of £X"
    generic: frozenset[str] | None = None
    for before in _distinct(funded, _BEFORE):
        w = _WORD_FUNDING.search(before) if ("funding" in before or "grant" in before) \
            and _ends_in_funding_word(before) else None
        if w is None:
            continue
        generic = vocabulary().generic if generic is None else generic
        if w.group(1).lower() not in generic and not _VERB_LIKE.fullmatch(w.group(1)):
            return f"{w.group(1).lower()} support"
    # d. a second amount of a sentence that states only its year
    return _purpose_of_amount_before(funded)


_AFTER = attrgetter("after")
_BEFORE = attrgetter("before")


def _around(x: _Mention) -> str:
    """The words before a mention, its amount and the words after it."""
    return x.before + x.match.printed + x.after


def _distinct(funded: list[_Mention], key: Callable[[_Mention], T]) -> Iterable[T]:
    """``key`` of each mention of ``funded``, each distinct one once, in order (a grant of
    one mention, most of them, with no dict).

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> list(_distinct([M(after="a"), M(after="b"), M(after="a")], _AFTER))
    ['a', 'b']
    """
    return (key(funded[0]),) if len(funded) == 1 else dict.fromkeys(map(key, funded))


def _purpose_of_amount_before(funded: list[_Mention]) -> str | None:
    """The purpose of a sentence's second amount that states none of its own ("provided
    £0.8m for the improvement programme in 2024-25 and has confirmed £800k for 2025-26"):
    the purpose of the amount before it, which the words between them state."""
    for x in funded:
        if x.before and x.match.start > len(x.before):
            purpose = _purpose_after(x.before)
            if purpose:
                return purpose
    return None


def _purpose_after(after: str) -> str | None:
    """The purpose stated after an amount: "for (the) <purpose>", "to deliver <purpose>",
    "towards <purpose>" (a financial year, "for 2024-25", or "a year" is not a purpose).

    Examples
    --------
    >>> _purpose_after(" for 2024-25 to deliver the digital programme, as agreed.")
    'digital programme'
    >>> _purpose_after(" a year for 2024-25.") is None
    True
    >>> _purpose_after(" a year for three years from 2025-26 for a scrutiny programme.")
    'a scrutiny programme'
    """
    while (f := _purpose_lead(after)) is not None:
        if _FY_TEXT.match(f.group("p")) or _EACH_YEAR.match(f.group("p")) \
                or _DURATION.match(f.group("p")):
            after = f.group("p")[1:]
            continue
        return _cut_phrase(f.group("p")) or None
    return None


def _grant_name_from_purpose(purpose: str | None, named: dict[str, int]) -> str | None:
    """A grant named elsewhere in the document ("the digital grant") whose name word is in
    the purpose ("Chief Digital Officer and team"); ``named`` gives each name word its place
    in the document's order (the first in that order wins).

    Looked up word by word of the purpose, so that a document naming many grants costs
    time linear in their number.

    Examples
    --------
    >>> _grant_name_from_purpose("Chief Digital Officer and team", {"team": 0, "digital": 1})
    'team grant'
    >>> _grant_name_from_purpose(None, {"team": 0}) is None
    True
    """
    if not purpose:
        return None
    places = [(named[word], word) for word in set(_normalise(purpose).split())
              if word in named]
    return f"{min(places)[1]} grant" if places else None




#: The programme a paper reports on, as its title or first rows name it.
_PROGRAMME_NAME = compile_regex(r"\b((?:[A-Z][\w-]*\s+){1,3}Programme)\b")


def programme_name_in(title: str | None, rows: list[_Row]) -> str | None:
    """The name of the programme a paper reports on ("Improvement Programme"), from its
    ``title`` or its first three rows (the author's acronym and "The" left out), or None.

    Examples
    --------
    >>> programme_name_in("WLGA Improvement Programme Update 2021-22", [])
    'Improvement Programme'
    >>> programme_name_in(None, [_Row("text", 1, None, None, "The work goes on.", 3)]) is None
    True
    """
    for text in [title or ""] + [r.text for r in rows[:3]]:
        m = _PROGRAMME_NAME.search(text)
        if m:
            words = m.group(1).split()
            while words and words[0].isupper() and len(words) > 2:
                words.pop(0)  # the author's acronym: "WLGA Improvement Programme"
            while words and words[0] in ("The", "This", "Our"):
                words.pop(0)
            return " ".join(words)
    return None


#: :func:`_purpose_after`, which depends on the text alone: the words a document repeats
#: after its amounts ("... was agreed for the team.") are read once (the last 1,024
#: distinct texts are kept).
_purpose_after_text = lru_cache(maxsize=1024)(_purpose_after)
