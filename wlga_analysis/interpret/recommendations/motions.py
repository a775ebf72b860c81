"""Notices of motion as adopted: the lettered or numbered items a resolution lead-in opens.

A council, the WLGA Council or one of its boards prints the motions it adopted, each under a
heading that names its subject ("Notice of Motion 1: Local bus services", "Motion A -
Coastal flooding"), with preambles ("Council notes that:", "Council believes that:") over
bullets, then a **resolution lead-in** ("Council resolves to:", "The Board therefore agrees
to:", the words of kind ``resolution`` in ``data/raw/recommendation_words.csv``) over
lettered or numbered items, then who proposed and seconded it and the outcome::

    Notice of Motion 1: Local bus services        <- the area ("Local bus services")
    Council notes that:                           <- a preamble: notes
    .   bus passenger numbers remain 18% below ...
    Council resolves to:                          <- the resolution lead-in
    a)  call on the Welsh Government to confirm   <- recommendation "a", owner WG
    b)  write to the Cabinet Secretary ...        <- "b", the resolving body's own (WLGA)
    Proposed by: Cllr Ceri Davies                 <- a note

A careful reader reads it so:

- each **item under a resolution lead-in** is a recommendation of the motion's area, its
  printed letter or number kept (``rec_label``; ``rec_id`` its place in the motion), its
  wrapped lines joined; **no themes, no activities**;
- the **area** the motion's heading (a Markdown heading, a bold line, or a plain line that
  starts "Motion N:") without its "Notice of Motion N:" label;
- its **owners** whom the item asks, by the words of kind ``lead_in`` ("call on X to", "ask
  X to", "urge X to"): X's names as the owner list reads them, a body's office ("the WLGA
  Leadership", "the WLGA spokesperson for transport") its body, a name joined by "and"
  kept whole ("Police and Crime Commissioners"); what the resolving body does itself ("write
  to ...", "reaffirm ...") is the body's (:data:`MOTION_RULES` ``resolver``: the WLGA when
  the lines before the first motion name it, else a council's: LG);
- the preambles, proposer and seconder lines, the outcome and every other line are notes.

The reading is reported (check ``read from motions``). The reader looks at a document only
when its text holds a resolution phrase (one search): it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Council, 1 May 2026", "", "## Motion 1: Buses", "", "Council resolves to:",
...          "a) call on the Welsh Government to fund buses;", "b) publish a bus plan.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_motions(Document(Path("m.md"), "recommendations", lines, "0" * 64), known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Buses')]
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('a', ['WG']), ('b', ['LG'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import run_prepared
from wlga_analysis.reference import per_reading
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MOTION_RULES", "MotionsParser", "addressees", "read_motions"]

#: The patterns of this layout: ``label`` a motion's label left out of its area's name
#: ("Notice of Motion 1:", "Motion A -"); ``item`` a lettered or numbered item ("a)",
#: "(b)", "3.", "iv)"); ``bullet`` an unmarked item; ``heading`` a Markdown heading;
#: ``bold_line`` a line wholly bold; ``resolver`` the words before the first motion that
#: make the resolving body the WLGA (else a council: LG).
MOTION_RULES: dict[str, str] = {
    "label": r"(?i)^(?:notice\s+of\s+)?motion\s{0,3}(?:no\.?\s{0,3})?(?:\d{1,3}|[A-Z])?"
             r"\s{0,3}[:.\u2013\u2014-]\s{0,3}(?=\S)",
    "item": r"\(?(?P<mark>[a-z]|[ivx]{1,5}|\d{1,2})[).]\s+(?P<text>\S.*)",
    "bullet": r"[\u2022\u00b7\uf0b7*\u2013-]\s+(?P<text>\S.*)",
    "heading": r"#{1,6}\s+(?P<text>\S.*)",
    "bold_line": r"\*\*(?P<text>[^*]{2,200})\*\*",
    "resolver": r"\bWLGA\b|Welsh Local Government Association",
}
#: The most words before a resolution phrase in its lead-in ("The Board therefore").
_SUBJECT_WORDS = 6
#: The most lines between a motion's heading and its resolution lead-in.
_HEADING_REACH = 60


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`MOTION_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in MOTION_RULES.items()}


@per_reading  # (the analyst's list as it is now: asked again after the reading)
def _words(kind: str) -> tuple[str, ...]:
    """The phrases of one kind of ``recommendation_words.csv``, longest first."""
    from wlga_analysis.reference import load_recommendation_words

    return tuple(sorted(load_recommendation_words()[kind], key=lambda p: (-len(p), p)))


@per_reading
def _ask_patterns() -> tuple[re.Pattern[str], ...]:
    """The ``lead_in`` phrases that end "X to" as patterns of an item's start ("call on X
    to": ``call(?:s)? on (?P<whom>...) to``)."""
    found = []
    for phrase in _words("lead_in"):
        words = phrase.split()
        if len(words) < 3 or words[-2:] != ["x", "to"]:
            continue
        verb = [re.escape(words[0]) + "s?", *(re.escape(w) for w in words[1:-2])]
        found.append(compile_regex(r"(?i)" + r"\s+".join(verb)
                                   + r"\s+(?P<whom>\S.{0,150}?)\s+to\s+(?=\S)"))
    return tuple(found)


def _plain(line: str) -> str:
    """A line's text without its Markdown heading marks and bold marks."""
    text = clean_text(line).strip()
    m = _rules()["heading"].fullmatch(text)
    if m is not None:
        text = m.group("text")
    return text.replace("**", "").strip()


def resolution_lead_in(text: str) -> bool:
    """Whether a line is a resolution lead-in: it ends with a colon after a phrase of kind
    ``resolution``, a few words of subject before it.

    Examples
    --------
    >>> resolution_lead_in("**Council resolves to:**"), resolution_lead_in("Council notes that:")
    (True, False)
    """
    plain = _plain(text)
    if not plain.endswith(":") or len(plain) > 120:
        return False
    folded = " ".join(plain[:-1].lower().split())
    for phrase in _words("resolution"):
        if folded == phrase or folded.endswith(" " + phrase):
            return len(folded[:-len(phrase)].split()) <= _SUBJECT_WORDS
    return False


def addressees(whom: str, known: frozenset[str]) -> list[str]:
    """The owners an item asks: the owner list's names, a body's office its body ("the
    WLGA Leadership": WLGA), a lone capitalised word before "and" the first half of a name
    ("Police and Crime Commissioners").

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None)])
    >>> addressees("the Welsh Government and Police and Crime Commissioners", known)
    ['WG', 'Police and Crime Commissioners']
    >>> addressees("the WLGA spokesperson for transport", known)
    ['WLGA']
    """
    from wlga_analysis.interpret.recommendations.lead_ins import lead_in_owners

    merged: list[str] = []
    for name in lead_in_owners(whom, known):
        last = merged[-1] if merged else ""
        if name not in known and last and last not in known and " " not in last \
                and last[:1].isupper() and name[:1].isupper() \
                and f"{last} and {name}" in whom:
            merged[-1] = f"{last} and {name}"
        else:
            merged.append(name)
    owners: list[str] = []
    for name in merged:
        first = name.split()[0]
        code = first if name not in known and first in known else name
        if code not in owners:
            owners.append(code)
    return owners


class MotionsParser(ThemelessAreas, _Parser):  # (no theme: the motions are the areas)
    """The recommendations parser for notices of motion (see the module's notes)."""

    def prepare(self) -> bool:
        """Find the resolution lead-ins and their items; False unless they hold two."""
        self.raw = [" ".join(line.split()) for line in self.lines]  # (bold marks kept)
        self.texts = [clean_text(line).strip() for line in self.lines]
        self.runs: dict[int, list[tuple[int, str | None, list[str]]]] = {}
        self.used: set[int] = set()
        for index, text in enumerate(self.texts):
            if index not in self.used and resolution_lead_in(text):
                self.runs[index] = self._items_after(index)
        return sum(len(items) for items in self.runs.values()) >= 2

    def _items_after(self, lead: int) -> list[tuple[int, str | None, list[str]]]:
        """The items after a lead-in: (line index, printed mark or None, wrapped lines);
        each line read is marked used."""
        rules = _rules()
        items: list[tuple[int, str | None, list[str]]] = []
        blank = False
        for index in range(lead + 1, len(self.texts)):
            text = self.texts[index].replace("**", "")
            if not text:
                blank = True
                continue
            m = rules["item"].match(text) or rules["bullet"].match(text)
            if m is not None:
                mark = m.groupdict().get("mark")
                items.append((index, mark, [m.group("text").strip()]))
            elif items and not blank and not resolution_lead_in(text):
                items[-1][2].append(text)  # (a wrapped line of the item)
            else:
                break
            blank = False
            self.used.add(index)
        return items

    def run(self) -> None:
        if not hasattr(self, "runs") and not self.prepare():
            raise self.doc.error("expected lettered or numbered items under a resolution "
                                 "lead-in ('Council resolves to:'); found none")
        heads = {self._heading_of(lead): lead for lead in self.runs}
        first = min([h for h in heads if h is not None] or [min(self.runs)])
        self.resolver = self._resolver(first)
        for index, text in enumerate(self.texts):
            if index in self.runs:
                self._motion(index, heads)
            elif text and index not in self.used:
                self._note(index, text, first)
        self._report()
        self.finish()

    def _heading_of(self, lead: int) -> int | None:
        """The index of the motion's heading: the nearest heading, bold line or "Motion N:"
        line before the lead-in, after the previous lead-in's items; None when none."""
        stop = max([i for i in self.used if i < lead] + [-1, lead - _HEADING_REACH])
        rules = _rules()
        for index in range(lead - 1, stop, -1):
            text = self.raw[index]
            plain = _plain(text)
            if not plain or plain.endswith(":"):
                continue
            if rules["heading"].fullmatch(text) or rules["bold_line"].fullmatch(text) \
                    or rules["label"].match(plain):
                return index
        return None

    def _resolver(self, first: int) -> str:
        """The resolving body's owner: the WLGA when the lines before the first motion name
        it, else a council's (LG)."""
        before = "\n".join(self.texts[:first])
        return "WLGA" if _rules()["resolver"].search(before) else "LG"

    def _motion(self, lead: int, heads: dict[int | None, int]) -> None:
        """A resolution lead-in and its items: the motion's area, a recommendation each."""
        ln = lead + 1
        heading = next((h for h, r in heads.items() if r == lead), None)
        if heading is None:
            name = self.title or "Motion"
            self.issue("areas", "no motion heading", 1, ln,
                       f"the resolution on line {ln} stands under no heading; its items are "
                       f"an area named {name!r}")
        else:
            plain = _plain(self.texts[heading])
            m = _rules()["label"].match(plain)
            name = plain[m.end():].strip() if m else plain
        self.named_area(name, heading + 1 if heading is not None else ln)
        self.notes.append(("paragraph", _plain(self.texts[lead]), ln))
        assert self.current is not None
        for place, (index, mark, pieces) in enumerate(self.runs[lead], start=1):
            text = " ".join(" ".join(pieces).split())
            item = _Item(_REC, place, self.current.area_id, index + 1, pieces=[text],
                         label=mark)
            for name in self._owners(text):
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)
            self.items[_REC].append(item)
            self.last_item[_REC] = item

    def check_numbers(self, column: str) -> None:
        """The numbers' checks (gaps, repeats, order) over each motion's items alone: the
        lettering starts again in each motion."""
        everything = self.items[column]
        for area_id in dict.fromkeys(item.area_id for item in everything):
            self.items[column] = [i for i in everything if i.area_id == area_id]
            super().check_numbers(column)
        self.items[column] = everything

    def _owners(self, text: str) -> list[str]:
        """Whom an item asks, else the resolving body."""
        for pattern in _ask_patterns():
            m = pattern.match(text)
            if m is not None:
                found = addressees(m.group("whom"), self.known)
                if found:
                    return found
        return [self.resolver]

    def _note(self, index: int, text: str, first: int) -> None:
        """A line that is no item: the title (the first heading before the first motion),
        a motion's heading (kept as its area), or a note."""
        plain = _plain(text)
        if self.title is None and index < first and _rules()["heading"].fullmatch(text):
            self.title = plain
            self.notes.append(("title", plain, index + 1))
            return
        self.notes.append(("paragraph", plain, index + 1))

    def _report(self) -> None:
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from motions", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the items under "
                       f"{len(self.runs)} resolution lead-ins ('Council resolves to:'), each "
                       f"in its motion's area ({len(self.areas)} areas); owners whom each "
                       f"item asks, else the resolving body ({self.resolver}); check the "
                       "reading against the document")


def read_motions(doc: Document, known: frozenset[str]) -> MotionsParser | None:
    """Read notices of motion, or None when no line holds a resolution phrase (looked for
    first) or the resolution lead-ins hold fewer than two items.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_motions(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines).lower()
    if not any(phrase + ":" in text for phrase in _words("resolution")):
        return None
    return run_prepared(MotionsParser(doc, known), lenient=True)
