"""Recommendations interpreter: the unmarked headings of a plain-text paper.

A paper typed (or exported from Word, or sent by e-mail) as plain text prints its headings
as plain lines: no "#", no underline, no style. A careful reader still sees them: a line
that **stands alone** (a blank line, or the start of the file, before it and a blank line
after it), is **shaped as a heading** (short, no closing full stop, no £ figure:
:func:`~wlga_analysis.read.text_lines.has_heading_shape`; no closing colon: "What we have
done:" leads into what follows), prints no list number, and has
text after it (a paragraph or a list item) is the heading of what follows: "About the
jury", "Theme 1: Safer streets", "Chapter 2 - Housing", "SAFETY". The first line of the
file, so shaped, is the title (when the text reader made no heading of any line, or when
the line stands alone and the reader made no title).

This is read only in a paper of the text form whose model has no heading printed as one
(a Markdown "## ..." or an underlined line): a paper that marks its headings is read by
its marks. The headings are level 2 (the title level 1); a label before the name ("Theme
1: ", "Chapter 2 - ") stays in the heading's text, and the area is named without it
(:func:`.part_labels.heading_area_name`).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Location, Paragraph
>>> lines = ["Jury report", "", "Theme 1: Streets", "", "The council should act."]
>>> blocks = [Paragraph(Inline(t), None, Location(line=n)) for n, t in ((1, lines[0]),
...           (3, lines[2]), (5, lines[4]))]
>>> [(type(b).__name__, getattr(b, "level", None)) for b in unmarked_headings(blocks, lines)]
[('Heading', 1), ('Heading', 2), ('Paragraph', None)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wlga_analysis.read.model import Heading, ListItem, Paragraph
from wlga_analysis.read.text_lines import has_heading_shape

__all__ = ["LEVEL", "text_form_headings", "unmarked_headings"]

#: The level an unmarked heading is read at (the title's is 1).
LEVEL = 2
#: The characters of a line that underlines a heading (a setext heading's "-----").
_UNDERLINE = frozenset("-=~*_ \t")


def _marked(blocks: list[Any], lines: Sequence[str]) -> bool:
    """Whether a heading of ``blocks`` is printed as one: a "#" line or an underlined line."""
    for b in blocks:
        n = b.location.line if b.__class__ is Heading else None
        if n is None or not 0 < n <= len(lines):
            continue
        after = lines[n].strip() if n < len(lines) else ""
        if lines[n - 1].lstrip()[:1] == "#" or (after and set(after) <= _UNDERLINE):
            return True
    return False


def _alone(n: int | None, lines: Sequence[str]) -> bool:
    """Whether line ``n`` (1-based) stands alone: blank (or no) lines before and after it."""
    if n is None or not 0 < n <= len(lines):
        return False
    return (n == 1 or not lines[n - 2].strip()) and (n == len(lines) or not lines[n].strip())


def _heading_line(block: Any, lines: Sequence[str]) -> bool:
    """An unnumbered one-line paragraph, standing alone, shaped as a heading."""
    if block.__class__ is not Paragraph or block.number is not None:
        return False
    text = block.text.text.strip()
    return "\n" not in text and has_heading_shape(text) and not text.endswith(":") \
        and _alone(block.location.line, lines)


def _title_free(blocks: list[Any], lines: Sequence[str]) -> bool:
    """Whether the first line may be read as the title: the text reader made no heading,
    or the line stands alone and no heading is a title (level 1)."""
    headings = [b for b in blocks if b.__class__ is Heading]
    return not headings or (_alone(1, lines) and all(h.level > 1 for h in headings))


def unmarked_headings(blocks: list[Any], lines: Sequence[str],
                      subheadings: frozenset[str] = frozenset()) -> list[Any]:
    """``blocks`` with each unmarked heading line (see the module's notes) read as a
    :class:`Heading`, when no heading of ``blocks`` is printed as one; else ``blocks``.

    Parameters
    ----------
    blocks : list
        The document model's blocks of a text-form paper.
    lines : sequence of str
        The document's lines (``lines[0]`` is line 1), as the blocks were read from.
    subheadings : frozenset of str
        A chapter's generic sub-headings ("our view": kind ``subheading`` of
        ``data/raw/recommendation_words.csv``): such a line stays a paragraph, as the
        readers of committee reports read it (a note of its chapter, never an area).

    Returns
    -------
    list
        ``blocks``, or a copy with those paragraphs made headings.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Location
    >>> lines = ["Report", "", "Members noted it", "", "Calls to action:", "", "Done."]
    >>> blocks = [Paragraph(Inline(t), None, Location(line=n))
    ...           for n, t in ((1, "Report"), (3, "Members noted it"), (5, "Calls to action:"),
    ...                        (7, "Done."))]
    >>> [type(b).__name__ for b in unmarked_headings(blocks, lines)]
    ['Heading', 'Heading', 'Paragraph', 'Paragraph']
    """
    if not blocks or _marked(blocks, lines):
        return blocks
    from wlga_analysis.interpret.recommendations.committee_reports import is_subheading

    out = list(blocks)
    first = out[0]
    if first.__class__ is Paragraph and _title_free(out, lines) \
            and first.number is None and first.location.line == 1 \
            and "\n" not in first.text.text.strip() and has_heading_shape(first.text.text):
        out[0] = Heading(first.text, 1, None, first.location)
    for k in range(1, len(out) - 1):
        b = out[k]
        if out[k + 1].__class__ in (Paragraph, ListItem) and _heading_line(b, lines) \
                and not is_subheading(b.text.text, subheadings):
            out[k] = Heading(b.text, LEVEL, None, b.location)
    return out


def text_form_headings(parser: Any, blocks: list[Any]) -> list[Any]:
    """``blocks`` (of ``parser``'s document) with its unmarked headings read
    (:func:`unmarked_headings`) when the document is of the text form; else ``blocks``.

    Examples
    --------
    >>> from pathlib import Path
    >>> from types import SimpleNamespace
    >>> from wlga_analysis.documents import Document
    >>> doc = Document(Path("a.docx"), "recommendations", ("Title",), "0" * 64, form="docx")
    >>> text_form_headings(SimpleNamespace(doc=doc, lines=doc.lines), []) == []
    True
    """
    if parser.doc.form != "text":
        return blocks
    words = getattr(parser, "words", None) or {}
    return unmarked_headings(blocks, parser.lines, frozenset(words.get("subheading", ())))
