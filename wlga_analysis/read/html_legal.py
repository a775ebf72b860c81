"""Web pages: list numbers a style sheet prints (legal numbering by CSS counters).

A web page may print legal numbering, "3", "3.1", "3.1.1", with nested ``<ol>`` lists and
CSS counters only: the numbers are in no text, a rule such as
``ol ol > li::before { content: counter(l1) "." counter(l2) }`` or
``li::before { content: counters(item, ".") }`` prints them. A reader sees
the numbers, so the page is read as Word's multi-level numbering is
(:mod:`wlga_analysis.read.numbering`):

- a page whose ``<style>`` prints two counters joined by a full stop numbers its ordered
  lists **from their nesting**: an item of a list inside item 3 is "3.1", an item of a list
  inside that item "3.1.1";
- a numbered item's first heading (``<li><section><h2>Purpose</h2>``, ``<li><h3>...``) is
  a heading with the item's number, as Word numbers a heading; its first paragraph or its
  text, a numbered item ("3.1.1") nested one level per number after the first (a
  first-level item with no heading, a numbered paragraph "3");
- a class whose style gives a list letters or roman numerals (``ol.alpha {list-style:
  lower-alpha}``) numbers that list so, as a ``type`` attribute would.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = ('<style>ol ol>li::before{content:counter(a) "." counter(b)}'
...         '.alpha{list-style-type:lower-alpha}</style><main><ol><li><section><h2>Progress'
...         '</h2><ol><li><p>Done.</p><ol class="alpha"><li>First</li></ol></li></ol>'
...         '</section></li></ol></main>')
>>> [(type(b).__name__, b.number, b.text.text) for b in read_html(page).blocks]
[('Heading', '1', 'Progress'), ('ListItem', '1.1', 'Done.'), ('ListItem', 'a', 'First')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from wlga_analysis.read.gdocs_lists import google_docs_page
from wlga_analysis.read.model import Block, Heading, Inline, ListItem, Paragraph
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["PageStyle", "legal_item", "page_style"]

#: A CSS ``content`` that prints two counters joined by a full stop, or every level of a
#: nested counter so joined (``counters(item, ".")``): legal numbering.
_NESTED_COUNTERS = compile_regex(r"counter\([\w-]+\)\s*[\"']\.[\"']\s*counter\(|"
                                 r"counters\([\w-]+\s*,\s*[\"']\.[\"']")
#: A rule of a style sheet: its selectors and its declarations.
_RULE = compile_regex(r"([^{}]+)\{([^{}]*)\}")
#: A list style that numbers with letters or roman numerals, and the ``type`` it stands for.
_LIST_TYPE = compile_regex(r"list-style(?:-type)?\s*:\s*(lower|upper)-(alpha|latin|roman)",
                           re.IGNORECASE)
_CLASS = compile_regex(r"\.([\w-]+)\s*$")


class PageStyle:
    """What a page's style sheet says about its lists.

    Attributes
    ----------
    legal : bool
        The style sheet prints nested counters ("3.1"): ordered lists are numbered from
        their nesting.
    class_types : dict
        A class name -> the ``<ol type>`` its style stands for ("a", "A", "i", "I").
    class_fills : dict
        A class name -> the background its style gives a cell
        (:func:`wlga_analysis.read.colours.class_fills`: a Gantt chart's bars).
    """

    def __init__(self, legal: bool = False, class_types: dict[str, str] | None = None,
                 class_fills: dict[str, str] | None = None):
        self.legal = legal
        self.class_types = class_types or {}
        self.class_fills = class_fills or {}

    def list_type(self, attrs: dict[str, str]) -> str | None:
        """The ``type`` a list's class gives it, if any."""
        for name in attrs.get("class", "").split():
            if name in self.class_types:
                return self.class_types[name]
        return None


def page_style(root: Any) -> PageStyle:
    """Read the page's ``<style>`` elements (see the module).

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> style = page_style(parse_html('<style>ol.roman{list-style:lower-roman}</style>'))
    >>> style.legal, style.class_types, style.class_fills
    (False, {'roman': 'i'}, {})
    """
    from wlga_analysis.read.colours import class_fills

    sheets: list[str] = []

    def collect(el: Any) -> None:
        for child in el.children:
            if not isinstance(child, str):
                if child.tag == "style":
                    sheets.append("".join(c for c in child.children if isinstance(c, str)))
                else:
                    collect(child)
    collect(root)
    css = "\n".join(sheets)
    if not css:
        return PageStyle()
    google_docs_page(root, css)  # (a Google Docs page: its list counters, bold classes)
    types: dict[str, str] = {}
    for selectors, declarations in _RULE.findall(css):
        found = _LIST_TYPE.search(declarations)
        if found is None:
            continue
        kind = "i" if found.group(2).lower() == "roman" else "a"
        kind = kind.upper() if found.group(1).lower() == "upper" else kind
        for selector in selectors.split(","):
            m = _CLASS.search(selector.strip())
            if m is not None:
                types[m.group(1)] = kind
    return PageStyle(_NESTED_COUNTERS.search(css) is not None, types,
                     class_fills(css) if "{" in css else {})


def legal_item(blocks: list[Block], number: str) -> list[Block]:
    """The blocks of an item numbered ``number`` by a legal list (read from its content),
    its number given to its first heading, else to its first paragraph (see the module)."""
    level = number.count(".")
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            return [*blocks[:i], replace(block, number=number), *blocks[i + 1:]]
        if isinstance(block, (Paragraph, ListItem)):
            break
    for i, block in enumerate(blocks):
        # (the item's text read as a list item of its own: its first character a bullet,
        # a status symbol "● ...", or a printed number: kept as text, the list's number
        # is the item's; a nested list's items stand one level or more below)
        printed = isinstance(block, ListItem) and block.level == 0
        if isinstance(block, Paragraph) or printed:
            text = block.text
            if printed or block.number:
                text = Inline(f"{block.marker if printed else block.number + '.'} ") + text
            numbered: Block = Paragraph(text, number, block.location) if not level else \
                ListItem(text, number, "number", number, level, block.location)
            return [*blocks[:i], numbered, *blocks[i + 1:]]
        if isinstance(block, ListItem):
            break
    return blocks
