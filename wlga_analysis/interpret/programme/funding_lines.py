"""Programme interpreter: a grant named on a labelled summary line before its amount.

A tracker's or dashboard's summary prints the programme's funding as one labelled field,
the grant's name, its year and its funder in brackets before the amount::

    Funding: Decarbonisation Support Grant 2025-26 (Welsh Government) £575,000
    Grant: Active Travel Fund 2024/25 (Transport for Wales) £1.2m

(or the label in a cell of its own, a sheet summary's table row "Funding | ..."). The name
is what follows the label, up to the year, the funder's brackets or the amount
(a name with a funding word of ``programme_words.csv``: "Grant", "Fund"); the year and the
funder are read by the general rules.

Examples
--------
>>> labelled_funding_name("Funding: Decarbonisation Support Grant 2025-26 (Welsh Government) ")
'Decarbonisation Support Grant'
>>> labelled_funding_name("Grant: Active Travel Fund 2024/25 ")
'Active Travel Fund'
>>> labelled_funding_name("Funding | Flood Resilience Fund (Welsh Government) ")  # (a table row)
'Flood Resilience Fund'
>>> labelled_funding_name("Funding: the rest of the year ") is None
True
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["labelled_funding_name"]

#: "Label: Name [year] [(funder)] " before an amount, the whole text before it.
_LABELLED = LazyPattern(r"[ \t]*+(?:[-*\u2022][ \t]++)?[A-Z][A-Za-z]{1,30}+(?:[ \t][A-Za-z]{1,30}+)"
                        r"{0,3}+(?::|[ \t]\|)[ \t]*+"
                        r"(?P<name>[A-Z][^:£()\n\d]{2,80}?)"
                        r"(?:[ \t]++(?:19|20)\d\d[-\u2013/]\d\d(?:\d\d)?)?"
                        r"(?:[ \t]*+\([^()£\n]{2,60}\))?[ \t]*+")


def labelled_funding_name(before: str) -> str | None:
    """The grant's name when all that is printed before its amount is a label and the
    name, with the year and the funder in brackets if printed; None otherwise.

    Parameters
    ----------
    before : str
        The text before the amount.

    Returns
    -------
    str or None
        The name as printed.
    """
    if (":" not in before and "|" not in before) or len(before) > 200:
        return None
    m = _LABELLED.fullmatch(before)
    if m is None:
        return None
    from wlga_analysis.interpret.programme.common import vocabulary

    name = m.group("name").strip()
    return name if vocabulary().funding.search(name) else None
