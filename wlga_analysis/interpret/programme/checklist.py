"""Programme interpreter: an update kept as a checklist, a check box before each action.

A team keeps its programme as a Word checklist: un-numbered priority headings, each over
lines of one action each, a check box first (a Word check box content control, shown by
the Word reader as ☒ / ☐; ☒ / ☐ glyphs in its print; ``<input type="checkbox">`` on a web
page, shown as ☒ / ☐ by the HTML reader; "[x]" / "[ ]" in a plain-text copy), then the
action and its fields as tails ("– Lead: Data Cymru – Target: Sep 2025"), some with a line
of notes under them ("Progress notes: Work is under way ..."; a web page may print the note
inside the list item, after the tails).

A careful reader takes each heading over box lines as a priority (numbered in reading
order) and each box line as an item: its text the action without the tails or the note;
ticked done; empty in progress when its note says the work is under way (the wording of
``data/raw/status_rules.csv``), else planned (no note, or "Not started"); the tails its
columns, headed by their labels (``data/raw/programme_columns.csv``: Lead partners, Target
timing); the note a column of its own (kept in the paragraphs table). So each heading's box
lines are read as one table (:class:`~.status_bullets.FieldsTable`), the heading as the
numbered section heading it stands for.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Heading(Inline("Buildings"), 2),
...           Paragraph(Inline("\u2612 Survey schools \u2013 Lead: Data Cymru \u2013 "
...                            "Target: Jun 2025")),
...           Paragraph(Inline("\u2610 Fit solar panels \u2013 Target: Mar 2026")),
...           Paragraph(Inline("Notes: Work is under way.")),
...           Paragraph(Inline("[ ] Train caretakers \u2013 Target: Jan 2026"))]
>>> out = checklist_sections(blocks)
>>> [type(b).__name__ for b in out], out[0].number
(['Paragraph', 'FieldsTable'], '1')
>>> out[1].header_text
['Activity', 'Status', 'Lead', 'Target', 'Note']
>>> [[c.text for c in r][1] for r in out[1].rows]
['Complete', 'In progress', 'Not started']
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.interpret.programme.status_bullets import FieldsTable, text_header
from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Location, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["MIN_BOXES", "box_line", "checklist_sections"]

#: The fewest box lines that make a checklist (one of them an empty box).
MIN_BOXES = 3
#: What a ticked box and an empty box are printed as.
_TICKED = ("\u2612", "\u2611", "[x]", "[X]")
_EMPTY = ("\u2610", "[ ]")
_FIRST = frozenset("\u2612\u2611\u2610[")
#: A box and the line after it.
_BOX = LazyPattern(r"(?P<box>[\u2612\u2611\u2610]|\[[xX ]\])[ \t]+(?P<rest>\S.*)", flags=re.DOTALL)
#: A tail of fields: a dash between spaces, then a short label and a colon.
_TAIL = LazyPattern(r"[ \t][\u2013\u2014-][ \t]+(?P<label>[A-Z][A-Za-z ]{0,24}):[ \t]*")
#: A note's label, on a line of its own or inside the item's line (a web page's).
_NOTE = LazyPattern(r"(?:^|[ \t])(?P<label>(?:Progress |Update )?(?:[Nn]otes?|[Cc]omments?)"
                    r"|Update|Progress update):[ \t]*")


def box_line(text: str) -> tuple[bool, str] | None:
    """(ticked, the rest of the line) of a line that opens with a check box, else None.

    Examples
    --------
    >>> box_line("[x] Run the survey"), box_line("\u2610 Train staff"), box_line("Notes")
    ((True, 'Run the survey'), (False, 'Train staff'), None)
    """
    if not text or text[0] not in _FIRST:
        return None
    m = _BOX.fullmatch(text)
    if m is None:
        return None
    return m.group("box") in _TICKED, m.group("rest").strip()


def _text(block: Any) -> str:
    text = getattr(block, "text", None)
    return text.text.strip() if isinstance(text, Inline) else ""


def _note(block: Any) -> str | None:
    """The note of a line that is only a note ("Progress notes: ..."), else None."""
    if block.__class__ not in (Paragraph, ListItem) or block.number is not None:
        return None
    text = _text(block)
    m = _NOTE.match(text)
    return text[m.end():].strip() if m is not None and m.start() == 0 else None


def _is_heading(block: Any) -> bool:
    if isinstance(block, Heading):
        return True
    return block.__class__ is Paragraph and block.number is None \
        and has_heading_shape(_text(block))


_Section = tuple[int, list[tuple[int, list[int]]]]


def _sections(blocks: list[Any]) -> list[_Section] | None:
    """(heading index, [(box line index, [note indexes])]) per heading over box lines;
    None when a box line has no heading above it."""
    found: list[_Section] = []
    heading: int | None = None
    after_box = False
    for i, block in enumerate(blocks):
        text = _text(block)
        if box_line(text) is not None and getattr(block, "number", None) is None:
            if heading is not None:
                found.append((heading, []))
                heading = None
            if not found:
                return None
            found[-1][1].append((i, []))
            after_box = True
        elif after_box and _note(block) is not None:
            found[-1][1][-1][1].append(i)
        else:
            after_box = False
            heading = i if text and _is_heading(block) else None
    return found


def _fields(rest: str) -> tuple[str, list[tuple[str, str]], str]:
    """(action, [(label, value)] of its tails, note) of a box line's text."""
    note = ""
    m = _NOTE.search(rest)
    if m is not None and m.start() > 0:
        rest, note = rest[:m.start()].rstrip(), rest[m.end():].strip()
    tails = list(_TAIL.finditer(rest))
    if not tails:
        return rest, [], note
    fields = [(t.group("label").strip(), rest[t.end():(tails[k + 1].start() if k + 1 < len(tails)
                                                        else len(rest))].strip())
              for k, t in enumerate(tails)]
    return rest[:tails[0].start()].rstrip(), fields, note


def _status(ticked: bool, note: str) -> str:
    """The status word of a box: ticked Complete; empty In progress when the note's
    wording says the work is under way, else Not started."""
    if ticked:
        return "Complete"
    if note:
        from wlga_analysis.status import classify_status

        status, rule = classify_status(note)
        if status == "in progress" and rule and not rule.startswith("default"):
            return "In progress"
    return "Not started"


def _cell(text: str, line: int | None) -> Cell:
    at = Location(line=line)
    return Cell((Paragraph(Inline(text), None, at),), at)


def _table(blocks: list[Any], items: list[tuple[int, list[int]]], heading_line: int | None
           ) -> FieldsTable:
    """The box lines of one heading as a table: action, status, a column per tail label,
    the note."""
    rows: list[tuple[int | None, str, str, dict[str, str], str]] = []
    labels: list[str] = []
    for i, notes in items:
        ticked, rest = box_line(_text(blocks[i])) or (False, "")
        action, fields, note = _fields(rest)
        note = " ".join([note, *(_note(blocks[k]) or "" for k in notes)]).strip()
        labels.extend(label for label, _ in fields if label not in labels)
        rows.append((blocks[i].location.line, action, _status(ticked, note), dict(fields), note))
    first = blocks[items[0][0]].location
    names = (text_header(), "Status", *labels, "Note")
    header = tuple(_cell(h, first.line) for h in names)
    body = tuple((_cell(action, line), _cell(status, line),
                  *(_cell(fields.get(label, ""), line) for label in labels), _cell(note, line))
                 for line, action, status, fields, note in rows)
    return FieldsTable.of(Table(header, body, first), heading_line)


def checklist_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a checklist, each heading over box lines a numbered section over one
    table of them (see the module); None when the paper is no checklist: fewer than
    :data:`MIN_BOXES` box lines, no empty box, a numbered paragraph, or a box line with no
    heading above it.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks read as the module describes.
    """
    boxes = [_text(b)[:3] for b in blocks if _text(b)[:1] in _FIRST]  # (a cheap test first)
    if len(boxes) < MIN_BOXES or not any(b.startswith(_EMPTY) for b in boxes):
        return None
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    sections = _sections(blocks)
    if not sections or sum(len(items) for _, items in sections) < MIN_BOXES:
        return None
    taken: dict[int, Any] = {}
    skip: set[int] = set()
    for number, (h, items) in enumerate(sections, 1):
        taken[h] = Paragraph(blocks[h].text, str(number), blocks[h].location)
        taken[items[0][0]] = _table(blocks, items, blocks[h].location.line)
        skip.update(k for i, notes in items for k in (i, *notes) if k != items[0][0])
    return [taken.get(k, block) for k, block in enumerate(blocks)
            if k in taken or k not in skip]
