"""A review's two-level recommendations: headline recommendations over "1.1" specific ones.

A review sets out a few **headline** recommendations ("Recommendation 1: Strengthen
regional working"), each over **specific** recommendations numbered within it ("1.1",
"1.2"), each ending with the bodies asked to lead it in brackets and a timescale tag::

    ### Recommendation 1: Strengthen regional working     <- an area, "Strengthen ..."
    1.1 That councils publish a map. (Councils) - Short term   <- recommendation 1.1, LG
    1.2 That the WLGA keeps a register. (WLGA, Welsh Government) - Long term

Pandoc's Markdown of the Word file loses Word's numbers: the headline is a bold item of an
outer "1." list and the specific recommendations the items of the list nested under it
("    1.  That ..."); their numbers are the outer and inner places ("1.1").

A careful reader reads it so:

- each **headline** is an area, named without "Recommendation N:"; no theme; the headline
  is not itself a recommendation;
- each **specific recommendation** is a recommendation, its id as printed ("1.1"), its
  text without the bracket and the tag (a wrapped line joined);
- its **owners** the bodies in the closing bracket (known names as their codes, others as
  printed: reported); the layout is found only when two brackets name known owners;
- the **timescale tag** after the bracket ("- Short term") is kept in a ``timescale``
  column;
- every other line (foreword, key, notes) is a note.

The reading is reported (check ``read as two-level recommendations``).

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils"),
...                               ("WG", "Welsh Government", "")])
>>> lines = ("# A review", "", "## Recommendation 1: Roads", "",
...          "1.1 That councils share depots. (Councils) \\u2013 Short term",
...          "1.2 That the Welsh Government funds it. (Welsh Government) \\u2013 Long term")
>>> parser = read_two_level(Document(Path("r.md"), "recommendations", lines, "0" * 64),
...                         known)
>>> [(a.area_id, a.title) for a in parser.areas.values()], parser.title
([(1, 'Roads')], 'A review')
>>> [(i.printed, " ".join(i.pieces), i.owners, i.extra["timescale"])
...  for i in parser.items["recommendations"]]  # doctest: +NORMALIZE_WHITESPACE
[('1.1', 'That councils share depots.', ['LG'], 'Short term'),
 ('1.2', 'That the Welsh Government funds it.', ['WG'], 'Long term')]
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Item, _Parser
from wlga_analysis.interpret.recommendations.other_blocks import ThemelessAreas
from wlga_analysis.interpret.recommendations.reader_run import run_prepared
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["TWO_LEVEL_RULES", "TwoLevelParser", "read_two_level"]

#: The patterns of this layout (on a line's plain text, markup removed): ``headline`` a
#: headline recommendation ("Recommendation 1: ...", "## Recommendation 2 - ...");
#: ``item`` a specific recommendation ("1.1 That ..."); ``bold_headline`` an outer item of
#: pandoc's nested lists, all bold ("1.  **Strengthen ...**", on the line as printed);
#: ``nested_item`` an item of the list nested under it (indented, on the line as printed);
#: ``tail`` the owners' bracket and the timescale tag closing a recommendation;
#: ``heading`` a Markdown heading (the first one the title).
TWO_LEVEL_RULES: dict[str, str] = {
    "headline": r"(?:#{1,6} )?Recommendation (?P<no>\d{1,2}) ?[:.\u2013\u2014-] ?"
                r"(?P<name>\S.{0,200})",
    "item": r"(?P<no>\d{1,2})\.(?P<sub>\d{1,2})\.? (?P<text>\S.*)",
    "bold_headline": r"(?P<no>\d{1,2})\. {1,4}\*\*(?P<name>[^*]{1,200})\*\*",
    "nested_item": r" {2,8}(?P<sub>\d{1,2})[.)] {1,4}(?P<text>\S.*)",
    "tail": r"\((?P<who>[^()]{1,160})\)"
            r"(?: ?[\u2013\u2014-]{1,2} ?(?P<when>[A-Za-z][A-Za-z -]{0,40}))?",
    "heading": r"#{1,6} (?P<text>\S.*)",
}


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`TWO_LEVEL_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in TWO_LEVEL_RULES.items()}


def _plain(line: str) -> str:
    """A line's plain text: markup removed (single "*" emphasis too), white space folded."""
    text = clean_text(line.replace("\uf0b7", "\u2022")).strip()
    return text.replace("*", "").strip() if "*" in text else text


def _headline(raw: str, plain: str) -> tuple[int, str, bool] | None:
    """A headline's number, name and whether it is pandoc's bold list item, or None."""
    m = _rules()["headline"].fullmatch(plain)
    if m is not None:
        return int(m.group("no")), m.group("name").strip(" .:"), False
    m = _rules()["bold_headline"].fullmatch(raw.rstrip())
    if m is not None:
        return int(m.group("no")), m.group("name").strip(" .:"), True
    return None


class TwoLevelParser(ThemelessAreas, _Parser):  # (no theme: the headlines are the areas)
    """The recommendations parser for headline recommendations over "1.1" specific ones
    (see the module's notes)."""

    def prepare(self) -> bool:
        """Find the headlines and the specific recommendations; False unless two specific
        recommendations under a headline of their number (or nested items under a bold
        headline) close with an owners' bracket naming a known owner."""
        self.heads: dict[int, tuple[int, str, bool]] = {}
        for index, raw in enumerate(self.lines):
            if "ecommendation " in raw or "**" in raw:
                found = _headline(raw, _plain(raw))
                if found is not None:
                    self.heads[index] = found
        if not self.heads:
            return False
        self.plain = [_plain(line) for line in self.lines]
        self.trusted = self._items_under_heads() >= 2
        return self.trusted

    def _items_under_heads(self) -> int:
        """How many lines after the first headline are specific recommendations of the
        headline above them."""
        count, head = 0, None
        for index in range(min(self.heads), len(self.lines)):
            if index in self.heads:
                head = self.heads[index]
                continue
            found = self._specific(index, head)
            if found is not None and self._owners_of(found[1])[0]:
                count += 1
        return count

    def _specific(self, index: int, head: tuple[int, str, bool] | None
                  ) -> tuple[str, str] | None:
        """The line's specific recommendation under ``head``: its id and text, or None."""
        if head is None:
            return None
        if head[2]:
            m = _rules()["nested_item"].fullmatch(self.lines[index].rstrip())
            return None if m is None else (f"{head[0]}.{int(m.group('sub'))}",
                                           _plain(m.group("text")))
        m = _rules()["item"].fullmatch(self.plain[index])
        if m is None or int(m.group("no")) != head[0]:
            return None
        return f"{head[0]}.{int(m.group('sub'))}", m.group("text")

    def _owners_of(self, text: str) -> tuple[list[str], str, str | None]:
        """The owners the closing bracket names, the text without the bracket and tag, and
        the tag; ([], text, None) when no bracket closes it or it names no known owner."""
        from wlga_analysis.interpret.recommendations.owners import owner_names

        m = None
        for found in _rules()["tail"].finditer(text):
            m = found  # (the last bracket)
        if m is None or m.end() != len(text.rstrip(" .")):
            return [], text, None
        names = owner_names(m.group("who"), self.known)
        if not names or not (getattr(self, "trusted", False)
                             or any(n in self.known for n in names)):
            return [], text, None  # (a bracket naming no known owner, before the layout is
        # found: its brackets trusted once two of them name known owners)
        return names, text[:m.start()].rstrip(), m.group("when")

    def run(self) -> None:
        if not hasattr(self, "heads") and not self.prepare():
            raise self.doc.error("expected headline recommendations ('Recommendation 1: "
                                 "...') over specific ones ('1.1 ...'); found none")
        self.open: _Item | None = None
        head = None
        for index, plain in enumerate(self.plain):
            ln = index + 1
            if not plain:
                self._close()
                continue
            if index in self.heads:
                self._close()
                head = self.heads[index]
                self.named_area(head[1], ln)
            elif (found := self._specific(index, head)) is not None:
                self._close()
                self._open(found, ln)
            elif self.open is not None:
                self.open.pieces.append(plain)
                self._tail()
            else:
                self._note(plain, ln)
        self._close()
        self._report()
        self.finish()

    def _note(self, plain: str, ln: int) -> None:
        """A line that is no recommendation: the first heading before the headlines the
        title, other headings and lines notes."""
        m = _rules()["heading"].fullmatch(plain)
        if m is not None and self.title is None and not self.items[_REC]:
            self.title = m.group("text").strip()
            self.notes.append(("title", self.title, ln))
        else:
            self.notes.append(("heading" if m else "paragraph",
                               m.group("text") if m else plain, ln))

    def _open(self, found: tuple[str, str], ln: int) -> None:
        """A specific recommendation's first line, in the open headline's area."""
        self.open = _Item(_REC, len(self.items[_REC]) + 1, self.current.area_id, ln,
                          pieces=[found[1]], label=found[0])
        self.items[_REC].append(self.open)
        self.last_item[_REC] = self.open
        self._tail()

    def _tail(self) -> None:
        """When the open recommendation closes with its owners' bracket: the owners and
        the timescale read, the bracket and tag out of its text, the item closed."""
        assert self.open is not None
        owners, text, when = self._owners_of(" ".join(self.open.pieces))
        if not owners:
            return
        item, self.open = self.open, None
        item.pieces[:] = [text]
        item.owners[:] = owners
        item.unknown[:] = [n for n in owners if n not in self.known]
        if when:
            item.extra["timescale"] = when.strip()
            if "timescale" not in self.extra_columns:
                self.extra_columns.append("timescale")

    def _close(self) -> None:
        """Close the open recommendation (one with no owners' bracket is reported)."""
        item, self.open = self.open, None
        if item is not None:
            self.issue(_REC, "no owner", item.printed, item.line,
                       f"recommendation {item.printed} ends with no bracket naming a known "
                       "owner; it names no owner")

    def _report(self) -> None:
        recs = self.items[_REC]
        if recs:
            self.issue(_REC, "read as two-level recommendations", recs[0].printed,
                       recs[0].line,
                       f"{len(recs)} specific recommendations were read under "
                       f"{len(self.areas)} headline recommendations (the areas; a headline "
                       "is not itself a recommendation), their owners from the closing "
                       "bracket; check the reading against the document")
        named = {a.area_id for a in self.areas.values()} - {i.area_id for i in recs}
        for area_id in sorted(named):
            area = self.areas[area_id]
            self.issue("areas", "headline without recommendations", area_id, area.line,
                       f"headline recommendation {area.title!r} has no specific "
                       "recommendation under it")


def read_two_level(doc: Document, known: frozenset[str]) -> TwoLevelParser | None:
    """Read headline recommendations over "1.1" specific ones, or None when no line names
    a headline (looked for first) or no headline has two specific recommendations.

    Examples
    --------
    >>> from pathlib import Path
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes", "", "Text."), "0" * 64)
    >>> read_two_level(doc, frozenset()) is None
    True
    """
    if not any("ecommendation " in line or "**" in line for line in doc.lines):
        return None
    return run_prepared(TwoLevelParser(doc, known), lenient=True)
