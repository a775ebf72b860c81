"""Programme interpreter: the labelled title line of a committee report's cover.

A council committee report opens on its template's cover: the council's name, then
labelled lines ("REPORT TO: Performance and Overview Scrutiny Committee", "DATE: 20
November 2025", "SUBJECT: Corporate Improvement Programme 2025-26: Quarter 2 Update"; other
templates print "Report title:", "Report Subject:" or "Title:"). The council's name is the
first line, yet it is not the title: a careful reader names the report by its subject /
title line, without the label. An e-mail's "Subject:" is another matter (its header lines
"From:", "Sent:";
:mod:`.email_subject` weighs it against the message's own title line), and so is any
paper with no labelled title line (its title candidates stay as they are).

Examples
--------
>>> texts = [(1, "Torfaen County Borough Council"), (2, "REPORT TO: Cabinet"),
...          (3, "SUBJECT: Housing Plan Update")]
>>> cover_title(texts, [(1, "Torfaen County Borough Council")])
[(3, 'Housing Plan Update'), (1, 'Torfaen County Borough Council')]
>>> cover_title([(2, "Report Subject: Q2 Progress")], [(2, "Report Subject: Q2 Progress")])
[(2, 'Q2 Progress')]
>>> cover_title([(1, "From: Team"), *texts[2:]], [(4, "Housing Plan")])
[(4, 'Housing Plan')]
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["cover_title"]

#: A cover's labelled title line, its label perhaps bold ("**Subject:** ...").
_LABELLED = LazyPattern(
    r"(?i)(?:\*\*)?(?:(?:report[ \t]+)?subject|report[ \t]+title|title)[ \t]*:(?:\*\*)?"
    r"[ \t]*(?P<value>\S.*)")
#: A header line of an e-mail (whose subject :mod:`.email_subject` reads).
_EMAIL = LazyPattern(r"(?i)(?:\*\*)?(?:from|sent|cc)[ \t]*:")


def cover_title(texts: list[tuple[int, str]],
                candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The title candidates with a committee report cover's labelled title line first (its
    value, without the label), the other candidates after it; ``candidates`` itself in a
    paper with no such line, or in an e-mail.

    Parameters
    ----------
    texts : list of (int, str)
        The (line, text) of the lines before the first section.
    candidates : list of (int, str)
        The title candidates, in order.

    Returns
    -------
    list of (int, str)
    """
    if not any(":" in t for _, t in texts):  # (most papers)
        return candidates
    if any(_EMAIL.match(t) for _, t in texts):
        return candidates
    found = next(((n, m.group("value").strip(" *")) for n, t in texts
                  if (m := _LABELLED.match(t)) is not None), None)
    if found is None or not found[1]:
        return candidates
    return [found, *(c for c in candidates if c[0] != found[0])]
