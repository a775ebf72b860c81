"""Programme interpreter: a grant's proper name printed in the sentence of its amount.

Two ways a sentence prints a grant's own name around its amount, both with the name's
words in capitals:

- as the subject of "is/was £X" (or "provides/adds/gives/contributes (a further) £X"),
  perhaps with who gives it: "The Improvement Programme grant from the Welsh Government is
  £790,000" -> "Improvement Programme grant";
- after the amount, as what it is for: "... has confirmed £0.15m for the Participation
  Fund in 2026/27" -> "Participation Fund".

A name in lower case ("the improvement grant is £X") is left to the general rules of
:mod:`.grants`.

Examples
--------
>>> proper_grant_name("The Improvement Programme grant from the Welsh Government is ", "")
'Improvement Programme grant'
>>> proper_grant_name("The Welsh Government's Diversity in Democracy Fund provides a further ",
...                   " for 2025-26")
'Diversity in Democracy Fund'
>>> proper_grant_name("The Welsh Government has also confirmed ",
...                   " for the Participation Fund in 2026/27.")
'Participation Fund'
>>> proper_grant_name("The Welsh Government improvement grant is ", "") is None
True

A name may join its capitalised words with "in", "for", "of" or "and", follow its owner's
name, and be printed before "of £X" with its kind in lower case:

>>> proper_grant_name("The Welsh Government's Skills for Public Service grant for 2024-25 "
...                   "is ", "")
'Skills for Public Service grant'
>>> proper_grant_name("It has indicated a Diversity in Democracy grant of ", "")
'Diversity in Democracy grant'
>>> proper_grant_name("It has indicated a Welsh Government grant of ", "") is None
True
>>> proper_grant_name("with the Welsh Government's Childcare Offer capital grant of ", "")
'Childcare Offer capital grant'
>>> proper_grant_name("with a Welsh Government capital grant of ", "") is None
True
>>> proper_grant_name("A Cyber Resilience Fund award of ", "")
'Cyber Resilience Fund'

A name printed right after the amount, as the kind of money it is ("to secure £800,000
Improvement Programme grant funding"), is the name, as "for the X Fund" after it is:

>>> proper_grant_name("to secure ", " Improvement Programme grant funding for 2025-26.")
'Improvement Programme grant'
>>> proper_grant_name("It receives ", " Welsh Government grant funding.") is None
True

A fund that "provides" the amount names it as the subject does:

>>> proper_grant_name("The Welsh Government's Housing with Care Fund provides ", "")
'Housing with Care Fund'
"""

from __future__ import annotations

import re

from wlga_analysis.interpret.programme.grant_restated import changed_to_name
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["proper_grant_name"]

_WORD = r"[A-Z][\w'&-]*+"
#: Capitalised words, perhaps joined by "in", "for", "of", "and" ("Diversity in Democracy").
_WORDS = rf"{_WORD}(?:\s+(?:(?:in|for|of|and|on|with)\s+)?{_WORD}){{0,5}}"
#: The verbs of a grant's name as the subject before its amount: what it is ("is", "totals")
#: and what it gives, perhaps "a further" amount ("provides a further").
_IS_VERBS = ("is", "was", "will be", "total", "totals", "amounts to")
_GIVES_VERBS = ("provides", "provided", "will provide", "adds", "added", "gives", "gave",
                "contributes", "contributed")
_MORE = ("a further", "an additional", "another")


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(p.replace(" ", r"\s+") for p in phrases)


#: "The Improvement Programme grant (from the Welsh Government) (for 2025-26) is " before
#: the amount (the owner's "Welsh Government's" before the name is not part of it).
_SUBJECT = LazyPattern(
    rf"(?:^|(?<=[.;:]\s)|\b[Tt]he\s+|\b[Tt]his\s+|\b[Oo]ur\s+)"
    rf"(?P<name>{_WORDS}\s+(?:[Gg]rant|Fund))"
    rf"(?:\s+(?:from|by)\s+(?:the\s+)?(?:{_WORD}\s+){{0,4}}{_WORD})?"
    r"(?:\s+for\s+(?:19|20)\d\d(?:[-\u2013/]\d{2,4})?)?"
    rf"\s+(?:{_alternatives(_IS_VERBS)}|(?:{_alternatives(_GIVES_VERBS)})"
    rf"(?:\s+(?:{_alternatives(_MORE)}))?)"
    r"\s+(?:worth\s+)?$")
#: "has indicated a Diversity in Democracy grant of " before the amount: two capitalised
#: words or more ("a Cyber Resilience Fund award of ": the award is the fund's).
_A_NAMED = LazyPattern(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<name>{_WORD}\s+"
                       rf"(?:(?:in|for|of|and|on)\s+)?{_WORDS}\s+(?:(?:capital|revenue)\s+)?"
                       r"(?:grant|Fund|Grant))"
                       r"(?:\s+(?:award|allocation|offer|payment))?\s+of\s+(?:up\s+to\s+)?$")
#: An owner's name before a grant's ("Welsh Government's "): not part of it.
_OWNER = LazyPattern(r"^.*?['\u2019]s\s+")
#: How the text before an amount ends when :data:`_SUBJECT` can match (a quick test first).
_VERB_ENDS = tuple(dict.fromkeys(" " + phrase.split()[-1] for phrase in (
    *_IS_VERBS, *_GIVES_VERBS, *_MORE, "worth")))
#: " for the Participation Fund" (" from the Digital Transformation Fund") after the amount.
_FOR_THE = LazyPattern(
    rf"\s*(?:for|to|from)\s+the\s+(?P<name>(?:{_WORD}\s+){{0,5}}(?:Fund|Grant))\b")

#: " Improvement Programme grant" right after the amount: two capitalised words or more.
_NAMED_AFTER = LazyPattern(rf"[ \t](?P<name>{_WORD}\s+(?:(?:in|for|of|and|on)\s+)?{_WORDS}"
                           r"\s+(?:grant|Grant|Fund))\b")


def proper_grant_name(before: str, after: str) -> str | None:
    """The proper name of the grant of an amount, from the words ``before`` and ``after``
    it in its sentence (see the module); None when neither way names it."""
    end = before.rstrip()  # (how the words end: each pattern's quick test)
    m = _SUBJECT.search(before) if ("rant" in before or "Fund" in before) and \
        end.endswith(_VERB_ENDS) else None
    if m is None and ("Fund" in after or "Grant" in after):
        m = _FOR_THE.match(after)
    if m is None and after[1:2].isupper() and ("rant" in after or "Fund" in after):
        m = _NAMED_AFTER.match(after)  # ("£800,000 Improvement Programme grant funding")
    if m is None and end.endswith(" of") and _names_a_kind(end):
        m = _A_NAMED.search(before[-160:])
    if m is None:  # ("has increased the X Grant for 2025-26 to £X": .grant_restated)
        return changed_to_name(before)
    name = _OWNER.sub("", re.sub(r"^(?:The|This|Our)\s+", "", m.group("name")))
    # ("the Welsh Government grant": a body's name, a word that names no grant; "the
    # Transitional Accommodation Capital Grant" names one: two words of its own before
    # a qualifier printed in its capitals)
    words = name.split()
    name = _without_funder(name, words)
    # (a kind in lower case, "Childcare Offer capital grant", follows two such words)
    return None if len(words) < 2 or (_generic(words[-2]) and sum(
        not _generic(w) for w in words[:-2]) < 2) else name


def _without_funder(name: str, words: list[str]) -> str:
    """``name`` without a government named before its own name (:data:`_FUNDER`).

    Examples
    --------
    >>> n = "Welsh Government Regional Transport Planning Grant"
    >>> _without_funder(n, n.split())
    'Regional Transport Planning Grant'
    """
    if len(words) >= 5 and words[1] == "Government":  # (its funder: no part of its name)
        return _FUNDER.sub("", name)
    return name


#: A government (not "Local Government", a sector) named before a grant's own name of two
#: capitalised words or more ("Welsh Government Regional Transport Planning Grant" ->
#: "Regional Transport Planning Grant").
_FUNDER = LazyPattern(r"^(?:Welsh|UK|Scottish|British|HM)[ ]Government[ ]"
                      r"(?=[A-Z][\w-]*+[ ](?:[A-Z][\w-]*+[ ]){0,6}?[A-Z][\w-]*+[ ](?:Grant|Fund)$)")


#: The words :data:`_A_NAMED` allows between a grant's kind and "of".
_AWARD_WORDS = ("award", "allocation", "offer", "payment")
#: The kinds of grant :data:`_A_NAMED` names.
_KINDS = ("grant", "Fund", "Grant")


def _names_a_kind(before: str) -> bool:
    """Whether ``before``, which ends in " of", has a kind of grant ("grant", "Fund",
    "Grant") before it, perhaps then an award word: true wherever :data:`_A_NAMED` can
    match (a test by string methods first: most words before "of £X" are no name).

    Examples
    --------
    >>> _names_a_kind("a Cyber Resilience Fund award of "), _names_a_kind("a number of ")
    (True, False)
    """
    tail = before.rstrip()[:-2].rstrip()  # (without its "of")
    if tail.endswith(_AWARD_WORDS):  # (one of them at most: none ends another)
        word = next(word for word in _AWARD_WORDS if tail.endswith(word))
        tail = tail[:-len(word)].rstrip()
    return tail.endswith(_KINDS)


def _generic(word: str) -> bool:
    from wlga_analysis.interpret.programme.common import vocabulary

    return word.lower() in vocabulary().generic
