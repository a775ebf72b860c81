"""Programme interpreter: sections named by a labelled heading, in a paper that numbers no
paragraph.

Some papers number nothing but their sections, and those by a label: "Objective 1:
Scrutiny", "Priority 2 – Workforce", "Blaenoriaeth 3 / Priority 3: Public participation".
In such a paper each labelled heading is read as the numbered section heading it stands for
("1. Scrutiny"), so that its table rows, bullets or lettered paragraphs are that section's
items, as in a paper that numbers its paragraphs. A heading after the last labelled one, at
its level or above, is the next numbered section ("## Funding 2026-27" after "## Workstream
3: Workforce" is section 4), so that what follows it is not read as more of section 3.
The label words are data: list ``section label`` of ``data/raw/programme_words.csv``.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline
>>> blocks = [Heading(Inline("Blaenoriaeth 2 / Priority 2: Workforce"), 2)]
>>> [(b.number, b.text.text) for b in labelled_sections(blocks)]
[('2', 'Workforce')]

A heading after the last labelled one, at its level, ends that section (it is the next
section: here one framing the paper, never a progress section):

>>> blocks.append(Heading(Inline("Funding 2026-27"), 2))
>>> [(b.number, b.text.text) for b in labelled_sections(blocks)]
[('2', 'Workforce'), ('3', 'Funding 2026-27')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, ClassVar

from wlga_analysis import config
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words, per_reading
from wlga_analysis.text.prefilter import StartSearch
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["labelled_heading", "labelled_sections", "listed_names", "priority_word_at",
           "section_label", "section_name"]


@lru_cache(maxsize=8)
def _priority_words(identity: tuple[str, int, int]) -> StartSearch:
    # (its search skips to where a word can start: its match's start is the pattern's)
    words = load_programme_words(identity[0])["priority word"]
    return StartSearch(rf"\b(?:{'|'.join(f'(?:{w})' for w in words) or '(?!)'})\b",
                       re.IGNORECASE)


def priority_word_at(text: str) -> int:
    """Where ``text`` first names the paper's priorities (list ``priority word`` of
    ``programme_words.csv``: "priorities", "objectives"), else -1.

    Examples
    --------
    >>> priority_word_at("The programme has three objectives:"), priority_word_at("Purpose")
    (24, -1)
    """
    m = _priority_words(file_identity(config.PROGRAMME_WORDS_FILE)).search(text)
    return m.start() if m else -1


def listed_names(items: list[Any]) -> list[tuple[str, int]]:
    """(name, line) of each row listing a priority: its text without a list marker, a
    label ("Priority 1 – ") or the list's punctuation ("; and").

    Examples
    --------
    >>> from types import SimpleNamespace as Row
    >>> listed_names([Row(text="Priority 1 – Scrutiny;", source_line=4),
    ...               Row(text="(b) Data culture.", source_line=5)])
    [('Scrutiny', 4), ('Data culture', 5)]
    """
    from wlga_analysis.interpret.programme.common import _strip_list_punctuation
    from wlga_analysis.interpret.programme.layouts import strip_item_marker

    return [(_strip_list_punctuation(strip_item_marker(section_name(item.text))),
             item.source_line) for item in items]


def ends_nested_list(lead: Any, items: list[Any], row: Any) -> bool:
    """Whether ``row`` ends the list of priorities under ``lead``, a numbered sub-paragraph
    ("2.2 The priorities are:") that the list ("(a) ...", "b. ...") follows: the next
    sub-paragraph ("2.3 The status of each action is ...") is not a priority, whether the
    list is nested under the lead (sub-bullets) or printed after it.

    Examples
    --------
    >>> from types import SimpleNamespace as Row
    >>> lead, nxt = Row(kind="bullet", number="2.2"), Row(kind="bullet", number="2.3")
    >>> sub, item = Row(kind="sub-bullet", number=None), Row(kind="bullet", number=None)
    >>> ends_nested_list(lead, [sub], nxt), ends_nested_list(lead, [item], nxt)
    (True, True)
    >>> ends_nested_list(lead, [Row(kind="bullet", number="2.3")], Row(kind="bullet", number="2.4"))
    False
    """
    if not items:
        return False
    if lead.kind == row.kind == "bullet" and items[0].kind == "sub-bullet":
        return True
    depth = [None if not getattr(r, "number", None) else r.number.rstrip(".").count(".")
             for r in (lead, row, items[0])]
    return depth[0] is not None and depth[0] == depth[1] != depth[2]


def section_name(text: str) -> str:
    """The name a labelled line gives ("Priority 1 – Scrutiny" -> "Scrutiny"), else the
    text as it is.

    Examples
    --------
    >>> section_name("Priority 2 – Risk management"), section_name("Scrutiny;")
    ('Risk management', 'Scrutiny;')
    """
    found = section_label(text)
    return text if found is None else text[found[1]:]


@lru_cache(maxsize=8)
def _pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["section label"]
    label = "|".join(f"(?:{w})" for w in words) or "(?!)"
    number = r"(\d{1,2})"
    return compile_regex(rf"(?i)(?:(?:{label})[ \t]++\d{{1,2}}[ \t]*+/[ \t]*+)?(?:{label})[ \t]++"
                         rf"{number}(?:[ \t]*+/[ \t]*+(?:{label})[ \t]++\d{{1,2}})?"
                         r"[ \t]*+(?:[:.\u2013\u2014-][ \t]*+|[ \t](?=\S))(\S.*)")


@per_reading  # (each rule asks it of the same headings)
def section_label(text: str) -> tuple[str, int] | None:
    """The section number a labelled heading gives and where its name starts, or None.

    Examples
    --------
    >>> section_label("Objective 3: Public engagement"), section_label("Priority 12 - Data")
    (('3', 13), ('12', 14))
    >>> section_label("Priorities for 2024-25") is None, section_label("Objective: Data") is None
    (True, True)
    """
    if not _has_short_number(text):  # (a cheap test first: most texts have none)
        return None
    m = _pattern(file_identity(config.PROGRAMME_WORDS_FILE)).fullmatch(text)
    return (m.group(1), m.start(2)) if m else None


def _has_short_number(text: str) -> bool:
    """Whether a number of one or two figures follows a space or tab in ``text``: every
    labelled heading's number does ("Objective 3: ..."), a year ("2021-22") does not."""
    return any(part[:1].isdecimal() and not (len(part) > 2 and part[:3].isdecimal())
               for separator in (" ", "\t") if separator in text
               for part in text.split(separator)[1:])


def _heading_shaped(block: Any) -> bool:
    """A heading, or a short line of text standing alone as one (a web page, Word file or
    PDF printed in the text form): no number, no full stop at its end."""
    if isinstance(block, Heading):
        return True
    if not isinstance(block, Paragraph) or block.number is not None:
        return False
    text = block.text.text
    return 0 < len(text) <= 120 and text[-1] not in ".;,"


def labelled_sections(blocks: list[Any]) -> list[Any]:
    """The blocks of a paper that numbers no paragraph, each heading labelled with a section
    number read as the numbered section heading it stands for; any other paper's blocks
    unchanged (its numbered paragraphs number its sections)."""
    if any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return blocks
    found = [section_label(b.text.text) if _heading_shaped(b) else None for b in blocks]
    last = max((i for i, f in enumerate(found) if f is not None), default=None)
    out: list[Any] = []
    numbers: list[str] = []  # (the section numbers given so far)
    for i, (block, label) in enumerate(zip(blocks, found, strict=True)):
        if label is None:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            out.append(_section_after(block, blocks[last], nxt, numbers)
                       if last is not None and i > last else block)
        else:
            out.append(labelled_heading(block, *label, _prose_then_list(blocks, i + 1)))
        if isinstance(out[-1], Paragraph) and out[-1].number:
            numbers.append(out[-1].number)
    return out


def _prose_then_list(blocks: list[Any], start: int) -> bool:
    """Whether unnumbered paragraphs of sentences (a section's narrative, each ending with
    a full stop: no line naming a part, "Area 1: Data", no lead-in, "Calls to action:"),
    then a list, follow ``start``: a plain-text paper's "Priority 1: Apprenticeships" over
    its narrative and bullets."""
    j = start
    while j < len(blocks) and blocks[j].__class__ is Paragraph and blocks[j].number is None \
            and blocks[j].text.text.rstrip().endswith("."):
        j += 1
    return start < j < len(blocks) and blocks[j].__class__ is ListItem


def labelled_heading(block: Any, number: str, start: int, heads_items: bool = False
                     ) -> Paragraph:
    """A labelled heading read as the numbered section heading it stands for: its name
    after the label (``start``, from :func:`section_label`), numbered ``number``. A label
    that names a priority ("Priority 2: Digital transformation", "Blaenoriaeth 1",
    "Objective 3", list ``priority word`` of ``programme_words.csv``) makes the heading a
    :class:`~.section_priorities.PriorityHeading`: a paper that lists no priorities of its
    own takes such headings' names as its priorities
    (:func:`~.heading_priorities.with_heading_priorities`).

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline
    >>> got = labelled_heading(Heading(Inline("Priority 2: Digital transformation")), "2", 12)
    >>> type(got).__name__, got.number, got.text.text
    ('PriorityHeading', '2', 'Digital transformation')
    >>> type(labelled_heading(Heading(Inline("Workstream 1: Data")), "1", 14)).__name__
    'Paragraph'
    """
    from wlga_analysis.interpret.programme.section_priorities import (
        PriorityHeading,
        PriorityListHeading,
    )

    text = block.text.slice(start, len(block.text.text))
    if priority_word_at(block.text.text[:start]) >= 0:
        kind: type[Paragraph] = PriorityListHeading if heads_items else PriorityHeading
    else:
        kind = ListHeading if heads_items else Paragraph
    return kind(text, number, block.location)


class ListHeading(Paragraph):
    """A labelled heading read as a numbered section heading over prose, then the list of
    its items (the prose does not stand between the heading and its items)."""

    heads_items: ClassVar[bool] = True


def _after_last_section(block: Any, last: Any, nxt: Any, out: list[Any]) -> Any:
    """:func:`_section_after` with the section numbers of the blocks ``out`` so far."""
    numbers = [b.number for b in out if isinstance(b, Paragraph) and b.number]
    return _section_after(block, last, nxt, numbers)


def _frames_the_paper(text: str) -> bool:
    """Whether a line names a section framing the paper ("Funding": list ``other section``)."""
    from wlga_analysis.interpret.programme.layouts import is_other_section

    return is_other_section(text)


def _section_after(block: Any, last: Any, nxt: Any, numbers: list[str]) -> Any:
    """A heading after the last labelled one, at its level or above ("## Funding 2026-27"
    after "## Workstream 3: Workforce"; in a text form, a heading-shaped line over a list
    or a table), ends that section: it is read as the next numbered section heading ("4.
    Funding 2026-27"; a section framing the paper, such as funding, is never a progress
    section), not as more of the last section. Any other block as it is. ``numbers``: the
    section numbers given so far (the greatest is kept first in it). A heading-shaped line
    of a text form that names a section framing the paper ("Funding", "Recommendation")
    ends it whatever follows it (a paragraph introducing a funding table)."""
    if isinstance(block, Heading) and isinstance(last, Heading):
        ends = block.level <= last.level
    else:  # (or a heading-shaped line naming a section that frames the paper, "Funding")
        ends = _heading_shaped(block) and (isinstance(nxt, (ListItem, Table))
                                           or _frames_the_paper(block.text.text))
    if not ends:
        return block
    if len(numbers) > 1:  # (the greatest kept first: each call reads one number)
        numbers[:] = [max(numbers, key=int)]
    number = int(numbers[0]) + 1
    return Paragraph(block.text, str(number), block.location)
