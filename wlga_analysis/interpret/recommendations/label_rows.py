"""The Working Group table printed one cell under another: label rows under each area.

A paper may print the shipped table's three columns as rows of one column (a bilingual
paper's ``Cymraeg | English`` table read as its English column, a narrow web page, a
Word table of one column): an "Area 3: Translation" row, then a label row "Activity underway
or achieved" over the bullets of work under way, then a label row "Recommendations" over
the numbered recommendations "6. The WLGA should ... (WLGA)". The text form's reader takes
such a short label line before a list for a heading; the prose reader
(:class:`~wlga_analysis.interpret.recommendations.prose.ProseParser`) reads it as a label
(its numbered items are the recommendations, numbered as printed) when every area the
recommendations stand in is labelled "Area N" (:func:`labelled_areas`): the label is then
no heading of a paper's own asks ("Recommendation" over "1. That Cabinet notes ...").

Such a row prints its owners in a bracket after the sentence's full stop ("... each year.
(Welsh Government, WLGA)"): a marker, no part of the sentence. :func:`closing_owners_cut`
gives the text without it when every name in it is a known owner (the owners are read
from it as from any owner wording).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline
>>> from wlga_analysis.text.regex_cache import compile_regex
>>> area = compile_regex(r"(?i)area\\s+(\\d+)\\s*:\\s*(.+)")
>>> blocks = [Heading(Inline("Title"), 1), Heading(Inline("Area 1: Translation"), 8),
...           Heading(Inline("Recommendations"), 2)]
>>> labelled_areas(blocks, {1}, area), labelled_areas(blocks, {0}, area)
(True, False)
>>> known = frozenset({"WG", "WLGA"})
>>> closing_owners_cut("Agree standards. (WG, WLGA)", known)
'Agree standards.'
>>> closing_owners_cut("Agree standards (see annex 2).", known)
'Agree standards (see annex 2).'
>>> owners_bracket(" (WG, WLGA)", known), owners_bracket("(see annex 2)", known)
(True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wlga_analysis.documents import clean_text
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.read.model import Block

__all__ = ["closing_owners_cut", "labelled_areas", "owners_bracket", "read_owners_bracket"]

#: A bracket closing a sentence, after its full stop: group ``names`` what it holds.
_CLOSING_BRACKET = compile_regex(r"(?<=[.!?])[ \t]*+\((?P<names>[^()]{1,120})\)[ \t]*+$")


def labelled_areas(blocks: list[Block], areas: set[int], area_lead: re.Pattern[str]) -> bool:
    """Whether the planned ``areas`` (indexes of ``blocks``) are all labelled "Area N" (and
    there is one at least).

    Parameters
    ----------
    blocks : list of Block
        The document's blocks, as planned.
    areas : set of int
        The indexes of the headings planned as areas.
    area_lead : re.Pattern
        The pattern of an area's label ("Area 3: Title").

    Returns
    -------
    bool
    """
    return bool(areas) and all(area_lead.fullmatch(clean_text(blocks[i].text.text))
                               for i in areas)


def closing_owners_cut(text: str, known: frozenset[str]) -> str:
    """``text`` without a bracket of owners printed after its closing full stop ("...
    each year. (Councils)"), when every name in it is a known owner; else ``text``.

    Parameters
    ----------
    text : str
        A recommendation's sentence as printed.
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`).

    Returns
    -------
    str
    """
    m = _CLOSING_BRACKET.search(text) if text.endswith(")") else None
    if m is None or not _all_known(m.group("names"), known):
        return text
    return text[:m.start()].rstrip()


def owners_bracket(text: str, known: frozenset[str]) -> bool:
    """Whether ``text`` (a sentence of its own after a recommendation's full stop) is only
    a bracket of known owners ("(Welsh Government, WLGA)").

    Parameters
    ----------
    text : str
        The sentence.
    known : frozenset of str
        The owner codes.

    Returns
    -------
    bool
    """
    text = text.strip()
    return text[:1] == "(" and text[-1:] == ")" and "(" not in text[1:-1] \
        and len(text) <= 122 and _all_known(text[1:-1], known)


def read_owners_bracket(parser: Any, unit: Any) -> bool:
    """A prose reader's rule: a bracket of known owners alone after a recommendation's full
    stop, in its paragraph, names its owners; it is a note, no part of its text.

    Parameters
    ----------
    parser : ProseParser
        The prose reader.
    unit : _Unit
        The sentence read.

    Returns
    -------
    bool
        Whether the rule read the sentence.
    """
    rec = parser.last_rec
    if rec is None or parser.last_unit != "recommendations" or unit.listed \
            or unit.block != parser.last_block or not owners_bracket(unit.text, parser.known):
        return False
    from wlga_analysis.interpret.recommendations.prose_owners import _names

    for name in _names(unit.text.strip()[1:-1], parser.known):
        parser.add_owner(rec, name)
    parser.notes.append(("paragraph", unit.text, unit.line))
    return True


def _all_known(names: str, known: frozenset[str]) -> bool:
    from wlga_analysis.interpret.recommendations.prose_owners import _names

    found = _names(names, known)
    return bool(found) and all(n in known for n in found)
