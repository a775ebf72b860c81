"""Programme interpreter: an action plan whose first column names the issue its actions address.

An Annual Governance Statement ends on its action plan: tables whose first column names a
significant governance issue, numbered ("1. Medium-term financial resilience: ..."), beside
the two or three actions agreed to address it, one row each::

    Issue                     | Action(s) agreed    | Lead officer | Target date | Status
    1. Financial resilience   | Agree savings ...   | Head of ...  | 30 Sep 2024 | Complete
                              | Review reserves ... | Head of ...  | 31 Dec 2024 | Complete
    2. Information governance | Refresh the ...     | DPO          | 31 Oct 2024 | Superseded

The issue cell spans its actions' rows: a web page's ``<th rowspan>``, Word's vertical
merge, a Markdown export's blank cells below it, a PDF's issue printed again in every row
(perhaps with its number read apart). A second table of the new year's issues ("identified
for 2025-26") has no progress or status columns: its actions have no progress yet.

A careful reader takes each issue as a numbered section (its printed number; an issue
printed with none numbered on from the one before, the tables numbering on) and as a
priority of the plan, and each action as an item; the actions of a table with no status
or progress column beside a table with one are planned (:func:`with_planned_actions`).

A table is read so when the whole header of its first column names an issue (list ``issue
column`` of ``data/raw/programme_words.csv``), it has a text column and its first column
names its groups (the first row named, some row below blank or repeating the name).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Paragraph, Table
>>> def cells(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
>>> table = Table(cells("Issue", "Action agreed", "Status"),
...               (cells("1. Cyber security", "Test the plan.", "Complete"),
...                cells("", "Train staff.", "Complete"),
...                cells("2. Procurement", "Revise the rules.", "Superseded")))
>>> blocks = issue_group_sections([table])
>>> [(b.number, b.text.text) for b in blocks if b.__class__ is Paragraph]
[('1', 'Cyber security'), ('2', 'Procurement')]
>>> [[c.text for c in r] for r in blocks[1].rows]
[['Test the plan.', 'Complete'], ['Train staff.', 'Complete']]
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from wlga_analysis.interpret.programme.common import _column_roles
from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.reference import load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["IssueTable", "issue_group_sections", "with_planned_actions"]

#: An issue's printed number ("1. ", "2) ").
_NUMBER = compile_regex(r"(?P<n>\d{1,2})[.)]\s++")
#: The roles of a column that reports an action's progress (its status, its update).
_PROGRESS_ROLES = ("status", "update")


@dataclass(frozen=True)
class IssueTable(Table):
    """The actions of one issue: a table that the issue's numbered paragraph heads,
    however long the issue's name (a section heading of this layout)."""


@lru_cache(maxsize=256)
def _is_issue_header(header: str) -> bool:
    words = load_programme_words()["issue column"]
    folded = " ".join(header.lower().replace("(s)", "s").split()).strip(" :")
    return bool(folded) and any(compile_regex(rf"(?i)(?:{w})").fullmatch(folded) for w in words)


def _header_and_body(table: Table) -> tuple[tuple[Cell, ...], tuple[tuple[Cell, ...], ...]]:
    if any(c.text for c in table.header) or not table.rows:
        return table.header, table.rows
    return table.rows[0], table.rows[1:]


def _issue_table(block: Any) -> tuple[tuple[Cell, ...], tuple[tuple[Cell, ...], ...],
                                      list[int]] | None:
    """(header, body, group starts) of an issue table, else None (its header looked at
    first: most tables fail there)."""
    if block.__class__ is not Table or len(block.rows) < 2:
        return None
    header, body = _header_and_body(block)
    if len(header) < 3 or not _is_issue_header(header[0].text) \
            or any(len(r) != len(header) for r in body):
        return None
    if not _column_roles([c.text for c in header[1:]])["text"]:  # (the actions' columns)
        return None
    from wlga_analysis.interpret.programme.spanning_groups import first_column_groups

    starts = first_column_groups(body)  # (imported only for a table of actions)
    return None if starts is None else (header, body, starts)


def _as_text(heading: Heading) -> Paragraph:
    """A heading over an issue table as a line of text: the issues under it are the
    sections (a "Progress on ..." heading names no progress section of its own)."""
    number = f"{heading.number} " if heading.number else ""
    return Paragraph(Inline(number) + heading.text, None, heading.location)


def _as_line(item: ListItem) -> Paragraph:
    """A list item after the last issue table as a line of text: the plan's actions are
    its tables' rows, a list after them no action."""
    return Paragraph(item.text, None, item.location)


def _printed_number(name: str, printed: str | None, last: int) -> tuple[int, str]:
    """(number, name) of a group's cell: its printed number ("1. ..."), or a section label's
    ("Objective 1 – ..."), or the number its paragraph carries, else the one after
    ``last``; the name without the number or label.

    Examples
    --------
    >>> _printed_number("Objective 2 \u2013 Safe streets", None, 1)
    (2, 'Safe streets')
    >>> _printed_number("1. Cyber security", None, 0), _printed_number("Data", None, 3)
    ((1, 'Cyber security'), (4, 'Data'))
    """
    label = _NUMBER.match(name)
    if label:
        return int(label.group("n")), name[label.end():]
    from wlga_analysis.interpret.programme.sections import section_label

    found = section_label(name)  # ("Objective 1 – Skills": a labelled group)
    if found is not None:
        return int(found[0]), name[found[1]:]
    return (int(printed) if printed and printed.isdigit() else last + 1), name


def issue_group_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper whose action plan is one or more issue tables (see the
    module): each issue a numbered paragraph over a table of its actions (the issue column
    left out: the paragraph prints it), a heading just above a table and a list item after
    the last table lines of text; None for any other paper.

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks with the tables split.
    """
    found = {i: t for i, b in enumerate(blocks)
             if b.__class__ is Table and (t := _issue_table(b)) is not None}
    if not found:
        return None
    out: list[Any] = []
    last, end = 0, max(found)
    for i, block in enumerate(blocks):
        if i not in found:  # (a list after the plan, a page's "Related pages" links: text)
            out.append(_as_line(block) if i > end and block.__class__ is ListItem else block)
            continue
        header, body, starts = found[i]
        if out and out[-1].__class__ is Heading:  # (it heads this table's issues only)
            out[-1] = _as_text(out[-1])
        for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
            name = body[start][0].text.strip()
            printed = body[start][0].blocks[0].number if body[start][0].blocks else None
            number, name = _printed_number(name, printed, last)
            last = number
            loc = body[start][0].location
            out.append(Paragraph(Inline(name), str(number), loc))
            out.append(IssueTable(tuple(Cell(c.blocks, loc) for c in header[1:]),
                                  tuple(r[1:] for r in body[start:end]), loc))
    return out


def with_planned_actions(parsed: Any) -> Any:
    """The parse of an action plan whose tables of actions differ in their columns: the
    actions of a table with no status or progress column, in a paper whose other tables
    have one, given no status by a column or wording (the default) are planned, rule "no
    progress column" (the new year's actions: none has progress yet); ``parsed`` itself
    for any other paper.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with a new programme table.

    Examples
    --------
    >>> with_planned_actions(None) is None
    True
    """
    if not dataclasses.is_dataclass(parsed) or parsed.programme.empty:
        return parsed
    if not any(r.startswith("default") for r in parsed.programme["status_rule"].unique()):
        return parsed  # (each rule looked at once: most papers end here)
    paras = parsed.paragraphs
    heads = paras[paras["kind"].to_numpy() == "table header"]
    if len(heads) < 2:
        return parsed
    reports = {}
    for p, text in zip(heads["paragraph"], heads["text"], strict=True):
        roles = _column_roles(text.split(" | "))
        reports[p] = bool(roles["text"]) and any(roles.get(r) for r in _PROGRESS_ROLES)
    if not any(reports.values()) or all(reports.values()):
        return parsed
    programme = parsed.programme.copy()
    mask = programme["paragraph"].map(lambda p: reports.get(p) is False) \
        & programme["status_rule"].str.startswith("default")
    if not mask.any():
        return parsed
    programme.loc[mask, "status"] = "planned"
    programme.loc[mask, "status_rule"] = "no progress column"
    issues = tuple(i for i in parsed.issues if not (
        i.check == "status by default" and i.item in set(programme.loc[mask, "item_id"])))
    return dataclasses.replace(parsed, programme=programme, issues=issues)
