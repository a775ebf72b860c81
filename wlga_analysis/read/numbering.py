"""Word's automatic numbering: the number a reader of the document sees.

In a Word file, "6." is often not in a paragraph's text at all: the paragraph says
"numbering instance 3, level 0", and ``word/numbering.xml`` says how that instance prints
(an *abstract* definition with one entry per level: the number format, the text around it
such as ``"%1."`` or ``"%1.%2"``, the start value) and where it restarts (``lvlOverride`` /
``startOverride``). :class:`WordNumbering` keeps the counters as Word does:

- instances of one abstract definition continue each other's count, unless an instance
  overrides a level's start (then it counts on its own from that start);
- numbering a paragraph at level *n* restarts every deeper level;
- ``%k`` in the level text prints level *k*'s current counter in level *k*'s format
  (decimal under ``isLgl``); a level not yet used prints its start value.

Formats are one rule table, :data:`FORMATS`.

Examples
--------
>>> levels = {0: Level(fmt="decimal", text="%1."), 1: Level(fmt="lowerLetter", text="%2)")}
>>> numbering = WordNumbering(abstract={"1": levels}, instances={"7": ("1", {})})
>>> [numbering.next("7", 0), numbering.next("7", 1), numbering.next("7", 1),
...  numbering.next("7", 0), numbering.next("7", 1)]
[('1.', 'decimal'), ('a)', 'lowerLetter'), ('b)', 'lowerLetter'), ('2.', 'decimal'),
 ('a)', 'lowerLetter')]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["FORMATS", "MAX_COUNTER", "Level", "WordNumbering", "format_number", "to_letters",
           "to_roman"]


def to_roman(n: int) -> str:
    """``n`` in lower-case Roman numerals.

    Examples
    --------
    >>> to_roman(4), to_roman(19), to_roman(2024)
    ('iv', 'xix', 'mmxxiv')
    """
    out = []
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """``n`` as Word prints letters: a..z, then aa..zz, aaa... (the letter repeated).

    Examples
    --------
    >>> to_letters(1), to_letters(26), to_letters(27)
    ('a', 'z', 'aa')
    """
    if n < 1:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


#: numFmt -> how a counter prints. A format not listed prints as decimal.
FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": to_letters,
    "upperLetter": lambda n: to_letters(n).upper(),
    "lowerRoman": to_roman,
    "upperRoman": lambda n: to_roman(n).upper(),
    "bullet": lambda n: "",
    "none": lambda n: "",
}


#: The largest counter printed in letters or Roman numerals (Word's largest "start at");
#: a larger one (``<ol type="i" start="10000000000000">``, ``w:start`` 10**30: millions of
#: "m"s, or a string of gigabytes) is printed in figures, as browsers print a Roman counter
#: beyond their range.
MAX_COUNTER = 32_767


def format_number(n: int, fmt: str) -> str:
    """Print counter ``n`` in Word number format ``fmt``.

    Examples
    --------
    >>> format_number(3, "lowerLetter"), format_number(3, "upperRoman"), format_number(3, "x")
    ('c', 'III', '3')
    >>> format_number(10**30, "lowerRoman") == str(10**30)
    True
    """
    if n > MAX_COUNTER:
        return str(n) if fmt not in ("bullet", "none") else ""
    return FORMATS.get(fmt, str)(n)


@dataclass(frozen=True)
class Level:
    """One level of a numbering definition (``w:lvl``)."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False  # w:isLgl: every %k printed as decimal
    style: str | None = None  # w:pStyle: the paragraph style this level numbers


@dataclass
class WordNumbering:
    """Counters of every numbering instance of one Word file.

    Parameters
    ----------
    abstract : dict
        abstractNumId -> {level: Level}.
    instances : dict
        numId -> (abstractNumId, {level: (start override or None, Level override or None)}).
    """

    abstract: dict[str, dict[int, Level]]
    instances: dict[str, tuple[str, dict[int, tuple[int | None, Level | None]]]]
    _counters: dict[tuple[str, int], int] = field(default_factory=dict)
    _started: set[tuple[str, int]] = field(default_factory=set)

    def level(self, num_id: str, ilvl: int) -> Level | None:
        """The level definition in force for instance ``num_id`` at ``ilvl``."""
        inst = self.instances.get(num_id)
        if inst is None:
            return None
        abstract_id, overrides = inst
        start, lvl = overrides.get(ilvl, (None, None))
        base = lvl or self.abstract.get(abstract_id, {}).get(ilvl)
        if base is None:
            return None
        if start is not None:
            base = Level(base.fmt, base.text, start, base.restart, base.legal, base.style)
        return base

    def _key(self, num_id: str, ilvl: int) -> str:
        abstract_id, overrides = self.instances[num_id]
        return f"num {num_id}" if overrides else f"abstract {abstract_id}"

    def next(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """Count one paragraph numbered (``num_id``, ``ilvl``): ``(marker, numFmt)``, or
        None when the instance or level is not defined (the paragraph is not numbered)."""
        lvl = self.level(num_id, ilvl)
        if lvl is None or num_id == "0":
            return None
        key = self._key(num_id, ilvl)
        current = self._counters.get((key, ilvl))
        self._counters[(key, ilvl)] = lvl.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            deep = self.level(num_id, deeper)
            if deep is not None and deep.restart != 0 and (
                    deep.restart is None or deep.restart <= ilvl + 1):
                self._counters.pop((key, deeper), None)
        return self._print(num_id, key, lvl), lvl.fmt

    def _print(self, num_id: str, key: str, lvl: Level) -> str:
        text = lvl.text
        for k in range(9, 0, -1):  # %10 never occurs; longest first is not needed
            token = f"%{k}"
            if token not in text:
                continue
            other = self.level(num_id, k - 1)
            if other is None:
                text = text.replace(token, "")
                continue
            value = self._counters.get((key, k - 1), other.start)
            fmt = "decimal" if lvl.legal and other.fmt != "bullet" else other.fmt
            text = text.replace(token, format_number(value, fmt))
        return text.strip()

    def instance_for_style(self, style_id: str) -> tuple[str, int] | None:
        """(numId, level) of a paragraph style numbered through ``w:pStyle`` of a level."""
        for num_id, (abstract_id, _) in sorted(self.instances.items()):
            for ilvl, lvl in self.abstract.get(abstract_id, {}).items():
                if lvl.style == style_id:
                    return num_id, ilvl
        return None
