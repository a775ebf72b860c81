"""Programme interpreter: a dashboard summary table that names the priorities.

A council's quarterly report may open with a dashboard: a table of one row per priority,
its first column headed by a priority word ("Priority", list ``priority word`` of
``data/raw/programme_words.csv``) and each first cell the priority's labelled name
("Priority 1: Customer access"), beside an overall RAG rating and key messages. A careful
reader takes the names (without their labels) as the paper's priorities, in order: the
table lists them as a numbered list would. The overall RAG is the priority's, not any
item's status, and the key messages summarise the items, no items of their own (the rows
stand before the progress section).

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> def row(first, line):
...     cells = {"Priority": first, "Overall RAG": "Green", "Key messages": "On course."}
...     return _Row("table row", None, None, None, first, line, cells=cells)
>>> rows = [_Row("table header", None, None, None, "Priority | Overall RAG | Key messages", 2),
...         row("Priority 1: Homes", 3), row("Priority 2: Jobs", 4)]
>>> dashboard_priorities(rows, 0)
[('Homes', 3), ('Jobs', 4)]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.sections import priority_word_at, section_label

__all__ = ["dashboard_priorities"]


def dashboard_priorities(rows: list[Any], k: int) -> list[tuple[str, int]]:
    """(name, line) of each row of the table whose header is ``rows[k]``, when its first
    column is headed by a priority word and its first cells are two or more labelled names
    numbered 1, 2, ... in order ("Priority 1: Homes"); [] otherwise.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("table header", None, None, None, "Priority | Lead", 2),
    ...         _Row("table row", None, None, None, "Homes | CEO", 3,
    ...              cells={"Priority": "Homes", "Lead": "CEO"})]
    >>> dashboard_priorities(rows, 0)
    []
    """
    head = rows[k]
    if head.kind != "table header" or priority_word_at(head.text.partition(" | ")[0]) < 0:
        return []
    out: list[tuple[str, int]] = []
    for row in rows[k + 1:]:
        if row.kind != "table row" or not row.cells:
            break
        first = " ".join(next(iter(row.cells.values()), "").split())
        label = section_label(first)
        if label is None or label[0] != str(len(out) + 1):
            return []
        out.append((first[label[1]:].strip(" .;:"), row.source_line))
    return out if len(out) >= 2 else []
