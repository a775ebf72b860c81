"""An audit report's proposals for improvement, each followed by the audited body's
management response (the twenty-fourth evaluation corpus's rec24a layout: an Audit Wales
local report with "Proposal for improvement" boxes P1 .. P5 and "Management response to Pn"
tables).

The family: an auditor's report ends each chapter (a theme of its findings) with one or
more **proposals for improvement** ("P1", "PFI1", "Proposal 2"), printed in a box (a
shaded table cell, a web page's ``<div>``, a block quote, a heading over paragraphs), and
the body's **management response**: a table whose ``Action`` column (``Planned action``,
``Management action``) holds what the body will do. A summary exhibit may list the
proposals by theme (refs only). A careful reader reads each proposal as a recommendation
(its number the ref's, the ref kept as the label, its area the chapter, its owner the
body its subject names: "The Council should" -> LG), each action cell as an activity of
the proposal's area, and keeps everything else (exhibit rows, outcomes, dates, officers,
the findings) in the notes or the area's remit.

The documents in ``tests/data/eval24/proposals/`` are written for the test, in layouts of
the family that differ from the corpus: a Markdown report with numbered chapters, two
proposals in one box under a "### Proposals for improvement" heading, refs "PFI1" with a
dash, one "Management response" table per chapter whose ``Proposal`` column names the
proposal of each action, "The Authority should" as the subject and no exhibit
(``bryncoed-workforce-proposals.md``); and an Audit Wales web page whose exhibit is a
``<figure>`` ``Area | Proposal for improvement``, boxes as ``<div class="callout">``,
responses headed "Council response to P1" with ``Intended benefit | Management action |
...`` tables (``morfa-digital-proposals.html``). The asserted values are the careful
reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.recommendations import parse_recommendations
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval24" / "proposals"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def workforce():
    return _parse("bryncoed-workforce-proposals.md")


@pytest.fixture(scope="module")
def digital():
    return _parse("morfa-digital-proposals.html")


def test_workforce_recommendations(workforce):
    recs = workforce.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["rec_label"].tolist() == ["PFI1", "PFI2", "PFI3"]
    assert recs["text"].tolist() == [
        "The Authority should prepare service workforce plans that identify the skills each "
        "service will need by 2029.",
        "The Authority should report hard-to-fill vacancies to its Corporate Management "
        "Team each quarter.",
        "The Authority should set a target for the share of managers who complete its "
        "leadership programme.",
    ]
    assert recs["area"].tolist() == ["Planning for the future workforce"] * 2 + \
        ["Developing leaders"]
    assert [list(o) for o in recs["owners"]] == [["LG"]] * 3
    assert workforce.areas["area"].tolist() == ["Planning for the future workforce",
                                                "Developing leaders"]
    assert workforce.title == "Workforce planning – Bryncoed County Council"


def test_workforce_activities(workforce):
    acts = workforce.activities
    assert acts["text"].tolist() == [
        "Issue a workforce plan template to every head of service.",
        "Review the service plans at the People Board.",
        "Add a vacancy return to the quarterly performance report.",
        "Agree a completion target with the Cabinet Member for Corporate Services.",
    ]
    assert acts["activity_no"].tolist() == [1, 1, 2, 3]
    areas = dict(zip(workforce.areas["area_id"], workforce.areas["area"], strict=True))
    assert [areas[a] for a in acts["area_id"]] == ["Planning for the future workforce"] * 3 \
        + ["Developing leaders"]


def test_workforce_nothing_lost(workforce):
    kept = " ".join(workforce.notes["text"]) + " ".join(workforce.areas["remit"])
    for text in ("We reviewed how the Authority plans its workforce", "Introduction",
                 "Services do not share information on vacancies", "September 2024",
                 "Head of Finance", "We will follow up the Authority's progress in 2025.",
                 "Few managers have completed"):
        assert text in kept
    checks = {i.check for i in workforce.issues}
    assert "read from proposals for improvement" in checks


def test_digital_recommendations(digital):
    recs = digital.recommendations
    assert recs["rec_id"].tolist() == [1, 2]
    assert recs["rec_label"].tolist() == ["P1", "P2"]
    assert recs["text"].tolist() == [
        "The Council should describe in its digital strategy the services residents will "
        "be able to use online by 2027.",
        "The Council should cost its digital strategy and show the savings it expects.",
    ]
    assert recs["area"].tolist() == ["Vision", "Resources"]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["LG"]]
    assert digital.areas["area"].tolist() == ["Vision", "Resources"]


def test_digital_activities_and_notes(digital):
    acts = digital.activities
    assert acts["text"].tolist() == [
        "Publish a digital services roadmap with the revised strategy.",
        "Prepare a costed delivery plan for the strategy.",
        "Report the savings achieved to the Governance and Audit Committee each year.",
    ]
    assert acts["activity_no"].tolist() == [1, 2, 2]
    kept = " ".join(digital.notes["text"]) + " ".join(digital.areas["remit"])
    for text in ("Residents know what to expect.", "Chief Digital Officer", "Vision – P1",
                 "The strategy is not costed.", "June 2024"):
        assert text in kept


def test_not_a_proposals_report():
    """A report that only mentions proposals for improvement (no ref, no box) is not read
    by this layout: it stays another reader's (here a ParseError, as before)."""
    from wlga_analysis.documents import Document
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.interpret.recommendations.proposal_boxes import read_proposal_boxes

    lines = ("# Report", "", "## Findings", "",
             "We made two proposals for improvement in 2022; both are complete.")
    doc = Document(Path("n.md"), "recommendations", lines, "0" * 64)
    assert read_proposal_boxes(doc, load_owners()) is None


def test_ref_alone_over_its_paragraph():
    """A box whose ref is printed alone ("Proposal for improvement 1" as a heading) over
    the paragraph that is the proposal; a response table with no response heading under
    it; no exhibit."""
    from wlga_analysis.documents import Document

    lines = ("# Asset management – Cwm Ogwr Council", "", "## Buildings", "",
             "The Council has no condition survey for a third of its buildings.", "",
             "### Proposal for improvement 1", "",
             "The Council should complete condition surveys of all its buildings.", "",
             "| Action | Completion date | Responsible officer |", "|---|---|---|",
             "| Commission surveys of the remaining buildings. | March 2027 | Head of Property |",
             "", "## Conclusion", "", "We will review progress next year.")
    parsed = parse_recommendations(Document(Path("a.md"), "recommendations", lines, "0" * 64))
    recs = parsed.recommendations
    assert recs["rec_id"].tolist() == [1]
    assert recs["rec_label"].tolist() == ["Proposal for improvement 1"]
    assert recs["text"].tolist() == [
        "The Council should complete condition surveys of all its buildings."]
    assert recs["area"].tolist() == ["Buildings"]
    assert parsed.activities["text"].tolist() == [
        "Commission surveys of the remaining buildings."]
    assert "We will review progress next year." in " ".join(parsed.notes["text"])


def test_untitled_report_first_heading_holds_a_box():
    """A report with no title heading: its first heading holds a box, so it is a chapter
    (an area), not the title."""
    from wlga_analysis.documents import Document

    lines = ("## Governance", "", "Decisions are not recorded.", "",
             "**Proposal for improvement**", "", "**P1** The Council should record decisions.",
             "", "## Finance", "", "**Proposal for improvement**", "",
             "**P2** The Council should publish its savings plan.")
    parsed = parse_recommendations(Document(Path("u.md"), "recommendations", lines, "0" * 64))
    assert parsed.recommendations["area"].tolist() == ["Governance", "Finance"]
    assert parsed.activities.empty
