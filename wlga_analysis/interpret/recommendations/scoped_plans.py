"""A review's action plan whose recommendations carry their scope: "Local", "Regional",
"National".

A Domestic Homicide Review (a Single Unified Safeguarding Review, an Adult or Child
Practice Review) prints its recommendations twice: in its executive summary, numbered
under the sub-headings of their **scope** (``### Local`` / ``### Regional`` / ``###
National``), and in its action plan, a table whose header names the recommendation, its
scope and the agency that leads::

    | No. | Recommendation         | Scope | Action to take         | Lead agency | ... |
    | 1   | Glanmor CBC should ... | Local | Add a question ...     | Glanmor CBC | ... |
    |     |                        |       | Brief social workers   | Glanmor CBC | ... |

A careful reader reads it so:

- each **row with a recommendation** is a recommendation, numbered as printed in the number
  column (else in reading order), its text the recommendation cell; a row whose number and
  recommendation cells are empty (a second action: a web page's ``rowspan``, a Word file's
  vertically merged cells) or repeat the row above (a print's merged cell on each row) is
  **the same recommendation**: its cells are notes;
- its **area** the scope cell (areas named alike are one area; an empty scope cell: the
  area of the row above); **no themes**;
- its **owners** the addressees its sentence names ("South Wales Police and Glanmor County
  Borough Council should ...": the police and the council, a council the code of
  "councils"), else the lead agency cell's;
- every other cell (actions, milestones, dates, completion notes: the agencies' response,
  **no activities**) and every other block (the executive summary, and its lists of the
  same recommendations under their scope headings) are kept in the notes.

The columns are found by the header's names (the patterns of :data:`SCOPED_PLAN_RULES`).
The reader is tried only when a table reader failed on the document (its header named a
recommendation column) or no reader found a table; a line naming a scope column is looked
for first. The reading is reported (check ``read from a scoped action plan``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Review", "", "| Ref | Recommendation | Scope | Lead agency |", "|---|---|---|---|",
...          "| 1 | Tref County Council should train staff. | Local | Tref County Council |",
...          "| 2 | The Welsh Government should revise the guidance. | National | WG |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_scoped_plans(Document(Path("p.md"), "recommendations", lines, "0" * 64),
...                            known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Local'), (2, 'National')]
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('1', ['LG']), ('2', ['WG'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
    tables_by_header,
)
from wlga_analysis.read.model import Block, Cell, Heading, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SCOPED_PLAN_RULES", "ScopedPlanParser", "read_scoped_plans", "scoped_after",
           "scoped_columns", "sentence_owners"]

#: The patterns of this layout, matched in full against a header cell (case and spacing
#: folded, "*" and ":" stripped): ``number`` the recommendation's number, ``recommendation``
#: its text, ``scope`` where it applies (the area), ``lead`` the agency that leads,
#: ``action`` what is to be done (the response).
SCOPED_PLAN_RULES: dict[str, str] = {
    "number": r"no\.?|number|ref\.?|reference|rec\.?|rec(?:ommendation)?\s+(?:no\.?|number|"
              r"ref\.?)|#",
    "recommendation": r"(?:single\s+agency\s+|multi-agency\s+)?recommendations?",
    "scope": r"scope|level|(?:local\s*/\s*regional\s*/\s*national)|"
             r"(?:local|regional|national)(?:\s*/\s*(?:regional|national))*\s+or\s+\w+",
    "lead": r"lead\s+(?:agency|agencies|organisation|organization|body|partner)|"
            r"(?:responsible|lead)\s+(?:agency|agencies|partner)|agency|agencies",
    "action": r"actions?(?:\s+to\s+(?:take|be\s+taken))?|actions?\s+(?:agreed|planned)|"
              r"what\s+will\s+be\s+done",
    "scope_heading": r"(?i)(?:local|regional|national)(?:\s+(?:level|recommendations?))?",
}

#: The rules of :data:`SCOPED_PLAN_RULES` that name a column.
_ROLES = ("number", "recommendation", "scope", "lead", "action")
#: Words a scoped plan's header holds (the cheap test before the model).
_HEADER_WORDS = ("Scope", "scope", "SCOPE", "Level", "level", "Regional", "regional")


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`SCOPED_PLAN_RULES` (compiled on first use)."""
    rules = {name: compile_regex(pattern) for name, pattern in SCOPED_PLAN_RULES.items()}
    rules["ref"] = compile_regex(r"[A-Za-z]{0,3}\s*(\d{1,3})[a-z]?")  # ("1", "R1", "REC 2")
    return rules


@dataclass(frozen=True)
class ScopedColumns:
    """Where the columns of a scoped action plan are (0-based; None: not printed)."""

    number: int | None
    recommendation: int
    scope: int
    lead: int | None


def scoped_columns(cells: list[str] | tuple[str, ...]) -> ScopedColumns | None:
    """The columns of a scoped action plan with these header cells, or None for any other
    table (a recommendation column, a scope column, and a lead agency or action column).

    Examples
    --------
    >>> scoped_columns(["No.", "Recommendation", "Scope", "Action to take", "Lead agency"])
    ScopedColumns(number=0, recommendation=1, scope=2, lead=4)
    >>> scoped_columns(["Recommendation", "Level", "Actions"])
    ScopedColumns(number=None, recommendation=0, scope=1, lead=None)
    >>> scoped_columns(["No.", "Recommendation", "Lead agency"]) is None
    True
    """
    if not 3 <= len(cells) <= 10:
        return None
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = " ".join(cell.casefold().strip(" *:").split()) if len(cell) <= 60 else ""
        role = next((r for r in _ROLES
                     if text and r not in roles and _rules()[r].fullmatch(text)), None)
        if role is not None:
            roles[role] = index
    if "recommendation" not in roles or "scope" not in roles or not (
            "lead" in roles or "action" in roles):
        return None
    return ScopedColumns(roles.get("number"), roles["recommendation"], roles["scope"],
                         roles.get("lead"))


def _cell(row: tuple[Cell, ...], column: int | None) -> str:
    """A row's cell's text (empty for a column not printed or a short row)."""
    return clean_text(row[column].text).strip() if column is not None and column < len(row) \
        else ""


#: Words of a priority, not a scope: a "Level" column holding them ranks the rows.
_PRIORITY_WORDS = frozenset({"high", "medium", "low", "critical", "h", "m", "l"})


def _priorities(table: Table, column: int) -> bool:
    """Whether a table's "Level" column ranks its rows (High / Medium / Low): no scope."""
    values = {_cell(row, column).casefold().strip(" *.") for row in table.rows} - {""}
    return bool(values) and values <= _PRIORITY_WORDS


def sentence_owners(text: str, lead: str, known: frozenset[str]) -> list[str]:
    """The owners of a recommendation: the addressees its sentence's subject names (a
    council the code of "councils"), else the lead agency cell's.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", "")])
    >>> sentence_owners("Dyfed-Powys Police and Tref County Council should agree a protocol.",
    ...                 "Dyfed-Powys Police", known)
    ['Dyfed-Powys Police', 'LG']
    >>> sentence_owners("Training on coercive control is needed.", "Tref County Council", known)
    ['LG']
    """
    from wlga_analysis.interpret.recommendations.determinations import body_owner
    from wlga_analysis.interpret.recommendations.improvement_plans import officer_owners
    from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

    leads = [n.strip() for n in re.split(r"[;\n]", re.sub(r"\s*\([^()]*\)", "", lead))]
    owners: list[str] = []
    for name in subject_owners(text, known):
        whole = next((n for n in leads if n and name in n and n in text), None)
        code = body_owner(whole or name, known) or whole or name
        if code not in owners:
            owners.append(code)
    return owners or officer_owners("; ".join(leads), known)


class ScopedPlanParser(ThemelessAreas, _Parser):  # (no theme: the scopes are the areas)
    """The recommendations parser for scoped action plans (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its scoped action plans; False when it
        prints none."""
        self.blocks: list[Block] = document_blocks(self)
        self.tables: dict[int, ScopedColumns] = {
            index: columns for index, columns in
            tables_by_header(self.blocks, scoped_columns).items()
            if not _priorities(self.blocks[index], columns.scope)}  # type: ignore[arg-type]
        self.listed: dict[int, str] = {} if self.tables else self._scope_lists()
        return bool(self.tables or self.listed)

    def _scope_lists(self) -> dict[int, str]:
        """With no action plan: the numbered paragraphs under scope headings ("Local",
        "Regional", "National"), by index, each with its heading (two scopes at least)."""
        found: dict[int, str] = {}
        scope: str | None = None
        for index, block in enumerate(self.blocks):
            if isinstance(block, Heading):
                text = clean_text(block.text.text).strip()
                scope = text if _rules()["scope_heading"].fullmatch(text) else None
            elif scope is not None and getattr(block, "number", None) is not None:
                found[index] = scope
        return found if len(set(found.values())) >= 2 else {}

    def run(self) -> None:
        if not hasattr(self, "tables") and not self.prepare():
            raise self.doc.error("expected an action plan table ('No. | Recommendation | "
                                 "Scope | ... | Lead agency'); found none")
        from wlga_analysis.interpret.recommendations.improvement_tables import table_notes

        for index, block in enumerate(self.blocks):
            if index in self.tables:
                self._table(block, self.tables[index])  # type: ignore[arg-type]
            elif isinstance(block, Table):
                table_notes(self, block)
            elif index in self.listed:
                self._listed(block, self.listed[index])
            else:
                self._text(block)
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from a scoped action plan", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the recommendation "
                       f"column of an action plan ({len(self.areas)} areas: the scope "
                       "column), owners the addressees of each sentence (else the lead "
                       "agency), the actions, the summary's lists and the other cells kept "
                       "in the notes; check the reading against the document")
        self.finish()

    def _text(self, block: Block) -> None:
        """A block outside the plans: the title (the first heading of level 1 or 2), else
        a note."""
        ln = block.location.line or 0
        text = clean_text(block.text.text).strip() if hasattr(block, "text") else ""
        if not text:
            return
        if self.title is None and isinstance(block, Heading) and block.level <= 2 \
                and len(text) > 12:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        number = getattr(block, "number", None)
        text = f"{number}. {text}" if number is not None else text
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _table(self, table: Table, columns: ScopedColumns) -> None:
        """A scoped action plan: per row a recommendation (or the same one's next action)
        and its other cells as notes."""
        ln = table.location.line or 0
        self.notes.append(("paragraph", " \u2013 ".join(t for t in table.header_text if t), ln))
        last = self.last_item[_REC]
        for row in table.rows:
            line = row[0].location.line or ln if row else ln
            text = _cell(row, columns.recommendation)
            if text and (last is None or text != " ".join(last.pieces)):
                last = self._recommendation(row, columns, text, line)
            for column, cell in enumerate(row):
                value = clean_text(cell.text).strip()
                if value and column not in (columns.recommendation, columns.number,
                                            columns.scope):
                    self.notes.append(("paragraph", value, cell.location.line or line))

    def _recommendation(self, row: tuple[Cell, ...], columns: ScopedColumns, text: str,
                        ln: int) -> _Item:
        """A row's recommendation: the next of its scope's area."""
        scope = _cell(row, columns.scope).strip(" *_")
        if scope or self.current is None:
            self.named_area(scope or "Recommendations", ln)
        printed = _cell(row, columns.number).rstrip(".")
        m = _rules()["ref"].fullmatch(printed)
        number = int(m.group(1)) if m else self.next_no(_REC)
        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text],
                     label=printed if m and not printed.isdigit() else None)
        for name in sentence_owners(text, _cell(row, columns.lead), self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        return item

    def _listed(self, block: Block, scope: str) -> None:
        """A numbered paragraph under a scope heading (no action plan): a recommendation
        of its scope's area, numbered as printed."""
        ln = block.location.line or 0
        self.named_area(scope, ln)
        text = clean_text(block.text.text).strip()  # type: ignore[attr-defined]
        number = block.number  # type: ignore[attr-defined]
        assert self.current is not None
        item = _Item(_REC, int(number) if str(number).isdigit() else self.next_no(_REC),
                     self.current.area_id, ln, pieces=[text])
        for name in sentence_owners(text, "", self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item


def read_scoped_plans(doc: Document, known: frozenset[str]) -> ScopedPlanParser | None:
    """Read recommendations from an action plan with a scope column, or None when the
    document prints none (a line naming a scope is looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_scoped_plans(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if "ecommendation" not in text:
        return None
    headings = "# Local" in text and ("# Regional" in text or "# National" in text)
    if not headings and not (any(w in text for w in _HEADER_WORDS) and any(
            w in line for line in doc.lines if "|" in line or "\t" in line
            for w in _HEADER_WORDS)):
        return None  # (neither scope headings nor a table line naming a scope)
    return run_prepared(ScopedPlanParser(doc, known), lenient=True)


def scoped_after(doc: Document, known: frozenset[str], parser: _Parser
                 ) -> ScopedPlanParser | None:
    """A document a table reader read whose table header (the one line it read) is a
    scoped action plan's: read as a scoped action plan instead; None for any other.

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("| Area | Activity | Recommendations |", "|---|---|---|", "| 1. Roads | - | - |")
    >>> doc = Document(Path("t.md"), "recommendations", lines, "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.header_line = 1
    >>> scoped_after(doc, frozenset(), parser) is None
    True
    """
    line = parser.header_line
    if line is None or not 0 < line <= len(doc.lines) or isinstance(parser, ScopedPlanParser) \
            or not any(w in doc.lines[line - 1] for w in _HEADER_WORDS):
        return None  # (the cheap look first: the header line names no scope)
    from wlga_analysis.interpret.recommendations.columns import header_cells

    cells = header_cells(doc.lines, parser.header_line)
    if cells is None or scoped_columns(cells) is None:
        return None
    return run_prepared(ScopedPlanParser(doc, known), lenient=True)
