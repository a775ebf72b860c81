"""A scrutiny committee's letter with lettered recommendations under lead-ins and an
appended response table that repeats them (the twenty-fourth evaluation corpus's rec24b
layout: a pre-decision scrutiny letter to a Cabinet Member).

The family: a committee's (a panel's) chair writes to a Cabinet Member after a meeting;
the letter's observations stand under topic headings, each topic closed by "The Committee
recommends:" over lettered items ("a.", "(a)"; the letters may run on over the topics),
and a **response table** (``Recommendation | Accepted / Not accepted | Response``) may be
appended that repeats each recommendation with the Cabinet's answer. A careful reader
reads each lettered item once, from the letter (its letter the rec_id, its area the topic
heading), its owner the council whose Cabinet Member is asked (the committee recommends,
it does not act: LG); the response table is no second set of recommendations and holds no
activities: its rows are kept in the notes.

The documents in ``tests/data/eval24/scrutiny_letters/`` are written for the test, in
layouts of the family that differ from the corpus: a Markdown letter from a scrutiny panel
whose lead-ins are headings ("#### The Panel recommends:", as a Word file's bold line
reads), items "(a)", an annex ``Recommendation | Decision | Comments``
(``tremont-housing-panel.md``); and a council web page whose lead-ins are "The Committee
therefore recommends:" over ``<ol type="a" start="3">`` lists and whose appendix header
names the Cabinet Member's response (``caerwen-schools-letter.html``). The asserted
values are the careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.recommendations import parse_recommendations
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval24" / "scrutiny_letters"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def housing():
    return _parse("tremont-housing-panel.md")


@pytest.fixture(scope="module")
def schools():
    return _parse("caerwen-schools-letter.html")


def test_housing_recommendations(housing):
    recs = housing.recommendations
    assert recs["rec_label"].tolist() == ["a", "b", "c"]
    assert recs["text"].tolist() == [
        "Publish the average waiting time for each band every quarter.",
        "Set out in the policy how medical need is assessed and by whom.",
        "Report the number of families in bed and breakfast accommodation to the Panel "
        "every six months.",
    ]
    assert recs["area"].tolist() == ["Waiting times", "Waiting times",
                                     "Temporary accommodation"]
    assert [list(o) for o in recs["owners"]] == [["LG"]] * 3
    assert housing.areas["area"].tolist() == ["Waiting times", "Temporary accommodation"]
    assert housing.activities.empty


def test_housing_response_table_kept(housing):
    notes = " ".join(housing.notes["text"])
    for text in ("Not agreed", "The figures are already in the quarterly performance report.",
                 "Annex: Executive response"):
        assert text in notes
    checks = {i.check for i in housing.issues}
    assert "response table repeats" in checks
    assert "owner from the addressee" in checks


def test_schools_recommendations(schools):
    recs = schools.recommendations
    assert recs["rec_label"].tolist() == ["a", "b", "c"]
    assert recs["area"].tolist() == ["Safety of routes", "Safety of routes", "Costs"]
    assert [list(o) for o in recs["owners"]] == [["LG"]] * 3
    assert recs["text"].tolist()[2] == \
        "Publish the equality impact assessment alongside the Cabinet report."
    assert schools.activities.empty
    assert "The assessment will be repeated in September." in " ".join(schools.notes["text"])


def test_letter_to_another_body_keeps_no_owner():
    """A committee's lettered recommendations in a letter to a body that is not the
    council's (a health board's chief executive) get no owner from the addressee."""
    from wlga_analysis.documents import Document

    lines = ("# Letter", "", "Dear Chief Executive,", "", "## Waiting lists", "",
             "1. Members heard about waiting lists.", "", "The Committee recommends:", "",
             "a. Publish waiting times.", "", "b. Report them each quarter.", "",
             "Yours sincerely,", "", "Chair, Health Scrutiny Committee", "",
             "Hywel Dda University Health Board")
    parsed = parse_recommendations(Document(Path("l.md"), "recommendations", lines, "0" * 64))
    assert [list(o) for o in parsed.recommendations["owners"]] == [[], []]
