"""A response to a review's recommendations with an action table under each one.

A council answers the recommendations of a review of it (a Panel Performance Assessment, an
Audit Wales report, a peer review) with a paper that prints, under a heading per theme of the
review, each recommendation as a **numbered list item** (numbered on across the headings),
then its **response** ("Our response: Accepted", "Management response: Agreed in part"), a
paragraph explaining it, and a small **action table** ``Ref | Action | Lead | By when`` whose
rows are the actions the council will take ("1a", "1b" under recommendation 1). The list
numbers come from the form: Word's own list numbering (read from ``numbering.xml`` by
:mod:`wlga_analysis.read.numbering`), a web page's ``<ol start="4">``, a text export's
"4.<TAB>", a PDF's box with the number in a narrow first cell.

:func:`read_response_actions` reads:

- the **areas**: the heading each recommendation stands under, numbered in reading order
  (the headings print no number);
- each numbered item followed by a **response line** as a **recommendation** (its number as
  printed); the response line's label is a ``response_column`` phrase ("Response",
  "Council response"), alone or after up to three words ("Our response"), and a decision
  alone is a ``response`` word, both kinds of
  ``data/raw/recommendation_words.csv`` (analyst-editable); the decision as printed and the
  explanation paragraphs are kept in the recommendation's ``response`` and ``explanation``
  columns (they are no activities);
- each row of an **action table** (a header naming an action column, :data:`ACTION_COLUMNS`)
  as an **activity** of the recommendation's area, its ``activity_no`` the number in its ref
  ("1a" -> 1; the ref as printed in ``activity_label``); the other cells (lead officer, date)
  are kept in the notes, one line a row;
- the **owners** from the sentence's subject: the council naming itself ("The Council",
  :data:`SELF_NAMES`) is local government (the code ``data/raw/owner_codes.csv`` gives
  "councils"); "its Public Services Board partners" names the Public Services Board; other
  bodies as printed (:func:`subject_owner_names`);
- a recommendation a reader joined to the action table above it (a text export's "2.<TAB>"
  line after tab-separated rows, a PDF's shaded box right under a table) is the table's last
  row with a bare number and the response line right after the table: read as the
  recommendation it is (reported, check ``recommendation in a table``).

Everything else (the report's own sections, the introduction) is kept in the notes.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Response to the review", "", "## Leadership", "",
...          "1. The Council should agree a plan.", "", "Our response: Accepted", "",
...          "| Ref | Action | Lead | By when |", "|---|---|---|---|",
...          "| 1a | Draft the plan. | Chief Executive | May 2026 |")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> parser = read_response_actions(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                                known)
>>> [(i.number, i.pieces, i.owners, i.extra["response"]) for i in parser.items["recommendations"]]
[(1, ['The Council should agree a plan.'], ['LG'], 'Accepted')]
>>> [(i.printed, i.pieces) for i in parser.items["activities"]]
[('1a', ['Draft the plan.'])]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Item, _Parser
from wlga_analysis.read.model import Block, Cell, Heading, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ACTION_COLUMNS", "SELF_NAMES", "ResponseActionsParser", "action_columns",
           "read_response_actions", "response_line", "subject_owner_names"]

#: The columns of an action table, by role: a header cell (case and a closing "." or ":"
#: aside) that is one of the phrases has the role. A table is an action table when one
#: column is the ``action``; ``ref`` numbers the actions; any other column (``lead``,
#: ``when`` and the unnamed) is kept in the notes.
ACTION_COLUMNS: tuple[tuple[str, frozenset[str]], ...] = (
    ("ref", frozenset({"ref", "reference", "ref no", "action ref", "action no", "no",
                       "number", "#", "cyf"})),
    ("action", frozenset({"action", "actions", "action to be taken", "actions to be taken",
                          "agreed action", "agreed actions", "planned action", "what we will do",
                          "proposed action", "management action", "gweithred", "cam gweithredu"})),
    ("lead", frozenset({"lead", "lead officer", "responsible officer", "owner", "officer",
                        "who", "responsible", "arweinydd"})),
    ("when", frozenset({"by when", "when", "deadline", "target date", "timescale",
                        "due date", "completion date", "date", "erbyn pryd"})),
)

#: How a council names itself in its own response (article and case aside): it is local
#: government, the owner ``data/raw/owner_codes.csv`` gives "councils".
SELF_NAMES = frozenset({"council", "county council", "county borough council", "city council",
                        "city and county council", "authority", "local authority", "cyngor"})

#: A recommendation's subject, before "should" / "must" / "will" (up to 120 characters).
_SUBJECT = compile_regex(r"^\s*(?P<subject>[A-Z][^.;:()]{1,120}?)\s+(?:should|must|will)\b")
#: Where a subject names two or more bodies: "," or "and".
_AND = compile_regex(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
#: Words before a body's name that are not part of it, and "partners" after it ("its Public
#: Services Board partners" names the Public Services Board).
_ARTICLE = compile_regex(r"(?i)^(?:the|its|their|our|each|all)\s+")
_PARTNERS = compile_regex(r"(?i)\s+(?:partners?|partner\s+organisations?)$")
#: An action's ref: its first number is the activity's ("1a", "1.2", "A3", "R2(b)").
_REF_NUMBER = compile_regex(r"\d{1,4}")
#: A bare list number printed in a cell ("2.", "2)", "2").
_BARE_NUMBER = compile_regex(r"\s*(\d{1,3})[.)]?\s*")
#: Between a response label and its decision.
_LABEL_END = compile_regex(r"\s*:\s*")


def _header_key(text: str) -> str:
    return " ".join(clean_text(text).casefold().replace("*", "").split()).strip(" .:")


def action_columns(header: list[str]) -> dict[str, int]:
    """The roles of an action table's header cells (role -> column index); empty unless a
    column is the action.

    Examples
    --------
    >>> action_columns(["Ref", "Action", "Lead", "By when"])
    {'ref': 0, 'action': 1, 'lead': 2, 'when': 3}
    >>> action_columns(["Recommendation", "Response"])
    {}
    """
    roles: dict[str, int] = {}
    for index, text in enumerate(header):
        key = _header_key(text)
        for role, phrases in ACTION_COLUMNS:
            if key in phrases and role not in roles:
                roles[role] = index
                break
    return roles if "action" in roles else {}


def _is_label(key: str, labels: frozenset[str]) -> bool:
    """Whether ``key`` is a label phrase, alone or after up to three words ("our", "the
    council's", "management")."""
    if key in labels:
        return True
    words = key.split()
    return any(" ".join(words[k:]) in labels for k in range(1, min(len(words), 4)))


def response_line(text: str, labels: frozenset[str], words: frozenset[str]) -> str | None:
    """The decision a response line prints ("Our response: Accepted" -> "Accepted": a label
    and a colon; a decision word alone -> itself), or None.

    Parameters
    ----------
    text : str
        The line.
    labels : frozenset of str
        Labels before the decision (kind ``response_column``: "response", "council
        response"), alone or after up to three words ("Our response").
    words : frozenset of str
        Decisions printed alone (kind ``response``: "accepted", "not accepted").

    Examples
    --------
    >>> response_line("Our response: Accepted in part", frozenset({"response"}), frozenset())
    'Accepted in part'
    >>> response_line("Agreed.", frozenset(), frozenset({"agreed"}))
    'Agreed'
    >>> response_line("The response was good: yes", frozenset({"response"}), frozenset())
    """
    if len(text) > 120:
        return None
    plain = text.strip(" *_")
    m = _LABEL_END.search(plain)
    if m is not None and _is_label(_header_key(plain[:m.start()]), labels):
        decision = plain[m.end():].strip(" *_.")
        return decision or None
    alone = plain.strip(" .:")
    return alone if alone.casefold() in words else None


def subject_owner_names(text: str, known: frozenset[str]) -> list[str]:
    """The owners a recommendation's subject names ("The Council and Hywel Dda University
    Health Board should ..."): the council itself as local government, "its X partners" as
    X, other bodies as printed (known names as their codes); [] when no subject is read.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
    ...                               ("WG", "Welsh Government", "")])
    >>> subject_owner_names("The Council and its Public Services Board partners should "
    ...                     "agree a plan.", known)
    ['LG', 'Public Services Board']
    >>> subject_owner_names("The County Council, the Welsh Government and Transport for "
    ...                     "Wales should meet.", known)
    ['LG', 'WG', 'Transport for Wales']
    >>> subject_owner_names("It is recommended that plans are kept.", known)
    []
    """
    from wlga_analysis.interpret.recommendations.owners import owner_names

    m = _SUBJECT.match(text)
    if m is None:
        return []
    owners: list[str] = []
    for part in _AND.split(m.group("subject")):
        name = _PARTNERS.sub("", _ARTICLE.sub("", part.strip()))
        if not name:
            continue
        if name.casefold() in SELF_NAMES:
            found = owner_names("councils", known)
        elif not name[:1].isupper():
            return []  # not a body's name ("more of its services"): no subject read
        else:
            found = owner_names(name, known)
        owners += [n for n in found if n not in owners]
    return owners


def _number(block: Block) -> int | None:
    """A list item's or paragraph's number when it is a whole number ("4")."""
    number = getattr(block, "number", None)
    if number is None or isinstance(block, Heading):
        return None
    if isinstance(block, ListItem) and block.kind not in ("number", "numbered", "decimal"):
        return None
    text = str(number).strip(" .)")
    return int(text) if text.isdigit() and len(text) <= 3 else None


def _line(block: Any) -> int:
    return block.location.line or 0


class ResponseActionsParser(_Parser):
    """The recommendations parser for a response with action tables (see the module)."""

    def setup(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.labels = self.words["response_column"]
        self.decisions = self.words["response"]
        self.heading: tuple[str, int] | None = None  # the last heading not yet an area
        self.rec: _Item | None = None  # the recommendation whose text follows
        self.after_table = False

    def response_at(self, index: int) -> str | None:
        """The decision of the block at ``index`` when it is a response line."""
        if index >= len(self.blocks):
            return None
        block = self.blocks[index]
        if not isinstance(block, Paragraph) or block.number is not None:
            return None
        return response_line(clean_text(block.text.text), self.labels, self.decisions)

    def run(self) -> None:
        for index, block in enumerate(self.blocks):
            for _, rule in _BLOCK_RULES:
                if rule(self, index, block):
                    break
        self.heading_note()
        first = self.items[_REC][0]
        self.issue(_REC, "read from a response", first.printed, first.line,
                   "the recommendations were read from a response printed as numbered items, "
                   "each with its response line and an action table: the areas are the "
                   "headings, numbered in reading order; check them")
        self.finish()

    # -- rules --------------------------------------------------------------------------
    def parse_heading(self, index: int, block: Block) -> bool:
        if not isinstance(block, Heading):
            return False
        self.heading_note()
        text = clean_text(block.text.text)
        if self.title is None and not self.areas:  # (it is an area too if items follow)
            self.title = text
            self.notes.append(("title", text, _line(block)))
        self.heading = (text, _line(block))
        self.rec, self.after_table = None, False
        return True

    def heading_note(self) -> None:
        """Keep the pending heading (no area) in the notes, unless it is the title."""
        if self.heading is not None and self.heading[0] != self.title:
            self.notes.append(("heading", *self.heading))
        self.heading = None

    def parse_recommendation(self, index: int, block: Block) -> bool:
        number = _number(block)
        if number is None or self.response_at(index + 1) is None:
            return False
        self.recommendation(number, clean_text(block.text.text), _line(block))
        return True

    def recommendation(self, number: int, text: str, ln: int) -> None:
        if self.heading is not None:
            if self.heading[0] == self.title and not self.areas:  # an area, not the title
                self.notes.remove(("title", *self.heading))
                self.title = None
            self.start_area(len(self.areas) + 1, self.heading[0].strip(" .:"), self.heading[1])
            self.heading = None
        elif self.current is None:
            self.start_area(1, self.title or "Recommendations", ln)
            self.issue("areas", "no heading", 1, ln, "the recommendations stand under no "
                       "heading: one area named after the title")
        rec = _Item(_REC, number, self.current.area_id, ln, pieces=[text])
        rec.owners = subject_owner_names(text, self.known)
        self.items[_REC].append(rec)
        self.last_item[_REC] = rec
        self.rec, self.after_table = rec, False

    def parse_response(self, index: int, block: Block) -> bool:
        decision = self.response_at(index) if self.rec is not None else None
        if decision is None or "response" in self.rec.extra:
            return False
        self.rec.extra["response"] = decision
        if "response" not in self.extra_columns:
            self.extra_columns += ["response", "explanation"]
        return True

    def parse_table(self, index: int, block: Block) -> bool:
        if not isinstance(block, Table):
            return False
        roles = action_columns(block.header_text)
        if self.rec is None or not roles:
            self.notes.append(("paragraph", " ".join(
                c.text for row in (block.header, *block.rows) for c in row if c.text),
                _line(block)))
            return True
        rows = list(block.rows)
        joined = self.joined_recommendation(rows[-1]) if rows and \
            self.response_at(index + 1) is not None else None
        for row in rows[:-1] if joined else rows:
            self.action_row(row, roles, block.header)
        self.after_table = True
        if joined is not None:
            self.issue(_REC, "recommendation in a table", joined[0], joined[2],
                       f"recommendation {joined[0]} was read as the last row of the action "
                       "table above it (a box or list line printed right under the table); "
                       "read as a recommendation")
            self.recommendation(*joined)
        return True

    def joined_recommendation(self, row: tuple[Cell, ...]) -> tuple[int, str, int] | None:
        """(number, text, line) of a recommendation a reader joined to a table: the last row,
        a bare number (in its own cell or its first cell's paragraph) and text."""
        first = row[0]
        m = _BARE_NUMBER.fullmatch(first.text)
        if m is not None:
            text = " ".join(c.text for c in row[1:] if c.text)
            number = int(m.group(1))
        else:
            numbered = [b for b in first.blocks if _number(b) is not None]
            if len(numbered) != 1 or any(c.text for c in row[1:]):
                return None
            number, text = _number(numbered[0]) or 0, first.text
        previous = self.rec.number if self.rec is not None else 0
        if not text or number <= previous:
            return None
        return number, clean_text(text), _line(first)

    def action_row(self, row: tuple[Cell, ...], roles: dict[str, int],
                   header: tuple[Cell, ...]) -> None:
        def cell(role: str) -> str:
            at = roles.get(role)
            return clean_text(row[at].text) if at is not None and at < len(row) else ""

        ref, text = cell("ref"), cell("action")
        ln = _line(row[0])
        if not text:
            if ref or any(c.text for c in row):
                self.notes.append(("paragraph", " ".join(c.text for c in row if c.text), ln))
            return
        m = _REF_NUMBER.search(ref)
        number = int(m.group()) if m else self.rec.number
        item = _Item(_ACT, number, self.current.area_id, ln, pieces=[text],
                     label=ref if ref and ref != str(number) else None)
        self.items[_ACT].append(item)
        self.last_item[_ACT] = item
        used = {roles.get("ref"), roles.get("action")}
        rest = [f"{header[i].text}: {c.text}" if i < len(header) and header[i].text else c.text
                for i, c in enumerate(row) if i not in used and c.text]
        if rest:
            self.notes.append(("paragraph", f"{ref or number}: " + "; ".join(rest), ln))

    def parse_text(self, index: int, block: Block) -> bool:
        """A paragraph: the explanation of the response it follows (before the action
        table), else a note."""
        text = clean_text(block.text.text)
        if not text:
            return True
        number = _number(block)
        if number is not None:  # a numbered section of the report ("4. Monitoring")
            self.rec, self.after_table = None, False
            text = f"{number}. {text}"
        if self.rec is not None and not self.after_table and "response" in self.rec.extra:
            before = self.rec.extra.get("explanation")
            self.rec.extra["explanation"] = f"{before} {text}" if before else text
            return True
        self.notes.append(("paragraph", text, _line(block)))
        return True


#: The rules each top-level block is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[ResponseActionsParser, int, Block], bool]], ...] = (
    ("heading", ResponseActionsParser.parse_heading),
    ("recommendation", ResponseActionsParser.parse_recommendation),
    ("response", ResponseActionsParser.parse_response),
    ("table", ResponseActionsParser.parse_table),
    ("text", ResponseActionsParser.parse_text),
)


def _is_response_with_actions(blocks: list[Block], labels: frozenset[str],
                              words: frozenset[str]) -> bool:
    """Whether the blocks hold a numbered item followed by a response line and an action
    table."""
    numbered = tables = False
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            tables = tables or bool(action_columns(block.header_text))
        elif not numbered and index + 1 < len(blocks) and _number(block) is not None:
            after = blocks[index + 1]
            numbered = isinstance(after, Paragraph) and after.number is None and \
                response_line(clean_text(after.text.text), labels, words) is not None
        if numbered and tables:
            return True
    return False


def read_response_actions(doc: Document, known: frozenset[str]
                          ) -> ResponseActionsParser | None:
    """Read a response whose recommendations each have a response line and an action table,
    or None when the document is not one (see the module's notes).

    Parameters
    ----------
    doc : Document
        The document (any form).
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`).

    Returns
    -------
    ResponseActionsParser or None
        The parser, run.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Just text."), "0" * 64)
    >>> read_response_actions(doc, frozenset()) is None
    True
    """
    from wlga_analysis.read import read_model
    from wlga_analysis.reference import load_recommendation_words

    words = load_recommendation_words()
    labels = words["response_column"]
    text = "\n".join(doc.lines).casefold()  # (cheap gate: a label and its colon, a ref)
    if not any(f"{label}:" in text for label in labels):
        return None
    blocks = list(read_model(doc).blocks)
    if not _is_response_with_actions(blocks, labels, words["response"]):
        return None
    parser = ResponseActionsParser(doc, known)
    parser.setup(blocks)
    parser.run()
    return parser
