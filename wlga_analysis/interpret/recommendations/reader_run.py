"""Run a recommendations reader of one layout family on a document, if it may hold one.

Every reader of a layout family (:mod:`.lead_ins`, :mod:`.closing_tables`,
:mod:`.audit_findings`, :mod:`.addressee_matrix`, :mod:`.improvement_tables`,
:mod:`.key_asks`, :mod:`.panel_votes`, :mod:`.timescale_matrix`) is a
:class:`~.lines._Parser` whose ``prepare()`` says whether the document holds its layout
and whose ``run()`` reads it. Each module's ``read_<family>`` gates the document with a
cheap test of its lines, then hands its parser to :func:`run_prepared`.

Examples
--------
>>> class Never:
...     def prepare(self):
...         return False
>>> run_prepared(Never()) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from wlga_analysis.errors import ParseError

__all__ = ["document_blocks", "run_prepared", "tables_by_header"]


class _Reader(Protocol):
    def prepare(self) -> bool: ...

    def run(self) -> object: ...


P = TypeVar("P", bound=_Reader)
C = TypeVar("C")


def run_prepared(parser: P, lenient: bool = False) -> P | None:
    """``parser`` once it has read its document, or None when its ``prepare()`` finds no
    layout of its family there.

    Parameters
    ----------
    parser : _Parser
        A reader of one layout family, built on the document.
    lenient : bool
        The layout is a guess from its words alone: a ``ParseError`` while reading (no area
        read), or no recommendation read, means the document is another reader's (None).

    Returns
    -------
    _Parser or None

    Examples
    --------
    >>> class Once:
    ...     items = {"recommendations": []}
    ...     def prepare(self):
    ...         return True
    ...     def run(self):
    ...         raise ParseError("n.txt: no area")
    >>> run_prepared(Once(), lenient=True) is None
    True
    """
    if not parser.prepare():
        return None
    if not lenient:
        parser.run()
        return parser
    try:
        parser.run()
    except ParseError:  # (no area read: the document is another reader's)
        return None
    from wlga_analysis.interpret.recommendations.lines import _REC

    return parser if parser.items[_REC] else None  # type: ignore[attr-defined]


def document_blocks(parser: Any) -> list[Any]:
    """The blocks of ``parser``'s document as every reader of a layout family reads them:
    its lines read into the document model, exactly as printed for a Word file or a web
    page (their lines are the model's own rendering); a reader with a ``split_block`` method
    reads each block as the blocks it returns (a paragraph's run-in lead as a heading).

    Parameters
    ----------
    parser : _Parser
        A reader of one layout family, built on the document.

    Returns
    -------
    list
        The model's blocks (a new list: the reader may change it).

    Examples
    --------
    >>> from pathlib import Path
    >>> from types import SimpleNamespace
    >>> from wlga_analysis.documents import Document
    >>> doc = Document(Path("a.md"), "recommendations", ("# Title", "", "Text."), "0" * 64)
    >>> [type(b).__name__ for b in document_blocks(SimpleNamespace(doc=doc, lines=doc.lines))]
    ['Heading', 'Paragraph']
    """
    from wlga_analysis.read.text import read_text_lines

    blocks = read_text_lines(parser.lines, path=parser.doc.path,
                             exact=parser.doc.form in ("docx", "html")).blocks
    split = getattr(parser, "split_block", None)  # (a reader that reads a block as two:
    return list(blocks) if split is None else [p for b in blocks for p in split(b)]  # a lead)


def tables_by_header(blocks: list[Any], columns_of: Callable[[list[str]], C | None]
                     ) -> dict[int, C]:
    """The tables among ``blocks`` whose header cells a layout family reads (by index):
    ``columns_of`` (the family's columns found by the header's names, None for a table not
    of the family) of each table with a header.

    Examples
    --------
    >>> from wlga_analysis.read.model import Cell, Inline, Paragraph, Table
    >>> def cells(*texts):
    ...     return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)
    >>> blocks = [Paragraph(Inline("Intro")), Table(cells("Area", "Action"), ())]
    >>> tables_by_header(blocks, lambda h: h if "Action" in h else None)
    {1: ['Area', 'Action']}
    """
    from wlga_analysis.read.model import Table

    found: dict[int, C] = {}
    for index, block in enumerate(blocks):
        if isinstance(block, Table) and block.header:
            columns = columns_of(block.header_text)
            if columns is not None:
                found[index] = columns
    return found
