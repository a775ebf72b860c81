"""Item numbers of a recommendations table, as printed: one named table of rules.

An item starts with its number: ``1.``, or a label around a number: ``R1.``, ``Rec 1.``,
``Rec. 1``, ``Recommendation 1:``, ``A1``, ``1a.``, ``1(a)``, ``1.2`` (the second
recommendation of area 1: its number is 1, as for ``1b``), roman ``(iv)``. Each rule of
:data:`NUMBER_RULES` reads one shape; :func:`item_number` tries them in order and gives the
printed label (``"R1"``, ``"1a"``) and the number in it (1). The words allowed before a
number (``R``, ``Rec``, ``Recommendation``, ``A``...) are analyst-editable: kind
``number_prefix`` of ``data/raw/recommendation_words.csv``.

To teach the loader another shape, add a rule (a name and a pattern with groups ``label``
and ``number``, and ``prefix`` when a word comes first) to :data:`NUMBER_RULES`.

Examples
--------
>>> prefixes = frozenset({"r", "rec", "recommendation", "a"})
>>> item_number("R1. That every council tests its plan.", prefixes)
ItemNumber(label='R1', number=1, end=4, plain=False)
>>> [item_number(t, prefixes)[:2] for t in ("1a. That it", "1(b) That it", "Rec. 12 That it",
...                                           "Recommendation 3: That it", "4. That it")]
[('1a', 1), ('1(b)', 1), ('Rec. 12', 12), ('Recommendation 3', 3), ('4', 4)]
>>> [item_number(t, prefixes)[:2] for t in ("(iv) That it", "ix. That it")]
[('(iv)', 4), ('ix', 9)]
>>> item_number("Recommendation 3 of the 2019 review was met.", prefixes) is None
True
>>> item_number("A470 upgrades were completed.", prefixes) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from wlga_analysis.read.numbering import to_roman
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["NUMBER_RULES", "ItemNumber", "gap_span", "item_number", "missing_text",
           "printed_label"]


class ItemNumber(NamedTuple):
    """The number an item starts with: ``label`` as printed ("R1", "1a"), ``number`` in it,
    ``end`` where the item's text starts, ``plain`` when it is a bare "N." number."""

    label: str
    number: int
    end: int
    plain: bool


#: (name, pattern), tried in order; the first that matches (and passes its check) wins.
#: Group ``label`` is the printed label, ``number`` its number; ``prefix`` a word before it.
NUMBER_RULES: tuple[tuple[str, str], ...] = (
    # "4. That ..." (and "4.That": a number glued to a capitalised word)
    ("number", r"(?P<label>(?P<number>\d{1,4}))\.(?:\s++|$|(?=[A-Z][a-z]))"),
    # "1a. That ...", "1b) That ..."
    ("number_letter", r"(?P<label>(?P<number>\d{1,4})[a-z])[.):]\s++"),
    # "1(a) That ...", "2 (b). That ..."
    ("number_paren_letter", r"(?P<label>(?P<number>\d{1,4})\s?\([a-z]\))[.:]?\s++"),
    # "1.1 That ...", "2.3. That ...": a number within its area's (the first figure)
    ("decimal", r"(?P<label>(?P<number>\d{1,3})\.\d{1,2})\.?\s++(?=[A-Z(])"),
    # "R1.", "Rec 1.", "Rec. 1", "Recommendation 1:", "A1 That", "R2a."
    ("prefixed", r"(?P<label>(?P<prefix>[A-Za-z]{1,16}+)(?P<dot>\.)?(?P<space>\s)?"
                 r"(?P<number>\d{1,4}+)[a-z]?+)(?P<stop>[.:)]|\s[\u2013\u2014-])?(?:\s++|$)"),
    # "(iv) That ...", "iv. That ...", "(II) That ...": a roman number (i to xxxix)
    ("roman", r"(?:(?P<label>\((?P<roman>[ivx]{1,6}+|[IVX]{1,6}+)\))|"
              r"(?P<roman2>[ivx]{1,6}+|[IVX]{1,6}+)[.)])\s++"),
)
_COMPILED = tuple((name, compile_regex(pattern)) for name, pattern in NUMBER_RULES)


def parse_number(m: re.Match[str], text: str, prefixes: frozenset[str]) -> bool:
    """A bare number ("4.") needs no check."""
    return True


parse_number_letter = parse_number
parse_number_paren_letter = parse_number
parse_decimal = parse_number


def parse_prefixed(m: re.Match[str], text: str, prefixes: frozenset[str]) -> bool:
    """A word before the number must be a numbering prefix; a one-letter one ("A1") is
    glued to its number; with no stop after the number ("Rec 1 That"), the text must go
    on with a capital letter ("Recommendation 3 of the review" is a sentence)."""
    prefix = m.group("prefix").casefold()
    if prefix not in prefixes:
        return False
    if len(prefix) == 1 and (m.group("space") or m.group("dot")):
        return False
    if m.group("stop"):
        return True
    rest = text[m.end():m.end() + 1]
    return rest.isupper() or (not rest and len(prefix) > 1)


#: Roman numbers from i to xxxix, as Word's numbering writes them: numeral -> value.
_ROMAN_VALUES = {to_roman(n): n for n in range(1, 40)}


def roman_value(numeral: str) -> int | None:
    """The value of a roman number from i to xxxix, else None.

    Examples
    --------
    >>> [roman_value(r) for r in ("i", "iv", "IX", "xiv", "iiii", "vx")]
    [1, 4, 9, 14, None, None]
    """
    return _ROMAN_VALUES.get(numeral.lower())


def parse_roman(m: re.Match[str], text: str, prefixes: frozenset[str]) -> bool:
    """A roman number must be one ("(vx)" is not)."""
    return roman_value(m.group("roman") or m.group("roman2")) is not None


def _roman_number(m: re.Match[str]) -> int:
    return roman_value(m.group("roman") or m.group("roman2")) or 0


_CHECKS = {"number": parse_number, "number_letter": parse_number_letter,
           "number_paren_letter": parse_number_paren_letter, "decimal": parse_decimal,
           "prefixed": parse_prefixed,
           "roman": parse_roman}


def item_number(text: str, prefixes: frozenset[str]) -> ItemNumber | None:
    """The item number ``text`` starts with (see :data:`NUMBER_RULES`), or None.

    Parameters
    ----------
    text : str
        An item's text as printed (markers and tags removed).
    prefixes : frozenset of str
        Words allowed before a number, lower case ("r", "rec", "recommendation").

    Returns
    -------
    ItemNumber or None

    Examples
    --------
    >>> item_number("12. Councils share data", frozenset())
    ItemNumber(label='12', number=12, end=4, plain=True)
    >>> item_number("Councils share data", frozenset()) is None
    True
    """
    if not text:
        return None
    first = text[0]
    if first.isdigit():
        rules = _DIGIT_FIRST
    elif first in "(ivxIVX":
        rules = _ROMAN_FIRST if first == "(" or first.lower() not in _initials(prefixes) \
            else _ROMAN_FIRST + _LETTER_FIRST
    elif first.isalpha():
        if first.lower() not in _initials(prefixes):
            return None  # no numbering prefix starts with this letter ("the", "Councils")
        rules = _LETTER_FIRST
    else:
        return None
    for name, pattern, check in rules:
        m = pattern.match(text)
        if m and check(m, text, prefixes):
            if name == "roman":
                return ItemNumber(m.group("label") or m.group("roman2"), _roman_number(m),
                                  m.end(), False)
            return ItemNumber(m.group("label"), int(m.group("number")), m.end(),
                              name == "number")
    return None


@lru_cache(maxsize=8)
def _initials(prefixes: frozenset[str]) -> frozenset[str]:
    """The first letters of the numbering prefixes ("r", "rec" -> "r")."""
    return frozenset(prefix[:1] for prefix in prefixes)


#: The rules of :data:`NUMBER_RULES` for a text that starts with a digit, and those for one
#: that starts with a letter (a prefix word), in order, with their checks.
_DIGIT_FIRST = tuple((name, pattern, _CHECKS[name]) for name, pattern in _COMPILED
                     if name not in ("prefixed", "roman"))
_LETTER_FIRST = tuple((name, pattern, _CHECKS[name]) for name, pattern in _COMPILED
                      if name == "prefixed")
_ROMAN_FIRST = tuple((name, pattern, _CHECKS[name]) for name, pattern in _COMPILED
                     if name == "roman")


def gap_span(prev: int, nxt: int) -> str:
    """The numbers missing between ``prev`` and ``nxt``, as ``'19'`` or ``'19-21'``.

    Examples
    --------
    >>> gap_span(18, 20), gap_span(18, 22)
    ('19', '19-21')
    """
    return str(prev + 1) if nxt - prev == 2 else f"{prev + 1}-{nxt - 1}"


def missing_text(label: str, prev: int, nxt: int) -> str:
    """What is missing between numbers ``prev`` and ``nxt`` of items called ``label``.

    Examples
    --------
    >>> missing_text("activity", 3, 5), missing_text("recommendation", 3, 6)
    ('activity 4 is missing', 'recommendations 4 to 5 are missing')
    """
    if nxt - prev == 2:
        return f"{label} {prev + 1} is missing"
    plural = {"activity": "activities", "recommendation": "recommendations"}.get(label,
                                                                                 label + "s")
    return f"{plural} {prev + 1} to {nxt - 1} are missing"



def printed_label(label: str, number: int, letter: str = "") -> str | None:
    """The label a recommendation prints when it is more than its number: a ref ("R1",
    "Recommendation R2" -> "R2"), or a number with a letter ("3a"); None for a bare number.

    Examples
    --------
    >>> printed_label("Recommendation R2:", 2), printed_label("R1", 1, "a")
    ('R2', 'R1a')
    >>> printed_label("Recommendation 3", 3, "b"), printed_label("Recommendation 4.", 4)
    ('3b', None)
    """
    ref = "R" if f"R{number}" in label.replace(" ", "") else ""
    return f"{ref}{number}{letter}" if ref or letter else None
