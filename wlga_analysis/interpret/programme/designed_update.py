"""Programme interpreter: a designed update's priority banners over bold-titled
paragraphs, each closing with its status in capitals.

A council's designed (InDesign-like) update, or its web or Word version, prints each
priority as an un-numbered banner ("Homes and city living", in capitals in a print) over
short paragraphs, one piece of work each, opening with a bold title ("**Market Arcade
homes.** Work on the 24 flats ...") and closing with its status in capitals through a
printed key ("... by March 2026. ON TRACK"; on a pandoc export "[ON TRACK]{.status}").
A careful reader takes each banner as the numbered section it stands for (its place, 1,
2, ...) and each bold-titled paragraph under it as one item, its text the title and the
sentences without the status word (left out by :func:`.closing_tags.closing_tag`). A pull
quote between them (a paragraph wholly in quotation marks, repeating an item's sentence in
large type) is no second item: it is kept as text (a note). What stands before the first
banner (the "At a glance" sidebar figures, the introduction, the status key) frames the
paper; the first heading-like line after the last banner's paragraphs ("Funding 2025-26")
is read as the next numbered section heading, a framing one, so that its grants table is
no more of the last priority's items (in Word a boxed panel right after the last item,
titled by its first row: that row is read as the heading).

The rule accepts a paper only with two banners or more, each DIRECTLY over a bold-titled
paragraph closing with a status word, and three such paragraphs or more; a first look
counts paragraphs that open in bold before anything else is computed.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> item = lambda t: Paragraph(Inline(t, ((0, t.index(".") + 1),)))
>>> blocks = [Paragraph(Inline("Housing")), item("Flats. The flats were let. COMPLETE"),
...           item("Homes. Work is under way. ON TRACK"),
...           Paragraph(Inline("\\u201cWork is under way.\\u201d")),
...           Paragraph(Inline("Transport")), item("Bridge. It will open soon. DELAYED"),
...           Paragraph(Inline("Funding 2025-26"))]
>>> [(type(b).__name__, getattr(b, "marker", b.number)) for b in designed_sections(blocks)]
...  # doctest: +NORMALIZE_WHITESPACE
[('PriorityHeading', '1'), ('ListItem', '1.'), ('ListItem', '2.'), ('ThemeText', None),
 ('PriorityHeading', '2'), ('ListItem', '1.'), ('Paragraph', '3')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.section_priorities import priority_heading
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Paragraph, Table

__all__ = ["designed_sections"]

#: The longest bold title opening an item, and the longest banner, in characters.
_TITLE_MAX = 80
#: The quotation marks a pull quote opens and closes with.
_OPEN_QUOTES = ("\u201c", '"', "\u2018")
_CLOSE_QUOTES = ("\u201d", '"', "\u2019", "\u201d.", '".')


def _opens_bold(block: Any) -> bool:
    """The first look: an un-numbered paragraph whose text opens with a bold title that
    ends with a full stop or a colon."""
    if block.__class__ is not Paragraph or block.number is not None or not block.text.bold:
        return False
    start, end = block.text.bold[0]
    return start == 0 and 2 <= end <= _TITLE_MAX and block.text.text[end - 1:end] in ".:"


def _titled(block: Any, tags: dict[str, str]) -> bool:
    """A bold-titled paragraph closing with a status tag (one item)."""
    from wlga_analysis.interpret.programme.closing_tags import closing_tag

    return _opens_bold(block) and closing_tag(block.text.text, tags) is not None


def _pull_quote(block: Any) -> bool:
    """A paragraph wholly in quotation marks ("> " of Markdown and bold stripped)."""
    if block.__class__ is not Paragraph or block.number is not None:
        return False
    text = block.text.text.lstrip("> *").rstrip(" *")
    return text.startswith(_OPEN_QUOTES) and text.endswith(_CLOSE_QUOTES)


def _heading_like(block: Any) -> bool:
    """A heading, or an un-numbered short line with no closing stop (a banner)."""
    if block.__class__ is Heading:
        return True
    if block.__class__ is not Paragraph or block.number is not None:
        return False
    text = block.text.text
    return 0 < len(text) <= _TITLE_MAX and text[-1] not in ".:;,!?\u201d\"" and \
        not _opens_bold(block)


def _banners(blocks: list[Any], tags: dict[str, str]) -> list[tuple[int, list[int]]] | None:
    """Each banner's index with the indices of its items (None when a titled paragraph
    stands under no banner)."""
    found: list[tuple[int, list[int]]] = []
    for k, block in enumerate(blocks):
        if not _titled(block, tags):
            continue
        if k and _heading_like(blocks[k - 1]):
            found.append((k - 1, [k]))
        elif found and all(_titled(b, tags) or _pull_quote(b)
                           for b in blocks[found[-1][1][-1] + 1:k]):
            found[-1][1].append(k)
        else:
            return None
    return found


def designed_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each banner read as a numbered section heading, its bold-titled
    paragraphs its items, the pull quotes among them text and the heading-like line after
    the last of them the next (framing) numbered section; None when the paper is not so
    laid out (see the module).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> designed_sections([Paragraph(Inline("Housing")),
    ...                    Paragraph(Inline("Flats. Let. COMPLETE", ((0, 6),)))]) is None
    True
    """
    if sum(1 for b in blocks if _opens_bold(b)) < 3:  # (the first look)
        return None
    from wlga_analysis.reference import load_status_tags

    found = _banners(blocks, load_status_tags())
    if not found or len(found) < 2 or sum(len(items) for _, items in found) < 3:
        return None
    out = list(blocks)
    for place, (i, items) in enumerate(found, start=1):
        out[i] = priority_heading(blocks[i], blocks[i].text, str(place))
        for n, k in enumerate(items, start=1):
            out[k] = ListItem(blocks[k].text, f"{n}.", "bullet", None, 0, blocks[k].location)
    _close_last(blocks, out, found)
    return out


def _close_last(blocks: list[Any], out: list[Any], found: list[tuple[int, list[int]]]
                ) -> None:
    """Pull quotes among and after the items read as notes, and the heading-like line (or
    a panel's title row) after the last item as the next, framing, numbered section."""
    end = found[-1][1][-1] + 1
    for k in range(found[0][1][0], end + 1 if end < len(blocks) else end):
        if out[k] is blocks[k] and _pull_quote(blocks[k]):  # (a note, no item)
            out[k] = ThemeText(blocks[k].text, None, blocks[k].location)
    if end < len(blocks) and out[end] is not blocks[end]:
        end += 1  # (a pull quote after the last item)
    if end < len(blocks) and _heading_like(blocks[end]):
        out[end] = Paragraph(blocks[end].text, str(len(found) + 1), blocks[end].location)
    elif end < len(blocks) and (split := _caption_row(blocks[end])) is not None:
        table = blocks[end]  # (a boxed panel whose title is its first row: "FUNDING 2025-26")
        out[end:end + 1] = [Paragraph(split[0], str(len(found) + 1), table.location),
                            Table(tuple(Cell() for _ in table.header), split[1],
                                  table.location)]


def _caption_row(block: Any) -> tuple[Inline, tuple[Any, ...]] | None:
    """The title of a table whose first row (its header, or its first row when the header
    is blank) holds only one short line with no closing stop in its first cell (a panel's
    title printed as its first row), and the rows after it; else None."""
    if block.__class__ is not Table or not block.rows:
        return None
    blank = not any(c.text for c in block.header)
    row, rows = (block.rows[0], block.rows[1:]) if blank else (block.header, block.rows)
    text = row[0].text if row else ""
    if not rows or any(c.text for c in row[1:]) or not 0 < len(text) <= _TITLE_MAX \
            or text[-1] in ".:;,":
        return None
    return Inline(text), rows
