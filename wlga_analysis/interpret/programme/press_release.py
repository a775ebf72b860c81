"""Programme interpreter: a press release (a news article) reporting a programme's progress.

A body's press release prints a headline, a standfirst, prose with quotes from its
spokesperson, and the programme's progress as **bullet lists** under lead-in lines
("Progress highlights include:") or short headings ("Next steps"), then its end mark
("ENDS") and its **notes to editors** (numbered: the programme's funding, who runs it, the
body's boilerplate, the press office's contact)::

    Progress highlights include:
    -   Heat decarbonisation plans have been completed in 15 of the 22 councils.
    Councillor Rowlands added: "..."
    Next steps
    -   Extend heat decarbonisation planning to the remaining councils by March 2026.
    ENDS
    Notes to editors
    1.  The programme is funded by a Welsh Government grant of £540,000 for 2025-26.

A careful reader takes every bullet before the end mark as an item, numbered 1-N through
the release, with **no section and no priority** (a release names none); the status from
the bullet's wording, and planned for a bullet under a next-steps heading (list ``next
part`` of ``programme_words.csv``); the quotes and the prose are no items (kept in the
paragraphs table); the notes are text (their numbers are the notes', not sections): the
grants are read from their sentences as from any line.

So a paper whose lines include an end mark and a notes heading after it (lists ``release
end`` and ``release notes`` of ``programme_words.csv``), with bullets before the end mark,
is read as an action log with one table per list (:class:`~.action_log.ActionTable`, the
lead-in line its caption): the log's items have no section either.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("Highlights include:")), ListItem(Inline("A was done.")),
...           Heading(Inline("Next steps")), ListItem(Inline("Do B by May 2026.")),
...           Paragraph(Inline("ENDS")), Heading(Inline("Notes to editors")),
...           Paragraph(Inline("The grant is £5,000."), "1")]
>>> out = release_sections(blocks)
>>> [type(b).__name__ for b in out]
['ActionTable', 'ActionTable', 'Paragraph', 'Heading', 'Paragraph']
>>> [[c.text for c in r] for r in out[1].rows], out[4].number, out[4].text.text
([['2', 'Do B by May 2026.', 'planned']], None, '1. The grant is £5,000.')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.action_log import ActionTable
from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Location, Paragraph
from wlga_analysis.reference import load_programme_words
from wlga_analysis.text.dates import parse_date_line
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["release_sections"]

#: The most words of a dateline's date ("Tuesday, 18th of November 2025").
_DATE_WORDS = 5
#: The front blocks looked at for a dateline.
_FRONT = 4
#: The longest printed line an end mark can be ("**- ENDS -**": twelve characters of mark
#: and its markup).
_END_SPAN = 24
#: The header of the table each list is read as.
_HEADER = ("No.", "Action", "Status")


def _whole(name: str) -> Any:
    words = load_programme_words().get(name, ())
    return compile_regex("(?:" + "|".join(words) + ")") if words else None


def _line(block: Any) -> str:
    cls = block.__class__
    return block.text.text.strip(" *_:.").lower() if cls in (Paragraph, Heading) else ""


def _end(blocks: list[Any]) -> int | None:
    """The place of the end mark, when a notes heading follows it (the cheap look first:
    a short line "ENDS")."""
    ends = _whole("release end")
    notes = _whole("release notes")
    if ends is None or notes is None:
        return None
    for i, b in enumerate(blocks):
        if b.__class__ not in (Paragraph, Heading) or len(b.text.text) > _END_SPAN:
            continue  # (the cheap look: an end mark is a short line)
        text = _line(b)
        if 0 < len(text) <= 12 and ends.fullmatch(text):
            if any(notes.fullmatch(_line(x)) for x in blocks[i + 1:]):
                return i
            return None
    return None


def _dateline(block: Any) -> list[Any]:
    """A front paragraph that opens with a full date and goes on with the page's labels
    ("Tuesday, 18 November 2025 Categories: News"): the date a line of its own, then the
    rest; any other block as it is."""
    if block.__class__ is not Paragraph or block.number is not None:
        return [block]
    words = block.text.text.split()
    for k in range(_DATE_WORDS, 2, -1):
        if len(words) > k and parse_date_line(" ".join(words[:k])) is not None:
            return [Paragraph(Inline(" ".join(words[:k])), None, block.location),
                    Paragraph(Inline(" ".join(words[k:])), None, block.location)]
    return [block]


def _cell(text: str, line: int | None) -> Cell:
    return Cell((Paragraph(Inline(text), None, Location(line=line)),), Location(line=line))


def _table(run: list[Any], lead: Any, count: int, planned: bool) -> ActionTable:
    """One list as an action table: its bullets numbered on from ``count``."""
    line = run[0].location.line
    rows = tuple((_cell(str(count + k), b.location.line),
                  _cell(b.text.text, b.location.line),
                  _cell("planned" if planned else "", b.location.line))
                 for k, b in enumerate(run, 1))
    return ActionTable(tuple(_cell(h, line) for h in _HEADER), rows, Location(line=line),
                       lead.text.text.strip() if lead is not None else "",
                       lead.location.line if lead is not None else None)


def release_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a press release (see the module) with each list before the end mark
    an action table (its lead-in line its caption) and the notes' numbers printed in their
    text; None when the paper is no press release (no end mark over a notes heading, or no
    bullets before it)."""
    end = _end(blocks)
    if end is None or not any(b.__class__ is ListItem for b in blocks[:end]):
        return None
    nxt = _whole("next part")
    out: list[Any] = []
    count, i = 0, 0
    while i < end:
        if blocks[i].__class__ is not ListItem:
            out.extend(_dateline(blocks[i]) if i < _FRONT else [blocks[i]])
            i += 1
            continue
        j = i
        while j < end and blocks[j].__class__ is ListItem:
            j += 1
        lead = out.pop() if out and out[-1].__class__ in (Paragraph, Heading) else None
        planned = lead is not None and nxt is not None and bool(nxt.fullmatch(_line(lead)))
        out.append(_table(blocks[i:j], lead, count, planned))
        count += j - i
        i = j
    for b in blocks[end:]:
        if b.__class__ is Paragraph and b.number is not None:
            b = Paragraph(Inline(f"{b.number}. {b.text.text}"), None, b.location)
        out.append(b)
    return out
