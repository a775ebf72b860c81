"""The document model: one structure for every form a document arrives in.

A reader (:mod:`wlga_analysis.read`) turns a text file, a Markdown page, a web page, a Word
file or a PDF into a :class:`DocumentModel`: an ordered list of blocks

- :class:`Heading` (level, text, any printed number),
- :class:`Paragraph` (any printed number: ``5.``, ``4.1``, ``a)``, ``(ii)``),
- :class:`ListItem` (marker as printed, marker kind, number, nesting level),
- :class:`Table` (header cells, rows of cells; a :class:`Cell` holds blocks).

Text is :class:`Inline`: plain text with its bold spans. Every block has a
:class:`Location` (line of the text form; page of a PDF; table, row and column of a cell).
Page furniture (page numbers, running headers, repeated header rows, "(continued)") is
removed by the reader, once, and recorded in :attr:`DocumentModel.notes`, as is every
paragraph or cell the reader joined across a page break.

Interpreters (:mod:`wlga_analysis.interpret`) read the model, never the raw text.

Examples
--------
>>> text = Inline.from_html("That the WLGA leads <b>(WLGA/WG)</b>")
>>> text.text
'That the WLGA leads (WLGA/WG)'
>>> text.bold_text()
['(WLGA/WG)']
>>> text.html()
'That the WLGA leads <b>(WLGA/WG)</b>'
>>> item = ListItem(text=Inline("Update it annually;"), marker="○", kind="bullet", level=1,
...                 location=Location(line=22))
>>> str(item.location), item.kind
('line 22', 'bullet')
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Union

from wlga_analysis.text.lazy import LazyPattern

__all__ = [
    "Block",
    "Cell",
    "DocumentModel",
    "Heading",
    "Inline",
    "ListItem",
    "Location",
    "Note",
    "Paragraph",
    "Table",
    "iter_blocks",
]


#: The default of a ``location`` argument: a new :class:`Location` (as the field's
#: ``default_factory`` gives).
_NEW = object()


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class Location:
    """Where a block or cell stands in its source.

    Attributes
    ----------
    line : int or None
        1-based line in a text form (``.txt``, ``.md``, ``.html``), or the paragraph's
        position in a Word file.
    page : int or None
        1-based page of a PDF.
    table, row, column : int or None
        For a table cell: 1-based table number in the document, row (1 is the first row
        after the header) and column.

    Examples
    --------
    >>> str(Location(line=12))
    'line 12'
    >>> str(Location(page=3, table=1, row=4, column=2))
    'page 3, table 1, row 4, column 2'
    """

    line: int | None = None
    page: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None

    def __init__(self, line: int | None = None, page: int | None = None,
                 table: int | None = None, row: int | None = None,
                 column: int | None = None) -> None:
        # (written out: the frozen dataclass's own __init__ sets each field through
        # object.__setattr__, a call per field, for every block of a long document)
        fields = self.__dict__
        fields["line"] = line
        fields["page"] = page
        fields["table"] = table
        fields["row"] = row
        fields["column"] = column

    def __str__(self) -> str:
        parts = [f"{name} {value}" for name, value in (
            ("page", self.page), ("line", self.line), ("table", self.table),
            ("row", self.row), ("column", self.column)) if value is not None]
        return ", ".join(parts) or "unknown location"

    def in_cell(self, table: int, row: int, column: int) -> Location:
        """Return this location inside cell (table, row, column)."""
        return Location(self.line, self.page, table, row, column)


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class Inline:
    """Plain text with the spans that were printed in bold.

    Attributes
    ----------
    text : str
        The text, white space folded as printed.
    bold : tuple of (start, end)
        Character spans of ``text`` printed in bold, sorted and not overlapping.

    Examples
    --------
    >>> t = Inline.from_runs([("Lead: ", False), ("WG", True), (" and ", False), ("WLGA", True)])
    >>> t.text, t.bold
    ('Lead: WG and WLGA', ((6, 8), (13, 17)))
    >>> t.markdown()
    'Lead: **WG** and **WLGA**'
    >>> (t + Inline(".")).text
    'Lead: WG and WLGA.'
    """

    text: str
    bold: tuple[tuple[int, int], ...] = ()

    def __init__(self, text: str, bold: tuple[tuple[int, int], ...] = ()) -> None:
        fields = self.__dict__  # (see Location.__init__)
        fields["text"] = text
        fields["bold"] = bold

    @classmethod
    def from_runs(cls, runs: list[tuple[str, bool]]) -> Inline:
        """Build from (text, is_bold) runs, merging adjacent bold runs."""
        text, spans = "", []
        for piece, is_bold in runs:
            if not piece:
                continue
            start = len(text)
            text += piece
            if is_bold:
                if spans and spans[-1][1] == start:
                    spans[-1] = (spans[-1][0], len(text))
                else:
                    spans.append((start, len(text)))
        return cls(text, tuple(spans))

    @classmethod
    def from_html(cls, fragment: str) -> Inline:
        """Read an HTML fragment's text and its ``<b>``/``<strong>`` spans (tags dropped,
        entities decoded, white space folded)."""
        parser = _inline_html()()
        parser.feed(fragment)
        parser.close()
        return cls.from_runs(parser.runs).folded()

    def folded(self) -> Inline:
        """White space folded to single spaces and stripped, bold spans kept.

        A run of white space becomes one space, printed in bold only when every character
        of the run was.

        Examples
        --------
        >>> t = Inline.from_runs([(" Lead:   ", False), ("WG", True), ("  ", True)])
        >>> t.folded().text, t.folded().bold
        ('Lead: WG', ((6, 8),))
        >>> Inline("a  b", ((0, 4),)).folded().bold
        ((0, 3),)
        """
        text, bold = self.text, self.bold
        if not bold:
            return Inline(" ".join(text.split()))
        return _fold_bold(text, bold)

    def mask(self) -> list[bool]:
        """One flag per character: printed in bold or not."""
        marks = [False] * len(self.text)
        for a, b in self.bold:
            marks[a:b] = [True] * (b - a)
        return marks

    @classmethod
    def from_mask(cls, text: str, marks: list[bool]) -> Inline:
        """Build from the text and one bold flag per character."""
        spans: list[tuple[int, int]] = []
        for i, bold in enumerate(marks):
            if not bold:
                continue
            if spans and spans[-1][1] == i:
                spans[-1] = (spans[-1][0], i + 1)
            else:
                spans.append((i, i + 1))
        return cls(text, tuple(spans))

    def strip(self) -> Inline:
        """Leading and trailing white space removed, bold spans shifted to match."""
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, right)

    def slice(self, start: int, end: int) -> Inline:
        """The part of the text from ``start`` to ``end``, with its bold spans."""
        if start >= end:  # (then no span has a part in it)
            return Inline(self.text[start:end], ())
        # max(a, start) - start, min(b, end) - start of the spans with a part in it, written
        # out (builtins max and min cost a call each, for every span of a long text)
        spans = tuple((a - start if a > start else 0, (b if b < end else end) - start)
                      for a, b in self.bold if a < b and b > start and a < end)
        return Inline(self.text[start:end], spans)

    def runs(self) -> Iterator[tuple[str, bool]]:
        """The text as (text, is_bold) runs."""
        pos = 0
        for a, b in self.bold:
            if a > pos:
                yield self.text[pos:a], False
            yield self.text[a:b], True
            pos = b
        if pos < len(self.text):
            yield self.text[pos:], False

    def bold_text(self) -> list[str]:
        """The bold parts, in order."""
        return [self.text[a:b] for a, b in self.bold]

    def is_bold(self) -> bool:
        """True when every non-space character is bold."""
        text = self.text
        if not self.bold or not text.strip():
            return False
        pos = 0  # (each stretch between bold spans must be white space)
        for a, b in sorted(self.bold):
            if a > pos and text[pos:a].strip():
                return False
            pos = max(pos, b)
        return not text[pos:].strip()

    def html(self) -> str:
        """The text as an HTML fragment, bold as ``<b>``."""
        text = self.text
        escape = "&" in text or "<" in text or ">" in text  # (else each run is as printed)
        parts: list[str] = []
        for piece, bold in self.runs():
            if escape:
                piece = _html.escape(piece, quote=False)
            parts.append(f"<b>{piece}</b>" if bold else piece)
        return "".join(parts)

    def markdown(self) -> str:
        """The text with bold as ``**...**`` (spaces kept outside the markers)."""
        if not self.bold:
            return self.text
        out = []
        for t, b in self.runs():
            if b and t.strip():
                lead = t[: len(t) - len(t.lstrip())]
                trail = t[len(t.rstrip()):]
                out.append(f"{lead}**{t.strip()}**{trail}")
            else:
                out.append(t)
        return "".join(out)

    def __add__(self, other: Inline) -> Inline:
        n = len(self.text)
        if not (_plain_spans(self.bold, n) and _plain_spans(other.bold, len(other.text))):
            return Inline.from_runs([*self.runs(), *other.runs()])  # (spans made plain)
        if not other.bold:
            return Inline(self.text + other.text, self.bold)
        bold = list(self.bold)
        for a, b in other.bold:
            if bold and bold[-1][1] == a + n:  # (a bold end meets a bold start: one span)
                bold[-1] = (bold[-1][0], b + n)
            else:
                bold.append((a + n, b + n))
        return Inline(self.text + other.text, tuple(bold))

    def __str__(self) -> str:
        return self.text


@lru_cache(maxsize=1)
def _inline_html() -> type:
    """The HTML reader of :meth:`Inline.from_html` (html.parser imported only when a
    fragment of HTML is read)."""
    from html.parser import HTMLParser

    class _InlineHTML(HTMLParser):
        """Collect (text, bold) runs from an HTML fragment; block tags become spaces."""

        _BOLD = frozenset({"b", "strong"})

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.runs: list[tuple[str, bool]] = []
            self.depth = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if tag in self._BOLD:
                self.depth += 1
            else:
                self.runs.append((" ", False))

        def handle_endtag(self, tag: str) -> None:
            if tag in self._BOLD:
                self.depth = max(0, self.depth - 1)
            else:
                self.runs.append((" ", False))

        def handle_data(self, data: str) -> None:
            self.runs.append((data, self.depth > 0))

    return _InlineHTML


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class Heading:
    """A heading: ``level`` 1 (title) to 6, its text and any printed number ("3", "Theme 1")."""

    text: Inline
    level: int = 2
    number: str | None = None
    location: Location = field(default_factory=Location)

    def __init__(self, text: Inline, level: int = 2, number: str | None = None,
                 location: Location = _NEW) -> None:  # type: ignore[assignment]
        fields = self.__dict__  # (see Location.__init__)
        fields["text"] = text
        fields["level"] = level
        fields["number"] = number
        fields["location"] = Location() if location is _NEW else location


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class Paragraph:
    """A paragraph of running text, with its printed number if any (``"5"``, ``"4.1"``),
    and its indent level (``indent``: 0 unless a reader saw the paragraph indented in a
    table cell whose column indents some cells and not others, a tracker's child rows:
    :mod:`wlga_analysis.read.cell_indents`; not compared, not shown)."""

    text: Inline
    number: str | None = None
    location: Location = field(default_factory=Location)
    indent: int = field(default=0, compare=False, repr=False)

    def __init__(self, text: Inline, number: str | None = None,
                 location: Location = _NEW, indent: int = 0) -> None:  # type: ignore[assignment]
        fields = self.__dict__  # (see Location.__init__)
        fields["text"] = text
        fields["number"] = number
        fields["location"] = Location() if location is _NEW else location
        fields["indent"] = indent


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class ListItem:
    """An item of a list.

    Attributes
    ----------
    text : Inline
        The item's text, marker removed.
    marker : str
        The marker as printed: ``"-"``, ``"•"``, ``"1."``, ``"a)"``, ``"(ii)"``.
    kind : {"bullet", "number", "letter", "roman"}
        What kind of marker it is.
    number : str or None
        The marker's value for ordered kinds (``"1"``, ``"a"``, ``"ii"``); None for bullets.
    level : int
        Nesting level, 0 for a top-level item.
    """

    text: Inline
    marker: str = "-"
    kind: str = "bullet"
    number: str | None = None
    level: int = 0
    location: Location = field(default_factory=Location)

    def __init__(self, text: Inline, marker: str = "-", kind: str = "bullet",
                 number: str | None = None, level: int = 0,
                 location: Location = _NEW) -> None:  # type: ignore[assignment]
        fields = self.__dict__  # (see Location.__init__)
        fields["text"] = text
        fields["marker"] = marker
        fields["kind"] = kind
        fields["number"] = number
        fields["level"] = level
        fields["location"] = Location() if location is _NEW else location


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class Cell:
    """A table cell: the blocks it holds, and where it stands."""

    blocks: tuple[Block, ...] = ()
    location: Location = field(default_factory=Location)

    def __init__(self, blocks: tuple[Block, ...] = (),
                 location: Location = _NEW) -> None:  # type: ignore[assignment]
        fields = self.__dict__  # (see Location.__init__)
        fields["blocks"] = blocks
        fields["location"] = Location() if location is _NEW else location

    def copied_to(self, location: Location) -> Cell:
        """The same cell standing at ``location``, its blocks moved there and its text
        (already joined, or joined now) kept: a cell printed again is read once.

        Examples
        --------
        >>> cell = Cell((Paragraph(Inline("Done."), None, Location(line=2)),), Location(line=2))
        >>> moved = cell.copied_to(Location(line=9, table=1, row=3, column=2))
        >>> moved.blocks[0].location.line, moved.text, cell.blocks[0].location.line
        (9, 'Done.', 2)
        """
        copy = Cell(tuple([located(b, location) for b in self.blocks]), location)
        copy.__dict__["_text"] = self.text  # (the text of the same blocks: joined once)
        return copy

    @property
    def text(self) -> str:
        """All the cell's text, blocks joined by spaces (joined once: a cell is frozen)."""
        got = self.__dict__.get("_text")
        if got is None:
            got = self.__dict__["_text"] = " ".join(
                b.text.text for b in iter_blocks(self.blocks) if hasattr(b, "text")
                and b.text.text).strip()
        return got


@dataclass(frozen=True)
class Table:
    """A table: its header cells and its rows of cells (header rows repeated after a page
    break are removed by the reader, and rows a page break split are joined)."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    location: Location = field(default_factory=Location)

    @property
    def header_text(self) -> list[str]:
        """The header cells' plain text (a new list each time)."""
        return list(self.header_key)

    @property
    def header_key(self) -> tuple[str, ...]:
        """The header cells' plain text as a tuple, read once (a table is frozen, and the
        interpreter's passes each ask it of every table): the key of a per-header cache.

        Examples
        --------
        >>> table = Table((Cell((Paragraph(Inline("Action")),)), Cell()), ())
        >>> table.header_key, table.header_text
        (('Action', ''), ['Action', ''])
        """
        got = self.__dict__.get("_header_key")
        if got is None:
            got = self.__dict__["_header_key"] = tuple(c.text for c in self.header)
        return got


Block = Union[Heading, Paragraph, ListItem, Table]  # noqa: UP007 (a runtime alias)


def located(block: Block, location: Location) -> Block:
    """A copy of ``block`` (or of a :class:`Cell`) standing at ``location``: what
    ``dataclasses.replace(block, location=location)`` gives, made without calling the
    class again (a table reader relocates every cell's blocks).

    Examples
    --------
    >>> from dataclasses import replace
    >>> para = Paragraph(Inline("Done."), "3", Location(line=4))
    >>> moved = located(para, Location(line=4, table=1, row=2, column=1))
    >>> moved == replace(para, location=Location(line=4, table=1, row=2, column=1))
    True
    >>> para.location.table, moved.text is para.text
    (None, True)
    """
    copy = object.__new__(type(block))
    fields = copy.__dict__
    fields.update(block.__dict__)
    fields["location"] = location
    return copy


@dataclass(frozen=True, init=False)  # (its __init__ written out below)
class Note:
    """Something a reader did to the text: page furniture removed, a split joined."""

    location: Location
    kind: str
    text: str

    def __init__(self, location: Location, kind: str, text: str) -> None:
        fields = self.__dict__  # (see Location.__init__)
        fields["location"] = location
        fields["kind"] = kind
        fields["text"] = text


@dataclass
class DocumentModel:
    """A document read into blocks.

    Attributes
    ----------
    blocks : list of Block
        In reading order.
    path : Path or None
        Where it was read from.
    form : str
        ``"text"``, ``"markdown"``, ``"html"``, ``"docx"`` or ``"pdf"``.
    reader : str
        The reader and its library version, e.g. ``"python-docx 1.2.0"``.
    notes : list of Note
        Page furniture removed and splits joined, with their locations.
    """

    blocks: list[Block]
    path: Path | None = None
    form: str = "text"
    reader: str = "text"
    notes: list[Note] = field(default_factory=list)

    def tables(self) -> list[Table]:
        """The top-level tables, in order."""
        return [b for b in self.blocks if isinstance(b, Table)]

    def walk(self) -> Iterator[Block]:
        """Every block, descending into table cells."""
        return iter_blocks(self.blocks)


def iter_blocks(blocks: tuple[Block, ...] | list[Block]) -> Iterator[Block]:
    """Yield ``blocks`` and, for tables, the blocks of their header and cells, in order."""
    for block in blocks:
        yield block
        if isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    yield from iter_blocks(cell.blocks)


#: A run of white space (``\s`` is :meth:`str.isspace`, as :meth:`str.split` uses).
_SPACE_RUN = LazyPattern(r"\s+")


def _plain_spans(bold: tuple[tuple[int, int], ...], length: int) -> bool:
    """Whether bold spans are as :meth:`Inline.from_runs` makes them: in order, within the
    text, none empty, none touching the next (two such are one span).

    Examples
    --------
    >>> _plain_spans(((0, 2), (3, 5)), 5), _plain_spans(((0, 2), (2, 5)), 5)
    (True, False)
    """
    end = -1
    for a, b in bold:
        if a <= end or a >= b or a < 0:
            return False
        end = b
    return end <= length


def _fold_bold(text: str, bold: tuple[tuple[int, int], ...]) -> Inline:
    """:meth:`Inline.folded` of a text with bold spans, a word and a run of white space at
    a time (not a character at a time)."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    out = 0  # characters written so far
    k = 0  # the first span that ends after the current position

    def add(a: int, b: int) -> None:
        if spans and spans[-1][1] == a:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))

    def advance(start: int) -> None:
        nonlocal k
        while k < len(bold) and bold[k][1] <= start:
            k += 1

    def copy_bold(start: int, end: int, shift: int) -> None:
        advance(start)
        j = k
        while j < len(bold) and bold[j][0] < end:
            a, b = bold[j]
            a, b = (a if a > start else start), (b if b < end else end)
            if a < b:
                add(a + shift, b + shift)
            j += 1

    def covered(start: int, end: int) -> bool:
        reached = start
        for a, b in bold[k:]:
            if a > reached:
                break
            if b > reached:
                reached = b
            if reached >= end:
                break
        return reached >= end

    pos = 0
    for run in _SPACE_RUN.finditer(text):
        s, e = run.span()
        if s > pos:  # the word before the run
            copy_bold(pos, s, out - pos)
            pieces.append(text[pos:s])
            out += s - pos
        if s > 0 and e < len(text):  # a run inside the text (not at either end)
            advance(s)
            if covered(s, e):
                add(out, out + 1)
            pieces.append(" ")
            out += 1
        pos = e
    if pos < len(text):
        copy_bold(pos, len(text), out - pos)
        pieces.append(text[pos:])
    return Inline("".join(pieces), tuple(spans))
