"""Recommendations in an inspection report's improvement plan tables.

An inspectorate's report (Healthcare Inspectorate Wales, Care Inspectorate Wales, a joint
inspection of theirs) sets out its findings in chapters ("Quality of patient experience",
"Delivery of safe and effective care", ...) and ends with appendices the inspected service
fills in: an "Immediate improvement plan" (or "Immediate assurance") and an "Improvement
plan", each a table ``Improvement needed | Standard / Regulation | Service action |
Responsible officer | Timescale``, its rows grouped by **full-width rows** naming the
chapter (a Word or web table's merged cell; a Markdown grid table's spanning row, which the
text reader prints as a heading between two parts of the table with the same header). The
columns are found by their header (the patterns of :data:`PLAN_RULES`: an improvement
column, a responsible officer column, and a service action or timescale column). A careful
reader reads it so:

- each **cell of the improvement column** is a recommendation, numbered in **reading
  order** "1", "2", ... through the tables (the cells are unnumbered: reported, check
  ``numbered by the loader``); its text as printed;
- its **area** the group row above it (areas named alike are one area); a table with no
  group row above a row has the heading over the table as its area; **no themes**;
- its **owners** the **organisation of the responsible officer** the service filled in
  ("Team Manager, Glanmor University Health Board": the words after the last comma; a joint
  row's officers apart by ";"): a council ("... County Borough Council", "Cyngor ...") is
  the code of "councils", a known owner its code, any other body **as printed** (reported
  by the loader: check ``unknown owner code``; no code is invented);
- the other columns (the standard or regulation: a reference, no area; the service's
  action, the officer, the timescale: the service's response) and every other block
  (the findings, "No immediate concerns were identified", the appendices' lead-ins, the
  sign-off) are kept in the notes. **No activities**: the service actions are responses.

The reading is reported (check ``read from improvement plans``). The reader is tried only
when the table reader found no Working Group table (and a table line names an improvement
needed or required): it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Inspection of Tref CMHT", "",
...          "| Improvement needed | Service action | Responsible officer | Timescale |",
...          "|---|---|---|---|", "| **Staffing** | | | |",
...          "| Fill the posts. | Advertised. | Manager, Tref County Council | May 2026 |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_improvement_plans(Document(Path("p.md"), "recommendations", lines,
...                                          "0" * 64), known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Staffing')]
>>> [(i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
[('1', ['Fill the posts.'], ['LG'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas, other_block_text
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
    tables_by_header,
)
from wlga_analysis.read.model import Block, Cell, Heading, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["PLAN_RULES", "ImprovementPlanParser", "PlanColumns", "officer_owners",
           "plan_columns", "read_improvement_plans"]

#: The patterns of this layout, matched in full against a header cell (case and spacing
#: folded, "*" and ":" stripped): ``need`` the recommendations' column, ``officer`` who is
#: responsible, ``action`` the service's response, ``timescale`` when; ``council`` an
#: organisation that is a council (its owner the code of "councils"), ``body`` a word that
#: names an organisation (an officer's cell that is an organisation alone).
PLAN_RULES: dict[str, str] = {
    "need": r"(?:the\s+)?improvements?\s+(?:needed|required|identified)|"
            r"what\s+(?:needs\s+to|must)\s+improve",
    "officer": r"(?:responsible|accountable|named|lead)\s+(?:officers?|persons?|"
               r"individuals?|managers?|leads?)|persons?\s+responsible|responsibility|"
               r"owners?|leads?|responsible",
    "action": r"(?:service|provider|management|organisation|health\s+board|"
              r"local\s+authority)(?:'s)?\s+(?:actions?|responses?)|actions?\s+(?:planned|taken|"
              r"to\s+be\s+taken|agreed)|(?:planned\s+)?actions?|response",
    "timescale": r"timescales?|target\s+dates?|completion\s+dates?|by\s+when|deadlines?|"
                 r"due\s+dates?|date\s+due",
    "council": r"(?i)\b(?:county\s+borough\s+|county\s+|city\s+(?:and\s+county\s+)?|"
               r"borough\s+)?council$|^cyngor\b",
    "body": r"(?i)\b(?:council|board|government|trust|authority|service|association|"
            r"partnership|cyngor|bwrdd|llywodraeth)\b",
}

#: Words an improvement plan's header holds (the cheap test before the model).
_HEADER_WORDS = ("mprovement needed", "mprovement required", "mprovements needed",
                 "mprovements required", "mprovement identified", "mprovements identified",
                 "eeds to improve", "ust improve")


#: A group row's name is at most this long (a longer text is a sentence, a note).
_GROUP_CHARS = 100


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`PLAN_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in PLAN_RULES.items()}


@dataclass(frozen=True)
class PlanColumns:
    """Where the columns of an improvement plan are (0-based): the improvement needed (the
    recommendations) and the responsible officer (their owners)."""

    need: int
    officer: int


def _fold(cell: str) -> str:
    return " ".join(cell.casefold().replace("\u2019", "'").strip(" *:").split())


def plan_columns(cells: list[str] | tuple[str, ...]) -> PlanColumns | None:
    """The columns of an improvement plan with these header cells, or None for any other
    table (an improvement column, an officer column, and an action or timescale column).

    Examples
    --------
    >>> plan_columns(["Improvement needed", "Standard / Regulation", "Service action",
    ...               "Responsible officer", "Timescale"])
    PlanColumns(need=0, officer=3)
    >>> plan_columns(["Ref", "Improvements required", "Lead officer", "Target date"])
    PlanColumns(need=1, officer=2)
    >>> plan_columns(["Improvement needed", "Timescale"]) is None
    True
    """
    if not 3 <= len(cells) <= 8:
        return None
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = _fold(cell) if len(cell) <= 60 else ""
        role = next((r for r in ("need", "officer", "timescale", "action")
                     if text and r not in roles and _rules()[r].fullmatch(text)), None)
        if role is not None:
            roles[role] = index
    if "need" not in roles or "officer" not in roles or not (
            "action" in roles or "timescale" in roles):
        return None
    return PlanColumns(roles["need"], roles["officer"])


def officer_owners(cell: str, known: frozenset[str]) -> list[str]:
    """The owners a responsible officer's cell names: each officer's organisation (the
    words after the last comma; a cell that is an organisation alone), a council as the
    code of "councils", a known owner as its code, any other body as printed.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", "")])
    >>> officer_owners("Head of Service, Tref University Health Board; Head of Adult "
    ...                "Services, Tref County Borough Council", known)
    ['Tref University Health Board', 'LG']
    >>> officer_owners("Deputy Director, Welsh Government", known)
    ['WG']
    >>> officer_owners("Ward Manager", known)
    []
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names, plural_code

    owners: list[str] = []
    for part in re.split(r"[;\n]|<br>|\s+/\s+", cell):
        part = clean_text(part).strip(" .")
        if "," in part:
            name = part.rsplit(",", 1)[1].strip()
        elif _rules()["body"].search(part):
            name = part
        else:
            continue
        name = re.sub(r"(?i)^the\s+", "", name)
        found = [plural_code("council", known)] if _rules()["council"].search(name) \
            else _names(name, known)
        owners += [code for code in found if code and code not in owners]
    return owners


def _one_text(row: tuple[Cell, ...]) -> str | None:
    """The text of a row with one text across it (the other cells empty, or the same text
    repeated by a merged cell), else None."""
    texts = [t for t in (clean_text(c.text).strip() for c in row) if t]
    if len(row) < 2 or not texts or len(set(texts)) != 1 or len(texts) == len(row):
        return None
    return texts[0].strip(" *_")


def _is_group(text: str) -> bool:
    """Whether a row's one text names a group (a chapter's name: short, no full stop; "No
    immediate concerns were identified." is a sentence, a note)."""
    return len(text) <= _GROUP_CHARS and not text.endswith((".", ";", ":"))


class ImprovementPlanParser(ThemelessAreas, _Parser):  # (no theme: the chapters are the areas)
    """The recommendations parser for improvement plan tables (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its improvement plans; False when it prints
        none."""
        self.blocks: list[Block] = document_blocks(self)
        self.tables: dict[int, PlanColumns] = tables_by_header(self.blocks, plan_columns)
        if not self.tables:
            return False
        self.groups = self._group_headings()
        return True

    def _group_headings(self) -> set[int]:
        """The headings that are a plan's group rows: a heading between two parts of a
        plan with the same header (a spanning row the text reader printed as a heading)."""
        found: set[int] = set()
        for index in self.tables:
            before = index - 1
            if before > 0 and isinstance(self.blocks[before], Heading) and \
                    (before - 1) in self.tables and \
                    self.blocks[before - 1].header_text == self.blocks[index].header_text:
                found.add(before)
        return found

    def run(self) -> None:
        if not hasattr(self, "tables") and not self.prepare():
            raise self.doc.error("expected improvement plan tables ('Improvement needed | "
                                 "... | Responsible officer | Timescale'); found none")
        self.pending: tuple[str, int] | None = None  # a group not yet opened as an area
        self.heading: Heading | None = None  # the last heading before a plan
        for index, block in enumerate(self.blocks):
            if index in self.groups:
                self._group(clean_text(block.text.text).strip(" *_"), block.location.line or 0)
            elif index in self.tables:
                self._table(index, block)
            else:
                self.heading = block if isinstance(block, Heading) else self.heading
                self._text(block)
        self._group("", 0)  # (a last group with no recommendation: a note)
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from improvement plans", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the improvement column "
                       f"of {len(self.tables) - len(self.groups)} improvement plan tables "
                       f"({len(self.areas)} areas: the group rows), numbered in reading "
                       "order, owners the responsible officer's organisation, the service's "
                       "response kept in the notes; check the reading against the document")
        self.finish()

    def _text(self, block: Block) -> None:
        """A block outside the plans: the title (the first heading of level 1 or 2), else
        a note (another table's rows too)."""
        text = other_block_text(self, block)  # (a table's rows: notes)
        if text is None:
            return
        ln = block.location.line or 0
        if self.title is None and not self.areas and isinstance(block, Heading) \
                and block.level <= 2 and len(text) > 12:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _group(self, text: str, ln: int) -> None:
        """A group row: the area of the recommendations below it (opened at the first; a
        group with none is a note)."""
        if self.pending is not None:
            self.notes.append(("heading", *self.pending))
        self.pending = (text, ln) if text else None
        self.heading = None

    def _open_area(self) -> None:
        """Open the area of the next recommendation: the group row above it, else the
        heading over its plan (a plan with no group rows)."""
        if self.pending is None and self.heading is not None:
            self.pending = (clean_text(self.heading.text.text).strip(" *_"),
                            self.heading.location.line or 0)
            self.heading = None
        if self.pending is not None:
            self.named_area(*self.pending)
            self.pending = None

    def _table(self, index: int, table: Table) -> None:
        """An improvement plan: per row a group row's area, or a recommendation (the
        improvement cell) and its notes (the other cells)."""
        columns = self.tables[index]
        ln = table.location.line or 0
        self.notes.append(("paragraph", " \u2013 ".join(t for t in table.header_text if t), ln))
        for row in table.rows:
            one = _one_text(row)
            line = row[0].location.line or ln if row else ln
            if one is not None:
                if _is_group(one):
                    self._group(one, line)
                else:
                    self.notes.append(("paragraph", one, line))  # ("No concerns were ...")
                continue
            for column, cell in enumerate(row):
                text = clean_text(cell.text).strip()
                if column == columns.need and text:
                    self._open_area()
                if column == columns.need and text and self.current is not None:
                    officer = clean_text(row[columns.officer].text) \
                        if columns.officer < len(row) else ""
                    self._recommendation(text, cell.location.line or line, officer)
                elif text:
                    self.notes.append(("paragraph", text, cell.location.line or line))

    def _recommendation(self, text: str, ln: int, officer: str) -> None:
        """One improvement cell: the next recommendation of the open area, its owners the
        officer's organisations."""
        number = self.next_no(_REC)
        if number == 1:
            self.issue(_REC, "numbered by the loader", number, ln,
                       "the improvement cells are printed with no number; each is "
                       "numbered by its place in reading order")
        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        for name in officer_owners(officer, self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item


def read_improvement_plans(doc: Document, known: frozenset[str]
                           ) -> ImprovementPlanParser | None:
    """Read recommendations printed in the improvement column of improvement plan tables,
    or None when the document prints none (a table line naming an improvement needed is
    looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_improvement_plans(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if not any(w in text for w in _HEADER_WORDS) or not any(
            ("\t" in line or "|" in line) and any(w in line for w in _HEADER_WORDS)
            for line in doc.lines):
        return None
    return run_prepared(ImprovementPlanParser(doc, known))
