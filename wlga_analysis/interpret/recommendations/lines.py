"""The line parser of recommendations documents: one text line at a time.

Reads the classic layout (tab-separated rows of HTML cells) fast, line by line, and holds the
item rules both readers share (:class:`_Parser`): area leads ("Area 3: title"), numbered
items and their continuations across page breaks, owner markers
(:mod:`.owner_markers`), placeholders, theme headings ("Theme 1: Places" -> theme "Places",
number "1"), and the data-quality checks. Other layouts (pipe tables, other columns) are read
from the document model by :mod:`.from_model`, which feeds the same rules.

Examples
--------
>>> from wlga_analysis.interpret.recommendations.themes import split_theme_label
>>> split_theme_label("Theme 2: Finance")
('Finance', '2')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wlga_analysis import quality
from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations import footnote_marks as _marks
from wlga_analysis.interpret.recommendations import themes as _themes
from wlga_analysis.interpret.recommendations.area_labels import area_lead_pattern
from wlga_analysis.interpret.recommendations.area_names import open_named_area
from wlga_analysis.interpret.recommendations.area_work_tables import caption_note
from wlga_analysis.interpret.recommendations.blocks import (  # noqa: F401 (shared names)
    _Block,
    _br_in_bold_as_space,
    _has_text,
    _is_bold_only,
    _join,
    _note_text,
    _split_after_owner,
    _split_blocks,
)
from wlga_analysis.interpret.recommendations.bullets import is_bullet_list, read_bullet_activities
from wlga_analysis.interpret.recommendations.numbering import (
    ItemNumber,
    gap_span,
    item_number,
    missing_text,
)
from wlga_analysis.interpret.recommendations.owner_markers import _bold_spans, _strip_markers
from wlga_analysis.text.regex_cache import compile_regex

#: The three columns of the table, as printed in its header row.
HEADER: tuple[str, str, str] = ("Area", "Activity underway or achieved", "Recommendations")

_ACT, _REC = "activities", "recommendations"

_LABEL = {_ACT: "activity", _REC: "recommendation"}

_MD_HEADING = compile_regex(r"\s{0,3}(#{1,6})[ \t\u00a0]+(.*)")

_SEPARATOR_CHARS = "-:|= \t\u2013\u2014"

_HTMLISH = compile_regex(r"<\s*+/?\s*+[A-Za-z]|&[#A-Za-z0-9]++;")

_MD_BOLD_LINE = compile_regex(r"\s*(\*\*|__)([^*_]+)\1\s*")

_CONTINUED = compile_regex(r"(?<!\s)\s*+[(\[]?\s*+(?:continued|cont(?:'d|inued)?\.?)"
                           r"\s*+[)\]]?\s*+$",
                           re.IGNORECASE)
#: A count of items after an area's name ("Bus franchising (2 recommendations)"): no name.
_ITEM_COUNT = compile_regex(r"\s*\(\d{1,3}\s(?:recommendation|action|item|activit(?:y|ie))s?\)\s*$",
                            re.I)


_DASH_CHARS = "-\u2013\u2014"


def _is_placeholder(text: str, placeholders: frozenset[str]) -> bool:
    """Whether a cell's text is a placeholder for an empty cell ("N/A", "TBC.", "--").

    Examples
    --------
    >>> words = frozenset({"n/a", "tbc"})
    >>> _is_placeholder("N/A.", words), _is_placeholder("\u2014", words)
    (True, True)
    >>> _is_placeholder("No", words)
    False
    """
    text = text.strip()
    text = text[:-1] if text.endswith(".") else text
    return bool(text) and (" ".join(text.split()).lower() in placeholders
                           or not text.strip(_DASH_CHARS))


_HEADER_FIRST = compile_regex(r"areas?(?:\s+(?:of|for)\s+\w+(?:\s+\w+)?)?")


_HEADER_LINE = compile_regex(r"areas?\s+activit\S*(?:\s+\S+){0,4}?\s+recommendations?",
                             re.IGNORECASE)


def _is_year_after_break(number: int, previous: _Item | None) -> bool:
    """Whether a number printed like an item number ("2023. These plans ...") is the year
    that ends the previous, unfinished item after a page break ("... by 31 March"): a year,
    after an item with no closing stop, not its successor's number (1907 after item 1906)."""
    return (1900 <= number <= 2100 and previous is not None and bool(previous.pieces)
            and previous.pieces[-1].rstrip()[-1:] not in ".!?;:"
            and number != previous.number + 1)


# ---------------------------------------------------------------------------------------
# Parser state
# ---------------------------------------------------------------------------------------
@dataclass
class _Area:
    area_id: int
    title: str
    theme: str | None
    line: int
    remit: list[str] = field(default_factory=list)
    theme_no: str | None = None
    named: bool = False  # named by its Area cell alone ("Digital inclusion"), no number


@dataclass
class _Item:
    column: str
    number: int
    area_id: int
    line: int
    pieces: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    status: str | None = None
    extra: dict[str, str] = field(default_factory=dict)  # other printed columns
    label: str | None = None  # the printed label when not a bare number ("R1", "1a")

    @property
    def key(self) -> tuple[int, str]:
        """The number and letter after it ("1a", "1(a)" -> (1, "a")): one key, one item."""
        label = (self.label or "").rstrip(")")
        return self.number, (label[-1] if label[-1:].isalpha() else "")

    @property
    def printed(self) -> str:
        """The item's number as printed: its label ("R1", "1a") or its number ("4")."""
        return self.label if self.label is not None else str(self.number)


#: Line and paragraph separators inside a line are spaces.
_SEPARATORS = ("\u2028", "\u2029", "\x85")


_LT_BEFORE_SPACE = compile_regex(r"<\s++")


def normalised_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines as the parser reads them: a line or paragraph separator (U+2028, U+2029,
    U+0085) is a space, and a ``<`` before white space is text (``&lt;``, as HTML reads it;
    the white space after it folded to one space), so that no tag pattern looks past it.

    Examples
    --------
    >>> normalised_lines(("a\u2028b", "x < y <b>z</b>"))
    ('a b', 'x &lt; y <b>z</b>')
    >>> normalised_lines(("x <     y",))
    ('x &lt; y',)
    """
    out = []
    for line in lines:
        if "<" in line:
            line = _LT_BEFORE_SPACE.sub("&lt; ", line)
        if not line.isascii():
            for separator in _SEPARATORS:
                if separator in line:
                    line = line.replace(separator, " ")
        out.append(line)
    return tuple(out)


class _Parser:
    def __init__(self, doc: Document, known: frozenset[str]):
        self.doc = doc
        self.lines = normalised_lines(doc.lines)
        from wlga_analysis.reference import load_recommendation_words

        self.words = load_recommendation_words()
        self.area_lead_re = area_lead_pattern(self.words["area_label"])
        self.name = quality.document_name(doc.path)
        self.known = known
        self.areas: dict[int, _Area] = {}
        self.area_order: list[tuple[int, int]] = []  # (area_id, line) as printed
        self.current: _Area | None = None
        self.theme: str | None = None
        self.theme_no: str | None = None
        self.extra_columns: list[str] = []  # other printed columns, named after headers
        self.items: dict[str, list[_Item]] = {_ACT: [], _REC: []}
        self.last_item: dict[str, _Item | None] = {_ACT: None, _REC: None}
        self.notes: list[tuple[str, str, int]] = []
        self.title: str | None = None
        self.title_as_heading: tuple[str, int] | None = None  # a level-3 heading as title
        self.any_heading = False
        self.header_line: int | None = None
        self.header_rows: set[str] = set()  # header lines read (repeated after page breaks)
        self.table_started = False
        #: (block, whether its lead number is read) -> what :meth:`read_block` reads in it
        self.block_reads: dict[tuple[str, bool], tuple[str, tuple[Any, ...],
                                                       ItemNumber | None]] = {}
        self.area_reads: dict[tuple[str, bool], tuple[str, int | None, str, str]] = {}
        self.cell_blocks: dict[tuple[str, bool], tuple[_Block, ...]] = {}
        self.pending_heading: tuple[str, int] | None = None
        self.heading_before: tuple[str, int] | None = None
        self.prose_after_rows = False  # plain text since the last table row: notes follow
        self.theme_lines: list[tuple[str, int]] = []
        self.pending_title: _Area | None = None  # "Area 13" printed with no title
        self.table_rows = 0
        self.issues: list[quality.Issue] = []
        self.last_row: tuple[list[str], int] | None = None

    def number_of(self, text: str) -> ItemNumber | None:
        """The item number ``text`` starts with ("4.", "R4.", "4a."), or None."""
        return item_number(text, self.words["number_prefix"])

    # -- issues -------------------------------------------------------------------------
    def issue(self, table: str, check: str, item: Any, line: int | None, message: str) -> None:
        self.issues.append(quality.Issue(self.name, table, check, str(item), line, message))

    # -- lines --------------------------------------------------------------------------
    def run(self) -> None:
        for number, line in enumerate(self.lines, start=1):
            self.line(line, number)
        self.finish()

    def line(self, line: str, ln: int) -> None:
        """Read one line: the first rule of :data:`_LINE_RULES` that reads it ends it."""
        if line.strip():  # a heading stays pending over blank lines only
            self.heading_before, self.pending_heading = self.pending_heading, None
        cells = line.split("\t")
        for _, rule in _LINE_RULES:
            if rule(self, line, cells, ln):
                return

    # -- the rules of _LINE_RULES: each reads the line (True) or leaves it (False) ---------
    def parse_blank(self, line: str, cells: list[str], ln: int) -> bool:
        return not line.strip()  # (a blank line is nothing)

    def parse_markdown_heading(self, line: str, cells: list[str], ln: int) -> bool:
        """A Markdown heading ("## Title", "#### Theme") is the title, a heading or a theme."""
        m = _MD_HEADING.fullmatch(line) if "\t" not in line else None
        if m is None:
            return False
        self.heading(len(m.group(1)), m.group(2), ln)
        return True

    def parse_separator(self, line: str, cells: list[str], ln: int) -> bool:
        """A separator row of dashes ("---\t---\t---") is nothing."""
        return self.is_separator(line)

    def parse_header(self, line: str, cells: list[str], ln: int) -> bool:
        """The table's header row starts the table."""
        if line not in self.header_rows:
            if not self.is_header(cells, line):
                return False
            self.header_rows.add(line)
        if self.heading_before is not None:
            self.promote_heading(*self.heading_before)
        self.table_started = True
        if self.header_line is None:
            self.header_line = ln
        return True

    def parse_theme_heading(self, line: str, cells: list[str], ln: int) -> bool:
        """A row whose only text is bold, in its first cell, is a theme heading."""
        theme = self.theme_heading(cells)
        if theme is None:
            return False
        self.set_theme(theme, ln)
        return True

    def parse_note_before_table(self, line: str, cells: list[str], ln: int) -> bool:
        """Before the table, prose ("Area 4 (...) was added to the remit in 2023") and plain
        tabbed lists ("Co-chair<TAB>Cllr Jane Jones") are notes; an area row starts it."""
        if self.table_started or (
                self.has_area_lead(line) and ("\t" in line or _HTMLISH.search(line))):
            return False
        if text := _note_text(cells):  # (a plain line may head a table: plain_heading)
            self.notes.append(("paragraph", text, ln))
            self.pending_heading = _themes.plain_heading(text, ln, self.any_heading)
        return True

    def parse_glossary_after_rows(self, line: str, cells: list[str], ln: int) -> bool:
        """Plain tabbed lines after prose that follows the rows are notes (a glossary)."""
        if not (self.prose_after_rows and "\t" in line and not _HTMLISH.search(line)
                and not self.has_area_lead(line)):
            return False
        self.notes.append(("paragraph", _note_text(cells), ln))
        return True

    def parse_prose_between_rows(self, line: str, cells: list[str], ln: int) -> bool:
        """Plain prose between or after the table rows is a note, not a damaged row (and so
        are numbered lines after it: "Notes:" / "1. CDPS is ...")."""
        if not ("\t" not in line and self.table_started and not _HTMLISH.search(line)
                and not self.has_area_lead(line) and (
                    self.prose_after_rows or not self.number_of(line.strip()))):
            return False
        self.notes.append(("paragraph", clean_text(line), ln))
        self.prose_after_rows, self.pending_heading = True, _themes.plain_heading(
            clean_text(line), ln, self.any_heading)
        return True

    def parse_table_row(self, line: str, cells: list[str], ln: int) -> bool:
        """Any other line is a table row (a damaged one is read as best it can be)."""
        self.table_started = True
        self.prose_after_rows = False
        self.table_rows += 1
        extra = cells[3:]
        if len(cells) == 3 or (len(cells) > 3 and not any(c.strip() for c in extra)):
            self.row(cells[:3], ln)
        elif len(cells) > 3:
            merged = [*cells[:2], " ".join(cells[2:])]
            before = self.snapshot()
            self.row(merged, ln)
            self.damaged(len(cells), ln, before, "the cells after the third were joined "
                         "to the Recommendations column")
        else:
            before = self.snapshot()
            self.damaged_row(cells, ln)
            self.damaged(len(cells), ln, before, None)
        return True

    def heading(self, level: int, text: str, ln: int) -> None:
        text = clean_text(text)
        if not text:
            return
        first = not self.any_heading
        self.any_heading = True
        if level >= 4:
            self.set_theme(text, ln)
        elif level <= 2 and self.title is None:
            self.title = text
            self.notes.append(("title", text, ln))
        elif level == 3 and first and not self.table_started:
            # a title a PDF's layout printed smaller: the first heading, before any table
            self.title, self.title_as_heading = text, (text, ln)
            self.notes.append(("title", text, ln))
            self.pending_heading = (text, ln)
        else:
            self.notes.append(("heading", text, ln))
            self.pending_heading = (text, ln)

    def promote_heading(self, text: str, ln: int) -> None:
        """A heading printed just before a table's header row names the table's theme
        ("## Regional working" over "Area | Activity ... | Recommendations")."""
        if self.title_as_heading == (text, ln):  # a level-3 heading, not the title
            self.title = self.title_as_heading = None
            self.notes.remove(("title", text, ln))
        elif _themes.names_a_part(text):  # "Annex A – Action plan", "Recommendations": no theme
            return
        else:  # (a plain line of a paper marking no heading was kept as a paragraph)
            self.notes.remove(next(n for n in self.notes if n[1:] == (text, ln)))
        self.set_theme(text, ln)

    @staticmethod
    def is_separator(line: str) -> bool:
        return "-" in line and not line.strip(_SEPARATOR_CHARS)  # (nothing else in it)

    @staticmethod
    def is_header(cells: list[str], line: str) -> bool:
        if len(cells) >= 2 and len(cells[0]) < 100 and cells[0].strip() and \
                _HEADER_FIRST.fullmatch(clean_text(cells[0]).lower()):
            rest = " ".join(clean_text(c[:200]).lower() for c in cells[1:])
            if rest.startswith("activit") and "recommendation" in rest:
                return True
            # another name for the middle column ("Progress to date")
            return len(cells) == 3 and len(rest) < 120 and \
                clean_text(cells[2]).lower().startswith("recommendation")
        if len(cells) == 1 and len(line) < 200:
            return bool(_HEADER_LINE.fullmatch(clean_text(line)))
        return False

    def theme_heading(self, cells: list[str]) -> str | None:
        """The theme of a row whose only text is bold, in the first cell ("<b>Theme</b>",
        "<p><b style=...><i>Theme</i></b></p>", "**Theme**"), else None."""
        for cell in cells[1:]:
            if cell.strip():
                return None
        first = cells[0].strip()
        m = _MD_BOLD_LINE.fullmatch(first)
        if m:
            text = clean_text(m.group(2))
        elif _is_bold_only(first):
            text = clean_text(first)
        else:  # text outside the bold: a heading only if a theme's label ("THEME 1: ...")
            return _themes.plain_theme(clean_text(first))
        if not text or self.area_lead_re.fullmatch(text) or text[0] in "([" or len(text) > 120:
            return None
        return text

    def set_theme(self, text: str, ln: int) -> None:
        if caption_note(self.notes, text, ln):  # "Table 1: ..." names a table: no theme
            return
        self.theme_lines.append((text, ln))
        name, number = _themes.split_theme_label(text)
        if self.theme is not None and self.theme.casefold() == name.casefold():
            return
        self.theme, self.theme_no = name, number

    def has_area_lead(self, line: str) -> bool:
        return any(self.area_lead_re.fullmatch(clean_text(b.raw)) for b in _split_blocks(line)[:1])

    # -- rows ---------------------------------------------------------------------------
    def row(self, cells: list[str], ln: int) -> None:
        self.last_row = (cells, ln)
        self.row_blocks(self.blocks_of(cells[0], area=True),
                        ((_ACT, self.blocks_of(cells[1])), (_REC, self.blocks_of(cells[2]))), ln)

    def row_blocks(self, area_blocks: Sequence[_Block],
                   columns: tuple[tuple[str, Sequence[_Block]], ...], ln: int) -> None:
        """Read one table row: its area cell's blocks, then each item column's blocks."""
        for first, block in enumerate(area_blocks):
            if self.pending_title is not None and first:
                area, self.pending_title = self.pending_title, None
                text = clean_text(block.raw)
                if _is_bold_only(block.raw) or (  # "Area 13" then "<b>Registration</b>"
                        len(text.split()) <= 10 and not text.endswith(".")):
                    area.title = text.rstrip(" .:;")
                    continue
            self.area_block(block, ln, first == 0)
        self.pending_title = None
        new_area = self.current is not None and self.current.line == ln
        for column, blocks in columns:
            if column == _ACT and blocks and is_bullet_list(self, blocks, new_area):
                read_bullet_activities(self, column, blocks, ln, new_area)
                continue
            for block in blocks:
                if ")" in block.raw and "</" in block.raw:  # two items in one paragraph?
                    for part in _split_after_owner(block):
                        self.item_block(column, part, ln, new_area)
                else:
                    self.item_block(column, block, ln, new_area)

    def damaged_row(self, cells: list[str], ln: int) -> None:
        """Read a row that lost tabs: assign each block to a column by its content."""
        col = 0
        for ci, cell in enumerate(cells):
            col = max(col, min(ci, 2))
            for bi, block in enumerate(_split_blocks(cell)):
                text = clean_text(block.raw)
                if self.area_lead(block, text, bi == 0):
                    col = 0
                    self.area_block(block, ln, bi == 0)
                    continue
                m = self.number_of(text)
                if m:
                    n = m.number
                    next_act, next_rec = (self.next_no(_ACT), self.next_no(_REC))
                    if n == next_act and n != next_rec:
                        col = 1
                    elif n == next_rec and n != next_act:
                        col = 2
                    elif col == 0:
                        col = 1
                if col == 0:
                    self.area_block(block, ln, bi == 0)
                else:
                    new_area = self.current is not None and self.current.line == ln
                    self.item_block(_ACT if col == 1 else _REC, block, ln, new_area)

    def next_no(self, column: str) -> int:
        last = self.last_item[column]
        return 1 if last is None else last.number + 1

    def snapshot(self) -> tuple[int, int, int]:
        return len(self.area_order), len(self.items[_ACT]), len(self.items[_REC])

    def damaged(self, ncells: int, ln: int, before: tuple[int, int, int],
                note: str | None) -> None:
        n_areas, n_act, n_rec = before
        parts = [f"area {a} " + repr(self.areas[a].title) for a, _ in self.area_order[n_areas:]]
        parts += [f"activity {i.number}" for i in self.items[_ACT][n_act:]]
        parts += [f"recommendation {i.number}" for i in self.items[_REC][n_rec:]]
        found = "no tab" if ncells == 1 else f"{ncells} cells"
        read = ", ".join(parts) if parts else "continuation text of the current area and items"
        message = (f"damaged table row: expected 3 tab-separated cells ("
                   f"{' | '.join(HEADER)}), found {found}; read as best it can be: {read}")
        if note:
            message += f" ({note})"
        self.issue("areas", "damaged row", "", ln, message)

    def area_lead(self, block: _Block, text: str, first: bool) -> re.Match[str] | None:
        m = self.area_lead_re.fullmatch(text)
        if m and (first or block.raw.lstrip().lower().startswith(("<b", "<strong"))):
            return m
        return None

    def area_block(self, block: _Block, ln: int, first: bool) -> None:
        text, area_id, title, remit = self.read_area_block(block, first)
        if area_id is None and first and self.is_area_name(text):
            self.named_area(text, ln)
            return
        if area_id is None:
            if self.current is None:
                raise self.doc.error(
                    "expected an 'Area N: title' cell before other table text; found "
                    f"{text[:60]!r} before any area", ln)
            self.current.remit.append(text)
            return
        self.start_area(area_id, title, ln)
        if remit:
            self.current.remit.append(remit)
        elif not title and self.current is not None and not self.current.title:
            self.pending_title = self.current

    def is_area_name(self, text: str) -> bool:
        """Whether the first block of an Area cell names an area with no "Area N:" label
        (a register's "Digital inclusion"): a short name, not a sentence, where no area is
        open yet or the areas before were named so too."""
        return (self.current is None or self.current.named) and 0 < len(text) <= 80 \
            and len(text.split()) <= 10 and text[-1] not in ".;:" and text[0] not in "([-"

    def named_area(self, text: str, ln: int) -> None:
        """Open (or stay in) the area a register row names: areas named alike are one area,
        numbered in the order they first appear (:func:`.area_names.open_named_area`)."""
        open_named_area(self, text.strip(), ln)

    def read_area_block(self, block: _Block, first: bool
                        ) -> tuple[str, int | None, str, str]:
        """A block of an area cell: its clean text, and when it leads an area ("Area 3:
        Title"), the area's number, title and the remit text after a bold lead. It depends
        on the block alone: each distinct block is read once per document."""
        key = (block.raw, first)
        read = self.area_reads.get(key)
        if read is not None:
            return read
        text = clean_text(block.raw)
        m = self.area_lead(block, text, first)
        if m is None:
            read = (text, None, "", "")
        else:
            title, remit = m.group(2).strip(), ""
            spans = _bold_spans(block.raw)
            if spans and block.raw[:spans[0][0]].strip() == "":
                bold = clean_text(block.raw[spans[0][1]:spans[0][2]])
                bm = self.area_lead_re.fullmatch(bold)
                if bm and bm.group(2).strip():
                    title = bm.group(2).strip()
                    remit = clean_text(block.raw[spans[0][3]:])
            read = (text, int(m.group(1)), title.rstrip(" .:;"), remit)
        self.area_reads[key] = read
        return read

    def blocks_of(self, cell: str, area: bool = False) -> tuple[_Block, ...]:
        """The blocks of a cell (an ``area`` cell's line breaks in bold read as spaces),
        split once per distinct cell of a document (blocks are read, never changed)."""
        key = (cell, area)
        blocks = self.cell_blocks.get(key)
        if blocks is None:
            blocks = self.cell_blocks[key] = tuple(
                _split_blocks(_br_in_bold_as_space(cell) if area else cell))
        return blocks

    def start_area(self, area_id: int, title: str, ln: int) -> None:
        previous = self.area_order[-1][0] if self.area_order else None
        self.area_order.append((area_id, ln))
        continued = _CONTINUED.search(title)
        if continued:
            title = title[:continued.start()].rstrip(" .:;-")
        title = _themes.without_area_code(_ITEM_COUNT.sub("", title), self.theme_no)  # "A1 ..."
        title, mark = _marks.split_footnote_mark(title)
        if mark:
            self.issue("areas", "footnote mark", area_id, ln,
                       _marks.area_mark_message(area_id, mark))
        if area_id in self.areas:
            area = self.areas[area_id]
            same = "" if area.title.casefold() == title.casefold() or not title else \
                f" (there titled {area.title!r}, here {title!r})"
            if not (continued and self.current is area):
                self.issue("areas", "area repeated", area_id, ln,
                           f"Area {area_id} is printed again (first at line {area.line})"
                           f"{same}; its text is joined to area {area_id}")
            self.current = area
            return
        if previous is not None and area_id < previous:
            self.issue("areas", "area out of order", area_id, ln,
                       f"Area {area_id} is printed after Area {previous}; kept as printed")
        if self.theme is None:
            self.issue("areas", "no theme", area_id, ln,
                       f"Area {area_id} has no theme heading above it; its theme is left empty")
        area = _Area(area_id, title, self.theme, ln, theme_no=self.theme_no)
        self.areas[area_id] = area
        self.current = area

    def item_block(self, column: str, block: _Block, ln: int, new_area: bool) -> None:
        """Read a block of an item column: a new item, a placeholder or more text."""
        # a plain "(Data Cymru)" names an owner the list does not know only at the end of
        # a numbered recommendation (not of a bullet: "Finance Group (Partnership Council)")
        read_lead = column == _REC and not block.bullet
        text, markers, m = self.read_block(block.raw, read_lead)
        if self.current is None:
            raise self.doc.error(
                f"found {_LABEL[column]} text {clean_text(block.raw)[:60]!r} before any "
                "'Area N: title' row; expected an area row first", ln)
        if m and m.plain and _is_year_after_break(m.number, self.last_item[column]):
            m = None
        if m is None and not markers and _is_placeholder(text, self.words["placeholder"]):
            self.issue(column, "placeholder", "", ln,
                       f"Area {self.current.area_id}'s {_LABEL[column]} cell reads {text!r}: "
                       f"no {_LABEL[column]} (kept in this message only)")
            return
        if m:
            item = _Item(column, m.number, self.current.area_id, ln,
                         label=None if m.plain else m.label)
            self.items[column].append(item)
            self.last_item[column] = item
            text = text[m.end:]
        else:
            continued = self.continued_item(column, text, bool(markers), ln, new_area)
            if continued is None:
                return
            item = continued
        if text:
            item.pieces.append(text)
        if markers:
            self.add_markers(column, item, markers, ln)

    def read_block(self, raw: str, read_lead: bool
                   ) -> tuple[str, list[Any], ItemNumber | None]:
        """A block's text without its owner markers, the markers, and the item number it
        starts with (``read_lead``: of a numbered recommendation, whose plain marker may
        name an owner the list does not know). It depends on the block alone: each distinct
        block is read once per document (a new list of markers each time)."""
        key = (raw, read_lead)
        read = self.block_reads.get(key)
        if read is None:
            lead = raw.lstrip()
            lead_number = self.number_of(lead) if read_lead else None
            text, markers = _strip_markers(raw, self.known, self.words["status"],
                                           lead_number is not None)
            # (plain text is its own clean text: its number is already read)
            m = lead_number if read_lead and text == lead else self.number_of(text)
            read = self.block_reads[key] = (text, tuple(markers), m)
        return read[0], list(read[1]), read[2]

    def continued_item(self, column: str, text: str, has_markers: bool, ln: int,
                       new_area: bool) -> _Item | None:
        """The column's last item, which unnumbered text continues (None: there is none)."""
        item = self.last_item[column]
        label = _LABEL[column]
        if item is None:
            self.issue(column, "unnumbered text", "", ln,
                       f"text with no item number and no {label} before it "
                       f"({text[:50]!r}); kept in the remit of Area "
                       f"{self.current.area_id}")
            if text:
                self.current.remit.append(text)
            if has_markers:
                self.issue(column, "owner without item", "", ln,
                           f"an owner marker with no {label} before it is ignored")
            return None
        if new_area and item.area_id != self.current.area_id:
            self.issue(column, "continuation across areas", item.printed, ln,
                       f"text with no item number at the start of Area "
                       f"{self.current.area_id}'s column is joined to {label} "
                       f"{item.printed} of Area {item.area_id}")
        return item

    def add_markers(self, column: str, item: _Item, markers: list[Any], ln: int) -> None:
        """Give an item the owners and status of its markers (reporting plain owners; a
        plain status tag, "(Complete)", is read as the bold one is)."""
        for marker in markers:
            if not marker.bold and marker.codes:
                self.issue(column, "owner not in bold", item.printed, ln,
                           f"{_LABEL[column]} {item.printed}: owner "
                           f"({'/'.join(marker.codes)}) read from plain text at the end of "
                           "the item; owners are normally printed in bold, so check it")
            if marker.status and item.status is None:
                item.status = marker.status
            if marker.footnote:  # "(WG)¹": the mark is reported (see .footnote_marks)
                self.issue(column, "footnote mark", item.printed, ln, marker.footnote_note(item))
            for code in marker.codes:
                if code not in item.owners:
                    item.owners.append(code)
                    if code in marker.unknown:
                        item.unknown.append(code)

    # -- end of document ----------------------------------------------------------------
    def finish(self) -> None:
        if not self.areas:
            if self.header_line is not None:
                raise self.doc.error(
                    "found the table header row (Area / Activity underway or achieved / "
                    "Recommendations) but no table rows after it", self.header_line)
            raise self.doc.error(
                "expected a Working Group recommendations table (a header row "
                "'Area / Activity underway or achieved / Recommendations'); found none")
        used = {a.theme.casefold() for a in self.areas.values() if a.theme}
        for text, ln in self.theme_lines:
            # a heading after the table ("Next steps"), not a theme
            if _themes.split_theme_label(text)[0].casefold() not in used:
                self.notes.append(("heading", text, ln))
        self.notes.sort(key=lambda n: n[2])
        from wlga_analysis.interpret.recommendations.glossary_owners import read_glossary_owners

        read_glossary_owners(self)  # ("LAs" -> LG by the document's "LAs – local authorities")
        self.check_areas()
        self.check_end()
        for column in (_ACT, _REC):
            self.check_numbers(column)
        for item in self.items[_REC]:
            if not item.owners:
                self.issue(_REC, "no owner", item.printed, item.line,
                           f"recommendation {item.printed} names no owner")
        for column, table in ((_ACT, _ACT), (_REC, "recommendation_owners")):
            for item in self.items[column]:
                for code in item.unknown:
                    self.issue(table, "unknown owner code", item.printed, item.line,
                               f"{_LABEL[column]} {item.printed} names owner code {code!r}, "
                               "which is not in data/raw/owner_codes.csv; kept as printed")
        self.issues.sort(key=lambda i: (i.source_line is None, i.source_line or 0))

    def check_end(self) -> None:
        """Warn when the table's last row stops inside an open tag (cut off?).

        (Ending without a full stop is no sign: many printed items have none.)
        """
        if self.last_row is None:
            return
        cells, ln = self.last_row
        raw = " ".join(cells)
        unclosed = [tag for tag in ("p", "li", "ol", "ul", "b")
                    if len(re.findall(rf"<{tag}\b", raw, re.IGNORECASE)) >
                    len(re.findall(rf"</{tag}\s*>", raw, re.IGNORECASE))]
        if unclosed:
            self.issue("areas", "cut off", "", ln,
                       f"the table's last row ends inside an unclosed <{unclosed[0]}> tag: "
                       "the document may be cut off")

    def check_areas(self) -> None:
        ids = sorted(self.areas)
        lines = dict(reversed(self.area_order))  # first line of each area
        for prev, nxt in itertools.pairwise(ids):
            if nxt - prev > 1:
                self.issue("areas", "area numbering gap", gap_span(prev, nxt), lines[nxt],
                           f"{missing_text('Area', prev, nxt)}: the areas go from {prev} to {nxt}")

    def check_numbers(self, column: str) -> None:
        items = self.items[column]
        label = _LABEL[column]
        if not items:
            return
        seen: dict[tuple[int, str], list[int]] = {}  # each key's lines, in order
        for item in items:
            seen.setdefault(item.key, []).append(item.line)
        for (number, sub), lines in seen.items():
            if len(lines) > 1:
                times = "twice" if len(lines) == 2 else f"{len(lines)} times"
                where = ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
                self.issue(column, "duplicate number", f"{number}{sub}", lines[1],
                           f"{label} {number}{sub} is printed {times} (lines {where}); "
                           "all are kept as printed")
        previous = None
        for item in items:
            if previous is not None and item.number < previous.number:
                self.issue(column, "numbering out of order", item.number, item.line,
                           f"{label} {item.number} is printed after {label} "
                           f"{previous.number}; kept as printed")
            previous = item
        numbers = sorted({n for n, _ in seen})
        first_line: dict[int, int] = {}
        for (n, _), lines in seen.items():
            first_line.setdefault(n, lines[0])
        if numbers[0] > 1:
            self.issue(column, "numbering gap", 1, first_line[numbers[0]],
                       f"{label} numbering starts at {numbers[0]}, not 1")
        for prev, nxt in itertools.pairwise(numbers):
            if nxt - prev > 1:
                self.issue(column, "numbering gap", gap_span(prev, nxt), first_line[nxt],
                           f"{missing_text(label, prev, nxt)}: the numbering goes from "
                           f"{prev} to {nxt}")


#: The rules a line of the classic layout is read by, in the order they are tried: the
#: first that reads the line (returns True) ends it; ``table_row`` reads any line left.
_LINE_RULES: tuple[tuple[str, Callable[[_Parser, str, list[str], int], bool]], ...] = (
    ("blank", _Parser.parse_blank),
    ("markdown_heading", _Parser.parse_markdown_heading),
    ("separator", _Parser.parse_separator),
    ("header", _Parser.parse_header),
    ("theme_heading", _Parser.parse_theme_heading),
    ("note_before_table", _Parser.parse_note_before_table),
    ("glossary_after_rows", _Parser.parse_glossary_after_rows),
    ("prose_between_rows", _Parser.parse_prose_between_rows),
    ("table_row", _Parser.parse_table_row),
)

