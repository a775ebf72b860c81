"""Programme interpreter: a grant's name printed before its amount in brackets.

A funding line that names each grant and gives its amount after it in brackets
("Funded by the Local Government Data Insight Grant (£240,000 for 2025-26)", "the Welsh
Government's Workforce Development Grant (£850,000) and the Social Care Workforce Grant
from Social Care Wales (£250,000)") names the grant right before the bracket: two
capitalised words or more ending in Grant or Fund, perhaps followed by its funder ("from
Social Care Wales"). The funder's possessive before the name ("Welsh Government's") and
an article are no part of it; the name is returned as :func:`~.grant_name_parts.
plain_grant_name` prints it.

One cheap look first: the words before the amount must end with an opening bracket.

Examples
--------
>>> bracketed_grant_name("Funded by the Local Government Data Insight Grant (")
'Local Government Data Insight Grant'
>>> bracketed_grant_name("and the Social Care Workforce Grant from Social Care Wales (")
'Social Care Workforce Grant'
>>> bracketed_grant_name("the Welsh Government's Workforce Development Grant (")
'Workforce Development Grant'
>>> bracketed_grant_name("the grant (") is None, bracketed_grant_name("the Fund: ") is None
(True, True)
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["bracketed_grant_name"]

_WORD = r"[A-Z][\w'\u2019&-]*+"
#: The name before the bracket, perhaps its funder after it ("... Grant from X Y (").
_NAME_BEFORE_BRACKET = LazyPattern(
    rf"(?<![\w'\u2019&-])(?P<name>{_WORD}(?:[ ](?:(?:in|for|of|and|on|with)[ ])?{_WORD}){{0,6}}"
    r"[ ](?:Grant|Fund))"
    rf"(?:[ ](?:from|by)[ ](?:the[ ])?{_WORD}(?:[ ]{_WORD}){{0,4}})?[ ]?\($")
#: An owner's name before a grant's ("Welsh Government's "): not part of it.
_OWNER = LazyPattern(r"^.*?['\u2019]s[ ]")
#: The most characters before the bracket looked at (a name and its funder).
_LOOK_BACK = 160


def bracketed_grant_name(before: str) -> str | None:
    """The name printed before an amount's opening bracket (see the module); None when
    the words before the amount do not end so.

    Parameters
    ----------
    before : str
        The words of the amount's sentence before it.

    Returns
    -------
    str or None
    """
    end = before.rstrip()
    if not end.endswith("(") or ("Grant" not in end and "Fund" not in end):
        return None
    m = _NAME_BEFORE_BRACKET.search(" ".join(end[-_LOOK_BACK:].split()))
    if m is None:
        return None
    from wlga_analysis.interpret.programme.grant_name_parts import plain_grant_name

    name = _OWNER.sub("", m.group("name"))
    return plain_grant_name(name) if len(name.split()) >= 2 else None
