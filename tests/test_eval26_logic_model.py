"""A logic model (theory of change) delivery plan (the twenty-sixth evaluation corpus's
prog26a family).

The family: a plan that opens with its logic model, one table with a row per strand
(``Strand | Inputs | Activities | Outputs | Outcomes``: resources, what is done, what it
produces, what changes), then an activity schedule of one table per strand under labelled
headings (``Ref | Activity | Lead | Start | End | Budget | Status``), then how it is funded.
The schedule's rows are the items (their timing the End column; the Start is a note);
the logic model's rows are no items and its inputs no grants (each strand's share of the
funding the plan names in full), nor is an activity's budget a grant, even when the
activity's text opens "Fund ..."; the strands are the priorities; the plan's date is the
day a board approved it, printed in the line under the title.

The documents in ``tests/data/eval26/logic_model/`` are written for the test, in layouts of
the family the corpus does not print: a council web page (a "Theory of change" table
``Theme | Resources | Activities | Outputs | Outcomes | Impact`` with ``<ul>`` cells, the
schedule ``Ref | Activity | Delivered by | Start date | End date | Cost | RAG`` under "Theme
N:" headings, "Adopted by the Cabinet on ..."; ``healthy-homes-delivery-plan.html``) and a
Markdown plan (``Priority | Inputs | Activities | Outputs | Outcomes``, its priorities
numbered "1." in the first column, ``Budget (£)`` and status words, "Version 1.3, endorsed
by ... on ..."; ``active-travel-logic-model.md``). The asserted values are the careful
reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval26" / "logic_model"


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def homes():
    return _parse("healthy-homes-delivery-plan.html")


@pytest.fixture(scope="module")
def travel():
    return _parse("active-travel-logic-model.md")


def _items(parse):
    return [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label, sorted(r.partners))
            for r in parse.programme.itertuples()]


def test_homes_items(homes):
    assert _items(homes) == [
        ("H1", 1, "Fund loft and cavity wall insulation for 300 homes in fuel poverty.",
         "in progress", "2026-27 Q4", []),
        ("H2", 1, "Give energy advice visits to 600 households with the Energy Saving Trust.",
         "at risk", "2026-27 Q2", []),
        ("S1", 2, "Carry out 500 falls prevention checks in older people's homes.", "done",
         "2026-27 Q4", []),
        ("S2", 2, "Fit minor adaptations within four weeks of referral, reported with Data "
         "Cymru.", "at risk", "2027-28 Q1", ["Data Cymru"]),
    ]


def test_homes_date_priorities_grants(homes):
    assert homes.metadata["title"] == "Healthy Homes Programme: delivery plan 2026-27"
    assert str(homes.metadata["date"]) == "2026-06-03"
    assert homes.priorities["priority"].tolist() == ["Warm homes", "Safe homes"]
    # the theory of change's resources (£500,000 + £300,000) and the activities' costs are
    # no grants: one grant, the plan's funding
    assert homes.grants[["amount_gbp", "financial_year"]].values.tolist() == [
        [800000, "2026-27"]]


def test_travel_items(travel):
    assert _items(travel) == [
        ("P1.1", 1, "Introduce timed school streets outside 12 primary schools.",
         "in progress", "2027-28 Q3", []),
        ("P1.2", 1, "Build six new zebra crossings on routes to school.", "planned",
         "2027-28 Q4", []),
        ("P2.1", 2, "Give Bikeability cycle training to 900 pupils.", "done", "2027-28 Q2", []),
        ("P2.2", 2, "Fund a community bike library in the town centre.", "at risk",
         "2028-29 Q1", []),
    ]


def test_travel_date_priorities_grants(travel):
    assert str(travel.metadata["date"]) == "2027-04-21"
    assert travel.priorities["priority"].tolist() == ["Safer routes to school",
                                                      "Cycling for everyone"]
    assert travel.grants[["amount_gbp", "financial_year"]].values.tolist() == [
        [900000, "2027-28"]]


def test_nothing_lost(homes, travel):
    """The logic model's rows, the start dates and budgets stay in the paragraphs table,
    and the logic model is reported as giving no grants."""
    for parse, words in ((homes, ("Warm Homes Fund: £500,000", "Fewer falls at home",
                                  "April 2026", "£420,000")),
                         (travel, ("Active Travel Fund: £250,000", "More trips by bike",
                                   "September 2027", "£100,000"))):
        text = " ".join(parse.paragraphs["text"])
        for word in words:
            assert word in text, word
        assert any("logic model" in i.message for i in parse.issues)
