"""A report's one numbered list of recommendations, each followed by labelled lines naming
its owner and timescale, under numbered chapters with an account of the work done.

A joint working group's final report prints, in each chapter, what the group has done
(bullets) and its recommendations: ONE numbered list through the report, each item with
sub-points ("(i)", "(a)", "i.") that are part of it, then "Owner: ..." and "Timescale: ..."
lines (or one line "Owner: X Timescale: Y", or the fields inside a web page's list item)::

    2. Financial sustainability
    What the group has done
    •  Agreed a settlement protocol.                    <- activity of "Financial sustainability"
    Our recommendations
    1.  The Welsh Government should ...:               <- recommendation 1
    (i)  publishing ...;                                <- part of its text
    Owner: Welsh Government                             <- its owners (WG)
    Timescale: short term (within 12 months)            <- column "timescale"
    6. Next steps                                       <- a chapter with neither: no area
    Annex: Summary of recommendations                   <- repeats them: notes, not read again

:func:`read_owner_timescale` reads it, every form alike, from the document's lines:

- **areas**: the chapters (numbered headings, or in a plain-text form numbered short lines
  with no item fields under them), without their number; a chapter holding neither an
  activity nor a recommendation is no area (a note);
- **recommendations**: the numbered items that have an owner field (the cheap look: at
  least :data:`_AT_LEAST`), text the item's words and its sub-points folded in as printed
  ("...: (i) ...; (ii) ..."), owners the owner field's names (known names as their codes,
  others as printed), any other field (timescale) a column named after its label;
- **activities**: the bullets under a heading naming the work done ("What the group has
  done", "Progress so far", :func:`is_work_heading`);
- an annex or appendix after the list (a summary repeating it) is not read again: its
  lines are notes, reported once; a list numbered again from a lower number likewise.

Examples
--------
>>> split_fields("Owner: Welsh Government Timescale: short term")
('', [('Owner', 'Welsh Government'), ('Timescale', 'short term')])
>>> is_work_heading("What the group has done"), is_work_heading("Our recommendations")
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.columns import column_name
from wlga_analysis.interpret.recommendations.labelled_fields import field_owners, names_work
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.record_cards import record_role
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document

__all__ = ["OwnerTimescaleParser", "is_work_heading", "owner_timescale_after",
           "read_owner_timescale", "split_fields"]

#: An item field's label and colon, at a line's start or after white space.
_FIELD = compile_regex(r"(?i)(?:^|(?<=\s))(?P<label>owners?|lead(?:\s(?:body|organisation|"
                       r"officer))?|responsib(?:le|ility)|timescales?|time\s?frame|"
                       r"target\sdate|deadline|by\swhen)\s?:\s*+")
#: A numbered line ("1.", "12)", "## 3. Title"): its number and text.
_NUMBERED = compile_regex(r"(?P<num>\d{1,3})[.)]\s++(?P<text>\S.*)")
#: A sub-point's mark ("(i)", "ii.", "(a)", "b)") and its text.
_SUB = compile_regex(r"(?:\((?P<p>[ivx]{1,5}|[a-h])\)|(?P<d>[ivx]{1,5}|[a-h])[.)])\s++"
                     r"(?P<text>\S.*)")
#: A bullet's mark and its text.
_BULLET = compile_regex(r"[\u2022\uf0b7\u00b7\u25aa\u25cf\u2013*-]\s++(?P<text>\S.*)")
#: A heading naming the work done (beyond :func:`.labelled_fields.names_work`).
_WORK = compile_regex(r"(?i)what\s(?:the\s[\w-]+|we|it)\s(?:has|have)\s(?:done|achieved|"
                      r"delivered)(?:\s(?:so\sfar|to\sdate))?|progress\s(?:so\sfar|to\sdate|"
                      r"made)|work\s(?:so\sfar|to\sdate|completed|done)")
#: A heading that opens an annex or appendix (a summary repeating the list).
_ANNEX = compile_regex(r"(?i)(?:annex|appendix)\b.*")
#: How many items with an owner field make a document of this layout.
_AT_LEAST = 2
#: The most words a plain numbered line has to be a chapter heading.
_HEADING_WORDS = 10


def split_fields(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The words before an item's first field, and its fields (label, value) in order."""
    marks = list(_FIELD.finditer(text))
    if not marks:
        return text, []
    fields = [(m.group("label"), text[m.end():nxt.start() if nxt else len(text)].strip())
              for m, nxt in zip(marks, [*marks[1:], None], strict=True)]
    return text[:marks[0].start()].strip(), fields


def is_work_heading(text: str) -> bool:
    """Whether a heading names the work done ("What the group has done")."""
    folded = text.strip(" :.").casefold()
    return bool(_WORK.fullmatch(folded) or names_work(folded)
                or record_role(folded) == _ACT)


#: A field label of :data:`_FIELD` that ends at a line's colon, looked for in the few
#: characters before each colon (:func:`_has_owner`): a line has few colons, while a search
#: of the whole line tries a label at every character (0.12 of 1.75 s of a cold parse of a
#: 1 MB table paper, which has no owner line).
_LABEL_AT_COLON = compile_regex(
    r"(?i)(?:^|(?<=\s))(?P<label>owners?|lead(?:\s(?:body|organisation|officer))?|"
    r"responsib(?:le|ility)|timescales?|time\s?frame|target\sdate|deadline|by\swhen)\s?:$")
#: More characters than the longest label of :data:`_FIELD` and its space and colon.
_LABEL_SPAN = 26


def _has_owner(text: str) -> bool:
    """Whether ``text`` holds an owner field's label and colon ("Owner:", "Lead body:"),
    as :data:`_FIELD` finds them.

    Examples
    --------
    >>> _has_owner("1. Fund it. Owner: Welsh Government"), _has_owner("Timescale: 2027")
    (True, False)
    >>> _has_owner("Co-lead: WLGA"), _has_owner("Lead organisation : WLGA")
    (False, True)
    """
    at = text.find(":")
    while at >= 0:
        m = _LABEL_AT_COLON.search(text, max(0, at - _LABEL_SPAN), at + 1)
        if m is not None and record_role(m.group("label")) == "owners":
            return True
        at = text.find(":", at + 1)
    return False


def _heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a Markdown heading line, else None."""
    if not line.startswith("#"):
        return None
    text = line.lstrip("#")
    return len(line) - len(text), text.strip()


class OwnerTimescaleParser(_Parser):
    """The reader of :mod:`.owner_timescale` (see its doc)."""

    def __init__(self, doc: Document, known: frozenset[str]) -> None:
        super().__init__(doc, known)
        self.clean = [clean_text(line.replace("**", "")).strip() for line in self.lines]
        self.rec_lines = self.owned_numbers()
        self.numbered_headings = any(
            (h := _heading(text)) is not None and _NUMBERED.match(h[1])
            for text in self.clean)
        self.pending: tuple[str, int] | None = None
        self.area_of: dict[int, int] = {}  # (a chapter's line -> its area)
        self.chapters: list[tuple[str, int]] = []
        self.work = False
        self.stopped = False
        self.last: _Item | None = None  # the item a continued line goes on

    def owned_numbers(self) -> set[int]:
        """The lines (1-based) of numbered items with an owner field before the next."""
        found: set[int] = set()
        owned = False
        for ln in range(len(self.clean), 0, -1):
            text = self.clean[ln - 1]
            owned = owned or _has_owner(text)
            heading = _heading(text)
            if heading is not None:
                owned = False
            elif _NUMBERED.match(text):
                if owned:
                    found.add(ln)
                owned = False
        return found

    def run(self) -> None:
        blank = True
        for ln, text in enumerate(self.clean, start=1):
            if not text:
                blank = True
                continue
            if self.stopped:
                self.notes.append(("annex", text, ln))
            else:
                self.read_line(text, ln, blank)
            blank = False
        self.report()
        self.finish()

    def read_line(self, text: str, ln: int, blank: bool) -> None:
        """One non-blank line, by its shape."""
        heading = _heading(text)
        if heading is not None:
            self.read_heading(heading[1], ln, marked=True)
            return
        numbered = _NUMBERED.match(text)
        if numbered and ln in self.rec_lines:
            self.recommendation(int(numbered.group("num")), numbered.group("text"), ln)
        elif numbered and len(text.split()) <= _HEADING_WORDS and text[-1] not in ".:;":
            self.read_heading(text, ln, marked=False)
        elif self.last is not None and self.last.column == _REC and self.in_item(text, ln):
            return
        elif (bullet := _BULLET.match(text)) and self.work and self.pending:
            self.activity(bullet.group("text"), ln)
        elif not blank and self.last is not None and not _BULLET.match(text):
            self.last.pieces.append(text)
        elif not numbered and len(text.split()) <= _HEADING_WORDS and text[-1] not in ".:;,":
            self.read_heading(text, ln, marked=False)
        else:
            self.notes.append(("paragraph", text, ln))
            self.last = None

    def in_item(self, text: str, ln: int) -> bool:
        """A field line or a sub-point of the current recommendation (False for others)."""
        item = self.last
        assert item is not None
        before, fields = split_fields(text)
        if fields and not before:
            self.fields(item, fields)
            return True
        sub = _SUB.match(text)
        if sub is None:
            return False
        mark = sub.group("p") or sub.group("d")
        item.pieces.append(f"({mark}) {sub.group('text')}")
        return True

    def read_heading(self, text: str, ln: int, marked: bool) -> None:
        """A heading: an annex ends the list; a work heading opens activities; a chapter
        (numbered, when the report numbers its chapters) is the next area."""
        self.last = None
        if self.title is None and marked:
            self.title = text
        numbered = _NUMBERED.match(text)
        if _ANNEX.fullmatch(text) or text.casefold().startswith("summary of recommendations"):
            self.stopped = True
        self.work = is_work_heading(text)
        if self.stopped or self.work or not (numbered or (marked and not self.numbered_headings)):
            self.notes.append(("heading", text, ln))
            return
        self.pending = (numbered.group("text") if numbered else text).strip(), ln
        self.chapters.append(self.pending)

    def area_id(self) -> int:
        """The area of the chapter over the current item (started at its first item)."""
        assert self.pending is not None
        title, ln = self.pending
        if ln not in self.area_of:
            self.area_of[ln] = len(self.areas) + 1
            self.start_area(self.area_of[ln], title, ln)
        return self.area_of[ln]

    def recommendation(self, number: int, text: str, ln: int) -> None:
        """A numbered item with an owner field: a recommendation (a number not after the
        last one starts a repeat of the list: the rest are notes)."""
        recs = self.items[_REC]
        if (recs and number <= recs[-1].number) or self.pending is None:
            self.issue(_REC, "list repeated", number, ln,
                       f"recommendation {number} is numbered again after "
                       f"{recs[-1].number if recs else 'no chapter'}: the list from here is "
                       "kept in the notes, not read again")
            self.stopped = True
            self.notes.append(("paragraph", text, ln))
            return
        before, fields = split_fields(text)
        item = _Item(_REC, number, self.area_id(), ln, pieces=[before])
        recs.append(item)
        self.last = self.last_item[_REC] = item
        self.fields(item, fields)
        self.work = False

    def fields(self, item: _Item, fields: list[tuple[str, str]]) -> None:
        """An item's labelled fields: its owners, or a column named after the label."""
        for label, value in fields:
            if record_role(label) == "owners":
                for name in field_owners(value, self.known):
                    if name not in item.owners:
                        item.owners.append(name)
                        if name not in self.known:
                            item.unknown.append(name)
                continue
            name = column_name(label)
            item.extra[name] = value
            if name not in self.extra_columns:
                self.extra_columns.append(name)

    def activity(self, text: str, ln: int) -> None:
        """A bullet under a heading of the work done: an activity of the chapter's area."""
        item = _Item(_ACT, len(self.items[_ACT]) + 1, self.area_id(), ln, pieces=[text])
        self.items[_ACT].append(item)
        self.last = self.last_item[_ACT] = item

    def report(self) -> None:
        """Note the chapters that hold no item, and say how the tables were read, so that
        an analyst checks them."""
        self.notes.extend(("heading", title, ln) for title, ln in self.chapters
                          if ln not in self.area_of)
        if self.title is None:
            self.title = next((text for text in self.clean if text), None)
        recs = self.items[_REC]
        self.issue(_REC, "read from owner lines", "", recs[0].line if recs else None,
                   f"no recommendations table: {len(recs)} recommendations were read from "
                   "the numbered items with an owner line ('Owner: ...'), sub-points folded "
                   "into their text; an annex repeating them is kept in the notes")


def read_owner_timescale(doc: Document, known: frozenset[str]) -> OwnerTimescaleParser | None:
    """The parser of a report whose numbered recommendations carry owner lines (run), or
    None when fewer than two numbered items have one.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> lines = ("# Report", "", "## 2. Roads", "", "### What we have done", "",
    ...          "- Mapped potholes.", "", "### Recommendations", "", "1. Fill them:", "",
    ...          "(i) quickly;", "", "Owner: councils", "", "2. Fund it.", "",
    ...          "Owner: Welsh Government", "Timescale: 2027")
    >>> doc = Document(Path("r.md"), "recommendations", lines, "0" * 64)
    >>> parser = read_owner_timescale(doc, OwnerCodes.from_rows(
    ...     [("WG", "Welsh Government", ""), ("LG", "Local government", "councils")]))
    >>> [(i.number, i.pieces, i.owners) for i in parser.items["recommendations"]]
    [(1, ['Fill them:', '(i) quickly;'], ['LG']), (2, ['Fund it.'], ['WG'])]
    >>> [i.pieces for i in parser.items["activities"]], parser.areas[1].title
    ([['Mapped potholes.']], 'Roads')
    """
    owned = (line for line in doc.lines if ":" in line and len(line) < 2000
             and _has_owner(line))
    if next(owned, None) is None or next(owned, None) is None:  # (two, then stop looking)
        return None
    parser = OwnerTimescaleParser(doc, known)
    if len(parser.rec_lines) < _AT_LEAST:
        return None
    parser.run()
    return parser if len(parser.items[_REC]) >= _AT_LEAST else None


def owner_timescale_after(doc: Document, known: frozenset[str], parser: _Parser
                          ) -> OwnerTimescaleParser | None:
    """The reader of :mod:`.owner_timescale` when a table reader read a table of the
    document (its annex summary) and the numbered items with owner lines hold every number
    it read; else None (the cheap look of :func:`read_owner_timescale` first).

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> doc = Document(Path("r.md"), "recommendations", ("# Report",), "0" * 64)
    >>> owner_timescale_after(doc, frozenset(), _Parser(doc, frozenset())) is None
    True
    """
    if parser.header_line is None:
        return None
    found = read_owner_timescale(doc, known)
    if found is None or not {i.number for i in parser.items[_REC]} <= \
            {i.number for i in found.items[_REC]}:
        return None  # (the table holds recommendations the list does not)
    return found
