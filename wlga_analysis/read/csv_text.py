"""Text reader: a comma-separated export saved as text, read as the table it is.

An issue tracker's "Export > CSV" (Jira), a BI report's table visual's "Export data" (Power
BI) or a spreadsheet's CSV download saved as ``.txt`` holds ONE table: a header row of
short column names, then a record per row, cells separated by commas, a cell holding a
comma, a quote or a line break quoted (``"..."``, a quote doubled)::

    Issue key,Summary,Issue Type,Status,Due date,Description
    DIGI-1,Data and insight,Epic,In Progress,,"Helping councils.
    Funded by the ... Grant (£240,000 for 2025-26)."

:func:`csv_as_tab_lines` rewrites such lines as the text reader's table rows: one TAB line
per record (its cells' line breaks ``<br>``), each further line a record took left blank,
so that every line keeps its number. A text is taken as CSV only when its first line is a
header of three cells or more, each a short name (no TAB, no sentence), and EVERY record
after it has as many cells as the header (one cheap look at the first line first: a text
whose first line holds no comma is never parsed).

Examples
--------
>>> csv_as_tab_lines(["Key,Summary,Status", 'A-1,"Do this, then that",Done', "A-2,Do more,To Do"])
['Key\\tSummary\\tStatus', 'A-1\\tDo this, then that\\tDone', 'A-2\\tDo more\\tTo Do']
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
    if "\t" in line or line.count(",") < _MIN_COLUMNS - 1:
        return False
    try:
        cells = next(csv.reader([line]))
    except csv.Error:
        return False
    return len(cells) >= _MIN_COLUMNS and all(
        0 < len(c.strip()) <= _MAX_HEADER_CELL and not c.rstrip().endswith(".")
        and ". " not in c for c in cells)


def csv_as_tab_lines(lines: Sequence[str]) -> list[str] | None:
    """The lines of a CSV export as TAB-separated table rows, as many lines as ``lines``
    (a record's further lines left blank); None when the text is no CSV export (see the
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
    if not lines or not looks_like_csv_header(lines[0]):
        return None
    reader = csv.reader((f"{line}\n" for line in lines), strict=True)
    out: list[str] = []
    width = 0
    taken = 0
    try:
        for record in reader:
            if not any(c.strip() for c in record):  # (a blank line)
                out.extend([""] * (reader.line_num - taken))
                taken = reader.line_num
                continue
            width = width or len(record)
            if len(record) != width:
                return None
            out.append("\t".join(c.replace("\r", "").strip("\n").replace("\n", "<br>")
                                 for c in record))
            out.extend([""] * (reader.line_num - taken - 1))
            taken = reader.line_num
    except csv.Error:
        return None
    if sum(1 for line in out if line) < _MIN_RECORDS + 1:
        return None
    return out + [""] * (len(lines) - len(out))
