"""Recommendations grouped by addressee lead-ins, and a practice review's tables by agency
(the twenty-sixth evaluation corpus's rec26a and rec26b families).

**Addressee lead-ins** (an Estyn thematic report; an inspectorate's or auditor's national
review): one "Recommendations" heading, the recommendations grouped under lead-ins naming
whom they are for ("Schools should:", "Recommendations for health boards:"), numbers
running on across the groups. Each lead-in is an area named after its addressee (the
lead-in's words left out, the first letter capitalised); the addressee's owners are the
recommendations' owners (known names as codes, other bodies as printed); numbered
findings before them are no recommendations.

**Agency tables** (a Child or Adult Practice Review of a Regional Safeguarding Board):
tables ``Recommendation | Agency | Action required | Timescale`` under headings naming
whom they are for, the number printed inside the Recommendation cell ("1) ...") or not at
all, or a text version's labelled lines. Each recommendation's number is the printed one
(else its place in reading order), text the cell without it, area the heading over the
table, owners the Agency cell (agencies apart by ";" or a line break; a council the code of
"councils"), the action required an activity of the same area; learning points are notes.

The documents in ``tests/data/eval26/`` are written for the test, in layouts of the
families the corpus does not print: an Estyn youth-work review in Markdown ("**R1.**"
labels, a joint Welsh Government and WLGA lead-in; ``addressee_lead_ins/estyn-youth-work.md``)
and a CIW web page whose lead-ins are "Recommendations for ...:" (a reader had carried the
first lead-in's owners on; ``ciw-carers-review.html``); an Adult Practice Review in Markdown
(``Recommendations | Lead agency | Actions needed | Target date``, "1)" numbers, two agencies
apart by ``<br>``; ``agency_tables/adult-practice-review.md``), a text version with
"Recommendation 1:" / "Lead agency:" / "By when:" lines (``cpr-text-version.txt``) and a
web page with unnumbered cells (``cpr-web-page.html``). The asserted values are the
careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.addressee_lead_ins import addressee
from wlga_analysis.interpret.recommendations.agency_tables import agency_columns, agency_owners
from wlga_analysis.interpret.recommendations.owners import load_owners
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval26"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


def _owners(parsed) -> list[list[str]]:
    return [list(o) for o in parsed.recommendations["owners"]]


def _checks(parsed) -> set[str]:
    return {i.check for i in parsed.issues}


@pytest.fixture(scope="module")
def youth():
    return _parse("addressee_lead_ins/estyn-youth-work.md")


@pytest.fixture(scope="module")
def carers():
    return _parse("addressee_lead_ins/ciw-carers-review.html")


@pytest.fixture(scope="module")
def adult():
    return _parse("agency_tables/adult-practice-review.md")


@pytest.fixture(scope="module")
def text_version():
    return _parse("agency_tables/cpr-text-version.txt")


@pytest.fixture(scope="module")
def web_page():
    return _parse("agency_tables/cpr-web-page.html")


# -- addressee lead-ins -------------------------------------------------------------------
def test_youth_work_groups_by_addressee(youth):
    recs = youth.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["rec_label"].tolist() == ["R1", "R2", "R3", "R4"]
    assert recs["area"].tolist() == ["Youth services", "Youth services", "Local authorities",
                                     "The Welsh Government and the WLGA"]
    assert _owners(youth) == [["Youth services"], ["Youth services"], ["LG"], ["WG", "WLGA"]]
    assert youth.areas["area"].tolist() == ["Youth services", "Local authorities",
                                            "The Welsh Government and the WLGA"]
    assert recs["text"].tolist()[0] == ("Plan their workforce over three years and share "
                                        "the plan with partners")
    assert youth.activities.empty


def test_youth_work_nothing_lost(youth):
    notes = " ".join(youth.notes["text"])
    assert "Recommendations" in notes  # (the heading over the groups)
    assert "Leaders need to plan the workforce more strategically." in notes
    assert "The hub runs sessions every evening." in notes
    remits = " ".join(youth.areas["remit"])
    assert "Youth services should:" in remits and "Local authorities should:" in remits
    checks = _checks(youth)
    assert "read from addressee lead-ins" in checks and "no owner" not in checks
    assert "unknown owner code" in checks  # (Youth services: as printed, reported)


def test_carers_review_lead_ins_for(carers):
    assert carers.recommendations["area"].tolist() == [
        "Local authorities", "Local authorities",
        "Health boards and regional partnership boards", "The Welsh Government"]
    assert _owners(carers) == [["LG"], ["LG"],
                               ["Health boards", "Regional partnership boards"], ["WG"]]
    assert "We visited eight local authorities and spoke to 120 carers." in " ".join(
        carers.notes["text"])


def test_addressee_wording():
    assert addressee("**The Welsh Government should:**") == "The Welsh Government"
    assert addressee("We recommend that local authorities:") == "local authorities"
    assert addressee("Recommendations for health boards:") == "health boards"
    assert addressee("## Recommendations") is None
    assert addressee("Leaders should:  see below.") is None


# -- agency tables --------------------------------------------------------------------------
def test_adult_review_tables(adult):
    recs = adult.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["text"].tolist()[1] == ("District nurses should share concerns about neglect "
                                        "with adult social care on the day they arise.")
    assert recs["area"].tolist() == ["Recommendations for partner agencies"] * 2 + [
        "Recommendations for the Welsh Government"]
    assert _owners(adult) == [["LG"], ["Hywel Dda University Health Board", "LG"], ["WG"]]
    acts = adult.activities
    assert acts["text"].tolist() == ["Add a prompt to the review form and audit its use.",
                                     "Agree a joint referral pathway.",
                                     "Write to the Deputy Minister for Social Services."]
    assert acts["area_id"].tolist() == [1, 1, 2]
    assert recs["timescale"].tolist() == ["June 2027", "September 2027", "December 2027"]


def test_adult_review_learning_is_notes(adult):
    notes = " ".join(adult.notes["text"])
    assert "The son's own needs as a carer were never assessed." in notes
    assert "District nurses raised concerns that were not shared with adult social care." \
        in notes
    assert "Reviewer: Head of Safeguarding, Tref County Council." in notes
    assert adult.title == "Adult Practice Review TRSAB 01/2026: Adult D"
    assert "read from agency tables" in _checks(adult)


def test_text_version_labelled_lines(text_version):
    recs = text_version.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["text"].tolist()[2] == ("The Welsh Government should review the guidance on "
                                        "children's records when a family enters a refuge.")
    assert _owners(text_version) == [
        ["North and West Regional Safeguarding Children Board"],
        ["LG", "Betsi Cadwaladr University Health Board"], ["WG"]]
    assert set(recs["area"]) == {"Recommendations"}
    assert text_version.activities["text"].tolist()[1] == (
        "Hold a joint workshop and issue a briefing to schools and practices.")
    notes = " ".join(text_version.notes["text"])
    assert "Schools were not told when a child left a refuge." in notes
    assert "The review was completed in line with the Welsh Government's guidance." in notes


def test_web_page_unnumbered_cells(web_page):
    recs = web_page.recommendations
    assert recs["rec_id"].tolist() == [1, 2]
    assert recs["area"].tolist() == ["Improving systems and practice"] * 2
    assert _owners(web_page) == [["LG", "Hywel Dda University Health Board"],
                                 ["Tref Safeguarding Board"]]
    assert len(web_page.activities) == 2
    assert "numbered by the loader" in _checks(web_page)
    assert "Practitioners did not record the child's own views." in " ".join(
        web_page.notes["text"])


def test_agency_columns_and_owners():
    assert agency_columns(["Recommendation", "Agency", "Action required", "Timescale"])
    assert agency_columns(["No.", "Recommendation", "Lead agency", "Target date"]) is None
    assert agency_columns(["Recommendation", "Response", "Timescale"]) is None
    known = load_owners()
    assert agency_owners("Glanmor County Borough Council (Children's Services); South "
                         "Wales Police", known) == ["LG", "South Wales Police"]
    assert agency_owners("Welsh Government", known) == ["WG"]
