"""A Lead or Owner column naming no organisation the partners list knows: reported.

A programme table's Lead column ("Lead", "Owner", "Led by": role ``partners`` of
``programme_columns.csv``) gives an item its partners, the organisations of
``data/raw/organisations.csv`` it names. A lead the list does not know ("Welsh Government",
which the list leaves out by design; "Head of Digital"; a body not yet listed) gives no
partner, and none is invented; but it is no longer silent: the data-quality report gets
an issue row (check ``unknown lead``) naming the value, the item and its line, once per
value in a document (later items with the same lead are not reported again). A lead that
names the author ("WLGA", "WLGA Digital team"), a post ("Head of Finance", "Programme
Manager", "Chief Executive": the paper's own officer; or its own body named alone,
"the Board", "Secretariat") or a placeholder
("TBC", "N/A", "-") is no unknown lead; a cell of several leads ("Head of Housing / Welsh
Government") is one when any of them is.

Examples
--------
>>> is_unknown_lead("Welsh Government"), is_unknown_lead("WLGA Digital team")
(True, False)
>>> is_unknown_lead("TBC"), is_unknown_lead(""), is_unknown_lead("Head of Finance")
(False, False, False)
>>> is_unknown_lead("Regional Transport Lead / Transport for Wales")
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.partners import _partners
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_unknown_lead", "lead_partners"]

#: The author ("WLGA", "the Welsh Local Government Association", "WLGA Digital team"): a
#: lead naming it is the author's own work, no unknown lead.
_AUTHOR = compile_regex(r"(?i)\bwlga\b|welsh\s+local\s+government\s+association")
#: A cell that names nobody: "TBC", "N/A", "-", "None", "Various".
_PLACEHOLDER = compile_regex(r"(?i)\s*(?:tbc|tbd|n/?a|none|nil|various|all|[-\u2013\u2014?]+)"
                             r"\.?\s*")


#: A post or the paper's own body, not an organisation: "Head of Finance", "Secretariat".
_POST = compile_regex(
    r"(?i)^(?:head|director|chief|deputy|assistant|cabinet\s+member)\b|\b(?:manager|officer|"
    r"lead|director|executive|chair|chairs|chairman|chairperson|secretary|co-?ordinator|"
    r"adviser|advisor|clerk|team|leader|members?|holder|engineer|planner|analyst|"
    r"accountant|solicitor|librarian|champion|sponsor)s?$"
    r"|^(?:the\s+)?(?:secretariat|partnership|board|committee|group|panel)$")
#: Between the leads of a cell: "Head of Housing / Welsh Government", "A, B", "A with B".
_LEADS = compile_regex(r"\s*(?:[,;/&+]|\bwith\b)\s*")


def is_unknown_lead(lead: str) -> bool:
    """Whether a Lead cell with no partner found in it names someone (see the module):
    one of its leads not empty, no placeholder, no post and not naming the author.

    Parameters
    ----------
    lead : str
        The text of the item's Lead (partners) columns.

    Returns
    -------
    bool
    """
    return any(part and _PLACEHOLDER.fullmatch(part) is None and _AUTHOR.search(part) is None
               and _POST.search(part) is None for part in _LEADS.split(lead.strip()))


def lead_partners(parser: Any, item: dict[str, Any], line: int, lead: str,
                  orgs: tuple[Any, ...]) -> list[str]:
    """The partners a table item's Lead columns name (``lead``); when they name none of
    ``orgs`` but someone (:func:`is_unknown_lead`), an ``unknown lead`` issue on
    ``parser``, once per value in the document.

    Parameters
    ----------
    parser : _Parser
        The programme interpreter (its ``issue`` records the issue).
    item : dict
        The item's record (its ``item_id``).
    line : int
        The item's line.
    lead : str
        The text of the item's Lead columns.
    orgs : tuple
        The organisations of ``organisations.csv``.

    Returns
    -------
    list of str
    """
    found = _partners(lead, orgs)
    if found or not lead or not is_unknown_lead(lead):
        return found
    seen = parser.__dict__.setdefault("unknown_leads", set())
    key = " ".join(lead.split()).casefold()
    if key not in seen:
        seen.add(key)
        parser.issue("programme", "unknown lead", item["item_id"], line,
                     f"lead {' '.join(lead.split())!r} of item {item['item_id']} names no "
                     "organisation of data/raw/organisations.csv; no partner is read from "
                     "it (later items with this lead are not reported again)")
    return found
