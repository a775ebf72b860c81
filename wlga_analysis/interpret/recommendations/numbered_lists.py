"""Recommendations printed as numbered items under area headings, with no table.

The plainest way to print recommendations: each area a heading (a Markdown or Word heading,
or a plain short line in a text file), its recommendations a numbered list under it,
numbered 1..N through the paper or from 1 again in each area; the paper names
recommendations somewhere (its title, a heading, a sentence)::

    # Digital Inclusion Task Group – Recommendations   <- the title
    ## Skills                                          <- an area
    1. **Welsh Government:** fund a further ...        <- recommendation 1: owner lead WG
    2. **Local authorities:** include ...              <- recommendation 2: LG
    ## Access
    3. Councils should map public wifi ...             <- recommendation 3: subject LG

A careful reader reads it so:

- a numbered item is **recommendation-shaped** when it opens with an owner lead (a bold
  "Welsh Government:", or a plain lead naming known owners), names a subject that should
  act ("Councils and the WLGA should ...", "The panel recommends that ..."), or opens with
  an imperative verb ("Provide induction ..."; the verbs of
  :data:`.calls_to_action.CALL_RULES`);
- the numbered items under a heading (not the title) are that heading's **area's
  recommendations** when at least half of them are recommendation-shaped and they are
  numbered one after another (an unshaped one among them is read too, and reported; items
  numbered "1, 1, 2" are two lists, no area's); a heading whose items state facts
  ("## Background": "1. The panel met six times.") opens no area: its items are notes;
- the area is the heading the items stand under, named as printed; its **theme** the
  nearest heading of a higher level above it (not the title); a heading naming a part of
  the paper ("Recommendations", "Annex A") opens no area;
- **owners**: the owner lead's names (its text the rest), else the sentence's subject
  (:func:`.modal_subject.subject_owners`), else none (an imperative names no one: reported);
- numbers as printed when they run on through the paper; when they start again in an area
  the items are numbered in reading order, each printed number kept as its label;
- a count the paper states ("The review made eight recommendations.") is checked against
  the recommendations read (reported when they differ); every other block is a note.

The reading is reported (check ``read from numbered items``). The reader is tried last,
when the reader of prose finds no recommendation (:func:`read_prose_or_lists`).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Recommendations of the review", "", "## Skills", "",
...          "1. Councils should run courses.", "2. **Welsh Government:** fund them.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_numbered_lists(Document(Path("l.md"), "recommendations", lines, "0" * 64),
...                              known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Skills')]
>>> [(i.number, i.pieces, i.owners) for i in parser.items["recommendations"]]
[(1, ['Councils should run courses.'], ['LG']), (2, ['fund them.'], ['WG'])]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.reader_run import document_blocks, run_prepared
from wlga_analysis.interpret.recommendations.that_subject import that_subject_names
from wlga_analysis.interpret.recommendations.unmarked_headings import text_form_headings
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["LIST_RULES", "NumberedListParser", "read_numbered_lists", "read_prose_or_lists",
           "shape_of"]

#: The patterns of this layout: ``bold_lead`` a bold lead ending with a colon, at the start
#: of an item's HTML (group ``lead``); ``plain_lead`` a plain one ("Councils: ..."); ``count``
#: a count of recommendations the paper states (group ``n``); ``recommends`` a sentence that
#: recommends; ``cheap`` what a document's text must hold for the reader to look.
LIST_RULES: dict[str, str] = {
    "bold_lead": r"^\s*<(?:b|strong)>(?P<lead>[^<]{2,100})</(?:b|strong)>\s*:?",
    "plain_lead": r"^(?P<lead>[A-Z][^:.;!?]{1,80}):\s+\S",
    "count": r"(?i)\b(?:made|makes|make|contains?|sets?\s+out|includes?|has|have|are)\s+"
             r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?recommendations\b",
    "recommends": r"(?i)^(?:we|the\s+\w+(?:\s+\w+)?)\s+(?:therefore\s+|also\s+)?"
                  r"recommends?\s+that\b|^it\s+is\s+recommended\s+that\b",
    "cheap": r"(?im)^[ \t>*]*\d{1,2}[.)][ \t]",
}
_BOLD_LEAD = LazyPattern(LIST_RULES["bold_lead"])
_PLAIN_LEAD = LazyPattern(LIST_RULES["plain_lead"])
_COUNT = LazyPattern(LIST_RULES["count"])
_RECOMMENDS = LazyPattern(LIST_RULES["recommends"])
_CHEAP = LazyPattern(LIST_RULES["cheap"])
#: The words that make a subject's verb a recommendation's ("Councils should ...").
_MODALS = frozenset({"should", "must"})
#: The most words before the modal verb of a subject.
_SUBJECT_WORDS = 12
#: Numbers printed as words in a stated count.
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
#: The fewest recommendations of a paper of this layout.
_MIN_RECS = 2


@dataclass
class _Entry:
    """A numbered item as printed: its index among the blocks, number, text, owner lead
    and shape (``lead``, ``subject``, ``imperative`` or "")."""

    index: int
    number: int
    text: str
    lead: str | None
    shape: str


@dataclass
class _Section:
    """A heading's numbered items: the heading (index, level, text, line) and its items."""

    heading: tuple[int, int, str, int] | None
    entries: list[_Entry] = field(default_factory=list)

    def recommends(self) -> bool:
        """At least half of the items are recommendation-shaped (and some are), numbered
        one after another (1, 2, 3: no number printed twice, none left out)."""
        shaped = sum(bool(e.shape) for e in self.entries)
        numbers = [e.number for e in self.entries]
        return shaped > 0 and 2 * shaped >= len(self.entries) \
            and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


@cache
def _imperative() -> LazyPattern:
    """The verbs a bare imperative opens with (:data:`.calls_to_action.CALL_RULES`)."""
    from wlga_analysis.interpret.recommendations.calls_to_action import CALL_RULES

    return LazyPattern(CALL_RULES["imperative"])


def _subject_shape(text: str) -> bool:
    """A sentence whose subject should act: a capital first word, "should" or "must"
    within the first words, no preposition before it."""
    from wlga_analysis.interpret.recommendations.modal_subject import _NOT_SUBJECT

    words = text.split()
    if not words or not words[0][:1].isupper() or _NOT_SUBJECT.match(text):
        return False
    return any(w in _MODALS for w in words[1:_SUBJECT_WORDS + 1])


def shape_of(text: str, lead: str | None) -> str:
    """How a numbered item's text is shaped as a recommendation: ``lead`` (an owner lead),
    ``subject`` (a subject that should act, or a sentence that recommends), ``imperative``
    (an imperative verb first), ``that`` (a clause "That <bodies> <verb> ...", see
    :mod:`.that_subject`), else "".

    Examples
    --------
    >>> shape_of("fund the network.", "Welsh Government")
    'lead'
    >>> shape_of("Councils and the WLGA should publish a template.", None)
    'subject'
    >>> shape_of("Provide induction for every member.", None)
    'imperative'
    >>> shape_of("That councils publish a plan each year.", None)
    'that'
    >>> shape_of("The panel met six times in 2025.", None)
    ''
    """
    if lead is not None:
        return "lead"
    if _subject_shape(text) or _RECOMMENDS.match(text):
        return "subject"
    if text[:1].isupper() and _imperative().match(text):
        return "imperative"
    if text[:5] == "That " and that_subject_names(text) is not None:
        return "that"  # ("That the Welsh Government provides ...": a resolution's clause)
    return ""


def _number(block: Block) -> int | None:
    """The whole number a numbered paragraph or list item prints ("3"), else None."""
    if not isinstance(block, (Paragraph, ListItem)):
        return None
    if isinstance(block, ListItem) and block.kind != "number":
        return None
    number = (getattr(block, "number", None) or "").rstrip(".)")
    return int(number) if number.isdigit() and len(number) <= 3 else None


class NumberedListParser(_Parser):
    """The recommendations parser for numbered items under area headings (see the
    module's notes)."""

    def prepare(self) -> bool:
        """Read the blocks and group the numbered items by the heading above them; False
        unless some heading's items are recommendations, two in all."""
        self.blocks: list[Block] = text_form_headings(self, document_blocks(self))
        self.sections: list[_Section] = [_Section(None)]
        self.heads: list[tuple[int, int, str, int]] = []  # (index, level, text, line)
        for index, block in enumerate(self.blocks):
            if isinstance(block, Heading):
                head = (index, block.level, clean_text(block.text.text), block.location.line or 0)
                self.heads.append(head)
                self.sections.append(_Section(head))
                continue
            number = _number(block)
            if number is not None:
                self.sections[-1].entries.append(self._entry(index, number, block))
        self.read = [s for s in self.sections if s.heading is not None and s.entries
                     and s.heading[0] > 0 and s.recommends() and not self._part(s.heading[2])]
        return sum(len(s.entries) for s in self.read) >= _MIN_RECS

    def _entry(self, index: int, number: int, block: Block) -> _Entry:
        """A numbered item: its text after any owner lead, the lead, its shape."""
        text = clean_text(block.text.text).strip()  # type: ignore[union-attr]
        html = block.text.html()  # type: ignore[union-attr]
        lead = None
        m = _BOLD_LEAD.match(html)
        if m is not None and (m.group("lead").rstrip().endswith(":")
                              or m.group(0).rstrip().endswith(":")):
            lead = clean_text(m.group("lead")).rstrip(" :")
        elif (p := _PLAIN_LEAD.match(text)) is not None:
            from wlga_analysis.interpret.recommendations.owners import owner_names

            names = owner_names(p.group("lead"), self.known)
            lead = p.group("lead") if names and all(n in self.known for n in names) else None
        if lead is not None:
            rest = text[len(lead):].lstrip(" :") if text.startswith(lead) else text
            text = rest or text
        return _Entry(index, number, text, lead, shape_of(text, lead))

    @staticmethod
    def _part(text: str) -> bool:
        from wlga_analysis.interpret.recommendations.themes import names_a_part

        return names_a_part(text)

    def run(self) -> None:
        if not hasattr(self, "read") and not self.prepare():
            raise self.doc.error("expected numbered recommendations under headings; "
                                 "found none")
        restart = any(s.entries[0].number == 1 for s in self.read[1:])
        taken = {e.index: (s, e) for s in self.read for e in s.entries}
        self.title = self._title()
        joined: _Item | None = None
        for index, block in enumerate(self.blocks):
            if index in taken:
                joined = self._recommendation(*taken[index], restart)
            elif joined is not None and isinstance(block, ListItem) and block.kind == "bullet":
                joined.pieces.append(clean_text(block.text.text))  # (its sub-items)
            else:
                joined = None
                self._note(index, block)
        self._report()
        self.finish()

    def _title(self) -> str | None:
        """The first block, when it is a heading of level 1 or 2 or a plain line."""
        first = self.blocks[0] if self.blocks else None
        if isinstance(first, (Heading, Paragraph)) and _number(first) is None and \
                (not isinstance(first, Heading) or first.level <= 2):
            return clean_text(first.text.text) or None
        return None

    def _note(self, index: int, block: Block) -> None:
        """A block that is no recommendation: the title, a heading (the areas' and themes'
        are read, not noted), a table's rows, else a paragraph."""
        ln = block.location.line or 0
        if isinstance(block, Table):
            from wlga_analysis.interpret.recommendations.improvement_tables import table_notes

            table_notes(self, block)
            return
        text = clean_text(block.text.text).strip()  # type: ignore[union-attr]
        if not text or any(h[0] == index for h in self._used_heads()):
            return
        number = _number(block)
        if number is not None:
            text = f"{number}. {text}"
        if index == 0 and self.title == text:
            self.notes.append(("title", text, ln))
        else:
            self.notes.append(("heading" if isinstance(block, Heading) else "paragraph",
                               text, ln))

    def _used_heads(self) -> list[tuple[int, int, str, int]]:
        """The headings read as areas or themes."""
        if not hasattr(self, "used_heads"):
            used = [s.heading for s in self.read if s.heading is not None]
            self.used_heads = used + [t for t in (self._theme_of(h) for h in used) if t]
        return self.used_heads

    def _theme_of(self, head: tuple[int, int, str, int]) -> tuple[int, int, str, int] | None:
        """The nearest heading of a higher level above an area's heading (not the title)."""
        for above in reversed([h for h in self.heads if h[0] < head[0]]):
            if above[1] < head[1]:
                return None if above[0] == 0 and self.title is not None else above
        return None

    def _recommendation(self, section: _Section, entry: _Entry, restart: bool) -> _Item:
        """One recommendation, in the area of the heading it stands under."""
        from wlga_analysis.interpret.recommendations.modal_subject import subject_owners
        from wlga_analysis.interpret.recommendations.owners import owner_names
        from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners

        assert section.heading is not None
        theme = self._theme_of(section.heading)
        if theme is not None:
            self.set_theme(theme[2], theme[3])
        elif self.theme is None:
            self.theme = ""
        self.named_area(section.heading[2], section.heading[3])
        assert self.current is not None
        ln = self.blocks[entry.index].location.line or 0
        seq = len(self.items[_REC]) + 1
        item = _Item(_REC, seq if restart else entry.number, self.current.area_id, ln,
                     pieces=[entry.text], label=str(entry.number) if restart else None)
        owners = owner_names(entry.lead, self.known) if entry.lead is not None else \
            subject_owners(entry.text, self.known) if entry.shape == "subject" else \
            that_subject_owners(entry.text, self.known) or [] if entry.shape == "that" else []
        for owner in owners:
            item.owners.append(owner)
            if owner not in self.known:
                item.unknown.append(owner)
        if not entry.shape:
            self.issue(_REC, "not recommendation-shaped", item.printed, ln,
                       f"item {entry.number} under {section.heading[2]!r} names no owner, "
                       "no subject that should act and no imperative verb; read as a "
                       "recommendation of its area (most of the items there are)")
        self.items[_REC].append(item)
        self.last_item[_REC] = item
        return item

    def _report(self) -> None:
        """The reading, and a stated count of recommendations checked."""
        recs = self.items[_REC]
        self.issue(_REC, "read from numbered items", recs[0].printed, recs[0].line,
                   f"{len(recs)} recommendations were read from numbered items under "
                   f"{len(self.areas)} headings (the areas); owners from their owner leads "
                   "or subjects; other numbered items and paragraphs are kept in the notes; "
                   "check the reading against the document")
        for kind, text, ln in list(self.notes):
            m = _COUNT.search(text) if kind == "paragraph" else None
            if m is None:
                continue
            word = m.group("n").casefold()
            stated = int(word) if word.isdigit() else _COUNT_WORDS.get(word)
            if stated is not None and stated != len(recs):
                self.issue(_REC, "count differs", "", ln,
                           f"the paper says {m.group(0)!r} ({stated}) but {len(recs)} "
                           "recommendations are printed; kept as printed")


def read_numbered_lists(doc: Document, known: frozenset[str]) -> NumberedListParser | None:
    """Read recommendations printed as numbered items under area headings, or None when
    the document prints none or names no recommendations (a cheap look at the text first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "1. Text."), "0" * 64)
    >>> read_numbered_lists(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if "recommend" not in text.casefold() or _CHEAP.search(text) is None:
        return None
    return run_prepared(NumberedListParser(doc, known), lenient=True)


def read_prose_or_lists(doc: Document, known: frozenset[str]) -> _Parser:
    """The reader of prose (:func:`.prose.read_prose`), or, where it finds no
    recommendation (a ``ParseError``), numbered items under area headings; the prose
    reader's ``ParseError`` when neither reads the paper.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "1. Text."), "0" * 64)
    >>> read_prose_or_lists(doc, frozenset())
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: n.txt: expected a Working Group recommendations table ...
    """
    from wlga_analysis.errors import ParseError
    from wlga_analysis.interpret.recommendations.prose import read_prose

    try:
        return read_prose(doc, known)
    except ParseError:
        found = read_numbered_lists(doc, known)
        if found is None:
            raise
        return found
