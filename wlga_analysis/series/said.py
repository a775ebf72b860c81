"""Splits and merges an update's own commentary states (for :mod:`wlga_analysis.series`).

:mod:`wlga_analysis.series.drift` finds a split or a merge by the likeness of wordings. A
tracker often says so in words instead, in the row (or the lines) of the item itself,
while the two halves share few words ("Launch a new council website with online services"
becomes "Launch the new council website" and "Introduce 'My Account' online services"):

- "New action (split from A12)", "This action has been split into ...": a **split**, reported
  (``possible split``) on the new item that says so, or on the new item whose ref the
  continued item's words name ("... are now reported as A13");
- "... reported until now as A17, is now covered by A15", "merged with", "replaced by",
  "incorporated into": a **merge**, reported (``possible merge``) on the item that says so
  when work of the previous update is missing from this one (the work its words name by
  ref, else all of it).

A report is a finding, not a match: the keys are not changed.

Examples
--------
>>> bool(SPLIT_WORDS.search("New action (split from A12)."))
True
>>> bool(MERGE_WORDS.search("The scheme is now covered by A15."))
True
>>> bool(MERGE_WORDS.search("Staff survey completed in June."))
False
>>> bool(MERGE_WORDS.search("The depot work, now reported under this priority, is on track."))
False
>>> bool(SPLIT_WORDS.search("Risk assessments, previously part of the plans strand, are now "
...                         "taken forward separately."))
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from wlga_analysis.quality import Issue
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["MERGE_WORDS", "SPLIT_WORDS", "item_words", "said_issues"]

#: Words saying an item was split: "split from A12", "split into two", "has been split".
SPLIT_WORDS = LazyPattern(r"(?i)\bsplit[ \t]++(?:from|into|in[ \t]++two|out)\b|"
                          r"\b(?:has|have|was|were|been)[ \t]++split\b|"
                          r"\bdivided[ \t]++into\b|\bseparated[ \t]++(?:from|out)\b|"
                          # "previously part of the adaptation strand, are now taken
                          # forward separately"
                          r"\b(?:taken[ \t]++forward|delivered|managed|reported)[ \t]++"
                          r"separately\b|\bpreviously[ \t]++(?:a[ \t]++)?part[ \t]++of\b")
#: Words saying work was merged into an item: "merged with", "now covered by A15".
MERGE_WORDS = LazyPattern(r"(?i)\bmerged[ \t]++(?:with|into)\b|\bcombined[ \t]++(?:with|as)\b|"
                          r"\bnow[ \t]++(?:covered|delivered|reported)[ \t]++(?:by|under|"
                          r"within|with|as[ \t]++part[ \t]++of)\b"
                          # (no merge: "now reported under this priority", a move)
                          r"(?![ \t]++(?:this|that|the|another)(?:[ \t]++[\w'-]++){0,3}?"
                          r"[ \t]++(?:priority|theme|section|heading|objective|area|outcome)\b)"
                          r"|\breplaced[ \t]++by\b|"
                          r"\b(?:incorporated|absorbed|folded|subsumed)[ \t]++(?:into|in|"
                          r"within|by)\b|\bnow[ \t]++part[ \t]++of\b")
#: A word that may be an item's printed ref ("A17", "3.2", "W5a").
_WORD = LazyPattern(r"[A-Za-z]{0,3}\d{1,3}(?:\.\d{1,3})?[a-z]?")
#: Kinds of the paragraphs table's rows that end an item's lines (a heading, a new table).
_ENDS = frozenset({"paragraph", "table header"})


def item_words(paragraphs: pd.DataFrame, lines: Sequence[int]) -> dict[int, str]:
    """The words printed for each item, by its source line: its row and the lines under
    it, up to the next item, heading or table header.

    Parameters
    ----------
    paragraphs : DataFrame
        The update's ``paragraphs`` table (``kind``, ``text``, ``source_line``).
    lines : sequence of int
        The items' source lines.

    Returns
    -------
    dict of int to str

    Examples
    --------
    >>> p = pd.DataFrame({"kind": ["table row", "table row"], "source_line": [4, 5],
    ...                   "text": ["A1 | Web | Split from A0.", "A2 | Hub | Open."]})
    >>> item_words(p, [4, 5])
    {4: 'A1 | Web | Split from A0.', 5: 'A2 | Hub | Open.'}
    >>> p = pd.DataFrame({"kind": ["table row", "text"], "source_line": [4, 6],
    ...                   "text": ["A2 | Hub | Open.", "Note that A5 is merged with A4."]})
    >>> item_words(p, [4])
    {4: 'A2 | Hub | Open.'}
    """
    starts = set(lines)
    out: dict[int, list[str]] = {}
    current: list[str] | None = None
    in_row = False  # (a table row's words end with its table: the text after is no cell)
    for kind, text, line in zip(paragraphs["kind"], paragraphs["text"],
                                paragraphs["source_line"], strict=True):
        if line in starts:
            current, in_row = out.setdefault(int(line), []), kind == "table row"
        elif kind in _ENDS or (in_row and kind != "table row"):
            current = None
        if current is not None and isinstance(text, str):
            current.append(text)
    return {line: " ".join(texts) for line, texts in out.items()}


def _named(text: str, ids: set[str]) -> list[str]:
    """The ids among ``ids`` that ``text`` names, in order."""
    return list(dict.fromkeys(m.group(0) for m in _WORD.finditer(text) if m.group(0) in ids))


def said_issues(update: str, items: Sequence[tuple[str, int]], said: Mapping[int, str],
                how: Sequence[str], previous_ids: Mapping[str, str],
                gone: Sequence[str]) -> list[Issue]:
    """The splits and merges an update's items state in their own words.

    Parameters
    ----------
    update : str
        The update's name.
    items : sequence of (item_id, source_line)
        The update's items, in order.
    said : mapping of int to str
        The words printed for each item, by source line (:func:`item_words`).
    how : sequence of str
        Each item's ``match`` ("new" for new work).
    previous_ids : mapping of str to str
        The item id of each key of the previous update.
    gone : sequence of str
        The keys of the previous update missing from this one.

    Returns
    -------
    list of Issue

    Examples
    --------
    >>> said = {4: "A4 | Web | Launch.", 5: "A5 | Online forms | New action (split from A4)."}
    >>> [(i.check, i.item) for i in said_issues("q3.pdf", [("A4", 4), ("A5", 5)], said,
    ...                                          ["text", "new"], {"W4": "A4"}, [])]
    [('possible split', 'A5')]
    """
    if not any(SPLIT_WORDS.search(t) or MERGE_WORDS.search(t) for t in said.values()):
        return []  # (one cheap look first)
    new_ids = {item_id: k for k, (item_id, _) in enumerate(items) if how[k] == "new"}
    split_on: dict[int, str] = {}
    out: list[Issue] = []
    for k, (item_id, line) in enumerate(items):
        text = said.get(line, "")
        if SPLIT_WORDS.search(text):
            if how[k] == "new":
                split_on.setdefault(k, text)
            for named in _named(text, set(new_ids) - {item_id}):
                split_on.setdefault(new_ids[named], text)
        if gone and MERGE_WORDS.search(text):
            named_gone = [key for key in gone if previous_ids.get(key) in set(_named(text, {
                previous_ids[g] for g in gone if g in previous_ids}))]
            related = named_gone or list(gone)
            out.append(Issue(update, "programme_series", "possible merge", item_id, line,
                             f"{', '.join(related)} of the previous update is not in this "
                             f"one (dropped), but item {item_id}'s commentary says work was "
                             "merged into it: the work may have been merged rather than "
                             "dropped"))
    for k in sorted(split_on):
        item_id, line = items[k]
        out.append(Issue(update, "programme_series", "possible split", item_id, line,
                         f"item {item_id} is new work, and the commentary says an action "
                         "was split: it may be a part split from earlier work; if so, say "
                         "so in data/raw/item_matches.csv"))
    return out
