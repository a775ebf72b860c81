"""Regular expressions compiled once per machine, not once per process.

A cold parse compiles about a hundred and thirty patterns, and :func:`re.compile` spends
most of that time in Python (parsing the pattern, then writing the engine's code): about a
tenth of the first call on a large document. :func:`compile_regex` keeps the engine's code
of every pattern it compiled in a file beside the package's byte code (as ``.pyc`` files
keep a module's code), and builds a later process's patterns from it directly, with the
function the :mod:`re` module itself builds them with (``_sre.compile``).

That function is CPython's own and private, so the cache is used only where it is safe:

* the file is keyed on the exact interpreter (``sys.version``) and the engine's version
  (``_sre.MAGIC``, ``_sre.CODESIZE``); any other interpreter ignores it and compiles;
* the file carries a checksum of its patterns, checked when it is read (the engine checks
  the code it is given, but not every damage shows there);
* every failure (no file, a damaged or foreign file, a folder that is not writable, a
  Python without ``_sre``) falls back to :func:`re.compile`, silently: the result is the
  same pattern either way, only slower;
* the file is written at exit, only when a pattern was new, by an atomic rename (parallel
  processes never leave a half-written file), and is kept under :data:`MAX_CODE_BYTES`.

Set ``WLGA_ANALYSIS_REGEX_CACHE=0`` to neither read nor write it.

Examples
--------
>>> word = compile_regex(r"\\bgrants?\\b", re.IGNORECASE)
>>> word.search("Two GRANTS were paid.").group(0)
'GRANTS'
>>> word == re.compile(r"\\bgrants?\\b", re.IGNORECASE)
True
"""

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any, ClassVar

__all__ = ["MAX_CODE_BYTES", "cache_file", "compile_regex"]

#: Most bytes of engine code the file keeps (reading it costs about 3 ms a megabyte): past
#: it, a process writes only the patterns it used. (Patterns built from word lists change
#: as the lists and the words a process has met do; a test run compiles many of its own.)
MAX_CODE_BYTES = 400_000

#: (flags, the engine's code as machine words, groups, groupindex, indexgroup)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

try:  # CPython's engine and compiler (private: every use below falls back to re.compile)
    import _sre
    from re import _compiler, _parser

    _KEY: tuple[Any, ...] | None = (sys.version, _sre.MAGIC, _sre.CODESIZE)
    #: The array type of the engine's code words (kept as bytes: a file of lists of
    #: numbers took 9 ms to read, one of bytes a fraction of one).
    _WORD = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - not CPython
    _KEY = None


class _State:
    """The cache of this process: ``entries`` read from the file (None: not read yet),
    ``used`` the keys this process compiled or reused, ``new`` whether any was new."""

    entries: dict[tuple[str, int], _Entry] | None = None
    used: ClassVar[set[tuple[str, int]]] = set()
    new = False


def _enabled() -> bool:
    return _KEY is not None and os.environ.get("WLGA_ANALYSIS_REGEX_CACHE", "1") != "0"


def cache_file() -> Path:
    """The file the compiled patterns are kept in (in the package's ``__pycache__``).

    Examples
    --------
    >>> cache_file().parent.name
    '__pycache__'
    """
    tag = sys.implementation.cache_tag or "python"
    return Path(__file__).resolve().parent.parent / "__pycache__" / f"regex.{tag}.marshal"


def _read() -> dict[tuple[str, int], _Entry]:
    """The file's patterns: none when it is missing, another interpreter's, or damaged
    (its checksum differs: the engine does not check every code it is given)."""
    try:
        key, checksum, payload = marshal.loads(cache_file().read_bytes())
        if key != _KEY or checksum != zlib.crc32(payload):
            return {}
        entries = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _entry(pattern: str, flags: int) -> _Entry:
    """What ``re.compile`` hands the engine for ``pattern`` (as its module does it)."""
    parsed = _parser.parse(pattern, flags)
    code = array.array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, \
        tuple(indexgroup)


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`re.compile`, with the engine's code of ``pattern`` kept between processes.

    Parameters
    ----------
    pattern : str
        The regular expression.
    flags : int
        :mod:`re` flags.

    Returns
    -------
    re.Pattern
        The same pattern :func:`re.compile` returns (equal to it).

    Raises
    ------
    re.error
        As :func:`re.compile` raises it.

    Examples
    --------
    >>> compile_regex(r"(?P<year>\\d{4})").match("2024-25").group("year")
    '2024'
    """
    flags = int(flags)
    if not isinstance(pattern, str) or flags & re.DEBUG or not _enabled():
        return re.compile(pattern, flags)
    if _State.entries is None:
        _State.entries = _read()
        _State.new = _over_limit(_State.entries)  # (then written again, smaller, at exit)
    key = (pattern, flags)
    entry = _State.entries.get(key)
    if entry is None:
        try:
            entry = _entry(pattern, flags)
        except re.error:
            raise
        except Exception:  # pragma: no cover - the private compiler changed
            return re.compile(pattern, flags)
        _State.entries[key] = entry
        _State.new = True
    _State.used.add(key)
    final_flags, code, groups, groupindex, indexgroup = entry
    try:
        return _sre.compile(pattern, final_flags, array.array(_WORD, code).tolist(), groups,
                            groupindex, indexgroup)
    except Exception:  # a damaged entry: the module's own way
        return re.compile(pattern, flags)


def _over_limit(entries: dict[tuple[str, int], _Entry]) -> bool:
    return sum(len(entry[1]) for entry in entries.values()) > MAX_CODE_BYTES


def _write() -> None:
    """Write the cache file (at exit), when this process compiled a new pattern."""
    entries = _State.entries
    if not _State.new or entries is None or not _enabled():
        return
    if _over_limit(entries):
        entries = {key: entries[key] for key in sorted(_State.used)}
    target = cache_file()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(exist_ok=True)
        payload = marshal.dumps(entries)
        temporary.write_bytes(marshal.dumps((_KEY, zlib.crc32(payload), payload)))
        os.replace(temporary, target)
    except (OSError, ValueError):  # a read-only install, a full disk: compile next time
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    else:
        _State.new = False


atexit.register(_write)
