"""List markers: one named table of rules, tried in order.

To teach the readers a new list marker, add a rule to :data:`MARKER_RULES` (a name, the
kind it gives, and a regular expression whose group ``value`` is the marker's value); every
reader (text, Markdown, web page, Word, PDF) recognises it from then on.

Examples
--------
>>> parse_marker("4. That the WLGA leads")
Marker(marker='4.', kind='number', number='4', rest='That the WLGA leads')
>>> parse_marker("b) Local Democracy").kind
'letter'
>>> parse_marker("(ii) Corporate Capability")[:3]
('(ii)', 'roman', 'ii')
>>> parse_marker("• Partnership Council").kind
'bullet'
>>> parse_marker("Partnership Council") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["BULLET_CHARS", "MARKER_RULES", "Marker", "marker_match", "parse_marker"]


class Marker(NamedTuple):
    """A list marker found at the start of a line."""

    marker: str
    kind: str
    number: str | None
    rest: str


_ROMAN = r"(?=[ivxlc]+\b)(?:x{0,3})(?:ix|iv|v?i{0,3})"
_ROMAN_UPPER = _ROMAN.upper().replace("B", "b")

#: The characters printed as a bullet (the "bullet" rule; "o" followed by a space too):
#: Markdown's three ("-", "+", "*"), the dots, squares, arrows and diamonds of word
#: processors ("⦁" is Word's bullet copied as plain text, "Ø" its Wingdings arrow when the
#: symbol font is lost); the last four are Word's symbol-font bullets as they come out of a
#: Word file (private-use characters of Symbol and Wingdings: a dot, a square, an arrow, a
#: diamond).
BULLET_CHARS: str = "-+•▪‣●◦○▫■□–*§·➢➤✓►▶▸❖⦁∙⁃➔➜→Ø\uf0b7\uf0a7\uf0d8\uf076"

#: (name, kind, pattern). Ordered: the first rule whose pattern matches wins. Roman comes
#: before letter so that "i)" is roman; a single letter other than i, v, x is a letter.
MARKER_RULES: tuple[tuple[str, str, str], ...] = (
    ("sub_decimal", "number", r"(?P<value>\d{1,4}(?:\.\d{1,3})+)\.?"),
    ("decimal", "number", r"(?P<value>\d{1,4})[.)]"),
    ("decimal_paren", "number", r"\((?P<value>\d{1,4})\)"),
    ("roman_paren", "roman", r"\((?P<value>" + _ROMAN + r")\)"),
    ("roman", "roman", r"(?P<value>" + _ROMAN + r")[.)]"),
    ("letter_paren", "letter", r"\((?P<value>[a-z])\)"),
    ("letter", "letter", r"(?P<value>[a-z])\)"),
    ("letter_dot", "letter", r"(?P<value>[a-zA-Z])\.(?=\s+[A-Z])"),
    ("bullet", "bullet", rf"(?P<value>[{BULLET_CHARS}])"),  # ("-" first: a literal)
    ("bullet_o", "bullet", r"(?P<value>o)(?=\s)"),
)

# compiled on first use: a document uses a few kinds of marker
_COMPILED = tuple((name, kind, LazyPattern(r"[ \t]*(?P<marker>" + pattern + r")[ \t]+(?=\S)"))
                  for name, kind, pattern in MARKER_RULES)

#: The first character each rule's marker can start with (a rule not listed is always
#: tried): a line is matched only against the rules its first character allows.
_STARTS: dict[str, Callable[[str], bool]] = {
    "sub_decimal": str.isdecimal,  # what \d matches
    "decimal": str.isdecimal,
    "decimal_paren": "(".__eq__,
    "roman_paren": "(".__eq__,
    "roman": lambda c: c in "ivxlc",
    "letter_paren": "(".__eq__,
    "letter": lambda c: "a" <= c <= "z",
    "letter_dot": lambda c: "a" <= c <= "z" or "A" <= c <= "Z",
    "bullet": lambda c: c in BULLET_CHARS,
    "bullet_o": "o".__eq__,
}


@lru_cache(maxsize=1024)
def _rules_starting(first: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The (kind, pattern) rules whose marker can start with the character ``first``."""
    if not first:
        return ()
    return tuple((kind, pattern) for name, kind, pattern in _COMPILED
                 if name not in _STARTS or _STARTS[name](first))


def parse_marker(line: str, kinds: frozenset[str] | None = None) -> Marker | None:
    """Return the list marker that starts ``line`` (and the text after it), or None.

    Parameters
    ----------
    line : str
        A line of text.
    kinds : frozenset of str, optional
        Only these kinds of marker (default: every kind).

    Examples
    --------
    >>> parse_marker("20.1 Consider the report").number
    '20.1'
    >>> parse_marker("- Update it", kinds=frozenset({"number"})) is None
    True
    """
    found = marker_match(line, kinds)
    if found is None:
        return None
    kind, m = found
    number = None if kind == "bullet" else m.group("value").rstrip(".")
    return Marker(m.group("marker"), kind, number, line[m.end():].rstrip())


def marker_match(line: str, kinds: frozenset[str] | None = None
                 ) -> tuple[str, re.Match[str]] | None:
    """The kind and the match of the rule of :data:`MARKER_RULES` that reads the marker
    starting ``line`` (groups ``marker`` and ``value``; the text follows at ``end()``), or
    None: :func:`parse_marker` without building a :class:`Marker` (a reader of many list
    items takes what it needs from the match).

    Examples
    --------
    >>> kind, m = marker_match("  (b) Finance")
    >>> kind, m.group("marker"), m.group("value"), m.end()
    ('letter', '(b)', 'b', 6)
    """
    for kind, pattern in _rules_of_kinds(line.lstrip(" \t")[:1], kinds):
        m = pattern.match(line)
        if m and m.group("value"):
            return kind, m
    return None


@lru_cache(maxsize=1024)
def _rules_of_kinds(first: str, kinds: frozenset[str] | None
                    ) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """:func:`_rules_starting` ``first``, of the kinds ``kinds`` only (None: every kind)."""
    return tuple((kind, pattern) for kind, pattern in _rules_starting(first)
                 if kinds is None or kind in kinds)
