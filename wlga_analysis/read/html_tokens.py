"""A faster tokenizer of a web page, giving the events the standard library's
:class:`html.parser.HTMLParser` gives, for the markup most pages are written in.

:class:`html.parser.HTMLParser` spends most of a large page's time in its own Python code
(a method call or more per tag). :func:`page_events` reads a page with one regular
expression instead, but only the markup whose events every version of the standard
library's parser agrees on:

- text (its character references decoded by :func:`html.unescape`, as ``convert_charrefs``
  does); a ``<`` that opens no tag is not read here;
- start tags ``<name attr="value" attr='value' attr=value attr>`` (names of letters,
  figures and ``-_:.``; white space between attributes; a value's character references
  only ``&amp;``, ``&quot;``, ``&lt;``, ``&gt;``, ``&apos;``, ``&nbsp;`` or numeric), ``/>``
  for a self-closing tag; end tags ``</name>``; comments with no ``--`` inside;
  ``<!DOCTYPE ...>``;
- the content of ``<script>`` and ``<style>`` up to their end tag, as it is (no ``<!`` and no
  other end tag of theirs inside); of ``<title>``, ``<textarea>``, ``<noscript>``,
  ``<iframe>``, ``<xmp>``, ``<noembed>``, ``<noframes>`` when it holds no ``<`` (and no
  ``&`` but in a title or text area).

Anything else (``<![CDATA[``, ``<?xml``, ``a < b``, a tag with no ``>`` at the end, a NUL
character, ``<plaintext>``, ...) and the page is read by :class:`html.parser.HTMLParser`, so
the result is the same either way. :func:`feed` checks once, on a page of awkward markup
(:data:`SAMPLE`), that the running Python's parser gives the same events, and reads every
page with the parser otherwise. The page is tokenized by :meth:`re.Pattern.findall` (no
Python code per token) and checked whole before the first event is given.

Examples
--------
>>> page_events('<p class="a">1 &amp; 2<br/></p>')
[(0, 'p', [('class', 'a')], 1), (3, '1 & 2'), (1, 'br', [], 1), (2, 'p')]
>>> page_events("<p>a < b</p>") is None
True
>>> page_events("<p>a < b</p>") == parser_events("<p>a < b</p>") or parser_events("<p>a < b</p>")
[(0, 'p', [], 1), (3, 'a '), (3, '<'), (3, ' b'), (2, 'p')]
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser
from operator import itemgetter
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SAMPLE", "feed", "page_events", "parser_events", "read_fast"]

_WS = r"[ \t\n\r\f]"
_NAME = r"[a-zA-Z][-a-zA-Z0-9_:.]*"
_REF = r"&(?:amp|quot|lt|gt|apos|nbsp|\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});"
_VALUE = rf"\"[^\"&]*(?:{_REF}[^\"&]*)*\"|'[^'&]*(?:{_REF}[^'&]*)*'|[^ \t\n\r\f\"'=<>`&]+"
_ATTR_NAME = r"[a-zA-Z_:][-a-zA-Z0-9_:.]*"
_ATTRS_TEXT = rf"(?:{_WS}+{_ATTR_NAME}(?:{_WS}*={_WS}*(?:{_VALUE}))?)*{_WS}*"
#: Elements whose content is raw text (up to their end tag), read as it is.
_RAW = frozenset({"script", "style"})
#: Elements whose content later versions of the parser read apart: read here only when it
#: holds no markup (no ``<``; no ``&`` but in a title or text area; no first line break).
_PLAIN = {"title": "<", "textarea": "<", "noscript": "<&", "iframe": "<&", "xmp": "<&",
          "noembed": "<&", "noframes": "<&"}
_SPECIAL = "|".join([*_RAW, *_PLAIN, "plaintext"])
#: One token, as the groups: text; an element of raw or plain content (tag, attributes,
#: content, end tag); a start tag (tag, attributes, "/"); an end tag; a comment or a doctype;
#: any other character (a "<" not read here).
_TOKEN = compile_regex(
    rf"([^<]+)"
    rf"|<((?i:{_SPECIAL}))(?=[ \t\n\r\f/>])({_ATTRS_TEXT})>([^<]*(?:<(?![/!])[^<]*)*)</({_NAME})>"
    rf"|<(?!(?i:{_SPECIAL})[ \t\n\r\f/>])({_NAME})({_ATTRS_TEXT})(/?)>"
    rf"|</({_NAME})>"
    rf"|(<!--(?![->])[^-]*(?:-[^-]+)*-->|<!(?i:doctype)[^<>]*>)"
    rf"|([\s\S])")
_ATTRS = compile_regex(rf"{_WS}+({_ATTR_NAME})(?:{_WS}*={_WS}*({_VALUE}))?")
_BAD, _SPECIAL_TAG = itemgetter(10), itemgetter(1)
#: The attributes of a tag that has none (one empty tuple, not a new list per tag).
_NO_ATTRS: tuple[tuple[str, str | None], ...] = ()

#: Awkward markup the check of :func:`feed` reads both ways.
SAMPLE = ("<!DOCTYPE html>\n<HTML><head><title>A &amp; B &#8211; C</title><style>p>b{x:1}"
          "</style><script>if (a<b && c) { x = 1; }</SCRIPT></head>\n<body a=1 "
          "B='x &quot;y&quot;' c=\"&#65;&amp;\" d = \"e\" data-x disabled><!-- no-\nte -->"
          "<p>1 &amp 2 &notit; &#0; &#x110000; &copy;&nbsp;3<br/>\n<br /><img src=a/b.png"
          "><a href=x/>t</a><input value=\"\"\n></P><noscript>no</noscript><textarea>t"
          "</textarea><my-el x:y=\"z\"></my-el><table><tr><td>1<td>2</table>\r\nend &</body>")


def _attrs(text: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for m in _ATTRS.finditer(text):
        value = m.group(2)
        if value is not None and value[:1] in ("'", '"'):
            value = value[1:-1]
        if value and "&" in value:
            value = unescape(value)
        out.append((m.group(1).lower(), value))
    return out


def _special_read(token: tuple[str, ...]) -> bool:
    """Whether an element of raw or plain content is read here (see the module)."""
    tag, content, end = token[1].lower(), token[3], token[4].lower()
    if end != tag or tag == "plaintext":
        return False
    if tag in _RAW:
        return True
    return not (any(c in content for c in _PLAIN[tag]) or content.startswith("\n"))


def read_fast(parser: HTMLParser, markup: str) -> bool:
    """Give ``parser``'s ``handle_starttag``, ``handle_startendtag``, ``handle_endtag`` and
    ``handle_data`` the events of ``markup`` (its ``lineno`` the line of each start tag)
    as :class:`html.parser.HTMLParser` would (but the attributes of a tag that has none
    are an empty tuple, not a new empty list), and True; False, and no event given, when
    ``markup`` holds what is not read here (see the module's description)."""
    if "\x00" in markup:
        return False
    tokens = _TOKEN.findall(markup)
    if any(map(_BAD, tokens)) or not all(map(_special_read, filter(_SPECIAL_TAG, tokens))):
        return False
    start, start_end = parser.handle_starttag, parser.handle_startendtag
    end_of, data = parser.handle_endtag, parser.handle_data
    line = 1
    for text, s_tag, s_attrs, s_content, _, tag, attrs, close, end, skipped, _ in tokens:
        if text:
            data(unescape(text) if "&" in text else text)
            line += text.count("\n")
        elif tag:
            parser.lineno = line
            if attrs:
                (start_end if close else start)(tag.lower(), _attrs(attrs))
                line += attrs.count("\n")
            else:
                (start_end if close else start)(tag.lower(), _NO_ATTRS)
        elif end:
            end_of(end.lower())
        elif s_tag:
            parser.lineno = line
            s_tag = s_tag.lower()
            start(s_tag, _attrs(s_attrs) if s_attrs else _NO_ATTRS)
            if s_content:
                data(s_content if s_tag in _RAW or "&" not in s_content
                     else unescape(s_content))
            end_of(s_tag)
            line += s_attrs.count("\n") + s_content.count("\n")
        else:
            line += skipped.count("\n")
    return True


class _Recorder(HTMLParser):
    """The events a parser gives (for the check and the tests)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[Any, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((0, tag, list(attrs), self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((1, tag, list(attrs), self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        self.events.append((2, tag))

    def handle_data(self, data: str) -> None:
        self.events.append((3, data))


def parser_events(markup: str) -> list[tuple[Any, ...]]:
    """The events of :class:`html.parser.HTMLParser` reading ``markup``: ``(0, tag, attrs,
    line)`` a start tag, ``(1, tag, attrs, line)`` a self-closing tag, ``(2, tag)`` an end
    tag, ``(3, text)`` text."""
    recorder = _Recorder()
    recorder.feed(markup)
    recorder.close()
    return recorder.events


def page_events(markup: str) -> list[tuple[Any, ...]] | None:
    """The events :func:`read_fast` gives for ``markup`` (as :func:`parser_events`), or
    None when it does not read it."""
    recorder = _Recorder()
    return recorder.events if read_fast(recorder, markup) else None


_AGREES: list[bool] = []


def feed(parser: HTMLParser, markup: str) -> None:
    """Give ``parser`` (whose ``handle_*`` methods build a tree) the events of ``markup``:
    by :func:`read_fast` when it reads the page and the running Python's parser gives the
    same events on :data:`SAMPLE`, else by the parser itself (``feed``, ``close``)."""
    if not _AGREES:
        _AGREES.append(page_events(SAMPLE) == parser_events(SAMPLE))
    if not (_AGREES[0] and read_fast(parser, markup)):
        parser.feed(markup)
        parser.close()
