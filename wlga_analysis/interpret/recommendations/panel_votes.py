"""Recommendations of a community panel or citizens' assembly, each followed by its vote.

A panel's report prints, under theme headings ("Routes and timetables"), each
recommendation the members voted through ("Recommendation 3" over a sentence, or a numbered
paragraph "3. The council should ...", a Word list numbered by the file's numbering), sub-points
"(a) ...; (b) ..." after a sentence ending in a colon, then **the vote**: a line "Supported
by 87% of members" (or "Agreed by ...", "Level of support: 87%") and/or a table of the
shares ``Strongly agree | Agree | Neutral | Disagree``. Ideas the members voted down are
listed in a section of their own ("Ideas the panel did not support"), and "About the
panel" and "What happens next" are no recommendations. A careful reader reads it so:

- a **recommendation** is the sentence (with its sub-points, joined by spaces) that a vote
  follows; ``rec_id`` its printed number ("Recommendation 3", the list's "3."), else its
  place in reading order (reported, check ``no number``); the vote line is the column
  ``support`` ("87%") and the vote table the column ``votes`` ("Strongly agree 52%; Agree
  35%; ..."), neither part of the text;
- the **areas** are the headings the recommendations stand under (a "Recommendation N"
  heading is none), ids in reading order;
- the **owners** the sentence's subject (:func:`.modal_subject.subject_owners`: "The
  council should" -> LG, "Bus operators should" as printed, reported);
- a section whose heading says its ideas were not supported (:data:`VOTE_RULES`
  ``not_supported``) holds **no** recommendation, votes or not; text no vote follows
  ("About the panel", "What happens next") stays in the notes. **No activities**.

The reading is reported (check ``read from panel votes``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> lines = ("# Panel report", "", "## Buses", "", "### Recommendation 1", "",
...          "The council should run more buses:", "", "- (a) at night;", "- (b) on Sundays.",
...          "", "*Supported by 80% of members*", "", "## Ideas the panel did not support", "",
...          "- Free buses. (supported by 30% of members)")
>>> known = frozenset({"LG"})
>>> parser = read_panel_votes(Document(Path("p.md"), "recommendations", lines, "0" * 64),
...                           known)
>>> [(i.number, " ".join(i.pieces), i.extra) for i in parser.items["recommendations"]]
[(1, 'The council should run more buses: (a) at night; (b) on Sundays.', {'support': '80%'})]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.part_labels import heading_area_name
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
)
from wlga_analysis.interpret.recommendations.unmarked_headings import text_form_headings
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["VOTE_RULES", "PanelVoteParser", "read_panel_votes", "vote_share"]

#: ``support``: a vote line ("Supported by 87% of members", "Agreed by 31 of 40 members
#: (78%)", "Level of support: 87%"), the share in group ``share``; ``vote_header``: a cell
#: of a vote table's header ("Strongly agree", "Tend to disagree", "Don't know", "For",
#: "Against", "Abstained"); ``label``: a recommendation's label ("Recommendation 3",
#: "Recommendation 3:" before its sentence); ``sub_point``: a sub-point's marker ("(a)",
#: "b)", "(ii)"); ``not_supported``: the heading of the ideas voted down.
VOTE_RULES: dict[str, str] = {
    "support": r"(?i)^\W*(?:(?:supported|agreed|backed|endorsed|approved)\s+by\s+"
               r"(?:(?P<share>\d{1,3}(?:\.\d)?)\s*%|[^%]{1,40}\((?P<paren>\d{1,3}(?:\.\d)?)\s*%\))"
               r"(?:\s+of\s+(?:the\s+)?[\w\s']{1,30})?|(?:level\s+of\s+)?(?:support|agreement)"
               r"\s*[:\-\u2013]\s*(?P<level>\d{1,3}(?:\.\d)?)\s*%)\W*$",
    "vote_header": r"(?i)^(?:strongly\s+(?:agree|disagree|support|oppose)|(?:tend\s+to\s+)?"
                   r"(?:agree|disagree|support|oppose)|neutral|neither\s+agree\s+nor\s+disagree|"
                   r"don'?t\s+know|unsure|for|against|abstain(?:ed|ing|s)?)$",
    "label": r"(?i)^(?:recommendation|rec\.?)\s+(?P<number>\d{1,3})\b\s*[.:\-\u2013]?\s*",
    "sub_point": r"^\(?(?:[a-z]|[ivx]{1,4})\)\s+",
    "not_supported": r"(?i)\b(?:not|n't)\s+(?:supported|support|agreed|agree|adopted|"
                     r"recommended|accepted)\b|\brejected\b|\bvoted\s+down\b",
}
_RULES = {name: LazyPattern(pattern) for name, pattern in VOTE_RULES.items()}
#: The fewest cells of a vote table's header.
_MIN_VOTE_CELLS = 2


def vote_share(text: str) -> str | None:
    """The share a vote line prints ("87%"), or None for any other line.

    Examples
    --------
    >>> vote_share("*Supported by 87% of members*"), vote_share("Level of support: 91%")
    ('87%', '91%')
    >>> vote_share("Make buses free. (supported by 41% of members)") is None
    True
    """
    if "%" not in text:
        return None
    m = _RULES["support"].match(text.strip(" *_"))
    if m is None:
        return None
    return (m.group("share") or m.group("paren") or m.group("level")) + "%"


def _vote_cells(table: Table) -> str | None:
    """A vote table's shares as one text ("Strongly agree 52%; Agree 35%"), or None when
    the table is no vote table (its header cells are not all vote answers)."""
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    if len(rows) < _MIN_VOTE_CELLS:
        return None
    header = [clean_text(c.text).strip(" *_:") for c in rows[0]]
    if len(header) < _MIN_VOTE_CELLS or not all(_RULES["vote_header"].match(h) for h in header):
        return None
    parts = [f"{name} {value}".strip() for row in rows[1:]
             for name, value in zip(header, (clean_text(c.text) for c in row), strict=False)]
    return "; ".join(parts)


def _may_hold_votes(lines: tuple[str, ...]) -> bool:
    """A cheap test before the model is built: a line that is a vote line."""
    return any("%" in line and ("upport" in line or "greed" in line) and vote_share(line)
               for line in lines)


@dataclass
class _Pending:
    """Text read since the last vote: its number and label if printed, its pieces and the
    line it starts on."""

    number: int | None
    line: int
    pieces: list[str] = field(default_factory=list)


class PanelVoteParser(_Parser):
    """The recommendations parser of a panel's report with votes (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks; False when no vote line follows any text."""
        from wlga_analysis.interpret.recommendations.closing_tables import _title_index
        self.blocks = text_form_headings(self, document_blocks(self))  # (plain lines)
        self.title_index = _title_index(self.blocks)
        return any(isinstance(b, (Paragraph, ListItem)) and vote_share(clean_text(b.text.text))
                   for b in self.blocks)

    def run(self) -> None:
        if not hasattr(self, "blocks") and not self.prepare():
            raise self.doc.error("expected recommendations each followed by a vote "
                                 "('Supported by 87% of members'); found none")
        self.pending: _Pending | None = None
        self.heading: tuple[str, int] | None = None  # the heading above, not yet an area
        self.voted_down = False
        for index, block in enumerate(self.blocks):
            if isinstance(block, Table):
                self.parse_table(block)
            elif isinstance(block, Heading) and not vote_share(clean_text(block.text.text)):
                self.parse_heading(index, block)  # (a vote line may be read as a heading)
            elif hasattr(block, "text"):
                self.parse_text(index, block)
        self.flush()
        if self.heading is not None:
            self.notes.append(("heading", *self.heading))
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from panel votes", recs[0].printed, recs[0].line,
                       f"no recommendations table: {len(recs)} recommendations were read "
                       "as the sentences a vote of the members follows ('Supported by N% of "
                       "members'), areas the headings above them, owners from each "
                       "sentence's subject; check the reading against the document")
        self.finish()

    def check_areas(self) -> None:
        """No gap check: the areas are numbered in reading order."""

    def flush(self) -> None:
        """Text no vote followed: notes."""
        if self.pending is not None:
            for n, text in enumerate(self.pending.pieces):
                self.notes.append(("paragraph", text, self.pending.line + n))
        self.pending = None

    def parse_heading(self, index: int, block: Heading) -> None:
        """A heading: the title, a "Recommendation N" label, else a heading over what
        follows (an area once a recommendation stands under it)."""
        text = clean_text(block.text.text)
        ln = block.location.line or 0
        self.flush()
        label = _RULES["label"].match(text)
        if label is not None:
            self.start(int(label.group("number")), ln, text[label.end():].strip(), label)
            return
        if index == self.title_index and self.title is None:
            if self.heading is not None:
                self.notes.append(("heading", *self.heading))
            self.title, self.heading = text, None
            self.notes.append(("title", text, ln))
            return
        self.set_heading(text, ln)

    def set_heading(self, text: str, ln: int) -> None:
        """A heading over what follows (the one before it, if no area, a note); under a
        heading saying its ideas were not supported, no recommendation is read."""
        if self.heading is not None:
            self.notes.append(("heading", *self.heading))
        self.heading = (text, ln)
        self.current = None
        self.voted_down = _RULES["not_supported"].search(text) is not None

    def voted_text(self) -> bool:
        """Whether text a vote may follow is open (outside a section of ideas voted down)."""
        return self.pending is not None and bool(self.pending.pieces) and not self.voted_down

    def start(self, number: int | None, ln: int, text: str,
              label: re.Match[str] | None = None) -> None:
        """Text a vote may follow starts: what was open before it goes to the notes (and
        its label, "Recommendation 3", is noted as printed)."""
        pending = self.pending
        if (label is not None or number is not None) and pending is not None \
                and pending.number is None and len(pending.pieces) == 1 \
                and has_heading_shape(pending.pieces[0]):  # (a plain-text export's heading)
            self.pending = None
            self.set_heading(pending.pieces[0], pending.line)
        self.flush()
        self.pending = _Pending(number, ln, [text] if text else [])
        if label is not None:
            self.notes.append(("heading", label.group(0).strip(" :.-\u2013"), ln))

    def continues(self, text: str) -> bool:
        """Whether ``text`` goes on the open text: its sentence after a "Recommendation N"
        label, or a sub-point (after a colon, or marked "(a)")."""
        pending = self.pending
        return pending is not None and (not pending.pieces or pending.pieces[-1].endswith(":")
                                        or _RULES["sub_point"].match(text) is not None)

    def parse_text(self, index: int, block: Block) -> None:
        """A paragraph or list item: a vote line, a sub-point, or text a vote may follow."""
        text = clean_text(block.text.text)
        if not text:
            return
        ln = block.location.line or 0
        share = vote_share(text)
        if share is not None:
            if self.voted_text():
                self.recommendation(share)
                self.notes.append(("paragraph", text, ln))  # (as printed: "39 of 45")
            else:
                self.after_vote(text, "support", share, ln)
            return
        if isinstance(block, ListItem) and block.kind in ("letter", "roman"):
            text = f"{block.marker} {text}"  # (a sub-point: its marker kept)
        label = _RULES["label"].match(text)
        if label is not None and (len(text) > label.end() or not self.continues(text)):
            self.start(int(label.group("number")), ln, text[label.end():].strip(), label)
        elif self.continues(text):
            self.pending.pieces.append(text)  # type: ignore[union-attr]
        else:
            number = getattr(block, "number", None)
            self.start(int(number) if number and number.isdigit() else None, ln, text)

    def after_vote(self, text: str, column: str, value: str, ln: int) -> None:
        """A vote with no recommendation open: on the last recommendation when it has none
        of this kind yet (a vote line and its table), else a note."""
        last = self.last_item[_REC]
        attached = last is not None and column not in last.extra and self.pending is None \
            and not self.voted_down
        if attached:
            last.extra[column] = value  # type: ignore[union-attr]
        else:
            self.flush()
        if column == "support" or not attached:  # (a vote line noted as printed)
            self.notes.append(("paragraph", text, ln))

    def parse_table(self, block: Table) -> None:
        """A vote table: the shares of the recommendation it follows; any other table's
        rows are notes."""
        votes = _vote_cells(block)
        ln = block.location.line or 0
        if votes is not None and self.voted_text():
            self.recommendation(None)
        if votes is not None:
            self.after_vote(votes, "votes", votes, ln)
            return
        self.flush()
        for row in (block.header, *block.rows) if block.header else block.rows:
            text = " \u2013 ".join(t for c in row if (t := clean_text(c.text)))
            if text:
                self.notes.append(("paragraph", text, row[0].location.line or 0))

    def recommendation(self, share: str | None) -> None:
        """The text read since the last vote, which a vote follows: a recommendation of the
        heading above."""
        from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

        pending = self.pending
        assert pending is not None
        self.pending = None
        if self.current is None:
            if self.heading is None:
                self.issue(_REC, "no area heading", pending.number or "", pending.line,
                           "no heading stands above the recommendations from this line: "
                           "their area is named 'Recommendations', a name the paper does "
                           "not print")
            title, ln = self.heading or ("Recommendations", pending.line)
            self.start_area(len(self.areas) + 1, heading_area_name(title), ln)
            self.heading = None
        assert self.current is not None
        number = pending.number
        if number is None:
            number = max((i.number for i in self.items[_REC]), default=0) + 1
            self.issue(_REC, "no number", number, pending.line,
                       f"a recommendation the members voted for prints no number: "
                       f"numbered {number}, after the one before it")
        item = _Item(_REC, number, self.current.area_id, pending.line, pieces=pending.pieces)
        if share is not None:
            item.extra["support"] = share
        for name in subject_owners(pending.pieces[0], self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        for column in ("support", "votes"):
            if column not in self.extra_columns:
                self.extra_columns.append(column)


def read_panel_votes(doc: Document, known: frozenset[str]) -> PanelVoteParser | None:
    """Read the recommendations of a panel's report, each followed by its vote, or None
    when no vote line ("Supported by 87% of members") is printed.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_panel_votes(doc, frozenset()) is None
    True
    """
    if not _may_hold_votes(doc.lines):
        return None
    return run_prepared(PanelVoteParser(doc, known), lenient=True)
