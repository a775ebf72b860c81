"""Programme interpreter: a grant whose figure changed ("increased from £400,000 to £450,000").

A later update may tell a grant's new figure as a change: "The Improvement Programme grant
for 2025-26 was increased from £400,000 to £450,000 in October 2025". Two amounts, ONE
grant: the figure the paper says it now is (£450,000) under the name and year the sentence
gives before the change ("Improvement Programme grant", 2025-26); the earlier figure
(£400,000) is superseded, no second grant. A careful reader reads it so; the loader keeps
the earlier figure in the paragraphs table (the sentence is there whole) and reports it
(issue "superseded amount").

The change is the words between the two amounts and just before the first: a verb of
change and "from" before it ("was increased from", "rose from", "has been cut from"),
"to" alone between them.

Examples
--------
>>> changed_pair("The grant was increased from ", " to ")
True
>>> changed_pair("The grant of ", " and the fund of ")
False
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.grants import _mention_name
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["changed_pair", "superseded_issue", "without_superseded"]

#: A verb of change and "from" at the end of the words before the earlier figure.
_CHANGED_FROM = LazyPattern(
    r"(?i)(?:\b(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?"
    r"\b(?:increased|raised|uplifted|topped\s+up|reduced|cut|decreased|revised|amended|"
    r"changed|rose|fell|grew|went\s+(?:up|down))"
    # (the grant it changed between: "has increased the Digital Transformation Grant for
    # 2025-26 from")
    r"(?:\s+(?P<object>(?:the|its|their|our)\s[^.;:\u00a3]{1,80}?))?\s+from\s*$")
#: Only "to" between the two figures.
_TO = LazyPattern(r"(?i)\s*to\s*")
#: The later figure first: a verb of change and "to" before it ("has been revised to"),
#: the earlier figure after it in brackets ("£1.2m (from £1.45m)").
_CHANGED_TO = LazyPattern(
    r"(?i)(?:\b(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?"
    r"\b(?:increased|raised|uplifted|topped\s+up|reduced|cut|decreased|revised|amended|"
    r"changed|rose|fell|grew|went\s+(?:up|down))\s+to\s*$")
_FROM_BRACKET = LazyPattern(r"(?i)\s*\(\s*(?:down\s+|up\s+)?from\s*")


def changed_pair(before: str, between: str) -> bool:
    """Whether an amount with the words ``before`` it and ``between`` it and the next
    amount is the earlier figure of a change ("... increased from £A to £B").

    Examples
    --------
    >>> changed_pair("Funding rose from ", "to"), changed_pair("rose from ", " to over ")
    (True, False)
    """
    return _TO.fullmatch(between) is not None and _CHANGED_FROM.search(before) is not None


def without_superseded(found: list[Any], report: Callable[[Any, Any], None]) -> list[Any]:
    """The mentions of a sentence (:class:`~.grants._Mention`, in order) without the earlier
    figure of each change: the later figure takes the name, year and funding the sentence
    gives before the change; ``report(earlier, later)`` is called for each earlier one.

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> a = M(amount=400, before="The grant for 2025-26 was increased from ", after=" to ",
    ...       name="grant", year="2025-26", funding=True)
    >>> b = M(amount=450, before=" to ", after=" in May.", name=None, year=None,
    ...       funding=False)
    >>> kept = without_superseded([a, b], lambda old, new: None)
    >>> [(m.amount, m.name, m.year, m.funding) for m in kept]
    [(450, 'grant', '2025-26', True)]
    """
    if len(found) < 2:
        return found
    out = []
    k = 0
    while k < len(found):
        earlier = found[k]
        later = found[k + 1] if k + 1 < len(found) else None
        change = _CHANGED_FROM.search(earlier.before) if later is not None \
            and _TO.fullmatch(earlier.after) is not None else None
        if change is None and later is not None and "(" in earlier.after \
                and _FROM_BRACKET.fullmatch(earlier.after) is not None \
                and (change := _CHANGED_TO.search(earlier.before)) is not None:
            # ("revised to £B (from £A)": the first figure is the later one)
            earlier.before = f"{earlier.before[:change.start()].rstrip()} is "  # (what it is)
            earlier.name = _mention_name(earlier.before, later.after) or earlier.name
            report(later, earlier)
            out.append(earlier)
            k += 2
            continue
        if change is not None:
            subject = change.group("object") or earlier.before[:change.start()].rstrip()
            # ("The X grant for 2025-26 was increased", "... increased the X grant for")
            later.before = earlier.before + later.before.lstrip()
            later.name = _mention_name(f"{subject} is ", later.after) or earlier.name \
                or later.name  # (named as "X is £B": what the change says)
            later.year = later.year or earlier.year
            later.funding = later.funding or earlier.funding
            report(earlier, later)
            out.append(later)
            k += 2
            continue
        out.append(earlier)
        k += 1
    return out


def superseded_issue(document: str, earlier: Any, later: Any) -> Any:
    """The issue reporting ``earlier``, the superseded figure of a change to ``later``.

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> row = M(source_line=9, paragraph=3)
    >>> issue = superseded_issue("a.md", M(match=M(group=lambda n: "£400,000"), row=row),
    ...                          M(match=M(group=lambda n: "£450,000")))
    >>> issue.check, issue.item, issue.source_line
    ('superseded amount', '£400,000', 9)
    """
    from wlga_analysis.quality import Issue

    old, new = earlier.match.group(0), later.match.group(0)
    return Issue(document, "grants", "superseded amount", old, earlier.row.source_line,
                 f"{old} (paragraph {earlier.row.paragraph}) is the earlier figure of a "
                 f"grant changed to {new}: read as that one grant at {new}; the earlier "
                 "figure is kept in the paragraphs table only")
