"""Programme interpreter: a crosswalk table maps a refreshed programme's refs to the old ones.

When a programme is refreshed at a year end, every action gets a new ref, and the update
prints how the refs map::

    2025-26 ref | 2026-27 ref | Note
    1.1         | A1.1        | carried forward
    2.2, 2.3    | C1.2        | combined
    3.2         | D1.2, D1.3  | split
    4.3         | –           | not carried forward
    –           | A1.2        | new for 2026-27

Its rows are no actions (the actions are in the programme's tables): :func:`with_crosswalk_tables`
prints each row as a paragraph of text (kept in the paragraphs table, no item), and
:func:`crosswalk_rows` gives the mapping a series of updates keys its work by
(:mod:`wlga_analysis.series.crosswalk`). The columns are found by their headers
(``data/raw/crosswalk_columns.csv``: old ref, new ref, note; a header of a financial year and
"ref" is old or new by its year).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
>>> def row(*texts):
...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
>>> table = Table(row("Previous ref", "New ref", "Note"),
...               (row("2.2, 2.3", "C1.2", "combined"), row("4.3", "–", "stopped")))
>>> [(r.old, r.new, r.note) for r in crosswalk_rows(table)]
[(('2.2', '2.3'), ('C1.2',), 'combined'), (('4.3',), (), 'stopped')]
>>> [b.text.text for b in with_crosswalk_tables([table])]
['Previous ref 2.2, 2.3; New ref C1.2; Note combined', 'Previous ref 4.3; New ref –; Note stopped']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wlga_analysis.read.model import Location, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["CrosswalkRow", "crosswalk_columns", "crosswalk_rows", "with_crosswalk_tables"]

#: A header of a financial year and a ref: "2025-26 ref", "2026/27 reference", "Ref 2025-26".
_YEAR_REF = LazyPattern(r"(?i)(?:(?:ref(?:erence)?|no\.?|number) )?(?P<year>20\d\d)[-/]\d\d"
                        r"(?: (?:ref(?:erence)?|no\.?|number))?")
#: A ref in a cell ("1.1", "A1.2", "3.2a"): the cells' refs are apart by commas, "and", "&".
_REF = LazyPattern(r"[A-Za-z]{0,3}\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?")
#: The words that make a year's header a ref's ("2025-26 ref"), not an amount's ("2025-26").
_REF_WORDS = frozenset({"ref", "reference", "no", "no.", "number"})
#: (one space at most on either side: a cell's text has its runs of spaces made one first,
#: no run of spaces is tried at each of its places, issue #13)
_SPLIT = LazyPattern(r" ?(?:,|;|&|\band\b|/) ?")


@dataclass(frozen=True)
class CrosswalkRow:
    """One row of a crosswalk: the old refs, the new refs (either may be empty), the note."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    note: str
    line: int | None


def _known() -> dict[str, str]:
    from wlga_analysis import config
    from wlga_analysis.reference import _lookup_cached, file_identity

    path = config.RAW_DIR / "crosswalk_columns.csv"
    return dict(_lookup_cached(*file_identity(path), "header", "role", ("old", "new", "note")))


def crosswalk_columns(headers: list[str]) -> tuple[int, int, int | None] | None:
    """The old ref's, new ref's and note's columns of a crosswalk table's header, or None.

    Examples
    --------
    >>> crosswalk_columns(["2025-26 ref", "2026-27 ref", "Note"])
    (0, 1, 2)
    >>> crosswalk_columns(["Ref", "Action", "Status"]) is None
    True
    """
    known = _known()
    roles: dict[str, int] = {}
    years: list[tuple[int, int]] = []
    for k, header in enumerate(headers):
        folded = " ".join(header.lower().split()).strip(" :")
        role = known.get(folded)
        if role is not None:
            roles.setdefault(role, k)
        elif (m := _YEAR_REF.fullmatch(folded)) is not None and _REF_WORDS & set(folded.split()):
            years.append((int(m.group("year")), k))
    if len(years) == 2 and years[0][0] != years[1][0]:
        (_, first), (_, second) = sorted(years)
        roles.setdefault("old", first)
        roles.setdefault("new", second)
    if "old" not in roles or "new" not in roles:
        return None
    return roles["old"], roles["new"], roles.get("note")


def _refs(text: str) -> tuple[str, ...]:
    parts = [p.strip(" .") for p in _SPLIT.split(" ".join(text.split()))]
    return tuple(p for p in parts if _REF.fullmatch(p) and any(ch.isdigit() for ch in p))


def _parts(table: Table) -> tuple[list[str], tuple[Any, ...]] | None:
    """A crosswalk table's header and rows (a table read with no header: its first row the
    header), or None when the table is no crosswalk."""
    if crosswalk_columns(table.header_text) is not None:
        return table.header_text, table.rows
    if not any(table.header_text) and table.rows:
        first = [c.text for c in table.rows[0]]
        if crosswalk_columns(first) is not None:
            return first, table.rows[1:]
    return None


def crosswalk_rows(table: Table) -> list[CrosswalkRow]:
    """The rows of a crosswalk table (none when ``table`` is no crosswalk)."""
    parts = _parts(table)
    if parts is None:
        return []
    old, new, note = crosswalk_columns(parts[0])  # type: ignore[misc]
    out = []
    for row in parts[1]:
        if len(row) <= max(old, new):
            continue
        out.append(CrosswalkRow(_refs(row[old].text), _refs(row[new].text),
                                row[note].text.strip() if note is not None and note < len(row)
                                else "", row[0].location.line))
    return out


def with_crosswalk_tables(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each crosswalk table's rows as paragraphs (see the module).

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list
        A new list where a table was a crosswalk; else ``blocks`` itself.
    """
    if not any(b.__class__ is Table for b in blocks):
        return blocks
    out: list[Any] = []
    for block in blocks:
        parts = _parts(block) if block.__class__ is Table else None
        if parts is None:
            out.append(block)
            continue
        names = parts[0]
        for row in parts[1]:
            text = "; ".join(f"{n} {c.text.strip()}".strip() for n, c in zip(names, row,
                                                                              strict=False))
            line = row[0].location.line if row else block.location.line
            out.append(Paragraph(_inline(text), None, Location(line=line)))
    return out if len(out) != len(blocks) or any(a is not b for a, b in zip(out, blocks,
                                                                              strict=True)) \
        else blocks


def _inline(text: str) -> Any:
    from wlga_analysis.read.model import Inline

    return Inline(text)
