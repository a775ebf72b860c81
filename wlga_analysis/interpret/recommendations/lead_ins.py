"""Recommendations printed as sub-items under a lead-in that names whom they are for.

An Ombudsman's or an auditor's report, or a committee's, ends a findings chapter with a
lead-in paragraph and a list: "I recommend that, within six months of the date of this
report, the four councils:" then "(a) record every ...;" "(b) train ...". The lead-in
names the owners ("the Welsh Government", "the WLGA, with Data Cymru", "councils, working
with the WLGA"); the items are lettered ("(a)", "a."), roman ("(i)", "ii.") or numbered
("1."), and their numbers may run on across the lead-ins and chapters ("(e)" after "(d)")
or start again. A careful reader reads them so:

- each **sub-item** under a lead-in is a recommendation: its number the item's letter,
  roman or number (a letter's place in the alphabet, "(c)" -> 3, a roman numeral's value,
  "iv" -> 4; the letter or numeral as printed in ``rec_label``); its text the item as
  printed, **not** joined to the lead-in; a deeper sub-item continues it;
- its **owners** the lead-in's subject (:func:`lead_in_owners`: a time clause
  "within six months ..." left out, partners named "with" after the lead), or, when the
  lead-in names nobody ("We recommend that:"), the item's own subject ("the Welsh
  Government should ...");
- its **area** the heading the lead-in stands under (a chapter: "Recording complaints";
  a printed chapter number is the area id, else the areas are numbered in order);
- the chapters' other paragraphs (the findings, the lead-in itself) are the area's remit;
  text under headings with no lead-in (introduction, background, conclusion) is kept in
  the notes. **No activities**: a report of this kind states none.

An inspectorate's thematic report names whom the items are for with "should": "Schools
should:" over "1. ...", "(a) ..." (:func:`.addressee_lead_ins.should_lead_in`; under a
heading that only says these are recommendations, each such lead-in is then made an area
of its own by :mod:`.addressee_lead_ins`).

A letter asks in the same way without "recommend" ("We would urge the Welsh Government
to:", "In return, councils will:": word lists, see :mod:`.ask_lead_ins`) over unnumbered
**bullets**: each is a recommendation numbered by its place; a letter with no heading has
its subject line as its one area.

:data:`LEAD_IN` is the wording of a lead-in; :data:`_BLOCK_RULES` the rules each block is
read by. The reading is reported (check ``read from lead-ins``), so an analyst checks it.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Report", "", "## Repairs", "", "7. Tenants wait too long.", "",
...          "8. I recommend that the Welsh Government:", "", "    (a) fund repairs;", "",
...          "    (b) publish waiting times.")
>>> parser = read_lead_ins(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                        OwnerCodes.from_rows([("WG", "Welsh Government", "")]))
>>> [(i.number, i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
[(1, 'a', ['fund repairs;'], ['WG']), (2, 'b', ['publish waiting times.'], ['WG'])]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.addressee_lead_ins import (
    items_after_should,
    should_lead_in,
)
from wlga_analysis.interpret.recommendations.ask_lead_ins import (
    ask_patterns,
    ask_subject,
    could_lead,
    last_sentence,
    subject_block,
)
from wlga_analysis.interpret.recommendations.decision_lead_ins import (
    council_bodies,
    decision_line,
    decision_subject,
    opening_body,
)
from wlga_analysis.interpret.recommendations.key_ask_boxes import repeated_box
from wlga_analysis.interpret.recommendations.lines import _Item, _Parser
from wlga_analysis.interpret.recommendations.numbering import roman_value
from wlga_analysis.interpret.recommendations.part_areas import report_part_areas
from wlga_analysis.interpret.recommendations.part_labels import without_part_label
from wlga_analysis.interpret.recommendations.prose_owners import (
    _names,
    plural_code,
    prose_owners,
)
from wlga_analysis.interpret.recommendations.reader_run import run_prepared
from wlga_analysis.interpret.recommendations.required_steps import required_line, required_subject
from wlga_analysis.interpret.recommendations.responses import subject_owners
from wlga_analysis.interpret.recommendations.subject_partners import subject_partners
from wlga_analysis.read.model import Block, Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["LEAD_IN", "LeadInParser", "lead_in_owners", "read_lead_ins"]

_REC = "recommendations"

#: A lead-in: up to seven words naming who recommends ("I", "We", "The Committee", "The
#: Auditor General", "In particular, we"), "recommend(s) that", whom for (group
#: ``subject``, may be empty), and a closing colon.
LEAD_IN = compile_regex(
    r"(?i)(?:[\w'\u2019-]+,?\s+){1,7}?(?:also\s+|further\s+|therefore\s+|would\s+)?"
    r"recommend(?:s|ed)?\s*+(?:that\b)?(?P<subject>[^:]{0,200}?)\s*:")

#: A sub-item's marker typed at the start of a paragraph (a web page's ``<ol type="a">``
#: printed "a."; "(a)", "b)", "iv.", "3."): group ``mark`` the letter, numeral or number.
_TYPED_MARK = compile_regex(r"\(?(?P<mark>[a-zA-Z]|[ivxlcIVXLC]{1,6}|\d{1,3})[.)]\s+(?=\S)")

#: A comma-separated part of a lead-in's subject that names partners ("with Data Cymru",
#: "working with the WLGA"), group ``names``.
_PARTNERS = compile_regex(r"(?i)(?:together\s+|jointly\s+|working\s+|in\s+partnership\s+)?"
                          r"(?:with|alongside|supported\s+by)\s+(?P<names>.+)")
#: A part that is a clause of time or manner, no owner ("within six months of ...",
#: "by March 2027", "where appropriate").
_CLAUSE = compile_regex(r"(?i)(?:within|by|in|from|no\s+later|as\s+soon|over|during|"
                        r"following|after|before|when|where|once|subject|as\s+a\s+matter|"
                        r"wherever|if)\b")
#: The addressee closing a clause of time printed without a comma ("within one month of
#: the date of this report the Council"): the last "the" and the capitalised words after it.
_CLAUSE_TAIL = compile_regex(r"\sthe\s+(?P<whom>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,5})$")
#: Words before a body that only count or pick it ("the four councils", "all 22 councils",
#: a manifesto's "the next Welsh Government").
_QUANTIFIER = compile_regex(r"(?i)^(?:(?:the|all|each|every|both|relevant|their|those|"
                            r"next|incoming|future|"
                            r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"twenty-two)\s+)+")
#: A subject that is a pronoun names nobody ("We recommend the following:" neither).
_PRONOUN = frozenset({"they", "it", "he", "she", "you", "we", "them", "these", "those",
                      "following"})
#: Words around the subject that are not part of it: "to the Welsh Government that it".
_FRAME = compile_regex(r"(?i)^\s*to\s+|\s+that(?:\s+(?:it|they|each|she|he))?\s*$")

def _owner_phrase(phrase: str, known: frozenset[str]) -> list[str]:
    """The owners one part of a lead-in's subject names ("the four councils" -> LG)."""
    names: list[str] = []
    for name in _names(phrase, known):
        name = _QUANTIFIER.sub("", name).strip()
        if not name or name.casefold() in _PRONOUN:
            continue
        if name[:1].islower():  # "each council": the plural's code
            name = plural_code(name, known)
        if name not in names:
            names.append(name)
    return names


def lead_in_owners(subject: str, known: frozenset[str]) -> list[str]:
    """The owners a lead-in's subject names, the lead first, partners after it; a clause of
    time left out; [] when it names nobody.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
    ...                               ("LG", "Local government", "councils;local authorities")])
    >>> lead_in_owners(", within six months of the date of this report, the four councils",
    ...                known)
    ['LG']
    >>> lead_in_owners("the local authority", known)
    ['LG']
    >>> lead_in_owners("the WLGA, with Data Cymru", known)
    ['WLGA', 'Data Cymru']
    >>> lead_in_owners("", known), lead_in_owners(" the following", known)
    ([], [])
    >>> lead_in_owners(" to the Welsh Government that it", known)
    ['WG']
    >>> lead_in_owners(" within one month of the date of this report the Welsh Government",
    ...                known)
    ['WG']
    """
    owners: list[str] = []
    parts = [p.strip() for p in _FRAME.sub("", subject).split(",")]
    for at, part in enumerate(parts):
        partners = _PARTNERS.match(part) if part else None
        if partners is not None:
            found = _owner_phrase(partners.group("names"), known) if owners else []
        elif not part or _CLAUSE.match(part):
            tail = _CLAUSE_TAIL.search(part) if part and not owners and at == len(parts) - 1 \
                else None  # ("within one month of this report the Council")
            if tail is None:
                continue
            found = _owner_phrase(tail.group("whom"), known)
        else:
            found = _owner_phrase(part, known)
        owners += [name for name in found if name not in owners]
    return owners


def _item_owners(text: str, known: frozenset[str]) -> list[str]:
    """The owners an item names itself ("the Welsh Government should ...", "Cabinet
    approves ...")."""
    sentence = text[:1].upper() + text[1:]
    found = prose_owners(sentence, known)
    if found:
        return found[0]
    from wlga_analysis.interpret.recommendations.closing_tables import clause_owners

    return subject_owners(sentence, known) or subject_partners(sentence, known) or \
        clause_owners(sentence if sentence[:5].lower() == "that " else f"That {sentence}",
                      known)  # ("(a) Cabinet approves ...": the council's Cabinet)


@dataclass
class _Run:
    """A lead-in and the blocks of its sub-items."""

    owners: list[str]
    items: dict[int, tuple[int, str, str]]  # block index -> (number, label, kind)
    more: set[int]  # the blocks that continue an item (a deeper list under it)
    boxed: frozenset[int] = frozenset()  # a box repeating an item before them ("Key ask")


def _mark(block: Block) -> tuple[str, str] | None:
    """(mark, text after it) of a list item or a paragraph that prints a marker."""
    if isinstance(block, ListItem):
        if block.kind == "bullet" or not block.number:
            return None
        return block.number.strip("().").lower(), clean_text(block.text.text)
    if not isinstance(block, Paragraph):
        return None
    text = clean_text(block.text.text)
    if block.number is not None:
        return (block.number, text) if block.number.isdigit() else None
    m = _TYPED_MARK.match(text)
    return (m.group("mark").lower(), text[m.end():]) if m else None


def _number(mark: str, previous: tuple[int, str] | None) -> tuple[int, str] | None:
    """(number, kind) of a sub-item's mark: "3" a number, "c" the third letter, "iv" a
    roman four. A single letter is roman when it goes on from a roman numeral ("v" after
    "iv") or is "i" opening a list; else a letter ("i" after "h": the letters run on)."""
    if mark.isdigit():
        return int(mark), "number"
    roman = roman_value(mark)
    if len(mark) != 1 or not mark.isalpha():
        return (roman, "roman") if roman is not None else None
    letter = ord(mark) - 96
    if roman is not None and previous is not None and previous == (roman - 1, "roman"):
        return roman, "roman"
    if previous is not None and previous == (letter - 1, "letter"):
        return letter, "letter"
    return (1, "roman") if mark == "i" else (letter, "letter")


class LeadInParser(_Parser):
    """The recommendations parser for sub-items under lead-ins (see the module's notes)."""

    def plan(self, blocks: list[Block]) -> dict[int, _Run]:
        """The lead-ins (block index -> its run of sub-items); lead-ins with none are no
        lead-ins."""
        runs: dict[int, _Run] = {}
        previous: tuple[int, str] | None = None  # the number and kind of the last sub-item
        found = self.lead_ins(blocks)
        asks = any(kind != "undertaking" for kind, _ in found.values())
        for index, (kind, subject) in found.items():
            if kind == "undertaking" and not asks:
                continue  # ("X will:" alone offers, asks nothing)
            bullets = index + 1 < len(blocks) and _is_bullet(blocks[index + 1])
            box = None if bullets else repeated_box(blocks, index)  # ("KEY ASK", its repeat)
            start = index if box is None else box[0] - 1
            items, more = _bullet_items(blocks, start, previous) if bullets or box else \
                self.sub_items(blocks, index, previous)
            if bullets and any(self.number_of(clean_text(blocks[i].text.text)) for i in items):
                continue  # ("- Recommendation 1 - That ...": numbered, read as prose)
            if items:
                owners = lead_in_owners(subject, self.known) or opening_body(
                    clean_text(blocks[index].text.text))  # ("That Council ... that it:")
                runs[index] = _Run(council_bodies(owners, self.known, self.lines), items, more,
                                   box[1] if box else frozenset())
                last = list(items.values())[-1]
                previous = (last[0], last[2])
        return runs

    def lead_ins(self, blocks: list[Block]) -> dict[int, tuple[str, str]]:
        """The blocks that are lead-ins (index -> (kind, subject)): "recommend that X:"
        (:data:`LEAD_IN`; the paragraph, or its last sentence), or a last sentence of the
        word lists ("We would urge X to:" an ``ask``, "X will:" an ``undertaking``)."""
        patterns = ask_patterns(self.words["lead_in"], self.words["undertaking"])
        found: dict[int, tuple[str, str]] = {}
        for index, block in enumerate(blocks):
            if not isinstance(block, (Paragraph, ListItem)):
                continue
            text = clean_text(block.text.text)
            if not text.endswith(":"):
                continue
            lead_in = _lead_in_of(text, patterns)
            ln = block.location.line or 0
            if lead_in is None and index and isinstance(blocks[index - 1], Paragraph) \
                    and ln > 1 and self.lines[ln - 2].strip():  # a wrapped line read apart
                lead_in = _lead_in_of(f"{clean_text(blocks[index - 1].text.text)} {text}",
                                      patterns)  # ("... urge the Welsh" / "Government to:")
            if lead_in is not None:
                found[index] = lead_in
        return found

    def sub_items(self, blocks: list[Block], index: int, previous: tuple[int, str] | None
                  ) -> tuple[dict[int, tuple[int, str, str]], set[int]]:
        """The sub-items after the lead-in at ``index`` (marked blocks in a row, of one
        kind; a numbered paragraph that goes on from a numbered lead-in, "8." after "7.",
        is the report's next paragraph, not an item) and the blocks that continue them (a
        deeper list item, or bullets under an item ending with a colon)."""
        lead_number = getattr(blocks[index], "number", None)
        items: dict[int, tuple[int, str, str]] = {}
        more: set[int] = set()
        level: int | None = None
        kind, opened = "", False  # the items' kind; the last item ends with a colon
        for at in range(index + 1, len(blocks)):
            block = blocks[at]
            if items and isinstance(block, ListItem) and level is not None and (
                    block.level > level or (opened and block.kind == "bullet")):
                more.add(at)  # a deeper sub-item: part of the item above it
                continue
            mark = _mark(block)
            found = _number(mark[0], previous) if mark else None
            if found is None or (items and found[1] != kind):
                break
            if found[1] == "number" and isinstance(block, Paragraph) and lead_number \
                    and lead_number.isdigit() and found[0] == int(lead_number) + 1 \
                    and not items:
                break
            kind = found[1]
            level = getattr(block, "level", 0)
            items[at] = (found[0], "" if kind == "number" else mark[0], kind)
            previous, opened = found, mark[1].rstrip().endswith(":")
        return items, more

    def prepare(self) -> bool:
        """Read the document's blocks and plan its lead-ins; False when it prints no
        lead-in with sub-items under a heading."""
        from wlga_analysis.read.text import read_text_lines

        model = read_text_lines(self.lines, path=self.doc.path,
                                exact=self.doc.form in ("docx", "html"))
        kept = items_after_should(model.blocks, self.lines)  # ("Schools should:" then "2. Act now")
        self.blocks = [b if i in kept else _as_heading(b, self.lines)
                       for i, b in enumerate(model.blocks)]
        self.runs = self.plan(self.blocks)
        self.area_of = self.area_headings() if self.runs else {}
        if self.runs and not self.area_of:
            self.area_of = self.subject_area()
        return bool(self.area_of)

    def subject_area(self) -> dict[int, int]:
        """A paper whose lead-ins stand under no heading (a letter): its subject line, or
        its title, as its one area (reported; the data contract needs an area)."""
        found = subject_block(self.blocks, self.lines, min(self.runs), self.title_index)
        if found is None:
            return {}
        index, subject = found
        block = self.blocks[index]
        level = self.blocks[self.title_index].level + 1 if self.title_index is not None \
            and index != self.title_index else 1
        self.blocks[index] = Heading(Inline(subject), level, None, block.location)
        if index == self.title_index or self.title_index is None:
            self.title_index, self.title = None, subject  # (a letter's subject: its title)
        self.issue("areas", "area from the subject line", 1, block.location.line,
                   f"the recommendations stand under no heading: the paper's subject "
                   f"{subject!r} is read as their one area")
        return {index: 1}

    def run(self) -> None:
        if not hasattr(self, "area_of") and not self.prepare():
            raise self.doc.error("expected recommendations under a lead-in ('I recommend "
                                 "that X:' then '(a) ...') under a heading; found none")
        self.run_owners: list[str] = []
        self.last_rec: _Item | None = None
        self.in_run = False
        self.run_items: list[list[_Item]] = []  # each lead-in's recommendations
        for index, block in enumerate(self.blocks):
            for _, rule in _BLOCK_RULES:
                if rule(self, index, block):
                    break
        if self.items[_REC]:
            first = self.items[_REC][0]
            self.issue(_REC, "read from lead-ins", first.printed, first.line,
                       f"no recommendations table: {len(self.items[_REC])} recommendations "
                       f"were read from the items under {len(self.runs)} lead-ins ('I "
                       "recommend that X:'), owners from the lead-in (or the item when the "
                       "lead-in names nobody); check the reading against the document")
        bullets = sum(v[2] == "bullet" for r in self.runs.values() for v in r.items.values())
        if bullets and self.items[_REC]:
            self.issue(_REC, "numbered by place", "", self.items[_REC][0].line,
                       f"{bullets} recommendations are bullets that print no number: each "
                       "is numbered by its place in reading order")
        self.finish()

    def check_numbers(self, column: str) -> None:
        """The numbers' checks (gaps, repeats, order), over each lead-in's items alone when
        the numbering starts again under a later lead-in ("i." in each chapter)."""
        runs = self.run_items if column == _REC else []
        if not any(run and run[0].number == 1 for run in runs[1:]):
            super().check_numbers(column)
            return
        everything = self.items[column]
        for run in runs:
            self.items[column] = run
            super().check_numbers(column)
        self.items[column] = everything

    def area_headings(self) -> dict[int, int]:
        """The headings the lead-ins stand under (heading index -> area id): the innermost
        open heading that is not the title, a label ("Recommendations") or a generic
        sub-heading ("Our view") -- else the innermost; a printed chapter number is the
        area id, else the areas are numbered in order."""
        headings = [i for i, b in enumerate(self.blocks) if isinstance(b, Heading)]
        title = headings[0] if headings and all(  # (the only heading at its level)
            self.blocks[i].level > self.blocks[headings[0]].level for i in headings[1:]) \
            else None
        self.title_index = title
        stack: list[tuple[int, int]] = []
        found: list[int] = []
        over = _over_chapters(self.blocks, title)
        for index, block in enumerate(self.blocks):
            if isinstance(block, Heading):
                while stack and stack[-1][0] >= block.level:
                    stack.pop()
                stack.append((block.level, index))
            elif index in self.runs:
                area = self.area_above([i for _, i in stack if i not in over])
                if area is not None and area not in found:
                    found.append(area)
        areas: dict[int, int] = {}
        for index in found:
            printed = self.blocks[index].number or ""
            areas[index] = int(printed) if printed.isdigit() else len(areas) + 1
        report_part_areas(self, self.blocks, areas)
        return areas

    def area_above(self, open_headings: list[int]) -> int | None:
        """The area among the open headings (outermost first), or None for none."""
        from wlga_analysis.interpret.recommendations.committee_reports import is_subheading
        from wlga_analysis.interpret.recommendations.prose import _label_role

        for index in reversed(open_headings):
            text = clean_text(self.blocks[index].text.text)
            if _label_role(text) is None and not is_subheading(text, self.words["subheading"]):
                return index
        return open_headings[-1] if open_headings else None

    # -- the rules of _BLOCK_RULES ------------------------------------------------------------
    def parse_heading(self, index: int, block: Block) -> bool:
        """A heading: the title (the first), an area (a lead-in stands under it), else a
        note that ends the area."""
        if not isinstance(block, Heading):
            return False
        text = clean_text(block.text.text)
        ln = block.location.line or 0
        self.in_run = False
        if index in self.area_of:  # (its name without "Chapter N:")
            title = without_part_label(text.strip()).rstrip(" .:;") or text
            self.start_area(self.area_of[index], title, ln)
            return True
        if self.current is not None and block.level > self.area_level(index):
            self.notes.append(("heading", text, ln))  # a sub-heading inside the area
            return True
        self.current = None
        kind = "title" if index == self.title_index and self.title is None else "heading"
        if kind == "title":
            self.title = text
        self.notes.append((kind, text, ln))
        return True

    def area_level(self, index: int) -> int:
        """The level of the area heading above block ``index``."""
        above = max((i for i in self.area_of if i < index), default=None)
        return getattr(self.blocks[above], "level", 0) if above is not None else 0

    def parse_table(self, index: int, block: Block) -> bool:
        """A table: its rows are notes."""
        if not isinstance(block, Table):
            return False
        for row in (block.header, *block.rows) if block.header else block.rows:
            text = " \u2013 ".join(t for t in (clean_text(c.text) for c in row) if t)
            if text:
                self.notes.append(("paragraph", text, row[0].location.line or 0))
        return True

    def parse_lead_in(self, index: int, block: Block) -> bool:
        """A lead-in: the area's remit; its owners are its items'."""
        run = self.runs.get(index)
        if run is None:
            return False
        if self.current is None:  # (under the title alone: its items stay notes)
            self.issue(_REC, "recommendation outside an area", "", block.location.line,
                       f"the lead-in {_printed(block)[:60]!r} and its items are printed "
                       "under no heading; kept in the notes only")
            return False
        self.current.remit.append(_printed(block))
        self.run_owners, self.in_run = run.owners, True
        self.run_items.append([])
        return True

    def parse_item(self, index: int, block: Block) -> bool:
        """A sub-item under a lead-in: a recommendation; a deeper one continues it."""
        if not self.in_run or self.current is None:
            return False
        run = self.runs[max(i for i in self.runs if i < index)]
        ln = block.location.line or 0
        if index not in run.items:
            if self.last_rec is None or index not in run.more:
                return False
            self.last_rec.pieces.append(_printed(block))  # a deeper sub-item
            return True
        number, label, _ = run.items[index]
        mark = _mark(block)
        text = mark[1] if mark else clean_text(block.text.text)
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text],
                     label=label or None)
        owners = subject_partners(text, self.known, self.run_owners) if self.run_owners \
            else council_bodies(_item_owners(text, self.known), self.known, self.lines)
        for name in owners:
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.run_items[-1].append(item)
        self.last_item[_REC] = self.last_rec = item
        return True

    def parse_box(self, index: int, block: Block) -> bool:
        """A box between a lead-in and its items repeating one of them (a "Key ask"): a
        note, read once from its item (reported); the lead-in's items go on after it."""
        if not self.in_run or not any(index in run.boxed for run in self.runs.values()):
            return False
        self.notes.append(("paragraph", _printed(block), block.location.line or 0))
        self.issue(_REC, "printed twice", "", block.location.line,
                   f"the box {_printed(block)[:60]!r} repeats a recommendation below it; "
                   "read once, from the list, and kept in the notes")
        return True

    def parse_text(self, index: int, block: Block) -> bool:
        """Any other paragraph: the area's remit, or a note outside any area."""
        self.in_run = False
        text = _printed(block)
        if not text:
            return True
        if self.current is not None:
            self.current.remit.append(text)
        else:
            self.notes.append(("paragraph", text, block.location.line or 0))
        return True


def _lead_in_of(text: str, patterns: tuple[tuple[str, Any], ...]) -> tuple[str, str] | None:
    """(kind, subject) of a paragraph that is, or ends with, a lead-in; else None."""
    if (decided := decision_subject(text)) is not None:  # ("That Cabinet:")
        return "decision", decided
    if (required := required_subject(text)) is not None:  # ("... requires X to take ...:")
        return "required", required
    m = (LEAD_IN.fullmatch(text) or LEAD_IN.fullmatch(last_sentence(text))) \
        if "recommend" in text.lower() else None
    if m is not None:
        return "recommend", m.group("subject")
    if (whom := should_lead_in(text)) is not None:  # ("Schools should:")
        return "addressee", whom
    return ask_subject(text, patterns) if patterns else None


def _over_chapters(blocks: list[Block], title: int | None) -> set[int]:
    """The title and the headings a numbered chapter heading stands under ("## Report
    title" over "### 1. Purpose", "### 2. Recommendations"): the paper's own, no area."""
    stack: list[tuple[int, int]] = []
    over: set[int] = {title} if title is not None else set()
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            if block.number:
                over.update(i for _, i in stack)
            stack.append((block.level, index))
    return over


def _printed(block: Block) -> str:
    """A block's text with its printed number or marker."""
    text = clean_text(block.text.text)
    if isinstance(block, ListItem):
        return f"{block.marker} {text}"
    number = getattr(block, "number", None)
    return f"{number}. {text}" if number is not None else text


def _as_heading(block: Block, lines: tuple[str, ...] | list[str]) -> Block:
    """A numbered line that only names a section ("2. Collection rates") as a heading: at
    the level of its Markdown marks ("## 2. ..."), else one level deeper for each level of
    its number, below any marked heading."""
    from wlga_analysis.interpret.recommendations.prose import _section_name

    named = _section_name(block)
    if named is None or isinstance(block, Heading):
        return block
    number, text = named
    ln = block.location.line or 0
    source = lines[ln - 1].lstrip() if 0 < ln <= len(lines) else ""
    marks = len(source) - len(source.lstrip("#"))
    level = marks if 0 < marks <= 6 and source[marks:marks + 1] == " " else \
        8 + number.count(".")
    return Heading(text, level, number, block.location)


#: The rules each block is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[LeadInParser, int, Any], bool]], ...] = (
    ("heading", LeadInParser.parse_heading),
    ("table", LeadInParser.parse_table),
    ("lead_in", LeadInParser.parse_lead_in),
    ("item", LeadInParser.parse_item),
    ("box", LeadInParser.parse_box),
    ("text", LeadInParser.parse_text),
)


def _has_lead_in(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a line could hold a lead-in (cheap: a colon, then a colon at its end and
    "recommend" or a word of the lead-in lists)."""
    from wlga_analysis.reference import load_recommendation_words

    words = load_recommendation_words()
    verbs = (*dict.fromkeys(next(w for w in p.split() if w != "x")  # "urge", "will"
                            for kind in ("lead_in", "undertaking") for p in words[kind]
                            if p.strip() != "x"), "should")  # ("Schools should:")
    return any(":" in line and (could_lead(line, verbs, lines[at - 1] if at else "")
                                or decision_line(line) or required_line(line))
               for at, line in enumerate(lines))


def _is_bullet(block: Block) -> bool:
    """Whether a block is a bullet list item."""
    return isinstance(block, ListItem) and block.kind == "bullet"


def _bullet_items(blocks: list[Block], index: int, previous: tuple[int, str] | None
                  ) -> tuple[dict[int, tuple[int, str, str]], set[int]]:
    """The bullets after the lead-in at ``index``, numbered by their place (on from the
    last lead-in's bullets), and the deeper bullets that continue them."""
    number = previous[0] if previous is not None and previous[1] == "bullet" else 0
    items: dict[int, tuple[int, str, str]] = {}
    more: set[int] = set()
    level = blocks[index + 1].level
    for at in range(index + 1, len(blocks)):
        block = blocks[at]
        if not isinstance(block, ListItem) or block.level < level:
            break
        if block.level > level:
            more.add(at)
        elif block.kind != "bullet":
            break
        else:
            number += 1
            items[at] = (number, "", "bullet")
    return items, more


def read_lead_ins(doc: Document, known: frozenset[str]) -> LeadInParser | None:
    """Read recommendations printed under lead-ins, or None when the document prints no
    lead-in with sub-items under a heading.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_lead_ins(doc, frozenset()) is None
    True
    """
    if not _has_lead_in(doc.lines):
        return None
    return run_prepared(LeadInParser(doc, known))
