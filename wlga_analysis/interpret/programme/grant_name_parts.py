"""A grant's name without what a paper prints after it that is no part of it.

Two things follow a grant's name in print that a reader does not take as part of it:

- **the funder in brackets**: "Improvement Support Grant (Welsh Government): £940,000", a
  funding box's "Grant | Funder | Amount" row read as a line. The name ends in its kind
  ("Grant", "grant", "Fund", "funding") and the brackets hold a body's name (capitalised
  words: "Welsh Government", "Social Care Wales", or its initials: "ISG"). The funder is a
  separate fact: the grants table has no funder column, and the line as printed stays in
  the paragraphs table. Brackets holding a part of the grant ("(capital)", "(2024-25
  allocation)") stay;
- **a second kind word**: "the Local Transport Fund grant of £450,000" is the Local
  Transport Fund; "Shared Prosperity Fund funding" the Shared Prosperity Fund. A generic
  word ("grant", "funding") after a name that is already a fund's or a grant's ("... Fund",
  "... Grant") names it twice; after any other name it is part of the name ("Improvement
  Programme grant", "Anti-racist Wales Action Plan grant"), and a name that is only that
  ("Fund grant") stays as printed;
- **its year**: "Shared Prosperity Fund 2026-27 (transition year): £900,000" is the Shared
  Prosperity Fund: the year after a fund's or a grant's name (and a remark in brackets
  after the year) is the grant's financial year, read by the general rules.

Examples
--------
>>> plain_grant_name("Improvement Support Grant (Welsh Government)")
'Improvement Support Grant'
>>> plain_grant_name("Cyber Resilience Fund (Welsh Government, Cyber Action Plan for Wales)")
'Cyber Resilience Fund'
>>> plain_grant_name("Local Transport Fund grant")
'Local Transport Fund'
>>> plain_grant_name("Improvement Programme grant")
'Improvement Programme grant'
>>> plain_grant_name("Shared Prosperity Fund 2026-27 (transition year)")
'Shared Prosperity Fund'
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["plain_grant_name"]

#: A name ending in its kind, then a body's name in brackets: capitalised words (joined by
#: "of", "for", "and", "the") or initials.
_FUNDER_BRACKETS = compile_regex(
    r"(?P<name>.*?\b(?:[Gg]rant|[Ff]und|[Ff]unding))\s*+"
    r"\((?:[A-Z][\w'&.-]*+)(?:\s++(?:(?:of|for|and|the|in)\s++)?[A-Z][\w'&.-]*+){0,6}"
    r"(?:,\s++[A-Z][\w'&.-]*+(?:\s++(?:(?:of|for|and|the|in)\s++)?[A-Z][\w'&.-]*+){0,6}){0,2}\)")
#: A fund's or grant's name, then its financial year and a remark in brackets after it.
_YEAR_AFTER = compile_regex(r"(?P<name>.*?\S\s++(?:Fund|Grant))\s++(?:19|20)\d\d[-\u2013/]\d\d"
                            r"(?:\d\d)?+(?:\s*+\([^()\n]{1,60}\))?")
#: A fund's or grant's name, then a generic kind word: "Local Transport Fund grant".
_SECOND_KIND = compile_regex(r"(?P<name>.*?\S\s++(?:Fund|Grant))\s++(?:grant|funding)")


def plain_grant_name(name: str) -> str:
    """``name`` without a funder printed in brackets after it and without a generic kind
    word after a fund's or grant's name (see the module); any other name unchanged.

    Parameters
    ----------
    name : str
        A grant's name as printed.

    Returns
    -------
    str
    """
    if ("20" in name or "19" in name) and (m := _YEAR_AFTER.fullmatch(name)) is not None:
        return m.group("name")
    if name.endswith(")") and (m := _FUNDER_BRACKETS.fullmatch(name)) is not None:
        name = m.group("name")
    if name.endswith(("grant", "funding")) and (m := _SECOND_KIND.fullmatch(name)) is not None:
        name = m.group("name")
    return name
