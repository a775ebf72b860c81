"""A plain-text message's recommendations: "1)" items under headings underlined with "=".

A policy officer forwarding a task group's conclusions by e-mail writes them as plain text,
hard-wrapped at 72 characters: ALL-CAPS headings underlined with "=" (or "-"), items
numbered "1)" .. "12)" through the headings, each item's owners after a dash at its end
("- for WG and councils"), a signature, and the earlier message quoted below with "> "::

    TRANSPORT                                         <- the area ("Transport")
    =========
    1) That the Welsh Government confirms funding     <- recommendation 1 ...
       for rural buses - for WG                       <- ... its owners: WG
    2) That councils agree one booking platform -     <- a wrap may leave "-" alone ...
       for councils                                   <- ... owners LG
    -----Original Message-----                        <- the earlier message: notes
    > 4) a rural council tax discount - for WG        <- a quoted (dropped) draft: reported

A careful reader reads it so:

- each **underlined heading** is an area, its name in sentence case ("DIGITAL
  CONNECTIVITY" -> "Digital connectivity"); **no themes, no activities**;
- each **"N)" item** after a heading, numbered in sequence, is a recommendation: its wrapped
  lines joined, its text without the number and the owner tail;
- its **owners** the bodies the tail after the dash names ("- for WG and councils": WG,
  LG); an item with no tail names no one (reported);
- the message's header, greeting, signature and every other line are notes; lines of the
  **earlier message** (after "-----Original Message-----" or quoted with ">") are notes,
  and a numbered item among them is reported (a draft the group dropped, not read).

The same reading holds for the message as Outlook's HTML, pasted into Word (a paragraph per
line) or printed to PDF (a paragraph's lines joined: "TRANSPORT =========", items run on in
one paragraph). The reading is reported (check ``read from underlined headings``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("Subject: FW: Buses", "", "ROADS", "=====", "", "1) That councils share",
...          "   depots - for councils", "2) That WG funds it -", "   for WG", "",
...          "> 3) a dropped draft - for WG")
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> parser = read_underlined_lists(Document(Path("m.txt"), "recommendations", lines,
...                                         "0" * 64), known)
>>> [(a.area_id, a.title) for a in parser.areas.values()], parser.title
([(1, 'Roads')], 'Buses')
>>> [(i.printed, " ".join(i.pieces), i.owners) for i in parser.items["recommendations"]]
[('1', 'That councils share depots', ['LG']), ('2', 'That WG funds it', ['WG'])]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import run_prepared
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["UNDERLINED_RULES", "UnderlinedListParser", "read_underlined_lists"]

#: The patterns of this layout: ``heading`` an ALL-CAPS heading alone on its line;
#: ``underline`` its underline; ``joined`` a heading and its underline printed on one line
#: (a PDF's paragraph); ``marked`` the heading as the text reader writes an underlined
#: one ("# TRANSPORT"); ``item`` an item's number at the start of a line; ``tail`` the owner
#: tail at the end of an item ("- for WG and councils"); ``separator`` the line that opens
#: an earlier message (a rule, or the "On ... wrote:" line over a quote); ``subject`` the
#: message's subject (its title); ``quoted_item`` a numbered item in a line of the earlier
#: message (at its start, or after a "> " mark left in a printed paragraph).
UNDERLINED_RULES: dict[str, str] = {
    "heading": r"[A-Z][A-Z0-9&,'/ ]{1,58}[A-Z]",
    "underline": r"={3,80}|-{3,80}",
    "joined": r"(?P<name>[A-Z][A-Z0-9&,'/ ]{1,58}[A-Z]) (?:={3,80}|-{3,80})",
    "marked": r"#{1,2} (?P<name>[A-Z][A-Z0-9&,'/ ]{1,58}[A-Z])",
    "item": r"(?P<no>\d{1,2})\)\s+(?P<text>\S.*)",
    "tail": r"\s[-\u2013\u2014]\s?for\s(?P<who>[^-\u2013\u2014]{1,80})$",
    "separator": r"-{3,}\s?Original Message\s?-{3,}|_{10,}|On\s[^\n]{4,200}\swrote:\s*$",
    "subject": r"(?i)\bsubject:\s*(?:(?:fwd?|re)\s?:\s*){0,3}(?P<subject>\S.{0,200})",
    "quoted_item": r"(?:^|>)\s?(?P<no>\d{1,2})\)\s",
}

#: The last words of an owner tail that goes on in the next line.
_OPEN_ENDS = frozenset({"and", "or", "the", "with", "a", "of"})


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`UNDERLINED_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in UNDERLINED_RULES.items()}


def area_name(heading: str) -> str:
    """An ALL-CAPS heading as an area's name, in sentence case.

    Examples
    --------
    >>> area_name("DIGITAL CONNECTIVITY")
    'Digital connectivity'
    """
    text = " ".join(heading.split()).lower()
    return text[:1].upper() + text[1:]


def _headings(texts: list[str]) -> tuple[dict[int, str], set[int]]:
    """The headings among the lines' texts: index of the heading -> its name (an underline
    on the next non-empty line, or on the heading's own line), and the underlines' indexes."""
    rules = _rules()
    found: dict[int, str] = {}
    underlines: set[int] = set()
    filled = [i for i, t in enumerate(texts) if t]
    for here, after in zip(filled, [*filled[1:], None], strict=True):
        text = texts[here]
        if (m := rules["joined"].fullmatch(text) or rules["marked"].fullmatch(text)) \
                is not None:
            found[here] = m.group("name")
        elif after is not None and rules["heading"].fullmatch(text) \
                and rules["underline"].fullmatch(texts[after]):
            found[here] = text
            underlines.add(after)
    return found, underlines


class UnderlinedListParser(ThemelessAreas, _Parser):  # (no theme: the headings are the areas)
    """The recommendations parser for "1)" items under underlined headings (see the
    module's notes)."""

    def prepare(self) -> bool:
        """Find the headings and the items after them; False unless an underlined heading
        has at least two items after it."""
        self.texts = [clean_text(line).strip() for line in self.lines]
        self.headings, self.underlines = _headings(self.texts)
        if not self.headings:
            return False
        first = min(self.headings)
        item = _rules()["item"]
        earlier = self._earlier_message()
        return sum(1 for i, t in enumerate(self.texts[first:earlier], start=first)
                   if item.match(t) and i not in self.headings) >= 2

    def _earlier_message(self) -> int:
        """The index of the line that opens the earlier message (the first quoted line or
        separator after the first heading), else the number of lines."""
        first = min(self.headings)
        for index in range(first, len(self.texts)):
            text = self.texts[index]
            if text.startswith(">") or _rules()["separator"].match(text):
                return index
        return len(self.texts)

    def run(self) -> None:
        if not hasattr(self, "headings") and not self.prepare():
            raise self.doc.error("expected '1)' items under headings underlined with '='; "
                                 "found none")
        self.open: _Item | None = None
        self.closed = True
        earlier = self._earlier_message()
        for index, text in enumerate(self.texts):
            ln = index + 1
            if not text:
                continue
            if index >= earlier:
                self._quoted(text, ln)
            elif index in self.headings:
                self._close()
                self.named_area(area_name(self.headings[index]), ln)
            elif index in self.underlines:
                continue  # (the heading's underline)
            else:
                self._line(text, ln)
        self._close()
        self._title()
        self._report()
        self.finish()

    def _line(self, text: str, ln: int) -> None:
        """A line of the message: items (several when a PDF joined them), a continuation
        of the open item, or a note."""
        m = _rules()["item"].match(text)
        if m is not None and self.current is not None and int(m.group("no")) == self.next_no(_REC):
            self._close()
            self._items(m.group("no"), m.group("text"), ln)
        elif self.open is not None and not self.closed:
            self._continue(text, ln)
        else:
            self._close()
            self.notes.append(("paragraph", text, ln))

    def _items(self, number: str, text: str, ln: int) -> None:
        """An item's first line: it and any later items a PDF ran on into the line."""
        while True:
            nxt = str(int(number) + 1)
            split = compile_regex(rf"\s{nxt}\)\s+(?=\S)").search(text)
            head = text if split is None else text[:split.start()]
            self.open = _Item(_REC, int(number), self.current.area_id, ln, pieces=[head])
            self.items[_REC].append(self.open)
            self.last_item[_REC] = self.open
            self.closed = False
            self._tail()
            if split is None:
                return
            self._close()
            number, text = nxt, text[split.end():]

    def _continue(self, text: str, ln: int) -> None:
        """A wrapped line of the open item (until its owner tail is read)."""
        assert self.open is not None
        self.open.pieces.append(text)
        self._tail()

    def _tail(self) -> None:
        """Whether the open item's text now ends with an owner tail naming a known owner:
        its owners read, the tail left out of its text, the item closed."""
        assert self.open is not None
        joined = " ".join(self.open.pieces)
        m = _rules()["tail"].search(joined)
        if m is None:
            return
        from wlga_analysis.interpret.recommendations.owners import owner_names

        who = m.group("who").strip(" .")
        if who.rsplit(None, 1)[-1].casefold() in _OPEN_ENDS or who.endswith((",", "/", "&")):
            return  # ("- for WG and" / "councils": the tail goes on in the next line)
        names = owner_names(who, self.known)
        if not any(n in self.known for n in names):
            return
        self.open.pieces[:] = [joined[:m.start()].strip()]
        for name in names:
            if name not in self.open.owners:
                self.open.owners.append(name)
                if name not in self.known:
                    self.open.unknown.append(name)
        self.closed = True

    def _close(self) -> None:
        """Close the open item (one with no owner tail is reported)."""
        item, self.open, self.closed = self.open, None, True
        if item is not None and not item.owners:
            self.issue(_REC, "no owner tail", item.printed, item.line,
                       f"recommendation {item.printed} ends with no '- for ...' tail; it "
                       "names no owner")

    def _quoted(self, text: str, ln: int) -> None:
        """A line of the earlier message: a note; its numbered items reported, not read."""
        self.notes.append(("paragraph", text, ln))
        for m in _rules()["quoted_item"].finditer(text):  # (its "> " marks read as furniture)
            self.issue(_REC, "quoted item not read", m.group("no"), ln,
                       f"the earlier message quoted below the list names an item "
                       f"{m.group('no')}); it is not read as a recommendation (a draft of "
                       "the earlier message, kept in the notes)")

    def _title(self) -> None:
        """The message's subject (without "FW:" / "RE:") as its title."""
        for index, text in enumerate(self.texts[:min(self.headings)]):
            m = _rules()["subject"].search(text)
            if m is not None:
                self.title = m.group("subject").strip()
                self.notes.append(("title", self.title, index + 1))
                return

    def _report(self) -> None:
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read from underlined headings", recs[0].printed, recs[0].line,
                       f"{len(recs)} recommendations were read from the '1)' items under "
                       f"{len(self.areas)} headings underlined with '=', their owners from "
                       "the '- for ...' tail; check the reading against the document")


def read_underlined_lists(doc: Document, known: frozenset[str]
                          ) -> UnderlinedListParser | None:
    """Read "1)" items under underlined headings, or None when no line is an underline or a
    heading (looked for first) or no underlined heading has two items after it.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_underlined_lists(doc, frozenset()) is None
    True
    """
    text = "\n".join(doc.lines)
    if ")" not in text or ("===" not in text and "---" not in text and "# " not in text):
        return None
    return run_prepared(UnderlinedListParser(doc, known), lenient=True)
