"""A joint inspection report: boxed "Areas for improvement" per chapter, each ending with its
lead in brackets, and lettered recommendations for the Welsh Government.

A joint inspection of child protection arrangements (Care Inspectorate Wales with Healthcare
Inspectorate Wales, Estyn and the police inspectorate) reports chapter by chapter ("2.
Recognising and responding to harm": what is working well, what needs to improve) and closes
each chapter with a **shaded box** of the areas for improvement, numbered through the report,
each naming its lead in brackets; a last chapter addresses the Welsh Government::

    2. Recognising and responding to harm        <- the area (its name without "2.")
    What is working well / Referrals are ...     <- findings: notes
    AREAS FOR IMPROVEMENT                        <- the box's label (a heading, a bold line)
    1. Partners should ... (Local authority, health board and police)   <- recommendation 1
    6. Recommendations for Welsh Government      <- an area naming its addressee
    We make the following recommendations to the Welsh Government:
    A. The Welsh Government should ...           <- recommendation A, owner WG

A careful reader reads it so:

- each **numbered item of a box** is a recommendation, numbered as printed (a web page's
  ``<ol start="4">``, a Word list's numbers, typed "4."), its area the numbered chapter it
  is printed in (the name without its number), its text as printed without the **bracketed
  lead**, its owners from the lead: "local authority" the code of "local authorities",
  "health board" or "police" the one body of that kind the report names ("Glanmor
  University Health Board", "South Wales Police"), any other body as printed;
- in a chapter whose name (or lead-in) names an **addressee** ("Recommendations for Welsh
  Government"), each lettered or numbered item is a recommendation of that addressee, its
  label as printed ("A");
- every other block (findings, "What is working well", next steps, methodology) is a note:
  an inspection reports no work of its own, **no activities**.

A Word box (a one-cell shaded table) reaches the reader as one line of ``<p>`` paragraphs;
it is read as those paragraphs. The words are the patterns of :data:`INSPECTION_BOX_RULES`.
The reading is reported (check ``read from improvement boxes``). The reader is tried only
when the document prints a box's label: it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Joint inspection: Tref", "", "Tref Council and Tref Health Board took part.",
...          "", "## 2. Front door", "", "### Areas for improvement", "",
...          "1. Decisions should be recorded. (Local authority and health board)", "",
...          "## 3. Recommendations for Welsh Government", "",
...          "A. Publish national guidance.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "local authorities"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_inspection_boxes(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                                known)
>>> [(i.printed, i.pieces, i.owners) for i in parser.items["recommendations"]]
... # doctest: +NORMALIZE_WHITESPACE
[('1', ['Decisions should be recorded.'], ['LG', 'Tref Health Board']),
 ('A', ['Publish national guidance.'], ['WG'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas, other_block_text
from wlga_analysis.interpret.recommendations.reader_run import document_blocks, run_prepared
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["INSPECTION_BOX_RULES", "InspectionBoxParser", "lead_owners", "numbered_chapter",
           "read_inspection_boxes"]

#: The patterns of this layout: ``box`` a box's label (matched whole, case ignored);
#: ``cheap`` the words of a label looked for in the document first (lower case);
#: ``chapter`` a heading printed with its number ("3. Planning": group 1 the name);
#: ``addressed`` a chapter naming its addressee ("Recommendations for (the) Welsh
#: Government": group 1 the addressee); ``parts`` what separates the bodies of a lead;
#: ``lead`` the words before a lead's bodies ("Lead:"); ``article`` the words before a
#: body's name that are not its name ("The Regional Safeguarding Board").
INSPECTION_BOX_RULES: dict[str, str] = {
    "box": r"(?i)(?:key\s+)?areas?\s+(?:for|of)\s+(?:improvement|development)\s*:?",
    "cheap": "for improvement",
    "chapter": r"\d{1,2}\.?\s+(\S.{0,100})",
    "addressed": r"(?i)recommendations?\s+(?:for|to)\s+(?:the\s+)?(\S.{0,80})",
    "parts": r"\s*[,;&]\s*(?:and\s+)?|\s+and\s+",
    "lead": r"(?i)^(?:leads?|owners?|responsibility)\s*:\s*",
    "article": r"(?:The|This|That|Each|Every|All|Its|Our|A|An|And|In|At|By|With|Of|For)",
}
#: The most words of one body in a lead ("Regional Safeguarding Board").
_MAX_BODY_WORDS = 6
#: The most words of a chapter's name (a longer numbered paragraph is a sentence).
_MAX_CHAPTER_WORDS = 10


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`INSPECTION_BOX_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in INSPECTION_BOX_RULES.items()
            if name != "cheap"}


def numbered_chapter(block: Block) -> str | None:
    """The name of a numbered chapter's heading (a heading "3. Planning", or a numbered
    paragraph that is a short name, not a sentence), else None.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> numbered_chapter(Paragraph(Inline("Working together"), "4"))
    'Working together'
    >>> numbered_chapter(Paragraph(Inline("Police should attend. (Police)"), "7")) is None
    True
    """
    if isinstance(block, Heading):
        if block.number is not None:
            text = clean_text(block.text.text).strip()
        else:
            m = _rules()["chapter"].fullmatch(clean_text(block.text.text).strip())
            text = m.group(1) if m else ""
    elif isinstance(block, Paragraph) and block.number is not None and block.number.isdigit():
        text = clean_text(block.text.text).strip()
    else:
        return None
    if not text or text[-1] in ".;:)," or len(text.split()) > _MAX_CHAPTER_WORDS:
        return None
    return text if text[0].isupper() else None


def _split_lead(text: str) -> tuple[str, list[str]]:
    """An item's text without its bracketed lead, and the lead's bodies (none when the
    text ends in no bracket of bodies: "(see paragraph 3)" is no lead)."""
    body = text.rstrip(" .")
    if not body.endswith(")") or (start := body.rfind("(")) <= 0:
        return text, []
    inner = _rules()["lead"].sub("", body[start + 1:-1].strip())
    parts = [p.strip() for p in _rules()["parts"].split(inner) if p and p.strip()]
    if not parts or not inner[:1].isupper() or any(
            any(c.isdigit() for c in p) or len(p.split()) > _MAX_BODY_WORDS for p in parts):
        return text, []
    return body[:start].rstrip(), parts


def _named_bodies(text: str, kind: str) -> set[str]:
    """The names in ``text`` of bodies of a kind ("health board"): capitalised words before
    the kind's words ("Glanmor University Health Board"), without an article."""
    words = r"\s+".join(re.escape(w) for w in kind.split())
    pattern = compile_regex(r"\b((?:[A-Z][\w'\u2019&-]*\s+){1,4})(?i:" + words + r")\b")
    names = set()
    for m in pattern.finditer(text):
        lead = m.group(1).split()
        while lead and _rules()["article"].fullmatch(lead[0]):
            lead = lead[1:]
        if lead:
            names.add(" ".join(lead + m.group(0).split()[-len(kind.split()):]))
    return names


def lead_owners(parts: list[str], known: frozenset[str], text: str) -> list[str]:
    """The owners a lead names: a known body's code (a local authority the code of "local
    authorities"), a kind of body the report names one of ("health board") that body's
    name as ``text`` prints it, any other body as printed.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "local authorities")])
    >>> lead_owners(["Local authority", "health board", "Regional Safeguarding Board"], known,
    ...             "Tref University Health Board and the Regional Safeguarding Board met.")
    ['LG', 'Tref University Health Board', 'Regional Safeguarding Board']
    """
    from wlga_analysis.interpret.recommendations.determinations import body_owner
    from wlga_analysis.interpret.recommendations.prose_owners import plural_code

    owners: list[str] = []
    for part in parts:
        code = plural_code(part, known)
        if code not in known:
            code = body_owner(part, known) or part
        if code not in known:
            named = _named_bodies(text, part)
            code = named.pop() if len(named) == 1 else part[:1].upper() + part[1:]
        if code not in owners:
            owners.append(code)
    return owners


class InspectionBoxParser(ThemelessAreas, _Parser):  # (no theme: the chapters are the areas)
    """The recommendations parser for a joint inspection's improvement boxes (see the
    module's notes)."""

    def split_block(self, block: Block) -> list[Block]:
        """A Word box (one cell of ``<p>`` paragraphs, on one line) as its paragraphs."""
        from wlga_analysis.read.text_table import cell_blocks

        ln = block.location.line
        if not isinstance(block, Paragraph) or not ln or ln > len(self.lines):
            return [block]
        line = self.lines[ln - 1]
        if not line.startswith("<p>") or line.count("<p>") < 2 or "\t" in line:
            return [block]
        return list(cell_blocks(line, block.location)) or [block]

    def prepare(self) -> bool:
        """Read the document's blocks and plan its items; False when no box holds one."""
        self.blocks: list[Block] = document_blocks(self)
        self.text = " ".join(" ".join(self.lines).split())
        self.plan: dict[int, tuple[str | None, str]] = {}  # index -> (chapter, addressee)
        self.chapter_at: dict[int, str] = {}
        chapter = addressee = None
        box = False
        in_box = 0  # (items read in the open box)
        for index, block in enumerate(self.blocks):
            name = numbered_chapter(block)
            if name is not None:
                chapter, box = name, False
                self.chapter_at[index] = name
                m = _rules()["addressed"].fullmatch(name)
                addressee = self._addressee(m.group(1)) if m else None
                continue
            text = clean_text(block.text.text).strip() if hasattr(block, "text") else ""
            if _rules()["box"].fullmatch(text):
                box, in_box = True, 0
            elif (box or addressee) and self._item_number(block):
                self.plan[index] = (chapter, "" if box else addressee or "")
                in_box += box
            elif isinstance(block, Heading):
                box, addressee = False, None
            elif box and in_box:
                box = False
            elif addressee is None and chapter and isinstance(block, Paragraph):
                addressee = self._lead_in(text)
        return any(owner == "" for owner in (a for _, a in self.plan.values()))

    @staticmethod
    def _item_number(block: Block) -> str | None:
        """The printed number or letter of a numbered paragraph or list item, else None."""
        if isinstance(block, ListItem) and block.kind != "bullet":
            return block.number
        return block.number if isinstance(block, Paragraph) else None

    def _addressee(self, name: str) -> str | None:
        """The known owner a chapter's name or lead-in names ("Welsh Government"), else
        None."""
        from wlga_analysis.interpret.recommendations.prose_owners import _names

        found = [n for n in _names(name, self.known) if n in self.known]
        return found[0] if len(found) == 1 else None

    def _lead_in(self, text: str) -> str | None:
        """The addressee a chapter's lead-in names ("We make the following recommendations
        to the Welsh Government:"), else None."""
        if not text.endswith(":") or "recommend" not in text.casefold():
            return None
        return self._addressee(text)

    def run(self) -> None:
        if not hasattr(self, "plan") and not self.prepare():
            raise self.doc.error("expected boxed areas for improvement ('Areas for "
                                 "improvement' over numbered items); found none")
        for index, block in enumerate(self.blocks):
            if index in self.plan:
                self._item(block, *self.plan[index])
            elif index not in self.chapter_at:
                self._other(block)
            else:
                self.notes.append(("heading", self.chapter_at[index],
                                   block.location.line or 0))
        recs = self.items[_REC]
        self.issue(_REC, "read from improvement boxes", recs[0].printed, recs[0].line,
                   f"{len(recs)} recommendations were read from boxed areas for improvement "
                   f"and addressed chapters ({len(self.areas)} areas: the chapters they are "
                   "printed in), owners the bracketed leads or the chapter's addressee; the "
                   "findings are kept in the notes; check the reading against the document")
        self.finish()

    def _other(self, block: Block) -> None:
        """A block that is no item: the title (the first heading or line), else a note."""
        text = other_block_text(self, block)
        if text is None:
            return
        ln = block.location.line or 0
        if self.title is None and not self.areas:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _item(self, block: Block, chapter: str | None, addressee: str) -> None:
        """One numbered item of a box, or a lettered item of an addressed chapter."""
        ln = block.location.line or 0
        self.named_area(chapter or self.title or "", ln)
        assert self.current is not None
        printed = (self._item_number(block) or "").strip("().")
        text, parts = _split_lead(clean_text(block.text.text).strip())
        if printed.isdigit():
            number, label = int(printed), None
        else:
            number = max((i.number for i in self.items[_REC]), default=0) + 1
            label = printed
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text], label=label)
        owners = lead_owners(parts, self.known, self.text) if parts else \
            [addressee] if addressee else []
        for name in owners:
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item


def read_inspection_boxes(doc: Document, known: frozenset[str]) -> InspectionBoxParser | None:
    """Read recommendations printed as boxed areas for improvement ("Areas for improvement"
    over numbered items, each with its lead in brackets), or None when the document prints
    no box label (looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_inspection_boxes(doc, frozenset()) is None
    True
    """
    cheap = INSPECTION_BOX_RULES["cheap"]
    if not any(cheap in line.casefold() for line in doc.lines if "mprovement" in line
               or "MPROVEMENT" in line):
        return None
    return run_prepared(InspectionBoxParser(doc, known), lenient=True)
