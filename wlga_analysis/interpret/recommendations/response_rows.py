"""A written response printed as a table: one row a recommendation, its answer in columns.

The Welsh Government's response to a Senedd committee report, a council's response to an
Audit Wales report, is often a table under plain group headings: "Recommendation | Response |
Explanation", "No. | Recommendation | Accept/Reject | Comment | Lead | Timescale",
"Recommendation | Welsh Government response | Financial implications". The columns are found
by their header names (:mod:`.columns`; kinds ``response_column`` and ``explanation_column``
of ``data/raw/recommendation_words.csv``). The model interpreter (:mod:`.from_model`) reads,
as the prose reader reads a response printed as paragraphs (:mod:`.responses`):

- the **areas**: the heading a table stands under ("## Collection and arrears"), numbered in
  reading order (tables under headings named alike are one area); a response printed with no
  heading over its table is one area named after the document's title (reported);
- each row's **response** as an activity of the area: its **status** the decision at the
  start of the response cell, as printed ("Accept", "Accept in principle. The Welsh
  Government will ..." -> "Accept in principle"), its **text** the words after the decision
  and the explanation cell (the decision alone when nothing else is printed);
- recommendations printed with **no number** (and no number column): numbered in reading
  order, the first row's deciding for the document (reported, as the loader reports
  recommendations it numbers elsewhere);
- the **owners** of a recommendation no Lead column names, from the subject of its sentence
  ("The Welsh Government should work with the WLGA ..." -> WG, WLGA);
- every other column (Financial implications, Timescale, Lead) kept as printed per
  recommendation (as any column no rule names).

Examples
--------
>>> words = frozenset({"accept", "accept in principle", "reject", "noted"})
>>> split_decision("Accept in principle. Reporting will use the net zero return.", words)
('Accept in principle', 'Reporting will use the net zero return.')
>>> split_decision("Accept", words), split_decision("Response: Reject", words)
(('Accept', ''), ('Reject', ''))
>>> split_decision("Accepted by the Board", words)
(None, 'Accepted by the Board')
>>> split_decision("Noted \u2013 a matter for each council.", words)
('Noted', 'a matter for each council.')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.lines import _ACT, _Item
from wlga_analysis.interpret.recommendations.responses import response_decision, subject_owners

if TYPE_CHECKING:
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.interpret.recommendations.lines import _Block
    from wlga_analysis.read.model import Cell, Table

__all__ = ["mixed_response", "number_response_row", "open_response_area", "read_response_row",
           "split_decision", "title_area"]

#: What may follow a decision at the start of a response cell ("Accept. ...", "Reject – ...").
_AFTER_DECISION = frozenset(".:;,\u2013\u2014-")


def split_decision(text: str, words: frozenset[str]) -> tuple[str | None, str]:
    """The decision a response cell's first paragraph starts with, as printed, and the words
    after it; (None, the text) when it starts with no decision of ``words``."""
    decision = response_decision(text, words)
    if decision is not None:
        return decision, ""
    folded = text.casefold()
    for word in sorted(words, key=len, reverse=True):
        rest = text[len(word):].lstrip()
        if folded.startswith(word) and rest and rest[0] in _AFTER_DECISION:
            return text[:len(word)], rest[1:].strip()
    return None, text


def mixed_response(parser: ModelParser, columns: Columns | None) -> bool:
    """Whether a table of a written response's columns follows a recommendations table of
    another layout (a Working Group table): a document of one layout is read, so it is not
    read as a response (its rows are kept in the notes, and reported)."""
    return columns is not None and columns.answers and parser.columns is not None \
        and not parser.columns.answers


def open_response_area(parser: ModelParser, table: Table,
                       pending: tuple[str, int] | None) -> bool:
    """Before a response table with no Area column, open the area of the heading it stands
    under (the heading just before it, ``pending``, or the last heading above it not yet
    read); True when ``pending`` was read so (it names no theme then)."""
    from wlga_analysis.interpret.recommendations.columns import map_columns

    columns = map_columns(table.header_text) if table.header else None
    if columns is None or not columns.answers or columns.area is not None \
            or mixed_response(parser, columns):
        return False
    if pending is not None and ("heading", *pending) not in parser.notes:
        return False  # (a title printed as a heading)
    heading = pending
    if heading is None and parser.headings_seen:
        _, text, line = parser.headings_seen[-1]
        heading = (text, line) if ("heading", text, line) in parser.notes else None
    if heading is None:
        if parser.current is None:
            title_area(parser, table)
        return False
    parser.notes.remove(("heading", *heading))
    parser.named_area(*heading)
    return True


def title_area(parser: ModelParser, table: Table, kind: str = "response table") -> None:
    """A table (a ``kind`` of one: "response table") with no heading over it: one area,
    named after the title, reported."""
    line = table.location.line or 0
    name = parser.title or "Recommendations"
    parser.issue("areas", "no group heading", 1, line,
                 f"the {kind} at line {line} stands under no heading; its "
                 f"recommendations are one area named after the document's title ({name!r})")
    parser.named_area(name, line)


def number_response_row(parser: ModelParser, columns: Columns, blocks: list[_Block],
                        ln: int) -> list[_Block]:
    """The blocks of a response table row's recommendation cell, the first numbered as the
    next recommendation when the response prints its recommendations with no number (its
    first row's cell starts with none, and no column prints one); unchanged otherwise."""

    if not columns.answers or columns.number is not None or not blocks:
        return blocks
    first = blocks[0]
    text = clean_text(first.raw)
    if parser.unnumbered_responses is None:
        parser.unnumbered_responses = parser.number_of(text) is None
    if not parser.unnumbered_responses:
        return blocks
    return numbered_in_reading_order(parser, blocks, ln, "response table")


def numbered_in_reading_order(parser: ModelParser, blocks: list[_Block], ln: int,
                              kind: str) -> list[_Block]:
    """``blocks`` (a row's recommendation cell), the first numbered as the next
    recommendation, reported ("numbered by the loader"), unless its text is empty or
    prints a number (``kind``: the kind of table, named in the report)."""
    from wlga_analysis.interpret.recommendations.lines import _REC, _Block

    first = blocks[0]
    text = clean_text(first.raw)
    if not text or parser.number_of(text) is not None:
        return blocks
    number = parser.next_no(_REC)
    parser.issue(_REC, "numbered by the loader", number, ln,
                 f"the {kind} prints its recommendations with no number; "
                 f"{text[:60]!r} is numbered {number} in reading order")
    return [_Block(f"{number}. {first.raw}", first.bullet), *blocks[1:]]


def _texts(cell: Cell) -> list[str]:
    from wlga_analysis.interpret.recommendations.from_model import as_block

    return [t for t in (clean_text(as_block(b).raw) for b in cell.blocks) if t]


def read_response_row(parser: ModelParser, row: tuple[Cell, ...], columns: Columns,
                      started: list[_Item], ln: int) -> None:
    """Read a response table row's answer: an activity of the row's recommendation's area
    (its decision the status, its explanation the text), and the owners of the subject of
    each recommendation the row starts that no column named. A row with no recommendation
    (continued after a page break) adds its words to the response before. A row of a table
    that is no response (no response or explanation column) is left alone."""
    if not columns.answers:
        return
    decision, texts = None, []
    if columns.response is not None and columns.response < len(row):
        printed = _texts(row[columns.response])
        if printed:
            decision, rest = split_decision(printed[0], parser.words["response"])
            texts = [rest] if rest else []
            texts += printed[1:]
    if columns.explanation is not None and columns.explanation < len(row):
        texts += _texts(row[columns.explanation])
    for item in started:
        _subject_owners(parser, item)
    words = texts or ([decision] if decision else [])
    if not words:
        return
    last = parser.last_item[_ACT]
    if not started:
        if last is not None:
            last.pieces += words
        return
    item = _Item(_ACT, parser.next_no(_ACT), started[0].area_id, ln, pieces=words,
                 status=decision)
    parser.items[_ACT].append(item)
    parser.last_item[_ACT] = item


def _subject_owners(parser: ModelParser, item: _Item) -> None:
    """The owners of a recommendation's sentence subject, when no column named any."""
    if item.owners or not item.pieces:
        return
    for name in subject_owners(clean_text(item.pieces[0]), parser.known) or ():
        item.owners.append(name)
        if name not in parser.known:
            item.unknown.append(name)
