"""A joint inspection report's boxed "Areas for improvement" and its recommendations for the
Welsh Government (the forty-third evaluation corpus's rec43b family).

The family: numbered chapters ("2. Front door") each end with a box headed "Areas for
improvement" whose items are numbered through the report, each ending with its lead in
brackets ("(Local authority and health board)"); a last chapter "Recommendations for (the)
Welsh Government" letters its recommendations A, B, ... after a lead-in. A careful reader
reads each boxed item as a recommendation (rec_id its number, area its chapter's name
without the number, text without the bracketed lead, owners from the lead: a local
authority LG, "health board" / "police" the one such body the report names, any other body
as printed) and each lettered one with the area of its chapter and the owner the chapter
names (WG). "What is working well" is a finding: no activities. The documents are written
here, in layouts that differ from the corpus: a Markdown report (box heading "### Areas for
improvement", a Markdown ordered list, leads "(Lead: ...)"), a web page (``<aside>`` with
``<ol start>``, ``<ol type="A">``) and a plain-text report ("AREAS FOR IMPROVEMENT" between
rules). The asserted values were written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

MARKDOWN = """\
# Joint Inspection of Youth Justice Arrangements: Tref

## 1. Introduction

Inspectors looked at how Tref County Council, Bryn University Health Board and
Dyfed-Powys Police work together.

## 2. Front door

### What is working well

Screening is prompt.

### Areas for improvement

1. The local authority should record every decision on a contact. (Local authority)
2. Partners should hold strategy discussions within a day. (Police and health board)

## 3. Planning

### Areas for improvement

3. Plans should name the outcomes sought for each child. (Local authority and health board)

## 4. Recommendations for the Welsh Government

The inspectorates recommend that the Welsh Government:

A. Publishes national guidance on strategy discussions.

B. Funds training in the assessment of neglect.
"""

HTML = """\
<html><head><title>Joint inspection: Pentre</title></head><body><main>
<h1>Joint inspection of child protection arrangements: Pentre</h1>
<p>The inspection looked at Pentre Council, Afon Teaching Health Board and Gwent Police.</p>
<h2>2. Early help</h2>
<p>Early help is offered quickly.</p>
<aside class="box"><h3>Areas for improvement</h3>
<ol start="1"><li>Early help plans should be reviewed every three months. (Local authority)</li>
<li>Midwives should share concerns before birth. (Health board)</li></ol></aside>
<h2>3. Leadership</h2>
<p>Leaders are visible.</p>
<aside class="box"><h3>Areas for improvement</h3>
<ol start="3"><li>Leaders should agree shared measures. (Local authority, health board and
police)</li></ol></aside>
<h2>4. Recommendations for Welsh Government</h2>
<p>We recommend that the Welsh Government:</p>
<ol type="A"><li>Reviews the child protection register guidance.</li></ol>
</main></body></html>
"""

TEXT = """\
Joint Inspection Report: Maes
June 2027

1. Introduction

Inspectors visited Maes Borough Council and Heol University Health Board.

2. Responding to concerns

==============================================================================
AREAS FOR IMPROVEMENT

1. Referrals should be acknowledged within one working day. (Local authority)

2. Health staff should attend strategy meetings. (Health board)

==============================================================================

3. Recommendations for Welsh Government

We make this recommendation to the Welsh Government:

A. The Welsh Government should publish a national dataset on referrals.
"""


def _parse(directory: Path, name: str, text: str):
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return parse_recommendations(read_document(path, "recommendations"))


@pytest.fixture(scope="module")
def markdown(tmp_path_factory):
    return _parse(tmp_path_factory.mktemp("box43"), "tref.md", MARKDOWN)


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    return _parse(tmp_path_factory.mktemp("box43"), "pentre.html", HTML)


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    return _parse(tmp_path_factory.mktemp("box43"), "maes.txt", TEXT)


def _ids(result) -> list[str]:
    """The numbers as printed (a letter "A" is kept in ``rec_label``)."""
    return [str(r) for r in result.recommendations["rec_label"]]


def test_markdown_boxes(markdown):
    recs = markdown.recommendations
    assert _ids(markdown) == ["1", "2", "3", "A", "B"]
    assert markdown.areas["area"].tolist() == ["Front door", "Planning",
                                               "Recommendations for the Welsh Government"]
    assert recs["text"].tolist()[:3] == [
        "The local authority should record every decision on a contact.",
        "Partners should hold strategy discussions within a day.",
        "Plans should name the outcomes sought for each child."]
    assert [sorted(o) for o in recs["owners"]] == [
        ["LG"], ["Bryn University Health Board", "Dyfed-Powys Police"],
        ["Bryn University Health Board", "LG"], ["WG"], ["WG"]]
    assert recs["area"].tolist()[3:] == ["Recommendations for the Welsh Government"] * 2
    assert markdown.activities.empty


def test_html_boxes(html):
    recs = html.recommendations
    assert _ids(html) == ["1", "2", "3", "A"]
    assert html.areas["area"].tolist() == ["Early help", "Leadership",
                                           "Recommendations for Welsh Government"]
    assert recs["text"].tolist()[2] == "Leaders should agree shared measures."
    assert [sorted(o) for o in recs["owners"]] == [
        ["LG"], ["Afon Teaching Health Board"],
        ["Afon Teaching Health Board", "Gwent Police", "LG"], ["WG"]]


def test_text_boxes(text):
    recs = text.recommendations
    assert _ids(text) == ["1", "2", "A"]
    assert recs["area"].tolist() == ["Responding to concerns", "Responding to concerns",
                                     "Recommendations for Welsh Government"]
    assert recs["text"].tolist()[1] == "Health staff should attend strategy meetings."
    assert [list(o) for o in recs["owners"]] == [["LG"], ["Heol University Health Board"],
                                                 ["WG"]]
