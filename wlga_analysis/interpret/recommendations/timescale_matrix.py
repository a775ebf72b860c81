"""Recommendations in a matrix of themes by timescales.

An independent review closes with ONE table of its recommendations: a row per theme
("Entitlement and policy", "Commissioning and contracts"), a column per timescale
("Immediate (0-6 months) | Medium term (6-18 months) | Longer term (18 months +)", "Short
term | Medium term | Long term", "Year 1 | Years 2-3"), each cell empty ("–") or holding one
recommendation or more, each a paragraph "N. <sentence>" numbered on through the matrix.
The chapters before it discuss the same recommendations in other words, with pointers
"(recommendation 3)": those are the report's argument, not a second copy. A careful reader
reads it so:

- the **areas** are the matrix's rows, the first cell's theme as the area's name (ids in
  reading order; no theme: the report prints none above them);
- each numbered paragraph of a timescale cell is a **recommendation**: ``rec_id`` its
  printed number, its text the sentence, its **timing** the column's header as printed
  (the column ``timescale``); a paragraph of a cell printing no number goes on the
  recommendation before it in the cell, or, first in its cell, is a recommendation
  numbered on after the last one read (reported, check ``no number``);
- the **owners** the sentence's subject (:func:`.modal_subject.subject_owners`: "Councils
  should" -> LG, "The WLGA and ADEW should" -> WLGA and ADEW as printed);
- everything else (the chapters, their paragraphs and pointers, any other table) stays in
  the notes. **No activities**.

The matrix wins over the prose pointers: the reader runs before the prose reader. The
header shapes are :data:`MATRIX_RULES`; the reading is reported (check ``read from a
timescale matrix``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> lines = ("# Review", "", "## 1. Roads", "", "1.1 Fix them (recommendation 1).", "",
...          "| Theme | Short term | Long term |", "|---|---|---|",
...          "| Roads | 1. Councils should fix potholes. | – |",
...          "| Rail | – | 2. The Welsh Government should buy trains. |")
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_timescale_matrix(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                                known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Roads'), (2, 'Rail')]
>>> [(i.number, i.extra["timescale"], i.owners) for i in parser.items["recommendations"]]
[(1, 'Short term', ['LG']), (2, 'Long term', ['WG'])]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
)
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["MATRIX_RULES", "TimescaleMatrixParser", "matrix_columns", "read_timescale_matrix"]

#: ``timescale``: a column header naming a time ("Immediate (0-6 months)", "Medium term",
#: "Longer term (18 months +)", "Short-term", "Year 1", "Years 2-3", "Within 12 months",
#: "By 2027", "2026-27"); ``empty``: a cell holding no recommendation ("–", "-", "None",
#: "n/a"); ``number``: a recommendation's printed number ("3.", "3)", "R3.").
MATRIX_RULES: dict[str, str] = {
    "timescale": r"(?i)^\W*(?:(?:immediate(?:ly)?|short(?:er)?|medium|mid|long(?:er)?)"
                 r"(?:[\s-]+term)?|quick\s+wins?|ongoing|years?\s+\d+(?:\s*(?:-|\u2013|to)\s*"
                 r"\d+)?|(?:within|by|in)\s+(?:\d+|six|twelve|eighteen)\s+(?:months|years)|"
                 r"by\s+(?:\w+\s+)?20\d\d|(?:20\d\d(?:[-/\u2013]\d\d(?:\d\d)?)?))\b",
    "empty": r"(?i)^[\s\-\u2013\u2014.]*(?:none|n/?a|nil)?[\s\-\u2013\u2014.]*$",
    "number": r"^(?:R|Rec\.?\s*)?(\d{1,3})[.)]?$",
}
_RULES = {name: LazyPattern(pattern) for name, pattern in MATRIX_RULES.items()}
#: Words one of the header's timescale cells holds (the cheap test before the model).
_HEADER_WORDS = ("erm", "onth", "mmediate", "ear")
#: The fewest timescale columns a matrix has.
_MIN_COLUMNS = 2


def matrix_columns(cells: list[str]) -> list[str] | None:
    """The timescales of a matrix's header row (its cells after the first), or None when
    the row is no theme-by-timescale header (fewer than two timescale columns, or a first
    cell that is itself a timescale).

    Examples
    --------
    >>> matrix_columns(["Theme", "Immediate (0-6 months)", "Medium term (6-18 months)"])
    ['Immediate (0-6 months)', 'Medium term (6-18 months)']
    >>> matrix_columns(["Area", "Activity", "Recommendations"]) is None
    True
    """
    names = [clean_text(cell).strip(" *_") for cell in cells]
    if len(names) < _MIN_COLUMNS + 1 or _RULES["timescale"].match(names[0]):
        return None
    if all(_RULES["timescale"].match(name) for name in names[1:]):
        return names[1:]
    return None


def _may_hold_matrix(lines: tuple[str, ...]) -> bool:
    """A cheap test before the model is built: a table row (tabs or pipes) whose words
    name a timescale twice."""
    for line in lines:
        if ("\t" in line or "|" in line) \
                and sum(line.count(w) for w in _HEADER_WORDS) >= _MIN_COLUMNS:
            return True
    return False


def _rows(table: Table) -> tuple[list[str], list[tuple[Any, ...]]] | None:
    """(timescales, body rows) of a theme-by-timescale table (its header its header row,
    else its first row), or None for any other table."""
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    if not rows:
        return None
    columns = matrix_columns([cell.text for cell in rows[0]])
    if columns is None:
        return None
    return columns, rows[1:]


class TimescaleMatrixParser(_Parser):
    """The recommendations parser of a theme-by-timescale matrix (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its matrix; False when it prints none."""
        from wlga_analysis.interpret.recommendations.closing_tables import (
            _chapter_heading,
            _title_index,
        )
        self.blocks = [_chapter_heading(b, self.lines) for b in document_blocks(self)]
        self.matrices = {i: found for i, b in enumerate(self.blocks) if isinstance(b, Table)
                         and (found := _rows(b)) is not None}
        self.title_index = _title_index(self.blocks)
        return bool(self.matrices)

    def run(self) -> None:
        if not hasattr(self, "matrices") and not self.prepare():
            raise self.doc.error("expected a matrix of themes by timescales; found none")
        self.extra_columns.append("timescale")
        for index, block in enumerate(self.blocks):
            if index in self.matrices:  # (its header row kept in the notes, as printed)
                self.table_notes(Table(block.header or block.rows[0], ()))
                self.read_matrix(*self.matrices[index])
            elif isinstance(block, Table):
                self.table_notes(block)
            else:
                self.text_note(index, block)
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from a timescale matrix", recs[0].printed, recs[0].line,
                       f"no recommendations table with areas: {len(recs)} recommendations "
                       f"were read from a matrix of {len(self.areas)} themes by timescales "
                       "(each row an area, each column header the timing), owners from each "
                       "sentence's subject; check the reading against the document")
        self.finish()

    def check_areas(self) -> None:
        """No gap check: the areas are numbered in reading order."""

    def read_matrix(self, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        """The matrix's rows: each an area (a row with an empty theme cell goes on the
        area before it: a row a page break split), each cell's paragraphs recommendations."""
        for row in rows:
            theme = clean_text(row[0].text).strip(" *_:") if row else ""
            ln = row[0].location.line or 0
            if matrix_columns([cell.text for cell in row]) is not None:
                continue  # (the header printed again after a page break)
            if theme:
                self.start_area(len(self.areas) + 1, theme, ln)
            elif self.current is None:
                self.notes.append(("paragraph", " \u2013 ".join(
                    t for c in row if (t := clean_text(c.text))), ln))
                continue
            for column, cell in zip(columns, row[1:], strict=False):
                self.read_cell(column, cell)

    def read_cell(self, column: str, cell: Any) -> None:
        """A timescale cell: each numbered paragraph a recommendation of the open area."""
        from wlga_analysis.read.model import iter_blocks

        item: _Item | None = None
        for block in iter_blocks(cell.blocks):
            if not isinstance(block, (Paragraph, ListItem)):
                continue
            text = clean_text(block.text.text)
            if _RULES["empty"].match(text):
                continue
            ln = block.location.line or cell.location.line or 0
            number = _RULES["number"].match(block.number or "") if block.number else None
            if number is None and item is not None:
                item.pieces.append(text)
                continue
            if number is None:
                last = max((i.number for i in self.items[_REC]), default=0)
                item = self.recommendation(last + 1, text, column, ln)
                self.issue(_REC, "no number", item.number, ln,
                           f"a recommendation of the matrix prints no number: numbered "
                           f"{item.number}, after the one before it")
                continue
            item = self.recommendation(int(number.group(1)), text, column, ln)

    def recommendation(self, number: int, text: str, column: str, ln: int) -> _Item:
        """A recommendation of the open area: its owners from the sentence's subject."""
        from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        item.extra["timescale"] = column
        for name in subject_owners(text, self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        return item

    def table_notes(self, block: Table) -> None:
        """Any other table (or a matrix's header): its rows are notes."""
        for row in (block.header, *block.rows) if block.header else block.rows:
            text = " \u2013 ".join(t for c in row if (t := clean_text(c.text)))
            if text:
                self.notes.append(("paragraph", text, row[0].location.line or 0))

    def text_note(self, index: int, block: Block) -> None:
        """A heading or paragraph: the title, else a note."""
        text = clean_text(block.text.text) if hasattr(block, "text") else ""
        if not text:
            return
        ln = block.location.line or 0
        if index == self.title_index and self.title is None:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        number = getattr(block, "number", None)
        if isinstance(block, ListItem) and number is None:
            text = f"{block.marker} {text}"
        elif number is not None:
            text = f"{number}{'' if isinstance(block, ListItem) else '.'} {text}"
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))


def read_timescale_matrix(doc: Document, known: frozenset[str]
                          ) -> TimescaleMatrixParser | None:
    """Read recommendations printed in a matrix of themes by timescales, or None when the
    document prints no such matrix.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_timescale_matrix(doc, frozenset()) is None
    True
    """
    if not _may_hold_matrix(doc.lines):
        return None
    return run_prepared(TimescaleMatrixParser(doc, known), lenient=True)
