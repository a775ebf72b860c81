"""Read a run of text-form lines (no table rows) into blocks.

The lines are read by one ordered table of named rules, :data:`LINE_RULES` (as in
mistune: one ``parse_<name>`` method per rule, the first rule that accepts a line wins):

============================  ==============================================================
``blank``                     a blank line: nothing (it never ends a paragraph or a bullet)
``page_furniture``            a page or slide number alone ("3", "Page 2 of 3", "Slide 4"): removed
``comment``                   an HTML comment (``<!-- ... -->``, one line or several: a slide
                              deck's directives and speaker notes): not text, noted
``rule_line``                 a line of ``===`` or ``---`` (3 or more) just under a line of
                              text: that line is a (setext) :class:`Heading`, level 1 or 2;
                              elsewhere (and ``***``, ``___``) a horizontal rule: noted
``markdown_heading``          ``# ...`` to ``###### ...``: a :class:`Heading`
``numbered_paragraph``        ``5. text`` (or ``5) text``): a :class:`Paragraph` numbered "5"
                              (indented just under a list item or numbered paragraph: a
                              nested numbered list's item)
``sub_paragraph``             ``5.1 text`` under paragraph 5: a :class:`ListItem` numbered "5.1"
                              (``5.1.2 text``: numbered "5.1.2")
``list_item``                 any marker of :data:`~wlga_analysis.read.markers.MARKER_RULES`
                              (bullets, ``a)``, ``(b)``, ``i)``, ``(ii)``): a :class:`ListItem`,
                              its nesting level from its indentation
``caption``                   ``Table: text``, ``Table 2: text`` (pandoc's caption under a
                              table, a web page's ``<caption>`` placed there): a
                              :class:`Paragraph`, closed
``short_heading``             a short un-numbered line with no closing punctuation followed by
                              a numbered paragraph ("Purpose", "Progress Update"), or a closing
                              section's name followed by a list ("Next Steps"), or a name after
                              a blank line or a full stop with running text directly under it
                              ("Charging" / "Councils already set ..."): a :class:`Heading`
``continuation``              a line that finishes the previous paragraph or item (it starts in
                              lower case, or the previous sentence is unfinished: a page break
                              fell inside it): joined, noted; not a short line alone between
                              blank lines after a list item and before a list (a heading),
                              nor a paragraph after a blank line (or running text directly)
                              under a short numbered paragraph naming a section
                              ("3. Commercial skills"), nor a
                              capitalised line after a list of names with no punctuation
                              ("- public engagement" / "- workforce development"); none in
                              a file of one paragraph a line (Word's plain-text export)
``paragraph``                 anything else: an un-numbered :class:`Paragraph`
============================  ==============================================================

``**bold**`` (and ``<b>``/``<strong>``) become bold spans of :class:`Inline` text. The text
of a block is kept as printed (runs of spaces inside a line are kept: a row of a table
printed as text shows its columns); lines of one block are joined with one space.

To teach the reader a new line shape, add a rule name to :data:`LINE_RULES` and a
``parse_<name>`` method to :class:`LineRunReader`.

Examples
--------
>>> blocks, notes = read_line_run(["## Purpose", "", "1. To update Members.", " - a bullet"], 1)
>>> [(type(b).__name__, b.text.text) for b in blocks]
[('Heading', 'Purpose'), ('Paragraph', 'To update Members.'), ('ListItem', 'a bullet')]
>>> blocks, notes = read_line_run(["- The review is expected in", "3", "February 2024."], 1)
>>> [b.text.text for b in blocks], [n.kind for n in notes]
(['The review is expected in February 2024.'], ['page furniture', 'continuation'])
>>> blocks, notes = read_line_run(["\u200b- a bullet", "\ufeff- another"], 1)
>>> [type(b).__name__ for b in blocks], {n.kind for n in notes}
(['ListItem', 'ListItem'], {'invisible'})
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from wlga_analysis.read import setext
from wlga_analysis.read.markers import _rules_starting, marker_match, parse_marker
from wlga_analysis.read.model import Block, Heading, Inline, ListItem, Location, Note, Paragraph
from wlga_analysis.read.numbered_names import ends_numbered_names
from wlga_analysis.read.page_furniture import is_page_furniture
from wlga_analysis.read.sign_off import signs_off
from wlga_analysis.read.wrapped_lines import (
    OPEN_ENDINGS,
    WRAP_WIDTH,
    continues_item,
    is_running_text,
    starts_a_block,
)
from wlga_analysis.text.labels import STATUS_TRAILER
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["LINE_RULES", "LineRunReader", "has_heading_shape", "is_closing_heading",
           "is_page_furniture", "looks_like_columns", "markdown_inline", "read_line_run"]

#: The line rules, in the order they are tried.
LINE_RULES: tuple[str, ...] = (
    "blank", "page_furniture", "comment", "rule_line", "markdown_heading",
    "numbered_paragraph", "sub_paragraph", "list_item", "caption", "short_heading",
    "continuation", "paragraph")

#: A setext underline (CommonMark): up to three spaces, one run of "=" or "-", no space inside
#: (a pandoc simple table's rule "  ------- -------" is none: its line above is a table row).
_SETEXT = compile_regex(r"[ ]{0,3}(?:=+|-+)[ \t]*")
_HEADING = LazyPattern(r"[ ]{0,3}(#{1,6})(?:[ \t\u00a0]+|$)")
_NUMBERED = compile_regex(r"[ \t]{0,3}(\d{1,3})[.)][ \t]+(?=\S)")
_SUB_NUMBERED = LazyPattern(r"([ \t]*)(\d{1,3})\.(\d{1,2}(?:\.\d{1,2})?)\.?[ \t]+(?=\S)")
_BOLD = compile_regex(r"\*\*([^*]+)\*\*|__([^_]+)__")
#: A table's caption line: "Table: text", "Table 2: text", "Table 2a: text".
_CAPTION = LazyPattern(r"Table(?: \d{1,3}[a-z]?)?: +\S")
_HTML_BOLD = LazyPattern(r"<(?:b|strong)\b", re.IGNORECASE)
#: Two or more spaces (or a tab) between words: a row of a table printed as text.
_COLUMNS = compile_regex(r"\S(?: {2,}|\t)\S")
#: A multi-level paragraph number ("2.3", "4.1.2") before a word that is not lower case: a
#: new paragraph, never the end of the sentence before it.
#: A heading's start: a capital, or a tile's number before one ("2 Learning", "2Learning").
_NAMED_START = LazyPattern(r"(?:\d{1,2}[ ]?)?[A-Z]")
_OUTLINE_START = LazyPattern(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?[ \t]+[^\sa-z\d]")
#: A chapter's number, with no full stop, and its name's first letter ("3 Apprenticeships").
_CHAPTER = LazyPattern(r"(\d{1,2})[ \t]+(?:\*\*)?[A-Z]")
_URL_WORD = compile_regex(r"@|^www\.|://")
#: Punctuation that ends a sentence or a clause: a line after it starts a new block.
_TERMINAL = ".!?;:"
#: What no heading ends with: closing punctuation or a comma.
_NOT_A_HEADING_END = _TERMINAL + ","
#: Markers a line may start a list item with (numbers are paragraphs; "A." is a sentence).
_ITEM_KINDS = frozenset({"bullet", "letter", "roman"})
#: The longest numbered paragraph, in words, read as a section's name when a paragraph of
#: running text follows it after a blank line ("3. Commercial skills").
NAME_WORDS = 6

#: Invisible characters removed from a line before it is read (a zero-width space or a
#: second byte-order mark before "- " would otherwise hide a bullet).
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Any of those characters, or a line or paragraph separator (one scan of a line at C
#: speed; a set's ``isdisjoint`` makes a string of each character of the line).
_INVISIBLE_CHAR = compile_regex("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u2028\u2029]")


def _has_invisible(line: str) -> bool:
    return _INVISIBLE_CHAR.search(line) is not None


def markdown_inline(text: str) -> Inline:
    """Read ``**bold**`` (or ``__bold__``, ``<b>``, ``<strong>``) spans of a line of text.

    Runs of spaces are kept as printed; the text is stripped.

    Examples
    --------
    >>> markdown_inline("- **Programme team:** three members").bold_text()
    ['Programme team:']
    >>> t = markdown_inline("<b>Website:</b> refreshed in Q3")
    >>> t.text, t.bold_text()
    ('Website: refreshed in Q3', ['Website:'])
    """
    if "<" in text and _HTML_BOLD.search(text):
        return Inline.from_html(text)
    if "**" not in text and "__" not in text:
        return Inline(text.strip())
    runs: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        runs.append((text[pos:m.start()], False))
        runs.append((m.group(1) or m.group(2), True))
        pos = m.end()
    runs.append((text[pos:], False))
    inline = Inline.from_runs(runs)
    return inline if not inline.text or not (inline.text[0].isspace()
                                             or inline.text[-1].isspace()) else inline.strip()


def _plain(raw: str) -> str:
    """The text of a raw line with Markdown markup and tags removed, spaces folded."""
    from wlga_analysis.text.clean import clean_text

    return clean_text(raw)


def _unlettered(raw: str) -> str:
    """The plain text of an item without the letter typed before it ("(a) Strengthen ...":
    a Word list whose letters are typed, the bullet added by the reader)."""
    text = _plain(raw)
    return text.split(" ", 1)[1] if text[:1] == "(" and text[2:4] == ") " else text


@dataclass(slots=True)
class _Open:
    """A block being read: its kind, raw text (markup kept) and first line."""

    kind: str  # heading, paragraph (numbered), text (un-numbered), item
    raw: str
    line: int
    number: str | None = None
    marker: str = ""
    marker_kind: str = ""
    level: int = 0
    indent: int = 0
    heading_level: int = 2
    lines: list[int] = field(default_factory=list)
    closed: bool = False  # printed as a heading ("## 5. Digital"): no line continues it

    def block(self) -> Block:
        loc = Location(self.line)
        raw = self.raw
        # (markdown_inline of a line with no markup, written out: most lines have none)
        text = Inline(raw.strip()) if "<" not in raw and "**" not in raw and "__" not in raw \
            else markdown_inline(raw)
        if self.kind == "heading":
            return Heading(text, self.heading_level, None, loc)
        if self.kind == "item":
            return ListItem(text, self.marker, self.marker_kind, self.number, self.level, loc)
        return Paragraph(text, self.number, loc)


class LineRunReader:
    """Reads one run of lines with the rules of :data:`LINE_RULES`.

    Examples
    --------
    >>> reader = LineRunReader(["Background", "2. Members endorsed:", " a) Leadership;",
    ...                         "   (i) coaching;", " b) Finance."], 10)
    >>> blocks, notes = reader.read()
    >>> [type(b).__name__ for b in blocks]
    ['Heading', 'Paragraph', 'ListItem', 'ListItem', 'ListItem']
    >>> [(b.marker, b.kind, b.level) for b in blocks[2:]]
    [('a)', 'letter', 0), ('(i)', 'roman', 1), ('b)', 'letter', 0)]
    """

    def __init__(self, lines: list[str], first: int, exact: bool = False,
                 wrapped: bool = False, whole: bool = False):
        self.lines = lines
        self.first = first
        #: the lines print a document model (a Word file's, a web page's): its blocks are
        #: exact, a blank line ends one (no page break hides inside it)
        self.exact = exact
        #: the lines are hard-wrapped paragraphs (:mod:`.wrapped_lines`), or whole ones,
        #: one a line with no blank line between (no line continues another)
        self.wrapped = wrapped
        self.whole = whole
        self.open: list[_Open] = []
        self.notes: list[Note] = []
        self.paragraph: int | None = None  # the current numbered paragraph
        self.list_indents: list[int] = []  # indentation of each open list level
        self.in_comment = False  # inside an HTML comment of several lines
        self.rule_after = -1  # a horizontal rule came after this many blocks: nothing joins it

    # ------------------------------------------------------------------------- driver
    def read(self) -> tuple[list[Block], list[Note]]:
        """Read every line; return the blocks and the notes."""
        reader = type(self)
        rules_of: dict[str, tuple[Callable[..., bool], ...]] = {}  # by a line's first character
        # (an empty line, half of most documents' lines, is read by the blank rule alone,
        # which only skips it: no rule is looked up for it)
        skip_empty = _rules_for(reader, "")[:1] == (LineRunReader.parse_blank,)
        for offset, line in enumerate(self.lines):
            if not line and skip_empty:
                continue
            if not line.isascii() and _has_invisible(line):
                line = line.translate(_INVISIBLE).replace("\u2028", " ").replace("\u2029", " ")
                self.notes.append(Note(Location(line=self._number(offset)), "invisible",
                                       "invisible characters removed (zero-width spaces, "
                                       "byte-order marks, soft hyphens, line separators)"))
            if self.in_comment:
                self.in_comment = "-->" not in line
                continue
            first = line.lstrip(" \t")[:1]
            rules = rules_of.get(first)
            if rules is None:
                rules = rules_of[first] = _rules_for(reader, first)
            for parse in rules:
                if parse(self, line, offset):
                    break
        return [b.block() for b in self.open], self.notes

    def _number(self, offset: int) -> int:
        return self.first + offset

    def _next_line(self, offset: int) -> str | None:
        """The next line that is neither blank nor page furniture."""
        lines = self.lines
        for k in range(offset + 1, len(lines)):  # no copy of the rest of the run
            if lines[k].strip() and not is_page_furniture(lines[k]):
                return lines[k]
        return None

    def _last_text_block(self) -> _Open | None:
        """The last block of text read: not across a ``## heading`` (a line after one
        starts a new block), but across an inferred one (a PDF's line alone); none across a
        horizontal rule."""
        if self.rule_after == len(self.open):
            return None
        for b in reversed(self.open):
            if b.kind != "heading":
                return b
            if b.marker == "#":
                return None
        return None

    def _end_list(self) -> None:
        self.list_indents = []

    # -------------------------------------------------------------------------- rules
    def parse_blank(self, line: str, offset: int) -> bool:
        """A blank line: skipped (page breaks leave blank lines inside paragraphs)."""
        return not line.strip()

    def parse_page_furniture(self, line: str, offset: int) -> bool:
        """A page number alone on a line: removed, with a note."""
        if not is_page_furniture(line):
            return False
        self.notes.append(Note(Location(line=self._number(offset)), "page furniture",
                               f"page number {line.strip()!r} removed"))
        return True

    def parse_comment(self, line: str, offset: int) -> bool:
        """``<!-- ... -->``: an HTML comment (not shown to a reader), noted; one that does not
        close on its line hides the lines up to its ``-->``."""
        stripped = line.strip()
        if not stripped.startswith("<!--"):
            return False
        end = stripped.find("-->", 4)
        if 0 <= end < len(stripped) - 3:
            return False  # text after the comment: a line of text
        self.in_comment = end < 0
        self.notes.append(Note(Location(line=self._number(offset)), "comment",
                               f"HTML comment not read: {stripped[:60]!r}"))
        return True

    def parse_rule_line(self, line: str, offset: int) -> bool:
        """``====`` or ``----`` under a line of text: that line is a heading (Markdown's
        setext headings, a plain-text title underlined); a line of ``-``, ``*``, ``_`` or
        ``=`` anywhere else is a horizontal rule (a slide break), noted."""
        if line[-1:] not in "-=*_ \t":  # (a list item ends in its text: a cheap test first)
            return False
        stripped = line.strip().replace(" ", "")
        if len(stripped) < 3 or stripped[0] not in "=-*_" or stripped.strip(stripped[0]):
            return False
        prev = self.open[-1] if self.open else None
        if stripped[0] in "=-" and prev is not None and prev.kind in setext.UNDERLINED \
                and _SETEXT.fullmatch(line) is not None \
                and not prev.lines and offset > 0 and self.lines[offset - 1].strip() \
                and prev.line == self._number(offset - 1) and setext.underline(prev, stripped[0]):
            self._end_list()
            return True
        self.notes.append(Note(Location(line=self._number(offset)), "rule",
                               "horizontal rule (a line of " + stripped[0] + ") not read"))
        self.rule_after = len(self.open)
        self._end_list()
        return True

    def parse_markdown_heading(self, line: str, offset: int) -> bool:
        """``## Heading``."""
        if "#" not in line[:4]:  # what every match starts with (a cheap test first)
            return False
        m = _HEADING.match(line)
        if m is None:
            return False
        text = line[m.end():].strip().rstrip("#").strip()
        if (_NUMBERED.match(text) and self.parse_numbered_paragraph(text, offset)) or \
                (text[:1].isdecimal() and self.parse_sub_paragraph(text, offset)):
            # "### 5. Member Support": a numbered paragraph as a heading ("### 5.1
            # Networks" under paragraph 5: an item of its list); as a heading, a line
            # under it never continues it
            self.open[-1].closed = True
            return True
        self.open.append(_Open("heading", text, self._number(offset), marker="#",
                               heading_level=len(m.group(1))))
        self._end_list()
        return True

    def parse_numbered_paragraph(self, line: str, offset: int) -> bool:
        """``5. text`` (or ``5) text``, as CommonMark allows): a numbered paragraph."""
        at = len(line) - len(line.lstrip(" \t"))  # (indented four or more: a nested item only)
        if "." not in line[at:at + 4] and ")" not in line[at:at + 4]:  # (every match's is)
            return False
        m = _NUMBERED.match(line) or (_NUMBERED.match(line, at) if at > 3 else None)
        if m is None:
            return False
        number = m.group(1)
        if at and self._nests_in_item(indent := len(line.expandtabs(4)) - len(
                line.expandtabs(4).lstrip()), offset):  # "   1. text" under "- item": a sub-list
            self._add_item(line, offset, line[m.end():], f"{number}.", number, "number", indent)
            return True
        if at > 3:
            return False
        self.paragraph = int(number)
        self.open.append(_Open("paragraph", line[m.end():], self.first + offset, number=number))
        self.list_indents = []  # (the list ends: _end_list)
        return True

    def _nests_in_item(self, indent: int, offset: int) -> bool:
        """Whether a numbered line indented by ``indent``, just under a list item (no blank
        line between), is an item of a list nested in it: indented more than the list's
        first level (as much in a list under a numbered paragraph's text, "1. Priority" over
        "   1. Action": Google Docs' Markdown), as Markdown nests one."""
        if not indent or offset == 0 or not self.lines[offset - 1].strip() or not self.open:
            return False
        last, base = self.open[-1], self.list_indents[0] if self.list_indents else -1
        if last.kind == "paragraph" and last.number and base < 0:
            return indent >= len(last.number) + 2  # (under its text: "1. " is three wide)
        return last.kind == "item" and (indent > base >= 0 or indent == base > 0)

    def parse_sub_paragraph(self, line: str, offset: int) -> bool:
        """``5.1 text`` under paragraph 5: an item of the paragraph's list."""
        if self.paragraph is None or not line.lstrip(" \t")[:1].isdecimal():  # what \d is
            return False
        m = _SUB_NUMBERED.match(line)
        if m is None or self.paragraph is None or int(m.group(2)) != self.paragraph:
            return False
        number = f"{m.group(2)}.{m.group(3)}"
        rest = re.match(r"[ \t]*\S+[ \t]+", line)
        self._add_item(line, offset, line[rest.end():] if rest else line[m.end():],
                       number, number, "number", len(m.group(1).expandtabs(4)))
        return True

    def parse_list_item(self, line: str, offset: int) -> bool:
        """A bullet or a lettered or roman item; nesting from its indentation."""
        if line[:2] == "- " and line[2:3].strip():
            # the commonest item, "- text" at the margin: read as the "bullet" marker rule
            # reads it, without trying the rules' patterns
            self._add_item(line, offset, line[2:].rstrip(), "-", None, "bullet", 0)
            return True
        found = marker_match(line, _ITEM_KINDS)  # (parse_marker, no Marker built)
        if found is None:
            return False
        kind, m = found
        number = None if kind == "bullet" else m.group("value").rstrip(".")
        expanded = line.expandtabs(4) if "\t" in line else line  # (no tab: nothing to expand)
        indent = len(expanded) - len(expanded.lstrip())
        self._add_item(line, offset, line[m.end():].rstrip(), m.group("marker"), number, kind,
                       indent)
        return True

    def _add_item(self, line: str, offset: int, rest: str, marker: str, number: str | None,
                  kind: str, indent: int) -> None:
        # the list's first item sets its base indentation; an item indented less than the
        # base is still at level 0
        indents = self.list_indents
        if not indents or indent <= indents[0]:
            if len(indents) != 1:  # (a list of one level at its base stays as it is)
                indents[:] = [indents[0] if indents else indent]
        else:
            while len(indents) > 1 and indent < indents[-1]:
                indents.pop()
            if indent > indents[-1]:
                indents.append(indent)
        level = len(indents) - 1
        self.open.append(_Open("item", rest, self.first + offset, number, marker, kind, level,
                               indent))

    def parse_caption(self, line: str, offset: int) -> bool:
        """``Table: text`` (or ``Table 2: text``), a table's caption as pandoc prints it
        under the table: a paragraph as printed, never a heading nor continued."""
        if not line.startswith("Table") or _CAPTION.match(line) is None:
            return False
        self.open.append(_Open("text", line.strip(), self._number(offset), closed=True))
        self._end_list()
        return True

    def parse_short_heading(self, line: str, offset: int) -> bool:
        """A short un-numbered line that opens a section ("Purpose", "Progress Update");
        in a hard-wrapped file, not one directly under a full line (its paragraph's end)."""
        if self.wrapped and offset and len(self.lines[offset - 1].rstrip()) >= WRAP_WIDTH:
            return False
        if len(line) > 200:
            return False  # (a long line is no heading: no need to look ahead)
        above_running_text = self._names_the_text_below(line, offset)
        if not above_running_text and not _is_short_heading(line, self._next_line(offset)):
            return False
        # (a name typed directly above its text is a heading as a "## " one is: the text
        # under it never joins a paragraph above it)
        self.open.append(_Open("heading", line.strip(), self._number(offset),
                               marker="#" if above_running_text else ""))
        self._end_list()
        return True

    def _names_the_text_below(self, line: str, offset: int) -> bool:
        """Whether ``line``, after a blank line or a finished sentence (or first), names the
        section whose running text starts on the line directly under it, as a paper typed
        with no blank line after its headings prints them ("Discounts" / "Councils can see
        ...")."""
        lines = self.lines
        above = lines[offset - 1].rstrip() if offset else ""
        if offset + 1 >= len(lines) or (above.strip() and above[-1:] not in (".", "?", "!")):
            return False  # (after a blank line, or the finished sentence of a paragraph)
        below = lines[offset + 1]
        name = _plain(line)
        wrapped_on = offset + 2 < len(lines) and len(below) >= 60 and lines[offset + 2].strip()
        # (a label ending in its number, "Recommendation 1", labels the text: no section)
        return ((is_running_text(below) or wrapped_on) and _plain(below)[:1].isupper()
                and parse_marker(below) is None and len(name.split()) <= NAME_WORDS
                and has_heading_shape(name) and not name[-1].isdigit()
                and name.rsplit(None, 1)[-1].lower() not in OPEN_ENDINGS)

    def parse_continuation(self, line: str, offset: int) -> bool:
        """A line that finishes the previous block's sentence (or, in a hard-wrapped file,
        any line directly under a paragraph's or item's line): joined to it."""
        if self.wrapped and self._join_wrapped(line, offset):
            return True
        prev = self._last_text_block()
        if continues_item(prev, line, self.lines[offset - 1] if offset else "",
                          self._number(offset)):  # (indented under a list item's text)
            self._join(prev, prev.raw.rstrip() + " " + line.strip(), offset, "")
            return True
        if self.whole:
            return False
        stripped = line.strip()
        if prev is None or self._underlined(offset) or not _continues(prev, stripped) \
                or (self.exact and offset > 0 and not self.lines[offset - 1].strip()) \
                or self._heads_a_list(prev, offset) or self._opens_a_chapter(stripped, offset) \
                or self._after_a_numbered_name(prev, stripped, offset) or signs_off(stripped) \
                or self._ends_a_list_of_names(prev, stripped, offset) or self._tab_numbered(prev):
            return False
        prev_text = prev.raw.rstrip().rstrip("*").rstrip()
        self._join(prev, prev_text + ("" if prev_text.endswith("-") else " ") + stripped,
                   offset, "")
        return True

    def _join(self, prev: _Open, raw: str, offset: int, why: str) -> None:
        """Make ``raw`` the text of ``prev``, the line at ``offset`` joined to it, noted."""
        prev.raw = raw
        prev.lines.append(self._number(offset))
        self.notes.append(Note(Location(line=self._number(offset)), "continuation",
                               f"joined to the block of line {prev.line}{why}"))

    def _join_wrapped(self, line: str, offset: int) -> bool:
        """In a hard-wrapped file: join ``line`` to the block of the line just above it when
        that line is a full line (:data:`~.wrapped_lines.WRAP_WIDTH` characters or more)
        of a paragraph or a list item (Markdown's paragraph continuation; a short line ends
        its paragraph, as a heading printed on its own line above its text does)."""
        above = self.lines[offset - 1] if offset else ""
        if len(above.rstrip()) < WRAP_WIDTH or "\t" in above or above.endswith(("  ", "\\")) \
                or starts_a_block(line) or self._underlined(offset):
            return False  # (a wrap breaks only full lines; two spaces or a backslash at a
            # line's end is Markdown's line break)
        prev = self._last_text_block()
        if prev is None or prev.kind == "heading" or prev.closed or \
                (prev.lines[-1] if prev.lines else prev.line) != self._number(offset) - 1:
            return False
        text = prev.raw.rstrip()
        hyphen = text.endswith("-") and text[-2:-1].isalpha()  # ("well-" / "being")
        self._join(prev, text + ("" if hyphen else " ") + line.strip(), offset,
                   " (a wrapped line)")
        return True

    def _tab_numbered(self, prev: _Open) -> bool:
        """Whether ``prev`` is a paragraph as Word's "Save as plain text" prints its number
        ("3.1<TAB>Topic"): that export prints each paragraph on one line, so no line after
        it continues it."""
        if prev.number is None or prev.lines:
            return False
        k = prev.line - self.first
        own = self.lines[k] if 0 <= k < len(self.lines) else ""
        return "\t" in own and own.lstrip().startswith(prev.number) and \
            own.lstrip()[len(prev.number):].lstrip(".)")[:1] == "\t"

    def _ends_a_list_of_names(self, prev: _Open, line: str, offset: int) -> bool:
        """Whether ``prev`` is the last of a list of names printed without punctuation
        ("- public engagement", "- workforce development"): its item before it is of the
        same shape, so the missing full stop is the list's style, not a sentence a page
        break cut; a capitalised line after it ("RAG key: ...") starts a new block."""
        blank_above = offset > 0 and not self.lines[offset - 1].strip()
        if ends_numbered_names(self.open, prev, line, blank_above):
            return True  # (.numbered_names: a contents list, a strip of figures)
        if prev.kind != "item" or line[:1].islower() or len(self.open) < 2 \
                or not has_heading_shape(_unlettered(prev.raw)):
            return False
        before = self.open[-2]
        return before is not prev and before.kind == "item" and before.level == prev.level \
            and has_heading_shape(_unlettered(before.raw))
    def _opens_a_chapter(self, line: str, offset: int) -> bool:
        """Whether ``line`` is a chapter's number and name ("3 Apprenticeships") over its
        first sub-paragraph ("3.1 ..."): a heading, not the end of the sentence before."""
        m = _CHAPTER.match(line) if line[:1].isdigit() else None
        if m is None:
            return False
        nxt = self._next_line(offset)
        return nxt is not None and nxt.lstrip().startswith(f"{m.group(1)}.1")

    def _underlined(self, offset: int) -> bool:
        """Whether the next line underlines this one (``====`` or ``----``: a heading)."""
        nxt = self.lines[offset + 1].strip() if offset + 1 < len(self.lines) else ""
        return len(nxt) >= 3 and nxt[0] in "=-" and not nxt.strip(nxt[0])

    def _heads_a_list(self, prev: _Open, offset: int) -> bool:
        """Whether the line at ``offset``, after a list item, is the heading over the next
        list rather than the item's end: a short line with a capital and no closing
        punctuation, standing alone between blank lines, followed by a list item (a web
        page's or Word file's heading between two lists, printed as a plain line; a tile's
        heading may open with its number, "2 Learning for life")."""
        lines = self.lines
        line = lines[offset].strip()
        if prev.kind != "item" or not _NAMED_START.match(line) or offset == 0 \
                or offset + 1 >= len(lines) or lines[offset - 1].strip() \
                or lines[offset + 1].strip() \
                or not has_heading_shape(_plain(line).lstrip("0123456789 ")):
            return False
        nxt = self._next_line(offset)
        return nxt is not None and parse_marker(nxt, _ITEM_KINDS) is not None

    def _after_a_numbered_name(self, prev: _Open, line: str, offset: int) -> bool:
        """Whether ``line``, a capitalised line after a blank line, opens a paragraph under
        the short numbered paragraph (or sub-paragraph, "4.1 Recruitment") ``prev`` that
        names a section ("3. Commercial skills" then "A framework has been drafted."): up to
        :data:`NAME_WORDS` words, shaped as a heading, on the line just before the blank."""
        numbered = prev.kind == "paragraph" or (prev.kind == "item"
                                                and "." in (prev.number or ""))
        if not numbered or prev.number is None or not line[:1].isupper() or prev.lines \
                or offset < 1:
            return False
        name = _plain(prev.raw)
        if len(name.split()) > NAME_WORDS or not has_heading_shape(name):
            return False
        if offset >= 2 and not self.lines[offset - 1].strip():
            return self._number(offset - 2) == prev.line
        # directly under the name (a paper typed with no blank lines): a sentence of running
        # text, the name not left unfinished ("3. Members endorsed the" is a sentence's start)
        return self._number(offset - 1) == prev.line and is_running_text(line) \
            and name.rsplit(None, 1)[-1].lower() not in OPEN_ENDINGS

    def parse_paragraph(self, line: str, offset: int) -> bool:
        """Anything else: an un-numbered paragraph."""
        self.open.append(_Open("text", line.strip(), self._number(offset)))
        self._end_list()
        return True


#: For a rule: whether a line whose first character after spaces and tabs is ``first`` can
#: be read by it, read off the rule's own first test (a rule not listed may read any line).
_RULE_STARTS: dict[str, Callable[[str], bool]] = {
    "blank": lambda first: not first or first.isspace(),  # (no other character is blank)
    "page_furniture": lambda first: not first or first.isspace() or first.isdigit()
    or first in "PpSs-–—",  # a page number's first character (is_page_furniture)
    "comment": "<".__eq__,
    "rule_line": lambda first: first in ("=", "-", "*", "_"),
    "markdown_heading": "#".__eq__,  # (only spaces may come before the "#")
    "numbered_paragraph": str.isdecimal,  # what \d matches
    "sub_paragraph": str.isdecimal,
    "list_item": lambda first: any(kind in _ITEM_KINDS for kind, _ in _rules_starting(first)),
    "caption": "T".__eq__,
}


@lru_cache(maxsize=1024)
def _rules_for(reader: type[LineRunReader], first: str) -> tuple[Callable[..., bool], ...]:
    """The ``parse_<name>`` functions (not bound methods: a bound method kept here would
    keep its reader alive) that may read a line starting (after spaces and tabs) with
    ``first``, in the order of :data:`LINE_RULES`: a line is tried only with those. A rule
    a subclass redefines is always tried.

    Examples
    --------
    >>> [f.__name__[6:] for f in _rules_for(LineRunReader, "-")]
    ['page_furniture', 'rule_line', 'list_item', 'short_heading', 'continuation', 'paragraph']
    >>> [f.__name__[6:] for f in _rules_for(LineRunReader, "7")][:3]
    ['page_furniture', 'numbered_paragraph', 'sub_paragraph']
    """
    out = []
    for name in LINE_RULES:
        rule = getattr(reader, f"parse_{name}")
        starts = _RULE_STARTS.get(name)
        if starts is None or rule is not getattr(LineRunReader, f"parse_{name}") \
                or starts(first):
            out.append(rule)
    return tuple(out)


def has_heading_shape(text: str) -> bool:
    """The shape of a heading's (plain) text: it starts with a letter, is short (up to 80
    characters, 10 words), has no £ figure, no columns and no closing punctuation.

    Examples
    --------
    >>> has_heading_shape("Progress Update"), has_heading_shape("Members noted the report.")
    (True, False)
    """
    # (the tests that cost no copy of the text first: most texts tried are sentences)
    return bool(text and text[-1] not in _NOT_A_HEADING_END and text[0].isalpha()
                and len(text) <= 80 and "£" not in text and len(text.split()) <= 10
                and not _COLUMNS.search(text))


def is_closing_heading(text: str) -> bool:
    """The name of a section that closes a document ("Next Steps", "Risks", "Summary").

    Examples
    --------
    >>> is_closing_heading("Next Steps"), is_closing_heading("Programme Set Up")
    (True, False)
    """
    return bool(_closing_heading().fullmatch(text))


def _closing_heading() -> re.Pattern[str]:
    """The closing-heading names of ``data/raw/programme_words.csv``, compiled (cached on
    the file's identity)."""
    from wlga_analysis import config
    from wlga_analysis.reference import file_identity

    return _closing_heading_cached(file_identity(config.PROGRAMME_WORDS_FILE))


@lru_cache(maxsize=8)
def _closing_heading_cached(identity: tuple[str, int, int]) -> re.Pattern[str]:
    from wlga_analysis.reference import load_programme_words

    names = load_programme_words(identity[0])["closing heading"]
    return compile_regex("(?i)" + "|".join(f"(?:{n})" for n in names))


def looks_like_columns(text: str) -> bool:
    """Two or more spaces (or a tab) between words: a row of a table printed as text.

    Examples
    --------
    >>> looks_like_columns("Rural   5   2"), looks_like_columns("Rural areas")
    (True, False)
    """
    text = text.strip()
    return ("  " in text or "\t" in text) and _COLUMNS.search(text) is not None


#: A line of two labelled fields or more: "Status: Complete  Due: August 2025".
_FIELDS = LazyPattern(r"[A-Z][\w ]{0,30}?[ ]?:[ \t]*+\S[^:]*?[\s|][A-Z][\w ]{0,30}?[ ]?:[ \t]*+\S")


def _is_short_heading(line: str, nxt: str | None) -> bool:
    """The line shape of an un-numbered section heading, given the next line."""
    if nxt is None or len(line) > 200 or looks_like_columns(line):
        return False
    text = _plain(line)
    if not has_heading_shape(text) or (text.count(":") > 1 and _FIELDS.match(text)):
        return False  # (nor a line of labelled fields: "Status: Complete  Due: May 2026")
    if _NUMBERED.match(nxt):
        return True
    return parse_marker(nxt, frozenset({"bullet"})) is not None and is_closing_heading(text)


def _continues(prev: _Open, line: str) -> bool:
    """Whether ``line`` continues block ``prev``: it starts in lower case or finishes an
    unfinished sentence, it is not a web or e-mail address, and ``prev`` does not end a
    sentence or clause (a word broken by a hyphen continues)."""
    prev_text = prev.raw.rstrip().rstrip("*").rstrip()
    if prev.closed or not prev_text or (prev_text[-1] in _TERMINAL
                                        and not prev_text.endswith("-")):
        return False
    if _URL_WORD.search(line.split()[0]):
        return False
    if line[:1].islower():
        return True
    # a labelled status at the end ("... designed. Status: Complete") closes the block
    tail = prev_text[-64:]
    if "tatus" in tail and STATUS_TRAILER.search(tail) is not None:
        return False
    return _continues_sentence(prev, line)


def _continues_sentence(prev: _Open, line: str) -> bool:
    """Whether ``line`` (not starting in lower case) finishes ``prev``'s unfinished sentence.

    A page break can fall anywhere in a sentence: "will be held in" / "November 2024, ...",
    "a grant for" / "2024-25 to ...", "The WLGA also receives" / "£530,000 for ...". Only a
    list item continues this way, and so does a numbered paragraph that is long or ends in a
    lower-case word (a short paragraph ending in a capitalised word is a section heading:
    "5. Digital Services").
    """
    last = prev.raw.rstrip()[-1:]
    if not (last.isalnum() or last in ",&") or _OUTLINE_START.match(line):
        return False  # (nor does a paragraph numbered "2.3 Key: ..." after "(d) Scrutiny")
    if line.startswith(("**", "__")) and line.endswith(("**", "__")):
        return False  # a line printed all in bold is a label ("**Completed**"), not a sentence
    if prev.kind == "paragraph":
        words = _plain(prev.raw).split()
        if len(words) <= 10 and _is_label(line):
            return False  # "5. Strategic planning" then "Achievements this quarter:"
        return len(words) > 10 or (bool(words) and not words[-1][:1].isupper())
    return prev.kind == "item" and not _is_label(line)  # ("Schools should:" after "(b) ...")


def _is_label(line: str) -> bool:
    """A short line that ends in a colon: a label over the lines it introduces ("Risks and
    issues:", "Planned next quarter (Jan-Mar 2026):"), not the end of a sentence."""
    text = line.rstrip().rstrip("*_").rstrip()
    return text.endswith(":") and len(text.split()) <= 8


def read_line_run(lines: list[str], first: int, exact: bool = False, wrapped: bool = False,
                  whole: bool = False) -> tuple[list[Block], list[Note]]:
    """Read a run of lines starting at line number ``first`` into blocks and notes.

    Examples
    --------
    >>> blocks, _ = read_line_run(["- **Lead:** the team", "  o was appointed"], 4)
    >>> [(b.text.markdown(), b.level, b.location.line) for b in blocks]
    [('**Lead:** the team', 0, 4), ('was appointed', 1, 5)]
    """
    return LineRunReader(lines, first, exact, wrapped, whole).read()
