"""Wordings the ninth evaluation corpus showed (prog32): a date moved "from December 2026
to April 2027" is due at the new date (before: the old one); "answered the survey" is done
(before: no wording matched, in progress); a grant printed as "Name of the fund: £amount"
is named by its label (before: "programme grant", "grant of £1 million").

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.testing import quietly

PAPER = """# Improvement Programme 2026-27: Update

Executive Board, 20 November 2026

## 1. Purpose

To update the Board.

## 2. Engagement

- The citizens' panel has been rescheduled from January 2027 to May 2027.
- Youth councils in all 22 councils answered the engagement survey in September 2026.

## 3. Funding

- Public Engagement Fund from Welsh Government: £240,000 for 2026-27
- Community Voices Grant: £1.5 million for 2026-27, managed by the WLGA
"""


@pytest.fixture(scope="module")
def paper(tmp_path_factory):
    path = tmp_path_factory.mktemp("wording") / "update.md"
    path.write_text(PAPER, encoding="utf-8")
    return path


def test_a_moved_date_is_due_at_the_new_date(paper):
    assert quietly(load_programme, paper)["quarter_label"].tolist() == [
        "2027-28 Q1", "2026-27 Q2"]


def test_answered_the_survey_is_done(paper):
    assert quietly(load_programme, paper)["status"].tolist() == ["at risk", "done"]


def test_a_labelled_amount_is_named_by_its_label(paper):
    grants = quietly(load_grants, paper)
    assert list(zip(grants["grant"], grants["amount_gbp"], strict=True)) == [
        ("Public Engagement Fund from Welsh Government", 240_000),
        ("Community Voices Grant", 1_500_000)]


def test_risk_as_the_first_word_of_a_compound_is_no_risk():
    """"A risk maturity review was completed" names a kind of review, not a risk (the
    ninth corpus's e-mail showed it: before, read as at risk)."""
    from wlga_analysis.status import classify_status

    assert classify_status("A risk maturity review was completed in May 2026.")[0] == "done"
    assert classify_status("A risk workshop for officers took place in June.")[0] == "done"
    assert classify_status("Recruitment remains a risk to delivery.")[0] == "at risk"
