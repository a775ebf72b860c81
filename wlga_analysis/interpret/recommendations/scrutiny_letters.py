"""A scrutiny committee's letter: lettered recommendations under lead-ins, and an appended
response table that repeats them.

After a pre-decision (or call-in) scrutiny meeting, a committee's chair writes to the
Cabinet Member: the committee's observations under topic headings, each topic closed by a
lead-in ("The Committee recommends:", "The Panel therefore recommends:", a Word file's bold
line read as a heading) over **lettered** items ("a.", "(a)"; the letters may run on over
the topics), and an appendix, "Cabinet response", whose **response table**
``Recommendation | Accepted / Not accepted | Response`` repeats each recommendation with the
Cabinet's answer. :mod:`.lead_ins` reads the letter; this module adds what the family
needs:

- a **lead-in printed as a heading** (a bold line) is read as the lead-in it is
  (:class:`.letter_lead_ins.LetterLeadInParser`), not as an area;
- a **response table repeats** the letter's recommendations: when a table reader read one
  (a header naming the recommendation and a response, decision or acceptance column,
  :data:`LETTER_RULES`) and the letter's lead-ins print the same recommendations, they are
  read once, from the letter (their letter the id, their area the topic heading); the
  table's rows are kept in the notes, not read as a second set, and the columns the table
  reader kept per row (the decision: "Accepted") are kept per recommendation (reported,
  ``response table repeats``);
- the committee **recommends, the Cabinet acts**: an item that names no owner under a
  lead-in that names nobody ("The Committee recommends:"), in a letter addressed to a
  council's member ("Dear Councillor ...", "Cabinet Member for ..."), is the council's (the
  owner ``data/raw/owner_codes.csv`` gives "councils"; reported, ``owner from the
  addressee``). A letter to another body (a health board) gives no owner.

Examples
--------
>>> is_response_header(["Recommendation", "Accepted / Not accepted", "Response"])
True
>>> is_response_header(["Area", "Activity underway or achieved", "Recommendations"])
False
"""

from __future__ import annotations

import sys
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Parser
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["LETTER_RULES", "addressee_owners", "is_response_header", "letter_after",
           "read_letter_lead_ins"]

#: The patterns of this layout (matched ignoring case): a response table's recommendation
#: column (matched whole) and its answer column (searched); the addressee of a letter to a
#: council's member (searched in the blocks before the first lead-in).
LETTER_RULES: dict[str, str] = {
    "rec_column": r"(?:the\s+|our\s+|scrutiny\s+|committee(?:'s|\u2019s)?\s+)?"
                  r"recommendations?(?:\s+(?:made|of\s+the\s+\w+))?",
    "answer_column": r"\b(?:response|decision|accept|agree|comments?)",
    "council_addressee": r"\bDear\s+(?:Councillor|Cllr)\b|\b(?:Cabinet|Executive)\s+Member\s+"
                         r"(?:for|with)\b|\bLeader\s+of\s+the\s+(?:Council|Cabinet)\b",
}
_RULES = {name: compile_regex(r"(?i)" + pattern) for name, pattern in LETTER_RULES.items()}
#: A sub-item's letter typed at the start of a table cell ("a. ", "(b) ").
_CELL_MARK = compile_regex(r"\s*\(?[a-zA-Z][.)]\s+")


def is_response_header(cells: list[str]) -> bool:
    """Whether a table's header names a recommendation column and, in another column, the
    answer to it (a response, decision or acceptance), and nothing else.

    Examples
    --------
    >>> is_response_header(["Recommendation", "Decision", "Comments"])
    True
    >>> is_response_header(["Recommendation", "Lead", "By when"])
    False
    """
    rec = next((i for i, c in enumerate(cells)
                if _RULES["rec_column"].fullmatch(c.strip(" *:"))), None)
    if rec is None or len(cells) < 2:
        return False
    return all(_RULES["answer_column"].search(c) for i, c in enumerate(cells) if i != rec)


def _addressed_to_council(parser: Any) -> bool:
    """Whether the blocks before the first lead-in address a council's member."""
    first = min(parser.runs, default=0)
    return any(_RULES["council_addressee"].search(clean_text(b.text.text))
               for b in parser.blocks[:first] if hasattr(b, "text"))


def addressee_owners(parser: Any) -> None:
    """Give the council as owner to the recommendations that name none, under lead-ins that
    name nobody, in a letter to a council's member (reported once)."""
    from wlga_analysis.interpret.recommendations.owners import owner_names

    if any(run.owners for run in parser.runs.values()):
        return
    ownerless = [i for i in parser.items[_REC] if not i.owners]
    if not ownerless or not _addressed_to_council(parser):
        return
    council = owner_names("councils", parser.known)
    for item in ownerless:
        item.owners = list(council)
        item.unknown = [o for o in council if o not in parser.known]
    parser.issues = [i for i in parser.issues
                     if not (i.check == "no owner" and i.table == _REC)]
    parser.issue(_REC, "owner from the addressee", ownerless[0].printed, ownerless[0].line,
                 f"{len(ownerless)} recommendations name no owner and their lead-ins only "
                 "say who recommends (a committee): the letter asks a council's member, so "
                 f"the council ({', '.join(council)}) is read as their owner")


def _repeats(table_reader: _Parser, letter: Any) -> dict[str, Any] | None:
    """The table reader's recommendations by the letter's text they repeat (their letter
    taken off), when every one repeats one of the letter's; else None."""
    from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

    printed = {folded_printing(" ".join(i.pieces)) for i in letter.items[_REC]}
    read = {folded_printing(_CELL_MARK.sub("", " ".join(i.pieces), count=1)): i
            for i in table_reader.items[_REC]}
    return read if read and all(text in printed for text in read) else None


def _keep_answers(table_reader: _Parser, letter: Any, rows: dict[str, Any]) -> None:
    """The response table's other columns (the decision, as printed), kept per
    recommendation of the letter, as the table reader kept them."""
    from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

    letter.extra_columns += [c for c in table_reader.extra_columns
                             if c not in letter.extra_columns]
    for item in letter.items[_REC]:
        row = rows.get(folded_printing(" ".join(item.pieces)))
        if row is not None:
            item.extra.update(row.extra)


def _letter_over_table(doc: Document, known: frozenset[str], parser: _Parser
                       ) -> Any:
    """The letter's reading when the table a table reader read is a response table that
    repeats the letter's lead-in recommendations; else None."""
    from wlga_analysis.interpret.recommendations.columns import header_cells

    cells = header_cells(doc.lines, parser.header_line)
    if cells is None and doc.model is not None:
        cells = _model_header(doc, parser.header_line)
    if not cells or not is_response_header(cells):
        return None
    from wlga_analysis.interpret.recommendations.letter_lead_ins import LetterLeadInParser
    from wlga_analysis.interpret.recommendations.reader_run import run_prepared

    letter = run_prepared(LetterLeadInParser(doc, known), lenient=True)
    rows = _repeats(parser, letter) if letter is not None else None
    if letter is None or rows is None:
        return None
    _keep_answers(parser, letter, rows)
    first = letter.items[_REC][0]
    letter.issue(_REC, "response table repeats", first.printed, parser.header_line,
                 f"the table at line {parser.header_line} ({' | '.join(cells)}) repeats the "
                 f"{len(parser.items[_REC])} recommendations the letter prints under its "
                 "lead-ins: read once, from the letter; the table's rows are kept in the notes")
    return letter


def _model_header(doc: Document, line: int | None) -> list[str] | None:
    """The header cells of the table of a Word file's or web page's lines at ``line``."""
    if line is None or not 0 < line <= len(doc.lines):
        return None
    text = doc.lines[line - 1]
    return [clean_text(c) for c in text.split("\t")] if "\t" in text else None


def letter_after(doc: Document, known: frozenset[str], parser: _Parser) -> _Parser | None:
    """``parser``'s reading corrected for a scrutiny letter, or None when it is none: a
    response table read by a table reader gives way to the letter's lead-ins; the
    ownerless recommendations of a letter to a council's member are the council's.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("t.md"), "recommendations", ("# Notes",), "0" * 64)
    >>> letter_after(doc, frozenset(), _Parser(doc, frozenset())) is None
    True
    """
    found: Any = None
    if parser.header_line is not None and not _reads_lead_ins(parser):
        found = _letter_over_table(doc, known, parser)
    reader = found or parser
    if _reads_lead_ins(reader) and hasattr(reader, "runs"):
        addressee_owners(reader)
    return found


def _reads_lead_ins(parser: _Parser) -> bool:
    """Whether ``parser`` is a lead-in reader (:class:`.lead_ins.LeadInParser`; that
    module is not imported when no document needed it, so no parser can be one)."""
    module = sys.modules.get("wlga_analysis.interpret.recommendations.lead_ins")
    return module is not None and isinstance(parser, module.LeadInParser)


def read_letter_lead_ins(doc: Document, known: frozenset[str]) -> Any:
    """Read a letter whose lead-ins are printed as headings ("## The Committee recommends:",
    a Word file's bold line), or None when no heading is a lead-in.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.md"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_letter_lead_ins(doc, frozenset()) is None
    True
    """
    from wlga_analysis.interpret.recommendations.reader_run import run_prepared

    if not any(line[:1] == "#" and line.rstrip().endswith(":") and "ecommend" in line
               for line in doc.lines):
        return None
    from wlga_analysis.interpret.recommendations.letter_lead_ins import LetterLeadInParser

    return run_prepared(LetterLeadInParser(doc, known), lenient=True)
