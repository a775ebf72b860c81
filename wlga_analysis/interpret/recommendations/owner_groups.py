"""Recommendations grouped under owner headings, in areas printed as numbered sub-headings.

A task and finish group's report may print no table at all: each area a numbered sub-heading
("### 1. Preparing for revaluation") under a part heading ("## Part A – Revaluation"), an
"Aim:" line, a "Progress so far" list, then its numbered recommendations grouped by who
should act on them, under bold owner headings ("**For Welsh Government:**", "**For the WLGA
and Data Cymru:**") with no owner printed after each item. The rules:

- a **numbered heading** that is a name, not a sentence ("1. Preparing for revaluation",
  printed as a heading) opens area 1 (:func:`numbered_heading_area`); its theme is the
  heading above it, as for any area printed as a heading;
- an **owner heading** (:data:`OWNER_GROUP`: a bold line "For <owners>:" naming at least one
  owner of ``data/raw/owner_codes.csv``) gives its owners to every numbered recommendation
  below it, until the next owner heading or area (:func:`owner_group_label`,
  :func:`give_group_owners`); the heading itself is no item;
- the lists under an activity label ("Progress so far") are read by :mod:`.labelled_bullets`.

Examples
--------
>>> OWNER_GROUP.fullmatch("For the WLGA and Data Cymru:").group("names")
'WLGA and Data Cymru'
>>> OWNER_GROUP.fullmatch("For example, councils") is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wlga_analysis.interpret.recommendations.area_column_tables import names_areas_in_column
from wlga_analysis.interpret.recommendations.owners import owner_names
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Parser

__all__ = ["NAME_WORDS", "OWNER_GROUP", "give_group_owners", "heading_name",
           "numbered_heading_area", "owner_group_label"]

#: An owner heading over a group of recommendations: "For Welsh Government:", "For the WLGA
#: and Data Cymru:", "Recommendations for local authorities:", "Actions for the WLGA:".
OWNER_GROUP = compile_regex(r"(?i)(?:(?:recommendations?|actions?)\s+)?for\s+(?:the\s+)?"
                            r"(?P<names>[^:.;]{2,100}?)\s*:")

#: The marks before a numbered heading's name in the text form: "### 3. ", "#### **3. ".
_HEADING_NUMBER = compile_regex(r"\s*+#{1,6}\s++(?:\*\*|__)?\d{1,3}\.\s*+")

#: The most words a numbered heading may have to name an area (a name, not a sentence).
NAME_WORDS = 10


def owner_group_label(parser: _Parser, text: str) -> list[str] | None:
    """The owners an owner heading names (codes for known names, others as printed), or
    None when ``text`` is no owner heading (or names no known owner: "For example:").

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", "WLGA", "")])
    >>> parser = _Parser(Document(Path("d.md"), "recommendations", ("# T",), "0" * 64), known)
    >>> owner_group_label(parser, "For the WLGA and Data Cymru:")
    ['WLGA', 'Data Cymru']
    >>> owner_group_label(parser, "For example:") is None
    True
    """
    m = OWNER_GROUP.fullmatch(text.strip())
    if m is None:
        return None
    names = owner_names(m.group("names"), parser.known)
    return names if any(name in parser.known for name in names) else None


def heading_name(raw: str, text: str) -> tuple[str, str]:
    """A numbered heading's name as its line prints it, and the text its reader joined to
    it from the lines below ("3. Council tax reduction" + "Aim: to ..."), if any.

    Examples
    --------
    >>> heading_name("### 3. Council tax reduction", "Council tax reduction Aim: to help.")
    ('Council tax reduction', 'Aim: to help.')
    >>> heading_name("3. Publish the bands.", "Publish the bands.")
    ('Publish the bands.', '')
    """
    m = _HEADING_NUMBER.match(raw)
    if m is None:
        return text, ""
    name = " ".join(raw[m.end():].replace("**", " ").replace("__", " ").split())
    if not name or not text.startswith(name):
        return text, ""
    return name, text[len(name):].strip()


def numbered_heading_area(parser: _Parser, number: str, text: str, raw: str) -> bool:
    """Whether a numbered paragraph printed as a heading ("### 1. Preparing for
    revaluation", or a line wholly in bold, "**1. Preparing for revaluation**": the
    numbered heading of a paper typed with no heading styles, see
    :func:`wlga_analysis.read.bold_headings.unbold_numbered`) names an area where no table
    is read: a short name with no full stop.

    Examples
    --------
    >>> numbered_heading_area(type("P", (), {"columns": None, "title": "T"})(), "1",
    ...                       "Preparing for revaluation", "### 1. Preparing for revaluation")
    True
    >>> numbered_heading_area(type("P", (), {"columns": None, "title": "T"})(), "1",
    ...                       "Publish the bands.", "1. Publish the bands.")
    False
    >>> numbered_heading_area(type("P", (), {"columns": None, "title": "T"})(), "2",
    ...                       "Digital services", "**2. Digital services**")
    True
    """
    return getattr(parser, "columns", None) is None and parser.title is not None \
        and number.isdigit() and _printed_as_heading(raw) \
        and 0 < len(text.split()) <= NAME_WORDS and text.rstrip()[-1:] not in ".;:," \
        and not labelled_areas(parser) and not names_areas_in_column(parser)


def labelled_areas(parser: Any) -> bool:
    """Whether the paper names its areas by their label, headings "Area 1 – Rural
    transport" ("### Area 1: ...", "**Area 1: ...**"): its numbered headings ("1.
    Introduction") are then its sections, not areas (kept once on the parser).

    Examples
    --------
    >>> labelled_areas(type("P", (), {"lines": ("#### 1. Introduction", "## Area 1 – Roads")})())
    True
    """
    known = getattr(parser, "_labelled_areas", None)
    if known is None:
        from wlga_analysis.interpret.recommendations.columns import _AREA_HEADING

        known = any(line.lstrip()[:1] in "#*_" and _AREA_HEADING.match(line.lstrip())
                    for line in getattr(parser, "lines", ()) if line.strip())
        parser._labelled_areas = known
    return known


def _printed_as_heading(raw: str) -> bool:
    """Whether a numbered line is printed as a heading: marked ("### 1. Roads") or wholly
    in bold ("**1. Roads**", as the text reader reads it: a numbered heading)."""
    if raw.lstrip().startswith("#"):
        return True
    if raw[:2] not in ("**", "__"):
        return False
    from wlga_analysis.read.bold_headings import unbold_numbered

    return unbold_numbered(raw) != raw


def give_group_owners(parser: _Parser, group: tuple[int, list[str]] | None) -> None:
    """Give the recommendation just read the owners of the owner heading it is printed under
    (``group``: the area it was printed in, and its owners), when it names none itself."""
    item = parser.last_item["recommendations"]
    if group is None or item is None or item.owners or parser.current is None \
            or group[0] != parser.current.area_id or item.area_id != group[0]:
        return
    for name in group[1]:
        item.owners.append(name)
        if name not in parser.known:
            item.unknown.append(name)
