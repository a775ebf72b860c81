"""A table cell's inline markup as HTML: the cell readers' one view of it.

A pipe table's cell is Markdown inline text (``**bold**``, links, entities, raw HTML), a
tab-separated row's cell plain text or HTML that may mark bold the way the text form's
lines do (``**Working with others**``). :func:`markdown_cell` and :func:`tab_cell` give
each as the HTML fragment :func:`wlga_analysis.read.text_table.cell_blocks` reads, with no
Markdown parser for the cells that need none (most cells: plain text, plain HTML, bold).

Examples
--------
>>> markdown_cell("**Area 1:** net zero"), tab_cell("**Lead:** WG")
('<strong>Area 1:</strong> net zero', '<strong>Lead:</strong> WG')
"""

from __future__ import annotations

import re
from html.entities import html5

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["markdown_cell", "tab_cell"]

_MARKDOWN = None


#: Characters that start Markdown inline markup (emphasis, code, links, images, escapes,
#: strikethrough, entities, autolinks and raw HTML): a cell with none of them is plain text.
_INLINE_MARKUP = frozenset("*_`[]!\\~&<")
_ANY_TAG_CUT = compile_regex(r"(<[^<>]*+>)")
#: An HTML tag as CommonMark reads one (markdown-it passes it through unchanged).
_HTML_TAG = compile_regex(
    r"<[A-Za-z][A-Za-z0-9-]*+(?:\s++[a-zA-Z_:][a-zA-Z0-9:._-]*+(?:\s*+=\s*+"
    r"(?:[^\"'=<>`\x00-\x20]++|'[^']*+'|\"[^\"]*+\"))?+)*+\s*+/?>|</[A-Za-z][A-Za-z0-9-]*+\s*+>")
#: "&" as markdown-it and the HTML parser read alike: an entity with its ";", or a lone "&".
_PLAIN_AMPERSAND = compile_regex(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};"
                                 r"|[A-Za-z][A-Za-z0-9]{0,31};"
                                 r"|(?=\s|$))")


def _known_entity(match: re.Match[str]) -> str:
    """Nothing for an entity both parsers decode alike; the "&" (markup) for an unknown one."""
    entity = match.group()
    return "" if entity[1:2] in ("#", "") or entity[1:] in html5 else "&"


def _is_plain_html(text: str) -> bool:
    """Whether a cell holds no Markdown markup: text without markup characters, and HTML tags
    (the common case, read without markdown-it, whose import alone costs 0.1 s).

    Examples
    --------
    >>> _is_plain_html('<ol style="x"><li>Agree the plan &amp; budget</li></ol>')
    True
    >>> _is_plain_html("<b>a</b> *b*"), _is_plain_html("a &copy b")
    (False, False)
    """
    if _INLINE_MARKUP.isdisjoint(text):
        return True
    if "<" in text:
        parts = _ANY_TAG_CUT.split(text)  # text, then each tag and the text after it
        if not all(_HTML_TAG.fullmatch(tag) for tag in set(parts[1::2])):
            return False
        # the text between the tags, each part on a line of its own (so that no entity
        # runs from one part into the next, and a part's end is still a lone "&"'s end)
        text = "\n".join(parts[::2])
    if "&" in text:
        text = _PLAIN_AMPERSAND.sub(_known_entity, text)
    return _INLINE_MARKUP.isdisjoint(text)


#: "**text**" between spaces, tags (``<br>``) or the cell's edges: strong emphasis, whatever
#: CommonMark's delimiter rules say elsewhere; read without markdown-it when it is the cell's
#: only markup.
_PLAIN_STRONG = compile_regex(
    r"(?:(?<=[\s(>])|^)\*\*(?=[A-Za-z0-9(])([^*_`\[\]\\!~&<>\s]++(?:\s[^*_`\[\]\\!~&<>\s]++)*+)"
    r"(?<=[A-Za-z0-9.:)])\*\*(?=[\s.,;:)<]|$)")


def _plain_strong(text: str) -> str | None:
    """The cell with its ``**strong**`` spans as ``<strong>`` tags, when they are its only
    Markdown markup (markdown-it reads such a cell the same way, more slowly); else None.

    Examples
    --------
    >>> _plain_strong("1. Agree the plan (**WG**) **Area 2:** digital")
    '1. Agree the plan (<strong>WG</strong>) <strong>Area 2:</strong> digital'
    >>> _plain_strong("**a*b**") is None
    True
    """
    if "**" not in text:
        return None
    parts = _PLAIN_STRONG.split(text)  # text, then the inside of each span and the text after
    parts[1::2] = ["<strong>" + inside + "</strong>" for inside in parts[1::2]]
    converted = "".join(parts)
    return converted if _is_plain_html(converted) else None


def _tab_cell(raw: str) -> str:
    """A tab row's cell as HTML: its ``**strong**`` spans, when they are its only Markdown
    markup, as ``<strong>`` tags (a writer who marks bold as the text form's lines do), else
    the cell as printed.

    Examples
    --------
    >>> _tab_cell("**Working with others**<br>Councils should act.")
    '<strong>Working with others</strong><br>Councils should act.'
    >>> _tab_cell("2 ** 3 = 8")
    '2 ** 3 = 8'
    """
    return (_plain_strong(raw) or raw) if "**" in raw else raw


def _markdown_inline(text: str) -> str:
    """A pipe cell's Markdown inline markup as HTML (``markdown-it-py``, HTML passed through).

    Examples
    --------
    >>> _markdown_inline("**Area 1:** net zero"), _markdown_inline("Area 2: digital")
    ('<strong>Area 1:</strong> net zero', 'Area 2: digital')
    """
    if _is_plain_html(text):
        return text  # markdown-it would return it unchanged
    strong = _plain_strong(text)
    if strong is not None:
        return strong
    global _MARKDOWN
    if _MARKDOWN is None:
        from markdown_it import MarkdownIt

        _MARKDOWN = MarkdownIt("commonmark", {"html": True})
    return _MARKDOWN.renderInline(text)


#: The names the cell readers use.
markdown_cell = _markdown_inline
tab_cell = _tab_cell
