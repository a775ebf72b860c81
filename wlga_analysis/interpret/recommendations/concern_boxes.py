"""An inspection report's causes of concern: labelled areas, their chapters, their owners.

A fire and rescue service inspection report (the Chief Fire and Rescue Adviser and
Inspector for Wales; an inspectorate's report of the same shape) prints its findings in
numbered chapters, and in each chapter shaded boxes: **"Cause of concern N: title"** (a
statement, then its recommendations "Recommendation N", numbered through the report),
"Area for improvement N" and "Notable practice". Its summary repeats every recommendation
word for word under the causes' sub-headings::

    ## 1. Summary
    ### Summary of recommendations
    #### Cause of concern 1: Workplace culture         <- the area "Workplace culture"
    **Recommendation 1** – By 30 June 2026, the Fire and Rescue Authority should ...
    ## 2. Leadership and culture                        <- the theme of the area
    | **Cause of concern 1: Workplace culture** ... **Recommendation 1** ... |   <- the box

Whichever reader read the recommendations (the summary's sentences or the boxes), a
careful reader reads them so:

- the **area** is the cause of concern by its title, without its label "Cause of concern
  N:" (as "Area N:" is dropped elsewhere; the label words are :data:`CONCERN_RULES`);
- its **theme** the numbered chapter whose box states the cause (the chapter's name
  without its number), not the summary's chapter and not a box above it;
- a recommendation read twice with the same number and words (the summary's copy and the
  box's) is **counted once** (reported);
- a recommendation with no owner read: the bodies its sentence's subject names ("By 30 June
  2026, the Fire and Rescue Authority should ...": an opening date clause left out), a known
  owner's name as its code, any other body **as printed** without its article or count
  ("the three fire and rescue authorities" -> "fire and rescue authorities"), reported.

The rule is tried after any reader (:func:`concern_areas_after`): it looks at the areas'
names first and costs nothing for a paper with no labelled cause of concern.

Examples
--------
>>> subject_bodies("By 30 June 2026, the Fire and Rescue Authority should act.")
['Fire and Rescue Authority']
>>> subject_bodies("The Welsh Government and the three fire and rescue authorities should agree.")
['Welsh Government', 'fire and rescue authorities']
>>> subject_bodies("Members told us that they find it hard.") is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import Document, clean_text
from wlga_analysis.interpret.recommendations.lines import _REC
from wlga_analysis.interpret.recommendations.that_subject import BODY_NOUNS
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["CONCERN_RULES", "concern_areas_after", "subject_bodies"]

#: The patterns of the layout: ``label`` an area's label and number before its title
#: (group ``title``); ``printed`` a label where a line prints it (group ``n``); ``chapter`` a
#: heading line of a numbered chapter ("## 2. Name": group
#: ``name``); ``opening`` a date clause before a sentence's subject ("By 30 June 2026, ");
#: ``subject`` the subject before its modal verb (group ``subject``).
CONCERN_RULES: dict[str, str] = {
    "label": r"(?i)^(?:cause|causes|matter|area)\s+of\s+(?:concern|significant concern)\s+"
             r"(?P<n>\d{1,3})\s*[:.\u2013\u2014-]\s*(?P<title>\S.*)$",
    "chapter": r"^#{1,6}[ \t]+\d{1,2}\.?[ \t]+(?P<name>[A-Z][^#\n]{0,120})$",
    "printed": r"(?i)\b(?:cause|causes|matter|area)\s+of\s+(?:concern|significant concern)"
               r"\s+(?P<n>\d{1,3})\s*[:.\u2013\u2014-]",
    "opening": r"^(?:By|Before|Within|From|In|Over|During)\s[^,]{1,60},\s+",
    "subject": r"^(?P<subject>[A-Z][^,.;:()]{1,100}?)\s+(?:should|must)\s",
}
_LABEL = LazyPattern(CONCERN_RULES["label"])
_CHAPTER = LazyPattern(CONCERN_RULES["chapter"])
_PRINTED = LazyPattern(CONCERN_RULES["printed"])
_OPENING = LazyPattern(CONCERN_RULES["opening"])
_SUBJECT = LazyPattern(CONCERN_RULES["subject"])
#: Words before a body's name that are not part of it (an article, a count).
_BEFORE_NAME = frozenset({"the", "its", "their", "all", "each", "every", "two", "three",
                          "four", "five", "six", "seven", "eight", "nine", "ten", "both"})


def subject_bodies(text: str) -> list[str] | None:
    """The bodies a sentence's subject names before "should" / "must" (an opening date
    clause left out), each without its article or count, as printed; None when the sentence
    has no such subject. Names are split at "and" or a comma that starts a new body: an
    article after it, or a body's noun before it ("councils and the WLGA"); an "and" inside
    a name stays ("Fire and Rescue Authority", "fire and rescue authorities"); a name
    that holds known owners ("Welsh Government and Data Cymru") is split by
    :func:`.owners.owner_names` later."""
    m = _OPENING.match(text)
    rest = text[m.end():] if m is not None else text
    rest = rest[:1].upper() + rest[1:]
    s = _SUBJECT.match(rest)
    if s is None:
        return None
    words = s.group("subject").replace(",", " , ").split()
    names: list[list[str]] = [[]]
    for k, word in enumerate(words):
        after = words[k + 1].casefold() if k + 1 < len(words) else ""
        before = words[k - 1].casefold() if k else ""
        if word == "," or (word == "and" and (
                after in _BEFORE_NAME or before in BODY_NOUNS
                or (before[:1].isalpha() and words[k - 1][:1].islower()
                    and words[k + 1][:1].isupper()))):
            names.append([])
            continue
        names[-1].append(word)
    out = []
    for name in names:
        while name and name[0].casefold() in _BEFORE_NAME:
            name = name[1:]
        if name:
            out.append(" ".join(name))
    return out or None


def _owners(text: str, known: Any) -> list[str]:
    """The owners of a sentence's subject: known names as their codes, others as printed."""
    from wlga_analysis.interpret.recommendations.owners import owner_names

    owners: list[str] = []
    for name in subject_bodies(text) or []:
        found = owner_names(name, known)
        for owner in found if any(f in known for f in found) else [name]:
            if owner not in owners:
                owners.append(owner)
    return owners


def _themes(lines: tuple[str, ...]) -> dict[str, str]:
    """The theme of each cause of concern by its number: the numbered chapter of its last
    printing (its box), when that is not the chapter of its first printing (the summary).
    One pass over the lines: each line's chapter, each cause's printings."""
    chapter: str | None = None
    printed: dict[str, list[str | None]] = {}
    for line in lines:
        if (m := _CHAPTER.match(line)) is not None:
            chapter = m.group("name").strip()
            continue
        if "oncern" in line and (c := _PRINTED.search(line)) is not None:
            found = printed.setdefault(c.group("n"), [chapter, chapter])
            found[1] = chapter
    return {n: last for n, (first, last) in printed.items() if last and last != first}


def concern_areas_after(doc: Document, parser: Any) -> Any | None:
    """``parser`` with its labelled causes of concern read as the module's notes say, or
    None when no area's name is a labelled cause of concern (looked at first).

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> doc = Document(Path("n.txt"), "recommendations", ("# Notes",), "0" * 64)
    >>> concern_areas_after(doc, _Parser(doc, frozenset())) is None
    True
    """
    labelled = {a.area_id: m for a in parser.areas.values()
                if (m := _LABEL.match(clean_text(a.title))) is not None}
    if not labelled:
        return None
    themes = _themes(doc.lines)
    for area_id, m in labelled.items():
        area = parser.areas[area_id]
        theme = themes.get(m.group("n"))
        area.title = m.group("title").strip()
        if theme is not None:
            area.theme = theme
            parser.issues[:] = [i for i in parser.issues
                                if not (i.check == "no theme" and i.source_line == area.line)]
    parser.issue(_REC, "cause of concern areas", "", min(a.line for a in parser.areas.values()),
                 f"{len(labelled)} areas are an inspection's causes of concern: named by "
                 "their titles without 'Cause of concern N:', each in the numbered chapter "
                 "whose box states it (the theme)")
    _count_once(parser)
    _subject_owners(parser)
    return parser


def _count_once(parser: Any) -> None:
    """Leave out a recommendation read again with the same number and words (reported)."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for item in parser.items[_REC]:
        key = (item.number, clean_text(" ".join(item.pieces)).casefold())
        if key in seen:
            parser.issue(_REC, "counted once", item.printed, item.line,
                         f"recommendation {item.printed} is printed again word for word "
                         "(the summary's copy and the box's); counted once")
            continue
        seen.add(key)
        kept.append(item)
    parser.items[_REC][:] = kept


def _subject_owners(parser: Any) -> None:
    """Owners of the recommendations with none read: the bodies of their subjects."""
    for item in parser.items[_REC]:
        if item.owners:
            continue
        owners = _owners(clean_text(" ".join(item.pieces)), parser.known)
        for owner in owners:
            item.owners.append(owner)
            if owner not in parser.known:
                item.unknown.append(owner)
        if owners:
            parser.issues[:] = [i for i in parser.issues
                                if not (i.check == "no owner" and i.source_line == item.line)]
