"""Programme interpreter: an e-mail's subject as the title of the update it carries.

An update sent as an e-mail prints its header lines (From, Sent, To, Subject) before the
message. Its title is the first line before the first section that may be one (a line in
capitals, a heading: :func:`~.layouts.title_candidates`; the first naming the update, if
one does), except when the subject says
all that line says and more: "PROGRAMME UPDATE - SEPTEMBER 2025" under "Subject:
Workforce Programme - monthly update, September 2025" is the same title with the
programme's name left out, and a careful reader names the update by its subject. A title
line that says something the subject does not ("Improvement Programme 2026-27: Third
Quarter Update" under "Subject: Programme update for Q3 2026-27") stays the title, and so
does any title of a paper with no subject line. A first candidate that is a sentence (it
ends with a full stop: the opening of the message, not a title) gives way to the subject
too.

Examples
--------
>>> texts = [(1, "Subject: Housing - monthly update, May 2026"), (4, "MONTHLY UPDATE - MAY 2026")]
>>> subject_title(texts, [(4, "MONTHLY UPDATE - MAY 2026")])
[(1, 'Housing - monthly update, May 2026'), (4, 'MONTHLY UPDATE - MAY 2026')]
>>> subject_title(texts, [(4, "Housing Programme: May Update")])
[(4, 'Housing Programme: May Update')]
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["subject_title"]

#: An e-mail's subject line (its label perhaps bold, as a Word or PDF export prints it).
_SUBJECT = LazyPattern(r"(?:\*\*)?Subject[ \t]*:(?:\*\*)?[ \t]*(?P<value>\S.*)")
_WORD = LazyPattern(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def subject_title(texts: list[tuple[int, str]],
                  candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The title candidates with the e-mail's subject first when it is the fuller title
    (see the module); ``candidates`` itself otherwise.

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
    if not candidates or not any("Subject" in t for _, t in texts):  # (most papers)
        return candidates
    subject = next(((n, m.group("value").strip()) for n, t in texts
                    if (m := _SUBJECT.match(t)) is not None), None)
    if subject is None:
        return candidates
    from wlga_analysis.interpret.programme.common import vocabulary

    named = vocabulary().title  # (the candidate the front matter takes: one naming the update)
    first = next((t for _, t in candidates if named.search(t)), candidates[0][1]).rstrip()
    said = _words(first)
    if (said and said < _words(subject[1])) or first.endswith("."):
        return [subject, *candidates]
    return candidates
