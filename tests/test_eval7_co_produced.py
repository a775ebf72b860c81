"""'is being co-produced', 'is being co-designed': work in progress, as 'is being produced'
is (status rule 14). The seventh evaluation corpus (prog28 3.2) printed "An AI governance
framework for councils is being co-produced by WG/WLGA digital leads."; before, the rule
'produced' (done) fired on the last word.
"""

from __future__ import annotations

import pytest

from wlga_analysis.status import classify_status


@pytest.mark.parametrize("text", [
    "An AI governance framework for councils is being co-produced by digital leads.",
    "A toolkit is being co-designed with councils.",
    "New guidance is being codeveloped with Data Cymru.",
])
def test_work_being_co_produced_is_in_progress(text):
    assert classify_status(text)[0] == "in progress"


def test_a_guide_that_was_produced_is_still_done():
    assert classify_status("The guide was produced in May 2025.")[0] == "done"
