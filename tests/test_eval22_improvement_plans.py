"""An inspection report's improvement plan tables (the twenty-second evaluation corpus's
rec22a layout: a HIW / CIW joint inspection with an immediate improvement plan and an
improvement plan in its appendices).

The family: an inspectorate's report ends with tables the inspected service fills in,
``Improvement needed | Standard / Regulation | Service action | Responsible officer |
Timescale``, their rows grouped by full-width rows naming the report's chapters. Each
improvement cell is a recommendation, numbered in reading order, its area the group row
above it (the heading over the plan when the plan has no group rows), its owners the
responsible officer's organisation (a council the code of "councils", a known owner its
code, another body as printed); the other cells, and a sentence across a row ("No
immediate concerns were identified."), are kept in the notes.

The documents in ``tests/data/eval22/improvement_plans/`` are written for the test, in
layouts of the family that differ from the corpus: a CIW care home report in Markdown
(``ciw-care-home-plan.md``: pipe tables ``Improvement required | Regulation | Provider's
response | Person responsible | Target date``, an immediate assurance plan with no group
rows, bold group rows, a group with no improvement, a joint row with the Welsh Government)
and a HIW hospital inspection web page (``hiw-ward-plan.html``: one ``<table>`` with
``colspan="5"`` group rows, a health board and a county council as the officers'
organisations). The asserted values are the careful reader's reading, fixed when the
documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.improvement_plans import (
    officer_owners,
    plan_columns,
)
from wlga_analysis.interpret.recommendations.owners import load_owners
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval22" / "improvement_plans"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def care_home():
    return _parse("ciw-care-home-plan.md")


@pytest.fixture(scope="module")
def ward():
    return _parse("hiw-ward-plan.html")


def test_care_home_recommendations(care_home):
    recs = care_home.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["text"].tolist() == [
        "The provider must ensure bed rails are risk assessed for each person who uses them.",
        "The provider must keep personal plans up to date.",
        "The commissioning authority should review the fees paid for nursing care.",
        "The provider and the Welsh Government should agree a plan for the nursing "
        "workforce.",
    ]
    assert recs["area"].tolist() == ["Appendix A: Immediate assurance", "Well-being",
                                     "Leadership and management",
                                     "Leadership and management"]
    assert [list(o) for o in recs["owners"]] == [["Tref Care Ltd"], ["Tref Care Ltd"], ["LG"],
                                                 ["Tref Care Ltd", "WG"]]


def test_care_home_areas_and_title(care_home):
    assert care_home.areas["area"].tolist() == ["Appendix A: Immediate assurance",
                                                "Well-being", "Leadership and management"]
    assert set(care_home.areas["theme"]) == {""}
    assert care_home.title == "Inspection report: Tŷ Tref Care Home"
    assert care_home.activities.empty


def test_care_home_nothing_lost(care_home):
    notes = " ".join(care_home.notes["text"])
    for text in ("No immediate concerns were identified.", "Care and support",
                 "A monthly audit of plans has started.", "Regulation 44", "April 2027",
                 "Provider representative: Responsible Individual, Tref Care Ltd"):
        assert text in notes
    checks = {(i.check, i.item) for i in care_home.issues}
    assert ("read from improvement plans", "1") in checks
    assert ("numbered by the loader", "1") in checks
    assert ("unknown owner code", "1") in checks  # (Tref Care Ltd: as printed, reported)


def test_ward_recommendations(ward):
    recs = ward.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["area"].tolist() == ["Safe care", "Staff and resources", "Staff and resources"]
    assert recs["text"].tolist()[2] == ("The health board and the council should agree a "
                                        "discharge plan for people waiting for a care "
                                        "package.")
    assert [list(o) for o in recs["owners"]] == [["Tref Teaching Health Board"],
                                                 ["Tref Teaching Health Board"],
                                                 ["Tref Teaching Health Board", "LG"]]
    assert ward.areas["area"].tolist() == ["Safe care", "Staff and resources"]
    notes = " ".join(ward.notes["text"])
    assert "Protected training time has been agreed." in notes
    assert "Standard 2.3 Falls prevention" in notes


def test_plan_columns_and_officers():
    assert plan_columns(["Improvement needed", "Standard / Regulation", "Service action",
                         "Responsible officer", "Timescale"]) is not None
    assert plan_columns(["Recommendation", "Management response", "Responsible officer",
                         "Target date"]) is None  # (an audit's action plan: not this family)
    assert plan_columns(["Improvement needed", "Strengths"]) is None
    known = load_owners()
    assert officer_owners("Chief Executive, Tref City and County Council", known) == ["LG"]
    assert officer_owners("Team Leader", known) == []
