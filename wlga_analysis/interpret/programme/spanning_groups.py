"""Programme interpreter: an action table whose first column groups its rows by spanning them.

A committee's covering report often holds its action plan as one appendix table whose
first column names the priority (theme, workstream) of the actions beside it in a cell
that spans their rows: HTML ``<th scope="rowgroup" rowspan="4">``, Word's vertically
merged cell, or, in a Markdown or PDF export, the name printed in the first row of the
group with blank cells below it::

    Priority                             | No. | Action         | Lead | RAG
    Priority 1: Governance and scrutiny  | 1   | Refresh the... | ...  | Green
                                         | 2   | Adopt a ...    | ...  | Blue
    Priority 2: Workforce                | 3   | Agree a ...    | ...  | Green

The actions are numbered straight through (1-14), so the number names no section: the
spanning cell does. A text export that copies the merged cell into each row of its group
(the name printed again in every row) is read the same. :func:`split_spanning_groups`
reads such a table as the appendix reader (:mod:`.appendix`) reads a table split by
sub-heading rows across it: before the first row of each group it puts a row holding the
group's name alone in the first cell (the sub-heading row a table printed across would
have), and empties that cell in the actions' rows, whose text (in the paragraphs table)
keeps the name. The labelled name then numbers
the section ("Priority 2: Workforce" is section 2), else the groups are numbered in order.

A table is read so when its first column is no column of an item (its header has no role
in ``programme_columns.csv``: "Priority", "Theme", "Workstream"), the table has a text
column, its first row names a group, some row below leaves the cell blank or repeats the
name, there are two groups or more with distinct names (short, not a reference, not a
sentence), and every row has two other cells filled (each row is an action).

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> def row(group, no, action, rag, line):
...     cells = {"Theme": group, "No.": no, "Action": action, "RAG": rag}
...     return _Row("table row", 3, None, None, " | ".join(c for c in cells.values() if c),
...                 line, lines=[line], cells=cells)
>>> rows = [_Row("table header", 3, None, None, "Theme | No. | Action | RAG", 9),
...         row("Theme 1: Housing", "1", "Build homes.", "Green", 10),
...         row("", "2", "Repair homes.", "Amber", 11),
...         row("Theme 2: Climate", "3", "Plant trees.", "Blue", 12)]
>>> split_spanning_groups(rows, 0)
2
>>> [(r.text, r.cells["Theme"]) for r in rows[1:]]  # doctest: +NORMALIZE_WHITESPACE
[('Theme 1: Housing', 'Theme 1: Housing'), ('Theme 1: Housing | 1 | Build homes. | Green', ''),
 ('2 | Repair homes. | Amber', ''), ('Theme 2: Climate', 'Theme 2: Climate'),
 ('Theme 2: Climate | 3 | Plant trees. | Blue', '')]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["first_column_groups", "group_starts", "name_runs", "split_spanning_groups"]

#: An item's reference ("1.2", "R3"): a group column of references is a numbering column.
_REF = compile_regex(r"[A-Za-z]?\d+(?:\.\d+)*[a-z]?\.?")
#: The longest name of a group.
_NAME_MAX = 120


def split_spanning_groups(rows: list[Any], first: int) -> int:
    """Put a sub-heading row before the first row of each group of every table from
    ``rows[first]`` on whose first column spans its groups' rows (see the module); the
    list is changed in place.

    Parameters
    ----------
    rows : list of _Row
        The paper's rows (table rows carry their cells by header).
    first : int
        The index where the appendix opens.

    Returns
    -------
    int
        How many sub-heading rows were put in (0 when no table has such a column).
    """
    added = 0
    k = first
    while k < len(rows):
        if rows[k].kind != "table header":
            k += 1
            continue
        end = k + 1
        while end < len(rows) and rows[end].kind == "table row":
            end += 1
        table = rows[k + 1:end]
        starts = _group_starts(table)
        for offset in reversed(starts):
            rows.insert(k + 1 + offset, _sub_heading_row(table[offset]))
        for r in table if starts else ():  # (each row's text keeps the name)
            r.cells = {**r.cells, next(iter(r.cells)): ""}
        added += len(starts)
        k = end + len(starts)
    return added


def _group_starts(table: list[Any]) -> list[int]:
    """The indexes (in ``table``, its data rows) of the first row of each group, or []
    when the table's first column does not group its rows."""
    return group_starts([r.cells or {} for r in table])


def group_starts(table: list[dict[str, str]]) -> list[int]:
    """The indexes of the first row of each group of a table's data rows (each its cells by
    header), or [] when the table's first column does not group its rows (see the module).

    Examples
    --------
    >>> rows = [{"Theme": t, "No.": "1", "Action": a} for t, a in
    ...         (("Housing", "Build."), ("Housing", "Repair."), ("Climate", "Plant."))]
    >>> group_starts(rows)
    [0, 2]
    """
    cells = table[0] if len(table) >= 3 else None
    if not cells or len(cells) < 3:
        return []
    group = next(iter(cells))
    names = [r.get(group, "").strip() for r in table]
    starts = name_runs(names)
    if not names[0] or len(starts) < 2 or len(starts) == len(names) \
            or len(set(names[i] for i in starts)) < len(starts) \
            or not all(_is_group_name(names[i]) for i in starts) \
            or not all(_is_action(r, group) for r in table):
        return []
    return starts if _groups_no_item_column(list(cells), group) else []


def name_runs(names: list[str]) -> list[int]:
    """Where each group opens: a name unlike the group's before it (a blank cell, or the
    same name printed again in each row of a merged cell copied, continues the group).

    Examples
    --------
    >>> name_runs(["A", "", "", "B", ""]), name_runs(["A", "A", "B", "B", "B"])
    ([0, 3], [0, 2])
    """
    starts: list[int] = []
    current = None
    for i, name in enumerate(names):
        if name and name != current:
            starts.append(i)
            current = name
    return starts


def first_column_groups(body: Any) -> list[int] | None:
    """Where each group of a model table's rows opens (:func:`name_runs` of its first
    cells: a blank cell or the same name below continues the group), or None when the
    first column groups no rows (its first row unnamed, or every row a group of its own).

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph
    >>> def row(name):
    ...     return (Cell((Paragraph(Inline(name)),) if name else ()), Cell())
    >>> first_column_groups([row("A"), row(""), row("B")]), first_column_groups([row("A")])
    ([0, 2], None)
    """
    starts = name_runs([row[0].text.strip() if row else "" for row in body])
    if not starts or starts[0] != 0 or len(starts) == len(body):
        return None
    return starts


def _is_group_name(name: str) -> bool:
    """A group's name: short, not a reference ("3.1"), not a sentence."""
    return len(name) <= _NAME_MAX and name[-1] not in ".;" and _REF.fullmatch(name) is None


def _is_action(cells: dict[str, str] | None, group: str) -> bool:
    """A row with two cells filled besides the group's."""
    return sum(1 for h, c in (cells or {}).items() if h != group and c and c.strip()) >= 2


def _groups_no_item_column(headers: list[str], group: str) -> bool:
    """Whether the table has a text column and ``group`` is no column of an item."""
    from wlga_analysis.interpret.programme.common import _column_roles

    roles = _column_roles(headers)
    return bool(roles["text"]) and group in roles.get("other", ())


def _sub_heading_row(row: Any) -> Any:
    """The row naming ``row``'s group alone in its first cell (a sub-heading row across the
    table)."""
    cells = row.cells
    group = next(iter(cells))
    name = cells[group].strip()
    return replace(row, kind="table row", raw=name, lines=[row.source_line],
                   cells={h: name if h == group else "" for h in cells}, number=None,
                   _cache=None)
