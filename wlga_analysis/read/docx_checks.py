"""A Word file checked before it is read, and a Strict Open XML file made readable (for
:mod:`wlga_analysis.read.docx`; issue #13: only ``ParseError`` on bad input, time linear in
the input).

- :func:`strict_as_transitional`: Word's "Strict Open XML Document" (``.docx`` too) names its
  parts' XML by other namespaces (``http://purl.oclc.org/ooxml/...``) than the usual
  ("transitional") form python-docx reads; python-docx finds no main document in it and
  raises ``KeyError``. The namespaces are mapped (:data:`STRICT_NAMESPACES`, a rule table)
  and the file read as usual, with a note saying so.
- :func:`check_document`: after python-docx has parsed the parts, refused with a
  ``ParseError``: a part that declares a DTD (``<!DOCTYPE``: Word never writes one and will
  not open such a file; lxml leaves its entities out of the text, so text would be lost
  silently, or expands them: a "billion laughs"), more paragraphs and table cells than
  :data:`~wlga_analysis.config.MAX_WORD_BLOCKS` (each costs the reader time: a small zip
  can hold hundreds of thousands), or a table row of more than
  :data:`~wlga_analysis.config.MAX_WORD_ROW_CELLS` cells (Word's tables have at most 63
  columns).

Examples
--------
>>> STRICT_NAMESPACES[0]
('http://purl.oclc.org/ooxml/wordprocessingml/main', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main')
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import Any

from wlga_analysis import config
from wlga_analysis.errors import ParseError

__all__ = ["STRICT_NAMESPACES", "check_document", "is_strict", "strict_as_transitional"]

_TRANSITIONAL = "http://schemas.openxmlformats.org/"
#: Strict Open XML namespace (and relationship type prefix) -> the transitional one
#: (ISO/IEC 29500-4 lists them). Longer names first: one may start with another.
STRICT_NAMESPACES: tuple[tuple[str, str], ...] = tuple(
    (f"http://purl.oclc.org/ooxml/{strict}", _TRANSITIONAL + transitional)
    for strict, transitional in (
        ("wordprocessingml/main", "wordprocessingml/2006/main"),
        ("officeDocument/relationships/extendedProperties",
         "officeDocument/2006/relationships/extended-properties"),
        ("officeDocument/relationships/customProperties",
         "officeDocument/2006/relationships/custom-properties"),
        ("officeDocument/relationships/metadata/core-properties",
         "package/2006/relationships/metadata/core-properties"),
        ("officeDocument/relationships", "officeDocument/2006/relationships"),
        ("officeDocument/extendedProperties", "officeDocument/2006/extended-properties"),
        ("officeDocument/customProperties", "officeDocument/2006/custom-properties"),
        ("officeDocument/docPropsVTypes", "officeDocument/2006/docPropsVTypes"),
        ("officeDocument/sharedTypes", "officeDocument/2006/sharedTypes"),
        ("officeDocument/customXml", "officeDocument/2006/customXml"),
        ("officeDocument/bibliography", "officeDocument/2006/bibliography"),
        ("officeDocument/math", "officeDocument/2006/math"),
        ("drawingml/wordprocessingDrawing", "drawingml/2006/wordprocessingDrawing"),
        ("drawingml/picture", "drawingml/2006/picture"),
        ("drawingml/chart", "drawingml/2006/chart"),
        ("drawingml/main", "drawingml/2006/main"),
        ("schemaLibrary/main", "schemaLibrary/2006/main"),
    ))
_STRICT = b"http://purl.oclc.org/ooxml/"
_XML_ENDS = (".xml", ".rels")


def is_strict(data: bytes, parts: list[zipfile.ZipInfo]) -> bool:
    """Whether a Word file's package relationships (``_rels/.rels``) are Strict Open XML's.

    Examples
    --------
    >>> is_strict(b"", [])
    False
    """
    if not any(part.filename == "_rels/.rels" for part in parts):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _STRICT in archive.read("_rels/.rels")
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError, EOFError,
            OSError, KeyError):
        return False  # (python-docx reports the damage)


def strict_as_transitional(data: bytes, path: Path | None) -> bytes:
    """A Strict Open XML Word file with its XML parts' namespaces mapped to the usual ones
    (:data:`STRICT_NAMESPACES`): the same document, as python-docx reads it.

    Examples
    --------
    >>> from wlga_analysis.testing.hostile_forms import base_docx
    >>> data = base_docx()
    >>> infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    >>> is_strict(data, infos), is_strict(strict_as_transitional(data, None), infos)
    (False, False)
    """
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source, \
                zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for part in source.infolist():
                blob = source.read(part)
                if part.filename.endswith(_XML_ENDS) and _STRICT in blob:
                    for strict, usual in STRICT_NAMESPACES:
                        blob = blob.replace(strict.encode(), usual.encode())
                target.writestr(part.filename, blob)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError, EOFError,
            OSError, zlib.error) as exc:  # a bad CRC, an encrypted part, a damaged entry
        raise ParseError(f"damaged Word document ({type(exc).__name__}: {exc}); expected a "
                         ".docx file that Word can open", path=path) from None
    return out.getvalue()


def check_document(document: Any, path: Path | None) -> None:
    """Refuse a Word document (python-docx ``Document``) with a DTD in a part, too many
    paragraphs and cells, or a table row too wide to be a table (see the module).

    Examples
    --------
    >>> import docx
    >>> check_document(docx.Document(), None)
    """
    from wlga_analysis.read.docx import _W

    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        info = None if element is None else element.getroottree().docinfo
        if info is not None and (info.doctype or info.internalDTD is not None):
            doctype = info.doctype or "<!DOCTYPE>"
            raise ParseError(f"Word file part {part.partname} declares a DTD ({doctype}); "
                             "Word never writes one and will not open such a file; expected "
                             "a .docx file that Word can open", path=path)
    body = document.element
    blocks = 0
    for element in body.iter(f"{_W}p", f"{_W}tr"):
        if element.tag == f"{_W}tr":
            cells = sum(1 for _ in element.iterchildren(f"{_W}tc"))
            if cells > config.MAX_WORD_ROW_CELLS:
                raise ParseError(f"a Word table row of {cells:,} cells; a table is expected "
                                 f"to have at most {config.MAX_WORD_ROW_CELLS:,} columns "
                                 "(Word's have at most 63)", path=path)
            continue
        blocks += 1
        if blocks > config.MAX_WORD_BLOCKS:
            raise ParseError(f"a Word document of more than {config.MAX_WORD_BLOCKS:,} "
                             "paragraphs (table cells included); a document is expected to "
                             "have a few thousand (a generated or damaged file)", path=path)
