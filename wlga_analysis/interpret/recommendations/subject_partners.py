"""Who a committee's recommendation is for, when only its sentence's subject says so.

A committee report names no owner column and no "led by": the owner is the subject of the
sentence. :func:`.responses.subject_owners` reads "The Welsh Government should ..." and "...
should work with the WLGA to ..."; this module reads three more wordings of the same kind,
each a rule of :data:`SUBJECT_RULES`:

- ``with_partner``: a partner set between the subject and "should" ("The Welsh Government,
  with the Royal Town Planning Institute, should ...": the subject leads, the partner
  follows, as printed when it is not a known owner);
- ``named_body``: a subject that is a body's proper name, every word capitalised
  ("Corporate Joint Committees should ..."): kept as printed (the loader reports a name the
  owner code list does not know), but a singular the code list names in the plural ("The
  Council should ...": the council, the code of "councils") is that code;
- ``with_known``: a known owner the sentence says the work is done with, later in it ("...
  should fund a national programme with the WLGA, including ...", or in an imperative
  addressed to an owner named elsewhere: "Work with the WLGA to compare ..."): a supporter,
  after the subject (only names of ``data/raw/owner_codes.csv``, so that "in line with the guidance"
  names nobody).

Examples
--------
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None)])
>>> subject_partners("The Welsh Government, with the Royal Town Planning Institute, "
...                  "should develop a pathway.", known)
['WG', 'Royal Town Planning Institute']
>>> subject_partners("Corporate Joint Committees should set out their plans.", known)
['Corporate Joint Committees']
>>> subject_partners("The Council should agree a plan.",
...                  OwnerCodes.from_rows([("LG", "Local government", "councils")]))
['LG']
>>> subject_partners("The Welsh Government should fund a programme with the WLGA, "
...                  "including data standards.", known)
['WG', 'WLGA']
>>> subject_partners("Each board should publish a report in line with the guidance.", known)
[]
>>> text = "It should work with the WLGA."
>>> subject_partners(text, known), subject_partners(text, known, ["WG"])
([], ['WG', 'WLGA'])
>>> subject_partners("Work with the WLGA to compare costs.", known, ["LG"])
['LG', 'WLGA']
"""

from __future__ import annotations

from wlga_analysis.interpret.recommendations.prose_owners import _names, plural_code
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SUBJECT_RULES", "subject_partners"]

#: "The Welsh Government, with the RTPI, should ...": the subject, then its partner.
_WITH_PARTNER = compile_regex(
    r"^\s*(?P<subject>[A-Z][^,.;:()]{1,80}?)\s*,\s*(?:together\s+|jointly\s+|working\s+)?"
    r"(?:with|alongside|in\s+partnership\s+with)\s+(?P<partner>[A-Z]?[^,.;:()]{1,80}?)"
    r"\s*,\s*should\b")
#: "Corporate Joint Committees should ...": a proper name (each word capitalised, "of",
#: "for", "and", "&" between), up to eight words.
_NAMED_BODY = compile_regex(
    r"^\s*(?!(?:It|This|That|These|Those|They|There|We|Each|Every|All|Any|Such|Both)\b)"
    r"(?P<subject>(?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and|&)){0,7})"
    r"\s+should\b")
#: "... with the WLGA, including ...": a body named after "with" ("with Data Cymru and the
#: WLGA": each), up to where the clause goes on ("," "." "and", "to", "on", "before" ...).
_WITH_NAME = compile_regex(
    r"\bwith\s+(?P<name>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|"
    r"and(?:\s+the)?))*)"
    r"(?=\s*[,.;:]|\s+(?:and|to|on|in|including|so|for|by|as|at|before|after|from|until|within|"
    r"during|each|every|when)\b|\s*$)")
#: The rest of the sentence after its "should".
_SHOULD = compile_regex(r"\bshould\b")


def _with_partner(text: str, known: frozenset[str]) -> list[str]:
    m = _WITH_PARTNER.match(text)
    if m is None:
        return []
    lead = [plural_code(n, known) for n in _names(m.group("subject"), known)]
    partners = _names(m.group("partner"), known)
    if not lead or not any(n in known or n[:1].isupper() for n in lead) \
            or not all(n in known or n[:1].isupper() for n in partners):
        return []
    return lead + [n for n in partners if n not in lead]


def _named_body(text: str, known: frozenset[str]) -> list[str]:
    m = _NAMED_BODY.match(text)
    if m is None:
        return []
    names = [plural_code(n, known) for n in _names(m.group("subject"), known)]  # (Council: LG)
    return names if names and all(n in known or n[:1].isupper() for n in names) else []


def _with_known(text: str, known: frozenset[str]) -> list[str]:
    should = _SHOULD.search(text)  # (an imperative, "Work with the WLGA to ...", has none)
    found: list[str] = []
    for m in _WITH_NAME.finditer(text, should.end() if should is not None else 0):
        found += [n for n in _names(m.group("name"), known) if n in known and n not in found]
    return found


#: The wordings, in order: the first two name the subject (the first that reads one wins),
#: the last adds supporters to whatever the subject gave.
SUBJECT_RULES = (("with_partner", _with_partner), ("named_body", _named_body),
                 ("with_known", _with_known))


def subject_partners(text: str, known: frozenset[str], lead: list[str] | None = None
                     ) -> list[str]:
    """The owners a recommendation's sentence names by its subject and its partners, the
    subject first (see the module's doc); [] when it names no subject. ``lead``: the owners
    already read from its wording, kept first (the subject rules are then not tried; a
    known partner named "with" is added after them).

    Parameters
    ----------
    text : str
        The recommendation's sentence, its label left out.
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`, whose names read as codes).
    lead : list of str, optional
        The owners read already.

    Returns
    -------
    list of str
        The owners, lead first: codes for known names, other names as printed.
    """
    owners = list(lead or ())
    for name, rule in SUBJECT_RULES:
        if name == "with_known" and not owners:
            break  # a partner with no lead is no owner
        if owners and name != "with_known":
            continue
        owners += [n for n in rule(text, known) if n not in owners]
    return owners
