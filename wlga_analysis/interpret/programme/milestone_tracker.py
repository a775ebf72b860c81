"""Programme interpreter: a status report whose progress is a MILESTONE TRACKER table.

A programme or partnership status report (a Corporate Joint Committee's forward work
programme, a city deal's portfolio report, a transformation programme's highlight report)
tells its quarter in narrative ("Key achievements this period", "Next period" bullets under
each workstream) and an overview table of the workstreams' RAG ratings, and holds its
progress in ONE tracker table, often an appendix after the narrative::

    Workstream       | Milestone                  | Owner   | Baseline date | Forecast date | RAG
    Transport        | Regional plan submitted    | Lead    | 31/07/2025    | 31/07/2025    | B
    Transport        | Bus network review         | Lead    | 31/03/2026    | 30/06/2026    | A

The rows of the tracker are the items; the narrative bullets retell its milestones in other
words and the overview table rates the workstreams: neither gives items (both stay in the
paragraphs table). Two rules read it:

- :func:`milestone_columns` (the table's columns): in a table with a **Milestone** column
  and another date column ("Forecast date", "Due"), the milestone is the item's text, the
  date its timing (of two dates, "Planned date | Expected date", the last: the earlier is
  kept as a note, as a "Baseline date" is); a column before the milestone that names what
  it belongs to ("Workstream", "Project", "Programme") is its group, not its text;
- :func:`tracker_rows` (the paper's progress): a paper with no progress heading whose
  milestone tracker (a table whose item is its Milestone column, with a status column and a
  date column) opens an appendix ("Appendix A: Milestone tracker"), or its last numbered
  section when no numbered heading of the paper opens a list of bullets, is read from that
  table: each group of the group column (printed in every row, or once over its rows), or
  else each sub-heading line over a table of the tracker, is the numbered section of its
  rows (numbered in order, or by its label, "Workstream 2"; a group column after a
  reference column, "Ref | Workstream | Milestone", counts too); with neither, the heading
  over the tracker is the one section. A key over the table ("Key: B = complete; G = on track")
  is no sub-heading (it gives the RAG letters their statuses: :mod:`.colour_key`).

Examples
--------
>>> milestone_columns({"text": [], "other": ["Workstream"], "timing": ["Milestone",
...     "Forecast date"], "status": ["RAG"]}, ["Workstream", "Milestone", "Forecast date", "RAG"])
... # doctest: +NORMALIZE_WHITESPACE
{'text': ['Milestone'], 'other': ['Workstream'], 'timing': ['Forecast date'],
 'status': ['RAG']}
>>> milestone_columns({"text": ["Project"], "timing": ["Key milestone", "Revised date"]},
...                   ["Project", "Key milestone", "Revised date"])
{'text': ['Key milestone'], 'timing': ['Revised date'], 'other': ['Project']}
>>> milestone_columns({"text": [], "timing": ["Milestone", "Planned date", "Expected date"]},
...                   ["Milestone", "Planned date", "Expected date"])["timing"]
['Expected date']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["milestone_columns", "tracker_rows"]

_TABLE = ("table header", "table row")
#: How many lines (a key, a sub-heading) may stand between a tracker and its heading.
_GAP = 4


def _milestone(timing: list[str]) -> str | None:
    return next((h for h in timing if "milestone" in h.lower()), None)


def milestone_columns(by_role: dict[str, list[str]], headers: list[str]
                      ) -> dict[str, list[str]]:
    """``by_role`` (headers by role, :func:`~.common._column_roles`) with a Milestone column
    beside another date column made the item's text, and the text columns printed before
    it (the group it belongs to: "Project") moved to role ``other`` (see the module).

    Parameters
    ----------
    by_role : dict
        Headers by role; changed in place.
    headers : list of str
        The table's headers, in order.

    Returns
    -------
    dict
        ``by_role``.
    """
    timing = by_role.get("timing", ())
    if len(timing) < 2:  # (most tables: one date column, or none)
        return by_role
    milestone = _milestone(list(timing))
    if milestone is None:
        return by_role
    at = headers.index(milestone)
    text = by_role["text"]
    if any(headers.index(h) > at for h in text):  # (an item's text after it: a step)
        return by_role
    by_role["timing"].remove(milestone)
    by_role.setdefault("other", []).extend(text)
    by_role["text"] = [milestone]
    if len(by_role["timing"]) > 1:  # "Planned date | Expected date": the last one is due
        last = max(by_role["timing"], key=headers.index)
        by_role.setdefault("note", []).extend(h for h in by_role["timing"] if h != last)
        by_role["timing"] = [last]
    return by_role


def _is_tracker(row: Any) -> bool:
    """A table's header row whose item is a Milestone column, with a status and a date."""
    if row.kind != "table header" or "ilestone" not in row.text:
        return False
    from wlga_analysis.interpret.programme.common import _column_roles

    roles = _column_roles(row.text.split(" | "))
    return any("milestone" in h.lower() for h in roles["text"]) \
        and bool(roles.get("status")) and bool(roles.get("timing"))


def _is_key(text: str) -> bool:
    from wlga_analysis.interpret.programme.colour_key import colour_key
    from wlga_analysis.interpret.programme.symbols import is_key_line

    return is_key_line(text) or bool(colour_key([text]))


def _heading_over(rows: list[Any], k: int) -> int | None:
    """The index of the appendix heading line or numbered paragraph over the table whose
    header row is ``rows[k]`` (past a key and a sub-heading), else None."""
    from wlga_analysis.interpret.programme.appendix import is_appendix_heading

    for j in range(k - 1, max(k - 1 - _GAP, -1), -1):
        r = rows[j]
        if r.kind == "paragraph" or (r.kind == "text" and is_appendix_heading(r.text)):
            return j
        if r.kind != "text":
            return None
    return None


def _opens_bullets(rows: list[Any]) -> bool:
    """Whether a numbered heading of the paper opens a list (its items: no tracker paper)."""
    return any(r.kind == "paragraph" and r.numbered_heading and k + 1 < len(rows)
               and rows[k + 1].kind not in ("table header", "text")
               for k, r in enumerate(rows))


def _end(rows: list[Any], first: int) -> int:
    """Where the tracker's part ends: the next numbered paragraph or appendix heading."""
    from wlga_analysis.interpret.programme.appendix import is_appendix_heading

    for j in range(first, len(rows)):
        r = rows[j]
        if r.kind == "paragraph" or (r.kind == "text" and is_appendix_heading(r.text)):
            return j
    return len(rows)


def _heads(body: list[Any]) -> list[tuple[int, str]]:
    """(index, name) of each sub-heading of the tracker's rows: a group's row put in by
    :func:`~.spanning_groups.split_spanning_groups`, or a line over a table's header row
    that is no key."""
    from wlga_analysis.interpret.programme.appendix import _sub_heading
    from wlga_analysis.read.text_lines import has_heading_shape

    out = []
    for k, r in enumerate(body):
        name = _sub_heading(body, k)
        if name is None and r.kind == "text" and k + 1 < len(body) \
                and body[k + 1].kind == "table header" and has_heading_shape(r.text) \
                and not _is_key(r.text):
            name = r.text
        if name:
            out.append((k, name))
    return out


def _group_column_first(rows: list[Any], first: int) -> bool:
    """Put the column that groups the rows of the table headed at ``rows[first]`` first in
    each row's cells, when it stands after a reference column ("Ref | Workstream |
    Milestone"): a column of role ``other`` whose names group the rows
    (:func:`~.spanning_groups.group_starts`). Whether one was found."""
    from wlga_analysis.interpret.programme.common import _column_roles
    from wlga_analysis.interpret.programme.spanning_groups import group_starts

    end = first + 1
    while end < len(rows) and rows[end].kind == "table row":
        end += 1
    table = [r for r in rows[first + 1:end] if r.cells]
    headers = list(table[0].cells) if table else []
    for h in _column_roles(headers).get("other", []) if headers and headers[0] != "" else ():
        moved = [{h: r.cells[h], **r.cells} for r in table]
        if headers.index(h) > 0 and group_starts(moved):
            for r, cells in zip(table, moved, strict=True):
                r.cells = cells
            return True
    return False


def _more_sections(rows: list[Any], start: int) -> bool:
    """Whether a tracker table after ``start`` stands under a numbered heading of its own
    (a report by workstream: each section's table its own, none the paper's tracker)."""
    for j in range(start, len(rows)):
        if rows[j].kind == "table header" and _is_tracker(rows[j]):
            head = _heading_over(rows, j)
            if head is not None and head >= start and rows[head].kind == "paragraph":
                return True
    return False


def _tracker_at(rows: list[Any]) -> tuple[int, int] | None:
    """(the index of the tracker's heading, of its first table's header row), else None."""
    for k, r in enumerate(rows):
        if r.kind == "table header" and _is_tracker(r):
            head = _heading_over(rows, k)
            if head is None:
                return None
            if rows[head].kind == "paragraph" and (_opens_bullets(rows)
                                                   or _more_sections(rows, k + 1)):
                return None  # (numbered headings over bullets, or each over a tracker
                # table of its own, hold the progress)
            return head, k
    return None


def tracker_rows(rows: list[Any], issue: Callable[..., Any] | None = None
                 ) -> list[Any] | None:
    """The progress rows of a paper whose progress is a milestone tracker (see the module),
    else None.

    Each sub-heading (group) of the tracker becomes the numbered section heading (kind
    ``paragraph``) of the rows under it, and those rows take its number: the rows are
    changed in place (as :func:`~.appendix.appendix_rows` does), so that the paragraphs
    table shows them so too; what stands before the tracker (the narrative, the overview
    table) and after it (a later appendix) is left out and ``issue`` (if given) is told.

    Parameters
    ----------
    rows : list of _Row
        The paper's rows.
    issue : callable, optional
        The parser's ``issue`` method.

    Returns
    -------
    list of _Row or None
        The tracker's rows, its sections' headings first.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> def row(group, text, rag, line):
    ...     cells = {"Project": group, "Milestone": text, "Due date": "31/03/2026",
    ...              "RAG": rag}
    ...     return _Row("table row", 2, None, None, " | ".join(cells.values()), line,
    ...                 lines=[line], cells=cells)
    >>> rows = [_Row("paragraph", 2, None, None, "Milestones", 8),
    ...         _Row("table header", 2, None, None, "Project | Milestone | Due date | RAG", 9),
    ...         row("Hub", "Hub opened", "G", 10), row("Hub", "Staff hired", "A", 11),
    ...         row("Fleet", "Vans bought", "B", 12)]
    >>> [(r.kind, r.paragraph, r.text[:9]) for r in tracker_rows(rows)][1:]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('paragraph', 1, 'Hub'), ('table row', 1, 'Hub | Hub'), ('table row', 1, 'Hub | Sta'),
     ('paragraph', 2, 'Fleet'), ('table row', 2, 'Fleet | V')]
    """
    if not any(r.kind == "table header" and "ilestone" in r.text for r in rows):
        return None  # (most papers: no milestone table)
    found = _tracker_at(rows)
    if found is None:
        return None
    from wlga_analysis.interpret.programme.sections import section_label
    from wlga_analysis.interpret.programme.spanning_groups import split_spanning_groups

    head, first = found
    if not split_spanning_groups(rows, first) and _group_column_first(rows, first):
        split_spanning_groups(rows, first)  # ("Ref | Workstream | Milestone | ...")
    body = rows[head + 1:_end(rows, head + 1)]
    heads = _heads(body)
    if not heads:  # (no groups: the heading over the tracker is its one section)
        if rows[head].kind != "paragraph":
            r = rows[head]
            r.kind, r.paragraph, r.number, r.cells = "paragraph", 1, "1", None
        body = [rows[head], *body]
    named = dict(heads)
    number = 0
    for k, r in enumerate(body):
        if k in named:
            label = section_label(named[k])
            number = int(label[0]) if label else number + 1
            r.kind, r.paragraph, r.number = "paragraph", number, str(number)
            r.raw, r.cells = named[k][label[1]:] if label else named[k], None
        elif number:
            r.paragraph = number
    if issue is not None:
        issue("programme", "progress in a milestone tracker", "", rows[first].source_line,
              f"the progress is read from the milestone tracker headed {rows[first].text[:60]!r}"
              "; the narrative and tables before it frame the paper and are kept in the "
              "paragraphs table only")
    return body
