"""Programme interpreter: a row whose RAG cell is empty, its rating shown only by shading.

A RAG progress table may show each action's rating by nothing but the RAG cell's fill (a
key at the top: "Blue = complete, Green = on track ..."). The Word, web and PDF readers
give such a cell its colour's name; a plain-text copy ("Save as Plain Text") loses the
shading, and the RAG cell is empty. The careful reader then takes the status from the row's
Commentary (Update) where it says it in words ("Procurement paused ..." at risk,
"Allocations confirmed ... in May 2025" done) and leaves it **unknown** where the
commentary is silent ("Interviews are on 12 November."): no status is guessed, so the
default status of the wording rules ("in progress") is not given. The item's
``status_rule`` says so (:data:`UNRATED_RULE`).

The rule applies to a row of a table with a column headed as a RAG rating (a status column
whose header has the word "RAG", "BRAG" or "RAG status") and an Update column, whose RAG
cell is empty; every other row is read as before (its status cell, else its wording).

Examples
--------
>>> from wlga_analysis.status import load_status_rules
>>> rules = load_status_rules()
>>> by_role = {"text": ["Action"], "status": ["RAG"], "update": ["Commentary"]}
>>> row_state("", "Run a briefing", {"RAG": "", "Commentary": "Postponed in May."},
...           by_role, rules)
('at risk', 'risk: slipped or paused')
>>> row_state("", "Recruit advisers", {"RAG": "", "Commentary": "Interviews are on 12 May."},
...           by_role, rules)
(None, 'unrated: RAG cell empty, update silent')
>>> row_state("", "Recruit advisers", {"Status": "", "Commentary": "Interviews soon."},
...           {"text": ["Action"], "status": ["Status"], "update": ["Commentary"]}, rules)
('in progress', 'default: no wording matched')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.status import classify_status

__all__ = ["UNRATED_RULE", "row_state"]

#: The ``status_rule`` of a row whose RAG cell is empty and whose update says no status.
UNRATED_RULE = "unrated: RAG cell empty, update silent"
#: The words of a header that names a RAG rating column.
_RAG_WORDS = frozenset({"rag", "brag", "rag status", "rag rating"})


def _rag_headers(by_role: dict[str, list[str]]) -> list[str]:
    return [h for h in by_role.get("status", ())
            if " ".join(h.lower().replace(":", " ").split()) in _RAG_WORDS]


def row_state(status_cell: str, text: str, cells: dict[str, str],
              by_role: dict[str, list[str]], rules: Any) -> tuple[str | None, str | None]:
    """The status of a table row read from its wording (``status_cell`` and ``text``, as
    :func:`~wlga_analysis.status.classify_status`), or, when its RAG cell is empty and the
    table has an Update column, from its update alone: None (:data:`UNRATED_RULE`) when the
    update names no status.

    Parameters
    ----------
    status_cell : str
        What the row's status columns state ("" when empty).
    text : str
        The item's text.
    cells : dict
        The row's cells by header.
    by_role : dict
        The headers by role (:func:`~.common._column_roles`).
    rules : tuple of StatusRule
        The wording rules.

    Returns
    -------
    tuple
        ``(status, rule)``.
    """
    if status_cell or not by_role.get("update"):
        return classify_status(f"{status_cell} {text}".strip(), rules)
    rag = _rag_headers(by_role)
    if not rag or any(cells.get(h) for h in rag):
        return classify_status(text, rules)
    update = " ".join(cells[h] for h in by_role["update"] if cells.get(h))
    found = classify_status(f"{text} {update}".strip(), rules)
    if found[1] is None or found[1].startswith("default"):
        return None, UNRATED_RULE
    return found
