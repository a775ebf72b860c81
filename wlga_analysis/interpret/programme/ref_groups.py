"""Programme interpreter: a tracker whose Ref column numbers the items and a later column
names the group (the priority) of each row.

A tracker kept in a spreadsheet prints the whole programme as ONE table: a reference
column first ("1.1", "1.2", "2.1": the priority's number, then the action's), the
priority's NAME in a column after it, printed again in every row, then the action and its
fields::

    Ref | Priority              | Action                  | Lead officer | Due        | RAG
    1.1 | Customers and digital | Launch the online ...   | Head of ...  | 30/06/2025 | B
    1.2 | Customers and digital | Move council tax ...    | Head of ...  | 31/12/2025 | G
    2.1 | Workforce             | Introduce a workforce...| Head of ...  | 30/09/2025 | B

A careful reader takes each priority as the numbered section of its rows, numbered by the
first number of its rows' references (section 2 for "2.1"), and each row as an item.
:func:`ref_group_sections` reads such a table as the grouped tracker page
(:mod:`.group_column`) is read: the group column is put first, its name labelled with the
references' number ("2. Workforce") when every row of a group shares it and the groups'
numbers differ from those the groups' order gives (a tracker of some priorities only), else
left as printed (the groups numbered in order); the reference column
stays (the item's printed number).

A table is read so when its first column holds a reference ``N.M`` in every row, a later
column with no role in ``programme_columns.csv`` (or headed by a priority word,
"Priority", "Theme") groups the rows (:func:`~.spanning_groups.group_starts`), and there
is a text column.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def cells(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
>>> table = Table(cells("Ref", "Priority", "Action", "RAG"),
...               (cells("1.1", "Homes", "Build.", "G"), cells("1.2", "Homes", "Let.", "B"),
...                cells("3.1", "Jobs", "Train.", "A")))
>>> out = ref_group_sections([table])
>>> out[0].header_text, [[c.text for c in r] for r in out[0].rows][2]
(['Priority', 'Ref', 'Action', 'RAG'], ['3. Jobs', '3.1', 'Train.', 'A'])
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["numbered_group", "ref_group_sections", "reordered"]

#: A reference of a priority's action: "2.1", "2.1a".
_REF = compile_regex(r"(\d{1,2})\.\d{1,2}[a-z]?")
#: A group's name with its number before it ("2. Workforce").
_NUMBERED = compile_regex(r"(\d{1,2})\.[ \t]+(?=\S)")


def numbered_group(name: str) -> tuple[str, int] | None:
    """The section number a grouped table's group name prints before it ("2. Workforce":
    section 2) and where its name starts, or None: the grouped tracker's reader
    (:func:`~.appendix.appendix_rows`) numbers the group's section by it.

    Examples
    --------
    >>> numbered_group("4. Rights of way"), numbered_group("Rights of way")
    (('4', 3), None)
    """
    m = _NUMBERED.match(name)
    return (m.group(1), m.end()) if m else None


def _group_column(table: Table) -> int | None:
    """The index of the column (after the first) that groups the table's rows, else None."""
    from wlga_analysis.interpret.programme.common import _column_roles
    from wlga_analysis.interpret.programme.sections import priority_word_at
    from wlga_analysis.interpret.programme.spanning_groups import group_starts

    header = table.header_text
    roles = _column_roles(header)
    if not roles.get("text"):
        return None
    taken = {h for role, names in roles.items() if role != "other" for h in names}
    for i, h in enumerate(header[1:], start=1):
        if h and (h not in taken or priority_word_at(h) >= 0):
            moved = [{h: r[i].text, **{k: c.text for k, c in zip(header, r, strict=False)
                                       if k != h}} for r in table.rows]
            if group_starts(moved):
                return i
    return None


def _labels(table: Table, at: int) -> dict[str, str]:
    """Each group's name -> its name labelled with its rows' reference number, when every
    row of each group shares one number and the groups' numbers differ; else {}."""
    numbers: dict[str, set[str]] = {}
    for r in table.rows:
        if (ref := _REF.fullmatch(r[0].text)) is None:
            return {}  # (a code, "PR-01": the groups numbered in order, .id_groups)
        numbers.setdefault(r[at].text, set()).add(ref.group(1))
    if any(len(n) != 1 for n in numbers.values()):
        return {}
    firsts = [next(iter(n)) for n in numbers.values()]
    if len(set(firsts)) != len(firsts) or firsts == [str(k) for k in range(1, len(firsts) + 1)]:
        return {}  # (no number, or the numbers the groups' order gives: the names as printed)
    return {name: f"{n}. {name}" for name, n in zip(numbers, firsts, strict=True)}


def reordered(table: Table, at: int) -> Table:
    """The table with its column ``at`` (the group) first, each group labelled with its
    rows' reference number when they share one (see the module).

    Parameters
    ----------
    table : Table
        A tracker's table.
    at : int
        The index of its group column.

    Returns
    -------
    Table

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph
    >>> def cells(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> out = reordered(Table(cells("ID", "Theme", "Action"),
    ...                       (cells("A-1", "Homes", "Build."),)), 1)
    >>> out.header_text, [c.text for c in out.rows[0]]
    (['Theme', 'ID', 'Action'], ['Homes', 'A-1', 'Build.'])
    """
    labels = _labels(table, at)

    def row(cells: tuple[Cell, ...], head: bool) -> tuple[Cell, ...]:
        group = cells[at]
        if not head and group.text in labels:
            group = Cell((Paragraph(Inline(labels[group.text])),), group.location)
        return (group, *cells[:at], *cells[at + 1:])

    return Table(row(table.header, True), tuple(row(r, False) for r in table.rows),
                 table.location)


def ref_group_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each table read as a Ref-numbered tracker grouped by a later column
    (see the module) reordered, its group column first; None when there is no such table.

    Parameters
    ----------
    blocks : list of Block
        The paper's blocks.

    Returns
    -------
    list of Block or None
    """
    out, found = list(blocks), False
    for k, b in enumerate(blocks):
        if b.__class__ is not Table or len(b.rows) < 3 or len(b.header) < 4:
            continue
        if not all(r and _REF.fullmatch(r[0].text) for r in b.rows):
            continue
        at = _group_column(b)
        if at is not None:
            out[k], found = reordered(b, at), True
    return out if found else None
