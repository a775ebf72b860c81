"""HTML reader: a committee system's page furniture around the content, by its names.

A council's committee pages (ModernGov's "Agenda item" page) print the content in a plain
``<div>`` with no ``<main>``: the page's footer, its navigation bar and the item's list of
supporting documents stand beside it in elements that say what they are by their class or
id (``id="mgFooter"``, ``class="mgNavBar"``, ``class="mgSupportingDocs"``), and a list of
links to the documents themselves ("Delivery Plan Q4 report, item 6. PDF 412 KB") is a
list of attachments. None of them is part of the paper: the reader leaves them out, as it
does a ``<footer>`` or ``<nav>``.

Examples
--------
>>> from wlga_analysis.read.html_tree import build_tree
>>> page = build_tree('<div id="mgFooter">Privacy</div><ul><li><a href="r.pdf">Report. '
...                   'PDF 412 KB</a></li></ul><p>Text</p>')
>>> [is_furniture(c) for c in page.root.children]
[True, True, False]
"""

from __future__ import annotations

from wlga_analysis.read.html_tree import Element
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["is_furniture"]

#: A class or id naming furniture ("mgFooter", "site-footer", "mgNavBar",
#: "mgSupportingDocs"), or a class naming breadcrumbs (a wiki's breadcrumbs by id, "Space >
#: Page", name the space its page titles start with:
#: :mod:`wlga_analysis.interpret.programme.space_titles`).
_NAMES = LazyPattern(r"(?i)footer|navbar|supportingdocs|supporting-documents")
_CLASS_NAMES = LazyPattern(r"(?i)breadcrumb")
#: A link to a document file (its address ends in the file's suffix).
_DOCUMENT = LazyPattern(r"(?i)[^?#]*\.(?:pdf|docx?|xlsx?|pptx?|odt)(?:[?#].*)?")


def is_furniture(el: Element) -> bool:
    """Whether an element is page furniture named by its class or id, or a list each of
    whose items is only a link to a document file.

    Parameters
    ----------
    el : Element
        An element of the page.

    Returns
    -------
    bool
        Whether the reader leaves it out.

    Examples
    --------
    >>> is_furniture(Element("p", {"class": "intro"}, 1))
    False
    """
    names = f"{el.attrs.get('class', '')} {el.attrs.get('id', '')}"
    if names.strip() and (_NAMES.search(names) is not None
                          or _CLASS_NAMES.search(el.attrs.get("class", "")) is not None):
        return True
    return el.tag in ("ul", "ol") and _only_document_links(el)


def _only_document_links(el: Element) -> bool:
    items = [c for c in el.children if isinstance(c, Element)]
    if not items or any(c.tag != "li" for c in items):
        return False
    for li in items:
        parts = [c for c in li.children if not (isinstance(c, str) and not c.strip())]
        if len(parts) != 1 or not isinstance(parts[0], Element) or parts[0].tag != "a" \
                or _DOCUMENT.fullmatch(parts[0].attrs.get("href", "")) is None:
            return False
    return True
