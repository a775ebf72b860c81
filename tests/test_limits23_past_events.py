"""A month named in a clause that tells what was done is the last such month, not the
next (stop 23): "We coordinated mutual aid after the January floods" in a report of July
2025 is January 2025, whatever verb tells it (a regular "-ed" verb after its subject, or a
common irregular one), not only the verbs of the tense list ("was held", "published")."""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis.quarters import resolve_timing
from wlga_analysis.text.past_verbs import tells_done
from wlga_analysis.text.tense import clause_tense

DAY = dt.date(2025, 7, 17)


@pytest.mark.parametrize(("text", "quarter"), [
    ("We coordinated mutual aid between councils after the January floods.", "2025Q4"),
    ("We responded to the consultation in March.", "2025Q4"),
    ("They have supported twelve councils in February.", "2025Q4"),
    ("We wrote to every leader in May.", "2026Q1"),
    ("We also agreed a joint statement with the unions in January.", "2025Q4"),
    # the future, and sentences with no verb telling what was done, look ahead as before
    ("We will coordinate mutual aid after the January floods.", "2026Q4"),
    ("We expected to respond in March.", "2026Q4"),
    ("A detailed plan is needed in January.", "2026Q4"),
    ("Councils need support in January.", "2026Q4"),
])
def test_a_month_in_a_clause_telling_what_was_done_is_the_last_one(text, quarter):
    period, _ = resolve_timing(text, DAY)
    assert str(period) == quarter


def test_the_verbs_that_tell_what_was_done():
    assert tells_done("we coordinated mutual aid between councils ")
    assert tells_done("the wlga then wrote to ")
    assert not tells_done("a detailed plan ")
    assert not tells_done("we need ")
    assert not tells_done("councils that are interested ")  # (no subject then "-ed")
    text = "We coordinated mutual aid between councils after the January floods."
    assert clause_tense(text, text.index("after"), len(text) - 1) == "past"
