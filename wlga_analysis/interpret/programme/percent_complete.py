"""Programme interpreter: a status printed only as the percentage of an item that is done.

A progress report may state no status word at all: its table of milestones prints how much
of each is complete ("Ref | Milestone | Lead | Due | % complete", a cell "60%", on a web
page beside a drawn ``<progress>`` bar), under a key such as "100% = complete; 0% = not
started; 1% to 99% = under way". A careful reader takes the number, not the milestone's
wording ("... completed in the last three councils" at 70% is under way):

- a column whose header names a percentage of completion ("% complete", "Percent
  complete", "% done", "Completion (%)") is the item's status column (role ``status``);
- a cell that is only a percentage gives the status: 100% done, 0% planned (not
  started), anything between in progress (rule ``column``: it beats the wording).

Examples
--------
>>> percent_status("100%"), percent_status("0 %"), percent_status("60% complete")
('done', 'planned', 'in progress')
>>> percent_status("Green") is None, percent_status("150%") is None
(True, True)
>>> percent_columns({"text": ["Milestone"], "other": ["% complete"]}, ["Milestone", "% complete"])
{'text': ['Milestone'], 'other': [], 'status': ['% complete']}
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.interpret.programme.heading_priorities import lists_no_priorities
from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_percent_header", "percent_columns", "percent_status", "percent_table_sections",
           "with_workstream_priorities"]

#: A cell that is only a percentage, perhaps with the word it counts ("60%", "60% complete").
_PERCENT = compile_regex(r"(?i)\s*+(?P<n>\d{1,3})(?:\.\d+)?\s*+%(?:\s*+(?:complete|completed|"
                         r"done|delivered))?\s*+")
#: A header naming a percentage of completion ("% complete", "Percent complete", "% done").
_HEADER = compile_regex(r"(?i)(?:%|per\s*cent|percentage).*\b(?:complete|completed|"
                        r"completion|comp|"
                        r"done|delivered)\b|\b(?:complete|completed|completion|done|progress)"
                        r"\b.*(?:%|per\s*cent|percentage)")


def percent_status(cell: str) -> str | None:
    """The status a cell that is only a percentage gives: 100% done, 0% planned, else in
    progress; None for any other cell (or a percentage over 100).

    Parameters
    ----------
    cell : str
        A status cell's text.

    Returns
    -------
    str or None
        The status.
    """
    m = _PERCENT.fullmatch(cell) if "%" in cell else None
    if m is None:
        return None
    n = int(m.group("n"))
    if n > 100:
        return None
    return "done" if n == 100 else "planned" if n == 0 else "in progress"


def is_percent_header(header: str) -> bool:
    """Whether a column's header names a percentage of completion ("% complete").

    Examples
    --------
    >>> is_percent_header("% complete"), is_percent_header("Completion (%)")
    (True, True)
    >>> is_percent_header("Complete"), is_percent_header("Budget (%)")
    (False, False)
    """
    return ("%" in header or "per" in header.lower()) and _HEADER.search(header) is not None


def percent_columns(roles: dict[str, list[str]], headers: list[str]) -> dict[str, list[str]]:
    """The columns by role with a percentage-complete column (of no role, or a status
    board's name "complete" read whole) made the status column.

    Parameters
    ----------
    roles : dict
        Headers by role (:func:`~wlga_analysis.interpret.programme.common._column_roles`).
    headers : list of str
        The table's headers.

    Returns
    -------
    dict
        ``roles``, changed in place when a header names a percentage of completion.
    """
    if not any("%" in h or "per" in h.lower() for h in headers):
        return roles  # (most tables: no percentage in a header)
    for header in [h for h in roles.get("other", []) if is_percent_header(h)]:
        roles["other"].remove(header)
        roles.setdefault("status", []).insert(0, header)
    return roles


def with_workstream_priorities(parsed: Any) -> Any:
    """The parse of a percentage-complete report that lists no priorities with its
    numbered workstream headings as its priorities ("1. Carbon reporting and data" over
    a "% complete" table names the priority "Carbon reporting and data"), each item given
    its section's; ``parsed`` itself for any other paper.

    A report whose only status is the share of each milestone complete is a programme
    manager's return by workstream: its workstreams are what the programme is built
    around, so a careful reader lists them as its priorities when it prints no list.

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
    >>> with_workstream_priorities(None) is None
    True
    """
    if not lists_no_priorities(parsed):
        return parsed
    paras = parsed.paragraphs
    headers = paras["text"][paras["kind"] == "table header"]
    if not any(is_percent_header(h) for text in headers for h in text.split(" | ")):
        return parsed
    from wlga_analysis.interpret.programme.heading_priorities import (
        item_sections,
        with_section_priorities,
    )

    rows = item_sections(parsed)
    if len(rows) < 2:
        return parsed

    return with_section_priorities(parsed, rows)


# ------------------------------------------------------------ one table, group rows
#: A group row's printed number ("1. Carbon reporting and data").
_GROUP_NUMBER = compile_regex(r"(?P<n>\d{1,2})[.)]\s++")


def _header_and_body(table: Table) -> tuple[tuple[Cell, ...], tuple[tuple[Cell, ...], ...]]:
    """The table's header row and body rows: its first row is the header when the reader
    found none (a header row ending in a cell the header spans)."""
    if any(c.text for c in table.header) or not table.rows:
        return table.header, table.rows
    return table.rows[0], table.rows[1:]


def _spanned(headers: list[str], body: list[tuple[Cell, ...]], k: int) -> bool:
    """Whether the percentage header at ``k`` spans two columns, a drawn bar (empty) and
    the number: its own cells all empty, the next column's header empty."""
    return k + 1 < len(headers) and not headers[k + 1] and all(
        len(r) > k + 1 and not r[k].text for r in body)


def percent_table_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper (that numbers no paragraph) whose progress is ONE
    percentage-complete table split by full-width rows naming its workstreams (a PDF's
    spanning rows, "1. Carbon reporting and data"): each workstream read as the numbered
    section heading it stands for (its printed number, else its place) over a table of its
    rows; a "% complete" header spanning a drawn bar and the number reads the number.
    None for any other paper.

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks with the table split.

    Examples
    --------
    >>> percent_table_sections([]) is None
    True
    """
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    for i, block in enumerate(blocks):
        if block.__class__ is not Table:
            continue
        header, body = _header_and_body(block)
        found = _percent_column(
            block.header_key if header is block.header else tuple(c.text for c in header))
        if found is None:
            continue
        groups = [k for k, r in enumerate(body) if r and r[0].text
                  and not any(c.text for c in r[1:])]
        if len(groups) >= 2 and groups[0] == 0:
            return [*blocks[:i], *_split(header, body, groups, found), *blocks[i + 1:]]
    return None


@by_headers
def _percent_column(headers: tuple[str, ...]) -> int | None:
    """The "% complete" column of a row of headers, if any (read once per distinct row:
    :func:`~.header_memo.by_headers`)."""
    return next((k for k, h in enumerate(headers) if is_percent_header(h)), None)


def _split(header: tuple[Cell, ...], body: tuple[tuple[Cell, ...], ...], groups: list[int],
           k: int) -> list[Any]:
    """A numbered paragraph and a table per group of ``body``."""
    rows = [r for r in body]
    headers = [c.text for c in header]
    if _spanned(headers, [r for j, r in enumerate(rows) if j not in groups], k):
        header = (*header[:k], header[k], *header[k + 2:])
        rows = [r if j in groups else (*r[:k], r[k + 1], *r[k + 2:])
                for j, r in enumerate(rows)]
    out: list[Any] = []
    for number, (start, end) in enumerate(zip(groups, [*groups[1:], len(rows)],
                                              strict=True), 1):
        name = rows[start][0].text.strip()
        label = _GROUP_NUMBER.match(name)
        loc = rows[start][0].location
        out.append(Paragraph(Inline(name[label.end():] if label else name),
                             label.group("n") if label else str(number), loc))
        cells = tuple(Cell(c.blocks, loc) for c in header)
        out.append(Table(cells, tuple(rows[start + 1:end]), loc))
    return out
