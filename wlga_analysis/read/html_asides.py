"""A web page's box of links beside its content ("Related pages"): page furniture.

A council's CMS page often puts an ``<aside>`` inside ``<main>``: a heading ("Related
pages", "See also") over a list of links to other pages. It is furniture, like the page's
navigation: its links are no items of the paper. An aside that holds text of its own (a
recommendation printed as a callout, a "Key facts" box) is content and stays.

Examples
--------
>>> from wlga_analysis.read.html import Element
>>> link = Element("li", {}, 3, [Element("a", {"href": "/soa"}, 3, ["Statement of accounts"])])
>>> box = Element("aside", {}, 2, [Element("h2", {}, 2, ["Related pages"]),
...                                Element("ul", {}, 3, [link])])
>>> callout = Element("aside", {}, 5, [Element("p", {}, 5, ["R1 Councils should act."])])
>>> main = Element("main", {}, 1, ["Text", box, callout])
>>> [c if isinstance(c, str) else c.tag for c in without_link_boxes(main).children]
['Text', 'aside']
"""

from __future__ import annotations

from typing import Any

__all__ = ["without_link_boxes"]

#: Elements whose text a box of links may hold besides its links: its heading.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def without_link_boxes(el: Any) -> Any:
    """``el`` (an HTML element) without the ``<aside>`` boxes in it that hold only a
    heading and links.

    Parameters
    ----------
    el : Element
        An element of :mod:`wlga_analysis.read.html`'s tree (the page's ``<main>``).

    Returns
    -------
    Element
        A copy without the boxes of links (``el`` itself when it holds none).
    """
    if el.find(lambda e: e.tag == "aside") is None:  # (most pages: no aside at all)
        return el
    return _copy(el)


def _copy(el: Any) -> Any:
    kept = [c if isinstance(c, str) else _copy(c) for c in el.children
            if isinstance(c, str) or not _is_link_box(c)]
    return type(el)(el.tag, el.attrs, el.line, kept)


def _is_link_box(el: Any) -> bool:
    return el.tag == "aside" and el.find(lambda e: e.tag == "a") is not None \
        and not _own_text(el)


def _own_text(el: Any) -> bool:
    """Whether ``el`` holds text outside its links and headings."""
    for c in el.children:
        if isinstance(c, str):
            if c.strip():
                return True
        elif c.tag not in _HEADINGS and c.tag != "a" and _own_text(c):
            return True
    return False
