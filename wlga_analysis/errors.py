"""Exceptions and warnings raised by :mod:`wlga_analysis`.

Examples
--------
>>> from wlga_analysis.errors import ParseError
>>> err = ParseError("expected a table header row", path="doc.txt", line=3)
>>> str(err)
'doc.txt, line 3: expected a table header row'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from pathlib import Path


def printable(text: str) -> str:
    """``text`` with every character that is not printable escaped (``\\n``, ``\\x0c``...).

    File names are untrusted: one with a newline would forge a line in a log or an error
    message, a form feed or a NUL would garble or break what prints it.

    Examples
    --------
    >>> print(printable("notes\\nERROR forged line\\x0c.txt"))
    notes\\nERROR forged line\\x0c.txt
    >>> printable("Adroddiad ŵyl.txt")
    'Adroddiad ŵyl.txt'
    """
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else
                   (repr(c)[1:-1] if c not in "'\"" else c) for c in text)


def _where(path: str | Path | None, line: int | None) -> str:
    parts = []
    if path is not None:
        parts.append(printable(str(path)))
    if line is not None:
        parts.append(f"line {line}")
    return ", ".join(parts)


class ParseError(ValueError):
    """A document could not be read as the kind of document that was expected.

    Parameters
    ----------
    message : str
        What was expected (and what was found).
    path : str or Path, optional
        The file being read.
    line : int, optional
        1-based line number in that file.

    Examples
    --------
    >>> err = ParseError("no recommendations table found", path="notes.txt")
    >>> str(err), err.path, err.line
    ('notes.txt: no recommendations table found', 'notes.txt', None)
    >>> from wlga_analysis.documents import read_document
    >>> try:
    ...     read_document("no-such-file.txt", "recommendations")
    ... except ParseError as exc:
    ...     print(exc.path, "|", exc.message)
    no-such-file.txt | cannot read the recommendations document: No such file or directory
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        where = _where(path, line)
        super().__init__(f"{where}: {message}" if where else message)


class ChecksumError(ParseError):
    """A shipped raw file no longer matches the sha256 recorded in its provenance.

    Raised by :func:`wlga_analysis.documents.read_document` for a shipped document whose
    bytes changed; it is a :class:`ParseError`, so one ``except ParseError`` catches both.

    Examples
    --------
    >>> err = ChecksumError("raw file has changed", path="data/raw/update.txt")
    >>> isinstance(err, ParseError), str(err)
    (True, 'data/raw/update.txt: raw file has changed')
    """


class DataQualityWarning(UserWarning):
    """Something in a document is wrong or left open (a gap, a duplicate, an unknown owner...).

    The row concerned is kept as well as it can be; nothing is dropped or renumbered.
    The full list is available from :func:`wlga_analysis.data_quality_report`.

    Examples
    --------
    Loading the shipped recommendations warns about the three that name no owner:

    >>> import warnings
    >>> from wlga_analysis.recommendations import load_recommendations
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always", DataQualityWarning)
    ...     recs = load_recommendations()
    >>> {w.category.__name__ for w in caught}
    {'DataQualityWarning'}
    >>> for w in caught:
    ...     print(w.message)
    working-group-recommendations.txt, line 26: recommendation 13 names no owner
    working-group-recommendations.txt, line 36: recommendation 16 names no owner
    working-group-recommendations.txt, line 37: recommendation 17 names no owner
    >>> len(recs)
    25
    """
