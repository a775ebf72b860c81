"""The parts of an annual report's theme: "What we said we would do / What we did / What next".

An annual report may print each theme of its plan in the same parts: the commitment made
("What we said we would do", a paragraph), the year's work ("What we did", bullets) and the
next steps ("What next", bullets). The part headings' words are lists of
``data/raw/programme_words.csv`` (an analyst may add rows):

=====================  ==================================================================
``commitment part``    the heading over the commitment the paper made: its paragraphs
                       are no items
``done part``          the heading over the work of the year: bullets, done where their
                       wording states no other status
``next part``          the heading over the next steps: bullets, planned
=====================  ==================================================================

Every form prints the parts one after another, except a designed report's PDF (or a Word
file laid out like it) that prints a theme's parts side by side as one table whose header
cells are the part headings: :func:`stacked_part_lines` prints such a table in the
programme text form as the parts one after another (a first column that is no part, such
as "Theme", is the theme's name over its parts), so that every form reads alike.

Examples
--------
>>> part_kind("What we did"), part_kind("**What next:**"), part_kind("Buildings")
('done', 'next', None)
>>> from wlga_analysis.read.model import Cell, Inline, ListItem, Paragraph, Table
>>> def cell(*blocks):
...     return Cell(tuple(blocks))
>>> table = Table((cell(Paragraph(Inline("What we said we would do"))),
...                cell(Paragraph(Inline("What we did"))), cell(Paragraph(Inline("What next")))),
...               ((cell(Paragraph(Inline("We said we would help."))),
...                 cell(ListItem(Inline("We helped."), "•")),
...                 cell(ListItem(Inline("Help more by May 2026."), "•"))),))
>>> [line for line in stacked_part_lines(table) if line]
['What we said we would do', 'We said we would help.', 'What we did', '- We helped.', \
'What next', '- Help more by May 2026.']
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis import config
from wlga_analysis.read.model import Cell, Heading, ListItem, Paragraph, Table
from wlga_analysis.read.said_did_rows import is_row_per_commitment
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["LONGEST", "PART_KINDS", "PART_WORDS", "is_heading_block", "part_kind",
           "stacked_part_lines"]

#: The kind of each part, by its list in ``programme_words.csv``.
PART_WORDS: dict[str, str] = {"commitment part": "commitment", "done part": "done",
                              "next part": "next", "improvement part": "improve"}
#: The part kinds, in the order a report prints them.
PART_KINDS: tuple[str, ...] = tuple(PART_WORDS.values())
#: The longest part heading, in characters (a cheap test before any pattern).
LONGEST = 100


@lru_cache(maxsize=8)
def _patterns(identity: tuple[str, int, int]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = load_programme_words(identity[0])
    return tuple((kind, compile_regex("|".join(f"(?:{w})" for w in words[name]) or "(?!)",
                                      re.IGNORECASE))
                 for name, kind in PART_WORDS.items())


def part_kind(text: str) -> str | None:
    """The kind of part a heading names ("commitment", "done" or "next"), or None; the
    whole heading must match a pattern of its list (bold markers, a closing colon and
    spaces aside).

    Examples
    --------
    >>> part_kind("What we said we would do"), part_kind("What we did in 2024-25")
    ('commitment', 'done')
    >>> part_kind("What we did next year was hard.") is None
    True
    >>> part_kind("Beth wnaethon ni / What we did")
    'done'

    """
    if len(text) > LONGEST:
        return None
    plain = text.replace("**", "").replace("__", "").strip().rstrip(":").strip()
    if not plain or not plain[0].isalpha():
        return None
    patterns = _patterns(file_identity(config.PROGRAMME_WORDS_FILE))
    for half in plain.split(" / ") if " / " in plain else (plain,):  # "What next / Beth nesaf"
        for kind, pattern in patterns:
            if pattern.fullmatch(half.strip()):
                return kind
    return None


def _cell_lines(cell: Cell) -> list[str]:
    """A cell's blocks as programme text-form lines (paragraphs alone, bullets "- ...")."""
    out: list[str] = []
    for block in cell.blocks:
        text = block.text.markdown().replace("\t", " ").replace("\n", " ") \
            if hasattr(block, "text") else ""
        if not text.strip():
            continue
        if isinstance(block, ListItem):
            out.append(" " * block.level + "- " + text)
        else:
            out += ["", text, ""]
    return out


def stacked_part_lines(table: Table) -> list[str] | None:
    """A theme's parts printed side by side (a table whose header cells name two parts or
    more, any other column first) as text-form lines, one part after another; None for any
    other table.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> stacked_part_lines(Table((Cell((Paragraph(Inline("Area")),)),), ())) is None
    True
    """
    header = table.header
    if not 2 <= len(header) <= 5 or not table.rows:
        return None
    kinds = [part_kind(c.text) if len(c.text) <= LONGEST else None for c in header]
    named = [k for k in kinds if k is not None]
    if len(named) < 2 or len(set(named)) < 2 or None in kinds[1:] \
            or is_row_per_commitment(table, kinds):  # (a row per commitment: .said_did_rows)
        return None
    lines: list[str] = []
    for row in table.rows:
        for cell, head, kind in zip(row, header, kinds, strict=False):
            if kind is None:  # the theme's name, over its parts
                lines += ["", cell.text.replace("\t", " "), ""] if cell.text else []
            elif cell.text:
                lines += ["", head.text.replace("\t", " "), "", *_cell_lines(cell), ""]
    return lines


def is_heading_block(block: object) -> bool:
    """Whether a block is a heading or an un-numbered paragraph (a line a heading may be
    printed as).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> is_heading_block(Heading(Inline("Buildings"))), is_heading_block(Paragraph(
    ...     Inline("Buildings"), "3"))
    (True, False)
    """
    return block.__class__ is Heading or (isinstance(block, Paragraph)
                                          and block.number is None)
