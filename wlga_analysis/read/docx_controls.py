"""Word content controls and custom XML around a table's rows and cells.

A form template (a grant return, a report with a "repeating section" of rows) wraps a
table row in a content control (``<w:sdt><w:sdtContent><w:tr>...``), or a cell
(``<w:sdt><w:sdtContent><w:tc>...``), or puts either inside a custom XML element. Word
shows the row or cell as any other; python-docx's ``CT_Tbl.tr_lst`` and ``CT_Row.tc_lst``
list only the rows and cells that are direct children, so such a row was lost (a grant of
a funding table, the first action of a tracker). :func:`table_rows` and :func:`row_tcs`
give them in place, in document order. A control's content read anywhere else (a
paragraph, a run) is read by :mod:`wlga_analysis.read.docx` already.

Examples
--------
>>> from lxml import etree
>>> W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
>>> tbl = etree.fromstring(
...     f'<w:tbl xmlns:w="{W}"><w:tr><w:tc/></w:tr>'
...     '<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:sdt><w:sdtContent><w:tc/><w:tc/>'
...     '</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>')
>>> rows = table_rows(tbl, "{%s}" % W)
>>> len(rows), [len(row_tcs(tr, "{%s}" % W)) for tr in rows]
(2, [1, 2])
"""

from __future__ import annotations

from typing import Any

__all__ = ["row_tcs", "table_rows"]


def _children(parent: Any, w: str, tag: str) -> list[Any]:
    """The ``tag`` children of ``parent``, those inside a content control's content
    (``w:sdt/w:sdtContent``) or a custom XML element (``w:customXml``) too, in order."""
    want, sdt, content, custom = f"{w}{tag}", f"{w}sdt", f"{w}sdtContent", f"{w}customXml"
    out: list[Any] = []
    for child in parent:
        if child.tag == want:
            out.append(child)
        elif child.tag == sdt:
            inner = child.find(content)
            if inner is not None:
                out.extend(_children(inner, w, tag))
        elif child.tag == custom:
            out.extend(_children(child, w, tag))
    return out


def table_rows(tbl: Any, w: str) -> list[Any]:
    """The rows (``w:tr``) of a table element ``tbl``, those wrapped in content controls
    or custom XML too, in document order (``w`` the WordprocessingML namespace in braces).

    Parameters
    ----------
    tbl : lxml element
        A ``w:tbl``.
    w : str
        ``"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"``.

    Returns
    -------
    list
        The ``w:tr`` elements.
    """
    return _children(tbl, w, "tr")


def row_tcs(tr: Any, w: str) -> list[Any]:
    """The cells (``w:tc``) of a row element ``tr``, those wrapped in content controls or
    custom XML too, in document order.

    Parameters
    ----------
    tr : lxml element
        A ``w:tr``.
    w : str
        The WordprocessingML namespace in braces.

    Returns
    -------
    list
        The ``w:tc`` elements.
    """
    return _children(tr, w, "tc")
