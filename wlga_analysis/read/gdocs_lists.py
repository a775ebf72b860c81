"""Google Docs web pages: the list numbers, levels and bold a browser shows.

Google Docs "Download -> Web page (.html)" writes no number in any list: every paragraph
of a numbered list is an ``<li>`` of an ``<ol class="lst-kix_<id>-<level>">`` whose
number a **CSS counter** of the page's ``<style>`` prints. The page is read as a browser
shows it (a small CSS subset, :func:`google_docs_page`):

- ``.lst-kix_X-0>li{counter-increment:C}`` counts the list's items; ``ol.lst-kix_X-0.start
  {counter-reset:C 0}`` restarts the count on a list with the class ``start``; a list of
  the same class **without** ``start`` runs on (a paragraph between two items, a table
  cell to the next: one count through the document, in document order);
- ``.lst-kix_X-1>li:before{content:"" counter(C0,decimal) "." counter(C1,lower-latin) ". "}``
  is the printed number ("3.b. "): it is written before the item's text, and the list is
  marked as printing its own numbers (``list-style-type:none``), as a list whose numbers are
  typed is read; a list whose ``content`` holds no counter (a bullet ``"\\0025cf"``) is left;
- a level is a **sibling** list (``lst-kix_X-1`` after ``lst-kix_X-0``), indented by its
  margin: a list of a deeper level right after a list (no paragraph between) is moved
  into that list's last item, where a nested list stands, so it is read one level down;
- bold (and italic) exist only through generated classes (``.c6{font-weight:700}``): an
  element of a bold class is given the inline style a bold span has;
- links go through ``https://www.google.com/url?q=<target>&sa=D...``: the target is kept.

A page is taken for a Google Docs page only when its style sheet names ``lst-kix_`` lists
or its body is ``class="doc-content"`` (a substring test before any other work).

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> css = ('.lst-kix_a-0>li:before{content:"" counter(lst-ctn-kix_a-0,decimal) ". "}'
...        '.lst-kix_a-0>li{counter-increment:lst-ctn-kix_a-0}'
...        'ol.lst-kix_a-0.start{counter-reset:lst-ctn-kix_a-0 0}.c2{font-weight:700}')
>>> page = (f'<style>{css}</style><body><ol class="lst-kix_a-0 start" start="1"><li>'
...         '<span class="c2">One</span></li></ol><p>Between</p><ol class="lst-kix_a-0">'
...         '<li>Two</li></ol></body>')
>>> [(b.number, b.text.text, b.text.bold_text()) for b in read_html(page).blocks]
[('1', 'One', ['One']), (None, 'Between', []), ('2', 'Two', [])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from wlga_analysis.read.numbering import format_number
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MAX_LEVELS", "MAX_MARKER_CHARS", "MAX_MARKER_TOKENS", "CounterRules",
           "counter_rules", "google_docs_page"]

#: A rule of a style sheet: its selectors and its declarations.
_RULE = compile_regex(r"([^{}]+)\{([^{}]*)\}")
#: A Google Docs list class and its level ("lst-kix_8bef605309ae-1", "lst-kix_list_1-0").
_LIST_CLASS = compile_regex(r"lst-kix_[\w-]*?-(\d+)$")
#: The selectors of the three counter rules: a list's items, their ``:before``, a restart.
_ITEMS = compile_regex(r"\.(lst-kix_[\w-]+?-\d+)\s*>\s*li$")
_BEFORE = compile_regex(r"\.(lst-kix_[\w-]+?-\d+)\s*>\s*li:{1,2}before$")
_START = compile_regex(r"(?:ol|ul)?\.(lst-kix_[\w-]+?-\d+)\.start$")
#: ``content`` tokens: a string or a ``counter(name, style)``.
_CONTENT = compile_regex(r"content\s*:(.*?)(?:;|$)", re.DOTALL)
_TOKEN = compile_regex(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'|"
                       r"counter\(\s*([\w-]+)\s*(?:,\s*([\w-]+)\s*)?\)")
_ESCAPE = compile_regex(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_DECLARATION = compile_regex(r"(counter-increment|counter-reset)\s*:\s*([\w-]+)(?:\s+(-?\d+))?")
#: The most list levels nested in one another (Google Docs writes nine: 0 to 8).
MAX_LEVELS = 9
#: The most tokens (strings and counters) of a list number's ``content`` (Google Docs
#: writes one counter a level, nine at most, and the strings between them), and the most
#: characters of its strings: a longer ``content`` is no list number, and the list is left
#: as it is (printed before each of thousands of items, it made the page's text, and its
#: reading time, grow as the square of the page).
MAX_MARKER_TOKENS = 24
MAX_MARKER_CHARS = 100
#: The largest CSS integer a browser keeps (a larger one is clamped to it).
_MAX_INTEGER = 2**31 - 1
_BOLD = compile_regex(r"font-weight\s*:\s*(?:bold|[6-9]00)\b")
_CLASS_ONLY = compile_regex(r"^\.([\w-]+)$")
#: CSS list styles -> Word's number formats (:data:`wlga_analysis.read.numbering.FORMATS`).
_STYLES = {"decimal": "decimal", "decimal-leading-zero": "decimalZero",
           "lower-latin": "lowerLetter", "lower-alpha": "lowerLetter",
           "upper-latin": "upperLetter", "upper-alpha": "upperLetter",
           "lower-roman": "lowerRoman", "upper-roman": "upperRoman"}


@dataclass
class CounterRules:
    """The counter rules of a Google Docs page's style sheet.

    Attributes
    ----------
    content : dict
        A list class -> its ``:before`` content: strings and (counter, style) pairs.
    increment : dict
        A list class -> (the counter its items count, by how much).
    reset : dict
        A list class -> (the counter a ``start`` list of it restarts, the value).
    bold : set
        The classes whose style is bold.
    """

    content: dict[str, list[str | tuple[str, str]]] = field(default_factory=dict)
    increment: dict[str, tuple[str, int]] = field(default_factory=dict)
    reset: dict[str, tuple[str, int]] = field(default_factory=dict)
    bold: set[str] = field(default_factory=set)

    def numbered(self, name: str) -> bool:
        """Whether list class ``name`` prints a number (a counter in its content).

        Examples
        --------
        >>> rules = CounterRules(content={"a": ["", ("c", "decimal"), ". "], "b": ["\u25cf"]})
        >>> rules.numbered("a"), rules.numbered("b"), rules.numbered("x")
        (True, False, False)
        """
        return any(isinstance(t, tuple) for t in self.content.get(name, ()))


def _code_point(hex_digits: str) -> str:
    """The character of a CSS escape's code point; U+FFFD for zero, a surrogate or one past
    Unicode's last (as CSS Syntax reads them: ``chr`` raised on ``\\FFFFFF``)."""
    value = int(hex_digits, 16)
    return "\ufffd" if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF \
        else chr(value)


def _unescape(text: str) -> str:
    r"""A CSS string's text: ``\0025cf`` -> "●".

    Examples
    --------
    >>> _unescape(r"\0025cf \FFFFFF\D800\0 \"")
    '●\ufffd\ufffd\ufffd"'
    """
    return _ESCAPE.sub(lambda m: _code_point(m.group(1)) if m.group(1) else m.group(2), text)


def _content(declarations: str) -> list[str | tuple[str, str]] | None:
    """The tokens of a ``content`` declaration; None when there is none, or when it is
    longer than a list number (:data:`MAX_MARKER_TOKENS`, :data:`MAX_MARKER_CHARS`).

    Examples
    --------
    >>> _content('content:"" counter(c,lower-roman) ". "')
    ['', ('c', 'lower-roman'), '. ']
    >>> _content("content:" + " counter(c)" * 1000) is None  # (printed before every item)
    True
    """
    found = _CONTENT.search(declarations)
    if found is None:
        return None
    out: list[str | tuple[str, str]] = []
    for m in _TOKEN.finditer(found.group(1)):
        if m.group(3):
            out.append((m.group(3), (m.group(4) or "decimal").lower()))
        else:
            out.append(_unescape(m.group(1) if m.group(1) is not None else m.group(2)))
        if len(out) > MAX_MARKER_TOKENS:
            return None
    if sum(len(t) for t in out if isinstance(t, str)) > MAX_MARKER_CHARS:
        return None
    return out


def counter_rules(css: str) -> CounterRules:
    """Read the list counters and bold classes of a style sheet (see the module).

    Examples
    --------
    >>> rules = counter_rules('.lst-kix_b-1>li:before{content:"" counter(x-0,decimal) "."'
    ...     ' counter(x-1,lower-latin) ". "}.lst-kix_b-1>li{counter-increment:x-1}'
    ...     'ol.lst-kix_b-1.start{counter-reset:x-1 0}.c4{color:#000;font-weight:700}')
    >>> rules.content["lst-kix_b-1"]
    ['', ('x-0', 'decimal'), '.', ('x-1', 'lower-latin'), '. ']
    >>> rules.increment, rules.reset, rules.bold
    ({'lst-kix_b-1': ('x-1', 1)}, {'lst-kix_b-1': ('x-1', 0)}, {'c4'})
    """
    rules = CounterRules()
    for selectors, declarations in _RULE.findall(css):
        for selector in selectors.split(","):
            selector = selector.strip().rsplit(";", 1)[-1].strip()  # (after an @import)
            _one_rule(rules, selector, declarations)
    return rules


def _integer(text: str | None, default: int) -> int:
    """A CSS integer (``default`` when none is written), clamped to a browser's 32-bit range
    (a value of thousands of digits is no error: Python's ``int`` refuses over 4,300).

    Examples
    --------
    >>> _integer("-3", 0), _integer(None, 1), _integer("9" * 5000, 0) == _MAX_INTEGER
    (-3, 1, True)
    """
    if text is None:
        return default
    digits = text.lstrip("-")
    value = int(digits) if len(digits) <= 10 else _MAX_INTEGER + 1
    value = min(value, _MAX_INTEGER)
    return -value if text.startswith("-") else value


def _one_rule(rules: CounterRules, selector: str, declarations: str) -> None:
    if "lst-kix_" not in selector:
        if (m := _CLASS_ONLY.match(selector)) and _BOLD.search(declarations):
            rules.bold.add(m.group(1))
        return
    if (m := _BEFORE.match(selector)) and (content := _content(declarations)) is not None:
        rules.content[m.group(1)] = content
        return
    target = rules.increment if _ITEMS.match(selector) else \
        rules.reset if _START.match(selector) else None
    d = _DECLARATION.search(declarations)
    if target is None or d is None:
        return
    name = (_ITEMS.match(selector) or _START.match(selector)).group(1)  # type: ignore[union-attr]
    wanted = "counter-increment" if target is rules.increment else "counter-reset"
    if d.group(1) == wanted:
        target[name] = (d.group(2), _integer(d.group(3), 1 if target is rules.increment else 0))


def _classes(el: Any) -> list[str]:
    return el.attrs.get("class", "").split() if el.attrs else []


def _list_class(el: Any) -> tuple[str, int] | None:
    for name in _classes(el):
        if (m := _LIST_CLASS.match(name)) is not None:
            return name, int(m.group(1))
    return None


def _marker(rules: CounterRules, name: str, counters: dict[str, int]) -> str:
    return "".join(t if isinstance(t, str) else format_number(
        counters.get(t[0], 0), _STYLES.get(t[1], "decimal")) for t in rules.content[name])


def _count(el: Any, rules: CounterRules, counters: dict[str, int]) -> None:
    """Number the lists under ``el`` in document order (the browser's counters)."""
    for child in el.children:
        if isinstance(child, str):
            continue
        found = _list_class(child) if child.tag in ("ol", "ul") else None
        if found is not None and rules.numbered(found[0]):
            name = found[0]
            if "start" in _classes(child) and name in rules.reset:
                counter, value = rules.reset[name]
                counters[counter] = value
            counter, step = rules.increment.get(name, (name, 1))
            for li in child.children:
                if not isinstance(li, str) and li.tag == "li":
                    counters[counter] = counters.get(counter, 0) + step
                    _mark(li, rules)
                    li.children.insert(0, _marker(rules, name, counters).rstrip() + " ")
                    _count(li, rules, counters)
            style = child.attrs.get("style", "")
            child.attrs["style"] = f"{style};list-style-type:none" if style else \
                "list-style-type:none"
            continue
        _mark(child, rules)
        _count(child, rules, counters)


def _mark(el: Any, rules: CounterRules) -> None:
    """Give an element of a bold class the style of a bold span; a link through Google's
    redirect its target."""
    if rules.bold and set(_classes(el)) & rules.bold:
        el.attrs["style"] = el.attrs.get("style", "") + ";font-weight:700"
    if el.tag == "a" and el.attrs.get("href", "").startswith(
            ("https://www.google.com/url?", "http://www.google.com/url?")):
        el.attrs["href"] = parse_qs(urlsplit(el.attrs["href"]).query).get(
            "q", [el.attrs["href"]])[0]


def _nest(el: Any) -> None:
    """Move each list of a deeper level into the last item of the list before it, at most
    :data:`MAX_LEVELS` deep (a run of lists of ever deeper levels past that stays where it
    is: nested a thousand deep, the page's reader ran out of stack).

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> root = parse_html("".join(f'<ol class="lst-kix_a-{k}"><li>{k}</li></ol>'
    ...                           for k in range(12)))
    >>> _nest(root)
    >>> len(root.children)  # (levels 0 to 8 nested in one another; 9, 10, 11 beside them)
    4
    """
    kept: list[Any] = []
    open_lists: list[tuple[int, Any]] = []  # (level, list) of the run of lists so far
    for child in el.children:
        if isinstance(child, str):
            if child.strip():
                open_lists = []
            kept.append(child)
            continue
        found = _list_class(child) if child.tag in ("ol", "ul") else None
        if found is None:
            open_lists = []
            _nest(child)
            kept.append(child)
            continue
        while open_lists and open_lists[-1][0] >= found[1]:
            open_lists.pop()
        items = [li for li in open_lists[-1][1].children if not isinstance(li, str)
                 and li.tag == "li"] if 0 < len(open_lists) < MAX_LEVELS else []
        if items:
            items[-1].children.append(child)
        else:
            kept.append(child)
        open_lists.append((found[1], child))
    el.children[:] = kept


def google_docs_page(root: Any, css: str) -> None:
    """Give a Google Docs page's lists the numbers and levels a browser shows, and its
    bold classes and links their meaning, in place (see the module); any other page is
    left as it is.

    Parameters
    ----------
    root : Element
        The page's tree (:func:`wlga_analysis.read.html.parse_html`).
    css : str
        The page's style sheets.

    Examples
    --------
    >>> from wlga_analysis.read.html import parse_html
    >>> css = ('.lst-kix_a-0>li:before{content:"" counter(c0,decimal) ". "}'
    ...        '.lst-kix_a-0>li{counter-increment:c0}')
    >>> root = parse_html('<ol class="lst-kix_a-0"><li>One</li></ol>')
    >>> google_docs_page(root, css)
    >>> root.children[0].children[0].children
    ['1. ', 'One']
    """
    if "lst-kix_" not in css and ".doc-content" not in css:
        return
    rules = counter_rules(css)
    _count(root, rules, {})
    _nest(root)
