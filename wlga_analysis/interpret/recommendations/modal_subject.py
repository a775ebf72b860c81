"""The owners of a recommendation worded "<Subject> should <do> ...".

Reviews and panels word each recommendation as a sentence whose subject is the body that
is to act: "Councils should publish ...", "The WLGA and ADEW should commission ...", "The
council and Transport for Wales should redesign ...", "Bus operators should accept ...". A
careful reader takes the subject's bodies as the owners (the bodies named after the verb,
"set out the role of Transport for Wales", are the recommendation's subject matter, not
owners):

- the subject is the words before the first modal verb of :data:`SUBJECT_RULES`
  (``modal``: "should", "must", "will", "is to", ...), short and starting with a capital
  letter (a sentence that starts with a preposition, "In time the regional bodies should
  ...", names no owner);
- its names are split on "and" and commas as the owner code list splits a cell, articles
  left out; a known name or alias is its code ("Councils" -> LG; a singular name through its
  plural: "The council" -> LG); any other name is kept **as printed** ("Bus operators",
  "ADEW"), and the parser reports it (check ``unknown owner code``), never a guessed code.

Examples
--------
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", ""), ("WLGA", None, None)])
>>> subject_owners("The council and Transport for Wales should redesign the network.", known)
['LG', 'Transport for Wales']
>>> subject_owners("The WLGA and the Welsh Government should run a campaign.", known)
['WLGA', 'WG']
>>> subject_owners("In time the regional bodies should take a part.", known)
[]
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["SUBJECT_RULES", "subject_owners"]

#: ``modal``: the verb that ends the subject; ``opener``: words before the subject that
#: are no part of it ("We recommend that"); ``not_subject``: a first word that starts no
#: subject (a preposition or conjunction: the sentence's subject comes later, if at all).
SUBJECT_RULES: dict[str, str] = {
    "modal": r"\s(?:should|must|shall|will|need\s+to|needs\s+to|ought\s+to|is\s+to|"
             r"are\s+to|is\s+asked\s+to|are\s+asked\s+to)\s+(?=[a-z])",
    "opener": r"(?i)^\s*(?:(?:we|the\s+\w+)\s+(?:also\s+)?recommends?\s+that\s+|that\s+)",
    "not_subject": r"(?i)^(?:in|by|when|where|if|as|after|before|within|over|under|for|"
                   r"from|to|at|on|with|once|until|while|this|these|it|there|we|they)\b",
}
_MODAL = LazyPattern(SUBJECT_RULES["modal"])
_OPENER = LazyPattern(SUBJECT_RULES["opener"])
_NOT_SUBJECT = LazyPattern(SUBJECT_RULES["not_subject"])
#: The most words a subject holds ("The Welsh Government and the Corporate Joint
#: Committees" is 8).
_SUBJECT_WORDS = 12


def subject_owners(text: str, known: frozenset[str]) -> list[str]:
    """The owners the subject of a "<Subject> should ..." sentence names (see the module's
    notes): known names as their codes, others as printed; [] when the sentence has no
    such subject.

    Parameters
    ----------
    text : str
        The recommendation's sentence.
    known : frozenset of str
        The owner codes (an :class:`~.owners.OwnerCodes` reads names and aliases too).

    Returns
    -------
    list of str

    Examples
    --------
    >>> subject_owners("Bus operators should accept contactless payment.", frozenset())
    ['Bus operators']
    >>> subject_owners("A separate line would fix this.", frozenset())
    []
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names, plural_code
    from wlga_analysis.interpret.recommendations.shared_head import shared_head_name

    if "should" not in text and " to " not in text and "must" not in text \
            and "will" not in text and "shall" not in text:
        return []
    opener = _OPENER.match(text)
    start = opener.end() if opener else 0
    m = _MODAL.search(text, start, start + 160)
    if m is None:
        return []
    subject = text[start:m.start()].strip()
    if not (subject[:1].isupper() or opener) or len(subject.split()) > _SUBJECT_WORDS \
            or _NOT_SUBJECT.match(subject) or any(c in subject for c in ".;:()"):
        return []
    whole = shared_head_name(subject, known)  # ("Town and community councils": one name)
    owners: list[str] = []
    for name in [whole] if whole else _names(subject, known):
        name = plural_code(name, known)
        if name not in owners:
            owners.append(name)
    return owners
