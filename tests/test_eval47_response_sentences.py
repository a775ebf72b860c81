"""eval47's recommendations layouts in other wordings: a consultation response whose
recommendations are sentences inside numbered paragraphs ("We would call on X to ...",
"X should ...", a passive owned by the addressee), and a Commissioner's review whose
lead-ins name a class of bodies ("relevant bodies:") that an annex tick matrix resolves."""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
)

_RESPONSE_MD = """\
# Cardiff Council response to the consultation on school transport

## Background

1. The Council provides transport for 4,100 learners each day.

2. The Council welcomes the consultation.

## Eligibility

3. The distance thresholds have not changed since 2008.

4. Many families live just inside the threshold. We would call on the Welsh Government \
to lower the walking distance for primary learners to one and a half miles.

5. It should be noted that costs have risen by a fifth.

6. Additional funding should be provided to meet the cost of any change.

## Safety of routes

7. Route assessments take up to six months.

8. Health boards should share data on road injuries with councils. The Council \
recommends that the WLGA and councils agree a common route assessment method.

9. The Council will continue to publish its assessments.

## Conclusion

10. The Council would welcome further discussion.
"""

_RESPONSE_TXT = """\
Response of the Association to the review of planning fees

Summary

1.\tPlanning services recover about half of their costs from fees.

2.\tFees are set nationally.

Fees

3.\tFees have not risen since 2019. We urge the WLGA to collect cost data from every \
planning service in 2026.

4.\tThe WLGA should publish the data each year.

5.\tGuidance should be issued on charging for pre-application advice.

Skills

6.\tVacancies in planning teams are high.

7.\tWe recommend that councils and the Royal Town Planning Institute run a joint \
bursary scheme.

8.\tTraining is offered by several bodies.

9.\tThere should be one national programme.
"""

_REVIEW_MD = """\
# Safe at home: a review of support for victims of abuse

## Introduction

We heard from 300 people.

## Part 1 \u2013 Reporting

### What we heard

People did not know where to go.

### What should happen next

We recommend that relevant bodies:

-   publish one local number for reporting abuse;
-   train front-line staff every year;

The Welsh Government should:

-   fund a national helpline.

## Part 2 \u2013 Refuge places

### What we heard

Refuges turned people away.

### What should happen next

We recommend that relevant bodies:

-   plan refuge places together.

## Annex: recommendations by body

| Recommendation | Welsh Government | Councils | Police forces |
|---|---|---|---|
| 1. Publish one local number for reporting abuse. |  | \u2713 | \u2713 |
| 2. Train front-line staff every year. |  | \u2713 |  |
| 3. Fund a national helpline. | \u2713 |  |  |
| 4. Plan refuge places together. |  | \u2713 | \u2713 |
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_response_sentences_markdown(tmp_path: Path) -> None:
    path = _write(tmp_path, "response.md", _RESPONSE_MD)
    recs = load_recommendations(path)
    assert list(recs["rec_id"]) == [1, 2, 3, 4]
    assert list(recs["text"]) == [
        "We would call on the Welsh Government to lower the walking distance for primary "
        "learners to one and a half miles.",
        "Additional funding should be provided to meet the cost of any change.",
        "Health boards should share data on road injuries with councils.",
        "The Council recommends that the WLGA and councils agree a common route "
        "assessment method.",
    ]
    assert list(recs["area"]) == ["Eligibility", "Eligibility", "Safety of routes",
                                  "Safety of routes"]
    assert [list(o) for o in recs["owners"]] == [["WG"], ["WG"], ["Health boards"],
                                                 ["WLGA", "LG"]]
    assert list(load_areas(path)["area"]) == ["Eligibility", "Safety of routes"]
    assert load_activities(path).empty  # (the evidence is no activity)


def test_response_sentences_plain_text_other_addressee(tmp_path: Path) -> None:
    path = _write(tmp_path, "planning.txt", _RESPONSE_TXT)
    recs = load_recommendations(path)
    assert list(recs["rec_id"]) == [1, 2, 3, 4]
    assert [t.split()[0:3] for t in recs["text"]] == [
        ["We", "urge", "the"], ["The", "WLGA", "should"], ["Guidance", "should", "be"],
        ["We", "recommend", "that"]]
    assert list(recs["area"]) == ["Fees", "Fees", "Fees", "Skills"]
    # the passive "Guidance should be issued" is the addressee's: the WLGA here
    assert [list(o) for o in recs["owners"]] == [
        ["WLGA"], ["WLGA"], ["WLGA"], ["LG", "Royal Town Planning Institute"]]
    assert load_activities(path).empty


def test_prose_with_should_alone_is_not_this_layout(tmp_path: Path) -> None:
    from wlga_analysis.documents import read_document
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.interpret.recommendations.response_sentences import (
        read_response_sentences,
    )

    text = _RESPONSE_TXT.replace("We urge the WLGA to", "The WLGA could") \
        .replace("We recommend that", "Perhaps")
    path = _write(tmp_path, "prose.txt", text)
    doc = read_document(path, "recommendations")
    assert read_response_sentences(doc, load_owners()) is None


def test_review_class_of_bodies_owned_by_the_matrix(tmp_path: Path) -> None:
    path = _write(tmp_path, "review.md", _REVIEW_MD)
    recs = load_recommendations(path)
    assert list(recs["rec_id"]) == [1, 2, 3, 4]  # (the annex counted once)
    assert list(recs["area"]) == ["Reporting", "Reporting", "Reporting", "Refuge places"]
    assert [list(o) for o in recs["owners"]] == [
        ["LG", "Police forces"], ["LG"], ["WG"], ["LG", "Police forces"]]
