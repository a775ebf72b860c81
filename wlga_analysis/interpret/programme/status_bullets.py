"""Programme interpreter: an update sent as an e-mail, bullets over status sub-bullets.

A programme manager's monthly update is often an e-mail: header lines (From, Sent, To,
Subject), a greeting, then un-numbered workstream headings (capitals underlined, bold
lines, or headings) each over bullets, one a project ("Apprenticeships: 14 councils have
signed ..."), each with sub-bullets of labelled fields ("o Status: On track", "o Due:
March 2026", "o Note: ..."); then a funding paragraph, a diary list, a signature, and the
earlier message it replies to, quoted ("-----Original Message-----", "From: ... Sent:
...", or "> " lines).

A careful reader takes each heading whose bullets carry fields as a section, numbered in
reading order, and each of its bullets as an item whose fields are the columns of a table
row headed by their labels (``data/raw/programme_columns.csv``: ``status`` status, ``due``
timing; any other label, "Note", a column kept in the paragraphs table). So the bullets of
such a section are read as one table, the heading as the numbered section heading it
stands for. The sub-bullets' level may be lost on the way (a web page that prints every
bullet at one level): a bullet that is only fields ("Status: On track") after an item is
that item's sub-bullet. The bullets of other headings (a diary) are no items: they are
kept as text, as is everything from the quoted message on (last month's update repeats
projects with older statuses).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem
>>> blocks = [Heading(Inline("HOUSING"), 2), ListItem(Inline("Voids: a survey began.")),
...           ListItem(Inline("Status: On track"), level=1),
...           ListItem(Inline("Due: May 2026"), level=1),
...           ListItem(Inline("Loans: none this month.")),
...           ListItem(Inline("Status: Delayed"), level=1)]
>>> out = status_bullet_sections(blocks)
>>> [type(b).__name__ for b in out], out[0].number
(['Paragraph', 'FieldsTable'], '1')
>>> out[1].header_text, [[c.text for c in r] for r in out[1].rows][1]
(['Activity', 'Status', 'Due'], ['Loans: none this month.', 'Delayed', ''])
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.interpret.programme import heading_priorities
from wlga_analysis.interpret.programme.headed import fields_line
from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Location, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.reference import programme_columns
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["MIN_ITEMS", "FieldsTable", "mark_heading", "quote_start", "status_bullet_sections",
           "text_header", "with_quote_note"]

#: The fewest bullets with fields sub-bullets that make a paper of this layout.
MIN_ITEMS = 2
#: A paragraph that opens a quoted message (the parse's paragraphs table: see :data:`_QUOTE`).
_QUOTE_TEXT = r"-{3,}\s*Original Message|^>|From:.{0,200}?Sent:\s"
#: A sub-bullet's label ("Note: ...", "Comment: ..."): a short name and a colon.
_LABEL = LazyPattern(r"(?P<label>[A-Z][A-Za-z ]{1,20}):[ \t]+(?P<value>\S.*)")
#: Labels of a one-level bullet that is a note on the item above it (not an item).
_NOTE_LABELS = frozenset({"note", "notes", "comment", "comments"})
#: The opening of a quoted earlier message: Outlook's separator, a "From:" line with a
#: "Sent:" line after it, or an e-mail's "> " quoting.
_QUOTE = LazyPattern(r"-{3,}\s*Original Message\s*-{3,}|(?:\*\*)?From:(?:\*\*)?\s.{0,200}?"
                       r"(?:\*\*)?Sent:(?:\*\*)?\s|>(?:\s|$)")


class FieldsTable(Table):
    """The bullets of one section read as a table; ``heading_line`` the line of the
    heading it stands under (a priority: :mod:`.heading_priorities`). Made by :meth:`of`
    (a plain subclass, no dataclass of its own)."""

    heading_line: int | None = None

    @classmethod
    def of(cls, table: Table, heading_line: int | None) -> FieldsTable:
        """``table`` as a section's table under the heading on ``heading_line``."""
        out = cls(table.header, table.rows, table.location)
        object.__setattr__(out, "heading_line", heading_line)  # (the table is frozen)
        return out


def mark_heading(table: Any, roles: dict[int, tuple[str, int | None]]) -> None:
    """Mark the heading over a :class:`FieldsTable` as a priority's (in place); the table's
    rows are read as any progress table's."""
    heading_priorities.mark(roles, table.heading_line)


def _plain(block: Any) -> str:
    return block.text.text.strip()


def _is_heading(block: Any) -> bool:
    """A heading, or a short line standing alone as one (capitals or bold)."""
    if isinstance(block, Heading):
        return True
    if block.__class__ is not Paragraph or block.number is not None:
        return False
    text = _plain(block)
    if not has_heading_shape(text):
        return False
    md = block.text.markdown().strip()
    return text.isupper() or (md.startswith("**") and md.endswith("**"))


def _field(block: ListItem, after_item: bool) -> tuple[str, str] | None:
    """(label, value) of a sub-bullet of fields: known fields ("Status: On track", "Due:
    May 2026"), or a note, a level below an item (or at the item's level after an item);
    else None."""
    text = _plain(block)
    found = fields_line(text)
    if found is not None and len(found) == 1:
        return next(iter(found.items()))
    m = _LABEL.fullmatch(text)
    if m is None:
        return None
    label = m.group("label").strip()
    if label.lower() in _NOTE_LABELS and (block.level > 0 or after_item):
        return label, m.group("value").strip()
    return None  # (any other label, "Action plans: ...", is a run-in lead, no field)


def quote_start(blocks: list[Any], start: int) -> int:
    """The index of the first block at or after ``start`` that opens a quoted message (or
    holds its opening: a PDF may join it to the line above); ``len(blocks)`` if none.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> blocks = [Paragraph(Inline("Thanks, Carys")), Paragraph(Inline("From: Carys Sent: 5 May"))]
    >>> quote_start(blocks, 0), quote_start(blocks[:1], 0)
    (1, 1)
    """
    for k in range(start, len(blocks)):
        text = getattr(blocks[k], "text", None)
        md = text.markdown() if text is not None else ""
        if ("Sent:" in md or "Original Message" in md or md.startswith(">")) \
                and _QUOTE.search(md):
            return k
    return len(blocks)


def _sections(blocks: list[Any], end: int) -> list[tuple[int, list[tuple[int, list[int]]]]]:
    """(heading index, [(item index, [field indexes])]) per heading before ``end``."""
    found: list[tuple[int, list[tuple[int, list[int]]]]] = []
    for i in range(end):
        block = blocks[i]
        if _is_heading(block):
            found.append((i, []))
        elif block.__class__ is ListItem and found:
            items = found[-1][1]
            if items and _field(block, True) is not None:
                items[-1][1].append(i)
            elif block.level == 0:
                items.append((i, []))
    return found


def _cell(text: str, line: int | None) -> Cell:
    at = Location(line=line)
    return Cell((Paragraph(Inline(text), None, at),), at)


def _table(blocks: list[Any], items: list[tuple[int, list[int]]], header_text: str,
           heading_line: int | None) -> FieldsTable:
    """The bullets of a section as a table: the item's text, then a column per label."""
    labels: list[str] = []
    rows_fields: list[dict[str, tuple[str, int | None]]] = []
    for _, fields in items:
        got: dict[str, tuple[str, int | None]] = {}
        for k in fields:
            label, value = _field(blocks[k], True) or ("Note", _plain(blocks[k]))
            if label in got:  # (a label printed twice: both values kept)
                value = f"{got[label][0]} {value}"
            got[label] = (value, blocks[k].location.line)
            if label not in labels:
                labels.append(label)
        rows_fields.append(got)
    first = blocks[items[0][0]].location
    header = tuple(_cell(h, first.line) for h in (header_text, *labels))
    rows = tuple((_cell(blocks[i].text.markdown().strip(), blocks[i].location.line),
                  *(_cell(*got.get(label, ("", blocks[i].location.line))) for label in labels))
                 for (i, _), got in zip(items, rows_fields, strict=True))
    return FieldsTable.of(Table(header, rows, first), heading_line)


def _as_text(block: Any) -> Any:
    """A list item or heading kept as a paragraph of text (no item, no section)."""
    if block.__class__ is ListItem or isinstance(block, Heading):
        return Paragraph(block.text, None, block.location)
    return block


def status_bullet_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an update whose headings stand over bullets with fields sub-bullets,
    each such heading a numbered section over one table of its bullets (see the module);
    None when the paper numbers a paragraph or has fewer than :data:`MIN_ITEMS` bullets with
    fields.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks read as the module describes.
    """
    if not any(b.__class__ is ListItem for b in blocks):  # (a cheap test first)
        return None
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    chosen = _chosen(blocks)
    return _rebuilt(blocks, chosen) if chosen else None


def _with_fields(sections: list[tuple[int, list[tuple[int, list[int]]]]]
                 ) -> list[tuple[int, list[tuple[int, list[int]]]]]:
    """The sections with a bullet that has fields sub-bullets."""
    return [(h, items) for h, items in sections if any(f for _, f in items)]


def _chosen(blocks: list[Any]) -> list[tuple[int, list[tuple[int, list[int]]]]]:
    """The sections of the update (before a quoted message), or [] when the paper has fewer
    than :data:`MIN_ITEMS` bullets with fields."""
    chosen = _with_fields(_sections(blocks, len(blocks)))
    if sum(1 for _, items in chosen for _, f in items if f) < MIN_ITEMS:
        return []
    return _with_fields(_sections(blocks, quote_start(blocks, chosen[0][0])))


def text_header() -> str:
    """The header of a table made of items: the first column name of role ``text`` of
    ``programme_columns.csv``, capitalised ("Activity").

    Examples
    --------
    >>> text_header()
    'Activity'
    """
    return next((h for h, r in programme_columns().items() if r == "text"),
                "activity").capitalize()


def _rebuilt(blocks: list[Any], chosen: list[tuple[int, list[tuple[int, list[int]]]]]
             ) -> list[Any]:
    """The blocks with each chosen heading a numbered paragraph over its bullets' table,
    and every list item or heading after the first section that is not an item's kept as
    text."""
    header = text_header()
    taken: dict[int, Any] = {}
    skip: set[int] = set()
    for number, (h, items) in enumerate(chosen, 1):
        taken[h] = Paragraph(blocks[h].text, str(number), blocks[h].location)
        taken[items[0][0]] = _table(blocks, items, header, blocks[h].location.line)
        skip.update(k for i, fields in items for k in (i, *fields) if k != items[0][0])
    first = chosen[0][0]
    return [taken[k] if k in taken else _as_text(block) if k > first else block
            for k, block in enumerate(blocks) if k in taken or k not in skip]


def with_quote_note(parsed: Any) -> Any:
    """The parse with a note ("quoted message", table paragraphs) at the first paragraph
    of a quoted earlier message after the update's first item, when a layout rule read its
    sections from headings (line role ``priority heading``); ``parsed`` itself otherwise.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with one more issue.
    """
    if not dataclasses.is_dataclass(parsed) or len(parsed.programme) == 0 \
            or not (parsed.lines["role"] == heading_priorities.PRIORITY_ROLE).any():
        return parsed
    from wlga_analysis.quality import Issue, document_name

    paras = parsed.paragraphs
    after = paras["source_line"] > parsed.programme["source_line"].min()
    quoted = paras.loc[after & paras["text"].str.contains(_QUOTE_TEXT, regex=True)]
    if quoted.empty:
        return parsed
    line = int(quoted["source_line"].iloc[0])
    note = Issue(document_name(parsed.metadata["path"]), "paragraphs", "quoted message", "",
                 line, "a quoted earlier message starts here; its text is kept in the "
                 "paragraphs table only (no items, priorities or grants are read from it)")
    return dataclasses.replace(parsed, issues=(*parsed.issues, note))
