"""Read a web page: a box of related links inside the page's main content is no list.

A council's or a funder's content management system often prints, inside ``<main>`` beside
the article, a box of links to the same report's other forms::

    <main><article>...</article>
      <aside class="related"><h2>Related</h2>
        <ul><li><a href="#">Download the full report (PDF)</a></li>
            <li><a href="#">Accessible formats</a></li></ul></aside></main>

Outside ``<main>`` an ``aside`` is left out with the rest of the page's furniture
(:mod:`~wlga_analysis.read.html`); inside it, an ``aside`` may be a callout of the report's
own text. A **box of links** (an ``aside`` whose every word stands in a link or a heading,
with one link at least; its heading, "Related", names the box) is page furniture, not the
paper's list: its links are read as lines of text, one a link, not as list items (a
programme's items, a report's recommendations come from lists), and so kept (nothing lost:
a reader may still want to know what the page linked to).

Examples
--------
>>> from wlga_analysis.read.html import Element
>>> box = Element("aside", {}, 3, [Element("h2", {}, 3, ["Related"]), Element("ul", {}, 3, [
...     Element("li", {}, 3, [Element("a", {"href": "#"}, 3, ["Accessible formats"])])])])
>>> main = Element("main", {}, 1, [Element("p", {}, 2, ["The report."]), box])
>>> box = without_link_boxes(main).children[1]
>>> [c.tag for c in box.children], box.children[1].children[0].tag
(['h2', 'div'], 'p')
>>> callout = Element("aside", {}, 3, [Element("p", {}, 3, ["Key fact: 40 councils."])])
>>> without_link_boxes(Element("main", {}, 1, [callout])).children[0].tag
'aside'
"""

from __future__ import annotations

from typing import Any

__all__ = ["without_link_boxes"]

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _links_only(el: Any) -> tuple[bool, int]:
    """(whether every word of ``el`` stands in a link or a heading, how many links)."""
    links = 0
    for child in el.children:
        if isinstance(child, str):
            if child.strip():
                return False, 0
        elif child.tag == "a" or child.tag in _HEADINGS:
            links += child.tag == "a"
        else:
            ok, n = _links_only(child)
            if not ok:
                return False, 0
            links += n
    return True, links


def _link_box(el: Any) -> bool:
    if el.tag != "aside":
        return False
    ok, links = _links_only(el)
    return ok and links > 0


def without_link_boxes(main: Any) -> Any:
    """The page's main content with its boxes of related links read as lines of text, not
    lists (see the module); ``main`` itself when it has none.

    Parameters
    ----------
    main : Element
        The page's main content element.

    Returns
    -------
    Element
    """
    if main.find(_link_box) is None:
        return main
    return _rebuilt(main)


def _rebuilt(el: Any) -> Any:
    kept = [c if isinstance(c, str) else _unlisted(c) if _link_box(c) else _rebuilt(c)
            for c in el.children]
    return el.__class__(el.tag, el.attrs, el.line, kept)


def _unlisted(el: Any) -> Any:
    """A box of links with its lists read as blocks of lines (a ``div``, each item a ``p``)."""
    if isinstance(el, str):
        return el
    tag = {"ul": "div", "ol": "div", "li": "p"}.get(el.tag, el.tag)
    return el.__class__(tag, el.attrs, el.line, [_unlisted(c) for c in el.children])
