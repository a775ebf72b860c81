"""Programme interpreter: a table that allocates a grant between councils.

A paper may divide a grant it names elsewhere between the councils in an annex::

    Annex B: Digital Capability Grant 2026/27 – allocation by council
    Council          Allocation (£)
    Blaenau Gwent    15,000
    ...
    Total            440,000

Its rows are no grants of their own: counting them would count the grant twice. A table
whose rows are mostly councils (``data/raw/councils.csv``: the 22 principal councils, by
name or alias; at least three of them) is such an allocation. Its rows are not read as
grants; the table is reported once (its figures stay in the paragraphs table).

Examples
--------
>>> is_council("Blaenau Gwent"), is_council("Cyngor Gwynedd"), is_council("Improvement grant")
(True, True, False)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.common import folded_words
from wlga_analysis.reference import file_identity, reference_records

__all__ = ["allocation_rows", "council_names", "is_council"]


@lru_cache(maxsize=4)
def _names_cached(identity: tuple[str, str, int]) -> frozenset[str]:
    out: set[str] = set()
    for row in reference_records(identity[0], ("council", "aliases")):
        for name in [row["council"], *str(row["aliases"]).split(";")]:
            if isinstance(name, str) and name.strip() and name != "nan":
                out.add(folded_words(name))
    return frozenset(out)


def council_names() -> frozenset[str]:
    """The councils' names and aliases, folded (lower case, no punctuation)."""
    return _names_cached(file_identity(config.COUNCILS_FILE))


def is_council(cell: str) -> bool:
    """Whether a table cell names one of the councils (its name or an alias)."""
    return folded_words(cell) in council_names()


def _runs(table_rows: list[Any]) -> list[list[Any]]:
    """Consecutive table rows with the same headers: one run per table."""
    out: list[list[Any]] = []
    for r in table_rows:
        if out and list(out[-1][-1].cells) == list(r.cells):
            out[-1].append(r)
        else:
            out.append([r])
    return out


def allocation_rows(table_rows: list[Any], report: Callable[[str, int, str], None]) -> set[int]:
    """The ``id`` of every row of a table that allocates funding between councils (see the
    module), each such table reported once through ``report(item, line, message)``.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(cells={"Council": c, "Allocation": a}, source_line=n) for n, (c, a) in
    ...         enumerate([("Cardiff", "35,000"), ("Powys", "25,000"), ("Conwy", "15,000"),
    ...                     ("Total", "75,000")], 10)]
    >>> seen = []
    >>> len(allocation_rows(rows, lambda *a: seen.append(a))), seen[0][1]
    (4, 10)
    """
    out: set[int] = set()
    for run in _runs(table_rows):
        if len(run) < 3:  # (fewer than three councils: no allocation)
            continue
        firsts = [next(iter(r.cells.values()), "") or "" for r in run]
        councils = sum(is_council(c) for c in firsts)
        if councils < 3 or councils * 2 < len(run):
            continue
        out.update(id(r) for r in run)
        report(firsts[0], run[0].source_line,
               f"the table at line {run[0].source_line} gives figures for {councils} "
               "councils: an allocation of funding between councils, not grants of its "
               "own (the grant it divides is counted once); its rows are kept in the "
               "paragraphs table only")
    return out
