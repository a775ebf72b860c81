"""Programme interpreter: footnote marks after an item's words, and a page's footnotes.

A council's action table cites footnotes from its Action cells: "Install heat pumps in
eight primary schools under the Sustainable Communities for Learning programme¹". Every
reader prints the mark as a raised figure (:mod:`wlga_analysis.text.marks`: a Word footnote
reference, ``<sup>1</sup>``, Markdown ``[^1]``, a PDF's smaller raised figure), and the
footnote itself ("¹ The Welsh Government's capital programme ...") stays a line of text,
kept in the paragraphs table. The mark is no part of the action:

- :func:`with_item_marks` takes a mark printed straight after a word of an item's text out
  of the text ("... programme"), and reports it (issue ``footnote mark``, table
  programme), quoting the footnote when the paper prints it; a figure after a number
  ("40 m²") is a unit, not a mark, and stays;
- :func:`is_page_footnotes` tells a PDF page's footnotes, printed at the foot of the page
  between the two parts of a table that runs on over the page ("1 The Welsh Government's
  ... 2 Routes on ..."), from a sub-heading row of the table: the line opens with the
  number of a mark that the table's rows above print, so the table goes on, its header
  row repeated, in the same section.

Examples
--------
>>> split_item_marks("Open a second Housing First scheme with Cymorth Cymru\u00b3")
('Open a second Housing First scheme with Cymorth Cymru', ['\u00b3'])
>>> split_item_marks("Refurbish 400 m\u00b2 of office space")
('Refurbish 400 m\u00b2 of office space', [])
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.text.marks import FOOTNOTE_MARKS, SUPERSCRIPT_DIGITS
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_page_footnotes", "split_item_marks", "with_item_marks"]

#: A mark straight after a word (one to three raised figures or daggers), before a space,
#: a punctuation mark or the end; the word is not a unit after a number ("400 m²").
_MARK = compile_regex(
    rf"(?<![\d\s{FOOTNOTE_MARKS}])(?<!\d[ \t]m)(?<!\d[ \t]km)(?<!\d[ \t]cm)(?<!\dm)(?<!\dkm)"
    rf"([{FOOTNOTE_MARKS}]{{1,3}})(?=[\s.,;:)]|$)")
#: A page's footnotes line: its first note's number, then a capital ("1 The ...", "¹ The").
_NOTES_LINE = compile_regex(rf"([{SUPERSCRIPT_DIGITS}]{{1,2}}|\d{{1,2}})[ \t]*+[A-Z]")
_PLAIN = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def split_item_marks(text: str) -> tuple[str, list[str]]:
    """An item's text without the footnote marks printed after its words, and the marks.

    Parameters
    ----------
    text : str
        An item's text.

    Returns
    -------
    tuple
        (the text without the marks, the marks in order).

    Examples
    --------
    >>> split_item_marks("Adopt the plan\u00b9\u00b2; then consult\u2020.")
    ('Adopt the plan; then consult.', ['\u00b9\u00b2', '\u2020'])
    """
    if not any(ch in FOOTNOTE_MARKS for ch in text):  # (the cheap test first)
        return text, []
    marks = [m.group(1) for m in _MARK.finditer(text)]
    return (_MARK.sub("", text), marks) if marks else (text, [])


def _footnote(paragraphs: Any, mark: str) -> str | None:
    """The footnote the paper prints for ``mark`` (a paragraph opening with it), else None."""
    opening = paragraphs["text"].astype("str")
    found = opening[opening.str.startswith(mark + " ")]
    return None if found.empty else str(found.iloc[0])[len(mark):].strip()


def with_item_marks(parsed: Any) -> Any:
    """The parse with the footnote marks after the words of item texts taken out of them
    and reported (issue ``footnote mark``); ``parsed`` itself when no item prints one.

    Parameters
    ----------
    parsed : ProgrammeParse
        A parse (a dataclass; anything else is returned as it is).

    Returns
    -------
    ProgrammeParse
        The parse, perhaps a copy with new item texts and issues.

    Examples
    --------
    >>> with_item_marks(None) is None
    True
    """
    if not dataclasses.is_dataclass(parsed) or len(parsed.programme) == 0:
        return parsed
    texts = parsed.programme["text"].tolist()
    joined = "".join([t for t in texts if t.__class__ is str])
    if not any(ch in joined for ch in FOOTNOTE_MARKS):  # (the cheap test first)
        return parsed
    from wlga_analysis.quality import Issue, document_name

    name = document_name(parsed.metadata["path"])
    frame, issues = parsed.programme.copy(), list(parsed.issues)
    for k, text in enumerate(texts):
        kept, marks = split_item_marks(text) if isinstance(text, str) else (text, [])
        if not marks:
            continue
        frame.iloc[k, frame.columns.get_loc("text")] = kept
        row = frame.iloc[k]
        for mark in marks:
            note = _footnote(parsed.paragraphs, mark)
            said = f": {note[:80]!r}" if note else ""
            issues.append(Issue(name, "programme", "footnote mark", str(row["item_id"]),
                                int(row["source_line"]),
                                f"footnote mark {mark!r} after the text of item "
                                f"{row['item_id']} is not part of it; the footnote{said} is "
                                "kept in the paragraphs table"))
    return dataclasses.replace(parsed, programme=frame, issues=tuple(issues))


def is_page_footnotes(rows: list[Any], k: int) -> bool:
    """Whether the text row ``rows[k]``, standing between two parts of a table, is the
    footnotes printed at the foot of a page: it opens with a note's number ("1 The ...",
    "¹ The ...") whose raised figure a table row above prints after a word.

    Parameters
    ----------
    rows : list of _Row
        The rows of a paper.
    k : int
        The index of a row of kind ``text``.

    Returns
    -------
    bool

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(kind="table row", text="1.2 | Fit heat pumps\u00b9 | Delayed"),
    ...         R(kind="text", text="1 The capital programme for schools.")]
    >>> is_page_footnotes(rows, 1), is_page_footnotes(rows[:1] + [R(kind="text",
    ...     text="Objective 2: Safe communities")], 1)
    (True, False)
    """
    m = _NOTES_LINE.match(rows[k].text)
    if m is None:
        return False
    figure = m.group(1).translate(_PLAIN).translate(str.maketrans("0123456789",
                                                                  SUPERSCRIPT_DIGITS))
    for r in reversed(rows[max(0, k - 200):k]):  # (the table's rows above, at most 200)
        if r.kind not in ("table row", "table header", "text", "paragraph"):
            break
        if r.kind == "table row" and any(mark == figure or mark.startswith(figure)
                                         for mark in split_item_marks(r.text)[1]):
            return True
    return False
