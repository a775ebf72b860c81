"""The compiled-pattern cache (issue 9: the first call of a fresh process): a pattern built
from the cache is the very pattern re.compile builds (``re.Pattern`` equality compares the
engine's code), and a missing, damaged, foreign or unwritable cache only costs time."""

from __future__ import annotations

import array
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from wlga_analysis import status
from wlga_analysis.text import prefilter, regex_cache
from wlga_analysis.text.regex_cache import compile_regex

ROOT = Path(__file__).resolve().parents[1]

#: Patterns of the kinds the package compiles: named groups, lookbehind, possessive and
#: atomic parts, case-insensitive groups, Unicode classes, verbose mode, back-references.
PATTERNS = [
    (r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>January|February|Mawrth)", 0),
    (r"(?<!\w)£\s*+(?P<num>\d{1,3}(?:,\d{3})++)(?!\d)", 0),
    (r"(?i:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:financial\s+)?year)", 0),
    (r"\b(?:WG|WLGA|LAs?)\b", re.IGNORECASE),
    (r"(?>a+)b|(\*\*|__)([^*_]+)\1", re.DOTALL),
    (r"""(?x) ^ \s* (?P<n> \d+ ) [.)] \s+   # a number
         (?P<rest> .* ) $""", re.MULTILINE),
    (r"[\u2013\u2014-]\s*(?:Ch\u0175efror|Gorffennaf)", re.IGNORECASE | re.UNICODE),
    (r"(?-i:[^\x00-\x41])(?<=(?=x)y)", 0),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache of this process, kept in ``tmp_path``."""
    target = tmp_path / "__pycache__" / "regex.test.marshal"
    monkeypatch.setattr(regex_cache, "cache_file", lambda: target)
    monkeypatch.setattr(regex_cache._State, "entries", None)
    monkeypatch.setattr(regex_cache._State, "used", set())
    monkeypatch.setattr(regex_cache._State, "new", False)
    monkeypatch.setattr(regex_cache._State, "facts", {})
    monkeypatch.setattr(regex_cache._State, "stamps", {})
    monkeypatch.delenv("WLGA_ANALYSIS_REGEX_CACHE", raising=False)
    return target


def _fresh_process_state(monkeypatch) -> None:
    monkeypatch.setattr(regex_cache._State, "entries", None)
    monkeypatch.setattr(regex_cache._State, "used", set())
    monkeypatch.setattr(regex_cache._State, "new", False)
    monkeypatch.setattr(regex_cache._State, "facts", {})
    monkeypatch.setattr(regex_cache._State, "stamps", {})


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_pattern_re_compile_builds(cache, monkeypatch,
                                                                     pattern, flags):
    first = compile_regex(pattern, flags)
    regex_cache._write()
    assert cache.exists()
    _fresh_process_state(monkeypatch)
    again = compile_regex(pattern, flags)  # built from the file this time
    assert (pattern, int(flags)) in regex_cache._State.entries
    assert not regex_cache._State.new
    expected = re.compile(pattern, flags)
    for built in (first, again):
        assert built == expected  # same pattern, flags and engine code
        assert (built.groups, built.groupindex, built.flags) == \
            (expected.groups, expected.groupindex, expected.flags)


def test_every_pattern_a_cold_parse_keeps_is_the_one_re_compile_builds(tmp_path):
    """Load both shipped documents in a fresh process with the cache in ``tmp_path``, then
    compare every pattern the file holds with re.compile's."""
    target = tmp_path / "regex.marshal"
    code = ("import warnings; warnings.simplefilter('ignore')\n"
            "from wlga_analysis.text import regex_cache\n"
            f"regex_cache.cache_file = lambda: __import__('pathlib').Path({str(target)!r})\n"
            "import wlga_analysis as wa\n"
            "wa.load_programme(); wa.load_recommendations()\n")
    env = {**os.environ, "WLGA_ANALYSIS_REGEX_CACHE": "1"}
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
    key, checksum, payload = marshal.loads(target.read_bytes())
    assert key == regex_cache._KEY and checksum == zlib.crc32(payload)
    entries, facts = marshal.loads(payload)
    assert len(entries) > 100  # a cold parse compiles over a hundred patterns
    for (pattern, flags), (final, code, groups, index, names) in entries.items():
        words = array.array(regex_cache._WORD, code).tolist()
        built = regex_cache._sre.compile(pattern, final, words, groups, index, names)
        assert built == re.compile(pattern, flags), pattern
    # every fact read off a pattern's parse is the one worked out now
    work_out = {"prefilter: first character": prefilter._first_character,
                "status: required substrings": status._required_substrings}
    kinds = [kind for kind, *_ in facts]
    assert kinds.count("prefilter: first character") > 20
    assert kinds.count("status: required substrings") > 20
    for (kind, (module, _size, _mtime), pattern, flags), fact in facts.items():
        assert work_out[kind].__module__ == module
        assert fact == work_out[kind](pattern, flags), (kind, pattern)


def _file(entries: object, key: object = None, checksum: int | None = None) -> bytes:
    payload = marshal.dumps((entries, {}))
    return marshal.dumps((key or regex_cache._KEY,
                          zlib.crc32(payload) if checksum is None else checksum, payload))


_PATTERN = r"(?P<q>Q[1-4])\s+(?P<year>\d{4})"
#: Engine code that CPython accepts but that is not the pattern's ("succeed at once").
_WRONG_CODE = (0, b"\x01\x00\x00\x00" * 3, 2, {"q": 1, "year": 2}, (None, "q", "year"))


@pytest.mark.parametrize("damage", [
    b"", b"not marshal at all", marshal.dumps([1, 2, 3]),
    _file({}, key=("another python",)),
    _file({(_PATTERN, 0): _WRONG_CODE}, checksum=12345),  # changed after it was written
    _file({(_PATTERN, 0): (0, "code of the wrong type", 2, {}, ())}),
    _file({(_PATTERN, 0): (0, b"\x07\x00\x00\x00" * 5, 2, {}, ())}),  # code CPython refuses
    _file(["not", "a", "dict"]),
    marshal.dumps((regex_cache._KEY, zlib.crc32(b"x"), b"x")),  # a payload of no pair
    marshal.dumps((regex_cache._KEY, zlib.crc32(p := marshal.dumps({})), p)),  # the old form
])
def test_a_damaged_or_foreign_file_is_ignored(cache, monkeypatch, damage):
    pattern = _PATTERN
    cache.parent.mkdir()
    cache.write_bytes(damage)
    built = compile_regex(pattern)
    assert built == re.compile(pattern)
    assert built.match("Q3 2025").group("year") == "2025"


def test_errors_are_re_compiles(cache):
    with pytest.raises(re.error, match="missing"):
        compile_regex("(unclosed")
    with pytest.raises(ValueError, match="LOCALE"):
        compile_regex("x", re.LOCALE)


def test_nothing_is_written_when_nothing_was_new(cache, monkeypatch):
    compile_regex(r"\bboard\b")
    regex_cache._write()
    stamp = cache.stat().st_mtime_ns
    _fresh_process_state(monkeypatch)
    compile_regex(r"\bboard\b")
    cache.unlink()
    regex_cache._write()
    assert not cache.exists() and stamp


def test_an_unwritable_folder_only_costs_time(cache, monkeypatch):
    cache.parent.parent.mkdir(exist_ok=True)
    cache.parent.write_text("a file where the folder should be")
    assert compile_regex(r"\d+ councils") == re.compile(r"\d+ councils")
    regex_cache._write()  # no exception
    assert not list(cache.parent.parent.glob("**/*.tmp"))


def test_the_cache_can_be_switched_off(cache, monkeypatch):
    monkeypatch.setenv("WLGA_ANALYSIS_REGEX_CACHE", "0")
    assert compile_regex(r"\bgrant\b") == re.compile(r"\bgrant\b")
    regex_cache._write()
    assert regex_cache._State.entries is None and not cache.exists()


def test_past_its_limit_a_process_keeps_only_the_patterns_it_used(cache, monkeypatch):
    for k in range(8):
        compile_regex(f"word{k}")
    size = sum(len(entry[1]) for entry in regex_cache._State.entries.values())
    monkeypatch.setattr(regex_cache, "MAX_CODE_BYTES", size - 1)
    regex_cache._write()
    _fresh_process_state(monkeypatch)
    for k in (1, 2):
        compile_regex(f"word{k}")
    compile_regex("word new")
    regex_cache._write()
    entries, _facts = marshal.loads(marshal.loads(cache.read_bytes())[2])
    assert sorted(p for p, _ in entries) == ["word new", "word1", "word2"]


def test_the_package_compiles_its_patterns_through_the_cache():
    """A module that calls re.compile (outside a docstring example) would compile its
    patterns in every process again: every pattern goes through compile_regex."""
    package = ROOT / "wlga_analysis"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if "testing" in path.parts or path.name == "regex_cache.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if re.search(r"(?<![\w.])re\.compile\(", code) and ">>>" not in line \
                    and not line.lstrip().startswith("..."):
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert offenders == []


def test_a_file_over_its_limit_is_written_again_with_what_a_run_used(cache, monkeypatch):
    for k in range(6):
        compile_regex(f"pattern {k}")
    regex_cache._write()
    monkeypatch.setattr(regex_cache, "MAX_CODE_BYTES", 10)  # (the file is now over it)
    _fresh_process_state(monkeypatch)
    compile_regex("pattern 3")  # nothing new: only the limit makes this run write
    regex_cache._write()
    entries, _facts = marshal.loads(marshal.loads(cache.read_bytes())[2])
    assert list(entries) == [("pattern 3", 0)]


# ------------------------------------------------------------------ facts of a pattern
_CALLS: list[str] = []


def _groups_of(pattern: str, flags: int) -> int:
    _CALLS.append(pattern)
    return re.compile(pattern, flags).groups


def test_a_fact_is_worked_out_once_and_read_from_the_file_after(cache, monkeypatch):
    _CALLS.clear()
    assert regex_cache.remembered("test: groups", r"(a)(b)", 0, _groups_of) == 2
    assert regex_cache.remembered("test: groups", r"(a)(b)", 0, _groups_of) == 2
    regex_cache._write()
    _fresh_process_state(monkeypatch)
    assert regex_cache.remembered("test: groups", r"(a)(b)", 0, _groups_of) == 2
    assert _CALLS == [r"(a)(b)"]  # worked out once, in the first process


def test_a_fact_is_worked_out_again_when_its_module_changed(cache, monkeypatch):
    _CALLS.clear()
    regex_cache.remembered("test: groups", r"(x)", 0, _groups_of)
    regex_cache._write()
    _fresh_process_state(monkeypatch)
    module, size, mtime = regex_cache._stamp(__name__)
    monkeypatch.setattr(regex_cache._State, "stamps", {module: (module, size + 1, mtime)})
    assert regex_cache.remembered("test: groups", r"(x)", 0, _groups_of) == 1
    assert _CALLS == [r"(x)", r"(x)"]
    compile_regex("something new")  # (a write) drops the fact of the module as it was
    regex_cache._write()
    _entries, facts = marshal.loads(marshal.loads(cache.read_bytes())[2])
    assert [key[1] for key in facts] == [(module, size + 1, mtime)]


def test_errors_and_facts_marshal_cannot_keep_are_never_kept(cache):
    with pytest.raises(re.error):
        regex_cache.remembered("test: groups", "(unclosed", 0, _groups_of)
    fact = regex_cache.remembered("test: pattern", "ab", 0, lambda p, f: re.compile(p, f))
    assert fact == re.compile("ab")
    assert regex_cache._State.facts == {}


def test_facts_switched_off_with_the_cache(cache, monkeypatch):
    monkeypatch.setenv("WLGA_ANALYSIS_REGEX_CACHE", "0")
    _CALLS.clear()
    for _ in range(2):
        assert regex_cache.remembered("test: groups", r"(a)", 0, _groups_of) == 1
    assert _CALLS == [r"(a)", r"(a)"] and regex_cache._State.facts == {}
