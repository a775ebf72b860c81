"""A council's audit report: "The Council should ..." asks the council, local government.

An Audit Wales (or inspectorate) report on one council names its subject in its title
("Workforce Planning Arrangements – Penrhos County Borough Council") and writes every
recommendation and proposal for improvement to it: "The Council should approve ...". The
owner words of ``data/raw/owners.csv`` name no "Council" (the WLGA Council is the WLGA's),
so the table reader finds no owner; a careful reader reads "the Council" of such a report
as the council it reports on: local government (LG). :func:`council_owners_after` does so
for each recommendation with no owner whose text opens with "The Council should / must /
will / needs to", only in a paper whose opening lines name a council of a kind
(:data:`COUNCIL_RULES`), and reports it (check ``owner from the council reported on``).

Examples
--------
>>> names_a_council(["Workforce Planning – Penrhos County Borough Council"])
True
>>> names_a_council(["WLGA Council, 30 January 2026"])
False
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.lines import _REC
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["COUNCIL_RULES", "council_owners_after", "names_a_council"]

#: ``council`` a council of a kind named in a paper's opening lines; ``asks`` a
#: recommendation written to it ("The Council should", "The Council must", "The Council
#: needs to"). How many opening lines are looked at: ``_OPENING``.
COUNCIL_RULES: dict[str, str] = {
    "council": r"(?i)\b(?:county\s+borough|county|city(?:\s+and\s+county)?|borough|"
               r"district|metropolitan)\s+council\b",
    "asks": r"(?i)\s*the\s+council\s+(?:should|must|will|needs?\s+to|is\s+to|ought\s+to)\b",
}
_COUNCIL = LazyPattern(COUNCIL_RULES["council"])
_ASKS = LazyPattern(COUNCIL_RULES["asks"])
_OPENING = 15


def names_a_council(lines: Any) -> bool:
    """Whether a paper's opening lines name a council of a kind ("... County Council")."""
    return any(_COUNCIL.search(line) for line in list(lines)[:_OPENING])


def council_owners_after(parser: Any) -> Any | None:
    """``parser`` with LG as the owner of each recommendation that names none and opens
    "The Council should ...", in a report on a council; else None.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes",), "0" * 64)
    >>> council_owners_after(_Parser(doc, frozenset({"LG"}))) is None
    True
    """
    recs = parser.items[_REC]
    if not recs or "LG" not in parser.known:
        return None
    bare = [i for i in recs if not i.owners and i.pieces
            and _ASKS.match(clean_text(i.pieces[0])) is not None]
    if not bare or not names_a_council(parser.lines):
        return None
    for item in bare:
        item.owners[:] = ["LG"]
    lines = {i.line for i in bare}
    parser.issues[:] = [i for i in parser.issues
                        if not (i.check == "no owner" and i.source_line in lines)]
    parser.issue(_REC, "owner from the council reported on", bare[0].printed, bare[0].line,
                 f"{len(bare)} recommendations ask 'the Council' of a report on a council "
                 "(named in its opening lines) and name no other owner: each is read as "
                 "the council's (LG)")
    return parser
