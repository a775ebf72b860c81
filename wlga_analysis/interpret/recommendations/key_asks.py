"""Recommendations printed as labelled asks under theme headings ("Ask 1: ...").

A lobbying paper (the WLGA's key asks for a Welsh Government Budget, a manifesto's calls)
prints its asks under un-numbered theme headings ("Fair and sustainable funding", "Social
care"), each ask labelled and numbered on through the themes ("**Ask 1:** Increase ...",
a heading "Ask 4: ...", a shaded box "Ask 6 | Raise ...", Word numbering whose level
text is "Ask %1:"), each followed by its case ("Why it matters", "What it would take:
£290 million"); an executive summary often lists the same asks again, word for word, under
a lead-in ("council leaders ask the Welsh Government to:"). The label words are the
patterns of :data:`ASK_RULES`. A careful reader reads it so:

- each **labelled ask** is a recommendation: ``rec_id`` its number, its text the words
  after the label (the label "Ask N:" is no part of it);
- its **area** is the heading it stands under (the theme), numbered in reading order; a
  heading after an ask and deeper than its area's ("#### Why it matters") is part of the
  ask's case, no area; **no themes**; a heading no ask stands under ("Executive summary",
  "In return, councils will", "Contact") is a note;
- its **owners**: whom the paper's lead-in asks ("... ask the Welsh Government to:", "We
  are asking the Welsh Government to ..."), else whom the ask's own sentence names, then
  the partners it names ("Work with the WLGA to ..." adds the WLGA); none otherwise
  (reported);
- the ask's case ("Why it matters", "What it would take:") and every other line are notes;
  a **list repeating the asks** (the summary) is notes too: each ask is read once, from
  its theme (reported: ``printed twice``, or ``printed twice differently`` when a summary
  item with the same number words it otherwise).

The reading is reported (check ``read from labelled asks``). The reader is tried only when
the table reader found no Working Group table and a line holds an ask's label: it costs
nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Our asks", "", "We ask the Welsh Government to:", "", "## Housing", "",
...          "**Ask 1:** Build more homes.", "", "### Why it matters", "", "Rents rise.", "",
...          "## Schools", "", "**Ask 2:** Work with the WLGA to fund schools.")
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None)])
>>> parser = read_key_asks(Document(Path("a.md"), "recommendations", lines, "0" * 64), known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Housing'), (2, 'Schools')]
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('1', ['WG']), ('2', ['WG', 'WLGA'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas, other_block_text
from wlga_analysis.interpret.recommendations.reader_run import (
    document_blocks,
    run_prepared,
)
from wlga_analysis.read.model import Block, Heading, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ASK_RULES", "KeyAsksParser", "ask_label", "read_key_asks"]

#: The patterns of this layout: ``label`` an ask's label at the start of its text
#: ("Ask 1:", "Call 2 -", "Cais 3:"; group 1 its number), ``cell`` a label alone in a
#: box's first cell ("Ask 1"), ``cheap`` the words a line holding a label must contain
#: (the test before any pattern).
ASK_RULES: dict[str, str] = {
    "label": r"(?i)^\s*(?:our\s+|key\s+)?(?:ask|call|cais|galwad)\s+(\d{1,3})"
             r"\s*(?:[:.\u2013\u2014-]\s*|\s(?=[A-Z]))",
    "cell": r"(?i)^\s*(?:our\s+|key\s+)?(?:ask|call|cais|galwad)\s+(\d{1,3})\s*[:.]?\s*$",
    "cheap": r"Ask |ASK |Call |Cais |Galwad ",
}
#: How many asks a paper must label for this reader to read it.
_MIN_ASKS = 2


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`ASK_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in ASK_RULES.items()}


def ask_label(text: str) -> tuple[int, str] | None:
    """(number, text after the label) of a line that opens with an ask's label, or None.

    Examples
    --------
    >>> ask_label("**Ask 1:** Increase the settlement.")
    (1, 'Increase the settlement.')
    >>> ask_label("Ask 2: **Publish figures.**")
    (2, 'Publish figures.')
    >>> ask_label("Ask the council for a form.") is None
    True
    """
    plain = text.replace("**", "")
    m = _rules()["label"].match(plain)
    if m is None or not plain[m.end():].strip():
        return None
    return int(m.group(1)), clean_text(plain[m.end():]).strip()


def _box(table: Table) -> tuple[int, str] | None:
    """(number, text) of an ask printed as a box: a table of one row (header or body) of
    two cells, the label alone in the first ("Ask 6 | Raise ...")."""
    rows = [r for r in ((table.header,) if table.header else ()) + table.rows if r]
    if len(rows) != 1 or len(rows[0]) != 2:
        return None
    m = _rules()["cell"].match(clean_text(rows[0][0].text))
    text = clean_text(rows[0][1].text).replace("**", "").strip()
    return (int(m.group(1)), text) if m is not None and text else None


def _block_ask(block: Block) -> tuple[int, str] | None:
    """(number, text) of a block that is an ask, or None."""
    if isinstance(block, Table):
        return _box(block)
    if not hasattr(block, "text"):
        return None
    number = getattr(block, "number", None)
    return ask_label(block.text.text) if number is None else None


class KeyAsksParser(ThemelessAreas, _Parser):  # (no theme: the theme headings are the areas)
    """The recommendations parser for labelled asks under theme headings (see the
    module's notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find its asks; False when it labels fewer than
        two."""
        self.blocks: list[Block] = document_blocks(self)
        self.asks: dict[int, tuple[int, str]] = {}
        for index, block in enumerate(self.blocks):
            found = _block_ask(block)
            if found is not None:
                self.asks[index] = found
        if len(self.asks) < _MIN_ASKS:
            return False
        self.area_of = self._areas()
        self.addressee = self._addressee()
        return True

    def _areas(self) -> dict[int, int]:
        """The heading each ask stands under (ask index -> heading index): the last
        heading no deeper than the one the asks before it stood under, since the last ask
        (a deeper heading after an ask is part of its case)."""
        found: dict[int, int] = {}
        area: int | None = None  # the heading the asks stand under now
        since_ask: int | None = None
        for index, block in enumerate(self.blocks):
            if index in self.asks:
                if since_ask is not None:
                    area = since_ask
                since_ask = None
                if area is not None:
                    found[index] = area
            elif isinstance(block, Heading):
                level = self.blocks[area].level if area is not None else 99
                if block.level <= level or not found:
                    since_ask = index
        return found

    def _addressee(self) -> list[str]:
        """The owners the paper's lead-in asks (the first paragraph whose last sentence
        asks someone, "... ask the Welsh Government to:"), else []."""
        from wlga_analysis.interpret.recommendations.ask_lead_ins import (
            ask_patterns,
            ask_subject,
        )
        from wlga_analysis.interpret.recommendations.lead_ins import lead_in_owners

        patterns = ask_patterns(self.words["lead_in"], frozenset())
        for index, block in enumerate(self.blocks):
            if index in self.asks or isinstance(block, Table) or not hasattr(block, "text"):
                continue
            found = ask_subject(clean_text(block.text.text), patterns)
            owners = lead_in_owners(found[1], self.known) if found else []
            if owners:
                return owners
        return []

    def run(self) -> None:
        if not hasattr(self, "asks") and not self.prepare():
            raise self.doc.error("expected asks labelled 'Ask 1:', 'Ask 2:' ...; found none")
        headings = set(self.area_of.values())
        printed = {self._fold(text): number for number, text in self.asks.values()}
        repeats: list[tuple[int, int]] = []
        for index, block in enumerate(self.blocks):
            if index in self.asks:
                self._ask(index, block)
            elif index not in headings:
                self._text(block, printed, repeats)
        self._report(repeats)
        self.finish()

    @staticmethod
    def _fold(text: str) -> str:
        from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

        return folded_printing(text.replace("**", ""))

    def _report(self, repeats: list[tuple[int, int]]) -> None:
        recs = self.items[_REC]
        if repeats:
            self.issue(_REC, "printed twice", "", repeats[0][1],
                       f"{len(repeats)} asks are listed again in the same words (a summary): "
                       "each is read once, from its theme; the list is kept in the notes")
        if recs:
            owners = f"owners whom the lead-in asks ({', '.join(self.addressee)})" \
                if self.addressee else "owners from each ask's wording"
            self.issue(_REC, "read from labelled asks", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from asks labelled 'Ask N' "
                       f"under {len(self.areas)} theme headings (each an area), {owners}; "
                       "check the reading against the document")

    def _text(self, block: Block, printed: dict[str, int],
              repeats: list[tuple[int, int]]) -> None:
        """A block that is no ask: the title, a note; a list item repeating an ask is
        noted as a repeat."""
        text = other_block_text(self, block)  # (a table's rows: notes)
        if text is None:
            return
        ln = block.location.line or 0
        number = getattr(block, "number", None)
        if number is not None and not isinstance(block, Heading):
            if self._fold(text) in printed:
                repeats.append((printed[self._fold(text)], ln))
            text = f"{number}. {text}" if str(number).isdigit() else f"{number} {text}"
        self._note(block, text, ln)

    def _note(self, block: Block, text: str, ln: int) -> None:
        """A block's text in the notes: the title (the first heading of level 1 or 2
        before any ask), a heading or a paragraph."""
        if self.title is None and isinstance(block, Heading) and not self.areas \
                and block.level <= 2:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _ask(self, index: int, block: Block) -> None:
        """An ask: the next recommendation of its theme's area."""
        number, text = self.asks[index]
        ln = block.location.line or 0
        if index in self.area_of:
            heading = self.blocks[self.area_of[index]]
            self.named_area(clean_text(heading.text.text).strip(),
                            heading.location.line or ln)
        elif self.current is None:
            from wlga_analysis.interpret.recommendations.response_rows import title_area

            title_area(self, block, "ask")  # type: ignore[arg-type]
        assert self.current is not None
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        item.owners.extend(self._owners(text))
        self.items[_REC].append(item)
        self.last_item[_REC] = item

    def _owners(self, text: str) -> list[str]:
        """Whom the lead-in asks (else whom the ask names), then the partners it names."""
        from wlga_analysis.interpret.recommendations.lead_ins import _item_owners
        from wlga_analysis.interpret.recommendations.subject_partners import subject_partners

        if not self.addressee:
            return list(dict.fromkeys(_item_owners(text, self.known)))
        return subject_partners(text, self.known, list(self.addressee))


def read_key_asks(doc: Document, known: frozenset[str]) -> KeyAsksParser | None:
    """Read recommendations printed as labelled asks under theme headings, or None when
    the document labels fewer than two asks (a line holding a label is looked for first).

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Ask me."), "0" * 64)
    >>> read_key_asks(doc, frozenset()) is None
    True
    """
    cheap = _rules()["cheap"]
    if cheap.search("\n".join(doc.lines)) is None:
        return None
    return run_prepared(KeyAsksParser(doc, known))
