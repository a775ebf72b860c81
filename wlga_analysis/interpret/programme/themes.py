"""Programme interpreter: an annual report's themes, each in "said / did / next" parts.

An annual report that numbers nothing may print its plan's themes as plain headings
("Buildings", "Procurement"), each over the same parts (:mod:`wlga_analysis.read.report_parts`):
the commitment ("What we said we would do", a paragraph), the year's work ("What we did",
bullets) and the next steps ("What next", bullets). A careful reader takes:

- each **theme** as a section, numbered in reading order (1, 2, ...); a heading with no
  part under it ("Funding") frames the paper and is no section;
- the **part headings** as group headings over the bullets, not sections;
- the commitment's paragraphs (and any paragraph of a theme before its parts) as text,
  never items;
- the bullets under the year's work as items **done**, unless their wording states another
  status ("is being tested", "behind plan because of delays"), and the bullets under the
  next steps as items **planned** (:func:`part_status`).

So :func:`theme_sections` reads each theme heading as the numbered section heading it
stands for ("1. Buildings") and every part heading and paragraph of a theme as a
:class:`ThemeText` (an un-numbered paragraph that never ends the theme's heading: the
bullets under its parts are the theme's items). The rule is tried only on a paper that
numbers no paragraph, and needs part headings of two kinds and one theme at least.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Heading(Inline("Annual Report 2024-25"), 1), Heading(Inline("Funding")),
...           Paragraph(Inline("A grant of £5 funded the work.")),
...           Heading(Inline("Buildings")), Heading(Inline("What we said we would do"), 3),
...           Paragraph(Inline("We said we would help.")), Heading(Inline("What we did"), 3),
...           ListItem(Inline("We helped.")), Heading(Inline("What next"), 3),
...           ListItem(Inline("Help more."))]
>>> out = theme_sections(blocks)
>>> [(b.number, type(b).__name__) for b in out[3:6]]
[('1', 'Paragraph'), (None, 'ThemeText'), (None, 'ThemeText')]
>>> part_status("What we did"), part_status("What next"), part_status("Buildings")
(('done', 'part'), ('planned', 'group'), None)
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table
from wlga_analysis.read.report_parts import LONGEST, is_heading_block, part_kind
from wlga_analysis.read.text_lines import has_heading_shape

__all__ = ["PART_RULE", "ThemeText", "part_status", "theme_sections", "with_part_status"]

#: The rule of a status a "done" part heading gives where the wording states none.
PART_RULE = "part"
#: The status each kind of part gives its bullets, and how ("group": whatever the wording;
#: :data:`PART_RULE`: where the wording states no status).
PART_STATUS: dict[str, tuple[str, str]] = {"done": ("done", PART_RULE),
                                           "next": ("planned", "group"),
                                           "improve": ("planned", PART_RULE)}
#: The most paragraphs between a theme's heading and its first part heading.
INTRO_PARAGRAPHS = 3


class ThemeText(Paragraph):
    """A part heading or a paragraph of a theme (no item): an un-numbered paragraph that
    does not end the theme's numbered heading (see :func:`~.common.after_group_labels`)."""


def part_status(text: str) -> tuple[str, str] | None:
    """The status a part heading gives the bullets under it, and its rule (see
    :data:`PART_STATUS`); None for any other line.

    Examples
    --------
    >>> part_status("**What we did:**"), part_status("What we said we would do")
    (('done', 'part'), None)
    """
    kind = part_kind(text)
    return PART_STATUS.get(kind) if kind is not None else None


def with_part_status(fields: dict[str, Any], stated: tuple[str, str]) -> dict[str, Any]:
    """An item's fields with the status of the "done" part it stands in, when its wording
    states none (its status rule is the default); its own wording's status otherwise.

    Examples
    --------
    >>> fields = {"status": "in progress", "status_rule": "default: no wording matched"}
    >>> with_part_status(fields, ("done", PART_RULE))["status"]
    'done'
    >>> with_part_status({**fields, "status_rule": "in progress: is being done"},
    ...                  ("done", PART_RULE))["status"]
    'in progress'
    """
    rule = fields["status_rule"]
    if isinstance(rule, str) and rule.startswith("default"):
        return {**fields, "status": stated[0], "status_rule": "group"}
    return fields


def _is_prose(block: Any) -> bool:
    return isinstance(block, Paragraph) and block.number is None \
        and part_kind(block.text.text) is None


def _is_theme_heading(block: Any) -> bool:
    if not is_heading_block(block):
        return False
    text = block.text.text.strip().replace("**", "")
    return has_heading_shape(text) and part_kind(text) is None


def _theme_heading(blocks: list[Any], part: int) -> int | None:
    """The theme heading over the part heading at ``part``: the heading just before it,
    perhaps over a paragraph or two of introduction; None when it follows other parts."""
    j = part - 1
    while j >= 0 and part - j <= INTRO_PARAGRAPHS and _is_prose(blocks[j]) \
            and not _is_theme_heading(blocks[j]):
        j -= 1
    return j if j >= 0 and _is_theme_heading(blocks[j]) else None


def _part_headings(blocks: list[Any]) -> dict[int, str]:
    """The part headings of the blocks, by index: their kinds."""
    out: dict[int, str] = {}
    for i, block in enumerate(blocks):
        if (block.__class__ is Heading or block.__class__ is Paragraph) \
                and block.number is None and len(block.text.text) <= LONGEST \
                and (kind := part_kind(block.text.text)) is not None:
            out[i] = kind
    return out


def theme_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a report in themes and parts with each theme heading read as a
    numbered section heading (in reading order) and its part headings and paragraphs as
    :class:`ThemeText`; None when the paper numbers a paragraph or prints no parts (see
    the module)."""
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    parts = _part_headings(blocks)
    if len(set(parts.values())) < 2:
        return None
    themes = sorted({j for i in parts if (j := _theme_heading(blocks, i)) is not None})
    if not themes:
        return None
    out = list(blocks)
    bounds = [*themes, len(blocks)]
    for number, (start, end) in enumerate(pairwise(bounds), 1):
        head = blocks[start]
        out[start] = Paragraph(head.text.strip(), str(number), head.location)
        for k in range(start + 1, end):
            block = blocks[k]
            if isinstance(block, (ListItem, Table)) or not is_heading_block(block):
                continue
            if number == len(themes) and _frames_the_paper(block):  # (after the last theme)
                out[k] = Paragraph(block.text.strip(), str(len(themes) + 1), block.location)
                break
            out[k] = ThemeText(block.text, None, block.location)
    return out


def _frames_the_paper(block: Any) -> bool:
    """A heading after the themes that names a section framing the paper ("Funding",
    "Recommendation"): it ends the last theme (numbered after the themes, never a theme)."""
    from wlga_analysis.interpret.programme.layouts import is_other_section

    text = block.text.text.strip()
    return has_heading_shape(text) and part_kind(text) is None and is_other_section(text)
