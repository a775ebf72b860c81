"""The owners of a recommendation worded "That the Council [and X] <does> ...".

A council's scrutiny reports word each recommendation as the clause after "The group
recommends": "That the Council creates a register ...", "That the Council and Transport for
Wales review bus and rail timetables ...". The bodies of the clause's subject are its owners:
each name of the subject joined by "and" or a comma, an article left out, a known owner's name
(or alias: "the Council" read as its plural, "councils") as its code, any other as printed.

A name is a run of capitalised words (with "of", "for", "and the" inside it only between
capitalised words: "Transport for Wales", "Cardiff Capital Region Corporate Joint
Committee"), or lower-case words ending in a body's noun (:data:`BODY_NOUNS`: "the town
councils", "health boards"); the verb after the subject is in lower case. A comma clause
between the subject and its verb ("That the Welsh Government, in its response to this
report, sets out ...": lower-case words up to the next comma, the verb after it) is no
name: it is left out. Anything else ("That the fees are reviewed") names no owner.

Examples
--------
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> that_subject_owners("That the Council and Transport for Wales review the timetables.",
...                     known)
['LG', 'Transport for Wales']
>>> that_subject_owners("That the Welsh Government and the health boards agree a plan.",
...                     known)
['WG', 'health boards']
>>> that_subject_owners("That the Welsh Government, by the end of 2027, publishes guidance.",
...                     known)
['WG']
>>> that_subject_owners("That the fees are reviewed.", known) is None
True
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["BODY_NOUNS", "that_subject_names", "that_subject_owners"]

#: Nouns that end a body's name printed in lower case ("the town councils").
BODY_NOUNS: frozenset[str] = frozenset({
    "council", "councils", "board", "boards", "authority", "authorities", "body", "bodies",
    "committee", "committees", "partners", "partnership", "partnerships", "services",
    "forces", "agencies", "organisations", "associations", "panel", "panels", "groups",
    "trusts", "government", "governments", "commissioner", "commissioners", "providers"})
_ARTICLES = frozenset({"the", "its", "their", "our", "all", "each", "every"})
#: Small words inside a capitalised name ("Transport for Wales").
_INSIDE = frozenset({"of", "for", "and", "the", "in", "on"})
_THAT = LazyPattern(r"(?i)\s*that\s+")
#: The most words of one name of the subject.
_NAME_WORDS = 9
#: The most words of a comma clause between the subject and its verb.
_CLAUSE_WORDS = 12


def _name_end(words: list[str], at: int) -> int | None:
    """The index after the name that starts at ``words[at]`` (its article skipped by the
    caller), or None when no name starts there."""
    if at >= len(words):
        return None
    if words[at][:1].isupper():
        end = at + 1
        while end < len(words) and end - at < _NAME_WORDS:
            word = words[end]
            if word[:1].isupper():
                end += 1
            elif word in _INSIDE and word != "and" and end + 1 < len(words) \
                    and words[end + 1][:1].isupper():
                end += 2
            else:
                break
        return end
    for end in range(at, min(at + 3, len(words))):  # "town councils", "health boards"
        if words[end].casefold() in BODY_NOUNS:
            return end + 1
    return None


def _clause_end(words: list[str], comma: int) -> int | None:
    """The index after a comma clause that opens at ``words[comma]`` (a ","): lower-case
    words (no article, no "and": those go on the subject's list of names) up to the next
    ",", a lower-case word (the verb) after it; None when there is no such clause."""
    first = words[comma + 1] if comma + 1 < len(words) else ""
    if not first[:1].islower() or first.casefold() in _ARTICLES or first in ("and", "or"):
        return None
    for k in range(comma + 2, min(comma + 2 + _CLAUSE_WORDS, len(words) - 1)):
        if words[k] == ",":
            after = words[k + 1]
            return k + 1 if after[:1].islower() and after not in ("and", "or") else None
    return None


def that_subject_names(text: str) -> list[str] | None:
    """The names of the subject of a "That ..." clause, as printed, or None.

    Examples
    --------
    >>> that_subject_names("That councils and the WLGA develop a common approach.")
    ['councils', 'WLGA']
    >>> that_subject_names("That the fees are reviewed.") is None
    True
    """
    m = _THAT.match(text)
    if m is None:
        return None
    words = text[m.end():].replace(",", " , ").split()
    names: list[str] = []
    at = 0
    while True:
        start = at + 1 if at < len(words) and words[at].casefold() in _ARTICLES else at
        end = _name_end(words, start)
        if end is None:
            return None
        names.append(" ".join(words[start:end]))
        if end < len(words) and words[end] == "," and (after := _clause_end(words, end)):
            end = after  # (", in its response to this report," then the verb)
        elif end < len(words) and words[end] in {"and", ","}:
            at = end + 1 + (end + 1 < len(words) and words[end + 1] == "and")
            continue
        if end >= len(words) or not words[end][:1].islower():
            return None  # no verb after the subject
        return names


def that_subject_owners(text: str, known: frozenset[str]) -> list[str] | None:
    """The owners the subject of a "That ..." recommendation names, known names as their
    codes (a singular name read as its plural too: "Council" as "councils"), others as
    printed; None unless one of them is a known owner."""
    from wlga_analysis.interpret.recommendations.owners import owner_names

    names = that_subject_names(text)
    if not names:
        return None
    owners: list[str] = []
    for name in names:
        code = None
        for form in (name, name + "s"):
            found = owner_names(form, known)
            if len(found) == 1 and found[0] in known:
                code = found[0]
                break
        owner = code or name
        if owner not in owners:
            owners.append(owner)
    return owners if any(owner in known for owner in owners) else None
