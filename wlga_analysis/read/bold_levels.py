"""Heading levels of the headings a Word file or a web page prints as bold paragraphs.

Many CMS pages and Word files print their headings as bold paragraphs
(``<p><strong>Title</strong></p>``, a Word paragraph in Normal style whose runs are all
bold), not as ``<h2>``-``<h4>`` or Heading styles. :mod:`.bold_headings` reads such a line
as a heading; this module says which lines are headings and at what level, from the
evidence a careful reader uses (a rule table, :data:`FAMILIES`):

- a **printed number**: "2." is above "2.1", which is above "2.1.1"; "Part 2", "Section B"
  (:data:`TOP_LABELS`) above everything unnumbered;
- a **labelled series** ("Workstream 1: Buildings", "Recommendation 4", "Theme A") sits
  under the heading it first follows, and its later members at the same level;
- the **real headings** of the page: a bold heading sits below the nearest real heading
  above it (the title, ``<h1>``, or a heading of a paper whose others are bold);
- the **title**: a bold line that opens the document, with no title heading, is the title
  (level 1), not a section over everything;
- **order and shape**: a bold heading followed directly by another (no body text between)
  is the parent of it, and the unnumbered headings after it sit beside its child;
- **labels**: a bold line printed again and again (the same words, "Response", "Progress
  update", or the same words but for a figure: "Supported by 87% of members") is the label
  of each record it opens, not a heading (:func:`repeated_labels`); a bold line ending in
  ":" is a lead-in.

The bold lines over a page's cover (a council's name, a committee and its date) stay as
printed, as before; a bold line of the cover followed directly by the first paragraph of
prose ("Introduction", then the paper's first paragraph) is that paragraph's heading.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Location, Paragraph, Table
>>> def bold(text, number=None):
...     return Paragraph(Inline(text, ((0, len(text)),)), number, Location(1))
>>> prose = Paragraph(Inline("The panel met six times and heard evidence from councils."))
>>> blocks = [bold("Scrutiny review of housing"), prose, bold("Findings", "2"), prose,
...           bold("Lettings", "2.1"), prose, bold("Workstream 1: Voids"), prose]
>>> out, notes = published_bold_headings(blocks)
>>> [(b.text.text, b.level) for b in out if type(b).__name__ == "Heading"]
[('Scrutiny review of housing', 1), ('Findings', 2), ('Lettings', 3), ('Workstream 1: Voids', 4)]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.bold_headings import _NOT_A_HEADING, MAX_WORDS, _is_sentence, _opens
from wlga_analysis.read.model import Heading, Inline, ListItem, Note, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["CAPTION_LABELS", "FAMILIES", "TOP_LABELS", "heading_levels", "published_bold_headings",
           "repeated_labels"]

#: The labels of a series that stands above everything unnumbered.
TOP_LABELS = frozenset({"part", "section", "chapter", "annex", "appendix", "schedule"})
#: The labels of a caption, not a heading ("Exhibit 2: ...", "Table 1: ..." over a table).
CAPTION_LABELS = frozenset({"table", "exhibit", "figure", "chart", "box", "graph", "map"})
#: A labelled series: one or two words and a number, a capital letter or a roman numeral
#: ("Workstream 1: ...", "Recommendation 4", "Theme A – ...", "Part II").
_SERIES = LazyPattern(
    r"(?P<label>[A-Z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)?) (?:\d{1,3}[a-z]?|[A-Z]|[IVX]{1,5})"
    r"(?=$|[:.)–—]|\s(?!\d))")
#: A paragraph's printed number of one or more parts ("2", "2.1", "2.1.3").
_DECIMAL = LazyPattern(r"\d{1,3}(?:\.\d{1,3})*\.?")
#: A figure in a line (its numbers aside, a label printed again: "Supported by 87%").
_FIGURE = LazyPattern(r"\d+(?:[.,]\d+)*")
#: The fewest words of a paragraph that opens the prose whatever its end.
LONG_WORDS = 20
#: The deepest heading level.
DEEPEST = 6


def _family(block: Paragraph) -> tuple[str, str]:
    """What kind of bold heading ``block`` is: ``("top", label)``, ``("number", depth)``,
    ``("series", label)`` or ``("plain", "")`` (the rule table :data:`FAMILIES`)."""
    number = block.number
    if number is not None and _DECIMAL.fullmatch(number):
        return "number", str(number.rstrip(".").count(".") + 1)
    text = block.text.text.strip()
    m = _DECIMAL.match(text)
    if m and text[m.end():m.end() + 1] == " ":
        return "number", str(m.group(0).rstrip(".").count(".") + 1)
    m = _SERIES.match(text)
    if m:
        label = m.group("label").lower()
        return ("top" if label in TOP_LABELS else "series"), label
    return "plain", ""


#: family kind -> what it says of its level (for the reader of the code; see
#: :func:`heading_levels`).
FAMILIES: dict[str, str] = {
    "top": "the section's base level: above everything unnumbered",
    "number": "the unnumbered headings' level, one deeper for each part of the number",
    "series": "one below the heading it first follows; its later members at that level",
    "plain": "the section's level (under 'Part'/'Section': one deeper); after a parent of "
             "another unnumbered heading, one deeper unless a parent itself",
}


def repeated_labels(blocks: list[Any], heads: list[int]) -> set[int]:
    """The bold lines of ``heads`` (indexes into ``blocks``) that are labels: the same
    words printed at least twice ("Response", "Why it matters"), or the same words but for
    a figure that is no series' number ("Supported by 87% of members").

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> blocks = [Paragraph(Inline(t)) for t in ("Recommendation 1", "Response",
    ...           "Recommendation 2", "Response", "Backed by 80%", "Backed by 75%")]
    >>> sorted(repeated_labels(blocks, list(range(6))))
    [1, 3, 4, 5]
    """
    texts = {k: " ".join(blocks[k].text.text.lower().split()) for k in heads}
    shapes: dict[str, list[int]] = {}
    for k, text in texts.items():
        if _family(blocks[k])[0] in ("series", "top", "number"):
            continue
        shapes.setdefault(_FIGURE.sub("#", text), []).append(k)
    return {k for group in shapes.values() if len(group) > 1 for k in group}


def heading_levels(blocks: list[Any], heads: list[int]) -> dict[int, int]:
    """The level of each bold heading of ``heads`` (indexes into ``blocks``), from the
    evidence listed in the module.

    Parameters
    ----------
    blocks : list
        The document's blocks.
    heads : list of int
        The bold paragraphs read as headings, in order.

    Returns
    -------
    dict
        Index -> level (1 to :data:`DEEPEST`).
    """
    levels: dict[int, int] = {}
    sections: list[tuple[int, list[int]]] = [(2, [])]
    chosen = set(heads)
    for k, block in enumerate(blocks):
        if isinstance(block, Heading):
            sections.append((min(block.level + 1, DEEPEST), []))
        elif k in chosen:
            sections[-1][1].append(k)
    if (title := _title(blocks, heads)) is not None:
        levels[title] = 1  # (the document opens with it, no title heading: its title)
        sections[0][1].remove(title)
    for base, section in sections:
        levels.update(_section_levels(blocks, section, base))
    return levels


def _title(blocks: list[Any], heads: list[int]) -> int | None:
    """The bold heading that is the document's title: its first block, or its second
    after a bare label ("Appendix A"); None when it opens otherwise."""
    if not heads or heads[0] > 1 or type(blocks[heads[0]]) is not Paragraph \
            or blocks[heads[0]].number is not None:
        return None
    first = blocks[0]
    if heads[0] == 0 or (type(first) is Paragraph
                         and _SERIES.fullmatch(first.text.text.strip()) is not None):
        return heads[0]
    return None


def _section_levels(blocks: list[Any], heads: list[int], base: int) -> dict[int, int]:
    """The levels of the bold headings under one real heading (or none), ``base`` the
    level of the first of them."""
    fams = {k: _family(blocks[k]) for k in heads}
    follows = {k: heads[i + 1] for i, k in enumerate(heads[:-1]) if heads[i + 1] == k + 1}
    parents = {k for k, nxt in follows.items()
               if fams[k][0] == "plain" and fams[nxt][0] == "plain"}
    first_parent = min(parents, default=None)
    first_top = next((k for k in heads if fams[k][0] == "top"), None)
    levels: dict[int, int] = {}
    series: dict[str, int] = {}
    last = None
    for k in heads:
        kind, label = fams[k]
        plain = base + (first_top is not None and k > first_top)
        if kind == "top":
            level, series = base, {}
        elif kind == "number":
            level, series = plain + int(label) - 1, {}
        elif kind == "series":
            level = series.setdefault(label, base if last is None else levels[last] + 1)
        else:
            deeper = first_parent is not None and k > first_parent and k not in parents
            level, series = plain + deeper, {}
        levels[k] = min(level, DEEPEST)
        last = k
    return levels


def _words(block: Any) -> int:
    return len(block.text.text.split())


def _opens_prose(block: Any) -> bool:
    """Whether ``block`` is the first paragraph of prose: a sentence, or a long paragraph
    whatever its end (a lead-in to a list: "Councils ask the Welsh Government to:")."""
    return type(block) is Paragraph and (
        _is_sentence(block.text.text) or _words(block) > LONG_WORDS)


def _is_bold_line(block: Any) -> bool:
    """A paragraph printed wholly in bold that reads as a heading: short, no closing
    full stop, lead-in colon or comma, no date or letter's label (a number allowed)."""
    if type(block) is not Paragraph or not block.text.bold:  # (no bold: a cheap test first)
        return False
    text = block.text.text.strip()
    return bool(text) and len(text.split()) <= MAX_WORDS and text[-1] not in ".;:,!?" \
        and _NOT_A_HEADING.search(text) is None and block.text.is_bold()


def _outline_head(block: Any, nxt: Any) -> bool:
    """A numbered item printed wholly in bold, short, over an item numbered under it
    ("3 Candidate diversity" over "3.1 ...": Word's outline numbering on bold lines)."""
    if type(block) is not ListItem or block.number is None or not block.text.bold or \
            not _DECIMAL.fullmatch(block.number) or not isinstance(nxt, (ListItem, Paragraph)):
        return False
    text = block.text.text.strip()
    return (nxt.number or "").startswith(block.number.rstrip(".") + ".") and bool(text) \
        and len(text.split()) <= MAX_WORDS and text[-1] not in ".;:,!?" \
        and block.text.is_bold()


def _title_lines(blocks: list[Any]) -> tuple[list[int], int]:
    """The title of a document that marks no heading and opens with a bold line: ([its
    index], the number of cover lines read so: the title, and a bold line under it, a
    subtitle), the title the second line after a bare label ("Appendix A"); ([], 0) when
    it opens otherwise."""
    if not blocks or not _is_bold_line(blocks[0]) or any(
            isinstance(b, Heading) for b in blocks):
        return [], 0
    cover = 2 if len(blocks) > 1 and _is_bold_line(blocks[1]) else 1
    bare = cover == 2 and _SERIES.fullmatch(blocks[0].text.text.strip()) is not None
    return [int(bare)], cover


def _candidates(blocks: list[Any]) -> list[int]:
    """The bold lines that stand as headings: after the cover, over a list, a table, a
    numbered paragraph, a sentence or a long paragraph; on the cover, just over its first
    paragraph of prose or a list; opening a document that marks no heading, its title
    (:func:`_title_lines`); a bold numbered item over its own sub-items
    (:func:`_outline_head`)."""
    heads, cover = _title_lines(blocks)
    prose = False
    for k in range(cover, len(blocks)):
        block = blocks[k]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if _outline_head(block, nxt):
            heads.append(k)
        elif not prose:
            if _opens_prose(block):
                prose = True
            elif nxt is not None and _is_bold_line(block) and (
                    _opens_prose(nxt) or isinstance(nxt, ListItem)):
                heads.append(k)
        elif nxt is not None and _is_bold_line(block) and _opens(nxt):
            heads.append(k)
    return heads


def _series_heads(blocks: list[Any]) -> list[int]:
    """In a document that marks its headings: the bold lines of a labelled series, two
    or more, each over a table or a list ("Theme 1: ..." over its table of
    recommendations, where the chapters are Heading 1 and the themes bold); not a
    caption's ("Exhibit 2: ...", :data:`CAPTION_LABELS`)."""
    found: dict[str, list[int]] = {}
    for k, block in enumerate(blocks[:-1]):
        if _is_bold_line(block) and isinstance(blocks[k + 1], (Table, ListItem)):
            kind, label = _family(block)
            if kind in ("series", "top") and label not in CAPTION_LABELS:
                found.setdefault(label, []).append(k)
    return sorted(k for ks in found.values() if len(ks) > 1 for k in ks)


def published_bold_headings(blocks: list[Any]) -> tuple[list[Any], list[Note]]:
    """A Word file's or web page's blocks with its bold lines read as headings at the
    levels the module describes, when it marks no heading as one but its title (when it
    marks others, only a labelled series over tables or lists: :func:`_series_heads`); a
    note for each.

    Parameters
    ----------
    blocks : list
        The blocks of a published form's model.

    Returns
    -------
    tuple
        The blocks, and the notes (none when nothing was read as a heading).
    """
    marked = sum(1 for b in blocks if isinstance(b, Heading)) > 1
    heads = _series_heads(blocks) if marked else _candidates(blocks)
    if not heads:
        return blocks, []
    labels = set() if marked else repeated_labels(blocks, heads)
    heads = [k for k in heads if k not in labels]
    levels = heading_levels(blocks, heads)
    why = "its other headings are marked" if marked else "the document marks no heading as one"
    out = list(blocks)
    notes: list[Note] = []
    for k in heads:
        block = out[k]
        number = block.number
        out[k] = Heading(Inline(block.text.text.strip()), levels[k],
                         None if number is None else number.rstrip("."), block.location)
        notes.append(Note(block.location, "bold heading", (
            f"a line printed in bold, alone, read as a heading of level {levels[k]} ({why})")))
    return out, notes


def heads_in_bold(blocks: list[Any]) -> Any:
    """A test of a block: whether it is a bold line that reads as a heading on a page
    that marks no heading as one but its title (:func:`_is_bold_line`); always false on
    a page that marks its headings (there a bold line is a label).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> line = Paragraph(Inline("Workstream 1", ((0, 12),)))
    >>> heads_in_bold([line])(line), heads_in_bold([])(Paragraph(Inline("Workstream 1")))
    (True, False)
    """
    if sum(1 for b in blocks if isinstance(b, Heading)) > 1:
        return lambda block: False
    return _is_bold_line
