"""An Area column printing each area's number, then its name, in a cell that spans its rows.

A working group's recommendations table numbered by area ("Area | Ref | Recommendation |
Owner(s) | Timescale", refs 1.1, 1.2, 2.1 ...) prints each area once, in a first-column cell
spanning the rows of its recommendations: the area's number ("1", often in bold) and its
name ("Strategic transport planning"), on one line or two. The readers leave the cell empty
in the rows after the first (a web page's ``rowspan``, a Word file's vertical merge, a PDF's
spanned cell, a pandoc grid table's row span), so each row stays in the area the cell opened.

:func:`numbered_area_cell` reads such a cell as the area lead it stands for: area N, titled
by the name. The paper's numbered chapter headings ("## 1. Introduction", "## 3.
Recommendations") read as areas before the table (where no table was known yet) are no
areas once the table numbers its own: :func:`withdraw_chapter_areas` gives back those that
hold no item to the notes (their headings and text, as printed).

Examples
--------
>>> split_number_name(["<b>1</b> Strategic transport planning"])
(1, 'Strategic transport planning', 1)
>>> split_number_name(["<p><b>2</b></p>", "Economic wellbeing", "(see section 2)"])
(2, 'Economic wellbeing', 2)
>>> split_number_name(["1.1"]) is None, split_number_name(["Area 1: Buses"]) is None
(True, True)
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["numbered_area_cell", "split_number_name", "withdraw_chapter_areas"]

#: An area's number, then (on the same line) its name: "1 Strategic transport planning".
_NUMBER_NAME = compile_regex(r"(\d{1,2})\.?(?:[ \t]+(\S.*))?")
#: The most words of an area's name.
_NAME_WORDS = 10


def _is_name(text: str) -> bool:
    return 0 < len(text.split()) <= _NAME_WORDS and text[-1] not in ".;:," \
        and text[:1].isupper()


def split_number_name(raws: list[str]) -> tuple[int, str, int] | None:
    """(number, name, how many of the blocks ``raws`` they take) of an area cell printing
    the area's number then its name; None for any other cell."""
    if not raws:
        return None
    m = _NUMBER_NAME.fullmatch(clean_text(raws[0]))
    if m is None:
        return None
    if m.group(2):
        name, used = m.group(2).strip(), 1
    elif len(raws) >= 2:
        name, used = clean_text(raws[1]), 2
    else:
        return None
    return (int(m.group(1)), name, used) if _is_name(name) else None


def numbered_area_cell(parser: Any, blocks: list[Any], ln: int) -> list[Any]:
    """Open the area an Area cell prints as "N" and a name (see the module's doc) and return
    the cell's other blocks (its remit); ``blocks`` unchanged for any other cell."""
    found = split_number_name([b.raw for b in blocks])
    if found is None or parser.area_lead_re.fullmatch(clean_text(blocks[0].raw)):
        return blocks
    number, name, used = found
    withdraw_chapter_areas(parser)
    parser.start_area(number, name, ln)
    parser.numbered_cells = True
    return _remit(parser, blocks[used:])


def _remit(parser: Any, blocks: list[Any]) -> list[Any]:
    for block in blocks:
        text = clean_text(block.raw)
        if text:
            parser.current.remit.append(text)
    return []


def withdraw_chapter_areas(parser: Any) -> None:
    """Give back to the notes the areas read before the first numbered Area cell that hold
    no item (a paper's numbered chapter headings): their titles as headings, their text as
    paragraphs, at the heading's line."""
    if getattr(parser, "numbered_cells", False):
        return
    used = {i.area_id for column in parser.items.values() for i in column}
    for area_id in [a for a in parser.areas if a not in used]:
        area = parser.areas.pop(area_id)
        parser.area_order[:] = [(a, ln) for a, ln in parser.area_order if a != area_id]
        parser.notes.append(("heading", area.title, area.line))
        parser.notes.extend(("paragraph", text, area.line) for text in area.remit)
        parser.issues[:] = [i for i in parser.issues
                            if not (i.check == "no theme" and i.source_line == area.line)]
    parser.current = None


#: A section number before a sub-heading's name ("2.1 Strategic transport planning").
_SECTION = compile_regex(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+")
#: A bullet a reader kept in a paragraph's text ("• ...", a Word symbol bullet).
_BULLET = compile_regex(r"[\u2022\uf0b7\u25cf\u25aa*-][ \t]+")


def section_activities(parser: Any, blocks: list[Any]) -> None:
    """The bullets under a sub-heading named as an area of the table ("2.1 Strategic
    transport planning" in a section "What is already happening", before or after the
    table) are that area's activities, numbered in reading order; they leave the notes."""
    from wlga_analysis.interpret.recommendations.lines import _ACT, _Item
    from wlga_analysis.read.model import Heading, ListItem, Paragraph

    titles = {a.title.casefold(): a.area_id for a in parser.areas.values()}
    area_id: int | None = None
    read: set[int] = set()
    for block in blocks:
        if not isinstance(block, (Heading, ListItem, Paragraph)):
            area_id = None
            continue
        text = clean_text(block.text.text)
        number = getattr(block, "number", None)
        if isinstance(block, Heading) or number:
            m = _SECTION.match(text) if number is None else None
            name = text[m.end():] if m else text
            area_id = titles.get(name.casefold()) if (m or number) else None
            continue
        if area_id is None:
            continue
        bullet = _BULLET.match(text) if isinstance(block, Paragraph) else None
        if isinstance(block, ListItem) and block.kind == "bullet":
            body = text
        elif bullet is not None:
            body = text[bullet.end():]
        else:
            area_id = None
            continue
        ln = block.location.line or 0
        item = _Item(_ACT, len(parser.items[_ACT]) + 1, area_id, ln, pieces=[body])
        parser.items[_ACT].append(item)
        read.add(ln)
    parser.notes[:] = [n for n in parser.notes if not (n[0] == "paragraph" and n[2] in read)]
