"""Word's plain-text save of a table's full-width rows: one line with no TAB between rows.

Word's "Save as: Plain Text" prints each row of a table as its cells' texts joined by TABs,
and a row whose cells are merged across the table (an action plan's area row, "Governance"
over its refs) as the one cell's text alone: a line with **no TAB**, standing between two
rows of the table. Read as it is, that line is a paragraph that cuts the table in two (the
rows under it lose their header). :func:`mark_full_width_rows` marks such a line as a row
of the table, and the table reader (:mod:`.text_table`) reads a row of one cell with no TAB
as the Word reader's model reads a merged row printed in bold: a level-4 heading between
the table's parts, the header kept for the rows under it.

What is a full-width row: a line of text of at most :data:`MAX_CHARS` characters, with no
TAB, opening with a letter and with no final full stop, colon or semicolon, directly under
a TAB row of :data:`MIN_COLUMNS` cells or more and directly over a TAB row of the same
number of cells (no blank line between: a table's rows have none). A paragraph printed
between two tables has a blank line, a longer text or a full stop.

Examples
--------
>>> lines = ["Ref\\tAction\\tLead", "Governance", "1\\tReview it.\\tHead of Audit", "", "End."]
>>> table_at = [True, False, True, False, False]
>>> mark_full_width_rows(lines, table_at); table_at
[True, True, True, False, False]
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["MAX_CHARS", "MIN_COLUMNS", "is_full_width_row", "mark_full_width_rows"]

#: The longest text a full-width row holds (an area's name, not a paragraph).
MAX_CHARS = 80
#: The fewest cells of the rows around a full-width row (a two-column table's lone line is
#: as often a paragraph the export printed under it).
MIN_COLUMNS = 3


def _width(line: str) -> int:
    """The cells of a TAB row (0 for a line with no TAB)."""
    return line.count("\t") + 1 if "\t" in line else 0


def is_full_width_row(line: str) -> bool:
    """Whether a line with no TAB has the shape of a merged row's text: short, opening with
    a letter, no sentence's end.

    Examples
    --------
    >>> is_full_width_row("Contract monitoring"), is_full_width_row("Text ends here.")
    (True, False)
    """
    text = line.strip()
    return bool(text) and len(text) <= MAX_CHARS and "\t" not in line \
        and text[-1] not in ".:;" and text[0].isalpha()


def mark_full_width_rows(lines: Sequence[str], table_at: list[bool]) -> None:
    """Mark as a table row (``table_at``) each full-width row of a TAB table: a line with
    no TAB between two TAB rows of the same width, read as the merged row it is.

    Parameters
    ----------
    lines : sequence of str
        A text document's lines.
    table_at : list of bool
        Whether each line is a table row (changed in place).

    Examples
    --------
    >>> lines = ["a\\tb\\tc", "Text ends here.", "d\\te\\tf", "Claims", "g\\th\\ti"]
    >>> table_at = [True, False, True, False, True]
    >>> mark_full_width_rows(lines, table_at); table_at
    [True, False, True, True, True]
    """
    for k in range(1, len(lines) - 1):
        # (one cheap look first: a line that is no row, under a row and over a row)
        if table_at[k - 1] and not table_at[k] and table_at[k + 1] \
                and "\t" in lines[k - 1] and is_full_width_row(lines[k]):
            width = _width(lines[k - 1])
            if width >= MIN_COLUMNS and _width(lines[k + 1]) == width:
                table_at[k] = True
