"""Eval14 family prog14b: highlight reports whose items are numbered headings, each over its
paragraph and a line of labelled fields, plus a milestone table and a risk table (stop 20).

The careful reader's reading of two documents of the family that differ from the corpus
(other labels, headers, years, owners and forms), written down before the loader ran:

- a Word "Save as plain text" export (CRLF, TABs): a cover table of colon-less labels
  ("Presented to<TAB>WLGA Economy Board, 21 January 2027"), "N.<TAB>Heading" sections,
  "•<TAB>" priorities, "3.1<TAB>Topic" items over a paragraph and a line
  "RAG: Amber<TAB>Target date: March 2027", a milestone table "Milestone | Original date |
  Revised date | Slippage | RAG" and a risk register "Risk description | Likelihood |
  Impact | Mitigating action";
- a committee web page with a ``<div class="breadcrumbs">`` trail, an ``<h1>`` title, a
  cover table of ``<th>`` labels ("Meeting | WLGA Housing Board, 5 March 2026"), ``<h3>``
  items over a paragraph and a line "<strong>Progress:</strong> Complete |
  <strong>Deadline:</strong> January 2026", a milestone table "Key milestone | Baseline |
  Forecast | RAG" and a risk table "Risk | Score | Mitigation";
- a Markdown report whose items are ``### 2.1 Topic`` headings over a paragraph and a line
  "**RAG:** Green **Target date:** December 2026" (no cover table: a "**Date:**" line).

An item's text is its paragraph (the heading is its topic); its status and quarter come from
the fields line; a milestone's text is its milestone cell, its quarter the revised or
forecast date's (never the original or baseline one); risks are no items; the date is the
cover's meeting line, not its reporting period.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from wlga_analysis import load_priorities, load_programme
from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import programme_metadata
from wlga_analysis.interpret.programme.headed import fields_line

DATA = Path(__file__).parent / "data" / "eval14" / "prog14b"
ECONOMY = DATA / "economy-highlight-report.txt"
HOUSING = DATA / "housing-board-report.html"
WASTE = DATA / "waste-highlight-report.md"


def _quiet(loader, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return loader(path)


@pytest.fixture(scope="module")
def economy() -> list[tuple]:
    return _items(ECONOMY)


@pytest.fixture(scope="module")
def housing() -> list[tuple]:
    return _items(HOUSING)


def _items(path: Path) -> list[tuple]:
    frame = _quiet(load_programme, path)
    return [(int(p), t, s, q if isinstance(q, str) else None, list(pa))
            for p, t, s, q, pa in zip(frame["paragraph"], frame["text"], frame["status"],
                                      frame["quarter_label"], frame["partners"], strict=True)]


ECONOMY_ITEMS = [
    (3, "Pilots in four towns were agreed with Data Cymru's help on footfall data.",
     "at risk", "2026-27 Q4", ["Data Cymru"]),
    (3, "The survey of empty shops was completed in November 2026.", "done", "2026-27 Q3",
     []),
    (4, "A brokerage service is being designed with the Society of Welsh Treasurers.",
     "in progress", "2027-28 Q2", ["Society of Welsh Treasurers"]),
    (4, "Work on the toolkit has not yet begun.", "planned", "2027-28 Q1", []),
    (5, "Pilot towns chosen", "done", "2026-27 Q3", []),
    (5, "Brokerage service live", "at risk", "2027-28 Q2", []),  # (revised July, not April)
]

HOUSING_ITEMS = [
    (2, "Guidance on the prevention fund was agreed with Stonewall and sent to councils.",
     "done", "2025-26 Q4", ["Stonewall"]),
    (2, "The protocol has been held up by legal advice.", "at risk", "2026-27 Q1", []),
    (3, "A review of standards is under way with CIPFA.", "in progress", "2026-27 Q3",
     ["CIPFA"]),
    (4, "Protocol signed by all councils", "at risk", "2026-27 Q1", []),  # (forecast May)
    (4, "Standards published", "in progress", "2026-27 Q3", []),
]


WASTE_ITEMS = [
    (2, "Pilots started in three councils with Data Cymru.", "in progress", "2026-27 Q3",
     ["Data Cymru"]),
    (2, "The review was published in June 2026.", "done", "2026-27 Q1", []),
    (3, "Pilots evaluated", "at risk", "2026-27 Q4", []),  # (forecast March 2027, not October)
]


def test_markdown_heading_items():
    assert _items(WASTE) == WASTE_ITEMS


def test_plain_text_export_items(economy):
    assert economy == ECONOMY_ITEMS


def test_web_page_items(housing):
    assert housing == HOUSING_ITEMS


def test_topics_are_the_headings():
    topics = _quiet(load_programme, HOUSING)["topic"].tolist()[:3]
    assert topics == ["Prevention fund guidance", "Data sharing protocol", "Standards review"]


def test_metadata_from_cover_tables():
    economy = programme_metadata(read_document(ECONOMY, "programme"))
    housing = programme_metadata(read_document(HOUSING, "programme"))
    assert (economy["title"], economy["date"]) == (
        "Regional Economy Programme – Highlight report, Quarter 3 2026-27",
        dt.date(2027, 1, 21))
    assert (housing["title"], housing["date"]) == (
        "Housing Support Programme: progress report to the Housing Board", dt.date(2026, 3, 5))


def test_plain_text_bullets_are_priorities():
    assert _quiet(load_priorities, ECONOMY)["priority"].tolist() == [
        "Stronger town centres", "More skilled local jobs"]


def test_fields_lines():
    assert fields_line("RAG: Amber\tTarget date: March 2027") == {
        "RAG": "Amber", "Target date": "March 2027"}
    assert fields_line("Progress: Complete | Deadline: January 2026") == {
        "Progress": "Complete", "Deadline": "January 2026"}
    assert fields_line("Status of the review: Members noted it.") is None
    assert fields_line("Note: the board met on 3 May.") is None
