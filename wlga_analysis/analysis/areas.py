"""Where the agenda is concentrated: recommendations and activities per area and theme."""

from __future__ import annotations

import re

import pandas as pd

from wlga_analysis.analysis._common import (
    _SUBGROUP_PATTERN,
    NOT_STATED,
    _first_seen,
)
from wlga_analysis.text.regex_cache import compile_regex


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
    regex = compile_regex(pattern, re.IGNORECASE)
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
