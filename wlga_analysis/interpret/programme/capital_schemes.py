"""Programme interpreter: a capital programme monitoring report's table of schemes.

A council's capital monitoring report to Cabinet (quarterly) prints its programme as ONE
table of **schemes** grouped by directorate or service, each group over its schemes and
closed by its subtotal, the table by the programme's total::

    Scheme | Approved budget | Spend to date | Forecast outturn | Variance | Funding source |
    RAG | Est. completion | Commentary
    Education and Learning                                    (a row of one cell: the group)
    Ysgol ... new build | 8,450 | 3,912 | 8,450 | 0 | WG grant | Green | Aug 2026 | The ...
    Total Education and Learning | 10,290 | 5,281 | ...      (the group's subtotal)
    ...
    Total capital programme | 18,700 | ...

Read so:

- the **schemes table** is a table whose header names a scheme (or project) column, two
  money columns of a monitoring report or more (budget, spend, outturn, forecast,
  variance; :data:`MONEY_HEADERS`) and a RAG or commentary column (a slippage table, of
  budgets only, is none);
- each **group** (a row printing only its first cell: a bold row, a row spanning the
  table, a merged row) is a numbered section, in order (a priority:
  :mod:`.heading_priorities`); a table printing no group is one section, named by the
  heading just before it (else "Schemes");
- each **scheme** is an item of its group: its text the **commentary** (what happened to it
  this quarter, as a project's "Progress this quarter" is read in
  :mod:`.transposed`; the scheme's name when the report prints no commentary), its
  **topic** the scheme's name (as a transposed table's item has its project's name:
  :class:`SchemesTable`, :func:`schemes_rows`), its status the RAG
  (``status_tags.csv``: Blue done), its timing the estimated completion;
  the rest of its row as printed, each cell after its header ("Scheme Afon Llan ... \u00b7
  Approved budget 890 \u00b7 ..."), is kept as a line of text before its group's items
  (the paragraphs table), apart from the commentary, so that an amount of the commentary
  ("£350k slips") is not read as the "WG grant" of its funding source;
- **subtotal and total rows** ("Total Education and Learning", "Total capital programme")
  are no items, nor are the tables after the schemes table (slippage, funding): they are
  kept as lines of text.

Examples
--------
>>> schemes_columns(["Scheme", "Approved budget", "Spend to date", "Variance", "RAG",
...                  "Commentary"])
(0, 5)
>>> schemes_columns(["Scheme", "2025-26 budget", "Slippage to 2026-27"]) is None
True
>>> is_total("Total Education and Learning"), is_total("Grand total"), is_total("Totally new")
(True, True, False)
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme import heading_priorities
from wlga_analysis.interpret.programme.common import _Row, folded_words
from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MONEY_HEADERS", "SCHEME_HEADERS", "SchemesTable", "is_total", "schemes_columns",
           "schemes_rows", "schemes_sections"]

#: Headers (folded) of the scheme column.
SCHEME_HEADERS = frozenset({"scheme", "scheme name", "schemes", "capital scheme", "project",
                            "project name", "capital project"})
#: Words of a monitoring report's money columns (one of them in a header).
MONEY_HEADERS = ("budget", "spend", "outturn", "forecast", "variance", "expenditure",
                 "actual")
#: Headers (folded) of a commentary column.
_COMMENTARY = frozenset({"commentary", "comments", "comment", "progress", "update",
                         "progress update", "narrative", "notes"})
#: Headers (folded) of the status and completion columns.
_STATUS = frozenset({"rag", "rag status", "rag rating", "status", "brag"})
_COMPLETION = compile_regex(r"^(?:est(?:imated)? |expected |forecast |planned )?completion"
                         r"(?: date)?$|^due$|^end date$")
_TOTAL = compile_regex(r"(?i)^(?:grand |sub[- ]?)?totals?\b")


class SchemesTable(Table):
    """A group's schemes as a table of items (``Commentary item | RAG | Completion``):
    ``heading_line`` the line of its group (a priority), ``number`` its section, ``names``
    each row's scheme name (its item's topic). Made by :meth:`of` (a plain subclass, no
    dataclass of its own)."""

    heading_line: int | None = None
    number: int = 0
    names: tuple[str, ...] = ()

    @classmethod
    def of(cls, table: Table, **given: Any) -> SchemesTable:
        """``table`` as a schemes table with the attributes ``given``."""
        out = cls(table.header, table.rows, table.location)
        for key, value in given.items():
            object.__setattr__(out, key, value)  # (the table is frozen)
        return out


def schemes_rows(table: SchemesTable, heading: str | None, heading_line: int | None,
                 roles: dict[int, tuple[str, int | None]]) -> list[_Row]:
    """The interpreter's rows of a group's schemes: its header, then per scheme an item
    (kind ``table row``, its cells by header, its topic the scheme's name), as any table
    of a section is read; ``roles`` (line -> role) is given each row's line and the
    group's the role of a priority.

    Examples
    --------
    >>> def cell(t): return Cell((Paragraph(Inline(t)),), Location(line=7))
    >>> t = SchemesTable.of(Table((cell("Commentary item"), cell("RAG")),
    ...                           ((cell("On site."), cell("Green")),), Location(line=7)),
    ...                     heading_line=5, number=1, names=("Ysgol Afon",))
    >>> [(r.kind, r.raw, r.topic) for r in schemes_rows(t, None, None, {})]
    [('table header', 'Commentary item | RAG', None), ('table row', 'On site. | Green', \
'Ysgol Afon')]
    """
    heading_priorities.mark(roles, table.heading_line)
    header = table.header_text
    line = table.location.line
    out = [_Row("table header", table.number, heading, heading_line,
                " | ".join(h for h in header if h), line, lines=[line])]
    roles[line] = ("row", line)
    for row_cells, name in zip(table.rows, table.names, strict=True):
        cells = [c.text for c in row_cells]
        n = row_cells[0].location.line if row_cells else line
        out.append(_Row("table row", table.number, heading, heading_line,
                        " | ".join(c for c in cells if c), n, lines=[n],
                        cells=dict(zip(header, cells, strict=False)), topic=name or None))
        roles[n] = ("row", n)
    return out


def is_total(label: str) -> bool:
    """Whether a row's label makes it a subtotal or total ("Total ...", "Sub-total")."""
    return _TOTAL.match(label.strip(" *")) is not None


def schemes_columns(header: list[str]) -> tuple[int, int | None] | None:
    """(scheme column, commentary column or None) of a schemes table's header; None when
    the table is not one (see the module): a scheme column, two money columns or more and
    a RAG (status) or commentary column."""
    folded = [folded_words(h) for h in header]
    scheme = next((k for k, h in enumerate(folded) if h in SCHEME_HEADERS), None)
    if scheme is None:
        return None
    money = sum(1 for h in folded if any(w in h.split() for w in MONEY_HEADERS))
    if money < 2:
        return None
    commentary = next((k for k, h in enumerate(folded) if h in _COMMENTARY), None)
    if commentary is None and not any(h in _STATUS for h in folded):
        return None  # (a slippage table: budgets, no position of the schemes)
    return scheme, commentary


def _tables(blocks: list[Any]) -> dict[int, tuple[int, int | None]] | None:
    if Table not in set(map(type, blocks)):  # (no table: most papers)
        return None
    found: dict[int, tuple[int, int | None]] = {}
    for i, block in enumerate(blocks):
        if block.__class__ is Table and block.header \
                and (columns := _schemes_columns_of(block.header_key)) is not None:
            found[i] = columns
    return found or None


@by_headers
def _schemes_columns_of(header: tuple[str, ...]) -> tuple[int, int | None] | None:
    """:func:`schemes_columns` of a row of headers naming a budget or outturn (read once
    per distinct row: :func:`~.header_memo.by_headers`)."""
    joined = " ".join(header).casefold()
    return schemes_columns(list(header)) if "budget" in joined or "outturn" in joined else None


def schemes_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a capital monitoring report read as numbered sections (its groups)
    over tables of schemes (see the module); None when the paper prints no such table.
    A group printed as a heading between two parts of the table (a Markdown table split
    at its bold group rows) is a group too."""
    tables = _tables(blocks)
    if tables is None:
        return None
    from wlga_analysis.interpret.programme.risk_register import _lines, _text

    first = min(tables)
    out: list[Any] = []
    groups: list[tuple[str, int | None]] = []
    for i, block in enumerate(blocks):
        if i in tables:
            out.extend(_schemes_blocks(block, tables[i], groups))
            continue
        section = _section_of(blocks, i, tables, out)
        if section is not None:
            groups.append((section[0], section[1].location.line))
            out.append(Paragraph(Inline(section[0]), str(len(groups)), section[1].location))
        elif i < first:
            out.append(block)
        elif _is_funding(block) and out and out[-1].__class__ is Paragraph:
            out.append(_headed(block))  # (a funding appendix's table: its grants)
        else:
            out.extend(_lines(block) if block.__class__ is Table else [_text(block)])
    return out


def _section_of(blocks: list[Any], i: int, tables: dict[int, Any],
                out: list[Any]) -> tuple[str, Any] | None:
    """(name, block) when ``blocks[i]`` opens a numbered section: the heading of a schemes
    table printing no group, a group's heading between two parts of the table, or a
    funding appendix's heading (an other section: no item); else None."""
    from wlga_analysis.interpret.programme.layouts import is_other_section

    block = blocks[i]
    if block.__class__ is Table:
        return None
    first, last = min(tables), max(tables)
    if i == first - 1 and _names_schemes(block, blocks[first]):
        return block.text.text, block  # (no groups: the heading names the section)
    if i < last and i + 1 in tables and i > first and 0 < len(block.text.text) <= 120:
        return block.text.text.strip(" *"), block  # (a group between two parts)
    if i > last and i + 1 < len(blocks) and _is_funding(blocks[i + 1]) \
            and is_other_section(block.text.text):
        return block.text.text, block  # (a funding appendix: no item)
    return None


def _names_schemes(block: Any, table: Table) -> bool:
    """Whether a heading just before a schemes table that prints no group names its one
    section (its schemes)."""
    return block.__class__ is not Table and bool(table.rows) and not _is_group(
        table.rows[0]) and 0 < len(block.text.text) <= 120 and not getattr(block, "number", None)


def _is_funding(block: Any) -> bool:
    """A table of £ amounts (an appendix of the programme's funding)."""
    return block.__class__ is Table and "\u00a3" in " ".join(
        [*block.header_text, *(c.text for r in block.rows[:2] for c in r)])


def _headed(table: Table) -> Table:
    """A table whose text form printed its header as a first row, with that header."""
    if table.header or not table.rows:
        return table
    return Table(table.rows[0], table.rows[1:], table.location)


def _is_group(cells: tuple[Cell, ...]) -> bool:
    """A group's row: its first cell alone printed (the others empty or spanned)."""
    return bool(cells) and bool(cells[0].text.strip()) and not any(
        c.text.strip() for c in cells[1:])


def _schemes_blocks(table: Table, columns: tuple[int, int | None],
                    groups: list[tuple[str, int | None]]) -> list[Any]:
    """A schemes table's groups as numbered sections over tables of their schemes, its
    totals as lines of text."""
    from wlga_analysis.interpret.programme.claims import finance_line
    from wlga_analysis.interpret.programme.task_board import printed_fields
    from wlga_analysis.interpret.programme.themes import ThemeText

    header = table.header_text
    at = table.location
    out: list[Any] = []
    if not groups and table.rows and not _is_group(table.rows[0]):
        groups.append(("Schemes", at.line))  # (schemes before any group: one section)
        out.append(Paragraph(Inline("Schemes"), "1", at))
    rows: list[tuple[Cell, ...]] = []
    names: list[str] = []  # (each row's scheme: its item's topic)
    printed: list[Any] = []

    def close() -> None:
        if rows:
            # (each scheme's row as printed first: text, no item, its line's role taken
            # before the item's row; its amounts and funding source stay apart from the
            # commentary, naming no grant of it)
            out.extend(printed)
            named = header[columns[1]] if columns[1] is not None else "Scheme"
            head = (f"{named} item", "RAG", "Completion")  # ("Commentary item": the text)
            cells = tuple(Cell((Paragraph(Inline(h)),), at) for h in head)
            out.append(SchemesTable.of(Table(cells, tuple(rows), at), heading_line=groups[-1][1],
                                       number=len(groups), names=tuple(names)))
            rows.clear()
            names.clear()
            printed.clear()

    for cells in table.rows:
        label = cells[0].text.strip() if cells else ""
        where = cells[0].location if cells and cells[0].location.line is not None else at
        if _is_group(cells) and not is_total(label):
            close()
            groups.append((label.strip(" *"), where.line))
            out.append(Paragraph(Inline(label.strip(" *")), str(len(groups)), where))
        elif is_total(label) or not label:
            close()
            out.append(finance_line(cells, table))
        else:
            rows.append(_scheme_row(cells, header, columns, where))
            names.append(clean_text(cells[columns[0]].text) if columns[0] < len(cells) else "")
            printed.append(ThemeText(Inline(printed_fields(header, cells, columns[1])), None,
                                     Location(line=where.line)))
    close()
    return out


def _scheme_row(cells: tuple[Cell, ...], header: list[str],
                columns: tuple[int, int | None], at: Any) -> tuple[Cell, ...]:
    """A scheme's item row: its commentary (else its name), RAG and completion."""
    scheme, commentary = columns
    folded = [folded_words(h) for h in header]
    texts = [c.text.strip() for c in cells]

    def first(test: Any) -> int | None:
        return next((k for k, h in enumerate(folded) if test(h) and k < len(texts)), None)

    status = first(lambda h: h in _STATUS)
    done = first(lambda h: _COMPLETION.match(h) is not None)
    text = texts[commentary] if commentary is not None and commentary < len(texts) \
        and texts[commentary] else texts[scheme]
    values = (text, texts[status] if status is not None else "",
              texts[done] if done is not None else "")
    return tuple(Cell((Paragraph(Inline(v)),) if v else (), at) for v in values)
