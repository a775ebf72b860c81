"""Programme interpreter: a "Plan on a Page" of tiles, each a priority over symbol lines.

A council's plan on a page prints its priorities as tiles (a Word table of tiles, a web
page's grid of ``<div class="tile">``, a Markdown grid table): each tile a numbered heading
("1 Healthy and connected communities") over three to five short action phrases, each
opening with a status symbol ("✔ Open the community hub", "◐ ...", "○ ...", explained by a
Key tile) and closing with a note number (a superscript: "¹", Markdown's "^1^", or a figure
glued to the last word when the superscript was lost, "hub1"). The dates are only in the
"Detail notes" after the tiles, keyed by those numbers ("2. Two new routes start in January
2026."). Other tiles ("Funding 2025-26", "Key") are no priorities.

Read so: each numbered tile is a numbered section (its name a priority,
:class:`~.section_priorities.PriorityHeading`) over a table ``Action | Status | Update`` of
its phrases, the Action the phrase without its symbol and note number, the Status its
symbol (read through the paper's key, else ``status_symbols.csv``), the Update its note (so
the note gives the quarter and names partners). The other tiles and the notes are kept as
text of the paper (:class:`~.themes.ThemeText`), no items; a grant in the Funding tile is
read from there as any sentence.

The rule looks first for a line opening with a status symbol (one pass over the blocks,
a table's first cells only); a paper without one is left to the other rules.

Examples
--------
>>> split_phrase("\\u25d0 Extend community transport^2^", {"2"})
('\\u25d0', 'Extend community transport', '2')
>>> split_phrase("\\u2714 Open the hub\\u00b9", {"1"}), split_phrase("\\u2714 Open the hub1", {"1"})
(('\\u2714', 'Open the hub', '1'), ('\\u2714', 'Open the hub', '1'))
>>> split_phrase("\\u2714 Plant 400", {"400"})
('\\u2714', 'Plant 400', None)
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from wlga_analysis.interpret.programme.section_priorities import PriorityHeading
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Paragraph, Table
from wlga_analysis.reference import load_status_symbols
from wlga_analysis.text.marks import SUPERSCRIPT_DIGITS
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["plan_sections", "split_phrase"]

#: A tile's numbered heading: "1 Healthy and connected communities" ("1Healthy" as a web
#: page's number span runs into the name).
_TILE = compile_regex(r"^(\d{1,2})[ \t]?+([A-Z][^\n]{2,80})$")
#: A note number closing a phrase: Markdown's "^12^", superscript figures, or figures
#: glued to the last word (a lost superscript).
_MARK = compile_regex(rf"(?:\^(\d{{1,2}})\^|([{SUPERSCRIPT_DIGITS}]{{1,2}})"
                      r"|(?<=[a-z])(\d{1,2}))$")
#: A heading over the notes ("Detail notes", "Notes").
_NOTES = compile_regex(r"(?i)\bnotes?\b")
_PLAIN = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


class TileHeading(PriorityHeading):
    """A tile's heading read as a numbered priority heading; tiles printed side by side
    share a source line (``shares_line``: each is read)."""

    shares_line = True


class TileText(ThemeText):
    """A line of a tile that is no item (a Funding or Key tile, a note), kept as text."""

    shares_line = True


def _symbols() -> frozenset[str]:
    return frozenset(s for s in load_status_symbols() if len(s) == 1)


def split_phrase(text: str, notes: set[str] | frozenset[str]) -> tuple[str, str, str | None]:
    """(symbol, phrase, note number) of a tile's line (its text with the symbol first); the
    note number only when it is one of ``notes`` (the numbers the paper's notes print)."""
    symbol, rest = text[0], text[1:].strip()
    m = _MARK.search(rest)
    if m is not None:
        number = next(g for g in m.groups() if g).translate(_PLAIN)
        if number in notes:
            return symbol, rest[:m.start()].rstrip(), number
    return symbol, rest, None


def _symbol_line(block: Any, symbols: frozenset[str]) -> str | None:
    """The text of a line opening with a status symbol, the symbol first (a reader may
    have taken the symbol for the list's bullet: "○"), else None."""
    text = getattr(block, "text", None)
    if text is None or block.__class__ is Table:
        return None
    if text.text[:1] in symbols:
        return text.text
    marker = getattr(block, "marker", "")
    return f"{marker} {text.text}" if block.__class__ is ListItem and marker in symbols \
        else None


def _opens_with_symbol(block: Any, symbols: frozenset[str]) -> bool:
    return _symbol_line(block, symbols) is not None


def _flattened(blocks: list[Any], symbols: frozenset[str]) -> list[Any] | None:
    """The blocks with each table of tiles replaced by its cells' blocks in reading order
    (row by row); None when no tile line (a line opening with a symbol) is found."""
    out: list[Any] = []
    found = False
    for block in blocks:
        if block.__class__ is Table:
            cells = [c for row in ((block.header,) if block.header else ()) + block.rows
                     for c in row]
            if sum(len(c.blocks) > 1 and _TILE.match(c.blocks[0].text.text) is not None
                   and _opens_with_symbol(c.blocks[1], symbols) for c in cells
                   if c.blocks and hasattr(c.blocks[0], "text")) >= 2:
                out.extend(b for c in cells for b in c.blocks)
                found = True
                continue
        elif not found and _opens_with_symbol(block, symbols):
            found = True
        out.append(block)
    return out if found else None


def _tiles(blocks: list[Any], symbols: frozenset[str]) -> list[tuple[int, str, str]]:
    """(index, number, name) of each tile heading: a heading-shaped line "N Name" over a
    line opening with a symbol."""
    out = []
    for i, block in enumerate(blocks[:-1]):
        if isinstance(block, (Heading, Paragraph)) and block.__class__ is not ListItem \
                and getattr(block, "number", None) is None:
            m = _TILE.match(block.text.text)
            if m is not None and _opens_with_symbol(blocks[i + 1], symbols):
                out.append((i, m.group(1), m.group(2)))
    return out


def _notes(blocks: list[Any], after: int) -> dict[str, str]:
    """The numbered notes under a notes heading after block ``after``, by number."""
    out: dict[str, str] = {}
    under = False
    for block in blocks[after:]:
        if isinstance(block, Heading) or (block.__class__ is Paragraph and block.number is None
                                          and len(block.text.text) < 40):
            under = _NOTES.search(block.text.text) is not None
        elif under and getattr(block, "number", None) is not None:
            out[str(block.number).strip(".")] = block.text.text
    return out


def _phrases(text: str, symbols: frozenset[str]) -> list[str]:
    """A symbol line split where another symbol follows a space: a reader that joined a
    tile's lines ran its phrases together ("✔ Open the hub¹ ◐ Extend ...²")."""
    cuts = [0, *(k for k in range(1, len(text)) if text[k] in symbols and text[k - 1] == " "),
            len(text)]
    return [text[a:b].strip() for a, b in pairwise(cuts) if text[a:b].strip()]


def _is_key(phrases: list[tuple[str, str, str | None]]) -> bool:
    """Whether every phrase of a line is a status word alone (the Key tile's line)."""
    from wlga_analysis.reference import load_status_tags

    tags = load_status_tags()
    return all(" ".join(p.lower().split()) in tags for _, p, _ in phrases)


def _tile_rows(flat: list[Any], i: int, symbols: frozenset[str], notes: dict[str, str]
               ) -> tuple[list[tuple[Cell, ...]], list[Any], int]:
    """The rows ``Action | Status | Update`` of the symbol lines from ``flat[i]``, the key
    lines among them (kept as text) and the index after them."""
    rows, keys = [], []
    while i < len(flat) and _opens_with_symbol(flat[i], symbols):
        line = flat[i]
        phrases = [split_phrase(p, set(notes))
                   for p in _phrases(_symbol_line(line, symbols) or "", symbols)]
        if _is_key(phrases):
            keys.append(TileText(line.text, None, line.location))
        for symbol, phrase, note in () if keys and keys[-1].location is line.location \
                else phrases:
            rows.append((_cell(phrase, line.location), _cell(symbol, line.location),
                         _cell(notes.get(note or "", ""), line.location)))
        i += 1
    return rows, keys, i


def _cell(text: str, location: Any) -> Cell:
    return Cell((Paragraph(Inline(text), None, location),), location)


def plan_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a plan on a page, each numbered tile a numbered section heading over
    a table of its phrases (see the module); None when the paper is not one.

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, ListItem
    >>> plan_sections([Heading(Inline("Plan"), 1), ListItem(Inline("A list."))]) is None
    True
    """
    symbols = _symbols()
    flat = _flattened(blocks, symbols)
    if flat is None:
        return None
    tiles = _tiles(flat, symbols)
    if len(tiles) < 2 or [int(n) for _, n, _ in tiles] != list(range(1, len(tiles) + 1)):
        return None
    notes = _notes(flat, tiles[0][0])
    starts = {i: (number, name) for i, number, name in tiles}
    head = (_cell("Action", None), _cell("Status", None), _cell("Update", None))
    out: list[Any] = list(flat[:tiles[0][0]])
    i = tiles[0][0]
    while i < len(flat):
        block = flat[i]
        if i not in starts:
            out.append(TileText(block.text, None, block.location)
                       if hasattr(block, "text") and block.__class__ is not Table else block)
            i += 1
            continue
        number, name = starts[i]
        text = block.text
        out.append(TileHeading(text.slice(len(text.text) - len(name), len(text.text)), number,
                               block.location))
        rows, keys, i = _tile_rows(flat, i + 1, symbols, notes)
        out.append(Table(head, tuple(rows), block.location))
        out.extend(keys)
    return out
