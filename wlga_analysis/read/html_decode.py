"""The characters of a web page's bytes (for :mod:`wlga_analysis.read.html` and
:mod:`wlga_analysis.read.detect`), as a browser finds its encoding, with what it had to
guess reported.

1. A byte order mark decides (UTF-8, UTF-16 little- or big-endian): a page saved by Notepad
   as "Unicode" is UTF-16 with its mark, whatever its ``<meta charset>`` says. A page
   of UTF-16 without its mark (a NUL byte in every second byte: ``<\\0h\\0``) is read as
   UTF-16 too, noted (:mod:`~wlga_analysis.read.utf16_sniff`).
2. Else the ``<meta charset>`` in its first 4 kB (else an XML prolog's ``encoding``, as an
   XHTML page declares it); a declared UTF-16 is read as UTF-8 (the HTML standard's rule:
   bytes without a mark cannot be UTF-16 a browser reads); an unknown name as UTF-8; the
   labels ``iso-8859-1``, ``latin1`` and ``us-ascii`` as Windows-1252, as every browser
   reads them (the standard maps them so: 0x92 is "’", not a control character).
3. A page declaring a one-byte encoding (``iso-8859-1``, ``windows-1252``) whose bytes are
   UTF-8 with letters beyond ASCII (a page saved as UTF-8 with the template's old
   declaration) is read as UTF-8: read as declared, "£800,000" would be "Â£800,000". Noted.
4. A page declared UTF-8 (or declaring nothing) whose bytes are not UTF-8 but plainly
   Windows-1252 text (the text reader's test,
   :func:`~wlga_analysis.read.windows_1252.windows_1252_lines`: an old CMS's export or a
   Notepad "ANSI" file under a UTF-8 template; "’" 0x92, "–" 0x96, "£" 0xA3) is read as
   Windows-1252, noted as the text reader notes it; UTF-8 sequences among its bytes (a
   page of both) are then mojibake, read as their UTF-8 text
   (:func:`~wlga_analysis.text.mojibake.repaired_line`), each line so read noted.
5. Else bytes that are not of the encoding are read as U+FFFD, each noted (first offset
   and how many): a word's letters may be lost there.

Examples
--------
>>> decode_page("<p>£5</p>".encode("utf-16"))[0]
'<p>£5</p>'
>>> text, notes = decode_page('<meta charset="iso-8859-1"><p>£5</p>'.encode())
>>> text[-9:], notes[0].kind
('<p>£5</p>', 'encoding')
>>> text, notes = decode_page('<meta charset="utf-8"><p>£5 – 2026</p>'.encode("cp1252"))
>>> text[-16:], "Windows-1252" in notes[0].text
('<p>£5 – 2026</p>', True)
"""

from __future__ import annotations

import codecs
import re

from wlga_analysis.read.model import Location, Note
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["decode_page", "markup_head"]

_CHARSET = compile_regex(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
#: An XML prolog's declared encoding (``<?xml version="1.0" encoding="utf-8"?>``).
_PROLOG = compile_regex(rb"""\s*<\?xml\s[^>?]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
#: The codecs' names of the labels the HTML standard reads as Windows-1252.
_AS_WINDOWS_1252 = frozenset({"iso8859-1", "latin-1", "ascii", "cp1252"})
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def markup_head(head: bytes) -> bytes:
    """The first bytes of a file as UTF-8 when they are UTF-16 with its byte order mark
    (to find the markup's signature in them); ``head`` itself otherwise.

    Examples
    --------
    >>> markup_head("<!DOCTYPE html>".encode("utf-16"))
    b'<!DOCTYPE html>'
    """
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head[:4096 - len(head) % 2].decode("utf-16", "ignore").encode("utf-8")
    if b"\x00" in head[:2]:  # (UTF-16 without its mark: read.utf16_sniff)
        from wlga_analysis.read.utf16_sniff import utf16_without_bom

        codec = utf16_without_bom(head)
        if codec is not None:
            return head[:4096 - len(head) % 2].decode(codec, "ignore").encode("utf-8")
    return head


def _declared(data: bytes) -> str:
    m = _CHARSET.search(data[:4096]) or _PROLOG.match(data[:4096])
    name = m.group(1).decode("ascii").lower() if m else "utf-8"
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return "utf-8"
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def _windows_1252_page(data: bytes, start: int, notes: list[Note]) -> str | None:
    """The text of a page declared UTF-8 whose bytes are not (from byte ``start``) but
    plainly Windows-1252 text, its UTF-8 sequences read as such, with notes; else None."""
    from wlga_analysis.read.windows_1252 import windows_1252_lines
    from wlga_analysis.text.mojibake import repaired_line

    text = windows_1252_lines(data)
    if text is None:
        return None
    char = data[start:start + 1].decode("cp1252")
    notes.append(Note(Location(line=data.count(b"\n", 0, start) + 1), "encoding", (
        f"not UTF-8 text (byte 0x{data[start]:02x} at byte offset {start}, {char!r} in "
        "Windows-1252) though the page declares UTF-8 or no encoding: the page is read as "
        "Windows-1252 text (Notepad's 'ANSI' encoding); check the characters beyond ASCII")))
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        lines[number - 1], done = repaired_line(line)
        if done:
            read = ", ".join(f"{old!r} read as {new!r}" for old, new in done)
            notes.append(Note(Location(line=number), "encoding", (
                f"UTF-8 among the page's Windows-1252 bytes: {read}")))
    return "\n".join(lines)


def decode_page(data: bytes) -> tuple[str, list[Note]]:
    """The text of a web page's bytes, and notes of what was guessed (see the module's
    description)."""
    notes: list[Note] = []
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:2]:  # (UTF-16 without its mark)
        encoding = _utf16_without_bom(data, notes)
    if encoding is None:
        declared = encoding = _declared(data)
        encoding = "cp1252" if encoding in _AS_WINDOWS_1252 else encoding
        if encoding != "utf-8" and not data.isascii():
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                notes.append(Note(Location(line=1), "encoding",
                                  f"the page declares the encoding {declared}, but its bytes "
                                  "are UTF-8 (letters beyond ASCII): read as UTF-8"))
                return text, notes
    try:
        return data.decode(encoding), notes
    except UnicodeDecodeError as exc:
        if encoding == "utf-8" and (text := _windows_1252_page(data, exc.start, notes)):
            return text, notes
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
        line = data[:exc.start].count(b"\n") + 1
        notes.append(Note(Location(line=line), "encoding",
                          f"{bad} byte sequence(s) that are not {encoding}, the first at byte "
                          f"offset {exc.start}: read as U+FFFD"))
        return text, notes


def _utf16_without_bom(data: bytes, notes: list[Note]) -> str | None:
    """The UTF-16 codec of a page saved without its byte order mark
    (:mod:`~wlga_analysis.read.utf16_sniff`), noted; else None."""
    from wlga_analysis.read.utf16_sniff import utf16_without_bom

    codec = utf16_without_bom(data)
    if codec is not None:
        notes.append(Note(Location(line=1), "encoding", (
            f"the page is {codec.upper()} text without a byte order mark (a NUL byte in "
            "every second byte): read as such")))
    return codec
