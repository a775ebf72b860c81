"""Owner codes a document's own key defines: "Key: WG = Welsh Government; PSB = ...".

A sheet or table that prints its owners as codes often explains them in a key under it, on
one line, the definitions parted by semicolons::

    Key: WG = Welsh Government; LG = local government; PSB = Public Services Boards

The key says which codes the document uses for its owners, so a code it defines is read as
the owner code it is, kept as printed ("PSB"), even when ``data/raw/owner_codes.csv`` does
not list it: it is not reported as an unknown code but noted once (check ``owner code from
the document's key``), with the meaning the key gives. A code the key defines by the name of
a known owner ("Councils = local authorities") is read as that owner's code
(:mod:`.glossary_owners` does the replacing).

Examples
--------
>>> owner_key(("Theme\\tOwner", "Key: WG = Welsh Government; PSB = Public Services Boards\\t\\t"))
{'WG': 'Welsh Government', 'PSB': 'Public Services Boards'}
>>> owner_key(("The key: WG is central.",))
{}
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["key_owners", "owner_key"]


def _patterns() -> tuple[Any, Any, Any]:
    lead = compile_regex(r"(?i)[ \t]{0,3}(?:owners?[ \t])?key(?:[ \t]to[ \t]owners)?[ \t]?"
                         r"[:\u2013\u2014][ \t]?(?P<rest>\S[^\t]{4,600})")
    one = compile_regex(r"[ \t]{0,3}(?P<code>[A-Z][A-Za-z]{1,9})[ \t]{0,3}[=:\u2013\u2014]"
                        r"[ \t]{0,3}(?P<meaning>\S[^;]{0,150})")
    owners = compile_regex(r"(?i)(?:^|(?<=[.!?][ \t]))[ \t]{0,3}(?:owners?(?:[ \t]codes)?|"
                           r"owner[ \t]key|key[ \t]to[ \t]owners)[ \t]?:[ \t]?"
                           r"(?P<rest>\S[^\t]{4,600})")
    return lead, one, owners


def owner_key(lines: tuple[str, ...]) -> dict[str, str]:
    """The codes a key line of the document defines ("Key: X = meaning; Y = meaning"), with
    their meanings (two definitions at least; HTML tags and cell breaks left out); a key
    that says it lists the owners ("Owners: WG – Welsh Government; LG – ...", also after a
    sentence) defines them with any of its marks (a "Key:" of dashes alone is a glossary,
    read by :mod:`.glossary_owners`).

    Examples
    --------
    >>> owner_key(("The group reports. Owners: WG \u2013 Welsh Government; LG \u2013 councils.",))
    {'WG': 'Welsh Government', 'LG': 'councils'}
    """
    from wlga_analysis.documents import clean_text

    lead, one, owners = _patterns()
    found: dict[str, str] = {}
    for line in lines:
        equals = "ey" in line and "=" in line
        if not equals and "wner" not in line:
            continue
        for cell in clean_text(line).split("\t") if "\t" in line else [clean_text(line)]:
            cell = cell.replace("**", "")
            m = lead.match(cell) if equals else owners.search(cell)
            if m is None:
                continue
            parts = [one.fullmatch(p.strip(" .")) for p in m.group("rest").split(";")]
            if len(parts) >= 2 and all(parts):
                for p in parts:
                    found.setdefault(p.group("code"), p.group("meaning").strip())
    return found


def key_owners(parser: Any, unknown: set[str]) -> set[str]:
    """Of the ``unknown`` owner codes of ``parser``'s items, those the document's key
    defines: taken off each item's unknown codes (kept as printed) and noted once each;
    the codes left unknown are returned."""
    key = owner_key(tuple(parser.lines))
    defined = unknown & set(key)
    if not defined:
        return unknown
    for column in parser.items.values():
        for item in column:
            item.unknown[:] = [n for n in item.unknown if n not in defined]
    for code in sorted(defined):
        parser.issue("recommendation_owners", "owner code from the document's key", code,
                     None, f"owner code {code!r} is not in data/raw/owner_codes.csv; the "
                     f"document's key defines it ({key[code]!r}), so it is kept as printed")
    return unknown - defined
