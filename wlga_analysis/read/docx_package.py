"""A Word file's zip package, opened safely, and its tables' cells on their grid (for
:mod:`wlga_analysis.read.docx`).

A ``.docx`` is a zip archive of XML parts, pictures and other files; it comes from web pages
and e-mail, so it is untrusted. Before python-docx sees it:

- its zip directory is checked: an XML part that unpacks more than
  :data:`~wlga_analysis.config.MAX_WORD_PART_RATIO` times (a zip bomb), XML that unpacks to
  more than :data:`~wlga_analysis.config.MAX_WORD_XML_BYTES`, or a part named twice (two
  ``word/document.xml``: which one a program reads is up to the program), or more entries
  than :data:`~wlga_analysis.config.MAX_WORD_PARTS`, is refused with a ``ParseError``;
- only its XML parts (and web pages or text imported whole) are handed on: pictures, fonts
  and embedded files are never unpacked (nothing is read from them, and a 100 kB file can
  hold a picture that unpacks to gigabytes).

:func:`alt_chunk` reads a chunk imported whole (``w:altChunk``: a web page or text that Word
shows in place, as a mail merge or a content system writes a document): a web page with the
web-page reader, text a paragraph a line; any other (RTF, another Word file) is noted as
not read.

:func:`row_cells` gives a table row's cells slot by slot as python-docx's ``_Row.cells``
does, in one pass over the table: a cell merged down from a row that has no cell there
(``w:vMerge`` with no start: python-docx raises ``ValueError``) is read as a cell of its own,
and a cell spans at most :data:`MAX_GRID_SPAN` columns (Word's own limit on a table's
columns), so ``w:gridSpan="1000000000"`` is not a billion cells.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ParseError

__all__ = ["MAX_GRID_SPAN", "alt_chunk", "checked_parts", "row_cells", "text_package"]

#: Word tables have at most 63 columns: a cell never spans more.
MAX_GRID_SPAN = 63
#: Parts handed on to python-docx: XML, and the text of imported chunks (``w:altChunk``).
_XML = (".xml", ".rels", ".htm", ".html", ".xhtml", ".txt")


def checked_parts(data: bytes, path: Path | None) -> list[zipfile.ZipInfo]:
    """The entries of a Word file's zip directory, checked (see the module's description).

    Raises
    ------
    ParseError
        For bytes that are not a zip archive, a damaged zip directory, a zip bomb, or a
        part named twice.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile:
        raise ParseError("not a Word document: the file is not a zip archive; expected a "
                         ".docx file", path=path) from None
    except (NotImplementedError, ValueError, EOFError) as exc:  # a damaged zip directory
        raise ParseError(f"damaged Word document ({type(exc).__name__}: {exc}); expected a "
                         ".docx file that Word can open", path=path) from None
    if len(parts) > config.MAX_WORD_PARTS:
        raise ParseError(f"Word file of {len(parts):,} zip entries; a document is expected "
                         f"to have at most {config.MAX_WORD_PARTS:,} (a damaged file, or a "
                         "zip bomb)", path=path)
    twice = sorted(name for name, n in Counter(p.filename for p in parts).items() if n > 1)
    if twice:
        raise ParseError(f"damaged Word document: its zip archive holds {twice[0]} "
                         f"{Counter(p.filename for p in parts)[twice[0]]} times (which one "
                         "is read depends on the program: a damaged or tampered file); "
                         "expected each part once", path=path)
    _check_unpacked_size(parts, path)
    return parts


def _check_unpacked_size(parts: list[zipfile.ZipInfo], path: Path | None) -> None:
    """Refuse a Word file whose XML parts unpack to more than
    :data:`~wlga_analysis.config.MAX_WORD_XML_BYTES`, or one of whose large XML parts is
    packed more than :data:`~wlga_analysis.config.MAX_WORD_PART_RATIO` times (a zip
    bomb), from the sizes its zip directory declares (zipfile never unpacks more than a
    part declares)."""
    xml = [part for part in parts if part.filename.endswith(_XML)]
    total = sum(part.file_size for part in xml)
    if total > config.MAX_WORD_XML_BYTES:
        raise ParseError(f"Word file whose XML unpacks to {total:,} bytes; a document is "
                         f"expected to unpack to at most {config.MAX_WORD_XML_BYTES:,} "
                         "(a damaged file, or a zip bomb)", path=path)
    for part in xml:  # (the other parts are never unpacked: see text_package)
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > 1_000_000 and ratio > config.MAX_WORD_PART_RATIO:
            raise ParseError(f"Word file part {part.filename} unpacks {ratio:,.0f} times "
                             f"({part.file_size:,} bytes from {part.compress_size:,}); Word's "
                             f"parts are packed at most {config.MAX_WORD_PART_RATIO} times "
                             "(a zip bomb?)", path=path)


def text_package(data: bytes, parts: list[zipfile.ZipInfo], path: Path | None) -> bytes:
    """The Word file with every part that is not XML (pictures, fonts, embedded files)
    emptied, so that python-docx does not unpack them; ``data`` itself when it has none."""
    if all(part.filename.endswith(_XML) or part.is_dir() or not part.file_size
           for part in parts):
        return data
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source, \
                zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for part in parts:
                keep = part.filename.endswith(_XML)
                target.writestr(part.filename, source.read(part) if keep else b"")
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError, EOFError,
            OSError, zlib.error) as exc:  # a bad CRC, an encrypted part, a damaged entry
        raise ParseError(f"damaged Word document ({type(exc).__name__}: {exc}); expected a "
                         ".docx file that Word can open", path=path) from None
    return out.getvalue()


def _span(tc: Any, w: str) -> int:
    span = tc.find(f"{w}tcPr/{w}gridSpan")
    try:
        value = 1 if span is None else int(span.get(f"{w}val"))
    except (TypeError, ValueError):
        return 1
    return max(1, min(value, MAX_GRID_SPAN))


def _continues(tc: Any, w: str) -> bool:
    """Whether a cell goes on from the cell above (``w:vMerge`` without ``restart``)."""
    merge = tc.find(f"{w}tcPr/{w}vMerge")
    return merge is not None and merge.get(f"{w}val", "continue") == "continue"


def _grid_before(tr: Any, w: str) -> int:
    before = tr.find(f"{w}trPr/{w}gridBefore")
    try:
        return 0 if before is None else max(0, int(before.get(f"{w}val")))
    except (TypeError, ValueError):
        return 0


def row_cells(rows: list[Any], w: str) -> list[list[tuple[Any, int]]]:
    """The cells of each row (``w:tr`` elements) of a table, slot by slot, as
    ``(w:tc element, how many slots it fills)``: a cell spanning columns once per column it
    spans, a cell merged down from above as the cell it goes on from (python-docx's
    ``_Row.cells``, in one pass)."""
    from wlga_analysis.read.docx_controls import row_tcs

    out: list[list[tuple[Any, int]]] = []
    above: dict[int, tuple[Any, int]] = {}  # grid offset -> (the cell there, its span)
    for tr in rows:
        cells: list[tuple[Any, int]] = []
        here: dict[int, tuple[Any, int]] = {}
        offset = _grid_before(tr, w)
        for tc in row_tcs(tr, w):  # (those in content controls too: .docx_controls)
            span = _span(tc, w)
            root = above.get(offset) if _continues(tc, w) else None
            root = root or (tc, span)  # (merged down from nothing: a cell of its own)
            here[offset] = root
            cells.extend([root] * root[1])
            offset += span
        out.append(cells)
        above = here
    return out


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def alt_chunk(element: Any, document: Any, location: Any) -> tuple[list[Any], list[Any]]:
    """The blocks of an imported chunk (``w:altChunk`` ``element`` of python-docx
    ``document``) and notes: a web page read by :func:`wlga_analysis.read.html.read_html`,
    plain text a paragraph a line; nothing and a note for any other kind."""
    from wlga_analysis.read.blocks import block_from_text
    from wlga_analysis.read.model import Inline, Note

    rel = document.part.rels.get(element.get(_R_ID, ""))
    part = None if rel is None or rel.is_external else rel.target_part
    kind = "" if part is None else part.content_type
    if part is not None and "html" in kind:
        from wlga_analysis.read.html import read_html

        model = read_html(part.blob)
        return list(model.blocks), list(model.notes)
    if part is not None and kind.startswith("text/plain"):
        lines = part.blob.decode("utf-8", "replace").splitlines()
        return [block_from_text(Inline(line.strip()), location) for line in lines
                if line.strip()], []
    return [], [Note(location, "imported chunk", "a part imported whole (altChunk"
                     + (f", {kind}" if kind else ", missing") + ") is not read")]

