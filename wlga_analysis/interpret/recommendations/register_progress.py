"""The progress column of a register: one unnumbered activity per row.

An action plan may print one row per recommendation, its number in a column of its own
("Ref", "No."), with a "Progress" column that says in a sentence or two what has been done
about it and a "Status" column ("Complete", "In progress"). The progress cell prints no
number of its own: it is the activity of the row. The rules here read it so:

- in a table with a number column, a progress cell whose first paragraph has no number
  (and is not a bullet: bullets are read by :mod:`.bullets`) of a row that starts a
  recommendation is the next activity of the area, numbered in reading order across the
  document (the numbering is reported, as for :mod:`.labelled_bullets`); a cell of several
  paragraphs each a whole sentence (a capital first, a stop last: "... in 2025." over
  "Councils have applied ...") holds an activity in each, numbered in turn; paragraphs
  that break a sentence (one ending with no stop, the next opening in lower case, as a
  PDF's lines do) are one activity; a cell that says there is nothing to report ("Not
  yet due", kind ``placeholder``) is no activity (reported);
- the row's status column (:data:`ROW_STATUS_COLUMNS`) gives that activity its status
  when its text printed none (the status describes the progress the row reports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.blocks import _Block
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.lines import _Item, _Parser
    from wlga_analysis.read.model import Cell

__all__ = ["ROW_STATUS_COLUMNS", "number_progress_cell", "placeholder_progress",
           "status_from_row"]

#: Output names of the columns (:func:`.columns.column_name`) whose cell is the status of
#: the row's activity in a register.
ROW_STATUS_COLUMNS: frozenset[str] = frozenset({"status", "rag", "rag_status",
                                                "progress_status"})


def number_progress_cell(parser: _Parser, columns: Columns, activities: list[_Block],
                         recommendations: list[_Block], ln: int) -> list[_Block]:
    """The blocks of a register row's progress cell, the first numbered as the next activity
    when the cell prints no number (unchanged otherwise).

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.columns import map_columns
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("d.md"), "recommendations", ("# T",), "0" * 64)
    >>> parser = _Parser(doc, frozenset())
    >>> parser.area_block(_Block("Area 1: Buses", False), 3, True)
    >>> cols = map_columns(["Ref", "Recommendation", "Progress", "Status"])
    >>> blocks = number_progress_cell(parser, cols, [_Block("A plan was agreed.", False)],
    ...                               [_Block("1. That ...", False)], 5)
    >>> [b.raw for b in blocks]
    ['1. A plan was agreed.']
    """
    if columns.number is None or not activities or not recommendations:
        return activities
    first = activities[0]
    text = clean_text(first.raw)
    if first.bullet or not text or parser.number_of(text) is not None:
        return activities
    if len(activities) == 1 and placeholder_progress(parser, text, ln):
        return []  # ("Not yet due": nothing done to report, no activity)
    number = parser.next_no("activities")
    # (paragraphs each a whole sentence are activities each; else they are one, wrapped)
    count = len(activities) if all(map(_whole_sentence, activities)) else 1
    span = str(number) if count == 1 else f"{number}-{number + count - 1}"
    if parser.current is not None:
        parser.issue("activities", "unnumbered items numbered", span, ln,
                     f"Area {parser.current.area_id}'s "
                     f"{'activity is' if count == 1 else f'{count} activities are'} printed "
                     f"in a register's progress cell with no number; numbered {span} in "
                     "reading order across the document")
    return [*(_Block(f"{number + i}. {b.raw}", b.bullet) for i, b in
              enumerate(activities[:count])), *activities[count:]]


def placeholder_progress(parser: _Parser, text: str, ln: int) -> bool:
    """Whether a register's progress cell says there is nothing to report ("Not yet due",
    "N/A": kind ``placeholder`` of ``data/raw/recommendation_words.csv``); reported so.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> parser = _Parser(Document(Path("d.md"), "recommendations", ("# T",), "0" * 64),
    ...                  frozenset())
    >>> placeholder_progress(parser, "Not yet due", 4), placeholder_progress(parser, "Done.", 5)
    (True, False)
    >>> parser.issues[0].message
    "A progress cell reads 'Not yet due': no activity (kept in this message only)"
    """
    from wlga_analysis.interpret.recommendations.lines import _is_placeholder

    if not _is_placeholder(text, parser.words["placeholder"]):
        return False
    area = f"Area {parser.current.area_id}'s" if parser.current is not None else "A"
    parser.issue("activities", "placeholder", "", ln,
                 f"{area} progress cell reads {text!r}: no activity (kept in this message "
                 "only)")
    return True


#: A whole sentence: opens with a capital or a figure, ends with a stop (a closing quote or
#: bracket after it allowed).
_WHOLE_SENTENCE = compile_regex(r"[A-Z0-9\u00a3\"'\u2018\u201c(].*[.!?][\"'\u2019\u201d)]?")


def _whole_sentence(block: _Block) -> bool:
    """Whether a paragraph of a progress cell is a sentence of its own (not a bullet, not
    the start or the end of a sentence broken over two paragraphs)."""
    text = clean_text(block.raw)
    return not block.bullet and len(text.split()) >= 3 \
        and _WHOLE_SENTENCE.fullmatch(text) is not None


def status_from_row(columns: Columns, row: tuple[Cell, ...], started: list[_Item]) -> None:
    """Give the activities a register row started the status its status column prints,
    when their text printed none."""
    for index, name in columns.extras:
        if name in ROW_STATUS_COLUMNS and index < len(row):
            value = clean_text(row[index].text)
            if value:
                for item in started:
                    if item.status is None:
                        item.status = value
            return
