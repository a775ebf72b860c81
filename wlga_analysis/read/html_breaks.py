"""Paragraphs a web page separates by two line breaks in one ``<p>``.

Some content management systems and e-mail editors print a page's paragraphs as one
``<p>`` whose paragraphs are separated by ``<br><br>`` (a blank line on screen), not as
``<p>`` elements of their own. A reader of the page sees separate paragraphs: a heading
line over a list, numbered paragraphs one under another. :func:`split_double_breaks`
splits such a ``<p>`` into one ``<p>`` per paragraph before the page is read (in a table's
cell too: a cell's numbered recommendations parted so), so each is read as the paragraph it
is; a single ``<br>`` stays a line break inside its paragraph.

Examples
--------
>>> from wlga_analysis.read.html import parse_html
>>> root = parse_html("<p>1. Housing<br><br>2. Transport<br>and roads</p>")
>>> split_double_breaks(root)
1
>>> [[c if isinstance(c, str) else "<br>" for c in p.children]
...  for p in root.children if not isinstance(p, str)]
[['1. Housing'], ['2. Transport', '<br>', 'and roads']]
"""

from __future__ import annotations

from typing import Any

__all__ = ["split_double_breaks"]

#: Elements whose ``<p>`` children are left as printed (preformatted text).
_KEPT_INSIDE = frozenset({"pre"})


def _groups(children: list[Any]) -> list[list[Any]] | None:
    """The children of a ``<p>`` cut at each run of two or more ``<br>`` (white space
    between them), or None when there is no such run."""
    group: list[Any] = []
    groups = [group]
    run: list[Any] = []  # a pending run of <br> and white space
    breaks = 0  # (the <br> in it)
    for child in children:
        if isinstance(child, str):
            if run and not child.strip():
                run.append(child)
                continue
        elif child.tag == "br":
            run.append(child)
            breaks += 1
            continue
        if breaks >= 2:
            group = []
            groups.append(group)
        elif run:
            group.extend(run)
        if run:
            run, breaks = [], 0
        group.append(child)
    if breaks >= 2:
        groups.append([])
    else:
        group.extend(run)
    return groups if len(groups) > 1 else None


def split_double_breaks(root: Any) -> int:
    """Split every ``<p>`` of the page (not inside a ``<pre>``) at its runs of two or more
    ``<br>`` into one ``<p>`` per part, in place; the number of ``<p>`` split.

    Parameters
    ----------
    root : Element
        The page's element tree (:func:`wlga_analysis.read.html.parse_html`).

    Returns
    -------
    int
        How many ``<p>`` elements were split.
    """
    from wlga_analysis.read.html import Element

    split = 0
    stack = [root]
    while stack:
        node = stack.pop()
        out: list[Any] = []
        for child in node.children:
            if isinstance(child, str):
                out.append(child)
                continue
            groups = _groups(child.children) if child.tag == "p" else None
            if groups is None:
                out.append(child)
                if child.children and child.tag not in _KEPT_INSIDE:
                    stack.append(child)  # (an element holding nothing: nothing to split)
                continue
            split += 1
            out.extend(Element("p", dict(child.attrs), child.line, group) for group in groups
                       if any(not isinstance(c, str) or c.strip() for c in group))
        node.children[:] = out
    return split
