"""A coroner's report to prevent future deaths: its numbered matters of concern.

A coroner in England and Wales who finds at an inquest a risk that future deaths will occur
reports it on the Chief Coroner's template (Regulation 28 of the Coroners (Investigations)
Regulations 2013): numbered sections ``1 THIS REPORT IS BEING SENT TO`` (the addressees, a
numbered list "1. The Chief Executive, Tref County Borough Council"), ``2 CORONER``, ...,
``6 CORONER'S CONCERNS`` ("The MATTERS OF CONCERN are as follows. -" then "(1) ...",
"(2) ..."), ``7 ACTION SHOULD BE TAKEN``, ``8 YOUR RESPONSE``, ``9 COPIES and
PUBLICATION``. The sections are printed as lines ("6 CORONER'S CONCERNS"), as headings of a
web page, or as the template's two-column table (section number | section; the concerns a
Word list numbered "(%1)"). The report never says "recommend": section 7 asks the
addressees to act on the concerns. A careful reader reads it so:

- each **numbered matter of concern** of the concerns section is a recommendation, its
  rec_id the printed number ("(1)" -> 1), its text the concern after the number; a bullet or
  a lettered sub-point after a concern ("(a) ...") is part of it; concerns printed with no
  number are the section's bullets, else its paragraphs after "The MATTERS OF CONCERN are
  as follows", numbered by their place (reported);
- the report prints **one list and no areas**: the data contract gives every recommendation
  an area, so the concerns are one area named after the report's title (reported);
- its **owners** the addressees (section 1, or a web page's "This report is being sent to:
  A | B") the concern is about: the first it names, and those joined to it by "and" (an
  addressee named later, "... confirm with the council", is the object, not an owner); named
  by name, or by the last words of the name after "the" ("the
  council" for "Tref County Borough Council", "the Health Board" for "Tref University Health
  Board"); a council is the code of "councils", a known owner's name its code, any other
  body as printed; a concern naming no addressee has the addressee when there is one, else
  none (reported);
- the addressees, the circumstances, the general statement of section 7, the response duty
  and every other line are notes.

The words are the patterns of :data:`CONCERN_RULES`. The reading is reported (check ``read
from matters of concern``). The reader is tried only when no other reader found a table and
the document prints "matters of concern" or "coroner's concerns": it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Report to prevent future deaths", "", "## 1 THIS REPORT IS BEING SENT TO", "",
...          "1. The Chief Executive, Tref County Council", "2. Tref Police", "",
...          "## 2 CORONER'S CONCERNS", "", "The MATTERS OF CONCERN are as follows:", "",
...          "(1) The council has no out of hours contact.", "",
...          "(2) The Police and the council share no record.", "", "## 3 YOUR RESPONSE", "",
...          "You must respond within 56 days.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_concern_reports(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                               known)
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('1', ['LG']), ('2', ['Tref Police', 'LG'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import document_blocks, run_prepared
from wlga_analysis.read.model import Block, Heading, ListItem, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["CONCERN_RULES", "ConcernReportParser", "read_concern_reports"]

#: The patterns of this layout: ``concerns`` the concerns section's heading ("6 CORONER'S
#: CONCERNS", "Matters of concern"); ``sent_to`` the addressees' section heading or label;
#: ``section`` a numbered section heading printed as a line ("7 ACTION SHOULD BE TAKEN":
#: a number, then capitals; small words may be lower case), ``caps`` the same heading
#: read with its number apart (a numbered heading, "## 6. CORONER'S CONCERNS"); ``item``
#: a numbered concern ("(1) ...", "1. ...", "1) ..."; group 1 or 2 its number, group 3
#: its text); ``sub`` a sub-point of a concern ("(a) ...", "(ii) ..."); ``lead`` a printed
#: list number before an addressee ("1. ", "2 "); ``follows`` the lead-in before concerns
#: printed with no number ("The MATTERS OF CONCERN are as follows"); ``joined`` the
#: words between two addressees a concern is about ("the Health Board and the council");
#: ``cheap`` the words the document must contain (lower case).
CONCERN_RULES: dict[str, str] = {
    "concerns": r"(?i)^\s*(?:\d{1,2}\.?\s+)?(?:the\s+)?(?:coroner['\u2019]?s\s+)?"
                r"(?:matters\s+of\s+)?concerns?\s*[:.]?\s*$",
    "sent_to": r"(?i)^\s*(?:\d{1,2}\.?\s+)?this\s+report\s+is\s+being\s+sent\s+to\s*:?\s*",
    "section": r"^\d{1,2}\.?\s+[A-Z][^a-z]*(?:\b(?:and|of|the|to|for|or|by)\b[^a-z]*)*$",
    "caps": r"^[A-Z][^a-z]*(?:\b(?:and|of|the|to|for|or|by)\b[^a-z]*)*$",
    "item": r"^\s*(?:\((\d{1,2})\)|(\d{1,2})[.)])\s+(\S.*)$",
    "sub": r"^\s*\((?:[a-z]|[ivx]{1,4})\)\s",
    "lead": r"^\s*\d{1,2}[.)]?\s+",
    "follows": r"(?i)\b(?:are|is)\s+as\s+follows\b",
    "joined": r"(?:['\u2019]s)?\s*(?:,|and|or|&)\s*(?:(?:also|with)\s+)?",
    "cheap": r"matters of concern|coroner's concerns|coroner\u2019s concerns",
}


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`CONCERN_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in CONCERN_RULES.items()}


def _text(block: Block) -> str:
    """A block's text, cleaned ("" for a table)."""
    return clean_text(block.text.text).strip() if hasattr(block, "text") else ""


def _flat(blocks: list[Block]) -> list[tuple[Block, bool]]:
    """The blocks with a table's cells' blocks in their place, each with whether it opens a
    row of a table (a new section of the template's table)."""
    out: list[tuple[Block, bool]] = []
    for block in blocks:
        if not isinstance(block, Table):
            out.append((block, False))
            continue
        for row in ((block.header,) if block.header else ()) + block.rows:
            first = True
            for cell in row:
                for inner in cell.blocks:
                    out.append((inner, first))
                    first = False
    return out


def _item(block: Block) -> tuple[int, str] | None:
    """(number, text) of a numbered block (a list item's number, or "(1) ..."), else None."""
    if isinstance(block, (Heading, Table)):
        return None
    number = getattr(block, "number", None)
    text = _text(block)
    if number is not None:
        digits = str(number).strip("()")
        return (int(digits), text) if digits.isdigit() and text else None
    m = _rules()["item"].match(text)
    if m is None:
        return None
    return int(m.group(1) or m.group(2)), m.group(3).strip()


def _addressee_name(text: str) -> str:
    """The organisation an addressee's line names, after its number and any role or name
    before a comma ("1. The Chief Executive, Tref Council" -> "Tref Council").

    Examples
    --------
    >>> _addressee_name("2 Chief Constable, Tref Police"), _addressee_name("Welsh Government")
    ('Tref Police', 'Welsh Government')
    """
    from wlga_analysis.interpret.recommendations.owners import organisations_of_job_titles

    text = _rules()["lead"].sub("", text, count=1)
    name = organisations_of_job_titles(text).strip(" .;,")
    name = name.rsplit(",", 1)[-1].strip()  # ("Chief Constable, Tref Police": a role first)
    return re.sub(r"(?i)^the\s+", "", name)


def _mention(name: str) -> re.Pattern[str]:
    """How a concern names an addressee: its name, or the last words of it after "the"
    ("the council", "the Health Board")."""
    words = name.split()
    tails = [re.escape(name)] + [r"the\s+" + r"\s+".join(map(re.escape, words[-k:]))
                                 for k in (3, 2, 1) if k < len(words)]
    return compile_regex(r"(?i)\b(?:" + "|".join(tails) + r")\b")


def concern_owners(text: str, addressees: list[tuple[re.Pattern[str], str]]) -> list[str]:
    """The owners of a concern: the addressee it is about (the first it names) and those
    joined to it ("the Health Board and the council"); an addressee named later, as the
    object of the concern ("... to confirm with the council"), is not one.

    Examples
    --------
    >>> both = [(_mention("Tref Health Board"), "Tref Health Board"),
    ...         (_mention("Tref Council"), "LG")]
    >>> concern_owners("The Health Board's list does not ask the council.", both)
    ['Tref Health Board']
    >>> concern_owners("No record is shared by the council and the Health Board.", both)
    ['LG', 'Tref Health Board']
    """
    found = sorted((m.start(), m.end(), code) for pattern, code in addressees
                   for m in [pattern.search(text)] if m is not None)
    owners: list[str] = []
    end = -1
    for start, stop, code in found:
        if owners and _rules()["joined"].fullmatch(text[end:start]) is None:
            break
        if code not in owners:
            owners.append(code)
        end = stop
    return owners


class ConcernReportParser(ThemelessAreas, _Parser):  # (no theme: the report has one list)
    """The recommendations parser for a coroner's report's matters of concern (see the
    module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks, its sections and concerns; False when it prints
        no concern under a concerns heading."""
        self.flat = _flat(document_blocks(self))
        self.concerns: dict[int, tuple[int, str]] = {}  # block index -> (number, text)
        self.parts: dict[int, int] = {}  # block index of a sub-point -> its concern's index
        self.addressees: list[str] = []
        self.loose: list[tuple[int, bool, bool]] = []  # (index, a bullet, after the lead-in)
        section = ""
        last: int | None = None
        for index, (block, new_row) in enumerate(self.flat):
            text = _text(block)
            if self._opens_section(block, text, new_row):
                section, last = self._section_name(text, section, new_row), None
                continue
            if section == "sent_to":
                self._addressee(block, text)
            elif section == "concerns":
                last = self._concern(index, block, text, last)
            elif _rules()["sent_to"].match(text) and ":" in text:
                self._addressee_label(text)
        if not self.concerns:
            self._unnumbered()
        return bool(self.concerns)

    def _unnumbered(self) -> None:
        """Concerns printed with no number: the bullets of the concerns section, else its
        paragraphs after the lead-in ("The MATTERS OF CONCERN are as follows:"), numbered
        by their place (reported)."""
        bullets = [index for index, bullet, _ in self.loose if bullet]
        chosen = bullets or [index for index, _, after in self.loose if after]
        for place, index in enumerate(chosen, start=1):
            self.concerns[index] = (place, _text(self.flat[index][0]))
        if chosen:
            self.issue(_REC, "numbered by place", 1, self.flat[chosen[0]][0].location.line,
                       f"the {len(chosen)} matters of concern are printed with no number; "
                       "they are numbered by their place")

    @staticmethod
    def _opens_section(block: Block, text: str, new_row: bool) -> bool:
        """Whether a block opens a section: a heading, a table's row, a section heading
        printed as a line (in capitals, numbered or not), a concerns heading or the
        addressees' heading."""
        if isinstance(block, Heading) or new_row:
            return True
        if len(text) > 80 or isinstance(block, Table):
            return False
        if getattr(block, "number", None) is not None:  # ("## 6. CORONER'S CONCERNS")
            return _rules()["caps"].match(text) is not None
        if _rules()["section"].match(text) or _rules()["concerns"].match(text) or (
                " " in text and _rules()["caps"].match(text)):  # ("YOUR RESPONSE")
            return True
        sent_to = _rules()["sent_to"].match(text)
        return sent_to is not None and not text[sent_to.end():].strip()

    @staticmethod
    def _section_name(text: str, before: str, new_row: bool) -> str:
        """The section a heading opens ("concerns", "sent_to" or "other"); a table row's
        number cell keeps the section open until its heading cell."""
        if _rules()["concerns"].match(text):
            return "concerns"
        if _rules()["sent_to"].match(text):
            return "sent_to"
        return "pending" if new_row and text.isdigit() else "other"

    def _addressee(self, block: Block, text: str) -> None:
        """A numbered line of the addressees' section: an addressee."""
        numbered = getattr(block, "number", None) is not None or \
            _rules()["lead"].match(text) is not None
        if numbered and text:
            name = _addressee_name(text)
            if name and name not in self.addressees:
                self.addressees.append(name)

    def _addressee_label(self, text: str) -> None:
        """A web page's "This report is being sent to: A | B": the addressees, when the
        report's own section lists none."""
        if self.addressees:
            return
        for part in re.split(r"\s*[|;]\s*", text.split(":", 1)[1]):
            name = _addressee_name(part)
            if name:
                self.addressees.append(name)

    def _concern(self, index: int, block: Block, text: str, last: int | None) -> int | None:
        """A block of the concerns section: a numbered concern, a sub-point of the last
        concern, or a note (None: no concern open)."""
        found = _item(block)
        if found is not None:
            self.concerns[index] = found
            return index
        if last is not None and text and (_rules()["sub"].match(text) or (
                isinstance(block, ListItem) and block.number is None)):
            self.parts[index] = last
            return last
        if last is None and text:
            after = any(not bullet and _rules()["follows"].search(
                _text(self.flat[i][0])) for i, bullet, _ in self.loose)
            self.loose.append((index, isinstance(block, ListItem), after))
        return last

    def run(self) -> None:
        if not hasattr(self, "concerns") and not self.prepare():
            raise self.doc.error("expected numbered matters of concern under a concerns "
                                 "heading; found none")
        self._owners_of = self._owner_codes()
        for index, (block, _) in enumerate(self.flat):
            if index in self.concerns:
                self._add(index, block)
            elif index in self.parts:
                self.last_item[_REC].pieces.append(_text(block))  # type: ignore[union-attr]
            elif _text(block):
                self._note(block)
        self._report()
        self.finish()

    def _owner_codes(self) -> list[tuple[re.Pattern[str], str]]:
        """(how a concern names it, owner) of each addressee."""
        from wlga_analysis.interpret.recommendations.agency_tables import agency_owners

        found = []
        for name in self.addressees:
            codes = agency_owners(name, self.known)
            if codes:
                found.append((_mention(name), codes[0]))
        return found

    def _note(self, block: Block) -> None:
        """A block that is no concern: the title (the first heading, else the first line),
        a heading or a paragraph."""
        text, ln = _text(block), block.location.line or 0
        number = getattr(block, "number", None)
        if number is not None and not isinstance(block, Heading):
            text = f"{number}. {text}"
        if self.title is None and (isinstance(block, Heading) or not self.notes):
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _add(self, index: int, block: Block) -> None:
        """A concern: the next recommendation of the report's one area."""
        number, text = self.concerns[index]
        ln = block.location.line or 0
        if self.current is None:
            name = self.title or "Matters of concern"
            self.issue("areas", "no group heading", 1, ln,
                       f"the matters of concern stand under no heading of their own; they "
                       f"are one area named after the document's title ({name!r})")
            self.named_area(name, ln)
        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        owners = concern_owners(text, self._owners_of)
        if not owners and len(self._owners_of) == 1:
            owners = [self._owners_of[0][1]]
        item.owners.extend(dict.fromkeys(owners))
        self.items[_REC].append(item)
        self.last_item[_REC] = item

    def _report(self) -> None:
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from matters of concern", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from a coroner's numbered "
                       f"matters of concern, owners the addressees each names "
                       f"({', '.join(self.addressees) or 'none listed'}); check the reading "
                       "against the document")


def read_concern_reports(doc: Document, known: frozenset[str]
                         ) -> ConcernReportParser | None:
    """Read a coroner's report's numbered matters of concern, or None when the document
    prints no "matters of concern" or "coroner's concerns" (looked for first) or no
    numbered concern under its concerns heading.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Concerns."), "0" * 64)
    >>> read_concern_reports(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if ("oncern" not in text and "ONCERN" not in text) or \
            _rules()["cheap"].search(text.lower()) is None:
        return None
    return run_prepared(ConcernReportParser(doc, known))
