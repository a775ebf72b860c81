"""Programme interpreter: a tracker page, one table grouped by a column naming its group.

A council's commitments tracker (a web page, its Word export, its printed PDF) holds the
whole programme as ONE table whose first column names the group (the well-being objective,
priority, theme) of each row, printed again in every row, and whose number column starts
again at 1 under each group::

    Well-being objective         | No. | Commitment          | Status          | Due
    1. A thriving local economy  | 1   | Open a business ... | In progress     | March 2026
    1. A thriving local economy  | 2   | Pay the real ...    | Delivered       | April 2024
    2. Homes and communities     | 1   | Build 250 new ...   | Not yet started | March 2028

There is no "Progress update" heading, no numbered heading over a list and no appendix:
the table is the progress. Each group is the numbered section of its rows (its label's
number, "2. Homes and communities" is section 2, else the groups are numbered in order),
as in a table whose first column spans its group's rows (:mod:`.spanning_groups`, which
reads the grouping: this module only finds the table in a paper with no other progress).
What stands before the table (the page's introduction, a filter form, a count of rows by
status) frames the paper and stays in the paragraphs table only.

A table is taken when its first column is no column of an item (no role in
``programme_columns.csv``), it has a text column, and its first column groups its rows
into two groups or more (:func:`~.spanning_groups.group_starts`).

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> def row(group, no, text, line):
...     cells = {"Objective": group, "No.": no, "Commitment": text, "Status": "Delivered"}
...     return _Row("table row", None, None, None, " | ".join(cells.values()), line,
...                 lines=[line], cells=cells)
>>> rows = [_Row("text", None, None, None, "Delivered 3", 1),
...         _Row("table header", None, None, None, "Objective | No. | Commitment | Status", 2),
...         row("Homes", "1", "Build homes.", 3), row("Homes", "2", "Repair homes.", 4),
...         row("Jobs", "1", "Open a hub.", 5)]
>>> grouped_table_start(rows)
(1, 'the table headed Objective | No. | Commitment | Status', 2)
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.sections import priority_word_at, section_label
from wlga_analysis.read.model import Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["group_priorities", "grouped_table_start", "is_grouped_table"]

#: A group's number printed before its name ("2. Homes and communities").
_NUMBER = compile_regex(r"^\d{1,2}[.)]\s+")
#: The fewest data rows of a grouped table.
_MIN_ROWS = 3


def is_grouped_table(block: Any) -> bool:
    """Whether a block of the document model is a table whose first column groups its rows
    (see the module): such a table opens the paper's numbered sections.

    Parameters
    ----------
    block : Block
        A block of the document model.

    Returns
    -------
    bool
        True for a grouped table.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph
    >>> def cells(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> table = Table(cells("Theme", "No.", "Action", "Status"),
    ...               (cells("Homes", "1", "Build.", "Done"), cells("Homes", "2", "Let.", "Done"),
    ...                cells("Jobs", "1", "Train.", "Done")))
    >>> is_grouped_table(table), is_grouped_table(Paragraph(Inline("1. Homes")))
    (True, False)
    """
    if not isinstance(block, Table) or len(block.rows) < _MIN_ROWS or len(block.header) < 3:
        return False
    from wlga_analysis.interpret.programme.spanning_groups import group_starts  # (a table's)

    header = block.header_text
    return bool(group_starts([dict(zip(header, (c.text for c in r), strict=False))
                              for r in block.rows]))


def grouped_table_start(rows: list[Any]) -> tuple[int, str, int] | None:
    """Where a paper's progress table grouped by its first column opens: (the index of its
    header row, a name for it, its line), else None.

    Parameters
    ----------
    rows : list of _Row
        The paper's rows (table rows carry their cells by header).

    Returns
    -------
    tuple or None
        The first grouped table's header row, as :func:`.appendix.appendix_rows` takes the
        start of an appendix; None also in a paper of numbered headings over lists (they
        hold its progress, and a grouped table there is an annex).
    """
    from wlga_analysis.interpret.programme.layouts import is_other_section
    from wlga_analysis.interpret.programme.spanning_groups import group_starts

    if any(r.kind == "paragraph" and r.numbered_heading and not is_other_section(r.text)
           for r in rows):
        return None  # (numbered headings over lists hold the progress)
    k = 0
    while k < len(rows):
        if rows[k].kind != "table header":
            k += 1
            continue
        end = _table_end(rows, k)
        if end - k > _MIN_ROWS and group_starts([r.cells or {} for r in rows[k + 1:end]]):
            return k, f"the table headed {rows[k].text}"[:80], rows[k].source_line
        k = end
    return None


def _table_end(rows: list[Any], k: int) -> int:
    end = k + 1
    while end < len(rows) and rows[end].kind == "table row":
        end += 1
    return end


def group_priorities(rows: list[Any], k: int) -> list[tuple[str, int]]:
    """The priorities a grouped table names, when its group column's header is a priority
    word ("Well-being objective", "Priority": list ``priority word`` of
    ``programme_words.csv``): (name, line) of each group, in order, its label left out
    ("1. A thriving local economy" names "A thriving local economy"); [] for any other row.

    Parameters
    ----------
    rows : list of _Row
        The paper's rows.
    k : int
        The index of a table's header row.

    Returns
    -------
    list of tuple
        (name, line) of each group.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> def row(group, text, line):
    ...     cells = {"Objective": group, "Commitment": text, "Status": "Done"}
    ...     return _Row("table row", None, None, None, text, line, cells=cells)
    >>> rows = [_Row("table header", None, None, None, "Objective | Commitment | Status", 2),
    ...         row("1. Homes", "Build.", 3), row("1. Homes", "Let.", 4),
    ...         row("2. Jobs", "Hire.", 5)]
    >>> group_priorities(rows, 0)
    [('Homes', 3), ('Jobs', 5)]
    """
    row = rows[k]
    if row.kind != "table header" or priority_word_at(row.text.partition(" | ")[0]) < 0:
        return []
    from wlga_analysis.interpret.programme.spanning_groups import group_starts

    table = rows[k + 1:_table_end(rows, k)]
    starts = group_starts([r.cells or {} for r in table]) if len(table) >= _MIN_ROWS else []
    out = []
    for i in starts:
        name = next(iter(table[i].cells.values())).strip()
        label = section_label(name)  # ("Objective 2: Homes"; or "2. Homes")
        name = name[label[1]:] if label else _NUMBER.sub("", name, count=1)
        out.append((name.strip(" .;:"), table[i].source_line))
    return out
