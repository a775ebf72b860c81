"""Analysis tables built from the loaders' DataFrames.

Every function here is pure: it takes the tidy tables the loaders return (see
:data:`wlga_analysis.contracts.TABLES` for their columns), never changes them, and returns a
NEW DataFrame. Nothing is specific to the shipped documents: owners, themes, statuses,
quarters, grants and partners are all read from the data.

Examples
--------
>>> import pandas as pd
>>> recs = pd.DataFrame({"rec_id": [1, 2, 3], "owners": [["WLGA", "WG"], ["WG"], []]})
>>> recommendations_per_owner(recs)
  owner  sole  joint  total
0    WG     1      1      2
1  WLGA     0      1      1
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from wlga_analysis import config
from wlga_analysis.contracts import PROGRAMME_STATUSES
from wlga_analysis.errors import ParseError
from wlga_analysis.quarters import quarter_label, to_quarter

#: Label used for activities that state no status.
NOT_STATED = "not stated"
#: Label of the row counting programme items that have no quarter.
NO_TIMING = "no timing"
#: Label used for programme items whose section delivers no priority of the offer.
NO_PRIORITY = "no priority"
#: Label used for recommendations that name no owner.
NO_OWNER = "(no owner)"
#: Kinds of target a crosswalk row may point at.
CROSSWALK_KINDS: tuple[str, ...] = ("programme_item", "section", "grant", "paragraph")
#: Columns of the crosswalk CSV.
CROSSWALK_COLUMNS: tuple[str, ...] = ("rec_id", "target_kind", "target", "reason")

_SUBGROUP_PATTERN = r"Partnership Council sub[- ]?group|sub[- ]?group of (the )?Partnership Council"


# --------------------------------------------------------------------------- helpers


def _owner_lists(recs: pd.DataFrame) -> pd.Series:
    """The ``owners`` column as lists of str (missing -> empty list)."""
    return recs["owners"].map(lambda v: [str(x) for x in v] if isinstance(v, list | tuple)
                              else [])


def _first_seen(values: Iterable) -> list:
    """Distinct non-missing values in order of first appearance."""
    seen: dict = {}
    for v in values:
        if not pd.isna(v) and v not in seen:
            seen[v] = None
    return list(seen)


def _owner_order(recs: pd.DataFrame) -> list[str]:
    """Owners ordered by number of recommendations credited (desc), then first appearance."""
    lists = _owner_lists(recs)
    order = _first_seen(o for lst in lists for o in lst)
    counts = {o: sum(o in lst for lst in lists) for o in order}
    return sorted(order, key=lambda o: (-counts[o], order.index(o)))


def _long_owners(recs: pd.DataFrame) -> pd.DataFrame:
    """One row per (recommendation row, owner), keeping the recommendation's other columns."""
    frame = recs.copy()
    frame["owners"] = _owner_lists(recs)
    frame["_n_owners"] = frame["owners"].map(len)
    long = frame.explode("owners").rename(columns={"owners": "owner"})
    long = long[long["owner"].notna()].copy()
    long["owner"] = long["owner"].astype("str")
    return long


def _as_quarter(value) -> pd.Period:
    """A UK financial quarter (Period, freq Q-MAR) from a Period, a label or a date.

    >>> _as_quarter("2021-22 Q3")
    Period('2022Q3', 'Q-MAR')
    >>> _as_quarter("2021-10-22")
    Period('2022Q3', 'Q-MAR')
    """
    quarter = to_quarter(value)
    if quarter is None:
        raise ValueError(f"not a quarter, label or date: {value!r}")
    return quarter


def _status_counts(frame: pd.DataFrame, by: str, order: list, statuses: list[str]) -> pd.DataFrame:
    """Counts of ``status`` per value of ``by`` (all statuses as columns) plus a total."""
    table = pd.crosstab(frame[by], frame["status"]).reindex(index=order, columns=statuses,
                                                              fill_value=0)
    table = table.fillna(0).astype("int64")
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    return table.rename_axis(by).reset_index()


def _statuses(programme: pd.DataFrame) -> list[str]:
    """The contract's statuses, then any other status the table holds."""
    extra = [s for s in _first_seen(programme["status"]) if s not in PROGRAMME_STATUSES]
    return [*PROGRAMME_STATUSES, *extra]


def _priority_of(programme: pd.DataFrame) -> pd.Series:
    return programme["priority"].astype("object").where(programme["priority"].notna(),
                                                         NO_PRIORITY).astype("str")


# --------------------------------------------------------------------------- owners


def recommendations_per_owner(recs: pd.DataFrame) -> pd.DataFrame:
    """Recommendations per owner, each owner credited for every joint recommendation.

    Parameters
    ----------
    recs : DataFrame
        The ``recommendations`` table (uses ``owners``).

    Returns
    -------
    DataFrame
        Columns ``owner``, ``sole`` (recommendations the owner holds alone), ``joint``
        (held with others), ``total``; most recommendations first. Recommendations without
        an owner are not counted (see :func:`recommendations_without_owner`).

    Examples
    --------
    >>> import pandas as pd
    >>> recs = pd.DataFrame({"owners": [["WLGA", "WG"], ["WLGA"], ["LG", "WLGA"]]})
    >>> recommendations_per_owner(recs)
      owner  sole  joint  total
    0  WLGA     1      2      3
    1    WG     0      1      1
    2    LG     0      1      1
    """
    long = _long_owners(recs)
    order = _owner_order(recs)
    out = pd.DataFrame({"owner": pd.Series(order, dtype="str")})
    sole = long[long["_n_owners"] == 1]["owner"].value_counts()
    joint = long[long["_n_owners"] > 1]["owner"].value_counts()
    out["sole"] = out["owner"].map(sole).fillna(0).astype("int64")
    out["joint"] = out["owner"].map(joint).fillna(0).astype("int64")
    out["total"] = out["sole"] + out["joint"]
    return out


def owner_combinations(recs: pd.DataFrame, keep_lead: bool = True) -> pd.DataFrame:
    """How often each combination of owners is named.

    Parameters
    ----------
    recs : DataFrame
        The ``recommendations`` table (uses ``owners`` and ``rec_id``).
    keep_lead : bool, default True
        True keeps the printed order, so the owner printed first (the lead) matters:
        ``WLGA/WG`` and ``WG/WLGA`` are different rows. False treats them as the same set,
        written in a canonical order (owners with most recommendations first).

    Returns
    -------
    DataFrame
        Columns ``owners`` (codes joined by ``/``; ``(no owner)`` when none is named),
        ``lead`` (first owner as printed; missing when ``keep_lead`` is False or there is
        no owner), ``n_owners``, ``recommendations``, ``rec_ids`` (list); most frequent
        first.

    Examples
    --------
    >>> import pandas as pd
    >>> recs = pd.DataFrame({"rec_id": [1, 2, 3],
    ...                      "owners": [["WLGA", "WG"], ["WG", "WLGA"], ["WG"]]})
    >>> owner_combinations(recs)[["owners", "recommendations"]]
        owners  recommendations
    0  WLGA/WG                1
    1  WG/WLGA                1
    2       WG                1
    >>> owner_combinations(recs, keep_lead=False)[["owners", "recommendations", "rec_ids"]]
        owners  recommendations rec_ids
    0  WG/WLGA                2  [1, 2]
    1       WG                1     [3]
    """
    lists = _owner_lists(recs)
    rank = {o: i for i, o in enumerate(_owner_order(recs))}
    if keep_lead:
        keys = lists.map(tuple)
    else:
        keys = lists.map(lambda lst: tuple(sorted(dict.fromkeys(lst), key=rank.__getitem__)))
    rec_ids = recs["rec_id"].tolist() if "rec_id" in recs else list(range(1, len(recs) + 1))
    groups: dict[tuple, list] = {}
    for key, rid in zip(keys, rec_ids, strict=True):
        groups.setdefault(key, []).append(rid)
    rows = [{"owners": "/".join(k) if k else NO_OWNER,
             "lead": (k[0] if k else None) if keep_lead else None,
             "n_owners": len(k), "recommendations": len(v), "rec_ids": v}
            for k, v in groups.items()]
    out = pd.DataFrame(rows, columns=["owners", "lead", "n_owners", "recommendations",
                                      "rec_ids"])
    out = out.sort_values("recommendations", ascending=False, kind="stable")
    out["owners"] = out["owners"].astype("str")
    out["lead"] = out["lead"].astype("str")
    out["n_owners"] = out["n_owners"].astype("int64")
    out["recommendations"] = out["recommendations"].astype("int64")
    return out.reset_index(drop=True)


def _owner_matrix(recs: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    long = _long_owners(recs)
    order = _owner_order(recs)
    groups = recs[by].drop_duplicates().reset_index(drop=True)
    counts = long.pivot_table(index=by, columns="owner", values="_n_owners", aggfunc="size",
                              fill_value=0)
    counts = counts.reindex(columns=order, fill_value=0)
    out = groups.merge(counts.reset_index(), on=by, how="left")
    out[order] = out[order].fillna(0).astype("int64")
    out.columns.name = "owner"
    return out


def owner_by_theme(recs: pd.DataFrame) -> pd.DataFrame:
    """Recommendations per theme and owner (each owner of a joint recommendation credited).

    Returns
    -------
    DataFrame
        One row per theme in document order: ``theme`` then one int column per owner
        (owners with most recommendations first).

    Examples
    --------
    >>> import pandas as pd
    >>> recs = pd.DataFrame({"theme": ["A", "A", "B"],
    ...                      "owners": [["WLGA", "WG"], ["WG"], ["LG"]]})
    >>> owner_by_theme(recs)
    owner theme  WG  WLGA  LG
    0         A   2     1   0
    1         B   0     0   1
    """
    return _owner_matrix(recs, ["theme"])


def owner_by_area(recs: pd.DataFrame) -> pd.DataFrame:
    """Recommendations per area and owner (each owner of a joint recommendation credited).

    Returns
    -------
    DataFrame
        One row per area in document order: ``area_id``, ``area``, ``theme``, then one int
        column per owner.

    Examples
    --------
    >>> import pandas as pd
    >>> recs = pd.DataFrame({"area_id": [1, 1, 2], "area": ["X", "X", "Y"],
    ...                      "theme": ["A", "A", "A"],
    ...                      "owners": [["WLGA", "WG"], ["WG"], []]})
    >>> owner_by_area(recs)
    owner  area_id area theme  WG  WLGA
    0            1    X     A   2     1
    1            2    Y     A   0     0
    """
    return _owner_matrix(recs, ["area_id", "area", "theme"])


def recommendations_without_owner(recs: pd.DataFrame) -> pd.DataFrame:
    """Recommendations that name no owner.

    Returns
    -------
    DataFrame
        The matching rows with the columns ``rec_seq``, ``rec_id``, ``area_id``, ``area``,
        ``text``, ``source_line`` (those present in ``recs``).

    Examples
    --------
    >>> import pandas as pd
    >>> recs = pd.DataFrame({"rec_id": [1, 2], "text": ["a", "b"], "owners": [["WG"], []],
    ...                      "source_line": [10, 12]})
    >>> recommendations_without_owner(recs)
       rec_id text  source_line
    0       2    b           12
    """
    cols = [c for c in ("rec_seq", "rec_id", "area_id", "area", "text", "source_line")
            if c in recs.columns]
    mask = _owner_lists(recs).map(len) == 0
    return recs.loc[mask, cols].reset_index(drop=True).copy()


def _partners_by(programme: pd.DataFrame, by: str, labels: pd.Series,
                 order: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame({
        "partner": programme["partners"].map(
            lambda v: list(dict.fromkeys(v)) if isinstance(v, list | tuple) else []),
        by: labels})
    long = frame.explode("partner")
    long = long[long["partner"].notna()]
    if long.empty:
        return pd.DataFrame({"partner": pd.Series(dtype="str"), by: pd.Series(dtype="str"),
                             "items": pd.Series(dtype="int64")})
    out = long.groupby(["partner", by], sort=False).size().rename("items").reset_index()
    totals = out.groupby("partner")["items"].transform("sum")
    out["_rank"] = out[by].map({v: i for i, v in enumerate(order)})
    out = out.assign(_total=totals).sort_values(["_total", "partner", "_rank"],
                                                 ascending=[False, True, True], kind="stable")
    out = out.drop(columns=["_rank", "_total"]).reset_index(drop=True)
    out["partner"] = out["partner"].astype("str")
    out[by] = out[by].astype("str")
    out["items"] = out["items"].astype("int64")
    return out


def partners_by_priority(programme: pd.DataFrame) -> pd.DataFrame:
    """Programme items naming each partner, per priority (long form).

    Items whose section delivers no priority of the offer are counted under
    ``"no priority"``.

    Returns
    -------
    DataFrame
        Columns ``partner``, ``priority``, ``items``; partners named most often first.

    Examples
    --------
    >>> import pandas as pd
    >>> prog = pd.DataFrame({"priority": ["P1", "P1", None],
    ...                      "partners": [["LGA", "Data Cymru"], ["LGA"], []]})
    >>> partners_by_priority(prog)
          partner priority  items
    0         LGA       P1      2
    1  Data Cymru       P1      1
    """
    labels = _priority_of(programme)
    return _partners_by(programme, "priority", labels, _first_seen(labels))


def partners_by_status(programme: pd.DataFrame) -> pd.DataFrame:
    """Programme items naming each partner, per status (long form).

    Returns
    -------
    DataFrame
        Columns ``partner``, ``status``, ``items``; partners named most often first, statuses
        in the order of :data:`~wlga_analysis.contracts.PROGRAMME_STATUSES`.

    Examples
    --------
    >>> import pandas as pd
    >>> prog = pd.DataFrame({"status": ["planned", "done", "done"],
    ...                      "partners": [["LGA"], ["LGA"], ["WEN"]]})
    >>> partners_by_status(prog)
      partner   status  items
    0     LGA     done      1
    1     LGA  planned      1
    2     WEN     done      1
    """
    return _partners_by(programme, "status", programme["status"].astype("str"),
                        _statuses(programme))


# --------------------------------------------------------------------------- areas, themes


def _activity_status(activities: pd.DataFrame) -> pd.Series:
    status = activities["status"].astype("object")
    status = status.map(lambda s: NOT_STATED if pd.isna(s) or not str(s).strip()
                        else str(s).strip())
    return status.astype("str")


def _status_column(status: str) -> str:
    return "activities_" + re.sub(r"\W+", "_", status.lower()).strip("_")


def _area_frame(areas: pd.DataFrame, activities: pd.DataFrame,
                recs: pd.DataFrame) -> pd.DataFrame:
    out = areas[["area_id", "area", "theme"]].copy().reset_index(drop=True)
    out["recommendations"] = (out["area_id"].map(recs["area_id"].value_counts())
                              .fillna(0).astype("int64"))
    out["activities"] = (out["area_id"].map(activities["area_id"].value_counts())
                         .fillna(0).astype("int64"))
    status = _activity_status(activities)
    order = [s for s in _first_seen(status) if s != NOT_STATED] + [NOT_STATED]
    counts = pd.crosstab(activities["area_id"], status).reindex(columns=order, fill_value=0)
    for s in order:
        out[_status_column(s)] = (out["area_id"].map(counts[s]) if len(counts) else
                                  pd.Series(0, index=out.index)).fillna(0).astype("int64")
    return out


def area_summary(areas: pd.DataFrame, activities: pd.DataFrame,
                 recs: pd.DataFrame) -> pd.DataFrame:
    """Recommendations and activities per area.

    Parameters
    ----------
    areas, activities, recs : DataFrame
        The ``areas``, ``activities`` and ``recommendations`` tables.

    Returns
    -------
    DataFrame
        One row per area in document order: ``area_id``, ``area``, ``theme``,
        ``recommendations``, ``activities``, then one column per activity status,
        ``activities_<status>`` (e.g. ``activities_ongoing``), ending with
        ``activities_not_stated`` for activities that state no status.

    Examples
    --------
    >>> import pandas as pd
    >>> areas = pd.DataFrame({"area_id": [1, 2], "area": ["X", "Y"], "theme": ["A", "B"]})
    >>> acts = pd.DataFrame({"area_id": [1, 1, 2], "status": ["Ongoing", None, None]})
    >>> recs = pd.DataFrame({"area_id": [1, 2, 2]})
    >>> summary = area_summary(areas, acts, recs)
    >>> summary[["area", "recommendations", "activities"]]
      area  recommendations  activities
    0    X                1           2
    1    Y                2           1
    >>> summary.filter(like="activities_")
       activities_ongoing  activities_not_stated
    0                   1                      1
    1                   0                      1
    """
    return _area_frame(areas, activities, recs)


def theme_summary(areas: pd.DataFrame, activities: pd.DataFrame,
                  recs: pd.DataFrame) -> pd.DataFrame:
    """Areas, recommendations and activities per theme.

    Returns
    -------
    DataFrame
        One row per theme in document order: ``theme``, ``areas``, ``recommendations``,
        ``activities`` and the ``activities_<status>`` columns of :func:`area_summary`.

    Examples
    --------
    >>> import pandas as pd
    >>> areas = pd.DataFrame({"area_id": [1, 2], "area": ["X", "Y"], "theme": ["A", "A"]})
    >>> acts = pd.DataFrame({"area_id": [1, 2], "status": ["Ongoing", None]})
    >>> recs = pd.DataFrame({"area_id": [1, 2, 2]})
    >>> theme_summary(areas, acts, recs).iloc[0].to_dict()
    {'theme': 'A', 'areas': 2, 'recommendations': 3, 'activities': 2,
     'activities_ongoing': 1, 'activities_not_stated': 1}
    """
    per_area = _area_frame(areas, activities, recs)
    numeric = [c for c in per_area.columns if c not in ("area_id", "area", "theme")]
    out = per_area.groupby("theme", sort=False)[numeric].sum()
    out.insert(0, "areas", per_area.groupby("theme", sort=False).size())
    out = out.astype("int64").reset_index()
    out["theme"] = out["theme"].astype("str")
    return out


def areas_handing_to_subgroup(recs: pd.DataFrame,
                              pattern: str = _SUBGROUP_PATTERN) -> pd.DataFrame:
    """Areas whose recommendations hand work to the new Partnership Council sub group.

    Parameters
    ----------
    recs : DataFrame
        The ``recommendations`` table.
    pattern : str
        Regular expression (case-insensitive) a recommendation's text must match.

    Returns
    -------
    DataFrame
        One row per matching area in document order: ``area_id``, ``area``, ``theme``,
        ``recommendations`` (count), ``rec_ids`` (list), ``source_lines`` (list).

    Examples
    --------
    >>> import pandas as pd
    >>> recs = pd.DataFrame({"rec_id": [1, 2, 3], "area_id": [1, 1, 2],
    ...     "area": ["X", "X", "Y"], "theme": ["A", "A", "A"],
    ...     "text": ["taken forward by a new sub group of the Partnership Council",
    ...              "Finance Sub Group", "report to the Partnership Council sub-group"],
    ...     "source_line": [5, 6, 9]})
    >>> areas_handing_to_subgroup(recs)[["area_id", "rec_ids", "source_lines"]]
       area_id rec_ids source_lines
    0        1     [1]          [5]
    1        2     [3]          [9]
    """
    regex = re.compile(pattern, re.IGNORECASE)
    mask = recs["text"].map(lambda t: not pd.isna(t) and bool(regex.search(str(t))))
    hits = recs[mask]
    rows = []
    for (area_id, area, theme), group in hits.groupby(["area_id", "area", "theme"],
                                                      sort=False):
        rows.append({"area_id": area_id, "area": area, "theme": theme,
                     "recommendations": len(group),
                     "rec_ids": [int(x) for x in group["rec_id"]],
                     "source_lines": [int(x) for x in group["source_line"]]})
    out = pd.DataFrame(rows, columns=["area_id", "area", "theme", "recommendations",
                                      "rec_ids", "source_lines"])
    out["area_id"] = out["area_id"].astype("int64")
    out["recommendations"] = out["recommendations"].astype("int64")
    for c in ("area", "theme"):
        out[c] = out[c].astype("str")
    return out


# --------------------------------------------------------------------------- quarters


def items_by_quarter(programme: pd.DataFrame, report_quarter) -> pd.DataFrame:
    """Programme items per quarter and status, with where each quarter sits in time.

    Parameters
    ----------
    programme : DataFrame
        The ``programme`` table (uses ``quarter``, ``status``).
    report_quarter : Period, str or date
        The quarter the update reports in: a ``Period`` (freq Q-MAR), a label such as
        ``"2021-22 Q3"``, or a date (``"2021-10-22"``).

    Returns
    -------
    DataFrame
        One row per quarter named (in time order), then a ``"no timing"`` row counting the
        items with no quarter (always present, possibly 0): ``quarter_label``,
        ``position`` (``past``, ``current``, ``ahead`` relative to
        ``report_quarter``; missing for the no-timing row), one count column per status,
        ``total``.

    Examples
    --------
    >>> import pandas as pd
    >>> q = pd.PeriodIndex(["2022Q2", "2022Q3", None, "2022Q4"], freq="Q-MAR")
    >>> prog = pd.DataFrame({"quarter": q, "status": ["done", "planned", "done", "planned"]})
    >>> items_by_quarter(prog, "2021-22 Q3")[["quarter_label", "position", "done", "planned",
    ...                                       "total"]]
      quarter_label position  done  planned  total
    0    2021-22 Q2     past     1        0      1
    1    2021-22 Q3  current     0        1      1
    2    2021-22 Q4    ahead     0        1      1
    3     no timing      NaN     1        0      1
    """
    report = _as_quarter(report_quarter)
    statuses = _statuses(programme)
    quarters = pd.Series(programme["quarter"]).reset_index(drop=True)
    labels = quarters.map(lambda q: NO_TIMING if pd.isna(q) else quarter_label(q))
    frame = pd.DataFrame({"quarter_label": labels.astype("str"),
                          "status": programme["status"].astype("str").to_numpy()})
    timed = sorted({q for q in quarters if not pd.isna(q)})
    order = [quarter_label(q) for q in timed] + [NO_TIMING]
    out = _status_counts(frame, "quarter_label", order, statuses)
    position = [("past" if q < report else "current" if q == report else "ahead")
                for q in timed] + [None]
    out.insert(1, "position", pd.Series(position, dtype="str"))
    return out


def programme_timeline(programme: pd.DataFrame) -> pd.DataFrame:
    """One row per programme item that has a quarter, ready for a Gantt-style chart.

    Returns
    -------
    DataFrame
        Columns ``item_id``, ``section``, ``priority``, ``status``, ``quarter_label``,
        ``start`` and ``end`` (first and last day of the quarter, Timestamps), ``label``
        (the item's topic, else the start of its text), ``source_line``; in time order,
        then document order.

    Examples
    --------
    >>> import pandas as pd
    >>> prog = pd.DataFrame({"item_id": ["6.1", "6.2"], "section": ["Set Up", "Set Up"],
    ...     "priority": [None, None], "topic": ["Team", None],
    ...     "text": ["Team: recruit", "Peer recruitment is scheduled for late Autumn"],
    ...     "status": ["in progress", "planned"],
    ...     "quarter": pd.PeriodIndex(["2022Q3", None], freq="Q-MAR"),
    ...     "source_line": [20, 22]})
    >>> programme_timeline(prog)[["item_id", "quarter_label", "start", "end", "label"]]
      item_id quarter_label      start        end label
    0     6.1    2021-22 Q3 2021-10-01 2021-12-31  Team
    """
    frame = programme.reset_index(drop=True)
    timed = frame[frame["quarter"].notna()].copy()
    quarters = pd.Series(timed["quarter"])
    topic = timed["topic"] if "topic" in timed else pd.Series(pd.NA, index=timed.index)
    text = timed["text"].astype("str").map(lambda t: t if len(t) <= 60 else t[:57] + "...")
    label = topic.astype("object").where(topic.notna(), text)
    out = pd.DataFrame({
        "item_id": timed["item_id"].astype("str"),
        "section": timed["section"].astype("str"),
        "priority": timed["priority"].astype("str") if "priority" in timed else pd.NA,
        "status": timed["status"].astype("str"),
        "quarter_label": quarters.map(quarter_label).astype("str"),
        "start": quarters.map(lambda q: q.start_time),
        "end": quarters.map(lambda q: q.end_time.normalize()),
        "label": label.astype("str"),
        "source_line": timed.get("source_line", pd.NA),
    })
    out["_q"] = quarters
    out["_pos"] = range(len(out))
    out = out.sort_values(["_q", "_pos"], kind="stable").drop(columns=["_q", "_pos"])
    out["start"] = pd.to_datetime(out["start"])
    out["end"] = pd.to_datetime(out["end"])
    return out.reset_index(drop=True)


def status_by_priority(programme: pd.DataFrame) -> pd.DataFrame:
    """Programme items per priority and status.

    Items whose section delivers no priority of the offer (set-up, targeted support) are
    shown under their section title, so every item is counted.

    Returns
    -------
    DataFrame
        One row per priority (or section) in document order: ``priority``,
        ``is_priority`` (False for a section standing in), one count column per status,
        ``total``.

    Examples
    --------
    >>> import pandas as pd
    >>> prog = pd.DataFrame({"section": ["Set Up", "Recovery", "Recovery"],
    ...     "priority": [None, "Recovery", "Recovery"],
    ...     "status": ["done", "done", "at risk"]})
    >>> status_by_priority(prog)
       priority  is_priority  done  in progress  planned  at risk  total
    0    Set Up        False     1            0        0        0      1
    1  Recovery         True     1            0        0        1      2
    """
    frame = pd.DataFrame({
        "priority": programme["priority"].astype("object").where(
            programme["priority"].notna(), programme["section"]).astype("str"),
        "status": programme["status"].astype("str"),
    })
    order = _first_seen(frame["priority"])
    out = _status_counts(frame, "priority", order, _statuses(programme))
    real = set(programme["priority"].dropna())
    out.insert(1, "is_priority", out["priority"].isin(real).astype("bool"))
    return out


# --------------------------------------------------------------------------- funding


def format_gbp(amount: float) -> str:
    """Format an amount in pounds: ``£800,000``.

    Examples
    --------
    >>> format_gbp(1330000)
    '£1,330,000'
    """
    return f"£{amount:,.0f}"


def grant_summary(grants: pd.DataFrame) -> pd.DataFrame:
    """The grants with a total row and formatted amounts.

    Returns
    -------
    DataFrame
        ``grant``, ``amount_gbp`` (int), ``amount`` (e.g. ``"£800,000"``),
        ``financial_year``, ``purpose``, ``paragraphs``, ``source_line`` (nullable Int; missing
        on the total row), ``is_total``. The total row's ``grant`` is ``"total"`` and its
        paragraphs all of theirs. Grants for different financial years are never added
        up: each year's grants come with their own total row (``"total 2020-21"``), years
        in the order the update names them.

    Examples
    --------
    >>> import pandas as pd
    >>> grants = pd.DataFrame({"grant": ["improvement grant", "digital grant"],
    ...     "amount_gbp": [800000, 530000], "financial_year": ["2021-22", "2021-22"],
    ...     "purpose": ["improvement", "digital"], "paragraphs": [[4, 15], [16]],
    ...     "source_line": [30, 90]})
    >>> grant_summary(grants)[["grant", "amount_gbp", "amount", "paragraphs"]]
                   grant  amount_gbp       amount   paragraphs
    0  improvement grant      800000     £800,000      [4, 15]
    1      digital grant      530000     £530,000         [16]
    2              total     1330000   £1,330,000  [4, 15, 16]
    """
    body = pd.DataFrame({
        "grant": grants["grant"].astype("str").tolist(),
        "amount_gbp": [int(a) for a in grants["amount_gbp"]],
        "financial_year": grants["financial_year"].astype("str").tolist(),
        "purpose": grants["purpose"].astype("str").tolist(),
        "paragraphs": [list(p) if isinstance(p, list | tuple) else [] for p in
                       grants["paragraphs"]],
        "source_line": [int(s) for s in grants["source_line"]],
        "is_total": False,
    })
    years = _first_seen(body["financial_year"]) or [""]
    parts = []
    for year in years:
        group = body[body["financial_year"] == year] if len(years) > 1 else body
        parts.append(group)
        parts.append(pd.DataFrame([{
            "grant": "total" if len(years) == 1 else f"total {year}",
            "amount_gbp": int(group["amount_gbp"].sum()),
            "financial_year": year,
            "purpose": None,
            "paragraphs": sorted({p for lst in group["paragraphs"] for p in lst}),
            "source_line": None,
            "is_total": True,
        }]))
    out = pd.concat(parts, ignore_index=True)
    out["amount_gbp"] = out["amount_gbp"].astype("int64")
    out["source_line"] = out["source_line"].astype("Int64")
    out["is_total"] = out["is_total"].astype("bool")
    for c in ("grant", "financial_year", "purpose"):
        out[c] = out[c].astype("str")
    out.insert(2, "amount", out["amount_gbp"].map(format_gbp).astype("str"))
    return out


_OPTIONS_LEAD = re.compile(r"\bOptions include\b", re.IGNORECASE)
_OPTION_SPLIT = re.compile(r",?\s+(or whether|possibly supplemented by)\s+|,\s+(or)\s+",
                           re.IGNORECASE)


_CURRENT_FUNDING = re.compile(
    r"\b(?:awarded|granted|paid|funded)\s+(?:annually|on an annual basis|each year)\b",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(£])")


def sentences(text: str) -> list[str]:
    """Split text into sentences (at ``.``, ``;``, ``!``, ``?`` before a capital).

    Examples
    --------
    >>> sentences("Funding is annual. It is awarded by WG; see para 4.")
    ['Funding is annual.', 'It is awarded by WG; see para 4.']
    """
    return [part.strip() for part in _SENTENCE_END.split(str(text)) if part.strip()]


def funding_options(paragraphs: pd.DataFrame, include_current: bool = True) -> pd.DataFrame:
    """The options for longer-term funding, laid side by side.

    The paragraph is found by its wording (``"Options include ..."``), not by its number.
    Its text after those words is split where a new option starts: ``"or whether"``,
    ``", or"`` (alternatives) and ``"possibly supplemented by"`` (an addition to the option
    before it). With ``include_current``, the sentence that states how funding is awarded
    now (e.g. "funding is awarded annually") comes first as option 0, kind ``current``, for
    comparison. Nothing is added to the document's words: no figures are invented.

    Returns
    -------
    DataFrame
        ``option_no`` (0 for the current arrangement, then 1, 2, ...), ``option`` (its text
        as printed), ``joined_by`` (the words that introduce it; missing for the first),
        ``kind`` (``current``, ``alternative`` or ``supplement``), ``supplements`` (the
        option a supplement adds to), ``paragraph``,
        ``source_line``. Empty when no paragraph lists options.

    Examples
    --------
    >>> import pandas as pd
    >>> paras = pd.DataFrame({"paragraph": [9], "kind": ["paragraph"], "source_line": [40],
    ...     "text": ["Members may discuss. Options include a longer grant, or whether "
    ...              "to top-slice, possibly supplemented by bids."]})
    >>> funding_options(paras)[["option_no", "option", "kind", "supplements"]]
       option_no          option         kind  supplements
    0          1  a longer grant  alternative         <NA>
    1          2     to top-slice  alternative         <NA>
    2          3            bids   supplement            2
    """
    columns = ["option_no", "option", "joined_by", "kind", "supplements", "paragraph",
               "source_line"]
    rows = []
    if include_current and paragraphs["text"].astype("str").str.contains(
            _OPTIONS_LEAD).any():
        for rec in paragraphs.itertuples(index=False):
            current = [t for t in sentences(rec.text) if _CURRENT_FUNDING.search(t)]
            if current:
                rows.append({"option_no": 0, "option": current[0].rstrip("."),
                             "joined_by": None, "kind": "current", "supplements": None,
                             "paragraph": getattr(rec, "paragraph", None),
                             "source_line": rec.source_line})
                break
    for rec in paragraphs.itertuples(index=False):
        text = str(rec.text)
        lead = _OPTIONS_LEAD.search(text)
        if not lead:
            continue
        rest = text[lead.end():].strip().lstrip(":").strip()
        parts = _OPTION_SPLIT.split(rest)
        # split() returns text, sep1, sep2, text, ...; one of sep1/sep2 is None.
        texts, joins = [parts[0]], [None]
        for i in range(1, len(parts), 3):
            joins.append((parts[i] or parts[i + 1]).lower())
            texts.append(parts[i + 2])
        base = sum(1 for r in rows if r["kind"] != "current")
        last_alt = None
        for n, (option, join) in enumerate(zip(texts, joins, strict=True), start=base + 1):
            kind = "supplement" if join == "possibly supplemented by" else "alternative"
            rows.append({"option_no": n, "option": option.strip().rstrip(".;").strip(),
                         "joined_by": join, "kind": kind,
                         "supplements": last_alt if kind == "supplement" else None,
                         "paragraph": getattr(rec, "paragraph", None),
                         "source_line": rec.source_line})
            if kind == "alternative":
                last_alt = n
    out = pd.DataFrame(rows, columns=columns)
    out["option_no"] = out["option_no"].astype("int64")
    for c in ("option", "joined_by", "kind"):
        out[c] = out[c].astype("str")
    for c in ("supplements", "paragraph", "source_line"):
        out[c] = out[c].astype("Int64")
    return out


_FIGURE_PATTERN = r"(?:c\.?\s?)?£\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|m|million|k)?\b"
_MULTIPLIERS = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "": 1.0}


def parse_gbp(figure: str) -> float:
    """The value in pounds of a printed figure such as ``c£4bn`` or ``£800,000``.

    Raises
    ------
    ValueError
        If ``figure`` holds no £ figure.

    Examples
    --------
    >>> parse_gbp("c£4bn"), parse_gbp("£800,000"), parse_gbp("£1.5 million")
    (4000000000.0, 800000.0, 1500000.0)
    """
    m = re.search(r"£\s?(\d[\d,]*(?:\.\d+)?)\s?(bn|billion|m|million|k)?", figure,
                  re.IGNORECASE)
    if not m:
        raise ValueError(f"no £ figure in {figure!r}")
    return float(m.group(1).replace(",", "")) * _MULTIPLIERS[(m.group(2) or "").lower()]


def figure_from_text(frame: pd.DataFrame, pattern: str = _FIGURE_PATTERN,
                     text_column: str = "text") -> pd.DataFrame:
    """Pull £ figures (such as ``c£4bn``) out of a text column, with where they are printed.

    Parameters
    ----------
    frame : DataFrame
        Any table with a text column and ``source_line`` (e.g. ``activities``).
    pattern : str
        Regular expression (case-insensitive) matching a figure; the default matches
        ``£800,000``, ``c£4bn``, ``£1.5 million``.
    text_column : str, default "text"

    Returns
    -------
    DataFrame
        One row per figure found: the key columns of ``frame`` that exist
        (``activity_seq``, ``activity_no``, ``rec_id``, ``area_id``, ``item_id``,
        ``paragraph``), ``figure`` (as printed), ``value_gbp`` (float), ``approximate``
        (printed with ``c``), ``text`` (the whole text), ``source_line``.

    Examples
    --------
    >>> import pandas as pd
    >>> acts = pd.DataFrame({"activity_no": [17, 18], "source_line": [40, 41],
    ...     "text": ["No money here.", "Engagement over c£4bn of public service funding."]})
    >>> figure_from_text(acts)[["activity_no", "figure", "value_gbp", "approximate",
    ...                         "source_line"]]
       activity_no figure     value_gbp  approximate  source_line
    0           18  c£4bn  4.000000e+09         True           41
    """
    keys = [c for c in ("activity_seq", "activity_no", "rec_id", "area_id", "item_id",
                        "paragraph") if c in frame.columns]
    regex = re.compile(pattern, re.IGNORECASE)
    rows = []
    for _, row in frame.iterrows():
        text = row[text_column]
        if pd.isna(text):
            continue
        for m in regex.finditer(str(text)):
            figure = m.group(0).strip()
            rows.append({**{k: row[k] for k in keys}, "figure": figure,
                         "value_gbp": parse_gbp(figure),
                         "approximate": bool(re.match(r"c\b|c\.?\s?£", figure, re.I)),
                         "text": str(text), "source_line": row.get("source_line")})
    out = pd.DataFrame(rows, columns=[*keys, "figure", "value_gbp", "approximate", "text",
                                      "source_line"])
    for k in keys:
        out[k] = out[k].astype(frame[k].dtype)
    out["figure"] = out["figure"].astype("str")
    out["text"] = out["text"].astype("str")
    out["value_gbp"] = out["value_gbp"].astype("float64")
    out["approximate"] = out["approximate"].astype("bool")
    return out


def grant_statements(grants: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The sentences that state each grant's amount, i.e. what the document says it funds.

    Returns
    -------
    DataFrame
        ``grant``, ``amount`` (``"£800,000"``), ``paragraph``, ``statement`` (the sentence as
        printed), ``source_line``; one row per sentence naming the amount.

    Examples
    --------
    >>> import pandas as pd
    >>> grants = pd.DataFrame({"grant": ["digital grant"], "amount_gbp": [530000],
    ...                        "paragraphs": [[16]]})
    >>> paras = pd.DataFrame({"paragraph": [16], "kind": ["paragraph"], "source_line": [91],
    ...     "text": ["The WLGA receives £530,000 for the digital team. Other text."]})
    >>> grant_statements(grants, paras)[["grant", "statement"]]
               grant                                         statement
    0  digital grant  The WLGA receives £530,000 for the digital team.
    """
    rows = []
    figures = figure_from_text(paragraphs)
    for grant in grants.itertuples(index=False):
        hits = figures[figures["value_gbp"] == float(grant.amount_gbp)]
        for hit in hits.drop_duplicates(["paragraph", "source_line"]).itertuples(index=False):
            for sentence in sentences(hit.text):
                if hit.figure in sentence:
                    rows.append({"grant": grant.grant, "amount": format_gbp(grant.amount_gbp),
                                 "paragraph": hit.paragraph, "statement": sentence,
                                 "source_line": hit.source_line})
    out = pd.DataFrame(rows, columns=["grant", "amount", "paragraph", "statement",
                                      "source_line"])
    for c in ("grant", "amount", "statement"):
        out[c] = out[c].astype("str")
    for c in ("paragraph", "source_line"):
        out[c] = out[c].astype("Int64")
    return out


_FUNDING_TALK = re.compile(r"\b(?:grants?|funding|funded|funds?|top-slice|settlement|"
                           r"Revenue Support Grant|RSG)\b", re.IGNORECASE)


def funding_statements(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every sentence of the update that speaks of grants or funding, with its line.

    The context for the grants table: what the funding pays for (a core team, specific
    services), how it is awarded, and what is proposed, in the document's own words.

    Parameters
    ----------
    paragraphs : DataFrame
        The ``paragraphs`` table.

    Returns
    -------
    DataFrame
        ``paragraph``, ``statement`` (one sentence as printed), ``source_line``, in
        document order.

    Examples
    --------
    >>> import pandas as pd
    >>> paras = pd.DataFrame({"paragraph": [5], "kind": ["paragraph"], "source_line": [25],
    ...     "text": ["Support is critical, funding a core team. Members meet monthly."]})
    >>> funding_statements(paras)["statement"].tolist()
    ['Support is critical, funding a core team.']
    """
    rows = [{"paragraph": rec.paragraph, "statement": sentence,
             "source_line": rec.source_line}
            for rec in paragraphs.itertuples(index=False)
            for sentence in sentences(rec.text) if _FUNDING_TALK.search(sentence)]
    out = pd.DataFrame(rows, columns=["paragraph", "statement", "source_line"])
    out["paragraph"] = out["paragraph"].astype("Int64")
    out["statement"] = out["statement"].astype("str")
    out["source_line"] = out["source_line"].astype("int64")
    return out


def report_quarter(metadata: dict) -> pd.Period:
    """The UK financial quarter a document reports in, from its metadata's ``date``.

    Raises
    ------
    ParseError
        If the metadata has no ``date``.

    Examples
    --------
    >>> import datetime as dt
    >>> report_quarter({"date": dt.date(2021, 10, 22)})
    Period('2022Q3', 'Q-MAR')
    """
    if not metadata.get("date"):
        raise ParseError("the document has no date, so its report quarter is unknown; "
                         "give report_quarter explicitly", path=metadata.get("path"))
    return _as_quarter(metadata["date"])


def quality_summary(report: pd.DataFrame) -> pd.DataFrame:
    """Count the data-quality report's findings per document, table and check.

    Examples
    --------
    >>> import pandas as pd
    >>> report = pd.DataFrame({"document": ["d", "d"], "table": ["t", "t"],
    ...                        "check": ["no owner", "no owner"], "item": ["13", "16"]})
    >>> quality_summary(report)
      document table     check  findings  items
    0        d     t  no owner         2  13, 16
    """
    columns = ["document", "table", "check"]
    grouped = report.groupby(columns, sort=False)["item"]
    out = grouped.agg(findings="size", items=lambda v: ", ".join(map(str, v))).reset_index()
    out["findings"] = out["findings"].astype("int64")
    return out


# --------------------------------------------------------------------------- crosswalk


def load_crosswalk(path: str | Path | None = None) -> pd.DataFrame:
    """The recommendation-to-delivery crosswalk (``data/raw/crosswalk.csv`` by default).

    Returns
    -------
    DataFrame
        ``rec_id`` (int), ``target_kind`` (one of :data:`CROSSWALK_KINDS`), ``target``,
        ``reason``, ``csv_line`` (line of the CSV the row is on). ``attrs["path"]`` holds the
        file read.

    Raises
    ------
    ParseError
        Naming the file and line when a column is missing, a ``rec_id`` is not a whole
        number or a ``target_kind`` is unknown.

    Examples
    --------
    >>> cw = load_crosswalk()
    >>> sorted(set(cw["target_kind"])) == sorted(set(cw["target_kind"]) & set(CROSSWALK_KINDS))
    True
    """
    from wlga_analysis.reference import read_reference_csv

    path = Path(path or config.CROSSWALK_FILE)
    frame = read_reference_csv(path, CROSSWALK_COLUMNS, with_lines=True)
    frame = frame[[*CROSSWALK_COLUMNS, "csv_line"]].copy()
    ids = []
    for rid, line in zip(frame["rec_id"], frame["csv_line"], strict=True):
        if pd.isna(rid) or not re.fullmatch(r"\d+", str(rid)):
            raise ParseError(f"rec_id must be a whole number, got {rid!r}", path=path,
                             line=int(line))
        ids.append(int(rid))
    frame["rec_id"] = pd.Series(ids, dtype="int64", index=frame.index)
    for kind, target, line in zip(frame["target_kind"], frame["target"], frame["csv_line"],
                                  strict=True):
        if kind not in CROSSWALK_KINDS:
            raise ParseError(f"target_kind must be one of {', '.join(CROSSWALK_KINDS)}, got "
                             f"{kind!r}", path=path, line=int(line))
        if pd.isna(target):
            raise ParseError("target is empty", path=path, line=int(line))
    frame.attrs["path"] = str(path)
    return frame.reset_index(drop=True)


def _norm(text) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def _target_exists(kind: str, target: str, programme: pd.DataFrame, grants: pd.DataFrame,
                   paragraphs: pd.DataFrame) -> bool:
    if kind == "programme_item":
        return target in set(programme["item_id"].astype("str"))
    if kind == "section":
        return _norm(target) in {_norm(s) for s in programme["section"].dropna()}
    if kind == "grant":
        return _norm(target) in {_norm(g) for g in grants["grant"].dropna()}
    if kind == "paragraph":
        return bool(re.fullmatch(r"\d+", target)) and \
            int(target) in {int(p) for p in paragraphs["paragraph"].dropna()}
    return False


def validate_crosswalk(crosswalk: pd.DataFrame, recs: pd.DataFrame, programme: pd.DataFrame,
                       grants: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Check every crosswalk row points at something that exists in the documents.

    Returns
    -------
    DataFrame
        ``crosswalk`` itself (unchanged) when every row is valid.

    Raises
    ------
    ParseError
        Naming the crosswalk file and CSV line of the first row whose ``rec_id`` is not a
        recommendation, whose ``target_kind`` is unknown or whose ``target`` is not in the
        programme, grants or paragraphs tables.

    Examples
    --------
    >>> import pandas as pd
    >>> cw = pd.DataFrame({"rec_id": [1], "target_kind": ["grant"], "target": ["x grant"],
    ...                    "reason": ["r"], "csv_line": [2]})
    >>> recs = pd.DataFrame({"rec_id": [1]})
    >>> grants = pd.DataFrame({"grant": ["digital grant"]})
    >>> empty = pd.DataFrame({"item_id": [], "section": [], "paragraph": []})
    >>> validate_crosswalk(cw, recs, empty, grants, empty)
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: crosswalk.csv, line 2: grant 'x grant' ...
    """
    path = crosswalk.attrs.get("path", config.CROSSWALK_FILE.name)
    path = Path(path).name if path else None
    rec_ids = {int(r) for r in recs["rec_id"]}
    lines = (crosswalk["csv_line"] if "csv_line" in crosswalk
             else pd.Series(range(2, len(crosswalk) + 2), index=crosswalk.index))
    for row, line in zip(crosswalk.itertuples(index=False), lines, strict=True):
        line = int(line)
        if int(row.rec_id) not in rec_ids:
            raise ParseError(f"recommendation {row.rec_id} does not exist in the "
                             "recommendations table", path=path, line=line)
        if row.target_kind not in CROSSWALK_KINDS:
            raise ParseError(f"unknown target_kind {row.target_kind!r}", path=path, line=line)
        if not _target_exists(row.target_kind, str(row.target), programme, grants,
                              paragraphs):
            where = {"programme_item": "programme items", "section": "programme sections",
                     "grant": "grants", "paragraph": "paragraphs"}[row.target_kind]
            raise ParseError(f"{row.target_kind.replace('_', ' ')} {row.target!r} does not "
                             f"exist in the {where} of the programme update", path=path,
                             line=line)
    return crosswalk


def _status_text(statuses: Iterable[str]) -> str:
    counts = pd.Series(list(statuses), dtype="str").value_counts()
    order = [s for s in PROGRAMME_STATUSES if s in counts] + \
        [s for s in counts.index if s not in PROGRAMME_STATUSES]
    return ", ".join(f"{counts[s]} {s}" for s in order)


def recommendation_delivery(crosswalk: pd.DataFrame, recs: pd.DataFrame,
                            programme: pd.DataFrame, grants: pd.DataFrame,
                            paragraphs: pd.DataFrame) -> pd.DataFrame:
    """What delivers each crosswalked recommendation, with both sides' text and lines.

    The crosswalk is validated first (:func:`validate_crosswalk`).

    Returns
    -------
    DataFrame
        One row per crosswalk row: ``rec_id``, ``rec_text``, ``owners`` (joined by ``/``),
        ``area``, ``target_kind``, ``target``, ``target_text`` (item text, section items,
        grant amount and purpose, or paragraph text), ``status`` (the item's status; for a
        section, its items' statuses counted; missing for grants and paragraphs),
        ``reason``, ``rec_source_line``, ``target_source_line``.

    Examples
    --------
    >>> import pandas as pd
    >>> cw = pd.DataFrame({"rec_id": [7], "target_kind": ["grant"],
    ...     "target": ["digital grant"], "reason": ["funds it"], "csv_line": [2]})
    >>> recs = pd.DataFrame({"rec_id": [7], "text": ["Digital pilot"], "area": ["Shared"],
    ...     "owners": [["LG", "WG"]], "source_line": [20]})
    >>> grants = pd.DataFrame({"grant": ["digital grant"], "amount_gbp": [530000],
    ...     "purpose": ["Chief Digital Officer"], "source_line": [88]})
    >>> empty = pd.DataFrame({"item_id": [], "section": [], "paragraph": []})
    >>> recommendation_delivery(cw, recs, empty, grants, empty)[["rec_id", "owners",
    ...     "target_text", "target_source_line"]]
       rec_id owners                       target_text  target_source_line
    0       7  LG/WG  £530,000: Chief Digital Officer                  88
    """
    validate_crosswalk(crosswalk, recs, programme, grants, paragraphs)
    rec_by_id = {int(r.rec_id): r for r in recs.itertuples(index=False)}
    rows = []
    for row in crosswalk.itertuples(index=False):
        rec = rec_by_id[int(row.rec_id)]
        kind, target = row.target_kind, str(row.target)
        status, text, line = None, None, None
        if kind == "programme_item":
            item = programme[programme["item_id"].astype("str") == target].iloc[0]
            text, status, line = item["text"], item["status"], item["source_line"]
        elif kind == "section":
            items = programme[programme["section"].map(_norm) == _norm(target)]
            text = f"{items['section'].iloc[0]}: " + " | ".join(
                f"{i}: {t}" for i, t in zip(items["item_id"], items["topic"].where(
                    items["topic"].notna(), items["text"].str.slice(0, 60)), strict=True))
            status = _status_text(items["status"])
            line = int(items["source_line"].min())
        elif kind == "grant":
            grant = grants[grants["grant"].map(_norm) == _norm(target)].iloc[0]
            text = f"{format_gbp(int(grant['amount_gbp']))}: {grant['purpose']}"
            line = grant["source_line"]
        else:
            para = paragraphs[paragraphs["paragraph"].astype("Int64") == int(target)]
            text = " ".join(para["text"].astype("str"))
            line = int(para["source_line"].min())
        rows.append({"rec_id": int(row.rec_id), "rec_text": rec.text,
                     "owners": "/".join(_owner_lists(pd.DataFrame({"owners": [rec.owners]}))
                                        .iloc[0]),
                     "area": getattr(rec, "area", None), "target_kind": kind,
                     "target": target, "target_text": text, "status": status,
                     "reason": row.reason, "rec_source_line": rec.source_line,
                     "target_source_line": line})
    out = pd.DataFrame(rows, columns=["rec_id", "rec_text", "owners", "area", "target_kind",
                                      "target", "target_text", "status", "reason",
                                      "rec_source_line", "target_source_line"])
    out["rec_id"] = out["rec_id"].astype("int64")
    for c in ("rec_text", "owners", "area", "target_kind", "target", "target_text", "status",
              "reason"):
        out[c] = out[c].astype("str")
    for c in ("rec_source_line", "target_source_line"):
        out[c] = out[c].astype("Int64")
    return out
