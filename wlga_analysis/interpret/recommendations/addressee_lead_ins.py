"""Recommendations grouped by addressee lead-ins: "Schools should:", "We recommend that
local authorities:", "Recommendations for the Welsh Government:".

An inspectorate's thematic report (Estyn's, Care Inspectorate Wales's), an Audit Wales
national report or a review panel's report prints its recommendations under one heading
("Recommendations"), grouped by **whom they are for**: a lead-in line naming the addressee
("Local authorities and regional consortia should:") over the recommendations for it
("R4 Make sure ..."), the numbers running on across the groups. Whichever reader read the
recommendations (a report in prose, paragraphs labelled "R1"), a careful reader reads the
groups so:

- each lead-in opens an **area** named after the addressee as printed, without the
  lead-in's words ("should:", "We recommend that", "Recommendations for"; the first
  letter capitalised): "Local authorities and regional consortia"; the lead-in itself is
  the area's remit; the heading over the groups (no recommendation left under it) is
  kept in the notes;
- the **owners** of each recommendation in a group are those the addressee names (see
  :func:`.lead_ins.lead_in_owners`): a known owner's name its code ("The Welsh
  Government" -> WG, "local authorities" -> LG), any other body as printed with a capital
  ("Schools", "Regional consortia"; reported: ``unknown owner code``).

The groups are read only where a heading that only says these are recommendations
("Recommendations", "What we recommend") holds two lead-ins or more (one lead-in under a
chapter's heading leaves the chapter the area, as :mod:`.lead_ins` reads it; owner groups
under a topic's heading, "1. Opening hours", leave the topic the area), and only
when the reader found no owner for the recommendations under the
lead-ins other than owners a lead-in names (a reader that read the items' own subjects
keeps its reading; one that carried a lead-in's owners on is read again),
and only lines the recommendations' areas span are looked at (a substring test first). The
reading is reported (check ``read from addressee lead-ins``). :data:`ADDRESSEE_RULES` holds
the lead-ins' wording.

Recommendations printed as a numbered or lettered list under each lead-in ("Schools
should:" then "1. Analyse ...", "(a) ...", "1) ...", numbers running on or starting again)
are read first by the lead-ins reader (:mod:`.lead_ins`, which takes "<addressee>
should:" for a lead-in: :func:`should_lead_in`; a short item there is no section's name:
:func:`items_after_should`), then grouped here as any reader's.

Examples
--------
>>> addressee("Local authorities and regional consortia should:")
'Local authorities and regional consortia'
>>> addressee("**We recommend that the Welsh Government:**")
'the Welsh Government'
>>> addressee("Schools should consider the following.") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Area, _Item
from wlga_analysis.read.model import Heading, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ADDRESSEE_RULES", "addressee", "addressees_after", "items_after_should",
           "should_lead_in"]

#: The wordings of an addressee lead-in (a whole line, markup stripped), group ``subject``
#: the addressee: "<addressee> should:" (or "must:"), "We recommend that <addressee>:",
#: "Recommendations for <addressee>:".
ADDRESSEE_RULES: dict[str, str] = {
    "should": r"(?P<subject>[A-Z][^:.;]{1,100}?)\s+(?:should|must)(?:\s+also)?\s*:",
    "recommend": r"(?i:(?:we|i|the\s+[\w-]+(?:\s+[\w-]+){0,3})\s+(?:also\s+)?recommends?"
                 r"\s+that)\s+(?P<subject>[^:.;]{2,100}?)\s*:",
    "for": r"(?i:recommendations?\s+(?:for|to))\s+(?P<subject>[^:.;]{2,100}?)\s*:",
}

#: Words one of the lead-ins holds (the cheap test before the patterns).
_LEAD_WORDS = ("should", "must", "ecommend that", "ecommends that", "ecommendations for",
               "ecommendation for", "ecommendations to")

#: A line that ends with a colon (markup after it allowed): a lead-in's candidate.
_COLON_LINE = compile_regex(r"(?m)^(?P<line>[^\n]{4,180}?:)(?:\*\*|__|</\w+>|[ \t])*$")


@cache
def _rules() -> tuple[re.Pattern[str], ...]:
    """The compiled patterns of :data:`ADDRESSEE_RULES` (compiled on first use)."""
    return tuple(compile_regex(p) for p in ADDRESSEE_RULES.values())


def addressee(line: str) -> str | None:
    """The addressee a lead-in line names, or None for any other line.

    Examples
    --------
    >>> addressee("Recommendations for health boards:")
    'health boards'
    >>> addressee("## Recommendations:") is None
    True
    """
    text = clean_text(line).strip(" *_>")
    if text.startswith("#"):
        return None
    for rule in _rules():
        m = rule.fullmatch(text)
        if m is not None:
            return m.group("subject").strip(" ,")
    return None


def should_lead_in(text: str) -> str | None:
    """The addressee of a lead-in "<addressee> should:" (a paragraph of its own, over the
    numbered or lettered recommendations for it), or None for any other text; a sentence
    that is itself a recommendation ("Recommendation 2 is that councils should:") is none.

    Examples
    --------
    >>> should_lead_in("Local authorities and regional consortia should:")
    'Local authorities and regional consortia'
    >>> should_lead_in("Recommendation 2 is that councils should:") is None
    True
    """
    if "should" not in text and "must" not in text:  # ("Regional Partnership Boards must:")
        return None
    m = _rules()[0].fullmatch(clean_text(text).strip(" *_>"))
    subject = m.group("subject").strip(" ,") if m is not None else ""
    return subject if subject and "ecommend" not in subject else None


def items_after_should(blocks: list[Any], lines: Sequence[str]) -> set[int]:
    """The numbered paragraphs and list items (by index) right after a lead-in
    "<addressee> should:", their numbers going on one by one ("1.", "2."; the first any
    number: numbers may run on from the lead-in before): its recommendations, never a
    section's name however short ("2. Work with families" is no heading there). A line
    marked as a Markdown heading ("## 4. Wellbeing") ends them.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Location, Paragraph
    >>> blocks = [Paragraph(Inline("Schools should:"), None, Location(line=1)),
    ...           Paragraph(Inline("Work with families"), "3", Location(line=3)),
    ...           Paragraph(Inline("Attendance"), "5", Location(line=5))]
    >>> items_after_should(blocks, ["Schools should:", "", "3. Work with families", "",
    ...                             "5. Attendance"])
    {1}
    """
    found: set[int] = set()
    previous: int | None = None  # (the run's last number; 0 right after a lead-in)
    for index, block in enumerate(blocks):
        number = getattr(block, "number", None)
        if previous is not None and number and number.isdigit() \
                and previous in (0, int(number) - 1) and not isinstance(block, Heading) \
                and not _marked_heading(block, lines):
            found.add(index)
            previous = int(number)
            continue
        text = block.text.text if isinstance(block, Paragraph) and number is None else ""
        previous = 0 if text.rstrip(" *_").endswith(":") and should_lead_in(text) else None
    return found


def _marked_heading(block: Any, lines: Sequence[str]) -> bool:
    """Whether a block's line is marked as a Markdown heading ("## 4. Wellbeing")."""
    ln = block.location.line or 0
    return 0 < ln <= len(lines) and lines[ln - 1].lstrip().startswith("#")


def _lead_ins(parser: Any, areas: list[_Area], last: int) -> list[tuple[int, str]]:
    """(line, addressee) of the lead-ins between the first area's line and ``last``."""
    first = min(a.line for a in areas)
    text = "\n".join(parser.lines[max(first - 1, 0):last])
    if not any(word in text for word in _LEAD_WORDS):
        return []
    found: list[tuple[int, str]] = []
    for m in _COLON_LINE.finditer(text):
        subject = addressee(m.group("line"))
        if subject is not None:
            found.append((first + text.count("\n", 0, m.start()), subject))
    return found


def _groups(parser: Any, leads: list[tuple[int, str]]
            ) -> dict[int, tuple[int, str]] | None:
    """Recommendation (by index) -> the lead-in (line, addressee) it stands under, for the
    recommendations after a lead-in in the same area; None when a lead-in has none after
    it, or the reader found owners for one of them."""
    starts = sorted(line for _, line in parser.area_order)
    under: dict[int, tuple[int, str]] = {}
    named: set[str] = set()
    for index, item in enumerate(parser.items[_REC]):
        lead = next((lead for lead in reversed(leads) if lead[0] < item.line), None)
        if lead is None or any(lead[0] < s <= item.line for s in starts):
            continue  # (no lead-in above it, or an area starts between them)
        named.update(item.owners)
        under[index] = lead
    if not under or {lead for lead in under.values()} != set(leads):
        return None
    if named and not {n.casefold() for n in named} <= {
            o.casefold() for _, s in leads for o in _owners(s, parser.known)}:
        return None  # (owners the items name themselves: the reader's reading stands)
    return _under_generic_headings(parser, under)


def _under_generic_headings(parser: Any, under: dict[int, tuple[int, str]]
                            ) -> dict[int, tuple[int, str]] | None:
    """The part of ``under`` in areas whose heading only says these are recommendations
    and that hold two lead-ins or more (else None)."""
    recs = parser.items[_REC]
    per_area: dict[int, set[tuple[int, str]]] = {}
    for index, lead in under.items():
        per_area.setdefault(recs[index].area_id, set()).add(lead)
    generic = {a for a in per_area if "recommend" in parser.areas[a].title.casefold()}
    under = {i: lead for i, lead in under.items()
             if recs[i].area_id in generic and len(per_area[recs[i].area_id]) > 1}
    return under or None  # (one lead-in, or a topic's heading: the heading is the area)


def _owners(subject: str, known: frozenset[str]) -> list[str]:
    from wlga_analysis.interpret.recommendations.lead_ins import lead_in_owners

    return [name if name in known else name[:1].upper() + name[1:]
            for name in lead_in_owners(subject, known)]


def addressees_after(parser: Any) -> Any | None:
    """``parser`` with its recommendations grouped by the addressee lead-ins above them
    (areas and owners, see the module's notes), or None when no lead-in groups them.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> addressees_after(SimpleNamespace(items={"recommendations": []})) is None
    True
    """
    recs = parser.items[_REC]
    if not recs:
        return None
    areas = [parser.areas[i] for i in dict.fromkeys(item.area_id for item in recs)]
    leads = _lead_ins(parser, areas, max(item.line for item in recs))
    if not leads:
        return None
    from wlga_analysis.interpret.recommendations.lead_ins import LeadInParser

    if isinstance(parser, LeadInParser) and not all(
            should_lead_in(parser.lines[line - 1]) for line, _ in leads):
        return None  # (a reader of lead-ins over chapters: its chapters are the areas)
    under = _groups(parser, leads)
    if under is None:
        return None
    _regroup(parser, under)
    return parser


def _regroup(parser: Any, under: dict[int, tuple[int, str]]) -> None:
    """Open an area per lead-in, move its recommendations there with the addressee's
    owners, renumber the areas in reading order, and report the reading."""
    recs: list[_Item] = parser.items[_REC]
    old = {area_id: parser.areas[area_id] for area_id, _ in parser.area_order}
    new: dict[tuple[int, str], _Area] = {}
    for index, (line, subject) in sorted(under.items()):
        item = recs[index]
        area = new.get((line, subject))
        if area is None:
            was = old[item.area_id]
            area = new[(line, subject)] = _Area(0, subject[:1].upper() + subject[1:],
                                                was.theme, line, theme_no=was.theme_no)
            lead = next((r for r in was.remit if addressee(r) == subject), None)
            if lead is not None:
                was.remit.remove(lead)
                area.remit.append(lead)
        item.owners = _owners(subject, parser.known)
        item.unknown = [name for name in item.owners if name not in parser.known]
        item.area_id = -id(area)  # (renumbered below)
    _renumber(parser, old, new)
    _report(parser, [recs[index] for index in sorted(under)])


def _renumber(parser: Any, old: dict[int, _Area], new: dict[tuple[int, str], _Area]) -> None:
    """The areas in reading order, numbered from 1: the old ones still holding an item and
    the new ones; an old area left empty goes to the notes (its title and remit)."""
    items = parser.items[_REC] + parser.items[_ACT]
    used = {item.area_id for item in items}
    order = sorted([*[(a.line, -id(a), a) for a in new.values()],
                    *[(a.line, area_id, a) for area_id, a in old.items() if area_id in used]],
                   key=lambda t: t[0])
    for area_id, area in old.items():
        if area_id not in used:
            parser.notes.append(("heading", area.title, area.line))
            parser.notes += [("paragraph", text, area.line) for text in area.remit]
    mapping = {key: number for number, (_, key, _) in enumerate(order, start=1)}
    parser.areas = {}
    for number, (_, _, area) in enumerate(order, start=1):
        area.area_id = number
        parser.areas[number] = area
    parser.area_order = [(a.area_id, a.line) for a in parser.areas.values()]
    for item in items:
        item.area_id = mapping.get(item.area_id, item.area_id)
    parser.notes.sort(key=lambda n: n[2])


def _report(parser: Any, moved: list[_Item]) -> None:
    """Drop the "no owner" issues of the recommendations now owned, report unknown owners
    and the reading."""
    owned = {(item.printed, item.line) for item in moved if item.owners}
    parser.issues = [i for i in parser.issues if not (
        i.check == "no owner" and (i.item, i.source_line) in owned)]
    for item in moved:
        for name in item.unknown:
            parser.issue("recommendation_owners", "unknown owner code", item.printed,
                         item.line, f"recommendation {item.printed} names owner code "
                         f"{name!r}, which is not in data/raw/owner_codes.csv; kept as "
                         "printed")
    first = moved[0]
    parser.issue(_REC, "read from addressee lead-ins", first.printed, first.line,
                 f"{len(moved)} recommendations stand under lead-ins naming whom they are "
                 f"for ('... should:'): each lead-in is an area, its addressee the owners; "
                 "check the reading against the document")
    parser.issues.sort(key=lambda i: (i.source_line is None, i.source_line or 0))
