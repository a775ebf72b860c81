"""A spreadsheet saved as text: its full-width rows and its quoted cells.

A sheet kept in Excel and saved as "Text (Tab delimited)" (or published as a web page, or
its range pasted into Word) prints every row with the sheet's full number of cells: the
title over the table, a sub-title, a key under it and the name of the next block of the
sheet ("Funding") are cells merged across the sheet (or typed in its first column), so the
text form prints their text in the first cell and leaves the others empty::

    Corporate Improvement Programme 2025-26<TAB><TAB><TAB><TAB>
    Ref<TAB>Priority<TAB>Action<TAB>Due<TAB>RAG
    1.1<TAB>Customers<TAB>Launch the account<TAB>30/06/2025<TAB>B
    Key: B = Complete  G = On track<TAB><TAB><TAB><TAB>

Such a **full-width row** (a tab line of three cells or more, only its first filled, not
bold) that does not stand between two rows of its table is a paragraph over or under the
table, not a row of it (:func:`sheet_lines_not_rows`): the title reaches the interpreter as
the title, the key as a key, and the next block's name as the caption of its own table. A
full-width row between two rows of its table (a group's name across a table) stays a row.

Excel's text export quotes a cell that holds a double quote, doubling the quotes inside
(``"Launch the ""My Denbighshire"" account"``): :func:`unquoted_cell` reads it as printed.

A cell that holds line breaks (an Excel cell typed with Alt+Enter: "- one" and "- two" on
their own lines) is quoted too, its quote closing lines below: :func:`quoted_cells_joined`
reads such a row as one tab line, the cell's lines joined by ``<br>`` (the line break the
text form's cells print), the lines it took left blank (line numbers stay the file's).

Examples
--------
>>> lines = ["Plan 2025-26\\t\\t", "Ref\\tAction\\tRAG", "1.1\\tDo it\\tG",
...          "Key: G = on track\\t\\t"]
>>> table_at = [True] * 4
>>> sheet_lines_not_rows(lines, table_at); table_at
[False, True, True, False]
>>> unquoted_cell('"Launch the ""My"" account"'), unquoted_cell('"Be a Councillor"')
('Launch the "My" account', '"Be a Councillor"')
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["quoted_cells_joined", "sheet_lines_not_rows", "unquoted_cell"]

#: The most lines one quoted cell of a tab-delimited export may take.
_MAX_CELL_LINES = 60

#: The fewest cells of a full-width row (a caption's row "Conclusion 1: A.<TAB>" has two).
_MIN_CELLS = 3


def _full_width(line: str) -> bool:
    cells = line.split("\t")
    return len(cells) >= _MIN_CELLS and bool(cells[0].strip()) \
        and not any(c.strip() for c in cells[1:]) \
        and not cells[0].lstrip().startswith(("**", "<b", "<strong", "__"))


def _filled(line: str) -> int:
    return sum(1 for c in line.split("\t") if c.strip())


def sheet_lines_not_rows(lines: Sequence[str], table_at: list[bool]) -> None:
    """Mark as no table row each full-width row of a sheet saved as text that does not
    stand between two rows of its table (see the module); ``table_at`` is changed in place.

    Parameters
    ----------
    lines : sequence of str
        The document's lines.
    table_at : list of bool
        Whether each line is a table row.

    Examples
    --------
    >>> lines = ["Ref\\tTheme\\tAction", "1\\tA\\tDo", "Housing\\t\\t", "2\\tB\\tGo"]
    >>> table_at = [True] * 4  # (a group's name across the table stays a row)
    >>> sheet_lines_not_rows(lines, table_at); table_at
    [True, True, True, True]
    """
    rows = [k for k, line in enumerate(lines) if table_at[k] and "\t" in line]
    full = [k for k in rows if _full_width(lines[k])]
    if not full:
        return
    for k in full:
        width = lines[k].count("\t")
        i = rows.index(k)
        before = lines[rows[i - 1]] if i > 0 else ""
        after = lines[rows[i + 1]] if i + 1 < len(rows) else ""
        if not all(_filled(ln) >= 2 and ln.count("\t") == width for ln in (before, after)):
            table_at[k] = False


def unquoted_cell(cell: str) -> str:
    """A cell of a tab-delimited export as printed: a cell Excel quoted because it holds a
    double quote (the quotes inside doubled) unquoted; any other cell as it is.

    Parameters
    ----------
    cell : str
        A cell of a tab line.

    Returns
    -------
    str

    Examples
    --------
    >>> unquoted_cell('"A ""B"" C"'), unquoted_cell('x')
    ('A "B" C', 'x')
    """
    inner = cell[1:-1]
    if len(cell) < 4 or cell[0] != '"' or cell[-1] != '"' or '""' not in inner:
        return cell
    if inner.replace('""', "").count('"'):
        return cell  # (a quote not doubled: no Excel quoting)
    return inner.replace('""', '"')


def _opens_quote(line: str) -> bool:
    """Whether a tab line's last cell opens a quote it does not close (an Excel cell whose
    line breaks go on in the lines below)."""
    last = line.rsplit("\t", 1)[-1]
    return last.startswith('"') and last[1:].replace('""', "").count('"') == 0


def quoted_cells_joined(lines: list[str]) -> list[str]:
    """The lines of a tab-delimited export with each row whose quoted cells hold line
    breaks read as one tab line (the cells unquoted, their line breaks ``<br>``), the lines
    it took after its first left blank; other lines as they are.

    Parameters
    ----------
    lines : list of str
        The document's lines.

    Returns
    -------
    list of str
        As many lines as ``lines``.

    Examples
    --------
    >>> quoted_cells_joined(['Area\\tActivity\\tOwner', 'Buses\\t"- one', '- ""A"" two"\\tWG'])
    ['Area\\tActivity\\tOwner', 'Buses\\t- one<br>- "A" two\\tWG', '']
    >>> quoted_cells_joined(['Say\\t"unclosed', 'text'])
    ['Say\\t"unclosed', 'text']
    """
    import csv

    out = list(lines)
    k = 0
    while k < len(out):
        line = out[k]
        if "\t" not in line or '"' not in line or not _opens_quote(line):
            k += 1
            continue
        chunk = [f"{ln}\n" for ln in out[k:k + _MAX_CELL_LINES]]
        reader = csv.reader(chunk, dialect="excel-tab")
        try:
            record = next(reader, None)
        except csv.Error:
            record = None
        taken = reader.line_num
        last = out[k + taken - 1] if 0 < taken <= len(chunk) else ""
        if record is None or taken < 2 or not ('"\t' in last or last.endswith('"')):
            k += 1  # (no closing quote: not Excel's quoting)
            continue
        out[k] = "\t".join(c.replace("\r", "").strip("\n").replace("\n", "<br>")
                           for c in record)
        out[k + 1:k + taken] = [""] * (taken - 1)
        k += taken
    return out
