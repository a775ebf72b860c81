"""Delivery over time: what changed between consecutive programme updates.

The input is the ``programme_series`` table (:func:`wlga_analysis.load_programme_series`);
a piece of work is an ``item_key``. Quarters compared are the *due* quarters (when the
outstanding work is due), so an item that reports what it did in November and what it
will do in March is tracked by March.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pandas as pd

from wlga_analysis.contracts import TABLES, typed_frame

#: How far along each status is; a later update with a lower rank "goes backwards".
#: "at risk" is work under way that may not finish, level with "in progress".
STATUS_RANK: dict[str, int] = {"planned": 0, "in progress": 1, "at risk": 1, "done": 2}

_SIDE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("item_id", "item_id"), ("status", "status"), ("status_rule", "status_rule"),
    ("quarter", "due_quarter"), ("when", "due_when"), ("text", "text"),
)


def _updates(series: pd.DataFrame) -> list[tuple[str, Any]]:
    """(update, update_date) in series order."""
    seen: dict[str, Any] = {}
    for update, date in zip(series["update"], series["update_date"], strict=True):
        seen.setdefault(update, date)
    return list(seen.items())


def _side(row: dict[str, Any] | None, side: str) -> dict[str, Any]:
    return {f"{name}_{side}": (None if row is None else row[column])
            for name, column in _SIDE_COLUMNS}


def _missing(value: Any) -> bool:
    return value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value))


def _same(a: Any, b: Any) -> bool:
    if _missing(a) and _missing(b):
        return True
    if _missing(a) or _missing(b):
        return False
    if isinstance(a, str):
        return " ".join(a.split()) == " ".join(str(b).split())
    return a == b


def _compare(before: dict[str, Any] | None, after: dict[str, Any] | None
             ) -> dict[str, Any]:
    """change, slipped, brought_forward, check and check_note of one item between two
    updates."""
    out = {"slipped": False, "brought_forward": False, "check": False, "check_note": None}
    if before is None:
        return {**out, "change": "new"}
    if after is None:
        return {**out, "change": "dropped"}
    q0, q1 = before["due_quarter"], after["due_quarter"]
    if not _missing(q0) and not _missing(q1):
        out["slipped"], out["brought_forward"] = bool(q1 > q0), bool(q1 < q0)
    r0, r1 = STATUS_RANK.get(before["status"]), STATUS_RANK.get(after["status"])
    if r0 is not None and r1 is not None and r1 < r0:
        out["check"] = True
        out["check_note"] = (
            f"status went backwards, {before['status']} -> {after['status']}: rule "
            f"{before['status_rule']!r} on the earlier wording, {after['status_rule']!r} on "
            "the later one; more often a wording artefact than news (compare text_before "
            "and text_after)")
    changed = any(not _same(before[c], after[c]) for c in ("status", "due_quarter", "text"))
    return {**out, "change": "changed" if changed else "unchanged"}


def programme_changes(series: pd.DataFrame) -> pd.DataFrame:
    """One row per piece of work (``item_key``) and consecutive pair of updates in which
    it appears at least once (table ``programme_changes``).

    ``change`` is ``new`` (not in the earlier update), ``dropped`` (not in the later one),
    ``changed`` (status, due quarter or wording differ) or ``unchanged``. ``slipped`` /
    ``brought_forward``: the due quarter moved later / earlier. A status that goes
    backwards (done -> planned, in progress -> planned) is flagged ``check``, with both
    wordings (``text_before``, ``text_after``) and the rules that fired
    (``status_rule_before``, ``status_rule_after``), because it is more often a wording
    artefact than news.

    Parameters
    ----------
    series : DataFrame
        The ``programme_series`` table.

    Returns
    -------
    DataFrame
        Ordered by the pair of updates, then the later update's item order (dropped items
        after, in the earlier update's order). ``attrs["example_data"]`` is carried over.

    Examples
    --------
    >>> import warnings
    >>> from wlga_analysis import config, load_programme_series
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     series = load_programme_series(config.DATA_DIR / "examples")
    >>> changes = programme_changes(series)
    >>> changes["change"].value_counts().to_dict()
    {'changed': 14, 'unchanged': 13, 'new': 1, 'dropped': 1}
    >>> changes.loc[changes["slipped"], ["item_id_after", "when_before", "when_after"]].head(2)
       item_id_after              when_before                     when_after
    1            5.2  slipped to quarter four  expected in quarter one 2022-23
    3            5.4         in February 2022                  from May 2022
    """
    updates = _updates(series)
    records: list[dict[str, Any]] = []
    rows = series.to_dict("records")
    by_update: dict[str, dict[str, dict[str, Any]]] = {}
    for row in rows:
        by_update.setdefault(row["update"], {})[row["item_key"]] = row
    carried = _carry(updates, by_update, series.attrs.get("carried") or {})
    for (u0, d0), (u1, d1) in pairwise(updates):
        earlier, later = by_update.get(u0, {}), by_update.get(u1, {})
        keys = list(later) + [k for k in earlier if k not in later]
        for key in keys:
            before, after = earlier.get(key), later.get(key)
            note = carried.get((u1, key))  # (carried forward: no row printed in u1)
            latest = after or before
            records.append({
                "item_key": key, "from_update": u0, "to_update": u1, "from_date": d0,
                "to_date": d1, "section": latest["section"], "topic": latest["topic"],
                **_side(before, "before"), **_side(None if note else after, "after"),
                **_compare(before, after), **({"check_note": note} if note else {}),
                "source_line": int(latest["source_line"]),
                "example_data": bool(latest["example_data"]),
            })
    names = [c.name for c in TABLES["programme_changes"].columns]
    columns = {n: [_none(r[n]) for r in records] for n in names}
    out = typed_frame(columns, "programme_changes")
    out.attrs["example_data"] = bool(series.attrs.get("example_data", False)) or \
        bool(series["example_data"].any())
    return out


def _carry(updates: list[tuple[str, Any]], by_update: dict[str, dict[str, dict[str, Any]]],
           carried: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    """Put the work each update carries forward (``attrs["carried"]`` of the series:
    a section that says it has nothing to report) into that update, as it stood in the
    update before, so that it reads as unchanged then and is compared with it after;
    return the note of each (update, key) carried."""
    notes: dict[tuple[str, str], str] = {}
    for (u0, _), (u1, _) in pairwise(updates):
        earlier, later = by_update.get(u0, {}), by_update.setdefault(u1, {})
        for key, note in carried.get(u1, {}).items():
            if key in earlier and key not in later:
                later[key], notes[(u1, key)] = earlier[key], note
    return notes


def _none(value: Any) -> Any:
    return None if not isinstance(value, list | str | bool) and _missing(value) else value


def example_title(title: str, frame: pd.DataFrame) -> str:
    """``title`` with "(example data)" added when ``frame`` comes from invented example
    updates (its ``example_data`` column or attribute), so that nobody quotes it.

    Examples
    --------
    >>> example_title("What slipped", pd.DataFrame({"example_data": [True]}))
    'What slipped (example data)'
    >>> example_title("What slipped", pd.DataFrame({"example_data": [False]}))
    'What slipped'
    """
    flagged = bool(frame.attrs.get("example_data", False)) or (
        "example_data" in frame and bool(frame["example_data"].any()))
    return f"{title} (example data)" if flagged else title


def status_by_update(series: pd.DataFrame) -> pd.DataFrame:
    """Items per status in each update (one row per update, in date order).

    Examples
    --------
    >>> series = pd.DataFrame({"update": ["a", "a", "b"], "update_date": ["2021-10-22",
    ...     "2021-10-22", "2022-01-20"], "status": ["done", "planned", "done"]})
    >>> status_by_update(series)
          update update_date  done  in progress  planned  at risk  total
    0  a  2021-10-22     1            0        1        0      2
    1  b  2022-01-20     1            0        0        0      1
    """
    from wlga_analysis.analysis._common import _status_labels
    from wlga_analysis.contracts import PROGRAMME_STATUSES

    updates = _updates(series)
    status = _status_labels(series["status"])  # (an item with none: "not stated")
    statuses = list(PROGRAMME_STATUSES) + sorted(set(status) - set(PROGRAMME_STATUSES))
    counts = pd.DataFrame({"update": series["update"], "status": status}).groupby(
        ["update", "status"], sort=False).size()
    rows = []
    for update, date in updates:
        row = {"update": update, "update_date": date}
        row.update({s: int(counts.get((update, s), 0)) for s in statuses})
        row["total"] = sum(row[s] for s in statuses)
        rows.append(row)
    out = pd.DataFrame(rows, columns=["update", "update_date", *statuses, "total"])
    for s in [*statuses, "total"]:
        out[s] = out[s].astype("int64")
    return out


def milestone_trend(series: pd.DataFrame) -> pd.DataFrame:
    """The due quarter of each piece of work as reported at each update (long form), for
    the items with a due quarter in at least one update.

    Returns
    -------
    DataFrame
        ``item_key``, ``label`` (topic, or the start of the text, of the latest wording),
        ``update``, ``update_date``, ``report_quarter``, ``due_quarter``; in date order.

    Examples
    --------
    >>> q = lambda s: pd.Period(s, freq="Q-MAR")
    >>> series = pd.DataFrame({"item_key": ["k", "k"], "topic": ["Pilot", "Pilot"],
    ...     "text": ["x", "y"], "update": ["a", "b"], "update_date": ["2021-10-22",
    ...     "2022-01-20"], "report_quarter": [q("2022Q3"), q("2022Q4")],
    ...     "due_quarter": [q("2022Q4"), q("2023Q1")]})
    >>> milestone_trend(series)[["item_key", "label", "update", "due_quarter"]]
      item_key  label update due_quarter
    0        k  Pilot      a      2022Q4
    1        k  Pilot      b      2023Q1
    """
    dated = series[series["due_quarter"].notna()]
    keys = list(dict.fromkeys(dated["item_key"]))
    latest = series.drop_duplicates("item_key", keep="last").set_index("item_key")
    labels = {}
    for key in keys:
        topic, text = latest.loc[key, "topic"], str(latest.loc[key, "text"])
        labels[key] = topic if isinstance(topic, str) and topic else \
            (text if len(text) <= 40 else text[:39].rstrip() + "…")
    out = dated[dated["item_key"].isin(keys)][
        ["item_key", "update", "update_date", "report_quarter", "due_quarter"]].copy()
    out.insert(1, "label", out["item_key"].map(labels).astype("str"))
    return out.reset_index(drop=True)


def grant_changes(grants_series: pd.DataFrame) -> pd.DataFrame:
    """Grants by update: one row per (grant, financial year), one column per update date
    (the amount stated in that update; missing when the update does not name it).

    Examples
    --------
    >>> g = pd.DataFrame({"update": ["a", "b", "b"], "update_date": ["2021-10-22",
    ...     "2022-01-20", "2022-01-20"], "grant": ["improvement grant"] * 3,
    ...     "financial_year": ["2021-22", "2021-22", "2022-23"],
    ...     "amount_gbp": [800000, 800000, 850000]})
    >>> grant_changes(g)
                   grant financial_year  2021-10-22  2022-01-20
    0  improvement grant        2021-22      800000      800000
    1  improvement grant        2022-23        <NA>      850000
    """
    dates = list(dict.fromkeys(grants_series["update_date"].fillna("undated")))
    frame = grants_series.assign(update_date=grants_series["update_date"].fillna("undated"))
    table = frame.pivot_table(index=["grant", "financial_year"], columns="update_date",
                              values="amount_gbp", aggfunc="sum", sort=False)
    table = table.reindex(columns=dates).astype("Int64").reset_index()
    table.columns.name = None
    return table


def _long_date(value: Any) -> str:
    if not isinstance(value, str):
        return "an undated update"
    import datetime as dt

    day = dt.date.fromisoformat(value)
    return f"{day.day} {day:%B %Y}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def describe_series(series: pd.DataFrame) -> str:
    """Markdown sentences saying which updates a series holds (and which are example data).

    Examples
    --------
    >>> series = pd.DataFrame({"update": ["a.txt", "b.txt"], "update_date": ["2021-10-22",
    ...     "2022-01-20"], "example_data": [False, True]})
    >>> print(describe_series(series))
    The series holds 2 updates, from 22 October 2021 to 20 January 2022:
    <BLANKLINE>
    - 22 October 2021: `a.txt`
    - 20 January 2022: `b.txt` (**example data**, invented for demonstration)
    """
    updates = series.drop_duplicates("update")
    dates = updates["update_date"].tolist()
    lines = [f"The series holds {_count(len(updates), 'update')}, from "
             f"{_long_date(dates[0])} to {_long_date(dates[-1])}:", ""]
    for update, date, example in zip(updates["update"], dates, updates["example_data"],
                                     strict=True):
        flag = " (**example data**, invented for demonstration)" if example else ""
        lines.append(f"- {_long_date(date)}: `{update}`{flag}")
    return "\n".join(lines)


def describe_changes(changes: pd.DataFrame) -> str:
    """Markdown sentences: for each pair of consecutive updates, what was new, dropped,
    changed and unchanged, what slipped or was brought forward, and what to check.

    Examples
    --------
    >>> changes = pd.DataFrame({"from_date": ["2021-10-22"] * 3,
    ...     "to_date": ["2022-01-20"] * 3, "change": ["new", "changed", "dropped"],
    ...     "slipped": [False, True, False], "brought_forward": [False] * 3,
    ...     "check": [False] * 3, "example_data": [True] * 3})
    >>> import textwrap
    >>> print(textwrap.fill(describe_changes(changes), 88))
    - **20 January 2022 against 22 October 2021** (example data): 1 new item, 1 dropped, 1
    changed and 0 unchanged; 1 due date slipped and 0 brought forward; 0 status steps
    backwards to check.
    """
    if changes.empty:
        return "There is only one update: nothing to compare."
    lines = []
    for (d0, d1), pair in changes.groupby(["from_date", "to_date"], sort=False,
                                          dropna=False):
        n = pair["change"].value_counts()
        example = " (example data)" if bool(pair["example_data"].any()) else ""
        lines.append(
            f"- **{_long_date(d1)} against {_long_date(d0)}**{example}: "
            f"{_count(int(n.get('new', 0)), 'new item')}, {int(n.get('dropped', 0))} dropped, "
            f"{int(n.get('changed', 0))} changed and {int(n.get('unchanged', 0))} unchanged; "
            f"{_count(int(pair['slipped'].sum()), 'due date')} slipped and "
            f"{int(pair['brought_forward'].sum())} brought forward; "
            f"{int(pair['check'].sum())} status "
            f"{'step' if int(pair['check'].sum()) == 1 else 'steps'} backwards to check.")
    return "\n".join(lines)
