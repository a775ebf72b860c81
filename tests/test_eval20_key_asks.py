"""A lobbying paper's labelled asks under theme headings (the twentieth evaluation
corpus's rec20b layout: the WLGA's key asks for a Welsh Government Budget).

The family: a paper asks a government for things under un-numbered theme headings, each
ask labelled and numbered on through the themes ("Ask 1:", "Call 2:"; a bold label, a
heading, Word numbering), each followed by its case ("Why it matters", "The evidence",
"Cost"); an executive summary may list the same asks again under a lead-in ("Leaders call
on the Welsh Government to:"). Each ask is a recommendation once (the summary's repeats are
notes, reported), its number the label's, its area the theme heading (a deeper heading
after an ask is part of its case), its owners whom the lead-in asks plus the partners it
names ("Work with the WLGA" adds the WLGA).

The documents in ``tests/data/eval20/key_asks/`` are written for the test, in layouts of
the family that differ from the corpus: a Markdown manifesto (``call-headings.md``) whose
calls are headings "### Call N: ..." under "##" themes, each over "#### The evidence" and
"#### Cost" sub-headings, one lead-in "We are asking the Welsh Government to:" and no
summary, closing with a commitment ("Councils will ...": no call); a web page
(``asks-summary.html``) whose summary ``<ol>`` under "Leaders call on the Welsh Government
to:" repeats the asks, each ask a ``<p><strong>Ask N:</strong> ...</p>`` with "Why it
matters:" and "What it would take:" paragraphs; and a Word paper (written by the fixture)
with bold "Ask N:" paragraphs under Heading 1 themes. The asserted values are the careful
reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document, table_rows

DATA = Path(__file__).parent / "data" / "eval20" / "key_asks"


def _parse(path: Path):
    return parse_document(path, "recommendations")


@pytest.fixture(scope="module")
def calls():
    return _parse(DATA / "call-headings.md")


@pytest.fixture(scope="module")
def summary():
    return _parse(DATA / "asks-summary.html")


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    import docx

    doc = docx.Document()
    doc.add_heading("Spending review 2029: the asks of Welsh councils", level=0)
    doc.add_paragraph("Council leaders urge the Welsh Government to:")
    asks = {"Libraries": ["Keep the library grant at its current level.",
                          "Fund longer opening hours in rural libraries."],
            "Leisure": ["Give councils a capital fund for leisure centres."]}
    number = 0
    for theme, texts in asks.items():
        doc.add_heading(theme, level=1)
        for text in texts:
            number += 1
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"Ask {number}: ").bold = True
            paragraph.add_run(text).bold = True
            doc.add_paragraph("Why it matters: usage is rising.")
    path = tmp_path_factory.mktemp("eval20") / "spending-review-asks.docx"
    doc.save(str(path))
    return _parse(path)


def test_call_headings_under_themes(calls):
    assert table_rows(calls.areas, "area_id", "area", "theme") == [
        [1, "Transport", ""], [2, "Broadband", ""]]
    assert table_rows(calls.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Transport", "Restore the rural bus grant to its 2019 level in real terms.",
         ["WG"]],
        [2, "Transport", "Work with the WLGA to plan demand-responsive transport across "
         "Wales.", ["WG", "WLGA"]],
        [3, "Broadband", "Fund the last five per cent of premises left without gigabit "
         "broadband.", ["WG"]]]
    assert calls.activities.empty


def test_the_case_and_commitments_are_notes(calls):
    notes = " ".join(calls.notes["text"])
    assert "fallen by a quarter" in notes and "£12 million a year" in notes
    assert "Councils will report each year" in notes
    assert "read from labelled asks" in {i.check for i in calls.issues}


def test_summary_list_is_read_once_from_the_themes(summary):
    assert summary.areas["area"].tolist() == ["Education", "Climate"]
    assert table_rows(summary.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Education", "Protect the schools budget in cash terms.", ["WG"]],
        [2, "Education", "Fund the pay award for teachers in full.", ["WG"]],
        [3, "Climate", "Invest in flood defences for coastal towns.", ["WG"]]]
    assert "printed twice" in {i.check for i in summary.issues}
    notes = " ".join(summary.notes["text"])
    assert "£25 million over two years" in notes and "Pupil numbers are rising" in notes


def test_word_bold_ask_paragraphs(word):
    assert table_rows(word.recommendations, "rec_id", "area", "text", "owners") == [
        [1, "Libraries", "Keep the library grant at its current level.", ["WG"]],
        [2, "Libraries", "Fund longer opening hours in rural libraries.", ["WG"]],
        [3, "Leisure", "Give councils a capital fund for leisure centres.", ["WG"]]]
