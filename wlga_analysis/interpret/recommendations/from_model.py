"""Read a recommendations document from the document model (:mod:`wlga_analysis.read`).

The reader has already cut the document into headings, paragraphs, list items and tables
(cells holding paragraphs and list items, bold kept, header rows repeated after a page break
removed). This interpreter finds the recommendations table by its header cells, maps its
columns by name (:mod:`.columns`), and hands each row's cells to the item rules the
line-based parser uses (area leads, numbered items, owner markers, page-break joins), so
both read items alike. Any other column (Status, Lead officer...) is kept per
recommendation, in a column of its own.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> lines = ("## Title", "", "#### Theme 1: Places", "",
...          "| Area | Activity underway or achieved | Recommendations | Status |",
...          "| --- | --- | --- | --- |",
...          "| **Area 1: Housing**<br>To build. | 1. Sites found | 1. That it is built. "
...          "(**LG**) | Ongoing |")
>>> doc = Document(Path("doc.txt"), "recommendations", lines, "0" * 64)
>>> parser = ModelParser(doc, OwnerCodes.from_rows([("LG", None, None)]))
>>> parser.run()
>>> item = parser.items["recommendations"][0]
>>> item.number, item.pieces, item.owners, item.extra
(1, ['That it is built.'], ['LG'], {'status': 'Ongoing'})
>>> parser.areas[1].theme, parser.areas[1].theme_no
('Places', '1')
"""

from __future__ import annotations

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.area_column_tables import (
    numbered_part,
    report_carried_area,
)
from wlga_analysis.interpret.recommendations.area_work_tables import area_work_table
from wlga_analysis.interpret.recommendations.bullets import bullet_text
from wlga_analysis.interpret.recommendations.cards import area_cards
from wlga_analysis.interpret.recommendations.cell_topics import open_topic_table, topic_area
from wlga_analysis.interpret.recommendations.columns import Columns, column_role, map_columns
from wlga_analysis.interpret.recommendations.heading_areas import (
    check_area_counts,
    is_area_remit,
    is_plain_area_lead,
    split_area_count,
)
from wlga_analysis.interpret.recommendations.heading_tables import open_area_table
from wlga_analysis.interpret.recommendations.labelled_bullets import read_unnumbered_activity
from wlga_analysis.interpret.recommendations.lines import (
    _ACT,
    _HTMLISH,
    _REC,
    _Block,
    _is_placeholder,
    _Item,
    _Parser,
)
from wlga_analysis.interpret.recommendations.numbered_area_cells import (
    numbered_area_cell,
    section_activities,
)
from wlga_analysis.interpret.recommendations.owner_groups import (
    give_group_owners,
    heading_name,
    numbered_heading_area,
    owner_group_label,
)
from wlga_analysis.interpret.recommendations.owner_ticks import tick_owners
from wlga_analysis.interpret.recommendations.owners import OwnerCodes, owner_names
from wlga_analysis.interpret.recommendations.register_chapters import (
    printed_ref,
    theme_column,
)
from wlga_analysis.interpret.recommendations.register_progress import (
    number_progress_cell,
    status_from_row,
)
from wlga_analysis.interpret.recommendations.response_rows import (
    mixed_response,
    number_response_row,
    open_response_area,
    read_response_row,
)
from wlga_analysis.interpret.recommendations.said_did import (
    open_heading_area,
    said_did_owners,
    said_did_row,
    said_did_table,
)
from wlga_analysis.interpret.recommendations.unnumbered_rows import number_sheet_row
from wlga_analysis.interpret.recommendations.update_columns import (
    chapter_heading,
    chapter_row,
    number_tracker_row,
    read_update_cells,
    tracker_header,
)
from wlga_analysis.read.model import Block, Cell, Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ModelParser", "OwnerCodes"]


#: A whole number as a register's number column prints an area's: "1", "2.".
_WHOLE_NUMBER = compile_regex(r"\d{1,3}\.?")


def as_block(block: Block, html: str | None = None) -> _Block:
    """A model block as the item rules read it: its HTML (``html``, when it is known
    already), printed number or marker first."""
    text = html if html is not None else block.text.html() if hasattr(block, "text") else ""
    number = getattr(block, "number", None)
    if isinstance(block, ListItem):
        if block.kind == "number" and number and number.isdigit():
            return _Block(f"{number}. {text}", False)
        return _Block(f"{block.marker} {text}", block.kind == "bullet")
    if number is not None:
        prefix = f"{number}. " if number.isdigit() else f"{number} "
        return _Block(prefix + text, False)
    return _Block(text, False)


def _bulleted(block: Block) -> str | None:
    """The text (HTML) after the bullet of a bullet item, or of a paragraph printed with a
    bullet its reader did not take for a marker (a Word symbol bullet); else None."""
    if isinstance(block, ListItem):
        return bullet_text(as_block(block)) if block.kind == "bullet" else None
    if isinstance(block, Paragraph) and block.number is None:
        return bullet_text(_Block(block.text.html(), False))
    return None


def _plain(block: Block) -> str:
    """A cell block's text as printed (its number or marker first)."""
    return clean_text(as_block(block).raw)


def _printed(block: Block) -> str:
    """A loose block's text as printed: its number or marker, then its text."""
    number = getattr(block, "number", None)
    if isinstance(block, ListItem):
        return f"{block.marker} {block.text.text}"
    return f"{number}. {block.text.text}" if number is not None else block.text.text


class ModelParser(_Parser):
    """The recommendations parser, fed with the document model instead of raw lines."""

    def run(self) -> None:
        from wlga_analysis.interpret.recommendations.plain_headings import plain_text_headings
        from wlga_analysis.read.text import read_text_lines

        model = read_text_lines(self.lines, path=self.doc.path)
        self.start_run()
        for block in plain_text_headings(model.blocks, self.lines):  # (a Word plain-text export's)
            pending, self.pending_heading = self.pending_heading, None
            if isinstance(block, Table):
                opened = open_topic_table(self, block)  # (notes the table's kind)
                if not (opened or open_response_area(self, block, pending)
                        or open_heading_area(self, block, pending)
                        or open_area_table(self, block, pending)) and pending is not None:
                    self.promote_heading(*pending)
                self.table(block)
            elif isinstance(block, Heading):
                self.model_heading(block)
            else:
                self.loose(block)
                self.numbered_seen = self.numbered_seen or getattr(block, "number", None) \
                    is not None
        if getattr(self, "numbered_cells", False):  # ("2.1 <an area's name>": its bullets)
            section_activities(self, list(model.blocks))
        check_area_counts(self, self.printed_counts)
        self.finish()

    def start_run(self) -> None:
        """Set up what one run over the blocks keeps (every reader of blocks calls it)."""
        self.columns: Columns | None = None
        self.list_column: str | None = None  # the label over a list of items, no table
        self.headings_seen: list[tuple[int, str, int]] = []
        #: the last heading seen of each level, with its place among them (:meth:`heading_above`)
        self.last_of_level: dict[int, tuple[int, tuple[int, str, int]]] = {}
        self.numbered_seen = False  # a numbered paragraph or item was read outside tables
        #: id of a cell block's text -> (the text, its HTML): the blocks of a cell printed
        #: again share their texts (read/text_table reads each distinct cell once)
        self.html_of: dict[int, tuple[Inline, str]] = {}
        self.printed_counts: dict[int, tuple[int, int]] = {}  # area -> (count, line)
        self.owner_group: tuple[int, list[str]] | None = None  # (area, owners) of a heading
        #: a response table's recommendations are printed with no number (its first row's)
        self.unnumbered_responses: bool | None = None
        self.said_did = False  # the table read is a "You said | We did" table (said_did)
        self.cell_topics = False  # its recommendation cells open with topic lines

    # -- blocks outside tables ----------------------------------------------------------
    def model_heading(self, block: Heading) -> None:
        text = block.text.text
        ln = block.location.line or 0
        if self.list_label(block):
            return
        self.list_column = None
        register = self.columns is not None and self.columns.area is None \
            and self.columns.number is not None  # "## Area 2: ..." between register tables
        if block.level >= 4 and self.columns is not None and not (
                register and self.title is not None) and self.area_lead_re.fullmatch(text):
            self.table_rows += 1  # "Area 3 (continued)" alone in a row: an area row
            self.row_blocks([as_block(Paragraph(block.text, None, block.location))], (), ln)
            return
        if (self.columns is None or register) and self.title is not None \
                and self.area_lead_re.fullmatch(text):
            self.list_area(block, ln)  # "### Area 2: Digital" over lists, no table
            return
        if chapter_heading(self, block, ln):
            return  # a tracker's chapter, cut out of its table by the text reader
        self.section_heading(block, ln)

    def section_heading(self, block: Heading, ln: int) -> None:
        """A heading that is no area nor label: the title, or a section's heading (a theme
        for the areas under it). A top-level heading after numbered paragraphs ("# Access
        to services" after "1.1 The group ...") is a section's, not the title (that is
        the plain line above them, if any)."""
        text = clean_text(block.text.text)
        if block.level == 1 and self.title is None and self.numbered_seen and text:
            first = next((n for n in self.notes if n[0] == "paragraph"), None)
            if first is not None:  # (the title a plain line above them: "Title" style)
                self.title = first[1]
                self.notes[self.notes.index(first)] = ("title", *first[1:])
            self.notes.append(("heading", text, ln))
            self.pending_heading = (text, ln)
        else:
            self.heading(block.level, block.text.markdown(), ln)
        # (a top-level heading after the title is a section's heading, as a lower one is)
        if block.level > 1 or (text and self.notes[-1:] == [("heading", text, ln)]):
            self.headings_seen.append((block.level, text, ln))
            self.last_of_level[block.level] = (len(self.headings_seen), (block.level, text, ln))

    # -- recommendations printed as lists, with no table ---------------------------------
    def list_area(self, block: Heading | Paragraph, ln: int) -> None:
        """An area printed as a heading (or a bold line): its theme is the nearest heading
        above it of a higher level ("## Theme: Scrutiny" over "### Area 1: ..."); the lists
        under its labels ("**Recommendations**") are its items."""
        self.theme_above(block.level if isinstance(block, Heading) else 7)
        self.table_started = True
        self.prose_after_rows = False
        self.row_blocks([as_block(Paragraph(block.text, None, block.location))], (), ln)

    def theme_above(self, level: int) -> None:
        """The theme of an area printed as a heading of ``level``: the nearest heading
        above it of a higher level."""
        above = self.heading_above(level)
        if above is not None and not self.is_title(*above[1:]):  # (never the title)
            _, text, line = above
            if ("heading", text, line) in self.notes:
                self.notes.remove(("heading", text, line))
            self.set_theme(text, line)

    def heading_above(self, level: int) -> tuple[int, str, int] | None:
        """The last heading seen of a higher level than ``level`` (level, text, line), or
        None: a look at the last of each level, not a pass over every heading."""
        found = [seen for lv, seen in self.last_of_level.items() if lv < level]
        return max(found)[1] if found else None

    def is_title(self, text: str, line: int) -> bool:
        """Whether a heading is the document's title: the first thing it prints (a larger
        heading than the chapters under it, as a PDF prints it), not a heading after
        paragraphs nor one taken for the title until a table came."""
        return self.notes[:1] == [("title", text, line)] \
            and self.title_as_heading != (text, line)

    def grouped_block(self, block: Block, ln: int) -> bool:
        """An area printed as a numbered heading ("### 1. Preparing for revaluation"), or
        an owner heading ("**For Welsh Government:**") over the area's numbered
        recommendations (see :mod:`.owner_groups`)."""
        if not isinstance(block, Paragraph):
            return False
        text = clean_text(block.text.text)
        raw = self.lines[ln - 1] if 0 < ln <= len(self.lines) else ""
        name, rest = heading_name(raw, text)  # (a line the reader joined to the heading)
        if block.number is not None and numbered_heading_area(self, block.number, name, raw):
            self.list_column = self.owner_group = None
            self.theme_above(7)
            self.table_started, self.prose_after_rows = True, False
            self.start_area(int(block.number), name, ln)
            if rest and not is_area_remit(self, rest, ln + 1):
                self.notes.append(("paragraph", rest, ln))
            elif rest and self.current is not None:
                self.current.remit.append(rest)
            return True
        if block.number is not None and numbered_part(self, block.number, name, raw, ln):
            return True  # ("3. Recommendations" over a table naming its areas: a part)
        if block.number is None and block.text.is_bold() and self.current is not None \
                and self.columns is None:
            names = owner_group_label(self, text)
            if names is not None:
                self.owner_group = (self.current.area_id, names)
                self.list_column = _REC
                return True
        return False

    def list_label(self, block: Block) -> bool:
        """A bold label alone ("**Recommendations**", "**Activity underway or achieved**"),
        or a bullet over a nested list ("- Recommendations" over "  - Rec 1 – That ..."),
        under an area printed as a heading: the numbered paragraphs or items below are its
        items."""
        if not (self.current is not None
                and getattr(block, "number", None) is None and len(block.text.text) <= 80):
            return False
        text = block.text.text
        labelled = isinstance(block, Heading) or block.text.is_bold()
        if not labelled:
            bulleted = _bulleted(block)  # "- Recommendations", "\uf0b7 Recommendations"
            if bulleted is None or self.columns is not None:
                return False
            text = clean_text(bulleted)
        role = column_role(text.rstrip(" :"))
        if role not in (_ACT, _REC) or (self.columns is not None and role != _ACT):
            return False  # after a table, only a label over its area's work done
        self.list_column = role
        return True

    def list_item(self, block: Block, ln: int) -> bool:
        """A numbered paragraph under a label is an item of the label's column."""
        if self.list_column is None or self.current is None:
            return False
        part = as_block(block)
        text = _bulleted(block)
        if text is not None:  # "- 1. A survey", "• Rec 1 – That ...": the item, numbered
            part = _Block(text, False)
        if self.number_of(clean_text(part.raw)) is None:
            if text is not None and self.list_column == _ACT:  # "- A plan was agreed."
                read_unnumbered_activity(self, _ACT, text, ln)
                return True
            self.list_column = None  # prose after the list: a note
            return False
        self.item_block(self.list_column, part, ln, False)
        if self.list_column == _REC:
            give_group_owners(self, self.owner_group)  # under "**For Welsh Government:**"
        return True

    def loose(self, block: Block) -> None:
        ln = block.location.line or 0
        if self.claimed(block, ln):
            return
        if self.columns is None and self.title is not None and isinstance(block, Paragraph) \
                and block.number is None and block.text.is_bold() \
                and self.area_lead_re.fullmatch(block.text.text):
            self.list_area(block, ln)  # "**Area 2: Bridges**" alone, over lists
            return
        text = block.text
        raw = self.lines[ln - 1] if 0 < ln <= len(self.lines) else text.text
        if isinstance(block, Paragraph) and block.number is None and text.is_bold() \
                and len(text.text) <= 120 and text.text[0] not in "([" \
                and not self.area_lead_re.fullmatch(text.text):
            self.set_theme(clean_text(text.text), ln)  # "**Theme 3 - Digital**" alone
            return
        if self.is_damaged_row(block, raw):
            self.tabless_row(raw, ln)
            return
        self.notes.append(("paragraph", clean_text(_printed(block)), ln))
        if self.table_started:
            self.prose_after_rows = True

    def claimed(self, block: Block, ln: int) -> bool:
        """Whether a block outside tables is read by a rule of areas printed as headings:
        an owner group or numbered area heading, a list label or item, a plain area line."""
        return self.grouped_block(block, ln) or self.list_label(block) \
            or self.list_item(block, ln) or self.plain_area_line(block, ln)

    def plain_area_line(self, block: Block, ln: int) -> bool:
        """A plain line under an area printed as a heading (see :mod:`.heading_areas`): an
        area lead alone ("Area 1 – Buses", a ``<summary>``), or the area's remit."""
        if not isinstance(block, Paragraph) or block.number is not None \
                or block.text.is_bold():
            return False
        text = clean_text(block.text.text)
        if is_plain_area_lead(self, text):
            self.list_area(block, ln)
            return True
        if is_area_remit(self, text, ln) and self.current is not None:
            self.current.remit.append(text)
            return True
        return False

    def start_area(self, area_id: int, title: str, ln: int) -> None:
        """An area, its name without a printed count of its recommendations (checked at
        the end: :func:`.heading_areas.check_area_counts`)."""
        title, count = split_area_count(title)
        if count is not None and area_id not in self.printed_counts:
            self.printed_counts[area_id] = (count, ln)
        super().start_area(area_id, title, ln)

    def is_damaged_row(self, block: Block, raw: str) -> bool:
        """A line outside the table rows that is a row which lost its tabs: HTML cells (or
        an area lead, or a numbered item right after the rows) where rows are read."""
        if _HTMLISH.search(raw):
            return self.table_started or self.has_area_lead(raw)
        if not self.table_started:
            return False
        return self.has_area_lead(raw) or (
            not self.prose_after_rows and getattr(block, "number", None) is not None)

    def tabless_row(self, raw: str, ln: int) -> None:
        """Read a damaged row block by block, and report it."""
        self.table_started = True
        self.prose_after_rows = False
        self.table_rows += 1
        self.last_row = ([raw], ln)
        before = self.snapshot()
        self.damaged_row([raw], ln)
        self.damaged(1, ln, before, None)

    # -- tables -------------------------------------------------------------------------
    def table(self, table: Table) -> None:
        self.list_column = None
        table = said_did_table(self, table)  # ("You said | We did"; "•<TAB>text" cells)
        table = tracker_header(table)  # ("Update May 2025": a header row with figures)
        columns = map_columns(table.header_text) if table.header else None
        if mixed_response(self, columns):
            columns = None  # a response's columns after a Working Group table: not read
        if columns is None and not table.header and self.columns is not None \
                and all(len(r) <= self.columns.width for r in table.rows):
            columns = self.columns  # rows after a page break, printed without the header
        under_area = columns is None and table.header and self.columns is None \
            and self.current is not None and self.current.line < table.location.line
        if under_area:  # "Recommendation | Lead" under "### Area 2 – Concessionary travel"
            columns = map_columns(table.header_text, in_area=True)
        if columns is None:
            if area_work_table(self, table):  # "Area | What is already happening", later
                return
            cards = area_cards(table, self.area_lead_re)
            if cards is None:
                self.other_table(table)
            else:  # areas printed as cards: the rows they stand for
                self.card_rows(table, cards)
            return
        self.columns = columns
        self.open_table(table, columns)
        for row in table.rows:
            self.model_row(row, columns)
        if under_area:
            self.columns = None  # the next area is printed as a heading again

    def open_table(self, table: Table, columns: Columns) -> None:
        """Note that a recommendations table has started (its header's line, once) and the
        printed columns it adds to the output."""
        self.table_started = True
        if self.header_line is None:
            self.header_line = table.location.line
        for extra in (name for _, name in columns.extras):
            if extra not in self.extra_columns:
                self.extra_columns.append(extra)

    def card_rows(self, table: Table, cards: list[tuple[tuple[Cell, ...], Columns]]) -> None:
        """Read areas printed as cards (see :mod:`.cards`) as the rows they stand for."""
        for row, columns in cards:
            self.open_table(table, columns)
            self.model_row(row, columns)

    def other_table(self, table: Table) -> None:
        """A table that is not a recommendations table: its rows are notes (reported when
        its header names recommendations but the loader knows no other column of it)."""
        header = " | ".join(table.header_text) if table.header else ""
        if "recommendation" in header.casefold():
            self.issue("areas", "table not read", "", table.location.line,
                       f"a table headed {header[:120]!r} names recommendations but has "
                       "no Area or activity column the loader knows (expected e.g. "
                       "'Area | Activity underway or achieved | Recommendations'); its "
                       "text is kept in the notes")
        for row in table.rows if not table.header else (table.header, *table.rows):
            printed = (" ".join(_plain(b) for b in c.blocks) for c in row)
            text = " – ".join(t for t in printed if t)  # numbers kept as printed
            if text:
                self.notes.append(("paragraph", text, row[0].location.line or 0))

    def model_row(self, row: tuple[Cell, ...], columns: Columns) -> None:
        ln = min((c.location.line for c in row if c.location.line), default=0)
        self.table_rows += 1
        self.prose_after_rows = False
        if 0 < ln <= len(self.lines):  # the row as printed, to check where it ends
            self.last_row = (self.lines[ln - 1].split("\t"), ln)

        def blocks(index: int | None) -> list[_Block]:
            if index is None or index >= len(row):
                return []
            return [self.cell_block(b) for b in row[index].blocks]

        if len(row) > columns.width:
            self.issue("areas", "damaged row", "", ln,
                       f"table row has {len(row)} cells but its header has {columns.width}; "
                       "the cells after the last were ignored")
        before = len(self.items[_REC])
        area = numbered_area_cell(self, blocks(columns.area), ln)  # ("1" then its name)
        if columns.area is None and (lead := self.area_row(row)) is not None:
            self.row_blocks(blocks(lead), (), ln)  # "Area 2: Digital" alone in its row
            return
        theme_column(self, columns, row, ln)  # (a register's Theme: its area, with no Area)
        recommendations = topic_area(self, row, columns, blocks(columns.recommendations), ln)
        if columns.number is not None and columns.number < len(row) and recommendations:
            recommendations = self.numbered(recommendations, row[columns.number])
        # (a written response's rows, numbered in reading order when printed with none)
        recommendations = number_response_row(self, columns, recommendations, ln)
        recommendations = number_tracker_row(self, columns, recommendations, ln)
        recommendations = number_sheet_row(self, columns, recommendations, ln)  # (no number)
        recommendations, activities = said_did_row(  # ("You said | We did": new items)
            self, columns, recommendations, blocks(columns.activities), ln)
        activities = number_progress_cell(self, columns, activities, recommendations, ln)
        before_act = len(self.items[_ACT])
        items = ((_ACT, activities), (_REC, recommendations))
        self.row_blocks(area, items, ln)
        if columns.number is not None:
            status_from_row(columns, row, self.items[_ACT][before_act:])
        started = self.items[_REC][before:]
        printed_ref(columns, row, started)  # ("LR1" in the Ref column: kept as its label)
        for index, name in columns.extras:
            if index < len(row):
                self.extra_cell(name, row[index], started)
        if columns.ticks:  # a responsibility matrix: the ticked owners first
            tick_owners(self, columns, row, started, ln)
        for index in (columns.owners, *columns.supporters):  # the lead's first
            if index is not None and index < len(row):
                self.owner_cell(row[index], started, ln)
        read_response_row(self, row, columns, started, ln)  # a written response's answer
        read_update_cells(self, columns, row, started, ln)  # a tracker's update columns
        said_did_owners(self, columns, started)  # "We want the WLGA to ...": WLGA
        report_carried_area(self, columns, row, started, ln)  # (a blank Area cell)

    def numbered(self, blocks: list[_Block], cell: Cell) -> list[_Block]:
        """A register's recommendation cell with the number its number column prints
        ("No." 4) before its text, unless the text is numbered itself."""
        number = clean_text(cell.text).rstrip(".")
        first = blocks[0]
        if not number or self.number_of(f"{number}. X") is None \
                or self.number_of(clean_text(first.raw)) is not None:
            return blocks
        return [_Block(f"{number}. {first.raw}", first.bullet), *blocks[1:]]

    def cell_block(self, block: Block) -> _Block:
        """:func:`as_block` of a cell's block, its HTML written once per distinct text."""
        text = getattr(block, "text", None)
        if text is None:
            return as_block(block)
        known = self.html_of.get(id(text))
        if known is None or known[0] is not text:
            known = self.html_of[id(text)] = (text, text.html())
        return as_block(block, known[1])

    def area_row(self, row: tuple[Cell, ...]) -> int | None:
        """In a table with no Area column, the index of the cell of a row that is an area
        row: one cell holding text, which starts "Area N" (a full-width row), else None."""
        filled = [i for i, cell in enumerate(row) if cell.text.strip()]
        if chapter_row(self, row, filled):
            return 0  # a tracker's chapter across the table: an area named by it
        if len(filled) == 2:
            return self.numbered_area_row(row, filled)
        if len(filled) != 1 or not row[filled[0]].blocks:
            return None
        first = clean_text(as_block(row[filled[0]].blocks[0]).raw)
        return filled[0] if self.area_lead_re.fullmatch(first) else None

    def numbered_area_row(self, row: tuple[Cell, ...], filled: list[int]) -> int | None:
        """In an action plan ("Ref | Recommendation | Owner"), an area printed as a row of
        its number ("1") and its name in bold, all else empty: the index of the name."""
        number = self.columns.number if self.columns is not None else None
        if number not in filled or not _WHOLE_NUMBER.fullmatch(clean_text(row[number].text)):
            return None
        index = filled[1] if filled[0] == number else filled[0]
        blocks = row[index].blocks
        text = getattr(blocks[0], "text", None) if len(blocks) == 1 else None
        return index if text is not None and text.is_bold() and len(text.text) <= 120 \
            else None

    def owner_cell(self, cell: Cell, started: list[_Item], ln: int) -> None:
        """Give the recommendations of a row the owners its Lead/Owner column names: one
        line each when the cell has one line per recommendation started in the row, else
        the whole cell to each (a row continued after a page break: to the recommendation
        it continues)."""
        values = [_plain(b) for b in cell.blocks]
        values = [v for v in values if v and not _is_placeholder(v, self.words["placeholder"])]
        if not values:
            return
        if not started:
            last = self.last_item[_REC]
            if last is None:
                self.issue(_REC, "owner without item", "", ln,
                           f"the owner column reads {' '.join(values)!r} in a row with no "
                           "recommendation; kept in the owner column only")
                return
            started = [last]  # names it has already are not added twice
        labelled = self.labelled_owners(values, started)
        if labelled is not None:
            for item, value in labelled:
                self.add_column_owners(item, value, ln)
            return
        shared = len(values) != len(started) or self.lead_is_default
        if len(values) != len(started):
            values = [" / ".join(values)] * len(started)
        for item, value in zip(started, values, strict=True):
            if shared and len(started) + self.lead_is_default > 1 and item.owners:
                continue  # (its own bracket names its lead: the row's lead is the default)
            self.add_column_owners(item, value, ln)

    #: whether a row's owner cell is the default lead of its recommendations, which one
    #: naming its own owners (a bracket after it) overrides: a card's or an area's table
    #: (:class:`.card_reader.RecordParser`); else it is only when the cell is shared by
    #: several recommendations of the row
    lead_is_default = False

    def labelled_owners(self, values: list[str], started: list[_Item]
                        ) -> list[tuple[_Item, str]] | None:
        """Owner lines that each start with the number of a recommendation of the row
        ("R1 – Lead: CJCs; Support: WLGA"): each line's owners go to that recommendation,
        its number left out. None unless every line starts with the number of one."""
        by_number = {item.number: item for item in started}
        out: list[tuple[_Item, str]] = []
        for value in values:
            m = self.number_of(value)
            rest = value[m.end:].lstrip(" \u2013\u2014-:") if m is not None else ""
            if m is None or m.number not in by_number or not rest:
                return None
            out.append((by_number[m.number], rest))
        return out

    def add_column_owners(self, item: _Item, value: str, ln: int) -> None:
        """Add the owners an owner cell names ("Welsh Government and Data Cymru") to an
        item: known names as their codes, others kept as printed (reported at the end)."""
        names = owner_names(value, self.known)
        if not names:
            self.issue(_REC, "owner not read", item.printed, ln,
                       f"recommendation {item.printed}: the owner column reads {value!r}, "
                       "which names no owner; kept in the owner column only")
            return
        for name in names:
            if name not in item.owners:
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)

    def extra_cell(self, name: str, cell: Cell, started: list[_Item]) -> None:
        """Give the recommendations of a row what the row prints in another column: one
        value each when the cell has one block per recommendation started in the row, else
        the whole cell to each (a row continued after a page break: to the item it
        continues, when that has none yet)."""
        values = [_plain(b) for b in cell.blocks]
        if not values:
            return
        if not started:
            last = self.last_item[_REC]
            if last is not None and name not in last.extra:
                last.extra[name] = " ".join(values)
            return
        if len(values) != len(started):
            values = [" ".join(values)] * len(started)
        for item, value in zip(started, values, strict=True):
            item.extra[name] = value
