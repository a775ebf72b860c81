r"""Areas printed as cards: a two-column table per area, its header row the area's label and
name ("Area 1 | Social care workforce"), each row a label and what it names::

    | Area 1            | Social care workforce                               |
    | Aim               | To recruit and keep enough care workers.            |
    | What we have done | 1. Councils pay the Real Living Wage.               |
    | What we recommend | 1. That councils agree a common pay framework.      |
    | Who will lead     | Rec 1: Director of Social Services, each council    |

A card is read as the row of the classic table it stands for (Area, Activity underway or
achieved, Recommendations, and an owner column). The labels are matched by the rules of
:data:`CARD_ROLES`; a row whose label no rule knows is kept with the area's remit, its label
before it, so that nothing is lost.

Examples
--------
>>> import re
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def cell(text): return Cell((Paragraph(Inline(text)),))
>>> card = Table((cell("Area 2"), cell("Apprenticeships")),
...              ((cell("Aim"), cell("To grow apprenticeships.")),
...               (cell("What we recommend"), cell("3. That the WLGA publishes a framework."))))
>>> [(row, columns)] = area_cards(card, re.compile(r"Area\s+(\d+)\s*:?\s*(.*)"))
>>> [c.text for c in row][:2], columns.recommendations
(['Area 2: Apprenticeships To grow apprenticeships.', ''], 2)
>>> row[2].text
'3. That the WLGA publishes a framework.'
"""

from __future__ import annotations

import re
from dataclasses import replace

from wlga_analysis.interpret.recommendations.columns import Columns, column_name
from wlga_analysis.read.model import Block, Cell, Inline, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["CARD_ROLES", "area_cards", "card_role"]

#: (role, pattern): a card row whose label (case and spacing folded, a colon dropped) fully
#: matches the pattern gives its cell that role; the first rule that matches wins.
CARD_ROLES: tuple[tuple[str, str], ...] = (
    ("remit", r"aims?|purpose|objectives?|remit|what\s+we\s+want\s+to\s+achieve"),
    ("activities", r"what\s+(?:we\s+have|has\s+been)\s+done(?:\s+so\s+far)?|progress(?:\s+to\s+"
                   r"date)?|activit\w*(?:\s\S+){0,5}|work\s+(?:done|to\s+date|underway)"),
    ("recommendations", r"what\s+we\s+recommend|(?:our\s+)?recommendations?"),
    ("owners", r"who\s+will\s+lead|who\s+leads|leads?|owners?|lead\s+organisations?|"
               r"responsible|lead\s+and\s+support"),
)
_COMPILED = tuple((role, compile_regex(pattern)) for role, pattern in CARD_ROLES)
#: Where each part of a card goes in the classic row it stands for.
_COLUMNS = Columns(width=4, area=0, recommendations=2, activities=1, owners=3)


def card_role(label: str) -> str | None:
    """The role of a card's row by its label ("What we recommend": recommendations).

    Examples
    --------
    >>> card_role("What we have done"), card_role("Who will lead:"), card_role("Notes")
    ('activities', 'owners', None)
    """
    text = " ".join(label.split()).strip(" *:").casefold()
    return next((role for role, pattern in _COMPILED if pattern.fullmatch(text)), None)


def area_cards(table: Table, area_lead: re.Pattern[str]
               ) -> list[tuple[tuple[Cell, ...], Columns]] | None:
    """The classic rows the cards of a table stand for, each with its columns; None for a
    table that holds no card. (A page that prints its cards one under another may come as
    one table with no header: a card then starts at each row of an area's label alone.)

    Parameters
    ----------
    table : Table
        A table of the document model.
    area_lead : re.Pattern
        The pattern of an area's label and number ("Area 1"; group 1 the number, group 2
        what follows it).

    Returns
    -------
    list of (tuple of Cell, Columns), or None
    """
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    starts = [k for k, row in enumerate(rows) if _card_head(row, area_lead)]
    if not starts or starts[0] != 0:
        return None
    cards = [_card(rows[a], rows[a + 1:b])
             for a, b in zip(starts, [*starts[1:], len(rows)], strict=True)]
    return None if any(card is None for card in cards) else cards  # type: ignore[return-value]


def _card_head(row: tuple[Cell, ...], area_lead: re.Pattern[str]) -> bool:
    """A card's first row: an area's label and number alone, then its name."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 2 or filled[0] is not row[0]:
        return False
    lead = area_lead.fullmatch(" ".join(row[0].text.split()))
    return lead is not None and not lead.group(2).strip()


def _card(head: tuple[Cell, ...], body: list[tuple[Cell, ...]]
          ) -> tuple[tuple[Cell, ...], Columns] | None:
    """The classic row one card stands for (None when it names no recommendation or
    activity)."""
    label, name = (" ".join(c.text.split()) for c in head if c.text.strip())
    roles = [(card_role(row[0].text) if row else None, row) for row in body]
    if not any(role in ("recommendations", "activities") for role, _ in roles):
        return None
    title = f"{label}: {name}"
    parts: dict[str, list[Block]] = {"area": [Paragraph(
        Inline(title, ((0, len(title)),)), None, head[0].location)]}
    for role, row in roles:
        blocks = [b for c in row[1:] for b in c.blocks]
        if role is None or role == "remit":  # an unknown label is kept with the remit
            if role is None:
                blocks = [*row[0].blocks, *blocks]
            role = "area"
        parts.setdefault(role, []).extend(blocks)
    row = tuple(Cell(tuple(parts.get(role, ())), head[0].location)
                for role in ("area", "activities", "recommendations", "owners"))
    owners = next((r[0].text for role, r in roles if role == "owners"), None)
    # the owner column is also kept as printed, under its label ("who_will_lead")
    return row, _COLUMNS if owners is None else replace(_COLUMNS,
                                                         extras=((3, column_name(owners)),))
