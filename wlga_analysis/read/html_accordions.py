"""Accordions on a web page: content a reader opens is content.

A web page hides what is not shown (``hidden``, ``aria-hidden="true"``, ``display: none``:
:func:`wlga_analysis.read.html._hidden`), and never reads a ``<button>``. An **accordion**
hides its sections' bodies too, until a reader opens them: a GOV.WALES or GOV.UK page's
recommendations sit in sections whose heading is a button and whose body carries ``hidden``
until the page's script (or a click) opens it::

    <h3><button aria-expanded="false" aria-controls="rec-6">Recommendation 6 ...</button></h3>
    <div id="rec-6" class="accordion-body" hidden> ... the recommendation ... </div>

The rule (:func:`prepared_tree`, before the page is read):

- a **collapsed panel is content**: an element hidden (``hidden``, ``aria-hidden="true"``,
  ``display: none``) whose ``id`` a control names (``aria-controls`` on an element that is a
  ``<button>`` or carries ``aria-expanded``), or whose class names an accordion or a
  disclosure (``accordion``, ``collapse``, ``expander``, ``disclosure``: "accordion-body",
  "govuk-accordion__section-content") is read as if it were open; what is hidden inside it
  (an icon's ``aria-hidden``) stays hidden;
- the **control's text is its heading**: a button that names panels on the page and
  stands in a heading (``<h3><button ...>``; a Bootstrap accordion's, whose panel its class
  collapses), or that names hidden panels and stands in an element whose class names an
  accordion, is read as text (its icon, ``aria-hidden``, still not); any other button
  (cookie banners' "Accept", a "Show all sections" control of a whole accordion, shown) is
  still not read;
- everything else hidden stays unread: a ``<template>``, a tracking pixel's
  ``display: none``, a closed cookie message, a ``hidden`` element no control names.
  (``<details>`` is read open already: its ``<summary>`` and its body.)

Each panel opened is noted ("accordion opened"). The page's paragraphs separated by two
line breaks are parted here too (:mod:`wlga_analysis.read.html_breaks`).

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = ('<main><h3><button aria-controls="p1" aria-expanded="false">Step 1<span '
...         'aria-hidden="true">+</span></button></h3><div id="p1" hidden><p>Open it.</p>'
...         '</div><div hidden><p>Never shown.</p></div><button>Accept</button></main>')
>>> model = read_html(page)
>>> [(type(b).__name__, b.text.text) for b in model.blocks]
[('Heading', 'Step 1'), ('Paragraph', 'Open it.')]
>>> [n.kind for n in model.notes]
['accordion opened']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Location, Note
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["prepared_tree"]

#: A class token of an accordion's or a disclosure's part (its panel, its heading).
_ACCORDION_CLASS = compile_regex(r"(?i)accordion|collaps|expander|disclosure")
#: The headings a control may stand in.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The elements that can be a panel named by its class (an icon's ``<span>`` is none).
_PANELS = frozenset({"div", "section", "article", "ul", "ol", "dl", "table", "p"})
#: How an element is hidden by its style.
_DISPLAY_NONE = compile_regex(r"(?i)display\s*:\s*none\s*;?")


def prepared_tree(markup: str, root: Any) -> list[Note]:
    """Prepare a page's element tree before it is read: paragraphs parted by two line
    breaks split, accordions opened (see the module's doc); return the notes of what was
    opened.

    Parameters
    ----------
    markup : str
        The page (to look for the cheap signs of either first).
    root : wlga_analysis.read.html.Element
        The page's element tree (changed in place).

    Returns
    -------
    list of Note
        One "accordion opened" note per panel read as content.

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> root = parse_html('<div class="accordion-body" hidden><p>Body</p></div>')
    >>> [n.text[:33] for n in prepared_tree('class="accordion-body" hidden', root)]
    ['a collapsed accordion panel (line']
    >>> root.children[0].attrs
    {'class': 'accordion-body'}
    """
    if "<br" in markup or "<BR" in markup:  # (paragraphs parted by "<br><br>")
        from wlga_analysis.read.html_breaks import split_double_breaks

        split_double_breaks(root)
        from wlga_analysis.read.dash_lines import split_dash_breaks

        split_dash_breaks(root)  # ("- one<br>- two" in a cell: a list)
    notes: list[Note] = []
    if "<summary" in markup:  # (a <details> section's name: its heading, read.html_details)
        from wlga_analysis.read.html_details import summary_headings

        summary_headings(root)
    if "waffle" in markup:  # (a spreadsheet published to the web: read.html_waffle)
        from wlga_analysis.read.html_waffle import waffle_tables

        notes += waffle_tables(markup, root)
    if "card" in markup:  # (a task board's columns of cards: read.html_boards)
        from wlga_analysis.read.html_boards import board_tables

        notes += board_tables(markup, root)
    if "columnheader" in markup:  # (a list view's rows: read.html_row_lists)
        from wlga_analysis.read.html_row_lists import row_list_tables

        notes += row_list_tables(markup, root)
    if "aria-controls" not in markup and not _ACCORDION_CLASS.search(markup):
        return notes
    return notes + _open_accordions(root)


def _elements(root: Any) -> list[tuple[Any, Any]]:
    """Every element of the tree with its parent, depth first (no recursion: a page may
    nest deeply)."""
    out: list[tuple[Any, Any]] = []
    stack = [(root, None)]
    while stack:
        node, parent = stack.pop()
        out.append((node, parent))
        stack.extend((c, node) for c in reversed(node.children) if not isinstance(c, str))
    return out


def _is_hidden(attrs: dict[str, str]) -> bool:
    return "hidden" in attrs or attrs.get("aria-hidden", "").strip().casefold() == "true" \
        or bool(_DISPLAY_NONE.search(attrs.get("style", "")))


def _accordion_part(el: Any) -> bool:
    return el is not None and bool(_ACCORDION_CLASS.search(el.attrs.get("class", "")))


def _controls(elements: list[tuple[Any, Any]]) -> list[tuple[Any, Any, list[Any]]]:
    """The controls of the page's panels: (the control, its parent, the panels it names),
    for an element naming panels of the page by ``aria-controls`` that is a button or
    carries ``aria-expanded``."""
    by_id = {el.attrs["id"]: el for el, _ in elements if "id" in el.attrs}
    out: list[tuple[Any, Any, list[Any]]] = []
    for el, parent in elements:
        named = el.attrs.get("aria-controls")
        if named and (el.tag == "button" or "aria-expanded" in el.attrs):
            panels = [by_id[i] for i in named.split() if i in by_id]
            if panels:
                out.append((el, parent, panels))
    return out


def _heading_button(el: Any, parent: Any, panels: list[Any]) -> bool:
    """Whether a control is a section's heading: a button in a heading, or in an
    accordion's part naming hidden panels (a "Show all sections" button names the whole
    accordion, shown)."""
    if el.tag != "button":
        return False
    return parent.tag in _HEADINGS or (
        _accordion_part(parent) and all(p.attrs and _is_hidden(p.attrs) for p in panels))


def _open_accordions(root: Any) -> list[Note]:
    """Open the collapsed panels of the tree and read their controls' text (see the
    module's doc)."""
    elements = _elements(root)
    controls = _controls(elements)
    panels = {id(p): p for _, _, ps in controls for p in ps}
    panels.update({id(el): el for el, _ in elements if el.tag in _PANELS and _accordion_part(el)})
    for el, parent, named in controls:
        if _heading_button(el, parent, named):
            el.tag = "span"  # (the heading's text; a button is never read)
    notes: list[Note] = []
    for panel in panels.values():
        if not panel.attrs or not _is_hidden(panel.attrs):
            continue
        _show(panel.attrs)
        notes.append(Note(Location(line=panel.line), "accordion opened",
                          f"a collapsed accordion panel (line {panel.line}, hidden until a "
                          "reader opens it) read as content"))
    return notes


def _show(attrs: dict[str, str]) -> None:
    """Remove what hides an element: ``hidden``, ``aria-hidden``, ``display: none``."""
    attrs.pop("hidden", None)
    if attrs.get("aria-hidden", "").strip().casefold() == "true":
        del attrs["aria-hidden"]
    if "style" in attrs:
        attrs["style"] = _DISPLAY_NONE.sub("", attrs["style"])
