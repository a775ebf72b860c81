"""Recommendations printed twice: bullets under a summary's sub-headings, then a numbered
action plan with the Cabinet's responses.

A scrutiny task and finish group's report lists its recommendations in its executive
summary as unnumbered bullets under sub-headings (the areas), then again in an appendix
action plan, numbered, with the Cabinet's response to each::

    The Task and Finish Group recommends that:
    Identifying carers                                   <- the area of ...
    - The Council adds a question about caring ...       <- ... this recommendation
    ...
    Appendix 1 - Action plan
    No. | Recommendation | Cabinet response | ...         <- read by a table reader
    1   | The Council adds a question about caring ... | Accepted | ...

A table reader reads the plan (each recommendation once, its number the plan's), but all in
the appendix's area. A careful reader links each row to the summary bullet of the same words
and takes the sub-heading above that bullet as its area; the appendix and the summary's own
heading are no areas (their headings kept as notes). All rows must find their bullet, and
the bullets at least two sub-headings, or nothing changes.

Owners: the recommendations are put to the council's Cabinet, which answers each (a
"Cabinet response" column): when no row names an owner, each is the council's (LG), reported
(check ``owner from the Cabinet response``).

Examples
--------
>>> _bullet("\\u2022\\tThe Council adds a question.")
'the council adds a question'
>>> _bullet("Identifying carers") is None
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC, _Area
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SUMMARY_RULES", "cabinet_owners_after", "summary_areas_after"]

#: ``bullet`` a bullet line's marker and text; ``sub_heading`` a short line that can head
#: a group of bullets (no closing full stop); ``response`` an action plan's column naming the
#: Cabinet's response.
SUMMARY_RULES: dict[str, str] = {
    "bullet": r"[\u2022\u25cf\u00b7\uf0b7*\u2013-][\t ]{1,8}(?P<text>\S.*)",
    "sub_heading": r"[A-Z][^.:;!?]{1,78}[^.:;!?\s]",
    "response": r"(?i)cabinet[ _]response",
}


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`SUMMARY_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in SUMMARY_RULES.items()}


def _key(text: str) -> str:
    """A recommendation's words as the key that links its two printings."""
    return " ".join(clean_text(text).casefold().split()).rstrip(" .;")


def _bullet(line: str) -> str | None:
    """A bullet line's key, or None when the line is no bullet."""
    m = _rules()["bullet"].fullmatch(line.strip().lstrip("#").strip())
    return None if m is None else _key(m.group("text"))


def _summary_bullets(lines: tuple[str, ...], end: int) -> dict[str, tuple[str, int]]:
    """The bullets before line ``end``: key -> the sub-heading above it and that line."""
    found: dict[str, tuple[str, int]] = {}
    heading: tuple[str, int] | None = None
    for index, line in enumerate(lines[:end]):
        if not line.strip():
            continue
        key = _bullet(line)
        if key is not None:
            if heading is not None:
                found.setdefault(key, heading)
            continue
        plain = clean_text(line).strip().lstrip("#").strip()
        heading = (plain, index + 1) if _rules()["sub_heading"].fullmatch(plain) else None
    return found


def summary_areas_after(doc: Document, parser: Any) -> Any | None:
    """``parser`` with its recommendations in the summary's sub-headings' areas, or None
    when they are not all in one area (looked at first), or a recommendation has no bullet
    of the same words under a sub-heading before it, or the bullets make one area only.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes",), "0" * 64)
    >>> summary_areas_after(doc, _Parser(doc, frozenset())) is None
    True
    """
    recs = parser.items[_REC]
    if len(recs) < 2 or len({i.area_id for i in recs}) != 1:
        return None
    bullets = _summary_bullets(doc.lines, min(i.line for i in recs) - 1)
    found = [bullets.get(_key(" ".join(i.pieces))) for i in recs]
    if not bullets or None in found or len({f[0] for f in found}) < 2:  # type: ignore[index]
        return None
    old = list(parser.areas.values())
    parser.areas, parser.area_order = {}, []
    ids: dict[str, int] = {}
    for item, (name, ln) in zip(recs, found, strict=True):  # type: ignore[misc]
        if name not in ids:
            ids[name] = len(ids) + 1
            parser.areas[ids[name]] = _Area(ids[name], name, "", ln, named=True)
            parser.area_order.append((ids[name], ln))
        item.area_id = ids[name]
    parser.current = parser.areas[max(parser.areas)]
    parser.issues[:] = [i for i in parser.issues if i.check != "no theme"]
    for area in old:
        if area.title not in ids:
            parser.notes.append(("heading", area.title, area.line))
    parser.notes.sort(key=lambda n: n[2])
    parser.issue(_REC, "areas from the summary", recs[0].printed, recs[0].line,
                 f"the {len(recs)} recommendations are printed twice, as bullets under "
                 f"{len(ids)} sub-headings of the summary and numbered in a later table: "
                 "each is read once, from the table, its area the sub-heading above the "
                 "bullet of the same words")
    return parser


def cabinet_owners_after(parser: Any) -> Any | None:
    """``parser`` with the council (LG) as the owner of each recommendation, when none names
    an owner and a column holds the Cabinet's response to each; else None.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes",), "0" * 64)
    >>> cabinet_owners_after(_Parser(doc, frozenset({"LG"}))) is None
    True
    """
    recs = parser.items[_REC]
    if not recs or "LG" not in parser.known or any(i.owners for i in recs) or not any(
            _rules()["response"].fullmatch(name) for name in parser.extra_columns):
        return None
    for item in recs:
        item.owners[:] = ["LG"]
    parser.issues[:] = [i for i in parser.issues if i.check != "no owner"]
    parser.issue(_REC, "owner from the Cabinet response", recs[0].printed, recs[0].line,
                 f"no recommendation names an owner; the {len(recs)} recommendations are "
                 "answered by the council's Cabinet (a Cabinet response column), so each "
                 "is read as the council's (LG)")
    return parser
