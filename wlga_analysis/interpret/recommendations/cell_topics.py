"""A topic line in bold at the top of each recommendation's cell: the area.

An audit report's appendix of recommendations (Audit Wales: ``Ref | Recommendation |
Recommendation for | Accepted? | Management response | Target date``) has no Area column and
no area rows: each Recommendation cell opens with its topic in bold on a line of its own
("**Working with others**"), then the recommendation ("The WLGA should broker ..."), the
topic printed again for every recommendation of it. The rules here read that shape:

- a table with no Area column whose first recommendation cell opens with a **topic line**
  (a paragraph all in bold, a name rather than a sentence: no item number, no closing full
  stop, at most :data:`TOPIC_WORDS` words) followed by more text, or with a topic **run in**
  ("**Working with others:** The WLGA should ...", :func:`run_in_topic`), and whose other
  cells' first paragraphs open with a topic or are not bold at all, prints its areas so
  (:func:`open_topic_table`): each topic line opens the area it names (areas named alike are
  one area, numbered in the order they first appear), and is not part of the
  recommendation's text (:func:`topic_area`); a cell with no topic line stays in the area
  above (a topic printed once, over its first recommendation);
- the heading or title above such a table is no area of it, and an exhibit caption just
  above it ("**Exhibit 8: recommendations and management responses**", :data:`CAPTION`) no
  theme: its areas have the theme only a theme line gives ("Theme 2: ...").

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> is_topic_line(Paragraph(Inline("Working with others", ((0, 19),))))
True
>>> is_topic_line(Paragraph(Inline("Councils should act.", ((0, 20),))))
False
>>> CAPTION.match("Exhibit 8: recommendations and management responses") is not None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, Inline, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.blocks import _Block
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.read.model import Cell, Table

__all__ = ["CAPTION", "TOPIC_WORDS", "is_topic_line", "open_topic_table", "run_in_topic",
           "topic_area"]

#: The most words of a topic line (a name, not a sentence).
TOPIC_WORDS = 12
#: A table's caption printed above it: "Exhibit 8: ...", "Table 2 – ...", "Figure 3.".
CAPTION = compile_regex(r"(?i)(?:exhibit|table|figure|fig\.|chart|box|arddangosyn|tabl|"
                        r"ffigur)\s++\d{1,3}[a-z]?\b")
#: What follows a run-in topic printed with no colon in its bold: a colon or a dash.
_RUN_IN_AFTER = compile_regex(r"\s*+[:\u2013\u2014-]\s++")
#: A number printed before a topic (an item's label, "R1", "Recommendation 1"): no topic.
_NUMBERED = compile_regex(r"(?i)^(?:r|rec|recommendation|argymhelliad)?\.?\s*+\d")


def is_topic_line(block: Block) -> bool:
    """Whether a cell's block is a topic line: a plain paragraph all in bold, a short name
    (no item number, no closing full stop, colon or semicolon)."""
    if not isinstance(block, Paragraph) or block.number is not None \
            or not block.text.is_bold():
        return False
    text = clean_text(block.text.text)
    return bool(text) and len(text.split()) <= TOPIC_WORDS and text[-1] not in ".;:," \
        and text[0] not in "([" and _NUMBERED.match(text) is None


def run_in_topic(block: Block) -> tuple[str, Inline] | None:
    """The topic a paragraph opens with in bold, run in ("**Working with others:** The WLGA
    should ..."; a colon or a dash after it), and the text after it; None for any other
    block.

    Examples
    --------
    >>> topic, rest = run_in_topic(Paragraph(Inline("Working with others: Councils act.",
    ...                                             ((0, 20),))))
    >>> topic, rest.text
    ('Working with others', 'Councils act.')
    >>> run_in_topic(Paragraph(Inline("R1: Councils act.", ((0, 3),)))) is None
    True
    """
    if not isinstance(block, Paragraph) or block.number is not None or not block.text.bold:
        return None
    text = block.text
    start, end = text.bold[0]
    if text.text[:start].strip():
        return None
    rest = text.slice(end, len(text.text))
    topic = text.text[start:end].strip()
    if topic.endswith((":", "\u2013", "\u2014")):
        topic = topic[:-1].rstrip()
    else:
        m = _RUN_IN_AFTER.match(rest.text)
        if m is None:
            return None
        rest = rest.slice(m.end(), len(rest.text))
    rest = rest.strip()
    if not topic or not rest.text or len(topic.split()) > TOPIC_WORDS \
            or topic[-1] in ".;:," or _NUMBERED.match(topic) is not None:
        return None
    return topic, rest


def _topic(cell: Cell) -> tuple[str, Inline | None] | None:
    """The topic a cell opens with, and the text of its first paragraph after it (None
    when the topic is a line of its own); None when it opens with no topic."""
    if not cell.blocks:
        return None
    first = cell.blocks[0]
    if len(cell.blocks) > 1 and is_topic_line(first) \
            and any(getattr(b, "text", None) is not None and b.text.text.strip()
                    for b in cell.blocks[1:]):
        return clean_text(first.text.text).rstrip(" .:;"), None
    found = run_in_topic(first)
    return None if found is None else (clean_text(found[0]), found[1])


def _opens_with_topic(cell: Cell) -> bool:
    return _topic(cell) is not None


def _topic_led(table: Table, index: int) -> bool:
    """Whether the cells of column ``index`` print their topic lines (see the module)."""
    cells = [row[index] for row in table.rows if index < len(row) and row[index].blocks]
    if not cells or not _opens_with_topic(cells[0]):
        return False
    return all(_opens_with_topic(c) or not getattr(c.blocks[0], "text", None)
               or not c.blocks[0].text.is_bold() for c in cells)


def open_topic_table(parser: ModelParser, table: Table) -> bool:
    """Note whether a table prints its areas as topic lines in its recommendation cells
    (its rows after a page break, printed with no header, keep the table's kind); True when
    it does, so that the heading just above it names no area and no theme of it (it stays
    a note). An exhibit caption read as the theme is no theme of its areas."""
    from wlga_analysis.interpret.recommendations.columns import map_columns

    if not table.header:
        return False
    columns = map_columns(table.header_text)
    parser.cell_topics = columns is not None and columns.area is None \
        and _topic_led(table, columns.recommendations)
    if not parser.cell_topics:
        return False
    if parser.theme is not None and parser.theme_lines \
            and CAPTION.match(parser.theme_lines[-1][0]) is not None:
        parser.theme = parser.theme_no = None  # (noted as a heading at the end)
    return True


def topic_area(parser: ModelParser, row: tuple[Cell, ...], columns: Columns,
               blocks: list[_Block], ln: int) -> list[_Block]:
    """The blocks of a row's recommendation cell without its topic line, the area the line
    names opened (in a table that prints its areas so; unchanged otherwise)."""
    from wlga_analysis.interpret.recommendations.lines import _Block

    index = columns.recommendations
    found = _topic(row[index]) if getattr(parser, "cell_topics", False) \
        and index < len(row) and blocks else None
    if found is None:
        return blocks
    parser.named_area(found[0], ln)
    if found[1] is None:
        return blocks[1:]
    return [_Block(found[1].html(), False), *blocks[1:]]  # (the text after a run-in topic)
