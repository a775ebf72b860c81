"""Recommendations printed in a report's chapters and listed again at its end.

A WLGA corporate peer challenge report (and many review and inspection reports) prints each
recommendation in the chapter of the theme it belongs to ("**Recommendation R1:** Set out
...", a box "R1 Set out ...") and lists them all again at the end under a lead-in ("The peer
team recommends that the council:" over "1. Set out ..."). The chapters give each
recommendation its area; the lead-in gives who it is for, as the recommendations themselves
are imperatives with no subject.

:func:`read_lead_ins_or_chapters` reads the summary with the lead-in reader
(:mod:`.lead_ins`) and, through :func:`read_chapters_and_summary`, the chapters with the
prose reader (:mod:`.prose`). When the
summary lists the chapters' recommendations, number for number, each is read once: from
its chapter (its area the chapter's heading), with the owners the summary gives it where
its chapter's sentence names none. The summary's lines stay in the notes, and the double
printing is reported (``printed twice``), as is a summary item printed with other words
than its chapter's (``printed twice differently``: the chapter's words are read). The
chapters' sentences of work done ("attendance has improved") are findings, no activities:
their area's remit. A summary
that lists other numbers than the chapters is no summary of them: the lead-in reading
stands.

Examples
--------
>>> from pathlib import Path
>>> from wlga_analysis.documents import Document
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> lines = ("# Peer challenge", "", "## 3. Finance", "", "Reserves are adequate.", "",
...          "**Recommendation R1:** Extend the financial plan.", "", "## 4. People", "",
...          "**Recommendation R2:** Work with the WLGA to plan the workforce.", "",
...          "## 5. Summary", "", "The peer team recommends that the council:", "",
...          "1. Extend the financial plan.", "2. Work with the WLGA to plan the workforce.")
>>> doc = Document(Path("p.md"), "recommendations", lines, "0" * 64)
>>> known = OwnerCodes.from_rows([("LG", "Local government", "council"), ("WLGA", None, None)])
>>> parser = read_lead_ins_or_chapters(doc, known)
>>> [(r.number, parser.areas[r.area_id].title, r.owners) for r in parser.items["recommendations"]]
[(1, 'Finance', ['LG']), (2, 'People', ['LG', 'WLGA'])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.errors import ParseError
from wlga_analysis.interpret.recommendations.committee_reports import folded_printing
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.lead_ins import LeadInParser
    from wlga_analysis.interpret.recommendations.lines import _Item
    from wlga_analysis.interpret.recommendations.prose import ProseParser

__all__ = ["read_chapters_and_summary", "read_lead_ins_or_chapters"]


def _by_number(items: list[_Item]) -> dict[tuple[int, str], _Item] | None:
    """The items by their number and letter; None when a number is printed twice."""
    found = {item.key: item for item in items}
    return found if len(found) == len(items) else None


def read_lead_ins_or_chapters(doc: Document, known: frozenset[str]
                              ) -> LeadInParser | ProseParser | None:
    """Read recommendations printed under lead-ins (:func:`.lead_ins.read_lead_ins`), or,
    when the lead-in's list is a summary of the recommendations the chapters print, the
    chapters (:func:`read_chapters_and_summary`); None when the document prints no lead-in
    with sub-items under a heading.

    Parameters
    ----------
    doc : Document
        A recommendations document read by :func:`wlga_analysis.documents.read_document`.
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`).

    Returns
    -------
    LeadInParser, ProseParser or None
        The reading, run.
    """
    from wlga_analysis.interpret.recommendations.lead_ins import read_lead_ins

    summary = read_lead_ins(doc, known)
    if summary is None:
        return None
    return read_chapters_and_summary(doc, known, summary) or summary


def read_chapters_and_summary(doc: Document, known: frozenset[str], summary: LeadInParser
                              ) -> ProseParser | None:
    """The chapters' reading of a report whose lead-in list ``summary`` (a lead-in reading,
    run) lists again the recommendations its chapters print (see the module's notes); None
    when no chapter labels a recommendation or the summary lists other numbers.

    Parameters
    ----------
    doc : Document
        A recommendations document read by :func:`wlga_analysis.documents.read_document`.
    known : frozenset of str
        The owner codes (an :class:`.owners.OwnerCodes`).
    summary : LeadInParser
        The document read as recommendations under lead-ins.

    Returns
    -------
    ProseParser or None
        The chapters' reading, run, with the summary's owners.
    """
    from wlga_analysis.interpret.recommendations.prose import read_prose

    listed = _by_number(summary.items[_REC])
    if not listed:
        return None
    try:
        chapters = read_prose(doc, known)
    except ParseError:
        return None
    printed = _by_number(chapters.items[_REC])
    if printed is None or printed.keys() != listed.keys():
        return None
    for key, item in printed.items():
        _from_summary(chapters, item, listed[key], known)
    for finding in chapters.items[_ACT]:  # (a finding, "attendance has improved", no work)
        chapters.areas[finding.area_id].remit.append(" ".join(finding.pieces))
    chapters.items[_ACT].clear()
    first = min(printed.values(), key=lambda i: i.line)
    chapters.issue(_REC, "printed twice", "", first.line,
                   f"{len(printed)} recommendations are printed in the chapters and listed "
                   "again in a summary under a lead-in: each is read once, from its "
                   "chapter, its owners the summary's where the chapter names none; the "
                   "summary is kept in the notes")
    return chapters


def _from_summary(parser: ProseParser, item: _Item, listed: _Item,
                  known: frozenset[str]) -> None:
    """A chapter's recommendation with what its summary item adds: the owners, when its
    own sentence names none; a summary printed with other words is reported."""
    if not item.owners and listed.owners:  # (its "no owner" check answered by the summary)
        item.owners.extend(listed.owners)
        parser.issues = [i for i in parser.issues
                         if (i.check, i.item) != ("no owner", item.printed)]
        for code in (n for n in listed.owners if n not in known):
            item.unknown.append(code)
            parser.issue("recommendation_owners", "unknown owner code", item.printed,
                         listed.line, f"recommendation {item.printed} names owner code "
                         f"{code!r} (in the summary's lead-in), which is not in "
                         "data/raw/owner_codes.csv; kept as printed")
    if folded_printing(" ".join(item.pieces)) != folded_printing(" ".join(listed.pieces)):
        parser.issue(_REC, "printed twice differently", item.printed, listed.line,
                     f"recommendation {item.printed} is listed in the summary (line "
                     f"{listed.line}: {' '.join(listed.pieces)[:120]!r}) in other words "
                     f"than in its chapter (line {item.line}); the chapter's words are read")
