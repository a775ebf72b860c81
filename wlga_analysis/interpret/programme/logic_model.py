"""Programme interpreter: a logic model (theory of change) delivery plan.

A delivery plan may open with its **logic model**: one table, a row per strand of the
programme, ``Strand | Inputs | Activities | Outputs | Short-term outcomes | Long-term
outcomes`` (the resources, what is done, what it produces, what changes). Its activity
schedule follows, one table of activities per strand ("Strand 2: Skills" over ``Ref |
Activity | Lead | Start | End | Budget | Status``): those rows are the items. A careful
reader takes from the logic model only what it adds:

- its rows are no items (the activities cell repeats the schedule's refs short) and their
  amounts are **no grants**: the inputs cell splits the programme's funding between the
  strands ("Communities for Work Plus grant: £560,000"), which the plan names in full where
  it says how it is funded; the table is reported once, its rows kept in the paragraphs
  table (:func:`resource_rows`);
- an activity's **Budget** cell is what the activity costs, no grant, even when the
  activity's text opens with "Fund ..." (a row of an action table, a text and a status
  column, whose amounts all stand in its budget or cost cells while another cell names
  funding: such a row is not read for grants; any other budget is left to the general
  rules, which report it as an amount no grant names);
- its first column names the **strands**: the programme's priorities when the plan lists
  none of its own, each item the priority of its section, when every strand names a section
  that holds items (:func:`with_strand_priorities`).

A table is a logic model when its header names inputs and outputs or outcomes (whole
header words, list :data:`INPUT_HEADERS` and :data:`RESULT_HEADERS`).

Examples
--------
>>> is_logic_model(["Strand", "Inputs", "Activities", "Outputs", "Short-term outcomes"])
True
>>> is_logic_model(["Ref", "Activity", "Budget", "Status"])
False
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.heading_priorities import lists_no_priorities
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["INPUT_HEADERS", "RESULT_HEADERS", "is_logic_model", "resource_rows",
           "with_strand_priorities"]

#: Headers of a logic model's resources column (folded words, whole).
INPUT_HEADERS = frozenset({"inputs", "input", "resources", "inputs resources"})
#: Headers of its results columns: a header ending in one of these words.
RESULT_HEADERS = ("outputs", "output", "outcomes", "outcome", "impacts", "impact")
#: Headers of a cell that states what an activity costs.
_COST_HEADERS = ("budget", "cost", "costs", "estimated cost", "budget £", "cost £")
#: A word that makes an amount in its row a grant's ("Fund debt advice", "grant").
_FUNDING = LazyPattern(r"\b(?:[Ff]und(?:s|ed|ing)?|[Gg]rants?)\b")
#: A strand's printed number before its name in the first column ("1. Employment support").
_NUMBER = LazyPattern(r"\(?\d{1,2}[.)]\s++")


def _folded(header: str) -> str:
    from wlga_analysis.interpret.programme.common import folded_words

    return folded_words(header)


def is_logic_model(headers: list[str]) -> bool:
    """Whether a table's headers are a logic model's: an inputs column and a column of
    outputs or outcomes.

    Parameters
    ----------
    headers : list of str
        The table's headers.

    Returns
    -------
    bool
        Whether it is a logic model.

    Examples
    --------
    >>> is_logic_model(["Theme", "Resources", "Activities", "Outcomes"])
    True
    """
    words = [_folded(h) for h in headers]
    return any(w in INPUT_HEADERS for w in words) and any(
        w.endswith(RESULT_HEADERS) for w in words)


def _cost_columns(headers: tuple[str, ...]) -> tuple[str, ...]:
    """The budget or cost columns of an action table (a text and a status column); () for
    any other table."""
    from wlga_analysis.interpret.programme.common import _column_roles

    roles = _column_roles(list(headers))
    if not roles.get("text") or not roles.get("status"):
        return ()
    return tuple(h for h in headers if _folded(h) in _COST_HEADERS)


def _budget_only(cells: dict[str, str], costs: tuple[str, ...]) -> bool:
    """Whether a row holds its £ amounts in its budget or cost cells ``costs`` only while
    another cell names funding (see the module)."""
    if not costs or not any("£" in cells[h] for h in costs):
        return False
    others = [c for h, c in cells.items() if h not in costs]
    # (only where the row's words would make its budget a grant: "Fund debt advice ...";
    # any other budget is reported as an amount no grant names, as before)
    return not any("£" in c for c in others) and any(_FUNDING.search(c) for c in others)


def resource_rows(table_rows: list[Any], report: Callable[[str, int, str], None]) -> set[int]:
    """The ``id`` of every table row whose amounts are no grants: a logic model's rows
    (each logic model reported once through ``report(item, line, message)``) and an
    activity's row whose amounts are its budget only (see the module).

    Parameters
    ----------
    table_rows : list
        The rows of kind ``table row`` (``cells`` by header, ``source_line``).
    report : callable
        Records an "unclassified amount" note.

    Returns
    -------
    set of int
        The ids of the rows.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(cells={"Strand": "Jobs", "Inputs": "A grant: £5,000", "Outputs": "9"},
    ...           source_line=4),
    ...         R(cells={"Ref": "A1", "Activity": "Fund advice.", "Budget": "£95,000",
    ...                  "Status": "Delayed"}, source_line=9)]
    >>> seen = []
    >>> len(resource_rows(rows, lambda *a: seen.append(a))), seen[0][1]
    (2, 4)
    """
    out: set[int] = set()
    # each row of headers read once: a logic model's (None), else its cost columns
    kinds: dict[tuple[str, ...], tuple[str, ...] | None] = {}
    for r in table_rows:
        cells = r.cells or {}
        if not any("£" in c for c in cells.values()):
            continue
        headers = tuple(cells)
        if headers not in kinds:
            kinds[headers] = None if is_logic_model(list(headers)) else _cost_columns(headers)
            if kinds[headers] is None:
                report(next(iter(cells.values()), ""), r.source_line,
                       f"the logic model at line {r.source_line} gives each strand's "
                       "inputs (a share of the funding the plan names elsewhere), not "
                       "grants of their own; its rows are kept in the paragraphs table only")
        costs = kinds[headers]
        if costs is None or _budget_only(cells, costs):
            out.add(id(r))  # (a logic model's inputs; an activity's budget: no grant)
    return out


def _strands(paras: Any) -> list[tuple[str, int]]:
    """(name, line) of each strand of the logic model in the paragraphs table."""
    kinds, texts, lines = paras["kind"], paras["text"], paras["source_line"]
    out: list[tuple[str, int]] = []
    inside = False
    for kind, text, line in zip(kinds, texts, lines, strict=True):
        if kind == "table header":
            inside = is_logic_model(str(text).split(" | "))
        elif kind == "table row" and inside:
            first = str(text).split(" | ")[0].strip()
            m = _NUMBER.match(first)
            out.append((first[m.end():] if m else first, int(line)))
        elif inside:
            inside = kind == "table row"
    return out


def with_strand_priorities(parsed: Any) -> Any:
    """The parse of a plan with a logic model and no priorities of its own with the logic
    model's strands as its priorities, when each strand names a section that holds items
    (its name the section's); ``parsed`` itself otherwise.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with new priorities and programme tables.

    Examples
    --------
    >>> with_strand_priorities(None) is None
    True
    """
    if not lists_no_priorities(parsed):
        return parsed
    paras = parsed.paragraphs
    headers = paras["text"][paras["kind"] == "table header"]
    if not any(("utcome" in str(h) or "utput" in str(h))
               and is_logic_model(str(h).split(" | ")) for h in headers):
        return parsed
    from wlga_analysis.interpret.programme.heading_priorities import (
        item_sections,
        with_section_priorities,
    )

    sections = {_folded(t): (p, t) for p, t, _ in item_sections(parsed)}
    strands = _strands(paras)
    found = [sections.get(_folded(name)) for name, _ in strands]
    if len(strands) < 2 or None in found or len(found) != len(sections):
        return parsed
    rows = [(p, t, line) for (p, t), (_, line) in zip(found, strands, strict=True)
            if p is not None]
    return with_section_priorities(parsed, rows)
