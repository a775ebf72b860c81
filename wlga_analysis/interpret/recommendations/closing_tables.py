"""Recommendations in a two-column table that closes each findings chapter.

A council scrutiny committee's task and finish group reports in numbered chapters ("1.
Chair's foreword", "2. Terms of reference", "3. How we gathered evidence", then findings
chapters "4. Eligibility and the learner travel policy" ..., "7. Next steps"); each findings
chapter gives its findings, bold "Conclusion N:" paragraphs, and closes with a table of two
columns, ``No. | Recommendation`` (or ``Ref. | Recommendations``, ``Number |
Recommendation``), whose rows are "That ..." clauses ("That the council reassesses ...",
"We recommend that the council ...") numbered on across the chapters (1-2, 3-5, 6-7; refs
"1" or "R1"). A careful reader reads it so:

- the **areas** are the chapters a table closes ("Eligibility and the learner travel
  policy", without its number; a chapter's printed number is the area id when every area
  prints one, else the areas are numbered in reading order); a generic sub-heading ("Our
  view") or a label ("Recommendations") between the chapter and its table is no area;
- each **row** is a recommendation: ``rec_id`` the No. cell ("R3" -> 3, the ref kept in
  ``rec_label``), its text the Recommendation cell as printed (with its "That");
- its **owners** the clause's subject (:func:`clause_owners`): the council, its Cabinet, a
  Cabinet Member, the Executive, the Leader or an officer of the council -> the code of
  "councils" (LG); other bodies as the owner code list reads them ("the Welsh Government"
  -> WG); a partner the subject works with follows it ("works with Transport for Wales",
  "in partnership with", "the council, with Carers Wales, ..."); a body the subject writes
  to or asks ("asks the Welsh Government to ...") is **no owner**;
- the chapter's paragraphs, "Conclusion N:" paragraphs included (conclusions are findings,
  not recommendations; a PDF prints them as one-cell panels drawn into the table's grid),
  are its remit; the other chapters (foreword, terms of reference, evidence, next steps)
  and any other table stay in the notes. **No activities**: such a report states none.

A table split over two pages (its header printed again) is one table. The patterns are in
:data:`CLOSING_RULES`; the reading is reported (check ``read from chapter tables``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Report", "", "## 2. Roads", "", "Potholes are many.", "",
...          "| No. | Recommendation |", "|---|---|",
...          "| 1 | That the Cabinet works with Transport for Wales on repairs. |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_closing_tables(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                              known)
>>> [(a.area_id, a.title, a.remit) for a in parser.areas.values()]
[(2, 'Roads', ['Potholes are many.'])]
>>> [(i.number, i.owners) for i in parser.items["recommendations"]]
[(1, ['LG', 'Transport for Wales'])]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.columns import header_cells
from wlga_analysis.interpret.recommendations.exhibit_boxes import _ref
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
)
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["CLOSING_RULES", "ClosingTableParser", "clause_owners", "closing_after_table",
           "lead_owners", "read_closing_tables"]

#: The patterns of this layout (matched ignoring case but where said): ``opener`` the words
#: before the clause ("We recommend that", "The group also recommends that"); ``council``
#: a body of the council as a clause's subject names it (case kept: capitalised names,
#: "Cabinet Member for Education", "Head of Culture"), read as the council; ``ref_header``
#: and ``rec_header`` the headers of the table's two columns ("No.", "Rec No.", "Ref";
#: "Recommendation(s)"; a third may be a Lead / Owner column, kind ``owner_column`` of
#: ``recommendation_words.csv``); ``label_heading`` a heading over a table that only labels
#: it ("Our recommendations": the chapter above is the area); ``partner`` the
#: words after the subject that name a partner ("works with", "working in partnership
#: with") and ``set_off`` a partner set off by commas after the subject (", with Carers
#: Wales,"), both followed by a capitalised name (``name``).
CLOSING_RULES: dict[str, str] = {
    "opener": r"(?i)\s*(?:[\w'\u2019]+\s+){1,4}?(?:also\s+|therefore\s+|further\s+)?"
              r"recommends?\s+that\s+",
    "council": r"(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ur\s+)?(?:Cabinet\s+Members?|Executive\s+Members?|"
               r"Cabinet|Executive(?:\s+Board)?|Leader(?:\s+of\s+the\s+[Cc]ouncil)?|"
               r"Deputy\s+Leader|Chief\s+Executive|(?:Corporate\s+|Strategic\s+)?Directors?|"
               r"Heads?\s+of\s+Service|Heads?|Service\s+Managers?)"
               r"(?:\s+(?:for|of)\s+[A-Z][\w'\u2019-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*)*)?",
    "partner": r"(?i)\b(?:works?|working)\s+(?:closely\s+|jointly\s+|together\s+)?"
               r"(?:in\s+partnership\s+)?(?:with|alongside)\s+",
    "set_off": r"(?i)^(?P<subject>[^,]{1,80}?)\s*,\s*(?:together\s+|jointly\s+|working\s+)?"
               r"(?:with|alongside|in\s+partnership\s+with)\s+(?P<partner>[^,]{1,80}?)\s*,\s*",
    "ref_header": r"(?i)(?:rec(?:ommendation)?\.?\s*)?(?:ref(?:erence)?|no|number|num|#|id|"
                  r"rhif)\.?",
    "rec_header": r"(?i)(?:our\s+|the\s+)?recommendations?|argymhelliad|argymhellion",
    "label_heading": r"(?i)(?:our\s+|the\s+|key\s+|the\s+group's\s+)?recommendations?|"
                     r"(?:ein\s+)?argymhellion",
    "name": r"(?:[Tt]he\s+)?[A-Z][\w'\u2019&-]*"
            r"(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'\u2019&-]*)*",
}
_RULES = {name: compile_regex(pattern) for name, pattern in CLOSING_RULES.items()}
#: A body of the council as a clause's subject (a verb or "and" after it) or a Lead cell
#: prints it (alone, or before a separator).
_COUNCIL_SUBJECT = compile_regex(CLOSING_RULES["council"] + r"(?=\s+(?:and\s+|[a-z]))")
_COUNCIL_CELL = compile_regex(CLOSING_RULES["council"] + r"(?=\s*(?:$|[,;/&(]|and\b|with\b))")
_THAT = compile_regex(r"(?i)\s*that\s+")
#: A chapter's number printed in its heading ("2 Direct payments", "3. Cost").
_CHAPTER_NUMBER = compile_regex(r"(\d{1,2})\.?\s+(?=[A-Za-z])")
#: Words a recommendations table's header row holds (the cheap test before the model).
_HEADER_WORDS = ("ecommend", "rgymhell")


def _partner_names(text: str, known: frozenset[str]) -> list[str]:
    """The partners a clause names after "works with" (capitalised names, known ones as
    their codes)."""
    from wlga_analysis.interpret.recommendations.prose_owners import _names

    found: list[str] = []
    for m in _RULES["partner"].finditer(text):
        name = _RULES["name"].match(text, m.end())
        if name is not None:
            found += _names(name.group(0), known)
    return found


def clause_owners(text: str, known: frozenset[str]) -> list[str]:
    """The owners of a "That ..." recommendation (see the module's notes): its subject's
    bodies, the council's own (Cabinet, Cabinet Member, Leader, officers) as the council,
    then the partners it works with; [] when the subject names no known body.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
    ...                               ("LG", "Local government", "councils")])
    >>> clause_owners("That the Cabinet Member for Education publishes a guide.", known)
    ['LG']
    >>> clause_owners("That the Cabinet writes to the Welsh Government asking it to act.",
    ...               known)
    ['LG']
    >>> clause_owners("We recommend that the council works with the WLGA to compare.", known)
    ['LG', 'WLGA']
    >>> clause_owners("That the council, with Carers Wales, writes a guide.", known)
    ['LG', 'Carers Wales']
    >>> clause_owners("That the Welsh Government and the council agree a contract.", known)
    ['WG', 'LG']
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names
    from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners

    opener = _RULES["opener"].match(text)
    clause = text[opener.end():] if opener else (
        text[m.end():] if (m := _THAT.match(text)) else text)
    clause = _COUNCIL_SUBJECT.sub("the council", clause)
    extra: list[str] = []
    set_off = _RULES["set_off"].match(clause)
    if set_off is not None:  # "the council, with Carers Wales, writes ...": the partner after
        partner = _RULES["name"].fullmatch(set_off.group("partner"))
        clause = set_off.group("subject") + " " + clause[set_off.end():]
        extra = [] if partner is None else _names(partner.group(0), known)
    owners = that_subject_owners("That " + clause, known) or []
    for name in [*extra, *(_partner_names(clause, known) if owners else [])]:
        if name not in owners:
            owners.append(name)
    return owners if owners and any(o in known for o in owners) else []


def lead_owners(cell: str, known: frozenset[str]) -> list[str]:
    """The owners a Lead cell names, the council's own bodies and officers ("Cabinet
    Member for Education", "Head of Transport") as the council's code.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""),
    ...                               ("LG", "Local government", "councils")])
    >>> lead_owners("Head of Transport", known), lead_owners("", known)
    (['LG'], [])
    >>> lead_owners("Cabinet Member for Education / Welsh Government", known)
    ['LG', 'WG']
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names, plural_code

    if not cell:
        return []
    owners: list[str] = []
    for name in _names(_COUNCIL_CELL.sub("the council", cell), known):
        name = plural_code(name, known)
        if name not in owners:
            owners.append(name)
    return owners


@dataclass
class _Row:
    """One recommendation of a table: its ref as printed, number, letter, text, line, and
    the Lead cell as printed ("" with no Lead column)."""

    ref: str
    number: int
    letter: str
    text: str
    line: int
    lead: str = ""


@dataclass
class _Closing:
    """What a recommendations table holds: the text of rows that are no recommendation
    (a PDF's conclusion panels drawn into its grid, before its header or after its rows),
    and its recommendations."""

    before: list[tuple[str, int]] = field(default_factory=list)
    recs: list[_Row] = field(default_factory=list)
    has_lead: bool = False


def _cells(row: tuple[Any, ...]) -> list[str]:
    return [clean_text(cell.text) for cell in row]


def _columns(cells: list[str]) -> tuple[int, int, int | None] | None:
    """(ref column, recommendation column, Lead column or None) of a header of two columns
    ("No. | Recommendation") or three with a Lead / Owner one; None for any other row.

    Examples
    --------
    >>> _columns(["No.", "Recommendation"]), _columns(["Ref", "Recommendations", "Lead"])
    ((0, 1, None), (0, 1, 2))
    >>> _columns(["No.", "Recommendation", "Status"]) is None
    True
    """
    from wlga_analysis.interpret.recommendations.columns import column_role

    if not 2 <= len(cells) <= 4:
        return None
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        word = cell.strip(" *:")
        if not word:
            continue
        role = "ref" if _RULES["ref_header"].fullmatch(word) else \
            "rec" if _RULES["rec_header"].fullmatch(word) else \
            "lead" if column_role(word) == "owners" else None
        if role is None or role in roles:
            return None
        roles[role] = index
    if "ref" not in roles or "rec" not in roles:
        return None
    return roles["ref"], roles["rec"], roles.get("lead")


def closing_rows(table: Table) -> _Closing | None:
    """The recommendations of a two-column ``No. | Recommendation`` table (with or without
    a Lead column; the header its header row, else a row of it: a PDF draws the panels
    above into the table's grid), or None for any other table.

    Examples
    --------
    >>> from wlga_analysis.read.text import read_text_lines
    >>> model = read_text_lines(["| No. | Recommendation |", "|---|---|", "| 2 | That X. |"])
    >>> [(r.number, r.text) for r in closing_rows(model.blocks[0]).recs]
    [(2, 'That X.')]
    >>> model = read_text_lines(["Conclusion 1: A.\\t", "No.\\tRecommendation", "1\\tThat X.",
    ...                          "Conclusion 2: B.\\t"])
    >>> closing_rows(model.blocks[0]).before
    [('Conclusion 1: A.', 1), ('Conclusion 2: B.', 4)]
    """
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    found = _Closing()
    columns: tuple[int, int, int | None] | None = None
    for row in rows:
        cells = _cells(row)
        line = row[0].location.line or 0
        header = _columns(cells)
        if header is not None and (columns is None or header == columns):
            columns = header  # (a header printed again after a page break: skipped)
            found.has_lead = header[2] is not None
            continue
        if columns is None:
            if sum(bool(c) for c in cells) != 1:
                return None
            found.before.append((next(c for c in cells if c), line))
            continue
        if not _closing_row(cells, columns, line, found):
            return None
    return found if found.recs else None


def _closing_row(cells: list[str], columns: tuple[int, int, int | None], line: int,
                 found: _Closing) -> bool:
    """Read one body row into ``found``; False when it is no row of such a table."""
    ref_col, rec_col, lead_col = columns
    if len(cells) <= max(c for c in columns if c is not None):
        return False
    ref, text = cells[ref_col], cells[rec_col]
    lead = cells[lead_col] if lead_col is not None else ""
    if not ref and (text or lead) and found.recs:  # a row carried over a page: its end
        last = found.recs[-1]
        last.text = f"{last.text} {text}".strip()
        last.lead = f"{last.lead} {lead}".strip()
        return True
    key = _ref(ref) if ref and text else None
    if key is None and ref and not text and not lead and found.recs and _ref(ref) is None:
        found.before.append((ref, line))  # a panel drawn into the grid after the rows
        return True
    if key is None:
        return False
    found.recs.append(_Row(ref, key[0], key[1], text, line, lead))
    return True


def _summaries(tables: dict[int, _Closing]) -> set[int]:
    """The tables that only repeat rows of two other tables or more (a "Summary of
    recommendations" before or after the chapters): same ref, same words.

    Examples
    --------
    >>> a, b = _Row("1", 1, "", "That X.", 3), _Row("2", 2, "", "That Y.", 9)
    >>> tables = {0: _Closing(recs=[a, b]), 4: _Closing(recs=[a]), 8: _Closing(recs=[b])}
    >>> _summaries(tables)
    {0}
    """
    from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

    printed: dict[tuple[int, str, str], set[int]] = {}
    for index, closing in tables.items():
        for row in closing.recs:
            printed.setdefault((row.number, row.letter, folded_printing(row.text)),
                               set()).add(index)
    found: set[int] = set()
    for index, closing in tables.items():
        keys = [(r.number, r.letter, folded_printing(r.text)) for r in closing.recs]
        elsewhere = [printed[key] - {index} for key in keys]
        if all(elsewhere) and len(set().union(*elsewhere) - found) >= 2:
            found.add(index)
    return found


def _chapter_heading(block: Block, lines: tuple[str, ...]) -> Block:
    """A numbered line that only names a chapter ("4. Eligibility", read as a numbered
    paragraph) as a heading: at the level of its Markdown marks, else below any marked
    heading; a heading printing its number ("2 Direct payments") keeps it apart."""
    from wlga_analysis.interpret.recommendations.prose import _section_name

    if isinstance(block, Heading) and block.number is None:  # "2 Direct payments"
        m = _CHAPTER_NUMBER.match(block.text.text)
        return block if m is None else Heading(
            block.text.slice(m.end(), len(block.text.text)), block.level, m.group(1),
            block.location)
    named = _section_name(block)
    if named is None:
        return block
    number, text = named
    ln = block.location.line or 0
    source = lines[ln - 1].lstrip() if 0 < ln <= len(lines) else ""
    marks = len(source) - len(source.lstrip("#"))
    level = marks if 0 < marks <= 6 and source[marks:marks + 1] == " " else \
        getattr(block, "level", 8 + number.count("."))
    return Heading(text, level, number, block.location)


class ClosingTableParser(_Parser):
    """The recommendations parser for chapters closed by ``No. | Recommendation`` tables
    (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its recommendations tables and the chapters
        they close; False when it prints none under a heading."""
        self.blocks = [_chapter_heading(b, self.lines) for b in document_blocks(self)]
        headed = any(isinstance(b, Heading) for b in self.blocks)  # (a chapter to close)
        self.tables = {i: rows for i, b in enumerate(self.blocks) if headed
                       and isinstance(b, Table) and (rows := closing_rows(b)) is not None}
        self.summaries = _summaries(self.tables)
        for index in self.summaries:  # (its rows are notes: read from the chapters)
            del self.tables[index]
        self.area_of = self.area_headings() if self.tables else {}
        return bool(self.area_of)

    def area_headings(self) -> dict[int, int]:
        """The chapters the tables close (heading index -> area id): the innermost open
        heading that is not the title, a label or a generic sub-heading; a printed chapter
        number is the area id when every area prints a different one, else reading order."""
        from wlga_analysis.interpret.recommendations.committee_reports import is_subheading
        from wlga_analysis.interpret.recommendations.prose import _label_role

        self.title_index = _title_index(self.blocks)
        stack: list[tuple[int, int]] = []
        found: list[int] = []
        for index, block in enumerate(self.blocks):
            if isinstance(block, Heading) and index != self.title_index:
                while stack and stack[-1][0] >= block.level:
                    stack.pop()
                stack.append((block.level, index))
            elif index in self.tables:
                area = next((i for _, i in reversed(stack) if _label_role(
                    text := clean_text(self.blocks[i].text.text)) is None
                    and not _RULES["label_heading"].fullmatch(text)
                    and not is_subheading(text, self.words["subheading"])),
                    stack[-1][1] if stack else None)
                if area is not None and area not in found:
                    found.append(area)
        printed = [self.blocks[i].number or "" for i in found]
        numbered = all(p.isdigit() for p in printed) and len(set(printed)) == len(printed)
        return {index: int(printed[n]) if numbered else n + 1
                for n, index in enumerate(found)}

    def run(self) -> None:
        if not hasattr(self, "area_of") and not self.prepare():
            raise self.doc.error("expected chapters closed by a 'No. | Recommendation' "
                                 "table; found none")
        self.area_level = 0
        self.read_keys: dict[tuple[int, str], _Item] = {}
        for index, block in enumerate(self.blocks):
            for _, rule in _BLOCK_RULES:
                if rule(self, index, block):
                    break
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from chapter tables", recs[0].printed, recs[0].line,
                       f"no recommendations table with areas: {len(recs)} recommendations "
                       f"were read from the 'No. | Recommendation' tables closing "
                       f"{len(self.areas)} chapters (each chapter an area), owners from "
                       "each clause's subject; check the reading against the document")
        self.finish()

    def check_areas(self) -> None:
        """No gap check: the area ids are the chapters' numbers, and the chapters with no
        table (the foreword, the evidence) are no areas."""

    # -- the rules of _BLOCK_RULES ------------------------------------------------------------
    def parse_heading(self, index: int, block: Block) -> bool:
        """A heading: the title, an area (a table closes it), a sub-heading inside the open
        area (a note; the area goes on), else a note that ends the area."""
        if not isinstance(block, Heading):
            return False
        text = clean_text(block.text.text)
        ln = block.location.line or 0
        if index in self.area_of:
            self.start_area(self.area_of[index], text.strip().rstrip(" .:;") or text, ln)
            self.area_level = block.level
            return True
        if self.current is None or block.level <= self.area_level:
            self.current = None
        if index == self.title_index and self.title is None:
            self.title = text
            self.notes.append(("title", text, ln))
        else:
            number = f"{block.number}. " if block.number else ""
            self.notes.append(("heading", number + text, ln))
        return True

    def parse_table(self, index: int, block: Block) -> bool:
        """A recommendations table: its rows are recommendations of the open area (the
        rows before its header are remit); any other table's rows are notes."""
        if not isinstance(block, Table):
            return False
        closing = self.tables.get(index)
        if index in self.summaries:
            self.issue(_REC, "printed twice", "", block.location.line,
                       "a table repeats the recommendations of the chapters' tables in the "
                       "same words (a summary): each is read once, from its chapter; its "
                       "rows are kept in the notes")
        if closing is None or self.current is None:
            for row in (block.header, *block.rows) if block.header else block.rows:
                text = " \u2013 ".join(t for t in _cells(row) if t)
                if text:
                    self.notes.append(("paragraph", text, row[0].location.line or 0))
            return True
        self.current.remit.extend(text for text, _ in closing.before)
        if closing.has_lead and "lead" not in self.extra_columns:
            self.extra_columns.append("lead")
        for row in closing.recs:
            self.recommendation(row)
        return True

    def recommendation(self, row: _Row) -> None:
        """One row: a recommendation (a row printed again with the same ref and words, a
        summary's, is reported and read once); owners the Lead cell's, then the clause's."""
        key = (row.number, row.letter)
        if key in self.read_keys and self.read_keys[key].pieces == [row.text]:
            self.issue(_REC, "printed twice", row.ref, row.line,
                       f"recommendation {row.ref} is printed again in the same words; read "
                       "once")
            self.notes.append(("paragraph", f"{row.ref} \u2013 {row.text}", row.line))
            return
        label = None if row.ref.strip(" .").isdigit() else row.ref
        item = _Item(_REC, row.number, self.current.area_id, row.line, pieces=[row.text],
                     label=label)
        if row.lead:
            item.extra["lead"] = row.lead
        for name in [*lead_owners(row.lead, self.known), *clause_owners(row.text, self.known)]:
            if name not in item.owners:
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)
        self.items[_REC].append(item)
        self.read_keys.setdefault(key, item)
        self.last_item[_REC] = item

    def parse_text(self, index: int, block: Block) -> bool:
        """Any other block: the open area's remit, else a note."""
        text = clean_text(block.text.text)
        if isinstance(block, ListItem):
            text = f"{block.marker} {text}"
        elif isinstance(block, Paragraph) and block.number is not None:
            text = f"{block.number}. {text}"
        if not text:
            return True
        if index == self.title_index and self.title is None:  # a plain line as the title
            self.title = text
            self.notes.append(("title", text, block.location.line or 0))
        elif self.current is not None:
            self.current.remit.append(text)
        else:
            self.notes.append(("paragraph", text, block.location.line or 0))
        return True


def _title_index(blocks: list[Block]) -> int | None:
    """The title: the first heading printing no chapter number and no date ("Date: 12
    January 2026" is a cover line) before the first table or numbered chapter; with none,
    the first plain line shaped as a heading before them (a plain-text export's title).

    Examples
    --------
    >>> from wlga_analysis.read.text import read_text_lines
    >>> blocks = list(read_text_lines(["Review of Libraries", "", "1. Method", "",
    ...                                "We met."]).blocks)
    >>> _title_index([_chapter_heading(b, ()) for b in blocks])
    0
    """
    from wlga_analysis.read.text_lines import has_heading_shape
    from wlga_analysis.text.dates import find_date

    line: int | None = None
    for index, block in enumerate(blocks):
        if isinstance(block, Table) or (isinstance(block, Heading) and block.number):
            break
        if not isinstance(block, (Heading, Paragraph)) or block.number is not None:
            continue
        text = clean_text(block.text.text)
        if ":" in text and find_date(text.split(":", 1)[1]):
            continue
        if isinstance(block, Heading):
            return index
        if line is None and has_heading_shape(text) and not find_date(text):
            line = index
    return line


#: The rules each block is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[ClosingTableParser, int, Any], bool]], ...] = (
    ("heading", ClosingTableParser.parse_heading),
    ("table", ClosingTableParser.parse_table),
    ("text", ClosingTableParser.parse_text),
)


def _may_hold_table(lines: tuple[str, ...] | list[str]) -> bool:
    """A cheap test before the model is built: a table row naming recommendations."""
    return any(("\t" in line or "|" in line) and any(w in line for w in _HEADER_WORDS)
               for line in lines)


def read_closing_tables(doc: Document, known: frozenset[str]) -> ClosingTableParser | None:
    """Read recommendations printed in ``No. | Recommendation`` tables closing chapters, or
    None when the document prints no such table under a heading.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_closing_tables(doc, frozenset()) is None
    True
    """
    if not _may_hold_table(doc.lines):
        return None
    return run_prepared(ClosingTableParser(doc, known))


def closing_after_table(doc: Document, known: frozenset[str], parser: _Parser
                        ) -> ClosingTableParser | None:
    """A document a table reader read whose table is ``No. | Recommendation | Lead`` and
    whose chapters hold such tables (areas the table reader made of chapters holding no
    recommendation, the foreword or terms of reference, or two tables or more): read as
    chapters closed by tables instead; None for any other (one header line looked at).

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("| Area | Activity | Recommendations |", "|---|---|---|", "| 1. Roads | - | - |")
    >>> doc = Document(Path("t.md"), "recommendations", lines, "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.header_line = 1
    >>> closing_after_table(doc, frozenset(), parser) is None
    True
    """
    cells = header_cells(doc.lines, parser.header_line)
    if cells is None or "ecommend" not in doc.lines[parser.header_line - 1]:
        return None
    columns = _columns(cells)
    if columns is None or columns[2] is None:
        return None
    holding = {item.area_id for item in parser.items[_REC]}
    closing = ClosingTableParser(doc, known)
    if not closing.prepare() or (len(closing.tables) < 2 and set(parser.areas) <= holding):
        return None
    closing.run()
    return closing
