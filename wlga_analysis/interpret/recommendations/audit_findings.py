"""Recommendations in an audit report's findings and action plan tables.

An internal audit report (a council's own audit service, a shared audit partnership), or
a regulator's report with the audited body's management response, closes with a
"Detailed findings and action plan": under sub-headings ("Area 1: Cardholder set-up and
limits", "2.1 Starters", a plain "Recovery of overpayments"), each a table with a row per
finding, ``Ref | Finding | Risk | Priority | Recommendation | Agreed management action |
Responsible officer | Target date`` (or ``No. | Issue identified | Rating | Recommendation |
Management response | Action owner | Implementation date``, ``Rec | Observation | Risk
rating | Recommendation | Agreed action | Lead officer | Due date``), or each finding a
two-column record whose rows are labelled so ("Finding | ...", "Recommendation | ...",
"Agreed action | ..."). Such a table is found
by its header (:func:`findings_columns`: a Recommendation column, a column of the agreed
action or management response, and a finding, risk or priority column; the words are the
patterns of :data:`FINDINGS_RULES`). A careful reader reads it so:

- the **areas** are the sub-headings over the tables ("Area 1: ..." gives the area's
  number; otherwise the areas are numbered in reading order; a section number printed
  before a heading, "2.1", is no part of its name); a table with no heading of its own
  after another continues that one's area; the paragraphs between a heading and its table
  are its remit; **no themes** (the numbered section over the areas is a chapter);
- each **row** is a recommendation: its number the Ref cell as printed ("1.1", "R1", "3":
  ``rec_id`` the number it starts with, the ref kept in ``rec_label`` unless a bare
  number), its text the Recommendation cell;
- its **owners**: the owner codes the responsible officer's cell names ("Welsh
  Government"); an officer of the audited body ("Head of Procurement", "Payroll
  Manager") is that body: the council (LG) when the report's cover names a council; else
  the subject of the recommendation's sentence ("The Council should ..."); none otherwise
  (reported);
- the **agreed management action** (the management response) of each row is an
  **activity** of the row's area: a decision it opens with ("Agreed.", "Accepted -") is
  its status, the words after it its text;
- the finding, risk, priority, officer and date cells (and any other column) are kept
  per recommendation as printed, each in a column named after its header;
- a row with no ref (the rest of a row carried over a page break) adds its words to the
  row above; a header row printed again is skipped; the executive summary's count of
  recommendations by priority and the appendix of definitions are notes; a table that
  only repeats recommendations the findings tables print in the same words (a summary of
  recommendations) is notes too (reported: ``printed twice``).

The reading is reported (check ``read from findings tables``). The reader is tried only
when the other readers read no recommendation, or when a table reader read a findings
table as a written response (:func:`findings_after`): it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Audit of Fleet", "", "Tref County Council", "", "## Area 1: Fuel cards", "",
...          "| Ref | Finding | Priority | Recommendation | Agreed action | Officer |",
...          "|---|---|---|---|---|---|",
...          "| 1.1 | Cards unused. | Low | Cancel unused cards. | Agreed. Done in May. "
...          "| Fleet Manager |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_findings_tables(Document(Path("f.md"), "recommendations", lines, "0" * 64),
...                               known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Fuel cards')]
>>> [(i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
[('1.1', ['Cancel unused cards.'], ['LG'])]
>>> [(i.pieces, i.status) for i in parser.items["activities"]]
[(['Done in May.'], 'Agreed')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
)
from wlga_analysis.interpret.recommendations.refusals import refusal
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["FINDINGS_RULES", "FindingsColumns", "FindingsTableParser", "findings_after",
           "findings_columns", "read_findings_tables"]

#: The patterns of this layout, matched in full against a header cell (case and spacing
#: folded, "(s)" read as a plural): the roles of a findings table's columns (the first rule
#: that matches wins; ``ref``, ``recommendation`` and ``action`` must be there, and one of
#: ``finding``, ``risk``, ``priority``); ``ref_cell`` a ref as printed ("1.1", "R2", "3a");
#: ``council`` a council named on the report's cover (the audited body, whose officers
#: are LG); ``section_number`` a section number printed before a heading's name ("2.1 ").
FINDINGS_RULES: dict[str, str] = {
    "ref": r"(?:rec(?:ommendation)?\.?\s*)?(?:ref(?:erence)?|no|number|num|#|id|rhif)\.?|"
           r"rec\.?",
    "recommendation": r"(?:our\s+|audit\s+)?recommendations?(?:\s+made)?|argymhelliad|"
                      r"argymhellion",
    "action": r"(?:(?:agreed|proposed|planned)\s+)?(?:management\s+)?"
              r"(?:actions?|responses?|comments?)(?:\s+(?:agreed|proposed|planned|to\s+be\s+"
              r"taken))?|management\s+response\s+and\s+actions?",
    "finding": r"(?:key\s+|audit\s+)?(?:findings?|issues?|observations?|weakness(?:es)?|"
               r"exceptions?)(?:\s+(?:identified|found|noted|raised))?|"
               r"(?:finding|issue)s?\s+and\s+risks?",
    "risk": r"(?:the\s+)?risks?(?:\s+(?:identified|exposure|implications?))?|implications?",
    "priority": r"(?:recommendation\s+)?(?:priority|rating|grade|category|risk\s+rating|"
                r"priority\s+rating|risk\s+level)",
    "officer": r"(?:responsible|lead|accountable|action)\s+(?:officers?|managers?|owners?|"
               r"persons?)|(?:officers?|managers?)\s+responsible|owners?|responsibility|"
               r"responsible|leads?|by\s+whom",
    "date": r"(?:(?:target|implementation|completion|due|agreed|action)\s+)?"
            r"(?:dates?|by)|timescales?|deadlines?|by\s+when|when",
    "ref_cell": r"(?i)(?:(?:rec(?:ommendation)?|r)\.?\s*)?(\d{1,3})((?:\.\d{1,3}){0,2})"
                r"([a-z])?\.?",
    "council": r"(?i)\b(?:council|cyngor)\b",
    "section_number": r"\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)",
}
_ROLES = ("ref", "recommendation", "action", "finding", "risk", "priority", "officer", "date")


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`FINDINGS_RULES` (compiled on first use: the module
    is imported after every table reader's parse, most of which never ask for them)."""
    return {name: compile_regex(pattern) for name, pattern in FINDINGS_RULES.items()}


#: Words a findings table's header row holds (the cheap test before the model).
_HEADER_WORDS = ("ecommend", "rgymhell")
#: Blocks of the cover the audited body is looked for in.
_COVER_BLOCKS = 8


@dataclass(frozen=True)
class FindingsColumns:
    """Where each column of a findings table is (0-based; None when it has none), and the
    header cells as printed (each column no role takes is kept under its header's name)."""

    headers: tuple[str, ...]
    ref: int | None
    recommendation: int
    action: int | None
    officer: int | None = None

    @property
    def kept(self) -> tuple[tuple[int, str], ...]:
        """The columns kept per recommendation as printed: (index, output column name)."""
        from wlga_analysis.interpret.recommendations.columns import column_name

        skip = {self.ref, self.recommendation, self.action}
        return tuple((i, column_name(h)) for i, h in enumerate(self.headers)
                     if i not in skip and h.strip())


def _role(cell: str) -> str | None:
    text = " ".join(cell.casefold().replace("(s)", "s").strip(" *:").split())
    return next((role for role in _ROLES if _rules()[role].fullmatch(text)), None)


def findings_columns(cells: list[str] | tuple[str, ...], strict: bool = False
                     ) -> FindingsColumns | None:
    """The columns of a findings table with these header cells, or None for any other
    table: a Recommendation column and an agreed action (management response) column or a
    finding, risk or priority column (a draft report's table prints no action yet), and,
    with no finding, risk or priority column, an officer or date column. ``strict``: an
    agreed action column and a finding, risk or priority column both (a table another
    reader read as a written response is read again only so).

    Examples
    --------
    >>> cols = findings_columns(["Ref", "Finding", "Risk", "Priority", "Recommendation",
    ...                          "Agreed management action", "Responsible officer",
    ...                          "Target date"])
    >>> cols.ref, cols.recommendation, cols.action, cols.officer
    (0, 4, 5, 6)
    >>> [name for _, name in cols.kept]
    ['finding', 'risk', 'priority', 'responsible_officer', 'target_date']
    >>> findings_columns(["No.", "Recommendation", "Management response", "Officer"],
    ...                  strict=True) is None
    True
    >>> findings_columns(["No.", "Finding", "Recommendation", "Priority"]).action is None
    True
    """
    if not 3 <= len(cells) <= 12 or not any(w in c for c in cells for w in _HEADER_WORDS):
        return None  # (the cheap test first: no header cell names recommendations)
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = _role(cell) if cell and len(cell) <= 60 else None
        if role is not None and role not in roles:
            roles[role] = index
    found = {"finding", "risk", "priority"} & set(roles)
    if "recommendation" not in roles or not (found or "action" in roles) or \
            not (found or {"officer", "date"} & set(roles)) or \
            (strict and not (found and "action" in roles)):
        return None
    return FindingsColumns(tuple(cells), roles.get("ref"), roles["recommendation"],
                           roles.get("action"), roles.get("officer"))


def _ref(text: str) -> tuple[int, str | None] | None:
    """(number, label or None) of a ref cell: "1.1" -> (1, "1.1"), "R2" -> (2, "R2"), "3"
    -> (3, None); None for a cell that is no ref.

    Examples
    --------
    >>> _ref("1.1"), _ref("R2."), _ref("3"), _ref("High")
    ((1, '1.1'), (2, 'R2'), (3, None), None)
    """
    text = text.strip().strip("*")
    m = _rules()["ref_cell"].fullmatch(text)
    if m is None:
        return None
    label = text.rstrip(".")
    return int(m.group(1)), (None if label.isdigit() else label)


def _cells(row: tuple[Any, ...]) -> list[str]:
    return [clean_text(cell.text) for cell in row]


def _record(table: Table) -> tuple[FindingsColumns, list[str]] | None:
    """A finding printed as a record, a table of two columns whose rows are labelled
    ("Finding | ...", "Recommendation | ...", "Agreed action | ..."): its columns (the
    labels) and the one row of its values; None for any other table.

    Examples
    --------
    >>> from wlga_analysis.read.text import read_text_lines
    >>> table = read_text_lines(["| | |", "|---|---|", "| Finding | Cards unused. |",
    ...                          "| Recommendation | Cancel them. |",
    ...                          "| Agreed action | Done. |"]).blocks[0]
    >>> columns, values = _record(table)
    >>> columns.recommendation, columns.action, values
    (1, 2, ['Cards unused.', 'Cancel them.', 'Done.'])
    """
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    labels: list[str] = []
    values: list[str] = []
    for row in rows:
        cells = _cells(row)
        if len(cells) != 2 or (not cells[0] and not cells[1]):
            if len(cells) != 2:
                return None
            continue
        labels.append(cells[0].strip(" *:"))
        values.append(cells[1])
    columns = findings_columns(labels)
    return None if columns is None else (columns, values)


def _heading_name(block: Block, lead: Any) -> tuple[int | None, str] | None:
    """(printed area number or None, name) of a block that may head a findings table: a
    heading, an "Area N: ..." line, or a short numbered line shaped as a heading; None for
    any other block."""
    from wlga_analysis.read.text_lines import has_heading_shape

    if isinstance(block, Table) or not hasattr(block, "text"):
        return None
    text = clean_text(block.text.text).strip()
    m = lead.fullmatch(text) if text[:1].isalpha() else None
    if m is not None and m.group(2).strip():
        return int(m.group(1)), m.group(2).strip(" .:;\u2013\u2014-")
    numbered = getattr(block, "number", None) is not None
    if not isinstance(block, Heading) and not (
            numbered and isinstance(block, (Paragraph, ListItem)) and has_heading_shape(text)):
        return None
    number = _rules()["section_number"].match(text)
    name = text[number.end():] if number else text
    return (None, name.strip(" .:;")) if name.strip(" .:;") else None


class FindingsTableParser(_Parser):
    """The recommendations parser for findings and action plan tables (see the module's
    notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its findings tables and the headings over
        them; False when it prints none."""
        self.blocks = document_blocks(self)
        self.tables: dict[int, FindingsColumns] = {}
        self.records: dict[int, list[str]] = {}  # a finding printed as a two-column record
        for index, block in enumerate(self.blocks):
            if not isinstance(block, Table):
                continue
            columns = findings_columns(_cells(block.header)) if block.header else None
            record = _record(block) if columns is None else None
            if record is not None:
                columns, self.records[index] = record
            if columns is not None:
                self.tables[index] = columns
        self.summaries = self._summaries()
        for index in self.summaries:  # (its rows are notes: read from the detailed tables)
            del self.tables[index]
        if not self.tables:
            return False
        self.title_index = self._title_index()
        self.area_of = self._area_headings()
        self.body = self._audited_body()
        return True

    def _area_headings(self) -> dict[int, tuple[int | None, str]]:
        """The blocks heading the findings tables (block index -> printed number, name):
        the nearest heading-like block after the previous findings table (not the
        title); the area ids are
        the printed "Area N" numbers when every area prints a different one, else reading
        order (a first table under no heading: an area named after the title)."""
        found: dict[int, tuple[int | None, str]] = {}
        candidate: int | None = None
        for index, block in enumerate(self.blocks):
            if index in self.tables:
                if not (self.blocks[index].rows or index in self.records):
                    continue  # (a header alone, over area rows: opens no area)
                if candidate is not None:
                    found[candidate] = _heading_name(self.blocks[candidate], self.area_lead_re)
                candidate = None
            elif index != self.title_index and \
                    _heading_name(block, self.area_lead_re) is not None:
                candidate = index
        printed = [number for number, _ in found.values()]
        numbered = None not in printed and len(set(printed)) == len(printed)
        return {index: (number if numbered else n + 1, name)
                for n, (index, (number, name)) in enumerate(found.items())}

    def _printings(self, index: int) -> set[tuple[str, str]]:
        """(ref, folded text) of each recommendation a findings table prints."""
        from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

        columns = self.tables[index]
        block = self.blocks[index]
        rows = [self.records[index]] if index in self.records else \
            [_cells(row) for row in block.rows]
        return {(row[columns.ref] if columns.ref is not None else "",
                 folded_printing(row[columns.recommendation])) for row in rows
                if len(row) > columns.recommendation and row[columns.recommendation]
                and (columns.ref is None or len(row) > columns.ref)}

    def _summaries(self) -> list[int]:
        """The findings tables that only repeat recommendations other findings tables
        print (a summary of recommendations before or after the detailed findings)."""
        if len(self.tables) < 2:
            return []
        printed = {index: self._printings(index) for index in self.tables}
        found: list[int] = []
        for index, keys in printed.items():
            others = set().union(*(k for i, k in printed.items()
                                   if i != index and i not in found))
            if keys and keys <= others:
                found.append(index)
        return found

    def _audited_body(self) -> str | None:
        """The owner code of the audited body the cover names: a council's (LG), or None."""
        from wlga_analysis.interpret.recommendations.closing_tables import lead_owners

        first = min(self.tables)
        for block in self.blocks[:min(first, _COVER_BLOCKS)]:
            if hasattr(block, "text") and _rules()["council"].search(block.text.text):
                codes = [c for c in lead_owners("the council", self.known) if c in self.known]
                return codes[0] if codes else None
        return None

    def _title_index(self) -> int | None:
        """The title: the first heading of level 1 before the first findings table; with
        none, the first plain line of the cover (before any numbered section) that names
        the report ("Internal Audit Report: ...") and is no sentence and no date line."""
        from wlga_analysis.interpret.recommendations.plain_title import TITLE_WORDS
        from wlga_analysis.text.dates import parse_dated_line

        cover = self.blocks[:min(self.tables)]
        found = next((i for i, b in enumerate(cover)
                      if isinstance(b, Heading) and b.level == 1), None)
        for index, block in enumerate(cover if found is None else ()):
            if not isinstance(block, Paragraph) or block.number is not None:
                break
            text = clean_text(block.text.text)
            if len(text) <= 120 and TITLE_WORDS.search(text) and \
                    not text.endswith((".", ";", ",", ":")) and parse_dated_line(text) is None:
                return index
        return found

    def run(self) -> None:
        if not hasattr(self, "tables") and not self.prepare():
            raise self.doc.error("expected findings tables ('Ref | Finding | ... | "
                                 "Recommendation | Agreed management action'); found none")
        for index, block in enumerate(self.blocks):
            for _, rule in _BLOCK_RULES:
                if rule(self, index, block):
                    break
        recs = self.items[_REC]
        if recs:
            owners = f"owners the responsible officer's body ({self.body})" if self.body \
                else "owners from the officer column or the recommendation's subject"
            self.issue(_REC, "read from findings tables", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the findings tables of "
                       f"{len(self.areas)} areas (each table's heading an area), the agreed "
                       f"management actions as activities, {owners}; check the reading "
                       "against the document")
        self.finish()

    # -- the rules of _BLOCK_RULES ------------------------------------------------------------
    def parse_area(self, index: int, block: Block) -> bool:
        """A block heading a findings table: the area it opens."""
        if index not in self.area_of:
            return False
        area_id, name = self.area_of[index]
        self.start_area(area_id, name, block.location.line or 0)
        return True

    def parse_table(self, index: int, block: Block) -> bool:
        """A findings table: its rows are recommendations of the open area (an area named
        after the title when none is open), and their agreed actions activities; any other
        table's rows are notes."""
        if not isinstance(block, Table):
            return False
        columns = self.tables.get(index)
        if index in self.summaries:
            self.issue(_REC, "printed twice", "", block.location.line,
                       "a table repeats recommendations the findings tables print in the "
                       "same words (a summary): each is read once, from its findings table; "
                       "its rows are kept in the notes")
        if columns is None:
            for row in (block.header, *block.rows) if block.header else block.rows:
                text = " \u2013 ".join(t for t in _cells(row) if t)
                if text:
                    self.notes.append(("paragraph", text, row[0].location.line or 0))
            return True
        self._findings(index, block, columns)
        return True

    def _findings(self, index: int, block: Table, columns: FindingsColumns) -> None:
        """Read a findings table (its header a note, its rows or its record)."""
        header = " \u2013 ".join(t for t in columns.headers if t)
        self.notes.append(("paragraph", header, block.location.line or 0))
        if not (block.rows or index in self.records):
            return  # (a header alone: the area rows under it head the rows)
        if self.current is None:
            from wlga_analysis.interpret.recommendations.response_rows import title_area

            title_area(self, block, "findings table")
        for _, name in columns.kept:
            if name not in self.extra_columns:
                self.extra_columns.append(name)
        started: list[_Item] = []
        if index in self.records:  # (one finding: its labels are the columns)
            self._row(self.records[index], columns, block.location.line or 0, started)
        for row in () if index in self.records else block.rows:
            self._row(_cells(row), columns, row[0].location.line or 0, started)
        self.close_area = True

    def _row(self, cells: list[str], columns: FindingsColumns, ln: int,
             started: list[_Item]) -> None:
        """One body row: a recommendation and its agreed action, the rest of the row above
        (no ref: carried over a page break), a header printed again (skipped), or a note."""
        cells += [""] * (len(columns.headers) - len(cells))
        if tuple(cells) == columns.headers:
            return
        ref = cells[columns.ref] if columns.ref is not None else ""
        text = cells[columns.recommendation]
        key = _ref(ref) if ref and text else None
        if key is None and columns.ref is None and text:
            key = (self.next_no(_REC), None)
            self.issue(_REC, "numbered by the loader", key[0], ln,
                       f"the findings table prints its recommendations with no ref; "
                       f"{text[:60]!r} is numbered {key[0]} in reading order")
        if key is None:
            if not ref and started and any(cells):
                self._continue(cells, columns, started[-1])
            elif any(cells):
                self.notes.append(("paragraph", " \u2013 ".join(c for c in cells if c), ln))
            return
        item = _Item(_REC, key[0], self.current.area_id, ln, pieces=[text], label=key[1])
        item.extra = {name: cells[i] for i, name in columns.kept}
        self._owners(item, cells[columns.officer] if columns.officer is not None else "")
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        started.append(item)
        if columns.action is not None:
            self._action(cells[columns.action], ln)

    def _continue(self, cells: list[str], columns: FindingsColumns, item: _Item) -> None:
        """The rest of a row carried over a page break, joined to the row above."""
        if cells[columns.recommendation]:
            item.pieces[-1] = f"{item.pieces[-1]} {cells[columns.recommendation]}".strip()
        for i, name in columns.kept:
            if cells[i]:
                item.extra[name] = f"{item.extra.get(name, '')} {cells[i]}".strip()
        action = cells[columns.action] if columns.action is not None else ""
        last = self.last_item[_ACT]
        if action and last is not None:
            last.pieces[-1] = f"{last.pieces[-1]} {action}".strip()

    def _owners(self, item: _Item, officer: str) -> None:
        """The owners of a row's recommendation (see the module's notes)."""
        from wlga_analysis.interpret.recommendations.closing_tables import (
            clause_owners,
            lead_owners,
        )

        codes = [c for c in lead_owners(officer, self.known) if c in self.known]
        if not codes and officer and self.body is not None:
            codes = [self.body]
        if not codes:
            codes = clause_owners(item.pieces[0], self.known) or \
                ([self.body] if self.body is not None else [])
        item.owners.extend(dict.fromkeys(codes))

    def _action(self, text: str, ln: int) -> None:
        """A row's agreed management action: an activity of the open area, the decision
        it opens with its status."""
        from wlga_analysis.interpret.recommendations.response_rows import split_decision

        if not text:
            return
        if (declined := refusal(text, self.words["refusal"])) is not None:
            self.notes.append(("paragraph", text, ln))  # (declined: no activity)
            self.issue(_ACT, "not agreed", self.last_item[_REC].printed, ln,
                       f"the agreed action of recommendation {self.last_item[_REC].printed} "
                       f"opens {declined!r}: no activity (kept in the notes)")
            return
        decision, rest = split_decision(text, self.words["response"])
        item = _Item(_ACT, self.next_no(_ACT), self.current.area_id, ln,
                     pieces=[rest or decision or text], status=decision)
        self.items[_ACT].append(item)
        self.last_item[_ACT] = item

    def parse_text(self, index: int, block: Block) -> bool:
        """Any other block: the remit of an area opened and not yet closed by its table,
        the title, else a note."""
        text = clean_text(block.text.text) if hasattr(block, "text") else ""
        number = getattr(block, "number", None)
        if number is not None and not isinstance(block, Heading):
            text = f"{number}. {text}" if str(number).isdigit() else f"{number} {text}"
        if not text:
            return True
        ln = block.location.line or 0
        if index == self.title_index and self.title is None:
            self.title = text
            self.notes.append(("title", text, ln))
        elif self.current is not None and not getattr(self, "close_area", False):
            self.current.remit.append(text)
        else:
            kind = "heading" if isinstance(block, Heading) else "paragraph"
            self.notes.append((kind, text, ln))
        return True

    def start_area(self, area_id: int, title: str, ln: int) -> None:
        """Open an area (no theme is asked for: the section over the areas is a chapter)."""
        self.close_area = False
        self.theme = ""
        super().start_area(area_id, title, ln)

    def check_numbers(self, column: str) -> None:
        """Refs printed with a dot ("1.1", "1.2") are told apart by the whole ref."""
        if column == _REC and any(i.label and "." in i.label for i in self.items[_REC]):
            seen: set[str] = set()
            for item in self.items[_REC]:
                if item.printed in seen:
                    self.issue(_REC, "duplicate number", item.printed, item.line,
                               f"recommendation {item.printed} is printed twice; all are "
                               "kept as printed")
                seen.add(item.printed)
            return
        super().check_numbers(column)


#: The rules each block is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[FindingsTableParser, int, Any], bool]], ...] = (
    ("area", FindingsTableParser.parse_area),
    ("table", FindingsTableParser.parse_table),
    ("text", FindingsTableParser.parse_text),
)


def read_findings_tables(doc: Document, known: frozenset[str]) -> FindingsTableParser | None:
    """Read recommendations printed in findings and action plan tables, or None when the
    document prints none (a table row naming recommendations is looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_findings_tables(doc, frozenset()) is None
    True
    """
    if not any(("\t" in line or "|" in line) and any(w in line for w in _HEADER_WORDS)
               for line in doc.lines):
        return None
    return run_prepared(FindingsTableParser(doc, known))


def findings_after(doc: Document, known: frozenset[str], parser: _Parser
                   ) -> FindingsTableParser | None:
    """A document another reader read with no recommendation, or whose table header (the
    one line a table reader read) is a findings table's: read as findings tables instead;
    None for any other (or when it prints no findings table).

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("| Area | Activity | Recommendations |", "|---|---|---|", "| 1. Roads | - | - |")
    >>> doc = Document(Path("t.md"), "recommendations", lines, "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.header_line = 1
    >>> parser.items["recommendations"].append(_Item("recommendations", 1, 1, 3))
    >>> findings_after(doc, frozenset(), parser) is None
    True
    """
    from wlga_analysis.interpret.recommendations.columns import header_cells

    if isinstance(parser, FindingsTableParser):
        return None
    if parser.items[_REC]:
        cells = header_cells(doc.lines, parser.header_line)
        if cells is None or findings_columns(cells, strict=True) is None:
            return None
    return read_findings_tables(doc, known)
