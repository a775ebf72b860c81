"""A date an item has been moved to is its milestone, whatever date the sentence names
first: "planned for December 2025, has moved to April 2026" is due in April 2026. The
values are the careful reader's, written before the code ran."""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis.quarters import quarter_label, resolve_timing

PAPER = dt.date(2026, 2, 20)


@pytest.mark.parametrize(("text", "quarter"), [
    ("A network session, planned for December 2025, has moved to April 2026.", "2026-27 Q1"),
    ("The launch set for November 2025 has slipped to June 2026.", "2026-27 Q1"),
    ("The survey, due in January 2026, was postponed until September 2026.", "2026-27 Q2"),
    ("The conference in October 2025 was brought forward to July 2025.", "2025-26 Q2"),
    # the first date stays: no new date, or one in another clause
    ("The toolkit was issued in July 2025 and reported to Cabinet in May 2026.",
     "2025-26 Q2"),
    ("The group met in November 2025; the pilot has slipped to June 2026.", "2025-26 Q3"),
])
def test_a_date_moved_to_is_the_milestone(text, quarter):
    assert quarter_label(resolve_timing(text, PAPER)[0]) == quarter
