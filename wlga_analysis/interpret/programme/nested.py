"""Programme interpreter: sections printed as the first level of a nested list.

Some updates number nothing and print their progress as a nested list: each first-level
item names a section ("**Workstream 1: Cyber resilience**", "Theme 2 – Data",
"Digital skills") and the items of the list under it are that section's items. In such a
paper each first-level item that stands over a sub-list is read as the numbered section
heading it stands for ("1. Cyber resilience": the number its label gives, else its place
among the sections), and the items under it as the section's bullets (one level up), so
that the rest of the interpreter reads them as it reads any numbered section's bullets.

Two more things a reader sees in such a list are made explicit:

- a short line standing alone just before the list ("Progress by workstream") is the
  heading over it, in every form (a web page, Word file or PDF prints it as a plain line);
- an item that opens with a short plain label and a colon ("Cyber exercises: tabletop
  exercises were held ...") has that label as its topic, as a bold label would be.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("Progress by workstream")),
...           ListItem(Inline("Workstream 2: Data")),
...           ListItem(Inline("Dashboards: a platform was bought."), level=1)]
>>> out = nested_sections(blocks)
>>> [(type(b).__name__, b.text.markdown()) for b in out]  # doctest: +NORMALIZE_WHITESPACE
[('Heading', 'Progress by workstream'), ('Paragraph', 'Data'),
 ('ListItem', '**Dashboards:** a platform was bought.')]
>>> out[1].number, out[2].level
('2', 0)
>>> nested_sections([ListItem(Inline("Scrutiny")), ListItem(Inline("Data"))]) is None
True
>>> nested_sections([ListItem(Inline("Completed")), ListItem(Inline("A plan."), level=1)]) is None
True
>>> nested_sections([Paragraph(Inline("The programme has one priority:")),
...                  ListItem(Inline("Scrutiny")), ListItem(Inline("Support."), level=1)]) is None
True
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from wlga_analysis.interpret.programme.layouts import group_status, status_line
from wlga_analysis.interpret.programme.prose import has_auxiliary_verb
from wlga_analysis.interpret.programme.sections import section_label
from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["LIST_SECTIONS_NOTE", "ListSection", "nested_sections", "numbered_paper_sections",
           "plain_label_topic"]

#: The data-quality note on the sections of a nested list in a paper that numbers its
#: paragraphs: their numbers are the reader's, not paragraph numbers the paper printed.
LIST_SECTIONS_NOTE = (
    "the progress is printed as a nested list in a paper that numbers its paragraphs: the "
    "first-level items are read as sections numbered from their labels ('Workstream 2' is "
    "section 2) or, with no label, their place in the list; these numbers are not paragraph "
    "numbers the paper printed (they are not checked against them)")


class ListSection(Paragraph):
    """A first-level item of a nested list read as a numbered section heading in a paper
    that numbers its paragraphs: its number is the reader's (its label's, or its place),
    not a paragraph number the paper printed."""

#: A plain label before a colon at the start of an item: a capital, then up to 60
#: characters with no digit and no sentence or clause punctuation.
_PLAIN_LABEL = LazyPattern(r"[A-Z][^:.;!?\d]{0,60}?:(?=[ \t]+\S)")


def _name_of(item: ListItem) -> str:
    return item.text.text.strip().rstrip(":").strip()


def _names_a_section(item: ListItem) -> bool:
    """A first-level item that can name a section: short, no closing punctuation, no verb
    ("The following was completed:" introduces items, it names nothing) and not a status
    word ("Completed", "In progress": a group of items by status, not a section)."""
    name = _name_of(item)
    return has_heading_shape(name) and not has_auxiliary_verb(name) \
        and group_status(name) is None


def _list_run(blocks: list[Any], start: int) -> int:
    """The end (exclusive) of the run of list items that starts at ``start``."""
    end = start
    while end < len(blocks) and isinstance(blocks[end], ListItem):
        end += 1
    return end


def _is_section_list(run: list[ListItem]) -> bool:
    """A list whose first level names sections: it starts at its first level, every
    first-level item is a short name, and at least one stands over a sub-list."""
    if len(run) < 2:  # (one item stands over no sub-list: most lists of a long paper)
        return False
    base = min(item.level for item in run)
    if run[0].level != base:
        return False
    heads = [k for k, item in enumerate(run) if item.level == base]
    opens = any(k + 1 < len(run) and run[k + 1].level > base for k in heads)
    return opens and all(_names_a_section(run[k]) for k in heads)


def plain_label_topic(text: Inline) -> Inline:
    """``text`` with a short plain label before a colon at its start printed in bold (the
    item's topic); as it is when it opens in bold, names a status ("Status: Amber") or has
    no such label.

    Examples
    --------
    >>> plain_label_topic(Inline("Data maturity: the model was piloted.")).markdown()
    '**Data maturity:** the model was piloted.'
    >>> [plain_label_topic(Inline(t)).markdown() for t in (
    ...     "Q3 2024: exercises held.", "Status: Amber", "Work continues, as planned: yes")]
    ['Q3 2024: exercises held.', 'Status: Amber', 'Work continues, as planned: yes']
    """
    m = _PLAIN_LABEL.match(text.text)
    if m is None or (text.bold and text.bold[0][0] == 0) or len(m.group(0).split()) > 6 \
            or "," in m.group(0) or status_line(text.text) is not None:
        return text
    bold = ((0, m.end()), *((a, b) for a, b in text.bold if a >= m.end()))
    return Inline(text.text, bold)


#: The number of a numbered sub-list's item printed after a bullet ("- 1. text": how the
#: text form prints an item of a numbered list inside a bulleted one).
_PRINTED_NUMBER = LazyPattern(r"\d{1,2}[.)][ \t]+(?=\S)")


def _sub_item(item: ListItem, level: int) -> ListItem:
    """An item of a section's sub-list, one level up, its printed number (if any) taken
    out of its text and its plain label made its topic. An item of a numbered sub-list is
    read as a bullet: its number is its place in the section, as a bullet's is."""
    text = item.text
    m = _PRINTED_NUMBER.match(text.text) if item.kind == "bullet" else None
    if m is not None:
        text = text.slice(m.end(), len(text.text))
    kind = "bullet" if item.kind == "number" else item.kind
    return replace(item, text=plain_label_topic(text), level=level, kind=kind,
                   number=None if kind == "bullet" else item.number)


def _section_blocks(run: list[ListItem], number: int, section: type[Paragraph] = Paragraph
                    ) -> tuple[list[Any], int]:
    """The blocks a section list stands for, and the last section number given."""
    base = min(item.level for item in run)
    heads = [item for item in run if item.level == base]
    labels = [section_label(_name_of(item)) for item in heads]
    labelled = all(found is not None for found in labels)
    out: list[Any] = []
    for item in run:
        if item.level > base:
            out.append(_sub_item(item, item.level - base - 1))
            continue
        found = section_label(_name_of(item)) if labelled else None
        number = int(found[0]) if found is not None else number + 1
        text = item.text.strip()
        start = found[1] if found is not None else 0
        end = len(text.text.rstrip(":").rstrip())
        out.append(section(text.slice(start, end).strip(), str(number), item.location))
    return out, number


def _announces_priorities(block: Any) -> bool:
    """A line announcing the list of priorities under it ("The programme has two
    priorities:"): a nested list there is the priorities with their descriptions."""
    from wlga_analysis.interpret.programme.priority_lists import announced

    if not isinstance(block, Paragraph):
        return False
    found = announced(block.text.text)
    return found is not None and not found[1]


def _as_heading(block: Any) -> Any:
    """A short un-numbered line standing alone before a section list: its heading."""
    if isinstance(block, Paragraph) and block.number is None \
            and has_heading_shape(block.text.text):
        return Heading(block.text, 2, None, block.location)
    return block


def _heads_a_section(block: Any) -> bool:
    """A numbered paragraph that is a section's heading ("3. Programme delivery"): a list
    right after it is that section's bullets."""
    return isinstance(block, Paragraph) and block.number is not None \
        and has_heading_shape(block.text.text)


def nested_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper that numbers no paragraph with each list whose first level
    names sections read as numbered section headings over their items (see the module);
    None when the paper numbers a paragraph or has no such list."""
    if any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    return _sections_of_lists(blocks)


def numbered_paper_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a paper that numbers its paragraphs ("1.", "2.", "3.1") with each
    list whose first level names sections read as :func:`nested_sections` reads it,
    unless it stands under a numbered section heading ("3. Programme delivery": the list
    is that section's bullets); None when the paper numbers no paragraph or has no such
    list. The sections are numbered as in a paper that numbers nothing (their label's
    number, else their place among the lists' sections).

    Examples
    --------
    >>> blocks = [Paragraph(Inline("Progress is set out below."), "3"),
    ...           ListItem(Inline("Workstream 2: Data")),
    ...           ListItem(Inline("Dashboards: a platform was bought."), level=1)]
    >>> [(b.number, b.text.text) for b in numbered_paper_sections(blocks)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('3', 'Progress is set out below.'), ('2', 'Data'),
     (None, 'Dashboards: a platform was bought.')]
    >>> blocks[0] = Paragraph(Inline("Programme delivery"), "3")
    >>> numbered_paper_sections(blocks) is None
    True
    """
    if not any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    return _sections_of_lists(blocks, ListSection)


def _sections_of_lists(blocks: list[Any], section: type[Paragraph] = Paragraph
                       ) -> list[Any] | None:
    """The blocks with each section list read as sections; None when there is none
    as ``section`` blocks (:class:`ListSection` in a paper that numbers its paragraphs: a
    list right after a numbered section heading is then that section's bullets)."""
    out: list[Any] = []
    number = 0
    found = False
    i = 0
    while i < len(blocks):
        if not isinstance(blocks[i], ListItem):
            out.append(blocks[i])
            i += 1
            continue
        end = _list_run(blocks, i)
        run = blocks[i:end]
        if _is_section_list(run) and not (out and (_announces_priorities(out[-1]) or (
                section is ListSection and _heads_a_section(out[-1])))):
            found = True
            if out:
                out[-1] = _as_heading(out[-1])
            converted, number = _section_blocks(run, number, section)
            out.extend(converted)
        else:
            out.extend(run)
        i = end
    return out if found else None
