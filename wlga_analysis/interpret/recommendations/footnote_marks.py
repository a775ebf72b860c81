"""Footnote marks printed right after an item's owner marker: "... (<b>WG</b>)¹".

The mark refers to a footnote printed at the bottom of the document ("¹ Subject to the
Spending Review."), which the interpreters keep in the notes as any other paragraph. The mark
is not part of the recommendation's words: :mod:`.owner_markers` takes it out of the text
with the marker (which keeps it), and the parser reports it (check ``"footnote mark"``), so
that an analyst can find the footnote. A mark anywhere else (after a sentence with no
marker, inside it) is text as printed.

The marks read are those of :data:`FOOTNOTE_MARKS` (superscript figures, daggers); to read
another, add it there.

Examples
--------
>>> footnote_after_marker("<p>That it is done. (<b>WG</b>)\u00b9</p>")
(31, 32, '\u00b9')
>>> footnote_after_marker("That it is done (WLGA)\u00b2\u00b3.")
(22, 24, '\u00b2\u00b3')
>>> footnote_after_marker("That it is done (<b>WG</b>)<sup>1</sup>")  # a web page's mark
(27, 39, '\u00b9')
>>> footnote_after_marker("That it is done.\u00b9 (WG)") is None
True
"""

from __future__ import annotations

import re

__all__ = ["FOOTNOTE_MARKS", "SUPERSCRIPT_FIGURES", "footnote_after_marker", "footnote_message"]

#: The characters a footnote mark is printed in: superscript figures, dagger, double dagger.
FOOTNOTE_MARKS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2020\u2021"

#: A mark right after a closing bracket (or the tag that closes a bold bracket), with only
#: closing tags, white space and a stop after it: printed as marks, or as figures in a
#: superscript tag (``<sup>1</sup>``).
_AFTER_MARKER = re.compile(rf"(?<=[)\]>])\s*+([{FOOTNOTE_MARKS}]{{1,3}}|"
                           r"<sup>\s*+(\d{1,3})\s*+</sup>)"
                           r"(?=[\s.;,]*+(?:</[a-zA-Z]++\s*+>[\s.;,]*+)*+$)", re.IGNORECASE)
#: Figures as superscript figures ("12" -> "¹²").
SUPERSCRIPT_FIGURES = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075"
                                    "\u2076\u2077\u2078\u2079")


def footnote_after_marker(raw: str) -> tuple[int, int, str] | None:
    """Where the footnote mark printed right after a closing bracket at the end of ``raw``
    (an item's HTML) is, as (start, end, the mark: superscript figures as marks); None
    when there is none."""
    if "<sup" not in raw and "<SUP" not in raw and (
            raw.isascii() or not any(mark in raw for mark in FOOTNOTE_MARKS)):
        return None
    m = _AFTER_MARKER.search(raw)
    if m is None:
        return None
    mark = m.group(2).translate(SUPERSCRIPT_FIGURES) if m.group(2) else m.group(1)
    return m.start(1), m.end(1), mark


def footnote_message(column: str, printed: str, mark: str) -> str:
    """The data-quality note for a footnote mark taken out of the text of an item of
    ``column`` ("activities" or "recommendations") numbered ``printed``.

    Examples
    --------
    >>> footnote_message("recommendations", "2", "\u00b9")[:60]
    'recommendation 2: the footnote mark \u00b9 printed after its owne'
    """
    label = column[:-3] + "y" if column.endswith("ies") else column.rstrip("s")
    return (f"{label} {printed}: the footnote mark {mark} printed after its owners is not "
            f"part of its text (taken out); a footnote printed for it is in the notes")
