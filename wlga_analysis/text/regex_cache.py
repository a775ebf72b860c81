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

The same file keeps a few **facts read off a pattern's parse** (:func:`remembered`: the
characters a match starts with, the words every match holds), which the pre-filters of
:mod:`wlga_analysis.text.prefilter` and :mod:`wlga_analysis.status` work out by parsing
each pattern again: about a twentieth of a cold call. Those depend on the package's own
code too, so each is kept with the size and time of the module that works it out, and
worked out again when that module changed.

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
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

__all__ = ["MAX_CODE_BYTES", "cache_file", "compile_regex", "remembered"]

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


#: A fact's key: (what it is, (its module, the module's size and modification time),
#: pattern, flags).
_FactKey = tuple[str, tuple[str, int, int], str, int]


class _State:
    """The cache of this process: ``entries`` and ``facts`` read from the file (None: not
    read yet), ``used`` the keys this process compiled, reused or looked up, ``new``
    whether any was new; ``stamps`` each fact module's (size, modification time)."""

    entries: dict[tuple[str, int], _Entry] | None = None
    facts: ClassVar[dict[_FactKey, Any]] = {}  # (replaced by the file's when it is read)
    used: ClassVar[set[Any]] = set()
    new = False
    stamps: ClassVar[dict[str, tuple[str, int, int]]] = {}


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


def _read() -> tuple[dict[tuple[str, int], _Entry], dict[_FactKey, Any]]:
    """The file's patterns and facts: none when it is missing, another interpreter's, or
    damaged (its checksum differs: the engine does not check every code it is given)."""
    try:
        key, checksum, payload = marshal.loads(cache_file().read_bytes())
        if key != _KEY or checksum != zlib.crc32(payload):
            return {}, {}
        entries, facts = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if not isinstance(entries, dict) or not isinstance(facts, dict):
        return {}, {}
    return entries, facts


def _load() -> dict[tuple[str, int], _Entry]:
    """This process's patterns, the file read on first use."""
    if _State.entries is None:
        _State.entries, _State.facts = _read()
        _State.new = _over_limit(_State.entries)  # (then written again, smaller, at exit)
    return _State.entries


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
    entries = _load()
    key = (pattern, flags)
    entry = entries.get(key)
    if entry is None:
        try:
            entry = _entry(pattern, flags)
        except re.error:
            raise
        except Exception:  # pragma: no cover - the private compiler changed
            return re.compile(pattern, flags)
        entries[key] = entry
        _State.new = True
    _State.used.add(key)
    final_flags, code, groups, groupindex, indexgroup = entry
    try:
        return _sre.compile(pattern, final_flags, array.array(_WORD, code).tolist(), groups,
                            groupindex, indexgroup)
    except Exception:  # a damaged entry: the module's own way
        return re.compile(pattern, flags)


_T = TypeVar("_T")


def _stamp(module: str) -> tuple[str, int, int] | None:
    """``module`` and the size and modification time of its source file (read once a
    process)."""
    stamp = _State.stamps.get(module)
    if stamp is None:
        try:
            info = os.stat(sys.modules[module].__file__ or "")
        except (KeyError, OSError):
            return None
        stamp = _State.stamps[module] = (module, info.st_size, info.st_mtime_ns)
    return stamp


def remembered(kind: str, pattern: str, flags: int, work_out: Callable[[str, int], _T]) -> _T:
    """``work_out(pattern, flags)``, a fact read off a pattern's parse, kept between
    processes in the cache file (see the module's notes).

    The fact is kept only when it can be written by :mod:`marshal` (None, numbers,
    strings, and tuples, lists, sets and dicts of them); it is worked out again whenever
    the module that defines ``work_out`` changed (its size or modification time). An
    exception ``work_out`` raises is raised each time, never kept.

    Parameters
    ----------
    kind : str
        What the fact is (a name unique to ``work_out``).
    pattern : str
        The regular expression.
    flags : int
        :mod:`re` flags.
    work_out : callable
        ``work_out(pattern, flags)`` gives the fact.

    Returns
    -------
    The fact.

    Examples
    --------
    >>> remembered("example: groups", r"(a)(b)?", 0, lambda p, f: re.compile(p, f).groups)
    2
    """
    stamp = _stamp(work_out.__module__) if _enabled() else None
    if stamp is None:
        return work_out(pattern, flags)
    _load()
    key = (kind, stamp, pattern, int(flags))
    facts = _State.facts
    if key in facts:
        _State.used.add(key)
        return facts[key]  # type: ignore[no-any-return]
    fact = work_out(pattern, flags)
    try:
        marshal.dumps(fact)
    except ValueError:  # not a value marshal keeps: worked out every time
        return fact
    facts[key] = fact
    _State.used.add(key)
    _State.new = True
    return fact


def _over_limit(entries: dict[tuple[str, int], _Entry]) -> bool:
    return sum(len(entry[1]) for entry in entries.values()) > MAX_CODE_BYTES


def _write() -> None:
    """Write the cache file (at exit), when this process compiled a new pattern."""
    entries, facts = _State.entries, _State.facts
    if not _State.new or entries is None or not _enabled():
        return
    if _over_limit(entries):
        entries = {key: entries[key] for key in sorted(_State.used, key=repr) if key in entries}
        facts = {key: facts[key] for key in sorted(_State.used, key=repr) if key in facts}
    current = _State.stamps  # (facts of a module since changed are dropped)
    facts = {key: fact for key, fact in facts.items()
             if current.get(key[1][0], key[1]) == key[1]}
    target = cache_file()
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(exist_ok=True)
        payload = marshal.dumps((entries, facts))
        temporary.write_bytes(marshal.dumps((_KEY, zlib.crc32(payload), payload)))
        os.replace(temporary, target)
    except (OSError, ValueError):  # a read-only install, a full disk: compile next time
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    else:
        _State.new = False


atexit.register(_write)
