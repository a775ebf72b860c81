"""Programme interpreter: outline numbering printed without full stops ("3", "3.1", "3.1.1").

A report laid out with Word's outline numbering prints its numbers with no full stop after
them: chapters "3 Risk management", sub-headings "3.1 Risk networks" and paragraphs
"3.1.1 The network agreed ...". Such a paper numbers no paragraph the usual way ("3. ..."),
so it is read as the numbered paper it stands for:

- a chapter line "N Name" (a heading's shape: short, no closing punctuation) is the numbered
  section heading "N. Name";
- a sub-heading "N.M Name" over paragraphs "N.M.K ..." names their **topic**: each of those
  paragraphs is an item of section N (a bullet) whose topic is the sub-heading's name (the
  item's text is its own words, without the sub-heading's; its id its printed number);
- a paragraph "N.M ..." over paragraphs "N.M.K ..." ("2.1 The priorities were:") is their
  lead-in (un-numbered text), and those are a list under it ("2.1.1 risk management;");
- a paragraph "N.M ..." after paragraphs "N.M.K ..." of its chapter ("4.4 The status of
  each action is shown in Table 1.") is the report's own text: the chapter's items are its
  three-level paragraphs;
- any other outline paragraph "N.M ..." or "N.M.K ..." is an item of section N: a bullet;
- a chapter whose sub-headings are over three-level actions names a priority (a paper that
  lists none takes them, :mod:`.section_priorities`); a table of measures ("Indicator |
  2024-25 | Target 2025-26") holds indicators, no items (:mod:`.measures`).

The chapter numbers must run in order and at least two sub-numbers must follow their
chapter, so that a count at the start of a sentence ("3 councils have ...") is not a
chapter. A table of contents ("3 Risk management ........ 2": dotted leaders and a page
number) is left as it is, as text.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> blocks = [Paragraph(Inline("3 Risk management")), Paragraph(Inline("3.1 Networks")),
...           Paragraph(Inline("3.1.1 A register was agreed.")),
...           Paragraph(Inline("4 Equalities")), Paragraph(Inline("4.1 A plan was adopted."))]
>>> [(type(b).__name__, b.number, b.text.markdown()) for b in outline_sections(blocks)]
...  # doctest: +NORMALIZE_WHITESPACE
[('PriorityHeading', '3', 'Risk management'), ('TopicItem', '3.1.1', 'A register was agreed.'),
 ('Paragraph', '4', 'Equalities'), ('TopicItem', '4.1', 'A plan was adopted.')]
>>> outline_sections(blocks)[1].topic
'Networks'

>>> outline_sections([Paragraph(Inline("3 councils have signed."))]) is None
True
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.dates import parse_date_line
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["TopicItem", "legal_sections", "outline_sections"]

#: An outline number at the start of a line, with no full stop after it: "3", "3.1",
#: "3.1.1" (group 1 the chapter, group 2 the rest; a full stop after a number of two or
#: three levels, "3.1.1.", is the same number), then the text.
_OUTLINE = compile_regex(r"(\d{1,2})((?:\.\d{1,2}){0,2})(?:(?<=\d\.\d)\.|(?<=\d\.\d\d)\.)?"
                         r"[ \t]+(?=\S)")
#: A printed number of legal numbering: "3", "3.1", "3.1.1" (a full stop after it or not).
_LEGAL_NUMBER = compile_regex(r"\d{1,2}(?:\.\d{1,2}){0,2}")
#: A line of a table of contents: dotted (or spaced) leaders and a page number at its end.
_CONTENTS_LINE = compile_regex(r"(?:\.{4,}|\u2026{2,}|\t)\s*\d{1,3}\s*$")


def _outline(block: Any) -> tuple[int, int, re.Match[str]] | None:
    """(chapter, depth, match) of an un-numbered line that starts with an outline number
    (depth 0 for "3", 1 for "3.1", 2 for "3.1.1"); None for any other block."""
    if not isinstance(block, (Paragraph, Heading)) or getattr(block, "number", None):
        return None
    text = block.text.text
    m = _OUTLINE.match(text)
    if m is None or _CONTENTS_LINE.search(text) or (not m.group(2) and parse_date_line(text)):
        return None  # (a date, "23 January 2026", starts with no chapter number)
    return int(m.group(1)), m.group(2).count("."), m


def _is_chapter(block: Any, found: tuple[int, int, re.Match[str]] | None) -> bool:
    return found is not None and found[1] == 0 \
        and has_heading_shape(block.text.text[found[2].end():])


def _plan(blocks: list[Any]) -> dict[int, tuple[int, int, re.Match[str]]] | None:
    """The outline lines by index, when the paper numbers its chapters in outline (chapters
    in increasing order, each sub-number under its own chapter, at least two of them)."""
    found = {i: f for i, b in enumerate(blocks) if (f := _outline(b)) is not None}
    chapter, subs, chapters, first = None, 0, 0, -1
    for i, (number, _depth, _) in list(found.items()):
        if _is_chapter(blocks[i], found[i]):
            if chapter is not None and number <= chapter and chapters == 1 and not subs:
                del found[first]  # (a line before chapter 1, "23 January 2026 · ...")
                chapter, chapters = None, 0
            if chapter is not None and number <= chapter:
                return None
            chapter, chapters, first = number, chapters + 1, i
        elif chapter is None or number != chapter:
            return None
        else:
            subs += 1
    return found if chapters >= 2 and subs >= 2 else None


class TopicItem(ListItem):
    """An item that stands under a sub-heading ("3.1 Networks" over "3.1.1 ..."): a
    bullet whose ``topic`` is the sub-heading's name (not part of the item's own words)."""

    topic: str | None

    def __init__(self, text: Inline, topic: str | None, location: Any,
                 number: str | None = None) -> None:
        super().__init__(text, "-", "bullet", number, 0, location)
        self.__dict__["topic"] = topic


def _topic_item(block: Any, m: re.Match[str], topic: str | None) -> ListItem:
    """An outline paragraph as a bullet of its chapter, with its printed number ("3.1.1"),
    under its sub-heading's name (if any) as its topic."""
    return TopicItem(block.text.slice(m.end(), len(block.text.text)).strip(), topic,
                     block.location, m.group(1) + m.group(2))


def _measures_apart(block: Any) -> list[Any]:
    """A block as it is, but a table of measures ("Indicator | 2024-25 | Target 2025-26")
    as lines of measures, no items (:func:`~.measures.split_table`)."""
    if not isinstance(block, Table):
        return [block]
    from wlga_analysis.interpret.programme.measures import is_measure_header, split_table

    head = block.header or (block.rows[0] if block.rows else ())
    return split_table(block) if is_measure_header([c.text for c in head]) else [block]


def _chapter(block: Any, m: re.Match[str], number: int, over_actions: bool) -> Paragraph:
    """A chapter line "N Name" as the numbered section heading "N. Name": a priority's
    heading (:mod:`.section_priorities`) when its sub-headings are over three-level
    actions ("1 Leadership" over "1.1 Members" over "1.1.1 ..."), which a paper that lists
    no priorities names its priorities by."""
    text = block.text.slice(m.end(), len(block.text.text)).strip()
    if over_actions:
        from wlga_analysis.interpret.programme.section_priorities import priority_heading

        return priority_heading(block, text, str(number))
    return Paragraph(text, str(number), block.location)


def outline_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper numbered in outline without full stops read as a numbered
    paper (see the module); None when the paper numbers a paragraph or is not numbered so."""
    if any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    found = _plan(blocks)
    if found is None:
        return None
    out: list[Any] = []
    over_actions = {number for number, depth, _ in found.values() if depth == 2}
    topic: str | None = None
    deepest: int | None = None  # the chapter whose three-level paragraphs were met last
    for i, block in enumerate(blocks):
        f = found.get(i)
        if f is None:
            out.extend(_measures_apart(block))
            continue
        number, depth, m = f
        rest = block.text.text[m.end():]
        if depth == 2:
            deepest = number  # (the chapter's items are its three-level paragraphs)
        if _is_chapter(block, f):
            topic = None
            out.append(_chapter(block, m, number, number in over_actions))
            continue
        nxt = found.get(i + 1)
        if depth == 1 and has_heading_shape(rest) and nxt is not None and nxt[1] == 2:
            topic = rest.strip()  # "3.1 Risk networks" over "3.1.1 ...": their topic
            continue
        if depth == 1:
            topic = None
            # "2.1 The priorities were:" over a list; or, after the chapter's three-level
            # items, "4.4 The status of each action is shown in Table 1.": the report's text
            if (nxt is not None and nxt[1] == 2) or deepest == number:
                out.append(Paragraph(block.text.slice(m.end(), len(block.text.text)).strip(),
                                     None, block.location))
                continue
        out.append(_topic_item(block, m, topic if depth == 2 else None))
    return out


def _as_outline_line(block: Any) -> Any:
    """A block numbered "3" (a paragraph or heading) or "3.1" (a numbered item, a heading)
    as the un-numbered line that prints its number first ("3.1 Networks")."""
    number = (getattr(block, "number", None) or "").rstrip(".")
    if not _LEGAL_NUMBER.fullmatch(number) or (isinstance(block, ListItem) and (
            block.kind != "number" or "." not in number)):
        return block
    return Paragraph(Inline(f"{number} ") + block.text, None, block.location)


def _third_level(block: Any) -> bool:
    """A paragraph numbered with three levels ("3.1.1 ..."), in its text or as an item."""
    if isinstance(block, ListItem):
        return block.kind == "number" and (block.number or "").count(".") == 2
    found = _outline(block) if isinstance(block, Paragraph) else None
    return found is not None and found[1] == 2


def legal_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper with legal numbering, "3. Candidates" over "3.1 Campaign" over
    "3.1.1 ...", printed with its first levels numbered ("3.", Word's numbered headings)
    and its third as text, read as an outline paper (see the module): the third-level
    paragraphs are the items of their chapter, under their sub-heading as topic; None when
    no paragraph has a three-level number or the numbers are no outline."""
    if not any(_third_level(b) for b in blocks):
        return None
    converted = [_as_outline_line(b) for b in blocks]
    if not any(c is not b for c, b in zip(converted, blocks, strict=True)):
        return None
    return outline_sections(converted)
