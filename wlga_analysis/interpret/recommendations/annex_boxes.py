"""A review numbered by chapter: each recommendation in a box in its chapter, and again in
an annex table grouped under theme rows.

An independent or ministerial review, a commission's or an inquiry's report prints its
recommendations **numbered by chapter** ("Recommendation 3.1", the first of chapter 3) in
a box (a shaded one-cell table, a ``<div>`` or ``<aside>``, a bold paragraph, a block
quote) in the chapter that argues for it, and repeats them, in the same words, in an
**annex** or summary table ``Recommendation | For | By when`` whose rows sit under
**theme rows** spanning the table ("Being a councillor": merged cells, a ``<th
colspan>``, a bold row; a Markdown converter may print them as bold lines between pieces
of the table). The themes group the chapters, they are not the chapters. A careful
analyst reads each recommendation **once**:

- the **areas** are the chapters that hold recommendations (the chapter a number names:
  3.1 -> chapter 3, its name without its number), numbered as printed; chapters holding
  none (the introduction, the conclusion) are no areas: their text is kept in the notes;
- each area's **theme** is the annex's theme row its chapter's recommendations sit under
  (reported when they sit under two);
- each **recommendation** is read from the annex row: its printed number as its label
  ("3.1"), its text without the number, its owners from the owner column ("For",
  "Lead", "Responsible": "Welsh Government and WLGA" -> WG, WLGA), or from its subject
  when the annex has none; the other columns ("By when") are kept as printed;
- the **boxes** are the same recommendations: not read again (a box printed in other
  words is reported and kept in the notes; a box whose number the annex lacks is read
  from the box, reported);
- the chapters' paragraphs are the areas' remit; everything else (the title, the date,
  other chapters, the annex's heading) is kept in the notes. A review recommends: **no
  activities**.

:data:`ANNEX_RULES` holds the shapes of a chapter's heading, of a box's label and of a
number by chapter: to teach another, add a pattern there. The reading is reported ("read
from chapter boxes and an annex") so that an analyst checks it.

Examples
--------
>>> from pathlib import Path
>>> lines = ("# Review", "", "## 1. Homes", "", "Too few homes.", "",
...          "**Recommendation 1.1:** Councils should build.", "", "## 2. Land", "",
...          "**Recommendation 2.1:** The WG should buy.", "", "## Annex A", "",
...          "| Recommendation | Lead | When |", "|---|---|---|", "| **Supply** | | |",
...          "| 1.1 Councils should build. | Councils | 2026 |",
...          "| 2.1 The WG should buy. | Welsh Government | 2027 |")
>>> doc = Document(Path("r.md"), "recommendations", lines, "0" * 64)
>>> from wlga_analysis.interpret.recommendations.owners import load_owners
>>> parser = read_annex_boxes(doc, load_owners())
>>> [(a.area_id, a.title, a.theme, a.remit) for a in parser.areas.values()]
[(1, 'Homes', 'Supply', ['Too few homes.']), (2, 'Land', 'Supply', [])]
>>> [(i.label, i.pieces, i.owners) for i in parser.items["recommendations"]]
[('1.1', ['Councils should build.'], ['LG']), ('2.1', ['The WG should buy.'], ['WG'])]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations import responses
from wlga_analysis.interpret.recommendations.columns import Columns, map_columns
from wlga_analysis.interpret.recommendations.committee_reports import folded_printing
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.owners import owner_names
from wlga_analysis.interpret.recommendations.prose_owners import prose_owners
from wlga_analysis.interpret.recommendations.themes import split_theme_label
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ANNEX_RULES", "AnnexBoxParser", "annex_after_table", "read_annex_boxes"]

#: The patterns of this layout (matched at the start of a text, ignoring case): a number by
#: chapter (group 1 the chapter, group 2 the recommendation's place in it); a box's label
#: ("Recommendation 3.1", "Rec 2.4:", "Argymhelliad 1.2"), the text after it the box's
#: text (or the next paragraph's); a chapter's heading ("3. Name", "3 Name", "Chapter 3:
#: Name", "Pennod 2 - Name"), group 1 its number.
ANNEX_RULES: dict[str, str] = {
    "ref": r"(\d{1,2})\.(\d{1,2})(?![\d.]\d)\.?(?:\s+|$)",
    "box_label": r"(?:recommendation|rec\.?|argymhelliad)\s+(\d{1,2})\.(\d{1,2})(?!\d)"
                 r"\s*[.:\u2013\u2014-]?\s*",
    "chapter": r"(?:(?:chapter|section|part|pennod|rhan)\s+)?(\d{1,2})(?:\s*[.:\u2013\u2014-]"
               r"\s*|\s+)(?=[A-Z\u00c0-\u024f])",
}
_RULES = {name: compile_regex(r"(?i)" + pattern) for name, pattern in ANNEX_RULES.items()}
#: A heading's Markdown marks in the lines ("## 2. Funding").
_MARKS = compile_regex(r"[ ]{0,3}(#{1,6})[ \t]")
#: A chapter's name is short and no sentence.
_MAX_CHAPTER_WORDS = 10


@dataclass
class _Row:
    """One recommendation of the annex: its number by chapter, text, theme, cells."""

    chapter: int
    place: int
    text: str
    line: int
    theme: str | None
    cells: dict[str, str] = field(default_factory=dict)  # other columns, by output name
    owners: str = ""  # the owner column, as printed

    @property
    def label(self) -> str:
        return f"{self.chapter}.{self.place}"


@dataclass
class _Box:
    """One box in a chapter: its number by chapter, its text, the blocks it takes."""

    chapter: int
    place: int
    text: str
    line: int
    blocks: tuple[int, ...]


@dataclass
class _Plan:
    """What a first pass finds: the annex (its blocks, rows, themes), the chapters, boxes."""

    blocks: set[int]
    rows: list[_Row]
    columns: Columns
    themes: list[tuple[str, int]]  # the theme rows, as printed, with their lines
    chapters: dict[int, tuple[int, str]] = field(default_factory=dict)  # index -> (no, name)
    boxes: list[_Box] = field(default_factory=list)


def _text(block: Block) -> str:
    """A block's text, its printed number first ("3.1. The Welsh ...")."""
    text = clean_text(block.text.text)
    if isinstance(block, ListItem):
        return f"{block.marker} {text}"
    number = getattr(block, "number", None)
    return f"{number}. {text}" if number else text


def _level(block: Block, lines: tuple[str, ...]) -> int:
    """The level a chapter's heading is printed at: a heading's, else its Markdown marks
    ("## 3. Name", read as a numbered paragraph); 0 for none."""
    if isinstance(block, Heading):
        return block.level
    ln = block.location.line or 0
    m = _MARKS.match(lines[ln - 1]) if 0 < ln <= len(lines) else None
    return len(m.group(1)) if m else 0


def _ref(text: str) -> tuple[int, int, str] | None:
    """(chapter, place, the rest) of a text that starts with a number by chapter ("3.1
    The ..."), else None.

    Examples
    --------
    >>> _ref("3.1 The WLGA should act."), _ref("3.1. Act"), _ref("2025 was"), _ref("1.2.3 X")
    ((3, 1, 'The WLGA should act.'), (3, 1, 'Act'), None, None)
    """
    m = _RULES["ref"].match(text)
    return None if m is None else (int(m.group(1)), int(m.group(2)), text[m.end():].strip())


def _chapter(block: Block) -> tuple[int, str] | None:
    """(number, name) of a block that opens a numbered chapter: a heading, or a short line
    naming it ("3. Standing for election" read as a numbered paragraph); else None."""
    if isinstance(block, Heading):
        number, text = block.number, clean_text(block.text.text)
    elif isinstance(block, Paragraph) and block.number is not None:
        number, text = block.number, clean_text(block.text.text)
        if len(text.split()) > _MAX_CHAPTER_WORDS or text.endswith((".", ":", ";", ",")):
            return None
    else:
        return None
    if number is None and (m := _RULES["chapter"].match(text)) is not None:
        number, text = m.group(1), text[m.end():]
    number = (number or "").rstrip(".")
    if not number.isdigit() or not text:
        return None
    return int(number), text.strip().rstrip(" .:")


def _columns(table: Table) -> Columns | None:
    """The columns of a table that lists recommendations (no area or activity column)."""
    if not table.header:
        return None
    columns = map_columns(table.header_text, in_area=True)
    if columns is None or columns.area is not None or columns.activities is not None:
        return None
    return columns


def _theme_block(block: Block) -> str | None:
    """A theme printed between the pieces of an annex table: a short heading or bold
    line, no sentence."""
    if not isinstance(block, (Heading, Paragraph)) or getattr(block, "number", None):
        return None
    text = clean_text(block.text.text)
    if isinstance(block, Paragraph) and not block.text.is_bold():
        return None
    if not text or len(text.split()) > _MAX_CHAPTER_WORDS or text.endswith("."):
        return None
    return text


def _annex(blocks: list[Block]) -> _Plan | None:
    """The annex: the first table listing recommendations numbered by chapter (two or
    more), with its pieces and theme rows; None when there is none."""
    for start, block in enumerate(blocks):
        if isinstance(block, Table) and (columns := _columns(block)) is not None:
            plan = _Plan(set(), [], columns, [])
            _walk_annex(blocks, start, plan)
            if len(plan.rows) >= 2:
                return plan
    return None


def _walk_annex(blocks: list[Block], start: int, plan: _Plan) -> None:
    """Read the annex from its first table on: tables with its header (or none), and the
    themes printed between them."""
    header = blocks[start].header_text
    theme: str | None = None
    for index in range(start, len(blocks)):
        block = blocks[index]
        if isinstance(block, Table):
            if block.header and block.header_text != header:
                return
            for row in block.rows:
                theme = _annex_row(row, plan, theme)
        elif (text := _theme_block(block)) is not None and index + 1 < len(blocks) \
                and isinstance(blocks[index + 1], Table):
            theme = text
            plan.themes.append((text, block.location.line or 0))
        else:
            return
        plan.blocks.add(index)


def _annex_row(row: tuple[Any, ...], plan: _Plan, theme: str | None) -> str | None:
    """Read one row of the annex: a theme row (one cell filled, no number), a
    recommendation, or the rest of the one before (a page break); the theme after it."""
    columns = plan.columns
    cells = [clean_text(c.text) for c in row]
    filled = [i for i, text in enumerate(cells) if text]
    line = min((c.location.line for c in row if c.location.line), default=0)
    found = _row_ref(row, cells, columns)
    if found is None:
        # a theme row: its first cell (or the recommendation's) alone, or one text merged
        # across the row; else the rest of the row before, which a page break split
        if filled in ([0], [columns.recommendations]) or (filled and len(set(cells)) == 1):
            plan.themes.append((cells[filled[0]], line))
            return cells[filled[0]]
        if plan.rows and filled:
            _row_rest(plan.rows[-1], cells, columns)
        return theme
    item = _Row(found[0], found[1], found[2], line, theme)
    item.cells = {name: cells[index] for index, name in columns.extras
                  if index < len(cells) and cells[index]}
    if columns.owners is not None and columns.owners < len(cells):
        item.owners = cells[columns.owners]
    plan.rows.append(item)
    return theme


def _row_rest(last: _Row, cells: list[str], columns: Columns) -> None:
    """Join the cells of a row a page break split to the recommendation they continue."""
    def joined(before: str, index: int | None) -> str:
        more = cells[index] if index is not None and index < len(cells) else ""
        return f"{before} {more}".strip()

    last.text = joined(last.text, columns.recommendations)
    last.owners = joined(last.owners, columns.owners)
    for index, name in columns.extras:
        if joined("", index):
            last.cells[name] = joined(last.cells.get(name, ""), index)


def _row_ref(row: tuple[Any, ...], cells: list[str], columns: Columns
             ) -> tuple[int, int, str] | None:
    """(chapter, place, text) of an annex row's recommendation: its number from a number
    column or the start of its cell ("3.1 The ..."), the cell's other blocks joined."""
    if columns.recommendations >= len(row) or not row[columns.recommendations].blocks:
        return None
    blocks = row[columns.recommendations].blocks
    first = _text(blocks[0])
    if columns.number is not None and columns.number < len(cells):
        first = f"{cells[columns.number]} {first}"
    found = _ref(first)
    if found is None:
        return None
    rest = " ".join([found[2], *(_text(b) for b in blocks[1:])]).strip()
    return found[0], found[1], rest


def _chapters(blocks: list[Block], indexes: range) -> dict[int, tuple[int, str]]:
    """The blocks at ``indexes`` that open numbered chapters; a number printed twice (a
    contents list, then the chapter) opens its chapter where it is printed last."""
    last: dict[int, tuple[int, str]] = {}
    for index in indexes:
        found = _chapter(blocks[index])
        if found is not None:
            last[found[0]] = (index, found[1])
    return {index: (number, name) for number, (index, name) in last.items()}


def _chapters_around(blocks: list[Block], plan: _Plan) -> dict[int, tuple[int, str]]:
    """The chapters the annex's numbers name: printed before the annex, else (a summary
    table at the front of the report) after it."""
    start, end = min(plan.blocks), max(plan.blocks) + 1
    found = _chapters(blocks, range(start))
    numbers = {number for number, _ in found.values()}
    if any(row.chapter not in numbers for row in plan.rows):
        after = _chapters(blocks, range(end, len(blocks)))
        found.update((i, c) for i, c in after.items() if c[0] not in numbers)
    return found


def _box_at(blocks: list[Block], index: int) -> _Box | None:
    """The box a block prints: a paragraph or heading "Recommendation 3.1" (its text after
    the label, or the next paragraph), or a one-column table holding one."""
    block = blocks[index]
    if isinstance(block, Table):
        rows = [block.header, *block.rows] if block.header else list(block.rows)
        if len(rows) != 1 or len(rows[0]) != 1:
            return None
        inner = list(rows[0][0].blocks)
        box = _box_at(inner, 0) if inner else None
        return None if box is None else _Box(box.chapter, box.place, box.text, box.line,
                                             (index,))
    if not isinstance(block, (Heading, Paragraph)) or getattr(block, "number", None):
        return None
    text = clean_text(block.text.text)
    m = _RULES["box_label"].match(text)
    if m is None:
        return None
    rest, taken = text[m.end():].strip(), (index,)
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if not rest and isinstance(after, Paragraph):
        rest, taken = clean_text(after.text.text), (index, index + 1)
    return _Box(int(m.group(1)), int(m.group(2)), rest, block.location.line or 0, taken) \
        if rest else None


def _plan(blocks: list[Block]) -> _Plan | None:
    """The annex, the chapters its numbers name and the boxes in them, or None unless every
    number names a chapter and one box at least prints one of the annex's numbers."""
    plan = _annex(blocks)
    if plan is None:
        return None
    plan.chapters = _chapters_around(blocks, plan)
    numbers = {number for number, _ in plan.chapters.values()}
    if any(row.chapter not in numbers for row in plan.rows):
        return None
    index = 0
    while index < len(blocks):
        box = _box_at(blocks, index) if index not in plan.blocks else None
        if box is not None:
            plan.boxes.append(box)
            index = max(box.blocks)
        index += 1
    labels = {row.label for row in plan.rows}
    return plan if any(f"{b.chapter}.{b.place}" in labels for b in plan.boxes) else None


class AnnexBoxParser(_Parser):
    """The recommendations parser for a review's chapter boxes and annex (see the
    module's doc)."""

    def read(self, blocks: list[Block], plan: _Plan) -> None:
        """Read the blocks in order: the title, the chapters (areas when they hold
        recommendations), the boxes, the annex; then the recommendations from the annex."""
        self.plan = plan
        holding = {row.chapter for row in plan.rows} | {b.chapter for b in plan.boxes}
        boxed = {i: box for box in plan.boxes for i in box.blocks}
        first_chapter = min(plan.chapters, default=len(blocks))
        for index, block in enumerate(blocks):
            if index in plan.blocks:
                self.annex_block(block)
            elif index in boxed:
                self.box_seen(index, boxed[index])
            elif index in plan.chapters:
                self.chapter(block, *plan.chapters[index], holding)
            elif self.title is None and isinstance(block, Heading) and index < first_chapter:
                self.title = clean_text(block.text.text)
                self.notes.append(("title", self.title, block.location.line or 0))
            else:
                self.text(block)
        self.recommendations()
        self.finish()

    def chapter(self, block: Block, number: int, name: str, holding: set[int]) -> None:
        """A chapter's heading: an area when the chapter holds recommendations (its theme
        the annex's), else a note."""
        line = block.location.line or 0
        self.chapter_level = _level(block, self.lines)
        self.chapter_no = number
        if number not in holding:
            self.current = None
            self.notes.append(("heading", _text(block), line))
            return
        themes = list(dict.fromkeys(r.theme for r in self.plan.rows
                                    if r.chapter == number and r.theme))
        self.theme, self.theme_no = split_theme_label(themes[0]) if themes else (None, None)
        if len(themes) > 1:
            self.issue("areas", "chapter under two themes", number, line,
                       f"the recommendations of chapter {number} sit under the annex's "
                       f"themes {', '.join(map(repr, themes))}; its theme is the first")
        self.start_area(number, name, line)

    def box_seen(self, index: int, box: _Box) -> None:
        """A box (read from the annex): reported when printed in another chapter than the
        one its number names."""
        opened = getattr(self, "chapter_no", None)
        if index == box.blocks[0] and opened != box.chapter:
            self.issue(_REC, "box in another chapter", f"{box.chapter}.{box.place}",
                       box.line, f"recommendation {box.chapter}.{box.place} is printed in "
                       f"a box in chapter {opened}; its area is chapter {box.chapter}, "
                       "as its number says")

    def annex_block(self, block: Block) -> None:
        """The annex's pieces: its header row once, as a note (its theme rows are the
        areas' themes, kept as printed in the notes too; its rows the recommendations)."""
        if isinstance(block, Table) and block.header and self.header_line is None:
            self.header_line = block.location.line or 0
            self.notes.append(("paragraph", " \u2013 ".join(block.header_text),
                               self.header_line))
        self.current = None

    def text(self, block: Block) -> None:
        """Any other block: a chapter's paragraph is its remit, else a note; a table is
        kept row by row."""
        line = block.location.line or 0
        if isinstance(block, Table):
            for row in (block.header, *block.rows) if block.header else block.rows:
                text = " \u2013 ".join(t for t in (clean_text(c.text) for c in row) if t)
                if text:
                    self.notes.append(("paragraph", text, row[0].location.line or line))
            return
        text = _text(block)
        if not text:
            return
        if isinstance(block, Heading) and block.level <= getattr(self, "chapter_level", 0):
            self.current = self.chapter_no = None  # ("Annex: terms of reference")
        if self.current is not None and not isinstance(block, Heading):
            self.current.remit.append(text)
        else:
            self.notes.append(("heading" if isinstance(block, Heading) else "paragraph",
                               text, line))

    def recommendations(self) -> None:
        """The recommendations, in the order of their numbers: each annex row once (its
        box compared), then any box the annex lacks; the reading reported."""
        boxes = {(b.chapter, b.place): b for b in self.plan.boxes}
        rows = {(r.chapter, r.place): r for r in self.plan.rows}
        for key in sorted(set(rows) | set(boxes)):
            row, box = rows.get(key), boxes.get(key)
            if row is None:
                self.box_only(box)
                continue
            item = self.item(row.chapter, row.label, row.text, row.line)
            item.extra.update(row.cells)
            self.owners(item, row.owners)
            if box is not None and folded_printing(box.text) != folded_printing(row.text):
                self.notes.append(("paragraph", f"Recommendation {row.label} {box.text}",
                                   box.line))
                self.issue(_REC, "printed twice differently", row.label, box.line,
                           f"recommendation {row.label} is printed differently in its box "
                           f"(line {box.line}) and in the annex (line {row.line}); the "
                           "annex's text is read, the box's kept in the notes")
        for name in (n for _, n in self.plan.columns.extras):
            self.extra_columns.append(name)
        self.notes.extend(("heading", text, line) for text, line in self.plan.themes)
        self.notes.sort(key=lambda n: n[2])
        self.issue(_REC, "printed twice", "", self.plan.rows[0].line,
                   f"{len(self.plan.rows)} recommendations numbered by chapter are listed "
                   f"in an annex under {len(self.plan.themes)} theme rows and "
                   f"{len(self.plan.boxes)} printed in boxes in their chapters: each is "
                   "read once, its area the chapter its number names, its theme the "
                   "annex's (read from chapter boxes and an annex)")

    def item(self, chapter: int, label: str, text: str, line: int) -> _Item:
        """A recommendation of a chapter's area, numbered in reading order."""
        item = _Item(_REC, len(self.items[_REC]) + 1, chapter, line, pieces=[text],
                     label=label)
        self.items[_REC].append(item)
        return item

    def box_only(self, box: _Box) -> None:
        """A box whose number the annex lacks: read from the box, reported."""
        label = f"{box.chapter}.{box.place}"
        if box.chapter not in self.areas:
            self.start_area(box.chapter, f"Chapter {box.chapter}", box.line)
        item = self.item(box.chapter, label, box.text, box.line)
        self.owners(item, "")
        self.issue(_REC, "not in the summary", label, box.line,
                   f"recommendation {label} is printed in a box but not in the annex; "
                   "read from its box")

    def owners(self, item: _Item, printed: str) -> None:
        """An item's owners: the names the owner column prints, else its subject's."""
        names = owner_names(printed, self.known) if printed else []
        if not names:
            text = item.pieces[0]
            found = prose_owners(text, self.known)
            names = found[0] if found else responses.subject_owners(text, self.known) or []
        for name in names:
            if name not in item.owners:
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)

    def check_areas(self) -> None:
        """Areas are chapters: a chapter holding no recommendation is no gap."""


def _may_hold_annex(lines: tuple[str, ...]) -> bool:
    """A cheap test before the model is built: a box's label numbered by chapter."""
    return any(("ecommend" in line or "rgymhell" in line)
               and _RULES["box_label"].search(line) is not None
               for line in lines if "." in line)


def read_annex_boxes(doc: Document, known: frozenset[str]) -> AnnexBoxParser | None:
    """Read a review's chapter boxes and annex, or None when the document is not one.

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("# Notes", "", "| Recommendation | Lead |", "|---|---|", "| 1.1 Act. | WG |")
    >>> read_annex_boxes(Document(Path("n.md"), "recommendations", lines, "0" * 64),
    ...                  frozenset()) is None
    True
    """
    if not _may_hold_annex(doc.lines):
        return None
    from wlga_analysis.interpret.recommendations.committee_reports import read_boxes

    return read_boxes(AnnexBoxParser(doc, known), doc, _plan)


def annex_after_table(doc: Document, known: frozenset[str], parser: _Parser) -> Any:
    """A document another reader read whose recommendations are all numbered by chapter
    ("3.1"), or that it read none from: read as chapter boxes and an annex when it is one,
    else None.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("t.md"), "recommendations", ("x",), "0" * 64)
    >>> annex_after_table(doc, frozenset(), _Parser(doc, frozenset())) is None
    True
    """
    if any(i.label is None or _ref(i.label) is None for i in parser.items[_REC]):
        return None
    return read_annex_boxes(doc, known)
