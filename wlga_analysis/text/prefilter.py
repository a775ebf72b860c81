"""Cheap tests that let a list of patterns be tried against many texts quickly.

Two tools, both exact (they never change which pattern matches, or where):

- :class:`LiteralGate`: for patterns each guarded by strings one of which every match
  contains (:func:`wlga_analysis.status.required_substrings`), the patterns a text may
  match, from one pass over the text's words instead of one ``in`` test per pattern.
- :class:`StartSearch`: ``regex.search`` made to skip to the characters a match can start
  with. The regex engine skips ahead quickly only for a pattern that starts with a fixed,
  case-sensitive character or set; a pattern that starts with ``\\b`` or a look-behind, or
  is case-insensitive, is tried at every position of the text.

Examples
--------
>>> gate = LiteralGate([("delay",), None, ("will", "planned")])
>>> list(gate.indices(gate.candidates("the launch was delayed")))
[0, 1]
>>> search = StartSearch(r"\\b(?:has|have)\\s+been\\b", re.IGNORECASE).search
>>> search("It HAS been done.").start()
3
"""

from __future__ import annotations

import re
import re._parser as sre  # the standard library's own regex parser (loaded with re)
from collections.abc import Iterator, Sequence
from functools import reduce
from operator import or_
from typing import Any

__all__ = ["LiteralGate", "StartSearch", "first_characters"]

#: The text last split into words, and its words (the gates of the status rules and of the
#: timing phrases read the same item text one after the other).
_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def _words(lowered: str) -> frozenset[str]:
    """The distinct words (``str.split``) of ``lowered``."""
    global _last_words
    last, words = _last_words
    if lowered != last:
        words = frozenset(lowered.split())
        _last_words = (lowered, words)
    return words


class LiteralGate:
    """Which of a list of patterns may match a text, by their required literals.

    Pattern ``i`` may match ``lowered`` when ``required[i]`` is None or one of its strings
    is in ``lowered`` (exactly the test of :func:`wlga_analysis.status.may_match`). A
    literal without white space lies inside one of the text's words (``str.split``), so
    the words are looked up, each once per process, in a table of the literals they
    contain. A literal with white space is looked for in the text only when its longest
    word is in one of the text's words.

    Parameters
    ----------
    required : sequence of (tuple of str or None)
        Per pattern, the lower-case strings one of which every match contains (None: no
        pre-check, always a candidate).

    Examples
    --------
    >>> gate = LiteralGate([("not", "yet"), (" with",), ("continu",), None])
    >>> gate.candidates("work with us; it continues")
    14
    >>> list(gate.indices(14))
    [1, 2, 3]
    >>> list(gate.indices(gate.candidates("nothing yet")))
    [0, 3]
    """

    #: Words remembered per gate (a table that outgrows it starts again).
    max_words = 50_000

    def __init__(self, required: Sequence[tuple[str, ...] | None]) -> None:
        self.always = 0
        owners: dict[str, int] = {}
        for i, literals in enumerate(required):
            if literals is None:
                self.always |= 1 << i
                continue
            for literal in literals:
                owners[literal] = owners.get(literal, 0) | 1 << i
        self.patterns = (1 << len(required)) - 1
        in_words = {lit: mask for lit, mask in owners.items() if lit and lit.split() == [lit]}
        # a literal with white space: (literal, the bit that says its longest word is
        # in the text (0: always look), its patterns); the bits come after the patterns'
        self._others: list[tuple[str, int, int]] = []
        for literal, mask in owners.items():
            if literal in in_words:
                continue
            words = literal.split()
            bit = 0
            if words:
                bit = 1 << (len(required) + len(self._others))
                longest = max(words, key=len)
                in_words[longest] = in_words.get(longest, 0) | bit
            self._others.append((literal, bit, mask))
        self._in_words = tuple(in_words.items())
        # one C-level search tells whether a new word holds any of these literals at all
        self._any_in_word = re.compile("|".join(
            re.escape(lit) for lit in sorted(in_words, key=len, reverse=True))) \
            if in_words else None
        self._known: set[str] = set()  # the words seen so far
        self._hits: dict[str, int] = {}  # those that hold a literal: their bits
        self._hit_words: set[str] = set()

    def candidates(self, lowered: str) -> int:
        """The patterns that may match ``lowered`` (the lower-cased text), as bits: bit
        ``i`` is set when pattern ``i`` may match."""
        words = _words(lowered)
        new = words - self._known  # (set operations: no Python loop per word)
        if new:
            if len(self._known) + len(new) > self.max_words:  # a table that outgrows
                self._known.clear()                            # its size starts again
                self._hits.clear()
                self._hit_words.clear()
            self._learn(new)
        mask = reduce(or_, map(self._hits.__getitem__, words & self._hit_words), self.always)
        for literal, bit, owners in self._others:
            if (mask & bit or not bit) and literal in lowered:
                mask |= owners
        return mask & self.patterns

    def _learn(self, new: set[str]) -> None:
        """Remember the words ``new``, and the bits of those that hold a literal (one
        C-level search tells the many words that hold none)."""
        self._known |= new
        if self._any_in_word is None:
            return
        holds_any = self._any_in_word.search
        for word in new:
            if holds_any(word) is None:
                continue
            mask = 0
            for literal, owners in self._in_words:
                if literal in word:
                    mask |= owners
            self._hits[word] = mask
            self._hit_words.add(word)

    @staticmethod
    def indices(mask: int) -> Iterator[int]:
        """The set bits of ``mask``, lowest first (the patterns in their order).

        Examples
        --------
        >>> list(LiteralGate.indices(0b10110))
        [1, 2, 4]
        """
        while mask:
            low = mask & -mask
            yield low.bit_length() - 1
            mask ^= low


# ------------------------------------------------------------------- start characters
def first_characters(pattern: str, flags: int = 0) -> str | None:
    """The ASCII characters a non-empty match of ``pattern`` can start with, or None when
    that is not known (an unusual construct) or a match may be empty. A match can also
    start with any character outside ASCII.

    Examples
    --------
    >>> first_characters(r"\\b(?:has|have)\\s+not\\b", re.IGNORECASE)
    'Hh'
    >>> first_characters(r"(?<![\\w-])LGA(?![\\w-])")
    'L'
    >>> first_characters(r"(?:very )?good")
    'gv'
    >>> first_characters(".") is None, first_characters("a?") is None
    (True, True)
    """
    found = _start_set(pattern, flags)
    if found is None:
        return None
    return "".join(sorted(c for c in found if c != _OUTSIDE and c.isascii()))


#: In a set of start characters: "and any character outside ASCII".
_OUTSIDE = "outside ASCII"


def _start_set(pattern: str, flags: int) -> set[str] | None:
    """The characters a non-empty match of ``pattern`` can start with (:data:`_OUTSIDE`
    standing for every character outside ASCII), or None when not known or a match may
    be empty."""
    try:
        tree = sre.parse(pattern, flags)
    except Exception:  # (a pattern that does not parse: the search raises as before)
        return None
    if _has_group_reference(tree.data):  # not allowed inside the look-behind used
        return None
    found = _first(tree.data, tree.state.flags | flags)
    if found is None or found[1]:
        return None
    return found[0]


_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_GROUP_REFERENCES = frozenset({sre.GROUPREF, sre.GROUPREF_EXISTS})


def _first(nodes: Any, flags: int) -> tuple[set[str], bool] | None:
    """(ASCII characters a match of the parsed sequence ``nodes`` can start with, whether
    it can match nothing); None when not known."""
    chars: set[str] = set()
    for op, av in nodes:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL or op is sre.IN:
            one = _ascii_matching(op, av, flags)
            if one is None:
                return None
            return chars | one, False
        if op is sre.SUBPATTERN:
            found = _first(av[3], (flags | av[1]) & ~av[2])
        elif op is sre.ATOMIC_GROUP:
            found = _first(av, flags)
        elif op in _REPEATS:
            found = _first(av[2], flags)
            if found is not None and av[0] == 0:
                found = (found[0], True)
        elif op is sre.BRANCH:
            found = _first_of_branches(av[1], flags)
        else:
            return None
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of_branches(branches: Any, flags: int) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    empty = False
    for branch in branches:
        found = _first(branch, flags)
        if found is None:
            return None
        chars |= found[0]
        empty = empty or found[1]
    return chars, empty


def _ascii_matching(op: Any, av: Any, flags: int) -> set[str] | None:
    """The characters a ``LITERAL`` or a set (``IN``) of literals and ranges matches: the
    ASCII ones, and :data:`_OUTSIDE` when it may match others too (None for anything
    else: categories, negated sets, ranges under IGNORECASE)."""
    import _sre
    from re._casefix import _EXTRA_CASES

    ignore = flags & re.IGNORECASE
    if flags & re.LOCALE:
        return None
    members = [(op, av)] if op is sre.LITERAL else av
    out: set[str] = set()
    for kind, value in members:
        if kind is sre.LITERAL and ignore:  # as the engine compares: lower-cased
            lower = _sre.unicode_tolower(value)
            same = {lower, *_EXTRA_CASES.get(lower, ())}
            out.update(chr(c) for c in range(128) if _sre.unicode_tolower(c) in same)
            out.add(_OUTSIDE)  # ("K", the Kelvin sign, is a k)
        elif kind is sre.LITERAL:
            out.add(chr(value))  # itself only
        elif kind is sre.RANGE and not ignore:
            out.update(chr(c) for c in range(value[0], min(value[1], 127) + 1))
            if value[1] > 127:
                out.add(_OUTSIDE)
        else:
            return None
    return out


def _has_group_reference(nodes: Any) -> bool:
    """Whether a parsed pattern refers back to a group anywhere."""
    for op, av in nodes:
        if op in _GROUP_REFERENCES:
            return True
        for part in av if isinstance(av, (tuple, list)) else ():
            if hasattr(part, "data") and _has_group_reference(part.data):
                return True
            if isinstance(part, list) and part and hasattr(part[0], "data") and any(
                    _has_group_reference(branch.data) for branch in part):
                return True
    return False


class StartSearch:
    """``re.compile(pattern, flags).search``, trying the pattern only where a match can
    start: at the characters of :func:`first_characters` and at any character outside
    ASCII. The regex engine finds those characters by itself (a case-sensitive set that
    starts a pattern is skipped to quickly), then checks the pattern there from a
    look-behind: ``[start characters](?<=(?=pattern).)``.

    The match returned is *not* the pattern's: it is true where the pattern's is and starts
    where it starts (``bool(m)`` and ``m.start()`` are the same); its text is the first
    character only. Compiled on first use (a pattern whose match can start anywhere, or
    that cannot be put in a look-behind, searches as usual).

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int
        :mod:`re` flags.

    Examples
    --------
    >>> StartSearch(r"(?<!will\\s)\\bwork(?:ing)? with\\b", re.I).search("Working with").start()
    0
    >>> StartSearch(r"(?<!will\\s)\\bwork(?:ing)? with\\b", re.I).search("will work with") is None
    True
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.search = self._first_search

    def _first_search(self, text: str) -> re.Match[str] | None:
        self.search = self._compiled().search
        return self.search(text)

    def _compiled(self) -> Any:
        pattern, flags = self.pattern, self.flags
        usable = not flags & re.VERBOSE and not re.match(r"\(\?[aiLmsux]+\)", pattern)
        starts = _start_set(pattern, flags) if usable else None
        if starts and _OUTSIDE in starts:  # the ASCII starts, and any other character
            ascii_starts = "".join(c for c in starts if c != _OUTSIDE and c.isascii())
            first = f"[^{_other_ascii(ascii_starts)}]" if len(ascii_starts) < 128 else None
        elif starts:  # exactly these (one: the engine skips to it fastest)
            first = "".join(f"\\U{ord(c):08x}" for c in sorted(starts))
            first = first if len(starts) == 1 else f"[{first}]"
        else:
            first = None
        if first is not None:
            try:
                return re.compile(rf"(?-i:{first})(?<=(?=(?:{pattern}))(?s:.))", flags)
            except re.error:
                pass
        return re.compile(pattern, flags)


def _other_ascii(chars: str) -> str:
    r"""The ASCII characters not in ``chars``, as ranges of a regex set: ``[^...]`` of them
    is ``chars`` and every character outside ASCII (a set that compiles quickly, unlike one
    that lists the range ``\x80-\U0010ffff``).

    Examples
    --------
    >>> _other_ascii("Hh")
    '\\x00-\\x47\\x49-\\x67\\x69-\\x7f'
    """
    ranges: list[str] = []
    start = None
    for code in range(129):
        inside = code < 128 and chr(code) not in chars
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            ranges.append(f"\\x{start:02x}-\\x{code - 1:02x}")
            start = None
    return "".join(ranges)
