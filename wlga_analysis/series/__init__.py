"""A series of programme updates: the same pieces of work followed from one update to the next.

The Improvement Programme is reported to members several times a year. Each update is read
by the one-document loaders; then every progress bullet is given an ``item_key``, a stable
name for "the same piece of work" across updates. Items are matched to the work of earlier
updates by the rules of :data:`MATCH_RULES`, in order, never by position (a bullet's
``item_id`` is its position, which one dropped bullet shifts):

1. ``override``: the analyst's own list, ``data/raw/item_matches.csv`` (update, item_id,
   item_key), which wins over any other rule;
2. ``topic``: the same bold lead ("Programme team:") in the same section (or, when the
   section was renamed, the only item anywhere with that lead; or, when the lead was
   reworded by adding or removing words, the only such item in the same section);
3. ``text``: the most similar wording (rapidfuzz) among the remaining items, preferring the
   same section; a second candidate almost as similar is reported as an ambiguous match
   (first, a row saying work was merged into it keeps its ref's key; finished work is not
   taken up: :mod:`.merged`; a quiet section carries its work: :mod:`.carry`);
4. ``new``: nothing matched; the item starts a new key.

For tracking, each row also has the quarter its *outstanding* work is due
(:func:`wlga_analysis.quarters.due_timing`): ``due_quarter``, ``due_when`` and
``other_timings``. Updates read from ``data/examples/`` are invented for demonstration:
their rows are flagged ``example_data`` so that every table and chart built from them can
say so.

Examples
--------
>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     series = load_programme_series([])  # no sources: the shipped update alone
>>> series.loc[0, ["update", "update_date", "item_id", "item_key", "match"]].tolist()
['improvement-programme-2021-22-update.txt', '2021-10-22', '6.1', '2021-10-22#6.1', 'new']
>>> series.set_index("item_id").loc["9.3", ["quarter_label", "due_quarter_label"]].tolist()
['2021-22 Q3', '2021-22 Q3']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis import config, quarters
from wlga_analysis.contracts import typed_frame, validate
from wlga_analysis.errors import ParseError
from wlga_analysis.quality import Issue, emit, issues_frame
from wlga_analysis.reference import ITEM_MATCH_COLUMNS, load_item_matches
from wlga_analysis.series.carry import carry_forward, quiet_sections
from wlga_analysis.series.carry_all import carry_all, carry_statement, with_carried_rows
from wlga_analysis.series.crosswalk import crosswalk_keys, update_crosswalk
from wlga_analysis.series.drift import carried_grant_names, drift_issues
from wlga_analysis.series.folder import SERIES_SUFFIXES, is_update_file, left_out_issues
from wlga_analysis.series.merged import done_apart, merged_away, merged_into, unless_said_new
from wlga_analysis.series.moves import done_just_before, moved_items, ranked_pairs
from wlga_analysis.series.said import item_words, said_issues
from wlga_analysis.text.dates import MONTH_RE, month_number

__all__ = [
    "ITEM_MATCH_COLUMNS",
    "MATCH_RULES",
    "ProgrammeSeries",
    "is_single_source",
    "latest_source",
    "load_grants_series",
    "load_item_matches",
    "load_programme_series",
    "read_series",
    "series_quality_report",
    "series_sources",
]
#: How an item was matched to the work of earlier updates, in the order the rules are tried.
MATCH_RULES: tuple[str, ...] = ("override", "crosswalk", "topic", "text", "new")
#: Lowest rapidfuzz similarity (0-100) at which two wordings may be the same piece of work.
TEXT_THRESHOLD: float = 55.0
#: Bonus to the similarity of two items in the same section.
SAME_SECTION_BONUS: float = 10.0
#: Two candidates closer than this (in similarity points) make a match ambiguous.
AMBIGUOUS_MARGIN: float = 3.0


@lru_cache(maxsize=1)
def _examples_dir() -> Path:
    """``data/examples/``, resolved: updates read from it are invented example data."""
    return (config.DATA_DIR / "examples").resolve()


# ------------------------------------------------------------------------------ sources
def series_sources(sources: str | Path | Iterable[str | Path] | None) -> list[Path]:
    """The update files of ``sources``: a folder (its files with a document suffix, not
    README), one path, or a list of paths (any order). None or an empty list: the shipped
    update.

    Raises
    ------
    ParseError
        For a folder with no update in it, or a path given twice.

    Examples
    --------
    >>> [p.name for p in series_sources(None)]
    ['improvement-programme-2021-22-update.txt']
    >>> [p.name for p in series_sources(config.DATA_DIR / "examples")][:2]
    ['improvement-programme-2021-22-update-january.txt', \
'improvement-programme-2021-22-update-march.txt']
    """
    if sources is None:
        sources = []
    if isinstance(sources, str | Path):
        sources = [sources]
    paths: list[Path] = []
    for source in sources:
        if not str(source):  # (Path("") is the current folder: never read it by accident)
            raise ParseError("an empty path; expected a programme update or a folder of them")
        path = Path(source)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and is_update_file(p))
            if not found:
                raise ParseError("no programme update in this folder; expected files ending "
                                 + ", ".join(SERIES_SUFFIXES), path=path)
            paths.extend(found)
        else:
            paths.append(path)
    if not paths:
        from wlga_analysis.documents import read_document

        paths = [read_document(None, "programme").path]
    seen: set[str] = set()
    for path in paths:
        if path.name in seen:
            raise ParseError("this update is given twice (updates are named by their file "
                             "name, which must be unique in a series)", path=path)
        seen.add(path.name)
    return paths


def _left_out(sources: Any) -> list[Issue]:
    """A finding for each entry of a folder of updates that is not read as an update."""
    return left_out_issues(Path(s) for s in ([sources] if isinstance(sources, str | Path)
                                              else sources or []) if Path(s).is_dir())


def _is_example(path: Path) -> bool:
    try:
        path.resolve().relative_to(_examples_dir())
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------------------ reading
@dataclass
class _Update:
    path: Path
    name: str
    date: dt.date | None
    financial_year: str | None
    programme: pd.DataFrame
    grants: pd.DataFrame
    issues: list[Issue]
    example: bool
    said: dict[int, str] = field(default_factory=dict)  # (.said: words per item line)
    quiet: dict[str, tuple[int, str]] = field(default_factory=dict)  # (wlga_analysis.series.carry)
    carry_all: tuple[int, str] | None = None  # (.carry_all: "All other actions ...")
    crosswalk: tuple[Any, ...] = ()  # (.crosswalk: the printed old ref -> new ref rows)


@dataclass(frozen=True)
class ProgrammeSeries:
    """A series of programme updates, read and matched.

    Attributes
    ----------
    programme : DataFrame
        Table ``programme_series``: one row per (update, item).
    grants : DataFrame
        Table ``grants_series``: one row per (update, grant).
    issues : tuple of Issue
        Data-quality findings: each update's own, then the matching's (ambiguous matches,
        overrides for updates not in the series, two items with one key).
    example_data : bool
        Whether any update is invented example data (read from ``data/examples/``).

    Examples
    --------
    >>> series = read_series(None)
    >>> len(series.programme), len(series.grants), series.example_data
    (30, 2, False)
    """

    programme: pd.DataFrame
    grants: pd.DataFrame
    issues: tuple[Issue, ...] = field(default=())
    example_data: bool = False
    paths: tuple[Path, ...] = field(default=())

    def latest(self) -> Path | None:
        """The newest update's path (the last in date order).

        Examples
        --------
        >>> read_series(None).latest().name
        'improvement-programme-2021-22-update.txt'
        """
        return self.paths[-1] if self.paths else None


def _month_date(text: str) -> dt.date | None:
    """The first of the month a "March 2022" in ``text`` names."""
    found = list(re.finditer(rf"(?P<month>{MONTH_RE})\s*,?\s+(?P<year>(?:19|20)\d{{2}})",
                             text, flags=re.IGNORECASE))
    if len(found) != 1:  # none, or a period ("April 2025 to March 2026"): no one date
        return None
    return dt.date(int(found[0].group("year")), month_number(found[0].group("month")), 1)


def _update_date(meta: dict[str, Any], lines: Sequence[str]) -> dt.date | None:
    """The update's date; a "March 2022" date line stands for the first of the month."""
    if meta.get("date"):
        return meta["date"]
    line = meta.get("date_line")
    return _month_date(lines[line - 1]) if line else None


def _read_update(path: Path) -> _Update:
    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import parse_programme

    doc = read_document(path, "programme")
    parsed = parse_programme(doc)
    meta = parsed.metadata
    programme = parsed.programme.copy(deep=True)
    programme["partners"] = programme["partners"].map(list)
    grants = parsed.grants.copy(deep=True)
    grants["paragraphs"] = grants["paragraphs"].map(list)
    issues = list(parsed.issues)
    date = _update_date(meta, doc.lines)
    if date is None and (date := _month_date(meta.get("title") or "")) is not None:
        issues.append(Issue(doc.path.name, "programme_series", "dated from title", "",
                            meta.get("title_line"), f"the update has no date line; it is "
                            f"dated {date.day} {date:%B %Y}, the start of the month its title "
                            f"names ({meta['title']!r})"))
    return _Update(path, doc.path.name, date, meta["financial_year"], programme, grants,
                   issues, _is_example(path),
                   item_words(parsed.paragraphs, programme["source_line"].tolist()),
                   quiet_sections(parsed.paragraphs, programme["section"], _norm),
                   carry_statement(parsed.paragraphs), update_crosswalk(doc))


def _body(text: str, topic: Any) -> str:
    if isinstance(topic, str) and text.startswith(f"{topic}: "):
        return text[len(topic) + 2:]
    return text


def _norm(text: Any) -> str:
    text = str(text).lower().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@dataclass
class _Known:
    """The latest version of a piece of work seen so far (section, topic and wording
    normalised for comparison)."""

    key: str
    section: str
    topic: str | None
    body: str
    last_update: int
    done: bool = False


class _Matcher:
    """Gives every item of each update, in date order, a key (see the module docstring)."""

    def __init__(self, overrides: pd.DataFrame, names: set[str]):
        self.known: dict[str, _Known] = {}
        self.last_ids: dict[str, str] = {}  # (the previous update's item id of each key)
        self.carried: dict[str, dict[str, str]] = {}  # (update -> key -> note: .carry)
        self.issues: list[Issue] = []
        self.overrides = {(r.update, r.item_id): (r.item_key, int(r.csv_line))
                          for r in overrides.itertuples(index=False)}
        self.override_file = Path(overrides.attrs.get("path", config.ITEM_MATCHES_FILE)).name
        for (update, item_id), (_, line) in self.overrides.items():
            if update not in names:
                self.issues.append(Issue(
                    self.override_file, "programme_series", "match for another update",
                    item_id, line, f"the match of item {item_id} names update {update!r}, "
                    "which is not in this series; it is not used"))

    def match_update(self, number: int, update: _Update) -> tuple[list[str], list[str]]:
        frame = update.programme
        items = list(zip(frame["item_id"], frame["section"], frame["topic"], frame["text"],
                         frame["source_line"], strict=True))
        keys: list[str | None] = [None] * len(items)
        how: list[str] = ["new"] * len(items)
        claimed: set[str] = set()
        self._match_overrides(update, items, keys, how, claimed)
        self.issues += crosswalk_keys(update, items, keys, how, claimed, self.last_ids)
        self._match_topics(update, items, keys, how, claimed)
        self._match_reworded_topics(items, keys, how, claimed)
        self._match_merged(update, number, items, keys, how, claimed)
        self._match_moved(update, number, items, keys, how, claimed)
        self._match_texts(update, items, keys, how, claimed, number)
        before = {k.key: (k.topic, k.body) for k in self.known.values()}
        previous = [k.key for k in self.known.values() if k.last_update == number - 1]
        out: list[str] = []
        date = update.date.isoformat() if update.date else update.name
        for i, (item_id, section, topic, text, _line) in enumerate(items):
            key = keys[i] or f"{date}#{item_id}"
            if keys[i] is None and key in claimed:
                key = f"{update.name}#{item_id}"
            claimed.add(key)
            out.append(key)
            self.known[key] = _Known(key, _norm(section),
                                     _norm(topic) if isinstance(topic, str) else None,
                                     _norm(_body(text, topic)), number,
                                     frame["status"].iloc[i] == "done")
        previous = self._carry(update, number, previous, [*out, *claimed])
        wordings = [(item[0], item[4], (self.known[key].topic, self.known[key].body))
                    for item, key in zip(items, out, strict=True)]
        found = unless_said_new(drift_issues(update.name, wordings, out, how, before,
                                             previous), update.said)
        seen = {(i.check, i.item) for i in found}
        gone = [k for k in previous if k not in set(out)]
        found += [i for i in said_issues(update.name, [w[:2] for w in wordings], update.said,
                                         how, self.last_ids, gone)
                  if (i.check, i.item) not in seen]  # (.said: what the rows say)
        self.issues.extend(found)
        self.last_ids = {**{k: self.last_ids[k] for k in self.carried.get(update.name, {})},
                         **{key: str(item[0]) for item, key in zip(items, out, strict=True)}}
        return out, how

    def _carry(self, update: _Update, number: int, previous: list[str], out: list[str]
               ) -> list[str]:
        """The work a quiet section carries forward is seen in this update (.carry);
        the rest of ``previous``."""
        notes, found, rest = carry_forward(update.name, update.quiet, previous, out,
                                           self.last_ids, {k: self.known[k].section
                                                           for k in previous})
        more, found_all = carry_all(update.name, update.carry_all, rest, out, self.last_ids,
                                    {k: self.known[k].section for k in rest
                                     if not self.known[k].done})  # (.carry_all)
        notes, rest = {**notes, **more}, [k for k in rest if k not in more]
        self.issues.extend(found + found_all)
        for key in notes:
            self.known[key].last_update = number
        if notes:
            self.carried[update.name] = notes
        return rest

    def _match_overrides(self, update, items, keys, how, claimed) -> None:
        ids = {item[0] for item in items}
        for (name, item_id), (key, line) in self.overrides.items():
            if name != update.name:
                continue
            if item_id not in ids:
                raise ParseError(f"update {name} has no item {item_id!r}; its items are "
                                 f"{', '.join(sorted(ids))}", path=self.override_file,
                                 line=line)
            if key in claimed:
                raise ParseError(f"key {key!r} is given to two items of {name}",
                                 path=self.override_file, line=line)
            i = next(k for k, item in enumerate(items) if item[0] == item_id)
            keys[i], how[i] = key, "override"
            claimed.add(key)

    def _candidates(self, claimed: set[str]) -> list[_Known]:
        return [k for k in self.known.values() if k.key not in claimed]

    def _match_topics(self, update, items, keys, how, claimed) -> None:
        for i, (item_id, section, topic, _text, line) in enumerate(items):
            if keys[i] is not None or not isinstance(topic, str):
                continue
            wanted, here = _norm(topic), _norm(section)
            free = [k for k in self._candidates(claimed) if k.topic == wanted]
            same = [k for k in free if k.section == here]
            pick = same if same else free
            if len(pick) > 1:
                self._ambiguous(update, item_id, line, [k.key for k in pick], "topic lead "
                                f"{topic!r}")
                continue
            if pick:
                keys[i], how[i] = pick[0].key, "topic"
                claimed.add(pick[0].key)

    def _match_reworded_topics(self, items, keys, how, claimed) -> None:
        """A bold lead reworded within its section ("Website" -> "Website Development"):
        the free candidate of the section whose lead's words contain, or are contained
        in, the item's (rapidfuzz token-set ratio of 100); of several (the halves of a
        split, merged again), the one first seen (reported by :func:`drift_issues`)."""
        from rapidfuzz import fuzz

        for i, (_item_id, section, topic, _text, _line) in enumerate(items):
            if keys[i] is not None or not isinstance(topic, str):
                continue
            wanted, here = _norm(topic), _norm(section)
            close = [k for k in self._candidates(claimed) if k.topic is not None
                     and k.section == here and fuzz.token_set_ratio(k.topic, wanted) == 100]
            if close:
                keys[i], how[i] = close[0].key, "topic"
                claimed.add(close[0].key)

    def _match_merged(self, update, number, items, keys, how, claimed) -> None:
        """An item that says work was merged into it keeps its ref's key (.merged)."""
        previous = {i: k for k, i in self.last_ids.items() if self.known[k].last_update
                    == number - 1}
        rows = [(i[0], i[4], _norm(_body(i[3], i[2]))) for i in items]
        free = {k.key: k.body for k in self._candidates(claimed)}
        claimed |= merged_away(rows, update.said, previous, free, TEXT_THRESHOLD)
        for n, key in merged_into(rows, update.said, previous, free, TEXT_THRESHOLD).items():
            if keys[n] is None:
                keys[n], how[n] = key, "text"
                claimed.add(key)

    def _match_moved(self, update, number, items, keys, how, claimed) -> None:
        """An item that says it was moved to its section continues the previous update's
        work its words are most like, in any section (wlga_analysis.series.moves)."""
        todo = [n for n in range(len(items)) if keys[n] is None]
        free = {k.key: k.body for k in self._candidates(claimed) if k.last_update == number - 1}
        rows = [(items[n][0], items[n][4], _norm(_body(items[n][3], items[n][2]))) for n in todo]
        for place, key in moved_items(rows, update.said, free, TEXT_THRESHOLD).items():
            keys[todo[place]], how[todo[place]] = key, "text"
            claimed.add(key)

    def _match_texts(self, update, items, keys, how, claimed, number) -> None:
        from rapidfuzz import fuzz, process

        todo = [i for i in range(len(items)) if keys[i] is None]
        free = self._candidates(claimed)
        if not todo or not free:
            return
        bodies = [_norm(_body(items[i][3], items[i][2])) for i in todo]
        scores = process.cdist(bodies, [k.body for k in free], scorer=fuzz.token_sort_ratio,
                               score_cutoff=TEXT_THRESHOLD - SAME_SECTION_BONUS)
        statuses = update.programme["status"].iloc[todo]
        done_apart(scores, statuses, free, number)  # (wlga_analysis.series.merged)
        done_just_before(scores, statuses, free, number, TEXT_THRESHOLD)  # (.moves)
        pairs = ranked_pairs(  # (best first: wlga_analysis.series.moves)
            scores, [(_norm(items[i][1]), update.said.get(items[i][4], "")) for i in todo],
            free, [k.section for k in self.known.values() if k.last_update == number - 1],
            [_norm(item[1]) for item in items], number,
            (SAME_SECTION_BONUS, TEXT_THRESHOLD + SAME_SECTION_BONUS / 2))
        best_other: dict[int, list[tuple[float, int]]] = {}
        for score, row, col in pairs:
            best_other.setdefault(row, []).append((-score, col))
        used_rows: set[int] = set()
        for score, row, col in pairs:
            known = free[col]
            if row in used_rows or known.key in claimed:
                continue
            i = todo[row]
            rivals = [free[c].key for s, c in best_other[row]
                      if c != col and -score - s < AMBIGUOUS_MARGIN]
            if rivals:
                self._ambiguous(update, items[i][0], items[i][4], [known.key, *rivals],
                                "wording", chosen=known.key)
            keys[i], how[i] = known.key, "text"
            claimed.add(known.key)
            used_rows.add(row)

    def _ambiguous(self, update: _Update, item_id: str, line: int, candidates: list[str],
                   by: str, chosen: str | None = None) -> None:
        outcome = (f"it is matched to {chosen} (the most similar)" if chosen
                   else "it is left unmatched")
        self.issues.append(Issue(
            update.name, "programme_series", "ambiguous match", item_id, line,
            f"item {item_id} could be the same work as {', '.join(candidates)} (by {by}); "
            f"{outcome}; say which in data/raw/item_matches.csv"))


def read_series(sources: str | Path | Iterable[str | Path] | None,
                item_matches: str | Path | pd.DataFrame | None = None) -> ProgrammeSeries:
    """Read every update of ``sources``, match their items and return the series tables.

    Parameters
    ----------
    sources : path, folder or list of paths
        The updates, in any order (see :func:`series_sources`).
    item_matches : path or DataFrame, optional
        The analyst's matches (default ``data/raw/item_matches.csv``).

    Returns
    -------
    ProgrammeSeries

    Raises
    ------
    ParseError
        When an update cannot be read, or an item match names an item that does not exist.

    Examples
    --------
    >>> series = read_series(None)
    >>> series.programme["match"].unique().tolist()
    ['new']
    """
    if sources is not None and not isinstance(sources, str | Path):
        sources = list(sources)  # (read twice: for the updates and the files left out)
    paths = series_sources(sources)
    updates = [_read_update(p) for p in paths]
    updates.sort(key=lambda u: (u.date or dt.date.max, u.name))
    _check_dates(updates)
    if not isinstance(item_matches, pd.DataFrame):
        item_matches = load_item_matches(item_matches)
    matcher = _Matcher(item_matches, {u.name for u in updates})
    frames, grant_frames, issues = [], [], _carry_grant_names(updates)
    for number, update in enumerate(updates):
        keys, how = matcher.match_update(number, update)
        if number and how and set(how) == {"new"}:
            issues.append(Issue(update.name, "programme_series", "no work in common", "",
                                None, f"none of the {len(how)} items of this update "
                                "continues work of the earlier updates: is it an update of "
                                "the same programme? Every earlier item reads as dropped"))
        frames.append(with_carried_rows(_series_rows(update, keys, how), frames[-1] if frames
                                        else None, matcher.carried.get(update.name, {}),
                                        update.carry_all))
        grant_frames.append(_grant_rows(update))
        issues.extend(update.issues)
    issues.extend(_date_issues(updates))
    issues.extend(_left_out(sources))
    issues.extend(matcher.issues)
    example = any(u.example for u in updates)
    programme = _concat(frames, "programme_series")
    grants = _concat(grant_frames, "grants_series")
    for frame in (programme, grants):
        frame.attrs.update(example_data=example, updates=[u.name for u in updates])
    programme.attrs["carried"] = matcher.carried  # (.carry: for programme_changes)
    return ProgrammeSeries(programme, grants, tuple(issues), example,
                           tuple(u.path for u in updates))


def _carry_grant_names(updates: list[_Update]) -> list[Issue]:
    """Give a grant an update could not name the name the update before gave it
    (:func:`wlga_analysis.series.drift.carried_grant_names`), and say so."""
    out = []
    for earlier, update in pairwise(updates):
        lines = {i.source_line for i in update.issues if i.check == "unnamed grant"}
        frame = update.grants
        unnamed = {i for i, line in enumerate(frame["source_line"]) if line in lines}
        rows = frame[["grant", "financial_year"]].to_dict("records")
        for i, given, name in carried_grant_names(
                rows, unnamed, earlier.grants[["grant", "financial_year"]].to_dict("records")):
            frame.iloc[i, frame.columns.get_loc("grant")] = name
            out.append(Issue(update.name, "grants_series", "grant named from earlier update",
                             frame["grant"].iloc[i], int(frame["source_line"].iloc[i]),
                             f"the update names no grant for £{frame['amount_gbp'].iloc[i]:,} "
                             f"of {rows[i]['financial_year']} (read as {given!r}); it is "
                             f"called {name!r}, the one grant of that year in "
                             f"{earlier.name} that this update does not name otherwise"))
    return out


def _check_dates(updates: list[_Update]) -> None:
    dates = [u.date for u in updates if u.date is not None]
    if len(dates) != len(set(dates)):
        twice = sorted(d for d in set(dates) if dates.count(d) > 1)[0]
        same = [u for u in updates if u.date == twice]
        names = ", ".join(u.name for u in same)
        texts = {tuple(u.programme["text"]) for u in same}
        if len(texts) == 1:
            raise ParseError(f"the same update is given twice ({names}: the same date, "
                             f"{twice:%d %B %Y}, and the same items); give it once",
                             path=same[1].path)
        raise ParseError(f"two updates have the same date {twice:%d %B %Y} ({names}); a "
                         "series needs one update per date", path=same[0].path)


def _date_issues(updates: list[_Update]) -> list[Issue]:
    return [Issue(u.name, "programme_series", "undated update", "", None,
                  "the update has no date; it is put last in the series")
            for u in updates if u.date is None]


def _concat(parts: list[dict[str, list[Any]]], table: str) -> pd.DataFrame:
    """One contract table from the column lists of each update (built once: fast)."""
    from wlga_analysis.contracts import TABLES

    names = [c.name for c in TABLES[table].columns]
    out = typed_frame({n: [v for part in parts for v in part[n]] for n in names}, table)
    validate(out, table)
    return out


@lru_cache(maxsize=4096)
def _due(text: str, ref_date: dt.date | None, financial_year: str | None
         ) -> tuple[pd.Period | None, str | None, tuple[str, ...]]:
    quarter, when, others = quarters.due_timing(text, ref_date, financial_year)
    return quarter, when, tuple(others)


def _item_due(body: str, when: Any, quarter: Any, ref_date: dt.date | None,
              financial_year: str | None
              ) -> tuple[pd.Period | None, str | None, tuple[str, ...]]:
    """The due quarter, its phrase and the other phrases of one item.

    An item with no timing at all (no ``when``) has no due quarter. An item whose timing
    is not a phrase of its text but its own field (a "Due:" line, a Timescale or Forecast
    date column) is due when that field says: the field is the due date the paper states,
    and the text's phrases are its other timings. Otherwise the due quarter is the one of
    the text's outstanding work (:func:`wlga_analysis.quarters.due_timing`).

    Examples
    --------
    >>> q = pd.Period("2027Q1", freq="Q-MAR")
    >>> due = _item_due("The business case needs further work.", "May 2026", q,
    ...                 dt.date(2025, 10, 9), "2025-26")
    >>> quarters.quarter_label(due[0]), due[1]
    ('2026-27 Q1', 'May 2026')
    >>> _item_due("A review.", None, None, None, None)
    (None, None, ())
    """
    if not isinstance(when, str):
        return None, None, ()
    due, phrase, others = _due(body, ref_date, financial_year)
    if _field_dated(body, when, quarter, ref_date, financial_year):
        return quarter, when, tuple(x for x in (phrase, *others) if x)
    return due, phrase, others


def _field_dated(body: str, when: Any, quarter: Any, ref_date: dt.date | None,
                 financial_year: str | None) -> bool:
    """Whether an item's timing is its own field (a "Due:" line, a Forecast date column),
    not a phrase of its text (see :func:`_item_due`)."""
    if not isinstance(when, str) or not isinstance(quarter, pd.Period):
        return False
    _, phrase, others = _due(body, ref_date, financial_year)
    return _norm(when) not in {_norm(x) for x in (phrase, *others) if x}


def _finished_due(status: Any, due: tuple[pd.Period | None, str | None, tuple[str, ...]],
                  report_quarter: pd.Period | None, field: bool = False
                  ) -> tuple[pd.Period | None, str | None, tuple[str, ...]]:
    """``due`` of an item, but none for finished work dated before the update's quarter:
    the due quarter is when the *outstanding* work is due, and a done item whose date has
    passed ("was published in September 2025" in January) has none left. Its phrases are
    kept as its other timings. A done item's date in or after the update's quarter is kept:
    the text says something is still to come; but not a date of its own field (``field``:
    a milestone's Forecast date column, a tracker's Target date), which dated the work now
    finished.

    Examples
    --------
    >>> q2, q4 = (pd.Period(f"2026Q{n}", freq="Q-MAR") for n in (2, 4))
    >>> _finished_due("done", (q2, "in September 2025", ()), q4)
    (None, None, ('in September 2025',))
    >>> _finished_due("in progress", (q2, "in September 2025", ()), q4)[1]
    'in September 2025'
    >>> _finished_due("done", (q4, "in March 2026", ()), q4)[1]
    'in March 2026'
    >>> _finished_due("done", (q4, "31/03/2026", ()), q4, field=True)
    (None, None, ('31/03/2026',))
    """
    quarter, when, others = due
    if status != "done" or when is None or quarter is None or (not field and (
            report_quarter is None or quarter >= report_quarter)):
        return due
    return None, None, (when, *others)


def _series_rows(update: _Update, keys: list[str], how: list[str]) -> dict[str, list[Any]]:
    frame = update.programme
    n = len(frame)
    report_quarter = quarters.to_quarter(update.date) if update.date else None
    ref_date = update.date or (quarters.financial_year_start(update.financial_year)
                               if update.financial_year else None)
    due = [_finished_due(s, _item_due(_body(t, tp), w, q, ref_date, update.financial_year),
                         report_quarter, _field_dated(_body(t, tp), w, q, ref_date,
                                                      update.financial_year))
           for t, tp, w, q, s in zip(frame["text"], frame["topic"], frame["when"],
                                     frame["quarter"], frame["status"], strict=True)]
    columns: dict[str, list[Any]] = {
        "update": [update.name] * n,
        "update_date": [update.date.isoformat() if update.date else None] * n,
        "report_quarter": [report_quarter] * n,
        "item_key": keys,
        "match": how,
    }
    columns.update({c: frame[c].tolist() for c in frame.columns})
    columns["quarter"] = [None if pd.isna(q) else q for q in columns["quarter"]]
    columns.update({
        "due_quarter": [d[0] for d in due],
        "due_quarter_label": [quarters.quarter_label(d[0]) for d in due],
        "due_when": [d[1] for d in due],
        "other_timings": [list(d[2]) for d in due],
        "example_data": [update.example] * n,
    })
    return columns


def _grant_rows(update: _Update) -> dict[str, list[Any]]:
    frame = update.grants
    n = len(frame)
    columns: dict[str, list[Any]] = {
        "update": [update.name] * n,
        "update_date": [update.date.isoformat() if update.date else None] * n,
        "report_quarter": [quarters.to_quarter(update.date) if update.date else None] * n,
    }
    columns.update({c: frame[c].tolist() for c in frame.columns})
    columns["example_data"] = [update.example] * n
    return columns


# ------------------------------------------------------------------------------ loaders
def load_programme_series(sources: str | Path | Iterable[str | Path] | None,
                          item_matches: str | Path | pd.DataFrame | None = None
                          ) -> pd.DataFrame:
    """One row per (update, progress item) of a series of programme updates
    (table ``programme_series``), sorted by update date.

    Every column of :func:`wlga_analysis.load_programme`, plus ``update`` (file name),
    ``update_date``, ``report_quarter``, ``item_key`` (the same piece of work across
    updates), ``match`` (how it was matched: override, topic, text or new), ``due_quarter``
    / ``due_quarter_label`` / ``due_when`` (when the outstanding work is due),
    ``other_timings`` and ``example_data``. Data-quality findings (each update's, and
    ambiguous matches) are emitted as warnings.

    Parameters
    ----------
    sources : path, folder or list of paths
        The updates, in any order; None or ``[]`` for the shipped update alone.
    item_matches : path or DataFrame, optional
        The analyst's matches (default ``data/raw/item_matches.csv``).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     series = load_programme_series(config.DATA_DIR / "examples")
    >>> series.groupby("update_date", sort=True).size().to_dict()
    {'2022-01-20': 28, '2022-03-17': 28}
    >>> bool(series["example_data"].all())
    True
    """
    series = read_series(sources, item_matches)
    emit(series.issues, tables=["programme", "programme_series"])
    return series.programme


def load_grants_series(sources: str | Path | Iterable[str | Path] | None) -> pd.DataFrame:
    """One row per (update, grant) of a series of updates (table ``grants_series``), so that
    new grants, changed amounts and new grant years show up.

    Examples
    --------
    >>> grants = load_grants_series(None)
    >>> grants[["update_date", "grant", "amount_gbp"]].values.tolist()
    [['2021-10-22', 'improvement grant', 800000], ['2021-10-22', 'digital grant', 530000]]
    """
    series = read_series(sources)
    emit(series.issues, tables=["grants", "grants_series"])
    return series.grants


def latest_source(sources: str | Path | Iterable[str | Path] | None) -> str | Path | None:
    """The one document the single-update tables are read from: None (the shipped update)
    or the one path given stays as it is; of several updates, the newest.

    Examples
    --------
    >>> latest_source(None) is None
    True
    >>> latest_source(config.DATA_DIR / "examples").name
    'improvement-programme-2021-22-update-march.txt'
    """
    if is_single_source(sources):
        return sources
    return read_series(sources).latest()


def is_single_source(sources: Any) -> bool:
    """Whether ``sources`` is one document (a file path, or None for the shipped one)
    rather than a series (a folder or a list).

    Examples
    --------
    >>> is_single_source(None), is_single_source("update.txt"), is_single_source(["a", "b"])
    (True, True, False)
    """
    return sources is None or (isinstance(sources, str | Path) and not Path(sources).is_dir())


def series_quality_report(sources: str | Path | Iterable[str | Path] | None) -> pd.DataFrame:
    """The data-quality findings of a series (every update's and the matching's).

    Examples
    --------
    >>> series_quality_report(None)["check"].value_counts().to_dict()["no timing"]
    20
    """
    return issues_frame(read_series(sources).issues)
