"""Test support: synthetic documents and helpers for the test suite (not runtime code)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["quietly"]

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
