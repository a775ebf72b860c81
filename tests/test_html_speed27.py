"""The faster web-page tree builder and ``<br><br>`` splitter of stop 27 give what the
slower ones before them gave: each is run beside a copy of its earlier form on markup
assembled at random from awkward pieces (implied end tags, stray end tags, nesting deeper
than :data:`~wlga_analysis.read.html_tree.MAX_DEPTH`, runs of ``<br>`` and white space).
"""

from __future__ import annotations

import random
from html.parser import HTMLParser
from typing import Any

from wlga_analysis.read import html_breaks
from wlga_analysis.read.html_tree import (
    _CLOSED_BY,
    _SCOPE,
    _TABLE_PARTS,
    _VOID,
    _WRAPPERS,
    MAX_DEPTH,
    Element,
    build_tree,
)


class _EarlierBuilder(HTMLParser):
    """The tree builder as it was before stop 27 (a walk of the stack for every end tag)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, 1)
        self.stack = [self.root]
        self.too_deep: tuple[int, int] | None = None
        self.left_out: list[tuple[int, str]] = []

    def _close_implied(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[i].tag
            if open_tag in _SCOPE.get(tag, ()) or (open_tag in ("table",) and tag != "table"):
                return
            if tag in _CLOSED_BY.get(open_tag, ()):
                del self.stack[i:]
                return
            if open_tag not in ("b", "strong", "i", "em", "span", "a", "u", "font", "small"):
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        line = self.getpos()[0]
        depth = len(self.stack)
        if depth > MAX_DEPTH and tag not in _VOID:
            first, count = self.too_deep or (line, 0)
            self.too_deep = (first, count + 1)
            if tag in _WRAPPERS or depth > 2 * MAX_DEPTH:
                self.left_out.append((depth, tag))
                return
        el = Element(tag, {k: (v or "") for k, v in attrs}, line)
        self._container().children.append(el)
        if tag not in _VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if self.left_out and self.left_out[-1] == (len(self.stack), tag):
            self.left_out.pop()
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                while self.left_out and self.left_out[-1][0] > i:
                    self.left_out.pop()
                return

    def handle_data(self, data: str) -> None:
        self._container().children.append(data)

    def _container(self) -> Element:
        if self.left_out and self.stack[-1].tag in _TABLE_PARTS:
            return next(e for e in reversed(self.stack) if e.tag not in _TABLE_PARTS)
        return self.stack[-1]


def _earlier_tree(markup: str) -> _EarlierBuilder:
    builder = _EarlierBuilder()
    builder.feed(markup)
    builder.close()
    return builder


PIECES = ["<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<li>",
          "</li>", "<ul>", "</ul>", "<ol>", "</ol>", "<table>", "</table>", "<tr>", "</tr>",
          "<td>", "</td>", "<th>", "<thead>", "<tbody>", "<dt>", "<dd>", "<dl>", "</dl>",
          "<br>", "<br/>", "<p/>", "<div/>", "<h2>", "</h2>", "<section>", "</section>",
          "<a>", "</a>", "<i>", "</em>", "text", " ", "\n", "<hr>", "<img src=x>", "</x>",
          "<blockquote>", "</blockquote>", "<pre>", "</pre>", "<font>", "</font>"]


#: Pieces that open more than they close (pages nested deeper than the limit).
OPENING = ["<div>", "<span>", "<b>", "<ul>", "<li>", "<table>", "<tr>", "<td>", "<section>",
           "<p>", "<a>", "<font>", "text", "<br>", "</p>", "</div>", "</td>", "</span>"]


def _random_pages(seed: int, count: int, length: int, pieces: list[str] = PIECES
                  ) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, length)))
            for _ in range(count)]


def test_the_tree_builder_builds_the_trees_it_built_before() -> None:
    pages = _random_pages(27, 2000, 40) + _random_pages(28, 40, 3000, OPENING)
    pages += ["<div><p>a<br><br>" * 400 + "b" + "</p></div>" * 400,
              "<table><tr><td>" * 200 + "x" + "</td></tr></table>" * 200]
    deep = 0
    for page in pages:
        now, before = build_tree(page), _earlier_tree(page)
        assert now.root == before.root, page
        assert now.too_deep == before.too_deep
        deep += now.too_deep is not None
    assert deep >= 5  # (the depth limit is met, not only shallow pages)


def _earlier_groups(children: list[Any]) -> list[list[Any]] | None:
    """:func:`wlga_analysis.read.html_breaks._groups` as it was before stop 27."""
    groups: list[list[Any]] = [[]]
    run: list[Any] = []
    cut = False
    for child in [*children, None]:
        is_break = child is not None and not isinstance(child, str) and child.tag == "br"
        if is_break or (isinstance(child, str) and run and not child.strip()):
            run.append(child)
            continue
        if sum(1 for c in run if not isinstance(c, str)) >= 2:
            groups.append([])
            cut = True
        else:
            groups[-1].extend(run)
        run = []
        if child is not None:
            groups[-1].append(child)
    return groups if cut else None


def test_paragraphs_are_cut_at_double_breaks_as_before() -> None:
    rng = random.Random(27)
    kinds = [lambda: Element("br", {}, 1), lambda: Element("b", {}, 1, ["x"]),
             lambda: " ", lambda: "\n", lambda: "text", lambda: ""]
    cut = 0
    for _ in range(5000):
        children = [rng.choice(kinds)() for _ in range(rng.randint(0, 12))]
        now = html_breaks._groups(children)
        assert now == _earlier_groups(children), children
        cut += now is not None
    assert cut > 500
