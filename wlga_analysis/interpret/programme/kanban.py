"""Programme interpreter: a status board ("plan on a page", a kanban board).

A board is ONE table whose columns are statuses: "Workstream | Done | Doing | Delayed |
Next". Each row is a section of the paper (its first cell, "Workstream 2: Public
engagement", labelled as :func:`~wlga_analysis.interpret.programme.sections.section_label`
reads it, else numbered in reading order); each bullet in a status column is an item of
that section, its status the column's header (role ``status board`` of
``data/raw/programme_columns.csv``, the status the header word gives in
``data/raw/status_tags.csv``: Done = done, Doing = in progress, Delayed = at risk, Next =
planned), its timing its own text ("... (moved to 2026/27 Q4)").

A cell holds its items as bullets ("- A (June 2026) - B (July 2026)") or, in a text form
that joined a cell's paragraphs with spaces, as sentences each closed by its bracket
("A (June 2026) B (July 2026)").

Examples
--------
>>> board_columns(["Workstream", "Done", "Doing", "Delayed", "Next"])
[1, 2, 3, 4]
>>> board_columns(["Action", "Next steps", "Status"]) is None
True
>>> cell_items("- Guide published (August 2026) - Webinar held (July 2026)")
['Guide published (August 2026)', 'Webinar held (July 2026)']
>>> cell_items("Guide published (August 2026) Webinar held (July 2026)")
['Guide published (August 2026)', 'Webinar held (July 2026)']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme import sections
from wlga_analysis.interpret.programme.action_log import ActionTable, log_rows
from wlga_analysis.interpret.programme.common import _is_numbered, _Row, folded_words
from wlga_analysis.interpret.programme.group_column import is_grouped_table
from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.read.model import Table
from wlga_analysis.reference import programme_columns
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["BOARD_ROLE", "board_columns", "cell_items", "is_status_board", "opens_a_section",
           "status_board_rows"]

#: The role (in programme_columns.csv) of a column whose header is a status.
BOARD_ROLE = "status board"

_BULLET = LazyPattern(r"(?:^|\s)[-\u2022\u25aa*\u2013]\s+")
_AFTER_BRACKET = LazyPattern(r"(?<=\))\s+(?=[A-Z\u2018\u201c'\"])")


def board_columns(header: list[str]) -> list[int] | None:
    """Indexes of a status board's status columns: two or more headers that are, whole,
    names of role ``status board`` in ``programme_columns.csv``, after a first column that
    is not one (the rows' labels); None when the table is not a board."""
    found = _board_columns(tuple(header))
    return None if found is None else list(found)


@by_headers
def _board_columns(header: tuple[str, ...]) -> tuple[int, ...] | None:
    known = programme_columns()
    found = tuple(i for i, h in enumerate(header) if known.get(folded_words(h)) == BOARD_ROLE)
    return found if len(found) >= 2 and 0 not in found else None


def is_status_board(block: Any) -> bool:
    """Whether a block is a status board (a table: see :func:`board_columns`)."""
    return isinstance(block, Table) and board_columns(block.header_text) is not None


def opens_a_section(block: Any) -> bool:
    """Whether a block is a numbered paragraph ("5. ...") or a status board (whose rows
    are the paper's numbered sections), an action log's table (a part of the log) or a
    transposed project table (a section: :mod:`.transposed`)."""
    return _is_numbered(block) or is_status_board(block) or is_grouped_table(block) \
        or block.__class__ is ActionTable or block.__class__.__name__ == "TransposedTable"


def cell_items(cell: str) -> list[str]:
    """The items of a board's cell: its bullets, else its parts each closed by a bracket
    and followed by a capital letter (the cell's paragraphs joined by spaces)."""
    text = cell.strip()
    if not text:
        return []
    parts = _BULLET.split(text) if _BULLET.match(text) else _AFTER_BRACKET.split(text)
    return [p.strip() for p in parts if p.strip()]


def _section_number(label: str, position: int) -> tuple[int, str]:
    """(number, name) of a board row from its first cell: "Workstream 2: Engagement" gives
    (2, "Engagement"); an unlabelled row its position."""
    text = clean_text(label)
    found = sections.section_label(text)
    if found is None:
        return position, text
    return int(found[0]), text[found[1]:].strip()


def status_board_rows(table: Table, heading: str | None, heading_line: int | None,
                      roles: dict[int, tuple[str, int | None]]) -> list[_Row] | None:
    """The interpreter's rows of a status board, or None when ``table`` is not one: its
    header row, then per board row a numbered section row (kind ``paragraph``) and one
    row per item (kind ``table row``, its one cell under its status column's header);
    ``roles`` (line -> role) is given each row's line."""
    if table.__class__ is ActionTable:  # (an action log's table: .action_log)
        return log_rows(table, heading, heading_line, roles)
    if table.__class__ is not Table:  # (a layout's table: its module loads when first used)
        from wlga_analysis.interpret.programme import (
            capital_schemes,
            okr,
            status_bullets,
            transposed,
        )

        if table.__class__ is capital_schemes.SchemesTable:  # (a scheme's name its topic)
            return capital_schemes.schemes_rows(table, heading, heading_line, roles)
        if table.__class__ is okr.OkrTable:  # (key results scored against a key)
            return okr.okr_rows(table, heading, heading_line, roles)

        if table.__class__ is transposed.TransposedTable:  # (one column a project)
            return transposed.transposed_rows(table, heading, heading_line, roles)
        if table.__class__ is status_bullets.FieldsTable:  # (an e-mail's bullets)
            status_bullets.mark_heading(table, roles)
    header = table.header_text
    columns = board_columns(header)
    if columns is None:
        return None
    line = table.location.line
    out = [_Row("table header", None, heading, heading_line,
                    " | ".join(h for h in header if h), line, lines=[line])]
    roles[line] = ("row", line)
    for position, cells in enumerate(table.rows, 1):
        n = cells[0].location.line if cells else line
        roles[n] = ("row", n)
        number, name = _section_number(cells[0].text if cells else "", position)
        out.append(_Row("paragraph", number, heading, heading_line, name, n, lines=[n],
                            cells={},  # (a table's: its number is not the paper's paragraph)
                            number=str(number), numbered_heading=True))
        for i in columns:
            for item in cell_items(cells[i].text if i < len(cells) else ""):
                out.append(_Row("table row", number, heading, heading_line, item, n,
                                    lines=[n], cells={header[i]: item}))
    return out
