"""Programme interpreter: a Notion page holding a database of tasks (read as a task board).

A team that tracks its programme in Notion keeps one page: page properties ("Last edited
@November 3, 2025 10:12 AM", "Programme lead", "Tags"), an introduction, a "Workstreams"
heading over **toggles** (one per workstream, its narrative folded under it: sentences,
no items), a Funding toggle, then an inline database view, one row per task::

    Name | Workstream | Status | Owner | Due | Budget

Exported (Markdown, HTML), pasted into Word or printed, the view is a task board
(:mod:`.task_board`) whose buckets are the workstreams. Two things are Notion's own:

- its dates, printed US-style and as mentions: "@March 31, 2026", "June 30, 2025"
  (:func:`day_first`, so a due date is read as "31 March 2026");
- its toggles, exported as a list whose items open with a workstream's name ("▸ Data and
  insight Helping councils use ..."): no list of priorities. A run of list items before
  the board, two or more of them opening with a bucket's name, is read as paragraphs of
  text (:func:`toggles_as_text`): the buckets name the priorities.

Examples
--------
>>> day_first("@March 31, 2026"), day_first("June 30, 2025"), day_first("Q3 2025-26")
('31 March 2026', '30 June 2025', 'Q3 2025-26')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import ListItem, Paragraph
from wlga_analysis.text.dates import MONTH_RE
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["day_first", "toggles_as_text"]

#: A date printed month first, perhaps as a Notion mention: "@March 31, 2026".
_US_DATE = LazyPattern(rf"@?(?P<month>{MONTH_RE})[ \t]+(?P<day>[0-3]?\d),[ \t]*"
                       r"(?P<year>(?:19|20)\d\d)\b")
#: The marks Notion prints before a toggle's name.
_TOGGLE_MARKS = "\u25b8\u25be\u25b6\u25bc\u2023 "


def day_first(text: str) -> str:
    """A cell's dates printed month first ("@March 31, 2026") as a day-first date ("31
    March 2026"), the rest of the cell as printed."""
    if "," not in text:
        return text
    return _US_DATE.sub(lambda m: f"{m.group('day')} {m.group('month')} {m.group('year')}",
                        text)


def _opens_with(text: str, names: list[str]) -> bool:
    plain = text.lstrip(_TOGGLE_MARKS).lstrip("*_").casefold()
    return any(plain.startswith(name) for name in names)


def toggles_as_text(blocks: list[Any], buckets: list[str]) -> list[Any]:
    """``blocks`` (those before a board) with each run of list items, two or more of which
    open with the name of one of ``buckets``, read as paragraphs (see the module).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> blocks = [ListItem(Inline("\u25b8 Data Helping councils.")),
    ...           ListItem(Inline("\u25b8 Cyber Exercising plans.")),
    ...           ListItem(Inline("\u25b8 Funding"))]
    >>> [type(b).__name__ for b in toggles_as_text(blocks, ["Data", "Cyber"])]
    ['Paragraph', 'Paragraph', 'Paragraph']
    """
    names = [b.casefold() for b in buckets if b]
    out = list(blocks)
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and blocks[i].__class__ is ListItem:
            run.append(i)
            continue
        if sum(_opens_with(blocks[k].text.text, names) for k in run) >= 2:
            for k in run:
                out[k] = Paragraph(blocks[k].text, None, blocks[k].location)
        run = []
    return out
