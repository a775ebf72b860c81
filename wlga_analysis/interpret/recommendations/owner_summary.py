"""A review numbered by chapter: each recommendation in a box in its chapter, and again in
a summary grouped by the body it is addressed to.

An independent review prints its recommendations **numbered by chapter** ("Recommendation
3.2", the second of chapter 3) in a box in the chapter that argues for it (a shaded
one-cell table, a ``<div>`` or ``<aside>`` with a heading, a bold label then a paragraph;
a Markdown converter may join the boxes of a chapter into one one-column table), and
collects them again at the end in a **summary grouped by owner**: a heading naming the
recommendations ("Summary of recommendations"), then one heading per body ("For the Welsh
Government", "For local authorities", "For the WLGA") over the recommendations addressed
to it, each with its number ("3.2 Councils should ..."). A recommendation addressed to two
bodies is listed under both. A careful analyst reads each recommendation **once**:

- the **areas** are the chapters that hold recommendations (the chapter a number names:
  3.2 -> chapter 3, its name without "Chapter 3 \u2013"), no theme; the other chapters
  (the introduction) are notes;
- each **recommendation** is read from its box (its text without its label) with its
  printed number as its label ("3.2"); its **owners** are the owner groups it is listed
  under, in the order printed (3.3 under "For the Welsh Government" and "For the WLGA":
  WG, WLGA); one the summary lacks is read from its box, its owners from its subject, and
  reported; a summary entry no box prints is read from the summary, reported;
- the summary's entries are the same recommendations: not read again (an entry worded
  otherwise than its box is reported and kept in the notes); its headings are notes. A
  review recommends: **no activities**.

The shapes of a chapter, a box's label and a number by chapter are
:data:`~.annex_boxes.ANNEX_RULES`; :data:`SUMMARY_RULES` holds the summary's heading. The
reading is reported ("read from chapter boxes and a summary by owner") so that an analyst
checks it.

Examples
--------
>>> from pathlib import Path
>>> lines = ("# Review", "", "# 1 Homes", "", "Too few homes.", "",
...          "**Recommendation 1.1:** Councils should build.", "", "# 2 Land", "",
...          "**Recommendation 2.1:** The WG should buy.", "", "# Summary of recommendations",
...          "", "## For the Welsh Government", "", "2.1 The WG should buy.", "",
...          "## For local authorities", "", "1.1 Councils should build.")
>>> doc = Document(Path("r.md"), "recommendations", lines, "0" * 64)
>>> from wlga_analysis.interpret.recommendations.owners import load_owners
>>> parser = read_owner_summary(doc, load_owners())
>>> [(a.area_id, a.title, a.theme) for a in parser.areas.values()]
[(1, 'Homes', None), (2, 'Land', None)]
>>> [(i.label, i.pieces, i.owners) for i in parser.items["recommendations"]]
[('1.1', ['Councils should build.'], ['LG']), ('2.1', ['The WG should buy.'], ['WG'])]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.annex_boxes import (
    AnnexBoxParser,
    _Box,
    _box_at,
    _chapters_around,
    _Plan,
    _ref,
    _Row,
)
from wlga_analysis.interpret.recommendations.columns import Columns
from wlga_analysis.interpret.recommendations.committee_reports import folded_printing
from wlga_analysis.interpret.recommendations.lines import _REC
from wlga_analysis.interpret.recommendations.owner_groups import OWNER_GROUP
from wlga_analysis.interpret.recommendations.owners import owner_names
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["SUMMARY_RULES", "OwnerSummaryParser", "owner_summary_after", "read_owner_summary"]

#: ``summary``: a heading over the recommendations collected again (matched anywhere in a
#: short heading, ignoring case): "Summary of recommendations", "List of recommendations",
#: "Recommendations", "Crynodeb o'r argymhellion".
SUMMARY_RULES: dict[str, str] = {
    "summary": r"(?i)\b(?:recommendations|argymhellion)\b",
}
_SUMMARY = LazyPattern(SUMMARY_RULES["summary"])
#: A summary's heading is a name, no sentence.
_MAX_HEADING_WORDS = 8


@dataclass
class _Summary:
    """The summary by owner: its blocks, its entries by number, the owners of each."""

    blocks: set[int] = field(default_factory=set)
    rows: dict[tuple[int, int], _Row] = field(default_factory=dict)
    owners: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    groups: int = 0
    differently: list[tuple[_Row, str, int]] = field(default_factory=list)  # (row, text, line)


def _group_owners(block: Block, known: frozenset[str]) -> list[str] | None:
    """The owners a group's heading names ("For the Welsh Government", a heading or a bold
    line, with or without its colon), or None for any other block."""
    if isinstance(block, Paragraph) and (block.number or not block.text.is_bold()):
        return None
    if not isinstance(block, (Heading, Paragraph)):
        return None
    text = clean_text(block.text.text).rstrip(" :")
    m = OWNER_GROUP.fullmatch(f"{text}:")
    if m is None:
        return None
    names = owner_names(m.group("names"), known)
    return names if any(name in known for name in names) else None


def _entry(block: Block) -> tuple[int, int, str] | None:
    """(chapter, place, text) of a summary's entry ("3.2 Councils should ..."), a paragraph
    or list item; None for any other block."""
    if not isinstance(block, (Paragraph, ListItem)):
        return None
    text = clean_text(block.text.text)
    if isinstance(block, ListItem) and block.marker[:1].isdigit():
        text = f"{block.marker} {text}"
    elif getattr(block, "number", None):
        text = f"{block.number} {text}"
    return _ref(text)


def _summary_start(blocks: list[Block], known: frozenset[str]) -> int | None:
    """The index of the last heading naming recommendations that an owner group follows."""
    found = None
    for index, block in enumerate(blocks[:-1]):
        if isinstance(block, Heading) and _SUMMARY.search(text := clean_text(block.text.text)) \
                and len(text.split()) <= _MAX_HEADING_WORDS \
                and _group_owners(blocks[index + 1], known) is not None:
            found = index
    return found


def _summary(blocks: list[Block], known: frozenset[str]) -> _Summary | None:
    """The summary by owner: its heading, then owner groups of numbered entries, up to the
    first other block; None unless it holds two entries at least."""
    start = _summary_start(blocks, known)
    if start is None:
        return None
    summary, owners = _Summary({start}), None
    for index in range(start + 1, len(blocks)):
        block = blocks[index]
        if (named := _group_owners(block, known)) is not None:
            owners, summary.groups = named, summary.groups + 1
        elif owners is not None and (found := _entry(block)) is not None:
            _add_entry(summary, found, owners, block.location.line or 0)
        else:
            break
        summary.blocks.add(index)
    return summary if len(summary.rows) >= 2 else None


def _add_entry(summary: _Summary, found: tuple[int, int, str], owners: list[str],
               line: int) -> None:
    """An entry of a group: a recommendation, or one listed under an earlier group again
    (its owners added; worded otherwise, kept to report)."""
    key = (found[0], found[1])
    row = summary.rows.get(key)
    if row is None:
        summary.rows[key] = _Row(found[0], found[1], found[2], line, None)
        summary.owners[key] = list(owners)
        return
    summary.owners[key] += [name for name in owners if name not in summary.owners[key]]
    if folded_printing(row.text) != folded_printing(found[2]):
        summary.differently.append((row, found[2], line))


def _boxes(blocks: list[Block], skip: set[int]) -> list[_Box]:
    """The boxes in the chapters: a box's label and text, a one-cell table holding one, or
    a one-column table each of whose rows holds one (the boxes of a chapter joined)."""
    boxes: list[_Box] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        box = _box_at(blocks, index) if index not in skip else None
        if box is not None:
            boxes.append(box)
            index = max(box.blocks)
        elif isinstance(block, Table) and not block.header and index not in skip:
            boxes += _row_boxes(block, index)
        index += 1
    return boxes


def _row_boxes(table: Table, index: int) -> list[_Box]:
    """The boxes of a one-column table whose every row holds one, else none."""
    found = []
    for row in table.rows:
        inner = list(row[0].blocks) if len(row) == 1 else []
        box = _box_at(inner, 0) if inner else None
        if box is None or max(box.blocks) != len(inner) - 1:
            return []
        found.append(_Box(box.chapter, box.place, box.text, box.line, (index,)))
    return found


def _plan(blocks: list[Block], known: frozenset[str]) -> _Plan | None:
    """The summary, the chapters its numbers name and the boxes in them, or None unless
    every number names a chapter and one box at least prints one of the summary's."""
    summary = _summary(blocks, known)
    if summary is None:
        return None
    plan = _Plan(summary.blocks, list(summary.rows.values()), Columns(1, None, 0), [])
    plan.chapters = _chapters_around(blocks, plan)
    numbers = {number for number, _ in plan.chapters.values()}
    if any(row.chapter not in numbers for row in plan.rows):
        return None
    plan.boxes = _boxes(blocks, plan.blocks)
    if not any((b.chapter, b.place) in summary.rows for b in plan.boxes):
        return None
    plan.summary = summary  # type: ignore[attr-defined]  (the owners of each entry)
    return plan


class OwnerSummaryParser(AnnexBoxParser):
    """The recommendations parser for a review's chapter boxes and summary by owner (see
    the module's doc)."""

    def annex_block(self, block: Block) -> None:
        """The summary's pieces: its headings are notes (its entries are the boxes')."""
        if isinstance(block, Heading) or _entry(block) is None:
            self.notes.append(("heading", clean_text(block.text.text),
                               block.location.line or 0))
        self.current = None

    def recommendations(self) -> None:
        """The recommendations, in the order of their numbers: each box once, its owners
        the summary's groups; a box the summary lacks, or an entry no box prints, read and
        reported; the reading reported."""
        summary: _Summary = self.plan.summary  # type: ignore[attr-defined]
        boxes = {(b.chapter, b.place): b for b in self.plan.boxes}
        for key in sorted(set(summary.rows) | set(boxes)):
            row, box = summary.rows.get(key), boxes.get(key)
            source = box or row
            if key[0] not in self.areas:  # (a chapter whose heading is not printed)
                self.start_area(key[0], f"Chapter {key[0]}", source.line)
            item = self.item(key[0], f"{key[0]}.{key[1]}", source.text, source.line)
            if row is None:
                self.owners(item, "")
                self.issue(_REC, "not in the summary", item.label, box.line,
                           f"recommendation {item.label} is printed in a box but not in the "
                           "summary by owner; its owners are read from its subject")
                continue
            self.give(item, summary.owners[key])
            self.compare(item.label, box, row)
        for row, text, line in summary.differently:
            self.notes.append(("paragraph", f"{row.label} {text}", line))
            self.issue(_REC, "printed twice differently", row.label, line,
                       f"recommendation {row.label} is listed under two owners in other "
                       f"words (lines {row.line} and {line}); the first is read")
        self.notes.sort(key=lambda n: n[2])
        self.issue(_REC, "printed twice", "", min(r.line for r in self.plan.rows),
                   f"{len(boxes)} recommendations numbered by chapter are printed in boxes "
                   f"in their chapters and listed again under {summary.groups} owner "
                   "headings: each is read once, from its box, its area the chapter its "
                   "number names, its owners the headings it is listed under (read from "
                   "chapter boxes and a summary by owner)")

    def give(self, item: Any, owners: list[str]) -> None:
        """Give an item the owners of its groups."""
        for name in owners:
            if name not in item.owners:
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)

    def compare(self, label: str, box: _Box | None, row: _Row) -> None:
        """A summary entry no box prints (read from the summary), or one worded otherwise
        than its box (the box read, the entry kept in the notes): reported."""
        if box is None:
            self.issue(_REC, "not in a box", label, row.line,
                       f"recommendation {label} is listed in the summary but printed in no "
                       "box; read from the summary")
        elif folded_printing(box.text) != folded_printing(row.text):
            self.notes.append(("paragraph", f"{label} {row.text}", row.line))
            self.issue(_REC, "printed twice differently", label, row.line,
                       f"recommendation {label} is printed differently in its box (line "
                       f"{box.line}) and in the summary (line {row.line}); the box's text "
                       "is read, the summary's kept in the notes")


def _may_hold_boxes(lines: tuple[str, ...]) -> bool:
    """A cheap test before the model is built: a box's label numbered by chapter ("Rec
    1.2", "Recommendation 3.1"), and a line naming a group "For ..."."""
    from wlga_analysis.interpret.recommendations.annex_boxes import _RULES

    return any("For " in line for line in lines) and any(
        ("ec" in line or "rgymhell" in line) and _RULES["box_label"].search(line) is not None
        for line in lines if "." in line)


def read_owner_summary(doc: Document, known: frozenset[str]) -> OwnerSummaryParser | None:
    """Read a review's chapter boxes and its summary by owner, or None when the document
    is not one.

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("# Notes", "", "**Recommendation 1.1:** Act.", "", "## For the WLGA")
    >>> read_owner_summary(Document(Path("n.md"), "recommendations", lines, "0" * 64),
    ...                    frozenset({"WLGA"})) is None
    True
    """
    if not _may_hold_boxes(doc.lines):
        return None
    from wlga_analysis.interpret.recommendations.committee_reports import read_boxes

    return read_boxes(OwnerSummaryParser(doc, known), doc, lambda b: _plan(b, known))


def owner_summary_after(doc: Document, known: frozenset[str], parser: Any) -> Any:
    """A document another reader read whose recommendations are all numbered by chapter
    ("3.1": the summary's entries read as numbered items), or that it read none from: read
    as chapter boxes and a summary by owner when it is one, else None.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("t.md"), "recommendations", ("x",), "0" * 64)
    >>> owner_summary_after(doc, frozenset(), _Parser(doc, frozenset())) is None
    True
    """
    if any(i.label is None or _ref(i.label) is None for i in parser.items[_REC]):
        return None
    return read_owner_summary(doc, known)
