"""Footnote marks printed right after an item's owner marker: "... (<b>WG</b>)¹".

The mark refers to a footnote printed at the bottom of the document ("¹ Subject to the
Spending Review."), which the interpreters keep in the notes as any other paragraph. The mark
is not part of the recommendation's words: :mod:`.owner_markers` takes it out of the text
with the marker (which keeps it), and the parser reports it (check ``"footnote mark"``), so
that an analyst can find the footnote. A mark at the end of an area's title ("Regional
partnership boards¹", Markdown's "[^1]") is taken out of the title the same way
(:func:`split_footnote_mark`). A mark anywhere else (after a sentence with no
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
>>> footnote_after_marker("That it is done (<b>WG</b>)[^2]")  # a Markdown footnote
(27, 31, '[^2]')
>>> footnote_after_marker("That it is done.\u00b9 (WG)") is None
True
>>> split_footnote_mark("Regional partnership boards\u00b9")
('Regional partnership boards', '\u00b9')
>>> split_footnote_mark("Mobile libraries[^lib]"), split_footnote_mark("Area 3")
(('Mobile libraries', '[^lib]'), ('Area 3', ''))
"""

from __future__ import annotations

import re

from wlga_analysis.text.marks import FOOTNOTE_MARKS, SUPERSCRIPT_FIGURES
from wlga_analysis.text.regex_cache import compile_regex

__all__ = [
    "FOOTNOTE_MARKS",
    "SUPERSCRIPT_FIGURES",
    "area_mark_message",
    "footnote_after_marker",
    "footnote_message",
    "split_footnote_mark",
]


#: A mark right after a closing bracket (or the tag that closes a bold bracket), with only
#: closing tags, white space and a stop after it: printed as marks, or as figures in a
#: superscript tag (``<sup>1</sup>``).
_AFTER_MARKER = compile_regex(rf"(?<=[)\]>])\s*+([{FOOTNOTE_MARKS}]{{1,3}}|"
                              r"<sup>\s*+(\d{1,3})\s*+</sup>|\[\^[^\]\s]{1,12}\])"
                              r"(?=[\s.;,]*+(?:</[a-zA-Z]++\s*+>[\s.;,]*+)*+$)", re.IGNORECASE)


#: Any one mark (one scan of a text, not one per mark).
_ANY_MARK = compile_regex(f"[{FOOTNOTE_MARKS}]")


def footnote_after_marker(raw: str) -> tuple[int, int, str] | None:
    """Where the footnote mark printed right after a closing bracket at the end of ``raw``
    (an item's HTML) is, as (start, end, the mark: superscript figures as marks); None
    when there is none."""
    if "<sup" not in raw and "<SUP" not in raw and "[^" not in raw and (
            raw.isascii() or _ANY_MARK.search(raw) is None):
        return None
    m = _AFTER_MARKER.search(raw)
    if m is None:
        return None
    mark = m.group(2).translate(SUPERSCRIPT_FIGURES) if m.group(2) else m.group(1)
    return m.start(1), m.end(1), mark


#: A mark at the end of a name (an area's title): superscript figures or daggers, a
#: Markdown footnote reference ("[^1]").
_AT_END = compile_regex(rf"\s*+(?:[{FOOTNOTE_MARKS}]{{1,3}}|\[\^[^\]\s]{{1,12}}\])$")


def split_footnote_mark(name: str) -> tuple[str, str]:
    """A name without the footnote mark printed at its end, and the mark ("" for none): an
    area's title "Regional partnership boards¹" is "Regional partnership boards"."""
    if "[^" not in name and (name.isascii() or not any(m in name for m in FOOTNOTE_MARKS)):
        return name, ""
    m = _AT_END.search(name)
    if m is None or not name[:m.start()].strip():
        return name, ""
    return name[:m.start()], m.group(0).strip()


def area_mark_message(area_id: int, mark: str) -> str:
    """The data-quality note for a footnote mark taken out of an area's title.

    Examples
    --------
    >>> area_mark_message(2, "\u00b9")[:41]
    'Area 2: the footnote mark \u00b9 printed after'
    """
    return (f"Area {area_id}: the footnote mark {mark} printed after its title is not part of "
            "it (taken out); a footnote printed for it is in the notes")


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
