"""An area read from a heading that names a part of the paper, not a policy area.

An Ombudsman's investigation report prints its recommendations under one "Recommendations"
heading (a part of the report, beside "Summary", "The complaint", "Analysis and
conclusions"); a designed print of it may show no such heading, so that they stand under the
report's title alone. The data contract gives every recommendation an area, so the loader
reads that heading (or the title) as their one area, as it reads a letter's subject line
(:meth:`.lead_ins.LeadInParser.subject_area`); a careful reader sees no policy area there.
:func:`report_part_areas` reports it (check ``area from a part heading``), so an analyst
knows the area is the paper's part, not a topic.

Examples
--------
>>> is_part_heading("Recommendations", 3, 0)
True
>>> is_part_heading("Housing", 3, 0)
False
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, Heading

__all__ = ["is_part_heading", "report_part_areas"]


def is_part_heading(text: str, index: int, title: int | None) -> bool:
    """Whether a heading read as an area names a part of the paper: a label
    ("Recommendations", "Activity underway or achieved") or the heading at ``title`` (the
    paper's title).

    Examples
    --------
    >>> is_part_heading("Report of an investigation", 0, 0)
    True
    """
    from wlga_analysis.interpret.recommendations.prose import _label_role

    return index == title or _label_role(text) is not None


def _titles(blocks: list[Block]) -> set[int]:
    """The headings that may be the paper's title, when it has other headings: its one
    outermost heading (a cover's publisher line may come first: "### Ombudsman", then
    "## The investigation of ...")."""
    headings = [(b.level, i) for i, b in enumerate(blocks) if isinstance(b, Heading)]
    if len(headings) < 2:
        return set()
    top = min(level for level, _ in headings)
    outer = [i for level, i in headings if level == top]
    return set(outer) if len(outer) == 1 else set()


def report_part_areas(parser: Any, blocks: list[Block], areas: dict[int, int]) -> None:
    """Report each area read from a part heading or the title (the parser's ``issue``).

    Examples
    --------
    >>> class P:
    ...     def issue(self, *args): print(args[1], args[2])
    >>> from wlga_analysis.read.model import Heading, Inline
    >>> blocks = [Heading(Inline("Report"), 1), Heading(Inline("Recommendations"), 2)]
    >>> report_part_areas(P(), blocks, {1: 1})
    area from a part heading 1
    """
    titles = _titles(blocks) if areas else set()
    for index, area_id in areas.items():
        text = clean_text(blocks[index].text.text)
        if index in titles or is_part_heading(text, index, None):
            parser.issue("recommendations", "area from a part heading", area_id,
                         blocks[index].location.line,
                         f"the recommendations stand under no policy area: the heading "
                         f"{text[:60]!r} names a part of the paper (or is its title) and is "
                         "read as their area, as the data contract needs one")
