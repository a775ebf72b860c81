"""Timings the seventh evaluation corpus printed that no rule read: a school term ("during
the autumn term", "planned for the autumn term"), a quarter with "FY" before its year ("by
the end of Q1 FY 2026/27"), and a "Milestone" column of a delivery-plan table (prog27,
prog28, prog29). Before, the first and last gave no quarter and "Q1 FY 2026/27" was read as
Q1 of the paper's year.

The phrases are written for the test; the asserted quarters are the careful reader's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis import quarters
from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import write_document as _write


@pytest.mark.parametrize(("text", "day", "label"), [
    ("Training took place during the autumn term.", dt.date(2026, 1, 30), "2025-26 Q3"),
    ("A workshop is planned for the autumn term.", dt.date(2026, 6, 12), "2026-27 Q3"),
    ("The survey will run in the spring term.", dt.date(2026, 10, 23), "2026-27 Q4"),
    ("Guidance will be issued by the summer term 2027.", dt.date(2026, 10, 23), "2027-28 Q1"),
    ("Data is being collected by the end of Q1 FY 2026/27.", dt.date(2026, 1, 30),
     "2026-27 Q1"),
])
def test_school_terms_and_fy_quarters_are_timings(text, day, label):
    period, _ = quarters.resolve_timing(text, day, None)
    assert period is not None
    assert f"{period.qyear - 1}-{period.qyear % 100:02d} Q{period.quarter}" == label


PAPER = "\n".join([
    "# Improvement Programme 2026-27: Delivery Plan Progress", "",
    "WLGA Executive Board – 23 October 2026", "",
    "## 1. Purpose", "", "To report progress against the 2026-27 delivery plan.", "",
    "## 3. Risk management", "",
    "| Ref | Action | Lead | Milestone | RAG |",
    "|---|---|---|---|---|",
    "| 3.1 | Climate risk workshop | WLGA | w/c 12 October 2026 | Complete |",
    "| 3.2 | Common risk appetite statement | WLGA & WG | by the end of Q3 | Red |", "",
    "## 4. Recommendation", "", "The Board is asked to note progress.", "",
])


def test_a_milestone_column_gives_the_items_timing(tmp_path):
    items = quietly(load_programme, _write(tmp_path, PAPER, "plan.md"))
    assert items["quarter_label"].tolist() == ["2026-27 Q3", "2026-27 Q3"]
    assert items["status"].tolist() == ["done", "at risk"]
