"""Programme interpreter: a recommendations paper of prose read as a programme is refused.

:mod:`.wrong_kind` refuses a recommendations paper by its table's header. A paper of prose
(a review's numbered paragraphs, an inspection letter, a manifesto of asks) prints no such
table, and the programme layouts read its paragraphs as progress items. What gives it away
is that it reports no progress: almost none of its "items" carries any status wording
(each got the default status), while the recommendations loader reads recommendations
from it. Then the parse is refused with a :class:`~wlga_analysis.errors.ParseError` that
names the first recommendation's line and says which loader to use, rather than returning
paragraphs of findings as progress.

A programme update whose items mostly say nothing of their progress (a plan of future
work) is still read when the recommendations loader finds no recommendation in it; and a
paper whose items mostly report progress is never checked. Nor is a paper longer than
:data:`CHECKED_MAX_CHARACTERS` (about 60 pages; the longest recommendations paper of the
evaluation corpora has 15,000 characters): the check reads the paper a second time, and a
1 MB paper must load in under 2 s (issue #13).

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"status_rule": ["default: no wording matched"] * 4
...                                      + ["done: has been done"]})
>>> unworded_share(frame)
0.8
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd

from wlga_analysis.errors import ParseError

__all__ = ["CHECKED_MAX_CHARACTERS", "UNWORDED_SHARE", "refuse_recommendations_prose",
           "unworded_share"]

#: The least share of items with no status wording (the default status) that makes the
#: programme loader ask whether the paper is a recommendations paper.
UNWORDED_SHARE = 0.8
#: The longest paper (characters of its text form) the check reads again.
CHECKED_MAX_CHARACTERS = 200_000


def unworded_share(programme: pd.DataFrame) -> float:
    """The share of the items whose status no wording gave (status_rule "default: ...");
    0.0 for no items."""
    if not len(programme):
        return 0.0
    rules = programme["status_rule"].astype("str")
    return float(rules.str.startswith("default").sum()) / len(programme)


def refuse_recommendations_prose(parsed: Any, doc: Any) -> Any:
    """``parsed`` (a :class:`~.common.ProgrammeParse` of ``doc``) unchanged, or a
    ParseError when at least :data:`UNWORDED_SHARE` of its items carry no status wording
    and the recommendations loader reads recommendations from the same paper (one of at
    most :data:`CHECKED_MAX_CHARACTERS`).

    Examples
    --------
    >>> from wlga_analysis.documents import read_document
    >>> from wlga_analysis.interpret.programme import parse_programme
    >>> doc = read_document(None, "programme")
    >>> refuse_recommendations_prose(parse_programme(doc), doc) is not None
    True
    """
    if unworded_share(parsed.programme) < UNWORDED_SHARE \
            or sum(map(len, doc.lines)) > CHECKED_MAX_CHARACTERS:
        return parsed
    from wlga_analysis.recommendations import parse_recommendations

    try:
        recs = parse_recommendations(_as_recommendations(doc)).recommendations
    except ParseError:  # (not a recommendations paper either: a plan of future work)
        return parsed
    if not len(recs):
        return parsed
    line = recs["source_line"].dropna()
    raise doc.error(
        f"this looks like a recommendations paper, not a programme update: "
        f"{unworded_share(parsed.programme):.0%} of the {len(parsed.programme)} paragraphs "
        f"read as items say nothing of progress, and load_recommendations reads "
        f"{len(recs)} recommendation(s) from it; read it with load_recommendations",
        line=int(line.iloc[0]) if len(line) else None)


def _as_recommendations(doc: Any) -> Any:
    """``doc`` read again as a recommendations paper (a Word file, PDF or web page is
    printed for each kind: :func:`~wlga_analysis.documents.read_document`); the same lines
    when the file is not there to read, or has changed since."""
    from wlga_analysis.documents import read_document

    try:
        again = read_document(doc.path, "recommendations")
    except (ParseError, TypeError, ValueError):
        again = None
    if again is None or again.sha256 != doc.sha256:
        return replace(doc, kind="recommendations")
    return again
