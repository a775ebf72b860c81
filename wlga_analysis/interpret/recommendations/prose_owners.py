"""Who leads a recommendation written in prose, read from its wording.

A report written in prose names owners in words, at the end of the recommendation's
sentence ("..., led by Welsh Government with the WLGA.") or in a sentence of its own ("The
CJCs should lead, supported by Transport for Wales."). :data:`OWNER_RULES` is the table of
those wordings, tried in order; :func:`prose_owners` applies it.
"""

from __future__ import annotations

import re

from wlga_analysis.interpret.recommendations.owners import owner_names
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["OWNER_RULES", "plural_code", "prose_owners"]

#: Words printed before an owner's name that are not part of it.
_ARTICLE = compile_regex(r"(?i)^(?:the|a|an)\s+")

#: How a supporter follows the lead: "supported by", "working with", "with" ...
_WITH = (r"(?:supported\s+by|with\s+(?:the\s+)?support\s+(?:of|from)|working\s+with|"
         r"in\s+partnership\s+with|with)")
_SUPPORT = r"(?:,?\s+(?:and\s+)?" + _WITH + r"\s+(?P<support>[^.;()]+?))?"
_END = r"\s*[.;]?\s*$"

#: How a sentence names who leads (and who supports) a recommendation, tried in order: the
#: first that matches gives the owners, the lead first. ``owner_only`` rules read a whole
#: sentence that only names owners ("Welsh Government should lead."); the others read the
#: end of the recommendation's own sentence ("..., led by X with Y.").
OWNER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lead_label", compile_regex(r"(?i)[(\[]?\s*\blead\s*:\s*(?P<lead>[^;.()\[\]]+?)"
                                 r"(?:(?:\s*[;,]\s*support(?:ed\s+by)?\s*:|,?\s+" + _WITH
                                 + r")\s*(?P<support>[^;.()\[\]]+?))?\s*[)\]]?" + _END)),
    ("owner_label", compile_regex(r"(?i)^\s*(?:owners?|responsible)\s*:\s*"
                                  r"(?P<lead>[^:]{1,150}?)(?P<support>)" + _END)),
    ("led_by", compile_regex(r"(?i)(?:^|,\s*|\bbe\s+|\bare\s+|\bis\s+)led\s+(?:jointly\s+)?by\s+"
                             r"(?P<lead>[^.;()]+?)" + _SUPPORT + _END)),
    ("as_lead", compile_regex(r"(?i)(?:^|,\s*)with\s+(?P<lead>[^.;()]+?)\s+(?:as\s+(?:the\s+)?"
                              r"lead(?:\s+(?:body|partner|organisation))?|leading)" + _SUPPORT
                              + _END)),
    ("should_lead", compile_regex(r"(?i)^(?P<lead>[^,.;()]+?)\s+(?:should|will|would|is\s+to|"
                                  r"are\s+to|to)\s+(?:take\s+the\s+)?lead(?:\s+on\s+[^,.;()]{1,60}?)?"
                                  + _SUPPORT + _END)),
)
#: How much of a sentence's end the owner rules read (the wording ends a sentence; a
#: sentence of its own that names owners is no longer), so that a long sentence costs
#: no more than a short one.
_OWNER_TAIL = 300
#: Rules that may read a sentence of its own (after or before the recommendation).
_OWNER_ONLY = frozenset({"lead_label", "owner_label", "should_lead", "led_by"})



def _names(text: str, known: frozenset[str]) -> list[str]:
    """The owners ``text`` names, known names as their codes, articles left out."""
    names = [_ARTICLE.sub("", name) for name in owner_names(text, known)]
    return [name for name in names if name and len(name) <= 60]


def plural_code(name: str, known: frozenset[str]) -> str:
    """The code a singular owner names through its plural ("council" -> the code named
    "councils", "local authority" -> "local authorities"); ``name`` itself when it is a code
    already or no one code is named so.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils;local authorities")])
    >>> plural_code("council", known), plural_code("local authority", known)
    ('LG', 'LG')
    >>> plural_code("Head of Policy", known)
    'Head of Policy'
    """
    if name in known:
        return name
    plural = _names(f"{name[:-1]}ies" if name.endswith("y") else f"{name}s", known)
    return plural[0] if len(plural) == 1 and plural[0] in known else name


def prose_owners(sentence: str, known: frozenset[str], whole: bool = False
                 ) -> tuple[list[str], int] | None:
    """The owners a sentence names in words, the lead first, and where the wording starts;
    None when it names none. ``whole``: only wording that is the whole sentence (or follows
    "This should be", "It will be") counts, as for a sentence of its own.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None)])
    >>> prose_owners("That data is shared, led by Welsh Government with the WLGA.", known)
    (['WG', 'WLGA'], 19)
    >>> prose_owners("Lead: Welsh Government, with the WLGA", known, True)
    (['WG', 'WLGA'], 0)
    >>> prose_owners("That it is shared, with Data Cymru as lead.", known)
    (['Data Cymru'], 17)
    >>> prose_owners("The CJCs should lead, supported by Transport for Wales.", known, True)
    (['CJCs', 'Transport for Wales'], 0)
    >>> prose_owners("Councils have mapped the premises.", known, True) is None
    True
    """
    if whole and len(sentence) > _OWNER_TAIL:
        return None
    skipped = max(0, len(sentence) - _OWNER_TAIL)  # the wording ends a sentence: its tail
    tail = sentence[skipped:]
    for name, rule in OWNER_RULES:
        if whole and name not in _OWNER_ONLY:
            continue
        m = rule.search(tail)
        if m is None or (whole and len(tail[:m.start()].split()) > 3):
            continue
        owners = _names(m.group("lead"), known)
        if m.group("support"):
            owners += [o for o in _names(m.group("support"), known) if o not in owners]
        if owners:
            return owners, skipped + m.start()
    return None
