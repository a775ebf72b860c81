"""Recommendations printed once, as addressee matrices under theme headings.

A review addressed to several bodies (the Future Generations Commissioner's section 20
review, an inspectorate's thematic review, a Wales Audit Office study) prints its
recommendations in a closing chapter ("5. Recommendations"), one table per theme heading
("Theme 1: Long-term financial planning", "Involving people"), each table ``No. |
Recommendation | Welsh Government | Local authorities | WLGA``: a column per body addressed,
a tick (✓, "Yes", a web page's "✓" with a screen-reader word "Yes") in the column of each
body the row is for, the numbers running on through the tables. The findings chapters
before it print numbered paragraphs ("2.1 Every council has ...", "What good looks like"
boxes) that are no recommendations. A careful reader reads it so:

- each **row** is a recommendation: ``rec_id`` the No. cell, its text the Recommendation
  cell as printed (the sentences mostly have no subject: "Publish ...", "Set ...");
- its **owners the ticked columns**, in column order (see :mod:`.owner_ticks`), and only
  they: a body the sentence names but whose column is not ticked ("Give the WLGA's finance
  network a standing role ..." ticked for the Welsh Government alone) is no owner;
- its **area** the heading the table stands under (the theme, as printed); a label
  ("Recommendations") or a generic sub-heading between is no area (as :mod:`.closing_tables`);
- the findings chapters, the foreword and the notes after the tables are kept in the notes
  (the text after a table, in its area's remit). **No activities**.

The table reader (:mod:`.from_model`) reads a single matrix under an "Area N:" heading
(eval10's responsibility matrix); :func:`matrix_after_table` takes over when the document
prints two matrices or more under headings, or the table reader read more than the
matrix's rows (numbered findings paragraphs as a damaged table) or made areas of chapters
holding none of them. :data:`MATRIX_RULES` holds the layout's limits; the reading is reported (check
``read from addressee matrices``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Review", "", "## Roads", "",
...          "| No. | Recommendation | Welsh Government | Councils |", "|---|---|---|---|",
...          "| 1 | Fund repairs. | ✓ |  |", "| 2 | Publish waiting times. | ✓ | ✓ |")
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""),
...                               ("LG", "Local government", "councils")])
>>> parser = read_matrices(Document(Path("r.md"), "recommendations", lines, "0" * 64), known)
>>> [(i.number, i.owners, parser.areas[i.area_id].title) for i in parser.items["recommendations"]]
[(1, ['WG'], 'Roads'), (2, ['WG', 'LG'], 'Roads')]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.closing_tables import (
    ClosingTableParser,
    _chapter_heading,
    _Closing,
    _Row,
)
from wlga_analysis.interpret.recommendations.exhibit_boxes import _ref
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.owner_ticks import NOT_TICKED, is_tick
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
)
from wlga_analysis.read.model import Table

__all__ = ["MATRIX_RULES", "MatrixParser", "matrix_after_table", "matrix_rows",
           "read_matrices"]

#: The layout's limits: ``min_bodies`` the owner columns a matrix has at least (one tick
#: column is a "Lead" ticked, not a matrix of addressees); ``min_tables`` the matrices that
#: make a document of this layout when the table reader read it without chapter areas
#: holding none.
MATRIX_RULES: dict[str, int] = {"min_bodies": 2, "min_tables": 2}


@dataclass
class _MatrixRow(_Row):
    """A matrix row: its ticked owners, and the text of owner cells that is no tick."""

    ticked: list[str] = field(default_factory=list)
    odd: list[tuple[str, str]] = field(default_factory=list)


def _matrix_columns(cells: list[str]) -> tuple[int, int, tuple[tuple[int, str], ...]] | None:
    """(No. column, Recommendation column, tick columns) of a matrix header, or None."""
    from wlga_analysis.interpret.recommendations.columns import map_columns

    columns = map_columns(cells) if 3 <= len(cells) <= 9 else None
    if columns is None or columns.number is None or columns.area is not None \
            or columns.activities is not None or columns.answers \
            or len(columns.ticks) < MATRIX_RULES["min_bodies"] \
            or columns.width != len(columns.ticks) + 2:
        return None
    return columns.number, columns.recommendations, columns.ticks


def matrix_rows(table: Table) -> _Closing | None:
    """The recommendations of an addressee matrix (its header printed again after a page
    break skipped; a row with no number continues the row above), or None for any other
    table.

    Examples
    --------
    >>> from wlga_analysis.read.text import read_text_lines
    >>> model = read_text_lines(["| No. | Recommendation | WG | WLGA |", "|---|---|---|---|",
    ...                          "| 3 | Publish a plan. | ✓Yes |  |"])
    >>> [(r.number, r.text, r.ticked) for r in matrix_rows(model.blocks[0]).recs]
    [(3, 'Publish a plan.', ['WG'])]
    """
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    if not rows:
        return None
    cells = [clean_text(cell.text) for cell in rows[0]]
    columns = _matrix_columns(cells)
    if columns is None:
        return None
    found = _Closing()
    for row in rows[1:]:
        cells = [clean_text(cell.text) for cell in row]
        if _matrix_columns(cells) == columns:
            continue  # (the header printed again)
        if not _matrix_row(cells, columns, row[0].location.line or 0, found):
            return None
    return found if found.recs else None


def _matrix_row(cells: list[str], columns: tuple[int, int, tuple[tuple[int, str], ...]],
                line: int, found: _Closing) -> bool:
    """Read one body row into ``found``; False when it is no row of a matrix."""
    ref_col, rec_col, ticks = columns
    cells = cells + [""] * (ticks[-1][0] + 1 - len(cells))
    ref, text = cells[ref_col], cells[rec_col]
    key = _ref(ref) if ref else None
    if key is None and not ref and text and found.recs:  # a row carried over a page
        found.recs[-1].text = f"{found.recs[-1].text} {text}"
        return True
    if key is None or not text:
        return False
    row = _MatrixRow(ref, key[0], key[1], text, line)
    for index, code in ticks:
        cell = cells[index]
        if is_tick(cell):
            row.ticked.append(code)
        elif " ".join(cell.split()).casefold() not in NOT_TICKED:
            row.odd.append((code, cell))
    found.recs.append(row)
    return True


class MatrixParser(ClosingTableParser):
    """The recommendations parser for addressee matrices under theme headings (see the
    module's notes); the chapters and notes are read as :class:`.ClosingTableParser`
    reads them."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its matrices and the headings they stand
        under; False when it prints none under a heading."""
        from wlga_analysis.interpret.recommendations.plain_headings import (
            plain_text_headings,
        )
        blocks = document_blocks(self)
        self.blocks = [_chapter_heading(b, self.lines)
                       for b in plain_text_headings(blocks, self.lines)]
        self.tables = {i: rows for i, b in enumerate(self.blocks) if isinstance(b, Table)
                       and (rows := matrix_rows(b)) is not None}
        self.summaries: set[int] = set()
        self.area_of = self.area_headings() if self.tables else {}
        return bool(self.area_of)

    def run(self) -> None:
        from dataclasses import replace

        super().run()
        self.issues = [replace(issue, check="read from addressee matrices", message=(
            f"no recommendations table with areas: {len(self.items[_REC])} recommendations "
            f"were read from the addressee matrices under {len(self.areas)} headings (each "
            "heading an area), owners the ticked columns; check the reading against the "
            "document")) if issue.check == "read from chapter tables" else issue
            for issue in self.issues]

    def recommendation(self, row: _Row) -> None:
        """One row: a recommendation of the open area, its owners the ticked columns."""
        label = None if row.ref.strip(" .").isdigit() else row.ref
        item = _Item(_REC, row.number, self.current.area_id, row.line, pieces=[row.text],
                     label=label)
        for code in getattr(row, "ticked", ()):
            item.owners.append(code)
        for code, text in getattr(row, "odd", ()):
            self.issue(_REC, "owner not read", row.ref, row.line,
                       f"the {code} column reads {text!r}, which is not a tick; the owner "
                       "is not read from it")
        self.items[_REC].append(item)
        self.last_item[_REC] = item


def _may_hold_matrix(lines: tuple[str, ...] | list[str]) -> bool:
    """A cheap test before the model is built: a table row naming recommendations."""
    return any(("\t" in line or "|" in line) and "ecommend" in line for line in lines)


def read_matrices(doc: Document, known: frozenset[str]) -> MatrixParser | None:
    """Read recommendations printed in addressee matrices under headings, or None when the
    document prints none.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_matrices(doc, frozenset()) is None
    True
    """
    if not _may_hold_matrix(doc.lines):
        return None
    return run_prepared(MatrixParser(doc, known))


def matrix_after_table(doc: Document, known: frozenset[str], parser: _Parser
                       ) -> MatrixParser | None:
    """A document the table reader read whose table is an addressee matrix with no area
    column, printed two times or more under headings (or once, where the table reader made
    areas of chapters holding none of its rows, or read other lines as recommendations):
    read as matrices under headings instead; None for any other (one header line looked at
    first).

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("| Area | Activity | Recommendations |", "|---|---|---|", "| 1. Roads | - | - |")
    >>> doc = Document(Path("t.md"), "recommendations", lines, "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.header_line = 1
    >>> matrix_after_table(doc, frozenset(), parser) is None
    True
    """
    from wlga_analysis.interpret.recommendations.columns import header_cells

    cells = header_cells(doc.lines, parser.header_line)
    if cells is None or "ecommend" not in doc.lines[parser.header_line - 1] \
            or _matrix_columns(cells) is None:
        return None
    holding = {item.area_id for item in parser.items[_REC]}
    matrices = MatrixParser(doc, known)
    if not matrices.prepare():
        return None
    rows = {row.line for table in matrices.tables.values() for row in table.recs}
    if len(matrices.tables) < MATRIX_RULES["min_tables"] and set(parser.areas) <= holding \
            and all(item.line in rows for item in parser.items[_REC]):
        return None  # (one matrix, read row for row under its areas: the table reader's)
    matrices.run()
    return matrices

