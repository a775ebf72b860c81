"""Priorities listed after a short lead-in line under the heading that announces them
("Objectives of the programme" / "From the business plan:" / the bullets), as a grant's
objectives are quoted from its award letter (the thirteenth evaluation corpus's prog13a web
page lost its three objectives). The document is written for the test; the asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from wlga_analysis import config
from wlga_analysis.programme import load_paragraphs, load_priorities
from wlga_analysis.testing import quietly

DOC = config.PROJ_ROOT / "tests" / "data" / "priority_lead_in" / "workforce-update.txt"


def test_priorities_after_a_lead_in_line_are_read():
    priorities = quietly(load_priorities, DOC)
    assert priorities["priority"].tolist() == ["Grow the social care workforce",
                                               "Improve recruitment to planning services",
                                               "Support leadership development in councils"]
    assert priorities["source_line"].tolist() == [15, 16, 17]


def test_the_lead_in_line_is_kept_as_text():
    paragraphs = quietly(load_paragraphs, DOC)
    assert "From the business plan:" in paragraphs["text"].tolist()
