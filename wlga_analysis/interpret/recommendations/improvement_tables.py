"""Recommendations in an inspection's "Strengths | Areas for improvement" tables.

An inspectorate's letter or report (Care Inspectorate Wales's performance evaluation
inspection of a council's social services, Estyn's or a peer review's findings) sets out
its findings under headings (the principles of the Social Services and Well-being (Wales)
Act 2014: "People – voice and choice", "Prevention", ...), each a table of two columns
side by side, ``Strengths | Areas for improvement`` (or ``What is working well | Areas
for development``, ``Cryfderau | Meysydd i'w gwella``), with bullets in each cell; or one
table with a row per heading (``Principle | Strengths | Areas for improvement``). The
columns are found by their header (the patterns of :data:`IMPROVEMENT_RULES`: a
strengths column and an improvement column both). A careful reader reads it so:

- the **areas** are the headings over the tables in reading order (a table with no
  heading of its own after another continues that one's area), or, in a table with a
  first column of its own, that column's cell of each row; **no themes** (the heading over
  the headings, "Findings", is a chapter);
- each **bullet of the improvement column** is a recommendation (a cell's paragraph with
  no bullet of its own continues the bullet above), numbered in **reading order** "1",
  "2", ... through the tables (the bullets are unnumbered: reported, check ``numbered by
  the loader``); its text as printed;
- its **owners**: the subject of its sentence ("The local authority should ..." is the
  council); an imperative ("Ensure ...", "Agree with the health board ...") is addressed
  to the body the letter is about: the council (LG) when the cover names a council or a
  local authority; none otherwise (reported);
- the **strengths** are findings, no recommendations and no activities: each bullet is
  kept in the notes, as is every other line (the introduction's "the areas for
  improvement the local authority should address", "Next steps", the methodology).

The reading is reported (check ``read from improvement tables``). The reader is tried only
when the table reader found no Working Group table (and a line names strengths): it costs
nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Inspection of Tref Council", "", "## Prevention", "",
...          "| Strengths | Areas for improvement |", "|---|---|",
...          "| - Advice is good. | - Reduce waiting times.<br>- Recruit carers. |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_improvement_tables(Document(Path("c.md"), "recommendations", lines,
...                                           "0" * 64), known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Prevention')]
>>> [(i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
[('1', ['Reduce waiting times.'], ['LG']), ('2', ['Recruit carers.'], ['LG'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import (
    ThemelessAreas,
    other_block_text,
    table_notes,
)
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
    tables_by_header,
)
from wlga_analysis.read.model import Block, Cell, Heading, ListItem, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["IMPROVEMENT_RULES", "ImprovementColumns", "ImprovementTableParser",
           "improvement_columns", "read_improvement_tables", "table_notes"]

#: The patterns of this layout: ``strengths`` and ``improvement`` matched in full against
#: a header cell (case and spacing folded, "*" and ":" stripped); ``bullet`` a bullet
#: printed as text at the start of a cell's paragraph (a Markdown "- ", a "•");
#: ``addressee`` a body the cover names whose recommendations are the council's (LG).
IMPROVEMENT_RULES: dict[str, str] = {
    "strengths": r"(?:key\s+|our\s+)?strengths?(?:\s+(?:found|identified|noted))?|"
                 r"what\s+(?:is\s+working|works|went|is\s+going)\s+well|"
                 r"(?:areas?\s+of\s+)?good\s+practice|positives?|cryfderau|cryfder",
    "improvement": r"(?:key\s+)?areas?\s+(?:for|of|requiring|needing|to)\s+"
                   r"(?:further\s+)?(?:improvement|development|improve|develop)|"
                   r"(?:improvements?|developments?)\s+(?:needed|required)|"
                   r"what\s+(?:needs\s+to|should|could)\s+(?:improve|be\s+improved|change)|"
                   r"even\s+better\s+if|meysydd\s+i'?w\s+gwella|meysydd\s+i'?w\s+datblygu",
    "bullet": r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013\uf0b7\u00b7]|o(?=\s))\s+",
    "addressee": r"(?i)\b(?:council|cyngor|local\s+authority|awdurdod\s+lleol)\b",
}


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`IMPROVEMENT_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in IMPROVEMENT_RULES.items()}


#: Words a strengths table's header holds (the cheap test before the model).
_HEADER_WORDS = ("trength", "ryfder", "working well", "went well", "ood practice")
#: Blocks of the cover the addressed body is looked for in.
_COVER_BLOCKS = 12


@dataclass(frozen=True)
class ImprovementColumns:
    """Where the columns of a strengths table are (0-based): the strengths, the
    improvement columns (the recommendations: "Areas for improvement", and "Areas for
    development" beside it) and a first column of its own naming each row's area (None
    when there is none)."""

    strengths: int
    improvement: tuple[int, ...]
    area: int | None = None


def _fold(cell: str) -> str:
    return " ".join(cell.casefold().replace("\u2019", "'").strip(" *:").split())


def improvement_columns(cells: list[str] | tuple[str, ...]) -> ImprovementColumns | None:
    """The columns of a strengths table with these header cells, or None for any other
    table (a strengths column and an improvement column are both needed).

    Examples
    --------
    >>> improvement_columns(["Strengths", "Areas for improvement"])
    ImprovementColumns(strengths=0, improvement=(1,), area=None)
    >>> improvement_columns(["Principle", "What is working well", "Areas for development"])
    ImprovementColumns(strengths=1, improvement=(2,), area=0)
    >>> improvement_columns(["Strengths", "Areas for improvement", "Areas for development"])
    ImprovementColumns(strengths=0, improvement=(1, 2), area=None)
    >>> improvement_columns(["Area", "Recommendations"]) is None
    True
    """
    if not 2 <= len(cells) <= 4:
        return None
    roles: dict[str, list[int]] = {"strengths": [], "improvement": []}
    for index, cell in enumerate(cells):
        text = _fold(cell) if len(cell) <= 60 else ""
        role = next((r for r in roles if text and _rules()[r].fullmatch(text)), None)
        if role is not None:
            roles[role].append(index)
    if not roles["strengths"] or not roles["improvement"]:
        return None
    area = 0 if 0 not in roles["strengths"] + roles["improvement"] else None
    return ImprovementColumns(roles["strengths"][0], tuple(roles["improvement"]), area)


def cell_bullets(cell: Cell) -> list[tuple[str, int]]:
    """(text, line) of each bullet of a cell: a list item, or a paragraph opening with a
    bullet printed as text ("- ", "• "); a paragraph with none continues the bullet above
    (or is one of its own, first in the cell).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> cell = Cell((Paragraph(Inline("- Ensure plans")), Paragraph(Inline("are kept.")),
    ...              Paragraph(Inline("- Recruit carers."))))
    >>> [text for text, _ in cell_bullets(cell)]
    ['Ensure plans are kept.', 'Recruit carers.']
    """
    found: list[tuple[str, int]] = []
    for block in cell.blocks:
        if not hasattr(block, "text"):
            continue
        text = clean_text(block.text.text).strip()
        marker = _rules()["bullet"].match(text)
        line = block.location.line or cell.location.line or 0
        if marker is not None:
            text = text[marker.end():].strip()
        if not text:
            continue
        if isinstance(block, ListItem) or marker is not None or not found:
            found.append((text, line))
        else:
            found[-1] = (f"{found[-1][0]} {text}", found[-1][1])
    return found


class ImprovementTableParser(ThemelessAreas, _Parser):  # (no theme: a chapter is over them)
    """The recommendations parser for strengths and improvement tables (see the module's
    notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its strengths tables; False when it prints
        none."""
        self.blocks: list[Block] = document_blocks(self)
        self.tables: dict[int, ImprovementColumns] = tables_by_header(
            self.blocks, improvement_columns)
        if not self.tables:
            return False
        self.heading_of = self._headings()
        self.body = self._addressee()
        return True

    def _headings(self) -> dict[int, int]:
        """Each strengths table's heading (table index -> heading block index): the last
        heading since the previous strengths table, if any."""
        found: dict[int, int] = {}
        candidate: int | None = None
        for index, block in enumerate(self.blocks):
            if index in self.tables:
                if candidate is not None:
                    found[index] = candidate
                candidate = None
            elif isinstance(block, Heading) and clean_text(block.text.text).strip():
                candidate = index
        return found

    def _addressee(self) -> str | None:
        """The owner code of the body the cover names: the council's (LG), or None."""
        from wlga_analysis.interpret.recommendations.closing_tables import lead_owners

        for block in self.blocks[:min(min(self.tables), _COVER_BLOCKS)]:
            if hasattr(block, "text") and _rules()["addressee"].search(block.text.text):
                codes = [c for c in lead_owners("the council", self.known) if c in self.known]
                return codes[0] if codes else None
        return None

    def run(self) -> None:
        if not hasattr(self, "tables") and not self.prepare():
            raise self.doc.error("expected tables of 'Strengths | Areas for improvement'; "
                                 "found none")
        headings = {h for t, h in self.heading_of.items() if self.tables[t].area is None}
        for index, block in enumerate(self.blocks):
            if index in self.tables:
                self._table(index, block)
            elif index not in headings:
                self._text(block)
        recs = self.items[_REC]
        if recs:
            owners = f"owners the addressed body ({self.body}) unless a sentence names " \
                "its own" if self.body else "owners from each sentence's subject"
            self.issue(_REC, "read from improvement tables", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the improvement column "
                       f"of the strengths tables of {len(self.areas)} areas (each table's "
                       f"heading an area), numbered in reading order, the strengths kept in "
                       f"the notes, {owners}; check the reading against the document")
        self.finish()

    def _text(self, block: Block) -> None:
        """A block outside the strengths tables: the title (the first heading of level 1,
        or a bold first paragraph with none), else a note (another table's rows too)."""
        text = other_block_text(self, block)  # (a table's rows: notes)
        if text is None:
            return
        ln = block.location.line or 0
        if self.title is None and not self.areas and isinstance(block, Heading) \
                and block.level <= 3 and len(text) > 12:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        kind = "heading" if isinstance(block, Heading) else "paragraph"
        self.notes.append((kind, text, ln))

    def _table(self, index: int, table: Table) -> None:
        """A strengths table: its heading's area, then per row the strengths (notes) and
        the improvement bullets (recommendations)."""
        columns = self.tables[index]
        ln = table.location.line or 0
        self.notes.append(("paragraph", " \u2013 ".join(t for t in table.header_text if t), ln))
        if index in self.heading_of and columns.area is None:
            heading = self.blocks[self.heading_of[index]]
            self.named_area(clean_text(heading.text.text).strip(),
                            heading.location.line or ln)
        for row in table.rows:
            cells = list(row)
            if columns.area is not None and len(cells) > columns.area and \
                    clean_text(cells[columns.area].text):
                self.named_area(clean_text(cells[columns.area].text).strip(),
                                cells[columns.area].location.line or ln)
            if self.current is None:
                from wlga_analysis.interpret.recommendations.response_rows import title_area

                title_area(self, table, "strengths table")  # type: ignore[arg-type]
            for column, cell in enumerate(cells):
                if column in columns.improvement:
                    for text, line in cell_bullets(cell):
                        self._recommendation(text, line)
                elif column != columns.area:
                    for text, line in cell_bullets(cell):
                        self.notes.append(("paragraph", text, line))

    def _recommendation(self, text: str, ln: int) -> None:
        """One improvement bullet: the next recommendation of the open area."""
        from wlga_analysis.interpret.recommendations.closing_tables import clause_owners
        from wlga_analysis.interpret.recommendations.subject_partners import subject_partners

        number = self.next_no(_REC)
        if number == 1:
            self.issue(_REC, "numbered by the loader", number, ln,
                       "the improvement bullets are printed with no number; each is "
                       "numbered by its place in reading order")
        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        codes = clause_owners(text, self.known) or ([self.body] if self.body else [])
        if codes:  # (an imperative "Work with the WLGA to ...": the WLGA a partner)
            codes = subject_partners(text, self.known, codes)
        item.owners.extend(dict.fromkeys(codes))
        self.items[_REC].append(item)
        self.last_item[_REC] = item


def read_improvement_tables(doc: Document, known: frozenset[str]
                            ) -> ImprovementTableParser | None:
    """Read recommendations printed in the improvement column of strengths tables, or
    None when the document prints none (a table line naming strengths is looked for
    first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_improvement_tables(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if not any(w in text for w in _HEADER_WORDS) or not any(
            ("\t" in line or "|" in line) and any(w in line for w in _HEADER_WORDS)
            for line in doc.lines):
        return None
    return run_prepared(ImprovementTableParser(doc, known))
