"""Activities printed as bullets with no numbers, in an Activity cell.

Some publishers list a cell's activities as bullets ("- A survey was completed.") instead of
numbering them, and some group them under status bullets ("Completed", "In progress") with
the activities as sub-bullets. When an Activity cell has no numbered item but has bullets,
each bullet is an activity: numbered in reading order across the document (the next number
after the last activity read, as the loader numbers areas printed with no number), its
status the status group it is printed under, if any. The numbering is reported, so an
analyst knows the numbers are the loader's, not the publisher's.

A bullet whose whole text is a status word of ``data/raw/recommendation_words.csv``
("Completed", "In progress:") is a status group when a bullet follows it; a group with no
bullet after it is read as any other unnumbered text (kept in the area's remit). A cell
holding any numbered item is read as before: bullets under a numbered activity continue it.

Examples
--------
>>> bullet_text(_Block("- A survey was completed.", False))
'A survey was completed.'
>>> bullet_text(_Block("\u2022 <b>Done</b> twice", True)), bullet_text(_Block("1. Done", False))
('<b>Done</b> twice', None)
>>> bullet_text(_Block("\u2022 \uf0b7 Completed", True))  # a Word symbol kept in the text
'Completed'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.blocks import _Block
from wlga_analysis.read.markers import BULLET_CHARS
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Parser

__all__ = ["bullet_text", "is_bullet_list", "read_bullet_activities"]


def _example_document() -> Document:
    """A two-area document of the text form whose Activity cells are bullets (examples)."""
    from pathlib import Path

    lines = ("Theme 1: Roads", "Area\tActivity underway or achieved\tRecommendations",
             "<p><b>Area 1: Bridges</b></p>\t<ul><li>Completed</li><li>A survey was done.</li>"
             "</ul>\t<p>1. That it is done.</p>",
             "<p><b>Area 2: Gritting</b></p>\t<ul><li>A review is under way.</li></ul>\t")
    return Document(Path("doc.txt"), "recommendations", lines, "0" * 64)

#: A bullet printed in the text of a paragraph ("- A survey", "• A survey", "* A survey").
#: (the bullets of ``read/markers.py``, and a Word symbol-font bullet, U+F0B7)
_BULLET_CHARS = BULLET_CHARS + "\uf0b7"
_PRINTED_BULLET = compile_regex(rf"\s*+[{_BULLET_CHARS}]\s++")


def bullet_text(block: _Block) -> str | None:
    """The text (HTML) after a block's bullet, or None when the block is not a bullet item
    (a list item of a ``<ul>``, or a paragraph printed with a bullet: "- A survey").

    Examples
    --------
    >>> bullet_text(_Block("\u2022 A survey", True)), bullet_text(_Block("A survey", False))
    ('A survey', None)
    >>> bullet_text(_Block("A survey", True))  # an item of a <ul>, no marker printed
    'A survey'
    """
    raw = block.raw
    if block.bullet:  # an item of a <ul>: its marker printed before it or not ("o" too)
        if raw.lstrip().startswith("o "):
            raw = raw.lstrip()[2:]
    elif _PRINTED_BULLET.match(raw) is None:
        return None
    while (m := _PRINTED_BULLET.match(raw)) is not None:  # a bullet printed in the text too
        raw = raw[m.end():]
    return raw.strip() or None


def is_bullet_list(parser: _Parser, blocks: Sequence[_Block], new_area: bool = True) -> bool:
    """Whether an Activity cell's blocks are bullets with no item number in any block, in
    a row that opens an area or in an area with no activity yet (``new_area``: the row opens
    one). Bullets in a row that continues an area's last activity (a row a page break
    split) go on continuing it.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> parser = _Parser(_example_document(), frozenset())
    >>> is_bullet_list(parser, [_Block("- A survey", False), _Block("- A review", False)])
    True
    >>> is_bullet_list(parser, [_Block("1. A survey", False), _Block("- in 2024", False)])
    False
    """
    if not any(b.bullet or b.raw.lstrip()[:1] in _BULLET_CHARS for b in blocks):
        return False  # (decided without a regex for most cells)
    last = parser.last_item["activities"]
    if not new_area and last is not None and parser.current is not None \
            and last.area_id == parser.current.area_id:
        return False  # the area's last activity goes on (a row split by a page break)
    return all(parser.number_of(clean_text(b.raw if t is None else t)) is None
               for b, t in zip(blocks, map(bullet_text, blocks), strict=True))


def _status_group(text: str, statuses: frozenset[str]) -> str | None:
    """The status a bullet's whole text is ("Completed", "In progress:"), else None."""
    word = clean_text(text).rstrip(" :")
    return word if word and " ".join(word.split()).casefold() in statuses else None


def read_bullet_activities(parser: _Parser, column: str, blocks: Sequence[_Block], ln: int,
                           new_area: bool) -> None:
    """Read an Activity cell of unnumbered bullets: each bullet an activity, numbered after
    the last activity read, with the status of the status group it is under.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> parser = _Parser(_example_document(), frozenset())
    >>> parser.run()
    >>> [(i.number, i.status, i.pieces) for i in parser.items["activities"]]
    [(1, 'Completed', ['A survey was done.']), (2, None, ['A review is under way.'])]
    """
    from wlga_analysis.interpret.recommendations.lines import _is_placeholder  # (it imports us)

    statuses = parser.words["status"]
    texts = [bullet_text(b) for b in blocks]
    status: str | None = None
    numbered: list[int] = []
    for index, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        group = _status_group(text, statuses) if text is not None else None
        if group is not None and index + 1 < len(blocks) and texts[index + 1] is not None \
                and _status_group(texts[index + 1], statuses) is None:
            status = group  # "Completed" over the activities it groups
            continue
        if text is None or group is not None:
            parser.item_block(column, block, ln, new_area)  # (read as before)
            continue
        if _is_placeholder(clean_text(text), parser.words["placeholder"]):  # "• None to date."
            parser.item_block(column, _Block(text, True), ln, new_area)  # (reported, no item)
            continue
        number = parser.next_no(column)
        parser.item_block(column, _Block(f"{number}. {text}", False), ln, new_area)
        item = parser.last_item[column]
        if item is not None and item.number == number:
            numbered.append(number)
            if item.status is None and status is not None:
                item.status = status
    if numbered and parser.current is not None:
        span = str(numbered[0]) if len(numbered) == 1 else f"{numbered[0]}-{numbered[-1]}"
        parser.issue(column, "unnumbered items numbered", span, ln,
                     f"Area {parser.current.area_id}'s activities are printed as bullets "
                     f"with no number; numbered {span} in reading order across the document")
