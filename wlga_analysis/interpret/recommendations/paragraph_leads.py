"""Recommendations in running paragraphs, each area a paragraph opening with a bold lead.

A group's report may print its recommendations inside running paragraphs under its
chapters, each topic a paragraph that opens with a **run-in lead in bold** ("**Council
tax.** Councils told the group ... The group recommends that the Welsh Government ...
(Recommendation 1). It also recommends that councils ... (Recommendation 2)."), asks after
a lead-in that ends the paragraph ("Councils should:" over bullets closed by
"(Recommendation 4);"), and a numbered lead-in over sub-recommendations typed with their
parent's number ("... recommends that the Welsh Government and the WLGA (Recommendation
6):" over "6(a) agree ...", "6(b) ...; and")::

    # 2. Raising revenue
    **Council tax.** Councils told the group ... The group recommends that ... (Recommendation 1).

:class:`ParagraphLeadParser` reads it as the prose reader does
(:class:`~.committee_reports.ReportParser`), with the lead read as what it is, a heading
run into its paragraph:

- **areas**: each bold lead (its full stop or dash left out) is a heading of its own one
  level under any heading the document marks, so it is the area of the recommendations in
  its paragraph and the lists after it, and the chapter over it is the **theme**; a lead
  whose paragraph and lists hold no recommendation is no area (its text goes to the notes);
- **lead-ins**: a sentence ending in a colon that names whom it asks ("Councils should:",
  "The Welsh Government and councils should:", "... recommends that the WLGA and X:";
  :func:`.addressee_lead_ins.addressee`) is the area's remit; the recommendations in the
  list after it get its **owners** (:func:`.lead_ins.lead_in_owners`, and the partners an
  item names "with"); its list closes ("; and") are no part of their texts;
- **sub-recommendations**: after a lead-in labelled "(Recommendation N):", the paragraphs
  or list items that open "N(a)" or "(a)" are recommendations of their own, numbered N,
  their label as printed ("6(a)", ``rec_label``); the lead-in itself is none;
- the other sentences of the paragraphs (what the group heard, even "Three councils have
  introduced ...") are the area's **remit**: the group reports no work of its own, so no
  activities; owners otherwise from the sentence ("It also recommends that councils ..."
  LG; :func:`.bold_recommends.recommend_that_owners`).

:func:`read_paragraph_leads` runs it on a paper where two paragraphs or more open with a
bold lead and at least two of them are read as areas; the reading is reported
(``read from paragraph leads``).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Location, Paragraph
>>> block = Paragraph(Inline("Council tax. The group recommends it.", ((0, 12),)), None,
...                   Location(line=3))
>>> [(type(b).__name__, b.text.text) for b in split_lead(block)]
[('Heading', 'Council tax'), ('Paragraph', 'The group recommends it.')]
>>> label = Paragraph(Inline("Conclusion 2. We are concerned.", ((0, 13),)), None, Location())
>>> [type(b).__name__ for b in split_lead(label)]  # (an item's label, not a topic)
['Paragraph']
>>> sub_item("6(a) agree indicative settlements;", 6)
('6(a)', 'agree indicative settlements;')
>>> sub_item("7(a) agree them;", 6) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret.recommendations.addressee_lead_ins import addressee
from wlga_analysis.interpret.recommendations.committee_reports import ReportParser
from wlga_analysis.interpret.recommendations.lines import _REC, _Item
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.prose import _Unit

__all__ = ["ParagraphLeadParser", "read_paragraph_leads", "split_lead", "sub_item"]

#: The level a lead is read at: under any heading a reader marks (numbered sections are
#: read at 8 and deeper).
LEAD_LEVEL = 12
#: The most words of a lead.
_LEAD_WORDS = 8
#: What ends a lead, in or right after its bold: a full stop, or a dash before the text.
_LEAD_END = compile_regex(r"\s*+(?:\.|[\u2013\u2014]|-(?=\s))\s*+")
#: A lead-in's closing label: "... the WLGA (Recommendation 6):" (group 1 the number).
_LEAD_IN_LABEL = compile_regex(r"(?i)\s*+\(\s*+(?:recommendation|rec\.?|argymhelliad)\s++"
                               r"(\d{1,4})\s*+\)\s*+:$")
#: A sub-recommendation's label: "6(a) ", "(b) ", "6 (c) " (group ``n`` the parent's
#: number as printed, group ``letter`` its letter).
_SUB_LABEL = compile_regex(r"(?:(?P<n>\d{1,4})\s?)?\((?P<letter>[a-z]{1,2})\)\s++(?=\S)")
#: The punctuation that closes a list item before the next ("...;", "...; and", "; or").
_LIST_CLOSES = ("; and", "; or", ";")
#: The cheap test of a line of the text forms: it opens with a bold lead and text after it.
_LEAD_LINE = compile_regex(r"\s{0,3}\*\*[^*\n]{2,80}\*\*\s*+[.\u2013\u2014-]?\s*+\S")
#: A lead that ends with a number or a letter is an item's label, not a topic ("Conclusion
#: 1", "Consultation question 3", "Part B").
_NUMBERED_LABEL = compile_regex(r"\s(?:\d{1,4}[a-z]?|[IVXivx]{1,5}|[A-Z])$")
#: How many areas read from leads make a document of this layout.
_AT_LEAST = 2


def _is_label(lead: str) -> bool:
    """Whether a bold lead is a label, not a topic ("Recommendation 1", "Conclusion 2",
    "Progress so far", "Lead", "For the WLGA")."""
    from wlga_analysis.interpret.recommendations.labelled_fields import names_work
    from wlga_analysis.interpret.recommendations.owner_groups import OWNER_GROUP
    from wlga_analysis.interpret.recommendations.prose import recommendation_label
    from wlga_analysis.interpret.recommendations.record_cards import record_role

    return _NUMBERED_LABEL.search(lead) is not None \
        or recommendation_label(lead) is not None or record_role(lead) is not None \
        or names_work(lead) is not None or OWNER_GROUP.fullmatch(lead + ":") is not None


def split_lead(block: Block) -> list[Block]:
    """A paragraph that opens with a bold lead ("**Council tax.** Councils told ...") as
    the lead, a heading at :data:`LEAD_LEVEL` (its full stop or dash left out), and the
    paragraph after it; any other block alone."""
    if not isinstance(block, Paragraph) or block.number is not None or not block.text.bold:
        return [block]
    text = block.text
    start, end = text.bold[0]
    if text.text[:start].strip():
        return [block]
    m = _LEAD_END.match(text.text, len(text.text[:end].rstrip(" .\u2013\u2014-")))
    if m is None or m.end() < end or m.end() >= len(text.text):
        return [block]  # (no stop or dash right after the bold, or no text after it)
    lead = clean_text(text.text[start:m.start()])
    rest = text.slice(m.end(), len(text.text))
    if not (lead and len(lead.split()) <= _LEAD_WORDS and has_heading_shape(lead)
            and rest.text[:1].isupper() and not _is_label(lead)):
        return [block]
    return [Heading(text.slice(start, m.start()).strip(), LEAD_LEVEL, None, block.location),
            Paragraph(rest, None, block.location)]


def sub_item(text: str, parent: int | None) -> tuple[str, str] | None:
    """(label as printed, text) of a sub-recommendation of recommendation ``parent``
    ("6(a) agree ..."; "(a) agree ..." only under a numbered lead-in), else None."""
    m = _SUB_LABEL.match(text)
    if m is None:
        return None
    number = int(m.group("n")) if m.group("n") else parent
    if number is None or (parent is not None and number != parent):
        return None
    return f"{number}({m.group('letter')})", text[m.end():].strip()


def _without_list_close(text: str) -> str:
    text = text.rstrip()
    end = next((c for c in _LIST_CLOSES if text.endswith(c)), "")
    return text[:len(text) - len(end)].rstrip() if end else text


class ParagraphLeadParser(ReportParser):
    """The prose reader with the rules of :mod:`.paragraph_leads` (see its doc)."""

    def run(self) -> None:
        self.lead_in: tuple[list[str], int | None, int] | None = None  # (owners, N, block)
        self.lead_areas = 0  # the areas read from leads
        super().run()

    def split_block(self, block: Block) -> list[Block]:
        """A paragraph's run-in lead is a heading of its own (:func:`split_lead`)."""
        return split_lead(block)

    def plan(self, blocks: list[Block]) -> tuple[set[int], set[int]]:
        """The plan of the prose reader; its sentences of what the group heard are remit
        (no activities)."""
        areas, themes = super().plan(blocks)
        self.committee = True
        self.lead_areas = sum(1 for i in areas if getattr(blocks[i], "level", 0) == LEAD_LEVEL)
        return areas, themes

    def recommendation_kind(self, block: Block, index: int, role: str | None,
                            under_label: bool = False) -> int | None:
        """A numbered lead-in ("... (Recommendation 6):") and a sub-recommendation ("6(a)
        ...") are recommendations of the area they stand in."""
        text = clean_text(block.text.text) if isinstance(block, (Paragraph, ListItem)) else ""
        if text and (_LEAD_IN_LABEL.search(text[-40:]) or sub_item(text, None)):
            return 0
        return super().recommendation_kind(block, index, role, under_label)

    def prose_heading(self, block: Heading, index: int) -> None:
        """A lead that is no area ends the area before it: its paragraph is a note."""
        self.lead_in = None
        if block.level == LEAD_LEVEL and index not in self.area_headings:
            self.current = None
            self.notes.append(("heading", clean_text(block.text.text),
                               block.location.line or 0))
            return
        super().prose_heading(block, index)

    def is_label(self, block: Block) -> bool:
        """A lead-in paragraph ("The Welsh Government should:") is read as a sentence."""
        if self.current is not None and _lead_in_subject(clean_text(block.text.text)):
            return False
        return super().is_label(block)

    def read_unit(self, unit: _Unit) -> None:
        """A lead-in, a sub-recommendation, an ask under a lead-in; any other sentence as
        the report's reader reads it."""
        if self.read_lead_in(unit) or self.read_sub_item(unit):
            self.last_block = unit.block
            return
        if self.lead_in is not None and not unit.in_list and unit.block != self.lead_in[2]:
            self.lead_in = None  # (a paragraph after the lead-in's list)
        recs = self.items[_REC]
        before = len(recs)
        super().read_unit(unit)
        if len(recs) > before and unit.in_list and self.lead_in is not None:
            self.lead_in_owners(recs[-1])

    def read_lead_in(self, unit: _Unit) -> bool:
        """A sentence that ends in a colon and names whom it asks: the area's remit; its
        owners (and number, "(Recommendation 6):") go to the items after it."""
        if unit.in_list:
            return False
        label = _LEAD_IN_LABEL.search(unit.text)
        text = unit.text[:label.start()] + ":" if label else unit.text
        subject = _lead_in_subject(text)
        if subject is None and label is None:
            return False
        from wlga_analysis.interpret.recommendations.addressee_lead_ins import _owners

        owners = _owners(subject, self.known) if subject else []
        self.lead_in = (owners, int(label.group(1)) if label else None, unit.block)
        self.current.remit.append(unit.text)
        self.last_unit = None
        return True

    def read_sub_item(self, unit: _Unit) -> bool:
        """"6(a) agree ..." after a lead-in labelled "(Recommendation 6):": a
        recommendation numbered 6, labelled as printed, with the lead-in's owners."""
        lead = self.lead_in
        found = sub_item(unit.text, lead[1]) if lead is not None and lead[1] else None
        if found is None and unit.letter and lead is not None and lead[1]:
            found = (f"{lead[1]}({unit.letter})", unit.text)  # (a lettered list's item)
        if found is None or lead is None:
            return False
        item = _Item(_REC, lead[1] or 0, self.current.area_id, unit.line, label=found[0],
                     pieces=[found[1]])
        self.items[_REC].append(item)
        self.last_item[_REC] = self.last_rec = item
        self.owners_read.add(id(item))
        self.lead_in_owners(item)
        self.lead_in = (lead[0], lead[1], unit.block)  # (the lead-in goes on to the next)
        self.last_unit = _REC
        return True

    def lead_in_owners(self, item: _Item) -> None:
        """An item under a lead-in: the lead-in's owners (and partners the item names
        "with"), its list close left out of its text."""
        from wlga_analysis.interpret.recommendations.subject_partners import subject_partners

        if item.pieces:
            item.pieces[-1] = _without_list_close(item.pieces[-1])
        owners = self.lead_in[0] if self.lead_in is not None else []
        if not owners:
            return
        item.owners, item.unknown = [], []
        for name in subject_partners(item.pieces[0] if item.pieces else "", self.known,
                                     list(owners)) or owners:
            self.add_owner(item, name)

    def report_reading(self) -> None:
        super().report_reading()
        recs = self.items[_REC]
        self.issue(_REC, "read from paragraph leads", "", recs[0].line if recs else None,
                   f"{self.lead_areas} areas are the bold leads that open paragraphs "
                   "('Council tax. ...'), the chapters over them their themes; lead-ins "
                   "('Councils should:') give the items after them their owners; the other "
                   "sentences are the areas' remit (no activities); check the reading")


def _lead_in_subject(text: str) -> str | None:
    """Whom a lead-in sentence asks ("Councils should:" -> "Councils"), or None."""
    if not text.rstrip(" *_").endswith(":") or len(text) > 300:
        return None
    return addressee(text)


def read_paragraph_leads(doc: Document, known: frozenset[str]) -> ParagraphLeadParser | None:
    """The parser of a report whose areas are bold leads of its paragraphs (run), or None
    when fewer than two paragraphs open with one, or fewer than two are read as areas.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> lines = ("# Report", "", "## 2. Revenue", "",
    ...          "**Fees.** We recommend that councils review fees (Recommendation 1).", "",
    ...          "**Rates.** Councils should:", "", "- publish them (Recommendation 2).")
    >>> doc = Document(Path("r.md"), "recommendations", lines, "0" * 64)
    >>> parser = read_paragraph_leads(doc, OwnerCodes.from_rows(
    ...     [("LG", "Local government", "councils")]))
    >>> [(parser.areas[i.area_id].title, i.pieces, i.owners)
    ...  for i in parser.items["recommendations"]]  # doctest: +NORMALIZE_WHITESPACE
    [('Fees', ['We recommend that councils review fees.'], ['LG']),
     ('Rates', ['publish them.'], ['LG'])]
    >>> parser.areas[1].theme
    'Revenue'
    """
    if sum(1 for line in doc.lines if line[:5].lstrip().startswith("**")
           and _LEAD_LINE.match(line)) < _AT_LEAST:
        return None
    parser = ParagraphLeadParser(doc, known)
    try:
        parser.run()
    except ParseError:
        return None
    return parser if parser.lead_areas >= _AT_LEAST and parser.items[_REC] else None
