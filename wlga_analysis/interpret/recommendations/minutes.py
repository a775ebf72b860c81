"""Minutes of a working group's meeting read as its recommendations.

Minutes print no table: agenda items ("Item 3: Digital strategies – Audit Wales review"),
each with discussion paragraphs ("Members noted that ..."), the resolutions the meeting made
("Resolved:" then "(a) That each council ...") and action lines naming who acts by when
("Action: Head of Digital, WLGA – Q4 2025/26"). A careful analyst reads them so:

- each **substantive item** is an area: area id = the item's printed number, its name the
  heading after "Item N:"; **procedural items** (:data:`PROCEDURAL_ITEMS`: welcome and
  apologies, minutes of the last meeting, declarations of interest, any other business,
  date of the next meeting) hold no area and their text is kept in the notes;
- each **resolution** under a "Resolved:" label (:data:`RESOLVED_LABEL`) is a
  recommendation, numbered by its item and letter ("3(a)" -> 3, printed "3a");
- the **action lines** give the resolutions their owners in order (the first line the first
  resolution's...): the body after a job title ("Heads of Finance, all councils" -> LG), the
  line as printed kept in the ``action`` column;
- the item's **discussion paragraphs** are activities, numbered in reading order.

The reading is reported (check ``read from minutes``), so an analyst checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.blocks import _Block
from wlga_analysis.interpret.recommendations.labelled_bullets import read_unnumbered_activity
from wlga_analysis.interpret.recommendations.lines import _Item, _Parser
from wlga_analysis.interpret.recommendations.owners import owner_names
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ACTION_LINE", "ITEM_HEADING", "PROCEDURAL_ITEMS", "RESOLVED_LABEL", "MinutesParser",
           "action_owners", "is_minutes", "read_minutes"]

_ACT, _REC = "activities", "recommendations"

#: An agenda item's heading: "Item 3: Name", "Agenda item 4 – Name", "Item 5. Name".
ITEM_HEADING = compile_regex(r"(?i)(?:agenda\s+)?item\s+(\d{1,3})\s*+[:.\u2013\u2014-]\s*+(\S.*)")

#: The names of procedural items (no area): matched anywhere in the item's name.
PROCEDURAL_ITEMS = compile_regex(
    r"(?i)\b(?:welcome|apologies|introductions?|minutes\s+of|previous\s+minutes|"
    r"matters\s+arising|declarations?\s+of\s+interests?|any\s+other\s+business|aob|"
    r"date\s+of\s+(?:the\s+)?next\s+meeting|close\s+of\s+meeting)\b")

#: The label over a meeting's resolutions: "Resolved:", "Agreed:", "Decision:", "It was
#: resolved that:"; group ``rest`` is a resolution printed on the same line.
RESOLVED_LABEL = compile_regex(r"(?i)(?:it\s+was\s+)?(?:resolved|agreed|decisions?|decided)"
                               r"\s*+(?:that\s*+)?[:.\u2013\u2014-]?\s*+(?P<rest>That\s.*)?")

#: An action line: "Action: <who> – <when>" (who: a job title and body, or a body).
ACTION_LINE = compile_regex(r"(?i)actions?(?:\s+by)?\s*+:\s*+(?P<who>.+?)"
                            r"(?:\s+[\u2013\u2014-]\s+(?P<when>[^\u2013\u2014]+))?")

#: Words before a body that name all of it: "all councils", "each council".
_QUANTIFIER = compile_regex(r"(?i)^(?:all|each|every|the)\s+")

#: A title of minutes ("Minutes of the ... Group", "Notes of the meeting of ...").
_MINUTES_TITLE = compile_regex(r"(?i)(?:draft\s+|confirmed\s+)?(?:minutes|notes)\s+of\b.*")


def is_minutes(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a document is minutes: two agenda item headings and a resolutions label.

    Examples
    --------
    >>> is_minutes(["Item 1: Apologies", "Item 2: Roads", "Resolved:", "(a) That ..."])
    True
    >>> is_minutes(["Area 1: Roads", "Resolved:"])
    False
    """
    items = resolved = 0
    for line in lines:
        text = clean_text(line.strip().lstrip("#").strip().strip("*"))
        if text[:4].casefold() in ("item", "agen") and ITEM_HEADING.fullmatch(text):
            items += 1
        elif RESOLVED_LABEL.fullmatch(text):
            resolved += 1
        if items >= 2 and resolved:
            return True
    return False


def action_owners(who: str, known: frozenset[str]) -> list[str]:
    """The owners an action line names: the body after a job title ("Head of Digital,
    WLGA" -> WLGA, "Heads of Finance, all councils" -> LG), else all it names.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WLGA", "WLGA", ""), ("LG", "Local government",
    ...                                                      "councils")])
    >>> action_owners("Head of Digital, WLGA", known), action_owners("Heads, all councils", known)
    (['WLGA'], ['LG'])
    """
    body = _QUANTIFIER.sub("", who.rsplit(",", 1)[-1].strip())
    names = owner_names(body, known)
    if any(name in known for name in names):
        return names
    return owner_names(who, known)


class MinutesParser(_Parser):
    """The recommendations parser for minutes (see the module's notes)."""

    def run(self) -> None:
        from wlga_analysis.read.text import read_text_lines

        model = read_text_lines(self.lines, path=self.doc.path)
        self.item_no: int | None = None  # the substantive item being read
        self.resolving = False
        self.resolutions: list[_Item] = []  # the item's, in order
        self.actions = 0  # action lines read in the item
        for block in model.blocks:
            if not hasattr(block, "text"):  # a table in minutes: its text in the notes
                self.notes.append(("paragraph", " ".join(
                    clean_text(c.text) for row in block.rows for c in row), 0))
                continue
            text = clean_text(block.text.text)
            ln = block.location.line or 0
            for _, rule in _BLOCK_RULES:
                if rule(self, block, text, ln):
                    break
        if self.items[_REC]:
            first = self.items[_REC][0]
            self.issue(_REC, "read from minutes", first.printed, first.line,
                       "the recommendations were read from minutes: each resolution of a "
                       "substantive item is a recommendation numbered by its item, owners "
                       "from the action lines in order; check them")
        self.finish()

    def parse_title(self, block: Any, text: str, ln: int) -> bool:
        """"Minutes of the ... Group" (or the first heading): the document's title."""
        if self.title is not None or not (_MINUTES_TITLE.fullmatch(text)
                                          or getattr(block, "level", 9) <= 1):
            return False
        self.title = text
        self.notes.append(("title", text, ln))
        return True

    def parse_item_heading(self, block: Any, text: str, ln: int) -> bool:
        """"Item 3: Name": a substantive item opens an area; a procedural one ends it."""
        m = ITEM_HEADING.fullmatch(text)
        if m is None:
            return False
        self.resolving, self.resolutions, self.actions = False, [], 0
        if PROCEDURAL_ITEMS.search(m.group(2)):
            self.item_no = None
            self.notes.append(("heading", text, ln))
            return True
        self.item_no = int(m.group(1))
        self.start_area(self.item_no, m.group(2).strip().rstrip(" .:;"), ln)
        return True

    def parse_resolved(self, block: Any, text: str, ln: int) -> bool:
        """"Resolved:" over the item's resolutions (or "Resolved: That ..." itself one)."""
        m = RESOLVED_LABEL.fullmatch(text) if self.item_no is not None else None
        if m is None or getattr(block, "marker", None):
            return False
        self.resolving = True
        if m.group("rest"):
            self.resolution(m.group("rest"), "", ln)
        return True

    def parse_resolution(self, block: Any, text: str, ln: int) -> bool:
        """"(a) That ..." under "Resolved:": a recommendation of the item."""
        if not self.resolving or self.item_no is None:
            return False
        letter = (getattr(block, "number", None) or "").strip("().")
        if not (letter.isalpha() and len(letter) <= 2) and not text.startswith("That "):
            return False
        self.resolution(text, letter.lower() if letter.isalpha() else "", ln)
        return True

    def resolution(self, text: str, letter: str, ln: int) -> None:
        before = len(self.items[_REC])
        self.item_block(_REC, _Block(f"{self.item_no}{letter}. {text}", False), ln, False)
        if len(self.items[_REC]) > before:
            self.resolutions.append(self.items[_REC][-1])

    def parse_action(self, block: Any, text: str, ln: int) -> bool:
        """"Action: <who> – <when>": the owners of the item's next resolution."""
        # (an action line is short: a longer paragraph is discussion, not matched at length)
        m = ACTION_LINE.fullmatch(text) if self.item_no is not None and len(text) <= 300 \
            else None
        if m is None:
            return False
        if self.actions < len(self.resolutions):
            item = self.resolutions[self.actions]
        elif self.resolutions:
            item = self.resolutions[-1]
            self.issue(_REC, "action without resolution", item.printed, ln,
                       f"action line {text!r} follows more action lines than resolutions; "
                       f"its owners are given to the last resolution, {item.printed}")
        else:
            self.notes.append(("paragraph", text, ln))
            return True
        self.actions += 1
        for name in action_owners(m.group("who"), self.known):
            if name not in item.owners:
                item.owners.append(name)
                if name not in self.known:
                    item.unknown.append(name)
        printed = text.split(":", 1)[1].strip()
        item.extra["action"] = "; ".join(filter(None, (item.extra.get("action"), printed)))
        if "action" not in self.extra_columns:
            self.extra_columns.append("action")
        return True

    def parse_discussion(self, block: Any, text: str, ln: int) -> bool:
        """A paragraph of a substantive item ("Members noted that ..."): an activity."""
        if self.item_no is None or not text or self.current is None:
            return False
        self.resolving = False
        read_unnumbered_activity(self, _ACT, text, ln, "a discussion paragraph")
        return True

    def parse_note(self, block: Any, text: str, ln: int) -> bool:
        """Anything else (a letterhead, "Present:", a procedural item's text): a note."""
        if text:
            self.notes.append(("heading" if hasattr(block, "level") else "paragraph", text,
                               ln))
        return True


#: The rules each block of minutes is read by, in the order they are tried.
_BLOCK_RULES: tuple[tuple[str, Callable[[MinutesParser, Any, str, int], bool]], ...] = (
    ("title", MinutesParser.parse_title),
    ("item_heading", MinutesParser.parse_item_heading),
    ("resolved", MinutesParser.parse_resolved),
    ("resolution", MinutesParser.parse_resolution),
    ("action", MinutesParser.parse_action),
    ("discussion", MinutesParser.parse_discussion),
    ("note", MinutesParser.parse_note),
)


def read_minutes(doc: Document, known: frozenset[str]) -> MinutesParser | None:
    """Read minutes as recommendations, or None when the document is not minutes.

    Examples
    --------
    >>> from pathlib import Path
    >>> lines = ("Minutes of the Roads Group", "", "Item 1: Apologies", "", "None.", "",
    ...          "Item 2: Potholes", "", "Members noted a survey.", "", "Resolved:", "",
    ...          "(a) That councils repair potholes.", "", "Action: Heads of Highways, "
    ...          "WLGA \\u2013 Q4 2025/26")
    >>> parser = read_minutes(Document(Path("m.txt"), "recommendations", lines, "0" * 64),
    ...                       frozenset({"WLGA"}))
    >>> [(i.printed, i.area_id, i.owners, i.pieces) for i in parser.items["recommendations"]]
    [('2a', 2, ['WLGA'], ['That councils repair potholes.'])]
    >>> [(i.number, i.pieces) for i in parser.items["activities"]]
    [(1, ['Members noted a survey.'])]
    """
    if not is_minutes(doc.lines):
        return None
    parser = MinutesParser(doc, known)
    parser.run()
    return parser
