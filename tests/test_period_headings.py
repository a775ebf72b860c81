"""A report told month by month, or quarter by quarter (the eighteenth evaluation corpus's
prog18a layout): un-numbered headings naming only a period, each over a framing sentence
and bullet highlights in the first person past tense, a funding box after the last period,
closing lines ("Contact", "Get in touch").

The documents in ``tests/data/period_headings/`` are written for the test, in layouts of
the family that differ from the corpus: a partnership board's year in Markdown told by
quarter ("Quarter 1 (April to June 2025)"), its funding box a pandoc simple table, and a
team's autumn highlights as a Word file with a contents list naming the months, bullets in
the third person. The asserted values are the careful reader's reading, written before the
code: sections are the periods in reading order; an item is a bullet; the framing
sentences, the contents list and the contact lines are no items; an item that states no
timing takes its period's quarter; "due to finish in February 2026" and "will report in
March 2026" are in progress and in those quarters.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.read.simple_tables import dash_table_lines
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "period_headings"

#: The careful reader's reading: grants, items (id, section name, start of the text,
#: status, quarter, partners) and lines that are no items.
READINGS = {
    "partnership-year.md": {
        "grants": [("Regional Integration Fund", 2400000, "2025-26"),
                   ("Carers Support grant", 310000, "2025-26")],
        "items": [
            ("1.1", "Quarter 1 (April to June 2025)", "We held four engagement events",
             "done", "2025-26 Q1", []),
            ("1.2", "Quarter 1 (April to June 2025)", "We agreed a new dementia strategy",
             "done", "2025-26 Q1", []),
            ("2.1", "Quarter 2 (July to September 2025)", "We trained 120 care staff",
             "done", "2025-26 Q2", ["Data Cymru"]),
            ("2.2", "Quarter 2 (July to September 2025)", "A review of respite provision",
             "in progress", "2025-26 Q4", []),
            ("3.1", "Quarter 3 (October to December 2025)", "We published a winter plan",
             "done", "2025-26 Q3", []),
            ("4.1", "Quarter 4 (January to March 2026)", "We launched a carers' card",
             "done", "2025-26 Q4", []),
        ],
        "not_items": ["The quarter began", "Winter pressures", "Regional Integration Fund",
                      "County Hall", "This review sets out"],
    },
    "digital-autumn-highlights.docx": {
        "grants": [],
        "items": [
            ("1.1", "September 2025", "The team ran a cyber exercise", "done", "2025-26 Q2",
             []),
            ("1.2", "September 2025", "Officers began drafting a data strategy",
             "in progress", "2025-26 Q4", []),
            ("2.1", "October 2025", "We published guidance on the use of AI", "done",
             "2025-26 Q3", []),
            ("3.1", "November 2025", "We hosted a summit on shared services", "done",
             "2025-26 Q3", ["SOLACE"]),
        ],
        "not_items": ["Schools and councils returned", "The month was dominated",
                      "Contents", "Email the Digital Wales Team"],
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_each_bullet_under_a_period_heading_is_an_item_of_that_period(parsed, name):
    frame = parsed[name].programme
    got = [(r.item_id, r.section, r.status, r.quarter_label, list(r.partners))
           for r in frame.itertuples()]
    want = READINGS[name]["items"]
    assert got == [(i, s, st, q, p) for i, s, _, st, q, p in want]
    for text, (_, _, start, *_) in zip(frame["text"], want, strict=True):
        assert text.startswith(start), text


@pytest.mark.parametrize("name", READINGS)
def test_framing_sentences_contents_and_contact_lines_are_no_items(parsed, name):
    got = parsed[name]
    items = " ".join(got.programme["text"])
    texts = " ".join(got.paragraphs["text"])
    for words in READINGS[name]["not_items"]:
        assert words not in items, words
        assert words in texts, words
    if name.endswith(".md"):  # (nothing lost: every word of the file is in some table)
        assert not programme_words_lost(got, DATA / name)


@pytest.mark.parametrize("name", READINGS)
def test_the_funding_box_gives_grants_not_items(parsed, name):
    grants = [(r.grant, int(r.amount_gbp), r.financial_year)
              for r in parsed[name].grants.itertuples()]
    assert grants == READINGS[name]["grants"]


def test_a_pandoc_multiline_table_is_read_as_pipe_rows():
    lines = ["-------------------------------------------",
             " Action              Lead      Status",
             "-------------------- --------- ------------",
             " Publish a guide     WLGA      Complete",
             "   for members",
             "",
             " Run a survey of     Data      On track",
             "   staff               Cymru",
             "-------------------------------------------", "", "Next paragraph."]
    assert dash_table_lines(lines) == (
        "", "| Action | Lead | Status |", "| --- | --- | --- |",
        "| Publish a guide for members | WLGA | Complete |", "", "",
        "| Run a survey of staff | Data Cymru | On track |", "", "", "", "Next paragraph.")


def test_dashes_that_are_no_table_are_left_alone():
    lines = ["Progress", "--------", "Text.", "", "---- ----", "", "a - b"]
    assert dash_table_lines(lines) == tuple(lines)
