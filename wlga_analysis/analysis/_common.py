"""Labels and helpers shared by the analysis modules."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from wlga_analysis.contracts import PROGRAMME_STATUSES
from wlga_analysis.quarters import to_quarter

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


def _status_labels(status: pd.Series) -> pd.Series:
    """Item statuses as text, :data:`NOT_STATED` where the document gives none (a RAG cell
    whose shading a plain-text copy lost), so that counts by status keep every item.

    >>> _status_labels(pd.Series(["done", None], dtype="str")).tolist()
    ['done', 'not stated']
    """
    return status.astype("object").where(status.notna(), NOT_STATED).astype("str")


def _statuses(programme: pd.DataFrame) -> list[str]:
    """The contract's statuses, then any other status the table holds (:data:`NOT_STATED`
    when an item has none)."""
    extra = [s for s in _first_seen(_status_labels(programme["status"]))
             if s not in PROGRAMME_STATUSES]
    return [*PROGRAMME_STATUSES, *extra]


def _priority_of(programme: pd.DataFrame) -> pd.Series:
    return programme["priority"].astype("object").where(programme["priority"].notna(),
                                                         NO_PRIORITY).astype("str")
