"""A determination whose sentence is a lead-in with "must:" ("Community and town councils in
Groups A and B must:") over lettered sub-points is ONE determination, read whole by the
determinations reader: the sub-points are not recommendations of their own addressed to the
bodies the sentence names (the "X must:" lead-in of a Commissioner's calls to action, taught
this stop, had taken over eval43's remuneration panel report: 2 recommendations instead of
10). A careful reader's values, written before the code ran."""

from __future__ import annotations

from wlga_analysis.testing import parse_document, write_document

REPORT = """\
# Independent Remuneration Panel: Annual Report 2026-27

## 1. Salaries

**Determination 1**

The basic salary for elected members of principal councils shall be £19,400 a year.

**Determination 2**

Community and town councils in Group A must:

(a) pay each member £150 a year for the costs of working from home;

(b) publish the payments made to members by 30 September.

## 2. Travel

**Determination 3**

Mileage for official business shall be reimbursed at 45p a mile.

**Determination 4**

Fire and rescue authorities must:

(a) reimburse the costs of care;

(b) report the sums paid to the Panel.
"""


def test_a_determination_with_a_must_lead_in_is_one_recommendation(tmp_path):
    parsed = parse_document(write_document(tmp_path, REPORT, "irpw.md"))
    recs = parsed.recommendations
    assert recs["rec_id"].astype(str).tolist() == ["1", "2", "3", "4"]
    assert recs["area"].tolist() == ["Salaries", "Salaries", "Travel", "Travel"]
    second = recs["text"].iloc[1]
    assert second.startswith("Community and town councils in Group A must:")
    assert "(a) pay each member £150" in second and "(b) publish the payments" in second
