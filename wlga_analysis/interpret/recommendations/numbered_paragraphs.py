"""A report of numbered paragraphs: "4.4 We recommend that ...", chapters as areas.

A boundary commission's final recommendations report (Democracy and Boundary Commission
Cymru reviewing a council's electoral arrangements), and reports written the same way,
number every paragraph by its chapter ("3.4", "5.10") under numbered chapter headings ("3.
Council size", "4. Northern Glanmor"): one chapter on the council's size and one per area
of the county. The recommendations are the paragraphs the body recommends in ("4.4 We
recommend that the communities of Cwm Isaf and Pentre form a ward ..."); around them stand
paragraphs on the draft proposals, on representations not accepted, one-row tables of each
proposed ward's electorate, and an appendix that repeats the recommendations word for word
with their numbers::

    ## 4. Northern Glanmor                           <- the area (its name, no number)
    4.1 The valley communities ...                   <- a note
    ### Cwm Isaf and Pentre                          <- a sub-heading: a note
    | Proposed ward | ... | Variance % |             <- table rows: notes
    4.4 We recommend that the communities ...        <- recommendation "4.4"
    ## Appendix 1: Summary of recommendations
    4.4 We recommend that the communities ...        <- printed again: a note

A careful reader reads it so:

- each **numbered paragraph whose sentence recommends** ("We recommend", "The Commission
  recommends", "It is recommended that": ``recommends`` of :data:`NUMBERED_RULES`) is a
  recommendation, its label the paragraph's number as printed ("4.4"), numbered in reading
  order;
- a recommending paragraph that ends with a colon ("We also recommend that:") takes the
  bullets after it as its text;
- its **area** the numbered chapter its number names ("4.4" -> chapter 4), the chapter's
  name without its number; **no themes, no activities**; sub-headings inside a chapter (a
  ward's name) are notes;
- its **owners** the body the report is made to, when the report says that body implements
  it ("This report is submitted to the Welsh Ministers, who may implement our
  recommendations by order": WG; a Cabinet Secretary or Minister is the Welsh Government);
  else the subject of the recommended clause ("We recommend that the council ...");
- a paragraph number printed **again** with the same words (an appendix repeating the
  recommendations) is a note; with other words too, reported (``printed twice
  differently``); one printed only in an appendix is read from it;
- every other paragraph, heading and table row is a note.

The reading is reported (check ``read from numbered paragraphs``) so that an analyst checks
it. The reader is tried only when no other reader found a table and the text prints a
recommending sentence after a paragraph number: it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Final report", "", "1.1 This report is made to the Welsh Ministers, who may "
...          "implement it.", "", "## 2. Council size", "", "2.1 The council has 30 members.",
...          "", "2.2 We recommend that the council has 28 members.", "", "## 3. The north",
...          "", "3.1 We recommend that Pentre forms a ward.")
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", "Welsh Ministers")])
>>> parser = read_numbered_paragraphs(
...     Document(Path("b.md"), "recommendations", lines, "0" * 64), known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Council size'), (2, 'The north')]
>>> [(i.printed, i.area_id, i.owners) for i in parser.items["recommendations"]]
[('2.2', 1, ['WG']), ('3.1', 2, ['WG'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import document_blocks, run_prepared
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["NUMBERED_RULES", "NumberedParagraphParser", "read_numbered_paragraphs",
           "report_addressee"]

#: The patterns of this layout: ``paragraph`` a paragraph's number and its text ("4.4 We
#: recommend ..."); ``chapter`` a numbered chapter's heading ("4. Northern Glanmor",
#: "Chapter 4: ..."; group 1 the number, 2 the name); ``recommends`` the words a
#: recommending sentence opens with; ``part`` a heading after the chapters (an appendix);
#: ``addressee`` the body a report is made to (group ``body``); ``implements`` the words
#: saying that body implements it; ``minister`` a member of the Welsh Government.
NUMBERED_RULES: dict[str, str] = {
    "paragraph": r"(\d{1,2}\.\d{1,3}(?:\.\d{1,2})?)\.?\s+(\S.*)",
    "chapter": r"(?i)(?:chapter\s+|pennod\s+|part\s+|rhan\s+)?(\d{1,2})\.?\s*[:.\u2013\u2014-]?"
               r"\s+([A-Z\u00c0-\u017f].{0,100})",
    "recommends": r"(?i)(?:(?:we|the\s+(?:commission|panel|review(?:\s+team)?|board|"
                  r"committee))\s+(?:therefore\s+|also\s+|further\s+)?recommends?\b|"
                  r"it\s+is\s+(?:therefore\s+|also\s+)?recommended\s+that\b|"
                  r"(?:our|the\s+commission's)\s+(?:final\s+)?recommendation\s+is\b)",
    "part": r"(?i)(?:appendix|annex|atodiad|schedule)\b",
    "addressee": r"\b(?:submit(?:ted)?|present(?:ed)?|made|ma[dk]e|sen[dt]|addressed|"
                 r"report(?:ed)?|given)\s+(?:this\s+report\s+|it\s+|them\s+)?to\s+(?:the\s+)?"
                 r"(?P<body>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|for|of|and))*)",
    "implements": r"(?i)\bimplement|\bgive\s+effect\b|\bby\s+order\b|\bmake\s+an?\s+order\b",
    "minister": r"(?i)^(?:welsh\s+)?(?:ministers?|cabinet\s+secretary|first\s+minister)\b",
}

#: The cheap look at a document's text before any pattern: a recommending word and a
#: paragraph number before it on a line ("4.4 We recommend").
_LOOK = compile_regex(r"(?m)^[ \t>*#]*\d{1,2}\.\d{1,3}\.?[ \t]+[^\n]{0,60}?recommend")
#: The fewest recommending paragraphs and numbered chapters of a document of this family.
_MIN_RECS = 2
_MIN_CHAPTERS = 2
#: The longest chapter heading, in words.
_CHAPTER_WORDS = 12
#: A paragraph this long counts in the share of numbered paragraphs.
_PROSE_WORDS = 6


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`NUMBERED_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern, re.DOTALL if name == "paragraph" else 0)
            for name, pattern in NUMBERED_RULES.items()}


def _printed(block: Block) -> str:
    """A block's text with its printed number before it ("4.4 We recommend ...")."""
    text = clean_text(block.text.text).strip()  # type: ignore[union-attr]
    number = getattr(block, "number", None)
    if number and not text.startswith(number.rstrip(".")):
        return f"{number.rstrip('.')} {text}"
    return text


def _chapter(block: Block, text: str) -> tuple[int, str] | None:
    """A numbered chapter heading's number and name, else None."""
    if isinstance(block, Table) or not text or text[-1] in ".;:," or \
            len(text.split()) > _CHAPTER_WORDS or _rules()["paragraph"].match(text):
        return None
    if isinstance(block, ListItem) and block.kind == "bullet":
        return None
    m = _rules()["chapter"].fullmatch(text)
    return (int(m.group(1)), m.group(2).strip()) if m else None


def report_addressee(texts: list[str], known: frozenset[str]) -> list[str]:
    """The owner codes of the body a report is made to, from the first sentence naming it
    with the words saying it implements the report (:data:`NUMBERED_RULES`); [] for none.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", "Welsh Ministers")])
    >>> report_addressee(["1.2 This report is submitted to the Welsh Ministers, who may "
    ...                   "implement our recommendations by order."], known)
    ['WG']
    >>> report_addressee(["We made this report to the Cabinet Secretary for Finance, who "
    ...                   "may give effect to it."], known)
    ['WG']
    >>> report_addressee(["We thank everyone who wrote to the Commission."], known)
    []
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names

    rules = _rules()
    for text in texts:
        if "to " not in text or not rules["implements"].search(text):
            continue
        for m in rules["addressee"].finditer(text):
            body = m.group("body")
            if rules["minister"].match(body):
                body = "Welsh Government"
            codes = [n for n in _names(body, known) if n in known]
            if codes:
                return codes
    return []


class NumberedParagraphParser(ThemelessAreas, _Parser):  # (no theme: the chapters are the areas)
    """The recommendations parser for reports of numbered paragraphs (see the module's
    notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its chapters and recommending paragraphs;
        False when it prints too few, or most of its paragraphs are unnumbered."""
        self.blocks: list[Block] = document_blocks(self)
        self.texts = ["" if isinstance(b, Table) else _printed(b) for b in self.blocks]
        self.chapters: dict[int, str] = {}
        self.paragraphs: dict[int, tuple[str, str, bool]] = {}  # (number, text, recommends)
        prose = numbered = 0
        for index, (block, text) in enumerate(zip(self.blocks, self.texts, strict=True)):
            chapter = _chapter(block, text)
            if chapter is not None:  # (a heading's name before a contents list's)
                if isinstance(block, Heading) or chapter[0] not in self.chapters:
                    self.chapters[chapter[0]] = chapter[1]
                continue
            if not isinstance(block, (Paragraph, ListItem)):
                continue
            m = _rules()["paragraph"].fullmatch(text)
            if len(text.split()) >= _PROSE_WORDS:
                prose += 1
                numbered += m is not None
            if m is not None:
                body = m.group(2).strip()
                self.paragraphs[index] = (m.group(1), body,
                                          _rules()["recommends"].match(body) is not None)
        recs = sum(r for _, _, r in self.paragraphs.values())
        return recs >= _MIN_RECS and len(self.chapters) >= _MIN_CHAPTERS \
            and 2 * numbered >= prose

    def run(self) -> None:
        if not hasattr(self, "paragraphs") and not self.prepare():
            raise self.doc.error("expected numbered paragraphs recommending ('4.4 We "
                                 "recommend that ...'); found none")
        from wlga_analysis.interpret.recommendations.improvement_tables import table_notes

        self.addressee = report_addressee(
            [t for t in self.texts if "implement" in t or "effect" in t or "order" in t],
            self.known)
        self.read: dict[str, str] = {}  # the number of each recommendation read: its text
        self.chapter: int | None = None
        self.appendix = False
        lead_in: _Item | None = None  # a recommendation ending "that:": its bullets follow
        for index, block in enumerate(self.blocks):
            if lead_in is not None and isinstance(block, ListItem) and block.number is None:
                lead_in.pieces.append(self.texts[index])
                continue
            lead_in = None
            if isinstance(block, Table):
                table_notes(self, block)
            elif index in self.paragraphs and self.paragraphs[index][2]:
                lead_in = self._recommendation(*self.paragraphs[index][:2],
                                               block.location.line or 0)
            else:
                self._other(block, self.texts[index])
        recs = self.items[_REC]
        self.issue(_REC, "read from numbered paragraphs", recs[0].printed, recs[0].line,
                   f"{len(recs)} recommendations were read from numbered paragraphs that "
                   f"recommend ({len(self.areas)} areas: the chapters their numbers name), "
                   "owners the body the report is made to; the other paragraphs, the tables "
                   "and an appendix repeating them are kept in the notes; check the reading "
                   "against the document")
        self.finish()

    def _other(self, block: Block, text: str) -> None:
        """A block that is no recommendation: the title, a chapter, an appendix's heading,
        else a note."""
        ln = block.location.line or 0
        if not text:
            return
        chapter = _chapter(block, text)
        if chapter is not None and not self.appendix:
            self.chapter = chapter[0]
            self.notes.append(("heading", text, ln))
            return
        if isinstance(block, Heading):
            if self.title is None and self.chapter is None and block.level <= 2:
                self.title = text
                self.notes.append(("title", text, ln))
                return
            if _rules()["part"].match(text):
                self.appendix, self.chapter = True, None
        kind = "heading" if isinstance(block, Heading) else "paragraph"
        self.notes.append((kind, text, ln))

    def _recommendation(self, label: str, text: str, ln: int) -> _Item | None:
        """One recommending paragraph: the next recommendation of the chapter its number
        names (returned when it ends with a colon: the bullets after it are its text), or
        a note when its number was read already (printed again)."""
        if label in self.read:
            self.notes.append(("paragraph", f"{label} {text}", ln))
            if " ".join(self.read[label].lower().split()) != " ".join(text.lower().split()):
                self.issue(_REC, "printed twice differently", label, ln,
                           f"paragraph {label} is printed again with other words; the first "
                           "printing is read, this one kept in the notes")
            return None
        self.read[label] = text
        chapter = int(label.split(".")[0])
        name = self.chapters.get(chapter)
        if name is None and self.current is None:
            name = self.title or ""
        if name is not None:
            self.named_area(name, ln)
        assert self.current is not None
        item = _Item(_REC, len(self.items[_REC]) + 1, self.current.area_id, ln,
                     pieces=[text], label=label)
        for owner in self._owners(text):
            item.owners.append(owner)
            if owner not in self.known:
                item.unknown.append(owner)
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        return item if text.endswith(":") else None

    def _owners(self, text: str) -> list[str]:
        """The body the report is made to, else the subject of the recommended clause."""
        if self.addressee:
            return list(self.addressee)
        from wlga_analysis.interpret.recommendations.closing_tables import clause_owners

        return clause_owners(text, self.known)


def read_numbered_paragraphs(doc: Document, known: frozenset[str]
                             ) -> NumberedParagraphParser | None:
    """Read recommendations printed as numbered paragraphs of chapters ("4.4 We recommend
    that ..."), or None when the document prints none (a cheap look at the text first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_numbered_paragraphs(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if "recommend" not in text or _LOOK.search(text) is None:
        return None
    return run_prepared(NumberedParagraphParser(doc, known), lenient=True)
