"""Programme updates whose priorities are named only by their section headings (the
twenty-ninth evaluation corpus's prog29a and prog29b: the shipped kind of paper, written
afresh).

The family: an update to Members that numbers only the paragraphs that frame it ("1. To
report progress ...") and heads each priority by a label with no paragraph number
("Priority 1 – ...", "Objective 1: ..."), each over bullets grouped under run-in labels
("Progress to date:", "Next steps:"); or an update that numbers nothing but its section
headings and their items ("1. Housing" over "1.1 ...", "1.2 ...") with a status tag after
each item. Either way no line lists the priorities: a careful reader names them by the
section headings. The bullets are the items (those under "Next steps" planned); a
framing section after the last priority (funding, over a table) is not a priority. A
timing for what is still to come beats a past date ("awarded in Q1 and a second round is
expected in 2025/26 Q4": 2025-26 Q4); "went live" is done; "delivered ..., with more
sessions running until December" is still in progress.

The documents in ``tests/data/eval29/programme_updates/`` are written for the test, in
layouts the corpus does not print: a Markdown paper with "Objective N:" headings (colon,
not dash), "Progress made:" lead-ins and a funding table straight after the last objective
with no numbered paragraph between (``culture-plan-mid-year.md``); a plain-text Members'
briefing (not an e-mail) with Title Case numbered headings, items "1.1 Label – ..." with a
status tag in round brackets, and a tab-separated finance table
(``regeneration-briefing-q2.txt``). The asserted values are the careful reader's reading,
written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval29" / "programme_updates"


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def culture():
    return _parse("culture-plan-mid-year.md")


@pytest.fixture(scope="module")
def regeneration():
    return _parse("regeneration-briefing-q2.txt")


def _items(parse):
    return [(r.item_id, r.section, r.status,
             r.quarter_label if isinstance(r.quarter_label, str) else None)
            for r in parse.programme.itertuples()]


def test_culture_items(culture):
    assert _items(culture) == [
        ("1.1", "Libraries and archives", "done", "2025-26 Q2"),
        ("1.2", "Libraries and archives", "in progress", None),
        ("1.3", "Libraries and archives", "planned", "2025-26 Q4"),
        ("2.1", "Museums", "in progress", "2025-26 Q3"),
        ("2.2", "Museums", "at risk", "2025-26 Q4"),
        ("2.3", "Museums", "planned", "2025-26 Q4"),
    ]
    assert culture.programme["text"].iloc[0] == \
        "The new library management system went live on 14 July 2025."


def test_culture_priorities_metadata_grants(culture):
    assert culture.priorities["priority"].tolist() == ["Libraries and archives", "Museums"]
    assert culture.programme["priority"].tolist() == ["Libraries and archives"] * 3 + \
        ["Museums"] * 3
    assert culture.metadata["title"] == "Culture Services Plan 2025-26: Mid-year Update"
    assert str(culture.metadata["date"]) == "2025-10-10"
    assert culture.grants[["amount_gbp", "financial_year"]].values.tolist() == \
        [[120000, "2025-26"]]


def test_regeneration_items(regeneration):
    assert _items(regeneration) == [
        ("1.1", "Housing and regeneration", "done", "2025-26 Q2"),
        ("1.2", "Housing and regeneration", "in progress", "2025-26 Q4"),
        ("2.1", "Skills and employment", "in progress", "2026-27 Q2"),
        ("2.2", "Skills and employment", "at risk", "2025-26 Q4"),
    ]
    # (the package keeps a printed tag in the item's text and reads the status from it)
    assert regeneration.programme["text"].iloc[0].startswith("Empty homes – 42 empty homes")


def test_regeneration_priorities(regeneration):
    assert regeneration.priorities["priority"].tolist() == [
        "Housing and regeneration", "Skills and employment"]
    assert str(regeneration.metadata["date"]) == "2025-11-06"
