"""Programme interpreter: a grant named by who gives it.

Two ways an annual report names a grant by its funder rather than by a name of its own:

- a funding programme as the subject that provides the amount: "The Welsh Government's Ynni
  Cymru programme also provided £95,000" -> "Ynni Cymru" (the programme's capitalised
  name, its owner's "Welsh Government's" and the word "programme" left out);
- a body's grant that funds the paper's own programme: "The programme was funded by a Welsh
  Government grant of £480,000" -> "Welsh Government grant". A body's grant with a purpose
  of its own ("A Welsh Government grant of £40,000 funds the survey") keeps the purpose's
  name ("grant for survey"), as the general rules of :mod:`.grants` give it;
- an amount put **through the paper's own programme** ("we will invest a further £25
  million through the programme in 2026-27", a minister's statement on it) is the
  programme's money: its name is the programme's.

Examples
--------
>>> funder_programme_name("The Welsh Government's Ynni Cymru programme also provided ")
'Ynni Cymru'
>>> funder_programme_name("The Welsh Government programme provided ") is None
True
>>> from types import SimpleNamespace as M
>>> body_grant_name([M(before="It was funded by a Welsh Government grant of ")],
...                 "Decarbonisation Programme", "Decarbonisation Programme")
'Welsh Government grant'
>>> body_grant_name([M(before="A Welsh Government grant of ")], "survey", "X") is None
True
>>> body_grant_name([M(before="We will invest ", after=" through the programme in 2026-27.")],
...                 None, "Roads Fund")
'Roads Fund'
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["body_grant_name", "funder_programme_name"]

_WORD = r"[A-Z][\w'&-]*+"
#: Capitalised words, perhaps joined by "of", "for", "and" ("Ynni Cymru").
_WORDS = rf"{_WORD}(?:\s+(?:(?:in|for|of|and)\s+)?{_WORD}){{0,5}}"
#: "The Welsh Government's Ynni Cymru programme also provided " before the amount.
_FUNDER_PROGRAMME = LazyPattern(
    rf"(?:^|(?<=[.;:]\s))(?:[Tt]he\s+|[Ii]ts\s+)?(?:(?:{_WORD}\s+){{0,4}}{_WORD}['\u2019]s\s+)?"
    rf"(?P<name>{_WORDS})\s+(?:[Pp]rogramme|[Ss]cheme|[Ii]nitiative)\s+"
    r"(?:has\s+|have\s+)?(?:also\s+)?(?:provided|provides|gave|gives|awarded|contributed|"
    r"granted|paid|added)\s+(?:a\s+further\s+|an\s+additional\s+|another\s+)?$")
#: An owner's name before the programme's ("Welsh Government's "): not part of it.
_OWNER = LazyPattern(r"^.*['\u2019]s\s+")
#: How the words before the amount end when :data:`_FUNDER_PROGRAMME` can match.
_ENDS = (" provided", " provides", " gave", " gives", " awarded", " contributed", " granted",
         " paid", " added", " further", " additional", " another")
#: "a Welsh Government grant of " before the amount: a body's name over "grant".
_BODY_GRANT = LazyPattern(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>{_WORDS})\s+grant\s+of\s+$")


def _generic(word: str) -> bool:
    from wlga_analysis.interpret.programme.common import vocabulary

    return word.lower() in vocabulary().generic


def funder_programme_name(before: str) -> str | None:
    """The name of the funding programme that provides an amount, from the words
    ``before`` it in its sentence (see the module); None when they name none.

    Examples
    --------
    >>> funder_programme_name("We provided ") is None
    True
    """
    if not before.rstrip().endswith(_ENDS):  # (the pattern ends there: a cheap test first)
        return None
    m = _FUNDER_PROGRAMME.search(before[-200:])
    if m is None:
        return None
    name = _OWNER.sub("", m.group("name"))  # ("Welsh Government's" owns it: no part of it)
    return None if not name or _generic(name.split()[-1]) else name


def body_grant_name(funded: list[Any], purpose: str | None,
                    programme_name: str | None) -> str | None:
    """A body's grant named "<body> grant" when it funds the paper's own programme (its
    purpose is the programme, or it has none); None otherwise (see the module).

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> body_grant_name([M(before="a grant of ")], None, None) is None
    True
    """
    if purpose is not None and purpose != programme_name:
        return None
    if programme_name and any(" through the programme" in (getattr(x, "after", None) or "")[:24]
                              for x in funded):  # (the programme's own money)
        return programme_name
    for x in funded:
        before = x.before
        if "grant of" not in before[-12:]:
            continue
        m = _BODY_GRANT.search(before[-160:])
        if m is not None:
            return f"{m.group('name')} grant"
    return None
