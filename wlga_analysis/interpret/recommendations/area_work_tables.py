"""A separate table of the work under way, keyed by the areas' names; tables' captions.

A working group may print its recommendations in one table (``Recommendation | Owner | Area
| No.``) and what is already happening in each area in a **separate, later table** keyed by
the area's name (``Area | What is already happening``, unnumbered bullets in the cell)::

    Table 2: What is already happening
    Area                          What is already happening
    Procurement & social value    • Eleven councils already report social value ...

:func:`area_work_table` reads such a table (an Area column, a column of work done or under
way, no Recommendations column, after the areas were read): each row's activities are
filed under the area its row names, matched as an analyst would (:func:`area_key`: case,
"&" for "and", punctuation and spacing left out; an "Area 3:" label by its number). A name
matched so but printed differently is reported ("area matched loosely"); a row naming no
area of the recommendations is kept as an area of its own, reported ("area not in the
recommendations"). Unnumbered bullets are numbered in reading order (reported).

A **caption** over a table ("Table 1: Recommendations", "Table 2 – What is already
happening"; :func:`is_table_caption`) names the table, not a theme of its areas: it is kept
in the notes.

Examples
--------
>>> area_key("Procurement & Social Value."), area_key("procurement and social value")
('procurement and social value', 'procurement and social value')
>>> is_table_caption("Table 1: Recommendations"), is_table_caption("Tables and chairs")
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.read.model import Table

__all__ = ["WORK_HEADER", "area_key", "area_work_table", "caption_note", "is_table_caption"]

#: A header naming the work under way that the column rules do not name: "Work already
#: under way", "Activity currently in progress" (the others: ``columns.COLUMN_RULES``
#: and ``labelled_fields.WORK_LABEL``, "What is already happening").
WORK_HEADER = LazyPattern(r"(?i)(?:work|actions?|activit(?:y|ies))\s(?:already\s|currently\s)?"
                          r"(?:under\s?way|in\sprogress|happening|taken|done)(?:\s\S+){0,3}")
#: A table's caption: "Table 2:", "Table 2 –", "Tabl 2." (Welsh), a letter after the number.
_CAPTION = LazyPattern(r"(?i)tabl(?:e)?\s{1,3}\d{1,3}[a-z]?\s{0,3}[:.\u2013\u2014-]")
#: What an area's name is matched without: punctuation.
_PUNCTUATION = str.maketrans({c: " " for c in ".,;:!?'\u2018\u2019\"()[]/-\u2013\u2014*"})


def is_table_caption(text: str) -> bool:
    """Whether a heading or bold line is a table's caption ("Table 1: Recommendations").

    Examples
    --------
    >>> is_table_caption("Table 2 \u2013 What is already happening")
    True
    """
    return text[:4].casefold() == "tabl" and _CAPTION.match(text.lstrip("*# ")) is not None


def caption_note(notes: list[tuple[str, str, int]], text: str, ln: int) -> bool:
    """Whether a would-be theme ``text`` is a table's caption: if so it is kept in
    ``notes`` (once) as a heading.

    Examples
    --------
    >>> notes = []
    >>> caption_note(notes, "Table 1: Recommendations", 9), notes
    (True, [('heading', 'Table 1: Recommendations', 9)])
    """
    if not is_table_caption(text):
        return False
    if ("heading", text, ln) not in notes:
        notes.append(("heading", text, ln))
    return True


def area_key(name: str) -> str:
    """An area's name as an analyst matches it: case folded, "&" read as "and",
    punctuation and spacing left out."""
    text = name.casefold().replace("&", " and ").translate(_PUNCTUATION)
    return " ".join(text.split())


def _columns(table: Table) -> tuple[int, int] | None:
    """(area column, work column) of a table keyed by area with no Recommendations column,
    else None."""
    from wlga_analysis.interpret.recommendations.columns import column_role
    from wlga_analysis.interpret.recommendations.labelled_fields import names_work

    if not table.header or len(table.header) != 2:
        return None
    roles = []
    for text in table.header_text:
        role = column_role(text) or names_work(text)
        if role is None and WORK_HEADER.fullmatch(" ".join(text.split())):
            role = "activities"
        roles.append(role)
    if sorted(map(str, roles)) != ["activities", "area"]:
        return None
    return roles.index("area"), roles.index("activities")


def _area_of(parser: ModelParser, name: str, ln: int) -> int:
    """The id of the area a row names (see the module), an area of its own for a name no
    area of the recommendations has."""
    lead = parser.area_lead_re.fullmatch(name)
    if lead is not None and int(lead.group(1)) in parser.areas:
        return int(lead.group(1))
    key = area_key(name)
    for area in parser.areas.values():
        if area.title == name:
            return area.area_id
    for area in parser.areas.values():
        if area_key(area.title) == key:
            parser.issue("areas", "area matched loosely", name, ln,
                         f"the table of work under way names {name!r}, read as area "
                         f"{area.area_id} {area.title!r} (case, '&' and punctuation aside)")
            return area.area_id
    area_id = max(parser.areas) + 1
    parser.issue("areas", "area not in the recommendations", name, ln,
                 f"the table of work under way names {name!r}, which no recommendation's "
                 f"area is; read as area {area_id}, with no recommendation")
    parser.start_area(area_id, name, ln)
    parser.current.named = True
    return area_id


def area_work_table(parser: ModelParser, table: Table) -> bool:
    """Read a table of work under way keyed by area name (see the module) after the
    recommendations' areas; False (nothing read) for any other table.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.from_model import ModelParser
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> lines = ("# Group", "", "| Recommendation | Lead | Area | No. |",
    ...          "| --- | --- | --- | --- |", "| That it is done. | WG | Roads & bridges | 1 |", "",
    ...          "| Area | Work already under way |", "| --- | --- |",
    ...          "| Roads and bridges | - A survey closed. |")
    >>> parser = ModelParser(Document(Path("d.md"), "recommendations", lines, "0" * 64),
    ...                      OwnerCodes.from_rows([("WG", None, None)]))
    >>> parser.run()
    >>> [(i.area_id, i.pieces) for i in parser.items["activities"]]
    [(1, ['A survey closed.'])]
    """
    from wlga_analysis.interpret.recommendations.bullets import (
        bullet_text,
        is_bullet_list,
        read_bullet_activities,
    )
    from wlga_analysis.interpret.recommendations.labelled_bullets import (
        read_unnumbered_activity,
    )

    columns = _columns(table) if parser.areas else None
    if columns is None:
        return False
    area_at, work_at = columns
    for row in table.rows:
        ln = min((c.location.line for c in row if c.location.line), default=0)
        name = clean_text(row[area_at].text) if area_at < len(row) else ""
        blocks = [parser.cell_block(b) for b in row[work_at].blocks] \
            if work_at < len(row) else []
        if not name or not blocks:
            if name or blocks:
                parser.notes.append(("paragraph", name or clean_text(row[work_at].text), ln))
            continue
        parser.current = parser.areas[_area_of(parser, name, ln)]
        if is_bullet_list(parser, blocks, True):
            read_bullet_activities(parser, "activities", blocks, ln, True)
            continue
        for block in blocks:
            text = bullet_text(block) or block.raw
            if parser.number_of(clean_text(text)) is not None:
                parser.item_block("activities", block, ln, True)
            else:
                read_unnumbered_activity(parser, "activities", text, ln,
                                         "a paragraph with no number in a table of work")
    return True
