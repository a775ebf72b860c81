"""Timing of the work still to do, as eval34 (and eval32) taught it, each in other wordings
than the corpus's. The values are the careful reader's, written before the code ran.

- a date in a participle before the subject's verb ("vans ordered in June 2025 will be
  delivered in November 2025") is background: the date the verb "will ..." governs wins;
- a past-tense deadline ("had signed up by the end of September", "were completed by the end
  of October") names the last such month before the paper, not the next one;
- a date something was moved FROM ("rescheduled from December 2025") is the old date, never
  the milestone.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis.quarters import due_timing, quarter_label, resolve_timing

PAPER = dt.date(2026, 1, 19)  # a 2025-26 quarter 3 update


@pytest.mark.parametrize(("text", "quarter"), [
    ("Forty laptops bought in July 2025 will be issued to pupils in February 2026.",
     "2025-26 Q4"),
    ("The course materials commissioned in May 2025 are to be published in January 2026.",
     "2025-26 Q4"),
    ("Two gritters leased in September 2025 will arrive in March 2026 at the Bridgend depot.",
     "2025-26 Q4"),
    ("The framework agreed in April 2025 will go live in June 2026.", "2026-27 Q1"),
    # a past clause of its own, joined by "and": the first date stays
    ("A workshop was held in April 2025 and more will run in May 2026.", "2025-26 Q1"),
    ("The survey closed in October 2025, and the results will be published in May 2026.",
     "2025-26 Q3"),
])
def test_the_date_the_future_verb_governs_beats_a_participle_date(text, quarter):
    assert quarter_label(resolve_timing(text, PAPER)[0]) == quarter


@pytest.mark.parametrize(("text", "quarter"), [
    ("480 adults had enrolled by the end of September, ahead of target.", "2025-26 Q2"),
    ("All six careers fairs were completed by the end of October.", "2025-26 Q3"),
    ("The 22 council returns have been received by December.", "2025-26 Q3"),
    ("The hub opened in June and 300 firms had registered by the end of November.",
     "2025-26 Q1"),
    # a deadline still ahead looks ahead
    ("All returns will be received by the end of September.", "2026-27 Q2"),
])
def test_a_past_tense_deadline_is_the_last_such_month(text, quarter):
    assert quarter_label(resolve_timing(text, PAPER)[0]) == quarter


def test_a_past_tense_deadline_is_done_work_with_no_due_quarter():
    quarter, when, others = due_timing(
        "Some 2,300 tenants had signed up by the end of October.", PAPER)
    assert (quarter, when, others) == (None, None, ["by the end of October"])


@pytest.mark.parametrize(("text", "quarter"), [
    ("The last governor workshop will run in March 2026 (rescheduled from November 2025 "
     "because of the half-term).", "2025-26 Q4"),
    ("The audit now takes place in May 2026, moved from February 2026 at the auditor's "
     "request.", "2026-27 Q1"),
    ("The summit is set for April 2026; it was postponed from October 2025.", "2026-27 Q1"),
])
def test_a_date_moved_from_is_not_the_milestone(text, quarter):
    assert quarter_label(resolve_timing(text, PAPER)[0]) == quarter


_UPDATE = """# Regional Skills Programme 2025-26: Quarter 3 Progress

Date: 19 January 2026

## Priority 1: Schools and skills

1.1 Laptops for learners. Forty laptops bought in July 2025 will be issued to pupils in
February 2026.

1.2 Careers fairs. All six careers fairs were completed by the end of October.

1.3 Governor training. The last governor workshop will run in March 2026 (rescheduled from
November 2025 because of the half-term).

## Priority 2: Adult learning

2.1 Community courses. 480 adults had enrolled by the end of September, ahead of target.

2.2 Tutor recruitment. The course materials commissioned in May 2025 are to be published in
January 2026.
"""


def test_an_update_places_each_item_by_the_work_still_to_do(tmp_path):
    path = tmp_path / "skills-update.md"
    path.write_text(_UPDATE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = wa.load_programme(path)
    got = dict(zip(items["item_id"], items["quarter_label"], strict=True))
    assert got == {"1.1": "2025-26 Q4", "1.2": "2025-26 Q3", "1.3": "2025-26 Q4",
                   "2.1": "2025-26 Q2", "2.2": "2025-26 Q4"}
    assert dict(zip(items["item_id"], items["when"], strict=True)) == {
        "1.1": "in February 2026", "1.2": "by the end of October", "1.3": "in March 2026",
        "2.1": "by the end of September", "2.2": "in January 2026"}
