"""Frozen rows of the timing tables, made without generating code at import.

``@dataclass(frozen=True)`` writes the source of a class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__``, ``__setattr__`` and ``__delattr__`` and compiles it when the
module is imported: about 4 million instructions a class, paid by every first call in a
fresh process. The rows of a table built once at import (:data:`~wlga_analysis.quarters.
TIMING_PATTERNS`, :data:`~wlga_analysis.text.milestone.MILESTONE_RULES`) need none of
that: :class:`FrozenRow` gives a class with ``__slots__`` the same behaviour (a ``repr``
naming its fields, equality and hash by its fields in order, no attribute set or deleted
after ``__init__``) from methods written once, here.

Examples
--------
>>> class Pair(FrozenRow):
...     __slots__ = _fields = ("left", "right")
...
...     def __init__(self, left: int, right: int = 0) -> None:
...         self._set(left=left, right=right)
>>> Pair(1), Pair(1) == Pair(1, 0), Pair(1) == Pair(2)
(Pair(left=1, right=0), True, False)
>>> Pair(1).left = 3
Traceback (most recent call last):
...
dataclasses.FrozenInstanceError: cannot assign to field 'left'
>>> import copy
>>> copy.deepcopy(Pair(1, 2))
Pair(left=1, right=2)
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from typing import Any

__all__ = ["FrozenRow"]


class FrozenRow:
    """Base of a frozen row: a subclass names its fields in ``_fields`` (in order) and in
    ``__slots__``, and sets them in ``__init__`` with :meth:`_set`.

    Examples
    --------
    >>> class One(FrozenRow):
    ...     __slots__ = _fields = ("name",)
    ...
    ...     def __init__(self, name: str) -> None:
    ...         self._set(name=name)
    >>> hash(One("a")) == hash(One("a")), One("a") != One("b")
    (True, True)
    """

    __slots__ = ()
    #: The fields, in order (their repr, equality and hash read them so).
    _fields: tuple[str, ...] = ()

    def _set(self, **values: Any) -> None:
        """Set the fields (once, from ``__init__``)."""
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def replaced(self, **changes: Any) -> Any:
        """A copy with the fields ``changes`` names set to its values (as
        :func:`dataclasses.replace` makes one; ``__init__`` takes the fields by name).

        Examples
        --------
        >>> class Pair(FrozenRow):
        ...     __slots__ = _fields = ("left", "right")
        ...
        ...     def __init__(self, left: int, right: int = 0) -> None:
        ...         self._set(left=left, right=right)
        >>> Pair(1, 2).replaced(right=5)
        Pair(left=1, right=5)
        """
        return type(self)(**{**dict(zip(self._fields, self._values(), strict=True)),
                             **changes})

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __setstate__(self, state: Any) -> None:
        """Restore a row copied or unpickled (its slots, set as :meth:`_set` sets them)."""
        slots = state[1] if isinstance(state, tuple) else state
        for name, value in (slots or {}).items():
            object.__setattr__(self, name, value)
