"""Pandoc's one-column tables: a box's text between two dash rules.

Pandoc's Markdown writer prints a Word file's one-cell table (a report's box: "**Recommendation
1.** The Committee recommends ...") as a headerless **multiline table** of one column: a
rule of dashes, the cell's text wrapped at the page width, a rule of dashes as long::

      -----------------------------------------------------------------------
      **Recommendation 1.** The Committee recommends that the Welsh
      Government works with the WLGA to fund a national campaign.
      -----------------------------------------------------------------------

A one-column table has one run of dashes per rule, so :mod:`.simple_tables` (two runs or
more) leaves it alone, and its wrapped lines would be read as paragraphs or headings.
:func:`one_column_table_lines` prints each such table as the Word reader's text form prints
a one-column table (:func:`wlga_analysis.read.textform.cell_html`): each row (its lines up to
a blank line, joined) on one line as the cell's HTML, on the line where the row starts, the
rules and the other lines of the table left blank (line numbers kept).

What is a table: the top rule (:data:`MIN_DASHES` dashes or more, indented by one to three
spaces, as pandoc indents its tables) after a blank line or at the start, text on the next
line, and the same rule (same indent, same length) closing it before two blank lines follow
each other; no line of the table starts left of the rule. Rules at the margin (a banner
typed around a heading, "-----" / "WORKSTREAM 1" / "-----"), a rule under a line of text (a
setext heading), rules of different lengths, or a YAML front matter's ``---`` are none.

Examples
--------
>>> lines = ["", "  ----------", "  **Box.** The", "  text.", "  ----------"]
>>> one_column_table_lines(lines)
('', '', '<p><b>Box.</b> The text.</p>', '', '')
"""

from __future__ import annotations

from collections.abc import Sequence

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["MIN_DASHES", "has_dash_rule", "one_column_table_lines"]

#: The shortest rule of a one-column table (a box's rule is the page's width).
MIN_DASHES = 10
#: A rule of dashes alone on its line, indented by one to three spaces.
_RULE = LazyPattern(r"([ ]{1,3})(-{10,200})[ ]*+")
#: A table longer than this many lines is no box of a paper.
_MAX_LINES = 400


def has_dash_rule(text: str | bytes) -> bool:
    """Whether a file's text may hold a one-column table (a cheap test first).

    Examples
    --------
    >>> has_dash_rule("  ----------\\n"), has_dash_rule(b"a - b")
    (True, False)
    """
    rule = "-" * MIN_DASHES
    return (rule in text) if isinstance(text, str) else (rule.encode() in text)


def _table_end(lines: Sequence[str], start: int, rule: str, indent: int) -> int | None:
    """The index of the closing rule of the table whose top rule is ``lines[start]``, or
    None when the lines after it are no one-column table."""
    k = start + 1
    if k >= len(lines) or not lines[k].strip():
        return None
    while k < len(lines) and k - start <= _MAX_LINES:
        line = lines[k]
        if line.rstrip() == rule:
            return k
        if not line.strip():
            if k + 1 < len(lines) and not lines[k + 1].strip():
                return None  # (two blank lines: no closing rule came)
        elif len(line) - len(line.lstrip(" ")) < indent or "-" * MIN_DASHES in line:
            return None  # text left of the rule, or another rule: no one-column table
        k += 1
    return None


def _rows(lines: Sequence[str]) -> list[tuple[int, list[str]]]:
    """The rows of a table's inner lines: (index of the first line, the lines), apart by
    blank lines."""
    rows: list[tuple[int, list[str]]] = []
    new = True
    for k, line in enumerate(lines):
        if not line.strip():
            new = True
        elif new:
            rows.append((k, [line]))
            new = False
        else:
            rows[-1][1].append(line)
    return rows


def _row_html(lines: list[str]) -> str:
    """A row's lines as the text form prints a one-column table's cell: its HTML."""
    from wlga_analysis.read.cell_markup import markdown_cell
    from wlga_analysis.read.grid_tables import _cell_text
    from wlga_analysis.read.model import Cell
    from wlga_analysis.read.text_table import cell_blocks
    from wlga_analysis.read.textform import cell_html

    fragment = markdown_cell(_cell_text(lines).replace("\\|", "|"))
    return cell_html(Cell(cell_blocks(fragment)))


def one_column_table_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """``lines`` with each pandoc one-column table printed as the text form prints one (see
    the module); lines of no such table are returned unchanged.

    Parameters
    ----------
    lines : sequence of str
        A text file's lines.

    Returns
    -------
    tuple of str
        The lines, as many as were given.

    Examples
    --------
    >>> one_column_table_lines(["", "----------", "BANNER", "----------"])[2]
    'BANNER'
    """
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        m = _RULE.fullmatch(line) if "-" * MIN_DASHES in line[:13] else None
        if m is None or (k > 0 and lines[k - 1].strip()):
            k += 1
            continue
        rule = line.rstrip()
        end = _table_end(lines, k, rule, len(m.group(1)))
        if end is None:
            k += 1
            continue
        if out is None:
            out = list(lines)
        inner = lines[k + 1:end]
        out[k:end + 1] = [""] * (end + 1 - k)
        for at, row in _rows(inner):
            out[k + 1 + at] = _row_html(row)
        k = end + 1
    return tuple(lines) if out is None else tuple(out)
