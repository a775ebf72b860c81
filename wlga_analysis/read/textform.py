"""The document model printed as the project's text form.

This is the bridge between the readers of published forms (Word, PDF, web pages) and the
interpreters that read the text form's lines, and what ``python -m wlga_analysis convert``
prints, so an analyst can see what was read and diff it against the original.

Each kind of document has its text form, chosen by a rule table (:data:`RENDERERS`):

- ``recommendations``: headings as ``#`` lines, bold paragraphs as ``**...**``, tables as
  tab-separated rows whose cells are HTML fragments (``<p>6. ...</p>``, numbered and bulleted
  items in ``<ol>``/``<ul>`` with their printed markers, bold as ``<b>``);
- ``programme``: headings as plain lines, numbered paragraphs as ``N. text``, bullets as
  ``- text`` indented one space per level, bold as ``**...**``, table rows as cells joined by
  tabs (plain text).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Paragraph, Table
>>> model = DocumentModel([Heading(Inline("Purpose"), 2), Paragraph(Inline("To update."), "1"),
...                        ListItem(Inline.from_html("<b>Team:</b> appointed"), "•", "bullet")])
>>> print(render_text(model, "programme"))
Purpose
<BLANKLINE>
1. To update.
<BLANKLINE>
- **Team:** appointed
>>> table = Table((Cell((Paragraph(Inline("Area")),)), Cell((Paragraph(Inline("Recs")),))),
...               ((Cell((Paragraph(Inline.from_html("<b>Area 1: X</b>")),)),
...                 Cell((ListItem(Inline("That it be done"), "1.", "number", "1"),))),))
>>> print(render_text(DocumentModel([table]), "recommendations"))
<p>Area</p>	<p>Recs</p>
<p><b>Area 1: X</b></p>	<ol style="list-style-type: none"> <li>1. That it be done</li> </ol>
"""

from __future__ import annotations

from collections.abc import Callable

from wlga_analysis.read.cell_titles import titled_cell
from wlga_analysis.read.layout_columns import column_blocks
from wlga_analysis.read.model import (
    Block,
    Cell,
    DocumentModel,
    Heading,
    Inline,
    ListItem,
    Paragraph,
    Table,
)
from wlga_analysis.read.report_parts import stacked_part_lines
from wlga_analysis.read.symbol_cells import symbol_lines_cell
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["RENDERERS", "cell_html", "render_lines", "render_text"]

_DECIMAL_MARKER = compile_regex(r"\d{1,4}\.")


def _markdown(text: Inline) -> str:
    return text.markdown().replace("\t", " ").replace("\n", " ")


def _prefix(number: str | None) -> str:
    return f"{number}. " if number else ""


# ----------------------------------------------------------------------- table cells
def _item_html(item: ListItem) -> str:
    marker = item.marker if item.marker else "•"
    return f"<li>{marker} {item.text.html()}</li>"


def cell_html(cell: Cell) -> str:
    """A cell's blocks as one line of HTML, as the text form's table cells are printed.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
    >>> cell_html(Cell((Paragraph(Inline("Done"), "6"), ListItem(Inline("a"), "○"))))
    '<p>6. Done</p> <ul style="list-style-type: none"> <li>○ a</li> </ul>'
    """
    parts: list[str] = []
    open_list: str | None = None
    for block in cell.blocks:
        tag = None
        if isinstance(block, ListItem):
            tag = "ul" if block.kind == "bullet" else "ol"
        if open_list and tag != open_list:
            parts.append(f"</{open_list}>")
            open_list = None
        if tag and open_list is None:
            parts.append(f'<{tag} style="list-style-type: none">')
            open_list = tag
        if isinstance(block, ListItem):
            parts.append(_item_html(block))
        elif isinstance(block, Table):
            parts.append(" ".join(cell_html(c) for row in (block.header, *block.rows)
                                  for c in row))
        else:
            number = getattr(block, "number", None)
            parts.append(f"<p>{_prefix(number)}{block.text.html()}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return " ".join(p for p in parts if p).replace("\t", " ")


# ------------------------------------------------------------------ recommendations
def _recommendations_block(block: Block) -> list[str]:
    # (a blank line before a heading or paragraph: after a list it starts a block of its
    # own, not the last item's continuation)
    if isinstance(block, Heading):
        return ["", "#" * block.level + " " + _prefix(block.number) + _markdown(block.text), ""]
    if isinstance(block, Paragraph):
        return ["", _prefix(block.number) + _markdown(block.text), ""]
    if isinstance(block, ListItem):
        return [" " * block.level + f"{block.marker} {_markdown(block.text)}"]
    lines = []
    for row in (block.header, *block.rows):
        if row and any(c.blocks for c in row):
            lines.append("\t".join(cell_html(c) for c in row))
    return [*lines, ""]


# ------------------------------------------------------------------------ programme
def _box_blocks(table: Table) -> tuple[Block, ...] | None:
    """The blocks of a table of one cell holding several (a box: a newsletter's masthead,
    "title / strapline / issue line"), each printed as a line of its own; None otherwise."""
    cells = [c for row in (table.header, *table.rows) for c in row]
    return cells[0].blocks if len(cells) == 1 and len(cells[0].blocks) > 1 else None


def _programme_cell(cell: Cell, tiles: bool = True) -> str:
    """A table cell of the programme's text form: its text on one line, a cell of two list
    items or more with its items apart (``<br>``, which the text form's table reader reads
    as the start of a block), so that a cell's bullets reach the interpreter one by one;
    with ``tiles`` (a row of two cells or more) a tile's lines opening with status symbols
    apart too (:mod:`.symbol_cells`).

    Examples
    --------
    >>> items = tuple(ListItem(Inline(t), marker="\u2022") for t in ("A (by May)", "B"))
    >>> _programme_cell(Cell(items)), _programme_cell(Cell(items[:1]))
    ('A (by May)<br>B', 'A (by May)')
    """
    blocks = cell.blocks
    if blocks and blocks[0].__class__ is Paragraph and blocks[0].indent:
        # (a tracker's child row: its indent as the text form's leading spaces, .cell_indents)
        return "    " * blocks[0].indent + cell.text.replace("\t", " ")
    if tiles and (lines := symbol_lines_cell(blocks)) is not None:
        # ("1 Homes<br>\u2714 Buy 20 homes1<br>...": a tile of a row of tiles, .symbol_cells;
        # a row of one cell is no table row in the text form: its text as before)
        return lines
    if blocks and blocks[0].__class__ is Paragraph and (titled := titled_cell(blocks)):
        return titled  # ("**Cyber security**<br>A cyber attack ...": .cell_titles)
    if len(blocks) < 2 or any(b.__class__ is not ListItem for b in blocks):
        return cell.text.replace("\t", " ")
    return "<br>".join(b.text.text.replace("\t", " ") for b in blocks)


def _programme_block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["", _prefix(block.number) + _markdown(block.text), ""]
    if isinstance(block, Paragraph):
        return ["", _prefix(block.number) + _markdown(block.text), ""]
    if isinstance(block, ListItem):
        if block.level == 0 and block.kind == "number" and _DECIMAL_MARKER.fullmatch(
                block.marker):
            return ["", f"{block.marker} {_markdown(block.text)}", ""]
        if block.kind == "number" and "." in (block.number or ""):
            return [" " * block.level + f"{block.marker} {_markdown(block.text)}"]
        marker = "" if block.kind == "bullet" else f"{block.marker} "
        return [" " * block.level + f"- {marker}{_markdown(block.text)}"]
    if (parts := stacked_part_lines(block)) is not None:  # "What we did" side by side
        return parts
    if (box := _box_blocks(block) or column_blocks(block)) is not None:
        # (one cell: a box, a masthead; one row of long cells: a page's columns)
        return [ln for inner in box for ln in _programme_block(inner)]
    lines = [""]
    for row in (block.header, *block.rows):
        texts = [_programme_cell(c, tiles=len(row) > 1) for c in row]
        if any(texts):
            lines.append("\t".join(texts))
    return [*lines, ""]


#: kind -> how each block is printed in that kind's text form.
RENDERERS: dict[str, Callable[[Block], list[str]]] = {
    "recommendations": _recommendations_block,
    "programme": _programme_block,
}


def render_lines(model: DocumentModel, kind: str) -> tuple[str, ...]:
    """The model as the text form's lines for ``kind`` (no line-break characters; runs of
    blank lines folded to one, none at either end).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> render_lines(DocumentModel([Paragraph(Inline("22nd October 2021"))]), "programme")
    ('22nd October 2021',)
    """
    try:
        render = RENDERERS[kind]
    except KeyError:
        raise ValueError(f"kind must be one of {tuple(RENDERERS)}, not {kind!r}") from None
    out: list[str] = []
    for block in model.blocks:
        for line in render(block):
            if line or (out and out[-1]):
                out.append(line)
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def render_text(model: DocumentModel, kind: str) -> str:
    """The model as the text form for ``kind``, one string (see :func:`render_lines`)."""
    return "\n".join(render_lines(model, kind))
