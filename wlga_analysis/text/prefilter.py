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
from functools import lru_cache, reduce
from operator import or_
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex, remembered

__all__ = ["SHARED_WORDS", "LiteralGate", "StartSearch", "WordTable", "first_characters",
           "lowered"]


class LiteralGate:
    """Which of a list of patterns may match a text, by their required literals.

    Pattern ``i`` may match ``lowered`` when ``required[i]`` is None or one of its strings
    is in ``lowered`` (exactly the test of :func:`wlga_analysis.status.may_match`). A
    literal without white space lies inside one of the text's words (``str.split``), so
    the words are looked up, each once per process, in a table of the literals they
    contain (:class:`WordTable`: the gate's own, or one it shares with other gates). A
    literal with white space is looked for in the text only when its longest word is in
    one of the text's words.

    Parameters
    ----------
    required : sequence of (tuple of str or None)
        Per pattern, the lower-case strings one of which every match contains (None: no
        pre-check, always a candidate).
    table : WordTable, optional
        A table of words shared with other gates (default: the gate's own).

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

    def __init__(self, required: Sequence[tuple[str, ...] | None],
                 table: WordTable | None = None) -> None:
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
        # whether a text's bits call for looking at the literals with white space
        self._other_bits = sum(bit for _, bit, _ in self._others)
        self._look_always = any(not bit for _, bit, _ in self._others)
        self._span = (1 << (len(required) + len(self._others))) - 1
        self._key = (tuple(required),)
        self._in_words = in_words
        self._table = WordTable() if table is None else table
        self._place()

    def _place(self) -> None:
        table = self._table
        self._offset = table.place(self._key, self._in_words, self._span.bit_length())
        self._generation = table.generation

    # the table's state, read and set through the gate (its own table)
    @property
    def max_words(self) -> int:
        """Words remembered (a table that outgrows it starts again)."""
        return self._table.max_words

    @max_words.setter
    def max_words(self, value: int) -> None:
        self._table.max_words = value

    @property
    def _known(self) -> set[str]:
        return self._table._known

    @property
    def _hits(self) -> dict[str, int]:
        return self._table._hits

    def candidates(self, lowered: str) -> int:
        """The patterns that may match ``lowered`` (the lower-cased text), as bits: bit
        ``i`` is set when pattern ``i`` may match."""
        if self._generation != self._table.generation:  # the table started again
            self._place()
        mask = self._table.bits(lowered) >> self._offset & self._span | self.always
        if mask & self._other_bits or self._look_always:
            for literal, bit, owners in self._others:
                if (mask & bit or not bit) and literal in lowered:
                    mask |= owners
        return mask & self.patterns

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


class WordTable:
    """The words of the texts gates have read, each looked at once: which of the gates'
    literals without white space it holds, as bits.

    A gate has a table of its own, or shares one (:data:`SHARED_WORDS`) with other gates
    that read the same texts (the status rules, the organisations and the timing phrases
    each read every programme item): a text shared by several gates is then split into
    words once, and a new word searched for their literals once, for all of them. Each gate
    has its own run of bits in the table (placed by its literals: a gate made again for the
    same literals gets the same bits).

    Examples
    --------
    >>> table = WordTable()
    >>> first = LiteralGate([("delay",), ("will",)], table=table)
    >>> second = LiteralGate([("agreed",), None, ("delay", "slip")], table=table)
    >>> first.candidates("delays will follow"), second.candidates("delays will follow")
    (3, 6)
    >>> sorted(table._known), sorted(table._hits)
    (['delays', 'follow', 'will'], ['delays', 'will'])
    """

    #: Words remembered (a table that outgrows it starts again).
    max_words = 50_000
    #: Runs of bits given out before the table starts again (gates made for other
    #: literals, e.g. rules read from several files: each gate places itself again).
    max_gates = 64

    def __init__(self) -> None:
        self.generation = 0  # how many times the table started again
        self._places: dict[Any, int] = {}  # a gate's literals -> its first bit
        self._width = 0
        self._owners: dict[str, int] = {}  # a literal without white space -> its bits
        self._matchers: tuple[Any, Any] | None = None  # (any literal, longest literal)
        self._prefixes: dict[str, int] = {}  # a literal -> bits of the literals it starts with
        self._forget()

    def _forget(self) -> None:
        self._known: set[str] = set()  # the words seen so far
        self._hits: dict[str, int] = {}  # those that hold a literal: their bits
        self._hit_words: set[str] = set()
        self._last: tuple[str, int] = ("", 0)  # the text last read, and its bits

    def place(self, key: Any, owners: dict[str, int], width: int) -> int:
        """The first bit of the run of ``width`` bits of a gate whose literals are ``key``
        (``owners``: its literals without white space and their bits, from bit 0)."""
        offset = self._places.get(key)
        if offset is not None:
            return offset
        if len(self._places) >= self.max_gates:  # start again: gates place themselves anew
            self.generation += 1
            self._places.clear()
            self._owners.clear()
            self._width = 0
        offset = self._places[key] = self._width
        self._width += width
        for literal, bits in owners.items():
            self._owners[literal] = self._owners.get(literal, 0) | bits << offset
        self._matchers = None
        self._forget()  # (the words seen so far do not have the new gate's bits)
        return offset

    def bits(self, lowered: str) -> int:
        """The bits of the literals the words of ``lowered`` hold."""
        last, bits = self._last
        if lowered == last:  # (the gates of one item read the same text in turn)
            return bits
        words = frozenset(lowered.split())
        new = words - self._known  # (set operations: no Python loop per word)
        if new:
            if len(self._known) + len(new) > self.max_words:  # a table that outgrows its
                self._known.clear()                            # size starts again, with
                self._hits.clear()                             # this text's words (the
                self._hit_words.clear()                        # ones it knew as well)
                new = words
            self._learn(new)
        bits = reduce(or_, map(self._hits.__getitem__, words & self._hit_words), 0)
        self._last = (lowered, bits)
        return bits

    def _learn(self, new: frozenset[str]) -> None:
        """Remember the words ``new``, and the bits of those that hold a literal."""
        self._known |= new
        if not self._owners:
            return
        if self._matchers is None:
            self._matchers = _literal_matchers(self._owners, self._prefixes)
        holds_any, longest_at = self._matchers
        # (a literal has no white space, so no match crosses the space between two words:
        # one search tells whether any new word holds a literal, and most hold none)
        if len(new) > 1 and holds_any(" ".join(new)) is None:
            return
        prefixes = self._prefixes
        for word in new:
            if holds_any(word) is None:  # (most words hold none)
                continue
            mask = 0
            for m in longest_at(word):  # at each place, the longest literal starting there
                mask |= prefixes[m.group(1)]
            self._hits[word] = mask
            self._hit_words.add(word)


def _literal_matchers(owners: dict[str, int], prefixes: dict[str, int]) -> tuple[Any, Any]:
    """``search`` of a pattern that finds the literals ``owners`` (one at least) in a word,
    and its ``finditer``: at each place where one starts, the longest literal that starts
    there. ``prefixes`` is filled with the bits of the literals each literal starts with
    (itself included): the literals that start at a place are those the longest one starts
    with.

    The literals are grouped by their first character, longest first within a group: the
    regex engine tries only the group of the character at a place (it tells an alternative
    by its first character), and the first alternative of it that matches is the longest.

    Examples
    --------
    >>> prefixes = {}
    >>> holds_any, longest_at = _literal_matchers({"bc": 1, "abc": 2, "abcd": 4}, prefixes)
    >>> holds_any("xabcy").group(1), [m.group(1) for m in longest_at("abcd")]
    ('abc', ['abcd', 'bc'])
    >>> prefixes["abcd"], prefixes["bc"]
    (6, 1)
    """
    prefixes.clear()
    for literal in owners:
        prefixes[literal] = reduce(or_, (owners.get(literal[:k], 0)
                                         for k in range(1, len(literal) + 1)))
    groups: dict[str, list[str]] = {}
    for literal in sorted(owners, key=lambda lit: (-len(lit), lit)):
        groups.setdefault(literal[0], []).append(re.escape(literal[1:]))
    alternatives = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                            for first, rests in sorted(groups.items()))
    # (the search consumes what it finds: half the work of the look-ahead at each place,
    # and the engine skips to the characters a literal starts with)
    finder = compile_regex(f"(?=({alternatives}))")
    return compile_regex(f"({alternatives})").search, finder.finditer


#: The table of words the gates of programme items share (status rules, organisations,
#: timing phrases).
SHARED_WORDS = WordTable()

#: The text last lower-cased by :func:`lowered`, and its lower case.
_last_lowered: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()``, the last text's remembered: the gates of an item lower-case the
    same text in turn (and their table then knows it from the one it read last at once).

    Examples
    --------
    >>> lowered("Work WITH Data Cymru") is lowered("Work WITH Data Cymru")
    True
    """
    global _last_lowered
    last, lower = _last_lowered
    if text == last:
        return lower
    lower = text.lower()
    _last_lowered = (text, lower)
    return lower


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


@lru_cache(maxsize=1024)
def parsed(pattern: str, flags: int = 0) -> Any:
    """``pattern`` parsed by the standard library's regex parser (raising :class:`re.error`
    as :func:`re.compile` does), once: a rule's pattern is read for its literals and for
    its start characters. Treat the tree as read-only. Of the flags only VERBOSE changes
    the tree (the others are added to ``tree.state.flags``, and checked, whatever they are).

    Examples
    --------
    >>> [str(op) for op, _ in parsed("ab?")]
    ['LITERAL', 'MAX_REPEAT']
    """
    return sre.parse(pattern, flags)


def _start_set(pattern: str, flags: int) -> set[str] | None:
    """The characters a non-empty match of ``pattern`` can start with (:data:`_OUTSIDE`
    standing for every character outside ASCII), or None when not known or a match may
    be empty."""
    try:
        tree = parsed(pattern, flags & re.VERBOSE)  # (other flags change no tree)
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
    """``compile_regex(pattern, flags).search``, trying the pattern only where a match can
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
        first = remembered("prefilter: first character", pattern, flags, _first_character)
        if first is not None:
            try:
                return compile_regex(rf"(?-i:{first})(?<=(?=(?:{pattern}))(?s:.))", flags)
            except re.error:
                pass
        return compile_regex(pattern, flags)


def _first_character(pattern: str, flags: int) -> str | None:
    r"""A regex set of the characters a match of ``pattern`` starts with (for
    :class:`StartSearch`), or None when not known (kept between processes:
    :func:`~wlga_analysis.text.regex_cache.remembered`).

    Examples
    --------
    >>> _first_character(r"\bLGA\b", 0), _first_character(r"(?:has|have) been", 0)
    ('\\U0000004c', '\\U00000068')
    >>> _first_character(r"\bwork", re.IGNORECASE)  # (and any character outside ASCII)
    '[^\\x00-\\x56\\x58-\\x76\\x78-\\x7f]'
    >>> _first_character(r"(?i)work", 0) is None  # (inline flags: not read)
    True
    """
    usable = not flags & re.VERBOSE and not re.match(r"\(\?[aiLmsux]+\)", pattern)
    starts = _start_set(pattern, flags) if usable else None
    if starts and _OUTSIDE in starts:  # the ASCII starts, and any other character
        ascii_starts = "".join(c for c in starts if c != _OUTSIDE and c.isascii())
        return f"[^{_other_ascii(ascii_starts)}]" if len(ascii_starts) < 128 else None
    if starts:  # exactly these (one: the engine skips to it fastest)
        first = "".join(f"\\U{ord(c):08x}" for c in sorted(starts))
        return first if len(starts) == 1 else f"[{first}]"
    return None


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
