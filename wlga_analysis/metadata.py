"""Document metadata (title, date, financial year, provenance) from one call.

Examples
--------
>>> meta = load_metadata()
>>> meta["date"], meta["financial_year"]
(datetime.date(2021, 10, 22), '2021-22')
>>> load_metadata(kind="recommendations")["title"]
'Working Group on Local Government Recommendations'
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis.contracts import TABLES, validate
from wlga_analysis.documents import read_document


def load_metadata(source: str | Path | None = None, kind: str = "programme") -> dict[str, Any]:
    """Return the metadata of a document of ``kind`` as a dict.

    Parameters
    ----------
    source : str or Path, optional
        Path to a document; None for the shipped one of ``kind``.
    kind : {"programme", "recommendations"}
        The kind of document.

    Returns
    -------
    dict
        ``kind``, ``file``, ``path``, ``sha256`` and ``size`` (of the original file),
        ``form`` (``"text"``, ``"html"``, ``"docx"``, ``"pdf"``) and ``reader`` (with its
        library version), ``title``, ``date`` (a ``datetime.date`` or
        None), ``financial_year`` ("2021-22" or None), and for shipped files the provenance
        fields (``publisher``, ``description``, ``date_note``).

    Examples
    --------
    >>> meta = load_metadata()
    >>> meta["date"], meta["financial_year"], meta["file"]
    (datetime.date(2021, 10, 22), '2021-22', 'improvement-programme-2021-22-update.txt')
    >>> meta["publisher"]
    'Welsh Local Government Association (WLGA)'
    >>> recs = load_metadata(kind="recommendations")
    >>> recs["date"] is None, recs["date_note"]
    (True, 'undated (2019-20; refers to the Local Government and Elections (Wales) Bill)')
    """
    doc = read_document(source, kind)
    if kind == "programme":
        from wlga_analysis.programme import programme_metadata

        meta = dict(programme_metadata(doc))
    else:
        from wlga_analysis.recommendations import recommendations_metadata

        meta = dict(recommendations_metadata(doc))
    meta.update(kind=kind, file=doc.path.name, path=str(doc.path), sha256=doc.sha256,
                size=doc.size, form=doc.form, reader=doc.reader)
    record = doc.provenance or {}
    for key in ("publisher", "description", "date_note"):
        meta.setdefault(key, record.get(key))
    if meta.get("title") is None and record.get("title"):
        meta["title"] = record["title"]
    return meta


def load_documents(recommendations: str | Path | None = None,
                   programme: str | Path | None = None) -> pd.DataFrame:
    """One row per source document (the ``documents`` table): title, date, checksum...

    Parameters
    ----------
    recommendations, programme : str or Path, optional
        Documents to describe; default the shipped raw files.

    Returns
    -------
    DataFrame
        Columns of the ``documents`` contract: ``kind``, ``file``, ``title``, ``date``
        (ISO text or missing), ``financial_year``, ``publisher``, ``date_note``,
        ``sha256``, ``form``, ``reader`` (with its version), ``size_bytes``,
        ``source_line`` (the title's line).

    Examples
    --------
    >>> docs = load_documents()
    >>> docs[["kind", "date", "financial_year"]]
                  kind        date financial_year
    0  recommendations         NaN            NaN
    1        programme  2021-10-22        2021-22
    >>> docs["source_line"].tolist()
    [3, 5]
    >>> docs[["form", "reader"]].iloc[1].tolist(), int(docs["size_bytes"].iloc[1])
    (['text', 'text'], 12097)
    """
    rows = []
    for kind, source in (("recommendations", recommendations), ("programme", programme)):
        meta = load_metadata(source, kind=kind)
        rows.append({"kind": kind, "file": meta["file"], "title": meta.get("title"),
                     "date": meta["date"].isoformat() if meta.get("date") else None,
                     "financial_year": meta.get("financial_year"),
                     "publisher": meta.get("publisher"), "date_note": meta.get("date_note"),
                     "sha256": meta["sha256"], "form": meta.get("form"),
                     "reader": meta.get("reader"), "size_bytes": meta.get("size"),
                     "source_line": meta.get("title_line")})
    columns = [c.name for c in TABLES["documents"].columns]
    frame = pd.DataFrame(rows, columns=columns)
    for name in columns:
        frame[name] = frame[name].astype("Int64" if name in ("size_bytes", "source_line")
                                         else "str")
    return validate(frame, "documents")
