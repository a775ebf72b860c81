"""A PDF page's words into lines (:mod:`wlga_analysis.read.pdf`): words on one baseline make
a line, left to right, bold kept; a raised footnote mark joins the line it follows.

Examples
--------
>>> def word(text, x0, bottom, size=9.0, bold=False):
...     return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": bottom - size,
...             "bottom": bottom, "size": size, "bold": bold}
>>> [(line.text.text, line.text.bold) for line in _lines(
...     [word("world", 40, 20.5), word("Hello", 10, 20, bold=True), word("Next", 10, 40)], 1)]
[('Hello world', ((0, 5),)), ('Next', ())]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from wlga_analysis.read.model import Inline
from wlga_analysis.text.marks import SUPERSCRIPT_FIGURES
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_bold_font"]

_BOLD_FONT = compile_regex(r"(?i)bold|black|heavy|semibold|demibold|[-,]bd\b|\bbd$")
#: Bullet glyphs a PDF may print apart from the item's text (another font or size).
_BULLET_GLYPHS = frozenset("\u2022\u25cf\u25aa\u25a0\u2023\u25e6\u2043\u00b7-\u2013\uf0b7")


def is_bold_font(fontname: str) -> bool:
    """Whether a PDF font name is a bold face.

    Examples
    --------
    >>> is_bold_font("ABCDEF+Arial-BoldMT"), is_bold_font("Helvetica"), is_bold_font("Arial,Bold")
    (True, False, True)
    """
    return bool(_BOLD_FONT.search(fontname.split("+")[-1]))


@dataclass
class _Line:
    text: Inline
    top: float
    bottom: float
    x0: float
    size: float
    page: int
    x1: float = 0.0
    continues: bool = False  # first on its page, it goes on with the page before's last line
    order: float | None = None  # where a line of a column block is read (else by its top)
    column_start: bool = False  # the first line of a right-hand column
    text_x0: float | None = None  # where the text starts after a bullet glyph printed apart
    panel: bool = False  # a line of a box (panel) read after the text column beside it
    spaced: str | None = None  # a line in a fixed-pitch font, its spacing kept

    @property
    def key(self) -> str:
        """The line with digits folded, to find furniture repeated with other numbers."""
        return re.sub(r"\d+", "#", self.text.text.strip().lower())


# ------------------------------------------------------------------------------ lines


def _superscripts(groups: list[list[dict]]) -> list[list[dict]]:
    """Footnote marks printed raised and smaller ("boards¹") put back on their line: a
    group of figures alone (up to 3), printed at most 0.85 times the size of the line just
    below it, within its upper half, right after one of its words (or just before its
    first: a footnote's own mark, "¹ From April 2027."), joins that line as superscript
    figures."""
    if not any(len(group) == 1 and group[0]["text"].strip().isdigit()
               for group in groups[:-1]):
        return groups  # (no group of figures alone above another: no mark)
    return _marks_joined(groups)


def _marks_joined(groups: list[list[dict]]) -> list[list[dict]]:
    """:func:`_superscripts`, every group looked at."""
    out: list[list[dict]] = []
    for i, group in enumerate(groups):
        mark = group[0] if len(group) == 1 else None
        text = mark["text"].strip() if mark else ""
        below = groups[i + 1] if i + 1 < len(groups) else None
        if mark is None or below is None or not text.isdigit() or len(text) > 3:
            out.append(group)
            continue
        size = max(w["size"] for w in below)
        raised = 0 < below[0]["bottom"] - mark["bottom"] <= 0.6 * size
        after = any(abs(w["x1"] - mark["x0"]) <= 0.3 * size for w in below)
        leads = 0 <= min(w["x0"] for w in below) - mark["x1"] <= 0.6 * size  # a note's mark
        if mark["size"] <= 0.85 * size and raised and (after or leads):
            below.append(dict(mark, text=text.translate(SUPERSCRIPT_FIGURES),
                              bottom=below[0]["bottom"], size=size))
        else:
            out.append(group)
    return out


def _line_size(group: list[dict]) -> float:
    """The size a line is printed in: the median of its words' sizes, each word counted
    once per character (a bullet glyph set smaller does not halve a line's size)."""
    if len(group) == 1 or all(w["size"] == group[0]["size"] for w in group):
        return group[0]["size"]
    sizes = sorted((w["size"], len(w["text"].strip()) or 1) for w in group)
    middle, seen = sum(n for _, n in sizes) / 2, 0
    for size, n in sizes:
        seen += n
        if seen >= middle:
            return size
    return sizes[-1][0]


def _lines(words: list[dict], page: int) -> list[_Line]:
    """Group words into lines (same baseline), left to right, bold kept; a raised footnote
    mark on the line it follows (:func:`_superscripts`)."""
    if len(words) == 1:  # (a cell's one text run: its line, in fewer steps)
        line = _one_word_line(words[0], page)
        return [] if line is None else [line]
    if len(words) > 1:
        words = sorted(words, key=_baseline_key)
    groups: list[list[dict]] = []
    first = 0.0  # (the bottom of the last group's first word)
    for word in words:
        if groups and abs(first - word["bottom"]) <= 2.5:
            groups[-1].append(word)
        else:
            groups.append([word])
            first = word["bottom"]
    if len(groups) > 1:
        groups = _superscripts(groups)
    out = []
    for group in groups:
        line = _one_word_line(group[0], page) if len(group) == 1 else _line(group, page)
        if line is not None:
            out.append(line)
    return out


def _baseline_key(word: dict) -> tuple[int, float]:
    return round(word["bottom"]), word["x0"]


def _one_word_line(w: dict, page: int) -> _Line | None:
    """The line of a word alone on its baseline (as :func:`_line` reads it, in fewer
    steps: most lines of a table's cells are one text run)."""
    piece = " ".join(w["text"].split())
    if not piece:
        return None
    bold = w["bold"] if "bold" in w else is_bold_font(w.get("fontname", ""))
    return _Line(Inline(piece, ((0, len(piece)),) if bold else ()), w["top"], w["bottom"],
                 w["x0"], w["size"], page, w["x1"], spaced=w.get("spaced"))


def _line(group: list[dict], page: int) -> _Line | None:
    """The line of the words of one baseline (None when they print only spaces)."""
    group.sort(key=_X0)
    runs: list[tuple[str, bool]] = []
    prev = None
    for w in group:
        bold = w["bold"] if "bold" in w else is_bold_font(w.get("fontname", ""))
        piece = " ".join(w["text"].split())
        if not piece:
            continue
        if prev is not None and (w["x0"] - prev["x1"] > 0.15 * w["size"]
                                 or w["text"][:1].isspace() or prev["text"][-1:].isspace()):
            runs.append((" ", bold and runs[-1][1]))  # a space between bold words is bold
        runs.append((piece, bold))
        prev = w
    text = Inline.from_runs(runs)
    if not text.text:
        return None
    glyph = len(group) > 1 and group[0]["text"].strip() in _BULLET_GLYPHS
    return _Line(text, min(w["top"] for w in group), max(w["bottom"] for w in group),
                 group[0]["x0"], _line_size(group), page, max(w["x1"] for w in group),
                 text_x0=group[1]["x0"] if glyph else None, spaced=group[0].get("spaced"))


_X0 = itemgetter("x0")
