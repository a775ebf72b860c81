"""A progress paragraph that states there is nothing to report: no activity.

A tracker prints a progress paragraph under every recommendation, so one with no progress
says so in a sentence rather than leaving the place blank: "No progress has been reported
since the response.", "No update has been provided.", "There has been no further action
to date.", or a placeholder with its reason, "Not applicable: the recommendation was
rejected.", "N/A – rejected". Such a statement is not work under way or achieved: it is no
activity. It is kept as a note (nothing lost) and reported ("nothing reported").

A placeholder alone ("N/A", "None to date": ``placeholder`` phrases of
``data/raw/recommendation_words.csv``) is read by the placeholder rule; this rule reads the
sentences and the placeholders given a reason. A paragraph that goes on to report work
("No progress was reported in 2025. In January 2026 the WLGA ...") is an activity.

Examples
--------
>>> words = frozenset({"not applicable", "n/a"})
>>> states_nothing("No progress has been reported since the response.", words)
True
>>> states_nothing("Not applicable: the recommendation was rejected.", words)
True
>>> states_nothing("N/A \\u2013 rejected by the Cabinet.", words)
True
>>> states_nothing("No progress was reported in 2025. In 2026 the WLGA began a survey.", words)
False
>>> states_nothing("No councils have yet published a strategy.", words)
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Parser
    from wlga_analysis.read.model import Cell

__all__ = ["nothing_progress", "states_nothing"]

#: A sentence that says no progress, update or action has been reported or made.
_NOTHING = LazyPattern(
    r"(?i)(?:there\s+(?:has|have|is|was)\s+(?:been\s+)?)?(?:no|nothing)\s+"
    r"(?:(?:further|new|other|more)\s+)?(?:(?:progress|updates?|activity|activities|"
    r"actions?|work|change|information)\s+)?(?:(?:has|have|was|were)\s+)?(?:yet\s+)?"
    r"(?:been\s+)?(?:reported|made|provided|received|recorded|given|taken|to\s+report|"
    r"to\s+date|since|so\s+far|yet)\b")
#: What separates a placeholder from its reason ("Not applicable: ...", "N/A – ...").
_REASON_SEPARATORS = (":", " \u2013 ", " \u2014 ", " - ", ", ", " (")


def _one_sentence(text: str) -> bool:
    body = text.rstrip(" .")
    return ". " not in body and "; " not in body


def states_nothing(text: str, placeholders: frozenset[str]) -> bool:
    """Whether a paragraph states that there is nothing to report: one sentence saying no
    progress, update or action was reported or made, or a placeholder with its reason.

    Parameters
    ----------
    text : str
        The paragraph's clean text.
    placeholders : frozenset of str
        The ``placeholder`` phrases (lower case).

    Returns
    -------
    bool

    Examples
    --------
    >>> states_nothing("Nothing further to report.", frozenset())
    True
    """
    text = text.strip()
    if not text or not _one_sentence(text):
        return False
    if _NOTHING.match(text) is not None:
        return True
    for separator in _REASON_SEPARATORS:
        head, found, rest = text.partition(separator)
        if found and rest.strip() and " ".join(head.split()).lower().strip(" .") in placeholders:
            return True
    return False


def nothing_progress(parser: _Parser, cell: Cell, number: str, line: int) -> Cell | None:
    """A card's progress cell that states there is nothing to report: reported, kept as a
    note, and read as an empty cell (no activity); None for any other cell.

    Parameters
    ----------
    parser : _Parser
        The card reader (its words, issues and notes).
    cell : Cell
        The progress cell.
    number : str
        The recommendation's number.
    line : int
        The card's line.

    Returns
    -------
    Cell or None

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> from wlga_analysis.read.model import Cell, Inline, Location, Paragraph
    >>> found, notes = [], []
    >>> parser = NS(words={"placeholder": frozenset()}, notes=notes,
    ...             issue=lambda *a: found.append(a[1]))
    >>> loc = Location(line=7)
    >>> cell = Cell((Paragraph(Inline("No update has been provided."), None, loc),), loc)
    >>> nothing_progress(parser, cell, "3", 7).blocks, found, notes
    ((), ['nothing reported'], [('paragraph', 'No update has been provided.', 7)])
    """
    texts = [clean_text(b.text.text) for b in cell.blocks if hasattr(b, "text")]
    if len(texts) != 1 or len(cell.blocks) != 1 \
            or not states_nothing(texts[0], parser.words["placeholder"]):
        return None
    where = cell.blocks[0].location.line or line
    parser.issue("activities", "nothing reported", number, where,
                 f"the progress on recommendation {number} reads {texts[0]!r}: it states "
                 "there is nothing to report, so it is no activity (kept in the notes)")
    parser.notes.append(("paragraph", texts[0], where))
    return type(cell)((), cell.location)
