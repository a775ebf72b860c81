"""A recommendations paper of prose given to the programme loader is refused, not read as
progress (wlga_analysis.interpret.programme.paper_kind).

A careful reader of each paper below: the inspection letter and the review are
recommendations papers (findings, then what the council "should" do: no word of progress);
the delivery plan and the update are programme papers (the plan lists work still to come,
the update reports progress on it).
"""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import ParseError

LETTER = """\
Dear Mr Rowlands,

**Assurance check: adult services, Cwm Tawel County Borough Council**

This letter sets out what we found when we visited adult services between 3 and 7
November 2025. We read 36 care records and met 28 people who use services.

**Well-being**

Most people told us that staff treat them with kindness. Carers' assessments are now
offered to every carer who asks.

We identified the following areas for improvement:

**Carers' assessments.** The local authority should offer every carer an assessment
within 28 days of first contact.

**Welsh language.** The local authority should record the language each person
chooses at the first contact.

**Safeguarding**

Referrals are screened the same day. Strategy meetings are not always held within
timescales.

We identified the following areas for improvement:

**Strategy meetings (priority action).** The local authority must ensure that strategy
meetings are held within seven working days.

**Supervision.** The local authority should make sure that every practitioner receives
monthly supervision that is recorded.

Yours sincerely,

Gareth Ellis
Head of Local Authority Inspection
"""

REVIEW = """\
# Review of Community Transport in Powys and Ceredigion

## 1. Background

1.1 The review was asked to look at how community transport is funded and planned.

1.2 We heard from 14 operators, both councils and the Welsh Government.

## 2. Findings

2.1 Most schemes rely on volunteers whose average age is over 65.

2.2 Funding is agreed one year at a time, which makes planning difficult.

## 3. Recommendations

3.1 We recommend that the Welsh Government agrees three-year funding for community
transport schemes from April 2027.

3.2 We recommend that both councils publish a joint community transport plan.

3.3 We recommend that the WLGA shares guidance on recruiting younger volunteers.
"""

PLAN = """\
# Rhondda Valleys Climate Delivery Plan 2026-27

Published: 14 April 2026

## 1. Buildings

1.1 Survey the heating systems of all 40 council schools by September 2026.

1.2 Replace the boilers of six leisure centres with heat pumps by March 2027.

## 2. Transport

2.1 Install 50 charge points in council car parks by December 2026.

2.2 Agree a fleet transition plan with the depot managers by June 2026.
"""

UPDATE = """\
# Rhondda Valleys Climate Delivery Plan: Quarter 1 update

Published: 10 July 2026

## 1. Buildings

1.1 The survey of the heating systems of 40 council schools has been completed.

1.2 Two of the six leisure centre boilers have been replaced; the rest are on track.

## 2. Transport

2.1 The charge point contract is delayed until the grid connection is agreed.
"""


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "text", "recs"), [
    ("assurance-letter.md", LETTER, 4),
    ("community-transport-review.md", REVIEW, 3),
])
def test_recommendations_prose_is_refused_by_the_programme_loader(tmp_path, name, text, recs):
    path = _write(tmp_path, name, text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert len(wa.load_recommendations(path)) == recs
        with pytest.raises(ParseError) as refused:
            wa.load_programme(path)
    message = str(refused.value)
    assert name in message and "load_recommendations" in message
    assert "recommendations paper" in message and f"reads {recs} recommendation" in message


def test_the_refusal_names_the_first_recommendations_line(tmp_path):
    path = _write(tmp_path, "review.md", REVIEW)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = int(wa.load_recommendations(path)["source_line"].min())
        with pytest.raises(ParseError) as refused:
            wa.load_programme(path)
    assert refused.value.line == first
    assert REVIEW.splitlines()[first - 1].startswith("3.1 We recommend")


def test_a_plan_of_work_still_to_come_is_read_as_a_programme(tmp_path):
    # (no item says anything of progress, but the plan recommends nothing)
    path = _write(tmp_path, "plan.md", PLAN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = wa.load_programme(path)
    assert prog["item_id"].tolist() == ["1.1", "1.2", "2.1", "2.2"]
    assert prog["quarter_label"].tolist() == ["2026-27 Q2", "2026-27 Q4",
                                              "2026-27 Q3", "2026-27 Q1"]


def test_an_update_that_reports_progress_is_never_checked(tmp_path):
    path = _write(tmp_path, "update.md", UPDATE)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = wa.load_programme(path)
    assert prog["status"].tolist() == ["done", "in progress", "at risk"]


SHORT_EMAIL = """\
Gwent Regional Waste Programme: July update

Date: 8 July 2026

WORKSTREAM 2: COLLECTIONS

Ref     Action                                    Status           Target
---     ------                                    ------           ------
W2.1    Roll out food waste caddies to flats      Complete         June 2026
        in the five council areas
W2.2    Agree the shared depot lease with         On track         September 2026
        Torfaen
W2.3    Procure the regional glass contract       Delayed          March 2027
W2.4    Publish the collection calendar           Not started      December 2026
"""


def test_a_short_update_that_is_mostly_its_table_of_actions_is_read(tmp_path):
    # (its aligned table, printed as cells by the reader, is most of the paper: a
    # programme table by its header, not a pasted HTML table of recommendations)
    path = _write(tmp_path, "waste-update.txt", SHORT_EMAIL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = wa.load_programme(path)
        with pytest.raises(ParseError, match="looks like an HTML table"):
            wa.load_programme("data/raw/working-group-recommendations.txt")
    assert prog["item_id"].tolist() == ["W2.1", "W2.2", "W2.3", "W2.4"]
    assert prog["status"].tolist() == ["done", "in progress", "at risk", "planned"]
    assert prog["text"].iloc[1] == "Agree the shared depot lease with Torfaen"
