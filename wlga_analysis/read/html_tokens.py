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

Anything else (``<![CDATA[``, ``<?xml``, ``a < b``, a tag left open at the end, a NUL
character, ...) gives None: the page is then read by :class:`html.parser.HTMLParser`, so the
result is the same either way. :func:`feed` checks once, on a page of awkward markup, that
the running Python's parser gives the same events, and reads every page with it otherwise.

Examples
--------
>>> page_events('<p class="a">1 &amp; 2<br/></p>')
[(0, 'p', [('class', 'a')], 1), (3, '1 & 2'), (1, 'br', [], 1), (2, 'p')]
>>> page_events("<p>a < b</p>") is None
True
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

__all__ = ["SAMPLE", "feed", "page_events", "parser_events"]

_WS = r"[ \t\n\r\f]"
_NAME = r"[a-zA-Z][-a-zA-Z0-9_:.]*"
_REF = r"&(?:amp|quot|lt|gt|apos|nbsp|\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});"
_VALUE = (rf"\"(?:[^\"&]|{_REF})*\"|'(?:[^'&]|{_REF})*'|[^ \t\n\r\f\"'=<>`&]+")
_ATTR_NAME = r"[a-zA-Z_:][-a-zA-Z0-9_:.]*"
#: One token: text, a start tag (name, attributes, "/"), an end tag, a comment, a doctype.
_TOKEN = re.compile(
    rf"([^<]+)|<({_NAME})((?:{_WS}+{_ATTR_NAME}(?:{_WS}*={_WS}*(?:{_VALUE}))?)*)"
    rf"{_WS}*(/?)>|</({_NAME})>|<!--(?![->])(?:[^-]|-(?!-))*-->|<!(?i:doctype)[^<>]*>")
_ATTRS = re.compile(rf"{_WS}+({_ATTR_NAME})(?:{_WS}*={_WS}*({_VALUE}))?")
#: Elements whose content is raw text (up to their end tag), read as it is.
_RAW = frozenset({"script", "style"})
#: Elements whose content later versions of the parser read apart: read here only when it
#: holds no markup (no ``<``; no ``&`` but in the first two).
_PLAIN = {"title": "<", "textarea": "<", "noscript": "<&", "iframe": "<&", "xmp": "<&",
          "noembed": "<&", "noframes": "<&"}
_END_OF: dict[str, re.Pattern[str]] = {}

#: Awkward markup the check of :func:`feed` reads both ways.
SAMPLE = ("<!DOCTYPE html>\n<HTML><head><title>A &amp; B &#8211; C</title><style>p>b{x:1}"
          "</style><script>if (a<b && c) { x = '</div>'; }</SCRIPT></head>\n<body a=1 "
          "B='x &quot;y&quot;' c=\"&#65;&amp;\" d = \"e\" data-x disabled><!-- note -->"
          "<p>1 &amp 2 &notit; &#0; &#x110000; &copy;&nbsp;3<br/>\n<br /><img src=a/b.png"
          "><a href=x/>t</a><input value=\"\"></P><noscript>no</noscript><textarea>t"
          "</textarea><my-el x:y=\"z\"></my-el><table><tr><td>1<td>2</table>\r\nend &</body>")


class _Recorder(HTMLParser):
    """The events the standard library's parser gives (for the check and the tests)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[Any, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((0, tag, attrs, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((1, tag, attrs, self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        self.events.append((2, tag))

    def handle_data(self, data: str) -> None:
        self.events.append((3, data))


def parser_events(markup: str) -> list[tuple[Any, ...]]:
    """The events of :class:`html.parser.HTMLParser` reading ``markup``, as
    :func:`page_events` gives them: ``(0, tag, attrs, line)`` a start tag, ``(1, tag, attrs,
    line)`` a self-closing tag, ``(2, tag)`` an end tag, ``(3, text)`` text."""
    recorder = _Recorder()
    recorder.feed(markup)
    recorder.close()
    return recorder.events


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


def _content(markup: str, tag: str, start: int) -> tuple[str, int] | None:
    """The content of a ``<script>``, ``<style>``, ``<title>`` ... opened before ``start``
    and the end of its end tag, or None when it is not read here."""
    end_tag = _END_OF.get(tag)
    if end_tag is None:
        end_tag = _END_OF[tag] = re.compile(f"</{tag}>|<!|</{_WS}*{tag}", re.IGNORECASE)
    m = end_tag.search(markup, start)
    if m is None or m.group().lower() != f"</{tag}>":
        return None
    content = markup[start:m.start()]
    if tag in _RAW:
        return content, m.end()
    if any(c in content for c in _PLAIN[tag]) or content.startswith("\n"):
        return None
    return unescape(content) if "&" in content else content, m.end()


def page_events(markup: str) -> list[tuple[Any, ...]] | None:
    """The events :class:`html.parser.HTMLParser` gives for ``markup`` (see
    :func:`parser_events`), or None when ``markup`` holds what is not read here (see the
    module's description)."""
    if "\x00" in markup or "<plaintext" in markup.lower():
        return None
    events: list[tuple[Any, ...]] = []
    append = events.append
    match = _TOKEN.match
    pos, n, line, counted = 0, len(markup), 1, 0
    while pos < n:
        m = match(markup, pos)
        if m is None:
            return None
        text, tag, attrs, close, end = m.groups()
        pos = m.end()
        if text is not None:
            append((3, unescape(text) if "&" in text else text))
        elif end is not None:
            append((2, end.lower()))
        elif tag is not None:
            line += markup.count("\n", counted, m.start())
            counted = m.start()
            tag = tag.lower()
            append((1 if close else 0, tag, _attrs(attrs) if attrs else [], line))
            if tag in _RAW or tag in _PLAIN:
                if close:
                    return None
                content = _content(markup, tag, pos)
                if content is None:
                    return None
                if content[0]:
                    append((3, content[0]))
                append((2, tag))
                pos = content[1]
    return events


_AGREES: list[bool] = []


def feed(builder: HTMLParser, markup: str) -> None:
    """Give ``builder`` (a parser whose ``handle_*`` methods build a tree) the events of
    ``markup``: from :func:`page_events` when it reads the page and the running Python's
    parser gives the same events on :data:`SAMPLE`, else from the parser itself."""
    if not _AGREES:
        _AGREES.append(page_events(SAMPLE) == parser_events(SAMPLE))
    events = page_events(markup) if _AGREES[0] else None
    if events is None:
        builder.feed(markup)
        builder.close()
        return
    start, start_end = builder.handle_starttag, builder.handle_startendtag
    end, data = builder.handle_endtag, builder.handle_data
    for event in events:
        kind = event[0]
        if kind == 3:
            data(event[1])
        elif kind == 2:
            end(event[1])
        else:
            builder.lineno = event[3]
            (start if kind == 0 else start_end)(event[1], event[2])
