"""Programme interpreter: what the grants rules need, looked for once in a whole document.

A grants rule that needs a word ("a budget of", "the total of" before an amount: list
``not a grant`` of ``programme_words.csv``) is tried on every amount of a document; when
the word occurs nowhere in the document, the rule cannot match any of its sentences, and
one look at the whole document spares the search at each amount. The look is exact: it
says "may occur" whenever a case-blind search could match (see :func:`may_occur`).

Examples
--------
>>> from wlga_analysis.interpret.programme.common import vocabulary
>>> DocumentWords("The grant of £5 was agreed.", vocabulary()).spending
False
>>> DocumentWords("The grant of £5 was agreed.\\0The budget is £9.", vocabulary()).spending
True
"""

from __future__ import annotations

from collections.abc import Iterable

from wlga_analysis.interpret.programme.common import _NAMED_GRANT, Vocabulary
from wlga_analysis.status import required_substrings
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ANY_WORDS", "FUND_NAME_ENDS", "DocumentWords", "may_occur", "may_print_money",
           "named_grant_words"]

#: Characters a case-blind regex matches to an ASCII letter that :meth:`str.lower` does not
#: turn into it (the dotted and dotless i, the long s): a text holding one is searched.
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")


def may_occur(text: str, pattern: str, lowered: str | None = None) -> bool:
    """Whether a case-blind match of ``pattern`` may occur in ``text`` (or in any part of
    it): False only when none of the strings one of which every match contains
    (:func:`~wlga_analysis.status.required_substrings`, all ASCII) is in ``text`` in any
    case (``lowered``: ``text.lower()``, when the caller has it).

    Examples
    --------
    >>> may_occur("The grant was agreed.", r"\\b(?:budget|totals?)\\b")
    False
    >>> may_occur("THE TOTAL", r"\\b(?:budget|totals?)\\b"), may_occur("x", r"\\bab?\\b")
    (True, True)
    >>> may_occur("\\u017fpent", r"\\bspent\\b")  # (a long s: a case-blind "s")
    True
    """
    required = required_substrings(pattern)
    if required is None or not all(literal.isascii() for literal in required):
        return True  # (no literal known: the rule decides)
    if any(trap in text for trap in _CASE_TRAPS):
        return True
    if lowered is None:
        lowered = text.lower()
    return any(literal in lowered for literal in required)


#: The words a fund's capitalised name ends in (as printed), before its amount.
FUND_NAME_ENDS = ("Fund", "Grant", "Programme", "Scheme", "Allocation")


class DocumentWords:
    """Which words the grants rules need occur in ``text``, the texts of a document's
    amounts (joined, e.g. by a NUL; every sentence, and the words before and after each
    amount, are parts of it):

    - ``spending``: a word of the ``not a grant`` list (:attr:`Vocabulary.not_a_grant`),
      in any case, so that an amount may follow one;
    - ``plan``: "plan" in any case (the plan an amount secures: its purpose);
    - ``funded``: "funded" in any case (what the sentence of an amount says is funded);
    - ``fund_names``: a word of :data:`FUND_NAME_ENDS` as printed (a fund's proper name).

    Each is False only when no part of ``text`` can hold the words.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import vocabulary
    >>> words = DocumentWords("Spending of £5 on the Digital Fund.", vocabulary())
    >>> words.spending, words.plan, words.funded, words.fund_names
    (True, False, False, True)
    """

    __slots__ = ("fund_names", "funded", "plan", "spending")

    def __init__(self, text: str, vocab: Vocabulary) -> None:
        lowered = text.lower()
        self.spending = may_occur(text, vocab.not_a_grant.pattern, lowered)
        # (str.lower maps a character alone, the final sigma aside: the lower case of a
        # part of the text is a part of the text's lower case)
        self.plan = "plan" in lowered
        self.funded = "funded" in lowered
        self.fund_names = any(word in text for word in FUND_NAME_ENDS)


    @classmethod
    def of_texts(cls, texts: Iterable[str], vocab: Vocabulary) -> DocumentWords:
        """The words of those of ``texts`` that may print an amount (:func:`may_print_money`).

        Examples
        --------
        >>> from wlga_analysis.interpret.programme.common import vocabulary
        >>> DocumentWords.of_texts(["The budget", "A grant of £5."], vocabulary()).spending
        False
        >>> DocumentWords.of_texts(["the budget: gbp 8"], vocabulary()).spending
        True
        """
        return cls("\0".join(t for t in texts if may_print_money(t)), vocab)


def may_print_money(text: str) -> bool:
    """Whether ``text`` may print an amount: a "£", a "￡" or the letters of "GBP" in any
    case (what :func:`~wlga_analysis.text.money.find_money` reads).

    Examples
    --------
    >>> may_print_money("£5"), may_print_money("gbp 8"), may_print_money("five pounds")
    (True, True, False)
    """
    return "£" in text or "￡" in text or "bp" in text or "BP" in text or "Bp" in text \
        or "bP" in text


#: A document about which nothing is known: every rule is tried.
ANY_WORDS = DocumentWords.__new__(DocumentWords)
ANY_WORDS.spending = ANY_WORDS.plan = ANY_WORDS.funded = ANY_WORDS.fund_names = True


#: The longest text :func:`named_grant_words` reads with the pattern's own search.
_SHORT_TEXT = 200
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def named_grant_words(text: str) -> list[str]:
    """The words that name a grant in ``text`` ("digital" of "the digital grant"), in order:
    ``m.group(1)`` of each match of ``_NAMED_GRANT.finditer(text)``. A long text (a whole
    document's) is read from each "grant" of the text rather than by trying the pattern at
    every letter (a document that names many grants reads each of its words once); a short
    one (the words before an amount) by the pattern's own search, which costs less there.

    A match is a whole run of word characters and hyphens that starts with an ASCII letter,
    then white space, then "grant" as a word; matches do not overlap.

    Examples
    --------
    >>> named_grant_words("The digital grant and the team grant-grant grant; a grants")
    ['digital', 'team']
    >>> named_grant_words("the -x grant, 2024 grant, é grant, Cymru\u00a0grant")
    ['Cymru']
    >>> named_grant_words("Work continues. " * 20 + "The team grant-grant grant.")
    ['team']
    """
    if len(text) <= _SHORT_TEXT:  # (the words before an amount: the pattern, tried by C)
        return _NAMED_GRANT.findall(text)
    out: list[str] = []
    last_end = 0  # where the last match ended (matches do not overlap)
    at = text.find("grant")
    if at < 0:
        return out
    size = len(text)
    backwards = text[::-1]  # (what is before "grant" read in one match, from its end)
    while at >= 0:
        after = at + 5
        if after < size and (text[after].isalnum() or text[after] == "_"):
            at = text.find("grant", after)  # "grants", "granted": not the word
            continue
        # the white space before "grant", then the run of word characters and hyphens
        found = _SPACE_AND_RUN.match(backwards, size - at)
        run_end, run_start = found.span(1)
        space = at - (run_end - (size - at))
        start = space - (run_start - run_end)
        if space < at and start < space and start >= last_end \
                and text[start] in _ASCII_LETTERS:
            out.append(text[start:space])
            last_end = after
        at = text.find("grant", after)
    return out


#: White space, then a run of word characters and hyphens, both as long as they go: read
#: in a reversed text, what stands before a place of the text (``\s`` is
#: :meth:`str.isspace` and ``\w`` :meth:`str.isalnum` or "_", character by character).
_SPACE_AND_RUN = compile_regex(r"\s*+([\w-]*+)")
