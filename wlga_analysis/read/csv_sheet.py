"""A spreadsheet tab saved as CSV (Google Sheets' File > Download > CSV) read as a table.

A tracker kept in a spreadsheet reaches the package as the comma-separated values of one
tab, saved as ``.csv`` or ``.txt``: every row padded with commas to the sheet's width
("Title,,,,,,,"), cells holding commas or line breaks quoted. Its lines are read with the
:mod:`csv` module and printed as the text form reads a table: a row of one filled cell a
line of text (the title, "Last updated: ..."), an empty row a blank line, any other row its
cells joined by TABs (a cell's line breaks as spaces). One cheap look rejects other text:
the first line must hold two commas or more, and every record the same number of fields.

Examples
--------
>>> csv_sheet_lines("Tracker,,\\n,,\\nID,Action,Status\\nA-1,\\"Do it,\\nnow\\",Complete\\n"
...                 "A-2,Plan,On track\\n")
('Tracker', '', 'ID\\tAction\\tStatus', 'A-1\\tDo it, now\\tComplete', 'A-2\\tPlan\\tOn track')
>>> csv_sheet_lines("Dear all, thanks, and more\\nNext line") is None
True
"""

from __future__ import annotations

import csv
import io

__all__ = ["csv_sheet_lines"]

#: The fewest fields of a sheet's record, and the fewest records with three filled cells.
_MIN_FIELDS, _MIN_ROWS = 3, 3


def csv_sheet_lines(text: str) -> tuple[str, ...] | None:
    """The text-form lines of a CSV sheet, or None when ``text`` is no such sheet.

    Parameters
    ----------
    text : str
        The file's text.

    Returns
    -------
    tuple of str or None
    """
    first = text.split("\n", 1)[0]
    if first.count(",") < _MIN_FIELDS - 1 or "\t" in text:
        return None
    try:
        records = list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error:
        return None
    records = [r for r in records if r]
    widths = {len(r) for r in records}
    if len(widths) != 1 or widths.pop() < _MIN_FIELDS:
        return None
    if sum(1 for r in records if sum(1 for c in r if c.strip()) >= _MIN_FIELDS) < _MIN_ROWS:
        return None
    out: list[str] = []
    for record in records:
        cells = [" ".join(c.split()) for c in record]
        filled = [c for c in cells if c]
        if len(filled) <= 1:
            out.append(filled[0] if filled else "")
        else:
            out.append("\t".join(cells).rstrip("\t"))
    return tuple(out)
