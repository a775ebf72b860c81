"""Programme interpreter: a highlight report's PERIOD COLUMNS, each cell a list of bullets.

A council's highlight report prints, under each priority's heading ("Priority 1 – Customer
and digital access"), a small rating table and a table of ONE row whose columns are the
periods it reports, each cell a list of bullets::

    Overall RAG | Senior responsible owner
    Green       | Head of Customer Services

    Achievements this quarter          | Planned for next quarter
    - New telephony went live ...      | - Launch the app in February 2026.
    - Webchat was launched ...         | - Complete user research ...

Read so (:func:`period_table_sections`):

- a table whose header (or a row inside it: a Word or PDF reader may join the two tables)
  names two or more **period columns** (each header a group label of ``status_tags.csv``,
  "Achievements this quarter" done, "Planned for next quarter" planned, one of them naming
  a period relative to the report's: "this quarter", "next month") gives one item per
  bullet of each cell (a Markdown export's ``"- "`` lines, a web page's ``<li>``, Word's
  List Bullet paragraphs, a PDF's lines): a one-column table per period column, its header
  the column's as printed;
- the rows before the period header (the rating "Overall RAG | Senior responsible owner"
  and its values) and a table of the section with no text column (only a status and an
  owner, :func:`~.layouts.header_role`) are the section's rating, kept as lines of text in
  the paragraphs table, no items;
- the labelled headings are numbered as :func:`~.sections.labelled_sections` numbers them.

After the parse (:func:`with_period_columns`) each item of a period column takes the
column's status (rule ``group``; a plan whose wording says it has slipped stays at risk)
and the column's quarter: the report's quarter (the one its title names, "Quarter 3",
else its date's) for "this quarter", the next for "next quarter", the one before for
"last quarter", whatever date the bullet prints ("to start in April 2026" is planned for
next quarter).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Heading, Inline, Paragraph, Table
>>> def cell(*texts):
...     return Cell(tuple(Paragraph(Inline(t)) for t in texts))
>>> table = Table((cell("Achievements this quarter"), cell("Planned for next quarter")),
...               ((cell("- A was done.", "- B was done."), cell("- C will start.")),))
>>> blocks = period_table_sections([Heading(Inline("Priority 1 – Data"), 2), table])
>>> [type(b).__name__ for b in blocks]
['PriorityHeading', 'Table', 'Table']
>>> [[c.text for c in row] for row in blocks[1].rows], blocks[2].header_text
([['A was done.'], ['B was done.']], ['Planned for next quarter'])
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

from wlga_analysis.read.model import Cell, Location, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["period_column", "period_table_sections", "with_period_columns"]

#: A period named relative to the report's: "this quarter", "next quarter", "last month".
_RELATIVE = compile_regex(r"(?i)\b(this|current|next|coming|last|previous)[ \t]++"
                          r"(quarter|month|period)\b")
#: How many quarters each relative word moves from the report's.
_OFFSETS = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}
#: A bullet printed in a cell's text ("- ", "• "; a Markdown export keeps its markers).
_MARKER = compile_regex(r"[-*\u2022\u25aa\u25cf\uf0b7\u2013][ \t]++")
#: The quarter a report's title names: "Quarter 3", "Q3".
_TITLE_QUARTER = compile_regex(r"(?i)\b(?:quarter[ \t]++|q)([1-4])\b")
_WORD_QUARTERS = {"one": 1, "two": 2, "three": 3, "four": 4}
_WORD_QUARTER = compile_regex(r"(?i)\bquarter[ \t]++(one|two|three|four)\b")


def period_column(header: str) -> tuple[str, str, int] | None:
    """(status, period phrase, quarters from the report's) of a period column's header: a
    group label of ``status_tags.csv`` naming a relative period; None for any other.

    Examples
    --------
    >>> period_column("Achievements this quarter"), period_column("Planned for next quarter")
    (('done', 'this quarter', 0), ('planned', 'next quarter', 1))
    >>> period_column("Progress") is None, period_column("Next steps") is None
    (True, True)
    """
    from wlga_analysis.interpret.programme.layouts import group_status

    m = _RELATIVE.search(header) if len(header) <= 60 else None
    status = group_status(header) if m is not None else None
    if status is None or m is None:
        return None
    return status, f"{m.group(1).lower()} {m.group(2).lower()}", _OFFSETS[m.group(1).lower()]


def _holds_period_row(table: Table) -> bool:
    """Whether a row of ``table`` (its header or a body row: a reader may print the rating
    table and the period table as one) is a row of period columns."""
    search = _RELATIVE.search
    if search(" ".join(table.header_key)) is not None and _period_row(table.header):
        return True
    return any(row and search(row[0].text) is not None and _period_row(row)
               for row in table.rows)


def _period_row(cells: tuple[Cell, ...]) -> bool:
    # (the relative period looked for in every cell first: most rows of most tables hold
    # none, and the status of a group label is looked up only for those that do)
    if len(cells) < 2 or not all(len(c.text) <= 60 and _RELATIVE.search(c.text) is not None
                                 for c in cells):
        return False
    return all(period_column(c.text) is not None for c in cells)


def _rating_table(header: tuple[Cell, ...]) -> bool:
    """A table with no text column: only a status (RAG) and an owner, or a direction."""
    from wlga_analysis.interpret.programme.layouts import _fold, header_role
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    roles = [header_role(_fold(c.text).strip(" :"), known) for c in header if c.text]
    return bool(roles) and "status" in roles and "text" not in roles


def _bullets(cell: Cell) -> list[Any]:
    """A cell's blocks, each a row of its own, a printed bullet marker left out."""
    out = []
    for block in cell.blocks:
        text = getattr(block, "text", None)
        if text is None or not text.text.strip():
            continue
        m = _MARKER.match(text.text)
        if m is not None:
            text = text.slice(m.end(), len(text.text))
        out.append((Cell((dataclasses.replace(block, text=text),), cell.location),))
    return out


def _rating_lines(rows: list[tuple[Cell, ...]], at: Location) -> list[Any]:
    from wlga_analysis.interpret.programme.themes import ThemeText
    from wlga_analysis.read.model import Inline

    out = []
    for cells in rows:
        text = " | ".join(c.text for c in cells if c.text)
        if text:
            loc = cells[0].location if cells and cells[0].location.line is not None else at
            out.append(ThemeText(Inline(text), None, Location(line=loc.line)))
    return out


def _split(table: Table) -> list[Any] | None:
    """A table with a period header as rating lines and one table per period column."""
    rows = [table.header, *table.rows]
    at = next((k for k, cells in enumerate(rows) if _period_row(cells)), None)
    if at is None:
        return None
    out = _rating_lines(rows[:at], table.location)
    head = rows[at]
    for k, title in enumerate(head):
        bullets = [b for cells in rows[at + 1:] if k < len(cells) for b in _bullets(cells[k])]
        loc = title.location if title.location.line is not None else table.location
        out.append(Table((title,), tuple(bullets), Location(line=loc.line,
                                                            table=table.location.table)))
    return out


def period_table_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a highlight report whose sections hold period-column tables (see the
    module), its labelled headings numbered; None for any other paper.

    Parameters
    ----------
    blocks : list
        The blocks of the document model.

    Returns
    -------
    list or None
        The blocks with each period table split, the rating tables as lines of text.
    """
    from wlga_analysis.interpret.programme.sections import labelled_sections

    if not any(b.__class__ is Table and _holds_period_row(b) for b in blocks):
        return None
    numbered = labelled_sections(blocks)  # (the tables as printed: the rating lines no heading)
    if not any(getattr(b, "number", None) for b in numbered):
        return None
    out: list[Any] = []
    for block in numbered:
        split = _split(block) if block.__class__ is Table else None
        if split is not None:
            out.extend(split)
        elif block.__class__ is Table and out and _rating_table(block.header) and \
                len(block.rows) <= 2:
            out.extend(_rating_lines([block.header, *block.rows], block.location))
        else:
            out.append(block)
    return out


def _report_quarter(meta: dict[str, Any]) -> pd.Period | None:
    """The quarter a report reports on: the one its title names ("Quarter 3") in its
    financial year, else the quarter of its date."""
    from wlga_analysis import quarters

    title, year = str(meta.get("title") or ""), meta.get("financial_year")
    m = _TITLE_QUARTER.search(title)
    number = int(m.group(1)) if m else None
    if number is None and (w := _WORD_QUARTER.search(title)) is not None:
        number = _WORD_QUARTERS[w.group(1).lower()]
    if number is not None and year:
        return pd.Period(f"{int(str(year)[:4]) + 1}Q{number}", freq="Q-MAR")
    date = meta.get("date")
    return quarters.to_quarter(date) if date is not None else None


def _column_of_rows(paragraphs: pd.DataFrame) -> dict[tuple[int, str], tuple[str, str, int]]:
    """The period column of each table row of the paragraphs table, by (line, text)."""
    out: dict[tuple[int, str], tuple[str, str, int]] = {}
    column = None
    headers: dict[str, tuple[str, str, int] | None] = {}  # (each distinct header read once)
    for kind, text, line in zip(paragraphs["kind"], paragraphs["text"],
                                paragraphs["source_line"], strict=True):
        if kind == "table header":
            text = str(text)
            if text not in headers:
                headers[text] = period_column(text)
            column = headers[text]
        elif kind == "table row" and column is not None:
            out.setdefault((int(line), str(text)), column)
        else:
            column = None
    return out


def with_period_columns(parsed: Any) -> Any:
    """The parse with each item of a period column given the column's status and quarter
    (see the module); ``parsed`` itself when it has no period column.

    Examples
    --------
    >>> with_period_columns(None) is None
    True
    """
    if not dataclasses.is_dataclass(parsed):
        return parsed
    paras = parsed.paragraphs  # (each distinct table header looked at once, in one pass)
    headers = set(paras["text"][paras["kind"] == "table header"].astype(str))
    if not any(period_column(text) is not None for text in headers):
        return parsed
    columns = _column_of_rows(parsed.paragraphs)
    if not columns:
        return parsed
    from wlga_analysis.quarters import quarter_label

    report = _report_quarter(parsed.metadata)
    prog = parsed.programme.copy()
    changed = []
    for k, (line, text, status) in enumerate(zip(prog["source_line"], prog["text"],
                                                 prog["status"], strict=True)):
        column = columns.get((int(line), str(text)))
        if column is None:
            continue
        keep = status == "at risk" and column[0] == "planned"  # (a plan that has slipped)
        if not keep:
            prog.iloc[k, prog.columns.get_loc("status")] = column[0]
            prog.iloc[k, prog.columns.get_loc("status_rule")] = "group"
        if report is not None:
            quarter = report + column[2]
            prog.iloc[k, prog.columns.get_loc("quarter")] = quarter
            prog.iloc[k, prog.columns.get_loc("quarter_label")] = quarter_label(quarter)
            prog.iloc[k, prog.columns.get_loc("when")] = column[1]
        changed.append(prog["item_id"].iloc[k])
    stale = {"no timing", "unresolved timing", "status by default", "deadline already past"}
    issues = tuple(i for i in parsed.issues if not (i.check in stale and i.item in changed))
    return dataclasses.replace(parsed, programme=prog, issues=issues)
