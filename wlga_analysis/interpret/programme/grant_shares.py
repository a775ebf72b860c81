"""Programme interpreter: an amount the programme gives out is no grant to it.

A paper tells what its funds paid out beside what funds it: "The fund closed in June and
has awarded £45,000 to 19 community groups", "£0.8m for 2025-26, of which £240k is passed
through to councils". Such an amount is a share given out (to a number of recipients, or
passed through to others), not funding the programme receives: a careful reader leaves it
out of the grants, and it stays in the paragraphs table (reported as an amount not named a
grant).

Read from the words right after the amount: "to" a number of recipients ("to 19 community
groups", "to 12 village halls"), or a verb of passing it on ("is passed through to", "was
paid out to", "are passported to"), or "each" (a rate paid to each of several recipients:
"passed to the 22 partnerships at £60,000 each").

Examples
--------
>>> given_out(" to 19 community groups for growing spaces")
True
>>> given_out(" is passed through to councils."), given_out(" each."), given_out(" each year")
(True, True, False)
>>> given_out(" from the Welsh Government for 2025-26"), given_out(" to 2026-27")
(False, False)
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["given_out"]

#: The words after an amount given out (see the module).
_GIVEN_OUT = LazyPattern(
    r"\s*+(?:to\s++\d[\d,]*+\s++[a-z]|(?:is|are|was|were|will\s++be|has\s++been|have\s++been)"
    r"\s++(?:passed|paid|passported|distributed|given|handed)\s++(?:through\s++|on\s++|out\s++)?"
    r"to\b|each\b(?!\s++(?:year|month|quarter|week)))")


def given_out(after: str) -> bool:
    """Whether the words ``after`` an amount say it is given out (see the module)."""
    return ("to" in after[:40] or "each" in after[:8]) and _GIVEN_OUT.match(after) is not None
