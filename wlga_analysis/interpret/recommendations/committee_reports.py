"""A committee report: recommendations printed twice, chapters as areas.

A Senedd committee report prints each recommendation twice: in a summary at the front
("Recommendations and conclusions", each line ending with the page its box is on: "(Page
4)", a dotted tab leader to "4", a number printed right) and again in a box in the chapter
that argues for it (a block quote in Markdown, ``<aside>`` on a web page, a bordered
paragraph in Word, a one-cell table in a PDF), under a generic sub-heading ("Our view").
Its chapters are numbered headings ("2. Resourcing planning services"); numbered
"Conclusions" stand among the recommendations but are not recommendations.

:class:`ReportParser` is the prose reader (:class:`.prose.ProseParser`) with these rules:

- **printed twice**: a recommendation whose number is printed twice, in two sections, with
  the same text (page furniture left out) is one recommendation. Of the two runs of
  printings, the *summary* is the one spread over fewer sections (else the one under a
  heading naming recommendations, else the first); the other is the body. Each is read from
  the body, in its chapter; the summary's lines are notes, as printed. Two printings that
  differ in their words are still one recommendation (read from the body) and reported
  ("printed twice differently"); a number printed with different texts is no copy (numbers
  restarting in each chapter). A recommendation printed in the summary only is read from it
  (its area the summary's heading), one printed in a chapter only is read as it is; both
  are reported;
- **page references** at the end of a summary line ("(Page 4)", "Page 4", "p. 4", "..... 4",
  a bare number where the body prints the same sentence) are page furniture, not text;
- **generic sub-headings** ("Our view", "Our conclusions", "Evidence we heard": kind
  ``subheading`` of ``data/raw/recommendation_words.csv``, analyst-editable) are never an
  area: they are read as sub-headings of the chapter they stand in (notes);
- **conclusions** ("Conclusion 1. We are concerned ...") are notes, not activities; in a
  report that prints its recommendations twice or prints conclusions, the chapters' other
  sentences (the evidence heard: "Witnesses told us ...") are the area's remit, not
  activities (a committee reports no work of its own);
- a **Markdown block quote** ("> **Recommendation 1.** ...") is read as its text;
- **owners** from the sentence's subject and its partners (:mod:`.subject_partners`), or
  the subject of its "That ..." clause ("That the Welsh Government and WLGA review ..." ->
  WG, WLGA; :mod:`.that_subject`).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Report", "", "## Recommendations", "",
...          "**Recommendation 1.** The WLGA should act. (Page 4)", "",
...          "## 2. Workforce", "", "### Our view", "",
...          "> **Recommendation 1.** The WLGA should act.")
>>> parser = ReportParser(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                       OwnerCodes.from_rows([("WLGA", None, None)]))
>>> parser.run()
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(2, 'Workforce')]
>>> [(i.number, i.pieces, i.owners, i.line) for i in parser.items["recommendations"]]
[(1, ['The WLGA should act.'], ['WLGA'], 11)]
>>> sorted(i.check for i in parser.issues)
['no theme', 'printed twice', 'read from prose']
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations import responses
from wlga_analysis.interpret.recommendations.bold_recommends import (
    answers_questions,
    opens_in_bold,
    recommend_that_owners,
)
from wlga_analysis.interpret.recommendations.chapter_boxes import (
    chapter_areas,
    closing_marks,
    unfenced,
)
from wlga_analysis.interpret.recommendations.lines import _REC
from wlga_analysis.interpret.recommendations.prose import (
    _UNIT_RULES,
    ProseParser,
    _Unit,
    recommendation_label,
)
from wlga_analysis.interpret.recommendations.subject_partners import subject_partners
from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners
from wlga_analysis.interpret.recommendations.unnumbered import recommends_pattern
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ReportParser", "is_subheading", "page_reference", "unquoted"]

#: A Markdown block quote's marks at the start of a line ("> ", "> > ").
_QUOTE = compile_regex(r"^[ ]{0,3}(?:>[ ]?)+")
#: A page reference ending a summary line: "(Page 4)", "Page 4", "p. 4", "pp. 4-5",
#: "Tudalen 4", or a dotted leader to a number ("..... 4", "…… 4").
_PAGE_REFERENCE = compile_regex(
    r"(?i)(?:\s+(?:\.\s?){2,}|(?<=[^\s.])\.{3,}|\s*\u2026+|\s)\s*(?:\(\s*)?"
    r"(?:(?:page|pages|p\.|pp\.|tudalen|t\.)\s*)?\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\s*\)?\s*$")
#: The same, with the page's word or a leader required (a bare number ends it only where
#: the body prints the sentence without it).
_WORDED_REFERENCE = compile_regex(
    r"(?i)(?:\s*\(\s*(?:page|pages|p\.|pp\.|tudalen|t\.)\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?"
    r"\s*\)|\s+(?:page|pages|p\.|pp\.|tudalen|t\.)\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?"
    r"|(?:\s+(?:\.\s?){3,}|(?<=[^\s.])\.{3,}|\s*\u2026+)\s*\d{1,4})\s*$")
#: How much of a line's end a page reference is looked for in.
_REFERENCE_TAIL = 80
#: "Conclusion 1." -- a committee's conclusion, printed among its recommendations.
_CONCLUSION = compile_regex(r"(?i)\s*(?:conclusion|casgliad)\s+\d{1,3}[a-z]?\s*"
                            r"(?:[.:\u2013\u2014-]|$)")
#: A heading naming a list of recommendations ("Recommendations and conclusions").
_NAMES_RECOMMENDATIONS = compile_regex(r"(?i)\b(?:recommendations?|argymhellion)\b")
#: A heading's Markdown marks in the text form ("## 2. Funding").
_MARKED_HEADING = compile_regex(r"[ ]{0,3}(#{1,6})[ \t]")
#: How alike two printings must be to be one recommendation printed twice, compared on
#: their first characters.
_SAME_RATIO = 0.6
_COMPARED = 600


def unquoted(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines of a Markdown text with the marks of its block quotes taken off ("> text"
    is "text"), line for line.

    Examples
    --------
    >>> unquoted(("> **Recommendation 1.** Act.", ">", "> > nested", "a > b"))
    ('**Recommendation 1.** Act.', '', 'nested', 'a > b')
    """
    if not any(line.lstrip(" ").startswith(">") for line in lines):
        return lines
    return tuple(_QUOTE.sub("", line) for line in lines)


def box_blocks(parser: Any, doc: Any) -> list[Any]:
    """The blocks a reader of boxes plans from: ``parser``'s lines read again as the text
    form (a text file's block quotes unquoted first, on ``parser.lines`` too; a Word
    file's or web page's lines as exact blocks), for :mod:`.exhibit_boxes` and
    :mod:`.annex_boxes`."""
    from wlga_analysis.read.text import read_text_lines

    if doc.form == "text":
        parser.lines = unquoted(parser.lines)
    model = read_text_lines(parser.lines, path=doc.path, exact=doc.form in ("docx", "html"))
    return list(model.blocks)


def read_boxes(parser: Any, doc: Any, plan_of: Any) -> Any:
    """``parser`` once it has read the boxes of ``doc`` by the plan ``plan_of`` makes of
    their blocks (:func:`box_blocks`), or None when ``plan_of`` finds none (its None), for
    :mod:`.exhibit_boxes` and :mod:`.annex_boxes`."""
    blocks = box_blocks(parser, doc)
    plan = plan_of(blocks)
    if plan is None:
        return None
    parser.read(blocks, plan)
    return parser


def page_reference(text: str, bare: bool = False) -> tuple[str, str | None]:
    """``text`` without the page reference at its end, and the reference (None for none);
    ``bare``: a number alone counts too ("... respond. 4", a tab leader's number).

    Examples
    --------
    >>> page_reference("The WLGA should act. (Page 4)")
    ('The WLGA should act.', '(Page 4)')
    >>> page_reference("The WLGA should act. ..... 12")
    ('The WLGA should act.', '..... 12')
    >>> page_reference("Publish it by 2026."), page_reference("The WLGA should act. 4", True)
    (('Publish it by 2026.', None), ('The WLGA should act.', '4'))
    """
    tail = len(text) - len(text[-_REFERENCE_TAIL:])  # (a reference is short: read the end)
    m = (_PAGE_REFERENCE if bare else _WORDED_REFERENCE).search(text, tail)
    if m is None or not text[:m.start()].strip():
        return text, None
    return text[:m.start()].rstrip(), text[m.start():].strip()


def is_subheading(text: str, words: frozenset[str]) -> bool:
    """Whether a heading is a generic sub-heading of a chapter ("Our view"), from ``words``
    (kind ``subheading`` of ``data/raw/recommendation_words.csv``).

    Examples
    --------
    >>> is_subheading("Our view:", frozenset({"our view"}))
    True
    """
    folded = " ".join(text.replace("\u2019", "'").lower().strip(" :.").split())
    return folded in words


def folded_printing(text: str) -> str:
    """A printing of a recommendation as compared with another printing of it: lower case,
    single-spaced, no closing punctuation.

    Examples
    --------
    >>> folded_printing("Councils  should act;") == folded_printing("councils should act.")
    True
    """
    return " ".join(text.lower().split()).rstrip(" .;:")


@dataclass(frozen=True)
class _Printing:
    """One printing of a labelled recommendation."""

    index: int  # its block
    key: tuple[int, str]  # (number, letter)
    text: str  # its text, the label left out
    section: int | None  # the heading it stands under (generic sub-headings passed over)
    above: tuple[int, ...]  # that heading and the headings it stands under
    names_recommendations: bool  # one of those names recommendations
    line: int


@dataclass
class PrintedTwice:
    """Which blocks are the summary's printings of recommendations printed again in their
    chapters (see the module's doc)."""

    copies: dict[int, tuple[_Printing, _Printing]] = field(default_factory=dict)
    copy_ids: set[int] = field(default_factory=set)
    summary_only: dict[int, _Printing] = field(default_factory=dict)
    body_only: list[_Printing] = field(default_factory=list)
    differing: list[tuple[_Printing, _Printing]] = field(default_factory=list)
    sections: set[int] = field(default_factory=set)  # the headings the summary stands under
    headings: set[int] = field(default_factory=set)  # those, and the headings naming it
    heading: str = ""  # the summary's name in the reports: its heading quoted, or its line
    references: int = 0  # summary lines that end with a page reference


def _printings(blocks: list[Block], subheadings: set[int]) -> list[_Printing]:
    """Every paragraph or list item that is a labelled recommendation, with the heading it
    stands under (the document's title, at index 0, and generic sub-headings passed over)."""
    stack: list[tuple[int, int, bool]] = []  # (level, index, names recommendations)
    found: list[_Printing] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            if index == 0 or id(block) in subheadings:
                continue
            text = clean_text(block.text.text)
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            stack.append((block.level, index, bool(_NAMES_RECOMMENDATIONS.search(text))))
            continue
        if not isinstance(block, (Paragraph, ListItem)):
            continue
        text = clean_text(block.text.text)
        label = recommendation_label(text)
        if label is None:
            continue
        number, letter, start, end = label
        body = (text[end:] if start == 0 else text[:start] + text[end:]).strip() \
            or _text_after(blocks, index)
        found.append(_Printing(index, (number, letter), body, stack[-1][1] if stack else None,
                               tuple(i for _, i, _ in stack), any(s[2] for s in stack),
                               block.location.line or 0))
    return found


def _text_after(blocks: list[Block], index: int) -> str:
    """The text of a label printed alone ("Recommendation 1" over a paragraph, a box's
    heading): the paragraph after it, unless that is labelled itself."""
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if not isinstance(after, Paragraph):
        return ""
    text = clean_text(after.text.text)
    return "" if recommendation_label(text) is not None else text


def _alike(summary: str, body: str) -> tuple[bool, bool] | None:
    """(the same words, a page reference ended the summary's) for two printings of one
    recommendation; None when they are not alike enough to be one."""
    text, ref = page_reference(summary)
    if folded_printing(text) == folded_printing(body):
        return True, ref is not None
    bare, ref_bare = page_reference(summary, bare=True)
    if ref_bare is not None and folded_printing(bare) == folded_printing(body):
        return True, True
    a, b = folded_printing(text)[:_COMPARED], folded_printing(body)[:_COMPARED]  # (a bounded cost)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    alike = matcher.quick_ratio() >= _SAME_RATIO and matcher.ratio() >= _SAME_RATIO
    return (False, ref is not None) if alike else None


def _summary_run(pairs: list[tuple[_Printing, _Printing]]) -> int:
    """Which of each pair's printings is the summary's (0 the first, 1 the second): the run
    spread over fewer sections, else the one under a heading naming recommendations, else
    the first."""
    def rank(run: list[_Printing], order: int) -> tuple[int, int, int]:
        return (len({p.section for p in run}),
                0 if all(p.names_recommendations for p in run) else 1, order)

    return min((rank([pair[i] for pair in pairs], i), i) for i in (0, 1))[1]


def find_printed_twice(blocks: list[Block], subheadings: set[int]) -> PrintedTwice:
    """The recommendations printed twice in ``blocks`` (see the module's doc);
    ``subheadings``: the ids of its generic sub-headings' blocks."""
    groups: dict[tuple[int, str], list[_Printing]] = defaultdict(list)
    for printing in _printings(blocks, subheadings):
        groups[printing.key].append(printing)
    pairs = [(run[0], run[-1]) for run in groups.values()
             if len(run) >= 2 and run[0].section != run[-1].section
             and (_alike(run[0].text, run[-1].text) or _alike(run[-1].text, run[0].text))]
    result = PrintedTwice()
    if not pairs:
        return result
    first = _summary_run(pairs)
    for pair in pairs:
        summary, body = pair[first], pair[1 - first]
        same, reference = _alike(summary.text, body.text) or (False, False)
        result.copies[summary.index] = (summary, body)
        result.references += reference
        if not same:
            result.differing.append((summary, body))
    opening = min((s for s, _ in result.copies.values()), key=lambda p: p.index)
    result.heading = _summary_name(blocks, opening)
    sections = {s.section for s, _ in result.copies.values()}
    result.sections = {i for i in sections if i is not None}
    result.headings = result.sections | {  # (and the headings over it naming recommendations)
        i for s, _ in result.copies.values() for i in s.above
        if _NAMES_RECOMMENDATIONS.search(clean_text(blocks[i].text.text))}
    _unpaired(result, groups, sections)
    result.copy_ids = {id(blocks[i]) for i in result.copies}
    return result


def _summary_name(blocks: list[Block], opening: _Printing) -> str:
    """How the reports name the summary: its heading (the outermost heading over it that
    names recommendations, "Summary of recommendations" over "2. Funding"), or its line."""
    naming = [i for i in opening.above
              if _NAMES_RECOMMENDATIONS.search(clean_text(blocks[i].text.text))]
    index = naming[0] if naming else opening.section
    if index is None:
        return f"from line {opening.line}"
    return repr(clean_text(blocks[index].text.text))


def _unpaired(result: PrintedTwice, groups: dict[tuple[int, str], list[_Printing]],
              sections: set[int | None]) -> None:
    """The recommendations printed once, where others are printed twice: in the summary
    only, or in a chapter only."""
    paired = {s.key for s, _ in result.copies.values()}
    for run in groups.values():
        for printing in run:
            if printing.key in paired:
                continue
            if printing.section in sections:
                result.summary_only[printing.index] = printing
            else:
                result.body_only.append(printing)


class ReportParser(ProseParser):
    """The prose reader, for a committee report (see the module's doc)."""

    def run(self) -> None:
        self.chapter_level = 0  # the level of the last chapter: a heading, not a sub-heading
        self.blocks_read = 0
        self.subheadings: set[int] = set()  # (ids of) the generic sub-headings under chapters
        self.printed: PrintedTwice | None = None
        self.conclusion_block = -1  # the block of the last conclusion read
        self.conclusion_block_next = -1  # the block after a conclusion's label printed alone
        self.committee = False  # printed twice, conclusions, questions answered: no activities
        self.title_index: int | None = None
        self.owners_read: set[int] = set()  # the recommendations whose subject was read
        if self.doc.form == "text":
            self.lines = unfenced(unquoted(self.lines))  # (pandoc's fenced divs: markup)
        super().run()

    def as_heading(self, block: Block) -> Block:
        """A generic sub-heading ("Our view") stands under the chapter before it, whatever
        level it is printed at (a numbered chapter is read deeper than any heading)."""
        block = super().as_heading(block)
        self.blocks_read += 1
        if not isinstance(block, Heading):
            return block
        if self.chapter_level and \
                is_subheading(clean_text(block.text.text), self.words["subheading"]):
            sub = Heading(block.text, max(block.level, self.chapter_level + 1), block.number,
                          block.location)
            self.subheadings.add(id(sub))
            return sub
        if self.blocks_read > 1:  # (the first block is the title, not a chapter)
            self.chapter_level = block.level
        return block

    def plan(self, blocks: list[Block]) -> tuple[set[int], set[int]]:
        if self.printed is None:
            self.printed = find_printed_twice(blocks, self.subheadings)
            self.committee = bool(self.printed.copies) or any(
                isinstance(b, (Paragraph, ListItem)) and _CONCLUSION.match(b.text.text)
                for b in blocks) or answers_questions(blocks)  # (no work of its own)
        areas, themes = super().plan([_sub_heading_as_text(b, self.subheadings)
                                      for b in blocks])
        self.title_index = _title_index(blocks, self.printed.sections)
        # (neither the summary nor the title is a theme, nor a heading printed no higher
        # than the areas under it: a foreword before the chapters)
        themes = {t for t in themes - self.printed.headings - {self.title_index}
                  if self.holds_areas(blocks, t, areas)}
        chapters = chapter_areas(blocks, areas, themes)  # (boxes closing each chapter: "3.1")
        if chapters is not None:
            self.committee = True  # (the chapters' evidence: no work of the institute's own)
            return chapters
        return areas, themes

    def holds_areas(self, blocks: list[Block], theme: int, areas: set[int]) -> bool:
        """Whether a heading is printed higher than an area it is planned over (a numbered
        chapter, "## 2. Funding", is read deeper than any heading: printed at the level
        of the "## Chair's foreword" before it, it is no part of it)."""
        level, end = blocks[theme].level, theme + 1
        while end < len(blocks) and not (isinstance(blocks[end], Heading)
                                         and blocks[end].level <= level):
            end += 1  # (the heading's part ends at the next heading of its level or higher)
        under = [a for a in areas if theme < a < end]
        rank = self.printed_level(blocks[theme])
        return not under or any(self.printed_level(blocks[a]) > rank for a in under)

    def printed_level(self, block: Block) -> int:
        """The level a heading is printed at: its Markdown marks in the text form ("##",
        a numbered heading in bold as the marked one it is: "**2. Funding**"), else the
        level it is read at."""
        from wlga_analysis.read.bold_headings import unbold_numbered

        ln = block.location.line or 0
        line = self.lines[ln - 1] if 0 < ln <= len(self.lines) else ""
        m = _MARKED_HEADING.match(unbold_numbered(line) if line[:2] in ("**", "__") else line)
        return len(m.group(1)) if m else getattr(block, "level", 0)

    def prose_heading(self, block: Heading, index: int) -> None:
        """The title is the first heading of the highest rank among the document's opening
        blocks, not always its first block (a committee's name printed above it)."""
        title = self.title_index
        if title in (None, 0) or index not in (0, title) or index in self.area_headings:
            super().prose_heading(block, index)
            if id(block) in self.subheadings:  # ("Our response": a generic one names no column)
                self.list_role = None
            return
        text, ln = clean_text(block.text.text), block.location.line or 0
        self.current = None
        if index == title:
            self.title = text
        self.notes.append(("title" if index == title else "heading", text, ln))

    def is_label(self, block: Block) -> bool:
        """A generic sub-heading printed as a bold line ("Our response") is no label."""
        return not is_subheading(clean_text(block.text.text), self.words["subheading"]) \
            and super().is_label(block)

    def opens_unnumbered(self, unit: _Unit, role: str | None) -> bool:
        """A bold "We recommend ..." sentence opens a recommendation inside a list item too
        (:mod:`.bold_recommends`)."""
        return super().opens_unnumbered(unit, role) or (
            unit.in_list and opens_in_bold(unit.raw)
            and recommends_pattern(self.words["recommends"]).match(unit.text) is not None)

    def recommendation_kind(self, block: Block, index: int, role: str | None,
                            under_label: bool = False) -> int | None:
        if self.printed is not None and index in self.printed.copies:
            return None  # the summary's printing: read from the body
        return super().recommendation_kind(block, index, role, under_label)

    def outside_areas(self, block: Block) -> None:
        if self.printed is not None and id(block) in self.printed.copy_ids:
            self.notes.append(("paragraph", _as_printed(block), block.location.line or 0))
            return
        super().outside_areas(block)

    def read_unit(self, unit: _Unit) -> None:
        """A summary's printing (in an area), a conclusion and a generic sub-heading printed
        as a line are notes; a recommendation printed in the summary only loses its page
        reference; a recommendation read gets the owners its subject names."""
        printed = self.printed or PrintedTwice()
        if self.as_note(unit, printed):
            self.last_unit, self.last_block = None, unit.block
            return
        if unit.block in printed.summary_only:
            unit = _without_reference(unit)
            if not unit.text:
                return
        if self.committee:  # its chapters' evidence is no work of its own: no activity
            for name, rule in _UNIT_RULES:
                if name != "activity" and rule(self, unit):
                    break
            self.last_block = unit.block
        else:
            super().read_unit(unit)
        self.subject_owners()

    def as_note(self, unit: _Unit, printed: PrintedTwice) -> bool:
        """Keep a summary's printing, a conclusion (all its sentences) or a sub-heading
        printed as a line of its own ("Our view") in the notes."""
        if unit.block in printed.copies:
            self.notes.append(("paragraph", unit.text, unit.line))
            return True
        if (m := _CONCLUSION.match(unit.text)) is not None \
                or unit.block in (self.conclusion_block, self.conclusion_block_next):
            self.conclusion_block = unit.block
            # (a label printed alone, a box's heading: the paragraph after it is its text)
            alone = m is not None and not unit.text[m.end():].strip(" .:")
            self.conclusion_block_next = unit.block + 1 if alone else -1
            self.notes.append(("paragraph", unit.text, unit.line))
            return True
        if not unit.in_list and is_subheading(unit.text, self.words["subheading"]):
            self.notes.append(("heading", unit.text, unit.line))
            return True
        return False

    def subject_owners(self) -> None:
        """The owners the subject of the recommendation read last names, read once its
        text is known (a label printed as a sentence of its own, "Recommendation 1.", has
        none yet)."""
        rec = self.last_rec
        text = next((piece for piece in rec.pieces if piece), "") if rec is not None else ""
        if not text or id(rec) in self.owners_read:
            return
        self.owners_read.add(id(rec))
        owners = list(rec.owners) or responses.subject_owners(text, self.known) \
            or recommend_that_owners(text, self.known) or []
        for name in subject_partners(text, self.known, owners):
            self.add_owner(rec, name)

    def report_reading(self) -> None:
        closing_marks(self)  # ("... grants.\u2076": the mark is no part of the words)
        for rec in self.items[_REC]:  # no other wording named them: "That X and Y do ..."
            text = next((piece for piece in rec.pieces if piece), "")
            if not rec.owners and text:
                for name in that_subject_owners(text, self.known) or ():
                    self.add_owner(rec, name)
        super().report_reading()
        if self.printed is not None and self.printed.copies:
            report_printed_twice(self, self.printed)


#: How many blocks open a document (its cover: the committee's name, the title, the date).
_OPENING = 4


def _title_index(blocks: list[Block], summary: set[int]) -> int | None:
    """The title's block: of the headings among the opening blocks (up to the first long
    paragraph or numbered heading, "3. Leisure estate", which is a chapter), the first of
    the highest rank that is not the ``summary``'s; None for none."""
    headings: list[tuple[int, int]] = []
    for index, block in enumerate(blocks[:_OPENING]):
        if isinstance(block, Heading) and block.number is None:
            if index not in summary:
                headings.append((block.level, index))
        elif not isinstance(block, (Paragraph, ListItem)) or len(block.text.text.split()) > 12:
            break  # (the text, or the chapters, have begun)
    return min(headings)[1] if headings else None


def _sub_heading_as_text(block: Block, subheadings: set[int]) -> Block:
    """A generic sub-heading as the planner reads it: a line of the chapter's text, so that
    the chapter over it is the area of the recommendations under it."""
    if isinstance(block, Heading) and id(block) in subheadings:
        return Paragraph(block.text, None, block.location)
    return block


def _without_reference(unit: _Unit) -> _Unit:
    """A sentence of a summary's line without the page reference that ends it (nothing, for
    a reference the sentence splitter cut off: "(Page 8)")."""
    if _WORDED_REFERENCE.fullmatch(" " + unit.text.strip()):
        return replace(unit, text="", raw="")
    text, ref = page_reference(unit.text)
    if ref is None:
        return unit
    raw, _ = page_reference(unit.raw)
    return replace(unit, text=text, raw=raw)


def _as_printed(block: Block) -> str:
    if isinstance(block, ListItem):
        return clean_text(f"{block.marker} {block.text.text}")
    number = getattr(block, "number", None)
    return clean_text(f"{number}. {block.text.text}" if number else block.text.text)


def report_printed_twice(parser: ProseParser, printed: PrintedTwice) -> None:
    """Report how the recommendations printed twice were read."""
    copies = list(printed.copies.values())
    first = min(s.line for s, _ in copies)
    refs = (f"; {printed.references} summary lines end with a page reference, page "
            "furniture, not text") if printed.references else ""
    parser.issue(_REC, "printed twice", "", first,
                 f"{len(copies)} recommendations are printed twice, in the summary "
                 f"{printed.heading} and again in their chapters: each is read once, in "
                 f"its chapter; the summary's lines are kept in the notes{refs}")
    for summary, body in printed.differing:
        parser.issue(_REC, "printed twice differently", _item(summary), body.line,
                     f"recommendation {_item(summary)} is printed differently in the summary "
                     f"(line {summary.line}: {summary.text[:120]!r}) and in its chapter "
                     f"(line {body.line}: {body.text[:120]!r}); the chapter's text is read")
    for printing in printed.summary_only.values():
        parser.issue(_REC, "summary only", _item(printing), printing.line,
                     f"recommendation {_item(printing)} is printed in the summary "
                     f"{printed.heading} only, not in a chapter: read from the summary, "
                     "its area the summary's heading, its page reference left out")
    for printing in printed.body_only:
        parser.issue(_REC, "not in the summary", _item(printing), printing.line,
                     f"recommendation {_item(printing)} is printed in a chapter but not in "
                     f"the summary {printed.heading}")


def _item(printing: _Printing) -> str:
    return f"{printing.key[0]}{printing.key[1]}"
