"""A PDF's compressed streams measured before PDFium reads them (issue #13).

PDFium inflates and parses a page's content stream whole when the page is loaded: 1 MB of
deflated spaces inflates to 1 GB and takes it seconds, whatever limit on the page's
objects follows. So each Flate-compressed stream of the file that is not an image (a
page's content, a form, a font) is inflated here first, in pieces that are counted and
dropped, up to :data:`~wlga_analysis.config.MAX_PDF_STREAM_BYTES`, and all of them up to
:data:`~wlga_analysis.config.MAX_PDF_INFLATED_BYTES`: past either, a ParseError names the
stream's object and, when the page tree can be followed in the file's bytes, its page.

Streams are found by their ``stream`` keyword after a dictionary's ``>>`` and end at the
next ``endstream`` (a stream's ``/Length`` may be an indirect object); damaged data is left
to PDFium, which reports it.

Examples
--------
>>> import zlib
>>> body = zlib.compress(b"BT /F1 12 Tf (1. Item) Tj ET")
>>> pdf = b"%%PDF-1.7\\n4 0 obj << /Length %d /Filter /FlateDecode >>\\nstream\\n" % len(body)
>>> check_stream_sizes(pdf + body + b"\\nendstream endobj", None) is None
True
"""

from __future__ import annotations

import zlib
from pathlib import Path

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["check_stream_sizes", "inflated_size"]

_STREAM = compile_regex(rb">>[ \t\r\n]{0,8}stream\r?\n")
_OBJECT = compile_regex(rb"(\d{1,10})[ \t\r\n]{1,4}\d{1,5}[ \t\r\n]{1,4}obj\b")
_CATALOG_PAGES = compile_regex(rb"/Type\s{0,4}/Catalog\b[^>]{0,2000}?/Pages\s{1,4}(\d{1,10})\s")
_PAGES_FIRST = compile_regex(rb"/Pages\s{1,4}(\d{1,10})\s{1,4}\d{1,5}\s{1,4}R")
_KIDS = compile_regex(rb"/Kids\s{0,4}\[([^\]]{0,200000})\]")
_REF = compile_regex(rb"(\d{1,10})\s{1,4}\d{1,5}\s{1,4}R")
#: How far before a stream its object's header is looked for (its dictionary's length).
_DICT_BYTES = 4096
#: Most nodes of the page tree followed to name a stream's page (each is looked for in the
#: whole file: the page is named only when it is found early; the object always is).
_PAGE_NODES = 300
#: Pieces the inflater yields at a time.
_PIECE = 1 << 20


def inflated_size(body: bytes, limit: int) -> int:
    """How many bytes deflated ``body`` inflates to, counted up to past ``limit`` (a
    damaged stream: what inflated before the damage).

    Examples
    --------
    >>> import zlib
    >>> inflated_size(zlib.compress(b" " * 5_000_000), 10**9)
    5000000
    >>> inflated_size(zlib.compress(b" " * 5_000_000), 1_000_000) > 1_000_000
    True
    """
    inflater = zlib.decompressobj()
    total = 0
    data = body
    try:
        while data and total <= limit:
            total += len(inflater.decompress(data, _PIECE))
            data = inflater.unconsumed_tail
    except zlib.error:
        pass  # (damaged: PDFium's to report)
    return total


def check_stream_sizes(data: bytes, path: Path | None) -> None:
    """Raise a ParseError when a stream of the PDF ``data`` (see the module) inflates past
    :data:`~wlga_analysis.config.MAX_PDF_STREAM_BYTES`, or all of them past
    :data:`~wlga_analysis.config.MAX_PDF_INFLATED_BYTES`.

    Parameters
    ----------
    data : bytes
        The PDF file's bytes.
    path : Path, optional
        Named in the error.

    Examples
    --------
    >>> check_stream_sizes(b"%PDF-1.7\\n%%EOF", None) is None
    True
    """
    total = 0
    end = -1  # (the "endstream" found last: found again only past it, so linear)
    for match in _STREAM.finditer(data):
        head = data.rfind(b"obj", max(0, match.start() - _DICT_BYTES), match.start())
        header = data[max(0, head - 40):match.start()] if head >= 0 else b""
        if b"/FlateDecode" not in header or b"/Image" in header:
            continue
        if end < match.end() and end != len(data):
            end = data.find(b"endstream", match.end())
            end = len(data) if end < 0 else end  # (none after: none after any later one)
        body = data[match.end():end]
        size = inflated_size(body, min(config.MAX_PDF_STREAM_BYTES,
                                       config.MAX_PDF_INFLATED_BYTES - total))
        total += size
        if size > config.MAX_PDF_STREAM_BYTES or total > config.MAX_PDF_INFLATED_BYTES:
            number = _object_number(header)
            raise ParseError(
                f"a compressed stream{_where(data, number)} inflates to more than "
                + (f"{config.MAX_PDF_STREAM_BYTES:,} bytes"
                   if size > config.MAX_PDF_STREAM_BYTES else
                   f"{config.MAX_PDF_INFLATED_BYTES:,} bytes with the streams before it")
                + " (a decompression bomb?); expected a PDF whose pages hold their text "
                "(a page's content is at most a few MB)", path=path)


def _object_number(header: bytes) -> int | None:
    found = list(_OBJECT.finditer(header))
    return int(found[-1].group(1)) if found else None


def _where(data: bytes, number: int | None) -> str:
    """`` (object N, page P's content)`` as far as the file's bytes tell."""
    if number is None:
        return ""
    page = _page_of(data, number)
    return f" (object {number}" + (f", page {page}'s content)" if page else ")")


def _object(data: bytes, number: int) -> bytes:
    """The text of uncompressed object ``number`` up to its ``stream`` or ``endobj``."""
    start = compile_regex(rb"(?<!\d)%d\s{1,4}\d{1,5}\s{1,4}obj\b" % number).search(data)
    if start is None:
        return b""
    stop = data.find(b"endobj", start.end())
    body = data[start.end():stop if stop >= 0 else start.end() + _DICT_BYTES]
    return body.split(b"stream", 1)[0]


def _page_of(data: bytes, number: int) -> int | None:
    """The number of the page whose ``/Contents`` is object ``number``, found by following
    the page tree from the catalogue's ``/Pages`` (None when it cannot be followed)."""
    catalog = _CATALOG_PAGES.search(data) or _PAGES_FIRST.search(data)
    if catalog is None:
        return None
    pages, stack, seen = 0, [int(catalog.group(1))], set()
    while stack and len(seen) < _PAGE_NODES:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        text = _object(data, node)
        kids = _KIDS.search(text)
        if kids is not None:
            stack.extend(reversed([int(m.group(1)) for m in _REF.finditer(kids.group(1))]))
            continue
        pages += 1
        contents = text.split(b"/Contents", 1)[1][:2000] if b"/Contents" in text else b""
        contents = contents.split(b"/", 1)[0].split(b">>", 1)[0]
        if number in {int(m.group(1)) for m in _REF.finditer(contents)}:
            return pages
    return None
