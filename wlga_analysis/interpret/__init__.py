"""Interpreters: read the document model (:mod:`wlga_analysis.read`) into tidy tables.

- :mod:`~wlga_analysis.interpret.recommendations`: a Working Group recommendations table.
- :mod:`~wlga_analysis.interpret.programme`: Improvement Programme updates.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any, TypeVar

from wlga_analysis.errors import ParseError

__all__ = ["collector_paused", "refusals_kept"]

F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector in the block (as ``timeit`` does).

    A parse allocates hundreds of thousands of blocks, rows and strings that all live until
    it ends; the collector would walk them again and again (a fifth of the time of a 1 MB
    document), the more so in a session that holds many tables already. Nothing is lost:
    the collector runs as usual afterwards. If it was already off, it stays off.

    Examples
    --------
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def refusals_kept(parse: F) -> F:
    """``parse`` (a parse cached per document, :func:`functools.lru_cache`) with its
    refusals kept too: a document it refused (a :class:`ParseError`) is refused again, with
    the same message, without being read again (every loader of a kind asks for the same
    parse, and a 1 MB document refused would otherwise be read once per loader).
    ``cache_clear`` forgets both.

    Examples
    --------
    >>> calls = []
    >>> @refusals_kept
    ... def parse(name):
    ...     calls.append(name)
    ...     raise ParseError("not a programme update", path=name)
    >>> for _ in range(2):
    ...     try:
    ...         parse("notes.txt")
    ...     except ParseError as exc:
    ...         print(exc)
    notes.txt: not a programme update
    notes.txt: not a programme update
    >>> len(calls)
    1
    """
    # (what was said, not the error: its traceback would keep the parse's frames alive)
    refused: dict[tuple[Any, ...], tuple[str, str | None, int | None]] = {}

    @wraps(parse)
    def kept(*args: Any) -> Any:
        known = refused.get(args)
        if known is not None:
            raise ParseError(known[0], path=known[1], line=known[2])
        try:
            return parse(*args)
        except ParseError as exc:
            if len(refused) >= 16:
                refused.clear()
            refused[args] = (exc.message, exc.path, exc.line)
            raise

    def cache_clear() -> None:
        refused.clear()
        getattr(parse, "cache_clear", lambda: None)()

    kept.cache_clear = cache_clear  # type: ignore[attr-defined]
    return kept  # type: ignore[return-value]
