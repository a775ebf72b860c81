"""Lead-ins that ask without "recommend", and the subject line of a paper with no heading.

A letter to a Minister asks and offers in lists: "We would urge the Welsh Government to:"
over unnumbered bullets ("provide a settlement ...;"), then "In return, councils will:"
over more. A careful reader reads each bullet as a recommendation (see
:mod:`.lead_ins`), its owners whom the lead-in asks (or who will), numbered by its place.

- The wording of a lead-in is a word list analysts extend in
  ``data/raw/recommendation_words.csv``: kind ``lead_in`` ("urge X to", "call on X to",
  "ask that X": X stands for whom) and kind ``undertaking`` ("X will": what the writer's
  side offers in return, read only in a paper that also asks). The built-in
  ``recommend that X`` (:data:`.lead_ins.LEAD_IN`) is unchanged.
- A lead-in is a paragraph that is a lead-in, or a paragraph's **last sentence** ("Our
  proposals are in two parts: ... We would urge the Welsh Government to:").
- A paper whose lead-ins stand under no heading (a letter) has one area: the data contract
  gives every recommendation an area, and the letter names its subject in its **subject
  line** ("Subject: ...", "Re: ...", or a line wholly in bold before the first lead-in),
  else in its title heading (:func:`subject_block`). The loader reports it.

Examples
--------
>>> patterns = ask_patterns(frozenset({"urge x to"}), frozenset({"x will"}))
>>> ask_subject("Our proposals are in two parts. We would urge the Welsh Government to:",
...             patterns)
('ask', 'the Welsh Government')
>>> ask_subject("In return, councils will:", patterns)
('undertaking', 'councils')
>>> ask_subject("The table below sets out progress:", patterns) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, Heading, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ask_patterns", "ask_subject", "could_lead", "last_sentence", "subject_block"]

#: Where a paragraph's last sentence starts: after a full stop (or "!", "?"), a closing
#: quote or bracket, white space, then a capital letter or an opening quote.
_SENTENCE_START = compile_regex(r"[.!?][\"'\u201d\u2019)]?\s+(?=[A-Z\u2018\u201c\"(])")
#: A labelled subject line ("Subject: ...", "Re: ...", "RE - ..."): group ``subject``.
_SUBJECT_LINE = compile_regex(r"(?i)^(?:subject|re|ynghylch|pwnc)\s*[:\u2013\u2014-]\s*"
                              r"(?P<subject>\S.{0,200})$")
#: A line printed wholly in bold (``**...**`` as the readers mark it).
_BOLD_LINE = compile_regex(r"^\s*\*\*(?P<subject>[^*]{3,200})\*\*\s*$")
#: A salutation or a sign-off is no subject ("Dear ...", "Yours ...").
_NOT_SUBJECT = compile_regex(r"(?i)^(?:dear|yours|with\s+best|kind\s+regards|annwyl)\b")

_Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def _phrase_pattern(phrase: str, kind: str) -> re.Pattern[str] | None:
    """The pattern of one phrase ("urge x to"): words before the verb free (up to seven),
    its first word's "s" optional, group ``subject`` where the phrase says x."""
    words = phrase.split()
    if words.count("x") != 1:
        return None
    at = words.index("x")
    before = [re.escape(w) for w in words[:at]]
    after = r"\s+".join(re.escape(w) for w in words[at + 1:])
    tail = (r"\s+" + after if after else "") + r"\s*:"
    if not before:  # "x will": who will is the sentence's start (up to eight words)
        return compile_regex(r"(?i)(?P<subject>(?:[\w'\u2019-]+,?\s+){0,7}?[\w'\u2019-]+)"
                             + tail)
    before[0] += r"(?:s|es)?"
    verb = r"\s+".join(before)
    lead = r"(?:[\w'\u2019-]+,?\s+){1,7}?" if kind == "ask" else ""
    return compile_regex(rf"(?i){lead}{verb}\s+(?P<subject>[^:]{{1,200}}?)" + tail)


@lru_cache(maxsize=8)
def ask_patterns(asks: frozenset[str], undertakings: frozenset[str]) -> _Patterns:
    """The lead-in patterns of the word lists, (kind, pattern) with kind ``ask`` or
    ``undertaking``, longest phrase first (cached per word list).

    Examples
    --------
    >>> [kind for kind, _ in ask_patterns(frozenset({"call on x to"}), frozenset())]
    ['ask']
    """
    found: list[tuple[str, re.Pattern[str]]] = []
    for kind, phrases in (("ask", asks), ("undertaking", undertakings)):
        for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
            pattern = _phrase_pattern(phrase, kind)
            if pattern is not None:
                found.append((kind, pattern))
    return tuple(found)


def last_sentence(text: str) -> str:
    """The paragraph's last sentence (the whole text when it is one sentence).

    Examples
    --------
    >>> last_sentence("We met in May. We would urge the Welsh Government to:")
    'We would urge the Welsh Government to:'
    """
    start = 0
    for m in _SENTENCE_START.finditer(text):
        start = m.end()
    return text[start:]


def ask_subject(text: str, patterns: _Patterns) -> tuple[str, str] | None:
    """(kind, whom) of a paragraph whose last sentence is a lead-in of the word lists, or
    None; an undertaking's whom is the words after its last comma ("In return, councils")."""
    sentence = last_sentence(text)
    for kind, pattern in patterns:
        m = pattern.fullmatch(sentence)
        if m is not None:
            subject = m.group("subject")
            return kind, subject.rsplit(",", 1)[-1].strip() if kind == "undertaking" \
                else subject
    return None


def could_lead(line: str, verbs: tuple[str, ...], before: str = "") -> bool:
    """Whether a line could hold a lead-in (cheap: a colon at its end, then "ecommend" or a
    word of the lists in it or in the line ``before`` it: a lead-in wrapped over two).

    Examples
    --------
    >>> could_lead("We would urge the Welsh Government to:", ("urge", "will"))
    True
    >>> could_lead("Progress in the year:", ("urge", "will"))
    False
    """
    if not line.rstrip(" *_").endswith(":"):
        return False
    lowered = f"{before} {line}".lower()
    return "ecommend" in lowered or any(verb in lowered for verb in verbs)


def _in_bold(block: Paragraph, lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a paragraph is printed wholly in bold (one bold span over its text, or its
    line ``**...**``)."""
    spans, text = block.text.bold, block.text.text
    if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] >= len(text.rstrip()):
        return len(text.strip()) >= 3
    ln = block.location.line or 0
    return 0 < ln <= len(lines) and _BOLD_LINE.match(lines[ln - 1]) is not None


def subject_block(blocks: list[Block], lines: tuple[str, ...] | list[str], first: int,
                  title: int | None) -> tuple[int, str] | None:
    """(index, subject) of the block naming a paper's subject before block ``first`` (its
    first lead-in): a labelled subject line ("Subject: ..."), else a paragraph wholly in
    bold (the one beside the salutation "Dear ...", not a bold letterhead), else the title
    heading; None when there is none."""
    bold: dict[int, str] = {}
    greeting = -2  # (the salutation's index)
    for index, block in enumerate(blocks[:first]):
        if not isinstance(block, Paragraph):
            continue
        text = clean_text(block.text.text)
        m = _SUBJECT_LINE.match(text)
        if m is not None:
            return index, m.group("subject").strip().rstrip(" .:")
        if _NOT_SUBJECT.match(text):
            greeting = index
        elif _in_bold(block, lines):
            bold[index] = text.strip().rstrip(" .:")
    for index in (greeting + 1, greeting - 1, *bold):  # (beside "Dear ...": no letterhead)
        if index in bold:
            return index, bold[index]
    if title is not None and isinstance(blocks[title], Heading):
        return title, clean_text(blocks[title].text.text)
    return None
