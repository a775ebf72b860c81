"""A research report's recommendations boxed at the end of each chapter, numbered by chapter.

A policy institute's report (typeset in LaTeX, or its pandoc exports) argues each chapter
("3 Governance and accountability") in numbered sections ("3.1 Current arrangements",
"3.2 What the evidence shows") and closes the chapter with its recommendations, each in a
box numbered by the chapter: "Recommendation 3.1", "Recommendation 3.2". The boxes stand
after the chapter's last section, so the nearest heading above them is that section's: a
careful reader takes the **chapter** as the recommendations' area (the number's first part
is the chapter's: 3.1 under chapter 3), not the section the boxes happen to follow.

:func:`chapter_areas` is the rule, applied by the prose reader's plan
(:class:`~.committee_reports.ReportParser`) when all of these hold:

- every area planned stands under a theme (its chapter), one area per chapter, and the area
  is the chapter's **last** section (the boxes close the chapter); an area printed at the
  chapters' level is a chapter itself (its sections generic sub-headings: "What we
  heard");
- every recommendation in an area is numbered by chapter ("N.M"), with one first part per
  chapter, different in each chapter, its label printed alone (the box's title: a label
  that leads the sentence, "Recommendation 1.1 (Area: ...) – Councils should ...", is
  another layout's);
- a number the chapter or its section prints ("3 Governance", "Chapter 3" above it,
  "3.2 What the evidence shows") agrees with that first part.

The chapters are then the areas (their sections are sub-headings: notes) and no heading is
a theme. The chapters' other sentences are the evidence argued, the area's remit, not work
the institute reports (no activities).

A footnote mark printed after a recommendation's closing full stop ("... annual grants.⁶",
the footnote at the page foot or the end) is no part of its words: :func:`closing_marks`
takes it off and reports it (check ``footnote mark``), so that an analyst can find the note.

The fences of pandoc's fenced divs in the Markdown form (``::: recbox``, ``:::``) are markup:
:func:`unfenced` takes them off the lines before the blocks are read.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> def h(text, level):
...     return Heading(Inline(text), level)
>>> def p(text):
...     return Paragraph(Inline(text))
>>> blocks = [h("Report", 1), h("2 Evidence", 1), h("2.1 Findings", 2), p("Recommendation 2.1"),
...           p("Councils should act."), h("3 Money", 1), h("3.1 Costs", 2),
...           p("Recommendation 3.1"), p("The WLGA should act.")]
>>> chapter_areas(blocks, {2, 6}, {1, 5})
({1, 5}, set())
>>> chapter_areas(blocks, {2}, {1}) is None  # (one chapter: no rule)
True
>>> unfenced(("::: recbox", "**Recommendation 1**", "Text.", ":::", "a ::: b"))
('', '**Recommendation 1**', 'Text.', '', 'a ::: b')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, Heading, Table
from wlga_analysis.text.marks import FOOTNOTE_MARKS
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["chapter_areas", "closing_marks", "unfenced"]

#: A footnote mark printed after a recommendation's closing full stop ("... grants.\u2076").
_CLOSING_MARK = compile_regex(r"(?<=[.!?])[" + FOOTNOTE_MARKS + r"]{1,3}$")
#: A pandoc fenced div's fence ("::: recbox", "::: {.box}", ":::"): markup, not text.
_FENCE = compile_regex(r"[ ]{0,3}:{3,}+(?:[ \t]*+(?:\{[^}\n]*+\}|[\w-]++))?[ \t]*+")
#: The number a chapter prints before its name ("3 Governance", "Chapter 3", "3. Money").
_CHAPTER_NUMBER = compile_regex(r"(?i)(?:chapter\s+)?(\d{1,2})\.?(?:\s|$)")
#: A section's number ("3.2" as printed before its name, or the heading's number).
_SECTION_NUMBER = compile_regex(r"(\d{1,2})\.\d{1,2}(?:\s|$)")


def unfenced(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with the fences of pandoc's fenced divs blank, line for line (the lines
    themselves when there is none)."""
    if not any(line.lstrip(" ").startswith(":::") for line in lines):
        return lines
    return tuple("" if _FENCE.fullmatch(line) else line for line in lines)


def chapter_areas(blocks: list[Block], areas: set[int], themes: set[int]
                  ) -> tuple[set[int], set[int]] | None:
    """The (areas, themes) of a report whose recommendations close each chapter, numbered
    by chapter (see the module's notes): the chapters as the areas, no theme; None when the
    plan is not that layout.

    Parameters
    ----------
    blocks : list of Block
        The blocks the prose reader plans from.
    areas, themes : set of int
        The indexes of the headings it planned as areas and as themes.

    Returns
    -------
    tuple of (set of int, set of int), or None

    Examples
    --------
    >>> chapter_areas([], set(), set()) is None
    True
    """
    if len(areas) < 2 or not themes:  # (the cheap look: two chapters at least, one a theme)
        return None
    chapter_of = _chapters(blocks, areas, themes)
    if chapter_of is None:
        return None
    numbers = _chapter_numbers(blocks, areas)
    if numbers is None:
        return None
    for area, number in numbers.items():
        chapter = chapter_of[area]
        if not (_prints(blocks, chapter, number) and _section_agrees(blocks[area], number)):
            return None
    return set(chapter_of.values()), set()


def _chapters(blocks: list[Block], areas: set[int], themes: set[int]
              ) -> dict[int, int] | None:
    """Each area's chapter (the theme heading it stands under, or the area itself when it
    is printed at the chapters' level: its sections generic sub-headings, "What we heard"),
    when each stands under one of its own and is its chapter's last section; else None."""
    chapter_of: dict[int, int] = {}
    levels = {blocks[theme].level for theme in themes}
    for area in sorted(areas):
        if blocks[area].level in levels:  # (a chapter already: its one section is generic)
            chapter_of[area] = area
            continue
        chapter = next((i for i in range(area - 1, -1, -1) if isinstance(blocks[i], Heading)
                        and blocks[i].level < blocks[area].level), None)
        if chapter is None or chapter not in themes or chapter in chapter_of.values():
            return None
        for block in blocks[area + 1:]:
            if isinstance(block, Heading) and block.level <= blocks[chapter].level:
                break
            if isinstance(block, Heading) and block.level <= blocks[area].level:
                return None  # (a section after the boxes: they do not close the chapter)
        chapter_of[area] = chapter
    return chapter_of


def _chapter_numbers(blocks: list[Block], areas: set[int]) -> dict[int, int] | None:
    """The chapter number each area's recommendations print ("3.1", "3.2": 3), when every
    one is numbered by chapter, one number to an area and a different one in each."""
    from wlga_analysis.interpret.recommendations.prose import recommendation_label

    firsts: dict[int, set[int]] = {}
    current: int | None = None
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            if index in areas:
                current = index
            elif current is not None and block.level <= blocks[current].level:
                current = None
            continue
        if current is None or isinstance(block, Table) or not hasattr(block, "text"):
            continue
        text = clean_text(block.text.text)
        label = recommendation_label(text)
        if label is None:
            continue
        if not label[1].startswith(".") or text[label[3]:].strip(" .:"):
            return None  # (numbered through the report; or no box's title: a lead-in)
        firsts.setdefault(current, set()).add(label[0])
    if set(firsts) != areas or any(len(found) != 1 for found in firsts.values()):
        return None
    numbers = {area: min(found) for area, found in firsts.items()}
    return numbers if len(set(numbers.values())) == len(numbers) else None


def _prints(blocks: list[Block], chapter: int, number: int) -> bool:
    """Whether the chapter's heading (or a "Chapter N" heading right above it) prints no
    number other than ``number``."""
    printed = [clean_text(blocks[chapter].text.text)]
    if chapter > 0 and isinstance(blocks[chapter - 1], Heading):
        above = clean_text(blocks[chapter - 1].text.text)
        if above.casefold().startswith("chapter"):
            printed.append(above)
    if blocks[chapter].number:
        printed.append(str(blocks[chapter].number))
    for text in printed:
        m = _CHAPTER_NUMBER.match(text)
        if m is not None and int(m.group(1)) != number:
            return False
    return True


def _section_agrees(block: Block, number: int) -> bool:
    """Whether the section the boxes follow prints no number of another chapter ("3.2")."""
    for text in (str(getattr(block, "number", None) or ""), clean_text(block.text.text)):
        m = _SECTION_NUMBER.match(text)
        if m is not None:
            return int(m.group(1)) == number
    return True


def closing_marks(parser: Any) -> None:
    """Take a footnote mark printed after a recommendation's closing full stop off its text
    (the last piece), reporting it (check ``footnote mark``).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> item = SimpleNamespace(pieces=["Fund it for three years.\u2076"], printed="4.1", line=9)
    >>> found = []
    >>> parser = SimpleNamespace(items={"recommendations": [item]},
    ...                          issue=lambda *a: found.append(a[1:3]))
    >>> closing_marks(parser)
    >>> item.pieces, found
    (['Fund it for three years.'], [('footnote mark', '4.1')])
    """
    for item in parser.items["recommendations"]:
        if not item.pieces or not item.pieces[-1]:
            continue
        m = _CLOSING_MARK.search(item.pieces[-1])
        if m is None:
            continue
        item.pieces[-1] = item.pieces[-1][:m.start()]
        parser.issue("recommendations", "footnote mark", item.printed, item.line,
                     f"recommendation {item.printed}: footnote mark {m.group()!r} after its "
                     "closing full stop taken off its text; the footnote is in the notes")
