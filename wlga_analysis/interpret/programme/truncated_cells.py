"""Programme interpreter: a table whose texts a report visual cut short, printed in full
elsewhere in the paper.

A BI report exported to PDF (Power BI, Tableau) prints its table visual with each long
text cut to the column's width and closed by an ellipsis ("Deliver the regional workforce
pla..."), and the same texts in full on another page (a matrix of "Action details", a
card per action). A careful reader takes the full text and notes where the table cut it.

Read so: in a table with two cells or more closed by an ellipsis ("..." or "…"), each
such cell whose words before the ellipsis (12 characters at least) open exactly ONE longer
text elsewhere in the paper (a paragraph, another table's cell: from where those words
start to the end of that cell, or to a symbol printed after it, as a matrix's expand box
"⊟") reads that full text; its table gains an "As printed" column (role note in
``programme_columns.csv``: kept, giving the item nothing) holding the text as printed and
where the full text was read. A cell whose words open no text, or two different ones,
stays as printed.

One cheap look first: a table with a cell closed by an ellipsis.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table
>>> def row(*texts, line=1):
...     return tuple(Cell((Paragraph(Inline(t)),), Location(line=line)) for t in texts)
>>> visual = Table(row("Action", "RAG"), (row("Open a business hub in e...", "Green", line=2),
...                                       row("Repair the harbour wa...", "Blue", line=3)))
>>> details = Table(row("Action", "Update"),
...                 (row("Open a business hub in every town centre", "Opened.", line=9),
...                  row("\u229f 2. Harbour Repair the harbour wall", "Done.", line=10)))
>>> out = with_full_texts([visual, details])
>>> [r[0].text for r in out[0].rows]
['Open a business hub in every town centre', 'Repair the harbour wall']
>>> out[0].rows[0][2].text
'Action: Open a business hub in e... (cut short; the full text read from line 9)'
"""

from __future__ import annotations

import unicodedata
from typing import Any

from wlga_analysis.read.model import Cell, Inline, Paragraph, Table

__all__ = ["with_full_texts"]

#: The ellipses a visual closes a cut text with.
_ELLIPSES = ("...", "\u2026")
#: The fewest characters before the ellipsis looked for elsewhere.
_MIN_PREFIX = 12
#: The fewest cut cells of a table read so.
_MIN_CUT = 2


def _cut(text: str) -> str | None:
    """The words before a cell's closing ellipsis; None when it has none."""
    text = text.strip()
    for mark in _ELLIPSES:
        if text.endswith(mark):
            prefix = text[:-len(mark)].rstrip()
            return prefix if len(prefix) >= _MIN_PREFIX else None
    return None


def _texts(blocks: list[Any], skip: Table) -> list[tuple[str, int | None]]:
    """Every paragraph's and other table's cell's text, with its line."""
    out: list[tuple[str, int | None]] = []
    for block in blocks:
        if block is skip:
            continue
        if block.__class__ is Table or isinstance(block, Table):
            out.extend((c.text, c.location.line if c.location else None)
                       for r in block.rows for c in r if c.text)
        elif hasattr(block, "text") and hasattr(block.text, "text"):
            out.append((block.text.text, block.location.line if block.location else None))
    return out


def _full_text(prefix: str, texts: list[tuple[str, int | None]]) -> tuple[str, int | None] | None:
    """The one longer text that ``prefix`` opens in ``texts`` (see the module)."""
    found: dict[str, int | None] = {}
    for text, line in texts:
        start = text.find(prefix)
        while start >= 0:
            if start == 0 or not text[start - 1].isalnum():
                full = _to_symbol(text[start:])
                if len(full) > len(prefix) and _cut(full) is None:
                    found.setdefault(full, line)
            start = text.find(prefix, start + 1)
    return next(iter(found.items())) if len(found) == 1 else None


def _to_symbol(text: str) -> str:
    """``text`` up to a symbol printed after it (a matrix's expand box), stripped."""
    for k, ch in enumerate(text):
        if not ch.isascii() and unicodedata.category(ch) in ("So", "Sm"):
            return text[:k].strip()
    return text.strip()


def with_full_texts(blocks: list[Any]) -> list[Any]:
    """The blocks with each cut cell of a report visual's table read in full (see the
    module); ``blocks`` itself when no table has cut cells.

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list
        The blocks, perhaps with tables completed.
    """
    tables = [b for b in blocks if isinstance(b, Table) and sum(
        1 for r in b.rows for c in r if c.text.rstrip().endswith(_ELLIPSES)) >= _MIN_CUT]
    if not tables:
        return blocks
    done = {id(t): _completed(t, blocks) for t in tables}
    return [done.get(id(b)) or b for b in blocks]


def _completed(table: Table, blocks: list[Any]) -> Table | None:
    """``table`` with its cut cells in full and an "As printed" column; None when no cut
    cell's full text is found."""
    texts = _texts(blocks, table)
    header = table.header_text
    rows = []
    changed = False
    for cells in table.rows:
        notes = []
        new = list(cells)
        for k, cell in enumerate(cells):
            prefix = _cut(cell.text)
            found = _full_text(prefix, texts) if prefix else None
            if found is None:
                continue
            new[k] = Cell((Paragraph(Inline(found[0])),), cell.location)
            name = header[k] if k < len(header) and header[k] else f"column {k + 1}"
            where = f"line {found[1]}" if found[1] is not None else "elsewhere in the paper"
            notes.append(f"{name}: {cell.text.strip()} (cut short; the full text read from "
                         f"{where})")
            changed = True
        at = cells[0].location if cells else table.location
        new.append(Cell((Paragraph(Inline("; ".join(notes))),) if notes else (), at))
        rows.append(tuple(new))
    if not changed:
        return None
    head = (*table.header, Cell((Paragraph(Inline("As printed")),), table.location))
    return table.__class__(head, tuple(rows), table.location)
