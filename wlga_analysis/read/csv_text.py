"""Text reader: a comma-separated export saved as text, read as the table it is.

An issue tracker's "Export > CSV" (Jira), a BI report's table visual's "Export data" (Power
BI) or a spreadsheet tab's CSV download (Google Sheets' File > Download > CSV) saved as
``.txt`` or ``.csv`` holds ONE table: cells separated by commas, a cell holding a comma, a
quote or a line break quoted (``"..."``, a quote doubled), every record as wide as the
sheet (a spreadsheet pads a row with commas: "Tracker,,,,,")::

    Issue key,Summary,Issue Type,Status,Due date,Description
    DIGI-1,Data and insight,Epic,In Progress,,"Helping councils.
    Funded by the ... Grant (£240,000 for 2025-26)."

:func:`csv_as_tab_lines` rewrites such lines as the text reader's lines: a record of two
filled cells or more one TAB table row (its cells' line breaks ``<br>``), a record of one
filled cell that cell's text (a sheet's title, "Last updated: 30/01/2026"), an empty record
a blank line; each further line a record took is left blank, so that every line keeps its
number. A text is taken as CSV only when its first line opens a record of three cells or
more (a header of short names, or a sheet's padded row: no TAB, no sentence), EVERY record
is as wide as the first, and three records or more fill three cells (one cheap look at the
first line first: a text whose first line holds fewer than two commas is never parsed).

Examples
--------
>>> csv_as_tab_lines(["Key,Summary,Status", 'A-1,"Do this, then that",Done', "A-2,Do more,To Do"])
['Key\\tSummary\\tStatus', 'A-1\\tDo this, then that\\tDone', 'A-2\\tDo more\\tTo Do']
>>> csv_as_tab_lines(["Tracker,,", ",,", "ID,Action,Status", "A-1,Do it,Complete",
...                   "A-2,Plan,On track"])
['Tracker', '', 'ID\\tAction\\tStatus', 'A-1\\tDo it\\tComplete', 'A-2\\tPlan\\tOn track']
>>> csv_as_tab_lines(["Councils, parishes, and others, were consulted.", "Then more."]) is None
True
"""

from __future__ import annotations

import csv
from collections.abc import Sequence

__all__ = ["csv_as_tab_lines", "looks_like_csv_header"]

#: The fewest cells of a CSV header row.
_MIN_COLUMNS = 3
#: The longest header cell (a column's name, not a sentence).
_MAX_HEADER_CELL = 40
#: The fewest records under the header.
_MIN_RECORDS = 2


def looks_like_csv_header(line: str) -> bool:
    """Whether ``line`` can open a CSV export: three comma-separated names or more, each
    short and none a sentence, no TAB.

    Examples
    --------
    >>> looks_like_csv_header("Priority,Action,Owner,Due,RAG")
    True
    >>> looks_like_csv_header("We met councils, parishes, and others.")
    False
    """
    cells = _first_row_cells(line)
    return cells is not None and all(
        0 < len(c.strip()) <= _MAX_HEADER_CELL and not c.rstrip().endswith(".")
        and ". " not in c for c in cells)


def csv_as_tab_lines(lines: Sequence[str]) -> list[str] | None:
    """The lines of a CSV export as the text reader's lines, as many lines as ``lines`` (a
    record's further lines left blank); None when the text is no CSV export (see the
    module).

    Parameters
    ----------
    lines : sequence of str
        The document's lines, without line breaks.

    Returns
    -------
    list of str or None

    Examples
    --------
    >>> csv_as_tab_lines(["A,B,C", '1,"two', 'lines",3', "4,5,6"])
    ['A\\tB\\tC', '1\\ttwo<br>lines\\t3', '', '4\\t5\\t6']
    >>> csv_as_tab_lines(["A,B,C", "1,2", "3,4,5"]) is None
    True
    """
    if not lines or not (looks_like_csv_header(lines[0]) or _padded_row(lines[0])):
        return None
    reader = csv.reader((f"{line}\n" for line in lines), strict=True)
    out: list[str] = []
    width = taken = tables = 0
    try:
        for record in reader:
            filled = [c for c in record if c.strip()]
            width = width or (len(record) if filled else 0)
            if filled and len(record) != width:
                return None
            tables += len(filled) >= _MIN_COLUMNS
            out.append(_text_line(record, filled))
            out.extend([""] * (reader.line_num - taken - 1))
            taken = reader.line_num
    except csv.Error:
        return None
    if tables < _MIN_RECORDS + 1:
        return None
    return out + [""] * (len(lines) - len(out))


def _padded_row(line: str) -> bool:
    """A spreadsheet's row of one filled cell padded with commas to the sheet's width
    ("Tracker,,,,", ",,,,"): three cells or more, no TAB.

    >>> _padded_row("Procurement tracker,,,,"), _padded_row("We met, and agreed, more")
    (True, False)
    """
    cells = _first_row_cells(line)
    return cells is not None and sum(1 for c in cells if c.strip()) <= 1


def _first_row_cells(line: str) -> list[str] | None:
    """The cells of a CSV line of :data:`_MIN_COLUMNS` cells or more with no TAB (one cheap
    look at its commas first); None for any other line."""
    if "\t" in line or line.count(",") < _MIN_COLUMNS - 1:
        return None
    try:
        cells = next(csv.reader([line]))
    except csv.Error:
        return None
    return cells if len(cells) >= _MIN_COLUMNS else None


def _text_line(record: list[str], filled: list[str]) -> str:
    """A record as a line of the text reader: its one filled cell's text (line breaks as
    spaces), a blank line, or its cells as a TAB row (line breaks ``<br>``)."""
    if len(filled) <= 1:
        return " ".join(filled[0].split()) if filled else ""
    return "\t".join(c.replace("\r", "").strip("\n").replace("\n", "<br>") for c in record)
