"""Plain-text papers whose headings are unmarked lines: a line standing alone (blank
lines around it), short, with no full stop, over prose or items is a heading
(:mod:`wlga_analysis.interpret.recommendations.unmarked_headings`); a label before the
area's name ("Theme 1: ", "Chapter 2 - ") is not part of it. The careful reader's values
are written first in each test."""

from __future__ import annotations

import warnings

import wlga_analysis as W


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _recs(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        recs = W.load_recommendations(path)
        notes = W.load_recommendations_notes(path)
    return recs, notes


_JURY = """\
Cardiff Citizens' Jury on Active Travel
Report of the jury, March 2026

About the jury

Twenty residents met over four weekends in January and February 2026 to consider how the \
council should make walking and cycling safer.

Theme 1: Safer streets

The jury heard evidence from the council's highways team and from Sustrans Cymru.

Recommendation 1. The council should introduce 20 mph zones outside every primary school by \
March 2027.
Supported by 91% of jurors.

Recommendation 2. The council should publish a map of unsafe junctions reported by residents.
Supported by 84% of jurors.

Theme 2: Paying for change

Recommendation 3. The Welsh Government should give councils a five-year active travel budget \
instead of annual grants.
Supported by 88% of jurors.

Recommendation 4. The council should seek funding from local businesses for secure cycle \
parking.
Supported by 72% of jurors.

Proposals not adopted

A. Close the city centre to all cars on Sundays (supported by 41%).
"""

_TFG = """\
Vale of Glamorgan Council
Scrutiny Task and Finish Group: Empty Homes
Final report, January 2026

Chapter 1 - Introduction

The task and finish group was set up by the Homes and Safe Communities Scrutiny Committee in \
May 2025. It met eight times and heard from officers, landlords and tenants.

Chapter 2 - Housing

The group found that 412 homes in the county had stood empty for more than two years.

R1 The Council should appoint a dedicated empty homes officer by September 2026.

R2 The Council should use its enforcement powers against owners of long-term empty homes.

R3 The Welsh Government should extend the national empty homes grant scheme beyond 2027.

Chapter 3 - Council Tax

R4 The Council should apply the full long-term empty homes premium from April 2027.

R5 The Cabinet Member for Housing should report progress to the committee every six months.

Chapter 4 - Next steps

The committee will consider the Cabinet's response at its meeting in June 2026.
"""

_REVIEW2 = """\
Subject: Review of school transport - summary of recommendations

Dear colleagues,

Please find below a summary of the recommendations of the Welsh Government review of learner \
travel, published today.

ELIGIBILITY

The review found that the three-mile threshold for secondary pupils is out of step with the \
rest of the UK.

1) The Welsh Government should lower the distance threshold for free secondary school \
transport to two miles.
2) Local authorities should publish their learner travel policies by 1 July each year.

SAFETY

Parents told the review that many walking routes have never been assessed.

3) Local authorities should carry out a route safety assessment of every walking route within \
three years.
4) The Welsh Government should fund seat belts on all dedicated school buses.

NEXT STEPS

The Minister will make a statement in the Senedd in the autumn.

Kind regards,
Learner Travel Policy Team
"""

_PANEL2 = """\
WLGA Rural Affairs Panel
Report on rural housing and transport

Introduction
------------

The panel met three times in 2025.

Theme 1 - Housing
-----------------

Members heard that young people are leaving rural communities.

We recommend that:

- councils should allocate a share of new affordable homes to local people;
- the Welsh Government should raise the second homes premium cap.

Theme 2 - Transport
---------------------

We recommend that:

- the Welsh Government should fund demand responsive transport in every rural county.
"""

_PROG = """\
Regional Skills Partnership - Programme Update
Quarter 2, 2025-26

Priority 1: Apprenticeships

Work continued with employers across the region to increase the number of apprenticeships.

- 120 new apprenticeships started in the quarter (on track).
- A review of the shared apprenticeship scheme was completed.

Priority 2: Digital skills

The digital skills hub opened in September.

- 300 learners enrolled on basic digital courses.
- The second hub is delayed until Q4 because of building works.
"""


def test_jury_theme_lines_name_the_areas(tmp_path):
    want_areas = ["Safer streets", "Safer streets", "Paying for change", "Paying for change"]
    want_owners = [["LG"], ["LG"], ["WG"], ["LG"]]
    recs, notes = _recs(_write(tmp_path, "jury.txt", _JURY))
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["area"].tolist() == want_areas
    assert [list(o) for o in recs["owners"]] == want_owners
    assert recs["support"].tolist() == ["91%", "84%", "88%", "72%"]
    assert recs["text"].iloc[0].startswith("The council should introduce 20 mph zones")
    texts = notes["text"].tolist()
    assert "Supported by 91% of jurors." in texts
    assert any("Close the city centre to all cars" in t for t in texts)
    assert "Recommendations" not in recs["area"].tolist()  # (a heading not printed)


def test_task_and_finish_chapters_over_r_items(tmp_path):
    want = [("R1", "Housing", ["LG"]), ("R2", "Housing", ["LG"]), ("R3", "Housing", ["WG"]),
            ("R4", "Council Tax", ["LG"]), ("R5", "Council Tax", None)]
    recs, notes = _recs(_write(tmp_path, "tfg.txt", _TFG))
    assert recs["rec_label"].tolist() == [w[0] for w in want]
    assert recs["area"].tolist() == [w[1] for w in want]
    assert [list(o) for o in recs["owners"]][:4] == [w[2] for w in want[:4]]
    assert recs["text"].iloc[3] == ("The Council should apply the full long-term empty homes "
                                    "premium from April 2027.")
    assert any("412 homes" in t for t in
               [*notes["text"].tolist(), *W.load_areas(tmp_path / "tfg.txt")["remit"]])


def test_review_email_upper_case_headings_over_prose_then_items(tmp_path):
    want = [(1, "ELIGIBILITY", ["WG"]), (2, "ELIGIBILITY", ["LG"]), (3, "SAFETY", ["LG"]),
            (4, "SAFETY", ["WG"])]
    recs, _ = _recs(_write(tmp_path, "review.txt", _REVIEW2))
    assert recs["rec_id"].tolist() == [w[0] for w in want]
    assert recs["area"].tolist() == [w[1] for w in want]
    assert [list(o) for o in recs["owners"]] == [w[2] for w in want]
    assert recs["text"].iloc[1] == ("Local authorities should publish their learner travel "
                                    "policies by 1 July each year.")


def test_panel_underlined_theme_headings_drop_the_label(tmp_path):
    want = [("Housing", ["LG"]), ("Housing", ["WG"]), ("Transport", ["WG"])]
    recs, _ = _recs(_write(tmp_path, "panel.txt", _PANEL2))
    assert recs["area"].tolist() == [w[0] for w in want]
    assert [list(o) for o in recs["owners"]] == [w[1] for w in want]


def test_programme_labelled_priorities_over_prose_then_bullets(tmp_path):
    want = [("1.1", "Apprenticeships"), ("1.2", "Apprenticeships"), ("2.1", "Digital skills"),
            ("2.2", "Digital skills")]
    path = _write(tmp_path, "update.txt", _PROG)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = W.load_programme(path)
        priorities = W.load_priorities(path)
    assert list(zip(items["item_id"], items["priority"], strict=True)) == want
    assert items["status"].tolist()[-1] == "at risk"
    assert priorities["priority"].tolist() == ["Apprenticeships", "Digital skills"]


def test_votes_under_no_heading_report_the_area_name(tmp_path):
    path = _write(tmp_path, "votes.txt", "Jury report\n\nRecommendation 1. The council should "
                  "light every underpass.\nSupported by 80% of jurors.\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        recs = W.load_recommendations(path)
    assert recs["area"].tolist() == ["Recommendations"]
    assert any("a name the paper does not print" in str(w.message) for w in caught)
