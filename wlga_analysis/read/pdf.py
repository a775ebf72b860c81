"""Read a PDF into the document model, with PDFium (``pypdfium2``).

A PDF has no paragraphs, lists or headings: only words at positions, in fonts. This reader
rebuilds them, once, for every interpreter:

1. **Words and lines** (:mod:`wlga_analysis.read.pdf_page`,
   :mod:`~wlga_analysis.read.pdf_lines`). Words keep their font; a word whose font weight
   is 600 or more, or whose font name says bold (``Helvetica-Bold``, ``Arial,Bold``,
   ``...-Semibold``, ``...-Black``), is bold. Words on one baseline make a line.
2. **Tables from ruling lines**: each cell's lines become the cell's blocks; a merged cell
   leaves empty cells where it spans.
3. **Page furniture** is removed with a :class:`~wlga_analysis.read.model.Note`: a line in
   the top or bottom margin repeated at the same place on most pages (digits aside: "Page 2
   of 3" and "Page 3 of 3" are one line), "Page N (of M)" and a lone page number in a margin,
   and a margin line printed smaller than the body text.
4. **Blocks.** Lines separated by more than a line's spacing, or starting with a list
   marker (:mod:`wlga_analysis.read.markers`), start a new block; a one-line bold block
   printed larger than the body text is a heading, its level from how much larger
   (:data:`HEADING_SIZES`); list items take their nesting level from their indentation.
5. **Across pages**: a table continued on the next page (same columns) is one table, its
   repeated header row removed, and a row the page break split (a cell going on in lower
   case, or a register's numbered row followed by one with an empty number cell) is one
   row; a paragraph cut by the page break (no full stop, and the next page
   going on in lower case or the last line running to the margin) is one paragraph. Each
   join is noted ("table continued", "repeated header row", "row joined", "paragraph
   joined"; removed furniture as "page furniture").
6. **Words split in narrow cells**: a word too long for its table cell is broken across two
   lines with no hyphen ("Welsh Gov" / "ernment"). The two parts are one word again when the
   line ran to the cell's edge, the next goes on in lower case, the word is wider than the
   cell's lines, and the whole word is printed somewhere else in the document; each join is
   noted ("word joined"). Without that evidence the break stays a space.

What a PDF cannot give: a scanned page has no text layer (ParseError "no text layer", never
an empty table); an encrypted PDF needs its password (ParseError). Automatic list numbers
are printed in a PDF, so they are read like any printed number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.read.blocks import block_from_text, nest_by_indent
from wlga_analysis.read.colour_dots import dot_words
from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.model import (
    Block,
    Cell,
    DocumentModel,
    Heading,
    Inline,
    ListItem,
    Location,
    Note,
    Table,
    _plain_spans,
)
from wlga_analysis.read.pdf_box_columns import boxed_columns
from wlga_analysis.read.pdf_boxes import board_cards, box_items, place_boxes
from wlga_analysis.read.pdf_cells import WordIndex
from wlga_analysis.read.pdf_columns import column_parts
from wlga_analysis.read.pdf_lines import _Line, _lines, is_bold_font
from wlga_analysis.read.pdf_offset_rows import across_breaks
from wlga_analysis.read.pdf_print import remove_browser_bars
from wlga_analysis.read.pdf_unruled import with_unruled
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["HEADING_SIZES", "is_bold_font", "read_pdf"]

#: (size / body size at least, heading level): a one-line bold block printed larger.
HEADING_SIZES: tuple[tuple[float, int], ...] = ((1.8, 1), (1.45, 2), (1.22, 3), (1.05, 4))
_PAGE_NUMBER = compile_regex(r"(?i)(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
                             r"|[-–]\s*\d{1,4}\s*[-–]")
_MARGIN = 0.09  # top and bottom fraction of the page where furniture is looked for
_TERMINAL = tuple(".!?:;")


@dataclass
class _TablePart:
    """The rows of one table found on one page: each cell a list of lines."""

    rows: list[list[list[_Line]]]
    columns: tuple[float, ...]
    top: float
    bottom: float
    page: int
    last_page: int = 0  # the page it ends on, once continued
    order: float | None = None  # a box's, in a column found from boxes (.pdf_box_columns)


@dataclass
class _Page:
    number: int
    height: float
    items: list[_Line | _TablePart] = field(default_factory=list)


def _table_part(table: Any, words: WordIndex, page: int) -> _TablePart | None:
    """The rows of a table (a Grid) read from the page's words (each cell's words those
    whose centre is in its box: :class:`~wlga_analysis.read.pdf_cells.WordIndex`)."""
    rows = []
    for row in table.rows:  # (a cell holding only a coloured dot: its colour's name)
        rows.append([[] if bbox is None else _lines(dot_words(found), page)
                     for bbox, found in zip(row, words.row_cells(row), strict=True)])
    if not rows:
        return None
    columns = tuple(round(c[0]) for c in table.rows[0] if c is not None)
    _, top, _, bottom = table.bbox
    return _TablePart(rows, columns, top, bottom, page)


def _shaded_cells(part: _TablePart, table: Any, page: Any, height: float) -> None:
    """Give each empty filled cell of ``part`` its fill's text (colours.fill_text): a RAG
    colour's name ("Green": a RAG by colour alone), or a Gantt bar's "■" (dark fills)."""
    from wlga_analysis.read.colours import fill_text  # (a RAG name, or a Gantt bar's "■")
    from wlga_analysis.read.pdf_page import filled_boxes

    boxes: dict[int, list[tuple[tuple[float, float, float, float], str]]] | None = None
    size: float | None = None  # (the largest line's size, found once)
    for row, cells in zip(table.rows, part.rows, strict=False):
        for c, (bbox, lines) in enumerate(zip(row, cells, strict=False)):
            if lines or bbox is None:
                continue
            if boxes is None:  # (the page's fills read once, by where they start)
                boxes = {}
                for box in filled_boxes(page, height):
                    boxes.setdefault(round(box[0][0] / 4), []).append(box)
            x0, top, x1, bottom = bbox
            near = (b for k in range(round(x0 / 4) - 1, round(x0 / 4) + 2)
                    for b in boxes.get(k, ()))
            name = next((fill_text(colour) for (a, b, c2, d), colour in near
                         if a <= x0 + 2 and b <= top + 2 and c2 >= x1 - 2 and d >= bottom - 2
                         and c2 - a < 3 * (x1 - x0)), None)
            if name:
                if size is None:
                    size = max((line.size for cs in part.rows for ls in cs for line in ls),
                               default=10.0)
                cells[c] = [_Line(Inline(name), top + 2, min(bottom, top + 2 + size), x0 + 2,
                                  size, part.page, x0 + 2 + size * len(name) / 2)]


def _column_lines(body: list[dict], breaks: list[tuple[float, float]], number: int
                  ) -> list[_Line]:
    """The lines of a page's text outside its tables; those of a block set in two columns
    (:func:`~wlga_analysis.read.pdf_columns.column_parts`) given the order they are read
    in: down the left column, then down the right."""
    out: list[_Line] = []
    for part_words, top, side in column_parts(body, breaks):
        lines = _lines(part_words, number)
        if top is not None:  # a column of a two-column block: read down, left then right
            for k, line in enumerate(lines):
                line.order = top + 0.5 * (side or 0) + k * 1e-4
            if side and lines:
                lines[0].column_start = True
        out.extend(lines)
    return out


def _reading_key(item: _Line | _TablePart) -> float:
    """Where a page's item is read: a column block's by its order, any other by its top."""
    return item.top if item.order is None else item.order


def _read_page(page: Any, number: int) -> _Page:
    from wlga_analysis.read.pdf_page import page_words, ruled_tables

    height = float(page.get_height())
    words = page_words(page, height)
    out = _Page(number, height)
    index: WordIndex | None = None
    taken: list[tuple[float, float, float, float]] = []
    panels: list[tuple[tuple[float, float, float, float], list[_Line]]] = []
    for table in with_unruled(ruled_tables(page, height, words), words):
        index = index or WordIndex(words)  # (the words sorted once, for the first table)
        part = _table_part(table, index, number)
        if part is None or not any(any(c for c in r) for r in part.rows):
            continue
        if any(not c for r in part.rows for c in r):
            _shaded_cells(part, table, page, height)
        taken.append(table.bbox)
        if len(part.rows) == 1 and len(part.rows[0]) == 1:  # one cell: a box, not a table
            panels.append((table.bbox, box_items(part, table.bbox, index.within(table.bbox))))
            continue
        out.items.append(part)
    body = index.outside(taken) if index and taken else words
    spans = [(i.top, i.bottom) for i in out.items]  # (the tables')
    breaks = spans + across_breaks(panels, body)
    lines = _column_lines(body, breaks, number)  # (.pdf_offset_rows: a banner)
    out.items.extend(lines)
    out.items.sort(key=_reading_key)
    rest = board_cards(out.items, panels, words, number)  # (.pdf_boards)
    if rest is panels and index is not None and all(line.order is None for line in lines):
        rest = _boxed_columns(out, (body, spans, index), rest)
    place_boxes(out.items, rest)
    return out


def _boxed_columns(out: _Page, page: tuple[list[dict], list[tuple[float, float]], WordIndex],
                   panels: list[Any]) -> list[Any]:
    """The page's lines and boxes put in the order of the columns its boxes make, when
    they make columns (:mod:`~wlga_analysis.read.pdf_box_columns`); the boxes left to place
    (all of them when they make none)."""
    body, spans, index = page
    boxed = boxed_columns(body, panels, spans, out.number, index)
    if boxed is None:
        return panels
    out.items = sorted([i for i in out.items if not hasattr(i, "text")] + boxed[0],
                       key=_reading_key)
    return boxed[1]


# -------------------------------------------------------------------------- furniture
def _remove_furniture(pages: list[_Page], notes: list[Note], body_size: float) -> None:
    """Remove running headers, footers and page numbers (see the module's description);
    a line in a margin printed smaller than the body text is furniture too (a document of
    one page has nothing to repeat), unless a shaded box holds it (a section banner heading
    a page's first column)."""
    margin_keys: Counter[tuple[str, int]] = Counter()
    for page in pages:
        seen = set()
        for item in page.items:
            if isinstance(item, _Line) and _in_margin(item, page):
                seen.add((item.key, round(item.top / 4)))
        margin_keys.update(seen)
    needed = max(2, (len(pages) + 1) // 2)
    for page in pages:
        kept: list[_Line | _TablePart] = []
        for item in page.items:
            if isinstance(item, _Line) and _in_margin(item, page) and (
                    margin_keys[(item.key, round(item.top / 4))] >= needed
                    or _PAGE_NUMBER.fullmatch(item.text.text.strip())
                    or (item.size < body_size - 0.5 and not item.panel)):
                notes.append(Note(Location(page=page.number), "page furniture", item.text.text))
                continue
            kept.append(item)
        page.items = kept


def _in_margin(line: _Line, page: _Page) -> bool:
    return line.bottom < page.height * _MARGIN or line.top > page.height * (1 - _MARGIN)


# ----------------------------------------------------------------------------- blocks
#: Letters at the end and at the start of a line (the parts of a word a line break split).
_WORD_END = compile_regex(r"[^\W\d_]+$")
_WORD_START = compile_regex(r"[^\W\d_]+")


def _word_end(text: str) -> str | None:
    """The letters ending ``text`` (``_WORD_END``), found from the end: the pattern's own
    search tries every start in the text, each up to the end of its run of letters.

    Examples
    --------
    >>> _word_end("local authori"), _word_end("in 2025"), _word_end("")
    ('authori', None, None)
    """
    if text.endswith("\n"):  # ("$" matches before a final line break too)
        found = _WORD_END.search(text)
        return found.group() if found else None
    found = _WORD_START.match(text[::-1])
    return found.group()[::-1] if found else None


def _all_lines(pages: list[_Page]) -> Iterator[_Line]:
    """Every line of the pages, those of table cells included."""
    for page in pages:
        for item in page.items:
            if isinstance(item, _Line):
                yield item
            else:
                yield from (line for row in item.rows for cell in row for line in cell)


def _document_words(pages: list[_Page]) -> frozenset[str]:
    """The words (runs of letters, lower case) printed anywhere in the pages, table cells
    included: the evidence that two parts of a split word are one word."""
    words: set[str] = set()
    after_hyphen = False
    for line in _all_lines(pages):
        found = _WORD_START.findall(line.text.text.lower())
        # (the word part after a line-end hyphen is no evidence of itself: "develop-" "ment")
        words.update(found[1:] if after_hyphen and line.text.text[:1].islower() else found)
        after_hyphen = _HYPHEN_END.search(line.text.text[-3:]) is not None  # (ends so)
    return frozenset(words)


#: A line ending in a hyphen after a letter ("develop-", "self-").
_HYPHEN_END = compile_regex(r"[^\W\d_]-$")


def _char_width(line: _Line) -> float:
    """The mean width of a character of ``line``."""
    return (line.x1 - line.x0) / max(len(line.text.text), 1)


#: A dash that may open a wrapped line of a sentence ("– Lead: LG") as well as a list item.
_DASHES = ("\u2013 ", "\u2014 ")


def _wrapped_dash(prev: _Line, line: _Line) -> bool:
    """Whether a line opening with a dash goes on with the sentence of the line above: it
    starts at the same left edge, the line above opens with no bullet (a numbered paragraph
    may) and stops without a full stop, colon or semicolon (a dash list follows a colon).

    Examples
    --------
    >>> def line(text, x0):
    ...     return _Line(Inline(text), 0, 10, x0, 9, 1, 400)
    >>> _wrapped_dash(line("1. That councils report every quarter", 72), line("– Lead: LG", 72))
    True
    >>> _wrapped_dash(line("The actions are:", 72), line("– a review", 72))
    False
    >>> _wrapped_dash(line("– a review of the scheme", 72), line("– a new guide", 72))
    False
    """
    text, above = line.text.text, prev.text.text.rstrip()
    if not text.startswith(_DASHES) or above.endswith((*_TERMINAL, ":", ";")):
        return False
    if prev.text_x0 is not None and abs(line.x0 - prev.text_x0) < 1.0:
        return True  # under the text of a bullet item (its glyph printed apart): wrapped
    marker = parse_marker(above)
    return abs(line.x0 - prev.x0) < 1.0 and (marker is None or marker.kind != "bullet")


@dataclass
class _Blocks:
    """Lines to blocks, with the body text size for headings, the document's words (to
    join a word a narrow cell split) and the notes of the joins."""

    body_size: float
    words: frozenset[str] = frozenset()
    notes: list[Note] = field(default_factory=list)

    def group(self, lines: list[_Line]) -> list[list[_Line]]:
        """Lines into blocks: a gap larger than half a line, or a list marker, starts one."""
        groups: list[list[_Line]] = []
        for line in lines:
            if groups and not self._starts_block(groups[-1][-1], line):
                groups[-1].append(line)
            else:
                groups.append([line])
        return groups

    def _starts_block(self, prev: _Line, line: _Line) -> bool:
        if line.page != prev.page:
            return not line.continues
        if line.column_start:  # the top of a right-hand column: a sentence may go on
            return prev.text.text.endswith(_TERMINAL) or not line.text.text[:1].islower()
        if line.panel != prev.panel:  # a box read after the column beside it
            return True
        if line.top - prev.bottom > 0.45 * max(prev.size, 1):
            return True
        if abs(line.size - prev.size) > 0.5:
            return True
        marker = parse_marker(line.text.text)
        if marker is not None and _wrapped_dash(prev, line):
            return False  # "... every quarter" / "– Lead: LG": the sentence goes on
        return marker is not None and (marker.kind == "bullet" or
                                       prev.text.text.endswith(_TERMINAL))

    def split_word(self, prev: _Line, line: _Line, edges: tuple[float, float]) -> str | None:
        """The word a cell's line break split between ``prev`` and ``line`` (None when the
        break is between two words). ``edges``: the left and right of the cell's lines.

        Examples
        --------
        >>> def line(text, x0, x1):
        ...     return _Line(Inline(text), 0, 10, x0, 9, 1, x1)
        >>> blocks = _Blocks(9, frozenset({"welsh", "government", "funds"}))
        >>> blocks.split_word(line("Welsh Gov", 0, 45), line("ernment", 0, 35), (0, 45))
        'Government'
        >>> blocks.split_word(line("That every", 0, 45), line("council", 0, 30), (0, 45))
        >>> _Blocks(9, frozenset({"self", "assessment"})).split_word(
        ...     line("a self-as", 0, 45), line("sessment", 0, 40), (0, 45))
        'assessment'
        """
        if not line.text.text[:1].islower():  # (no lower-case start: no word goes on)
            return None
        tail = _WORD_START.match(line.text.text)
        if tail is None:
            return None
        head = _word_end(prev.text.text)
        if head is None:
            return None
        word = head + tail.group()
        left, right = edges
        if word.lower() not in self.words or prev.x1 < right - 1.5 * _char_width(prev):
            return None
        # the width of all that is printed without a space ("self-as" + "sessment")
        wide = len(prev.text.text.split()[-1]) * _char_width(prev) \
            + len(line.text.text.split()[0]) * _char_width(line)
        return word if wide > 0.9 * (right - left) else None

    def hyphenated(self, before: str, after: str) -> bool:
        """Whether a line ending "-" broke a word the typesetter hyphenated ("authori-" /
        "ties"), not a compound ("self-" / "assessment"): the word without the hyphen is
        printed whole somewhere in the document, and the hyphenated one is not; or, when it
        is not printed whole, the part after the hyphen is printed nowhere as a word of its
        own ("Organisational develop-" / "ment"). A compound keeps its hyphen ("self-" /
        "assessment", "e-" / "learning": its second part is a word of the document).

        Examples
        --------
        >>> blocks = _Blocks(9, frozenset({"authorities", "self", "assessment"}))
        >>> blocks.hyphenated("local authori-", "ties and")
        True
        >>> blocks.hyphenated("a self-", "assessment")
        False
        >>> blocks.hyphenated("develop-", "ment leads"), blocks.hyphenated("self-", "assessment")
        (True, False)
        """
        head = _WORD_END.search(before[:-1])
        tail = _WORD_START.match(after)
        if head is None or tail is None or _HYPHEN_END.search(before) is None:
            return False
        if (head.group() + tail.group()).lower() in self.words:
            return not (head.group().lower() in self.words and tail.group().lower() in self.words)
        return tail.group().lower() not in self.words  # "develop-" / "ment": no word alone

    def block(self, lines: list[_Line], location: Location,
              edges: tuple[float, float] | None = None) -> Block:
        text = self._joined(lines, location, edges) if len(lines) > 1 else None
        if text is None:
            text = self._joined_one_by_one(lines, location, edges)
        level = self.heading_level(lines)
        if level is not None:
            plain = text if not text.is_bold() else Inline(text.text)
            return Heading(plain, level, None, location)
        return block_from_text(text, location)

    def _joined(self, lines: list[_Line], location: Location,
                edges: tuple[float, float] | None) -> Inline | None:
        """The text of a block's lines joined as :meth:`_joined_one_by_one` joins them, in
        one pass (the text and its bold spans written out once, not a new text per line),
        for lines that print something, each with bold spans as ``Inline.from_runs`` makes
        them, none ending in a hyphen before a lower-case start (there a hyphen may go:
        None, to be joined one by one)."""
        for prev, line in pairwise(lines):
            if prev.text.text.endswith("-") and line.text.text[:1].islower():
                return None
        if not all(ln.text.text and _plain_spans(ln.text.bold, len(ln.text.text))
                   for ln in lines):
            return None
        first = lines[0].text
        pieces, spans, n = [first.text], list(first.bold), len(first.text)
        for prev, line in pairwise(lines):
            word = self.split_word(prev, line, edges) if edges else None
            if word is not None:
                self.notes.append(Note(location, "word joined",
                                       f"{prev.text.text[-20:]}|{line.text.text[:20]} -> {word}"))
            else:  # (a space, bold between a bold end and a bold start)
                if prev.text.bold and prev.text.bold[-1][1] == len(prev.text.text) \
                        and line.text.bold and line.text.bold[0][0] == 0:
                    spans[-1] = (spans[-1][0], n + 1)
                pieces.append(" ")
                n += 1
            for a, b in line.text.bold:
                if spans and spans[-1][1] == a + n:  # (a bold end meets a bold start)
                    spans[-1] = (spans[-1][0], b + n)
                else:
                    spans.append((a + n, b + n))
            pieces.append(line.text.text)
            n += len(line.text.text)
        return Inline("".join(pieces), tuple(spans))

    def _joined_one_by_one(self, lines: list[_Line], location: Location,
                           edges: tuple[float, float] | None) -> Inline:
        """The text of a block's lines, joined a line at a time: a space between two, or
        none where a hyphen ends a word the typesetter broke (the hyphen removed) or a cell's
        line break split a word (notes of both)."""
        text = lines[0].text
        for prev, line in pairwise(lines):
            joint = "" if text.text.endswith("-") and line.text.text[:1].islower() else " "
            if not joint and self.hyphenated(text.text, line.text.text):
                text = text.slice(0, len(text.text) - 1)  # "recommen-" / "dation": one word
                self.notes.append(Note(location, "hyphen removed",
                                       f"{prev.text.text[-20:]}|{line.text.text[:20]}"))
            word = self.split_word(prev, line, edges) if edges and joint else None
            if word is not None:
                joint = ""
                self.notes.append(Note(location, "word joined",
                                       f"{prev.text.text[-20:]}|{line.text.text[:20]} -> {word}"))
            both_bold = bool(text.bold) and text.bold[-1][1] == len(text.text) and bool(
                line.text.bold) and line.text.bold[0][0] == 0
            text = text + Inline(joint, ((0, len(joint)),) if both_bold and joint else ()) \
                + line.text
        return text

    def heading_level(self, lines: list[_Line]) -> int | None:
        """A bold block of up to two lines printed larger than the body text, or of three
        printed at a title's size (a long title wraps): a heading."""
        if len(lines) > 3 or not lines[0].text.is_bold() or self.body_size <= 0:
            return None
        ratio = lines[0].size / self.body_size
        if len(lines) == 3 and ratio < HEADING_SIZES[1][0]:
            return None
        return next((level for least, level in HEADING_SIZES if ratio >= least), None)

    def blocks(self, lines: list[_Line], cell: Location | None = None) -> list[Block]:
        out: list[Block] = []
        indents: list[float | None] = []
        edges = (min(line.x0 for line in lines), max(line.x1 for line in lines)) \
            if cell is not None and lines else None
        for group in self.group(lines):
            loc = cell or Location(page=group[0].page)
            block = self.block(group, loc, edges)
            out.append(block)
            indents.append(group[0].x0 if isinstance(block, ListItem) else None)
        return nest_by_indent(out, indents, tolerance=4)


# ------------------------------------------------------------------ across the pages
def _same_columns(a: _TablePart, b: _TablePart) -> bool:
    return len(a.columns) == len(b.columns) and all(
        abs(x - y) <= 3 for x, y in zip(a.columns, b.columns, strict=True))


def _row_text(row: list[list[_Line]]) -> list[str]:
    return [" ".join(line.text.text for line in cell) for cell in row]


def _merge(pages: list[_Page], notes: list[Note]) -> list[_Line | _TablePart]:
    """One stream of items; tables continued on the next page joined (repeated header
    rows removed), paragraphs cut by a page break joined."""
    items: list[_Line | _TablePart] = []
    right = max((i.x1 for p in pages for i in p.items if isinstance(i, _Line)), default=0.0)
    for page in pages:
        for n, item in enumerate(page.items):
            prev = items[-1] if items else None
            first = n == 0
            if first and isinstance(item, _TablePart) and isinstance(prev, _TablePart) \
                    and (prev.last_page or prev.page) == item.page - 1 \
                    and _same_columns(prev, item):
                _continue_table(prev, item, notes)
                continue
            if first and isinstance(item, _Line) and isinstance(prev, _Line) \
                    and _continues(prev, item, right):
                notes.append(Note(Location(page=item.page), "paragraph joined",
                                  f"a paragraph of page {prev.page} continues: "
                                  f"{item.text.text[:40]}"))
                item = replace(item, continues=True)
            items.append(item)
    return items


def _continue_table(prev: _TablePart, item: _TablePart, notes: list[Note]) -> None:
    """Append the rows of ``item`` (the same table on the next page) to ``prev``: a repeated
    header row removed, a row split by the page break joined; each noted."""
    rows = item.rows
    was = prev.last_page or prev.page
    if rows and _row_text(rows[0]) == _row_text(prev.rows[0]):
        rows = rows[1:]
        notes.append(Note(Location(page=item.page), "repeated header row",
                          " | ".join(_row_text(item.rows[0]))))
    notes.append(Note(Location(page=item.page), "table continued",
                      f"the table of page {was} continues"))
    if rows and prev.rows and _row_continues(prev.rows[-1], rows[0]):
        notes.append(Note(Location(page=item.page), "row joined",
                          f"a table row of page {was} continues"))
        prev.rows[-1] = _join_row(prev.rows[-1], rows[0])
        rows = rows[1:]
    prev.rows.extend(rows)
    prev.last_page = item.page


def _row_continues(last: list[list[_Line]], first: list[list[_Line]]) -> bool:
    """Whether the first row of a table's next page is the rest of its last row (the page
    break split the row): some cell goes on in lower case where the cell above stopped
    without a full stop, and no cell starts an item (a list marker)."""
    if _numbered_row(last) and _numbered_row(first):
        return False  # a register's next row: its own number in its first cell ("5")
    if _numbered_row(last) and first and not first[0] and any(first[1:]):
        return True  # a register's row going on: no number of its own in its first cell
    goes_on = False
    for above, below in zip(last, first, strict=False):
        if not below:
            continue
        text = below[0].text.text
        if parse_marker(text) is not None:
            return False
        if above and text[:1].islower() and not above[-1].text.text.endswith(_TERMINAL):
            goes_on = True
    return goes_on


#: A row's number alone in its first cell ("5", "5.", "R5", "1a", "3.2"): a register's row.
_ROW_NUMBER = compile_regex(r"[A-Za-z]{0,4}\d{1,4}(?:\.\d{1,3}){0,2}[a-z]?\.?")


def _numbered_row(row: list[list[_Line]]) -> bool:
    """Whether a row's first cell is one line holding a row number alone."""
    return bool(row) and len(row[0]) == 1 and bool(_ROW_NUMBER.fullmatch(row[0][0].text.text))


def _join_row(last: list[list[_Line]], first: list[list[_Line]]) -> list[list[_Line]]:
    """The cells of a row split by a page break, joined; a cell's text that goes on in lower
    case joins its paragraph."""
    out = []
    for above, below in zip(last, first, strict=False):
        if above and below and below[0].text.text[:1].islower():
            below = [replace(below[0], continues=True), *below[1:]]
        out.append([*above, *below])
    return out


def _continues(prev: _Line, line: _Line, right: float) -> bool:
    """Whether ``line``, first on its page, goes on with ``prev``, last on the page before:
    no full stop there, no marker here, and either a lower-case start or a previous line
    that ran to the right margin (it was wrapped) in the same font size; or, after a
    numbered bold term ("4.1 Diverse council declarations"), its definition in plain text
    indented under it in the same size."""
    text = prev.text.text
    if line.page != prev.page + 1 or not text or text.endswith(_TERMINAL) \
            or parse_marker(line.text.text) is not None:
        return False
    if prev.text.is_bold():  # (a numbered term over its definition, indented under it)
        return parse_marker(text) is not None and not line.text.bold \
            and line.x0 > prev.x0 + prev.size and abs(prev.size - line.size) < 0.5
    return line.text.text[:1].islower() or (
        prev.x1 >= right - 6 * prev.size and abs(prev.size - line.size) < 0.5)


# ------------------------------------------------------------------------------ tables
def _table(part: _TablePart, number: int, reader: _Blocks) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for r, row in enumerate(part.rows):
        cells = []
        for c, lines in enumerate(row, start=1):
            loc = Location(page=lines[0].page if lines else part.page).in_cell(number, r, c)
            cells.append(Cell(tuple(reader.blocks(lines, loc)), loc))
        rows.append(tuple(cells))
    return Table(rows[0], tuple(_indented(rows[1:], part)), Location(page=part.page))


def _indented(body: list[tuple[Cell, ...]], part: _TablePart) -> list[tuple[Cell, ...]]:
    """The body rows with the indent of a column whose cells' text starts further in in
    some rows than in others (a tracker's child tasks printed with a larger cell padding:
    :mod:`.cell_indents`), measured from the column's left edge."""
    from wlga_analysis.read.cell_indents import indent_rows

    starts = part.columns
    measures = [[lines[0].x0 - starts[c] if lines and c < len(starts) else None
                 for c, lines in enumerate(row)] for row in part.rows[1:]]
    return indent_rows(body, measures, tolerance=3.0)


def _model_blocks(items: list[_Line | _TablePart], reader: _Blocks) -> list[Block]:
    blocks: list[Block] = []
    run: list[_Line] = []
    tables = 0
    from wlga_analysis.read.pdf_columns import spaced_table_blocks  # (Courier tables)
    for item in items:
        if isinstance(item, _Line):
            run.append(item)
            continue
        tables = spaced_table_blocks(run, reader.blocks, tables, blocks)
        run = []
        tables += 1
        blocks.append(_table(item, tables, reader))
    spaced_table_blocks(run, reader.blocks, tables, blocks)
    return blocks


def _body_size(pages: list[_Page]) -> float:
    """The size of the body text: the size most characters of plain (not bold) lines are
    printed in, table cells included; 10 when there are none."""
    sizes: Counter[float] = Counter()
    for line in _all_lines(pages):
        if not line.text.bold:
            sizes[round(line.size, 1)] += len(line.text.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _open(data: bytes, path: Path | None) -> Any:
    import pypdfium2 as pdfium

    from wlga_analysis.read.pdf_streams import check_stream_sizes

    check_stream_sizes(data, path)  # (a decompression bomb refused before PDFium)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ParseError("encrypted PDF: it cannot be read without its password; "
                             "expected an unencrypted PDF (save a copy without a password)",
                             path=path) from None
        raise ParseError(f"damaged PDF ({exc}); expected a PDF that a PDF viewer can open",
                         path=path) from None
    if len(pdf) > config.MAX_PDF_PAGES:
        pages = len(pdf)
        pdf.close()
        raise ParseError(f"PDF has {pages:,} pages; a document is expected to have at "
                         f"most {config.MAX_PDF_PAGES:,}", path=path)
    return pdf


def read_pdf(data: bytes, path: Path | None = None) -> DocumentModel:
    """Read the bytes of a PDF into a :class:`DocumentModel` (see the module's description).

    Raises
    ------
    ParseError
        For an encrypted PDF, a damaged one, one with more than
        :data:`~wlga_analysis.config.MAX_PDF_PAGES` pages, or one with no text layer.
    """
    from wlga_analysis.read.pdf_page import reader_name
    from wlga_analysis.read.pdf_pages import read_pages

    pdf = _open(data, path)
    try:
        pages, annotations = read_pages(pdf, path)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"damaged PDF ({type(exc).__name__}: {exc}); expected a PDF that "
                         "a PDF viewer can open", path=path) from None
    finally:
        pdf.close()
    if not pages or not any(page.items for page in pages):
        raise ParseError(f"no text layer: none of the PDF's {len(pages)} page(s) holds text "
                         + (f"(its text is only in {annotations} annotation(s) or form "
                            "field(s), which are not read); expected a PDF with text - print "
                            "it to PDF with its form flattened" if annotations else
                            "(scanned pages?); expected a PDF with text - run OCR on it first"),
                         path=path)
    notes: list[Note] = []
    reader = _Blocks(_body_size(pages), _document_words(pages), notes)
    _remove_furniture(pages, notes, reader.body_size)
    remove_browser_bars(pages, notes, reader.body_size)  # (read.pdf_print)
    blocks = _model_blocks(_merge(pages, notes), reader)
    return DocumentModel(blocks=blocks, path=path, form="pdf", reader=reader_name(), notes=notes)
