"""Programme interpreter: priorities named by the sections of a record or a self-assessment.

Two layouts print their priorities only as the names of their sections, and a careful
reader takes those names as the priorities (each item the priority of its section):

- a **record of proceedings** of an oral statement (:mod:`.record`): its one section is
  the programme the item's heading names after its colon ("Statement by the Minister:
  Roads Fund" over the section "Roads Fund");
- a **self-assessment** (:mod:`.self_assessment`): each objective a section, every item
  an improvement action standing under a question heading of list ``improvement part`` of
  ``programme_words.csv`` ("What can we do better?"); a web page's "On this page" list of
  the objectives' labels ("Objective 1") names no priority.

Examples
--------
>>> with_section_name_priorities(None) is None
True
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.interpret.programme.heading_priorities import (
    lists_no_priorities,
    with_section_priorities,
)

__all__ = ["with_section_name_priorities"]


def _sections(parsed: Any) -> list[tuple[int, str, int]]:
    """(paragraph, name, first line) of each section of the parse's items, in order."""
    prog = parsed.programme
    sections = prog[["paragraph", "section"]].dropna().drop_duplicates("paragraph")
    return [(int(p), str(name), int(prog.loc[prog["paragraph"] == p, "source_line"].min()))
            for p, name in zip(sections["paragraph"], sections["section"], strict=True)]


def _all_improvement_actions(parsed: Any) -> bool:
    """Whether every item of the parse stands under an improvement question heading."""
    from wlga_analysis.read.report_parts import part_kind

    topics = parsed.programme["topic"]
    return len(topics) > 0 and all(isinstance(t, str) and part_kind(t) == "improve"
                                   for t in topics)


def with_section_name_priorities(parsed: Any) -> Any:
    """The parse with its sections' names as its priorities when it is a record's one
    section named by its title or a self-assessment's objectives (see the module);
    ``parsed`` itself otherwise.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
    """
    if not dataclasses.is_dataclass(parsed) or not len(parsed.programme):
        return parsed
    if _all_improvement_actions(parsed):
        return with_section_priorities(parsed, _sections(parsed), printed=False)
    title = parsed.metadata.get("title") or ""
    if not lists_no_priorities(parsed) or ": " not in title:
        return parsed
    sections = _sections(parsed)
    if len(sections) != 1 or title.rsplit(": ", 1)[-1].strip() != sections[0][1]:
        return parsed
    return with_section_priorities(parsed, sections, printed=False)

