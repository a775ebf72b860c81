"""An audit report's recommendations boxed in their chapters, read from its management
response table.

An Audit Wales local report prints each recommendation ("R1") and proposal for improvement
("P1") three times: in the summary's exhibit, in a shaded box closing the chapter whose
evidence it answers ("Recommendation R1", "Proposal for improvement P2", then its words),
and in an appendix's management response table (``Ref | Recommendation | ... | Management
response | ... | Responsible officer``). A table reader reads the items once, from that
table, but in the appendix's area (or the last chapter's), and the chapters' numbered
finding paragraphs as activities beside the response cells.

A careful reader takes:

- each item's **area** from the chapter whose box prints it (its label, "R1", as the box
  title's last word), the chapter's title without its number ("1. Governance" ->
  "Governance"); the appendix is no area when no item is left in it;
- the **Management response** cells as the activities, each in its item's area (the row it
  shares); the chapters' finding paragraphs are the evidence argued (the area's remit), not
  activities;
- no **theme** when every chapter stands under one heading ("Detailed report": a part of
  the report, not a grouping of its areas).

:func:`response_boxes_after` is the rule, applied by the recommendations reader after a
table reader read the response table; one look at the table's header line rejects any other
paper. An item no box prints keeps its area, reported (check ``item without a chapter
box``).

Examples
--------
>>> chapter_title("1. The Council's strategic approach")
"The Council's strategic approach"
>>> box_label("Proposal for improvement P2", {"P2", "R1"})
'P2'
>>> box_label("Exhibit 1", {"P2", "R1"}) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.columns import header_cells
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Area, _Item
from wlga_analysis.read.model import Block, Heading, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["box_label", "chapter_title", "response_boxes_after"]

#: A chapter's printed number before its title ("1. ", "2 ", "Chapter 3: ").
_CHAPTER_NUMBER = compile_regex(r"(?i)(?:chapter\s{1,3})?\d{1,2}(?:\.\d{1,2})?[.:]?\s{1,3}")
#: A header cell naming the response column ("Management response", "Council response").
_RESPONSE_CELL = compile_regex(r"(?i)(?:\w{1,20}\s{1,3})?response")
#: The most words a box title has ("Proposal for improvement P2": four).
_MAX_TITLE_WORDS = 6


def chapter_title(text: str) -> str:
    """A chapter heading's title without its printed number."""
    text = clean_text(text)
    m = _CHAPTER_NUMBER.match(text)
    return text[m.end():] if m and m.end() < len(text) else text


def box_label(text: str, labels: set[str]) -> str | None:
    """The item label a box title ends with ("Recommendation R1" -> "R1"), or None: two to
    six words, a capital first, the last one of ``labels``."""
    words = clean_text(text).rstrip(":.").split()
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or not words[0][:1].isupper():
        return None
    return words[-1] if words[-1] in labels else None


def _title_of(block: Block) -> str | None:
    """The text a box title may be: a paragraph's or heading's, or a one-column table's
    header (a box drawn as a one-cell table)."""
    if isinstance(block, (Paragraph, Heading)):
        return block.text.text
    if isinstance(block, Table) and len(block.header) == 1:
        return " ".join(b.text.text for b in block.header[0].blocks if hasattr(b, "text"))
    return None


def _is_heading(block: Block, lines: tuple[str, ...]) -> bool:
    """A heading: the model's, or a Markdown heading the text reader read as a numbered
    paragraph ("### 1. Governance")."""
    if isinstance(block, Heading):
        return True
    line = block.location.line if isinstance(block, Paragraph) else None
    return line is not None and 0 < line <= len(lines) and lines[line - 1].startswith("#")


def _boxes(blocks: list[Block], labels: set[str], lines: tuple[str, ...]) -> dict[str, str]:
    """label -> the title of the chapter whose box prints it (the nearest heading above
    the box); the first box of a label counts."""
    found: dict[str, str] = {}
    chapter: str | None = None
    for block in blocks:
        title = _title_of(block)
        label = box_label(title, labels) if title else None
        if label is None:
            if _is_heading(block, lines):
                chapter = block.text.text  # type: ignore[union-attr]
            continue
        if chapter is not None:
            found.setdefault(label, chapter_title(chapter))
    return found


def _is_response_table(parser: Any, lines: tuple[str, ...]) -> bool:
    """One look: the header line the table reader read names a response column."""
    line = parser.header_line
    if line is None or not 0 < line <= len(lines) or "esponse" not in lines[line - 1]:
        return False
    cells = header_cells(lines, line) or []
    return any(_RESPONSE_CELL.fullmatch(cell) for cell in cells)


def _area_for(parser: Any, title: str, lines: tuple[str, ...]) -> int:
    """The area id of the chapter ``title``: its area, or a new one (at the line that
    prints the title)."""
    for area in parser.areas.values():
        if clean_text(area.title).casefold() == title.casefold():
            return int(area.area_id)
    area_id = max(parser.areas, default=0) + 1
    line = next((n for n, text in enumerate(lines, start=1) if title in text), 0)
    parser.areas[area_id] = _Area(area_id, title, None, line)
    return area_id


def _move_activities(parser: Any, area_of_line: dict[int, int]) -> None:
    """The response cells (an activity on an item's row) in their item's area; the other
    activities before the table (the chapters' findings) their area's remit."""
    acts: list[_Item] = parser.items[_ACT]
    if not any(a.line in area_of_line for a in acts):
        return
    kept = []
    for act in acts:
        if act.line in area_of_line:
            act.area_id = area_of_line[act.line]
            kept.append(act)
        elif act.line < parser.header_line and act.area_id in parser.areas:
            parser.areas[act.area_id].remit.append(" ".join(act.pieces))
        else:
            kept.append(act)
    for number, act in enumerate(kept, start=1):
        act.number = number
    parser.items[_ACT] = kept


def _tidy_areas(parser: Any, chapters: set[int], before: set[int]) -> None:
    """Areas left with no item nor remit (the appendix) go; the chapters lose a theme they
    all share; the areas in printed order."""
    used = {i.area_id for items in parser.items.values() for i in items}
    for area_id in before - used - chapters:
        if not parser.areas[area_id].remit:
            del parser.areas[area_id]
    themes = {parser.areas[a].theme for a in chapters}
    if len(themes) == 1:
        for area_id in chapters:
            parser.areas[area_id].theme = None
    order = sorted(parser.areas.values(), key=lambda a: (a.line, a.area_id))
    parser.area_order = [(a.area_id, a.line) for a in order]


def response_boxes_after(doc: Any, parser: Any) -> Any:
    """``parser`` with its items in the areas of the chapters whose boxes print them, when
    it read them from a management response table (one look at the header line);
    ``parser`` itself for any other paper.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> lines = ("| Ref | Recommendation | Lead |", "|---|---|---|", "| R1 | Act. | WG |")
    >>> doc = Document(Path("t.md"), "recommendations", lines, "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.header_line = 1
    >>> response_boxes_after(doc, parser) is parser
    True
    """
    if (read := _read_boxes(doc, parser)) is not None:
        return read
    return parser


def _read_boxes(doc: Any, parser: Any) -> Any:
    """``parser`` re-read by :func:`response_boxes_after`'s rule, or None."""
    recs: list[_Item] = parser.items[_REC]
    if not recs or not _is_response_table(parser, parser.lines):
        return None
    labels = {i.label for i in recs if i.label and not i.label.isdigit()}
    if not labels:
        return None
    model, lines = getattr(doc, "model", None), ()
    if model is None:  # (a text form: its model as the table reader read it)
        from wlga_analysis.read.text import read_text_lines

        model, lines = read_text_lines(parser.lines, path=doc.path), parser.lines
    boxes = _boxes(model.blocks, labels, lines)
    if not boxes:
        return None
    before = {i.area_id for i in recs}
    area_of_line: dict[int, int] = {}
    chapters: set[int] = set()
    for item in recs:
        if item.label not in boxes:
            parser.issue(_REC, "item without a chapter box", item.printed, item.line,
                         f"{item.printed} is printed in no chapter's box: its area is the "
                         "table's")
            continue
        item.area_id = _area_for(parser, boxes[item.label], parser.lines)
        chapters.add(item.area_id)
        area_of_line.setdefault(item.line, item.area_id)
    _move_activities(parser, area_of_line)
    _tidy_areas(parser, chapters, before)
    return parser
