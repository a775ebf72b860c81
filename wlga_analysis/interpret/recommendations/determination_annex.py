"""Determinations' sub-points and the annex that names whom each applies to.

A remuneration panel's report (:mod:`.determinations`) may print a determination whose
sentence ends in a colon and lists **sub-points** under it, typed "(a) ..." or a lettered
Word list, and may close with an **annex** repeating every determination shortened, with the
kinds of body it binds::

    Determination 6
    Mileage for official business shall be reimbursed at the following rates:
    (a) 45p per mile for private motor vehicles;      <- part of determination 6
    (b) 24p per mile for motorcycles.
    ...
    | No. | Determination | Applies to |              <- the annex
    | 6   | Mileage rates | Principal councils; National park authorities |

A careful reader joins the sub-points to the determination's text ("...: (a) ...; (b) ...",
each with its letter as printed) and reads its owners from the annex's **Applies to**
column (a council the code of "councils", other bodies as printed: the bodies it binds, not
the subject of its sentence, "Mileage for official business"). The annex's rows stay notes.
The header of the bodies' column is a pattern of :data:`ANNEX_RULES` (or an ``owner_column``
phrase of ``data/raw/recommendation_words.csv``); its number column is the one whose every
cell is a number.

Examples
--------
>>> from wlga_analysis.read.text import read_text_lines
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> blocks = read_text_lines(["| No. | Summary | Applies to |", "|---|---|---|",
...                           "| 1 | Pay | Principal councils; Fire and rescue authorities |"]
...                          ).blocks
>>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
>>> annex_owners(list(blocks), known)
{1: ['LG', 'Fire and rescue authorities']}
"""

from __future__ import annotations

import re
from functools import cache

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["ANNEX_RULES", "annex_owners", "sub_points"]

#: The patterns of the annex (matched whole, case ignored): ``applies`` the header of the
#: column naming the bodies a determination binds; ``number`` a cell of its number column;
#: ``split`` what separates two bodies in a cell; ``typed`` a sub-point typed as a paragraph
#: ("a. text", "(a) text": group 1 its letter, group 2 its text).
ANNEX_RULES: dict[str, str] = {
    "applies": r"(?i)(?:(?:who\s+(?:it\s+)?)?(?:applies|apply|applicable)\s+to|"
               r"(?:bodies|authorities|councils)(?:\s+(?:covered|bound|affected))?)\s*:?",
    "number": r"\d{1,3}\.?",
    "split": r"\s*[;,\n]\s*",
    "typed": r"\(?([a-z])[.)]\s+(\S.*)",
}


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The compiled patterns of :data:`ANNEX_RULES` (compiled on first use)."""
    return {name: compile_regex(pattern) for name, pattern in ANNEX_RULES.items()}


def _applies_column(header: list[str]) -> int | None:
    """The place of the bodies' column among a table's header cells, else None."""
    from wlga_analysis.reference import load_recommendation_words

    words = load_recommendation_words()["owner_column"]
    for place, text in enumerate(header):
        name = " ".join(text.split()).casefold()
        if name and (_rules()["applies"].fullmatch(name) or name in words):
            return place
    return None


def annex_owners(blocks: list[Block], known: frozenset[str]) -> dict[int, list[str]]:
    """The owners each determination applies to, by its number, from the tables among
    ``blocks`` with a number column and a bodies' column ("Applies to"); empty when none.

    Parameters
    ----------
    blocks : list of Block
        The document's blocks.
    known : frozenset of str
        The known owner codes (:class:`~.owners.OwnerCodes`).

    Returns
    -------
    dict
        Number -> owners (a council the code of "councils", other bodies as printed).
    """
    found: dict[int, list[str]] = {}
    for table in (b for b in blocks if isinstance(b, Table) and b.header and b.rows):
        place = _applies_column([clean_text(c.text) for c in table.header])
        rows = [[clean_text(c.text).strip() for c in row] for row in table.rows]
        numbers = [k for k in range(len(table.header)) if k != place and all(
            len(r) > k and _rules()["number"].fullmatch(r[k]) for r in rows)]
        if place is None or not numbers:
            continue
        for row in rows:
            if len(row) > place:
                owners = found.setdefault(int(row[numbers[0]].rstrip(".")), [])
                owners.extend(o for o in _cell_owners(row[place], known) if o not in owners)
    return found


def _cell_owners(cell: str, known: frozenset[str]) -> list[str]:
    """The owners an "Applies to" cell names, once each: a council the code of "councils",
    other bodies as printed."""
    from wlga_analysis.interpret.recommendations.determinations import body_owner

    owners: list[str] = []
    for name in filter(None, (n.strip(" .") for n in _rules()["split"].split(cell))):
        code = body_owner(name, known) or name
        if code not in owners:
            owners.append(code)
    return owners


def _sub_point(block: Block, place: int) -> str | None:
    """A sub-point's text with its letter as "(a)" (a list item; a paragraph typed "a. ..."
    or "(a) ..." whose letter is the ``place``-th: "a." after "(a)" is no sub-point), else
    None."""
    if isinstance(block, ListItem):
        text = clean_text(block.text.text).strip()
        if block.kind == "bullet" or not block.number:
            return text
        return f"({block.number.strip('().')}) {text}"
    if not isinstance(block, Paragraph) or block.number is not None:
        return None
    m = _rules()["typed"].fullmatch(clean_text(block.text.text).strip())
    if m is None or m.group(1) != chr(ord("a") + place):
        return None
    return f"({m.group(1)}) {m.group(2)}"


def sub_points(blocks: list[Block], start: int) -> tuple[list[str], int]:
    """The sub-points of a determination whose text ends in a colon: the list items (or
    paragraphs typed "a. ...") from ``start`` on, each with its letter as "(a)" (the
    joined form: "...: (a) ...; (b) ..."), and the index after them.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline
    >>> items = [ListItem(Inline("45p a mile;"), "(a)", "letter", "a"),
    ...          Paragraph(Inline("b. 20p by bicycle."))]
    >>> sub_points(items, 0)
    (['(a) 45p a mile;', '(b) 20p by bicycle.'], 2)
    """
    pieces: list[str] = []
    index = start
    while index < len(blocks) and (piece := _sub_point(blocks[index], len(pieces))):
        pieces.append(piece)
        index += 1
    return pieces, index
