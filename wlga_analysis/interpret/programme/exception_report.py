"""Programme interpreter: an exception report, entries opening with a printed ref under
headings of what changed.

A programme board managed by exception receives, after a full baseline of every action, a
report of ONLY what changed since the last one: entries under headings such as "Completed
since the last report", "New actions", "Changes to timescales", "Actions at risk", "Closed
/ withdrawn" (a council's: "Exceptions", "Completed", "Slipped"), each entry opening with
the action's printed ref ("A1.3 Run data maturity assessments (Lead: WLGA). Due date moved
from June 2026 to September 2026."), as bullets, paragraphs or the lines of a PDF; the
report closes "All other actions remain on track" (a carry statement, no item:
:mod:`wlga_analysis.series.carry_all`).

A careful reader takes each entry as one item: its id the printed ref (as in a ref
table), its text the action's name (to the "(Lead: ...)" or the first full stop), its lead
the "(Lead: ...)", its due date a labelled one ("Due: June 2026", "Revised due date: ...")
or the new date of a move ("from March 2026 to June 2026"), its status the entry's own
words ("Status: not started", "Now at risk: ...") where they state one, else the
heading's: an entry under a heading of list ``exception done heading`` of
``data/raw/programme_words.csv`` ("Completed ...", "Closed / withdrawn") is done whatever
else it says. A line of fields after an entry ("Due: June 2026.", "Status: not started.",
a PDF's fragment rows) belongs to it. The headings (list ``exception heading``) are no
sections: the ref's workstream is ("A1" of "A1.3"), numbered in order of first sight.

The layout is taken only when :data:`MIN_ITEMS` entries at least stand under such
headings in a paper that numbers no paragraph (one entry when the paper says the rest
stands: "All other actions remain on track").

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Heading(Inline("Exception report"), 1), Heading(Inline("Completed"), 2),
...           ListItem(Inline("B1.2 Open the depot (Lead: Fleet). Opened in May.")),
...           Heading(Inline("Slipped"), 2),
...           ListItem(Inline("C2.1 Adopt the plan (Lead: Planning). Moved from May 2026 "
...                           "to July 2026.")),
...           Paragraph(Inline("All other actions remain on track."))]
>>> out = exception_sections(blocks)
>>> [type(b).__name__ for b in out]  # doctest: +NORMALIZE_WHITESPACE
['Heading', 'Paragraph', 'FieldsTable', 'Paragraph', 'FieldsTable', 'Paragraph',
 'Paragraph', 'Paragraph']
>>> [[c.text for c in row] for row in out[2].rows]  # doctest: +NORMALIZE_WHITESPACE
[['B1.2', 'Open the depot', 'Fleet', '', 'Complete', 'Opened in May.']]
>>> [c.text for c in out[4].rows[0]][3:5]  # (due: the new date; status: the heading)
['July 2026', 'Slipped']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.status_bullets import (
    FieldsTable,
    _as_text,
    _cell,
    text_header,
)
from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.status import classify_status
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MIN_ITEMS", "entry_fields", "exception_sections"]

#: The fewest entries under exception headings that make a paper of this layout.
MIN_ITEMS = 2
#: The columns of the table made of the entries (their roles: programme_columns.csv).
_HEADER = ("Lead", "Due", "Status", "Comments")
#: An entry's opening ref ("A1.3", "CP-4", "H2.1a"), then a space or a colon.
_REF = LazyPattern(r"(?P<ref>[A-Z]{1,4}-?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)(?=[ \t:])[ \t:]*+")
#: A renumbered ref's former one after it: "(formerly A2.3)", "(previously B4)".
_FORMER = LazyPattern(r"\((?:formerly|previously|was)[ \t]++[A-Z]{1,4}-?\d{1,3}"
                      r"(?:\.\d{1,3}){0,2}[a-z]?\)[ \t]*+")
#: The lead in brackets: "(Lead: WLGA)", "(Owner: Head of Fleet)".
_LEAD = LazyPattern(r"\((?:lead|owner|responsible)(?:[ \t]++officer)?:[ \t]*+"
                    r"(?P<lead>[^()]{1,120})\)\.?[ \t]*+", flags=re.IGNORECASE)
#: A labelled due date ("Due: June 2026", "Revised due date: November 2025", "New target
#: date - May 2026"), to the end of its sentence or a bracket.
_DUE = LazyPattern(r"(?i)\b(?:(?:revised|new)[ \t]++)?(?:due(?:[ \t]++date)?|"
                   r"target(?:[ \t]++date)?|deadline)[ \t]*+[:\u2013-][ \t]*+"
                   r"(?P<due>[^.;()]{1,60})")
#: A move of date: "from March 2026 to June 2026" (the new date is the due one).
_MOVE = LazyPattern(r"(?i)\bfrom[ \t]++(?:[^.;]{1,40}?)[ \t]++to[ \t]++"
                    r"(?P<due>(?:\d{1,2}[ \t]++)?[A-Z][a-z]{2,8}[ \t]++\d{4}|"
                    r"Q[1-4][ \t]++\d{4}(?:-\d{2})?)")
#: A labelled status in the entry ("Status: not started").
_STATUS = LazyPattern(r"(?i)\bstatus[ \t]*+:[ \t]*+(?P<status>[^.;]{1,60})")
#: A line that only gives fields of the entry above ("Due: June 2026.", "Status: ...").
_FIELDS_LINE = LazyPattern(r"(?i)(?:(?:revised[ \t]++)?due(?:[ \t]++date)?|status|lead|owner|"
                           r"target(?:[ \t]++date)?)[ \t]*+:")
#: The reason of a move of date after its new date ("following a delay in ...", "to
#: match the review"): why it moved, no status.
_REASON = LazyPattern(r"(?i)[ \t,]*+(?:following|due[ \t]++to|because|owing[ \t]++to|after|"
                      r"as[ \t]++a[ \t]++result|to[ \t]++(?:match|align|allow|reflect|fit)|"
                      r"so[ \t]++that|in[ \t]++line[ \t]++with)\b")
#: Where an entry's remark ends its first clause.
_CLAUSE = LazyPattern(r"[:;.][ \t]")
#: The number of a workstream ("A1" of "A1.3": 1).
_NUMBER = LazyPattern(r"[A-Z]{1,4}-?(?P<n>\d{1,3})")
#: What is not a letter or digit, for the heading's comparison.
_PUNCT = LazyPattern(r"[^0-9a-z]++")


@lru_cache(maxsize=8)
def _heading_patterns(identity: tuple[str, int, int]
                      ) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load_programme_words(identity[0])
    return tuple(compile_regex("|".join(f"(?:{w})" for w in words[name]) or "(?!)")
                 for name in ("exception heading", "exception done heading"))  # type: ignore[return-value]


def _heading_kind(block: Any) -> str | None:
    """"done" / "other" for a heading (or a short line alone) of the exception lists; else
    None."""
    if not (isinstance(block, Heading) or (block.__class__ is Paragraph and block.number is None)):
        return None
    text = block.text.text.strip()
    if not text or len(text) > 60:
        return None
    norm = _PUNCT.sub(" ", text.lower()).strip()
    any_, done = _heading_patterns(file_identity(config.PROGRAMME_WORDS_FILE))
    if any_.fullmatch(norm) is None:
        return None
    return "done" if done.fullmatch(norm) else "other"


def entry_fields(text: str, heading: str, done: bool) -> dict[str, str]:
    """The cells of one entry's row (see the module): ``Ref``, the action's name, ``Lead``,
    ``Due``, ``Status``, ``Comments`` (what the entry says after the name).

    Examples
    --------
    >>> f = entry_fields("A4.4 Develop an AI policy (Lead: WLGA). Due: June 2026. "
    ...                  "Status: not started.", "New actions", False)
    >>> f["Ref"], f["text"], f["Lead"], f["Due"], f["Status"]
    ('A4.4', 'Develop an AI policy', 'WLGA', 'June 2026', 'not started')
    """
    m = _REF.match(text)
    ref, rest = (m.group("ref"), text[m.end():]) if m else ("", text)
    former = _FORMER.match(rest)
    if former:
        rest = rest[former.end():]
    lead = _LEAD.search(rest)
    if lead:
        name, remark = rest[:lead.start()].strip(), rest[lead.end():].strip()
    else:
        stop = rest.find(". ")
        name, remark = (rest[:stop].strip(), rest[stop + 1:].strip()) if stop > 0 \
            else (rest.strip(), "")
    due = _DUE.search(remark) or _MOVE.search(remark)
    former_ref = f" {former.group(0).strip()}" if former else ""
    return {"Ref": ref, "text": name.rstrip(" .:") + former_ref,
            "Lead": lead.group("lead").strip() if lead else "",
            "Due": "" if done or not due else due.group("due").strip(),
            "Status": "Complete" if done else _status(remark, due, heading), "Comments": remark}


def _status(remark: str, due: re.Match[str] | None, heading: str) -> str:
    """The words that give an entry's status: a labelled status; else the remark's first
    clause once the due date or its move is taken out ("Now at risk", "the procurement
    ... remains at risk"), else the whole remark, else the heading ("Actions at risk"),
    when they state one; else nothing."""
    labelled = _STATUS.search(remark)
    if labelled:
        return labelled.group("status").strip()
    if due is not None:  # (the move's sentence up to the new date says no status)
        start = remark.rfind(". ", 0, due.start())
        remark = remark[:start + 1] + remark[due.end():] if start >= 0 else remark[due.end():]
        if _REASON.match(remark):  # ("... to June 2026 following a delay": the move's
            remark = remark[remark.find(". ") + 1:] if ". " in remark else ""  # reason)
    remark = remark.strip(" :;.,")
    first = _CLAUSE.split(remark, maxsplit=1)[0]
    for words in (first, remark, heading):
        if words and not (classify_status(words)[1] or "default").startswith("default"):
            return words
    return ""


def _entries(blocks: list[Any]) -> tuple[list[tuple[int, list[int], str, bool]], set[int]]:
    """(place, places of its field lines, heading text, done heading) of each entry, and
    the places of the exception headings."""
    entries: list[tuple[int, list[int], str, bool]] = []
    heads: set[int] = set()
    heading: tuple[str, bool] | None = None
    for k, block in enumerate(blocks):
        kind = _heading_kind(block)
        if kind is not None:
            heading = (block.text.text.strip(), kind == "done")
            heads.add(k)
            continue
        if isinstance(block, Heading | Table):
            heading = None
            continue
        if heading is None or block.__class__ not in (Paragraph, ListItem):
            continue
        text = block.text.text.strip()
        if _REF.match(text) and (block.__class__ is ListItem or _LEAD.search(text)
                                 or len(text) > 30):
            entries.append((k, [], *heading))
        elif entries and entries[-1][0] == k - 1 - len(entries[-1][1]) \
                and _FIELDS_LINE.match(text):
            entries[-1][1].append(k)
    return entries, heads


def _says_rest_stands(blocks: list[Any]) -> bool:
    """Whether a paragraph says the work not listed stands ("All other actions remain on
    track": :data:`~wlga_analysis.series.carry_all.CARRY_ALL`): one entry is then a report."""
    from wlga_analysis.series.carry_all import CARRY_ALL

    return any(b.__class__ is Paragraph and CARRY_ALL.search(b.text.text) for b in blocks)


def _numbered(names: list[str]) -> list[tuple[int, str]]:
    """The workstreams numbered by their own numbers ("A2" 2), in that order, when each has
    one of its own; else in order of first sight.

    Examples
    --------
    >>> _numbered(["A1", "A4", "A2"]), _numbered(["A1", "B1"])
    ([(1, 'A1'), (2, 'A2'), (4, 'A4')], [(1, 'A1'), (2, 'B1')])
    """
    numbers = [m and int(m.group("n")) for m in map(_NUMBER.fullmatch, names)]
    if all(numbers) and len(set(numbers)) == len(numbers):
        return sorted(zip(numbers, names, strict=True))  # type: ignore[arg-type]
    return list(enumerate(names, 1))


def exception_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an exception report read as the module describes: each workstream
    of the entries' refs a numbered section over one table of its entries; None for any
    other paper.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
        The blocks before the first exception heading as they are; the sections there;
        every other block after it kept as text (the headings, the carry statement).
    """
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    entries, heads = _entries(blocks)
    if len(entries) < MIN_ITEMS and not (entries and _says_rest_stands(blocks)):
        return None
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    skip: set[int] = set()
    for k, extra, heading, done in entries:
        text = " ".join(blocks[j].text.text.strip() for j in (k, *extra))
        fields = entry_fields(text, heading, done)
        ref = fields["Ref"].split()[0]
        groups.setdefault(ref.split(".")[0] if "." in ref else ref.rstrip("0123456789-"),
                          []).append((k, fields))
        skip.update((k, *extra))
    first = min(heads)
    out = list(blocks[:first])
    for number, name in _numbered(list(groups)):
        rows = groups[name]
        at = blocks[rows[0][0]].location
        out.append(Paragraph(Inline(name), str(number), at))
        header = tuple(_cell(h, at.line) for h in ("Ref", text_header(), *_HEADER))
        body = tuple((_cell(f["Ref"], blocks[k].location.line),
                      _cell(f["text"], blocks[k].location.line),
                      *(_cell(f[h], blocks[k].location.line) for h in _HEADER))
                     for k, f in rows)
        out.append(FieldsTable.of(Table(header, body, at), None))
    out += [_as_text(block) for k, block in enumerate(blocks) if k >= first and k not in skip]
    return out
