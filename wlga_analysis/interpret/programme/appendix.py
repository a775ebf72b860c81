"""Programme interpreter: a council report whose progress table is an appendix.

A Cabinet or committee report numbers its own paragraphs ("1. Purpose of the Report",
"5. Financial Impacts", "10. Reason for Proposed Decision") and then holds the programme's
progress in an appendix after them ("Appendix A – Programme progress"): one action table,
its rows grouped by a sub-heading row across the table ("Workstream 2 – Data and insight",
a merged row: one filled cell, no full stop). In such a paper the report body before the
appendix frames the paper (its paragraphs stay in the paragraphs table, not items), and each
sub-heading row of the appendix's table is the numbered section of the rows under it: its
label's number ("Workstream 2" is section 2), else the next number. A converter that splits
the table at the merged row (a Markdown export) prints the sub-heading as a line of text
between two tables with the same header: read the same.

The words that open an appendix are data: list ``appendix heading`` of
``data/raw/programme_words.csv``.

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> rows = [_Row("paragraph", 1, None, None, "Purpose", 1),
...         _Row("bullet", 1, None, None, "To report progress.", 2),
...         _Row("text", 1, None, None, "Appendix A – Progress", 3),
...         _Row("table header", 1, None, None, "Ref | Action | RAG", 4),
...         _Row("table row", 1, None, None, "Theme 3 – Data", 5,
...              cells={"Ref": "Theme 3 – Data", "Action": "", "RAG": ""}),
...         _Row("table row", 1, None, None, "3.1 | Build a dashboard. | Green", 6,
...              cells={"Ref": "3.1", "Action": "Build a dashboard.", "RAG": "Green"})]
>>> [(r.kind, r.paragraph, r.text) for r in appendix_rows(rows)][1:]
[('paragraph', 3, 'Data'), ('table row', 3, '3.1 | Build a dashboard. | Green')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme import (
    action_log,
    footnote_items,
    group_column,
    milestone_tracker,
    spanning_groups,
)
from wlga_analysis.interpret.programme.ref_groups import numbered_group
from wlga_analysis.interpret.programme.sections import section_label
from wlga_analysis.interpret.programme.symbols import is_key_line
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["appendix_rows", "is_appendix_heading"]

_TABLE = ("table header", "table row")
_REF = compile_regex(r"[A-Za-z]?\d+(?:\.\d+)*[a-z]?\.?")  # an item's reference ("1.2", "R3")


@lru_cache(maxsize=8)
def _pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["appendix heading"]
    label = "|".join(f"(?:{w})" for w in words) or "(?!)"
    return compile_regex(rf"(?:{label})\s+(?:[A-Z]|\d{{1,2}}|[IVX]{{1,4}})\b", re.IGNORECASE)


def is_appendix_heading(text: str) -> bool:
    """Whether ``text`` opens an appendix ("Appendix A – Progress", "Annex 2: Actions").

    Examples
    --------
    >>> is_appendix_heading("Appendix A – Programme progress"), is_appendix_heading("Annex 2")
    (True, True)
    >>> is_appendix_heading("Appendices"), is_appendix_heading("See Appendix A.")
    (False, False)
    """
    return _pattern(file_identity(config.PROGRAMME_WORDS_FILE)).match(text.strip()) is not None


def _sub_heading(rows: list[Any], k: int) -> str | None:
    """The name a row gives as a sub-heading of the table rows under it, else None: a table
    row whose only filled cell is its first (a merged row across the table), or a line of
    text between two parts of a table (a converter's split at the merged row) or over a
    table that names a labelled section ("Workstream 2 – Data")."""
    r = rows[k]
    if r.kind == "table row":
        cells = list((r.cells or {}).values())
        filled = [c for c in cells if c and c.strip()]
        first = clean_text(cells[0]) if cells and cells[0] else ""
        # (not a reference alone, nor a sentence: an action whose other cells are empty)
        return first if len(filled) == 1 and first and not _REF.fullmatch(first) \
            and first[-1] not in ".;" else None
    if r.kind != "text" or is_key_line(r.text) or k + 1 >= len(rows) \
            or rows[k + 1].kind not in _TABLE:
        return None
    after_table = k > 0 and rows[k - 1].kind in _TABLE  # (a group row under the header too)
    return r.text if (after_table or section_label(r.text) is not None) \
        and not footnote_items.is_page_footnotes(rows, k) else None  # (a page's footnotes)


def _start(rows: list[Any]) -> tuple[int, str, int] | None:
    """Where the appendix holding the progress table opens, after the report's numbered
    paragraphs: (the index of its first row, its heading, the heading's line) of the last
    line or heading naming an appendix that a table follows, else None."""
    last_para = max((k for k, r in enumerate(rows) if r.kind == "paragraph"), default=None)
    if last_para is None:
        return None
    found = None
    for k in range(last_para + 1, len(rows)):
        r = rows[k]
        if r.kind in _TABLE and found is not None:
            return found
        if r.kind == "text" and is_appendix_heading(r.text):
            found = (k + 1, r.text, r.source_line)
        elif r.heading and r.heading_line != (found or (0, "", None))[2] \
                and r.heading_line > rows[last_para].source_line \
                and is_appendix_heading(r.heading):  # (a heading line of its own)
            found = (k, r.heading, r.heading_line)
    return None


def appendix_rows(rows: list[Any], issue: Callable[..., Any] | None = None
                  ) -> list[Any] | None:
    """The progress rows of a report whose progress table stands in an appendix after its
    numbered paragraphs, with a sub-heading row per section; None for any other paper.

    Each sub-heading row becomes the numbered section heading (kind ``paragraph``) of the
    rows under it, and those rows take its number: the rows are changed in place, so that
    the paragraphs table shows them so too. The report body before the appendix is left
    out (it frames the paper), and ``issue`` (if given) is told where the progress was read.
    """
    if (log := action_log.log_progress(rows, issue)) is not None:  # (an action log's parts)
        return log
    if (milestones := milestone_tracker.tracker_rows(rows, issue)) is not None:
        return milestones  # (a milestone tracker: its rows, see .milestone_tracker)
    start = _start(rows)
    tracker = start is None and (start := group_column.grouped_table_start(rows)) is not None
    if start is None:
        return None
    spanning_groups.split_spanning_groups(rows, start[0])  # (a group cell spanning rows)
    # (a grouped table is the progress: what follows it frames the paper, "Funding")
    body = rows[start[0]:group_column._table_end(rows, start[0]) if tracker else None]
    heads = [(k, name) for k in range(len(body)) if (name := _sub_heading(body, k))]
    if not heads:
        return None
    number = 0
    named = dict(heads)
    for k, r in enumerate(body):
        if k in named:
            label = section_label(named[k]) or (numbered_group(named[k]) if tracker else None)
            number = int(label[0]) if label else number + 1
            r.kind, r.paragraph, r.number = "paragraph", number, str(number)
            r.raw, r.cells = named[k][label[1]:] if label else named[k], None
        elif number:
            r.paragraph = number
    if issue is not None and tracker:  # (a tracker page: one grouped table, no appendix)
        issue("programme", "progress in a grouped table", "", start[2],
              f"the progress is read from {start[1][:60]!r}, each group the section of "
              "its rows; what stands before it frames the paper and is kept in the "
              "paragraphs table only")
    elif issue is not None:
        issue("programme", "progress in an appendix", "", start[2],
              f"the progress table is read from {start[1][:60]!r}; the report's "
              "numbered paragraphs before it frame the paper and are kept in the "
              "paragraphs table only")
    return body
