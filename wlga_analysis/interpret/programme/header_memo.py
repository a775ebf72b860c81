"""Facts of a table's row of headers, read once per distinct row.

A paper of thousands of small tables prints the same few rows of headers again and again;
each pass of the interpreter asks of every table what its headers are (an actions table, a
status board, a risk register, a grants table by year). :func:`by_headers` caches such a
question's answer per row of headers and per version of the reference lists the answer
may depend on (``programme_columns.csv``, ``programme_words.csv``), so a changed list is
read afresh. The cached answers must be immutable (a tuple, a bool, None).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from wlga_analysis import config
from wlga_analysis.reference import file_identity, programme_columns, reading_token

__all__ = ["by_headers"]

T = TypeVar("T")

_MISSING = object()
#: Distinct rows of headers kept per question (a hostile paper's rows are all different).
_LIMIT = 4_096


def by_headers(question: Callable[[tuple[str, ...]], T]) -> Callable[[tuple[str, ...]], T]:
    """``question`` (a function of a row of headers, as a tuple) answered once per row of
    headers and version of the programme reference lists.

    Examples
    --------
    >>> calls = []
    >>> @by_headers
    ... def width(headers):
    ...     calls.append(headers)
    ...     return len(headers)
    >>> width(("Ref", "Action")), width(("Ref", "Action")), len(calls)
    (2, 2, 1)
    """
    cache: dict[tuple[str, ...], T] = {}
    version: list[object] = [None, None, None]  # the lists' versions, checked in a reading

    @wraps(question)
    def answer(headers: tuple[str, ...]) -> T:
        reading = reading_token()
        if reading is None or reading is not version[2]:  # (a reading: the lists stay put)
            columns, words = programme_columns(), file_identity(config.PROGRAMME_WORDS_FILE)
            if version[0] is not columns or version[1] != words:  # (a list changed: afresh)
                cache.clear()
                version[:2] = [columns, words]
            version[2] = reading
        got = cache.get(headers, _MISSING)
        if got is _MISSING:
            if len(cache) >= _LIMIT:
                cache.clear()
            got = cache[headers] = question(headers)
        return got  # type: ignore[return-value]

    return answer
