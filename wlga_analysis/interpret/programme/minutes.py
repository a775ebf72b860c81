"""Programme interpreter: a programme update recorded in a committee's minutes.

A council committee's minutes print the council and committee, "Minutes of a meeting held
on 3 December 2025 ...", then the meeting's **agenda items** as numbered headings ("1.
APOLOGIES FOR ABSENCE", "7. WLGA IMPROVEMENT PROGRAMME 2025-26: QUARTER 2 UPDATE"), each
over its numbered minute paragraphs ("7.1 The Head of Improvement reported that ...") and
a **decision line** ("RESOLVED – That the update be noted.", "AGREED: ..."). The update is
one agenda item: its heading names the update (a word of list ``title word`` of
``programme_words.csv``) and its minute lists the progress as bullets under **lead-in
paragraphs** ("7.2 In relation to leadership and member support, Members noted:"), in
reported speech.

A careful reader takes that agenda item (of those whose heading names an update, the one
with the most bullets) as the paper: its heading is the title; each lead-in paragraph
heads a section (numbered by the agenda item, its bullets numbered by the lead-in: "7.2.1");
the other agenda items, the item's other minute paragraphs (the introduction, the grant
sentence, Members' questions) and the decision lines are no items: they are kept as text,
with their printed numbers, in the paragraphs table. :func:`minutes_sections` reads the
blocks so; the parser takes the title from the :class:`UpdateItemHeading` and skips the
:class:`LeadIn` paragraphs (numbered by the agenda item, as their sections) when it checks
the paragraph numbering.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("APOLOGIES"), "1"), ListItem(Inline("None."), "1.1", "number",
...           "1.1"), Paragraph(Inline("RESOLVED – That it be noted.")),
...           Paragraph(Inline("ROADS PROGRAMME UPDATE"), "2"),
...           ListItem(Inline("On bridges, Members noted:"), "2.1", "number", "2.1"),
...           ListItem(Inline("A bridge had been repaired in May 2025."), "-"),
...           Paragraph(Inline("RESOLVED – That the update be noted.")),
...           Paragraph(Inline("URGENT ITEMS"), "3")]
>>> for b in minutes_sections(blocks):
...     print(type(b).__name__, b.number, b.text.text[:24])
Paragraph 1 APOLOGIES
Paragraph None 1.1 None.
Paragraph None RESOLVED – That it be no
UpdateItemHeading 2 ROADS PROGRAMME UPDATE
LeadIn 2 On bridges, Members note
ListItem 2.1.1 A bridge had been repair
Paragraph None RESOLVED – That the upda
Paragraph 3 URGENT ITEMS
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.text.dates import find_date
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["LEAD_IN_ROLE", "LeadIn", "UpdateItemHeading", "meeting_held_date",
           "minutes_sections", "update_heading"]

#: The role of a lead-in paragraph's line (numbered by its agenda item, as its section).
LEAD_IN_ROLE = "minute lead-in"
#: A decision line of minutes: "RESOLVED – That ...", "AGREED: ...", "Resolved that ...".
_DECISION = LazyPattern(r"(?:RESOLVED|Resolved|AGREED|Agreed)(?:\s*[:\u2013\u2014-]|\s+[Tt]hat\b)")
#: A front line giving the meeting's date: "Minutes of a meeting held on 3 December 2025".
_HELD_ON = LazyPattern(r"(?i)\bmeeting\s+(?:was\s+)?held\s+(?:on|at\s+[^,]{1,60}?\s+on)\s")
#: The fewest agenda items, and decision lines and "Minutes" labels, that make minutes.
MIN_AGENDA_ITEMS = 3
MIN_DECISIONS = 2
#: The longest agenda item heading, in words.
HEADING_WORDS = 16


class UpdateItemHeading(Paragraph):
    """The heading of the agenda item that records the update (the paper's title)."""

    names_the_update: ClassVar[bool] = True


class LeadIn(Paragraph):
    """A minute paragraph leading into the update's bullets ("On X, Members noted:"): a
    section heading numbered by its agenda item (its line's role :data:`LEAD_IN_ROLE`)."""

    heads_items: ClassVar[bool] = True
    role: ClassVar[tuple[str, None]] = (LEAD_IN_ROLE, None)


def _is_agenda_heading(block: Any) -> bool:
    """A numbered paragraph shaped as an agenda item's heading (short, no closing stop)."""
    if block.__class__ is not Paragraph or block.number is None \
            or not block.number.isdecimal():
        return False
    text = block.text.text.strip()
    return bool(text) and text[-1] not in ".;,!?" and len(text.split()) <= HEADING_WORDS


def _is_bullet(block: Any) -> bool:
    return block.__class__ is ListItem and block.kind == "bullet"


def _as_text(block: Any) -> Paragraph:
    """A minute paragraph or bullet kept as text, its printed number or marker with it."""
    marker = getattr(block, "marker", None)
    if not marker:
        return Paragraph(block.text, None, block.location)
    prefix = f"{marker} "
    return Paragraph(Inline(prefix + block.text.text, tuple(
        (a + len(prefix), b + len(prefix)) for a, b in block.text.bold)), None, block.location)


def _update_item(blocks: list[Any], heads: list[int]) -> int | None:
    """The position in ``heads`` of the agenda item recording the update: of the items whose
    heading names an update (list ``title word``), the one with the most bullets; None
    when none has a bullet or two tie."""
    from wlga_analysis.interpret.programme.common import vocabulary

    title = vocabulary().title
    counts = []
    for k, at in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(blocks)
        if title.search(blocks[at].text.text):
            counts.append((sum(_is_bullet(b) for b in blocks[at + 1:end]), k))
    counts.sort(reverse=True)
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _update_blocks(number: str, body: list[Any]) -> list[Any]:
    """The update item's minute: lead-ins over bullets as sections and items, the rest
    kept as text."""
    out: list[Any] = []
    lead: str | None = None
    count = leads = 0
    for k, block in enumerate(body):
        if _is_bullet(block) and block.level == 0 and lead is not None:
            count += 1
            out.append(ListItem(block.text, block.marker, "bullet", f"{lead}.{count}", 0,
                                block.location))
            continue
        if _is_bullet(block) and lead is not None:  # (a sub-bullet: folded into its item)
            out.append(block)
            continue
        nxt = body[k + 1] if k + 1 < len(body) else None
        text = block.text.text.rstrip() if isinstance(block, (Paragraph, ListItem)) else ""
        if text.endswith(":") and nxt is not None and _is_bullet(nxt):
            leads += 1
            lead, count = getattr(block, "number", None) or f"{number}.{leads}", 0
            out.append(LeadIn(block.text, number, block.location))
            continue
        lead = None
        out.append(_as_text(block) if isinstance(block, (Paragraph, ListItem)) else block)
    return out


def minutes_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a committee's minutes read as the update one agenda item records (see
    the module); None when the paper is not minutes (fewer than three agenda item
    headings, a numbered paragraph that is not one, fewer than two decision lines and
    "Minutes" labels, a table)
    or no agenda item records an update with bullets."""
    heads: list[int] = []
    decisions = 0
    for i, block in enumerate(blocks):
        if block.__class__ is Table:
            return None
        if block.__class__ is Paragraph:
            if block.number is not None:
                if not _is_agenda_heading(block):
                    return None
                heads.append(i)
            elif _DECISION.match(text := block.text.text.lstrip()) or text.startswith(
                    ("Minutes:", "Minutes of", "MINUTES OF")):  # (or a minutes' own label)
                decisions += 1
    if len(heads) < MIN_AGENDA_ITEMS or decisions < MIN_DECISIONS:
        return None
    chosen = _update_item(blocks, heads)
    if chosen is None:
        return None
    out: list[Any] = list(blocks[:heads[0]])
    for k, at in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(blocks)
        head, body = blocks[at], blocks[at + 1:end]
        if k == chosen:
            out.append(UpdateItemHeading(head.text, head.number, head.location))
            out.extend(_update_blocks(head.number, body))
        else:
            out.append(head)
            out.extend(_as_text(b) if isinstance(b, (Paragraph, ListItem))
                       and b.__class__ is not Heading else b for b in body)
    return out


def update_heading(blocks: list[Any]) -> UpdateItemHeading | None:
    """The heading of the agenda item recording the update (:func:`minutes_sections`
    marked it), the paper's title; None in a paper that is not minutes.

    Examples
    --------
    >>> update_heading([Paragraph(Inline("Purpose"), "1")]) is None
    True
    """
    return next((b for b in blocks if b.__class__ is UpdateItemHeading), None)


def meeting_held_date(text: str) -> dt.date | None:
    """The date of a minutes' line naming the meeting it records ("Minutes of a meeting
    held on 3 December 2025 at 5.00 p.m. ..."), else None.

    Examples
    --------
    >>> meeting_held_date("Minutes of a meeting held on 3 December 2025 at 5.00 p.m.")
    datetime.date(2025, 12, 3)
    >>> meeting_held_date("The next meeting will be on 3 March 2026.") is None
    True
    """
    m = _HELD_ON.search(text) if "held" in text else None
    return None if m is None else find_date(text[m.end():m.end() + 40])
