"""Owners of a recommendation whose lead-in names a class of bodies, from a tick matrix.

A review addressed to several kinds of body (a Commissioner's review) prints its
recommendations under lead-ins in each chapter -- "We recommend that public bodies:",
"The Welsh Government should:" -- and repeats them in an annex matrix, a column per body
and a tick in the column of each body a recommendation is for::

    We recommend that public bodies:                  <- a class of bodies, no owner code
    - publish information in print as well as online;

    | Recommendation        | Welsh Government | Local authorities | Health boards |
    | 1. Publish information ... |             | \u2713                 | \u2713             |

A careful reader takes the bodies the matrix ticks as the owners of a recommendation whose
lead-in names a class ("public bodies" -> LG and Health boards, as the annex says). So
:func:`class_owners_after`, after another reader has read the recommendations (the matrix
counted once, as that reader counts it): for each recommendation with an owner that is no
owner code and names a class of bodies (:data:`CLASS_OF_BODIES`: "public bodies", "relevant
bodies", "partner organisations"; a body named, "Transport for Wales", is kept), the matrix
row that prints the same text (case, a printed number and closing punctuation aside) gives
its owners in place of that owner: the ticked columns, each a known code ("Local
authorities" -> LG) or the header as printed ("Health boards"). A column is an owner column
when its cells hold only ticks and blanks (see :mod:`.owner_ticks`), at least one a tick.
The change is reported (check ``owners from the matrix``). Nothing else is changed: an owner
code the lead-in names is kept, and a recommendation the matrix does not print keeps its
owner as printed.

Examples
--------
>>> _row_text("3. Fund a national advice line.")
'fund a national advice line'
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.lines import _REC
from wlga_analysis.interpret.recommendations.owner_ticks import NOT_TICKED, is_tick
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["CLASS_OF_BODIES", "class_owners_after", "matrix_owners"]

#: An owner that names a class of bodies, not a body: its last word a kind of body ("public
#: bodies", "relevant bodies", "partner organisations", "statutory partners").
CLASS_OF_BODIES = LazyPattern(r"(?i)\b(?:bodies|organi[sz]ations|partners|agencies|"
                              r"institutions|providers|public\s+services)$")
#: A number printed before a matrix row's recommendation ("1. ", "R3 ", "(4) ").
_ROW_NUMBER = LazyPattern(r"^\s*+(?:R|Rec\.?\s?)?\(?\d{1,3}[.)]?\s++")


def _row_text(text: str) -> str:
    """A recommendation's text as compared between its printings: no number before it,
    lower case, single-spaced, no closing punctuation."""
    from wlga_analysis.interpret.recommendations.committee_reports import folded_printing

    return folded_printing(_ROW_NUMBER.sub("", clean_text(text), count=1))


def _owner_columns(table: Any, known: frozenset[str]) -> list[tuple[int, list[str]]]:
    """The owner columns of a matrix (index, the owners its header names): the columns
    whose cells are ticks and blanks only, at least one a tick."""
    from wlga_analysis.interpret.recommendations.owners import owner_names

    found = []
    for index, header in enumerate(table.header_text):
        cells = [" ".join((row[index].text if index < len(row) else "").split()).casefold()
                 for row in table.rows]
        if any(is_tick(c) for c in cells) and \
                all(is_tick(c) or c in NOT_TICKED for c in cells):
            names = owner_names(clean_text(header), known)
            if names:
                found.append((index, names))
    return found


def matrix_owners(blocks: list[Any], known: frozenset[str]) -> dict[str, list[str]]:
    """The owners each recommendation of the tick matrices among ``blocks`` is ticked for,
    by its text as compared (see :func:`_row_text`).

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def cells(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> table = Table(cells("Recommendation", "Welsh Government", "Health boards"),
    ...               (cells("1. Fund care.", "", "\u2713"),))
    >>> matrix_owners([table], frozenset({"WG"}))
    {'fund care': ['Health boards']}
    """
    from wlga_analysis.interpret.recommendations.columns import column_role
    from wlga_analysis.read.model import Table

    found: dict[str, list[str]] = {}
    for block in blocks:
        if not isinstance(block, Table) or not block.header:
            continue
        roles = [column_role(h) for h in block.header_text]
        if _REC not in roles:
            continue
        text_at = roles.index(_REC)
        columns = _owner_columns(block, known)
        for row in block.rows:
            if text_at >= len(row):
                continue
            ticked = [n for i, names in columns if i < len(row) and is_tick(row[i].text)
                      for n in names]
            if ticked:
                found.setdefault(_row_text(row[text_at].text), ticked)
    return found


def _is_class(owner: str, known: frozenset[str]) -> bool:
    """Whether an owner is no owner code and names a class of bodies (:data:`CLASS_OF_BODIES`).

    Examples
    --------
    >>> _is_class("public bodies", frozenset()), _is_class("Transport for Wales", frozenset())
    (True, False)
    """
    return owner not in known and CLASS_OF_BODIES.search(owner.strip()) is not None


def class_owners_after(parser: Any) -> None:
    """Give each recommendation ``parser`` read whose owners include a class of bodies (no
    owner code) the owners the document's tick matrix gives it (see the module's notes);
    nothing when no recommendation has such an owner or no matrix prints it.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> class_owners_after(SimpleNamespace(items={"recommendations": []}, known=frozenset()))
    """
    recs = parser.items[_REC]
    known = parser.known
    if not any(_is_class(o, known) for r in recs for o in r.owners):
        return  # (no owner names a class of bodies: nothing to look up)
    from wlga_analysis.interpret.recommendations.reader_run import document_blocks

    blocks = getattr(parser, "blocks", None) or document_blocks(parser)
    ticked = matrix_owners(blocks, known)
    if not ticked:
        return
    for rec in recs:
        classes = [o for o in rec.owners if _is_class(o, known)]
        found = ticked.get(_row_text(" ".join(rec.pieces))) if classes else None
        if not found:
            continue
        kept = [o for o in rec.owners if o not in classes]
        rec.owners[:] = kept + [o for o in found if o not in kept]
        parser.issue(_REC, "owners from the matrix", rec.printed, rec.line,
                     f"recommendation {rec.number} names {', '.join(map(repr, classes))} "
                     f"(no owner code); its owners are the bodies the matrix ticks for it: "
                     f"{', '.join(rec.owners)}")
