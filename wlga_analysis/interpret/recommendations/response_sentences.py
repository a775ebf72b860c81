"""A consultation response's recommendations: sentences inside numbered paragraphs.

A body's written evidence to a committee (the WLGA's response to a Senedd inquiry, a
council's response to a consultation) prints numbered paragraphs, running on through its
headings, with no list, call-out or bold: the recommendations are **sentences inside
ordinary paragraphs**, after the evidence that leads to them::

    ## The settlement                                 <- the area
    12. The settlement increased core funding ...     <- evidence (a note of the area)
    13. This is welcome. We would urge the Welsh      <- recommendation 2 (owner WG): the
        Government to provide indicative ...             sentence, not the paragraph
    15. Late confirmation makes planning harder.
        Specific grants should be confirmed ...       <- recommendation 3 (passive: WG)

A careful reader reads it so:

- each **recommending sentence** (:data:`SENTENCE_RULES`) is a recommendation, numbered
  by its place among them through the paper (the paper prints no number of its own; the
  paragraph numbers are the evidence's); its text the sentence as printed: "The WLGA
  (also) recommends (that) ...", "We recommend that ...", "We would urge X to ...", "X
  should ..." (a subject of up to eight words starting with a capital: "It should be
  noted", "This should" start no recommendation);
- its **owners** whom the sentence asks: the subject of the "that" clause ("that councils
  and the WLGA publish": LG, WLGA), whom it urges ("urge the Welsh Government and the WLGA
  to": WG, WLGA), the subject of "should" ("The Welsh Government should allow": WG); a
  sentence that names nobody who is to act -- a passive "Councils should be given ...",
  "Specific grants should be confirmed ..." (the giver acts, not the councils), or "The
  WLGA recommends a ten-year settlement ..." -- is owned by the paper's **addressee**, the
  body its other recommendations ask most often (reported, check ``owner from the
  addressee``);
- its **area** the heading it stands under; a heading with no recommending sentence
  (Introduction, Conclusion) is no area; **no activities, no themes**: the other sentences
  are evidence, kept in the area's remit (or the notes, outside any area). The WLGA's own
  undertaking ("The WLGA will continue to ...") asks no one: evidence.

The reader is tried only on a paper of numbered paragraphs (:data:`_MIN_PARAGRAPHS` or
more, running on through two headings or more, no unnumbered paragraph between them: a
consultation's "Question 3: ..." / "Response:" paragraphs are another layout) that prints
no list and no table, and in
which a line holds "recommend" or "urge" (looked for first, in the lines): a "should"
sentence alone never makes a paper this layout. The reading is reported (check ``read from
sentences``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Response", "", "## Roads", "", "1. Roads are poor.", "",
...          "2. Repairs cost more. We would urge the Welsh Government to fund repairs.", "",
...          "## Schools", "", "3. Schools are old.", "", "4. New schools should be funded.",
...          "", "5. Councils should publish plans.", "", "6. Costs rose.", "", "7. Staff left.",
...          "", "8. The WLGA recommends that councils share staff.")
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""),
...                               ("LG", "Local government", "councils"), ("WLGA", None, None)])
>>> parser = read_response_sentences(Document(Path("r.md"), "recommendations", lines,
...                                           "0" * 64), known)
>>> [(i.number, parser.areas[i.area_id].title, i.owners) for i in parser.items["recommendations"]]
[(1, 'Roads', ['WG']), (2, 'Schools', ['LG']), (3, 'Schools', ['LG']), (4, 'Schools', ['LG'])]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import document_blocks, run_prepared
from wlga_analysis.read.model import Block, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SENTENCE_RULES", "ResponseSentenceParser", "read_response_sentences",
           "sentence_owners"]

#: The patterns of this layout: ``recommends`` a sentence "The WLGA (also) recommends
#: (that) ..." / "We recommend that ..." (group ``rest`` what follows the verb);
#: ``urge`` "We (would) urge X to ..." (group ``whom``); ``should`` "X should ..." (group
#: ``subject``: a capital, then up to seven more words); ``passive`` what follows "should"
#: in a passive ("be given", "be confirmed": the giver acts); ``not_subject`` a first word
#: that starts no body's subject ("It should be noted", "This should"); ``clause`` a word
#: that makes the words before "should" a clause, not a body ("Councils accept that
#: residents should", "The WLGA believes councils should"); ``split`` where one
#: sentence ends and the next starts; ``cheap`` the words a line must hold for the reader
#: to look; ``numbered_line`` a line that opens a numbered paragraph ("12. ", "3)\t").
SENTENCE_RULES: dict[str, str] = {
    "recommends": r"(?i)^(?:we|the\s+[\w'\u2019&-]+(?:\s+[\w'\u2019&-]+){0,3}?)\s+"
                  r"(?:also\s+|further\s+|therefore\s+|would\s+|strongly\s+){0,2}"
                  r"recommends?\s+(?P<rest>\S.*)",
    "urge": r"(?i)^we\s+(?:also\s+|would\s+|therefore\s+|strongly\s+){0,3}"
            r"(?:urge|call\s+on|call\s+upon|ask|encourage|press)\s+"
            r"(?P<whom>\S.{0,150}?)\s+to\s+(?=[a-z])",
    "should": r"^(?P<subject>[A-Z][\w'\u2019&()-]*(?:,?\s[\w'\u2019&()-]+){0,7}?)"
              r"\s+should\s+(?!not\b|have\b)",
    "clause": r"(?i)\b(?:that|which|who|whom|whose|whether|if|because|when|where|while|"
              r"how|why|believes?|accepts?|agrees?|thinks?|considers?|feels?|says?|argues?|"
              r"suggests?|notes?|expects?|hopes?|proposes?|recognises?|recognizes?|knows?|"
              r"is|are|was|were|has|have|had)\b",
    "passive": r"(?i)^be\s+[a-z]+(?:ed|en|id|ade|ept|et|ut|ilt|ven)\b",
    "not_subject": r"(?i)^(?:it|this|that|these|those|there|which|what|we|they|you|i|he|she|"
                   r"such|any|no|nothing|one|some|if|when|where|while|although|as|in|on|"
                   r"for|to|at|by|with|from|but|and|or|so|however|consideration|"
                   r"attention|thought|regard|care|reference|more|further)\b",
    "split": r"(?<=[.!?])\s+(?=[A-Z\"\u201c\u2018(])",
    "cheap": r"recommend|Recommend| urge|We urge|call on",
    "numbered_line": r"^\s{0,8}\d{1,3}[.)]\s",
}
#: How many numbered paragraphs such a paper prints at least.
_MIN_PARAGRAPHS = 8
#: How many headings the numbered paragraphs run on through at least.
_MIN_HEADINGS = 2


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`SENTENCE_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in SENTENCE_RULES.items()}


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph.

    Examples
    --------
    >>> _sentences("Costs rose. The WLGA recommends that it ends.")
    ['Costs rose.', 'The WLGA recommends that it ends.']
    """
    return [s.strip() for s in _rules()["split"].split(text) if s.strip()]


def _kind(sentence: str) -> str | None:
    """Which rule of :data:`SENTENCE_RULES` makes a sentence a recommendation, or None.

    Examples
    --------
    >>> _kind("We would urge the Welsh Government to act."), _kind("It should be noted.")
    ('urge', None)
    >>> _kind("The Welsh Government should allow it."), _kind("Costs rose.")
    ('should', None)
    """
    rules = _rules()
    if rules["recommends"].match(sentence) and not sentence.rstrip().endswith(":"):
        return "recommends"
    if rules["urge"].match(sentence):
        return "urge"
    m = rules["should"].match(sentence)
    if m is not None and not rules["not_subject"].match(m.group("subject")) \
            and not rules["clause"].search(m.group("subject")):
        return "should"  # (not a clause's subject: "Councils accept that residents should")
    return None


def sentence_owners(sentence: str, known: frozenset[str]) -> list[str] | None:
    """The owners a recommending sentence names, or None when it names nobody who is to act
    (a passive "X should be given ...", "recommends a settlement"): the addressee's.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""),
    ...                               ("LG", "Local government", "councils"), ("WLGA", None, None)])
    >>> sentence_owners("We recommend that councils and the WLGA publish a report.", known)
    ['LG', 'WLGA']
    >>> sentence_owners("We would urge the Welsh Government and the WLGA to act.", known)
    ['WG', 'WLGA']
    >>> sentence_owners("Councils should be given funding.", known) is None
    True
    """
    from wlga_analysis.interpret.recommendations.lead_ins import _item_owners, lead_in_owners
    from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

    rules = _rules()
    kind = _kind(sentence)
    if kind == "urge":
        m = rules["urge"].match(sentence)
        return lead_in_owners(m.group("whom"), known) or None  # type: ignore[union-attr]
    if kind == "recommends":
        rest = rules["recommends"].match(sentence).group("rest")  # type: ignore[union-attr]
        if not rest.casefold().startswith("that "):
            return None  # ("recommends a ten-year settlement": no one named to act)
        return _item_owners(rest, known) or None
    m = rules["should"].match(sentence)
    if m is None or rules["passive"].match(sentence[m.end():]):
        return None  # (a passive: the giver acts, not the subject)
    return subject_owners(sentence, known) or None


def _text(block: Block) -> str:
    """A block's text, cleaned ("" for a table)."""
    return clean_text(block.text.text).strip() if hasattr(block, "text") else ""


def _numbered_throughout(blocks: list[Block]) -> list[int] | None:
    """The indexes of the numbered paragraphs of a paper numbered throughout (at least
    :data:`_MIN_PARAGRAPHS`, numbers running on through its headings, no unnumbered
    paragraph between them), else None."""
    numbered = [i for i, b in enumerate(blocks)
                if isinstance(b, Paragraph) and str(b.number or "").isdigit()]
    if len(numbered) < _MIN_PARAGRAPHS:
        return None
    numbers = [int(blocks[i].number) for i in numbered]  # type: ignore[arg-type]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None  # (numbers that start again: a list per heading, another layout)
    if any(isinstance(b, Paragraph) and not str(b.number or "").isdigit() and _text(b)
           for b in blocks[numbered[0]:numbered[-1]]):
        return None  # (unnumbered paragraphs between: questions and answers, another)
    headings = sum(1 for b in blocks[numbered[0]:numbered[-1]] if isinstance(b, Heading))
    if headings < _MIN_HEADINGS - 1:
        return None
    return numbered


class ResponseSentenceParser(ThemelessAreas, _Parser):
    """The recommendations parser for a consultation response's recommending sentences
    (see the module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks; False unless they are numbered paragraphs under
        headings, with no list or table, and a sentence of them recommends or urges."""
        self.blocks: list[Block] = document_blocks(self)
        if any(isinstance(b, Table) or (isinstance(b, ListItem) and _text(b))
               for b in self.blocks):
            return False
        numbered = _numbered_throughout(self.blocks)
        if numbered is None:
            return False
        kinds = [_kind(s) for i in numbered for s in _sentences(_text(self.blocks[i]))]
        return any(k in ("recommends", "urge") for k in kinds)

    def run(self) -> None:
        if not hasattr(self, "blocks") and not self.prepare():
            raise self.doc.error("expected numbered paragraphs holding recommending "
                                 "sentences; found none")
        heading: Block | None = None
        for block in self.blocks:
            text, ln = _text(block), block.location.line or 0
            if isinstance(block, Heading):
                heading = block
                self._heading(block, text, ln)
            elif text:
                self._paragraph(block, text, ln, heading)
        self._addressee()
        self.finish()

    def _heading(self, block: Block, text: str, ln: int) -> None:
        """A heading: the title (the first, before any paragraph is read), else a note; it
        becomes an area when a recommending sentence stands under it."""
        self.current = None
        if self.title is None and not self.notes:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading", text, ln))

    def _paragraph(self, block: Block, text: str, ln: int, heading: Block | None) -> None:
        """A paragraph: each recommending sentence a recommendation, the others evidence."""
        number = getattr(block, "number", None)
        for sentence in _sentences(text):
            if _kind(sentence) is None or heading is None:
                self._evidence(sentence, number, ln)
                continue
            if self.current is None:
                self.named_area(_text(heading), heading.location.line or ln)
            assert self.current is not None
            item = _Item(_REC, len(self.items[_REC]) + 1, self.current.area_id, ln,
                         pieces=[sentence])
            item.owners.extend(sentence_owners(sentence, self.known) or ())
            self.items[_REC].append(item)
            self.last_item[_REC] = item

    def _evidence(self, sentence: str, number: object, ln: int) -> None:
        """A sentence that recommends nothing: the area's remit, else a note."""
        if self.current is not None:
            self.current.remit.append(sentence)
        else:
            printed = f"{number}. {sentence}" if number is not None else sentence
            self.notes.append(("paragraph", printed, ln))

    def _addressee(self) -> None:
        """Give the recommendations that name nobody to act the paper's addressee (the
        owner its other recommendations name most often), and report the reading."""
        recs = self.items[_REC]
        if not recs:
            return
        counts = Counter(code for r in recs for code in r.owners)
        addressee = max(counts, key=lambda c: (counts[c], -list(counts).index(c)),
                        default=None)
        for rec in recs:
            if rec.owners:
                continue
            if addressee is None:
                self.issue(_REC, "no owner", rec.printed, rec.line,
                           f"recommendation {rec.number} names nobody who is to act and the "
                           "paper names no addressee: no owners")
                continue
            rec.owners.append(addressee)
            self.issue(_REC, "owner from the addressee", rec.printed, rec.line,
                       f"recommendation {rec.number} names nobody who is to act (a passive, "
                       f"or a thing recommended): its owner is the paper's addressee, "
                       f"{addressee!r}, whom its other recommendations ask most often")
        self.issue(_REC, "read from sentences", recs[0].printed, recs[0].line,
                   f"{len(recs)} recommendations were read from recommending sentences inside "
                   f"numbered paragraphs ('recommends', 'urge ... to', '... should'), "
                   f"numbered by their place, in {len(self.areas)} areas; the other "
                   "sentences are evidence (no activities); check the reading against the "
                   "document")


def read_response_sentences(doc: Document, known: frozenset[str]
                            ) -> ResponseSentenceParser | None:
    """Read a consultation response's recommending sentences, or None when no line holds
    "recommend" or "urge" (looked for first) or the paper is not numbered paragraphs
    under headings.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_response_sentences(doc, frozenset()) is None
    True
    """
    rules = _rules()
    if rules["cheap"].search("\n".join(doc.lines)) is None or \
            sum(1 for line in doc.lines if rules["numbered_line"].match(line)) < _MIN_PARAGRAPHS:
        return None  # (no recommending word, or too few numbered paragraphs: not looked at)
    return run_prepared(ResponseSentenceParser(doc, known), lenient=True)
