"""Recommendations written as prose: a report's sentences, not a table.

A task-and-finish group's final report prints no recommendations table: its areas are
headings ("### Area 1: The sparsity factor", or a plain "### Rural transport" under a theme
heading), and under each heading paragraphs say what the area is for ("The aim is ..."), what
work is done or under way ("Data Cymru has published ..."), and what the group recommends
("Recommendation 1 is that ...", "Recommendation 2: That ...", "We recommend that ...
(Recommendation 3)"), with who should lead in words ("..., led by Welsh Government with the
WLGA", "with Data Cymru as lead", "The CJCs should lead, supported by Transport for Wales").

:class:`ProseParser` reads that from the document model (:mod:`wlga_analysis.read`), so every
form (text, Markdown, web page, Word, PDF) is read alike. It runs only when no
recommendations table was found, and only when the document numbers its recommendations
("Recommendation N"); otherwise the loader's ParseError stands. What it reads:

- **areas**: the headings the numbered recommendations stand under (or labelled "Area N");
  their **themes**: the heading above an area's, one level up (or labelled "Theme N");
- **recommendations**: a sentence or list item that starts with "Recommendation N" (or ends
  with "(Recommendation N)"): number N, its text from after the label; the sentences after it
  in its paragraph continue it; its owners from the owner wording of :data:`OWNER_RULES`
  (in the sentence, in a sentence of its own after it, or in a bracket after the label);
- **activities**: a sentence reporting work done or under way (a perfect or progressive verb:
  "has commissioned", "is running", "have mapped"), or a list item, in an area; numbered in
  reading order, as none is printed;
- everything else in an area (its aim, lead-in sentences, context) is its **remit**; text
  outside any area is kept in the notes. Nothing is dropped: every sentence is in a table.

The reading is reported as a data-quality note ("read from prose") so that an analyst knows
the rows were read from sentences, not from a table.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Rural Group: Final Report", "", "## Theme 1: Costs", "", "### Sparsity", "",
...          "The aim is fair funding. Data Cymru has published unit costs.", "",
...          "Recommendation 1 is that councils share data, led by Welsh Government "
...          "with the WLGA.")
>>> doc = Document(Path("report.txt"), "recommendations", lines, "0" * 64)
>>> parser = ProseParser(doc, OwnerCodes.from_rows([("WG", "Welsh Government", ""),
...                                                 ("WLGA", None, None)]))
>>> parser.run()
>>> area = parser.areas[1]
>>> area.title, area.theme, area.remit
('Sparsity', 'Costs', ['The aim is fair funding.'])
>>> [(i.number, i.pieces, i.owners) for i in parser.items["activities"]]
[(1, ['Data Cymru has published unit costs.'], [])]
>>> rec = parser.items["recommendations"][0]
>>> rec.number, rec.owners, rec.pieces[0][:30]
(1, ['WG', 'WLGA'], 'that councils share data, led ')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations import label_rows
from wlga_analysis.interpret.recommendations.bold_recommends import split_sentences
from wlga_analysis.interpret.recommendations.labelled_fields import names_work, parse_field
from wlga_analysis.interpret.recommendations.lead_in_parts import parse_parts
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.numbering import printed_label
from wlga_analysis.interpret.recommendations.owner_groups import OWNER_GROUP
from wlga_analysis.interpret.recommendations.part_labels import heading_area_name
from wlga_analysis.interpret.recommendations.prose_owners import OWNER_RULES, _names, prose_owners
from wlga_analysis.interpret.recommendations.reader_run import document_blocks
from wlga_analysis.interpret.recommendations.responses import (
    closes_response,
    response_decision,
    subject_owners,
)
from wlga_analysis.interpret.recommendations.themes import NOT_A_THEME as _NOT_A_THEME
from wlga_analysis.interpret.recommendations.unmarked_headings import text_form_headings
from wlga_analysis.interpret.recommendations.unnumbered import (
    assigned_numbers_message,
    recommends_pattern,
)
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["OWNER_RULES", "ProseParser", "prose_owners", "recommendation_label"]

_LABEL_WORD = r"(?:recommendation|rec\.?|argymhelliad|(?-i:R)(?=\d))"
#: "Recommendation 1 is that", "Recommendation 2:", "Rec 3 –", "Recommendation 4. That",
#: "Recommendation 5 (Lead: WG):", "Recommendation R6: Agree ...", "Recommendation 7 Set out",
#: "R8 Agree ..." (an audit or peer report's ref)
#: the label that starts one (group 1 its number, group 2 a letter or a place: "2.1").
_LEADING_LABEL = compile_regex(rf"(?i)\s*{_LABEL_WORD}\s*+r?(\d{{1,4}})(\.\d{{1,3}}|[a-z])?\b"
                               r"(?:\s+is\s+(?=that\b)|\s*[:.\u2013\u2014-]\s*|\s+(?=that\b)|"
                               r"\s*(?=\()|\s*:?\s*$|\s+(?-i:(?=[A-Z][a-z])))")
#: "We recommend that ... (Recommendation 5)." -- the label that ends one.
_TRAILING_LABEL = compile_regex(rf"(?i)\s*\(\s*{_LABEL_WORD}\s+(\d{{1,4}})(\.\d{{1,3}}|[a-z])?\s*\)"
                                r"\s*([.;]?)\s*$")
#: A bracket of owners right after the label: "Recommendation 5 (Lead: WG; Support: WLGA):".
_OWNER_BRACKET = compile_regex(r"\(([^()]{1,120})\)\s*[:.\u2013\u2014-]?\s*")
#: A heading or a short line labelled as a theme: "Theme 2: Rural economy".
_THEME_LABEL = compile_regex(r"(?i)(?:theme|strand|part)\s+\w{1,4}\s*[:.\u2013\u2014-]\s*\S.*")
#: What an area says it is for: its remit ("The aim is ...", "This area aims to ...").
_AIM = compile_regex(r"(?i)(?:the|our|its|this\s+area's)\s+(?:main\s+|overall\s+)?"
                     r"(?:aims?|objectives?|purpose|goal)\b|(?:this\s+area|the\s+group)\s+"
                     r"aims\b|(?:aims?|purpose|objectives?)\s*:")
#: A sentence that reports work done or under way: a perfect or progressive verb
#: ("has commissioned", "have now mapped", "is running", "were trained").
_WORK_VERB = compile_regex(r"(?i)\b(?:has|have|had)\s+(?:now\s+|already\s+|also\s+|recently\s+)?"
                           r"(?:been\s+)?[a-z]+(?:ed|en|wn|un|ht|lt|de|ne)\b"
                           r"|\b(?:is|are|was|were)\s+(?:now\s+|already\s+|currently\s+|also\s+)?"
                           r"[a-z]+(?:ing|ed)\b")
def recommendation_label(text: str) -> tuple[int, str, int, int] | None:
    """The number a recommendation's sentence prints, its letter ("" for none), and the
    span of its label in ``text``; None for a sentence that is not a recommendation.

    Examples
    --------
    >>> recommendation_label("Recommendation 1 is that councils share data.")
    (1, '', 0, 20)
    >>> recommendation_label("We recommend that it is done (Recommendation 12).")[:2]
    (12, '')
    >>> recommendation_label("As Recommendation 2 says, it is done.") is None
    True
    >>> recommendation_label("Recommendation 2.1: Councils should act.")  # (by chapter)
    (2, '.1', 0, 20)
    """
    m = _LEADING_LABEL.match(text)
    if m is not None:
        return int(m.group(1)), (m.group(2) or "").lower(), m.start(), m.end()
    m = _TRAILING_LABEL.search(text)
    if m is None:
        return None
    return int(m.group(1)), (m.group(2) or "").lower(), m.start(), m.start(3)


@dataclass
class _Unit:
    """A sentence of an area's text: of a paragraph, or of a list item."""

    raw: str  # HTML (bold kept), as the owner-marker rules read it
    text: str  # plain text
    line: int
    block: int  # which block it is part of
    listed: bool  # the first sentence of a list item (an item by itself)
    in_list: bool  # a sentence of a list item
    number: int | None = None  # the number its paragraph or list item prints (first only)
    printed: str | None = None  # the list item's printed number ("4.2"), its first only
    letter: str | None = None  # the letter a lettered list item prints ("(a)"; first only)


def _units(block: Block, index: int, numbered: bool = False) -> list[_Unit]:
    """The sentences of a paragraph or list item, in order; ``numbered``: its printed
    number is an item number (under a label), not kept in its text."""
    line = block.location.line or 0
    raw = block.text.html()
    listed = isinstance(block, ListItem)
    printed = getattr(block, "number", None)
    number = int(printed) if numbered and printed and printed.isdigit() else None
    prefix = f"{printed}. " if not listed and printed and number is None else ""
    parts = [part for part in split_sentences(prefix + raw) if clean_text(part)]
    marked, letter = _list_marks(printed, listed, numbered)
    return [_Unit(part, clean_text(part), line, index, listed and i == 0, listed,
                  number if i == 0 else None, marked if i == 0 else None,
                  letter if i == 0 else None)
            for i, part in enumerate(parts)]


def _list_marks(printed: str | None, listed: bool, numbered: bool
                ) -> tuple[str | None, str | None]:
    """(the number a list item prints, the letter a lettered list item under a label
    prints: "(a)" gives "a"), None where it prints none."""
    marked = printed if listed else None
    letter = printed if numbered and listed and printed and printed.isalpha() \
        and len(printed) == 1 else None
    return marked, letter


class ProseParser(_Parser):
    """The recommendations parser for a report written in prose (see the module's doc)."""

    def run(self) -> None:
        blocks = text_form_headings(self, [self.as_heading(b) for b in document_blocks(self)])
        self.area_headings, self.theme_headings = self.plan(blocks)
        if self.unnumbered:  # a label printed as a heading ("Recommendations") is a label
            blocks = self.relabelled(blocks)
        if not self.area_headings and self.unheaded is not None:
            raise self.doc.error(
                "found a recommendation written as a sentence ('Recommendation N ...') but "
                "no heading above it to name its area; expected a heading over the "
                "recommendations (e.g. '## Area 1: Title') or a recommendations table",
                self.unheaded)
        if not self.area_headings:
            raise self.doc.error(
                "expected a Working Group recommendations table (a header row "
                "'Area / Activity underway or achieved / Recommendations'), or "
                "recommendations written as sentences under headings ('Recommendation 1 "
                "is that ...', 'We recommend that ...', or bullets under a label "
                "'Recommendations'); found neither")
        self.last_rec: _Item | None = None
        self.response_fresh = False  # a response holds only its decision line so far
        self.assigned = 0  # recommendations printed with no number, numbered by the reader
        self.last_unit: str | None = None  # what the unit before was read as
        self.pending_owners: list[str] = []
        self.area_level = 0
        self.last_block = -1  # the block of the sentence read last
        #: the column a label inside an area names ("### Recommendations",
        #: "**Activity underway or achieved**"): the numbered items under it are its items
        self.list_role: str | None = None
        self.label_owners: list[str] = []  # the owners a label over the items names
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                self.prose_heading(block, index)
            elif isinstance(block, Table):
                self.table_notes(block)
            elif self.current is None:
                self.outside_areas(block)
            elif not self.is_label(block):
                for unit in _units(block, index, self.list_role is not None):
                    self.read_unit(unit)
        self.report_reading()
        self.finish()

    # -- structure ----------------------------------------------------------------------
    def relabelled(self, blocks: list[Block]) -> list[Block]:
        """In a report that numbers no recommendation, the blocks with the headings that
        are labels ("Recommendations") read as labels, planned again for the
        recommendations printed with no number under them. Should that find numbered ones
        (numbered paragraphs under a heading "Recommendation": a paper's own asks), the
        first plan stands."""
        relabelled = [_label_heading_as_label(b) for b in blocks]
        first = (self.area_headings, self.theme_headings, self.unheaded)
        self.area_headings, self.theme_headings = self.plan(relabelled)
        if self.unnumbered or label_rows.labelled_areas(relabelled, self.area_headings,
                                                          self.area_lead_re):
            return relabelled  # (or numbered items under labels in "Area N" rows: label_rows)
        self.area_headings, self.theme_headings, self.unheaded = first
        self.unnumbered = True
        return blocks

    def as_heading(self, block: Block) -> Block:
        """A short line alone labelled "Theme N: ..." or "Area N: ..." is a heading (of a
        text form with no heading marks): a theme one level above an area. A numbered
        line that only names a section ("1. Preparing for revaluation", "4.1 Recruitment")
        is a heading too, one level deeper for each level of its number."""
        if isinstance(block, Heading) and _label_alone(block):
            return Paragraph(block.text, None, block.location)  # a card's "Recommendation 1"
        named = _section_name(block)  # "1. Preparing for revaluation", "4.1 Recruitment"
        if named is not None:
            number, text = named
            return Heading(text, 8 + number.count("."), number, block.location)
        if not isinstance(block, Paragraph) or block.number is not None:
            return block
        text = clean_text(block.text.text)
        if len(text) > 100 or text.endswith("."):
            return block
        if _THEME_LABEL.fullmatch(text):
            return Heading(block.text, 7, None, block.location)
        if self.area_lead_re.fullmatch(text):
            return Heading(block.text, 8, None, block.location)
        return block

    def plan(self, blocks: list[Block]) -> tuple[set[int], set[int]]:
        """Which headings are areas (those labelled "Area N", or the innermost heading
        numbered recommendations stand under) and which are themes (labelled "Theme N", or
        the heading one level above an area's). In a report that numbers no
        recommendation, the recommendations printed with no number (:mod:`.unnumbered`)
        are read instead (``self.unnumbered``)."""
        stack: list[tuple[int, int]] = []  # (level, index) of the open headings
        parent: dict[int, int | None] = {}  # heading -> the heading it stands under
        #: [numbered, unnumbered]: the areas of each kind of recommendation, and the line
        #: of the first of each kind under no heading
        found: list[set[int]] = [set(), set()]
        unheaded: list[int | None] = [None, None]
        areas: set[int] = set()
        role: str | None = None  # the column the last label named ("Recommendations")
        under_label = False  # right under a "Recommendations" or "For Welsh Government:" label
        for index, block in enumerate(blocks):
            if isinstance(block, Paragraph) and block.number is None:
                under_label = self.label_of(block) == _REC
            if isinstance(block, Heading):
                under_label = False
                role = _label_role(clean_text(block.text.text))
                if index > 0:  # (the document's title is no area)
                    self.open_heading(block, index, stack, parent, areas)
                continue
            if isinstance(block, Table):
                continue
            role = _block_label_role(block) or role
            kind = self.recommendation_kind(block, index, role, under_label)
            if kind is not None and stack:
                found[kind].add(_area_of(blocks, stack, self.area_lead_re))
            elif kind is not None and unheaded[kind] is None:
                unheaded[kind] = block.location.line or 0
        self.unnumbered = not found[0] and unheaded[0] is None
        kind = 1 if self.unnumbered else 0
        areas |= found[kind]
        self.unheaded: int | None = unheaded[kind]  # a recommendation under no heading
        return areas, _themes(blocks, parent, areas)

    def recommendation_kind(self, block: Block, index: int, role: str | None,
                            under_label: bool = False) -> int | None:
        """0 when a paragraph or list item holds a numbered recommendation
        ("Recommendation N ...", or a numbered item right under a recommendations label:
        "Recommendations", "For Welsh Government:"), 1 when it holds one printed with no
        number (under a label naming ``role``), else None."""
        if under_label and getattr(block, "number", None):
            return 0
        if role == _REC and isinstance(block, ListItem) \
                and _prefixed_number(self, clean_text(block.text.text)) is not None:
            return 0  # "R1 That ..." under a "Recommendations" heading: numbered by its prefix
        units = _units(block, index)
        if any(recommendation_label(u.text) for u in units):
            return 0
        return 1 if any(self.opens_unnumbered(u, role) for u in units) else None

    def opens_unnumbered(self, unit: _Unit, role: str | None) -> bool:
        """Whether a sentence opens a recommendation printed with no number: a bullet under
        a "Recommendations" label, or a sentence (not inside a list item) that opens with a
        phrase of kind ``recommends`` ("We recommend that ...")."""
        if unit.listed and role == _REC:  # (an item that prints a number is numbered)
            return unit.printed is None and self.number_of(unit.text) is None
        return (unit.listed or not unit.in_list) and \
            recommends_pattern(self.words["recommends"]).match(unit.text) is not None

    def open_heading(self, block: Heading, index: int, stack: list[tuple[int, int]],
                     parent: dict[int, int | None], areas: set[int]) -> None:
        """A heading in :meth:`plan`: it closes the headings at its level or below, stands
        under the one left open, and is an area when labelled "Area N"."""
        while stack and stack[-1][0] >= block.level:
            stack.pop()
        parent[index] = stack[-1][1] if stack else None
        stack.append((block.level, index))
        if self.area_lead_re.fullmatch(clean_text(block.text.text)):
            areas.add(index)

    def prose_heading(self, block: Heading, index: int) -> None:
        text = clean_text(block.text.text)
        ln = block.location.line or 0
        if index in self.area_headings:
            m = self.area_lead_re.fullmatch(text)
            number = int(m.group(1)) if m else _printed_number(block) or \
                max(self.areas, default=0) + 1
            title = (m.group(2) if m else heading_area_name(text)).strip().rstrip(
                " .:;") or text
            self.start_area(number, title, ln)
            self.area_level = block.level
            self.last_rec, self.last_unit, self.pending_owners = None, None, []
            self.list_role, self.label_owners = None, []
            return
        if self.current is not None and block.level > self.area_level:
            self.notes.append(("heading", text, ln))  # a sub-heading inside an area
            self.list_role = _label_role(text)
            return
        self.current = None
        if index in self.theme_headings:
            self.set_theme(text, ln)
            return
        if index == 0:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading", text, ln))

    def is_label(self, block: Block) -> bool:
        """A short paragraph inside an area that is a label ("**Recommendations**",
        "Activity underway or achieved:"): the numbered items under it are its items."""
        if self.current is None or getattr(block, "number", None) is not None:
            return False
        role = self.label_of(block)
        if role is None:
            return False
        text = clean_text(block.text.text)
        self.list_role = role
        self.label_owners = self.group_owners(text)
        self.notes.append(("heading", text, block.location.line or 0))
        return True

    def label_of(self, block: Block) -> str | None:
        """The column a short label paragraph names ("**Recommendations**", "Activity
        underway or achieved:"), or recommendations for a label naming their owners ("For
        Welsh Government:"); None for any other block."""
        text = clean_text(block.text.text)
        if len(text) > 80 or getattr(block, "number", None) is not None \
                or recommendation_label(text) is not None:  # "Recommendation 1" alone
            return None
        role = _label_role(text) if len(text) <= 60 else None
        return role if role is not None else (_REC if self.group_owners(text) else None)

    def group_owners(self, text: str) -> list[str]:
        """The owners a label "For Welsh Government:" names (a known owner, and any other
        name a proper name: "For the WLGA and Data Cymru:"); [] for any other text ("For
        example:")."""
        m = OWNER_GROUP.fullmatch(text.strip())  # (one pattern with the model reader's)
        names = _names(m.group("names"), self.known) if m else []
        if not any(n in self.known for n in names) \
                or not all(n in self.known or n[:1].isupper() for n in names):
            return []
        return names

    def outside_areas(self, block: Block) -> None:
        """Text outside any area is a note (a recommendation there is reported)."""
        ln = block.location.line or 0
        text = clean_text(_printed(block))
        self.notes.append(("paragraph", text, ln))
        for unit in _units(block, 0):
            if (label := recommendation_label(unit.text)) is not None:
                self.issue(_REC, "recommendation outside an area", label[0], ln,
                           f"recommendation {label[0]} is printed under no area heading "
                           f"({unit.text[:60]!r}); kept in the notes only")

    def table_notes(self, table: Table) -> None:
        """A table in a prose report (no recommendations table): its rows are notes."""
        for row in (table.header, *table.rows) if table.header else table.rows:
            text = " \u2013 ".join(t for t in (clean_text(c.text) for c in row) if t)
            if text:
                self.notes.append(("paragraph", text, row[0].location.line or 0))

    # -- the text of an area --------------------------------------------------------------
    def read_unit(self, unit: _Unit) -> None:
        """Read one sentence of an area: the first rule of :data:`_UNIT_RULES` that reads
        it ends it."""
        for _, rule in _UNIT_RULES:
            if rule(self, unit):
                break
        self.last_block = unit.block

    def parse_recommendation(self, unit: _Unit) -> bool:
        """"Recommendation N is that ..." starts recommendation N; so does an item numbered
        N under a "Recommendations" label."""
        label = self.unit_label(unit)
        if label is None:
            return False
        number, letter, start, end = label
        text = unit.text[end:] if start == 0 else unit.text[:start] + unit.text[end:]
        owners: list[str] = []
        bracket = _OWNER_BRACKET.match(text) if start == 0 else None
        if bracket is not None and (named := _names(bracket.group(1), self.known)) and (
                "lead" in bracket.group(1).lower() or all(n in self.known for n in named)):
            owners, text = named, text[bracket.end():]  # "Recommendation 5 (Lead: WG):"
        text = label_rows.closing_owners_cut(text.strip(), self.known)  # (a row's "(WLGA)")
        printed = printed_label(unit.text[start:end], number, letter)  # ("2.1": by chapter,
        number = len(self.items[_REC]) + 1 if letter[:1] == "." else number  # in order)
        item = _Item(_REC, number, self.current.area_id, unit.line, label=printed)
        self.items[_REC].append(item)
        self.last_item[_REC] = self.last_rec = item
        _, markers, _ = self.read_block(_escape(text), False)
        item.pieces.append(text)  # as printed: the owner wording is part of the sentence
        self.add_markers(_REC, item, markers, unit.line)
        found = prose_owners(text, self.known) or _subject(text, self.known, owners)
        for name in [*self.pending_owners, *self.label_owners, *owners,
                     *(found[0] if found else [])]:
            self.add_owner(item, name)
        self.pending_owners = []
        self.last_unit = _REC
        return True

    def unit_label(self, unit: _Unit) -> tuple[int, str, int, int] | None:
        """(number, letter, start, end of the label in the text) of a sentence that starts
        a recommendation: labelled "Recommendation N", an item numbered N or lettered
        "(a)" under a "Recommendations" label, or (in a report that numbers none) one
        printed with no number, numbered in reading order; None for any other."""
        label = recommendation_label(unit.text)
        if label is None and unit.number is not None and self.list_role == _REC:
            label = (unit.number, "", 0, 0)
        elif label is None and unit.listed and self.list_role == _REC \
                and (number := _prefixed_number(self, unit.text)) is not None:
            label = (number.number, "", 0, number.end)  # "R1 That ..." under "We recommend"
        elif label is None and unit.letter and self.list_role == _REC:
            label = (self.current.area_id, unit.letter, 0, 0)  # "(a) That ..." of item 3
        if label is None and self.unnumbered and self.opens_unnumbered(unit, self.list_role):
            label = (len(self.items[_REC]) + 1, "", 0, 0)  # numbered in reading order
            self.assigned += 1
        return label

    def parse_label_text(self, unit: _Unit) -> bool:
        """The paragraph after a label alone ("**Recommendation 1**") is its text."""
        rec = self.last_rec
        if rec is None or self.last_unit != _REC or rec.pieces != [""] \
                or unit.block != self.last_block + 1:
            return False
        rec.pieces[0] = unit.text
        _, markers, _ = self.read_block(unit.raw, False)
        self.add_markers(_REC, rec, markers, unit.line)
        found = prose_owners(unit.text, self.known) or _subject(unit.text, self.known, [])
        for name in (found[0] if found else ()):
            self.add_owner(rec, name)
        return True

    def parse_response(self, unit: _Unit) -> bool:
        """A decision under a recommendation ("Response: Accept", or a decision word alone
        right after it: a web page's badge) opens the response: an activity whose status is
        the decision (:mod:`.responses`)."""
        words = self.words["response"] if self.last_unit == _REC else frozenset()
        decision = None if unit.listed else response_decision(unit.text, words)
        if decision is None:
            return False
        item = _Item(_ACT, len(self.items[_ACT]) + 1, self.current.area_id, unit.line,
                     pieces=[unit.text], status=decision)
        self.items[_ACT].append(item)
        self.last_item[_ACT] = item
        self.last_unit, self.response_fresh = _RESPONSE, True
        return True

    def parse_response_text(self, unit: _Unit) -> bool:
        """The sentences and bullets after a decision are the response's text (the decision
        line gives way to them), up to its "Financial implications" line; a date alone
        (the signature's) is not."""
        if self.last_unit != _RESPONSE or _date_alone(unit.text):
            return False
        item = self.last_item[_ACT]
        if self.response_fresh:
            item.pieces, self.response_fresh = [], False
        item.pieces.append(unit.text)
        if closes_response(unit.text):
            self.last_unit = None
        return True

    def parse_date(self, unit: _Unit) -> bool:
        """A date alone on its line (a signature's, a meeting's) is a note: the document's
        date, not an area's remit."""
        if unit.listed or not (_date_alone(unit.text) or _signed(unit.text)):
            return False
        self.notes.append(("paragraph", unit.text, unit.line))
        self.last_unit = None
        return True

    def parse_owners(self, unit: _Unit) -> bool:
        """A sentence that only names owners ("Welsh Government should lead.") gives them to
        the recommendation before it (its text joins it; a label is a note) or the next one."""
        found = None if unit.listed else prose_owners(unit.text, self.known, whole=True)
        if found is None:
            return False
        if self.last_rec is not None and self.last_unit == _REC:
            if any(r.match(unit.text) for _, r in OWNER_RULES[:2]):  # "Lead: WG": a label,
                self.notes.append(("paragraph", unit.text, unit.line))  # no sentence of it
            else:
                self.last_rec.pieces.append(unit.text)
            for name in found[0]:
                self.add_owner(self.last_rec, name)
        else:
            self.pending_owners = found[0]
            self.current.remit.append(unit.text)
            self.last_unit = None
        return True

    def parse_continuation(self, unit: _Unit) -> bool:
        """A sentence after a recommendation, in its paragraph or list item, continues it;
        so does a sentence after the first of an activity's list item."""
        if unit.listed or unit.block != self.last_block or self.last_unit is None:
            return False
        item = self.last_rec if self.last_unit == _REC else self.last_item[_ACT]
        if item is None or (self.last_unit == _ACT and not unit.in_list):
            return False
        item.pieces.append(unit.text)
        _, markers, _ = self.read_block(unit.raw, False)
        self.add_markers(item.column, item, markers, unit.line)
        return True

    def parse_aim(self, unit: _Unit) -> bool:
        """"The aim is ..." says what the area is for: its remit."""
        if unit.listed or not _AIM.match(unit.text):
            return False
        self.current.remit.append(unit.text)
        self.last_unit = None
        return True

    def parse_activity(self, unit: _Unit) -> bool:
        """A sentence reporting work done or under way, a list item, or any sentence under an
        activities label ("Activity underway"), is an activity."""
        numbered = unit.number is not None and self.list_role == _ACT
        if not (unit.listed or numbered or self.list_role == _ACT or _WORK_VERB.search(unit.text)):
            return False
        number = unit.number if numbered else len(self.items[_ACT]) + 1
        item = _Item(_ACT, number, self.current.area_id, unit.line)
        self.items[_ACT].append(item)
        self.last_item[_ACT] = item
        _, markers, _ = self.read_block(unit.raw, False)
        item.pieces.append(unit.text)
        self.add_markers(_ACT, item, markers, unit.line)
        found = prose_owners(unit.text, self.known)
        for name in found[0] if found else ():
            self.add_owner(item, name)
        self.last_unit = _ACT
        return True

    def parse_remit(self, unit: _Unit) -> bool:
        """Any other sentence of an area (a lead-in, context) is its remit."""
        self.current.remit.append(unit.text)
        self.last_unit = None
        return True

    def add_markers(self, column: str, item: _Item, markers: list[Any], ln: int) -> None:
        """Owners and status of the markers in a sentence ("(Lead: WG)", "(Complete)"):
        in prose they are printed plain, so that is not reported."""
        super().add_markers(column, item, [replace(m, bold=True) for m in markers], ln)

    def add_owner(self, item: _Item, name: str) -> None:
        if name not in item.owners:
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)

    def report_reading(self) -> None:
        """Say that the tables were read from prose, so that an analyst checks them."""
        recs, acts = self.items[_REC], self.items[_ACT]
        first = recs[0].line if recs else None
        if self.assigned:
            self.issue(_REC, "numbers assigned", "", first,
                       assigned_numbers_message(self.assigned, len(self.areas)))
        how = "sentences and bullets with no number" if self.unnumbered else \
            "sentences 'Recommendation N ...'"
        self.issue(_REC, "read from prose", "", first,
                   f"no recommendations table: {len(recs)} recommendations were read from "
                   f"{how} and {len(acts)} activities from "
                   "sentences reporting work done or under way, under "
                   f"{len(self.areas)} area headings; owners from wording such as 'led by "
                   "X' or 'X should lead'; check the reading against the document")


def _printed_number(block: Heading) -> int | None:
    """The area number a heading prints: a whole number ("1. Preparing ..."), not a
    section's decimal ("4.1 Recruitment": that is a section number)."""
    number = block.number or ""
    return int(number) if number.isdigit() else None


#: A decimal section number printed at the start of an un-numbered line ("4.1 Recruitment").
_DECIMAL_NUMBER = compile_regex(r"(\d{1,2}(?:\.\d{1,2}){1,2})[ \t]+(?=\S)")


def _section_name(block: Block) -> tuple[str, Any] | None:
    """(number, name) of a numbered paragraph or sub-paragraph that only names a section
    ("1. Preparing for revaluation", "4.1 Recruitment", also a heading printed so): short,
    shaped as a heading (no closing punctuation); None for any other block."""
    if not isinstance(block, (Paragraph, ListItem, Heading)) \
            or (isinstance(block, Heading) and block.level < 2):  # (not the title)
        return None
    number, text = getattr(block, "number", None), block.text
    if number is None and isinstance(block, (Paragraph, Heading)):
        m = _DECIMAL_NUMBER.match(text.text)
        if m is None:
            return None
        number, text = m.group(1), text.slice(m.end(), len(text.text))
    if not number or not number.replace(".", "").isdigit():
        return None
    plain = clean_text(text.text)
    return (number, text) if len(plain.split()) <= 8 and has_heading_shape(plain) else None


_RESPONSE = "response"  # what the unit before was read as: a response's decision or text


def _label_alone(block: Heading) -> bool:
    """A heading that is only a recommendation's label ("Recommendation 1", a card's title)."""
    label = recommendation_label(clean_text(block.text.text))
    return label is not None and not clean_text(block.text.text)[label[3]:].strip()


def _subject(text: str, known: frozenset[str], owners: list[str]
             ) -> tuple[list[str], int] | None:
    """The owners of a recommendation's subject ("The Welsh Government should ..."), when
    no other wording named them (:func:`.responses.subject_owners`)."""
    found = None if owners else subject_owners(text, known)
    return (found, 0) if found else None


def _signed(text: str) -> bool:
    """A line that ends with a date and says nothing else but who (a signature: "Rhian
    Pritchard MS, Cabinet Secretary ..., 14 May 2026"): no full stop, no verb of work."""
    from wlga_analysis.text.dates import split_dated_line

    if len(text) > 120 or text.rstrip().endswith("."):
        return False
    found = split_dated_line(text)
    return found is not None and len(found[0].split()) <= 14 \
        and _WORK_VERB.search(found[0]) is None


def _date_alone(text: str) -> bool:
    from wlga_analysis.text.dates import parse_date_line

    return len(text) <= 40 and text[:1].isdigit() and parse_date_line(text) is not None


def _prefixed_number(parser: _Parser, text: str) -> Any:
    """The number a list item prints with a prefix word ("R1 That ...", "Rec 2. That"), or
    None (a bare "1." is a list's number, read from the list; no number at all)."""
    number = parser.number_of(text)
    return number if number is not None and not number.plain \
        and not number.label[:1].isdigit() else None


def _label_role(text: str) -> str | None:
    """The column a label names ("Recommendations", "Activity underway or achieved:",
    "What is already happening": :func:`.labelled_fields.names_work`), else None."""
    from wlga_analysis.interpret.recommendations.columns import column_role

    role = column_role(text.strip(" :*_")) or names_work(text.strip(" :*_"))
    return role if role in (_ACT, _REC) else None


def _themes(blocks: list[Block], parent: dict[int, int | None], areas: set[int]) -> set[int]:
    """The headings that are themes: the heading one level above an area's, and those
    labelled "Theme N"."""
    themes = {above for index in areas
              if (above := parent.get(index)) is not None and above not in areas
              and not _NOT_A_THEME.fullmatch(clean_text(blocks[above].text.text))}
    themes |= {i for i in parent if i not in areas
               and _THEME_LABEL.fullmatch(clean_text(blocks[i].text.text))}
    return themes


def _label_heading_as_label(block: Block) -> Block:
    """A heading that is a label ("Recommendations", "Activity underway or achieved") as a
    label paragraph: in a report with no numbers its items are under it, whatever level the
    reader gave it (a short bold line before a list is read as a heading)."""
    if isinstance(block, Heading) and _label_role(clean_text(block.text.text)) is not None:
        return Paragraph(block.text, None, block.location)
    return block


def _block_label_role(block: Block) -> str | None:
    """The column a short paragraph names when it is a label ("**Recommendations**"), else
    None."""
    if not isinstance(block, Paragraph) or block.number is not None:
        return None
    text = clean_text(block.text.text)
    return _label_role(text) if len(text) <= 60 else None


def _escape(text: str) -> str:
    """Plain text as HTML, for the owner-marker rules."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _printed(block: Block) -> str:
    number = getattr(block, "number", None)
    if isinstance(block, ListItem):
        return f"{block.marker} {block.text.text}"
    return f"{number}. {block.text.text}" if number is not None else block.text.text


def _area_of(blocks: list[Block], stack: list[tuple[int, int]],
             area_lead: re.Pattern[str]) -> int:
    """The heading numbered recommendations stand under: the innermost open heading
    labelled "Area N", else the innermost that is not a label ("Recommendations")."""
    from wlga_analysis.interpret.recommendations.columns import column_role

    for _, index in reversed(stack):
        if area_lead.fullmatch(clean_text(blocks[index].text.text)):
            return index
    for _, index in reversed(stack):
        if column_role(clean_text(blocks[index].text.text).rstrip(" :")) not in (_ACT, _REC):
            return index
    return stack[-1][1]


#: The rules a sentence (or list item) of an area is read by, in the order they are tried.
_UNIT_RULES: tuple[tuple[str, Callable[[ProseParser, _Unit], bool]], ...] = (
    ("recommendation", ProseParser.parse_recommendation),
    ("field", parse_field),  # "What we recommend:", "Who should act:" (.labelled_fields)
    ("label_text", ProseParser.parse_label_text),
    ("parts", parse_parts),  # "... should:" over bullets, its parts (.lead_in_parts)
    ("response", ProseParser.parse_response),
    ("response_text", ProseParser.parse_response_text),
    ("date", ProseParser.parse_date),
    ("owners_bracket", label_rows.read_owners_bracket),  # "... each year. (WLGA)"
    ("owners", ProseParser.parse_owners),
    ("continuation", ProseParser.parse_continuation),
    ("aim", ProseParser.parse_aim),
    ("activity", ProseParser.parse_activity),
    ("remit", ProseParser.parse_remit),
)


def read_prose(doc: Document, known: frozenset[str]) -> ProseParser:
    """Read a document with no recommendations table as a report in prose.

    Raises
    ------
    ParseError
        When the document numbers no recommendation in its sentences, or prints them under
        no heading (no area).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_prose(doc, frozenset())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: n.txt: expected a Working Group recommendations table ...
    """
    from wlga_analysis.interpret.recommendations.committee_reports import ReportParser
    parser = ReportParser(doc, known)  # (the prose reader with a committee report's rules)
    parser.run()
    return parser
