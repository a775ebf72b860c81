"""Determinations: a panel's or regulator's binding decisions, "Determination N", numbered
through a report's chapters.

A remuneration panel's annual report (the Independent Remuneration Panel for Wales), a
regulator's directions or a code's requirements number what the bodies it covers **must**
do through the report, one label each, and group them by chapter, one chapter per kind of
body ("Chapter 3: Principal councils", "Chapter 4: Community and town councils")::

    ## Chapter 3: Principal councils                 <- the area (its name without "Chapter 3:")
    The basic salary is paid to every member ...     <- a note (the chapter's remit)
    **Determination 1:** The basic salary ... shall be £19,371 ...   <- recommendation 1
    <h4>Determination 2</h4><p>Senior salaries ...</p>  <- the label alone, the text after it
    | Role | Group A | ... |                          <- a salary table: notes
    ## Annex 1: Determinations for 2024/25            <- the same decisions again: notes
    1. The basic salary ... / | Determination | Summary |

A careful reader reads it so:

- each **labelled block** is a recommendation, numbered as printed (its rec_id the number
  after the label): the label and its text in one paragraph ("Determination 1: text", a
  Word box's bold lead-in), or the label alone (a heading, a bold line) and its text the
  next paragraph. The labels are the words of :data:`DETERMINATION_RULES` ("Determination",
  "Direction", "Requirement");
- its **area** the chapter it is printed in ("Chapter N: name", "Section N", "Part N", the
  name without its number); a report with no numbered chapter heading: the last heading
  over it. **No themes, no activities**;
- its **owners** the bodies the chapter is about (the chapter's name, when it names bodies:
  "Principal councils" are the councils, code of "councils"; "Community and town councils"
  as printed), else the subject of its sentence ("Each principal council must ...");
- a label printed **again** with the same number (an annex repeating them) is no new
  recommendation: a note; so are every other paragraph, heading and table (salary tables,
  the annex's list or ``Determination | Summary`` table).

The reading is reported (check ``read from determinations``) so that an analyst checks it.
The reader is tried only when no other reader found a table and the document prints a label
and the number 1 after it ("Determination 1"): it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Annual report", "", "## Chapter 2: Principal councils", "",
...          "**Determination 1:** Principal councils must publish the payments.", "",
...          "**Determination 2:** Each principal council shall pay £100.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_determinations(Document(Path("d.md"), "recommendations", lines, "0" * 64),
...                              known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Principal councils')]
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('1', ['LG']), ('2', ['LG'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.inspection_boxes import numbered_chapter
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas, other_block_text
from wlga_analysis.interpret.recommendations.reader_run import document_blocks, run_prepared
from wlga_analysis.read.model import Block, Heading, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["DETERMINATION_RULES", "DeterminationParser", "body_owner", "chapter_name",
           "read_determinations"]

#: The patterns of this layout: ``label`` the words that label a binding decision (to teach
#: another, add it here and to :data:`_FIRST`); ``chapter`` a numbered chapter's heading
#: (group 1 its name); ``council`` a name that is a council or councils (the code of
#: "councils"); ``bodies`` a name that names bodies (a chapter about them: their owners).
DETERMINATION_RULES: dict[str, str] = {
    "label": r"determination|direction|requirement",
    "chapter": r"(?i)(?:chapter|section|part|pennod|rhan)\s+\d{1,2}[a-z]?\s*[:.\u2013\u2014-]"
               r"\s*(.+)",
    "council": r"^(?:[Tt]he\s+|[Ee]ach\s+|[Ee]very\s+|[Aa]\s+)?(?:"
               r"(?i:(?:principal\s+|local\s+)?councils?)|(?:[A-Z][\w'-]*\s+){1,5}(?<!Town\s)(?<!Community\s)Council|Cyngor\s.+)$",
    "bodies": r"(?i)\b(?:councils?|authorit(?:y|ies)|boards?|bodies|committees?|trusts?|"
              r"partnerships?|services?|organisations?|providers?|panels?)$",
}

#: The first label of each word, looked for in the document's text before anything else.
_FIRST = ("Determination 1", "Direction 1", "Requirement 1")
#: The fewest labelled blocks of a document of this family.
_MIN_LABELS = 2


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`DETERMINATION_RULES` (compiled on first use):
    ``head`` a label with its text, ``alone`` a label alone."""
    label = DETERMINATION_RULES["label"]
    rules = {name: compile_regex(pattern) for name, pattern in DETERMINATION_RULES.items()
             if name != "label"}
    rules["head"] = compile_regex(rf"(?i)(?:{label})\s+(\d{{1,3}})\s*[:.\u2013\u2014-]\s*"
                                  r"(\S.*)", re.DOTALL)
    rules["alone"] = compile_regex(rf"(?i)(?:{label})\s+(\d{{1,3}})\s*[:.]?")
    return rules


def chapter_name(text: str) -> str | None:
    """The name of a numbered chapter's heading ("Chapter 3: Principal councils"), else
    None.

    Examples
    --------
    >>> chapter_name("Chapter 3: Principal councils"), chapter_name("Annex 1")
    ('Principal councils', None)
    """
    m = _rules()["chapter"].fullmatch(text.strip())
    return m.group(1).strip() if m else None


def body_owner(name: str, known: frozenset[str]) -> str | None:
    """The owner a name of bodies stands for: a council or councils the code of "councils",
    a known name its code, other bodies as printed; None for a name that names no body.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", "")])
    >>> body_owner("Principal councils", known), body_owner("Tref County Borough Council", known)
    ('LG', 'LG')
    >>> body_owner("National park authorities", known), body_owner("Our approach", known)
    ('National park authorities', None)
    >>> body_owner("The Welsh Government", known)
    'WG'
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names, plural_code

    name = " ".join(name.split()).strip(" .;,")
    if _rules()["council"].fullmatch(name):
        return plural_code("council", known)
    bare = re.sub(r"(?i)^(?:the|each|every|an?|all)\s+", "", name)
    found = _names(bare, known)
    if len(found) == 1 and found[0] in known:
        return found[0]
    return bare if _rules()["bodies"].search(bare) else None


def _label(block: Block) -> tuple[int, str | None] | None:
    """The number of a labelled block and its text (None: the label alone), else None."""
    if not isinstance(block, (Heading, Paragraph)) or block.number is not None:
        return None
    text = clean_text(block.text.text).strip()
    if not text or text[0] not in "DdRr" or text[1:3].casefold() not in ("et", "ir", "eq"):
        return None  # (the cheap look first)
    m = _rules()["alone"].fullmatch(text)
    if m is not None:
        return int(m.group(1)), None
    m = _rules()["head"].fullmatch(text)
    return (int(m.group(1)), m.group(2).strip()) if m else None


class DeterminationParser(ThemelessAreas, _Parser):  # (no theme: the chapters are the areas)
    """The recommendations parser for numbered determinations (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its labelled blocks; False when it prints
        fewer than two."""
        self.blocks: list[Block] = document_blocks(self)
        self.labels: dict[int, tuple[int, str | None]] = {}
        for index, block in enumerate(self.blocks):
            found = _label(block)
            if found is not None and (found[1] is not None or self._text_after(index)):
                self.labels[index] = found
        if len(self.labels) < _MIN_LABELS:
            return False
        from wlga_analysis.interpret.recommendations.determination_annex import annex_owners
        self.chapters = any((isinstance(b, Heading) and chapter_name(b.text.text))
                            or numbered_chapter(b) for b in self.blocks)
        self.annex = annex_owners(self.blocks, self.known)  # (number -> "Applies to")
        return True

    def _text_after(self, index: int) -> bool:
        """Whether a label alone has its text in the next block (a plain paragraph)."""
        after = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        return isinstance(after, Paragraph) and after.number is None \
            and _label(after) is None and len(after.text.text.split()) >= 4

    def run(self) -> None:
        if not hasattr(self, "labels") and not self.prepare():
            raise self.doc.error("expected numbered determinations ('Determination 1: "
                                 "...'); found none")
        self.heading: tuple[str, int] | None = None  # the area of the next determination
        self.read: set[int] = set()
        skip = -1
        for index, block in enumerate(self.blocks):
            if index <= skip:
                continue
            if index in self.labels:
                number, text = self.labels[index]
                if text is None:
                    skip = index + 1
                    text = clean_text(self.blocks[skip].text.text).strip()  # type: ignore
                skip, text = self._sub_points(max(skip, index) + 1, text)
                self._determination(number, text, block.location.line or 0)
            else:
                self._other(block)
        recs = self.items[_REC]
        self.issue(_REC, "read from determinations", recs[0].printed, recs[0].line,
                   f"{len(recs)} recommendations were read from labelled determinations "
                   f"({len(self.areas)} areas: the chapters they are printed in), owners "
                   "the bodies each chapter is about; a label printed again (an annex) and "
                   "the tables are kept in the notes; check the reading against the document")
        self.finish()

    def _sub_points(self, start: int, text: str) -> tuple[int, str]:
        """A text ending in a colon with its sub-points joined (:mod:`.determination_annex`),
        and the index of its last block."""
        from wlga_analysis.interpret.recommendations.determination_annex import sub_points

        if not text.endswith(":"):
            return start - 1, text
        pieces, end = sub_points(self.blocks, start)
        return end - 1, " ".join([text, *pieces])

    def _other(self, block: Block) -> None:
        """A block that is no determination: the title, a chapter (the area of the next
        determinations), else a note."""
        text = other_block_text(self, block)  # (a table's rows: notes)
        if text is None:
            return
        ln = block.location.line or 0
        if isinstance(block, Heading):
            if self.title is None and not self.areas and block.level <= 2 and \
                    not chapter_name(text):
                self.title = text
                self.notes.append(("title", text, ln))
                return
            name = chapter_name(text) or numbered_chapter(block)
            if name is not None or not self.chapters:
                self.heading = (name or text, ln)
        elif (name := numbered_chapter(block)) is not None:  # ("3. Basic salaries")
            self.heading = (name, ln)
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _determination(self, number: int, text: str, ln: int) -> None:
        """One labelled block: the next recommendation of its chapter, or a note when its
        number was read already (printed again)."""
        if number in self.read:
            self.notes.append(("paragraph", text, ln))
            return
        self.read.add(number)
        if self.heading is not None:
            self.named_area(*self.heading)
        elif self.current is None:
            self.named_area(self.title or "", ln)
        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        for name in self.annex.get(number) or self._owners(text):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item

    def _owners(self, text: str) -> list[str]:
        """The bodies the chapter is about, else the subject of the sentence."""
        from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

        assert self.current is not None
        chapter = body_owner(self.current.title, self.known)
        if chapter is not None:
            return [chapter]
        owners: list[str] = []
        for name in subject_owners(text, self.known):
            code = body_owner(name, self.known) or name
            if code not in owners:
                owners.append(code)
        return owners


def read_determinations(doc: Document, known: frozenset[str]) -> DeterminationParser | None:
    """Read recommendations printed as numbered determinations ("Determination 1: ..."), or
    None when the document prints none (the first label is looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_determinations(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if not any(first in text for first in _FIRST):
        return None
    return run_prepared(DeterminationParser(doc, known), lenient=True)
