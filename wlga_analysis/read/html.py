"""Read a web page (or an HTML fragment) into the document model.

The events of the standard library's :class:`html.parser.HTMLParser` (given faster by
:mod:`~wlga_analysis.read.html_tokens` for most pages) build a small element tree
(:mod:`~wlga_analysis.read.html_tree`: implied end tags of ``p``, ``li``, ``td``, ``tr``
are closed as browsers do); the page's main content is then read into blocks:

- the content is ``<main>``, else the only ``<article>``, else ``role="main"``, else
  ``<body>`` without ``nav``, ``header``, ``footer``, ``aside`` (scripts and styles never);
  a box of related links inside ``<main>`` is read as lines, not a list (:mod:`.html_asides`);
- ``h1``-``h6`` give headings; ``p`` and text give paragraphs (a printed ``5.`` is the
  paragraph's number); ``ul``/``ol`` give list items with their nesting level, the number a
  reader sees (``start``, ``value``, ``type``) or the marker printed in the text;
- ``dl`` gives each term (``dt``) and its descriptions (``dd``) of prose as one labelled
  item, the term its bold lead (:mod:`.definition_lists`); a term over a description that
  is no prose (a list, a table, a short value) as a bold paragraph, a label over its
  description's own blocks;
- ``table`` gives a table: the ``thead`` rows, or the first row, are the header; a cell
  spanning columns or rows leaves empty cells where it spans; each cell holds blocks;
  a **layout table** (``role="presentation"`` or ``"none"``, or a table with a table in
  one of its cells) is the page's grid, not data: its cells' blocks are read in order,
  row by row, as if the grid were not there (:func:`_is_layout_table`);
- a footnotes list (items ``id="fn1"``, ``"footnote-1"``) gives paragraphs opening with
  their superscript mark ("¹ ..."), as footnotes are printed;
- an **ARIA grid** (``role="table"`` / ``"grid"`` on a ``div``, rows ``role="row"``, cells
  ``role="cell"`` / ``"columnheader"``) is read as the table it presents;
- what is not shown is not read: ``hidden``, ``aria-hidden="true"``, ``display: none``, a
  slide's speaker notes (``<aside class="notes">``); but an accordion's collapsed panel is
  opened first, as a reader opens it (:mod:`~wlga_analysis.read.html_accordions`);
- ``b``, ``strong`` and ``font-weight: bold`` give bold spans.

Examples
--------
>>> page = '''<html><body><nav>Home</nav><main><h2>Purpose</h2>
... <p>1. To update <b>Members</b>.</p><ol start="4"><li>Fourth</li><li>Fifth</li></ol>
... </main></body></html>'''
>>> model = read_html(page)
>>> [(type(b).__name__, b.text.text) for b in model.blocks]
[('Heading', 'Purpose'), ('Paragraph', 'To update Members.'), ('ListItem', 'Fourth'),
 ('ListItem', 'Fifth')]
>>> model.blocks[1].number, model.blocks[1].text.bold_text(), model.blocks[3].marker
('1', ['Members'], '5.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wlga_analysis.read.blocks import block_from_text, split_marker
from wlga_analysis.read.checkboxes import html_checkbox
from wlga_analysis.read.html_accordions import prepared_tree
from wlga_analysis.read.html_asides import without_link_boxes
from wlga_analysis.read.html_captions import caption_of, placed_captions
from wlga_analysis.read.html_furniture import is_furniture
from wlga_analysis.read.html_item_tables import item_blocks, item_number
from wlga_analysis.read.html_legal import PageStyle, legal_item, page_style
from wlga_analysis.read.html_tree import MAX_DEPTH, Element, build_tree
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
from wlga_analysis.text.marks import SUPERSCRIPT_FIGURES
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["html_blocks", "parse_html", "read_html"]

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg",
                   "button", "form", "select", "iframe", "object"})
_FURNITURE = frozenset({"nav", "header", "footer", "aside"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "menu", "dl"})
#: Elements that start a new block; everything else is inline text.
_BLOCK = frozenset({"p", "div", "section", "article", "main", "blockquote", "figure",
                    "figcaption", "pre", "address", "details", "summary", "center", "dd",
                    "dt", "li", "table", "form", "fieldset", "hr", *_HEADINGS, *_LISTS,
                    *_FURNITURE, "body", "html"})
_BOLD_STYLE = compile_regex(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_TYPE_KIND = {"a": "letter", "A": "letter", "i": "roman", "I": "roman"}
_NO_MARKER_STYLE = compile_regex(r"list-style(?:-type)?\s*:\s*none", re.IGNORECASE)


def parse_html(markup: str) -> Element:
    """Parse ``markup`` into an element tree (the root's tag is ``#root``).

    Examples
    --------
    >>> root = parse_html("<ul><li>one<li>two</ul>")
    >>> [c.tag for c in root.children[0].children]
    ['li', 'li']
    """
    return build_tree(markup).root


# ------------------------------------------------------------------------ inline text
def _is_bold(el: Element) -> bool:
    return el.tag in ("b", "strong") or bool(_BOLD_STYLE.search(el.attrs.get("style", "")))


def _superscript_figures(node: Element) -> str | None:
    """The figures of a ``<sup>`` that holds figures only (a footnote mark), as
    superscript figures; None for any other (``<sup>th</sup>``).

    Examples
    --------
    >>> [_superscript_figures(Element("sup", {}, 1, [t])) for t in ("12", "th")]
    ['\u00b9\u00b2', None]
    >>> _superscript_figures(Element("sup", {}, 1, [Element("a", {"href": "#fn3"}, 1, ["3"])]))
    '\u00b3'
    """
    only = node.children[0] if len(node.children) == 1 else None
    if isinstance(only, Element) and only.tag == "a" and len(only.children) == 1:
        only = only.children[0]  # a footnote link: <sup><a href="#fn1">1</a></sup>
    text = only.strip() if isinstance(only, str) else ""
    if not text.isdigit() or len(text) > 3 or not text.isascii():
        return None
    return text.translate(SUPERSCRIPT_FIGURES)


_DISPLAY_NONE = compile_regex(r"display\s*:\s*none", re.IGNORECASE)
#: ARIA roles that make an element (a ``div`` grid) a table, a row, a cell.
_ARIA_TABLE = frozenset({"table", "grid", "treegrid"})
_ARIA_CELLS = frozenset({"cell", "gridcell", "columnheader", "rowheader"})


def _hidden(el: Element) -> bool:
    """Whether an element is not shown to a reader: the ``hidden`` attribute,
    ``aria-hidden="true"``, an inline ``display: none``, or a slide's speaker notes
    (reveal.js ``<aside class="notes">``).

    Examples
    --------
    >>> [_hidden(Element("p", a, 1)) for a in ({"hidden": ""}, {"style": "display:none"}, {})]
    [True, True, False]
    >>> _hidden(Element("aside", {"class": "notes"}, 1))
    True
    """
    attrs = el.attrs
    if not attrs:
        return False
    return "hidden" in attrs or attrs.get("aria-hidden", "").strip().casefold() == "true" \
        or bool(_DISPLAY_NONE.search(attrs.get("style", ""))) \
        or (el.tag == "aside" and "notes" in attrs.get("class", "").split())


def _aria_table(el: Element) -> Element:
    """An ARIA grid (``role="table"`` on a ``div``, its rows ``role="row"`` inside
    ``role="rowgroup"`` or not, its cells ``role="cell"`` / ``"columnheader"`` ...) as the
    ``<table>`` it presents: a row of column headers is its head.

    Examples
    --------
    >>> grid = parse_html('<div role="table"><div role="row"><span role="columnheader">A'
    ...                   '</span></div><div role="row"><div role="cell">1</div></div></div>')
    >>> table = _aria_table(grid.children[0])
    >>> [(c.tag, [g.tag for g in c.children]) for c in table.children]
    [('thead', ['tr']), ('tbody', ['tr'])]
    """
    rows: list[Element] = []

    def walk(node: Element) -> None:
        for child in node.children:
            if not isinstance(child, Element) or _hidden(child):
                continue
            role = child.attrs.get("role", "").strip().casefold()
            if role == "row":
                cells = [Element("th" if c.attrs.get("role", "").strip().casefold()
                                 == "columnheader" else "td", c.attrs, c.line, c.children)
                         for c in child.children if isinstance(c, Element)
                         and c.attrs.get("role", "").strip().casefold() in _ARIA_CELLS]
                rows.append(Element("tr", {}, child.line, list(cells)))
            elif role not in _ARIA_TABLE:
                walk(child)
    walk(el)
    head = [r for r in rows[:3] if r.children and all(c.tag == "th" for c in r.children)]
    body = rows[len(head):]
    parts = ([Element("thead", {}, el.line, list(head))] if head else []) + \
        [Element("tbody", {}, el.line, list(body))]
    return Element("table", {}, el.line, parts)


def _runs(node: Element | str, bold: bool, out: list[tuple[str, bool]]) -> None:
    if isinstance(node, str):
        out.append((node, bold))
        return
    if node.tag in _SKIP or _hidden(node):
        return
    if node.tag == "sup" and (figures := _superscript_figures(node)) is not None:
        out.append((figures, bold))  # a footnote mark ("<sup>1</sup>"): "¹"
        return
    if node.tag == "input" and (box := html_checkbox(node.attrs)) is not None:
        out.append((box, False))  # a check box: the box it shows
        return
    if node.tag == "br":
        out.append((" ", False))
        return
    inner = bold or _is_bold(node)
    if node.tag in _BLOCK:
        out.append((" ", False))
    _runs_of(node.children, inner, out)
    if node.tag in _BLOCK:
        out.append((" ", False))


def _runs_of(nodes: list[Element | str], bold: bool, out: list[tuple[str, bool]]) -> None:
    """The runs of ``nodes`` in turn, a paragraph number in an element of its own spaced
    from the text it touches, at any depth ("<span><span>3.1</span>Text</span>")."""
    for k, node in enumerate(nodes):
        _runs(node, bold, out)
        if _spaced_number(node, nodes[k + 1] if k + 1 < len(nodes) else None):
            out.append((" ", False))


def _preformatted(node: Element) -> str:
    """The text of a ``<pre>`` as printed: its spaces and line breaks kept."""
    if node.tag in _SKIP or _hidden(node):
        return ""
    if node.tag == "br":
        return "\n"
    return "".join(c if isinstance(c, str) else _preformatted(c) for c in node.children)


#: A paragraph number printed in an element of its own ("<span class="num">3.1</span>"):
#: the page spaces it from the text by CSS (a width, a margin), not by a character.
_NUMBER_ONLY = compile_regex(r"\s*\d{1,3}(?:\.\d{1,3})+\.?\s*|\s*\d{1,3}\.\s*")


def _spaced_number(node: Element | str, after: Element | str | None) -> bool:
    """Whether ``node`` is an inline element holding only a paragraph number that the
    text after it touches ("3.1" then "Text": read "3.1 Text").

    Examples
    --------
    >>> span = Element("span", {"class": "num"}, 1, ["3.1"])
    >>> _spaced_number(span, "Anfonwyd ..."), _spaced_number(span, " Text")
    (True, False)
    >>> _spaced_number(Element("span", {}, 1, ["800"]), "m")
    False
    """
    return (isinstance(node, Element) and node.tag not in _BLOCK
            and isinstance(after, str) and after[:1].isalpha() and len(node.children) == 1
            and isinstance(node.children[0], str)
            and _NUMBER_ONLY.fullmatch(node.children[0]) is not None)


def _inline(nodes: list[Element | str], bold: bool = False) -> Inline:
    out: list[tuple[str, bool]] = []
    _runs_of(nodes, bold, out)
    return Inline.from_runs(out).folded()


def _has_blocks(el: Element) -> bool:
    return any(isinstance(c, Element) and (c.tag in _BLOCK or c.tag in ("table", "tr"))
               for c in el.children)


# ------------------------------------------------------------------------------ blocks
@dataclass
class _Reader:
    tables: int = 0
    style: PageStyle = field(default_factory=PageStyle)  # what the page's style sheet says
    prefix: str | None = None  # the number of the legal list item being read ("3.1")

    def blocks(self, el: Element, level: int = 0, bold: bool = False) -> list[Block]:
        """Blocks of the children of ``el``: runs of inline content become paragraphs."""
        out: list[Block] = []
        pending: list[Element | str] = []
        for child in el.children:
            if isinstance(child, Element) and (child.tag in _SKIP or _hidden(child)):
                continue
            if isinstance(child, Element) and (child.tag in _BLOCK or child.tag in _HEADINGS
                                               or child.attrs.get("role") in _ARIA_TABLE):
                self._flush(pending, el.line, out, bold)
                pending = []
                out.extend(self.element(child, level, bold))
            else:
                pending.append(child)
        self._flush(pending, el.line, out, bold)
        return out

    @staticmethod
    def _flush(pending: list[Element | str], line: int, out: list[Block], bold: bool) -> None:
        if not pending:
            return
        text = _inline(pending, bold)
        if text.text:
            first = next((p.line for p in pending if isinstance(p, Element)), line)
            out.append(block_from_text(text, Location(line=first)))

    def element(self, el: Element, level: int, bold: bool) -> list[Block]:
        """The blocks one block-level element stands for."""
        inner_bold = bold or _is_bold(el)
        if el.tag in _HEADINGS:
            text = _inline(el.children, inner_bold)
            return [Heading(text, _HEADINGS[el.tag], None, Location(line=el.line))] \
                if text.text else []
        if el.tag != "table" and el.attrs.get("role", "").strip().casefold() in _ARIA_TABLE:
            el = _aria_table(el)  # a div grid: read as the table it presents
        if el.tag == "dl":
            return self.definition_list(el, level)
        if el.tag in _LISTS:
            return self.list_items(el, level)
        if el.tag == "table":
            if (item := item_number(self._rows(el))) is not None:  # (an agenda item's table)
                return item_blocks(self, el, item, level, inner_bold)
            if _is_layout_table(el, self._rows(el)):  # (a <caption> first: read.html_captions)
                return [*caption_of(self, el), *(b for tr, _ in self._rows(el) for td in tr.children
                        if isinstance(td, Element) and td.tag in ("td", "th")
                        for b in self.blocks(td, level, inner_bold))]
            return [*caption_of(self, el), *([self.table(el)] if self._rows(el) else [])]
        if el.tag == "hr":
            return []
        if el.tag == "pre" and (spaced := self.spaced_tables(el)) is not None:
            return spaced
        return self.blocks(el, level, inner_bold)

    def spaced_tables(self, pre: Element) -> list[Block] | None:
        """A ``<pre>`` holding a table laid out with spaces (a text version's table, see
        :mod:`wlga_analysis.read.fixed_width`): its tables, and its other lines as
        paragraphs (a blank line between two); None when it holds no such table."""
        from wlga_analysis.read.fixed_width import split_blocks

        lines = _preformatted(pre).split("\n")
        stretches = split_blocks(lines, pre.line, self.tables + 1)
        if not any(table is not None for _, _, table in stretches):
            return None
        out: list[Block] = []
        for first, end, table in stretches:
            if table is not None:
                self.tables += 1
                out.append(table)
                continue
            paragraph: list[str] = []
            for i in range(first, end + 1):
                if i < end and lines[i].strip():
                    paragraph.append(lines[i])
                elif paragraph:
                    out.append(block_from_text(Inline(" ".join(paragraph)).folded(),
                                               Location(line=pre.line + i - len(paragraph))))
                    paragraph = []
        return out

    def list_items(self, el: Element, level: int) -> list[Block]:
        ordered = el.tag == "ol"
        literal = _NO_MARKER_STYLE.search(el.attrs.get("style", "")) is not None \
            or (ordered and _typed_numbers(el))  # (a class's "list-style: none", too)
        counter = _int(el.attrs.get("start"), 1)
        style = el.attrs.get("type") or self.style.list_type(el.attrs) or "1"
        # numbered from the nesting (unless the list prints its numbers in its text)
        legal = ordered and not literal and style == "1" and self.style.legal
        out: list[Block] = []
        for child in el.children:
            if not isinstance(child, Element):
                if child.strip():
                    out.append(block_from_text(Inline(child).folded(), Location(line=el.line)))
                continue
            if child.tag not in ("li", "dt", "dd"):
                out.extend(self.element(child, level, False) if child.tag in _BLOCK
                           else [block_from_text(_inline([child]), Location(line=child.line))])
                continue
            counter = _int(child.attrs.get("value"), counter)
            if _FOOTNOTE_ID.match(child.attrs.get("id", "")):
                out.append(_footnote(child, counter))
                counter += 1
                continue
            if legal:
                out.extend(self.legal_list_item(child, level, f"{self.prefix}.{counter}"
                                                if self.prefix else str(counter)))
                counter += 1
                continue
            marker = (_format_number(counter, style) + ".") if ordered else "•"
            out.extend(self.list_item(child, level, None if literal else marker,
                                      _TYPE_KIND.get(style, "number")))
            counter += 1
        return out

    def definition_list(self, el: Element, level: int) -> list[Block]:
        """A ``<dl>`` as it is set on the page: each term (``<dt>``) a label on a line of its
        own, read as a bold paragraph (as a bold line over what it names is read); each
        description (``<dd>``) its own blocks (paragraphs, lists at the ``<dl>``'s level).
        Anything else in the list is read as the element it is."""
        from wlga_analysis.read.definition_lists import definition_item

        out: list[Block] = []
        term: tuple[Inline, Location, int] | None = None  # (the last term, where, at)
        defs: list[Block] = []  # (its definitions' blocks)
        for child in el.children:
            if not isinstance(child, Element):
                if child.strip():
                    out.append(block_from_text(Inline(child).folded(), Location(line=el.line)))
            elif child.tag == "dt":
                text = _inline(child.children, True)
                defs: list[Block] = []
                if text.text:
                    term = (text, Location(line=child.line), len(out))
                    out.append(Paragraph(text, None, Location(line=child.line)))
            elif child.tag == "dd":
                defs.extend(own := self.blocks(child, level, False))
                out.extend(own)
                if term is not None and (item := definition_item(term[0], defs, term[1])):
                    out[term[2]:] = [item]  # (a term and its definitions: one labelled item)
            elif child.tag in _BLOCK:
                out.extend(self.element(child, level, False))
            else:
                out.append(block_from_text(_inline([child]), Location(line=child.line)))
        return out

    def legal_list_item(self, li: Element, level: int, number: str) -> list[Block]:
        """An item of a list a style sheet numbers from its nesting (:mod:`.html_legal`)."""
        outer, self.prefix = self.prefix, number
        try:
            return legal_item(self.blocks(li, level + 1, False), number)
        finally:
            self.prefix = outer

    def list_item(self, li: Element, level: int, marker: str | None, kind: str) -> list[Block]:
        own: list[Element | str] = []
        nested: list[Element] = []
        for child in li.children:
            if isinstance(child, Element) and (child.tag in _LISTS or child.tag == "table"):
                nested.append(child)
            else:
                own.append(child)
        text = _inline(own)
        out: list[Block] = []
        loc = Location(line=li.line)
        if text.text:
            out.append(_list_block(text, loc, level, marker, kind))
        for child in nested:
            out.extend(self.element(child, level + 1, False))
        return out

    # -------------------------------------------------------------------------- tables
    @staticmethod
    def _rows(table: Element) -> list[tuple[Element, bool]]:
        """(tr, in thead) for the rows of ``table`` (not of nested tables)."""
        rows: list[tuple[Element, bool]] = []

        def walk(el: Element, head: bool) -> None:
            for child in el.children:
                if not isinstance(child, Element):
                    continue
                if child.tag == "tr":
                    rows.append((child, head))
                elif child.tag in ("thead", "tbody", "tfoot"):
                    walk(child, child.tag == "thead")
        walk(table, False)
        return rows

    def table(self, el: Element) -> Table:
        self.tables += 1
        number = self.tables
        rows = self._rows(el)
        grid = _grid(rows)
        head = sum(1 for _, in_head in rows if in_head) or 1
        cells: list[tuple[Cell, ...]] = []
        for r, row in enumerate(grid):
            out = []
            for c, td in enumerate(row, start=1):
                loc = Location(line=td.line if td is not None else el.line).in_cell(
                    number, r - head + 1, c)
                blocks = tuple(self._cell_blocks(td, loc, r >= head)) if td is not None else ()
                out.append(Cell(blocks, loc))
            cells.append(tuple(out))
        body = _indented(cells[head:], grid[head:])
        header = cells[0] if head == 1 else tuple(
            Cell(tuple(b for r, row in enumerate(cells[:head])
                       for b in (row[i].blocks or _spanned(grid[r], cells[r], i))),
                 cells[0][i].location)
            for i in range(len(cells[0])))
        return Table(header, tuple(body), Location(line=el.line))

    def _cell_blocks(self, td: Element, loc: Location, body: bool = False) -> list[Block]:
        from dataclasses import replace

        blocks = self.blocks(td, 0, body and td.tag == "th")  # (a row's <th> prints in bold)
        if len(blocks) < 2 and len(str(getattr((blocks or [""])[0], "text", "")).strip()) < 2:
            from wlga_analysis.read.colour_dots import html_dot_label  # (a dot drawn by CSS)
            from wlga_analysis.read.colours import css_fill, fill_text  # (a RAG, a Gantt bar)

            name = html_dot_label(td) or (not blocks and fill_text(  # (a dot, an empty cell)
                css_fill(td.attrs.get("style")) or td.attrs.get("bgcolor") or next(
                    (self.style.class_fills[c] for c in td.attrs.get("class", "").split()
                     if c in self.style.class_fills), None)))  # (a style sheet: "td.bar {...}")
            blocks = [block_from_text(Inline(name), loc)] if name else blocks  # (a RAG cell)
        return [replace(b, location=loc) if not isinstance(b, Table) else b for b in blocks]


def _indented(body: list[tuple[Cell, ...]], grid: list[list[Element | None]]
              ) -> list[tuple[Cell, ...]]:
    """The body rows with the indent of a column that pads some cells and not others (a
    tracker's tree: :mod:`.cell_indents`)."""
    from wlga_analysis.read.cell_indents import cell_style, css_indent, indent_rows

    if not any("-left" in cell_style(td) or "indent" in cell_style(td)
               for row in grid for td in row if td is not None):  # (most tables)
        return body
    return indent_rows(body, [[(css_indent(cell_style(td)) or 0.0)
                               if td is not None else None for td in row] for row in grid], 4)


def _is_layout_table(table: Element, rows: list[tuple[Element, bool]]) -> bool:
    """Whether a table is a layout grid: marked ``role="presentation"`` (or ``"none"``),
    or holding a table in one of its cells (a table nested in a table is the data, the
    outer one the page's layout).

    Examples
    --------
    >>> page = read_html('<table role="presentation"><tr><td><p>Text</p></td></tr></table>')
    >>> [type(b).__name__ for b in page.blocks]
    ['Paragraph']
    >>> inner = '<table><tr><th>A</th></tr><tr><td>1</td></tr></table>'
    >>> page = read_html(f'<table><tr><td>{inner}</td><td>Note</td></tr></table>')
    >>> [type(b).__name__ for b in page.blocks]
    ['Table', 'Paragraph']
    """
    if table.attrs.get("role", "").strip().casefold() in ("presentation", "none"):
        return True

    def holds_table(el: Element) -> bool:
        return any(isinstance(c, Element) and (c.tag == "table" or holds_table(c))
                   for c in el.children)
    return any(isinstance(td, Element) and td.tag in ("td", "th") and holds_table(td)
               for tr, _ in rows for td in tr.children)


#: The id of a footnote's list item (pandoc "fn1", Word's "ftn1", WordPress "footnote-1").
_FOOTNOTE_ID = compile_regex(r"(?i)(?:fn|ftn|footnote|endnote)[-_:]?\d")


def _footnote(li: Element, number: int) -> Paragraph:
    """A footnote of a page's footnotes list (``<li id="fn1">``) as it is printed: a
    paragraph opening with its superscript mark ("¹ From April 2027."), not a list item, its
    link back to the text ("↩") left out.

    Examples
    --------
    >>> page = read_html('<ol><li id="fn1">From April 2027. <a href="#r1">\u21a9</a></li></ol>')
    >>> [(type(b).__name__, b.text.text) for b in page.blocks]
    [('Paragraph', '\u00b9 From April 2027.')]
    """
    text = _inline(li.children).text.rstrip(" \u21a9\ufe0e\u2191^")
    return Paragraph(Inline(f"{str(number).translate(SUPERSCRIPT_FIGURES)} {text}"), None,
                     Location(line=li.line))


def _list_block(text: Inline, loc: Location, level: int, marker: str | None,
                kind: str | None = None) -> Block:
    """An item of a list: ``marker`` is the list's own (None when the list shows no marker:
    then the marker is the one printed in the text, if any)."""
    if marker is None:
        printed, kind, number, rest = split_marker(text)
        if printed is not None and rest.text:
            return ListItem(rest, printed, kind or "bullet", number, level, loc)
        return ListItem(text, "•", "bullet", None, level, loc)
    if marker == "•":
        return ListItem(text, "•", "bullet", None, level, loc)
    return ListItem(text, marker, kind or "number", marker.rstrip("."), level, loc)


def _int(value: str | None, default: int) -> int:
    if value is None:
        return default  # (most lists and items: no number, and no exception raised)
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


def _format_number(n: int, style: str) -> str:
    """The printed form of ``n`` for an ``<ol type=...>``."""
    from wlga_analysis.read.numbering import format_number

    names = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return format_number(n, names.get(style, "decimal"))


def _spanned(grid_row: list[Element | None], cells: tuple[Cell, ...], i: int
             ) -> tuple[Block, ...]:
    """The blocks of the header cell that spans column ``i`` from its left (``colspan``),
    for the header of each column under it ("2025-26" over "Apr–Jun" and "Jul–Sep" is read
    "2025-26 Apr–Jun", "2025-26 Jul–Sep"); () when no cell of the row spans it."""
    for k in range(i - 1, -1, -1):
        td = grid_row[k]
        if td is not None:
            return cells[k].blocks if _int(td.attrs.get("colspan"), 1) > i - k else ()
    return ()


def _grid(rows: list[tuple[Element, bool]]) -> list[list[Element | None]]:
    """The table's cells on a grid: a cell spanning rows or columns fills only its first
    slot; the slots it spans are None (empty cells)."""
    grid: list[list[Element | None]] = []
    taken: dict[tuple[int, int], bool] = {}
    for r, (tr, _) in enumerate(rows):
        row: list[Element | None] = []
        col = 0
        for td in (c for c in tr.children if isinstance(c, Element) and c.tag in ("td", "th")):
            while taken.get((r, col)):
                row.append(None)
                col += 1
            span_c = max(1, min(_int(td.attrs.get("colspan"), 1), 50))
            span_r = max(1, min(_int(td.attrs.get("rowspan"), 1), 500))
            row.append(td)
            row.extend([None] * (span_c - 1))
            for dr in range(1, span_r):
                for dc in range(span_c):
                    taken[(r + dr, col + dc)] = True
            col += span_c
        while taken.get((r, col)):
            row.append(None)
            col += 1
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    return [row + [None] * (width - len(row)) for row in grid]


def _main_content(root: Element) -> Element:
    """The page's main content element (see the module's description)."""
    main = root.find(lambda e: e.tag == "main") or root.find(
        lambda e: e.attrs.get("role") == "main")
    if main is not None:  # (a box of related links in it no list: .html_asides)
        return without_link_boxes(main)
    articles: list[Element] = []

    def collect(el: Element) -> None:
        for c in el.children:
            if isinstance(c, Element):
                (articles.append if c.tag == "article" else collect)(c)
    collect(root)
    if len(articles) == 1:
        return articles[0]
    body = root.find(lambda e: e.tag == "body") or root
    return _without_furniture(body)


#: A number typed at the start of a list item's text ("1. That ...", "12) Agreed ...").
_TYPED_NUMBER = compile_regex(r"\s*+\d{1,3}[.)]\s")


def _typed_numbers(el: Element) -> bool:
    """Whether every item of the list ``el`` opens with a number typed in its text ("<li>3.
    That ...", as a list styled ``list-style: none`` by a class prints them): each item's
    number is then the one printed (read from its text, as a Word file's typed numbers),
    not its place in the list.

    Examples
    --------
    >>> _typed_numbers(parse_html("<ol><li>3. That it is done.<li>4. Agreed.</ol>").children[0])
    True
    >>> _typed_numbers(parse_html("<ol><li>3. Done.<li>Agreed.</ol>").children[0])
    False
    """
    items = [c for c in el.children if isinstance(c, Element) and c.tag == "li"]
    return bool(items) and all(_TYPED_NUMBER.match(_inline(li.children).text) for li in items)


def _without_furniture(el: Element) -> Element:
    kept: list[Element | str] = [_without_furniture(c) if isinstance(c, Element) else c
        for c in el.children if not (isinstance(c, Element) and (
            c.tag in _FURNITURE or is_furniture(c)))]  # (.html_furniture: "mgFooter")
    return Element(el.tag, el.attrs, el.line, kept)


def html_blocks(markup: str) -> list[Block]:
    """Read an HTML fragment (no page furniture removed) into blocks.

    Examples
    --------
    >>> blocks = html_blocks('<ol style="list-style-type: none"> <li>1. Done</li></ol>'
    ...                      '<p>7. That it be <b>(WG)</b></p>')
    >>> [(type(b).__name__, getattr(b, "marker", None) or b.number) for b in blocks]
    [('ListItem', '1.'), ('Paragraph', '7')]
    """
    return _Reader().blocks(parse_html(markup))


def read_html(markup: str | bytes, path: Path | None = None) -> DocumentModel:
    """Read a web page into a :class:`~wlga_analysis.read.model.DocumentModel`.

    Parameters
    ----------
    markup : str or bytes
        The page (bytes are decoded as UTF-8, or the page's declared charset).
    path : Path, optional
        Where it was read from.

    Returns
    -------
    DocumentModel
        ``form="html"``, ``reader="html.parser (Python 3.x)"``.
    """
    import platform

    from wlga_analysis.interpret import collector_paused
    from wlga_analysis.read.html_decode import decode_page
    from wlga_analysis.read.running_headers import breadcrumb_notes

    markup, notes = decode_page(markup) if isinstance(markup, bytes) else (markup, [])
    with collector_paused():  # (the tree's elements all live until the page is read)
        tree = build_tree(markup)
        notes += prepared_tree(markup, tree.root)  # (paragraphs parted; accordions opened)
        notes += breadcrumb_notes(tree.root)  # (the trail's text: .running_headers)
        reader = _Reader(style=page_style(tree.root))
        blocks = placed_captions(reader, reader.blocks(_main_content(tree.root)))
    if tree.too_deep is not None:
        line, count = tree.too_deep
        notes.append(Note(Location(line=line), "nesting",
                          f"{count} elements nested more than {MAX_DEPTH} deep, from line "
                          f"{line}: read flatter (their text kept)"))
    return DocumentModel(blocks=blocks, path=path, form="html", notes=notes,
                         reader=f"html.parser {platform.python_version()}")
