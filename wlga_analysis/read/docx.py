"""Read a Word file (``.docx``) into the document model, with ``python-docx``.

- Text: every run of a paragraph, those inside hyperlinks, tracked insertions, content
  controls and fields too, read from the XML directly; paragraphs inside block-level
  content controls (``w:sdt``) are read in place, and the text boxes anchored in a
  paragraph (its DrawingML copy, not the VML fallback) after it (python-docx's ``Paragraph.runs``
  leaves out a hyperlink's runs, and its ``Run.text`` costs an XPath query a run); tracked
  deletions are not text.
- Footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``): a reference is
  its raised mark in the text ("grant²"), and each note is a paragraph after the body
  starting with its mark ("² £820,000 for 2026-27 ..."), as the html reader reads a page's
  footnotes.
- Headings come from paragraph styles (``Title``, ``Heading 1`` .. ``Heading 6``).
- Bold comes from runs (a run's own bold, else its character style's, else the paragraph
  style's, following ``basedOn``).
- Tables give tables, in reading order; each cell's paragraphs (and nested tables) are the
  cell's blocks; a cell merged across columns or rows fills its first slot, the slots it
  covers are empty cells. An empty cell shaded in a strong RAG colour (``w:shd``: a
  tracker's RAG shown by colour alone) reads as the colour's name ("Green").
- Numbers: a number printed in the text ("6. ...") is read by the marker rules, as in every
  other form; Word's automatic numbering (``List Number``, ``List Bullet``, outline-numbered
  paragraphs, any paragraph with ``w:numPr``) is computed from ``word/numbering.xml`` by
  :class:`~wlga_analysis.read.numbering.WordNumbering`, so the paragraph gets the number a
  reader of the document sees.

Examples
--------
>>> import io, docx
>>> d = docx.Document()
>>> _ = d.add_heading("Purpose", level=2)
>>> for text in ("To update Members.", "To seek views."):
...     _ = d.add_paragraph(text, style="List Number")
>>> buffer = io.BytesIO(); d.save(buffer)
>>> model = read_docx(buffer.getvalue())
>>> [(type(b).__name__, getattr(b, "number", None), b.text.text) for b in model.blocks]
[('Heading', None, 'Purpose'), ('Paragraph', '1', 'To update Members.'),
 ('Paragraph', '2', 'To seek views.')]
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from wlga_analysis.errors import ParseError
from wlga_analysis.read.blocks import block_from_text, nest_by_indent
from wlga_analysis.read.cell_indents import leading_spaces
from wlga_analysis.read.checkboxes import docx_checkbox_run
from wlga_analysis.read.definition_lists import style_role
from wlga_analysis.read.fixed_width import FIXED_PITCH_FONT
from wlga_analysis.read.model import (
    Block,
    Cell,
    DocumentModel,
    Heading,
    Inline,
    ListItem,
    Location,
    Note,
    Paragraph,
    Table,
)
from wlga_analysis.read.numbering import Level, WordNumbering
from wlga_analysis.read.symbols import UNKNOWN_SYMBOL, symbol_text
from wlga_analysis.text.marks import SUPERSCRIPT_FIGURES
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["read_docx", "word_numbering"]

_HEADING_STYLE = compile_regex(r"(?i)heading\s*([1-6])")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _val(el: Any, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of ``el`` (None when absent)."""
    if el is None:
        return None
    child = el.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None) -> int | None:
    try:
        return None if value is None else int(value)
    except ValueError:
        return None


def _level(lvl: Any) -> Level:
    start = _int(_val(lvl, "start"))
    legal = lvl.find(f"{_W}isLgl")
    return Level(fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText") or "",
                 start=1 if start is None else start, restart=_int(_val(lvl, "lvlRestart")),
                 style=_val(lvl, "pStyle"),
                 legal=legal is not None and legal.get(f"{_W}val") not in ("0", "false"))


def word_numbering(document: Any) -> WordNumbering:
    """The numbering definitions of a python-docx ``Document`` (empty when it has none)."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return WordNumbering({}, {})
    abstract: dict[str, dict[int, Level]] = {}
    for node in root.findall(f"{_W}abstractNum"):
        levels = {_int(lvl.get(f"{_W}ilvl")) or 0: _level(lvl) for lvl in node.findall(f"{_W}lvl")}
        abstract[node.get(f"{_W}abstractNumId")] = levels
    instances: dict[str, tuple[str, dict[int, tuple[int | None, Level | None]]]] = {}
    for node in root.findall(f"{_W}num"):
        overrides: dict[int, tuple[int | None, Level | None]] = {}
        for over in node.findall(f"{_W}lvlOverride"):
            lvl = over.find(f"{_W}lvl")
            overrides[_int(over.get(f"{_W}ilvl")) or 0] = (
                _int(_val(over, "startOverride")), None if lvl is None else _level(lvl))
        instances[node.get(f"{_W}numId")] = (_val(node, "abstractNumId") or "", overrides)
    return WordNumbering(abstract, instances)


# ------------------------------------------------------------------------ paragraphs
class _Styles:
    """The document's styles by id, read once (python-docx looks a style up by scanning them
    all, for every paragraph): name, bold (following ``basedOn``) and numbering."""

    def __init__(self, document: Any, numbering: WordNumbering):
        self.by_id: dict[str, Any] = {}
        self.default: str | None = None
        for style in document.styles.element.style_lst:
            self.by_id[style.styleId] = style
            if style.type == 1 and style.default:  # WD_STYLE_TYPE.PARAGRAPH
                self.default = style.styleId
        self.numbering = numbering
        self._body: float | None = None
        defaults = document.styles.element.find(f"{_W}docDefaults")
        r_pr = None if defaults is None else defaults.find(f"{_W}rPrDefault/{_W}rPr")
        self._default_size = _half_points(r_pr)
        self._bold: dict[str | None, bool] = {}
        self._sizes: dict[str | None, float | None] = {}
        self._num: dict[str | None, tuple[str, int] | None] = {}
        self._names: dict[str | None, str] = {}
        self._fixed: dict[str | None, bool] = {}

    @property
    def body_size(self) -> float:
        """The size of body text, in half-points: the default paragraph style's (following
        ``basedOn``), else the document defaults', else 11 pt."""
        if self._body is None:
            self._body = self._style_size(self.default) or self._default_size or 22.0
        return self._body

    def _style_size(self, style_id: str | None) -> float | None:
        if style_id not in self._sizes:
            self._sizes[style_id] = next((size for _, style in self.chain(style_id) if (
                size := _half_points(style.find(f"{_W}rPr")))), None)
        return self._sizes[style_id]

    def size(self, run: Any, style_id: str | None) -> float:
        """A run's size in half-points: its own, else its paragraph style's, else the
        body's."""
        return _half_points(run.find(_RPR)) or self._style_size(style_id) or self.body_size

    def chain(self, style_id: str | None):
        seen = set()
        while style_id is not None and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            yield style_id, self.by_id[style_id]
            style_id = _val(self.by_id[style_id], "basedOn")

    def name(self, style_id: str | None) -> str:
        if style_id not in self._names:
            style = self.by_id.get(style_id)
            self._names[style_id] = (_val(style, "name") or "") if style is not None else ""
        return self._names[style_id]

    def bold(self, style_id: str | None) -> bool:
        if style_id not in self._bold:
            self._bold[style_id] = False
            for _, style in self.chain(style_id):
                r_pr = style.find(f"{_W}rPr")
                b = None if r_pr is None else r_pr.find(f"{_W}b")
                if b is not None:
                    self._bold[style_id] = b.get(f"{_W}val") not in ("0", "false", "off")
                    break
        return self._bold[style_id]

    def fixed_pitch(self, style_id: str | None) -> bool:
        """Whether a paragraph style's font is fixed-pitch ("Plain Text": Courier New)."""
        if style_id not in self._fixed:
            fonts = (style.find(f"{_W}rPr/{_W}rFonts") for _, style in self.chain(style_id))
            font = next((f for f in fonts if f is not None and f.get(f"{_W}ascii")), None)
            self._fixed[style_id] = font is not None and bool(
                FIXED_PITCH_FONT.search(font.get(f"{_W}ascii")))
        return self._fixed[style_id]

    def num_pr(self, style_id: str | None) -> tuple[str, int] | None:
        """(numId, level) given by a paragraph style (its ``w:numPr``, following ``basedOn``,
        or a numbering level that names it)."""
        if style_id not in self._num:
            self._num[style_id] = None
            for sid, style in self.chain(style_id):
                p_pr = style.find(f"{_W}pPr")
                num = None if p_pr is None else p_pr.find(f"{_W}numPr")
                if num is not None and _val(num, "numId") is not None:
                    self._num[style_id] = (_val(num, "numId") or "0",
                                           _int(_val(num, "ilvl")) or 0)
                    break
                by_style = self.numbering.instance_for_style(sid)
                if by_style is not None:
                    self._num[style_id] = by_style
                    break
        return self._num[style_id]


#: (size / body size at least, heading level) of a paragraph set as a heading by hand.
_MANUAL_SIZES: tuple[tuple[float, int], ...] = ((1.8, 1), (1.45, 2), (1.3, 3))


def _half_points(r_pr: Any) -> float | None:
    """The size (``w:sz``, half-points) a run-properties element sets, or None."""
    value = _val(r_pr, "sz") if r_pr is not None else None
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _style_id(element: Any, props: str, tag: str) -> str | None:
    pr = element.find(f"{_W}{props}")
    return _val(pr, tag) if pr is not None else None


#: A run's inner content and the text it stands for (as Word shows it; python-docx's
#: ``Run.text`` reads the same, one XPath query a run). A break is a line break only when it
#: wraps text (a page or column break has no type "textWrapping" and no text).
_RUN_TEXT: dict[str, str | None] = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}ptab": "\t",
                                    f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-", f"{_W}br": ""}
#: Elements of a paragraph whose runs are part of its text: a hyperlink, an insertion
#: (tracked changes), a smart tag, a content control, a simple field. Deleted text
#: (``w:del``) holds ``w:delText``, never ``w:t``, so it is never read.
_RUN_HOLDERS = frozenset(f"{_W}{tag}" for tag in (
    "hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "moveTo"))
_R, _RPR, _FALSE = f"{_W}r", f"{_W}rPr", ("0", "false", "off")
_SYM = f"{_W}sym"


#: A footnote's or endnote's reference in the body (its mark, a raised number).
_NOTE_REFERENCES = frozenset((f"{_W}footnoteReference", f"{_W}endnoteReference"))


def _run_text(run: Any, notes: _Notes | None = None) -> str:
    """The text of a ``w:r`` element (a footnote reference: its mark, "²")."""
    parts = []
    for child in run:
        kind = _RUN_TEXT.get(child.tag, "?")
        if kind == "?" and notes is not None and child.tag in _NOTE_REFERENCES:
            parts.append(notes.mark(child.tag, child.get(f"{_W}id", "")))
        elif kind == "?" and child.tag == _SYM:  # Insert > Symbol: a font and a code
            parts.append(symbol_text(child.get(f"{_W}font", ""), child.get(f"{_W}char", "")))
        elif kind is None:
            parts.append(child.text or "")
        elif kind == "" and child.get(f"{_W}type", "textWrapping") == "textWrapping":
            parts.append("\n")
        elif kind not in ("?", ""):
            parts.append(kind)
    return "".join(parts)


def _runs(element: Any) -> Any:
    """The ``w:r`` elements of a paragraph, in reading order (inside hyperlinks and the
    other :data:`_RUN_HOLDERS` too)."""
    for child in element:
        if child.tag == _R:
            yield child
        elif child.tag == _SDT and (box := docx_checkbox_run(child, _W)) is not None:
            yield box  # a check box content control: the box its state shows
        elif child.tag in _RUN_HOLDERS:
            yield from _runs(child)


def _run_bold(run: Any, styles: _Styles) -> bool | None:
    """A run's own bold (``w:b``), else its character style's when that is bold, else None
    (the paragraph style's applies)."""
    r_pr = run.find(_RPR)
    if r_pr is None:
        return None
    b = r_pr.find(f"{_W}b")
    if b is not None:
        return b.get(f"{_W}val") not in _FALSE
    run_style = _val(r_pr, "rStyle")
    return True if run_style is not None and styles.bold(run_style) else None


def _inline(paragraph: Any, styles: _Styles, style_id: str | None,
            notes: _Notes | None = None) -> Inline:
    para_bold = styles.bold(style_id)
    runs: list[tuple[str, bool]] = []
    for run in _runs(paragraph._p):
        bold = _run_bold(run, styles)
        runs.append((_run_text(run, notes), para_bold if bold is None else bold))
    return Inline.from_runs(runs).folded()


def _num_pr(paragraph: Any, styles: _Styles, style_id: str | None) -> tuple[str, int] | None:
    """(numId, level) of a paragraph: its own ``w:numPr``, else its style's."""
    p_pr = paragraph._p.find(f"{_W}pPr")
    own = None if p_pr is None else p_pr.find(f"{_W}numPr")
    if own is not None:
        return _val(own, "numId") or "0", _int(_val(own, "ilvl")) or 0
    return styles.num_pr(style_id)


_KIND = {"decimal": "number", "decimalZero": "number", "lowerLetter": "letter",
         "upperLetter": "letter", "lowerRoman": "roman", "upperRoman": "roman",
         "bullet": "bullet"}


def _heading(style: str, text: Inline, counted: tuple[str, str] | None,
             loc: Location) -> Heading | None:
    """A heading when the paragraph style is ``Title`` or ``Heading N``; its bold is the
    style's, not emphasis, so it is dropped."""
    heading = _HEADING_STYLE.search(style)
    if not heading and style != "Title":
        return None
    level = int(heading.group(1)) if heading else 1
    text = text if not text.is_bold() else Inline(text.text)
    number = counted[0].rstrip(".") if counted and counted[0] else None
    return Heading(text, level, number, loc)


class _Notes:
    """The footnotes and endnotes of a Word file (``word/footnotes.xml``,
    ``word/endnotes.xml``): each reference in the body is printed as a raised number in
    reading order ("²", as Word shows it), and the notes are read after the body, each
    as a paragraph that starts with its mark, so that nothing in them is lost (a grant's
    amount, a date)."""

    def __init__(self, document: Any):
        self.parts: dict[str, dict[str, Any]] = {}
        for rel in document.part.rels.values():
            kind = rel.reltype.rsplit("/", 1)[-1]
            if kind in ("footnotes", "endnotes") and not rel.is_external:
                from docx.oxml import parse_xml

                root = parse_xml(rel.target_part.blob)
                tag = f"{_W}{kind[:-1]}"
                self.parts[kind[:-1]] = {n.get(f"{_W}id"): n for n in root.iter(tag)
                                         if n.get(f"{_W}type") in (None, "normal")}
        self.order: list[tuple[str, str]] = []  # (footnote|endnote, id) in reading order
        self.marks: dict[tuple[str, str], str] = {}

    def mark(self, tag: str, note_id: str) -> str:
        kind = "footnote" if tag.endswith("footnoteReference") else "endnote"
        key = (kind, note_id)
        if key not in self.marks:
            self.order.append(key)
            self.marks[key] = str(len(self.order)).translate(SUPERSCRIPT_FIGURES)
        return self.marks[key]

    def blocks(self, reader: _Reader) -> list[Block]:
        """The notes as paragraphs after the body: the referenced ones in mark order."""
        from docx.text.paragraph import Paragraph as DocxParagraph

        out: list[Block] = []
        for key in self.order:
            note = self.parts.get(key[0], {}).get(key[1])
            if note is None:
                continue
            texts = [_inline(DocxParagraph(p, None), reader.styles, None).text.strip()
                     for p in note.iter(f"{_W}p")]
            text = " ".join(t for t in texts if t)
            if text:
                reader.position += 1
                out.append(block_from_text(Inline(f"{self.marks[key]} {text}"),
                                           Location(line=reader.position)))
        return out


class _Reader:
    def __init__(self, document: Any):
        self.numbering = word_numbering(document)
        self.styles = _Styles(document, self.numbering)
        self.notes = _Notes(document)
        self.document = document
        self.position = 0
        self.tables = 0
        self.reader_notes: list[Note] = []
        self.plain_until = 0  # paragraphs before this index hold no table laid out with spaces
        self.styled_headings = 0  # paragraphs in a heading style (Title, Heading N)
        self.sized: dict[int, tuple[Block, float]] = {}  # bold lines: their block, size
        self.definition_roles: dict[int | None, str] = {}  # a term's, a definition's line

    def unknown_symbols(self, p: Any, loc: Location) -> None:
        """Note each symbol of a paragraph that no table of :mod:`.symbols` knows (read as
        U+FFFD: a mark the reader could not name, kept in the text)."""
        for sym in p.iter(_SYM):
            font, char = sym.get(f"{_W}font", ""), sym.get(f"{_W}char", "")
            if symbol_text(font, char) == UNKNOWN_SYMBOL:
                self.reader_notes.append(Note(loc, "symbol", f"a symbol of the font {font!r} "
                                              f"(character {char}) is not known; read as "
                                              "U+FFFD"))

    def heading_size(self, paragraph: Any, style_id: str | None, text: str) -> float | None:
        """The size (half-points) of a bold paragraph of a heading's shape: short, no
        closing full stop, colon or semicolon; None for any other."""
        if len(text) > 120 or text.rstrip().endswith((".", ";", ":")):
            return None
        sizes = [self.styles.size(run, style_id) for run in _runs(paragraph._p)]
        return min((x for x in sizes if x), default=0)

    def manual_level(self, size: float) -> int | None:
        """The heading level of a paragraph set as a heading by hand (all bold, of a
        heading's shape) printed at ``size``: at least 1.3 times the body size (a slide's
        title in a deck converted to Word, a title typed in 20 pt bold); None when
        smaller."""
        ratio = size / self.styles.body_size
        return next((level for least, level in _MANUAL_SIZES if ratio >= least), None)

    def bold_line(self, paragraph: Any, style_id: str | None, text: Inline, style: str,
                  cell: Location | None) -> Block | None:
        """A bold paragraph of a heading's shape: a heading when printed large enough
        (:meth:`manual_level`), else the paragraph; recorded with its size outside tables
        (:mod:`wlga_analysis.read.docx_sized_headings`); None for any other."""
        size = self.heading_size(paragraph, style_id, text.text)
        if size is None:
            return None
        loc = cell or Location(line=self.position)
        line = block_from_text(text, loc, _style_level(style))
        level = self.manual_level(size)
        block = line if level is None else Heading(Inline(text.text), level, None, loc)
        if cell is None:
            self.sized[id(block)] = (line, size)
        return block

    def body_runs(self) -> Any:
        """(size, characters, bold) of each run of the body's paragraphs that holds text
        (for :func:`~wlga_analysis.read.docx_sized_headings.usual_size`)."""
        for p in self.document.element.body.iter(_P):
            style_id = _style_id(p, "pPr", "pStyle") or self.styles.default
            para_bold = self.styles.bold(style_id)
            for run in _runs(p):
                chars = len(_run_text(run).strip())
                if chars:
                    bold = _run_bold(run, self.styles)
                    yield (self.styles.size(run, style_id), chars,
                           para_bold if bold is None else bold)

    def style_of(self, paragraph: Any) -> str | None:
        return _style_id(paragraph._p, "pPr", "pStyle") or self.styles.default

    def paragraph(self, paragraph: Any, cell: Location | None) -> Block | None:
        self.position += 1
        loc = cell or Location(line=self.position)
        style_id = self.style_of(paragraph)
        text = _inline(paragraph, self.styles, style_id, self.notes)
        numbered = _num_pr(paragraph, self.styles, style_id)
        counted = None if numbered is None else self.numbering.next(*numbered)
        if not text.text:
            return None
        if counted is None and numbered is not None and numbered[0] != "0":
            self.reader_notes.append(Note(loc, "numbering", (
                f"a paragraph numbered by list {numbered[0]} (level {numbered[1]}), which the "
                "file's numbering part does not define: its number is not known")))
        if UNKNOWN_SYMBOL in text.text:
            self.unknown_symbols(paragraph._p, loc)
        style = self.styles.name(style_id)
        self.note_role(style, cell, loc)
        heading = _heading(style, text, counted, loc)
        if heading is not None:
            self.styled_headings += 1
            return heading
        if counted is None and text.is_bold() and (
                line := self.bold_line(paragraph, style_id, text, style, cell)) is not None:
            return line
        if counted is None:
            return block_from_text(text, loc, _style_level(style))
        marker, fmt = counted
        level = _list_level(paragraph, numbered, style)
        if fmt == "bullet" or not marker:
            return ListItem(text, marker or "•", "bullet", None, level, loc)
        if fmt in ("decimal", "decimalZero") and level == 0 and re.fullmatch(r"\d+\.", marker):
            return block_from_text(Inline(marker + " ") + text, loc)
        return ListItem(text, marker, _KIND.get(fmt, "number"),
                        marker.strip("().").rstrip(")") or None, level, loc)

    def dash_lines(self, paragraph: Any, block: Block) -> list[Block] | None:
        """A cell's paragraph whose lines (parted by ``w:br``) all open with a dash: one
        list item a line (:mod:`wlga_analysis.read.dash_lines`); else None."""
        if isinstance(block, Heading) or paragraph._p.find(f".//{_W}br") is None \
                or _num_pr(paragraph, self.styles, self.style_of(paragraph)) is not None:
            return None
        from wlga_analysis.read.dash_lines import dash_line_blocks

        para_bold = self.styles.bold(self.style_of(paragraph))
        runs = [(_run_text(run), para_bold if (bold := _run_bold(run, self.styles)) is None
                 else bold) for run in _runs(paragraph._p)]
        return dash_line_blocks(Inline.from_runs(runs), block.location)

    def content(self, container: Any, cell: Location | None = None,
                element: Any = None) -> list[Block]:
        """The blocks of a body, a table cell or a text box (``element``, else the
        container's own), in reading order: paragraphs and tables, those inside block-level
        content controls too, each paragraph followed by the text boxes anchored in it."""
        from docx.table import Table as DocxTable
        from docx.text.paragraph import Paragraph as DocxParagraph

        from wlga_analysis.read.docx_package import alt_chunk

        blocks: list[Block] = []
        indents: list[int | None] = []
        root = element if element is not None else (
            container.element.body if hasattr(container, "element") else container._element)
        children = list(_block_items(root))
        at = self.plain_until = 0
        while at < len(children):
            child = children[at]
            at += 1
            if cell is None and child.tag not in (_TBL, _ALT_CHUNK) and at > self.plain_until and (
                    spaced := self.spaced_tables(children, at - 1, container)):
                at += spaced[0] - 1
                blocks.extend(spaced[1])
                indents.extend([None] * len(spaced[1]))
                continue
            if child.tag == _TBL:
                blocks.append(self.table(DocxTable(child, container)))
                indents.append(None)
                continue
            if child.tag == _ALT_CHUNK:  # (a web page or text imported whole)
                chunk, notes = alt_chunk(child, self.document, Location(line=self.position))
                blocks.extend(chunk)
                indents.extend([None] * len(chunk))
                self.reader_notes.extend(notes)
                continue
            item = DocxParagraph(child, container)
            block = self.paragraph(item, cell)
            if cell is not None and block is not None and (lines := self.dash_lines(item, block)):
                blocks.extend(lines)  # ("- one" w:br "- two" in a cell: a list)
                indents.extend([None] * len(lines))
            elif block is not None:
                blocks.append(block)
                literal = isinstance(block, ListItem) and _num_pr(
                    item, self.styles, self.style_of(item)) is None
                indent = item.paragraph_format.left_indent if literal else None
                indents.append(None if indent is None else int(indent))
            for box in _text_boxes(child):
                for inner in self.content(container, cell, box):
                    blocks.append(inner)
                    indents.append(None)
        return self.with_definitions(nest_by_indent(blocks, indents), cell)

    def note_role(self, style: str, cell: Location | None, loc: Location) -> None:
        """Note a body paragraph styled as a term or a definition (:mod:`.definition_lists`)."""
        if cell is None and (role := style_role(style)) is not None:
            self.definition_roles[loc.line] = role

    def with_definitions(self, blocks: list[Block], cell: Location | None) -> list[Block]:
        """The body's blocks with each styled term and its definitions one labelled item."""
        if cell is not None or not self.definition_roles:
            return blocks
        from wlga_analysis.read.definition_lists import join_styled_definitions

        return join_styled_definitions(blocks, [
            self.definition_roles.get(b.location.line)
            if isinstance(b, (Paragraph, ListItem)) else None for b in blocks])

    def spaced_tables(self, children: list[Any], first: int, container: Any
                      ) -> tuple[int, list[Block]] | None:
        """Paragraphs from ``children[first]`` on in a fixed-pitch font, one a line, that
        lay out a table with spaces (a text version opened in Word, see
        :mod:`wlga_analysis.read.fixed_width`): how many they are and their blocks (the
        tables, and the other paragraphs read as usual); None when they hold no table."""
        from docx.text.paragraph import Paragraph as DocxParagraph

        from wlga_analysis.read.fixed_width import split_blocks

        texts: list[str] = []
        for k in range(first, len(children)):  # (not children[first:]: a copy a paragraph)
            child = children[k]
            text = None if child.tag in (_TBL, _ALT_CHUNK) else _fixed_pitch_text(child, self)
            if text is None:
                break
            texts.append(text)
        stretches = split_blocks(texts, self.position + 1, self.tables + 1) \
            if sum(1 for t in texts if t.strip()) > 2 else []
        if not any(table is not None for _, _, table in stretches):
            self.plain_until = first + len(texts)  # (not looked at again)
            return None
        out: list[Block] = []
        for start, end, table in stretches:
            if table is not None:
                self.tables += 1
                self.position += end - start
                out.append(table)
                continue
            for child in children[first + start:first + end]:
                block = self.paragraph(DocxParagraph(child, container), None)
                out.extend([block] if block is not None else [])
        return len(texts), out

    def table(self, table: Any) -> Table:
        from docx.table import _Cell as DocxCell

        from wlga_analysis.read.docx_controls import table_rows
        from wlga_analysis.read.docx_package import row_cells

        self.tables += 1
        number = self.tables
        first_line = self.position + 1
        seen: set[int] = set()
        alive: list[Any] = []  # keeps the cells' elements alive, so their ids stay unique
        rows: list[tuple[Cell, ...]] = []
        indents: list[list[float | None]] = []  # (a tracker's tree: .cell_indents)
        for r, row in enumerate(row_cells(table_rows(table._tbl, _W), _W)):
            cells = []
            indents.append([])
            for c, (tc, _) in enumerate(row, start=1):
                loc = Location(line=self.position + 1).in_cell(number, r, c)
                indents[-1].append(None if id(tc) in seen else _cell_indent(tc))
                if id(tc) in seen:  # the slot of a merged cell
                    cells.append(Cell((), loc))
                    continue
                seen.add(id(tc))
                alive.append(tc)
                cell = DocxCell(tc, table)
                cells.append(Cell(tuple(_dot(cell._tc, loc) or self.content(cell, loc)
                                        or _shading(cell._tc, loc)), loc))
            rows.append(tuple(cells))
        if not rows:
            return Table((), (), Location(line=first_line))
        body = rows[1:]
        if any(any(m) for m in indents[1:]):  # (most tables: no indent at all)
            from wlga_analysis.read.cell_indents import indent_rows

            body = indent_rows(body, indents[1:], tolerance=60)  # (twips: 3 pt)
        return Table(rows[0], tuple(body), Location(line=first_line))


def _cell_indent(tc: Any) -> float | None:
    """The left indent (twips) of a Word table cell's first paragraph, 0 when it sets
    none, None for a cell with no paragraph (a tracker's child task: :mod:`.cell_indents`)."""
    p = tc.find(_P)
    if p is None:
        return None
    ind = p.find(f"{_W}pPr/{_W}ind")
    value = None if ind is None else (ind.get(f"{_W}left") or ind.get(f"{_W}start"))
    text = p.find(f".//{_W}t")  # (a plan pasted with leading spaces: 100 twips a space)
    spaces = leading_spaces(text.text) * 100 if text is not None and text.text else 0
    try:
        return spaces + (0.0 if value is None else float(value))
    except ValueError:
        return float(spaces)


_P, _TBL, _SDT, _ALT_CHUNK = f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}altChunk"
_SDT_CONTENT, _CUSTOM_XML, _TEXT_BOX = f"{_W}sdtContent", f"{_W}customXml", f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _fixed_pitch_text(p: Any, reader: _Reader) -> str | None:
    """A paragraph's text, spaces kept, when all of it is in a fixed-pitch font (its runs'
    font, else its style's); None for any other paragraph."""
    p_pr = p.find(f"{_W}pPr")
    style_id = (None if p_pr is None else _val(p_pr, "pStyle")) or reader.styles.default
    styled = reader.styles.fixed_pitch(style_id)
    parts = []
    for run in _runs(p):
        text = _run_text(run)
        font = run.find(f"{_RPR}/{_W}rFonts")
        name = None if font is None else font.get(f"{_W}ascii")
        if text.strip() and not (FIXED_PITCH_FONT.search(name) if name else styled):
            return None
        parts.append(text)
    return "".join(parts)  # (an empty paragraph: a blank line)


def _block_items(element: Any) -> Any:
    """The paragraphs (``w:p``) and tables (``w:tbl``) of a body, cell or text box, in
    order: those inside a block-level content control (``w:sdt``: a template's title, date
    or section in a "rich text" control) or custom XML too (python-docx's
    ``iter_inner_content`` leaves them out)."""
    for child in element:
        tag = child.tag
        if tag in (_P, _TBL, _ALT_CHUNK):
            yield child
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_items(content)
        elif tag == _CUSTOM_XML:
            yield from _block_items(child)


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes (``w:txbxContent``) anchored in a paragraph, in order: a shape's text
    (a PDF converted to Word puts every column and caption in one). Each once: the VML
    fallback (``mc:Fallback``) that repeats a DrawingML box, and a box inside another box
    (read with it), are left out."""
    boxes = []
    for box in paragraph.iter(_TEXT_BOX):
        parent = box.getparent()
        while parent is not None and parent is not paragraph \
                and parent.tag not in (_FALLBACK, _TEXT_BOX):
            parent = parent.getparent()
        if parent is paragraph:
            boxes.append(box)
    return boxes
def _dot(tc: Any, loc: Location) -> list[Block]:
    """A cell holding only a dot printed in a RAG colour: the colour's name as its text
    (:func:`wlga_analysis.read.colour_dots.docx_dot`); a cell holding only pictures with
    alt text (a status icon): the alt text (:mod:`wlga_analysis.read.picture_alt`); else
    nothing."""
    from wlga_analysis.read.colour_dots import docx_dot
    from wlga_analysis.read.picture_alt import docx_picture_alt

    name = docx_dot(tc, _W) or docx_picture_alt(tc, _W)  # (a status icon: its alt text)
    return [] if name is None else [block_from_text(Inline(name), loc)]


def _shading(tc: Any, loc: Location) -> list[Block]:
    """An empty cell shown by its fill colour alone (``w:tcPr/w:shd w:fill``): the RAG
    colour's name, or "■" for a Gantt's bar, as its text
    (:func:`wlga_analysis.read.colours.fill_text`), else nothing."""
    from wlga_analysis.read.colours import fill_text

    tc_pr = tc.find(f"{_W}tcPr")
    shd = None if tc_pr is None else tc_pr.find(f"{_W}shd")
    name = None if shd is None else fill_text(shd.get(f"{_W}fill"))
    return [] if name is None else [block_from_text(Inline(name), loc)]


_LIST_STYLE_LEVEL = compile_regex(r"List(?: Bullet| Number| Paragraph)? ([2-9])")


def _list_level(paragraph: Any, numbered: tuple[str, int] | None, style: str) -> int:
    """Nesting level of a list paragraph: its own ``w:ilvl``, else the larger of its
    style's numbering level and the level the style's name gives ("List Bullet 2" is a
    one-level list of its own whose items stand at level 1)."""
    if numbered is None:
        return 0
    p_pr = paragraph._p.find(f"{_W}pPr")
    if p_pr is not None and p_pr.find(f"{_W}numPr") is not None:
        return numbered[1]
    return max(numbered[1], _style_level(style))


def _style_level(style: str) -> int:
    """Nesting level of a list style: "List Bullet 2" is level 1."""
    m = _LIST_STYLE_LEVEL.fullmatch(style or "")
    return int(m.group(1)) - 1 if m else 0


def read_docx(data: bytes, path: Path | None = None) -> DocumentModel:
    """Read the bytes of a ``.docx`` file into a :class:`DocumentModel`.

    Raises
    ------
    ParseError
        When the bytes are not a Word document (a zip without ``word/document.xml``, a
        damaged file), or unpack to more than a document may be (a zip bomb).
    """
    import docx

    from wlga_analysis.read.docx_checks import check_document, is_strict, strict_as_transitional
    from wlga_analysis.read.docx_package import checked_parts, text_package
    from wlga_analysis.read.running_headers import docx_header_notes

    parts = checked_parts(data, path)  # (a zip bomb, a part named twice: refused)
    if "word/document.xml" not in {part.filename for part in parts}:
        raise ParseError("not a Word document: a zip archive without word/document.xml; "
                         "expected a .docx file", path=path)
    data = text_package(data, parts, path)  # (pictures and fonts never unpacked)
    strict = is_strict(data, parts)  # (Word's Strict Open XML: other namespaces)
    data = strict_as_transitional(data, path) if strict else data
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds on damaged parts
        raise ParseError(f"damaged Word document ({type(exc).__name__}: {exc}); expected a "
                         ".docx file that Word can open", path=path) from None
    check_document(document, path)  # (a DTD, too many paragraphs, a row too wide)
    reader = _Reader(document)
    if strict:
        reader.reader_notes.append(Note(Location(line=1), "strict", (
            "a Strict Open XML document: its namespaces read as the usual ones")))
    blocks = reader.content(document)
    if reader.sized and not reader.styled_headings:  # (headings by direct formatting)
        from wlga_analysis.read.docx_sized_headings import sized_headings, usual_size

        usual = usual_size(reader.body_runs()) or reader.styles.body_size
        blocks, notes = sized_headings(blocks, reader.sized, usual)
        reader.reader_notes.extend(notes)
    blocks += reader.notes.blocks(reader)  # footnotes and endnotes, after the body
    reader.reader_notes.extend(docx_header_notes(document))  # (.running_headers)
    version = getattr(docx, "__version__", "")
    return DocumentModel(blocks=blocks, path=path, form="docx",
                         reader=f"python-docx {version}".strip(), notes=reader.reader_notes)
