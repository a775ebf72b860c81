"""Text files whose line breaks are not CR or LF: UTF-16 saved without its byte order mark,
and text whose only line breaks are Unicode's line and paragraph separators.

* UTF-16 without its mark (:mod:`~wlga_analysis.read.utf16_sniff`) is read as UTF-16,
  with a note (check ``"text encoding"``).
* A text with no CR nor LF inside it but with :data:`MIN_SEPARATORS` or more U+2028
  (LINE SEPARATOR) and U+2029 (PARAGRAPH SEPARATOR), as some word processors and web
  forms export, is read with each U+2028 a line break and each U+2029 a paragraph break
  (a blank line between two lines), with a note (check ``"invisible characters"``): its
  line numbers are then those of the lines so cut. A text that has CR or LF line breaks
  keeps its separators as spaces (see :func:`wlga_analysis.documents.decode_document`).

Examples
--------
>>> text, notes = separators_as_breaks("Title\\u2029- One\\u2028- Two\\u2028- Three", "u.txt")
>>> text.split("\\n")
['Title', '', '- One', '- Two', '- Three']
>>> print(notes[0].warning_text())  # doctest: +ELLIPSIS
u.txt, line 1: the text has no line breaks but 2 line separator(s) (U+2028) and 1 ...
"""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.errors import ParseError
from wlga_analysis.quality import Issue

__all__ = ["MAX_TRAILING_BLANK_LINES", "MIN_SEPARATORS", "separators_as_breaks",
           "utf16_text_as_utf8", "without_trailing_blank_lines"]

#: The fewest separators that make a text without line breaks lines (a document's title,
#: a heading and an item are three lines; one line holding a separator or two is a line).
MIN_SEPARATORS: int = 3


def _name(path: str | Path | None) -> str:
    from wlga_analysis.documents import document_name

    return "" if path is None else document_name(path)


def separators_as_breaks(text: str, path: str | Path | None
                         ) -> tuple[str, tuple[Issue, ...]]:
    """``text`` with U+2028 as line breaks and U+2029 as paragraph breaks when it has no
    other line break (a trailing one aside), with a note; else ``text`` and no note.

    Parameters
    ----------
    text : str
        A file's text.
    path : str or Path, optional
        Named in the note.

    Returns
    -------
    text : str
    notes : tuple of Issue

    Examples
    --------
    >>> separators_as_breaks("a\\u2028b\\nc", None)[0]
    'a\\u2028b\\nc'
    """
    body = text.rstrip("\r\n")
    if "\n" in body or "\r" in body:
        return text, ()
    lines, paragraphs = text.count("\u2028"), text.count("\u2029")
    if lines + paragraphs < MIN_SEPARATORS:
        return text, ()  # (one line of text holding a separator or two: spaces)
    out = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    return out, (Issue(_name(path), "document", "invisible characters", "", 1, (
        f"the text has no line breaks but {lines} line separator(s) (U+2028) and "
        f"{paragraphs} paragraph separator(s) (U+2029): read as line and paragraph breaks "
        "(line numbers are those of the lines so cut)")),)


def utf16_text_as_utf8(data: bytes, path: str | Path | None
                       ) -> tuple[bytes, tuple[Issue, ...]]:
    """``data`` as UTF-8 when it is UTF-16 text without its byte order mark, with a note;
    else ``data`` and no note (its NUL bytes then refused as binary data).

    Raises
    ------
    ParseError
        When the bytes look like UTF-16 but are not.

    Examples
    --------
    >>> data, notes = utf16_text_as_utf8("1. Item £5".encode("utf-16-le"), "u.txt")
    >>> data.decode(), notes[0].check
    ('1. Item £5', 'text encoding')
    """
    from wlga_analysis.read.utf16_sniff import utf16_without_bom

    codec = utf16_without_bom(data)
    if codec is None:
        return data, ()
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ParseError(f"not {codec.upper()} text (at byte offset {exc.start}) though its "
                         "first bytes are (a NUL byte in every second byte); expected a "
                         "UTF-8 or UTF-16 text document", path=path) from None
    return text.encode("utf-8"), (Issue(_name(path), "document", "text encoding", "", 1, (
        f"the file is {codec.upper()} text without a byte order mark (a NUL byte in every "
        "second byte): read as such")),)


#: Most blank lines kept after a text's last line of text: more (a hostile file of a
#: million line breaks) are dropped before any reader's pass over the lines; they hold
#: nothing, and the lines above keep their numbers.
MAX_TRAILING_BLANK_LINES: int = 100


def without_trailing_blank_lines(text: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` (the lines of ``text``) with at most :data:`MAX_TRAILING_BLANK_LINES`
    blank lines after the last line of text (found by str methods: fast on any text).

    Examples
    --------
    >>> text = "Title\\n\\n1. Item" + "\\n" * 500
    >>> len(without_trailing_blank_lines(text, tuple(text.split("\\n"))))
    103
    >>> without_trailing_blank_lines("a\\n\\n", ("a", "", ""))
    ('a', '', '')
    """
    body = text.rstrip()
    if len(text) - len(body) <= MAX_TRAILING_BLANK_LINES:
        return lines  # (fewer characters after the text than blank lines to drop)
    keep = body.count("\n") + body.count("\r") - body.count("\r\n") + 1
    return lines[:keep + MAX_TRAILING_BLANK_LINES] if len(lines) > keep else lines
