"""Who delivers: recommendations per owner, owner combinations, and the partners
programme items name."""

from __future__ import annotations

import pandas as pd

from wlga_analysis.analysis._common import (
    NO_OWNER,
    _first_seen,
    _long_owners,
    _owner_lists,
    _owner_order,
    _priority_of,
    _status_labels,
    _statuses,
)


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
    return _partners_by(programme, "status", _status_labels(programme["status"]),
                        _statuses(programme))
