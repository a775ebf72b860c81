"""An audit report: each recommendation listed in an exhibit and printed again in a box.

An Audit Wales report (and others like it) lists its recommendations at the front in an
**exhibit**, a table ``Ref | Recommendation`` (with or without an ``Area`` column, refs
"R1", "Rec 1", "Recommendation 1" or a bare "1"), and prints each again, in the same words,
in a **box** in the chapter that discusses it: a one-row two-cell table [R1 | text] in
Word or a PDF, a paragraph "R1 ..." in a web page's ``<div>`` or ``<aside>``, a pandoc
fenced div (``::: {.recommendation}``) or a block quote in Markdown. A careful analyst
reads each recommendation **once**:

- the **areas** are the chapters that print boxes ("1. Planning scrutiny's work": area 1,
  its name without the number); a caption printed as a heading ("Exhibit 2: ...", "Case
  study") is no chapter;
- each **recommendation** is read from its box, in its chapter: its number from the ref
  ("R1" -> 1, the printed ref kept as its label), its text as printed, its owners from its
  subject ("Councils should" -> LG, "The Welsh Government and the WLGA should" -> WG,
  WLGA) and the partners it names (:mod:`.subject_partners`);
- the **exhibit's rows** are notes, as printed; a recommendation printed in the exhibit
  only is read from it (its area the exhibit's area cell, else the exhibit's section),
  one printed in a box only is read as it is, and a box printed in other words than the
  exhibit's row is read from the box: each reported;
- the chapters' paragraphs are the areas' remit (an audit reports its findings, no work
  of its own: **no activities**); every other block (the summary, other exhibits, an
  appendix) is kept in the notes.

:data:`EXHIBIT_RULES` holds the header words of the exhibit's columns and the shapes of a
ref: to teach another, add a pattern there. The reading is reported ("read from an
exhibit and boxes") so that an analyst checks it.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> lines = ("# Report", "", "## Summary", "", "| Ref | Recommendation |", "|---|---|",
...          "| R1 | The WLGA should act. |", "", "## 1. Workforce", "",
...          "1.1 Councils lack staff.", "", "**R1** The WLGA should act.")
>>> parser = read_exhibit_boxes(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                             frozenset({"WLGA"}))
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Workforce')]
>>> [(i.number, i.label, i.pieces, i.owners) for i in parser.items["recommendations"]]
[(1, 'R1', ['The WLGA should act.'], ['WLGA'])]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations import responses
from wlga_analysis.interpret.recommendations.columns import header_cells
from wlga_analysis.interpret.recommendations.committee_reports import folded_printing
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.prose_owners import prose_owners
from wlga_analysis.interpret.recommendations.subject_partners import subject_partners
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["EXHIBIT_RULES", "ExhibitBoxParser", "exhibit_after_table", "read_exhibit_boxes"]

#: The patterns of this layout (each matched whole, ignoring case): the header of the
#: exhibit's ref column, of its recommendation column, of an area column; a ref as a cell
#: prints it (group 1 its number, group 2 a letter), and as a box's paragraph starts with
#: it (a word is needed there: "R1", "Rec 2", "Recommendation 3"; a bare "1." is a
#: paragraph's number); a caption printed as a heading (no chapter).
EXHIBIT_RULES: dict[str, str] = {
    "ref_header": r"(?:recommendation\s+)?(?:ref(?:erence)?\.?|no\.?|number|#|id)",
    "rec_header": r"(?:our\s+|the\s+)?recommendations?|argymhelliad|argymhellion",
    "area_header": r"(?:area|chapter|theme|section|part|topic|issue)s?(?:\s+of\s+work)?",
    "ref_cell": r"(?:(?:recommendation|rec\.?|r)\s*)?(\d{1,3})([a-z])?\s*[.:)]?",
    "box_label": r"\s*((?:recommendation|rec\.?|r)\s?(\d{1,3})([a-z])?)"
                 r"(?:\s*[.:\u2013\u2014-])?\s+(?=\S)",
    "caption": r"(?:exhibit|figure|table|chart|box|case\s+study)\b.*",
}
_RULES = {name: compile_regex(r"(?i)" + pattern) for name, pattern in EXHIBIT_RULES.items()}
#: A pandoc fenced div's fence ("::: {.recommendation}", ":::"): markup, not text.
_FENCE = compile_regex(r"\s*:{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*")
#: A section number printed before a chapter's name ("1. Planning", "2 Supporting").
_CHAPTER_NUMBER = compile_regex(r"(\d{1,2})(?:\.\d{1,2})*\.?\s+(?=\S)")
#: A heading's Markdown marks in the lines ("## 2. Funding").
_MARKS = compile_regex(r"[ ]{0,3}(#{1,6})[ \t]")
#: A decimal section number, whole ("2.1 Training" -> "2.1").
_DECIMAL = compile_regex(r"(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)")
#: Words a table row naming recommendations holds (the cheap test before the model is built).
_HEADER_WORDS = ("ecommend", "rgymhell")


@dataclass
class _Printing:
    """One printing of a recommendation: a row of the exhibit, or a box."""

    number: int
    letter: str
    ref: str  # as printed ("R1", "Recommendation 1", "1")
    text: str
    line: int
    area: str | None = None  # an exhibit's area cell


@dataclass
class _Plan:
    """What a first pass finds: the exhibit's rows, the boxes (by block), the chapters."""

    exhibit: dict[tuple[int, str], _Printing] = field(default_factory=dict)
    exhibit_blocks: set[int] = field(default_factory=set)
    exhibit_section: str | None = None  # the heading the exhibit stands under
    boxes: dict[int, list[_Printing]] = field(default_factory=dict)
    texts: set[int] = field(default_factory=set)  # the paragraphs under a box's label alone


def _cells(row: list[Any]) -> list[str]:
    return [clean_text(cell.text) for cell in row]


def _ref(text: str) -> tuple[int, str] | None:
    """(number, letter) of a ref cell ("R1", "Rec 2.", "Recommendation 3", "4a"), or None.

    Examples
    --------
    >>> _ref("R1"), _ref("Recommendation 12"), _ref("4a."), _ref("Councils")
    ((1, ''), (12, ''), (4, 'a'), None)
    """
    m = _RULES["ref_cell"].fullmatch(text.strip().strip("*"))
    return (int(m.group(1)), (m.group(2) or "").lower()) if m else None


def _exhibit_columns(header: list[str]) -> tuple[int | None, int, int | None] | None:
    """(ref column, recommendation column, area column or None) of an exhibit's header; no
    ref column where the refs are printed in the recommendation's cell ("R1 Councils ...").

    Examples
    --------
    >>> _exhibit_columns(["Ref", "Recommendation"]), _exhibit_columns(["Area", "Activity"])
    ((0, 1, None), None)
    """
    ref = rec = area = None
    for index, text in enumerate(header):
        word = text.strip(" *:")
        if rec is None and _RULES["rec_header"].fullmatch(word):
            rec = index
        elif ref is None and (_RULES["ref_header"].fullmatch(word) or not word):
            ref = index
        elif area is None and _RULES["area_header"].fullmatch(word):
            area = index
    return None if rec is None else (ref, rec, area)


def _exhibit_rows(table: Table) -> list[_Printing] | None:
    """The recommendations of an exhibit (a table with a ref and a recommendation column),
    or None for any other table."""
    if not table.header:
        return None
    columns = _exhibit_columns(_cells(table.header))
    if columns is None:
        return None
    ref_col, rec_col, area_col = columns
    found: list[_Printing] = []
    for row in table.rows:
        cells = _cells(row)
        printing = _exhibit_row(cells, ref_col, rec_col, row[0].location.line or 0)
        if printing is not None:
            printing.area = (cells[area_col] or None) if area_col is not None \
                and area_col < len(cells) else None
            found.append(printing)
    return found or None


def _exhibit_row(cells: list[str], ref_col: int | None, rec_col: int, line: int
                 ) -> _Printing | None:
    """One row of an exhibit: its ref from the ref column, or from the start of the
    recommendation's cell ("R1 Councils should ..."); None for a row with no ref."""
    if len(cells) <= max(ref_col or 0, rec_col) or not cells[rec_col]:
        return None
    if ref_col is None:
        m = _RULES["box_label"].match(cells[rec_col])
        return None if m is None else _Printing(
            int(m.group(2)), (m.group(3) or "").lower(), m.group(1),
            cells[rec_col][m.end():].strip(), line)
    key = _ref(cells[ref_col])
    return None if key is None else _Printing(*key, cells[ref_col], cells[rec_col], line)


def _box_rows(table: Table) -> list[_Printing] | None:
    """The boxes of a table of two cells a row, [ref | text], with no header naming
    columns (each box a one-row table; boxes printed one after another may be read as one
    table); None for any other table."""
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    found: list[_Printing] = []
    for row in rows:
        cells = [c for c in _cells(row) if c]
        key = _ref(cells[0]) if len(cells) == 2 else None
        if key is None:
            return None
        found.append(_Printing(*key, cells[0], cells[1], row[0].location.line or 0))
    return found or None


def _box_paragraph(block: Block) -> _Printing | None:
    """A box printed as a paragraph: "R1 Councils should ...", "Recommendation 2: The ..."
    (its label a word and a number)."""
    if not isinstance(block, Paragraph) or block.number is not None:
        return None
    text = clean_text(block.text.text)
    m = _RULES["box_label"].match(text)
    if m is None:
        return None
    return _Printing(int(m.group(2)), (m.group(3) or "").lower(), m.group(1),
                     text[m.end():].strip(), block.location.line or 0)


def _label_alone(blocks: list[Block], index: int) -> _Printing | None:
    """A box whose ref is printed alone (a heading or a line "R4", "Recommendation 4") over
    the paragraph that is its text; None for any other block."""
    block = blocks[index]
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if not isinstance(block, (Heading, Paragraph)) or not isinstance(after, Paragraph) \
            or getattr(block, "number", None) is not None:
        return None
    ref = clean_text(block.text.text).strip(" *:.")
    key = _ref(ref) if ref[:1].isalpha() and len(ref) <= 20 else None
    text = clean_text(after.text.text)
    if key is None or not text or _box_paragraph(after) is not None:
        return None
    return _Printing(*key, ref, text, block.location.line or 0)


def _plan(blocks: list[Block]) -> _Plan | None:
    """The exhibit's rows and the boxes (a box's ref must be one of the exhibit's), or None
    when the document prints no exhibit or no box (another layout)."""
    plan = _Plan()
    section: str | None = None
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            section = clean_text(block.text.text)
        elif not isinstance(block, Table):
            continue
        elif (rows := _exhibit_rows(block)) is not None or (
                index - 1 in plan.exhibit_blocks and (rows := _box_rows(block))):
            # (an exhibit, or the rows of one running on with no header: a page break)
            for row in rows:
                plan.exhibit.setdefault((row.number, row.letter), row)
            plan.exhibit_blocks.add(index)
            plan.exhibit_section = plan.exhibit_section or section
    if not plan.exhibit:
        return None
    for index in range(len(blocks)):
        if index in plan.exhibit_blocks or index in plan.texts:
            continue
        boxes = _boxes(blocks, index, plan)
        if boxes:
            plan.boxes[index] = boxes
    return plan if plan.boxes else None


def _boxes(blocks: list[Block], index: int, plan: _Plan) -> list[_Printing] | None:
    """The boxes a block prints: a table's [ref | text] rows (refs of the exhibit's, or
    printed with a word: "R8"; a bare "7" may be a paragraph's hanging number), a paragraph
    "R1 ..." or a ref alone over its paragraph (a ref of the exhibit's)."""
    block = blocks[index]
    if isinstance(block, Table):
        rows = _box_rows(block)
        if rows is None or not all((r.number, r.letter) in plan.exhibit or r.ref[:1].isalpha()
                                   for r in rows):
            return None
        return rows
    one = _box_paragraph(block)
    alone = _label_alone(blocks, index) if one is None else None
    found = one or alone
    if found is None or (found.number, found.letter) not in plan.exhibit:
        return None
    if alone is not None:
        plan.texts.add(index + 1)
    return [found]


def _chapter(block: Block) -> tuple[int | None, str] | None:
    """(printed number or None, name) of a block that opens a chapter: a heading, or a
    short numbered line that only names a section ("1. Planning scrutiny's work", read as
    a numbered paragraph); None for any other block, and for a caption ("Exhibit 2: ...")."""
    if isinstance(block, Heading):
        text = clean_text(block.text.text)
        number = block.number
    elif isinstance(block, (Paragraph, ListItem)) and block.number is not None \
            and block.number.isdigit():
        text = clean_text(block.text.text)
        if len(text.split()) > 8 or text.endswith((".", ":", ";", ",")):
            return None
        number = block.number
    else:
        return None
    if number is None and (m := _CHAPTER_NUMBER.match(text)) is not None:
        number, text = m.group(1), text[m.end():]
    if _RULES["caption"].fullmatch(text):
        return None
    digits = (number or "").split(".")[0]
    return (int(digits) if digits.isdigit() else None), text.strip().rstrip(" .:")


def _chapters(blocks: list[Block], subheadings: frozenset[str], lines: tuple[str, ...]
              ) -> dict[int, tuple[int | None, str]]:
    """The blocks that open chapters, with their number and name. A heading under a
    numbered chapter is a sub-heading of it (no chapter) when it is printed deeper than the
    chapter's heading, prints a section number under the chapter's ("2.1 Training" under
    "2."), or is a generic sub-heading ("Our view": ``subheadings``)."""
    from wlga_analysis.interpret.recommendations.committee_reports import is_subheading

    found: dict[int, tuple[int | None, str]] = {}
    chapter: tuple[int | None, int | None] = (None, None)  # the open one's number, level
    for index, block in enumerate(blocks):
        if (named := _chapter(block)) is None:
            continue
        if chapter[0] is not None and (
                is_subheading(named[1], subheadings)
                or _section_number(block).startswith(f"{chapter[0]}.")
                or (named[0] is None and chapter[1] is not None
                    and (_level(block, lines) or 0) > chapter[1])):
            continue
        found[index] = named
        chapter = (named[0], _level(block, lines))
    return found


def _level(block: Block, lines: tuple[str, ...]) -> int | None:
    """The level a heading is printed at: its Markdown marks in the lines ("## 3. Name",
    read as a numbered paragraph), else the level it is read at; None for none."""
    ln = block.location.line or 0
    m = _MARKS.match(lines[ln - 1]) if 0 < ln <= len(lines) else None
    return len(m.group(1)) if m else getattr(block, "level", None)


def _section_number(block: Block) -> str:
    """The section number a block prints ("2.1", "3."), "" for none."""
    number = getattr(block, "number", None)
    if number is None and (m := _DECIMAL.match(clean_text(block.text.text))) is not None:
        number = m.group(1)
    return number or ""


class ExhibitBoxParser(_Parser):
    """The recommendations parser for an audit report's exhibit and boxes (see the
    module's doc)."""

    def read(self, blocks: list[Block], plan: _Plan) -> None:
        """Read the planned blocks: the rule of :data:`_BLOCK_RULES` that reads a block
        first ends it."""
        self.plan = plan
        self.chapter: tuple[int | None, str, int] | None = None  # the open chapter
        self.read_keys: dict[tuple[int, str], _Item] = {}
        self.chapters = _chapters(blocks, self.words["subheading"], self.lines)
        self.numbered_chapters = _numbered(self.chapters, plan)
        for index, block in enumerate(blocks):
            for _, rule in _BLOCK_RULES:
                if rule(self, index, block):
                    break
        self.summary_only()
        self.report()
        self.finish()

    # -- the rules --------------------------------------------------------------------
    def parse_title(self, index: int, block: Block) -> bool:
        """The first heading, before any chapter or the exhibit: the document's title."""
        if self.title is not None or not isinstance(block, Heading) \
                or index > min(self.plan.exhibit_blocks):
            return False
        self.title = clean_text(block.text.text)
        self.notes.append(("title", self.title, block.location.line or 0))
        return True

    def parse_exhibit(self, index: int, block: Block) -> bool:
        """The exhibit: its rows are notes, as printed (header first)."""
        if index not in self.plan.exhibit_blocks:
            return False
        _table_notes(self, block)
        return True

    def parse_box(self, index: int, block: Block) -> bool:
        """A box: a recommendation of the open chapter (an area from its first box)."""
        if index in self.plan.texts:
            return True  # (the text of a box whose ref is printed alone: read with it)
        boxes = self.plan.boxes.get(index)
        if boxes is None:
            return False
        if self.current is None:
            self.open_area(block)
        for box in boxes:
            self.recommendation(box)
        return True

    def parse_chapter(self, index: int, block: Block) -> bool:
        """A heading (or a line naming a numbered section): it opens a chapter, an area
        once a box is read in it; a caption printed as a heading is a note."""
        found = self.chapters.get(index)
        if found is None:
            if isinstance(block, Heading):  # a caption, a sub-heading: a note
                self.notes.append(("heading", clean_text(block.text.text),
                                   block.location.line or 0))
                return True
            return False
        number, name = found
        self.current = None
        self.chapter = (number, name, block.location.line or 0)
        self.notes.append(("heading", _printed(block), block.location.line or 0))
        return True

    def parse_text(self, index: int, block: Block) -> bool:
        """Any other block: a chapter's paragraph is its remit (once its area is open),
        else a note; a table is kept row by row; a fence of a fenced div is markup."""
        if isinstance(block, Table):
            _table_notes(self, block)
            return True
        text = clean_text(_printed(block))
        if not text or _FENCE.fullmatch(text):
            return True
        if self.current is not None and not isinstance(block, Heading):
            self.current.remit.append(text)
        else:
            self.notes.append(("paragraph", text, block.location.line or 0))
        return True

    # -- reading ------------------------------------------------------------------------
    def open_area(self, block: Block) -> None:
        """The open chapter as an area (numbered as printed, else in reading order); the
        chapter's heading moves from the notes to the area."""
        ln = block.location.line or 0
        if self.chapter is None:  # a box under no chapter: the exhibit's section names it
            self.chapter = (None, self.plan.exhibit_section or "Recommendations", ln)
        number, name, line = self.chapter
        area_id = number if self.numbered_chapters and number is not None \
            else len(self.areas) + 1
        self.start_area(area_id, name, line)
        # (the chapter's heading is the area's; its paragraphs before the box its remit)
        kept = [n for n in self.notes if n[2] < line]
        self.current.remit.extend(n[1] for n in self.notes[len(kept):] if n[0] == "paragraph")
        self.notes = kept

    def recommendation(self, box: _Printing, area_id: int | None = None) -> None:
        """Read one recommendation from a box (or an exhibit's row): its number, printed
        ref, text and owners; a second box of one ref is reported, not read twice."""
        key = (box.number, box.letter)
        if key in self.read_keys:
            self.issue(_REC, "box printed twice", box.ref, box.line,
                       f"recommendation {box.ref} is printed in a second box; read once")
            return
        label = None if box.ref.isdigit() or box.ref.lower().startswith("recommendation") \
            else box.ref
        item = _Item(_REC, box.number, area_id or self.current.area_id, box.line,
                     pieces=[box.text], label=label)
        self.items[_REC].append(item)
        self.read_keys[key] = item
        found = prose_owners(box.text, self.known)
        owners = found[0] if found else responses.subject_owners(box.text, self.known) or []
        for name in subject_partners(box.text, self.known, list(owners)):
            if name not in item.owners:
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)
        printed = self.plan.exhibit.get(key)
        if printed is not None and printed is not box \
                and folded_printing(printed.text) != folded_printing(box.text):
            self.issue(_REC, "printed twice differently", box.ref, box.line,
                       f"recommendation {box.ref} is printed differently in the exhibit "
                       f"(line {printed.line}: {printed.text[:120]!r}) and in its box "
                       f"(line {box.line}: {box.text[:120]!r}); the box's text is read")
        elif printed is None:
            self.issue(_REC, "not in the summary", box.ref, box.line,
                       f"recommendation {box.ref} is printed in a box but not in the exhibit")

    def summary_only(self) -> None:
        """The exhibit's recommendations printed in no box: read from the exhibit, their
        area its area cell, else the exhibit's section; reported."""
        for key, row in self.plan.exhibit.items():
            if key in self.read_keys:
                continue
            title = row.area or self.plan.exhibit_section or "Recommendations"
            area = next((a for a in self.areas.values() if a.title == title), None)
            if area is None:
                self.start_area(max(self.areas, default=0) + 1, title, row.line)
                area = self.areas[max(self.areas)]
            self.current = None
            self.recommendation(row, area.area_id)
            self.issue(_REC, "summary only", row.ref, row.line,
                       f"recommendation {row.ref} is printed in the exhibit only, in no box "
                       f"in a chapter: read from the exhibit, its area {title!r}")
        self.items[_REC].sort(key=lambda i: (i.number, i.label or ""))

    def report(self) -> None:
        """Say how the recommendations were read, so that an analyst checks them."""
        recs = self.items[_REC]
        boxed = sum(len(b) for b in self.plan.boxes.values())
        self.issue(_REC, "printed twice", "", recs[0].line if recs else None,
                   f"{len(self.plan.exhibit)} recommendations are listed in an exhibit and "
                   f"{boxed} printed again in boxes in their chapters: each is read once, "
                   "from its box, its area the chapter; the exhibit's rows are kept in the "
                   "notes (read from an exhibit and boxes)")


def _numbered(chapters: dict[int, tuple[int | None, str]], plan: _Plan) -> bool:
    """Whether every chapter holding a box prints a number of its own (the areas numbered
    as printed, else in reading order)."""
    holding: dict[int, int | None] = {}  # chapter block -> its number
    starts = sorted(chapters)
    for index in plan.boxes:
        opening = max((c for c in starts if c < index), default=None)
        if opening is None:
            return False
        holding[opening] = chapters[opening][0]
    numbers = list(holding.values())
    return bool(numbers) and None not in numbers and len(set(numbers)) == len(numbers)


def _printed(block: Block) -> str:
    """A block's text as printed: its number or marker first."""
    number = getattr(block, "number", None)
    if isinstance(block, ListItem):
        return f"{block.marker} {block.text.text}"
    if isinstance(block, Paragraph) and number is not None:
        return f"{number}. {block.text.text}"
    return block.text.text


def _table_notes(parser: _Parser, table: Table) -> None:
    """A table's rows as notes: their cells joined, as printed."""
    for row in (table.header, *table.rows) if table.header else table.rows:
        text = " \u2013 ".join(t for t in _cells(row) if t)
        if text:
            parser.notes.append(("paragraph", text, row[0].location.line or 0))


#: The rules each block is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[ExhibitBoxParser, int, Block], bool]], ...] = (
    ("title", ExhibitBoxParser.parse_title),
    ("exhibit", ExhibitBoxParser.parse_exhibit),
    ("box", ExhibitBoxParser.parse_box),
    ("chapter", ExhibitBoxParser.parse_chapter),
    ("text", ExhibitBoxParser.parse_text),
)


def _may_hold_exhibit(lines: tuple[str, ...]) -> bool:
    """A cheap test before the model is built: a table row naming recommendations."""
    return any(("\t" in line or "|" in line) and any(w in line for w in _HEADER_WORDS)
               for line in lines)


def read_exhibit_boxes(doc: Document, known: frozenset[str]) -> ExhibitBoxParser | None:
    """Read an audit report's exhibit and boxes, or None when the document is not one.

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("# Notes", "", "| Ref | Recommendation |", "|---|---|", "| R1 | Act. |")
    >>> read_exhibit_boxes(Document(Path("n.md"), "recommendations", lines, "0" * 64),
    ...                    frozenset()) is None
    True
    """
    if not _may_hold_exhibit(doc.lines):
        return None
    from wlga_analysis.interpret.recommendations.committee_reports import read_boxes

    return read_boxes(ExhibitBoxParser(doc, known), doc, _plan)


def exhibit_after_table(doc: Document, known: frozenset[str], parser: _Parser) -> Any:
    """A document a table reader read whose table is an exhibit with an area column
    (``Area | Ref | Recommendation``) and whose recommendations are printed again in
    boxes: read as an exhibit and boxes instead; None for any other (one header line is
    looked at).

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("| Area | Activity | Recommendations |", "|---|---|---|", "| 1. Roads | - | - |")
    >>> doc = Document(Path("t.md"), "recommendations", lines, "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.header_line = 1
    >>> exhibit_after_table(doc, frozenset(), parser) is None
    True
    """
    cells = header_cells(doc.lines, parser.header_line)
    if cells is None:
        return None
    columns = _exhibit_columns(cells)
    # (an exhibit's every column is its ref, recommendation or area: a table with any other
    # column, "Activity underway or achieved", is read by its table reader, not again)
    if columns is None or sum(c is not None for c in columns) < len(cells):
        return None
    return read_exhibit_boxes(doc, known)
