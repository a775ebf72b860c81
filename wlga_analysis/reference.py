"""Analyst-editable reference lists kept in ``data/raw/`` (owner codes, organisations,
status rules, the recommendation-to-delivery crosswalk, item matches across updates).

They are small CSV files an analyst may edit (by a reviewed commit); each reader checks
the columns it needs and fails with a :class:`~wlga_analysis.errors.ParseError` naming the
file and line otherwise.

Examples
--------
>>> codes = load_owner_codes()
>>> codes.loc[codes["code"] == "WG", "name"].item()
'Welsh Government'
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import hashlib
import io
import os
import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache, wraps
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import pandas as pd

from wlga_analysis import config
from wlga_analysis.errors import ParseError
from wlga_analysis.text.regex_cache import compile_regex


def read_reference_csv(path: str | Path, required: tuple[str, ...], *,
                       with_lines: bool = False) -> pd.DataFrame:
    """Read a small UTF-8 CSV with the ``required`` columns (all read as text).

    Empty cells become missing values; leading and trailing spaces are stripped.
    Lines starting with ``#`` are comments.

    Parameters
    ----------
    path : str or Path
        The CSV file.
    required : tuple of str
        Columns the file must have (others are kept too).
    with_lines : bool
        Add a ``csv_line`` column: the 1-based line of the file where each row starts, for
        error messages about a row.

    Returns
    -------
    DataFrame
        One row per data line, every column of the file as text.

    Raises
    ------
    ParseError
        If the file cannot be read, is not UTF-8, lacks a required column, or a row has
        more cells than the header.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "owners.csv"
    ...     _ = path.write_text("# owner codes\\ncode,name\\n WG , Welsh Government\\nLG,\\n",
    ...                         encoding="utf-8")
    ...     codes = read_reference_csv(path, ("code", "name"))
    ...     read_reference_csv(path, ("code", "full_name"))
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: .../owners.csv, line 2: missing column(s) full_name; expected
    code, full_name
    >>> codes
      code              name
    0   WG  Welsh Government
    1   LG               NaN
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "owners.csv"
    ...     _ = path.write_text("# owner codes\\ncode,name\\n\\nWG,Welsh Government\\n")
    ...     read_reference_csv(path, ("code",), with_lines=True)["csv_line"].tolist()
    [4]
    """
    # Cached on the file's identity: loaders read these lists on every call.
    frame = _read_cached(*file_identity(path), tuple(required)).copy()
    return frame if with_lines else frame.drop(columns="csv_line")


def file_identity(path: str | Path) -> tuple[str, str, int]:
    """``(path, sha256, size)`` of a reference file: a cache key that changes with it.

    Keyed on the content, never on the modification time: a rewrite that keeps the size
    and the mtime (``cp -p``, ``rsync -t``, a checkout) is still seen.

    Raises
    ------
    ParseError
        If the file cannot be read.

    Examples
    --------
    >>> key = file_identity(config.OWNER_CODES_FILE)
    >>> key[0].endswith("owner_codes.csv"), key[2] > 0
    (True, True)
    """
    seen = _SEEN.get()
    if seen is not None:  # (the same path object asked again: found by its id, no fspath)
        same = seen.get(id(path))
        if same is not None and same[0] is path:
            return same[1]
    key = os.fspath(path) if seen is not None else ""
    if seen is not None and key in seen:
        return seen[key]
    given, path = path, Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read reference list: {exc}", path=path) from None
    identity = str(path), hashlib.sha256(data).hexdigest(), len(data)
    if seen is not None:
        seen[key] = identity
        seen[id(given)] = (given, identity)  # (the object kept: its id is not reused)
    return identity


#: The identities read so far by the innermost :func:`one_reading` (None outside one).
_SEEN: contextvars.ContextVar[dict[Any, Any] | None] = \
    contextvars.ContextVar("wlga_analysis_reference_identities", default=None)


def reading_token() -> object | None:
    """The innermost :func:`one_reading`'s token: the same object throughout the block (and
    a different one in each block), None outside one. Within one reading no reference file
    changes, so a cache that checked the lists' versions under this token need not check
    them again until it changes.

    Examples
    --------
    >>> reading_token() is None
    True
    >>> with one_reading():
    ...     token = reading_token()
    ...     token is not None and token is reading_token()
    True
    """
    return _SEEN.get()


_R = TypeVar("_R")


def per_reading(question: Callable[..., _R]) -> Callable[..., _R]:
    """``question`` (a function of hashable arguments whose answer depends on nothing else
    but the reference lists) answered once per arguments within one :func:`one_reading`:
    the interpreters' rules ask the same of the same text, each in its own pass. Outside a
    reading it is asked every time; its answers are forgotten when the reading ends or
    another begins. The answers must be immutable.

    Examples
    --------
    >>> calls = []
    >>> @per_reading
    ... def length(text):
    ...     calls.append(text)
    ...     return len(text)
    >>> with one_reading():
    ...     length("Theme 1"), length("Theme 1")
    (7, 7)
    >>> length("Theme 1"), len(calls)  # (outside a reading: asked again)
    (7, 2)
    """
    cache: dict[tuple[Any, ...], Any] = {}
    token: list[object] = [None]

    @wraps(question)
    def answer(*args: Any) -> _R:
        reading = _SEEN.get()
        if reading is None:
            return question(*args)
        if reading is not token[0]:  # (another reading: the lists may have changed)
            cache.clear()
            token[0] = reading
        got = cache.get(args, _NOT_ASKED)
        if got is _NOT_ASKED:
            got = cache[args] = question(*args)
        return got  # type: ignore[no-any-return]

    _PER_READING.append((cache, token))
    answer.cache_clear = cache.clear  # type: ignore[attr-defined]
    return answer


_NOT_ASKED = object()
#: The caches of :func:`per_reading` functions (with their reading's token), emptied when
#: the outermost reading ends.
_PER_READING: list[tuple[dict[tuple[Any, ...], Any], list[object]]] = []


@contextlib.contextmanager
def one_reading() -> Iterator[None]:
    """Within the block, each reference file is read and hashed once (by
    :func:`file_identity`): one parse sees one version of every list, and a parse that
    looks a list up per item does not read the file per item.

    Examples
    --------
    >>> with one_reading():
    ...     file_identity(config.OWNER_CODES_FILE) is file_identity(config.OWNER_CODES_FILE)
    True
    >>> file_identity(config.OWNER_CODES_FILE) is file_identity(config.OWNER_CODES_FILE)
    False
    """
    if _SEEN.get() is not None:  # already inside one: keep its readings
        yield
        return
    token = _SEEN.set({})
    try:
        yield
    finally:
        _SEEN.reset(token)
        for cache, reading in _PER_READING:  # (its answers are forgotten)
            cache.clear()
            reading[0] = None


@lru_cache(maxsize=32)
def _read_cached(path_str: str, sha256: str, size: int,
                 required: tuple[str, ...]) -> pd.DataFrame:
    header, rows = _rows_cached(path_str, sha256, size, required)
    frame = pd.DataFrame([list(cells) for _, cells in rows], columns=list(header), dtype="str")
    frame = frame.replace("", pd.NA).astype("str")
    frame["csv_line"] = pd.Series([n for n, _ in rows], dtype="int64")
    return frame


_Rows = tuple[tuple[str, ...], tuple[tuple[int, tuple[str, ...]], ...]]


@lru_cache(maxsize=32)
def _rows_cached(path_str: str, sha256: str, size: int, required: tuple[str, ...]) -> _Rows:
    """The header and the ``(line, cells)`` rows of a reference list, checked (cells
    stripped, short rows padded with empty cells)."""
    path = Path(path_str)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read reference list: {exc}", path=path) from None
    # Comment lines become blank lines, so that line numbers stay those of the file.
    lines = ["" if ln.lstrip().startswith("#") else ln for ln in text.splitlines()]
    reader = csv.reader(io.StringIO("\n".join(lines)))
    numbered = []  # (line where the row starts, cells); a quoted cell may span lines
    start = 1
    try:
        for row in reader:
            if any(c.strip() for c in row):
                numbered.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ParseError(f"not a CSV row: {exc}", path=path, line=start) from None
    if not numbered:
        raise ParseError(f"empty reference list; expected columns {', '.join(required)}",
                         path=path)
    header_line, header = numbered[0]
    header = [h.strip() for h in header]
    missing = [c for c in required if c not in header]
    if missing:
        raise ParseError(f"missing column(s) {', '.join(missing)}; expected "
                         f"{', '.join(required)}", path=path, line=header_line)
    rows = []
    for number, row in numbered[1:]:
        if len(row) > len(header):
            raise ParseError(f"row has {len(row)} cells but the header has {len(header)}",
                             path=path, line=number)
        rows.append((number, tuple([cell.strip() for cell in row]
                                   + [""] * (len(header) - len(row)))))
    return tuple(header), tuple(rows)


#: What :func:`read_reference_csv`'s frame holds for an empty cell (``tolist()`` gives it).
_MISSING = float("nan")


def reference_records(path: str | Path, required: tuple[str, ...], *,
                      like_itertuples: bool = False) -> list[dict[str, Any]]:
    """The rows of :func:`read_reference_csv` (``with_lines=True``) as dicts, read without
    building a DataFrame (a cold parse reads six such lists): an empty cell is NaN, as in
    the frame's ``to_dict("records")``.

    A header that repeats a name (or names a column ``csv_line``) is read through the
    frame, as ``to_dict("records")`` (the last of the repeated columns wins) or, with
    ``like_itertuples``, as ``itertuples`` (the first wins).

    Examples
    --------
    >>> rows = reference_records(config.STATUS_TAGS_FILE, ("tag", "status"))
    >>> rows[0]["tag"], rows[0]["csv_line"] > 1
    ('complete', True)
    """
    header, rows = _rows_cached(*file_identity(path), tuple(required))
    if len(set(header)) == len(header) and "csv_line" not in header:
        names = (*header, "csv_line")
        return [dict(zip(names, (*[c if c else _MISSING for c in cells], number), strict=True))
                for number, cells in rows]
    frame = read_reference_csv(path, required, with_lines=True)
    if like_itertuples:
        return [row._asdict() for row in frame.itertuples(index=False)]
    return frame.to_dict("records")


def load_owner_codes(path: str | Path | None = None) -> pd.DataFrame:
    """Owner codes printed in recommendations tables, with their full names.

    Columns: ``code``, ``name`` and, when the file has it, ``aliases`` (other ways the owner
    is printed in full, separated by ``;``).

    Parameters
    ----------
    path : str or Path, optional
        Default ``data/raw/owner_codes.csv``.

    Returns
    -------
    DataFrame

    Examples
    --------
    >>> load_owner_codes()[["code", "name"]]
                code                                name
    0           WLGA  Welsh Local Government Association
    1             WG                    Welsh Government
    2             LG                    Local government
    3  Working Group                       Working Group
    """
    return read_reference_csv(path or config.OWNER_CODES_FILE, ("code", "name"))


def load_organisations(path: str | Path | None = None) -> pd.DataFrame:
    """Organisations a programme item can name as delivering or partnering.

    Columns: ``organisation`` (short name used in tables), ``full_name``, ``pattern``
    (a regular expression matched against item text; empty means the short name as a
    whole word).

    Parameters
    ----------
    path : str or Path, optional
        Default ``data/raw/organisations.csv``.

    Returns
    -------
    DataFrame

    Examples
    --------
    >>> orgs = load_organisations()
    >>> len(orgs), orgs["organisation"].head(3).tolist()
    (16, ['Data Cymru', 'LGA', 'Academi Wales'])
    >>> orgs.set_index("organisation").loc["CIPFA", "full_name"]
    'Chartered Institute of Public Finance and Accountancy'
    >>> orgs.loc[orgs["pattern"].isna(), "organisation"].tolist()  # matched by the short name
    ['Academi Wales', 'Society of Welsh Treasurers', 'Disability Wales']
    """
    return read_reference_csv(path or config.ORGANISATIONS_FILE,
                              ("organisation", "full_name", "pattern"))


#: Columns of ``data/raw/item_matches.csv``.
ITEM_MATCH_COLUMNS: tuple[str, ...] = ("update", "item_id", "item_key")


def load_item_matches(path: str | Path | None = None) -> pd.DataFrame:
    """The analyst's item matches (``data/raw/item_matches.csv`` by default).

    Each row says that item ``item_id`` of the update ``update`` (its file name) is the
    piece of work ``item_key``, whatever the automatic matching says. A key may be one
    the series made (``2021-10-22#6.1``) or any name the analyst chooses.

    Returns
    -------
    DataFrame
        ``update``, ``item_id``, ``item_key`` (text) and ``csv_line``; ``attrs["path"]``
        holds the file read.

    Raises
    ------
    ParseError
        Naming the file and line when a column is missing, a cell is empty, or an
        (update, item_id) is listed twice.

    Examples
    --------
    >>> load_item_matches().columns.tolist()
    ['update', 'item_id', 'item_key', 'csv_line']
    """
    path = Path(path or config.ITEM_MATCHES_FILE)
    frame = read_reference_csv(path, ITEM_MATCH_COLUMNS, with_lines=True)
    frame = frame[[*ITEM_MATCH_COLUMNS, "csv_line"]].copy()
    seen: dict[tuple[str, str], int] = {}
    for row in frame.itertuples(index=False):
        for column in ITEM_MATCH_COLUMNS:
            if pd.isna(getattr(row, column)):
                raise ParseError(f"{column} is empty; expected {', '.join(ITEM_MATCH_COLUMNS)}",
                                 path=path, line=int(row.csv_line))
        pair = (row.update, row.item_id)
        if pair in seen:
            raise ParseError(f"item {row.item_id} of {row.update} is matched twice (first on "
                             f"line {seen[pair]})", path=path, line=int(row.csv_line))
        seen[pair] = int(row.csv_line)
    frame.attrs["path"] = str(path)
    return frame.reset_index(drop=True)


#: The kinds of phrase ``data/raw/recommendation_words.csv`` may hold.
RECOMMENDATION_WORD_KINDS: tuple[str, ...] = ("status", "placeholder", "number_prefix",
                                              "owner_column", "area_label", "recommends",
                                              "subheading",
                                              "lead_in", "undertaking",
                                              "update_column",
                                              "response", "response_column",
                                              "explanation_column",
                                              "resolution", "refusal")


def load_recommendation_words(path: str | Path | None = None) -> dict[str, frozenset[str]]:
    """Vocabularies of the recommendations loader: ``status`` words (alone in a bold marker,
    a status rather than an owner code), ``placeholder`` phrases (what an empty cell says)
    ``number_prefix`` words (printed before an item's number: "R1.", "Rec 1.") and
    ``owner_column`` headers (a column naming each recommendation's owners: "Lead") and
    ``area_label`` words (printed before an area's number: "Area 3:", "Maes 3 / Area 3:")
    and ``recommends`` phrases (what opens a recommendation printed with no number: "We
    recommend") and ``response`` decisions (a written response's answer to a
    recommendation, printed alone: "Accept", "Accept in principle", "Reject") and the
    headers of a response table's ``response_column`` ("Response", "Accept/Reject") and
    ``explanation_column`` ("Explanation", "Comment"), and the words of a ``lead_in`` that
    asks ("urge x to": "We would urge the Welsh Government to:") or of an ``undertaking``
    ("x will": "In return, councils will:"), ``x`` standing for whom, and the words that end
    a motion's ``resolution`` lead-in ("resolves to": "Council resolves to:"), and the
    ``refusal`` decisions an agreed-action cell may open with ("Not agreed", "Risk
    accepted": no activity).

    Parameters
    ----------
    path : str or Path, optional
        Default ``data/raw/recommendation_words.csv`` (columns ``kind``, ``phrase``).

    Returns
    -------
    dict
        Kind -> frozenset of phrases, lower case, white space folded (cached on the file's
        identity); kind ``subheading`` holds a committee report's generic sub-headings
        ("Our view": never an area, a sub-heading of the chapter).

    Raises
    ------
    ParseError
        Naming the file and line of an unknown kind or a phrase listed twice.

    Examples
    --------
    >>> words = load_recommendation_words()
    >>> "not started" in words["status"], "tbc" in words["placeholder"]
    (True, True)
    >>> "urge x to" in words["lead_in"], "x will" in words["undertaking"]
    (True, True)
    """
    return _recommendation_words(*file_identity(
        path or config.RECOMMENDATION_WORDS_FILE))


@lru_cache(maxsize=8)
def _recommendation_words(path: str, mtime_ns: int, size: int) -> dict[str, frozenset[str]]:
    frame = read_reference_csv(path, ("kind", "phrase"), with_lines=True)
    found: dict[str, set[str]] = {kind: set() for kind in RECOMMENDATION_WORD_KINDS}
    for kind, phrase, line in zip(frame["kind"], frame["phrase"], frame["csv_line"],
                                  strict=True):
        if pd.isna(kind) or kind not in found:
            raise ParseError(f"kind {kind!r} is not one of "
                             f"{', '.join(RECOMMENDATION_WORD_KINDS)}", path=path, line=line)
        if pd.isna(phrase):
            raise ParseError("empty phrase; expected a word or phrase", path=path, line=line)
        folded = " ".join(str(phrase).split()).lower()
        if folded in found[kind]:
            raise ParseError(f"{kind} phrase {phrase!r} is listed twice", path=path, line=line)
        found[kind].add(folded)
    return {kind: frozenset(words) for kind, words in found.items()}


# ------------------------------------------------------------ programme vocabularies
def _folded(text: str) -> str:
    return " ".join(str(text).lower().split())


def _check_allowed(rows: list[dict[str, Any]], column: str, allowed: tuple[str, ...],
                   path: str | Path) -> None:
    for row in rows:
        value = row[column]
        if not isinstance(value, str) or value not in allowed:
            raise ParseError(f"{column} {value!r} is not one of {', '.join(allowed)}",
                             path=path, line=int(row["csv_line"]))


def _lookup(path: str | Path, key: str, value: str,
            allowed: tuple[str, ...]) -> dict[str, str]:
    rows = reference_records(path, (key, value))
    _check_allowed(rows, value, allowed, path)
    out: dict[str, str] = {}
    for row in rows:
        k = row[key]
        if not isinstance(k, str):
            raise ParseError(f"empty {key}", path=path, line=int(row["csv_line"]))
        folded = _folded(k)
        if out.setdefault(folded, row[value]) != row[value]:  # (an analyst's edit clashing)
            raise ParseError(f"{key} {k!r} is listed twice, as {out[folded]!r} and as "
                             f"{row[value]!r}; expected one {value} for each {key}",
                             path=path, line=int(row["csv_line"]))
    return out


def load_status_tags(path: str | Path | None = None) -> dict[str, str]:
    """Status words printed as a tag ("(Complete)") or in a Status column, and their status.

    Keys are folded to lower case with single spaces. Read from ``data/raw/status_tags.csv``
    (columns ``tag``, ``status``); cached on the file's identity.

    Raises
    ------
    ParseError
        If a status is not one of the programme statuses, naming the file and line.

    Examples
    --------
    >>> tags = load_status_tags()
    >>> tags["complete"], tags["on track"], tags["delayed"], tags["not started"]
    ('done', 'in progress', 'at risk', 'planned')
    """
    from wlga_analysis.contracts import PROGRAMME_STATUSES

    return dict(_lookup_cached(*file_identity(path or config.STATUS_TAGS_FILE), "tag",
                               "status", tuple(PROGRAMME_STATUSES)))


def load_status_symbols(path: str | Path | None = None) -> dict[str, str]:
    """Status symbols ("✔", "◐", "▲") and the status each gives when a document prints
    no key of its own, from ``data/raw/status_symbols.csv`` (columns ``symbol``,
    ``status``); cached on the file's identity.

    Raises
    ------
    ParseError
        If a status is not one of the programme statuses, naming the file and line.

    Examples
    --------
    >>> symbols = load_status_symbols()
    >>> symbols["\u2714"], symbols["\u25cb"], symbols["\u25b2"]
    ('done', 'planned', 'at risk')
    """
    from wlga_analysis.contracts import PROGRAMME_STATUSES

    return dict(_lookup_cached(*file_identity(path or config.STATUS_SYMBOLS_FILE), "symbol",
                               "status", tuple(PROGRAMME_STATUSES)))


#: What a column of a programme table can give an item.
PROGRAMME_COLUMN_ROLES: tuple[str, ...] = ("text", "partners", "status", "timing", "quarter",
                                           "amount", "status board", "ref", "note", "risk",
                                           "update")


def load_programme_columns(path: str | Path | None = None) -> dict[str, str]:
    """Header names of programme table columns and the role of each (``text``,
    ``partners``, ``status``, ``timing``, ``quarter``, ``amount``), from
    ``data/raw/programme_columns.csv``.

    Examples
    --------
    >>> cols = load_programme_columns()
    >>> cols["activity"], cols["lead"], cols["status"], cols["timescale"]
    ('text', 'partners', 'status', 'timing')
    """
    return dict(_lookup_cached(*file_identity(path or config.PROGRAMME_COLUMNS_FILE),
                               "header", "role", PROGRAMME_COLUMN_ROLES))


def programme_columns() -> Mapping[str, str]:
    """:func:`load_programme_columns` of ``data/raw/programme_columns.csv`` as one shared,
    read-only mapping per version of the file: what the interpreters look up per table
    (a fresh dict per call costs more than the look-up).

    Examples
    --------
    >>> cols = programme_columns()
    >>> cols["lead"], cols is programme_columns(), dict(cols) == load_programme_columns()
    ('partners', True, True)
    """
    return _columns_view(*file_identity(config.PROGRAMME_COLUMNS_FILE))


@lru_cache(maxsize=4)
def _columns_view(path: str, sha256: str, size: int) -> Mapping[str, str]:
    return MappingProxyType(dict(_lookup_cached(path, sha256, size, "header", "role",
                                                PROGRAMME_COLUMN_ROLES)))


@lru_cache(maxsize=16)
def _lookup_cached(path: str, mtime_ns: int, size: int, key: str, value: str,
                   allowed: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(_lookup(path, key, value, allowed).items())


#: The word lists of ``data/raw/programme_words.csv``.
PROGRAMME_WORD_LISTS: tuple[str, ...] = ("funding", "not a grant", "generic grant word",
                                         "title word", "closing heading", "status label",
                                         "other section", "section label", "priority word",
                                         "progress heading", "message header",
                                         "appendix heading", "grant name label",
                                         "commitment part", "done part", "next part",
                                         "improvement part", "measure column",
                                         "grant label", "finance column",
                                         "newsletter masthead", "newsletter front heading",
                                         "newsletter closing", "newsletter strapline",
                                         "newsletter furniture", "newsletter button",
                                         "next meeting", "revised date", "updated label",
                                         "meeting label", "record field",
                                         "release end", "release notes",
                                         "issue column",
                                         "schedule heading", "item marker",
                                         "own money", "timing change", "old date",
                                         "exception heading", "exception done heading",
                                         "group column")


def load_programme_words(path: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """The programme loader's word lists (see :data:`PROGRAMME_WORD_LISTS`): each a tuple
    of regular expressions for a word or phrase, from ``data/raw/programme_words.csv``.

    Raises
    ------
    ParseError
        If a row names an unknown list or its pattern is not a valid regular expression.

    Examples
    --------
    >>> words = load_programme_words()
    >>> words["funding"][:3], "budget" in words["not a grant"]
    (('grants?', 'funding', 'funded'), True)
    """
    return dict(_words_cached(*file_identity(path or config.PROGRAMME_WORDS_FILE)))


@lru_cache(maxsize=16)
def _words_cached(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = reference_records(path, ("list", "pattern"))
    _check_allowed(rows, "list", PROGRAMME_WORD_LISTS, path)
    out: dict[str, list[str]] = {name: [] for name in PROGRAMME_WORD_LISTS}
    for row in rows:
        name, pattern, line = row["list"], row["pattern"], row["csv_line"]
        if not isinstance(pattern, str):
            raise ParseError("empty pattern", path=path, line=int(line))
        if not _PLAIN_WORD_PATTERN.fullmatch(pattern):  # plain words need no compiling
            try:
                compile_regex(pattern)
            except re.error as exc:
                raise ParseError(f"invalid pattern {pattern!r}: {exc}", path=path,
                                 line=int(line)) from None
        out[name].append(pattern)
    return tuple((name, tuple(patterns)) for name, patterns in out.items())


# A word or phrase pattern of a form that always compiles: letters, digits, spaces and
# simple punctuation, the escapes \s \d \w \b, a ?, + or * after a character or a group,
# and non-capturing groups of alternatives ("provid(?:es|ed|ing)", "per\s+annum").
_PLAIN_CHAR = r"(?:[A-Za-z0-9 ,'’&-]|\\[sSdDwW.])[?+*]?"
_PLAIN_ALTERNATIVE = rf"(?:{_PLAIN_CHAR}|\\b)*"
_PLAIN_WORD_PATTERN = compile_regex(
    rf"(?:{_PLAIN_CHAR}|\\b|\(\?:{_PLAIN_ALTERNATIVE}(?:\|{_PLAIN_ALTERNATIVE})*\)[?+*]?)*")
