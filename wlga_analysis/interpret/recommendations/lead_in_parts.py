"""A recommendation whose sentence ends with a colon over a bulleted list of its parts.

A report prints a recommendation as one paragraph, and where it asks several things it ends
the paragraph with a colon and lists them as bullets ("The Welsh Government should fund a
pilot in two regions:" over "- including at least one rural area", "- evaluating the pilot
independently"). The bullets are **parts of the recommendation**, not work under way nor an
area's remit: its text is the lead-in and its parts as one sentence, "lead-in: part; part;
part." (the data dictionary's "Recommendation text with its bullets"), each part's own
closing ";", "." or "and" left out.

:func:`parse_parts` is a rule of the prose reader's sentences (``_UNIT_RULES`` of
:mod:`.prose`): a list item's first sentence right after the recommendation read last, when
that recommendation's text ends with ":" (the first part) or with a part read so (the
next). The sentences after a part's first, in its list item, continue the recommendation
(the prose reader's continuation rule). One cheap look first: the sentence is a list item's
and the unit before was a recommendation.

Examples
--------
>>> joined_part(["The WG should fund a pilot:"], "including one rural area;", True)
['The WG should fund a pilot:', 'including one rural area.']
>>> joined_part(['The WG should fund a pilot:', 'including one rural area.'],
...             "evaluating it, and", False)
['The WG should fund a pilot:', 'including one rural area;', 'evaluating it.']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.interpret.recommendations.lines import _REC

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.prose import ProseParser, _Unit

__all__ = ["joined_part", "parse_parts"]

#: What a part's text may close with before the next part ("; and", ", or", ".").
_CLOSINGS = (" and", " or", ";", ",", ".")


def _bare(text: str) -> str:
    """A part's text without its closing punctuation or joining word."""
    text = text.strip()
    changed = True
    while changed:
        changed = False
        for closing in _CLOSINGS:
            if text.endswith(closing):
                text, changed = text[:-len(closing)].rstrip(), True
    return text


def joined_part(pieces: list[str], part: str, first: bool) -> list[str]:
    """The recommendation's pieces with ``part`` added: the part before it (unless
    ``first``, after the lead-in's colon) closed with ";", this one with ".".

    Parameters
    ----------
    pieces : list of str
        The recommendation's text pieces so far.
    part : str
        The list item's text.
    first : bool
        The first part (the pieces end with the lead-in).

    Returns
    -------
    list of str

    Examples
    --------
    >>> joined_part(["Councils should:"], "publish a plan", True)
    ['Councils should:', 'publish a plan.']
    """
    out = list(pieces)
    if not first and out:
        out[-1] = _bare(out[-1]) + ";"
    out.append(_bare(part) + ".")
    return out


def parse_parts(parser: ProseParser, unit: _Unit) -> bool:
    """A bullet right after a recommendation ending with a colon (or after its previous
    part) is a part of it (see the module's notes)."""
    rec = parser.last_rec
    if not unit.listed or parser.last_unit != _REC or rec is None or not rec.pieces \
            or unit.block != parser.last_block + 1:
        return False
    first = rec.pieces[-1].rstrip().endswith(":")
    if not first and getattr(parser, "parts_of", None) is not rec:
        return False
    rec.pieces[:] = joined_part(rec.pieces, unit.text, first)
    parser.parts_of = rec
    return True
