"""Interpreters: read the document model (:mod:`wlga_analysis.read`) into tidy tables.

- :mod:`~wlga_analysis.interpret.recommendations`: a Working Group recommendations table.
- :mod:`~wlga_analysis.interpret.programme`: Improvement Programme updates.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


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
