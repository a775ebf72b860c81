"""Programme interpreter: labelled priority headings each over an ``Item | Update`` table.

A council's scrutiny report prints each priority ("Priority 1: Customers and digital") over
a table of two columns: the first the item's label ("1.1 Online council tax account"), the
second its update, paragraphs whose first opens with the item's status in bold
("**Complete.** The account went live on 7 July 2025 ...") and whose later ones are
context ("Next quarter: ..."). Read as a careful reader reads it:

- the label is the item's topic (as a bold lead "Programme team:" is), its text the
  update's first paragraph without the status word, which gives the status; the quarter
  and partners are read from that text; the later paragraphs stay in the paragraphs table;
- a web page may number the report's recommendations before the priorities ("1. That the
  Committee notes ..."): they are lines of text, not numbered sections;
- Word's "Save as Plain Text" prints a cell's later paragraphs on lines of their own right
  under its row (no tab, no blank line): they continue that row's last cell.

The sections themselves are then read as :func:`.measures.labelled_table_sections` reads
labelled headings over tables.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Heading, Inline, Paragraph, Table
>>> def cell(t): return Cell((Paragraph(Inline(t)),))
>>> def table(rows): return Table((cell("Item"), cell("Update")),
...                                tuple((cell(a), cell(b)) for a, b in rows))
>>> blocks = [Heading(Inline("Priority 1: Homes"), 3),
...           table([("1.1 Empty homes", "On track. 40 homes back in use by March 2026.")]),
...           Heading(Inline("Priority 2: Jobs"), 3),
...           table([("2.1 Apprentices", "Complete. 12 started in May 2025.")])]
>>> [type(b).__name__ for b in item_update_sections(blocks)][:2]
['PriorityHeading', 'Table']
>>> labelled_update({"Item": "1.1 Empty homes",
...                  "Update": "On track. 40 homes back in use by March 2026. More soon."},
...                 {"text": ["Item"], "update": ["Update"]})
('Empty homes', '40 homes back in use by March 2026.')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.sections import section_label
from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
from wlga_analysis.reference import load_status_tags
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.sentences import split_sentences

__all__ = ["item_update_sections", "labelled_update"]

#: Headers of a first column that labels the items ("Item", "Project"), not states them.
_LABEL_HEADERS = frozenset({"item", "items", "project", "projects"})

#: The most words of an item's label ("Customer relationship management system").
_LABEL_WORDS = 10

#: A status word opening an update, and what follows it: "Complete. ...", "Delayed: ...".
_STATUS_LEAD = LazyPattern(
    r"(?s)\**(?P<word>[A-Za-z][A-Za-z' -]{1,28}?)[.:]\**[ \t]++(?P<rest>\S.*)")

#: A sentence's end before one that opens with a figure ("... of 2026-27. 8,700 of ..."):
#: the end of the update's first paragraph, when a Word file's cell joins its paragraphs.
_FIGURE_AFTER = LazyPattern(r"(?<=\d\.)[ \t]++(?=\d)")

#: A label's printed number ("1.1 ", "3.2. ").
_LABEL_NUMBER = LazyPattern(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]++(?=\S)")


def _folded(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def _is_update_table(block: Any) -> bool:
    """A table of two columns headed by an item label's name and an update's ("Item |
    Update", "Project | Progress update" is not one: its second column is a status)."""
    if block.__class__ is not Table or len(block.header) != 2:
        return False
    from wlga_analysis.interpret.programme.common import _column_roles

    first, second = block.header_key
    roles = _column_roles([first, second])
    return _folded(first) in _LABEL_HEADERS and roles.get("update") == [second]


def _update_table_under(blocks: list[Any], start: int, end: int) -> bool:
    return any(_is_update_table(b) for b in blocks[start:end])


def _labels(blocks: list[Any]) -> list[int]:
    from wlga_analysis.interpret.programme.measures import _heading_shaped

    return [i for i, b in enumerate(blocks) if b.__class__ is not Table
            and _heading_shaped(b) and section_label(b.text.text) is not None]


def item_update_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with their labelled sections numbered (:func:`.measures.labelled_table_sections`)
    when every labelled heading (two or more) stands over an ``Item | Update`` table; None
    otherwise.

    Parameters
    ----------
    blocks : list of Block
        The document model's blocks.

    Returns
    -------
    list of Block or None
        The numbered paragraphs before the first heading read as lines of text, a plain
        text form's continuation lines joined to their cells.
    """
    if Table not in set(map(type, blocks)):
        return None
    labels = _labels(blocks)
    if len(labels) < 2 or not all(_update_table_under(blocks, a + 1, b) for a, b in zip(
            labels, [*labels[1:], len(blocks)], strict=True)):
        return None
    first = labels[0]
    plain = [_unnumbered(b) if i < first else b for i, b in enumerate(blocks)]
    from wlga_analysis.interpret.programme.measures import labelled_table_sections

    return labelled_table_sections(_joined_tables(plain))


def _unnumbered(block: Any) -> Any:
    """A numbered paragraph before the priorities (a recommendation) as a line of text."""
    if block.__class__ is not Paragraph or block.number is None:
        return block
    return Paragraph(Inline(f"{block.number}. {block.text.text}"), None, block.location)


def _line(block: Any) -> int | None:
    if block.__class__ is Table:
        return (block.rows[-1][0].location.line if block.rows and block.rows[-1]
                else block.location.line)
    return block.location.line


def _joined_tables(blocks: list[Any]) -> list[Any]:
    """The blocks with each ``Item | Update`` table whole: a line of text right under a row
    (the next line) continues the row's last cell, and a table of the same columns with no
    header right after it continues the table."""
    out: list[Any] = []
    table: Table | None = None  # (the update table being joined, while lines continue it)
    last = None
    for block in blocks:
        line = block.location.line
        follows = table is not None and line is not None and last is not None \
            and line == last + 1
        if follows and block.__class__ is Paragraph and block.number is None:
            table = _with_paragraph(table, block)
        elif follows and block.__class__ is Table and not block.header and block.rows \
                and len(block.rows[0]) == len(table.header):
            table = Table(table.header, (*table.rows, *block.rows), table.location)
        else:
            if table is not None:
                out.append(table)
            table = block if _is_update_table(block) else None
            if table is None:
                out.append(block)
        last = _line(block)
    if table is not None:
        out.append(table)
    return out


def _with_paragraph(table: Table, block: Paragraph) -> Table:
    *rows, row = table.rows
    *cells, cell = row
    cell = Cell((*cell.blocks, block), cell.location)
    return Table(table.header, (*rows, (*cells, cell)), table.location)


def labelled_update(cells: dict[str, str], by_role: dict[str, list[str]]
                    ) -> tuple[str, str] | None:
    """(topic, text) of a row of an ``Item | Update`` table: the label without its number,
    and the update's first sentence without the status word it opens with; None for any
    other row (more columns, a Status column, a label that is a sentence, an update that
    opens with no status word).

    Parameters
    ----------
    cells : dict
        The row's cells by header.
    by_role : dict
        The headers by role (:func:`.common._column_roles`).

    Returns
    -------
    tuple of str or None
    """
    texts, updates = by_role.get("text", []), by_role.get("update", [])
    if len(cells) != 2 or len(texts) != 1 or len(updates) != 1 \
            or _folded(texts[0]) not in _LABEL_HEADERS:
        return None
    label, update = cells[texts[0]].strip(), cells[updates[0]].strip()
    if not label or label[-1] in ".;:" or len(label.split()) > _LABEL_WORDS:
        return None
    m = _STATUS_LEAD.fullmatch(update)
    if m is None or not load_status_tags().get(" ".join(m.group("word").lower().split())):
        return None
    first = _FIGURE_AFTER.split(split_sentences(m.group("rest"))[0], maxsplit=1)[0].strip()
    number = _LABEL_NUMBER.match(label)
    return (label[number.end():] if number else label), first
