"""Text saved in Windows-1252: read as it is, and reported.

Excel's "Text (Tab delimited)" and "CSV" exports, Notepad's "ANSI" and many older tools
on Windows write text in the Windows-1252 code page, not UTF-8: "–" is the byte 0x96,
"£" 0xA3, "’" 0x92. Such a file is not UTF-8, but it is plainly text: a careful reader
opens it as Windows-1252 and says so. :func:`windows_1252_lines` does that for a file that

- decodes as Windows-1252 (none of the five bytes the code page leaves undefined: 0x81,
  0x8D, 0x8F, 0x90, 0x9D);
- holds no control byte but TAB, LF, FF and CR (and no NUL), as text does;
- has bytes beyond ASCII for at most a quarter of its non-blank bytes (text in a Latin
  alphabet, not compressed or random data);

and returns None for any other (the caller refuses it, as binary or not UTF-8). A Word file,
PDF or zip archive named ``.txt`` never gets here: its content names its form
(:mod:`wlga_analysis.read.detect`), and what is left of binary data holds control bytes.

Examples
--------
>>> text = windows_1252_lines("Plan 2025-26 \\x96 \\xa35,000\\r\\n".encode("latin-1"))
>>> text
'Plan 2025-26 – £5,000\\r\\n'
>>> windows_1252_lines(b"caf\\xe9\\x07")  # (a control byte: no text)
>>> windows_1252_lines(b"a\\x81b")  # (a byte the code page leaves undefined)
"""

from __future__ import annotations

__all__ = ["windows_1252_lines"]

#: Control bytes text holds: TAB, LF, FF, CR.
_TEXT_CONTROLS = frozenset(b"\t\n\x0c\r")
#: The control bytes (C0 and DEL) text does not hold.
_CONTROLS = bytes(b for b in [*range(0x20), 0x7F] if b not in _TEXT_CONTROLS)
#: At most this share of the non-blank bytes beyond ASCII.
_MAX_HIGH_SHARE = 0.25


def windows_1252_lines(data: bytes) -> str | None:
    """``data`` decoded as Windows-1252 when it is plainly text in that code page (see the
    module), else None.

    Parameters
    ----------
    data : bytes
        A file's content (not UTF-8).

    Returns
    -------
    str or None
        The text (line breaks kept), or None.

    Examples
    --------
    >>> windows_1252_lines(b"Ref\\tAction\\r\\n1.1\\tLaunch \\x93My account\\x94\\r\\n")
    'Ref\\tAction\\r\\n1.1\\tLaunch “My account”\\r\\n'
    >>> windows_1252_lines(bytes(range(0xA0, 0x100)))  # (all beyond ASCII: no text)
    """
    if len(data.translate(None, _CONTROLS)) != len(data):
        return None
    non_blank = len(data.translate(None, b" \t\r\n\x0c"))
    high = non_blank - len(data.translate(None, bytes(range(0x80, 0x100))).translate(
        None, b" \t\r\n\x0c"))
    if not non_blank or high > _MAX_HIGH_SHARE * non_blank:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None
