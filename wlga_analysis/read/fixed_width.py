"""Tables laid out with spaces only: a plain-text export's or a fixed-pitch print's table.

A minutes system's "text version", a table printed in Courier, Word's "Save as plain text"
of a table drawn with spaces: the columns are aligned with SPACES (no tabs, no pipes), the
header is underlined column by column with a dashed rule, a cell's text wraps over several
lines (a numbered item with a hanging indent), and a blank line ends a row::

    Area                Activity underway or achieved    Recommendations
    ------------------  -------------------------------  ----------------------------
    Area 1: Preparing   1. The Valuation Office has      1. That the Welsh Government
    for revaluation        begun the work (Ongoing - WG)    publishes the bands. (WG)

The columns are found from the dashed rule (each run of dashes is a column; the header's
words above it name them); without a rule, from the gaps that stay blank down the whole
block (:func:`blank_gaps`). Each word of a line belongs to the column whose span it starts
in, and a cell's wrapped lines are joined: a line starting with a list marker ("1.", "a)",
"-", "•") starts an item, any other line continues the item or paragraph above it. A line
whose words cross a column's start ("THEME 2: BANDS AND DISCOUNTS" over the whole width)
is a row of its own, its text in the first cell (a theme heading, as a table prints one).

The result is the document model's :class:`~wlga_analysis.read.model.Table` (header cells,
rows of cells), so the interpreters find the columns by their headers as for any table.
Every reader that keeps a line's spacing uses it: the text form (:func:`tabbed_lines`
prints such a table as the text form's tab-separated rows), a web page's ``<pre>``, Word
paragraphs in a fixed-pitch font and a PDF printed in a fixed-pitch font
(:func:`split_blocks`).

Examples
--------
>>> lines = ["Area           Recommendations", "-------------  --------------------",
...          "Area 1: Roads  1. That it is", "                  done. (WG)", "",
...          "Area 2: Rail   2. That it is", "                  funded. (WG)"]
>>> [t.table.header_text for t in find_tables(lines)]
[['Area', 'Recommendations']]
>>> table = find_tables(lines)[0].table
>>> [[c.text for c in row] for row in table.rows]
[['Area 1: Roads', 'That it is done. (WG)'], ['Area 2: Rail', 'That it is funded. (WG)']]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.read.model import Block, Cell, Location, Table

__all__ = ["FIXED_PITCH_FONT", "FixedWidthTable", "blank_gaps", "find_tables", "rows_after_blank",
           "split_blocks", "tabbed_lines"]

#: Names of fixed-pitch fonts, in which a table may be laid out with spaces (a PDF's
#: standard Courier carries no fixed-pitch flag; a Word paragraph names only its font).
FIXED_PITCH_FONT = LazyPattern(r"(?i)courier|mono|consol|typewriter|fixedsys|lucida ?console|"
                              r"andale")

#: A dashed rule under a header: two or more runs of dashes (or "=") apart.
_RULE = LazyPattern(r"[ ]*[-=\u2013\u2014\u2500]{3,}(?:[ ]+[-=\u2013\u2014\u2500]{3,})+[ ]*")
_RUN = LazyPattern(r"[-=\u2013\u2014\u2500]{3,}")
_WORD = LazyPattern(r"\S+")
#: A list marker starting a line of a cell: its marker, its kind, its value.
_MARKER = LazyPattern(r"(?:(?P<number>\d{1,3})[.)]|\(?(?P<letter>[a-z])\)|(?P<bullet>[-\u2022"
                     r"\u25aa\u25e6*\u2013o]))[ ]+(?=\S)")
#: The most header lines above a rule (a header cell that wraps).
_HEADER_LINES = 3
#: Each column's start and the end of its rule (None for the last column).
_Spans = Sequence[tuple[int, "int | None"]]
#: The most rows of one cell (a theme across the width) in a row between two full rows.
_SPANNING_ROWS = 2
#: The longest line across a table's width read as a row of its own.
_SPANNING_MAX = 80
#: A header cell of a table with no rule: words apart by one space.
_HEADER_CELL = LazyPattern(r"\S+(?: \S+)*")
#: The longest header cell of a table with no rule.
_HEADER_CELL_MAX = 40
#: The least width of a gap between columns found without a rule.
_GAP = 2


@dataclass(frozen=True)
class FixedWidthTable:
    """A table found in a run of lines: ``lines[first:end]`` print it."""

    first: int
    end: int
    table: Table


def _columns_of(text: str, starts: _Spans
                ) -> list[list[tuple[int, str]]] | None:
    """The words of a line by column (``starts``: each column's start and the end of its
    rule, None for the last), each word as (position, word); None when a word crosses a
    column's start, or a column's text follows the text before it with less space than
    the gap between the rules (two spaces at most): the line is not laid out in these
    columns ("THEME 1: SCHOOL ROUTES" over the width)."""
    by_column: list[list[tuple[int, str]]] = [[] for _ in starts]
    for m in _WORD.finditer(text):
        k = 0
        while k + 1 < len(starts) and starts[k + 1][0] <= m.start():
            k += 1
        if k + 1 < len(starts) and m.end() > starts[k + 1][0]:
            return None
        if k and not by_column[k]:
            end = starts[k - 1][1]
            gap = min(2, starts[k][0] - end) if end is not None else 2
            if text[max(m.start() - gap, 0):m.start()].strip():
                return None
        by_column[k].append((m.start(), m.group()))
    return by_column


def _cell_blocks(lines: list[tuple[int, int, str]], location: Location) -> tuple[Block, ...]:
    """A cell's lines ((line number, position, text)) as blocks: an item per list marker,
    the lines after it joined to it (a marker indented under an item's text, "- LG)" of
    "(Complete" wrapped, continues the item: a hanging indent)."""
    from wlga_analysis.read.model import Inline, ListItem, Location, Paragraph

    parts: list[list[object]] = []  # [marker match or None, texts, line]
    indent = 0  # where the current item's marker stands
    for line, position, text in lines:
        m = _MARKER.match(text)
        if m is not None and parts and position > indent:
            m = None
        if m is not None or not parts:
            parts.append([m, [text[m.end():] if m else text], line])
            indent = position
        else:
            parts[-1][1].append(text)  # type: ignore[union-attr]
    blocks: list[Block] = []
    for m, texts, line in parts:
        inline = Inline(" ".join(texts))  # type: ignore[arg-type]
        loc = Location(line=line, table=location.table, row=location.row,  # type: ignore[arg-type]
                       column=location.column)
        if m is None:
            blocks.append(Paragraph(inline, None, loc))
        elif m.group("number"):  # type: ignore[attr-defined]
            number = m.group("number")  # type: ignore[attr-defined]
            blocks.append(ListItem(inline, number + ".", "number", number, 0, loc))
        elif m.group("letter"):  # type: ignore[attr-defined]
            letter = m.group("letter")  # type: ignore[attr-defined]
            blocks.append(ListItem(inline, m.group().strip(), "letter", letter, 0, loc))  # type: ignore[attr-defined]
        else:
            blocks.append(ListItem(inline, m.group().strip(), "bullet", None, 0, loc))  # type: ignore[attr-defined]
    return tuple(blocks)


def _row(lines: list[tuple[int, str]], starts: _Spans, table: int, row: int
         ) -> tuple[Cell, ...]:
    """A row's cells from its lines; a line that crosses a column's start is a row of its
    own, its text in the first cell."""
    from wlga_analysis.read.model import Cell, Location

    per_column: list[list[tuple[int, int, str]]] = [[] for _ in starts]
    for line, text in lines:
        words = _columns_of(text, starts)
        if words is None:
            words = [[(0, " ".join(text.split()))]] + [[] for _ in starts[1:]]
        for k, column_words in enumerate(words):
            if column_words:
                per_column[k].append((line, column_words[0][0],
                                      " ".join(w for _, w in column_words)))
    return tuple(Cell(_cell_blocks(cell, Location(line=cell[0][0] if cell else None,
                                                  table=table, row=row, column=k + 1)),
                      Location(line=cell[0][0] if cell else lines[0][0], table=table,
                               row=row, column=k + 1))
                 for k, cell in enumerate(per_column))


def _blocks_of(lines: Sequence[str], start: int) -> Iterator[list[int]]:
    """The indexes of the non-blank lines from ``start`` on, cut at blank lines (as they
    are asked for: a table's end is found without reading the rest of the document). A
    block ends too at a line with a tab or a dashed rule, which no table's row holds (its
    reader stops there: each rule's table is looked for up to the next rule, not over the
    whole run of lines after it, issue #13)."""
    current: list[int] = []
    for i in range(start, len(lines)):
        if lines[i].strip():
            current.append(i)
            if "\t" in lines[i] or _is_rule(lines[i]):
                yield current
                return
        elif current:
            yield current
            current = []
    if current:
        yield current


def _fills(lines: Sequence[str], block: list[int], starts: _Spans) -> int | None:
    """How many columns the block's lines fill, or None when a line crosses a column."""
    filled: set[int] = set()
    for i in block:
        words = _columns_of(lines[i], starts)
        if words is None:
            return None
        filled.update(k for k, w in enumerate(words) if w)
    return len(filled)


def _body(lines: Sequence[str], start: int, starts: _Spans) -> list[list[int]]:
    """The table's rows after its header: blocks whose lines keep to the columns and fill
    two of them or more, and the one-line rows between them (a theme over the width)."""
    rows: list[list[int]] = []
    kept = 0
    for block in _blocks_of(lines, start):
        if "\t" in "".join(lines[i] for i in block) or any(_is_rule(lines[i]) for i in block):
            break  # (a tab's row, or the next table's header over its rule)
        filled = _fills(lines, block, starts)
        if filled is not None and filled >= 2:
            rows.append(block)
            kept = len(rows)
        elif len(rows) - kept < _SPANNING_ROWS and (
                filled == 1 or (len(block) == 1 and _is_spanning(lines[block[0]]))):
            rows.append(block)
        else:
            break
    return rows[:kept]


def _is_spanning(line: str) -> bool:
    """Whether a line across the table's width may be a row of its own: short, and not a
    sentence (a paragraph after the table ends it)."""
    text = line.strip()
    return len(text) <= _SPANNING_MAX and not text.endswith((".", "?", "!"))


def _header(lines: Sequence[str], rule: int) -> list[int]:
    """The header's lines above a rule (up to a blank line)."""
    first = rule
    while first > 0 and rule - first < _HEADER_LINES and lines[first - 1].strip() \
            and "\t" not in lines[first - 1] and not _RULE.fullmatch(lines[first - 1]):
        first -= 1
    return list(range(first, rule))


def _header_lines(lines: Sequence[str], rule: int, starts: _Spans) -> list[int]:
    """The header's lines: the line over the rule, and the lines above it (a header cell
    that wraps) that keep to the columns and fill two of them or leave the first empty
    (not a paragraph's last line printed just above the table)."""
    header = _header(lines, rule)
    while len(header) > 1:
        words = _columns_of(lines[header[0]], starts)
        if words is not None and (sum(1 for w in words if w) >= 2 or not words[0]):
            break
        header = header[1:]
    return header


def blank_gaps(lines: Sequence[str]) -> list[int]:
    """The column starts of a block of lines with no rule: where a text starts just after a
    gap of two spaces or more that stays blank on every line of the block.

    Examples
    --------
    >>> blank_gaps(["Name      Role", "Ann Bell  Chair", "Tom       Clerk"])
    [0, 10]
    >>> blank_gaps(["One line of prose only."])
    [0]
    """
    width = max((len(line) for line in lines), default=0)
    blank = [all(i >= len(line) or line[i] == " " for line in lines) for i in range(width)]
    starts = [0]
    run = 0
    for i, is_blank in enumerate(blank):
        if is_blank:
            run += 1
            continue
        if run >= _GAP and i > 0:
            starts.append(i)
        run = 0
    return starts


def _table_at(lines: Sequence[str], rule: int, number: int, first_line: int
              ) -> FixedWidthTable | None:
    """The table whose header stands over the dashed rule at ``lines[rule]``, if any."""
    runs = list(_RUN.finditer(lines[rule]))
    starts: list[tuple[int, int | None]] = [(m.start(), m.end()) for m in runs[:-1]]
    starts.append((runs[-1].start(), None))
    header = _header_lines(lines, rule, starts)
    if not header:
        return None
    body = _body(lines, rule + 1, starts)
    return _built(lines, header, starts, _rows_of(lines, body, starts), number, first_line) \
        if body else None


def _starts_row(words: list[list[tuple[int, str]]], starts: _Spans) -> bool:
    """Whether a line of a table printed with no blank line between its rows starts a row:
    its first column starts a name (a capital or a figure), and each other column's text
    stands at the column's start (a wrapped line of a cell is indented or in lower case)."""
    if not words[0] or not (words[0][0][1][0].isupper() or words[0][0][1][0].isdigit()):
        return False
    return all(not column or column[0][0] == starts[k][0] for k, column in enumerate(words))


def _rows_of(lines: Sequence[str], body: list[list[int]], starts: _Spans) -> list[list[int]]:
    """The rows of a table: its blocks, or, when one block holds all the table (no blank
    line between rows), the block cut where a line starts a row (:func:`_starts_row`)."""
    if len(body) != 1 or len(body[0]) < 2:
        return body
    rows = [[body[0][0]]]
    for i in body[0][1:]:
        words = _columns_of(lines[i], starts)
        if words is not None and _starts_row(words, starts):
            rows.append([i])
        else:
            rows[-1].append(i)
    return rows


def _unruled_table_at(lines: Sequence[str], at: int, number: int, first_line: int
                      ) -> FixedWidthTable | None:
    """The table whose one-line header is ``lines[at]`` with no rule under it: the header's
    cells apart by two spaces or more (short names, no full stop), and rows below whose
    columns start where the header's do, after gaps that stay blank down the whole table
    (:func:`blank_gaps`)."""
    cells = list(_HEADER_CELL.finditer(lines[at]))
    if len(cells) < 2 or any(len(c.group()) > _HEADER_CELL_MAX or c.group().endswith(".")
                             for c in cells):
        return None
    starts: list[tuple[int, int | None]] = [(0, None)] + [(c.start(), None) for c in cells[1:]]
    body = _body(lines, at + 1, starts)
    if not body or (len(body) < 2 and len(body[0]) < 2):
        return None
    aligned = [lines[at]] + [lines[i] for block in body if _fills(lines, block, starts)
                             for i in block]
    if not {c.start() for c in cells[1:]} <= set(blank_gaps(aligned)):
        return None
    return _built(lines, [at], starts, _rows_of(lines, body, starts), number, first_line)


def _built(lines: Sequence[str], header: list[int], starts: _Spans, body: list[list[int]],
           number: int, first_line: int) -> FixedWidthTable | None:
    """The table of these header lines, columns and rows (None when fewer than two
    columns are named)."""
    from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table

    names: list[list[str]] = [[] for _ in starts]
    for i in header:
        words = _columns_of(lines[i], starts)
        if words is None:
            return None
        for k, column_words in enumerate(words):
            names[k].extend(w for _, w in column_words)
    if sum(1 for n in names if n) < 2:
        return None
    header_cells = tuple(Cell((Paragraph(Inline(" ".join(n)), None,
                                         Location(line=header[0] + first_line)),) if n else (),
                              Location(line=header[0] + first_line, table=number, column=k + 1))
                         for k, n in enumerate(names))
    rows = tuple(_row([(i + first_line, lines[i]) for i in block], starts, number, r + 1)
                 for r, block in enumerate(body))
    return FixedWidthTable(header[0], body[-1][-1] + 1,
                           Table(header_cells, rows, Location(line=header[0] + first_line,
                                                              table=number)))


def find_tables(lines: Sequence[str], first_line: int = 1, first_table: int = 1
                ) -> list[FixedWidthTable]:
    """The tables laid out with spaces in ``lines``: a header over a dashed rule (one run of
    dashes per column), then rows of lines that keep to the columns, a blank line between
    rows.

    Parameters
    ----------
    lines : sequence of str
        The lines, spacing as printed (a line with a tab is no part of such a table).
    first_line : int
        The line number of ``lines[0]`` (the blocks' locations).
    first_table : int
        The number of the first table found.

    Returns
    -------
    list of FixedWidthTable
        In order; ``first``/``end`` index ``lines``.

    Examples
    --------
    >>> lines = ["Intro.", "", "Name   Role", "-----  -----", "Ann    Chair", "", "Tom    Clerk",
    ...          "", "Closing words of the paper."]
    >>> [(t.first, t.end, [[c.text for c in r] for r in t.table.rows]) for t in find_tables(lines)]
    [(2, 7, [['Ann', 'Chair'], ['Tom', 'Clerk']])]
    >>> find_tables(["No rule here", "at all"])
    []
    """
    found: list[FixedWidthTable] = []
    after = 0
    for i, line in enumerate(lines):
        if i < after or "\t" in line:
            continue
        table = None
        if _is_rule(line):
            table = _table_at(lines, i, first_table + len(found), first_line)
        elif "  " in line.strip() and (i == 0 or not lines[i - 1].strip()) \
                and i + 1 < len(lines) and not _is_rule(lines[i + 1]):
            table = _unruled_table_at(lines, i, first_table + len(found), first_line)
        if table is not None and table.first >= after:
            found.append(table)
            after = table.end
    return found


def rows_after_blank(lines: Sequence[str], rule: int, blank: int) -> bool:
    """Whether the lines after the blank line ``lines[blank]`` (a table's rows under the
    dashed rule ``lines[rule]`` stop there) are more rows of the table: the next block keeps
    to the rule's columns and fills two of them or more. A table printed with a blank line
    between its rows, its cells wrapping (a terminal's or an e-mail's table), is then read
    here, not as a pandoc simple table (one line a row, ended by the first blank line).

    Examples
    --------
    >>> lines = ["No.  Area       Text", "---  ---------  ----------", "1    Roads      That it",
    ...          "                is done.", "", "2               That it is", ""]
    >>> rows_after_blank(lines, 1, 4)
    True
    >>> rows_after_blank(lines[:4] + ["", "A closing paragraph after the table."], 1, 4)
    False
    """
    runs = list(_RUN.finditer(lines[rule]))
    if len(runs) < 2:
        return False
    starts: list[tuple[int, int | None]] = [(m.start(), m.end()) for m in runs[:-1]]
    starts.append((runs[-1].start(), None))
    block = next(_blocks_of(lines, blank), None)
    if block is None or any("\t" in lines[i] or _is_rule(lines[i]) for i in block):
        return False
    filled = _fills(lines, block, starts)
    return filled is not None and filled >= 2


def _is_rule(line: str) -> bool:
    return ("-" in line or "=" in line or "\u2500" in line) and _RULE.fullmatch(line) is not None


def _header_line(table: Table) -> str:
    return "\t".join(c.text for c in table.header)


def tabbed_lines(lines: Sequence[str], keep: Callable[[Table], bool] | None = None
                 ) -> tuple[str, ...]:
    """``lines`` with each table laid out with spaces printed as the text form prints a
    table: the header's cells and each row's cells (as HTML fragments) joined by tabs, on
    the line where the header or row starts; the other lines of the table left blank (the
    line numbers kept). Lines with no such table come back unchanged, and so do a table's
    lines when ``keep`` (given) says it is not one to print so (another kind of table).

    Examples
    --------
    >>> tabbed_lines(["Area     Recommendations", "-------  ---------------",
    ...               "Area 1   1. That it is", "            done.", "", "End."])
    ... # doctest: +NORMALIZE_WHITESPACE
    ('Area\\tRecommendations', '', '<p>Area 1</p>\\t<ol style="list-style-type: none"> <li>1.
    That it is done.</li> </ol>', '', '', 'End.')
    """
    tables = [t for t in find_tables(lines) if keep is None or keep(t.table)]
    if not tables:
        return tuple(lines)
    from wlga_analysis.read.textform import cell_html

    out = list(lines)
    for found in tables:
        out[found.first:found.end] = [""] * (found.end - found.first)
        out[found.first] = _header_line(found.table)
        for row in found.table.rows:
            at = min(c.location.line for c in row if c.location.line is not None) - 1
            out[at] = "\t".join(cell_html(c) for c in row)
    return tuple(out)


def split_blocks(lines: Sequence[str], first_line: int = 1, first_table: int = 1
                 ) -> list[tuple[int, int, Table | None]]:
    """``lines`` cut into stretches ``(first, end, table)``: a table laid out with spaces
    (``table`` its model) or the lines between (``table`` None), for a reader that makes
    its own blocks of the other lines.

    Examples
    --------
    >>> [(a, b, t is not None) for a, b, t in split_blocks(
    ...     ["Intro", "Name   Role", "-----  -----", "Ann    Chair", "", "The end of the paper."])]
    [(0, 1, False), (1, 4, True), (4, 6, False)]
    """
    out: list[tuple[int, int, Table | None]] = []
    at = 0
    for found in find_tables(lines, first_line, first_table):
        if found.first > at:
            out.append((at, found.first, None))
        out.append((found.first, found.end, found.table))
        at = found.end
    if at < len(lines):
        out.append((at, len(lines), None))
    return out
