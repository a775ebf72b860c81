"""£ amounts in running text, read exactly or reported, never silently wrong.

An amount is a currency sign (``£``, the full-width ``￡``, or ``GBP``), a number and an
optional unit (``k``, ``m``, ``bn``, ``thousand``, ``million``, ``billion``). The number may
group its thousands with commas, with a no-break, narrow no-break or thin space, or with a
comma followed by an invisible zero-width space; it may have pence (``£800,000.75``). The
value is a :class:`~decimal.Decimal`: pence are kept.

Something that starts like an amount but is not one whole (``£800,0000``, ``£1.2.3``,
``£80,00``) is returned with a ``problem`` and no value, so that a caller reports it rather
than reading a wrong figure.

Examples
--------
>>> [str(parse_money(t).value) for t in ("£800\\u00a0000", "£800,\\u200b000", "£800,000.75",
...                                       "GBP 800,000", "￡800,000", "£0.8m", "£1.2 million")]
['800000', '800000', '800000.75', '800000', '800000', '800000.0', '1200000.0']
>>> parse_money("£800,0000").problem
'a digit group that is not three digits'
>>> parse_money("£800 000").problem  # a plain space: £800 or £800,000?
'a plain space inside the number'
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import partial
from typing import NamedTuple

from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["FIGURES_UNIT", "Money", "find_money", "parse_money", "pound_amounts", "pounds"]

#: Characters that may group thousands (after or instead of a comma).
_GROUP_SPACE = "\u00a0\u202f\u2009"
_ZERO_WIDTH = "\u200b\u2060\ufeff"
_UNITS: dict[str, int] = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6,
                          "k": 10**3, "thousand": 10**3}
# Linear: the number's alternatives are tried once from the sign, and each repeated group
# begins with a separator the digits before it cannot match. Only the letters (GBP, the
# units) ignore case: a case-blind comparison of every digit costs time in every amount.
# What may not follow a well-formed number (a digit group that is not three digits, a second
# decimal point, a plain space inside the number) is looked at from the same match, by a
# look-ahead that captures it (``bad``: read when no unit follows the number).
#: The unit a table's header names for its figures: "(£'000)", "£000s", "£k", "(£m)",
#: "£ million" (group ``thousands`` or ``millions``). Read by the text form's table reader
#: (a header cell naming a unit is a label) and by the grants tables (a bare figure is in it).
FIGURES_UNIT: re.Pattern[str] = LazyPattern(  # type: ignore[assignment]
    r"(?i)£[ \t]*+(?:(?P<thousands>['’]?000s?|k)|(?P<millions>m|million))(?![\w'’])")
_MONEY = compile_regex(
    r"(?P<sign>£|￡|\b(?i:GBP)(?![^\W\d_]))[ \u00a0]?"
    r"(?P<num>\d{1,3}(?:(?:,[" + _ZERO_WIDTH + r"]?|[" + _GROUP_SPACE + r"])\d{3})+"
    r"(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:[ \u00a0]?(?P<unit>(?i:bn|billion|m|million|k|thousand))"
    r"(?![^\W\d\u00b2\u00b3\u00b9\u2070-\u2079])"  # (a footnote mark may follow: "£1.2m¹")
    r"|(?=(?P<bad>[," + _GROUP_SPACE + _ZERO_WIDTH + r"]?\d|\.\d|,? \d{3}(?!\d)"
    r"|[eE][+-]?\d)))?")
#: Why a number followed by ``bad`` is malformed, by the first character of ``bad``.
_BAD_TAIL = {".": "more than one decimal point",
             " ": "a plain space inside the number",
             "e": "an exponent (scientific notation)", "E": "an exponent (scientific notation)"}
#: What stands after a sign that starts no number the pattern reads, yet is a figure: a
#: number in brackets (a negative in accounts, "£(200,000)") or a vulgar fraction ("£½m").
_NOT_READ = compile_regex(r"[ \u00a0]?(?:\((?=\d)|[\u00bc-\u00be\u2150-\u215e])")
#: Characters that, right before the sign (and after no letter or digit), make it negative.
_MINUS = "-\u2212"
_BAD_GROUP = "a digit group that is not three digits"


class Money(NamedTuple):
    """One amount found in text (a named tuple: made by the thousand in a long document).

    Attributes
    ----------
    start, end : int
        Where the amount (sign to unit) stands in the text.
    printed : str
        The amount as printed.
    value : Decimal or None
        Its exact value in pounds; None when it is malformed.
    problem : str or None
        Why it could not be read, when it could not.
    """

    start: int
    end: int
    printed: str
    value: Decimal | None
    problem: str | None = None

    @property
    def has_pence(self) -> bool:
        """True when the value is not a whole number of pounds."""
        return self.value is not None and self.value != self.value.to_integral_value()

    def group(self, index: int = 0) -> str:
        """The amount as printed (so that a Money reads like a regular-expression match)."""
        return self.printed


_ONE = Decimal(1)


def pounds(value: Decimal) -> int:
    """Whole pounds of an exact value, rounded half up (pence are reported by callers).

    Examples
    --------
    >>> pounds(Decimal("800000.75")), pounds(Decimal("1200000.0"))
    (800001, 1200000)
    """
    if value.is_finite() and (whole := int(value)) == value:
        return whole  # (most amounts are whole pounds: no rounding to do)
    return int(value.quantize(_ONE, rounding=ROUND_HALF_UP))


#: The characters that group a number's digits, deleted before it is read.
_GROUPING = str.maketrans("", "", "," + _GROUP_SPACE + _ZERO_WIDTH)


#: Each unit's factor, exact (a :class:`~decimal.Decimal`).
_SCALE: dict[str, Decimal] = {unit: Decimal(factor) for unit, factor in _UNITS.items()}
#: The least amount no table can hold: a whole-pound column is a 64-bit integer (issue
#: #13: "£" and 10,000 digits stopped a whole document with an overflow).
_TOO_LARGE = Decimal(2 ** 63 - 1)
#: A Money from its five fields, built without a Python-level call.
_new_money = partial(tuple.__new__, Money)


def _read(m: re.Match[str], text: str) -> Money:
    digits, unit, bad = m.group(2, 3, 4)  # num, unit, bad
    start, end = m.span()
    printed = text[start:end]  # (it ends in a digit or a unit's letter)
    if bad is not None:
        why = _BAD_TAIL.get(bad[0] if bad[:2] != ", " else " ", _BAD_GROUP)
        return _new_money((start, end, printed, None, why))
    if start and text[start - 1] in _MINUS and not text[start - 2:start - 1].isalnum():
        return _new_money((start - 1, end, text[start - 1:end], None,
                           "a minus sign before it (a negative amount)"))
    if unit is None and (point := digits.find(".")) >= 0 and len(digits) - point == 4 \
            and digits[:point].isdigit():  # ("£800.000"; "£1,234.567" has its commas)
        return _new_money((start, end, printed, None, "a point before three digits (a "
                           "thousands separator, or three decimal places?)"))
    if not digits.isdigit():
        digits = digits.replace(",", "")  # (most grouped numbers: commas only)
        if not digits.isascii():
            digits = digits.translate(_GROUPING)
    try:
        value = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return _new_money((start, end, printed, None, "not a number"))
    # (times one as well: a number longer than the context's precision is rounded to it)
    value = value * _SCALE.get(unit.lower() if unit else "", _ONE)
    if value >= _TOO_LARGE:  # (no table's whole-pound column holds it: reported, not read)
        return _new_money((start, end, printed, None, "too large to be an amount (more "
                           "than a whole-pound column holds: a figure run together?)"))
    return _new_money((start, end, printed, value, None))


def find_money(text: str) -> list[Money]:
    """Every amount in ``text``, in order (malformed ones with a ``problem``).

    Examples
    --------
    >>> [(m.printed, m.value) for m in find_money("£50k in 2021 and £1.5bn later")]
    [('£50k', Decimal('50000')), ('£1.5bn', Decimal('1500000000.0'))]
    >>> [m.printed for m in find_money("£ then £5 and £6,000")]
    ['£5', '£6,000']

    A footnote mark after the unit is no digit of the amount ("£1.2m¹", printed "£1.2m1"):

    >>> [(m.printed, m.value) for m in find_money("£1.2m\u00b9 and £3m1 but £5 more")]
    [('£1.2m', Decimal('1200000.0')), ('£3m', Decimal('3000000')), ('£5', Decimal('5'))]
    """
    # (a text with no "GBP" in any case and no "￡" has only "£" amounts: a look for the
    # letters "bp", in any case, is cheaper than lower-casing the text)
    if "￡" in text or "bp" in text or "BP" in text or "Bp" in text or "bP" in text:
        found = [_read(m, text) for m in _MONEY.finditer(text)]
        if "(" in text or not text.isascii():  # (a "£(" or "£½" no match started)
            taken = {m.start for m in found} | {m.start + 1 for m in found}
            found += [_not_read(text, i, odd.end()) for i, c in enumerate(text)
                      if c in "£￡" and i not in taken
                      and (odd := _NOT_READ.match(text, i + 1)) is not None]
            found.sort()
        return found
    return pound_amounts(text) if "£" in text else []


def _not_read(text: str, start: int, end: int) -> Money:
    """A sign followed by a figure the pattern does not read: reported, never a value."""
    stop = end
    while stop < len(text) and not text[stop].isspace() and stop - start < 40:
        stop += 1  # (printed up to the next space: "£(200,000)", "£½m")
    return _new_money((start, stop, text[start:stop], None,
                       "a figure in brackets or a fraction, which is not read"))


def pound_amounts(text: str) -> list[Money]:
    """:func:`find_money` of a text whose only sign is "£" (no "￡", no "GBP" in any case):
    each amount read where a "£" stands (what :meth:`re.Pattern.finditer` finds, without
    trying the pattern at every character).

    Examples
    --------
    >>> [m.printed for m in pound_amounts("£5 and £6,000 then £")]
    ['£5', '£6,000']
    """
    out = []
    start = text.find("£")
    while start >= 0:
        m = _MONEY.match(text, start)
        if m is None:
            if (odd := _NOT_READ.match(text, start + 1)) is not None:
                out.append(_not_read(text, start, odd.end()))
            start = text.find("£", start + 1)
        else:
            out.append(_read(m, text))
            start = text.find("£", m.end())
    return out


def parse_money(text: str) -> Money | None:
    """The first amount in ``text``, or None.

    Examples
    --------
    >>> parse_money("funding of £530,000 for the team").value
    Decimal('530000')
    >>> parse_money("800") is None
    True
    """
    found = find_money(text)
    return found[0] if found else None
