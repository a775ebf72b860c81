"""Programme interpreter: a programme highlight report's projects, each over a milestone table.

A programme board's (a Corporate Joint Committee's) highlight report numbers no paragraph.
It prints one block per **project**, opened by a line "Project 2: Strategic Development
Plan" (a heading, a bold line, or "Project: name" with no number, its fields after TABs),
then the project's **header fields** (Senior Responsible Owner, Overall RAG, Budget, Spend
to date: a two-column ``label | value`` table, lines of "Label: value" pairs, or a line of
them), and its **milestone table** ``Milestone | Owner | Baseline date | Forecast date |
Actual date | RAG | Comment``. A project with nothing to report prints a sentence ("No
exceptions to report.") instead of its table. "Decisions required" and the signature close
the report.

So each project line is read as the numbered section heading it stands for (its printed
number, else its place), the milestone rows as the section's items, and everything else
in the project (its header fields, a note of a budget revision) as text: a project's budget
and spend are the board's money, not grants, and are kept in the paragraphs table. What
follows the last project's block (the decisions, a signature) is text too, no item.

A ref opening every Milestone cell ("P2-M3 Preferred strategy consultation") is read as
a Ref column of its own, so the row's printed ref names the item (:func:`~.measures.row_ref`).
A date a PDF cell wrapped ("31/07/20 25") is joined again. A tracker pasted as TAB lines
(the project line a row of the same table as the milestones, each milestone header row
printed again) is split at its project rows first.

Examples
--------
>>> from wlga_analysis.read.text import read_text_lines
>>> lines = ["Project 1: Transport", "", "Budget: £2.4m Spend to date: £1m", "",
...          "Milestone\\tOwner\\tForecast date\\tRAG", "P1-M1 Plan submitted\\tLead\\t"
...          "31/07/2025\\tGreen", "", "Project 2: Housing", "",
...          "Milestone\\tOwner\\tForecast date\\tRAG", "P2-M1 Study done\\tLead\\t"
...          "31/03/2026\\tAmber", "", "Decisions required", "", "1. Note the report."]
>>> blocks = project_sections(read_text_lines(lines).blocks)
>>> [(b.number, b.text.text) for b in blocks if type(b).__name__ == "Paragraph"]
[('1', 'Transport'), ('2', 'Housing')]
>>> [b.header_text for b in blocks if type(b).__name__ == "Table"][0]
['Ref', 'Milestone', 'Owner', 'Forecast date', 'RAG']
>>> [b.text.text for b in blocks if type(b).__name__ == "ThemeText"][-1]
'1. Note the report.'
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.claims import finance_line, is_finance_header
from wlga_analysis.interpret.programme.measures import _names_columns, repeated_labels
from wlga_analysis.interpret.programme.sections import _heading_shaped
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Heading, Inline, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["FieldsText", "project_label", "project_sections"]

#: A project's line: "Project 2: name", "Project 2 – name", "Project: name" (its name up
#: to a TAB or a " | " of fields after it).
_LABEL = LazyPattern(r"(?i)project(?:[ ]++(\d{1,2}))?[ ]*+[:\u2013\u2014-][ ]*+([^\t|]{2,100})")
#: A ref opening a milestone's cell, numbered by its project ("P2-M3", "P1.M4").
_CELL_REF = LazyPattern(r"([A-Za-z]{1,3}\d{1,2}[-.][A-Za-z]{0,3}\d{1,3}[a-z]?)[ ]++(\S.*)")
#: A date a PDF cell wrapped before the last digits of its year ("31/07/20 25").
_WRAPPED_DATE = LazyPattern(r"(\d{1,2}/\d{1,2}/\d{1,3})[ ](\d{1,3})")
#: The least number of projects that makes the layout.
_MIN_PROJECTS = 2


class FieldsText(ThemeText):
    """A project line's fields after its name ("SRO: ... | Budget: ..."): text on the same
    source line as the project's heading, kept in the paragraphs table as a row of its own
    (``shares_line``: nothing of the line is lost)."""

    shares_line = True


def project_label(text: str) -> tuple[str | None, str] | None:
    """A project line's printed number (None when it prints none) and name, or None.

    Examples
    --------
    >>> project_label("Project 2: Strategic Development Plan")
    ('2', 'Strategic Development Plan')
    >>> project_label("Project: Regional Transport Plan\\tSRO: Rhian Lloyd")
    (None, 'Regional Transport Plan')
    >>> project_label("Project renamed from A to B.") is None
    True
    """
    if text[:7].casefold() != "project":
        return None
    m = _LABEL.match(text)
    return (m.group(1), m.group(2).strip()) if m is not None else None


def _is_items_table(block: Any) -> bool:
    """A table of known columns that is no spend table, or has a status column (a
    milestone table's "Forecast date" and "Actual date" are no money)."""
    if block.__class__ is not Table:
        return False
    cells = block.header or (block.rows[0] if block.rows else ())
    if not _names_columns(cells):
        return False
    texts = [c.text for c in cells]
    return not is_finance_header(texts) or "status" in _roles(tuple(texts))


def _roles(texts: tuple[str, ...]) -> set[str]:
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    return {header_role(" ".join(t.lower().split()).strip(" :"), known) for t in texts}


def _label_of(block: Any) -> tuple[str | None, str] | None:
    cls = block.__class__
    if cls is not Paragraph and cls is not Heading:
        return None
    text = block.text.text
    if "\t" not in text and not _heading_shaped(block):
        return None
    return project_label(text)


def _split_rows(table: Table) -> list[Any]:
    """A table pasted as TAB lines whose rows hold project lines: each project row a
    paragraph, each header row of known columns opening a table of the rows after it."""
    out: list[Any] = []
    header, rows = table.header, []

    def close() -> None:
        if header or rows:
            out.append(Table(header, tuple(rows), (header or rows[0])[0].location))

    for cells in table.rows:
        first = cells[0].text if cells else ""
        if project_label(first) is not None:
            close()
            header, rows = (), []
            text = "\t".join(c.text for c in cells if c.text)
            out.append(Paragraph(Inline(text), None, cells[0].location))
        elif not header and not rows and _names_columns(cells):
            header = cells
        else:
            rows.append(cells)
    close()
    return out


def _flat(blocks: list[Any]) -> list[Any]:
    out: list[Any] = []
    for block in blocks:
        if block.__class__ is Table and any(
                cells and project_label(cells[0].text) is not None for cells in block.rows):
            out.extend(_split_rows(block))
        else:
            out.append(block)
    return out


def _labels(blocks: list[Any]) -> dict[int, tuple[str | None, str]] | None:
    labels = {i: found for i, b in enumerate(blocks) if (found := _label_of(b)) is not None}
    if len(labels) < _MIN_PROJECTS:
        return None
    places = sorted(labels)
    with_table = sum(any(_is_items_table(x) for x in blocks[a + 1:b])
                     for a, b in zip(places, [*places[1:], len(blocks)], strict=True))
    return labels if with_table >= _MIN_PROJECTS and 2 * with_table >= len(labels) else None


def _is_field_line(text: str) -> bool:
    colon = text.find(":")
    return "\t" in text or 0 < colon < len(text.rstrip()) - 1


def _end(blocks: list[Any], labels: dict[int, Any], parts: set[str]) -> int:
    """Where the last project's block ends: at a heading, or a heading-shaped line that is
    no part label and no line of fields, after the last project line."""
    for i in range(max(labels) + 1, len(blocks)):
        block = blocks[i]
        if block.__class__ is Heading:
            return i
        if block.__class__ is not Table and _heading_shaped(block) \
                and not _is_field_line(block.text.text) \
                and block.text.text.strip().casefold() not in parts:
            return i
    return len(blocks)


def project_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a programme highlight report with each project line read as a
    numbered section heading over its milestone table (see the module); None when the
    paper is not one.

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks, projects numbered, header fields and closing matter as text.

    Examples
    --------
    >>> project_sections([]) is None
    True
    """
    if not any(b.__class__ is Table for b in blocks):  # (one cheap look first)
        return None
    blocks = _flat(blocks)
    labels = _labels(blocks)
    if labels is None:
        return None
    parts = repeated_labels(blocks, labels)
    first, end = min(labels), _end(blocks, labels, parts)
    out: list[Any] = []
    number = 0
    for i, block in enumerate(blocks):
        if i in labels:
            printed, name = labels[i]
            number = int(printed) if printed is not None else number + 1
            out.append(Paragraph(Inline(name), str(number), block.location))
            rest = block.text.text.partition("\t")[2].strip()
            if rest:  # (the project's fields printed on its line: text, kept whole)
                out.append(FieldsText(Inline(" | ".join(
                    f.strip() for f in rest.split("\t") if f.strip())), None, block.location))
        elif i < first:
            out.append(block)
        elif block.__class__ is Table:
            out.extend(_table(block) if i < end and _is_items_table(block) else
                       [finance_line(cells, block) for cells in
                        ((block.header,) if block.header else ()) + tuple(block.rows)])
        else:  # (header fields, notes, decisions, a signature: text, no item)
            text = block.text
            if getattr(block, "number", None) is not None:
                text = Inline(f"{block.number}. {text.text}")
            out.append(ThemeText(text, None, block.location))
    return out


def _cell(text: str, like: Cell) -> Cell:
    return Cell((Paragraph(Inline(text), None, like.location),), like.location)


def _dated(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    out = []
    for c in cells:
        m = _WRAPPED_DATE.fullmatch(c.text) if " " in c.text and len(c.text) <= 12 else None
        out.append(_cell(m.group(1) + m.group(2), c) if m is not None
                   and len(m.group(1).rpartition("/")[2] + m.group(2)) == 4 else c)
    return tuple(out)


def _table(table: Table) -> list[Any]:
    """A milestone table: a header found in its first row, wrapped dates joined, and refs
    opening every Milestone cell split into a Ref column."""
    header, rows = table.header, list(table.rows)
    if not header:
        header, rows = rows[0], rows[1:]
    rows = [_dated(r) for r in rows]
    refs = [_CELL_REF.fullmatch(r[0].text) if r and r[0].text else None for r in rows]
    if rows and all(m is not None for m in refs) and header:
        header = (_cell("Ref", header[0]), *header)
        rows = [(_cell(m.group(1), r[0]), _cell(m.group(2), r[0]), *r[1:])
                for m, r in zip(refs, rows, strict=True)]
    return [Table(tuple(header), tuple(rows), table.location)]
