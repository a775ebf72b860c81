"""Programme interpreter: a grant claim narrative, one section per grant it claims for.

A grant-funded programme's quarterly claim to its funder (the WLGA's claim to the Welsh
Government) numbers no paragraph. After a claim summary table (``Grant | Award letter ref.
| Award 2025-26 (£) | Claimed to date (£)``, read for its grants by :mod:`.grant_claims`)
it prints one section per grant, headed "Grant 1: name" (or "Award 2 – name": list
``grant label`` of ``data/raw/programme_words.csv``), each holding

- a **spend table** of £ columns (``Cost heading | Budget 2025-26 (£) | Spend to 30
  September (£) | Forecast outturn (£) | Variance (£)``, a Total row, negative variances):
  finance, not progress. A table with two columns or more named by list ``finance column``
  (:func:`is_finance_header`) holds no items: its header and rows are kept as lines of text
  (:func:`finance_line`, cells joined by " | ") in the paragraphs table;
- a **milestones table** (``Milestone | Due | Status``): the grant's items, its rows read
  as any progress table's (text, status, timing, partners by column);
- part labels ("Spend to date", "Milestones", "Narrative", "Risks and issues") and the
  narrative and risks paragraphs or bullets: text, no section and no item.

So each grant heading is read as the numbered section heading it stands for ("1.
Improvement and Support Grant"). The last grant's section ends at a heading that is no part
label ("Declaration": a part label is a line printed in two grant sections or more); it is
read as the next numbered section heading, and what follows it (the certificate, the
"Signed:" and "Date:" lines) as text. A table whose header the reader did not find has its
first row as header when that row names known columns or a claim's award column.

Examples
--------
>>> from wlga_analysis.read.text import read_text_lines
>>> lines = ["Grant 1: Skills Grant", "Spend to date",
...          "Cost heading\\tBudget (£)\\tSpend (£)\\tVariance (£)",
...          "Staff\\t900\\t400\\t0", "Milestones", "Milestone\\tDue\\tStatus",
...          "Tutors hired\\tMay 2026\\tAchieved", "Narrative", "All four tutors are in post.",
...          "Grant 2: Data Grant", "Spend to date",
...          "Cost heading\\tBudget (£)\\tSpend (£)\\tVariance (£)", "Staff\\t50\\t20\\t0",
...          "Milestones", "Milestone\\tDue\\tStatus", "Hub built\\tJune 2026\\tOn track",
...          "Narrative", "The hub is half built.", "Declaration", "I certify the claim.",
...          "Signed:\\tTreasurer"]
>>> blocks = claim_sections(read_text_lines(lines, exact=True).blocks)
>>> [(b.number, b.text.text) for b in blocks if type(b).__name__ == "Paragraph"]
[('1', 'Skills Grant'), ('2', 'Data Grant'), ('3', 'Declaration')]
>>> [b.text.text for b in blocks if type(b).__name__ == "ThemeText"][1:3]
['Cost heading | Budget (£) | Spend (£) | Variance (£)', 'Staff | 900 | 400 | 0']
>>> [b.header_text for b in blocks if type(b).__name__ == "Table"]
[['Milestone', 'Due', 'Status'], ['Milestone', 'Due', 'Status']]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.measures import (
    _names_columns,
    repeated_labels,
    split_table,
)
from wlga_analysis.interpret.programme.sections import _heading_shaped
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Heading, Inline, Location, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["claim_sections", "finance_line", "grant_section_label", "is_finance_header"]

#: The longest header cell of a table.
_LABEL_MAX = 60


@lru_cache(maxsize=8)
def _label_pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["grant label"]
    label = "|".join(f"(?:{w})" for w in words) or "(?!)"
    return compile_regex(rf"(?i)(?:{label})[ \t]++(\d{{1,2}})[ \t]*+[:.\u2013\u2014-][ \t]*+"
                         r"(\S.*)")


@lru_cache(maxsize=8)
def _finance_pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["finance column"]
    return compile_regex(rf"(?i)\b(?:{'|'.join(f'(?:{w})' for w in words) or '(?!)'})\b")


def grant_section_label(text: str) -> tuple[str, int] | None:
    """The section number a grant's heading gives and where its name starts, or None.

    Examples
    --------
    >>> grant_section_label("Grant 2: Scrutiny Development Grant")
    ('2', 9)
    >>> grant_section_label("Grants for 2025-26") is None
    True
    """
    m = _label_pattern(file_identity(config.PROGRAMME_WORDS_FILE)).fullmatch(text.strip())
    return (m.group(1), m.start(2)) if m else None


def is_finance_header(headers: list[str]) -> bool:
    """Whether a table's header names money spent or planned: two columns or more whose
    header holds a word of list ``finance column`` of ``programme_words.csv``.

    Examples
    --------
    >>> is_finance_header(["Cost heading", "Budget (£)", "Spend to date (£)", "Variance"])
    True
    >>> is_finance_header(["Milestone", "Due", "Status"])
    False
    """
    if len(headers) < 2 or any(len(h) > _LABEL_MAX for h in headers):
        return False
    pattern = _finance_pattern(file_identity(config.PROGRAMME_WORDS_FILE))
    return sum(pattern.search(h) is not None for h in headers) >= 2


def _head(table: Table) -> list[str]:
    """The texts of a table's header, else of its first row."""
    cells = table.header or (table.rows[0] if table.rows else ())
    return [c.text for c in cells]


def _is_items_table(block: Any) -> bool:
    if block.__class__ is not Table:
        return False
    cells = block.header or (block.rows[0] if block.rows else ())
    return _names_columns(cells) and not is_finance_header([c.text for c in cells])


def _labels(blocks: list[Any]) -> dict[int, tuple[str, int]] | None:
    """The grant headings by place, when there is one and each stands over a table of
    items before the next (None otherwise)."""
    labels = {}
    for i, block in enumerate(blocks):
        cls = block.__class__
        if (cls is Paragraph or cls is Heading) and _heading_shaped(block):
            found = grant_section_label(block.text.text)
            if found is not None:
                labels[i] = found
    if not labels:
        return None
    places = sorted(labels)
    for a, b in zip(places, [*places[1:], len(blocks)], strict=True):
        if not any(_is_items_table(x) for x in blocks[a + 1:b]):
            return None
    return labels


def _end(blocks: list[Any], labels: dict[int, Any], parts: set[str]) -> int:
    """Where the last grant's section ends: at a heading after its last table of items
    that is no part label (with one grant only, a heading at its level or above), else at
    the end."""
    last = max(labels)
    top = blocks[last]
    after = max(i for i in range(last + 1, len(blocks)) if _is_items_table(blocks[i]))
    for i in range(after + 1, len(blocks)):
        block = blocks[i]
        if block.__class__ is Heading and top.__class__ is Heading:
            if block.level <= top.level:
                return i
        elif len(labels) > 1 and block.__class__ is not Table and _heading_shaped(block) \
                and block.text.text.strip().casefold() not in parts:
            return i
    return len(blocks)


def claim_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a grant claim narrative with its grant headings read as numbered
    section headings, part labels and spend tables as text (see the module); None when the
    paper is not one."""
    labels = _labels(blocks)
    if labels is None:
        return None
    parts = repeated_labels(blocks, labels)
    first, end = min(labels), _end(blocks, labels, parts)
    out: list[Any] = []
    for i, block in enumerate(blocks):
        if i in labels:
            number, start = labels[i]
            out.append(Paragraph(block.text.slice(start, len(block.text.text)), number,
                                 block.location))
        elif i == end:
            out.append(Paragraph(block.text, str(len(labels) + 1), block.location))
        elif block.__class__ is Table:  # (in a grant's section, a table of items or text)
            out.extend(_table(block, i > end or (i > first and not _is_items_table(block))))
        elif i < first:
            out.append(block)
        else:  # (a part label, narrative, risks, the certificate: text, no item)
            out.append(ThemeText(block.text, None, block.location))
    return out


def _table(table: Table, closing: bool) -> list[Any]:
    """A table of the claim as blocks: a claim summary with its header found, a spend
    table or a ``closing`` one (after the sections, the signature; in a grant's section,
    any table but one of items) as lines of text, any other as
    :func:`~.measures.split_table` reads it."""
    from wlga_analysis.interpret.programme.grant_claims import award_columns

    head = _head(table)
    if award_columns(head):
        if table.header:
            return [table]
        return [Table(table.rows[0], table.rows[1:], table.location)]
    if closing or is_finance_header(head):
        return [finance_line(cells, table) for cells in
                ((table.header,) if table.header else ()) + tuple(table.rows)]
    return split_table(table)


def finance_line(cells: tuple[Cell, ...], table: Table) -> ThemeText:
    """A line of a spend table (its header or a row, cells joined by " | "): kept in the
    paragraphs table as text, never an item (a part of the section, as its labels are:
    :func:`~.common.after_group_labels` looks past it)."""
    text = " | ".join(c.text for c in cells if c.text)
    at = cells[0].location if cells else table.location
    return ThemeText(Inline(text), None, Location(
        line=at.line if at.line is not None else table.location.line))
