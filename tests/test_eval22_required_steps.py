"""An enforcement decision's required steps (the twenty-second evaluation corpus's rec22b
layout: a Welsh Language Commissioner's decision notice).

The family: a regulator's decision notice requires the body investigated to take steps
("Under section 77 of the Measure the Commissioner requires the Council to take the
following steps:", "The Council is required to take the following steps:") over numbered
or lettered steps, each with its deadline, beside a separate "The Commissioner recommends
that the Council:" list. Both lists are recommendations: the steps under their heading's
area, numbered as printed, owned by whom the lead-in requires to act; a sentence that
requires nothing of a list ("The Commissioner does not require ... to publicise the
failure.") is no lead-in.

The documents in ``tests/data/eval22/required_steps/`` are written for the test, in
layouts of the family that differ from the corpus: a Markdown notice about the Welsh
Ministers (``ministers-decision.md``: a lead-in with a time clause "..., within six months
of this notice:", lettered steps "(a)", numbered recommendations) and a web page about a
county council (``council-decision.html``: the passive "The Council is required to take
the following steps:" over an ``<ol>``, recommendations an ``<ol type="a">``). The
asserted values are the careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.required_steps import required_subject
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval22" / "required_steps"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


def _printed(recs) -> list[str]:
    labels = recs["rec_label"] if "rec_label" in recs.columns else recs["rec_id"]
    return [str(label) if isinstance(label, str) and label else str(number)
            for label, number in zip(labels, recs["rec_id"], strict=True)]


@pytest.fixture(scope="module")
def ministers():
    return _parse("ministers-decision.md")


@pytest.fixture(scope="module")
def council():
    return _parse("council-decision.html")


def test_ministers_steps_and_recommendations(ministers):
    recs = ministers.recommendations
    assert _printed(recs) == ["a", "b", "1", "2"]
    assert recs["area"].tolist() == ["Enforcement action"] * 2 + ["Recommendations"] * 2
    assert recs["text"].tolist()[0] == "Publish the consultation documents in Welsh by 31 May 2027."
    assert [list(o) for o in recs["owners"]] == [["WG"]] * 4
    assert ministers.areas["area"].tolist() == ["Enforcement action", "Recommendations"]
    notes = " ".join(ministers.notes["text"])
    assert "does not require the Welsh Ministers to publicise" in notes


def test_council_steps_and_recommendations(council):
    recs = council.recommendations
    assert _printed(recs) == ["1", "2", "3", "a", "b"]
    assert recs["area"].tolist() == ["Steps the Council must take"] * 3 + ["Recommendations"] * 2
    assert recs["text"].tolist()[1] == ("Check each new form for compliance before it is "
                                        "published, from 1 May 2027.")
    assert [list(o) for o in recs["owners"]] == [["LG"]] * 5
    assert council.activities.empty


def test_required_subject():
    assert required_subject("Under section 77 of the Measure the Commissioner requires the "
                            "Council to take the following steps:") == "the Council"
    assert required_subject("The Health Board must take the following actions:") == \
        "The Health Board"
    assert required_subject("Steps to publicise:") is None
    assert required_subject("The Commissioner does not require the Council to publicise "
                            "the failure.") is None
