"""Recommendations in a practice review's tables by agency (``Recommendation | Agency |
Action required | Timescale``).

A Child Practice Review (or an Adult Practice Review) of a Regional Safeguarding Board
ends, in the shape of the Welsh Government's template, with "Improving systems and
practice": one or more tables ``Recommendation | Agency | Action required | Timescale``
under headings naming whom they are for ("Recommendations for the Regional Safeguarding
Board", "Recommendations for agencies"). The recommendations are numbered across the
tables, the number printed **inside** the Recommendation cell ("4. Children's services
should ..."; a Word list number in the cell). A text-only version prints each row as
labelled lines (``Recommendation: 4. ...`` or ``Recommendation 4: ...``, ``Agency: ...``,
``Action required: ...``, ``Timescale: ...``). The columns and labels are found by their
names (the patterns of :data:`AGENCY_RULES`: a recommendation, an agency, and an action or
timescale; a table with a number column of its own is an action plan, another reader's).
A careful reader reads it so:

- each **Recommendation cell** is a recommendation: its number the number printed in it
  (taken off the text), else its place in reading order (reported: check ``numbered by
  the loader``); its text the rest of the cell;
- its **area** the heading over its table (or over its labelled lines); **no themes**;
- its **owners** the Agency cell, the agencies apart by ";" or a line break: a council
  ("Glanmor County Borough Council (Children's Services)") the code of "councils", a known
  owner its code, any other body as printed (reported: ``unknown owner code``);
- the **Action required** cell is an **activity** of the recommendation's area (numbered
  in reading order, reported); the **Timescale** a column of its own (``timescale``);
- everything else (the circumstances, the learning points numbered under "Theme N:"
  headings, the reviewer's statement) is kept in the notes: learning is not a
  recommendation.

The reading is reported (check ``read from agency tables``). The reader is tried only
when the table reader found no Working Group table and the text names an agency and a
recommendation: it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Review of Child T", "", "## Recommendations for agencies", "",
...          "| Recommendation | Agency | Action required | Timescale |", "|---|---|---|---|",
...          "| 1. Share records. | Tref County Council; Tref Police | Audit. | May 2026 |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_agency_tables(Document(Path("p.md"), "recommendations", lines,
...                                      "0" * 64), known)
>>> [(i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
[('1', ['Share records.'], ['LG', 'Tref Police'])]
>>> [(a.title, [i.pieces for i in parser.items["activities"]]) for a in parser.areas.values()]
[('Recommendations for agencies', [['Audit.']])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
    tables_by_header,
)
from wlga_analysis.read.model import Block, Heading, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["AGENCY_RULES", "AgencyColumns", "AgencyTableParser", "agency_columns",
           "agency_owners", "read_agency_tables"]

#: The patterns of this layout, matched in full against a header cell or a line's label
#: (case and spacing folded, "*" and ":" stripped): ``rec`` the recommendations' column,
#: ``agency`` whom it is for, ``action`` the action required (an activity), ``timescale``
#: when; ``number`` a number column of its own (an action plan: not this layout);
#: ``council`` an agency that is a council (the code of "councils").
AGENCY_RULES: dict[str, str] = {
    "rec": r"recommendations?",
    "agency": r"(?:lead\s+|responsible\s+)?agenc(?:y|ies)(?:\s+responsible)?|"
              r"(?:lead\s+|responsible\s+)?organisations?",
    "action": r"actions?(?:\s+(?:required|needed|to\s+be\s+taken|planned|agreed))?|"
              r"what\s+(?:will|needs\s+to)\s+be\s+done",
    "timescale": r"timescales?|target\s+dates?|by\s+when|completion\s+dates?|deadlines?",
    "number": r"no\.?|number|ref(?:erence)?\.?|#",
    "council": r"(?i)\b(?:county\s+borough\s+|county\s+|city\s+(?:and\s+county\s+)?|"
               r"borough\s+)?council$|^cyngor\b",
}

#: A labelled line of the text form: its label (a number after it, "Recommendation 4:"),
#: and its value.
_LABELLED = compile_regex(r"(?P<label>[A-Za-z][A-Za-z' ]{1,40}?)(?:\s+(?P<no>\d{1,3}))?"
                          r"\s*:\s*(?P<value>\S.*)?")
#: A number printed at the start of a recommendation's cell ("4. ", "4) ").
_NUMBER = compile_regex(r"(?P<no>\d{1,3})[.)]\s+(?=\S)")
#: A bracket at the end of an agency ("... Council (Children's Services)").
_BRACKET = compile_regex(r"\s*\((?P<inner>[^()]*)\)\s*$")
_ROLES = ("rec", "agency", "action", "timescale")


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`AGENCY_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in AGENCY_RULES.items()}


def _role(label: str) -> str | None:
    """The role of a header cell or a line's label, or None."""
    text = " ".join(label.casefold().replace("\u2019", "'").strip(" *:_").split())
    if not text or len(text) > 40:
        return None
    if _rules()["number"].fullmatch(text):
        return "number"
    return next((r for r in _ROLES if _rules()[r].fullmatch(text)), None)


@dataclass(frozen=True)
class AgencyColumns:
    """Where the columns of an agency table are (0-based; -1 for a column not printed)."""

    rec: int
    agency: int
    action: int = -1
    timescale: int = -1


def agency_columns(cells: list[str] | tuple[str, ...]) -> AgencyColumns | None:
    """The columns of an agency table with these header cells, or None for any other table
    (a recommendation, an agency and an action or timescale column; no number column).

    Examples
    --------
    >>> agency_columns(["Recommendation", "Agency", "Action required", "Timescale"])
    AgencyColumns(rec=0, agency=1, action=2, timescale=3)
    >>> agency_columns(["Recommendations", "Lead agency", "Target date"])
    AgencyColumns(rec=0, agency=1, action=-1, timescale=2)
    >>> agency_columns(["No.", "Recommendation", "Lead agency", "Action to be taken"]) is None
    True
    """
    if not 3 <= len(cells) <= 6:
        return None
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = _role(cell)
        if role == "number":
            return None  # (an action plan's own number column: another reader's)
        if role is not None and role not in roles:
            roles[role] = index
    if "rec" not in roles or "agency" not in roles or not (
            "action" in roles or "timescale" in roles):
        return None
    return AgencyColumns(roles["rec"], roles["agency"], roles.get("action", -1),
                         roles.get("timescale", -1))


def agency_owners(cell: str, known: frozenset[str]) -> list[str]:
    """The owners an Agency cell names: the agencies apart by ";" or a line break, a
    council as the code of "councils", a known owner's name as its code, any other body as
    printed.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", "")])
    >>> agency_owners("Tref University Health Board; Tref County Borough Council "
    ...               "(Children's Services)", known)
    ['Tref University Health Board', 'LG']
    >>> agency_owners("Welsh Government<br>Dyfed-Powys Police", known)
    ['WG', 'Dyfed-Powys Police']
    """
    from wlga_analysis.interpret.recommendations.prose_owners import plural_code

    owners: list[str] = []
    substitute = getattr(known, "substitute", None)
    for part in re.split(r"[;\n]|<br\s*/?>", cell):
        name = clean_text(part).strip(" .,")
        bracket = _BRACKET.search(name)
        inner = bracket.group("inner") if bracket else ""
        name = re.sub(r"(?i)^the\s+", "", name[:bracket.start()] if bracket else name)
        if not name:
            continue
        if _rules()["council"].search(name) or _rules()["council"].search(inner):
            code = plural_code("council", known)
        else:
            swapped = substitute(name).strip() if substitute is not None else name
            code = swapped if swapped in known else name
        if code not in owners:
            owners.append(code)
    return owners


@dataclass
class _Record:
    """One recommendation's cells (from a table row or from labelled lines)."""

    line: int
    cells: dict[str, str] = field(default_factory=dict)
    number: str | None = None


def _labelled(text: str) -> tuple[str, str, str | None] | None:
    """(role, value, number) of a labelled line of this layout ("Agency: Tref Police"),
    else None."""
    m = _LABELLED.fullmatch(text) if ":" in text[:50] else None
    if m is None:
        return None
    role = _role(m.group("label"))
    if role is None or role == "number" or (m.group("no") and role != "rec"):
        return None
    return role, (m.group("value") or "").strip(), m.group("no")


class AgencyTableParser(ThemelessAreas, _Parser):  # (no theme: the headings are the areas)
    """The recommendations parser for agency tables (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its agency tables or labelled records;
        False when it prints none."""
        self.blocks: list[Block] = document_blocks(self)
        self.tables: dict[int, AgencyColumns] = tables_by_header(self.blocks, agency_columns)
        self.labels: dict[int, tuple[str, str, str | None]] = {}
        for index, block in enumerate(self.blocks):
            if isinstance(block, (Heading, Paragraph)) and (
                    found := _labelled(clean_text(block.text.text).strip())):
                self.labels[index] = found
        roles = {found[0] for found in self.labels.values()}
        if not {"rec", "agency"} <= roles:
            self.labels = {}
        return bool(self.tables or self.labels)

    def run(self) -> None:
        if not hasattr(self, "tables") and not self.prepare():
            raise self.doc.error("expected tables 'Recommendation | Agency | Action "
                                 "required | Timescale'; found none")
        self.heading: str | None = None
        self.record: _Record | None = None
        self.extra_columns = ["timescale"]
        for index, block in enumerate(self.blocks):
            if index in self.tables:
                self._flush()
                self._table(block, self.tables[index])
            elif index in self.labels:
                self._label(self.labels[index], block.location.line or 0)
            else:
                self._flush()
                self._text(block)
        self._flush()
        self._report()
        self.finish()

    def _report(self) -> None:
        recs, acts = self.items[_REC], self.items[_ACT]
        if acts:
            self.issue(_ACT, "numbered by the loader", 1, acts[0].line,
                       "the actions required are printed with no number; each is numbered "
                       "by its place in reading order")
        if recs:
            self.issue(_REC, "read from agency tables", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from tables 'Recommendation "
                       f"| Agency | Action required | Timescale' ({len(self.areas)} areas: "
                       "the headings over them), owners the agencies, the actions required "
                       "as activities; check the reading against the document")

    def _text(self, block: Block) -> None:
        """A block outside the tables: the title (the first heading of level 1 or 2), else
        a note; a heading is the area of the tables after it."""
        from wlga_analysis.interpret.recommendations.improvement_tables import table_notes

        if isinstance(block, Table):
            table_notes(self, block)
            return
        ln = block.location.line or 0
        text = clean_text(block.text.text).strip() if hasattr(block, "text") else ""
        if not text:
            return
        if isinstance(block, Heading):
            if self.title is None and block.level <= 2 and len(text) > 12:
                self.title = text
                self.notes.append(("title", text, ln))
                return
            self.heading = text.strip(" *_")
        kind = "heading" if isinstance(block, Heading) else "paragraph"
        if self.heading is not None and kind == "heading":
            self.heading_line = ln
        self.notes.append((kind, text, ln))

    def _table(self, table: Table, columns: AgencyColumns) -> None:
        """An agency table: a record per row (a row with no recommendation: notes)."""
        ln = table.location.line or 0
        self.notes.append(("paragraph", " \u2013 ".join(t for t in table.header_text if t), ln))
        for row in table.rows:
            line = row[0].location.line or ln if row else ln
            record = _Record(line)
            for role in _ROLES:
                column = getattr(columns, role)
                if 0 <= column < len(row):  # (a cell's paragraphs apart: agencies)
                    record.cells[role] = "\n".join(
                        clean_text(b.text.text).strip() for b in row[column].blocks
                        if hasattr(b, "text")).strip() or clean_text(row[column].text).strip()
            if columns.rec < len(row):
                first = next((b for b in row[columns.rec].blocks
                              if getattr(b, "number", None)), None)
                record.number = first.number if first is not None and \
                    str(first.number).isdigit() else None
            self._add(record)

    def _label(self, found: tuple[str, str, str | None], ln: int) -> None:
        """A labelled line: a recommendation's opens a record, another fills the open one."""
        role, value, number = found
        if role == "rec" or self.record is None:
            self._flush()
            self.record = _Record(ln, number=number)
        if role in self.record.cells:
            self.record.cells[role] += " " + value
        else:
            self.record.cells[role] = value

    def _flush(self) -> None:
        if self.record is not None:
            record, self.record = self.record, None
            self._add(record)

    def _add(self, record: _Record) -> None:
        """One record: a recommendation (its number taken off its text), its owners, its
        action required as an activity, its timescale; a record with no recommendation is
        kept in the notes."""
        text = " ".join(record.cells.get("rec", "").split())
        if not text:
            for role in ("agency", "action", "timescale"):
                if record.cells.get(role):
                    self.notes.append(("paragraph", " ".join(record.cells[role].split()),
                                       record.line))
            return
        m = _NUMBER.match(text) if record.number is None else None
        number = record.number or (m.group("no") if m else None)
        text = text[m.end():] if m else text
        self.named_area(self.heading or "Recommendations", record.line)
        assert self.current is not None
        if number is None:
            number = str(self.next_no(_REC))
            if number == "1":
                self.issue(_REC, "numbered by the loader", number, record.line,
                           "the recommendations are printed with no number; each is "
                           "numbered by its place in reading order")
        item = _Item(_REC, int(number), self.current.area_id, record.line, pieces=[text])
        for name in agency_owners(record.cells.get("agency", ""), self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        if record.cells.get("timescale"):
            item.extra["timescale"] = " ".join(record.cells["timescale"].split())
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        if record.cells.get("action"):
            act = _Item(_ACT, self.next_no(_ACT), self.current.area_id, record.line,
                        pieces=[" ".join(record.cells["action"].split())])
            self.items[_ACT].append(act)
            self.last_item[_ACT] = act


def read_agency_tables(doc: Document, known: frozenset[str]) -> AgencyTableParser | None:
    """Read recommendations printed in tables ``Recommendation | Agency | Action required |
    Timescale`` (or as their labelled lines), or None when the document prints none (the
    words "gency" and "ecommendation" are looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_agency_tables(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if "gency" not in text or "ecommendation" not in text:
        return None
    return run_prepared(AgencyTableParser(doc, known), lenient=True)
