"""An audit report's proposals for improvement, each answered by a management response.

An Audit Wales local report (and other auditors' reports like it) closes each theme chapter
of its findings with one or more **proposals for improvement**, refs "P1", "PFI1",
"Proposal 2" (not "R1": a proposal is not a formal recommendation), printed in a **box**: a
shaded one-cell table in Word or a PDF, a ``<div class="callout">`` on a web page, a block
quote or a heading "Proposals for improvement" over paragraphs in Markdown; the box's title
("Proposal for improvement") may be printed on its own line or run into the proposal's.
Under each box the audited body's **management response** follows, a heading "Management
response to P1" (or "Management response", "Council response to P2") over a table
``Intended outcome | Action | Completion date | Responsible officer`` (an action column
:data:`~.response_actions.ACTION_COLUMNS` names; a ``Proposal`` column may say which
proposal each row answers). A summary **exhibit** may list the proposals by theme
(``Theme | Proposals``: "P1, P2", refs only). A careful reader reads:

- each proposal once, from its box, as a **recommendation**: its number the ref's ("P3"
  -> 3, the ref kept as its label), its text as printed, its **area** the chapter it closes
  (a heading that is not the box's title, a response heading, a caption or a generic
  sub-heading; a printed section number is no part of the name), its **owners** the body
  its subject names ("The Council should" -> LG; :func:`~.response_actions.subject_owner_names`);
- each action cell of a response table as an **activity** of the proposal's area, its
  ``activity_no`` the proposal's number (no number is printed); the other cells (outcome,
  date, officer) are kept in the notes, one line a row;
- the exhibit's rows in the notes (a theme it gives that differs from the chapter is
  reported); the chapters' paragraphs are the areas' remit, every other block a note.

:data:`PROPOSAL_RULES` holds the patterns of this layout (the box's title, a ref, a
response heading, an exhibit's proposals column): to teach another wording, add it there.
The reading is reported (check ``read from proposals for improvement``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Report", "", "## Data", "", "Data is poor.", "", "**Proposal for improvement**",
...          "", "**P1** The Council should check its data.", "",
...          "**Management response to P1**", "",
...          "| Intended outcome | Action | Completion date |", "|---|---|---|",
...          "| Good data. | Audit the data. | May 2026 |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_proposal_boxes(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                              known)
>>> [(i.number, i.label, i.pieces, i.owners) for i in parser.items["recommendations"]]
[(1, 'P1', ['The Council should check its data.'], ['LG'])]
>>> [(i.number, i.pieces, parser.areas[i.area_id].title) for i in parser.items["activities"]]
[(1, ['Audit the data.'], 'Data')]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item, _Parser
from wlga_analysis.read.model import Block, Cell, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["PROPOSAL_RULES", "ProposalParser", "read_proposal_boxes"]

#: The patterns of this layout: the box's title (printed alone, or before the ref); a ref
#: (group 1 its number: "P1", "PFI 2", "Proposal 3", "Proposal for improvement 4"); a
#: management response heading (group ``ref`` the proposal it answers, if printed); the
#: header of an exhibit's (or a response table's) proposals column.
PROPOSAL_RULES: dict[str, str] = {
    "box_title": r"(?i:proposals?\s+for\s+improvement|improvement\s+proposals?)",
    "ref": r"(?:PFI|P|(?i:proposal)(?:\s+(?i:for\s+improvement))?)\s?(\d{1,2})(?!\d)",
    "response": r"(?i:(?:management|council(?:'s|\u2019s)?|our|the\s+council(?:'s|\u2019s)?|"
                r"organisational|service|the\s+body(?:'s|\u2019s)?)\s+responses?)"
                r"(?:\s+(?i:to)\s+(?P<ref>.{1,40}))?",
    "proposals_header": r"(?i:(?:our\s+|the\s+)?proposals?(?:\s+for\s+improvement)?|pfis?|"
                        r"proposal\s+(?:ref(?:erence)?|no\.?|number)|ref(?:erence)?)",
}
_RULES = {name: compile_regex(pattern) for name, pattern in PROPOSAL_RULES.items()}
#: A box's paragraph: an optional title, the ref, a mark, the proposal's text.
_BOX = compile_regex(rf"\s*(?:{PROPOSAL_RULES['box_title']}\s*:?\s+)?"
                     rf"(?P<ref>{PROPOSAL_RULES['ref']})\s*[.:)\u2013\u2014-]?\s+(?P<text>\S.*)",
                     flags=0)
#: A box's ref printed alone over its paragraph ("Proposal for improvement 1", "P2").
_ALONE = compile_regex(rf"(?:{PROPOSAL_RULES['box_title']}\s*:?\s+)?"
                       rf"(?P<ref>{PROPOSAL_RULES['ref']})")
#: A bare ref ("P1"): a box's only when a title or a response is printed too.
_BARE = compile_regex(r"P\s?\d{1,2}")
#: A section number before a chapter's name ("2. Planning", "3 Outcomes").
_NUMBER = compile_regex(r"\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)")
#: Refs listed in an exhibit's cell ("P1, P2", "P3 and P4", "PFI5").
_REFS = compile_regex(PROPOSAL_RULES["ref"])


@dataclass
class _Box:
    """One proposal as its box prints it."""

    number: int
    ref: str
    text: str
    line: int


def _text(block: Any) -> str:
    return clean_text(block.text.text) if hasattr(block, "text") else ""


def _line(block: Any) -> int:
    return block.location.line or 0


def box_of(text: str) -> _Box | None:
    """The proposal a box's paragraph prints ("P1 The Council should ...", "Proposal for
    improvement PFI2 - ..."), or None.

    Examples
    --------
    >>> box_of("Proposal for improvement P2 The Council should act.")
    _Box(number=2, ref='P2', text='The Council should act.', line=0)
    >>> box_of("PFI1 \u2013 The Authority should plan."), box_of("Phase 1 starts.")
    (_Box(number=1, ref='PFI1', text='The Authority should plan.', line=0), None)
    """
    m = _BOX.fullmatch(text)
    if m is None:
        return None
    return _Box(int(m.group(2)), " ".join(m.group("ref").split()), m.group("text").strip(), 0)


def _alone_boxes(blocks: list[Block]) -> dict[int, _Box]:
    """The boxes whose ref is printed alone (a heading or a line) over the paragraph that
    is their text, by the index of that paragraph."""
    found: dict[int, _Box] = {}
    for index, block in enumerate(blocks[:-1]):
        after = blocks[index + 1]
        if isinstance(block, (Heading, Paragraph)) and isinstance(after, Paragraph) \
                and getattr(block, "number", None) is None \
                and (m := _ALONE.fullmatch(_text(block).strip(" *:."))) is not None \
                and (text := _text(after)) and box_of(text) is None:
            found[index + 1] = _Box(int(m.group(2)), " ".join(m.group("ref").split()), text,
                                    _line(block))
    return found


def _is_title(text: str) -> bool:
    return _RULES["box_title"].fullmatch(text.strip(" *:.")) is not None


def _response_ref(text: str) -> tuple[bool, int | None]:
    """(whether ``text`` is a response heading, the number of the proposal it names)."""
    m = _RULES["response"].fullmatch(text.strip(" *:."))
    if m is None:
        return False, None
    found = _REFS.search(m.group("ref") or "")
    return True, int(found.group(1)) if found else None


def _cells(row: tuple[Cell, ...] | list[Cell]) -> list[str]:
    return [clean_text(c.text) for c in row]


def _box_row(row: tuple[Cell, ...]) -> _Box | None:
    """A box a reader joined to a table: a row whose first cell alone prints one (a PDF's
    box right under a table, read as its last row)."""
    cells = _cells(row)
    if not cells or any(cells[1:]) or not _RULES["box_title"].match(cells[0]):
        return None
    box = box_of(cells[0])
    if box is not None:
        box.line = _line(row[0])
    return box


def _exhibit_columns(header: list[str]) -> tuple[int, int] | None:
    """(theme column, proposals column) of an exhibit listing proposals by theme."""
    refs = next((i for i, t in enumerate(header)
                 if _RULES["proposals_header"].fullmatch(t.strip(" *:"))), None)
    if refs is None or len(header) != 2:
        return None
    return 1 - refs, refs


class ProposalParser(_Parser):
    """The recommendations parser for proposals for improvement (see the module)."""

    def setup(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.chapter: tuple[str, int] | None = None  # the open chapter: name, line
        self.proposals: dict[int, _Item] = {}
        self.answering: _Item | None = None  # the proposal a response table answers
        self.themes: dict[int, tuple[str, int]] = {}  # the exhibit's: number -> theme, line
        self.alone = _alone_boxes(blocks)  # paragraph index -> the box its ref names

    def run(self) -> None:
        for index, block in enumerate(self.blocks):
            for _, rule in _BLOCK_RULES:
                if rule(self, index, block):
                    break
        self.check_themes()
        first = self.items[_REC][0]
        self.issue(_REC, "read from proposals for improvement", first.printed, first.line,
                   f"no recommendations table: {len(self.items[_REC])} proposals for "
                   f"improvement were read from their boxes (area: the chapter each closes) "
                   f"and {len(self.items[_ACT])} actions from the management responses' "
                   "tables (activities of the proposal's area; outcomes, dates and officers "
                   "in the notes); check the reading against the document")
        self.finish()

    def check_numbers(self, column: str) -> None:
        """The proposals' numbers are checked; an activity's number is its proposal's (the
        response prints none), so two actions of one proposal share it."""
        if column == _REC:
            super().check_numbers(column)

    # -- rules --------------------------------------------------------------------------
    def parse_title(self, index: int, block: Block) -> bool:
        """The first heading, before any proposal: the report's title (unless a box is
        printed under it before the next heading: a chapter, the report untitled)."""
        if self.title is not None or not isinstance(block, Heading) or self.proposals \
                or self.boxed_section(index):
            return False
        self.title = _text(block)
        self.notes.append(("title", self.title, _line(block)))
        return True

    def boxed_section(self, index: int) -> bool:
        """Whether a box is printed after the heading at ``index``, before the next (or a
        numbered line naming a section)."""
        from wlga_analysis.interpret.recommendations.exhibit_boxes import _chapter

        for at in range(index + 1, len(self.blocks)):
            block = self.blocks[at]
            if _chapter(block) is not None and not _is_title(_text(block)):
                return False
            if at in self.alone or (not isinstance(block, Table) and box_of(_text(block))):
                return True
        return False

    def parse_box(self, index: int, block: Block) -> bool:
        """A box's title (a note), or a box: a proposal of the open chapter (a ref printed
        alone is a note, the paragraph under it the proposal)."""
        if isinstance(block, Table):
            return False
        if index in self.alone:
            self.proposal(self.alone[index])
            return True
        text = _text(block)
        if index + 1 in self.alone:
            self.notes.append(("heading", text, _line(block)))
            return True
        if _is_title(text):
            self.notes.append(("heading", text, _line(block)))
            return True
        box = box_of(text) if isinstance(block, (Paragraph, Heading)) else None
        if box is None:
            return False
        box.line = _line(block)
        self.proposal(box)
        return True

    def parse_response(self, index: int, block: Block) -> bool:
        """A response heading: the proposal the tables after it answer."""
        if isinstance(block, (Table, ListItem)):
            return False
        found, number = _response_ref(_text(block))
        if not found:
            return False
        self.answering = self.proposals.get(number) if number is not None else \
            self.last_item[_REC]
        self.notes.append(("heading", _text(block), _line(block)))
        return True

    def parse_table(self, index: int, block: Block) -> bool:
        """An exhibit (its rows notes, its themes kept), a response table (its actions
        activities), else rows kept in the notes; a box joined to a table is read."""
        if not isinstance(block, Table):
            return False
        from wlga_analysis.interpret.recommendations.response_actions import action_columns

        header = _cells(block.header) if block.header else []
        exhibit = _exhibit_columns(header) if header else None
        roles = action_columns(header) if header and exhibit is None else {}
        if header:
            self.row_note(block.header, header)
        for row in block.rows:
            if (box := _box_row(row)) is not None:
                self.proposal(box)
            elif exhibit is not None:
                self.exhibit_row(row, exhibit)
            elif roles and (self.answering or self.last_item[_REC]) is not None:
                self.action_row(row, roles, header)
            else:
                self.row_note(row, _cells(row))
        return True

    def parse_chapter(self, index: int, block: Block) -> bool:
        """A heading (or a short numbered line naming a section): a chapter opens, an
        area once a box is read in it."""
        from wlga_analysis.interpret.recommendations.committee_reports import is_subheading
        from wlga_analysis.interpret.recommendations.exhibit_boxes import _chapter

        named = _chapter(block)
        if named is None:
            return False
        name = named[1]
        self.notes.append(("heading", _printed(block), _line(block)))
        if not is_subheading(name, self.words["subheading"]):
            self.chapter, self.current, self.answering = (name, _line(block)), None, None
        return True

    def parse_text(self, index: int, block: Block) -> bool:
        """Any other block: the open area's remit, else a note."""
        text = clean_text(_printed(block))
        if not text:
            return True
        if self.current is not None and not isinstance(block, Heading):
            self.current.remit.append(text)
        else:
            self.notes.append(("paragraph", text, _line(block)))
        return True

    # -- reading ------------------------------------------------------------------------
    def proposal(self, box: _Box) -> None:
        """Read one proposal as a recommendation of the open chapter (opened as an area on
        its first proposal)."""
        from wlga_analysis.interpret.recommendations import responses
        from wlga_analysis.interpret.recommendations.response_actions import (
            subject_owner_names,
        )

        if self.current is None:
            self.open_area(box.line)
        if box.number in self.proposals:
            self.issue(_REC, "box printed twice", box.ref, box.line,
                       f"proposal {box.ref} is printed in a second box; both kept as printed")
        item = _Item(_REC, box.number, self.current.area_id, box.line, pieces=[box.text],
                     label=box.ref)
        item.owners = subject_owner_names(box.text, self.known) or \
            list(responses.subject_owners(box.text, self.known) or [])
        item.unknown = [o for o in item.owners if o not in self.known]
        self.items[_REC].append(item)
        self.proposals.setdefault(box.number, item)
        self.last_item[_REC] = self.answering = item

    def open_area(self, ln: int) -> None:
        """The open chapter as an area, numbered in reading order; its heading's note and
        its paragraphs move to the area."""
        name, line = self.chapter if self.chapter is not None else \
            (self.title or "Proposals for improvement", ln)
        name = _NUMBER.sub("", name, count=1).strip().rstrip(" .:") or name
        self.start_area(len(self.areas) + 1, name, line)
        kept = [n for n in self.notes if n[2] < line or (n[0] == "title")]
        moved = [n for n in self.notes if n not in kept]
        self.current.remit.extend(n[1] for n in moved if n[0] == "paragraph")
        self.notes = kept + [n for n in moved if n[0] != "paragraph" and n[2] != line]

    def action_row(self, row: tuple[Cell, ...], roles: dict[str, int],
                   header: list[str]) -> None:
        """A row of a response table: its action an activity of the proposal it answers
        (a ref cell naming one, else the one the table is under); other cells a note."""
        cells = _cells(row)
        at = roles["action"]
        text = cells[at] if at < len(cells) else ""
        target = self.answering or self.last_item[_REC]
        ref_at = next((i for i, t in enumerate(header)
                       if i != at and _RULES["proposals_header"].fullmatch(t.strip(" *:"))), None)
        if ref_at is not None and ref_at < len(cells) and (m := _REFS.search(cells[ref_at])):
            target = self.proposals.get(int(m.group(1)), target)
        rest = [f"{header[i]}: {c}" if i < len(header) and header[i] else c
                for i, c in enumerate(cells) if i not in (at, ref_at) and c]
        ln = _line(row[0])
        if text and target is not None:
            area = self.areas[target.area_id]
            item = _Item(_ACT, target.number, area.area_id, ln, pieces=[text])
            self.items[_ACT].append(item)
            self.last_item[_ACT] = item
            if rest:
                self.notes.append(("paragraph", f"{target.printed}: " + "; ".join(rest), ln))
        elif any(cells):
            self.row_note(row, cells)

    def exhibit_row(self, row: tuple[Cell, ...], columns: tuple[int, int]) -> None:
        """A row of the exhibit: a note; the theme of each ref it lists is kept."""
        cells = _cells(row)
        self.row_note(row, cells)
        theme_at, refs_at = columns
        if max(columns) < len(cells) and cells[theme_at]:
            for m in _REFS.finditer(cells[refs_at]):
                self.themes.setdefault(int(m.group(1)), (cells[theme_at], _line(row[0])))

    def row_note(self, row: tuple[Cell, ...] | list[Cell], cells: list[str]) -> None:
        text = " \u2013 ".join(t for t in cells if t)
        if text:
            self.notes.append(("paragraph", text, _line(row[0])))

    def check_themes(self) -> None:
        """Report a proposal the exhibit lists under another theme than its chapter, and
        one the exhibit lists that no box prints."""
        from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

        for number, (theme, ln) in self.themes.items():
            item = self.proposals.get(number)
            if item is None:
                self.issue(_REC, "summary only", f"P{number}", ln,
                           f"the exhibit lists proposal {number} under {theme!r}, but no box "
                           "prints it: not read (the exhibit prints no text)")
            elif folded_printing(theme) != folded_printing(self.areas[item.area_id].title):
                self.issue(_REC, "area differs from the exhibit", item.printed, item.line,
                           f"proposal {item.printed} is printed in the chapter "
                           f"{self.areas[item.area_id].title!r} but listed under {theme!r} in "
                           "the exhibit; the chapter is read")


def _printed(block: Block) -> str:
    """A block's text as printed: its number or marker first."""
    number = getattr(block, "number", None)
    if isinstance(block, ListItem):
        return f"{block.marker} {block.text.text}"
    if number is not None and not isinstance(block, Heading):
        return f"{number}. {block.text.text}"
    return block.text.text


#: The rules each block is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[ProposalParser, int, Block], bool]], ...] = (
    ("title", ProposalParser.parse_title),
    ("box", ProposalParser.parse_box),
    ("response", ProposalParser.parse_response),
    ("table", ProposalParser.parse_table),
    ("chapter", ProposalParser.parse_chapter),
    ("text", ProposalParser.parse_text),
)


def _holds_proposals(blocks: list[Block]) -> bool:
    """Whether the blocks print a box (a proposal's ref and text) and a box's title or a
    response heading (a ref alone, "P1 ...", is not enough: a plan's phase may print one)."""
    alone = _alone_boxes(blocks)
    boxes = bool(alone)
    titled = any(_BARE.fullmatch(b.ref) is None for b in alone.values())
    for block in blocks:
        if isinstance(block, Table):
            boxes = boxes or any(_box_row(row) is not None for row in block.rows)
            continue
        text = _text(block)
        if not text or len(text) > 2000:
            continue
        if (box := box_of(text)) is not None:
            boxes = True
            titled = titled or _BARE.fullmatch(box.ref) is None \
                or _RULES["box_title"].match(text) is not None
        elif _is_title(text) or _response_ref(text)[0]:
            titled = True
        if boxes and titled:
            return True
    return False


def read_proposal_boxes(doc: Document, known: frozenset[str]) -> ProposalParser | None:
    """Read an audit report's proposals for improvement and management responses, or None
    when the document prints none (see the module's notes).

    Parameters
    ----------
    doc : Document
        The document (any form).
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`).

    Returns
    -------
    ProposalParser or None
        The parser, run.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_proposal_boxes(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)  # (cheap gate: the family's word)
    if "roposal" not in text and "PFI" not in text:
        return None
    from wlga_analysis.interpret.recommendations.committee_reports import box_blocks

    parser = ProposalParser(doc, known)
    blocks = box_blocks(parser, doc)
    if not _holds_proposals(blocks):
        return None
    parser.setup(blocks)
    parser.run()
    return parser
