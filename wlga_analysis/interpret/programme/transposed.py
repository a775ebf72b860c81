"""Programme interpreter: a transposed project summary (one column per project).

A project summary can print each priority as ONE table whose columns are the projects and
whose rows are the fields: a header row naming the projects ("Project | Cyber resilience |
Digital skills | ..."), then one row per field, its first cell the field's name ("Lead",
"Budget", "Status (RAG)", "Progress this quarter", "Next steps", "Target completion").
A careful reader turns the table round: each project (a column) is an item, its fields
the cells of its column, found by the names in the first column as a progress table's
columns are found by its header (``data/raw/programme_columns.csv``: ``lead`` partners,
``status``/``rag`` status, ``target completion`` timing, ``budget`` a note).

The item's text is the field that reports its progress: a field of role ``text`` if the
table has one, else the field named for the progress or update ("Progress this quarter",
"Latest update"), else the longest prose; the project's name (the column's header) is the
item's topic. The other fields are kept, with the name, in one line of text per project
(the paragraphs table): nothing is lost and they give the item nothing (a "Budget" row's £
figures are allocations, no grants). Each table is a section, numbered in reading order,
named by the heading printed over it (a priority).

A table is transposed when its first column holds at least :data:`MIN_FIELDS` known field
names, of which two give an item its status, timing or partners, while its header row's
other cells are no field names (project names), in a paper that numbers no paragraph.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def cell(t): return Cell((Paragraph(Inline(t)),))
>>> grid = [["Project", "Data hub", "Web site"], ["Lead", "Data Cymru", "WLGA"],
...         ["RAG", "Green", "Red"], ["Progress", "Built.", "Paused."],
...         ["Due date", "June 2026", "May 2026"]]
>>> table = Table(tuple(cell(t) for t in grid[0]),
...               tuple(tuple(cell(t) for t in r) for r in grid[1:]))
>>> out = transposed_sections([Paragraph(Inline("Data")), table])
>>> type(out[0]).__name__, out[0].number, out[0].projects, out[0].name
('TransposedTable', 1, ('Data hub', 'Web site'), 'Data')
>>> transposed_sections([Paragraph(Inline("Data"), "1"), table]) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme import heading_priorities
from wlga_analysis.interpret.programme.common import _Row, folded_words
from wlga_analysis.interpret.programme.layouts import header_role
from wlga_analysis.read.model import Heading, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.reference import programme_columns
from wlga_analysis.text.clean import clean_text

__all__ = ["MIN_FIELDS", "TransposedTable", "transposed_rows", "transposed_sections"]

#: The fewest known field names a table's first column holds to be transposed.
MIN_FIELDS = 3
#: Roles of which a transposed table's fields hold two or more (besides text and notes).
_ITEM_ROLES = frozenset({"status", "timing", "partners"})
#: Roles of the fields an item row carries as cells (the others are kept as text only).
_CELL_ROLES = frozenset({"status", "timing", "partners", "note"})
#: Words of a field name that report progress (the item's text when no field is of role text).
_PROGRESS_WORDS = ("progress", "update")


class TransposedTable(Table):
    """A transposed table: ``projects`` the header row's project names, ``fields`` the
    first column's field names, ``number`` the section it stands for (reading order),
    ``name`` and ``name_line`` the heading printed over it (taken into it; "" and None
    when there is none). Made by :meth:`of` (a plain subclass, no dataclass of its own:
    nothing to build when the module is imported)."""

    projects: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    number: int = 0
    name: str = ""
    name_line: int | None = None

    @classmethod
    def of(cls, table: Table, **given: Any) -> TransposedTable:
        """``table`` as a transposed table with the attributes ``given``."""
        out = cls(table.header, table.rows, table.location)
        for key, value in given.items():
            object.__setattr__(out, key, value)  # (the table is frozen)
        return out


def _field_roles(table: Table, known: dict[str, str]) -> list[str] | None:
    """The roles of a table's first-column field names, or None when it is not transposed."""
    header = table.header_text
    if len(header) < 2 or len(table.rows) < MIN_FIELDS:
        return None
    roles = [header_role(folded_words(r[0].text), known) if r else "other" for r in table.rows]
    named = [r for r in roles if r != "other"]
    if len(named) < MIN_FIELDS or len(_ITEM_ROLES.intersection(named)) < 2:
        return None
    # the header row names projects, not fields (a progress table's header is fields)
    if sum(header_role(folded_words(h), known) != "other" for h in header[1:]) > 0:
        return None
    return roles


def _is_transposed(block: Any, known: dict[str, str]) -> bool:
    """A table (first-column cells short) whose first column holds field names."""
    if block.__class__ is not Table or len(block.rows) < MIN_FIELDS:  # (see _field_roles)
        return False
    if any(len(r[0].text.split()) > 6 for r in block.rows if r):  # (names, not items)
        return False
    return _field_roles(block, known) is not None


def transposed_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each transposed table a :class:`TransposedTable` numbered in
    reading order; None when the paper numbers a paragraph or has no such table.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks, each transposed table replaced.
    """
    if not any(b.__class__ is Table for b in blocks):  # (most papers: no table at all)
        return None
    if any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    known = programme_columns()
    out, number, folded = list(blocks), 0, set()
    for i, block in enumerate(blocks):
        if _is_transposed(block, known):
            number += 1
            head = blocks[i - 1] if i and _is_heading(blocks[i - 1]) else None
            if head is not None:
                folded.add(i - 1)
            out[i] = TransposedTable.of(
                block, projects=tuple(clean_text(c.text) for c in block.header[1:]),
                fields=tuple(clean_text(r[0].text) for r in block.rows), number=number,
                name=clean_text(head.text.markdown()).strip("*_ ") if head else "",
                name_line=head.location.line if head else None)
    return [b for k, b in enumerate(out) if k not in folded] if number else None


def _is_heading(block: Any) -> bool:
    """The heading printed over a table: a heading, or a short line alone."""
    if isinstance(block, Heading):
        return True
    return block.__class__ is Paragraph and block.number is None \
        and has_heading_shape(block.text.text.strip().strip("*_ "))


def opens_a_section(block: Any) -> bool:
    """Whether a block is a transposed table (a section of the paper)."""
    return block.__class__ is TransposedTable


def _text_field(table: TransposedTable, roles: list[str]) -> int:
    """The index of the row that is the items' text (see the module)."""
    for i, role in enumerate(roles):
        if role == "text":
            return i
    progress = [i for i, f in enumerate(table.fields)
                if any(w in f.lower() for w in _PROGRESS_WORDS)]
    candidates = progress or [i for i, r in enumerate(roles) if r in ("other", "note", "update")]
    candidates = candidates or list(range(len(roles)))

    def words(i: int) -> int:
        return sum(len(c.text.split()) for c in table.rows[i][1:])

    return max(candidates, key=words)


def _cell(row: tuple[Any, ...], k: int) -> str:
    return clean_text(row[k].text) if k < len(row) else ""


def _line(row: tuple[Any, ...], k: int, default: int) -> int:
    at = row[k].location.line if k < len(row) else None
    return at if at is not None else default


def transposed_rows(table: Any, heading: str | None, heading_line: int | None,
                    roles: dict[int, tuple[str, int | None]]) -> list[_Row] | None:
    """The interpreter's rows of a transposed table, or None when ``table`` is not one:
    a numbered section row (kind ``paragraph``) named by the heading over it, then per
    project an item (kind ``table row``: its text the progress field, its topic the
    project's name, its cells the fields of roles status, timing, partners and note) and a
    line of text holding the name and every other field; ``roles`` (line -> role) is given
    each row's line.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def cell(t): return Cell((Paragraph(Inline(t)),))
    >>> grid = [["", "Hub", "Site"], ["Owner", "Data Cymru", "WLGA"], ["Status", "Amber", "Red"],
    ...         ["Latest update", "Built.", "Paused."], ["Deadline", "June 2026", "May 2026"]]
    >>> t = Table(tuple(cell(x) for x in grid[0]), tuple(tuple(cell(x) for x in r)
    ...           for r in grid[1:]))
    >>> rows = transposed_rows(transposed_sections([t])[0], "Data", None, {})
    >>> [(r.kind, r.raw, r.topic) for r in rows[2:4]]
    [('table row', 'Built.', 'Hub'), \
('text', 'Hub | Owner: Data Cymru | Status: Amber | Deadline: June 2026', None)]
    >>> rows[0].raw, rows[1].raw
    ('Data', 'Hub | Site')
    """
    if table.__class__ is not TransposedTable:
        return None
    known = programme_columns()
    field_roles = [header_role(folded_words(f), known) for f in table.fields]
    text_at = _text_field(table, field_roles)
    line = table.location.line if table.location.line is not None else 0
    number = table.number
    name = table.name or heading or clean_text(table.header[0].text) or f"Part {number}"
    at = table.name_line if table.name_line is not None else line
    out = [_Row("paragraph", number, heading, heading_line, name, at, lines=[at],
                cells={}, number=str(number), numbered_heading=True)]
    roles[line] = ("row", line)
    if table.name_line is not None:  # (a priority: .heading_priorities)
        heading_priorities.mark(roles, table.name_line)
    out.append(_Row("table header", number, heading, heading_line,
                    " | ".join(h for h in table.header_text if h), line, lines=[line]))
    for k, project in enumerate(table.projects, 1):
        cells: dict[str, str] = {}
        rest = [project]
        for i, (field_name, role) in enumerate(zip(table.fields, field_roles, strict=True)):
            value = _cell(table.rows[i], k)
            if i != text_at and role in _CELL_ROLES:
                cells[field_name] = value
            if i != text_at and value:
                rest.append(f"{field_name}: {value}")
        at = _line(table.rows[text_at], k, line)
        lines = sorted({_line(r, k, line) for r in table.rows})
        out.append(_Row("table row", number, heading, heading_line,
                        _cell(table.rows[text_at], k) or project, at, lines=lines,
                        cells=cells, topic=project))
        out.append(_Row("text", number, heading, heading_line, " | ".join(rest), at,
                        lines=[]))
        for n in lines:
            roles[n] = ("row", n)
    return out
