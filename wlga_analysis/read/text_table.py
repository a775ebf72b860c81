"""Read a run of table rows of the text form into :class:`~wlga_analysis.read.model.Table`
blocks: tab-separated rows whose cells are HTML fragments, or Markdown pipe rows.

Examples
--------
>>> blocks, notes = read_table_run(["Area\\tRecommendations", "<p><b>Area 1</b></p>\\t<p>x</p>"], 3)
>>> table = blocks[0]
>>> table.header_text, [c.text for c in table.rows[0]]
(['Area', 'Recommendations'], ['Area 1', 'x'])
>>> table.rows[0][0].location.line
4
"""

from __future__ import annotations

from wlga_analysis.read.model import Block, Cell, Inline, Location, Note, Paragraph, Table

__all__ = ["read_table_run"]


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        return [c.strip() for c in stripped.strip("|").split("|")]
    return line.split("\t")


def read_table_run(lines: list[str], first: int) -> tuple[list[Block], list[Note]]:
    """Read table rows starting at line ``first``: the first row is the header."""
    rows: list[tuple[Cell, ...]] = []
    for offset, line in enumerate(lines):
        if not line.strip():
            continue
        loc = Location(line=first + offset)
        cells = []
        for col, raw in enumerate(_cells(line), start=1):
            text = Inline.from_html(raw)
            cell_loc = loc.in_cell(1, len(rows), col)
            blocks = (Paragraph(text, None, cell_loc),) if text.text else ()
            cells.append(Cell(blocks, cell_loc))
        if all(set(c.text) <= set("-:= ") for c in cells):
            continue  # a separator row
        rows.append(tuple(cells))
    if not rows:
        return [], []
    return [Table(rows[0], tuple(rows[1:]), Location(line=first))], []
