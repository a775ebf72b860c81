"""A consultation response's answers that urge: "We would urge the Welsh Government to ...".

A body's response to a consultation answers each question ("Question 3: Do you agree
...?") in paragraphs after a "Response:" label, under the consultation's part headings
("Part 2: Remuneration and allowances"), and asks in two wordings, mixed in one paper:
"The WLGA recommends that the Welsh Government ..." and "We would urge the Welsh
Government to ...". The prose reader of a group's statement
(:mod:`.statement_prose`) reads the first; in such a paper a careful reader reads the
second as a recommendation too, with these rules:

- a sentence that **opens** with a ``lead_in`` phrase of
  ``data/raw/recommendation_words.csv`` ("urge X to", "call on X to", "press X to": words
  before the verb free, up to three: "We would also urge") and goes on to what is asked
  (not a lead-in closed by a colon: that is :mod:`.lead_ins`' layout) opens a
  recommendation, numbered with the others in reading order;
- its **owners** are whom it urges ("councils" LG, "the Welsh Government" WG), not the
  bodies named in what is asked ("a scheme run by the WLGA with councils");
- the heading over the part headings ("Responses to the consultation questions") is a
  section of the paper, **not a theme**: the areas of such a paper have none.

The rules apply only to a paper that answers questions (a "Question N" line and a
"Response:" line after it, :func:`answers_questions_lines`), looked for once in its lines.

Examples
--------
>>> urged("We would urge the Welsh Government to fund it.", frozenset({"urge x to"}))
'the Welsh Government'
>>> urged("We would urge the Welsh Government to:", frozenset({"urge x to"})) is None
True
>>> urged("Councils urge caution.", frozenset({"urge x to"})) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis.documents import clean_text
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["answers_questions_lines", "urged"]

#: A consultation's question line ("Question 3:", "**Question 3.**", "Consultation question 2 -").
_QUESTION = compile_regex(r"(?i)[\s*_#]*(?:consultation\s+)?question\s+\d{1,3}\s*"
                          r"[:.\u2013\u2014-]")
#: A response label opening a line ("Response:", "WLGA response:", "Our response -").
_RESPONSE = compile_regex(r"(?i)[\s*_]*(?:[\w'\u2019]+\s+){0,2}?(?:response|ymateb)[\s*_]*"
                          r"(?:[:\u2013\u2014-]|$)")


def answers_questions_lines(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a paper's lines answer a consultation's questions: a "Question N" line, then
    a line opening with a response label (alone or run in: "Response: Yes. ...").

    Examples
    --------
    >>> answers_questions_lines(["Question 1: Do you agree?", "Response: Yes. It helps."])
    True
    >>> answers_questions_lines(["Recommendation 1: Act.", "Response: Accept"])
    False
    """
    asked = False
    for line in lines:
        head = line[:40]
        if not asked:
            asked = "uestion" in head and _QUESTION.match(head) is not None
        elif ("esponse" in head or "ymateb" in head.casefold()) \
                and _RESPONSE.match(clean_text(line)[:60]) is not None:
            return True
    return False


@lru_cache(maxsize=8)
def _urge_patterns(phrases: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """One pattern per ``lead_in`` phrase with an X ("urge x to"), longest first: "We"
    and up to three words, the verb (its "s" optional), group ``whom``, the words after X."""
    found = []
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        words = phrase.split()
        if words.count("x") != 1 or words.index("x") == 0:
            continue
        at = words.index("x")
        verb = r"\s+".join(re.escape(w) for w in words[:at]) + r"(?:s|es)?"
        after = r"\s+".join(re.escape(w) for w in words[at + 1:])
        tail = r"\s+" + after if after else ""
        found.append(compile_regex(
            rf"(?i)\s*we\s+(?:[a-z]+\s+){{0,3}}?{verb}\s+(?P<whom>[^:;.]{{1,150}}?){tail}"
            r"\s+(?P<rest>[^:]*)$"))
    return tuple(found)


def urged(sentence: str, phrases: frozenset[str]) -> str | None:
    """Whom a sentence that opens with a ``lead_in`` phrase urges ("the Welsh Government"),
    or None (no such phrase, or a lead-in closed by a colon)."""
    text = sentence.strip()
    if not text[:3].casefold().startswith("we") or text.endswith(":"):
        return None
    for pattern in _urge_patterns(phrases):
        m = pattern.match(text)
        if m is not None and m.group("rest")[:1].islower():
            return m.group("whom")
    return None
