"""A plain-text update's tables laid out with spaces: read as tables, not as prose.

An update sent as a plain-text e-mail prints its tables in columns aligned with spaces,
the header underlined column by column with a dashed rule, a long cell wrapping onto a
continuation line (its first column blank), no blank line between rows::

    Ref    Action                                    Status           Target
    ---    ------                                    ------           ------
    A1.1   Social care recruitment campaign:         Complete         June 2026
           evaluation
    A1.2   Welsh language skills in recruitment      On track         March 2027

:mod:`wlga_analysis.read.fixed_width` finds such a table (its columns from the dashed
rule, a row cut where a line starts a ref in the first column); this module prints each
table whose header names a programme table's columns (``data/raw/programme_columns.csv``:
an item's text and a ref, status or timing column) as the text form's tab rows, the line
numbers kept, so the interpreter reads it as any table. Other spaced tables (a funding
table of labels and amounts, a list of members) stay plain lines. A Word file, PDF or web
page is left alone (its reader found its tables).

Examples
--------
>>> lines = ("Ref   Action           Status", "---   ------           ------",
...          "1.1   Shared graduate  On track", "      scheme", "", "Closing words.")
>>> spaced_table_lines(lines)[:3]  # doctest: +NORMALIZE_WHITESPACE
('Ref\\tAction\\tStatus', '', '<p>1.1</p>\\t<p>Shared graduate scheme</p>\\t<p>On track</p>')
"""

from __future__ import annotations

from typing import Any

__all__ = ["spaced_table_lines"]

#: The roles of a programme table's columns besides its text: one of them is needed.
_WITH_TEXT = frozenset({"ref", "status", "timing"})


def _is_programme_table(table: Any) -> bool:
    """Whether a spaced table's header names a programme table's columns: an item's text
    and its ref, status or timing."""
    return names_programme_columns(table.header_text)


def names_programme_columns(header: list[str]) -> bool:
    """Whether header cells name a programme table's columns: an item's text and its ref,
    status or timing (``data/raw/programme_columns.csv``).

    Examples
    --------
    >>> names_programme_columns(["Ref", "Action", "Status", "Target"])
    True
    >>> names_programme_columns(["Area", "Activity underway or achieved", "Recommendations"])
    False
    """
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    roles = {header_role(" ".join(h.lower().split()).strip(" :"), known) for h in header}
    return "text" in roles and bool(roles & _WITH_TEXT)


def spaced_table_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with each programme table laid out with spaces printed as tab rows.

    Parameters
    ----------
    lines : tuple of str
        A text-form document's lines.

    Returns
    -------
    tuple of str
        As many lines; unchanged when no line is a dashed rule of columns.

    Examples
    --------
    >>> spaced_table_lines(("1. A numbered paragraph.",))
    ('1. A numbered paragraph.',)
    """
    if not any(line[:1] in "-=" and "-   " in line for line in lines):  # (the cheap test)
        return lines
    from wlga_analysis.read.fixed_width import tabbed_lines

    return tabbed_lines(lines, keep=_is_programme_table)
