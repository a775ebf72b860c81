"""A review's action plan with a scope column (the twenty-fifth evaluation corpus's rec25b
family: a Domestic Homicide Review's executive summary and action plan).

The family: a safeguarding review (a Domestic Homicide Review, an Adult or Child Practice
Review) prints its recommendations in its summary, by scope (Local / Regional / National),
and again in an action plan whose header names the recommendation, its scope, the actions
and the lead agency. Each row with a recommendation is one, numbered as printed; a row
with only a further action is the same recommendation; the scope cell is the area; the
owners are the addressees of the sentence (a council the code of "councils"), else the lead
agency; actions, dates, progress and the summary's lists are notes.

The documents in ``tests/data/eval25/scoped_plans/`` are written for the test, in layouts of
the family that differ from the corpus: a partnership's web page (``tref-dhr-action-plan.html``:
``Ref | Recommendation | Level | Actions | Lead organisation | Timescale | Progress``,
``rowspan`` over two actions, a recommendation with no addressee in its words so its lead
organisation owns it, a board whose name holds "and") and a safeguarding board's Markdown
action plan (``gwynedd-review-action-plan.md``: refs "R1", a ``Local / Regional / National``
header, a Welsh council's name "Cyngor Gwynedd", a second action row with empty cells) and an
executive summary published without its action plan (``powys-dhr-summary.md``: numbered lists
under "Local recommendations" / "National recommendations"). The asserted values are the
careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.owners import load_owners
from wlga_analysis.interpret.recommendations.scoped_plans import scoped_columns, sentence_owners
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval25" / "scoped_plans"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def tref():
    return _parse("tref-dhr-action-plan.html")


@pytest.fixture(scope="module")
def gwynedd():
    return _parse("gwynedd-review-action-plan.md")


def test_tref_recommendations(tref):
    recs = tref.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["area"].tolist() == ["Local", "Local", "Regional"]
    assert recs["text"].tolist()[1] == "Training for housing officers on economic abuse."
    assert [list(o) for o in recs["owners"]] == [["Tref Teaching Health Board"], ["LG"],
                                                 ["Mid and West Wales Safeguarding Board"]]
    assert tref.areas["area"].tolist() == ["Local", "Regional"]
    assert set(tref.areas["theme"]) == {""}
    assert tref.activities.empty


def test_tref_actions_are_notes(tref):
    assert tref.title == "Domestic Homicide Review 'Alun': Executive Summary"
    notes = " ".join(tref.notes["text"])
    for text in ("Add the topic to the GP safeguarding training.",
                 "Audit GP records for routine enquiry.", "December 2026",
                 "Published 2 May 2026.", "Was this page helpful?"):
        assert text in notes
    checks = {(i.check, i.item) for i in tref.issues}
    assert ("read from a scoped action plan", "1") in checks


def test_gwynedd_recommendations(gwynedd):
    recs = gwynedd.recommendations
    assert recs["rec_label"].tolist() == ["R1", "R2", "R3"]
    assert recs["area"].tolist() == ["Local", "Regional", "National"]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["North Wales Police"], ["WG"]]
    assert recs["text"].tolist()[2] == ("The Welsh Government should issue guidance on older "
                                        "victims of abuse.")
    notes = " ".join(gwynedd.notes["text"])
    for text in ("Train control room staff", "August 2026", "Revise the assessment template"):
        assert text in notes


def test_columns_and_owners():
    assert scoped_columns(["No.", "Recommendation", "Scope", "Action to take",
                           "Lead agency"]) is not None
    assert scoped_columns(["No.", "Recommendation", "Lead agency", "Timescale"]) is None
    known = load_owners()
    assert sentence_owners("Powys County Council and Dyfed-Powys Police should meet.", "",
                           known) == ["LG", "Dyfed-Powys Police"]


def test_summary_lists_without_an_action_plan():
    """An executive summary published without its action plan: the numbered lists under
    the scope headings are the recommendations (``powys-dhr-summary.md``)."""
    parse = _parse("powys-dhr-summary.md")
    recs = parse.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["area"].tolist() == ["Local recommendations", "Local recommendations",
                                     "National recommendations"]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["Powys Teaching Health Board"],
                                                 ["Home Office"]]
    notes = " ".join(parse.notes["text"])
    assert "The Partnership will publish the action plan" in notes
    assert "Mair was 81" in notes


def test_a_level_column_of_priorities_is_no_scope(tmp_path):
    """An audit's action plan whose "Level" column ranks its rows (High / Medium / Low) is
    not a scoped plan: its levels are no areas."""
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.scoped_plans import read_scoped_plans

    lines = ("# Audit of payroll", "", "| Ref | Recommendation | Level | Action |",
             "|---|---|---|---|", "| 1 | The council should reconcile payroll monthly. | High "
             "| Agreed |", "| 2 | The council should review overtime. | Low | Agreed |")
    doc = Document(tmp_path / "a.md", "recommendations", lines, "0" * 64)
    assert read_scoped_plans(doc, load_owners()) is None
