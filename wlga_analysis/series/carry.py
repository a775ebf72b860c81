"""A section that says it has nothing to report carries its work forward (for
:mod:`wlga_analysis.series`).

A highlight report reports by exception: a project with nothing new prints its heading
(and its header fields) over a sentence instead of its milestone table: "No exceptions to
report.", "No change since the last report.", "No change this quarter. The actions under
this objective ... stand." Its work is not dropped: it stands as at the update before. Read
so: a section of an update that holds no item and whose text opens a line with such a
sentence is **quiet**; the work of the previous update in the section of that name which
this update does not print is **carried forward**: it keeps its key, has no row in this
update (nothing is printed of it), is reported (``carried forward``) and reads as
``unchanged`` in :func:`wlga_analysis.analysis.programme_changes` (its note says why).

Examples
--------
>>> bool(NOTHING_TO_REPORT.match("No exceptions to report."))
True
>>> bool(NOTHING_TO_REPORT.match("No change this quarter. The actions stand."))
True
>>> bool(NOTHING_TO_REPORT.match("No councils have yet published a strategy."))
False
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import pandas as pd

from wlga_analysis.quality import Issue
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["NOTHING_TO_REPORT", "carried_issues", "carry_forward", "quiet_sections"]

#: A line opening with a statement that a section has nothing new: "No exceptions to
#: report", "No change this quarter", "Nothing to report", "No changes since the last
#: report", "There are no exceptions to report this period".
NOTHING_TO_REPORT = LazyPattern(
    r"(?i)(?:there[ ]++(?:is|are|have[ ]++been|has[ ]++been)[ ]++)?(?:no|nothing)[ ]++"
    r"(?:(?:new|further|material)[ ]++)?(?:(?:exceptions?|changes?|updates?|issues?|"
    r"progress)[ ]++)?(?:to[ ]++report|this[ ]++(?:quarter|period|month|time)|since[ ]++"
    r"(?:the|our)[ ]++(?:last|previous)[ ]++(?:report|update|meeting))\b")
#: Kinds of the paragraphs table's rows: a section's heading, and its items' table.
_HEADING, _ITEM_KINDS = "paragraph", frozenset({"table header", "table row"})


def quiet_sections(paragraphs: pd.DataFrame, sections: Iterable[str],
                   norm: Callable[[str], str]) -> dict[str, tuple[int, str]]:
    """The sections of an update that say they have nothing to report: normalised name ->
    (source line, the line's words).

    Parameters
    ----------
    paragraphs : DataFrame
        The update's ``paragraphs`` table (``kind``, ``text``, ``source_line``).
    sections : iterable of str
        The sections of the update's items (a section with items is never quiet).
    norm : callable
        How names are normalised for comparison.

    Returns
    -------
    dict of str to (int, str)

    Examples
    --------
    >>> p = pd.DataFrame({"kind": ["paragraph", "text", "paragraph", "table row"],
    ...                   "text": ["Energy", "No exceptions to report.", "Transport", "x"],
    ...                   "source_line": [3, 5, 7, 9]})
    >>> quiet_sections(p, ["Transport"], str.lower)
    {'energy': (5, 'No exceptions to report.')}
    """
    busy = {norm(s) for s in sections if isinstance(s, str)}
    out: dict[str, tuple[int, str]] = {}
    current: str | None = None
    for kind, text, line in zip(paragraphs["kind"], paragraphs["text"],
                                paragraphs["source_line"], strict=True):
        if kind == _HEADING:
            current = norm(text) if isinstance(text, str) else None
        elif kind in _ITEM_KINDS:
            current = None  # (a section printing a table is not quiet)
        elif current and current not in busy and current not in out \
                and isinstance(text, str) and NOTHING_TO_REPORT.match(text.strip()):
            out[current] = (int(line), text.strip())
    return out


def carried_issues(update: str, carried: Mapping[str, tuple[str, str, int, str]]
                   ) -> list[Issue]:
    """One ``carried forward`` finding per piece of work a quiet section carries.

    Parameters
    ----------
    update : str
        The update's name.
    carried : mapping
        key -> (item id in the previous update, section, source line of the statement,
        the statement).

    Examples
    --------
    >>> [i.message[:40] for i in carried_issues("u2.md", {"W1": ("A1", "Energy", 5,
    ...                                                           "No exceptions to report.")})]
    ['item A1 of the previous update (W1) is n']
    """
    return [Issue(update, "programme_series", "carried forward", item_id, line,
                  f"item {item_id} of the previous update ({key}) is not printed: section "
                  f"{section!r} says {said!r} (line {line}), so it is carried forward as it "
                  "stood, unchanged, not dropped")
            for key, (item_id, section, line, said) in carried.items()]


def carry_forward(update: str, quiet: Mapping[str, tuple[int, str]], previous: Sequence[str],
                  keys: Sequence[str], last_ids: Mapping[str, str],
                  sections: Mapping[str, str]
                  ) -> tuple[dict[str, str], list[Issue], list[str]]:
    """The work of the previous update that a quiet section of this one carries forward.

    Parameters
    ----------
    update : str
        The update's name.
    quiet : mapping
        The update's quiet sections (:func:`quiet_sections`).
    previous : sequence of str
        The keys seen in the previous update.
    keys : sequence of str
        The keys of this update's items.
    last_ids : mapping of str to str
        The previous update's item id of each key.
    sections : mapping of str to str
        The (normalised) section of each key of ``previous``.

    Returns
    -------
    notes : dict of str to str
        The note of each key carried (for :func:`wlga_analysis.analysis.programme_changes`).
    issues : list of Issue
        One ``carried forward`` finding each.
    rest : list of str
        The keys of ``previous`` not carried.

    Examples
    --------
    >>> notes, issues, rest = carry_forward("u2.md", {"energy": (5, "No change.")},
    ...                                     ["W1", "W2"], ["W2"], {"W1": "E1", "W2": "T1"},
    ...                                     {"W1": "energy", "W2": "transport"})
    >>> list(notes), [i.item for i in issues], rest
    (['W1'], ['E1'], ['W2'])
    """
    kept = set(keys)
    carried = {k: (last_ids.get(k, ""), sections[k], *quiet[sections[k]])
               for k in previous if k not in kept and sections.get(k) in quiet}
    notes = {k: f"carried forward: the section says {said!r} (line {line}); not printed "
                "in this update" for k, (_, _, line, said) in carried.items()}
    return notes, carried_issues(update, carried), [k for k in previous if k not in carried]
