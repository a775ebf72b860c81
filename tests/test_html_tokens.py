"""The fast tokenizer of web pages (:mod:`wlga_analysis.read.html_tokens`) gives exactly the
events of the standard library's :class:`html.parser.HTMLParser`, or none at all (the page
is then read by the parser): on awkward markup written by hand, on markup assembled at
random from awkward pieces, on the hostile pages of the readers and on every page of the
corpora; and the element tree built from its events is the tree built from the parser's.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from wlga_analysis.read.html_tokens import SAMPLE, page_events, parser_events, read_fast
from wlga_analysis.read.html_tree import _TreeBuilder, build_tree
from wlga_analysis.testing.hostile_readers import READERS

#: Markup read by the fast path (the events must be the parser's).
READ = [
    SAMPLE,
    "<p>plain</p>",
    "<P CLASS=Intro ID='x'>One &amp; two &#8364;5 &pound;6 &nbsp;</P>",
    "<br><br/><br /><BR>",
    "<div\n  class=\"a\"\n  data-x>line\n two</div>\n<p>three</p>",
    "<!DOCTYPE html><html><head><title>T &amp; U</title></head><body>x</body></html>",
    "<style>.a>li:before{content:\"\\2022\"}</style><script>if(a<b){x()}</script>",
    "<a href=x/>link</a><a href=y />self</a><input disabled value=''>",
    "<!-- a comment - with a dash -->text<!--\nx-->",
    "<table><tr><td>1<td>2<tr><td>3</table>",
    "<p>a &notit; b &amp c &#0; &#x110000; &#65</p>",
    "<textarea>t &amp; u</textarea><noscript>none</noscript>",
    "<my-el x:y=\"z\" _a=1></my-el></p></div>",
    "text only, no tags &amp; an entity",
    "<p>\r\nwindows\r\nlines</p>",
    "<img alt=\"a &lt; b &gt; c\" src='&#x41;'>",
]
#: Markup the fast path leaves to the parser (it must give no event at all).
LEFT = [
    "<p>a < b</p>",
    "<![CDATA[x]]>",
    "<?xml version='1.0'?><p>x</p>",
    "<p>open<p class=x",
    "<p class=\"x&copy=y\">a</p>",
    "<script>a = '</div>';</script>",
    "<script>x</script ><p>y</p>",
    "<script/>",
    "<title>a <b>b</b></title>",
    "<noscript>a &amp; b</noscript>",
    "<textarea>\nfirst line</textarea>",
    "<plaintext>a</plaintext>",
    "<p>nul \x00 here</p>",
    "<!-- a -- b -->",
    "<!-->x-->",
    "<!---x--->",
    "<a href=\"x\"class=y>",
    "<p\u00a0class=x>",
    "</ p>",
    "<p>x</p",
    "<a b=`c`>",
]


@pytest.mark.parametrize("markup", READ)
def test_the_fast_path_gives_the_parsers_events(markup: str) -> None:
    events = page_events(markup)
    assert events is not None, "read by the fast path"
    assert events == parser_events(markup)


@pytest.mark.parametrize("markup", LEFT)
def test_markup_not_read_fast_is_left_to_the_parser_with_no_event_given(markup: str) -> None:
    from wlga_analysis.read.html_tokens import _Recorder

    recorder = _Recorder()
    assert read_fast(recorder, markup) is False
    assert recorder.events == []


#: Pieces of markup, awkward ones among them, for markup assembled at random.
PIECES = ["<p>", "</p>", "<P>", "<br>", "<br/>", "<br />", "<div class=\"a b\">", "</div>",
          "<li>", "</li>", "<ul>", "</ul>", "text", " ", "\n", "&amp;", "&", "&copy", "&#65;",
          "&notit;", "<", ">", "<!-- c -->", "<!--", "-->", "<script>", "</script>",
          "<style>", "</style>", "<title>", "</title>", "x<y", "<a href=x/>",
          "<a href=\"u&amp;v\">", "</a>", "<td>", "<tr>", "<table>", "</table>",
          "<!DOCTYPE html>", "<?pi?>", "\r\n",
          "<b>", "</b>", "<span style='font-weight:bold'>", "</span>", "'", "\"", "=", "/",
          "<noscript>", "</noscript>", "<textarea>", "</textarea>", "\u00a0", "</ p>", "<x-y>"]


def test_random_markup_is_read_as_the_parser_reads_it() -> None:
    rng = random.Random(27)
    fast = 0
    for _ in range(3000):
        markup = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        events = page_events(markup)
        if events is not None:
            fast += 1
            assert events == parser_events(markup), markup
    assert fast > 300  # (the fast path is tried on many of them, not only left to the parser)


def _slow_tree(markup: str) -> _TreeBuilder:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder


@pytest.mark.parametrize("name", [n for n, (_, case, _sizes) in READERS.items()
                                  if case(1)[0] == ".html"])  # (the form, from a small case)
def test_hostile_pages_are_read_fast_into_the_same_tree(name: str) -> None:
    _, case, sizes = READERS[name]
    markup = case(sizes[0] // 10 or 1)[1].decode("utf-8")
    assert page_events(markup) is not None  # (their speed rests on it)
    fast, slow = build_tree(markup), _slow_tree(markup)
    assert fast.root == slow.root
    assert fast.too_deep == slow.too_deep


def test_deep_nesting_builds_the_same_tree() -> None:
    markup = ("<div><span><p>a<br><br>" * 400 + "</p></span></div>" * 400
              + "<table><tr><td>" * 200 + "x" + "</td></tr></table>" * 200)
    fast, slow = build_tree(markup), _slow_tree(markup)
    assert fast.root == slow.root
    assert fast.too_deep == slow.too_deep is not None


def test_every_page_of_the_corpora_is_read_as_the_parser_reads_it() -> None:
    from wlga_analysis.read.html_decode import decode_page

    root = Path(__file__).resolve().parents[1]
    pages = sorted({*root.glob("bench/corpora/*/docs/*.htm*"), *root.glob("tests/data/**/*.htm*")})
    fast = 0
    for page in pages:
        markup = decode_page(page.read_bytes())[0]
        events = page_events(markup)
        if events is not None:
            fast += 1
            assert events == parser_events(markup), page
    assert fast >= len(pages) * 0.9
