"""Lead-ins of a council cover report whose recommendations are the decisions it asks for.

A Welsh council's report to its Cabinet, Council or a committee prints its recommendations
as the decisions it asks the meeting to take: "2.1 That Cabinet:" over roman items "(i)
notes the findings ...;", "(ii) approves ...;", "(iii) delegates authority to ...; and",
then "2.2 That Cabinet recommends to Council that it:" over a second list that starts again
at "(i)". Other wordings of the same lead-in: "That the Committee:", "That Council:",
"It is recommended that Cabinet:", "Members are asked to:", "The Committee is recommended
to:". A careful reader reads each item as a recommendation (the lead-in reader,
:mod:`.lead_ins`), its owners **the council** (the meeting that decides, Cabinet, Council,
a committee of the council or its members, is the council: the code of "councils"), with a
known body the item says the work is done with ("... a memorandum of understanding with the
WLGA") after it. Numbered paragraphs saying what someone else "recommended" ("4.2 Audit
Wales recommended that councils ...") end with no colon and are no lead-ins.

:data:`DECISION_RULES` are the lead-in wordings this module adds (``that_body`` "That X:",
``asked`` "X is asked to:"); :func:`council_bodies` reads a lead-in's subject that names a
body of the council as the council's code.

Examples
--------
>>> decision_subject("That Cabinet:"), decision_subject("Members are asked to:")
('Cabinet', 'Members')
>>> decision_subject("That the proposals are noted:") is None
True
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["DECISION_RULES", "council_bodies", "decision_line", "decision_subject",
           "opening_body"]

#: A body's name as a decision lead-in prints it: capitalised words ("Cabinet", "the
#: Audit and Governance Committee", "Full Council", "Members"), "of", "and", "&" between.
_BODY = (r"(?:[Tt]he\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|and|&|for)){0,6}")

#: The wordings of a decision lead-in (group ``subject`` the meeting that decides):
#: ``that_body`` "That Cabinet:", "That the Committee:"; ``asked`` "Members are asked to:",
#: "The Committee is recommended to:", "Cabinet is requested to:".
DECISION_RULES: dict[str, str] = {
    "that_body": rf"(?:[Tt]hat|THAT)\s+(?P<subject>{_BODY})\s*:",
    "asked": rf"(?:(?:[Tt]hat|THAT)\s+)?(?P<subject>{_BODY})\s+(?:is|are)\s+(?:asked|"
             r"requested|invited|"
             r"recommended)\s+to\s*:",
}
_RULES = tuple(compile_regex(p) for p in DECISION_RULES.values())
#: The body a "That ..." lead-in opens with ("That Council notes that Cabinet recommends").
_OPENING = compile_regex(rf"(?:[Tt]hat|THAT)\s+(?P<subject>{_BODY})(?=\s+[a-z])")

#: A body of a council that decides: its Cabinet or Executive, Council, a committee, its
#: members (the owner is the council).
_COUNCIL_BODY = compile_regex(
    r"(?i)(?:the\s+)?(?:full\s+|county\s+|borough\s+|city\s+)?(?:cabinet|council|"
    r"executive(?:\s+board)?|members|(?:[\w'\u2019-]+\s+(?:and\s+)?){0,4}committee|"
    r"cabinet\s+members?(?:\s+for\s+.+)?)")


def decision_line(line: str) -> bool:
    """Whether a line could be a decision lead-in (cheap: it ends with a colon and says
    "that" or "asked"/"recommended to" ...).

    Examples
    --------
    >>> decision_line("2.1 That Cabinet:"), decision_line("Progress this year:")
    (True, False)
    """
    end = line.rstrip(" *_")
    if not end.endswith(":"):
        return False
    low = end.lower()
    return "that " in low or " to:" in low or " to :" in low


def decision_subject(text: str) -> str | None:
    """The meeting a decision lead-in names ("That Cabinet:" -> "Cabinet"), or None for a
    text that is none.

    Examples
    --------
    >>> decision_subject("That the Audit and Governance Committee:")
    'the Audit and Governance Committee'
    >>> decision_subject("The Committee is recommended to:")
    'The Committee'
    >>> decision_subject("That Cabinet is asked to:")
    'Cabinet'
    """
    for rule in _RULES:
        m = rule.fullmatch(text.strip())
        if m is not None:
            return m.group("subject")
    return None


#: The WLGA named as a paper's publisher in its head ("WLGA Executive Board", "Welsh Local
#: Government Association"); a council named there ("... County Council", "Cyngor ...").
_WLGA_HEAD = compile_regex(r"\bWLGA\b|Welsh\s+Local\s+Government\s+Association|"
                           r"Cymdeithas\s+Llywodraeth\s+Leol\s+Cymru")
_COUNCIL_HEAD = compile_regex(r"(?i)\b(?:county|borough|city)\s+council\b|\bcyngor\b")
#: How many lines of a paper's head name its publisher.
_HEAD_LINES = 12


def _decider(lines: tuple[str, ...] | list[str], known: frozenset[str]) -> str:
    """The code of the body whose meetings decide: the WLGA when the paper's head names it
    and no council (a WLGA board paper's "Members are asked to:"), else the code of
    "councils"."""
    from wlga_analysis.interpret.recommendations.prose_owners import plural_code

    head = [line for line in lines[:4 * _HEAD_LINES] if line.strip()][:_HEAD_LINES]
    wlga = any(_WLGA_HEAD.search(line) for line in head)
    if wlga and "WLGA" in known and not any(_COUNCIL_HEAD.search(line) for line in head):
        return "WLGA"
    return plural_code("council", known)


def opening_body(text: str) -> list[str]:
    """The body a "That ..." lead-in opens with, as a one-name list ([] for none): whom a
    lead-in's pronoun means ("That Council notes that Cabinet recommends that it:").

    Examples
    --------
    >>> opening_body("That Council notes that Cabinet recommends that it:")
    ['Council']
    >>> opening_body("We recommend that it:")
    []
    """
    m = _OPENING.match(text.strip())
    return [m.group("subject")] if m is not None else []


def council_bodies(owners: list[str], known: frozenset[str],
                   lines: tuple[str, ...] | list[str] = ()) -> list[str]:
    """The owners with a body that decides ("Cabinet", "Council", "the Scrutiny
    Committee", "Members") read as the code of the paper's publisher (``lines``: the
    paper's; the WLGA when its head names the WLGA and no council, else the code of
    "councils"); other names kept.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", ""), ("WLGA", None, None)])
    >>> council_bodies(["Cabinet"], known), council_bodies(["Council", "WG"], known)
    (['LG'], ['LG', 'WG'])
    >>> council_bodies(["Members"], known, ["WLGA Executive Board", "10 May 2027"])
    ['WLGA']
    >>> council_bodies(["Data Cymru"], known)
    ['Data Cymru']
    """
    found: list[str] = []
    code: str | None = None
    for name in owners:
        if name not in known and _COUNCIL_BODY.fullmatch(name.strip()):
            name = code = code or _decider(lines, known)
        if name not in found:
            found.append(name)
    return found
