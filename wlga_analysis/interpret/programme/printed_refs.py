"""Programme interpreter: a tracker's printed refs and its revised target dates.

A council's delivery plan tracker prints a Ref column whose cells name each action for the
life of the plan ("A1" .. "A19", "KPI-3", "R12"), not its place in its section: a careful
reader cites the action by that ref, so it is the item's id (``item_id``), as printed. A ref
numbered by its section ("O2.A3", "3.1") is read as before (:func:`~.items.item_key`).

The same tracker may print the target twice after a slip, ``Original target | Revised
target``: the revised (or latest, current, new, amended) target is the date the action is
now due, and the original one only where no revised date is printed (its cell blank or a
dash).

Examples
--------
>>> plain_ref({"Ref": "A17", "Action": "Expand Flying Start"})
'A17'
>>> plain_ref({"Ref": "2.1", "Action": "A plan"}) is None  # (numbered by its section)
True
>>> plain_ref({"Action": "A17", "Lead": "Head of Housing"}) is None  # (no Ref column)
True
>>> revised_timing({"Original target": "31/03/2026", "Revised target": "30/06/2026"},
...                ["Original target", "Revised target"])
'30/06/2026'
>>> revised_timing({"Original target": "31/03/2027", "Revised target": "–"},
...                ["Original target", "Revised target"])
'31/03/2027'
>>> revised_timing({"Target": "31/03/2026"}, ["Target"]) is None  # (one target: as before)
True
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["PlainRef", "is_plain_ref", "is_ref_header", "plain_ref", "revised_timing"]

#: A ref that names an action for the plan's life: letters, then a number ("A17", "KPI-3").
_PLAIN_REF = LazyPattern(r"[A-Za-z]{1,4}[-]?\d{1,3}[a-z]?")
#: A header of a Ref column ("Ref", "Ref.", "Reference", "Ref no", "Action ref").
_REF_HEADER = LazyPattern(r"(?i)(?:\w+[ ])?(?:ref(?:erence)?|id)\.?(?:[ ]no\.?)?")
#: The first word of a revised target's header ("Revised target", "Latest due date").
_REVISED = LazyPattern(r"(?i)(?:revised|latest|current|new|amended|updated)[ ]"
                       r"(?:target|due|date|deadline|completion|end)\b")
#: A cell that says no date is printed ("–", "-", "n/a").
_NONE = frozenset({"", "-", "\u2013", "\u2014", "n/a", "na", "none"})


class PlainRef(str):
    """A ref read from a Ref column (:func:`plain_ref`): the item's id as printed (a list
    item's number of the same shape is not one)."""

    __slots__ = ()


def is_plain_ref(text: str) -> bool:
    """Whether ``text`` is a ref of letters and a number ("A17", "KPI-3"), not a section's
    number ("3.1") nor a letter alone ("a").

    Examples
    --------
    >>> is_plain_ref("A17"), is_plain_ref("3.1"), is_plain_ref("a"), is_plain_ref("O2.A3")
    (True, False, False, False)
    """
    return text[:1].isalpha() and _PLAIN_REF.fullmatch(text) is not None


def is_ref_header(header: str) -> bool:
    """Whether a column's header names a Ref column ("Ref", "Ref.", "Reference", "ID").

    Examples
    --------
    >>> is_ref_header("Ref"), is_ref_header("Action ref"), is_ref_header("Action")
    (True, True, False)
    """
    return _REF_HEADER.fullmatch(header.strip()) is not None


def plain_ref(cells: dict[str, str] | None) -> str | None:
    """The ref a table row prints in its first column, when that column is headed as a Ref
    column and the ref names the action by letters and a number ("A17"); else None.

    Parameters
    ----------
    cells : dict or None
        The row's cells by header, in the table's order.

    Returns
    -------
    str or None
        The ref as printed.

    Examples
    --------
    >>> plain_ref({"Ref.": "KPI-3", "Measure": "Homes"}), plain_ref(None)
    ('KPI-3', None)
    >>> plain_ref({"Workstream": "Skills", "ID": "PR-07", "Action": "Train"})
    'PR-07'
    """
    if not cells:
        return None
    pairs = iter(cells.items())
    header, first = next(pairs)
    if not is_ref_header(header) and (second := next(pairs, None)) is not None:
        header, first = second  # (a grouped tracker's group column first: .id_groups)
    first = (first or "").strip()
    if not is_plain_ref(first):
        return None
    return PlainRef(first) if is_ref_header(header) else None


def revised_timing(cells: dict[str, str], heads: list[str]) -> str | None:
    """The timing of a row whose timing columns include a revised target: the first
    revised column's date, else (none printed) the other columns' text; None when no
    timing column is a revised one (the caller reads them all, as before).

    Parameters
    ----------
    cells : dict
        The row's cells by header.
    heads : list of str
        The headers of its timing columns, in the table's order.

    Returns
    -------
    str or None
        The timing text.

    Examples
    --------
    >>> revised_timing({"Target": "Q4", "Latest target": ""}, ["Target", "Latest target"])
    'Q4'
    >>> revised_timing({"Forecast outturn": "£1m", "Due": "Q4"}, ["Forecast outturn", "Due"])
    """
    revised = [h for h in heads if _REVISED.match(h.strip()) is not None]
    if not revised or len(revised) == len(heads):
        return None
    for h in revised:
        if (cells.get(h) or "").strip().casefold() not in _NONE:
            return cells[h].strip()
    return " ".join(cells[h] for h in heads if h not in revised
                    and (cells.get(h) or "").strip().casefold() not in _NONE)
