"""Read a run of table rows of the text form into :class:`~wlga_analysis.read.model.Table`
blocks: tab-separated rows whose cells are HTML fragments, or Markdown pipe rows.

What a table run holds, and how each row is read:

- **cells** are HTML fragments (tab rows) or Markdown inline text (pipe rows, read by
  ``markdown-it-py``'s inline parser into HTML), then read by the standard library's
  :class:`html.parser.HTMLParser` into blocks: ``<p>`` and loose text give
  :class:`~wlga_analysis.read.model.Paragraph` (with its printed number, ``"6. ..."``),
  ``<li>`` gives :class:`~wlga_analysis.read.model.ListItem` (its printed marker read by
  :func:`~wlga_analysis.read.markers.parse_marker`; an unmarked item of ``<ol start=..>`` is
  numbered as the list would number it), ``<br>`` starts a new block (but is a space inside
  bold text), and ``<b>``/``<strong>`` become bold spans;
- **separator rows** (``---``, ``|---|:--|``) are dropped;
- a **header row**: the row before a pipe separator, or a first row whose cells are all short
  labels; the same header printed again (after a page break) is removed, with a
  :class:`~wlga_analysis.read.model.Note`; a different header starts a new table;
- a **theme row** (only the first cell has text, all of it bold) becomes a
  :class:`~wlga_analysis.read.model.Heading` of level 4 between tables.

Every cell keeps its :class:`~wlga_analysis.read.model.Location` (line, table, row, column).

Examples
--------
>>> blocks, notes = read_table_run(["Area\\tRecommendations", "<p><b>Area 1</b></p>\\t<p>x</p>"], 3)
>>> table = blocks[0]
>>> table.header_text, [c.text for c in table.rows[0]]
(['Area', 'Recommendations'], ['Area 1', 'x'])
>>> table.rows[0][0].location.line
4
>>> blocks, _ = read_table_run(["| Area | Recommendations |", "| --- | --- |",
...                             "| **Area 2:** Finance | 1. That it **(WG)**<br>2. That |"], 1)
>>> cell = blocks[0].rows[0][1]
>>> [(b.number, b.text.text, b.text.bold_text()) for b in cell.blocks]
[('1', 'That it (WG)', ['(WG)']), ('2', 'That', [])]
>>> str(cell.location)
'line 3, table 1, row 1, column 2'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from wlga_analysis.read.cell_indents import spaced_rows
from wlga_analysis.read.cell_markup import markdown_cell, tab_cell
from wlga_analysis.read.dated_headers import is_dated_label
from wlga_analysis.read.header_rows import is_period_label, join_header_rows
from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.model import (
    Block,
    Cell,
    Heading,
    Inline,
    ListItem,
    Location,
    Note,
    Paragraph,
    Table,
    located,
)
from wlga_analysis.read.picture_alt import markdown_image_alt
from wlga_analysis.read.sheet_rows import unquoted_cell
from wlga_analysis.text.money import FIGURES_UNIT
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["cell_blocks", "read_table_run", "split_pipe_row"]

#: Characters a separator row is made of ("---", "|:--|--:|", "===").
_SEPARATOR = frozenset("-:=|+ \t\u2013\u2014")
#: The longest text a header cell has; longer cells are data.
_HEADER_CELL_MAX = 60
#: A year a column is headed with: "2023-24", "2024/25", "FY 2023-24" (a label, not data).
_YEAR_LABEL = compile_regex(r"(?:FY[ \t]?|Financial year[ \t])?(?:19|20)\d\d[-–/](?:\d\d|\d{4})"
                            r"(?:[ \t]\(£(?:'?000s?|k|m)?\))?")  # ("2025/26 (£)": a year's £)
#: A quarter a column is headed with: "Q1", "Quarter 3", "Q2 2025-26" (a label, not data).
_QUARTER_LABEL = compile_regex(r"(?:Q|Quarter[ \t])[1-4]"
                               r"(?:[ \t]+(?:19|20)\d\d[-–/](?:\d\d|\d{4}))?",
                               re.IGNORECASE)
#: An abbreviated label a header cell may end with a full stop: "No.", "Ref.", "Rec no.".
_ABBREVIATED_LABEL = compile_regex(r"(?:[A-Za-z]+\s)?[A-Za-z]{1,3}\.")
_PIPE_SPLIT = compile_regex(r"(?<!\\)\|")
#: Tags that end one block of a cell and start the next.
_BLOCK_TAGS = frozenset({
    "p", "li", "div", "br", "tr", "td", "th", "table", "tbody", "thead", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd", "ol", "ul",
})
_BOLD_TAGS = frozenset({"b", "strong"})
#: The one kind of marker a cell's paragraph is numbered with (:func:`_paragraph`).
_NUMBER_KIND = frozenset({"number"})


# ---------------------------------------------------------------------------------------
# Cells: HTML fragment -> blocks
# ---------------------------------------------------------------------------------------
@dataclass
class _List:
    tag: str  # "ol" or "ul"
    next_number: int = 1


@dataclass
class _Pending:
    """The block being collected: its kind ("p", "li" or "text") and its runs."""

    kind: str = "text"
    runs: list[tuple[str, bool]] = field(default_factory=list)


class _CellHTML(HTMLParser):
    """Collect the blocks of one cell's HTML fragment."""

    def __init__(self, location: Location) -> None:
        super().__init__(convert_charrefs=True)
        self.location = location
        self.blocks: list[Block] = []
        self.lists: list[_List] = []
        self.bold = 0
        self.bold_from = 0  # index in the pending runs where the open bold began
        self.pending = _Pending()

    # -- tags -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BOLD_TAGS:
            if not self.bold:
                self.bold_from = len(self.pending.runs)
            self.bold += 1
        elif tag == "br" and self.bold:
            self.pending.runs.append((" ", True))  # a line break inside bold: a space
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag in ("ol", "ul"):
                self.lists.append(_List(tag, _start_number(attrs)))
            elif tag in ("li", "p"):
                self.pending.kind = tag
        else:
            self.pending.runs.append((" ", False))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BOLD_TAGS:
            self.bold = max(0, self.bold - 1)
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
        else:
            self.pending.runs.append((" ", False))

    def handle_data(self, data: str) -> None:
        self.pending.runs.append((data, self.bold > 0))

    def feed_bold(self, first: str, closings: list[str], datas: list[str]) -> None:
        """Read text whose only tags are ``<b>``/``<strong>`` (:func:`_bare_tags`' parts):
        what :meth:`handle_starttag`, :meth:`handle_endtag` and :meth:`handle_data` do
        with them, in one loop."""
        runs = self.pending.runs
        bold = self.bold
        if first:
            runs.append((first, bold > 0))
        for closing, data in zip(closings, datas, strict=True):
            if closing:
                bold = bold - 1 if bold > 0 else 0
            else:
                if not bold:
                    self.bold_from = len(runs)
                bold += 1
            if data:
                runs.append((data, bold > 0))
        self.bold = bold

    # -- blocks -----------------------------------------------------------------------
    def flush(self) -> None:
        if self.bold:  # a bold tag left open at the end of its block: damaged, not bold
            runs = self.pending.runs
            runs[self.bold_from:] = [(t, False) for t, _ in runs[self.bold_from:]]
            self.bold = self.bold_from = 0
        pending, self.pending = self.pending, _Pending()
        text = _folded(pending.runs)
        if not text.text:
            return
        if pending.kind == "li" and self.lists:
            self.blocks.append(self.list_item(text))
        else:
            self.blocks.append(_paragraph(text, self.location))

    def list_item(self, text: Inline) -> ListItem:
        current = self.lists[-1]
        level = len(self.lists) - 1
        marker = parse_marker(text.text)
        if marker is not None:
            rest = text.slice(len(text.text) - len(marker.rest), len(text.text)).strip() \
                if marker.rest else Inline("")
            if marker.kind == "number" and marker.number and marker.number.isdigit():
                current.next_number = int(marker.number) + 1
            return ListItem(rest, marker.marker.strip(), marker.kind, marker.number, level,
                            self.location)
        if current.tag == "ol" and _PRINTED_REF.match(text.text):
            return Paragraph(text, None, self.location)  # ("R3 That ...": its own label)
        if current.tag == "ol":
            number = current.next_number
            current.next_number += 1
            return ListItem(text, f"{number}.", "number", str(number), level, self.location)
        return ListItem(text, "•", "bullet", None, level, self.location)


#: A list item that prints its own label, a ref (Word's level text "R%1" written out: "R3
#: That ..."): its number is the label, not the list's count (which restarts in each cell).
_PRINTED_REF = compile_regex(r"[A-Z]{1,3}\d{1,3}[a-z]?\s++(?=\S)")
_SPACES = compile_regex(r"\s+")


def _folded(runs: list[tuple[str, bool]]) -> Inline:
    """The runs as one :class:`Inline`, white space folded to single spaces and stripped
    (run by run: as :meth:`Inline.folded`, without a pass per character).

    A space at the edge of a bold run, next to plain text, is plain (as
    :meth:`Inline.folded` reads a space shared by bold and plain text).

    Examples
    --------
    >>> t = _folded([("  To look ", False), ("at  it", True), ("\\n ", False), (" now ", False)])
    >>> t.text, t.bold
    ('To look at it now', ((8, 13),))
    """
    out: list[tuple[str, bool]] = []
    append = out.append
    ends_in_space = True  # at the start: leading white space is dropped
    for piece, bold in runs:
        if not (piece.isalnum() or piece == " "):  # (nothing to fold in these)
            piece = _SPACES.sub(" ", piece)
        if ends_in_space and piece[:1] == " ":
            piece = piece[1:]
        if not piece:
            continue
        append((piece, bold))
        ends_in_space = piece[-1] == " "
    if out and ends_in_space:
        piece, bold = out[-1]
        out[-1] = (piece[:-1], bold)
    return _inline_of_folded(out)


def _inline_of_folded(runs: list[tuple[str, bool]]) -> Inline:
    """:meth:`Inline.from_runs` of folded runs, a bold run's last space made plain when
    plain text follows it."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    last = len(runs) - 1
    for i, (piece, bold) in enumerate(runs):
        if not bold:
            pieces.append(piece)
            length += len(piece)
            continue
        plain_space = piece[-1:] == " " and i < last and not runs[i + 1][1]
        if plain_space:
            piece = piece[:-1]
        if piece:
            end = length + len(piece)
            if spans and spans[-1][1] == length:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((length, end))
            pieces.append(piece)
            length = end
        if plain_space:
            pieces.append(" ")
            length += 1
    return Inline("".join(pieces), tuple(spans))


def _start_number(attrs: list[tuple[str, str | None]]) -> int:
    """The ``start`` attribute of an ``<ol>`` (1 when absent or not a number)."""
    for name, value in attrs:
        if name == "start" and value and value.strip().isdigit() and len(value.strip()) < 7:
            return int(value.strip())
    return 1


#: Characters that only ever mark a bullet: a cell's paragraph opening with one is an item
#: of a list (a pipe cell's "• A<br>• B"; not "-" or "*": a minus, a footnote).
_CELL_BULLETS = frozenset("•▪‣●◦○■□➢➤►▶▸❖⦁∙\uf0b7\uf0a7")


def _paragraph(text: Inline, location: Location) -> Paragraph | ListItem:
    """A paragraph, its printed number ("6. ...", "4.1 ...") taken off its text; one
    opening with a bullet character (:data:`_CELL_BULLETS`) an item of a list."""
    if text.text[:1] in _CELL_BULLETS and text.text[1:2].isspace() and text.text[2:].strip():
        return ListItem(text.slice(2, len(text.text)).strip(), text.text[0], "bullet", None, 0,
                        location)
    marker = parse_marker(text.text, kinds=_NUMBER_KIND)
    if marker is None or not marker.rest:
        return Paragraph(text, None, location)
    rest = text.slice(len(text.text) - len(marker.rest), len(text.text)).strip()
    return Paragraph(rest, marker.number, location)


def cell_blocks(fragment: str, location: Location | None = None) -> tuple[Block, ...]:
    """Read one cell's HTML fragment into blocks.

    Parameters
    ----------
    fragment : str
        The cell as printed: an HTML fragment (plain text is a fragment too).
    location : Location, optional
        Where the cell stands; every block gets it.

    Returns
    -------
    tuple of Block

    Examples
    --------
    >>> blocks = cell_blocks('<ol start="4"><li>That it <b>(WG)</b></li><li>9. Then</li>'
    ...                      '<li>Next</li></ol><ul><li>○ Update it</li></ul>')
    >>> [(type(b).__name__, b.marker, b.number, b.text.text) for b in blocks]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('ListItem', '4.', '4', 'That it (WG)'), ('ListItem', '9.', '9', 'Then'),
     ('ListItem', '10.', '10', 'Next'), ('ListItem', '○', None, 'Update it')]
    >>> [b.text.text for b in cell_blocks("<b>Area 1: Net zero<br>estate</b><br>To look")]
    ['Area 1: Net zero estate', 'To look']
    """
    if "<" not in fragment and "&" not in fragment:  # plain text: a paragraph, no parser
        # (no white space but single spaces: nothing to fold, the text as it is)
        text = Inline(fragment.strip(" ")) if fragment.isprintable() and "  " not in fragment \
            else _folded([(fragment, False)])
        return (_paragraph(text, location or Location()),) if text.text else ()
    parser = _CellHTML(location or Location())
    tags = _bare_tags(fragment)
    if tags is None:
        parser.feed(fragment)
        parser.close()
    elif _BOLD_TAGS.issuperset(tags[4]):  # bold and text only (a pipe cell's "**WG**")
        parser.feed_bold(tags[0], tags[1], tags[3])
    else:  # the same calls the HTML parser would make, without its per-character work
        handle_data, handle_endtag, handle_starttag = \
            parser.handle_data, parser.handle_endtag, parser.handle_starttag
        for closing, tag, data in _tokens(*tags[:4]):
            if data:
                handle_data(data)
            elif closing:
                handle_endtag(tag)
            else:
                handle_starttag(tag, [])
    parser.flush()
    return tuple(parser.blocks)


#: A tag with no attributes ("<b>", "</li>", "<br/>"), or with quoted ones only
#: (``<ol style="list-style-type: none">``: no attribute matters but an ``<ol>``'s start).
_BARE_TAG = compile_regex(r"<(/?)([A-Za-z][A-Za-z0-9]*+)((?:\s++[A-Za-z_:][A-Za-z0-9_:.-]*+"
                          r"(?:\s*+=\s*+(?:\"[^\"<>]*+\"|'[^'<>]*+'))?+)*+)\s*+(/?)>")
#: Elements whose content the HTML parser reads as raw text, not as markup.
_RAW_TEXT_TAGS = frozenset({"script", "style"})


def _simple_tokens(fragment: str) -> list[tuple[bool, str, str]] | None:
    """The fragment as (closing, tag, data) tokens when every ``<`` in it opens a tag with
    no attributes (what most cells hold); None when it needs the HTML parser.

    Examples
    --------
    >>> _simple_tokens("<b>WG</b> &amp; WLGA")
    [(False, 'b', ''), (False, '', 'WG'), (True, 'b', ''), (False, '', ' & WLGA')]
    >>> _simple_tokens('<ol start="4"><li>x</li></ol>') is None
    True
    """
    tags = _bare_tags(fragment)
    return None if tags is None else _tokens(*tags[:4])


def _bare_tags(fragment: str) -> tuple[str, list[str], list[str], list[str], set[str]] | None:
    """The fragment cut at its tags when every ``<`` in it opens a tag the HTML parser needs
    not read (see :func:`_simple_tokens`): the text before the first tag, then for each tag
    ``"/"`` when it closes, its name in lower case and the text after it (entities decoded),
    and the names it uses.

    Examples
    --------
    >>> _bare_tags("a <B>WG</b>")
    ('a ', ['', '/'], ['b', 'b'], ['WG', ''], {'b'})
    """
    parts = _BARE_TAG.split(fragment)  # data, then 4 groups and data for each tag
    if fragment.count("<") * 5 != len(parts) - 1:
        return None  # a "<" that opens no bare tag (each tag holds exactly one "<")
    closings, names = parts[1::5], parts[2::5]
    lower = {name: name.lower() for name in set(names)}
    used = set(lower.values())
    if any(parts[3::5]) or any(parts[4::5]) or not _RAW_TEXT_TAGS.isdisjoint(used):
        for closing, name, attributes, self_closing in zip(closings, names, parts[3::5],
                                                           parts[4::5], strict=True):
            if (closing and (self_closing or attributes)) or lower[name] in _RAW_TEXT_TAGS \
                    or (lower[name] == "ol" and "start" in attributes.lower()):
                return None
    if any(name != lowered for name, lowered in lower.items()):
        names = [lower[name] for name in names]
    datas = parts[::5]
    if "&" in fragment:
        datas = [html.unescape(data) if "&" in data else data for data in datas]
    return datas[0], closings, names, datas[1:], used


def _tokens(first: str, closings: list[str], names: list[str], datas: list[str]
            ) -> list[tuple[bool, str, str]]:
    """:func:`_bare_tags`' parts as (closing, tag, data) tokens."""
    tokens: list[tuple[bool, str, str]] = []
    append = tokens.append
    if first:
        append((False, "", first))
    for closing, name, data in zip(closings, names, datas, strict=True):
        append((closing == "/", name, ""))  # "<br/>": a start tag, as HTML reads it
        if data:
            append((False, "", data))
    return tokens


# ---------------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------------
def split_pipe_row(line: str) -> list[str]:
    r"""The cells of a Markdown pipe row (``| a | b |``); an escaped ``\|`` stays in its cell.

    Examples
    --------
    >>> split_pipe_row("| Area | A \\| B | Recommendations |")
    ['Area', 'A \\| B', 'Recommendations']
    >>> split_pipe_row("a | b")
    ['a', 'b']
    """
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip() for c in _PIPE_SPLIT.split(body)]


def _is_pipe(line: str) -> bool:
    return line.lstrip(" \t").startswith("|")


def _is_separator(raw_cells: list[str]) -> bool:
    text = "".join(raw_cells)
    return bool(text.strip()) and ("-" in text or "=" in text) and set(text) <= _SEPARATOR


@dataclass
class _Row:
    line: int
    raw: list[str]
    pipe: bool
    header_hint: bool = False  # the row before a pipe separator


def _rows(lines: list[str], first: int) -> list[_Row]:
    """The run's rows (separators dropped; a pipe header marked by its separator)."""
    rows: list[_Row] = []
    for offset, line in enumerate(lines):
        if not line.strip():
            continue
        pipe = _is_pipe(line)
        raw = split_pipe_row(line) if pipe else line.split("\t")
        if '""' in line and not pipe:  # (Excel's quoted cells: read.sheet_rows)
            raw = [unquoted_cell(c) for c in raw]
        if _is_separator(raw):
            # ("+====+" under a grid table's first row marks its header, as "|---|" does)
            if (pipe or "=" in line) and rows and rows[-1].pipe:
                rows[-1].header_hint = True
            continue
        rows.append(_Row(first + offset, raw, pipe))
    return rows


def _joined_header_rows(rows: list[_Row], notes: list[Note]) -> list[_Row]:
    """The rows with a header printed over two rows read as one header row (a Gantt's
    year over its quarter columns: :func:`~wlga_analysis.read.header_rows.join_header_rows`);
    the second row's line is noted as the header's continuation."""
    out: list[_Row] = []
    for row in rows:
        last = out[-1] if out else None
        if last is not None and row.line == last.line + 1 and not last.header_hint \
                and "" in (c.strip() for c in last.raw) and (joined := join_header_rows(
                    [_plain_cell(c) for c in last.raw], [_plain_cell(c) for c in row.raw])):
            out[-1] = _Row(last.line, [html.escape(c, quote=False) for c in joined],
                           last.pipe, header_hint=True)
            notes.append(Note(Location(line=row.line), "continuation",
                              "second header row, read with the first"))
            continue
        out.append(row)
    return out


def _plain_cell(raw: str) -> str:
    """A raw cell's text (its HTML tags and Markdown bold left out)."""
    return html.unescape(re.sub(r"<[^>]*>", " ", raw)).replace("**", "").strip()


def _cells(row: _Row, table: int, number: int,
           cells_read: dict[tuple[str, bool], Cell]) -> tuple[Cell, ...]:
    """The cells of a row; ``cells_read`` holds each distinct cell read so far in the
    document (where it was first read), so that a repeated cell is read once: its blocks
    moved to their own place, its text (:attr:`Cell.text`, the same) joined once."""
    cells = []
    append = cells.append
    line, pipe = row.line, row.pipe
    for col, raw in enumerate(row.raw, start=1):
        loc = Location(line, None, table, number, col)
        first = cells_read.get((raw, pipe))
        if first is None:  # (read where it stands; a repeat is moved to its own place)
            fragment = markdown_cell(raw) if pipe and raw else tab_cell(raw)
            if "![" in raw and (alt := markdown_image_alt(raw)) is not None:
                fragment = html.escape(alt, quote=False)  # (a status icon: its alt text)
            append(cell := Cell(cell_blocks(fragment, loc), loc))
            cells_read[(raw, pipe)] = cell
            continue
        append(first.copied_to(loc))
    return tuple(cells)


def _looks_like_header(cells: tuple[Cell, ...]) -> bool:
    """Every cell a short label: one block of text, no number (but a year, "2024-25", "2025/26
    (£)", a
    quarter, "Q3", or a unit, "Grant (£'000)"), no full stop at its end (but for an
    abbreviation: "No.")."""
    if len(cells) < 2:
        return False
    for cell in cells:
        if len(cell.blocks) != 1 or not isinstance(cell.blocks[0], (Paragraph, Heading)):
            return False
        block = cell.blocks[0]
        text = block.text.text
        if block.number is not None or not text or len(text) > _HEADER_CELL_MAX \
                or (text.endswith(".") and not _ABBREVIATED_LABEL.fullmatch(text)) \
                or (any(map(str.isdigit, text))
                    and any(map(str.isdigit, FIGURES_UNIT.sub("", text)))
                                          and not _YEAR_LABEL.fullmatch(text)
                                          and not _QUARTER_LABEL.fullmatch(text)
                                          and not is_period_label(text)
                                          and not is_dated_label(text)):
            return False
    return True


def _theme_text(cells: tuple[Cell, ...]) -> Inline | None:
    """The text of a row whose only text is the first cell's, all of it bold."""
    if not cells or any(c.blocks for c in cells[1:]) or len(cells[0].blocks) != 1:
        return None
    block = cells[0].blocks[0]
    if not isinstance(block, Paragraph) or block.number is not None:
        return None
    text = block.text
    if not text.is_bold() or len(text.text) > 120 or text.text[0] in "([":
        return None
    return text


def _row_theme(row: _Row, cells: tuple[Cell, ...]) -> Inline | None:
    """The theme a row prints: a bold first cell alone, or a line with no TAB among TAB
    rows (:func:`_merged_text`)."""
    return _theme_text(cells) if len(row.raw) > 1 or row.pipe else _merged_text(cells)


def _merged_text(cells: tuple[Cell, ...]) -> Inline | None:
    """The text of a row printed with no TAB between a table's rows (Word's plain-text save
    of a merged row: :mod:`.merged_rows`), read as a bold merged row is."""
    block = cells[0].blocks[0] if len(cells) == 1 and len(cells[0].blocks) == 1 else None
    return block.text if isinstance(block, Paragraph) and block.number is None else None


def _same_text(cells: tuple[Cell, ...], other: tuple[Cell, ...]) -> bool:
    """The two rows' cells hold the same text, case aside (compared cell by cell)."""
    return len(cells) == len(other) and all(
        a.text.casefold() == b.text.casefold() for a, b in zip(cells, other, strict=True))


@dataclass
class _Builder:
    """Collects tables (and theme headings between them) from a run's rows."""

    first_table: int
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    header: tuple[Cell, ...] = ()
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    leads: list[list[float | None]] = field(default_factory=list)  # (.cell_indents)
    start: int = 0
    open: bool = False
    tables: int = 0  # tables closed so far
    #: the blocks of each distinct cell read so far (see :func:`_cells`)
    cells_read: dict[tuple[str, bool], Cell] = field(default_factory=dict)

    @property
    def table_no(self) -> int:
        return self.first_table + self.tables

    def close(self) -> None:
        if self.open and (self.header or self.rows):
            self.rows = spaced_rows(self.rows, self.leads)  # (a tracker's tree)
            self.blocks.append(Table(self.header, tuple(self.rows), Location(
                line=self.start, table=self.table_no)))
            self.tables += 1
        self.rows = []
        self.leads = []
        self.open = False

    def _new_width_header(self, cells: tuple[Cell, ...], line: int) -> bool:
        """A header of another width after a blank line: a web page's next table."""
        if not (self.open and self.rows and len(cells) > 2) \
                or len(cells) == len(self.rows[-1]):
            return False
        last = self.rows[-1][0].location.line
        return last is not None and line > last + 1 and _looks_like_header(
            cells[1:] if not cells[0].blocks else cells)

    def add(self, row: _Row) -> None:
        # (read where it most likely stands: a table's first row is most often its header)
        read_as = (self.table_no, len(self.rows) + 1 if self.open else 0)
        cells = _cells(row, *read_as, self.cells_read)
        theme = _row_theme(row, cells)
        if theme is not None and not row.header_hint:
            self.close()
            self.blocks.append(Heading(theme, 4, None, Location(line=row.line)))
            return
        is_header = row.header_hint or (not self.open and _looks_like_header(cells)) \
            or self._new_width_header(cells, row.line)
        if self.header and _same_text(cells, self.header):
            if self.open and self.rows:
                self.notes.append(Note(Location(line=row.line, table=self.table_no),
                                       "repeated header", "header row printed again (after "
                                       "a page break): removed"))
                return
            is_header = True
        if is_header:
            self.close()
            at = (self.table_no, 0)
            self.header = cells if at == read_as else _renumber(cells, *at)
            self.start, self.open = row.line, True
            return
        if not self.open:
            self.open, self.start = True, row.line
            if not self.header or len(self.header) != len(cells):
                self.header = ()
        at = (self.table_no, len(self.rows) + 1)
        self.rows.append(cells if at == read_as else _renumber(cells, *at))
        self.leads.append([None if row.pipe else len(c) - len(c.lstrip(" ")) for c in row.raw])


def _renumber(cells: tuple[Cell, ...], table: int, row: int) -> tuple[Cell, ...]:
    """The cells with their table and row numbers set (0 is the header row)."""
    out = []
    for cell in cells:
        loc = Location(line=cell.location.line, table=table, row=row,
                       column=cell.location.column)
        if loc == cell.location:
            out.append(cell)  # numbered right when it was read
            continue
        out.append(Cell(tuple(_relocate(b, loc) for b in cell.blocks), loc))
    return tuple(out)


def _relocate(block: Block, loc: Location) -> Block:
    return located(block, loc)


def read_table_run(lines: list[str], first: int, first_table: int = 1,
                   cells_read: dict[tuple[str, bool], Cell] | None = None
                   ) -> tuple[list[Block], list[Note]]:
    """Read table rows starting at line ``first`` into tables (and theme headings).

    Parameters
    ----------
    lines : list of str
        The run's lines (blank lines inside the run included).
    first : int
        Line number of ``lines[0]``.
    first_table : int
        Number of the run's first table in the document (1 for the first).
    cells_read : dict, optional
        The cells the document's earlier runs read (filled as cells are
        read): a cell printed again is read once.

    Returns
    -------
    (blocks, notes)
        Tables (a header row printed again is removed and noted; a different header starts
        a new table) and level-4 headings for theme rows.

    Examples
    --------
    >>> run = ["Area\\tRecommendations", "<p>Area 1</p>\\t<p>1. x</p>", "",
    ...        "<b>Finance</b>\\t", "Area\\tRecommendations", "<p>Area 2</p>\\t<p>2. y</p>",
    ...        "Area\\tRecommendations", "<p>(continued)</p>\\t<p>z</p>"]
    >>> blocks, notes = read_table_run(run, 10)
    >>> [type(b).__name__ for b in blocks]
    ['Table', 'Heading', 'Table']
    >>> blocks[1].text.text, len(blocks[2].rows), [n.kind for n in notes]
    ('Finance', 2, ['repeated header'])
    """
    builder = _Builder(first_table, cells_read={} if cells_read is None else cells_read)
    for row in _joined_header_rows(_rows(lines, first), builder.notes):
        builder.add(row)
    builder.close()
    return builder.blocks, builder.notes
