"""Headings printed in bold: a document that marks none of its headings as headings.

Many papers are typed with their headings as lines in bold, not in a heading style: a
Markdown file with ``**Supporting scrutiny**`` lines and no ``#``, a text export of such a
Word file. A careful reader takes such a line as the heading it looks like. So, in a
document with no heading marked as one but its title (no ``#`` heading, no underlined
one, no heading style, but one: the title), a paragraph
printed wholly in bold, short (:data:`MAX_WORDS` words at most, no closing full stop,
colon (a lead-in), semicolon or comma, no date, no "Re:" or "Date:" label) and after the
first sentence of prose (the cover's bold lines, a council's name or a letter's subject,
stay as printed) is
read as a heading when a list, a table, a numbered paragraph or a sentence follows it (not
a signature's next line; :func:`bold_headings`), with a note. Its level is the one its
number, series and order give, as the Word and web-page readers give theirs
(:mod:`.bold_levels`: a bold line directly over another is its parent), the bold lines the
line reader already took for headings (typed directly over their text) counted with them;
a bold line printed again and again ("What we recommend" under each area) labels a part of
the section above it: a sub-heading one level under the heading before it
(:func:`~.bold_levels.repeated_labels`). A numbered
heading printed in bold ("**2. Digital**") is read as the numbered heading it is
(:func:`unbold_numbered`). A document that marks its headings keeps its bold
lines as they are: there, a bold line is a label ("**Completed**") or a caption.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Location, Paragraph
>>> from wlga_analysis.read.text_lines import markdown_inline
>>> lines = ["The panel met six times in 2025 and heard evidence from nine councils.",
...          "**Supporting scrutiny**", "Chairs met twice."]
>>> blocks = [Paragraph(Inline(lines[0]), None, Location(1)),
...           Paragraph(markdown_inline(lines[1]), None, Location(2)),
...           Paragraph(Inline(lines[2]), None, Location(3))]
>>> out, notes = bold_headings(blocks, lines, 1)
>>> [type(b).__name__ for b in out], [n.kind for n in notes]
(['Paragraph', 'Heading', 'Paragraph'], ['bold heading'])
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from wlga_analysis.read.model import Heading, Inline, Note, Paragraph
from wlga_analysis.text.dates import MONTH_RE
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MAX_WORDS", "bold_headings", "unbold_numbered", "with_bold_headings"]

#: The longest heading printed in bold, in words.
MAX_WORDS = 12
#: A line printed wholly in bold that starts with a paragraph's number: "**2. Digital**",
#: "**3.1 Networks**", "__4 Risks__".
_BOLD_NUMBERED = compile_regex(r"(\s*)(\*\*|__)(\d{1,3}(?:\.\d{1,3})*\.?[ \t][^*_]*?)\2\s*")
#: The fewest words of the first sentence of prose (the end of the cover).
SENTENCE_WORDS = 6
#: What a bold line that is no heading holds: a date, a letter's "Re:" or a form's label.
_NOT_A_HEADING = compile_regex(
    rf"{MONTH_RE}\s+(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    r"|^(?i:re|subject|date|to|from|ref|our ref|your ref|cc)\s*:")


def _is_bold_heading(block: Any, lines: Sequence[str] | None, first: int) -> bool:
    if type(block) is not Paragraph or block.number is not None \
            or (lines is not None and block.location.line is None):
        return False
    if lines is not None:
        k = block.location.line - first
        if not 0 <= k < len(lines) or ("**" not in lines[k] and "__" not in lines[k]):
            return False  # (no bold marked on its line: a cheap test first)
    text = block.text.text.strip()
    return bool(text) and len(text.split()) <= MAX_WORDS and text[-1] not in ".;:,!?" \
        and _NOT_A_HEADING.search(text) is None and block.text.is_bold()


def bold_headings(blocks: list[Any], lines: Sequence[str] | None, first: int = 1
                  ) -> tuple[list[Any], list[Note]]:
    """``blocks`` with each bold line read as a heading when the document marks no
    heading as one (see the module), and a note for each.

    Parameters
    ----------
    blocks : list
        The blocks read from ``lines``.
    lines : sequence of str or None
        The document's lines; ``lines[0]`` is line ``first``. None for the model of a
        Word file, a PDF or a web page: every heading of its model is marked as one.
    first : int
        The number of the first line.

    Returns
    -------
    tuple
        The blocks, and the notes.
    """
    marked = [b for b in blocks if isinstance(b, Heading)
              and (lines is None or _marked(lines, b.location.line - first))]
    if len(marked) > 1:  # (a heading marked as one besides the title)
        return blocks, []
    heads, typed = _bold_lines(blocks, lines, first)
    if not heads and len(typed) < 2:
        return blocks, []
    return _at_levels(blocks, heads, typed)


def _bold_lines(blocks: list[Any], lines: Sequence[str] | None, first: int
                ) -> tuple[list[int], list[int]]:
    """The bold lines to read as headings (after the cover: its bold lines, before the
    first sentence, stay, a council's name, a committee and date, a letter's subject), and
    the bold lines the line reader took for headings already (typed over their text)."""
    heads: list[int] = []
    typed: list[int] = []
    prose = False
    for k, block in enumerate(blocks):
        if type(block) is Heading and lines is not None and _bold_typed(lines, block, first):
            typed.append(k)
        elif not prose:
            prose = type(block) is Paragraph and _is_sentence(block.text.text)
        elif _is_bold_heading(block, lines, first) and k + 1 < len(blocks) \
                and _opens(blocks[k + 1]):
            heads.append(k)
    return heads, typed


def _at_levels(blocks: list[Any], heads: list[int], typed: list[int]
               ) -> tuple[list[Any], list[Note]]:
    """The bold lines ``heads`` read as headings and the ``typed`` headings set at the
    levels :mod:`.bold_levels` gives them; those printed again and again (labels) one level
    under the heading before them."""
    from wlga_analysis.read.bold_levels import DEEPEST, heading_levels, repeated_labels

    view = list(blocks)  # (a typed heading counts as the bold line it is)
    for k in typed:
        view[k] = Paragraph(blocks[k].text, blocks[k].number, blocks[k].location)
    # ("What we recommend" under each heading: a label of a part of it, not beside it)
    labels = repeated_labels(view, sorted([*heads, *typed]))
    levels = heading_levels(view, sorted(k for k in [*heads, *typed] if k not in labels))
    for k in sorted(labels):
        above = max((j for j in levels if j < k and j not in labels), default=None)
        levels[k] = min((levels[above] if above is not None else 2) + 1, DEEPEST)
    out = list(blocks)
    notes: list[Note] = []
    for k in heads:
        block = out[k]
        out[k] = Heading(Inline(block.text.text.strip()), levels[k], None, block.location)
        what = "a label printed again and again, read as a sub-heading" if k in labels \
            else "a line printed in bold, alone, read as a heading"
        notes.append(Note(block.location, "bold heading", f"{what} of level {levels[k]} "
                          "(the document marks no heading as one)"))
    for k in typed:
        if levels[k] != blocks[k].level:
            out[k] = dataclasses.replace(blocks[k], level=levels[k])
    return out, notes


def _bold_typed(lines: Sequence[str], block: Heading, first: int) -> bool:
    """Whether a heading the line reader found (not marked with ``#`` or underlined) is a
    line printed wholly in bold."""
    k = (block.location.line or 0) - first
    if not 0 <= k < len(lines) or _marked(lines, k):
        return False
    line = lines[k].strip()
    return len(line) > 4 and line[:2] in ("**", "__") and line.endswith(line[:2])


def _is_sentence(text: str) -> bool:
    """A sentence of prose: more than :data:`SENTENCE_WORDS` words, ending a sentence."""
    return text.rstrip()[-1:] in (".", "!", "?") and len(text.split()) > SENTENCE_WORDS


def _opens(block: Any) -> bool:
    """Whether a heading stands over ``block``: a list, a table, a numbered paragraph, a
    sentence, a long paragraph or a bold label (not a signature's next line, "Leader,
    Cyngor Sir Enghraifft")."""
    if type(block) is not Paragraph:
        return not isinstance(block, Heading)
    text = block.text.text.rstrip()
    return block.number is not None or text[-1:] in (".", "!", "?", ":") \
        or len(text.split()) > MAX_WORDS or block.text.is_bold()  # (or a bold label)


def _marked(lines: Sequence[str], k: int) -> bool:
    """Whether the heading on line ``k`` is marked as one: ``#`` or underlined."""
    if not 0 <= k < len(lines):
        return True  # (a heading of no line: a reader's own; count it as marked)
    line = lines[k].lstrip()
    nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return line.startswith("#") or (len(nxt) >= 3 and nxt[0] in "=-" and not nxt.strip(nxt[0]))


def with_bold_headings(model: Any) -> Any:
    """A Word file's, PDF's or web page's model with its bold lines read as headings when
    it marks no heading as one, at the levels their numbers, series, order and the page's
    title give (:mod:`.bold_levels`; the model unchanged otherwise).

    Parameters
    ----------
    model : DocumentModel
        A published form's model.

    Returns
    -------
    DocumentModel
    """
    import dataclasses

    from wlga_analysis.read.bold_levels import published_bold_headings

    blocks, notes = published_bold_headings(list(model.blocks))  # (at their levels)
    if not notes:
        return model
    return dataclasses.replace(model, blocks=blocks, notes=[*model.notes, *notes])


def unbold_numbered(line: str) -> str:
    """A line printed wholly in bold that starts with a paragraph's number, printed as the
    numbered heading it is (``"**2. Digital**"`` -> ``"## 2. Digital"``: a heading's bold
    is its style, not its words; a line under it never continues it); any other line
    unchanged.

    Examples
    --------
    >>> unbold_numbered("**2. Digital**"), unbold_numbered("**Recommendation 1.** Text")
    ('## 2. Digital', '**Recommendation 1.** Text')
    """
    m = _BOLD_NUMBERED.fullmatch(line)
    return "## " + m.group(3) if m else line
