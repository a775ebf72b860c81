"""When programme work is due: items by quarter, the timeline, status by priority."""

from __future__ import annotations

import pandas as pd

from wlga_analysis.analysis._common import (
    NO_TIMING,
    _as_quarter,
    _first_seen,
    _status_counts,
    _status_labels,
    _statuses,
)
from wlga_analysis.quarters import quarter_label


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
                          "status": _status_labels(programme["status"]).to_numpy()})
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
        "status": _status_labels(timed["status"]),
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
        "status": _status_labels(programme["status"]),
    })
    order = _first_seen(frame["priority"])
    out = _status_counts(frame, "priority", order, _statuses(programme))
    real = set(programme["priority"].dropna())
    out.insert(1, "is_priority", out["priority"].isin(real).astype("bool"))
    return out
