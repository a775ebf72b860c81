"""A members' newsletter used as the programme update (the sixteenth evaluation corpus's
prog16a layout): a masthead (title, strapline, issue line), an editor's note naming the
priorities and the grant, un-numbered feature sections of short dated paragraphs, one
piece of work a paragraph, the status told by the tense only, and closing furniture
("Dates for your diary", "Contact us", an e-mail footer).

The documents in ``tests/data/eval16/prog16a/`` are written for the test, in layouts of the
family that differ from the corpus: a web page of an e-bulletin ("View this newsletter
online", an "Issue 12 | 3 March 2027" line, an "Editor's note", "News from ..." sections,
"Dates for your diary" as a sub-heading, "Contact us" and an unsubscribe line) and a
Markdown newsletter ("Volume 4, number 2 — 2 July 2025", a "Welcome" section, "... round-up"
sections, "Keep in touch"). The asserted values are the careful reader's reading, written
before the code: an item is a whole paragraph of a feature section, sections numbered in
reading order; a past month in a past-tense paragraph is the last one; "runs until July"
ends in July; a delay's new month is the quarter.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval16" / "prog16a"

#: The careful reader's reading: title, date, priorities, grants, items (id, section,
#: start of the text, end of the text, status, quarter, partners).
READINGS = {
    "connected-councils-bulletin.html": {
        "title": "Connected Councils: Spring 2027",
        "date": "2027-03-03",
        "priorities": ["digital services", "cyber resilience", "data skills"],
        "grants": [("Digital Councils Grant", 250000, "2026-27")],
        "items": [
            ("1.1", 1, "In November, the partnership launched", "its first month.", "done",
             "2026-27 Q3", []),
            ("1.2", 1, "In January, officers hosted", "the partnership's website.", "done",
             "2026-27 Q4", ["Data Cymru"]),
            ("1.3", 1, "A new digital inclusion strategy", "leaders in April.", "in progress",
             "2027-28 Q1", []),
            ("2.1", 2, "In December, the partnership ran", "in a short report.", "done",
             "2026-27 Q3", ["Audit Wales"]),
            ("2.2", 2, "A review of backup arrangements", "in the summer issue.", "at risk",
             "2027-28 Q1", []),
            ("2.3", 2, "In May, the partnership will run", "to one a council.", "planned",
             "2027-28 Q1", []),
            ("3.1", 3, "In October, 30 analysts started", "the first module.", "done",
             "2026-27 Q3", ["Academi Wales"]),
            ("3.2", 3, "Coaching for data leads", "runs until July.", "in progress",
             "2027-28 Q2", []),
        ],
        "not_items": ["Welcome to the spring edition", "This year the partnership",
                      "12 March 2027", "Contact us", "You are receiving", "View this"],
    },
    "workforce-wales-news.md": {
        "title": "Workforce Wales News",
        "date": "2025-07-02",
        "priorities": ["recruitment", "leadership", "wellbeing"],
        "grants": [("Workforce Development Grant", 600000, "2025-26")],
        "items": [
            ("1.1", 1, "In April, the programme published", "Welsh and English.", "done",
             "2025-26 Q1", ["HR Directors Network"]),
            ("1.2", 1, "In May, councils opened", "have been filled.", "done",
             "2025-26 Q1", []),
            ("1.3", 1, "A recruitment campaign", "radio and social media.", "planned",
             "2025-26 Q2", []),
            ("2.1", 2, "The second cohort", "runs until November.", "in progress",
             "2025-26 Q3", ["Academi Wales"]),
            ("2.2", 2, "A mentoring scheme", "will meet in August.", "in progress",
             "2025-26 Q2", ["Lawyers in Local Government"]),
            ("3.1", 3, "In June, the programme launched", "have downloaded it.", "done",
             "2025-26 Q1", []),
            ("3.2", 3, "A survey of staff wellbeing", "in the winter issue.", "at risk",
             "2025-26 Q3", []),
        ],
        "not_items": ["Welcome to the summer issue", "This year the programme",
                      "15 September 2025", "Keep in touch", "Dates for your diary"],
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_masthead_title_date_priorities_and_grant(parsed, name):
    """The masthead's title (not its strapline, nor "View this newsletter online"), the
    issue line's date, the editor's list of priorities and the grant."""
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]
    assert [p.lower() for p in got.priorities["priority"]] == want["priorities"]
    grants = [(r.grant, int(r.amount_gbp), r.financial_year)
              for r in got.grants.itertuples()]
    assert grants == want["grants"]


@pytest.mark.parametrize("name", READINGS)
def test_each_paragraph_of_a_feature_section_is_one_item(parsed, name):
    frame = parsed[name].programme
    got = [(r.item_id, int(r.paragraph), r.status, r.quarter_label, list(r.partners))
           for r in frame.itertuples()]
    want = READINGS[name]["items"]
    assert got == [(i, s, st, q, p) for i, s, _, _, st, q, p in want]
    for text, (_, _, start, end, *_) in zip(frame["text"], want, strict=True):
        assert text.startswith(start) and text.endswith(end), text


@pytest.mark.parametrize("name", READINGS)
def test_editors_note_diary_and_footer_are_no_items(parsed, name):
    got = parsed[name]
    items = " ".join(got.programme["text"])
    texts = " ".join(got.paragraphs["text"])
    for words in READINGS[name]["not_items"]:
        assert words not in items, words
        assert words in texts or words.startswith("View"), words


def test_the_past_month_of_a_sentence_opening_with_it_is_the_last_one():
    """"In July, the team published ..." in a paper of October: last July (the tense of
    the clause after the comma); "In January, the team will run ...": next January."""
    import datetime as dt

    from wlga_analysis.quarters import quarter_label, resolve_timing

    day = dt.date(2025, 10, 16)
    assert quarter_label(resolve_timing("In July, the team published a guide.", day)[0]) \
        == "2025-26 Q2"
    assert quarter_label(resolve_timing("In June, the WLGA and Data Cymru launched a "
                                        "dashboard.", day)[0]) == "2025-26 Q1"
    assert quarter_label(resolve_timing("In January, the team will run a course.", day)[0]) \
        == "2025-26 Q4"
    assert quarter_label(resolve_timing("A survey has been delayed to December.", day)[0]) \
        == "2025-26 Q3"


def test_a_paper_with_no_masthead_is_no_newsletter():
    """A written statement (sub-headings over prose, no issue line) is left to the
    statement reader: one item a sentence."""
    from wlga_analysis.interpret.programme.newsletter import (
        is_strapline,
        newsletter_sections,
    )
    from wlga_analysis.read.model import Heading, Inline, Paragraph

    blocks = [Heading(Inline("Written Statement: Roads"), 1),
              Paragraph(Inline("Safety")),
              Paragraph(Inline("Two safety schemes were completed in May this year.")),
              Paragraph(Inline("Maintenance")),
              Paragraph(Inline("Resurfacing of the main routes will start in June."))]
    assert newsletter_sections(blocks) is None
    assert is_strapline("The newsletter of the WLGA Improvement Support Programme")
    assert not is_strapline("Improvement Programme newsletter: quarter 2 update")


def test_nothing_lost(parsed):
    """Every word of the Markdown newsletter is in some table (the editor's note, the
    diary dates and the footer in the paragraphs table); the date line is the date."""
    name = "workforce-wales-news.md"
    got = parsed[name]
    assert programme_words_lost(got, DATA / name) == set()


def test_a_closing_heading_over_prose_is_no_feature_section():
    """"Get in touch" printed as a sub-heading over a paragraph ends the items: it is no
    section of its own and its paragraph is no item."""
    from wlga_analysis.interpret.programme.newsletter import newsletter_sections
    from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph

    para = "In March, the team published a guide to the new duties for members."
    blocks = [Heading(Inline("Council Matters"), 1), Paragraph(Inline("Issue 2 | April 2026")),
              Paragraph(Inline("Scrutiny news")), Paragraph(Inline(para)),
              Paragraph(Inline("Finance news")), Paragraph(Inline(para)),
              Paragraph(Inline("Get in touch")),
              Paragraph(Inline("Write to the editor at the address on our website."))]
    got = newsletter_sections(blocks)
    assert [b.number for b in got if isinstance(b, Paragraph)] == \
        [None, "1", "2", None, None]
    assert sum(isinstance(b, ListItem) for b in got) == 2
