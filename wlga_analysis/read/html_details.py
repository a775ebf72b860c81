"""A ``<details>`` section's ``<summary>``: the heading of the section it opens.

A GOV.WALES or GOV.UK page prints a report's chapters as disclosure widgets::

    <details class="gw-accordion"><summary><span>Chapter 3: Eligibility</span></summary>
      <div><p>...</p><h3>Recommendation 1</h3><p>...</p></div></details>

The web-page reader reads ``<details>`` open, its ``<summary>`` as a paragraph: the chapter's
name, printed as its heading, would be read as text, and the headings inside it would stand
under the heading before the chapter. :func:`summary_headings` reads such a ``<summary>``
as the heading it is (before the page is read): level one above the highest heading inside
its ``<details>`` and the sections beside it (h3 inside: an h2), or one below the heading
before them when none holds one (an area's section under its theme's ``<h2>``).

What is such a summary: a ``<summary>`` that is the first element of its ``<details>``, holds
no heading or block of its own (a ``<summary><h3>...</h3></summary>`` is read as its
heading already), and whose text is a name (at most :data:`MAX_CHARS` characters, not a
sentence: no final full stop).

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = ('<main><details><summary><span>Chapter 3: Roads</span></summary><div><p>Text.'
...         '</p><h3>Recommendation 1</h3><p>Do it.</p></div></details></main>')
>>> for b in read_html(page).blocks:
...     print(type(b).__name__, getattr(b, "level", ""), b.text.text)
Heading 2 Chapter 3: Roads
Paragraph  Text.
Heading 3 Recommendation 1
Paragraph  Do it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MAX_CHARS", "summary_headings"]

#: The longest text a section's summary holds to be its heading (a name, not a sentence).
MAX_CHARS = 120
#: Elements a summary that is a heading does not hold.
_NOT_IN_NAME = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "ol", "table"})


def _text(el: Any) -> str:
    parts: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        else:
            stack.extend(reversed(node.children))
    return " ".join("".join(parts).split())


def _tags(el: Any) -> set[str]:
    """The tags of every element under ``el``."""
    out: set[str] = set()
    stack = [c for c in el.children if not isinstance(c, str)]
    while stack:
        node = stack.pop()
        out.add(node.tag)
        stack.extend(c for c in node.children if not isinstance(c, str))
    return out


def _inner_level(details: Any, summary: Any) -> int | None:
    """The level of the highest heading inside a section (None with none)."""
    levels = [int(tag[1]) for child in details.children
              if not isinstance(child, str) and child is not summary
              for tag in ({child.tag} | _tags(child)) if tag in _NOT_IN_NAME and tag[0] == "h"]
    return min(levels) if levels else None


def _in_order(root: Any) -> list[tuple[Any, Any]]:
    """Every element with its parent, in document order (no recursion)."""
    out: list[tuple[Any, Any]] = []
    stack: list[tuple[Any, Any]] = [(root, None)]
    while stack:
        node, parent = stack.pop()
        out.append((node, parent))
        stack.extend((c, node) for c in reversed(node.children) if not isinstance(c, str))
    return out


def _named_summary(node: Any) -> Any:
    """The ``<summary>`` naming a ``<details>`` section, or None (see the module's notes)."""
    elements = [c for c in node.children if not isinstance(c, str)]
    if node.tag != "details" or not elements or elements[0].tag != "summary":
        return None
    text = _text(elements[0])
    if not text or len(text) > MAX_CHARS or text.endswith(".") \
            or _tags(elements[0]) & _NOT_IN_NAME:
        return None
    return elements[0]


def summary_headings(root: Any) -> int:
    """Read each ``<details>`` section's ``<summary>`` that names it as a heading (its tag
    set to ``h1``..``h6``): the sections side by side (one parent's) take one level, one
    above the highest heading inside any of them, else one below the heading before the
    first of them (2 with none); the number of summaries read so.

    Parameters
    ----------
    root : wlga_analysis.read.html.Element
        The page's element tree (changed in place).

    Returns
    -------
    int

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> root = parse_html("<h2>Waste</h2><details><summary>Glass</summary><p>x</p></details>")
    >>> summary_headings(root), root.children[1].children[0].tag
    (1, 'h3')
    """
    groups: dict[int, list[tuple[Any, Any]]] = {}  # parent -> its sections (in order)
    before: dict[int, int] = {}  # parent -> the level of the heading before its first
    last = 1
    for node, parent in _in_order(root):
        if node.tag in _NOT_IN_NAME and node.tag[0] == "h":
            last = int(node.tag[1])
        summary = _named_summary(node)
        if summary is not None:
            groups.setdefault(id(parent), []).append((node, summary))
            before.setdefault(id(parent), last)
    found = 0
    for key, sections in groups.items():
        inner = [lv for node, summary in sections
                 if (lv := _inner_level(node, summary)) is not None]
        level = max(1, min(inner) - 1) if inner else min(6, before[key] + 1)
        for _, summary in sections:
            summary.tag = f"h{level}"
            found += 1
    return found
