"""UTF-16 text saved without its byte order mark, told by its NUL bytes.

Text of the Latin script saved as UTF-16 holds a NUL byte in every second byte: the high
byte of each character (``"<\\0h\\0t\\0"`` little-endian, ``"\\0<\\0h\\0t"`` big-endian).
Text in UTF-8 or Windows-1252 holds no NUL at all, so that pattern over the file's first
bytes tells UTF-16 apart, though no byte order mark says so (a converter or a web server
that strips it). The readers read such a file as UTF-16 and note that they did.

Examples
--------
>>> utf16_without_bom("<html><p>1. Item</p>".encode("utf-16-le"))
'utf-16-le'
>>> utf16_without_bom("Update £5\\n".encode("utf-16-be"))
'utf-16-be'
>>> utf16_without_bom(b"plain text") is None, utf16_without_bom(b"a\\0b") is None
(True, True)
"""

from __future__ import annotations

__all__ = ["UTF16_SAMPLE_BYTES", "utf16_without_bom"]

#: How many of a file's first bytes are looked at.
UTF16_SAMPLE_BYTES: int = 1024

#: The smallest share of characters in the sample whose high byte is NUL (Latin-script
#: text: ASCII and Latin-1 letters; Welsh's ŵ and ŷ are not).
_MIN_SHARE = 0.9


def utf16_without_bom(data: bytes) -> str | None:
    """The codec (``"utf-16-le"`` or ``"utf-16-be"``) of ``data`` when it is UTF-16 text
    without a byte order mark (see the module), else None.

    Parameters
    ----------
    data : bytes
        A file's content.

    Returns
    -------
    str or None

    Examples
    --------
    >>> utf16_without_bom("Gwasanaethau".encode("utf-16-le"))
    'utf-16-le'
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None  # (a byte order mark says what the text is)
    sample = data[:UTF16_SAMPLE_BYTES - UTF16_SAMPLE_BYTES % 2]
    sample = sample[:len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if low[:1] != b"\x00" and high.count(0) >= _MIN_SHARE * pairs and low.count(0) == 0:
            return codec
    return None
