"""A service plan's mid-year review: numbered sub-headings over tables of key actions,
tables of performance indicators that hold no actions, the RAG a colour only (the
seventeenth evaluation corpus's prog17b layout).

A council's service plan review (directorate plan, business plan review) numbers its
chapters ("1. Introduction" ... "4. Resources") and, under the progress chapter, one
numbered sub-heading per service area ("3.1 Housing Solutions"), each over a table of key
actions (``Ref | Key action | Target date | RAG | Comment``) and a table of performance
indicators (``PI | Indicator | Target | Actual | RAG``); the priorities are a numbered list
in the introduction; the RAG cell is a colour word (a shaded cell), or on a web page a
"●" whose colour is only in its ``title`` or class; a key explains the colours (Grey: not
started); the grants are a Resources table ``Grant (2025-26) | Allocation | Spent``.

The documents in ``tests/data/eval17/prog17b/`` are written for the test, in layouts of the
family that differ from the corpus: a Markdown education business plan
(``education-business-plan-q2.md``: a chapter "Delivery of the business plan" that is not
named progress, ``Action no. | Action | Lead officer | Due by | BRAG | Commentary``, an
area with no label over its table, the colour key a "Key:" line, KPI tables, a "Budget and
grants" chapter with a ``Funding (2026-27) | Amount | Claimed`` table, a Recommendation);
a council web page (``social-services-plan-half-year.html``: ``<ol>`` priorities, a key
table of coloured dots, RAG dots named only by a class ``status-green`` or a ``title`` on
the cell, ``What we will do | By when | Status`` columns, ``Measure | Target | Actual``
tables with no label, no grants); and a Word file saved as text
(``environment-service-plan-midyear.txt``: tab tables, a "Status | Description" key table
whose Grey is "Not yet due to start", dd/mm/yyyy completion dates, a ``Progress comment``
column, a PI table whose header the text reader takes for data). The asserted values are
the careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval17" / "prog17b"

#: The careful reader's reading: title, date, priorities, items (section, text, status,
#: quarter, partners), grants (name, amount, year).
READINGS = {
    "education-business-plan-q2.md": {
        "title": "Education Directorate Business Plan 2026-27: quarter 2 review",
        "date": "2026-11-18",
        "priorities": ["Raise standards of literacy in primary schools",
                       "Improve attendance after the pandemic"],
        "items": [
            (1, "Roll out the new reading programme to all 42 primary schools.",
             "in progress", "2027-28 Q2", []),
            (1, "Publish a revised school improvement framework with Estyn's advice.", "done",
             "2026-27 Q2", []),
            (1, "Set up a cluster network for secondary literacy leads.", "planned",
             "2026-27 Q4", []),
            (2, "Appoint four education welfare officers.", "at risk", "2026-27 Q3", []),
            (2, "Agree an attendance protocol with the secondary head teachers.", "at risk",
             "2026-27 Q4", []),
        ],
        "grants": [("Local Authority Education Grant", 2740000, "2026-27")],
        "measures": 2,
    },
    "social-services-plan-half-year.html": {
        "title": "Social Services Directorate Plan 2025-26: half-year progress",
        "date": "2025-10-21",
        "priorities": ["Help people to live independently at home",
                       "Keep children safe within their families",
                       "Support and grow the care workforce"],
        "items": [
            (1, "Open a reablement hub at Ysbyty'r Dref with the health board.",
             "in progress", "2025-26 Q3", []),
            (1, "Move 20 people from residential care into supported living.", "at risk",
             "2025-26 Q4", []),
            (1, "Publish a carers' strategy agreed with Social Care Wales.", "done",
             "2025-26 Q1", []),
            (2, "Recruit ten foster carers through Foster Wales.", "at risk", "2025-26 Q4", []),
            (2, "Start a family group conferencing service.", "planned", "2025-26 Q4", []),
        ],
        "grants": [],
        "measures": 2,
    },
    "environment-service-plan-midyear.txt": {
        "title": "Environment and Neighbourhood Services Service Plan 2025-26: Mid-Year Report",
        "date": "2025-11-12",
        "priorities": ["Recycle more of the waste we collect", "Keep streets clean and safe",
                       "Cut the council's carbon emissions"],
        "items": [
            (1, "Introduce weekly food waste collections for flats.", "at risk", "2025-26 Q3",
             []),
            (1, "Open a reuse shop at the Heol Fawr recycling centre.", "done", "2025-26 Q1",
             []),
            (2, "Replace 200 litter bins with larger bins in the town centres.", "in progress",
             "2025-26 Q4", []),
            (2, "Run an enforcement pilot on dog fouling with Keep Wales Tidy.", "planned",
             "2025-26 Q4", []),
            (3, "Fit LED lanterns to 1,500 street lights.", "at risk", "2025-26 Q4", []),
        ],
        "grants": [("Sustainable Waste Management Grant", 510000, "2025-26")],
        "measures": 1,
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_title_and_date(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]


@pytest.mark.parametrize("name", READINGS)
def test_priorities_are_the_numbered_list(parsed, name):
    """The numbered list after "... priorities ... are:" is the priorities, not numbered
    chapters (nor the service areas)."""
    assert list(parsed[name].priorities["priority"]) == READINGS[name]["priorities"]


@pytest.mark.parametrize("name", READINGS)
def test_each_key_action_is_an_item_of_its_area(parsed, name):
    """The sub-heading's number is the section (3.1 -> 1); the status is the colour's, as
    the paper's key explains it (Grey: planned); no sub-heading, indicator, key or grant
    row is an item."""
    frame = parsed[name].programme
    got = [(int(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in frame.itertuples()]
    assert got == READINGS[name]["items"]


@pytest.mark.parametrize("name", READINGS)
def test_grants_from_the_resources_table(parsed, name):
    """The grant's name is its row's, its year the first header's; spend is no grant."""
    frame = parsed[name].grants
    got = [(r.grant, int(r.amount_gbp), r.financial_year) for r in frame.itertuples()]
    assert got == READINGS[name]["grants"]


@pytest.mark.parametrize("name", READINGS)
def test_indicator_tables_are_measures(parsed, name):
    """Each indicator table (its header and rows) is kept as lines of kind ``measure``,
    with a note."""
    got = parsed[name]
    tables = READINGS[name]["measures"]
    assert (got.paragraphs["kind"] == "measure").sum() >= 2 * tables
    assert len([i for i in got.issues if i.check == "measures not items"]) == tables


def test_nothing_lost(parsed):
    """Every word of the Markdown plan is in some table (chapters, labels, indicators,
    the key and the grants table in the paragraphs table)."""
    name = "education-business-plan-q2.md"
    assert programme_words_lost(parsed[name], DATA / name) == set()


def test_web_page_dots_named_by_class_or_title():
    """A cell whose only text is "●" takes the name its element gives it (title, else a
    class ending in a colour); a dot with neither stays a dot."""
    lines = read_document(DATA / "social-services-plan-half-year.html", "programme").lines
    assert "CS1\tRecruit ten foster carers through Foster Wales.\tHead of Children's " \
        "Services\tMarch 2026\tAmber" in lines
    assert "Grey\tNot yet started" in lines


def test_plain_dot_and_one_letter_cells_are_unchanged(tmp_path):
    page = ("<h1>Plan</h1><table><tr><th>Action</th><th>Done</th><th>Mark</th></tr>"
            "<tr><td>A plan.</td><td>●</td>"
            "<td style='background:#00B050'>X</td></tr></table>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = read_document(path, "programme").lines
    assert "A plan.\t●\tX" in lines


SUBPARAGRAPHS = """WLGA PROGRAMME UPDATE

12 May 2026

1. Purpose

1.1 To update the Board.

2. Progress Update

2.1 Workforce

| Ref | Action | Status |
|---|---|---|
| W1 | Publish the workforce toolkit. | Complete |

3. Funding

3.1 The grant of £200,000 was paid.
"""


def test_one_sub_heading_over_a_table_is_no_service_plan(tmp_path):
    """One area is no list of areas: the paper is read as before (numbered paragraphs)."""
    path = tmp_path / "update.md"
    path.write_text(SUBPARAGRAPHS, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        got = parse_programme(read_document(path, "programme"))
    from wlga_analysis.interpret.programme.sources import section_rule
    from wlga_analysis.read.text import read_text_lines

    model = read_text_lines(tuple(SUBPARAGRAPHS.splitlines()))
    assert section_rule(model.blocks)[0] != "service_areas"
    assert "Publish the workforce toolkit." in list(got.programme["text"])


def test_an_area_with_indicators_only_has_no_items(tmp_path):
    """The last area prints only indicators: its sub-heading is a section, no item; the
    chapter after the areas is no area's."""
    path = tmp_path / "waste-plan.md"
    path.write_text(WASTE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        got = parse_programme(read_document(path, "programme"))
    assert [(int(r.paragraph), r.text, r.status) for r in got.programme.itertuples()] == [
        (1, "Buy new lorries.", "in progress"), (2, "Open a reuse shop.", "at risk")]
    assert got.grants.empty


WASTE = """# Waste Service Plan 2025-26: mid-year review

Published: 4 November 2025

## 1. Introduction

Some text.

## 2. Progress by service area

### 2.1 Collections

| Ref | Key action | Target date | RAG |
|---|---|---|---|
| C1 | Buy new lorries. | December 2025 | Green |

### 2.2 Recycling

| Ref | Key action | Target date | RAG |
|---|---|---|---|
| R1 | Open a reuse shop. | March 2026 | Amber |

### 2.3 Fleet

| PI | Indicator | Target | Actual | RAG |
|---|---|---|---|---|
| PI1 | Lorries on the road (%) | 95% | 93% | Amber |

## 3. Resources

The service has a budget of £4m.
"""
