"""Programme interpreter: a spreadsheet tracker whose ID column names each row and a
grouping column (Workstream, Theme, Priority) repeats each row's group.

A tracker kept in Google Sheets or Excel prints the whole programme as ONE table: an ID
column first ("PR-01", "CT3": a code, not the priority's number), then a column naming the
row's group, printed again in every row and the rows sorted by it, then the action and its
fields::

    ID    | Workstream        | Action                   | Lead org | End        | Status
    PR-01 | Procurement Act   | Deliver training to ...  | WLGA     | 30/09/2025 | Complete
    PR-12 | Procurement Act   | Set up a helpdesk ...    | CIPFA    | 31/03/2026 | On track
    PR-07 | Skills            | Establish a peer ...     | WLGA     | 31/08/2025 | Complete

A careful reader takes each run of rows sharing a group as a numbered section (numbered in
the order the groups come: the IDs do not number them) and a priority named by the group,
and each row as an item with its printed ID. The table is read as the Ref-numbered tracker
(:mod:`.ref_groups`): the group column is put first, the ID column kept.

A table is read so when its first column is headed as a number or reference ("ID", "Ref",
"No."), every row's first cell is a short code (letters, an optional dash, digits), the
codes differ, and a later column whose whole header is in the ``group column`` list of
``programme_words.csv`` groups the rows into two runs or more, with a text column. One cheap
look (the first header cell) rejects any other table.

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def cells(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),) if t else ()) for t in texts)
>>> table = Table(cells("ID", "Theme", "Action", "Status"),
...               (cells("HT-2", "Homes", "Build.", "Complete"),
...                cells("HT-1", "Homes", "Let.", "On track"),
...                cells("JB-1", "Jobs", "Train.", "At risk")))
>>> out = id_group_sections([table])
>>> out[0].header_text, [[c.text for c in r] for r in out[0].rows][2]
(['Theme', 'ID', 'Action', 'Status'], ['Jobs', 'JB-1', 'Train.', 'At risk'])
>>> id_group_sections([Table(cells("Risk", "Theme"), ())]) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.read.model import Table
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["id_group_sections", "is_group_header"]

#: The whole header of an ID column.
_ID_HEADERS = frozenset({"id", "ref", "ref no", "reference", "no", "number", "action id",
                         "action ref", "task id"})
#: A row's code: "PR-01", "CT3", "A.12", "2.1".
_CODE = compile_regex(r"[A-Za-z]{0,6}[-. ]?\d{1,4}(?:\.\d{1,3})?[a-z]?")
#: The fewest rows and columns of such a table.
_MIN_ROWS, _MIN_COLUMNS = 3, 4


@lru_cache(maxsize=4)
def _group_pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["group column"]
    return compile_regex("(?i)^(?:" + "|".join(f"(?:{w})" for w in words) + ")$" if words
                         else "(?!)")


def is_group_header(header: str) -> bool:
    """Whether a column's whole header names the group of each row (list ``group column``
    of ``programme_words.csv``: "Workstream", "Theme", "Priority").

    Examples
    --------
    >>> is_group_header("Workstream"), is_group_header("Work stream:"), is_group_header("Lead")
    (True, True, False)
    """
    text = " ".join(header.replace(":", " ").split())
    return bool(text) and _group_pattern(file_identity(config.PROGRAMME_WORDS_FILE)
                                         ).match(text) is not None


def _group_at(table: Table) -> int | None:
    """The index of the grouping column of an ID-coded table, else None."""
    from wlga_analysis.interpret.programme.common import _column_roles
    from wlga_analysis.interpret.programme.spanning_groups import group_starts

    header = table.header_text
    if not _column_roles(header).get("text"):
        return None
    for i, h in enumerate(header[1:], start=1):
        if is_group_header(h):
            moved = [{h: r[i].text, **{k: c.text for k, c in zip(header, r, strict=False)
                                       if k != h}} for r in table.rows]
            return i if group_starts(moved) else None
    return None


def _is_id_table(table: Table) -> bool:
    header = table.header_text
    if len(header) < _MIN_COLUMNS or len(table.rows) < _MIN_ROWS:
        return False
    if " ".join(header[0].lower().replace(".", " ").split()) not in _ID_HEADERS:
        return False
    codes = [r[0].text.strip() if r else "" for r in table.rows]
    return (all(_CODE.fullmatch(c) for c in codes) and len(set(codes)) == len(codes)
            and all(len(r) > 1 for r in table.rows))


def id_group_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each ID-coded table grouped by a grouping column (see the module)
    reordered, its group column first; None when there is no such table.

    Parameters
    ----------
    blocks : list of Block
        The paper's blocks.

    Returns
    -------
    list of Block or None
    """
    from wlga_analysis.interpret.programme.ref_groups import reordered

    out, found = list(blocks), False
    for k, b in enumerate(blocks):
        if b.__class__ is not Table or not b.header or not _is_id_table(b):
            continue
        at = _group_at(b)
        if at is not None:
            out[k], found = reordered(b, at), True
    return out if found else None
