"""Readers: the text of page furniture kept as notes (a Word file's running header, a web
page's breadcrumb).

A paper's date is sometimes printed only in its furniture: a council's Word statement puts
"Council – 24 September 2025" in the section's running header, and a committee system's
agenda item page names the meeting only in its breadcrumb ("Committee structure > Council
> Meeting of Council, Wednesday, 24th September, 2025 6.00 pm > Agenda item"). The readers
leave the furniture out of the blocks (it is no part of the paper: never an item), but keep
its text in :attr:`~wlga_analysis.read.model.DocumentModel.notes` (kinds ``"running
header"`` and ``"breadcrumb"``, as a PDF's removed running header is a ``"page furniture"``
note), where the interpreter's date finder can look when the paper prints no date
(:mod:`wlga_analysis.interpret.programme.furniture_dates`).

Examples
--------
>>> from wlga_analysis.read.html_tree import build_tree
>>> tree = build_tree('<div class="mgBreadCrumbs"><a>Council</a> &gt; <a>Meeting of '
...                   'Council, 24th September, 2025</a></div><p>Text</p>')
>>> [(n.kind, n.text) for n in breadcrumb_notes(tree.root)]
[('breadcrumb', 'Council > Meeting of Council, 24th September, 2025')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.html_tree import Element
from wlga_analysis.read.model import Location, Note
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["breadcrumb_notes", "docx_header_notes"]

#: A class or id naming breadcrumbs ("mgBreadCrumbs", "breadcrumb", "govuk-breadcrumbs").
_BREADCRUMB = LazyPattern(r"(?i)breadcrumb")
#: A run of white space.
_SPACE = LazyPattern(r"\s+")
#: The most furniture notes kept (a page of many breadcrumb trails: the first few).
_MOST = 4
#: The longest text kept (a breadcrumb trail or running header is short).
_LONGEST = 300


def _text(el: Element) -> str:
    parts: list[str] = []
    stack: list[Element | str] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            stack.extend(reversed(node.children))
    return _SPACE.sub(" ", " ".join(parts)).strip()


def breadcrumb_notes(root: Element) -> list[Note]:
    """Notes of kind ``"breadcrumb"`` holding the text of the page's breadcrumb trails (an
    element whose class or id names breadcrumbs), the first :data:`_MOST` of them.

    Parameters
    ----------
    root : Element
        The page's root element.

    Returns
    -------
    list of Note
        One per trail, at its line.

    Examples
    --------
    >>> breadcrumb_notes(Element("body", {}, 1, [Element("p", {}, 1, ["Text"])]))
    []
    """
    out: list[Note] = []
    stack: list[Element] = [root]
    while stack and len(out) < _MOST:
        el = stack.pop()
        names = f"{el.attrs.get('class', '')} {el.attrs.get('id', '')}"
        if _BREADCRUMB.search(names) is not None:
            text = _text(el)
            if text and len(text) <= _LONGEST:
                out.append(Note(Location(line=el.line), "breadcrumb", text))
            continue
        stack.extend(reversed([c for c in el.children if isinstance(c, Element)]))
    return out


def docx_header_notes(document: Any) -> list[Note]:
    """Notes of kind ``"running header"`` holding the text of a Word document's section
    headers (each distinct paragraph once; python-docx reads the body only), at no line.

    Parameters
    ----------
    document : docx.document.Document
        The Word document.

    Returns
    -------
    list of Note
        One per distinct non-empty header paragraph, in order.

    Examples
    --------
    >>> import docx
    >>> doc = docx.Document()
    >>> doc.sections[0].header.paragraphs[0].text = "Council – 24 September 2025"
    >>> [n.text for n in docx_header_notes(doc)]
    ['Council – 24 September 2025']
    """
    seen: list[str] = []
    for section in document.sections:
        for header in (section.first_page_header, section.header):
            if header.is_linked_to_previous:  # (none of its own)
                continue
            for para in header.paragraphs:
                text = _SPACE.sub(" ", para.text).strip()
                if text and len(text) <= _LONGEST and text not in seen:
                    seen.append(text)
            if len(seen) >= _MOST:
                break
    return [Note(Location(), "running header", text) for text in seen[:_MOST]]
