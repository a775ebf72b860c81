"""The element tree of a web page (for :mod:`wlga_analysis.read.html`): the standard
library's :class:`html.parser.HTMLParser`, or the same events from
:mod:`~wlga_analysis.read.html_tokens` (a faster tokenizer of the markup most pages are
written in), build a small tree of :class:`Element`, implied end tags of ``p``, ``li``,
``td``, ``tr`` closed as browsers close them, nesting deeper than :data:`MAX_DEPTH` read
flatter.

Examples
--------
>>> tree = build_tree("<ul><li>one<li>two</ul>")
>>> [c.tag for c in tree.root.children[0].children]
['li', 'li']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["MAX_DEPTH", "Element", "build_tree"]

_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr",
                   "source", "embed", "param", "track"})
#: An open element closed by the start of another (browsers' implied end tags).
_CLOSED_BY = {"p": frozenset({"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5",
                              "h6", "blockquote", "section", "article", "pre", "hr", "dl"}),
              "li": frozenset({"li"}), "dt": frozenset({"dt", "dd"}),
              "dd": frozenset({"dt", "dd"}), "td": frozenset({"td", "th", "tr"}),
              "th": frozenset({"td", "th", "tr"}), "tr": frozenset({"tr"}),
              "thead": frozenset({"tbody", "tfoot"}), "tbody": frozenset({"tbody", "tfoot"})}
#: Where an implied end stops: a list item is not closed by an item of a nested list.
_SCOPE = {"li": frozenset({"ul", "ol", "menu"}), "td": frozenset({"table"}),
          "th": frozenset({"table"}), "tr": frozenset({"table"}), "p": frozenset(
              {"td", "th", "li", "blockquote", "div", "section", "article", "main"})}
_CLOSING = frozenset().union(*_CLOSED_BY.values())  # (the tags that close any)
#: Nesting deeper than this (browsers cap their trees too) is read flatter, so the reader's
#: walks of the tree stay within Python's recursion limit and every text is kept: a
#: wrapper (:data:`_WRAPPERS`) opened deeper is left out, its content going to the element
#: it is in; any element opened deeper than twice this holds nothing (its content goes
#: to the element it is in, and structure below it is lost).
MAX_DEPTH = 150
#: Elements that only group their content: left out first when nesting is too deep.
_WRAPPERS = frozenset({"div", "span", "section", "article", "main", "font", "center",
                       "small", "big", "blockquote", "figure", "aside", "header", "footer",
                       "nav", "u", "i", "em", "a", "abbr", "cite", "label", "body", "html",
                       "table", "thead", "tbody", "tfoot", "tr", "td", "th"})  # (a layout)


_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr"})  # (no text of their own)


@dataclass(slots=True)
class Element:
    """An element of the page: its tag, attributes, children and source line."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element | str] = field(default_factory=list)

    def find(self, test) -> Element | None:
        """The first descendant element (depth first) for which ``test`` is true."""
        for child in self.children:
            if isinstance(child, Element):
                if test(child):
                    return child
                found = child.find(test)
                if found is not None:
                    return found
        return None


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, 1)
        self.stack = [self.root]
        #: Line of the first element nested deeper than :data:`MAX_DEPTH`, and how many.
        self.too_deep: tuple[int, int] | None = None
        #: Wrappers left out, still open: (the depth they were opened at, tag).
        self.left_out: list[tuple[int, str]] = []
        #: How many elements of each tag are open (in the stack but its root).
        self.open: dict[str, int] = {}

    def _cut(self, i: int) -> None:
        """Close the open elements from the ``i``-th of the stack up."""
        open_ = self.open
        for el in self.stack[i:]:
            open_[el.tag] -= 1
        del self.stack[i:]

    def _close_implied(self, tag: str) -> None:
        if tag not in _CLOSING:
            return  # (it closes no element)
        for i in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[i].tag
            if open_tag in _SCOPE.get(tag, ()) or (open_tag in ("table",) and tag != "table"):
                return
            if tag in _CLOSED_BY.get(open_tag, ()):
                self._cut(i)
                return
            if open_tag not in ("b", "strong", "i", "em", "span", "a", "u", "font", "small"):
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSING:
            self._close_implied(tag)
        line = self.lineno  # (the line of its "<": getpos()[0])
        depth = len(self.stack)
        if depth > MAX_DEPTH and tag not in _VOID:
            first, count = self.too_deep or (line, 0)
            self.too_deep = (first, count + 1)
            if tag in _WRAPPERS or depth > 2 * MAX_DEPTH:
                self.left_out.append((depth, tag))
                return
        el = Element(tag, {k: (v or "") for k, v in attrs} if attrs else {}, line)
        (self._container() if self.left_out else self.stack[-1]).children.append(el)
        if tag not in _VOID:
            self.stack.append(el)
            self.open[tag] = self.open.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self._cut(len(self.stack) - 1)

    def handle_endtag(self, tag: str) -> None:
        if self.left_out and self.left_out[-1] == (len(self.stack), tag):
            self.left_out.pop()  # the end of a wrapper left out
            return
        if not self.open.get(tag):
            return  # (no such element open: nothing to close)
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._cut(i)
                while self.left_out and self.left_out[-1][0] > i:  # closed with it
                    self.left_out.pop()
                return

    def handle_data(self, data: str) -> None:
        (self._container() if self.left_out else self.stack[-1]).children.append(data)

    def _container(self) -> Element:
        """The open element that takes what comes next: not a table's row when its cells
        were left out (nested too deep), but the element around the table."""
        if self.left_out and self.stack[-1].tag in _TABLE_PARTS:
            return next(e for e in reversed(self.stack) if e.tag not in _TABLE_PARTS)
        return self.stack[-1]


def build_tree(markup: str) -> _TreeBuilder:
    """The tree builder that has read ``markup`` (its ``root``, ``too_deep``): the events of
    :func:`wlga_analysis.read.html_tokens.feed` (those of :class:`html.parser.HTMLParser`)."""
    from wlga_analysis.read.html_tokens import feed

    builder = _TreeBuilder()
    feed(builder, markup)
    return builder

