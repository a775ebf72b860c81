"""Programme interpreter: a grant offer letter with schedules, its approved activities the items.

A funder's offer letter (the Welsh Government's offer of a grant to the WLGA) is a letter,
then numbered schedules headed "Schedule 1: Approved purposes", "Schedule 2: Payment
profile", "Schedule 3: Monitoring and reporting", "Schedule 4: Specific conditions". The
work the grant pays for is printed in the schedule of approved purposes, as tables of
activities (``Ref | Approved activity | Delivered with | Completion date | Grant``), one
table per purpose under a labelled sub-heading ("Purpose 1: Improvement support to
councils"). Read so:

- a **table of activities** is a table in a schedule whose header names an item column
  (role ``text`` of ``data/raw/programme_columns.csv``: "Approved activity", "Project",
  "Deliverable"), no quarter column and at most one column of £ amounts: its rows are the
  items, read as any progress table's (text, partners, timing by column);
- the **sections** are the labelled sub-headings over those tables ("Purpose 1: ...",
  "Strand 2 – ...": a word or two, a number of one or two figures and a separator), each read
  as the numbered section heading "1. ..." it stands for; a table of activities under no such
  sub-heading has its schedule's heading as its section, numbered in reading order;
- everything else from the first schedule on is **text, no item**: the schedule headings, a
  payment profile (its £ columns by quarter), a monitoring table (``Return | Due by``), the
  specific conditions (numbered "1.1", "2.1" like the activities, but obligations of the
  recipient with no funding or date) and a web page's related links; a table's lines are
  kept with their cells joined by " | " (:func:`~.claims.finance_line`);
- the letter before the first schedule is the front matter (its date, its subject line the
  title); a numbered paragraph of the letter is text, no section.

A paper is read so when it prints two schedule headings or more ("Schedule 1", "Schedule
B"; list ``schedule heading`` of ``data/raw/programme_words.csv``) and one of them holds a
table of activities; every other paper is left to the other rules.

Examples
--------
>>> from wlga_analysis.read.text import read_text_lines
>>> lines = ["Dear Director,", "", "We offer you a grant of £50,000.", "",
...          "Schedule A: Approved projects", "", "Strand 1 – Digital councils", "",
...          "No.\\tProject\\tPartner\\tEnd date\\tAmount", "1.1\\tBuild a hub.\\tJisc\\t"
...          "March 2027\\t£50,000", "", "Schedule B: Conditions", "",
...          "1. Use of the grant", "", "1.1 The grant must be used for the projects."]
>>> blocks = offer_sections(read_text_lines(lines, exact=True).blocks)
>>> [(type(b).__name__, getattr(b, "number", None), b.text.text if hasattr(b, "text") else
...   b.header_text) for b in blocks][2:]  # doctest: +NORMALIZE_WHITESPACE
[('ThemeText', None, 'Schedule A: Approved projects'), ('Paragraph', '1', 'Digital councils'),
 ('FieldsTable', None, ['No.', 'Project', 'Partner', 'End date', 'Amount']),
 ('ThemeText', None, 'Schedule B: Conditions'), ('ThemeText', None, '1. Use of the grant'),
 ('ThemeText', None, '1.1 The grant must be used for the projects.')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.sections import _heading_shaped, section_label
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["activity_table", "offer_sections", "schedule_heading"]

#: A labelled sub-heading: a word or two, a number of one or two figures, a separator, a name.
_LABELLED = LazyPattern(r"(?:[A-Z][a-z]+)(?: [A-Za-z][a-z]+)?[ \t]++(\d{1,2})[ \t]*+"
                          r"[:.\u2013\u2014-][ \t]*+(\S.*)")

#: A £ amount, or the "-" or "nil" of a table of amounts.
_AMOUNT = LazyPattern(r"(?:£[\d,.]+(?:\s*[km]\b)?|-|\u2013|nil)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _schedule_pattern(identity: tuple[str, int, int]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    words = load_programme_words(identity[0]).get("schedule heading", [])
    label = "|".join(f"(?:{w})" for w in words) or "(?!)"
    starts = tuple(w.split("\\")[0].split("(")[0].casefold() for w in words)
    return compile_regex(rf"(?i)(?:{label})[ \t]++(?:\d{{1,2}}|[A-H])\b[ \t]*+"
                         r"(?:[:.\u2013\u2014-][ \t]*+(\S.*))?"), starts


def schedule_heading(text: str) -> bool:
    """Whether a line is a schedule's heading ("Schedule 2: Payment profile", "Schedule B").

    Examples
    --------
    >>> schedule_heading("Schedule 2: Payment profile"), schedule_heading("Schedule B")
    (True, True)
    >>> schedule_heading("Schedule of rates for 2025-26")
    False
    """
    pattern, starts = _schedule_pattern(file_identity(config.PROGRAMME_WORDS_FILE))
    return text[:12].casefold().startswith(starts) and pattern.fullmatch(text.strip()) is not None


def _money_columns(table: Table) -> int:
    """How many columns hold £ amounts (or nil) in every row that fills them, one at least."""
    rows = table.rows
    count = 0
    for k in range(len(table.header)):
        cells = [r[k].text for r in rows if k < len(r) and r[k].text]
        if cells and any("£" in c for c in cells) and all(_AMOUNT.fullmatch(c) for c in cells):
            count += 1
    return count


def activity_table(table: Table) -> bool:
    """Whether a table is one of activities: its header names an item column, no quarter
    column, and at most one of its columns holds £ amounts.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def row(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> activity_table(Table(row("Ref", "Approved activity", "Grant"),
    ...                      (row("1.1", "Peer challenges.", "£9,000"),)))
    True
    >>> activity_table(Table(row("Activity", "Q1", "Q2", "Total"),
    ...                      (row("Peer challenges", "£1", "-", "£1"),)))
    False
    """
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    if not table.header or not table.rows:
        return False
    known = programme_columns()
    roles = {header_role(" ".join(c.text.casefold().split()).strip(" :"), known)
             for c in table.header}
    if "text" not in roles or "quarter" in roles or "risk" in roles:
        return False
    return _money_columns(table) <= 1


def _schedules(blocks: list[Any]) -> list[int] | None:
    """The places of the schedule headings, when there are two or more."""
    if Table not in set(map(type, blocks)):  # (no table of activities: most papers)
        return None
    starts = _schedule_pattern(file_identity(config.PROGRAMME_WORDS_FILE))[1]
    initials = "".join({w[:1] for w in starts} | {w[:1].upper() for w in starts})
    if not initials:
        return None
    found = [i for i, b in enumerate(blocks)  # (classes, then the first letter)
             if (b.__class__ is Heading or b.__class__ is Paragraph)
             and b.text.text[:1] in initials and b.number is None and _heading_shaped(b)
             and schedule_heading(b.text.text)]
    return found if len(found) >= 2 else None


def _label(block: Any) -> tuple[str, str] | None:
    """(number, name) of a labelled sub-heading ("Purpose 1: Data"), else None."""
    cls = block.__class__
    if (cls is not Heading and cls is not Paragraph) or block.number is not None \
            or not _heading_shaped(block):
        return None
    text = block.text.text.strip()
    found = section_label(text)
    if found is not None:
        return found[0], text[found[1]:]
    m = _LABELLED.fullmatch(text)
    return (m.group(1), m.group(2)) if m else None


def _sections(blocks: list[Any], schedules: list[int]) -> dict[int, tuple[str, str]] | None:
    """The section headings by place: each table of activities' labelled sub-heading within
    its schedule, else its schedule's heading; None when no schedule holds such a table."""
    bounds = [*schedules, len(blocks)]
    out: dict[int, tuple[str, str]] = {}
    count = 0
    for a, b in pairwise(bounds):
        labelled: int | None = None
        for i in range(a + 1, b):
            block = blocks[i]
            if block.__class__ is not Table:
                labelled = i if _label(block) is not None else labelled
                continue
            if not activity_table(block):
                continue
            at = labelled if labelled is not None else a
            if at not in out:
                count += 1
                label = _label(blocks[at]) if at == labelled else None
                name = label[1] if label else _schedule_name(blocks[at].text.text)
                out[at] = (label[0] if label else str(count), name)
    return out or None


def _schedule_name(text: str) -> str:
    """A schedule heading's name after its label ("Approved purposes"), else the heading."""
    m = _schedule_pattern(file_identity(config.PROGRAMME_WORDS_FILE))[0].fullmatch(text.strip())
    return (m.group(1) if m and m.group(1) else text).strip()


def offer_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a grant offer letter with schedules read as a paper of numbered sections
    over tables of activities (see the module); None when the paper is not one."""
    schedules = _schedules(blocks)
    if schedules is None:
        return None
    first = schedules[0]
    sections = _sections(blocks, schedules)
    if sections is None:
        return None
    from wlga_analysis.interpret.programme.status_bullets import FieldsTable

    out: list[Any] = []
    current = None
    for i, block in enumerate(blocks):
        if i in sections:
            number, name = sections[i]
            out.append(Paragraph(Inline(name), number, block.location))
            current = i
        elif i < first:
            out.append(_letter_block(block))
        elif block.__class__ is Table:
            if current is not None and activity_table(block) and _in_section(i, current,
                                                                              schedules):
                # (a purpose's heading names a priority, a schedule's none: .heading_priorities)
                out.append(block if current in schedules else
                           FieldsTable.of(block, blocks[current].location.line))
            else:
                out.extend(_table_lines(block))
        else:
            out.append(_text(block))
    return out


def _in_section(i: int, section: int, schedules: list[int]) -> bool:
    """Whether no schedule heading stands between a section's heading and place ``i``."""
    return not any(section < s < i for s in schedules)


def _letter_block(block: Any) -> Any:
    """A block of the letter: as it is, a numbered paragraph or list item as text."""
    cls = block.__class__
    if cls is Table or (cls is not ListItem and getattr(block, "number", None) is None):
        return block
    return _text(block)


def _text(block: Any) -> ThemeText:
    """A block as a line of text, no item (its printed number kept before its text)."""
    number = getattr(block, "number", None)
    text = block.text
    if number is not None and block.__class__ is not Heading:
        text = Inline(f"{number}{'' if number.endswith('.') else '.'} {text.text}"
                      if "." not in number else f"{number} {text.text}")
    return ThemeText(text, None, block.location)


def _table_lines(table: Table) -> list[Any]:
    """A table of no items as lines of text (cells joined by " | ")."""
    from wlga_analysis.interpret.programme.claims import finance_line

    return [finance_line(cells, table) for cells in
            ((table.header,) if table.header else ()) + tuple(table.rows)]
