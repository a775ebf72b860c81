"""Programme interpreter: a report told month by month (or quarter by quarter).

An annual report or a review of the year can tell its work as a diary: un-numbered headings
that name only a period ("April 2024", "May 2024" ... "March 2025"; or "April to June
2024", "Quarter 1 2024-25"), each over a framing sentence ("Councils set their council tax
for 2025-26.") and bullet highlights ("We published the first all-Wales workforce data
report."). A careful reader takes each period as a section, numbered in reading order, and
each bullet under it as an item of that period; the framing sentence names no work and
stays text, as do the headings before the first period ("Foreword", "About us") and the
paragraphs of a closing heading ("Contact us").

So, in a paper that numbers nothing and has at least :data:`MIN_PERIODS` such headings,
each is read as the numbered section heading it stands for; the items of a section whose
heading names only a period, and that state no timing of their own, take the period's
quarter (:func:`heading_period`, used by
:func:`~wlga_analysis.interpret.programme.layouts.layout_statuses`).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Heading(Inline("Foreword"), 2), Paragraph(Inline("A busy year for us all.")),
...           Heading(Inline("April 2024"), 2), Paragraph(Inline("Budgets were set.")),
...           ListItem(Inline("We published a guide.")),
...           Heading(Inline("May 2024"), 2), ListItem(Inline("We ran a course.")),
...           Heading(Inline("June 2024"), 2), ListItem(Inline("We held a conference."))]
>>> [(type(b).__name__, b.number) for b in period_sections(blocks)][:5]
[('Heading', None), ('Paragraph', None), ('Paragraph', '1'), ('ThemeText', None), \
('ListItem', None)]
>>> period_sections(blocks[:7]) is None
True
>>> heading_period("3. June 2024"), heading_period("3. Workforce")
('June 2024', None)
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Heading, Inline, ListItem, Location, Paragraph, Table
from wlga_analysis.text.dates import MONTH_RE
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MIN_PERIODS", "heading_period", "period_sections"]

#: The fewest period headings that make a paper a diary of its year.
MIN_PERIODS = 3

_YEAR = r"(?:19|20)\d\d"
_FY = rf"{_YEAR}\s*[-–/]\s*(?:{_YEAR}|\d\d)"
#: A heading that names only a period: a month and year, a range of months in a year, a
#: quarter of a financial year ("Quarter 1 2024-25", "Q1 (April to June 2024)").
_PERIOD = compile_regex(
    rf"(?:{MONTH_RE}\s+(?:{_YEAR})"
    rf"|{MONTH_RE}(?:\s+{_YEAR})?\s*(?:to|-|–|—)\s*{MONTH_RE}\s+{_YEAR}"
    rf"|(?:Q|Quarter\s+)[1-4](?:\s*[:,]?\s*(?:{_FY}|\(?{MONTH_RE}(?:\s+{_YEAR})?\s*"
    rf"(?:to|-|–|—)\s*{MONTH_RE}\s+{_YEAR}\)?))+)",
    re.IGNORECASE)
#: A section heading row's printed number ("3. ", "3 ").
_NUMBER = compile_regex(r"\d+\.?\s+")


def _period_text(block: Any) -> str | None:
    """The text of a heading (or a short un-numbered line) that names only a period."""
    if not isinstance(block, (Heading, Paragraph)) or getattr(block, "number", None):
        return None
    text = block.text.text.strip().strip("*_ ").rstrip(":")
    if len(text) > 60 or not text[:1].isalpha():
        return None
    return text if _PERIOD.fullmatch(text) else None


def _is_content(block: Any) -> bool:
    """A list item, a table or a sentence: what stands under a heading, not the next line
    of a table of contents ("April 2024" over "May 2024")."""
    return isinstance(block, (ListItem, Table)) or (
        type(block) is Paragraph and block.text.text.rstrip()[-1:] in (".", "!", "?"))


def period_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper that numbers nothing with each heading naming only a period
    read as a numbered section heading, numbered in reading order (see the module); None
    when the paper numbers a paragraph or has fewer than :data:`MIN_PERIODS` such headings.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks, each period heading replaced by a numbered paragraph of its text.
    """
    if any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    heads = [i for i, b in enumerate(blocks)
             if isinstance(b, (Heading, Paragraph)) and _period_text(b) is not None
             and i + 1 < len(blocks) and _is_content(blocks[i + 1])]
    if len(heads) < MIN_PERIODS:
        return None
    out = list(blocks)
    for number, i in enumerate(heads, 1):
        block = blocks[i]
        out[i] = Paragraph(block.text.strip(), str(number), block.location)
        _frame(out, i + 1)
    return _boxes_as_text(out, heads[0])


def _frame(blocks: list[Any], start: int) -> None:
    """The un-numbered paragraphs between a period heading and its first list or table
    (the month's framing sentence) marked as text of the section, no end of it
    (:class:`~.themes.ThemeText`), in place."""
    k = start
    while k < len(blocks) and type(blocks[k]) is Paragraph and blocks[k].number is None:
        k += 1
    if k == start or k >= len(blocks) or not isinstance(blocks[k], (ListItem, Table)):
        return
    for j in range(start, k):
        blocks[j] = ThemeText(blocks[j].text, None, blocks[j].location)


def _is_box(block: Any) -> bool:
    """A table printing a £ figure."""
    return type(block) is Table and any("£" in c.text for row in block.rows for c in row)


def _box_line(cells: tuple[Any, ...], table: Table) -> ThemeText:
    """A row of a funding box as a line of text: its first words, the other words in
    brackets, then its £ figures ("Core grant (Welsh Government): £940,000")."""
    texts = [c.text for c in cells if c.text]
    words = [t for t in texts if "£" not in t]
    money = ", ".join(t for t in texts if "£" in t)
    text = words[0] + "".join(f" ({t})" for t in words[1:]) if words else ""
    text = f"{text}: {money}" if money and text else text or money
    at = cells[0].location.line if cells and cells[0].location.line is not None \
        else table.location.line
    return ThemeText(Inline(text), None, Location(line=at))


def _boxes_as_text(blocks: list[Any], first: int) -> list[Any]:
    """The blocks with each table after the first period heading that prints a £ figure
    (a box of the year's funding, "Grant | Funder | Amount") as lines of text, one a row
    (:func:`_box_line`): the diary's items are its bullets, the box's lines its grants."""
    out: list[Any] = []
    for i, block in enumerate(blocks):
        if i > first and _is_box(block):
            rows = ((block.header,) if block.header else ()) + tuple(block.rows)
            out.extend(_box_line(cells, block) for cells in rows)
        else:
            out.append(block)
    return out


def heading_period(text: str) -> str | None:
    """The period a section heading row names, when it names nothing else ("3. June 2024"
    -> "June 2024"); None for any other heading.

    Parameters
    ----------
    text : str
        A section heading row's text, with its printed number.

    Returns
    -------
    str or None
        The period as printed.
    """
    if not any(ch.isdigit() for ch in text[-4:]):  # (a period ends in a year or quarter)
        return None
    match = _NUMBER.match(text)
    body = text[match.end():] if match else text
    body = body.strip().strip("*_ ").rstrip(":")
    return body if len(body) <= 60 and _PERIOD.fullmatch(body) else None
