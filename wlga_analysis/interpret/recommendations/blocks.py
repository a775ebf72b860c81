"""Cells of a recommendations table as blocks: HTML cells split into paragraphs and list
items, and the small text helpers the item rules share (joins across page breaks, notes).

Examples
--------
>>> [(b.raw, b.bullet) for b in _split_blocks("<p>1. A</p><ul><li>B</li></ul>")]
[('1. A', False), ('B', True)]
>>> _join(["a decision in-", "principle"])
'a decision in-principle'
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.owner_markers import _ANY_TAG, _bold_spans
from wlga_analysis.text.regex_cache import compile_regex

_BLOCK_TAGS = frozenset({
    "p", "li", "ol", "ul", "div", "br", "tr", "td", "th", "table", "tbody", "thead",
    "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd",
})


_LIST_TAGS = frozenset({"ul", "ol"})
#: The list tags in every case the tag pattern matches ("ul", "UL", "Ul", ...).
_LIST_TAG_NAMES = frozenset(f"{a}{b}" for tag in _LIST_TAGS for a in (tag[0], tag[0].upper())
                            for b in (tag[1], tag[1].upper()))


def _factored(words: list[str] | frozenset[str]) -> str:
    """An alternation of ``words`` grouped by their first letters, which the regex engine
    tries faster than the flat list (one test per first letter, not per word). Followed by
    ``\\b``, it matches exactly what the flat alternation matches.

    >>> _factored(["th", "thead", "td", "p"])
    'p|t(?:d|h(?:|ead))'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[:1], []).append(word[1:])
    alternatives = []
    for first, rests in groups.items():
        if not first or len(rests) == 1:
            alternatives.append(re.escape(first + rests[0]))
        else:
            alternatives.append(re.escape(first) + "(?:" + _factored(rests) + ")")
    return "|".join(alternatives)


# Possessive quantifiers (*+): white space is taken once, never given back to try again.
_BLOCK_TAG = compile_regex(r"<\s*+(/?)\s*+(" + _factored(_BLOCK_TAGS) + r")\b[^<>]*+>",
                           re.IGNORECASE)


# ---------------------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------------------
@dataclass
class _Block:
    raw: str
    bullet: bool


def _split_blocks(cell: str) -> list[_Block]:
    """Split an HTML cell into blocks (paragraphs, list items, loose text), in order.

    >>> [(b.raw, b.bullet) for b in _split_blocks("<p>1. A</p> <ul><li>B</li></ul>&#160;")]
    [('1. A', False), ('B', True)]
    """
    if "<" not in cell:
        return [_Block(cell, False)] if _has_text(cell) else []
    # split() yields the text before each tag, then the tag's "/" and name (its groups).
    parts = _BLOCK_TAG.split(cell)
    blocks: list[_Block] = []
    list_stack: list[str] = []
    bullet = False  # inside a <ul> (the innermost list)
    for index in range(0, len(parts) - 1, 3):
        raw = parts[index]
        # _has_text(raw), answered at once for the commonest parts: white space alone (as
        # between two tags) has none; a part that starts with neither a tag's "<" nor an
        # entity's "&", and has no entity to decode, has some.
        stripped = raw.strip(" \t\xa0")
        if stripped and ((stripped[0] != "<" and "&" not in raw) or _has_text(raw)):
            blocks.append(_Block(raw, bullet))
        name = parts[index + 2]
        if name in _LIST_TAG_NAMES:
            if not parts[index + 1]:
                list_stack.append(name.lower())
            elif list_stack:
                list_stack.pop()
            bullet = bool(list_stack) and list_stack[-1] == "ul"
    if _has_text(parts[-1]):
        blocks.append(_Block(parts[-1], bullet))
    return blocks


def _has_text(raw: str) -> bool:
    """Whether an HTML fragment holds any text ("&#160;" or tags alone do not)."""
    if not raw.strip(" \t\xa0"):
        return False
    if "<" not in raw and "&" not in raw:
        return True  # plain text
    text = _ANY_TAG.sub("", raw) if "<" in raw else raw
    text = text.replace("&nbsp;", " ").strip(" \t\xa0")
    return bool(text) and ("&" not in text or bool(clean_text(raw)))


_BR = compile_regex(r"<\s*+br\s*+/?\s*+>", re.IGNORECASE)


def _br_in_bold_as_space(cell: str) -> str:
    """A line break inside bold text is a space: "<b>Area 1: Net zero<br>public estate</b>"."""
    if "<" not in cell or not _BR.search(cell):
        return cell
    out, pos = [], 0
    for _, inner, inner_end, _ in _bold_spans(cell):
        out.append(cell[pos:inner])
        out.append(_BR.sub(" ", cell[inner:inner_end]))
        pos = inner_end
    out.append(cell[pos:])
    return "".join(out)


#: An owner marker followed, in the same paragraph, by the next numbered item:
#: "... accord. (<b>LG</b>) 5. That health boards ...".
_NEXT_ITEM_AFTER_OWNER = compile_regex(r"(?:</(?:b|strong)>\s*+\)|\)\s*+</(?:b|strong)>)"
                                       r"(?=\s++\d{1,3}\.\s++[A-Z])", re.IGNORECASE)


def _split_after_owner(block: _Block) -> list[_Block]:
    """Split a paragraph that holds two numbered items after the first one's owner."""
    if ")" not in block.raw or "</" not in block.raw:  # what any split needs
        return [block]
    cuts = [m.end() for m in _NEXT_ITEM_AFTER_OWNER.finditer(block.raw)]
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block.raw)]
    return [_Block(block.raw[a:b], block.bullet) for a, b in itertools.pairwise(bounds)
            if b > a]


def _note_text(cells: list[str]) -> str:
    """A note from a line's cells: "CDPS – Centre for Digital Public Services"."""
    return " – ".join(t for t in (clean_text(c) for c in cells) if t)


def _is_bold_only(raw: str) -> bool:
    """Whether all the text of an HTML block is in bold."""
    spans = _bold_spans(raw)
    if not spans:
        return False
    outside, pos = [], 0
    for start, _, _, end in spans:
        outside.append(raw[pos:start])
        pos = end
    outside.append(raw[pos:])
    return not clean_text(" ".join(outside)) and bool(clean_text(raw))


def _join(pieces: list[str]) -> str:
    """Join text pieces with a space; a word split as ``in-`` + ``principle`` stays joined."""
    if len(pieces) == 1:  # most items: one piece
        return pieces[0].strip()
    out = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif len(out) > 1 and out[-1] == "-" and out[-2].isalpha() and piece[0].islower():
            out += piece
        else:
            out += " " + piece
    return out
