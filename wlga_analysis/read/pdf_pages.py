"""A PDF's pages read one by one into lines and table parts (:mod:`wlga_analysis.read.pdf`),
within the limits a hostile PDF meets: a page of more than
:data:`~wlga_analysis.config.MAX_PDF_PAGE_OBJECTS` objects, or pages holding more than
:data:`~wlga_analysis.config.MAX_PDF_OBJECTS` in all, end in a ParseError naming the page
(counted before the page's text is read).

A long PDF is read in two halves, the second on another CPU when there is one
(:mod:`wlga_analysis.second_cpu`): the same pages, and the same errors at the same page,
either way.
"""

from __future__ import annotations

import gc
from dataclasses import fields
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.read.model import Inline
from wlga_analysis.read.pdf import _Line, _Page, _read_page, _TablePart

__all__ = ["TWO_CPU_PAGES", "page_objects", "read_pages"]

#: Pages of one PDF worth reading on two CPUs: below this, a fork (about 10 ms) costs more
#: than reading half the pages on another CPU saves.
TWO_CPU_PAGES = 24


def page_objects(page: Any, number: int, before: int, path: Path | None) -> int:
    """The objects of page ``number``; a ParseError for a page of more than
    :data:`~wlga_analysis.config.MAX_PDF_PAGE_OBJECTS` objects, or when the pages so far
    (``before`` on the pages before) hold more than
    :data:`~wlga_analysis.config.MAX_PDF_OBJECTS` (checked before the page's text is read)."""
    from wlga_analysis.read.pdf_page import count_objects

    count = count_objects(page, config.MAX_PDF_PAGE_OBJECTS)
    if count > config.MAX_PDF_PAGE_OBJECTS:
        raise ParseError(f"PDF page {number} holds more than "
                         f"{config.MAX_PDF_PAGE_OBJECTS:,} objects (text runs, lines, shapes); "
                         "a page of a document is expected to hold a few thousand (a damaged "
                         "or hostile PDF)", path=path)
    if before + count > config.MAX_PDF_OBJECTS:
        raise ParseError(f"PDF holds more than {config.MAX_PDF_OBJECTS:,} objects by page "
                         f"{number}; a document is expected to hold fewer (a damaged or "
                         "hostile PDF)", path=path)
    return count


def _read_some(pdf: Any, numbers: range, path: Path | None, before: int
               ) -> list[tuple[int, _Page, int]]:
    """Each page of ``numbers``: its objects counted (``before`` on the pages before it;
    a ParseError past the limits), the page read, its annotations counted."""
    from wlga_analysis.read.pdf_page import annotated_text

    out = []
    for n in numbers:
        page = pdf[n - 1]
        count = page_objects(page, n, before, path)
        before += count
        out.append((count, _read_page(page, n), annotated_text(page)))
    return out


_LINE_FIELDS = tuple(f.name for f in fields(_Line))[1:]  # (after its text)


def _packed(read: list[tuple[int, _Page, int]]) -> list[tuple]:
    """Pages as tuples of plain values (a child's result: built and unpickled several
    times faster than the lines as objects)."""

    def line(item: _Line) -> tuple:
        return (item.text.text, item.text.bold, *(getattr(item, f) for f in _LINE_FIELDS))

    out = []
    for count, page, notes in read:
        items = [line(i) if isinstance(i, _Line) else (
            [[[line(x) for x in cell] for cell in row] for row in i.rows], i.columns, i.top,
            i.bottom, i.page, i.last_page) for i in page.items]
        out.append((count, page.number, page.height, items, notes))
    return out


def _unpacked(packed: list[tuple]) -> list[tuple[int, _Page, int]]:
    """The pages of :func:`_packed` as they were (the garbage collector paused meanwhile:
    every object made here is kept, so the collections the making would start, each
    walking the objects made so far, find nothing to free; paused, this took less than
    half the time)."""

    def line(values: tuple) -> _Line:
        return _Line(Inline(values[0], values[1]), *values[2:])

    out = []
    paused = gc.isenabled()
    gc.disable()
    try:
        for count, number, height, items, notes in packed:
            page = _Page(number, height, [line(i) if len(i) > 6 else _TablePart(
                [[[line(x) for x in cell] for cell in row] for row in i[0]], *i[1:])
                for i in items])
            out.append((count, page, notes))
    finally:
        if paused:
            gc.enable()
    return out


def read_pages(pdf: Any, path: Path | None) -> tuple[list[_Page], int]:
    """The pages of a pypdfium2 document read, and the number of annotations they hold (a
    form's text, which is not read).

    The second half of a long PDF is read in a child process: it counts its objects from
    its own first page, so a PDF past :data:`~wlga_analysis.config.MAX_PDF_OBJECTS` in all
    has its second half read again here, counting from the first page, for the ParseError a
    reading page by page gives.
    """
    from wlga_analysis.second_cpu import second_half

    total = len(pdf)
    half = total // 2 + 1
    with second_half(lambda: _packed(_read_some(pdf, range(half, total + 1), path, 0)),
                     worth=total >= TWO_CPU_PAGES) as later:
        if not later.forked:
            read = _read_some(pdf, range(1, total + 1), path, 0)
        else:
            read = _read_some(pdf, range(1, half), path, 0)
            rest = _unpacked(later.result())
            before = sum(count for count, _, _ in read)
            if before + sum(count for count, _, _ in rest) > config.MAX_PDF_OBJECTS:
                rest = _read_some(pdf, range(half, total + 1), path, before)  # (its error)
            read += rest
    return [page for _, page, _ in read], sum(notes for _, _, notes in read)
