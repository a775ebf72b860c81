"""Programme interpreter: a tracker's Update column as the row's timing and partners.

A commitments tracker prints ``Commitment ref | Commitment | Lead Minister / Portfolio |
Status | Update`` with no column of when: the only date of a row is in its Update cell
("Councils began automatic registration pilots in September 2025; roll-out to all 22
councils by March 2026."), and so is the only organisation the row works with ("... with
Data Cymru providing the evidence base."). A careful reader takes the Update's timing as
the row's due quarter when the Commitment cell states none, and the organisations the
Update names as the row's partners (the lead column names the owner, no partner).

A table with a column of when (role ``timing`` or ``quarter`` of
``data/raw/programme_columns.csv``) keeps its own: its update's dates are revisions read by
:func:`~.action_log.update_cells`, never a second timing.

Examples
--------
>>> cells = {"Commitment": "Pilot flexible voting.", "Update": "Pilots ran in May 2025."}
>>> untimed_update(cells, {"text": ["Commitment"], "update": ["Update"]})
'Pilots ran in May 2025.'
>>> untimed_update({**cells, "Due": "2026"}, {"text": ["Commitment"], "update": ["Update"],
...                                           "timing": ["Due"]})
''
"""

from __future__ import annotations

__all__ = ["untimed_update", "update_text"]


def untimed_update(cells: dict[str, str], by_role: dict[str, list[str]]) -> str:
    """The text of a table row's Update cells when its table has no column of when (no
    role ``timing`` nor ``quarter``); "" otherwise, or when the row has no update.

    Parameters
    ----------
    cells : dict
        The row's cells by header.
    by_role : dict
        The headers by role (:func:`~.common._column_roles`).

    Returns
    -------
    str
        The update's text, read for the row's timing and partners.

    Examples
    --------
    >>> untimed_update({"Action": "A plan."}, {"text": ["Action"]})
    ''
    """
    if by_role.get("timing") or by_role.get("quarter"):
        return ""
    return " ".join(cells[h] for h in by_role.get("update", ()) if cells.get(h))


def update_text(cells: dict[str, str], by_role: dict[str, list[str]], lead: str = "") -> str:
    """The text of a table row's Update (Commentary) cells after ``lead`` (the item's
    text), whether or not its table has a column of when: read for the organisations the
    update names as partners ("validated by Data Cymru", "Draft shared with the Society of
    Welsh Treasurers").

    Examples
    --------
    >>> update_text({"Due": "May", "Commentary": "Shared with CIPFA."},
    ...             {"timing": ["Due"], "update": ["Commentary"]})
    'Shared with CIPFA.'
    """
    return " ".join([lead, *(cells[h] for h in by_role.get("update", ()) if cells.get(h))]
                    ).strip()
