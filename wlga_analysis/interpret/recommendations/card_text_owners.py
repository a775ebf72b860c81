"""The owners of a recommendation's card printed only in its text.

A committee's response tracker prints each recommendation as a card ("Recommendation 2.",
its text, "Welsh Government response: Accepted.", "Progress since the response: ...") with
no owner label: the owner is only in the text, as the subject that "should" act and the
body it is to "work with" or is named jointly with::

    The Welsh Government should work with the WLGA to review ...   -> WG, WLGA
    Local authorities and the WLGA should work together to ...    -> LG, WLGA
    The WLGA should work with local authorities to develop ...    -> WLGA, LG

A card with no owner label (and so no owner read) gets the owners its text's wording names
(:func:`.said_did.wording_owners`), however its chapter is printed (a chapter numbered "1.
Funding settlements" as a card's area, or unnumbered). Bodies merely mentioned elsewhere in
the card (a response's "Distribution Sub-Group") are not owners.

Examples
--------
>>> from types import SimpleNamespace as NS
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None)])
>>> item = NS(owners=[], unknown=[], pieces=["The Welsh Government should work with the "
...                                          "WLGA to review the formula."])
>>> text_owners(NS(known=known), [item])
>>> item.owners
['WG', 'WLGA']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wlga_analysis.documents import clean_text

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Item

__all__ = ["text_owners"]


def text_owners(parser: Any, started: list[_Item]) -> None:
    """Give each recommendation a card started that has no owner the owners its text's
    wording names (known names as their codes; others as printed, reported later as
    unknown).

    Parameters
    ----------
    parser : _Parser
        The card reader (its known owner codes).
    started : list of _Item
        The recommendations the card started.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> item = NS(owners=["LG"], unknown=[], pieces=["The WLGA should act."])
    >>> text_owners(NS(known=frozenset({"WLGA"})), [item])
    >>> item.owners
    ['LG']
    """
    from wlga_analysis.interpret.recommendations.said_did import wording_owners

    for item in started:
        if item.owners or not item.pieces:
            continue
        for name in wording_owners(clean_text(item.pieces[0]), parser.known) or ():
            if name not in item.owners:
                item.owners.append(name)
                if name not in parser.known:
                    item.unknown.append(name)
