"""Programme interpreter: each piece of work a sub-heading over its narrative and a status line.

A delivery update often gives each piece of work a sub-heading of its own ("1.1 Shared
apprenticeship scheme", with or without its number), a paragraph or two of narrative under
it, and a line of labelled fields ("Status: On track – Due: March 2026", "RAG: Amber",
"Lead: Data Cymru"); the sub-headings stand under the priorities' headings ("Theme 1:
Apprenticeships", "Housing"). There are no bullets and no numbered paragraphs.

A careful reader takes each priority heading as a section, numbered in reading order, and
each sub-heading under it as one item: its text the sub-heading's name and its narrative
("Shared apprenticeship scheme: The scheme placed 40 apprentices ..."), its fields the
columns of a table row headed by their labels (``data/raw/programme_columns.csv``: a
``status`` column, a ``timing`` one, ``partners``). So each section's items are read as
one table (:class:`~.status_bullets.FieldsTable`), as an e-mail's bullets with fields
sub-bullets are (:mod:`.status_bullets`).

The layout is taken only when :data:`MIN_ITEMS` sub-headings at least print a line of
fields of those roles giving a status (a paper that only names leads and dates under its
headings recommends), all at one level, each under a heading of a higher level that is not
the document's title; a sub-heading over a list is no such item (its bullets are the items
another rule reads).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Heading(Inline("Update"), 1), Heading(Inline("Theme 1: Skills"), 2),
...           Heading(Inline("1.1 Apprentices"), 3), Paragraph(Inline("40 placed.")),
...           Paragraph(Inline("Status: Complete")),
...           Heading(Inline("1.2 Awareness week"), 3), Paragraph(Inline("Planned.")),
...           Paragraph(Inline("Status: On track \\u2013 Due: March 2026"))]
>>> out = heading_item_sections(blocks)
>>> [type(b).__name__ for b in out], out[1].text.text, out[1].number
(['Heading', 'Paragraph', 'FieldsTable'], 'Skills', '1')
>>> [[c.text for c in row] for row in out[2].rows]  # doctest: +NORMALIZE_WHITESPACE
[['Apprentices: 40 placed.', 'Complete', ''],
 ['Awareness week: Planned.', 'On track', 'March 2026']]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from wlga_analysis.interpret.programme.headed import fields_line
from wlga_analysis.interpret.programme.layouts import header_role
from wlga_analysis.interpret.programme.sections import (
    _heading_shaped,
    section_label,
    section_name,
)
from wlga_analysis.interpret.programme.status_bullets import (
    FieldsTable,
    _as_text,
    _cell,
    text_header,
)
from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.reference import programme_columns
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MIN_ITEMS", "heading_item_sections"]

#: The fewest sub-headings with a line of fields that make a paper of this layout.
MIN_ITEMS = 2
#: The roles a line of fields may give (its labels' columns): no text of the item.
_FIELD_ROLES = frozenset({"status", "timing", "quarter", "partners"})
#: An outline number before a sub-heading's name ("1.1 ", "2.3. ").
_OUTLINE = LazyPattern(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?[ \t]++(?=\S)")


def _first_words(columns: Mapping[str, str]) -> re.Pattern[str]:
    """A line that opens with the first word of a column name of :data:`_FIELD_ROLES`
    ("Status", "**RAG", "Target"): one that does not is no line of fields (a cheap test;
    built once per version of the shared, read-only names)."""
    if _FIRST_WORDS[0] is not columns:
        words = sorted({name.split()[0] for name, role in columns.items()
                        if role in _FIELD_ROLES and name.split()}, key=len, reverse=True)
        _FIRST_WORDS[:] = [columns, compile_regex(
            r"(?i)[*_ \t]*+(?:" + ("|".join(map(re.escape, words)) or "(?!)") + r")\b")]
    return _FIRST_WORDS[1]  # type: ignore[return-value]


_FIRST_WORDS: list[Any] = [None, None]


def _fields(block: Any) -> dict[str, str] | None:
    """The fields of a paragraph that only prints fields of :data:`_FIELD_ROLES` (values
    without the dash or full stop that parts them: "On track –" is "On track"), else None."""
    if block.__class__ is not Paragraph or block.number is not None \
            or ":" not in (text := block.text.text):
        return None
    known = programme_columns()
    if _first_words(known).match(text) is None:
        return None
    found = fields_line(text)
    if not found or any(header_role(" ".join(name.lower().split()), known) not in _FIELD_ROLES
                        for name in found):
        return None
    return {name: value.rstrip(" \u2013\u2014-.;,") for name, value in found.items()}


def _heading_like(block: Any) -> bool:
    """A heading, or a short line standing alone as one (a web page, Word file or PDF
    printed in the text form); a caller leaves out the lines of fields."""
    if isinstance(block, Heading):
        return True
    if block.__class__ is not Paragraph or block.number is not None \
            or not _heading_shaped(block):
        return False
    text = block.text.text  # (a "Label: value" line is none, but for "Theme 1: Skills")
    return ":" not in text or section_label(text) is not None


def _bodies(blocks: list[Any], fields: dict[int, dict[str, str]]) -> dict[int, list[int]]:
    """Each heading's place, with the places of the blocks under it (to the next heading);
    ``fields``: the lines of fields by place (no heading)."""
    out: dict[int, list[int]] = {}
    current: list[int] | None = None
    for k, block in enumerate(blocks):
        if k not in fields and _heading_like(block):
            current = out[k] = []
        elif current is not None:
            current.append(k)
    return out


def _roles(blocks: list[Any], bodies: dict[int, list[int]], with_fields: list[int]
           ) -> tuple[set[int], set[int]]:
    """(sections, items): by their levels when the items are headings; in a text form (no
    levels), an item is a line over narrative, a section a labelled line ("Theme 1: ...")
    or one over nothing but the items."""
    heads = list(bodies)
    if all(isinstance(blocks[h], Heading) for h in with_fields):
        level = Counter(blocks[h].level for h in with_fields).most_common(1)[0][0]
        return ({h for h in heads if isinstance(blocks[h], Heading) and blocks[h].level < level},
                {h for h in heads if isinstance(blocks[h], Heading) and blocks[h].level == level})
    sections = {h for h in heads if h not in with_fields and (
        not bodies[h] or section_label(blocks[h].text.text) is not None)}
    return sections, {h for h in heads if h not in sections}


def _states_status(fields: dict[int, dict[str, str]], body: list[int]) -> bool:
    """Whether a line of fields among the blocks ``body`` gives a status ("RAG: Amber")."""
    known = programme_columns()
    return any(header_role(" ".join(name.lower().split()), known) == "status"
               for k in body for name in fields.get(k, ()))


def _grouped(heads: dict[int, list[int]], section_heads: set[int], item_heads: set[int],
             title: int | None) -> dict[int, list[int]]:
    """Each section heading (not the title) with the item headings under it, in order."""
    sections: dict[int, list[int]] = {}
    parent: int | None = None
    for h in heads:
        if h in section_heads:
            parent = h if h != title else None
        elif h in item_heads and parent is not None:
            sections.setdefault(parent, []).append(h)
    return sections


def _plan(blocks: list[Any], fields: dict[int, dict[str, str]], bodies: dict[int, list[int]]
          ) -> list[tuple[int, list[int]]] | None:
    """(section heading, its item headings) in reading order, or None when the paper is
    not of this layout (see the module)."""
    title = 0 if blocks and (isinstance(blocks[0], Heading) or _heading_shaped(blocks[0])) \
        else None  # (the first line: the title; its lines of fields, "Date: ...", the cover's)
    with_fields = [h for h, body in bodies.items() if h != title and body and not any(
        blocks[k].__class__ is ListItem or isinstance(blocks[k], Table) for k in body)
        and any(k in fields for k in body)]
    if sum(_states_status(fields, bodies[h]) for h in with_fields) < MIN_ITEMS:
        return None  # (progress reports each piece of work's status: a paper that only
    # names leads and dates, "By when: March 2028", recommends)
    sections = _grouped(bodies, *_roles(blocks, bodies, with_fields), title)
    items = {h for hs in sections.values() for h in hs}
    if not set(with_fields) <= items or any(
            blocks[k].__class__ is ListItem for h in items for k in bodies[h]):
        return None
    return list(sections.items())


def _table(blocks: list[Any], bodies: dict[int, list[int]], items: list[int],
           heading_line: int | None, fields_at: dict[int, dict[str, str]]) -> FieldsTable:
    """A section's items as one table: the item's text, then a column per label."""
    labels: list[str] = []
    rows: list[tuple[str, int | None, dict[str, str]]] = []
    for h in items:
        fields: dict[str, str] = {}
        narrative: list[str] = []
        for k in bodies[h]:
            found = fields_at.get(k)
            if found is None:
                narrative.append(blocks[k].text.markdown().strip())
                continue
            add_fields(fields, labels, found)
        name = _OUTLINE.sub("", blocks[h].text.markdown().strip(), count=1)
        text = f"{name.rstrip(' :')}: {' '.join(narrative)}" if narrative else name
        rows.append((text, blocks[h].location.line, fields))
    return fields_table(rows, labels, blocks[items[0]].location, heading_line)


def add_fields(fields: dict[str, str], labels: list[str], found: Mapping[str, str]) -> None:
    """Add a line's ``found`` fields to an item's ``fields`` (a label printed twice: its
    values joined), each new label to the section's ``labels`` in printed order.

    Examples
    --------
    >>> fields, labels = {"Status": "On track"}, ["Status"]
    >>> add_fields(fields, labels, {"Status": "(revised)", "Due": "June 2026"})
    >>> fields, labels
    ({'Status': 'On track (revised)', 'Due': 'June 2026'}, ['Status', 'Due'])
    """
    for label, value in found.items():
        fields[label] = f"{fields[label]} {value}" if label in fields else value
        if label not in labels:
            labels.append(label)


def fields_table(rows: list[tuple[str, int | None, dict[str, str]]], labels: list[str],
                 first: Any, heading_line: int | None) -> FieldsTable:
    """A section's items as one table standing at ``first``: each row's text, then a column
    per label (its field, or empty)."""
    header = tuple(_cell(h, first.line) for h in (text_header(), *labels))
    body = tuple((_cell(text, line), *(_cell(fields.get(label, ""), line) for label in labels))
                 for text, line, fields in rows)
    return FieldsTable.of(Table(header, body, first), heading_line)


def heading_item_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an update whose pieces of work are sub-headings over narrative and a
    line of fields, each priority heading a numbered section over one table of its items
    (see the module); None for any other paper.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks read as the module describes; the blocks before the first section as
        they are, any other heading or list after it kept as text.
    """
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    opens = _first_words(programme_columns()).match  # (a cheap test first: two lines of
    fields = {k: found for k, b in enumerate(blocks)  # fields, each read once)
              if b.__class__ is Paragraph and opens(b.text.text)
              and (found := _fields(b)) is not None}
    if len(fields) < MIN_ITEMS:
        return None
    bodies = _bodies(blocks, fields)
    plan = _plan(blocks, fields, bodies)
    if plan is None:
        return None
    taken: dict[int, Any] = {}
    skip: set[int] = set()
    for number, (s, items) in enumerate(plan, 1):
        heading = blocks[s]
        taken[s] = Paragraph(Inline(section_name(heading.text.text)), str(number),
                             heading.location)
        taken[items[0]] = _table(blocks, bodies, items, heading.location.line, fields)
        skip.update(k for h in items for k in (h, *bodies[h]))
    first = plan[0][0]
    return [taken[k] if k in taken else _as_text(block) if k > first else block
            for k, block in enumerate(blocks) if k in taken or k not in skip]
