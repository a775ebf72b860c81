"""Regular expressions compiled on first use, not at import.

Compiling a pattern costs 0.1 to 2 ms; a cold parse of one document compiles about two
hundred, and many of them serve only layouts the document does not use (other date forms,
the case-insensitive twin of a pattern that ASCII text reads in lower case). A
:class:`LazyPattern` compiles when one of its methods or attributes is first asked for,
then keeps the compiled pattern's methods as its own attributes, so that later calls cost
what the compiled pattern's do.

Examples
--------
>>> word = LazyPattern(r"\\bgrants?\\b", re.IGNORECASE)
>>> word.search("Two GRANTS were paid.").group(0), word.pattern
('GRANTS', '\\\\bgrants?\\\\b')
>>> LazyPattern("(").search("x")
Traceback (most recent call last):
...
re.error: missing ), unterminated subpattern at position 0
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["LazyPattern"]


class LazyPattern:
    """A regular expression compiled (by :func:`re.compile`) the first time it is used.

    Use it where a module-level ``compile_regex(...)`` would be, for patterns called through
    their methods (``search``, ``match``, ``finditer``, ``sub``, ...) or read through their
    attributes (``pattern``, ``flags``, ``groupindex``). It is not a :class:`re.Pattern`:
    do not pass it to :func:`re.search` and friends.

    Parameters
    ----------
    pattern : str
        The regular expression.
    flags : int
        :mod:`re` flags.

    Examples
    --------
    >>> year = LazyPattern(r"(?P<year>(?:19|20)\\d{2})")
    >>> year.compiled is None
    True
    >>> year.match("2024-25").group("year"), year.compiled is not None
    ('2024', True)
    """

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)
        self.compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Called only for names not yet in the instance: compile, then copy the
        # compiled pattern's attribute here so that the next lookup is a plain one.
        if name.startswith("__"):
            raise AttributeError(name)
        if self.compiled is None:
            self.compiled = compile_regex(*self._source)
        value = getattr(self.compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"
