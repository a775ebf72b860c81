"""The title of a paper printed as a plain line (no heading mark, no heading style).

A minutes system's text version prints its front as plain lines: the organisation
("WELSH LOCAL GOVERNMENT ASSOCIATION"), the meeting and its date ("Finance Sub-Group - 17
September 2026"), a blank line, then the title on a line of its own ("Council Tax Reform
Working Group: Recommendations"). When no heading gives the title, it is the first line
before the table that stands alone (a blank line, or the document's edge, on both sides),
is short, does not end as a sentence, is not a date line, and names the paper
(:data:`TITLE_WORDS`).

Examples
--------
>>> lines = ["WELSH LOCAL GOVERNMENT ASSOCIATION", "Finance Sub-Group - 17 September 2026",
...          "", "Council Tax Reform Working Group: Recommendations", "", "Area\\tRecs"]
>>> notes = [("paragraph", lines[0], 1), ("paragraph", lines[1], 2), ("paragraph", lines[3], 4)]
>>> plain_title(notes, lines, 6)
('Council Tax Reform Working Group: Recommendations', 4)
"""

from __future__ import annotations

from collections.abc import Sequence

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["TITLE_WORDS", "plain_title"]

#: Words of a title that names a recommendations paper.
TITLE_WORDS = compile_regex(r"(?i)\b(?:recommendations?|working\s+group|review|report|response)\b")
#: The longest title line.
_TITLE_MAX = 120


def _stands_alone(lines: Sequence[str], ln: int) -> bool:
    before = lines[ln - 2] if ln >= 2 else ""
    after = lines[ln] if ln < len(lines) else ""
    return not before.strip() and not after.strip()


def plain_title(notes: Sequence[tuple[str, str, int]], lines: Sequence[str],
                header_line: int | None) -> tuple[str, int] | None:
    """The title printed as a plain line among the notes before the table (``header_line``;
    None: anywhere) of a paper with ``lines``, and its line; None when no line is one.

    Examples
    --------
    >>> plain_title([("paragraph", "The Working Group met four times.", 1)],
    ...             ["The Working Group met four times."], None) is None
    True
    """
    from wlga_analysis.text.dates import parse_dated_line

    for kind, text, ln in notes:
        if header_line is not None and ln >= header_line:
            break
        if kind != "paragraph" or not 0 < ln <= len(lines) or len(text) > _TITLE_MAX \
                or text.rstrip().endswith((".", ";", ",", ":")) or not TITLE_WORDS.search(text):
            continue
        if lines[ln - 1].strip() == text.strip() and _stands_alone(lines, ln) \
                and parse_dated_line(text) is None:
            return text, ln
    return None
