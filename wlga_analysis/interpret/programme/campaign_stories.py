"""Programme interpreter: a programme update sent as an e-mail campaign (Mailchimp).

An e-mail campaign tells each action as a story block: a photo (its alt text printed as
"[Photo: ...]" in a print), a headline, a paragraph, a status line ("**Status:** On
track") and a button ("Read more", "Find out more"); the stories stand under un-numbered
workstream headings. Around them stand a preheader and "View this email in your browser"
above the masthead, a sidebar column ("Programme funding", "Key dates", "In numbers": beside
the stories, or after them in the plain-text part) and a footer (postal address,
unsubscribe).

A careful reader takes each workstream heading as a section, numbered in reading order, and
each story as one item: its text the headline over its paragraph ("Headline: paragraph",
the package's convention for a lead, as :mod:`.heading_items` reads a sub-heading over its
narrative), its fields the status line's; the buttons, photo captions, sidebar and footer
are no items and no sections (kept as text: the funding lines are read as grants).

The layout is taken only when the paper numbers nothing, prints two button lines or more
(list ``newsletter button`` of ``data/raw/programme_words.csv``; the cheap first look) and
two stories or more, each a heading-shaped headline over narrative and a status line, the
first of them under a workstream heading (a heading-shaped line before its headline, only
a photo caption between).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> lines = ["Skills", "[Photo: Apprentices]", "Apprentices", "40 placed in May 2025.",
...          "Status: Complete", "Read more", "Awareness week", "Planned for June 2026.",
...          "Status: On track", "Read more", "Key dates"]
>>> out = campaign_sections([Paragraph(Inline(t)) for t in lines])
>>> [(type(b).__name__, b.number if isinstance(b, Paragraph) else None) for b in out][:2]
[('ListHeading', '1'), ('Paragraph', None)]
>>> [[c.text for c in row] for row in out[2].rows]  # doctest: +NORMALIZE_WHITESPACE
[['Apprentices: 40 placed in May 2025.', 'Complete'],
 ['Awareness week: Planned for June 2026.', 'On track']]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.heading_items import (
    _fields,
    _heading_like,
    add_fields,
    fields_table,
)
from wlga_analysis.interpret.programme.layouts import header_role
from wlga_analysis.interpret.programme.sections import ListHeading, section_name
from wlga_analysis.interpret.programme.status_bullets import (
    FieldsTable,
    _as_text,
)
from wlga_analysis.read.model import Inline, Paragraph
from wlga_analysis.reference import file_identity, load_programme_words, programme_columns
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MIN_STORIES", "campaign_sections"]

#: The fewest story blocks (and button lines) that make a paper of this layout.
MIN_STORIES = 2
#: The longest line read as a button.
_BUTTON_CHARS = 200
#: A photo's alt text printed alone in brackets ("[Photo: Solar on schools]").
_CAPTION = LazyPattern(r"\[[^\[\]\n]{1,200}\]")


@lru_cache(maxsize=8)
def _button_pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0]).get("newsletter button", ())
    # the button's words, then at most its link in brackets or angle brackets
    return compile_regex(r"(?i)[*_ \t]*+(?:" + ("|".join(f"(?:{w})" for w in words) or "(?!)")
                         + r")[*_ \t]*+(?:[(<][^()<>\s]*+[)>])?[ \t]*+")


def is_button(text: str) -> bool:
    """Whether a line is only an e-mail's button ("Read more", "Find out more (https://
    ...)": list ``newsletter button``).

    Examples
    --------
    >>> is_button("Read more (https://www.wlga.wales/x)"), is_button("Read more about it.")
    (True, False)
    """
    return len(text) <= _BUTTON_CHARS and _button_pattern(
        file_identity(config.PROGRAMME_WORDS_FILE)).fullmatch(text) is not None


def _states_status(found: dict[str, str]) -> bool:
    known = programme_columns()
    return any(header_role(" ".join(name.lower().split()), known) == "status" for name in found)


def _story(blocks: list[Any], k: int, marks: set[int], fields: dict[int, Any]
           ) -> tuple[int, list[int]] | None:
    """(headline, narrative places) of the story whose status line stands at ``k``, else
    None (no heading-shaped headline over narrative before it)."""
    narrative: list[int] = []
    j = k - 1
    while j >= 0 and j not in marks and j not in fields and not _heading_like(blocks[j]):
        narrative.append(j)
        j -= 1
    if j < 0 or j in marks or j in fields or not narrative:
        return None
    return j, narrative[::-1]


def _section_heading(blocks: list[Any], headline: int, captions: set[int],
                     taken: set[int]) -> int | None:
    """The workstream heading right before a story's headline (a photo caption between),
    else None."""
    j = headline - 1
    while j >= 0 and j in captions:
        j -= 1
    if j < 0 or j in taken or not _heading_like(blocks[j]) or is_button(blocks[j].text.text):
        return None
    return j


def _plan(blocks: list[Any], buttons: set[int]
          ) -> tuple[list[tuple[int, list[int]]], dict[int, Any], dict[int, Any]] | None:
    """(each section heading with its stories' headlines, the stories by headline, the
    lines of fields by place) or None."""
    fields = {k: found for k, b in enumerate(blocks) if b.__class__ is Paragraph
              and k not in buttons and (found := _fields(b)) is not None}
    captions = {k for k, b in enumerate(blocks)
                if b.__class__ is Paragraph and _CAPTION.fullmatch(b.text.text.strip())}
    marks = buttons | captions
    stories: dict[int, tuple[list[int], list[int]]] = {}
    for k in sorted(fields):
        if not _states_status(fields[k]):
            continue
        found = _story(blocks, k, marks, fields)
        if found is None:
            return None
        lines = [k]
        while lines[-1] + 1 in fields:  # (a second line of fields: "Due: March 2026")
            lines.append(lines[-1] + 1)
        stories[found[0]] = (found[1], lines)
    if len(stories) < MIN_STORIES:
        return None
    taken = {k for h, (narr, lines) in stories.items() for k in (h, *narr, *lines)}
    plan: list[tuple[int, list[int]]] = []
    for h in stories:
        head = _section_heading(blocks, h, captions, taken)
        if head is not None:
            plan.append((head, []))
        elif not plan:
            return None  # (the first story under no workstream heading: another layout)
        plan[-1][1].append(h)
    return plan, stories, fields


def _table(blocks: list[Any], heads: list[int], stories: dict[int, Any],
           fields_at: dict[int, Any], heading_line: int | None) -> FieldsTable:
    """A section's stories as one table: "Headline: paragraph", then a column per label."""
    labels: list[str] = []
    rows: list[tuple[str, int | None, dict[str, str]]] = []
    for h in heads:
        narrative, lines = stories[h]
        fields: dict[str, str] = {}
        for k in lines:
            add_fields(fields, labels, fields_at[k])
        name = blocks[h].text.text.strip().rstrip(" :")  # (plain: no "**" of a bold headline)
        text = " ".join(blocks[k].text.markdown().strip() for k in narrative)
        rows.append((f"{name}: {text}", blocks[h].location.line, fields))
    return fields_table(rows, labels, blocks[heads[0]].location, heading_line)


def campaign_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an e-mail campaign's update, each workstream heading a numbered section
    over one table of its stories (see the module); None for any other paper.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks read as the module describes: the blocks before the first section as
        they are, every other block after it (buttons, captions, sidebar, footer) as text.
    """
    buttons = {k for k, b in enumerate(blocks) if b.__class__ is Paragraph
               and b.number is None and is_button(b.text.text)}
    if len(buttons) < MIN_STORIES:  # (the cheap look: two buttons at least)
        return None
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    found = _plan(blocks, buttons)
    if found is None:
        return None
    plan, stories, fields = found
    taken: dict[int, Any] = {}
    skip: set[int] = set()
    for number, (s, heads) in enumerate(plan, 1):
        heading = blocks[s]
        # (a heading over its stories' table, photo captions between: .sections.ListHeading)
        taken[s] = ListHeading(Inline(section_name(heading.text.text.strip())), str(number),
                               heading.location)
        taken[heads[0]] = _table(blocks, heads, stories, fields,
                                 heading.location.line)
        skip.update(k for h in heads for k in (h, *stories[h][0], *stories[h][1]))
    first = plan[0][0]
    return [taken[k] if k in taken else _as_text(block) if k > first else block
            for k, block in enumerate(blocks) if k in taken or k not in skip]
