"""Numbered determinations by chapter (the twenty-fifth evaluation corpus's rec25a family:
the Independent Remuneration Panel for Wales's annual report).

The family: a panel's or regulator's report numbers what the bodies it covers must do,
"Determination N" (or "Direction N", "Requirement N"), through its chapters, one chapter
per kind of body; salary tables and an annex repeating every determination are no more
recommendations. Each labelled block is a recommendation numbered as printed, its area the
chapter (its name without "Section 2:"), its owners the bodies the chapter is about (a
council the code of "councils", other bodies as printed), else the subject of its sentence.

The documents in ``tests/data/eval25/determinations/`` are written for the test, in layouts
of the family that differ from the corpus: a GOV.WALES supplementary report page
(``cjc-supplementary-report.html``: "Section N:" chapters, ``<h3>Determination N</h3>``
callouts, an annex repeating them as bold lead-ins, a captioned table) and a Welsh
Government code of practice in Markdown (``member-support-requirements.md``: "Requirement
N" as a bold line alone over its paragraph, "Part N:" chapters naming no bodies, so the
owners are the sentences' subjects; a ``Requirement | Summary`` table). The asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.determinations import body_owner, chapter_name
from wlga_analysis.interpret.recommendations.owners import load_owners
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval25" / "determinations"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def cjc():
    return _parse("cjc-supplementary-report.html")


@pytest.fixture(scope="module")
def code():
    return _parse("member-support-requirements.md")


def test_cjc_determinations(cjc):
    recs = cjc.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["text"].tolist() == [
        "Each corporate joint committee must pay its chair a senior salary of £9,450 a year.",
        "A corporate joint committee may pay the chair of its sub-committee £4,200 a year.",
        "Principal councils must not pay a member a second senior salary for a corporate "
        "joint committee role.",
    ]
    assert recs["area"].tolist() == ["Corporate joint committees",
                                     "Corporate joint committees", "Principal councils"]
    assert [list(o) for o in recs["owners"]] == [["Corporate joint committees"],
                                                 ["Corporate joint committees"], ["LG"]]
    assert cjc.areas["area"].tolist() == ["Corporate joint committees", "Principal councils"]
    assert set(cjc.areas["theme"]) == {""}
    assert cjc.activities.empty


def test_cjc_annex_and_tables_are_notes(cjc):
    assert cjc.title == "Independent Remuneration Panel for Wales: Supplementary Report 2026"
    notes = " ".join(cjc.notes["text"])
    for text in ("Corporate joint committees were set up in 2021.", "South East Wales",
                 "Table 1: Payments by corporate joint committee",
                 "Annex: Determinations in this report"):
        assert text in notes
    # the annex prints each determination again: a note, not a fourth recommendation
    assert notes.count("Each corporate joint committee must pay its chair") == 1
    checks = {(i.check, i.item) for i in cjc.issues}
    assert ("read from determinations", "1") in checks


def test_code_requirements(code):
    recs = code.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["area"].tolist() == ["Publishing payments", "Publishing payments", "Care costs"]
    assert recs["text"].tolist()[1] == ("The Welsh Government must publish a summary of every "
                                        "council's payments by 30 September.")
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WG"], ["LG"]]
    assert code.areas["area"].tolist() == ["Publishing payments", "Care costs"]
    notes = " ".join(code.notes["text"])
    for text in ("Members of the public should be able to see", "Reimburse care costs",
                 "Welsh Government, March 2026"):
        assert text in notes


def test_names():
    known = load_owners()
    assert chapter_name("Part 2: Care costs") == "Care costs"
    assert chapter_name("Section 3 \u2013 Principal councils") == "Principal councils"
    assert chapter_name("Annex 1: Determinations") is None
    assert body_owner("Principal councils", known) == "LG"
    assert body_owner("Tref County Borough Council", known) == "LG"
    assert body_owner("Community and town councils", known) == "Community and town councils"
    assert body_owner("Town Council", known) is None or body_owner("Pentre Town Council",
                                                                   known) != "LG"
    assert body_owner("Care costs", known) is None
