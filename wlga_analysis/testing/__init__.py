"""Test support: synthetic documents and helpers for the test suite (not runtime code)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["parse_document", "parse_issues", "quietly", "table_rows", "write_document"]

_Result = TypeVar("_Result")


def quietly(func: Callable[..., _Result], *args: Any, **kwargs: Any) -> _Result:
    """``func(*args, **kwargs)`` with its data-quality warnings ignored (the tests that
    look at the tables, not at the findings).

    Examples
    --------
    >>> import warnings
    >>> from wlga_analysis import load_programme
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("error")  # any warning would fail here
    ...     len(quietly(load_programme))
    30
    """
    from wlga_analysis.errors import DataQualityWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return func(*args, **kwargs)


def write_document(folder: str | Path, text: str, name: str = "doc.txt") -> Path:
    """Write a test document: ``text`` as UTF-8 to ``folder/name``; its path.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_document(tmp, "- An item in 2025", "update.txt").read_text(encoding="utf-8")
    '- An item in 2025'
    """
    path = Path(folder) / name
    path.write_text(text, encoding="utf-8")
    return path


def table_rows(frame: Any, *columns: str) -> list[list]:
    """The values of ``columns`` in each row of a loader's table, as lists (what a test
    compares with a careful reader's reading).

    Examples
    --------
    >>> import pandas as pd
    >>> table_rows(pd.DataFrame({"rec_id": [1, 2], "owners": [["WG"], []]}), "owners", "rec_id")
    [[['WG'], 1], [[], 2]]
    """
    return [list(row) for row in frame[list(columns)].itertuples(index=False)]


def parse_document(path: str | Path | None, kind: str = "recommendations") -> Any:
    """The parse of the document at ``path`` read as ``kind`` ("recommendations" or
    "programme"; None: the shipped one), its data-quality warnings ignored: what a test of a
    reader's items, areas or grants looks at.

    Examples
    --------
    >>> parsed = parse_document(None, "programme")
    >>> len(parsed.programme), parsed.programme["item_id"].iloc[0]
    (30, '6.1')
    """
    from wlga_analysis import documents

    if kind == "recommendations":
        from wlga_analysis.recommendations import parse_recommendations as parse
    else:
        from wlga_analysis.programme import parse_programme as parse
    return quietly(parse, documents.read_document(path, kind))


def parse_issues(path: str | Path, kind: str = "recommendations") -> list:
    """The data-quality issues a parse of the document at ``path`` finds (no warnings
    emitted): what a test of the findings looks at.

    Examples
    --------
    >>> [issue.check for issue in parse_issues(None)][:1]
    ['no owner']
    """
    return list(parse_document(path, kind).issues)
