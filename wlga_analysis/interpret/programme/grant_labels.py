"""Programme interpreter: a grant's name printed as the label of its amount, as a page's
callout prints it.

A Notion page's funding callout prints each grant as a label and its amount ("💷 Welsh
Government Digital Transformation Grant: £450k for 2025-26"), a toggle's or callout's
title and icon may run into it on a web page ("Funding 💷 Welsh Government ..."), and a
funder may follow the name in brackets with what it funds ("Cyber Resilience Fund (Welsh
Government, Cyber Action Plan for Wales): £0.8m"). The grant's name is the label after the
last icon (a pictograph: Unicode's "other symbol"), without a funder known to the project
(:data:`~wlga_analysis.config` owner codes' names and aliases, "Welsh Government") printed
before a name of its own, and without the bracket after it (:mod:`.grant_name_parts`).

Examples
--------
>>> label_grant_name("Funding \U0001f4b7 Welsh Government Digital Transformation Grant")
'Digital Transformation Grant'
>>> label_grant_name("Welsh Government grant")
'Welsh Government grant'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["label_grant_name"]


@lru_cache(maxsize=1)
def _funders() -> tuple[str, ...]:
    """The owner codes' names and aliases, longest first, with a space after each."""
    from wlga_analysis.reference import load_owner_codes

    table = load_owner_codes()
    names: set[str] = set()
    for name, aliases in zip(table["name"], table["aliases"], strict=False):
        names.add(str(name))
        names.update(a.strip() for a in str(aliases if isinstance(aliases, str) else "").split(";"))
    return tuple(sorted((n + " " for n in names if n), key=len, reverse=True))


def label_grant_name(label: str) -> str:
    """The grant's name in a funding label: the text after its last icon, without a known
    funder printed before a capitalised name of two words or more.

    Parameters
    ----------
    label : str
        The label before the amount's colon.

    Returns
    -------
    str

    Examples
    --------
    >>> label_grant_name("Welsh Government Housing Support Grant")
    'Housing Support Grant'
    >>> label_grant_name("Cyber Resilience Fund")
    'Cyber Resilience Fund'
    """
    icons = [i for i, ch in enumerate(label) if ord(ch) > 0x2000
             and unicodedata.category(ch) == "So"]
    if icons and label[icons[-1] + 1:].strip():
        label = label[icons[-1] + 1:].strip(" \t\ufe0f")
    for funder in _funders() if label[:1].isupper() else ():
        if label.startswith(funder):
            rest = label[len(funder):].split()
            if len(rest) >= 2 and all(w[:1].isupper() for w in rest[:2]):
                return label[len(funder):]
            break
    return label
