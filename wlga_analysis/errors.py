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


def _where(path: str | Path | None, line: int | None) -> str:
    parts = []
    if path is not None:
        parts.append(str(path))
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
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        where = _where(path, line)
        super().__init__(f"{where}: {message}" if where else message)


class ChecksumError(ParseError):
    """A shipped raw file no longer matches the sha256 recorded in its provenance."""


class DataQualityWarning(UserWarning):
    """Something in a document is wrong or left open (a gap, a duplicate, an unknown owner...).

    The row concerned is kept as well as it can be; nothing is dropped or renumbered.
    The full list is available from :func:`wlga_analysis.data_quality_report`.
    """
