"""Bilingual papers in alternating paragraphs: each heading, paragraph and list is printed
in Welsh, then the same in English (or English first), twin after twin ("3.1 Anfonwyd ..."
then "3.1 A toolkit was issued ..."). The loaders read the English twins; the Welsh ones,
the same paper in Welsh, are left unread and reported (:func:`welsh_twins` finds them).

A paragraph's language is told cheaply by its words (:func:`language`): Welsh function
words ("y", "yr", "yn", "mae", "i'r"), Welsh spellings ("dd", "ll-" at a word's start,
"ŵ", "ŷ", "w" as a vowel between consonants, "-'r"), and Welsh month names; English
function words and the letters Welsh does not write (k, q, v, x, z, j). A paper alternates
when at least :data:`LEAST_PAIRS` neighbouring paragraphs are told apart as a Welsh one and
an English one; then a neighbour of a told paragraph whose language is not told (a short
heading, "1. Diben" / "1. Purpose") is its twin when both print the same numbers.

A paper in one language, or one printed in Welsh then in English as two halves (see
:func:`wlga_analysis.read.bilingual.welsh_part`), has no twins: it is read as before.

Examples
--------
>>> lines = ["1. Diben", "1. Purpose", "1.1 Mae'r grŵp wedi cyfarfod yn yr haf.",
...          "1.1 The group has met in the summer.", "1.2 Mae'r cyngor yn cytuno.",
...          "1.2 The council has agreed to the plan.", "1.3 Bydd y grŵp yn adrodd i'r Cyngor.",
...          "1.3 The group will report to the Council."]
>>> welsh_twins(lines)
[(1, 1), (3, 3), (5, 5), (7, 7)]
>>> welsh_twins(lines[1::2]), welsh_twins(lines[::2])
([], [])
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from wlga_analysis.text.dates import WELSH_MONTHS
from wlga_analysis.text.lazy import LazyPattern

if TYPE_CHECKING:
    from wlga_analysis.quality import Issue

__all__ = ["LEAST_PAIRS", "language", "welsh_twins", "without_welsh_twins"]

#: Short words common in Welsh and not in English (a line's language is told by them).
WELSH_WORDS = frozenset({
    "y", "yr", "yn", "ym", "yng", "mae", "maent", "bod", "wedi", "sydd", "gyda", "gydag", "ac",
    "eu", "ei", "gan", "hefyd", "neu", "fel", "drwy", "rhwng", "hyn", "hynny", "cael", "oedd",
    "fydd", "bydd", "mewn", "gyfer", "i'r", "o'r", "a'r", "i'w", "ar", "ydy", "yw", "dros",
    "am", "ond", "tan", "erbyn", "mis", "ôl", "nad", "heb", "pob", "bob", "hon", "hwn", "dan",
    "gael", "fod", "iddo", "iddynt", "ni", "nid", "wrth", "o", "i", "un",
})
#: Short words common in English and not in Welsh.
ENGLISH_WORDS = frozenset({
    "the", "and", "of", "to", "is", "that", "for", "with", "are", "be", "this", "was", "by",
    "on", "have", "has", "from", "will", "their", "which", "in", "it", "its", "an", "as",
    "were", "been", "all", "our", "we", "they", "not", "or", "at", "until", "after", "before",
    "a",
})
_WELSH_MONTHS = frozenset(m.casefold() for m in WELSH_MONTHS)
_WORD = LazyPattern(r"[a-zâêîôûŵŷáéíóúàèìòùäëïöü']+")
#: Welsh spellings: "dd", "ll" opening a word, a circumflexed w or y, "w" as a vowel
#: between two consonants ("cwrs", "bwrdd"), a word ending in "'r" ("Safonau'r").
_WELSH_SPELLING = LazyPattern(r"dd|^ll|[ŵŷ]|[bcdfghlmnprst]w[bcdfglmnprst]|.'r$")
#: Letters native Welsh words do not have.
_ENGLISH_LETTERS = LazyPattern(r"[kqvxzj]")
#: A paragraph's number as printed at its start ("3.", "3.1", "(a)", "1)").
_NUMBER = LazyPattern(r"[#*\s]*+(\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\([a-z]\))(?=\s|$)")
_FIGURES = LazyPattern(r"[0-9]+")
#: A line that may continue the block above it: a list item ("- ", "• ", "(a) ", "a) ",
#: "a. ") or an indented line.
_CONTINUES = LazyPattern(r"\s+\S.*|[-*•–]\s.*|\(?[a-z]{1,3}[.)]\s.*")
#: A list item's line: it goes with the line above when that line leads in to a list
#: ("The priorities are:"); else it is a paragraph of its own (bullets in turn in each
#: language).
_LIST_LINE = LazyPattern(r"\s*+(?:[-*•–]|\(?[a-z]{1,3}[.)])\s.*")
#: Welsh words common enough that a paper with Welsh paragraphs prints some of them.
_WELSH_MARKS = LazyPattern(r" (?:yn|mae|ac|yr?|wedi|i'r|o'r|gyda) ")
#: The least number of neighbouring paragraphs told apart as Welsh and English for a
#: paper to be read as alternating.
LEAST_PAIRS = 3


def language(text: str) -> str | None:
    """"cy", "en" or None (not told): the language ``text`` is written in, by its words.

    Examples
    --------
    >>> language("Mae'r rhaglen yn cefnogi'r 22 cyngor."), language("The plan was agreed.")
    ('cy', 'en')
    >>> language("Bwrdd Gweithredol"), language("Executive Board"), language("1. Diben")
    ('cy', 'en', None)
    >>> language("20 Chwefror 2026"), language("Data Cymru")
    ('cy', None)
    """
    welsh = english = 0
    for word in _WORD.findall(text.casefold()):
        if word in WELSH_WORDS or word in _WELSH_MONTHS or _WELSH_SPELLING.search(word):
            welsh += 1
        if word in ENGLISH_WORDS or _ENGLISH_LETTERS.search(word):
            english += 1
    if welsh > english:
        return "cy"
    if english > welsh:
        return "en"
    return None


@dataclass
class _Block:
    """A paragraph, heading or lead-in line with the list items under it."""

    first: int  # 1-based line numbers
    last: int
    text: str
    number: str
    items: int

    @property
    def figures(self) -> tuple[str, ...]:
        return tuple(sorted(_FIGURES.findall(self.text)))


def _blocks(lines: tuple[str, ...] | list[str]) -> list[_Block]:
    out: list[_Block] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if out and _CONTINUES.fullmatch(line) and not line.lstrip()[:1].isdigit() and (
                out[-1].items or _LIST_LINE.fullmatch(line) is None
                or out[-1].text.rstrip("*_ ").endswith(":")):
            out[-1].last, out[-1].text = n, f"{out[-1].text} {line.strip()}"
            out[-1].items += _LIST_LINE.fullmatch(line) is not None  # (not a wrapped line)
            continue
        number = _NUMBER.match(line)
        out.append(_Block(n, n, line.strip(), number.group(1).strip("()") if number else "", 0))
    return out


def _twins(welsh: _Block, english: _Block, told: tuple[str | None, str | None]) -> bool:
    """Whether two neighbouring blocks are the same paragraph in Welsh and in English."""
    if welsh.number != english.number or welsh.items != english.items:
        return False
    if told == ("cy", "en"):
        return True
    if "en" in told[:1] or "cy" in told[1:]:
        return False
    return welsh.figures == english.figures  # one or both not told: the same numbers


def welsh_twins(lines: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
    """The (first, last) line numbers (1-based) of each Welsh paragraph that is printed
    next to its English twin, when the paper alternates the two languages; else [].

    Parameters
    ----------
    lines : sequence of str
        The document's text form.

    Returns
    -------
    list of (int, int)
        Each Welsh twin's first and last line, in order.
    """
    if len(_WELSH_MARKS.findall("\n".join(lines))) < LEAST_PAIRS:
        return []  # (a quick test: a paper in English prints none of these)
    blocks = _blocks(lines)
    told = [language(b.text) for b in blocks]
    # neighbours told apart, and printing the same number (a twin's, not the next one's)
    pairs = [(la, lb) for (la, lb), (a, b) in zip(pairwise(told), pairwise(blocks),
                                                  strict=True) if a.number == b.number]
    welsh_first = pairs.count(("cy", "en"))
    english_first = pairs.count(("en", "cy"))
    if max(welsh_first, english_first) < LEAST_PAIRS:
        return []
    if welsh_first == english_first:  # (no numbers): the language printed first
        welsh_first += next(lang for lang in told if lang) == "cy"
    first = "cy" if welsh_first > english_first else "en"
    out: list[tuple[int, int]] = []
    k = 0
    while k + 1 < len(blocks):
        a, b = blocks[k], blocks[k + 1]
        welsh, english = (a, b) if first == "cy" else (b, a)
        langs = (told[k], told[k + 1]) if first == "cy" else (told[k + 1], told[k])
        if _twins(welsh, english, langs):
            out.append((welsh.first, welsh.last))
            k += 2
        else:
            k += 1
    return sorted(out)


def without_welsh_twins(lines: tuple[str, ...], document: str
                        ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """``lines`` with each Welsh twin (:func:`welsh_twins`) blank, line numbers kept, and a
    finding ("bilingual paper") naming every line left unread; ``lines`` as they are, and
    no finding, when the paper does not alternate.

    Examples
    --------
    >>> lines = ("Mae'r grŵp wedi cyfarfod yn yr haf.", "The group has met in the summer.",
    ...          "Mae'r cyngor wedi cytuno.", "The council has agreed to it.",
    ...          "Bydd y grŵp yn adrodd i'r Cyngor.", "The group will report to the Council.")
    >>> read, found = without_welsh_twins(lines, "paper.txt")
    >>> read[:2], found[0].source_line
    (('', 'The group has met in the summer.'), 1)
    >>> found[0].message
    '3 paragraphs in Welsh, ... are not read (the English are): lines 1, 3, 5'
    """
    twins = welsh_twins(lines)
    if not twins:
        return lines, ()
    from wlga_analysis.quality import Issue

    blank = {n for first, last in twins for n in range(first, last + 1)}
    read = tuple("" if n in blank else line for n, line in enumerate(lines, start=1))
    where = ", ".join(str(f) if f == last else f"{f}-{last}" for f, last in twins)
    issue = Issue(document, "document", "bilingual paper", "", twins[0][0],
                  f"{len(twins)} paragraphs in Welsh, each printed beside its English twin, "
                  f"are not read (the English are): lines {where}")
    return read, (issue,)
