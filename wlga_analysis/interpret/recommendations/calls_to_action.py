"""A conference or summit report's calls to action: unnumbered bullets under a heading.

A summit, conference or round-table report prints, for each workshop or session, a summary
of the discussion and then a sub-heading "Calls to action" (or "Calls for action", "Actions
agreed", "Our asks") over **unnumbered bullets**: some ask someone ("We call on the Welsh
Government to ..."), some name who should act ("Councils should ..."), others are **bare
imperatives** ("Make Housing First available in every council area by 2028.")::

    ## Workshop 1: Preventing homelessness        <- the area ("Preventing homelessness")
    ### Summary of discussion
    Some delegates felt that schools should ...   <- a note (a report of the debate)
    ### Calls to action
    - We call on the Welsh Government to ...      <- recommendation 1, owner WG
    - Fund prevention work through ...            <- recommendation 2, no owner
    ## Next steps
    1. The WLGA will share this report ...        <- a note (what the organisers will do)

A careful reader reads it so:

- each **bullet under a calls heading** (:data:`CALL_RULES` ``heading``) is a
  recommendation, numbered by its place through the report (none is printed);
- its **area** the heading the calls heading stands under (the workshop), its name without
  a label and number ("Workshop 1:", "Session B -"); a calls heading under no other heading
  than the title: one area named after it; **no themes, no activities**;
- its **owners** whom it calls on ("We call on X to", "We urge X to": X), else the subject
  of its "X should ..." sentence ("Councils and the Welsh Government should ...": LG, WG;
  "Health boards and councils should": Health boards, LG); a bare imperative names no one:
  **no owners** (reported), even where the subject suggests one;
- the discussion (its "should" sentences report the debate), other lists ("Next steps",
  the facilitators) and every other line are notes.

The reading is reported (check ``read from calls to action``). The reader is tried only when
no other reader found a table and a line holds "to action" or "for action" (or another
heading's words): it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Summit report", "", "## Session A: Transport", "", "Delegates met.", "",
...          "### Calls for action", "", "- We urge the Welsh Government to fund buses.",
...          "- Publish the timetables.", "", "## Session B: Schools", "", "### Calls for action",
...          "", "- Councils should share school transport.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_calls_to_action(Document(Path("s.md"), "recommendations", lines, "0" * 64),
...                               known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Transport'), (2, 'Schools')]
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('1', ['WG']), ('2', []), ('3', ['LG'])]
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

__all__ = ["CALL_RULES", "CallsToActionParser", "read_calls_to_action"]

#: The patterns of this layout: ``heading`` a heading over calls to action ("Calls to
#: action", "Our calls for action", "Actions agreed", "Key asks"); ``label`` the label and
#: number of a workshop's heading left out of its area's name ("Workshop 1:", "Session B
#: -"); ``call_on`` a call that names whom it asks ("We call on X to", "The summit urges X
#: to": group ``whom``); ``imperative`` the verbs a bare imperative starts with ("Make",
#: "Fund": its "X should" later is no subject); ``cheap`` the words a line must hold for
#: the reader to look.
CALL_RULES: dict[str, str] = {
    "heading": r"(?i)^\s*(?:our\s+|key\s+|agreed\s+|the\s+|summit\s+|conference\s+)?"
               r"(?:calls?\s+(?:to|for)\s+action|actions?\s+(?:we\s+)?agreed|(?:key\s+)?asks|"
               r"galwadau\s+i\s+weithredu)\s*:?\s*$",
    "label": r"(?i)^\s*(?:workshop|session|theme|panel|breakout(?:\s+session)?|strand|topic|"
             r"round[\s-]?table|table|gweithdy|sesiwn)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b"
             r"\s*[:.\u2013\u2014-]?\s*",
    "call_on": r"(?i)^\s*(?:we|the\s+(?:summit|conference|delegates|participants|forum)|"
               r"delegates|participants)\s+(?:(?:also|therefore|jointly)\s+)?"
               r"(?:calls?\s+(?:on|upon)|urges?|asks?|invites?|press(?:es)?)\s+"
               r"(?P<whom>.{2,150}?)\s+to\s+(?=[a-z])",
    "imperative": r"(?i)^(?:make|fund|share|publish|bring|ensure|provide|set|create|"
                  r"introduce|review|develop|establish|invest|give|increase|reduce|end|"
                  r"extend|support|require|commit|deliver|improve|remove|expand|allow|"
                  r"enable|protect|prioriti[sz]e|use|build|adopt|agree|consider|explore|"
                  r"raise|reform|strengthen|simplify|promote|encourage|help|tackle|take|"
                  r"update|guarantee|launch|maintain|offer|put|restore|scrap|secure|stop|"
                  r"target|uplift|work|legislate|confirm|recruit|train|pilot|map|plan|"
                  r"treat|double|halve|match|keep|let|get|pay|close|open|replace)\b",
    "cheap": r"to action|for action|To Action|TO ACTION|For Action|FOR ACTION|ctions agreed"
             r"|Asks|ASKS| asks|weithredu",
}
#: How many calls a report must print for this reader to read it.
_MIN_CALLS = 2


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`CALL_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in CALL_RULES.items()}


def _text(block: Block) -> str:
    """A block's text, cleaned ("" for a table)."""
    return clean_text(block.text.text).strip() if hasattr(block, "text") else ""


def area_name(text: str) -> str:
    """A workshop's heading as an area's name: its label and number left out.

    Examples
    --------
    >>> area_name("Workshop 1: Preventing homelessness"), area_name("Session B - Buses")
    ('Preventing homelessness', 'Buses')
    >>> area_name("Temporary accommodation")
    'Temporary accommodation'
    """
    m = _rules()["label"].match(text)
    rest = text[m.end():].strip() if m else ""
    return rest or text.strip()


def call_owners(text: str, known: frozenset[str]) -> list[str]:
    """The owners of one call: whom it calls on, else the bodies its "X should" sentence
    names; [] for a bare imperative.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", "")])
    >>> call_owners("We call on the Welsh Government to set a standard.", known)
    ['WG']
    >>> call_owners("Health boards and councils should jointly commission care.", known)
    ['Health boards', 'LG']
    >>> call_owners("Make Housing First available everywhere by 2028.", known)
    []
    """
    from wlga_analysis.interpret.recommendations.lead_ins import lead_in_owners
    from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

    m = _rules()["call_on"].match(text)
    if m is not None:
        return lead_in_owners(m.group("whom"), known)
    if _rules()["imperative"].match(text):
        return []  # (a sentence that starts with a verb: a bare imperative names no one)
    return subject_owners(text, known)


class CallsToActionParser(ThemelessAreas, _Parser):  # (no theme: the workshops are the areas)
    """The recommendations parser for a summit report's calls to action (see the module's
    notes)."""

    def prepare(self) -> bool:
        """Read the document's blocks and find the bullets under calls headings; False when
        there are fewer than two."""
        self.blocks: list[Block] = document_blocks(self)
        self.calls: dict[int, int | None] = {}  # bullet index -> its area heading's index
        under: int | None = None  # the calls heading the bullets stand under now
        area: int | None = None
        for index, block in enumerate(self.blocks):
            text = _text(block)
            if self._is_calls_heading(block, text):
                under = index
                area = self._area_heading(index, block)
            elif isinstance(block, Heading):
                under = None
            elif under is not None and isinstance(block, ListItem) and text:
                self.calls[index] = area
            elif under is not None and self.calls and isinstance(block, Paragraph) \
                    and max(self.calls) > under:
                under = None  # (prose after the bullets: the list has ended)
        return len(self.calls) >= _MIN_CALLS

    @staticmethod
    def _is_calls_heading(block: Block, text: str) -> bool:
        """A heading (or a short line of its own) that names calls to action."""
        if not isinstance(block, (Heading, Paragraph)) or len(text) > 60:
            return False
        if isinstance(block, Paragraph) and block.number is not None:
            return False
        return _rules()["heading"].match(text.replace("**", "")) is not None

    def _area_heading(self, index: int, block: Block) -> int | None:
        """The heading a calls heading stands under: the last heading before it of a lower
        level (a line of its own: the last heading), None when there is none (the title
        heading, when the calls stand under it alone, is their area)."""
        level = block.level if isinstance(block, Heading) else 99
        for before in range(index - 1, -1, -1):
            found = self.blocks[before]
            if isinstance(found, Heading) and found.level < level:
                return before
        return None

    def run(self) -> None:
        if not hasattr(self, "calls") and not self.prepare():
            raise self.doc.error("expected bullets under a 'Calls to action' heading; "
                                 "found none")
        for index, block in enumerate(self.blocks):
            if index in self.calls:
                self._call(index, block)
            elif isinstance(block, Table):
                from wlga_analysis.interpret.recommendations.improvement_tables import (
                    table_notes,
                )

                table_notes(self, block)
            elif _text(block):
                self._note(block)
        self._report()
        self.finish()

    def _note(self, block: Block) -> None:
        """A block that is no call: the title (the first heading of level 1 or 2 before
        any call), a heading or a paragraph."""
        text, ln = _text(block), block.location.line or 0
        number = getattr(block, "number", None)
        if number is not None and not isinstance(block, Heading):
            text = f"{number}. {text}" if str(number).isdigit() else f"{number} {text}"
        if self.title is None and isinstance(block, Heading) and not self.areas \
                and block.level <= 2:
            self.title = text
            self.notes.append(("title", text, ln))
            return
        self.notes.append(("heading" if isinstance(block, Heading) else "paragraph", text, ln))

    def _call(self, index: int, block: Block) -> None:
        """A call: the next recommendation of its workshop's area."""
        text, ln = _text(block), block.location.line or 0
        heading = self.calls[index]
        if heading is not None:
            area = self.blocks[heading]
            self.named_area(area_name(_text(area)), area.location.line or ln)
        elif self.current is None:
            name = self.title or "Calls to action"
            self.issue("areas", "no group heading", 1, ln,
                       f"the calls to action stand under no heading of their own; they are "
                       f"one area named after the document's title ({name!r})")
            self.named_area(name, ln)
        assert self.current is not None
        number = len(self.items[_REC]) + 1
        item = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        item.owners.extend(call_owners(text, self.known))
        self.items[_REC].append(item)
        self.last_item[_REC] = item

    def _report(self) -> None:
        recs = self.items[_REC]
        if recs:
            bare = sum(1 for r in recs if not r.owners)
            self.issue(_REC, "read from calls to action", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the bullets under "
                       f"'Calls to action' headings, numbered by their place, each under "
                       f"the heading above it ({len(self.areas)} areas); {bare} name no one "
                       "(bare imperatives: no owners); check the reading against the "
                       "document")


def read_calls_to_action(doc: Document, known: frozenset[str]
                         ) -> CallsToActionParser | None:
    """Read a summit report's calls to action, or None when no line holds the words of a
    calls heading (looked for first) or fewer than two bullets stand under one.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_calls_to_action(doc, frozenset()) is None
    True
    """
    cheap = _rules()["cheap"]
    if cheap.search("\n".join(doc.lines)) is None:
        return None
    return run_prepared(CallsToActionParser(doc, known))
