"""Programme interpreter: a grant named in the sentence after its amount.

Plain-language papers (an Easy Read version, a summary for the public) state the money
first and name it in a sentence of its own::

    The Welsh Government gave the WLGA £650,000 (six hundred and fifty thousand pounds)
    for this work in 2025 to 2026. This money is called the Improvement Grant.

A careful reader takes the amount as a grant (the next sentence says it is money with a
name), its name the one the next sentence gives ("Improvement Grant"), and its year the
one the sentence states, a year written out as "2025 to 2026" too. The naming sentence may
be a row of its own (a web page prints each sentence as a paragraph): :func:`joined_rows`
reads it with the row before it.

Examples
--------
>>> called_name("This money is called the Improvement Grant.")
'Improvement Grant'
>>> called_name("This is called scrutiny.") is None
True
>>> spelt_year("for this work in 2025 to 2026."), spelt_year("from 2025 to 2027") is None
('2025-26', True)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["called_name", "joined_rows", "named_by_next", "spelt_year"]

#: "This money is called the X Grant." (the whole sentence).
_CALLED = LazyPattern(r"\s*+(?:This|That|The)\s++(?:money|funding|sum|amount|grant|fund)"
                      r"\s++(?:is|was)\s++(?:called|named|known\s++as)\s++(?:the\s++)?"
                      r"(?P<name>[A-Z][\w'\u2019-]*+(?:\s++(?:[A-Z][\w'\u2019-]*+|and|for|of|"
                      r"in))*+)[ \t]*+\.?\s*+")
#: A financial year written out: "in 2025 to 2026".
_SPELT_YEAR = LazyPattern(r"\b(?:in|for|during|from)\s++(?P<a>(?:19|20)\d\d)\s++to\s++"
                          r"(?P<b>(?:19|20)\d\d)\b")


def called_name(sentence: str) -> str | None:
    """The name a sentence gives the money before it ("This money is called the X."), or
    None."""
    if "called" not in sentence and "named" not in sentence and "known" not in sentence:
        return None
    m = _CALLED.fullmatch(sentence)
    return m.group("name").rstrip() if m is not None else None


def spelt_year(text: str) -> str | None:
    """The financial year a text writes out ("in 2025 to 2026": "2025-26"), or None (two
    years that are not one financial year: None)."""
    m = _SPELT_YEAR.search(text) if " to " in text else None
    if m is None or int(m.group("b")) != int(m.group("a")) + 1:
        return None
    return f"{m.group('a')}-{m.group('b')[2:]}"


def named_by_next(amounts: tuple[Any, ...]) -> tuple[Any, ...]:
    """The sentences' amounts (:class:`.grants.SentenceAmounts`), the one amount of a
    sentence followed by "This money is called the X." read as the grant X, of the year
    its sentence writes out when it states none.

    Parameters
    ----------
    amounts : tuple of SentenceAmounts
        A row's sentences, in order.

    Returns
    -------
    tuple of SentenceAmounts
        The same, the named amounts changed.
    """
    if len(amounts) < 2:
        return amounts
    out = list(amounts)
    for k in range(len(out) - 1):
        name = called_name(out[k + 1].sentence) if len(out[k].readings) == 1 else None
        if name is None:
            continue
        reading = out[k].readings[0]
        year = reading.year or spelt_year(out[k].sentence)
        out[k] = out[k]._replace(readings=(reading._replace(funding=True, name=name,
                                                            year=year),))
    return tuple(out)


def joined_rows(unread: Sequence[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """The rows to read grants from, each with its text; a row that is only a naming
    sentence ("This money is called the X.") read with the row before it (its text
    added to that row's).

    Examples
    --------
    >>> joined_rows([("r1", "We got £5 in 2025 to 2026."), ("r2", "This money is called "
    ...              "the Roads Fund."), ("r3", "Thanks.")])
    [('r1', 'We got £5 in 2025 to 2026. This money is called the Roads Fund.'), ('r3', 'Thanks.')]
    """
    if not any("called" in text or "known as" in text for _, text in unread):
        return list(unread)
    out: list[tuple[Any, str]] = []
    for row, text in unread:
        if out and "£" in out[-1][1] and called_name(text) is not None:
            out[-1] = (out[-1][0], f"{out[-1][1]} {text.strip()}")
            continue
        out.append((row, text))
    return out
