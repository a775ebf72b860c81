"""Programme interpreter: a risk register whose mitigating actions are the items.

A council's corporate risk register, reported to its audit committee, is a table of risks
(``Ref | Risk | Owner | Inherent score | Mitigating actions | Residual score | Direction of
travel``): each row a risk, its "Risk" cell a short title (bold) over a description, its
actions cell one bullet per action ending with the action's position after a dash ("–
complete (July 2025)", "– in place since May 2025", "– underway, due December 2025", "–
delayed, now due March 2026", "– planned by June 2026"). Read so:

- the **register** is a table whose header names a risk column ("Risk", "Risk
  description"; role ``risk`` of ``data/raw/programme_columns.csv``) and a column of actions
  (a header with the word "action(s)": "Mitigating actions", "Actions", "Further actions"),
  half of its actions or more printing their position after a dash;
- each risk is a **numbered section**, its number the figures of its ref ("CR1" -> 1, else
  its place), its name the first paragraph of its risk cell (the title; the whole cell when
  it prints one paragraph) — a priority (:mod:`.heading_priorities`);
- each action is an **item**: its text without the position after the dash, its status
  the position's first words (status_tags.csv: "complete", "in place", "underway",
  "delayed", "planned"), its timing the rest ("since May 2025", "due December 2025"); an
  action with no position after a dash keeps its whole text and states no status;
- the rest of each risk's row (ref, description, owner, scores, direction) is kept under
  the register's own headers, a table of no items (it has a risk column: no progress
  table), in the paragraphs table; tables before the register (a scoring key) and everything after
  it (risks closed, the recommendation to note, a web page's links) are text, no item.

A paper is read so only when it prints such a register; the project's other risk tables
(``Risk | Rating | Mitigation``, a highlight report's ``Risk description | Likelihood |
Impact | Mitigating action`` of sentences, an audit plan's ``Risk rating | Agreed action``)
stay no progress tables.

Examples
--------
>>> from wlga_analysis.read.text import read_text_lines
>>> lines = ["Strategic risks", "", "Key\\tMeaning", "High\\t15-25", "", "Risks", "",
...          "No.\\tRisk description\\tActions\\tLead",
...          "SR4\\tFlooding<br>Homes flood.\\tNew barriers – underway, due May 2026<br>"
...          "Warning app – complete (June 2025)\\tHead of Highways", "", "Recommendation", "",
...          "That the board notes the register."]
>>> blocks = register_sections(read_text_lines(lines, exact=True).blocks)
>>> [(type(b).__name__, getattr(b, "number", None)) for b in blocks][4:7]
[('Paragraph', '4'), ('Table', None), ('FieldsTable', None)]
>>> [type(b).__name__ for b in blocks][7:]
['ThemeText', 'ThemeText']
>>> blocks[4].text.text, [c.text for c in blocks[5].rows[0]]
('Flooding', ['SR4', 'Homes flood.', 'Head of Highways'])
>>> [[c.text for c in r] for r in blocks[6].rows]
[['New barriers', 'underway', 'due May 2026'], ['Warning app', 'complete', 'June 2025']]
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Inline, ListItem, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["action_position", "register_sections"]

#: The dash before an action's position: " – ", " — " or " - ".
_DASH = LazyPattern(r"\s[\u2013\u2014-]\s+")
#: A position's words: letters, spaces and a comma or bracket.
_WORDS = LazyPattern(r"[A-Za-z']+")
#: The figures of a risk's ref ("CR12" -> 12).
_FIGURES = LazyPattern(r"\d{1,3}")
#: A list marker a cell's line may keep ("- ", "• ").
_MARKER = LazyPattern(r"^[-\u2022*\u25aa\u25cf]\s+")


def action_position(text: str) -> tuple[str, str, str] | None:
    """(action, status, timing) of an action printed with its position after a dash; None
    when the words after the last dash state no status.

    Examples
    --------
    >>> action_position("Review of fees – planned by December 2025")
    ('Review of fees', 'planned', 'by December 2025')
    >>> action_position("Back-ups – complete (July 2025)")
    ('Back-ups', 'complete', 'July 2025')
    >>> action_position("Exercise for the team – underway") [1:]
    ('underway', '')
    >>> action_position("Peer review – a second round") is None
    True
    """
    from wlga_analysis.interpret.programme.layouts import tag_status

    dashes = list(_DASH.finditer(text))
    if not dashes:
        return None
    last = dashes[-1]
    position = text[last.end():].strip()
    words = list(_WORDS.finditer(position[:40]))[:3]
    for k in range(len(words), 0, -1):  # the longest of its first words that is a status
        end = words[k - 1].end()
        if position[words[0].start():end].count(",") or position[:words[0].start()].strip():
            continue  # (the status words come first, with no comma between them)
        if tag_status(position[:end]) is not None:
            timing = position[end:].replace("(", "").replace(")", "").strip(" ,;.")
            return text[:last.start()].strip(), position[:end], timing
    return None


def _columns(table: Table) -> tuple[int, int] | None:
    """(risk column, actions column) of a register's header, else None."""
    return _register_columns(table.header_key)


@by_headers
def _register_columns(texts: tuple[str, ...]) -> tuple[int, int] | None:
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    texts = tuple(" ".join(t.casefold().split()) for t in texts)  # (the headers folded)
    if not any("risk" in t for t in texts) or not any("action" in t for t in texts):
        return None
    actions = next((k for k, t in enumerate(texts) if re.search(r"\bactions?\b", t)), None)
    known = programme_columns()
    risk = next((k for k, t in enumerate(texts) if k != actions and "risk" in t
                 and header_role(t.strip(" :"), known) == "risk"), None)
    return (risk, actions) if risk is not None and actions is not None else None


def _registers(blocks: list[Any]) -> dict[int, tuple[int, int]] | None:
    """The registers' places and their (risk, actions) columns; None when there is none."""
    found: dict[int, tuple[int, int]] = {}
    if Table not in set(map(type, blocks)):  # (no table: most papers)
        return None
    for i in [k for k, b in enumerate(blocks) if b.__class__ is Table]:
        block = blocks[i]
        if block.header and block.rows:
            columns = _columns(block)
            if columns is not None and _positioned(block, columns[1]):
                found[i] = columns
    return found or None


def _positioned(table: Table, actions_at: int) -> bool:
    """Whether half of the actions or more print their position after a dash (a register's
    actions do; a risk table's "Mitigating action" sentences do not)."""
    actions = [b.text.text for cells in table.rows if actions_at < len(cells)
               for b in cells[actions_at].blocks if b.text.text.strip()]
    with_position = sum(action_position(_MARKER.sub("", a.strip())) is not None
                        for a in actions)
    return bool(actions) and 2 * with_position >= len(actions)


def register_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a risk register read as numbered sections (the risks) over tables of
    actions (see the module); None when the paper prints no register."""
    registers = _registers(blocks)
    if registers is None:
        return None
    first = min(registers)
    out: list[Any] = []
    position = 0
    for i, block in enumerate(blocks):
        if i in registers:
            for cells in block.rows:
                position += 1
                out.extend(_risk_blocks(block, cells, registers[i], position))
        elif block.__class__ is Table:  # (a scoring key, the risks closed: text)
            out.extend(_lines(block))
        elif i < first:
            out.append(block)
        else:
            out.append(_text(block))
    return out


def _risk_blocks(table: Table, cells: tuple[Cell, ...], columns: tuple[int, int],
                 position: int) -> list[Any]:
    """A risk's section heading, the rest of its row, its table of actions."""
    from wlga_analysis.interpret.programme.status_bullets import FieldsTable

    risk_at, actions_at = columns
    at = cells[0].location if cells and cells[0].location.line is not None else table.location
    risk = cells[risk_at] if risk_at < len(cells) else Cell()
    titled = len([b for b in risk.blocks if b.text.text.strip()]) > 1
    title = _MARKER.sub("", risk.blocks[0].text.text.strip()) if risk.blocks else ""
    out: list[Any] = [Paragraph(Inline(title or f"Risk {position}"), _number(
        cells[0].text if cells and risk_at != 0 else "", position), at)]
    out.append(_rest_of_row(table, cells, Cell(risk.blocks[1:] if titled else (),
                                                risk.location), columns))
    actions = cells[actions_at] if actions_at < len(cells) else Cell()
    rows = [_action_row(b) for b in actions.blocks if b.text.text.strip()]
    if rows:
        header = tuple(Cell((Paragraph(Inline(h)),), at) for h in ("Action", "Status", "Due"))
        out.append(FieldsTable.of(Table(header, tuple(rows), at), at.line))
    return out


def _rest_of_row(table: Table, cells: tuple[Cell, ...], described: Cell,
                 columns: tuple[int, int]) -> Table:
    """The rest of a risk's row (its ref, the risk's description, owner, scores) under the
    register's headers: a table with a risk column, so no progress table (its row is kept in
    the paragraphs table and gives no item)."""
    risk_at, actions_at = columns
    keep = [k for k in range(len(table.header)) if k != actions_at]
    row = [described if k == risk_at else cells[k] if k < len(cells) else Cell() for k in keep]
    at = cells[0].location if cells and cells[0].location.line is not None else table.location
    return Table(tuple(table.header[k] for k in keep), (tuple(row),), at)


def _number(ref: str, position: int) -> str:
    """A risk's section number: the figures of its ref ("CR12" -> 12), else its place.

    Examples
    --------
    >>> _number("CR12", 3), _number("", 3), _number("Risk", 4)
    ('12', '3', '4')
    """
    figures = _FIGURES.search(ref) if ref and len(ref) <= 12 else None
    return str(int(figures.group(0))) if figures else str(position)


def _action_row(block: Any) -> tuple[Cell, ...]:
    """An action's row: its text, its status words and its timing (the last two empty when
    it prints no position)."""
    text = _MARKER.sub("", block.text.text.strip())
    found = action_position(text)
    texts = found if found is not None else (text, "", "")
    return tuple(Cell((Paragraph(Inline(t)),) if t else (), block.location) for t in texts)


def _text(block: Any) -> Any:
    """A block after the register as text, no item (a list item keeps its text only)."""
    number = getattr(block, "number", None)
    text = block.text if number is None or block.__class__ is ListItem \
        else Inline(f"{number}. {block.text.text}")
    return ThemeText(text, None, block.location)


def _lines(table: Table) -> list[Any]:
    """A table of no items as lines of text (cells joined by " | ")."""
    from wlga_analysis.interpret.programme.claims import finance_line

    return [finance_line(cells, table) for cells in
            ((table.header,) if table.header else ()) + tuple(table.rows)]
