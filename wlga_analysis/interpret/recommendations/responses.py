"""A written response to a report's recommendations: the Welsh Government's response to a
Senedd committee report, a council's response to an audit.

Each recommendation is printed ("Recommendation 1. The Welsh Government should ...") and
answered below it: a decision ("Response: Accept", "Accept in principle", "Reject", on a web
page a badge with the word alone), paragraphs saying what is done or will be done, and often
"Financial implications: ...". The prose reader (:mod:`.prose`) reads:

- the **response** as an activity of the recommendation's area: its text the paragraphs
  after the decision (the "Financial implications" line and bullets included), its
  **status** the decision as printed; a response ends at the next recommendation or
  heading, or after its "Financial implications" line;
- the **owners** of a recommendation that names none in a bracket or "led by" wording from
  the subject of its sentence ("The Welsh Government should ..." -> WG; "Local authorities
  should ..." -> LG; "The Welsh Government and local authorities should" -> WG, LG), with a
  body it "should work with" as support ("... should work with the WLGA to ..." -> WG, WLGA);
  only when a name of the subject is a known owner.

The decision words are analyst-editable: kind ``response`` of
``data/raw/recommendation_words.csv``.

Examples
--------
>>> words = frozenset({"accept", "accept in principle", "reject"})
>>> response_decision("Response: Accept in principle", words)
'Accept in principle'
>>> response_decision("Reject.", words), response_decision("Rejected by the Board", words)
('Reject', None)
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
...                               ("LG", "Local government", "Local authorities;councils")])
>>> subject_owners("The Welsh Government should work with the WLGA to publish data.", known)
['WG', 'WLGA']
>>> subject_owners("Local authorities should designate a named officer.", known)
['LG']
>>> subject_owners("The Welsh Government should review, with the WLGA, the powers.", known)
['WG', 'WLGA']
>>> subject_owners("The Welsh Government should, with the WLGA, agree a definition.", known)
['WG', 'WLGA']
>>> subject_owners("Each board should publish a report.", known) is None
True
>>> subject_owners("The WLGA and councils will run joint briefings.", known)
['WLGA', 'LG']
"""

from __future__ import annotations

import re

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["closes_response", "response_decision", "subject_owners"]

#: "Response: Accept", "Welsh Government response: Reject", "Ymateb: Derbyn".
_RESPONSE_LABEL = compile_regex(r"(?i)^\s*(?:(?:the\s+)?(?:welsh\s+)?government(?:'s)?\s+)?"
                                r"(?:response|ymateb)\s*[:\u2013\u2014-]\s*(?P<decision>\S.{0,58}?)"
                                r"\s*[.]?\s*$")
#: The subject of a recommendation's sentence, before "should" or "will" (up to 80
#: characters): "The WLGA will work with ..." is the WLGA's, as "The WLGA should ...".
_SUBJECT = compile_regex(r"^\s*(?P<subject>[A-Z][^,.;:()]{1,80}?)\s+(?:should|will)\b[\s,]*"
                         r"(?P<rest>.*)$", re.DOTALL)
#: A body the subject "should work with" / "should review, with the X, ...".
_WITH = compile_regex(r"^(?:[a-z]+,?\s+){0,3}?(?:jointly\s+)?with\s+(?P<name>[^,.;:()]{2,60}?)"
                      r"(?=\s*,|\s+to\b|\s+on\b|\s+in\b|\s+and\b|\s+so\b|\s*[.;]|\s*$)")
#: The line that ends a response in the Welsh Government's template.
_FINANCE = compile_regex(r"(?i)^[\s*_]*(?:financial\s+implications?|cost)\s*[:\u2013-]")


def response_decision(text: str, words: frozenset[str]) -> str | None:
    """The decision a short line prints: "Response: <decision>" (as printed), or a decision
    word of ``words`` alone (a web page's badge); None for any other line."""
    if len(text) > 80:
        return None
    m = _RESPONSE_LABEL.match(text)
    if m is not None:
        return m.group("decision").strip(" *_.")
    plain = text.strip(" *_.:")
    return plain if plain.casefold() in words else None


def closes_response(text: str) -> bool:
    """Whether a line ends a response: its "Financial implications: ..." line."""
    return _FINANCE.match(text) is not None


def subject_owners(text: str, known: frozenset[str]) -> list[str] | None:
    """The owners the subject of a recommendation's sentence names ("The Welsh Government
    and local authorities should ..."), with a body it should work with as support; None
    unless a name of the subject is a known owner."""
    from wlga_analysis.interpret.recommendations.prose_owners import _names

    m = _SUBJECT.match(text)
    if m is None:
        return None
    owners = _names(m.group("subject"), known)
    if not owners or not any(name in known for name in owners) \
            or not all(name in known or name[:1].isupper() for name in owners):
        return None
    with_ = _WITH.match(m.group("rest"))
    if with_ is not None:
        owners += [n for n in _names(with_.group("name"), known)
                   if n in known and n not in owners]
    return owners
