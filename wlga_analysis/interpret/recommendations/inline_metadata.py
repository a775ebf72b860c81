"""Recommendations printed as paragraphs that carry their metadata inline.

A review's final report may print each recommendation as a paragraph whose label is followed
by a bracket of labelled fields, then a dash and the text, under chapter headings (themes,
often numbered "II.") and area sub-headings, each area opening with a paragraph of the work
so far::

    # II. People and places
    ## Community councils
    **Progress so far.** One Voice Wales ran training in 2025. Eleven councils shared a clerk.
    **Recommendation 2.1 (Area: Community councils; Lead: Welsh Government; By: March
    2028)** – The Welsh Government should fund a shared clerk service.

:func:`read_inline_metadata` reads that (every form alike, as the prose reader does, whose
:class:`~.committee_reports.ReportParser` it extends):

- **recommendations**: the label's number as printed ("2.1", in ``rec_label``; ``rec_id``
  its place in reading order), the text after the dash; the bracket's fields are no text:
  an owner label ("Lead", "Owner"; :func:`.record_cards.record_role`) gives the owners
  (names read as an owner cell's: "WLGA with councils" is WLGA and LG), "Area" names the
  area (one naming another area than the heading's is reported), any other ("By",
  "Timescale") is a column of its own named after the label;
- **activities**: a paragraph that opens with a label of the work done ("Progress so far.",
  "Progress to date:", "What is already happening:") is read sentence by sentence, each an
  activity of the area, without the label and without the footnote marks after a sentence
  (each mark reported: the footnote itself is kept in the notes);
- themes and areas as the prose reader reads them (a chapter's numeral, "II.", is no part
  of its theme's name: :func:`.themes.split_theme_label`).

Examples
--------
>>> m = _INLINE.match("Recommendation 3.2 (Area: Workforce; Lead: WLGA; By: 2027) – Do it.")
>>> m.group("label"), m.group("fields"), m.group("text")
('3.2', 'Area: Workforce; Lead: WLGA; By: 2027', 'Do it.')
>>> work_label("Progress so far. Three councils have set up area committees.")
(17, 'Progress so far')
>>> work_label("Progress was slow.") is None
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.bold_recommends import split_sentences
from wlga_analysis.interpret.recommendations.columns import column_name
from wlga_analysis.interpret.recommendations.committee_reports import ReportParser
from wlga_analysis.interpret.recommendations.labelled_fields import field_owners, names_work
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item
from wlga_analysis.interpret.recommendations.record_cards import record_role
from wlga_analysis.text.marks import FOOTNOTE_MARKS
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.prose import _Unit

__all__ = ["InlineMetadataParser", "read_inline_metadata", "work_label"]

#: "Recommendation 1.2 (Area: ...; Lead: ...; By: ...) – text": the label's number, the
#: bracket's fields and the text after the dash (or colon).
_INLINE = compile_regex(r"(?i)\s*+(?:recommendation|rec\.?)\s++(?P<label>\d{1,3}(?:\.\d{1,3})?"
                        r"[a-z]?)\s*+\((?P<fields>[^()]{3,400})\)\s*+[:.\u2013\u2014-]\s*+"
                        r"(?P<text>\S.*)", re.DOTALL)
#: A line of the text form that prints one ("**Recommendation 1.2 (Area: X; ...": the
#: cheap check of :func:`read_inline_metadata`).
_LINE = compile_regex(r"(?i)\brecommendation\s++\d{1,3}(?:\.\d{1,3})?[a-z]?\s*+(?:\*\*|__)?"
                      r"\s*+\(\s*+[a-z][a-z ]{0,20}:")
#: "Label: value" in the bracket.
_FIELD = compile_regex(r"\s*+(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*+:\s*+(?P<value>\S.*)",
                       re.DOTALL)
#: A paragraph's opening label: "Progress so far." / "Progress to date:" before its text.
_OPENING_LABEL = compile_regex(r"(?P<label>[A-Z][A-Za-z'\u2019 ]{2,40}?)\s*+[.:]\s++(?=\S)")
#: A footnote mark after a sentence's stop ("women.¹", "2021.[^2]"), or at the very end.
_MARK = compile_regex(rf"(?<=[.!?)])\s*+(?:[{FOOTNOTE_MARKS}]{{1,3}}|\[\^[^\]\s]{{1,12}}\])"
                      rf"|(?:[{FOOTNOTE_MARKS}]{{1,3}}|\[\^[^\]\s]{{1,12}}\])$")
#: How many inline-labelled recommendations make a document of this layout.
_AT_LEAST = 2


def work_label(text: str) -> tuple[int, str] | None:
    """The end and the name of the label a paragraph opens with when it names the work done
    ("Progress so far.", "What is already happening:"), else None."""
    m = _OPENING_LABEL.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    return (m.end(), label) if record_role(label) == _ACT or names_work(label) else None


def _fields(bracket: str) -> list[tuple[str, str]] | None:
    """The labelled fields of a bracket ("Area: X; Lead: Y"), or None when a part of it is
    no "Label: value" (a bracket of other words)."""
    out: list[tuple[str, str]] = []
    for part in bracket.split(";"):
        m = _FIELD.fullmatch(part.strip())
        if m is None:
            return None
        out.append((m.group("label").strip(), m.group("value").strip()))
    return out


class InlineMetadataParser(ReportParser):
    """The prose reader with the rules of :mod:`.inline_metadata` (see its doc)."""

    def parse_inline(self, unit: _Unit) -> bool:
        """"Recommendation 1.2 (Area: ...; Lead: ...) – text": a recommendation with its
        fields (False for any other sentence)."""
        m = _INLINE.match(unit.text)
        fields = _fields(m.group("fields")) if m is not None else None
        if m is None or fields is None:
            return False
        item = _Item(_REC, len(self.items[_REC]) + 1, self.current.area_id, unit.line,
                     pieces=[m.group("text").strip()], label=m.group("label"))
        self.items[_REC].append(item)
        self.last_item[_REC] = self.last_rec = item
        for label, value in fields:
            self.field(item, label, value, unit.line)
        self.owners_read.add(id(item))  # (its owners are the bracket's, not its subject's)
        self.pending_owners, self.list_role, self.last_unit = [], None, _REC
        return True

    def field(self, item: _Item, label: str, value: str, line: int) -> None:
        """One field of a recommendation's bracket: its owners, its area, or a column."""
        role = record_role(label)
        if role == "area":
            if clean_text(value).casefold() != self.current.title.casefold():
                self.issue(_REC, "area differs", item.printed, line,
                           f"recommendation {item.printed} names its area {value!r}, but "
                           f"it stands under {self.current.title!r}: read in the area it "
                           "stands under")
            return
        if role == "owners":
            for name in field_owners(value, self.known):
                self.add_owner(item, name)
        name = column_name(label)
        item.extra[name] = value
        if name not in self.extra_columns:
            self.extra_columns.append(name)

    def read_unit(self, unit: _Unit) -> None:
        """A paragraph opening with a label of the work done: its sentences are activities;
        any other sentence as the report's reader reads it."""
        if self.current is not None and self.parse_inline(unit):
            self.last_block = unit.block
            return
        found = work_label(unit.text) if self.current is not None and not unit.listed else None
        if found is not None:
            self.notes.append(("heading", found[1], unit.line))
            self.work_block = unit.block
        elif unit.block != getattr(self, "work_block", None) or self.current is None:
            super().read_unit(unit)
            return
        self.activities(unit, unit.text[found[0]:] if found is not None else unit.text)

    def activities(self, unit: _Unit, rest: str) -> None:
        """The sentences of a paragraph of the work done (its label left out) as activities
        of the area, the footnote marks after them taken out (reported)."""
        for mark in _MARK.finditer(rest):
            self.issue(_ACT, "footnote mark", "", unit.line,
                       f"a footnote mark {mark.group().strip()!r} after a sentence of the "
                       f"work in area {self.current.area_id} is no part of the activity; "
                       "the footnote is kept in the notes")
        for sentence in split_sentences(_MARK.sub("", rest)):
            text = clean_text(sentence)
            if not text:
                continue
            item = _Item(_ACT, len(self.items[_ACT]) + 1, self.current.area_id, unit.line,
                         pieces=[text])
            self.items[_ACT].append(item)
            self.last_item[_ACT] = item
        self.last_unit, self.last_block, self.list_role = _ACT, unit.block, None


def read_inline_metadata(doc: Document, known: frozenset[str]) -> InlineMetadataParser | None:
    """The parser of a report whose recommendations carry their metadata inline (run), or
    None when the document prints fewer than two such paragraphs.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> lines = ("# Review", "", "# I. Roads", "", "## Potholes", "",
    ...          "**Progress so far.** Two councils have mapped them.", "",
    ...          "**Recommendation 1.1 (Area: Potholes; Lead: councils; By: 2027)** – Fill them.",
    ...          "", "**Recommendation 1.2 (Area: Potholes; Owner: WG)** – Fund it.")
    >>> doc = Document(Path("r.md"), "recommendations", lines, "0" * 64)
    >>> parser = read_inline_metadata(doc, OwnerCodes.from_rows(
    ...     [("WG", "Welsh Government", ""), ("LG", "Local government", "councils")]))
    >>> [(i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
    [('1.1', ['Fill them.'], ['LG']), ('1.2', ['Fund it.'], ['WG'])]
    >>> [i.pieces for i in parser.items["activities"]], parser.areas[1].theme
    ([['Two councils have mapped them.']], 'Roads')
    """
    if sum(1 for line in doc.lines if len(line) < 2000 and _LINE.search(line)) < _AT_LEAST:
        return None
    from wlga_analysis.errors import ParseError

    parser = InlineMetadataParser(doc, known)
    try:
        parser.run()
    except ParseError:
        return None  # (no area heading over them: left to the other readers)
    return parser if len(parser.items[_REC]) >= _AT_LEAST else None
