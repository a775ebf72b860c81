"""Programme interpreter: a roadmap of cards in status columns ("Done / Now / Next / Later").

A roadmap prints its work as **cards** sorted into columns that are statuses ("Done",
"Now", "Next", "Later"; or "Completed", "In progress", "Planned"), not sections. Each card
is a title and a tag line naming the card's theme, perhaps its owner, and its timing::

    Now
    Work under way
    Shared social care data standard for adult services
    Data and insight · Owner: Data lead · Q3 2025-26

The paper's introduction lists its themes ("It has three themes: Data and insight; Cyber
resilience; and Digital services and skills."): they are the sections, numbered in that
order. A card's status is its column's (the column's heading read as a status word of
``data/raw/status_tags.csv``: Done = done, Now = in progress, Next and Later = planned),
its timing the tag line's last part ("Q3 2025-26", "Completed Q1 2025-26").

The columns come in three shapes, one per form a roadmap is printed in:

- headings (or short lines alone) naming the columns, each over its cards: a card a
  bullet "**Title** — tag line" (Markdown) or a title paragraph over its tag paragraph
  (a web page's ``<div>`` cards, whose tag ``<span>`` lose their separators);
- a table whose header row names the columns and whose ONE body row holds each column's
  cards, their paragraphs joined in a cell (a Word table);

so the cards are found by their tag lines: the last theme name before a timing opens a
tag line, the text before it (after the previous tag line) is the card's title.

The roadmap is read as the table a careful reader makes of it: ONE table grouped by its
first column, the theme (its rows in the order the introduction lists the themes), ``Theme
| Card | Status | <label> | Timing`` (the label of a "Label: value" part of the tag line,
"Owner"), a row per card; the grouped table's reader (:mod:`.group_column`) numbers the
themes in that order. The columns' headings and their hint lines ("Work under way") are
kept, as lines before the table.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("Our roadmap has two themes: Data; and Skills.")),
...           Heading(Inline("Done"), 2), ListItem(Inline("A survey — Skills · Q1 2025-26")),
...           Heading(Inline("Now"), 2), ListItem(Inline("A data hub — Data · Q3 2025-26")),
...           Heading(Inline("Later"), 2), ListItem(Inline("A course — Skills · Q1 2026-27"))]
>>> board = roadmap_sections(blocks)[-1]
>>> board.header_text
['Theme', 'Card', 'Status', 'Timing']
>>> [[c.text for c in r] for r in board.rows]  # doctest: +NORMALIZE_WHITESPACE
[['Data', 'A data hub', 'Now', 'Q3 2025-26'], ['Skills', 'A survey', 'Done', 'Q1 2025-26'],
 ['Skills', 'A course', 'Later', 'Q1 2026-27']]
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.interpret.programme.common import _inline_list
from wlga_analysis.interpret.programme.layouts import tag_status
from wlga_analysis.read.model import Cell, Heading, Inline, Location, Paragraph, Table
from wlga_analysis.reference import load_status_tags
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["roadmap_sections", "split_cards", "theme_list"]

#: The sentence of the introduction that lists the themes ("... three themes: A; B; and C.").
_THEMES = compile_regex(r"(?i)\b(?:themes|missions|strands|workstreams|priorities)\s*+"
                        r"(?:are\s++)?:\s*+(?P<list>[^.]+)\.")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*+"
#: A card's timing, the last part of its tag line ("Q3 2025-26", "Completed Q1 2025-26").
_TIMING = compile_regex(
    r"(?:\b(?:Completed|Complete|Done|Due|Target|Started|From|By)\s++)?"
    r"(?:\bQ(?:uarter\s*+)?[1-4]\s++(?:\d{4}[-\u2013/]\d{2,4}|\d{4})"
    rf"|\b{_MONTHS}\s++\d{{4}})(?=\s*$|\s*[^\w\s-]|\s+[A-Z])")
#: The separators of a tag line's parts and of a card's title and tag ("·", "|", "—").
_SEPARATORS = " \u00b7\u2022|\u2014\u2013-:;,"
#: A "Label: value" part of a tag line ("Owner: CDO team").
_LABELLED = compile_regex(r"(?P<label>[A-Z][\w ]{0,24}?):\s*+(?P<value>\S.*)")
#: The longest heading of a status column ("Now", "In progress", "Completed this year").
_MAX_COLUMN = 30


def theme_list(blocks: list[Any]) -> list[str]:
    """The themes the paper's introduction lists ("It has three themes: A; B; and C."),
    in printed order; [] when no paragraph lists them.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> theme_list([Paragraph(Inline("It has two themes: Data and insight; and Skills."))])
    ['Data and insight', 'Skills']
    """
    for b in blocks:
        if b.__class__ is Paragraph and ":" in (text := b.text.text):
            m = _THEMES.search(text)
            if m is not None:
                names = _inline_list(m.group("list"))
                if len(names) >= 2:
                    return names
    return []


def _column(block: Any) -> str | None:
    """The status a column heading gives its cards ("Now" -> in progress), or None."""
    cls = block.__class__
    if cls is not Heading and not (cls is Paragraph and block.number is None):
        return None
    text = block.text.text.strip(" *_:")
    return tag_status(text) if 0 < len(text) <= _MAX_COLUMN else None


def split_cards(text: str, themes: list[str]) -> list[tuple[str, str, str]]:
    """The cards of a run of text: (title, theme, tag line) each, the tag line from the
    last theme name before a timing to the timing's end, the title the text before it.

    Examples
    --------
    >>> split_cards("A hub Data · Owner: X · Q3 2025-26 A course Skills Q1 2026-27",
    ...             ["Data", "Skills"])
    [('A hub', 'Data', 'Data · Owner: X · Q3 2025-26'), ('A course', 'Skills', 'Skills Q1 2026-27')]
    """
    out: list[tuple[str, str, str]] = []
    start = 0
    for m in _TIMING.finditer(text):
        segment = text[start:m.end()]
        at = max(((segment.rfind(t), t) for t in themes), key=lambda p: p[0],
                 default=(-1, ""))
        if at[0] <= 0 and not (at[0] == 0 and not out and start == 0):
            continue  # (no theme before this timing: not a tag line's end)
        title = segment[:at[0]].strip(_SEPARATORS)
        out.append((title, at[1], segment[at[0]:].strip()))
        start = m.end()
    return out


def _parts(tag: str, theme: str) -> tuple[dict[str, str], str]:
    """The labelled parts of a tag line ({"Owner": "CDO team"}) and its timing."""
    m = list(_TIMING.finditer(tag))[-1]
    middle = tag[len(theme):m.start()].strip(_SEPARATORS)
    labelled: dict[str, str] = {}
    for part in re.split(r"\s*[\u00b7\u2022|]\s*", middle) if middle else []:
        found = _LABELLED.fullmatch(part.strip())
        if found is not None:
            labelled[found.group("label").strip()] = found.group("value").strip(_SEPARATORS)
    return labelled, m.group(0).strip()


class _Card:
    """One card: its title, column heading as printed, theme, tag parts and line."""

    __slots__ = ("column", "line", "parts", "theme", "timing", "title")

    def __init__(self, title: str, column: str, theme: str, tag: str, line: int | None):
        self.title, self.column, self.theme, self.line = title, column, theme, line
        self.parts, self.timing = _parts(tag, theme)


def _heading_cards(blocks: list[Any], themes: list[str]
                   ) -> tuple[list[_Card], set[int], int, int] | None:
    """Cards under column headings: (cards, indexes of the card blocks, first and last
    index of the board), or None when fewer than three columns hold cards."""
    cards: list[_Card] = []
    used: set[int] = set()
    column: str | None = None
    columns = 0
    first = last = -1
    pending: list[int] = []  # (a title paragraph waiting for its tag line)
    for i, b in enumerate(blocks):
        if _column(b) is not None:
            column, pending = b.text.text.strip(" *_:"), []
            columns += 1
            first = i if first < 0 else first
            continue
        if column is None:
            continue
        if b.__class__ is Heading or b.__class__ is Table:
            break  # (a heading that is no column ends the board: "Funding")
        text = b.text.text
        found = split_cards(text, themes) if _TIMING.search(text) else []
        if not found:
            pending = [i] if b.__class__ is Paragraph else []
            continue
        title, theme, tag = found[0]
        line = b.location.line
        if not title and pending and len(found) == 1:  # (a title paragraph over its tag)
            title, line = blocks[pending[0]].text.text.strip(), blocks[pending[0]].location.line
            used.add(pending[0])
        cards.extend(_Card(t, column, th, tg, line) for t, th, tg in
                     [(title, theme, tag), *found[1:]] if t)
        used.add(i)
        last, pending = i, []
    if columns < 3 or not cards:
        return None
    return cards, used, first, last


def _table_cards(table: Table, themes: list[str]) -> list[_Card] | None:
    """Cards of a table whose header names the columns, its body rows holding the cards."""
    header = table.header_text
    if len(header) < 3 or any(tag_status(h.strip(" *:")) is None for h in header):
        return None
    cards = []
    for row in table.rows:
        for name, cell in zip(header, row, strict=False):
            line = cell.location.line or table.location.line
            cards.extend(_Card(t, name.strip(" *:"), th, tg, line)
                         for t, th, tg in split_cards(cell.text, themes) if t)
    return cards or None


def _cell(text: str, line: int | None) -> Cell:
    return Cell((Paragraph(Inline(text), None, Location(line=line)),), Location(line=line))


def _board(cards: list[_Card], themes: list[str]) -> Table:
    """The cards as one table grouped by its first column, the theme (in the order the
    introduction lists the themes): ``Theme | Card | Status | <label> | Timing``."""
    labels = list(dict.fromkeys(label for c in cards for label in c.parts))
    order = {t: k for k, t in enumerate(themes)}
    mine = sorted(cards, key=lambda c: order[c.theme])  # (stable: columns' order kept)
    line = min((c.line for c in cards if c.line is not None), default=None)
    header = ("Theme", "Card", "Status", *labels, "Timing")
    rows = tuple((_cell(c.theme, c.line), _cell(c.title, c.line), _cell(c.column, c.line),
                  *(_cell(c.parts.get(label, ""), c.line) for label in labels),
                  _cell(c.timing, c.line)) for c in mine)
    return Table(tuple(_cell(h, line) for h in header), rows, Location(line=line))


def _gate(blocks: list[Any]) -> bool:
    """A cheap test: three short blocks (or a table's header cells) are, whole, status
    words of ``status_tags.csv`` (a dictionary look-up each: no folding, no pattern)."""
    tags = load_status_tags()
    count = 0
    headers_seen: set[tuple[str, ...]] = set()  # (a row of headers tested once)
    for b in blocks:
        cls = b.__class__
        if cls is Table:
            header = b.header_key
            if header in headers_seen:
                continue
            headers_seen.add(header)
            if len(header) >= 3 and all(h.strip(" *:").lower() in tags for h in header):
                return True
        elif (cls is Heading or cls is Paragraph) and len(text := b.text.text) <= _MAX_COLUMN \
                and text.strip(" *_:").lower() in tags:
            count += 1
            if count >= 3:
                return True
    return False


def roadmap_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a roadmap (see the module) with its cards read as a table per theme,
    each under the theme read as a numbered section heading; None when the paper is no
    roadmap (it lists no themes, or has no three status columns of cards)."""
    if not _gate(blocks):
        return None
    themes = theme_list(blocks)
    if len(themes) < 2:
        return None
    for i, b in enumerate(blocks):
        if b.__class__ is Table and (cards := _table_cards(b, themes)) is not None:
            return [*_unnumbered(blocks[:i]), _board(cards, themes),
                    *blocks[i + 1:]]
    found = _heading_cards(blocks, themes)
    if found is None:
        return None
    cards, used, first, last = found
    kept = [b for k, b in enumerate(blocks[first:last + 1], first) if k not in used]
    return [*_unnumbered(blocks[:first]), *kept, _board(cards, themes),
            *blocks[last + 1:]]


def _unnumbered(blocks: list[Any]) -> list[Any]:
    """The blocks before the board with a number printed before a paragraph (a web page's
    breadcrumb "1. Home") kept in its text: the themes number the sections."""
    return [Paragraph(Inline(f"{b.number}. {b.text.text}"), None, b.location)
            if b.__class__ is Paragraph and b.number is not None else b for b in blocks]

