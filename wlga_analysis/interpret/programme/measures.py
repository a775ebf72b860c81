"""Programme interpreter: labelled sections over tables of actions and tables of measures.

A delivery plan's quarterly report prints, under each "Objective N: name" heading, a table
of its actions (refs numbered by the objective, "O1.A1", "P2.C3") and beside it a table of
its measures (key performance indicators: ``Measure | Baseline 2024-25 | Target 2025-26 |
Q1 | Q2 | RAG``), often under un-numbered labels ("Actions", "Key performance indicators")
repeated in every section; the objectives are also listed 1-N before them. Read so:

- the numbered lines before the first labelled heading are a **list** (the objectives'
  names), not numbered paragraphs: the paper numbers no paragraph, and each labelled
  heading is read as the numbered section heading it stands for (as :mod:`.sections` does);
- a heading or line printed under **every** section ("Actions") is a label of the section's
  parts (:class:`~.themes.ThemeText`), not a section of its own;
- a table whose header names **measures** (two columns or more of list ``measure column``
  of ``data/raw/programme_words.csv``: "Measure", "Indicator", "Baseline", "Target",
  "Actual") holds no items: its title, header and rows are kept as lines of kind
  ``measure`` in the paragraphs table (:class:`MeasureRow`), with a data-quality note a
  table (:func:`with_measure_notes`); a table run that prints the measures after the
  actions (a web page's aside, a PDF's tables side by side) is split at the measures'
  header, a title row before it ("Key performance indicators") going with them;
- a table's first row of short labels naming known columns ("Ref | Action | Lead | Due |
  Status | Quarter 2 update") is its header, when the reader found none;
- a list after the last labelled section (a web page's "Related" links) holds no items;
- an item's printed ref that names its section ("O2.A3" in section 2) is its id
  (:func:`printed_ref`).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> from wlga_analysis.read.text import read_text_lines
>>> lines = ["Objectives:", "", "1. Leadership", "2. Data", "", "Objective 1: Leadership", "",
...          "Ref\\tAction\\tLead\\tDue\\tStatus", "O1.A1\\tA plan.\\tWLGA\\tMay 2026\\tComplete",
...          "Measure\\tBaseline\\tTarget\\tRAG", "Staff trained\\t0\\t20\\tGreen", "",
...          "Objective 2: Data", "", "Ref\\tAction\\tLead\\tDue\\tStatus",
...          "O2.A1\\tA hub.\\tWLGA\\tJune 2026\\tOn track"]
>>> blocks = labelled_table_sections(read_text_lines(lines, exact=True).blocks)
>>> [(type(b).__name__, getattr(b, "number", None)) for b in blocks][1:5]
[('ListItem', '1'), ('ListItem', '2'), ('PriorityHeading', '1'), ('Table', None)]
>>> [type(b).__name__ for b in blocks][5:]
['MeasureRow', 'MeasureRow', 'PriorityHeading', 'Table']
>>> blocks[4].header_text
['Ref', 'Action', 'Lead', 'Due', 'Status']
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.interpret.programme.indicator_lists import (
    continued_labels,
    measure_list_items,
    measured_sections,
)
from wlga_analysis.interpret.programme.printed_refs import plain_ref
from wlga_analysis.interpret.programme.sections import (
    _after_last_section,
    _heading_shaped,
    labelled_heading,
    section_label,
)
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Inline, ListItem, Location, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MEASURES_NOTE", "MeasureRow", "is_measure_header", "labelled_table_sections",
           "names_measures", "printed_ref", "repeated_labels", "row_ref", "with_measure_notes"]

#: The check of the data-quality note on a table of measures.
MEASURES_NOTE = "measures not items"
#: A year or quarter a header names ("Baseline 2024-25", "Target (2025/26)", "Q2").
_PERIOD = LazyPattern(r"\(?\b(?:(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?|Q[1-4])\b\)?")
#: A ref numbered by its section: letters, the section's number, a stop, letters, a number
#: ("O1.A3", "P2.C1", "SO3.4", "D1-2").
_REF = LazyPattern(r"[A-Za-z]{1,3}[ ]?(\d{1,2})[.\-/][A-Za-z]{0,3}\d{1,3}[a-z]?")
#: The longest text of a header cell, and of a line listing a name.
_LABEL_MAX, _NAME_MAX = 60, 120


class MeasureRow(ThemeText):
    """A line of a table of measures (its title, header or a row, cells joined by " | "):
    kept in the paragraphs table as kind ``measure``, never an item."""


# ---------------------------------------------------------------------------- measures
@lru_cache(maxsize=8)
def _measure_words(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["measure column"]
    return compile_regex("|".join(f"(?:{w})" for w in words) or "(?!)", re.IGNORECASE)


def is_measure_header(headers: list[str]) -> bool:
    """Whether a table's header names measures: two columns or more whose header, its
    year or quarter aside, is a word of list ``measure column`` of ``programme_words.csv``.

    Examples
    --------
    >>> is_measure_header(["Measure", "Baseline 2024-25", "Target 2025-26", "Q1", "RAG"])
    True
    >>> is_measure_header(["Ref", "Action", "Lead", "Target date", "Status"])
    False
    """
    return len(headers) >= 2 and _names_measures(tuple(headers))


def names_measures(text: str) -> bool:
    """Whether ``text`` is wholly a word of list ``measure column`` ("Population indicators").

    Examples
    --------
    >>> names_measures("Population indicators"), names_measures("What we will do next")
    (True, False)
    """
    pattern = _measure_words(file_identity(config.PROGRAMME_WORDS_FILE))
    return pattern.fullmatch(" ".join(text.split())) is not None


@by_headers
def _names_measures(headers: tuple[str, ...]) -> bool:
    pattern = _measure_words(file_identity(config.PROGRAMME_WORDS_FILE))
    found = 0
    for header in headers:
        if len(header) > _LABEL_MAX:
            return False
        plain = " ".join(_PERIOD.sub(" ", header).split()).strip(" :")
        found += bool(plain) and pattern.fullmatch(plain) is not None
    return found >= 2


def with_measure_notes(parsed: Any) -> Any:
    """The parse with a data-quality note for each run of lines of kind ``measure`` in its
    paragraphs table (one table of measures: no items, kept there only).

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace as P
    >>> rows = pd.DataFrame({"paragraph": [1, 1], "kind": ["measure", "measure"],
    ...                      "text": ["Measure | Target", "Staff trained | 20"],
    ...                      "source_line": [7, 8]})
    >>> parsed = P(paragraphs=rows, issues=(), metadata={"path": "plan.md"})
    >>> with_measure_notes(parsed) is parsed  # (a plain namespace is returned as it is)
    True
    """
    kinds = parsed.paragraphs["kind"]
    if not (kinds == "measure").any() or not dataclasses.is_dataclass(parsed):
        return parsed
    from wlga_analysis.quality import Issue, document_name

    name = document_name(parsed.metadata["path"])
    notes, run = [], []
    frame = parsed.paragraphs
    for kind, text, line, paragraph in zip(kinds, frame["text"], frame["source_line"],
                                           frame["paragraph"], strict=True):
        if kind == "measure":
            run.append((text, line, paragraph))
            continue
        if run:
            notes.append(_note(name, run, Issue))
            run = []
    if run:
        notes.append(_note(name, run, Issue))
    return dataclasses.replace(parsed, issues=(*parsed.issues, *notes))


def _note(name: str, run: list[tuple[str, int, Any]], issue: Any) -> Any:
    text, line, paragraph = run[0]
    section = "" if paragraph is None or paragraph != paragraph else str(int(paragraph))
    return issue(name, "paragraphs", MEASURES_NOTE, section, int(line),
                 f"a table of measures ({text[:60]!r}, {len(run)} lines) is read as "
                 "indicators, not progress: its rows are no items and are kept in the "
                 "paragraphs table only (kind 'measure')")


# ------------------------------------------------------------------------------ refs
def printed_ref(number: str | None, section: int | None) -> str | None:
    """A printed ref that names its section ("O2.A3" of section 2), else None (a plain
    number is placed by its position, see :func:`~.items.item_key`).

    Examples
    --------
    >>> printed_ref("O2.A3", 2), printed_ref("O2.A3", 3), printed_ref("2.3", 2)
    ('O2.A3', None, None)
    """
    if not number or section is None or not number[:1].isalpha():
        return None
    m = _REF.fullmatch(number)
    return number if m is not None and int(m.group(1)) == section else None


def row_ref(row: Any) -> str | None:
    """The printed number of a progress row: a list item's, else a table row's first cell
    when it is a ref that names its section ("O1.A2").

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> row_ref(R(number=None, paragraph=1, cells={"Ref": "O1.A2", "Action": "A plan"}))
    'O1.A2'
    >>> row_ref(R(number="3.1", paragraph=3, cells=None))
    '3.1'
    >>> row_ref(R(number=None, paragraph=3, cells={})) is None  # (a header-less table's row)
    True
    """
    if not row.cells or row.number:  # (a list item: most rows)
        return row.number
    first = next(iter(row.cells.values()))
    return printed_ref(first.strip(), row.paragraph) or plain_ref(row.cells)  # ("A17")


# -------------------------------------------------------------------------- sections
def _is_listed_name(block: Any) -> bool:
    text = block.text.text
    return 0 < len(text) <= _NAME_MAX and text[-1] not in ".:"


def _labels(blocks: list[Any]) -> dict[int, tuple[str, int]] | None:
    """The labelled headings by place, when there are two or more and every numbered
    paragraph stands before the first and is a short name (a list); None otherwise (one
    pass, left at the first numbered paragraph of prose: most papers number theirs)."""
    labels = {}
    for i, block in enumerate(blocks):
        if _is_numbered(block):
            if labels or not _is_listed_name(block):
                return None
        elif _heading_shaped(block):
            found = section_label(block.text.text)
            if found is not None:
                labels[i] = found
    return labels if len(labels) >= 2 else None


def _is_numbered(block: Any) -> bool:
    """A numbered paragraph, or an item of a numbered list ("1.1 To report ...")."""
    cls = block.__class__
    return (cls is Paragraph or (cls is ListItem and block.kind == "number")) \
        and block.number is not None


def _holds_items_table(blocks: list[Any], start: int, end: int) -> bool:
    """Whether a table of items stands in ``blocks[start:end]``: one whose header (or first
    row, when the reader found no header) names known columns, or measures (not a form's
    "Label | value" rows)."""
    for block in blocks[start:end]:
        if block.__class__ is Table:
            head = block.header or (block.rows[0] if block.rows else ())
            if _names_columns(head) or is_measure_header(_texts(head)):
                return True
    return False


def repeated_labels(blocks: list[Any], labels: dict[int, Any]) -> set[str]:
    """The texts (case-folded) of the heading-shaped lines printed in two labelled sections
    or more (``labels``: the blocks that open a section): part labels such as "Actions" or
    "Spend to date", printed under every section, not sections of their own.

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline
    >>> blocks = [Heading(Inline(t), 2) for t in ("Objective 1: Homes", "Actions",
    ...                                           "Objective 2: Jobs", "Actions")]
    >>> repeated_labels(blocks, {0: "1", 2: "2"})
    {'actions'}
    """
    seen: dict[str, set[int]] = {}
    section = None
    for i, block in enumerate(blocks):
        if i in labels:
            section = i
        elif section is not None and _heading_shaped(block) and block.__class__ is not Table:
            seen.setdefault(block.text.text.strip().casefold(), set()).add(section)
    return {text for text, sections in seen.items() if len(sections) > 1}


def labelled_table_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper whose labelled headings ("Objective 2: ...") each stand over
    a table, its sections numbered by the labels, the list of their names before them
    read as a list, repeated part labels as :class:`~.themes.ThemeText` and its tables of
    measures as :class:`MeasureRow` lines; None when the paper is not such a paper."""
    labels = _labels(blocks)  # (left early in a paper that numbers its paragraphs)
    if labels is None:
        return None
    labels, repeats = continued_labels(blocks, labels)  # ("... (continued)": .indicator_lists)
    if len(labels) < 2:
        return None
    places = sorted(labels)
    ends = [*places[1:], len(blocks)]
    if not all(_holds_items_table(blocks, a + 1, b) for a, b in zip(places, ends, strict=True)):
        return None
    parts = repeated_labels(blocks, labels)
    last = blocks[places[-1]]
    measured = measure_list_items(blocks)  # ("Population indicators" bullets: .indicator_lists)
    out: list[Any] = []
    heads = measured_sections(places, ends, measured)  # (.indicator_lists)
    for i, block in enumerate(blocks):
        if i in labels:  # (a "Priority 2: ..." label: a priority's heading)
            out.append(labelled_heading(block, *labels[i], heads_items=i in heads
                                        or _context_then_table(blocks, i + 1)))
        elif i < places[0]:
            out.append(_listed(block))
        elif block.__class__ is Table:
            out.extend(split_table(block))
        elif i in measured:
            out.append(MeasureRow(block.text, None, block.location))
        elif i in repeats or (_heading_shaped(block)
                              and block.text.text.strip().casefold() in parts):
            out.append(ThemeText(block.text, None, block.location))
        elif i > places[-1]:
            out.append(_after_the_sections(blocks, i, last, out))
        else:
            out.append(block)
    return out


def _context_then_table(blocks: list[Any], start: int) -> bool:
    """Whether a labelled heading's items table follows a sentence or two of context
    (un-numbered paragraphs): the heading still heads the table's items."""
    for context, block in enumerate(blocks[start:start + 3]):
        if block.__class__ is Table:
            return context > 0 and _holds_items_table(blocks, start + context, start + context + 1)
        if block.__class__ is not Paragraph or block.number is not None:
            return False
    return False


def _after_the_sections(blocks: list[Any], i: int, last: Any, out: list[Any]) -> Any:
    """A block after the last labelled section: a heading there opens the next section
    (:func:`~.sections._after_last_section`: "Funding", a web page's "Related" links); a
    list in such a section is no objective's: its items are lines of text, no items."""
    block = blocks[i]
    if block.__class__ is ListItem and any(
            b.__class__ is Paragraph and b.number is not None and b.location.line is not None
            and b.location.line > last.location.line for b in out[-40:]):
        return ThemeText(block.text, None, block.location)
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return _after_last_section(block, last, nxt, out)


def _listed(block: Any) -> Any:
    """A numbered name before the first labelled heading, read as an item of a list."""
    if block.__class__ is not Paragraph or block.number is None:
        return block
    return ListItem(block.text, f"{block.number}.", "number", block.number, 0, block.location)


# ---------------------------------------------------------------------------- tables
def _texts(cells: tuple[Cell, ...]) -> list[str]:
    return [c.text for c in cells]


def _names_columns(cells: tuple[Cell, ...]) -> bool:
    """A row of short labels, two or more of them names of known columns (see
    ``programme_columns.csv``): a header the reader did not find."""
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    texts = _texts(cells)
    if len(texts) < 2 or any(not t or len(t) > _LABEL_MAX or t.endswith(".") for t in texts):
        return False
    known = programme_columns()
    roles = {header_role(" ".join(t.lower().split()).strip(" :"), known) for t in texts}
    return len(roles - {"other"}) >= 2


def _title_row(cells: tuple[Cell, ...]) -> bool:
    """A row whose only text is its first cell's (a title spanning the table)."""
    return bool(cells) and bool(cells[0].text) and not any(c.text for c in cells[1:])


def split_table(table: Table) -> list[Any]:
    """A table as blocks: its header found in its first row when the reader found none,
    split at a header of measures inside it, each table of measures as
    :class:`MeasureRow` lines (a title row before the measures' header going with them).

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def row(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
    >>> blocks = split_table(Table((), (row("Action", "Status"), row("A plan.", "Done"),
    ...                                 row("KPIs", ""), row("Measure", "Target"),
    ...                                 row("Staff", "20"))))
    >>> [type(b).__name__ for b in blocks], blocks[0].header_text
    (['Table', 'MeasureRow', 'MeasureRow', 'MeasureRow'], ['Action', 'Status'])
    >>> [b.text.text for b in blocks[1:]]
    ['KPIs', 'Measure | Target', 'Staff | 20']
    """
    header, rows = table.header, list(table.rows)
    if not header and rows and (is_measure_header(_texts(rows[0])) or _names_columns(rows[0])):
        header, rows = rows[0], rows[1:]
    pieces: list[tuple[tuple[Cell, ...], list[tuple[Cell, ...]], Any]] = []
    current: list[tuple[Cell, ...]] = []
    title = None
    for cells in rows:
        if len(cells) > 1 and len(cells[0].text) <= _LABEL_MAX and \
                is_measure_header(_texts(cells)):
            lead = current.pop() if current and _title_row(current[-1]) else None
            pieces.append((header, current, title))
            header, current, title = cells, [], lead
            continue
        current.append(cells)
    pieces.append((header, current, title))
    if len(pieces) == 1 and header is table.header and not is_measure_header(_texts(header)):
        return [table]  # (as the reader read it)
    out: list[Any] = []
    for head, body, lead in pieces:
        if not head and not body:
            continue
        if is_measure_header(_texts(head)):
            out.extend(_measure_rows(head, body, lead, table))
        else:
            at = head[0].location if head else table.location
            out.append(Table(head, tuple(body), Location(
                line=at.line if at.line is not None else table.location.line,
                table=table.location.table)))
    return out


def _measure_rows(head: tuple[Cell, ...], body: list[tuple[Cell, ...]], lead: Any,
                  table: Table) -> list[MeasureRow]:
    out = []
    for cells in ([lead] if lead is not None else []) + [head, *body]:
        text = " | ".join(t for t in _texts(cells) if t)
        at = cells[0].location if cells else table.location
        out.append(MeasureRow(Inline(text), None, Location(
            line=at.line if at.line is not None else table.location.line)))
    return out

