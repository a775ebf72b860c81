"""An inspectorate's letter: bold run-in paragraphs under bold side headings.

Care Inspectorate Wales, Estyn and Audit Wales write to a council's chief executive: a
letterhead, an address block, "Dear ...", a bold subject line and prose; bold side headings
(Word's bold paragraphs, not heading styles; a web page's ``<h2>``) over findings in prose
and then paragraphs that open with a **bold run-in label**, each an area for improvement::

    **People – voice and control**                       <- a side heading: the area
    Most children we spoke with ...                      <- a finding: a note
    **Recording children's views.** The local authority  <- recommendation 1, owner LG
    should ensure that ...
    **Reviews of plans (priority action).** The local    <- recommendation 2 (its label,
    authority must ensure ...                               with the flag, a note)
    **Next steps**
    The local authority should send us an action plan    <- the procedure: a note

A careful reader reads it so:

- each **run-in paragraph whose text says what someone should or must do**
  (:data:`RUN_IN_RULES` ``modal``) is a recommendation, numbered by its place through the
  letter; its text the paragraph after the bold label (the label, with any "(priority
  action)", is kept in the notes); a run-in that reports a finding ("**Strengths.**
  Leaders know ...") is a note;
- its **area** the side heading above it (a Markdown heading or a wholly bold line);
  **no themes, no activities**;
- its **owners** the subject of its "X should ..." sentence ("The local authority should":
  LG; :mod:`.modal_subject`);
- the letterhead, address, greeting, findings, "Next steps" and signature are notes.

The reading is reported (check ``read from run-in paragraphs``). The reader looks at a
document only when a line opens with a bold run-in (one search): it costs nothing otherwise.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("Dear Chief Executive,", "", "**Planning**", "",
...          "**Reserves.** The council should agree a policy.", "",
...          "**Savings:** The council must deliver its savings.")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_run_in_letters(Document(Path("l.md"), "recommendations", lines, "0" * 64),
...                              known)
>>> [(a.area_id, a.title) for a in parser.areas.values()]
[(1, 'Planning')]
>>> [(i.printed, i.owners) for i in parser.items["recommendations"]]
[('1', ['LG']), ('2', ['LG'])]
>>> parser.items["recommendations"][1].pieces
['The council must deliver its savings.']
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import run_prepared
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["RUN_IN_RULES", "RunInLetterParser", "read_run_in_letters"]

#: The patterns of this layout: ``run_in`` a paragraph that opens with a bold label ending
#: "." or ":" (inside or just after the bold); ``heading`` a Markdown heading;
#: ``bold_line`` a wholly bold line (a side heading); ``modal`` what makes a run-in's text
#: a recommendation (someone should, must, needs to do something); ``cheap`` the mark a
#: line must open with for the reader to look; ``numbered_label`` a label that numbers
#: its paragraph ("Recommendation 1", "Question 2", "Conclusion 3"): another layout's
#: (numbered recommendations, a consultation's questions), never a run-in of this one.
RUN_IN_RULES: dict[str, str] = {
    "run_in": r"\*\*(?P<label>[^*]{2,150})\*\*\s{0,3}(?P<text>[^*\s].*)",
    "heading": r"#{1,6}\s+(?P<text>\S.*)",
    "bold_line": r"\*\*(?P<text>[^*]{2,200})\*\*",
    "modal": r"\b(?:should|must|needs?\s+to|ought\s+to|is\s+required\s+to|"
             r"are\s+required\s+to)\s+[a-z]",
    "cheap": r"(?m)^\*\*[^*\n]{2,150}(?:[.:]\*\*|\*\*[.:])\s",
    "numbered_label": r"(?i)(?:[a-z]+\s){1,2}\(?[a-z]?\d{1,3}(?:\.\d{1,2})?[a-z]?\)?|"
                      r"(?:question|response|answer|c\d|q\d)\b.*",
}
#: How many recommending run-ins a letter must print for this reader to read it.
_MIN_RUN_INS = 2


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`RUN_IN_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in RUN_IN_RULES.items()}


def run_in(text: str) -> tuple[str, str] | None:
    """(label, text) of a paragraph that opens with a bold run-in label, else None.

    Examples
    --------
    >>> run_in("**Young carers.** The council should act.")
    ('Young carers', 'The council should act.')
    >>> run_in("**Self-evaluation**: The council should act.")
    ('Self-evaluation', 'The council should act.')
    >>> run_in("**Well-being**") is None, run_in("**Note** that we met.") is None
    (True, True)
    >>> run_in("**Recommendation 4.** The council should act.") is None
    True
    """
    m = _rules()["run_in"].fullmatch(text)
    if m is None:
        return None
    label, rest = clean_text(m.group("label")).strip(), clean_text(m.group("text")).strip()
    if rest[:1] in ".:":
        rest = rest[1:].strip()
    elif label[-1:] not in ".:":
        return None
    label = label.rstrip(".:").strip()
    if _rules()["numbered_label"].fullmatch(label) or rest.rstrip().endswith("?"):
        return None  # ("Recommendation 1.", "Question 2:": numbered; a question asks)
    return label, rest


class RunInLetterParser(ThemelessAreas, _Parser):  # (no theme: the side headings are areas)
    """The recommendations parser for a letter's bold run-in paragraphs (see the module's
    notes)."""

    def prepare(self) -> bool:
        """Join each paragraph's lines and find the recommending run-ins; False unless
        there are two."""
        self.paragraphs: list[tuple[int, str]] = []  # (first line index, joined text)
        start, pieces = 0, []
        for index, line in enumerate([*self.lines, ""]):
            text = " ".join(line.split())  # (clean_text drops the bold marks: later)
            if text and not pieces:
                start = index
            if text and not self._alone(text, pieces):
                pieces.append(text)
                continue
            if pieces:
                self.paragraphs.append((start, " ".join(pieces)))
            start, pieces = index, ([text] if text else [])
        self.found = {place: read for place, (_, text) in enumerate(self.paragraphs)
                      if (read := run_in(text)) is not None
                      and _rules()["modal"].search(read[1][:300])}
        return len(self.found) >= _MIN_RUN_INS

    @staticmethod
    def _alone(text: str, pieces: list[str]) -> bool:
        """Whether a line starts a paragraph of its own though no blank line is before it
        (a heading, a bold line or a run-in after other lines)."""
        if not pieces:
            return False
        rules = _rules()
        return bool(rules["heading"].fullmatch(text) or text.startswith("**")
                    or rules["heading"].fullmatch(pieces[0])
                    or rules["bold_line"].fullmatch(pieces[-1]))

    def run(self) -> None:
        if not hasattr(self, "found") and not self.prepare():
            raise self.doc.error("expected bold run-in paragraphs ('**Label.** The council "
                                 "should ...') under side headings; found none")
        heading: tuple[str, int] | None = None
        for place, (index, text) in enumerate(self.paragraphs):
            ln = index + 1
            side = self._side_heading(text)
            if side is not None:
                heading = (side, ln)
                self.notes.append(("heading", side, ln))
            elif place in self.found:
                self._recommendation(place, ln, heading)
            else:
                self.notes.append(("paragraph", clean_text(text).strip(), ln))
        self._report()
        self.finish()

    @staticmethod
    def _side_heading(text: str) -> str | None:
        """A side heading's text (a Markdown heading or a wholly bold line), else None."""
        rules = _rules()
        m = rules["heading"].fullmatch(text) or rules["bold_line"].fullmatch(text)
        return clean_text(m.group("text")).strip() if m else None

    def _recommendation(self, place: int, ln: int, heading: tuple[str, int] | None) -> None:
        """A recommending run-in: the next recommendation of its side heading's area."""
        from wlga_analysis.interpret.recommendations.modal_subject import subject_owners

        label, text = self.found[place]
        if heading is None:
            self.issue("areas", "no side heading", 1, ln,
                       "the run-in paragraphs stand under no side heading; they are one "
                       "area named 'Areas for improvement'")
            heading = ("Areas for improvement", ln)
        self.named_area(heading[0], heading[1])
        assert self.current is not None
        self.notes.append(("paragraph", label, ln))  # (the run-in label: kept, not the text)
        item = _Item(_REC, len(self.items[_REC]) + 1, self.current.area_id, ln,
                     pieces=[text])
        for name in subject_owners(text, self.known):
            item.owners.append(name)
            if name not in self.known:
                item.unknown.append(name)
        self.items[_REC].append(item)
        self.last_item[_REC] = item

    def _report(self) -> None:
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from run-in paragraphs", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the paragraphs opening "
                       f"with a bold run-in label that say what someone should or must do, "
                       f"numbered by their place, each under its side heading "
                       f"({len(self.areas)} areas); the labels are kept in the notes; check "
                       "the reading against the document")


def read_run_in_letters(doc: Document, known: frozenset[str]) -> RunInLetterParser | None:
    """Read a letter's bold run-in paragraphs, or None when no line opens with a bold
    run-in label (looked for first) or fewer than two run-ins say what someone should do.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_run_in_letters(doc, frozenset()) is None
    True
    """
    if not any(line.startswith("**") for line in doc.lines):
        return None
    if _rules()["cheap"].search("\n".join(doc.lines)) is None:
        return None
    return run_prepared(RunInLetterParser(doc, known), lenient=True)
