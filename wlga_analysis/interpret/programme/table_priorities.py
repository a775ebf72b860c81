"""Programme interpreter: numbered section headings over status tables as priorities.

A progress report may print each workstream as a numbered section heading ("3. Buildings
and energy") over nothing but a table of its actions with a status column (``Ref | Action
| Status | Due``), and list its workstreams nowhere else. The workstreams are what the
report is built around, so a careful reader names them as its priorities, in printed
order, each item the priority of its section (:func:`with_table_priorities`), as
:mod:`.percent_complete` does for a report of "% complete" tables.

The rule holds only when the paper lists no priorities of its own, **every** item is the
row of a table whose status comes from a status column (status rule ``column`` or a
status ``symbol`` in a cell), and every section that holds items is a short heading over
one table whose header has a status column (the words of ``programme_columns.csv``) and
no other text: a section that explains its work in paragraphs or bullets is a chapter of
the paper, not a workstream's table.

Examples
--------
>>> with_table_priorities(None) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.heading_priorities import lists_no_priorities

__all__ = ["with_table_priorities"]

#: The kinds of a section's paragraphs (``paragraphs`` table) a workstream's table has.
_TABLE_KINDS = frozenset({"paragraph", "table header", "table row"})
#: Where an item's status comes from when it is a status table's row.
_COLUMN_RULES = ("column", "symbol")
#: A heading's words at most (a longer line is a sentence, not a workstream's name).
_MAX_WORDS = 10


def _status_header(header: str) -> bool:
    """Whether a table header (cells joined by " | ") has a status column and a text column.

    Examples
    --------
    >>> _status_header("Ref | Action | Status | Due"), _status_header("Area | Budget")
    (True, False)
    """
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    roles = {header_role(" ".join(cell.lower().split()), known) for cell in header.split(" | ")}
    return "status" in roles and "text" in roles


def _workstream(block: Any, last: bool = False) -> bool:
    """Whether a section's paragraphs are a heading over one status table only (the last
    section's lines of text after its table are the paper's closing matter: "Next review",
    a form's declaration)."""
    if last and (kinds := block["kind"].tolist())[-1:] == ["text"] and "table row" in kinds:
        block = block.iloc[:len(kinds) - kinds[::-1].index("table row")]
    kinds = block["kind"]
    headers = block["text"][kinds == "table header"]
    return bool(kinds.isin(_TABLE_KINDS).all()) and len(headers) == 1 \
        and _status_header(str(headers.iloc[0]))


def with_table_priorities(parsed: Any) -> Any:
    """The parse of a report whose numbered sections are each a status table with those
    sections as its priorities (see the module); ``parsed`` itself for any other paper.

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
    >>> from wlga_analysis.documents import read_document
    >>> from wlga_analysis.programme import parse_programme
    >>> parsed = parse_programme(read_document(None, "programme"))
    >>> with_table_priorities(parsed) is parsed  # (it lists its priorities)
    True
    """
    if not lists_no_priorities(parsed):
        return parsed
    paras = parsed.paragraphs
    prog = parsed.programme
    if not (paras["kind"] == "table header").any() or \
            not prog["status_rule"].isin(_COLUMN_RULES).all() or prog["paragraph"].isna().any():
        return parsed
    from wlga_analysis.interpret.programme.heading_priorities import (
        item_sections,
        with_section_priorities,
    )

    rows = [(p, t, n) for p, t, n in item_sections(parsed)
            if len(t.split()) <= _MAX_WORDS and not t.rstrip().endswith(".")]
    if len(rows) < 2 or {p for p, _, _ in rows} != {int(p) for p in prog["paragraph"]} \
            or not all(_workstream(paras[paras["paragraph"] == p], p == rows[-1][0])
                       for p, _, _ in rows):
        return parsed

    return with_section_priorities(parsed, rows)
