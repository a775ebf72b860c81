"""A group's recommendations reported in prose: a minister's written statement, a news
release, a letter reporting a working group's report.

Under theme headings and area headings, each area prints what is already being done ("Work
already under way includes ...") and what the group recommends, in no table and with no
number, in either of two ways:

- a sentence "The group recommends that the Welsh Government and the WLGA jointly ...",
  alone or in the paragraph of the work under way ("The Working Group also recommends
  that ...": a body of up to five words, then "recommends that");
- a lead-in paragraph "The group recommends:" over a list "that councils ...;", "...; and",
  "...": each item is a recommendation.

:class:`StatementParser` reads it as the prose reader does
(:class:`~wlga_analysis.interpret.recommendations.committee_reports.ReportParser`), with
these rules more: such a sentence opens a recommendation (:data:`BODY_RECOMMENDS`); such
a lead-in is a label whose items are recommendations (:data:`BODY_LEAD_IN`); the list
punctuation that closes an item ("; and", "; or", ";") is no part of its text; a sentence
that opens "Work already under way includes ..." (:data:`WORK_UNDER_WAY`) is an activity.
The recommendations are numbered in reading order (the loader reports it); owners from the
words ("councils, with the WLGA": LG and WLGA). Sentences "The group also considered ...
and makes no further recommendation" and the minister's closing paragraphs are remit and
notes. :func:`read_statement_prose` runs it only on a paper that prints such a sentence and
numbers no recommendation; a paper of lead-ins only is the lead-in reader's.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Written Statement: Rural Schools Group", "", "## Provision", "",
...          "### Transport", "", "Work already under way includes a review of routes. "
...          "The group recommends that councils publish their routes.", "",
...          "### Buildings", "", "The group recommends:", "",
...          "- that councils survey their schools; and", "- that the WLGA reports on it.")
>>> doc = Document(Path("s.md"), "recommendations", lines, "0" * 64)
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"), ("WLGA", None, None)])
>>> parser = read_statement_prose(doc, known)
>>> [(r.number, parser.areas[r.area_id].title, r.pieces, r.owners)
...  for r in parser.items["recommendations"]]  # doctest: +NORMALIZE_WHITESPACE
[(1, 'Transport', ['The group recommends that councils publish their routes.'], ['LG']),
 (2, 'Buildings', ['that councils survey their schools'], ['LG']),
 (3, 'Buildings', ['that the WLGA reports on it.'], ['WLGA'])]
>>> [(a.pieces, parser.areas[a.area_id].theme) for a in parser.items["activities"]]
[(['Work already under way includes a review of routes.'], 'Provision')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret.recommendations.committee_reports import ReportParser
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item
from wlga_analysis.interpret.recommendations.prose_owners import prose_owners
from wlga_analysis.interpret.recommendations.question_urges import answers_questions_lines, urged
from wlga_analysis.read.model import Heading, ListItem, Paragraph
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.prose import _Unit
    from wlga_analysis.read.model import Block

__all__ = ["BODY_LEAD_IN", "BODY_RECOMMENDS", "WORK_UNDER_WAY", "StatementParser",
           "read_statement_prose"]

_BODY = r"(?i)\s*the\s+(?:[\w'\u2019-]+\s+){0,4}?(?:also\s+|further\s+)?recommends\s*+"
#: A sentence that opens a recommendation: "The (Working) Group (also) recommends that".
BODY_RECOMMENDS = compile_regex(_BODY + r"that\b")
#: A lead-in over a list of recommendations: "The group recommends:" alone.
BODY_LEAD_IN = compile_regex(_BODY + r"(?:that\s*+)?:\s*+")
#: A sentence that reports work under way: "Work already under way includes ...".
WORK_UNDER_WAY = compile_regex(r"(?i)\s*work\s+(?:already\s+|currently\s+|now\s+)?"
                               r"(?:under\s*way|in\s+progress|in\s+hand|already\s+done)\s+"
                               r"(?:includes?|included|has\s+included)\b")
#: The level of a bold line read as a heading: under any heading a reader marks.
_BOLD_LEVEL = 9
#: The most words of a bold line read as a heading.
_HEADING_WORDS = 8


def _heading_line(text: str) -> bool:
    return 0 < len(text.split()) <= _HEADING_WORDS and has_heading_shape(text) \
        and BODY_LEAD_IN.fullmatch(text) is None


#: The punctuation that closes a list item before the next ("...;", "...; and", "; or").
_LIST_CLOSES = ("; and", "; or", ";")


def _without_list_close(text: str) -> str:
    """``text`` without the punctuation that closes a list item before the next.

    Examples
    --------
    >>> _without_list_close("that councils survey their schools; and")
    'that councils survey their schools'
    """
    text = text.rstrip()
    end = next((c for c in _LIST_CLOSES if text.endswith(c)), "")
    return text[:len(text) - len(end)].rstrip() if end else text


class StatementParser(ReportParser):
    """The prose reader for a group's recommendations reported in prose (see the module's
    doc)."""

    def run(self) -> None:
        #: the paper prints "Work already under way includes ...": its other sentences of
        #: work ("which is now provided for") are context, no activities
        self.under_way = any(WORK_UNDER_WAY.search(line) for line in self.lines)
        #: the paper answers a consultation's questions: "We would urge X to ..." asks too,
        #: and the heading over its parts is no theme (:mod:`.question_urges`)
        self.answers = answers_questions_lines(self.lines)
        super().run()
        for area in self.areas.values() if self.answers else ():
            area.theme = None

    def as_heading(self, block: Block) -> Block:
        """A short line wholly in bold after the first heading ("**Reserves**": a print
        that shows headings by size and weight only) is a heading under the one before."""
        block = super().as_heading(block)
        if isinstance(block, Paragraph) and block.number is None and block.text.is_bold() \
                and self.blocks_read > 2 and _heading_line(clean_text(block.text.text)) \
                and self.label_of(block) is None:
            return Heading(block.text, _BOLD_LEVEL, None, block.location)
        return block

    def opens_unnumbered(self, unit: _Unit, role: str | None) -> bool:
        """A sentence "The group recommends that ..." (not in a list) opens one too."""
        return super().opens_unnumbered(unit, role) or (
            not unit.in_list and not unit.text.endswith(":")  # (a lead-in: "... the Council:")
            and BODY_RECOMMENDS.match(unit.text) is not None) or (
            not unit.in_list and getattr(self, "answers", False)
            and urged(unit.text, self.words["lead_in"]) is not None)

    def label_of(self, block: Block) -> str | None:
        """A lead-in "The group recommends:" alone is a recommendations label."""
        role = super().label_of(block)
        if role is None and getattr(block, "number", None) is None \
                and BODY_LEAD_IN.fullmatch(clean_text(block.text.text)):
            return _REC
        return role

    def recommendation_kind(self, block: Block, index: int, role: str | None,
                            under_label: bool = False) -> int | None:
        """A bullet under such a lead-in is a recommendation printed with no number."""
        if under_label and isinstance(block, ListItem) and not block.number:
            return 1
        return super().recommendation_kind(block, index, role, under_label)

    def read_unit(self, unit: _Unit) -> None:
        """"Work already under way includes ..." is an activity; a list item read as a
        recommendation loses the punctuation that closes it ("; and")."""
        if not unit.in_list and WORK_UNDER_WAY.match(unit.text):
            self.work_under_way(unit)
            self.last_block = unit.block
            return
        before, acts = len(self.items[_REC]), len(self.items[_ACT])
        super().read_unit(unit)
        recs = self.items[_REC]
        if len(recs) > before:
            self.subject_of(recs[-1], unit)
        if self.under_way and not unit.in_list and len(self.items[_ACT]) > acts:
            self.items[_ACT].pop()  # (context: the paper's activities are its "work under way")
            self.last_item[_ACT] = self.items[_ACT][-1] if self.items[_ACT] else None
            self.current.remit.append(unit.text)
            self.last_unit = None

    def subject_of(self, rec: _Item, unit: _Unit) -> None:
        """A recommendation read from a list item loses the punctuation that closes it; one
        whose words named no owner gets those its clause's subject names ("that councils,
        with the WLGA, develop ...")."""
        if unit.listed and rec.pieces:
            rec.pieces[-1] = _without_list_close(rec.pieces[-1])
        from wlga_analysis.interpret.recommendations.lead_ins import _item_owners, lead_in_owners

        whom = urged(rec.pieces[0], self.words["lead_in"]) if self.answers and rec.pieces \
            else None
        if whom is not None:  # (whom it urges, not the bodies named in what is asked)
            rec.owners = []
            for name in lead_in_owners(whom, self.known):
                self.add_owner(rec, name)
            return
        if rec.owners or not rec.pieces:
            return

        m = BODY_RECOMMENDS.match(rec.pieces[0])
        clause = "that" + rec.pieces[0][m.end():] if m else rec.pieces[0]
        for name in _item_owners(clause, self.known):
            self.add_owner(rec, name)

    def work_under_way(self, unit: _Unit) -> None:
        """An activity of the area: the sentence, numbered in reading order."""
        item = _Item(_ACT, len(self.items[_ACT]) + 1, self.current.area_id, unit.line,
                     pieces=[unit.text])
        self.items[_ACT].append(item)
        self.last_item[_ACT] = item
        found = prose_owners(unit.text, self.known)
        for name in found[0] if found else ():
            self.add_owner(item, name)
        self.last_unit = _ACT


def read_statement_prose(doc: Document, known: frozenset[str]) -> StatementParser | None:
    """Read a paper that reports a group's recommendations in prose (see the module's doc),
    or None when it prints no sentence "The group recommends that ...", numbers its
    recommendations, or no recommendation is read.

    Parameters
    ----------
    doc : Document
        A recommendations document read by :func:`wlga_analysis.documents.read_document`.
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`).

    Returns
    -------
    StatementParser or None
        The reading, run.
    """
    if not any("recommends that" in line.casefold() and not _lead_in_line(line)
               and any(BODY_RECOMMENDS.match(part) for part in _sentence_starts(line))
               for line in doc.lines):  # (not a lead-in: "The Commissioner recommends that X:")
        return None
    parser = StatementParser(doc, known)
    try:
        parser.run()
    except ParseError:
        return None
    if not parser.unnumbered or not parser.items[_REC]:
        return None
    return parser


def _lead_in_line(line: str) -> bool:
    """Whether a line ends with a colon (a lead-in, "The Commissioner recommends that X:")."""
    return clean_text(line).rstrip(" *_").endswith(":")


def _sentence_starts(line: str) -> list[str]:
    """The line from each place a sentence may start (its start, after ". ").

    Examples
    --------
    >>> _sentence_starts("Work is done. The group recommends that it ends.")
    ['Work is done. The group recommends that it ends.', 'The group recommends that it ends.']
    """
    text = clean_text(line)
    return [text, *(text[i + 2:] for i in range(len(text) - 2) if text[i:i + 2] == ". ")]
