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
        ``kind``, ``file``, ``path``, ``sha256``, ``title``, ``date`` (a ``datetime.date`` or
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
    meta.update(kind=kind, file=doc.path.name, path=str(doc.path), sha256=doc.sha256)
    record = doc.provenance or {}
    for key in ("publisher", "description", "date_note"):
        meta.setdefault(key, record.get(key))
    if meta.get("title") is None and record.get("title"):
        meta["title"] = record["title"]
    return meta
