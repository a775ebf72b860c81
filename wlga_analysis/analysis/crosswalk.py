"""The recommendation-to-delivery crosswalk: read, validated, and joined to both
documents."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from wlga_analysis import config
from wlga_analysis.analysis._common import (
    CROSSWALK_COLUMNS,
    CROSSWALK_KINDS,
    _owner_lists,
)
from wlga_analysis.analysis.funding import (
    format_gbp,
)
from wlga_analysis.contracts import PROGRAMME_STATUSES
from wlga_analysis.errors import ParseError


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
