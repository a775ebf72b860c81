"""Programme interpreter: numbered sub-headings over tables of actions (a service plan).

A council's service plan review (a directorate plan, a business plan's mid-year review)
numbers its chapters ("1. Introduction", "3. Progress by service area", "4. Resources") and,
under the progress chapter, one numbered sub-heading per service area ("3.1 Housing
Solutions", "3.2 Private Sector Housing"), each over a table of its key actions
(``Ref | Key action | Target date | RAG | Comment``) and often a table of performance
indicators (``PI | Indicator | Target | Actual | RAG``) that holds no actions. Read so:

- each sub-heading "N.M name" is the numbered section heading "M. name": its actions are
  the items of section M (the service areas are the sections, not the chapter);
- the chapter over them ("N. Progress by service area") is a heading over the sections
  (the progress heading, when its name says so); the chapters before it are un-numbered
  headings (their text is kept as lines of text), and those after it are the numbered
  sections that follow the last area (a section framing the paper, "Resources",
  "Funding", is never progress);
- a numbered list after a line that ends with a colon ("The service's priorities are:"
  then "1. ...", "2. ...") is a list, not numbered chapters;
- a table with no header found whose first row is short labels over rows of £ amounts
  ("Grant (2025-26) | Allocation | Spent to 30 September") has that row as its header (the
  text form of a Word file or PDF, whose reader takes a header with years and dates for
  data);
- a table of measures (its header names indicators, targets, actuals) is read as lines of
  kind ``measure``, no items (:func:`~.measures.split_table`); a short label over a table
  ("Key actions", "Performance indicators") is text, no item.

The rule accepts a paper only when one chapter holds two sub-headings or more numbered
"N.1", "N.2", ... in order, each over a table whose header names the column of the items
(role ``text`` of ``programme_columns.csv``), and no third level ("3.1.1": legal numbering,
see :mod:`.outline`).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
>>> head = row("Ref", "Action", "Due", "RAG")
>>> blocks = [Paragraph(Inline("Introduction"), "1"), Paragraph(Inline("Our priorities are:")),
...           Paragraph(Inline("Safer streets"), "1"), Paragraph(Inline("Clean air"), "2"),
...           Paragraph(Inline("Service progress"), "2"), Paragraph(Inline("2.1 Waste")),
...           Table(head, (row("W1", "A depot.", "May 2026", "Green"),)),
...           Paragraph(Inline("2.2 Parks")),
...           Table(head, (row("P1", "A park.", "June 2026", "Amber"),)),
...           Paragraph(Inline("Budget"), "3")]
>>> [(type(b).__name__, getattr(b, "number", None), b.text.text)
...  for b in service_area_sections(blocks) if not isinstance(b, Table)]
... # doctest: +NORMALIZE_WHITESPACE
[('Heading', None, 'Introduction'), ('Paragraph', None, 'Our priorities are:'),
 ('ListItem', '1', 'Safer streets'), ('ListItem', '2', 'Clean air'),
 ('Heading', None, 'Service progress'), ('Paragraph', '1', 'Waste'),
 ('Paragraph', '2', 'Parks'), ('Paragraph', '3', 'Budget')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.interpret.programme.measures import is_measure_header, split_table
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["service_area_sections"]

#: A numbered sub-heading printed in its text: "3.1 Housing Solutions", "2.3. Parks".
_SUB = compile_regex(r"(\d{1,2})\.(\d{1,2})\.?[ \t]++(?=\S)")
#: The longest name of a chapter or a sub-heading.
_NAME_MAX = 100
#: How many blocks (labels, a line of text) may stand between a sub-heading and its table.
_LOOK_BACK = 3


def _short_name(text: str) -> bool:
    return 0 < len(text) <= _NAME_MAX and text[-1] not in ".;,:"


def _sub_heading(block: Any) -> tuple[int, int, int] | None:
    """(chapter, number, where the name starts) of a sub-heading "N.M name", else None."""
    cls = block.__class__
    if cls is ListItem:  # (a Markdown list item "3.1 Name": the reader took 3.1 as its marker)
        parts = (block.number or "").strip(".").split(".")
        if block.kind != "number" or len(parts) != 2 or not all(p.isdigit() for p in parts):
            return None
        return (int(parts[0]), int(parts[1]), 0) if _short_name(block.text.text) else None
    if cls is not Heading and (cls is not Paragraph or block.number is not None):
        return None
    text = block.text.text
    if not text[:1].isdigit():
        return None
    m = _SUB.match(text)  # (a third level, "3.1.1 ...", is none: legal numbering)
    if m is None or not _short_name(text[m.end():]):
        return None
    return int(m.group(1)), int(m.group(2)), m.end()


def _chapter(block: Any) -> int | None:
    """The number of a numbered chapter heading ("3. Progress by service area"), else None."""
    if block.__class__ is not Paragraph or not (block.number or "").isdigit():
        return None
    return int(block.number) if _short_name(block.text.text) else None


def _names_items(cells: tuple[Cell, ...]) -> bool:
    """Whether a row of short labels names the column of a table's items (role ``text``)."""
    return _names_items_of(tuple(c.text for c in cells))


@by_headers
def _names_items_of(texts: tuple[str, ...]) -> bool:
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    if len(texts) < 2 or any(len(t) > 60 for t in texts) or is_measure_header(texts):
        return False
    known = programme_columns()
    return any(header_role(" ".join(t.lower().split()).strip(" :"), known) == "text"
               for t in texts)


def _actions_table(block: Any) -> bool:
    if block.__class__ is not Table:
        return False
    return _names_items(block.header or (block.rows[0] if block.rows else ()))


def _areas(blocks: list[Any], tables: list[int]) -> dict[int, tuple[int, int, int]] | None:
    """The sub-headings over tables of actions, by place, when they number the areas of one
    chapter 1, 2, ... in order; None otherwise."""
    found: dict[int, tuple[int, int, int]] = {}
    for t in tables:
        if not _actions_table(blocks[t]):
            continue
        for k in range(t - 1, max(t - 1 - _LOOK_BACK, -1), -1):
            block = blocks[k]
            if block.__class__ is Table:
                break
            sub = _sub_heading(block)
            if sub is not None:
                found[k] = sub
                break
    chapters = {sub[0] for sub in found.values()}
    if len(found) < 2 or len(chapters) != 1:
        return None
    chapter = chapters.pop()
    # every sub-heading of the chapter (an area with no table of actions too), from the
    # first to the next chapter
    first, end = min(found), max(found) + 1
    while end < len(blocks) and _chapter(blocks[end]) is None:
        end += 1
    every = {k: sub for k in range(first, end) if (sub := _sub_heading(blocks[k]))
             and sub[0] == chapter}
    numbers = [sub[1] for _, sub in sorted(every.items())]
    return every if numbers == list(range(1, len(numbers) + 1)) else None


def _list_runs(blocks: list[Any]) -> set[int]:
    """The places of numbered paragraphs that are a list: a run numbered 1, 2, ... right
    after a line ending with a colon ("The priorities are:")."""
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if block.__class__ is not Paragraph or block.number != "1" or i == 0 or \
                blocks[i - 1].__class__ not in (Paragraph, Heading) or \
                not blocks[i - 1].text.text.rstrip().endswith(":"):
            continue
        k, expected = i, 1
        while k < len(blocks) and blocks[k].__class__ is Paragraph and \
                blocks[k].number == str(expected):
            out.add(k)
            k, expected = k + 1, expected + 1
    return out


def service_area_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a service plan whose chapter holds numbered sub-headings over tables
    of actions, read as sections numbered by the sub-headings (see the module's text);
    None when the paper is not such a paper."""
    tables = [i for i, b in enumerate(blocks) if b.__class__ is Table]
    if len(tables) < 2:
        return None
    areas = _areas(blocks, tables)
    if areas is None:
        return None
    first = min(areas)
    chapter = next(iter(areas.values()))[0]
    parent = next((k for k in range(first - 1, -1, -1) if _chapter(blocks[k]) == chapter), None)
    if parent is None:
        return None
    listed = _list_runs(blocks)
    return _rebuilt(blocks, areas, parent, listed)


def _rebuilt(blocks: list[Any], areas: dict[int, tuple[int, int, int]], parent: int,
             listed: set[int]) -> list[Any]:
    """The blocks with the areas as numbered sections (see :func:`service_area_sections`)."""
    out: list[Any] = []
    last = max(areas)
    after = len(areas)  # the number of the last section so far
    for i, block in enumerate(blocks):
        cls = block.__class__
        if i in areas:
            _, number, start = areas[i]
            out.append(Paragraph(block.text.slice(start, len(block.text.text)), str(number),
                                 block.location))
        elif i in listed:
            out.append(ListItem(block.text, f"{block.number}.", "number", block.number, 0,
                                block.location))
        elif i == parent or (i < parent and _chapter(block) is not None):
            out.append(Heading(block.text, 2, None, block.location))
        elif i > last and _chapter(block) is not None:
            after += 1
            out.append(Paragraph(block.text, str(after), block.location))
        elif cls is Paragraph and block.number is not None and i < last:
            out.append(Paragraph(block.text, None, block.location))  # (prose, no section)
        elif cls is Table and i > parent:
            out.extend(split_table(_with_header(block)))
        elif i > parent and cls is Paragraph and _short_name(block.text.text) and \
                i + 1 < len(blocks) and blocks[i + 1].__class__ is Table:
            out.append(ThemeText(block.text, None, block.location))  # "Key actions"
        else:
            out.append(block)
    return out


def _with_header(table: Table) -> Table:
    """The table, with its first row as its header when it has none and that row is short
    labels (no £ amount, no full stop at their end) over a row of £ amounts.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph
    >>> def row(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> table = Table((), (row("Grant (2025-26)", "Allocation"), row("Digital grant", "£5,000")))
    >>> _with_header(table).header_text, len(_with_header(table).rows)
    (['Grant (2025-26)', 'Allocation'], 1)
    """
    rows = table.rows
    if table.header or len(rows) < 2 or len(rows[0]) < 2:
        return table
    labels = [c.text for c in rows[0]]
    if any(not t or len(t) > 60 or "£" in t or t.endswith(".") for t in labels) or \
            not any("£" in c.text for c in rows[1]):
        return table
    return Table(rows[0], rows[1:], table.location)
