"""Programme interpreter: legal numbering whose numbers were lost on export.

A report laid out in Word with legal numbering ("1 Leadership" over "1.1 Members" over
"1.1.1 Deliver ...", one multi-level list) keeps its numbers only in Word's numbering, not
in its text. Exported to Markdown (pandoc), its chapters are ``#`` headings and its
sub-headings ``##`` headings with no number, and each sub-heading's actions a numbered
list that starts again at 1::

    # Leadership and governance
    ## Member development
    1.  Deliver the cabinet members' leadership programme ...
    2.  Publish an e-learning module ...
    ## Scrutiny
    1.  Support scrutiny committees ...

A careful reader numbers them as the printed report does: the chapters that hold such
sub-headings 1, 2, 3 in reading order, their sub-headings N.1, N.2, and each list item
N.M.K by its own number. So the paper is read as its outline (:mod:`.outline`): each
action an item of its chapter under its sub-heading as topic, the chapters its priorities
(a paper that lists none takes them). A heading of the same level over no such sub-heading
("# Financial summary", "# Recommendation") is no chapter and keeps no number (the printed
report may number it or not: nothing says). The rule holds only when the lists restart
(two or more sub-headings each over a list from 1) under two chapters or more, and the
paper numbers no paragraph in any other way.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Heading(Inline("Leadership"), 1), Heading(Inline("Members"), 2),
...           Paragraph(Inline("A programme ran."), "1"), Heading(Inline("Scrutiny"), 2),
...           Paragraph(Inline("A guide was issued."), "1"), Heading(Inline("Data"), 1),
...           Heading(Inline("Measures"), 2), Paragraph(Inline("Measures were set."), "1")]
>>> [(b.number, b.text.text) for b in heading_outline_sections(blocks)]
...  # doctest: +NORMALIZE_WHITESPACE
[('1', 'Leadership'), ('1.1.1', 'A programme ran.'), ('1.2.1', 'A guide was issued.'),
 ('2', 'Data'), ('2.1.1', 'Measures were set.')]
>>> heading_outline_sections(blocks[:5]) is None  # (one chapter: no outline)
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph

__all__ = ["heading_outline_sections"]

#: The fewest chapters, and the fewest lists starting at 1, of a paper read so.
_MIN_CHAPTERS, _MIN_LISTS = 2, 2


def _list_number(block: Any) -> int | None:
    """The number of a numbered paragraph or list item printed "1." ... (one level)."""
    if isinstance(block, ListItem) and block.kind != "number":
        return None
    if not isinstance(block, (Paragraph, ListItem)):
        return None
    number = (getattr(block, "number", None) or "").rstrip(".")
    return int(number) if number.isdigit() and len(number) <= 2 else None


class _Outline:
    """The outline numbers given so far: the chapter's, the open chapter heading's level
    and its sub-headings' count, the lists met."""

    def __init__(self) -> None:
        self.numbers: dict[int, str] = {}
        self.chapter = self.lists = 0
        self.top: int | None = None
        self.sub: int | None = None

    def heading(self, blocks: list[Any], i: int) -> None:
        """Number heading ``i``: a chapter (over a sub-heading over a list from 1), a
        sub-heading of the open chapter (over a list from 1), or neither (it closes it)."""
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if isinstance(nxt, Heading) and nxt.level > block.level \
                and i + 2 < len(blocks) and _list_number(blocks[i + 2]) == 1:
            self.chapter += 1
            self.top, self.sub = block.level, 0
            self.numbers[i] = str(self.chapter)
        elif self.top is not None and self.sub is not None and block.level > self.top \
                and _list_number(nxt) == 1:
            self.sub += 1
            self.lists += 1
            self.numbers[i] = f"{self.chapter}.{self.sub}"
        else:
            self.top, self.sub = None, None


def _plan(blocks: list[Any]) -> dict[int, str] | None:
    """The outline number of each block of the structure, by index; None when the paper
    is not so laid out (see the module)."""
    if len({b.level for b in blocks if isinstance(b, Heading)}) < 2:
        return None
    outline = _Outline()
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            outline.heading(blocks, i)
            continue
        number = _list_number(block)
        if number is not None and outline.sub:
            outline.numbers[i] = f"{outline.chapter}.{outline.sub}.{number}"
        elif number is not None or getattr(block, "number", None):
            return None  # (a numbered paragraph outside the outline)
    return outline.numbers if outline.chapter >= _MIN_CHAPTERS \
        and outline.lists >= _MIN_LISTS else None


def heading_outline_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper whose legal numbers were lost on export (un-numbered headings
    over lists restarting at 1), read as the outline paper it prints (see the module);
    None when the paper is not so laid out."""
    if not any(isinstance(b, Heading) for b in blocks):
        return None
    numbers = _plan(blocks)
    if numbers is None:
        return None
    from wlga_analysis.interpret.programme.outline import outline_sections

    converted = [Paragraph(Inline(f"{numbers[i]} ") + b.text, None, b.location)
                 if i in numbers else b for i, b in enumerate(blocks)]
    return outline_sections(converted)
