"""Lead-ins of an enforcement decision that requires steps of the body it is about.

A regulator's decision notice (the Welsh Language Commissioner's under section 77 of the
Welsh Language (Wales) Measure 2011, an Ombudsman's or a regulator's enforcement notice)
requires the body investigated to act: "Under section 77 of the Measure the Commissioner
requires the Council to take the following steps:" over numbered steps ("1. Provide ...
by 30 April 2026."), beside a separate "The Commissioner recommends that the Council:"
list. A careful reader reads each step as a recommendation too (the lead-in reader,
:mod:`.lead_ins`): its area the heading the lead-in stands under ("Enforcement action"),
its owners whom the lead-in requires to act ("the Council": the code of "councils"), its
number the step's as printed; a decision "not to require" anything ("Steps to publicise:
the Commissioner has decided not to require ...") ends with no colon and is no lead-in.

:data:`REQUIRED_RULES` are the wordings (group ``subject`` whom): ``requires`` "X requires
Y to take the following steps:" (words before the verb free: "Under section 77 of the
Measure the Commissioner"), ``required`` "Y is required to take the following steps:",
``must`` "Y must take the following steps:".

Examples
--------
>>> required_subject("Under section 77 of the Measure the Commissioner requires the "
...                  "Council to take the following steps:")
'the Council'
>>> required_subject("The Authority is required to take the following action:")
'The Authority'
>>> required_subject("Steps to publicise:") is None
True
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["REQUIRED_RULES", "required_line", "required_subject"]

#: What is required: "take the following steps / action(s) / measures", "do the
#: following", "comply with the following", or nothing ("requires the Council to:").
_FOLLOWING = (r"(?:(?:take|carry\s+out|complete|implement)\s+(?:the\s+)?following\s+"
              r"(?:steps?|actions?|measures?)|(?:do|comply\s+with)\s+the\s+following)")
_WHAT = f"{_FOLLOWING}?"
#: The end of a lead-in: a time clause may follow the steps ("..., within three months:").
_END = r"(?:\s*,?\s+(?:within|by|no\s+later\s+than)\s+[^:]{1,60})?\s*:"

REQUIRED_RULES: dict[str, str] = {
    "requires": r"(?:[\w'\u2019().-]+,?\s+){0,14}?(?:requires?|has\s+required|directs?|"
                r"orders?)\s+(?P<subject>[^:]{1,120}?)\s+to\s*" + _WHAT + _END,
    "required": r"(?:[\w'\u2019().-]+,?\s+){0,8}?(?P<subject>(?:[Tt]he\s+)?[A-Z][\w'\u2019-]*"
                r"(?:\s+[A-Z][\w'\u2019-]*){0,5})\s+(?:is|are)\s+(?:required|directed|"
                r"ordered)\s+to\s*" + _WHAT + _END,
    "must": r"(?:[\w'\u2019().-]+,?\s+){0,8}?(?P<subject>(?:[Tt]he\s+)?[A-Z][\w'\u2019-]*"
            r"(?:\s+[A-Z][\w'\u2019-]*){0,5})\s+must\s+" + _FOLLOWING + _END,
}
_RULES = tuple(compile_regex(p) for p in REQUIRED_RULES.values())


def required_line(line: str) -> bool:
    """Whether a line could be a lead-in of required steps (cheap: it ends with a colon
    and says "require", "must", "direct" or "order").

    Examples
    --------
    >>> required_line("The Commissioner requires the Council to take the following steps:")
    True
    >>> required_line("Progress this year:")
    False
    """
    end = line.rstrip(" *_")
    if not end.endswith(":"):
        return False
    low = end.lower()
    return any(word in low for word in ("requir", "must", "direct", "order"))


def required_subject(text: str) -> str | None:
    """Whom a lead-in of required steps names, or None for a text that is none.

    Examples
    --------
    >>> required_subject("The Council must take the following steps:")
    'The Council'
    >>> required_subject("We require the Health Board to:")
    'the Health Board'
    >>> required_subject("The Council failed to comply. It must take the following steps:")
    'It'
    """
    if not required_line(text):
        return None
    from wlga_analysis.interpret.recommendations.ask_lead_ins import last_sentence

    for sentence in dict.fromkeys((text.strip(), last_sentence(text).strip())):
        for rule in _RULES:
            m = rule.fullmatch(sentence)
            if m is not None:
                return m.group("subject")
    return None
