"""Programme interpreter: a form's total allocation of a grant named by its initials.

A funder's return template states the grant once, in its cover details, by the fund's
initials and with the word "Total" (the region's whole award, of which the projects'
allocations are shares)::

    Regional Integration Fund: Quarterly Monitoring Return – Quarter 2 2026-27
    Total RIF allocation 2026-27: £14,250,000

"Total" marks a line as no grant in most papers ("Total spend to date"), but the total
allocation **of a named fund** is that fund's grant. A form's line "Label: £amount" whose
label names an award and its year (:mod:`.grant_forms`), holds "total" and no other word
of list ``not a grant``, and names a fund by its initials ("RIF") that the paper prints in
full elsewhere ("Regional Integration Fund": capitalised words whose initials they are,
the last a fund's word, "Fund", "Grant", "Programme", "Scheme") is that fund's grant of
that year, named in full.

Examples
--------
>>> fund_by_initials("Total RIF allocation 2026-27",
...                  ["Welsh Government: Regional Integration Fund 2022-2027"])
'Regional Integration Fund'
>>> fund_by_initials("Total RIF allocation 2026-27", ["Rural Investment Fee"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wlga_analysis.interpret.programme.grant_scan import FUND_NAME_ENDS
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["fund_by_initials", "total_of_fund"]

#: Initials: two to six capital letters standing as a word.
_INITIALS = compile_regex(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
#: The words a total of a fund may print besides it ("Total RIF allocation 2026-27").
_TOTAL = compile_regex(r"(?i)\btotal\b")


def _spelled(initials: str) -> re.Pattern[str]:
    """Capitalised words whose initials are ``initials``, the last a fund's word."""
    words = [rf"{c}[a-z]+" for c in initials[:-1]]
    ends = "|".join(e for e in FUND_NAME_ENDS if e[0] == initials[-1]) or "(?!)"
    return compile_regex(r"\b" + r"[ \t]+".join([*words, f"(?:{ends})"]) + r"\b")


def fund_by_initials(label: str, texts: Iterable[str]) -> str | None:
    """The fund's name spelled out in ``texts`` whose initials ``label`` prints, or None.

    Parameters
    ----------
    label : str
        A form's label ("Total RIF allocation 2026-27").
    texts : iterable of str
        The paper's lines.

    Returns
    -------
    str or None
        The fund's name as printed ("Regional Integration Fund").
    """
    found = _INITIALS.findall(label)
    if not found:
        return None
    patterns = [_spelled(i) for i in found]
    for text in texts:
        for pattern in patterns:
            if (m := pattern.search(text)) is not None:
                return m.group(0)
    return None


def total_of_fund(label: str, not_a_grant: re.Pattern[str], texts: Iterable[str]
                  ) -> str | None:
    """The fund's name when ``label`` is the total allocation of a fund named by its
    initials (see the module), else None.

    Parameters
    ----------
    label : str
        A form's label naming an award and its year.
    not_a_grant : re.Pattern
        The words of list ``not a grant``.
    texts : iterable of str
        The paper's lines.

    Returns
    -------
    str or None

    Examples
    --------
    >>> words = re.compile(r"(?i)\\b(?:total|spend)\\b")
    >>> total_of_fund("Total RIF allocation 2026-27", words, ["Regional Integration Fund"])
    'Regional Integration Fund'
    >>> total_of_fund("Total RIF spend 2026-27", words, ["Regional Integration Fund"]) is None
    True
    """
    if _TOTAL.search(label) is None or not_a_grant.search(_TOTAL.sub(" ", label)):
        return None
    return fund_by_initials(label, texts)
